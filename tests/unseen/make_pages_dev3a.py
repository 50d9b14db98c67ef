#!/usr/bin/env python3
"""Generate the dev3a set of unseen pages and their ground truth (truth-dev3a.json).

Three publications, every article invented for this set (genre imitation only; names of
people are made up):
  燕赵社会报  Hebei provincial weekly; GB18030 text layers with CRLF, no blank lines at all,
              titles after body+attribution on half of the pages, □本报记者 … 通讯员 … bylines.
  秦岭党建    Shaanxi-based party-building magazine; UTF-8, double-spaced; kicker, two-line
              title, —— subtitle, author alone under the title, 编者按 before some articles
              (kept out of the article's body, as in the earlier truth), （一） and 一是 in the
              body, （作者系…）, pull quotes (a body sentence repeated in large type: furniture),
              ·12· page numbers and "2024年第3期" running heads.
  湘江融媒    county media centre of 湘潭县 (Hunan); OCR'd text layers, misreads in the running
              head and a few in the body (truth keeps the text as printed); ★/▲ brief items,
              some without title, ▲ 图为… captions, （通讯员 某某） endings.

    python3 make_pages_dev3a.py        (writes the pages and truth-dev3a.json)

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (雁塔区委社会工作部→西安市雁塔区委社会工作部).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 1 — 1 values, listed in _TRUTH10 and applied as the
truth is written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 1 (slogans of the list, and quoted N个/N项/N张 formulations, in title or body) 1 — 1 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
"""
import datetime
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
             width=None, double=None, title_gap=False, indent=None, pull=None, enote=None)
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
    if a["enote"]:
        for ln in wrap(a["enote"], width, rng, 0):
            out.append(ln)
            if double:
                out.append(None)
        out.append(None)
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
                # ... wrapped to the column like the rest of the item
                text = a["marker"] + " " + text

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
        if a["pull"] and a["pull"][0] == k:
            out.append(None)
            out += list(a["pull"][1])     # large type: one block, blank lines around
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


# ----------------------------------------------------------------------------- truth

def article_truth(a, page):
    title = None
    if a["title_pos"] != "none" and a["title"]:
        title = clean((a["kicker"] or "") + a["title"] + (a["sub"] or ""))
        title = ws(title)
    body = [ws(clean(p)) for p in a["body"]]
    attr_parts = list(a["byline"]) + ([a["dateline"]] if a["dateline"] else []) + list(a["end"])
    attribution = "".join(clean(x) for x in attr_parts).strip().lstrip("□")
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
    if a["pull"]:
        tag("pull_quote")
        assert ws("".join(a["pull"][1])) in ws(clean(a["body"][a["pull"][0]])) or any(
            ws("".join(a["pull"][1])) in ws(clean(p)) for p in a["body"]), a["pull"]
    if a["enote"]:
        tag("editor_note")
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
        "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in captions],
        "phenomena": tags,
    }


# ----------------------------------------------------------------------------- pages

PAGES = []          # filled by the publication sections below


def page(**kw):
    PAGES.append(kw)
    return kw


# === DATA ===

# ----------------------------------------------------------------------------- 燕赵社会报
# Hebei provincial weekly.  GB18030 + CRLF, no blank lines anywhere; on pages with
# title_after=True the e-paper text layer puts every title after its body/attribution.

YZ = "燕赵社会报"
YZ_FOOT = ["燕赵社会报社出版　新闻热线：0311-87650110"]


def yz_page(d, pg, editor, items, title_after=False, **kw):
    head = ["燕赵社会报　%s　第%d版" % (cn_date(d), pg), "责任编辑：%s" % editor]
    for it in items:
        if isinstance(it, dict) and title_after and it["title"]:
            it["title_pos"] = "after"
    kw.setdefault("encoding", "gb18030")
    return page(pub=YZ, date=d, page=pg, file="%02d.txt" % pg, pkind="provincial", header=head,
                footer=YZ_FOOT, items=items, no_blank=True, crlf=True, **kw)


def YA(**kw):
    kw.setdefault("province", "河北")
    tags = list(kw.pop("tags", []))
    kw["tags"] = ["province_context"] + tags
    return A(**kw)


