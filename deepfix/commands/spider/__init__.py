"""``deepfix spider ...``: every module in this package adds one Spider sub-command."""

import sys


def register(subparsers) -> None:
    from deepfix.cli import add_command_group

    add_command_group(subparsers, "spider", "Text-to-SQL on Spider", sys.modules[__name__])
