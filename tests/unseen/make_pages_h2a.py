"""Truth pages (held back as batch h2, now development), set h2a (浙江, 福建, 江西 and one national magazine).

Publications (all invented; styles imitated, never copied):
- 之江日报 (浙江, provincial daily, 党建 page, .txt text layer, UTF-8, two pages with BOM):
  running head split over lines, a 【】 column label, datelines 本报讯（记者…）, titles in two
  lines, one title lost (a decorative English label stands there), an editor's note, a 相关链接
  box with its own text, captions, 责任编辑 footer.
- 永春融媒 (福建 county media centre, 快讯 brief page, GB18030 + CRLF, no blank lines): items opened
  by ■ ◆ ● 【】, some with a short headline on the marker line, some straight into the lead
  (title null); closing （通讯员 某某） (source null) or （某某供稿）.
- 赣江先锋网 (江西 provincial portal, .html): single-article pages with breadcrumbs, info line
  (发布时间/来源/浏览次数), 【字体：大 中 小】, 打印/关闭, 相关链接 lists; one page GB18030-encoded;
  one 列表 page.
- 甬江理论周刊 (浙江 theory weekly, OCR of a scan): running heads with misread digits, 笫 for 第,
  a blank line inside a two-line title, top bylines (□ 某某 / 文/某某) with closing （作者系…）.
- 庐陵民政工作简报 (江西 Word bulletin, .docx): masthead, 目录, honour lists, 报/送/发 lines.
- 刺桐晚报 (福建 泉州 evening paper, .txt): several titles printed AFTER their article, （上接…）
  fragments and （下转…） endings, ▲ captions, A-section page labels.
- 井冈党建 (national magazine, .txt, double-spaced): kicker + title + ——subtitle, 本刊记者 bylines,
  an interview (——访…, 记者：/ name： turns), pull quotes repeated large in the column.

Decisions beyond docs/truth_conventions.md:
- A lead dateline (本报讯（记者 某某）, 本报宁波6月5日电…) is the attribution and is NOT repeated in
  the first body paragraph; the body starts after it.
- A top byline plus closing （作者系…） note: attribution is "byline note" joined by one space
  (the byline marker □ or 文/ kept as printed).
- Portal list page (列表): each entry (title + summary line) is an article; its body is the summary
  as printed without the trailing [详细]; entry dates printed on the list are furniture, but the
  article's date is the event date of its summary.
- Magazine: the issue date is the first day of its month; events in the previous month are fine.
- OCR misreads in body text are kept in the body as printed (e.g. 明 for 6月); the truth date is the
  true event date.
- A pull quote is furniture even when printed between two paragraphs of the same article.
- In the magazine interview, the 记者：/ 答话 turns keep their speaker prefix; the interviewee is a
  person; a national body's official → province null.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (婺城区城东街道→金华市婺城区城东街道; 鹿城区民政局→温州市鹿城区民政局).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 3; kind 3 (an uncredited report of the paper or site
→ the paper, source) 14; kind 5 (an agency printed in no form → null, agency) 1; kind 7 (both forms
printed → the shorter, agency) 1 — 19 values, listed in _TRUTH10 and applied as the truth is
written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 2 (【X】 naming a place or unit → X is the title) 4; kind 3 (a list entry dated by its own stamp) 1 — 5 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 4 — 4 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import json, os, re, io

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h2a"
TRUTH = {}

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]

BRK = "¦"   # forced line break in print, removed in truth


def clean(s):
    return s.replace(BRK, "")


def nows(s):
    return re.sub(r"\s+", "", s)


def A(title, body, attribution="", source=None, province=None, agency=None, date=None,
      people=(), captions=(), tags=(), extra=()):
    t = clean(title) if title is not None else None
    body = [clean(p) for p in body]
    txt = nows((t or "") + "".join(body))
    sl = [c for c in CANON if nows(c) in txt]
    for e in extra:
        if e not in sl:
            sl.append(e)
    return dict(title=t, body=body, attribution=attribution, source=source, province=province,
                agency=agency, date=date, people=list(people), slogans=sl,
                captions=[clean(c) for c in captions], phenomena=list(tags))


def wrap(text, w):
    out = []
    for seg in text.split(BRK):
        while len(seg) > w:
            out.append(seg[:w]); seg = seg[w:]
        out.append(seg)
    return [l for l in out if l != ""] or [""]


def block(paras, w, blank=True, first_prefix=""):
    lines = []
    for i, p in enumerate(paras):
        if i == 0 and first_prefix:
            p = first_prefix + p
        lines += wrap(p, w)
        if blank:
            lines.append("")
    return lines


def save(pub, date, name, ext, lines_or_bytes, arts, kind, pkind, enc, crlf, ptags):
    rel = f"{pub}/{date}/{name}.{ext}"
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(lines_or_bytes, bytes):
        data = lines_or_bytes
    else:
        text = "\n".join(lines_or_bytes) + "\n"
        if crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode(enc)
    with open(path, "wb") as f:
        f.write(data)
    tags = set(ptags)
    for a in arts:
        tags |= set(a["phenomena"])
    TRUTH[rel] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind,
                      phenomena=sorted(tags), articles=arts)


def render(a, w, tl=None, after=False, lead="", end=None, caps=(), blank=True, byline=None,
           pq=None):
    """tl: title as printed lines; caps: list of (para_index, printed line(s)); pq: (para_index, lines)."""
    L = []
    if tl and not after:
        L += tl
        if blank:
            L.append("")
    if byline:
        L += byline
        if blank:
            L.append("")
    for i, p in enumerate(a["body"] if not a.get("_printed") else a["_printed"]):
        pass
    paras = a.pop("_printed", None) or a["body"]
    for i, p in enumerate(paras):
        src = (lead + p) if i == 0 and lead else p
        L += wrap(src, w)
        if blank:
            L.append("")
        for ci, cl in caps:
            if ci == i:
                L += cl
                if blank:
                    L.append("")
        if pq and pq[0] == i:
            L += pq[1]
            if blank:
                L.append("")
    if end:
        L += end if isinstance(end, list) else wrap(end, w)
        if blank:
            L.append("")
    if tl and after:
        L += tl
        if blank:
            L.append("")
    return L


def P(a, printed):
    """Give a printed form of body paragraphs containing forced breaks (BRK)."""
    a["_printed"] = printed
    return a


# ---------------------------------------------------------------- 之江日报 (浙江 daily)
def zhijiang():
    pub = "之江日报"
    # page 1 ---------------------------------------------------------------
    d = "2023-06-20"
    a1 = A("省民政厅举办主题教育读书班 以学铸魂锤炼过硬作风",
           ["6月 15日至17日，省民政厅举办学习贯彻习近平新时代中国特色社会主义思想主题教育读书班，厅党组成员、各处室和直属单位主要负责人共 60 余人参加。",
            "读书班采取集中学习、专题辅导、分组研讨相结合的方式，围绕深刻领悟“两个确立 ”的决定性意义、增强“四个意识”开展交流。",
            "厅党组书记王建平表示，要坚持以学铸魂、以学增智、以学正风、以学促干，把读书班成果转化为推动民政事业高质量发展的实际成效，在养老服务、社会救助等民生实事上拿出硬招实招。"],
           attribution="本报讯（记者 陈思远 通讯员 楼晓燕）", source=pub, province="浙江",
           agency="浙江省民政厅", date="2023-06-15", people=["陈思远", "楼晓燕", "王建平"],
           tags=["dateline", "multi_line_title", "stray_spaces", "name_verb", "province_context"])
    a2 = A(None,
           ["近日，湖州市民政局机关党委组织党员干部走进安吉县余村，开展“三会一课 ”现场教学。",
            "党员们重温入党誓词，听取村党支部书记讲述“绿水青山就是金山银山”理念在余村的实践历程，并围绕如何把党建引领融入基层治理、社区服务开展讨论。",
            "大家表示，将把学习成果转化为服务群众的具体行动。"],
           attribution="（据湖州市民政局）", source="湖州市民政局", province="浙江",
           agency="湖州市民政局", date=d, people=[],
           tags=["title_none", "relative_date", "stray_spaces"])
    a3 = A("南湖区社会组织党委 “红船先锋”服务队进社区",
           ["16日上午，嘉兴市南湖区社会组织党委组织 12家社会组织党组织，在新兴街道开展“红船先锋”志愿服务，为居民提供法律咨询、义诊和助老服务。",
            "活动中，服务队员还走访了辖区 8户困难老人家庭，送去慰问品。据了解，今年以来，南湖区社会组织党委已累计开展此类服务 36场次。"],
           attribution="（通讯员 沈佳怡）", source=None, province="浙江",
           agency="嘉兴市南湖区社会组织党委", date="2023-06-16", people=["沈佳怡", "朱晓东"],
           captions=["图为服务队员为居民测量血压。（朱晓东 摄）"],
           tags=["half_day_date", "captions", "stray_spaces"])
    L = ["之江日报", "党建", "6月20日  星期二", "第 7 版", "", "【党建引领】", ""]
    L += render(a1, 17, tl=["省民政厅举办主题教育读书班", "以学铸魂锤炼过硬作风"],
                lead="本报讯（记者 陈思远 通讯员 楼晓燕）")
    L += ["FOCUS", ""]
    L += render(a2, 16, end="（据湖州市民政局）")
    L += render(a3, 15, tl=["南湖区社会组织党委", "“红船先锋”服务队进社区"],
                caps=[(1, ["图为服务队员为居民测量血压。", "（朱晓东 摄）"])], end="（通讯员 沈佳怡）")
    L += ["责任编辑：方慧敏  版式：周洁"]
    save(pub, d, "07", "txt", L, [a1, a2, a3], "text", "provincial", "utf-8", False, ["column_label"])

    # page 2 ---------------------------------------------------------------
    d = "2023-11-14"
    a1 = A("全省民政系统模范机关建设推进会在衢州召开",
           ["11月 9日，全省民政系统模范机关建设推进会在衢州市召开。会议总结交流各地创建经验，部署省市县“三级联动”创建任务。",
            "一、坚持政治引领，把“第一议题”制度落到实处",
            "会议要求，各级民政部门要把学习贯彻党的二十大精神作为首要政治任务，健全“第一议题”学习、跟踪问效机制。",
            "二、坚持问题导向，推动作风持续向好",
            "一是深化“四风”问题整治，二是严格落实中央八项规定精神，三是持续为基层减负。",
            "衢州市民政局、宁波市海曙区民政局作交流发言。省民政厅副厅长何建新指出，要以清廉机关建设为抓手，推动全面从严治党向纵深发展。"],
           attribution="本报讯（记者 陈思远）", source=pub, province="浙江",
           agency="浙江省民政厅", date="2023-11-09", people=["陈思远", "何建新"],
           tags=["dateline", "subheadings", "enumeration", "stray_spaces", "name_verb",
                 "province_context", "editor_note"])
    a2 = A(None,
           ["“三级联动”是指省、市、县三级民政部门在模范机关创建中协同推进、结对共建的工作机制。2022年以来，全省已有 11个设区市、90个县（市、区）民政部门参与结对。"],
           attribution="", source=None, province="浙江", agency="浙江省民政厅", date=d,
           people=[], tags=["related_link", "title_none"])
    a3 = A("温州鹿城：“红色驿站”暖了快递小哥的心",
           ["日前，温州市鹿城区民政局联合区委社会工作部，在五马街道建成首批 6个“红色驿站”，为快递员、外卖送餐员等新就业群体提供歇脚、充电、饮水等服务。",
            "驿站由辖区社区党组织和社会组织共同运营，每月开展一次政策宣讲和健康体检活动。"],
           attribution="（据温州市鹿城区民政局）", source="温州市鹿城区民政局", province="浙江",
           agency="温州市鹿城区民政局", date=d, people=[], tags=["relative_date", "stray_spaces"])
    L = ["\u200b之江日报", "11月14日 星期二  第 7 版", "党建", "",
         "编者按：模范机关建设是机关党建的重要抓手。本版今起陆续刊发各地经验做法，敬请关注。", ""]
    L += render(a1, 18, tl=["全省民政系统模范机关建设", "推进会在衢州召开"], lead="本报讯（记者 陈思远）")
    L += ["相关链接", ""]
    L += render(a2, 18)
    L += render(a3, 14, tl=["温州鹿城：“红色驿站”", "暖了快递小哥的心"], end="（据温州市鹿城区民政局）")
    L += ["责任编辑：方慧敏", "之江日报"]
    L[0] = "之江日报"
    save(pub, d, "07", "txt", L, [a1, a2, a3], "text", "provincial", "utf-8-sig", False,
         ["utf8_bom"])

    # page 3 ---------------------------------------------------------------
    d = "2024-04-09"
    a1 = A("凝聚“两新”力量 助力共同富裕——省委社会工作部部署新经济组织新社会组织党建工作",
           ["3月下旬，省委社会工作部在杭州召开全省新经济组织、新社会组织党建工作座谈会，研究部署今年重点任务。",
            "会议提出，要以提升组织力为重点，扩大“两新”组织党的组织和工作覆盖，推动行业协会商会党建与业务深度融合，为推进中国式现代化浙江实践凝聚力量。",
            "杭州市、台州市委社会工作部和部分行业党委负责人作交流发言。"],
           attribution="本报讯（记者 叶青禾）", source=pub, province="浙江",
           agency="浙江省委社会工作部", date="2024-03-21", people=["叶青禾"],
           tags=["dateline", "period_date", "kicker", "subtitle", "multi_line_title",
                 "province_context"])
    a2 = A("舟山普陀 “海上枫桥”党员先锋岗上岗",
           ["4月 2日，舟山市普陀区民政局联合沈家门街道党工委，在渔港社区设立“海上枫桥”党员先锋岗，首批 20名党员渔民上岗。",
            "先锋岗主要承担渔船矛盾纠纷调解、困难渔民帮扶等任务。老党员林海根说：“能为乡亲们做点事，心里踏实。”"],
           attribution="（普陀区民政局供稿）", source="普陀区民政局", province="浙江",
           agency="普陀区民政局", date="2024-04-02", people=["林海根", "何丽娜"],
           captions=["▲ 党员先锋岗授牌现场。（何丽娜 摄）"],
           tags=["stray_spaces", "name_verb", "captions"])
    a2["captions"] = ["党员先锋岗授牌现场。（何丽娜 摄）"]
    a3 = A("丽水开展社会组织负责人政治培训",
           ["4月 1日至3日，丽水市民政局举办全市社会组织负责人政治能力提升培训班，110余名社会组织负责人参加培训。培训内容涵盖总体国家安全观、社会组织法规政策等。"],
           attribution="（据丽水市民政局）", source="丽水市民政局", province="浙江",
           agency="丽水市民政局", date="2024-04-01", people=[], tags=["stray_spaces"])
    L = ["之江日报", "4月9日  星期二", "第 6 版  党建", "", "基层党建·经验交流", ""]
    L += render(a1, 16, tl=["凝聚“两新”力量 助力共同富裕", "——省委社会工作部部署新经济组织", "新社会组织党建工作"],
                lead="本报讯（记者 叶青禾）")
    L[L.index("凝聚“两新”力量 助力共同富裕")] = "凝聚“两新”力量"
    L.insert(L.index("凝聚“两新”力量") + 1, "助力共同富裕")
    L += render(a2, 15, tl=["舟山普陀 “海上枫桥”", "党员先锋岗上岗"],
                caps=[(1, ["▲ 党员先锋岗授牌现场。", "（何丽娜 摄）"])], end="（普陀区民政局供稿）")
    L += render(a3, 20, tl=["丽水开展社会组织负责人政治培训"], end="（据丽水市民政局）")
    L += ["责任编辑：沈一鸣  美编：周洁  校对：钱莉"]
    save(pub, d, "06", "txt", L, [a1, a2, a3], "text", "provincial", "utf-8", False, ["column_label"])

    # page 4 ---------------------------------------------------------------
    d = "2025-03-18"
    a1 = A("浙阿两地社会组织党建结对共建启动",
           ["3月 12日，浙江省社会组织综合党委与新疆阿克苏地区社会组织党委在杭州签订结对共建协议。",
            "浙江省援疆指挥部干部努尔艾力·吐尔逊介绍，双方将在党务干部互派挂职、公益项目对接、青年人才培养等方面开展合作。今年将组织 30家浙江社会组织赴阿克苏开展公益服务。",
            "省社会组织综合党委书记周立群表示，要把结对共建作为深化党建引领社会组织高质量发展的有力抓手。"],
           attribution="本报杭州3月12日电（记者 叶青禾 孙宁）", source=pub, province="浙江",
           agency="浙江省社会组织综合党委", date="2025-03-12", people=["叶青禾", "孙宁", "努尔艾力·吐尔逊", "周立群"],
           tags=["dateline", "dot_name", "name_verb", "stray_spaces"])
    P(a1, [a1["body"][0], "浙江省援疆指挥部干部努尔艾力·¦吐尔逊介绍，双方将在党务干部互派挂职、公益项目对接、青年人才培养等方面开展合作。今年将组织 30家浙江社会组织赴阿克苏开展公益服务。", a1["body"][2]])
    a2 = A(None,
           ["今年以来，绍兴市柯桥区民政局深化“清廉民政”建设，梳理养老机构补贴、低保审核等 8类廉政风险点，建立风险防控清单，推动清廉机关建设向基层延伸。"],
           attribution="（柯桥区民政局 供稿）", source="柯桥区民政局", province="浙江",
           agency="柯桥区民政局", date=d, people=[], tags=["title_none", "relative_date", "stray_spaces"])
    a3 = A("金华婺城：小区党支部“微治理”解民忧",
           ["日前，金华市婺城区城东街道 17个小区党支部推行“楼道议事会”，党员楼道长收集居民诉求，每月集中办理一次。",
            "截至目前，已解决加装电梯、停车难等问题 120余件。"],
           attribution="（通讯员 吴凯 胡梦瑶）", source=None, province="浙江",
           agency="金华市婺城区城东街道", date=d, people=["吴凯", "胡梦瑶"],
           tags=["relative_date", "stray_spaces"])
    L = ["之江日报", "3月18日  星期二", "党建", "第 7 版", "", "【党建引领】", ""]
    L += render(a1, 15, tl=["浙阿两地社会组织党建", "结对共建启动"], lead="本报杭州3月12日电（记者 叶青禾 孙宁）")
    L += ["CLEAN", ""]
    L += render(a2, 15, end="（柯桥区民政局 供稿）")
    L += render(a3, 16, tl=["金华婺城：小区党支部", "“微治理”解民忧"], end="（通讯员 吴凯 胡梦瑶）")
    L += ["责任编辑：方慧敏  版式：周洁"]
    save(pub, d, "07", "txt", L, [a1, a2, a3], "text", "provincial", "utf-8-sig", False,
         ["utf8_bom", "column_label"])


# ---------------------------------------------------------------- 永春融媒 (福建 county briefs)
def brief(marker, a, w, head=None, end=None):
    """head: headline text on the marker line (title); else the lead opens on the marker line."""
    paras = a.pop("_printed", None) or a["body"]
    L = []
    if head:
        L.append(marker + head)
        for p in paras:
            L += wrap(p, w)
    else:
        first = wrap(marker + paras[0], w)
        L += first
        for p in paras[1:]:
            L += wrap(p, w)
    if end:
        L.append(end)
    return L


def yongchun():
    pub = "永春融媒"
    F = dict(kind="text", pkind="county", enc="gb18030", crlf=True)
    T = ["briefs", "no_blank_lines", "gb18030", "crlf"]
    # page 1
    d = "2023-08-11"
    arts, L = [], ["永春融媒·快讯", "县域动态  8月11日", "永春县融媒体中心"]
    a = A("县民政局开展主题教育专题党课", ["8月上旬，永春县民政局党组书记、局长郑志明以“以学促干 办好民生实事”为题讲授专题党课，局机关全体党员参加。"],
          attribution="（永春县民政局供稿）", source="永春县民政局", province="福建", agency="永春县民政局",
          date="2023-08-01", people=["郑志明"], tags=["briefs", "period_date"])
    L += brief("■ ", a, 19, head="县民政局开展主题教育专题党课", end="（永春县民政局供稿）"); arts.append(a)
    a = A(None, ["近日，桃城镇党委组织辖区 14个村（社区）党组织书记赴晋江围头村学习基层治理经验。大家表示，要把学到的好做法用到村里的实事上。"],
          attribution="（通讯员 颜丽萍）", source=None, province="福建", agency="桃城镇党委", date=d,
          people=["颜丽萍"], tags=["briefs", "title_none", "relative_date", "stray_spaces"])
    L += brief("■ ", a, 19, end="（通讯员 颜丽萍）"); arts.append(a)
    a = A("五里街镇“党建+养老”上新", ["7日，五里街镇大羽村居家养老服务站挂牌运营，由村党支部牵头，党员志愿者轮流值守，为 60名老人提供助餐服务。"],
          attribution="", source=None, province="福建", agency="五里街镇大羽村党支部", date="2023-08-07",
          people=[], tags=["briefs", "stray_spaces"])
    L += brief("■ ", a, 19, head="五里街镇“党建+养老”上新"); arts.append(a)
    a = A(None, ["县社会组织党委日前召开季度工作例会，通报 12家社会组织“三会一课”落实情况，部署下阶段党建指导员包联工作。"],
          attribution="（永春县民政局供稿）", source="永春县民政局", province="福建", agency="永春县社会组织党委", date=d,
          people=[], tags=["briefs", "title_none", "relative_date", "stray_spaces"])
    L += brief("■ ", a, 19, end="（永春县民政局供稿）"); arts.append(a)
    L += ["编辑：林晓婷  审核：陈国栋"]
    save(pub, d, "kuaixun", "txt", L, arts, F["kind"], F["pkind"], F["enc"], F["crlf"], T)

    # page 2 (January issue: December events)
    d = "2024-01-19"
    arts, L = [], ["永春融媒·快讯", "1月19日  星期五", "永春县融媒体中心"]
    a = A("县民政局召开年度民主生活会", ["12月28日，永春县民政局党组召开主题教育专题民主生活会，围绕“学思想、强党性、重实践、建新功”总要求，逐一开展批评和自我批评。"],
          attribution="", source=None, province="福建", agency="永春县民政局", date="2023-12-28",
          people=[], tags=["briefs", "year_boundary"])
    L += brief("◆ ", a, 18, head="县民政局召开年度民主生活会"); arts.append(a)
    a = A("岵山镇评出“星级党员户”", ["日前，岵山镇评选出 2023年度“星级党员户”86户，塘溪村党员陈阿水家庭获评五星。"],
          attribution="（通讯员 周文彬）", source=None, province="福建", agency="岵山镇党委", date=d,
          people=["陈阿水", "周文彬"], tags=["briefs", "relative_date", "stray_spaces"])
    L += brief("◆ ", a, 18, head="岵山镇评出“星级党员户”", end="（通讯员 周文彬）"); arts.append(a)
    a = A(None, ["1月中旬，县委组织部、县民政局联合举办村（社区）“两委”干部培训班，就社会救助政策、养老服务等内容开展专题辅导，150余人参训。"],
          attribution="", source=None, province="福建", agency="永春县委组织部", date="2024-01-11",
          people=[], tags=["briefs", "title_none", "period_date"])
    L += brief("◆ ", a, 18); arts.append(a)
    a = A(None, ["去年底，东平镇 4家社会组织新建党支部，全镇社会组织党的组织覆盖率达到 100%。"],
          attribution="（东平镇供稿）", source="东平镇", province="福建", agency="东平镇党委", date=d,
          people=[], tags=["briefs", "title_none", "relative_date", "stray_spaces"])
    L += brief("◆ ", a, 18, end="（东平镇供稿）"); arts.append(a)
    a = A("县老年大学党支部上党课", ["16日下午，县老年大学党支部邀请县委党校讲师苏明辉作专题辅导，60余名老党员参加。"],
          attribution="", source=None, province="福建", agency="永春县老年大学党支部", date="2024-01-16",
          people=["苏明辉"], tags=["briefs", "half_day_date"])
    L += brief("◆ ", a, 18, head="县老年大学党支部上党课"); arts.append(a)
    L += ["编辑：林晓婷"]
    save(pub, d, "kuaixun", "txt", L, arts, F["kind"], F["pkind"], F["enc"], F["crlf"], T)

    # page 3
    d = "2024-07-05"
    arts, L = ["永春县融媒体中心  党建动态", "7月5日"], []
    arts = []
    a = A("“七一”前夕走访慰问老党员", ["6月下旬，县民政局党员干部分组走访慰问 23名生活困难老党员和老复员军人，送去慰问金和节日问候。"],
          attribution="（永春县民政局供稿）", source="永春县民政局", province="福建", agency="永春县民政局",
          date="2024-06-21", people=[], tags=["briefs", "period_date", "stray_spaces"])
    L += brief("● ", a, 20, head="“七一”前夕走访慰问老党员", end="（永春县民政局供稿）"); arts.append(a)
    a = A("蓬壶镇开展党纪学习教育", ["2日，蓬壶镇党委举办党纪学习教育读书班，镇党委书记黄志坚说，要把纪律规矩内化于心、外化于行。"],
          attribution="（通讯员 康雅琴）", source=None, province="福建", agency="蓬壶镇党委", date="2024-07-02",
          people=["黄志坚", "康雅琴"], tags=["briefs", "name_verb"])
    L += brief("● ", a, 20, head="蓬壶镇开展党纪学习教育", end="（通讯员 康雅琴）"); arts.append(a)
    a = A(None, ["近日，县社区社会组织联合会成立功能型党支部，首批发展党员志愿者 35名。"],
          attribution="", source=None, province="福建", agency="永春县社区社会组织联合会", date=d,
          people=[], tags=["briefs", "title_none", "relative_date", "stray_spaces"])
    L += brief("● ", a, 20); arts.append(a)
    a = A(None, ["3日上午，县民政局召开“第一议题”学习会，传达学习习近平总书记关于民政工作的重要指示精神。"],
          attribution="", source=None, province="福建", agency="永春县民政局", date="2024-07-03",
          people=[], tags=["briefs", "title_none", "half_day_date"])
    L += brief("● ", a, 20); arts.append(a)
    L = ["永春融媒·快讯"] + L + ["编辑：林晓婷  审核：陈国栋"]
    save(pub, d, "dongtai", "txt", L, arts, F["kind"], F["pkind"], F["enc"], F["crlf"], T)

    # page 4
    d = "2025-05-23"
    arts, L = [], ["永春融媒·快讯", "5月23日", "永春县融媒体中心"]
    a = A(None, ["5月中旬，下洋镇党委组织党员干部深入 9个村开展防汛隐患排查，转移安置独居老人 12人。"],
          attribution="", source=None, province="福建", agency="下洋镇党委", date="2025-05-11",
          people=[], tags=["briefs", "period_date", "stray_spaces", "title_none"])
    L += ["【下洋镇】" + wrap(a["body"][0], 18)[0]] + wrap(a["body"][0], 18)[1:]; arts.append(a)
    a = A(None, ["20日，县民政局与县税务局党支部开展联学共建，围绕社会组织税收优惠政策开展宣讲。"],
          attribution="", source=None, province="福建", agency="永春县民政局", date="2025-05-20",
          people=[], tags=["briefs", "title_none"])
    L += brief("【县民政局】", a, 18); arts.append(a)
    a = A(None, ["近日，石鼓镇桃场社区党委推行“网格+党员”服务模式，党员网格员坚持每周走访独居老人，累计帮办事项 46件。社区党委书记潘丽华说，要让群众的小事有人管、有人办。"],
          attribution="（通讯员 李静怡）", source=None, province="福建", agency="石鼓镇桃场社区党委", date=d,
          people=["潘丽华", "李静怡"], tags=["briefs", "title_none", "relative_date", "name_verb"])
    L += brief("【石鼓镇】", a, 18, end="（通讯员 李静怡）"); arts.append(a)
    a = A(None, ["5月上旬，县社会组织党委开展“党建+公益”项目评审，确定 10个年度扶持项目。"],
          attribution="（永春县民政局供稿）", source="永春县民政局", province="福建", agency="永春县社会组织党委", date="2025-05-01",
          people=[], tags=["briefs", "title_none", "period_date", "stray_spaces"])
    L += brief("【社会组织】", a, 18, end="（永春县民政局供稿）"); arts.append(a)
    L += ["编辑：林晓婷  审核：陈国栋"]
    save(pub, d, "kuaixun", "txt", L, arts, F["kind"], F["pkind"], F["enc"], F["crlf"], T)


# ---------------------------------------------------------------- 赣江先锋网 (江西 portal)
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(site_title, crumbs, title, info, paras, caps, related, charset="utf-8"):
    h = [f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
         f"<title>{esc(title)}_{site_title}</title>\n</head>\n<body>",
         f'<div class="top"><a href="/">首页</a> | <a href="/djdt/">党建动态</a> | <a href="/jcdj/">基层党建</a> | <a href="/llxx/">理论学习</a></div>',
         f'<div class="crumb">当前位置：{" &gt; ".join(crumbs)}</div>',
         f'<div class="article">\n<h1>{esc(title)}</h1>',
         f'<div class="info">{info}</div>',
         '<div class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
         '<div class="content" id="zoom">']
    for i, p in enumerate(paras):
        h.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        for ci, img, c in caps:
            if ci == i:
                h.append(f'<p style="text-align:center;"><img src="{img}" border="0"></p>')
                h.append(f'<p style="text-align:center;">{esc(c)}</p>')
    h.append("</div>\n</div>")
    h.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>')
    if related:
        h.append('<div class="related"><h3>相关链接</h3><ul>')
        for r in related:
            h.append(f'<li><a href="/djdt/">{esc(r)}</a></li>')
        h.append("</ul></div>")
    h.append('<div class="foot">主办：赣江先锋网  赣ICP备05001234号<br>地址：江西省南昌市红谷滩区  联系电话：0791-8888XXXX</div>\n</body>\n</html>\n')
    return "\n".join(h)


def ganjiang():
    pub = "赣江先锋网"
    # page 1
    d = "2023-09-27"
    a = A("九江市民政局：党建引领“五社联动”激活社区治理新动能",
          ["近日，九江市民政局召开全市“五社联动”工作推进会，总结推广浔阳区、濂溪区等地经验做法。",
           "今年以来，九江市民政局坚持党建引领，以社区为平台、社会组织为载体、社会工作者为支撑，联动社区志愿者和社会慈善资源，在全市 86个社区建立社会工作服务站点。",
           "市民政局党组书记、局长汪志刚指出，要把“五社联动”作为主题教育检视整改的重要内容，着力解决群众急难愁盼问题，推动基层治理提质增效。",
           "会上，浔阳区白水湖街道等 5个单位作了经验交流。"],
          attribution="来源：九江市民政局", source="九江市民政局", province="江西", agency="九江市民政局",
          date=d, people=["汪志刚"], captions=["图为推进会现场。"],
          tags=["html", "relative_date", "name_verb", "related_link", "captions"])
    html = html_page(pub, ["首页", "党建动态", "市县动态"], a["title"],
                     "发布时间：2023-09-27 16:42  来源：九江市民政局  浏览次数：<span>318</span>",
                     a["body"], [(0, "/uploadfiles/202309/a1.jpg", "图为推进会现场。")],
                     ["上饶市社会组织党委开展党务干部培训", "赣州市民政局召开模范机关创建推进会"])
    save(pub, d, "content_5821", "html", html.encode("utf-8"), [a], "html", "provincial", "utf-8", False, [])

    # page 2 (GB18030)
    d = "2024-05-21"
    a = A("江西省民政厅机关党委开展“红色走读”主题党日活动",
          ["5月17日，江西省民政厅机关党委组织各党支部 80余名党员赴瑞金市叶坪革命旧址群开展“红色走读”主题党日活动。",
           "在中华苏维埃共和国临时中央政府旧址，党员们重温入党誓词，聆听讲解员讲述苏区干部好作风的故事。",
           "活动中，厅机关党委还组织开展了党纪学习教育专题研讨。厅机关党委专职副书记刘红英说，要传承弘扬苏区精神，筑牢拒腐防变的思想防线，锻造忠诚干净担当的民政铁军。"],
          attribution="来源：本网 作者：钟晓燕", source=pub, province="江西", agency="江西省民政厅",
          date="2024-05-17", people=["刘红英", "钟晓燕"], captions=["5月17日，党员们在叶坪革命旧址群重温入党誓词。"],
          tags=["html", "gb18030", "name_verb", "related_link", "captions"])
    html = html_page(pub, ["首页", "党建动态", "机关党建"], a["title"],
                     "发布时间：2024-05-21 09:15  来源：本网  作者：钟晓燕  浏览次数：<span>1042</span>",
                     a["body"], [(0, "/uploadfiles/202405/b3.jpg", "5月17日，党员们在叶坪革命旧址群重温入党誓词。")],
                     ["省民政厅召开党纪学习教育警示教育会", "萍乡市民政局开展“清廉民政”宣讲"], charset="gb2312")
    save(pub, d, "content_7710", "html", html.encode("gb18030"), [a], "html", "provincial", "gb18030", False, [])

    # page 3 (January page, December event; empty 作者：)
    d = "2025-01-08"
    a = A("赣州市社会组织党委召开年度党建述职评议会",
          ["12月30日，赣州市社会组织党委召开 2024年度社会组织党组织书记抓党建述职评议会，10个行业党委和 32家市级社会组织党组织书记现场述职。",
           "会议采取现场述职、书面述职与民主测评相结合的方式进行。市委社会工作部副部长罗文斌逐一点评，指出存在的问题，并对做好下一步工作提出要求：",
           "一是进一步扩大党的组织和工作覆盖；二是推动党建工作与业务工作深度融合；三是加强党务工作者队伍建设，落实“三会一课”等基本制度。"],
          attribution="来源：赣州市民政局", source="赣州市民政局", province="江西", agency="赣州市社会组织党委",
          date="2024-12-30", people=["罗文斌"], tags=["html", "year_boundary", "enumeration", "stray_spaces"])
    html = html_page(pub, ["首页", "基层党建"], a["title"],
                     "发布时间：2025-01-08 10:03  来源：赣州市民政局  作者：  浏览次数：<span>96</span>",
                     a["body"], [], [])
    save(pub, d, "content_9034", "html", html.encode("utf-8"), [a], "html", "provincial", "utf-8", False, [])

    # page 4: list page
    d = "2024-10-15"
    items = [
        A("宜春市民政局开展“民政为民”志愿服务月活动", ["10月上旬，宜春市民政局组织党员志愿者走进袁州区敬老院、儿童福利院开展志愿服务……"],
          source=None, province="江西", agency="宜春市民政局", date="2024-10-01", tags=["html", "period_date"]),
        A("上饶市社会组织综合党委举办党务干部培训班", ["10月9日至11日，上饶市社会组织综合党委举办全市社会组织党务干部培训班，90余人参加……"],
          source=None, province="江西", agency="上饶市社会组织综合党委", date="2024-10-09", tags=["html"]),
        A("景德镇市昌江区：“红色物业”让居民住得更舒心", ["近日，昌江区西郊街道推动小区党支部、业委会、物业服务企业“三方联动”……"],
          source=None, province="江西", agency="昌江区西郊街道", date=d, tags=["html", "relative_date"]),
        A("抚州市民政局召开党组理论学习中心组学习会", ["10月12日上午，抚州市民政局召开党组理论学习中心组学习会，专题学习二十届三中全会精神……"],
          source=None, province="江西", agency="抚州市民政局", date="2024-10-12", tags=["html", "half_day_date"]),
    ]
    dates = ["2024-10-14", "2024-10-14", "2024-10-13", "2024-10-12"]
    h = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>党建动态_赣江先锋网</title>\n</head>\n<body>',
         '<div class="top"><a href="/">首页</a> | <a href="/djdt/">党建动态</a> | <a href="/jcdj/">基层党建</a> | <a href="/llxx/">理论学习</a></div>',
         '<div class="crumb">当前位置：首页 &gt; 党建动态</div>', '<h2 class="lm">党建动态</h2>', '<ul class="list">']
    for a, dd in zip(items, dates):
        h.append(f'<li><a href="/djdt/{dd.replace("-", "")}.html" class="t">{esc(a["title"])}</a><span class="date">[{dd}]</span>')
        h.append(f'<p class="zy">{esc(a["body"][0])}<a href="#">[详细]</a></p></li>')
    h.append('</ul>\n<div class="page">共 128 条  首页 上一页 <b>1</b> 2 3 4 5 下一页 尾页</div>')
    h.append('<div class="foot">主办：赣江先锋网  赣ICP备05001234号</div>\n</body>\n</html>\n')
    save(pub, d, "list_djdt", "html", "\n".join(h).encode("utf-8"), items, "html", "provincial", "utf-8", False, [])


# ---------------------------------------------------------------- 甬江理论周刊 (浙江 OCR)
def yongjiang():
    pub = "甬江理论周刊"
    F = ("ocr", "provincial", "utf-8", False)
    # page 1
    d = "2023-09-05"
    a1 = A("深刻把握“两个结合”的重大意义",
           ["“两个结合”是我们党对马克思主义中国化时代化规律的深刻把握。",
            "一、“第二个结合”巩固了文化主体性",
            "把马克思主义基本原理同中华优秀传统文化相结合，让马克思主义成为中国的，让中华优秀传统文化成为现代的。",
            "二、“两个结合”为中国式现代化提供理论支撑",
            "推进中国式现代化，必须坚持马克思主义基本原理，同时从中华优秀传统文化中汲取智慧，不断增强“四个自信”。"],
           attribution="□ 徐向东 （作者系宁波大学马克思主义学院教授）", source=None, province=None, agency=None,
           date=d, people=["徐向东"], tags=["ocr", "byline_top", "subheadings", "stray_spaces"])
    a2 = A("以“四下基层”密切党群关系",
           ["“四下基层”是党的群众路线在新时代的生动体现。各级党组织要把调查研究作为基本功，在解决群众急难愁盼中检验主题教育成效。"],
           attribution="文/ 孙晓岚 （作者单位：中共宁波市委党校）", source=None, province=None, agency=None,
           date=d, people=["孙晓岚"], tags=["ocr", "byline_top", "stray_spaces"], extra=[])
    L = ["甬江理论周刊  2O23年9月5日  星期二", "理论周刊", "", "深刻把握“两个结合”", "", "的重大意义", "", "□ 徐向东", ""]
    L += render(a1, 20)
    L += ["（作者系宁波大学马克思主义学院教授）", ""]
    L += ["以“四下基层”密切党群关系", "文/ 孙晓岚", ""] + render(a2, 20) + ["（作者单位：中共宁波市委党校）", "", "笫 7 版  责任编辑：楼 敏"]
    for a in (a1,):
        a["phenomena"].append("multi_line_title")
    save(pub, d, "07", "txt", L, [a1, a2], *F, ["ocr"])

    # page 2 (January)
    d = "2024-01-16"
    a1 = A("全面从严治党永远在路上",
           ["全面从严治党是新时代党的建设的鲜明主题。必须坚持严的基调不动摇，把中央八项规定精神落到实处，持续纠治“四风”。",
            "要把纪律挺在前面，既抓“关键少数”，又管“绝大多数”，推动全面从严治党向基层延伸。"],
           attribution="本报评论员", source=pub, province=None, agency=None, date=d, people=[],
           tags=["ocr", "byline_top"])
    a2 = A("在基层治理中锻造过硬党支部",
           ["基层党支部是党在社会基层组织中的战斗堡垒。实践表明，党支部强不强，关键看支部书记。",
            "要健全“三会一课”制度，提高组织生活质量；要推动党员亮身份、作表率，让党旗在基层一线高高飘扬。"],
           attribution="王丽君 （作者系浙江万里学院马克思主义学院副教授）", source=None, province=None, agency=None,
           date=d, people=["王丽君"], tags=["ocr", "byline_top", "multi_line_title"])
    L = ["甬江理论周刊", "2024年]月16日  星期二", "理 论 周 刊", "", "全面从严治党永远在路上", "本报评论员", ""]
    L += render(a1, 18)
    L += ["在基层治理中锻造", "", "过硬党支部", "王丽君", ""] + render(a2, 18)
    L += ["（作者系浙江万里学院马克思主义学院副教授）", "", "笫 7 版"]
    save(pub, d, "07", "txt", L, [a1, a2], *F, ["ocr"])

    # page 3 (OCR misread 6月 -> 明 in body)
    d = "2024-06-11"
    a1 = A("宁波市委社会工作部举办“两新”组织党建理论研讨会",
           ["明5日，宁波市委社会工作部举办全市“两新”组织党建理论研讨会，40余名专家学者和党务工作者参加。",
            "与会人员围绕党建引领新就业群体融入基层治理等议题开展研讨。宁波大学教授徐向东指出，要以高质量党建推动“两新”组织高质量发展。"],
           attribution="本报讯（记者 俞 静）", source=pub, province="浙江", agency="宁波市委社会工作部",
           date="2024-06-05", people=["俞静", "徐向东"], tags=["ocr", "dateline", "name_verb", "stray_spaces"])
    a2 = A("用好党内政治生活这个熔炉",
           ["严肃认真的党内政治生活，是我们党的优良传统和政治优势。开好民主生活会和组织生活会，关键在于真点问题、点真问题。"],
           attribution="□ 张海峰 （作者系中共宁波市委党校党建教研部主任）", source=None, province=None, agency=None,
           date=d, people=["张海峰"], tags=["ocr", "byline_top"])
    L = ["甬江理论周刊  2024年6月1l日  星期二", "理论周刊", "", "编者按：本期刊发一组关于“两新”组织党建的文章，供读者参阅。", ""]
    L += render(a1, 19, tl=["宁波市委社会工作部举办“两新”", "组织党建理论研讨会"], lead="本报讯（记者 俞 静）")
    L += ["用好党内政治生活", "这个熔炉", "□ 张海峰", ""] + render(a2, 19) + ["（作者系中共宁波市委党校党建教研部主任）", "", "第 7 版"]
    a1["phenomena"] += ["multi_line_title", "province_context", "editor_note"]
    a2["phenomena"].append("multi_line_title")
    save(pub, d, "07", "txt", L, [a1, a2], *F, ["ocr"])

    # page 4
    d = "2025-02-25"
    a1 = A("以学增智 在深化改革中展现担当",
           ["学习贯彻二十届三中全会精神，要在以学增智上下功夫。",
            "（一）增强调查研究本领",
            "要聚焦群众急难愁盼开展调查研究，把情况摸清、把问题找准。",
            "（二）增强改革攻坚本领",
            "要敢于啃硬骨头，在推进中国式现代化中当好改革促进派和实干家。"],
           attribution="文/ 陈安琪 （作者单位：宁波财经学院）", source=None, province=None, agency=None,
           date=d, people=["陈安琪"], tags=["ocr", "byline_top", "subheadings", "enumeration"])
    a2 = A("党建引领社会组织健康发展",
           ["社会组织是党联系群众的重要纽带。要推动党的组织和工作有效覆盖，引导社会组织在服务基层中发挥积极作用。"],
           attribution="林 涛 （作者系浙江大学宁波理工学院教师）", source=None, province=None, agency=None,
           date=d, people=["林涛"], tags=["ocr", "byline_top", "stray_spaces"])
    L = ["甬江理论周刊  2025年2月25日  星期二", "理论周刊", "", "以学增智", "", "在深化改革中展现担当", "文/ 陈安琪", ""]
    L += render(a1, 20) + ["（作者单位：宁波财经学院）", ""]
    L += ["党建引领社会组织健康发展", "林 涛", ""] + render(a2, 20) + ["（作者系浙江大学宁波理工学院教师）", "", "笫 8 版  责编：楼 敏"]
    a1["phenomena"].append("multi_line_title")
    save(pub, d, "08", "txt", L, [a1, a2], *F, ["ocr"])


# ---------------------------------------------------------------- 庐陵民政工作简报 (江西 docx)
def docx_bytes(parts):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    for kind, text in parts:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "mast":
            r.bold = True; r.font.size = Pt(26); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            r.bold = True; r.font.size = Pt(16); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            r.bold = True
    bio = io.BytesIO(); doc.save(bio)
    return bio.getvalue()


def body_parts(a, end=None, sub=()):
    out = [("title", a["title"])] if a["title"] else []
    for p in a["body"]:
        out.append(("sub" if p in sub else "p", p))
    if end:
        out.append(("p", end))
    return out


def luling():
    pub = "庐陵民政工作简报"
    F = ("docx", "bulletin", "docx", False)
    T = ["docx", "bulletin_masthead", "distribution_lines", "contents_list"]
    dist = [("p", "报：市委办公室，市政府办公室，省民政厅办公室"), ("p", "送：市委组织部，市委社会工作部，市直机关工委"),
            ("p", "发：各县（市、区）民政局，局机关各科室、直属单位"), ("p", "（共印 60 份）")]
    # page 1
    d = "2023-07-10"
    a1 = A("市民政局召开“七一”表彰大会", ["6月30日，吉安市民政局召开庆祝中国共产党成立102周年暨“两优一先”表彰大会。局党组书记、局长彭志远为受表彰的先进集体和个人颁奖，并讲授专题党课。",
            "彭志远强调，全局党员干部要以受表彰的先进为榜样，深入开展主题教育，在服务民生中践行初心使命。"],
           source=None, province="江西", agency="吉安市民政局", date="2023-06-30", people=["彭志远"], tags=["docx"])
    a2 = A("中共吉安市民政局机关委员会关于表彰优秀共产党员、优秀党务工作者和先进党支部的决定（摘要）",
           ["经各党支部推荐、机关党委审核，决定授予以下同志和党支部荣誉称号：",
            "优秀共产党员（8名）",
            "罗建华、肖 敏、曾卫东、刘晓芸、胡文斌、郭 丽、尹志强、阿依努尔·买买提",
            "优秀党务工作者（3名）",
            "谢春林、王 芳、段思远",
            "先进党支部（2个）",
            "社会救助科党支部、市社会福利院党支部"],
           source=None, province="江西", agency="吉安市民政局", date=d,
           people=["罗建华", "肖敏", "曾卫东", "刘晓芸", "胡文斌", "郭丽", "尹志强", "阿依努尔·买买提", "谢春林", "王芳", "段思远"],
           tags=["docx", "honour_list", "dot_name", "stray_spaces"])
    a3 = A("井冈山市民政局开展主题党日活动", ["7月上旬，井冈山市民政局组织党员干部到茅坪八角楼开展主题党日活动，重温入党誓词。"],
           attribution="（井冈山市民政局供稿）", source="井冈山市民政局", province="江西", agency="井冈山市民政局",
           date="2023-07-01", people=[], tags=["docx", "period_date"])
    parts = [("mast", "庐陵民政工作简报"), ("center", "第 6 期"), ("p", "吉安市民政局办公室编                2023年7月10日"),
             ("sub", "本期目录"), ("p", "市民政局召开“七一”表彰大会"), ("p", "关于表彰优秀共产党员、优秀党务工作者和先进党支部的决定（摘要）"),
             ("p", "井冈山市民政局开展主题党日活动")]
    parts += body_parts(a1) + body_parts(a2, sub=["优秀共产党员（8名）", "优秀党务工作者（3名）", "先进党支部（2个）"])
    parts += body_parts(a3, end="（井冈山市民政局供稿）") + dist
    save(pub, d, "jianbao_06", "docx", docx_bytes(parts), [a1, a2, a3], *F, T)

    # page 2 (January, December events)
    d = "2024-01-12"
    a1 = A("市民政局党组召开主题教育专题民主生活会", ["12月26日，吉安市民政局党组召开主题教育专题民主生活会。市委第三督导组组长邓立华到会指导。",
            "会上，局党组班子成员逐一对照检查，开展批评和自我批评。邓立华指出，要抓好问题整改，巩固拓展主题教育成果。"],
           source=None, province="江西", agency="吉安市民政局", date="2023-12-26", people=["邓立华"],
           tags=["docx", "year_boundary", "name_verb"])
    a2 = A("吉安县民政局“三个聚焦”推进清廉机关建设", ["今年以来，吉安县民政局围绕“三个聚焦”推进清廉机关建设：一是聚焦权力运行，二是聚焦资金监管，三是聚焦作风建设。"],
           attribution="（吉安县民政局供稿）", source="吉安县民政局", province="江西", agency="吉安县民政局",
           date=d, people=[], tags=["docx", "enumeration", "relative_date"], extra=["三个聚焦"])
    parts = [("mast", "庐陵民政工作简报"), ("center", "第 1 期"), ("p", "吉安市民政局办公室编                2024年1月12日"),
             ("sub", "目  录"), ("p", "市民政局党组召开主题教育专题民主生活会……………1"), ("p", "吉安县民政局“三个聚焦”推进清廉机关建设……………2")]
    parts += body_parts(a1) + body_parts(a2, end="（吉安县民政局供稿）") + dist
    save(pub, d, "jianbao_01", "docx", docx_bytes(parts), [a1, a2], *F, T)

    # page 3
    d = "2024-09-20"
    a1 = A("全市民政系统党务干部培训班举办", ["9月中旬，全市民政系统党务干部培训班在井冈山干部学院举办，各县（市、区）民政局机关党务干部 70余人参训。",
            "培训期间，学员们围绕如何抓好“三会一课”、发展党员等基础工作开展分组研讨。"],
           source=None, province="江西", agency="吉安市民政局", date="2024-09-11", people=[],
           tags=["docx", "period_date", "stray_spaces"])
    a2 = A("2024年度全市“最美民政人”名单", ["一、最美社工（3名）", "吉州区  彭小燕", "永丰县  李国华", "遂川县  钟 蕾",
            "二、最美养老护理员（2名）", "峡江县  黄秀英", "安福县  周美兰"],
           source=None, province="江西", agency="吉安市民政局", date=d,
           people=["彭小燕", "李国华", "钟蕾", "黄秀英", "周美兰"], tags=["docx", "honour_list", "stray_spaces"])
    parts = [("mast", "庐陵民政工作简报"), ("center", "第 9 期"), ("p", "吉安市民政局办公室编                2024年9月20日"),
             ("sub", "目录"), ("p", "全市民政系统党务干部培训班举办"), ("p", "2024年度全市“最美民政人”名单")]
    parts += body_parts(a1) + body_parts(a2) + dist
    save(pub, d, "jianbao_09", "docx", docx_bytes(parts), [a1, a2], *F, T)

    # page 4
    d = "2025-04-15"
    a1 = A("市民政局召开模范机关创建推进会", ["4月8日上午，吉安市民政局召开模范机关创建推进会，部署开展“三级联动”创建工作。会议要求，各地要落实“第一议题”制度，深入贯彻中央八项规定精神。"],
           source=None, province="江西", agency="吉安市民政局", date="2025-04-08", people=[],
           tags=["docx", "half_day_date"])
    a2 = A("永新县社会组织党委深化“党建+公益”", ["近日，永新县社会组织党委组织 15家社会组织开展“党建+公益”项目路演，确定年度重点扶持项目 6个。"],
           attribution="（通讯员 龙晓慧）", source=None, province="江西", agency="永新县社会组织党委",
           date=d, people=["龙晓慧"], tags=["docx", "relative_date", "stray_spaces"])
    a3 = A("泰和县开展养老机构党建工作督导", ["4月上旬，泰和县民政局对全县 12家养老机构党组织开展督导，推动“三会一课”规范化。"],
           source=None, province="江西", agency="泰和县民政局", date="2025-04-01", people=[],
           tags=["docx", "period_date", "stray_spaces"])
    parts = [("mast", "庐陵民政工作简报"), ("center", "第 4 期（总第 142 期）"), ("p", "吉安市民政局办公室编                2025年4月15日"),
             ("sub", "本期目录"), ("p", "市民政局召开模范机关创建推进会"), ("p", "永新县社会组织党委深化“党建+公益”"), ("p", "泰和县开展养老机构党建工作督导")]
    parts += body_parts(a1) + body_parts(a2, end="（通讯员 龙晓慧）") + body_parts(a3) + dist
    save(pub, d, "jianbao_04", "docx", docx_bytes(parts), [a1, a2, a3], *F, T)


# ---------------------------------------------------------------- 刺桐晚报 (福建 泉州 evening)
def citong():
    pub = "刺桐晚报"
    F = ("text", "provincial", "utf-8", False)
    # page 1
    d = "2023-05-12"
    a0 = A(None, ["据介绍，下一步，市民政局将持续推动社区社会组织党建工作，力争年底前实现党的工作全覆盖。"],
           attribution="", source=pub, province="福建", agency="泉州市民政局", date="2023-05-10", people=[],
           tags=["continued", "title_none"])
    a1 = A("鲤城社区“红色议事厅”开门议事",
           ["10日下午，鲤城区开元街道新门社区“红色议事厅”里座无虚席，社区党委书记蔡丽芬和 20多名居民代表围坐一起，商量老旧小区改造方案。",
            "“大家的事大家商量着办。”蔡丽芬说，议事厅启用以来，已协商解决居民诉求 30余件。"],
           attribution="本报记者 黄思敏 文/图", source=pub, province="福建", agency="开元街道新门社区党委",
           date="2023-05-10", people=["蔡丽芬", "黄思敏"], captions=["居民代表在“红色议事厅”议事。"],
           tags=["title_after", "half_day_date", "name_verb", "byline_top", "captions", "stray_spaces"])
    a2 = A("丰泽区社会组织党委开展“联学共建”",
           ["日前，丰泽区社会组织党委组织 16家社会组织党支部与东海街道社区党组织开展联学共建，签订共建协议。"],
           attribution="（通讯员 许志伟）", source=None, province="福建", agency="丰泽区社会组织党委", date=d,
           people=["许志伟"], tags=["relative_date", "stray_spaces"])
    L = ["刺桐晚报", "A07 城事·党建", "5月12日  星期五", "", "（上接A01版）"]
    L += render(a0, 16)
    L += ["本报记者 黄思敏 文/图", ""]
    L += render(a1, 15, caps=[(0, ["▲ 居民代表在“红色议事厅”议事。"])])
    L += ["鲤城社区“红色议事厅”", "开门议事", ""]
    L += render(a2, 17, tl=["丰泽区社会组织党委开展", "“联学共建”"], end="（通讯员 许志伟）")
    L += ["编辑：苏雅琳  美编：陈小川"]
    save(pub, d, "A07", "txt", L, [a0, a1, a2], *F, [])

    # page 2 (January; December event)
    d = "2024-01-05"
    a1 = A("晋江市民政局：“两新”党建助力民营经济",
           ["12月28日，晋江市民政局联合市委社会工作部召开行业协会商会党建工作推进会，总结一年来党建引领行业协会商会服务民营经济发展的做法。",
            "据统计，晋江市已有 43家行业协会商会建立党组织，开展“党建+”服务活动 200余场。"],
           attribution="本报讯（记者 王志鹏 通讯员 施雅婷）", source=pub, province="福建", agency="晋江市民政局",
           date="2023-12-28", people=["王志鹏", "施雅婷"], tags=["dateline", "year_boundary", "title_after", "stray_spaces"])
    a2 = A("南安：年终岁末走访困难党员",
           ["岁末年初，南安市民政局党员干部分组走访慰问困难党员、老党员 60余人，送去慰问金和生活物资。",
            "走访中，大家详细了解老党员身体状况和生活需求。"],
           attribution="（南安市民政局供稿）", source="南安市民政局", province="福建", agency="南安市民政局",
           date=d, people=["洪丽珍"], captions=["图为党员干部走访慰问老党员。（洪丽珍 摄）"],
           tags=["relative_date", "captions"])
    a3 = A("石狮市社会组织党委举办党务知识竞赛",
           ["3日，石狮市社会组织党委举办党务知识竞赛，12支代表队围绕党章党规、“两个确立”等内容同台竞技。"],
           attribution="", source=pub, province="福建", agency="石狮市社会组织党委", date="2024-01-03",
           people=[], tags=["continued"])
    L = ["刺桐晚报", "A06  城事·党建", "1月5日 星期五", ""]
    L += render(a1, 16, lead="本报讯（记者 王志鹏 通讯员 施雅婷）")
    L += ["晋江市民政局：", "“两新”党建助力民营经济", ""]
    L += render(a2, 15, tl=["南安：年终岁末", "走访困难党员"], caps=[(1, ["图为党员干部走访慰问老党员。（洪丽珍", " 摄）"])], end="（南安市民政局供稿）")
    L += render(a3, 15, tl=["石狮市社会组织党委", "举办党务知识竞赛"], lead="本报讯 ")
    L += ["（下转A08版）", "", "编辑：苏雅琳"]
    a2["phenomena"].append("multi_line_title")
    a3["attribution"] = "本报讯"
    a3["phenomena"] += ["dateline", "multi_line_title"]
    save(pub, d, "A06", "txt", L, [a1, a2, a3], *F, [])

    # page 3
    d = "2024-10-18"
    a1 = A("永春县桃城镇“党建+养老”让老人乐享晚年",
           ["走进桃城镇留安村幸福院，老人们正在党员志愿者的陪伴下做手工。",
            "镇党委书记陈文忠介绍，全镇已建成 9个村级幸福院，由村党支部统筹运营，实现就餐、照料、文娱“一站式”服务。",
            "下一步，镇里将推动幸福院与卫生院签约，为老人提供上门医疗服务。"],
           attribution="本报记者 林雨桐 通讯员 颜丽萍", source=pub, province="福建", agency="桃城镇党委",
           date=d, people=["陈文忠", "林雨桐", "颜丽萍"], captions=["老人们在幸福院做手工。林雨桐 摄"],
           tags=["byline_top", "captions", "stray_spaces"])
    a2 = A("德化县民政局开展党纪学习教育“回头看”",
           ["10月中旬，德化县民政局开展党纪学习教育“回头看”，通过个人自查、支部互查等方式查漏补缺。"],
           attribution="（德化县民政局供稿）", source="德化县民政局", province="福建", agency="德化县民政局",
           date="2024-10-11", people=[], tags=["period_date", "title_after"])
    L = ["A05  城事·党建", "刺桐晚报", "10月18日  星期五", "", "永春县桃城镇“党建+养老”", "让老人乐享晚年", "", "本报记者 林雨桐", "通讯员 颜丽萍", ""]
    L += render(a1, 15, caps=[(1, ["老人们在幸福院做手工。", "林雨桐 摄"])])
    L += render(a2, 17, end="（德化县民政局供稿）")
    L += ["德化县民政局开展党纪", "学习教育“回头看”", "", "编辑：苏雅琳  校对：吴敏"]
    a1["phenomena"].append("multi_line_title")
    a2["phenomena"].append("multi_line_title")
    save(pub, d, "A05", "txt", L, [a1, a2], *F, [])

    # page 4
    d = "2025-06-27"
    a0 = A(None, ["会议还对全市社会组织党建示范点创建工作进行了部署，要求各县（市、区）年内各培育 2个以上示范点。"],
           attribution="（记者 黄思敏）", source=pub, province="福建", agency="泉州市委社会工作部", date="2025-06-24",
           people=["黄思敏"], tags=["continued", "title_none", "stray_spaces"])
    a1 = A("惠安女志愿服务队里的“红马甲”",
           ["在惠安县崇武镇，一支由 36名女党员组成的志愿服务队活跃在渔村街巷。",
            "队长曾秀玉说：“我们从小在这片海边长大，能为乡亲们做事，很光荣。”今年以来，服务队已开展助老、助学活动 50余次。"],
           attribution="（通讯员 庄晓婷）", source=None, province="福建", agency="崇武镇党委", date=d,
           people=["曾秀玉", "庄晓婷"], tags=["title_after", "name_verb", "relative_date", "stray_spaces"])
    a2 = A("泉州开展“七一”前夕慰问活动",
           ["6月下旬，泉州市民政局领导班子成员分别走访慰问生活困难党员和老党员，送去党的关怀。"],
           attribution="", source=None, province="福建", agency="泉州市民政局", date="2025-06-21", people=[],
           tags=["period_date"])
    L = ["刺桐晚报", "A07 城事·党建", "6月27日  星期五", "", "（上接A01版）"]
    L += render(a0, 16, end="（记者 黄思敏）")
    L += render(a1, 16, end="（通讯员 庄晓婷）")
    L += ["惠安女志愿服务队里的", "“红马甲”", ""]
    L += ["■ 泉州开展“七一”前夕慰问活动"] + render(a2, 16)
    L += ["编辑：苏雅琳  美编：陈小川"]
    a1["phenomena"].append("multi_line_title")
    save(pub, d, "A07", "txt", L, [a0, a1, a2], *F, [])


# ---------------------------------------------------------------- 井冈党建 (national magazine)
def dbl(L):
    out = []
    for l in L:
        out += [l, ""]
    return out


def jinggang():
    pub = "井冈党建"
    F = ("text", "magazine", "utf-8", False)
    # page 1: interview with a national body official
    d = "2023-12-01"
    a1 = A("推进社会组织党建高质量发展——访民政部社会组织管理局负责人",
           ["记者：今年以来，社会组织党建工作有哪些新进展？",
            "答：我们坚持以习近平新时代中国特色社会主义思想为指导，深入开展主题教育，推动全国性社会组织党组织“应建尽建”。目前，党的组织覆盖率持续提升。",
            "记者：下一步有什么考虑？",
            "答：一是加强政治引领，二是规范组织生活，落实“三会一课”，三是推动党建和业务深度融合，引导社会组织服务高质量发展。"],
           attribution="本刊记者 赵明轩", source=pub, province=None, agency="民政部", date=d,
           people=["赵明轩"], tags=["interview", "subtitle", "national_body", "byline_top", "double_spaced",
                                     "enumeration", "pull_quote", "multi_line_title"])
    L = ["井冈党建  2023年第12期", "", "推进社会组织党建高质量发展", "——访民政部社会组织管理局负责人", "本刊记者 赵明轩", ""]
    L += render(a1, 20, blank=False, pq=(1, ["“推动党建和业务", "深度融合”"]))
    L += ["封面故事"]
    L += ["JINGGANG DANGJIAN"]
    save(pub, d, "p12", "txt", dbl(L), [a1], *F, ["double_spaced"])

    # page 2
    d = "2024-03-01"
    a1 = A("红土地上的“领头雁”——福建长汀县基层党组织书记队伍建设纪实",
           ["在福建长汀，一批又一批村党组织书记带领群众治山治水，把昔日的“火焰山”变成了“花果山”。",
            "“书记强不强，群众心里有杆秤。”长汀县委组织部负责人刘振华说，县里每年举办村党组织书记轮训班，推动“领头雁”队伍整体优化提升。",
            "三洲村党支部书记戴春生说，党员带头种杨梅、办合作社，村集体经济收入从不足 5万元增加到 60多万元。"],
           attribution="本刊记者 钟晴", source=pub, province="福建", agency="长汀县委组织部", date=d,
           people=["刘振华", "戴春生", "钟晴"], tags=["subtitle", "multi_line_title", "byline_top",
                                                    "double_spaced", "name_verb", "pull_quote", "stray_spaces"])
    L = ["井冈党建  2024年第3期", "基层观察", "红土地上的“领头雁”", "——福建长汀县基层党组织书记队伍建设纪实", "本刊记者 钟晴", ""]
    L += render(a1, 18, blank=False, pq=(0, ["“书记强不强，", "群众心里有杆秤。”"]))
    L += ["JINGGANG DANGJIAN"]
    save(pub, d, "p28", "txt", dbl(L), [a1], *F, ["double_spaced", "column_label"])

    # page 3
    d = "2024-08-01"
    a1 = A("深入学习贯彻二十届三中全会精神 以改革创新推进机关党建——中央和国家机关工委部署机关党建重点任务",
           ["7月下旬，中央和国家机关工委召开会议，传达学习二十届三中全会精神，研究部署机关党建重点任务。",
            "会议强调，要深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，把学习贯彻全会精神同推进模范机关建设结合起来，以机关党建高质量发展服务中国式现代化。"],
           attribution="本刊编辑部", source=pub, province=None, agency="中央和国家机关工委", date="2024-07-21",
           people=[], tags=["kicker", "subtitle", "multi_line_title", "national_body", "period_date", "double_spaced", "byline_top"])
    a2 = A("党员书架",
           ["《新时代机关党建工作实务》一书由党建读物出版社出版，围绕“三会一课”、主题党日、党员教育管理等内容，收录各地机关党建案例 60个。"],
           attribution="", source=None, province=None, agency=None, date=d, people=[], tags=["double_spaced"])
    L = ["井冈党建", "2024年第8期", "深入学习贯彻二十届三中全会精神", "以改革创新推进机关党建", "——中央和国家机关工委部署", "机关党建重点任务", "本刊编辑部", ""]
    L += render(a1, 20, blank=False)
    L += ["党员书架"] + render(a2, 20, blank=False)
    L += ["JINGGANG DANGJIAN"]
    save(pub, d, "p06", "txt", dbl(L), [a1, a2], *F, ["double_spaced"])

    # page 4
    d = "2025-02-01"
    a1 = A("民族团结一家亲“石榴籽”紧紧抱在一起——记浙江援疆干部与阿克苏社会组织党建结对",
           ["在新疆阿克苏，社会组织党建结对共建正在拉近两地群众的距离。",
            "阿克苏地区社会组织党委书记迪丽努尔·阿不都拉说：“浙江的社会组织带来了项目，也带来了好经验。”",
            "去年以来，两地共有 40余家社会组织结对，联合实施公益项目 30个。"],
           attribution="本刊记者 赵明轩 钟晴", source=pub, province="新疆", agency="阿克苏地区社会组织党委",
           date=d, people=["迪丽努尔·阿不都拉", "赵明轩", "钟晴"],
           tags=["kicker", "subtitle", "multi_line_title", "dot_name", "name_verb", "byline_top", "double_spaced",
                 "pull_quote", "relative_date", "stray_spaces"])
    P(a1, [a1["body"][0], "阿克苏地区社会组织党委书记迪丽努尔¦·阿不都拉说：“浙江的社会组织带来了项目，也带来了好经验。”", a1["body"][2]])
    L = ["井冈党建  2025年第2期", "民族团结一家亲", "“石榴籽”紧紧抱在一起", "——记浙江援疆干部与阿克苏", "社会组织党建结对", "本刊记者 赵明轩 钟晴", ""]
    L += render(a1, 17, blank=False, pq=(1, ["“带来了项目，", "也带来了好经验”"]))
    L += ["JINGGANG DANGJIAN"]
    save(pub, d, "p40", "txt", dbl(L), [a1], *F, ["double_spaced"])


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("永春融媒/2024-01-19/kuaixun.txt", 2, "agency", "岵山镇党委", "岵山镇", 1),
    ("永春融媒/2024-01-19/kuaixun.txt", 4, "agency", "东平镇党委", "东平镇", 1),
    ("刺桐晚报/2025-06-27/A07.txt", 2, "agency", "崇武镇党委", "惠安县崇武镇", 1),
    ("之江日报/2023-06-20/07.txt", 3, "agency", "嘉兴市南湖区社会组织党委", "南湖区社会组织党委", 7),
    ("之江日报/2023-11-14/07.txt", 2, "agency", "浙江省民政厅", None, 5),
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
    ('永春融媒/2025-05-23/kuaixun.txt', 1, 'title', None, '下洋镇', 2),
    ('永春融媒/2025-05-23/kuaixun.txt', 2, 'title', None, '县民政局', 2),
    ('永春融媒/2025-05-23/kuaixun.txt', 3, 'title', None, '石鼓镇', 2),
    ('永春融媒/2025-05-23/kuaixun.txt', 4, 'title', None, '社会组织', 2),
    ('赣江先锋网/2024-10-15/list_djdt.html', 3, 'date', '2024-10-15', '2024-10-13', 3),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('赣江先锋网/2024-10-15/list_djdt.html', 1, 'source', None, '赣江先锋网', '12.1'),
    ('赣江先锋网/2024-10-15/list_djdt.html', 2, 'source', None, '赣江先锋网', '12.1'),
    ('赣江先锋网/2024-10-15/list_djdt.html', 3, 'source', None, '赣江先锋网', '12.1'),
    ('赣江先锋网/2024-10-15/list_djdt.html', 4, 'source', None, '赣江先锋网', '12.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    zhijiang(); yongchun(); ganjiang(); yongjiang(); luling(); citong(); jinggang()
    with open(os.path.join(HERE, f"truth-{SET}.json"), "w", encoding="utf-8") as f:
        json.dump(_truth12_align(_truth11_align(_truth10_align(TRUTH))), f, ensure_ascii=False, indent=1)
    print(len(TRUTH), "pages", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
