#!/usr/bin/env python3
"""Generate the dev3b set of unseen pages and their ground truth (truth-dev3b.json).

Every article below is invented for this test set (genre imitation only; names of
people are made up).  The script lays the articles out as the text layers, e-paper
HTML pages and Word bulletins an archive would hold, with each publication's own
furniture, and derives the truth from the same article records, so that pages and
truth are reproducible:  python3 make_pages_dev3b.py

Publications: 赣鄱民政简报 (Word bulletin, 江西), 津沽晚报 (e-paper HTML, 天津),
闽东日报 (text layers with BOM, 宁德/福建).

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a county, city or division the article does not print before the town or district body is dropped (南昌市新建区民政局→新建区民政局; 天津市和平区民政局→和平区民政局; 天津市河西区民政局→河西区民政局; 天津市滨海新区民政局→滨海新区民政局; 宁德市蕉城区民政局→蕉城区民政局).
aligned to docs/truth_conventions.md (round nine): 本报讯（通讯员 X） names the paper as source (闽东日报).
aligned to docs/truth_conventions.md (round nine): 上旬 is the 1st of the month (赣鄱民政简报 2023-07-10, 7月上旬).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 1 — 1 values, listed in _TRUTH10 and applied as the truth is
written; no page changes.
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


# ----------------------------------------------------------------------------- html (津沽晚报 CMS)

JG_TMPL = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title_plain}_津沽晚报数字报</title>
<meta name="ContentSource" content="津沽晚报">
<meta name="PubDate" content="{date} {time}">
<script type="text/javascript" src="/res/js/jquery.min.js"></script>
<script type="text/javascript">var _docid = "{docid}"; var _nodeid = "{node}";</script>
<link type="text/css" rel="stylesheet" href="/res/css/szb_detail.css">
</head>
<body>
<div class="szb-top">
<div class="logo"><a href="/szb/">津沽晚报</a></div>
<div class="date-bar">{cndate}　<a href="/szb/{ymd}/node_{node}.htm">第{page:02d}版：{section}</a>　<a href="/szb/{ymd}/">往期回顾</a></div>
</div>
<div class="szb-wrap">
<div class="detail">
<div class="yt">{kicker}</div>
<div class="bt">{title}</div>
<div class="ft">{sub}</div>
<div class="info">来源：津沽晚报　作者：{author}　责任编辑：{editor}　{date} {time}</div>
<div class="article-content">
{paras}
</div>
<div class="pn"><span>上一篇：<a href="/szb/{ymd}/content_{prev}.htm">{prev_title}</a></span><span>下一篇：<a href="/szb/{ymd}/content_{next}.htm">{next_title}</a></span></div>
</div>
<div class="xgwz">
<div class="xgwz-t">相关文章</div>
<ul>
{related}
</ul>
</div>
</div>
<div class="szb-foot">
<p>津沽晚报社版权所有　未经书面授权禁止复制或建立镜像</p>
<p>津ICP备00000000号-1　网上有害信息举报专区</p>
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
        paras.append(e(t))
    caps = {}
    for idx, c in a["captions"]:
        caps.setdefault(idx, []).append('<img src="/szb/res/%s/%d.jpg"><br><span class="tpsm">%s</span>' % (
            page["date"].replace("-", ""), idx + 1, e(clean(c))))
    if page.get("br_style"):
        # one <p>, paragraphs separated by <br> with a full-width indent
        chunks = []
        for k, t in enumerate(paras):
            chunks.append("　　" + t)
            for c in caps.get(k, []):
                chunks.append(c)
        for en in a["end"]:
            chunks.append("　　" + e(clean(en)))
        body = "<p>" + "<br>\n<br>\n".join(chunks) + "</p>"
    else:
        out = []
        for k, t in enumerate(paras):
            out.append("<p>　　" + t + "</p>")
            for c in caps.get(k, []):
                out.append('<p align="center">' + c + "</p>")
        for en in a["end"]:
            out.append('<p style="text-align:right">' + e(clean(en)) + "</p>")
        body = "\n".join(out)
    title = clean(a["title"])
    rel = page["related"]
    return JG_TMPL.format(
        title_plain=e(title), date=page["date"], time=page.get("time", "08:31"), docid=page["docid"],
        node=page["page"] + 100, ymd=page["date"].replace("-", "")[:6] + "/" + page["date"][8:],
        cndate=cn_date(page["date"]), page=page["page"], section=page["section"],
        kicker=e(clean(a["kicker"])) if a["kicker"] else "", title=e(title),
        sub=e(clean(a["sub"])) if a["sub"] else "", author=page["author"], editor=page["editor"],
        paras=body, prev=page["docid"] - 1, next=page["docid"] + 1, prev_title=e(rel[0]), next_title=e(rel[1]),
        related="\n".join('<li><a href="/szb/%s/content_%d.htm">%s</a></li>' % (
            page["date"].replace("-", "")[:6] + "/" + page["date"][8:], page["docid"] + 10 + i, e(r))
            for i, r in enumerate(rel[2:])))


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
        "captions": captions,
        "phenomena": tags,
    }


# ----------------------------------------------------------------------------- pages

PAGES = []          # filled by the publication sections below


def page(**kw):
    PAGES.append(kw)
    return kw


# === DATA ===


# ----------------------------------------------------------------------------- 赣鄱民政简报
# Word bulletin of 中共江西省民政厅机关委员会: masthead (name, 第N期, issuing office, date),
# a 本期目录 block repeating the titles (furniture), section labels 【工作动态】
# 【支部风采】 【学习园地】, attributions （…供稿） / （供稿：…）, numbered subheadings,
# 报：/送：/发： lines and （共印30份） at the end; one issue carries an honour list.

GP = "赣鄱民政简报"
GP_DIST = ["报：省委省直机关工委，厅党组成员。",
           "送：省委社会工作部，各设区市民政局机关党委。",
           "发：厅机关各处室、直属各单位党组织。",
           "（共印30份）"]


def gp_page(d, no, items, **kw):
    y, m, dd = d.split("-")
    titles = [clean((it["kicker"] or "") + (it["title"] or "")) for it in items if isinstance(it, dict) and it["title"]]
    mast = [GP, "第%d期" % no, "中共江西省民政厅机关委员会编　　　　%d年%d月%d日" % (int(y), int(m), int(dd)),
            "━━━━━━━━━━━━━━━━━━━━", "本期目录"] + ["◎ " + t for t in titles] + ["━━━━━━━━━━━━━━━━━━━━"]
    tags = ["contents_list", "column_label"]
    return page(pub=GP, date=d, page=1, file="%02d.docx" % no, kind="docx", pkind="bulletin",
                masthead=mast, distribution=GP_DIST, items=items, tags=tags, **kw)


def GA(**kw):
    kw.setdefault("province", "江西")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


gp_page("2023-03-20", 3, [
    "【工作动态】",
    GA(title="厅机关党委召开2023年机关党建工作会议", end=["（厅机关党委办公室）"], agency="江西省民政厅",
       date="2023-03-16", body=[
        "3月16日，厅机关党委召开2023年机关党建工作会议，总结2022年机关党建工作，部署今年重点任务。厅党组成员、机关党委书记{熊国平}出席会议并讲话。",
        "会议指出，过去一年，厅机关各级党组织深入学习宣传贯彻党的二十大精神，严格落实“三会一课”、主题党日等制度，模范机关创建取得新进展。",
        "会议要求，要把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，坚持“第一议题”制度，推动机关党建与民政业务深度融合。",
    ]),
    "【支部风采】",
    GA(title="南昌市民政局机关党委：¦“红色代办”让群众少跑腿", end=["（南昌市民政局机关党委供稿）"],
       source="南昌市民政局机关党委", agency="南昌市民政局", tags=["province_context", "relative_date"], body=[
        "今年以来，南昌市民政局机关党委在婚姻登记、社会救助等窗口推行“红色代办”服务，由党员干部为行动不便的老年人、残疾人提供上门帮办。",
        "截至目前，全局共有54名党员参与代办服务，累计为群众办理事项380余件。局机关第二党支部书记{涂晓敏}说，党员多跑一步，群众就少跑一趟。",
    ]),
    GA(title="新建区民政局开展“学雷锋”志愿服务", end=["（供稿：新建区民政局）"], source="新建区民政局",
       agency="新建区民政局", date="2023-03-03", body=[
        "3月3日，新建区民政局组织党员志愿者走进区社会福利院，为老人整理房间、剪指甲、测血压，并送上水果和生活用品。",
    ]),
    "【学习园地】",
    GA(title="以“两个确立”凝心铸魂¦奋力谱写民政事业新篇章", end=["（厅社会救助处党支部 {陈慧玲}）"],
       agency="江西省民政厅", tags=["province_context", "subheadings", "relative_date"], body=[
        "党的二十大报告深刻阐述了“两个确立”的决定性意义。作为民政干部，学习党的二十大精神，要落到兜牢民生底线的具体工作中。",
        "一、在学懂弄通上下功夫",
        "要原原本本学习党的二十大报告和党章，做到学思用贯通、知信行统一，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "二、在兜底保障上见实效",
        "要聚焦低保、特困供养、临时救助等重点工作，健全分层分类的社会救助体系，让困难群众感受到党的温暖。",
        "三、在转变作风上求突破",
        "要坚决纠治“四风”，多到基层一线调查研究，用实干实绩检验学习成效。",
    ]),
])

gp_page("2023-07-10", 7, [
    "【工作动态】",
    GA(title="厅机关召开庆祝建党102周年暨“两优一先”表彰大会", end=["（厅机关党委办公室）"], agency="江西省民政厅",
       date="2023-06-30", tags=["province_context", "half_day_date"], body=[
        "6月30日上午，厅机关召开庆祝中国共产党成立102周年暨“两优一先”表彰大会。厅党组书记、厅长{欧阳建华}出席会议并讲授专题党课。",
        "会议强调，要以主题教育为契机，坚持学思想、强党性、重实践、建新功，以模范机关建设的新成效推动全省民政事业高质量发展。",
    ]),
    GA(title="厅机关“两优一先”表彰名单", end=["（厅机关党委办公室）"], agency="江西省民政厅", date="2023-06-30",
       tags=["honour_list"], body=[
        "经厅机关党委研究，决定对以下先进基层党组织、优秀共产党员和优秀党务工作者予以表彰：",
        "先进基层党组织",
        "厅机关第一党支部、社会事务处党支部、江西省社会福利院党总支、江西省民政学校教工第二党支部",
        "优秀共产党员",
        "{刘振宇}、{蓝玉清}、{黄思源}、{邹雅琴}、{钟文杰}、{万丽萍}、{罗建明}、{肖可欣}",
        "优秀党务工作者",
        "{胡长林}、{雷晓燕}、{曾繁荣}",
    ]),
    "【支部风采】",
    GA(title="九江市民政局：把支部建在¦防汛救灾一线", end=["（九江市民政局机关党委供稿）"],
       source="九江市民政局机关党委", agency="九江市民政局", date="2023-07-01", tags=["province_context", "period_date"],
       body=[
        "7月上旬，九江市遭遇持续强降雨，市民政局在受灾较重的修水县、永修县成立临时党支部2个，组织党员干部驻点开展救灾物资发放和受灾群众安置。",
        "临时党支部书记{章建平}表示，党员干部要冲在前面，确保受灾群众有饭吃、有衣穿、有干净水喝、有安全住处。",
    ]),
    "【学习园地】",
    GA(title="在主题教育中锤炼¦过硬作风", end=["（上饶市民政局 {郑海燕}）"], agency="上饶市民政局",
       tags=["province_context", "relative_date"], body=[
        "开展学习贯彻习近平新时代中国特色社会主义思想主题教育，是党中央作出的重大部署。民政干部要在主题教育中以学正风，把作风建设落到服务群众的每一件小事上。",
        "一是对标对表查差距，二是深入基层解难题，三是建章立制促长效，真正让主题教育成果惠及困难群众。",
    ]),
])

gp_page("2024-01-15", 1, [
    "【工作动态】",
    GA(title="厅机关开展2023年度基层党组织¦书记抓党建述职评议", end=["（厅机关党委办公室）"], agency="江西省民政厅",
       date="2023-12-21", tags=["province_context", "period_date"], body=[
        "12月下旬，厅机关党委组织开展2023年度基层党组织书记抓党建工作述职评议，厅机关和直属单位16名党组织书记逐一述职。",
        "评议采取现场述职、党员代表测评、机关党委点评的方式进行。厅党组成员、机关党委书记{熊国平}在点评时指出，一些支部存在主题教育成果转化不够、“三会一课”质量不高等问题，要列出清单、逐项整改。",
    ]),
    "【支部风采】",
    GA(title="赣州市民政局党建引领¦做实“老区养老”", end=["（供稿：赣州市民政局）"], source="赣州市民政局",
       agency="赣州市民政局", date="2023-12-28", body=[
        "12月28日，赣州市民政局在于都县召开全市农村养老服务现场推进会，推广“党建+农村互助养老”模式。",
        "目前，全市已建成农村互助养老服务点1200余个，由村党组织牵头、党员带头，为留守、独居老人提供助餐、探访等服务。",
    ]),
    GA(title="贵溪市民政局走访慰问畲族困难群众", end=["（供稿：贵溪市民政局）"], source="贵溪市民政局",
       agency="贵溪市民政局", tags=["province_context", "relative_date"], body=[
        "近日，贵溪市民政局党支部组织党员干部来到樟坪畲族乡，走访慰问困难群众和老党员，送上棉被、食用油等过冬物资。",
        "樟坪畲族乡老党员{雷金水}说，每年冬天党组织都来看望我们，心里暖暖的。",
    ]),
])

gp_page("2024-11-08", 11, [
    "【工作动态】",
    GA(title="厅党组理论学习中心组专题学习¦二十届三中全会精神", end=["（厅办公室）"], agency="江西省民政厅",
       date="2024-11-05", tags=["province_context", "half_day_date"], body=[
        "11月5日上午，厅党组理论学习中心组召开集体学习会，专题学习二十届三中全会精神。",
        "会议要求，要把学习贯彻全会精神同落实全省民政工作重点任务结合起来，一是深化社会救助制度改革，二是加快发展银发经济和养老服务，三是健全社会组织党建工作机制，以改革精神推动民政事业高质量发展。",
    ]),
    GA(title="萍乡市民政局召开清廉机关建设推进会", end=["（萍乡市民政局机关党委供稿）"], source="萍乡市民政局机关党委",
       agency="萍乡市民政局", date="2024-10-29", body=[
        "10月29日，萍乡市民政局召开清廉机关建设推进会，通报前三季度廉政风险排查情况。",
        "局党组书记{彭志勇}强调，要严格落实中央八项规定精神，持续推进全面从严治党向纵深发展。",
    ]),
    "【支部风采】",
    GA(title="吉安市社会组织综合党委：¦“书记项目”激活红色动能", end=["（供稿：吉安市民政局）"], source="吉安市民政局",
       agency="吉安市社会组织综合党委", tags=["province_context", "relative_date"], body=[
        "今年以来，吉安市社会组织综合党委在全市社会组织中实施“书记项目”，引导党组织书记围绕助老、助残、助学领办服务项目。",
        "全市已有46个“书记项目”落地，服务群众2.3万人次。",
    ]),
    "【学习园地】",
    GA(title="以学促干¦在为民服务中践行初心使命", end=["（厅养老服务处党支部 {袁梦琪}）"], agency="江西省民政厅",
       tags=["province_context", "subheadings", "relative_date"], body=[
        "学习的目的全在于运用。民政干部要把党纪学习教育成果转化为推动工作的实际行动，真正做到以学促干。",
        "（一）把学习成果转化为服务举措",
        "要围绕群众急难愁盼问题，在养老服务、儿童关爱等领域推出更多务实举措。",
        "（二）把学习成果转化为过硬作风",
        "要坚持“不忘初心、牢记使命”，持续纠治形式主义、官僚主义，让基层减负落到实处。",
    ]),
])

# ----------------------------------------------------------------------------- 津沽晚报
# Tianjin evening paper e-paper, one article per HTML page; title parts in div.yt / div.bt /
# div.ft, an info line 来源/作者/责任编辑/time, 上一篇/下一篇, 相关文章, footer; some bodies
# are one <p> with <br> breaks.  区民政局 and 市委社会工作部 without 天津 in front.

JG = "津沽晚报"


def jg_page(d, pg, section, art, related, **kw):
    return page(pub=JG, date=d, page=pg, file="%02d.html" % pg, kind="html", pkind="provincial",
                section=section, items=[art], related=related, **kw)


def JGA(**kw):
    kw.setdefault("province", "天津")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


jg_page("2022-11-08", 6, "社区", JGA(
    kicker="学习宣传贯彻党的二十大精神", title="河西区民政局：宣讲小分队走进社区",
    dateline="本报讯（记者 {尚静怡}）", source=JG, agency="河西区民政局", date="2022-11-04",
    tags=["province_context", "half_day_date"], body=[
        "4日下午，河西区民政局党员宣讲小分队走进友谊路街道一处社区党群服务中心，用群众听得懂的语言宣讲党的二十大精神。",
        "宣讲中，小分队成员结合养老服务、社会救助等民生实事，讲述党的二十大报告中关于增进民生福祉的部署，引来居民阵阵掌声。",
        "区民政局有关负责同志表示，将组织宣讲小分队走遍全区社区，推动党的二十大精神深入人心。",
    ]), ["和平区开展“民政为民”主题党日活动", "南开区养老服务驿站上新", "我市社区志愿服务队伍持续壮大", "红桥区民政局开展结对共建"],
    docid=31208, author="尚静怡", editor="乔慧", time="07:58")

jg_page("2024-05-06", 3, "要闻", JGA(
    title="市委社会工作部召开全市社会组织党建工作推进会", sub="——推动社会组织党的组织和工作有效覆盖",
    dateline="本报讯（记者 {韩思远} {穆婉清}）", source=JG, agency="天津市委社会工作部", date="2024-04-30", body=[
        "4月30日，市委社会工作部召开全市社会组织党建工作推进会，通报一季度社会组织党组织覆盖情况，部署下一阶段工作。",
        "会议指出，要坚持党建引领，推动行业协会商会、社会服务机构、基金会党的组织和工作应建尽建，把“两个覆盖”质量提上去。",
        "会议要求，各区要压实责任，建立“一月一调度”工作机制，推动社会组织在服务基层治理、服务高质量发展中发挥更大作用。",
    ]), ["市民政局召开党纪学习教育动员部署会", "滨海新区社会组织党建服务中心揭牌", "我市启动社会组织党组织书记轮训", "南开区推进“两新”党建"],
    docid=50641, author="韩思远 穆婉清", editor="于卫东", time="08:31")

jg_page("2024-09-23", 7, "民生", JGA(
    title="和平区：“石榴籽”党员服务队守护独居老人", dateline="本报讯（通讯员 {杜雨桐} 记者 {尚静怡}）",
    source=JG, agency="和平区民政局", date="2024-09-11", tags=["province_context", "period_date", "name_verb", "dot_name"],
    captions=[(1, "图为服务队队员上门为老人测量血压。杜雨桐 摄")], body=[
        "9月中旬，和平区民政局指导辖区一家社区社会组织党支部组建“石榴籽”党员服务队，为独居老人提供上门探访、代购代办等服务。",
        "服务队由汉族、回族、维吾尔族等不同民族的12名党员组成。队员{古丽米拉·艾则孜}说：“老人们的事就是我们的事，每周上门看看，他们心里就踏实。”",
        "区民政局有关负责同志表示，下一步将推动更多社区社会组织党组织参与为老服务，织密独居老人关爱网。",
    ]), ["河西区民政局开展“中秋送温暖”活动", "我市发布社区养老服务地图", "河北区社会组织党建联盟成立"],
    docid=60977, author="杜雨桐 尚静怡", editor="乔慧", time="09:05", br_style=True)

jg_page("2025-01-07", 4, "社区", JGA(
    kicker="岁末年初送温暖", title="滨海新区民政局党员干部走访慰问困难群众",
    end=["（滨海新区民政局供稿）"], source="滨海新区民政局", agency="滨海新区民政局",
    date="2024-12-30", body=[
        "12月30日，滨海新区民政局党组班子成员带队，分赴塘沽、汉沽、大港等地，走访慰问困难党员、低保家庭和特困供养人员。",
        "每到一户，党员干部都详细询问群众生活情况，叮嘱注意冬季取暖和用电安全，把党和政府的关怀送到群众心坎上。",
        "据了解，元旦春节期间，新区民政局将持续开展走访慰问，确保困难群众温暖过冬。",
    ]), ["西青区民政局召开年度党建述职会", "我市部署做好元旦春节期间困难群众救助", "东丽区社会组织党委举办新年联谊"],
    docid=70112, author="滨海新区民政局", editor="于卫东", time="08:12", br_style=True)

# ----------------------------------------------------------------------------- 闽东日报
# 宁德 (Fujian) prefecture daily, text layers in UTF-8 with BOM: 本报讯（记者 某某 通讯员 某某）
# leads, captions 图为…。某某 摄 between paragraphs, （下转第2版）/（上接第1版）, county names
# giving the province, an interview with a She (畲族) interviewee, stray spaces; one OCR'd page.

MD = "闽东日报"


def md_page(d, pg, section, items, head=None, **kw):
    h = head or [MD, "%s" % cn_date(d), "第%d版　%s" % (pg, section)]
    foot = ["责任编辑：郑碧霞　美编：林一舟　校对：缪晨"]
    kw.setdefault("encoding", "utf-8-sig")
    return page(pub=MD, date=d, page=pg, file="%02d.txt" % pg, pkind="provincial", section=section,
                header=h, footer=foot, items=items, **kw)


def MA(**kw):
    kw.setdefault("province", "福建")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


md_page("2023-09-12", 1, "要闻", seed=501, width=16, stray=0.06, items=[
    MA(title="宁德市民政局推动“党建+”¦融入民政服务全链条", dateline="本报讯（记者 {郑雅婷} 通讯员 {缪秋生}）",
       source=MD, agency="宁德市民政局", cont_end="（下转第2版）", tags=["province_context", "relative_date"],
       captions=[(0, "图为党员志愿者在蕉城区一处养老服务站为老人理发。{缪秋生} 摄")], body=[
        "近日，记者从宁德市民政局获悉，该局深化主题教育成果运用，推动“党建+”融入社会救助、养老服务、婚姻登记等民政服务全链条，让群众办事更方便、更暖心。",
        "在蕉城区，区民政局党支部与12个社区党组织结对共建，组建党员志愿服务队，定期上门为高龄、独居老人提供助餐、助洁等服务。",
        "在社会救助领域，市民政局推行“党员联户”机制，",
    ]),
    MA(title="寿宁县民政局组织党员干部¦重走“下党之路”", dateline="本报讯（通讯员 {吴俊辉}）", source=MD, agency="寿宁县民政局",
       date="2023-09-08", body=[
        "9月8日，寿宁县民政局组织党员干部来到下党乡，重走“下党之路”，参观“难忘下党”主题馆，接受党性教育。",
        "党员们表示，要传承弘扬“滴水穿石”的闽东精神，把主题教育成果转化为为民服务的实际行动。",
    ]),
    MA(title="屏南县：社会组织党建¦助力乡村振兴", end=["（屏南县民政局供稿）"], source="屏南县民政局",
       agency="屏南县民政局", date="2023-09-01", tags=["province_context", "period_date"], body=[
        "9月上旬，屏南县民政局组织县内15家社会组织党组织与15个行政村结对，围绕传统村落保护、农文旅融合开展帮扶。",
    ]),
])

md_page("2023-09-12", 2, "党建", seed=502, width=17, stray=0.06, items=[
    MA(cont_top="（上接第1版）", title=None, title_pos="none", agency="宁德市民政局", body=[
        "由党员干部每人联系3至5户困难家庭，做到情况清、需求明、帮扶准。",
        "市民政局有关负责同志表示，将以党建引领民政事业高质量发展，推动民政服务更好惠及全市群众。",
    ]),
    MA(title="霞浦县民政局开展¦“三会一课”质量提升行动", dateline="本报讯（记者 {林晓岚} 通讯员 {陈宝珠}）",
       source=MD, agency="霞浦县民政局", date="2023-09-06", tags=["province_context", "half_day_date"],
       captions=[(1, "图为霞浦县民政局党员在三沙镇开展主题党日活动。{陈宝珠} 摄")], body=[
        "6日上午，霞浦县民政局召开“三会一课”质量提升行动部署会，对照组织生活制度要求查摆问题9个。",
        "行动中，该局把主题党日搬到沿海渔村，组织党员走访渔民家庭，了解困难群众生活情况，现场解决诉求7件。",
        "局党支部书记{刘泽民}说，组织生活要“有形”更要“有效”，让党员在实践中受教育。",
    ]),
    MA(title="福安市民政局：党员示范岗¦亮出服务新形象", end=["（通讯员 {阮丽清}）"], agency="福安市民政局",
       tags=["province_context", "relative_date"], body=[
        "今年以来，福安市民政局在婚姻登记、殡葬服务等窗口设立党员示范岗8个，党员佩戴党徽上岗、亮明身份。",
        "示范岗推行“首问负责、一次告知”服务，群众满意率明显提升。",
    ]),
])

md_page("2024-04-16", 3, "党建·访谈", seed=503, width=18, stray=0.05, crlf=True, items=[
    MA(title="让党旗在畲乡社会组织中¦高高飘扬", sub="——访福安市社会组织综合党委书记{雷晓芬}",
       byline=["本报记者 {林晓岚}"], source=MD, agency="福安市社会组织综合党委", tags=["province_context", "interview"],
       body=[
        "福安是全国畲族人口最多的县级市。作为一名畲族干部，{雷晓芬}在社会组织党建岗位上已经工作了6年。",
        "记者：福安市社会组织党建有什么特色？",
        "{雷晓芬}：我们把党建工作和畲族传统文化结合起来，推动畲歌协会、畲族服饰研究会等社会组织建立党组织，让党员骨干带头传承畲族文化，也带头宣讲党的政策。",
        "记者：如何推动社会组织党组织发挥作用？",
        "{雷晓芬}：关键是找准服务群众的切入点。去年，全市社会组织党组织开展助老、助学等服务项目60多个，受益群众1.5万人次。",
        "记者：下一步有什么打算？",
        "{雷晓芬}：我们将深入学习贯彻党的二十大精神，坚持党建引领，在畲族乡村培育更多扎根基层的社会组织，为乡村振兴贡献力量。",
    ]),
    MA(title="柘荣县民政局开展清明祭英烈活动", dateline="本报讯（通讯员 {袁志鸿}）", source=MD, agency="柘荣县民政局",
       date="2024-04-03", body=[
        "4月3日，柘荣县民政局组织党员干部到县革命烈士纪念碑前敬献花篮，重温入党誓词。",
        "宁德师范学院志愿者{米日古丽·¦阿不都热依木}也参加了活动，她说，要把革命先烈的精神代代传下去。",
    ]),
    MA(title="周宁县召开社会组织党建¦工作联席会议", end=["（周宁县民政局供稿）"], source="周宁县民政局",
       agency="周宁县民政局", date="2024-04-11", tags=["province_context", "period_date"], body=[
        "4月中旬，周宁县召开社会组织党建工作联席会议，研究推进行业协会商会党建工作。",
        "会议要求，要坚持“两个覆盖”，对符合条件的社会组织做到应建尽建。",
    ]),
])

# OCR'd scan: running head with misread digits (2O25年3月l8日), 第2版 read as 第z版 in the head,
# a blank line inside a two-line title, one misread in body text (“党贝” for 党员, kept as printed).
md_page("2025-03-18", 2, "党建", seed=504, width=17, stray=0.05, kind="ocr",
        head=[MD, "2O25年3月l8日 星期二", "第z版　党建"], items=[
    MA(title="古田县民政局召开¦党纪学习教育总结会", dateline="本报讯（记者 {郑雅婷}）", source=MD,
       agency="古田县民政局", date="2025-03-14", title_gap=True, body=[
        "3月14日，古田县民政局召开党纪学习教育总结会，回顾一年来学习教育开展情况。",
        "会议指出，全局党贝干部要把纪律规矩刻在心上，严格落实中央八项规定精神，以清廉机关建设推动民政工作提质增效。",
    ]),
    MA(title="蕉城区民政局推行“党建+社工”服务模式", end=["（通讯员 {黄丽萍}）"], agency="蕉城区民政局",
       tags=["province_context", "relative_date", "name_verb"], body=[
        "今年以来，蕉城区民政局依托乡镇社工站，推行“党建+社工”服务模式，组织党员社工为困难群众开展心理疏导、政策咨询等服务。",
        "区民政局社工站站长{蔡文静}表示，将持续擦亮“党建+社工”品牌，让服务更有温度。",
    ]),
    MA(title="福鼎市民政局开展“学雷锋”¦志愿服务月活动", title_pos="after", end=["（通讯员 {施永康}）"],
       agency="福鼎市民政局", date="2025-03-05", body=[
        "3月5日，福鼎市民政局启动“学雷锋”志愿服务月活动，组织党员志愿者到敬老院、儿童福利机构开展志愿服务。",
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
            if enc == "utf-8-sig":
                tags.append("utf8_bom")
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
    with open(os.path.join(HERE, "truth-dev3b.json"), "w", encoding="utf-8") as f:
        json.dump(_truth11_align(_truth10_align(truth)), f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pr in problems:
        print("SELF-CHECK:", pr)
    print("%d pages, %d articles, %d problems" % (len(truth), sum(len(v["articles"]) for v in truth.values()), len(problems)))
    return 1 if problems else 0


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
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
    ('赣鄱民政简报/2023-03-20/03.docx', 1, 'source', None, '江西省民政厅机关党委办公室', 4),
    ('赣鄱民政简报/2023-03-20/03.docx', 4, 'source', None, '江西省民政厅社会救助处党支部', 4),
    ('赣鄱民政简报/2023-07-10/07.docx', 1, 'source', None, '江西省民政厅机关党委办公室', 4),
    ('赣鄱民政简报/2023-07-10/07.docx', 2, 'source', None, '江西省民政厅机关党委办公室', 4),
    ('赣鄱民政简报/2023-07-10/07.docx', 4, 'source', None, '上饶市民政局', 4),
    ('赣鄱民政简报/2024-01-15/01.docx', 1, 'source', None, '江西省民政厅机关党委办公室', 4),
    ('赣鄱民政简报/2024-11-08/11.docx', 1, 'source', None, '江西省民政厅办公室', 4),
    ('赣鄱民政简报/2024-11-08/11.docx', 4, 'source', None, '江西省民政厅养老服务处党支部', 4),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    sys.exit(main())
