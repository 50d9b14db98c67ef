#!/usr/bin/env python3
"""Self-check of truth-h1a.json against the pages it describes (independent of any parser).

For every page: the file decodes in the stated encoding, line ends match, every article's
title/body/captions occur (whitespace removed) in the page text in page order, every
character of title+body+attribution+captions occurs in the page, every person and slogan
occurs; and the same furniture lines recur on every page of a publication.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def page_text(rel, t):
    path = os.path.join(HERE, rel)
    if t["kind"] == "docx":
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs)
    raw = open(path, "rb").read()
    if t["encoding"] == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf"), rel + ": no BOM"
    else:
        assert not raw.startswith(b"\xef\xbb\xbf"), rel + ": unexpected BOM"
    if t["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            raise AssertionError(rel + ": GB18030 page also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    text = raw.decode(t["encoding"])
    assert ("\r\n" in text) == t["crlf"], rel + ": line ends"
    if t["crlf"]:
        assert "\n" not in text.replace("\r\n", ""), rel + ": mixed line ends"
    return text.replace("\r\n", "\n")


def nows(s):
    return re.sub(r"\s", "", s)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1a.json"), encoding="utf-8"))
    errors = []
    lines_by_pub = collections.defaultdict(list)
    for rel, t in truth.items():
        text = page_text(rel, t)
        flat = nows(text)
        chars = set(flat)
        pub, date = rel.split("/")[:2]
        lines_by_pub[pub].append({l.strip() for l in text.split("\n") if l.strip()})
        pos = 0
        for n, a in enumerate(t["articles"]):
            where = f"{rel} #{n}"
            pieces = ([a["title"]] if a["title"] else []) + a["body"] + [a["attribution"]] + a["captions"]
            missing = set(nows("".join(pieces))) - chars
            if missing:
                errors.append(f"{where}: characters not on page: {''.join(sorted(missing))}")
            first = True
            for p in a["body"]:
                i = flat.find(nows(p), pos)
                if i < 0:
                    errors.append(f"{where}: body paragraph not found in order: {p[:20]}")
                    continue
                if first and a["title"] and t["articles"][n]["phenomena"].count("title_after") == 0:
                    ti = flat.rfind(nows(a["title"]), 0, i + 1)
                    if ti < pos:
                        errors.append(f"{where}: title not found before body")
                first = False
                pos = i + len(nows(p))
            if a["title"] and nows(a["title"]) not in flat:
                errors.append(f"{where}: title not found: {a['title']}")
            for c in a["captions"]:
                if nows(c) not in flat:
                    errors.append(f"{where}: caption not found: {c}")
            for person in a["people"]:
                if person == "习近平" or nows(person) not in flat:
                    errors.append(f"{where}: bad person {person}")
            art_text = nows("".join(([a["title"]] if a["title"] else []) + a["body"] + a["captions"]))
            for s in a["slogans"]:
                if s not in art_text:
                    errors.append(f"{where}: slogan not in article: {s}")
            for piece in re.findall(r"（[^（）]*）|本报[^（]*（[^）]*）|本报\S+", a["attribution"]):
                if nows(piece) not in flat:
                    errors.append(f"{where}: attribution piece not found: {piece}")
            d = datetime.date.fromisoformat(a["date"])
            issue = datetime.date.fromisoformat(date)
            if not (issue - datetime.timedelta(days=40) <= d <= issue):
                errors.append(f"{where}: date {d} far from issue {issue}")
            if "year_boundary" in a["phenomena"] and d.year == issue.year:
                errors.append(f"{where}: year_boundary but same year")
    print("furniture lines shared by every page of a publication:")
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print(f"  {pub} ({len(sets)} pages): {sorted(common)}")
        if not common:
            errors.append(f"{pub}: no furniture recurs on all pages")
    for e in errors:
        print("ERROR", e)
    print(len(truth), "pages checked,", len(errors), "errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
