#!/usr/bin/env python3
"""Generate the dev5c set of unseen pages and their ground truth (truth-dev5c.json).

Three publications, every article invented for this set (genre imitation only; every name of
a person is made up):
  昆仑兵团报    Xinjiang production-corps paper (provincial); PDF text layers, UTF-8, LF;
                12-15 character columns; running head 昆仑兵团报 + date/weekday + 版 split
                differently per page, footer 责任编辑/美编/校对; datelines
                本报石河子X月X日电（记者 …）; Uyghur and Kazakh names with · broken before or
                after the dot and followed at once by 说/表示/指出; 师/市/团场 bodies; 党建快讯
                strips of ● items without blank lines; a kicker + title + ——subtitle lead on
                page 1; titles after the attribution on the 2024-07-09 page; a January issue
                reporting late-December events.
  齐鲁党校学刊  Shandong party-school theory journal (theory); UTF-8, LF; folders written
                20240815 (issue of 第4期 etc.); two long pieces per page, the author alone under
                the title, 摘要：/关键词： lines, numbered subheadings 一、 and （一）, 一是…二是…,
                （作者系…）/（作者单位：…） at the end; running head 齐鲁党校学刊 2024年第N期
                (one line or split), section label 党建研究, page-number footer.
  渝民政网      Chongqing civil-affairs portal (html); an invented CMS: <div class="TRS_Editor">
                content, <p style> paragraphs with &nbsp; indents and <font> tags, images with
                their caption as a plain <p> under them, 来源/作者/时间 in one <span>; one
                page in GB18030 with CRLF; one page holding an article and a 延伸阅读 piece.

    python3 make_pages_dev5c.py        (writes the pages and truth-dev5c.json)

Markup in strings (never printed): ¦ a forced column break; ~ a stray space.

Conventions decided here (beyond truth-dev4c.json):
  * 昆仑兵团报: province of every 兵团/师/团场 body is 新疆.  The agency is the institution as
    printed with its 师 in front (第八师石河子市民政局); 兵团民政局 is written in full,
    新疆生产建设兵团民政局; a 团场's own organ is 一五〇团党委 etc.
  * A dateline is the attribution (as in dev4c); a top byline without dateline is the
    attribution; ● items carry no attribution; a ● marker line that holds a short headline is
    the item's title, a marker followed by the first sentence gives title null; the marker is
    in neither.  The label 党建快讯 is furniture.
  * 齐鲁党校学刊: the 摘要：… and 关键词：… lines are BODY paragraphs (prefix kept): they are the
    author's own text printed inside the article and a word only in them must find it; the
    section label 党建研究 and running head are furniture.  Numbered subheadings are body
    paragraphs.  Attribution = the author line under the title + the closing （作者…） note
    joined (as dev4c does), source null.  Pieces by scholars name no province and agency;
    a piece written by a body about its own work (中共临沂市民政局党组, 淄博市委社会工作部)
    gets that body as agency and 山东 as province.  Date = issue date (folder).
  * 渝民政网: attribution = the 来源/作者 part of the info span as printed (without 时间);
    source = the 来源 body (本网 → 渝民政网).  The 延伸阅读 piece is a separate article; the
    label 延伸阅读 is furniture, not its title; its closing （来源：…） is its attribution.
    Issue date = folder date = the 时间 of the info line.
  * slogans are computed from title + body (captions excluded) with the DOMAIN.md list and
    quoted “N个……” formulations.

aligned to docs/truth_conventions.md (round nine): an empty 作者： is not part of the attribution (渝民政网 2024-09-03).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 11 — 11 values, listed in _TRUTH10 and applied as the truth
is written; no page changes.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WD = "一二三四五六日"

SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
           "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
           "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
           "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]


def clean(s):
    return s.replace("¦", "").replace("~", "")


def slogans_of(text):
    t = re.sub(r"\s+", "", text)
    out = [s for s in SLOGANS if s in t]
    for m in re.finditer(r"“([一二三四五六七八九十两]个[^”]{1,12})”", t):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def A(**kw):
    a = dict(label=None, kicker=None, tlines=None, sub=None, byline=None, dateline=None,
             paras=[], caps={}, attr_end=None, title_after=False, marker=None, tags=[],
             people=[], source=None, province=None, agency=None, date=None, attribution=None)
    a.update(kw)
    return a


CLOSE = "，。、；：？！”’）》」』·%"


def wrap(text, w, indent=""):
    lines, cur = [], indent
    text = text + "\0"
    for k, ch in enumerate(text[:-1]):
        if ch == "¦":
            if cur.strip():
                lines.append(cur)
                cur = ""
            continue
        if ch == "~":
            cur += " "
            continue
        cur += ch
        if len(cur.replace(" ", "").replace("　", "")) >= w and text[k + 1] not in CLOSE:
            lines.append(cur)
            cur = ""
    if cur.strip():
        lines.append(cur)
    return lines


def truth_of(a, idate):
    title = None
    if a["tlines"]:
        title = (a["kicker"] or "") + "".join(clean(x) for x in a["tlines"]) + ("——" + clean(a["sub"]) if a["sub"] else "")
    body = [clean(p) for p in a["paras"]]
    if a["attribution"] is not None:
        attr = a["attribution"]
    elif a["dateline"]:
        attr = clean(a["dateline"])
    elif a["byline"] and a["attr_end"]:
        attr = clean(a["byline"]) + clean(a["attr_end"])
    elif a["byline"]:
        attr = clean(a["byline"])
    else:
        attr = clean(a["attr_end"] or "")
    caps = [clean(c) for i in sorted(a["caps"]) for c in a["caps"][i]]
    return dict(title=title, body=body, attribution=attr, source=a["source"], province=a["province"],
                agency=a["agency"], date=a["date"] or idate, people=a["people"],
                slogans=slogans_of((title or "") + "".join(body)), captions=[c[1:].lstrip() if c.startswith("▲") else c for c in caps], phenomena=a["tags"])


def render_text_article(a, w, indent):
    out = []
    if a["label"]:
        out.append(a["label"])
    tb = []
    if a["kicker"]:
        tb.append(a["kicker"])
    if a["tlines"] and not a["marker"]:
        tb += [x.replace("¦", "") for x in a["tlines"]]
    if a["sub"]:
        tb.append("——" + a["sub"])
    if not a["title_after"]:
        out += tb
    if a["byline"]:
        out += [a["byline"].replace("~", " ")] if "¦" not in a["byline"] else wrap(a["byline"], 40)
    if a["marker"]:
        if a["tlines"]:
            out.append(a["marker"] + clean(a["tlines"][0]))
            first = ""
        else:
            first = a["marker"]
    else:
        first = None
    for i, p in enumerate(a["paras"]):
        t = p
        if i == 0 and a["dateline"]:
            t = a["dateline"] + p
        if i == 0 and first:
            out += wrap(first + t, w)
        else:
            out += wrap(t, w, indent)
        for c in a["caps"].get(i, []):
            out += wrap(c, w)
    if a["attr_end"]:
        out += wrap(a["attr_end"], w)
    if a["title_after"]:
        out += tb
    return out


def write(rel, text, enc, crlf):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode(enc))


TRUTH = {}


def text_page(rel, head, foot, arts, w, indent, pkind, enc="utf-8", crlf=False, kind="text",
              page_tags=(), blank_between_items=True):
    idate = rel.split("/")[1]
    idate = idate if "-" in idate else f"{idate[:4]}-{idate[4:6]}-{idate[6:]}"
    lines = list(head) + [""]
    for a in arts:
        block = render_text_article(a, w, indent)
        lines += block
        if blank_between_items or not a["marker"]:
            lines.append("")
    lines += list(foot)
    write(rel, "\n".join(lines) + "\n", enc, crlf)
    tags = list(page_tags)
    for a in arts:
        for g in a["tags"]:
            if g not in tags:
                tags.append(g)
    TRUTH[rel] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind, phenomena=tags,
                      articles=[truth_of(a, idate) for a in arts])


def cnd(d):
    d = datetime.date.fromisoformat(d)
    return f"{d.year}年{d.month}月{d.day}日", "星期" + WD[d.weekday()]


# =============================================================================== 昆仑兵团报
P = "昆仑兵团报"
XJ = "新疆"


def kl_pages():
    d1 = "2024-04-16"
    ds, wd = cnd(d1)
    arts = [
        A(kicker="党建引领促振兴", tlines=["第八师石河子市打造连队", "“红色驿站”服务职工群众"],
          sub="第八师石河子市连队党建工作见闻",
          dateline="本报石河子4月15日电（记者 阿依古丽·¦吐尔逊 通讯员 赵建新）",
          paras=["15日上午，第八师石河子市民政局在一四三团召开连队党建工作现场推进会，推广连队“红色驿站”经验做法，推动党建~引领基层治理向连队末梢延伸。",
                 "走进一四三团十连“红色驿站”，政策咨询、代办服务、矛盾调解等事项一目了然。“过去办个证明要跑团部，现在在驿站就能办。”连队职工买买提·¦艾力说。",
                 "十连党支部书记哈力木拉提¦·努尔兰表示，连队党支部坚持“三会一课”制度，把驿站建成党员亮身份、作表率的阵地，今年以来党员志愿者累计服务职工群众1200余人次。",
                 "据了解，第八师石河子市已建成连队“红色驿站”86个，实现团场连队全覆盖。师市民政局党组书记、局长高卫东指出，要把驿站建设同学习贯彻习近平新时代中国特色社会主义思想结合起来，推动兵团民政事业高质量发展。"],
          caps={1: ["图为一四三团十连“红色驿站”党员志愿者为职工代办业务。（记者 阿依古丽·吐尔逊 摄）"]},
          tags=["kicker", "subtitle", "multi_line_title", "dateline", "half_day_date", "dot_name", "name_verb", "captions", "province_context"],
          people=["阿依古丽·吐尔逊", "赵建新", "买买提·艾力", "哈力木拉提·努尔兰", "高卫东"],
          source=P, province=XJ, agency="第八师石河子市民政局", date="2024-04-15"),
        A(tlines=["兵团民政局召开2024年", "机关党建工作会议"],
          paras=["4月12日，兵团民政局召开2024年机关党建工作会议，总结去年机关党建工作，部署今年重点任务。局党组书记、局长程立军出席会议并讲话。",
                 "会议要求，要严格落实“第一议题”制度，持续深化模范机关、清廉机关建设，坚定不移推进全面从严治党，以高质量党建引领保障兵团民政工作。",
                 "会上，局机关各党支部书记~作了述职。"],
          attr_end="（据新疆生产建设兵团民政局）",
          tags=["multi_line_title", "province_context"],
          people=["程立军"], source="新疆生产建设兵团民政局", province=XJ, agency="新疆生产建设兵团民政局",
          date="2024-04-12"),
        A(tlines=["第一师阿拉尔市社会组织", "综合党委开展主题党日活动"],
          paras=["4月上旬，第一师阿拉尔市社会组织综合党委组织所属社会组织党员赴三五九旅屯垦纪念馆开展主题党日活动，重温入党誓词，接受红色教育。",
                 "活动中，党员们围绕如何在服务职工群众中发挥先锋模范作用进行了交流。社会组织党员吾尔开希¦·阿不都热依木说，要把兵团精神转化为做好本职工作的动力。"],
          attr_end="（通讯员 马晓燕）",
          tags=["multi_line_title", "period_date", "dot_name", "name_verb", "province_context"],
          people=["吾尔开希·阿不都热依木", "马晓燕"], source=None, province=XJ,
          agency="第一师阿拉尔市社会组织综合党委", date="2024-04-01"),
    ]
    text_page(f"{P}/{d1}/01.txt", [P, f"{ds}  {wd}", "第1版  要闻"],
              ["责任编辑：韩振东  美编：王磊  校对：李梦"], arts, 13, "  ", "provincial",
              page_tags=["stray_spaces"])

    brief = "●"
    arts = [
        A(label="党建快讯", marker=brief, tlines=["第六师五家渠市民政局启动清廉机关建设月活动"],
          paras=["4月8日，第六师五家渠市民政局召开清廉机关建设月动员会，部署开展廉政党课、警示教育、家风建设等8项活动。"],
          tags=["briefs", "column_label", "province_context"], source=None, province=XJ,
          agency="第六师五家渠市民政局", date="2024-04-08"),
        A(marker=brief, paras=["4月10日，第二师铁门关市民政局组织党员干部到二十九团开展“学雷锋”志愿服务，为连队老人理发、测血压、讲解养老服务政策。"],
          tags=["briefs", "title_none", "province_context"], source=None, province=XJ,
          agency="第二师铁门关市民政局", date="2024-04-10"),
        A(marker=brief, paras=["近日，一〇二团民政办党支部联合团场社会组织开展“两学一做”读书分享会，30余名党员参加。"],
          tags=["briefs", "title_none", "relative_date", "province_context"], source=None, province=XJ,
          agency="一〇二团民政办", date=None),
        A(marker=brief, tlines=["第十师北屯市民政局举办党务干部培训班"],
          paras=["4月11日至12日，第十师北屯市民政局举办党务干部培训班，围绕发展党员、“三会一课”、党费收缴等内容进行辅导，师市民政系统40余名党务干部参加培训。"],
          tags=["briefs", "province_context"], source=None, province=XJ,
          agency="第十师北屯市民政局", date="2024-04-11"),
        A(marker=brief, paras=["日前，第三师图木舒克市社会组织党委为新成立的5个社会组织党支部授牌，并为支部书记赠送党建工作手册。"],
          tags=["briefs", "title_none", "relative_date", "province_context"], source=None, province=XJ,
          agency="第三师图木舒克市社会组织党委", date=None),
        A(marker=brief, tlines=["第八师石河子市社会组织综合党委表彰优秀党员"],
          paras=["4月9日，第八师石河子市社会组织综合党委表彰一批优秀党员。受表彰的是：热依汗·¦阿不都拉、陈建华、叶尔江¦·胡安、刘淑芬、沙吾列·哈森。"],
          tags=["briefs", "honour_list", "dot_name", "province_context"],
          people=["热依汗·阿不都拉", "陈建华", "叶尔江·胡安", "刘淑芬", "沙吾列·哈森"], source=None, province=XJ,
          agency="第八师石河子市社会组织综合党委", date="2024-04-09"),
        A(tlines=["石河子市：“小巷管家”", "守护居民幸福"], byline="本报记者 杨帆 吐尔洪·¦司马义",
          paras=["早上8点，北泉镇红光社区的“小巷管家”古丽巴哈尔·¦赛买提已经走完了负责的3栋楼。“哪家老人独居、哪户水管漏水，我心里都有本账。”她说。",
                 "今年以来，第八师石河子市民政局以党建引领城市社区治理，在全市选聘620名“小巷管家”，其中党员占比超过六成，让居民的“小事”在小巷里就能解决。",
                 "红光社区党委书记周晓丽表示，下一步将把“小巷管家”纳入社区、小区、楼栋“三级联动”机制，让服务更精准。"],
          caps={0: ["▲ “小巷管家”入户了解居民需求。（杨帆 摄）"]},
          tags=["byline_top", "dot_name", "name_verb", "captions", "relative_date", "multi_line_title", "province_context"],
          people=["杨帆", "吐尔洪·司马义", "古丽巴哈尔·赛买提", "周晓丽"], source=P, province=XJ,
          agency="第八师石河子市民政局", date=None),
    ]
    text_page(f"{P}/{d1}/03.txt", [ds, wd, P, "03  基层党建"],
              ["责任编辑：韩振东", "美编：王磊  校对：李梦"], arts, 15, "  ", "provincial",
              page_tags=["no_blank_lines", "stray_spaces"], blank_between_items=False)

    d2 = "2024-07-09"
    ds, wd = cnd(d2)
    arts = [
        A(tlines=["第七师胡杨河市民政局", "召开“七一”表彰大会"], title_after=True,
          paras=["7月1日上午，第七师胡杨河市民政局召开庆祝中国共产党成立103周年暨“七一”表彰大会。",
                 "会议表彰了一批优秀共产党员和优秀党务工作者。优秀共产党员：古丽孜热·¦买买提、张国强、努尔别克¦·吐尔逊；优秀党务工作者：李春梅、阿力木·热合曼。",
                 "局党组书记、局长唐志远指出，要深刻领悟“两个确立”的决定性意义，增强“四个意识”，做到“两个维护”。"],
          attr_end="（据第七师胡杨河市民政局）",
          tags=["title_after", "half_day_date", "honour_list", "dot_name", "name_verb", "multi_line_title", "province_context"],
          people=["古丽孜热·买买提", "张国强", "努尔别克·吐尔逊", "李春梅", "阿力木·热合曼", "唐志远"],
          source="第七师胡杨河市民政局", province=XJ, agency="第七师胡杨河市民政局", date="2024-07-01"),
        A(tlines=["第六师五家渠市举办社会", "组织党组织书记培训班"], title_after=True,
          dateline="本报五家渠7月5日电（记者 杨帆）",
          paras=["7月3日至5日，第六师五家渠市委社会工作部举办社会组织党组织书记培训班，60余名学员参加。",
                 "培训采取专题辅导、现场教学、交流研讨相结合的方式，重点解读了新修订的《中国共产党纪律处分条例》，引导学员以学正风、以学促干。"],
          tags=["title_after", "dateline", "multi_line_title", "province_context"],
          people=["杨帆"], source=P, province=XJ, agency="第六师五家渠市委社会工作部", date="2024-07-03"),
        A(tlines=["一五〇团：党员中心户", "架起连心桥"], title_after=True,
          paras=["近日，记者在一五〇团采访时看到，党员中心户门前挂着“有事找我”的牌子。",
                 "“家里孩子上学的事，是党员中心户帮着问清楚的。”连队职工帕提古丽·¦阿不来提说。",
                 "一五〇团党委按照每户联系10户职工群众的标准，在全团设立党员中心户154户，收集解决急难愁盼问题300余件。"],
          caps={1: ["▲ 党员中心户入户走访。（木拉提·别克 摄）"]},
          attr_end="（通讯员 木拉提·¦别克）",
          tags=["title_after", "relative_date", "dot_name", "name_verb", "captions", "multi_line_title", "province_context"],
          people=["帕提古丽·阿不来提", "木拉提·别克"], source=None, province=XJ, agency="一五〇团党委", date=None),
        A(tlines=["兵团民政局召开", "党纪学习教育警示教育会"], title_after=True,
          paras=["7月上旬，兵团民政局召开党纪学习教育警示教育会，通报近期违反中央八项规定精神典型案例。",
                 "会议强调，要坚决纠治“四风”，一体推进不敢腐~、不能腐、不想腐，以全面从严治党新成效护航兵团民政事业发展。"],
          attr_end="（来源：新疆生产建设兵团民政局）",
          tags=["title_after", "period_date", "multi_line_title", "province_context"],
          source="新疆生产建设兵团民政局", province=XJ, agency="新疆生产建设兵团民政局", date="2024-07-01"),
    ]
    text_page(f"{P}/{d2}/02.txt", [P, f"{ds} {wd} 第2版", "综合新闻"],
              ["责任编辑：孙海燕  美编：王磊", "校对：迪丽娜尔·肉孜"], arts, 12, "", "provincial",
              page_tags=["stray_spaces"])

    d3 = "2025-01-07"
    ds, wd = cnd(d3)
    arts = [
        A(tlines=["第八师石河子市民政局召开", "年度专题民主生活会"],
          dateline="本报石河子1月5日电（记者 阿依古丽·吐尔¦逊）",
          paras=["12月27日，第八师石河子市民政局召开年度专题民主生活会，局领导班子成员逐一对照检查，开展批评和自我批评。",
                 "局党组书记、局长高卫东表示，班子成员要把“两个确立”转化为做到“两个维护”的自觉行动，以学铸魂、以学增智，推动整改落实见到实效。"],
          tags=["dateline", "year_boundary", "name_verb", "multi_line_title", "province_context"],
          people=["阿依古丽·吐尔逊", "高卫东"], source=P, province=XJ, agency="第八师石河子市民政局", date="2024-12-27"),
        A(label="党建快讯", marker=brief,
          paras=["12月下旬，第四师可克达拉市民政局组织开展年度党员教育培训，通过专题党课、观看教育片等形式，引导党员干部坚定“四个自信”。"],
          tags=["briefs", "column_label", "title_none", "period_date", "year_boundary", "province_context"],
          source=None, province=XJ, agency="第四师可克达拉市民政局", date="2024-12-21"),
        A(marker=brief, tlines=["第九师白杨市社会组织综合党委召开党建述职评议会"],
          paras=["12月30日，第九师白杨市社会组织综合党委召开党组织书记抓党建述职评议会，12名社会组织党组织书记现场述职，努尔兰·¦卡德尔等3人作交流发言。"],
          tags=["briefs", "year_boundary", "dot_name", "province_context"],
          people=["努尔兰·卡德尔"], source=None, province=XJ, agency="第九师白杨市社会组织综合党委", date="2024-12-30"),
        A(marker=brief, paras=["1月3日，第十四师昆玉市民政局走访慰问困难党员和老党员，为他们送去慰问金和过冬物资。"],
          tags=["briefs", "title_none", "province_context"], source=None, province=XJ,
          agency="第十四师昆玉市民政局", date="2025-01-03"),
        A(marker=brief, paras=["近日，第五师双河市民政局机关党支部与八十九团连队党支部开展结对共建，签订共建协议。"],
          tags=["briefs", "title_none", "relative_date", "province_context"], source=None, province=XJ,
          agency="第五师双河市民政局", date=None),
        A(marker=brief, tlines=["一二一团：“三会一课”开出新气象"],
          paras=["日前，一二一团党委推行“三会一课”清单化管理，各连队党支部按月公示学习内容，党员参学率明显提高。"],
          tags=["briefs", "relative_date", "province_context"], source=None, province=XJ,
          agency="一二一团党委", date=None),
    ]
    text_page(f"{P}/{d3}/03.txt", [P, f"{ds}  {wd}", "第3版 基层党建"],
              ["责任编辑：韩振东  美编：王磊  校对：", "李梦"], arts, 14, "  ", "provincial",
              page_tags=["no_blank_lines", "stray_spaces"], blank_between_items=False)


# =============================================================================== 齐鲁党校学刊
Q = "齐鲁党校学刊"


def ql_pages():
    def author_theory(title_lines, sub, author, end, paras, tags, people, agency=None, province=None):
        return A(tlines=title_lines, sub=sub, byline=author, paras=paras, attr_end=end,
                 tags=["byline_top", "subheadings", "multi_line_title"] + tags, people=people,
                 agency=agency, province=province, source=None)

    arts1 = [
        author_theory(["以党的创新理论凝心铸魂", "推动机关党建高质量发展"], None, "宋文博",
                      "（作者系中共山东省委党校（山东行政学院）党的建设教研部副教授）",
                      ["摘要：机关党建是党的建设的重要组成部分。推动机关党建高质量发展，必须坚持用习近平新时代中国特色社会主义思想凝心铸魂，在理论武装、组织建设、作风建设上持续用力。",
                       "关键词：机关党建；理论武装；模范机关",
                       "一、坚持把理论武装作为首要任务",
                       "理论上的清醒是政治上坚定的前提。机关党组织要落实“第一议题”制度，把学习贯彻党的二十大精神同解决本单位实际问题结合起来，在以学铸魂、以学增智、以学正风、以学促干上下功夫。",
                       "二、坚持把组织体系建设作为基础工程",
                       "一是健全党支部工作制度，严格落实“三会一课”；二是加强党务干部队伍建设，推动党务工作和业务工作双向交流；三是完善考核评价机制，把党建工作成效纳入干部考核。",
                       "三、坚持把作风建设作为重要抓手",
                       "机关作风直接关系党在群众中的形象。要持之以恒落实中央八项规定精神，锲而不舍纠治“四风”，以模范机关建设的实际成效增强群众的获得感。"],
                      ["abstract_keywords", "enumeration"], ["宋文博"]),
        author_theory(["新时代社会组织党建", "工作的实践逻辑与路径"], "基于组织嵌入理论的分析", "孔令瑶~ 乔羽",
                      "（作者单位：中共山东省委党校（山东行政学院）科学社会主义教研部）",
                      ["摘要：社会组织党建是党的基层组织建设的重要领域。文章从组织嵌入的视角，分析社会组织党建“有形覆盖”向“有效覆盖”转变的实践逻辑，提出优化路径。",
                       "关键词：社会组织；党建引领；组织嵌入",
                       "一、问题的提出",
                       "近年来，社会组织数量快速增长，党的组织和工作覆盖面不断扩大，但一些社会组织党组织仍存在作用发挥不充分的问题。",
                       "二、优化路径",
                       "（一）强化政治引领。引导社会组织党员增强“四个意识”、坚定“四个自信”，把党的领导贯穿社会组织发展全过程。",
                       "（二）健全工作机制。推动登记管理机关、业务主管单位与社会组织党组织上下贯通，形成“三级联动”的工作格局。"],
                      ["abstract_keywords", "subtitle"], ["孔令瑶", "乔羽"]),
    ]
    text_page(f"{Q}/20240815/023.txt", [f"{Q}  2024年第4期", "党建研究"], ["· 23 ·"], arts1, 17, "　　", "theory",
              page_tags=["stray_spaces"])

    arts2 = [
        author_theory(["以“党建+”提升民政服务", "效能的实践与思考"], None, "中共临沂市民政局党组",
                      "（作者单位：临沂市民政局）",
                      ["近年来，临沂市民政局坚持党建引领，探索“党建+养老”“党建+救助”“党建+社会组织”等模式，推动党建工作与民政业务深度融合。",
                       "一、主要做法",
                       "一是建强支部堡垒。局机关7个党支部全部达到标准化规范化要求。二是创新服务载体。在全市养老机构设立党员先锋岗216个。三是强化考核督导，把服务对象满意度作为衡量党建成效的重要标准。",
                       "二、几点体会",
                       "实践表明，党建和业务不是“两张皮”。只有把党的政治优势、组织优势转化为服务优势，才能让民政服务更有温度。今后，我们将继续深化模范机关建设，以高质量党建推动民政事业高质量发展。"],
                      ["enumeration", "province_context"], [], agency="临沂市民政局", province="山东"),
        author_theory(["全面从严治党视域下", "清廉机关建设的着力点"], None, "邢晓东",
                      "（作者系中共济南市委党校副教授）",
                      ["摘要：清廉机关建设是全面从严治党向纵深发展的重要抓手。文章从制度、文化、监督三个维度提出清廉机关建设的着力点。",
                       "关键词：全面从严治党；清廉机关；权力监督",
                       "（一）以制度建设固本",
                       "制度带有根本性、全局性。要围绕权力运行关键环节完善内控机制，让制度成为硬约束。",
                       "（二）以廉洁文化铸魂",
                       "要把廉洁文化建设融入机关日常，常态化开展警示教育，筑牢拒腐防变的思想堤坝。",
                       "（三）以有效监督护航",
                       "要贯通党内监督和各类监督，强化对“一把手”和领导班子的监督，推动清廉机关建设见行见效。"],
                      ["abstract_keywords"], ["邢晓东"]),
    ]
    text_page(f"{Q}/20240815/031.txt", [Q, "2024年第4期", "党建研究"], ["· 31 ·"], arts2, 18, "　　", "theory",
              page_tags=[])

    arts3 = [
        author_theory(["深入学习贯彻二十届三中全会精神", "以改革精神推进机关党建"], None, "柏雪晴",
                      "（作者系中共山东省委党校（山东行政学院）教授）",
                      ["摘要：学习贯彻二十届三中全会精神，要求机关党建以改革~精神破解难题、以创新举措激发活力，为推进中国式现代化提供坚强保证。",
                       "关键词：二十届三中全会；机关党建；改革创新",
                       "一、深刻把握改革的政治方向",
                       "推进机关党建改革创新，必须深刻领悟“两个确立”的决定性意义，始终做到“两个维护”，确保改革沿着正确方向前进。",
                       "二、着力破解机关党建的突出问题",
                       "一是破解党建业务“两张皮”问题；二是破解基层党组织活动形式化问题；三是破解党员教育管理针对性不强的问题。",
                       "三、健全机关党建责任体系",
                       "要压紧压实机关党建主体责任，推动党组（党委）书记履行第一责任人职责，形成一级抓一级、层层抓落实的工作格局。"],
                      ["abstract_keywords", "enumeration"], ["柏雪晴"]),
        author_theory(["论党内政治文化建设的", "三重维度"], None, "颜思齐",
                      "（作者单位：山东大学马克思主义学院）",
                      ["党内政治文化是党的建设的灵魂工程。加强党内政治文化建设，需要从价值、制度和实践三个维度协同推进。",
                       "一、价值维度：坚守初心使命",
                       "党内政治文化的核心是共产党人的价值追求。要把“不忘初心、牢记使命”作为加强党的建设的永恒课题，涵养忠诚干净担当的政治品格。",
                       "二、制度维度：涵养政治生态",
                       "要严肃党内政治生活，用好批评和自我批评武器，让党内政治文化在制度运行中落地生根。",
                       "三、实践维度：知行合一",
                       "党员干部要在学思想、强党性、重实践、建新功中锤炼党性，以实际行动践行党的宗旨。"],
                      [], ["颜思齐"]),
    ]
    text_page(f"{Q}/20241015/018.txt", [f"{Q}  2024年第5期", "党建研究"], ["· 18 ·"], arts3, 17, "　　", "theory",
              page_tags=["stray_spaces"])

    arts4 = [
        author_theory(["党建引领社区治理的", "“淄博经验”"], None, "中共淄博市委社会工作部",
                      "（作者单位：中共淄博市委社会工作部）",
                      ["摘要：淄博市以党建引领城市基层治理，构建市、区县、街道“三级联动”工作体系，探索出一条超大规模社区治理的新路子。",
                       "关键词：党建引领；社区治理；淄博",
                       "一、做法与成效",
                       "一是织密组织体系，推动网格党支部全覆盖；二是整合服务资源，建成党群服务中心326个；三是激活多元主体，引导驻区单位、社会组织和志愿者参与社区治理。",
                       "二、经验与启示",
                       "党建引领社区治理，关键在于把党的组织优势转化为治理效能。要坚持以人民为中心，把群众满意作为检验工作成效的标准。"],
                      ["abstract_keywords", "enumeration", "province_context"], [], agency="淄博市委社会工作部", province="山东"),
        author_theory(["把“第一议题”制度", "落到实处"], None, "薛慕白",
                      "（作者系中共山东省委党校（山东行政学院）党建教研部讲师）",
                      ["“第一~议题~”制度是推动党的创新理论武装常态化、长效化的重要制度安排。",
                       "（一）在学深悟透上下功夫",
                       "要原原本本学习习近平总书记重要讲话和重要指示批示精神，做到学思用贯通、知信行统一。",
                       "（二）在贯彻落实上见实效",
                       "要建立“第一议题”学习贯彻台账，对照学习内容逐项明确落实措施，防止学习与工作脱节，以实际成效检验学习成果。"],
                      [], ["薛慕白"]),
    ]
    text_page(f"{Q}/20241215/042.txt", ["党建研究", Q, "2024年第6期"], ["· 42 ·"], arts4, 16, "　　", "theory",
              page_tags=["stray_spaces"])


# =============================================================================== 渝民政网
Y = "渝民政网"
CQ = "重庆"


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def yp(text, font=True):
    t = h(clean(text))
    if font:
        return f'<p style="text-indent:2em;line-height:1.8;"><font face="仿宋_GB2312" size="3">&nbsp;&nbsp;&nbsp;&nbsp;{t}</font></p>'
    return f'<p style="text-indent:2em;">&nbsp;&nbsp;{t}</p>'


def html_page(rel, title_html, info, body_html, enc="utf-8", crlf=False, tail="", title_text=""):
    charset = "gb2312" if enc == "gb18030" else "utf-8"
    o = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">",
         f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">",
         f"<title>{h(title_text)}-渝民政网</title>",
         "<link rel=\"stylesheet\" href=\"/images/yzmzw/css/art.css\"></head>",
         "<body><div class=\"yz_top\"><a href=\"/\"><img src=\"/images/yzmzw/logo.png\" alt=\"渝民政网\"></a>",
         "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/xwdt/\">新闻动态</a></li><li><a href=\"/qxdt/\">区县动态</a></li><li><a href=\"/djgz/\">党建工作</a></li></ul></div>",
         "<div class=\"yz_pos\">您现在的位置：<a href=\"/\">首页</a>&nbsp;&gt;&nbsp;<a href=\"/djgz/\">党建工作</a></div>",
         "<table class=\"yz_main\" width=\"1000\" align=\"center\"><tr><td>",
         title_html,
         f"<div class=\"yz_info\"><span>{info}</span>&nbsp;&nbsp;<span class=\"zh\">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>",
         "<div class=\"TRS_Editor\"><div class=\"Custom_UnionStyle\">",
         body_html,
         "</div></div>",
         tail,
         "</td></tr></table>",
         "<div class=\"yz_foot\"><p>渝民政网 版权所有&nbsp;&nbsp;未经授权 禁止复制</p><p>技术支持：渝民政网信息中心</p></div>",
         "</body></html>"]
    write(rel, "\n".join(o) + "\n", enc, crlf)


def yu_pages():
    # ---- page 1
    rel = f"{Y}/2024-05-20/t20240520_5123.html"
    paras = ["5月17日，渝中区民政局联合解放碑街道党工委，在八一路社区举办“党建引领·邻里守望”社区服务集市，20余家社会组织党组织现场提供政策咨询、助老服务等。",
             "“以前不知道去哪里问养老补贴，今天在集市上一次就问明白了。”居民冉桂芬说。",
             "渝中区民政局党组书记、局长陈家豪表示，将持续深化“三级联动”工作机制，推动社会组织党组织在社区治理中发挥更大作用，以党建引领提升基层治理水平。"]
    cap = "图为社会组织党员志愿者为居民提供政策咨询。（陈思远 摄）"
    body = "\n".join([yp(paras[0]), '<p align="center"><img src="/u/cms/yz/202405/17093122abcd.jpg" border="0" width="600"></p>',
                      f'<p style="text-align:center;"><font color="#0000ff">{h(cap)}</font></p>', yp(paras[1]), yp(paras[2])])
    title = "渝中区民政局举办社区服务集市"
    html_page(rel, f'<h1 class="yz_tit">{title}</h1>', "来源：渝中区民政局　作者：陈思远　时间：2024-05-20 10:32", body,
              title_text=title)
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="html", publication_kind="provincial",
                      phenomena=["html", "captions", "province_context", "name_verb"],
                      articles=[dict(title=title, body=paras, attribution="来源：渝中区民政局　作者：陈思远",
                                     source="渝中区民政局", province=CQ, agency="渝中区民政局", date="2024-05-17",
                                     people=["陈思远", "冉桂芬", "陈家豪"], slogans=slogans_of(title + "".join(paras)),
                                     captions=[cap], phenomena=["captions", "province_context", "name_verb"])])

    # ---- page 2 (GB18030, CRLF)
    rel = f"{Y}/2024-05-20/t20240520_5131.html"
    paras = ["近日，万州区民政局召开机关党建工作推进会，部署深化模范机关建设各项任务。",
             "会议明确了今年机关党建工作重点：一是深化理论武装，落实“第一议题”制度，每月开展一次专题学习；二是建强基层组织，推进机关党支部标准化规范化建设；三是加强作风建设，持续纠治“四风”，坚决落实中央八项规定精神。",
             "强化责任落实",
             "会议要求，各党支部书记要切实扛起第一责任人职责，把党建工作与民政业务同谋划、同部署、同落实。区民政局党组书记、局长向明辉出席会议并讲话。"]
    body = "\n".join([yp(paras[0], False), yp(paras[1], False),
                      f'<p style="text-indent:2em;"><strong><font face="黑体">{paras[2]}</font></strong></p>',
                      yp(paras[3], False)])
    title = "万州区民政局召开机关党建工作推进会"
    html_page(rel, f'<div class="yz_tit"><font size="5"><b>{title}</b></font></div>',
              "来源：万州区民政局　作者：谭静　时间：2024-05-20 16:05", body, enc="gb18030", crlf=True, title_text=title)
    TRUTH[rel] = dict(encoding="gb18030", crlf=True, kind="html", publication_kind="provincial",
                      phenomena=["html", "gb18030", "crlf", "relative_date", "enumeration", "subheadings", "province_context"],
                      articles=[dict(title=title, body=paras, attribution="来源：万州区民政局　作者：谭静",
                                     source="万州区民政局", province=CQ, agency="万州区民政局", date="2024-05-20",
                                     people=["谭静", "向明辉"], slogans=slogans_of(title + "".join(paras)),
                                     captions=[], phenomena=["relative_date", "enumeration", "subheadings", "province_context"])])

    # ---- page 3 (article + 延伸阅读)
    rel = f"{Y}/2024-09-03/t20240903_6078.html"
    p1 = ["8月28日至30日，九龙坡区社会组织党委举办社会组织党组织书记示范培训班，全区80余名社会组织党组织书记参加培训。",
          "培训班邀请市委党校专家围绕学习贯彻二十届三中全会精神作专题辅导，组织学员赴黄桷坪街道开展现场教学。",
          "学员代表、区养老服务协会党支部书记邓若曦表示，将把所学所悟转化为推动社会组织高质量发展的实际行动。"]
    cap = "培训班现场。（区社会组织党委供图）"
    p2 = ["2023年以来，九龙坡区探索建立区社会组织党委、街道社会组织党建工作站、社会组织党组织“三级联动”机制，实行党建指导员包联制度。",
          "目前，全区已选派党建指导员46名，联系指导社会组织党组织132个，社会组织党的组织覆盖和工作覆盖持续扩大。"]
    t2 = "九龙坡区社会组织党建“三级联动”机制"
    body = "\n".join([yp(p1[0]), '<p style="text-align:center"><img src="/u/cms/yz/202409/02151847x9k2.jpg"></p>',
                      f'<p style="text-align:center">{h(cap)}</p>', yp(p1[1]), yp(p1[2]),
                      '<p>&nbsp;</p>', '<p style="text-align:center"><font color="#c00000"><strong>【延伸阅读】</strong></font></p>',
                      f'<p style="text-align:center"><strong>{t2}</strong></p>', yp(p2[0]), yp(p2[1]),
                      '<p style="text-align:right">（来源：九龙坡区民政局）</p>'])
    title = "九龙坡区举办社会组织党组织书记示范培训班"
    html_page(rel, f'<h2 class="yz_tit">{title}</h2>', "来源：九龙坡区社会组织党委　作者：　时间：2024-09-03 09:18", body,
              title_text=title)
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="html", publication_kind="provincial",
                      phenomena=["html", "captions", "column_label", "province_context", "name_verb", "related_link"],
                      articles=[dict(title=title, body=p1, attribution="来源：九龙坡区社会组织党委",
                                     source="九龙坡区社会组织党委", province=CQ, agency="九龙坡区社会组织党委",
                                     date="2024-08-28", people=["邓若曦"], slogans=slogans_of(title + "".join(p1)),
                                     captions=[cap], phenomena=["captions", "province_context", "name_verb"]),
                                dict(title=t2, body=p2, attribution="（来源：九龙坡区民政局）", source="九龙坡区民政局",
                                     province=CQ, agency="九龙坡区民政局", date="2024-09-03", people=[],
                                     slogans=slogans_of(t2 + "".join(p2)), captions=[],
                                     phenomena=["column_label", "related_link", "province_context"])])

    # ---- page 4 (interview)
    rel = f"{Y}/2024-12-26/t20241226_7012.html"
    kicker = "访谈"
    t = "让党旗在民政服务一线高高飘扬"
    sub = "访沙坪坝区民政局党组书记、局长谭晓蕾"
    paras = ["岁末年初，记者就机关党建工作采访了沙坪坝区民政局党组书记、局长谭晓蕾。",
             "记者：今年区民政局在机关党建方面有哪些亮点？",
             "谭晓蕾：我们坚持以党的二十大精神为指引，深入推进模范机关建设，把党支部建在服务窗口上，推出“红岩先锋·民政为民”党建品牌。",
             "记者：如何让党建和业务深度融合？",
             "谭晓蕾：关键是找准结合点。一是把养老服务、社会救助等重点任务作为党建“书记项目”；二是组建党员突击队攻坚急难愁盼问题；三是开展“我为群众办实事”实践活动。",
             "记者：明年有什么打算？",
             "谭晓蕾：我们将深入学习贯彻二十届三中全会精神，推动全面从严治党向纵深发展，以机关党建高质量发展服务民政事业高质量发展。"]
    body = "\n".join(f'<p><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;{h(p)}</font></p>' for p in paras)
    tail = ('<div class="yz_xglj"><b>相关链接：</b><ul><li><a href="/djgz/t20241120_6931.html">沙坪坝区民政局开展党纪学习教育成果交流</a></li>'
            '<li><a href="/djgz/t20241009_6655.html">我市民政系统推进模范机关建设综述</a></li></ul></div>')
    html_page(rel, f'<h3 class="yz_yt">{kicker}</h3><h1 class="yz_tit">{t}</h1><h4 class="yz_ft">——{sub}</h4>',
              "来源：本网　作者：本网记者 何静　时间：2024-12-26 11:40", body, tail=tail, title_text=t)
    TRUTH[rel] = dict(encoding="utf-8", crlf=False, kind="html", publication_kind="provincial",
                      phenomena=["html", "interview", "kicker", "subtitle", "multi_line_title", "enumeration",
                                 "related_link", "province_context", "relative_date"],
                      articles=[dict(title=kicker + t + "——" + sub, body=paras,
                                     attribution="来源：本网　作者：本网记者 何静", source=Y, province=CQ,
                                     agency="沙坪坝区民政局", date="2024-12-26", people=["何静", "谭晓蕾"],
                                     slogans=slogans_of(kicker + t + sub + "".join(paras)), captions=[],
                                     phenomena=["interview", "kicker", "subtitle", "multi_line_title", "enumeration",
                                                "province_context", "relative_date"])])


def main():
    kl_pages()
    ql_pages()
    yu_pages()
    with open(os.path.join(HERE, "truth-dev5c.json"), "w", encoding="utf-8") as f:
        json.dump(_truth10_align(TRUTH), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("pages", len(TRUTH), "articles", sum(len(t["articles"]) for t in TRUTH.values()))


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
