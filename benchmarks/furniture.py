"""The furniture of a newspaper page: headers and footers in their printed forms.

Written for the composer alone (see :mod:`benchmarks.composer`): dates with the
weekday, page numbers first or last, the paper's name, editors' credits, and
lines split where a narrow column wraps them.
"""
from __future__ import annotations

import random
from typing import TYPE_CHECKING

from . import vocabulary as V

if TYPE_CHECKING:
    from .composer import PageTruth

WEEKDAYS = "一二三四五六日"


def header_text(rng: random.Random, truth: PageTruth, page_no: int) -> str:
    d = truth.issue_date
    day = f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
    editor = f"{rng.choice(V.EDITOR_ROLES)}：{_short_name(rng)}"
    forms = ([truth.publication, day, f"第{page_no}版", rng.choice(V.LABELS[:2])],
             [str(page_no), day, editor], [day, truth.publication], [f"第{page_no}版", truth.publication, day],
             [day], [truth.publication, day, editor])
    return _spaced(rng, rng.choice(forms))


def footer_text(rng: random.Random, page_no: int) -> str:
    editors = [f"{role}：{_short_name(rng)}" for role in rng.sample(V.EDITOR_ROLES[:4], k=rng.randint(1, 3))]
    forms = (editors, [str(page_no)] + editors, editors + [str(page_no)], [f"— {page_no} —"], [str(page_no)])
    return _spaced(rng, rng.choice(forms))


def _short_name(rng: random.Random) -> str:
    return rng.choice(V.SURNAMES[:60]) + rng.choice(V.GIVEN) + rng.choice(("", rng.choice(V.GIVEN)))


def _spaced(rng: random.Random, parts: list[str]) -> str:
    return "".join(p + " " * rng.randint(1, 3) for p in parts).strip()


def split_line(rng: random.Random, text: str) -> list[str]:
    # A line that fits the narrowest column (8 cells) is never wrapped: — 12 — stays whole.
    if sum(0.5 if c.isascii() else 1 for c in text if not c.isspace()) <= 8:
        return [text]
    cut = rng.randint(len(text) // 3, max(len(text) // 3, len(text) - 3))
    head, tail = text[:cut].strip(), text[cut:].strip()
    return [head, tail] if head and tail else [text]
