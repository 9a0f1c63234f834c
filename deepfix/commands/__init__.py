"""CLI sub-commands. Each module here defines ``register(subparsers)`` adding one top-level word
(``deepfix <word> ...``); :mod:`deepfix.cli` discovers them, so areas add commands without
touching a shared file."""

import argparse
import importlib
import pkgutil


def register_all(subparsers, package) -> None:
    """Call ``register(subparsers)`` of every module in ``package`` (a package of commands)."""
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        module.register(subparsers)


def add_command_group(subparsers, name: str, help: str, package) -> argparse.ArgumentParser:
    """Add ``deepfix <name> <sub-command>`` whose sub-commands are the modules of ``package``.

    Lets several modules contribute to one word (``deepfix spider prepare``, ``deepfix spider
    eval``) without editing a shared file.
    """
    group = subparsers.add_parser(name, help=help, description=help)
    group.set_defaults(func=lambda args: group.print_help() or 2)
    register_all(group.add_subparsers(dest=f"{name}_command", metavar="COMMAND"), package)
    return group
