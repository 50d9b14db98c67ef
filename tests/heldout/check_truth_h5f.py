"""Check truth-h5f.json against the page files, without any parser. Exits non-zero on any problem.
Attribution parts joined with one space (top byline + closing note) are checked part by part."""
import os, sys, json, re, datetime, html
HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
PUBS = ["鄂东日报", "沽上社会报", "党建研学月刊", "公共服务导报", "汨罗融媒", "洪都民政党建简报", "吕梁晨报"]
truth = json.load(open(os.path.join(HERE, "truth-h5f.json"), encoding="utf-8"))
errs = []


def nows(s):
    return re.sub(r"[\s\u3000]+", "", s)


def page_text(rel, t):
    p = os.path.join(HERE, rel)
    if t["kind"] == "docx":
        import docx
        return "\n".join(x.text for x in docx.Document(p).paragraphs)
    raw = open(p, "rb").read()
    enc = t["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{rel}: no BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{rel}: unexpected BOM")
    s = raw.decode(enc)
    if t["crlf"] != (b"\r\n" in raw):
        errs.append(f"{rel}: crlf flag wrong")
    if t["kind"] == "html":
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return s


files = set()
for pub in PUBS:
    for root, _, fs in os.walk(os.path.join(HERE, pub)):
        for f in fs:
            files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
if files != set(truth):
    errs.append(f"files vs truth: {sorted(files ^ set(truth))}")
used = set()
narts = 0
for rel, t in truth.items():
    if rel not in files:
        continue
    issue = datetime.date.fromisoformat(rel.split("/")[1])
    page = nows(page_text(rel, t))
    pt = set(t["phenomena"])
    used |= pt
    if not pt <= TAGS:
        errs.append(f"{rel}: bad page tags {pt - TAGS}")
    for k in ("encoding", "crlf", "kind", "publication_kind", "articles"):
        if k not in t:
            errs.append(f"{rel}: missing {k}")
    if t["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
        errs.append(f"{rel}: bad publication_kind")
    for i, a in enumerate(t["articles"]):
        narts += 1
        where = f"{rel}#{i}"
        for k in ("title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
                  "captions", "phenomena"):
            if k not in a:
                errs.append(f"{where}: missing {k}")
        texts = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"] + \
            [p for p in a["attribution"].split(" ") if p]
        for x in texts:
            if nows(x) not in page:
                errs.append(f"{where}: not on page: {x[:30]}")
        for p in a["people"]:
            if nows(p) not in page:
                errs.append(f"{where}: person not on page: {p}")
            if p == "习近平":
                errs.append(f"{where}: 习近平 as person")
        try:
            d = datetime.date.fromisoformat(a["date"])
            if d > issue:
                errs.append(f"{where}: date after issue")
        except Exception:
            errs.append(f"{where}: bad date {a['date']}")
        if not set(a["phenomena"]) <= pt:
            errs.append(f"{where}: article tags not in page tags")
        tb = nows("".join(([a["title"]] if a["title"] else []) + a["body"]))
        for s in a["slogans"]:
            if nows(s) not in tb:
                errs.append(f"{where}: slogan not in title/body: {s}")
        if not a["body"]:
            errs.append(f"{where}: empty body")
missing = TAGS - used
if missing:
    errs.append(f"tags never used: {sorted(missing)}")
for e in errs:
    print("FAIL", e)
print(f"{len(truth)} pages, {narts} articles, {len(errs)} problems")
sys.exit(1 if errs else 0)
