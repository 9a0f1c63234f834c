"""``deepfix`` command-line entry point.

Sub-commands live in :mod:`deepfix.commands`, one module per top-level word, each exposing
``register(subparsers)`` which adds a parser whose ``func(args) -> int | None`` runs it.
User errors (:class:`deepfix.errors.DeepfixError`) print one line and exit with code 2.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__, commands
from .commands import register_all
from .errors import DeepfixError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deepfix", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"deepfix {__version__}")
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND"), commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except DeepfixError as error:
        print(f"deepfix: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("deepfix: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
