"""Truth pages (held back as batch h2, now development), set h2d (provinces 黑龙江, 吉林, 辽宁, 山东 + one national paper).

Publications (all invented, 4 pages each, 28 pages):
- 松花江社会工作报 (national, text): newspaper of a national social-work body. Page head split over
  lines (paper name / date+weekday / 版次), section label 社会工作·党建 at top; datelines
  本报北京…电（记者 …）, 新华社…电; editor's notes 编者按 above the first article; an interview with a
  ——访 subtitle; a commentary by 本报评论员 with a pull quote; （上接第1版）/（下转第4版）.
- 海岱日报 (山东 provincial daily, 党建 page, CRLF line ends): section labels at the top
  (党建 / 海岱日报·党建周刊 / 第N版) and column labels in mid-page (【支部风采】, 党建·一线 …);
  省民政厅 stands for 山东省民政厅; titles after articles, a headline-less （上接） fragment, an honour
  list with padded two-character names; one page GB18030, one with BOM.
- 抚松融媒 (吉林 county media centre, 动态 page, text): no blank lines at all; ■ items, some with a
  short headline on the marker line, some opening straight into the first sentence (title null);
  January issues carry late-December events (year before). Header 抚松融媒 · 动态 repeated.
- 黑土民政网 (黑龙江 provincial portal, HTML): a 工作动态 page that prints several full articles one
  after another, each with an info line (发布时间/来源/作者/浏览次数); a 延伸阅读 box with its own text
  (an article of its own, label = furniture); breadcrumbs, font switches, 打印/关闭 chrome; one page
  in GB18030 (meta charset gb2312).
- 辽海机关党建简报 (辽宁 Word bulletin, .docx): masthead (name, 第N期, issuing office, date), one
  issue with a 目录 list, one with the office/date line in a table; items close with （X供稿）;
  distribution lines 报：/送：/发： at the end.
- 泰岱党建 (山东 magazine, text, double-spaced: a blank line after every line): kicker over the
  title, ——subtitle, top byline (文/…, 本刊记者 …), ▲ captions, short subheadings, a pull quote,
  running head 泰岱党建 + column name. Folder date = first day of the month.
- 钢都晚报 (辽宁 city paper 鞍山, OCR text layer): running heads with misread digits (O for 0, l for
  1, ] for 1), 明 printed for 6月 inside text, a blank line inserted inside two-line titles,
  stray spaces; titles sometimes after the article.

Conventions decided here (beyond docs/truth_conventions.md):
- Body paragraphs in the truth are stored without the stray spaces the page layer adds (the
  checker compares with whitespace removed). OCR misreadings that fall inside article text are kept
  in the truth as printed (e.g. 明18日), the date is resolved to the intended day (June).
- A dateline (本报讯（…）, 本报北京…电（…）, 新华社…电) is the attribution and is NOT repeated at the
  start of the first body paragraph.
- Kicker and main title are joined with one space; the title's own line pieces and a ——subtitle are
  joined directly.
- OCR running heads carry the (misread) year; this is the only place a year is printed on text pages.
- A brief item's closing （通讯员 某某） is its attribution (source null, as the conventions say).
- An interview's top byline 本报记者 A B is the attribution; source = the paper.
- The portal page's attribution is the info line's 来源/作者 part as printed (without date/counter).

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (城阳街道→莒县城阳街道).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 15 — 15 values, listed in _TRUTH10 and applied as the truth
is written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 5 (a body's party branch → the body (the institution)) 2 — 2 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
"""
import json, os, random, re, html as htmlmod
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "h2d"
NOSTART = "，。、；：？！”）》」』…%"
rng = random.Random(20240602)
TRUTH = {}


def A(title=None, body=(), attr="", source=None, prov=None, agency=None, date=None, people=(),
      captions=(), tags=(), **lay):
    return dict(title=title, body=list(body), attr=attr, source=source, prov=prov, agency=agency,
                date=date, people=list(people), captions=list(captions), tags=list(tags), lay=lay)


def wrap(s, w):
    out, i = [], 0
    while i < len(s):
        ww = max(6, w + rng.choice([-1, 0, 0, 0, 1]))
        chunk = s[i:i + ww]
        i += ww
        while i < len(s) and s[i] in NOSTART:
            chunk += s[i]
            i += 1
        out.append(chunk)
    return out


def spacey(line, p):
    if p <= 0:
        return line
    res = []
    for k, ch in enumerate(line):
        res.append(ch)
        nxt = line[k + 1] if k + 1 < len(line) else ""
        if not nxt:
            continue
        if ch in "，、。“”：" and rng.random() < p:
            res.append(" ")
        elif ch.isdigit() and not nxt.isdigit() and rng.random() < p * 1.5:
            res.append(" ")
        elif nxt == "”" and rng.random() < p:
            res.append(" ")
    return "".join(res)


SLOGANS_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
             "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
             "不忘初心、牢记使命"]
SLOGANS_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
             "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
             "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
             "党的二十大精神", "二十届三中全会精神"]


def slogans_of(text):
    out = []
    for s in SLOGANS_Q:
        if "“" + s + "”" in text:
            out.append("“" + s + "”")
    for s in SLOGANS_U:
        if s in text:
            out.append(s)
    for m in re.finditer(r"“([一二三四五六七八九十两]+个[^“”]{1,10})”", text):
        f = "“" + m.group(1) + "”"
        if f not in out:
            out.append(f)
    return out


def title_of(a):
    lay = a["lay"]
    if a["title"] is None:
        return None
    t = "".join(lay.get("tlines") or [a["title"]])
    if lay.get("kicker"):
        t = lay["kicker"] + " " + t
    if lay.get("subtitle"):
        t = t + lay["subtitle"]
    return t


def truth_article(a):
    t = title_of(a)
    text = (t or "") + "".join(a["body"])
    return dict(title=t, body=a["body"], attribution=a["attr"], source=a["source"],
                province=a["prov"], agency=a["agency"], date=a["date"], people=a["people"],
                slogans=slogans_of(text), captions=a["captions"], phenomena=sorted(set(a["tags"])))


class Style:
    def __init__(self, w=(14, 20), blank=True, dbl=False, stray=0.0, indent=""):
        self.w, self.blank, self.dbl, self.stray, self.indent = w, blank, dbl, stray, indent


def render_text(blocks, st):
    out = []

    def emit(line, body=True):
        if body:
            line = spacey(line, st.stray)
        out.append(line)
        if st.dbl:
            out.append("")

    def gap():
        if st.blank and not st.dbl and out and out[-1] != "":
            out.append("")

    for b in blocks:
        if isinstance(b, str):
            gap()
            for l in b.split("\n"):
                emit(l, body=False)
            gap()
            continue
        lay = b["lay"]
        w = lay.get("w") or rng.randint(*st.w)
        tl = []
        if b["title"] is not None:
            if lay.get("kicker"):
                tl.append(lay["kicker"])
            tl += lay.get("tlines") or [b["title"]]
            if lay.get("subtitle"):
                tl.append(lay["subtitle"])
        marker = lay.get("marker")

        def put_title():
            gap()
            for k, l in enumerate(tl):
                emit(l, body=False)
                if lay.get("tgap") and k == 0:
                    out.append("")
            gap()

        if lay.get("cont_start"):
            emit(lay["cont_start"], body=False)
        if tl and not marker and lay.get("tpos", "before") == "before":
            put_title()
        if lay.get("attr_mode") == "byline":
            emit(b["attr"], body=False)
        if lay.get("attr_mode") == "split":
            emit(b["attr"].split("（作者")[0], body=False)
        if marker and tl:
            emit(marker + " " + tl[0], body=False)
        n = len(b["body"])
        for i, p in enumerate(b["body"]):
            text = p
            if i == 0 and lay.get("attr_mode") == "dateline":
                text = b["attr"] + text
            if i == 0 and marker and not tl:
                text = marker + " " + text
            if i == n - 1 and lay.get("attr_mode") == "inline":
                text = text + b["attr"]
            ind = st.indent if not lay.get("noindent") else ""
            lines = wrap(text, w)
            for k, l in enumerate(lines):
                emit((ind if k == 0 else "") + l)
            if i < n - 1:
                gap()
            if lay.get("cap_after") == i:
                gap()
                for c in b["captions"]:
                    for l in wrap(lay.get("cap_prefix", "") + c, w):
                        emit(l)
                gap()
            if lay.get("pull_after") == i:
                gap()
                for l in lay["pull"]:
                    emit(l, body=False)
                gap()
            if i in lay.get("mid", {}):
                gap()
                emit(lay["mid"][i], body=False)
                gap()
        if lay.get("cont_end"):
            emit(lay["cont_end"], body=False)
        if lay.get("attr_mode", "end") == "end" and b["attr"]:
            emit(b["attr"], body=False)
        if lay.get("attr_mode") == "split":
            emit("（作者" + b["attr"].split("（作者", 1)[1], body=False)
        if lay.get("cap_after") == "end":
            gap()
            for c in b["captions"]:
                for l in wrap(lay.get("cap_prefix", "") + c, w):
                    emit(l)
        if tl and not marker and lay.get("tpos") == "after":
            put_title()
        gap()
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def save(pub, day, page, ext, data_bytes, meta, arts):
    rel = f"{pub}/{day}/{page}.{ext}"
    p = HERE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data_bytes)
    tags = set(meta.get("tags", []))
    ta = [truth_article(a) for a in arts if not isinstance(a, str)]
    for t in ta:
        tags |= set(t["phenomena"])
    TRUTH[rel] = dict(encoding=meta["encoding"], crlf=meta.get("crlf", False), kind=meta["kind"],
                      publication_kind=meta["pk"], phenomena=sorted(tags), articles=ta)


