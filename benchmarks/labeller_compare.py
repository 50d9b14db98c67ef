"""Compare the parser's methods — the ordered rules, the CRF labeller, and the two combined — per field.

    python -m benchmarks.labeller_compare [--composed 300] [--folds 6] [--no-heldout] [--model PATH]

Development share: cross-validated by publication — the publications are dealt into folds, and a
page is scored with a model trained on composed pages and the other folds' pages only, never on its
own publication. Held-back share: the committed model (trained on composed and development pages),
scored only through ``benchmarks.unseen_score.score`` and printed in aggregate (per field, pages
losing text): no page, path or miss of it is ever shown.
"""
from __future__ import annotations

import argparse
import json
import functools
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks import unseen_score
from dangjian.index.parse import labeller
from benchmarks.train_labeller import (DEV_COPIES, OUT, STYLED, styled_examples, Example, archive_examples, composed_examples, dev_examples, method,
                                      test_page_examples, train, word_report_examples)

METHODS = ("rules", "crf", "combined")
SHOWN = ["articles/page", "segmentation", "title", "attribution", "source", "province", "agency", "date",
         "slogans", "people", "captions"]


def folds(publications: list[str], count: int) -> list[set[str]]:
    """Deal the publications into count folds, largest first, each to the smallest fold so far."""
    out: list[set[str]] = [set() for _ in range(count)]
    sizes = [0] * count
    for name, size in Counter(publications).most_common():
        k = sizes.index(min(sizes))
        out[k].add(name)
        sizes[k] += size
    return [f for f in out if f]


def tally_pages(rels: list[str], root: Path) -> tuple[Counter, Counter, int]:
    """Score the given development pages with the current setting: right, total per field, pages losing text."""
    truth = unseen_score.load_truth(root)
    right, total, lost = Counter(), Counter(), 0
    for rel in rels:
        got, _report = unseen_score.parse_page(rel, root)
        total["articles/page"] += 1
        right["articles/page"] += len(got) == len(truth[rel]["articles"])
        for t, g in unseen_score.match(truth[rel]["articles"], got):
            for field, ok, _exp, _val in unseen_score.judge(t, g):
                total[field] += 1
                right[field] += ok
        lost += bool(unseen_score.conservation(rel, root))
    return right, total, lost


def cross_validated(composed: list[Example], dev: list[Example], fold_count: int, work: Path,
                    params: dict | None = None, methods=METHODS) -> dict:
    """Return {method: (right, total, lost)} over the development share, each page scored out of fold
    (params: the CRF's training parameters, e.g. c1 and c2)."""
    root = unseen_score.SETS["dev"]
    every = sorted(unseen_score.load_truth(root))
    out = {"rules": _with("rules", None, every, root)} if "rules" in methods else {}
    learned = [m for m in methods if m != "rules"]
    sums = {m: (Counter(), Counter(), 0) for m in learned}
    for k, fold in enumerate(folds([ex.publication for ex in dev], fold_count)):
        model = train(composed + [ex for ex in dev if ex.publication not in fold], work / f"fold{k}.crfsuite", params)
        rels = sorted(r for r in every if r.split("/")[0] in fold)
        for m in learned:
            right, total, lost = _with(m, model, rels, root)
            sums[m] = (sums[m][0] + right, sums[m][1] + total, sums[m][2] + lost)
    out.update(sums)
    return out


def grid(composed: list[Example], dev: list[Example], fold_count: int, spec: str) -> int:
    """Print the development share's cross-validated scores of the CRF and combined for every c1 × c2."""
    c1s, c2s = ([float(x) for x in part.split(",")] for part in spec.split(":"))
    print(f"{'c1':>6}{'c2':>7}" + "".join(f"{m + ' ' + f:>22}" for m in METHODS[1:] for f in ("segmentation", "title")))
    for c1 in c1s:
        for c2 in c2s:
            with tempfile.TemporaryDirectory() as tmp:
                got = cross_validated(composed, dev, fold_count, Path(tmp), {"c1": c1, "c2": c2}, METHODS[1:])
            cells = "".join(f"{_cell(got[m][0][f], got[m][1][f]):>22}" for m in METHODS[1:]
                            for f in ("segmentation", "title"))
            print(f"{c1:>6}{c2:>7}{cells}", flush=True)
    return 0