yz_page("2023-06-14", 3, "孔令仪　美编：侯佳", seed=3101, width=17, stray=0.05, items=[
    YA(title="省民政厅召开机关党建¦工作推进会", byline=["□本报记者 {高书萍} 通讯员 {任立川}"], source=YZ,
       agency="河北省民政厅", date="2023-06-12", body=[
        "6月12日，省民政厅召开机关党建工作推进会，总结上半年机关党建工作，部署推进模范机关建设。厅党组书记、厅长{邢建章}出席会议并讲话。",
        "{邢建章}指出，要坚持把党的政治建设摆在首位，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，以主题教育为契机推动机关党建和业务工作深度融合。",
        "会上，厅机关5个党支部书记作了交流发言。",
    ]),
    YA(title="省社会组织党委举办¦党建工作指导员培训班", end=["（省社会组织党委供稿）"], source="河北省社会组织党委",
       agency="河北省社会组织党委", date="2023-06-01", tags=["period_date"], body=[
        "6月上旬，省社会组织党委在石家庄举办全省社会组织党建工作指导员培训班，来自11个设区市的120余名党建工作指导员参加培训。",
        "培训班邀请省委党校教授{乔慧敏}围绕学习贯彻习近平新时代中国特色社会主义思想主题教育作专题辅导，并就“三会一课”、发展党员、组织生活会等工作进行业务讲解。学员{阿依古丽·买买¦提}表示，将把所学用在指导社会组织党建的实际工作中。",
    ]),
    YA(title="廊坊市民政局开展¦“党员进社区”活动", byline=["□本报记者 {高书萍} 通讯员 {刘嘉禾}"], source=YZ,
       agency="廊坊市民政局", tags=["relative_date"], body=[
        "近日，廊坊市民政局机关党委组织党员干部走进广阳区新开路社区，开展政策宣讲、义诊咨询等志愿服务，发放宣传资料500余份。",
        "市民政局党组成员、副局长{黄德顺}表示，要推动党员干部在为民办实事中践行初心使命，把主题教育成效体现在群众的获得感上。",
    ]),
])

yz_page("2023-11-22", 2, "韦思敏　美编：侯佳", title_after=True, seed=3102, width=16, stray=0.05, items=[
    YA(title="省委社会工作部召开全省¦“两企三新”党建工作座谈会", byline=["□本报记者 {韩雪松}"], source=YZ,
       agency="河北省委社会工作部", date="2023-11-20", tags=["half_day_date"], body=[
        "11月20日上午，省委社会工作部召开全省“两企三新”党建工作座谈会，听取各设区市工作汇报，研究部署下一阶段重点任务。",
        "会议指出，要坚持党建引领，聚焦混合所有制企业、非公有制企业和新经济组织、新社会组织、新就业群体，持续扩大党的组织覆盖和工作覆盖。",
        "会议要求，要把学习贯彻党的二十大精神同推动社会工作高质量发展结合起来，推动各项任务落地见效。",
    ]),
    YA(title="保定市社会组织综合党委¦推进“两个覆盖”提质扩面", byline=["□本报记者 {高书萍} 通讯员 {宋一帆}"],
       source=YZ, agency="保定市社会组织综合党委", tags=["relative_date"], body=[
        "今年以来，保定市社会组织综合党委坚持“应建尽建、应覆盖尽覆盖”，新组建社会组织党组织46个，选派党建工作指导员210名，推动“两个覆盖”提质扩面。",
        "市社会组织综合党委书记{安志刚}说，下一步将以“三级联动”机制为抓手，推动市、县、乡三级协同发力，让党建引领在社会组织中落地生根。",
    ]),
    YA(title="省民政厅开展“清廉民政”¦主题党日活动", end=["（省民政厅供稿）"], source="河北省民政厅",
       agency="河北省民政厅", date="2023-11-11", tags=["period_date"], body=[
        "11月中旬，省民政厅机关各党支部联合开展“清廉民政”主题党日活动，组织党员干部参观省廉政教育基地，重温入党誓词。",
        "活动要求，党员干部要严格落实中央八项规定精神，持之以恒纠治“四风”，以清廉机关建设护航民政事业高质量发展。",
    ]),
])

