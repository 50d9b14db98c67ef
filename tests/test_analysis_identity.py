"""The sped-up unit splitter gives exactly the units and runs of the straightforward one.

The reference implementations below are the ones the index was built with before
(index/analysis.py as of issue 9's benchmark): the analysis version is unchanged,
so any difference would silently split old and new indexes.
"""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.index.analysis import query_runs, units

_UNIT = re.compile(r"[^\W_]")
_BREAK = re.compile(r"[\W_]")


def reference_units(text):
    out, last_end = [], None
    for match in _UNIT.finditer(text):
        gap = text[last_end:match.start()] if last_end is not None else ""
        out.append((match.group().lower(), match.start(), match.end(), bool(_BREAK.search(gap))))
        last_end = match.end()
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
def test_units_and_runs_equal_the_reference(text):
    assert units(text) == reference_units(text)
    assert query_runs(text) == reference_runs(text)
