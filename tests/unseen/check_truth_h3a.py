"""Check truth-h3a.json against the page files, without any parser.

- every page file (.txt/.html/.docx under <publication>/<YYYY-MM-DD>/) is in the truth and vice versa;
- encoding / crlf / kind fields agree with the bytes of the file;
- every title, body paragraph, caption and attribution occurs in its page once all whitespace (and
  forced line breaks) are removed; an attribution printed in two places (author under the title +
  closing note; a portal's 来源 … 作者 …) may be split at one space into two parts that each occur;
- every person occurs on the page; 习近平 is never a person;
- every date is a real day in 2022–2025, not after the folder's issue date;
- slogans are exactly the canonical terms / quoted “N个……” formulations found in title + body;
- every tag is from the list; article tags are page tags; every tag is used somewhere in the set;
- fields have the schema of truth_conventions.md.
Exits non-zero on any problem.
"""
import os, re, sys, json, html, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
PROVINCES = set("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
                "广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾".split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMQ = re.compile(r"“([一二三四五六七八九十两]个[^“”]{1,10})”")
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
          "captions", "phenomena"]

problems = []


def bad(msg):
    problems.append(msg)


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, rec):
    data = open(path, "rb").read()
    kind, enc = rec["kind"], rec["encoding"]
    if kind == "docx":
        if enc != "docx":
            bad(f"{path}: docx encoding must be 'docx'")
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if enc == "utf-8-sig":
        if not data.startswith(b"\xef\xbb\xbf"):
            bad(f"{path}: utf-8-sig without BOM")
        text = data.decode("utf-8-sig")
    elif enc == "utf-8":
        if data.startswith(b"\xef\xbb\xbf"):
            bad(f"{path}: utf-8 page has a BOM")
        text = data.decode("utf-8")
    elif enc == "gb18030":
        try:
            data.decode("utf-8")
            bad(f"{path}: gb18030 page is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = data.decode("gb18030")
    else:
        bad(f"{path}: unknown encoding {enc}")
        text = data.decode("utf-8", "replace")
    has_crlf = "\r\n" in text
    if rec["crlf"] != has_crlf:
        bad(f"{path}: crlf flag {rec['crlf']} but file has_crlf={has_crlf}")
    if has_crlf and re.search(r"(?<!\r)\n", text):
        bad(f"{path}: mixed line ends")
    if kind == "html":
        if not path.endswith(".html"):
            bad(f"{path}: html kind on non-html file")
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    elif not path.endswith(".txt"):
        bad(f"{path}: kind {kind} on non-txt file")
    return text


def occurs(s, page):
    return nows(s) in page


def attribution_ok(attr, page):
    if occurs(attr, page):
        return True
    for m in re.finditer(r"\s", attr):
        a, b = attr[:m.start()], attr[m.end():]
        if nows(a) and nows(b) and occurs(a, page) and occurs(b, page):
            return True
    return False



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    tpath = os.path.join(HERE, "truth-h3a.json")
    truth = json.load(open(tpath, encoding="utf-8"))
    files = set()
    for root, dirs, fs in _own_walk(truth):
        for f in fs:
            if f.endswith((".txt", ".html", ".docx")):
                rel = os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/")
                files.add(rel)
    for f in sorted(files - set(truth)):
        bad(f"page file not in truth: {f}")
    for f in sorted(set(truth) - files):
        bad(f"truth page without file: {f}")
    used = set()
    narts = 0
    for rel, rec in sorted(truth.items()):
        m = re.fullmatch(r"[^/]+/(\d{4}-\d{2}-\d{2})/[^/]+\.(txt|html|docx)", rel)
        if not m:
            bad(f"{rel}: bad path")
            continue
        issue = datetime.date.fromisoformat(m.group(1))
        for k in ["encoding", "crlf", "kind", "publication_kind", "phenomena", "articles"]:
            if k not in rec:
                bad(f"{rel}: missing {k}")
        if rec["kind"] not in ("text", "html", "docx", "ocr"):
            bad(f"{rel}: kind {rec['kind']}")
        if rec["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            bad(f"{rel}: publication_kind {rec['publication_kind']}")
        if rec["publication_kind"] == "magazine" and issue.day != 1:
            bad(f"{rel}: magazine folder date is not the first of the month")
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(f"{rel}: unknown page tag {t}")
        used |= ptags
        if not os.path.exists(os.path.join(HERE, rel)):
            continue
        page = nows(page_text(os.path.join(HERE, rel), rec))
        # page-level tags that follow from the file
        for tag, cond in [("gb18030", rec["encoding"] == "gb18030"), ("utf8_bom", rec["encoding"] == "utf-8-sig"),
                          ("crlf", rec["crlf"]), ("html", rec["kind"] == "html"), ("docx", rec["kind"] == "docx"),
                          ("ocr", rec["kind"] == "ocr")]:
            if cond != (tag in ptags):
                bad(f"{rel}: tag {tag} inconsistent with file")
        if not rec["articles"]:
            bad(f"{rel}: no articles")
        for i, a in enumerate(rec["articles"]):
            narts += 1
            w = f"{rel} #{i}"
            if sorted(a) != sorted(FIELDS):
                bad(f"{w}: fields {sorted(a)}")
                continue
            if a["title"] is not None and (not isinstance(a["title"], str) or not occurs(a["title"], page)):
                bad(f"{w}: title not on page: {a['title']}")
            if not a["body"]:
                bad(f"{w}: empty body")
            for p in a["body"]:
                if not nows(p) or not occurs(p, page):
                    bad(f"{w}: body paragraph not on page: {p[:40]}")
            for c in a["captions"]:
                if not occurs(c, page):
                    bad(f"{w}: caption not on page: {c}")
            if not isinstance(a["attribution"], str):
                bad(f"{w}: attribution not a string")
            elif a["attribution"] and not attribution_ok(a["attribution"], page):
                bad(f"{w}: attribution not on page: {a['attribution']}")
            for p in a["people"]:
                if p == "习近平":
                    bad(f"{w}: 习近平 as a person")
                if not occurs(p, page):
                    bad(f"{w}: person not on page: {p}")
            if len(set(a["people"])) != len(a["people"]):
                bad(f"{w}: duplicate people")
            if a["province"] is not None and a["province"] not in PROVINCES:
                bad(f"{w}: province {a['province']}")
            for k in ("source", "agency"):
                if a[k] is not None and (not isinstance(a[k], str) or not a[k]):
                    bad(f"{w}: {k} must be a non-empty string or null")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    bad(f"{w}: date {d} after issue {issue}")
                if d.year < 2022 or d.year > 2025:
                    bad(f"{w}: date {d} outside 2022-2025")
            except Exception:
                bad(f"{w}: bad date {a['date']}")
            text = nows((a["title"] or "") + "".join(a["body"]))
            found = [c for c in CANON if c in text]
            for q in NUMQ.findall(text):
                if q not in found:
                    found.append(q)
            if sorted(found) != sorted(a["slogans"]):
                bad(f"{w}: slogans {a['slogans']} but text has {found}")
            for s in a["slogans"]:
                if s not in CANON and not re.fullmatch(r"[一二三四五六七八九十两]个.+", s):
                    bad(f"{w}: non-canonical slogan {s}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{w}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{w}: article tag {t} not a page tag")
            if a["title"] is None and a["phenomena"] and "title_none" not in a["phenomena"] \
                    and "related_link" not in a["phenomena"]:
                bad(f"{w}: title null without title_none tag")
    for t in sorted(TAGS - used):
        bad(f"tag never used in the set: {t}")
    kinds = {}
    for rec in truth.values():
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
    print(f"{len(truth)} pages, {narts} articles, kinds {kinds}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAIL: {len(problems)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
