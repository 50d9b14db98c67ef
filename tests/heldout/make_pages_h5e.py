"""Held-back truth pages, set h5e (batch h5): 28 pages, 7 invented publications.
(Its national paper, 中国社工时报, was renamed by the keeper before anything was scored: set h5c chose the same name.)

Publications (name — province — kind — format — styles shown):
- 终南民政周报 — 陕西 — provincial weekly — .txt (utf-8; utf-8 BOM; gb18030; utf-8 CRLF) — running
  head with weekday and 版 number, column labels in 【】 above articles, kicker lines, ——subtitles,
  本报讯（记者 … 通讯员 …） datelines, （据…） closings, captions with （记者 某某 摄）, a title printed
  after its article, an interview (记者：/姓名：turns), a pull quote, a double-spaced article, a ■ brief
  page without blank lines with 【place】 items, editor's note, （上接第1版） fragment, year boundary.
- 弱水晨报 — 甘肃 (张掖) — provincial (prefecture paper) — OCR text layers of scans — misread running
  heads (笫, ], l, O), blank line inside a two-line title, stray spaces, an honour list, ● briefs,
  subheadings, enumeration, year boundary.
- 玛沁融媒 — 青海 (果洛州玛沁县) — county media centre — .txt (gb18030 CRLF; utf-8; utf-8 BOM; utf-8) —
  byline at the top (玛沁融媒记者 …), half-day dates, name+verb, ◆ briefs without blank lines, a
  相关链接 box with its own text, an article whose title is missing (only a layout label stands).
- 沙湖社会组织党建简报 — 宁夏 — bulletin — .docx — masthead (name, 第N期, issuing office
  宁夏回族自治区民政厅机关党委, date), 本期目录, bare unit credits and unit+writer credits, 报/送/发 lines.
- 天池民政在线 — 新疆 — provincial portal — .html (utf-8; gb18030; a list page; utf-8) — breadcrumbs,
  info line 发布日期/来源/作者/浏览次数/【字体：大 中 小】, 相关链接 list (furniture), Uyghur/Kazakh dot
  names broken across source lines, 兵团 bodies.
- 丝路党建论坛 — magazine (monthly, folder date = 1st of month) — .txt (utf-8; utf-8 BOM CRLF;
  gb18030; utf-8) — 本期目录, scholar pieces with author line + （作者系…）, 摘要：/关键词：, numbered
  subheadings, 本刊记者 interview (问：/答：), 本刊通讯员 case, reader's letter with (单位 姓名).
- 中国社工时报 — national paper — .txt (utf-8; utf-8 CRLF; utf-8 BOM; gb18030) — 本报北京…电（记者…）,
  national bodies, 本报评论员 commentary, 新华社 dateline, （下转第3版） ending, dot names.

Decisions beyond truth_conventions.md:
- A dateline printed at the start of the lead (本报讯（记者 某某）, 新华社…电) is the attribution and is
  NOT repeated in the first body paragraph; the body paragraph starts after it.
- Stray spaces printed inside a line are kept in the truth strings as printed; column line breaks
  (including forced breaks inside dot names and 习近|平) are joined with nothing.
- OCR pages: titles, bodies, captions and attributions are given as printed, misreads included (笫, l, O
  inside body text); dates, people, agencies are the real facts. Names are never misread.
- A byline at the top plus nothing at the end: the byline line as printed is the attribution
  (玛沁融媒记者 仁青卓玛), source = the county media centre (玛沁融媒).
- A magazine scholar's piece: attribution = author line + closing note joined with one space.
- A portal article page: attribution = the info line's 来源/作者 part as printed, e.g.
  "来源：新疆维吾尔自治区民政厅 作者：…" (joined with one space, no date/counter); 来源：本网 → 天池民政在线.
- A portal list page's entries: title = link text, body = the summary line, attribution "",
  source = 天池民政在线, date per round ten (lead day, else the entry's stamp).
- Bulletin credits: attribution printed with its brackets; a bare unit is completed with the masthead
  office's 厅 (宁夏回族自治区民政厅…).
- A （通讯员 X） closing a full (non-brief) report of a county media page → the media centre as source;
  a (县民政局 某某) unit+writer credit there → the unit completed with the county (玛沁县民政局).
- 兵团X师Y市民政局 printed with and without 兵团: the shorter (round nine, 7); X师Y市民政局 and Y市民政局
  both printed: Y市民政局. But 新疆生产建设兵团民政局 vs 兵团民政局: 兵团 is an abbreviation, so the full form
  stays (round nine, 2).
- A 相关链接 box with its own text and no credit: source null (uncredited); a reader's letter → source null.
- A bulletin article naming no organising body (全区…会议召开) has agency null.
- An interview's title includes its ——访 line (a subtitle).
- The 【聚焦】-style label standing where a title would be is furniture; that article's title is null.
- Honour lists: category headings and name lines are body paragraphs as printed (padding kept).
- Slogans are computed over title + body (whitespace removed) from DOMAIN.md's canonical list plus
  quoted numbered formulations (numeral + 个/项/张), stored without quotation marks.
"""
import json, os, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
         "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
         "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMQ = re.compile(r"“((?:[一二三四五六七八九十两]|\d+)[个项张][^”“]{1,10})”")


def slogans_of(text):
    t = re.sub(r"\s+", "", text)
    out = [c for c in CANON if c in t]
    for m in NUMQ.finditer(t):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def clean(s):
    return s.replace("|", "") if isinstance(s, str) else s


def art(title, body, attribution="", source=None, province=None, agency=None, date=None, people=(),
        captions=(), ph=(), **render):
    a = dict(title=title, body=list(body), attribution=attribution, source=source, province=province,
             agency=agency, date=date, people=list(people), captions=list(captions), phenomena=list(ph))
    a.update({(k if k.startswith("_") else "_" + k): v for k, v in render.items()})
    return a


def truth_article(a):
    t = {k: (clean(v) if not isinstance(v, list) else [clean(x) for x in v])
         for k, v in a.items() if not k.startswith("_")}
    t["slogans"] = slogans_of((t["title"] or "") + "".join(t["body"]))
    order = ["title", "body", "attribution", "source", "province", "agency", "date", "people", "slogans",
             "captions", "phenomena"]
    return {k: t[k] for k in order}


def wrap(s, w, first=0):
    """Break s into column lines of w characters; '|' forces a break there."""
    lines, cur, n = [], "", first
    for ch in s:
        if ch == "|":
            lines.append(cur); cur = ""; n = 0; continue
        cur += ch; n += 1
        if n >= w:
            lines.append(cur); cur = ""; n = 0
    if cur:
        lines.append(cur)
    return lines


def render_txt(a, w, dbl=False, indent="", title_wrap=None):
    """Render one article as column text lines (list)."""
    out = []
    out += a.get("_pre", [])
    tl = a.get("_tl") or ([a["title"]] if a["title"] else [])
    title_lines = []
    for x in tl:
        title_lines += wrap(x, title_wrap) if title_wrap else [x]
    if not a.get("_after"):
        out += title_lines
        if a.get("_gap_after_title", True) and title_lines:
            out.append("")
    out += a.get("_top", [])
    caps = list(a["captions"])
    pq = a.get("_pq")
    for i, p in enumerate(a["body"]):
        if pq and pq[0] == i:
            out += ["", pq[1], ""]
        txt = p
        if i == 0 and a.get("_lead"):
            txt = a["_lead"] + p
        lines = wrap(indent + txt, w)
        for ln in lines:
            out.append(ln)
            if dbl:
                out.append("")
        ci = a.get("_cap_at")
        if ci is not None and ci == i and caps:
            out.append(caps.pop(0))
    if a.get("_cont"):
        out.append(a["_cont"])
    if a.get("_end"):
        out += wrap(a["_end"], w)
    for c in caps:
        out.append(c)
    if a.get("_after"):
        out += title_lines
    return out


