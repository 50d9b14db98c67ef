#!/usr/bin/env python3
"""Generate the dev5b set of unseen pages and their ground truth (truth-dev5b.json).

Three publications, every article invented for this set (genre imitation only; every person's
name is made up):
  科尔沁民政            内蒙古 civil-affairs weekly (Fridays); PDF text layers in GB18030 with CRLF;
                        13-16 character columns, stray spaces, full-width paragraph indents;
                        running head 科尔沁民政 / date+weekday / 第N版, footer 责任编辑/美编/校对
                        (split over two lines on some pages); 本报记者 bylines at the top;
                        【党建园地】 and 基层党建·一线传真 labels; Mongolian names with and without
                        ·, broken before or after the dot; 上旬/中旬/下旬, 今年以来, 去年底; a
                        January issue with late-December events; one page without blank lines;
                        one title printed after its attribution.
  荆楚社会组织党建简报  Word bulletin (.docx) of 中共湖北省社会组织委员会; issue folders written
                        20240320; masthead (name, 第N期, office + date, a rule line), 目录,
                        bold item headings, one item without a heading, an honour list with
                        padded two-character names (张　伟), （一） and 一是 enumerations, 报/送/发.
  陇东晚报              庆阳 (甘肃) evening paper, OCR'd text layers of scans (kind ocr, UTF-8, LF);
                        misread running heads (2O24年, 星朝二, l for 1, 贵任编辑), a blank line
                        inside some two-line titles, titles after the articles on one page,
                        ▲ captions with （记者 某某 摄）, 本报讯（记者 … 通讯员 …） datelines,
                        上午/下午 dates.

    python3 make_pages_dev5b.py        (writes the pages and truth-dev5b.json)

Markup in article strings (never printed): ¦ marks where the column must break a line (the
lines before it are re-balanced so the break falls there).

Conventions decided here (beyond truth-dev4c.json):
  * 科尔沁民政 is a prefecture-level weekly; publication_kind "provincial" (no "city" kind);
    陇东晚报 likewise "provincial".  Province 内蒙古 / 甘肃 from 旗/盟/市/县 names.
  * Bulletin items: （某某供稿） / （据某某） are the attribution and name the source (the
    institution as printed, with the province prefixed where the item prints 省…); an item with
    no attribution line has attribution "" and source null; items written by the bulletin's own
    office about 省社会组织党委 have agency 湖北省社会组织党委.  The masthead, 目录 and 报/送/发
    lines are no articles.  Honour-list category headings (一、先进基层党组织 …) and the 、
    lists are body paragraphs, printed as they stand (padding spaces such as 张　伟 kept in
    the body); people list the names without the padding (张伟).
  * ▲ captions: the caption text is kept without the ▲ marker, with its （记者 某某 摄）
    credit; the photographer is a person of the article.
  * An OCR'd two-line title with a blank line inside it is one title (the lines joined).
  * 去年底 in a January issue gives no day: the issue date stands (tag relative_date).
  * Body paragraphs of the bulletin are the Word paragraphs; in the text layers a paragraph
    begins with an indent (full-width spaces in 科尔沁民政, two ASCII spaces in 陇东晚报).
"""
import datetime
import json
import os
import random
import re
import zipfile

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK = "一二三四五六日"

QUOTED = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
          "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
          "不忘初心、牢记使命"]
PLAIN = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
         "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
         "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
         "党的二十大精神", "二十届三中全会精神"]
CLOSING = "，。、；：？！”）》"
NUMBERED = re.compile(r"“([一二三四五六七八九十两]+[个项][^“”\s]{1,12})”")


def ws(s):
    return re.sub(r"\s+", "", s or "")


def slogans(title, body):
    t = ws((title or "") + "".join(body))
    out = [q for q in QUOTED if "“" + q + "”" in t]
    out += [p for p in PLAIN if p in t]
    for m in NUMBERED.findall(t):
        if m not in out:
            out.append(m)
    return out


def wrap(text, w, rng):
    """Cut a paragraph into column lines of about w characters; '¦' forces a break there."""
    segs = text.split("¦")
    lines = []
    carry = ""
    for i, seg in enumerate(segs):
        s = carry + seg
        carry = ""
        last = i == len(segs) - 1
        if last:
            while len(s) > w:
                n = w + rng.choice([-1, 0, 0, 0, 1])
                lines.append(s[:n])
                s = s[n:]
            if s:
                lines.append(s)
        else:
            k = max(1, round(len(s) / w))
            base, extra = divmod(len(s), k)
            pos = 0
            for j in range(k):
                n = base + (1 if j < extra else 0)
                lines.append(s[pos:pos + n])
                pos += n
    # no line of a typeset column begins with closing punctuation: pull it up a line
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in CLOSING and lines[i - 1]:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return [x for x in lines if x]


def stray(line, rng, p):
    if p <= 0 or len(line) < 4 or rng.random() > p:
        return line
    k = rng.randrange(1, len(line) - 1)
    return line[:k] + " " + line[k:]


def render_text(P, page_arts, head, foot, rng, blank=True):
    """page_arts: list of article dicts (render keys); returns the page's lines."""
    out = list(head)
    w = P["width"]
    for a in page_arts:
        if blank and out:
            out.append("")
        if a.get("label"):
            out.append(a["label"])
        tl = []
        if a.get("kicker"):
            tl.append(a["kicker"])
        tl += a.get("tlines", [])
        if a.get("sub"):
            tl.append(a["sub"])
        if not a.get("after"):
            for j, x in enumerate(tl):
                out.append(x)
                if a.get("title_gap") == j:
                    out.append("")
        if a.get("byline"):
            out.append(a["byline"])
        for k, para in enumerate(a["print_body"]):
            ind = P["indent"] if not a.get("noindent") else ""
            ls = wrap(ind + para, w, rng)
            ls = [stray(x, rng, P["stray"]) for x in ls]
            out += ls
            for c in a.get("caps", {}).get(k, []):
                out += wrap(c, w, rng)
        if a.get("attr_end"):
            out += a["attr_end"].split("¦")
        if a.get("after"):
            if blank:
                out.append("")
            for j, x in enumerate(tl):
                out.append(x)
                if a.get("title_gap") == j:
                    out.append("")
    if blank:
        out.append("")
    out += foot
    return out


