"""No module of deepfix imports from a package above its own.

The packages form layers, lowest first; a module may import from its own layer and the ones below,
never from a higher one (a general package that imported a task would drag the task into
everything built on it, and two packages importing each other cannot be read one at a time):

    errors, files, deadline, machine (and the package root, ``deepfix/__init__.py``)
    < nn < init < models < adaptive < train < tasks, lab < studies < serve < commands, demo < cli

The one exception is the package root's ``__getattr__``: the front door of the library
(``from deepfix import Text2SQL``) names public entry points of any layer, imported lazily on first
use, so importing ``deepfix`` itself still loads nothing above its layer.

``lab`` (seed labs: their own models, data and training loops over init) sits with ``tasks``: like a
task, it is something trained; ``studies`` (every experiment grid that writes ``results/``, the lab's
reproduction included) sit above both and may import either. ``demo`` (the run behind ``deepfix demo``, over train and tasks) with
``commands``, which calls it.

Every import of every module under ``deepfix/`` is read with ``ast``: module-level and
function-local, ``import`` and ``from ... import``, relative imports resolved against the module's
package, and ``from pkg import name`` counted as an import of ``pkg.name`` when that is a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "deepfix"

#: Lowest first; the names in one tuple share a layer. "" is the package root itself.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("", "errors", "files", "deadline", "machine"),
    ("nn",),
    ("init",),
    ("models",),
    ("adaptive",),
    ("train",),
    ("tasks", "lab"),
    ("studies",),
    ("serve",),
    ("commands", "demo"),
    ("cli",),
)
LAYER = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(dotted: str) -> bool:
    base = ROOT.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, imported module) of every import in ``source`` (any depth), relative ones resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.append((node.lineno, child if is_module(child) else target))
    return sorted(set(found))


def layer_of(dotted: str) -> tuple[str, int | None]:
    """(top-level name under deepfix, its layer; None if it is in none)."""
    parts = dotted.split(".")
    top = parts[1] if len(parts) > 1 else ""
    return top, LAYER.get(top)


def test_every_top_level_module_and_package_has_a_layer():
    tops = {path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    tops |= {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert sorted(tops - set(LAYER)) == [], "place these in LAYERS"


def front_door_lines(source: str) -> set[int]:
    """Lines of the package root's ``__getattr__`` (the lazy public entry points)."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            return set(range(node.lineno, node.end_lineno + 1))
    return set()


def test_no_module_imports_from_a_higher_layer():
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        top, rank = layer_of(module)
        source = path.read_text(encoding="utf-8")
        exempt = front_door_lines(source) if module == "deepfix" else set()
        for line, target in imports(source, module, path.name == "__init__.py"):
            if target != "deepfix" and not target.startswith("deepfix.") or line in exempt:
                continue
            target_top, target_rank = layer_of(target)
            if target_rank is None or target_rank > rank:
                offending.append(f"{path.relative_to(ROOT).as_posix()}:{line}: {module} ({top or 'deepfix'}, "
                                 f"layer {rank}) imports {target} ({target_top}, layer {target_rank})")
    assert not offending, "imports from a higher layer:\n" + "\n".join(offending)


def test_the_walker_sees_local_relative_and_from_package_imports():
    source = (
        "import deepfix.tasks.spider\n"
        "from ..nn.layer import Residual\n"
        "from . import blocks\n"
        "from .. import __version__\n"
        "def late():\n"
        "    from deepfix.tasks.spider.decoder import lstm\n"
        "    if True:\n"
        "        import deepfix.serve.app as app\n"
    )
    assert imports(source, "deepfix.adaptive.exits", False) == [
        (1, "deepfix.tasks.spider"), (2, "deepfix.nn.layer"), (3, "deepfix.adaptive.blocks"), (4, "deepfix"),
        (6, "deepfix.tasks.spider.decoder.lstm"), (8, "deepfix.serve.app")]
    assert imports("from .config import X\n", "deepfix.adaptive", True) == [(1, "deepfix.adaptive.config")]
    assert layer_of("deepfix.tasks.spider.decoder.lstm") == ("tasks", LAYER["tasks"])
    assert layer_of("deepfix") == ("", 0)
