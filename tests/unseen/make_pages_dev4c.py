#!/usr/bin/env python3
"""Generate the dev4c set of unseen pages and their ground truth (truth-dev4c.json).

Three publications, every article invented for this set (genre imitation only; all names of
people are made up):
  辽沈民政周报  Liaoning civil-affairs weekly; PDF text layers in UTF-8 with BOM and CRLF;
                13-15 character columns, stray spaces, running head split over lines on some
                pages, constant footer 责任编辑/校对; titles after the attribution on half of
                the pages; section labels 基层党建·经验交流 / 理论园地; an article of page 1
                ending （下转第4版） and its title-less fragment （上接第1版） on page 4; a
                January issue with late-December events.
  民生时报      national paper, feature page (社会·党建); UTF-8, LF; kicker + title + ——subtitle,
                本报记者 某某 某某 under the title, long features with subheadings and several
                captions, 本报北京X月X日电（记者 某某） and 新华社北京X月X日电 datelines,
                national bodies beside provincial reports.
  豫民政务网    Henan e-paper in HTML (UTF-8); issue folders written 20240410; 版面 pages with
                several <div class="article"> blocks, single-article content pages with an
                info line 来源/作者/时间, one ◆ briefs block.

    python3 make_pages_dev4c.py        (writes the pages and truth-dev4c.json)

Markup in article strings (never printed): {名字} a person's name; ¦ a forced column break.

Conventions decided here (beyond truth-dev3a.json):
  * A dateline (本报讯（记者 某某）, 本报北京5月17日电（记者 某某）, 新华社北京…电（记者 …）)
    is the article's attribution and is not part of the first body paragraph; 新华社 copy has
    source 新华社.  A feature's top byline (本报记者 A B) is its attribution when it has no
    dateline.
  * The event date of a dateline article is the date of the event in the lead (民政部17日 →
    the 17th of the dateline month), not the filing date of the dateline, when they differ.
  * The fragment （上接第1版） on page 4 is an article of its own with title null and
    attribution "" (none printed there) and source null; province, agency and date are those of
    the article it continues (facts of the same report).  The page-1 part ends without an
    attribution; its top byline is its attribution.  （下转…）/（上接…） are not body text.
  * HTML single-article pages: the info line's 来源/作者 part is the attribution (as printed,
    without the 时间 part); source is the 来源 body in full form (省民政厅 → 河南省民政厅);
    the issue date is the folder date.  HTML encoding is declared "utf-8", kind "html".
  * A ◆ brief item whose marker line is followed by its first sentence has title null; an item
    whose marker line holds a short headline on its own has that line as its title.
  * Subheadings of features are body paragraphs (as in truth-dev3a); captions are kept whole
    with their photographer credit, and the photographer is a person of the article.
  * Interview turns are body paragraphs with the speaker prefix kept.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (金水区民政局→郑州市金水区民政局; 铁西区民政局→沈阳市铁西区民政局).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 7 — 7 values, listed in _TRUTH10 and applied as the truth is
written; no page changes.
"""
import datetime
import html
import json
import os
import random
import re

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
NUMBERED = re.compile(r"“([一二三四五六七八九十两]+[个项][^“”\s]{1,12})”")
WEEK = "一二三四五六日"


def weekday(d):
    return "星期" + WEEK[datetime.date.fromisoformat(d).weekday()]


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def clean(s):
    return (s or "").replace("¦", "").replace("{", "").replace("}", "")


def unmark(s):
    return (s or "").replace("{", "").replace("}", "")


def names_in(s):
    return [n.replace("¦", "") for n in re.findall(r"\{([^{}]+)\}", s or "")]


def A(**kw):
    a = dict(kicker=None, title=None, sub=None, title_pos="before", byline=None, dateline=None,
             body=[], attr=None, attribution=None, captions=[], label=None, cont_top=None,
             cont_end=None, marker=None, source=None, province=None, agency=None, date=None,
             tags=[], info=None)
    a.update(kw)
    return a


# ----------------------------------------------------------------------------- text layout
CLOSERS = "，。、；：？！”）》…"


def wrap(text, width, rng):
    out = []
    for seg in text.split("¦"):
        line, i = "", 0
        w = width + rng.randint(-1, 1)
        while i < len(seg):
            line += seg[i]
            i += 1
            if len(line) >= w:
                while i < len(seg) and seg[i] in CLOSERS:
                    line += seg[i]
                    i += 1
                out.append(line)
                line, w = "", width + rng.randint(-1, 1)
        if line:
            out.append(line)
    return out


def stray(line, rng, p):
    spots = [m.start() for m in re.finditer(r"(?<=月)\d|(?=。)|(?=”)|(?<=“)|(?<=\d)(?=[名个家人余])", line)]
    for pos in sorted(spots, reverse=True):
        if rng.random() < p:
            line = line[:pos] + " " + line[pos:]
    return line