TRUTH = {}


def add_truth(rel, enc, crlf, kind, pkind, ptags, arts):
    TRUTH[rel] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
                  "phenomena": ptags, "articles": arts}


def T(a, source, province, agency, date, people, tags, attribution=None):
    """Truth record of a rendered article dict."""
    title = None
    if a.get("tlines"):
        title = (a.get("kicker") or "") + "".join(a["tlines"]) + (a.get("sub") or "")
    body = [p.replace("¦", "") for p in a["body"]]
    caps = [c.replace("¦", "").lstrip("▲ ").strip() for k in sorted(a.get("caps", {})) for c in a["caps"][k]]
    caps = [c.replace("¦", "") for c in caps]
    return {"title": title, "body": body,
            "attribution": (attribution if attribution is not None else a.get("attr", "")).replace("¦", ""),
            "source": source, "province": province, "agency": agency, "date": date,
            "people": people, "slogans": slogans(title, body), "captions": caps, "phenomena": tags}


def art(body, dateline="", **kw):
    a = dict(kw)
    a["body"] = body
    pb = list(body)
    if dateline:
        pb[0] = dateline + pb[0]
    a["print_body"] = pb
    return a


def write(rel, text, enc, crlf):
    path = os.path.join(HERE, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- 科尔沁民政
def horqin():
    pub = "科尔沁民政"
    P = {"width": 14, "indent": "　　", "stray": 0.12}
    rng = random.Random(5201)

    def head(d, page, split=False):
        dd = datetime.date.fromisoformat(d)
        ds = f"{dd.year}年{dd.month}月{dd.day}日 星期{WEEK[dd.weekday()]}"
        if split:
            return ["科尔沁民政", ds, f"第{page}版　　民政·党建"]
        return ["科尔沁民政", f"{ds}　　第{page}版　　民政·党建"]

    def foot(split=False):
        if split:
            return ["责任编辑：萨仁高娃", "美编：周立新　校对：吴海英"]
        return ["责任编辑：萨仁高娃　美编：周立新　校对：吴海英"]

    # ---- 2024-04-12 / 01
    d = "2024-04-12"
    a1 = art(["4月上旬，通辽市民政局召开模范机关建设推进会，总结去年机关党建工作，对今年创建任务逐项分解到各党支部。",
              "局党组书记、局长敖其尔·¦巴特尔说，要把“第一议题”制度落到实处，引导党员干部深刻领悟“两个确立”的决定性意义，以模范机关建设带动民政业务高质量发展。",
              "会上，6个党支部书记围绕“支部建在业务链上”作了交流发言。"],
             label="【党建园地】", tlines=["通辽市民政局召开", "模范机关建设推进会"], byline="本报记者 包金花",
             attr="本报记者 包金花")
    a2 = art(["今年以来，科尔沁右翼前旗民政局指导12个嘎查党支部领办养老互助点，把党员中心户、低龄老人和志愿者组织起来，为独居、高龄老人提供助餐、代办、巡访服务。",
              "“以前老人家里有事要跑到苏木上，现在嘎查里的党员隔两天就上门看看。”乌兰毛都苏木巴彦嘎查党支部书记其木格说。",
              "下一步，旗民政局将把互助点纳入“三级联动”养老服务网络，年内实现有需求嘎查全覆盖。"],
             kicker="党建引领 老有所依", tlines=["科尔沁右翼前旗：嘎查党支部", "领办养老互助点"],
             caps={1: ["图为巴彦嘎查养老互助点党员志愿者为老人送餐。（特木尔 摄）"]},
             attr_end="（通讯员 哈斯图雅）", attr="（通讯员 哈斯图雅）")
    a3 = art(["4月9日上午，通辽市社会组织综合党委举办全市社会组织党组织书记培训班，90余名学员参加培训。",
              "市社会组织综合党委书记宝音¦·朝克图表示，要以党建引领推动社会组织规范发展，把党的工作有效覆盖延伸到行业协会商会和民办非企业单位。",
              "培训围绕“三会一课”、党费收缴使用、发展党员程序等内容开展专题辅导。"],
             dateline="本报讯（记者 包金花）", tlines=["通辽市社会组织综合党委", "举办党组织书记培训班"],
             attr="本报讯（记者 包金花）")
    a4 = art(["4月10日，扎鲁特旗民政局组成3个检查组，对全旗26个社会组织党组织落实“三会一课”制度情况开展专项检查，查阅会议记录、党员学习笔记，现场反馈问题18条。"],
             tlines=["扎鲁特旗民政局开展“三会一课”", "专项检查"], attr_end="（来源：扎鲁特旗民政局）",
             attr="（来源：扎鲁特旗民政局）")
    rel = f"{pub}/{d}/01.txt"
    lines = render_text(P, [a1, a2, a3, a4], head(d, 1), foot(), rng)
    write(rel, "\n".join(lines) + "\n", "gb18030", True)
    add_truth(rel, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "stray_spaces", "column_label", "byline_top", "period_date", "dot_name",
               "name_verb", "kicker", "multi_line_title", "captions", "relative_date", "dateline",
               "half_day_date", "province_context"],
              [T(a1, pub, "内蒙古", "通辽市民政局", "2024-04-01", ["包金花", "敖其尔·巴特尔"],
                 ["column_label", "byline_top", "period_date", "dot_name", "name_verb", "multi_line_title", "province_context"]),
               T(a2, None, "内蒙古", "科尔沁右翼前旗民政局", d, ["其木格", "特木尔", "哈斯图雅"],
                 ["kicker", "multi_line_title", "captions", "relative_date", "name_verb", "province_context"]),
               T(a3, pub, "内蒙古", "通辽市社会组织综合党委", "2024-04-09", ["包金花", "宝音·朝克图"],
                 ["dateline", "half_day_date", "multi_line_title", "dot_name", "name_verb", "province_context"]),
               T(a4, "扎鲁特旗民政局", "内蒙古", "扎鲁特旗民政局", "2024-04-10", [],
                 ["multi_line_title", "province_context"])])

    # ---- 2024-04-12 / 02
    b1 = art(["4月中旬，奈曼旗民政局会同旗委组织部推动8个苏木党委各明确1名班子成员联系辖区社会组织，实现党的工作联系服务全覆盖。",
              "白音他拉苏木党委书记巴特尔介绍，苏木已为辖区4家农牧民专业协会选派党建指导员，指导其建立党员活动日制度。",
              "旗民政局相关负责人表示，将把联系服务情况纳入苏木党委书记抓基层党建述职评议内容。"],
             label="基层党建·一线传真", tlines=["奈曼旗：苏木党委联系", "社会组织全覆盖"],
             byline="本报记者 包金花 阿拉坦仓", attr="本报记者 包金花 阿拉坦仓")
    b2 = art(["4月8日，霍林郭勒市民政局启动清廉机关建设宣传月活动，组织党员干部观看警示教育片、重温入党誓词，签订廉洁承诺书42份。",
              "活动期间，局机关党支部将开展“四风”问题自查自纠，严格落实中央八项规定精神。"],
             tlines=["霍林郭勒市民政局开展清廉机关", "建设宣传月活动"], attr_end="（据霍林郭勒市民政局）",
             attr="（据霍林郭勒市民政局）")
    b3 = art(["4月2日，库伦旗民政局机关党支部与茫汗苏木哈日干图嘎查党支部签订结对共建协议。",
              "嘎查党支部书记那木吉拉·额¦尔敦说：“结对以后，低保、临时救助政策有人来讲，牧民办事也知道找谁了。”",
              "双方约定每季度开展一次联学联建，共同为困难群众办实事。"],
             tlines=["库伦旗民政局党支部与嘎查", "结对共建"], attr_end="（通讯员 白玉荣）", attr="（通讯员 白玉荣）")
    b4 = art(["4月7日，开鲁县民政局为全县15名社会组织党建指导员颁发聘书，指导员将分片包联47家社会组织，帮助建立党组织、规范组织生活。",
              "县民政局党组书记刘海平强调，指导员要当好政策宣传员、组织生活督导员，推动社会组织党建工作与业务工作同部署、同落实。"],
             tlines=["开鲁县社会组织党建指导员上岗"], attr_end="（来源：开鲁县民政局）",
             attr="（来源：开鲁县民政局）", after=True)
    rel = f"{pub}/{d}/02.txt"
    lines = render_text(P, [b1, b2, b3, b4], head(d, 2, split=True), foot(split=True), rng)
    write(rel, "\n".join(lines) + "\n", "gb18030", True)
    add_truth(rel, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "stray_spaces", "column_label", "byline_top", "period_date", "multi_line_title",
               "dot_name", "name_verb", "title_after", "province_context"],
              [T(b1, pub, "内蒙古", "奈曼旗民政局", "2024-04-11", ["包金花", "阿拉坦仓", "巴特尔"],
                 ["column_label", "byline_top", "period_date", "multi_line_title", "province_context"]),
               T(b2, "霍林郭勒市民政局", "内蒙古", "霍林郭勒市民政局", "2024-04-08", [],
                 ["multi_line_title", "province_context"]),
               T(b3, None, "内蒙古", "库伦旗民政局", "2024-04-02", ["那木吉拉·额尔敦", "白玉荣"],
                 ["multi_line_title", "dot_name", "name_verb", "province_context"]),
               T(b4, "开鲁县民政局", "内蒙古", "开鲁县民政局", "2024-04-07", ["刘海平"],
                 ["title_after", "province_context"])])

    # ---- 2024-07-19 / 03
    d = "2024-07-19"
    c1 = art(["7月上旬，兴安盟民政局在全系统推行“四个一”党建业务融合工作法，即每月一次支部联学、一次业务攻坚、一次走访服务、一次讲评考核。",
              "盟民政局党组书记斯琴·图雅说，融合不是“两张皮”拼在一起，而是把支部建在项目上，让党员在急难险重任务中当先锋。",
              "目前，全盟民政系统已确定党建业务融合项目37个。"],
             label="【党建园地】", tlines=["兴安盟民政局：以“四个一”", "推动党建业务融合"], byline="本报记者 其其格",
             attr="本报记者 其其格")
    c2 = art(["7月16日下午，科尔沁右翼前旗社会组织综合党委在归流河镇召开社会组织党建工作现场观摩会，与会人员实地察看了3家社会组织党群服务站点。",
              "旗委社会工作部副部长娜仁花指出，要坚持党建引领，推动社会组织在乡村振兴、养老服务中发挥更大作用。"],
             dateline="本报讯（记者 其其格 通讯员 乌力吉）",
             tlines=["科尔沁右翼前旗召开社会组织", "党建工作现场观摩会"],
             attr="本报讯（记者 其其格 通讯员 乌力吉）")
    c3 = art(["7月10日至12日，通辽市民政局举办党纪学习教育读书班，局领导班子成员、各科室和直属单位负责人参加。",
              "读书班采取个人自学、集中研讨、警示教育相结合的方式，引导党员干部把中央八项规定精神刻印在心。",
              "局党组成员、副局长孟克巴雅尔作总结讲话。"],
             tlines=["通辽市民政局举办", "党纪学习教育读书班"], attr_end="（据通辽市民政局）", attr="（据通辽市民政局）")
    c4 = art(["今年以来，科左中旗委组织部在172个嘎查推行“红色议事厅”，由嘎查党支部牵头，每月召集党员、牧民代表商议低保评议、道路维修等民生事项。",
              "花吐古拉镇一名老党员额尔敦巴¦根说，大事小情摆到桌面上议，牧民心里更亮堂了。"],
             label="基层党建·一线传真", tlines=["科左中旗：嘎查“红色议事厅”", "议出民生实事"],
             caps={0: ["图为花吐古拉镇一处嘎查“红色议事厅”议事现场。（乌力吉 摄）"]},
             attr_end="（通讯员 白音仓）", attr="（通讯员 白音仓）")
    rel = f"{pub}/{d}/03.txt"
    lines = render_text(P, [c1, c2, c3, c4], head(d, 3), foot(), rng)
    write(rel, "\n".join(lines) + "\n", "gb18030", True)
    add_truth(rel, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "stray_spaces", "column_label", "byline_top", "period_date", "dot_name",
               "name_verb", "multi_line_title", "dateline", "half_day_date", "captions", "relative_date",
               "province_context"],
              [T(c1, pub, "内蒙古", "兴安盟民政局", "2024-07-01", ["其其格", "斯琴·图雅"],
                 ["column_label", "byline_top", "period_date", "dot_name", "name_verb", "multi_line_title", "province_context"]),
               T(c2, pub, "内蒙古", "科尔沁右翼前旗社会组织综合党委", "2024-07-16", ["其其格", "乌力吉", "娜仁花"],
                 ["dateline", "half_day_date", "multi_line_title", "province_context"]),
               T(c3, "通辽市民政局", "内蒙古", "通辽市民政局", "2024-07-10", ["孟克巴雅尔"],
                 ["multi_line_title", "province_context"]),
               T(c4, None, "内蒙古", "科左中旗委组织部", d, ["额尔敦巴根", "乌力吉", "白音仓"],
                 ["column_label", "multi_line_title", "captions", "relative_date", "province_context"])])

    # ---- 2025-01-10 / 02  (no blank lines)
    d = "2025-01-10"
    e1 = art(["12月下旬，通辽市民政局召开机关党支部书记抓党建述职评议会，7名党支部书记逐一述职，局党组班子成员现场点评。",
              "局党组书记、局长敖其尔¦·巴特尔指出，各支部要对照“三会一课”、主题党日等制度查摆问题，建立问题清单、整改清单，确保新年党建工作开好局。"],
             dateline="本报讯（记者 包金花）", tlines=["通辽市民政局召开党支部书记", "抓党建述职评议会"],
             attr="本报讯（记者 包金花）")
    e2 = art(["12月28日，扎鲁特旗委组织部举办的2024年度流动党员冬训班在鲁北镇开班，从外出务工、放牧点返乡的63名流动党员参加。",
              "冬训班安排了党的二十届三中全会精神辅导、民政惠民政策解读等课程。巴雅尔图胡硕镇党委书记额尔敦其木格表示，要让流动党员“离乡不离党、流动不流失”。"],
             label="基层党建·一线传真", tlines=["扎鲁特旗：牧区流动党员", "“冬训”开班"], byline="本报记者 阿拉坦仓",
             attr="本报记者 阿拉坦仓")
    e3 = art(["1月6日，霍林郭勒市社会组织综合党委召开年度工作总结会，通报全年社会组织党组织组建、党员发展和“两个覆盖”情况。",
              "会议要求，新的一年要聚焦规范化建设，推动社会组织党组织应建尽建。"],
             tlines=["霍林郭勒市社会组织综合党委", "召开年度工作总结会"], attr_end="（通讯员 王海燕）", attr="（通讯员 王海燕）")
    e4 = art(["去年底，兴安盟民政局对全盟民政系统“三会一课”质量提升年活动进行总结，评出示范党支部10个、优秀党课20堂。",
              "盟民政局将以此为基础，推动组织生活制度化、规范化、常态化。"],
             tlines=["兴安盟民政系统“三会一课”", "质量提升年活动收官"], attr_end="（来源：兴安盟民政局）",
             attr="（来源：兴安盟民政局）")
    rel = f"{pub}/{d}/02.txt"
    lines = render_text(P, [e1, e2, e3, e4], head(d, 2, split=True), foot(), rng, blank=False)
    write(rel, "\n".join(lines) + "\n", "gb18030", True)
    add_truth(rel, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "stray_spaces", "no_blank_lines", "year_boundary", "period_date", "dateline",
               "column_label", "byline_top", "dot_name", "multi_line_title", "relative_date", "name_verb",
               "province_context"],
              [T(e1, pub, "内蒙古", "通辽市民政局", "2024-12-21", ["包金花", "敖其尔·巴特尔"],
                 ["year_boundary", "period_date", "dateline", "dot_name", "multi_line_title", "province_context"]),
               T(e2, pub, "内蒙古", "扎鲁特旗委组织部", "2024-12-28", ["阿拉坦仓", "额尔敦其木格"],
                 ["year_boundary", "column_label", "byline_top", "multi_line_title", "name_verb", "province_context"]),
               T(e3, None, "内蒙古", "霍林郭勒市社会组织综合党委", "2025-01-06", ["王海燕"],
                 ["multi_line_title", "province_context"]),
               T(e4, "兴安盟民政局", "内蒙古", "兴安盟民政局", d, [],
                 ["relative_date", "multi_line_title", "province_context"])])


