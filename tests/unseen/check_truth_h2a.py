"""Parser-free self-check of truth-h2a.json against the page files of set h2a.

Checks: files exist, bytes match encoding/BOM/CRLF claims; every title, body paragraph, caption and
printed attribution (whole, or each space-separated part for byline + closing note) occurs in the
page with whitespace removed; people occur on the page; dates are real days not after the issue date
(and not more than a year before); tags come from the list, article tags are page tags; slogans are
canonical or quoted N个 forms; each text/ocr publication's pages share at least one furniture line
(compared with whitespace removed); every tag of the list occurs somewhere in the set.
"""
import datetime, html, io, json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
CANON = {"两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"}
KEYS = {"title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
        "captions", "phenomena"}


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, meta, errs):
    raw = open(path, "rb").read()
    enc = meta["encoding"]
    if meta["kind"] == "docx":
        sys.path.insert(0, HERE)
        from docx import Document
        doc = Document(io.BytesIO(raw))
        return "\n".join(p.text for p in doc.paragraphs), None
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{path}: BOM claimed, missing")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{path}: unexpected BOM")
    if meta["crlf"] != (b"\r\n" in raw):
        errs.append(f"{path}: crlf claim wrong")
    if meta["crlf"] and re.search(rb"(?<!\r)\n", raw):
        errs.append(f"{path}: bare LF in CRLF file")
    text = raw.decode("utf-8" if enc == "html" else enc)
    if meta["kind"] == "html":
        text = re.sub(r"<[^>]+>", "\n", text)
        text = html.unescape(text)
    return text, text.splitlines()


def main():
    truth = json.load(open(os.path.join(HERE, "truth-h2a.json"), encoding="utf-8"))
    errs, used = [], set()
    furn = defaultdict(list)
    for rel, meta in truth.items():
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            errs.append(f"missing {rel}"); continue
        pub, day, _ = rel.split("/")
        issue = datetime.date.fromisoformat(day)
        text, lines = page_text(path, meta, errs)
        flat = nows(text)
        ptags = set(meta["phenomena"])
        used |= ptags
        if ptags - TAGS:
            errs.append(f"{rel}: bad tags {ptags - TAGS}")
        if meta["kind"] in ("text", "ocr"):
            furn[pub].append({nows(l) for l in lines if l.strip()})
        if not meta["articles"]:
            errs.append(f"{rel}: no articles")
        for i, a in enumerate(meta["articles"]):
            w = f"{rel}#{i}"
            if set(a) != KEYS:
                errs.append(f"{w}: keys {set(a) ^ KEYS}")
            if set(a["phenomena"]) - ptags:
                errs.append(f"{w}: article tags not on page")
            fields = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"]
            for s in fields:
                if nows(s) not in flat:
                    errs.append(f"{w}: not on page: {s[:30]}")
            at = a["attribution"]
            if at and nows(at) not in flat and not all(nows(p) in flat for p in at.split(" ") if p):
                errs.append(f"{w}: attribution not on page: {at}")
            for p in a["people"]:
                if nows(p) not in flat:
                    errs.append(f"{w}: person not on page: {p}")
                if p == "习近平":
                    errs.append(f"{w}: 习近平 as person")
            try:
                dt = datetime.date.fromisoformat(a["date"])
                if dt > issue or (issue - dt).days > 366:
                    errs.append(f"{w}: date {dt} vs issue {issue}")
            except Exception:
                errs.append(f"{w}: bad date {a['date']}")
            body = nows((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                if s not in CANON and not re.fullmatch(r"[一二三四五六七八九十]个.+", s):
                    errs.append(f"{w}: odd slogan {s}")
                if nows(s) not in body:
                    errs.append(f"{w}: slogan not in text {s}")
            for c in CANON:
                if nows(c) in body and c not in a["slogans"]:
                    errs.append(f"{w}: slogan missed {c}")
            for b in a["body"]:
                if not b.strip():
                    errs.append(f"{w}: empty paragraph")
    for pub, sets in furn.items():
        if not set.intersection(*sets):
            errs.append(f"{pub}: pages share no furniture line")
    if TAGS - used:
        errs.append(f"tags unused: {sorted(TAGS - used)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(truth)} pages, {sum(len(v['articles']) for v in truth.values())} articles, "
          f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
