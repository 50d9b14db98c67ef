#!/usr/bin/env python3
"""Self-check of truth-dev4b.json against the page files on disk (independent of any parser).

For every page: decode it as the truth says (encoding, BOM, CRLF; docx through python-docx),
then for every article check that title, each body paragraph, the attribution and each
caption occur (whitespace removed) in the page text, that every person and every slogan
occurs, that the date is a valid date no later than the issue date and at most 40 days
before it, and that province/kind values are from the allowed sets.  Also: the running
head/footer lines of a publication's text pages recur on all of its pages, and the
publication has at least 4 pages over at least 3 issues.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"text", "ocr", "html", "docx"}
PUBKINDS = {"national", "provincial", "county", "magazine", "bulletin", "theory"}


def ws(s):
    return re.sub(r"\s+", "", s)


def issue_date(rel):
    d = rel.split("/")[1]
    d = d.replace("-", "")
    return datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))


def page_text(path, t):
    if t["encoding"] == "docx":
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs), None
    raw = open(path, "rb").read()
    if t["encoding"] == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        return None, "BOM in a page declared utf-8"
    if t["encoding"] == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    try:
        s = raw.decode(t["encoding"])
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "crlf flag wrong"
    if t["crlf"] and re.search(rb"(?<!\r)\n", raw):
        return None, "bare LF in a CRLF page"
    return s, None


def main():
    truth = json.load(open(os.path.join(HERE, "truth-dev4b.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    issues = defaultdict(set)
    for rel, t in truth.items():
        pub = rel.split("/")[0]
        issues[pub].add(rel.split("/")[1])
        path = os.path.join(HERE, *rel.split("/"))
        if t["kind"] not in KINDS or t["publication_kind"] not in PUBKINDS:
            print(rel, "bad kind")
            bad += 1
        text, err = page_text(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        flat = ws(text)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[pub].append(set(l.strip() for l in text.splitlines() if l.strip()))
        idate = issue_date(rel)
        for i, a in enumerate(t["articles"]):
            probs = []
            if a["title"] is not None and ws(a["title"]) not in flat:
                probs.append("title not on page")
            probs += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if a["attribution"] and ws(a["attribution"]) not in flat:
                probs.append("attribution not on page")
            probs += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            probs += ["person not on page: " + n for n in a["people"] if n not in flat]
            tb = ws((a["title"] or "") + "".join(a["body"]))
            probs += ["slogan not in title/body: " + s for s in a["slogans"] if ws(s) not in tb]
            if not a["body"]:
                probs.append("empty body")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > idate or (idate - d).days > 40:
                    probs.append("date %s implausible for issue %s" % (d, idate))
            except ValueError:
                probs.append("bad date %r" % a["date"])
            if len(set(a["body"])) != len(a["body"]):
                probs.append("a body paragraph held twice")
            if "习近平" in a["people"]:
                probs.append("习近平 among people")
            if a["province"] is not None and a["province"].endswith(("省", "市", "自治区")):
                probs.append("province not in short form")
            for p in probs:
                print("%s art %d: %s" % (rel, i, p))
                bad += 1
    for pub, iss in issues.items():
        n = sum(1 for r in truth if r.split("/")[0] == pub)
        print("%s: %d pages, %d issues" % (pub, n, len(iss)))
        if n < 4 or len(iss) < 3:
            bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
            bad += 1
    tags = Counter(tg for t in truth.values() for tg in t["phenomena"])
    arts = sum(len(t["articles"]) for t in truth.values())
    atags = Counter(tg for t in truth.values() for a in t["articles"] for tg in a["phenomena"])
    print("pages %d, articles %d, problems %d" % (len(truth), arts, bad))
    print("page tags:", dict(sorted(tags.items())))
    print("article tags:", dict(sorted(atags.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
