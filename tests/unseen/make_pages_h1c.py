#!/usr/bin/env python3
"""Generate held-back set c (tests/unseen) and its ground truth truth-h1c.json.

Six publications, every article invented for this set (genre imitation only; all names of
people are made up).  Pages go to tests/unseen/<publication>/<YYYY-MM-DD>/<NN>.<ext>.

    /work/main/.venv/bin/python make_pages_h1c.py      (python-docx needed for the .docx pages)

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a county, city or division the article does not print before the town or district body is dropped (海口市美兰区委社会工作部→美兰区委社会工作部).
aligned to docs/truth_conventions.md (round nine): a source is X in full form: 吉林省社会组织联合党委→吉林省社会组织联合党委办公室.
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 1; kind 3 (an uncredited report of the paper or site
→ the paper, source) 1; kind 7 (both forms printed → the shorter, agency) 3 — 5 values, listed in
_TRUTH10 and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 1 (slogans of the list, and quoted N个/N项/N张 formulations, in title or body) 1 — 1 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
"""
import datetime
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))



SLOGANS = [
    "两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
    "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
    "不忘初心、牢记使命",
    "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
    "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
    "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
    "党的二十大精神", "二十届三中全会精神",
]
NUMBERED = re.compile(r"“([一二三四五六七八九十两0-9０-９]+[个项][^“”\s]{1,12})”")
WEEK = "一二三四五六日"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    """Full-width digits (the page prints them so, and so does the truth)."""
    return s.translate(FW)


def fw_article(a):
    """A page that prints full-width digits in its articles (truth keeps them full-width)."""
    for k in ("title", "kicker", "sub", "dateline"):
        if a.get(k):
            a[k] = fw(a[k])
    a["body"] = [fw(p) for p in a["body"]]
    a["captions"] = [(i, fw(c)) for i, c in a["captions"]]
    return a


def clean(s):
    return s.replace("¦", "").replace("{", "").replace("}", "")


def unmark(s):
    return s.replace("{", "").replace("}", "")


def names_in(s):
    return [n.replace("¦", "") for n in re.findall(r"\{([^{}]+)\}", s or "")]


def ws(s):
    return re.sub(r"\s+", "", s)


def weekday(d):
    return "星期" + WEEK[datetime.date.fromisoformat(d).weekday()]


def cn_date(d, week=True):
    y, m, dd = d.split("-")
    s = f"{int(y)}年{int(m)}月{int(dd)}日"
    return s + (" " + weekday(d) if week else "")


def A(**kw):
    """An article record.  Keys:
    kicker, title (¦ splits printed lines), sub, title_pos ('before'|'after'|'none'),
    byline (list of top byline lines), dateline (printed at the start of the lead),
    body (list of paragraphs), end (list of attribution lines at the end),
    captions (list of (after_paragraph_index, text)), label (column label above),
    cont_top / cont_end, marker (brief marker), source, province, agency, date, tags.
    """
    a = dict(kicker=None, title=None, sub=None, title_pos="before", byline=[], dateline=None,
             body=[], end=[], captions=[], label=None, cont_top=None, cont_end=None,
             marker=None, source=None, province=None, agency=None, date=None, tags=[],
             width=None, double=None, title_gap=False, indent=None, pull=None, enote=None, glue=False)
    a.update(kw)
    return a


# ----------------------------------------------------------------------------- layout

CLOSERS = "，。、；：？！”）》…"


def wrap(text, width, rng, jitter=1):
    """Cut a paragraph into column lines; ¦ forces a break."""
    out = []
    for seg_i, seg in enumerate(text.split("¦")):
        line = ""
        if seg_i > 0 and out:
            pass
        i = 0
        w = width + rng.randint(-jitter, jitter) if jitter else width
        while i < len(seg):
            line += seg[i]
            i += 1
            if len(line) >= w:
                while i < len(seg) and seg[i] in CLOSERS:
                    line += seg[i]
                    i += 1
                out.append(line)
                line = ""
                w = width + rng.randint(-jitter, jitter) if jitter else width
        if line:
            out.append(line)
    return out


def stray(line, rng, p):
    """Insert stray layout spaces as PDF text layers do."""
    if p <= 0:
        return line
    spots = [m.start() for m in re.finditer(r"(?<=月)\d|(?=。)|(?=”)|(?<=“)|(?=，)|(?<=\d)(?=[名个人次])|(?<=第)\d", line)]
    for pos in sorted(spots, reverse=True):
        if rng.random() < p:
            line = line[:pos] + " " + line[pos:]
    if rng.random() < p / 3 and len(line) > 4:
        line = " " + line
    return line


def render_article(a, P, rng):
    out = []
    width = a["width"] or P.get("width", 14)
    double = P.get("double", False) if a["double"] is None else a["double"]
    indent = P.get("indent", "") if a["indent"] is None else a["indent"]
    p_stray = P.get("stray", 0.0)
    if a["label"]:
        out += [a["label"], None]
    if a["enote"]:
        for ln in wrap(a["enote"], width, rng, 0):
            out.append(ln)
            if double:
                out.append(None)
        out.append(None)
    if a["cont_top"]:
        out += [a["cont_top"]]
    tl = []
    if a["kicker"]:
        tl += unmark(a["kicker"]).split("¦")
    if a["title"]:
        parts = unmark(a["title"]).split("¦")
        for k, part in enumerate(parts):
            if k and a["title_gap"]:
                tl.append(None)
            tl.append(stray(part, rng, p_stray / 2))
    if a["sub"]:
        tl += unmark(a["sub"]).split("¦")
    if a["marker"]:
        pass
    elif a["title_pos"] == "before" and tl:
        out += tl + [None]
    for b in a["byline"]:
        out += unmark(b).split("¦")
    if a["byline"]:
        out.append(None)
    caps = {}
    for idx, c in a["captions"]:
        caps.setdefault(idx, []).append(c)
    for k, para in enumerate(a["body"]):
        text = unmark(para)
        first = []
        if k == 0 and a["marker"]:
            if a["title_pos"] == "marker":
                out.append(a["marker"] + " " + clean(a["title"]))
            else:
                # the marker line carries the first sentence
                # ... wrapped to the column like the rest of the item
                text = a["marker"] + " " + text

        if k == 0 and a["dateline"]:
            text = unmark(a["dateline"]) + text
        lines = wrap(text, width, rng, P.get("jitter", 1)) if text else []
        for j, ln in enumerate(lines):
            ln = stray(ln, rng, p_stray)
            if j == 0 and indent:
                ln = indent + ln
            out.append(ln)
            if double:
                out.append(None)
        if P.get("para_blank") and not double:
            out.append(None)
        if a["pull"] and a["pull"][0] == k:
            out.append(None)
            out += list(a["pull"][1])     # large type: one block, blank lines around
            out.append(None)
        for c in caps.get(k, []):
            if not P.get("para_blank") and not double:
                out.append(None)
            out.append(unmark(c))
            out.append(None)
    for e in a["end"]:
        out += unmark(e).split("¦")
    for c in caps.get(-1, []):
        out.append(unmark(c))
    if a["cont_end"]:
        out.append(a["cont_end"])
    if a["title_pos"] == "after" and tl:
        out += [None] + tl
    out.append(None)
    return out


def render_txt(page):
    P = page
    rng = random.Random(P["seed"])
    lines = list(P.get("header", []))
    for it in P["items"]:
        if isinstance(it, dict):
            if it.get("glue"):
                while lines and lines[-1] is None:
                    lines.pop()
            lines += render_article(it, P, rng)
        elif it is None:
            lines.append(None)
        else:
            lines.append(it)
    lines += P.get("footer", [])
    # normalise blank lines
    out = []
    for ln in lines:
        if ln is None:
            if P.get("no_blank"):
                continue
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(ln)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    nl = "\r\n" if P.get("crlf") else "\n"
    return nl.join(out) + nl


# ----------------------------------------------------------------------------- truth