def write_text(pub, date, page, text, enc, crlf, pkind, arts, ph, kind="text"):
    d = os.path.join(HERE, pub, date)
    os.makedirs(d, exist_ok=True)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    codec = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030"}[enc]
    with open(os.path.join(d, page), "wb") as f:
        f.write(text.encode(codec))
    record(pub, date, page, enc, crlf, kind, pkind, arts, ph)


def record(pub, date, page, enc, crlf, kind, pkind, arts, ph):
    tags = set(ph)
    arts_t = [truth_article(a) for a in arts]
    for a in arts_t:
        tags |= set(a["phenomena"])
    if enc == "gb18030":
        tags.add("gb18030")
    if enc == "utf-8-sig":
        tags.add("utf8_bom")
    if crlf:
        tags.add("crlf")
    if kind != "text":
        tags.add(kind)
    TRUTH[f"{pub}/{date}/{page}"] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind,
                                         phenomena=sorted(tags), articles=arts_t)


def join_blocks(blocks, blank=True):
    out = []
    for b in blocks:
        if isinstance(b, str):
            b = [b]
        out += b
        if blank:
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


WD = "一二三四五六日"


def wd(date):
    return "星期" + WD[datetime.date.fromisoformat(date).weekday()]


def cn_date(date):
    y, m, d = date.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


# ---------------------------------------------------------------- A 终南民政周报 (陕西, provincial)
PA = "终南民政周报"


def pub_a():
    K = "provincial"
    # A1 ------------------------------------------------------------
    d = "2024-03-12"
    a1 = art("以党建“红”引领服务“暖”——西安市民政局开展“三项行动”纪实",
             ["3月上旬，西安市民政局党组印发通知，在全市民政系统部署开展“三项行动”，推动机关党建与养老服务、社会救助、社区治理深度融合。",
              "市民政局机关各党支部结合“三会一课”，把养老服务机构走访纳入支部主题党日，局机关党员分组联系全市 23个街道综合养老服务中心，逐一梳理服务短板。",
              "市民政局党组书记、局长樊立群说，党建工作做实了就是生产力，要以高质量党建引领民政事业高质量发展。"],
             "本报讯（记者 雷晓峰 通讯员 党娟）", PA, "陕西", "西安市民政局", "2024-03-01",
             ["雷晓峰", "党娟", "樊立群"], ["图为市民政局机关党员在雁塔区一家养老服务中心走访。（记者 雷晓峰 摄）"],
             ["subtitle", "multi_line_title", "dateline", "period_date", "captions", "name_verb", "province_context", "column_label"],
             _pre=["【机关党建】"], _tl=["以党建“红”引领服务“暖”", "——西安市民政局开展“三项行动”纪实"],
             _lead="本报讯（记者 雷晓峰 通讯员 党娟）")
    a2 = art("宝鸡市金台区社会组织党委举办书记培训班",
             ["3月5日至7日，宝鸡市金台区社会组织党委举办社会组织党组织书记培训班，全区 46名社会组织党组织书记参加。",
              "培训采取专题辅导、现场教学、交流研讨相结合的方式，围绕社会组织党组织“两个覆盖”、党建工作与业务工作融合等内容开展教学。"],
             "（据宝鸡市民政局）", "宝鸡市民政局", "陕西", "宝鸡市金台区社会组织党委", "2024-03-05",
             [], [], ["province_context"], _end="（据宝鸡市民政局）")
    a3 = art("延安市宝塔区民政局党支部开展“学用结合”活动",
             ["近日，延安市宝塔区民政局党支部组织党员干部到南泥湾开展党性教育，并围绕困难群众救助帮扶开展现场办公，当场解决群众反映的问题 7件。",
              "该局党支部书记贺晓燕表示，将把学习成果转化为为民服务的实际行动。"],
             "（宝塔区民政局供稿）", "宝塔区民政局", "陕西", "宝塔区民政局", d,
             ["贺晓燕"], [], ["title_after", "relative_date", "name_verb"], _after=True, _end="（宝塔区民政局供稿）")
    head = [f"终南民政周报　{cn_date(d)}　{wd(d)}", "第3版　党建之窗", ""]
    blocks = [render_txt(a1, 14), render_txt(a2, 14), render_txt(a3, 14),
              ["责任编辑：杜文娟　美编：秦川　校对：王雅"]]
    write_text(PA, d, "03.txt", "\n".join(head) + "\n" + join_blocks(blocks), "utf-8", False, K,
               [a1, a2, a3], ["column_label"])

    # A2 ------------------------------------------------------------
    d = "2024-07-02"
    a1 = art("让“红色引擎”在社区跑起来——访渭南市临渭区民政局党组书记 张宏亮",
             ["记者：临渭区在社区治理中是怎样发挥党建引领作用的？",
              "张宏亮：我们推行“党建+网格”模式，把 312名党员编入社区网格，每名党员联系 10户左右困难家庭，做到底数清、情况明。",
              "记者：社会组织在其中扮演什么角色？",
              "张宏亮：区里培育了 58家社区社会组织，由社区党组织牵头议事协商，老年助餐、儿童关爱等项目都有社会组织参与。下一步，我们还将推动社会组织党组织“两个覆盖”提质扩面。"],
             "本报记者 郭亚楠", PA, "陕西", "临渭区民政局", d,
             ["张宏亮", "郭亚楠"], [], ["interview", "subtitle", "multi_line_title", "byline_top", "pull_quote"],
             _tl=["让“红色引擎”在社区跑起来", "——访渭南市临渭区民政局党组书记 张宏亮"], _top=["本报记者 郭亚楠", ""],
             _pq=(2, "“把 312名党员编入社区网格”"))
    a2 = art("汉中市民政局召开模范机关创建推进会",
             ["6月26日，汉中市民政局召开模范机关创建推进会，总结上半年机关党建工作，部署下半年重点任务。",
              "会议要求，局机关各支部要坚持把“第一议题”制度落到实处，深入推进清廉机关建设，严格落实中央八项规定精神，持续纠治“四风”。"],
             "本报讯（通讯员 陈思源）", PA, "陕西", "汉中市民政局", "2024-06-26",
             ["陈思源"], [], ["double_spaced", "dateline"], _lead="本报讯（通讯员 陈思源）", _dbl=True)
    head = ["终南民政周报", f"{cn_date(d)} {wd(d)}  第4版"]
    b1 = render_txt(a1, 15)
    b2 = render_txt(a2, 13, dbl=True)
    text = join_blocks([head, b1, b2, ["本版编辑：李卫　电话：029-8xxxxxxx"]])
    write_text(PA, d, "04.txt", text, "utf-8-sig", False, K, [a1, a2], [])

    # A3 ------------------------------------------------------------ briefs, no blank lines
    d = "2024-11-19"
    items = [
        art("汉中市民政局", ["11月14日，汉中市民政局党组召开理论学习中心组学习会，专题学习二十届三中全会精神，研究部署民政领域改革任务。"],
            "", None, "陕西", "汉中市民政局", "2024-11-14", [], [], ["briefs"], _pre=["【汉中市民政局】"], _tl=[]),
        art(None, ["日前，铜川市耀州区民政局组织机关党员到照金革命旧址开展主题党日活动，重温入党誓词。"],
            "", None, "陕西", "耀州区民政局", d, [], [], ["briefs", "title_none", "relative_date"], _pre=["【快讯】"], _tl=[]),
        art("商洛社会组织党委开展“结对帮扶”",
            ["11月中旬，商洛市社会组织党委组织 20家社会组织党组织与山阳县 12个村结对，开展助学、助老、助残服务。"],
            "（通讯员 屈丽）", None, "陕西", "商洛市社会组织党委", "2024-11-11", ["屈丽"], [], ["briefs", "period_date"], _tl=["■商洛社会组织党委开展“结对帮扶”"]),
        art("榆林市举办社会工作者党员培训",
            ["11月12日上午，榆林市民政局举办社会工作者党员培训班，来自全市 12个县（市、区）的 80余名社工党员参加培训。"],
            "", None, "陕西", "榆林市民政局", "2024-11-12", [], [], ["briefs", "half_day_date"], _tl=["■榆林市举办社会工作者党员培训"]),
        art(None, ["安康市汉滨区民政局机关党支部日前开展“四风”问题自查自纠，梳理问题清单 9条，已整改 6条。"],
            "", None, "陕西", "汉滨区民政局", d, [], [], ["briefs", "title_none", "relative_date"], _tl=["■"]),
    ]
    lines = ["终南民政周报 · 第2版 · 民政快讯", f"{cn_date(d)}"]
    for it in items:
        tl = it["_tl"]
        if it.get("_pre"):
            first = it["_pre"][0] + it["body"][0]
            lines += wrap(first, 16)
        elif tl == ["■"]:
            lines += wrap("■" + it["body"][0], 16)
        else:
            lines += tl + wrap(it["body"][0] + it["attribution"], 16)
    lines.append("（本版稿件由各地民政部门提供）")
    write_text(PA, d, "02.txt", "\n".join(lines) + "\n", "gb18030", False, K, items, ["no_blank_lines", "stray_spaces"])

    # A4 ------------------------------------------------------------ year boundary, continued, editor note
    d = "2025-01-07"
    a1 = art(None,
             ["各级党组织要把学习贯彻二十届三中全会精神作为重要政治任务，引导党员干部坚定拥护“两个确立”、坚决做到“两个维护”。",
              "会议还对2025年全省民政系统机关党建重点工作作了安排。"],
             "", PA, "陕西", "陕西省民政厅", "2024-12-30", [], [], ["continued", "title_none", "year_boundary"],
             _pre=["（上接第1版）"], _tl=[])
    a2 = art("咸阳市民政局年终“回头看”盘点支部建设",
             ["12月28日，咸阳市民政局召开机关党建工作年终述职评议会，局属 9个党支部书记逐一述职。",
              "局党组书记杨振国指出，一是要继续抓好支部标准化规范化建设，二是要抓好“三会一课”落实，三是要把党建考核结果与干部评先评优挂钩。"],
             "本报讯（记者 孙悦）", PA, "陕西", "咸阳市民政局", "2024-12-28",
             ["孙悦", "杨振国"], ["▲述职评议会现场。（孙悦 摄）"], ["year_boundary", "enumeration", "dateline", "name_verb", "captions"],
             _lead="本报讯（记者 孙悦）")
    a3 = art("岁末年初走访困难群众",
             ["岁末年初，西安市碑林区民政局党员干部分组走访辖区低保户、特困人员和困境儿童家庭，送去米面油和慰问金，并登记群众急难愁盼问题。"],
             "（碑林区民政局 供稿）", "碑林区民政局", "陕西", "碑林区民政局", d, [], [], ["relative_date"],
             _end="（碑林区民政局 供稿）")
    a2["captions"] = ["述职评议会现场。（孙悦 摄）"]
    a2["_caps_print"] = "▲述职评议会现场。（孙悦 摄）"
    note = ["编者按：岁末年初，我省各级民政部门党组织聚焦年度目标盘点总结、谋划来年。本版今日刊发一组报道，敬请关注。"]
    head = [f"{cn_date(d)}　{wd(d)}　　　　　　　　　终南民政周报　　3"]
    b2 = render_txt(a2, 14)
    b2 = [("▲述职评议会现场。（孙悦 摄）" if x == "述职评议会现场。（孙悦 摄）" else x) for x in b2]
    text = join_blocks([head, render_txt(a1, 14), wrap(note[0], 20), b2, render_txt(a3, 14), ["（责任编辑 何静）"]])
    write_text(PA, d, "03.txt", text, "utf-8", True, K, [a1, a2, a3], ["editor_note", "stray_spaces"])