def save_text(pub, day, page, blocks, st, pk, tags=(), encoding="utf-8", crlf=False, kind="text"):
    s = render_text(blocks, st)
    if crlf:
        s = s.replace("\n", "\r\n")
    data = s.encode("gb18030" if encoding == "gb18030" else ("utf-8-sig" if encoding == "utf-8-sig" else "utf-8"))
    tags = set(tags) | {kind} if kind == "ocr" else set(tags)
    if crlf:
        tags.add("crlf")
    if encoding == "gb18030":
        tags.add("gb18030")
    if encoding == "utf-8-sig":
        tags.add("utf8_bom")
    save(pub, day, page, "txt", data, dict(encoding=encoding, crlf=crlf, kind=kind, pk=pk, tags=tags),
         [b for b in blocks if not isinstance(b, str)])


# ---------------------------------------------------------------- 松花江社会工作报 (national)
def pub_national():
    P = "松花江社会工作报"
    st = Style(w=(13, 17), stray=0.06)
    NB = ["national_body"]
    # page 1
    head = "社会工作·党建\n松花江社会工作报\n6月20日  星期二"
    ed = ("编者按：开展学习贯彻习近平新时代中国特色社会主义思想主题教育以来，"
          "各级民政部门和社会工作部门把理论学习同推动工作结合起来。本版今起开设专栏，刊发各地做法，敬请关注。")
    a1 = A("民政部直属机关党委召开主题教育读书班结业座谈会",
           ["民政部直属机关党委日前召开主题教育读书班结业座谈会，交流学习体会，部署下一阶段调研和整改工作。",
            "座谈会上，来自机关司局和直属单位的8名学员代表先后发言，结合分管工作谈认识、找差距。大家认为，"
            "读书班把原原本本学和联系实际学结合起来，做到了以学铸魂、以学增智。",
            "会议要求，各党支部要把读书班成果转化为为民服务的具体举措，坚决做到“两个维护”，"
            "在养老服务、儿童福利、社会救助等领域列出问题清单，逐项推动解决。"],
           attr="本报北京6月16日电（记者 邵明轩）", source="松花江社会工作报", prov=None,
           agency="民政部", date="2023-06-16", people=["邵明轩"], tags=NB + ["dateline", "editor_note", "relative_date"],
           attr_mode="dateline", tlines=["民政部直属机关党委召开主题教", "育读书班结业座谈会"])
    a1["tags"].append("multi_line_title")
    a2 = A("中央社会工作部机关举办青年理论学习小组联学活动",
           ["6月12日，中央社会工作部机关团委组织青年理论学习小组开展联学活动，围绕“两个确立”的决定性意义进行研讨。",
            "活动采取“小组长领学、青年干部讲学、支部书记点评”方式进行。青年干部鲁嘉怡说，要把学到的理论转化为做好新时代社会工作的本领。",
            "据了解，今年以来，机关青年理论学习小组已开展集中学习11次。"],
           attr="本报讯（记者 董雅琴）", source="松花江社会工作报", prov=None, agency="中央社会工作部",
           date="2023-06-12", people=["董雅琴", "鲁嘉怡"], tags=NB + ["dateline", "name_verb"], attr_mode="dateline")
    a3 = A("黑龙江省民政厅推动“三会一课”提质增效",
           ["今年以来，黑龙江省民政厅机关党委聚焦“三会一课”质量不高的问题，制定支部组织生活工作指引，"
            "明确会前准备、会中规范、会后落实三个环节的具体要求。",
            "厅机关各党支部结合业务开展主题党日，社会救助处党支部到哈尔滨市道里区走访低保家庭，"
            "区划地名处党支部与基层党员共同整理地名文化资料。"],
           attr="本报讯（通讯员 付晓东）", source="松花江社会工作报", prov="黑龙江", agency="黑龙江省民政厅",
           date="2023-06-20", people=["付晓东"], tags=["dateline", "continued", "relative_date"],
           attr_mode="dateline", cont_end="（下转第4版）")
    blocks = [head, ed, a1, a2, a3, "责任编辑：韩冬  美编：姚远"]
    save_text(P, "2023-06-20", "03", blocks, st, "national", tags=["stray_spaces", "column_label"])

    # page 2
    head = "第4版\n松花江社会工作报\n11月14日  星期二    社会工作·党建"
    a1 = A(None,
           ["各司局、各直属单位要结合实际，把检视整改贯穿主题教育全过程，对照群众反映强烈的问题建立台账，实行销号管理。",
            "会议还对第二批主题教育指导工作作了安排，要求指导组成员发扬“三严三实”作风，沉到基层、摸清实情，防止指导工作走形式。"],
           attr="", source="松花江社会工作报", prov=None, agency="民政部", date="2023-11-10",
           people=[], tags=NB + ["continued", "title_none"], cont_start="（上接第1版）")
    a2 = A("把党建优势转化为基层治理效能",
           ["记者：延边州在社区党建方面有哪些新做法？",
            "金成浩：我们在全州推行“网格党小组”，每个网格由一名在职党员担任联络员，群众的急难愁盼事项在网格里就能第一时间发现。",
            "记者：民政部门在其中发挥什么作用？",
            "金成浩：民政部门主要负责统筹城乡社区服务资源。今年以来，全州新建社区养老服务站点37个，其中多数设在党群服务中心内。",
            "记者：下一步有什么打算？",
            "金成浩：我们将继续坚持党建引领，推动社会组织、社会工作者和志愿者“三社联动”，让服务更贴近群众。"],
           attr="本报记者 孟凡 于静", source="松花江社会工作报", prov="吉林", agency="延边州民政局",
           date="2023-11-14", people=["金成浩", "孟凡", "于静"], tags=["interview", "subtitle", "byline_top", "multi_line_title", "province_context"],
           attr_mode="byline", subtitle="——访延边州民政局党组书记、局长金成浩")
    a3 = A("以学正风 锤炼过硬作风",
           ["作风建设永远在路上。主题教育把以学正风作为重要目标，就是要求党员干部在学思践悟中正心修身。",
            "民政工作直接面对困难群众，作风好不好，群众最有发言权。要坚决纠治“四风”，把调查研究的功夫下在基层一线。",
            "以学正风，关键在于常抓不懈。只有把严的基调长期坚持下去，才能让新风正气不断充盈。"],
           attr="本报评论员", source="松花江社会工作报", prov=None, agency=None, date="2023-11-14",
           people=[], tags=["byline_top", "pull_quote"], attr_mode="byline", pull_after=0,
           pull=["作风好不好，", "群众最有发言权"])
    blocks = [head, a1, a2, a3, "本版编辑：韩冬  校对：刘倩"]
    save_text(P, "2023-11-14", "04", blocks, Style(w=(14, 18), stray=0.04), "national", tags=["column_label"])

    # page 3
    head = "松花江社会工作报\n7月2日 星期二\n3\n社会工作·党建"
    a1 = A("民政部召开直属机关党的工作会议",
           ["28日上午，民政部召开直属机关党的工作会议，总结近年来机关党建工作，部署推进模范机关建设。",
            "会议指出，要把学习贯彻党的二十大精神作为首要政治任务，严格落实“第一议题”制度，"
            "推动机关党建和业务工作深度融合。部直属机关党委常务副书记宋立群表示，要持续深化清廉机关建设，"
            "驰而不息落实中央八项规定精神。",
            "会上，6个基层党组织作了交流发言。"],
           attr="本报北京6月28日电（记者 邵明轩 实习生 常乐）", source="松花江社会工作报", prov=None,
           agency="民政部", date="2024-06-28", people=["宋立群", "邵明轩", "常乐"],
           tags=NB + ["dateline", "kicker", "multi_line_title", "half_day_date", "name_verb"],
           attr_mode="dateline", kicker="聚焦机关党建 推进模范机关建设")
    a2 = A("中央社会工作部部署新兴领域党建工作",
           ["中央社会工作部近日召开新兴领域党建工作推进会，就快递员、网约配送员、网约车司机等群体的党建工作作出部署。",
            "会议要求，要坚持党建引领，推动行业主管部门、平台企业和基层党组织协同发力，把党的组织和工作有效覆盖到新就业群体。"],
           attr="新华社北京6月30日电", source="新华社", prov=None, agency="中央社会工作部",
           date="2024-06-30", people=[], tags=NB + ["dateline", "relative_date"], attr_mode="dateline")
    a3 = A("青岛：社会组织党建“一会一档”",
           ["今年以来，青岛市民政局为全市412家市级社会组织建立党建工作档案，做到一会一档、动态更新。",
            "市社会组织综合党委书记聂文涛介绍，档案涵盖党组织设置、党员管理和“三会一课”开展等内容，"
            "为精准指导提供了依据。"],
           attr="本报讯（记者 田野 通讯员 侯晓燕）", source="松花江社会工作报", prov="山东", agency="青岛市民政局",
           date="2024-07-02", people=["聂文涛", "田野", "侯晓燕"], tags=["dateline", "title_after", "province_context", "relative_date"],
           attr_mode="dateline", tpos="after")
    blocks = [head, a1, a2, a3, "责任编辑：姚远"]
    save_text(P, "2024-07-02", "03", blocks, Style(w=(12, 16), stray=0.07, indent="　　"), "national",
              tags=["stray_spaces", "column_label"], encoding="utf-8-sig")

    # page 4
    head = "第4版  社会工作·党建\n松花江社会工作报\n3月18日  星期二"
    ed = "编者按：新春伊始，各地民政部门以全面从严治党新成效开局起步。本版选编两则，以飨读者。"
    a1 = A("民政部召开2025年全面从严治党工作会议",
           ["14日，民政部召开2025年全面从严治党工作会议，回顾去年机关党风廉政建设情况，部署今年重点任务。",
            "会议强调，要深入学习贯彻二十届三中全会精神，紧盯养老服务、殡葬管理等重点领域，"
            "一体推进不敢腐、不能腐、不想腐。部党组成员、副部长柏华指出，要以严的基调强化正风肃纪，"
            "推动全面从严治党向纵深发展。"],
           attr="本报北京3月14日电（记者 郑小舟）", source="松花江社会工作报", prov=None, agency="民政部",
           date="2025-03-14", people=["柏华", "郑小舟"], tags=NB + ["dateline", "editor_note", "name_verb"],
           attr_mode="dateline", tlines=["民政部召开2025年全面", "从严治党工作会议"])
    a1["tags"].append("multi_line_title")
    a2 = A("大连市社会组织党委开展“党建进社团”活动",
           ["近日，大连市社会组织党委组织开展“党建进社团”活动，选派12名党建指导员进驻行业协会商会。",
            "指导员将帮助社会组织健全党组织会议制度，规范“三会一课”，推动党建工作与业务活动同谋划、同部署。"],
           attr="本报讯（通讯员 杜蕾 姜北辰）", source="松花江社会工作报", prov="辽宁", agency="大连市社会组织党委",
           date="2025-03-18", people=["杜蕾", "姜北辰"], tags=["dateline", "province_context", "relative_date"],
           attr_mode="dateline")
    a3 = A("鸡西市民政局：支部建在服务链上",
           ["3月上旬，鸡西市民政局在市救助管理站、市社会福利院等直属单位推行“支部+服务窗口”模式。",
            "党员干部亮身份、作承诺，在窗口设置党员示范岗。局党组书记秦晓梅说，要让群众在每一个服务环节感受到党组织的温度。"],
           attr="（据鸡西市民政局）", source="鸡西市民政局", prov="黑龙江", agency="鸡西市民政局",
           date="2025-03-01", people=["秦晓梅"], tags=["period_date", "province_context", "name_verb"],
           cap_after="end", captions=["图为党员示范岗志愿者为老人讲解救助政策。（王海鹏 摄）"])
    a3["people"].append("王海鹏")
    a3["tags"].append("captions")
    blocks = [head, ed, a1, a2, a3]
    save_text(P, "2025-03-18", "04", blocks, Style(w=(15, 19), stray=0.05), "national", tags=["column_label"])


