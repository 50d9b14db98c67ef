"""Checks truth-h3f.json against the page files next to it, without any parser.

- every page file is in the truth and every truth page exists;
- encoding / BOM / CRLF / kind flags match the bytes and the tags;
- every title, body paragraph, caption and attribution occurs in the page text once all
  whitespace (and forced line breaks) are removed (an attribution may be two printed parts);
- people occur on the page; 习近平 is never a person;
- dates are real days, not after the issue date (a magazine: not after its month's last day);
- tags come from the list, article tags are page tags, every tag is used somewhere;
- slogans are canonical (or quoted N个…), occur in title/body, and every canonical term that
  occurs in title/body is listed.
Exits non-zero on any problem.
"""
import calendar
import datetime
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
QUOTED = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
          "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
          "不忘初心、牢记使命"]
PLAIN = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
         "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
         "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
         "党的二十大精神", "二十届三中全会精神"]
CANON = {f"“{q}”": q for q in QUOTED}
CANON.update({p: p for p in PLAIN})
PROVS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
            "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
WS = re.compile(r"\s+")
problems = []


def bad(msg):
    problems.append(msg)


def squash(s):
    return WS.sub("", s.replace("\u3000", "").replace("\u00a0", ""))


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def page_text(path, rec):
    raw = open(path, "rb").read()
    kind, enc = rec["kind"], rec["encoding"]
    if kind == "docx":
        from docx import Document
        doc = Document(path)
        return "\n".join(p.text for p in doc.paragraphs)
    if enc == "utf-8-sig":
        if not raw.startswith(b"\xef\xbb\xbf"):
            bad(f"{path}: utf-8-sig without BOM")
    elif raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: BOM but encoding {enc}")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            bad(f"{path}: gb18030 page decodes as utf-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
    txt = raw.decode(enc)
    has_crlf = "\r\n" in txt
    if has_crlf != rec["crlf"]:
        bad(f"{path}: crlf flag {rec['crlf']} but file crlf={has_crlf}")
    if rec["crlf"] and re.search(r"(?<!\r)\n", txt):
        bad(f"{path}: mixed line ends")
    if kind == "html":
        m = re.search(r'charset=([\w-]+)', txt)
        if not m:
            bad(f"{path}: no charset")
        elif m.group(1).lower() not in (enc, "gbk" if enc == "gb18030" else enc):
            bad(f"{path}: charset {m.group(1)} vs {enc}")
        t = Text()
        t.feed(txt)
        return "\n".join(t.out)
    return txt


def occurs_split(needle, hay):
    if needle in hay:
        return True
    return any(needle[:i] in hay and needle[i:] in hay for i in range(1, len(needle)))



def _own_walk(truth):
    """Walk only this set's publication folders: the share's folder holds the other sets too."""
    for pub in sorted({k.split("/")[0] for k in truth}):
        yield from os.walk(os.path.join(HERE, pub))