yz_page("2024-01-10", 3, "孔令仪　美编：柴文静", seed=3103, width=18, stray=0.04, items=[
    YA(title="省民政厅召开2023年度机关¦党组织书记述职评议会", byline=["□本报记者 {韩雪松} 通讯员 {任立川}"],
       source=YZ, agency="河北省民政厅", date="2023-12-28", body=[
        "12月28日，省民政厅召开2023年度机关党组织书记抓基层党建工作述职评议会，厅机关各党支部书记逐一述职，接受现场评议。",
        "厅党组书记、厅长{邢建章}在点评时表示，要以主题教育成果推动机关党建提质增效，严格落实“第一议题”制度，把“三会一课”抓在经常、融入日常。",
    ]),
    YA(title="省社会组织党委通报表扬¦一批先进基层党组织和优秀党务工作者", end=["（省社会组织党委供稿）"],
       source="河北省社会组织党委", agency="河北省社会组织党委", date="2024-01-05", tags=["honour_list"], body=[
        "1月5日，省社会组织党委印发通报，对2023年度全省社会组织党建工作中表现突出的先进基层党组织和优秀党务工作者予以表扬。名单如下：",
        "先进基层党组织（5个）",
        "河北省物流与采购协会党支部、河北省老龄事业发展基金会党支部、河北省社会工作者协会党支部、石家庄市长安区悦邻社会工作服务中心党支部、承德市满族文化研究会党支部",
        "优秀党务工作者（8名）",
        "{郝振东}、{白玉兰}、{吴桂芬}、{那仁格日¦勒}、{关世宏}、{米娜瓦尔·¦艾力}、{赵立伟}、{苏雅琴}",
    ]),
    YA(title="衡水市民政局以“三级联动”¦推进模范机关建设", byline=["□本报记者 {高书萍}"], source=YZ,
       agency="衡水市民政局", cont_end="（下转第4版）", tags=["relative_date"], body=[
        "去年以来，衡水市民政局坚持市、县、乡“三级联动”，把模范机关建设作为“一把手”工程，建立局党组班子成员联系党支部制度，推动党建与业务同谋划、同部署、同考核。",
        "在养老服务领域，市民政局组织党员干部深入全市养老机构开展“党员先锋岗”创建活动，",
    ]),
])

yz_page("2024-07-17", 2, "韦思敏　美编：柴文静", title_after=True, seed=3104, width=16, stray=0.05, items=[
    YA(title="省委社会工作部组织¦新就业群体党员¦开展“七一”主题党日活动", byline=["□本报记者 {韩雪松} 通讯员 {马骁腾}"],
       source=YZ, agency="河北省委社会工作部", date="2024-07-01", body=[
        "7月1日，省委社会工作部组织快递员、外卖配送员、网约车司机等新就业群体中的党员代表，走进西柏坡纪念馆开展主题党日活动。",
        "活动中，党员们重温入党誓词，参观“新中国从这里走来”主题展览。",
        "外卖配送员党员{陈晓东}说：“作为新就业群体中的一名党员，我要在奔忙中守好初心，把服务送到群众心坎上。”",
    ]),
    YA(title="省民政厅党组理论学习中心组¦开展党纪学习教育专题学习", dateline="本报讯（记者 {高书萍}）", source=YZ,
       agency="河北省民政厅", date="2024-07-11", tags=["period_date"], body=[
        "7月中旬，省民政厅党组理论学习中心组围绕学习《中国共产党纪律处分条例》开展专题学习。",
        "会议强调，要把党纪学习教育同学习贯彻党的二十大精神结合起来，引导党员干部学纪、知纪、明纪、守纪，以学正风、以学促干。",
    ]),
    YA(title="张家口市民政局：党员志愿服务¦温暖“一老一小”", byline=["□本报记者 {高书萍} 通讯员 {其木格}"],
       source=YZ, agency="张家口市民政局", date="2024-07-10", tags=["half_day_date"], body=[
        "7月10日下午，张家口市民政局机关党委组织党员志愿者走进桥西区福利院和社区儿童之家，开展“情暖一老一小”志愿服务活动。",
        "局机关党委书记{郭志远}表示，要把党纪学习教育成果转化为服务群众的实际行动，让困难老人和儿童感受到党的温暖。",
    ]),
])

# ----------------------------------------------------------------------------- 秦岭党建
# Shaanxi-based magazine: running head "秦岭党建" / "2024年第3期" (the column layout splits
# it), page number ·12· at the foot; double-spaced; pull quotes are furniture.

QL = "秦岭党建"


def ql_page(d, issue, pg, items, **kw):
    head = [QL, "%s年第%d期" % (d[:4], issue)]
    foot = ["·%d·" % pg]
    return page(pub=QL, date=d, page=pg, file="%02d.txt" % pg, pkind="magazine", header=head,
                footer=foot, items=items, double=True, **kw)


