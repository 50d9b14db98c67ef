#!/usr/bin/env python3
"""Generate the dev4b set of unseen pages and their ground truth (truth-dev4b.json).

Three publications, every article invented for this set (genre imitation only; every
person's name is made up):
  苗岭融媒                the media centre of 雷山县 (Guizhou), 简讯 pages: OCR'd text layers of
                          scans, UTF-8 with BOM and CRLF; misreads in the running head
                          (2O24, ]月) and a few in the body (明 for 6月, 2O24); ●/◆ items of
                          2-6 lines, some without a title (the item opens straight into its
                          text), a blank line inside some two-line titles, ▲ 图为… captions
                          with （通讯员 某某 摄）; one page has no blank lines at all.
  申江社会组织            Shanghai magazine on social-organisation party building; UTF-8,
                          double-spaced lines, paragraphs indented by two full-width spaces;
                          kicker + title + —— subtitle, an interview (——访…, 记者：/name：
                          turns, Uyghur/Kazakh names with ·), pull quotes, 编者按, ·23· page
                          numbers, "申江社会组织" + "2024年第5期" running head in two lines.
  青海民政机关党建简报    Word bulletin (.docx) of 青海省民政厅机关党委: masthead, a 目录 in two
                          issues, bold headings, an honour list, 一是/（一） enumerations,
                          报：/送：/发： lines and 共印N份.  Issue folders written 20240320.

    python3 make_pages_dev4b.py        (writes the pages and truth-dev4b.json)

Markup inside article strings (never printed):
  {名字}  a person's name (collected into "people")
  ¦       a forced line break of the printed column (a word/name broken across lines)
  ~       a stray space printed inside the Chinese text (not kept in the truth)

Conventions decided here (beyond those visible in truth-dev3a.json):
  * OCR misreads are kept in the truth as printed (明12日, 2O24年度); the date is what a reader
    of the page understands: 明12日 in a June issue is 6月12日.
  * 元旦前夕 / 今年以来 / 近日 name no day: the issue date stands.
  * A bulletin item with no attribution line has attribution "" and source null; an item
    ending （厅机关党委供稿） or （社会救助处党支部） has as source that unit written out in full
    (青海省民政厅机关党委, 青海省民政厅社会救助处党支部) and as agency the institution
    (青海省民政厅).  The bulletin's decision carrying the honour list has no attribution.
  * The magazine's 文/某某 byline at the top of an author piece (continued on another page, so
    no （作者单位） on this page): attribution "文/陆晓峰", source null as for author pieces in
    dev3a; province and agency from the piece's own unit (浦东新区社会组织综合党委).
  * Numbered subheadings (一、建强组织体系) and （一） items stay in the body as paragraphs;
    a pull quote (a body sentence repeated large) is furniture and appears once in the body.
  * Honour-list category headings and the list of units stay in the body; only the names
    of persons are people.
  * The magazine's 相关链接 box under the interview is an article of its own (tag
    related_link); the label 相关链接 is furniture.
  * Slogans are computed from title + body (whitespace removed): the DOMAIN.md list in
    canonical form plus quoted “N个……” formulations.
  * Briefs ending （通讯员 某某） have source null (as dev3a's 湘江融媒); （据雷山县民政局）
    gives source 雷山县民政局.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (新华路街道→长宁区新华路街道).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 7; kind 3 (an uncredited report of the paper or site
→ the paper, source) 2 — 9 values, listed in _TRUTH10 and applied as the truth is written; no page
changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 1 (slogans of the list, and quoted N个/N项/N张 formulations, in title or body) 1 — 1 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
"""
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


def clean(s):
    return re.sub(r"[{}¦~]", "", s)


def printed(s):
    return s.replace("{", "").replace("}", "").replace("~", " ")


def people_of(*ss):
    out = []
    for s in ss:
        for n in re.findall(r"\{([^}]+)\}", s):
            n = clean(n)
            if n not in out:
                out.append(n)
    return out


def slogans_of(text):
    t = re.sub(r"\s+", "", text)
    out = [s for s in SLOGANS if s in t]
    for m in re.findall(r"“([一二三四五六七八九十两]+个[^“”]{1,12}?)”", t):
        if m not in out:
            out.append(m)
    return out


def wrap(s, width, rnd, first=""):
    """Printed lines of a paragraph in a narrow column; ¦ forces a break."""
    lines = []
    s = first + printed(s)
    for seg in s.split("¦"):
        while seg:
            w = width - (1 if rnd.random() < 0.3 else 0)
            lines.append(seg[:w])
            seg = seg[w:]
    return lines


