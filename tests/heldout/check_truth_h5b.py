"""Checks truth-h5b.json against the page files without any parser. Exits non-zero on any problem.
Walks only the publication folders named in truth-h5b.json."""
import os, sys, json, re, html, datetime, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持", "三会一课",
           "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育",
           "党史学习教育", "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
PROVS = set("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门".split())
NUMF = re.compile(r"“([一二三四五六七八九十两\d]+[个项张][^“”]{1,10})”")
errs = []
def E(m): errs.append(m)
def norm(s): return re.sub(r"\s+", "", s)

truth = json.load(open(os.path.join(HERE, "truth-h5b.json"), encoding="utf-8"))
used = set()
for path, pg in truth.items():
    fp = os.path.join(HERE, path)
    if not os.path.isfile(fp): E(f"missing file {path}"); continue
    raw = open(fp, "rb").read()
    enc = pg["encoding"]; kind = pg["kind"]
    if kind == "docx":
        if enc != "docx": E(f"{path}: docx encoding")
        x = zipfile.ZipFile(fp).read("word/document.xml").decode("utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", "", x.replace("</w:p>", "\n")))
    else:
        if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"): E(f"{path}: no BOM")
        if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"): E(f"{path}: unexpected BOM")
        try: text = raw.decode(enc)
        except Exception as ex: E(f"{path}: decode {ex}"); continue
        if pg["crlf"] != (b"\r\n" in raw): E(f"{path}: crlf flag")
        if pg["crlf"] and re.search(rb"[^\r]\n", raw): E(f"{path}: mixed line ends")
        if kind == "html": text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    if kind not in ("text", "html", "docx", "ocr"): E(f"{path}: kind")
    if pg["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"): E(f"{path}: pkind")
    page = norm(text)
    ptags = set(pg["phenomena"]); used |= ptags
    for t in ptags - TAGS: E(f"{path}: bad tag {t}")
    issue = datetime.date.fromisoformat(path.split("/")[1])
    if not pg["articles"]: E(f"{path}: no articles")
    for i, a in enumerate(pg["articles"]):
        w = f"{path}#{i}"
        for k in ("title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans", "captions", "phenomena"):
            if k not in a: E(f"{w}: field {k}")
        parts = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"]
        at = a["attribution"]
        if at and norm(at) not in page:  # a top byline joined with a closing （作者系…） note: each part printed
            parts += [x for x in re.split(r"\s+(?=（)", at)]
        elif at: parts.append(at)
        for p in parts:
            if not norm(p) or norm(p) not in page: E(f"{w}: not on page: {p[:30]}")
        if not a["body"]: E(f"{w}: empty body")
        for p in a["people"]:
            if p == "习近平" or norm(p) not in page or p != norm(p): E(f"{w}: person {p}")
        try:
            d = datetime.date.fromisoformat(a["date"])
            if d > issue or d.year < 2022: E(f"{w}: date {d} vs issue {issue}")
        except Exception: E(f"{w}: bad date {a['date']}")
        if a["province"] is not None and a["province"] not in PROVS: E(f"{w}: province {a['province']}")
        for t in set(a["phenomena"]) - ptags: E(f"{w}: tag {t} not on page")
        tb = norm((a["title"] or "") + "".join(a["body"]))
        want = {s for s in SLOGANS if norm(s) in tb}
        want |= {norm(m) for m in NUMF.findall((a["title"] or "") + "".join(a["body"]))}
        got = {norm(s).strip("“”") for s in a["slogans"]}
        # a canonical form contained in a longer one found is still listed (e.g. 四风 inside none here)
        if got != want: E(f"{w}: slogans {sorted(got)} != {sorted(want)}")
for t in TAGS - used: E(f"tag never used: {t}")
pubs = {p.split("/")[0] for p in truth}
for pub in pubs:
    for root, _, files in os.walk(os.path.join(HERE, pub)):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/")
            if rel not in truth: E(f"page not in truth: {rel}")
for e in errs: print("ERROR", e)
print(f"{len(truth)} pages, {sum(len(v['articles']) for v in truth.values())} articles, {len(errs)} problems")
sys.exit(1 if errs else 0)
