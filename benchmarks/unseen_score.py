"""Scores the parser on pages it has never seen, written by people who never read the parser.

    python -m benchmarks.unseen_score [--set dev] [--misses N] [--json]
    python -m benchmarks.unseen_score --set heldout --why "closing figures" [--over-budget REASON]

Two shares, split by publication: ``tests/unseen`` (development: its pages may be read, its misses are
printed) and ``tests/heldout`` (held back: kept by people who do not change the parser; this script
prints only its aggregates — per field, per phenomenon, per format — never a page, a miss or a path;
each held-back check is logged in tests/heldout_runs.log and a batch allows HELD_BACK_BUDGET of them).
Every ``truth*.json`` of a share's folder is read. Conservation: every Han character of a page must be
found again in an article (its printed title, paragraphs, attribution) or in the parser's noise lines.
The score is a finding, not a gate.
"""
import json
import unicodedata
import re
import sys
from collections import Counter
from pathlib import Path

from dangjian.index.parse import Report, UnreadableFile, parse_file, parse_paths


TESTS = Path(__file__).resolve().parent.parent / "tests"
SETS = {"dev": TESTS / "unseen", "heldout": TESTS / "heldout"}
ROOT = SETS["dev"]
CORE = ["segmentation", "title", "people", "province", "agency", "source", "date", "slogans"]
FIELDS = ["articles/page", "segmentation", "title", "attribution", "source", "province", "agency", "date",
          "slogans", "people", "captions"]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def squash(s):
    """Whitespace-free and width-free: １０月 and 10月, （ and ( compare equal."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def first_difference(expected, got):
    """The two texts from a little before the first place they differ."""
    i = next((k for k, (x, y) in enumerate(zip(expected, got)) if x != y), min(len(expected), len(got)))
    start = max(0, i - 8)
    return expected[start:i + 16] + "…", got[start:i + 16] + "…"


def bigrams(s):
    s = squash(s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def unquote(terms):
    return {t.strip("“”\"'‘’ ") for t in terms}


def load_truth(root=ROOT):
    """Every page's truth of a share: the union of its truth*.json files."""
    truth = {}
    for path in sorted(root.glob("truth*.json")):
        truth.update(json.loads(path.read_text(encoding="utf-8")))
    return truth


def parse_page(rel, root=ROOT):
    report = Report()
    out = list(parse_paths([root / rel], report, archive_root=root))
    articles = [a for _page, arts in out for a in arts]
    return articles, report


def match(truth_arts, got_arts):
    """Each truth article to the parsed article whose body shares most bigrams with it (each used once)."""
    used, pairs = set(), []
    for t in truth_arts:
        tb = bigrams("".join(t["body"]))
        best, best_score = None, 0.3
        for i, g in enumerate(got_arts):
            if i in used:
                continue
            gb = bigrams("".join(g.paragraphs))
            score = len(tb & gb) / max(1, len(tb | gb))
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            used.add(best)
        pairs.append((t, got_arts[best] if best is not None else None))
    return pairs


def searchable(a):
    return squash("".join([a.title or "", *a.paragraphs, a.attribution or ""]))


def judge(t, g):
    """(field, ok, expected, got) for one truth article and its parsed match (or None)."""
    if g is None:
        return [(f, False, "(article)", "not found") for f in FIELDS[1:]]
    caps = [squash(c) for c in t["captions"]]
    body_got = [p for p in g.paragraphs if squash(p) not in caps]      # a caption kept as a paragraph is fine
    exp_body, got_body = squash("".join(t["body"])), squash("".join(body_got))
    rows = [("segmentation", exp_body == got_body, *first_difference(exp_body, got_body))]
    if t["title"] is None:
        rows.append(("title", bool(g.title_derived), "(derived)", f"{g.title} (printed)"))
    else:
        rows.append(("title", not g.title_derived and squash(g.title) == squash(t["title"]), t["title"],
                     f"{g.title}{' (derived)' if g.title_derived else ''}"))
    rows.append(("attribution", squash(t["attribution"]) == squash(g.attribution), t["attribution"], g.attribution))
    for f in ("source", "province", "agency"):
        rows.append((f, t[f] == getattr(g, f), t[f], getattr(g, f)))
    got_date = g.date.isoformat() if g.date else None
    rows.append(("date", t["date"] == got_date, t["date"], got_date))
    rows.append(("slogans", unquote(t["slogans"]) == unquote(g.slogans), sorted(unquote(t["slogans"])),
                 sorted(unquote(g.slogans))))
    rows.append(("people", set(t["people"]) == set(g.people), sorted(t["people"]), sorted(g.people)))
    if caps:
        text = searchable(g)
        rows.append(("captions", all(c in text for c in caps), t["captions"],
                     [c for c in t["captions"] if squash(c) not in text] and "missing from the article"))
    return rows