ql_page("2022-10-15", 10, 18, seed=3201, width=20, stray=0.03, items=[
    A(label="理论视点", enote="编者按：党的二十大即将召开。本刊约请专家撰文，谈谈新时代机关党建如何更好服务中心、建设队伍，以飨读者。",
      kicker="以高质量党建服务高质量发展", title="新时代机关党建¦要在“两个服务”上下功夫",
      sub="——关于深化模范机关建设的几点思考", byline=["{杨文博}"],
      pull=(4, ["服务中心是机关党建的", "出发点和落脚点。"]), tags=["subheadings"], body=[
        "机关党建是党的建设的重要组成部分。新时代推进机关党建，必须紧扣服务中心、建设队伍两大任务，把模范机关建设不断引向深入。",
        "（一）在服务中心上体现政治担当",
        "服务中心是机关党建的出发点和落脚点。机关党组织要自觉站在“两个大局”的高度谋划工作，心怀“国之大者”，把党中央决策部署转化为推动高质量发展的具体行动。",
        "（二）在建设队伍上体现组织力量",
        "建设队伍是机关党建的基本任务。要严格落实“三会一课”、谈心谈话等制度，引导党员干部在重大任务一线锤炼党性、增长才干。",
        "（三）在作风建设上体现机关表率",
        "作风建设永远在路上。要锲而不舍落实中央八项规定精神，力戒形式主义、官僚主义，以好作风树立机关好形象。",
    ], end=["（作者系中共陕西省委党校党建教研部副教授）"]),
    A(label="实践探索", title="党建引领社会组织¦融入基层治理", sub="——甘肃省天水市的探索与实践",
      byline=["{马彦龙}"], province="甘肃", agency="天水市社会组织综合党委",
      tags=["province_context", "relative_date"], body=[
        "近年来，天水市社会组织综合党委坚持以党建引领社会组织参与基层治理，探索出一条“党建带社建、社建促治理”的路子。",
        "一是抓组织覆盖。依托社区党组织建立社会组织党建联盟，全市已有130余家社会组织纳入联盟管理。二是抓骨干培育。每年举办社会组织党组织书记轮训班，累计培训骨干600余人次。三是抓服务落地。引导社会组织围绕养老托育、困难帮扶等开展志愿服务，把党的温暖送到群众身边。",
        "实践表明，只有坚持党建引领，社会组织才能在基层治理中找准定位、发挥作用。",
    ], end=["（作者单位：天水市民政局）"]),
])

ql_page("2024-03-15", 3, 12, seed=3202, width=21, stray=0.03, items=[
    A(label="访谈", title="让党旗在新就业群体中¦高高飘扬", sub="——访西安市雁塔区委社会工作部部长{白玛央金}",
      byline=["本刊记者 {任思齐}"], source=QL, province="陕西", agency="西安市雁塔区委社会工作部",
      tags=["interview", "province_context"], body=[
        "记者：雁塔区新就业群体有哪些特点？",
        "{白玛央金}：雁塔区高校和商圈集中，快递员、外卖骑手、网约车司机超过3万人，流动性强、分布零散。我们从“找得到、联得上、管得住”入手，建立新就业群体党员台账。",
        "记者：怎样让他们感受到组织的温暖？",
        "{白玛央金}：我们在商圈、楼宇建成“暖新驿站”28个，提供歇脚、充电、饮水等服务，并邀请党员骑手参加主题教育专题党课，让他们在学习中坚定理想信念。",
        "记者：下一步有什么打算？",
        "{白玛央金}：我们将深入学习贯彻党的二十大精神，推动新就业群体党员亮身份、作表率，参与社区治理，让“流动的红色”成为城市一道风景。",
    ]),
    A(enote="编者按：学习贯彻习近平文化思想，民政系统如何从中华优秀传统文化中汲取治理智慧？本期刊发一篇思考文章。",
      title="以“两个结合”¦涵养新时代民政文化", sub="——学习习近平文化思想的体会", byline=["{赵可心}"],
      pull=(1, ["民政文化是民政事业的", "精神血脉。"]), body=[
        "民政文化是民政事业的精神血脉。推动新时代民政事业高质量发展，需要以“两个结合”为根本遵循，深入挖掘民政文化的时代价值。",
        "一是传承民本传统。“民为邦本，本固邦宁”，民政工作直接面向群众，要把以人民为中心的发展思想贯穿始终。二是弘扬守望相助。要把邻里互助、扶危济困的优良传统同现代社会救助、志愿服务结合起来。三是培育清廉文化。要以清廉机关建设为抓手，让崇廉尚洁在民政系统蔚然成风。",
        "推进“两个结合”，归根到底要落脚到解决群众急难愁盼问题上，让中国式现代化在民生领域可感可及。",
    ], end=["（作者系西北大学马克思主义学院教授）"]),
])