# ---------------------------------------------------------------- 海岱日报 (山东 daily, 党建 page, CRLF)
def pub_daily():
    P = "海岱日报"
    PR = "山东"
    # page 1
    head = "党建\n海岱日报·党建周刊\n第7版"
    a1 = A("省民政厅深化模范机关建设“三级联动”",
           ["9月1日，省民政厅召开模范机关建设“三级联动”推进会，总结上半年工作，部署下一阶段任务。",
            "会议提出，一是抓好理论武装，坚持“第一议题”制度；二是抓好基层组织，推动党支部标准化规范化建设；"
            "三是抓好作风建设，持续纠治形式主义、官僚主义。",
            "省民政厅党组成员、副厅长鞠振华出席会议并讲话，潍坊、临沂等4市民政局作交流发言。"],
           attr="本报记者 尹晓光", source="海岱日报", prov=PR, agency="山东省民政厅", date="2023-09-01",
           people=["鞠振华", "尹晓光"], tags=["province_context", "enumeration", "byline_top"], attr_mode="byline")
    a2 = A("社区书记讲党课 邻里议事有新招",
           ["8月下旬，莘县燕塔街道各社区党组织书记走进居民楼院讲党课，把党的理论讲成身边事。",
            "燕塔街道东关社区党委书记王桂芝说：“老百姓爱听实在话，我们就结合加装电梯、停车难这些事来讲。”"],
           attr="（通讯员 郝建军 孙悦）", source=None, prov=PR, agency="燕塔街道", date="2023-08-21",
           people=["王桂芝", "郝建军", "孙悦"], tags=["period_date", "province_context", "column_label", "name_verb"],
           mid={})
    a3 = A("滨州市民政局开展“两优一先”评选表彰",
           ["日前，滨州市民政局对系统内优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。名单如下：",
            "优秀共产党员（8名）",
            "李  华、周永刚、吕  芳、陈晓宁、马玉成、许  静、赵文博、尚立新",
            "优秀党务工作者（3名）",
            "宫  敏、刘天佑、韩雪梅",
            "先进基层党组织（2个）",
            "市社会福利院党支部、市救助管理站党支部"],
           attr="", source="海岱日报", prov=PR, agency="滨州市民政局", date="2023-09-05",
           people=["李华", "周永刚", "吕芳", "陈晓宁", "马玉成", "许静", "赵文博", "尚立新", "宫敏", "刘天佑", "韩雪梅"],
           tags=["honour_list", "province_context", "relative_date"], attr_mode="none")
    blocks = [head, a1, "【支部风采】", a2, "党建·一线", a3, "责任编辑 杨帆  版式 陈默"]
    save_text(P, "2023-09-05", "07", blocks, Style(w=(16, 20), stray=0.03, indent="　　"), "provincial",
              tags=["column_label", "stray_spaces"], crlf=True)

    # page 2 (gb18030)
    head = "海岱日报·党建周刊\n党建\n第7版"
    a1 = A(None,
           ["在推进过程中，省委组织部坚持分类指导，对城市社区、农村、国有企业和“两新”组织分别提出工作要求。",
            "下一步，全省将巩固主题教育成果，推动党建引领基层治理工作往深里走、往实里走。"],
           attr="（本报记者 尹晓光）", source="海岱日报", prov=PR, agency="山东省委组织部", date="2024-01-12",
           people=["尹晓光"], tags=["continued", "title_none", "province_context"], cont_start="（上接第1版）")
    a2 = A("莒县：“红色物业”让小区更和谐",
           ["莒县城阳街道推行“红色物业”，把党支部建在物业服务企业，组织党员物业人员亮身份、带头干。",
            "去年以来，街道成立物业党支部9个，化解小区矛盾纠纷120余件。居民崔大娘说，现在有事找物业，一找一个准。"],
           attr="（本报通讯员 司马宁）", source="海岱日报", prov=PR, agency="莒县城阳街道", date="2024-01-16",
           people=["司马宁", "崔大娘"], tags=["title_after", "province_context", "relative_date"], tpos="after")
    a2["people"].remove("崔大娘")
    a3 = A("省直机关工委举办模范机关建设培训班",
           ["1月10日至12日，省委省直机关工委举办模范机关建设专题培训班，省直各部门机关党委负责同志80余人参加。",
            "培训班安排了专题辅导、现场观摩和分组研讨，学员们围绕“学思想、强党性、重实践、建新功”总要求交流体会。"],
           attr="（据省委省直机关工委）", source="山东省委省直机关工委", prov=PR, agency="山东省委省直机关工委",
           date="2024-01-10", people=[], tags=["province_context", "column_label"])
    blocks = [head, a1, a2, "党建·一线", a3, "责任编辑 杨帆"]
    save_text(P, "2024-01-16", "07", blocks, Style(w=(15, 19), stray=0.05, indent="　　"), "provincial",
              tags=["column_label", "stray_spaces"], crlf=True, encoding="gb18030")

    # page 3
    head = "第6版\n党建\n海岱日报·党建周刊"
    a1 = A("济南市民政局机关党委：把“第一议题”学深学透",
           ["今年以来，济南市民政局机关党委把落实“第一议题”制度作为首要政治任务，局党组会议带头学、支部会议跟进学。",
            "局机关党委专职副书记蔺晓燕介绍，目前已形成学习研讨、调研转化、督查问效的闭环机制。"],
           attr="本报记者 潘卫东 通讯员 阚立", source="海岱日报", prov=PR, agency="济南市民政局", date="2024-05-21",
           people=["蔺晓燕", "潘卫东", "阚立"], tags=["byline_top", "province_context", "relative_date"], attr_mode="byline")
    a2 = A("淄博：社会组织党员亮身份作表率",
           ["5月14日下午，淄博市社会组织综合党委组织开展党员亮身份活动，全市28家行业协会商会党员参加。",
            "活动现场，党员代表依次作出承诺，表示要在服务会员、服务行业中当先锋、作表率。"],
           attr="（淄博市民政局供稿）", source="淄博市民政局", prov=PR, agency="淄博市社会组织综合党委",
           date="2024-05-14", people=[], tags=["half_day_date", "province_context", "column_label"])
    a3 = A("威海：清廉机关建设走深走实",
           ["威海市民政局将清廉机关建设纳入年度党建工作要点，开展廉政风险点排查，梳理风险点46个，"
            "逐一制定防控措施。"],
           attr="（据威海市民政局）", source="威海市民政局", prov=PR, agency="威海市民政局", date="2024-05-21",
           people=[], tags=["province_context", "title_after", "column_label"], tpos="after")
    blocks = [head, a1, "【基层党建】", a2, a3, "责任编辑 孔令辉  版式 陈默"]
    save_text(P, "2024-05-21", "06", blocks, Style(w=(17, 21), stray=0.04), "provincial",
              tags=["column_label", "stray_spaces"], crlf=True)

    # page 4 (BOM)
    head = "党建\n第7版\n海岱日报·党建周刊"
    a1 = A("省民政厅党组理论学习中心组开展集体学习",
           ["6月6日上午，省民政厅党组理论学习中心组举行集体学习，专题学习总体国家安全观。",
            "厅党组书记、厅长宁志远指出，要牢固树立“四个意识”，坚定“四个自信”，统筹发展和安全，"
            "守牢民政领域安全底线。"],
           attr="本报记者 尹晓光", source="海岱日报", prov=PR, agency="山东省民政厅", date="2025-06-06",
           people=["宁志远", "尹晓光"], tags=["byline_top", "half_day_date", "province_context", "name_verb"], attr_mode="byline")
    a2 = A("日照市东港区：“邻里党建”暖民心",
           ["东港区在全区推行“邻里党建”，以楼栋为单元设立党员中心户312户，帮助群众解决实际困难。",
            "区委组织部负责同志介绍，中心户每月至少走访一次楼栋住户，收集意见建议，能办的马上办。"],
           attr="（通讯员 芦雪 蔡永）", source=None, prov=PR, agency="东港区委组织部", date="2025-06-10",
           people=["芦雪", "蔡永"], tags=["province_context", "column_label"])
    a3 = A("烟台市福山区民政局：党员先锋岗护航养老服务",
           ["5月中旬以来，福山区民政局在全区养老机构设立党员先锋岗17个，党员护理员带头开展技能比武。",
            "区民政局党组书记闫俊平表示，要把党员先锋作用发挥在老年人最需要的地方。"],
           attr="（本报通讯员 曲晓波）", source="海岱日报", prov=PR, agency="福山区民政局", date="2025-05-11",
           people=["闫俊平", "曲晓波"], tags=["period_date", "province_context", "name_verb"])
    blocks = [head, a1, "党建·一线", a2, a3, "责任编辑 杨帆"]
    save_text(P, "2025-06-10", "07", blocks, Style(w=(15, 19), stray=0.05, indent="　　"), "provincial",
              tags=["column_label", "stray_spaces"], crlf=True, encoding="utf-8-sig")


