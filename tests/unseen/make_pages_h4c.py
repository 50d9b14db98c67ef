"""Truth pages (held back as batch h4, now development), set h4c: seven invented publications x four pages.

Publications (name — province — publication_kind — formats — styles shown)
 1. 神州社区报 — national paper (reports from 辽宁/吉林/黑龙江/内蒙古/河北) — national —
    2 text layers (utf-8; utf-8 with BOM) + 2 OCR text layers of scans.
    Header "神州社区报 / date weekday / 第N版 · 党建周刊", English label PARTY BUILDING, footer
    责任编辑/校对; datelines 本报北京…电（记者 …）; kicker + ——subtitle titles; closing （据…）
    and （…供稿）; pull quote between paragraphs; title printed after its article; interview with
    记者：/负责人： turns; ● brief items and a 【unit】 item; scanned pages with misread digits
    (2O23, ll月, l5件), 笫 for 第, a blank line inside a two-line title, （上接笫l版） fragment,
    honour list with padded names and a dot name broken across lines, a 文/ byline commentary,
    a year-boundary report, a page without blank lines.
 2. 雾凇日报 — 吉林 provincial daily — provincial — 4 text layers (utf-8 CRLF; gb18030;
    utf-8 BOM without blank lines; utf-8). Paragraphs indented with two ideographic spaces;
    本报讯（记者 … 通讯员 …） datelines; 本报通化…电; （下转第3版）/（上接第1版） pair; 【支部风采】
    column label; 相关链接 box; captions （记者 … 摄）; editor's note; long report with bold-style
    subheadings and a top byline; scholar's piece with □ byline and （作者单位：…）.
 3. 鹤城晚报 — 黑龙江 (齐齐哈尔) prefecture-level evening paper — provincial — 4 text layers
    (gb18030 CRLF; gb18030; utf-8 with a double-spaced article; utf-8 CRLF brief page).
    Header "鹤城晚报 · A06 城事" with dotted dates 2024.05.28; 晚报讯（记者 …） datelines;
    captions "▲… 记者 … 摄"; pull quote in 『』; honour list; ◆ briefs, 【place】 items, 【快讯】
    column word; 责编/美编 footer and 新闻热线 furniture.
 4. 扎兰屯融媒 — 内蒙古 county media centre portal — county — 4 HTML pages (utf-8 article page
    with empty 作者：; gb18030 article page with kicker/subtitle and 来源：本网; utf-8 list page;
    utf-8 e-paper 版面 page with three articles and 融媒讯 datelines).
 5. 冀民党建工作简报 — 河北 bulletin of 河北省民政厅机关党委 — bulletin — 4 .docx files.
    Masthead (name, 第N期, issuing office + date), 本期要目 contents, unit credits in brackets
    （厅社会救助处党支部 龚晓婷）, numbered subheadings, forced line breaks (w:br) inside titles and
    inside a dot name of an honour list, 报/送/发 distribution lines and （共印N份）.
 6. 东北党建观察 — regional magazine (northeast), monthly — magazine — 2 OCR layers (2024-09,
    an article continued from p.12 to p.13) + 2 text layers (2025-03; utf-8 with a 目录 block,
    gb18030 CRLF). 摘要/关键词 lines, □ author lines, 本刊记者/本刊通讯员, 问：/答： interview,
    reader's letter with (unit name) closing, ■ briefs and a 【place】 item.
 7. 岫岩融媒 — 辽宁 county media centre paper — county — 4 text layers (utf-8 with letter-spaced
    headlines; utf-8 BOM; gb18030 without blank lines; utf-8 CRLF with a double-spaced
    commentary). 融媒讯（…） datelines, closing （融媒记者 …）, 融媒评论员 byline, ■ briefs.

Decisions beyond truth_conventions.md (kept consistent across the set)
 - Stray spaces and column line breaks are not kept in titles, bodies or captions of the truth;
   spaces that are part of the print (between a reporter's role and name, padding inside names
   of an honour list, ideographic spaces) are kept as printed.
 - A dateline (本报讯（…）, 本报通化6月18日电（…）, 晚报讯（…）, 融媒讯（…）) is the attribution and is
   cut from the first body paragraph; the body starts after it. 晚报讯 and 融媒讯 → the paper
   itself as source, like 本报讯. 融媒记者/融媒评论员 → the paper itself.
 - OCR pages: titles, bodies and captions keep the OCR misreads as they stand in the text layer
   (笫, ll, l5, 2O24); dates, people, agencies are the true values. No name is misread.
 - A decorative □ before an author's name is not part of the attribution.
 - A top byline and a closing （作者系…）/（作者单位：…） are joined without a space into one attribution.
 - When a scholar's piece runs over two pages, the first part's attribution is its top byline
   and the continued fragment's attribution is the （作者单位：…） printed at its end.
 - A reader's letter closed by (place unit name): attribution as printed, source null, province of
   the writer's unit, agency null.
 - In a county or city paper, 县民政局/县委/区民政局 printed short are completed with the
   county or city of the paper (岫岩满族自治县民政局), as 省民政厅 is completed in a provincial paper.
 - HTML encoding field is the byte encoding (utf-8 / gb18030). A list page's entries: the summary
   text (with its …… as printed) is the body, attribution "", source the site (扎兰屯融媒).
 - A 相关链接 box with its own explanatory text is an article with its own heading as title,
   source null and no province/agency; 相关链接 lists of other pages are furniture.
 - editor_note is a page tag and is also put on the first article under the note.
 - Numbered formulations: quoted “N个/项/张……” are slogans (“两个覆盖”, “三张清单”, “三项行动”,
   “三个聚焦”, “三个环节”, “五个一”, “三项机制”); “两张皮”, “两委”, “四强”, “四办” are not.
 - A December event in a January issue, and events of the previous month in a magazine issue
   (folder date = first day of its month), are dated in the past; no date is after the folder date.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h4c"

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]


def clean(s):
    if s is None:
        return None
    return s.replace("¦", "").replace("|", "")


def nows(s):
    return re.sub(r"\s+", "", s)


def slogans_of(title, body, nf):
    text = nows((title or "") + "".join(body)).replace("“", "").replace("”", "")
    out = [c for c in CANON if c in text]
    for n in nf:
        if n not in out:
            out.append(n)
    return out


# ---------------------------------------------------------------- text layout
def lines_of(s, w):
    out = []
    for chunk in s.split("¦"):
        if chunk == "":
            out.append("")
            continue
        cur, n = "", 0
        for ch in chunk:
            if ch == "|":
                cur += " "
                continue
            cur += ch
            n += 1
            if n >= w:
                out.append(cur)
                cur, n = "", 0
        if cur:
            out.append(cur)
    return out


def spaced(s):
    return "¦".join(" ".join(list(part.replace("|", ""))) for part in s.split("¦"))


def render_article(a, w, pb, ind):
    L = []
    if a.get("head"):
        L += a["head"].split("\n")
    t = a.get("t")
    tpos = a.get("tpos", "b")
    mk = a.get("mk")
    paras = list(a["b"])
    if a.get("lead"):
        paras[0] = a["lead"] + paras[0]
    if mk:
        if a.get("brk"):
            paras[0] = "【" + t + "】" + paras[0]
        elif a.get("mkword"):
            paras[0] = mk + paras[0]
        elif t and tpos == "b":
            L += lines_of(mk + " " + t, 60)
        else:
            paras[0] = mk + " " + paras[0]
    elif t and tpos == "b":
        tt = spaced(t) if a.get("sp") else t
        L += lines_of(tt, 60)
    if a.get("top"):
        L += lines_of(a["top"], 60)
    end = a.get("end")
    if end and a.get("endin"):
        paras[-1] = paras[-1] + end
    caps = {}
    for idx, c, pre in a.get("caps", []):
        caps.setdefault(idx, []).append(pre + c)
    ins = a.get("ins", {})
    for i, p in enumerate(paras):
        L += lines_of(ind + p, w)
        if pb:
            L.append("")
        for c in caps.get(i, []):
            L += lines_of(c, w)
            if pb:
                L.append("")
        if a.get("pull") and a["pull"][0] == i:
            L += lines_of(a["pull"][1], max(8, w - 4))
            if pb:
                L.append("")
        if i in ins:
            L += ins[i].split("\n")
            if pb:
                L.append("")
    if pb and L and L[-1] == "":
        L.pop()
    if end and not a.get("endin"):
        L += lines_of(end, 60)
    if t and tpos == "a":
        L += lines_of(t, 60)
    if a.get("tail"):
        L += a["tail"].split("\n")
    if a.get("ds"):
        D = []
        for x in L:
            if x != "":
                D += [x, ""]
        L = D
        if L and L[-1] == "":
            L.pop()
    return L


PAGES = {}  # relpath -> dict(meta, items)


def attribution(a):
    if "attr" in a:
        return a["attr"]
    first = clean(a.get("lead") or a.get("top") or "")
    if a.get("top") and a.get("top", "").startswith("□"):
        first = clean(a["top"][1:]).strip()
    return first + (clean(a.get("end")) or "")


def truth_article(a):
    title = clean(a.get("t"))
    body = [clean(p) for p in a["b"]]
    tags = list(a.get("tags", []))
    raw = "".join([a.get("t") or "", a.get("lead") or ""] + a["b"])
    if "|" in raw and "stray_spaces" not in tags:
        tags.append("stray_spaces")
    return {
        "title": title,
        "body": body,
        "attribution": attribution(a),
        "source": a.get("src"),
        "province": a.get("prov"),
        "agency": a.get("ag"),
        "date": a["d"],
        "people": a.get("ppl", []),
        "slogans": slogans_of(title, body, a.get("nf", [])),
        "captions": [clean(c) for _, c, _ in a.get("caps", [])],
        "phenomena": tags,
    }


def text_page(rel, enc, crlf, pkind, items, tags, w=16, pb=True, sep=True, ind="", kind="text"):
    L = []
    arts = []
    for it in items:
        if isinstance(it, str):
            L += it.split("\n")
        else:
            L += render_article(it, w, pb, ind)
            arts.append(it)
        if sep:
            L.append("")
    text = "\n".join(L).rstrip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode("utf-8-sig" if enc == "utf-8-sig" else enc))
    register(rel, enc, crlf, kind, pkind, arts, tags)


def register(rel, enc, crlf, kind, pkind, arts, tags):
    tas = [truth_article(a) for a in arts]
    ptags = list(tags)
    for ta in tas:
        for t in ta["phenomena"]:
            if t not in ptags:
                ptags.append(t)
    PAGES[rel] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
                  "phenomena": ptags, "articles": tas}


# ================================================================ 1. 神州社区报
P1 = "神州社区报"
A1a = dict(t="聚焦成果转化 深化以学促干¦民政部机关召开“第一议题”学习交流会¦——各司局党支部书记围绕主题教育成果逐一交流发言",
           lead="本报北京3月11日电（记者 邵建宁）",
           b=["3月11日上午，民政部机关党委组织召开“第一议题”学习交流会，深入学习习近¦平总书记关于民政工作的重要指示精神，交流巩固拓展主题教育成果的做法和体会。",
              "会上，部机关12个司局党支部书记逐一发言，结合支部工作实际，谈认识、摆问题、讲打算。大家一致认为，要把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，坚持不懈用党的创新理论凝心铸魂。",
              "会议指出，各党支部要健全“第一议题”制度落实机制，把“三会一课”同业务工作紧密结合，推动以学铸魂、以学增智、以学正风、以学促干在机关落|地见效。",
              "会议要求，要持续深化模范机关建设，锲而不舍落实中央八项规定精神，坚决纠治“四|风”，以高质量党建引领民政事业高质量发展。"],
           pull=(2, "“把‘三会一课’同业务工作紧密结合”"),
           src=P1, prov=None, ag="民政部", d="2024-03-11", ppl=["邵建宁"],
           tags=["kicker", "subtitle", "multi_line_title", "dateline", "national_body", "half_day_date", "pull_quote"])
A1b = dict(t="辽宁省民政厅开展清廉机关建设专题调研",
           b=["3月上旬，辽宁省民政厅党组成员、副厅长韩立新带队，先后到沈阳、鞍山、丹东三市民政部门和部分养老服务机构，就清廉机关建设开展专题调研。",
              "调研组实地查看了廉政风险防控台账、资金监管平台，与基层党员干部座谈交流。韩立新指出，要紧盯养老服务补贴、社会救助资金等重点领域，织密制度笼子，推动全面从严治党向基层延伸。",
              "调研组要求，各地要把清廉机关建设与业务工作同部署、同落实，做到“三张清单”动态更新，即风险点清单、责任清单、整改清单。"],
           end="（据辽宁省民政厅）", src="辽宁省民政厅", prov="辽宁", ag="辽宁省民政厅", d="2024-03-01",
           ppl=["韩立新"], nf=["三张清单"], tags=["period_date", "name_verb"])
A1c = dict(t="吉林省社会组织联合党委¦召开2024年度党建工作会议", tpos="a",
           b=["3月7日上午，吉林省社会组织联合党委在长春召开2024年度党建工作会议，总结去年工作，部署今年任务。省民政厅党组成员、副厅长、联合党委书记邹雅琴出席并讲话。",
              "会议通报了2023年度社会组织党建工作考核结果，12家社会组织党组织作交流发言。会议强调，要推动党的组织和党的工作“两个覆盖”提质增效，把党建引领贯穿社会组织发展全过程。"],
           end="（据吉林省民政厅）", src="吉林省民政厅", prov="吉林", ag="吉林省社会组织联合党委",
           d="2024-03-07", ppl=["邹雅琴"], nf=["两个覆盖"], tags=["title_after", "multi_line_title", "half_day_date"])
text_page(f"{P1}/2024-03-12/05.txt", "utf-8", False, "national",
          ["神州社区报\n2024年3月12日 星期二\n第5版 · 党建周刊", "机关党建  PARTY BUILDING", A1a, A1b, A1c,
           "责任编辑：蒋黎  校对：施琦"],
          ["column_label"], w=14)

A2a = dict(t="让“两个覆盖”在新兴领域落地生根¦——访黑龙江省委社会工作部有关负责人",
           top="本报记者 谭奕 凌霄",
           b=["今年以来，黑龙江省聚焦快递物流、网约配送、网络直播等新兴领域，推动党的组织和党的工作有效覆盖。围绕相关做法，记者采访了黑龙江省委社会工作部有关负责人。",
              "记者：新兴领域党建工作的难点在哪里？",
              "负责人：从业人员流动性大、组织关系分散，是最突出的难点。我们坚持党建引领，依托行业协会和龙头企业建立党组织，把流动党员纳入就近管理，做到“两个覆盖”同步推进。",
              "记者：如何让新就业群体有归属感？",
              "负责人：我们在哈尔滨、大庆等地建设了一批“小哥驿站”，提供休息、充电、饮水等服务，引导骑手参与社区治理。一是开展“暖蜂行动”，二是推行积分激励，三是组建志愿服务队，让他们从“服务对象”变为“治理力量”。",
              "记者：下一步有哪些打算？",
              "负责人：我们将坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，持续完善“三级联动”工作机制，推动新兴领域党建提质扩面。"],
           src=P1, prov="黑龙江", ag="黑龙江省委社会工作部", d="2024-07-02", ppl=["谭奕", "凌霄"],
           nf=["两个覆盖"], tags=["interview", "byline_top", "subtitle", "multi_line_title", "relative_date", "enumeration"])
A2b = dict(t="河北沧州：社会组织党员亮身份作表率", mk="●",
           b=["近日，沧州市社会组织党委在全市开展“亮身份、践承诺”活动，组织320余名社会组织党员佩戴党员徽章上岗，公开服务承诺。"],
           end="（通讯员 齐晓鹏）", endin=True, src=None, prov="河北", ag="沧州市社会组织党委",
           d="2024-07-02", ppl=["齐晓鹏"], tags=["briefs", "relative_date"])
A2c = dict(t=None, mk="●",
           b=["6月27日，内蒙古自治区民政厅机关党委联合呼和浩特市新城区民政局，组织党员干部走进社区开展“七一”主题党日活动，为高龄老人送去慰问品。"],
           src=None, prov="内蒙古", ag="内蒙古自治区民政厅", d="2024-06-27", tags=["briefs", "title_none"])
A2d = dict(t="吉林省民政厅", mk="●", brk=True,
           b=["6月下旬，吉林省民政厅召开党组理论学习中心组学习会，专题学习《中国共产党纪律处分条例》，推动党纪学习教育走深走实。"],
           src=None, prov="吉林", ag="吉林省民政厅", d="2024-06-21", tags=["briefs", "period_date"])
text_page(f"{P1}/2024-07-02/06.txt", "utf-8-sig", False, "national",
          ["第6版  党建周刊 / 社会工作\n2024年7月2日 星期二  神州社区报", A2a, "动态扫描", A2b, A2c, A2d,
           "责任编辑：蒋黎  校对：施琦"],
          ["utf8_bom", "column_label"], w=15)

A3a = dict(t="河北省民政厅党组理论学习中心组¦¦开展主题教育专题学习",
           b=["ll月中旬，河北省民政厅党组理论学习中心组举行笫二批主题教育专题学习会，围绕“两个确立”的决定性意义开展研讨交流。省民政厅党组书记、厅长刘庆丰主持会议并讲话。",
              "会议指出，要深刻领悟“两个确立”的决定性意义，增强“四个意|识”、坚定“四个自信”、做到“两个维护”，以学思想、强党性、重实践、建新功的实际行动推动民政工作高质量发展。",
              "会议要求，厅属各党组织要对照检视问题清单抓好整改，确保主题教育取得实实在在的成效，全年办结民生实事l5件。"],
           end="（据河北省民政厅)", src="河北省民政厅", prov="河北", ag="河北省民政厅", d="2023-11-11",
           ppl=["刘庆丰"], tags=["multi_line_title", "period_date"])
A3b = dict(t=None, head="（上接笫l版）",
           b=["在乌兰察布市集宁区，社区党组织牵头成立“红色物业”联盟，把物业企业、业主委员会、志愿服务队拧成一股绳。社区党委书记其木格说：“小区的事大家商量着办，矛盾少了，笑脸多了。”",
              "据介绍，内蒙古自治区民政厅已在全区遴选l00个党建引领社区治理示范点，计划明年实现旗县（市、区）全覆盖。"],
           attr="", src=P1, prov="内蒙古", ag="内蒙古自治区民政厅", d="2023-11-20", ppl=["其木格"],
           tags=["continued", "title_none", "name_verb"])
A3c = dict(t="全国社会组织党建工作示范单位和优秀党务工作者¦拟推荐对象名单（东北片区部分）",
           b=["经各省（区）推荐、综合评审，现将东北片区拟推荐对象名单公示如下。",
              "一、示范单位（6个）",
              "辽宁省社会工作联合会党支部、沈阳市养老服务协会党支部、吉林省物流与采购联合会党委、延吉市朝鲜族文化交流协会党支部、黑龙江省律师协会党委、牡丹江市慈善总会党支部",
              "二、优秀党务工作者（8名）",
              "王　军（辽宁）、柳春艳（辽宁）、朴成哲（吉林）、孙丽娟（吉林）、阿依努尔·¦托合提（黑龙江）、赵　鹏（黑龙江）、乌日娜（内蒙古）、郝建国（内蒙古）",
              "公示期为5个工作日。如有异议，请以书面形式向中央社会工作部社会组织工作局反映。"],
           end="（中央社会工作部供稿）", src="中央社会工作部", prov=None, ag="中央社会工作部", d="2023-11-21",
           ppl=["王军", "柳春艳", "朴成哲", "孙丽娟", "阿依努尔·托合提", "赵鹏", "乌日娜", "郝建国"],
           tags=["honour_list", "national_body", "multi_line_title", "dot_name", "enumeration"])
text_page(f"{P1}/2023-11-21/04.txt", "utf-8", False, "national",
          ["神州社区报  2O23年ll月2l日  星期二\n笫4版 基层党建", A3a, A3b, A3c, "责 任编辑：蒋 黎"],
          ["ocr", "stray_spaces"], w=13, kind="ocr")

A4a = dict(t="黑龙江省民政厅召开2024年度¦机关党组织书记抓党建述职评议会",
           b=["l2月26日，黑龙江省民政厅召开2024年度机关党组织书记抓党建工作述职评议会。厅属l8个党组织书记逐一述职，接受现场测评。",
              "厅党组书记、厅长葛海峰在点评时指出，要落实全面从严治党主体责任，坚持“第一议题”制度，推动机关党建和业务工作深度融合。",
              "会议要求，新的一年要围绕“三个聚焦”，即聚焦政治建设、聚焦基层组织、聚焦作风转变，持续擦亮“龙江民政·为民先锋”党建品牌。"],
           end="（黑龙江省民政厅供稿）", src="黑龙江省民政厅", prov="黑龙江", ag="黑龙江省民政厅",
           d="2024-12-26", ppl=["葛海峰"], nf=["三个聚焦"], tags=["year_boundary", "multi_line_title"])
A4b = dict(t="以“三会一课”锤炼机关党员党性", top="文/窦明哲",
           b=["“三会一课”是党的组织生活的基本制度。一些机关支部存在重形式轻内容、重部署轻落实的问题，根子在于对制度的政治功能认识不足。",
              "锤炼党性，贵在经常。要把“三会一课”开成党员受教育、解难题的课堂，让每一次组织生活都有主题、有交锋、有收获，推动以学正风、以学促干。"],
           end="（作者系吉林大学马克思主义学院副教授）", src=None, prov=None, ag=None, d="2025-01-07",
           ppl=["窦明哲"], tags=["byline_top"])
A4c = dict(t=None, mk="■",
           b=["岁末年初，辽宁省民政厅组织党员干部深入困难群众家中走访慰问，送去米面油和慰问金。"],
           end="（通讯员 费思远）", endin=True, src=None, prov="辽宁", ag="辽宁省民政厅", d="2025-01-07",
           ppl=["费思远"], tags=["briefs", "title_none", "relative_date"])
text_page(f"{P1}/2025-01-07/05.txt", "utf-8", False, "national",
          ["2O25年l月7日 星期二 神州社区报 5", "党建周刊", A4a, A4b, A4c],
          ["ocr", "no_blank_lines"], w=13, pb=False, sep=False, kind="ocr")

# ================================================================ 2. 雾凇日报
P2 = "雾凇日报"
B1a = dict(t="省民政厅以学促干推动主题教育走深走实", lead="本报讯（记者 金美善 通讯员 高博）",
           b=["6月19日，省民政厅召开主题教育推进会，对前一阶段工作进行总结，部署调查研究成果转化工作。厅党组书记、厅长郭振宇出席并讲话。",
              "主题教育开展以来，厅党组坚持以学铸魂、以学增智、以学正风、以学促干，围绕养老服务、社会救助、儿童福利等领域确定12个调研课题，班子成员带队深入延边、白山、通化等地蹲点调研。",
              "郭振宇表示，要把调研成果转化为解决群众急难愁盼问题的实际举措，"],
           caps=[(1, "图为厅机关青年干部在延吉市一社区走访困难群众。（记者 金美善 摄）", "")],
           tail="（下转第3版）",
           src=P2, prov="吉林", ag="吉林省民政厅", d="2023-06-19", ppl=["金美善", "高博", "郭振宇"],
           tags=["dateline", "province_context", "captions", "name_verb"])
B1b = dict(head="【支部风采】", t="延边州民政局机关党支部¦推进“三会一课”规范化建设",
           b=["近日，延边州民政局机关党支部制定“三会一课”工作清单，明确会前学习、会中研讨、会后落实“三个环节”，推动组织生活规范化。",
              "党支部书记崔英浩说：“我们用朝汉双语开展党课，让每名党员都听得懂、记得住、用得上。”"],
           end="（延边州民政局供稿）", src="延边州民政局", prov="吉林", ag="延边州民政局", d="2023-06-20",
           ppl=["崔英浩"], nf=["三个环节"], tags=["name_verb", "relative_date", "column_label", "multi_line_title"])
B1c = dict(t="长春市朝阳区民政局开展“党建+养老”结对共建", lead="本报讯（通讯员 宋雨桐）",
           b=["6月16日，长春市朝阳区民政局机关党支部与区内5家养老机构党支部签订结对共建协议，围绕医养结合、适老化改造等开展联学联建。",
              "双方将定期开展联合主题党日，组织党员志愿者为入住老人提供陪伴、理发等服务。"],
           src=P2, prov="吉林", ag="长春市朝阳区民政局", d="2023-06-16", ppl=["宋雨桐"], tags=["dateline"])
text_page(f"{P2}/2023-06-20/01.txt", "utf-8", True, "provincial",
          ["雾凇日报\n2023年6月20日  星期二  第1版  要闻", B1a, B1b, B1c, "责任编辑 / 梁 爽"],
          ["crlf", "stray_spaces"], w=17, ind="　　")

B2a = dict(t=None, head="（上接第1版）",
           b=["确保每一项调研成果都有责任人、有时间表。",
              "会议要求，厅属各单位要对照问题清单逐项整改，建立整改台账，实行销号管理，以模范机关建设的新成效推动民政事业高质量发展。"],
           attr="", src=P2, prov="吉林", ag="吉林省民政厅", d="2023-06-19",
           tags=["continued", "title_none", "province_context"])
B2b = dict(t="通化市社会组织综合党委¦“党建+公益”项目惠及万余群众", lead="本报通化6月18日电（记者 范思琪）",
           b=["18日，通化市社会组织综合党委发布“党建+公益”项目年度清单，42个项目涵盖助老、助残、助学等领域，预计惠及群众1.2万余人。",
              "综合党委负责人介绍，项目实行“党组织提议、社会组织认领、群众评议”的运行机制，党员在项目中亮身份、当先锋。",
              "通化市爱心志愿者协会党支部书记于海燕表示，将组织党员志愿者每月开展两次入户服务。"],
           caps=[(2, "图为志愿者为社区老人测量血压。（范思琪 摄）", "")],
           src=P2, prov="吉林", ag="通化市社会组织综合党委", d="2023-06-18", ppl=["范思琪", "于海燕"],
           tags=["dateline", "captions", "name_verb", "multi_line_title"])
B2c = dict(head="■相关链接", t="什么是社会组织综合党委",
           b=["社会组织综合党委是由民政部门或社会组织登记管理机关党组织牵头组建，统一领导和管理所属社会组织党建工作的党组织，主要职责包括推进党的组织和党的工作有效覆盖、指导社会组织党组织开展活动等。"],
           src=None, prov=None, ag=None, d="2023-06-20", tags=["related_link"])
text_page(f"{P2}/2023-06-20/03.txt", "gb18030", False, "provincial",
          ["2023年6月20日 星期二  第3版\n雾凇日报·综合", B2a, B2b, B2c, "责任编辑 / 梁 爽"],
          ["gb18030"], w=17, ind="　　")

B3a = dict(t="吉林省民政厅党组部署党纪学习教育", lead="本报讯（记者 金美善）",
           b=["4月12日上午，吉林省民政厅党组召开会议，对全厅党纪学习教育作出部署。",
              "会议要求，要坚持以学铸魂、以学正风，一是原原本本学条例，二是举一反三查问题，三是严格落实中央八项规定精神，持之以恒纠治“四风”。",
              "会议强调，要把党纪学习教育与巩固拓展主题教育成果结合起来，教育引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”。"],
           src=P2, prov="吉林", ag="吉林省民政厅", d="2024-04-12", ppl=["金美善"],
           tags=["dateline", "half_day_date", "enumeration"])
B3b = dict(t="白山市浑江区民政局开展“四下基层”调研", lead="本报讯（通讯员 吕子涵）",
           b=["4月上旬，白山市浑江区民政局党支部组织党员干部深入6个乡镇（街道）开展调研，收集群众意见建议37条。",
              "局党支部书记孟庆辉说，要把群众的“问题清单”变成民政部门的“履职清单”。"],
           src=P2, prov="吉林", ag="白山市浑江区民政局", d="2024-04-01", ppl=["吕子涵", "孟庆辉"],
           tags=["dateline", "period_date", "name_verb"])
B3c = dict(t="松原市举办社会组织党务工作者培训班", tpos="a",
           b=["4月10日，松原市民政局举办社会组织党务工作者培训班，全市120余名社会组织党组织书记和党建指导员参加培训。培训班邀请省委党校教授作辅导报告，解读社会组织党建工作新要求。"],
           end="（松原市民政局供稿）", src="松原市民政局", prov="吉林", ag="松原市民政局", d="2024-04-10",
           tags=["title_after"])
text_page(f"{P2}/2024-04-16/05.txt", "utf-8-sig", False, "provincial",
          ["雾凇日报 2024年4月16日 星期二 第5版 党建·基层", B3a, B3b, B3c, "责任编辑：梁爽 校对：华晨"],
          ["utf8_bom", "no_blank_lines"], w=16, pb=False, sep=False, ind="　　")

B4a = dict(t="以党建引领激活社区治理“末梢神经”¦——四平市铁西区推进“网格+党建”工作纪实",
           top="本报记者 薛凯文 通讯员 田甜",
           b=["走进四平市铁西区英雄街道的网格党支部活动室，墙上的“民情地图”标注着每一户居民的基本情况。",
              "网格里建起党支部",
              "去年以来，四平市铁西区委社会工作部将全区划分为286个网格，在符合条件的网格建立党支部，选派1100余名机关党员下沉网格，做到“小事不出网格、大事不出社区”。",
              "服务跟着需求走",
              "区民政局局长戴晓明介绍，该区建立“群众点单、网格派单、党员接单”机制，今年以来累计办结群众诉求4300余件。",
              "英雄街道党工委书记林雪说：“党建引领把散落的力量聚起来，社区治理有了主心骨。”"],
           src=P2, prov="吉林", ag="四平市铁西区委社会工作部", d="2025-05-13",
           ppl=["薛凯文", "田甜", "戴晓明", "林雪"],
           tags=["byline_top", "subtitle", "multi_line_title", "subheadings", "name_verb", "relative_date", "editor_note"])
B4b = dict(t="把“两个确立”转化为推动民政事业¦发展的实际行动", top="□ 柏雨晴",
           b=["深刻领悟“两个确立”的决定性意义，是新时代党员干部的必修课。对民政部门而言，关键在于把政治忠诚体现到兜底线、织密网、建机制的具体工作中。",
              "要坚持学思想、强党性、重实践、建新功，在推进中国式现代化的进程中，持续提升基本民生保障水平。"],
           end="（作者单位：吉林省委党校党建教研部）", src=None, prov=None, ag=None, d="2025-05-13",
           ppl=["柏雨晴"], tags=["byline_top", "multi_line_title"])
text_page(f"{P2}/2025-05-13/06.txt", "utf-8", False, "provincial",
          ["第6版 / 理论·实践\n雾凇日报    2025年5月13日 星期二",
           "编者按：党建引领基层治理，关键在于把党的组织优势转化为治理效能。本期刊发一组来自基层的实践探索，以飨读者。",
           B4a, B4b, "责任编辑：梁爽 校对：华晨"],
          ["editor_note"], w=18, ind="　　")

# ================================================================ 3. 鹤城晚报
P3 = "鹤城晚报"
C1a = dict(t="建华区：“红色物业”让老旧小区焕新颜", lead="晚报讯（记者 丛晓林 通讯员 贺佳）",
           b=["5月27日上午，记者在建华区中华街道一处老旧小区看到，新粉刷的楼道干净整洁，停车位划线规范有序。",
              "“过去没人管的事，现在有了党支部牵头。”居民刘桂芝说。据了解，建华区民政局联合街道党工委推动物业企业成立党支部，建立“社区党组织+业委会+物业”三方议事机制。",
              "今年以来，全区已有23个小区引入“红色物业”，解决群众反映问题460余件。"],
           caps=[(0, "党员志愿者为小区居民义务理发。 记者 丛晓林 摄", "▲")],
           src=P3, prov="黑龙江", ag="建华区民政局", d="2024-05-27", ppl=["丛晓林", "贺佳", "刘桂芝"],
           tags=["dateline", "captions", "half_day_date", "province_context", "name_verb"])
C1b = dict(t="齐齐哈尔市民政局¦开展“清廉民政”建设月活动", lead="晚报讯（通讯员 邢雅楠）",
           b=["5月中旬起，齐齐哈尔市民政局在全系统开展“清廉民政”建设月活动，以清廉机关建设为抓手，推动全面从严治党向纵深发展。",
              "活动期间，市局将组织廉政党课、警示教育、廉政家访等系列活动。市民政局党组书记、局长殷志刚强调，要紧盯社会救助、养老服务等民生资金，守牢廉洁底线。",
              "市民政局还将开展“三项行动”，即作风建设提升行动、民生资金监管行动、窗口服务优化行动。"],
           pull=(1, "『要紧盯社会救助、养老服务等民生资金，守牢廉洁底线。』"),
           src=P3, prov="黑龙江", ag="齐齐哈尔市民政局", d="2024-05-11", ppl=["邢雅楠", "殷志刚"],
           nf=["三项行动"], tags=["dateline", "period_date", "multi_line_title", "pull_quote"])
text_page(f"{P3}/2024-05-28/A06.txt", "gb18030", True, "provincial",
          ["鹤城晚报 · A06 城事\n2024.05.28 星期二", "红色引擎", C1a, C1b,
           "责编 乔楠  美编 冯露\n新闻热线 0452-6123456"],
          ["gb18030", "crlf", "column_label"], w=12)

C2a = dict(t="梅里斯达斡尔族区民政局¦打造“达斡尔之家”互助养老点", lead="晚报讯（记者 苗青）",
           b=["近日，梅里斯达斡尔族区民政局在雅尔塞镇建成首个“达斡尔之家”互助养老点，为周边80余名老人提供助餐、日间照料和文化娱乐服务。",
              "雅尔塞镇党委书记敖登格日乐说，养老点由村党支部领办，党员志愿者轮流值守。",
              "该区民政局计划年内再建5个互助养老点，实现镇级全覆盖。"],
           src=P3, prov="黑龙江", ag="梅里斯达斡尔族区民政局", d="2024-05-28", ppl=["苗青", "敖登格日乐"],
           tags=["dateline", "relative_date", "name_verb", "multi_line_title"])
C2b = dict(t="龙沙区社会组织党委召开党建指导员工作例会",
           b=["5月24日下午，龙沙区社会组织党委召开党建指导员工作例会，通报一季度社会组织党建工作情况，部署“两个覆盖”攻坚任务。",
              "会议要求，党建指导员要每月到所联系社会组织走访不少于两次，帮助建立健全“三会一课”等制度。"],
           end="（龙沙区民政局供稿）", src="龙沙区民政局", prov="黑龙江", ag="龙沙区社会组织党委",
           d="2024-05-24", nf=["两个覆盖"], tags=["half_day_date"])
C2c = dict(t="2023年度全市社区“最美党员志愿者”名单",
           b=["经社区推荐、群众评议，市委社会工作部、市民政局决定授予以下10名同志2023年度全市社区“最美党员志愿者”称号：",
              "龙沙区：于　洋、张淑琴、韩冬梅",
              "建华区：李宝山、任　芳",
              "铁锋区：杜文广、包玉兰",
              "昂昂溪区：孟凡华、其其格",
              "富拉尔基区：郭　瑞"],
           end="（据齐齐哈尔市委社会工作部）", src="齐齐哈尔市委社会工作部", prov="黑龙江",
           ag="齐齐哈尔市委社会工作部", d="2024-05-28",
           ppl=["于洋", "张淑琴", "韩冬梅", "李宝山", "任芳", "杜文广", "包玉兰", "孟凡华", "其其格", "郭瑞"],
           tags=["honour_list", "province_context"])
text_page(f"{P3}/2024-05-28/A07.txt", "gb18030", False, "provincial",
          ["A07 城事·社区\n鹤城晚报  2024.05.28", C2a, C2b, C2c, "责编 乔楠  美编 冯露"],
          ["gb18030"], w=13)

C3a = dict(t="铁锋区民政局党支部开展¦“喜迎二十大 建功新时代”主题党日活动", lead="晚报讯（通讯员 姜蕾）",
           b=["9月2日，铁锋区民政局党支部组织全体党员来到江桥抗战纪念地，开展“喜迎二十大 建功新时代”主题党日活动。",
              "党员们重温入党誓词，聆听抗战故事，并围绕“如何在民政岗位上践行初心使命”进行交流。局党支部书记宫树林表示，要以优异成绩迎接党的二十大胜利召开。"],
           src=P3, prov="黑龙江", ag="铁锋区民政局", d="2022-09-02", ppl=["姜蕾", "宫树林"],
           tags=["double_spaced", "dateline", "name_verb", "multi_line_title"], ds=True)
C3b = dict(t="市慈善总会党支部¦“慈善助学”送爱心", lead="晚报讯（记者 丛晓林）",
           b=["9月5日，齐齐哈尔市慈善总会党支部联合爱心企业，为65名家庭困难的新入学大学生发放助学金共计32.5万元。",
              "市慈善总会负责人表示，党支部将继续发挥党员先锋模范作用，把党的温暖送到困难群众心坎上。"],
           caps=[(1, "助学金发放现场。 记者 丛晓林 摄", "▲")],
           src=P3, prov="黑龙江", ag="齐齐哈尔市慈善总会", d="2022-09-05", ppl=["丛晓林"],
           tags=["dateline", "captions", "multi_line_title"])
C3c = dict(t=None, mk="◆",
           b=["9月1日，碾子山区民政局组织机关党员到华安社区开展“我为群众办实事”志愿服务，帮助独居老人清理院落、检修电路。"],
           end="（通讯员 房卓）", endin=True, src=None, prov="黑龙江", ag="碾子山区民政局", d="2022-09-01",
           ppl=["房卓"], tags=["briefs", "title_none"])
text_page(f"{P3}/2022-09-06/A05.txt", "utf-8", False, "provincial",
          ["鹤城晚报 · A05 城事\n2022.09.06 星期二", C3a, C3b, C3c, "责编 乔楠  美编 冯露"],
          [], w=12)

C4a = dict(t="市民政局学习宣传贯彻党的二十大精神", mk="◆",
           b=["12月23日，齐齐哈尔市民政局举办学习宣传贯彻党的二十大精神专题宣讲会，局党组成员、副局长卢建民作宣讲报告。"],
           src=None, prov="黑龙江", ag="齐齐哈尔市民政局", d="2022-12-23", ppl=["卢建民"], tags=["briefs"])
C4b = dict(t=None, mk="◆",
           b=["12月中旬，富拉尔基区民政局开展冬季困难群众走访慰问活动，为312户困难家庭送去米面油和取暖补贴。"],
           src=None, prov="黑龙江", ag="富拉尔基区民政局", d="2022-12-11", tags=["briefs", "title_none", "period_date"])
C4c = dict(t="讷河市", mk="◆", brk=True,
           b=["日前，讷河市民政局机关党支部与12个村党支部开展结对共建，推动农村养老服务提质增效。"],
           end="（通讯员 孔令赫）", endin=True, src=None, prov="黑龙江", ag="讷河市民政局", d="2022-12-27",
           ppl=["孔令赫"], tags=["briefs", "relative_date"])
C4d = dict(t="依安县社会组织党委换届", mk="◆",
           b=["12月20日，依安县社会组织党委召开党员大会，选举产生新一届委员会。新当选的党委书记柴玉明表示，将推动“两个覆盖”工作再上新台阶。"],
           src=None, prov="黑龙江", ag="依安县社会组织党委", d="2022-12-20", ppl=["柴玉明"], nf=["两个覆盖"],
           tags=["briefs", "name_verb"])
C4e = dict(t=None, mk="【快讯】", mkword=True,
           b=["12月26日，克东县民政局召开党风廉政建设专题会议，要求严格落实中央八项规定精神，防止“四风”反弹。"],
           src=None, prov="黑龙江", ag="克东县民政局", d="2022-12-26", tags=["briefs", "title_none"])
text_page(f"{P3}/2022-12-27/A06.txt", "utf-8", True, "provincial",
          ["鹤城晚报 2022年12月27日 星期二 A06 鹤城快讯", C4a, C4b, C4c, C4d, C4e, "责编 乔楠"],
          ["crlf", "no_blank_lines"], w=20, pb=False, sep=False)

# ================================================================ 4. 扎兰屯融媒 (HTML)
P4 = "扎兰屯融媒"


def h(s):
    return clean(s.replace("¦", "<br>")) if s else ""


def html_doc(title, charset, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"%s\">\n<title>%s_扎兰屯融媒</title>\n"
            "<link rel=\"stylesheet\" href=\"/css/main.css\">\n<script>var _hits=0;</script>\n</head>\n<body>\n"
            "<div class=\"top\"><a href=\"/\">扎兰屯融媒</a> | <a href=\"/dj/\">党建引领</a> | <a href=\"/ms/\">民生</a> | <a href=\"/szb/\">数字报</a></div>\n"
            "%s\n<div class=\"foot\">主办：扎兰屯市融媒体中心　地址：扎兰屯市中央路 | 蒙ICP备2021000123号</div>\n</body>\n</html>\n") % (charset, title, inner)


def write_html(rel, enc, text, arts, tags):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(enc))
    register(rel, enc, False, "html", "county", arts, ["html"] + tags)


D1 = dict(t="扎兰屯市民政局召开党纪学习教育¦警示教育大会",
          b=["5月9日下午，扎兰屯市民政局召开党纪学习教育警示教育大会，组织全体干部职工观看警示教育片，通报近年来民政领域违纪违法典型案例。",
             "局党组书记、局长苏和·巴雅尔指出，要以案为鉴、以案促改，严格落实中央八项规定精神，持续深化清廉机关建设。",
             "会上，与会人员签订了廉洁从政承诺书。"],
          caps=[(0, "图为警示教育大会现场。（融媒记者 哈斯图雅 摄）", "")],
          attr="来源：扎兰屯市民政局", src="扎兰屯市民政局", prov="内蒙古", ag="扎兰屯市民政局", d="2024-05-09",
          ppl=["苏和·巴雅尔", "哈斯图雅"], tags=["half_day_date", "dot_name", "captions", "multi_line_title", "name_verb"])
inner = ("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/dj/\">党建引领</a> &gt; 基层动态</div>\n"
         "<div class=\"article\">\n<h1>%s</h1>\n"
         "<div class=\"info\"><span>发布时间：2024-05-10 10:26</span>　<span>来源：扎兰屯市民政局</span>　<span>作者：</span>　"
         "<span>浏览次数：<em id=\"hits\">326</em></span>　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>\n"
         "<div class=\"TRS_Editor\">\n<p style=\"text-indent:2em\">%s</p>\n"
         "<p style=\"text-align:center\"><img src=\"/uploads/2024/05/10/jsjy01.jpg\" alt=\"\"></p>\n"
         "<p class=\"pic-note\" style=\"text-align:center\">%s</p>\n"
         "<p style=\"text-indent:2em\">%s</p>\n<p style=\"text-indent:2em\">%s</p>\n</div>\n"
         "<div class=\"tools\"><a href=\"javascript:window.print()\">【打印】</a> <a href=\"javascript:window.close()\">【关闭】</a></div>\n"
         "<div class=\"xglj\"><h4>相关链接</h4><ul>\n<li><a href=\"/dj/2024/0426/1187.html\">扎兰屯市召开社会组织党建工作推进会</a></li>\n"
         "<li><a href=\"/dj/2024/0418/1163.html\">市民政局组织开展党纪学习教育读书班</a></li>\n</ul></div>\n</div>") % (
    h(D1["t"]), h(D1["b"][0]), h(D1["caps"][0][1]), h(D1["b"][1]), h(D1["b"][2]))
write_html(f"{P4}/2024-05-10/content_1201.html", "utf-8",
           html_doc(clean(D1["t"]), "utf-8", inner), [D1], [])

D2 = dict(t="党建引领基层治理¦兴华街道“红色议事厅”议出居民幸福感¦——扎兰屯市推进城市基层党建工作纪实",
          b=["在扎兰屯市兴华街道繁荣社区，每月15日的“红色议事厅”是居民们最期待的日子。小区停车难、楼道照明、垃圾分类……居民提出的问题在这里被逐一摆上桌面。",
             "“一是议题由居民提，二是方案大家定，三是结果公开晒。”兴华街道党工委书记王丽娜介绍说，今年以来，街道通过“红色议事厅”解决各类民生问题110余件。",
             "街道还组建了由党员、楼长、志愿者组成的“先锋服务队”，蒙古族老党员敖特根·图门已连续三年为社区独居老人上门送餐。",
             "扎兰屯市民政局有关负责人表示，将在全市推广这一做法，推动党建引领基层治理走深走实。"],
          attr="来源：本网 作者：张宏伟 乌恩其", src=P4, prov="内蒙古", ag="兴华街道党工委", d="2024-08-23",
          ppl=["张宏伟", "乌恩其", "王丽娜", "敖特根·图门"],
          tags=["kicker", "subtitle", "multi_line_title", "enumeration", "dot_name", "name_verb", "relative_date"])
k, m, s = D2["t"].split("¦")
inner = ("<div class=\"crumb\">您现在的位置：<a href=\"/\">首页</a> &gt;&gt; <a href=\"/dj/\">党建引领</a> &gt;&gt; 正文</div>\n"
         "<div class=\"article\">\n<h3 class=\"yt\">%s</h3>\n<h1>%s</h1>\n<h2 class=\"fbt\">%s</h2>\n"
         "<div class=\"info\">来源：本网&nbsp;&nbsp;作者：张宏伟 乌恩其&nbsp;&nbsp;发布时间：2024-08-23 16:05&nbsp;&nbsp;点击：<span id=\"c\">1,084</span></div>\n"
         "<div class=\"content\">\n%s\n</div>\n"
         "<div class=\"tools\">【<a href=\"#\">打印本页</a>】【<a href=\"#\">关闭窗口</a>】</div>\n</div>") % (
    k, m, s, "\n".join("<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>" % h(p) for p in D2["b"]))
write_html(f"{P4}/2024-08-23/content_1342.html", "gb18030",
           html_doc(m, "gb18030", inner), [D2], ["gb18030"])

D3 = [
    (dict(t="市民政局开展“三会一课”质量提升专项行动",
          b=["11月27日，扎兰屯市民政局党组印发方案，在局属各党支部开展“三会一课”质量提升专项行动，推动组织生活规范化、常态化……"],
          attr="", src=P4, prov="内蒙古", ag="扎兰屯市民政局", d="2024-11-27", tags=[]), "2024-11-28"),
    (dict(t="扎兰屯市社会组织综合党委举办党务工作者培训",
          b=["近日，扎兰屯市社会组织综合党委举办2024年度社会组织党务工作者培训班，40余名学员参加培训……"],
          attr="", src=P4, prov="内蒙古", ag="扎兰屯市社会组织综合党委", d="2024-11-20", tags=["relative_date"]), "2024-11-20"),
    (dict(t="高台子街道开展“敬老月”志愿服务",
          b=["10月下旬，高台子街道党工委组织党员志愿者走访辖区高龄、空巢老人，开展健康义诊、政策宣讲等志愿服务……"],
          attr="", src=P4, prov="内蒙古", ag="高台子街道党工委", d="2024-10-21", tags=["period_date"]), "2024-10-30"),
    (dict(t="市民政局机关党支部赴成吉思汗镇开展结对共建",
          b=["10月18日上午，扎兰屯市民政局机关党支部到成吉思汗镇开展“支部联建·共促振兴”活动，与镇敬老院党支部签订共建协议……"],
          attr="", src=P4, prov="内蒙古", ag="扎兰屯市民政局", d="2024-10-18", tags=["half_day_date"]), "2024-10-18"),
]
lis = "\n".join("<li><a href=\"/dj/jcdt/%d.html\" target=\"_blank\">%s</a>\n<p class=\"zy\">%s</p>\n<span class=\"date\">%s</span></li>"
                % (1400 - i * 17, h(a["t"]), h(a["b"][0]), st) for i, (a, st) in enumerate(D3))
inner = ("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/dj/\">党建引领</a> &gt; 党建动态</div>\n"
         "<div class=\"list\"><h2 class=\"lm\">党建动态</h2>\n<ul>\n%s\n</ul>\n"
         "<div class=\"page\">共 86 条　<a>首页</a> <a>上一页</a> <b>1</b> <a>2</a> <a>3</a> … <a>9</a> <a>下一页</a> <a>尾页</a></div>\n</div>") % lis
write_html(f"{P4}/2024-11-29/list_dj.html", "utf-8", html_doc("党建动态", "utf-8", inner), [a for a, _ in D3], [])

D4a = dict(t="扎兰屯市召开2024年度基层党组织书记抓党建述职评议会", lead="融媒讯（记者 哈斯图雅）",
           b=["2月14日，扎兰屯市委召开2024年度基层党组织书记抓基层党建工作述职评议会，市委社会工作部、市民政局等12个部门党组织书记现场述职。",
              "市委副书记贺云峰在点评时强调，要坚持党建引领，聚焦“两个覆盖”补短板，推动党建工作与中心工作同频共振。"],
           src=P4, prov="内蒙古", ag="扎兰屯市委", d="2025-02-14", ppl=["哈斯图雅", "贺云峰"], nf=["两个覆盖"],
           tags=["dateline"])
D4b = dict(t="民政局：春节期间走访慰问困难群众1200余户", lead="融媒讯（通讯员 萨仁 刘畅）",
           b=["春节前夕，扎兰屯市民政局组织党员干部分组深入14个乡镇（街道），走访慰问困难群众、孤寡老人1200余户，送去慰问金和生活物资。"],
           src=P4, prov="内蒙古", ag="扎兰屯市民政局", d="2025-02-18", ppl=["萨仁", "刘畅"],
           tags=["dateline", "relative_date"])
D4c = dict(t="卧牛河镇党委：党员“包联”独居老人",
           b=["日前，卧牛河镇党委组织全镇62名农村党员与独居老人结成帮扶对子，每周至少上门探望一次。",
              "镇党委书记胡日查说：“让老人有事有人管、有难有人帮。”"],
           attr="", src=None, prov="内蒙古", ag="卧牛河镇党委", d="2025-02-18", ppl=["胡日查"],
           tags=["name_verb", "relative_date"])


def epaper_art(a, n):
    ps = list(a["b"])
    if a.get("lead"):
        ps[0] = a["lead"] + ps[0]
    return ("<div class=\"art\" id=\"a%d\">\n<h2>%s</h2>\n<div class=\"ct\">\n%s\n</div>\n</div>"
            % (n, h(a["t"]), "\n".join("<p>%s</p>" % h(p) for p in ps)))


inner = ("<div class=\"bmnav\"><a href=\"node_01.html\">第01版：要闻</a> <b>第02版：党建</b> <a href=\"node_03.html\">第03版：民生</a></div>\n"
         "<div class=\"date\">2025年02月18日　星期二</div>\n<div class=\"bm\">\n%s\n</div>\n"
         "<div class=\"pn\"><a href=\"node_01.html\">上一版</a>　<a href=\"node_03.html\">下一版</a></div>\n"
         "<div class=\"zb\">本版责编：包晓燕</div>") % "\n".join(epaper_art(a, n) for n, a in enumerate((D4a, D4b, D4c), 1))
write_html(f"{P4}/2025-02-18/node_02.html", "utf-8", html_doc("第02版：党建", "utf-8", inner), [D4a, D4b, D4c], [])

# ================================================================ 5. 冀民党建工作简报 (docx)
P5 = "冀民党建工作简报"
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402


def add_par(doc, raw, bold=False, align=None, size=None, color=None):
    p = doc.add_paragraph()
    parts = raw.split("¦")
    for i, part in enumerate(parts):
        r = p.add_run(part.replace("|", " "))
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if i < len(parts) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def bulletin(rel, issue_no, date_cn, arts, dist, copies, extra_tags=()):
    doc = Document()
    add_par(doc, "冀民党建工作简报", bold=True, align="c", size=26, color=(0xC0, 0, 0))
    add_par(doc, "第%s期" % issue_no, align="c", size=14)
    add_par(doc, "河北省民政厅机关党委　　　　　　　　%s" % date_cn, size=12)
    add_par(doc, "━" * 22, color=(0xC0, 0, 0))
    add_par(doc, "本期要目", bold=True)
    for a in arts:
        add_par(doc, "◎ " + clean(a["t"]).split("——")[0])
    for a in arts:
        add_par(doc, a["t"], bold=True, align="c", size=16)
        for b in a["b"]:
            add_par(doc, "　　" + b, bold=b in a.get("subs", ()))
        add_par(doc, a["end"], align="r")
    add_par(doc, "━" * 22)
    for d in dist:
        add_par(doc, d)
    add_par(doc, "（共印%d份）" % copies, align="r")
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    register(rel, "docx", False, "docx", "bulletin", arts,
             ["docx", "bulletin_masthead", "contents_list", "distribution_lines"] + list(extra_tags))


E1a = dict(t="厅党组召开主题教育动员部署会",
           b=["4月14日上午，厅党组召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会。厅党组书记、厅长柴立国作动员讲话，省委第十巡回指导组组长宋景文到会指导。",
              "会议强调，要牢牢把握学思想、强党性、重实践、建新功的总要求，坚持以学铸魂、以学增智、以学正风、以学促干，确保主题教育高标准高质量开展。",
              "会议要求，一要提高政治站位，二要突出问题导向，三要强化组织领导。"],
           end="（厅机关党委办公室）", src="河北省民政厅机关党委办公室", prov="河北", ag="河北省民政厅",
           d="2023-04-14", ppl=["柴立国", "宋景文"], tags=["half_day_date", "enumeration", "province_context"])
E1b = dict(t="社会救助处党支部开展“一支部一品牌”创建",
           b=["近日，社会救助处党支部以“救在身边 助暖冀家”为品牌，制定创建方案，明确“五个一”工作任务，推动支部建设与业务工作深度融合。",
              "支部书记龚晓婷说：“品牌创建不是贴标签，而是要让困难群众真正感受到党的温暖。”"],
           end="（厅社会救助处党支部 龚晓婷）", src="河北省民政厅社会救助处党支部", prov="河北", ag="河北省民政厅",
           d="2023-04-18", ppl=["龚晓婷"], nf=["五个一"], tags=["name_verb", "relative_date", "province_context"])
E1c = dict(t="石家庄市民政局扎实推进模范机关创建",
           b=["4月上旬，石家庄市民政局召开模范机关创建推进会，对标“三级联动”要求，细化创建任务清单28项。"],
           end="（石家庄市民政局 邢立伟）", src="石家庄市民政局", prov="河北", ag="石家庄市民政局",
           d="2023-04-01", ppl=["邢立伟"], tags=["period_date"])
DIST = ["报：省委省直机关工委，厅党组成员", "送：各市（含定州、辛集市）民政局党组织", "发：厅机关各处室、厅属各单位党组织"]
bulletin(f"{P5}/2023-04-18/jianbao_04.docx", "4", "2023年4月18日", [E1a, E1b, E1c], DIST, 40)

E2a = dict(t="以学促干见实效 调查研究解难题¦——厅机关开展主题教育调研成果交流会",
           b=["8月25日，厅机关召开主题教育调研成果交流会，10个调研组负责同志汇报调研成果。",
              "一、聚焦群众急难愁盼选题",
              "各调研组围绕养老服务体系建设、低保边缘家庭认定、婚姻登记“跨省通办”等问题确定课题，深入11个市、32个县（市、区）开展调研。",
              "二、推动成果转化见效",
              "会上，养老服务处提出的“嵌入式社区养老服务设施建设”建议已转化为政策文件；社会事务处推动建立流浪乞讨人员救助“三项机制”。",
              "三、建立长效机制",
              "厅党组成员、副厅长牛晓光在点评时指出，要把调研成果转化运用情况纳入年度考核，防止调研“一阵风”。"],
           subs=("一、聚焦群众急难愁盼选题", "二、推动成果转化见效", "三、建立长效机制"),
           end="（办公室）", src="河北省民政厅办公室", prov="河北", ag="河北省民政厅", d="2023-08-25",
           ppl=["牛晓光"], nf=["三项机制"], tags=["subheadings", "subtitle", "multi_line_title", "province_context"])
E2b = dict(t="保定市社会组织党委推进“党建入章”工作",
           b=["8月中旬，保定市社会组织党委召开“党建入章”工作推进会。目前，全市已有1260家社会组织将党建工作要求写入章程，占应写入总数的96%。"],
           end="（保定市民政局 秦雯）", src="保定市民政局", prov="河北", ag="保定市社会组织党委",
           d="2023-08-11", ppl=["秦雯"], tags=["period_date"])
bulletin(f"{P5}/2023-08-29/jianbao_09.docx", "9", "2023年8月29日", [E2a, E2b], DIST, 40)

E3a = dict(t="厅机关党委召开2023年度党支部书记述职评议会",
           b=["12月28日，厅机关党委召开2023年度党支部书记抓党建工作述职评议会，厅属24个党支部书记现场述职。厅党组成员、机关党委书记范红梅点评。",
              "会议要求，新的一年要以党的二十大精神为指引，推进模范机关建设提质增效。"],
           end="（厅机关党委）", src="河北省民政厅机关党委", prov="河北", ag="河北省民政厅", d="2023-12-28",
           ppl=["范红梅"], tags=["year_boundary", "province_context"])
E3b = dict(t="养老服务处党支部开展“冬日暖阳”志愿服务",
           b=["岁末年初，养老服务处党支部组织党员到石家庄市长安区两家养老机构开展志愿服务，为入住老人表演节目、检查消防设施。"],
           end="（厅养老服务处党支部 任可欣）", src="河北省民政厅养老服务处党支部", prov="河北", ag="河北省民政厅",
           d="2024-01-09", ppl=["任可欣"], tags=["relative_date", "province_context"])
E3c = dict(t="邯郸市民政局：“四强”党支部创建全覆盖",
           b=["1月5日，邯郸市民政局召开“四强”党支部创建总结会，局属11个党支部全部达到政治功能强、支部班子强、党员队伍强、作用发挥强标准。"],
           end="（邯郸市民政局）", src="邯郸市民政局", prov="河北", ag="邯郸市民政局", d="2024-01-05", tags=[])
bulletin(f"{P5}/2024-01-09/jianbao_01.docx", "1", "2024年1月9日", [E3a, E3b, E3c], DIST, 45)

E4a = dict(t="关于表彰厅机关2024年度优秀共产党员¦和优秀党务工作者的决定（摘要）",
           b=["为树立先进典型，厅机关党委决定，对以下同志予以表彰。",
              "优秀共产党员（7名）",
              "办公室：魏　东、周晓静",
              "社会救助处：赵思源、马丽莎",
              "社会组织管理局：热依拉·¦艾海提",
              "儿童福利处：何　平、郑书航",
              "优秀党务工作者（3名）",
              "厅属事业单位：孙　悦、尹国庆、曹　宁"],
           end="（厅机关党委）", src="河北省民政厅机关党委", prov="河北", ag="河北省民政厅", d="2024-11-26",
           ppl=["魏东", "周晓静", "赵思源", "马丽莎", "热依拉·艾海提", "何平", "郑书航", "孙悦", "尹国庆", "曹宁"],
           tags=["honour_list", "dot_name", "multi_line_title", "province_context"])
E4b = dict(t="社会组织管理局党支部召开专题组织生活会",
           b=["11月20日下午，社会组织管理局党支部召开2024年度专题组织生活会，对照党纪学习教育要求开展批评和自我批评。局党支部书记詹世杰说，要把学习成果转化为服务社会组织高质量发展的实际成效。"],
           end="（厅社会组织管理局党支部）", src="河北省民政厅社会组织管理局党支部", prov="河北", ag="河北省民政厅",
           d="2024-11-20", ppl=["詹世杰"], tags=["half_day_date", "name_verb", "province_context"])
bulletin(f"{P5}/2024-11-26/jianbao_12.docx", "12", "2024年11月26日", [E4a, E4b], DIST, 40)

# ================================================================ 6. 东北党建观察 (magazine)
P6 = "东北党建观察"
F1a = dict(t="新时代社会组织党建工作的¦¦实践逻辑与路径优化", top="□ 魏长青  邓雨萱",
           b=["摘要：社会组织党建是党的建设新的伟大工程的重要组成部分。本文从政治引领、组织覆盖、功能发挥三个维度，分析新时代社会组织党建工作的实践逻辑，提出路径优化建议。",
              "关键词：社会组织；党建引领；组织覆盖",
              "一、政治引领：社会组织党建的根本遵循",
              "坚持以习近平新时代中国特色社会主义思想为指导，是做好社会组织党建工作的根本遵循。实践中，一些社会组织党组织存在“两张皮”现象，党建与业务脱节。",
              "二、组织覆盖：从“有形覆盖”到“有效覆盖”",
              "笫一，优化组建方式，推行单独组建、联合组建、行业统建相结合；笫二，选好配强党组织书记，从业务骨干中培养党务工作者。"],
           tail="（下转笫13页）", attr="魏长青  邓雨萱", src=None, prov=None, ag=None, d="2024-09-01",
           ppl=["魏长青", "邓雨萱"], tags=["byline_top", "subheadings", "enumeration", "multi_line_title"])
text_page(f"{P6}/2024-09-01/p12.txt", "utf-8", False, "magazine",
          ["东北党建观察  2O24年笫9期", "理 论 探 索", F1a, "l2"], ["ocr", "stray_spaces", "column_label"],
          w=20, kind="ocr")

F2a = dict(t=None, head="（上接笫l2页）",
           b=["三、功能发挥：让党建成为社会组织发展的“红色引擎”",
              "要把党建工作要求写入章程，推动党组织参与重大事项决策，以高质量党建引领社会组织高质量发展。"],
           end="（作者单位：辽宁大学马克思主义学院）", src=None, prov=None, ag=None, d="2024-09-01",
           tags=["continued", "title_none", "subheadings"])
F2b = dict(t="沈阳市和平区：“小巷管家”¦打通服务群众“最后一米”", top="本刊记者 齐越",
           b=["在沈阳市和平区南湖街道，一支由党员、退休干部和热心居民组成的“小巷管家”队伍活跃在大街小巷。",
              "和平区委社会工作部负责人介绍，全区已招募“小巷管家”23OO余名，构建起“街道党工委—社区党委—网格党支部—楼院党小组”组织体系。",
              "南湖街道党工委书记邵丽君说：“小巷管家就是群众身边的‘红色探头’。”"],
           src=P6, prov="辽宁", ag="和平区委社会工作部", d="2024-09-01", ppl=["齐越", "邵丽君"],
           tags=["byline_top", "name_verb", "multi_line_title"])
F2c = dict(head="编读往来", t="盼多刊发基层支部工作案例",
           b=["我是一名社区党支部书记，每期杂志都认真阅读。希望编辑部多刊发基层党支部落实“三会一课”的鲜活案例，为我们提供借鉴。"],
           end="（吉林省四平市铁东区北门街道 卢海鹰）", src=None, prov="吉林", ag=None, d="2024-09-01",
           ppl=["卢海鹰"], tags=["column_label"])
text_page(f"{P6}/2024-09-01/p13.txt", "utf-8", False, "magazine",
          ["东北党建观察  2O24年笫9期", F2a, "基 层 实 践", F2b, F2c, "l3"], ["ocr", "stray_spaces"],
          w=20, kind="ocr")

F3a = dict(t="把党建优势转化为服务效能¦——访内蒙古自治区民政厅党组成员、副厅长哈斯巴根",
           top="本刊记者 吴姝  本刊通讯员 那日苏",
           b=["问：近年来，自治区民政系统在机关党建方面有哪些特色做法？",
              "答：我们坚持“第一议题”制度，推动党建和业务“双融双促”。全区民政系统打造了“北疆民政·暖心先锋”党建品牌，培育了一批示范党支部。",
              "问：如何推动党建引领社会组织发展？",
              "答：我们建立了自治区、盟市、旗县“三级联动”工作机制，2024年新建社会组织党组织210个，实现党的组织和党的工作“两个覆盖”。",
              "问：今年有哪些重点任务？",
              "答：深入学习贯彻党的二十届三中全会精神，以铸牢中华民族共同体意识为主线，推进模范机关建设走深走实。"],
           src=P6, prov="内蒙古", ag="内蒙古自治区民政厅", d="2025-03-01", ppl=["吴姝", "那日苏", "哈斯巴根"],
           nf=["两个覆盖"], tags=["interview", "byline_top", "subtitle", "multi_line_title"])
F3b = dict(head="一线观察", t="哈尔滨市道里区：“党建+养老”让老人乐享晚年", top="文/本刊通讯员 孙启航",
           b=["2月中旬，哈尔滨市道里区民政局联合区委社会工作部召开“党建+养老”工作推进会，明确今年新建社区嵌入式养老服务站15个。"],
           src=P6, prov="黑龙江", ag="哈尔滨市道里区民政局", d="2025-02-11", ppl=["孙启航"],
           tags=["byline_top", "period_date", "column_label"])
text_page(f"{P6}/2025-03-01/p04.txt", "utf-8", False, "magazine",
          ["本期目录\n04  把党建优势转化为服务效能\n07  哈尔滨市道里区：“党建+养老”让老人乐享晚年\n"
           "10  机关党建与业务融合的三个着力点\n16  党建时讯", "东北党建观察 2025年第3期  ·访谈·", F3a, F3b, "4"],
          ["contents_list"], w=21)

F4a = dict(t="机关党建与业务融合的三个着力点¦——以辽宁省民政厅“党建+民生”实践为例", top="柳文博",
           b=["推动机关党建与业务工作深度融合，是建设模范机关的内在要求。辽宁省民政厅近年来探索“党建+民生”模式，为破解“两张皮”问题提供了有益借鉴。",
              "着力点之一：以政治建设统领业务工作。坚持把“两个维护”作为最高政治原则，在养老服务、社会救助等重点任务中设立党员先锋岗。",
              "着力点之二：以组织体系贯通工作链条。厅机关党支部与业务处室同步设置，支部书记由处长担任，实行“一岗双责”。",
              "着力点之三：以作风建设保障工作落实。严格落实中央八项规定精神，驰而不息纠治“四风”，推动清廉机关建设。"],
           end="（作者系中共辽宁省委党校教授）", src=None, prov="辽宁", ag="辽宁省民政厅", d="2025-03-01",
           ppl=["柳文博"], tags=["byline_top", "subtitle", "multi_line_title", "subheadings", "enumeration"])
F4b = dict(t="鞍山：社区“两委”成员培训全覆盖", mk="■",
           b=["2月下旬，鞍山市民政局举办社区“两委”成员履职能力培训班，覆盖全市486个社区。"],
           end="（鞍山市民政局供稿）", endin=True, src="鞍山市民政局", prov="辽宁", ag="鞍山市民政局", d="2025-02-21",
           tags=["briefs", "period_date"])
F4c = dict(t=None, mk="■",
           b=["1月中旬，白城市社会组织综合党委组织开展“党建进社会组织”集中宣讲，覆盖社会组织380余家。"],
           src=None, prov="吉林", ag="白城市社会组织综合党委", d="2025-01-11", tags=["briefs", "title_none", "period_date"])
F4d = dict(t="通辽市科尔沁区", mk="■", brk=True,
           b=["日前，科尔沁区民政局党组召开巡察整改专题民主生活会，班子成员逐一进行对照检查。"],
           src=None, prov="内蒙古", ag="科尔沁区民政局", d="2025-03-01", tags=["briefs", "relative_date"])
text_page(f"{P6}/2025-03-01/p10.txt", "gb18030", True, "magazine",
          ["·理论视窗·    东北党建观察 2025.3", F4a, "党建时讯", F4b, F4c, F4d, "10"],
          ["gb18030", "crlf", "column_label"], w=22)

# ================================================================ 7. 岫岩融媒
P7 = "岫岩融媒"
G1a = dict(t="县民政局开展“喜迎二十大”主题党日活动", sp=True,
           b=["8月12日，岫岩满族自治县民政局机关党支部组织党员干部到县革命烈士陵园开展主题党日活动，缅怀革命先烈，重温入党誓词。",
              "活动中，党员们还走进雅河乡敬老院，为五保老人打扫卫生、送去慰问品。局党支部书记关振宇表示，要以实际行动迎接党的二十大胜利召开。"],
           end="（融媒记者 佟雪）", src=P7, prov="辽宁", ag="岫岩满族自治县民政局", d="2022-08-12",
           ppl=["佟雪", "关振宇"], tags=["name_verb", "stray_spaces"])
G1b = dict(t="哨子河乡党委：“红色网格”织密民生保障网", sp=True, top="融媒记者 佟雪 通讯员 白玉洁",
           b=["近日，哨子河乡党委将全乡划分为48个网格，由村“两委”成员和党员担任网格员，常态化开展困难群众排查。",
              "今年以来，网格员共排查发现低保边缘家庭23户，均已纳入监测帮扶。"],
           src=P7, prov="辽宁", ag="哨子河乡党委", d="2022-08-16", ppl=["佟雪", "白玉洁"],
           tags=["byline_top", "relative_date", "stray_spaces"])
text_page(f"{P7}/2022-08-16/03.txt", "utf-8", False, "county",
          ["岫岩融媒    2022年8月16日    第三版", "党  建", G1a, G1b, "本版编辑：那晓冬"],
          ["column_label"], w=15)

G2a = dict(t="聚焦“两个覆盖”¦全县新建社会组织党组织15个", lead="融媒讯（记者 石磊）",
           b=["8月上旬，岫岩满族自治县社会组织党委召开专题会议，通报上半年社会组织党建工作情况。上半年，全县新建社会组织党组织15个，选派党建指导员32名。",
              "县委组织部副部长隋海波指出，要推动社会组织党组织规范化建设，切实发挥政治引领作用。"],
           src=P7, prov="辽宁", ag="岫岩满族自治县社会组织党委", d="2022-08-01", ppl=["石磊", "隋海波"],
           nf=["两个覆盖"], tags=["kicker", "multi_line_title", "dateline", "period_date", "name_verb"])
G2b = dict(t="县民政局推进清廉机关建设", tpos="a",
           b=["8月10日，县民政局召开清廉机关建设推进会，对照“三张清单”查摆廉政风险点26个，制定防控措施41条。"],
           end="（融媒记者 石磊）", src=P7, prov="辽宁", ag="岫岩满族自治县民政局", d="2022-08-10",
           ppl=["石磊"], nf=["三张清单"], tags=["title_after", "province_context"])
text_page(f"{P7}/2022-08-16/04.txt", "utf-8-sig", False, "county",
          ["2022年8月16日    第四版    岫岩融媒", G2a, G2b, "本版编辑：那晓冬"],
          ["utf8_bom"], w=15)

G3a = dict(t="县委召开2022年度基层党组织书记抓党建述职评议会", lead="融媒讯（记者 王辰）",
           b=["2月10日，县委召开2022年度基层党组织书记抓基层党建工作述职评议会。县委书记郎德山出席并点评。",
              "会议要求，各级党组织要深入学习贯彻党的二十大精神，坚持党建引领，推动基层党建全面进步、全面过硬。"],
           src=P7, prov="辽宁", ag="岫岩满族自治县委", d="2023-02-10", ppl=["王辰", "郎德山"],
           tags=["dateline", "province_context"])
G3b = dict(t="兴隆街道党工委推行“四办”工作法", lead="融媒讯（通讯员 刘欣悦）",
           b=["2月上旬，兴隆街道党工委推行“马上办、网上办、就近办、一次办”工作法，为辖区群众办理高龄津贴、低保申请等事项320余件。",
              "街道党工委书记于淑贤说：“党员干部多跑腿，群众就能少跑路。”"],
           src=P7, prov="辽宁", ag="兴隆街道党工委", d="2023-02-01", ppl=["刘欣悦", "于淑贤"],
           tags=["dateline", "period_date", "name_verb"])
G3c = dict(t=None, mk="■",
           b=["2月13日，县社会组织党委组织召开新春座谈会，20余家社会组织负责人参会。"],
           end="（通讯员 刘欣悦）", endin=True, src=None, prov="辽宁", ag="岫岩满族自治县社会组织党委",
           d="2023-02-13", ppl=["刘欣悦"], tags=["briefs", "title_none", "province_context"])
G3d = dict(t="县慈善总会党支部开展“春风送暖”活动", mk="■",
           b=["近日，县慈善总会党支部为120户困难家庭送去米、面、油等生活物资。"],
           src=None, prov="辽宁", ag="岫岩满族自治县慈善总会", d="2023-02-14",
           tags=["briefs", "relative_date", "province_context"])
text_page(f"{P7}/2023-02-14/02.txt", "gb18030", False, "county",
          ["岫岩融媒 2023年2月14日 第二版 综合新闻", G3a, G3b, "党建快讯", G3c, G3d],
          ["gb18030", "no_blank_lines", "column_label"], w=16, pb=False, sep=False)

G4a = dict(t="“三会一课”¦如何开出新气象？", top="融媒评论员",
           b=["“三会一课”是党的组织生活的基本制度，是加强党员教育管理的重要抓手。",
              "开出新气象，关键在于内容要实、形式要活、效果要好。要把学习贯彻党的二十大精神作为重要内容，结合乡村振兴、基层治理等实际，让党员在组织生活中有所思、有所得。"],
           src=P7, prov=None, ag=None, d="2023-02-14",
           tags=["byline_top", "double_spaced", "multi_line_title"], ds=True)
G4b = dict(t="雅河乡：党员志愿者为独居老人“送温暖”", lead="融媒讯（通讯员 赵天一）",
           b=["2月12日上午，雅河乡党委组织20余名党员志愿者，走访慰问辖区独居老人，为他们送去慰问品，检查取暖设施。",
              "乡党委书记富海鹰表示，将建立独居老人定期探访制度。"],
           pull=(0, "“将建立独居老人定期探访制度”"),
           src=P7, prov="辽宁", ag="雅河乡党委", d="2023-02-12", ppl=["赵天一", "富海鹰"],
           tags=["dateline", "half_day_date", "name_verb", "pull_quote"])
text_page(f"{P7}/2023-02-14/03.txt", "utf-8", True, "county",
          ["岫岩融媒 2023年2月14日 第三版 评论·民生", G4a, G4b, "本版编辑：那晓冬"],
          ["crlf"], w=14)

with open(os.path.join(HERE, "truth-%s.json" % SET), "w", encoding="utf-8") as f:
    json.dump(PAGES, f, ensure_ascii=False, indent=1)
print("pages", len(PAGES), "articles", sum(len(p["articles"]) for p in PAGES.values()))