# ---------------------------------------------------------------- G 中国社工时报 (national)
PG = "中国社工时报"


def pub_g():
    K = "national"
    d = "2022-11-08"
    a1 = art("民政部召开会议传达学习党的二十大精神",
             ["11月3日，民政部召开党组（扩大）会议，传达学习党的二十大精神，研究部署民政系统学习宣传贯彻工作。",
              "会议指出，党的二十大科学谋划了未来一个时期党和国家事业发展的目标任务，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
              "会议强调，要以习近|平新时代中国特色社会主义思想为指导，把学习成果转化为推进民政事业高质量发展的实际成效。"],
             "本报北京11月3日电（记者 周明远）", PG, None, "民政部", "2022-11-03",
             ["周明远"], [], ["national_body", "dateline"], _lead="本报北京11月3日电（记者 周明远）")
    a2 = art("中央和国家机关工委部署机关党建“强基”工作",
             ["日前，中央和国家机关工委印发通知，部署在中央和国家机关开展党支部“强基”工作，推动模范机关建设走深走实。"],
             "（据中央和国家机关工委网站）", "中央和国家机关工委网站", None, "中央和国家机关工委", d, [], [],
             ["national_body", "relative_date"], _end="（据中央和国家机关工委网站）")
    a3 = art("甘肃省民政厅党组理论学习中心组专题学习",
             ["11月4日，甘肃省民政厅党组理论学习中心组举行专题学习会，逐章逐节学习党的二十大报告。厅党组书记、厅长马文军主持并讲话。"],
             "（甘肃省民政厅供稿）", "甘肃省民政厅", "甘肃", "甘肃省民政厅", "2022-11-04", ["马文军"], [], [],
             _end="（甘肃省民政厅供稿）")
    head = ["2022年11月8日 星期二", "中国社工时报", "要闻·党建 2"]
    text = join_blocks([head, render_txt(a1, 17, indent="　　"), ["TOPIC"], render_txt(a2, 17), render_txt(a3, 17)])
    write_text(PG, d, "02.txt", text, "utf-8", False, K, [a1, a2, a3], [])

    d = "2023-02-14"
    a1 = art("以作风建设新成效开好局起好步",
             ["新春伊始，各地民政部门党组织紧锣密鼓部署全年工作。作风建设永远在路上，越是开局之年，越要坚决纠治“四风”，坚持以全面从严治党引领民政工作。",
              "要把调查研究作为基本功，把群众满意作为衡量标准，切实把中央八项规定精神落到每一个岗位、每一件实事上。"],
             "本报评论员", PG, None, None, d, [], [], ["byline_top", "relative_date"], _top=["本报评论员", ""])
    a2 = art("定西市安定区：党员志愿服务队常态化进社区",
             ["本报兰州2月10日电（记者 魏红霞）",
              ][:0] + ["今年以来，甘肃省定西市安定区民政局组建 16支党员志愿服务队，常态化深入社区开展助老助残服务，累计服务群众 4200余人次。",
              "安定区民政局局长王建平说，志愿服务让党员身份亮起来、作用发挥出来。"],
             "本报兰州2月10日电（记者 魏红霞）", PG, "甘肃", "安定区民政局", d,
             ["魏红霞", "王建平"], ["图为党员志愿者为社区老人测量血压。（安定区民政局供图）"],
             ["dateline", "relative_date", "name_verb", "captions", "province_context"], _lead="本报兰州2月10日电（记者 魏红霞）")
    head = ["评论·地方 3", "中国社工时报  2023年2月14日"]
    text = join_blocks([head, render_txt(a1, 16), render_txt(a2, 16)])
    write_text(PG, d, "03.txt", text, "utf-8", True, K, [a1, a2], [])

    d = "2024-08-20"
    a1 = art("喀什地区社区干部培训班开班",
             ["8月15日，新疆喀什地区民政局在喀什市举办社区党组织书记培训班，来自 12个县（市）的 150名社区干部参加。",
              "疏附县托克扎克镇社区党支部书记阿依古丽·|买买提说，培训内容接地气，回去就能用。",
              "培训班邀请自治区党校教授艾尔肯·吐|尔逊讲授基层党建专题课。"],
             "新华社乌鲁木齐8月16日电（记者 李晓东）", "新华社", "新疆", "喀什地区民政局", "2024-08-15",
             ["阿依古丽·买买提", "艾尔肯·吐尔逊", "李晓东"], [], ["dateline", "dot_name", "name_verb"],
             _lead="新华社乌鲁木齐8月16日电（记者 李晓东）")
    a2 = art("兵团第六师五家渠市民政局开展“清廉机关”主题党日",
             ["8月中旬，兵团第六师五家渠市民政局机关党支部开展清廉机关建设主题党日，组织党员观看警示教育片。"],
             "本报讯（通讯员 热依拉·阿不都拉）", PG, "新疆", "兵团第六师五家渠市民政局", "2024-08-11",
             ["热依拉·阿不都拉"], [], ["period_date", "dot_name", "dateline"], _lead="本报讯（通讯员 热依拉·|阿不都拉）")
    head = ["中国社工时报", "2024年8月20日", "基层·西部"]
    text = join_blocks([head, render_txt(a1, 15), render_txt(a2, 15), ["第5版"]])
    write_text(PG, d, "05.txt", text, "utf-8-sig", False, K, [a1, a2], [])

    d = "2025-05-13"
    a1 = art("西宁市城中区探索“小区党支部+物业+业委会”治理模式",
             ["5月9日，记者在西宁市城中区南川西路街道看到，小区党支部牵头召开“三方联席会”，物业、业委会和居民代表围坐一起商议电梯加装事宜。",
              "据介绍，城中区已在 86个住宅小区建立党支部，推动“两个覆盖”向小区延伸。街道党工委书记韩永福表示，下一步将推动党建引领与物业服务深度融合，"],
             "本报记者 马晓晨", PG, "青海", "南川西路街道党工委", "2025-05-09",
             ["韩永福", "马晓晨"], [], ["byline_top", "continued", "kicker", "multi_line_title"],
             _tl=["党建引领 小区治理有“主心骨”", "西宁市城中区探索“小区党支部+物业+业委会”治理模式"],
             _top=["本报记者 马晓晨", ""], _cont="（下转第3版）")
    a1["title"] = "党建引领 小区治理有“主心骨”西宁市城中区探索“小区党支部+物业+业委会”治理模式"
    a2 = art("宁夏社会组织党建工作推进会召开",
             ["5月8日，宁夏回族自治区民政厅召开全区社会组织党建工作推进会，通报 2024年社会组织党组织“两个覆盖”情况，部署下一阶段重点任务。"],
             "（据宁夏回族自治区民政厅）", "宁夏回族自治区民政厅", "宁夏", "宁夏回族自治区民政厅", "2025-05-08", [], [], [],
             _end="（据宁夏回族自治区民政厅）")
    head = ["中国社工时报 2025年5月13日 星期二", "1 要闻"]
    text = join_blocks([head, render_txt(a1, 16), render_txt(a2, 16)])
    write_text(PG, d, "01.txt", text, "gb18030", False, K, [a1, a2], [])