def render_text(P, arts, rng):
    out = list(P["head"])
    for a in arts:
        out.append("")
        if a["label"]:
            out += [a["label"], ""]
        if a["cont_top"]:
            out.append(a["cont_top"])
        tl = []
        for k in ("kicker", "title", "sub"):
            if a[k]:
                tl += [stray(x, rng, P["stray"] / 2) for x in unmark(a[k]).split("¦")]
        if a["title_pos"] == "before":
            out += tl
        if a["byline"]:
            out += unmark(a["byline"]).split("¦")
        caps = {}
        for idx, c in a["captions"]:
            caps.setdefault(idx, []).append(c)
        for k, para in enumerate(a["body"]):
            text = unmark(para)
            if k == 0 and a["dateline"]:
                text = unmark(a["dateline"]) + text
            if P.get("indent"):
                text = P["indent"] + text
            out += [stray(l, rng, P["stray"]) for l in wrap(text, P["width"], rng)]
            if P.get("para_gap"):
                out.append("")
            for c in caps.get(k, []):
                out += wrap(unmark(c), P["width"] + 2, rng)
                if P.get("para_gap"):
                    out.append("")
        if a["cont_end"]:
            out.append(a["cont_end"])
        if a["attr"]:
            out += unmark(a["attr"]).split("¦")
        if a["title_pos"] == "after":
            out += tl
    out.append("")
    out += P["foot"]
    return out


# ----------------------------------------------------------------------------- html layout
def h(s):
    return html.escape(unmark(s).replace("¦", ""), quote=False)


def render_html(pub, date, page, P, arts):
    o = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
         f"<title>{P['ptitle']}</title></head><body>",
         f"<div class=\"topnav\">{pub} &gt; 电子版 &gt; {cn_date(date)} &gt; {P['nav']}</div>"]
    if P.get("single"):
        a = arts[0]
        o.append("<div class=\"content\">")
        o.append(f"<h1>{h(a['title'])}</h1>")
        o.append(f"<div class=\"info\">{h(a['info'])}</div>")
        for k, p in enumerate(a["body"]):
            o.append(f"<p>&nbsp;&nbsp;{h(p)}</p>")
            for idx, c in a["captions"]:
                if idx == k:
                    o.append(f"<div class=\"pic\"><img src=\"../img/{page}_{k}.jpg\"><p class=\"caption\">{h(c)}</p></div>")
        o.append("<div class=\"editor\">【责任编辑：谷雨晴】</div></div>")
    else:
        o.append(f"<div class=\"banmian\"><span class=\"bm\">{P['nav']}</span></div>")
        for a in arts:
            if a["marker"]:
                continue
            o.append("<div class=\"article\">")
            if a["kicker"]:
                o.append(f"<h4 class=\"kicker\">{h(a['kicker'])}</h4>")
            o.append(f"<h2 class=\"headline\">{h(a['title'])}</h2>")
            if a["sub"]:
                o.append(f"<h3 class=\"subtitle\">{h(a['sub'])}</h3>")
            if a["byline"]:
                o.append(f"<p class=\"byline\">{h(a['byline'])}</p>")
            for k, p in enumerate(a["body"]):
                t = (unmark(a["dateline"]) if k == 0 and a["dateline"] else "") + p
                o.append(f"<p>{h(t)}</p>")
                for idx, c in a["captions"]:
                    if idx == k:
                        o.append(f"<div class=\"pic\"><img src=\"../img/{page}_{k}.jpg\"><p class=\"caption\">{h(c)}</p></div>")
            if a["attr"]:
                o.append(f"<p class=\"source\">{h(a['attr'])}</p>")
            o.append("</div>")
        briefs = [a for a in arts if a["marker"]]
        if briefs:
            o.append("<div class=\"briefs\"><h3 class=\"column\">党建快讯</h3>")
            for a in briefs:
                if a["title"]:
                    o.append(f"<p class=\"brief-title\">{a['marker']} {h(a['title'])}</p>")
                    o += [f"<p>{h(p)}</p>" for p in a["body"]]
                else:
                    o.append(f"<p>{a['marker']} {h(a['body'][0])}</p>")
                    o += [f"<p>{h(p)}</p>" for p in a["body"][1:]]
            o.append("</div>")
    o.append("<div class=\"footer\">主办：河南省民政厅　豫ICP备00000000号</div>")
    o.append("</body></html>")
    return "\n".join(o) + "\n"


# ----------------------------------------------------------------------------- content
LS = "辽沈民政周报"
MS = "民生时报"
YM = "豫民政务网"
LS_FOOT = ["责任编辑：郝立新　校对：单雪梅"]


def ls_head(d, page, sect, split):
    if split:
        return [f"{LS}　{cn_date(d)[:-len(cn_date(d).split('月')[1])]}", f"{cn_date(d).split('月')[1]} {weekday(d)}　第{page}版　{sect}"]
    return [LS, f"{cn_date(d)}　{weekday(d)}", f"第{page}版　{sect}"]


def ms_head(d, page):
    return [MS, f"{cn_date(d)}　{weekday(d)}", str(page), "社会·党建"]


PAGES = []

