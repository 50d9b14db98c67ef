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
from .features import strip_marker
from .noise import source_lines
from .records import NoiseLine
from .segmentation import Piece
from .titles import derive_title, place_orphan_titles

_GLUED = re.compile(rf"^(.*[。！？”])\s*({ATTRIBUTION.pattern})$")
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
    _split_lead(draft, runs)
    trailing = _split_glued(runs) if not draft.attributions or draft.attributions[-1].nos[0] < runs[-1][1][-1].nos[0] else None
    groups: list[list[Ln]] = []
    body_lines: list[Ln] = []
    for kind, run in runs:
        groups += [run_lines for run_lines in ([[ln for ln in run if ln]] if kind == "caption" else paragraph_groups(run))]
        body_lines += run
    piece = Piece(join_lines(draft.title) if draft.title else None, body_lines, title_lines=list(draft.title))
    piece.groups = [g for g in groups if g]
    piece.paragraphs = [join_lines(g) for g in piece.groups]
    for line in sorted([*draft.attributions, *([trailing] if trailing else [])], key=lambda ln: ln.nos[0]):
        add_attribution(piece, line)
    return piece


def _split_glued(runs) -> Ln | None:
    """Cut an attribution printed at the end of the article's last body line (…发展。（据…）) off it."""
    kind, run = runs[-1]
    last = run[-1]
    match = _GLUED.match(tidy(last)) if kind == "body" else None
    if not match:
        return None
    run[-1] = Ln(match.group(1), last.nos)
    return Ln(match.group(2), last.nos)


def _split_lead(draft: _Draft, runs) -> None:
    """Give the lead back the text printed after a byline on its line: 本报讯（记者 某某）近日，… ."""
    first = next(ln for _kind, run in runs for ln in run if ln)
    before = [k for k, ln in enumerate(draft.attributions) if ln.nos[0] <= first.nos[0]]
    if not before:
        return
    k = before[-1]
    text = tidy(draft.attributions[k])
    close = max(text.rfind("）"), text.rfind(")"))
    if 0 <= close < len(text) - 1 and text[close + 1:].strip():
        nos = draft.attributions[k].nos
        draft.attributions[k] = Ln(text[:close + 1], nos)
        kind, run = runs[0]
        runs[0] = (kind, [Ln(text[close + 1:].strip(), nos), *run])
