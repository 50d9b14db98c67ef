#!/usr/bin/env python3
"""Self-check of truth-dev5c.json against the page files on disk (independent of any parser).

Decodes every page as the truth declares (encoding, BOM, CRLF; HTML tags stripped and entities
unescaped), then checks that each article's title, body paragraphs, captions, people and
bracketed attribution occur on the page (whitespace removed), that dates are real dates not
after the issue date (year_boundary articles in the year before), that slogans occur in the
title/body, that tags are known, and that every publication's text pages share at least one
running-head/footer line.
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
title_none utf8_bom year_boundary abstract_keywords""".split())
KINDS = {"text", "ocr", "html", "docx"}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin", "theory"}
FIELDS = {"title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"}


def ws(s):
    return re.sub(r"\s+", "", s)


def page_text(path, t):
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    if (t["encoding"] == "utf-8-sig") != bom:
        return None, "BOM does not match the declared encoding"
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "crlf flag wrong"
    if t["crlf"] and re.search(rb"(?<!\r)\n", raw):
        return None, "bare LF in a CRLF page"
    try:
        s = raw.decode(t["encoding"])
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e
    if t["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "page declared gb18030 is valid UTF-8"
        except UnicodeDecodeError:
            pass
    if t["kind"] == "html":
        s = html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s, None


def issue_date(rel):
    f = rel.split("/")[1]
    f = f if "-" in f else f"{f[:4]}-{f[4:6]}-{f[6:]}"
    return datetime.date.fromisoformat(f)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-dev5c.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    issues = defaultdict(set)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        if not os.path.exists(path):
            print(rel, "missing file")
            bad += 1
            continue
        issues[rel.split("/")[0]].add(rel.split("/")[1])
        text, err = page_text(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        probs = []
        if t["kind"] not in KINDS or t["publication_kind"] not in PKINDS:
            probs.append("bad kind")
        probs += ["unknown page tag " + g for g in t["phenomena"] if g not in TAGS]
        flat = ws(text)
        if t["kind"] in ("text", "ocr"):
            lines_by_pub[rel.split("/")[0]].append(set(l.strip().lstrip("\ufeff") for l in text.splitlines() if l.strip()))
        idate = issue_date(rel)
        for i, a in enumerate(t["articles"]):
            p2 = []
            if set(a) != FIELDS:
                p2.append("fields %s" % sorted(set(a) ^ FIELDS))
            p2 += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            if not a["body"]:
                p2.append("empty body")
            if a["title"] is not None and ws(a["title"]) not in flat:
                # kicker/title/subtitle may sit on separate lines with a —— joiner: test the parts
                parts = [p for p in re.split("——", a["title"]) if p]
                if not all(ws(p) in flat for p in parts):
                    p2.append("title not on page")
            p2 += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            p2 += ["person not on page: " + n for n in a["people"] if n not in flat]
            if len(set(a["people"])) != len(a["people"]):
                p2.append("person listed twice")
            if a["attribution"] and ws(a["attribution"]) not in flat:
                # a top byline joined with the closing （作者…） note: both parts must be printed
                k = a["attribution"].find("（作者")
                if k <= 0 or ws(a["attribution"][:k]) not in flat or ws(a["attribution"][k:]) not in flat:
                    p2.append("attribution not on page")
            tb = ws((a["title"] or "") + "".join(a["body"]))
            p2 += ["slogan not in title/body: " + s for s in a["slogans"] if s not in tb]
            try:
                ad = datetime.date.fromisoformat(a["date"])
                if ad > idate:
                    p2.append("date after issue")
                if "year_boundary" in a["phenomena"] and ad.year != idate.year - 1:
                    p2.append("year_boundary date not in the previous year")
            except (ValueError, TypeError):
                p2.append("bad date %r" % a["date"])
            if len(set(a["body"])) != len(a["body"]):
                p2.append("a body paragraph held twice")
            if "习近平" in a["people"]:
                p2.append("习近平 among people")
            p2 += ["unknown article tag " + g for g in a["phenomena"] if g not in TAGS]
            p2 += ["article tag not on page: " + g for g in a["phenomena"] if g not in t["phenomena"]]
            if t["publication_kind"] == "theory" and a["province"] is None and a["agency"] is not None:
                p2.append("agency without province")
            probs += ["art %d: %s" % (i, p) for p in p2]
        for p in probs:
            print(rel, p)
            bad += 1
    for pub, iss in issues.items():
        n = sum(1 for r in truth if r.split("/")[0] == pub)
        if n < 4 or len(iss) < 3:
            print(pub, "needs 4 pages over 3 issues, has %d pages, %d issues" % (n, len(iss)))
            bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d text pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
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
