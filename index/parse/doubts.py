"""Cuts that look doubtful: where a page's articles suggest the segmenter merged or split wrongly.

Computed when a page is indexed (kept small, with the file's entry) and listed by
``dangjian check``, so an administrator knows which pages to look at with
``dangjian parse --trace``. A doubt is a hint, never an error: the page stays indexed.
"""
from __future__ import annotations

import re
from statistics import median

LONGER = 3              # an article this many times the median length of the page's others…
LONG_ENOUGH = 800       # …and at least this many characters long looks like several merged
# A closing attribution inside the text of a lone article: another article's end the cut missed.
_CLOSING = re.compile(r"[（(]\s*(据[^（）()]{2,40}|[^（）()]{2,40}供稿|来源\s*[:：][^（）()]{2,40})[）)]")


def doubtful_cut(articles) -> list[str]:
    """Return why the cut of one page's articles looks doubtful (empty when it does not)."""
    out = []
    sizes = [sum(map(len, a.paragraphs)) for a in articles]
    for k, size in enumerate(sizes):
        others = sizes[:k] + sizes[k + 1:]
        if others and size >= LONG_ENOUGH and size >= LONGER * median(others):
            out.append(f"article {k + 1} is {size / median(others):.0f}x as long as the page's others")
    for k, article in enumerate(articles[1:-1], start=2):
        if article.title_derived:
            out.append(f"article {k} has no printed title in the middle of the page")
    if len(articles) == 1:
        text = "".join(articles[0].paragraphs) + (articles[0].attribution or "")
        found = len(_CLOSING.findall(text))
        if found >= 2:
            out.append(f"one article with {found} attributions")
    return out