# ---------------------------------------------------------------- C 玛沁融媒 (青海, county)
PC = "玛沁融媒"


def pub_c():
    K = "county"
    d = "2022-08-15"
    a1 = art("大武镇：党员“包户”解民忧",
             ["8月11日，玛沁县大武镇党委组织镇村两级党员干部开展入户走访，为 63户独居老人和困难家庭检修取暖设施、登记救助需求。",
              "镇党委书记才让多杰告诉记者，全镇推行党员“包户”制度以来，群众反映的 41件问题已办结 38件。"],
             "玛沁融媒记者 仁青卓玛", PC, "青海", "大武镇党委", "2022-08-11",
             ["才让多杰", "仁青卓玛"], [], ["byline_top", "province_context"], _top=["玛沁融媒记者 仁青卓玛", ""])
    a2 = art("县民政局开展“两学一做”常态化学习",
             ["近日，玛沁县民政局机关党支部组织全体党员集中学习党章党规，推进“两学一做”学习教育常态化制度化。",
              "支部书记索南措毛领学，党员干部结合岗位谈体会。"],
             "（通讯员 拉毛吉）", PC, "青海", "玛沁县民政局", d, ["索南措毛", "拉毛吉"], [], ["relative_date"],
             _end="（通讯员 拉毛吉）")
    head = ["玛沁融媒  第 2 版", "2022年8月15日  星期一", ""]
    text = "\n".join(head) + "\n" + join_blocks([render_txt(a1, 15), render_txt(a2, 15), ["编辑：多杰才让  审核：周娜"]])
    write_text(PC, d, "02.txt", text, "gb18030", True, K, [a1, a2], [])

    d = "2022-10-25"
    a1 = art("我县干部群众热议党的二十大报告",
             ["10月24日上午，玛沁县民政局组织干部职工集中收看党的二十大新闻发布会，并座谈交流学习体会。",
              "县民政局局长尼玛才让表示，要把学习宣传贯彻党的二十大精神作为当前和今后一个时期的首要政治任务，扎实做好兜底保障工作。",
              "“报告让我们基层社工更有干劲了。”大武镇格多社区社工卓玛吉说。"],
             "玛沁融媒记者 桑杰 华旦", PC, "青海", "玛沁县民政局", "2022-10-24",
             ["尼玛才让", "卓玛吉", "桑杰", "华旦"], ["图为干部职工交流学习体会。（桑杰 摄）"],
             ["half_day_date", "name_verb", "byline_top", "captions"], _top=["玛沁融媒记者 桑杰 华旦"], _cap_at=1)
    a2 = art("拉加镇：“三会一课”唱响学习声",
             ["10月20日，拉加镇党委召开专题会议，要求各村党支部结合“三会一课”开展党的二十大精神宣讲。"],
             "（拉加镇党委供稿）", "拉加镇党委", "青海", "拉加镇党委", "2022-10-20", [], [], [], _end="（拉加镇党委供稿）")
    head = ["玛沁融媒 · 聚焦二十大", "2022-10-25"]
    text = join_blocks([head, render_txt(a1, 14), render_txt(a2, 14)])
    write_text(PC, d, "03.txt", text, "utf-8", False, K, [a1, a2], ["stray_spaces"])

    d = "2023-04-11"
    items = [
        art("县民政局召开主题教育动员会", ["4月7日，玛沁县民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会。"],
            "", None, "青海", "玛沁县民政局", "2023-04-07", [], [], ["briefs"], _m="◆"),
        art(None, ["4月上旬，当洛乡党委组织牧区党员开展“以学铸魂”专题学习，并走访慰问 18户困难牧民。"],
            "", None, "青海", "当洛乡党委", "2023-04-01", [], [], ["briefs", "title_none", "period_date"], _m="◆"),
        art("社会组织党建指导员上岗", ["日前，玛沁县为 9家社会组织选派党建指导员，推动社会组织党的组织和工作覆盖。（通讯员 旦正）"][:0] +
            ["日前，玛沁县为 9家社会组织选派党建指导员，推动社会组织党的组织和工作覆盖。"],
            "（通讯员 旦正）", None, "青海", None, d, ["旦正"], [], ["briefs", "relative_date"], _m="◆"),
        art("东倾沟乡", ["4月6日，东倾沟乡开展“党员先锋岗”评选，12名党员获评。"],
            "", None, "青海", "东倾沟乡", "2023-04-06", [], [], ["briefs"], _m="【】"),
    ]
    lines = ["玛沁融媒 基层快讯", "2023年4月11日"]
    for it in items:
        if it["_m"] == "【】":
            lines += wrap("【" + it["title"] + "】" + it["body"][0], 15)
        elif it["title"]:
            lines += ["◆ " + it["title"]] + wrap(it["body"][0] + it["attribution"], 15)
        else:
            lines += wrap("◆ " + it["body"][0] + it["attribution"], 15)
    lines.append("（编辑 才让草）")
    write_text(PC, d, "04.txt", "\n".join(lines) + "\n", "utf-8-sig", False, K, items, ["no_blank_lines"])

    d = "2023-07-04"
    a1 = art(None,
             ["近日，果洛州民政局党组书记扎西才让一行到玛沁县调研社区党建工作，实地察看大武镇团结社区党群服务中心。",
              "扎西才让强调，要抓好“第一议题”制度，推动党建引领基层治理提质增效。"],
             "（果洛州民政局供稿）", "果洛州民政局", "青海", "果洛州民政局", d, ["扎西才让"], [],
             ["title_none", "relative_date"], _pre=["聚焦"], _end="（果洛州民政局供稿）")
    a2 = art(None,
             ["团结社区党群服务中心于2022年建成，设有老年日间照料室、儿童之家和议事厅，由社区党支部统筹运营，今年已开展活动 60余场。"],
             "", None, "青海", None, d, [], [], ["related_link", "title_none"], _pre=["相关链接"])
    a3 = art("七一前夕慰问老党员",
             ["6月29日，玛沁县民政局党支部走访慰问 5名生活困难老党员和 2名老退役军人党员，送去慰问金和节日祝福。"],
             "（县民政局 才旦卓玛）", "玛沁县民政局", "青海", "玛沁县民政局", "2023-06-29", ["才旦卓玛"], [], [],
             _end="（县民政局 才旦卓玛）")
    head = ["玛沁融媒", "2023年7月4日 第2版"]
    text = join_blocks([head, render_txt(a1, 15), render_txt(a2, 15), render_txt(a3, 15)])
    write_text(PC, d, "02.txt", text, "utf-8", False, K, [a1, a2, a3], [])


