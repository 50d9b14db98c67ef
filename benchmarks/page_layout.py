"""A simple page layout: articles set as the text layer of a narrow-column newspaper page.

What a PDF's text layer does to the articles: lines cut at the column width
(breaking words), stray spaces around digits, quotes and full stops, a section
label on top, a decorative TOPIC label, some articles double-spaced, the title
before the lead, missing, or (for the page's last article) after its
attribution, and an editor's footer. This is deliberately small: the layout
composer (benchmarks/composer.py, with ground truth) can replace
:func:`layout_page` — the generator calls it through ``generate.LAYOUT``.
"""
from __future__ import annotations

import random
import re

from .archive_articles import GenArticle

LABELS = ("党建", "党建周刊", "要闻")
EDITORS = ("王倩", "马志强", "李娜", "陈静")


def layout_page(articles: list[GenArticle], rng: random.Random) -> str:
    """Return the text layer of a page holding these articles, in order."""
    lines: list[str] = []
    if rng.random() < 0.6:
        lines += [rng.choice(LABELS), ""]
    trailing_title = None
    for i, article in enumerate(articles):
        place = rng.random()
        if i and rng.random() < 0.2:
            lines += ["TOPIC", ""]
        if i == len(articles) - 1 and i and place < 0.12:
            trailing_title = article.title
        elif place < 0.85:
            lines += title_lines(article.title, rng) + [""]
        lines += body_lines(article, rng) + ["", article.attribution, ""]
    if trailing_title:
        lines += title_lines(trailing_title, rng)
    if rng.random() < 0.3:
        lines += ["", f"责任编辑：{rng.choice(EDITORS)}"]
    return "\n".join(lines).strip("\n") + "\n"


def title_lines(title: str, rng: random.Random) -> list[str]:
    """Set a title on one line, or two when it is long."""
    if len(title) <= 16:
        return [title]
    cut = rng.randint(len(title) // 2, len(title) - 4)
    return [title[:cut], title[cut:]]


def body_lines(article: GenArticle, rng: random.Random) -> list[str]:
    """Set the paragraphs in a narrow column, single- or double-spaced."""
    width = rng.randint(11, 16)
    double = rng.random() < 0.15
    out: list[str] = []
    for paragraph in article.paragraphs:
        text = stray_spaces(paragraph, rng)
        for start in range(0, len(text), width):
            out.append(text[start:start + width])
            if double:
                out.append("")
        if not double and rng.random() < 0.15:
            out.append("")
    return out


def stray_spaces(text: str, rng: random.Random) -> str:
    """Add the stray spaces text layers have: 10月 26日, 第 12 次, “两个确立 ”, 报告 。"""
    text = re.sub(r"\d+", lambda m: f" {m.group()} " if rng.random() < 0.3 else m.group(), text)
    text = re.sub(r"”", lambda m: " ”" if rng.random() < 0.3 else "”", text)
    text = re.sub(r"[。，]", lambda m: f" {m.group()}" if rng.random() < 0.03 else m.group(), text)
    return text
