#!/usr/bin/env python3
"""Check truth-h4f.json against the page files, without any parser.

Walks only the publications of set h4f. Exits non-zero on any problem.
Checks: every page file is in the truth and vice versa; encoding/BOM/CRLF as declared; every title,
body paragraph, caption and printed attribution occurs in its page once whitespace (and forced line
breaks) are removed (an attribution joined from two printed places may occur part by part); people
occur on the page and are never 习近平; dates are real days from 2022 on and not after the issue date;
provinces are short forms; slogans are exactly the canonical forms and quoted numbered formulations in
title+body; tags come from the list, article tags are page tags, format tags match the file, and every
tag of the list is used somewhere in the set.
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h4f"
PUBS = ["胡杨晨报", "临泽融媒", "羊卓融媒", "基层之声报", "善治周刊", "山城民政网", "贺兰山机关党建简报"]
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
PROVS = set("""北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门""".split())
KINDS = {"text", "html", "docx", "ocr"}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin"}
CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]
NUM_RE = re.compile(r"“([一二三四五六七八九十两\d]+[个项张][^“”]{1,10})”")
FIGURES = {"两张皮", "一张网"}

problems = []


def bad(msg):
    problems.append(msg)


def ws(s):
    return re.sub(r"\s+", "", s)


def unq(s):
    return s.replace("“", "").replace("”", "")


def page_text(path, rec):
    kind, enc = rec["kind"], rec["encoding"]
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    data = open(path, "rb").read()
    has_bom = data.startswith(b"\xef\xbb\xbf")
    if (enc == "utf-8-sig") != has_bom:
        bad("%s: BOM does not match encoding %s" % (path, enc))
    has_crlf = b"\r\n" in data
    if bool(rec["crlf"]) != has_crlf:
        bad("%s: crlf flag %s but file crlf=%s" % (path, rec["crlf"], has_crlf))
    if has_crlf and re.search(rb"(?<!\r)\n", data):
        bad("%s: mixed line ends" % path)
    try:
        text = data.decode({"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030"}[enc])
    except Exception as e:  # noqa
        bad("%s: cannot decode as %s: %s" % (path, enc, e))
        return ""
    if enc == "gb18030":
        try:
            data.decode("utf-8")
            bad("%s: declared gb18030 but is valid utf-8" % path)
        except UnicodeDecodeError:
            pass
    if kind == "html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
        text = re.sub(r"(?s)<!--.*?-->", "", text)
        text = re.sub(r"(?s)<[^>]+>", "", text)
        text = html.unescape(text)
    return text


def main():
    tpath = os.path.join(HERE, "truth-%s.json" % SETID)
    truth = json.load(open(tpath, encoding="utf-8"))
    files = set()
    for pub in PUBS:
        root = os.path.join(HERE, pub)
        if not os.path.isdir(root):
            bad("missing publication folder %s" % pub)
            continue
        for dp, _, fns in os.walk(root):
            for fn in fns:
                files.add(os.path.relpath(os.path.join(dp, fn), HERE).replace(os.sep, "/"))
    for rel in sorted(files - set(truth)):
        bad("page file not in truth: %s" % rel)
    for rel in sorted(set(truth) - files):
        bad("truth page without file: %s" % rel)
    used = set()
    n_art = 0
    for rel, rec in sorted(truth.items()):
        parts = rel.split("/")
        if len(parts) != 3 or parts[0] not in PUBS:
            bad("%s: bad path" % rel)
            continue
        try:
            issue = datetime.date.fromisoformat(parts[1])
        except ValueError:
            bad("%s: folder is not a date" % rel)
            continue
        ext = parts[2].rsplit(".", 1)[-1]
        if rec["kind"] not in KINDS or rec["publication_kind"] not in PKINDS:
            bad("%s: bad kind" % rel)
        want_ext = {"text": "txt", "ocr": "txt", "html": "html", "docx": "docx"}[rec["kind"]]
        if ext != want_ext:
            bad("%s: extension vs kind" % rel)
        if rec["publication_kind"] == "magazine" and issue.day != 1:
            bad("%s: magazine folder not first of month" % rel)
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad("%s: unknown page tag %s" % (rel, t))
        used |= ptags
        fmt = {"gb18030": rec["encoding"] == "gb18030", "utf8_bom": rec["encoding"] == "utf-8-sig",
               "crlf": bool(rec["crlf"]), "html": rec["kind"] == "html",
               "docx": rec["kind"] == "docx", "ocr": rec["kind"] == "ocr"}
        for t, v in fmt.items():
            if (t in ptags) != v:
                bad("%s: format tag %s mismatch" % (rel, t))
        if rec["kind"] == "docx" and rec["encoding"] != "docx":
            bad("%s: docx encoding" % rel)
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            continue
        page = ws(page_text(path, rec))
        if not rec["articles"]:
            bad("%s: no articles" % rel)
        for i, a in enumerate(rec["articles"]):
            n_art += 1
            where = "%s#%d" % (rel, i)
            keys = {"title", "body", "attribution", "source", "province", "agency", "date",
                    "people", "slogans", "captions", "phenomena"}
            if set(a) != keys:
                bad("%s: keys %s" % (where, sorted(set(a) ^ keys)))
                continue
            if a["title"] is not None:
                if not a["title"].strip() or ws(a["title"]) not in page:
                    bad("%s: title not on page: %s" % (where, a["title"]))
            if not a["body"]:
                bad("%s: empty body" % where)
            for b in a["body"]:
                if not ws(b) or ws(b) not in page:
                    bad("%s: body paragraph not on page: %s" % (where, b[:40]))
                if re.search(r"[上下][接转]第.版", b):
                    bad("%s: continuation marker in body" % where)
            for c in a["captions"]:
                if not ws(c) or ws(c) not in page:
                    bad("%s: caption not on page: %s" % (where, c[:40]))
            at = a["attribution"]
            if not isinstance(at, str):
                bad("%s: attribution not a string" % where)
            elif at:
                if ws(at) not in page:
                    segs = [ws(s) for s in at.split(" ") if s.strip()]
                    pos = 0
                    for s in segs:
                        k = page.find(s, pos)
                        if k < 0:
                            bad("%s: attribution not on page: %s" % (where, at))
                            break
                        pos = k + len(s)
                if re.search(r"作者：\s*$", at):
                    bad("%s: empty 作者： in attribution" % where)
            for person in a["people"]:
                if not person or person.startswith("习近平"):
                    bad("%s: bad person %r" % (where, person))
                elif ws(person) not in page:
                    bad("%s: person not on page: %s" % (where, person))
            if len(set(a["people"])) != len(a["people"]):
                bad("%s: duplicate people" % where)
            if a["province"] is not None and a["province"] not in PROVS:
                bad("%s: province %s" % (where, a["province"]))
            for f in ("source", "agency"):
                if a[f] is not None and (not isinstance(a[f], str) or not a[f].strip()):
                    bad("%s: bad %s" % (where, f))
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    bad("%s: date %s after issue %s" % (where, d, issue))
                if d.year < 2022:
                    bad("%s: date %s before 2022" % (where, d))
            except (TypeError, ValueError):
                bad("%s: bad date %r" % (where, a["date"]))
            text = ws((a["title"] or "") + "".join(a["body"]))
            want = set()
            for t in CANON_Q + CANON_U:
                if t in text:
                    want.add(t)
            for m in NUM_RE.finditer(text):
                if m.group(1) not in FIGURES:
                    want.add(m.group(1))
            got = set(unq(s) for s in a["slogans"])
            if got != want:
                bad("%s: slogans %s, expected %s" % (where, sorted(got), sorted(want)))
            for s in got:
                if s not in text:
                    bad("%s: slogan %s not in title/body" % (where, s))
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad("%s: unknown tag %s" % (where, t))
                elif t not in ptags:
                    bad("%s: article tag %s not a page tag" % (where, t))
            if a["title"] is None and "title_none" not in a["phenomena"]:
                bad("%s: title null but no title_none tag" % where)
    for t in sorted(TAGS - used):
        bad("tag never used: %s" % t)
    kinds = {}
    for rec in truth.values():
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
    print("pages %d, articles %d, kinds %s" % (len(truth), n_art, kinds))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
