#!/usr/bin/env python3
"""Generate the dev4a set of unseen pages and their ground truth (truth-dev4a.json).

Three publications, every article invented for this set (genre imitation only; all names
of people are made up):
  滇池日报        Yunnan provincial daily, its 党建 page (第5/6版).  GB18030 text layers with
                  CRLF; issue folders written 20240109 (no dashes); 【党建引领】/【支部风采】
                  column labels above articles; a 党建快讯 strip of ■ brief items; datelines
                  本报昆明X月X日电（记者 …）; two pages without any blank line, one of them
                  printing every title after its article; Yi/Dai/Tibetan/Hani names, some
                  with ·, broken across lines; the paper's own 省民政厅 / 省委社会工作部.
  理论与实践周刊  national theory weekly (publication_kind theory), UTF-8 with LF;
                  本报评论员 / 特约评论员 / author alone under the title; （作者系…）/
                  （作者单位：…）; 一、 and （一） subheadings; kickers, —— subtitles; pull
                  quotes; 编者按 before one article; 中央和国家机关工委 / 民政部 pieces.
  赣鄱民政网      Jiangxi civil-affairs web portal: one article per HTML page in a CMS
                  template (nav, breadcrumbs, info line 来源/作者/发布时间, share buttons,
                  related links, captions in <p class="img-desc">, footer 版权所有/备案号);
                  UTF-8, one page <meta charset=gb2312> encoded GB18030.

    python3 make_pages_dev4a.py        (writes the pages and truth-dev4a.json)

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

Conventions decided here (beyond those visible in truth-dev3a.json):
  * A dateline 本报昆明1月5日电（记者 某某） is the attribution, kept out of the body (as
    本报讯（记者 …） is in dev3a); source is the paper.  When the body gives no date of its
    own (连日来, 日前), the dateline's date is the event date; a body date wins over it.
  * ■ items of the 党建快讯 strip without any attribution: attribution "", source the
    paper (the item is the paper's own copy); the marker is not part of the title.
  * A continuation fragment （上接第1版） with no title: title null, attribution as printed
    at its end, date = issue date unless the fragment itself dates the event.
  * 本报评论员 / 特约评论员 pieces: attribution "本报评论员"/"特约评论员", source the weekly,
    no people, province/agency null.  Author-alone theory pieces: attribution
    "name（作者系…）", source null, like dev3a.  A national body's news piece in the
    weekly (（来源：中央和国家机关工委）): source and agency that body, province null.
  * HTML pages: "encoding" is the byte encoding of the file ("utf-8" or "gb18030"), crlf
    false; the attribution is the 来源/作者 part of the info line, joined as
    "来源：X 作者：Y" (发布时间 left out); source X; the 作者 is one of the people; the
    publish date stands as the date only when the body gives none.  Titles repeated in
    <title>, breadcrumbs and 相关链接 lists are furniture; related-link titles are not
    articles of the page.
  * Pull quotes (a body sentence repeated in large type) are furniture, not body.
  * 编者按 is kept out of the article body (as in dev3a).
  * Slogans are collected automatically from title + body (canonical forms of DOMAIN.md's
    list, plus quoted “N个……” formulations), never from column labels or captions.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK = "一二三四五六日"

SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
           "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
           "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
           "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]


def plain(s):
    return s.replace("{", "").replace("}", "").replace("¦", "")


def names(s):
    return [n.replace("¦", "") for n in re.findall(r"\{([^}]*)\}", s or "")]


def ws(s):
    return re.sub(r"\s+", "", s)


def slogans_of(text):
    flat = ws(text)
    out = [t for t in SLOGANS if t in flat]
    for m in re.findall(r"“([一二三四五六七八九十两\d]+个[^“”]{1,12})”", flat):
        if m not in out:
            out.append(m)
    return out


def wrap(s, width, rng, stray=0.0):
    """Cut one paragraph (with markup) into column lines; ¦ forces a break."""
    s = s.replace("{", "").replace("}", "")
    lines, cur = [], ""
    for ch in s:
        if ch == "¦":
            if len(cur.replace(" ", "")) > 2 or (cur and not lines):
                lines.append(cur)
                cur = ""
            continue
        cur += ch
        if stray and ch in "，。、”“日的" and rng.random() < stray:
            cur = cur[:-1] + (" " + ch if ch in "。”" else ch + " ")
        if len(cur.replace(" ", "")) >= width:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def article(**kw):
    a = dict(label=None, kicker=None, title=None, subtitle=None, top=None, dateline=None,
             paras=[], caps={}, end=None, tail=None, head=None, pull=None, note=None,
             attribution="", source=None, province=None, agency=None, date=None,
             extra_people=[], tags=[], subheads=())
    a.update(kw)
    return a


def truth_of(a, issue):
    title = None
    if a["title"]:
        title = (a["kicker"] or "") + "".join(plain(x) for x in a["title"]) + (a["subtitle"] or "")
    body = [plain(p) for p in a["paras"]]
    caps = [plain(c) for _, c in sorted(a["caps"].items())]
    people = []
    srcs = [a["attribution"]] + list(a["title"] or []) + a["paras"] + [c for _, c in sorted(a["caps"].items())]
    for src in srcs:
        for n in names(src):
            if n not in people:
                people.append(n)
    for n in a["extra_people"]:
        if n not in people:
            people.append(n)
    return dict(title=title, body=body, attribution=plain(a["attribution"]), source=a["source"],
                province=a["province"], agency=a["agency"], date=a["date"] or issue,
                people=people, slogans=slogans_of((title or "") + "".join(body)),
                captions=caps, phenomena=list(a["tags"]))


# ---------------------------------------------------------------- text pages
def render_text(arts, head, foot, width, seed, blank=True, title_after=False,
                double=False, stray=0.04, mid=None):
    rng = random.Random(seed)
    out = list(head)
    gap = [""] if blank else []

    def para_lines(p):
        ls = wrap(p, width, rng, stray)
        if double:
            r = []
            for l in ls:
                r += [l, ""]
            return r
        return ls + gap

    for i, a in enumerate(arts):
        if mid and i == mid[0]:
            out += mid[1] + gap
        block = []
        if a["head"]:
            block += [a["head"]]
        if a["label"]:
            block += [a["label"]] + gap
        if a["note"]:
            block += wrap(a["note"], width, rng, stray) + gap
        tl = []
        if a["title"]:
            if a["kicker"]:
                tl.append(a["kicker"])
            tl += [plain(x) for x in a["title"]]
            if a["subtitle"]:
                tl.append(a["subtitle"])
        if tl and not title_after:
            block += tl + gap
        if a["top"]:
            block += a["top"].split("¦") + gap
        for j, p in enumerate(a["paras"]):
            if j in a["subheads"]:
                block += [plain(p)] + gap
                continue
            if j == 0 and a["dateline"]:
                p = a["dateline"] + p
            block += para_lines(p)
            if j in a["caps"]:
                block += wrap(a["caps"][j], width, rng, 0) + gap
            if a["pull"] and a["pull"][0] == j:
                block += ["", a["pull"][1], ""]
        if a["end"]:
            block += wrap(a["end"], width, rng, 0)
        if a["tail"]:
            block += [a["tail"]]
        block += gap
        if tl and title_after:
            block += tl + gap
        out += block
    out += foot
    # collapse runs of blank lines
    res = []
    for l in out:
        if l == "" and res and res[-1] == "" and not double:
            continue
        res.append(l)
    if not blank and not double:
        res = [l for l in res if l != ""]
    return "\n".join(res).rstrip("\n") + "\n"


TRUTH = {}


def write(rel, data, enc, crlf, kind, pkind, ptags, arts, issue):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        data = data.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(data.encode(enc))
    TRUTH[rel] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind,
                      phenomena=ptags, articles=[truth_of(a, issue) for a in arts])


# ================================================================ 滇池日报
def dianchi_head(d, page):
    wd = WEEK[d.weekday()]
    return ["滇池日报", "%d年%d月%d日 星期%s" % (d.year, d.month, d.day, wd),
            "第%d版" % page, "党 建", ""]


DC_FOOT = ["", "责任编辑：李晓云 美编：", "杨 帆 校对：段丽"]
YN = dict(province="云南")


def dianchi():
    # ---- page 1: 2024-01-09 / 05, no blank lines, year boundary
    d = datetime.date(2024, 1, 9)
    arts = [
        article(label="【党建引领】", title=["省民政厅召开2023年度机", "关党建工作述职评议会"],
                top="本报记者 者永红 通讯员 李扎约",
                attribution="本报记者 {者永红} 通讯员 {李扎约}",
                paras=["12月28日，省民政厅召开2023年度机关基层党组织书记抓党建工作述职评议会，11个党支部书记逐一述职，与会人员现场测评。",
                       "厅党组书记、厅长{罗¦正明}指出，要坚持把党的政治建设摆在首位，落实“第一议¦题”制度，严格执行“三会一课”，以全面从严治党新成效推动模范机关建设走深走实。"],
                source="滇池日报", agency="云南省民政厅", date="2023-12-28",
                tags=["province_context", "byline_top", "multi_line_title", "year_boundary", "column_label", "name_verb"], **YN),
        article(label="【支部风采】", kicker="扎根边疆服务群众", title=["西双版纳州民政局党支部", "“小红帽”走进傣家村寨"],
                dateline="本报景洪1月5日电（记者 玉南坎）",
                attribution="本报景洪1月5日电（记者 {玉南坎}）",
                paras=["连日来，西双版纳傣族自治州民政局党支部组织党员志愿者戴上“小红帽”，走进勐海县、勐腊县的傣家村寨，为困难群众宣讲低保、临时救助等惠民政策。",
                       "“政策讲到家门口，我们心里亮堂了。”勐腊县曼庄村村民{岩温¦香}说。"],
                caps={0: "图为党员志愿者为傣族老人讲解惠民政策。（玉南坎 摄）"},
                source="滇池日报", agency="西双版纳傣族自治州民政局", date="2024-01-05",
                tags=["province_context", "kicker", "multi_line_title", "column_label", "dateline", "captions", "name_verb"], **YN),
        article(title=["省委社会工作部举办全省新", "就业群体党建工作培训班"],
                top="本报记者 普梅",
                attribution="本报记者 {普梅}",
                paras=["1月上旬，省委社会工作部在昆明举办全省新就业群体党建工作培训班，各州（市）委社会工作部分管负责同志和快递、外卖平台企业党组织书记共90余人参加。",
                       "培训班围绕学习贯彻习近平新时代中国特色社会主义思想，邀请省委党校教授{阿西·¦木呷}作专题辅导，并组织学员赴昆明市五华区“暖新驿站”现场教学。学员{格桑¦央宗}表示，要以党建引领把“小个专”和新就业群体凝聚起来。"],
                tail="（下转第6版）",
                source="滇池日报", agency="云南省委社会工作部", date="2024-01-01",
                tags=["province_context", "byline_top", "multi_line_title", "period_date", "dot_name", "name_verb", "continued"], **YN),
        article(title=["楚雄州民政局开展“民情", "夜访”主题党日活动"],
                end="（据楚雄州民政局）",
                attribution="（据楚雄州民政局）",
                paras=["近日，楚雄彝族自治州民政局机关党委组织党员干部走进元谋县、武定县彝族聚居村落，开展“民情夜访”主题党日活动，围坐火塘边听取群众意见建议36条。",
                       "州民政局党组成员、副局长{阿苏¦么日}表示，要把群众的“小事”当作自己的“大事”，让党员干部在为民办实事中践行初心使命。"],
                source="楚雄州民政局", agency="楚雄彝族自治州民政局",
                tags=["province_context", "relative_date", "multi_line_title", "name_verb"], **YN),
    ]
    txt = render_text(arts, dianchi_head(d, 5), DC_FOOT, 13, 11, blank=False)
    write("滇池日报/20240109/05.txt", txt, "gb18030", True, "text", "provincial",
          ["gb18030", "crlf", "no_blank_lines", "stray_spaces", "province_context", "column_label",
           "byline_top", "multi_line_title", "year_boundary", "kicker", "dateline", "captions",
           "name_verb", "period_date", "dot_name", "continued", "relative_date"], arts, d.isoformat())

    # ---- page 2: 2024-05-21 / 05, blank lines, 党建快讯 strip
    d = datetime.date(2024, 5, 21)
    arts = [
        article(label="【党建引领】", title=["省民政厅深化模范机关建设", "推进“三级联动”"],
                dateline="本报昆明5月17日电（记者 者永红）",
                attribution="本报昆明5月17日电（记者 {者永红}）",
                paras=["17日上午，省民政厅召开深化模范机关建设推进会，部署省、州（市）、县（市、区）民政部门“三级联动”创建工作。",
                       "会议要求，各级民政部门要坚定拥护“两个确立”、坚决做到“两个维护”，把主题教育成果转化为推动民政事业高质量发展的实际成效。",
                       "厅党组成员、副厅长{张¦丽华}通报了2023年度模范机关创建情况，红河、大理等6个州（市）民政局作交流发言。"],
                tail="（下转第6版）",
                source="滇池日报", agency="云南省民政厅", date="2024-05-17",
                tags=["province_context", "dateline", "half_day_date", "column_label", "multi_line_title", "continued"], **YN),
        article(label="【支部风采】", title=["迪庆州社会组织综合党委：", "党建指导员扎根雪域高原"],
                top="本报记者 普梅 通讯员 扎西卓玛",
                attribution="本报记者 {普梅} 通讯员 {扎西卓玛}",
                paras=["今年以来，迪庆藏族自治州社会组织综合党委向全州82家社会组织选派党建工作指导员，推动党的组织和工作“两个覆盖”。",
                       "在香格里拉市一家民族手工艺协会，指导员{次仁¦多吉}帮助协会建立党支部，规范“三会一课”。协会会长{格桑·¦央宗}说：“有了党支部，大家干事更有方向了。”"],
                caps={0: "图为党建指导员在协会开展政策宣讲。（扎西卓玛 摄）"},
                source="滇池日报", agency="迪庆藏族自治州社会组织综合党委", date="2024-05-21",
                tags=["province_context", "relative_date", "byline_top", "column_label", "multi_line_title", "dot_name", "captions", "name_verb"], **YN),
    ]
    briefs = [
        article(title=["■ 普洱市民政局开展清廉机关建设“回头看”"],
                paras=["5月中旬，普洱市民政局对清廉机关建设开展“回头看”，梳理廉政风险点23个，制定防控措施41条。"],
                source=None, agency="普洱市民政局", date="2024-05-11",
                tags=["province_context", "briefs", "period_date"], **YN),
        article(title=["■ 怒江州民政局党支部与贡山县丙中洛镇党委结对共建"],
                paras=["日前，怒江傈僳族自治州民政局党支部与贡山独龙族怒族自治县丙中洛镇党委签订结对共建协议，围绕边境民族村寨养老服务开展联学联建。"],
                end="（通讯员 和春梅）", attribution="（通讯员 {和春梅}）",
                source=None, agency="怒江傈僳族自治州民政局", date="2024-05-21",
                tags=["province_context", "briefs", "relative_date"], **YN),
        article(title=["■ 昆明市官渡区成立快递行业联合党委"],
                paras=["5月16日，昆明市官渡区快递行业联合党委成立，覆盖辖区快递网点47个、党员快递员63名。区委社会工作部部长{白者¦黑}为联合党委授牌。"],
                source=None, agency="官渡区委社会工作部", date="2024-05-16",
                tags=["province_context", "briefs"], **YN),
    ]
    for b in briefs:
        b["title"] = [b["title"][0]]
    strip = ["党建快讯"]
    allarts = arts + briefs
    # brief items are printed marker + title on one line, no blank lines between items
    txt = render_text(arts, dianchi_head(d, 5), [], 14, 12, blank=True)
    rng = random.Random(5)
    lines = strip[:]
    for b in briefs:
        lines += wrap(b["title"][0], 14, rng, 0)
        for p in b["paras"]:
            lines += wrap(p, 14, rng, 0.04)
        if b["end"]:
            lines += [b["end"]]
    txt = txt + "\n" + "\n".join(lines) + "\n" + "\n".join(DC_FOOT) + "\n"
    for b in briefs:
        b["title"] = [b["title"][0][2:]]
    write("滇池日报/20240521/05.txt", txt, "gb18030", True, "text", "provincial",
          ["gb18030", "crlf", "stray_spaces", "province_context", "column_label", "dateline",
           "half_day_date", "multi_line_title", "byline_top", "relative_date", "dot_name",
           "captions", "name_verb", "briefs", "period_date", "continued"], allarts, d.isoformat())

    # ---- page 3: 2024-05-21 / 06, no blank lines, titles after the articles
    arts = [
        article(head="（上接第5版）", title=None,
                paras=["会议强调，要以学铸魂、以学增智、以学正风、以学促干，持续巩固主题教育成果，推动全省民政系统党建工作和业务工作深度融合。",
                       "会前，与会人员参观了昆明市盘龙区“一刻钟养老服务圈”党建示范点。"],
                source="滇池日报", agency="云南省民政厅", date="2024-05-21",
                tags=["province_context", "continued", "title_none"], **YN),
        article(title=["红河州民政局：“火塘夜话”", "把政策送进哈尼山寨"],
                top="本报记者 者永红",
                attribution="本报记者 {者永红}",
                paras=["5月下旬以来，红河哈尼族彝族自治州民政局党员干部利用晚上时间走进元阳县哈尼山寨，围着火塘和群众拉家常、讲政策。",
                       "“白天村民要下田，晚上来才能见到人。”州民政局社会救助科科长{卢¦梭然}说，一个多月来共收集意见建议58条，已办结51条。"],
                source="滇池日报", agency="红河哈尼族彝族自治州民政局", date="2024-05-21",
                tags=["province_context", "byline_top", "title_after", "multi_line_title", "name_verb"], **YN),
        article(title=["省委社会工作部召开全省", "“两企三新”党建工作座谈会"],
                top="本报记者 普梅",
                attribution="本报记者 {普梅}",
                paras=["5月20日，省委社会工作部召开全省“两企三新”党建工作座谈会，听取16个州（市）工作情况汇报。",
                       "会议指出，要深入学习贯彻党的二十大精神，坚持党建引领，推动混合所有制企业、非公有制企业和新经济组织、新社会组织、新就业群体党建工作提质增效。省委社会工作部副部长{杨¦绍华}出席并讲话。"],
                source="滇池日报", agency="云南省委社会工作部", date="2024-05-20",
                tags=["province_context", "byline_top", "title_after", "multi_line_title"], **YN),
        article(title=["大理州民政局召开党纪学习", "教育警示教育会"],
                end="（大理州民政局供稿）", attribution="（大理州民政局供稿）",
                paras=["5月中旬，大理白族自治州民政局召开党纪学习教育警示教育会，通报近年来民政领域违纪违法典型案例，组织党员干部重温入党誓词。",
                       "州民政局党组书记、局长{段¦志强}要求，要驰而不息纠治“四风”，严格落实中央八项规定精神。"],
                source="大理州民政局", agency="大理白族自治州民政局", date="2024-05-11",
                tags=["province_context", "period_date", "title_after", "multi_line_title"], **YN),
    ]
    # the continuation fragment prints no title; render with title_after for the others
    txt = render_text(arts, dianchi_head(d, 6), DC_FOOT, 14, 13, blank=False, title_after=True)
    write("滇池日报/20240521/06.txt", txt, "gb18030", True, "text", "provincial",
          ["gb18030", "crlf", "no_blank_lines", "stray_spaces", "province_context", "continued",
           "title_none", "title_after", "byline_top", "multi_line_title", "name_verb",
           "period_date"], arts, d.isoformat())

    # ---- page 4: 2024-09-10 / 05, blank lines, honour list
    d = datetime.date(2024, 9, 10)
    arts = [
        article(label="【党建引领】", kicker="学思想、强党性、重实践、建新功",
                title=["省民政厅通报表扬一批", "优秀党务工作者"],
                end="（省民政厅机关党委供稿）", attribution="（省民政厅机关党委供稿）",
                paras=["9月上旬，省民政厅机关党委印发通知，对在主题教育和模范机关建设中表现突出的12名同志予以通报表扬。名单如下：",
                       "厅机关：{马丽芬}、{和建国}、{刀·玉香}、{杨春燕}",
                       "直属单位：{木文斌}、{罗秀英}、{扎西顿珠}、{李扎约}",
                       "州（市）民政局：{阿苏么日}、{岩罕}、{段志强}、{者秀芝}"],
                source="云南省民政厅机关党委", agency="云南省民政厅", date="2024-09-01",
                tags=["province_context", "honour_list", "kicker", "multi_line_title", "period_date", "dot_name", "column_label"], **YN),
        article(title=["昭通市民政局党组理论学习中心组", "专题学习二十届三中全会精神"],
                dateline="本报昭通9月6日电（记者 普梅）",
                attribution="本报昭通9月6日电（记者 {普梅}）",
                paras=["6日，昭通市民政局党组理论学习中心组召开专题学习会，深入学习二十届三中全会精神。",
                       "市民政局党组书记、局长{陈¦光友}指出，要以中国式现代化为引领，谋划推进民政领域各项改革任务。"],
                source="滇池日报", agency="昭通市民政局", date="2024-09-06",
                tags=["province_context", "dateline", "multi_line_title", "name_verb"], **YN),
        article(label="【支部风采】", title=["德宏州：景颇山寨的", "“党员中心户”"],
                top="本报记者 者永红 通讯员 排¦早三",
                attribution="本报记者 {者永红} 通讯员 {排早三}",
                paras=["今年以来，德宏傣族景颇族自治州民政局在陇川县景颇山寨推行“党员中心户”制度，每名党员联系10户群众，帮助困难群众申请社会救助。",
                       "“党员中心户”{石¦勒干}说，要当好政策的宣传员、群众的服务员。"],
                caps={1: "图为党员中心户入户走访独居老人。（排早三 摄）"},
                source="滇池日报", agency="德宏傣族景颇族自治州民政局", date="2024-09-10",
                tags=["province_context", "relative_date", "byline_top", "column_label", "multi_line_title", "captions", "name_verb"], **YN),
    ]
    txt = render_text(arts, dianchi_head(d, 5), DC_FOOT, 15, 14, blank=True)
    write("滇池日报/20240910/05.txt", txt, "gb18030", True, "text", "provincial",
          ["gb18030", "crlf", "stray_spaces", "province_context", "honour_list", "kicker",
           "multi_line_title", "period_date", "dot_name", "column_label", "dateline",
           "name_verb", "byline_top", "relative_date", "captions"], arts, d.isoformat())


# ================================================================ 理论与实践周刊
def llsj_head(d, page):
    return ["理论与实践周刊", "%d年%d月%d日" % (d.year, d.month, d.day), "第%d版 · 理论" % page, ""]


LL_FOOT = ["", "本版主编：韩青岚", "版式：宋 宁"]
TH = dict(province=None, agency=None)


def llsj():
    d = datetime.date(2024, 3, 8)
    arts = [
        article(note="编者按：模范机关建设是机关党建的重要抓手。本期刊发本报评论员文章和一篇理论文章，敬请关注。",
                kicker="深入推进模范机关建设", title=["把“两个维护”落实到", "机关工作全过程"],
                top="本报评论员", attribution="本报评论员", source="理论与实践周刊",
                paras=["机关是党和国家的神经中枢。建设让党中央放心、让人民群众满意的模范机关，必须把“两个维护”作为最高政治原则和根本政治规矩。",
                       "要坚持用习近平新时代中国特色社会主义思想凝心铸魂，增强“四个意识”、坚定“四个自信”，在贯彻落实党中央决策部署上当先锋、作表率。",
                       "要一以贯之推进全面从严治党，锲而不舍落实中央八项规定精神，让清廉机关建设成为机关的鲜明底色。"],
                tags=["editor_note", "kicker", "multi_line_title", "byline_top"], **TH),
        article(kicker="深入学习贯彻党的二十大精神", title=["以“两个结合”推动", "机关党建理论创新"],
                subtitle="——关于新时代机关党建的几点思考",
                top="方志清", attribution="{方志清}（作者系中共中央党校（国家行政学院）党的建设教研部教授）",
                end="（作者系中共中央党校（国家行政学院）党的建设教研部教授）",
                paras=["一、深刻把握“两个结合”的理论意蕴",
                       "“两个结合”是我们取得成功的最大法宝。机关党建要在“结合”上下功夫，既坚持马克思主义基本原理，又扎根中华优秀传统文化。",
                       "二、在“结合”中推动机关党建守正创新",
                       "一是坚持“第一议题”制度，推动理论学习往深里走；二是完善“三会一课”，让组织生活有滋有味；三是推进党建和业务深度融合，服务高质量发展。",
                       "三、以理论创新引领实践创新",
                       "理论的生命力在于创新。机关党建工作者要善于从实践中总结经验，把规律性认识上升为制度成果，为推进中国式现代化提供坚强组织保证。"],
                subheads=(0, 2, 4), pull=(1, "机关党建要在“结合”上下功夫"),
                source=None,
                tags=["kicker", "subtitle", "multi_line_title", "byline_top", "subheadings", "enumeration", "pull_quote"], **TH),
    ]
    txt = render_text(arts, llsj_head(d, 7), LL_FOOT, 17, 21, blank=True)
    write("理论与实践周刊/2024-03-08/07.txt", txt, "utf-8", False, "text", "theory",
          ["stray_spaces", "editor_note", "kicker", "subtitle", "multi_line_title", "byline_top",
           "subheadings", "enumeration", "pull_quote"], arts, d.isoformat())

    arts = [
        article(title=["中央和国家机关工委召开", "模范机关建设推进会"],
                end="（来源：中央和国家机关工委）", attribution="（来源：中央和国家机关工委）",
                paras=["3月5日，中央和国家机关工委召开模范机关建设推进会，总结交流经验，部署2024年重点任务。",
                       "会议强调，要深刻领悟“两个确立”的决定性意义，以“三级联动”推动模范机关建设向基层延伸。民政部等5个部门作交流发言。"],
                source="中央和国家机关工委", province=None, agency="中央和国家机关工委", date="2024-03-05",
                tags=["national_body", "multi_line_title"]),
        article(title=["让“三会一课”", "真正“活”起来"],
                top="特约评论员", attribution="特约评论员", source="理论与实践周刊",
                paras=["“三会一课”是党的组织生活的基本制度。一些基层党组织存在形式化问题，会议照本宣科、党课内容单一。",
                       "破解这些问题，关键在于把“三会一课”同中心工作结合起来，同党员思想实际结合起来，让党员在组织生活中受教育、有收获。"],
                tags=["byline_top", "multi_line_title"], **TH),
        article(title=["社会组织党建工作的", "实践路径"],
                top="刘 瑾 许一鸣", attribution="{刘瑾} {许一鸣}（作者单位：北京社会管理职业学院）",
                end="（作者单位：北京社会管理职业学院）",
                paras=["（一）推动党的组织有效覆盖",
                       "坚持应建尽建，采取单独组建、联合组建等方式，扩大社会组织党的组织覆盖面。",
                       "（二）推动党的工作有效覆盖",
                       "对暂不具备组建条件的社会组织，通过选派党建工作指导员等方式实现工作覆盖，坚持党建引领，促进社会组织健康有序发展。"],
                subheads=(0, 2), source=None,
                tags=["byline_top", "multi_line_title", "subheadings", "enumeration"], **TH),
    ]
    txt = render_text(arts, llsj_head(d, 8), LL_FOOT, 16, 22, blank=True)
    write("理论与实践周刊/2024-03-08/08.txt", txt, "utf-8", False, "text", "theory",
          ["stray_spaces", "national_body", "multi_line_title", "byline_top", "subheadings",
           "enumeration"], arts, d.isoformat())

    d = datetime.date(2024, 7, 5)
    arts = [
        article(title=["民政部直属机关党委举办", "“七一”专题党课"],
                end="（来源：民政部直属机关党委）", attribution="（来源：民政部直属机关党委）",
                paras=["7月1日上午，民政部直属机关党委举办庆祝建党103周年专题党课，部机关各司局和直属单位党员干部参加。",
                       "党课强调，要坚持不忘初心、牢记使命，以党建引领推动民政事业高质量发展。"],
                source="民政部直属机关党委", province=None, agency="民政部", date="2024-07-01",
                tags=["national_body", "half_day_date", "multi_line_title"]),
        article(label="理论前沿", title=["深刻领悟“六个必须坚持”", "的世界观和方法论"],
                top="贺 思远", attribution="{贺思远}（作者系中国人民大学马克思主义学院副教授）",
                end="（作者系中国人民大学马克思主义学院副教授）",
                paras=["“六个必须坚持”是习近平新时代中国特色社会主义思想的世界观和方法论的集中体现。",
                       "一、必须坚持人民至上",
                       "（一）站稳人民立场。民政工作是最直接面向群众的工作，要把群众满意作为衡量工作的根本标准。",
                       "（二）办好民生实事。要聚焦“一老一小”等群体，兜住兜准兜牢民生底线。",
                       "二、必须坚持守正创新",
                       "守正才能不迷失方向，创新才能把握时代。要在推进中国式现代化的实践中不断深化规律性认识。"],
                subheads=(1, 4), pull=(3, "兜住兜准兜牢民生底线"), source=None,
                tags=["column_label", "multi_line_title", "byline_top", "subheadings", "enumeration", "pull_quote"], **TH),
    ]
    txt = render_text(arts, llsj_head(d, 7), LL_FOOT, 18, 23, blank=True, double=True)
    write("理论与实践周刊/2024-07-05/07.txt", txt, "utf-8", False, "text", "theory",
          ["double_spaced", "stray_spaces", "national_body", "half_day_date", "column_label",
           "multi_line_title", "byline_top", "subheadings", "enumeration", "pull_quote"],
          arts, d.isoformat())

    d = datetime.date(2024, 11, 15)
    arts = [
        article(kicker="学习贯彻二十届三中全会精神", title=["以改革精神推进", "机关党建高质量发展"],
                top="本报评论员", attribution="本报评论员", source="理论与实践周刊",
                paras=["全面贯彻落实二十届三中全会精神，机关党建必须走在前、作表率。",
                       "要牢记“国之大者”，胸怀“两个大局”，把改革要求落实到机关党建各方面，以全面从严治党引领保障进一步全面深化改革。"],
                tags=["kicker", "multi_line_title", "byline_top"], **TH),
        article(title=["从“三个务必”看", "作风建设的时代要求"],
                subtitle="——兼论党员干部的担当作为",
                top="黄 芷若", attribution="{黄芷若}（作者系复旦大学国际关系与公共事务学院研究员）",
                end="（作者系复旦大学国际关系与公共事务学院研究员）",
                paras=["“三个务必”是对党员干部作风建设提出的明确要求。",
                       "一是务必不忘初心、牢记使命，始终保持同人民群众的血肉联系；二是务必谦虚谨慎、艰苦奋斗，驰而不息纠治“四风”；三是务必敢于斗争、善于斗争，在急难险重任务中挺身而出。",
                       "作风建设永远在路上。只有持之以恒抓作风，才能凝聚起推进中国式现代化的强大力量。"],
                pull=(1, "作风建设永远在路上"), source=None,
                tags=["subtitle", "multi_line_title", "byline_top", "enumeration", "pull_quote"], **TH),
        article(title=["中央和国家机关工委举办学习贯彻", "二十届三中全会精神专题培训班"],
                dateline="本报讯　", attribution="本报讯",
                paras=["11月上旬，中央和国家机关工委举办学习贯彻二十届三中全会精神专题培训班，各部门机关党委负责同志160余人参加。",
                       "培训班强调，要把学习贯彻全会精神同推进模范机关建设结合起来，以机关党建高质量发展服务保障中国式现代化。"],
                source="理论与实践周刊", province=None, agency="中央和国家机关工委", date="2024-11-01",
                tags=["national_body", "period_date", "dateline", "multi_line_title"]),
    ]
    txt = render_text(arts, llsj_head(d, 7), LL_FOOT, 16, 24, blank=True)
    write("理论与实践周刊/2024-11-15/07.txt", txt, "utf-8", False, "text", "theory",
          ["stray_spaces", "kicker", "multi_line_title", "byline_top", "subtitle", "enumeration",
           "pull_quote", "national_body", "period_date", "dateline"], arts, d.isoformat())


# ================================================================ 赣鄱民政网
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta {meta}>
<title>{title_plain}_{section}_赣鄱民政网</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="top-bar"><span>欢迎访问赣鄱民政网！</span><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/djgz/">党建工作</a></li><li><a href="/mzyw/">民政要闻</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; <a href="/djgz/{sec_path}/">{section}</a> &gt; 正文</div>
<div class="article">
{title_html}
<div class="info"><span>来源：{source}</span><span>作者：{author}</span><span>发布时间：{pub}</span><span>浏览次数：{views}</span><span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
{related}
</ul></div>
<div class="footer"><p>主办：江西省民政厅 承办：江西省民政厅信息中心</p><p>版权所有：江西省民政厅 地址：南昌市红谷滩区某某路000号</p><p>赣ICP备00000000号-1 赣公网安备 36010000000000号</p></div>
</body>
</html>
"""
JX = dict(province="江西")