def conservation(rel, root=ROOT):
    """Han characters of the page that neither an article nor a noise line accounts for (a multiset)."""
    path = root / rel
    try:
        parsed = parse_file(path, root, keep_noise=True)
    except UnreadableFile:          # a skipped page keeps none of its text
        return Counter(HAN.findall(path_text(path))) if path.suffix == ".txt" else Counter({"?": 1})
    have = Counter()
    for a in parsed.articles:
        parts = list(a.paragraphs) + [a.attribution or ""] + ([] if a.title_derived else [a.title or ""])
        have.update(HAN.findall("".join(parts)))
    for n in parsed.noise:
        have.update(HAN.findall(n.text))
    page = Counter(HAN.findall(parsed.page.text if hasattr(parsed, "page") else path_text(path)))
    return page - have


def path_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(path)


def tags_of(page, article):
    """The phenomena an article shows: its own, its page's, and its page's format."""
    return {*page.get("phenomena", ()), *article.get("phenomena", ()), f"format:{page.get('kind', 'text')}"}


def score(root=ROOT):
    """Right and total per field, per (phenomenon, field), the misses, skipped files and pages losing text."""
    truth = load_truth(root)
    right, total, by_tag, misses, skipped, lost = Counter(), Counter(), {}, [], [], {}
    for rel, page in sorted(truth.items()):
        got, report = parse_page(rel, root)
        skipped += [(rel, s) for s in report.skipped]
        total["articles/page"] += 1
        if len(got) == len(page["articles"]):
            right["articles/page"] += 1
        else:
            misses.append((rel, "-", "articles/page", len(page["articles"]), len(got)))
        for n, (t, g) in enumerate(match(page["articles"], got), 1):
            tags = tags_of(page, t)
            for field, ok, exp, val in judge(t, g):
                total[field] += 1
                right[field] += ok
                for tag in tags | {"(all)"}:
                    c = by_tag.setdefault(tag, Counter())
                    c[field, "total"] += 1
                    c[field, "right"] += ok
                if not ok:
                    misses.append((rel, n, field, exp, val))
            for tag in tags | {"(all)"}:
                by_tag[tag]["articles"] += 1
        gone = conservation(rel, root)
        if gone:
            lost[rel] = "".join(sorted(gone.elements()))
    return right, total, misses, skipped, lost, by_tag


def _pct(right, total):
    return f"{100 * right / total:.0f}%" if total else "-"


def print_tables(right, total, by_tag):
    print(f"{'field':<15}{'right':>7}{'total':>7}{'%':>8}")
    for f in FIELDS:
        if total[f]:
            print(f"{f:<15}{right[f]:>7}{total[f]:>7}{100 * right[f] / total[f]:>7.1f}%")
    print()
    print(f"{'phenomenon':<22}{'arts':>5}" + "".join(f"{f[:8]:>9}" for f in CORE))
    for tag in sorted(by_tag, key=lambda t: (t != "(all)", t)):
        c = by_tag[tag]
        cells = "".join(f"{_pct(c[f, 'right'], c[f, 'total']):>9}" for f in CORE)
        print(f"{tag:<22}{c['articles']:>5}{cells}")


