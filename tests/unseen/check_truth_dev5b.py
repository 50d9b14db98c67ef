#!/usr/bin/env python3
"""Self-check of truth-dev5b.json against the page files on disk (independent of any parser).

For every page: decode it as the truth declares (encoding, BOM, CRLF; .docx read paragraph by
paragraph with python-docx), then for every article check that the title, each body paragraph,
each caption and the attribution (whitespace removed) occur in the page text, that every person
and every slogan occurs on the page, that dates are real calendar dates not after the issue date
(year_boundary articles fall in the year before the issue), that tags come from the known list,
and that the running heads/footers of each publication's text/OCR pages recur on all its pages.
"""
import datetime
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
KINDS = {"text", "ocr", "html", "docx"}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin", "theory"}
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"]


def ws(s):
    return re.sub(r"\s+", "", s or "")


def page_text(path, t):
    if t["kind"] == "docx":
        import docx
        d = docx.Document(path)
        return "\n".join(p.text for p in d.paragraphs), None
    raw = open(path, "rb").read()
    if t["encoding"] == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return None, "no BOM in a page declared utf-8-sig"
    if t["encoding"] != "utf-8-sig" and raw.startswith(b"\xef\xbb\xbf"):
        return None, "BOM in a page not declared utf-8-sig"
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "crlf flag wrong"
    if t["crlf"] and re.search(rb"(?<!\r)\n", raw):
        return None, "bare LF in a CRLF page"
    if t["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "a page declared gb18030 decodes as UTF-8"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode(t["encoding"]), None
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e


def issue_date(rel):
    f = rel.split("/")[1]
    f = f if "-" in f else f"{f[:4]}-{f[4:6]}-{f[6:]}"
    return datetime.date.fromisoformat(f)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-dev5b.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        probs = []
        if not os.path.exists(path):
            print(rel, "missing file")
            bad += 1
            continue
        text, err = page_text(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        if t["kind"] not in KINDS or t["publication_kind"] not in PKINDS:
            probs.append("bad kind")
        probs += ["unknown page tag " + g for g in t["phenomena"] if g not in TAGS]
        if len(set(t["phenomena"])) != len(t["phenomena"]):
            probs.append("page tag held twice")
        flat = ws(text)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[rel.split("/")[0]].append(set(l.strip() for l in text.splitlines() if l.strip()))
        idate = issue_date(rel)
        for i, a in enumerate(t["articles"]):
            p2 = []
            if list(a) != FIELDS:
                p2.append("fields %r" % list(a))
            p2 += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if a["title"] is not None and ws(a["title"]) not in flat:
                p2.append("title not on page")
            if (a["title"] is None) != ("title_none" in a["phenomena"]):
                p2.append("title_none tag disagrees with title")
            p2 += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            if a["captions"] and "captions" not in a["phenomena"]:
                p2.append("captions without tag")
            p2 += ["person not on page: " + n for n in a["people"] if n not in flat]
            p2 += ["person with a space: " + n for n in a["people"] if ws(n) != n]
            if len(set(a["people"])) != len(a["people"]):
                p2.append("a person held twice")
            txt = ws((a["title"] or "") + "".join(a["body"]))
            p2 += ["slogan not in title/body: " + s for s in a["slogans"] if s not in txt]
            if a["attribution"] and ws(a["attribution"]) not in flat:
                p2.append("attribution not on page")
            if a["province"] is not None and not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", a["province"]):
                p2.append("province not short form")
            try:
                ad = datetime.date.fromisoformat(a["date"])
                if ad > idate:
                    p2.append("date after issue")
                if "year_boundary" in a["phenomena"] and ad.year != idate.year - 1:
                    p2.append("year_boundary date not in the previous year")
            except ValueError:
                p2.append("bad date %r" % a["date"])
            if len(set(a["body"])) != len(a["body"]):
                p2.append("a body paragraph held twice")
            if "习近平" in a["people"]:
                p2.append("习近平 among people")
            p2 += ["unknown article tag " + g for g in a["phenomena"] if g not in TAGS]
            p2 += ["article tag not on page: " + g for g in a["phenomena"] if g not in t["phenomena"]]
            probs += ["art %d: %s" % (i, p) for p in p2]
        for p in probs:
            print(rel, p)
            bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
            bad += 1
    pubs = Counter(rel.split("/")[0] for rel in truth)
    for pub, n in pubs.items():
        issues = {rel.split("/")[1] for rel in truth if rel.startswith(pub + "/")}
        if n < 4 or len(issues) < 3:
            print(pub, "needs 4 pages over 3 issues")
            bad += 1
    tags = Counter(g for t in truth.values() for g in t["phenomena"])
    arts = sum(len(t["articles"]) for t in truth.values())
    atags = Counter(g for t in truth.values() for a in t["articles"] for g in a["phenomena"])
    print("pages %d, articles %d, problems %d" % (len(truth), arts, bad))
    print("page tags:", dict(sorted(tags.items())))
    print("article tags:", dict(sorted(atags.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