# ---------------------------------------------------------------- 抚松融媒 (吉林 county, 动态 page)
def pub_county():
    P = "抚松融媒"
    PR = "吉林"
    st = Style(w=(14, 18), blank=False, stray=0.03)
    BR = ["briefs", "no_blank_lines", "province_context"]

    def item(title, body, date, agency, people=(), attr="", tags=(), src=None):
        return A(title, body, attr=attr, source=src, prov=PR, agency=agency, date=date, people=people,
                 tags=BR + list(tags) + ([] if title else ["title_none"]), marker="■",
                 attr_mode="inline" if attr else "none")

    # page 1: January issue, late-December events
    blocks = ["抚松融媒 · 动态", "第2版  1月8日",
              item("县民政局召开年度组织生活会",
                   ["12月28日，抚松县民政局党组召开年度组织生活会，班子成员逐一进行对照检查，开展批评和自我批评。"],
                   "2023-12-28", "抚松县民政局", tags=["year_boundary"]),
              item(None,
                   ["12月26日下午，万良镇党委组织机关党员到敬老院开展“送温暖”活动，为老人送去米面油和棉被。",
                    "镇党委书记吕长军说，要让老人们过一个温暖的冬天。"],
                   "2023-12-26", "万良镇党委", people=["吕长军"], tags=["year_boundary", "half_day_date", "name_verb"]),
              item("东岗镇开展“冬训”宣讲",
                   ["1月4日，东岗镇启动农村党员冬训，镇宣讲团深入12个村宣讲党的二十大精神。"],
                   "2024-01-04", "东岗镇"),
              item(None,
                   ["日前，抚松镇各社区党组织开展年终走访，排查困难群众132户，逐户建立帮扶台账。"],
                   "2024-01-08", "抚松镇", attr="（通讯员 邢丽娜）", people=["邢丽娜"], tags=["relative_date"]),
              item("县社会组织党委开展年终述职",
                   ["12月下旬，县社会组织综合党委组织所属党支部书记开展年终述职评议，8名支部书记现场述职。"],
                   "2023-12-21", "抚松县社会组织综合党委", tags=["year_boundary", "period_date"]),
              "编辑：孙雨晴  审核：洪涛"]
    save_text(P, "2024-01-08", "02", blocks, st, "county", tags=["no_blank_lines", "stray_spaces"])

    # page 2
    blocks = ["抚松融媒 · 动态", "4月15日  第2版",
              item("县民政局开展清明祭英烈活动",
                   ["4月3日上午，抚松县民政局组织党员干部到烈士陵园开展祭扫活动，重温入党誓词。"],
                   "2024-04-03", "抚松县民政局", tags=["half_day_date"]),
              item(None,
                   ["4月上旬，松江河镇党委举办村“两委”成员培训班，围绕党建引领乡村治理开展专题培训，60余人参加。"],
                   "2024-04-01", "松江河镇党委", tags=["period_date"]),
              item("泉阳镇推行“党员联户”",
                   ["近期，泉阳镇在全镇推行党员联户制度，每名党员联系5至10户群众，及时收集诉求。"],
                   "2024-04-15", "泉阳镇", attr="（通讯员 卜春生）", people=["卜春生"], tags=["relative_date"]),
              item(None,
                   ["4月11日，县委组织部举办全县基层党组织书记“三会一课”规范化培训。培训采取以会代训方式进行。"],
                   "2024-04-11", "抚松县委组织部"),
              "编辑：孙雨晴"]
    save_text(P, "2024-04-15", "02", blocks, Style(w=(16, 20), blank=False, stray=0.04), "county",
              tags=["no_blank_lines", "stray_spaces"])

    # page 3
    blocks = ["抚松融媒 · 动态", "10月21日  第3版  编辑：王宇航",
              item("兴参镇党员志愿者助秋收",
                   ["10月中旬，兴参镇组织党员志愿服务队帮助缺劳力农户抢收玉米和人参，共帮扶农户46户。"],
                   "2024-10-11", "兴参镇", tags=["period_date"]),
              item("县民政局召开党纪学习教育总结会",
                   ["10月16日，抚松县民政局召开党纪学习教育总结会。局党组书记钟国庆强调，要把纪律规矩转化为日常遵循。"],
                   "2024-10-16", "抚松县民政局", people=["钟国庆"]),
              item(None,
                   ["日前，北岗镇党委组织党员干部学习二十届三中全会精神，结合全镇产业发展开展研讨。"],
                   "2024-10-21", "北岗镇党委", tags=["relative_date"]),
              item(None,
                   ["10月18日，漫江镇社区党支部联合县社工站开展“关爱老人”服务，为独居老人测量血压、打扫卫生。"],
                   "2024-10-18", "漫江镇社区党支部", attr="（通讯员 穆欣然）", people=["穆欣然"]),
              item("仙人桥镇召开村党组织书记例会",
                   ["10月8日，仙人桥镇召开村党组织书记例会，部署秋冬季防火和党员教育管理工作。"],
                   "2024-10-08", "仙人桥镇")]
    save_text(P, "2024-10-21", "03", blocks, Style(w=(13, 17), blank=False, stray=0.03), "county",
              tags=["no_blank_lines", "stray_spaces"])

    # page 4: January issue again
    blocks = ["抚松融媒 · 动态", "第2版", "1月6日",
              item(None,
                   ["12月30日，抚松县民政局机关党支部召开专题组织生活会，党员们对照党章党规查摆问题。"],
                   "2024-12-30", "抚松县民政局机关党支部", tags=["year_boundary"]),
              item("县委社会工作部揭牌",
                   ["12月下旬，中共抚松县委社会工作部正式揭牌运行，统筹推进全县社会工作和“两新”组织党建工作。"],
                   "2024-12-21", "中共抚松县委社会工作部", tags=["year_boundary", "period_date"]),
              item("万良镇开展新年慰问",
                   ["1月3日，万良镇党委走访慰问老党员、困难党员21人，送去慰问金和新年祝福。"],
                   "2025-01-03", "万良镇党委"),
              item(None,
                   ["岁末年初，县社会组织综合党委组织党员志愿者走进社区，为群众书写春联、送“福”字。"],
                   "2025-01-06", "抚松县社会组织综合党委", attr="（通讯员 邢丽娜 卜春生）",
                   people=["邢丽娜", "卜春生"], tags=["relative_date"]),
              "编辑：孙雨晴  审核：洪涛"]
    save_text(P, "2025-01-06", "02", blocks, st, "county", tags=["no_blank_lines", "stray_spaces"])


