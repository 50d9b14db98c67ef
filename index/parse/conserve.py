"""The last guard of "no text is dropped": characters of the page no article or noise line holds.

Every stage keeps what it does not place (noise with a reason, left-over lines), but a stage may
also *replace* text — a title given by HTML markup over the text's own title line, a byline read
into an info-line attribution — and the replaced line then belongs to no article and to no noise.
This guard counts the page's Han characters against what the articles print and the noise lists;
any source line still holding missing characters is listed as noise, with a reason saying so, so
`dangjian parse --trace` and `dangjian check` show it and conservation holds on every page.
"""
from __future__ import annotations

import re
from collections import Counter

from .records import Article, NoiseLine

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
REPLACED = "left over: the article prints another form of this line (its text is kept here)"


def held_characters(articles: list[Article], noise: list[NoiseLine]) -> Counter:
    """Han characters the articles print (a derived title prints nothing of the page) and noise keeps."""
    held = Counter()
    for a in articles:
        parts = [*a.paragraphs, a.attribution or "", "" if a.title_derived else (a.title or "")]
        held.update(HAN.findall("".join(parts)))
    for n in noise:
        held.update(HAN.findall(n.text))
    return held


def rescue_lines(source: list[str], articles: list[Article], noise: list[NoiseLine]) -> list[NoiseLine]:
    """Return noise lines for the source lines whose Han characters nothing else holds (usually none)."""
    missing = Counter(HAN.findall("\n".join(source))) - held_characters(articles, noise)
    if not missing:
        return []
    listed = {n.line for n in noise}
    rescued = []
    for no, text in enumerate(source, start=1):
        chars = Counter(HAN.findall(text))
        if no in listed or not chars & missing:
            continue
        rescued.append(NoiseLine(no, text, REPLACED))
        missing -= chars
        if not missing:
            break
    return rescued