# ---------------- 辽沈民政周报
d = "2024-03-13"
PAGES.append(dict(pub=LS, date=d, page="01", ext="txt", kind="text", pk="provincial",
    enc="utf-8-sig", crlf=True, width=14, stray=0.25, head=ls_head(d, 1, "要闻", False), foot=LS_FOOT,
    tags=["utf8_bom", "crlf", "stray_spaces", "province_context", "dateline", "half_day_date",
          "column_label", "byline_top", "continued", "multi_line_title", "captions", "period_date",
          "name_verb"],
    arts=[
    A(title="省民政厅召开2024年全面从严治党¦暨机关党建工作会议", dateline="本报讯（记者 {庞振宇}）",
      attribution="本报讯（记者 庞振宇）", source=LS, province="辽宁", agency="辽宁省民政厅", date="2024-03-08",
      tags=["province_context", "dateline", "half_day_date", "multi_line_title", "name_verb"], body=[
      "3月8日上午，省民政厅召开2024年全面从严治党暨机关党建工作会议，总结去年工作，部署今年任务。厅党组书记、厅长{关晓岚}出席会议并讲话。",
      "{关晓岚}指出，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，以模范机关建设为抓手推动机关党建高质量发展。",
      "会议对去年度机关党建工作考核优秀的6个党支部进行了通报表扬。厅机关各处室和直属单位党组织书记参加会议。"]),
    A(label="基层党建·经验交流", title="沈阳：“红色物业”¦让居民办事不出小区", byline="□本报记者 {庞振宇} 通讯员 {栾一鸣}",
      attribution="本报记者 庞振宇 通讯员 栾一鸣", source=LS, province="辽宁", agency="沈阳市民政局", date="2024-03-01",
      cont_end="（下转第4版）",
      tags=["province_context", "column_label", "byline_top", "continued", "period_date", "multi_line_title", "name_verb"], body=[
      "3月上旬，沈阳市民政局在和平区、皇姑区召开“红色物业”现场推进会，推动物业服务企业党组织纳入社区党建工作体系，以党建引领破解小区治理难题。",
      "“过去楼道里堆满杂物，现在党员物管员天天巡查，有事在微信群里一说就办。”和平区南湖街道居民{佟桂芝}说。",
      "据了解，沈阳市已有400余家物业服务企业建立党组织，"]),
    A(title="大连市社会组织综合党委¦举办党务工作者培训班", attr="（据大连市民政局）", attribution="（据大连市民政局）",
      source="大连市民政局", province="辽宁", agency="大连市社会组织综合党委", date="2024-03-05",
      tags=["province_context", "multi_line_title"], body=[
      "3月5日至7日，大连市社会组织综合党委举办全市社会组织党务工作者培训班，80余名学员参加培训。",
      "培训围绕“三会一课”、发展党员、党费收缴使用等内容开展专题辅导，并组织学员赴旅顺口区开展现场教学。"]),
    A(title="铁西区党员志愿者¦走进社区送服务", attribution="", source=None, province="辽宁", agency="沈阳市铁西区民政局",
      date="2024-03-05", captions=[(0, "图为兴华街道党员志愿者为社区老人理发。（{尹博文} 摄）")],
      tags=["province_context", "captions", "multi_line_title"], body=[
      "3月5日学雷锋纪念日当天，沈阳市铁西区民政局组织40余名党员志愿者走进兴华街道各社区，开展义诊、理发、政策咨询等志愿服务。"]),
    ]))
PAGES.append(dict(pub=LS, date=d, page="04", ext="txt", kind="text", pk="provincial",
    enc="utf-8-sig", crlf=True, width=13, stray=0.2, head=ls_head(d, 4, "理论·基层", True), foot=LS_FOOT,
    tags=["utf8_bom", "crlf", "stray_spaces", "continued", "title_none", "column_label", "byline_top",
          "enumeration", "title_after", "half_day_date", "multi_line_title", "name_verb", "province_context"],
    arts=[
    A(cont_top="（上接第1版）", attribution="", source=None, province="辽宁", agency="沈阳市民政局", date="2024-03-01",
      title_pos="none", tags=["province_context", "continued", "title_none", "name_verb"], body=[
      "其中，和平区实现物业服务企业党组织全覆盖。",
      "沈阳市民政局党组书记{韩立军}表示，下一步将把“红色物业”纳入区、街道、社区“三级联动”工作机制，让党员在家门口亮身份、作表率。"]),
    A(label="理论园地", title="以“四个结合”推动¦民政机关党建提质增效", byline="文/{鲍静怡}",
      attr="（作者系辽宁大学马克思主义学院副教授）", attribution="鲍静怡（作者系辽宁大学马克思主义学院副教授）",
      source=None, province=None, agency=None, date=d,
      tags=["column_label", "byline_top", "enumeration", "multi_line_title"], body=[
      "机关党建是民政工作的“根”和“魂”。推动民政机关党建提质增效，需要在“四个结合”上下功夫。",
      "一是把政治引领与业务工作结合起来。坚持“第一议题”制度，把习近平新时代中国特色社会主义思想贯穿民政工作全过程。",
      "二是把支部建设与服务群众结合起来。三是把作风建设与清廉机关建设结合起来，坚决纠治“四风”。四是把制度建设与考核评价结合起来，让党建工作可量化、可检验。"]),
    A(title="鞍山市民政局¦推进清廉机关建设", title_pos="after", attr="（通讯员 {季雨桐}）", attribution="（通讯员 季雨桐）",
      source=None, province="辽宁", agency="鞍山市民政局", date="2024-03-11",
      tags=["province_context", "title_after", "half_day_date", "multi_line_title", "name_verb"], body=[
      "3月11日下午，鞍山市民政局召开“第一议题”学习会暨清廉机关建设推进会。",
      "局党组书记{符海涛}强调，要把清廉机关建设融入民政业务全过程，持续落实中央八项规定精神，坚决防止“四风”反弹回潮。"]),
    ]))
