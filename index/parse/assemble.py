"""Assemble articles from line roles: the same pieces segmentation cuts, so metadata stays shared.

An article opens at a ``-B`` role (title, untitled body, or a byline above the body) and takes
every title, body, caption and attribution line after it until the next opens. Titles printed
away from their article (``T-O``) go to the untitled article they describe, as the rules place
them; an article still untitled gets a derived title. Furniture (``N``) becomes noise lines with
their reason; a title or attribution with no body beside it is kept as a noise line too, so no
text is ever dropped.
"""
from __future__ import annotations

import re

from .attributions import ATTRIBUTION, add_attribution
from .clean import Ln, join_lines, paragraph_groups, tidy
from .labeller_features import strip_marker
from .lexicon import OWN_MEDIUM, OWN_NEWS
from .noise import source_lines
from .records import NoiseLine
from .segmentation import Piece
from .titles import derive_title, place_orphan_titles

LEFT_OVER = "left over: no article body next to it (a title or attribution alone)"


class _Draft:
    """An article being assembled: its lines by role, in page order."""

    def __init__(self) -> None:
        self.title: list[Ln] = []
        self.body: list[tuple[str, list[Ln]]] = []       # ("body" | "caption", lines with blanks)
        self.attributions: list[Ln] = []

    def add_body(self, kind: str, line: Ln, blank_before: bool) -> None:
        if not self.body or self.body[-1][0] != kind or kind == "caption" and blank_before:
            self.body.append((kind, []))
        if blank_before and self.body[-1][1]:
            self.body[-1][1].append(Ln("", ()))
        self.body[-1][1].append(line)


def assemble(text: str, views, decisions, rule_noise: list[NoiseLine]):
    """Return (lines, noise lines, pieces) for a page from its line views and their roles.

    decisions is one (label, confidence, by_model) per filled view, in order.
    """
    reasons = {n.line: n.reason for n in rule_noise}
    source = source_lines(text)
    drafts, orphans, noise, kept = _walk(views, decisions, reasons, source)
    pieces = _pieces(drafts, orphans, noise, source)
    lines = [Ln(v.text if v.no in kept else "", (v.no,)) for v in views]
    return lines, sorted(noise, key=lambda n: n.line), pieces


def _walk(views, decisions, reasons: dict[int, str], source: list[str]):
    """Go down the page's filled lines, opening a draft article at each -B role."""
    drafts: list[_Draft] = []
    orphans: list[list[Ln]] = []
    noise: list[NoiseLine] = []
    kept: set[int] = set()
    filled = [v for v in views if v.text]
    blank_before = {v.no for k, v in enumerate(views) if k and not views[k - 1].text}
    previous = "N"
    for view, (label, p, by_model) in zip(filled, decisions):
        line = Ln(view.text, (view.no,))
        if label == "N":
            reason = reasons.get(view.no) or f"furniture (labeller, p={p:.2f})"
            noise.append(NoiseLine(view.no, source[view.no - 1], reason))
            continue
        kept.add(view.no)
        line = Ln(strip_marker(view.text) or view.text, (view.no,))
        previous = _place(label, previous, line, view.no in blank_before, drafts, orphans)
    return drafts, orphans, noise, kept


def _place(label: str, previous: str, line: Ln, blank_before: bool, drafts: list[_Draft],
           orphans: list[list[Ln]]) -> str:
    """Put one line into the article it belongs to, opening one where the role says so; return the
    role it played (a T-I under an orphan title continues that title: T-O)."""
    if label == "T-O" or label == "T-I" and previous == "T-O":
        if label == "T-O":
            orphans.append([])
        orphans[-1].append(line)
        return "T-O"
    current = drafts[-1] if drafts else None
    if label.endswith("-B") or current is None or (label == "T-I" and (current.body or current.attributions)):
        current = _Draft()
        drafts.append(current)
    if label.startswith("T"):
        current.title.append(line)
    elif label.startswith("A"):
        current.attributions.append(line)
    else:
        current.add_body("caption" if label == "C" else "body", line, blank_before)
    return label


def _lines_of(draft: _Draft) -> list[Ln]:
    return [*draft.title, *draft.attributions, *(ln for _k, run in draft.body for ln in run if ln)]


def _pieces(drafts: list[_Draft], orphans: list[list[Ln]], noise: list[NoiseLine], source: list[str]) -> list[Piece]:
    """Turn drafts into Pieces; a draft without body lends its attribution to the one before, or is noise."""
    pieces: list[Piece] = []
    for draft in drafts:
        if not any(ln for _k, run in draft.body for ln in run):
            _bodiless(draft, pieces, orphans, noise, source)
            continue
        pieces.append(_piece(draft))
    titles = [Ln(join_lines(lines), tuple(n for ln in lines for n in ln.nos)) for lines in orphans]
    untitled = sum(1 for p in pieces if not p.title)
    for title in titles[untitled:]:           # more orphans than untitled articles: kept as noise
        noise.extend(NoiseLine(n, source[n - 1], LEFT_OVER) for n in title.nos)
    place_orphan_titles(pieces, titles[:untitled])
    for piece in pieces:
        if not piece.title:
            piece.title, piece.title_derived = derive_title(piece.paragraphs), True
    return pieces


