#!/usr/bin/env python3
"""Generate held-back set "e" of pages and their ground truth (truth-h1e.json).

Three publications, every article invented for this set (genre imitation only; every
person's name is made up):
  鹭岛社会组织党建简报  Word bulletin (.docx) of the Xiamen social-organisation party
              committee (Fujian): masthead (name, 第N期, issuing office, date), 目录, items
              under bold headings, one item without a heading, 一是/（一） enumerations,
              distribution lines 报：/送：/发： and a 联系人/电话 footer (neither is an article).
  关中日报    Shaanxi provincial daily, 党建 page; UTF-8 text layers (CRLF on two of four),
              narrow columns (13-16 chars), stray spaces, kickers and —— subtitles,
              本报记者 bylines on top and bylines at the end, column labels, a ■ 党建快讯
              strip of brief items, a title printed after its article, names glued to 说/表示,
              running head and a 责任编辑/美编/校对 footer that splits over two lines.
  漓江融媒网  county media-centre web site of 龙胜各族自治县 (Guangxi): HTML article pages in a
              CMS template (breadcrumbs, info line 来源：… 编辑：… 时间：…, related links,
              footer) and one 快讯 page with ● items; issue folders written 20240521.

    python3 make_pages_h1e.py        (writes the pages and truth-h1e.json)

Decisions taken where the earlier truth shows nothing:
  * html pages: encoding "utf-8" (what the file is), kind "html"; docx pages: encoding
    "docx", kind "docx", crlf false.
  * The CMS info line (来源/编辑/时间) is page furniture: 来源 gives the article's source
    (the named department, or the site itself for 本网讯), 时间 gives the issue date,
    the 编辑 is not a person of the article (like a newspaper's 责任编辑).  Related-link
    titles are furniture, not articles.
  * Attribution is the string as printed (with its brackets); "" when none is printed.
    source: the paper/site for 本报/本网 pieces, the named institution for （来源：…）/
    （据…）/（…供稿）, null for （通讯员 …） only or no attribution at all.
  * Bulletin items: source null unless a （来源：…）/（…供稿） is printed; the masthead,
    目录, 报/送/发 lines and 联系人 footer are not articles and their names are no people.
  * Brief items (■/●): the marker is not part of the title; an item whose first sentence is
    the only text has title null.
  * Slogans are computed from title+body: the DOMAIN.md terms found there, plus quoted
    “N个……” formulations.

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 7; kind 5 (an agency printed in no form → null, agency) 2 — 9
values, listed in _TRUTH10 and applied as the truth is written; no page changes.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5105)

SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
           "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
           "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
           "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]


def plain(s):
    return re.sub(r"[{}¦]", "", s)


def names(s):
    return [n.replace("¦", "") for n in re.findall(r"{([^}]+)}", s)]


def slogans(text):
    t = re.sub(r"\s+", "", text)
    out = [s for s in SLOGANS if s in t]
    for m in re.findall(r"“([一二三四五六七八九十两0-9]+个[^”]{1,14})”", t):
        if m not in out:
            out.append(m)
    return out


def art(title, body, attribution="", source=None, province=None, agency=None, date=None,
        people_extra=(), captions=(), tags=(), kicker=None, subtitle=None, byline=None):
    """An article: title parts, body paragraphs (with markup), and the facts."""
    return dict(kicker=kicker, main=title, subtitle=subtitle, body=list(body), byline=byline,
                attribution=attribution, source=source, province=province, agency=agency,
                date=date, people_extra=list(people_extra), captions=list(captions),
                tags=list(tags))


def truth_of(a):
    tparts = [p for p in (a["kicker"], a["main"], a["subtitle"]) if p]
    title = plain("".join(tparts)) if a["main"] else None
    body = [plain(p) for p in a["body"]]
    people = []
    for s in ([a["byline"] or ""] + a["body"] + [a["attribution"]] + a["captions"]
              + a["people_extra"] + [a["main"] or ""]):
        for n in names(s):
            if n not in people:
                people.append(n)
    return dict(title=title, body=body, attribution=plain(a["attribution"]),
                source=a["source"], province=a["province"], agency=a["agency"], date=a["date"],
                people=people, slogans=slogans((title or "") + "".join(body)),
                captions=[c[1:].lstrip() if c.startswith("▲") else c for c in [plain(c) for c in a["captions"]]], phenomena=a["tags"])


# ---------------------------------------------------------------- column layout (text)
def wrap(s, width, stray=0.0):
    """Cut a string (with markup) into column lines of `width` characters; ¦ forces a break."""
    lines = []
    for seg in s.replace("{", "").replace("}", "").split("¦"):
        while seg:
            w = width + R.choice([0, 0, -1, 1])
            lines.append(seg[:w])
            seg = seg[w:]
    out = []
    for ln in lines:
        if stray and len(ln) > 4 and R.random() < stray:
            k = R.randrange(1, len(ln) - 1)
            ln = ln[:k] + " " + ln[k:]
        out.append(ln)
    return out


# ---------------------------------------------------------------- 关中日报
GZ = "关中日报"
WEEK = "一二三四五六日"


def gz_head(date, page, wd, split=False):
    y, m, d = date.split("-")
    if split:
        return ["关中日报 %s年%d月%d日" % (y, int(m), int(d)), "星期%s 第%d版" % (wd, page), "党建周刊"]
    return ["关中日报", "%s年%d月%d日 星期%s" % (y, int(m), int(d), wd), "第%d版" % page, "党建周刊"]


def gz_foot(split):
    if split:
        return ["责任编辑：柯明远 美编：", "庞雨桐 校对：苗志飞"]
    return ["责任编辑：柯明远 美编：庞雨桐 校对：苗志飞"]


def gz_page(date, page, wd, items, blank, split_foot, width=14):
    """items: list of ('label', text) | ('art', article, opts) | ('brief', article)"""
    L = gz_head(date, page, wd, split_foot and date > "2025") + ([""] if blank else [])
    for it in items:
        if it[0] == "label":
            L += [it[1]] + ([""] if blank else [])
            continue
        if it[0] == "brief":
            a = it[1]
            if a["main"]:
                L.append("■" + plain(a["main"]))
            for i, p in enumerate(a["body"]):
                ls = wrap(p, width, 0.25)
                if i == 0 and not a["main"]:
                    ls[0] = "■ " + ls[0]
                L += ls
            if a["attribution"]:
                L[-1] += plain(a["attribution"])
            continue
        a, o = it[1], it[2]
        if o.get("pre"):
            L.append(o["pre"])
        tl = []
        if a["kicker"]:
            tl.append(plain(a["kicker"]))
        mt = a["main"]
        tl += [plain(x) for x in mt.split("¦")] if mt else []
        if a["subtitle"]:
            tl.append(plain(a["subtitle"]))
        if not o.get("after"):
            L += tl + ([""] if blank else [])
        if a["byline"]:
            L.append(plain(a["byline"]))
        for i, p in enumerate(a["body"]):
            L += wrap(p, width, 0.2)
            if blank:
                L.append("")
            if i in o.get("cap_after", {}):
                L += [plain(c) for c in o["cap_after"][i]]
                if blank:
                    L.append("")
        if o.get("attr_print"):
            L.append(o["attr_print"])
        elif a["attribution"] and plain(a["attribution"]) != plain(a["byline"] or ""):
            L.append(plain(a["attribution"]))
        if o.get("after"):
            L += tl
        if o.get("cont"):
            L.append(o["cont"])
        if blank:
            L.append("")
    L += gz_foot(split_foot)
    return L


def guanzhong():
    pages = {}
    P = "陕西"
    # ---- 2024-04-16 p06
    d = "2024-04-16"
    a1 = art("省委社会工作部部署新就业群体¦党建“暖新”行动",
             ["4月12日，省委社会工作部在西安召开全省新就业群体党建工作推进会，部署开展“暖新”行动，推动快递员、外卖骑手、网约车司机等群体融入基层治理。",
              "会议指出，要坚持党建引领，把新就业群体党建纳入全省基层党建工作大局，做到组织覆盖和工作覆盖同步推进。",
              "省委社会工作部副部长{宁卫东}表示，今年要在全省建成“暖新驿站”800个以上，实现县区全覆盖。"],
             attribution="本报记者 {常思源}", byline="本报记者 {常思源}", source=GZ, province=P,
             agency="陕西省委社会工作部", date="2024-04-12",
             tags=["province_context", "byline_top", "kicker", "multi_line_title", "name_verb"],
             kicker="凝聚“流动的红色力量”")
    a2 = art("省民政厅开展党纪学习教育¦专题读书班",
             ["4月上旬，省民政厅党组举办党纪学习教育专题读书班，厅党组成员、机关各处室和直属单位主要负责同志参加。",
              "读书班采取个人自学、集中研讨、警示教育相结合的方式，组织学员逐章逐条学习《中国共产党纪律处分条例》。厅党组书记、厅长{杜晓岚}说，要以学正风，把纪律规矩转化为日常遵循，严格落实中央八项规定精神。",
              "读书班期间，学员们还赴省廉政教育基地接受现场教育。"],
             attribution="（本报记者 {邰文静} 通讯员 {折惠芳}）", source=GZ, province=P,
             agency="陕西省民政厅", date="2024-04-01",
             captions=["▲读书班现场。（{折惠芳} 摄）"],
             tags=["province_context", "period_date", "name_verb", "captions", "multi_line_title"])
    a3 = art("宝鸡市民政局推进模范机关建设",
             ["今年以来，宝鸡市民政局聚焦“三个表率”要求，把模范机关建设与民政业务深度融合。一是抓理论武装，落实“第一议题”制度；二是抓支部建设，推行“一支部一品牌”；三是抓作风转变，开展“走基层、解难题”活动。",
              "局机关党委书记{强国栋}表示，将推动机关党建从“有形覆盖”向“有效覆盖”转变。"],
             attribution="（宝鸡市民政局供稿）", source="宝鸡市民政局", province=P,
             agency="宝鸡市民政局", date=d,
             tags=["province_context", "relative_date", "enumeration", "name_verb"])
    b1 = art("渭南市社会组织综合党委召开书记例会",
             ["4月9日，渭南市社会组织综合党委召开党组织书记例会，通报一季度党建工作情况。"],
             source=None, province=P, agency="渭南市社会组织综合党委", date="2024-04-09",
             tags=["province_context", "briefs"])
    b2 = art("咸阳市秦都区开展社会组织党建观摩",
             ["4月中旬，秦都区组织辖区30余家社会组织党组织负责人开展党建观摩，现场学习“三会一课”规范化做法。"],
             province=P, agency="秦都区委社会工作部", date="2024-04-11",
             tags=["province_context", "briefs", "period_date"])
    b3 = art(None,
             ["近日，铜川市民政局党组理论学习中心组围绕总体国家安全观开展专题学习，局党组书记{惠宝林}领学。"],
             province=P, agency="铜川市民政局", date=d,
             tags=["province_context", "briefs", "relative_date", "title_none"])
    pages["%s/%s/06.txt" % (GZ, d)] = dict(
        crlf=False, blank=True,
        items=[("label", "【党建引领】"), ("art", a1, {}), ("art", a2, {"attr_line": True, "cap_after": {0: a2["captions"]}}),
               ("art", a3, {}), ("label", "■ 党建快讯"), ("brief", b1), ("brief", b2), ("brief", b3)],
        arts=[a1, a2, a3, b1, b2, b3], wd="二", page=6, split=False,
        tags=["stray_spaces", "province_context", "column_label", "kicker", "byline_top",
              "multi_line_title", "briefs", "captions", "period_date", "relative_date",
              "enumeration", "name_verb", "title_none"])

    # ---- 2024-07-02 p06 (CRLF, no blank lines, title after on one article)
    d = "2024-07-02"
    c1 = art("省民政厅表彰机关优秀共产党员",
             ["6月28日，省民政厅召开庆祝建党103周年暨“两优一先”表彰会，对厅机关优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。名单如下：",
              "优秀共产党员（6名）",
              "{樊立群}、{贺兰英}、{仝振海}、{达娃卓玛}、{车永年}、{乌兰托娅}",
              "优秀党务工作者（3名）",
              "{巩雪莲}、{雒建平}、{米尔扎提·吾¦买尔}"],
             attribution="（本报记者 {邰文静}）", source=GZ, province=P, agency="陕西省民政厅",
             date="2024-06-28", people_extra=[],
             tags=["province_context", "honour_list", "dot_name", "multi_line_title"])
    c2 = art("延安市宝塔区“红色物业”¦托起社区幸福生活",
             ["走进宝塔区南市街道的一个老旧小区，楼道整洁、停车有序。小区居民{呼延秀芝}说，自从有了“红色物业”，报修的事情当天就有人上门。",
              "今年以来，宝塔区委社会工作部推动物业企业党组织与社区党组织联建共建，组建党员志愿服务队46支，解决群众急难愁盼问题300余件。",
              "区委社会工作部负责人{霍东升}表示，将坚持“三级联动”，让党建引领贯穿社区治理各环节。"],
             attribution="本报记者 {常思源} 通讯员 {白晓鸽}", byline="本报记者 {常思源} 通讯员 {白晓鸽}",
             source=GZ, province=P, agency="宝塔区委社会工作部", date=d,
             tags=["province_context", "byline_top", "multi_line_title", "name_verb", "relative_date", "subtitle"],
             subtitle="——宝塔区推进物业服务企业党建工作见闻")
    c3 = art("汉中市社会组织党建指导员¦上岗履职",
             ["6月下旬，汉中市社会组织综合党委选派的52名党建工作指导员全部上岗履职。",
              "指导员将围绕组织建设、“三会一课”、发展党员等工作，对全市社会组织开展“一对一”指导。指导员{祁凤鸣}表示，要当好党的政策宣传员和组织建设指导员。"],
             attribution="（通讯员 {沈巧玲}）", source=None, province=P,
             agency="汉中市社会组织综合党委", date="2024-06-21",
             tags=["province_context", "period_date", "title_after", "name_verb", "multi_line_title"])
    pages["%s/%s/06.txt" % (GZ, d)] = dict(
        crlf=True, blank=False,
        items=[("label", "基层党建·经验交流"), ("art", c2, {}), ("art", c1, {}), ("art", c3, {"after": True})],
        arts=[c2, c1, c3], wd="二", page=6, split=True,
        tags=["crlf", "no_blank_lines", "stray_spaces", "province_context", "column_label", "byline_top",
              "subtitle", "multi_line_title", "honour_list", "dot_name", "title_after", "name_verb",
              "period_date", "relative_date"])

    # ---- 2024-07-02 p07
    e1 = art("“四个聚焦”推动社会组织党建提质增效",
             ["近年来，社会组织党建工作取得明显成效，但仍存在覆盖不均衡、作用发挥不充分等问题。",
              "聚焦组织覆盖",
              "要坚持应建尽建，对暂不具备单独组建条件的社会组织，采取联合组建、区域统建等方式扩大覆盖。",
              "聚焦能力提升",
              "要以学增智、以学促干，分级分类开展党组织书记培训，推动党务工作者队伍专业化。",
              "聚焦作用发挥",
              "要引导社会组织在乡村振兴、养老服务等领域发挥作用，服务高质量发展大局。"],
             attribution="{南宫瑾}（作者系西北政法大学马克思主义学院副教授）", byline="{南宫瑾}",
             source=None, province=None, agency=None, date=d,
             tags=["byline_top", "subheadings", "column_label", "multi_line_title"])
    e2 = art("西安市新城区召开¦社区党组织书记擂台比武",
             ["6月27日上午，新城区委社会工作部举办社区党组织书记擂台比武，来自9个街道的27名社区书记同台竞技。",
              "比武中，西一路街道某社区党组织书记{卓玛吉}说，要把“枫桥经验”用到化解邻里纠纷上，做到小事不出社区。"],
             attribution="本报讯（记者 {邰文静}）", source=GZ, province=P, agency="新城区委社会工作部",
             date="2024-06-27",
             tags=["province_context", "half_day_date", "dateline", "name_verb", "multi_line_title"])
    e3 = art("榆林市民政局开展“七一”主题党日",
             ["7月1日，榆林市民政局组织党员干部走进杨家沟革命旧址，重温入党誓词，开展“不忘初心、牢记使命”主题党日活动。"],
             attribution="（据榆林市民政局）", source="榆林市民政局", province=P,
             agency="榆林市民政局", date="2024-07-01",
             captions=["图为主题党日活动现场。（{马金宝} 摄）"],
             tags=["province_context", "captions"])
    e4 = art(None,
             ["全省民政系统要把学习贯彻党的二十大精神同推进民政事业改革发展结合起来，持续深化模范机关建设，"],
             source=None, province=P, agency=None, date=d,
             tags=["province_context", "continued", "title_none"])
    pages["%s/%s/07.txt" % (GZ, d)] = dict(
        crlf=False, blank=True,
        items=[("art", e4, {"pre": "（上接第5版）"}), ("label", "理论周刊"),
               ("art", e1, {"attr_print": "（作者系西北政法大学马克思主义学院副教授）"}), ("art", e2, {"attr_first": True}),
               ("art", e3, {"cap_after": {0: e3["captions"]}})],
        arts=[e4, e1, e2, e3], wd="二", page=7, split=False,
        tags=["stray_spaces", "province_context", "continued", "title_none", "column_label",
              "byline_top", "subheadings", "multi_line_title", "half_day_date", "dateline",
              "name_verb", "captions"])

    # ---- 2025-01-07 p06 (CRLF, year boundary)
    d = "2025-01-07"
    f1 = art("省民政厅召开2024年度¦机关党建述职评议会",
             ["12月30日，省民政厅召开2024年度机关党组织书记抓基层党建工作述职评议会。厅机关8个党支部书记现场述职。",
              "厅党组书记、厅长{杜晓岚}在点评时指出，要深入学习贯彻二十届三中全会精神，坚定拥护“两个确立”、坚决做到“两个维护”，以全面从严治党新成效推动民政事业高质量发展。"],
             attribution="本报记者 {邰文静} 通讯员 {折惠芳}", byline="本报记者 {邰文静} 通讯员 {折惠芳}",
             source=GZ, province=P, agency="陕西省民政厅", date="2024-12-30",
             tags=["province_context", "byline_top", "year_boundary", "multi_line_title"])
    f2 = art("商洛市“五个一”工作法¦激活社会组织党建",
             ["去年以来，商洛市社会组织综合党委探索“五个一”工作法：建好一个阵地、配强一名书记、建立一本台账、打造一个品牌、形成一套制度。",
              "综合党委书记{冀红梅}表示，今年将推动工作法在7个县区全面推开。"],
             attribution="（来源：商洛市委社会工作部）", source="商洛市委社会工作部", province=P,
             agency="商洛市社会组织综合党委", date=d,
             kicker="小切口撬动基层大治理",
             tags=["province_context", "kicker", "relative_date", "name_verb", "multi_line_title"])
    g1 = art("安康市民政局召开民主生活会",
             ["12月下旬，安康市民政局党组召开2024年度民主生活会，班子成员开展批评和自我批评。"],
             province=P, agency="安康市民政局", date="2024-12-21",
             tags=["province_context", "briefs", "period_date", "year_boundary"])
    g2 = art("杨凌示范区开展新就业群体关爱活动",
             ["1月3日，杨凌示范区工委社会工作部走访慰问快递员、外卖骑手80余人，送上防寒用品。"],
             province=P, agency="杨凌示范区工委社会工作部", date="2025-01-03",
             tags=["province_context", "briefs"])
    g3 = art(None,
             ["1月5日，韩城市民政局组织党员干部学习“六个必须坚持”，局长{党伯涛}说，要用党的创新理论武装头脑。"],
             province=P, agency="韩城市民政局", date="2025-01-05",
             tags=["province_context", "briefs", "title_none", "name_verb"])
    pages["%s/%s/06.txt" % (GZ, d)] = dict(
        crlf=True, blank=False,
        items=[("label", "【党建引领】"), ("art", f1, {}), ("art", f2, {}),
               ("label", "■ 党建快讯"), ("brief", g1), ("brief", g2), ("brief", g3)],
        arts=[f1, f2, g1, g2, g3], wd="二", page=6, split=True,
        tags=["crlf", "no_blank_lines", "stray_spaces", "province_context", "column_label",
              "byline_top", "kicker", "multi_line_title", "year_boundary", "briefs", "period_date",
              "relative_date", "title_none", "name_verb"])
    return pages


def write_gz(pages, truth):
    for rel, pg in pages.items():
        date = rel.split("/")[1]
        items = []
        for it in pg["items"]:
            if it[0] == "art" and it[2].get("attr_first"):
                a = it[1]
                a2 = dict(a)
                a2["body"] = [a["attribution"] + a["body"][0]] + a["body"][1:]
                a2["attribution"] = ""
                items.append(("art", a2, it[2]))
            else:
                items.append(it)
        L = gz_page(date, pg["page"], pg["wd"], items, pg["blank"], pg["split"])
        text = "\n".join(L)
        if pg["crlf"]:
            text = text.replace("\n", "\r\n")
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "wb").write((text + ("\r\n" if pg["crlf"] else "\n")).encode("utf-8"))
        truth[rel] = dict(encoding="utf-8", crlf=pg["crlf"], kind="text", publication_kind="provincial",
                          phenomena=pg["tags"], articles=[truth_of(a) for a in pg["arts"]])


# ---------------------------------------------------------------- 鹭岛社会组织党建简报 (docx)
LD = "鹭岛社会组织党建简报"
LD_OFFICE = "中共厦门市社会组织委员会"


def ludao():
    P = "福建"
    AG = "厦门市社会组织党委"
    issues = []
    # ---- issue 1
    d = "2024-03-28"
    i1 = art("市社会组织党委召开2024年党建工作会议",
             ["3月22日，市社会组织党委召开2024年党建工作会议，总结去年工作，部署今年重点任务。市委社会工作部副部长、市社会组织党委书记{林清渠}出席并讲话。",
              "会议要求，今年要重点抓好四个方面工作：一是深化理论武装，巩固拓展主题教育成果；二是扩大“两个覆盖”，年内新建社会组织党组织60个以上；三是建强书记队伍，开展全员轮训；四是推动党建引领社会组织服务高质量发展。",
              "各区社会组织党委、市级行业协会商会党组织负责人共150余人参加会议。"],
             source=None, province=P, agency=AG, date="2024-03-22",
             tags=["province_context", "enumeration", "name_verb"])
    i2 = art("思明区“党建+公益”项目启动",
             ["3月中旬，思明区社会组织党委启动“党建+公益”项目，首批遴选24个公益服务项目，覆盖助老、助残、儿童关爱等领域。",
              "区社会组织党委书记{黄淑贞}表示，要让社会组织党员在公益服务中亮身份、作表率。"],
             attribution="（来源：思明区委社会工作部）", source="思明区委社会工作部", province=P,
             agency="思明区社会组织党委", date="2024-03-11",
             tags=["province_context", "period_date", "name_verb"])
    i3 = art(None,
             ["近日，市律师协会党委组织青年律师党员开展“学条例、守党纪”专题党课，协会党委书记{吴鸿志}以“三会一课”制度落实为切入点，结合行业案例讲解党员律师的纪律要求。"],
             source=None, province=P, agency="厦门市律师协会党委", date=d,
             tags=["province_context", "title_none", "relative_date"])
    issues.append((d, "第2期（总第37期）", [i1, i2, i3], "20240328"))
    # ---- issue 2
    d = "2024-06-27"
    j1 = art("市社会组织党委举办党组织书记示范培训班",
             ["6月18日至20日，市社会组织党委在市委党校举办社会组织党组织书记示范培训班，86名学员参加培训。",
              "培训班围绕学习贯彻习近平新时代中国特色社会主义思想、党纪学习教育、社会组织规范化建设等内容安排专题授课，并组织学员赴同安区开展现场教学。",
              "（一）课堂教学突出理论武装",
              "邀请市委党校教授{郑婉宁}作《以学铸魂 以学增智》专题辅导，引导学员增强“四个意识”、坚定“四个自信”。",
              "（二）现场教学突出实践导向",
              "学员们走进同安区社会组织孵化基地，交流“党建+服务”经验。学员{阿不都热合曼·买买提}表示，回去后将把所学运用到协会党建工作中。"],
             source=None, province=P, agency=AG, date="2024-06-18",
             tags=["province_context", "enumeration", "subheadings", "dot_name", "name_verb"])
    j2 = art("湖里区社会组织党建联盟“红色议事厅”启用",
             ["6月下旬，湖里区社会组织党建联盟“红色议事厅”正式启用，首场议事会围绕社区养老助餐服务开展协商。"],
             attribution="（湖里区民政局供稿）", source="湖里区民政局", province=P,
             agency="湖里区社会组织党建联盟", date="2024-06-21",
             tags=["province_context", "period_date"])
    j3 = art("市物流协会党支部开展“七一”主题党日",
             ["6月26日上午，市物流协会党支部组织党员到鼓浪屿开展主题党日活动，重温入党誓词，聆听“不忘初心、牢记使命”专题党课。"],
             source=None, province=P, agency="厦门市物流协会党支部", date="2024-06-26",
             tags=["province_context", "half_day_date"])
    issues.append((d, "第5期（总第40期）", [j1, j2, j3], "20240627"))
    # ---- issue 3
    d = "2024-10-30"
    k1 = art("市社会组织党委开展“两优一先”评选表彰",
             ["10月25日，市社会组织党委印发决定，表彰一批先进基层党组织、优秀共产党员和优秀党务工作者。",
              "优秀共产党员：{陈晓鸥}、{苏永健}、{欧阳碧霞}、{蓝素琴}、{钟秀英}",
              "优秀党务工作者：{邱文彬}、{卢丽华}、{热娜古丽·艾山}"],
             source=None, province=P, agency=AG, date="2024-10-25",
             tags=["province_context", "honour_list", "dot_name"])
    k2 = art("海沧区以党建引领社会组织参与基层治理",
             ["今年以来，海沧区社会组织党委坚持党建引领，组织37家社会组织与社区结对，开展“红色服务日”活动120余场次。",
              "区社会组织党委负责人{庄志坚}说，下一步将推动结对共建从“一对一”向“多对多”拓展。"],
             attribution="（来源：海沧区民政局）", source="海沧区民政局", province=P,
             agency="海沧区社会组织党委", date=d,
             tags=["province_context", "relative_date", "name_verb"])
    k3 = art("集美区召开社会组织清廉建设推进会",
             ["10月中旬，集美区召开社会组织清廉建设推进会，要求各社会组织党组织严格落实中央八项规定精神，持续纠治“四风”。"],
             source=None, province=P, agency="集美区社会组织党委", date="2024-10-11",
             tags=["province_context", "period_date"])
    issues.append((d, "第9期（总第44期）", [k1, k2, k3], "20241030"))
    # ---- issue 4 (year boundary)
    d = "2025-01-08"
    m1 = art("市社会组织党委召开2024年度述职评议会",
             ["12月27日，市社会组织党委召开2024年度基层党组织书记抓党建工作述职评议会，12名党组织书记现场述职。",
              "市社会组织党委书记{林清渠}在点评时要求，要深入学习贯彻二十届三中全会精神，以全面从严治党新成效推动社会组织健康有序发展。"],
             source=None, province=P, agency=AG, date="2024-12-27",
             tags=["province_context", "year_boundary"])
    m2 = art("翔安区开展新就业群体“暖冬”关爱行动",
             ["1月上旬，翔安区委社会工作部联合区快递行业协会党支部开展“暖冬”关爱行动，为快递员、外卖骑手送去保暖物资。快递员{洪振华}说：“有党组织关心，冬天也不冷。”"],
             attribution="（翔安区委社会工作部供稿）", source="翔安区委社会工作部", province=P,
             agency="翔安区委社会工作部", date="2025-01-01",
             tags=["province_context", "period_date"])
    m3 = art(None,
             ["年初，市社会组织党委印发《2025年社会组织党建工作要点》，明确“五个强化”重点任务：强化政治引领、强化组织覆盖、强化队伍建设、强化作用发挥、强化责任落实。"],
             source=None, province=P, agency=AG, date=d,
             tags=["province_context", "title_none", "relative_date", "enumeration"])
    issues.append((d, "第1期（总第45期）", [m1, m2, m3], "20250108"))
    return issues


def write_ld(issues, truth):
    from docx import Document
    from docx.shared import Pt
    for d, no, arts, _ in issues:
        stray = False
        doc = Document()
        y, m, dd = d.split("-")
        p = doc.add_paragraph()
        r = p.add_run(LD)
        r.bold = True
        r.font.size = Pt(26)
        doc.add_paragraph(no)
        doc.add_paragraph("%s　　　　　　%s年%d月%d日" % (LD_OFFICE, y, int(m), int(dd)))
        doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━")
        doc.add_paragraph("【本期目录】")
        for a in arts:
            if a["main"]:
                doc.add_paragraph("◎" + plain(a["main"]))
        doc.add_paragraph("")
        for a in arts:
            if a["main"]:
                p = doc.add_paragraph()
                p.add_run(plain(a["main"])).bold = True
            for i, b in enumerate(a["body"]):
                t = plain(b)
                if R.random() < 0.3 and len(t) > 20:
                    k = R.randrange(5, len(t) - 5)
                    t = t[:k] + " " + t[k:]
                    stray = True
                last = i == len(a["body"]) - 1
                if last and a["attribution"]:
                    t += plain(a["attribution"])
                para = doc.add_paragraph()
                if t.startswith("（") and len(t) < 20:
                    para.add_run(t).bold = True
                else:
                    para.add_run(t)
            doc.add_paragraph("")
        doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━")
        doc.add_paragraph("报：市委社会工作部，省委社会工作部社会组织党建处")
        doc.add_paragraph("送：市民政局，各区委社会工作部")
        doc.add_paragraph("发：各区社会组织党委，市级行业协会商会党组织")
        doc.add_paragraph("联系人：{0}　电话：0592-5160237　（共印80份）".format("詹惠玲"))
        rel = "%s/%s/%s.docx" % (LD, d, no.split("期")[0].replace("第", "").zfill(2))
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        doc.core_properties.created = __import__("datetime").datetime(int(y), int(m), int(dd))
        doc.core_properties.modified = doc.core_properties.created
        doc.save(path)
        tags = ["docx", "bulletin_masthead", "contents_list", "distribution_lines", "province_context"]
        if stray:
            tags.append("stray_spaces")
        for a in arts:
            for tg in a["tags"]:
                if tg not in tags:
                    tags.append(tg)
        truth[rel] = dict(encoding="docx", crlf=False, kind="docx", publication_kind="bulletin",
                          phenomena=tags, articles=[truth_of(a) for a in arts])


def fix_zip(path):
    """Rewrite a .docx with fixed member timestamps so the generator is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- 漓江融媒网 (html)
