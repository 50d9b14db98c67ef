"""Parser-free self-check of truth-h2f.json against the page files of set h2f.

Checks: every page file exists and the truth covers exactly the set's files; encoding decodes and
the CRLF flag matches; kind matches the extension; every title, body paragraph, caption and
printed attribution occurs in its page once whitespace is removed (a theory piece's attribution,
name under the title + closing （作者单位：…）, is checked part by part); people occur on the page;
dates are real days not after the issue date; tags come from the list and each article's tags are
tags of its page; slogans are canonical forms or quoted “N个……”; provinces are short forms; each
text publication's pages share at least one furniture line (a line in no article field).
"""
import datetime
import html as htmlmod
import json
import os
import re
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h2f"
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030
half_day_date honour_list html interview kicker multi_line_title name_verb national_body
no_blank_lines ocr period_date province_context pull_quote related_link relative_date
stray_spaces subheadings subtitle title_after title_none utf8_bom year_boundary""".split())
PROVS = set("""北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门""".split())
CANON = {"“%s”" % x for x in ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者",
                               "两个结合", "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风",
                               "两学一做", "三严三实", "不忘初心、牢记使命"]}
CANON |= {"习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
          "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
          "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
          "党的二十大精神", "二十届三中全会精神"}
KEYS = ["title", "body", "attribution", "source", "province", "agency", "date", "people",
        "slogans", "captions", "phenomena"]


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, rec):
    raw = open(path, "rb").read()
    if rec["kind"] == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    enc = rec["encoding"]
    if enc == "html":
        enc = "utf-8"
    txt = raw.decode(enc)
    if enc == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf"), "BOM missing"
    else:
        assert not raw.startswith(b"\xef\xbb\xbf"), "unexpected BOM"
    assert ("\r\n" in txt) == rec["crlf"], "crlf flag"
    if rec["kind"] == "html":
        t = re.sub(r"<[^>]+>", "", txt)
        return htmlmod.unescape(t), txt
    return txt, txt


def main():
    truth = json.load(open(os.path.join(HERE, "truth-%s.json" % SET), encoding="utf-8"))
    errs = []
    pubs = {}
    for rel, rec in truth.items():
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            errs.append("%s: missing" % rel)
            continue
        ext = rel.rsplit(".", 1)[1]
        want = {"txt": ("text", "ocr"), "html": ("html",), "docx": ("docx",)}[ext]
        if rec["kind"] not in want:
            errs.append("%s: kind %s" % (rel, rec["kind"]))
        try:
            text, raw = page_text(path, rec)
        except Exception as e:  # noqa
            errs.append("%s: %s" % (rel, e))
            continue
        flat = nows(text)
        pub, day = rel.split(os.sep)[0], rel.split(os.sep)[1]
        issue = datetime.date.fromisoformat(day)
        if not (2023 <= issue.year <= 2025):
            errs.append("%s: issue year" % rel)
        ptags = set(rec["phenomena"])
        if not ptags <= TAGS:
            errs.append("%s: bad page tags %s" % (rel, ptags - TAGS))
        if not rec["articles"]:
            errs.append("%s: no articles" % rel)
        fields = []
        for i, a in enumerate(rec["articles"]):
            w = "%s #%d" % (rel, i)
            if sorted(a) != sorted(KEYS):
                errs.append("%s: keys %s" % (w, sorted(a)))
                continue
            items = ([a["title"]] if a["title"] else []) + a["body"] + a["captions"]
            for s in items:
                if nows(s) not in flat:
                    errs.append("%s: not on page: %s" % (w, s[:30]))
            fields += items
            at = a["attribution"]
            if at:
                if nows(at) in flat:
                    fields.append(at)
                else:
                    m = re.match(r"^(.*?)\s+(（作者.*）)$", at)
                    if m and nows(m.group(1)) in flat and nows(m.group(2)) in flat:
                        fields += [m.group(1), m.group(2)]
                    else:
                        errs.append("%s: attribution not on page: %s" % (w, at))
            for p in a["people"]:
                if nows(p) not in flat or p == "习近平":
                    errs.append("%s: person %s" % (w, p))
            try:
                d = datetime.date.fromisoformat(a["date"])
                if d > issue:
                    errs.append("%s: date after issue" % w)
            except Exception:  # noqa
                errs.append("%s: bad date %s" % (w, a["date"]))
            if a["province"] is not None and a["province"] not in PROVS:
                errs.append("%s: province %s" % (w, a["province"]))
            for s in a["slogans"]:
                if s not in CANON and not re.fullmatch(r"“[一二三四五六七八九十两\d]+个[^“”]+”", s):
                    errs.append("%s: slogan %s" % (w, s))
                if nows(s).strip("“”") not in nows((a["title"] or "") + "".join(a["body"])):
                    errs.append("%s: slogan not in text %s" % (w, s))
            if not set(a["phenomena"]) <= ptags:
                errs.append("%s: article tags not on page" % w)
            if not set(a["phenomena"]) <= TAGS:
                errs.append("%s: bad tags" % w)
            if a["title"] is None and "title_none" not in a["phenomena"]:
                errs.append("%s: title null without title_none" % w)
        if rec["kind"] in ("text", "ocr"):
            fl = set()
            allf = nows("".join(fields))
            for ln in raw.splitlines():
                s = nows(ln)
                if s and s not in allf:
                    fl.add(s)
            pubs.setdefault(pub, []).append(fl)
    for pub, sets in pubs.items():
        common = set.intersection(*sets)
        if not common:
            errs.append("%s: pages share no furniture line" % pub)
    # every page file of the set is in the truth
    mine = {"准噶尔垦区报", "墨竹工卡融媒", "陇右日报", "綦江政务网", "三秦民政机关党建", "塞上民政周报", "河湟党建研究"}
    files = set()
    for pub in mine:
        for root, _, fs in os.walk(os.path.join(HERE, pub)):
            for f in fs:
                files.add(os.path.relpath(os.path.join(root, f), HERE))
    if files != set(truth):
        errs.append("files/truth mismatch: %s" % (files ^ set(truth)))
    alltags = set()
    for rec in truth.values():
        alltags |= set(rec["phenomena"])
    if TAGS - alltags:
        errs.append("tags never used: %s" % sorted(TAGS - alltags))
    n = sum(len(r["articles"]) for r in truth.values())
    for e in errs:
        print("FAIL", e)
    print("%d pages, %d articles, %d errors" % (len(truth), n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
