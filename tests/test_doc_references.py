"""Cross-references in docstrings and comments point at modules and attributes that exist.

Modules move (``text2sql/`` split into files, ``decoder/`` beside it); a reference left behind
still reads fine but sends the reader nowhere. Two kinds are checked:

* every dotted ``deepfix.x.y`` in a docstring or comment of ``deepfix/**/*.py`` (and in
  ``docs/*.md``): the longest importable module prefix, then ``getattr`` for the rest;
* every Sphinx-role target (``:mod:``, ``:func:``, ``:class:``, ``:meth:``, ...) in a docstring:
  ``.x.y`` is relative to the module's package, as in a relative import; a bare ``name`` or
  ``Class.attr`` is looked up in the enclosing classes, then in the module.

Files are read with ``ast``/``tokenize``; modules are imported inside the test, not at collection.
"""

from __future__ import annotations

import ast
import importlib
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOTTED = re.compile(r"(?<![\w./-])deepfix(?:\.[A-Za-z_]\w*)+")
ROLE = re.compile(r":(?:mod|func|class|meth|attr|data|obj|exc):`~?([^`<>]+?)`")


_MISSING = object()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def member(obj, name: str):
    """``getattr``, also finding dataclass fields without a default and annotated attributes."""
    value = getattr(obj, name, _MISSING)
    if value is not _MISSING:
        return value
    if isinstance(obj, type) and any(name in getattr(k, "__annotations__", {}) for k in obj.__mro__):
        return name
    return _MISSING


def resolve(dotted: str) -> str | None:
    """None when ``dotted`` names a module or an attribute reachable from one; else why not."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        name = ".".join(parts[:cut])
        try:
            obj = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name is not None and (name == error.name or name.startswith(error.name + ".")):
                continue  # this prefix is not a module: try a shorter one
            return f"importing {name}: {error}"
        for attribute in parts[cut:]:
            obj = member(obj, attribute)
            if obj is _MISSING:
                return f"{'.'.join(parts[:cut])} has no {'.'.join(parts[cut:])}"
        return None
    return "no such module"


def documented(path: Path):
    """(line, text, enclosing class names) of every docstring and (line, text, ()) of every comment."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)

    def walk(node, classes):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            yield body[0].lineno, body[0].value.value, classes
        for child in ast.iter_child_nodes(node):
            yield from walk(child, classes + (child.name,) if isinstance(child, ast.ClassDef) else classes)

    yield from walk(tree, ())
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string, ()


def role_target(target: str, module: str, is_package: bool, classes: tuple) -> list[str]:
    """The dotted names a role target may mean, most specific first."""
    target = target.strip().removesuffix("()")
    if target.startswith("deepfix."):
        return [target]
    if target.startswith("."):
        base = module if is_package else module.rpartition(".")[0]
        rest = target[1:]
        while rest.startswith("."):
            base, rest = base.rpartition(".")[0], rest[1:]
        return [f"{base}.{rest}" if rest else base]
    return [".".join((module, *classes[:depth], target)) for depth in range(len(classes), -1, -1)]


def test_every_reference_in_docstrings_and_comments_resolves():
    broken = []
    for path in sorted((ROOT / "deepfix").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        module = module_name(path)
        for line, text, classes in documented(path):
            for found in DOTTED.finditer(text):
                why = resolve(found.group(0))
                if why:
                    at = line + text.count("\n", 0, found.start())
                    broken.append(f"{rel}:{at}: {found.group(0)} ({why})")
            if text.startswith("#"):
                continue
            for found in ROLE.finditer(text):
                target = found.group(1).strip()
                candidates = role_target(target, module, path.name == "__init__.py", classes)
                reasons = [resolve(candidate) for candidate in candidates]
                if all(reasons):
                    at = line + text.count("\n", 0, found.start())
                    broken.append(f"{rel}:{at}: {found.group(0)} -> {candidates[0]} ({reasons[0]})")
    for path in sorted((ROOT / "docs").rglob("*.md")):
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for found in DOTTED.finditer(text):
                why = resolve(found.group(0))
                if why:
                    broken.append(f"{path.relative_to(ROOT).as_posix()}:{line}: {found.group(0)} ({why})")
    assert not broken, "stale references:\n" + "\n".join(broken)


def test_the_resolver_tells_stale_references_apart():
    assert resolve("deepfix.tasks.spider.decoder.lstm.TreeDecoder.reset_parameters") is None
    assert resolve("deepfix.tasks.spider.inputs.schema.Schema.columns") is None  # dataclass field, no default
    assert resolve("deepfix.tasks.spider.text2sql.decoder.TreeDecoder") is not None
    assert resolve("deepfix.no_such_module") is not None
    assert role_target(".decoder.LSTMSearch", "deepfix.tasks.spider.decoder.beam", False, ()) == [
        "deepfix.tasks.spider.decoder.decoder.LSTMSearch"]
    assert role_target(".data", "deepfix.lab.linear", True, ()) == ["deepfix.lab.linear.data"]
    assert role_target("step", "deepfix.tasks.spider.decoder.transformer", False, ("TransformerSearch",)) == [
        "deepfix.tasks.spider.decoder.transformer.TransformerSearch.step", "deepfix.tasks.spider.decoder.transformer.step"]
