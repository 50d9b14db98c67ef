"""Check truth-h3d.json against the page files, without any parser.

For every page: the file exists and every page file is in the truth (and vice versa); the encoding,
BOM and CRLF flags match the bytes; the format tags agree with encoding/kind; every title, body
paragraph, caption and printed attribution occurs in the page once all whitespace (and forced line
breaks) is removed — an attribution joined from a top byline and a closing note is looked for part by
part; articles appear in page order (first body paragraph); people occur in the article's own printed
text and never include 习近平; dates are real days, 2022–2025, not after the issue date (folder date);
slogans are canonical or quoted “N个…” forms occurring in title/body, and every such form occurring
there is listed; tags come from the list; article tags are page tags; fields are complete.
Exits non-zero on any problem.
"""
import os, re, sys, json, datetime, html as H

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr
period_date province_context pull_quote related_link relative_date stray_spaces subheadings subtitle
title_after title_none utf8_bom year_boundary""".split())
PROVINCES = set("""北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门""".split())
CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]
NFORM = re.compile(r"“[两一二三四五六七八九十]+个[^“”]{1,14}”")
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"]
PAGE_FIELDS = ["encoding", "crlf", "kind", "publication_kind", "phenomena", "articles"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r"\s+", "", s)


def page_text(path, rec):
    data = open(path, "rb").read()
    enc, kind = rec["encoding"], rec["kind"]
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
        bad(path, "utf-8-sig without BOM")
    if enc == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        bad(path, "utf-8 with BOM")
    s = data.decode(enc)
    has_crlf = b"\r\n" in data
    if has_crlf != rec["crlf"]:
        bad(path, f"crlf flag {rec['crlf']} but file has crlf={has_crlf}")
    if rec["crlf"] and re.search(rb"(?<!\r)\n", data):
        bad(path, "mixed line ends")
    if kind == "html":
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        s = H.unescape(s)
    return s



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    truth = json.load(open(os.path.join(HERE, "truth-h3d.json"), encoding="utf-8"))
    files = set()
    for root, dirs, fs in _own_walk(truth):
        for f in fs:
            rel = os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/")
            if "/" in rel and not rel.startswith("_") and not rel.startswith("__pycache__"):
                files.add(rel)
    for rel in sorted(files - set(truth)):
        bad(rel, "page file not in truth")
    for rel in sorted(set(truth) - files):
        bad(rel, "truth page has no file")
    narts = 0
    for rel, rec in truth.items():
        if rel not in files:
            continue
        for k in PAGE_FIELDS:
            if k not in rec:
                bad(rel, f"missing page field {k}")
        m = re.match(r"^[^/]+/(\d{4}-\d\d-\d\d)/[^/]+\.(txt|html|docx)$", rel)
        if not m:
            bad(rel, "bad path shape")
            continue
        issue = datetime.date.fromisoformat(m.group(1))
        ext = m.group(2)
        kind = rec["kind"]
        exp_ext = {"text": "txt", "ocr": "txt", "html": "html", "docx": "docx"}[kind]
        if ext != exp_ext:
            bad(rel, f"kind {kind} with .{ext}")
        if rec["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            bad(rel, "bad publication_kind")
        if rec["publication_kind"] == "magazine" and issue.day != 1:
            bad(rel, "magazine folder date not first of month")
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(rel, f"unknown page tag {t}")
        enc = rec["encoding"]
        want = {"crlf": rec["crlf"], "utf8_bom": enc == "utf-8-sig", "gb18030": enc == "gb18030",
                "html": kind == "html", "docx": kind == "docx", "ocr": kind == "ocr"}
        for t, w in want.items():
            if (t in ptags) != w:
                bad(rel, f"format tag {t} {'missing' if w else 'wrong'}")
        path = os.path.join(HERE, rel)
        try:
            raw = page_text(path, rec)
        except Exception as e:  # noqa
            bad(rel, f"cannot read: {e}")
            continue
        page = norm(raw)
        pos = -1
        atags = set()
        for i, a in enumerate(rec["articles"]):
            narts += 1
            w = f"{rel}#{i}"
            for k in FIELDS:
                if k not in a:
                    bad(w, f"missing field {k}")
            own = ""
            if a["title"] is not None:
                if not a["title"].strip():
                    bad(w, "empty title")
                if norm(a["title"]) not in page:
                    bad(w, f"title not on page: {a['title']}")
                own += a["title"]
            if not a["body"]:
                bad(w, "empty body")
            for p in a["body"]:
                if norm(p) not in page:
                    bad(w, f"body paragraph not on page: {p[:30]}")
                own += p
            if a["body"]:
                q = page.find(norm(a["body"][0]), pos + 1)
                if q < 0:
                    bad(w, "article out of page order")
                else:
                    pos = q
            for c in a["captions"]:
                if norm(c) not in page:
                    bad(w, f"caption not on page: {c}")
                own += c
            att = a["attribution"]
            if att:
                if norm(att) not in page and not all(norm(x) in page for x in att.split(" ") if x):
                    bad(w, f"attribution not on page: {att}")
                own += att
            ownn = norm(own)
            for person in a["people"]:
                if person == "习近平":
                    bad(w, "习近平 listed as person")
                if norm(person) not in ownn:
                    bad(w, f"person not in article text: {person}")
            if a["province"] is not None and a["province"] not in PROVINCES:
                bad(w, f"bad province {a['province']}")
            try:
                dt = datetime.date.fromisoformat(a["date"])
                if dt > issue:
                    bad(w, f"date {dt} after issue {issue}")
                if dt.year < 2022:
                    bad(w, f"date {dt} too early")
            except Exception:  # noqa
                bad(w, f"bad date {a['date']}")
            tb = norm((a["title"] or "") + "".join(a["body"]))
            found = set()
            for qq in CANON_Q:
                if "“" + qq + "”" in tb:
                    found.add("“" + qq + "”")
            for u in CANON_U:
                if u in tb:
                    found.add(u)
            for mm in NFORM.finditer(tb):
                found.add(mm.group(0))
            canon = {"“" + qq + "”" for qq in CANON_Q} | set(CANON_U)
            for s in a["slogans"]:
                if s not in canon and not NFORM.fullmatch(s):
                    bad(w, f"slogan not canonical: {s}")
                if s not in found:
                    bad(w, f"slogan not in title/body: {s}")
            for s in found - set(a["slogans"]):
                bad(w, f"slogan in text but not listed: {s}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(w, f"unknown tag {t}")
                if t not in ptags:
                    bad(w, f"article tag {t} not a page tag")
                atags.add(t)
            if a["title"] is None and "title_none" not in a["phenomena"]:
                bad(w, "title null without title_none")
            if a["source"] is not None and not a["source"].strip():
                bad(w, "empty source")
    print(f"{len(truth)} pages, {narts} articles checked")
    used = set()
    for rec in truth.values():
        used |= set(rec["phenomena"])
    missing = TAGS - used
    if missing:
        bad("set", f"tags never used: {sorted(missing)}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(len(problems), "problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
