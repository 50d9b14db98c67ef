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
import ast
import contextlib
import hashlib
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.line_truth import align
from benchmarks.restyle_pages import restyle
from benchmarks.unseen_score import SETS, load_truth
from dangjian.index.parse import FORMATS, parse_page, read_page, read_pages
from dangjian.index.parse.labeller_features import page_features, page_views
from dangjian.index.parse.records import Page

OUT = Path(__file__).resolve().parent.parent / "index" / "parse" / "data" / "labeller.crfsuite"
PARAMS = {"c1": 0.3, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True}
# How many times a development page counts against one composed page (real pages of many publications
# against pages of one composer; chosen by cross-validation by publication: docs/decisions.md).
DEV_COPIES = 1
# Pages composed in other publications' habits (styled_examples), beside the plain composed ones.
STYLED = 200


@dataclass
class Example:
    """One page to learn from or score: its features, its derived labels, where it came from."""

    publication: str
    features: list[dict]
    labels: list[str]
    rel: str = ""
    texts: list[str] = field(default_factory=list)     # the filled lines, for reports


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


def page_example(page: Page, articles: list[dict], rel: str = "") -> Example:
    """Return a page's features (from the rules' parse) and its labels aligned with the truth."""
    with method("rules"):
        parsed = parse_page(page)
    views = page_views(page.text, parsed.fates)
    texts = [v.text for v in views if v.text]
    return Example(page.publication or "", page_features(views), align(texts, articles), rel, texts)


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


ARCHIVE = Path(__file__).resolve().parent.parent / "archive"


def archive_examples(root: Path = ARCHIVE, copies: int = 3) -> list[Example]:
    """Return the bundled archive's pages labelled with the rules' roles, copies times each (their
    truth, tests/archive_expected.json, has titles but no body: the rules' cut, which passes
    tests/test_archive.py exactly, is the line truth; the copies give the few pages their weight)."""
    from dangjian.index.parse.labeller import rule_labels
    out = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "publications.toml"):
        try:
            pages = read_pages(path, root) if path.suffix.lower() in FORMATS else [read_page(path, root)]
        except Exception:                  # noqa: BLE001 — an unreadable file (OCR without tesseract)
            continue
        for page in pages:
            with method("rules"):
                parsed = parse_page(page)
            views = page_views(page.text, parsed.fates)
            texts = [v.text for v in views if v.text]
            example = Example(page.publication or "", page_features(views), rule_labels(views),
                              str(path.relative_to(root)), texts)
            out += [example] * copies
    return out


TESTS = Path(__file__).resolve().parent.parent / "tests"
PARSER_TESTS = ("test_parser_followups.py", "test_segment.py", "test_trace.py", "test_parse_linear.py",
                "test_parser_package.py", "test_labeller.py", "test_sample.py", "test_publications.py", "test_segment_unseen.py",
                "test_segment_bylines.py", "test_segment_round5.py", "test_headlines_round5.py",
                "test_segment_round6.py", "test_headlines_round6.py", "test_segment_round7.py", "test_headlines_round7.py", "test_segment_round8.py",
                "test_segment_round9.py", "test_segment_round10.py", "test_ocr_round11.py", "test_ocr_round12.py",
                "test_segment_round12.py")


def test_page_examples(copies: int = 3) -> list[Example]:
    """Return the parser tests' hand-written pages (their module-level text constants of three lines
    or more) labelled with the rules' roles, which those tests check; never anything of tests/heldout."""
    from dangjian.index.parse.labeller import rule_labels
    out = []
    for name in PARSER_TESTS:
        path = TESTS / name
        if not path.is_file():
            continue
        for text in _page_constants(ast.parse(path.read_text(encoding="utf-8"))):
            page = Page(path="报/2024-03-12/04.txt", text=text, sha1=hashlib.sha1(text.encode()).hexdigest(),
                        encoding="utf-8", publication="报", issue_date=None)
            with method("rules"):
                parsed = parse_page(page)
            views = page_views(page.text, parsed.fates)
            example = Example("报", page_features(views), rule_labels(views), name, [v.text for v in views if v.text])
            out += [example] * copies
    return out


# Short table cells after a report's last attribution (Word reports carry member counts and the like):
# the rules keep them as body text, which tests/test_formats_docx.py checks.
TABLES = [[("党小组", "组长"), ("第二党小组", "李某")], [("月份", "主题党日次数"), ("三月", "4次"), ("四月", "3次")],
          [("项目", "完成情况"), ("三会一课", "已完成")]]


