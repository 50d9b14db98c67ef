#!/usr/bin/env python3
"""Self-check of truth-dev5a.json against the page files written by make_pages_dev5a.py.

Independent of any parser.  Each page is decoded as its truth entry declares (encoding, BOM,
CRLF; HTML with its tags replaced by line breaks and entities decoded).  Then, with all
whitespace removed, every title, body paragraph, caption and printed attribution of every
article must occur in the page, and every person must occur on it.  Dates must be real days
not after the issue date (the folder date), year_boundary dates in the year before the issue.
Tags must come from the shared list, article tags must also be page tags, national bodies carry
no province, 习近平 is never a person, every slogan must occur in the article's title or body.
For each publication, the text pages must share at least one furniture line (running head or
footer), and every 龙沙融媒 page must have no blank line.
"""
import datetime
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
NATIONAL_BODIES = ("民政部", "中央社会工作部", "中央和国家机关工委")


def squash(s):
    return re.sub(r"\s+", "", s)


def load(path, t):
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom != (t["encoding"] == "utf-8-sig"):
        return None, "BOM does not match the declared encoding"
    has_crlf = b"\r\n" in raw
    if has_crlf != t["crlf"]:
        return None, "CRLF flag wrong"
    if t["crlf"] and re.search(rb"(?<!\r)\n", raw):
        return None, "bare LF in a CRLF page"
    try:
        text = raw.decode(t["encoding"])
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e
    if t["kind"] == "html":
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    return text, None


def folder_date(rel):
    f = rel.split("/")[1]
    if "-" not in f:
        f = "%s-%s-%s" % (f[:4], f[4:6], f[6:])
    return datetime.date.fromisoformat(f)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-dev5a.json"), encoding="utf-8"))
    problems = []
    furniture = defaultdict(list)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        if not os.path.exists(path):
            problems.append((rel, "missing"))
            continue
        text, err = load(path, t)
        if err:
            problems.append((rel, err))
            continue
        if t["kind"] not in ("text", "ocr", "html", "docx"):
            problems.append((rel, "bad kind"))
        if t["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin", "theory"):
            problems.append((rel, "bad publication_kind"))
        for g in t["phenomena"]:
            if g not in TAGS:
                problems.append((rel, "unknown page tag " + g))
        flat = squash(text)
        if t["kind"] in ("text", "ocr"):
            furniture[rel.split("/")[0]].append({l.strip() for l in text.splitlines() if l.strip()})
            if "no_blank_lines" in t["phenomena"] and re.search(r"\n\s*\n", text):
                problems.append((rel, "blank line on a no_blank_lines page"))
            if "double_spaced" in t["phenomena"]:
                ls = text.split("\n")
                if any(ls[i].strip() for i in range(1, len(ls), 2)):
                    problems.append((rel, "not double-spaced"))
        issue = folder_date(rel)
        if not t["articles"]:
            problems.append((rel, "no articles"))
        for i, a in enumerate(t["articles"]):
            where = "%s art %d" % (rel, i)
            if a["title"] is not None and squash(a["title"]) not in flat:
                problems.append((where, "title not on page"))
            if a["title"] is None and "title_none" not in a["phenomena"]:
                problems.append((where, "title null without title_none"))
            if not a["body"]:
                problems.append((where, "empty body"))
            for j, b in enumerate(a["body"]):
                if squash(b) not in flat:
                    problems.append((where, "body %d not on page" % j))
                if b != b.strip() or "  " in b:
                    problems.append((where, "body %d has stray whitespace" % j))
            if len(set(a["body"])) != len(a["body"]):
                problems.append((where, "paragraph twice"))
            for c in a["captions"]:
                if squash(c) not in flat:
                    problems.append((where, "caption not on page: " + c))
            if a["attribution"] and squash(a["attribution"]) not in flat:
                # a top name plus a closing （作者系…） note: both parts must be printed
                head, sep, rest = a["attribution"].partition("（")
                if not (sep and head and squash(head) in flat and squash(sep + rest) in flat):
                    problems.append((where, "attribution not on page"))
            for n in a["people"]:
                if n not in flat:
                    problems.append((where, "person not on page: " + n))
                if n == "习近平":
                    problems.append((where, "习近平 among people"))
            if len(set(a["people"])) != len(a["people"]):
                problems.append((where, "person twice"))
            tb = (a["title"] or "") + "".join(a["body"])
            for s in a["slogans"]:
                if s not in tb:
                    problems.append((where, "slogan not in title/body: " + s))
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    problems.append((where, "date after issue"))
                if ("year_boundary" in a["phenomena"]) != (d.year == issue.year - 1):
                    problems.append((where, "year_boundary tag and date disagree"))
            except (TypeError, ValueError):
                problems.append((where, "bad date %r" % a["date"]))
            for g in a["phenomena"]:
                if g not in TAGS:
                    problems.append((where, "unknown tag " + g))
                elif g not in t["phenomena"]:
                    problems.append((where, "article tag missing on page: " + g))
            if a["agency"] in NATIONAL_BODIES and a["province"]:
                problems.append((where, "national body with a province"))
            if a["province"] is not None and a["province"].endswith(("省", "自治区", "市")):
                problems.append((where, "province not in short form"))
    for pub, sets in sorted(furniture.items()):
        common = set.intersection(*sets)
        print("%s: %d text pages; lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common)) or "-"))
        if len(sets) > 1 and not common:
            problems.append((pub, "no running head/footer recurs on all pages"))
    for where, p in problems:
        print(where, p)
    pages = len(truth)
    arts = sum(len(t["articles"]) for t in truth.values())
    print("pages %d, articles %d, publications %d" % (pages, arts, len({r.split('/')[0] for r in truth})))
    print("page tags:", dict(sorted(Counter(g for t in truth.values() for g in t["phenomena"]).items())))
    print("article tags:", dict(sorted(Counter(g for t in truth.values() for a in t["articles"] for g in a["phenomena"]).items())))
    print("problems %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