def article_truth(a, page):
    title = None
    if a["title_pos"] != "none" and a["title"]:
        title = clean((a["kicker"] or "") + a["title"] + (a["sub"] or ""))
        title = ws(title)
    body = [ws(clean(p)) for p in a["body"]]
    attr_parts = list(a["byline"]) + ([a["dateline"]] if a["dateline"] else []) + list(a["end"])
    attribution = "".join(clean(x).strip().lstrip("□") for x in attr_parts).strip()
    captions = [clean(c) for _, c in a["captions"]]
    people = []
    for s in [a["kicker"], a["title"], a["sub"]] + list(a["byline"]) + [a["dateline"]] + list(a["body"]) + list(a["end"]) + [c for _, c in a["captions"]]:
        for n in names_in(s):
            if n not in people and n != "习近平":
                people.append(n)
    searchable = (title or "") + "".join(body) + "".join(ws(c) for c in captions)
    slogans = [s for s in SLOGANS if s in searchable]
    for m in NUMBERED.finditer("".join(body)):
        t = m.group(1)
        if t not in slogans:
            slogans.append(t)
    tags = list(a["tags"])

    def tag(t):
        if t not in tags:
            tags.append(t)
    if a["byline"]:
        tag("byline_top")
    if any(("作者系" in e or "作者单位" in e) for e in a["end"]):
        tag("author_note")
    if a["dateline"]:
        tag("dateline")
    if a["kicker"]:
        tag("kicker")
    if a["sub"]:
        tag("subtitle")
    if a["title"] and "¦" in a["title"] and a["title_pos"] != "none":
        tag("multi_line_title")
    if a["title_pos"] == "after":
        tag("title_after")
    if a["title_pos"] == "none" or not a["title"]:
        tag("title_none")
    if a["label"]:
        tag("column_label")
    if a["captions"]:
        tag("captions")
    if a["pull"]:
        tag("pull_quote")
        assert ws("".join(a["pull"][1])) in ws(clean(a["body"][a["pull"][0]])) or any(
            ws("".join(a["pull"][1])) in ws(clean(p)) for p in a["body"]), a["pull"]
    if a["enote"]:
        tag("editor_note")
    if a["cont_top"] or a["cont_end"]:
        tag("continued")
    if a["marker"]:
        tag("briefs")
    if any("·" in n for n in people):
        tag("dot_name")
    if any(re.search(r"\}(说|表示|指出)", p) for p in a["body"]):
        tag("name_verb")
    if any(re.match(r"(一是|一、|（一）)", clean(p)) or "一是" in p for p in a["body"]):
        tag("enumeration")
    if a["date"] and page["date"][5:7] == "01" and a["date"][5:7] == "12":
        tag("year_boundary")
    return {
        "title": title,
        "body": body,
        "attribution": attribution,
        "source": a["source"],
        "province": a["province"],
        "agency": a["agency"],
        "date": a["date"] or page["date"],
        "people": people,
        "slogans": slogans,
        "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in captions],
        "phenomena": tags,
    }


# ----------------------------------------------------------------------------- pages

PAGES = []          # filled by the publication sections below


def page(**kw):
    PAGES.append(kw)


# ----------------------------------------------------------------------------- e-paper HTML

HTML_TMPL = """<!doctype html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title_plain} - 椰城晚报数字报</title>
<meta name="keywords" content="椰城晚报,{section}">
<meta name="publishdate" content="{date}">
<link rel="stylesheet" href="/static/epaper/v3/read.css">
<script src="/static/epaper/v3/read.js"></script>
<script>var _pv = _pv || []; _pv.push(["page", "{date}/{page:02d}"]);</script>
</head>
<body class="read">
<header class="bar">
  <a class="logo" href="/">椰城晚报</a>
  <nav class="issue"><a href="/paper/{ymd}/node_01.html">{cndate}</a> | <a href="/paper/{ymd}/node_{page:02d}.html">第{page:02d}版：{section}</a> | <a href="/paper/list.html">往期回顾</a></nav>
</header>
<section class="crumbs"><a href="/">首页</a> &raquo; <a href="/paper/{ymd}/node_{page:02d}.html">{section}</a> &raquo; 正文</section>
<article class="story" data-id="{sid}">
  <div class="story-head">
{kicker}    <h1 class="story-title">{title}</h1>
{sub}    <div class="story-meta"><span class="src">{meta_src}</span><span class="time">{cndate}</span><span class="edit">责任编辑：{editor}</span></div>
  </div>
  <div class="story-body" id="ozoom">
{paras}
  </div>
  <div class="story-tools"><a href="javascript:window.print()">打印</a> <a href="#" class="share">分享</a> <span class="pv">阅读 {views}</span></div>
</article>
<aside class="related">
  <h3>本版其他稿件</h3>
  <ul>
{related}
  </ul>
</aside>
<footer class="foot">
  <p>椰城晚报社版权所有　未经授权禁止转载</p>
  <p>琼ICP备06003174号　新闻热线：0898-66810110</p>
</footer>
</body>
</html>
"""


