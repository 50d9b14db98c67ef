"""Check truth-h4d.json against the page files of set h4d, without any parser.

Checks: every page file of this set's publications is in the truth and vice versa; encoding / BOM / CRLF /
kind match the file; every title, body paragraph, caption and printed attribution occurs in its page once
whitespace (and forced line breaks) are removed (a joined attribution: each of its parts); every person
occurs on the page and none is 习近平; dates are real days not after the issue date (folder date); provinces
are short forms; tags come from the list and an article's tags are also its page's; slogans occur in
title+body and every canonical form / quoted numbered formulation there is listed; every tag of the list is
used at least once across the set. Exits non-zero on any problem.
"""
import os, re, sys, json, datetime, html

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h4d"
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
PROVINCES = set("""北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西
海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾""".split())
FIGURES = {"两张皮", "一张网"}  # quoted figures, not numbered formulations (round ten kind 1)
SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
           "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
           "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
           "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
           "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
KINDS = {"text": ".txt", "ocr": ".txt", "html": ".html", "docx": ".docx"}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin"}
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def page_text(path, rec):
    raw = open(path, "rb").read()
    kind, enc = rec["kind"], rec["encoding"]
    if kind == "docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: utf-8-sig without BOM")
    if enc != "utf-8-sig" and raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: BOM but encoding {enc}")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            bad(f"{path}: declared gb18030 but decodes as utf-8")
        except UnicodeDecodeError:
            pass
    try:
        text = raw.decode(enc)
    except Exception as e:  # noqa
        bad(f"{path}: does not decode as {enc}: {e}")
        return ""
    has_crlf = "\r\n" in text
    lone_lf = re.search(r"(?<!\r)\n", text) is not None
    if rec["crlf"] and (not has_crlf or lone_lf):
        bad(f"{path}: crlf true but line ends are not all CRLF")
    if not rec["crlf"] and has_crlf:
        bad(f"{path}: crlf false but CRLF present")
    if kind == "html":
        text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", text)
        text = re.sub(r"(?s)<[^>]+>", "", text)
        text = html.unescape(text)
    return text


def main():
    truth_path = os.path.join(HERE, f"truth-{SET}.json")
    truth = json.load(open(truth_path, encoding="utf-8"))
    pubs = sorted({k.split("/")[0] for k in truth})
    files = set()
    for pub in pubs:
        for root, _, fs in os.walk(os.path.join(HERE, pub)):
            for f in fs:
                files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for f in sorted(files - set(truth)):
        bad(f"page file not in truth: {f}")
    for f in sorted(set(truth) - files):
        bad(f"truth page without file: {f}")
    used = set()
    counts = {}
    for rel, rec in truth.items():
        parts = rel.split("/")
        if len(parts) != 3:
            bad(f"{rel}: path not <publication>/<date>/<page>")
            continue
        try:
            issue = datetime.date.fromisoformat(parts[1])
        except ValueError:
            bad(f"{rel}: folder is not a date")
            continue
        if rec["kind"] not in KINDS or not rel.endswith(KINDS[rec["kind"]]):
            bad(f"{rel}: kind {rec['kind']} does not fit the extension")
        if rec["publication_kind"] not in PKINDS:
            bad(f"{rel}: publication_kind {rec['publication_kind']}")
        if rec["kind"] == "docx" and rec["encoding"] != "docx":
            bad(f"{rel}: docx encoding")
        counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(f"{rel}: unknown page tag {t}")
        used |= ptags
        for t, cond in (("gb18030", rec["encoding"] == "gb18030"), ("utf8_bom", rec["encoding"] == "utf-8-sig"),
                        ("crlf", rec["crlf"]), ("ocr", rec["kind"] == "ocr"), ("html", rec["kind"] == "html"),
                        ("docx", rec["kind"] == "docx")):
            if cond != (t in ptags):
                bad(f"{rel}: tag {t} does not match the file")
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            continue
        page = norm(page_text(path, rec))
        if not rec["articles"]:
            bad(f"{rel}: no articles")
        for i, a in enumerate(rec["articles"]):
            where = f"{rel} #{i}"
            for key in ("title", "body", "attribution", "source", "province", "agency", "date", "people",
                        "slogans", "captions", "phenomena"):
                if key not in a:
                    bad(f"{where}: missing {key}")
            if a["title"] is not None:
                if not norm(a["title"]) or norm(a["title"]) not in page:
                    bad(f"{where}: title not on page: {a['title']}")
            if not a["body"]:
                bad(f"{where}: empty body")
            for p in a["body"]:
                if not norm(p) or norm(p) not in page:
                    bad(f"{where}: body paragraph not on page: {p[:40]}")
            for c in a["captions"]:
                if not norm(c) or norm(c) not in page:
                    bad(f"{where}: caption not on page: {c}")
            at = a["attribution"]
            if at and norm(at) not in page:
                for part in re.split(r"\s+(?=[（(])", at):
                    if norm(part) not in page:
                        bad(f"{where}: attribution part not on page: {part}")
            for p in a["people"]:
                if p == "习近平" or not p.strip():
                    bad(f"{where}: bad person {p!r}")
                elif norm(p) not in page:
                    bad(f"{where}: person not on page: {p}")
            try:
                dd = datetime.date.fromisoformat(a["date"])
                if dd > issue:
                    bad(f"{where}: date {a['date']} after issue {issue}")
            except (TypeError, ValueError):
                bad(f"{where}: bad date {a['date']}")
            if a["province"] is not None and a["province"] not in PROVINCES:
                bad(f"{where}: province not short form: {a['province']}")
            tb = norm((a["title"] or "") + "".join(a["body"]))
            want = [s for s in SLOGANS if s in tb]
            for m in re.finditer(r"“([一二三四五六七八九十两0-9]+[个项张][^”]{1,10})”", tb):
                # a figure of speech numbers no set of items (docs/truth_conventions.md, round ten kind 1)
                if m.group(1) in FIGURES:
                    continue
                if m.group(1) not in want:
                    want.append(m.group(1))
            got = [s.strip("“”") for s in a["slogans"]]
            for s in got:
                if norm(s) not in tb:
                    bad(f"{where}: slogan not in title/body: {s}")
            for s in want:
                if s not in got:
                    bad(f"{where}: slogan missing: {s}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{where}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{where}: article tag {t} not on page")
            for k in ("source", "agency"):
                if a[k] is not None and not a[k].strip():
                    bad(f"{where}: empty {k}")
    for t in sorted(TAGS - used):
        bad(f"tag never used in the set: {t}")
    n_art = sum(len(r["articles"]) for r in truth.values())
    print(f"{len(truth)} pages, {len(pubs)} publications, {n_art} articles, kinds {counts}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAIL: {len(problems)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
