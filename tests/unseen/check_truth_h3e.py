"""Check truth-h3e.json against the page files, without any parser.

- every page file under this folder is in the truth and vice versa;
- encoding / BOM / CRLF / kind as declared;
- every title, body paragraph, caption and attribution occurs in its page once whitespace (and so
  forced line breaks) is removed (HTML: tags stripped and entities resolved; docx: paragraph text);
  a joined attribution ("top byline" + " " + "closing note") may occur in its parts, split at one space;
- every person occurs on the page and in the article's own text;
- dates are real days, not after the issue date, and on or after 2022-01-01;
- tags come from the list, article tags are page tags; source/province types are sane.
Exit status non-zero on any problem.
"""
import os, sys, json, re, datetime, html

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
PROVS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 "
            "海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
PKINDS = {"national", "provincial", "county", "magazine", "bulletin"}
problems = []


def bad(msg):
    problems.append(msg)


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, rec):
    raw = open(path, "rb").read()
    kind = rec["kind"]
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    enc = rec["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: declared utf-8-sig without BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: BOM but declared utf-8")
    try:
        text = raw.decode(enc)
    except Exception as e:
        bad(f"{path}: does not decode as {enc}: {e}")
        text = raw.decode(enc, "replace")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            if re.search(rb"[\x80-\xff]", raw):
                bad(f"{path}: declared gb18030 but is valid utf-8")
        except UnicodeDecodeError:
            pass
    has_crlf = b"\r\n" in raw
    if has_crlf != rec["crlf"]:
        bad(f"{path}: crlf is {has_crlf}, truth says {rec['crlf']}")
    if rec["crlf"] and re.search(rb"(?<!\r)\n", raw):
        bad(f"{path}: mixed line ends")
    if kind == "html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def occurs(needle, hay):
    n = nows(needle)
    return bool(n) and n in hay


def attr_occurs(a, hay):
    if occurs(a, hay):
        return True
    for m in re.finditer(r" ", a):
        left, right = a[:m.start()], a[m.end():]
        if occurs(left, hay) and occurs(right, hay):
            return True
    return False



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    truth = json.load(open(os.path.join(HERE, "truth-h3e.json"), encoding="utf-8"))
    files = set()
    for root, _, fs in _own_walk(truth):
        for f in fs:
            if f.endswith((".txt", ".html", ".docx")):
                files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for f in sorted(files - set(truth)):
        bad(f"page file not in truth: {f}")
    for f in sorted(set(truth) - files):
        bad(f"truth page without file: {f}")
    n_art = 0
    for rel, rec in truth.items():
        if rel not in files:
            continue
        parts = rel.split("/")
        if len(parts) != 3:
            bad(f"{rel}: not <publication>/<date>/<page>")
            continue
        try:
            issue = datetime.date.fromisoformat(parts[1])
        except ValueError:
            bad(f"{rel}: folder is not a date"); continue
        ext = rel.rsplit(".", 1)[1]
        kind = rec["kind"]
        if (ext, kind) not in {("txt", "text"), ("txt", "ocr"), ("html", "html"), ("docx", "docx")}:
            bad(f"{rel}: kind {kind} vs .{ext}")
        if kind == "docx" and rec["encoding"] != "docx":
            bad(f"{rel}: docx encoding")
        if kind != "docx" and rec["encoding"] not in ("utf-8", "utf-8-sig", "gb18030", "html"):
            bad(f"{rel}: encoding {rec['encoding']}")
        if rec["publication_kind"] not in PKINDS:
            bad(f"{rel}: publication_kind")
        ptags = set(rec["phenomena"])
        for t in ptags - TAGS:
            bad(f"{rel}: unknown tag {t}")
        must = {"ocr": "ocr", "html": "html", "docx": "docx"}.get(kind)
        if must and must not in ptags:
            bad(f"{rel}: page lacks tag {must}")
        if rec["encoding"] == "gb18030" and "gb18030" not in ptags:
            bad(f"{rel}: lacks gb18030 tag")
        if rec["encoding"] == "utf-8-sig" and "utf8_bom" not in ptags:
            bad(f"{rel}: lacks utf8_bom tag")
        if rec["crlf"] and "crlf" not in ptags:
            bad(f"{rel}: lacks crlf tag")
        text = page_text(os.path.join(HERE, rel), rec)
        hay = nows(text)
        if not rec["articles"]:
            bad(f"{rel}: no articles")
        for i, a in enumerate(rec["articles"]):
            n_art += 1
            where = f"{rel} #{i + 1}"
            keys = ["title", "body", "attribution", "source", "province", "agency", "date", "people",
                    "slogans", "captions", "phenomena"]
            if sorted(a) != sorted(keys):
                bad(f"{where}: keys {sorted(a)}")
                continue
            if a["title"] is not None and not occurs(a["title"], hay):
                bad(f"{where}: title not on page: {a['title']}")
            if a["title"] is None and "title_none" not in a["phenomena"] and "continued" not in a["phenomena"]:
                bad(f"{where}: title null without title_none/continued tag")
            if not a["body"]:
                bad(f"{where}: empty body")
            for p in a["body"]:
                if not occurs(p, hay):
                    bad(f"{where}: body paragraph not on page: {p[:40]}")
                if "¦" in p:
                    bad(f"{where}: break marker in truth")
            for c in a["captions"]:
                if not occurs(c, hay):
                    bad(f"{where}: caption not on page: {c[:40]}")
            if a["attribution"] and not attr_occurs(a["attribution"], hay):
                bad(f"{where}: attribution not on page: {a['attribution']}")
            own = nows((a["title"] or "") + "".join(a["body"]) + "".join(a["captions"]) + a["attribution"])
            for p in a["people"]:
                if not occurs(p, hay):
                    bad(f"{where}: person not on page: {p}")
                if nows(p) not in own and nows(p).replace("·", "") not in own:
                    bad(f"{where}: person not in the article's text: {p}")
                if p == "习近平":
                    bad(f"{where}: 习近平 as person")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    bad(f"{where}: date {d} after issue {issue}")
                if d < datetime.date(2022, 1, 1):
                    bad(f"{where}: date {d} before 2022")
            except (TypeError, ValueError):
                bad(f"{where}: bad date {a['date']}")
            if a["province"] is not None and a["province"] not in PROVS:
                bad(f"{where}: province {a['province']}")
            for k in ("source", "agency"):
                if a[k] is not None and (not isinstance(a[k], str) or not a[k]):
                    bad(f"{where}: {k} must be null or a non-empty string")
            if a["agency"] is not None and nows(a["agency"]) not in own and "continued" not in a["phenomena"]:
                bad(f"{where}: agency not printed in article: {a['agency']}")
            body_nq = nows((a["title"] or "") + "".join(a["body"])).replace("“", "").replace("”", "")
            if kind == "ocr":  # OCR pages: undo the usual misreads before looking for a slogan
                body_nq = body_nq.translate(str.maketrans({"笫": "第", "]": "1", "l": "1", "O": "0", "曰": "日"}))
            for s in a["slogans"]:
                if nows(s) not in body_nq:
                    bad(f"{where}: slogan not in title/body: {s}")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{where}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{where}: article tag {t} not a page tag")
            if not isinstance(a["attribution"], str):
                bad(f"{where}: attribution must be a string")
    used = set()
    for rec in truth.values():
        used |= set(rec["phenomena"])
    for t in sorted(TAGS - used):
        bad(f"tag never used: {t}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(truth)} pages, {n_art} articles, all checks passed")


if __name__ == "__main__":
    main()
