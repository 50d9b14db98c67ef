#!/usr/bin/env python3
"""Generate the held-back set "g" of pages and their ground truth (truth-h1g.json).

Three publications, every article invented here (genre imitation only; every name made up):
  金陵日报网    Jiangsu daily's e-paper (HTML, UTF-8, LF); issue folders written 20240312;
                版面 pages (A03.html ...) holding several <section class="news"> blocks with
                yt (kicker) / bt (headline) / ft (——subtitle) / zz (byline) / zw (body) / tz
                (caption) classes, one ◆ briefs block (党建快讯); single-article pages
                content_NNNN.html with an info line 发布时间/来源/作者/字号.
  琼州社会组织  Hainan magazine; PDF text layers, UTF-8, LF, double-spaced (a blank line after
                every printed line); running head 琼州社会组织 + issue line 2024年第5期 and a page
                number ·9·; an interview (——访某某, 问：/答：) with a pull quote; kicker / title /
                subtitle; 本刊记者 bylines; Li and Miao names.
  长白山日报    Yanbian city paper; OCR'd scans, GB18030 with CRLF; running head with misread
                digits and letters (2O24, ]0月, 第z版), footer split over two lines; titles after
                the articles on one page with a blank line inside the two-line titles; 上旬/下旬;
                a January issue with late-December events; Korean-Chinese names; one misread
                digit inside a body (l0月), kept as printed in the truth body.

    python3 make_pages_h1g.py        (writes the pages and truth-h1g.json)

Markup in article strings (never printed): {名字} marks a person's name.

Conventions (those of truth-dev4c.json, plus the following decisions):
  * Title = kicker + title + ——subtitle joined without separators, as printed (OCR misreads
    would be kept as printed; none of the titles here carries one).
  * A dateline 本报讯（记者 …） is the attribution, not part of the first paragraph; a top
    byline (本报记者 …, 本刊记者 …) is the attribution when there is no dateline.  Source is
    the publication for 本报/本刊/本网 copy, the printed unit for （据…）/（来源：…）/（…供稿）,
    null for （通讯员 …） alone.  On HTML single-article pages the info line's 来源/作者 part
    (without 发布时间 and 字号) is the attribution; 来源：省民政厅 → source 江苏省民政厅.
  * Agency: a district is named with its city when the district name alone is ambiguous
    (南京市鼓楼区民政局, 苏州市吴江区民政局); the Yanbian prefecture bodies are named in the
    short form staff use (延边州民政局, 延边州委社会工作部); a provincial paper's or magazine's
    省民政厅 / 省社会组织综合党委 is that province's.
  * Interview turns are body paragraphs with 问：/答： kept; an interview with no event date
    takes the issue date.  The pull quote (a repeated sentence set large) is not body text.
  * ◆/● brief items whose marker line runs straight into the first sentence have title null;
    a marker line holding only a headline gives that headline as the title.
  * An article ending （下转第N页） ends there; the marker is not body text.
  * A body misread by OCR is kept as printed in the truth body; the date field is the real date.
  * Honour-list headings and names are body paragraphs; the names are people.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a county, city or division the article does not print before the town or district body is dropped (苏州市姑苏区民政局→姑苏区民政局).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 8; kind 4 (the paper's name without an edition word, source)
3; kind 5 (an agency printed in no form → null, agency) 1; kind 7 (both forms printed → the shorter,
agency) 1 — 13 values, listed in _TRUTH10 and applied as the truth is written; no page changes.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
           "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
           "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
           "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
WEEK = "一二三四五六日"


def unmark(s):
    return s.replace("{", "").replace("}", "")


def names_in(s):
    return re.findall(r"\{([^{}]+)\}", s)


def slogans_of(text):
    t = re.sub(r"\s+", "", unmark(text))
    out = [s for s in SLOGANS if s in t]
    for m in re.findall(r"“([一二三四五六七八九十两]+个[^“”]{1,10})”", t):
        if m not in out:
            out.append(m)
    return out


def A(**kw):
    """An article: k kicker, t title lines (list), s subtitle, body, attr, pos (dateline|top|end|info),
    src, prov, ag, date, caps [(after_para, caption)], tags, tpos (before|after|none)."""
    a = dict(k=None, t=None, s=None, body=[], attr="", pos="end", src=None, prov=None, ag=None,
             caps=[], tags=[], tpos="before", marker=None)
    a.update(kw)
    return a


def title_of(a):
    if a["tpos"] == "none" or not a["t"]:
        return None
    return (a["k"] or "") + "".join(unmark(x) for x in a["t"]) + unmark(a["s"] or "")


def truth_article(a, source_pub):
    printed = " ".join([a["k"] or "", " ".join(a["t"] or []), a["s"] or "", a["attr"],
                        " ".join(a["body"]), " ".join(c for _, c in a["caps"])])
    people = []
    for n in names_in(printed):
        if n not in people:
            people.append(n)
    title = title_of(a)
    return {
        "title": title,
        "body": [unmark(b) for b in a["body"]],
        "attribution": unmark(a["attr"]),
        "source": a["src"],
        "province": a["prov"],
        "agency": a["ag"],
        "date": a["date"],
        "people": people,
        "slogans": slogans_of((title or "") + " " + " ".join(a["body"])),
        "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in [unmark(c) for _, c in a["caps"]]],
        "phenomena": list(a["tags"]),
    }


# ---------------------------------------------------------------- text rendering
def stray(s, rng, p):
    """Insert stray spaces the way PDF/OCR text layers do (around digits, quotes, full stops)."""
    out = []
    for i, ch in enumerate(s):
        if ch in "月日" and i and s[i - 1].isdigit() and rng.random() < p:
            out.append(" ")
        if ch in "”。）" and rng.random() < p / 2:
            out.append(" ")
        out.append(ch)
        if ch in "“（第" and rng.random() < p / 3:
            out.append(" ")
    return "".join(out)


def wrap(s, w, rng):
    lines, i = [], 0
    while i < len(s):
        n = w + rng.choice([-1, 0, 0, 1])
        lines.append(s[i:i + n])
        i += n
    return lines


def render_text_article(a, P, rng):
    w, p = P["width"], P["stray"]
    out = []

    def title_lines():
        tl = []
        if a["k"]:
            tl.append(a["k"])
        for j, x in enumerate(a["t"]):
            if j and P.get("gap_in_title"):
                tl.append("")
            tl.append(unmark(x))
        if a["s"]:
            tl.append(unmark(a["s"]))
        return tl

    if a.get("label"):
        out.append(a["label"])
    if a["marker"]:
        pass
    if a["tpos"] == "before" and a["t"]:
        if a["marker"]:
            out.append(a["marker"] + unmark(a["t"][0]))
        else:
            out += title_lines()
            if not P.get("no_blank"):
                out.append("")
    if a["pos"] == "top" and a["attr"]:
        out.append(unmark(a["attr"]))
    caps = dict(a["caps"])
    for j, b in enumerate(a["body"]):
        text = unmark(b)
        if j == 0 and a["pos"] == "dateline":
            text = unmark(a["attr"]) + text
        if j == 0 and a["marker"] and a["tpos"] != "before":
            text = a["marker"] + text
        out += [stray(l, rng, p) for l in wrap(text, w, rng)]
        if j in caps:
            out += wrap(unmark(caps[j]), w + 1, rng)
        if a.get("pull") == j:
            out += ["", a["pull_text"], ""]
    if a.get("cont"):
        out.append(a["cont"])
    if a["pos"] == "end" and a["attr"]:
        out.append(stray(unmark(a["attr"]), rng, p))
    if a["tpos"] == "after":
        out.append("")
        out += title_lines()
    return out


def write_text(rel, head, foot, arts, P, seed):
    rng = random.Random(seed)
    lines = list(head)
    for a in arts:
        if a.get("pre"):
            lines += a["pre"]
        lines += render_text_article(a, P, rng)
        if not P.get("no_blank"):
            lines.append("")
    lines += foot
    if P.get("double"):
        dl = []
        for l in lines:
            dl.append(l)
            dl.append("")
        lines = dl
    nl = "\r\n" if P["crlf"] else "\n"
    data = nl.join(lines) + nl
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    enc = P["encoding"]
    with open(path, "wb") as f:
        f.write(data.encode(enc))


# ---------------------------------------------------------------- html rendering
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_block(a):
    h = ['<section class="news">']
    if a["k"]:
        h.append('<p class="yt">%s</p>' % esc(a["k"]))
    h.append('<h3 class="bt">%s</h3>' % esc("".join(unmark(x) for x in a["t"])))
    if a["s"]:
        h.append('<p class="ft">%s</p>' % esc(unmark(a["s"])))
    if a["pos"] == "top":
        h.append('<div class="zz">%s</div>' % esc(unmark(a["attr"])))
    h.append('<div class="zw">')
    caps = dict(a["caps"])
    for j, b in enumerate(a["body"]):
        if b.startswith("##"):
            h.append('<p class="xbt"><strong>%s</strong></p>' % esc(unmark(b[2:])))
            continue
        text = unmark(b)
        if j == 0 and a["pos"] == "dateline":
            text = unmark(a["attr"]) + text
        h.append('<p>　　%s</p>' % esc(text))
        if j in caps:
            h.append('<div class="pic"><img src="../res/%d.jpg"><span class="tz">%s</span></div>'
                     % (1000 + 37 * j + len(b), esc(unmark(caps[j]))))
    if a["pos"] == "end" and a["attr"]:
        h.append('<p>%s</p>' % esc(unmark(a["attr"])))
    h.append('</div></section>')
    return h


def fix_subheads(a):
    """Subheadings are marked ## in the generator; in the truth they are plain body paragraphs."""
    a = dict(a)
    a["body"] = [b[2:] if b.startswith("##") else b for b in a["body"]]
    return a