# ---------------------------------------------------------------- F 丝路党建论坛 (magazine)
PF = "丝路党建论坛"


def pub_f():
    K = "magazine"
    d = "2023-03-01"
    toc = ["本期目录", "卷首语 / 1", "以高质量党建引领基层治理现代化 / 4", "社会组织党建的“陕西经验” / 12", "基层来信 / 40"]
    a1 = art("以高质量党建引领基层治理现代化",
             ["摘要：基层治理是国家治理的基石。本文从组织体系、制度机制、队伍建设三个维度，探讨新时代以高质量党建引领基层治理的实践路径。",
              "关键词：党建引领；基层治理；中国式现代化",
              "一、把握基层治理的政治方向",
              "推进中国式现代化，基层是最直接的承载者。必须坚持以习近|平新时代中国特色社会主义思想为指导，把党的领导贯穿基层治理全过程。",
              "二、健全组织体系与制度机制",
              "要健全党组织领导的自治、法治、德治相结合的城乡基层治理体系，完善“四议两公开”等制度，推动治理资源向基层下沉。"],
             "王立新 （作者系西北大学马克思主义学院教授）", None, None, None, d, ["王立新"], [],
             ["subheadings", "byline_top", "contents_list"], _top=["王立新", ""], _end="（作者系西北大学马克思主义学院教授）")
    head = ["丝路党建论坛 2023年第3期"]
    text = join_blocks([head, toc, ["理论前沿"], render_txt(a1, 20), ["4 | 丝路党建论坛"]])
    write_text(PF, d, "p04.txt", text, "utf-8", False, K, [a1], ["column_label"])

    d = "2023-08-01"
    a1 = art("让社会组织成为基层治理的“生力军”——访宁夏回族自治区民政厅党组成员、副厅长马建华",
             ["问：宁夏社会组织党建工作有哪些特点？",
              "答：我们坚持“应建尽建”，全区社会组织党组织覆盖面逐年提高。同时推行“党建+公益”模式，引导社会组织参与乡村振兴和社区服务。",
              "问：下一步有何打算？",
              "答：一是深化模范机关建设，二是推进社会组织党建“三级联动”，三是加强党建指导员队伍建设。"],
             "本刊记者 李娜", PF, "宁夏", "宁夏回族自治区民政厅", d, ["马建华", "李娜"], [],
             ["interview", "subtitle", "multi_line_title", "byline_top", "enumeration"],
             _tl=["让社会组织成为基层治理的“生力军”", "——访宁夏回族自治区民政厅党组成员、副厅长马建华"], _top=["本刊记者 李娜", ""])
    a2 = art("吴忠市利通区：“红色物业”暖民心",
             ["今年以来，吴忠市利通区民政局推动 27个小区成立物业党支部，群众满意度明显提升。",
              "利通区民政局负责人海燕说，关键是把党组织建在小区里。"],
             "本刊通讯员 杨帆", PF, "宁夏", "利通区民政局", d, ["海燕", "杨帆"], [], ["relative_date", "name_verb", "byline_top"],
             _top=["本刊通讯员 杨帆", ""])
    head = ["访谈 INTERVIEW", ""]
    text = join_blocks([head, render_txt(a1, 18), render_txt(a2, 18), ["2023.08 丝路党建论坛 | 23"]])
    write_text(PF, d, "p22.txt", text, "utf-8-sig", True, K, [a1, a2], [])

    d = "2024-04-01"
    a1 = art("兵团第一师阿拉尔市：社会组织党建“一网统管”",
             ["第一师阿拉尔市民政局建立社会组织党建信息平台，对全市 140余家社会组织党建情况实行动态管理。",
              "该局社会组织党建指导员古丽娜尔·|依明介绍，平台上线后，党组织换届提醒、党费收缴等事项全部线上办理。",
              "阿拉尔市民政局党组书记买买提江·艾|山说，平台让党建工作“看得见、管得住”。"],
             "本刊通讯员 叶尔兰·加纳布尔", PF, "新疆", "阿拉尔市民政局", "2024-04-01",
             ["古丽娜尔·依明", "买买提江·艾山", "叶尔兰·加纳布尔"], [], ["dot_name", "name_verb", "byline_top", "province_context"],
             _top=["本刊通讯员 叶尔兰·|加纳布尔", ""])
    a1["_top"] = ["本刊通讯员 叶尔兰·", "加纳布尔", ""]
    a2 = art("青海：社会工作服务站实现乡镇全覆盖",
             ["截至3月中旬，青海省民政厅推动全省乡镇（街道）社会工作服务站实现全覆盖，各站点均建立党的工作小组。"],
             "（据青海省民政厅）", "青海省民政厅", "青海", "青海省民政厅", "2024-03-11", [], [], ["period_date"], _end="（据青海省民政厅）")
    head = ["案例 · CASE", "丝路党建论坛 2024年第4期"]
    text = join_blocks([head, render_txt(a1, 16), render_txt(a2, 16)])
    write_text(PF, d, "p31.txt", text, "gb18030", False, K, [a1, a2], [])

    d = "2024-10-01"
    a1 = art("社区里的“红马甲”",
             ["我是兰州市城关区一名社区工作者。去年以来，我们社区组建党员志愿服务队，穿上“红马甲”为居民代购、代办、代缴，老人们都说“有事找红马甲”。",
              "希望刊物多刊登基层的好做法，让我们相互学习。"],
             "（兰州市城关区张掖路街道 陈慧敏）", None, "甘肃", None, d, ["陈慧敏"], [], [],
             _end="（兰州市城关区张掖路街道 陈慧敏）")
    a2 = art("学思想、强党性、重实践、建新功——读者谈主题教育收获",
             ["多位读者来信谈到，通过主题教育，进一步理解了“以学铸魂、以学增智、以学正风、以学促干”的要求。",
              "银川市西夏区一位基层干部写道，调查研究让他找到了解决群众难题的钥匙。"],
             "本刊编辑部", PF, None, None, d, [], [], ["byline_top", "subtitle", "multi_line_title"],
             _tl=["学思想、强党性、重实践、建新功", "——读者谈主题教育收获"], _top=["本刊编辑部", ""])
    note = "编者按：本栏目刊登基层党员干部来信，欢迎来稿。"
    head = ["基层来信", "丝路党建论坛 2024年第10期 | 40"]
    text = join_blocks([head, [note], render_txt(a1, 17), render_txt(a2, 17)])
    write_text(PF, d, "p40.txt", text, "utf-8", False, K, [a1, a2], ["editor_note", "column_label"])


