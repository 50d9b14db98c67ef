"""Check truth-h5e.json against the page files, without any parser. Exit 1 on any problem."""
import datetime, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
PROVS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
         "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
         "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMQ = re.compile(r"“((?:[一二三四五六七八九十两]|\d+)[个项张][^”“]{1,10})”")
WS = re.compile(r"\s+")
problems = []


def bad(msg):
    problems.append(msg)


def page_text(path, rec):
    raw = open(path, "rb").read()
    if rec["kind"] == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    enc = rec["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: no BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: unexpected BOM")
    if rec["crlf"] != (b"\r\n" in raw):
        bad(f"{path}: crlf flag wrong")
    if rec["crlf"] and re.search(rb"[^\r]\n", raw):
        bad(f"{path}: bare LF in CRLF file")
    t = raw.decode(enc)
    if enc == "gb18030":
        try:
            raw.decode("utf-8"); bad(f"{path}: gb18030 page decodes as utf-8")
        except UnicodeDecodeError:
            pass
    if rec["kind"] == "html":
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


def slogans_of(text):
    t = WS.sub("", text)
    out = [c for c in CANON if c in t]
    for m in NUMQ.finditer(t):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h5e.json"), encoding="utf-8"))
    pubs = sorted({k.split("/")[0] for k in truth})
    files = set()
    for pub in pubs:
        for root, _, fs in os.walk(os.path.join(HERE, pub)):
            for f in fs:
                files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for f in sorted(files - set(truth)):
        bad(f"file not in truth: {f}")
    for f in sorted(set(truth) - files):
        bad(f"truth page missing: {f}")
    used = set()
    n_art = 0
    for key, rec in truth.items():
        path = os.path.join(HERE, key)
        if not os.path.exists(path):
            continue
        pub, date, page = key.split("/")
        issue = datetime.date.fromisoformat(date)
        ext = page.rsplit(".", 1)[1]
        want = {"html": "html", "docx": "docx", "txt": ("text", "ocr")}[ext]
        if rec["kind"] not in (want if isinstance(want, tuple) else (want,)):
            bad(f"{key}: kind {rec['kind']} vs ext")
        if rec["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            bad(f"{key}: publication_kind")
        if rec["publication_kind"] == "magazine" and issue.day != 1:
            bad(f"{key}: magazine folder not 1st of month")
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(f"{key}: unknown tag {t}")
        used |= ptags
        for t, cond in (("gb18030", rec["encoding"] == "gb18030"), ("utf8_bom", rec["encoding"] == "utf-8-sig"),
                        ("crlf", rec["crlf"]), ("html", rec["kind"] == "html"), ("docx", rec["kind"] == "docx"),
                        ("ocr", rec["kind"] == "ocr")):
            if cond != (t in ptags):
                bad(f"{key}: tag {t} inconsistent with file")
        text = page_text(path, rec)
        flat = WS.sub("", text)
        for i, a in enumerate(rec["articles"]):
            n_art += 1
            where = f"{key}#{i}"
            fields = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
                      "captions", "phenomena"]
            if list(a) != fields:
                bad(f"{where}: fields {list(a)}")
                continue
            attr = [a["attribution"]] if a["attribution"] else []
            if attr and WS.sub("", attr[0]) not in flat and " （作者" in attr[0]:
                # documented decision: author line + closing note joined with one space
                attr = attr[0].split(" （作者", 1)
                attr[1] = "（作者" + attr[1]
            for s in ([a["title"]] if a["title"] else []) + a["body"] + a["captions"] + attr:
                if not WS.sub("", s) or WS.sub("", s) not in flat:
                    bad(f"{where}: not on page: {s[:40]}")
            if not a["body"]:
                bad(f"{where}: empty body")
            for p in a["people"]:
                if WS.sub("", p) not in flat or p == "习近平":
                    bad(f"{where}: person not on page: {p}")
            if a["province"] is not None and a["province"] not in PROVS:
                bad(f"{where}: province {a['province']}")
            try:
                dd = datetime.date.fromisoformat(a["date"])
                if dd > issue:
                    bad(f"{where}: date {dd} after issue {issue}")
                if (issue - dd).days > 40:
                    bad(f"{where}: date {dd} far before issue {issue}")
            except Exception:
                bad(f"{where}: bad date {a['date']}")
            exp = slogans_of((a["title"] or "") + "".join(a["body"]))
            if sorted(s.strip("“”") for s in a["slogans"]) != sorted(exp):
                bad(f"{where}: slogans {a['slogans']} vs {exp}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{where}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{where}: tag {t} not a page tag")
            if "|" in "".join(a["body"]) + (a["title"] or ""):
                bad(f"{where}: render marker left")
            for s in a["captions"]:
                if s.startswith("▲"):
                    bad(f"{where}: ▲ kept in caption")
    for t in sorted(TAGS - used):
        bad(f"tag never used: {t}")
    kinds = {}
    for rec in truth.values():
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(truth)} pages, {len(pubs)} publications, {n_art} articles, kinds {kinds}: "
          f"{'FAIL' if problems else 'OK'} ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
