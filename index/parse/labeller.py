"""The sequence labeller: a CRF gives every filled line of a page a role, with its confidence.

Roles (a closed set, with B-/I- boundaries so articles can be assembled):

- ``T-B`` / ``T-I`` — the first / a further line of a title that opens an article;
- ``T-O`` — a title printed away from its article (after the page's last attribution);
- ``B-B`` / ``B-I`` — the first body line of an untitled article / any other body line;
- ``A-B`` / ``A-I`` — an attribution or byline line that opens an article / any other;
- ``C`` — a photo caption; ``N`` — page furniture (headers, footers, labels, mastheads).

Which method cuts a page is a setting, ``DANGJIAN_PARSER``: ``rules`` (the ordered rules alone),
``crf`` (the model decides every line) or ``combined``, the default (the rules' cut where the model finds
its line roles plausible, the model's elsewhere); ``DANGJIAN_LABELLER_MODEL`` names another model file (for experiments).
"""
from __future__ import annotations

import functools
import hashlib
import os
from collections import OrderedDict
from pathlib import Path

from . import labeller_features
from .labeller_features import page_features, page_views

LABELS = ("T-B", "T-I", "T-O", "B-B", "B-I", "A-B", "A-I", "C", "N")
METHODS = ("rules", "crf", "combined")
# The held-back winner, re-measured after every round (docs/decisions.md). Fifth round, model retrained on
# the merged rules, 343 held-back articles: rules 82.2% cut right / titles 83.7%, combined 82.5 / 80.2,
# crf 71.1 / 78.4; cross-validated by publication on the development share, combined at any threshold
# from 0.6 to 0.85 equals the rules (95.6 / 97.5) and crf trails (86.9 / 91.9). So the rules.
# (Third round: combined 68.8 / 70.4 against the rules' 60.2 / 64.0 — the rules have since caught up.)
DEFAULT_METHOD = "rules"
MODEL_PATH = Path(__file__).parent / "data" / "labeller.crfsuite"
# combined: the rules' cut stands where the model gives its line roles this mean marginal. Measured
# (docs/decisions.md): bundled pages ≥ 0.93, composed ≥ 0.89, most development pages below.
CONFIDENT = 0.85


class LabellerError(ValueError):
    """The method setting or the model file is unusable."""


def feature_code_hash() -> str:
    """Return a digest of the feature code: a model learned weights for the features this code made,
    so a model trained before the code changed reads lines wrongly (retrain: train_labeller)."""
    source = Path(labeller_features.__file__).read_bytes()
    return hashlib.sha1(source).hexdigest()[:16]


def stamp_path(model: Path) -> Path:
    """Return the file beside a model that records which feature code it was trained on."""
    return model.with_suffix(".features")


def method() -> str:
    """Return the parser method the setting asks for (DANGJIAN_PARSER; default: the held-back winner)."""
    chosen = os.environ.get("DANGJIAN_PARSER", "").strip().lower() or DEFAULT_METHOD
    if chosen not in METHODS:
        raise LabellerError(f"DANGJIAN_PARSER must be one of {', '.join(METHODS)}, not {chosen!r}")
    return chosen


def model_path() -> Path:
    return Path(os.environ.get("DANGJIAN_LABELLER_MODEL") or MODEL_PATH)


def method_key() -> str:
    """Return what the articles depend on besides the code: the method, and the model when one is used."""
    chosen = method()
    if chosen == "rules":
        return chosen
    path = model_path()
    return f"{chosen}:{hashlib.sha1(path.read_bytes()).hexdigest()[:12]}" if path.is_file() else chosen


@functools.lru_cache(maxsize=4)
def _tagger(path: str, stamp: float):
    """Open a model file once per process (stamp: its mtime, so a retrained model is reopened)."""
    try:
        import pycrfsuite
    except ImportError as exc:            # the rules need no model; only crf and combined do
        raise LabellerError("the crf parser needs python-crfsuite: pip install python-crfsuite") from exc
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tag(features: list[dict], other: list[str] | None = None) -> list[tuple[str, float]]:
    """Return the model's label and its marginal probability for every item of a sequence; with
    other (a labelling of the same items), the marginal the model gives each of those labels instead."""
    if not features:
        return []
    path = model_path()
    if not path.is_file():
        raise LabellerError(f"no labeller model at {path}: run python -m benchmarks.train_labeller")
    tagger = _tagger(str(path), path.stat().st_mtime)
    labels = tagger.tag(features)
    out = [(label, tagger.marginal(label, i)) for i, label in enumerate(labels)]
    if other is not None:
        out = [(label, tagger.marginal(theirs, i)) for (label, _p), theirs, i in zip(out, other, range(len(out)))]
    return out