d = "2024-06-19"
PAGES.append(dict(pub=LS, date=d, page="03", ext="txt", kind="text", pk="provincial",
    enc="utf-8-sig", crlf=True, width=15, stray=0.3, head=ls_head(d, 3, "基层", False), foot=LS_FOOT,
    tags=["utf8_bom", "crlf", "stray_spaces", "column_label", "byline_top", "period_date", "captions",
          "half_day_date", "name_verb", "province_context", "multi_line_title", "dot_name"],
    arts=[
    A(label="基层党建·经验交流", title="锦州：社会组织党组织¦“结对共建”见实效", byline="□本报记者 {穆婉清}",
      attribution="本报记者 穆婉清", source=LS, province="辽宁", agency="锦州市社会组织综合党委", date="2024-06-11",
      captions=[(1, "图为结对共建签约仪式现场。（{穆婉清} 摄）")],
      tags=["province_context", "column_label", "byline_top", "period_date", "captions", "multi_line_title", "name_verb", "dot_name"], body=[
      "6月中旬，锦州市社会组织综合党委组织全市32家行业协会商会党组织与社区党组织签订结对共建协议。",
      "市社会组织综合党委书记{闫国栋}介绍，结对双方将围绕养老服务、就业帮扶开展“四个一”活动，即每月一次联学、一次志愿服务、一次走访、一次议事。",
      "义县一家养老服务协会负责人{乌云·¦其木格}说：“结对以后，我们的服务有了方向，党员也有了用武之地。”"]),
    A(title="丹东市民政局¦走访慰问老党员", attr="（来源：丹东市民政局）", attribution="（来源：丹东市民政局）",
      source="丹东市民政局", province="辽宁", agency="丹东市民政局", date="2024-06-17",
      tags=["province_context", "half_day_date", "multi_line_title", "name_verb"], body=[
      "6月17日上午，丹东市民政局党组书记{金在¦勋}带队走访慰问生活困难党员和老党员，送去慰问金和慰问品。",
      "在振兴区，91岁老党员{朴顺姬}拉着大家的手说：“党的关怀一直没断过，我心里暖乎乎的。”"]),
    A(title="营口市举办“两新”组织¦党建工作培训班", attr="（本报记者 {穆婉清} 通讯员 {贺天佑}）",
      attribution="（本报记者 穆婉清 通讯员 贺天佑）", source=LS, province="辽宁", agency="营口市委社会工作部", date="2024-06-12",
      tags=["province_context", "multi_line_title"], body=[
      "6月12日至14日，营口市委社会工作部举办全市“两新”组织党建工作培训班，130余名党组织书记参加。",
      "培训班采取专题授课、案例教学和分组研讨相结合的方式，引导学员把学习贯彻党的二十大精神落实到党建引领发展的具体实践中。"]),
    ]))
d = "2025-01-08"
PAGES.append(dict(pub=LS, date=d, page="02", ext="txt", kind="text", pk="provincial",
    enc="utf-8-sig", crlf=True, width=14, stray=0.25, head=ls_head(d, 2, "要闻", True), foot=LS_FOOT,
    tags=["utf8_bom", "crlf", "stray_spaces", "title_after", "year_boundary", "period_date", "dateline",
          "honour_list", "relative_date", "province_context", "multi_line_title", "name_verb"],
    arts=[
    A(title="省民政厅召开机关党支部书记¦抓党建述职评议会", title_pos="after", dateline="本报讯（记者 {庞振宇}）",
      attribution="本报讯（记者 庞振宇）", source=LS, province="辽宁", agency="辽宁省民政厅", date="2024-12-21",
      tags=["province_context", "title_after", "year_boundary", "period_date", "dateline", "multi_line_title"], body=[
      "12月下旬，省民政厅召开机关党支部书记抓党建工作述职评议会，14个党支部书记逐一述职。",
      "厅党组书记、厅长{关晓岚}逐一点评，指出要对照“两个维护”要求查找不足，推动党建和业务同频共振。"]),
    A(title="盘锦市民政局召开¦年度专题民主生活会", title_pos="after", attr="（据盘锦市民政局）", attribution="（据盘锦市民政局）",
      source="盘锦市民政局", province="辽宁", agency="盘锦市民政局", date="2024-12-30",
      tags=["province_context", "title_after", "year_boundary", "multi_line_title"], body=[
      "12月30日，盘锦市民政局领导班子召开年度专题民主生活会，班子成员逐一开展批评和自我批评。",
      "会议要求，要以全面从严治党为统领，把整改成果体现到兜底民生保障的实际成效上。"]),
    A(title="抚顺市社会组织综合党委¦通报表扬一批优秀党员", title_pos="after", attr="（通讯员 {葛思源}）",
      attribution="（通讯员 葛思源）", source=None, province="辽宁", agency="抚顺市社会组织综合党委", date="2025-01-03",
      tags=["province_context", "title_after", "honour_list", "multi_line_title"], body=[
      "1月3日，抚顺市社会组织综合党委印发通报，对一批优秀共产党员和优秀党务工作者予以表扬。名单如下：",
      "优秀共产党员：{邹明远}、{白雅楠}、{那日¦苏}、{吴桂香}、{鄂文涛}",
      "优秀党务工作者：{崔永哲}、{何晓冬}、{覃¦若兰}"]),
    A(title="本溪市民政局¦开展“三会一课”专项检查", title_pos="after", attr="（来源：本溪市民政局）",
      attribution="（来源：本溪市民政局）", source="本溪市民政局", province="辽宁", agency="本溪市民政局", date=d,
      tags=["province_context", "title_after", "relative_date", "multi_line_title"], body=[
      "近日，本溪市民政局机关党委对局属各党支部落实“三会一课”制度情况开展专项检查，查阅会议记录80余本，现场反馈问题12个。"]),
    ]))

