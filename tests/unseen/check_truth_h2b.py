"""Parser-free self-check of truth-h2b.json against the page files of set h2b.

Checks: every page listed exists and every page file of the set's publications is listed; the
declared encoding decodes the bytes (BOM only for utf-8-sig), the crlf flag matches; every title,
body paragraph, caption and printed attribution occurs in its page once whitespace is removed;
people occur on the page (and are never 习近平); dates are real days between 2022-12-01 and the
issue date; tags come from the list and an article's tags are tags of its page; slogans are
canonical (or quoted “N个……”) and occur in title or body; provinces are short forms of this
set's provinces; each text publication's pages share at least one furniture line that lies in no
article field; the set has 7 publications × 4 pages and uses every tag of the list.
"""
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "h2b"
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
SLOGANS = set("""两个确立 两个维护 四个意识 四个自信 两个大局 国之大者 两个结合 六个必须坚持 三会一课 第一议题
三级联动 四风 两学一做 三严三实 不忘初心、牢记使命 习近平新时代中国特色社会主义思想 主题教育 党史学习教育
模范机关 清廉机关 总体国家安全观 高质量发展 中国式现代化 全面从严治党 中央八项规定 党建引领 以学铸魂 以学增智
以学正风 以学促干 学思想、强党性、重实践、建新功 党的二十大精神 二十届三中全会精神""".split())
PROVINCES = {"广西", "云南", "贵州", "海南", None}
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s)


def page_text(path, meta):
    raw = path.read_bytes()
    if meta["kind"] == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts), None
    enc = meta["encoding"]
    if enc == "html":
        enc = "utf-8"
    assert raw.startswith(b"\xef\xbb\xbf") == (enc == "utf-8-sig"), f"{path}: BOM vs encoding"
    text = raw.decode(enc)
    assert ("\r\n" in text) == meta["crlf"], f"{path}: crlf flag"
    if meta["kind"] == "html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    return text, text.replace("\r\n", "\n").split("\n")


def main():
    truth = json.loads((HERE / f"truth-{SET}.json").read_text(encoding="utf-8"))
    errors = []
    pubs = {}
    used = set()
    for rel, meta in truth.items():
        pub, date, _ = rel.split("/")
        pubs.setdefault(pub, []).append(rel)
        issue = dt.date.fromisoformat(date)
        path = HERE / rel
        if not path.exists():
            errors.append(f"missing {rel}")
            continue
        try:
            text, lines = page_text(path, meta)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: {e}")
            continue
        flat = norm(text)
        ptags = set(meta["phenomena"])
        used |= ptags
        for t in ptags - TAGS:
            errors.append(f"{rel}: unknown tag {t}")
        if meta["kind"] not in ("text", "html", "docx", "ocr"):
            errors.append(f"{rel}: kind")
        if meta["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            errors.append(f"{rel}: publication_kind")
        for i, a in enumerate(meta["articles"]):
            where = f"{rel}#{i}"
            fields = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"]
            if a["attribution"]:
                # a name under the title joined with a closing （作者…） note: check both parts
                fields += [x if i == 0 else "（" + x for i, x in
                           enumerate(a["attribution"].split("（", 1))] \
                    if "（作者" in a["attribution"] else [a["attribution"]]
            for f in fields:
                if norm(f) not in flat:
                    errors.append(f"{where}: not on page: {f[:30]}")
            for p in a["people"]:
                if p == "习近平" or norm(p) not in flat:
                    errors.append(f"{where}: person {p}")
            try:
                d = dt.date.fromisoformat(a["date"])
                if not (dt.date(2022, 12, 1) <= d <= issue):
                    errors.append(f"{where}: date {d} outside issue {issue}")
            except (TypeError, ValueError):
                errors.append(f"{where}: bad date {a['date']}")
            if a["province"] not in PROVINCES:
                errors.append(f"{where}: province {a['province']}")
            tb = norm((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                if s not in SLOGANS and not re.fullmatch(r"\d+[个项张].+|[一二三四五六七八九十两]+[个项张].+", s):
                    errors.append(f"{where}: slogan {s}")
                if norm(s) not in tb:
                    errors.append(f"{where}: slogan {s} not in title/body")
            for t in a["phenomena"]:
                if t not in ptags:
                    errors.append(f"{where}: tag {t} not on page")
            for c in a["captions"]:
                if c in a["body"]:
                    errors.append(f"{where}: caption in body")
            for k in ("title", "body", "attribution", "source", "province", "agency", "date",
                      "people", "slogans", "captions", "phenomena"):
                if k not in a:
                    errors.append(f"{where}: field {k}")
        meta["_lines"] = lines
    # every file listed
    for pub in pubs:
        for f in (HERE / pub).rglob("*"):
            if f.is_file() and str(f.relative_to(HERE)) not in truth:
                errors.append(f"unlisted file {f}")
    if len(pubs) != 7 or any(len(v) != 4 for v in pubs.values()):
        errors.append(f"publications/pages: {[(p, len(v)) for p, v in pubs.items()]}")
    # shared furniture line per text publication
    for pub, rels in pubs.items():
        if truth[rels[0]]["kind"] not in ("text", "ocr"):
            continue
        common = None
        art_text = set()
        for r in rels:
            ls = {x.strip() for x in truth[r]["_lines"] if x.strip()}
            common = ls if common is None else common & ls
            for a in truth[r]["articles"]:
                art_text |= {norm(x) for x in [a["title"] or "", a["attribution"], *a["body"], *a["captions"]]}
        furn = {c for c in (common or set()) if not any(norm(c) in t for t in art_text if t)}
        if not furn:
            errors.append(f"{pub}: no shared furniture line")
    for t in TAGS - used:
        errors.append(f"tag never used: {t}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    n = sum(len(v["articles"]) for v in truth.values())
    print(f"OK: {len(truth)} pages, {len(pubs)} publications, {n} articles")


if __name__ == "__main__":
    main()
