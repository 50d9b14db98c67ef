#!/usr/bin/env python3
"""Generate the held-back set f of pages and their ground truth (truth-h1f.json).

Three publications, every article invented for this set (genre imitation only; all names of
people are made up):
  岭南融媒      a 广东 county media centre in the 梅州 area; PDF text layers in UTF-8 with BOM,
                LF; 14-16 character columns; running head split over two lines (paper name on
                one line, date/weekday/page on the next, itself split on some pages); constant
                footer 责任编辑/校对 on two lines; news pages with 【党建引领】 labels and
                captions （通讯员 某某 摄）; 简讯 pages of ■ / ▲ items with no blank lines at all,
                items with a headline line of their own and items whose marker line opens the
                first sentence; a January issue with late-December items.
  徽州理论周刊  a 安徽 theory weekly (publication_kind theory); UTF-8, CRLF; 本报评论员 and
                特约评论员 pieces, an author's name alone under the title and （作者系…） at
                the end, kicker + title + ——subtitle, numbered subheadings 一、二、 and
                （一）, an 编者按 above the first article, pull quotes set apart in 【】.
  海河民政简报  a Word bulletin (.docx) of the 天津市民政局机关党委; issue folders written
                20240315; masthead (name, 第N期, issuing office, date), a 目录 on one issue,
                bold headings, 一是/二是 enumerations, an honour list, 报/送/发 and 共印N份.

    python3 make_pages_h1f.py        (writes the pages and truth-h1f.json)

Conventions (as truth-dev4c.json, plus these decisions):
  * 本报评论员 / 特约评论员 pieces: the label is the attribution, source is the weekly itself,
    province and agency null (commentary names none).  An author-alone byline under the title
    with （作者系…） at the end: attribution "名字（作者系…）", source null, province/agency null.
  * The 编者按 is not an article and not part of the first article's body.  A pull quote
    (a sentence of the body repeated in 【】 between paragraphs) is neither body nor caption;
    the article carries the tag pull_quote.  Numbered subheadings are body paragraphs.
  * County media centre: 融媒讯（记者 某某 通讯员 某某） is the attribution, source 岭南融媒;
    brief items without attribution have source null; province 广东 from the county/town
    names; agency the town party committee or the county/district bureau that acts.
  * A ■/▲ marker line that holds a short headline alone gives that headline as the title; an
    item whose marker line starts the first sentence has title null.  The marker is never part
    of a title or body.
  * Word bulletin: items ending （局机关党委供稿） have source 天津市民政局机关党委 and agency
    天津市民政局; items ending （和平区民政局） have that bureau as source and agency.
    Encoding "utf-8" (the XML inside), crlf false, kind docx.  Masthead, 目录 and the
    distribution lines are not articles.  Honour-list names are people of the article;
    the category headings of the list are body paragraphs.
  * Slogans are computed from title + body against DOMAIN.md's list plus quoted “N个……”.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (华城镇社工站→五华县华城镇社工站; 新铺镇党委→蕉岭县新铺镇党委; 汤坑镇党委→丰顺县汤坑镇党委).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 2; kind 3 (an uncredited report of the paper or site
→ the paper, source) 10 — 12 values, listed in _TRUTH10 and applied as the truth is written; no page
changes.
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


def ws(s):
    return re.sub(r"\s+", "", s)


def slogans_of(title, body):
    t = ws((title or "") + "".join(body))
    out = [s for s in SLOGANS if s in t]
    for m in re.findall(r"“([一二三四五六七八九十两\d]+个[^”“]{1,12})”", t):
        if m not in out:
            out.append(m)
    return out


def wrap(text, width, rng, spaces=True):
    """Cut a paragraph into column lines of `width` characters, with stray spaces."""
    lines = []
    i = 0
    while i < len(text):
        w = width - (1 if rng.random() < 0.25 else 0)
        chunk = text[i:i + w]
        i += w
        # keep closing punctuation on the line (most of the time, as typesetting does)
        while i < len(text) and text[i] in "，。、”）：；！？】" and rng.random() < 0.85:
            chunk += text[i]
            i += 1
        if spaces and rng.random() < 0.18 and len(chunk) > 4:
            k = rng.randrange(2, len(chunk) - 1)
            chunk = chunk[:k] + " " + chunk[k:]
        lines.append(chunk)
    return lines


def weekday(d):
    return "星期" + WEEK[d.weekday()]


TRUTH = {}


def art(title, body, attribution, source, province, agency, date, people, captions, tags):
    return {"title": title, "body": body, "attribution": attribution, "source": source,
            "province": province, "agency": agency, "date": date, "people": people,
            "slogans": slogans_of(title, body), "captions": captions, "phenomena": tags}


def page_tags(arts, base):
    tags = list(base)
    for a in arts:
        for g in a["phenomena"]:
            if g not in tags:
                tags.append(g)
    return tags


def write_text(rel, lines, encoding, crlf):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    s = "\n".join(lines) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(s.encode(encoding))


# ---------------------------------------------------------------- 岭南融媒
LN = "岭南融媒"


def ln_head(d, page, split):
    l2 = "%d年%d月%d日" % (d.year, d.month, d.day)
    l3 = "%s  第%d版" % (weekday(d), page)
    if split:
        return [LN, l2, l3, "基层·民生", ""]
    return [LN, l2 + " " + l3 + "  基层·民生", ""]


LN_FOOT = ["", "责任编辑：钟秀梅", "校对：古振华"]


def ln_news(rng, head, blocks, width=15):
    """blocks: list of dicts with keys label, title_lines, attr_top, paras (list of str or
    ('cap', str)), attr_end, title_after."""
    out = list(head)
    for b in blocks:
        if b.get("label"):
            out.append(b["label"])
        if not b.get("title_after"):
            out += b["title_lines"]
        if b.get("byline"):
            out.append(b["byline"])
        first = True
        for p in b["paras"]:
            if isinstance(p, tuple):
                out += wrap(p[1], width, rng, spaces=False)
                continue
            if first and b.get("lead"):
                p = b["lead"] + p
            first = False
            out += wrap(p, width, rng)
        if b.get("attr_end"):
            out += wrap(b["attr_end"], width, rng, spaces=False)
        if b.get("title_after"):
            out += b["title_lines"]
        out.append("")
    return out


def gen_lingnan():
    pub_kind = "county"
    # ---- page 1: 2024-04-12 / 02 news
    rng = random.Random(61)
    d = datetime.date(2024, 4, 12)
    rel = "%s/%s/02.txt" % (LN, d.isoformat())
    blocks = [
        dict(label="【党建引领】",
             title_lines=["松口镇：老党员“讲古”", "讲出侨乡红色记忆"],
             lead="融媒讯（记者 温嘉怡 通讯员 李焕彬）",
             paras=["4月9日上午，梅县区松口镇在铜琶村党群服务中心开展“红色讲古”活动，5名老党员用客家话为村民讲述革命先辈在侨乡闹革命的故事。",
                    ("cap", "图为老党员在党群服务中心为村民“讲古”。（通讯员 李焕彬 摄）"),
                    "今年83岁的老党员黄添寿说：“过去的苦日子不能忘，这些故事要一代代讲下去。”",
                    "松口镇党委书记刘志坚表示，镇里将把“红色讲古”纳入“三会一课”内容，推动党史学习教育常态化长效化。"],
             ),
        dict(title_lines=["梅县区民政局召开清廉机关", "建设推进会"],
             paras=["4月10日，梅县区民政局召开清廉机关建设推进会，传达学习上级有关会议精神，部署下一阶段重点任务。",
                    "会议要求，全局党员干部要严格落实中央八项规定精神，坚决纠治“四风”，把清廉要求贯穿低保审核、养老服务等民政业务全过程。"],
             attr_end="（通讯员 叶秋萍）"),
        dict(title_lines=["雁洋镇“党建＋乡贤”", "助力长教村人居环境整治"],
             paras=["近日，雁洋镇长教村党支部牵头成立乡贤理事会，发动在外乡贤捐资修缮村道、整治池塘。",
                    ("cap", "图为乡贤理事会成员在村道施工现场商议工程进度。（通讯员 丘雨桐 摄）"),
                    "村党支部书记罗文辉介绍，今年以来已有20余名乡贤回乡参与议事，村里“微改造”项目完成7个。"],
             attr_end="（据雁洋镇人民政府）"),
        dict(title_lines=["南口镇开展新就业群体", "关爱服务活动"],
             paras=["4月11日下午，南口镇党委联合镇社工站在圩镇“暖蜂驿站”为快递员、外卖骑手送上凉茶和防暑药品，并宣讲社会保险政策。"],
             attr_end="（通讯员 钟惠玲）"),
    ]
    arts = [
        art("松口镇：老党员“讲古”讲出侨乡红色记忆",
            ["4月9日上午，梅县区松口镇在铜琶村党群服务中心开展“红色讲古”活动，5名老党员用客家话为村民讲述革命先辈在侨乡闹革命的故事。",
             "今年83岁的老党员黄添寿说：“过去的苦日子不能忘，这些故事要一代代讲下去。”",
             "松口镇党委书记刘志坚表示，镇里将把“红色讲古”纳入“三会一课”内容，推动党史学习教育常态化长效化。"],
            "融媒讯（记者 温嘉怡 通讯员 李焕彬）", LN, "广东", "松口镇党委", "2024-04-09",
            ["温嘉怡", "李焕彬", "黄添寿", "刘志坚"],
            ["图为老党员在党群服务中心为村民“讲古”。（通讯员 李焕彬 摄）"],
            ["column_label", "dateline", "half_day_date", "captions", "multi_line_title", "name_verb", "province_context"]),
        art("梅县区民政局召开清廉机关建设推进会",
            ["4月10日，梅县区民政局召开清廉机关建设推进会，传达学习上级有关会议精神，部署下一阶段重点任务。",
             "会议要求，全局党员干部要严格落实中央八项规定精神，坚决纠治“四风”，把清廉要求贯穿低保审核、养老服务等民政业务全过程。"],
            "（通讯员 叶秋萍）", None, "广东", "梅县区民政局", "2024-04-10", ["叶秋萍"], [],
            ["multi_line_title", "province_context"]),
        art("雁洋镇“党建＋乡贤”助力长教村人居环境整治",
            ["近日，雁洋镇长教村党支部牵头成立乡贤理事会，发动在外乡贤捐资修缮村道、整治池塘。",
             "村党支部书记罗文辉介绍，今年以来已有20余名乡贤回乡参与议事，村里“微改造”项目完成7个。"],
            "（据雁洋镇人民政府）", "雁洋镇人民政府", "广东", "雁洋镇长教村党支部", "2024-04-12",
            ["丘雨桐", "罗文辉"],
            ["图为乡贤理事会成员在村道施工现场商议工程进度。（通讯员 丘雨桐 摄）"],
            ["captions", "relative_date", "multi_line_title", "province_context"]),
        art("南口镇开展新就业群体关爱服务活动",
            ["4月11日下午，南口镇党委联合镇社工站在圩镇“暖蜂驿站”为快递员、外卖骑手送上凉茶和防暑药品，并宣讲社会保险政策。"],
            "（通讯员 钟惠玲）", None, "广东", "南口镇党委", "2024-04-11", ["钟惠玲"], [],
            ["half_day_date", "multi_line_title", "province_context"]),
    ]
    lines = ln_news(rng, ln_head(d, 2, True), blocks) + LN_FOOT
    write_text(rel, lines, "utf-8-sig", False)
    TRUTH[rel] = dict(encoding="utf-8-sig", crlf=False, kind="text", publication_kind=pub_kind,
                      phenomena=page_tags(arts, ["utf8_bom", "stray_spaces", "column_label"]), articles=arts)

    # ---- page 2: 2024-04-12 / 03 briefs, no blank lines, ■
    rng = random.Random(62)
    rel = "%s/%s/03.txt" % (LN, d.isoformat())
    items = [
        ("大埔县百侯镇成立", "侨批文化党员志愿服务队",
         "4月7日，百侯镇侯北村党支部组建侨批文化党员志愿服务队，12名党员志愿者为游客义务讲解侨批故事。",
         None, "百侯镇侯北村党支部", "2024-04-07", []),
        (None, None,
         "4月8日，蕉岭县民政局党组理论学习中心组开展专题学习，局党组书记徐立新领学习近平新时代中国特色社会主义思想有关论述。",
         None, "蕉岭县民政局", "2024-04-08", ["徐立新"]),
        ("平远县仁居镇", "“红色驿站”挂牌",
         "日前，仁居镇在邹坊村设立“红色驿站”，为过往游客和村民提供休息、政策咨询等服务。",
         None, "仁居镇党委", "2024-04-12", []),
        (None, None,
         "4月上旬，丰顺县汤坑镇组织30余名村（社区）党组织书记到潮州学习基层治理经验。",
         None, "丰顺县汤坑镇党委", "2024-04-01", []),
        ("兴宁市叶塘镇", "开展“三会一课”督导",
         "4月10日至11日，叶塘镇党委对辖区19个村党支部落实“三会一课”制度情况进行督导，现场反馈问题8条。",
         None, "叶塘镇党委", "2024-04-10", []),
        (None, None,
         "4月9日，五华县华城镇社工站联合镇妇联走访慰问留守老人，为他们送去米、油等生活用品。驻站社工曾晓霞说，下一步将建立留守老人关爱台账。",
         "（通讯员 魏思颖）", "五华县华城镇社工站", "2024-04-09", ["曾晓霞", "魏思颖"]),
    ]
    out = ln_head(d, 3, False)[:-1] + ["简  讯"]
    arts = []
    for t1, t2, body, attr, ag, dt, ppl in items:
        tags = ["briefs", "no_blank_lines", "province_context"]
        if t1:
            out.append("■ " + t1)
            out.append(t2)
            out += wrap(body, 15, rng)
            title = t1 + t2
            tags.append("multi_line_title")
        else:
            bl = wrap(body, 15, rng)
            out.append("■ " + bl[0])
            out += bl[1:]
            title = None
            tags.append("title_none")
        if attr:
            out.append(attr)
        if "上旬" in body:
            tags.append("period_date")
        if "日前" in body:
            tags.append("relative_date")
        if "说，" in body:
            tags.append("name_verb")
        arts.append(art(title, [body], attr or "", None, "广东", ag, dt, ppl, [], tags))
    out += LN_FOOT[1:]
    write_text(rel, out, "utf-8-sig", False)
    TRUTH[rel] = dict(encoding="utf-8-sig", crlf=False, kind="text", publication_kind=pub_kind,
                      phenomena=page_tags(arts, ["utf8_bom", "stray_spaces", "column_label"]), articles=arts)

    # ---- page 3: 2024-08-16 / 02 news, title after, captions
    rng = random.Random(63)
    d = datetime.date(2024, 8, 16)
    rel = "%s/%s/02.txt" % (LN, d.isoformat())
    blocks = [
        dict(label="【党建引领】",
             title_lines=["梅县区：“红色网格”", "织密基层治理一张网"],
             byline="记者 温嘉怡 通讯员 古丽萍",
             paras=["8月中旬，梅县区委社会工作部在程江镇召开“红色网格”建设现场会，推广“支部建在网格上、党员沉到网格中”的做法。",
                    "据介绍，全区已划分网格1260个，选派党员网格长980余名，收集解决群众诉求3400余件。",
                    ("cap", "图为程江镇党员网格员入户了解群众需求。（通讯员 古丽萍 摄）"),
                    "程江镇扶贵村网格长谢运娣说：“哪家老人独居、哪家孩子留守，我心里都有本账。”"]),
        dict(title_after=True,
             title_lines=["丙村镇民政办开展", "“敬老月”走访慰问"],
             paras=["8月14日，丙村镇民政办工作人员走访辖区12户分散供养特困老人，逐户核对供养待遇落实情况。"],
             attr_end="（通讯员 廖晓琳）"),
        dict(title_after=True,
             title_lines=["白渡镇党员干部", "学习党的二十大精神"],
             paras=["8月15日上午，白渡镇党委举办党员干部专题读书班，围绕党的二十大精神开展研讨交流，引导党员干部增强“四个意识”、坚定“四个自信”。",
                    ("cap", "图为读书班现场。（通讯员 廖晓琳 摄）")],
             attr_end="（据白渡镇党委）"),
    ]
    arts = [
        art("梅县区：“红色网格”织密基层治理一张网",
            ["8月中旬，梅县区委社会工作部在程江镇召开“红色网格”建设现场会，推广“支部建在网格上、党员沉到网格中”的做法。",
             "据介绍，全区已划分网格1260个，选派党员网格长980余名，收集解决群众诉求3400余件。",
             "程江镇扶贵村网格长谢运娣说：“哪家老人独居、哪家孩子留守，我心里都有本账。”"],
            "记者 温嘉怡 通讯员 古丽萍", LN, "广东", "梅县区委社会工作部", "2024-08-11",
            ["温嘉怡", "古丽萍", "谢运娣"],
            ["图为程江镇党员网格员入户了解群众需求。（通讯员 古丽萍 摄）"],
            ["column_label", "byline_top", "period_date", "captions", "multi_line_title", "name_verb", "province_context"]),
        art("丙村镇民政办开展“敬老月”走访慰问",
            ["8月14日，丙村镇民政办工作人员走访辖区12户分散供养特困老人，逐户核对供养待遇落实情况。"],
            "（通讯员 廖晓琳）", None, "广东", "丙村镇民政办", "2024-08-14", ["廖晓琳"], [],
            ["title_after", "multi_line_title", "province_context"]),
        art("白渡镇党员干部学习党的二十大精神",
            ["8月15日上午，白渡镇党委举办党员干部专题读书班，围绕党的二十大精神开展研讨交流，引导党员干部增强“四个意识”、坚定“四个自信”。"],
            "（据白渡镇党委）", "白渡镇党委", "广东", "白渡镇党委", "2024-08-15", ["廖晓琳"],
            ["图为读书班现场。（通讯员 廖晓琳 摄）"],
            ["title_after", "half_day_date", "captions", "multi_line_title", "province_context"]),
    ]
    lines = ln_news(rng, ln_head(d, 2, False), blocks, width=16) + LN_FOOT
    write_text(rel, lines, "utf-8-sig", False)
    TRUTH[rel] = dict(encoding="utf-8-sig", crlf=False, kind="text", publication_kind=pub_kind,
                      phenomena=page_tags(arts, ["utf8_bom", "stray_spaces", "column_label"]), articles=arts)

    # ---- page 4: 2025-01-03 / 03 briefs ▲, no blank lines, year boundary
    rng = random.Random(64)
    d = datetime.date(2025, 1, 3)
    rel = "%s/%s/03.txt" % (LN, d.isoformat())
    items = [
        ("梅江区民政局召开", "年度专题民主生活会",
         "12月27日，梅江区民政局党组召开年度专题民主生活会，班子成员逐一进行对照检查，开展批评和自我批评。",
         None, "梅江区民政局", "2024-12-27", [], ["year_boundary"]),
        (None, None,
         "12月下旬，蕉岭县新铺镇党委组织镇村干部走访慰问困难党员和老党员36名，送上慰问金和年货。",
         None, "蕉岭县新铺镇党委", "2024-12-21", [], ["year_boundary", "period_date"]),
        ("大埔县三河镇", "社会组织党支部完成换届",
         "12月30日，三河镇社会组织联合党支部召开党员大会进行换届选举，选举产生新一届支部委员会，张雪芬当选支部书记。",
         None, "三河镇社会组织联合党支部", "2024-12-30", ["张雪芬"], ["year_boundary"]),
        (None, None,
         "1月2日上午，兴宁市民政局召开新年第一次局务会，局党组书记、局长陈梓豪强调，要把“第一议题”制度落实到民政工作各领域。",
         "（通讯员 潘伟东）", "兴宁市民政局", "2025-01-02", ["陈梓豪", "潘伟东"], ["half_day_date"]),
        ("五华县水寨镇", "开展“暖冬行动”",
         "日前，水寨镇党委联合县慈善会开展“暖冬行动”，为辖区困难群众发放棉被、棉衣200余件。",
         None, "水寨镇党委", "2025-01-03", [], ["relative_date"]),
        (None, None,
         "12月26日，丰顺县民政局机关党支部开展主题党日活动，组织党员到县革命历史纪念馆重温入党誓词。",
         None, "丰顺县民政局", "2024-12-26", [], ["year_boundary"]),
    ]
    out = ln_head(d, 3, True)[:-1] + ["快讯"]
    arts = []
    for t1, t2, body, attr, ag, dt, ppl, extra in items:
        tags = ["briefs", "no_blank_lines", "province_context"] + extra
        if t1:
            out.append("▲" + t1)
            out.append(t2)
            out += wrap(body, 14, rng)
            title = t1 + t2
            tags.append("multi_line_title")
        else:
            bl = wrap(body, 14, rng)
            out.append("▲ " + bl[0])
            out += bl[1:]
            title = None
            tags.append("title_none")
        if attr:
            out.append(attr)
        if "强调" in body:
            tags.append("name_verb")
        arts.append(art(title, [body], attr or "", None, "广东", ag, dt, ppl, [], tags))
    out += LN_FOOT[1:]
    write_text(rel, out, "utf-8-sig", False)
    TRUTH[rel] = dict(encoding="utf-8-sig", crlf=False, kind="text", publication_kind=pub_kind,
                      phenomena=page_tags(arts, ["utf8_bom", "stray_spaces", "column_label"]), articles=arts)


# ---------------------------------------------------------------- 徽州理论周刊
HZ = "徽州理论周刊"


def hz_head(d, page):
    return ["%s  第%d版" % (HZ, page), "%d年%d月%d日  %s" % (d.year, d.month, d.day, weekday(d)),
            "理论·评论", ""]


HZ_FOOT = ["", "责任编辑：程砚秋", "美编：汪晓帆  校对：方  圆"]


def hz_block(rng, b, width=17):
    out = []
    if b.get("kicker"):
        out.append(b["kicker"])
    out += b["title_lines"]
    if b.get("subtitle"):
        out.append(b["subtitle"])
    if b.get("byline"):
        out.append(b["byline"])
    for p in b["paras"]:
        if isinstance(p, tuple):
            if p[0] == "pq":
                out.append("")
                out += wrap("【" + p[1] + "】", 12, rng, spaces=False)
                out.append("")
            elif p[0] == "sub":
                out.append(p[1])
            continue
        out += wrap(p, width, rng)
    if b.get("attr_end"):
        out += wrap(b["attr_end"], width, rng, spaces=False)
    out.append("")
    return out


def hz_body(b):
    return [p if isinstance(p, str) else p[1] for p in b["paras"] if not (isinstance(p, tuple) and p[0] == "pq")]


def gen_huizhou():
    pk = "theory"
    base = ["crlf", "stray_spaces", "column_label"]
    # ---- page 1: 2024-03-18 / 03
    rng = random.Random(71)
    d = datetime.date(2024, 3, 18)
    rel = "%s/%s/03.txt" % (HZ, d.isoformat())
    b1 = dict(kicker="深入学习贯彻党的二十大精神",
              title_lines=["以高质量党建引领", "机关作风建设"],
              subtitle="——论建设让党中央放心、让人民群众满意的模范机关",
              byline="本报评论员",
              paras=["机关作风如何，直接关系党的形象和事业成败。建设模范机关，必须把作风建设摆在更加突出的位置。",
                     ("sub", "一、坚持以政治建设为统领"),
                     "机关是政治机关，讲政治是第一位的要求。要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把“第一议题”制度落到实处。",
                     ("pq", "作风建设永远在路上，永远没有休止符"),
                     ("sub", "二、坚持以问题导向抓整改"),
                     "要紧盯形式主义、官僚主义新表现，坚决纠治“四风”，驰而不息落实中央八项规定精神。作风建设永远在路上，永远没有休止符。",
                     ("sub", "三、坚持以实干实绩论英雄"),
                     "检验作风建设成效，最终要看能否推动高质量发展，能否让人民群众有实实在在的获得感。"])
    b2 = dict(title_lines=["把“三会一课”开出", "新气象"],
              byline="胡敬亭",
              paras=["“三会一课”是党的组织生活的基本制度。一些基层党组织存在会议开成“念稿会”、党课讲成“报告会”的问题，需要下功夫破解。",
                     "一是内容要“活”，把理论学习与本单位业务结合起来；二是形式要“新”，用好现场教学、案例研讨；三是督导要“实”，把组织生活质量纳入党建考核。"],
              attr_end="（作者系中共黄山市委党校党建教研室主任）")
    b3 = dict(title_lines=["以学正风 久久为功"],
              byline="特约评论员",
              paras=["以学正风，关键在于把理论学习成果转化为纯正的作风。党员干部要在学思践悟中校正思想之偏、行为之偏，做到知行合一。"])
    out = hz_head(d, 3)
    ed = wrap("编者按：本期起，本版开设“作风建设大家谈”栏目，刊发评论员文章和专家学者文章，敬请关注。", 17, rng, spaces=False)
    out += ed + [""]
    for b in (b1, b2, b3):
        out += hz_block(rng, b)
    out += HZ_FOOT
    arts = [
        art("深入学习贯彻党的二十大精神以高质量党建引领机关作风建设——论建设让党中央放心、让人民群众满意的模范机关",
            hz_body(b1), "本报评论员", HZ, None, None, "2024-03-18", [], [],
            ["editor_note", "kicker", "subtitle", "multi_line_title", "byline_top", "subheadings", "pull_quote"]),
        art("把“三会一课”开出新气象", hz_body(b2), "胡敬亭（作者系中共黄山市委党校党建教研室主任）",
            None, None, None, "2024-03-18", ["胡敬亭"], [], ["multi_line_title", "byline_top", "enumeration"]),
        art("以学正风 久久为功", hz_body(b3), "特约评论员", HZ, None, None, "2024-03-18", [], [],
            ["byline_top"]),
    ]
    write_text(rel, out, "utf-8", True)
    TRUTH[rel] = dict(encoding="utf-8", crlf=True, kind="text", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)

    # ---- page 2: 2024-06-17 / 03
    rng = random.Random(72)
    d = datetime.date(2024, 6, 17)
    rel = "%s/%s/03.txt" % (HZ, d.isoformat())
    b1 = dict(title_lines=["深刻把握“两个结合”的", "实践要求"],
              byline="汪书衡",
              paras=["“两个结合”是我们取得成功的最大法宝。把握“两个结合”，要在理论与实践的贯通中下功夫。",
                     ("sub", "（一）在守正中把握根本"),
                     "守正，就是坚持马克思主义在意识形态领域的指导地位，坚持用习近平新时代中国特色社会主义思想武装头脑。",
                     ("pq", "守正才能不迷失方向，创新才能把握时代"),
                     ("sub", "（二）在创新中回应时代"),
                     "守正才能不迷失方向，创新才能把握时代。要坚持“六个必须坚持”，不断推进理论创新和实践创新。"],
              attr_end="（作者系安徽大学马克思主义学院教授）")
    b2 = dict(kicker="理论热点",
              title_lines=["为中国式现代化", "筑牢基层基础"],
              subtitle="——学习贯彻全面从严治党要求的几点思考",
              byline="查文渊  吴清和",
              paras=["推进中国式现代化，基层是基础。必须坚持党建引领，把全面从严治党要求落实到每一个基层党组织。",
                     "一方面，要健全基层党组织体系，消除党建“空白点”；另一方面，要加强党员教育管理，让每名党员都成为一面旗帜。"],
              attr_end="（作者单位：中共安徽省委党校）")
    b3 = dict(title_lines=["学党史要在“悟”字上下功夫"],
              byline="本报评论员",
              paras=["党史学习教育不是一阵风。学党史，要悟思想、悟初心、悟规律，在“悟”中坚定理想信念，在“悟”中锤炼党性。"])
    out = hz_head(d, 3)
    for b in (b1, b2, b3):
        out += hz_block(rng, b)
    out += HZ_FOOT
    arts = [
        art("深刻把握“两个结合”的实践要求", hz_body(b1), "汪书衡（作者系安徽大学马克思主义学院教授）",
            None, None, None, "2024-06-17", ["汪书衡"], [],
            ["multi_line_title", "byline_top", "subheadings", "pull_quote"]),
        art("理论热点为中国式现代化筑牢基层基础——学习贯彻全面从严治党要求的几点思考", hz_body(b2),
            "查文渊 吴清和（作者单位：中共安徽省委党校）", None, None, None, "2024-06-17",
            ["查文渊", "吴清和"], [], ["kicker", "subtitle", "multi_line_title", "byline_top"]),
        art("学党史要在“悟”字上下功夫", hz_body(b3), "本报评论员", HZ, None, None, "2024-06-17", [], [],
            ["byline_top"]),
    ]
    write_text(rel, out, "utf-8", True)
    TRUTH[rel] = dict(encoding="utf-8", crlf=True, kind="text", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)

    # ---- page 3: 2024-06-17 / 04 (same issue, next page), with a seminar report
    rng = random.Random(73)
    rel = "%s/%s/04.txt" % (HZ, d.isoformat())
    b1 = dict(title_lines=["省委党校举办", "“两个确立”理论研讨会"],
              paras=["本报讯（记者 鲍思远）6月13日，中共安徽省委党校举办“深刻领悟‘两个确立’决定性意义”理论研讨会，来自省内高校和党校系统的40余名专家学者参加研讨。",
                     "与会专家认为，要把“两个确立”转化为做到“两个维护”的自觉行动。省委党校副校长江明远作总结发言。"])
    b2 = dict(title_lines=["清廉机关建设贵在常态"],
              byline="特约评论员",
              paras=["清廉机关建设不能搞“一阵风”，要久久为功、常抓不懈。要把纪律规矩挺在前面，让清廉成为机关干部的行为自觉。",
                     ("pq", "让清廉成为机关干部的行为自觉"),
                     "各级机关党组织要把清廉机关建设与业务工作同部署、同检查，切实做到两手抓、两促进。"])
    b3 = dict(title_lines=["用好“学思想、强党性、", "重实践、建新功”总要求"],
              byline="方若溪",
              paras=["主题教育提出的“学思想、强党性、重实践、建新功”总要求，是一个有机整体。",
                     "学思想是前提，强党性是根本，重实践是关键，建新功是目的。以学铸魂、以学增智、以学正风、以学促干，方能学有所获、干有所成。"],
              attr_end="（作者系皖南医学院马克思主义学院副教授）")
    out = hz_head(d, 4)
    out += hz_block(rng, dict(b1, paras=[]))[:-1]
    out += wrap(b1["paras"][0], 17, rng) + wrap(b1["paras"][1], 17, rng) + [""]
    for b in (b2, b3):
        out += hz_block(rng, b)
    out += HZ_FOOT
    arts = [
        art("省委党校举办“两个确立”理论研讨会",
            ["6月13日，中共安徽省委党校举办“深刻领悟‘两个确立’决定性意义”理论研讨会，来自省内高校和党校系统的40余名专家学者参加研讨。",
             "与会专家认为，要把“两个确立”转化为做到“两个维护”的自觉行动。省委党校副校长江明远作总结发言。"],
            "本报讯（记者 鲍思远）", HZ, "安徽", "中共安徽省委党校", "2024-06-13", ["鲍思远", "江明远"], [],
            ["dateline", "multi_line_title", "province_context"]),
        art("清廉机关建设贵在常态", hz_body(b2), "特约评论员", HZ, None, None, "2024-06-17", [], [],
            ["byline_top", "pull_quote"]),
        art("用好“学思想、强党性、重实践、建新功”总要求", hz_body(b3),
            "方若溪（作者系皖南医学院马克思主义学院副教授）", None, None, None, "2024-06-17", ["方若溪"], [],
            ["multi_line_title", "byline_top"]),
    ]
    write_text(rel, out, "utf-8", True)
    TRUTH[rel] = dict(encoding="utf-8", crlf=True, kind="text", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)

    # ---- page 4: 2024-11-11 / 03
    rng = random.Random(74)
    d = datetime.date(2024, 11, 11)
    rel = "%s/%s/03.txt" % (HZ, d.isoformat())
    b1 = dict(kicker="学习贯彻二十届三中全会精神",
              title_lines=["以改革精神推进", "机关党建提质增效"],
              subtitle="——论以改革精神建强机关基层党组织",
              byline="本报评论员",
              paras=["学习贯彻二十届三中全会精神，机关党建要走在前、作表率。",
                     ("sub", "一、在学深悟透上下功夫"),
                     "要把学习贯彻全会精神作为重大政治任务，读原文、学原著、悟原理，切实把思想和行动统一到全会精神上来。",
                     ("sub", "二、在破解难题上见实效"),
                     "要聚焦党建和业务“两张皮”问题，推动“三个融合”，即理念融合、机制融合、载体融合，以党建高质量推动机关工作高质量发展。",
                     ("pq", "以党建高质量推动机关工作高质量发展")])
    b2 = dict(title_lines=["坚持总体国家安全观", "筑牢意识形态防线"],
              byline="程立言",
              paras=["总体国家安全观是做好新时代国家安全工作的根本遵循。机关党组织要切实履行意识形态工作责任制，守好阵地、管好队伍。"],
              attr_end="（作者系黄山学院马克思主义学院讲师）")
    b3 = dict(title_lines=["让调查研究成为", "机关干部的基本功"],
              byline="俞青禾",
              paras=["调查研究是谋事之基、成事之道。机关干部要沉下身子、走进群众，在“身入”“心至”上下功夫，把情况摸清、把问题找准。",
                     "要防止“作秀式”调研、“走过场”调研，让调研成果真正转化为推动工作的实招。"],
              attr_end="（作者单位：安徽师范大学马克思主义学院）")
    out = hz_head(d, 3)
    ed = wrap("编者按：党的二十届三中全会对进一步全面深化改革作出系统部署。本版今起刊发系列评论，敬请关注。", 17, rng, spaces=False)
    out += ed + [""]
    for b in (b1, b2, b3):
        out += hz_block(rng, b)
    out += HZ_FOOT
    arts = [
        art("学习贯彻二十届三中全会精神以改革精神推进机关党建提质增效——论以改革精神建强机关基层党组织",
            hz_body(b1), "本报评论员", HZ, None, None, "2024-11-11", [], [],
            ["editor_note", "kicker", "subtitle", "multi_line_title", "byline_top", "subheadings", "pull_quote"]),
        art("坚持总体国家安全观筑牢意识形态防线", hz_body(b2), "程立言（作者系黄山学院马克思主义学院讲师）",
            None, None, None, "2024-11-11", ["程立言"], [], ["multi_line_title", "byline_top"]),
        art("让调查研究成为机关干部的基本功", hz_body(b3), "俞青禾（作者单位：安徽师范大学马克思主义学院）",
            None, None, None, "2024-11-11", ["俞青禾"], [], ["multi_line_title", "byline_top"]),
    ]
    write_text(rel, out, "utf-8", True)
    TRUTH[rel] = dict(encoding="utf-8", crlf=True, kind="text", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)


# ---------------------------------------------------------------- 海河民政简报
HH = "海河民政简报"
OFFICE = "中共天津市民政局机关委员会"


def docx_page(rel, issue_no, d, items, contents=False, extra_dist=None, copies=60):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.created = datetime.datetime(d.year, d.month, d.day, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(d.year, d.month, d.day, 9, 0, 0)
    doc.core_properties.author = OFFICE
    p = doc.add_paragraph()
    r = p.add_run(HH)
    r.bold = True
    r.font.size = Pt(26)
    doc.add_paragraph(issue_no)
    doc.add_paragraph("%s　　　　　　%d年%d月%d日" % (OFFICE, d.year, d.month, d.day))
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━")
    if contents:
        doc.add_paragraph("目　录")
        for it in items:
            doc.add_paragraph(it["title"] + "……………………" + str(it["pg"]))
    for it in items:
        h = doc.add_paragraph()
        rr = h.add_run(it["heading"] if it.get("heading") else it["title"])
        rr.bold = True
        for para in it["paras"]:
            if isinstance(para, tuple):
                q = doc.add_paragraph()
                q.add_run(para[1]).bold = True
            else:
                doc.add_paragraph(para)
        if it.get("attr"):
            doc.add_paragraph(it["attr"])
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━")
    doc.add_paragraph("报：市委市级机关工委")
    doc.add_paragraph("送：局领导，驻局纪检监察组")
    doc.add_paragraph("发：局机关各处室、各直属单位党组织" + (extra_dist or ""))
    doc.add_paragraph("（共印%d份）" % copies)
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed member timestamps so the bytes are deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def gen_haihe():
    pk = "bulletin"
    base = ["docx", "bulletin_masthead", "distribution_lines"]

    def body_of(it):
        return [p if isinstance(p, str) else p[1] for p in it["paras"]]

    # ---- 20240315/01.docx 第3期 with 目录
    d = datetime.date(2024, 3, 15)
    rel = "%s/%s/01.docx" % (HH, d.strftime("%Y%m%d"))
    items = [
        dict(title="局机关党委召开2024年机关党建工作会议", pg=1,
             paras=["3月12日上午，局机关党委召开2024年机关党建工作会议，总结去年工作，部署今年任务。局党组书记、局长宋立群出席会议并讲话。",
                    "会议要求，今年要重点抓好三项工作：一是深化模范机关创建，推动“三级联动”向区民政局延伸；二是持续推进清廉机关建设；三是严格落实“第一议题”制度和“三会一课”制度。",
                    "局机关各党支部书记、直属单位党组织负责人参加会议。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-03-12", people=["宋立群"], tags=["half_day_date", "enumeration", "name_verb"]),
        dict(title="和平区民政局开展“学雷锋”志愿服务活动", pg=2,
             paras=["3月5日，和平区民政局组织党员志愿者到南营门街道开展“学雷锋”志愿服务，为社区老人提供政策咨询、代缴费用等服务30余人次。"],
             attr="（和平区民政局）", source="和平区民政局", agency="和平区民政局",
             date="2024-03-05", people=[], tags=[]),
        dict(title="局直属单位党组织书记述职评议", pg=3,
             paras=["3月上旬，局机关党委组织召开直属单位党组织书记抓基层党建工作述职评议会，8名党组织书记现场述职。",
                    "局党组成员、副局长孟凡舒逐一点评，指出存在的问题，提出整改要求。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-03-01", people=["孟凡舒"], tags=["period_date"]),
    ]
    docx_page(rel, "第3期", d, items, contents=True)
    arts = [art(it["title"], body_of(it), it["attr"], it["source"], "天津", it["agency"], it["date"],
                it["people"], [], it["tags"]) for it in items]
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="docx", publication_kind=pk,
                      phenomena=page_tags(arts, base + ["contents_list"]), articles=arts)

    # ---- 20240614/01.docx 第6期
    d = datetime.date(2024, 6, 14)
    rel = "%s/%s/01.docx" % (HH, d.strftime("%Y%m%d"))
    items = [
        dict(title="局党组理论学习中心组专题学习总体国家安全观",
             paras=["6月11日下午，局党组理论学习中心组开展专题学习，围绕总体国家安全观进行交流研讨。",
                    ("sub", "把握学习重点"),
                    "宋立群强调，要把维护政治安全放在首位，增强“四个意识”，切实扛起民政领域安全稳定责任。",
                    ("sub", "抓好工作落实"),
                    "会议要求，一是加强意识形态阵地管理，二是做好社会组织领域风险防范，三是抓好养老机构安全生产。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-06-11", people=["宋立群"], tags=["half_day_date", "subheadings", "enumeration", "name_verb"]),
        dict(title="河西区民政局开展“七一”走访慰问老党员",
             paras=["日前，河西区民政局党组成员分组走访慰问生活困难党员和老党员14名。89岁的老党员韩桂兰说：“党组织一直惦记着我们，心里暖和。”"],
             attr="（河西区民政局）", source="河西区民政局", agency="河西区民政局",
             date="2024-06-14", people=["韩桂兰"], tags=["relative_date", "name_verb"]),
        dict(title="市社会组织党委举办新任党组织书记培训班",
             paras=["6月6日至7日，市社会组织党委举办新任社会组织党组织书记培训班，60余名学员参加培训。",
                    "培训采取专题辅导、案例教学、交流研讨相结合的方式，围绕党建引领社会组织高质量发展开展学习。学员代表祁晓岚说，培训让自己对做好社会组织党建工作更有信心。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市社会组织党委",
             date="2024-06-06", people=["祁晓岚"], tags=["name_verb"]),
    ]
    docx_page(rel, "第6期", d, items)
    arts = [art(it["title"], body_of(it), it["attr"], it["source"], "天津", it["agency"], it["date"],
                it["people"], [], it["tags"]) for it in items]
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="docx", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)

    # ---- 20240614/02.docx 增刊 (same date, one long item with numbered parts)
    rel = "%s/%s/02.docx" % (HH, d.strftime("%Y%m%d"))
    items = [
        dict(heading="关于局机关开展党纪学习教育情况的报告",
             title="关于局机关开展党纪学习教育情况的报告",
             paras=["4月以来，局机关各级党组织按照市委统一部署，扎实开展党纪学习教育。现将有关情况报告如下。",
                    ("sub", "一、抓好学习研讨"),
                    "局党组带头学，各党支部跟进学。一是开展读书班，二是组织专题研讨，三是举办党纪知识测试，参与党员380余人次。",
                    ("sub", "二、强化警示教育"),
                    "组织党员干部到市廉政教育基地参观，观看警示教育片，用身边事教育身边人，推动全面从严治党向纵深发展。",
                    ("sub", "三、推动成果转化"),
                    "把党纪学习教育与民政业务结合起来，梳理整改问题12项，修订完善制度7项。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-06-14", people=[], tags=["subheadings", "enumeration"]),
    ]
    docx_page(rel, "增刊第1期", d, items, copies=40)
    arts = [art(it["title"], body_of(it), it["attr"], it["source"], "天津", it["agency"], it["date"],
                it["people"], [], it["tags"]) for it in items]
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="docx", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)

    # ---- 20250110/01.docx 第1期 with an honour list and a December item
    d = datetime.date(2025, 1, 10)
    rel = "%s/%s/01.docx" % (HH, d.strftime("%Y%m%d"))
    hon = {"优秀共产党员（6名）": ["田雨晴", "马骏驰", "白玉洁", "孙浩然", "闫春梅", "穆建华"],
           "优秀党务工作者（3名）": ["聂晓鸥", "卜文涛", "赫连芳"],
           "先进党支部（2个）": None}
    paras = ["12月31日，局机关党委印发通报，对2024年度局机关优秀共产党员、优秀党务工作者和先进党支部予以表扬。名单如下："]
    for k, v in hon.items():
        paras.append(("sub", k))
        paras.append("、".join(v) if v else "社会救助处党支部、养老服务处党支部")
    items = [
        dict(title="局机关党委表扬一批优秀共产党员和先进党支部",
             paras=paras, attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-12-31", people=sum([v for v in hon.values() if v], []),
             tags=["honour_list", "year_boundary"]),
        dict(title="局党组召开年度民主生活会",
             paras=["12月下旬，局党组召开年度民主生活会。会前，班子成员广泛征求意见，深入开展谈心谈话。",
                    "会上，宋立群代表局党组作对照检查，班子成员逐一发言，开展批评和自我批评。"],
             attr="（局机关党委供稿）", source="天津市民政局机关党委", agency="天津市民政局",
             date="2024-12-21", people=["宋立群"], tags=["period_date", "year_boundary"]),
        dict(title="南开区民政局部署2025年党建重点工作",
             paras=["1月8日，南开区民政局召开党建工作会议，部署今年党建重点任务，要求坚持“三级联动”抓落实，持续深化清廉机关建设。"],
             attr="（南开区民政局）", source="南开区民政局", agency="南开区民政局",
             date="2025-01-08", people=[], tags=[]),
    ]
    docx_page(rel, "第1期（总第49期）", d, items, extra_dist="，各区民政局", copies=80)
    arts = [art(it["title"], body_of(it), it["attr"], it["source"], "天津", it["agency"], it["date"],
                it["people"], [], it["tags"]) for it in items]
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="docx", publication_kind=pk,
                      phenomena=page_tags(arts, base), articles=arts)


def main():
    gen_lingnan()
    gen_huizhou()
    gen_haihe()
    with open(os.path.join(HERE, "truth-h1f.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(TRUTH), f, ensure_ascii=False, indent=1)
        f.write("\n")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("岭南融媒/2024-04-12/03.txt", 3, "agency", "仁居镇党委", "仁居镇", 1),
    ("岭南融媒/2024-04-12/03.txt", 4, "agency", "丰顺县汤坑镇党委", "丰顺县汤坑镇", 1),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
