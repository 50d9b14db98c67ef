#!/usr/bin/env python3
"""Self-check of truth-h1c.json against the files on disk (independent of any parser).

For every page: decode it as the truth says (encoding, CRLF), then for every article check
that title + body + attribution + captions use only characters of the page, that each
body paragraph, the title and each caption occur (whitespace removed) in the page text,
and that every person occurs on the page.  Also: the header/footer lines of a
publication's text pages recur on all of its pages.
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def ws(s):
    return re.sub(r"\s+", "", s)


def page_text(path, t):
    if t["encoding"] == "docx":
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs), None
    raw = open(path, "rb").read()
    if t["encoding"] == "html":
        s = raw.decode("utf-8")
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
        s = re.sub(r"<[^>]+>", "\n", s)
        return html.unescape(s), None
    s = raw.decode(t["encoding"])
    if t["encoding"] == "utf-8" and s.startswith("\ufeff"):
        return None, "BOM in a page declared utf-8"
    if t["encoding"] == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    if t["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "gb18030 page also decodes as utf-8"
        except UnicodeDecodeError:
            pass
    has_crlf = b"\r\n" in raw
    if has_crlf != t["crlf"]:
        return None, "crlf flag wrong"
    return s, None


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1c.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        text, err = page_text(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        flat = ws(text)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[rel.split("/")[0]].append(set(l.strip() for l in text.splitlines() if l.strip()))
        for i, a in enumerate(t["articles"]):
            allt = ws((a["title"] or "") + "".join(a["body"]) + a["attribution"] + "".join(a["captions"]))
            miss = set(allt) - set(flat)
            probs = []
            if miss:
                probs.append("chars not on page %r" % "".join(sorted(miss)))
            probs += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if a["title"] and ws(a["title"]) not in flat:
                probs.append("title not on page")
            probs += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            probs += ["person not on page: " + n for n in a["people"] if n not in flat]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"]):
                probs.append("bad date %r" % a["date"])
            if len(set(a["body"])) != len(a["body"]):
                probs.append("a body paragraph held twice")
            if "习近平" in a["people"]:
                probs.append("习近平 among people")
            for p in probs:
                print("%s art %d: %s" % (rel, i, p))
                bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        if len(sets) < 2:
            print(pub, "only one text page")
            bad += 1
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
            bad += 1
    other = defaultdict(list)
    for rel, t in truth.items():
        if t["kind"] in ("html", "docx"):
            text, _ = page_text(os.path.join(HERE, *rel.split("/")), t)
            other[rel.split("/")[0]].append(set(l.strip() for l in text.splitlines() if l.strip()))
    for pub, sets in other.items():
        common = set.intersection(*sets)
        print("%s: %d %s pages, %d lines on every page" % (pub, len(sets), "html/docx", len(common)))
        if len(sets) > 1 and len(common) < 2:
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