def write_html(rel, doc):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(doc) + "\n")


def jl_page(rel, d, banmian, blocks, briefs=None):
    doc = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<title>金陵日报网-数字报 %s</title></head><body>' % banmian,
           '<div class="top">金陵日报网 | 数字报 | %d年%02d月%02d日 星期%s</div>' % (
               d.year, d.month, d.day, WEEK[d.weekday()]),
           '<div class="bmname">%s</div>' % banmian,
           '<ul class="bmlist"><li><a href="A01.html">A01 要闻</a></li><li><a href="A03.html">A03 党建·民生</a></li><li><a href="A05.html">A05 基层党建</a></li></ul>']
    for a in blocks:
        doc += html_block(a)
    if briefs:
        doc.append('<section class="kx"><h4 class="lm">党建快讯</h4>')
        for a in briefs:
            if a["tpos"] == "before":
                doc.append('<p class="kxbt">◆ %s</p>' % esc(unmark(a["t"][0])))
                doc.append('<p>%s</p>' % esc(unmark(a["body"][0])))
            else:
                doc.append('<p>◆ %s</p>' % esc(unmark(a["body"][0])))
        doc.append('</section>')
    doc.append('<div class="foot">金陵日报社主办　版权所有 未经授权不得转载<br>苏ICP备00000001号</div>')
    doc.append('</body></html>')
    write_html(rel, doc)


