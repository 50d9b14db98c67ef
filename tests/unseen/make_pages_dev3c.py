#!/usr/bin/env python3
"""Generate the dev3c set of unseen pages and their ground truth (truth-dev3c.json).

Three publications, every article invented for this set (genre imitation only; names of
people are made up):
  西部党建     a western-regions party-building magazine (甘肃, 青海, 内蒙古, 新疆, 西藏, 宁夏),
               kept as OCR'd text layers in GB18030: misread running heads (2O24, ·3O·),
               本刊记者 bylines at the top, minority names with · broken across lines and
               followed at once by 说/表示/指出, a ——访… interview with 问：/答： turns.
  青海民政网   article pages of a provincial department website (HTML, UTF-8, <meta charset>):
               breadcrumb, <h2> title, info line (发布时间/来源/作者/浏览次数), 【字体：大 中 小】,
               &nbsp; indents, centred images and captions, ICP footer; one 党建简讯 page of
               ◆ items.
  三晋社工     a Shanxi social-work magazine: plain UTF-8 text layers, no blank lines, 14-16
               characters a line, column labels 【党建引领】【案例】【一线声音】, 本刊评论员
               commentary, untitled items straight under a label, 相关链接 sidebars after the
               attribution (part of the article's body), 年初/去年底/今年以来, a January issue
               with late-December events.

Conventions follow truth-dev2.json.  For the website pages the info line (来源/作者) is page
metadata: 来源 is the article's source, the 作者 is one of its people, and the attribution
holds only what the article text itself prints (the closing （供稿：…）/（通讯员：…） line).

Run:  python3 make_pages_dev3c.py   (python-docx is not needed for this set)

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine, settled kinds): kind 7 (both forms printed → the
shorter, agency) 1 — 1 values, listed in _TRUTH10 and applied as the truth is written; no page
changes.
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
             width=None, double=None, title_gap=False, indent=None, sidebar=[])
    a.update(kw)
    return a


# ----------------------------------------------------------------------------- layout

CLOSERS = "，。、；：？！”）》…"


def wrap(text, width, rng, jitter=1):
    """Cut a paragraph into column lines; ¦ forces a break.

    A forced break that falls within a third of a line after the natural end of the
    current line ends that line (so the line is a little shorter or longer than the
    column); the next line starts after it."""
    forced = []
    plain = ""
    for ch in text:
        if ch == "¦":
            forced.append(len(plain))
        else:
            plain += ch
    out = []
    s = 0
    while s < len(plain):
        w = width + rng.randint(-jitter, jitter) if jitter else width
        e = s + w
        while e < len(plain) and plain[e] in CLOSERS:
            e += 1
        fs = [f for f in forced if s < f <= e + w // 3 and f < len(plain)]
        if fs:
            e = fs[0]
        out.append(plain[s:e])
        s = e
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
    for sb in a["sidebar"]:
        # a 相关链接 box printed after the attribution: part of the article's body
        out += wrap(unmark(sb), width, rng, P.get("jitter", 1))
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


# ----------------------------------------------------------------------------- truth

def article_truth(a, page):
    title = None
    if a["title_pos"] != "none" and a["title"]:
        title = clean((a["kicker"] or "") + a["title"] + (a["sub"] or ""))
        title = ws(title)
    body = [ws(clean(p)) for p in list(a["body"]) + list(a["sidebar"])]
    attr_parts = list(a["byline"]) + ([a["dateline"]] if a["dateline"] else []) + list(a["end"])
    attribution = "".join(clean(x) for x in attr_parts)
    captions = [clean(c) for _, c in a["captions"]]
    people = []
    for s in [a["kicker"], a["title"], a["sub"]] + list(a["byline"]) + [a["dateline"]] + list(a["body"]) + list(a["sidebar"]) + list(a["end"]) + [c for _, c in a["captions"]]:
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
    if a["sidebar"] or any(clean(p).startswith("相关链接") for p in a["body"]):
        tag("related_link")
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




# ----------------------------------------------------------------------------- html (青海民政网)

QH_TMPL = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title_plain}_青海民政网</title>
<meta name="SiteName" content="青海省民政厅">
<meta name="ArticleTitle" content="{title_plain}">
<meta name="PubDate" content="{pubtime}">
<meta name="ContentSource" content="{source}">
<link href="/css/common.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
</head>
<body>
<div class="top">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="青海民政网"></a></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/gzdt/">工作动态</a></li><li><a href="/gzdt/djgz/">党建工作</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul>
</div>
<div class="position">首页 &gt; <a href="/gzdt/">工作动态</a> &gt; <a href="/gzdt/djgz/">党建工作</a></div>
<div class="detail">
<h2>{title}</h2>
{sub}<div class="info">发布时间：{pubtime}&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"></span></div>
<div class="tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="TRS_Editor" id="zoom">
{paras}
</div>
<div class="pagelink">
<p>上一篇：<a href="/gzdt/djgz/{prev_id}.html">{prev}</a></p>
<p>下一篇：<a href="/gzdt/djgz/{next_id}.html">{next}</a></p>
</div>
</div>
<div class="footer">
<p>主办单位：青海省民政厅&nbsp;&nbsp;&nbsp;承办：青海省民政厅信息中心</p>
<p>地址：西宁市城西区五四西路&nbsp;&nbsp;邮编：810008&nbsp;&nbsp;&nbsp;联系电话：0971-0000000</p>
<p>青ICP备05000412号-1&nbsp;&nbsp;&nbsp;青公网安备 63010402000123号&nbsp;&nbsp;&nbsp;网站标识码：6300000017</p>
</div>
</body>
</html>
"""

