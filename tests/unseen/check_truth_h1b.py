# -*- coding: utf-8 -*-
"""Self-check of truth-h1b.json against the files it describes (no parser):
every article's title+body+attribution+captions uses only characters of the
page; every body paragraph, the title and each caption occur (whitespace
removed) in the page text; people occur in the page; furniture lines recur
on every page of a publication."""
import collections
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def page_text(rel, rec):
    raw = open(os.path.join(HERE, rel), "rb").read()
    if rec["encoding"] == "html":
        t = raw.decode("utf-8")
        t = re.sub(r"<head>.*?</head>", "", t, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t)
    enc = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030"}[rec["encoding"]]
    t = raw.decode(enc)
    assert ("\r\n" in t) == rec["crlf"], (rel, "crlf")
    if rec["encoding"] == "utf-8":
        assert not raw.startswith(b"\xef\xbb\xbf"), rel
    if rec["encoding"] == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf"), rel
    return t


def nows(s):
    return re.sub(r"\s+", "", s)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1b.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = collections.defaultdict(list)
    for rel, rec in truth.items():
        t = page_text(rel, rec)
        flat = nows(t)
        chars = set(flat)
        if rec["encoding"] != "html":
            lines_by_pub[rel.split("/")[0]].append(set(l.strip() for l in t.splitlines() if l.strip()))
        for i, a in enumerate(rec["articles"]):
            where = "%s #%d" % (rel, i)
            allt = (a["title"] or "") + "".join(a["body"]) + a["attribution"] + "".join(a["captions"])
            missing = set(nows(allt)) - chars
            if missing:
                print(where, "chars not on page:", missing); bad += 1
            for p in a["body"]:
                if nows(p) != p:
                    print(where, "whitespace in body:", p[:20]); bad += 1
                if nows(p) not in flat:
                    print(where, "body paragraph not on page:", p[:30]); bad += 1
            if a["title"] and nows(a["title"]) not in flat:
                print(where, "title not on page:", a["title"]); bad += 1
            for c in a["captions"]:
                if nows(c) not in flat:
                    print(where, "caption not on page:", c); bad += 1
            for piece in re.findall(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）|[^（）]+", a["attribution"]):
                if nows(piece) not in flat:
                    print(where, "attribution piece not on page:", piece); bad += 1
            for p in a["people"]:
                if p not in flat:
                    print(where, "person not on page (unbroken):", p)
                if p == "习近平":
                    print(where, "习近平 in people"); bad += 1
            for s in a["slogans"]:
                if s not in nows((a["title"] or "") + "".join(a["body"]) + "".join(a["captions"])):
                    print(where, "slogan not in article:", s); bad += 1
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["date"]), where
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), sorted(common)))
        if not common:
            print(pub, "NO recurring furniture"); bad += 1
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
