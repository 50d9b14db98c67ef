#!/usr/bin/env python3
"""Self-check of truth-h1d.json against the page files (independent of any parser).

For every page: decode it as the truth says (encoding, BOM, CRLF); for every article check
that the title, each body paragraph, each caption and the attribution occur on the page
(whitespace removed), that every person occurs on the page, that every slogan occurs in the
article's title or body, that dates are valid and not later than the issue date (nor more
than 62 days before it), that no generator markup leaked into the truth.  For every
publication: the text pages share at least one running head / footer line.
"""
import datetime
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
    raw = open(path, "rb").read()
    enc = t["encoding"]
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        return None, "BOM in a page declared utf-8"
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "gb18030 page also decodes as utf-8"
        except UnicodeDecodeError:
            pass
    try:
        s = raw.decode(enc)
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "crlf flag wrong"
    if t["crlf"] and re.search(rb"[^\r]\n", raw):
        return None, "bare LF in a CRLF page"
    return s, None


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1d.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        if not os.path.exists(path):
            print(rel, "missing")
            bad += 1
            continue
        text, err = page_text(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        flat = ws(text)
        issue = issue_date(rel)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[rel.split("/")[0]].append(
                set(l.strip() for l in text.splitlines() if l.strip()))
        for i, a in enumerate(t["articles"]):
            probs = []
            strings = [a["title"] or "", a["attribution"]] + a["body"] + a["captions"] + a["people"]
            if re.search(r"[{}¦]", "".join(strings)):
                probs.append("markup leaked")
            if a["title"] and ws(a["title"]) not in flat:
                probs.append("title not on page")
            probs += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if a["attribution"] and ws(a["attribution"]) not in flat:
                # an author printed alone under the title, the note （作者系…） at the end
                m = re.fullmatch(r"(.+?)(（作者.+）)", ws(a["attribution"]))
                if not (m and m.group(1) in flat and m.group(2) in flat):
                    probs.append("attribution not on page")
            probs += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            probs += ["person not on page: " + n for n in a["people"] if n not in flat]
            if len(set(a["people"])) != len(a["people"]):
                probs.append("person listed twice")
            if "习近平" in a["people"]:
                probs.append("习近平 among people")
            art = ws((a["title"] or "") + "".join(a["body"]))
            probs += ["slogan not in article: " + s for s in a["slogans"] if ws(s) not in art]
            if not a["body"]:
                probs.append("empty body")
            if len(set(a["body"])) != len(a["body"]):
                probs.append("a body paragraph held twice")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue or (issue - d).days > 62:
                    probs.append("date %s implausible for issue %s" % (d, issue))
            except (TypeError, ValueError):
                probs.append("bad date %r" % a["date"])
            for p in probs:
                print("%s art %d: %s" % (rel, i, p))
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
