#!/usr/bin/env python3
"""Self-check of truth-dev4a.json against the files on disk (independent of any parser).

For every page: decode it as the truth says (encoding, CRLF; HTML pages: their declared
meta charset must match the encoding, tags are stripped), then for every article check
that title + body + attribution + captions use only characters of the page, that the
title, each body paragraph and each caption occur (whitespace removed) in the page text,
that every person occurs on the page, that every slogan occurs in title + body, that the
date is a real date no later than the issue date and at most 60 days before it, and that
province/agency/source have the declared shapes.  Also: the running head/footer lines of
a publication's text pages recur on all of its pages, and truth keys name existing files.
"""
import datetime
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def ws(s):
    return re.sub(r"\s+", "", s)


def issue_date(rel):
    folder = rel.split("/")[1]
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", folder)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def page_text(path, t):
    if not os.path.exists(path):
        return None, "file missing"
    raw = open(path, "rb").read()
    enc = t["encoding"]
    try:
        s = raw.decode(enc)
    except UnicodeDecodeError:
        return None, "does not decode as " + enc
    if enc == "utf-8" and s.startswith("\ufeff"):
        return None, "BOM in a page declared utf-8"
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "gb18030 page also decodes as utf-8"
        except UnicodeDecodeError:
            pass
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "crlf flag wrong"
    if t["kind"] == "html":
        m = re.search(r'charset="?([\w-]+)', s)
        declared = m.group(1).lower() if m else None
        want = {"utf-8": ("utf-8",), "gb18030": ("gb2312", "gbk", "gb18030")}[enc]
        if declared not in want:
            return None, "meta charset %r does not match %s" % (declared, enc)
        s = html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s, None


def main():
    truth = json.load(open(os.path.join(HERE, "truth-dev4a.json"), encoding="utf-8"))
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
        iss = issue_date(rel)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[rel.split("/")[0]].append(set(l.strip() for l in text.splitlines() if l.strip()))
        for i, a in enumerate(t["articles"]):
            probs = []
            allt = ws((a["title"] or "") + "".join(a["body"]) + a["attribution"] + "".join(a["captions"]))
            miss = set(allt) - set(flat)
            if miss:
                probs.append("chars not on page %r" % "".join(sorted(miss)))
            probs += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if a["title"] and ws(a["title"]) not in flat:
                probs.append("title not on page")
            probs += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            probs += ["person not on page: " + n for n in a["people"] if n not in flat]
            tb = ws((a["title"] or "") + "".join(a["body"]))
            probs += ["slogan not in title/body: " + s for s in a["slogans"] if s not in tb]
            if len(set(a["people"])) != len(a["people"]):
                probs.append("a person held twice")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if not (iss - datetime.timedelta(days=60) <= d <= iss):
                    probs.append("date %s not within 60 days before issue %s" % (d, iss))
            except ValueError:
                probs.append("bad date %r" % a["date"])
            if len(set(a["body"])) != len(a["body"]):
                probs.append("a body paragraph held twice")
            if not a["body"]:
                probs.append("empty body")
            if "习近平" in a["people"]:
                probs.append("习近平 among people")
            if t["publication_kind"] == "theory" and a["province"] is not None:
                probs.append("province on a theory page")
            if t["publication_kind"] == "provincial" and not a["province"]:
                probs.append("provincial article without province")
            for p in probs:
                print("%s art %d: %s" % (rel, i, p))
                bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
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