LJ = "漓江融媒网"
LJ_SITE = "龙胜各族自治县融媒体中心"

TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{htitle}_漓江融媒网</title>
<meta name="keywords" content="龙胜,党建,民政">
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<div class="topbar"><a href="/">漓江融媒网</a> | <a href="/app/">客户端下载</a> | 无障碍浏览</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xw/">新闻中心</a></li><li><a href="/dj/">党建之窗</a></li><li><a href="/ms/">民生关注</a></li><li><a href="/zw/">政务公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj/">党建之窗</a> &gt; {crumb}</div>
<div class="article">
{head}
{content}
</div>
<div class="share">分享到：微信 微博 <span class="print">【打印本页】</span> <span class="close">【关闭窗口】</span></div>
<div class="related"><h3>相关新闻</h3>
<ul>
{related}
</ul></div>
<div class="footer">
<p>主办：{site}　承办：漓江融媒网编辑部</p>
<p>地址：龙胜各族自治县龙胜镇桂龙路　联系电话：0773-7512086</p>
<p>桂ICP备17002135号-1　桂公网安备45032802000118号</p>
<p>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为漓江融媒网版权所有，未经协议授权，禁止下载使用。</p>
</div>
</body>
</html>
"""


def lj_article_page(a, date, time, src, editor, related, caption_after=None, img="/uploads/%s/1.jpg"):
    h = ["<h1 class=\"title\">%s</h1>" % plain(a["main"])]
    if a["subtitle"]:
        h.append("<h2 class=\"subtitle\">%s</h2>" % plain(a["subtitle"]))
    h.append("<div class=\"info\">来源：%s&nbsp;&nbsp;编辑：%s&nbsp;&nbsp;时间：%s %s&nbsp;&nbsp;浏览：<span id=\"hits\">1%d%d</span></div>"
             % (src, editor, date, time, len(a["body"]), len(plain(a["main"])) % 10))
    c = ["<div class=\"content\" id=\"zoom\">"]
    for i, p in enumerate(a["body"]):
        t = plain(p)
        if i == 0 and a.get("lead"):
            t = a["lead"] + t
        if i == len(a["body"]) - 1 and a["attribution"] and not a.get("lead"):
            t += plain(a["attribution"])
        t = t.replace("“", "&ldquo;").replace("”", "&rdquo;")
        c.append("<p style=\"text-indent:2em;\">%s</p>" % t)
        if caption_after is not None and i == caption_after:
            for cap in a["captions"]:
                c.append("<p style=\"text-align:center;\"><img src=\"%s\" border=\"0\"></p>" % (img % date.replace("-", "")))
                c.append("<p style=\"text-align:center;\" class=\"pic-note\">%s</p>" % plain(cap))
    c.append("<p class=\"zeren\">【责任编辑：%s】</p>" % editor)
    c.append("</div>")
    rel = "\n".join("<li><a href=\"/dj/%d.html\">%s</a><span>%s</span></li>" % (3000 + i, t, dd)
                    for i, (t, dd) in enumerate(related))
    return TEMPLATE.format(htitle=plain(a["main"]), crumb="正文", head="\n".join(h),
                           content="\n".join(c), related=rel, site=LJ_SITE)


def lijiang():
    P = "广西"
    pages = []
    # page 1: article
    d = "2024-05-21"
    a = art("龙胜县民政局开展“党员进村寨”志愿服务",
            ["5月17日，龙胜县民政局机关党支部组织20余名党员干部走进泗水乡周家村，开展“党员进村寨”志愿服务活动，为村里的留守老人和困境儿童送去米油、书包等物资。",
             "活动中，党员们挨家挨户走访，详细了解群众在养老、救助等方面的困难和诉求，现场解答政策问题30余个。",
             "局党组书记、局长{韦秀峦}表示，要以党纪学习教育为契机，把为民办实事落实在村寨一线。周家村瑶族老人{盘桂英}说：“党员干部常来看我们，心里暖和。”"],
            attribution="（通讯员 {潘美莲}）", source="龙胜县民政局", province=P, agency="龙胜县民政局",
            date="2024-05-17", captions=["图为党员干部为老人测量血压。（{潘美莲} 摄）"],
            tags=["province_context", "captions", "name_verb", "related_link"])
    pages.append(("%s/20240521/content_31862.html" % LJ, lj_article_page(
        a, d, "10:26", "龙胜县民政局", "陆晓君",
        [("龙脊镇开展“清廉村寨”建设观摩活动", "2024-05-18"), ("县委社会工作部召开新就业群体座谈会", "2024-05-15"),
         ("全县养老服务工作推进会召开", "2024-05-10")], caption_after=1),
        [a], ["html", "province_context", "captions", "related_link", "name_verb"]))
    # page 2: article with 本网讯 lead and subtitle
    d = "2024-05-21"
    b = art("党建引领“一老一小”服务落地生根",
            ["近年来，龙胜县民政局坚持党建引领，会同各乡镇党委在全县10个乡镇建成村级互助养老服务点46个、儿童之家119个，推动“一老一小”服务覆盖所有行政村。",
             "在和平乡，乡党委组织村党员和壮族、瑶族志愿者组成“红色帮帮团”，定期上门为独居老人打扫卫生、代购物品。",
             "乡党委书记{蒙建勋}说，下一步将把“三会一课”与志愿服务结合起来，让党员在服务群众中发挥作用。"],
            attribution="本网讯（记者 {粟丽华} 通讯员 {石秀凤}）", source=LJ, province=P,
            agency="龙胜县民政局", date=d, subtitle="——龙胜各族自治县“一老一小”服务工作综述",
            tags=["province_context", "subtitle", "multi_line_title", "relative_date", "dateline", "name_verb", "related_link"])
    b["lead"] = "本网讯（记者 粟丽华 通讯员 石秀凤）"
    pages.append(("%s/20240521/content_31870.html" % LJ, lj_article_page(
        b, d, "16:05", "漓江融媒网", "陆晓君",
        [("龙胜县民政局开展“党员进村寨”志愿服务", "2024-05-21"), ("全县养老服务工作推进会召开", "2024-05-10")]),
        [b], ["html", "province_context", "subtitle", "multi_line_title", "dateline", "related_link", "name_verb", "relative_date"]))
    # page 3: 快讯 list of ● items
    d = "2024-09-13"
    items = [
        art("江底乡开展“壮瑶同心”主题党日",
            ["9月10日，江底乡党委组织党员走进瑶寨，开展“壮瑶同心”主题党日活动，重温入党誓词。"],
            province=P, agency="江底乡党委", date="2024-09-10", tags=["province_context", "briefs"]),
        art("县社会组织综合党委举办党务培训",
            ["9月上旬，县社会组织综合党委举办党务工作者培训班，围绕发展党员、“三会一课”等内容进行辅导，40余人参训。"],
            province=P, agency="龙胜县社会组织综合党委", date="2024-09-01", tags=["province_context", "briefs", "period_date"]),
        art(None,
            ["日前，三门镇党委组织党员志愿者为受灾群众抢修房屋12间。镇党委副书记{廖昌盛}表示，将持续跟进灾后重建工作。"],
            province=P, agency="三门镇党委", date=d, tags=["province_context", "briefs", "title_none", "relative_date", "name_verb"]),
        art("县民政局专题学习二十届三中全会精神",
            ["9月11日上午，县民政局党组理论学习中心组专题学习二十届三中全会精神，推动全县民政事业高质量发展。"],
            province=P, agency="龙胜县民政局", date="2024-09-11", tags=["province_context", "briefs", "half_day_date"]),
        art("平等镇表彰一批优秀村寨党员",
            ["9月12日，平等镇党委表彰优秀村寨党员{杨金花}、{龙明德}、{蓝秀珍}、{侯玉光}4人。"],
            province=P, agency="平等镇党委", date="2024-09-12", tags=["province_context", "briefs", "honour_list"]),
        art(None,
            ["9月中旬，伟江乡党委开展“四风”问题专项整治，督促党员干部严守中央八项规定精神。"],
            province=P, agency="伟江乡党委", date="2024-09-11", tags=["province_context", "briefs", "title_none", "period_date"]),
    ]
    lis = []
    for it in items:
        if it["main"]:
            lis.append("<li><p><strong>● %s</strong></p><p>%s</p></li>" % (plain(it["main"]), plain(it["body"][0])))
        else:
            lis.append("<li><p>● %s</p></li>" % plain(it["body"][0]))
    fake = dict(main="党建快讯（第36期）", subtitle=None, body=[], attribution="", captions=[])
    head = "<h1 class=\"title\">党建快讯（第36期）</h1>\n<div class=\"info\">来源：漓江融媒网&nbsp;&nbsp;编辑：覃小蔓&nbsp;&nbsp;时间：%s 17:40</div>" % d
    content = "<div class=\"content\" id=\"zoom\">\n<ul class=\"kx\">\n%s\n</ul>\n<p class=\"zeren\">【责任编辑：覃小蔓】</p>\n</div>" % "\n".join(lis)
    html = TEMPLATE.format(htitle=fake["main"], crumb="党建快讯", head=head, content=content,
                           related="<li><a href=\"/dj/2988.html\">党建快讯（第35期）</a><span>2024-09-06</span></li>",
                           site=LJ_SITE)
    for it in items:
        it["source"] = LJ
    pages.append(("%s/20240913/content_33417.html" % LJ, html, items,
                  ["html", "briefs", "province_context", "title_none", "period_date", "relative_date",
                   "half_day_date", "honour_list", "name_verb", "related_link"]))
    # page 4: interview
    d = "2025-01-06"
    c = art("让“红色驿站”成为骑手的温暖港湾",
            ["记者：县里为什么要建“红色驿站”？",
             "{廖振华}：全县快递员、外卖骑手有300多人，很多是从各乡镇来的壮族、瑶族、侗族青年。12月下旬我们走访时发现，他们最缺的是歇脚的地方，于是依托党群服务中心建起了6个“红色驿站”。",
             "记者：驿站里能提供哪些服务？",
             "{廖振华}：饮水、充电、应急药品，还有“三会一课”学习角。骑手党员{韦德光}主动当起了驿站“站长”。",
             "记者：今年有什么打算？",
             "{廖振华}：我们将坚持党建引领，推动新就业群体参与社区治理，让他们既是服务对象，也是治理力量。"],
            attribution="本网记者 {粟丽华}", source=LJ, province=P, agency="龙胜县委社会工作部", date=d,
            subtitle="——访龙胜县委社会工作部副部长{廖振华}",
            tags=["province_context", "interview", "subtitle", "multi_line_title", "byline_top", "related_link"])
    c["lead"] = ""
    h = ["<h1 class=\"title\">%s</h1>" % plain(c["main"]), "<h2 class=\"subtitle\">%s</h2>" % plain(c["subtitle"]),
         "<div class=\"info\">来源：漓江融媒网&nbsp;&nbsp;编辑：覃小蔓&nbsp;&nbsp;时间：%s 09:12</div>" % d]
    cont = ["<div class=\"content\" id=\"zoom\">", "<p>本网记者 粟丽华</p>"]
    for p in c["body"]:
        cont.append("<p style=\"text-indent:2em;\">%s</p>" % plain(p))
    cont += ["<p class=\"zeren\">【责任编辑：覃小蔓】</p>", "</div>"]
    html = TEMPLATE.format(htitle=plain(c["main"]), crumb="正文", head="\n".join(h), content="\n".join(cont),
                           related="<li><a href=\"/dj/3522.html\">县委社会工作部召开新就业群体座谈会</a><span>2024-12-30</span></li>",
                           site=LJ_SITE)
    pages.append(("%s/20250106/content_35120.html" % LJ, html, [c],
                  ["html", "province_context", "interview", "subtitle", "multi_line_title", "byline_top", "related_link"]))
    return pages


def write_lj(pages, truth):
    for rel, html, arts, tags in pages:
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "wb").write(html.encode("utf-8"))
        truth[rel] = dict(encoding="utf-8", crlf=False, kind="html", publication_kind="county",
                          phenomena=tags, articles=[truth_of(a) for a in arts])


def main():
    truth = {}
    write_gz(guanzhong(), truth)
    issues = ludao()
    write_ld(issues, truth)
    for rel in truth:
        if rel.endswith(".docx"):
            fix_zip(os.path.join(HERE, *rel.split("/")))
    write_lj(lijiang(), truth)
    with open(os.path.join(HERE, "truth-h1e.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(truth), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("pages", len(truth), "articles", sum(len(t["articles"]) for t in truth.values()))


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("关中日报/2024-04-16/06.txt", 5, "agency", "秦都区委社会工作部", None, 5),
    ("鹭岛社会组织党建简报/2024-10-30/09.docx", 3, "agency", "集美区社会组织党委", None, 5),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
