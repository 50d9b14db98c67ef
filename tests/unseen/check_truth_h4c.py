"""Check truth-h4c.json against the page files of set h4c, without any parser.

Checks: every page file of this set's publications is in the truth and vice versa; encoding,
BOM and CRLF flags match the bytes; every title, body paragraph, caption and printed attribution
occurs in its page once whitespace (and forced line breaks) are removed (an attribution joined
from a top byline and a closing note may occur as two pieces); people occur on the page; dates
are real days, not after the issue date (folder date); tags come from the list and each article
tag is also a page tag; every tag of the list is used; slogans are complete (every canonical
form in title/body, every quoted numbered formulation) and each occurs in its article.
Exits non-zero on any problem.
"""
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h4c"
PUBS = ["神州社区报", "雾凇日报", "鹤城晚报", "扎兰屯融媒", "冀民党建工作简报", "东北党建观察", "岫岩融媒"]
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
PROVS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
            "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NOT_NUMBERED = {"两张皮", "一张网"}
NUM_RE = re.compile(r"“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,10})”")
KEYS = ["title", "body", "attribution", "source", "province", "agency", "date", "people",
        "slogans", "captions", "phenomena"]

problems = []


def bad(msg):
    problems.append(msg)


def nows(s):
    return re.sub(r"\s+", "", s)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def page_text(path, meta):
    raw = open(path, "rb").read()
    if meta["kind"] == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    enc = meta["encoding"]
    if enc == "utf-8-sig":
        if not raw.startswith(b"\xef\xbb\xbf"):
            bad(f"{path}: no BOM")
    elif raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{path}: unexpected BOM")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            bad(f"{path}: gb18030 page decodes as utf-8")
        except UnicodeDecodeError:
            pass
    text = raw.decode(enc)
    has_crlf = b"\r\n" in raw
    if has_crlf != bool(meta["crlf"]):
        bad(f"{path}: crlf flag {meta['crlf']} but bytes say {has_crlf}")
    if meta["kind"] == "html":
        p = Text()
        p.feed(text)
        text = "\n".join(p.out)
    return text


def occurs_joined(s, page):
    s = nows(s)
    if s in page:
        return True
    return any(s[:i] in page and s[i:] in page for i in range(1, len(s)))


def real_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    truth = json.load(open(os.path.join(HERE, f"truth-{SET}.json"), encoding="utf-8"))
    files = set()
    for pub in PUBS:
        for root, _, names in os.walk(os.path.join(HERE, pub)):
            for n in names:
                files.add(os.path.relpath(os.path.join(root, n), HERE).replace(os.sep, "/"))
    for f in sorted(files - set(truth)):
        bad(f"page file not in truth: {f}")
    for f in sorted(set(truth) - files):
        bad(f"truth page without file: {f}")
    used = set()
    counts = {}
    for rel, meta in truth.items():
        parts = rel.split("/")
        if len(parts) != 3 or parts[0] not in PUBS:
            bad(f"{rel}: bad path")
            continue
        issue = real_date(parts[1])
        if issue is None:
            bad(f"{rel}: folder is no date")
            continue
        counts[meta["kind"]] = counts.get(meta["kind"], 0) + 1
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            continue
        page = nows(page_text(path, meta))
        ptags = set(meta["phenomena"])
        for t in ptags - TAGS:
            bad(f"{rel}: unknown page tag {t}")
        used |= ptags
        for k, v in (("ocr", meta["kind"] == "ocr"), ("html", meta["kind"] == "html"),
                     ("docx", meta["kind"] == "docx"), ("crlf", meta["crlf"]),
                     ("gb18030", meta["encoding"] == "gb18030"), ("utf8_bom", meta["encoding"] == "utf-8-sig")):
            if v != (k in ptags):
                bad(f"{rel}: page tag {k} disagrees with the file")
        if not meta["articles"]:
            bad(f"{rel}: no articles")
        for i, a in enumerate(meta["articles"]):
            w = f"{rel} #{i}"
            if sorted(a) != sorted(KEYS):
                bad(f"{w}: keys {sorted(a)}")
                continue
            if a["title"] is not None and nows(a["title"]) not in page:
                bad(f"{w}: title not on page: {a['title']}")
            if (a["title"] is None) != ("title_none" in a["phenomena"] or "continued" in a["phenomena"]):
                bad(f"{w}: title null vs title_none/continued tag")
            if not a["body"]:
                bad(f"{w}: empty body")
            for b in a["body"]:
                if not b.strip() or nows(b) not in page:
                    bad(f"{w}: body paragraph not on page: {b[:30]}")
            for c in a["captions"]:
                if nows(c) not in page:
                    bad(f"{w}: caption not on page: {c}")
            if a["attribution"] and not occurs_joined(a["attribution"], page):
                bad(f"{w}: attribution not on page: {a['attribution']}")
            for p in a["people"]:
                if not p or nows(p) not in page or p == "习近平" or re.search(r"\s", p):
                    bad(f"{w}: person not on page / bad: {p}")
            if a["province"] is not None and a["province"] not in PROVS:
                bad(f"{w}: province {a['province']}")
            d = real_date(a["date"])
            if d is None or d > issue:
                bad(f"{w}: date {a['date']} unreal or after issue {issue}")
            if d and d.year < 2022:
                bad(f"{w}: date before 2022")
            if ("year_boundary" in a["phenomena"]) != (d is not None and d.year < issue.year):
                bad(f"{w}: year_boundary tag disagrees with date")
            for t in a["phenomena"]:
                if t not in TAGS:
                    bad(f"{w}: unknown tag {t}")
                if t not in ptags:
                    bad(f"{w}: article tag {t} not a page tag")
            text = nows((a["title"] or "") + "".join(a["body"]))
            plain = text.replace("“", "").replace("”", "")
            slog = [s.replace("“", "").replace("”", "") for s in a["slogans"]]
            for c in CANON:
                if c in plain and c not in slog:
                    bad(f"{w}: canonical slogan {c} missing")
            for m in NUM_RE.findall(text):
                if m not in NOT_NUMBERED and m not in slog:
                    bad(f"{w}: numbered formulation {m} missing")
            for s in slog:
                if s not in plain:
                    bad(f"{w}: slogan {s} not in title/body")
            if a["source"] is not None and not a["source"]:
                bad(f"{w}: empty source")
    for t in TAGS - used:
        bad(f"tag never used: {t}")
    n_art = sum(len(m["articles"]) for m in truth.values())
    print(f"pages {len(truth)}  articles {n_art}  formats {counts}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