# ---------------------------------------------------------------- 黑土民政网 (黑龙江 portal, HTML)
def pub_portal():
    P = "黑土民政网"
    PR = "黑龙江"

    def page(day, name, arts, enc="utf-8", ext_box=None, tags=()):
        e = htmlmod.escape
        parts = ["<!DOCTYPE html><html><head><meta charset=\"%s\"><title>工作动态_黑土民政网</title>"
                 % ("gb2312" if enc == "gb18030" else "utf-8"),
                 "<style>.info{color:#888}</style></head><body>",
                 "<div class=\"top\">黑土民政网 | 首页 | 政务公开 | 办事服务 | 互动交流</div>",
                 "<div class=\"crumb\">当前位置：首页 &gt; 新闻中心 &gt; 工作动态</div>"]
        for a, info_date, views in arts:
            lay = a["lay"]
            parts.append("<div class=\"article\">")
            if lay.get("kicker") and False:
                pass
            parts.append("<h2>%s</h2>" % e("".join(lay.get("tlines") or [a["title"]])))
            if lay.get("subtitle"):
                parts.append("<h3>%s</h3>" % e(lay["subtitle"]))
            parts.append("<p class=\"info\">发布时间：%s　<span>%s</span>　浏览次数：%d　【字体：大 中 小】</p>"
                         % (info_date, e(a["attr"]), views))
            for i, p in enumerate(a["body"]):
                parts.append("<p>　　%s</p>" % e(p))
                if lay.get("cap_after") == i:
                    for c in a["captions"]:
                        parts.append("<p style=\"text-align:center\"><img src=\"/uploads/%s.jpg\"><br>%s</p>"
                                     % (rng.randint(10000, 99999), e(c)))
            parts.append("</div><hr>")
        if ext_box:
            parts.append("<div class=\"box\"><div class=\"box-title\">延伸阅读</div>")
            parts.append("<h4>%s</h4>" % e(ext_box["title"]))
            for p in ext_box["body"]:
                parts.append("<p>%s</p>" % e(p))
            parts.append("</div>")
        parts.append("<div class=\"rel\">相关链接：<a href=\"#\">黑龙江省民政厅</a> <a href=\"#\">中华人民共和国民政部</a></div>")
        parts.append("<div class=\"foot\">【打印本页】【关闭窗口】<br>主办：黑土民政网编辑部　备案号：黑ICP备0000000号</div></body></html>")
        s = "\n".join(parts)
        data = s.encode("gb18030" if enc == "gb18030" else "utf-8")
        arts_all = [x[0] for x in arts] + ([ext_box] if ext_box else [])
        tg = {"html"} | set(tags)
        if enc == "gb18030":
            tg.add("gb18030")
        save(P, day, name, "html", data, dict(encoding=enc, crlf=False, kind="html", pk="provincial", tags=tg), arts_all)

    H = ["html"]
    a1 = A("省民政厅机关党委召开“两优一先”表彰大会",
           ["7月1日上午，省民政厅机关党委召开庆祝建党102周年暨“两优一先”表彰大会，表彰优秀共产党员15名、优秀党务工作者5名、先进基层党组织4个。",
            "厅党组书记、厅长邢宏宇为受表彰代表颁奖。他说，要以榜样为镜，把“两个确立”的决定性意义转化为做好民政工作的实际行动。"],
           attr="来源：省民政厅机关党委", source="黑龙江省民政厅机关党委", prov=PR, agency="黑龙江省民政厅",
           date="2023-07-01", people=["邢宏宇"], tags=H + ["half_day_date", "name_verb", "captions", "province_context"],
           cap_after=0, captions=["表彰大会现场。（摄影：曲家宝）"])
    a1["people"].append("曲家宝")
    a2 = A("杜尔伯特蒙古族自治县民政局开展主题党日活动",
           ["近日，杜尔伯特蒙古族自治县民政局党支部组织党员到县养老服务中心开展主题党日活动。",
            "党支部书记巴特尔·乌力吉带领党员为老人整理房间、读报聊天。他表示，要在为民服务中践行初心使命。"],
           attr="来源：杜尔伯特蒙古族自治县民政局  作者：白金花", source="杜尔伯特蒙古族自治县民政局", prov=PR,
           agency="杜尔伯特蒙古族自治县民政局", date="2023-07-05", people=["巴特尔·乌力吉", "白金花"],
           tags=H + ["dot_name", "relative_date", "name_verb", "province_context"])
    ext = A("什么是“两优一先”",
            ["“两优一先”是对优秀共产党员、优秀党务工作者和先进基层党组织的简称，通常在七一前后由各级党组织开展评选表彰。"],
            attr="", source="黑土民政网", prov=None, agency=None, date="2023-07-05", people=[],
            tags=H + ["related_link"])
    page("2023-07-05", "gzdt_01", [(a1, "2023-07-03", 1268), (a2, "2023-07-05", 397)], ext_box=ext)

    b1 = A("齐齐哈尔市民政局推动清廉机关建设",
           ["今年以来，齐齐哈尔市民政局以清廉机关建设为抓手，对机关各科室廉政风险点进行全面梳理，制定防控措施52条。",
            "局党组定期听取清廉机关建设情况汇报，将其纳入科室年度考核。"],
           attr="来源：齐齐哈尔市民政局", source="齐齐哈尔市民政局", prov=PR, agency="齐齐哈尔市民政局",
           date="2024-03-26", people=[], tags=H + ["relative_date", "province_context"])
    b2 = A("牡丹江市社会组织党委举办党务干部培训班",
           ["3月20日至22日，牡丹江市社会组织党委举办社会组织党务干部培训班，全市110名党务干部参加。",
            "培训围绕如何开好“三会一课”、如何发展党员等内容展开。学员孟繁星说，培训内容实用，回去就能用上。"],
           attr="来源：牡丹江市民政局  作者：谷雨桐", source="牡丹江市民政局", prov=PR, agency="牡丹江市社会组织党委",
           date="2024-03-20", people=["孟繁星", "谷雨桐"], tags=H + ["name_verb", "province_context"],
           subtitle="——全市110名党务干部参训")
    b2["tags"].append("subtitle")
    b2["tags"].append("multi_line_title")
    b3 = A("省民政厅召开机关党建工作会议",
           ["3月25日，省民政厅召开2024年机关党建工作会议，部署全年模范机关建设任务。",
            "会议要求，要坚持以党的政治建设为统领，推动党建和业务深度融合，以高质量党建引领民政事业高质量发展。"],
           attr="来源：黑土民政网", source="黑土民政网", prov=PR, agency="黑龙江省民政厅", date="2024-03-25",
           people=[], tags=H + ["province_context"])
    page("2024-03-26", "gzdt_02", [(b3, "2024-03-26", 842), (b1, "2024-03-26", 215), (b2, "2024-03-25", 508)],
         enc="gb18030")

    c1 = A("绥化市北林区：党建引领社区养老",
           ["北林区民政局依托社区党组织建设“嵌入式”养老服务站，目前已建成14个，为老年人提供助餐、助洁等服务。",
            "区民政局局长佟雪峰说，下一步将在全区推广这一做法。"],
           attr="来源：绥化市民政局", source="绥化市民政局", prov=PR, agency="北林区民政局", date="2024-09-10",
           people=["佟雪峰"], tags=H + ["name_verb", "province_context"], cap_after=1,
           captions=["社区养老服务站内，志愿者为老人理发。"])
    c1["tags"].append("captions")
    c2 = A("伊春市民政局党组开展集体学习",
           ["9月6日，伊春市民政局党组开展集体学习，专题学习二十届三中全会精神。局党组书记尚国梁主持学习并讲话。"],
           attr="来源：伊春市民政局  作者：郑楠", source="伊春市民政局", prov=PR, agency="伊春市民政局",
           date="2024-09-06", people=["尚国梁", "郑楠"], tags=H + ["province_context"])
    ext = A("嵌入式养老服务站是什么",
            ["嵌入式养老服务站一般建在社区内部，面积不大，为周边老年人提供就近就便的日间照料、助餐、康复等服务。"],
            attr="", source="黑土民政网", prov=None, agency=None, date="2024-09-10", people=[], tags=H + ["related_link"])
    page("2024-09-10", "gzdt_03", [(c1, "2024-09-10", 376), (c2, "2024-09-09", 189)], ext_box=ext)

    d1 = A("大兴安岭地区民政局开展“党员进网格”活动",
           ["4月中旬以来，大兴安岭地区民政局组织党员干部下沉社区网格，开展政策宣传和入户走访，走访困难群众300余户。"],
           attr="来源：大兴安岭地区民政局  作者：其木格·阿拉坦", source="大兴安岭地区民政局", prov=PR,
           agency="大兴安岭地区民政局", date="2025-04-11", people=["其木格·阿拉坦"],
           tags=H + ["period_date", "dot_name", "province_context"])
    d2 = A("省民政厅举办青年干部读书分享会",
           ["4月23日，省民政厅机关团委举办青年干部读书分享会，6名青年干部分享读书心得。",
            "青年干部代表阎思琪表示，要以学增智，不断提升为民服务本领。"],
           attr="来源：省民政厅机关团委", source="黑龙江省民政厅机关团委", prov=PR, agency="黑龙江省民政厅",
           date="2025-04-23", people=["阎思琪"], tags=H + ["name_verb", "province_context"])
    page("2025-04-25", "gzdt_04", [(d2, "2025-04-24", 655), (d1, "2025-04-25", 120)])