ql_page("2024-03-15", 3, 13, seed=3203, width=20, stray=0.03, items=[
    A(label="实践探索", kicker="宁夏银川市兴庆区", title="“三级联动”激活¦社区党建“一池春水”",
      byline=["{马晓梅}　{杨志勇}"], province="宁夏", agency="兴庆区民政局", tags=["province_context", "subheadings"],
      body=[
        "兴庆区是银川市的中心城区，辖区社区多、人口密。近年来，兴庆区民政局探索区、街道、社区“三级联动”机制，推动社区党建由“单打独斗”向“抱团发展”转变。",
        "（一）建强社区党组织",
        "全区各社区党组织严格落实“三会一课”制度，选优配强社区“两委”班子，社区党组织书记全部参加轮训。",
        "（二）用好社区议事平台",
        "社区党组织牵头组织居民议事会，今年以来共解决加装电梯、停车难等民生问题120余件，居民{马福祥}说，有事找党组织成了大家的习惯。",
    ], end=["（作者单位：银川市兴庆区民政局）"]),
    A(title="民政部召开全国性社会组织¦党建工作会议", dateline="本刊讯　", source=QL, agency="民政部",
      date="2024-02-21", tags=["national_body", "period_date"], body=[
        "2月下旬，民政部召开全国性社会组织党建工作会议，总结2023年工作，部署2024年重点任务。",
        "会议要求，要坚持以习近平新时代中国特色社会主义思想为指导，巩固拓展主题教育成果，推动全国性社会组织党的建设高质量发展，不断增强全面从严治党向社会组织延伸的实效。",
    ]),
])

ql_page("2025-06-15", 6, 30, seed=3204, width=22, stray=0.03, items=[
    A(label="理论视点", enote="编者按：二十届三中全会对健全党组织领导的社会治理体制作出部署。本期约请学者谈谈如何以改革精神加强社会组织党建。",
      kicker="深入学习贯彻二十届三中全会精神", title="以改革精神推进¦社会组织党建提质增效", byline=["{周墨涵}"],
      pull=(3, ["社会组织党建只有", "在改革中才能不断", "焕发活力。"]), tags=["subheadings"], body=[
        "社会组织党建只有在改革中才能不断焕发活力。学习贯彻二十届三中全会精神，要把改革精神贯穿社会组织党建工作全过程。",
        "（一）完善领导体制",
        "要理顺社会组织党建管理体制，发挥党委社会工作部门统筹作用，推动登记管理机关、行业管理部门各司其职、协同发力。",
        "（二）创新覆盖方式",
        "对规模小、党员少的社会组织，可采取联合组建、区域统建等方式扩大覆盖，防止“有形覆盖”代替“有效覆盖”。",
        "（三）压实工作责任",
        "要把全面从严治党要求延伸到社会组织，压实党组织书记抓党建第一责任，以高质量党建推动社会组织高质量发展。",
    ], end=["（作者系四川大学马克思主义学院副教授）"]),
    A(label="实践探索", title="宝鸡：“红色驿站”¦暖了新就业群体的心", byline=["{王文博}"], province="陕西",
      agency="宝鸡市委社会工作部", tags=["province_context", "relative_date"], body=[
        "今年以来，宝鸡市委社会工作部依托党群服务中心、商务楼宇等阵地，建成“红色驿站”96个，为快递员、外卖骑手提供休息、饮水、应急药品等服务。",
        "在渭滨区的一处驿站，外卖骑手{热依汗古丽·吐尔逊}表示，驿站就像自己的“第二个家”，累了能歇歇脚，还能参加党组织开展的学习活动。",
        "宝鸡市还推动新就业群体党员到社区报到，参与文明创建、邻里守望等活动，实现了从“服务对象”到“治理力量”的转变。",
    ], end=["（作者单位：宝鸡市委社会工作部）"]),
])