def policies(composed, dev: list[Example], fold_count: int, spec: str, work: Path | None = None,
             only: str = "", params: dict | None = None, dev_copies: int = 1) -> int:
    """Print the development share's cross-validated scores of combined under every policy of spec:
    ``page@T`` (the rules' whole cut where the model's mean marginal for their roles reaches T, the
    model's elsewhere), ``block@T/B`` (the same page test, then each rules' article judged alone
    against B: labeller.by_block), ``rules`` and ``crf``. Fold models are trained once (kept and
    reused from work when given: delete them after changing the features or the training pages)."""
    root = unseen_score.SETS["dev"]
    every = _scored(root, only)
    settings = [s.strip() for s in spec.split(",") if s.strip()]
    sums = {s: (Counter(), Counter(), 0) for s in settings}
    saved = labeller.CONFIDENT, labeller.POLICY, labeller.BLOCK_CONFIDENT
    with tempfile.TemporaryDirectory() as tmp:
        work = work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for k, fold in enumerate(folds([ex.publication for ex in dev], fold_count)):
            model = work / f"fold{k}.crfsuite"
            if not model.is_file():
                train(composed() + [ex for ex in dev if ex.publication not in fold] * dev_copies, model, params)
            rels = sorted(r for r in every if r.split("/")[0] in fold)
            for setting in settings:
                name = _policy(setting)
                right, total, lost = _with(name, model, rels, root)
                sums[setting] = (sums[setting][0] + right, sums[setting][1] + total, sums[setting][2] + lost)
    labeller.CONFIDENT, labeller.POLICY, labeller.BLOCK_CONFIDENT = saved
    print(table("development share cross-validated by publication (policy)", sums))
    return 0


def _params(spec: str) -> dict:
    return {k.strip(): float(v) for k, v in (item.split("=") for item in spec.split(",") if item.strip())}


def _scored(root: Path, only: str = "") -> list[str]:
    """Return the development pages to score: all, or those of the truth files whose names contain only
    (e.g. ``dev4``: the publications added last, which no rule was written for)."""
    if not only:
        return sorted(unseen_score.load_truth(root))
    rels: set[str] = set()
    for path in sorted(root.glob("truth*.json")):
        if only in path.name:
            rels |= set(json.loads(path.read_text(encoding="utf-8")))
    return sorted(rels)


def _policy(setting: str) -> str:
    """Set labeller's combination knobs for a policy name (page@T, block@T/B, rules, crf); return the method."""
    if setting in ("rules", "crf", "combined"):
        return setting
    kind, _, value = setting.partition("@")
    page, _, block = value.partition("/")
    labeller.POLICY = kind
    labeller.CONFIDENT = float(page or labeller.CONFIDENT)
    labeller.BLOCK_CONFIDENT = float(block or labeller.BLOCK_CONFIDENT)
    return "combined"


def _with(name: str, model: Path | None, rels: list[str], root: Path):
    with method(name, model):
        return tally_pages(rels, root)


def held_back(model: Path, named=METHODS) -> dict:
    """Return {policy: (right, total, pages losing text)} on the held-back share, in aggregate only
    (named: methods or policies as --policies spells them, all scored in this one check)."""
    unseen_score.spend_held_back_run("labeller_compare: " + ", ".join(named))     # one look for all named
    out = {}
    saved = labeller.CONFIDENT, labeller.POLICY, labeller.BLOCK_CONFIDENT
    for name in named:
        policy, _, other = name.partition(":")        # policy:PATH scores that policy with another model
        with method(_policy(policy), Path(other) if other else model):
            right, total, _misses, _skipped, lost, _tags = unseen_score.score(unseen_score.SETS["heldout"])
        out[name] = (right, total, len(lost))
    labeller.CONFIDENT, labeller.POLICY, labeller.BLOCK_CONFIDENT = saved
    return out


