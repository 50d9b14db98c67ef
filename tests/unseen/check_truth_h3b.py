"""Check truth-h3b.json against the page files, without any parser. Exits non-zero on any problem.

Checks: every page file is in the truth and vice versa; encoding / BOM / CRLF flags match the bytes;
every title, body paragraph, caption and printed attribution occurs in its page once all whitespace
(spaces, full-width spaces, &nbsp;, forced line breaks) is removed; a joined attribution (top byline +
closing note, separated by whitespace) passes when each part occurs in page order; every person occurs
on the page and in the article's own text; articles are in page order; dates are real days in
2022-01-01..issue date; slogans occur in title/body and every canonical term that occurs there is
listed; tags come from the list, article tags are page tags, format tags match the format; the set
uses every tag at least once.
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h3b"
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
FIXED = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
PROVINCES = {"广东", "广西", "海南", "福建", None}
PKINDS = {"national", "provincial", "county", "magazine", "bulletin"}
KINDS = {"text", "html", "docx", "ocr"}
FIELDS = ["title", "body", "attribution", "source", "province", "agency", "date", "people",
          "slogans", "captions", "phenomena"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, entry):
    full = os.path.join(HERE, path)
    kind, enc = entry["kind"], entry["encoding"]
    if kind == "docx":
        from docx import Document
        doc = Document(full)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    data = open(full, "rb").read()
    if enc == "utf-8-sig":
        if not data.startswith(b"\xef\xbb\xbf"):
            bad(path, "utf-8-sig without BOM")
    elif data.startswith(b"\xef\xbb\xbf"):
        bad(path, "BOM present but encoding " + enc)
    if enc == "gb18030":
        try:
            data.decode("utf-8")
            bad(path, "gb18030 page decodes as utf-8")
        except UnicodeDecodeError:
            pass
    txt = data.decode(enc)
    crlf_n = txt.count("\r\n")
    lf_n = txt.count("\n")
    if entry["crlf"] and crlf_n != lf_n:
        bad(path, "crlf flag but bare LF present")
    if not entry["crlf"] and crlf_n:
        bad(path, "CRLF present but crlf false")
    if kind == "html":
        m = re.search(r'charset=([\w-]+)', txt)
        if not m:
            bad(path, "no charset")
        txt = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", txt)
        txt = re.sub(r"(?s)<[^>]+>", "\n", txt)
        txt = html.unescape(txt)
    return txt


def real_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    truth = json.load(open(os.path.join(HERE, f"truth-{SETID}.json"), encoding="utf-8"))
    on_disk = set()
    for root, _, files in _own_walk(truth):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/")
            if rel.count("/") >= 2:
                on_disk.add(rel)
    for p in sorted(on_disk - set(truth)):
        bad(p, "page file not in truth")
    for p in sorted(set(truth) - on_disk):
        bad(p, "truth page has no file")

    used = set()
    n_art = 0
    for path, e in truth.items():
        if path not in on_disk:
            continue
        parts = path.split("/")
        if len(parts) != 3 or not real_date(parts[1]):
            bad(path, "path is not <publication>/<YYYY-MM-DD>/<page>")
            continue
        issue = real_date(parts[1])
        ext = parts[2].rsplit(".", 1)[-1]
        if e["kind"] not in KINDS or e["publication_kind"] not in PKINDS:
            bad(path, "bad kind / publication_kind")
        if {"text": "txt", "ocr": "txt", "html": "html", "docx": "docx"}[e["kind"]] != ext:
            bad(path, "extension does not fit kind")
        if e["publication_kind"] == "magazine" and issue.day != 1:
            bad(path, "magazine folder date not 1st of month")
        enc_ok = {"docx": {"docx"}, "html": {"utf-8", "gb18030", "html"},
                  "text": {"utf-8", "utf-8-sig", "gb18030"}, "ocr": {"utf-8", "utf-8-sig", "gb18030"}}
        if e["encoding"] not in enc_ok[e["kind"]]:
            bad(path, "bad encoding for kind")
        ptags = set(e["phenomena"])
        for t in ptags - TAGS:
            bad(path, f"unknown page tag {t}")
        used |= ptags
        expect = {"html": e["kind"] == "html", "docx": e["kind"] == "docx", "ocr": e["kind"] == "ocr",
                  "gb18030": e["encoding"] == "gb18030", "utf8_bom": e["encoding"] == "utf-8-sig",
                  "crlf": bool(e["crlf"])}
        for t, want in expect.items():
            if (t in ptags) != want:
                bad(path, f"format tag {t} {'missing' if want else 'wrong'}")
        page = nows(page_text(path, e))
        arts = e["articles"]
        if not arts:
            bad(path, "no articles")
        atags_union = set()
        last_pos = -1
        for i, a in enumerate(arts):
            n_art += 1
            w = f"{path}#{i}"
            if sorted(a) != sorted(FIELDS):
                bad(w, f"fields {sorted(a)}")
                continue
            texts = []
            if a["title"] is not None:
                if not isinstance(a["title"], str) or not a["title"].strip():
                    bad(w, "empty title")
                elif nows(a["title"]) not in page:
                    bad(w, f"title not on page: {a['title']}")
                texts.append(a["title"])
            if not a["body"]:
                bad(w, "empty body")
            for para in a["body"]:
                if not para.strip() or nows(para) not in page:
                    bad(w, f"body paragraph not on page: {para[:30]}")
            texts += a["body"]
            if a["body"] and nows(a["body"][0]) in page:
                pos = page.find(nows(a["body"][0]))
                if pos <= last_pos:
                    bad(w, "articles not in page order")
                last_pos = pos
            for c in a["captions"]:
                if nows(c) not in page:
                    bad(w, f"caption not on page: {c}")
            att = a["attribution"]
            if not isinstance(att, str):
                bad(w, "attribution not a string")
            elif att:
                if nows(att) not in page:
                    k = 0
                    for part in att.split():
                        j = page.find(nows(part), k)
                        if j < 0:
                            bad(w, f"attribution not on page: {att}")
                            break
                        k = j + len(nows(part))
            own = nows("".join(texts) + "".join(a["captions"]) + att)
            for person in a["people"]:
                if person == "习近平":
                    bad(w, "习近平 listed as person")
                if not person or nows(person) != person or nows(person) not in page:
                    bad(w, f"person not on page: {person}")
                elif person not in own:
                    bad(w, f"person not in the article's own text: {person}")
            if len(set(a["people"])) != len(a["people"]):
                bad(w, "duplicate people")
            dt = real_date(a["date"] or "")
            if not dt:
                bad(w, f"bad date {a['date']}")
            elif not (datetime.date(2022, 1, 1) <= dt <= issue):
                bad(w, f"date {a['date']} out of range (issue {issue})")
            if a["province"] not in PROVINCES and a["province"] not in ("新疆",):
                bad(w, f"province {a['province']}")
            tb = nows((a["title"] or "") + "".join(a["body"])).replace("“", "").replace("”", "")
            for s in a["slogans"]:
                if nows(s) not in tb:
                    bad(w, f"slogan not in title/body: {s}")
            for f in FIXED:
                if f in tb and f not in a["slogans"]:
                    bad(w, f"slogan missing: {f}")
            at = set(a["phenomena"])
            for t in at - TAGS:
                bad(w, f"unknown tag {t}")
            for t in at - ptags:
                bad(w, f"article tag {t} not a page tag")
            atags_union |= at
            if "title_none" in at and a["title"] is not None:
                bad(w, "title_none with a title")
            if a["title"] is None and not ({"title_none", "continued"} & at):
                bad(w, "title null without title_none/continued tag")
            if "captions" in at and not a["captions"]:
                bad(w, "captions tag without captions")
            if a["captions"] and "captions" not in at:
                bad(w, "captions without tag")
            if a["source"] is not None and not a["source"].strip():
                bad(w, "empty source")
        if not atags_union <= ptags:
            bad(path, "page tags miss article tags")
    for t in sorted(TAGS - used):
        bad("set", f"tag never used: {t}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problems")
        sys.exit(1)
    fm = {}
    for e in truth.values():
        fm[e["kind"]] = fm.get(e["kind"], 0) + 1
    pubs = {p.split("/")[0] for p in truth}
    print(f"OK: {len(truth)} pages, {len(pubs)} publications, {n_art} articles, formats {fm}, "
          f"{len(used)}/{len(TAGS)} tags used")


if __name__ == "__main__":
    main()