# ---------------------------------------------------------------- B 弱水晨报 (甘肃 张掖, OCR scans)
PB = "弱水晨报"


def pub_b():
    K = "provincial"
    d = "2023-06-20"
    a1 = art("甘州区民政局推动“党建+养老”融合发展",
             ["6月l6日，张掖市甘州区民政局召开党建工作推进会，总结“党建+养老”试点经验，部署在全区 18个乡镇推广。",
              "区民政局党组书记赵永刚 说，要把党支部建在养老服务链上，让老人在家门口享受服务 。"],
             "本报讯（记者 刘丽萍）", PB, "甘肃", "甘州区民政局", "2023-06-16", ["赵永刚", "刘丽萍"], [],
             ["dateline", "name_verb", "stray_spaces", "multi_line_title"], _tl=["甘州区民政局推动", "", "“党建+养老”融合发展"],
             _lead="本报讯（记者 刘丽萍）")
    a2 = art("临泽县社会组织党委开展主题党日",
             ["6月中旬，临泽县社会组织党委组织 30余名社会组织党员赴高台县中国工农红军西路军纪念馆开展主题党日活动。"],
             "（通讯员 孙建军）", PB, "甘肃", "临泽县社会组织党委", "2023-06-11", ["孙建军"], ["图为党员重温入党誓词。（孙建军 摄）"],
             ["period_date", "captions"], _end="（通讯员 孙建军）")
    head = ["弱水晨报 2023年6月2O日 星期二 笫4版", "党 建"]
    text = join_blocks([head, render_txt(a1, 13), render_txt(a2, 13), ["本版责编：韩梅 美编：王l"]])
    write_text(PB, d, "04.txt", text, "utf-8", False, K, [a1, a2], ["column_label"], kind="ocr")

    d = "2023-09-05"
    a1 = art("中共张掖市民政局党组关于表彰先进基层党组织和优秀共产党员的决定",
             ["为表彰先进、树立典型，市民政局党组决定，对在“七一”前后工作中表现突出的 3个先进基层党组织和 8名优秀共产党员予以表彰。",
              "一、先进基层党组织（3个）",
              "市社会福利院党支部、市救助管理站党支部、局机关笫一党支部",
              "二、优秀共产党员（8名）",
              "王  伟、李秀兰、马建军、安玉梅、",
              "张  敏、钟  华、贺  文、杨立新"],
             "", None, "甘肃", "张掖市民政局", "2023-09-05",
             ["王伟", "李秀兰", "马建军", "安玉梅", "张敏", "钟华", "贺文", "杨立新"], [],
             ["honour_list", "enumeration"])
    a1_lines = ["中共张掖市民政局党组关于表彰先进基层党组织", "和优秀共产党员的决定", ""]
    for i, p in enumerate(a1["body"]):
        a1_lines += [p] if i >= 1 else wrap(p, 18)
    a2 = art("市民政局开展“以学正风”专题研讨",
             ["9月1日，张掖市民政局党组理论学习中心组围绕“以学正风”开展专题研讨，局领导班子成员逐一交流发言。"],
             "", None, "甘肃", "张掖市民政局", "2023-09-01", [], [], [])
    head = ["笫6版 弱水晨报 2023年9月5日", "  综合"]
    text = join_blocks([head, a1_lines, render_txt(a2, 14)])
    write_text(PB, d, "06.txt", text, "utf-8", False, K, [a1, a2], [], kind="ocr")

    d = "2023-12-12"
    items = [
        art("山丹县", ["l2月8日，山丹县民政局组织党员干部到艾黎纪念馆开展党性教育。"], "", None, "甘肃", "山丹县民政局", "2023-12-08", [], [], ["briefs"]),
        art("民乐县推进“三级联动”", ["12月上旬，民乐县民政局推动县乡村三级联动，为 210户低保家庭开展入户核查。"], "", None, "甘肃", "民乐县民政局", "2023-12-01", [], [], ["briefs", "period_date"]),
        art(None, ["近日，高台县民政局机关党支部开展“三会一课”质量评比，评出优秀党课 3堂。（通讯员 郭芳）"][:0] + ["近日，高台县民政局机关党支部开展“三会一课”质量评比，评出优秀党课 3堂。"],
            "（通讯员 郭芳）", None, "甘肃", "高台县民政局", d, ["郭芳"], [], ["briefs", "title_none", "relative_date"]),
        art("肃南县开展民族团结进社区活动", ["l2月5日，肃南裕固族自治县民政局联合社区党组织开展民族团结进社区活动。"], "", None, "甘肃", "肃南裕固族自治县民政局", "2023-12-05", [], [], ["briefs"]),
    ]
    lines = ["弱水晨报  2023年l2月12日  笫3版", "民政简讯", ""]
    lines += wrap("●【山丹县】" + items[0]["body"][0], 16)
    lines += ["● 民乐县推进“三级联动”"] + wrap(items[1]["body"][0], 16)
    lines += wrap("●" + items[2]["body"][0] + items[2]["attribution"], 16)
    lines += ["●肃南县开展民族团结进社区活动"] + wrap(items[3]["body"][0], 16)
    write_text(PB, d, "03.txt", "\n".join(lines) + "\n", "gb18030", False, K, items, ["no_blank_lines"], kind="ocr")

    d = "2024-01-16"
    a1 = art("张掖市民政局：以学促干开新局",
             ["l2月29日，张掖市民政局召开2O23年度机关党建工作述职评议会。",
              "抓学习 强根基",
              "全年开展党组理论学习中心组学习 16次，落实“第一议题”制度，推动以学铸魂、以学增智。",
              "抓作风 促落实",
              "局机关深化清廉机关建设，开展“四风”问题专项整治，办结群众诉求 320件。"],
             "本报记者 钟丽 通讯员 马晓军", PB, "甘肃", "张掖市民政局", "2023-12-29", ["钟丽", "马晓军"], [],
             ["year_boundary", "subheadings", "byline_top", "stray_spaces"], _top=["本报记者 钟丽 通讯员 马晓军", ""])
    a2 = art("高台县举办社工党员示范培训",
             ["1月10日至12日，高台县民政局举办社会工作者党员示范培训班，培训社工党员 60人。"],
             "（据高台县民政局）", "高台县民政局", "甘肃", "高台县民政局", "2024-01-10", [], [], [], _end="（据高台县民政局）")
    head = ["弱水晨报 2O24年]月16日 星期二", "笫2版 要闻"]
    text = join_blocks([head, render_txt(a1, 14), render_txt(a2, 14), ["— 2 —"]])
    write_text(PB, d, "02.txt", text, "utf-8", True, K, [a1, a2], [], kind="ocr")


