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
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks import unseen_score
from dangjian.index.parse import labeller
from benchmarks.train_labeller import OUT, Example, composed_examples, dev_examples, method, train

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


def cross_validated(composed: list[Example], dev: list[Example], fold_count: int, work: Path) -> dict:
    """Return {method: (right, total, lost)} over the development share, each page scored out of fold."""
    root = unseen_score.SETS["dev"]
    rels_of: dict[str, set[str]] = {}
    for ex in dev:
        rels_of.setdefault(ex.publication, set()).add(ex.rel)
    every = sorted(unseen_score.load_truth(root))
    out = {"rules": _with("rules", None, every, root)}
    sums = {m: (Counter(), Counter(), 0) for m in METHODS[1:]}
    for k, fold in enumerate(folds([ex.publication for ex in dev], fold_count)):
        model = train(composed + [ex for ex in dev if ex.publication not in fold], work / f"fold{k}.crfsuite")
        rels = sorted(r for r in every if r.split("/")[0] in fold)
        for m in METHODS[1:]:
            right, total, lost = _with(m, model, rels, root)
            sums[m] = (sums[m][0] + right, sums[m][1] + total, sums[m][2] + lost)
    out.update(sums)
    return out


def _with(name: str, model: Path | None, rels: list[str], root: Path):
    with method(name, model):
        return tally_pages(rels, root)


def held_back(model: Path) -> dict:
    """Return {method: (right, total, pages losing text)} on the held-back share, in aggregate only."""
    out = {}
    for m in METHODS:
        with method(m, model):
            right, total, _misses, _skipped, lost, _tags = unseen_score.score(unseen_score.SETS["heldout"])
        out[m] = (right, total, len(lost))
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
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--model", type=Path, default=OUT, help="the model scored on the held-back share")
    ap.add_argument("--no-heldout", action="store_true")
    ap.add_argument("--work", type=Path, default=None, help="keep the fold models here (default: a temporary folder)")
    ap.add_argument("--confident", type=float, default=labeller.CONFIDENT,
                    help="combined: the model's marginal from which its label wins over the rules'")
    args = ap.parse_args(argv)
    labeller.CONFIDENT = args.confident
    composed, dev = composed_examples(args.composed, args.seed), dev_examples()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(table(f"development share, cross-validated by publication ({args.folds} folds)",
                    cross_validated(composed, dev, args.folds, work)))
    if not args.no_heldout:
        print()
        print(table(f"held-back share (aggregates only; model {args.model.name})", held_back(args.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