# ---------------- 民生时报
MS_FOOT = ["本版责任编辑：岑雅文　视觉：毛一川　校对：贾星"]
d = "2024-05-21"
PAGES.append(dict(pub=MS, date=d, page="05", ext="txt", kind="text", pk="national", enc="utf-8", crlf=False,
    width=17, stray=0.15, head=ms_head(d, 5), foot=MS_FOOT,
    tags=["byline_top", "kicker", "subtitle", "multi_line_title", "subheadings", "captions", "dateline",
          "national_body", "province_context", "relative_date", "stray_spaces", "name_verb"],
    arts=[
    A(kicker="党建引领基层治理调查", title="小巷里的“红色管家”", sub="——浙江嘉兴城乡社区党建见闻",
      byline="本报记者 {于文澜} {钱若溪}", attribution="本报记者 于文澜 钱若溪", source=MS, province="浙江",
      agency="嘉兴市委社会工作部", date=d,
      captions=[(2, "图为南湖区新兴街道党员网格员走访独居老人。本报记者 {钱若溪} 摄"), (5, "▲ 社区“红色议事厅”里，居民代表正在议事。")],
      tags=["byline_top", "kicker", "subtitle", "multi_line_title", "subheadings", "captions", "province_context", "relative_date", "name_verb"], body=[
      "初夏时节，走进嘉兴市南湖区新兴街道的老旧小区，楼道干净整洁，墙上的“党员联系户”公示牌格外醒目。",
      "网格里亮出党员身份",
      "今年以来，嘉兴市委社会工作部推动机关党员到社区报到，把党小组建在网格上。党员网格员{沈秀英}每天要走访十几户居民，“谁家老人独居、谁家孩子上学，心里都有本账。”",
      "“党员亮身份，群众才知道有事找谁。”新兴街道党工委书记{陆志刚}说，街道已组建党员网格服务队56支。",
      "小事不出网格",
      "在嘉善县，社区党组织牵头建立“红色议事厅”，加装电梯、停车难等问题在议事厅里商量着办。居民{范爱华}说：“以前反映问题要跑好几趟，现在在家门口就解决了。”",
      "嘉兴市委社会工作部有关负责人表示，下一步将完善党建引领基层治理机制，推动更多资源下沉到网格。"]),
    A(title="民政部召开直属机关¦模范机关建设推进会", dateline="本报北京5月17日电（记者 {于文澜}）",
      attribution="本报北京5月17日电（记者 于文澜）", source=MS, province=None, agency="民政部", date="2024-05-17",
      tags=["dateline", "national_body", "multi_line_title"], body=[
      "民政部17日召开直属机关模范机关建设推进会，总结交流经验，部署下一阶段工作。",
      "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，推动机关党建与民政业务深度融合，努力在建设让党中央放心、让人民群众满意的模范机关上走在前、作表率。"]),
    A(title="中央和国家机关工委部署¦深化清廉机关建设", dateline="新华社北京5月19日电　",
      attribution="新华社北京5月19日电", source="新华社", province=None, agency="中央和国家机关工委", date="2024-05-19",
      tags=["dateline", "national_body", "multi_line_title"], body=[
      "中央和国家机关工委19日召开会议，部署深化中央和国家机关清廉机关建设工作。",
      "会议要求，要锲而不舍落实中央八项规定精神，持续纠治“四风”，推动全面从严治党向纵深发展。"]),
    ]))
d = "2024-05-28"
PAGES.append(dict(pub=MS, date=d, page="05", ext="txt", kind="text", pk="national", enc="utf-8", crlf=False,
    width=16, stray=0.15, head=ms_head(d, 5), foot=MS_FOOT,
    tags=["interview", "byline_top", "subtitle", "multi_line_title", "dateline", "national_body", "period_date",
          "province_context", "stray_spaces"],
    arts=[
    A(title="让“小哥”成为¦基层治理新力量", sub="——访四川省成都市委社会工作部部长{罗敏芝}",
      byline="本报记者 {钱若溪}", attribution="本报记者 钱若溪", source=MS, province="四川", agency="成都市委社会工作部", date=d,
      tags=["interview", "byline_top", "subtitle", "multi_line_title", "province_context"], body=[
      "记者：成都在新就业群体党建工作上有哪些探索？",
      "{罗敏芝}：我们在全市建设了300多个“暖蜂驿站”，让快递员、外卖骑手有地方歇脚、充电、喝口热水，也有地方过组织生活。",
      "记者：怎样让他们参与到基层治理中来？",
      "{罗敏芝}：骑手走街串巷，是天然的“移动网格员”。我们聘请了一批骑手担任兼职网格员，今年以来他们上报各类隐患1200余条。"]),
    A(title="中央社会工作部召开¦新就业群体党建工作推进会", dateline="本报北京5月24日电（记者 {于文澜}）",
      attribution="本报北京5月24日电（记者 于文澜）", source=MS, province=None, agency="中央社会工作部", date="2024-05-24",
      tags=["dateline", "national_body", "multi_line_title"], body=[
      "中央社会工作部24日在京召开新就业群体党建工作推进会，交流各地经验做法。",
      "会议指出，要坚持党建引领，推动快递员、外卖配送员、网约车司机等群体融入基层治理，不断扩大党在新就业群体中的号召力和凝聚力。"]),
    A(title="甘肃张掖：“三级联动”¦织密社会组织党建网", attr="（据张掖市民政局）", attribution="（据张掖市民政局）",
      source="张掖市民政局", province="甘肃", agency="张掖市民政局", date="2024-05-11",
      tags=["period_date", "province_context", "multi_line_title"], body=[
      "5月中旬，张掖市民政局召开社会组织党建工作推进会，推行市、县、乡“三级联动”机制，全市社会组织党的组织覆盖率达到92%。"]),
    ]))
