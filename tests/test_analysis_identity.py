"""The sped-up unit and bigram tokenizers give exactly the tokens of the straightforward ones.

The reference implementations below are the ones the index was built with before
(index/analysis.py as of issue 9's benchmark): the analysis version is unchanged,
so any difference would silently split old and new indexes.
"""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.index.analysis import bigram_tokens, query_runs, units

_UNIT = re.compile(r"[^\W_]")
_BREAK = re.compile(r"[\W_]")


def reference_units(text):
    out, last_end = [], None
    for match in _UNIT.finditer(text):
        gap = text[last_end:match.start()] if last_end is not None else ""
        out.append((match.group().lower(), match.start(), match.end(), bool(_BREAK.search(gap))))
        last_end = match.end()
    return out


def reference_bigrams(text):
    out, position = [], 0
    found = reference_units(text)
    for i, (unit, start, end, broken) in enumerate(found):
        if broken and i:
            position += 1
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and not nxt[3]:
            out.append((unit + nxt[0], position, start, nxt[2]))
        else:
            out.append((unit, position, start, end))
        position += 1
    return out


def reference_runs(text):
    runs = []
    for unit, _, _, broken in reference_units(text):
        if broken or not runs:
            runs.append([])
        runs[-1].append(unit)
    return runs


# Characters that stress the rules: CJK (BMP and extension B), case with context (Σ), a lower()
# that lengthens (İ), full-width forms, underscores, digits of other scripts, spaces and punctuation.
TRICKY = "两个确立习近平〇𠀀𪜀丽ΣσςİIiAbZ０９Ａｚ_-—，。 \n\t\u3000·٣Ⅻ①ǅﬁß"
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=60) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_units_and_bigrams_equal_the_reference(text):
    assert units(text) == reference_units(text)
    assert bigram_tokens(text) == reference_bigrams(text)
    assert query_runs(text) == reference_runs(text)


def test_bigrams_of_every_bundled_article_equal_the_reference(bundled_articles):
    for article in bundled_articles:
        both = article.title + "\n" + article.body + "\n" + (article.attribution or "")
        assert bigram_tokens(both) == reference_bigrams(both)
