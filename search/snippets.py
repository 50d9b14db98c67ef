"""Snippets: the best one or two passages of an article, matched strings marked.

The text is escaped and only ``<mark>`` is markup; a passage is cut only
between characters and never inside a marked string.
"""
from __future__ import annotations

import bisect
import html
import re

WINDOW = 90          # characters per passage, roughly two lines of a result list
MAX_PASSAGES = 2
# Bounds on the work one snippet or highlighted text may take, whatever the article and the query:
MAX_NEEDLES = 24         # distinct strings marked (the longest): a query of 40 words marks 24
MAX_SPANS = 2000         # matches considered
MAX_SCAN = 100_000       # characters of an article searched for its snippet (a whole page is < 50,000)
# ASCII-only case folding keeps every offset valid (str.lower can change lengths: İ → i̇).
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def match_spans(text: str, needles: list[str], most: int = MAX_SPANS) -> list[tuple[int, int]]:
    """Return the non-overlapping spans where any needle occurs (case-insensitive), longest first.

    Bounded: the MAX_NEEDLES longest distinct needles, at most ``most`` spans. Taken characters
    are kept in a mask, so each match is checked in the time of its own length (keeping a sorted
    list by insertion made many matches quadratic).
    """
    lowered = text.translate(_FOLD)
    taken = bytearray(len(text))
    spans: list[tuple[int, int]] = []
    for needle in sorted({n.translate(_FOLD) for n in needles if n}, key=len, reverse=True)[:MAX_NEEDLES]:
        for match in re.finditer(re.escape(needle), lowered):
            s, e = match.span()
            if taken.find(1, s, e) < 0:
                taken[s:e] = b"\x01" * (e - s)
                spans.append((s, e))
                if len(spans) >= most:
                    return sorted(spans)
    return sorted(spans)


def needles_of(highlights: list[str]) -> list[str]:
    """Split query strings into the verbatim pieces that can occur in text (no punctuation or spaces)."""
    out = []
    for text in highlights:
        out.extend(p for p in re.split(r"[^\w]+", text) if p)
    return out


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape text and wrap each span in <mark>."""
    out, last = [], 0
    for s, e in spans:
        out.append(html.escape(text[last:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        last = e
    out.append(html.escape(text[last:]))
    return "".join(out)


def _window(text: str, spans: list[tuple[int, int]], starts: list[int], center: tuple[int, int]) -> tuple[int, int]:
    start = max(0, center[0] - WINDOW // 3)
    end = min(len(text), start + WINDOW)
    start = max(0, min(start, end - WINDOW))
    # Never cut a marked string in half: spans do not overlap, so only the one starting last before
    # each edge can straddle it.
    before_start = bisect.bisect_left(starts, start) - 1
    if before_start >= 0 and spans[before_start][1] > start:
        start = spans[before_start][0]
    before_end = bisect.bisect_left(starts, end) - 1
    if before_end >= 0 and spans[before_end][1] > end:
        end = spans[before_end][1]
    return start, end


def _inside(spans: list[tuple[int, int]], starts: list[int], ends: list[int], s: int, e: int) -> range:
    """Return the indexes of the (sorted, disjoint) spans lying within [s, e]."""
    return range(bisect.bisect_left(starts, s), bisect.bisect_right(ends, e))


def make_snippets(paragraphs: list[str], highlights: list[str], phrases: list[str] = ()) -> list[str]:
    """Return up to two HTML passages, the ones with the most distinct matched strings.

    A phrase (one of the highlights that must match exactly) is marked whole and
    never in pieces; the other highlights are marked by their runs of letters.
    """
    text = "\n".join(paragraphs)
    cut = len(text) > MAX_SCAN
    text = text[:MAX_SCAN] if cut else text
    needles = list(phrases) + needles_of([h for h in highlights if " ".join(h.split()) not in phrases])
    spans = match_spans(text, needles)
    if not spans:
        return [mark(text[:WINDOW].replace("\n", " "), []) + ("…" if len(text) > WINDOW else "")] if text else []
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    folded = [text[a:b].translate(_FOLD) for a, b in spans]
    candidates = []
    for span in spans:
        s, e = _window(text, spans, starts, span)
        inside = _inside(spans, starts, ends, s, e)
        distinct = len({folded[i] for i in inside})
        candidates.append((-distinct, -len(inside), s, e))
    chosen: list[tuple[int, int]] = []
    for _, _, s, e in sorted(candidates):
        if all(e <= a or s >= b for a, b in chosen):
            chosen.append((s, e))
        if len(chosen) == MAX_PASSAGES:
            break
    out = []
    for s, e in sorted(chosen):
        inside = [(spans[i][0] - s, spans[i][1] - s) for i in _inside(spans, starts, ends, s, e)]
        passage = mark(text[s:e].replace("\n", " "), inside)
        out.append(("…" if s > 0 else "") + passage + ("…" if e < len(text) or cut else ""))
    return out
