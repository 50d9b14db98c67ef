"""Parser-free self-check of truth-h2e.json against the page files of set h2e.

Checks: every page file exists and decodes with its declared encoding (BOM, CRLF as declared);
every title, body paragraph, caption and printed attribution occurs in its page once whitespace
is removed (an attribution joining a name under the title with a closing （作者…） note: both
parts occur); people occur on the page and are never 习近平; dates are real days not after the
issue date; kinds and tags come from the allowed lists, article tags are page tags; slogans are
canonical and occur in title or body; each text publication's pages share at least one
furniture line that is in no article field; 7 publications x 4 pages; every tag of the list is used.
"""
import datetime
import html
import json
import os
import re
import sys
from collections import defaultdict

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
CANON = set("“%s”" % x for x in ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
                                 "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
                                 "不忘初心、牢记使命"]) | set(
    ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观", "高质量发展",
     "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
     "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"])
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"]

errors = []


def err(m):
    errors.append(m)


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(rel, meta):
    path = os.path.join(HERE, rel)
    raw = open(path, "rb").read()
    enc = meta["encoding"]
    if meta["kind"] == "docx":
        d = Document(path)
        return "\n".join(p.text for p in d.paragraphs), ["\n".join(p.text for p in d.paragraphs)]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        err("%s: no BOM" % rel)
    if enc in ("utf-8",) and raw.startswith(b"\xef\xbb\xbf"):
        err("%s: unexpected BOM" % rel)
    txt = raw.decode({"html": "utf-8"}.get(enc, enc))
    if meta["crlf"]:
        if txt.count("\n") != txt.count("\r\n"):
            err("%s: not CRLF throughout" % rel)
    elif "\r" in txt:
        err("%s: CR found" % rel)
    if meta["kind"] == "html":
        if enc == "gb18030":
            try:
                raw.decode("utf-8")
                err("%s: gb18030 page decodes as utf-8" % rel)
            except UnicodeDecodeError:
                pass
        t = re.sub(r"<script.*?</script>", "", txt, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t), None
    return txt, txt.splitlines()


def valid_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h2e.json"), encoding="utf-8"))
    pubs = defaultdict(list)
    used = set()
    for rel, meta in sorted(truth.items()):
        pub, day, _ = rel.split("/")
        pubs[pub].append(rel)
        issue = valid_date(day)
        if not issue or not (2023 <= issue.year <= 2025):
            err("%s: bad folder date" % rel)
        if meta["kind"] not in ("text", "html", "docx", "ocr"):
            err("%s: kind" % rel)
        if meta["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            err("%s: publication_kind" % rel)
        if meta["encoding"] not in ("utf-8", "utf-8-sig", "gb18030", "html", "docx"):
            err("%s: encoding" % rel)
        ptags = set(meta["phenomena"])
        if not ptags <= TAGS:
            err("%s: unknown tags %s" % (rel, ptags - TAGS))
        used |= ptags
        text, lines = page_text(rel, meta)
        flat = nows(text)
        if not meta["articles"]:
            err("%s: no articles" % rel)
        for i, a in enumerate(meta["articles"]):
            where = "%s#%d" % (rel, i)
            if sorted(a) != sorted(FIELDS):
                err("%s: fields %s" % (where, sorted(a)))
                continue
            if a["title"] is not None and nows(a["title"]) not in flat:
                err("%s: title not on page: %s" % (where, a["title"]))
            if not a["body"]:
                err("%s: empty body" % where)
            for p in a["body"]:
                if not nows(p) or nows(p) not in flat:
                    err("%s: body paragraph not on page: %s" % (where, p[:30]))
            for c in a["captions"]:
                if nows(c) not in flat:
                    err("%s: caption not on page: %s" % (where, c))
            at = nows(a["attribution"])
            if at and at not in flat:
                k = at.find("（")
                if k <= 0 or at[:k] not in flat or at[k:] not in flat:
                    err("%s: attribution not on page: %s" % (where, a["attribution"]))
            for person in a["people"]:
                if person == "习近平" or nows(person) not in flat:
                    err("%s: person %s" % (where, person))
            dd = valid_date(a["date"])
            if not dd or dd > issue:
                err("%s: date %s" % (where, a["date"]))
            tb = nows((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                if s not in CANON and not re.fullmatch(r"“[两一二三四五六七八九十]个[^“”]+”", s):
                    err("%s: slogan not canonical %s" % (where, s))
                if s.strip("“”") not in tb:
                    err("%s: slogan not in text %s" % (where, s))
            if not set(a["phenomena"]) <= ptags:
                err("%s: article tags not on page" % where)
            if a["province"] is not None and not isinstance(a["province"], str):
                err("%s: province" % where)
    # furniture shared by the text pages of each publication
    for pub, rels in pubs.items():
        if len(rels) != 4:
            err("%s: %d pages" % (pub, len(rels)))
        if truth[rels[0]]["kind"] in ("text", "ocr"):
            common = None
            fields = ""
            for rel in rels:
                _, lines = page_text(rel, truth[rel])
                s = set(l.strip() for l in lines if l.strip())
                common = s if common is None else common & s
                for a in truth[rel]["articles"]:
                    fields += nows((a["title"] or "") + "".join(a["body"]) + "".join(a["captions"]))
            furn = [c for c in (common or ()) if nows(c) not in fields]
            if not furn:
                err("%s: no shared furniture line" % pub)
    if len(pubs) != 7:
        err("publications: %d" % len(pubs))
    if TAGS - used:
        err("unused tags: %s" % sorted(TAGS - used))
    # every page file of the set is in the truth
    for pub in pubs:
        for root, _, files in os.walk(os.path.join(HERE, pub)):
            for f in files:
                rel = os.path.relpath(os.path.join(root, f), HERE)
                if rel not in truth:
                    err("stray file %s" % rel)
    for e in errors:
        print("FAIL", e)
    n = sum(len(m["articles"]) for m in truth.values())
    print("%d pages, %d articles, %d errors" % (len(truth), n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