# ---------------------------------------------------------------- 辽海机关党建简报 (辽宁 Word bulletin)
def pub_bulletin():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    P = "辽海机关党建简报"
    PR = "辽宁"
    D = ["docx", "bulletin_masthead", "distribution_lines"]

    def build(day, no, office_date, arts, toc=False, table=False, dist=(), tags=()):
        d = docx.Document()
        h = d.add_paragraph()
        r = h.add_run("辽海机关党建简报")
        r.bold = True
        r.font.size = Pt(26)
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("第%d期" % no).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if table:
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).text = office_date[0]
            t.cell(0, 1).text = office_date[1]
        else:
            d.add_paragraph(office_date[0] + "　　　　　　" + office_date[1])
        d.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━")
        tg = set(D) | set(tags)
        if toc:
            d.add_paragraph("目  录")
            for a in arts:
                d.add_paragraph("◎ " + title_of(a))
            tg.add("contents_list")
        for a in arts:
            p = d.add_paragraph()
            rr = p.add_run(title_of(a))
            rr.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, para in enumerate(a["body"]):
                txt = para + (a["attr"] if (i == len(a["body"]) - 1 and a["lay"].get("attr_mode") == "inline") else "")
                d.add_paragraph("　　" + txt)
            if a["lay"].get("attr_mode") != "inline" and a["attr"]:
                q = d.add_paragraph(a["attr"])
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━")
        for l in dist:
            d.add_paragraph(l)
        rel = f"{P}/{day}/jianbao_{no:02d}.docx"
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        d.save(str(path))
        tags_all = set(tg)
        ta = [truth_article(a) for a in arts]
        for t in ta:
            tags_all |= set(t["phenomena"])
        TRUTH[rel] = dict(encoding="docx", crlf=False, kind="docx", publication_kind="bulletin",
                          phenomena=sorted(tags_all), articles=ta)

    DIST1 = ["报：省委省直机关工委，厅党组成员", "送：厅机关各处室、各直属单位", "发：各市民政局机关党委"]
    a1 = A("厅机关党委部署开展主题教育调查研究",
           ["4月18日，厅机关党委召开会议，部署厅机关主题教育调查研究工作。",
            "会议明确，一是聚焦养老服务、社会救助等重点领域确定调研课题；二是坚持“四下基层”，到问题多、困难大的地方去；三是建立调研成果转化清单。"],
           attr="（厅机关党委供稿）", source="辽宁省民政厅机关党委", prov=PR, agency="辽宁省民政厅",
           date="2023-04-18", people=[], tags=D + ["enumeration", "province_context"])
    a2 = A("社会救助处党支部开展“支部联基层”活动",
           ["4月中旬，社会救助处党支部与沈阳市于洪区民政局党支部开展联学联建，共同学习主题教育应知应会内容，实地走访低保家庭6户。"],
           attr="（社会救助处党支部供稿）", source="辽宁省民政厅社会救助处党支部", prov=PR, agency="辽宁省民政厅",
           date="2023-04-11", people=[], tags=D + ["period_date", "province_context"])
    a3 = A("省福利彩票发行中心开展廉政警示教育",
           ["近日，省福利彩票发行中心组织党员干部观看警示教育片，并以案促改召开专题会议，查找廉政风险。"],
           attr="（省福彩中心供稿）", source="辽宁省福利彩票发行中心", prov=PR, agency="辽宁省福利彩票发行中心",
           date="2023-04-25", people=[], tags=D + ["relative_date", "province_context"])
    build("2023-04-25", 6, ("辽宁省民政厅机关党委编", "2023年4月25日"), [a1, a2, a3], toc=True, dist=DIST1)

    b1 = A("厅机关召开2023年度党支部书记述职评议会",
           ["1月9日下午，厅机关召开党支部书记抓党建工作述职评议会，12个党支部书记进行述职，厅机关党委书记韦立新逐一点评。",
            "会议要求，各党支部要对照点评意见建立整改清单，确保整改到位。"],
           attr="（厅机关党委供稿）", source="辽宁省民政厅机关党委", prov=PR, agency="辽宁省民政厅",
           date="2024-01-09", people=["韦立新"], tags=D + ["half_day_date", "province_context"])
    b2 = A("厅机关2023年度优秀党务工作者名单",
           ["经各党支部推荐、厅机关党委审核，评选出2023年度优秀党务工作者10名，现予公布：",
            "程  丹、王晓川、刘  洋、金美玉、邹文博、佟  琳、段立明、苏  红、朴成哲、夏永强"],
           attr="（厅机关党委供稿）", source="辽宁省民政厅机关党委", prov=PR, agency="辽宁省民政厅",
           date="2024-01-12", people=["程丹", "王晓川", "刘洋", "金美玉", "邹文博", "佟琳", "段立明", "苏红", "朴成哲", "夏永强"],
           tags=D + ["honour_list", "relative_date", "province_context"])
    build("2024-01-12", 1, ("辽宁省民政厅机关党委", "2024年1月12日"), [b1, b2], table=True,
          dist=["报：省委省直机关工委", "送：厅党组成员", "发：厅机关各党支部"])

    c1 = A("省民政厅党组理论学习中心组专题学习党纪",
           ["6月4日，省民政厅党组理论学习中心组围绕《中国共产党纪律处分条例》开展专题学习。厅党组书记、厅长褚明远强调，要把严守纪律规矩融入日常工作。"],
           attr="（厅办公室供稿）", source="辽宁省民政厅办公室", prov=PR, agency="辽宁省民政厅",
           date="2024-06-04", people=["褚明远"], tags=D + ["province_context"])
    c2 = A("锦州市民政局推进“清廉民政”建设",
           ["锦州市民政局围绕清廉机关建设，制定“清廉民政”建设实施方案，明确21项具体任务。",
            "一是完善制度体系；二是加强廉政教育；三是强化监督检查，确保各项任务落地见效。"],
           attr="（锦州市民政局供稿）", source="锦州市民政局", prov=PR, agency="锦州市民政局",
           date="2024-06-12", people=[], tags=D + ["enumeration", "province_context"])
    c3 = A("养老服务处党支部开展主题党日",
           ["6月7日，养老服务处党支部到沈阳市和平区一家养老机构开展主题党日活动，听取运营情况介绍，征求意见建议。"],
           attr="（养老服务处党支部　冯小雨供稿）", source="辽宁省民政厅养老服务处党支部", prov=PR, agency="辽宁省民政厅",
           date="2024-06-07", people=["冯小雨"], tags=D + ["province_context"])
    build("2024-06-12", 9, ("辽宁省民政厅机关党委编", "2024年6月12日"), [c1, c2, c3], dist=DIST1)

    d1 = A("厅机关召开深入贯彻中央八项规定精神学习教育动员部署会",
           ["3月28日，厅机关召开深入贯彻中央八项规定精神学习教育动员部署会，对学习教育作出安排。",
            "会议强调，要坚持学查改一体推进，坚决防止“四风”反弹回潮。"],
           attr="（厅机关党委供稿）", source="辽宁省民政厅机关党委", prov=PR, agency="辽宁省民政厅",
           date="2025-03-28", people=[], tags=D + ["province_context"])
    d2 = A("丹东市民政局开展党建业务融合观摩",
           ["3月下旬，丹东市民政局组织各党支部开展党建业务融合观摩，实地察看儿童福利院、救助管理站等单位党建阵地建设情况。"],
           attr="（丹东市民政局供稿）", source="丹东市民政局", prov=PR, agency="丹东市民政局",
           date="2025-03-21", people=[], tags=D + ["period_date", "province_context"])
    build("2025-04-02", 3, ("辽宁省民政厅机关党委编", "2025年4月2日"), [d1, d2], toc=True,
          dist=["报：省委省直机关工委，厅党组成员", "送：厅机关各处室", "发：各市民政局"])


