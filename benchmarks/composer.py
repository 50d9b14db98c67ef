"""Lay clean articles out as the text layer of a newspaper page, keeping the ground truth.

The composer does what PDF extraction does to a page: it breaks lines at a
narrow column edge (inside words, names, numbers and attributions), spaces
lines single or double, prints titles before their article, after the last
attribution or not at all, floats labels, headers and footers, scatters stray
spaces, and encodes the page. It shares nothing with the parser; the truth it
returns says which article every line came from and which lines are noise.

    rng = random.Random(7)
    page = compose_page(rng, random_articles(rng, 3, issue), random_layout(rng), issue)
    page.data, page.truth.articles, page.truth.noise
"""
from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import date

from . import vocabulary as V
from .articles import ArticleTruth, random_articles, slogans_of
from .furniture import footer_text, header_text, split_line

__all__ = ["Layout", "ComposedPage", "PageTruth", "NoiseLine", "random_layout", "compose_page",
           "random_articles", "random_page"]

# What a page prints besides its articles: each line of these kinds is noise in the truth.
NOISE_KINDS = ("header", "footer", "label", "continuation", "masthead", "distribution")
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Layout:
    """The knobs of one page's layout, each drawn at random by :func:`random_layout`."""

    width: int = 14                  # column width in characters
    spacing: str = "single"          # single | double | mixed
    title_width: int = 20
    absent_title_rate: float = 0.15  # share of articles printed without a title
    trailing_titles: bool = False    # titles printed after the page's last attribution
    glued_attribution_rate: float = 0.5
    header: bool = True
    split_header: bool = False
    split_footer: bool = False       # the column split the footer over two lines too
    footer: str = "bottom"           # bottom | under_attribution | top | between | none
    column_breaks: float = 0.0       # chance of a blank line (a column break) after a body line
    continued: bool = False          # the last article runs on to another page: （下转第N版）
    labels: int = 1
    stray_space_rate: float = 0.02
    ideographic_spaces: bool = False
    fullwidth_digits: bool = False
    middle_dot: str = "·"
    crlf: bool = False
    encoding: str = "utf-8"          # utf-8 | utf-8-sig | gb18030
    blank_lines: bool = True         # False: a page with no blank line at all (boundaries from titles alone)


@dataclass(frozen=True)
class NoiseLine:
    text: str
    kind: str                        # one of NOISE_KINDS


@dataclass
class PageTruth:
    issue_date: date
    publication: str
    articles: list[ArticleTruth]
    noise: list[NoiseLine] = field(default_factory=list)
    style: str = "newspaper"         # which of benchmarks.styles.STYLES printed the page


@dataclass
class ComposedPage:
    text: str                        # the decoded text layer, as a reader sees it
    data: bytes                      # the file's bytes, in the layout's encoding
    truth: PageTruth


def random_layout(rng: random.Random) -> Layout:
    """Draw every layout knob."""
    width = rng.randint(8, 22)
    return Layout(
        width=width, spacing=rng.choice(("single", "single", "double", "mixed")),
        title_width=rng.randint(max(width, 12), 26), absent_title_rate=rng.choice((0.0, 0.2, 0.4)),
        trailing_titles=rng.random() < 0.2, glued_attribution_rate=rng.random(),
        header=rng.random() < 0.8, split_header=rng.random() < 0.25, split_footer=rng.random() < 0.2,
        footer=rng.choice(("bottom", "bottom", "under_attribution", "top", "between", "none")),
        labels=rng.randint(0, 2), column_breaks=rng.choice((0.0, 0.0, 0.03)), continued=rng.random() < 0.2,
        stray_space_rate=rng.choice((0.0, 0.01, 0.03)), ideographic_spaces=rng.random() < 0.3,
        fullwidth_digits=rng.random() < 0.2, middle_dot=rng.choice(("·", "・")), crlf=rng.random() < 0.3,
        encoding=rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030")),
    )


def wrap(text: str, width: int) -> list[str]:
    """Break text into lines of at most width cells (ASCII counts half, spaces nothing), anywhere."""
    lines, current, used = [], "", 0.0
    for c in text:
        cell = 0.0 if c.isspace() else 0.5 if c.isascii() else 1.0
        if used + cell > width and current:
            lines.append(current)
            current, used = "", 0.0
        current += c
        used += cell
    return lines + ([current] if current else [])