class A:
    def __init__(self, title, body, att, src, prov, ag, date, tags, caps=(), kicker=None,
                 subtitle=None, byline=None, note="", tlines=None, tblank=False):
        self.title, self.body, self.att = title, body, att
        self.src, self.prov, self.ag, self.date, self.tags = src, prov, ag, date, tags
        self.caps = list(caps)   # (index of paragraph after which it stands; -1 = after attribution, text)
        self.kicker, self.subtitle, self.byline, self.note = kicker, subtitle, byline, note
        self.tlines, self.tblank = tlines, tblank

    def truth(self):
        title = None
        if self.title is not None:
            title = clean((self.kicker or "") + self.title + (self.subtitle or ""))
        body = [clean(p) for p in self.body]
        att = clean(self.att)
        if self.byline:
            att = clean(self.byline) + clean(self.note)
        caps = [clean(c) for _, c in self.caps]
        ppl = people_of(self.byline or "", self.att, *self.body, *[c for _, c in self.caps])
        return {"title": title, "body": body, "attribution": att, "source": self.src,
                "province": self.prov, "agency": self.ag, "date": self.date,
                "people": ppl, "slogans": slogans_of((title or "") + "".join(body)),
                "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in caps], "phenomena": self.tags}


TRUTH = {}


def write_text(rel, lines, enc, crlf, meta, arts):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    nl = "\r\n" if crlf else "\n"
    data = (nl.join(lines) + nl)
    with open(path, "wb") as f:
        f.write(data.encode(enc))
    meta = dict(meta)
    meta["articles"] = [a.truth() for a in arts]
    TRUTH[rel] = meta


# ---------------------------------------------------------------- 苗岭融媒 (OCR briefs)
MIAO_HEAD = {
    "2024-06-14/02": ["2O24年6月14日 星期五", "苗岭融媒", "简 讯", "第2版"],
    "2024-06-14/03": ["2024年6月l4日 星期五", "苗岭融媒", "第3版  简讯"],
    "2024-09-20/02": ["苗岭融媒", "2024年9月2O日 星 期五  第2版", "简  讯"],
    "2025-01-10/02": ["2O25年]月10日 星期五", "苗岭融媒", "简讯  第2版"],
}
MIAO_FOOT = {
    "2024-06-14/02": ["雷山县融媒体中心主办", "责任编辑：杨秀芝　校对：吴春梅"],
    "2024-06-14/03": ["责任编辑：杨秀芝　校对：吴春梅", "雷山县融媒体中心主办"],
    "2024-09-20/02": ["雷山县融媒体中心主办", "责任编辑：杨秀芝　校对：吴春梅"],
    "2025-01-10/02": ["雷山县融媒体中心主办", "责任编辑：杨秀芝", "校对：吴春梅"],
}
GZ = "贵州"


def miao_pages():
    P = {}
    P["2024-06-14/02"] = ("●", True, [
        A("雷山县民政局召开模范机关建设推进会",
          ["明12日，雷山县民政局召开模范~机关建设推进会，传达学习上级有关会议精神，安排部署下一阶段“三级¦联动”重点工作。局党组书记、局长{杨昌¦林}要求，要把党建引领贯穿民政服务全过程。"],
          "（通讯员 {吴阿蓉}）", None, GZ, "雷山县民政局", "2024-06-12",
          ["province_context", "multi_line_title", "name_verb", "captions", "briefs"],
          caps=[(-1, "▲ 图为会议现场。（通讯员 {吴阿蓉} 摄）")],
          tlines=["雷山县民政局召开模范", "机关建设推进会"], tblank=True),
        A("西江镇开展“党员联户”入户走访",
          ["6月上旬，西江镇组织镇村党员干部深入羊排、东引等村寨，开展“党员联户”走访活动，收集群众急难愁盼问题~32条，现场解决19条。"],
          "（通讯员 {潘务你}）", None, GZ, "西江镇党委", "2024-06-01",
          ["province_context", "period_date", "briefs"]),
        A(None,
          ["近日，雷山县委社会工作部在丹江镇举办新就业群体党建工作座谈会，外卖骑手、网约车司机代表{文老¦吉}、{余正芬}等12人参加。大家表示，“红色驿站”让新就业群体有了歇脚的“家”。"],
          "（通讯员 {龙金榜}）", None, GZ, "雷山县委社会工作部", "2024-06-14",
          ["province_context", "relative_date", "title_none", "briefs"]),
        A("郎德镇社会组织联合党支部揭牌",
          ["6月11日上午，郎德镇社会组织联合党支部揭牌成立，镇党委书记{石光辉}为联合党支部授牌，首批纳入芦笙协会、刺绣合作社等社会组织7家。"],
          "（通讯员 {杨胜英}）", None, GZ, "郎德镇党委", "2024-06-11",
          ["province_context", "half_day_date", "briefs"]),
        A("大塘镇开展“清廉村寨”主题党日",
          ["6月7日，大塘镇组织机关党员到县廉政教育基地开展主题党日活动，重温入党誓词，观看警示教育片，引导党员干部严守中央八项¦规定，持续纠治“四~风”。"],
          "", None, GZ, "大塘镇党委", "2024-06-07",
          ["province_context", "captions", "briefs"],
          caps=[(0, "▲ 图为党员重温入党誓词。（通讯员 {李老九} 摄）")]),
    ])
    P["2024-06-14/03"] = ("◆", False, [
        A("县社会组织综合党委举办党务工作者培训",
          ["6月13日，雷山县社会组织综合党委举办社会组织党务工作者培训班，围绕“三会¦一课”、发展党员、党费收缴等内容进行专题辅导，全县40余家社会组织党组织负责人参加。"],
          "（通讯员 {吴阿蓉}）", None, GZ, "雷山县社会组织综合党委", "2024-06-13",
          ["province_context", "captions", "briefs"],
          caps=[(-1, "▲ 图为培训现场。（通讯员 {吴阿蓉} 摄）")]),
        A(None,
          ["6月上旬，望丰乡党委开展“学思想、强党性、重¦实践、建新功”专题党课进村寨活动，乡党委书记{唐金秀}以《守初心 担使命》为题，为三角田村党员群众讲授党课。"],
          "（通讯员 {文老吉}）", None, GZ, "望丰乡党委", "2024-06-01",
          ["province_context", "period_date", "title_none", "briefs"]),
        A("丹江镇养老服务站迎来“红色志愿者”",
          ["近日，丹江镇组织机关党员志愿者走进镇养老服务站，为老人理发、测血压、打扫卫生。志愿者{杨秀梅}说，能为老人做点实事，心里很踏实。"],
          "（通讯员 {龙金榜}）", None, GZ, "丹江镇党委", "2024-06-14",
          ["province_context", "relative_date", "name_verb", "briefs"]),
        A("永乐镇开展困难群众救助政策宣传",
          ["6月10日，永乐镇党委组织党员志愿服务队在永乐集市开展救助政策宣传，发放《社会救助政策明白卡》600余份，现场解答群众咨询80余人次。"],
          "（据雷山县民政局）", "雷山县民政局", GZ, "永乐镇党委", "2024-06-10",
          ["province_context", "briefs"]),
        A(None,
          ["6月12日，达地水族乡召开党建工作推进会，乡党委书记{潘志¦华}指出，要以党纪学习教育为抓手，推动全面从严治党向基层延伸。"],
          "（通讯员 {杨胜英}）", None, GZ, "达地水族乡党委", "2024-06-12",
          ["province_context", "title_none", "name_verb", "briefs"]),
    ])
    P["2024-09-20/02"] = ("●", True, [
        A("雷山县民政局开展“中秋送温暖”活动",
          ["9月13日，雷山县民政局党员干部分组走访慰问全县困难老人、留守儿童和残疾人家庭，送去月饼、食用油等慰问品，共走访~86户。"],
          "（通讯员 {吴阿蓉}）", None, GZ, "雷山县民政局", "2024-09-13",
          ["province_context", "captions", "briefs"],
          caps=[(-1, "▲ 图为党员干部走访慰问困难老人。（通讯员 {吴阿蓉} 摄）")]),
        A(None,
          ["9月中旬，方祥乡党委组织党员干部开展“苗寨夜话”活动，围绕护林防火、移风易俗等与群众拉家常、听意见。乡党委副书记{余光荣}表示，将把收集到的意见逐条建立台账。"],
          "（通讯员 {潘务你}）", None, GZ, "方祥乡党委", "2024-09-11",
          ["province_context", "period_date", "title_none", "name_verb", "briefs"]),
        A("西江镇“红色管家”进景区",
          ["今年以来，西江镇在千户苗寨景区设立党员先锋岗6个，组建“红色管家”服务队，由{侯阿¦保}、{唐银花}等党员带头开展游客服务和矛盾调解，累计解决问题200余件。"],
          "（通讯员 {文老吉}）", None, GZ, "西江镇党委", "2024-09-20",
          ["province_context", "relative_date", "briefs"]),
        A("县社会组织综合党委召开党纪学习教育总结会",
          ["9月18日上午，雷山县社会组织综合党委召开党纪学习教育总结会，对照“四个~意识”要求查摆问题，推动学习教育成果转化为工作成效。"],
          "", None, GZ, "雷山县社会组织综合党委", "2024-09-18",
          ["province_context", "half_day_date", "multi_line_title", "briefs"],
          tlines=["县社会组织综合党委召开", "党纪学习教育总结会"], tblank=True),
        A("郎德镇开展民宿消防安全检查",
          ["9月10日，郎德镇组织党员突击队对上郎德村32家民宿开展消防安全检查，发现并整改隐患15处。"],
          "（通讯员 {杨胜英}）", None, GZ, "郎德镇党委", "2024-09-10",
          ["province_context", "briefs"]),
        A(None,
          ["9月19日，大塘镇新桥村召开党员大会，选举产生新一届村党支部委员会，{吴正清}当选党支部书记。"],
          "（通讯员 {李老九}）", None, GZ, "大塘镇党委", "2024-09-19",
          ["province_context", "title_none", "briefs"]),
    ])
    P["2025-01-10/02"] = ("●", True, [
        A("雷山县民政局召开专题民主生活会",
          ["12月27日，雷山县民政局领导班子召开2O24年度专题民主生活会，局党组书记、局长{杨昌林}代表班子作对照检查，班子成员逐一开展批评和自我批评。"],
          "（通讯员 {吴阿蓉}）", None, GZ, "雷山县民政局", "2024-12-27",
          ["province_context", "year_boundary", "multi_line_title", "briefs"],
          tlines=["雷山县民政局召开", "专题民主生活会"], tblank=False),
        A("丹江镇表彰一批优秀共产党员",
          ["12月下旬，丹江镇党委召开表彰大会，对{杨秀梅}、{龙再兴}、{吴金¦妹}、{潘老二}、{石春燕}等5名优秀共产党员进行表彰。"],
          "（通讯员 {龙金榜}）", None, GZ, "丹江镇党委", "2024-12-21",
          ["province_context", "period_date", "honour_list", "year_boundary", "captions", "briefs"],
          caps=[(-1, "▲ 图为表彰现场。（通讯员 {龙金榜} 摄）")]),
        A(None,
          ["1月6日上午，雷山县委社会工作部组织全县社会组织党组织书记开展述职评议，{唐金秀}、{余光荣}等8名书记现场述职。"],
          "（通讯员 {潘务你}）", None, GZ, "雷山县委社会工作部", "2025-01-06",
          ["province_context", "half_day_date", "title_none", "briefs"]),
        A("西江镇开展冬季送温暖活动",
          ["元旦前夕，西江镇党员干部走访慰问困难群众和老党员，送去棉被、大米等物资。老党员{侯老¦吉}说，党和政府时刻惦记着我们，心里暖和。"],
          "（通讯员 {文老吉}）", None, GZ, "西江镇党委", "2025-01-10",
          ["province_context", "relative_date", "name_verb", "briefs"]),
        A("永乐镇开展冬季防火宣传",
          ["1月8日，永乐镇党委组织党员志愿者深入各村寨开展冬季防火宣传，发放宣传资料1200余份，排查整改火灾隐患23处。"],
          "（通讯员 {杨胜英}）", None, GZ, "永乐镇党委", "2025-01-08",
          ["province_context", "briefs"]),
    ])
    for key, (mark, blanks, arts) in P.items():
        rnd = random.Random(key)
        lines = list(MIAO_HEAD[key]) + [""]
        for a in arts:
            if a.title is None:
                lines += wrap(a.body[0], 14, rnd, first=mark + " ")
                rest = a.body[1:]
            else:
                tl = a.tlines or [a.title]
                lines.append(mark + " " + tl[0])
                for t in tl[1:]:
                    if a.tblank:
                        lines.append("")
                    lines.append(t)
                rest = a.body
            for i, p in enumerate(rest):
                lines += wrap(p, 14, rnd)
                for ci, c in a.caps:
                    if ci == i:
                        lines += wrap(c, 14, rnd)
            if a.att:
                lines.append(printed(a.att))
            for ci, c in a.caps:
                if ci == -1:
                    lines += wrap(c, 14, rnd)
            lines.append("")
        lines += MIAO_FOOT[key]
        if not blanks:
            lines = [l for l in lines if l.strip()]
        tags = ["ocr", "utf8_bom", "crlf", "stray_spaces", "province_context", "briefs"]
        if not blanks:
            tags.append("no_blank_lines")
        for a in arts:
            for t in a.tags:
                if t not in tags:
                    tags.append(t)
        write_text("苗岭融媒/%s.txt" % key, lines, "utf-8-sig", True,
                   {"encoding": "utf-8-sig", "crlf": True, "kind": "ocr",
                    "publication_kind": "county", "phenomena": tags}, arts)


# ---------------------------------------------------------------- 申江社会组织 (magazine)
SH = "上海"
MAG = "申江社会组织"


def mag_pages():
    P = {}
    interview = A("让“红色引擎”在楼宇里转起来",
        ["静安区商务楼宇密集，集聚各类社会组织~300~余家。近年来，区商务楼宇社会组织联合党委探索“楼宇党建+行业服务”模式，推动党的组织和工作有效覆盖。日前，本刊记者专访了联合党委书记{古丽娜尔·¦吐尔逊}。",
         "记者：楼宇里的社会组织规模小、流动快，党建工作从哪里破题？",
         "{古丽娜尔·吐尔逊}：我们从“找得到、建得起、管得住~”入手。一是摸清底数，逐幢楼宇建立社会组织台账；二是灵活组建，对党员不足3名的组织采取联合组建方式；三是选派党建工作指导员驻楼服务。",
         "记者：怎样让党组织活动对年轻社工有吸引力？",
         "{古丽娜尔¦·吐尔逊}：关键是把“三会一课”和业务结合起来。比如我们组织“楼宇微党课”，请一线社工讲自己的服务故事。来自新疆的社工{叶尔兰·努尔江}讲了他帮助外来务工人员子女融入社区的经历，很多年轻人听了深受触动。",
         "记者：下一步有什么打算？",
         "{古丽娜尔·吐尔逊}：我们将以学习贯彻党的二十大精神为主线，推动党建引领与社会组织高质量发展同频共振，让每一幢楼宇都亮起“红色灯塔”。"],
        "", MAG, SH, "静安区商务楼宇社会组织联合党委", "2024-05-15",
        ["interview", "province_context", "byline_top", "subtitle", "multi_line_title", "column_label", "dot_name", "pull_quote", "enumeration", "editor_note"],
        subtitle="——访静安区商务楼宇社会组织联合党委书记古丽娜尔·吐尔逊",
        byline="本刊记者 {沈佳雯} {顾一鸣}",
        tlines=["让“红色引擎”", "在楼宇里转起来"])
    interview.pull = ("关键是把“三会一课”", "和业务结合起来。", 3)
    link = A("静安区楼宇党建“五个一”工作法",
        ["每幢重点楼宇建立一个党群服务站、配备一名党建工作指导员、建立一张社会组织清单、每月开展一次主题党日、每年办好一批为民实事项目。"],
        "（来源：静安区社会组织服务中心）", "静安区社会组织服务中心", SH, "静安区社会组织服务中心", "2024-05-15",
        ["related_link", "province_context"])
    P["2024-05-15/23"] = ("2024年第5期", "两新党建·访谈", [interview, link],
                          "编者按：楼宇是社会组织集聚的重要空间。本期起，本刊推出“楼宇党建”系列访谈，与读者分享基层一线的探索。")
    theory = A("筑牢社会组织党建“四梁八柱”",
        ["浦东新区登记社会组织~2600~余家，党建工作点多、线长、面广。近年来，新区社会组织综合党委坚持党建引领，着力在组织覆盖、工作覆盖和作用发挥上下功夫。",
         "一、建强组织体系",
         "按照“行业归口、属地兜底”原则，新区构建起综合党委—行业党委—基层党组织三级组织架构，推动“三级联动~”贯通到底。（一）抓行业党委建设。依托行业协会组建行业党委8个。（二）抓联合党组织建设。对党员人数不足的社会组织实行区域联建。",
         "二、规范组织生活",
         "坚持“第一议题”制度，把学习习近平新时代中国特色社会主义思想作为党组织会议首要议题。一是落实“三会一课”制度；二是开展“书记讲党课”；三是推行组织生活纪实管理。",
         "三、激发服务效能",
         "引导社会组织党员在养老助残、社区治理、应急救援等领域亮身份、作表率，推动社会组织高质量发展。"],
        "", None, SH, "浦东新区社会组织综合党委", "2024-05-15",
        ["kicker", "subtitle", "multi_line_title", "byline_top", "subheadings", "enumeration", "pull_quote", "continued", "province_context", "column_label"],
        kicker="以高质量党建引领社会组织健康发展",
        subtitle="——浦东新区社会组织党建工作的实践与思考",
        byline="文/{陆晓峰}")
    theory.pull = ("坚持“第一议题”制度，把学习习近平新时代中国", "特色社会主义思想作为党组织会议首要议题。", 2)
    theory.cont = "（下转第26页）"
    P["2024-05-15/24"] = ("2024年第5期", "理论视窗", [theory], None)
    P["2024-08-15/12"] = ("2024年第8期", "工作动态", [
        A("市社会组织党建工作推进会召开",
          ["7月下旬，上海市社会组织党建工作推进会召开，总结上半年工作，部署下半年任务。会议要求，要深入学习贯彻二十届三中全会精神，以党建引领推动社会组织规范化建设。"],
          "（来源：上海市民政局）", "上海市民政局", SH, "上海市民政局", "2024-07-21",
          ["period_date", "province_context"]),
        A("徐汇区开展社会组织党组织书记轮训",
          ["8月5日至7日，徐汇区社会组织综合党委分三期举办党组织书记轮训班，围绕“第一~议题”制度、发展党员工作流程等开展培训，120余人参加。"],
          "（徐汇区社会组织综合党委供稿）", "徐汇区社会组织综合党委", SH, "徐汇区社会组织综合党委", "2024-08-05",
          ["province_context"]),
        A("杨浦区“两新”党员亮身份践承诺",
          ["今年以来，杨浦区组织社会组织党员开展“亮身份、践承诺”活动，设立党员示范岗86个。区社会组织综合党委书记{钱慧¦敏}表示，要让党员成为行业发展的“领头雁”。"],
          "（通讯员 {孙立群}）", None, SH, "杨浦区社会组织综合党委", "2024-08-15",
          ["relative_date", "name_verb", "province_context"]),
        A("闵行区社会组织党员志愿服务队成立",
          ["8月9日上午，由闵行区社会组织综合党委组建的社会组织党员志愿服务队成立，首批队员来自养老、助残、心理咨询等领域的38家社会组织。服务队队长{马合沙提·¦别克}说，大家将围绕“一老一小”开展常态化服务。"],
          "（本刊记者 {顾一鸣}）", MAG, SH, "闵行区社会组织综合党委", "2024-08-09",
          ["half_day_date", "dot_name", "name_verb", "province_context"]),
    ], None)
    feat = A("“社区合伙人”的党建密码",
        ["12月20日，长宁区新华路街道社会组织党群服务中心里格外热闹，12家社会组织与街道签订“社区合伙人”共建协议，认领为民服务项目~31~个。",
         "“过去是社会组织各干各的，现在有了党组织牵线，资源一下子活了。”街道社区党委书记{黄静怡}说。街道把社会组织党组织纳入区域化党建平台，实行需求、资源、项目“三张清单”管理。",
         "据介绍，街道还建立了社会组织党员积分制度，积分与评优评先挂钩，激励党员在社区治理中发挥作用。"],
        "", MAG, SH, "长宁区新华路街道", "2024-12-20",
        ["byline_top", "subtitle", "multi_line_title", "name_verb", "year_boundary", "province_context", "column_label"],
        subtitle="——长宁区新华路街道社会组织党建观察",
        byline="本刊记者 {沈佳雯}")
    short = A("市民政局机关党委召开2024年度党支部书记述职评议会",
        ["1月9日，上海市民政局机关党委召开2024年度党支部书记述职评议会，18名党支部书记逐一述职~。会议强调，要以模范机关、清廉机关建设为抓手，推动全面从严治党向纵深发展。"],
        "（来源：上海市民政局机关党委）", "上海市民政局机关党委", SH, "上海市民政局", "2025-01-09",
        ["multi_line_title", "province_context"],
        tlines=["市民政局机关党委召开2024年度", "党支部书记述职评议会"])
    P["2025-01-15/18"] = ("2025年第1期", "党建引领·基层实践", [feat, short], None)

    for key, (issue, label, arts, ednote) in P.items():
        rnd = random.Random(key)
        pno = key.split("/")[1]
        lines = []
        if int(pno) % 2 == 0:
            lines += ["·%s·" % pno, MAG, issue]
        else:
            lines += [MAG, issue]
        lines.append(label)
        if ednote:
            lines += wrap(ednote, 18, rnd)
        for a in arts:
            if a.kicker:
                lines.append(a.kicker)
            lines += (a.tlines or [a.title])
            if a.subtitle:
                lines += wrap(a.subtitle, 20, rnd)
            if a.byline:
                lines.append(printed(a.byline))
            if "related_link" in a.tags:
                lines.insert(len(lines) - 1, "相关链接")
            pull = getattr(a, "pull", None)
            for i, p in enumerate(a.body):
                if a.subtitle or a.kicker:
                    if len(clean(p)) <= 10 and "、" in p:
                        lines.append(printed(p))   # subheading
                        continue
                lines += wrap(p, 17, rnd, first="　　")
                if pull and pull[2] == i:
                    lines += [pull[0], pull[1]]
            if a.note:
                lines.append(printed(a.note))
            if a.att:
                lines.append(printed(a.att))
            if getattr(a, "cont", None):
                lines.append(a.cont)
        if int(pno) % 2 == 1:
            lines.append("·%s·" % pno)
        dbl = []
        for l in lines:
            dbl += [l, ""]
        tags = ["double_spaced", "stray_spaces", "province_context", "column_label"]
        if ednote:
            tags.append("editor_note")
        for a in arts:
            for t in a.tags:
                if t not in tags:
                    tags.append(t)
        write_text("申江社会组织/%s.txt" % key, dbl, "utf-8", False,
                   {"encoding": "utf-8", "crlf": False, "kind": "text",
                    "publication_kind": "magazine", "phenomena": tags}, arts)


# ---------------------------------------------------------------- 青海民政机关党建简报 (docx)
QH = "青海"
BN = "青海民政机关党建简报"
OFFICE = "青海省民政厅机关党委"
DEPT = "青海省民政厅"


def bulletin_pages():
    from docx import Document
    from docx.shared import Pt
    P = {}
    P["20240320"] = ("第3期", "2024年3月20日", True, [
        A("厅机关召开2024年机关党建工作会议",
          ["3月15日，厅机关召开2024年机关党建工作会议，总结2023年机关党建工作，部署2024年重点任务。厅党组书记、厅长{马德全}出席会议并讲话。",
           "{马德全}强调，要坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。一是抓实政治建设，落实“第一议题”制度；二是抓牢基层组织，推进党支部标准化规范化建设；三是抓严作风纪律，锲而不舍落实中央八项规定精神。",
           "厅机关各党支部书记、直属单位党组织负责人参加会议。"],
          "（厅机关党委供稿）", OFFICE, QH, DEPT, "2024-03-15",
          ["province_context", "name_verb", "enumeration", "contents_list", "bulletin_masthead"]),
        A("社会救助处党支部推进“三会一课”规范化建设",
          ["3月上旬，社会救助处党支部制定“三会一课”规范化建设工作方案，从以下方面抓落实：",
           "（一）建立学习清单。按月列出学习篇目，支部书记带头领学。",
           "（二）丰富党课形式。结合社会救助业务开设“业务微党课”，由党员轮流讲授。",
           "（三）强化督促检查。每季度对组织生活记录进行检查通报。"],
          "（社会救助处党支部）", "青海省民政厅社会救助处党支部", QH, DEPT, "2024-03-01",
          ["province_context", "period_date", "enumeration"]),
        A("西宁市民政局推进“党建+养老服务”融合发展",
          ["近日，西宁市民政局出台措施，推动党建工作与养老服务深度融合，在全市38个社区养老服务站设立党员服务岗，组织党员志愿者开展助餐、助洁、助医等服务。市民政局党组书记{赵文海}表示，要把党建引领的成效体现在老年人的获得感上。"],
          "（西宁市民政局供稿）", "西宁市民政局", QH, "西宁市民政局", "2024-03-20",
          ["province_context", "relative_date", "name_verb"]),
    ], ["报：厅党组成员", "送：省委省直机关工委", "发：厅机关各党支部、厅属各单位党组织", "共印40份"])
    P["20240628"] = ("第7期", "2024年6月28日", False, [
        A("厅机关党委关于表彰先进基层党组织、优秀共产党员和优秀党务工作者的决定",
          ["为庆祝中国共产党成立103周年，激励厅机关各级党组织和广大党员担当作为，经研究，决定对以下先进集体和个人予以表彰。",
           "一、先进基层党组织（3个）",
           "社会事务处党支部、养老服务处党支部、省社会福利院党总支",
           "二、优秀共产党员（6名）",
           "{才让卓玛}、{韩永福}、{马秀兰}、{李国栋}、{冶成林}、{索南措}",
           "三、优秀党务工作者（3名）",
           "{祁海英}、{张建军}、{仁青多杰}",
           "希望受表彰的先进集体和个人珍惜荣誉、再接再厉，为推动民政事业高质量发展作出新的更大贡献。"],
          "", None, QH, DEPT, "2024-06-28",
          ["province_context", "honour_list", "enumeration", "bulletin_masthead"]),
        A("厅机关开展“七一”主题党日活动",
          ["6月26日上午，厅机关各党支部组织党员赴西宁市中国工农红军西路军纪念馆开展主题党日活动，重温入党誓词，缅怀革命先烈。厅机关党委专职副书记{李淑琴}说，要传承红色基因，坚定“四个自信”，以实际行动践行“不忘初心、牢记使命”。"],
          "（厅机关党委供稿）", OFFICE, QH, DEPT, "2024-06-26",
          ["province_context", "half_day_date", "name_verb"]),
        A("厅党组举办党纪学习教育读书班",
          ["6月中旬，厅党组举办党纪学习教育读书班，采取集中学习、专题辅导、交流研讨相结合的方式，逐章逐条学习《中国共产党纪律处分条例》。",
           "读书班要求，要坚持以学铸魂、以学增智、以学正风、以学促干，把党纪学习教育成果转化为推动民政工作的实际成效。"],
          "", None, QH, DEPT, "2024-06-11",
          ["province_context", "period_date"]),
    ], ["报：厅党组成员", "送：省委省直机关工委、省纪委监委驻厅纪检监察组", "发：厅机关各党支部、厅属各单位党组织", "共印45份"])
    P["20241115"] = ("第12期", "2024年11月15日", True, [
        A("厅党组理论学习中心组专题学习二十届三中全会精神",
          ["11月12日，厅党组理论学习中心组召开专题学习会，深入学习党的二十届三中全会精神。{马德全}指出，要把学习贯彻二十届三中全会精神同推进中国式现代化民政实践结合起来，抓好各项改革任务落实。"],
          "（厅机关党委供稿）", OFFICE, QH, DEPT, "2024-11-12",
          ["province_context", "name_verb", "contents_list", "bulletin_masthead"]),
        A("海东市民政局开展“清廉民政”建设观摩活动",
          ["11月上旬，海东市民政局组织各县（区）民政局开展“清廉民政”建设观摩活动。一是实地观摩乐都区、互助县清廉机关建设阵地；二是召开交流会分享经验做法；三是梳理廉政风险点42个并制定防控措施。"],
          "（海东市民政局供稿）", "海东市民政局", QH, "海东市民政局", "2024-11-01",
          ["province_context", "period_date", "enumeration"]),
        A("养老服务处党支部与社区党委开展联学联建",
          ["11月7日，养老服务处党支部与城东区东关大街社区党委开展联学联建，共同学习党的二十大精神，走访社区老年助餐点。社区党委书记{多杰才让}表示，将与处党支部建立常态化联系机制。"],
          "（养老服务处党支部）", "青海省民政厅养老服务处党支部", QH, DEPT, "2024-11-07",
          ["province_context", "name_verb"]),
        A("省社会组织综合党委召开党建工作指导员座谈会",
          ["近日，省社会组织综合党委召开党建工作指导员座谈会，来自省级社会组织的20名党建工作指导员交流工作体会，就落实“三会~一课”、规范党费收缴等提出意见建议。"],
          "（省社会组织综合党委供稿）", "青海省社会组织综合党委", QH, "青海省社会组织综合党委", "2024-11-15",
          ["province_context", "relative_date"]),
    ], ["报：厅党组成员", "送：省委省直机关工委", "发：厅机关各党支部、厅属各单位党组织", "共印40份"])
    P["20250108"] = ("第1期", "2025年1月8日", False, [
        A("厅机关召开2024年度党支部书记抓党建工作述职评议会",
          ["12月30日，厅机关召开2024年度党支部书记抓党建工作述职评议会，12名党支部书记现场述职，厅党组成员逐一点评。{马德全}指出，要对照“四个意识”查差距，把全面从严治党要求落实到每一个支部。"],
          "（厅机关党委供稿）", OFFICE, QH, DEPT, "2024-12-30",
          ["province_context", "year_boundary", "name_verb", "bulletin_masthead"]),
        A("厅机关党委部署2025年机关党建重点工作",
          ["1月6日，厅机关党委召开会议，研究部署2025年机关党建重点工作。会议明确三方面任务：",
           "（一）深化理论武装。持续学习贯彻习近平新时代中国特色社会主义思想，推进模范机关建设。",
           "（二）夯实基层基础。开展党支部“星级评定”，推动支部建设提档升级。",
           "（三）驰而不息纠治“四风”。常态化开展警示教育，建设清廉机关。"],
          "（厅机关党委供稿）", OFFICE, QH, DEPT, "2025-01-06",
          ["province_context", "enumeration"]),
        A("玉树州民政局开展冬季送温暖活动",
          ["元旦前夕，玉树州民政局党员干部冒着严寒深入称多县、杂多县牧区，为困难群众送去棉衣、牛粪炉、酥油等物资。牧民{扎西尼玛}说，党的温暖送到了家门口。州民政局局长{才仁旺姆}表示，将持续做好冬春救助工作。"],
          "（玉树州民政局供稿）", "玉树州民政局", QH, "玉树州民政局", "2025-01-08",
          ["province_context", "relative_date", "name_verb"]),
    ], ["报：厅党组成员", "送：省委省直机关工委", "发：厅机关各党支部、厅属各单位党组织", "共印40份"])

    for key, (no, datestr, toc, arts, dist) in P.items():
        doc = Document()
        p = doc.add_paragraph()
        r = p.add_run(BN)
        r.bold = True
        r.font.size = Pt(26)
        doc.add_paragraph(no)
        doc.add_paragraph("中共青海省民政厅机关委员会编　　　　　　%s" % datestr)
        doc.add_paragraph("━" * 22)
        if toc:
            doc.add_paragraph("目  录")
            for a in arts:
                doc.add_paragraph(clean(a.title))
            doc.add_paragraph("─" * 22)
        for a in arts:
            h = doc.add_paragraph()
            hr = h.add_run(clean(a.title))
            hr.bold = True
            for b in a.body:
                para = doc.add_paragraph(printed(b).replace("¦", ""))
                if re.match(r"^[一二三四五]、", b):
                    para.runs[0].bold = True
            if a.att:
                doc.add_paragraph(printed(a.att))
        doc.add_paragraph("─" * 22)
        for d in dist:
            doc.add_paragraph(d)
        rel = "%s/%s/01.docx" % (BN, key)
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        doc.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
        doc.save(path)
        tags = ["docx", "bulletin_masthead", "distribution_lines", "province_context"]
        if any("~" in b for a in arts for b in a.body):
            tags.append("stray_spaces")
        if toc:
            tags.append("contents_list")
        for a in arts:
            for t in a.tags:
                if t not in tags:
                    tags.append(t)
        TRUTH[rel] = {"encoding": "docx", "crlf": False, "kind": "docx",
                      "publication_kind": "bulletin", "phenomena": tags,
                      "articles": [a.truth() for a in arts]}


def main():
    miao_pages()
    mag_pages()
    bulletin_pages()
    with open(os.path.join(HERE, "truth-dev4b.json"), "w", encoding="utf-8") as f:
        json.dump(_truth11_align(_truth10_align(TRUTH)), f, ensure_ascii=False, indent=1)
        f.write("\n")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("苗岭融媒/2024-06-14/02.txt", 2, "agency", "西江镇党委", "西江镇", 1),
    ("苗岭融媒/2024-06-14/02.txt", 5, "agency", "大塘镇党委", "大塘镇", 1),
    ("苗岭融媒/2024-06-14/03.txt", 3, "agency", "丹江镇党委", "丹江镇", 1),
    ("苗岭融媒/2024-09-20/02.txt", 3, "agency", "西江镇党委", "西江镇", 1),
    ("苗岭融媒/2024-09-20/02.txt", 5, "agency", "郎德镇党委", "郎德镇", 1),
    ("苗岭融媒/2024-09-20/02.txt", 6, "agency", "大塘镇党委", "大塘镇", 1),
    ("苗岭融媒/2025-01-10/02.txt", 4, "agency", "西江镇党委", "西江镇", 1),
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
    ('申江社会组织/2025-01-15/18.txt', 1, 'slogans', [], ['三张清单'], 1),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