d = "2024-10-15"
PAGES.append(dict(pub=MS, date=d, page="06", ext="txt", kind="text", pk="national", enc="utf-8", crlf=False,
    width=18, stray=0.15, head=ms_head(d, 6), foot=["本版责任编辑：岑雅文", "视觉：毛一川　校对：贾星"],
    tags=["kicker", "subtitle", "byline_top", "multi_line_title", "subheadings", "captions", "dateline",
          "national_body", "period_date", "province_context", "stray_spaces", "name_verb"],
    arts=[
    A(kicker="走基层", title="草原深处的“流动党课”", sub="——内蒙古锡林郭勒盟牧区党建见闻",
      byline="本报记者 {那仁¦图雅} {于文澜}", attribution="本报记者 那仁图雅 于文澜", source=MS, province="内蒙古",
      agency="锡林郭勒盟民政局", date="2024-10-08",
      captions=[(1, "图为宣讲队员在牧民家中宣讲党的政策。本报记者 {那仁图雅} 摄"), (4, "▲ 牧民党员在嘎查党群服务中心学习。")],
      tags=["kicker", "subtitle", "byline_top", "multi_line_title", "subheadings", "captions", "province_context", "name_verb"], body=[
      "10月8日一早，锡林郭勒盟阿巴嘎旗的草场上已有了寒意，“草原轻骑兵”宣讲队的越野车又出发了。",
      "马背上的宣讲队",
      "宣讲队队长{巴音孟和}说，牧民居住分散，最远的两户相隔几十公里，“党课不能等着牧民来听，得我们送上门”。",
      "把党课讲到蒙古包里",
      "在一户牧民家里，宣讲员{乌日娜}用蒙汉双语讲解党的二十大精神，老党员{额尔敦}边听边点头。",
      "锡林郭勒盟民政局有关负责人表示，今年以来全盟已开展流动党课400余场次。"]),
    A(title="民政部党组理论学习中心组¦专题学习二十届三中全会精神", dateline="新华社北京10月12日电（记者 {郝思源}）",
      attribution="新华社北京10月12日电（记者 郝思源）", source="新华社", province=None, agency="民政部", date="2024-10-11",
      tags=["dateline", "national_body", "multi_line_title"], body=[
      "民政部党组理论学习中心组11日举行集体学习，专题学习二十届三中全会精神。",
      "会议强调，要深刻领悟“两个确立”的决定性意义，以进一步全面深化改革的实际成效推进中国式现代化民政篇章。"]),
    A(title="广西民政厅“三会一课”¦质量提升年活动启动", attr="（来源：广西壮族自治区民政厅）",
      attribution="（来源：广西壮族自治区民政厅）", source="广西壮族自治区民政厅", province="广西",
      agency="广西壮族自治区民政厅", date="2024-10-01",
      tags=["period_date", "province_context", "multi_line_title"], body=[
      "10月上旬，广西壮族自治区民政厅启动机关“三会一课”质量提升年活动，厅机关党委书记{韦春燕}作动员。"]),
    ]))
d = "2025-02-18"
PAGES.append(dict(pub=MS, date=d, page="05", ext="txt", kind="text", pk="national", enc="utf-8", crlf=False,
    width=16, stray=0.15, head=ms_head(d, 5), foot=MS_FOOT,
    tags=["byline_top", "multi_line_title", "subheadings", "captions", "dateline", "national_body", "dot_name",
          "period_date", "province_context", "stray_spaces", "name_verb"],
    arts=[
    A(title="“一站式”服务¦暖了外卖骑手的心", byline="本报记者 {钱若溪} {阿依努尔·¦吐尔逊}",
      attribution="本报记者 钱若溪 阿依努尔·吐尔逊", source=MS, province="新疆", agency="乌鲁木齐市委社会工作部", date=d,
      captions=[(1, "图为骑手在“暖心驿站”休息。本报记者 {阿依努尔·吐尔逊} 摄"), (3, "图为驿站党员志愿者为骑手提供法律咨询。")],
      tags=["byline_top", "multi_line_title", "subheadings", "captions", "province_context", "dot_name", "name_verb", "relative_date"], body=[
      "寒冬时节，乌鲁木齐市天山区一处“暖心驿站”里，几名外卖骑手正围坐着喝热奶茶。",
      "驿站里的“娘家人”",
      "骑手{艾克拜尔·¦买买提}说：“跑一天单，能在这里歇歇脚、充上电，心里特别暖。”",
      "乌鲁木齐市委社会工作部有关负责人介绍，目前全市已建成“暖心驿站”210个，今年以来服务骑手3万余人次。"]),
    A(title="中央和国家机关工委¦召开青年理论学习交流会", dateline="本报北京2月14日电（记者 {于文澜}）",
      attribution="本报北京2月14日电（记者 于文澜）", source=MS, province=None, agency="中央和国家机关工委", date="2025-02-13",
      tags=["dateline", "national_body", "multi_line_title"], body=[
      "中央和国家机关工委13日召开青年理论学习交流会，来自部委机关的12名青年干部作交流发言。",
      "会议要求，要持续深化以学铸魂、以学增智、以学正风、以学促干，引导青年干部增强“四个意识”。"]),
    A(title="民政部机关党委¦开展新春走访慰问", attr="（据民政部机关党委）", attribution="（据民政部机关党委）",
      source="民政部机关党委", province=None, agency="民政部", date="2025-01-21",
      tags=["national_body", "period_date", "multi_line_title"], body=[
      "1月下旬，民政部机关党委走访慰问部机关老党员、困难党员，为他们送去节日祝福。"]),
    ]))

