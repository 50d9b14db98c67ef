"""Control characters in metadata: removed before indexing, escaped on a terminal.

A title, publication or section comes from markup or a sidecar anyone can
write: NUL and BEL would reach pages and feeds, ``ESC ]0;…BEL`` would retitle
an admin's terminal, and a bidi override (U+202E) would show a name reversed.
Metadata keeps none of them (newline and tab become spaces); output for a
terminal shows any left in text as ``\\xNN`` escapes.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidi embeddings, overrides, isolates and marks
_CONTROLS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# characters a stored metadata field may have: longer is not a name or a title
FIELD_LIMITS = {"title": 200, "publication": 100, "section": 100, "page": 20, "info": 200}


def clean_field(value: str | None, name: str) -> str | None:
    """Return a metadata value without control characters, or None when nothing is left or it is
    longer than its field's limit (then it is not that field: the page falls back as without it)."""
    if value is None:
        return None
    value = " ".join(_CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "", value).split())
    if not value or len(value) > FIELD_LIMITS[name]:
        return None
    return value


def without_controls(text: str) -> str:
    """Return text with control characters removed (tab, newline and CR become a space): for what a
    user types (a query, a filter value), where a bidi override would reverse what the page echoes."""
    return _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "", text)


def has_controls(value: str) -> bool:
    """Return whether value holds a control character (newline and tab included)."""
    return bool(_CONTROL.search(value))


def terminal_safe(text: str) -> str:
    """Return text with every control character but newline and tab escaped, for a terminal."""
    return _TERMINAL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
