"""One exception type for every mistake a user can make.

The CLI turns a :class:`DeepfixError` into a single line on stderr and exit code 2, so bad
input never produces a traceback. Messages name the file, record and field at fault.
"""


class DeepfixError(Exception):
    """A user-facing error: bad input, bad config, missing file. Printed as one line."""


def where(path, record=None, field=None) -> str:
    """Format the location part of an error message: ``file.json, record 12, field 'label'``."""
    parts = [str(path)]
    if record is not None:
        parts.append(f"record {record}")
    if field is not None:
        parts.append(f"field {field!r}")
    return ", ".join(parts)
