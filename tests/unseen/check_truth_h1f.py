#!/usr/bin/env python3
"""Self-check of truth-h1f.json against the page files on disk (independent of any parser).

Decodes every page as its truth declares (BOM, CRLF, encoding; .docx via python-docx, paragraph
texts joined by newlines) and checks: titles, body paragraphs, captions, people and bracketed
attributions occur on the page (whitespace removed); dates are real and not after the issue date
(year_boundary dates fall in the previous year); tags are from the known list and article tags
appear among the page tags; slogans occur in title or body; 习近平 is never a person; the
running heads/footers of a publication's text pages (and the masthead of its bulletins) recur on
every one of its pages.
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
KEYS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
        "captions", "phenomena"]


def ws(s):
    return re.sub(r"\s+", "", s)


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
    try:
        return raw.decode(t["encoding"]), None
    except UnicodeDecodeError as e:
        return None, "does not decode: %s" % e


def issue_date(rel):
    f = rel.split("/")[1]
    f = f if "-" in f else "%s-%s-%s" % (f[:4], f[4:6], f[6:])
    return datetime.date.fromisoformat(f)


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h1f.json"), encoding="utf-8"))
    bad = 0
    lines_by_pub = defaultdict(list)
    for rel, t in truth.items():
        path = os.path.join(HERE, *rel.split("/"))
        if not os.path.exists(path):
            print(rel, "missing file")
            bad += 1
            continue
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
        lines_by_pub[rel.split("/")[0]].append(
            set(l.strip().lstrip("\ufeff") for l in text.splitlines() if l.strip()))
        idate = issue_date(rel)
        for i, a in enumerate(t["articles"]):
            p2 = []
            if list(a.keys()) != KEYS:
                p2.append("keys %r" % list(a.keys()))
            if a["title"] is not None and ws(a["title"]) not in flat:
                p2.append("title not on page")
            p2 += ["body %d not on page" % j for j, b in enumerate(a["body"]) if ws(b) not in flat]
            p2 += ["caption not on page: " + c for c in a["captions"] if ws(c) not in flat]
            p2 += ["person not on page: " + n for n in a["people"] if n not in flat]
            if a["attribution"] and ws(a["attribution"]) not in flat and a["attribution"].startswith("（"):
                p2.append("attribution not on page")
            if a["attribution"]:
                for part in re.split(r"[（）]", a["attribution"]):
                    if part and ws(part) not in flat:
                        p2.append("attribution part not on page: " + part)
            tb = ws((a["title"] or "") + "".join(a["body"]))
            p2 += ["slogan not in title/body: " + s for s in a["slogans"] if s not in tb]
            if not a["body"]:
                p2.append("empty body")
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
            if t["publication_kind"] == "theory" and a["attribution"].endswith("评论员") and (a["province"] or a["agency"]):
                p2.append("commentary with a province/agency")
            p2 += ["unknown article tag " + g for g in a["phenomena"] if g not in TAGS]
            p2 += ["article tag not on page: " + g for g in a["phenomena"] if g not in t["phenomena"]]
            probs += ["art %d: %s" % (i, p) for p in p2]
        for p in probs:
            print(rel, p)
            bad += 1
    for pub, sets in lines_by_pub.items():
        common = set.intersection(*sets)
        print("%s: %d pages, lines on every page: %s" % (pub, len(sets), " | ".join(sorted(common))))
        if len(sets) > 1 and not common:
            print(pub, "no furniture recurs on all pages")
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
