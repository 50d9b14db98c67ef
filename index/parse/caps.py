"""The caps a file's content must stay within, set once per process by the index's limits.

A file of a few kilobytes can expand to gigabytes (a zip member, a PDF stream)
or to a text no page holds; the readers check these caps as they extract and
refuse the file with the cap's name, never cut it silently. The values come
from ``[limits]`` in dangjian.toml (:mod:`dangjian.index.limits` sets them);
the defaults here are the safe ones.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from .errors import UnreadableFile


@dataclass(frozen=True)
class Caps:
    decompressed_bytes: int = 256 << 20   # a Word file's members together; one PDF stream
    extracted_chars: int = 1_000_000      # one page's text, as for a text page's 1 MB
    pages: int = 500                      # pages of one PDF file
    paragraphs: int = 20_000              # paragraphs of one page
    depth: int = 200                      # element nesting of HTML and Word markup
    markup_bytes: int = 16 << 20          # one HTML page: an article page is tens of KB
    first_year: int = 1949                # a sidecar's date: from this year …
    years_ahead: int = 1                  # … to this many years after the current one
    max_page: int = 999                   # a sidecar's page number

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def last_year(self) -> int:
        return date.today().year + self.years_ahead


_CURRENT = Caps()


def caps() -> Caps:
    """Return the caps of this process."""
    return _CURRENT


def use_caps(new: Caps | None) -> None:
    """Set the caps of this process (None: the defaults)."""
    global _CURRENT
    _CURRENT = new or Caps()


def check_cap(name: str, value: int, what: str) -> None:
    """Refuse a file whose value passes the cap called name, saying what and which setting."""
    limit = getattr(_CURRENT, name)
    if value > limit:
        raise UnreadableFile(f"{what}: {value:,}, more than limits.{name} allows ({limit:,})")