def rule_labels(views) -> list[str]:
    """Return the roles the ordered rules gave the filled lines (from their fates and articles)."""
    first_no: dict[int, int] = {}
    body_seen: dict[int, int] = {}
    for v in views:
        if v.text and v.article:
            first_no.setdefault(v.article, v.no)
            if v.fate.split(" + ")[0] in ("lead", "body"):
                body_seen.setdefault(v.article, v.no)
    out, previous = [], "N"
    for v in (v for v in views if v.text):
        previous = _rule_label(v, previous, first_no, body_seen)
        out.append(previous)
    return out


def _rule_label(v, previous: str, first_no: dict, body_seen: dict) -> str:
    fate = v.fate.split(" + ")[0].split(":")[0]
    opens = v.article is not None and first_no.get(v.article) == v.no
    if fate == "title":
        after_body = body_seen.get(v.article, v.no + 1) < v.no
        return "T-O" if after_body else "T-B"
    if fate == "joined":
        return {"T-B": "T-I", "T-O": "T-I", "A-B": "A-I", "B-B": "B-I"}.get(previous, previous)
    if fate == "lead":
        return "B-B" if opens else "B-I"
    if fate == "body":
        return "B-I"
    if fate == "attribution":
        return "A-B" if opens else "A-I"
    return "N"


def decide(text: str, fates, furniture: frozenset[str] = frozenset(), chosen: str | None = None):
    """Return the page's views and (label, confidence or None, decided by the model) for every filled line.

    chosen is the method (default: the setting); under ``rules`` the model is not asked. Under
    ``combined`` the rules' labels stand, all of them, when the model finds them plausible (their mean
    marginal reaches CONFIDENT): the page is of a kind the rules were written for; else the model's.
    """
    chosen = chosen or method()
    views = page_views(text, fates)
    rules = rule_labels(views)
    if chosen == "rules":
        return views, [(label, None, False) for label in rules]
    features = page_features(views, furniture)
    if chosen == "combined":
        plausible = tag(features, other=rules)
        if sum(p for _label, p in plausible) >= CONFIDENT * len(plausible):
            return views, [(label, p, False) for label, (_m, p) in zip(rules, plausible)]
        if POLICY == "block":
            return views, by_block(rules, plausible, tag(features))
        if KEEP_CERTAIN:
            filled = [v for v in views if v.text]
            return views, [(theirs, 1.0, True) if _certain(v, theirs) else (label, p, True)
                           for v, theirs, (label, p) in zip(filled, rules, tag(features))]
    return views, [(label, p, True) for label, p in tag(features)]


# combined, on a page the model decides: where a rule is certain its role stands over the model's.
KEEP_CERTAIN = False

# combined, on a page whose rules' roles the model finds implausible as a whole: "page" gives the
# model every line; "block" judges each of the rules' articles on its own (by_block). Block won the
# development share cross-validated by publication by 3 of 482 articles but lost 1 and 2 articles of
# the held-back share in its two checks (docs/decisions.md, crf5): not the default.
POLICY = "page"
# by_block: a rules' article keeps the rules' roles where the model gives them this mean marginal.
BLOCK_CONFIDENT = 0.85


def rule_blocks(labels: list[str]) -> list[range]:
    """Return the spans of filled lines the rules' roles make one unit: an article from its opening
    (-B) role to the line before the next, and the page's furniture and orphan titles before the first."""
    starts = [0] + [k for k, label in enumerate(labels) if k and label.endswith("-B")]
    return [range(a, b) for a, b in zip(starts, starts[1:] + [len(labels)])]


def by_block(rules: list[str], plausible: list[tuple[str, float]], model: list[tuple[str, float]]):
    """Return one decision per line: in every block of the rules (rule_blocks) whose roles the model
    finds plausible the rules' roles, elsewhere the model's. One wrong article on a page (a caption
    read as a new article) no longer hands the page's right ones to a model that places attributions
    a line off; and where the rules' article is doubtful, the model's boundaries decide it."""
    out: list[tuple[str, float, bool]] = []
    for block in rule_blocks(rules):
        marginals = [plausible[k][1] for k in block]
        if sum(marginals) >= BLOCK_CONFIDENT * len(marginals):
            out += [(rules[k], plausible[k][1], False) for k in block]
        else:
            out += [(model[k][0], model[k][1], True) for k in block]
    return out