# ---------------------------------------------------------------- 泰岱党建 (山东 magazine, double-spaced)
def pub_magazine():
    P = "泰岱党建"
    PR = "山东"
    st = Style(w=(16, 20), dbl=True, stray=0.02)
    M = ["double_spaced"]
    a = A("一个社区党委的“小事清单”",
          ["在济宁市任城区仙营街道古槐社区，居民有事习惯去党群服务中心“挂个号”。",
           "清单从哪里来",
           "社区党委书记褚红梅告诉记者，去年以来，社区党委把居民反映的楼道照明、绿地占用、快递堆放等问题一一列入“小事清单”，明确责任人和办结时限。",
           "清单怎么办",
           "社区把辖区12个党支部、56名在职党员编入网格，实行“接单—派单—办单—评单”闭环管理。今年以来，清单上的事已办结203件。",
           "“小事办好了，群众心就齐了。”褚红梅说。"],
          attr="本刊记者 韩立秋", source="泰岱党建", prov=PR, agency="古槐社区党委", date="2023-10-01",
          people=["褚红梅", "韩立秋"], tags=M + ["kicker", "subtitle", "multi_line_title", "subheadings", "byline_top",
                                                  "captions", "province_context", "name_verb", "relative_date"],
          attr_mode="byline", kicker="基层治理观察", subtitle="——济宁市任城区古槐社区党建引领基层治理见闻",
          cap_after=3, cap_prefix="▲ ", captions=["社区党员志愿者清理楼道杂物。（韩立秋 摄）"])
    save_text(P, "2023-10-01", "p23", ["泰岱党建", "基层观察", a, "23"], st, "magazine", tags=["double_spaced"])

    b = A("让“三会一课”活起来",
          ["“三会一课”是党的组织生活的基本制度。一些基层党组织存在会议走过场、党课照本宣科等问题，需要下功夫解决。",
           "内容要实",
           "组织生活的内容要紧扣党员思想实际和工作实际，把学习党的二十大精神与解决具体问题结合起来。",
           "形式要新",
           "可以采取现场教学、案例研讨、党员讲述等形式，增强吸引力和感染力。",
           "制度要严",
           "要把“三会一课”落实情况纳入支部考核，对流于形式的及时督促整改，推动全面从严治党向基层延伸。"],
          attr="文/宗海涛", source=None, prov=None, agency=None, date="2024-03-01", people=["宗海涛"],
          tags=M + ["byline_top", "subheadings", "pull_quote"], attr_mode="byline", pull_after=2,
          pull=["把学习党的二十大精神", "与解决具体问题结合起来"])
    b["attr"] = "文/宗海涛（作者单位：中共泰安市委党校）"
    b["lay"]["attr_mode"] = "split"
    save_text(P, "2024-03-01", "p12", ["泰岱党建  支部工作", "泰岱党建", b, "12"], st, "magazine", tags=["double_spaced"])

    c = A("做社会组织的“娘家人”",
          ["本刊记者：市社会组织综合党委成立以来，重点做了哪些工作？",
           "于春雷：我们抓的第一件事是“建组织”，对全市社会组织党组织覆盖情况逐一摸排，做到应建尽建。",
           "本刊记者：党建工作如何与社会组织业务结合？",
           "于春雷：我们推行“党建+公益”项目，今年以来共实施项目38个，服务困难群众5000余人次。",
           "本刊记者：下一步有什么打算？",
           "于春雷：我们将以学促干，持续提升社会组织党建质量。"],
          attr="本刊记者 孔繁宇", source="泰岱党建", prov=PR, agency="枣庄市社会组织综合党委", date="2024-08-01",
          people=["于春雷", "孔繁宇"], tags=M + ["interview", "subtitle", "kicker", "multi_line_title", "byline_top"],
          attr_mode="byline", kicker="访谈", subtitle="——访枣庄市社会组织综合党委书记于春雷",
          cap_after="end", cap_prefix="▲ ", captions=["于春雷（右）在社会组织调研。"])
    c["tags"].append("captions")
    save_text(P, "2024-08-01", "p30", ["泰岱党建", "人物访谈", c, "30"], st, "magazine", tags=["double_spaced"])

    d = A("以党建引领激活社会救助“一张网”",
          ["近年来，东营市民政局坚持党建引领，推动社会救助从“人找政策”向“政策找人”转变。",
           "数据多跑路",
           "4月上旬，市民政局上线低收入人口动态监测平台，汇集民政、人社、医保等部门数据，对可能陷入困境的群众自动预警。",
           "党员多上门",
           "局机关党员与镇街社工站结对，每月开展入户核查。局党组书记冷德胜说，“平台发现问题，党员上门解决”。"],
          attr="本刊通讯员 伍佳琦 武晓光", source="泰岱党建", prov=PR, agency="东营市民政局", date="2025-04-01",
          people=["冷德胜", "伍佳琦", "武晓光"], tags=M + ["subheadings", "byline_top", "period_date", "captions", "kicker",
                                                         "multi_line_title", "name_verb"],
          attr_mode="byline", kicker="民政实践", tlines=["以党建引领激活", "社会救助“一张网”"],
          cap_after=2, cap_prefix="▲ ", captions=["工作人员查看低收入人口动态监测平台。（武晓光 摄）"])
    e = A("莱芜区：支部建在项目上",
          ["济南市莱芜区民政局把党支部建在养老服务项目上，党员骨干带头攻坚，推动3个项目提前投用。"],
          attr="（莱芜区民政局供稿）", source="莱芜区民政局", prov=PR, agency="莱芜区民政局", date="2025-05-01",
          people=[], tags=M + ["province_context"])
    save_text(P, "2025-05-01", "p08", ["泰岱党建", "实践探索", d, e, "8"], st, "magazine", tags=["double_spaced"])