def main():
    truth = json.load(open(os.path.join(HERE, "truth-h3f.json"), encoding="utf-8"))
    files = set()
    for root, _, fs in _own_walk(truth):
        for f in fs:
            if f.endswith((".txt", ".html", ".docx")):
                files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for f in sorted(files - set(truth)):
        bad(f"{f}: page file not in truth")
    for f in sorted(set(truth) - files):
        bad(f"{f}: truth page has no file")
    used = set()
    n_art = 0
    for rel, rec in sorted(truth.items()):
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            continue
        pub, day, name = rel.split("/")
        try:
            issue = datetime.date.fromisoformat(day)
        except ValueError:
            bad(f"{rel}: folder date {day}")
            continue
        limit = issue
        if rec["publication_kind"] == "magazine":
            if issue.day != 1:
                bad(f"{rel}: magazine folder date not first of month")
            limit = issue.replace(day=calendar.monthrange(issue.year, issue.month)[1])
        ext = name.rsplit(".", 1)[1]
        want_kind = {"txt": ("text", "ocr"), "html": ("html",), "docx": ("docx",)}[ext]
        if rec["kind"] not in want_kind:
            bad(f"{rel}: kind {rec['kind']} for .{ext}")
        if rec["publication_kind"] not in ("national", "provincial", "county", "magazine", "bulletin"):
            bad(f"{rel}: publication_kind {rec['publication_kind']}")
        text = page_text(path, rec)
        flat = squash(text)
        ptags = set(rec["phenomena"])
        used |= ptags
        for t in ptags - TAGS:
            bad(f"{rel}: unknown tag {t}")
        # format tags consistent
        for tag, cond in (("crlf", rec["crlf"]), ("gb18030", rec["encoding"] == "gb18030"),
                          ("utf8_bom", rec["encoding"] == "utf-8-sig"), ("html", rec["kind"] == "html"),
                          ("docx", rec["kind"] == "docx"), ("ocr", rec["kind"] == "ocr")):
            if (tag in ptags) != cond:
                bad(f"{rel}: tag {tag} inconsistent with record")
        if not rec["articles"]:
            bad(f"{rel}: no articles")
        last_pos = -1
        for i, a in enumerate(rec["articles"]):
            n_art += 1
            where = f"{rel}#{i}"
            keys = {"title", "body", "attribution", "source", "province", "agency", "date", "people",
                    "slogans", "captions", "phenomena"}
            if set(a) != keys:
                bad(f"{where}: keys {sorted(set(a) ^ keys)}")
                continue
            for t in set(a["phenomena"]) - ptags:
                bad(f"{where}: article tag {t} not on page")
            if a["title"] is not None and squash(a["title"]) not in flat:
                bad(f"{where}: title not on page: {a['title']}")
            if (a["title"] is None) != ("title_none" in a["phenomena"]) and "continued" not in a["phenomena"]:
                bad(f"{where}: title None vs title_none tag mismatch")
            if not a["body"]:
                bad(f"{where}: empty body")
            for para in a["body"]:
                if not para.strip() or squash(para) not in flat:
                    bad(f"{where}: body paragraph not on page: {para[:40]}")
            # page order: first body paragraph position increases
            if a["body"]:
                pos = flat.find(squash(a["body"][0]))
                if pos < last_pos:
                    bad(f"{where}: articles out of page order")
                last_pos = pos
            for c in a["captions"]:
                if squash(c) not in flat:
                    bad(f"{where}: caption not on page: {c}")
                if c.startswith("▲"):
                    bad(f"{where}: caption keeps ▲")
            if a["attribution"] and not occurs_split(squash(a["attribution"]), flat):
                bad(f"{where}: attribution not on page: {a['attribution']}")
            if a["attribution"].endswith("作者："):
                bad(f"{where}: empty 作者 kept")
            for p in a["people"]:
                if not p or squash(p) not in flat:
                    bad(f"{where}: person not on page: {p}")
                if p == "习近平":
                    bad(f"{where}: 习近平 as person")
                if " " in p:
                    bad(f"{where}: padded person {p!r}")
            if a["province"] is not None and a["province"] not in PROVS:
                bad(f"{where}: province {a['province']}")
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > limit:
                    bad(f"{where}: date {d} after issue {issue}")
                if d.year < 2022 or d.year > 2025:
                    bad(f"{where}: date {d} outside 2022-2025")
                if "year_boundary" in a["phenomena"] and not (d.month == 12 and issue.month == 1
                                                              and d.year == issue.year - 1):
                    bad(f"{where}: year_boundary but date {d}")
            except (ValueError, TypeError):
                bad(f"{where}: bad date {a['date']}")
            tb = squash((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                core = CANON.get(s)
                if core is None:
                    m = re.fullmatch(r"“([一二三四五六七八九十两]+[个项张].+)”", s)
                    if not m:
                        bad(f"{where}: non-canonical slogan {s}")
                        continue
                    core = m.group(1)
                if squash(core) not in tb:
                    bad(f"{where}: slogan {s} not in title/body")
            for s, core in CANON.items():
                if core in tb and s not in a["slogans"]:
                    bad(f"{where}: slogan {s} occurs but not listed")
            if len(set(a["slogans"])) != len(a["slogans"]):
                bad(f"{where}: duplicate slogans")
    for t in sorted(TAGS - used):
        bad(f"tag never used: {t}")
    kinds = {}
    for rec in truth.values():
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
    print(f"{len(truth)} pages, {n_art} articles, kinds {kinds}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
