"""Front matter of Markdown files: a YAML subset (``---``) or TOML (``+++``), no new dependency.

The YAML subset is what Hugo and Jekyll front matter uses: ``key: value`` scalars, double-quoted
strings with JSON escapes, single-quoted strings, flow lists ``[a, "b"]`` and block lists
(``- a`` lines under ``key:``). Nested maps are skipped. Values are strings or lists of strings.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass

Meta = dict[str, str | list[str]]

_YAML_OPEN = "---\n"
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.M)
_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*)|\s*)$")
_ITEM = re.compile(r"^\s*-\s+(.*)$|^\s*-\s*$")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    meta: Meta
    body_offset: int  # where the body starts: just after the closing line's newline
    problem: str | None = None  # why the metadata could not be read (the text still is)


def split_front_matter(content: str) -> FrontMatter | None:
    """The front matter at the very start of ``content``, or None."""
    if content.startswith(_YAML_OPEN):
        close, parse = _YAML_CLOSE, parse_yaml
    elif content.startswith("+++\n"):
        close, parse = _TOML_CLOSE, parse_toml
    else:
        return None
    m = close.search(content, 4)
    if m is None:
        return None
    end = m.end() + 1 if content[m.end():m.end() + 1] == "\n" else m.end()
    try:
        return FrontMatter(parse(content[4:m.start()]), end)
    except ValueError as exc:  # TOML that is not: its metadata is dropped, never the article
        line = content.count("\n", 0, 4)
        return FrontMatter({}, end, f"front matter not read: {_lines_from(str(exc), line)}; the text is read")


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        end = _closing_quote(raw)
        try:
            value = json.loads(raw[:end + 1])
            return value if isinstance(value, str) else raw
        except ValueError:
            return raw.strip('"')
    if raw.startswith("'"):
        end = raw.find("'", 1)
        while end != -1 and raw[end + 1:end + 2] == "'":
            end = raw.find("'", end + 2)
        return raw[1:end if end != -1 else len(raw)].replace("''", "'")
    return re.sub(r"\s+#.*$", "", raw).strip()


def _closing_quote(raw: str) -> int:
    i = 1
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw[i] == '"':
            return i
        i += 1
    return len(raw) - 1


def _flow_list(raw: str) -> list[str]:
    inner = raw.strip()[1:-1]
    items = re.findall(r'\s*"(?:[^"\\]|\\.)*"|\s*\'(?:[^\']|\'\')*\'|[^,]+', inner)
    return [v for v in (_scalar(i) for i in items) if v]


def parse_yaml(text: str) -> Meta:
    meta: Meta = {}
    key: str | None = None
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and key is not None and line[:1] in (" ", "-", "\t"):
            current = meta.get(key)
            values = current if isinstance(current, list) else []
            if item.group(1):
                values.append(_scalar(item.group(1)))
            meta[key] = values
            continue
        if line[:1] in (" ", "\t"):
            continue  # nested map: not used
        m = _KEY.match(line)
        if not m:
            key = None
            continue
        key, raw = m.group(1).lower(), (m.group(2) or "").strip()
        if raw.startswith("[") and raw.endswith("]"):
            meta[key] = _flow_list(raw)
        elif raw and raw not in ("|", ">", "|-", ">-"):
            meta[key] = _scalar(raw)
    return meta


def _lines_from(message: str, before: int) -> str:
    """``Invalid value (at line N, column C)`` as ``invalid value at line N+before, column C``: the
    place counted from the file's first line, not the block's."""
    message = re.sub(r"\s*\((at [^()]*)\)$", r" \1", message)
    message = re.sub(r"at line (\d+)", lambda m: f"at line {int(m.group(1)) + before}", message)
    return message[:1].lower() + message[1:]


def parse_toml(text: str) -> Meta:
    """TOML front matter; ``ValueError`` (``tomllib``'s, which says where) when it is not TOML."""
    data = tomllib.loads(text)
    meta: Meta = {}
    for k, v in data.items():
        if isinstance(v, list):
            meta[k.lower()] = [str(i["name"]) if isinstance(i, dict) and "name" in i else str(i) for i in v]
        elif not isinstance(v, dict):
            meta[k.lower()] = str(v)
    return meta