NB = "&nbsp;" * 4


def render_html(page):
    e = html.escape
    arts = [it for it in page["items"] if isinstance(it, dict)]
    stamp = page["pubtime"].split()[0].replace("-", "")
    paras = []
    n_img = 0
    for a in arts:
        if a["marker"]:
            paras.append("<p><strong>%s %s</strong></p>" % (a["marker"], e(clean(a["title"]))))
        for k, p in enumerate(a["body"]):
            t = clean(p)
            if k == 0 and a["dateline"]:
                t = clean(a["dateline"]) + t
            paras.append("<p>" + NB + e(t) + "</p>")
            for idx, c in a["captions"]:
                if idx == k:
                    n_img += 1
                    paras.append('<p style="text-align:center"><img src="/upload/%s/%s%02d.jpg" border="0" width="600"></p>'
                                 % (stamp[:6], stamp, n_img))
                    paras.append('<p style="text-align:center">' + e(clean(c)) + "</p>")
        for en in a["end"]:
            paras.append('<p style="text-align:right">' + e(clean(en)) + "</p>")
    if page.get("heading"):
        title = page["heading"]
        sub = ""
    else:
        a = arts[0]
        title = clean(a["title"])
        sub = ('<h3 class="subtitle">' + e(clean(a["sub"])) + "</h3>\n") if a["sub"] else ""
    return QH_TMPL.format(
        title_plain=e(title + (clean(arts[0]["sub"]) if arts[0]["sub"] and not page.get("heading") else "")),
        pubtime=page["pubtime"], source=e(page["source"]), author=clean(page.get("author", "")),
        title=e(title), sub=sub, paras="\n".join(paras),
        prev=e(page["prev"]), next=e(page["next"]), prev_id=page["ids"][0], next_id=page["ids"][1])