# ---------------------------------------------------------------- D 沙湖社会组织党建简报 (宁夏, docx bulletin)
PD = "沙湖社会组织党建简报"
OFFICE = "宁夏回族自治区民政厅"


def write_docx(pub, date, page, paras, arts, ph):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    for p in paras:
        para = doc.add_paragraph(p)
    d = os.path.join(HERE, pub, date)
    os.makedirs(d, exist_ok=True)
    doc.save(os.path.join(d, page))
    record(pub, date, page, "docx", False, "docx", "bulletin", arts, ph)


def bulletin(no, date, arts, dist):
    paras = [PD, f"第{no}期", f"{OFFICE}机关党委编　　　　　　　{cn_date(date)}", "本期目录"]
    paras += [f"{i + 1}. {a['_toc']}" for i, a in enumerate(arts)]
    for a in arts:
        paras += a.get("_tl") or [a["title"]]
        if a.get("_top"):
            paras += a["_top"]
        paras += a["body"]
        if a["attribution"]:
            paras.append(a["attribution"])
    paras += dist
    return paras


def pub_d():
    DIST = ["报：民政部社会组织管理局，自治区党委社会工作部", "送：厅领导，厅机关各处室", "发：各市、县（区）民政局，自治区级社会组织党组织"]
    ph = ["bulletin_masthead", "contents_list", "distribution_lines"]

    d = "2023-05-30"
    a1 = art("自治区社会组织党委召开主题教育推进会",
             ["5月25日，自治区社会组织党委召开学习贯彻习近平新时代中国特色社会主义思想主题教育推进会，通报前一阶段工作，部署调查研究任务。",
              "会议要求，各社会组织党组织要坚持学思想、强党性、重实践、建新功，把主题教育同服务社会结合起来。"],
             "（社会组织管理局）", OFFICE + "社会组织管理局", "宁夏", "宁夏回族自治区社会组织党委", "2023-05-25", [], [], [], _toc="自治区社会组织党委召开主题教育推进会")
    a2 = art("银川市民政局推进行业协会商会党建",
             ["5月中旬，银川市民政局对全市 42家行业协会商会党组织开展党建工作专项督导，推动党建工作写入章程。"],
             "（银川市民政局 马小燕）", "银川市民政局", "宁夏", "银川市民政局", "2023-05-11", ["马小燕"], [], ["period_date"],
             _toc="银川市民政局推进行业协会商会党建")
    write_docx(PD, d, "03.docx", bulletin(3, d, [a1, a2], DIST), [a1, a2], ph)

    d = "2023-11-28"
    a1 = art("石嘴山市社会组织开展“党建+公益”服务月活动",
             ["11月以来，石嘴山市 56家社会组织在党组织带领下开展“党建+公益”服务月活动，开展助老助残、心理疏导等服务 130余场次。",
              "大武口区一家社工机构党支部书记白玉洁说，公益服务是党员亮身份、作表率的好平台。"],
             "（石嘴山市民政局 丁海霞）", "石嘴山市民政局", "宁夏", None, d, ["白玉洁", "丁海霞"], [], ["name_verb"],
             _toc="石嘴山市社会组织开展“党建+公益”服务月活动")
    a2 = art("厅机关党委召开社会组织党建工作座谈会",
             ["11月22日下午，厅机关党委召开社会组织党建工作座谈会，听取 8家自治区级社会组织党组织负责人意见建议。"],
             "（机关党委）", OFFICE + "机关党委", "宁夏", OFFICE, "2023-11-22", [], [], ["half_day_date"],
             _toc="厅机关党委召开社会组织党建工作座谈会")
    a3 = art("固原市原州区：社会组织党建指导员“一对一”帮带",
             ["原州区民政局为 23家社会组织配备党建指导员，实行“一对一”帮带，年内新建党组织 4个。"],
             "（原州区民政局）", "原州区民政局", "宁夏", "原州区民政局", d, [], [], [],
             _toc="固原市原州区：社会组织党建指导员“一对一”帮带")
    write_docx(PD, d, "09.docx", bulletin(9, d, [a1, a2, a3], DIST), [a1, a2, a3], ph)

    d = "2024-06-25"
    a1 = art("自治区表彰一批社会组织党建工作示范单位",
             ["经评审，自治区民政厅决定授予以下单位“社会组织党建工作示范单位”称号：",
              "行业协会商会类：宁夏物流与采购联合会党支部、宁夏枸杞产业协会党支部",
              "社会服务机构类：银川市金凤区阳光社会工作服务中心党支部",
              "优秀党建指导员：马玉兰、金鑫、纳  静"],
             "（社会组织管理局）", OFFICE + "社会组织管理局", "宁夏", OFFICE, d, ["马玉兰", "金鑫", "纳静"], [],
             ["honour_list"], _toc="自治区表彰一批社会组织党建工作示范单位")
    a2 = art("中卫市开展社会组织党组织书记轮训",
             ["6月18日至20日，中卫市民政局举办社会组织党组织书记轮训班，开展“两个结合”专题辅导。"],
             "（中卫市民政局 王晓东）", "中卫市民政局", "宁夏", "中卫市民政局", "2024-06-18", ["王晓东"], [], [],
             _toc="中卫市开展社会组织党组织书记轮训")
    write_docx(PD, d, "06.docx", bulletin(6, d, [a1, a2], DIST), [a1, a2], ph)

    d = "2025-03-18"
    a1 = art("全区社会组织党建工作会议召开——部署2025年重点任务",
             ["3月13日，全区社会组织党建工作会议在银川召开，会议总结2024年工作，部署推进社会组织党建“三项行动”。",
              "会议强调，一要巩固“两个覆盖”成果，二要健全党建工作与业务工作融合机制，三要深化清廉社会组织建设。"],
             "（社会组织管理局 杨静）", OFFICE + "社会组织管理局", "宁夏", None, "2025-03-13", ["杨静"], [],
             ["subtitle", "multi_line_title", "enumeration"], _tl=["全区社会组织党建工作会议召开", "——部署2025年重点任务"],
             _toc="全区社会组织党建工作会议召开")
    a2 = art("吴忠市同心县社会组织党员开展学雷锋志愿服务",
             ["3月5日上午，同心县社会组织党委组织 80余名党员志愿者开展学雷锋志愿服务活动。"],
             "（同心县民政局）", "同心县民政局", "宁夏", "同心县社会组织党委", "2025-03-05", [], [], ["half_day_date"],
             _toc="同心县社会组织党员开展学雷锋志愿服务")
    write_docx(PD, d, "02.docx", bulletin(2, d, [a1, a2], DIST), [a1, a2], ph)