# ----------------------------------------------------------------------------- 湘江融媒
# county media centre of 湘潭县 (Hunan).  OCR'd scans: running heads written as the OCR read
# them (digits/characters misread by hand), a few body characters misread (kept in truth).
# Items opened by ★ or ▲; some items carry only the marker and the lead sentence.

XJ = "湘江融媒"
XJ_FOOT = ["编辑：罗湘君　审核：彭建国", "扫码关注湘江融媒"]


def xj_page(d, pg, head, items, **kw):
    return page(pub=XJ, date=d, page=pg, file="%02d.txt" % pg, kind="ocr", pkind="county", header=head,
                footer=XJ_FOOT, items=items, **kw)


def XT(marker, title, body, end, agency, date=None, tags=(), captions=()):
    """marker line carries the title"""
    return A(marker=marker, title=title, title_pos="marker", body=body, end=[end], agency=agency,
             province="湖南", date=date, captions=list(captions), tags=["province_context"] + list(tags))


def XS(marker, body, end, agency, date=None, tags=(), captions=()):
    """marker line carries the lead sentence, no title"""
    return A(marker=marker, title=None, title_pos="none", body=body, end=[end], agency=agency,
             province="湖南", date=date, captions=list(captions), tags=["province_context"] + list(tags))


xj_page("2024-01-12", 2, ["湘江融媒 · 动态", "2024年]月l2日　星期五　第2版"], seed=3301, width=14, stray=0.05, items=[
    XT("★", "湘潭县民政局召开2023年度党建工作述职会", [
        "12月28日上午，湘潭县民政局召开2023年度党支部书记抓党建工作述职评议会，3个党支部书记现场述职，局党组书记、局长{周建华}逐一点评。",
    ], "（通讯员 {谭晓芳}）", "湘潭县民政局", "2023-12-28", ["half_day_date"],
       [(-1, "▲ 图为述职评议会现场。（摄影 {谭晓芳}）")]),
    XT("★", "易俗河镇开展“暖冬行动”", [
        "12月30日，易俗河镇党委组织党员志原者走访辖区困难群众和独居老人，送去棉被、米油等慰问物资200余份。",
    ], "（通讯员 {刘雨萱}）", "易俗河镇党委", "2023-12-30"),
    XS("★", [
        "1月8日，湘潭县委社会工作部召开全县新就业群体党建工作推进会。会议要求，各乡镇要依托党群服务中心建设“暖新驿站”，把党的关怀送到快递员、外卖骑手身边。县委社会工作部部长{龙静怡}说，要以党建引领新就业群体融入基层治理。",
    ], "（通讯员 {易思远}）", "湘潭县委社会工作部", "2024-01-08"),
])

xj_page("2024-04-19", 2, ["湘江融谋 · 快讯", "2024年4月I9日　星期五　第2版"], seed=3302, width=15, stray=0.05, items=[
    XT("▲", "花石镇党委开展“清明祭英烈”主题党日", [
        "4月3日，花石镇党委组织机关党员和村（社区）党组织书记来到镇烈士陵园，开展“清明祭英烈”主题党日活动，重温入党誓词，缅怀革命先烈。",
    ], "（通讯员 {胡湘云}）", "花石镇党委", "2024-04-03",
       captions=[(-1, "▲ 图为党员向烈士敬献花篮。（摄影 {胡湘云}）")]),
    XS("▲", [
        "4月上旬，湘潭县民政局党组理论学习中心组开展党纪学习教育专题学习。局党组书记、局长{周建华}指出，要引导党员干部学纪、知纪、明纪、守纪，推动党纪学习教育走深走实。",
    ], "（通讯员 {谭晓芳}）", "湘潭县民政局", "2024-04-01", ["period_date"]),
    XT("▲", "射埠镇社会组织联合党支部成立", [
        "4月16日，射埠镇社会组织联合党支部成立，复盖辖区养老、助残、志愿服务等领域7家社会组织。镇党委书记{吴海军}表示，联合党支部要当好社会组织的“红色引擎”。",
    ], "（通讯员 {欧阳明轩}）", "射埠镇党委", "2024-04-16"),
])

