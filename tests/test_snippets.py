"""Snippets: the fast passage finder gives exactly what the straightforward one gives."""
import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.search.snippets import make_snippets

# The straightforward version (every span against every span), kept as the oracle.
WINDOW = 90          # characters per passage, roughly two lines of a result list
MAX_PASSAGES = 2
# ASCII-only case folding keeps every offset valid (str.lower can change lengths: İ → i̇).
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def reference_match_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Return the non-overlapping spans where any needle occurs (case-insensitive), longest first."""
    spans: list[tuple[int, int]] = []
    lowered = text.translate(_FOLD)
    for needle in sorted({n.translate(_FOLD) for n in needles if n}, key=len, reverse=True):
        for match in re.finditer(re.escape(needle), lowered):
            s, e = match.span()
            if all(e <= a or s >= b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


def _needles_of(highlights: list[str]) -> list[str]:
    """Split query strings into the verbatim pieces that can occur in text (no punctuation or spaces)."""
    out = []
    for text in highlights:
        out.extend(p for p in re.split(r"[^\w]+", text) if p)
    return out


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape text and wrap each span in <mark>."""
    out, last = [], 0
    for s, e in spans:
        out.append(html.escape(text[last:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        last = e
    out.append(html.escape(text[last:]))
    return "".join(out)


def _reference_window(text: str, spans: list[tuple[int, int]], center: tuple[int, int]) -> tuple[int, int]:
    start = max(0, center[0] - WINDOW // 3)
    end = min(len(text), start + WINDOW)
    start = max(0, min(start, end - WINDOW))
    for s, e in spans:                   # never cut a marked string in half
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    return start, end


def reference_snippets(paragraphs: list[str], highlights: list[str], phrases: list[str] = ()) -> list[str]:
    """Return up to two HTML passages, the ones with the most distinct matched strings.

    A phrase (one of the highlights that must match exactly) is marked whole and
    never in pieces; the other highlights are marked by their runs of letters.
    """
    text = "\n".join(paragraphs)
    needles = list(phrases) + _needles_of([h for h in highlights if " ".join(h.split()) not in phrases])
    spans = reference_match_spans(text, needles)
    if not spans:
        return [_mark(text[:WINDOW].replace("\n", " "), []) + ("…" if len(text) > WINDOW else "")] if text else []
    candidates = []
    for span in spans:
        s, e = _reference_window(text, spans, span)
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
        passage = _mark(text[s:e].replace("\n", " "), inside)
        out.append(("…" if s > 0 else "") + passage + ("…" if e < len(text) else ""))
    return out


WORDS = ["民政", "民政厅", "培训", "Ab", "ab", "两个确立", "，", "。", "\n", " ", "工作", "党建"]
texts = st.lists(st.sampled_from(WORDS), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), st.lists(st.sampled_from(WORDS[:6] + ["民政 培训"]), max_size=3),
       st.lists(st.sampled_from(["民政厅", "两个确立"]), max_size=1))
def test_snippets_equal_the_straightforward_ones(paragraphs, highlights, phrases):
    assert make_snippets(paragraphs, highlights + phrases, phrases) == \
        reference_snippets(paragraphs, highlights + phrases, phrases)