def table(title: str, results: dict) -> str:
    """Return a per-field table: one column per method, right/total and percent."""
    lines = [title, f"{'field':<15}" + "".join(f"{m:>18}" for m in results)]
    for field in SHOWN:
        if not any(results[m][1][field] for m in results):
            continue
        cells = "".join(f"{_cell(results[m][0][field], results[m][1][field]):>18}" for m in results)
        lines.append(f"{field:<15}{cells}")
    lines.append(f"{'pages losing text':<15}" + "".join(f"{results[m][2]:>18}" for m in results))
    return "\n".join(lines)


def _cell(right: int, total: int) -> str:
    return f"{right}/{total} {100 * right / total:5.1f}%" if total else "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--composed", type=int, default=300, help="composed pages in every training set")
    ap.add_argument("--styled", type=int, default=STYLED, help="pages composed in other publications' habits in every training set")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--model", type=Path, default=OUT, help="the model scored on the held-back share")
    ap.add_argument("--no-heldout", action="store_true")
    ap.add_argument("--work", type=Path, default=None, help="keep the fold models here (default: a temporary folder)")
    ap.add_argument("--confident", type=float, default=labeller.CONFIDENT,
                    help="combined: the model's marginal from which its label wins over the rules'")
    ap.add_argument("--grid", default=None, metavar="C1S:C2S",
                    help="choose the regularisation: cross-validate the CRF for every c1 × c2 (e.g. 0.05,0.3,1:0.01,0.1)")
    ap.add_argument("--keep-certain", action="store_true",
                    help="combined: where the model decides a page, the rules' certain roles stand (labeller.KEEP_CERTAIN)")
    ap.add_argument("--policies", default=None, metavar="POLICIES",
                    help="compare combined's policies, e.g. rules,crf,page@0.85,block@0.85/0.8 (fold models from --work reused)")
    ap.add_argument("--only", default="", metavar="TEXT",
                    help="--policies: score only the pages of truth files whose names contain TEXT (e.g. dev4)")
    ap.add_argument("--params", default="", metavar="K=V,…", help="--policies: the fold models' CRF parameters (e.g. c1=1,c2=0.1)")
    ap.add_argument("--dev-copies", type=int, default=DEV_COPIES,
                    help="--policies: how many times a development page counts in a fold model's training")
    ap.add_argument("--heldout", default="", metavar="POLICIES",
                    help="only score these policies (as --policies; policy:PATH for another model) on the held-back share, in aggregate")
    args = ap.parse_args(argv)
    labeller.CONFIDENT = args.confident
    labeller.KEEP_CERTAIN = args.keep_certain or labeller.KEEP_CERTAIN
    # Every fold's model also learns the bundled archive and the parser tests' pages, as the committed one does.
    def extra() -> list[Example]:
        return (composed_examples(args.composed, args.seed) + styled_examples(args.styled, args.seed) + archive_examples() + test_page_examples()
                + word_report_examples())
    if args.heldout:
        return heldout_only(args.heldout, args.model)
    dev = dev_examples()
    if args.policies:           # the composed pages are made only if a fold model is to be trained
        return policies(functools.lru_cache(maxsize=1)(extra), dev, args.folds, args.policies, args.work, args.only,
                        _params(args.params), args.dev_copies)
    composed = extra()
    if args.grid:
        return grid(composed, dev, args.folds, args.grid)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(table(f"development share, cross-validated by publication ({args.folds} folds)",
                    cross_validated(composed, dev, args.folds, work)))
    if not args.no_heldout:
        print()
        print(table(f"held-back share (aggregates only; model {args.model.name})", held_back(args.model)))
    return 0


def heldout_only(spec: str, model: Path) -> int:
    """Print the held-back share's aggregates for the named policies (one check of the held-back share)."""
    named = [s.strip() for s in spec.split(",") if s.strip()]
    print(table(f"held-back share (aggregates only; model {model})", held_back(model, named)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