# ---------------- 豫民政务网 (HTML)
d = "2024-04-10"
PAGES.append(dict(pub=YM, date=d, folder="20240410", page="A02", ext="html", kind="html", pk="provincial",
    enc="utf-8", crlf=False, ptitle="第A02版：党建·民生", nav="第A02版：党建·民生",
    tags=["html", "kicker", "byline_top", "captions", "half_day_date", "period_date", "province_context", "name_verb"],
    arts=[
    A(kicker="党建引领", title="郑州市民政局推行“支部+网格”工作法", byline="本网记者 {聂书瑶} 通讯员 {申浩然}",
      attribution="本网记者 聂书瑶 通讯员 申浩然", source=YM, province="河南", agency="郑州市民政局", date="2024-04-08",
      captions=[(0, "图为党员网格员入户走访。{申浩然} 摄")],
      tags=["kicker", "byline_top", "captions", "half_day_date", "province_context", "name_verb"], body=[
      "4月8日上午，郑州市民政局在金水区召开“支部+网格”工作法现场观摩会，局属12个党支部与42个社区网格结对。",
      "局党组书记{司马文博}说，要让党员在网格里“认领”服务事项，把党建引领落到为民办实事上。"]),
    A(title="洛阳市社会组织综合党委开展“书记讲党课”活动", attr="（来源：洛阳市民政局）", attribution="（来源：洛阳市民政局）",
      source="洛阳市民政局", province="河南", agency="洛阳市社会组织综合党委", date="2024-04-09",
      tags=["province_context"], body=[
      "4月9日，洛阳市社会组织综合党委启动“书记讲党课”活动，30家社会组织党组织书记走上讲台。",
      "活动将持续到6月底，推动“三会一课”制度在社会组织中落地落实。"]),
    A(title="南阳市民政局召开清廉机关建设推进会", attr="（通讯员 {冉梦瑶}）", attribution="（通讯员 冉梦瑶）",
      source=None, province="河南", agency="南阳市民政局", date="2024-04-01",
      tags=["period_date", "province_context"], body=[
      "4月上旬，南阳市民政局召开清廉机关建设推进会，对照中央八项规定精神查找问题、建立台账。"]),
    ]))
PAGES.append(dict(pub=YM, date=d, folder="20240410", page="content_1187", ext="html", kind="html", pk="provincial",
    enc="utf-8", crlf=False, single=True, ptitle="省民政厅召开模范机关建设推进会", nav="正文",
    tags=["html", "province_context", "name_verb"],
    arts=[
    A(title="省民政厅召开模范机关建设推进会", info="来源：省民政厅　作者：{聂书瑶}　时间：2024-04-10 09:32",
      attribution="来源：省民政厅　作者：聂书瑶", source="河南省民政厅", province="河南", agency="河南省民政厅", date="2024-04-09",
      tags=["province_context", "name_verb"], body=[
      "4月9日，省民政厅召开模范机关建设推进会，传达学习中央和国家机关工委有关会议精神。",
      "厅党组书记、厅长{邵宏涛}指出，要坚持以习近平新时代中国特色社会主义思想为指导，持续推进模范机关建设，以高质量党建推动民政事业高质量发展。",
      "会上，郑州市民政局、开封市民政局等5个单位作交流发言。"]),
    ]))
