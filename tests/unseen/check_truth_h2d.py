"""Parser-free self-check of truth-h2d.json against the page files of set h2d.

Checks: files exist and decode with the declared encoding (BOM / CRLF flags true to the bytes);
every title, body paragraph, caption and printed attribution occurs in its page once whitespace is
removed (a split attribution 文/X（作者单位：…） is checked piece by piece); every person occurs in
the page and in the article's own fields; dates are real days not after the issue date (folder);
tags come from the list and each article tag is also a page tag; slogans are canonical forms found
in title or body; each text publication's pages share at least one furniture line (a line that is
in no article field)."""
import datetime, html, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
KINDS = {"text", "html", "docx", "ocr"}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin"}
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people",
          "slogans", "captions", "phenomena"]
ws = lambda s: re.sub(r"\s+", "", s)
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def page_text(path, meta):
    raw = path.read_bytes()
    kind = meta["kind"]
    if kind == "docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    enc = meta["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        err(path, "declared BOM missing")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        err(path, "undeclared BOM")
    s = raw.decode({"html": "utf-8"}.get(enc, enc))
    if kind != "html":
        if meta["crlf"] != ("\r\n" in s):
            err(path, "crlf flag wrong")
        if meta["crlf"] and re.search(r"(?<!\r)\n", s):
            err(path, "mixed line ends")
    if kind == "html":
        s = re.sub(r"(?s)<(script|style).*?</\1>", "", s)
        s = html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s


def main():
    truth = json.loads((HERE / "truth-h2d.json").read_text(encoding="utf-8"))
    sys.path.insert(0, str(HERE))
    from make_pages_h2d import slogans_of
    pubs = {}
    counts = {"pages": 0, "articles": 0}
    for rel, meta in truth.items():
        counts["pages"] += 1
        path = HERE / rel
        if not path.exists():
            err(rel, "missing file")
            continue
        pub, day, _ = rel.split("/")
        issue = datetime.date.fromisoformat(day)
        if meta["kind"] not in KINDS or meta["publication_kind"] not in PKINDS:
            err(rel, "bad kind")
        text = page_text(path, meta)
        flat = ws(text)
        ptags = set(meta["phenomena"])
        if ptags - TAGS:
            err(rel, "unknown tags", ptags - TAGS)
        fieldtext = []
        for i, a in enumerate(meta["articles"]):
            counts["articles"] += 1
            if set(a) != set(FIELDS):
                err(rel, i, "fields", set(a) ^ set(FIELDS))
            own = []
            if a["title"] is not None:
                own.append(a["title"])
                if ws(a["title"]) not in flat:
                    # kicker joined with a space: check the pieces
                    for piece in a["title"].split(" "):
                        if ws(piece) not in flat:
                            err(rel, i, "title not on page", piece)
            for p in a["body"]:
                own.append(p)
                if ws(p) not in flat:
                    err(rel, i, "body not on page", p[:20])
            for c in a["captions"]:
                own.append(c)
                if ws(c) not in flat:
                    err(rel, i, "caption not on page", c)
            if a["attribution"]:
                own.append(a["attribution"])
                pieces = [a["attribution"]]
                if "（作者" in a["attribution"] and ws(a["attribution"]) not in flat:
                    h, t = a["attribution"].split("（作者", 1)
                    pieces = [h, "（作者" + t]
                for piece in pieces:
                    if ws(piece) not in flat:
                        err(rel, i, "attribution not on page", piece)
            ownflat = ws("".join(own))
            for person in a["people"]:
                if person == "习近平":
                    err(rel, i, "习近平 as person")
                if ws(person) not in flat or ws(person) not in ownflat:
                    err(rel, i, "person not found", person)
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    err(rel, i, "date after issue", a["date"])
                if (issue - d).days > 60:
                    err(rel, i, "date far before issue", a["date"])
            except Exception:
                err(rel, i, "bad date", a["date"])
            if set(a["phenomena"]) - ptags:
                err(rel, i, "article tag not on page", set(a["phenomena"]) - ptags)
            exp = slogans_of((a["title"] or "") + "".join(a["body"]))
            if sorted(exp) != sorted(a["slogans"]):
                err(rel, i, "slogans", a["slogans"], exp)
            if a["province"] is None and a["agency"] and ("省" in a["agency"] or "市" in a["agency"]):
                err(rel, i, "agency with province but province null")
            fieldtext += own
        if meta["kind"] in ("text", "ocr"):
            ftxt = set(ws(x) for x in fieldtext)
            lines = set()
            for l in text.splitlines():
                l2 = ws(l)
                if l2 and not any(l2 in f for f in ftxt):
                    lines.add(l2)
            pubs.setdefault(pub, []).append(lines)
    for pub, sets in pubs.items():
        common = set.intersection(*sets)
        if not common:
            err(pub, "no furniture line shared by all pages")
    used = set()
    for meta in truth.values():
        used |= set(meta["phenomena"])
    if TAGS - used:
        err("tags never used:", sorted(TAGS - used))
    for e in errors:
        print("ERROR", e)
    print(counts, "errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
