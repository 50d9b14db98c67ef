#!/usr/bin/env python3
"""Self-check of truth-h1g.json against the page files on disk (no parser involved).

For every page: the declared encoding decodes the bytes (BOM only where utf-8-sig is declared),
the CRLF flag matches the bytes, HTML is reduced to its text; for every article the title, each
body paragraph, each caption and the attribution occur in the page text (whitespace removed),
every person occurs on the page and 习近平 is not one of them, the slogans occur in title or body,
dates are real calendar dates not after the issue date (year_boundary ones in the year before),
tags come from the known list and article tags are among the page tags; the running heads /
footers of each publication's text pages recur on every page of it.
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
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"]


def ws(s):
    return re.sub(r"\s+", "", s)


def load(path, t):
    raw = open(path, "rb").read()
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if has_bom != (t["encoding"] == "utf-8-sig"):
        return None, "BOM does not match the declared encoding"
    if (b"\r\n" in raw) != t["crlf"]:
        return None, "CRLF flag wrong"
    if t["crlf"] and re.search(rb"(?<!\r)\n", raw):
        return None, "bare LF in a CRLF page"
    try:
        s = raw.decode(t["encoding"])
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e
    if t["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            return None, "gb18030 page that is valid UTF-8"
        except UnicodeDecodeError:
            pass
    if t["kind"] == "html":
        s = html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s, None


def issue_of(rel):
    f = rel.split("/")[1]
    if "-" not in f:
        f = "%s-%s-%s" % (f[:4], f[4:6], f[6:])
    return datetime.date.fromisoformat(f)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1g.json"), encoding="utf-8"))
    bad = 0
    heads = defaultdict(list)
    for rel, t in sorted(truth.items()):
        path = os.path.join(HERE, *rel.split("/"))
        if not os.path.exists(path):
            print(rel, "missing")
            bad += 1
            continue
        text, err = load(path, t)
        if err:
            print(rel, err)
            bad += 1
            continue
        probs = []
        if t["kind"] not in {"text", "ocr", "html", "docx"}:
            probs.append("kind")
        if t["publication_kind"] not in {"national", "provincial", "county", "magazine", "bulletin", "theory"}:
            probs.append("publication_kind")
        probs += ["unknown page tag " + g for g in t["phenomena"] if g not in TAGS]
        flat = ws(text)
        if t["kind"] in ("text", "ocr"):
            heads[rel.split("/")[0]].append({l.strip().lstrip("\ufeff") for l in text.splitlines() if l.strip()})
        idate = issue_of(rel)
        for i, a in enumerate(t["articles"]):
            p = []
            if sorted(a) != sorted(FIELDS):
                p.append("fields %s" % sorted(a))
            if a["title"] is not None and ws(a["title"]) not in flat:
                p.append("title not on page")
            if (a["title"] is None) != ("title_none" in a["phenomena"]):
                p.append("title null / title_none disagree")
            for j, b in enumerate(a["body"]):
                if not b.strip() or ws(b) not in flat:
                    p.append("body %d not on page" % j)
            if len(set(a["body"])) != len(a["body"]):
                p.append("duplicate paragraph")
            if a["attribution"] and ws(a["attribution"]) not in flat:
                p.append("attribution not on page")
            for c in a["captions"]:
                if ws(c) not in flat:
                    p.append("caption not on page: " + c)
            for n in a["people"]:
                if n not in flat:
                    p.append("person not on page: " + n)
            if "习近平" in a["people"]:
                p.append("习近平 among people")
            if len(set(a["people"])) != len(a["people"]):
                p.append("duplicate person")
            tb = ws((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                if s not in tb:
                    p.append("slogan not in title/body: " + s)
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > idate:
                    p.append("date after the issue")
                if ("year_boundary" in a["phenomena"]) != (d.year == idate.year - 1):
                    p.append("year_boundary tag and date disagree")
            except (TypeError, ValueError):
                p.append("bad date %r" % a["date"])
            p += ["unknown article tag " + g for g in a["phenomena"] if g not in TAGS]
            p += ["article tag not among page tags: " + g for g in a["phenomena"] if g not in t["phenomena"]]
            if a["province"] is None and "province_context" in a["phenomena"]:
                p.append("province_context without a province")
            probs += ["art %d: %s" % (i, x) for x in p]
        for x in probs:
            print(rel, x)
            bad += 1
    for pub, sets in sorted(heads.items()):
        common = set.intersection(*sets)
        print("%s: %d text pages; lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common)) or "-"))
        if len(sets) > 1 and not common:
            print(pub, "no running head/footer recurs on all pages")
            bad += 1
    arts = sum(len(t["articles"]) for t in truth.values())
    print("pages %d, articles %d, publications %d, problems %d" % (
        len(truth), arts, len({r.split("/")[0] for r in truth}), bad))
    print("page tags:", dict(sorted(Counter(g for t in truth.values() for g in t["phenomena"]).items())))
    print("article tags:", dict(sorted(Counter(g for t in truth.values() for a in t["articles"]
                                               for g in a["phenomena"]).items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