def html_page(rel, d, enc, a, section, sec_path, views, related, title_html, author, src_name,
              ptags, body_html):
    meta = 'charset="gb2312"' if enc == "gb18030" else 'charset="utf-8"'
    title_plain = a["kicker"] + "".join(a["title"]) if a["kicker"] else "".join(a["title"])
    page = HTML.format(meta=meta, title_plain=plain(title_plain), section=section, sec_path=sec_path,
                       title_html=title_html, source=src_name, author=author,
                       pub="%s %s" % (d.isoformat(), "09:%02d" % (views % 60)), views=views,
                       body=body_html, related="\n".join('<li><a href="/djgz/%d.html">%s</a><span>%s</span></li>' % (i, t, dt) for i, (t, dt) in enumerate(related)))
    write(rel, page, enc, False, "html", "provincial", ptags, [a], d.isoformat())


def body_html(a, imgs):
    out = []
    for j, p in enumerate(a["paras"]):
        if j in a["subheads"]:
            out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % plain(p))
        else:
            out.append('<p style="text-indent:2em;">%s</p>' % plain(p))
        if j in a["caps"]:
            out.append('<p style="text-align:center;"><img src="/uploads/%s.jpg" border="0"></p>\n<p class="img-desc">%s</p>' % (imgs.pop(0), plain(a["caps"][j])))
    return "\n".join(out)