def _decide_titles(rng: random.Random, articles: list[ArticleTruth], layout: Layout) -> list[str]:
    """Return for each article where its title goes: before | after | absent."""
    places = ["absent" if rng.random() < layout.absent_title_rate else "before" for _ in articles]
    for i in range(1, len(articles)):
        # An untitled article needs an attribution before it, or nobody could tell where it starts.
        if places[i] == "absent" and not articles[i - 1].attribution:
            places[i] = "before"
    if layout.trailing_titles and articles[-1].attribution:
        for i in rng.sample(range(len(articles)), k=rng.randint(1, min(2, len(articles)))):
            if places[i] == "before" and (i == 0 or articles[i - 1].attribution):
                places[i] = "after"
    return places


def _article_lines(rng: random.Random, article: ArticleTruth, layout: Layout, title: bool) -> list[str]:
    """Render one article: title block, body lines, attribution; '' is a blank line."""
    lines: list[str] = []
    if title:
        lines += wrap(_scatter(rng, article.title, layout), layout.title_width) + [""] * (rng.random() < 0.7)
    double = layout.spacing == "double" or (layout.spacing == "mixed" and rng.random() < 0.5)
    body: list[str] = []
    paragraphs = list(article.paragraphs)
    glued = article.attribution and rng.random() < layout.glued_attribution_rate
    if glued:
        paragraphs[-1] += article.attribution
    if article.attribution and not glued:
        paragraphs.append(article.attribution)
    for paragraph in paragraphs:
        body += wrap(_scatter(rng, paragraph, layout), layout.width)
    for line in body:
        lines += [line, ""] if double or rng.random() < layout.column_breaks else [line]
    return lines


class _Sheet:
    """The page being laid out: lines with what each one is (text, blank, header, footer, label)."""

    def __init__(self):
        self.lines: list[tuple[str, str]] = []

    def add(self, text: str, kind: str = "text") -> None:
        self.lines.append((text, "blank" if not text else kind))

    def blank(self) -> None:
        if self.lines and self.lines[-1][1] != "blank":
            self.add("")

    def footer(self, rng: random.Random, text: str, split: bool) -> None:
        for part in (split_line(rng, text) if split else [text]):
            self.add(part, "footer")

    def label(self, rng: random.Random) -> None:
        self.blank()
        self.add(rng.choice(V.LABELS), "label")
        self.add("")


def compose_page(rng: random.Random, articles: list[ArticleTruth], layout: Layout, issue: date,
                 publication: str | None = None) -> ComposedPage:
    """Lay articles out on one page; return its text, its bytes and its ground truth."""
    places = _decide_titles(rng, articles, layout)
    printed = [_as_printed(a, p) for a, p in zip(articles, places)]
    publication = publication or rng.choice(V.PUBLICATIONS)
    truth = PageTruth(issue, publication, [_own_report(a, publication) for a in printed])
    page_no = rng.randint(1, 16)
    sheet = _Sheet()
    if layout.footer == "top":
        sheet.footer(rng, footer_text(rng, page_no), layout.split_footer)
    if layout.header:
        for part in (split_line(rng, header_text(rng, truth, page_no)) if layout.split_header
                     else [header_text(rng, truth, page_no)]):
            sheet.add(part, "header")
        sheet.blank()
    labels_at = set(rng.sample(range(len(articles) + 1), k=min(layout.labels, len(articles) + 1)))
    footer_after = rng.choice([i for i, a in enumerate(articles) if a.attribution] or [None])
    for i, (article, place) in enumerate(zip(articles, places)):
        _place_article(rng, sheet, layout, article, place, i, labels_at, footer_after == i, page_no,
                       last=i == len(articles) - 1)
    _place_trailing_titles(rng, sheet, layout, [a.title for a, p in zip(articles, places) if p == "after"])
    if len(articles) in labels_at:
        sheet.label(rng)
    if layout.footer == "bottom" or (layout.footer in ("under_attribution", "between") and footer_after is None):
        sheet.blank()
        sheet.footer(rng, footer_text(rng, page_no), layout.split_footer)
    return _render(rng, sheet, layout, truth)