xj_page("2024-08-09", 3, ["湘江融媒 · 动态", "2O24年8月9日　星期五　第3版"], seed=3303, width=13, stray=0.04,
        no_blank=True, items=[
    XT("★", "湘潭县民政局专题学习二十届三中全会精神", [
        "8月6日，湘潭县民政局党组召开理论学习中心组（扩大）学习会，专题学习二十届三中全会精神。",
        "会议要求，要把全会精神落实到养老服务、社会救助、儿童福利等民政工作中，推动民政事业高质量发展。",
    ], "（通讯员 {蒋一鸣}）", "湘潭县民政局", "2024-08-06"),
    XS("★", [
        "今年以来，石鼓镇以党建引领“一老一小”服务，建成村级幸福食堂5个、儿童之家3个，组建党员志愿服务队12支。",
    ], "（通讯员 {彭艺}）", "石鼓镇党委", None, ["relative_date"]),
    XT("★", "中路铺镇：党员干部冲在防汛一线", [
        "7月下旬，中路铺镇遭遇持续强降雨。镇党委组织200余名党员干部下沉一线，连夜转移受困群众300余人。村民{向秋菊}说，是党员干部冒雨把她一家接到了安置点。",
    ], "（通讯员 {龙腾}）", "中路铺镇党委", "2024-07-21", ["period_date"],
       [(-1, "▲ 图为党员干部转移受困群众。（摄影 {龙腾}）")]),
    XT("★", "县社会组织综合党委举办党务工作者培训班", [
        "8月7日，湘潭县社会组织综合党委举办社会组织党务工作者培训班，60余名党务工作者参加，围绕“三会一课”、党费收缴等进行业务培训。",
    ], "（通讯员 {易思远}）", "湘潭县社会组织综合党委", "2024-08-07"),
])

xj_page("2025-01-10", 2, ["湘江融媒 · 快讯", "2025年1月1O日　星期五　第2版"], seed=3304, width=14, stray=0.05,
        double=True, items=[
    XT("▲", "湘潭县民政局召开专题民主生活会", [
        "12月27日，湘潭县民政局党组召开2024年度民主生活会，班子成员开展批评和自栽批评。局党组书记、局长{周建华}表示，要坚决扛起全面从严治党主体责任，持之以恒纠治“四风”。",
    ], "（通讯员 {谭晓芳}）", "湘潭县民政局", "2024-12-27"),
    XS("▲", [
        "1月6日上午，湘潭县委社会工作部召开新就业群体代表座谈会。外卖骑手{黄志鹏}、快递员{邓丽娟}等12名代表围绕“暖新”服务提出意见建议。",
    ], "（通讯员 {易思远}）", "湘潭县委社会工作部", "2025-01-06", ["half_day_date"]),
    XT("▲", "易俗河镇表彰一批优秀共产党员", [
        "12月下旬，易俗河镇党委表彰2024年度优秀共产党员和优秀党务工作者。",
        "优秀共产党员：{张宏伟}、{李秀兰}、{罗建军}、{石玉梅}",
        "优秀党务工作者：{肖红霞}、{贺文斌}",
    ], "（通讯员 {刘雨萱}）", "易俗河镇党委", "2024-12-21", ["period_date", "honour_list"],
       [(-1, "▲ 图为表彰现场。（摄影 {刘雨萱}）")]),
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
        for pr in self_check(text, truth[rel]):
            problems.append(rel + ": " + pr)
    by_pub = {}
    for rel, lines in furniture.items():
        by_pub.setdefault(rel.split("/")[0], []).append(set(lines))
    for pub, sets in by_pub.items():
        if len(sets) > 1 and not set.intersection(*sets):
            problems.append(pub + ": no header/footer line common to all pages")
    with open(os.path.join(HERE, "truth-dev3a.json"), "w", encoding="utf-8") as f:
        json.dump(_truth11_align(_truth10_align(truth)), f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pr in problems:
        print("SELF-CHECK:", pr)
    print("%d pages, %d articles, %d problems" % (len(truth), sum(len(v["articles"]) for v in truth.values()), len(problems)))
    return 1 if problems else 0


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("湘江融媒/2024-08-09/03.txt", 2, "agency", "石鼓镇党委", "石鼓镇", 1),
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
    ('秦岭党建/2022-10-15/18.txt', 1, 'slogans', ['两个大局', '国之大者', '三会一课', '模范机关', '高质量发展', '中央八项规定'], ['两个大局', '国之大者', '三会一课', '模范机关', '高质量发展', '中央八项规定', '两个服务'], 1),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    sys.exit(main())