def as_json(right, total, by_tag, skipped, lost):
    return {"fields": {f: [right[f], total[f]] for f in FIELDS if total[f]},
            "phenomena": {tag: {"articles": c["articles"],
                                **{f: [c[f, "right"], c[f, "total"]] for f in CORE}} for tag, c in by_tag.items()},
            "skipped_files": len(skipped), "pages_losing_text": len(lost)}


HELD_BACK_LOG = TESTS / "heldout_runs.log"
HELD_BACK_BUDGET = 3        # checks per held-back batch; more and its figures start to be chosen by


def batch_of(root) -> str:
    """A held-back batch's name: a digest of its truth files, so a new batch gets a fresh budget."""
    import hashlib
    digest = hashlib.sha256()
    for path in sorted(root.glob("truth*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def held_back_runs(batch: str, log=None) -> int:
    log = log or HELD_BACK_LOG
    if not log.exists():
        return 0
    return sum(1 for line in log.read_text(encoding="utf-8").splitlines() if line.split("\t")[1:2] == [batch])


def spend_held_back_run(why: str, over_budget: str = "", root=None, log=None) -> str:
    """Record one look at the held-back share, or refuse it past the batch's budget.

    Every look is a line of tests/heldout_runs.log (time, batch, what for), committed with the work, so
    how often the held-back figures were consulted is a fact anyone can count. Past the budget a look
    needs a stated reason (--over-budget), which is logged too. Raises SystemExit when refused."""
    import datetime
    root, log = root or SETS["heldout"], log or HELD_BACK_LOG
    batch = batch_of(root)
    spent = held_back_runs(batch, log)
    if spent >= HELD_BACK_BUDGET and not over_budget:
        raise SystemExit(f"held-back batch {batch} has had its {HELD_BACK_BUDGET} checks ({log.name}); "
                         "a new batch gets a new budget, or give --over-budget REASON")
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    note = why + (f" (over budget: {over_budget})" if spent >= HELD_BACK_BUDGET else "")
    with log.open("a", encoding="utf-8") as out:
        out.write(f"{stamp}\t{batch}\t{spent + 1}/{HELD_BACK_BUDGET}\t{note}\n")
    return batch


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--misses", type=int, default=None, help="print at most N misses (development share only)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--why", default="", help="what a held-back check is for (logged; required with --set heldout)")
    ap.add_argument("--over-budget", default="", metavar="REASON", help="check past the held-back budget")
    args = ap.parse_args(argv)
    root = SETS[args.set]
    if not list(root.glob("truth*.json")):
        print(f"no truth files in {root}", file=sys.stderr)
        return 2
    held = args.set == "heldout"
    if held:
        if not args.why:
            print("a held-back check is logged: say what it is for with --why", file=sys.stderr)
            return 2
        spend_held_back_run(args.why, args.over_budget, root)
    right, total, misses, skipped, lost, by_tag = score(root)
    if args.json:
        print(json.dumps(as_json(right, total, by_tag, skipped, lost), ensure_ascii=False, indent=1))
        return 0
    print(f"share: {args.set} ({total['articles/page']} pages, {by_tag.get('(all)', Counter())['articles']} articles)")
    print_tables(right, total, by_tag)
    print()
    if held:        # aggregates only: those who change the parser never see a held-back page
        print(f"misses: {len(misses)} (not shown for the held-back share)")
        print(f"skipped files: {len(skipped)}")
        print("conservation:", "every Han character kept" if not lost else f"{len(lost)} pages lose text")
        return 0
    shown = misses if args.misses is None else misses[:args.misses]
    print(f"misses ({len(misses)}{', first %d' % len(shown) if len(shown) < len(misses) else ''}):")
    for rel, n, field, exp, val in shown:
        print(f"  {rel}  #{n}  {field}: expected {exp!r}  got {val!r}")
    print()
    print("skipped files:", skipped or "none")
    print("conservation:", "every Han character kept" if not lost else lost)
    return 0


if __name__ == "__main__":
    sys.exit(main())
