"""Checks truth-h5a.json against the page files of set h5a, without any parser."""
import os, sys, json, re, html, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
PUBS = ["兴安岭晨报", "查干湖融媒", "辽东湾民政党建简报", "敕勒川民政网", "党建纵横谈", "千山晚报", "额尔古纳融媒"]
KEYS = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans", "captions", "phenomena"]
sq = lambda s: re.sub(r"\s", "", s)
errs = []


def page_text(path, rec):
    fn = os.path.join(HERE, path)
    if rec["kind"] == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(fn).paragraphs)
    raw = open(fn, "rb").read()
    enc = rec["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        errs.append(path + ": no BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append(path + ": unexpected BOM")
    t = raw.decode(enc)
    if rec["crlf"] != (b"\r\n" in raw):
        errs.append(path + ": crlf flag wrong")
    if rec["kind"] == "html":
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


truth = json.load(open(os.path.join(HERE, "truth-h5a.json"), encoding="utf-8"))
files = set()
for p in PUBS:
    for root, _, fs in os.walk(os.path.join(HERE, p)):
        for f in fs:
            files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
if files != set(truth):
    errs.append("files vs truth differ: %s / %s" % (files - set(truth), set(truth) - files))
used = set()
for path, rec in truth.items():
    if not os.path.exists(os.path.join(HERE, path)):
        continue
    issue = datetime.date.fromisoformat(path.split("/")[1])
    T = sq(page_text(path, rec))
    ptags = set(rec["phenomena"])
    if not ptags <= TAGS:
        errs.append(path + ": bad page tags %s" % (ptags - TAGS))
    used |= ptags
    for i, a in enumerate(rec["articles"]):
        w = "%s #%d" % (path, i)
        if sorted(a) != sorted(KEYS):
            errs.append(w + ": keys")
        texts = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"]
        for x in texts:
            if sq(x) not in T:
                errs.append(w + ": not on page: " + x[:30])
        if a["attribution"] and sq(a["attribution"]) not in T:
            parts = [q for q in re.split(r"(?=（作者)", a["attribution"]) if q]
            if not all(sq(q) in T for q in parts):
                errs.append(w + ": attribution not on page")
        for pp in a["people"]:
            if sq(pp) not in T or pp == "习近平":
                errs.append(w + ": person not on page: " + pp)
        try:
            dd = datetime.date.fromisoformat(a["date"])
            if dd > issue:
                errs.append(w + ": date after issue")
        except Exception:
            errs.append(w + ": bad date")
        if not set(a["phenomena"]) <= ptags:
            errs.append(w + ": article tag not on page")
        for s in a["slogans"]:
            if sq(s.strip("“”")) not in sq((a["title"] or "") + "".join(a["body"])):
                errs.append(w + ": slogan not in text " + s)
if used != TAGS:
    errs.append("tags unused: %s" % (TAGS - used))
for e in errs:
    print(e)
print("pages %d, articles %d, problems %d" % (len(truth), sum(len(r["articles"]) for r in truth.values()), len(errs)))
sys.exit(1 if errs else 0)