# ---------------------------------------------------------------- 钢都晚报 (辽宁 鞍山 city paper, OCR)
def pub_ocr():
    P = "钢都晚报"
    PR = "辽宁"
    O = ["ocr"]
    st = Style(w=(13, 17), stray=0.08)
    head = "钢都晚报\n2O23年6月27日  星期二\nA06  党建周刊"
    a1 = A("市民政局召开模范机关建设推进会",
           ["明21日，鞍山市民政局召开模范机关建设推进会，总结前一阶段工作，部署下一步任务。",
            "会议要求，各党支部要对标“四强”党支部标准，补短板、强弱项，推动机关党建提质增效。局党组书记廖文斌出席并讲话。"],
           attr="本报讯（记者 祁晓莹）", source="钢都晚报", prov=PR, agency="鞍山市民政局", date="2023-06-21",
           people=["廖文斌", "祁晓莹"], tags=O + ["dateline", "multi_line_title", "province_context"],
           attr_mode="dateline", tlines=["市民政局召开模范机关", "建设推进会"], tgap=True)
    a2 = A("铁东区社区党组织“吹哨” 部门“报到”",
           ["铁东区推行“街道吹哨、部门报到”机制，今年以来社区党组织共“吹哨”86次，解决居民急难愁盼问题79件。",
            "区委组织部副部长 贺  兰介绍，下一步将把这一机制延伸到小区和楼栋。"],
           attr="（通讯员 单蕾）", source=None, prov=PR, agency="铁东区委组织部", date="2023-06-27",
           people=["贺兰", "单蕾"], tags=O + ["relative_date", "title_after", "province_context"], tpos="after")
    a3 = A(None,
           ["明15日上午，立山区民政局党支部组织党员到市雷锋纪念馆开展主题党日活动，重温入党誓词。"],
           attr="", source=None, prov=PR, agency="立山区民政局党支部", date="2023-06-15", people=[],
           tags=O + ["title_none", "half_day_date", "briefs", "province_context"], marker="●", attr_mode="none")
    save_text(P, "2023-06-27", "A06", [head, a1, a2, a3, "责编 许 诺"], st, "provincial", kind="ocr",
              tags=["stray_spaces", "column_label"])

    head = "A07\n钢都晚报\n2024年明l8日 星期二"
    a1 = A("千山区民政局：党员带头 服务上门",
           ["明12日，千山区民政局组织党员干部深入汤岗子镇，为高龄老人上门办理养老服务补贴。",
            "党员干部滕志鸿说：“我们多跑一趟路，老人就少跑很多路。”"],
           attr="本报讯（记者 祁晓莹 通讯员 甘露）", source="钢都晚报", prov=PR, agency="千山区民政局",
           date="2024-06-12", people=["滕志鸿", "祁晓莹", "甘露"], tags=O + ["dateline", "name_verb", "province_context"],
           attr_mode="dateline")
    a2 = A("海城市社会组织党委举办“七一”党课",
           ["日前，海城市社会组织党委邀请市委党校教师为社会组织党员讲授专题党课，围绕“两个确立”和“两个维护”进行深入阐释。",
            "80余名社会组织党员参加。"],
           attr="（据海城市民政局）", source="海城市民政局", prov=PR, agency="海城市社会组织党委", date="2024-06-18",
           people=[], tags=O + ["relative_date", "multi_line_title", "province_context"],
           tlines=["海城市社会组织党委", "举办“七一”党课"], tgap=True)
    a3 = A(None,
           ["各党支部要把党纪学习教育同业务工作结合起来，做到两手抓、两促进。"],
           attr="", source="钢都晚报", prov=PR, agency="鞍山市民政局", date="2024-06-14", people=[],
           tags=O + ["continued", "title_none", "province_context"], cont_start="（上接A05版）")
    save_text(P, "2024-06-18", "A07", [head, a3, a1, a2], Style(w=(14, 18), stray=0.07), "provincial", kind="ocr",
              tags=["stray_spaces"])

    head = "钢都晚报\n2O24年1]月5日 星期二 A06\n党建周刊"
    a1 = A("市委社会工作部召开新就业群体党建工作座谈会",
           ["l0月31日，市委社会工作部召开新就业群体党建工作座谈会，快递、外卖、网约车等行业党组织负责人参加。",
            "会议提出，要建强行业党组织，推动“暖蜂驿站”等服务阵地提档升级。"],
           attr="本报讯（记者 温馨）", source="钢都晚报", prov=PR, agency="鞍山市委社会工作部", date="2024-10-31",
           people=["温馨"], tags=O + ["dateline", "multi_line_title", "province_context"], attr_mode="dateline",
           tlines=["市委社会工作部召开新就业群体", "党建工作座谈会"], tgap=True)
    a2 = A("台安县民政局开展“三会一课”督查",
           ["近期，台安县民政局机关党委对所属5个党支部“三会一课”落实情况进行督查，发现问题9个，已全部整改。"],
           attr="（通讯员 季思远）", source=None, prov=PR, agency="台安县民政局", date="2024-11-05",
           people=["季思远"], tags=O + ["relative_date", "province_context", "title_after"], tpos="after")
    save_text(P, "2024-11-05", "A06", [head, a1, a2, "责编 许 诺  美编 林 子"], st, "provincial", kind="ocr",
              tags=["stray_spaces", "column_label"])

    head = "党建周刊\nA06\n钢都晚报\n2O25年2月25日  星期二"
    a1 = A("岫岩满族自治县民政局部署全年党建工作",
           ["2月2O日，岫岩满族自治县民政局召开党建工作会议，部署全年党建和党风廉政建设工作。",
            "局党组书记关玉霞强调，要坚持以高质量党建引领民政事业高质量发展，持续深化模范机关建设。"],
           attr="本报讯（记者 温馨 通讯员 那日松）", source="钢都晚报", prov=PR, agency="岫岩满族自治县民政局",
           date="2025-02-20", people=["关玉霞", "温馨", "那日松"], tags=O + ["dateline", "province_context"],
           attr_mode="dateline")
    a2 = A("市民政局机关党委开展“新春走基层”",
           ["2月中旬，市民政局机关党委组织党员干部开展“新春走基层”活动，走访社区、养老机构l6家，收集意见建议32条。"],
           attr="（据鞍山市民政局）", source="鞍山市民政局", prov=PR, agency="鞍山市民政局", date="2025-02-11",
           people=[], tags=O + ["period_date", "multi_line_title", "province_context"],
           tlines=["市民政局机关党委开展", "“新春走基层”"], tgap=True)
    save_text(P, "2025-02-25", "A06", [head, a1, a2], Style(w=(15, 19), stray=0.08), "provincial", kind="ocr",
              tags=["stray_spaces", "column_label"])


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("海岱日报/2023-09-05/07.txt", 3, "source", "海岱日报", None, 3),
    ("黑土民政网/2023-07-05/gzdt_01.html", 3, "source", "黑土民政网", None, 3),
    ("黑土民政网/2024-09-10/gzdt_03.html", 3, "source", "黑土民政网", None, 3),
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
    ('抚松融媒/2025-01-06/02.txt', 1, 'agency', '抚松县民政局机关党支部', '抚松县民政局', 5),
    ('钢都晚报/2023-06-27/A06.txt', 3, 'agency', '立山区民政局党支部', '立山区民政局', 5),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    pub_national(); pub_daily(); pub_county(); pub_portal(); pub_bulletin(); pub_magazine(); pub_ocr()
    (HERE / f"truth-{SET}.json").write_text(json.dumps(_truth11_align(_truth10_align(TRUTH)), ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(TRUTH), "pages")