def word_report_examples(copies: int = 3) -> list[Example]:
    """Return Word reports built from the sample articles, each ending in a short table, as the reader
    gives them, labelled with the rules' roles."""
    import tempfile
    import docx
    from benchmarks.sample_articles import ARTICLES
    from dangjian.index.parse.labeller import rule_labels
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, rows in enumerate(TABLES):
            document = docx.Document()
            for article in ARTICLES[n:n + 1 + n % 2]:
                document.add_heading(article["title"], level=1)
                for para in [*article["paragraphs"], article["attribution"]]:
                    document.add_paragraph(para)
            table = document.add_table(rows=len(rows), cols=2)
            for row, cells in zip(table.rows, rows):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            path = Path(tmp) / "民政厅" / "2024-07-09" / f"{n}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            document.save(str(path))
            for page in read_pages(path, Path(tmp)):
                with method("rules"):
                    parsed = parse_page(page)
                views = page_views(page.text, parsed.fates)
                example = Example("民政厅", page_features(views), rule_labels(views), path.name,
                                  [v.text for v in views if v.text])
                out += [example] * copies
    return out


def _page_constants(tree) -> list[str]:
    """Return the pages a test module writes out: every string of three lines or more (module
    constants, texts handed to ``parse(...)``, local pages) except docstrings."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    texts = [node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("\n") >= 3
             and id(node) not in docstrings
             and not node.value.lstrip().startswith("<")]      # an HTML page: the reader's text, not this, is a page
    return list(dict.fromkeys(texts))


def composed_examples(count: int, seed: int, restyled: float = 0.5) -> list[Example]:
    """Return examples from composed pages (their truth is known by construction); a share of
    them restyled (:func:`restyle`) with habits of other publications the composer does not print."""
    from benchmarks.composer import random_page
    rng = random.Random(seed)
    out = []
    for n in range(count):
        composed = random_page(seed * 1_000_003 + n)
        truth = composed.truth
        articles = [_as_unseen(a) for a in truth.articles]
        text = composed.text.replace("\r\n", "\n")
        if rng.random() < restyled:
            text, articles = restyle(rng, text, articles)
        page = Page(path=f"{truth.publication}/{truth.issue_date}/{n:04d}.txt", text=text,
                    sha1=hashlib.sha1(text.encode()).hexdigest(), encoding="utf-8",
                    publication=truth.publication, issue_date=truth.issue_date)
        out.append(page_example(page, articles, page.path))
    return out


def styled_examples(count: int, seed: int) -> list[Example]:
    """Return examples from pages composed in the habits of other publications (benchmarks.styles:
    briefs, theory pieces with bylines, datelines, kickers, interviews, honour lists, bulletins…),
    one style after another, so the model meets every habit a page of an unseen paper may show."""
    from benchmarks.styles import compose_pages
    out = []
    for n, composed in enumerate(compose_pages(count, seed)):
        truth = composed.truth
        text = composed.text.replace("\r\n", "\n")
        page = Page(path=f"{truth.publication}/{truth.issue_date}/s{n:04d}.txt", text=text,
                    sha1=hashlib.sha1(text.encode()).hexdigest(), encoding="utf-8",
                    publication=truth.publication, issue_date=truth.issue_date)
        out.append(page_example(page, [_as_unseen(a) for a in truth.articles], page.path))
    return out


_REPORT_BYLINE = re.compile(r"^本报讯\s*[（(][^（）()]*[）)]")


def _as_unseen(article) -> dict:
    """Return a composed article's truth as the unseen pages' truth has it: 本报讯（记者 某某） opening
    the lead belongs to the attribution (with the bylines), not to the body."""
    body, attribution = list(article.paragraphs), article.attribution or ""
    found = _REPORT_BYLINE.match(body[0]) if body else None
    if found:
        body[0] = body[0][found.end():].lstrip()
        attribution = found.group() + attribution
    return {"title": article.title, "body": body, "captions": [], "attribution": attribution or None}


def train(examples: list[Example], out: Path, params: dict | None = None) -> Path:
    """Train a CRF on the examples and write it to out, with the feature code's digest beside it."""
    import pycrfsuite
    from dangjian.index.parse.labeller import feature_code_hash, stamp_path
    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        if ex.labels:
            trainer.append(ex.features, ex.labels)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    stamp_path(out).write_text(feature_code_hash() + "\n", encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--composed", type=int, default=400, help="composed pages to learn from")
    ap.add_argument("--styled", type=int, default=STYLED, help="pages composed in other publications' habits")
    ap.add_argument("--dev-copies", type=int, default=DEV_COPIES, help="times a development page counts")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    examples = (composed_examples(args.composed, args.seed) + styled_examples(args.styled, args.seed)
                + dev_examples() * args.dev_copies + archive_examples()
                + test_page_examples() + word_report_examples())
    lines = sum(len(ex.labels) for ex in examples)
    train(examples, args.out)
    print(f"trained on {len(examples)} pages ({lines} lines) in {time.perf_counter() - started:.1f} s: "
          f"{args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
