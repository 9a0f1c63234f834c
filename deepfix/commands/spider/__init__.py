"""``deepfix spider ...``: every module in this package adds one Spider sub-command."""

import sys

from deepfix.commands import add_command_group


def register(subparsers) -> None:
    add_command_group(subparsers, "spider", "Text-to-SQL on Spider", sys.modules[__name__])
