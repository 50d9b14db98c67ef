#!/usr/bin/env python3
"""Generate the dev2 set of unseen pages and their ground truth (truth-dev2.json).

Every article below is invented for this test set (genre imitation only; names of
people are made up).  The script lays the articles out as the text layers, e-paper
HTML pages and Word bulletins an archive would hold, with each publication's own
furniture, and derives the truth from the same article records, so that pages and
truth are reproducible:  python3 make_pages_dev2.py

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 7; kind 3 (an uncredited report of the paper or site
→ the paper, source) 31; kind 6 (本刊通讯员 X → the magazine, source) 2 — 40 values, listed in _TRUTH10
and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 4 (a bulletin's unit credit → the unit completed with the issuing 厅/局) 8 — 8 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
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
             width=None, double=None, title_gap=False, indent=None)
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
                cut = text.find("。") + 1 or len(text)
                out.append(a["marker"] + " " + text[:cut].replace("¦", ""))
                text = text[cut:]
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


# ----------------------------------------------------------------------------- html

HTML_TMPL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title_plain} - 齐鲁民政网</title>
<meta name="keywords" content="民政,党建,山东">
<meta name="description" content="{desc}">
<meta property="og:title" content="{title_plain}">
<meta property="og:site_name" content="齐鲁民政网">
<meta name="publishdate" content="{date}">
<link rel="stylesheet" href="/static/css/epaper.css">
</head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/epaper/">电子版</a> | <a href="/dj/">机关党建</a> | <a href="/sz/">社会组织</a> | <a href="/jc/">基层政权</a> | <a href="/search/">检索</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/epaper/">电子版</a> &gt; 第{page:02d}版：{section}</div>
<div class="main">
<div class="article">
{kicker}<h1 class="art-title">{title}</h1>
{sub}<div class="art-info">{cndate}　第{page:02d}版　来源：齐鲁民政网　<span class="views">阅读：{views}</span></div>
<div class="art-content">
{paras}
</div>
<div class="editor">（编辑：{editor}）</div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qq" href="javascript:;">QQ空间</a> <a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="related"><h3>相关阅读</h3>
<ul>
{related}
</ul>
</div>
</div>
<div class="footer">
<p>主办：山东省民政厅　承办：齐鲁民政网编辑部</p>
<p>地址：济南市历下区 邮编：250000　鲁ICP备00000000号</p>
<p>版权所有 齐鲁民政网 未经授权不得转载</p>
</div>
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
        paras.append("<p>" + e(t) + "</p>")
        for idx, c in a["captions"]:
            if idx == k:
                paras.append('<p class="pic"><img src="/upload/%s/%d.jpg"></p>' % (page["date"].replace("-", ""), k + 1))
                paras.append('<p class="pic-note">' + e(clean(c)) + "</p>")
    for en in a["end"]:
        paras.append('<p class="source">' + e(clean(en)) + "</p>")
    title = clean(a["title"])
    return HTML_TMPL.format(
        title_plain=e(title), desc=e(clean(a["body"][0])[:60]), date=page["date"],
        page=page["page"], section=page["section"],
        kicker=('<p class="kicker">' + e(clean(a["kicker"])) + "</p>\n") if a["kicker"] else "",
        title=e(title), sub=('<h2 class="subtitle">' + e(clean(a["sub"])) + "</h2>\n") if a["sub"] else "",
        cndate=cn_date(page["date"]), views=page.get("views", 100), paras="\n".join(paras),
        editor=page.get("editor", "孙晓彤"),
        related="\n".join('<li><a href="/epaper/%s/%d.html">%s</a><span>%s</span></li>' % (
            page["date"].replace("-", ""), 100 + i, e(r), page["date"]) for i, r in enumerate(page["related"])))


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

    def para(text, size=None, bold=False, center=False, red=False, indent=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if red:
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        return p

    for i, m in enumerate(page["masthead"]):
        para(m, size=(26 if i == 0 else None), bold=(i == 0), center=True, red=(i == 0))
    for it in page["items"]:
        if isinstance(it, str):
            para(it, center=True)
            continue
        a = it
        if a["kicker"]:
            para(clean(a["kicker"]), center=True)
        if a["title"] and a["title_pos"] == "before":
            for part in unmark(a["title"]).split("¦"):
                para(part, size=18, bold=True, center=True)
        if a["sub"]:
            para(clean(a["sub"]), center=True)
        for b in a["byline"]:
            para(clean(b), center=True)
        for k, p in enumerate(a["body"]):
            t = clean(p)
            if k == 0 and a["dateline"]:
                t = clean(a["dateline"]) + t
            para(t, indent=True)
        for en in a["end"]:
            para(clean(en))
        if a["title"] and a["title_pos"] == "after":
            para(clean(a["title"]), bold=True, center=True)
    for d in page["distribution"]:
        para(d)
    doc.save(path)


def docx_text(path):
    from docx import Document
    return "\n".join(p.text for p in Document(path).paragraphs)


# ----------------------------------------------------------------------------- truth

def article_truth(a, page):
    title = None
    if a["title_pos"] != "none" and a["title"]:
        title = clean((a["kicker"] or "") + a["title"] + (a["sub"] or ""))
        title = ws(title)
    body = [ws(clean(p)) for p in a["body"]]
    attr_parts = list(a["byline"]) + ([a["dateline"]] if a["dateline"] else []) + list(a["end"])
    attribution = "".join(clean(x) for x in attr_parts)
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
    return kw


# === DATA ===

# ----------------------------------------------------------------------------- 光明理论周刊
# national theory weekly: 文/某某, 本报评论员 or the author alone under the title;
# （作者系…）/（作者单位：…）; 一是/二是, 一、, （一）; column labels at the top.

GM = "光明理论周刊"


def gm_furniture(d, pg):
    head = [GM, "%s　第%d版" % (cn_date(d), pg)]
    foot = ["本版主编：范思远　责任编辑：韦清和", "校对：梁小禾　美编：秦雪"]
    return head, foot


def gm_page(d, pg, items, **kw):
    h, f = gm_furniture(d, pg)
    if isinstance(items[0], str):
        # the column label at the top belongs to the page's first article's layout
        label = items.pop(0)
        while items and items[0] is None:
            items.pop(0)
        items[0]["label"] = label
    return page(pub=GM, date=d, page=pg, file="%02d.txt" % pg, pkind="theory",
                header=h, footer=f, items=items, **kw)


gm_page("2023-11-16", 5, seed=101, width=17, stray=0.05, crlf=True, indent="　　", items=[
    "理论周刊", None,
    A(title="以党建引领推动社会组织¦高质量发展", byline=["文/{郑守峰}"], body=[
        "社会组织是我国社会主义现代化建设的重要力量。加强社会组织党的建设，是新时代党的建设总要求在社会领域的具体体现，也是推动社会组织健康有序发展的根本保证。",
        "一、把政治引领摆在首位",
        "社会组织党组织要始终把政治建设放在首位，教育引导党员深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，确保社会组织始终沿着正确方向发展。",
        "二、推动党的组织和工作有效覆盖",
        "要坚持应建尽建、能建必建，对暂不具备单独组建条件的，通过联合组建、派驻党建工作指导员等方式扩大覆盖面。同时要防止“建而不管、管而不活”，让党组织真正成为社会组织的主心骨。",
        "三、把党建优势转化为发展优势",
        "要坚持党建工作与业务工作同谋划、同部署、同考核，把党组织的政治优势转化为社会组织服务国家、服务社会、服务群众、服务行业的实际成效，以党建引领推动社会组织高质量发展。",
    ], end=["（作者系中共江苏省委党校党建教研部教授）"], tags=["subheadings"]),
    A(title="把“第一议题”制度¦落到实处", byline=["本报评论员"], source=GM, body=[
        "坚持“第一议题”制度，是用党的创新理论武装头脑、指导实践、推动工作的重要制度安排。落实这一制度，关键在于学深悟透、学用结合。",
        "一些单位把“第一议题”当成会议程序，读一读文件、念一念原文就算完成任务，学习与工作“两张皮”。这种做法看似有形，实则无效，必须坚决纠正。",
        "各级党组织要把学习习近平新时代中国特色社会主义思想作为首要政治任务，做到及时跟进学、联系实际学、带着问题学，真正以学铸魂、以学增智，把学习成果转化为推动工作的具体举措。",
    ]),
])

gm_page("2023-11-16", 6, seed=102, width=15, double=True, stray=0.04, sidecar=True, section="理论周刊", items=[
    "学习贯彻党的二十大精神", None,
    A(title="深刻把握“两个结合”的¦理论意蕴与实践要求", byline=["{韩立群}"], body=[
        "党的二十大报告深刻阐明了“两个结合”的重大意义。把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，是我们党推进理论创新的根本途径。",
        "（一）“两个结合”是理论创新的根本途径",
        "理论创新从来不是闭门造车，只有扎根中国大地、回答时代课题，马克思主义才能在中国焕发强大生命力。",
        "（二）“两个结合”为社会治理提供思想滋养",
        "中华优秀传统文化中蕴含的民为邦本、和而不同、守望相助等理念，同新时代社会治理实践高度契合，为做好民政工作、加强基层治理提供了深厚滋养。",
        "（三）在实践中深化对“两个结合”的认识",
        "党员干部要把学习领悟“两个结合”同学习贯彻党的二十大精神结合起来，在解决群众急难愁盼问题中检验学习成效，推动中国式现代化在民生领域落地生根。",
    ], end=["（作者单位：中国人民大学马克思主义学院）"], tags=["subheadings"]),
])

gm_page("2024-01-11", 5, seed=103, width=18, stray=0.06, encoding="gb18030", items=[
    "理论周刊", None,
    A(title="在民政工作中践行以人民为中心的发展思想", sub="——学习习近平总书记关于民政工作的重要论述",
      byline=["文/{谢婉清}"], body=[
        "民政工作关系民生、连着民心，是社会建设的兜底性、基础性工作。做好新时代民政工作，必须始终坚持以人民为中心的发展思想。",
        "践行以人民为中心的发展思想，要在三个方面持续用力：一是兜住民生底线，健全分层分类的社会救助体系，做到应保尽保、应救尽救；二是提升服务温度，推进养老、儿童福利等基本民生服务向城乡社区延伸；三是夯实基层基础，以党建引领城乡社区治理，把服务群众的“最后一米”打通。",
        "同时，要把全面从严治党要求贯穿民政工作全过程，坚决纠治“四风”，以清廉机关建设护航民生资金安全，让每一分钱都用在群众身上。",
    ], end=["（作者系北京师范大学社会发展与公共政策学院副教授）"]),
    A(title="新时代机关党建的三个着力点", byline=["{买买提江·¦吾斯曼}"], body=[
        "机关党建是党的建设的重要组成部分。推动机关党建高质量发展，要在强化政治机关意识、提升组织力、深化作风建设上同时着力。",
        "强化政治机关意识，要把讲政治贯穿机关工作各方面；提升组织力，要严格落实“三会一课”等组织生活制度；深化作风建设，要锲而不舍落实中央八项规定精神，以模范机关建设带动机关作风整体提升。",
    ], end=["（作者单位：新疆大学马克思主义学院）"]),
])

gm_page("2024-03-14", 7, seed=104, width=16, stray=0.05, para_blank=True, items=[
    "理论周刊", None,
    A(title="以学正风 锤炼过硬作风", byline=["本报评论员"], source=GM, body=[
        "作风建设永远在路上。以学正风，就是要把学习党的创新理论同加强作风建设贯通起来，用科学理论滋养初心、引领使命。",
        "作风问题归根到底是党性问题。党员干部要从思想上正本清源，从行动上较真碰硬，坚决反对形式主义、官僚主义，在为民办实事中体现学习成效。",
    ]),
    A(title="纵深推进全面从严治党¦要把握好几对关系", title_pos="after", byline=["文/{程远航}"], body=[
        "全面从严治党是党的伟大自我革命的重要实践。新征程上纵深推进全面从严治党，需要把握好几对重要关系。",
        "一是严管与厚爱的关系。既要动真碰硬、严明纪律，又要关心关爱干部，激励担当作为。",
        "二是治标与治本的关系。既要坚决查处违纪违法问题，又要从制度机制上堵塞漏洞，做到标本兼治。",
        "三是全面与重点的关系。既要全面覆盖、不留死角，又要紧盯“关键少数”，以上率下形成示范效应。",
    ], end=["（作者系华中师范大学政治与国际关系学院教授）"]),
])

gm_page("2024-05-16", 5, seed=105, width=19, stray=0.0, no_blank=True, crlf=True, items=[
    "理论周刊",
    A(title="把党纪学习教育成果转化为¦干事创业的强大动力", byline=["文/{潘若谷}"], body=[
        "党纪学习教育是加强党的纪律建设的重要举措。学纪、知纪、明纪、守纪，最终要落到干事创业上来。",
        "要准确把握“三个区分开来”的要求，既让党员干部知敬畏、存戒惧、守底线，又让敢于担当、踏实做事的干部心无旁骛干事创业。",
        "要坚持以学促干，把学习成效体现到推动高质量发展的具体行动中，在服务群众中锤炼党性、在攻坚克难中增长才干。",
    ], end=["（作者单位：中共浙江省委党校）"]),
    A(title="让“三会一课”¦活起来实起来", byline=["{杜明彰}"], body=[
        "“三会一课”是党的组织生活的基本制度。一些基层党组织存在内容单一、形式呆板等问题，需要在守正中创新。",
        "要丰富学习载体，推行主题党日、现场教学等方式，让党员愿意来、坐得住、有收获；要突出问题导向，把党员群众关心的事拿到会上议一议，让组织生活真正“活起来”“实起来”。",
    ], end=["（作者系中国社会科学院马克思主义研究院助理研究员）"]),
])

gm_page("2024-07-04", 6, seed=106, width=15, stray=0.05, indent="　　", items=[
    "学习贯彻党的二十大精神", None,
    A(title="以高质量党建引领¦民政事业高质量发展", byline=["{骆清源}"], body=[
        "新时代新征程，民政事业在推进中国式现代化中承担着重要职责。以高质量党建引领民政事业高质量发展，是民政系统的共同课题。",
        "一、坚持政治引领",
        "民政部门要深刻领悟“两个确立”的决定性意义，自觉把党的领导贯穿民政工作各领域全过程，确保党中央决策部署在民政领域落地见效。",
        "二、坚持融合发展",
        "要推动党建与业务深度融合，把党支部建在服务一线，让党员在养老服务、儿童关爱、社会救助中亮身份、当先锋，以党建引领凝聚民政事业发展合力。",
    ], end=["（作者系中共中央党校（国家行政学院）党的建设教研部副教授）"], tags=["subheadings"]),
    A(title="以“两学一做”常态化¦锤炼党员本色", byline=["{古再丽努尔¦·艾山}"], body=[
        "推进“两学一做”学习教育常态化制度化，是加强党员队伍建设的长效之举。",
        "党员要把学党章党规、学系列讲话同做合格党员统一起来，在日常工作中亮身份、作表率，把“不忘初心、牢记使命”落实到每一项具体工作中。",
    ], end=["（作者单位：新疆师范大学马克思主义学院）"]),
])

gm_page("2024-09-19", 5, seed=107, width=17, stray=0.05, sidecar=True, section="理论周刊", items=[
    "学习贯彻党的二十届三中全会精神", None,
    A(title="深入学习贯彻二十届三中全会精神¦推进机关党建改革创新", byline=["本报评论员"], source=GM, body=[
        "党的二十届三中全会对进一步全面深化改革、推进中国式现代化作出系统部署。深入学习贯彻二十届三中全会精神，是当前和今后一个时期的重大政治任务。",
        "全会提出的“七个聚焦”，为机关党建工作指明了方向。机关党组织要把学习贯彻全会精神同落实本部门改革任务结合起来，在改革中检验党建成效。",
        "要坚持问题导向，破除制约机关党建质量提升的体制机制障碍，推动党建工作由“有形覆盖”向“有效覆盖”转变，以党建高质量引领改革高质量。",
    ]),
    A(title="社会组织党建要在“精准”上下功夫", byline=["文/{孔令娴}"], body=[
        "社会组织数量多、类型杂、分布散，党建工作必须因类施策、精准发力。",
        "对行业协会商会，要把党建工作要求写入章程，推动党组织参与重大事项决策；对社会服务机构，要把党组织活动同公益服务结合起来；对基金会，要加强对资金使用的政治把关。",
    ], end=["（作者单位：南开大学周恩来政府管理学院）"]),
])

gm_page("2024-12-05", 7, seed=108, width=18, stray=0.04, crlf=False, encoding="utf-8-sig", items=[
    "理论周刊", None,
    A(title="中国式现代化进程中¦社会组织党建的时代使命", byline=["文/{宋鹤年}"], body=[
        "中国式现代化是人口规模巨大、全体人民共同富裕的现代化。社会组织扎根基层、贴近群众，在推进中国式现代化中大有可为。",
        "（一）服务国家战略",
        "社会组织党组织要引导社会组织围绕乡村振兴、区域协调发展等国家战略找准定位，把服务大局作为检验党建成效的重要标尺。",
        "（二）回应群众需求",
        "要引导社会组织聚焦“一老一小”等民生需求，提供专业化、精细化服务，让群众在家门口感受到党的关怀。",
        "（三）筑牢安全底线",
        "要牢固树立总体国家安全观，加强对社会组织意识形态工作的领导，防范化解各类风险隐患。",
    ], end=["（作者系复旦大学国际关系与公共事务学院教授）"], tags=["subheadings"]),
    A(title="从小切口做好群众工作", title_pos="none", body=[
        "群众工作无小事。从群众身边的小事做起，往往能以小见大、以点带面。",
        "党员干部要多到群众中去，听真话、察实情，把群众的“问题清单”变成工作的“履职清单”，在一件件实事中密切党群干群关系。",
    ], end=["（作者单位：西南政法大学）"]),
])

# ----------------------------------------------------------------------------- 江淮日报
# Anhui provincial daily: 本报合肥X月X日电（记者 某某）, the paper's own 省民政厅/省委组织部,
# city and county names, kickers and ——subtitles, 【党建引领】/【基层党建】, 上旬/中旬/下旬,
# （下转第N版）/（上接第N版）.

JH = "江淮日报"


def jh_page(d, pg, section, items, **kw):
    if kw.pop("fullwidth", False):
        items = [fw_article(it) if isinstance(it, dict) else it for it in items]
    head = [JH, "%s" % cn_date(d), "第%d版　%s" % (pg, section)]
    foot = ["责任编辑：汪立新　美编：吴楠　校对：陶小芸"]
    return page(pub=JH, date=d, page=pg, file="%02d.txt" % pg, pkind="provincial", section=section,
                header=head, footer=foot, items=items, **kw)


def JA(**kw):
    kw.setdefault("province", "安徽")
    return A(**kw)


jh_page("2024-01-09", 1, "要闻", seed=201, width=13, stray=0.06, items=[
    JA(title="省民政厅召开2023年度机关党组织¦书记抓党建述职评议会", dateline="本报合肥1月8日电（记者 {方晓岚}）",
       source=JH, agency="安徽省民政厅", date="2024-01-08", tags=["province_context"], body=[
        "1月8日，省民政厅召开2023年度机关党组织书记抓基层党建工作述职评议会。厅党组书记、厅长{唐振华}出席会议并讲话。",
        "会上，厅机关各党支部书记逐一述职，现场接受评议。会议指出，过去一年，厅机关各级党组织认真落实全面从严治党主体责任，扎实开展主题教育，模范机关建设取得新成效。",
        "会议要求，新的一年要坚持以习近平新时代中国特色社会主义思想为指导，持续深化“三级联动”，推动机关党建和民政业务深度融合。",
    ]),
    JA(kicker="以“三级联动”推进模范机关建设", title="芜湖市民政系统党建工作交出亮眼答卷",
       dateline="本报芜湖1月7日电（记者 {程一鸣} 通讯员 {俞小蔓}）", source=JH, agency="芜湖市民政局",
       date="2023-12-28", tags=["province_context"], body=[
        "12月28日，芜湖市民政局召开全市民政系统党建工作总结会，对一年来党建工作进行盘点。",
        "一年来，全市民政系统坚持市县乡“三级联动”，建立党建工作联系点36个，打造“民政为民”党建品牌12个，推动党建与业务同频共振。",
    ]),
    JA(title="省委组织部部署开展¦基层党组织“对标定级”工作", dateline="本报讯（记者 {许文涛}）",
       source=JH, agency="安徽省委组织部", cont_end="（下转第6版）", tags=["province_context", "relative_date"], body=[
        "近日，省委组织部印发通知，在全省部署开展基层党组织“对标定级”工作，推动基层党组织全面进步、全面过硬。",
        "通知明确，各地要对照“五个基本”要求，逐个排查基层党组织建设情况，分为先进、达标、后进三个等次，",
    ]),
])

jh_page("2024-01-09", 6, "党建", seed=202, width=12, stray=0.05, sidecar=True, items=[
    JA(cont_top="（上接第1版）", title=None, title_pos="none", agency="安徽省委组织部", tags=["province_context"], body=[
        "对后进党组织实行“一支部一方案”整顿提升。",
        "省委组织部有关负责同志表示，开展“对标定级”要防止简单化、形式化，坚持以党员群众满意为标准，把定级结果作为评价党组织书记履职情况的重要依据。",
    ]),
    JA(label="【基层党建】", title="肥西县：“红色管家”走进小区", dateline="本报讯（通讯员 {钱慧敏} 记者 {程一鸣}）",
       source=JH, agency="肥西县民政局", date="2023-12-21", tags=["province_context", "period_date"], body=[
        "12月下旬，肥西县民政局在全县推广“红色管家”做法，由社区党组织牵头，组织物业企业、业主委员会共同参与小区治理。",
        "目前，全县已有48个小区建立党组织，260余名党员亮身份、领岗位，帮助居民解决停车难、加装电梯等实际问题。",
    ]),
    JA(title="六安市社会组织党委开展¦“两学一做”回头看", title_pos="after", end=["（通讯员 {邵佳琪}）"],
       agency="六安市社会组织党委", date="2024-01-05", tags=["province_context"], body=[
        "1月5日，六安市社会组织党委召开会议，对全市社会组织党组织“两学一做”学习教育常态化制度化情况开展回头看。",
        "会议要求，各社会组织党组织要严格落实“三会一课”制度，推动党员学习教育经常化。",
    ]),
])

jh_page("2024-03-12", 3, "党建", seed=203, width=13, double=True, stray=0.05, encoding="gb18030", items=[
    JA(title="省民政厅党组理论学习中心组¦开展专题学习", dateline="本报讯（记者 {方晓岚}）", source=JH,
       agency="安徽省民政厅", date="2024-03-01", tags=["province_context", "period_date"], body=[
        "3月上旬，省民政厅党组理论学习中心组围绕学习贯彻全国两会精神开展专题学习。",
        "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，以实际行动推动民政事业高质量发展。",
    ]),
    JA(title="滁州市民政局：把“第一议题”¦学习延伸到基层", dateline="本报滁州3月10日电（记者 {董若川}）",
       source=JH, agency="滁州市民政局", date="2024-03-08", tags=["province_context"], body=[
        "3月8日，滁州市民政局召开局党组会议，把“第一议题”学习延伸到基层民政服务站，推动学习成果转化为服务群众的实际行动。",
        "该局还组织党员干部到养老机构、儿童福利机构开展调研，现场解决问题11个。",
    ]),
    JA(title="金寨县民政局：传承红色基因¦推动“三会一课”提质增效", end=["（通讯员 {詹明轩}）"],
       agency="金寨县民政局", tags=["province_context", "relative_date"], body=[
        "今年以来，金寨县民政局依托丰富的红色资源，把“三会一课”搬进革命旧址和红色展馆，让党员在现场教学中接受精神洗礼。",
        "该局还建立“红色讲解员”队伍，由党员干部轮流为群众讲述红色故事。",
    ]),
])

jh_page("2024-05-14", 3, "党建", seed=204, width=14, stray=0.06, items=[
    JA(title="省民政厅召开机关党建工作推进会", dateline="本报合肥5月12日电（记者 {方晓岚}）", source=JH,
       agency="安徽省民政厅", date="2024-05-12", tags=["province_context"], body=[
        "5月12日，省民政厅召开机关党建工作推进会，总结前一阶段工作，部署推进清廉机关建设。",
        "厅党组书记、厅长{唐振华}指出，要坚持以党建引领民政事业发展，以“三个聚焦”推动机关党建提质增效：聚焦政治建设、聚焦基层组织、聚焦作风纪律。",
    ]),
    JA(kicker="聚焦主题教育成果转化", title="黄山市民政局把党建引领贯穿养老服务全过程",
       sub="——歙县“党建+养老”服务见闻", byline=["本报记者 {董若川} {汤萌}"], source=JH, agency="黄山市民政局",
       date="2024-05-11", tags=["province_context", "period_date"], body=[
        "5月中旬，记者走进歙县多个乡镇敬老院，看到党员志愿者正在为老人理发、量血压。",
        "近年来，黄山市民政局把主题教育成果转化为为老服务的实际举措，在全市养老机构建立党支部21个，推行“党员+护理员”结对服务。",
        "歙县民政局负责同志说，下一步将推动党建阵地与养老服务阵地深度融合，让老人在家门口享受到便利服务。",
    ]),
    JA(title="蚌埠市社会组织综合党委¦举办党组织书记培训班", title_pos="after", end=["（记者 {许文涛} 通讯员 {葛欣怡}）"],
       source=JH, agency="蚌埠市社会组织综合党委", date="2024-05-09", tags=["province_context"], body=[
        "5月9日至10日，蚌埠市社会组织综合党委举办社会组织党组织书记培训班，全市90余名党组织书记参加培训。",
        "培训班邀请市委党校教授{聂文博}作专题辅导，围绕党的二十大精神、发展党员工作流程等内容进行讲解。",
    ]),
])

jh_page("2024-05-14", 5, "基层", seed=205, width=12, stray=0.05, items=[
    JA(label="【党建引领】", title="安庆市：社会组织党建“三个一”¦工作法见实效", dateline="本报讯（记者 {汤萌}）",
       source=JH, agency="安庆市民政局", tags=["province_context", "relative_date"], body=[
        "近日，记者从安庆市民政局获悉，该市推行社会组织党建“三个一”工作法，即一个党组织联系一个社区、开展一项服务、打造一个品牌，取得明显成效。",
        "目前，全市已有130余家社会组织党组织与社区结对，年内开展服务活动600余场次。",
    ]),
    JA(title="合肥市包河区：“民族团结一家亲”¦主题党日暖人心", dateline="本报讯（通讯员 {常思雨}）",
       source=JH, agency="合肥市包河区民政局", date="2024-05-10", tags=["province_context"], body=[
        "5月10日，合肥市包河区民政局联合辖区社区党委开展“民族团结一家亲”主题党日活动。",
        "滨湖世纪社区党委书记{阿依古丽·¦吐尔逊}说，社区居住着12个民族的居民，党组织要当好“连心桥”，让大家像石榴籽一样紧紧抱在一起。",
    ]),
    JA(title="淮南市民政局¦推进清廉机关建设", title_pos="after", end=["（通讯员 {彭书瑶}）"],
       agency="淮南市民政局", date="2024-05-01", tags=["province_context", "period_date"], body=[
        "5月上旬，淮南市民政局召开清廉机关建设推进会，梳理廉政风险点42个，制定防控措施56条。",
        "该局要求党员干部严格遵守中央八项规定精神，坚决纠治“四风”，以清廉机关建设护航民生资金安全。",
    ]),
])

jh_page("2024-07-02", 1, "要闻", seed=206, width=13, stray=0.05, items=[
    JA(title="省民政厅召开庆祝建党103周年¦座谈会", dateline="本报合肥7月1日电（记者 {方晓岚}）", source=JH,
       agency="安徽省民政厅", date="2024-06-28", cont_end="（下转第4版）", tags=["province_context"], body=[
        "6月28日，省民政厅召开庆祝中国共产党成立103周年座谈会，厅党组书记、厅长{唐振华}为新入党党员代表颁发纪念章。",
        "座谈会上，老党员代表{杭德昌}回顾了自己50年的入党经历，",
    ]),
    JA(title="宿州市民政局：“支部建在服务链上”", end=["（通讯员 {柏子涵}）"], agency="宿州市民政局",
       tags=["province_context", "relative_date"], body=[
        "今年以来，宿州市民政局把党支部建在社会救助、养老服务、婚姻登记等服务链上，推动党员在一线亮身份、作表率。",
        "该局同时开展“党员先锋岗”评选活动，已有26名党员获评。",
    ]),
])

jh_page("2024-07-02", 4, "党建", seed=207, width=13, stray=0.05, crlf=True, items=[
    JA(cont_top="（上接第1版）", title=None, title_pos="none", agency="安徽省民政厅", tags=["province_context"], body=[
        "勉励年轻党员坚定理想信念，在民政岗位上践行初心使命。",
        "座谈会要求，厅机关各级党组织要把庆祝建党活动同开展党纪学习教育结合起来，教育引导党员干部学纪、知纪、明纪、守纪。",
    ]),
    JA(label="【基层党建】", title="亳州市谯城区民政局¦开展“七一”主题党日活动", dateline="本报讯（记者 {董若川}）",
       source=JH, agency="亳州市谯城区民政局", date="2024-06-21", tags=["province_context", "period_date"], body=[
        "6月下旬，亳州市谯城区民政局组织全体党员开展“七一”主题党日活动，重温入党誓词，聆听专题党课。",
        "活动中，党员们走进社区养老服务站，为老人送去慰问品。",
    ]),
    JA(title="铜陵市民政局组织党员干部¦赴红色教育基地学习", title_pos="after", end=["（通讯员 {沈一帆}）"],
       agency="铜陵市民政局", date="2024-06-26", tags=["province_context", "half_day_date"], body=[
        "6月26日上午，铜陵市民政局组织党员干部赴新四军军部旧址纪念馆开展现场教学。",
        "党员们表示，要赓续红色血脉，把学习成果转化为推动民政事业高质量发展的实际行动。",
    ]),
])

jh_page("2024-09-10", 3, "党建", seed=208, width=14, stray=0.05, crlf=True, items=[
    JA(kicker="学习贯彻党的二十届三中全会精神", title="省民政厅举办机关党员干部专题读书班",
       sub="——推动全会精神在民政领域落地见效", dateline="本报合肥9月8日电（记者 {许文涛}）", source=JH,
       agency="安徽省民政厅", date="2024-09-05", tags=["province_context"], body=[
        "9月5日至7日，省民政厅举办机关党员干部学习贯彻二十届三中全会精神专题读书班。",
        "读书班采取专题辅导、分组研讨、交流发言等方式进行，引导党员干部把全会精神转化为推进民政领域改革的具体举措。",
    ]),
    JA(title="阜阳市民政局开展“党员进社区”活动", dateline="本报讯（通讯员 {尚佳宁}）", source=JH,
       agency="阜阳市民政局", date="2024-08-21", tags=["province_context", "period_date"], body=[
        "8月下旬，阜阳市民政局组织机关党员到社区报到，认领服务岗位，参与社区治理。",
        "活动开展以来，党员共为居民办实事120余件。",
    ]),
    JA(title="青阳县民政局：党建引领¦社会救助“一门受理”", end=["（通讯员 {鲁晓晨}）"], agency="青阳县民政局",
       tags=["province_context", "relative_date"], body=[
        "近日，青阳县民政局在全县推行社会救助“一门受理、协同办理”，由党员干部担任帮办代办员，让困难群众少跑腿。",
    ]),
])

jh_page("2024-11-19", 5, "基层", seed=209, width=12, stray=0.06, fullwidth=True, items=[
    JA(label="【基层党建】", title="宣城市民政局：党建引领¦“一老一小”服务提质", dateline="本报讯（记者 {汤萌}）",
       source=JH, agency="宣城市民政局", date="2024-11-11", tags=["province_context", "period_date"], body=[
        "11月中旬，宣城市民政局召开“一老一小”服务工作推进会，推动党建引领为老服务和儿童关爱服务提质增效。",
        "今年以来，全市建成社区嵌入式养老服务站37个、儿童之家52个。",
    ]),
    JA(title="淮北市社会组织党委¦开展党务工作者轮训", title_pos="after", end=["（通讯员 {车雨桐}）"],
       agency="淮北市社会组织党委", date="2024-11-14", tags=["province_context"], body=[
        "11月14日，淮北市社会组织党委启动全市社会组织党务工作者轮训，首期培训80余人。",
        "培训围绕二十届三中全会精神、党组织工作规范等内容展开。",
    ]),
    JA(title=None, title_pos="none", end=["（通讯员 {储明哲}）"], agency="岳西县民政局",
       tags=["province_context", "relative_date"], body=[
        "近日，岳西县民政局机关党支部与县福利院党支部开展联学联建，共同学习党的二十大精神，交流党建工作经验。",
    ]),
])

jh_page("2024-12-17", 3, "党建", seed=210, width=15, stray=0.05, no_blank=True, items=[
    JA(title="省民政厅开展年终党建工作督导", dateline="本报讯（记者 {方晓岚}）", source=JH, agency="安徽省民政厅",
       date="2024-12-01", tags=["province_context", "period_date"], body=[
        "12月上旬，省民政厅成立4个督导组，对厅机关各党支部和直属单位党组织开展年终党建工作督导。",
        "督导组通过查阅资料、个别谈话等方式，重点检查“三会一课”落实、主题党日开展等情况。",
    ]),
    JA(title="马鞍山市博望区民政局召开¦专题组织生活会", dateline="本报讯（通讯员 {殷若彤}）", source=JH,
       agency="马鞍山市博望区民政局", date="2024-12-12", tags=["province_context", "half_day_date"], body=[
        "12月12日上午，马鞍山市博望区民政局机关党支部召开专题组织生活会，党员逐一对照检查，开展批评和自我批评。",
    ]),
    JA(title="铜陵市义安区民政局¦推进模范机关建设", title_pos="after", end=["（通讯员 {程雪晴}）"],
       agency="铜陵市义安区民政局", date="2024-12-10", tags=["province_context"], body=[
        "12月10日，铜陵市义安区民政局召开模范机关建设推进会，总结一年来工作成效。",
        "会议要求，要持续深化模范机关建设，努力打造让党放心、让群众满意的模范机关。",
    ]),
])

# ----------------------------------------------------------------------------- 东坡融媒
# county media centre of 眉山市东坡区 (Sichuan): 党建快讯 (■ + title) and 动态 (◆ + first
# sentence) pages, no blank lines on most pages, no attributions, 5日上午, 今年以来.

DP = "东坡融媒"


def dp_page(d, pg, section, items, **kw):
    head = ["东坡融媒 · %s" % section, "%s　第%d版" % (cn_date(d), pg)]
    foot = ["眉山市东坡区融媒体中心出品", "编辑：苏沐晴　审核：李青松"]
    if kw.pop("fullwidth", False):
        items = [fw_article(it) if isinstance(it, dict) else it for it in items]
    return page(pub=DP, date=d, page=pg, file="%02d.txt" % pg, pkind="county", section=section,
                header=head, footer=foot, items=items, **kw)


def DT(title, body, agency, date=None, tags=()):
    """■ item whose marker line carries the title."""
    return A(marker="■", title=title, title_pos="marker", body=body, agency=agency, province="四川",
             date=date, tags=["province_context"] + list(tags))


def DS(body, agency, date=None, tags=()):
    """◆ item whose marker line carries the first sentence."""
    return A(marker="◆", title=None, title_pos="none", body=body, agency=agency, province="四川",
             date=date, tags=["province_context"] + list(tags))


dp_page("2024-01-03", 2, "党建快讯", seed=301, width=18, no_blank=True, encoding="gb18030", crlf=True, items=[
    DT("东坡区民政局召开年度党建工作总结会", [
        "12月29日上午，东坡区民政局召开2023年度党建工作总结会，局党组书记、局长{杨景川}总结一年来机关党建工作，部署下一年度重点任务。",
    ], "东坡区民政局", "2023-12-29", ["half_day_date"]),
    DT("苏祠街道开展“冬日暖阳”志愿服务", [
        "12月30日，苏祠街道党工委组织辖区党员志愿者走访高龄独居老人，送去棉被、大米等物资。",
        "街道党工委书记{罗晓峰}表示，要把主题教育成果体现在为民服务的点滴之中。",
    ], "苏祠街道党工委", "2023-12-30"),
    DT("东坡区社会组织综合党委举办书记培训", [
        "12月下旬，东坡区社会组织综合党委举办社会组织党组织书记培训班，40余名书记参加培训。",
    ], "东坡区社会组织综合党委", "2023-12-21", ["period_date"]),
    DT("太和镇推行“院坝党课”", [
        "近年来，太和镇党委把党课开到田间地头和院坝之中，由党员干部用群众听得懂的语言宣讲党的二十大精神。",
    ], "太和镇党委", None, ["relative_date"]),
])

dp_page("2024-03-06", 2, "动态", seed=302, width=17, no_blank=True, items=[
    DS(["5日上午，东坡区民政局机关党支部开展学雷锋志愿服务活动。党员们走进区社会福利院，为老人打扫卫生、表演节目。"],
       "东坡区民政局", "2024-03-05", ["half_day_date"]),
    DS(["今年以来，通惠街道聚焦“一老一小”，依托社区党群服务中心建成老年助餐点6个。街道还组织党员认领服务岗位，为困难群众提供代办服务。"],
       "通惠街道党工委", None, ["relative_date"]),
    DS(["4日下午，崇仁镇召开党建引领基层治理工作推进会。会议要求各村（社区）党组织把“三会一课”与村务议事结合起来。"],
       "崇仁镇党委", "2024-03-04", ["half_day_date"]),
    DS(["近日，东坡区委组织部对全区新任村（社区）党组织书记开展集中轮训。轮训采取专题讲座、现场教学等方式进行。"],
       "东坡区委组织部", None, ["relative_date"]),
])

dp_page("2024-04-10", 3, "党建快讯", seed=303, width=19, no_blank=True, items=[
    DT("东坡区民政局部署党纪学习教育", [
        "9日上午，东坡区民政局召开党纪学习教育动员部署会，对局机关和直属单位开展党纪学习教育作出安排。",
        "局党组书记、局长{杨景川}指出，要把学习《中国共产党纪律处分条例》作为重要内容，做到学纪、知纪、明纪、守纪。",
    ], "东坡区民政局", "2024-04-09", ["half_day_date"]),
    DT("大石桥街道开展清明祭英烈活动", [
        "3日，大石桥街道党工委组织党员干部到烈士陵园开展祭扫活动，缅怀革命先烈。",
    ], "大石桥街道党工委", "2024-04-03"),
    DT("松江镇社会组织党支部成立", [
        "近日，松江镇首个社会组织联合党支部正式成立，覆盖辖区7家社会组织。",
        "联合党支部书记{何雨涵}说，将组织党员带头参与乡村振兴，以党建引领社会组织健康发展。",
    ], "松江镇党委", None, ["relative_date"]),
])

dp_page("2024-05-08", 2, "动态", seed=304, width=16, no_blank=True, encoding="gb18030", items=[
    DS(["6日上午，东坡区民政局召开“第一议题”学习会，传达学习习近平总书记近期重要讲话精神。会议强调，要坚持以学铸魂、以学增智、以学正风、以学促干。"],
       "东坡区民政局", "2024-05-06", ["half_day_date"]),
    DS(["今年以来，悦兴镇推行“党员积分制”管理，将志愿服务、政策宣讲等纳入积分。目前全镇已有320名党员参与积分管理。"],
       "悦兴镇党委", None, ["relative_date"]),
    DS(["7日，修文镇社会工作站党小组组织开展“五一”慰问活动。党员社工走访慰问环卫工人、快递小哥等新就业群体。"],
       "修文镇社会工作站", "2024-05-07"),
    DS(["近日，东坡区社会组织综合党委开展“党建+公益”项目评选。共有12个项目入选年度扶持名单。"],
       "东坡区社会组织综合党委", None, ["relative_date"]),
])

dp_page("2024-06-05", 2, "党建快讯", seed=305, width=18, no_blank=True, crlf=True, fullwidth=True, items=[
    DT("东坡区民政局开展“六一”关爱行动", [
        "1日上午，东坡区民政局党员干部走进区儿童福利机构，为孩子们送去书籍和学习用品。",
    ], "东坡区民政局", "2024-06-01", ["half_day_date"]),
    DT("思蒙镇党委召开专题组织生活会", [
        "5月下旬，思蒙镇党委各支部召开专题组织生活会，党员逐一对照党章党规查找问题。",
        "镇党委书记{邓宇航}表示，要以党纪学习教育为契机，推动全面从严治党向基层延伸。",
    ], "思蒙镇党委", "2024-05-21", ["period_date"]),
    DT("通惠街道“红色楼栋长”上岗", [
        "今年以来，通惠街道在老旧小区选聘党员担任“红色楼栋长”，收集居民诉求230余条，办结率达95%。",
    ], "通惠街道党工委", None, ["relative_date"]),
    DT("东坡区委组织部开展党建工作督查", [
        "3日，东坡区委组织部对部分村（社区）党建工作开展督查，重点检查“三会一课”落实情况。",
    ], "东坡区委组织部", "2024-06-03"),
])

dp_page("2024-07-03", 3, "动态", seed=306, width=17, items=[
    DS(["1日上午，东坡区民政局举行新党员入党宣誓仪式，3名新党员面对党旗庄严宣誓。仪式结束后，老党员代表{陈德清}为新党员讲授“七一”专题党课。"],
       "东坡区民政局", "2024-07-01", ["half_day_date"]),
    DS(["6月下旬，白马镇党委开展“两优一先”评选表彰，评选出优秀共产党员15名。镇党委要求广大党员向先进典型学习，争做新时代合格党员。"],
       "白马镇党委", "2024-06-21", ["period_date"]),
    DS(["近日，苏祠街道三苏社区党委创新推出“邻里议事厅”。社区党委书记{王心怡}说，议事厅让居民的事由居民商量着办。"],
       "苏祠街道三苏社区党委", None, ["relative_date"]),
])

dp_page("2024-09-04", 2, "党建快讯", seed=307, width=19, no_blank=True, items=[
    DT("东坡区民政局学习二十届三中全会精神", [
        "2日上午，东坡区民政局召开党组理论学习中心组学习会，专题学习二十届三中全会精神。",
        "会议要求，要把全会精神贯彻落实到养老服务、社会救助等民政工作各方面。",
    ], "东坡区民政局", "2024-09-02", ["half_day_date"]),
    DT("崇仁镇开展党员“亮身份”活动", [
        "今年以来，崇仁镇组织农村党员在家门口挂牌亮身份，主动参与矛盾调解、环境整治等工作。",
    ], "崇仁镇党委", None, ["relative_date"]),
    DT("东坡区社会组织党建指导员上岗", [
        "8月中旬，东坡区社会组织综合党委选派18名党建工作指导员进驻社会组织，帮助规范党组织建设。",
    ], "东坡区社会组织综合党委", "2024-08-11", ["period_date"]),
])

dp_page("2024-11-06", 2, "动态", seed=308, width=16, no_blank=True, encoding="utf-8-sig", items=[
    DS(["4日上午，东坡区民政局召开清廉机关建设推进会。会议通报了前三季度廉政风险排查情况，部署下一阶段重点工作。"],
       "东坡区民政局", "2024-11-04", ["half_day_date"]),
    DS(["今年以来，太和镇依托党群服务中心开办“老年大学”，开设书法、健康等课程12门。镇党委书记{李文博}表示，要让老人在家门口老有所学、老有所乐。"],
       "太和镇党委", None, ["relative_date"]),
    DS(["10月下旬，东坡区委组织部举办基层党务工作者示范培训班。来自全区的60余名党务工作者参加培训。"],
       "东坡区委组织部", "2024-10-21", ["period_date"]),
    DS(["5日，大石桥街道召开社区党组织书记例会。会上，各社区党组织书记交流了党建引领社区治理的经验做法。"],
       "大石桥街道党工委", "2024-11-05"),
])

# ----------------------------------------------------------------------------- 社会组织党建
# national magazine: long features with kickers and ——subtitles, 本刊记者 bylines,
# subheadings, captions, an interview (——访某某, 记者：/某某：), an honour list.

SZ = "社会组织党建"


def sz_page(d, pg, label, items, **kw):
    issue = int(d[5:7])
    head = ["%s　%d年第%d期" % (SZ, int(d[:4]), issue), "SHEHUI ZUZHI DANGJIAN", label]
    foot = ["— %d —" % pg]
    return page(pub=SZ, date=d, page=pg, file="%02d.txt" % pg, pkind="magazine", section=label,
                header=head, footer=foot, items=items, tags=["column_label"], **kw)


sz_page("2024-02-01", 12, "特别策划", seed=401, width=20, stray=0.03, indent="　　", items=[
    A(kicker="扎根天山南北", title="让党旗在新疆社会组织中¦高高飘扬",
      sub="——新疆维吾尔自治区社会组织党建工作纪实", byline=["本刊记者 {林初夏} {聂思远}"],
      source=SZ, province="新疆", agency="新疆维吾尔自治区民政厅", tags=["relative_date", "subheadings"],
      captions=[(2, "图为乌鲁木齐市一家社会组织党支部开展主题党日活动。（{闫海涛} 摄）")], body=[
        "近年来，新疆维吾尔自治区民政厅坚持党建引领，推动全区社会组织党的组织和工作有效覆盖，社会组织在服务群众、促进民族团结中发挥了积极作用。",
        "建强组织体系",
        "自治区民政厅会同有关部门建立社会组织党建工作联席会议制度，对全区社会组织逐一摸排，对符合条件的及时组建党组织。在乌鲁木齐市天山区，一家从事家政培训的社会服务机构成立党支部后，党支部书记{阿依努尔¦·买买提}带领党员开办免费培训班，帮助200多名妇女实现就业。",
        "服务各族群众",
        "在喀什地区，一家助老服务社会组织的党员{艾尔肯·¦吐尔洪}每周都要走访独居老人。他说：“党员就要冲在前面，老人的事就是我们的事。”",
        "自治区民政厅有关负责同志表示，下一步将持续深化社会组织党建工作，推动社会组织在铸牢中华民族共同体意识中发挥更大作用。",
    ]),
])

sz_page("2024-02-01", 18, "访谈", seed=402, width=21, stray=0.03, items=[
    A(title="党建引领让社会组织¦“强起来”", sub="——访伊犁哈萨克自治州社会组织综合党委书记{叶尔兰·¦努尔兰别克}",
      byline=["本刊记者 {聂思远}"], source=SZ, province="新疆", agency="伊犁哈萨克自治州社会组织综合党委",
      tags=["interview", "dot_name"], body=[
        "记者：伊犁州社会组织党建工作有哪些特点？",
        "{叶尔兰·努尔兰别克}：伊犁州是多民族聚居地区，社会组织类型多样。我们坚持分类指导，对行业协会商会、社会服务机构、基金会分别制定党建工作指引，做到“一类一策”。",
        "记者：如何防止党建和业务“两张皮”？",
        "{叶尔兰·努尔兰别克}：关键是找准结合点。比如，我们推动养老服务类社会组织党支部开展“党员示范岗”活动，把服务质量作为检验党建成效的标尺，群众满意度明显提升。",
        "记者：下一步有什么打算？",
        "{叶尔兰·努尔兰别克}：我们将深入学习贯彻党的二十大精神，继续实施“领头雁”培育工程，每年培训社会组织党组织书记200名以上，推动社会组织党建工作提质增效。",
    ]),
])

sz_page("2024-04-01", 8, "先锋榜", seed=403, width=22, stray=0.0, items=[
    A(title="全国性社会组织联合党委¦表彰一批先进集体和优秀个人", province=None,
      agency="全国性社会组织联合党委", date="2024-03-20", tags=["honour_list", "national_body"], body=[
        "3月20日，全国性社会组织联合党委印发决定，对在社会组织党建工作中表现突出的先进基层党组织、优秀共产党员和优秀党务工作者予以表彰。名单如下：",
        "一、先进基层党组织（6个）",
        "中国社区养老服务协会党支部、中国乡村振兴促进会党委、中国青少年阅读推广基金会党支部、中国家庭服务业协会党支部、中国慈善救助联合会党总支、中国志愿服务发展研究会党支部",
        "二、优秀共产党员（10名）",
        "{刘正阳}、{张雅楠}、{古丽娜尔·¦哈斯木}、{王建国}、{陈思琪}、{次仁卓玛}、{赵海峰}、{孙悦然}、{马文涛}、{吴佳怡}",
        "三、优秀党务工作者（6名）",
        "{周立新}、{杨雪梅}、{吉克阿呷}、{郭明远}、{乌兰托娅}、{黄志斌}",
    ]),
])

sz_page("2024-04-01", 22, "基层实践", seed=404, width=20, stray=0.04, items=[
    A(kicker="“红色引擎”激活“两新”动能", title="浙江：小切口推动社会组织党建¦大提升",
      byline=["本刊通讯员 {俞晓蕾}"], end=["（浙江省民政厅供稿）"], source="浙江省民政厅", province="浙江",
      agency="浙江省民政厅", date="2024-03-11", tags=["period_date", "subheadings"],
      captions=[(1, "▲ 杭州市社会组织党建服务中心。")], body=[
        "3月中旬，浙江省民政厅在杭州召开全省社会组织党建工作现场推进会，推广各地党建引领社会组织发展的经验做法。",
        "“红色阵地”全覆盖",
        "全省各地依托社会组织孵化基地建设党建服务中心，为社会组织党组织提供活动场地和业务指导。温州市民政局在全市建成社会组织党建服务站43个。",
        "“红色项目”惠民生",
        "嘉兴市推动社会组织党组织认领“微心愿”，每年开展公益服务项目300余个。一家社会服务机构党支部书记{蒋晨曦}表示，党建项目让党员有了“用武之地”。",
    ]),
])

sz_page("2024-06-01", 10, "党建观察", seed=405, width=21, stray=0.03, encoding="gb18030", items=[
    A(kicker="行业协会商会党建调查", title="党建“强”起来¦行业“旺”起来",
      sub="——广东推动行业协会商会党建工作综述", byline=["本刊记者 {林初夏}"], source=SZ, province="广东",
      agency="广东省民政厅", date="2024-05-21", tags=["period_date", "subheadings"], body=[
        "5月下旬，记者走进广州、深圳、佛山等地，探访广东省行业协会商会党建工作的新气象。",
        "把党组织建在产业链上",
        "在佛山市，陶瓷行业协会党委联合上下游企业党组织组建“产业链党建联盟”，推动企业抱团发展。协会党委书记{梁振邦}说：“党建联盟让企业从‘单打独斗’变成‘抱团取暖’。”",
        "把党建工作写入章程",
        "广东省民政厅推动全省行业协会商会将党建工作要求写入章程，明确党组织在协会商会中的政治核心作用。目前，全省已有九成以上的行业协会商会完成章程修订。",
        "广东省民政厅有关负责同志表示，将以党建引领推动行业协会商会在服务高质量发展中展现新作为。",
    ]),
])

sz_page("2024-08-01", 16, "基层实践", seed=406, width=20, stray=0.04, items=[
    A(title="甘肃临夏：社会组织党建¦融入乡村振兴", byline=["本刊通讯员 {马丽娟}"], province="甘肃",
      agency="临夏回族自治州民政局", date="2024-07-09", tags=["province_context"], body=[
        "7月9日，临夏回族自治州民政局组织20余家社会组织党组织赴东乡族自治县开展“党建+乡村振兴”结对帮扶活动。",
        "活动现场，社会组织党员与当地群众签订帮扶协议，围绕技能培训、产业发展等开展帮扶。",
    ]),
    A(title="云南普洱：“党建+边疆治理”¦激发社会组织活力", title_pos="after", end=["（据普洱市民政局）"],
      source="普洱市民政局", province="云南", agency="普洱市民政局", tags=["relative_date", "province_context"], body=[
        "近年来，普洱市民政局立足边疆民族地区实际，推动社会组织党组织参与边境村寨治理，组织党员开展“双语”政策宣讲。",
        "普洱市民政局负责同志{刀文华}表示，将持续推动社会组织党建与边疆治理深度融合。",
    ]),
])

sz_page("2024-10-01", 14, "党建观察", seed=407, width=22, stray=0.03, crlf=True, items=[
    A(kicker="建设让党中央放心、让人民群众满意的模范机关", title="民政部：以模范机关建设¦推动民政事业高质量发展",
      byline=["本刊记者 {聂思远}"], source=SZ, province=None, agency="民政部", date="2024-09-12",
      tags=["national_body"], body=[
        "9月12日，民政部召开直属机关模范机关建设推进会，总结交流模范机关建设经验，部署下一阶段重点任务。",
        "会议指出，各级党组织要坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，推动模范机关建设走深走实。",
        "会议要求，要聚焦“三个表率”要求，在学习贯彻二十届三中全会精神上走在前列，以过硬作风服务民政事业高质量发展。",
    ]),
])

sz_page("2024-12-01", 20, "基层实践", seed=408, width=20, stray=0.04, items=[
    A(title="延吉市：社会组织党建助力¦民族团结进步", byline=["本刊通讯员 {金美善}"], province="吉林",
      agency="延吉市民政局", date="2024-11-18", tags=["province_context"],
      captions=[(0, "图为社会组织党员志愿者走访慰问老人。（{朴成哲} 摄）")], body=[
        "11月18日，延吉市民政局举办社会组织党建工作交流会，来自全市的50余家社会组织党组织负责人参加。",
        "会上，一家养老服务机构党支部书记{崔英姬}介绍，支部党员坚持每周走访辖区朝鲜族、汉族独居老人，为他们提供生活照料。",
    ]),
    A(title=None, title_pos="none", end=["（通讯员 {韩松岩}）"], province="吉林", agency="吉林省社会组织联合党委",
      tags=["relative_date"], body=[
        "近日，吉林省社会组织联合党委开展“书记讲党课”活动，各社会组织党组织书记结合“三会一课”为党员讲授专题党课。",
    ]),
])

# ----------------------------------------------------------------------------- 黔南民政简报
# Word bulletin of 黔南州民政局 (Guizhou): masthead lines, 2-4 articles, 报：/送：/发： lines.

QN = "黔南民政简报"
QN_DIST = ["报：州委办公室、州人民政府办公室，省民政厅办公室。",
           "送：州委组织部、州直机关工委，州委社会工作部。",
           "发：各县（市）民政局，局机关各科室、直属各单位。",
           "（共印40份）"]


def qn_page(d, no, items, **kw):
    y, m, dd = d.split("-")
    mast = [QN, "第%d期" % no, "黔南州民政局办公室编　　　　%d年%d月%d日" % (int(y), int(m), int(dd)),
            "━━━━━━━━━━━━━━━━━━━━"]
    return page(pub=QN, date=d, page=1, file="%02d.docx" % no, kind="docx", pkind="bulletin",
                masthead=mast, distribution=QN_DIST, items=items, **kw)


def QA(**kw):
    kw.setdefault("province", "贵州")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


qn_page("2024-01-10", 1, [
    QA(title="州民政局召开2023年度党建工作述职评议会", end=["（局机关党委）"], agency="黔南州民政局",
       date="2023-12-21", tags=["province_context", "period_date"], body=[
        "12月下旬，州民政局召开2023年度基层党组织书记抓党建工作述职评议会，局机关及直属单位8个党支部书记现场述职。",
        "局党组书记、局长{韦仕林}逐一点评，指出存在的问题，提出整改要求。会议要求，新的一年要坚持以党建引领民政事业高质量发展，持续推进模范机关建设。",
    ]),
    QA(title="都匀市民政局开展岁末走访慰问", end=["（都匀市民政局供稿）"], source="都匀市民政局",
       agency="都匀市民政局", date="2023-12-28", body=[
        "12月28日，都匀市民政局党组班子成员带队，走访慰问困难党员、老党员和特困供养人员，为他们送去慰问金和生活物资。",
        "走访中，党员干部详细了解群众生活情况，叮嘱做好冬季取暖和安全防护。",
    ]),
    QA(title="福泉市民政局扎实开展“三会一课”", end=["（福泉市民政局供稿）"], source="福泉市民政局",
       agency="福泉市民政局", tags=["province_context", "relative_date"], body=[
        "近日，福泉市民政局对全年“三会一课”开展情况进行自查，局机关党支部全年召开支部党员大会4次、支委会12次，讲授党课4次。",
    ]),
])

qn_page("2024-02-28", 2, [
    QA(title="州民政局召开党组理论学习中心组学习会", end=["（局办公室）"], agency="黔南州民政局", date="2024-02-26",
       body=[
        "2月26日，州民政局党组理论学习中心组召开2024年第一次集体学习会，传达学习全国民政工作会议精神。",
        "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。一是抓好理论武装，二是抓好基层组织建设，三是抓好作风建设，推动全州民政工作开好局、起好步。",
    ]),
    QA(title="瓮安县民政局推进党建与业务深度融合", end=["（瓮安县民政局供稿）"], source="瓮安县民政局",
       agency="瓮安县民政局", tags=["province_context", "relative_date"], body=[
        "今年以来，瓮安县民政局坚持党建与业务同谋划、同部署，在社会救助、养老服务等窗口设立“党员示范岗”6个。",
        "该局党支部书记{杨明华}表示，要让群众在每一个服务窗口都能感受到党员的作风。",
    ]),
])

qn_page("2024-03-15", 3, [
    QA(title="州民政局开展“学雷锋”志愿服务活动", end=["（局机关党委）"], agency="黔南州民政局", date="2024-03-05",
       body=[
        "3月5日，州民政局机关党委组织党员志愿者到都匀市社会福利院开展“学雷锋”志愿服务活动，为老人理发、打扫卫生、陪老人聊天。",
    ]),
    QA(title="贵定县民政局党建引领社区治理见成效", end=["（贵定县民政局供稿）"], source="贵定县民政局",
       agency="贵定县民政局", date="2024-03-11", tags=["province_context", "period_date"], body=[
        "3月中旬，贵定县民政局召开城乡社区治理工作推进会，推广“党建+网格”治理模式。",
        "目前，全县已划分网格320个，由党员担任网格员，收集解决群众诉求1500余件。",
    ]),
    QA(title="龙里县民政局组织党员干部¦观看警示教育片", end=["（龙里县民政局供稿）"], source="龙里县民政局",
       agency="龙里县民政局", date="2024-03-08", tags=["province_context", "multi_line_title"], body=[
        "3月8日，龙里县民政局组织全体党员干部观看警示教育片，以案为鉴、以案促改。",
        "局党组书记{罗春燕}要求，党员干部要严守中央八项规定精神，坚决纠治“四风”。",
    ]),
])

qn_page("2024-04-25", 4, [
    QA(title="州民政局召开党纪学习教育动员部署会", end=["（局机关党委）"], agency="黔南州民政局", date="2024-04-23",
       body=[
        "4月23日，州民政局召开党纪学习教育动员部署会，对局系统开展党纪学习教育作出安排。",
        "局党组书记、局长{韦仕林}强调，要把党纪学习教育作为重要政治任务抓紧抓实，做到学纪、知纪、明纪、守纪。",
    ]),
    QA(title="惠水县民政局开展清明祭扫活动", end=["（惠水县民政局供稿）"], source="惠水县民政局",
       agency="惠水县民政局", date="2024-04-03", body=[
        "4月3日，惠水县民政局组织党员干部到县烈士陵园开展祭扫活动，重温入党誓词，缅怀革命先烈。",
    ]),
    QA(title="长顺县民政局“党建+养老”服务进村寨", end=["（长顺县民政局供稿）"], source="长顺县民政局",
       agency="长顺县民政局", tags=["province_context", "relative_date"], body=[
        "近日，长顺县民政局组织党员志愿服务队深入边远村寨，为留守老人开展健康义诊、政策宣讲等服务。",
        "服务队队长{吴光荣}说，党员就要到群众最需要的地方去。",
    ]),
    QA(title="独山县民政局举办党务干部培训班", end=["（独山县民政局供稿）"], source="独山县民政局",
       agency="独山县民政局", date="2024-04-18", body=[
        "4月18日，独山县民政局举办党务干部培训班，围绕发展党员、党费收缴、“三会一课”等内容开展培训。",
    ]),
])

qn_page("2024-06-12", 5, [
    QA(title="州民政局开展“七一”前夕走访慰问老党员", end=["（局机关党委）"], agency="黔南州民政局",
       date="2024-06-11", tags=["province_context", "period_date"], body=[
        "6月中旬，州民政局党组班子成员分别带队，走访慰问局系统生活困难党员和老党员，为他们送去组织的关怀。",
    ]),
    QA(title="平塘县民政局推进清廉机关建设", end=["（平塘县民政局供稿）"], source="平塘县民政局",
       agency="平塘县民政局", date="2024-06-05", body=[
        "6月5日，平塘县民政局召开清廉机关建设推进会，排查廉政风险点28个，制定防控措施35条。",
        "会议要求，一是压实主体责任，二是强化监督检查，三是加强廉洁文化建设，推动清廉机关建设落地见效。",
    ]),
])

qn_page("2024-07-30", 6, [
    QA(title="州民政局召开庆祝建党103周年大会", end=["（局机关党委）"], agency="黔南州民政局", date="2024-07-01",
       body=[
        "7月1日上午，州民政局召开庆祝中国共产党成立103周年大会，表彰优秀共产党员12名、优秀党务工作者5名、先进基层党组织3个。",
        "局党组书记、局长{韦仕林}为受表彰的党员和党组织颁发荣誉证书，并讲授专题党课。",
    ], tags=["province_context", "half_day_date"]),
    QA(title="罗甸县民政局：党员干部下沉一线¦助力防汛救灾", end=["（罗甸县民政局供稿）"], source="罗甸县民政局",
       agency="罗甸县民政局", date="2024-07-21", tags=["province_context", "period_date", "multi_line_title"], body=[
        "7月下旬，罗甸县遭遇强降雨，县民政局组织党员干部下沉一线，转移安置受灾群众，发放救灾物资。",
        "局党支部书记{王文斌}说：“关键时刻，党员干部要站得出来、冲得上去。”",
    ]),
    QA(title="荔波县民政局开展主题党日活动", end=["（荔波县民政局供稿）"], source="荔波县民政局",
       agency="荔波县民政局", date="2024-07-12", body=[
        "7月12日，荔波县民政局机关党支部开展主题党日活动，党员们走进社区，为高龄老人送去防暑降温物品。",
    ]),
])

qn_page("2024-09-20", 7, [
    QA(title="州民政局专题学习二十届三中全会精神", end=["（局办公室）"], agency="黔南州民政局", date="2024-09-13",
       body=[
        "9月13日，州民政局召开党组理论学习中心组学习会，专题学习二十届三中全会精神。",
        "会议指出，要把学习贯彻全会精神同推进民政领域改革结合起来，在健全社会救助体系、发展养老服务等方面拿出务实举措。",
    ]),
    QA(title="三都水族自治县民政局开展“党建+儿童关爱”行动", end=["（三都水族自治县民政局供稿）"],
       source="三都水族自治县民政局", agency="三都水族自治县民政局", tags=["province_context", "relative_date"], body=[
        "近日，三都水族自治县民政局组织党员干部开展“党建+儿童关爱”行动，为农村留守儿童送去学习用品。",
        "局党支部书记{潘秀英}表示，要把关爱留守儿童作为党员为民办实事的重要内容。",
    ]),
])

qn_page("2024-11-15", 8, [
    QA(title="州民政局召开模范机关建设推进会", end=["（局机关党委）"], agency="黔南州民政局", date="2024-11-12",
       body=[
        "11月12日，州民政局召开模范机关建设推进会，总结交流各党支部创建经验。",
        "会议要求，要对照“三个表率”要求，持续深化模范机关建设，以机关党建高质量推动民政事业高质量发展。",
    ]),
    QA(title="福泉市民政局开展党员冬训动员", end=["（福泉市民政局供稿）"], source="福泉市民政局",
       agency="福泉市民政局", date="2024-11-08", body=[
        "11月8日，福泉市民政局召开党员冬训动员会，部署开展年度党员冬训工作。",
    ]),
    QA(title="都匀市民政局推行社会组织党建“双联双助”", end=["（都匀市民政局供稿）"], source="都匀市民政局",
       agency="都匀市民政局", tags=["province_context", "relative_date"], body=[
        "今年以来，都匀市民政局推行社会组织党建“双联双助”机制，由局机关党员联系社会组织、联系党员，帮助规范建设、帮助解决困难。",
    ]),
])

# ----------------------------------------------------------------------------- 齐鲁民政网
# Shandong e-paper: one article per HTML page, navigation, share bar, related list, footer;
# 本报讯（记者 某某） at the start of the lead; 省民政厅 without 山东 in front.

QL = "齐鲁民政网"


def ql_page(d, pg, section, art, related, **kw):
    return page(pub=QL, date=d, page=pg, file="%02d.html" % pg, kind="html", pkind="provincial",
                section=section, items=[art], related=related, **kw)


def QLA(**kw):
    kw.setdefault("province", "山东")
    return A(**kw)


ql_page("2024-01-16", 2, "要闻", QLA(
    title="省民政厅召开全省民政系统全面从严治党工作会议", sub="——持续深化模范机关建设 推动民政事业高质量发展",
    dateline="本报讯（记者 {于海宁}）", source=QL, agency="山东省民政厅", date="2024-01-12",
    tags=["province_context"], body=[
        "1月12日，省民政厅召开全省民政系统全面从严治党工作会议，总结2023年工作，部署2024年任务。厅党组书记、厅长{庄晓明}出席会议并讲话。",
        "会议指出，过去一年，全省民政系统扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，模范机关建设省市县“三级联动”持续深化，党风廉政建设取得新成效。",
        "会议要求，2024年要坚持以党的政治建设为统领，一以贯之推进全面从严治党，持之以恒纠治“四风”，以高质量党建引领民政事业高质量发展。",
    ]), ["全省民政工作会议在济南召开", "省民政厅机关党委召开2024年第一次全体委员会议", "我省部署开展冬春救助工作"],
    views=1236, editor="孙晓彤")

ql_page("2024-03-19", 3, "基层党建", QLA(
    title="济南市民政局：“红色领航”赋能社会组织发展", dateline="本报讯（通讯员 {宫雪松} 记者 {于海宁}）",
    source=QL, agency="济南市民政局", date="2024-03-14", tags=["province_context"], body=[
        "3月14日，济南市民政局召开社会组织党建工作会议，启动“红色领航”社会组织党建品牌培育行动。",
        "行动计划用两年时间，培育社会组织党建品牌50个，推动社会组织党组织在服务群众、服务行业中发挥战斗堡垒作用。",
        "市民政局党组书记{邢立国}表示，要以党建引领社会组织高质量发展，让社会组织成为基层治理的重要力量。",
    ]), ["青岛市社会组织党委开展“书记项目”评选", "淄博市民政局推进“两新”组织党建"], views=865)

ql_page("2024-04-23", 2, "要闻", QLA(
    kicker="学纪知纪明纪守纪", title="省民政厅举办党纪学习教育读书班",
    dateline="本报讯（记者 {闵佳慧}）", source=QL, agency="山东省民政厅", date="2024-04-18",
    tags=["province_context"], body=[
        "4月18日至20日，省民政厅举办党纪学习教育读书班，厅党组成员、机关各处室和直属单位主要负责同志参加。",
        "读书班采取个人自学、专题辅导、交流研讨相结合的方式，逐章逐条学习《中国共产党纪律处分条例》。",
        "大家表示，要把党纪学习教育成果转化为推动民政事业发展的强大动力，做到以学铸魂、以学增智、以学正风、以学促干。",
    ]), ["省民政厅召开党纪学习教育动员部署会", "厅机关党支部开展党纪知识测试"], views=2031, sidecar=True)

ql_page("2024-06-18", 4, "社会组织", QLA(
    title="青岛市社会组织党委开展“书记项目”评选", dateline="本报讯（通讯员 {孔令菲}）", source=QL,
    agency="青岛市社会组织党委", date="2024-06-13", tags=["province_context"],
    captions=[(1, "图为“书记项目”评选现场。（{孔令菲} 摄）")], body=[
        "6月13日，青岛市社会组织党委举办社会组织党组织“书记项目”评选活动，28个项目参加现场路演。",
        "经过评审，“老有所依”助老服务、“阳光少年”关爱行动等10个项目获评优秀“书记项目”。",
        "市社会组织党委书记{隋建新}指出，“书记项目”是推动党建和业务融合的有效载体，要持续抓实抓好。",
    ]), ["济南市民政局：“红色领航”赋能社会组织发展", "烟台市社会组织党建示范点名单公布"], views=674)

ql_page("2024-07-09", 2, "要闻", QLA(
    title="省民政厅举行庆祝建党103周年系列活动", sub="——重温入党誓词 汲取奋进力量",
    dateline="本报讯（记者 {于海宁} {闵佳慧}）", source=QL, agency="山东省民政厅", date="2024-07-01",
    tags=["province_context", "half_day_date"], body=[
        "7月1日上午，省民政厅举行庆祝中国共产党成立103周年活动，全体党员重温入党誓词。",
        "活动中，厅党组书记、厅长{庄晓明}以“践行初心使命 建设模范机关”为题讲授专题党课，勉励党员干部锤炼党性、担当作为。",
        "当天，厅机关各党支部还分别开展走访慰问老党员、困难党员活动。",
    ]), ["省民政厅召开党纪学习教育警示教育会", "我省民政系统“两优一先”表彰名单公布"], views=1520)

ql_page("2024-08-27", 3, "基层党建", QLA(
    title="莘县民政局推行“党建+社会救助”工作法", end=["（据莘县民政局）"], source="莘县民政局",
    agency="莘县民政局", tags=["province_context", "relative_date"], body=[
        "今年以来，莘县民政局推行“党建+社会救助”工作法，组建党员帮办代办队伍，为困难群众提供上门服务。",
        "目前，全县已有86名党员参与帮办代办，累计办理救助事项1200余件，群众满意度达98%。",
    ]), ["聊城市民政局开展“党员进网格”活动", "滨州市民政局深化模范机关建设"], views=433)

ql_page("2024-10-15", 2, "要闻", QLA(
    title="省民政厅召开模范机关建设省市县“三级联动”推进会", sub="——交流经验做法 推动走深走实",
    dateline="本报讯（记者 {闵佳慧}）", source=QL, agency="山东省民政厅", date="2024-10-10",
    tags=["province_context"], body=[
        "10月10日，省民政厅在淄博市召开全省民政系统模范机关建设省市县“三级联动”推进会。",
        "会议通报了各地“三级联动”工作开展情况，淄博、潍坊、临沂等市民政局作交流发言。",
        "会议要求，要学习贯彻二十届三中全会精神，健全党建与业务融合机制，以模范机关建设新成效推动民政事业高质量发展。",
    ]), ["淄博市民政局打造“民政为民”党建品牌", "临沂市民政局召开党建工作推进会"], views=1788, sidecar=True)

ql_page("2024-12-10", 4, "基层党建", QLA(
    title="潍坊市民政局开展清廉机关建设“回头看”", dateline="本报讯（通讯员 {谭雅宁}）", source=QL,
    agency="潍坊市民政局", date="2024-12-01", tags=["province_context", "period_date"], body=[
        "12月上旬，潍坊市民政局开展清廉机关建设“回头看”，对照年初确定的目标任务逐项检查。",
        "局党组书记{牟志强}表示，要坚持全面从严治党，严格落实中央八项规定精神，以清廉机关建设护航民生事业发展。",
    ]), ["潍坊市社会组织党委举办党务工作者培训班", "省民政厅部署年终党建考核工作"], views=512)

# ----------------------------------------------------------------------------- 辽河晚报
# Liaoning city paper (盘锦) kept as OCR'd scans: the running head carries misread digits
# (2024年]月5日, 6月 read as 明, l for 1, O for 0, S for 5), a blank line inside some
# two-line titles, double- and single-spaced pages, captions, an editor's note,
# names followed at once by 说/表示/指出; a few body characters misread (kept in truth).

LH = "辽河晚报"


def lh_page(d, pg, head, items, **kw):
    """head: the running head as the OCR read it (damage written out by hand)."""
    foot = ["责任编辑：乔宏宇　美术编辑：关雪　校对：白露"]
    return page(pub=LH, date=d, page=pg, file="%02d.txt" % pg, kind="ocr", pkind="provincial",
                header=[head, "党建周刊"], footer=foot, items=items, tags=["column_label"], **kw)


def LA(**kw):
    kw.setdefault("province", "辽宁")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


lh_page("2024-01-05", 5, "2024年]月5日 星期五　辽河晚报　A05", double=True, width=14, stray=0.04, seed=701,
        editor_note=True, items=[
    "编者按：岁末年初，我市民政系统各级党组织盘点一年工作，谋划新年任务。本版选登两则报道。", None,
    LA(title="盘锦市民政局召开¦党建工作总结会", byline=["本报记者 {关静怡}"], source=LH, agency="盘锦市民政局",
       date="2023-12-29", title_gap=True, captions=[(-1, "图为会议现场。（{赵一鸣} 摄）")], body=[
        "12月29日，盘锦市民政局召开2023年度党建工作总结会，局党组书记、局长{孟宪东}出席会议并讲话。",
        "{孟宪东}指出，一年来，局机关各级党组织扎实开展主题教育，推动模范机关建设取得新进展。新的一年，要坚持以党建引领民政事业高质量发展。",
    ]),
    LA(title="大洼区民政局开展“送温暖”活动", end=["（通讯员 {邢晓雯}）"], agency="大洼区民政局",
       date="2024-01-03", body=[
        "1月3日，大洼区民政局党支部组织党员走访慰问困难群众和老党员，送去米面油等慰问品。",
        "老党员{于德厚}表示，感谢党组织的关心，自己将继续发挥余热，为社区建设出把力。",
    ]),
])

lh_page("2024-01-19", 6, "2024年1月19日 星期五　辽河晚报·　A06", width=15, stray=0.05, seed=702, items=[
    LA(title="盘山县民政局部署新年度党建重点任务", byline=["本报记者 {关静怡}"], source=LH, agency="盘山县民政局",
       date="2024-01-16", body=[
        "1月16日，盘山县民政局召开党建工作会议，部署2024年党建重点任务。",
        "局党组书记{刘振国}说，要严格落实“三会一课”制度，推动机关党建与民政业务深度融合。",
    ]),
    LA(title="兴隆台区社会组织党委¦开展“党建+公益”行动", title_pos="after", end=["（通讯员 {石佳慧}）"],
       agency="兴隆台区社会组织党委", tags=["province_context", "relative_date"], body=[
        "近日，兴隆台区社会组织党委组织辖区社会组织开展“党建+公益”行动，为困难家庭送去年货。",
        "区社会组织党委书记{黄立伟}表示，要引导社会组织在服务群众中体现党组织的作用。",
    ]),
])

lh_page("2024-03-08", 5, "2024年3月8日 星期五　辽河晚报　A0S", double=True, width=13, stray=0.04, seed=703,
        encoding="gb18030", items=[
    LA(title="盘锦市民政局组织党员干部¦学习全国两会精神", byline=["本报记者 {唐雨桐}"], source=LH,
       agency="盘锦市民政局", date="2024-03-06", body=[
        "3月6日，盘锦市民政局组织党员干部集中学习全国两会精神。",
        "局党组书记、局长{孟宪东}指出，要把学习两会精神同做好民政工作结合起来，推动各项任务落地落实。",
    ]),
    LA(title="双台子区民政局¦“巾帼党员”服务队成立", end=["（通讯员 {庞玉洁}）"], agency="双台子区民政局",
       date="2024-03-07", title_gap=True, captions=[(0, "▲ 服务队队员走访独居老人。")], body=[
        "3月7日，双台子区民政局“巾帼党员”服务队成立，12名女党员将定期走访辖区独居老人。",
        "服务队队长{宋春梅}说，要用心用情为老人办实事。",
    ]),
])

lh_page("2024-04-12", 6, "2024年4月l2日 星期五　辽河晚报　A06", width=16, stray=0.05, seed=704, items=[
    LA(title="盘锦市民政局召开党纪学习教育动员会", byline=["本报记者 {唐雨桐}"], source=LH, agency="盘锦市民政局",
       date="2024-04-10", body=[
        "4月10日，盘锦市民政局召开党纪学习教育动员部署会。",
        "会议要求，要把党纪学习教育同纠治“四风”结合起来，教育引导党员干部学纪、知纪、明纪、守纪。",
    ]),
    LA(title="辽宁省民政厅到我市调研社会组织党建工作", byline=["本报记者 {关静怡}"], source=LH,
       agency="辽宁省民政厅", date="2024-04-09", tags=[], body=[
        "4月9日，辽宁省民政厅调研组到我市调研社会组织党建工作，实地走访了3家社会组织党支部。",
        "调研组对我市社会组织党建工作给予肯定，要求进一步扩大党的组织和工作覆盖。",
    ]),
    LA(title=None, title_pos="none", end=["（通讯员 {蔡文龙}）"], agency="大洼区民政局",
       tags=["province_context", "relative_date"], body=[
        "日前，大洼区民政局机关党支部与社区党委开展联学联建，共同学习《中国共产党纪律处分条例》。",
    ]),
])

lh_page("2024-06-14", 5, "2024年明14日 星期五　辽河晚报　A05", double=True, width=14, stray=0.03, seed=705, items=[
    LA(title="盘锦市社会组织综合党委¦举办书记示范培训班", byline=["本报记者 {唐雨桐}"], source=LH,
       agency="盘锦市社会组织综合党委", date="2024-06-11", title_gap=True, tags=["province_context", "period_date"], body=[
        "6月中旬，盘锦市社会组织综合党委举办社会组织党组织书记示范培训班，全市60余名书记参加。",
        "培训班邀请市委党校教师{方立新}作党的二十大精神专题辅导。",
    ]),
    LA(title="盘山县民政局：党员干部¦走进养老院", end=["（通讯员 {冯梓萌}）"], agency="盘山县民政局",
       date="2024-06-12", tags=["province_context", "half_day_date"], captions=[(-1, "图为党员为老人测量血压。（{冯梓萌} 摄）")], body=[
        "6月12日下午，盘山县民政局组织党员干部走进县中心敬老院，开展“党员进养老院”志愿服务活动。",
    ]),
])

lh_page("2024-06-28", 6, "2024年明28日 星期五　辽河晚报　A06", width=15, stray=0.05, seed=706, crlf=True, items=[
    LA(title="盘锦市民政局召开庆祝建党103周年大会", byline=["本报记者 {关静怡}"], source=LH, agency="盘锦市民政局",
       date="2024-06-26", captions=[(0, "图为新党员入党宣誓。（{赵一鸣} 摄）")], body=[
        "6月26日，盘锦市民政局召开庆祝中国共产党成立103周年大会，表彰优秀共产党员和先进党支部。",
        "局党组书记、局长{孟宪东}讲授专题党课。他指出，要坚定“四个自信”，在民政工作中践行初心使命。",
    ]),
    LA(title="兴隆台区民政局开展“红色观影”活动", end=["（通讯员 {石佳慧}）"], agency="兴隆台区民政局",
       date="2024-06-25", body=[
        "6月25日，兴隆台区民政局组织党员观看红色电影，接受革命传统教育。",
        "党员{王思远}表示，要传承红色基因，立足岗位作贡献。",
    ]),
])

lh_page("2024-08-16", 5, "2024年8月l6日 星期五　辽河晚报　A05", width=16, stray=0.05, seed=707, items=[
    LA(title="大洼区民政局：党员干部¦冲在防汛一线", title_pos="after", byline=["本报记者 {唐雨桐}"], source=LH,
       agency="大洼区民政局", date="2024-08-01", tags=["province_context", "period_date"], body=[
        "8月上旬，受强降雨影响，大洼区部分村屯出现内涝。区民政局组织党员干部冲在防汛一线，转移安置群众。",
        "区民政局局长{郑海波}说，越是关键时刻，越要让党旗在一线高高飘扬。",
    ]),
    LA(title="盘锦市民政局慰问防汛一线党员", end=["（通讯员 {邢晓雯}）"], agency="盘锦市民政局", date="2024-08-13",
       body=[
        "8月13日，盘锦市民政局党组成员带队，到大洼区、盘山县慰问奋战在防汛一线的党员干部。",
    ]),
])

lh_page("2024-09-27", 6, "2O24年9月27日 星期五　辽河晚报 ·　A06", double=True, width=13, stray=0.04, seed=708, items=[
    LA(title="盘锦市民政局专题学习¦二十届三中全会精神", byline=["本报记者 {关静怡}"], source=LH,
       agency="盘锦市民政局", date="2024-09-24", title_gap=True, body=[
        "9月24日，盘锦市民政局党组理论学习中心组专题学习二十届三中全会精神。",
        "局党组书记、局长{孟宪东}指出，要把全会精神落实到养老服务、社会救助等工作中。",
    ]),
    LA(title="双台子区民政局开展“敬老月”活动", end=["（通讯员 {庞玉洁}）"], agency="双台子区民政局",
       tags=["province_context", "relative_date"], body=[
        "近日，双台子区民政局党支部开展“敬老月”主题党日活动，为高龄老人送去慰问品。",
    ]),
])

lh_page("2024-11-08", 5, "2024年11月8日 星期五　辽河晚报　A05'", width=15, stray=0.05, seed=709, items=[
    LA(title="盘锦市民政局推进模范机关建设", byline=["本报记者 {唐雨桐}"], source=LH, agency="盘锦市民政局",
       date="2024-11-05", body=[
        "11月5日，盘锦市民政局召开模范机关建设推进会，对各党支部创建情况进行通报。",
        "会议要求，党员千部要对标“三个表率”，持续深化模范机关建设。",
    ]),
    LA(title=None, title_pos="none", end=["（通讯员 {蔡文龙}）"], agency="盘山县民政局",
       tags=["province_context", "relative_date"], body=[
        "近日，盘山县民政局机关党支部组织党员到社区开展政策宣讲，发放宣传资料300余份。县民政局副局长{许博文}指出，要让惠民政策己经出台的尽快惠及群众。",
    ]),
])

lh_page("2024-12-20", 6, "2024年12月2O日 星期五　辽河晚报　A06", width=16, stray=0.05, seed=710, encoding="gb18030",
        items=[
    LA(title="盘锦市民政局召开专题民主生活会", byline=["本报记者 {关静怡}"], source=LH, agency="盘锦市民政局",
       date="2024-12-18", body=[
        "12月18日，盘锦市民政局党组召开专题民主生活会，班子成员开展批评和自我批评。",
        "局党组书记、局长{孟宪东}表示，要以这次民主生活会为契机，坚决扛起全面从严治党主体责任。",
    ]),
    LA(title="大洼区社会组织党委¦开展党建工作考核", end=["（通讯员 {蔡文龙}）"], agency="大洼区社会组织党委",
       date="2024-12-11", tags=["province_context", "period_date"], body=[
        "12月中旬，大洼区社会组织党委对辖区社会组织党组织开展年度党建工作考核。",
    ]),
    LA(title="兴隆台区民政局¦举办“冬日暖阳”志愿服务", title_pos="after", end=["（通讯员 {石佳慧}）"],
       agency="兴隆台区民政局", date="2024-12-16", tags=["province_context", "half_day_date"], body=[
        "12月16日上午，兴隆台区民政局组织党员志愿者为困难老人送去过冬棉衣。",
    ]),
])

# === END DATA ===


def self_check(p, text, truth):
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
        if kind in ("text", "ocr"):
            text = render_txt(p)
            enc = p.get("encoding", "utf-8")
            with open(path, "wb") as f:
                f.write(text.encode(enc))
            if enc == "gb18030":
                tags.append("gb18030")
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
        elif kind == "html":
            enc = "html"
            doc = render_html(p)
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc)
            text = html_text(doc)
            tags.append("html")
        else:
            enc = "docx"
            render_docx(p, path)
            text = docx_text(path)
            tags += ["docx", "bulletin_masthead", "distribution_lines"]
        if p.get("editor_note"):
            tags.append("editor_note")
        if p.get("sidecar"):
            with open(path + ".json", "w", encoding="utf-8") as f:
                json.dump({"date": p["date"], "publication": p["pub"], "page": p["page"],
                           "section": p.get("section", "")}, f, ensure_ascii=False)
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
        for pr in self_check(p, text, truth[rel]):
            problems.append(rel + ": " + pr)
    # furniture recurs across a publication's text pages
    by_pub = {}
    for rel, lines in furniture.items():
        by_pub.setdefault(rel.split("/")[0], []).append(set(lines))
    for pub, sets in by_pub.items():
        if len(sets) > 1:
            common = set.intersection(*sets)
            if not common:
                problems.append(pub + ": no header/footer line common to all pages")
    with open(os.path.join(HERE, "truth-dev2.json"), "w", encoding="utf-8") as f:
        json.dump(_truth11_align(_truth10_align(truth)), f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pr in problems:
        print("SELF-CHECK:", pr)
    print("%d pages, %d articles, %d problems" % (len(truth), sum(len(v["articles"]) for v in truth.values()), len(problems)))
    return 1 if problems else 0


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("东坡融媒/2024-03-06/02.txt", 2, "agency", "通惠街道党工委", "通惠街道", 1),
    ("东坡融媒/2024-03-06/02.txt", 3, "agency", "崇仁镇党委", "崇仁镇", 1),
    ("东坡融媒/2024-04-10/03.txt", 3, "agency", "松江镇党委", "松江镇", 1),
    ("东坡融媒/2024-05-08/02.txt", 2, "agency", "悦兴镇党委", "悦兴镇", 1),
    ("东坡融媒/2024-06-05/02.txt", 3, "agency", "通惠街道党工委", "通惠街道", 1),
    ("东坡融媒/2024-09-04/02.txt", 2, "agency", "崇仁镇党委", "崇仁镇", 1),
    ("东坡融媒/2024-11-06/02.txt", 4, "agency", "大石桥街道党工委", "大石桥街道", 1),
    ("社会组织党建/2024-08-01/16.txt", 1, "source", None, "社会组织党建", 6),
    ("社会组织党建/2024-12-01/20.txt", 1, "source", None, "社会组织党建", 6),
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
    ('黔南民政简报/2024-01-10/01.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
    ('黔南民政简报/2024-02-28/02.docx', 1, 'source', None, '黔南州民政局办公室', 4),
    ('黔南民政简报/2024-03-15/03.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
    ('黔南民政简报/2024-04-25/04.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
    ('黔南民政简报/2024-06-12/05.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
    ('黔南民政简报/2024-07-30/06.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
    ('黔南民政简报/2024-09-20/07.docx', 1, 'source', None, '黔南州民政局办公室', 4),
    ('黔南民政简报/2024-11-15/08.docx', 1, 'source', None, '黔南州民政局机关党委', 4),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    sys.exit(main())
