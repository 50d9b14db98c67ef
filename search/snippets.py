"""Snippets: the best one or two passages of an article, matched strings marked.

The text is escaped and only ``<mark>`` is markup; a passage is cut only
between characters and never inside a marked string.
"""
from __future__ import annotations

import html
import re

WINDOW = 90          # characters per passage, roughly two lines of a result list
MAX_PASSAGES = 2
# ASCII-only case folding keeps every offset valid (str.lower can change lengths: İ → i̇).
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def match_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Return the non-overlapping spans where any needle occurs (case-insensitive), longest first."""
    spans: list[tuple[int, int]] = []
    lowered = text.translate(_FOLD)
    for needle in sorted({n.translate(_FOLD) for n in needles if n}, key=len, reverse=True):
        for match in re.finditer(re.escape(needle), lowered):
            s, e = match.span()
            if all(e <= a or s >= b for a, b in spans):
                spans.append((s, e))
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


def _window(text: str, spans: list[tuple[int, int]], center: tuple[int, int]) -> tuple[int, int]:
    start = max(0, center[0] - WINDOW // 3)
    end = min(len(text), start + WINDOW)
    start = max(0, min(start, end - WINDOW))
    for s, e in spans:                   # never cut a marked string in half
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    return start, end


def make_snippets(paragraphs: list[str], highlights: list[str], phrases: list[str] = ()) -> list[str]:
    """Return up to two HTML passages, the ones with the most distinct matched strings.

    A phrase (one of the highlights that must match exactly) is marked whole and
    never in pieces; the other highlights are marked by their runs of letters.
    """
    text = "\n".join(paragraphs)
    needles = list(phrases) + needles_of([h for h in highlights if " ".join(h.split()) not in phrases])
    spans = match_spans(text, needles)
    if not spans:
        return [mark(text[:WINDOW].replace("\n", " "), []) + ("…" if len(text) > WINDOW else "")] if text else []
    candidates = []
    for span in spans:
        s, e = _window(text, spans, span)
        inside = [sp for sp in spans if sp[0] >= s and sp[1] <= e]
        distinct = len({text[a:b].translate(_FOLD) for a, b in inside})
        candidates.append((-distinct, -len(inside), s, e))
    chosen: list[tuple[int, int]] = []
    for _, _, s, e in sorted(candidates):
        if all(e <= a or s >= b for a, b in chosen):
            chosen.append((s, e))
        if len(chosen) == MAX_PASSAGES:
            break
    out = []
    for s, e in sorted(chosen):
        inside = [(a - s, b - s) for a, b in spans if a >= s and b <= e]
        passage = mark(text[s:e].replace("\n", " "), inside)
        out.append(("…" if s > 0 else "") + passage + ("…" if e < len(text) else ""))
    return out
