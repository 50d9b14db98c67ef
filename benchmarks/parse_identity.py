"""Dump everything the parser says about an archive, canonically, to prove a change alters none of it.

    python -m benchmarks.parse_identity OUT.json ARCHIVE_DIR
    python -m benchmarks.parse_identity OUT.json --composed 300 [--seed 1]

The dump holds, for every page file, each page record (text, dates, encoding …),
every article with all its fields, every noise line with its reason and the
fate of every source line (``trace_paths``), then what ``parse_paths`` — the
indexer's entry — yields and skips. Keys are sorted and no float or set is
involved, so two runs of the same parser give the same bytes: dump before a
speed change, dump after, ``cmp`` the two files. The dump never goes into the
repository (it is megabytes of other engineers' archives).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from dangjian.index.parse.pipeline import parse_paths, trace_paths
from dangjian.index.parse.records import ParsedPage, Report


def _plain(value):
    """Turn dates (the only non-JSON values in the records) into ISO text."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot dump {type(value).__name__}")


def _page_entry(parsed: ParsedPage) -> dict:
    return {"page": dataclasses.asdict(parsed.page),
            "articles": [a.to_dict() for a in parsed.articles],
            "noise": [dataclasses.asdict(n) for n in parsed.noise],
            "fates": [dataclasses.asdict(f) for f in parsed.fates]}


def parse_dump(root: Path) -> dict:
    """Return everything the parser makes of the archive at root, as plain data."""
    trace_report, parse_report = Report(), Report()
    traced = [_page_entry(p) for p in trace_paths([root], trace_report, archive_root=root)]
    parsed = [{"path": page.path, "articles": [a.to_dict() for a in articles]}
              for page, articles in parse_paths([root], parse_report, archive_root=root)]
    return {"trace": traced, "trace_report": trace_report.to_dict(),
            "parse": parsed, "parse_report": parse_report.to_dict()}


def canonical(dump: dict) -> str:
    """Return the dump as canonical JSON text: sorted keys, no escapes, one value per line."""
    return json.dumps(dump, ensure_ascii=False, sort_keys=True, indent=1, default=_plain) + "\n"


def write_composed(folder: Path, pages: int, seed: int) -> Path:
    """Write composed pages where an archive keeps them (as benchmarks.layout_score does); return the root."""
    from .composer import random_page
    for n in range(pages):
        page = random_page(seed * 1_000_003 + n)
        truth = page.truth
        path = folder / truth.publication / truth.issue_date.isoformat() / f"{n:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.data)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the canonical JSON dump")
    parser.add_argument("archive", type=Path, nargs="?", help="the archive root to parse")
    parser.add_argument("--composed", type=int, default=0, help="parse N composed pages instead")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if (args.archive is None) == (args.composed == 0):
        parser.error("give an archive folder or --composed N, not both")
    with tempfile.TemporaryDirectory() as tmp:
        root = args.archive.resolve() if args.archive else write_composed(Path(tmp), args.composed, args.seed)
        text = canonical(parse_dump(root))
    args.out.write_text(text, encoding="utf-8")
    dump = json.loads(text)
    print(f"{args.out}: {len(dump['trace'])} pages, {sum(len(p['articles']) for p in dump['parse'])} articles, "
          f"{len(dump['parse_report']['skipped'])} skipped, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