def ganpo():
    d = datetime.date(2024, 4, 2)
    a = article(title=["南昌市民政局开展“清明祭英烈”主题党日活动"],
                attribution="来源：南昌市民政局 作者：{刘晓岚}",
                paras=["3月29日，南昌市民政局机关党委组织党员干部前往八一起义纪念馆，开展“清明祭英烈”主题党日活动。",
                       "全体党员在纪念馆前重温入党誓词，并参观了基本陈列。市民政局党组书记、局长{熊¦建平}表示，要传承红色基因，把革命先烈的精神转化为做好民政工作的强大动力，深入开展党纪学习教育，以学正风。"],
                caps={0: "图为党员干部重温入党誓词。（刘晓岚 摄）"},
                source="南昌市民政局", agency="南昌市民政局", date="2024-03-29",
                tags=["province_context", "captions", "name_verb", "related_link"], **JX)
    html_page("赣鄱民政网/2024-04-02/01.html", d, "utf-8", a, "基层动态", "jcdt", 1532,
              [("九江市民政局召开2024年全面从严治党工作会议", "2024-03-28"),
               ("省民政厅机关党委召开党支部书记述职评议会", "2024-03-22")],
              "<h1>南昌市民政局开展“清明祭英烈”主题党日活动</h1>", "刘晓岚", "南昌市民政局",
              ["html", "province_context", "captions", "name_verb", "related_link"], body_html(a, ["a1"]))

    a = article(kicker="以学铸魂 以学促干", title=["省民政厅举办2024年度机关党务干部培训班"],
                subtitle="——提升党务干部抓党建促业务能力",
                attribution="来源：省民政厅机关党委 作者：{邹¦雨晴} {万家乐}",
                paras=["4月1日上午，省民政厅2024年度机关党务干部培训班开班，厅机关各党支部书记、支部委员和直属单位党务干部共80余人参加。",
                       "培训内容",
                       "培训为期3天，邀请省委党校教授围绕习近平新时代中国特色社会主义思想、党的二十大精神、“三会一课”规范化建设等作专题辅导。",
                       "工作要求",
                       "培训班要求，一是提高政治站位，二是强化学以致用，三是严守培训纪律，推动模范机关建设取得新成效。"],
                subheads=(1, 3), source="江西省民政厅机关党委", agency="江西省民政厅", date="2024-04-01",
                tags=["province_context", "kicker", "subtitle", "half_day_date", "subheadings", "enumeration", "related_link"], **JX)
    a["kicker"] = "以学铸魂以学促干"
    html_page("赣鄱民政网/2024-04-02/02.html", d, "utf-8", a, "机关党建", "jgdj", 2210,
              [("南昌市民政局开展“清明祭英烈”主题党日活动", "2024-04-02"),
               ("省民政厅召开2024年全面从严治党工作会议", "2024-02-27")],
              '<p class="yt">以学铸魂 以学促干</p>\n<h1>省民政厅举办2024年度机关党务干部培训班</h1>\n<p class="ft">——提升党务干部抓党建促业务能力</p>',
              "邹雨晴 万家乐", "省民政厅机关党委",
              ["html", "province_context", "kicker", "subtitle", "half_day_date", "subheadings",
               "enumeration", "related_link"], body_html(a, []))

    d = datetime.date(2024, 8, 16)
    a = article(title=["赣州市社会组织综合党委举办“红色课堂”进社会组织活动"],
                attribution="来源：赣州市民政局 作者：{钟¦秀兰}",
                paras=["8月中旬，赣州市社会组织综合党委在于都县举办“红色课堂”进社会组织活动，全市40余家社会组织党组织书记参加。",
                       "活动中，畲族党员{蓝¦春花}结合自身经历讲述了家乡的变化。市社会组织综合党委书记{谢¦东明}说，要以党建引领推动社会组织更好服务苏区振兴发展。"],
                caps={0: "图为“红色课堂”活动现场。", 1: "图为党员参观中央红军长征出发纪念馆。（钟秀兰 摄）"},
                source="赣州市民政局", agency="赣州市社会组织综合党委", date="2024-08-11",
                tags=["province_context", "period_date", "captions", "name_verb", "related_link"], **JX)
    html_page("赣鄱民政网/2024-08-16/01.html", d, "gb18030", a, "基层动态", "jcdt", 987,
              [("上饶市民政局开展“七一”走访慰问老党员活动", "2024-07-03")],
              "<h1>赣州市社会组织综合党委举办“红色课堂”进社会组织活动</h1>", "钟秀兰", "赣州市民政局",
              ["html", "gb18030", "province_context", "period_date", "captions", "name_verb",
               "related_link"], body_html(a, ["b1", "b2"]))

    d = datetime.date(2025, 1, 3)
    a = article(title=["景德镇市民政局召开2024年度", "专题民主生活会"],
                attribution="来源：景德镇市民政局 作者：",
                paras=["12月30日，景德镇市民政局党组召开2024年度专题民主生活会。会前，局党组广泛征求意见建议，班子成员之间开展谈心谈话。",
                       "会上，局党组书记、局长{程¦国庆}代表局党组作对照检查，班子成员逐一发言，开展批评和自我批评。",
                       "会议要求，要持续纠治“四风”，落实中央八项规定精神，推动全面从严治党向纵深发展。"],
                source="景德镇市民政局", agency="景德镇市民政局", date="2024-12-30",
                tags=["province_context", "year_boundary", "name_verb", "related_link"], **JX)
    a["attribution"] = "来源：景德镇市民政局"
    html_page("赣鄱民政网/2025-01-03/01.html", d, "utf-8", a, "基层动态", "jcdt", 664,
              [("省民政厅召开2024年度机关党组织书记抓党建述职评议会", "2024-12-31"),
               ("萍乡市民政局召开清廉机关建设推进会", "2024-12-20")],
              "<h1>景德镇市民政局召开2024年度<br>专题民主生活会</h1>", "", "景德镇市民政局",
              ["html", "province_context", "year_boundary", "name_verb", "related_link",
               "multi_line_title"], body_html(a, []))


def main():
    dianchi()
    llsj()
    ganpo()
    with open(os.path.join(HERE, "truth-dev4a.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