def _bodiless(draft: _Draft, pieces: list[Piece], orphans, noise: list[NoiseLine], source: list[str]) -> None:
    if draft.title and not draft.attributions:
        orphans.append(draft.title)                  # a headline with no text under it: printed apart
        return
    if draft.attributions and pieces and not draft.title:
        for line in draft.attributions:
            add_attribution(pieces[-1], line)
        return
    noise.extend(NoiseLine(ln.nos[0], source[ln.nos[0] - 1], LEFT_OVER) for ln in _lines_of(draft))


def _piece(draft: _Draft) -> Piece:
    """Build one Piece: title, paragraphs (captions as paragraphs of their own), attributions."""
    runs = [(kind, list(run)) for kind, run in draft.body]
    filled = [ln for _kind, run in runs for ln in run if ln]
    first, last = filled[0].nos[0], filled[-1].nos[0]
    lead = [ln for ln in draft.attributions if ln.nos[0] <= first]
    tail = [ln for ln in draft.attributions if ln.nos[0] >= last and ln.nos[0] > first]
    middle = [ln for ln in draft.attributions if first < ln.nos[0] < last]
    lead, runs = _recut_lead(lead, runs)
    runs, tail = _recut_tail(runs, tail)
    groups: list[list[Ln]] = []
    body_lines: list[Ln] = []
    for kind, run in runs:
        groups += [[ln for ln in run if ln]] if kind == "caption" else paragraph_groups(run)
        body_lines += run
    piece = Piece(join_lines(draft.title) if draft.title else None, body_lines, title_lines=list(draft.title))
    piece.groups = [g for g in groups if g]
    piece.paragraphs = [join_lines(g) for g in piece.groups]
    for line in sorted([*lead, *middle, *tail], key=lambda ln: ln.nos[0]):
        add_attribution(piece, line)
    return piece


# Where a line holds part of the attribution and part of the body, the text decides, not the role:
# 本报讯（记者 某某 通 / 讯员 某某）5月3日，… and …成果。（作 / 者单位：某某）.
_LEAD_BYLINE = re.compile(rf"^(?:{OWN_NEWS}|(?:{OWN_MEDIUM}|新华社)[^，。；（）()]{{0,12}}电)\s*[（(][^（）()]{{1,40}}[）)]")
_ATTRIBUTION_RUN = re.compile(rf"(?:\s*(?:{ATTRIBUTION.pattern}))+\s*")
HEAD_LINES = 6           # a byline the column broke spans a few lines at most


def _recut_lead(lead: list[Ln], runs):
    """Return the attribution lines above the body and the runs, cut where the byline's text ends."""
    kind, run = runs[0]
    filled = [k for k, ln in enumerate(run) if ln]
    head = run[:filled[min(len(filled), HEAD_LINES) - 1] + 1]
    lines = lead + [ln for ln in head if ln]
    text = "".join(tidy(ln) for ln in lines)
    found = _LEAD_BYLINE.match(text)
    if found is None and lead:                 # a byline line with the lead's first words after it
        closing = max(text.rfind("）", 0, _length(lead)), text.rfind(")", 0, _length(lead)))
        found = _At(closing + 1) if closing >= 0 else None
    if found is None:
        return lead, runs
    left, right = _cut_lines(lines, found.end())
    rest = run[len(head):]
    return [_one_line(left)] if left else [], [(kind, right + rest), *runs[1:]]


def _recut_tail(runs, tail: list[Ln]):
    """Return the runs and the attribution lines under the body, cut where the attribution's text starts."""
    kind, run = runs[-1]
    filled = [k for k, ln in enumerate(run) if ln]
    if kind != "body" or not filled:
        return runs, tail
    start = filled[max(0, len(filled) - 3)]
    lines = [ln for ln in run[start:] if ln] + tail
    text = "".join(tidy(ln) for ln in lines)
    body_end = _length(lines[:len(lines) - len(tail)])
    for k, c in enumerate(text[:body_end]):
        if c in "（(" and k and text[k - 1] in "。！？”" and _ATTRIBUTION_RUN.fullmatch(text[k:]):
            left, right = _cut_lines(lines, k)
            return [*runs[:-1], (kind, run[:start] + left)], [_one_line(right)]
    return runs, tail


class _At:
    """A cut position standing in for a regex match."""

    def __init__(self, end: int) -> None:
        self._end = end

    def end(self) -> int:
        return self._end


def _length(lines: list[Ln]) -> int:
    return sum(len(tidy(ln)) for ln in lines)


def _cut_lines(lines: list[Ln], at: int) -> tuple[list[Ln], list[Ln]]:
    """Split lines at a character offset of their tidy texts run together; the line it falls in goes to both."""
    left, right, pos = [], [], 0
    for ln in lines:
        text = tidy(ln)
        if pos + len(text) <= at:
            left.append(Ln(text, ln.nos))
        elif pos >= at:
            right.append(Ln(text, ln.nos))
        else:
            left.append(Ln(text[:at - pos], ln.nos))
            right.append(Ln(text[at - pos:].lstrip(), ln.nos))
        pos += len(text)
    return [ln for ln in left if ln], [ln for ln in right if ln]


def _one_line(lines: list[Ln]) -> Ln:
    """Join attribution pieces into one line that remembers every source line it came from."""
    return Ln("".join(lines), tuple(n for ln in lines for n in ln.nos))