def html_text(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
    s = re.sub(r"<[^>]+>", "\n", s)
    return html.unescape(s)



# === DATA ===

# ----------------------------------------------------------------------------- 西部党建
# magazine of the western regions, OCR'd scans saved as GB18030 text layers.  The running
# head is damaged by the OCR (2O24/2O23 with O for 0, 第1l期, 第g期, 第]期, ·3O·, ·2Z·, ·l8·, ·4б·); the line
# XIBU DANGJIAN and the column label stand on every page.  Body misreads (千部 for 干部,
# 己经 for 已经) are kept in the truth exactly as printed.

XB = "西部党建"


def xb_page(d, pg, head, folio, label, items, **kw):
    return page(pub=XB, date=d, page=pg, file="%02d.txt" % pg, kind="ocr", pkind="magazine",
                encoding="gb18030", section=label, header=[head, "XIBU DANGJIAN", label],
                footer=[folio], items=items, tags=["column_label"], **kw)


xb_page("2024-05-01", 30, "西部党建 2O24年第5期", "·3O·", "边疆党建", seed=901, width=18, stray=0.04, items=[
    A(title="昌吉州：社会组织党支部¦把服务送进社区", byline=["本刊记者 {周海燕}"], source=XB, province="新疆",
      agency="昌吉回族自治州民政局", date="2024-04-01", tags=["period_date", "province_context"], body=[
        "4月上旬，昌吉回族自治州民政局在全州推广社会组织党支部“进社区、认岗位、办实事”做法，42家社会组织党支部与城乡社区结对共建。",
        "在昌吉市宁边路街道，一家家政服务机构的党支部书记{热依拉·¦吐尔逊}带领党员为社区老人提供免费理发、助浴服务。{热依拉¦·吐尔逊}说：“社区就是我们的第二个家，党员就要带头把服务做细做实。”",
        "在阜康市，哈萨克族党员{叶尔江·阿合¦买提}牵头办起了牧民技能培训点。{叶尔江·¦阿合买提}表示，培训点已帮助130余名牧民取得职业技能证书。",
        "州民政局有关负责同志说，下一步将坚持党建引领，推动社会组织深度参与基层治理，在铸牢中华民族共同体意识中发挥积极作用。",
    ]),
    A(title="阿拉善盟：“马背党课”¦送到牧民家门口", title_gap=True, byline=["本刊记者 {孟繁星}"], source=XB,
      province="内蒙古", agency="阿拉善盟民政局", tags=["relative_date", "province_context"], body=[
        "今年以来，阿拉善盟民政局党组组织党员千部深入额济纳旗、阿拉善右旗牧区，把党课开到牧民的蒙古包里。",
        "宣讲小分队由蒙古族党员{敖登格日勒}担任队长，用蒙汉双语宣讲党的二十大精神和惠民政策。{敖登格日勒}说，牧民听得懂、记得住，党课才有生命力。",
        "截至目前，小分队已累计行程8000余公里，开展宣讲60余场，帮助牧民解决养老保险接续等实际困难40余件。局党组书记{苏和巴¦特尔}指出，要把“国之大者”落实到为牧民办的一件件实事中。",
    ]),
])

xb_page("2023-11-01", 46, "西部党建 2O23年第1l期", "·4б·", "访谈", seed=902, width=20, stray=0.03, double=True, items=[
    A(title="让党建“红”¦映照草原“绿”", sub="——访锡林郭勒盟民政局党组书记、局长{额尔敦¦·巴雅尔}",
      byline=["本刊记者 {孟繁星}"], source=XB, province="内蒙古", agency="锡林郭勒盟民政局",
      tags=["interview", "province_context"], body=[
        "问：锡林郭勒盟民政系统的党建工作有什么特点？",
        "答：我们地域辽阔、牧区面积大，党员居住分散。这几年，我们坚持“党建引领、服务牧区”，在每个苏木的民政服务站设立党小组，推动“三会一课”在牧区落地见效。",
        "问：如何把主题教育成果转化为为民服务的实效？",
        "答：我们开展“民政干部进嘎查”活动，局机关党员每人联系一个嘎查，帮助解决养老、救助方面的急难愁盼问题。去年以来，共为牧民办理各类事项2300余件。",
        "问：下一步有什么打算？",
        "答：我们将以党的二十大精神为指引，持续推进模范机关建设，做到以学促干，让牧区群众切身感受到党的温暖。",
    ]),
    A(title="海南州社会组织党建¦观摩交流会召开", end=["（通讯员 {更登¦加措}）"], province="青海",
      agency="海南藏族自治州社会组织综合党委", date="2023-10-18", tags=["province_context"], body=[
        "10月18日，海南藏族自治州社会组织综合党委在共和县召开社会组织党建观摩交流会，全州30余家社会组织党组织负责人参加。",
        "与会人员实地观摩了2个社会组织党建示范点。州社会组织综合党委书记{李生福}指出，要对标“五个基本”要求，扎实推进社会组织党组织规范化建设。",
    ]),
])

xb_page("2024-09-01", 22, "西部党建 2024年第g期", "·2Z·", "高原党旗", seed=903, width=17, stray=0.05, items=[
    A(title="日喀则市民政局：党员“结对认亲”¦温暖孤寡老人", byline=["本刊记者 {洛桑¦次仁}"], source=XB,
      province="西藏", agency="日喀则市民政局", date="2024-08-11", tags=["period_date", "province_context"], body=[
        "8月中旬，日喀则市民政局组织局机关党员走进桑珠孜区中心敬老院，与集中供养的孤寡老人“结对认亲”。",
        "党员{格桑卓嘎}为老人们送去了酥油、糌粑和新藏装。她说，每月至少来看望一次，要把老人当成自己的亲人。",
        "据了解，这一活动已覆盖全市18个县（区）的敬老院，共有260余名党员与老人结对。市民政局党组书记{扎西¦平措}表示，要在学纪、知纪、明纪、守纪中锤炼作风，把党的关怀送到老人心坎上。",
    ]),
    A(title="固原市：“红色物业”让小区¦治理更有温度", end=["（固原市民政局供稿）"], source="固原市民政局",
      province="宁夏", agency="固原市民政局", date="2024-08-06", tags=["half_day_date", "province_context"], body=[
        "8月6日上午，固原市民政局在原州区召开“红色物业”建设现场推进会。",
        "近年来，原州区推动社区党组织、业主委员会、物业服务企业“三方联动”，在42个小区建立党支部或党小组。社区党委书记{马玉梅}说，小区里的大事小情，大家坐下来一起商量。",
        "会议要求，各县（区）要坚持党建引领，持续推动“红色物业”提质扩面，己经建成的要巩固提升。",
    ]),
    A(title="甘南州社会组织党建¦“双百”行动启动", title_pos="after", end=["（通讯员 {卓玛¦草}）"], province="甘肃",
      agency="甘南藏族自治州民政局", date="2024-07-21", tags=["period_date", "province_context"], body=[
        "7月下旬，甘南藏族自治州民政局启动社会组织党建“双百”行动，计划用一年时间推动100家社会组织规范党组织建设、开展100项公益服务。",
        "州民政局局长{才让¦东智}表示，要把“双百”行动作为深化主题教育成果的具体举措，推动社会组织在服务乡村振兴中发挥作用。",
    ]),
])

xb_page("2025-01-01", 18, "西部党建 2025年第]期", "·l8·", "基层一线", seed=904, width=19, stray=0.04, items=[
    A(title="张掖市民政局召开¦年度党建述职评议会", title_gap=True, byline=["本刊记者 {周海燕}"], source=XB,
      province="甘肃", agency="张掖市民政局", date="2024-12-21", tags=["period_date", "province_context"], body=[
        "12月下旬，张掖市民政局召开2024年度机关党支部书记抓党建工作述职评议会，6名党支部书记现场述职。",
        "局党组书记、局长{赵永红}指出，一年来，局机关各党支部严格落实“第一议题”制度，党建与业务融合更加紧密。新的一年，要坚持全面从严治党，持续纠治“四风”。",
    ]),
    A(title="伊宁县：“石榴籽”党建联盟¦服务各族群众", byline=["本刊记者 {古丽巴哈尔¦·艾则孜}"], source=XB,
      province="新疆", agency="伊宁县民政局", date="2024-12-27", tags=["province_context"], body=[
        "12月27日，伊宁县民政局牵头成立“石榴籽”社会组织党建联盟，首批15家社会组织加入。",
        "联盟党委书记{努尔兰·¦托合塔尔}说，联盟将组织党员开展双语政策宣讲、邻里互助等活动，促进各族群众交往交流交融。",
        "一家养老服务机构的负责人{阿依古丽¦·买买提明}表示，加入联盟后，机构党支部有了更多学习交流的平台。",
    ]),
    A(title="拉萨市城关区民政局开展¦“冬季送温暖”活动", end=["（通讯员 {次仁¦旺姆}）"], province="西藏",
      agency="拉萨市城关区民政局", date="2024-12-30", tags=["half_day_date", "province_context"], body=[
        "12月30日下午，拉萨市城关区民政局党支部组织党员走访困难群众和老党员，送去棉被、米面油等慰问品。",
        "老党员{多吉¦次仁}说，感谢党组织的关心，自己将继续为社区建设出一份力。",
    ]),
])

# ----------------------------------------------------------------------------- 青海民政网
# provincial department website (Qinghai).  The page folder date is the 发布时间 date.

QH = "青海民政网"


def qh_page(pubtime, items, **kw):
    d = pubtime.split()[0]
    return page(pub=QH, date=d, page=1, file="01.html", kind="html", pkind="provincial", pubtime=pubtime,
                items=items, **kw)


def QA(**kw):
    kw.setdefault("province", "青海")
    kw.setdefault("tags", ["province_context"])
    return A(**kw)


qh_page("2024-03-05 10:21:33", source="海东市民政局", author="{祁玉兰}",
        prev="互助县民政局开展“学雷锋”志愿服务活动", next="海东市召开全市养老服务工作推进会", ids=(51872, 51890), items=[
    QA(title="海东市民政局召开2024年全面从严治党暨党建工作会议", end=["（供稿：海东市民政局）"], source="海东市民政局",
       agency="海东市民政局", date="2024-03-01", captions=[(0, "图为会议现场。（{李永福} 摄）")], body=[
        "3月1日，海东市民政局召开2024年全面从严治党暨党建工作会议，总结2023年工作，安排部署2024年重点任务。局党组书记、局长{韩正德}出席会议并讲话。",
        "会议指出，2023年，局党组扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，深入推进模范机关建设，全市民政系统党建工作取得新成效。",
        "会议要求，2024年要坚持以党的政治建设为统领，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”；严格落实中央八项规定精神，持续纠治“四风”；扎实推进互助土族自治县、化隆回族自治县等地民政服务站党建示范点建设。",
        "会上，局党组与各科室、直属单位签订了2024年党风廉政建设责任书。",
    ]),
])

qh_page("2024-06-20 16:05:12", source="海西州民政局", author="{其其格}",
        prev="海西州召开社会组织年检工作会议", next="格尔木市民政局开展防汛应急演练", ids=(53310, 53327), items=[
    QA(title="海西州民政局开展“党建+养老服务”主题党日活动", sub="——党员干部走进德令哈市社会福利中心",
       end=["（通讯员：{哈斯其木格}）"], source="海西州民政局", agency="海西蒙古族藏族自治州民政局", date="2024-06-18",
       tags=["province_context", "half_day_date"],
       captions=[(1, "图为党员志愿者为老人测量血压。"), (1, "图为党员与老人一起包粽子。")], body=[
        "6月18日上午，海西蒙古族藏族自治州民政局机关党支部走进德令哈市社会福利中心，开展“党建+养老服务”主题党日活动。",
        "党员志愿者们为老人测量血压、整理房间，并与老人一起包粽子、拉家常，提前送上端午祝福。",
        "活动中，局机关党支部书记{吴建军}说，要把党纪学习教育成果转化为服务群众的实际行动，让老人们老有所养、老有所乐。",
        "据悉，州民政局机关党支部已连续5年与州社会福利中心开展结对共建活动。",
    ]),
])

qh_page("2024-10-11 09:47:50", source="玉树州民政局", author="{尕玛拉毛}",
        prev="玉树州开展“敬老月”系列活动", next="囊谦县民政局召开困难群众救助工作会议", ids=(55021, 55036), items=[
    QA(title="玉树州民政局党组理论学习中心组专题学习党的二十届三中全会精神", end=["（供稿：玉树州民政局）"],
       source="玉树州民政局", agency="玉树藏族自治州民政局", date="2024-10-01", tags=["province_context", "period_date"],
       captions=[(2, "图为学习会现场。（{索南文江} 摄）")], body=[
        "10月上旬，玉树藏族自治州民政局党组理论学习中心组召开专题学习会，深入学习党的二十届三中全会精神。",
        "会上，中心组成员结合分管工作交流了学习体会。大家一致认为，要把学习贯彻全会精神同推进高原民政事业发展结合起来，在养老服务、社会救助、儿童福利等方面抓好改革任务落实。",
        "局党组书记、局长{昂文才仁}指出，要深刻领悟“两个确立”的决定性意义，把全会精神转化为推动民政工作高质量发展的具体举措，以学促干、真抓实干，切实兜牢民生底线。",
    ]),
])


def QB(title, body, agency, date=None, tags=()):
    """◆ item of the 党建简讯 page: the marker line carries the item's title."""
    return QA(marker="◆", title=title, title_pos="marker", body=body, agency=agency, source="青海省民政厅",
              date=date, tags=["province_context"] + list(tags))


qh_page("2024-12-03 15:30:08", source="青海省民政厅", author="", heading="党建简讯",
        prev="全省民政系统安全生产工作视频会议召开", next="省民政厅召开冬春救助工作部署会", ids=(56412, 56430), items=[
    QB("省民政厅机关党委召开党支部书记述职评议会", [
        "11月28日，省民政厅机关党委召开2024年度党支部书记抓基层党建工作述职评议会，厅机关12个党支部书记逐一述职。会议要求，要持续深化模范机关建设，推动机关党建提质增效。",
    ], "青海省民政厅", "2024-11-28"),
    QB("西宁市城东区民政局开展“敬老助老”志愿服务", [
        "11月下旬，西宁市城东区民政局党支部组织党员志愿者走进辖区养老机构，开展“敬老助老”志愿服务活动，为老人们送去冬衣和慰问品。",
    ], "西宁市城东区民政局", "2024-11-21", ["period_date"]),
    QB("黄南州社会组织综合党委举办党务工作者培训班", [
        "近日，黄南藏族自治州社会组织综合党委在同仁市举办社会组织党务工作者培训班，全州40余名党务工作者参加培训。培训班邀请州委党校教师{仁青卓玛}作党的二十届三中全会精神专题辅导。",
    ], "黄南藏族自治州社会组织综合党委", None, ["relative_date"]),
    QB("果洛州民政局召开清廉机关建设推进会", [
        "11月26日下午，果洛藏族自治州民政局召开清廉机关建设推进会，通报前三季度廉政风险防控情况。局党组书记{才让多杰}表示，要坚持全面从严治党，锲而不舍落实中央八项规定精神。",
    ], "果洛藏族自治州民政局", "2024-11-26", ["half_day_date"]),
])

# ----------------------------------------------------------------------------- 三晋社工
# Shanxi social-work magazine: plain UTF-8, no blank lines, 14-16 characters a line.
# 【党建引领】【案例】【一线声音】 are column labels (furniture) over the articles; a short item
# may follow a label directly without a title of its own; 相关链接 boxes are printed after
# the article's attribution and belong to its body.

SJ = "三晋社工"


def sj_page(d, pg, items, **kw):
    head = ["三晋社工", "%d年第%d期　总第%d期" % (int(d[:4]), int(d[5:7]), 100 + (int(d[:4]) - 2024) * 12 + int(d[5:7]))]
    foot = ["SANJIN SHEGONG　·%02d·" % pg]
    return page(pub=SJ, date=d, page=pg, file="%02d.txt" % pg, pkind="magazine", header=head, footer=foot,
                items=items, no_blank=True, **kw)


def SA(**kw):
    kw.setdefault("province", "山西")
    return A(**kw)


sj_page("2024-03-10", 6, seed=1001, width=15, stray=0.03, items=[
    A(label="【党建引领】", title="以高质量党建引领¦社会组织行稳致远", byline=["本刊评论员"], source=SJ, body=[
        "社会组织是党联系群众的重要桥梁和纽带。社会组织发展到哪里，党的组织和工作就要跟进到哪里。",
        "抓好社会组织党建，首先要把政治建设摆在首位，教育引导党员增强“四个意识”、坚定“四个自信”、做到“两个维护”；其次要在融合上下功夫，防止党建和业务“两张皮”，让党建成为社会组织发展的“红色引擎”。",
        "全省社会组织党组织要以党的二十大精神为指引，把党的政治优势、组织优势转化为服务群众、服务社会的实际成效。",
    ]),
    SA(label="【案例】", title="小店区：“红色社工站”¦打通服务“最后一米”", end=["（太原市小店区民政局供稿）"],
       source="太原市小店区民政局", agency="太原市小店区民政局", tags=["relative_date", "province_context"], body=[
        "今年以来，太原市小店区民政局推动街道社工站全部建立党组织，形成“党建+社工”服务模式。",
        "在坞城街道社工站，党员社工{温晓慧}每周带队走访困难家庭，建立“一户一档”。她说，党员社工就是要把群众的难事放在心上。",
        "目前，全区13个街道社工站已组建党员服务队16支，累计开展服务1600余次。",
    ], sidebar=["相关链接：乡镇（街道）社工站是民政部门推动基层社会工作发展的重要平台，主要承担社会救助、养老服务、儿童关爱等服务职能。"]),
    SA(label="【一线声音】", title=None, title_pos="none", end=["（本刊记者 {裴文静}）"], source=SJ,
       agency="晋中市榆次区民政局", tags=["relative_date", "province_context"], body=[
        "“社区里谁家有困难，我们心里都有本账。”榆次区锦纶社区党委书记、社工{郝丽娟}说。年初，晋中市榆次区民政局在全区推行“党员社工+网格员”联动机制，{郝丽娟}所在社区成为首批试点。",
    ]),
])

sj_page("2024-06-10", 9, seed=1002, width=15, stray=0.03, crlf=True, items=[
    SA(label="【案例】", title="大同市云冈区：社会组织¦党建“四联”工作法见成效", end=["（通讯员 {乔建平}）"],
       agency="大同市云冈区社会组织综合党委", date="2024-05-21", tags=["period_date", "province_context"], body=[
        "5月下旬，大同市云冈区社会组织综合党委召开现场会，推广社会组织党建“四联”工作法。",
        "“四联”即组织联建、党员联管、活动联办、服务联动。区社会组织综合党委书记{冯国栋}介绍，通过“四联”，辖区社会组织党组织覆盖率由68%提高到95%。",
    ], sidebar=["相关链接：2023年以来，山西省民政厅在全省部署开展社会组织党建“提质增效”行动，推动社会组织党组织规范化建设。"]),
    SA(title="阳曲县民政局“党建+救助”¦让帮扶更精准", end=["（通讯员 {武晓东}）"], agency="阳曲县民政局",
       tags=["relative_date", "province_context"], body=[
        "去年底以来，阳曲县民政局组建12支党员“救助帮办队”，深入乡村摸排困难群众底数，做到早发现、早介入、早救助。",
        "局党组书记{郭志鹏}说，党员帮办队既是政策宣传员，也是困难群众的贴心人。",
    ]),
    SA(label="【一线声音】", title="党员社工说初心", byline=["本刊记者 {裴文静}"], source=SJ, agency=None,
       tags=["province_context"], body=[
        "阳泉市城区社工站党员社工{闫春燕}说：“每次帮老人办完事，听到一声‘谢谢’，就觉得一切都值了。”",
        "长治市潞州区社会组织党建指导员{牛志刚}表示：“党建指导员既要当好‘指导员’，也要当好‘服务员’。”",
        "吕梁市离石区儿童福利机构党员{白玉洁}说：“孩子们的笑脸，是我坚持下去的最大动力。”",
    ]),
    SA(label="【党建引领】", title=None, title_pos="none", end=["（山西省民政厅供稿）"], source="山西省民政厅",
       agency="山西省社会组织综合党委", date="2024-06-04", body=[
        "6月4日，山西省社会组织综合党委召开党纪学习教育推进会，要求全省社会组织党组织把党纪学习教育与“三会一课”结合起来，做到学纪、知纪、明纪、守纪。",
    ]),
])

sj_page("2024-11-10", 14, seed=1003, width=15, stray=0.03, items=[
    A(label="【党建引领】", title="把二十届三中全会精神¦落到社会组织党建一线", byline=["本刊评论员"], source=SJ, body=[
        "党的二十届三中全会对进一步全面深化改革、推进中国式现代化作出系统部署。学习贯彻全会精神，是当前和今后一个时期的重大政治任务。",
        "社会组织党组织要把学习贯彻全会精神作为首要政治任务，引导党员深刻领悟“两个确立”的决定性意义，把思想和行动统一到全会部署上来。",
        "要坚持问题导向，着力破解部分社会组织党组织“建而不活”的问题，推动党的组织和工作由“有形覆盖”向“有效覆盖”转变。",
    ]),
    SA(label="【案例】", title="运城市盐湖区：党建引领¦社区社会组织“小而美”", end=["（通讯员 {王晋芳}）"],
       agency="运城市盐湖区民政局", date="2024-10-21", tags=["period_date", "province_context"], body=[
        "10月下旬，运城市盐湖区民政局召开社区社会组织党建工作推进会，发布“小而美”社区社会组织培育清单。",
        "盐湖区民政局局长{柴卫东}表示，全区已备案社区社会组织420余家，下一步将推动有条件的社区社会组织建立党组织。",
    ], sidebar=["相关链接：社区社会组织是由社区居民发起成立，在城乡社区开展为民服务、公益慈善、邻里互助等活动的社会组织。"]),
    SA(label="【一线声音】", title=None, title_pos="none", end=["（本刊记者 {裴文静}）"], source=SJ,
       agency="忻州市忻府区民政局", tags=["relative_date", "province_context"], body=[
        "“党员要带头，服务要走心。”忻州市忻府区民政局社工站督导{秦慧敏}说。今年以来，她带领党员社工为辖区120余名留守老人建立了关爱台账。",
    ]),
])

sj_page("2025-01-10", 5, seed=1004, width=15, stray=0.03, items=[
    SA(label="【党建引领】", title="省民政厅召开社会组织党建¦工作总结会", end=["（山西省民政厅供稿）"], source="山西省民政厅",
       agency="山西省民政厅", date="2024-12-26", body=[
        "12月26日，山西省民政厅召开2024年度全省社会组织党建工作总结会，回顾一年来工作，部署2025年重点任务。",
        "会议指出，一年来，全省社会组织党组织深入开展党纪学习教育，省市县“三级联动”工作机制不断完善。",
        "会议要求，新的一年要深入学习贯彻二十届三中全会精神，坚持党建引领，推动全省社会组织高质量发展。",
    ]),
    SA(label="【案例】", title="泽州县：党建“暖冬”行动¦温暖困难群众", end=["（通讯员 {李晓霞}）"], agency="泽州县民政局",
       date="2024-12-21", tags=["period_date", "province_context"], body=[
        "12月下旬，晋城市泽州县民政局启动党建“暖冬”行动，组织全局党员干部结对帮扶困难家庭86户。",
        "局党组书记、局长{申国庆}说，要让困难群众温暖过冬、安心过年。",
    ], sidebar=["相关链接：“暖冬”行动是泽州县民政局连续第三年开展的冬季帮扶活动，累计帮扶困难家庭300余户。"]),
    SA(title="朔州市社会组织综合党委¦开展年终党建考核", end=["（通讯员 {刘振华}）"], agency="朔州市社会组织综合党委",
       date="2024-12-18", tags=["province_context"], body=[
        "12月18日至20日，朔州市社会组织综合党委对全市社会组织党组织开展年终党建考核，重点检查“三会一课”、主题党日等制度落实情况。",
    ]),
    SA(label="【一线声音】", title=None, title_pos="none", end=["（本刊记者 {裴文静}）"], source=SJ,
       agency="临汾市尧都区民政局", tags=["relative_date", "province_context"], body=[
        "“新的一年，我们要让党员社工的服务覆盖每一个网格。”年初，临汾市尧都区民政局社工站党支部书记{范丽萍}在支部大会上说。",
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
        else:
            enc = "html"
            doc = render_html(p)
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc)
            text = html_text(doc)
            tags.append("html")
        t_arts = [article_truth(a, p) for a in arts]
        if kind == "html" and p.get("author"):
            # the 作者 of the info line is one of the (single) article's people
            n = clean(p["author"])
            if n not in t_arts[0]["people"]:
                t_arts[0]["people"].append(n)
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
    with open(os.path.join(HERE, "truth-dev3c.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(truth), f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pr in problems:
        print("SELF-CHECK:", pr)
    print("%d pages, %d articles, %d problems" % (len(truth), sum(len(v["articles"]) for v in truth.values()), len(problems)))
    return 1 if problems else 0


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("三晋社工/2024-11-10/14.txt", 2, "agency", "运城市盐湖区民政局", "盐湖区民政局", 7),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    sys.exit(main())
