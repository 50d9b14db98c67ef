#!/usr/bin/env python3
"""Self-check of truth-h1e.json against the page files on disk (uses no parser).

Per page: the file decodes as declared (utf-8 without BOM / utf-8-sig with BOM / gb18030
that is not valid utf-8; CRLF exactly when declared; docx via python-docx; html with the
tags stripped and entities resolved).  Per article: title, every body paragraph, every
caption and every person occur in the page text (whitespace removed); attribution
characters occur on the page; the date is a real date, not after the issue date and at
most 62 days before it; 习近平 is never a person; article tags are page tags.  Per
publication: its text pages share at least one furniture line (running head/footer).
"""
import datetime
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def squash(s):
    return re.sub(r"\s+", "", s)


def load(path, t):
    if t["kind"] == "docx":
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs), None
    raw = open(path, "rb").read()
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "CRLF flag does not match the file"
    enc = t["encoding"]
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        return None, "BOM in a page declared utf-8"
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "page declared gb18030 decodes as utf-8"
        except UnicodeDecodeError:
            pass
    s = raw.decode(enc)
    if t["kind"] == "html":
        s = html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s, None


def issue_date(folder):
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", folder)
    return datetime.date(int(m[1]), int(m[2]), int(m[3]))


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1e.json"), encoding="utf-8"))
    bad = 0
    furniture = defaultdict(list)
    for rel, t in truth.items():
        parts = rel.split("/")
        text, err = load(os.path.join(HERE, *parts), t)
        if err:
            print(rel, err)
            bad += 1
            continue
        flat = squash(text)
        issue = issue_date(parts[1])
        if t["kind"] in ("text", "ocr"):
            furniture[parts[0]].append({ln.strip() for ln in text.splitlines() if ln.strip()})
        for i, a in enumerate(t["articles"]):
            probs = []
            if a["title"] is not None and squash(a["title"]) not in flat:
                probs.append("title not on page")
            for j, b in enumerate(a["body"]):
                if squash(b) not in flat:
                    probs.append("body paragraph %d not on page" % j)
            if len(set(a["body"])) != len(a["body"]):
                probs.append("duplicate body paragraph")
            for c in a["captions"]:
                if squash(c) not in flat:
                    probs.append("caption not on page: " + c)
            for n in a["people"]:
                if n not in flat:
                    probs.append("person not on page: " + n)
            if "习近平" in a["people"]:
                probs.append("习近平 among people")
            miss = set(squash(a["attribution"])) - set(flat)
            if miss:
                probs.append("attribution characters not on page: " + "".join(sorted(miss)))
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue or (issue - d).days > 62:
                    probs.append("date %s implausible for issue %s" % (d, issue))
            except (TypeError, ValueError):
                probs.append("bad date %r" % a["date"])
            for tg in a["phenomena"]:
                if tg not in t["phenomena"]:
                    probs.append("article tag %s not among page tags" % tg)
            for p in probs:
                print("%s art %d: %s" % (rel, i, p))
            bad += len(probs)
    for pub, sets in furniture.items():
        common = set.intersection(*sets)
        print("%s: %d text pages; lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
            print(pub, "no running head/footer recurs on all pages")
            bad += 1
    ptags = Counter(tg for t in truth.values() for tg in t["phenomena"])
    atags = Counter(tg for t in truth.values() for a in t["articles"] for tg in a["phenomena"])
    print("pages %d, articles %d, publications %d, problems %d" % (
        len(truth), sum(len(t["articles"]) for t in truth.values()),
        len({r.split("/")[0] for r in truth}), bad))
    print("page tags:", dict(sorted(ptags.items())))
    print("article tags:", dict(sorted(atags.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