# ---------------------------------------------------------------- E 天池民政在线 (新疆, portal html)
PE = "天池民政在线"


def html_page(title, inner, charset):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{title}_天池民政在线</title>
</head>
<body>
<div class="top">天池民政在线 | 新疆维吾尔自治区民政信息门户</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 正文</div>
{inner}
<div class="foot">主办：天池民政在线编辑部　新ICP备000000号<br>地址：乌鲁木齐市</div>
</body>
</html>
"""


def html_article(a, date, info_src, extra=""):
    paras = "\n".join(f"<p>{p}</p>" for p in a["_html_body"])
    caps = "".join(f'<p class="pic"><img src="/img/{i}.jpg"><br>{c}</p>\n' for i, c in enumerate(a["captions"]))
    return f"""<div class="article">
<h1>{a["title"]}</h1>
<div class="info">发布日期：{date} 10:3{len(a["title"]) % 10}　{info_src}　浏览次数：{300 + len(a["body"][0])}　【字体：大 中 小】</div>
<div class="content">
{paras}
{caps}</div>
<div class="tools">【打印本页】【关闭窗口】</div>
{extra}</div>"""


def write_html(pub, date, page, html, enc, arts, ph):
    d = os.path.join(HERE, pub, date)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, page), "wb") as f:
        f.write(html.encode(enc))
    record(pub, date, page, enc, False, "html", "provincial", arts, ph)


def pub_e():
    d = "2024-05-21"
    a = art("自治区民政厅开展“民族团结一家亲”党员结亲活动",
            ["5月17日，新疆维吾尔自治区民政厅组织机关党员干部赴和田地区墨玉县开展“民族团结一家亲”结亲活动，与结亲户同吃同住同劳动。",
             "厅机关党委专职副书记阿依达娜·努尔兰介绍，今年将组织 120名党员干部分批下沉。",
             "结亲户买买提·依沙克老人说，干部亲戚常来常往，日子越过越有盼头。"],
            "来源：新疆维吾尔自治区民政厅 作者：王新民", "新疆维吾尔自治区民政厅", "新疆", "新疆维吾尔自治区民政厅", "2024-05-17",
            ["阿依达娜·努尔兰", "买买提·依沙克", "王新民"], ["党员干部与结亲户座谈。（王新民 摄）"], ["dot_name", "name_verb"])
    a["_html_body"] = [a["body"][0], "厅机关党委专职副书记阿依达娜·\n努尔兰介绍，今年将组织 120名党员干部分批下沉。",
                       "结亲户买买提·\n依沙克老人说，干部亲戚常来常往，日子越过越有盼头。"]
    inner = html_article(a, d, "来源：新疆维吾尔自治区民政厅　作者：王新民")
    write_html(PE, d, "content_7731.html", html_page(a["title"], inner, "utf-8"), "utf-8", [a], [])

    d = "2024-09-10"
    a = art("伊犁州民政局召开全面从严治党工作推进会",
            ["9月5日，伊犁哈萨克自治州民政局召开全面从严治党工作推进会，传达学习自治区有关会议精神。",
             "州民政局党组书记、局长努尔兰·别克说，要始终把纪律和规矩挺在前面，持之以恒落实中央八项规定精神。",
             "会议对局属单位“两个责任”落实情况进行了点评。"],
            "来源：伊犁哈萨克自治州民政局", "伊犁哈萨克自治州民政局", "新疆", "伊犁哈萨克自治州民政局", "2024-09-05",
            ["努尔兰·别克"], [], ["dot_name", "name_verb"])
    a["_html_body"] = [a["body"][0], "州民政局党组书记、局长努尔兰·\n别克说，要始终把纪律和规矩挺在前面，持之以恒落实中央八项规定精神。", a["body"][2]]
    links = """<div class="related"><h3>相关链接</h3><ul>
<li><a href="/content_7701.html">自治区民政厅召开清廉机关建设推进会</a></li>
<li><a href="/content_7688.html">阿勒泰地区民政局开展警示教育</a></li>
</ul></div>
"""
    inner = html_article(a, d, "来源：伊犁哈萨克自治州民政局　作者：", links)
    write_html(PE, d, "content_8102.html", html_page(a["title"], inner, "gb18030"), "gb18030", [a], ["related_link"])

    d = "2024-12-03"
    entries = [
        ("2024-12-02", art("克拉玛依市民政局开展二十届三中全会精神宣讲", ["11月29日，克拉玛依市民政局组织宣讲小分队深入社区开展二十届三中全会精神宣讲。"],
                            "", PE, "新疆", "克拉玛依市民政局", "2024-11-29", [], [], [])),
        ("2024-11-28", art("哈密市伊州区社会组织党委召开书记例会", ["近日，哈密市伊州区社会组织党委召开党组织书记例会，部署年底党建述职工作。"],
                            "", PE, "新疆", "伊州区社会组织党委", "2024-11-28", [], [], ["relative_date"])),
        ("2024-11-25", art("兵团第八师石河子市民政局组织党员学习", ["日前，第八师石河子市民政局机关党支部组织党员开展“学党章、守党纪”专题学习。"],
                            "", PE, "新疆", "第八师石河子市民政局", "2024-11-25", [], [], ["relative_date", "province_context"])),
        ("2024-11-20", art("昌吉州社工站党建工作现场会召开", ["11月19日，昌吉回族自治州民政局在玛纳斯县召开乡镇社工站党建工作现场会。"],
                            "", PE, "新疆", "昌吉回族自治州民政局", "2024-11-19", [], [], [])),
    ]
    lis = "\n".join(f'<li><a href="/content_{9000 + i}.html">{a["title"]}</a><span class="date">[{dt}]</span>\n<p class="summary">{a["body"][0]}</p></li>'
                    for i, (dt, a) in enumerate(entries))
    inner = f'<div class="list"><h2>党建工作</h2><ul>\n{lis}\n</ul>\n<div class="pager">共 4 条　首页 上一页 1 下一页 尾页</div></div>'
    write_html(PE, d, "list_djgz.html", html_page("党建工作", inner, "utf-8").replace("&gt; 正文", ""), "utf-8",
               [a for _, a in entries], [])

    d = "2025-02-25"
    a = art("兵团民政局党组召开民主生活会",
            ["2月20日，新疆生产建设兵团民政局党组召开2024年度民主生活会，深入查摆问题，严肃开展批评和自我批评。",
             "会议要求，要以学习贯彻党的二十大和二十届三中全会精神为主线，坚定拥护“两个确立”、坚决做到“两个维护”，推动兵团民政事业高质量发展。",
             "兵团民政局党组书记古丽扎尔·阿不力孜主持会议。"],
            "来源：本网 作者：陈军", PE, "新疆", "新疆生产建设兵团民政局", "2025-02-20", ["古丽扎尔·阿不力孜", "陈军"], [],
            ["dot_name", "province_context"])
    a["_html_body"] = a["body"][:2] + ["兵团民政局党组书记古丽扎尔·阿\n不力孜主持会议。"]
    inner = html_article(a, d, "来源：本网　作者：陈军")
    write_html(PE, d, "content_9321.html", html_page(a["title"], inner, "utf-8"), "utf-8", [a], [])


if __name__ == "__main__":
    pub_a(); pub_b(); pub_c(); pub_d(); pub_e(); pub_f(); pub_g()
    with open(os.path.join(HERE, "truth-h5e.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
    print(len(TRUTH), "pages", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
