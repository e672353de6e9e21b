"""JSON text to Python values for the readers, with problems said in plain words and a place.

``json.loads`` as is turns a 5,000-digit number into an exception about integer conversion, a
number past the float range into ``inf`` or an ``OverflowError`` later, and deep nesting into a
``RecursionError``; its messages end in "at" with the place held apart. Here a long integer is read
as a float (``inf`` when out of range: a field holding it is ignored), and every problem is a
``JSONProblem`` whose message names the line and column.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 500  # deeper nesting is refused before the decoder recurses that far (articles nest < 10)
_INT_DIGITS = 18  # longer integers are read as floats (never an article's date or count)
_BRACKETS = re.compile(r'[\[\]{}"\\]')

_PLAIN = {
    "Expecting value": "a value is missing",
    "Expecting ',' delimiter": "a comma is missing",
    "Expecting ':' delimiter": "a colon is missing",
    "Expecting property name enclosed in double quotes": "a field name in double quotes is missing",
    "Unterminated string starting at": "a string is not closed",
    "Invalid control character at": "a control character inside a string",
    "Invalid \\escape": "a bad backslash escape",
    "Invalid \\uXXXX escape": "a bad \\u escape",
    "Extra data": "more text after the end",
}
_KINDS = {"int": "a number", "float": "a number", "str": "a string", "bool": "true or false",
          "NoneType": "null", "list": "a list", "dict": "an object"}


class JSONProblem(ValueError):
    """Text that is not JSON; ``str()`` says what is wrong and where, in plain words."""

    def __init__(self, what: str, line: int, column: int, extra_data: bool = False) -> None:
        super().__init__(f"invalid JSON at line {line}, column {column}: {what}")
        self.what, self.line, self.column, self.extra_data = what, line, column, extra_data


def kind(value: object) -> str:
    """What a JSON value is, in JSON's words: ``a number``, ``a string``, ``null``…"""
    return _KINDS.get(type(value).__name__, "a value")


def _number(digits: str) -> int | float:
    return int(digits) if len(digits) <= _INT_DIGITS else float(digits)


def _too_deep(text: str) -> tuple[int, int] | None:
    """Line and column where nesting passes ``MAX_DEPTH``, strings skipped; None if it never does."""
    depth = 0
    in_string = False
    escaped_at = -1  # the character after a backslash in a string
    for m in _BRACKETS.finditer(text):
        i, c = m.start(), m.group()
        if in_string:
            if i != escaped_at:
                escaped_at = i + 1 if c == "\\" else escaped_at
                in_string = c != '"'
            continue
        if c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, i) + 1, i - text.rfind("\n", 0, i)
        elif c in "]}":
            depth -= 1
    return None


def loads(text: str) -> object:
    """The value of ``text``; ``JSONProblem`` when it is not JSON."""
    where = _too_deep(text) if text.count("[") + text.count("{") > MAX_DEPTH else None
    if where is not None:
        raise JSONProblem(f"nesting deeper than {MAX_DEPTH} levels", *where)
    try:
        return json.loads(text, parse_int=_number)
    except json.JSONDecodeError as exc:
        what = _PLAIN.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])
        raise JSONProblem(what, exc.lineno, exc.colno, exc.msg == "Extra data") from None
    except RecursionError:  # nesting the count above missed: still no traceback
        raise JSONProblem(f"nesting deeper than {MAX_DEPTH} levels", 1, 1) from None