def fix_zip(path):
    """Rewrite a .docx with fixed member timestamps so that the generator is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- 荆楚社会组织党建简报
def jingchu():
    pub = "荆楚社会组织党建简报"
    OFFICE = "中共湖北省社会组织委员会办公室"

    def bulletin(folder, year, no, items, honour_note=None):
        dd = datetime.date(int(folder[:4]), int(folder[4:6]), int(folder[6:]))
        doc = docx.Document()
        p = doc.add_paragraph()
        r = p.add_run(pub)
        r.bold = True
        r.font.size = Pt(26)
        doc.add_paragraph(f"（{year}年第{no}期）" if no != 1 else f"第{no}期")
        doc.add_paragraph(f"{OFFICE}　　　　　　{dd.year}年{dd.month}月{dd.day}日")
        doc.add_paragraph("━" * 24)
        doc.add_paragraph("目　录")
        for it in items:
            if it.get("toc"):
                doc.add_paragraph(it["toc"])
        doc.add_paragraph("")
        for it in items:
            if it.get("head"):
                p = doc.add_paragraph()
                r = p.add_run(it["head"])
                r.bold = True
            for b in it["body"]:
                doc.add_paragraph(b)
            if it.get("attr"):
                doc.add_paragraph(it["attr"])
            doc.add_paragraph("")
        doc.add_paragraph("━" * 24)
        doc.add_paragraph("报：省委社会工作部，省民政厅党组")
        doc.add_paragraph("送：各市（州）社会组织党委，省直有关部门机关党委")
        doc.add_paragraph("发：省级社会组织党组织")
        doc.add_paragraph(f"{OFFICE}　　　　　　{dd.year}年{dd.month}月{dd.day}日印发")
        rel = f"{pub}/{folder}/{year}-{no:02d}.docx"
        path = os.path.join(HERE, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        doc.core_properties.author = "sz"
        doc.core_properties.created = datetime.datetime(dd.year, dd.month, dd.day, 9, 0, 0)
        doc.core_properties.modified = datetime.datetime(dd.year, dd.month, dd.day, 9, 0, 0)
        doc.save(path)
        fix_zip(path)
        return rel

    def B(head, body, attr=""):
        return {"head": head, "toc": head, "body": body, "attr": attr}

    def TT(it, source, agency, date, people, tags):
        return {"title": it["head"], "body": it["body"], "attribution": it["attr"], "source": source,
                "province": "湖北", "agency": agency, "date": date, "people": people,
                "slogans": slogans(it["head"], it["body"]), "captions": [], "phenomena": tags}

    base_ptags = ["docx", "bulletin_masthead", "contents_list", "distribution_lines", "province_context"]

    # 2024年第3期
    i1 = B("省社会组织党委召开2024年全省社会组织党建工作会议",
           ["3月15日，省社会组织党委召开2024年全省社会组织党建工作会议，总结去年工作，部署今年任务。省社会组织党委书记贺文清出席会议并讲话。",
            "会议要求，今年重点抓好三方面工作：（一）深化党的二十大精神学习宣传，推动习近平新时代中国特色社会主义思想进社会组织；（二）推进行业协会商会党组织规范化建设；（三）持续开展“两个覆盖”质量提升行动。",
            "武汉、宜昌、襄阳等地社会组织党委作交流发言。"])
    i2 = B("宜昌市：“红色星期五”让党建活起来",
           ["今年以来，宜昌市社会组织综合党委在全市推行“红色星期五”活动，每周五固定开展主题党日、志愿服务等活动。",
            "一是固定时间，把“三会一课”与业务例会错开安排；二是丰富载体，组织党员进社区开展公益服务；三是强化考核，把活动开展情况纳入社会组织年检评估。目前已有217家社会组织参与。"],
           "（宜昌市社会组织综合党委供稿）")
    i3 = {"head": None, "toc": None,
          "body": ["3月8日，省律师行业党委联合省妇联在武昌举办“巾帼律师进社区”公益法律服务活动，30余名女党员律师为群众提供婚姻家庭、劳动争议等法律咨询。省律师协会会长欧阳明辉参加活动。"],
          "attr": "（据省律师行业党委）"}
    rel = bulletin("20240320", 2024, 3, [i1, i2, i3])
    add_truth(rel, "utf-8", False, "docx", "bulletin", base_ptags + ["enumeration", "title_none", "relative_date"],
              [TT(i1, None, "湖北省社会组织党委", "2024-03-15", ["贺文清"], ["enumeration", "province_context"]),
               TT(i2, "宜昌市社会组织综合党委", "宜昌市社会组织综合党委", "2024-03-20", [],
                  ["enumeration", "relative_date", "province_context"]),
               TT(i3, "湖北省律师行业党委", "湖北省律师行业党委", "2024-03-08", ["欧阳明辉"],
                  ["title_none", "province_context"])])

    # 2024年第7期 (honour list)
    h = B("省社会组织党委表彰一批先进基层党组织和优秀共产党员",
          ["6月21日，省社会组织党委印发决定，对全省社会组织系统先进基层党组织和优秀共产党员予以表彰。名单如下：",
           "一、先进基层党组织（6个）",
           "湖北省物流协会党支部、湖北省养老服务协会党委、武汉市江汉区社会工作服务中心党支部、襄阳市建筑业协会党支部、荆州市红十字志愿服务总队党支部、恩施州民族文化促进会党支部",
           "二、优秀共产党员（10名）",
           "张　伟、向晓红、覃　丽、欧阳明辉、李　娜、周国庆、田小梅、黄　磊、冉启航、王　芳",
           "希望受表彰的先进集体和个人珍惜荣誉，在推动社会组织高质量发展中再立新功。"])
    i5 = B("襄阳市社会组织党委开展“七一”系列活动",
           ["6月下旬，襄阳市社会组织党委组织开展庆“七一”系列活动。一是重温入党誓词，二是走访慰问老党员和生活困难党员38人，三是评选“最美社会组织党员”10名。",
            "市社会组织党委书记周建平表示，要把学习成效转化为服务群众的实际行动。"],
           "（襄阳市社会组织党委供稿）")
    rel = bulletin("20240625", 2024, 7, [h, i5])
    add_truth(rel, "utf-8", False, "docx", "bulletin", base_ptags + ["honour_list", "enumeration", "period_date"],
              [TT(h, None, "湖北省社会组织党委", "2024-06-21",
                  ["张伟", "向晓红", "覃丽", "欧阳明辉", "李娜", "周国庆", "田小梅", "黄磊", "冉启航", "王芳"],
                  ["honour_list", "province_context"]),
               TT(i5, "襄阳市社会组织党委", "襄阳市社会组织党委", "2024-06-21", ["周建平"],
                  ["enumeration", "period_date", "province_context"])])

    # 2024年第8期
    j1 = B("省社会组织党委举办党纪学习教育专题读书班",
           ["7月9日至11日，省社会组织党委举办党纪学习教育专题读书班，省级行业协会商会党组织书记50余人参加。",
            "读书班采取专题辅导、分组研讨、警示教育等方式进行。省社会组织党委副书记田振宇在结业时强调，要严格落实中央八项规定精神，坚决纠治“四风”，推动全面从严治党向社会组织延伸。"])
    j2 = B("恩施州：社会组织党建“1+N”结对帮扶见成效",
           ["7月上旬，恩施州社会组织综合党委组织12家行业协会党组织与来凤、鹤峰等县48个村党支部开展结对帮扶。",
            "（一）产业帮扶。协会党员企业家与村集体签订农产品购销协议。（二）人才帮扶。组织党员专家开展技术培训。（三）公益帮扶。为困难群众捐赠物资。土家族党员企业家向春燕说：“党员就要带头把好事办实。”"],
           "（恩施州社会组织综合党委供稿）")
    j3 = {"head": None, "toc": None,
          "body": ["7月12日，黄石市民政局召开社会组织党建工作推进会，通报上半年社会组织党组织组建情况，部署下半年“两个覆盖”攻坚任务。"],
          "attr": "（据黄石市民政局）"}
    rel = bulletin("20240715", 2024, 8, [j1, j2, j3])
    add_truth(rel, "utf-8", False, "docx", "bulletin", base_ptags + ["enumeration", "period_date", "title_none", "name_verb"],
              [TT(j1, None, "湖北省社会组织党委", "2024-07-09", ["田振宇"], ["province_context"]),
               TT(j2, "恩施州社会组织综合党委", "恩施州社会组织综合党委", "2024-07-01", ["向春燕"],
                  ["enumeration", "period_date", "name_verb", "province_context"]),
               TT(j3, "黄石市民政局", "黄石市民政局", "2024-07-12", [], ["title_none", "province_context"])])

    # 2025年第1期
    k1 = B("省社会组织党委召开2024年度党组织书记抓党建述职评议会",
           ["1月9日，省社会组织党委召开2024年度省级社会组织党组织书记抓党建述职评议会，8名党组织书记现场述职。",
            "贺文清在点评时指出，要深入学习贯彻党的二十届三中全会精神，以“第一议题”制度为抓手，推动社会组织党建工作质效双提升。"])
    k2 = B("荆州市社会组织综合党委开展岁末走访慰问",
           ["12月下旬，荆州市社会组织综合党委走访慰问社会组织中的老党员、困难党员21名，送去慰问金和生活物资。",
            "综合党委书记陈雪梅说，要把组织关怀送到党员心坎上。"],
           "（荆州市社会组织综合党委供稿）")
    k3 = B("孝感市开展社会组织“四个一”党建品牌创建",
           ["1月上旬，孝感市社会组织党委部署开展“四个一”党建品牌创建，即每个党组织打造一个服务品牌、建设一个活动阵地、培育一名党建指导员、办好一件民生实事。"],
           "（孝感市民政局供稿）")
    rel = bulletin("20250114", 2025, 1, [k1, k2, k3])
    add_truth(rel, "utf-8", False, "docx", "bulletin", base_ptags + ["year_boundary", "period_date", "name_verb"],
              [TT(k1, None, "湖北省社会组织党委", "2025-01-09", ["贺文清"], ["province_context"]),
               TT(k2, "荆州市社会组织综合党委", "荆州市社会组织综合党委", "2024-12-21", ["陈雪梅"],
                  ["year_boundary", "period_date", "name_verb", "province_context"]),
               TT(k3, "孝感市民政局", "孝感市社会组织党委", "2025-01-01", [],
                  ["period_date", "province_context"])])


# ---------------------------------------------------------------- 陇东晚报
def longdong():
    pub = "陇东晚报"
    P = {"width": 16, "indent": "  ", "stray": 0.2}
    rng = random.Random(5202)

    def head(misdate, page):
        return ["陇东晚报", f"{misdate}　{page}", "社区·党建"]

    def foot(ed):
        return [ed]

    # ---- 2024-05-14 / 04
    d = "2024-05-14"
    a1 = art(["5月13日上午，庆阳市民政局召开模范机关建设暨清廉机关建设推进会，局党组书记、局长李建军出席会议并讲话。",
              "会议要求，各党支部要坚持“第一议题”制度，持续开展“党建+民政服务”品牌创建，以模范机关建设推动民政工作高质量发展。",
              "会上，西峰区民政局、环县民政局作了交流发言。"],
             dateline="本报讯（记者 张晓燕 通讯员 马文博）",
             tlines=["庆阳市民政局召开模范机关建设", "暨清廉机关建设推进会"], title_gap=0,
             attr="本报讯（记者 张晓燕 通讯员 马文博）")
    a2 = art(["5月10日下午，西峰区北街街道党工委组织辖区党员志愿者走进南苑社区，开展义诊、理发、政策宣讲等志愿服务活动，服务群众200余人次。",
              "社区党委书记赵丽萍介绍，社区已组建6支党员志愿服务队，每月定期开展“红色星期六”活动。"],
             dateline="本报讯（记者 王振东）", tlines=["党员志愿者走进南苑社区"],
             caps={0: ["▲ 党员志愿者为社区老人测量血压。（记者 王振东 摄）"]},
             attr="本报讯（记者 王振东）")
    a3 = art(["近日，环县民政局组织机关党员干部赴山城堡战役纪念馆开展党史学习教育，重温入党誓词，接受红色教育。",
              "大家表示，要传承红色基因，扎实做好困难群众救助帮扶工作。"],
             tlines=["环县民政局开展红色教育"], attr_end="（通讯员 慕小军）", attr="（通讯员 慕小军）")
    rel = f"{pub}/{d}/04.txt"
    lines = render_text(P, [a1, a2, a3], head("2O24年5月l4日 星朝二", "第4版"),
                        foot("责任编辑 马丽娟　校对 王磊"), rng)
    write(rel, "\n".join(lines) + "\n", "utf-8", False)
    add_truth(rel, "utf-8", False, "ocr", "provincial",
              ["ocr", "stray_spaces", "dateline", "half_day_date", "multi_line_title", "captions", "relative_date",
               "province_context"],
              [T(a1, pub, "甘肃", "庆阳市民政局", "2024-05-13", ["张晓燕", "马文博", "李建军"],
                 ["dateline", "half_day_date", "multi_line_title", "province_context"]),
               T(a2, pub, "甘肃", "西峰区北街街道党工委", "2024-05-10", ["王振东", "赵丽萍"],
                 ["dateline", "half_day_date", "captions", "province_context"]),
               T(a3, None, "甘肃", "环县民政局", d, ["慕小军"], ["relative_date", "province_context"])])

    # ---- 2024-05-14 / 05  (titles after the articles)
    b1 = art(["5月12日，庆城县民政局联合县社会组织综合党委在驿马镇举办社会组织党建工作培训班，全县40余家社会组织负责人参加培训。",
              "培训班围绕发展党员、“三会一课”、党建工作写入章程等内容进行了辅导。"],
             tlines=["庆城县举办社会组织", "党建工作培训班"], title_gap=0, after=True,
             attr_end="（记者 张晓燕 通讯员 刘海涛）", attr="（记者 张晓燕 通讯员 刘海涛）")
    b2 = art(["5月9日上午，镇原县民政局党支部与城关镇东关社区党委开展联建共建活动，双方围绕养老服务、社会救助等议题进行座谈交流。",
              "县民政局党支部书记杨志刚表示，将把联建共建作为践行党建引领基层治理的重要抓手。"],
             tlines=["镇原县民政局开展支部联建"], after=True,
             caps={1: ["▲ 联建共建座谈会现场。（通讯员 席军 摄）"]},
             attr_end="（通讯员 席军）", attr="（通讯员 席军）")
    b3 = art(["5月11日，华池县南梁镇党委组织党员干部和社会组织志愿者开展“我为群众办实事”活动，为独居老人清扫庭院、检修电器。",
              "活动中，志愿者还向群众宣讲了养老服务补贴等惠民政策。"],
             tlines=["南梁镇党员志愿者", "为独居老人办实事"], after=True,
             attr_end="（来源：华池县民政局）", attr="（来源：华池县民政局）")
    rel = f"{pub}/{d}/05.txt"
    lines = render_text(P, [b1, b2, b3], head("2024年5月14日 星期二", "第5版"),
                        foot("贵任编辑 马丽娟　校对 王磊"), rng)
    write(rel, "\n".join(lines) + "\n", "utf-8", False)
    add_truth(rel, "utf-8", False, "ocr", "provincial",
              ["ocr", "stray_spaces", "title_after", "multi_line_title", "captions", "half_day_date", "name_verb",
               "province_context"],
              [T(b1, pub, "甘肃", "庆城县民政局", "2024-05-12", ["张晓燕", "刘海涛"],
                 ["title_after", "multi_line_title", "province_context"]),
               T(b2, None, "甘肃", "镇原县民政局", "2024-05-09", ["杨志刚", "席军"],
                 ["title_after", "captions", "half_day_date", "name_verb", "province_context"]),
               T(b3, "华池县民政局", "甘肃", "华池县南梁镇党委", "2024-05-11", [],
                 ["title_after", "multi_line_title", "province_context"])])

    # ---- 2024-09-10 / 04
    d = "2024-09-10"
    c1 = art(["9月6日下午，庆阳市社会组织综合党委在西峰区召开社会组织党建工作推进会，通报全市社会组织党组织组建和“两个覆盖”情况。",
              "市民政局党组成员、副局长韩玉兰强调，要把党的建设写入社会组织章程，推动党建工作与业务工作深度融合。",
              "会议还为10个社会组织党建示范点授牌。"],
             dateline="本报讯（记者 王振东 通讯员 马文博）",
             tlines=["庆阳市社会组织党建工作", "推进会召开"], title_gap=0,
             caps={2: ["▲ 会议为社会组织党建示范点授牌。（记者 王振东 摄）"]},
             attr="本报讯（记者 王振东 通讯员 马文博）")
    c2 = art(["9月上旬，宁县民政局在全县18个乡镇社工站推行“党建+社工”服务模式，由党员社工牵头为困境儿童、留守老人提供个案服务。",
              "截至目前，已建立服务台账1200余份。"],
             tlines=["宁县“党建+社工”服务暖民心"], attr_end="（通讯员 巩建平）", attr="（通讯员 巩建平）")
    c3 = art(["9月5日上午，合水县民政局邀请县委党校教师作专题辅导，全体党员干部深入学习党的二十届三中全会精神。",
              "局党组书记何文斌说，要把学习成果转化为推动民政事业发展的具体举措。"],
             dateline="本报讯（记者 张晓燕）", tlines=["合水县民政局专题学习", "二十届三中全会精神"],
             attr="本报讯（记者 张晓燕）")
    c4 = art(["9月8日，正宁县民政局党支部组织党员到困难群众家中走访慰问，送去米面油等生活物资。"],
             tlines=["正宁县民政局走访慰问困难群众"], attr_end="（来源：正宁县民政局）", attr="（来源：正宁县民政局）")
    rel = f"{pub}/{d}/04.txt"
    lines = render_text(P, [c1, c2, c3, c4], head("2024年9月l0日 星期二", "第4版"),
                        foot("责任编辑 马丽娟　校对 王磊"), rng)
    write(rel, "\n".join(lines) + "\n", "utf-8", False)
    add_truth(rel, "utf-8", False, "ocr", "provincial",
              ["ocr", "stray_spaces", "dateline", "half_day_date", "multi_line_title", "captions", "period_date",
               "name_verb", "province_context"],
              [T(c1, pub, "甘肃", "庆阳市社会组织综合党委", "2024-09-06", ["王振东", "马文博", "韩玉兰"],
                 ["dateline", "half_day_date", "multi_line_title", "captions", "province_context"]),
               T(c2, None, "甘肃", "宁县民政局", "2024-09-01", ["巩建平"], ["period_date", "province_context"]),
               T(c3, pub, "甘肃", "合水县民政局", "2024-09-05", ["张晓燕", "何文斌"],
                 ["dateline", "half_day_date", "multi_line_title", "name_verb", "province_context"]),
               T(c4, "正宁县民政局", "甘肃", "正宁县民政局", "2024-09-08", [], ["province_context"])])

    # ---- 2024-11-19 / 04
    d = "2024-11-19"
    e1 = art(["11月15日上午，庆阳市民政局举办“学思想、强党性、重实践、建新功”主题党课，局党组书记、局长李建军以“践行为民宗旨 建设模范机关”为题讲授党课。",
              "李建军指出，要坚持以学铸魂、以学增智、以学正风、以学促干，把“两个确立”转化为做到“两个维护”的实际行动。"],
             dateline="本报讯（记者 张晓燕 通讯员 马文博）",
             tlines=["庆阳市民政局举办", "主题党课"], title_gap=0,
             attr="本报讯（记者 张晓燕 通讯员 马文博）")
    e2 = art(["11月14日下午，西峰区民政局组织召开“两新”组织党建观摩交流会，与会人员实地观摩了4个社会组织党建阵地。",
              "区民政局局长张海军表示，要持续扩大党的组织和工作覆盖。"],
             dateline="本报讯（记者 王振东）", tlines=["西峰区召开“两新”组织", "党建观摩交流会"],
             caps={0: ["▲ 与会人员观摩社会组织党建阵地。（记者 王振东 摄）"]},
             attr="本报讯（记者 王振东）")
    e3 = art(["日前，镇原县民政局开展清廉机关建设“回头看”，对照问题清单逐项销号，推动中央八项规定精神落地见效。"],
             tlines=["镇原县民政局开展", "清廉机关建设“回头看”"], attr_end="（通讯员 席军）", attr="（通讯员 席军）")
    rel = f"{pub}/{d}/04.txt"
    lines = render_text(P, [e1, e2, e3], head("2024年ll月19日 星朝二", "O4"),
                        foot("责任编辑 马丽娟　校对 王磊"), rng)
    write(rel, "\n".join(lines) + "\n", "utf-8", False)
    add_truth(rel, "utf-8", False, "ocr", "provincial",
              ["ocr", "stray_spaces", "dateline", "half_day_date", "multi_line_title", "captions", "relative_date",
               "name_verb", "province_context"],
              [T(e1, pub, "甘肃", "庆阳市民政局", "2024-11-15", ["张晓燕", "马文博", "李建军"],
                 ["dateline", "half_day_date", "multi_line_title", "name_verb", "province_context"]),
               T(e2, pub, "甘肃", "西峰区民政局", "2024-11-14", ["王振东", "张海军"],
                 ["dateline", "half_day_date", "multi_line_title", "captions", "name_verb", "province_context"]),
               T(e3, None, "甘肃", "镇原县民政局", d, ["席军"],
                 ["relative_date", "multi_line_title", "province_context"])])


NAME_VERB = ("说", "表示", "指出", "强调", "介绍")


def tidy_tags():
    """name_verb and dot_name follow from the articles' people; page tags hold all article tags."""
    for t in TRUTH.values():
        for a in t["articles"]:
            txt = ws("".join(a["body"]))
            tags = [g for g in a["phenomena"] if g not in ("name_verb", "dot_name")]
            if any(n + v in txt for n in a["people"] for v in NAME_VERB):
                tags.append("name_verb")
            if any("·" in n for n in a["people"]):
                tags.append("dot_name")
            a["phenomena"] = tags
        used = {g for a in t["articles"] for g in a["phenomena"]}
        keep = [g for g in t["phenomena"] if g not in ("name_verb", "dot_name") or g in used]
        t["phenomena"] = keep + sorted(used - set(keep))


def main():
    horqin()
    jingchu()
    longdong()
    tidy_tags()
    with open(os.path.join(HERE, "truth-dev5b.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