def _place_article(rng: random.Random, sheet: "_Sheet", layout: Layout, article: ArticleTruth, place: str,
                   i: int, labels_at: set[int], footer_here: bool, page_no: int, last: bool) -> None:
    """Print one article, with the label before it and the footer or continuation note after it."""
    if i in labels_at:
        sheet.label(rng)
    elif i and rng.random() < 0.9:
        sheet.blank()
    for line in _article_lines(rng, article, layout, title=(place == "before")):
        sheet.add(line)
    if footer_here and layout.footer == "under_attribution":
        _drop_trailing_blanks(sheet)
        sheet.footer(rng, footer_text(rng, page_no), layout.split_footer)
    elif footer_here and layout.footer == "between":
        sheet.blank()
        sheet.footer(rng, footer_text(rng, page_no), layout.split_footer)
        sheet.blank()
    if last and layout.continued and not article.attribution:
        sheet.add(f"（下转第{page_no + rng.randint(1, 3)}版）", "continuation")


def _place_trailing_titles(rng: random.Random, sheet: "_Sheet", layout: Layout, titles: list[str]) -> None:
    """Print the titles that go after the page's last attribution, as the layout placed them."""
    for title in titles:
        if rng.random() < 0.5 or sheet.lines[-1][1] != "text":
            sheet.blank()
        for line in wrap(title, layout.title_width):
            sheet.add(line)
        sheet.blank()


def _drop_trailing_blanks(sheet: _Sheet) -> None:
    while sheet.lines and sheet.lines[-1][1] == "blank":
        sheet.lines.pop()


def _as_printed(article: ArticleTruth, place: str) -> ArticleTruth:
    """Return the article's truth for this layout: an unprinted title is no title, and names no slogan."""
    if place != "absent":
        return article
    untitled = dataclasses.replace(article, title=None)
    untitled.slogans = slogans_of(untitled)
    return untitled


def _own_report(article: ArticleTruth, publication: str) -> ArticleTruth:
    """Return the article's truth with its source: a 本报讯 report, or one signed by the paper's
    记者, without an attribution naming another is the publication's own (issue 15)."""
    own = article.paragraphs[0].startswith("本报讯") or (article.attribution or "").startswith("（记者")
    if article.source or not own:
        return article
    return dataclasses.replace(article, source=publication)


def _render(rng: random.Random, sheet: _Sheet, layout: Layout, truth: PageTruth) -> ComposedPage:
    out = []
    for text, kind in sheet.lines:
        if kind == "blank" and not layout.blank_lines:
            continue
        if kind == "text" and rng.random() < 0.05:
            text = " " * rng.randint(1, 2) + text
        if layout.fullwidth_digits and kind != "blank":
            text = text.translate(FULL_DIGITS)
        if kind in NOISE_KINDS:
            truth.noise.append(NoiseLine(text.strip(), kind))
        out.append(text)
    text = ("\r\n" if layout.crlf else "\n").join(out) + ("\r\n" if layout.crlf else "\n")
    data = text.encode(layout.encoding)
    return ComposedPage(text=text, data=data, truth=truth)


def _scatter(rng: random.Random, text: str, layout: Layout) -> str:
    """Put the stray spaces of a text layer between wide characters, and print the layout's middle dot.

    Never inside a byline's brackets: there a space separates two names.
    """
    text = text.replace("·", layout.middle_dot)
    if not layout.stray_space_rate:
        return text
    out, depth = "", 0
    for i, c in enumerate(text):
        depth += (c == "（") - (c == "）")
        if (i and not depth and not c.isascii() and not text[i - 1].isascii()
                and rng.random() < layout.stray_space_rate):
            out += "\u3000" if layout.ideographic_spaces and rng.random() < 0.5 else " "
        out += c
    return out


def random_page(seed: int) -> ComposedPage:
    """Return the composed page of one seed: its issue date, 1–5 articles and a layout, all drawn from it."""
    rng = random.Random(seed)
    issue = date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    articles = random_articles(rng, rng.randint(1, 5), issue)
    return compose_page(rng, articles, random_layout(rng), issue)