def jl_content(rel, d, a, info):
    doc = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<title>%s - 金陵日报网</title></head><body>' % esc(title_of(a)),
           '<div class="crumb">当前位置：首页 &gt; 党建 &gt; 正文</div>',
           '<h1 class="art-title">%s</h1>' % esc(title_of(a)),
           '<div class="art-info">%s</div>' % esc(info),
           '<div class="art-body">']
    caps = dict(a["caps"])
    for j, b in enumerate(a["body"]):
        if b.startswith("##"):
            doc.append('<p style="text-align:center"><b>%s</b></p>' % esc(unmark(b[2:])))
            continue
        doc.append('<p>&nbsp;&nbsp;%s</p>' % esc(unmark(b)))
        if j in caps:
            doc.append('<p class="img-note">%s</p>' % esc(unmark(caps[j])))
    doc += ['</div>', '<div class="art-edit">（责任编辑：陶雨宁）</div>',
            '<div class="foot">金陵日报社主办　版权所有 未经授权不得转载<br>苏ICP备00000001号</div>',
            '</body></html>']
    write_html(rel, doc)


# ---------------------------------------------------------------- the pages
def main():
    truth = {}

    def put(rel, enc, crlf, kind, pkind, ptags, arts, src):
        tags = list(ptags)
        for a in arts:
            for g in a["tags"]:
                if g not in tags:
                    tags.append(g)
        truth[rel] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
                      "phenomena": tags,
                      "articles": [truth_article(fix_subheads(a), src) for a in arts]}

    # ============================ 金陵日报网 (html) ============================
    JL = "金陵日报网"
    SU = "江苏"
    d = datetime.date(2024, 3, 12)
    a1 = A(k="以党建引领破解小区治理难题", t=["南京鼓楼：“红色议事会”开到楼道口"],
           attr="本报记者 {何书瑾} 通讯员 {顾晓彤}", pos="top", src="金陵日报网", prov=SU,
           ag="南京市鼓楼区民政局", date="2024-03-01",
           body=["3月上旬，南京市鼓楼区民政局在宁海路街道8个老旧小区推开“红色议事会”，由小区党支部牵头，物业、业委会和居民代表每月坐到一起商量事。",
                 "“以前电动车堵楼道，说了好几年没人管，现在议事会一周就定了方案。”宁海路街道居民{汤桂芬}说。",
                 "鼓楼区民政局负责人介绍，全区已有46个小区建立议事机制，收集解决各类问题300余件，党建引领基层治理的触角延伸到了楼道口。"],
           caps=[(0, "图为宁海路街道一处楼道里的“红色议事会”现场。何书瑾 摄")],
           tags=["kicker", "byline_top", "captions", "period_date", "province_context", "name_verb"])
    a1["caps"] = [(0, "图为宁海路街道一处楼道里的“红色议事会”现场。{何书瑾} 摄")]
    a2 = A(t=["苏州市社会组织综合党委举办党组织书记示范培训班"],
           attr="（苏州市民政局供稿）", pos="end", src="苏州市民政局", prov=SU,
           ag="苏州市社会组织综合党委", date="2024-03-05",
           body=["3月5日至7日，苏州市社会组织综合党委在吴中区举办全市社会组织党组织书记示范培训班，120余名书记参加培训。",
                 "培训班围绕落实“第一议题”制度、规范“三会一课”、做好发展党员工作等内容开展专题辅导，安排学员到园区两家行业协会党组织现场观摩。"],
           tags=["province_context"])
    a3 = A(t=["徐州市民政局召开清廉机关建设推进会"], s="——推动全面从严治党向纵深发展",
           attr="（通讯员 {张予涵}）", pos="end", src=None, prov=SU, ag="徐州市民政局", date="2024-03-08",
           body=["3月8日上午，徐州市民政局召开清廉机关建设推进会，通报去年以来机关作风建设情况，部署今年清廉机关建设重点任务。",
                 "局党组书记、局长{单立新}指出，要严格落实中央八项规定精神，持之以恒纠治“四风”，把全面从严治党要求贯穿养老服务、社会救助等民生工作全过程。"],
           tags=["subtitle", "half_day_date", "name_verb", "province_context"])
    jl_page(JL + "/20240312/A03.html", d, "第A03版：党建·民生", [a1, a2, a3])
    put(JL + "/20240312/A03.html", "utf-8", False, "html", "provincial", ["html"], [a1, a2, a3], JL)

    a4 = A(t=["江苏省民政厅党组理论学习中心组专题学习研讨"],
           attr="来源：省民政厅　作者：{何书瑾}", pos="info", src="江苏省民政厅", prov=SU,
           ag="江苏省民政厅", date="2024-03-11",
           body=["3月11日上午，省民政厅党组理论学习中心组举行专题学习研讨，深入学习习近平新时代中国特色社会主义思想，交流学习体会。厅党组书记、厅长{蒋文渊}主持并讲话。",
                 "##深刻领悟“两个确立”的决定性意义",
                 "会议指出，要把深刻领悟“两个确立”的决定性意义转化为坚决做到“两个维护”的实际行动，不断增强“四个意识”、坚定“四个自信”。",
                 "##以高质量党建推动民政事业高质量发展",
                 "{蒋文渊}强调，厅机关各党支部要把学习成果体现到兜牢民生底线上来，一是抓好困难群众救助帮扶，二是推进养老服务体系建设，三是做实社会组织党建工作，以模范机关建设推动民政事业高质量发展。",
                 "厅党组成员、副厅长{贾立平}、{韦淑芳}作交流发言。"],
           tags=["subheadings", "enumeration", "half_day_date", "province_context", "name_verb"])
    jl_content(JL + "/20240312/content_3391.html", d, a4,
               "发布时间：2024-03-11 17:05　来源：省民政厅　作者：何书瑾　字号：大 中 小")
    put(JL + "/20240312/content_3391.html", "utf-8", False, "html", "provincial", ["html"], [a4], JL)

    d = datetime.date(2024, 6, 18)
    b0 = A(t=["南京：“小巷管家”里的党员身影"], attr="本报记者 {何书瑾}", pos="top", src="金陵日报网",
           prov=SU, ag="南京市民政局", date="2024-06-11",
           body=["6月中旬，南京市民政局在秦淮区、建邺区评选出首批“红色小巷管家”62名，其中党员占七成以上。",
                 "门东社区党员管家{顾春来}说：“巷子里谁家老人独居、谁家下水道爱堵，我心里都有本账。”"],
           tags=["byline_top", "period_date", "province_context", "name_verb"])
    b1 = A(t=None, tpos="none", src=None, prov=SU, ag="苏州市吴江区民政局", date="2024-06-14",
           body=["6月14日，苏州市吴江区民政局组织40余名党员干部赴盛泽镇开展主题党日活动，重温入党誓词，参观基层党建展示馆。"],
           tags=["briefs", "title_none", "province_context"])
    b2 = A(t=["徐州市养老服务行业党委成立"], src=None, prov=SU, ag="徐州市民政局", date="2024-06-18",
           body=["日前，徐州市养老服务行业党委成立，首批将全市31家养老机构党组织纳入管理，由市民政局派出党建工作指导员。"],
           tags=["briefs", "relative_date", "province_context"])
    b3 = A(t=None, tpos="none", src=None, prov=SU, ag="南京市江宁区民政局", date="2024-06-12",
           body=["6月12日下午，南京市江宁区民政局召开党纪学习教育读书班结业会，要求党员干部把纪律规矩转化为日常习惯，以学正风。"],
           tags=["briefs", "title_none", "half_day_date", "province_context"])
    b4 = A(t=None, tpos="none", src=None, prov=SU, ag="徐州市铜山区民政局", date="2024-06-18",
           body=["近日，徐州市铜山区民政局机关党支部书记{庞思远}为全体党员讲授专题党课，勉励大家牢记“国之大者”，当好群众贴心人。"],
           tags=["briefs", "title_none", "relative_date", "province_context"])
    b5 = A(t=["苏州工业园区社会组织党群服务中心开放"], src=None, prov=SU,
           ag="苏州工业园区社会组织综合党委", date="2024-06-15",
           body=["6月15日，苏州工业园区社会组织党群服务中心对外开放，设党员活动室、公益路演厅等功能区，可为200余家社会组织提供党建服务。"],
           tags=["briefs", "province_context"])
    bs = [b1, b2, b3, b4, b5]
    jl_page(JL + "/20240618/A05.html", d, "第A05版：基层党建", [b0], bs)
    put(JL + "/20240618/A05.html", "utf-8", False, "html", "provincial", ["html", "column_label"], [b0] + bs, JL)

    d = datetime.date(2025, 1, 7)
    c1 = A(t=["南京市民政局召开机关党支部书记抓党建述职评议会"],
           attr="来源：南京市民政局　作者：{顾晓彤}", pos="info", src="南京市民政局", prov=SU,
           ag="南京市民政局", date="2024-12-27",
           body=["12月27日，南京市民政局召开机关党支部书记抓党建述职评议会，11名党支部书记逐一述职，局党组成员现场点评。",
                 "局党组书记、局长{邵明哲}强调，要对照模范机关标准查找差距，压紧压实全面从严治党责任，推动党建和业务深度融合。"],
           caps=[(1, "述职评议会现场。{顾晓彤} 摄")],
           tags=["year_boundary", "captions", "name_verb", "province_context"])
    jl_content(JL + "/20250107/content_8802.html", d, c1,
               "发布时间：2025-01-06 10:12　来源：南京市民政局　作者：顾晓彤　字号：大 中 小")
    put(JL + "/20250107/content_8802.html", "utf-8", False, "html", "provincial", ["html"], [c1], JL)

    c2 = A(k="岁末年初送温暖", t=["徐州：党员志愿者走进“一老一小”家庭"],
           attr="本报记者 {何书瑾} 通讯员 {季晓冉}", pos="top", src="金陵日报网", prov=SU,
           ag="徐州市民政局", date="2024-12-21",
           body=["12月下旬以来，徐州市民政局组织300余名党员志愿者分组走进困难老人和困境儿童家庭，送去棉衣、取暖器和慰问金。",
                 "在云龙区彭城街道，独居老人{胡秀兰}拉着志愿者的手说：“天一冷，你们就来了，心里热乎。”",
                 "据介绍，此次活动将持续到春节前，覆盖全市各县（市、区）。"],
           caps=[(1, "▲ 党员志愿者为独居老人检查取暖设备。{季晓冉} 摄")],
           tags=["kicker", "byline_top", "year_boundary", "period_date", "captions", "province_context"])
    c3 = A(t=["苏州市姑苏区社会组织党建“三级联动”工作机制启动"], attr="（来源：姑苏区民政局）", pos="end",
           src="姑苏区民政局", prov=SU, ag="姑苏区民政局", date="2025-01-03",
           body=["1月3日，苏州市姑苏区启动社会组织党建区、街道、社区“三级联动”工作机制，明确三级党组织在组织覆盖、活动开展、阵地共享等方面的职责清单。"],
           tags=["province_context"])
    c4 = A(t=["江苏省社会组织综合党委召开委员会议"], attr="（据江苏省民政厅）", pos="end",
           src="江苏省民政厅", prov=SU, ag="江苏省社会组织综合党委", date="2025-01-06",
           body=["1月6日上午，江苏省社会组织综合党委召开委员会议，传达学习二十届三中全会精神，研究今年全省社会组织党建工作要点。",
                 "会议要求，围绕党的二十大精神学习宣传贯彻，抓好社会组织党组织书记轮训和“两个覆盖”质量提升。"],
           tags=["half_day_date"])
    jl_page(JL + "/20250107/A04.html", d, "第A04版：党建·民生", [c2, c3, c4])
    put(JL + "/20250107/A04.html", "utf-8", False, "html", "provincial", ["html"], [c2, c3, c4], JL)

    # ============================ 琼州社会组织 (magazine) ============================
    QZ = "琼州社会组织"
    HN = "海南"
    QP = dict(width=15, stray=0.25, crlf=False, encoding="utf-8", double=True)

    def qhead(issue, page, label):
        h = ["琼州社会组织", issue, ""]
        return h + ([label, ""] if label else [])

    m1 = A(t=["让党建“红线”串起", "社会组织“珍珠”"],
           s="——访琼中黎族苗族自治县社会组织综合党委书记{符玉兰}",
           attr="本刊记者 {陈思蔓}", pos="top", src=QZ, prov=HN,
           ag="琼中黎族苗族自治县社会组织综合党委", date="2024-05-15",
           body=["琼中黎族苗族自治县地处海南岛中部山区，全县登记社会组织200余家，多数规模小、党员少。近年来，县社会组织综合党委探索“联合建、结对帮”的做法，让一批“空白点”亮起了党旗。",
                 "问：琼中社会组织党建工作的难点在哪里？",
                 "答：难点在“散”。不少协会只有三五个专职人员，党员分散在各乡镇，组织生活很难开起来。我们按行业和片区组建联合党支部，把“三会一课”开到合作社、开到茶园边上。",
                 "问：党建怎么和社会组织的业务结合起来？",
                 "答：我们推行“五个到位”，即组织设置到位、党员管理到位、活动开展到位、阵地保障到位、作用发挥到位。让每一个社会组织都有党的声音，党组织说话群众才愿意听。",
                 "问：下一步有什么打算？",
                 "答：坚持党建引领，重点抓好黎族苗族党员骨干培养，计划用两年时间培养100名懂政策、会双语的社会组织党务工作者。"],
           pull=4, pull_text="“让每一个社会组织都有党的声音。”",
           tags=["interview", "byline_top", "subtitle", "multi_line_title", "pull_quote", "province_context", "column_label"])
    write_text(QZ + "/2024-05-15/09.txt", qhead("2024年第5期", 9, "【书记访谈】"), ["·9·"], [m1], QP, 901)

    m2 = A(t=["海口市民政局开展“党建+养老”", "志愿服务"], attr="（本刊记者 {陈思蔓}）", pos="end", src=QZ,
           prov=HN, ag="海口市民政局", date="2024-04-21",
           body=["4月下旬，海口市民政局组织机关党员和养老机构党员组成12支志愿服务队，走进美兰区、琼山区的敬老院开展义诊、理发、读报等服务。",
                 "市民政局有关负责人表示，将把“党建+养老”志愿服务纳入机关党支部年度考核，推动服务常态化。"],
           tags=["multi_line_title", "period_date", "province_context"])
    m3 = A(t=["五指山市社会组织党员", "亮身份践承诺"], attr="（通讯员 {王亚光}）", pos="end", src=None,
           prov=HN, ag="五指山市民政局", date="2024-05-15",
           body=["近日，五指山市民政局在全市社会组织中开展党员“亮身份、践承诺”活动，86名党员佩戴党徽上岗，公开承诺事项。",
                 "水满乡黎族老党员{黄亚香}说：“牌子一挂，群众有事就知道该找谁。”"],
           tags=["multi_line_title", "relative_date", "name_verb", "province_context"])
    m4 = A(t=["保亭县举办社会组织党务干部培训班"], attr="（来源：保亭黎族苗族自治县民政局）", pos="end",
           src="保亭黎族苗族自治县民政局", prov=HN, ag="保亭黎族苗族自治县民政局", date="2024-05-08",
           body=["5月8日至10日，保亭黎族苗族自治县民政局举办社会组织党务干部培训班，50余名学员参加。",
                 "苗族学员{盘金秀}表示，培训讲得实、用得上，回去后要把支部工作规范起来。"],
           tags=["name_verb", "province_context"])
    write_text(QZ + "/2024-05-15/10.txt", qhead("2024年第5期", 10, "基层动态"), ["·10·"], [m2, m3, m4], QP, 902)

    m5 = A(k="党建引领乡村振兴", t=["黎乡苗寨里的", "“红色合作社”"], s="——白沙黎族自治县社会组织党建工作观察",
           attr="本刊记者 {陈思蔓}　{吉文博}", pos="top", src=QZ, prov=HN, ag="白沙黎族自治县民政局",
           date="2024-08-21",
           body=["8月下旬，记者走进白沙黎族自治县打安镇，茶园里绿意正浓。几名戴着党徽的合作社社员正在教村民修剪茶树。",
                 "##支部建在合作社上",
                 "2022年，打安镇茶叶种植专业合作社成立党支部，合作社负责人{符永清}担任支部书记。“过去大家各种各的，现在支部带着大家统一标准、统一销售。”{符永清}说。",
                 "##党员带头闯市场",
                 "县民政局推动全县28家农民专业合作社和社会组织建立党组织，一是选派党建工作指导员，二是开展党员示范岗评选，三是搭建线上销售平台。苗族党员{邓秀英}带头直播卖茶，一年帮村民销售茶叶2万余斤。",
                 "在党建引领下，白沙的茶产业正走上高质量发展之路。县民政局负责人说，将以学习贯彻党的二十大精神为主线，继续把党组织"],
           caps=[(2, "▲ 合作社党员在茶园里教村民管护茶苗。（{吉文博} 摄）")],
           cont="（下转第23页）",
           tags=["kicker", "subtitle", "multi_line_title", "byline_top", "subheadings", "enumeration",
                 "captions", "period_date", "name_verb", "continued", "province_context", "column_label"])
    write_text(QZ + "/2024-09-15/21.txt", qhead("2024年第9期", 21, "乡村振兴·党建聚力"), ["·21·"], [m5], QP, 903)

    m6 = A(t=["省社会组织综合党委", "召开年度述职评议会"], attr="（来源：海南省民政厅）", pos="end",
           src="海南省民政厅", prov=HN, ag="海南省社会组织综合党委", date="2024-12-21",
           body=["12月下旬，省社会组织综合党委召开所属党组织书记抓党建工作述职评议会，15名书记现场述职。",
                 "会议要求，坚持以习近平新时代中国特色社会主义思想为指导，推动全省社会组织党建工作提质增效。"],
           tags=["multi_line_title", "year_boundary", "period_date", "province_context"])
    m7 = A(t=["三亚市民政局表彰一批", "优秀党务工作者和优秀共产党员"], attr="（通讯员 {邢海燕}）", pos="end", src=None,
           prov=HN, ag="三亚市民政局", date="2024-12-30",
           body=["12月30日，三亚市民政局召开表彰会，对一批优秀党务工作者和优秀共产党员予以表彰。名单如下：",
                 "优秀党务工作者（5名）：{符亚妹}、{王家雄}、{黎秀梅}、{邢德光}、{陈立伟}",
                 "优秀共产党员（5名）：{吉亚平}、{蒲美兰}、{黄开宇}、{陈小娟}、{林志海}"],
           tags=["multi_line_title", "year_boundary", "honour_list", "province_context"])
    m8 = A(t=["琼海市社会组织开展“新春送福”活动"], attr="（本刊记者 {吉文博}）", pos="end", src=QZ,
           prov=HN, ag="琼海市民政局", date="2025-01-01",
           body=["1月上旬，琼海市民政局组织全市社会组织党组织开展“新春送福”活动，为困难群众送春联、送年货、送义诊，推出“三个一”服务。"],
           tags=["period_date", "province_context"])
    write_text(QZ + "/2025-01-15/12.txt", qhead("2025年第1期", 12, "工作动态"), ["·12·"], [m6, m7, m8], QP, 904)
    for rel, arts in [("2024-05-15/09.txt", [m1]), ("2024-05-15/10.txt", [m2, m3, m4]),
                      ("2024-09-15/21.txt", [m5]), ("2025-01-15/12.txt", [m6, m7, m8])]:
        put(QZ + "/" + rel, "utf-8", False, "text", "magazine", ["double_spaced", "stray_spaces"], arts, QZ)

    # ============================ 长白山日报 (ocr) ============================
    CB = "长白山日报"
    JLP = "吉林"
    CP = dict(width=13, stray=0.3, crlf=True, encoding="gb18030", gap_in_title=True)
    FOOT = ["责任编辑：金哲秀", "美编：朴英子　校对：崔光日"]

    e1 = A(t=["延边州民政局召开", "模范机关建设推进会"], attr="本报讯（记者 {南昌洙}）", pos="dateline",
           src=CB, prov=JLP, ag="延边州民政局", date="2024-03-19",
           body=["3月19日，州民政局召开模范机关建设推进会，部署全州民政系统模范机关建设州、县、乡“三级联动”工作。",
                 "州民政局党组书记、局长{许龙范}强调，要以高质量党建推动民政事业高质量发展，让群众在家门口感受到模范机关建设成效。"],
           tags=["dateline", "multi_line_title", "name_verb", "province_context"])
    e2 = A(t=["延吉市社会组织党建", "工作站挂牌"], attr="（通讯员 {玄美兰}）", pos="end", src=None, prov=JLP,
           ag="延吉市民政局", date="2024-03-01",
           body=["3月上旬，延吉市民政局在河南街道挂牌成立社会组织党建工作站，为辖区30余家社会组织提供党员教育、党务指导等服务。",
                 "延吉市朝鲜族老年协会会长{方顺姬}说，有了工作站，协会的党员活动有了固定场所。"],
           tags=["multi_line_title", "period_date", "province_context", "name_verb"])
    e3 = A(t=["龙井市民政局开展", "“学雷锋”志愿服务"], attr="（据龙井市民政局）", pos="end",
           src="龙井市民政局", prov=JLP, ag="龙井市民政局", date="2024-03-05",
           body=["3月5日，龙井市民政局组织党员志愿者走进安民街道敬老院，为老人理发、测血压、打扫房间。"],
           caps=[(0, "图为党员志愿者为老人理发。（{全明浩} 摄）")],
           tags=["multi_line_title", "captions", "province_context"])
    write_text(CB + "/2024-03-22/02.txt",
               ["长白山日报", "2O24年3月22日 星期五", "第2版　基层党建"], FOOT, [e1, e2, e3], CP, 301)
    put(CB + "/2024-03-22/02.txt", "gb18030", True, "ocr", "provincial", ["ocr", "gb18030", "crlf", "stray_spaces"],
        [e1, e2, e3], CB)

    f1 = A(t=["图们市社会组织综合党委", "举办党务工作者培训班"], attr="本报讯（记者 {南昌洙} 通讯员 {金春燕}）",
           pos="dateline", src=CB, prov=JLP, ag="图们市社会组织综合党委", date="2024-10-15",
           body=["l0月15日至16日，图们市社会组织综合党委举办党务工作者培训班，围绕“三会一课”、党费收缴等内容进行辅导，60余名党务工作者参加。"],
           tags=["dateline", "multi_line_title", "ocr", "province_context"])
    f2 = A(t=["和龙市民政局开展", "党纪学习教育专题党课"], attr="（通讯员 {崔成哲}）", pos="end", src=None,
           prov=JLP, ag="和龙市民政局", date="2024-10-11",
           body=["10月中旬，和龙市民政局党组书记{李东浩}以“严守纪律规矩 争做清廉干部”为题讲授专题党课。",
                 "党课要求全体党员干部严格落实中央八项规定精神，把全面从严治党要求落到民政服务每个环节。"],
           tags=["multi_line_title", "period_date", "province_context"])
    f3 = A(t=["珲春：朝汉双语“红色宣讲队”", "走进社区"], attr="本报记者 {南昌洙}", pos="top", src=CB, prov=JLP,
           ag="珲春市民政局", date="2024-09-21",
           body=["9月下旬以来，珲春市民政局组建的朝汉双语“红色宣讲队”走进靖和街道等12个社区，用朝鲜语、汉语两种语言宣讲二十届三中全会精神。",
                 "“老人们用朝鲜语听得更明白，提问也更多了。”宣讲队队长{朴贞淑}说。"],
           tags=["multi_line_title", "byline_top", "period_date", "province_context", "name_verb"])
    write_text(CB + "/2024-10-18/03.txt",
               ["长白山日报", "2024年]0月18日", "星期五　第3版"], FOOT, [f1, f2, f3], CP, 302)
    put(CB + "/2024-10-18/03.txt", "gb18030", True, "ocr", "provincial", ["ocr", "gb18030", "crlf", "stray_spaces"],
        [f1, f2, f3], CB)

    g1 = A(t=["州委社会工作部召开全州社会组织", "党建工作总结会"], attr="本报讯（记者 {南昌洙}）", pos="dateline",
           src=CB, prov=JLP, ag="延边州委社会工作部", date="2024-12-26", tpos="after",
           body=["12月26日，州委社会工作部召开全州社会组织党建工作总结会，总结一年来工作，部署明年任务。",
                 "会议要求，坚持党建引领，推动社会组织党的组织和工作“两个覆盖”提质增效。"],
           tags=["dateline", "multi_line_title", "title_after", "year_boundary", "province_context"])
    g2 = A(t=["敦化市民政局召开", "专题民主生活会"], attr="（通讯员 {李香玉}）", pos="end", src=None, prov=JLP,
           ag="敦化市民政局", date="2024-12-21", tpos="after",
           body=["12月下旬，敦化市民政局党组召开专题民主生活会，党组书记、局长{全成浩}代表党组作对照检查，班子成员逐一开展批评和自我批评。"],
           tags=["multi_line_title", "title_after", "year_boundary", "period_date", "province_context"])
    g3 = A(t=["汪清县民政局开展", "冬季送温暖活动"], attr="（据汪清县民政局）", pos="end", src="汪清县民政局",
           prov=JLP, ag="汪清县民政局", date="2025-01-01", tpos="after",
           body=["1月上旬，汪清县民政局党员干部分组走访慰问困难老党员和低保户，送去米面油和慰问金。"],
           tags=["multi_line_title", "title_after", "period_date", "province_context"])
    write_text(CB + "/2025-01-10/02.txt",
               ["长自山日报", "2025年1月l0日 星期五", "第2版 综合"], FOOT, [g1, g2, g3], CP, 303)
    put(CB + "/2025-01-10/02.txt", "gb18030", True, "ocr", "provincial", ["ocr", "gb18030", "crlf", "stray_spaces"],
        [g1, g2, g3], CB)

    h1 = A(t=["延吉市表彰2024年度", "优秀社会组织党组织书记"], attr="（通讯员 {玄美兰}）", pos="end", src=None,
           prov=JLP, ag="延吉市民政局", date="2025-01-07",
           body=["1月7日，延吉市民政局召开社会组织党建工作会议，表彰2024年度优秀社会组织党组织书记。受表彰人员名单如下：",
                 "行业协会商会类：{金光日}、{朴美淑}、{王海涛}",
                 "社会服务机构类：{崔英爱}、{韩春梅}、{李成林}、{赵明哲}"],
           tags=["multi_line_title", "honour_list", "province_context"])
    h2 = A(t=None, tpos="none", marker="● ", src=None, prov=JLP, ag="安图县民政局", date="2025-01-06",
           body=["1月6日上午，安图县民政局召开机关党建工作会议，部署今年清廉机关建设任务。"],
           tags=["briefs", "title_none", "half_day_date", "province_context"])
    h3 = A(t=None, tpos="none", marker="● ", src=None, prov=JLP, ag="珲春市社会组织综合党委", date="2024-12-30",
           body=["12月30日，珲春市社会组织综合党委为新成立的5个社会组织党支部授牌。"],
           tags=["briefs", "title_none", "year_boundary", "province_context"])
    h4 = A(t=None, tpos="none", marker="● ", src=None, prov=JLP, ag="龙井市民政局", date="2025-01-10",
           body=["近日，龙井市民政局机关党支部书记{金英爱}讲授专题党课，引导党员干部增强“四个意识”。"],
           tags=["briefs", "title_none", "relative_date", "province_context"])
    h2["pre"] = ["短讯"]
    write_text(CB + "/2025-01-10/03.txt",
               ["长白山日报", "2025年1月10日", "星期五　第3版　基层党建"], FOOT, [h1, h2, h3, h4],
               dict(CP, no_blank=True, gap_in_title=False), 304)
    put(CB + "/2025-01-10/03.txt", "gb18030", True, "ocr", "provincial",
        ["ocr", "gb18030", "crlf", "stray_spaces", "no_blank_lines", "column_label"], [h1, h2, h3, h4], CB)

    with open(os.path.join(HERE, "truth-h1g.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(truth), f, ensure_ascii=False, indent=1)
        f.write("\n")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("金陵日报网/20240312/A03.html", 1, "agency", "南京市鼓楼区民政局", "鼓楼区民政局", 7),
    ("金陵日报网/20240618/A05.html", 6, "agency", "苏州工业园区社会组织综合党委", None, 5),
    ("金陵日报网/20240312/A03.html", 1, "source", "金陵日报网", "金陵日报", 4),
    ("金陵日报网/20240618/A05.html", 1, "source", "金陵日报网", "金陵日报", 4),
    ("金陵日报网/20250107/A04.html", 1, "source", "金陵日报网", "金陵日报", 4),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
