"""Check truth-h5d.json against the page files, without any parser. Exits non-zero on any problem.

Walks only this set's publications (the top folders named in the truth). Text of a page: .txt decoded
with its encoding; .html with tags removed and entities unescaped; .docx the paragraphs' text. All
comparisons are made with whitespace removed (line breaks included). An attribution is checked part by
part (split at whitespace: an author line and its closing note are printed apart).
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = set("""briefs bulletin_masthead byline_top captions column_label contents_list continued crlf
dateline distribution_lines docx dot_name double_spaced editor_note enumeration gb18030 half_day_date
honour_list html interview kicker multi_line_title name_verb national_body no_blank_lines ocr period_date
province_context pull_quote related_link relative_date stray_spaces subheadings subtitle title_after
title_none utf8_bom year_boundary""".split())
CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
         "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂",
         "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
PROVS = {"四川", "重庆", "贵州", "云南", "西藏"}
KINDS = {"national", "provincial", "county", "magazine", "bulletin"}


def nows(s):
    return re.sub(r"\s+", "", s)


def page_text(path, enc):
    raw = open(path, "rb").read()
    if path.endswith(".docx"):
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if path.endswith(".html"):
        t = raw.decode("gb18030" if enc == "gb18030" else "utf-8")
        t = re.sub(r"<[^>]+>", "", t)
        return html.unescape(t)
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("no BOM")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("unexpected BOM")
    return raw.decode(enc)


def main():
    probs = []
    truth = json.load(open(os.path.join(HERE, "truth-h5d.json"), encoding="utf-8"))
    pubs = {k.split("/")[0] for k in truth}
    files = set()
    for pub in pubs:
        for root, _, fs in os.walk(os.path.join(HERE, pub)):
            for f in fs:
                files.add(os.path.relpath(os.path.join(root, f), HERE).replace(os.sep, "/"))
    for f in sorted(files ^ set(truth)):
        probs.append("file/truth mismatch: " + f)
    used = set()
    for path, pg in sorted(truth.items()):
        fp = os.path.join(HERE, path)
        if not os.path.exists(fp):
            continue
        try:
            text = page_text(fp, pg["encoding"])
        except Exception as e:
            probs.append("%s: cannot read: %s" % (path, e))
            continue
        raw = open(fp, "rb").read()
        if path.endswith(".txt") and pg["crlf"] != (b"\r\n" in raw):
            probs.append(path + ": crlf flag wrong")
        flat = nows(text)
        pub, d, _ = path.split("/")
        issue = datetime.date.fromisoformat(d)
        if pg["publication_kind"] not in KINDS:
            probs.append(path + ": bad publication_kind")
        ptags = set(pg["phenomena"])
        for t in ptags - TAGS:
            probs.append("%s: unknown tag %s" % (path, t))
        used |= ptags
        if not pg["articles"]:
            probs.append(path + ": no articles")
        for i, a in enumerate(pg["articles"]):
            w = "%s #%d" % (path, i)
            for key in ("title", "body", "attribution", "source", "province", "agency", "date", "people",
                        "slogans", "captions", "phenomena"):
                if key not in a:
                    probs.append(w + ": missing " + key)
            if a["title"] is not None and nows(a["title"]) not in flat:
                probs.append(w + ": title not on page: " + a["title"])
            if not a["body"]:
                probs.append(w + ": empty body")
            for p in a["body"]:
                if nows(p) not in flat:
                    probs.append(w + ": body not on page: " + p[:30])
            for c in a["captions"]:
                if nows(c) not in flat:
                    probs.append(w + ": caption not on page: " + c)
            for part in a["attribution"].split():
                if part not in flat:
                    probs.append(w + ": attribution not on page: " + part)
            for p in a["people"]:
                if nows(p) not in flat or p == "习近平":
                    probs.append(w + ": person not on page: " + p)
            if a["province"] is not None and a["province"] not in PROVS:
                probs.append(w + ": province " + str(a["province"]))
            try:
                dd = datetime.date.fromisoformat(a["date"])
                if dd > issue:
                    probs.append(w + ": date after issue")
                if (issue - dd).days > 400:
                    probs.append(w + ": date implausibly old")
            except Exception:
                probs.append(w + ": bad date " + str(a["date"]))
            body = nows((a["title"] or "") + "".join(a["body"]))
            for s in a["slogans"]:
                if nows(s).strip("“”") not in body:
                    probs.append(w + ": slogan not in title/body: " + s)
            for c in CANON:
                if c in body and c not in a["slogans"]:
                    probs.append(w + ": canonical slogan missing: " + c)
            for t in a["phenomena"]:
                if t not in TAGS:
                    probs.append(w + ": unknown tag " + t)
                if t not in ptags:
                    probs.append(w + ": article tag not on page: " + t)
    for t in sorted(TAGS - used):
        probs.append("tag never used: " + t)
    for p in probs:
        print(p)
    n = sum(len(v["articles"]) for v in truth.values())
    print("%d pages, %d articles, %d problems" % (len(truth), n, len(probs)))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