def _certain(view, label: str) -> bool:
    """Whether the rules' role for a line rests on a test that does not guess: furniture that recurs
    across the publication's issues or has a known shape, an attribution in its closed form, a
    marker-opened brief item."""
    from .attributions import is_attribution
    from .labeller_features import MARKED
    if label == "N":
        return view.fate.startswith("noise: furniture")
    if label in ("A-B", "A-I"):
        return is_attribution(view.text)
    return label == "T-B" and bool(MARKED.match(view.text))


def keep_marked(filled, decisions, rules: list[str], hints: dict[int, str]):
    """Return the decisions with the rules' role on every line the file's own markup marked as a
    heading, caption, masthead or label (an e-paper's <h3>, a Word heading style): the author said
    what the line is, the rules read that mark, and the model, which does not see it, must not undo it."""
    from .hints import CAPTION, HEADING, LABEL, MASTHEAD
    marked = {HEADING, CAPTION, LABEL, MASTHEAD}
    return [(theirs, 1.0, False) if hints.get(v.no) in marked else decision
            for v, theirs, decision in zip(filled, rules, decisions)]


# The last pages labelled, for `dangjian parse --trace` (it prints a page right after parsing it).
_RECENT: OrderedDict = OrderedDict()


def remember(key, decisions: dict[int, tuple[str, float]]) -> None:
    _RECENT[key] = decisions
    _RECENT.move_to_end(key)
    while len(_RECENT) > 64:
        _RECENT.popitem(last=False)


def recalled(key) -> dict[int, tuple[str, float]]:
    """Return {line number: (label, confidence)} where the model decided the page's lines, else {}."""
    return _RECENT.get(key, {})


def relabel(page, lines, noise, pieces, furniture: frozenset[str] = frozenset()):
    """Return (lines, noise, pieces) as the chosen method cuts the page: the rules' own under ``rules``,
    else assembled from the roles the model (and, under ``combined``, the rules) gave its lines."""
    chosen = method()
    if chosen == "rules" or not pieces and not noise and not any(lines):
        _RECENT.pop(_key(page), None)          # the trace shows no model decision for this page
        return lines, noise, pieces
    from .assemble import assemble
    from .noise import source_lines
    from .pipeline import LEFT_OVER, line_fates     # the rules' fates are features; pipeline imports this module
    from .records import NoiseLine
    fates = line_fates(lines, noise, pieces, source_lines(page.text))
    views, decisions = decide(page.text, fates, furniture, chosen)
    filled = [v for v in views if v.text]
    if chosen == "combined":
        decisions = keep_marked(filled, decisions, rule_labels(views), dict(page.line_hints))
    remember(_key(page), {v.no: (label, p) for v, (label, p, by_model) in zip(filled, decisions) if by_model})
    if not any(by_model for _label, _p, by_model in decisions):
        return lines, noise, pieces            # combined, and the rules' reading is plausible: theirs, untouched
    if _mostly_furniture(filled, decisions):
        _RECENT.pop(_key(page), None)          # a page's text is never all furniture: the rules' cut stands
        return lines, noise, pieces
    # A line the rules could place nowhere keeps that reason where the model, too, gives it no article.
    left = [NoiseLine(v.no, v.text, LEFT_OVER) for v in filled if v.fate == "unassigned"]
    rules_cut = lines, noise, pieces
    lines, noise, pieces = assemble(page.text, views, decisions, noise + left)
    if rules_cut[2] and not pieces:
        # The model's roles leave no article (a lead read as an attribution) where the rules found
        # one: a page's reports must not vanish from search, so the rules' cut stands.
        _RECENT.pop(_key(page), None)
        return rules_cut
    if page.title and pieces and pieces[0].title_lines and not pieces[0].title_derived:
        # The markup's title will replace the first article's (pipeline): its text title stays as text.
        pieces[0].groups.insert(0, list(pieces[0].title_lines))
        pieces[0].paragraphs.insert(0, pieces[0].title)
    return lines, noise, pieces


MAX_FURNITURE_SHARE = 0.5    # of a page's characters: beyond it the model misread the page, not the page


def _mostly_furniture(filled, decisions) -> bool:
    """Whether the model calls most of a page's text furniture (it then lost its way: the rules decide)."""
    furniture = sum(len(v.text) for v, (label, _p, _m) in zip(filled, decisions) if label == "N")
    return furniture > MAX_FURNITURE_SHARE * sum(len(v.text) for v in filled)


def _key(page) -> tuple:
    return page.path, page.sha1, page.pdf_page


def trace_decisions(page) -> dict[int, tuple[str, float]]:
    """Return {line number: (role, confidence)} for the lines the model decided on the page just parsed."""
    return recalled(_key(page))
