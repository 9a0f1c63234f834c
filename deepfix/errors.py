"""One exception type for every mistake a user can make.

The CLI turns a :class:`DeepfixError` into a single line on stderr and exit code 2, so bad
input never produces a traceback. Messages name the file, record and field at fault.
"""

import unicodedata


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


_ALLOWED_CONTROLS = "\t\n\r"


def invalid_character(text: str, controls: bool = True) -> int | None:
    """Position of the first character of ``text`` that is not valid Unicode text, or None.

    Invalid: a surrogate code point (what Python makes of bytes that are not UTF-8 on the command
    line, and what a JSON ``"\\ud800"`` decodes to; no tokenizer or encoder accepts it) and, with
    ``controls``, a control character other than tab, newline and carriage return.
    """
    for position, character in enumerate(text):
        if "\ud800" <= character <= "\udfff":
            return position
        if controls and unicodedata.category(character) == "Cc" and character not in _ALLOWED_CONTROLS:
            return position
    return None


def require_text(text: str, what: str, controls: bool = True) -> str:
    """``text`` itself if it is valid text (:func:`invalid_character`), else a one-line DeepfixError
    naming ``what`` (``"the question"``), the position and the code point."""
    position = invalid_character(text, controls)
    if position is not None:
        raise DeepfixError(f"{what} is not valid text: it holds an invalid character at position {position} "
                           f"(U+{ord(text[position]):04X})")
    return text
