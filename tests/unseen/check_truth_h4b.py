"""Check truth-h4b.json against the page files of set h4b, without any parser.

- every page file of this set's publications is in the truth and every truth page exists
  (walks only this set's own publication folders);
- encoding / crlf as declared (BOM present for utf-8-sig, gb18030 bytes not valid utf-8 where
  non-ASCII, CRLF line ends);
- every title, body paragraph, caption and printed attribution occurs in its page once whitespace
  (and so forced line breaks) is removed; an attribution printed in two places (name under the
  title + closing （…） note) is checked part by part;
- people occur on the page, never 习近平; dates are real days not after the issue date;
- slogans: each occurs in title or body, and every canonical form / quoted numbered formulation
  printed in title or body is listed;
- tags are from the list and each article tag is a page tag; field types and enums.
Exits non-zero on any problem.
"""
import datetime
import html as htmlmod
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h4b"
PUBS = ["汾河日报", "九州社区报", "竹山融媒", "黄淮党建月刊", "洛浦晚报", "秦川民政网", "江汉民政工作简报"]
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NOT_SLOGAN = {"两张皮", "一张网"}
PROVINCES = {"山西", "陕西", "河南", "湖北"}

problems = []


def bad(msg):
    problems.append(msg)


def ws(s):
    return "".join(ch for ch in s if not ch.isspace())


def page_text(path, rec):
    raw = open(path, "rb").read()
    kind, enc = rec["kind"], rec["encoding"]
    if kind == "docx":
        import docx
        if enc != "docx":
            bad(f"{path}: docx encoding {enc}")
        d = docx.Document(path)
        return "\n".join(p.text for p in d.paragraphs)
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: no BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: unexpected BOM")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            bad(f"{path}: gb18030 page decodes as utf-8")
        except UnicodeDecodeError:
            pass
    text = raw.decode("gb18030" if enc == "gb18030" else enc)
    has_crlf = "\r\n" in text
    if kind != "html" and bool(rec["crlf"]) != has_crlf:
        bad(f"{path}: crlf declared {rec['crlf']} found {has_crlf}")
    if rec["crlf"] and re.search(r"(?<!\r)\n", text):
        bad(f"{path}: mixed line ends")
    if kind == "html":
        text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "\n", text)
        text = re.sub(r"(?s)<[^>]+>", "\n", text)
        text = htmlmod.unescape(text)
    return text


def slogans_expected(title, body):
    text = ws((title or "") + "".join(body))
    out = {c for c in CANON if c in text}
    for m in re.finditer(r"“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,10})”", text):
        if m.group(1) not in NOT_SLOGAN:
            out.add(m.group(1))
    return out, text


def real_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def main():
    truth = json.load(open(os.path.join(HERE, f"truth-{SETID}.json"), encoding="utf-8"))
    on_disk = set()
    for pub in PUBS:
        for root, _, files in os.walk(os.path.join(HERE, pub)):
            for f in files:
                on_disk.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for p in sorted(on_disk - set(truth)):
        bad(f"page file not in truth: {p}")
    for p in sorted(set(truth) - on_disk):
        bad(f"truth page missing on disk: {p}")
    n_art = 0
    for rel, rec in sorted(truth.items()):
        parts = rel.split("/")
        if len(parts) != 3 or parts[0] not in PUBS:
            bad(f"{rel}: bad path")
            continue
        issue = real_date(parts[1])
        if issue is None:
            bad(f"{rel}: folder date")
            continue
        if rec["kind"] not in ("text", "html", "docx", "ocr"):
            bad(f"{rel}: kind")
        if rec["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            bad(f"{rel}: publication_kind")
        ext = parts[2].rsplit(".", 1)[-1]
        if {"text": "txt", "ocr": "txt", "html": "html", "docx": "docx"}.get(rec["kind"]) != ext:
            bad(f"{rel}: kind/extension")
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(f"{rel}: unknown page tag {t}")
        for t, cond in (("gb18030", rec["encoding"] == "gb18030"), ("utf8_bom", rec["encoding"] == "utf-8-sig"),
                        ("crlf", bool(rec["crlf"])), ("docx", rec["kind"] == "docx"),
                        ("html", rec["kind"] == "html"), ("ocr", rec["kind"] == "ocr")):
            if (t in ptags) != cond:
                bad(f"{rel}: tag {t} vs format")
        if not os.path.exists(os.path.join(HERE, rel)):
            continue
        page = ws(page_text(os.path.join(HERE, rel), rec))
        if not rec["articles"]:
            bad(f"{rel}: no articles")
        for i, a in enumerate(rec["articles"]):
            n_art += 1
            where = f"{rel}#{i}"
            keys = {"title", "body", "attribution", "source", "province", "agency", "date", "people",
                    "slogans", "captions", "phenomena"}
            if set(a) != keys:
                bad(f"{where}: keys {set(a) ^ keys}")
                continue
            if a["title"] is not None and ws(a["title"]) not in page:
                bad(f"{where}: title not on page: {a['title']}")
            if a["title"] is None and "title_none" not in a["phenomena"] and "continued" not in a["phenomena"] \
                    and "briefs" not in a["phenomena"] and "related_link" not in a["phenomena"]:
                bad(f"{where}: null title without a tag saying why")
            if not a["body"]:
                bad(f"{where}: empty body")
            for para in a["body"]:
                if not ws(para) or ws(para) not in page:
                    bad(f"{where}: body paragraph not on page: {para[:30]}")
            for c in a["captions"]:
                if ws(c) not in page:
                    bad(f"{where}: caption not on page: {c}")
                if c.startswith("▲"):
                    bad(f"{where}: caption keeps its ▲ marker")
            at = a["attribution"]
            if at:
                if ws(at) not in page:
                    pieces = [x for x in re.split(r"(?=（)", ws(at)) if x]
                    if len(pieces) < 2 or any(x not in page for x in pieces):
                        bad(f"{where}: attribution not on page: {at}")
            for person in a["people"]:
                if person == "习近平":
                    bad(f"{where}: 习近平 as person")
                if not person or ws(person) != person or person not in page:
                    bad(f"{where}: person not on page: {person}")
            dt = real_date(a["date"]) if isinstance(a["date"], str) else None
            if dt is None:
                bad(f"{where}: bad date {a['date']}")
            elif dt > issue:
                bad(f"{where}: date {dt} after issue {issue}")
            elif (issue - dt).days > 62:
                bad(f"{where}: date {dt} implausibly old for issue {issue}")
            if a["province"] is not None and a["province"] not in PROVINCES:
                bad(f"{where}: province {a['province']}")
            if a["source"] is not None and not a["source"]:
                bad(f"{where}: empty source string")
            if a["agency"] is not None and not a["agency"]:
                bad(f"{where}: empty agency string")
            exp, text = slogans_expected(a["title"], a["body"])
            for s in a["slogans"]:
                if s.strip("“”") not in text:
                    bad(f"{where}: slogan not in title/body: {s}")
            got = {s.strip("“”") for s in a["slogans"]}
            for s in exp - got:
                bad(f"{where}: slogan missing: {s}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{where}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{where}: article tag {t} not on page")
            if ("title_none" in a["phenomena"]) != (a["title"] is None and "continued" not in a["phenomena"]) \
                    and "related_link" not in a["phenomena"]:
                if not (a["title"] is None and "continued" in a["phenomena"]):
                    bad(f"{where}: title_none tag vs null title")
    for t in TAGS:
        if not any(t in r["phenomena"] for r in truth.values()):
            bad(f"tag never used: {t}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(truth)} pages, {n_art} articles, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