def render_html(page):
    a = page["items"][0]
    e = html.escape
    paras = []
    for k, p in enumerate(a["body"]):
        t = clean(p)
        if k == 0 and a["dateline"]:
            t = clean(a["dateline"]) + t
        if a.get("subheads") and k in a["subheads"]:
            paras.append('    <p class="xt"><strong>' + e(t) + "</strong></p>")
        else:
            paras.append('    <p>　　' + e(t) + "</p>")
        for idx, c in a["captions"]:
            if idx == k:
                paras.append('    <figure><img src="/res/%s/%s_%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                             % (page["date"].replace("-", "")[:6], page["sid"], k + 1, e(clean(c))))
    for en in a["end"]:
        paras.append('    <p class="tail">' + e(clean(en)) + "</p>")
    title = clean(a["title"])
    full = ws(clean((a["kicker"] or "") + a["title"] + (a["sub"] or "")))
    return HTML_TMPL.format(
        title_plain=e(title), date=page["date"], ymd=page["date"].replace("-", ""), page=page["page"],
        section=page["section"], sid=page["sid"], cndate=cn_date(page["date"]),
        kicker=('    <h4 class="story-kicker">' + e(clean(a["kicker"])) + "</h4>\n") if a["kicker"] else "",
        title=e(title), sub=('    <h2 class="story-sub">' + e(clean(a["sub"])) + "</h2>\n") if a["sub"] else "",
        meta_src=e(page["meta_src"]), editor=page["editor"], views=page["views"], paras="\n".join(paras),
        related="\n".join('    <li><a href="/paper/%s/content_%d.html">%s</a></li>' % (
            page["date"].replace("-", ""), int(page["sid"]) + 1 + i, e(r)) for i, r in enumerate(page["related"])))


def html_text(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
    s = re.sub(r"<[^>]+>", "\n", s)
    return html.unescape(s)


# ----------------------------------------------------------------------------- docx

def render_docx(page, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)

    def para(text, size=None, bold=False, center=False, red=False, indent=False, right=False, font=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        r.bold = bold
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0, 0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        return p

    m = page["masthead"]
    para(m[0], size=30, bold=True, center=True, red=True, font="方正小标宋简体")
    para(m[1], center=True)
    para(m[2], center=False)
    para("━" * 22, red=True, center=True)
    for it in page["items"]:
        if isinstance(it, str):
            para(it, bold=True, font="黑体")
            continue
        a = it
        if a["kicker"]:
            para(clean(a["kicker"]), center=True)
        if a["title"] and a["title_pos"] == "before":
            para(clean(a["title"]), size=18, bold=True, center=True, font="方正小标宋简体")
        if a["sub"]:
            para(clean(a["sub"]), center=True, font="楷体_GB2312")
        for b in a["byline"]:
            para(clean(b), center=True, font="楷体_GB2312")
        for k, p in enumerate(a["body"]):
            t = clean(p)
            if k == 0 and a["dateline"]:
                t = clean(a["dateline"]) + t
            para(t, indent=True, bold=bool(a.get("subheads") and k in a["subheads"]))
        for en in a["end"]:
            para(clean(en), right=True)
        doc.add_paragraph()
    para("─" * 28)
    for d in page["distribution"]:
        para(d, size=14)
    para("─" * 28)
    doc.save(path)


def docx_text(path):
    from docx import Document
    return "\n".join(p.text for p in Document(path).paragraphs)



# === DATA ===

# ----------------------------------------------------------------------------- 楚天民政
# Hubei provincial civil-affairs weekly, UTF-8 text layer (one page with a BOM).  Header
# split over two lines, footer with the page mailbox; 本报讯 leads, bylines in parentheses
# at the end, photo captions; blank lines between articles only sometimes.

CT = "楚天民政"
CT_FOOT = ["本版投稿邮箱：ctmzdj@hbmz.cn", "楚天民政报社出版"]


def ct_page(d, pg, label, editor, items, **kw):
    head = ["楚天民政", "%s　第%d版　%s" % (cn_date(d), pg, label)]
    foot = ["责任编辑：%s" % editor] + CT_FOOT
    kw.setdefault("encoding", "utf-8")
    return page(pub=CT, date=d, page=pg, file="%02d.txt" % pg, pkind="provincial", header=head,
                footer=foot, items=items, **kw)


def CA(**kw):
    kw.setdefault("province", "湖北")
    kw.setdefault("dateline", "本报讯　")
    kw["tags"] = ["province_context"] + list(kw.pop("tags", []))
    if kw["dateline"] and "source" not in kw:
        kw["source"] = CT
    return A(**kw)


ct_page("2022-11-17", 3, "党建之窗", "柯佳音", seed=4101, width=18, stray=0.04, items=[
    CA(title="省民政厅党组召开扩大会议¦传达学习党的二十大精神", agency="湖北省民政厅", date="2022-11-14",
       end=["（记者 {蔡梦溪}）"], tags=["name_verb"], body=[
        "11月14日，省民政厅党组召开扩大会议，传达学习党的二十大精神，研究部署全省民政系统学习宣传贯彻工作。厅党组书记、厅长{雷振华}主持会议并讲话。",
        "{雷振华}指出，党的二十大擘画了以中国式现代化全面推进中华民族伟大复兴的宏伟蓝图，全省民政系统要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把学习宣传贯彻党的二十大精神作为当前和今后一个时期的首要政治任务。",
        "会议要求，厅机关各党支部要迅速组织专题学习，推动党的二十大精神进机关、进社区、进养老机构。",
    ]),
    CA(title="宜昌市民政局举办“红色领航”¦党务骨干培训班", agency="宜昌市民政局", date="2022-11-01", glue=True,
       end=["（通讯员 {望家豪} 记者 {蔡梦溪}）"], tags=["period_date"],
       captions=[(-1, "图为培训班现场。（{望家豪} 摄）")], body=[
        "11月上旬，宜昌市民政局举办“红色领航”党务骨干培训班，局机关、直属单位和各县市区民政局的86名党务工作者参加培训。",
        "培训班采取专题辅导、现场教学、分组研讨相结合的方式，围绕“三会一课”、发展党员、党费收缴使用等内容进行讲解，并组织学员到夷陵区一家养老服务中心观摩党建工作。",
    ]),
    CA(title="恩施州社会组织综合党委¦推进“两个覆盖”提质扩面", agency="恩施州社会组织综合党委",
       end=["（通讯员 {田明轩}）"], tags=["relative_date", "name_verb"], body=[
        "今年以来，恩施州社会组织综合党委按照“应建尽建、应覆盖尽覆盖”要求，对全州1400余家社会组织逐一摸排，新建党组织37个，选派党建工作指导员126名。",
        "来凤县一家民族文化研究会党支部书记{向春¦燕}说，党支部成立后，研究会把土家摆手舞、西兰卡普织锦传承活动和党员志愿服务结合起来，会员参与热情明显提高。",
        "州社会组织综合党委有关负责同志表示，下一步将以党建引领社会组织积极参与乡村振兴和基层治理。",
    ]),
])

ct_page("2023-07-06", 2, "要闻", "柯佳音", seed=4102, width=17, stray=0.05, indent="　　", items=[
    CA(title="省民政厅召开庆祝建党102周年¦暨“两优一先”表彰大会", agency="湖北省民政厅", date="2023-06-30",
       end=["（记者 {蔡梦溪} 通讯员 {彭思远}）"], tags=["half_day_date"],
       captions=[(0, "图为表彰大会现场。（{彭思远} 摄）")], body=[
        "6月30日上午，省民政厅召开庆祝中国共产党成立102周年暨“两优一先”表彰大会，对厅机关和直属单位的优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。",
        "厅党组书记、厅长{雷振华}以“以学铸魂、以学增智、以学正风、以学促干”为题讲授专题党课，勉励党员干部把主题教育成果转化为推动民政事业高质量发展的实际成效。",
        "会上，新入党党员面向党旗庄严宣誓，老党员代表{郑国梁}领誓。",
    ]),
    CA(title="襄阳市民政局开展¦“我为群众办实事”集中服务", agency="襄阳市民政局", date="2023-07-03", glue=True,
       end=["（通讯员 {胡以宁}）"], tags=["name_verb"], body=[
        "7月3日，襄阳市民政局组织机关党员干部走进樊城区15个社区，开展养老政策宣讲、困难群众走访和社会救助“一对一”帮办服务。",
        "市民政局党组书记、局长{毛建峰}表示，要把主题教育同解决群众急难愁盼问题结合起来，让群众在家门口感受到民政服务的温度。",
    ]),
    CA(kicker="传承大别山精神", title="黄冈市民政系统党员¦争当“红色管家”", agency="黄冈市民政局",
       end=["（通讯员 {汪子墨} 记者 {蔡梦溪}）"], tags=["relative_date", "name_verb"], body=[
        "今年以来，黄冈市民政局在全市民政服务机构推行党员“红色管家”制度，由党员干部分片包联养老机构、儿童福利机构和救助管理站，定期上门查看服务质量。",
        "在红安县一所敬老院，入住老人{程德茂}说，“红色管家”每周都来，饭菜冷热、被褥厚薄都问得仔细。",
        "目前，全市已有312名党员认领“红色管家”岗位，收集解决问题460余个。",
    ]),
])

ct_page("2024-03-14", 3, "党建之窗", "邹晓芙", seed=4103, width=19, stray=0.05, encoding="utf-8-sig", items=[
    CA(title="省民政厅部署2024年¦机关党建重点工作", agency="湖北省民政厅", date="2024-03-12",
       end=["（记者 {方若琳}）"], tags=[], body=[
        "3月12日，省民政厅召开2024年机关党建工作会议，总结2023年工作，部署今年重点任务。",
        "会议明确，今年厅机关党建工作突出抓好三个方面：一是深化理论武装，严格落实“第一议题”制度；二是推进模范机关建设，开展“一支部一品牌”创建；三是加强作风建设，驰而不息纠治“四风”。",
        "会议还通报了2023年度党支部书记抓党建述职评议结果。",
    ]),
    CA(title="十堰市社会组织党委¦举办“书记项目”路演", agency="十堰市社会组织党委", date="2024-03-01", glue=True,
       end=["（通讯员 {钟雨涵}）"], tags=["period_date"], body=[
        "3月上旬，十堰市社会组织党委举办社会组织党组织“书记项目”路演，22个项目围绕助老、助残、助学和生态保护等主题登台展示。",
        "经过评审，“银龄守护”“汉江护水”等8个项目获评优秀“书记项目”，每个项目将获得专项党建经费支持。",
    ]),
    CA(title="江岸区：“红色物业”¦让老旧小区焕新颜", agency="武汉市江岸区民政局",
       end=["（通讯员 {喻佳琪} 记者 {方若琳}）"], tags=["relative_date", "name_verb"],
       captions=[(1, "图为党员志愿者在小区清理楼道。（{喻佳琪} 摄）")], body=[
        "近日，武汉市江岸区民政局联合街道党工委，在辖区23个老旧小区推行“红色物业”，由社区党组织牵头，引导物业企业党员亮身份、作承诺。",
        "百步亭附近一个老旧小区的居民{邵桂芝}说，以前楼道里堆满杂物，现在党员志愿者带头清理，还装上了照明灯。",
        "区民政局有关负责同志表示，将把“红色物业”作为党建引领基层治理的重要抓手持续推进。",
    ]),
    CA(title="荆州市民政局推进清廉机关建设", agency="荆州市民政局", glue=True,
       end=["（通讯员 {黎书瑶}）"], tags=["relative_date"], body=[
        "日前，荆州市民政局印发清廉机关建设实施方案，围绕养老服务补贴、社会救助资金、殡葬服务收费等重点领域梳理廉政风险点48个，逐一制定防控措施。",
        "局机关党委定期开展警示教育，引导党员干部严格落实中央八项规定精神，推动全面从严治党向纵深发展。",
    ]),
])

ct_page("2025-01-09", 3, "党建之窗", "邹晓芙", seed=4104, width=17, stray=0.05, indent="　　", items=[
    CA(title="省民政厅党组召开¦2024年度民主生活会", agency="湖北省民政厅", date="2024-12-30",
       end=["（记者 {方若琳}）"], tags=[], body=[
        "12月30日，省民政厅党组召开2024年度民主生活会，厅党组班子成员紧扣会议主题，逐一进行对照检查，开展批评和自我批评。",
        "厅党组书记、厅长{孟庆和}在总结讲话中指出，要深入学习贯彻二十届三中全会精神，以严的基调强化正风肃纪，以全面从严治党新成效保障民政改革发展各项任务落地见效。",
    ]),
    CA(title="咸宁市民政局开展¦党组织书记抓党建述职评议", agency="咸宁市民政局", date="2024-12-21", glue=True,
       end=["（通讯员 {阮一鸣}）"], tags=["period_date"], body=[
        "12月下旬，咸宁市民政局开展2024年度基层党组织书记抓党建工作述职评议，局机关和直属单位9名党组织书记现场述职，接受党员代表测评。",
        "局党组书记、局长{饶志宏}逐一点评，指出个别支部“三会一课”质量不高、党建与业务结合不紧等问题，要求列出清单、限期整改。",
    ]),
    CA(title="孝感市民政局：援疆干部¦讲述天山脚下的民政故事", agency="孝感市民政局", date="2025-01-06",
       end=["（通讯员 {曾思琪} 记者 {蔡梦溪}）"], tags=["half_day_date", "name_verb"],
       captions=[(-1, "图为分享会现场。（{曾思琪} 摄）")], body=[
        "1月6日上午，孝感市民政局机关党委举办“援疆故事分享会”，刚刚结束援疆任务的干部分享了在新疆博尔塔拉蒙古自治州民政系统挂职的经历。",
        "与会的博州民政局交流干部{巴合提别克·¦努尔兰}表示，两地民政部门在养老服务、社区治理等方面互学互鉴，结下了深厚情谊。",
        "局机关党委要求，要以此次分享会为契机，进一步涵养党员干部的家国情怀。",
    ]),
])

# ----------------------------------------------------------------------------- 沂蒙融媒
# county media centre of 沂南县 (临沂, Shandong).  OCR'd scans of the printed county paper:
# the running head is written as the OCR read it (misread digits and characters), a few
# misreads in the body too (truth keeps the text as printed).  ◆ items carry a title on the
# marker line, ● items carry only the lead; （通讯员 …）/（记者 …） endings.

YM = "沂蒙融媒"
YM_FOOT = ["沂南县融媒体中心主办　新闻热线：0539-3221100"]


def ym_page(d, pg, head, editor, items, **kw):
    return page(pub=YM, date=d, page=pg, file="%02d.txt" % pg, kind="ocr", pkind="county", header=head,
                footer=["值班编辑：%s" % editor] + YM_FOOT, items=items, **kw)


def YT(marker, title, body, end, agency, date=None, tags=(), captions=(), source=None):
    return A(marker=marker, title=title, title_pos="marker", body=body, end=[end], agency=agency, source=source,
             province="山东", date=date, captions=list(captions), tags=["province_context"] + list(tags))


def YS(marker, body, end, agency, date=None, tags=(), captions=(), source=None):
    return A(marker=marker, title=None, title_pos="none", body=body, end=[end], agency=agency, source=source,
             province="山东", date=date, captions=list(captions), tags=["province_context"] + list(tags))


ym_page("2023-04-14", 2, ["沂蒙融谋·沂南新闻", "2023年4月l4日　星期五　第2版　综合"], "王晓蕾", seed=4201, width=14,
        stray=0.04, items=[
    "党建动态",
    YT("◆", "沂南县民政局开展“清明祭英烈”主题党日", [
        "4月4日，沂南县民政局组织机关党员到孟良崮战役纪念馆开展“清明祭英烈”主题党日活动，重温入党誓词，缅怀革命先烈。",
        "大家表示，要传承弘扬沂蒙精神，把红色基因融入民政为民服务的具体行动中。",
    ], "（通讯员 {刘欣怡}）", "沂南县民政局", "2023-04-04"),
    YS("●", [
        "4月上旬，界湖街道党工委在辖区12个社区推行“网格党小组＋志愿者”服务模式，组建党员志愿服务队36支，帮助独居老人代购代办、排查安全隐患。",
    ], "（通讯员 {张秀娟}）", "界湖街道党工委", "2023-04-01", ["period_date"]),
    YT("◆", "县社会组织综合党委选派党建指导员", [
        "近日，沂南县社会组织综合党委从机关和乡镇选派21名党建工作指导员，进驻全县43家未建立党组织的社会组织，帮助建立工作机制、发展入党积极分子。",
    ], "（通讯员 {高明哲}）", "沂南县社会组织综合党委", None, ["relative_date"]),
    YS("●", [
        "4月11日上午，铜井镇党委组织党员干部到马牧池乡红嫂纪念馆接受党性教育。镇党委书记{孙立群}说，要以“红嫂”精神为镜，全心全意为群众办实事。",
    ], "（通讯员 {宋佳宁}）", "铜井镇党委", "2023-04-11", ["half_day_date", "name_verb"]),
])

ym_page("2023-09-22", 3, ["沂蒙融媒·沂南新闻", "2023年9月22日　星期五　第3版　民生"], "王晓蕾", seed=4202, width=13,
        stray=0.05, items=[
    "党建动态",
    YT("◆", "县民政局主题教育“三进三访”解民忧", [
        "9月中旬，沂南县民政局深入开展主题教育“三进三访”活动，局领导班子带头进村入户，走访困难群众、特困供养人员和留守儿童家庭280余户，现场解决问题31个。",
        "局党组书记、局长{王振东}表示，要把以学促干落到为群众办实事上。",
    ], "（通讯员 {刘欣怡}）", "沂南县民政局", "2023-09-11", ["period_date", "name_verb"]),
    YT("◆", "双堠镇“红色议事厅”议出民生好事", [
        "今年以来，双堠镇党委在各村党群服务中心设立“红色议事厅”，由村党支部书记牵头，党员、村民代表共同商议修路、安路灯、办幸福食堂等民生事项，己解决群众诉求126件。",
    ], "（记者 {陈思源} 通讯员 {李凤霞}）", "双堠镇党委", None, ["relative_date"], source=YM),
    YS("●", [
        "9月20日，依汶镇社会组织联合党支部开展“党员进福利院”活动，为镇敬老院40余名老人理发、测血压，并送去月饼等节日慰问品。",
    ], "（通讯员 {杜春燕}）", "依汶镇党委", "2023-09-20",
       captions=[(-1, "▲图为党员志原者为老人理发。（{杜春燕} 摄）")]),
    YS("●", [
        "9月19日，沂南县委组织部召开全县党员教育培训工作推进会，要求各级党组织用好“沂蒙红色课堂”，把党员教育培训与主题教育结合起来，推动党员干部学思想、强党性、重实践、建新功。",
    ], "（通讯员 {高明哲}）", "沂南县委组织部", "2023-09-19"),
])

ym_page("2024-05-17", 2, ["沂蒙融媒·沂南新闯", "2O24年5月17日　星期五　第2版　综合"], "韩雨桐", seed=4203, width=14,
        stray=0.05, no_blank=True, items=[
    "党建动态",
    YT("◆", "沂南县委社会工作部召开新就业群体党建工作座谈会", [
        "5月14日，沂南县委社会工作部召开新就业群体党建工作座谈会，快递员、外卖骑手、网约车司机代表12人参加。",
        "县委社会工作部部长{颜廷刚}指出，要依托党群服务中心建设“暖新驿站”，把党的关怀送到新就业群体身边。",
    ], "（通讯员 {孟凡琦}）", "沂南县委社会工作部", "2024-05-14", ["name_verb"]),
    YS("●", [
        "5月上旬，沂南县民政局开展党纪学习教育专题读书班，局党组成员、机关科室负责人集中学习《中国共产党纪律处分条例》，并到县廉政教育基地接受警示教育。",
    ], "（通讯员 {刘欣怡}）", "沂南县民政局", "2024-05-01", ["period_date"]),
    YT("◆", "苏村镇党员志愿者助力麦收", [
        "5月15日，苏村镇党委组织党员志愿服务队，帮助辖区孤寡老人、残疾人家庭抢收小麦50余亩。村民{赵桂兰}说，党员们像自家孩子一样帮忙，心里热乎乎的。",
    ], "（通讯员 {周文博}）", "苏村镇党委", "2024-05-15", ["name_verb"]),
    YS("●", [
        "5月16日，县社会组织综合党委联合县民政局对全县社会组织党组织“三会一课”落实情况开展专项检査，对发现的问题当场反馈、限期整改。",
    ], "（通讯员 {高明哲}）", "沂南县社会组织综合党委", "2024-05-16"),
])

ym_page("2025-03-07", 2, ["沂蒙融媒·沂南新闻", "2025年3月7日　星期五　第2版　综合"], "韩雨桐", seed=4204, width=15,
        stray=0.04, items=[
    A(title="沂南县召开全县民政系统¦全面从严治党工作会议", title_gap=True, province="山东", agency="沂南县民政局",
      date="2025-03-04", end=["（记者 {陈思源}）"], source=YM, tags=["province_context", "name_verb"], body=[
        "3月4日，沂南县民政局召开全县民政系统全面从严治党工作会议，总结2024年工作，部署2025年任务。",
        "局党组书记、局长{王振东}指出，要深入学习贯彻二十届三中全会精神，持之以恒纠治“四风”，把中央八项规定精神落实到民政工作各环节。",
        "会上，局党组与各科室、直属单位负责人签订党风廉政建设责任书。",
    ]),
    "党建动态",
    YT("◆", "岸堤镇开展“学雷锋”志愿服务", [
        "3月5日，岸堤镇党委组织机关党员和村党员志愿者走进镇敬老院和困难群众家中，开展打扫卫生、义诊、政策宣讲等“学雷锋”志愿服务。",
    ], "（通讯员 {王淑珍}）", "岸堤镇党委", "2025-03-05"),
    YS("●", [
        "今年以来，沂南县社会组织综合党委推行社会组织党组织“星级评定”，从组织建设、作用发挥等5个方面进行量化评分，评选出五星级党组织8个。",
    ], "（通讯员 {孟凡琦}）", "沂南县社会组织综合党委", None, ["relative_date"]),
    YS("●", [
        "3月上旬，蒲汪镇党委开展“党员联户”活动，全镇600余名党员每人联系10户群众，定期上门走访，收集意见建议。镇党委副书记{马玉梅}表示，要把问题解决在家门口。",
    ], "（通讯员 {宋佳宁}）", "蒲汪镇党委", "2025-03-01", ["period_date", "name_verb"]),
])

# ----------------------------------------------------------------------------- 机关党建研究
# national theory monthly; GB18030 text layer (LF).  Running head "机关党建研究" and
# "2024年第6期" (split by the column layout), page number "— 23 —" at the foot; column labels
# above articles; author alone or 文/ under the title, （作者系…）/（作者单位：…） notes; 一、
# and （一） numbered subheadings; 本刊讯 news of national bodies.

JG = "机关党建研究"


def jg_page(d, issue, pg, items, **kw):
    head = [JG, "%s年第%d期" % (d[:4], issue)]
    foot = ["— %d —" % pg]
    kw.setdefault("encoding", "gb18030")
    return page(pub=JG, date=d, page=pg, file="%02d.txt" % pg, pkind="magazine", header=head,
                footer=foot, items=items, para_blank=True, **kw)


jg_page("2022-08-15", 8, 12, seed=4301, width=21, stray=0.03, items=[
    A(label="理论前沿", title="在推进模范机关建设中¦彰显机关党建的政治属性", byline=["{谭明远}"],
      tags=["subheadings"], body=[
        "机关党建首先是政治建设。推进模范机关建设，必须把政治属性摆在首位，使机关成为坚定拥护“两个确立”、坚决做到“两个维护”的模范。",
        "一、坚持政治引领",
        "机关是践行“两个维护”的第一方阵。机关党组织要把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，严格执行“第一议题”制度，引导党员干部不断提高政治判断力、政治领悟力、政治执行力。",
        "二、强化组织功能",
        "要把党支部建设作为最重要的基本建设，落实“三会一课”、主题党日、谈心谈话等制度，让每个党支部都成为坚强战斗堡垒。",
        "三、锤炼过硬作风",
        "要锲而不舍落实中央八项规定精神，持续纠治“四风”，在服务基层、服务群众中树立机关良好形象。",
    ], end=["（作者系中共中央党校（国家行政学院）党的建设教研部副教授）"]),
    A(label="工作动态", title="中央和国家机关工委召开¦模范机关建设推进会", dateline="本刊讯　", source=JG,
      agency="中央和国家机关工委", date="2022-07-21", tags=["national_body", "period_date"], body=[
        "7月下旬，中央和国家机关工委召开中央和国家机关模范机关建设推进会，交流各部门创建经验，部署下一阶段重点工作。",
        "会议要求，要以迎接党的二十大胜利召开为主线，引导党员干部增强“四个意识”、坚定“四个自信”，在建设让党中央放心、让人民群众满意的模范机关中走在前、作表率。",
    ]),
])

jg_page("2023-05-15", 5, 30, seed=4302, width=20, stray=0.03, items=[
    A(label="理论前沿", enote="编者按：主题教育正在全党深入开展。机关党组织如何把以学铸魂、以学增智、以学正风、以学促干贯通起来？本期刊发一篇思考文章，供读者参考。",
      title="把主题教育的成果¦转化为机关工作的实效", byline=["文/{沈慕白}"], tags=[], body=[
        "开展学习贯彻习近平新时代中国特色社会主义思想主题教育，根本目的是推动党员干部学思想、强党性、重实践、建新功。对机关而言，检验成效的标准在于工作实效。",
        "转化成果，一是要在学深悟透上下功夫，原原本本学、联系实际学；二是要在调查研究上下功夫，到基层一线查实情、找问题；三是要在检视整改上下功夫，把问题清单变成成效清单。",
        "只有把学习成果体现到推动高质量发展、解决群众急难愁盼上，主题教育才能真正见到实效。",
    ], end=["（作者单位：中国人民大学马克思主义学院）"]),
    A(label="工作动态", title="民政部直属机关党委举办¦主题教育读书班", dateline="本刊讯　", source=JG,
      agency="民政部", date="2023-04-24", tags=["national_body", "name_verb"], body=[
        "4月24日至28日，民政部直属机关党委举办学习贯彻习近平新时代中国特色社会主义思想主题教育读书班，部机关各司局和直属单位党组织书记参加。",
        "读书班采取集中学习、专题辅导、交流研讨等方式进行。学员{韩子墨}表示，要把读书班所学所悟运用到养老服务、社会救助等民政工作中去。",
    ]),
    A(label="基层实践", title="党建引领社会组织¦参与社区治理的四川探索", byline=["{罗清扬}　{杨晓莉}"],
      province="四川", agency="四川省民政厅", tags=["province_context", "relative_date"], body=[
        "近年来，四川省民政厅坚持以党建引领社会组织参与社区治理，在成都、绵阳等地开展“社区＋社会组织＋社工”联动试点，推动社会组织党组织与社区党组织结对共建。",
        "实践表明，党建引领为社会组织参与社区治理把准了方向。截至目前，全省已有2100余家社区社会组织与社区党组织建立结对关系，开展各类服务项目5000余个。",
    ], end=["（作者单位：四川省民政厅机关党委）"]),
])

jg_page("2024-06-15", 6, 8, seed=4303, width=22, stray=0.03, items=[
    A(label="卷首语", title="以党纪学习教育¦推动机关作风持续向好", byline=["本刊评论员"], source=JG, tags=[], body=[
        "党纪学习教育是加强党的纪律建设的重要举措。机关党员干部要带头学纪、知纪、明纪、守纪，切实把纪律规矩转化为日常习惯和自觉遵循。",
        "要坚持以学正风，把党纪学习教育同落实中央八项规定精神结合起来，同整治形式主义为基层减负结合起来，以严明的纪律保障党中央决策部署落地见效。",
    ]),
    A(label="理论前沿", title="深刻把握新时代机关党建的¦“六个必须坚持”", sub="——学习习近平新时代中国特色社会主义思想的体会",
      byline=["{欧阳思诚}"], tags=["subheadings"], body=[
        "“六个必须坚持”是习近平新时代中国特色社会主义思想的世界观和方法论。把握好、运用好“六个必须坚持”，对于做好新时代机关党建工作具有重要指导意义。",
        "（一）坚持人民至上",
        "机关党建归根到底要服务人民。要引导党员干部树立正确政绩观，心怀“国之大者”，在为民服务中检验党性修养。",
        "（二）坚持守正创新",
        "要在坚持机关党建基本制度的同时，积极探索数字化条件下党员教育管理的新方法，让党建工作更加贴近党员、贴近实际。",
        "（三）坚持问题导向",
        "要聚焦党建与业务“两张皮”等突出问题，建立健全融合机制，推动机关党建与中心工作同谋划、同部署、同考核。",
    ], end=["（作者系北京师范大学马克思主义学院教授）"]),
    A(label="访谈", title="让模范机关建设¦在民政系统落地生根", sub="——访民政部直属机关党委专职副书记{梁文澜}",
      byline=["本刊记者 {苏沐阳}"], source=JG, agency="民政部", tags=["interview", "national_body"], body=[
        "问：民政部直属机关推进模范机关建设有哪些特点？",
        "答：我们坚持把模范机关建设同民政中心工作结合起来，在养老服务、社会救助、儿童福利等一线岗位设立党员示范岗，推动党员干部在服务群众中当先锋、作表率。",
        "问：如何防止党建和业务“两张皮”？",
        "答：关键是建立融合机制。我们推行党建和业务工作同谋划、同部署、同检查、同考核，把“三会一课”同研究业务难题结合起来，让党建工作接地气、见实效。",
        "问：下一步有哪些打算？",
        "答：我们将巩固拓展主题教育成果，深入开展党纪学习教育，推动直属机关党的建设高质量发展。",
    ]),
])

jg_page("2025-04-15", 4, 16, seed=4304, width=21, stray=0.03, items=[
    A(label="理论前沿", title="以改革精神推进¦机关党建高质量发展", byline=["文/{阿布都热合曼·吐尔¦逊}"],
      tags=["enumeration"], body=[
        "二十届三中全会对深化党的建设制度改革作出部署。机关党建要以改革精神破解难题，推动机关党建高质量发展。",
        "一要完善责任体系，压实党组（党委）主体责任和机关党委直接责任；二要创新活动方式，增强组织生活的吸引力和感染力；三要健全考核评价，把党建成效与干部使用、评先评优挂钩。",
        "以改革精神推进机关党建，必须坚持全面从严治党，持续巩固拓展主题教育和党纪学习教育成果，为推进中国式现代化提供坚强组织保证。",
    ], end=["（作者单位：新疆大学马克思主义学院）"]),
    A(label="工作动态", title="中央和国家机关工委部署开展¦深入贯彻中央八项规定精神学习教育", dateline="本刊讯　",
      source=JG, agency="中央和国家机关工委", date="2025-03-21", tags=["national_body", "period_date"], body=[
        "3月下旬，中央和国家机关工委召开会议，对中央和国家机关深入贯彻中央八项规定精神学习教育作出部署。",
        "会议强调，要坚持学查改一体推进，引导党员干部把中央八项规定精神作为日常行为准则，以优良作风建设模范机关。",
    ]),
    A(label="基层实践", title="“机关党员进社区”的¦温州实践", byline=["{潘一诺}"], province="浙江",
      agency="温州市直机关工委", tags=["province_context", "relative_date", "name_verb"], body=[
        "去年以来，温州市直机关工委组织市直机关党员到居住地社区报到，参与网格服务、矛盾调解、志愿服务等工作，累计报到党员1.2万名。",
        "鹿城区一个社区的居民{郑秀珍}说，机关党员下班后来社区帮忙，小区里的难事好办多了。",
    ], end=["（作者单位：温州市直机关工委）"]),
])

# ----------------------------------------------------------------------------- 吉林社会组织工作简报
# Word bulletin of the Jilin social-organisation party committee: red masthead (name, 第N期,
# issuing office and date), section headings 【…】, （…供稿） attributions, distribution lines
# 报/送/发 and the print run at the end.

JL = "吉林社会组织工作简报"
JL_DIST = ["报：省委社会工作部，省民政厅党组", "送：各市（州）委社会工作部，长白山管委会社会工作部",
           "发：各市（州）社会组织综合党委，省级社会组织党组织"]


def jl_page(d, no, items, copies=150, **kw):
    y, m, dd = d.split("-")
    mast = [JL, "第%d期" % no, "吉林省社会组织联合党委办公室　　　　　　%s年%d月%d日" % (y, int(m), int(dd))]
    return page(pub=JL, date=d, page=1, file="%02d.docx" % no, kind="docx", pkind="bulletin", masthead=mast,
                items=items, distribution=JL_DIST + ["（共印%d份）" % copies], tags=["column_label"], **kw)


def JA(**kw):
    kw.setdefault("province", "吉林")
    kw["tags"] = ["province_context"] + list(kw.pop("tags", []))
    return A(**kw)


jl_page("2022-12-20", 12, copies=120, items=[
    "【工作动态】",
    JA(title="省社会组织联合党委召开学习贯彻党的二十大精神宣讲报告会", end=["（省社会组织联合党委办公室供稿）"],
       source="吉林省社会组织联合党委办公室", agency="吉林省社会组织联合党委", date="2022-12-15", tags=["name_verb"], body=[
        "12月15日，省社会组织联合党委召开学习贯彻党的二十大精神宣讲报告会，省级社会组织党组织书记、党建工作指导员等130余人参加。",
        "省委宣讲团成员、吉林大学教授{孙立新}围绕中国式现代化、全面从严治党等内容作宣讲报告。",
        "省社会组织联合党委书记{李振国}表示，各社会组织党组织要把学习宣传贯彻党的二十大精神作为当前和今后一个时期的首要政治任务。",
    ]),
    JA(title="长春市社会组织综合党委开展党建工作“回头看”", end=["（长春市社会组织综合党委供稿）"],
       source="长春市社会组织综合党委", agency="长春市社会组织综合党委", date="2022-12-11", tags=["period_date"], body=[
        "12月中旬，长春市社会组织综合党委对全市社会组织党建工作开展“回头看”，重点检查党组织组建、“三会一课”落实和党建入章等情况。",
        "检查采取听取汇报、查阅资料、个别访谈等方式，共抽查社会组织86家，发现问题42个，已全部建立整改台账。",
    ]),
    "【基层风采】",
    JA(title="延边州一家朝鲜族文化协会党支部打造“红色文艺轻骑兵”", end=["（来源：延边州民政局）"],
       source="延边州民政局", agency="延边州民政局", tags=["relative_date", "name_verb"], body=[
        "今年以来，延边州一家朝鲜族文化协会党支部组建“红色文艺轻骑兵”，用朝鲜语和汉语双语编排快板、长鼓舞等节目，走进延吉、图们、龙井等地的社区和村屯，宣讲党的二十大精神。",
        "党支部书记{金顺姬}说，用群众喜闻乐见的方式讲政策，大家听得懂、记得住。截至目前，“红色文艺轻骑兵”已演出40余场，观众1.2万余人次。",
    ]),
])

jl_page("2023-06-28", 6, items=[
    "【工作动态】",
    JA(title="省社会组织联合党委举办主题教育专题读书班", end=["（省社会组织联合党委办公室供稿）"],
       source="吉林省社会组织联合党委办公室", agency="吉林省社会组织联合党委", date="2023-06-19", tags=["enumeration"], body=[
        "6月19日至21日，省社会组织联合党委举办学习贯彻习近平新时代中国特色社会主义思想主题教育专题读书班。",
        "读书班要求，一是坚持以学铸魂，筑牢思想根基；二是坚持以学增智，提升履职本领；三是坚持以学正风，锤炼过硬作风；四是坚持以学促干，推动社会组织高质量发展。",
    ]),
    JA(title="吉林市社会组织综合党委组织党员开展“七一”主题党日", end=["（吉林市社会组织综合党委供稿）"],
       source="吉林市社会组织综合党委", agency="吉林市社会组织综合党委", date="2023-06-21", tags=["period_date"], body=[
        "6月下旬，吉林市社会组织综合党委组织所属社会组织党员赴杨靖宇将军殉国地开展“七一”主题党日活动，重温入党誓词，接受革命传统教育。",
    ]),
    "【基层风采】",
    JA(title="四平市一家养老服务中心党支部推行“党员包楼”", end=["（四平市民政局供稿）"],
       source="四平市民政局", agency="四平市民政局", tags=["relative_date", "name_verb"], body=[
        "近日，四平市一家养老服务中心党支部推行“党员包楼”制度，9名党员护理员每人包保一栋楼，负责老人日常照护和情绪疏导。",
        "入住老人{关玉琴}说，党员护理员天天来看，有个头疼脑热的马上就有人管。",
    ]),
])

jl_page("2024-04-12", 4, items=[
    "【工作动态】",
    JA(title="全省社会组织党建工作会议在长春召开", end=["（省社会组织联合党委办公室供稿）"],
       source="吉林省社会组织联合党委办公室", agency="吉林省社会组织联合党委", date="2024-04-09", tags=["half_day_date"], body=[
        "4月9日上午，全省社会组织党建工作会议在长春召开，总结2023年全省社会组织党建工作，部署2024年重点任务。",
        "会议指出，要巩固拓展主题教育成果，深入开展党纪学习教育，推动社会组织党的组织和工作“两个覆盖”提质增效。",
        "会议还对2023年度社会组织党建工作先进单位进行了通报表扬。",
    ]),
    JA(title="通化市社会组织综合党委举办党务工作者培训班", end=["（通化市社会组织综合党委供稿）"],
       source="通化市社会组织综合党委", agency="通化市社会组织综合党委", date="2024-04-01", tags=["period_date"], body=[
        "4月上旬，通化市社会组织综合党委举办社会组织党务工作者培训班，70余名党务工作者参加培训。",
        "培训围绕党纪学习教育、发展党员工作流程、党组织换届选举等内容展开，并组织学员开展案例研讨。",
    ]),
    "【经验交流】",
    JA(title="前郭县：“草原红帆”引领社会组织服务乡村振兴", end=["（松原市民政局供稿）"],
       source="松原市民政局", agency="前郭尔罗斯蒙古族自治县民政局", tags=["relative_date", "name_verb"], body=[
        "去年以来，前郭尔罗斯蒙古族自治县民政局打造“草原红帆”社会组织党建品牌，引导农村专业合作社联合会、乡贤理事会等社会组织参与乡村振兴。",
        "联合党支部书记{包宝音图}表示，党支部把“三会一课”开到田间地头，带动会员发展肉牛养殖、杂粮种植，帮助230余户农户增收。",
    ]),
])

jl_page("2025-01-15", 1, items=[
    "【工作动态】",
    JA(title="省社会组织联合党委开展2024年度党组织书记述职评议", end=["（省社会组织联合党委办公室供稿）"],
       source="吉林省社会组织联合党委办公室", agency="吉林省社会组织联合党委", date="2024-12-26", tags=["name_verb"], body=[
        "12月26日，省社会组织联合党委开展2024年度省级社会组织党组织书记抓党建工作述职评议，12名党组织书记现场述职。",
        "省社会组织联合党委书记{崔光洙}逐一点评，要求各党组织深入学习贯彻二十届三中全会精神，把全面从严治党要求落实到社会组织党建工作各方面。",
    ]),
    JA(title="白山市社会组织综合党委开展“暖冬行动”", end=["（白山市社会组织综合党委供稿）"],
       source="白山市社会组织综合党委", agency="白山市社会组织综合党委", date="2025-01-08", tags=[], body=[
        "1月8日，白山市社会组织综合党委组织20余家社会组织党员志愿者开展“暖冬行动”，为困难老人、残疾人家庭送去棉衣、煤炭等物资。",
    ]),
    "【表彰通报】",
    JA(title="2024年度全省社会组织优秀党务工作者名单", end=["（省社会组织联合党委办公室供稿）"],
       source="吉林省社会组织联合党委办公室", agency="吉林省社会组织联合党委", date="2024-12-21",
       tags=["honour_list", "period_date"], body=[
        "12月下旬，省社会组织联合党委决定，对2024年度社会组织党建工作中表现突出的优秀党务工作者予以通报表扬。名单如下：",
        "省级社会组织（6名）",
        "{朴永哲}、{那文杰}、{刘淑贤}、{赵德民}、{白音仓}、{孟晓婷}",
        "市（州）社会组织（7名）",
        "{金美玉}、{于洪涛}、{姜立华}、{崔英子}、{吴振宇}、{阿古达木}、{许晴}",
    ]),
])

# ----------------------------------------------------------------------------- 椰城晚报
# Haikou evening paper, e-paper HTML article pages (one article a page): kicker h4, title h1,
# subtitle h2, meta line (来源 / date / 责任编辑), 本报讯 dateline, 昨日 events, figure captions,
# a list of the page's other stories.

YC = "椰城晚报"


def yc_page(d, pg, section, sid, art, related, editor, meta_src="来源：椰城晚报", views=312, **kw):
    return page(pub=YC, date=d, page=pg, file="%02d.html" % pg, kind="html", pkind="city", section=section,
                sid=sid, meta_src=meta_src, editor=editor, views=views, related=related, items=[art], **kw)


def prev_day(d, n=1):
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=n)).isoformat()


yc_page("2022-12-08", 5, "城事·党建", "38811",
    A(kicker="学习宣传贯彻党的二十大精神", title="龙华区民政局宣讲队走进长者饭堂", dateline="本报讯（记者 {符丽华} 通讯员 {吉家明}）",
      source=YC, province="海南", agency="海口市龙华区民政局", date="2022-12-07",
      tags=["province_context", "relative_date", "half_day_date", "name_verb"],
      captions=[(1, "宣讲队员与老人们交流。记者 符丽华 摄")], body=[
        "昨日上午，海口市龙华区民政局党员宣讲队走进辖区一家长者饭堂，用拉家常的方式为老人们宣讲党的二十大精神。",
        "“报告里说要实施积极应对人口老龄化国家战略，咱们的饭堂就是实实在在的好事。”宣讲队员一边给老人盛饭，一边讲解报告中关于增进民生福祉的内容。",
        "78岁的老人{云少雄}说，听了宣讲心里亮堂，对今后的日子更有盼头了。",
        "据了解，该宣讲队由局机关青年党员组成，计划年底前走遍全区长者饭堂和养老机构。",
    ]),
    ["海口启动冬季送温暖行动", "秀英区开展社区消防演练", "美兰区举办老年人防诈骗讲座"], "陈柳依")

yc_page("2023-08-17", 6, "城事·党建", "52207",
    A(title="红色驿站里的“小哥之家”", sub="——美兰区委社会工作部推进新就业群体党建工作见闻",
      dateline="本报讯（记者 {邢维德}）", source=YC, province="海南", agency="美兰区委社会工作部",
      date="2023-08-17", tags=["province_context", "relative_date", "name_verb", "dot_name"],
      captions=[(0, "外卖骑手在“小哥之家”休息充电。记者 邢维德 摄")], body=[
        "近日，记者走进美兰区一处“小哥之家”，空调、饮水机、充电柜一应俱全，几名外卖骑手正在休息。",
        "今年以来，美兰区委社会工作部依托党群服务中心、商务楼宇，建成“小哥之家”21个，吸引新就业群体党员亮身份、参与社区治理。",
        "来自新疆的快递员{艾尼瓦尔·买买提}说，在这里不光能歇脚，还能参加党组织的学习活动，感觉找到了“家”。",
        "区委社会工作部有关负责同志表示，将持续推进主题教育走深走实，把党的关怀送到每一位“小哥”身边。",
    ]),
    ["海口再添3家社区嵌入式养老服务站", "骑手变身“网格员”守护平安", "美兰区举办社会组织公益创投大赛"], "王小曼",
    views=1046)

yc_page("2024-07-02", 4, "要闻", "67430",
    A(kicker="庆祝中国共产党成立103周年", title="海口市民政局开展系列主题党日活动",
      sub="——老党员讲初心　新党员重温入党誓词", dateline="本报讯（记者 {符丽华} 通讯员 {陈美玲}）", source=YC,
      province="海南", agency="海口市民政局", date="2024-07-01", tags=["province_context", "relative_date", "name_verb"],
      captions=[(0, "新党员重温入党誓词。通讯员 陈美玲 摄"), (2, "老党员为年轻党员讲党课。通讯员 陈美玲 摄")], body=[
        "昨日，海口市民政局机关各党支部开展庆祝中国共产党成立103周年系列主题党日活动，新党员面向党旗重温入党誓词。",
        "活动中，有着56年党龄的退休老党员{王大妹}为年轻党员讲述了自己参与琼山农村社会救济工作的往事。",
        "市民政局党组书记、局长{吴泽坤}表示，要以党纪学习教育为契机，教育引导党员干部学纪、知纪、明纪、守纪，以模范机关建设新成效推动民政事业高质量发展。",
    ]),
    ["海口市社会救助“一门受理”覆盖全部镇街", "龙华区“银龄课堂”开课", "海口发布高温天气老年人防护提示"], "陈柳依",
    views=2210)

yc_page("2025-01-14", 5, "城事·党建", "80015",
    A(title="秀英区社会组织综合党委表彰一批“红色社会组织”", dateline="本报讯（记者 {邢维德} 通讯员 {林晓琪}）",
      source=YC, province="海南", agency="海口市秀英区社会组织综合党委", date="2024-12-27",
      tags=["province_context", "name_verb", "subheadings"], subheads=[1, 3], body=[
        "12月27日，海口市秀英区社会组织综合党委召开2024年度社会组织党建工作总结会，表彰一批“红色社会组织”。",
        "党建带社建",
        "过去一年，秀英区社会组织综合党委新建社会组织党组织15个，推动党的组织和工作覆盖率达到98%以上。",
        "服务进社区",
        "获评“红色社会组织”的一家社工服务中心党支部书记{黎秋萍}说，支部把“三会一课”和社区服务项目结合起来，今年为辖区困难群众提供服务3000余人次。",
    ]),
    ["海口市民政局开展岁末年初走访慰问", "秀英区养老服务中心迎来新春联欢", "海口低保标准提高"], "王小曼",
    views=538)

# ----------------------------------------------------------------------------- 八桂党建
# Guangxi party-building weekly; GB18030 text layers with CRLF.  Header "八桂党建" with date and
# page on the next line, footer with the paper's address; on some pages the text layer puts
# every title after its article; ▲ captions with photographer; one article continued from
# page 1 to page 4 of the same issue.

BG = "八桂党建"
BG_FOOT = ["八桂党建报社　地址：南宁市青秀区竹溪大道 邮编：530022"]


def bg_page(d, pg, label, items, title_after=False, **kw):
    head = [BG, "%s　第%d版　%s" % (cn_date(d), pg, label)]
    for it in items:
        if isinstance(it, dict) and title_after and it["title"]:
            it["title_pos"] = "after"
    kw.setdefault("encoding", "gb18030")
    return page(pub=BG, date=d, page=pg, file="%02d.txt" % pg, pkind="provincial", header=head,
                footer=BG_FOOT, items=items, crlf=True, **kw)


def GA(**kw):
    kw.setdefault("province", "广西")
    kw["tags"] = ["province_context"] + list(kw.pop("tags", []))
    return A(**kw)


bg_page("2023-06-09", 2, "基层党建", seed=4601, width=16, stray=0.05, title_after=True, items=[
    GA(title="自治区民政厅举办¦主题教育专题读书班", byline=["本报记者 {覃振东}"], source=BG,
       agency="广西壮族自治区民政厅", date="2023-06-05", tags=["name_verb"], body=[
        "6月5日至7日，自治区民政厅举办学习贯彻习近平新时代中国特色社会主义思想主题教育专题读书班，厅党组成员、机关各处室和直属单位主要负责同志参加。",
        "厅党组书记、厅长{黄国强}指出，要坚持学思想、强党性、重实践、建新功，把读书班成果转化为推动民政事业高质量发展的实际行动。",
    ]),
    GA(title="金秀县民政局：瑶山深处¦党员服务队进村寨", byline=["本报记者 {蓝凤娇} 通讯员 {盘金妹}"], source=BG,
       agency="金秀瑶族自治县民政局", tags=["relative_date", "name_verb"],
       captions=[(-1, "▲党员服务队为瑶族老人送去慰问品。（{盘金妹} 摄）")], body=[
        "今年以来，金秀瑶族自治县民政局组建党员服务队，定期深入大瑶山深处的瑶族村寨，为困难群众办理低保、临时救助等事项。",
        "六巷乡一个瑶寨的村民{赵有才}说，以前办救助要跑几十里山路，现在党员干部上门就能办好。",
        "截至目前，服务队已走访村寨48个，帮办代办各类事项320余件。",
    ]),
    GA(title="柳州市社会组织综合党委¦开展“七一”前夕走访慰问", end=["（柳州市社会组织综合党委供稿）"],
       source="柳州市社会组织综合党委", agency="柳州市社会组织综合党委", date="2023-06-01", tags=["period_date"], body=[
        "6月上旬，柳州市社会组织综合党委组织班子成员走访慰问社会组织中的老党员、生活困难党员和因公牺牲党员家属，送去慰问金和慰问品。",
    ]),
])

bg_page("2024-10-18", 1, "要闻", seed=4602, width=17, stray=0.04, items=[
    GA(kicker="深入学习贯彻二十届三中全会精神", title="自治区民政厅召开¦理论学习中心组集体学习会",
       byline=["本报记者 {覃振东}"], source=BG, agency="广西壮族自治区民政厅", date="2024-10-15",
       tags=["half_day_date"], body=[
        "10月15日上午，自治区民政厅党组理论学习中心组召开集体学习会，专题学习二十届三中全会精神，交流研讨民政领域改革举措。",
        "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把全会部署转化为健全社会救助体系、完善养老服务体系的具体行动。",
    ]),
    GA(title="百色：党建引领¦织密农村养老服务网", byline=["本报记者 {蓝凤娇} 通讯员 {农秀英}"], source=BG,
       agency="百色市民政局", cont_end="（下转第4版）", tags=["relative_date", "name_verb"], body=[
        "近年来，百色市民政局坚持党建引领，在革命老区探索“党组织＋幸福院＋志愿者”农村养老服务模式，全市已建成村级互助幸福院420余个。",
        "在田东县一个壮族村寨，幸福院负责人、村党支部副书记{韦秀英}说，村里的老人白天到幸福院吃饭、聊天、看戏，子女在外打工也放心。",
        "市民政局党组书记、局长{陆建勋}表示，下一步将推动农村幸福院与乡镇敬老院结对共建，",
    ]),
    GA(title="河池市民政局¦开展“清廉民政”宣传月活动", end=["（河池市民政局供稿）"], source="河池市民政局",
       agency="河池市民政局", date="2024-10-01", tags=["period_date"],
       captions=[(0, "▲党员干部参观廉政教育基地。（{莫小燕} 摄）")], body=[
        "10月上旬，河池市民政局开展“清廉民政”宣传月活动，组织党员干部参观廉政教育基地，观看警示教育片。",
        "活动要求，党员干部要严格落实中央八项规定精神，以清廉机关建设推动全面从严治党向基层延伸。",
    ]),
])

bg_page("2024-10-18", 4, "基层党建", seed=4603, width=17, stray=0.04, items=[
    GA(cont_top="（上接第1版）", title=None, title_pos="none", agency="百色市民政局", body=[
        "让党员志愿者常态化为老人提供助餐、助洁、助医服务。",
        "据悉，百色市还将农村养老服务纳入基层党组织书记抓党建述职评议内容，推动“党建＋养老”在老区落地生根。",
    ]),
    GA(title="三江县：侗乡鼓楼里¦开起“百姓议事会”", byline=["本报通讯员 {吴晓林} {杨春花}"], source=BG,
       agency="三江侗族自治县委社会工作部", tags=["relative_date", "name_verb"], body=[
        "日前，三江侗族自治县委社会工作部在全县侗寨鼓楼推行“百姓议事会”，由村党组织书记主持，寨老、党员和村民代表共同商议村中大事。",
        "林溪镇一个侗寨的寨老{杨老银}说，在鼓楼里议事，大家有话当面讲，矛盾纠纷少了，寨子更和睦了。",
    ]),
    GA(title="南宁市西乡塘区社会组织党委¦举办党务骨干培训班", end=["（西乡塘区社会组织党委供稿）"],
       source="西乡塘区社会组织党委", agency="南宁市西乡塘区社会组织党委", date="2024-10-16", tags=["name_verb"],
       body=[
        "10月16日，南宁市西乡塘区社会组织党委举办社会组织党务骨干培训班，60余名社会组织党组织书记和党务工作者参加。",
        "区社会组织党委书记{黄月莲}指出，要抓实“三会一课”、主题党日等基本制度，推动社会组织党建规范化建设。",
    ]),
])

bg_page("2025-01-17", 3, "基层党建", seed=4604, width=15, stray=0.05, title_after=True, items=[
    GA(title="自治区民政厅召开机关党组织书记¦抓党建述职评议会", byline=["本报记者 {覃振东}"], source=BG,
       agency="广西壮族自治区民政厅", date="2024-12-30", tags=[], body=[
        "12月30日，自治区民政厅召开2024年度机关党组织书记抓基层党建工作述职评议会，厅机关和直属单位15个党组织书记现场述职。",
        "厅党组书记、厅长{黄国强}逐一点评，要求各党组织持续深化模范机关建设，严格落实“第一议题”制度，推动机关党建和业务工作深度融合。",
    ]),
    GA(title="桂林市龙胜县：¦“红瑶”党员带头兴产业", byline=["本报记者 {蓝凤娇}"], source=BG,
       agency="龙胜各族自治县民政局", date="2025-01-01", tags=["period_date", "name_verb"],
       captions=[(0, "▲红瑶党员在梯田边交流种植经验。（{蓝凤娇} 摄）")], body=[
        "1月上旬，记者走进龙胜各族自治县泗水乡，红瑶党员{潘美玉}正带着村民在梯田边谋划新一年的农旅项目。",
        "龙胜各族自治县民政局驻村工作队党员{冯德胜}表示，要发挥党员先锋模范作用，把红瑶刺绣、梯田观光做成致富产业。",
    ]),
    GA(title="钦州市民政局¦表彰一批优秀共产党员", end=["（钦州市民政局供稿）"], source="钦州市民政局",
       agency="钦州市民政局", date="2024-12-21", tags=["period_date", "honour_list"], body=[
        "12月下旬，钦州市民政局党组决定，对2024年度局系统优秀共产党员和优秀党务工作者进行表彰。",
        "优秀共产党员：{李海燕}、{韦宏光}、{劳丽萍}、{宁志坚}、{庞秋菊}",
        "优秀党务工作者：{黄春梅}、{卢建伟}",
    ]),
    GA(title="防城港：边境村党员¦守边护民两不误", end=["（防城港市民政局供稿）"], source="防城港市民政局",
       agency="防城港市民政局", tags=["relative_date"], body=[
        "去年以来，防城港市民政局联合边境乡镇党委，组织边境村党员开展“守边护民”行动，党员既参与边境巡逻，又为村里的独居老人、留守儿童提供关爱服务。",
        "目前，全市边境村已有600余名党员参与行动，结对帮扶困难群众1100余户。",
    ]),
])

# === END DATA ===


def self_check(text, truth):
    problems = []
    flat = ws(text)
    chars = set(flat)
    for i, a in enumerate(truth["articles"]):
        allt = ws((a["title"] or "") + "".join(a["body"]) + a["attribution"] + "".join(a["captions"]))
        missing = set(allt) - chars
        if missing:
            problems.append("art %d: chars not on page: %r" % (i, "".join(sorted(missing))))
        for j, b in enumerate(a["body"]):
            if ws(b) not in flat:
                problems.append("art %d para %d not a substring: %s" % (i, j, b[:30]))
        if a["title"] and ws(a["title"]) not in flat:
            problems.append("art %d title not a substring: %s" % (i, a["title"]))
        for c in a["captions"]:
            if ws(c) not in flat:
                problems.append("art %d caption not found: %s" % (i, c))
        for n in a["people"]:
            if ws(n) not in flat:
                problems.append("art %d person not found: %s" % (i, n))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"]):
            problems.append("art %d bad date %r" % (i, a["date"]))
    return problems


def main():
    truth = {}
    problems = []
    furniture = {}
    for p in PAGES:
        rel = "%s/%s/%s" % (p["pub"], p["date"], p["file"])
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        kind = p.get("kind", "text")
        tags = list(p.get("tags", []))
        arts = [it for it in p["items"] if isinstance(it, dict)]
        if kind == "html":
            enc = "html"
            s = render_html(p)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(s)
            text = html_text(s)
            tags.append("html")
        elif kind == "docx":
            enc = "docx"
            render_docx(p, path)
            text = docx_text(path)
            tags += ["docx", "bulletin_masthead", "distribution_lines"]
        else:
            text = render_txt(p)
            enc = p.get("encoding", "utf-8")
            with open(path, "wb") as f:
                f.write(text.encode(enc))
            if enc == "gb18030":
                tags.append("gb18030")
            if enc == "utf-8-sig":
                tags.append("utf8_bom")
            if p.get("crlf"):
                tags.append("crlf")
            if p.get("double"):
                tags.append("double_spaced")
            if p.get("no_blank"):
                tags.append("no_blank_lines")
            if kind == "ocr":
                tags.append("ocr")
            if p.get("stray", 0) > 0 and re.search(r"[\u4e00-\u9fff“”] [\u4e00-\u9fff“”。，0-9]|月 \d", text):
                tags.append("stray_spaces")
            furniture[rel] = [ln for ln in p.get("header", []) + p.get("footer", []) if ln]
        t_arts = [article_truth(a, p) for a in arts]
        for ta in t_arts:
            for t in ta["phenomena"]:
                if t not in tags:
                    tags.append(t)
        truth[rel] = {
            "encoding": enc,
            "crlf": bool(p.get("crlf")),
            "kind": kind,
            "publication_kind": p["pkind"],
            "phenomena": tags,
            "articles": t_arts,
        }
        for pr in self_check(text, truth[rel]):
            problems.append(rel + ": " + pr)
    by_pub = {}
    for rel, lines in furniture.items():
        by_pub.setdefault(rel.split("/")[0], []).append(set(lines))
    for pub, sets in by_pub.items():
        if len(sets) > 1 and not set.intersection(*sets):
            problems.append(pub + ": no header/footer line common to all pages")
    with open(os.path.join(HERE, "truth-h1c.json"), "w", encoding="utf-8") as f:
        json.dump(_truth11_align(_truth10_align(truth)), f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pr in problems:
        print("SELF-CHECK:", pr)
    print("%d pages, %d articles, %d problems" % (len(truth), sum(len(v["articles"]) for v in truth.values()), len(problems)))
    return 1 if problems else 0


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("沂蒙融媒/2023-09-22/03.txt", 3, "agency", "依汶镇党委", "依汶镇", 1),
    ("椰城晚报/2022-12-08/05.html", 1, "agency", "海口市龙华区民政局", "龙华区民政局", 7),
    ("椰城晚报/2025-01-14/05.html", 1, "agency", "海口市秀英区社会组织综合党委", "秀英区社会组织综合党委", 7),
    ("八桂党建/2024-10-18/04.txt", 3, "agency", "南宁市西乡塘区社会组织党委", "西乡塘区社会组织党委", 7),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


# settled in round ten (docs/truth_conventions.md, "Settled in round ten"):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH11 = [
    ('楚天民政/2022-11-17/03.txt', 3, 'slogans', ['党建引领'], ['党建引领', '两个覆盖'], 1),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    sys.exit(main())