d = "2024-09-05"
PAGES.append(dict(pub=YM, date=d, folder="20240905", page="A03", ext="html", kind="html", pk="provincial",
    enc="utf-8", crlf=False, ptitle="第A03版：基层党建", nav="第A03版：基层党建",
    tags=["html", "briefs", "byline_top", "title_none", "relative_date", "half_day_date", "province_context", "name_verb", "column_label"],
    arts=[
    A(title="南阳：社会组织党建“一站式”服务中心揭牌", byline="本网记者 {聂书瑶}", attribution="本网记者 聂书瑶",
      source=YM, province="河南", agency="南阳市民政局", date="2024-09-03",
      tags=["byline_top", "province_context", "name_verb"], body=[
      "9月3日，南阳市社会组织党建“一站式”服务中心揭牌运行，可为社会组织提供党员发展、党务培训等服务。",
      "南阳市民政局党组书记{潘立群}表示，中心将成为社会组织党员的“红色加油站”。"]),
    A(marker="◆", title=None, attribution="", source=None, province="河南", agency="郑州市金水区民政局", date="2024-09-02",
      tags=["briefs", "title_none", "province_context"], body=[
      "9月2日，郑州市金水区民政局开展“党员先锋岗”评选，评出先锋岗15个。"]),
    A(marker="◆", title="洛阳市老城区养老服务协会成立党支部", attribution="", source=None, province="河南",
      agency="老城区民政局", date=d, tags=["briefs", "relative_date", "province_context"], body=[
      "近日，洛阳市老城区养老服务协会党支部成立，老城区民政局派驻党建工作指导员1名。"]),
    A(marker="◆", title=None, attribution="", source=None, province="河南", agency="开封市民政局", date="2024-08-30",
      tags=["briefs", "title_none", "half_day_date", "province_context"], body=[
      "8月30日下午，开封市民政局组织党员干部观看警示教育片，引导党员干部知敬畏、存戒惧、守底线。"]),
    A(marker="◆", title=None, attribution="", source=None, province="河南", agency="信阳市民政局", date=d,
      tags=["briefs", "title_none", "relative_date", "province_context"], body=[
      "日前，信阳市民政局机关党委书记{柳慧敏}为新入职党员讲授专题党课，勉励大家增强“四个意识”。"]),
    A(marker="◆", title="新乡市社会组织综合党委举办“两新”党建沙龙", attribution="", source=None, province="河南",
      agency="新乡市社会组织综合党委", date="2024-09-04", tags=["briefs", "province_context"], body=[
      "9月4日，新乡市社会组织综合党委举办党建沙龙，20余家社会组织党组织书记交流“党建引领+公益服务”经验。"]),
    ]))
d = "2024-12-02"
PAGES.append(dict(pub=YM, date=d, folder="20241202", page="content_2231", ext="html", kind="html", pk="provincial",
    enc="utf-8", crlf=False, single=True, ptitle="全省民政系统党建工作培训班在开封举办", nav="正文",
    tags=["html", "subheadings", "enumeration", "captions", "province_context", "name_verb"],
    arts=[
    A(title="全省民政系统党建工作培训班在开封举办", info="来源：省民政厅机关党委　作者：{申浩然}　时间：2024-12-02 16:05",
      attribution="来源：省民政厅机关党委　作者：申浩然", source="河南省民政厅机关党委", province="河南", agency="河南省民政厅",
      date="2024-11-28", captions=[(0, "培训班开班现场。{申浩然} 摄")],
      tags=["subheadings", "enumeration", "captions", "province_context", "name_verb"], body=[
      "11月28日至29日，全省民政系统党建工作培训班在开封举办，各省辖市民政局分管党建工作负责同志和厅机关党务干部100余人参加。",
      "突出学用结合",
      "培训班围绕学习贯彻二十届三中全会精神、机关党建业务知识等内容作专题辅导。一是讲清政策要求，二是剖析典型案例，三是组织分组研讨。",
      "注重成果转化",
      "厅机关党委专职副书记{卢静波}说，要把培训成果转化为推动民政事业高质量发展的实际行动。"]),
    ]))


# ----------------------------------------------------------------------------- output
def slogans_of(text):
    t = re.sub(r"\s+", "", text)
    out = [s for s in SLOGANS if s in t]
    for m in NUMBERED.finditer(t):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def people_of(a):
    src = [a["kicker"], a["title"], a["sub"], a["byline"], a["dateline"], a["info"]] + a["body"] + \
          [c for _, c in a["captions"]] + [a["attr"]]
    out = []
    for s in src:
        for n in names_in(s):
            if n not in out:
                out.append(n)
    return out


def main():
    truth = {}
    for i, P in enumerate(PAGES):
        rng = random.Random(4000 + i)
        folder = P.get("folder", P["date"])
        rel = f"{P['pub']}/{folder}/{P['page']}.{P['ext']}"
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if P["kind"] == "html":
            data = render_html(P["pub"], P["date"], P["page"], P, P["arts"]).encode("utf-8")
        else:
            P["head"] = list(P["head"])
            lines = render_text(P, P["arts"], rng)
            nl = "\r\n" if P["crlf"] else "\n"
            data = (nl.join(lines) + nl).encode(P["enc"])
        with open(path, "wb") as f:
            f.write(data)
        arts = []
        for a in P["arts"]:
            title = "".join(clean(a[k]) for k in ("kicker", "title", "sub") if a[k]) or None
            arts.append(dict(
                title=title, body=[clean(b) for b in a["body"]], attribution=a["attribution"],
                source=a["source"], province=a["province"], agency=a["agency"], date=a["date"],
                people=people_of(a), slogans=slogans_of((title or "") + "".join(clean(b) for b in a["body"])),
                captions=[c[1:].lstrip() if c.startswith("▲") else c for c in [clean(c) for _, c in a["captions"]]], phenomena=list(a["tags"])))
        ptags = list(P["tags"])
        for a in arts:
            ptags += [t for t in a["phenomena"] if t not in ptags]
        truth[rel] = dict(encoding=P["enc"], crlf=P["crlf"], kind=P["kind"], publication_kind=P["pk"],
                          phenomena=ptags, articles=arts)
    with open(os.path.join(HERE, "truth-dev4c.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(truth), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("pages %d, articles %d" % (len(truth), sum(len(t["articles"]) for t in truth.values())))


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


if __name__ == "__main__":
    main()
