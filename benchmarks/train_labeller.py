"""Train the line labeller (a CRF) on composed pages and the development share; write the model.

    python -m benchmarks.train_labeller [--composed 400] [--seed 5] [--out index/parse/data/labeller.crfsuite]

Line labels are derived, never written by hand: each page's source lines are aligned with its truth
(title, body, captions, attribution of every article) — a line found where the last one ended
continues that field; one found at the start of a field's unread text opens it; a line found
nowhere is furniture. The first line of an article gets the B- role of its field; a title line after
its article's body is a title printed apart (T-O). The held-back share is never read here.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.unseen_score import SETS, load_truth, squash
from dangjian.index.parse import FORMATS, parse_page, read_page, read_pages
from dangjian.index.parse.features import page_features, page_views, strip_marker
from dangjian.index.parse.records import Page

OUT = Path(__file__).resolve().parent.parent / "index" / "parse" / "data" / "labeller.crfsuite"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
MIN_LOOSE = 6            # a line shorter than this is placed only where the text it continues is


@dataclass
class Example:
    """One page to learn from or score: its features, its derived labels, where it came from."""

    publication: str
    features: list[dict]
    labels: list[str]
    rel: str = ""


@contextlib.contextmanager
def method(name: str, model: Path | None = None):
    """Run the parser with one method (and model file) for the block; the setting is restored after."""
    saved = {k: os.environ.get(k) for k in ("DANGJIAN_PARSER", "DANGJIAN_LABELLER_MODEL")}
    os.environ["DANGJIAN_PARSER"] = name
    if model is not None:
        os.environ["DANGJIAN_LABELLER_MODEL"] = str(model)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def truth_fields(articles: list[dict]) -> list[tuple[int, str, str]]:
    """Return (article, field, squashed text) for every field a page's lines are aligned with."""
    out = []
    for a, art in enumerate(articles):
        if art.get("title"):
            out.append((a, "title", squash(art["title"])))
        out.append((a, "body", squash("".join(art["body"]))))
        out += [(a, "caption", squash(c)) for c in art.get("captions", ())]
        if art.get("attribution"):
            out.append((a, "attribution", squash(art["attribution"])))
    return [f for f in out if f[2]]


def align(texts: list[str], articles: list[dict]) -> list[str]:
    """Return the role of every filled line (texts, in page order) as its page's truth says."""
    fields = truth_fields(articles)
    read = [0] * len(fields)                 # how much of each field the lines so far consumed
    placed: list[tuple[int, int] | None] = []   # (field index, offset) per line
    last = None
    for text in texts:
        s = squash(strip_marker(text))
        spot = _find(s, fields, read, last)
        placed.append(spot)
        if spot is not None:
            f, o = spot
            read[f] = max(read[f], min(len(fields[f][2]), o + len(s)))
            last = f
    return _roles(placed, fields)


def _find(s: str, fields, read: list[int], last: int | None) -> tuple[int, int] | None:
    """Place a line: where the last line's field goes on, else at a field's unread start, else anywhere."""
    if not s:
        return None
    if last is not None:
        text = fields[last][2]
        if text.startswith(s, read[last]) or (read[last] < len(text) and s.startswith(text[read[last]:])):
            return last, read[last]         # continues (or ends the field and runs on: a glued attribution)
    fresh = [(f, read[f]) for f in range(len(fields)) if fields[f][2].startswith(s, read[f])]
    # A line holding a field's whole unread text and more: 本报讯（记者 某某）近日，… (byline, then the lead).
    fresh += [(f, read[f]) for f in range(len(fields)) if read[f] < len(fields[f][2]) and s.startswith(fields[f][2][read[f]:])]
    if fresh:
        return min(fresh, key=lambda fo: (fields[fo[0]][0] < _article(fields, last), fo[0]))
    if len(s) < MIN_LOOSE:
        return None
    loose = [(f, fields[f][2].find(s, read[f])) for f in range(len(fields))]
    loose = [(f, o) for f, o in loose if o >= 0]
    return min(loose, key=lambda fo: (fields[fo[0]][0] < _article(fields, last), fo[0])) if loose else None


def _article(fields, last: int | None) -> int:
    return fields[last][0] if last is not None else 0


def _roles(placed, fields) -> list[str]:
    """Turn each line's (field, offset) into its role, B- for the first line of an article."""
    opened: set[int] = set()
    body_seen: set[int] = set()
    roles, previous = [], "N"
    for spot in placed:
        if spot is None:
            roles.append("N")
            continue
        a, kind, _text = fields[spot[0]]
        role = _role(kind, a, spot[1], a in opened, a in body_seen, previous)
        opened.add(a)
        if kind == "body":
            body_seen.add(a)
        roles.append(role)
        previous = role
    return roles


def _role(kind: str, a: int, offset: int, opened: bool, body_seen: bool, previous: str) -> str:
    if kind == "title":
        if body_seen:
            return "T-I" if offset and previous in ("T-O", "T-I") else "T-O"
        return "T-I" if opened and offset else "T-B"
    if kind == "caption":
        return "C"
    prefix = "B" if kind == "body" else "A"
    return f"{prefix}-I" if opened else f"{prefix}-B"


def page_example(page: Page, articles: list[dict], rel: str = "") -> Example:
    """Return a page's features (from the rules' parse) and its labels aligned with the truth."""
    with method("rules"):
        parsed = parse_page(page)
    views = page_views(page.text, parsed.fates)
    texts = [v.text for v in views if v.text]
    return Example(page.publication or "", page_features(views), align(texts, articles), rel)


def dev_examples(root: Path = SETS["dev"]) -> list[Example]:
    """Return an example for every readable page of the development share (its truth's files)."""
    out = []
    for rel, truth in sorted(load_truth(root).items()):
        path = root / rel
        try:
            pages = read_pages(path, root) if path.suffix.lower() in FORMATS else [read_page(path, root)]
        except Exception:                  # noqa: BLE001 — an unreadable file (OCR without tesseract)
            continue
        out += [page_example(p, truth["articles"], rel) for p in pages]
    return out


def composed_examples(count: int, seed: int) -> list[Example]:
    """Return examples from composed pages (their truth is known by construction)."""
    from benchmarks.composer import random_page
    out = []
    for n in range(count):
        composed = random_page(seed * 1_000_003 + n)
        truth = composed.truth
        page = Page(path=f"{truth.publication}/{truth.issue_date}/{n:04d}.txt", text=composed.text,
                    sha1=hashlib.sha1(composed.data).hexdigest(), encoding="utf-8",
                    publication=truth.publication, issue_date=truth.issue_date)
        articles = [{"title": a.title, "body": a.paragraphs, "captions": [], "attribution": a.attribution}
                    for a in truth.articles]
        out.append(page_example(page, articles, page.path))
    return out


def train(examples: list[Example], out: Path) -> Path:
    """Train a CRF on the examples and write it to out."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        if ex.labels:
            trainer.append(ex.features, ex.labels)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--composed", type=int, default=400, help="composed pages to learn from")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    examples = composed_examples(args.composed, args.seed) + dev_examples()
    lines = sum(len(ex.labels) for ex in examples)
    train(examples, args.out)
    print(f"trained on {len(examples)} pages ({lines} lines) in {time.perf_counter() - started:.1f} s: "
          f"{args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
