"""Truth pages (held back as batch h3, now development). Truth pages, set h3b (held back): seven invented publications x four pages = 28 pages.

Publications (name - province - publication_kind - formats - styles shown):
 1. 珠江民政周报 - 广东 - provincial weekly - 4 text layers (utf-8, utf-8 BOM, GB18030+CRLF, utf-8+CRLF).
    Header "珠江民政周报  date  星期X" + a section label line; datelines 本报讯（记者 … 通讯员 …） and
    本报广州M月D日电（记者 …）; kicker + title + ——subtitle; double-spaced lead article; captions
    图为…（记者 X 摄） after the body; a two-line title printed after its article; an interview
    (记者：/name：turns) with a top byline 本报记者 A B and a pull quote in 「」; a brief page of ■ items
    without blank lines; a （上接第1版） fragment; an honour list with padded two-character names;
    footer 责任编辑/美编 with the page number.
 2. 榕城日报 - 福建 (福州, prefecture paper -> provincial) - 2 text layers + 2 OCR text layers.
    Header "榕城日报 | date | A5 党建周刊"; 编者按 at the top; ▲ captions with bare "X 摄";
    （下转A6版） at the end of an article; decorative FOCUS label standing where a title is missing;
    title after its article; OCR pages with misread digits in heads (2O24, ]7), 笫 for 第, broken lines,
    a blank line inside a two-line title, ● briefs.
 3. 五指山融媒 - 海南 (五指山市 county media centre print) - 2 text layers + 2 OCR text layers.
    Masthead "五指山融媒 第N期" + 主办 line; top byline 文/图 …记者 X; closing （记者 X）/（…供稿）;
    ◆ briefs without blank lines; OCR pages (明 for 6月, l/] for 1, O for 0), ——subtitle, title after.
 4. 左江民政工作简报 - 广西 (崇左市民政局 bulletin) - 4 Word files.
    Masthead (name, 第N期, 崇左市民政局办公室编, date), 本期目录, articles with （X供稿）,
    报/送/发 distribution lines and （共印N份）; 编者按; an honour list; a two-line title with a forced
    line break; a 工作动态 page of 【headline】 items and ● items without headline.
 5. 壮乡民政网 - 广西 (regional civil-affairs portal) - 4 HTML pages (utf-8 x3, GB18030 x1).
    Breadcrumbs, info line 发布时间/来源/作者/浏览次数/【字体：大 中 小】, 打印本页/关闭窗口, 相关链接
    list of other pages; a 延伸阅读 box with its own text; an empty 作者： label; kicker/h1/——h2 titles;
    one list page (栏目 list with title, date and summary per entry); one topic page with two pieces.
 6. 梅江融媒 - 广东 (梅州市梅江区 county media centre print) - 4 text layers (utf-8, GB18030,
    utf-8+CRLF, utf-8 BOM). Dateline 梅江融媒讯（记者 X）; a page without any blank lines; an honour list;
    七一 feature with kicker, subtitle, pull quote, captions, name + 说/表示; ● briefs.
 7. 社会治理与党建 - national magazine (monthly; folder date = 1st of month) - 4 text layers
    (utf-8, utf-8, GB18030+CRLF, utf-8). Theory article with author name under the title, 摘要/关键词,
    numbered subheadings, （作者系…）; 本刊记者 interview 问/答 with a national body; dot names broken
    across lines; 地方实践 column with （据…） reports; double-spaced article; title after article.

Decisions beyond truth_conventions.md:
 - A dateline (本报讯（…）, 本报广州…电（…）, 梅江融媒讯（…）) is the attribution and is cut from the first
   body paragraph; the body starts with the text after it.
 - A top byline (本报记者 A B, 文/图 …记者 X, 本刊记者 X, 文/X) is the attribution; when the same piece
   also closes with a （作者单位：…） note the two are joined with one space (page order). The checker
   accepts such a joined attribution when each whitespace-separated part occurs on the page in order.
 - A county media centre's own credit (梅江融媒讯, （五指山市融媒体中心记者 X）, （记者 X）, 文/图 …
   记者 X) -> source is the publication itself (like 本报讯).
 - A bulletin's own piece (no credit printed) -> attribution "" and source null; （X供稿） -> X.
 - Source is the body as printed; only a bare 省/市 abbreviation is expanded with the publication's
   place (省民政厅 -> 广东省民政厅, 市民政局 -> 五指山市民政局). District/county bureaus stay as printed.
 - A （上接第1版） fragment with nothing printed at its end: attribution "" and source null; its
   province/agency/date are those of the (invisible) front-page report it continues.
 - Slogans: stored without quotation marks (两个确立, 不忘初心、牢记使命). The canonical list is matched
   automatically in title+body (whitespace removed) and every match is listed; quoted “N个……”
   formulations are added by hand (also without quotes).
 - OCR pages: titles, bodies, captions and attributions are the text-layer strings, misreads kept
   (笫, 2O23, l1月, 明 for 6月), because the truth must occur in the page; dates, people, agencies and
   slogans are the true readings (no misread is placed inside a name or a slogan).
 - HTML pages: the 来源/作者 info part is the attribution (without 发布时间 and 浏览次数); 来源：本网 would be
   the site. An empty 作者： is dropped. A 延伸阅读 box is its own article (label is furniture); the
   相关链接 list of links is furniture.
 - HTML list page: each list entry (title link, date, summary line) is an article: title = link text,
   body = [summary as printed, ending …… where cut], attribution "", source null, date = event day in
   the summary when given, else the entry's listed date. The folder date is the list's newest date.
 - Pull quotes are printed in 「」 or on their own line between paragraphs; they are furniture.
 - Honour lists: names padded with a full-width space (陈　静) are printed so in the body; people have
   them without the padding.
 - Page-level tags: the union of the article tags plus the page's own (format tags html/docx/ocr/
   gb18030/utf8_bom/crlf, column_label, no_blank_lines, stray_spaces, editor_note, bulletin_masthead,
   contents_list, distribution_lines, related_link when only a link list, pull_quote).
 - year_boundary is also used for an explicit 去年12月 event in a February issue.
 - A caption's ▲ marker is not part of it; a caption's bare credit "林清华 摄" is kept with it.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 5; round nine kind 5 (an agency printed in no form → null) 4; round nine kinds 2/7 (agency as printed; both forms printed → the shorter) 3 — 12 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h3b"

FIXED = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]

WD = "一二三四五六日"


def nows(s):
    return re.sub(r"\s+", "", s)


def auto_slogans(title, body):
    t = nows((title or "") + "".join(body)).replace("“", "").replace("”", "")
    return [f for f in FIXED if f in t]


def art(title, body, attribution="", source=None, province=None, agency=None, date=None,
        people=(), captions=(), tags=(), extra=()):
    sl = auto_slogans(title, body)
    for e in extra:
        if e not in sl:
            sl.append(e)
    return {"title": title, "body": list(body), "attribution": attribution, "source": source,
            "province": province, "agency": agency, "date": date, "people": list(people),
            "slogans": sl, "captions": list(captions), "phenomena": list(tags)}


def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)]


def ragged(s, widths):
    out, i, k = [], 0, 0
    while i < len(s):
        w = widths[k % len(widths)]
        out.append(s[i:i + w])
        i += w
        k += 1
    return out


def col(paras, w, gap=False, ds=False, indent="", widths=None):
    blocks = []
    for p in paras:
        ls = ragged(indent + p, widths) if widths else wrap(indent + p, w)
        blocks.append(("\n\n" if ds else "\n").join(ls))
    return ("\n\n" if (gap or ds) else "\n").join(blocks)


def colsplit(p, w, at, indent="　　"):
    """wrap p at width w, but force a line break right after the substring `at` (a dot name split)."""
    k = p.index(at) + len(at)
    return col([indent + p[:k]], w) + "\n" + col([p[k:]], w)


def stray(txt, seed, n):
    r = random.Random(seed)
    chars = list(txt)
    cand = [i for i in range(1, len(chars)) if chars[i] != "\n" and chars[i - 1] != "\n"]
    for i in sorted(r.sample(cand, min(n, len(cand))), reverse=True):
        chars.insert(i, " ")
    return "".join(chars)


def head_date(d):
    y, m, dd = map(int, d.split("-"))
    wd = WD[datetime.date(y, m, dd).weekday()]
    return f"{y}年{m}月{dd}日", f"星期{wd}"


PAGES = []


def page(path, kind, encoding, crlf, pkind, articles, raw=None, docx=None, tags=()):
    t = set(tags)
    for a in articles:
        t.update(a["phenomena"])
    if kind in ("html", "docx", "ocr"):
        t.add(kind)
    if encoding == "gb18030":
        t.add("gb18030")
    if encoding == "utf-8-sig":
        t.add("utf8_bom")
    if crlf:
        t.add("crlf")
    PAGES.append({"path": path, "kind": kind, "encoding": encoding, "crlf": crlf,
                  "publication_kind": pkind, "articles": articles, "raw": raw, "docx": docx,
                  "phenomena": sorted(t)})


def J(*parts):
    return "\n".join(parts)


# ---------------------------------------------------------------- 1. 珠江民政周报 (广东)
P1 = "珠江民政周报"


def p1_a():
    d = "2024-03-15"
    hd, wd = head_date(d)
    a1 = art("以学铸魂 以学促干省民政厅召开模范机关建设推进会——部署2024年“三级联动”重点任务",
             ["3月上旬，省民政厅在广州召开全省民政系统模范机关建设推进会，总结2023年“三级联动”工作成效，部署今年重点任务。厅党组书记、厅长陈志坚出席会议并讲话，厅党组成员、副厅长何国栋主持会议。",
              "会议指出，过去一年，全省民政系统深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，坚持以学铸魂、以学增智、以学正风、以学促干，把模范机关建设与兜底民生保障、基层社会治理等工作同谋划、同推进，涌现出一批“党建+民政服务”品牌。",
              "会议要求，各级民政部门要深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，持续深化省市县“三级联动”，以高质量党建引领民政事业高质量发展，为中国式现代化的广东实践贡献民政力量。"],
             "本报讯（记者 黄晓玲 通讯员 郑嘉豪）", P1, "广东", "广东省民政厅", "2024-03-01",
             ["黄晓玲", "郑嘉豪", "陈志坚", "何国栋"], ["图为推进会现场。（记者 黄晓玲 摄）"],
             ["kicker", "subtitle", "dateline", "double_spaced", "period_date", "province_context", "captions"])
    a2 = art("广州市社会组织党委开展“党课进社团”活动",
             ["3月8日，广州市社会组织党委在越秀区启动“党课进社团”活动，首批组织20名党建指导员走进行业协会商会、民办非企业单位讲授专题党课。",
              "市社会组织党委负责人区永强介绍，活动将持续至年底，覆盖全市400余家社会组织，推动“三会一课”制度在新兴领域落地落细。"],
             "本报讯（通讯员 林慧婷）", P1, "广东", "广州市社会组织党委", "2024-03-08",
             ["林慧婷", "区永强"], [], ["dateline", "multi_line_title", "stray_spaces"])
    a3 = art("深圳市民政局机关党委推动“第一议题”学习走深走实",
             ["近日，深圳市民政局机关党委印发通知，要求各党支部把学习习近平总书记最新重要讲话精神作为支部会议“第一议题”，建立学习台账，做到及时学、跟进学、联系实际学。",
              "通知明确，各支部每季度至少开展一次专题研讨，学习情况纳入年度党支部书记述职评议内容。"],
             "（据深圳市民政局）", "深圳市民政局", "广东", "深圳市民政局", d, [], [],
             ["title_after", "multi_line_title", "relative_date", "stray_spaces"])
    lead2 = col(["本报讯（通讯员 林慧婷）" + a2["body"][0]], 14)
    rest2 = col(a2["body"][1:], 14)
    raw = J("机关党建", f"{P1}  {hd}  {wd}", "",
            "以学铸魂 以学促干", "省民政厅召开模范机关建设推进会", "——部署2024年“三级联动”重点任务", "",
            stray(col(["本报讯（记者 黄晓玲 通讯员 郑嘉豪）" + a1["body"][0]] + a1["body"][1:], 13, ds=True), 11, 8),
            "", "图为推进会现场。（记者 黄晓玲 摄）", "",
            "广州市社会组织党委开展", "“党课进社团”活动", "",
            stray(lead2, 22, 4), "", stray(rest2, 23, 3), "",
            stray(col(a3["body"], 14, gap=True), 31, 6), "", "（据深圳市民政局）",
            "深圳市民政局机关党委推动", "“第一议题”学习走深走实", "",
            "责任编辑 梁嘉慧　美编 吴俊　　3", "")
    page(f"{P1}/{d}/03.txt", "text", "utf-8", False, "provincial", [a1, a2, a3], raw,
         tags=["column_label"])


def p1_b():
    d = "2024-06-28"
    hd, wd = head_date(d)
    a1 = art("让党的旗帜在社会组织中高高飘扬——访省委社会工作部副部长、省社会组织党委书记罗振华",
             ["今年以来，全省新成立社会组织党组织300余个，“两个覆盖”质量稳步提升。近日，记者就社会组织党建工作专访了省委社会工作部副部长、省社会组织党委书记罗振华。",
              "记者：今年全省社会组织党建工作的着力点在哪里？",
              "罗振华：我们的思路是把党组织建在社会组织发展最活跃的地方。一是抓覆盖，对新登记的社会组织同步开展党建工作；二是抓规范，推动“三会一课”、主题党日等制度落实；三是抓融合，把党建要求写入章程，纳入年检和等级评估。",
              "记者：行业协会商会数量多、分布散，如何让党建工作“接得住”？",
              "罗振华：关键是选好配强党建指导员。全省已选派党建指导员1200余名，实行“一员联系多会”，并建立省市县“三级联动”督导机制，发现问题及时整改。",
              "记者：下一步还有哪些打算？",
              "罗振华：我们将深入学习贯彻党的二十大精神，坚持党建引领，引导社会组织在乡村振兴、基层治理、应急救援中发挥作用，以高质量党建促进社会组织高质量发展。"],
             "本报记者 梁伟明 李嘉欣", P1, "广东", "广东省社会组织党委", d,
             ["梁伟明", "李嘉欣", "罗振华"], [],
             ["interview", "byline_top", "subtitle", "multi_line_title", "relative_date", "province_context", "enumeration"],
             extra=["两个覆盖"])
    a2 = art("“石榴籽”社工站里的粤疆情",
             ["日前，来自新疆喀什地区疏附县的社工买买提江·吐尔逊结束在广州市越秀区为期三个月的跟岗学习。三个月里，他跟着社区党员社工入户走访独居老人，参与组织“邻里议事会”，记下了厚厚两本笔记。",
              "“广州社区的党群服务中心，把党员、社工、志愿者拧成了一股绳。”买买提江·吐尔逊说，回去后要把“党建+社工”的做法带到疏附的社工站。",
              "越秀区北京街社工站站长冯慧敏表示，两地社工站已结成对子，今后将通过线上督导、互派交流等方式继续合作。"],
             "本报广州6月20日电（记者 李嘉欣）", P1, "广东", "越秀区北京街社工站", "2024-06-20",
             ["李嘉欣", "买买提江·吐尔逊", "冯慧敏"],
             ["买买提江·吐尔逊（右）在越秀区北京街入户走访独居老人。（李嘉欣 摄）"],
             ["dot_name", "name_verb", "dateline", "captions"])
    a3 = art("省民政厅举办“七一”专题党课",
             ["6月26日，省民政厅举办“七一”专题党课，厅党组书记、厅长陈志坚以“永葆初心使命 勇担民政职责”为题讲授党课，厅机关和直属单位党员干部300余人参加。"],
             "（据广东省民政厅）", "广东省民政厅", "广东", "广东省民政厅", "2024-06-26",
             ["陈志坚"], [], [])
    body1 = a1["body"]
    raw = J("社会组织党建", f"{P1}  {hd}  {wd}", "",
            "让党的旗帜在社会组织中", "高高飘扬", "——访省委社会工作部副部长、省社会组织党委书记罗振华", "",
            "本报记者 梁伟明 李嘉欣", "",
            col(body1[:3], 15, gap=True, indent="　　"), "",
            "「把党组织建在社会组织发展", "最活跃的地方。」", "",
            col(body1[3:], 15, gap=True, indent="　　"), "",
            "“石榴籽”社工站里的粤疆情", "",
            colsplit("本报广州6月20日电（记者 李嘉欣）" + a2["body"][0], 15, "买买提江·"),
            col(a2["body"][1:], 15, indent="　　"),
            "买买提江·吐尔逊（右）在越秀区北京街入户走访独居老人。（李嘉欣 摄）", "",
            "省民政厅举办“七一”专题党课", col(a3["body"], 15, indent="　　"), "（据广东省民政厅）", "",
            "第2版  社会组织党建　　责任编辑 钟雅文", "")
    page(f"{P1}/{d}/02.txt", "text", "utf-8-sig", False, "provincial", [a1, a2, a3], raw,
         tags=["column_label", "pull_quote"])


def p1_c():
    d = "2024-10-11"
    hd, wd = head_date(d)
    items = [
        art("韶关市民政局开展党性教育", ["9月27日上午，韶关市民政局组织机关党员赴南雄市红色教育基地开展党性教育，重温入党誓词，参观革命旧址。"],
            "（韶关市民政局供稿）", "韶关市民政局", "广东", "韶关市民政局", "2024-09-27", [], [],
            ["briefs", "half_day_date"]),
        art(None, ["近日，汕头市金平区民政局联合辖区街道为社区社会组织党员开展“主题党日+志愿服务”活动，为困难老人送去慰问品。"],
            "", None, "广东", "汕头市金平区民政局", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("湛江：社会组织党建指导员上岗", ["10月9日，湛江市社会组织党委为新选聘的35名党建指导员颁发聘书，指导员将分片联系全市社会组织。"],
            "（通讯员 陈海燕）", None, "广东", "湛江市社会组织党委", "2024-10-09", ["陈海燕"], [], ["briefs"]),
        art(None, ["日前，佛山市顺德区举办社会组织党组织书记示范培训班，围绕党的二十届三中全会精神进行专题辅导，60余名书记参训。"],
            "（据佛山市民政局）", "佛山市民政局", "广东", "佛山市顺德区", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("肇庆市民政局召开清廉机关建设推进会", ["9月下旬，肇庆市民政局召开清廉机关建设推进会，通报廉政风险点排查情况，部署下一阶段整改任务。"],
            "", None, "广东", "肇庆市民政局", "2024-09-21", [], [], ["briefs", "period_date"]),
        art(None, ["10月8日下午，东莞市社会组织党委召开党建工作联席会议，研究部署“两新”组织党建工作“百日攻坚”行动。"],
            "", None, "广东", "东莞市社会组织党委", "2024-10-08", [], [], ["briefs", "title_none", "half_day_date"]),
    ]
    lines = ["党建快讯", f"{P1}　{hd}　{wd}　第4版"]
    for it in items:
        if it["title"]:
            lines.append("■ " + it["title"])
            lines.append(col(it["body"], 16))
        else:
            lines.append(col(["■ " + it["body"][0]], 16))
        if it["attribution"]:
            lines.append(it["attribution"])
    lines.append("本版编辑：钟雅文")
    raw = "\n".join(lines) + "\n"
    page(f"{P1}/{d}/04.txt", "text", "gb18030", True, "provincial", items, raw,
         tags=["column_label", "no_blank_lines"])


def p1_d():
    d = "2025-01-10"
    hd, wd = head_date(d)
    a1 = art(None,
             ["会议强调，全面从严治党永远在路上。各级民政部门党组织要切实履行管党治党政治责任：一是压紧压实主体责任，层层签订责任书；二是严格落实中央八项规定及其实施细则精神，坚决纠治“四风”；三是紧盯民生资金、养老机构监管等重点领域，加强日常监督。",
              "会议要求，要把党风廉政建设与民政业务工作同部署、同落实、同检查，以清廉民政建设的新成效护航民生保障。"],
             "", None, "广东", "广东省民政厅", "2025-01-07", [], [], ["continued", "title_none", "enumeration", "province_context"])
    a2 = art("省民政厅机关开展党支部书记抓党建述职评议",
             ["12月下旬，省民政厅机关党委召开2024年度党支部书记抓基层党建工作述职评议会，厅机关和直属单位28名党支部书记逐一述职，厅党组书记、厅长陈志坚逐一点评。",
              "述职见真章",
              "述职中，各支部书记对照年初目标，既讲“三会一课”落实、模范机关创建等工作成效，也直面学习不够深入、党建与业务融合不紧等问题。",
              "点评辣味足",
              "点评直指问题，不讲空话套话，对个别支部“重活动、轻实效”的倾向当场提出整改要求，并明确时限。"],
             "本报讯（记者 谢文彬）", P1, "广东", "广东省民政厅", "2024-12-21",
             ["谢文彬", "陈志坚"], [], ["year_boundary", "period_date", "subheadings", "dateline", "province_context"])
    names = ["陈　静", "梁启航", "黄丽华", "何　斌", "邓志明", "欧阳晓东", "刘　芳", "苏建国"]
    a3 = art("关于表彰2024年度全省民政系统“五好”党支部和优秀党务工作者的决定（摘要）",
             ["经研究，省民政厅党组决定，授予厅机关办公室党支部等10个党支部“五好”党支部称号，授予陈静等8名同志优秀党务工作者称号。",
              "一、“五好”党支部（10个）",
              "厅机关办公室党支部、社会救助处党支部、养老服务处党支部、社会组织管理局第一党支部、儿童福利处党支部、省社会福利中心第一党支部、省民政职业技术学校党总支第二党支部、省救助管理站党支部、省殡葬服务中心党支部、省民政厅信息中心党支部",
              "二、优秀党务工作者（8名）",
              "、".join(names),
              "希望受表彰的集体和个人珍惜荣誉，再接再厉；全省民政系统党员干部要以先进为榜样，推动民政事业高质量发展。"],
             "（据广东省民政厅）", "广东省民政厅", "广东", "广东省民政厅", "2024-12-30",
             ["陈静", "梁启航", "黄丽华", "何斌", "邓志明", "欧阳晓东", "刘芳", "苏建国"], [],
             ["honour_list", "year_boundary", "multi_line_title"])
    # a3 date: 决定 dated 12月30日 in the lead-in line
    a3["body"][0] = "12月30日，" + a3["body"][0]
    raw = J(f"{P1}　{hd}　{wd}", "要闻·综合                                   2", "",
            "（上接第1版）", col(a1["body"], 14), "",
            "省民政厅机关开展", "党支部书记抓党建述职评议", "",
            col(["本报讯（记者 谢文彬）" + a2["body"][0]], 14),
            a2["body"][1], col([a2["body"][2]], 14), a2["body"][3], col([a2["body"][4]], 14), "",
            "关于表彰2024年度全省民政系统“五好”党支部", "和优秀党务工作者的决定（摘要）", "",
            col([a3["body"][0]], 14), a3["body"][1], col([a3["body"][2]], 14), a3["body"][3],
            col([a3["body"][4]], 14), col([a3["body"][5]], 14), "（据广东省民政厅）", "",
            "责任编辑 黄晓玲　　校对 温嘉琪", "")
    page(f"{P1}/{d}/02.txt", "text", "utf-8", True, "provincial", [a1, a2, a3], raw)


# ---------------------------------------------------------------- 2. 榕城日报 (福建 福州)
P2 = "榕城日报"


def p2_a():
    d = "2023-07-04"
    hd, wd = head_date(d)
    a1 = art("鼓楼区打造“红色业委会”让老旧小区治理更有温度",
             ["6月29日，记者走进鼓楼区东街街道三坊社区，看到楼道里新刷的“红色业委会”公示栏前，几位居民正在查看维修资金使用明细。",
              "今年以来，鼓楼区民政局会同区委组织部推动社区党组织领导下的业委会、物业企业“双向进入、交叉任职”，目前全区已有86个小区组建“红色业委会”，党员业委会成员占比超过六成。",
              "“以前小区的事没人牵头，现在有党员带头，议事有章法了。”三坊社区党委书记游志强说。"],
             "本报讯（记者 林清华 通讯员 郑雅琴）", P2, "福建", "鼓楼区民政局", "2023-06-29",
             ["林清华", "郑雅琴", "游志强"], ["东街街道“红色业委会”成员入户征求居民意见。 林清华 摄"],
             ["multi_line_title", "dateline", "captions", "continued", "name_verb", "province_context"])
    a2 = art("福州市社会组织党委举办“两新”组织党组织书记培训班",
             ["6月26日至28日，福州市社会组织党委在闽侯县举办“两新”组织党组织书记培训班，全市120余名党组织书记参加培训。",
              "培训班围绕学习贯彻党的二十大精神、社会组织党建工作实务、党风廉政建设等内容，采取专题授课、现场教学、分组研讨相结合的方式进行。"],
             "本报讯（记者 陈榕生）", P2, "福建", "福州市社会组织党委", "2023-06-26",
             ["陈榕生"], [], ["dateline", "stray_spaces"])
    a3 = art("福州市民政局开展“七一”系列主题党日活动",
             ["7月1日，福州市民政局各党支部分别前往林则徐纪念馆、中共福州地委旧址等地开展主题党日活动，重温入党誓词，接受革命传统教育。"],
             "（据福州市民政局）", "福州市民政局", "福建", "福州市民政局", "2023-07-01", [], [],
             ["stray_spaces"])
    raw = J(f"{P2} | {hd} {wd} | A5 党建周刊", "",
            "编者按：基层是党的执政之基、力量之源。本版今起推出“党建引领基层治理”系列报道，",
            "展现我市各级党组织带领群众共建共治共享的生动实践。敬请关注。", "",
            "鼓楼区打造“红色业委会”", "让老旧小区治理更有温度", "",
            col(["本报讯（记者 林清华 通讯员 郑雅琴）" + a1["body"][0]] + a1["body"][1:], 12),
            "▲东街街道“红色业委会”成员入户征求居民意见。 林清华 摄",
            "（下转A6版）", "",
            "福州市社会组织党委举办", "“两新”组织党组织书记培训班", "",
            stray(col(["本报讯（记者 陈榕生）" + a2["body"][0]] + a2["body"][1:], 12), 5, 7), "",
            "福州市民政局开展“七一”", "系列主题党日活动",
            stray(col(a3["body"], 12), 6, 3), "（据福州市民政局）", "",
            "本版责编：王晓　美编：林琳", "")
    a2["phenomena"].append("multi_line_title")
    a3["phenomena"].append("multi_line_title")
    page(f"{P2}/{d}/A5.txt", "text", "utf-8", False, "provincial", [a1, a2, a3], raw,
         tags=["editor_note", "column_label"])


def p2_b():
    d = "2023-11-21"
    hd, wd = head_date(d)
    a1 = art(None,
             ["近日，仓山区民政局党组召开理论学习中心组学习会，专题学习习近平总书记关于社会工作的重要论述，围绕加强新时代社会工作和党的建设进行交流研讨。",
              "会议要求，局机关各党支部要坚持“第一议题”制度，把学习成果转化为推进基层治理、兜牢民生底线的具体举措。"],
             "（据仓山区民政局）", "仓山区民政局", "福建", "仓山区民政局", d, [], [],
             ["title_none", "relative_date"])
    a2 = art("晋安区社会组织“红色驿站”开展志愿服务",
             ["11月18日，晋安区社会组织“红色驿站”联合辖区12家社会组织，在鼓山镇开展“党建引领·志愿同行”服务活动，为居民提供义诊、法律咨询、适老化改造咨询等服务。"],
             "（据晋安区民政局）", "晋安区民政局", "福建", "晋安区社会组织“红色驿站”", "2023-11-18", [], [],
             ["title_after"])
    a3 = art("长乐区民政局推进清廉机关建设",
             ["11月中旬，长乐区民政局召开清廉机关建设推进会，对照“四风”问题清单开展自查自纠，梳理出廉政风险点17个，逐项制定防控措施。",
              "局党组书记黄丽萍要求，要把清廉机关建设融入民政业务全过程，以严的基调强化正风肃纪。"],
             "本报讯（通讯员 卢惠芳）", P2, "福建", "长乐区民政局", "2023-11-11",
             ["卢惠芳", "黄丽萍"], [], ["period_date", "dateline", "province_context"])
    raw = J(f"{P2} | {hd} {wd} | A6 党建周刊", "",
            "FOCUS", "",
            col(a1["body"], 12, gap=True), "（据仓山区民政局）", "",
            col(a2["body"], 12), "（据晋安区民政局）",
            "晋安区社会组织“红色驿站”开展志愿服务", "",
            "长乐区民政局推进清廉机关建设", "",
            col(["本报讯（通讯员 卢惠芳）" + a3["body"][0]] + a3["body"][1:], 12), "",
            "A6", "")
    page(f"{P2}/{d}/A6.txt", "text", "gb18030", False, "provincial", [a1, a2, a3], raw,
         tags=["column_label"])


def p2_c():
    d = "2024-05-17"
    a1 = art("福州市民政局党组理论学习中心组开展党纪学习教育专题学习",
             ["5月14日，福州市民政局党组理论学习中心组举行2O24年笫三次集中学习，专题学习《中国共产党纪律处分条例》，局党组书记、局长吴建新主持并讲话。",
              "会议指出，要把党纪学习教育同全面从严治党结合起来，引导党员干部学纪、知纪、明纪、守纪，营造风清气正的政治生态。"],
             "本报讯（记者 林清华）", P2, "福建", "福州市民政局", "2024-05-14", ["林清华", "吴建新"], [],
             ["multi_line_title", "dateline", "stray_spaces"])
    a2 = art("闽侯县社会组织党建工作推进会召开",
             ["5月上旬，闽侯县召开社会组织党建工作推进会，部署开展社会组织党组织“规范提升年”活动，推动党的组织和党的工作有效覆盖。",
              "会上，3家社会组织党组织作交流发言。"],
             "（据闽侯县民政局）", "闽侯县民政局", "福建", "闽侯县民政局", "2024-05-01", [], [],
             ["period_date"])
    a3 = art("马尾区开展“党员进社区”报到活动",
             ["5月1O日，马尾区组织机关企事业单位在职党员到居住地社区报到，认领服务岗位1200余个。"],
             "（通讯员 王思颖）", P2, "福建", "马尾区委组织部", "2024-05-10", ["王思颖"], [], [])
    a3["source"] = None
    raw = J("榕城日报  2O24年5月]7日  星期五       A 5", "党 建 周 刊", "",
            "福州市民政局党组理论学习中心组", "", "开展党纪学习教育专题学习", "",
            stray("本报讯（记者 林清华）5月1 4日，福州市民政局党组理论学习中心组举行2O24年笫三次集\n中学习，专题学习《中国共产党纪律处分\n条例》，局党组书记、局长吴建新主持并\n讲话。", 41, 2),
            stray(col([a1["body"][1]], 0, widths=[17, 15, 18, 16]), 42, 3), "",
            "闽侯县社会组织党建工作推进会召开",
            col(a2["body"], 0, widths=[16, 18, 15]), "（据闽侯县民政局）", "",
            "马尾区开展“党员进社区”报到活动",
            col(a3["body"], 0, widths=[17, 14]), "（通讯员 王思颖）", "",
            "责任编辑：王 晓   美编：林 琳", "")
    page(f"{P2}/{d}/A5.txt", "ocr", "utf-8", False, "provincial", [a1, a2, a3], raw,
         tags=["column_label"])


def p2_d():
    d = "2024-09-03"
    items = [
        art("市民政局召开党组会传达学习重要讲话精神",
            ["9月2日，市民政局召开党组会，传达学习习近平总书记重要讲话精神，研究贯彻落实举措。"],
            "", None, "福建", "福州市民政局", "2024-09-02", [], [], ["briefs", "province_context"]),
        art(None, ["8月30日上午，台江区民政局组织党员干部到社区开展“敬老助老”志愿服务，为高龄老人测量血压、打扫卫生。"],
            "", None, "福建", "台江区民政局", "2024-08-30", [], [], ["briefs", "title_none", "half_day_date"]),
        art("连江县社会组织党委开展主题党日活动",
            ["8月下旬，连江县社会组织党委组织所属党组织开展主题党日活动，学习党的二十届三中全会精神。"],
            "（连江县民政局供稿）", "连江县民政局", "福建", "连江县社会组织党委", "2024-08-21", [], [],
            ["briefs", "period_date"]),
        art(None, ["近日，福清市民政局党总支与江阴镇党委开展结对共建，签订共建协议，共同推进养老服务和基层治理。"],
            "", None, "福建", "福清市民政局", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("永泰县举办社会工作人才培训班",
            ["9月1日，永泰县举办社会工作人才培训班，80余名社工和村（社区）党组织书记参加培训。"],
            "（通讯员 张梦婷）", None, "福建", "永泰县民政局", "2024-09-01", ["张梦婷"], [], ["briefs"]),
    ]
    raw_lines = ["榕城日报 2O24年9月3日 星期二 A6", "党建 快讯", ""]
    raw_lines += ["● 市民政局召开党组会传达学习", "重要讲话精神",
                  "9月2日，市民政局召开党组会，传达学习习近\n平总书记重要讲话精神，研究贯彻落实举措。", "",
                  "● 8月3O日上午，台江区民政局组织党员\n干部到社区开展“敬老助老”志愿服务，为高龄老人测量血压、打\n扫卫生。", "",
                  "● 连江县社会组织党委开展主题党日活动",
                  "8月下旬，连江县社会组织党委组织所属党组织开\n展主题党日活动，学习党的二十届三中全会精神。",
                  "（连江县民政局供稿）", "",
                  "● 近日，福清市民政局党总支与江阴镇党委开展结对共建，签订共建协议，共同推进养\n老服务和基层治理。", "",
                  "● 永泰县举办社会工作人才培训班",
                  "9月]日，永泰县举办社会工作人才培训班，8O余名社工和村（社区）党组织书记参加培训。",
                  "（通讯员 张梦婷）", "", "A6"]
    items[0]["title"] = "市民政局召开党组会传达学习重要讲话精神"
    items[0]["phenomena"].append("multi_line_title")
    items[1]["body"] = ["8月3O日上午，台江区民政局组织党员干部到社区开展“敬老助老”志愿服务，为高龄老人测量血压、打扫卫生。"]
    items[4]["body"] = ["9月]日，永泰县举办社会工作人才培训班，8O余名社工和村（社区）党组织书记参加培训。"]
    raw = stray("\n".join(raw_lines), 77, 4) + "\n"
    page(f"{P2}/{d}/A6.txt", "ocr", "utf-8", True, "provincial", items, raw,
         tags=["column_label", "stray_spaces"])


# ---------------------------------------------------------------- 3. 五指山融媒 (海南)
P3 = "五指山融媒"


def p3_a():
    d = "2024-04-09"
    hd, wd = head_date(d)
    a1 = art("水满乡：党建引领 茶香富民",
             ["4月3日，在五指山市水满乡毛纳村的茶园里，党员茶农正忙着采摘春茶。近年来，水满乡党委推行“党支部+合作社+农户”模式，组织党员带头种茶、制茶、卖茶，带动300余户群众增收。",
              "“党员先干，群众跟着干，心里踏实。”毛纳村党支部书记王亚林介绍，今年村里还办起了茶叶直播间，由青年党员轮流上镜带货。"],
             "文/图 五指山市融媒体中心记者 王亚妹", P3, "海南", "五指山市水满乡党委", "2024-04-03",
             ["王亚妹", "王亚林"], ["图为毛纳村党员茶农在茶园采茶。"],
             ["byline_top", "captions", "province_context"])
    a2 = art("市民政局召开党风廉政建设工作会议",
             ["日前，市民政局召开2024年党风廉政建设工作会议，传达学习上级纪委全会精神，签订党风廉政建设责任书。",
              "会议要求，全局党员干部要严格落实中央八项规定精神，聚焦低保、特困供养、养老服务等民生领域加强监督，坚决整治群众身边的不正之风。"],
             "（市民政局供稿）", "五指山市民政局", "海南", "五指山市民政局", d, [], [],
             ["relative_date", "province_context"])
    a3 = art("番阳镇开展“三会一课”规范化建设",
             ["4月8日，番阳镇党委召开“三会一课”规范化建设推进会，对全镇18个党支部的会议记录进行集中检查，现场指出问题并限期整改。"],
             "（记者 符文雄）", P3, "海南", "五指山市番阳镇党委", "2024-04-08", ["符文雄"], [], [])
    a3["body"][0] = a3["body"][0].replace("番阳镇党委", "五指山市番阳镇党委", 1)
    raw = J(f"{P3}　第178期　{hd}　{wd}", "主办：五指山市融媒体中心", "第二版·党建", "",
            "水满乡：党建引领 茶香富民", "文/图 五指山市融媒体中心记者 王亚妹", "",
            col(a1["body"], 16, gap=True, indent="　　"),
            "图为毛纳村党员茶农在茶园采茶。", "",
            "市民政局召开党风廉政建设工作会议", "",
            col(a2["body"], 16, gap=True, indent="　　"), "（市民政局供稿）", "",
            "番阳镇开展“三会一课”规范化建设", "",
            col(a3["body"], 16, indent="　　"), "（记者 符文雄）", "",
            "编辑：陈川英　审核：羊德明", "")
    page(f"{P3}/{d}/p2.txt", "text", "utf-8", True, "county", [a1, a2, a3], raw, tags=["column_label"])


def p3_b():
    d = "2024-08-20"
    hd, wd = head_date(d)
    items = [
        art("市委社会工作部召开新兴领域党建工作座谈会",
            ["8月15日，市委社会工作部召开新兴领域党建工作座谈会，快递员、网约车司机、外卖骑手代表围绕“党建+服务”建言献策。"],
            "", None, "海南", "五指山市委社会工作部", "2024-08-15", [], [], ["briefs", "province_context"]),
        art(None, ["近日，南圣镇党委组织党员志愿者走进独居老人家中，开展防溺水、防诈骗宣传和助老服务。"],
            "", None, "海南", "南圣镇党委", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("毛阳镇推行“党员积分制”管理",
            ["8月上旬，毛阳镇在各村党支部推行“党员积分制”管理，将参加“三会一课”、志愿服务、带富帮困等情况量化积分，季度公示。"],
            "（通讯员 吉秀英）", None, "海南", "毛阳镇", "2024-08-01", ["吉秀英"], [], ["briefs", "period_date"]),
        art(None, ["8月16日上午，市民政局党支部开展主题党日活动，组织党员学习党的二十届三中全会精神，并到市社会福利院开展慰问。"],
            "", None, "海南", "五指山市民政局", "2024-08-16", [], [], ["briefs", "title_none", "half_day_date"]),
        art("通什镇社区社会组织结对帮扶",
            ["8月12日，通什镇组织辖区6家社区社会组织与困难家庭结对，开展学业辅导、心理疏导等服务。"],
            "（据通什镇党委）", "通什镇党委", "海南", "通什镇", "2024-08-12", [], [], ["briefs"]),
    ]
    lines = [f"{P3}　第197期　{hd}", "◆ 基层动态 ◆"]
    for it in items:
        if it["title"]:
            lines += ["◆ " + it["title"], col(it["body"], 18)]
        else:
            lines.append(col(["◆ " + it["body"][0]], 18))
        if it["attribution"]:
            lines.append(it["attribution"])
    lines.append("第三版　编辑：陈川英")
    page(f"{P3}/{d}/p3.txt", "text", "utf-8-sig", False, "county", items, "\n".join(lines) + "\n",
         tags=["no_blank_lines", "column_label"])


def p3_c():
    d = "2023-12-05"
    a1 = art("筑牢民族团结进步的基层堡垒——五指山市社会组织党建工作综述",
             ["今年以来，五指山市坚持党建引领，以主题教育为契机，推动社会组织党建工作提质增效。自明起，全市推行社会组织党建指导员“一对一”联系制度，32名指导员联系全市68家社会组织。",
              "全市社会组织党组织普遍建立“三会一课”台账，组织开展黎锦技艺传承、山兰稻种植技术培训等活动40余场，让党的声音传到黎村苗寨。"],
             "（五指山市融媒体中心记者 黄家才）", P3, "海南", None, d, ["黄家才"], [],
             ["subtitle", "relative_date", "province_context", "stray_spaces"])
    a2 = art("市民政局开展“三会一课”专项检查",
             ["1l月下旬，市民政局机关党委对局属6个党支部“三会一课”落实情况开展笫二轮专项检查，发现问题9个，已全部整改。"],
             "", None, "海南", "五指山市民政局", "2023-11-21", [], [], ["period_date", "province_context"])
    a3 = art("畅好乡党委召开党建述职会",
             ["12月1日，畅好乡党委召开村（社区）党组织书记抓党建述职评议会，7名党组织书记现场述职。"],
             "（据五指山市畅好乡党委）", "五指山市畅好乡党委", "海南", "五指山市畅好乡党委", "2023-12-01",
             [], [], [])
    raw = J("五指山融媒 第1 5 2期 2O23年12月5日 星期二", "", "第二版  党 建", "",
            "筑牢民族团结进步的基层堡垒", "——五指山市社会组织党建工作综述", "",
            stray(col(a1["body"], 0, gap=True, widths=[15, 17, 16, 14]), 51, 6),
            "（五指山市融媒体中心记者 黄家才）", "",
            "市民政局开展“三会一课”专项检查",
            col(a2["body"], 0, widths=[14, 18]), "",
            "畅好乡党委召开党建述职会", col(a3["body"], 0, widths=[16, 15]),
            "（据五指山市畅好乡党委）", "", "— 2 —", "")
    page(f"{P3}/{d}/p2.txt", "ocr", "utf-8", False, "county", [a1, a2, a3], raw, tags=["column_label"])


def p3_d():
    d = "2025-02-14"
    a1 = art("市民政局召开2025年全面从严治党工作会议",
             ["2月1O日上午，市民政局召开2025年全面从严治党工作会议，总结去年工作，部署今年任务。",
              "会议要求，一是强化政治引领，坚持“第一议题”制度；二是压实管党治党责任，层层传导压力；三是驰而不息纠治“四风”，持续为基层减负。"],
             "", None, "海南", "五指山市民政局", "2025-02-10", [], [],
             ["title_after", "half_day_date", "enumeration", "province_context"])
    a2 = art("冬日送暖 党员先行",
             ["去年12月27日至今年1月底，全市各级民政部门组织党员干部开展“冬日送暖”行动，走访慰问困难群众1300余户，发放慰问金和物资折合62万元。"],
             "（记者 黄家才）", P3, "海南", "五指山市民政局", "2024-12-27", ["黄家才"], [],
             ["year_boundary"])
    a3 = art("南圣镇社会组织联合党支部成立",
             ["2月12日，南圣镇社会组织联合党支部成立，覆盖辖区7家社会组织，党员15名。"],
             "（通讯员 吉秀英）", None, "海南", "南圣镇社会组织联合党支部", "2025-02-12", ["吉秀英"], [], [])
    raw = J("五指山融媒 第2O3期 2O25年2月l4日", "第二版  党建", "",
            stray(col(a1["body"], 0, widths=[16, 15, 17]), 61, 3),
            "市民政局召开2025年全面", "从严治党工作会议", "",
            "冬日送暖 党员先行", stray(col(a2["body"], 0, widths=[15, 18, 14]), 62, 2), "（记者 黄家才）", "",
            "南圣镇社会组织联合党支部成立", col(a3["body"], 0, widths=[17]), "（通讯员 吉秀英）", "",
            "— 2 —", "")
    a1["phenomena"].append("multi_line_title")
    page(f"{P3}/{d}/p2.txt", "ocr", "utf-8", False, "county", [a1, a2, a3], raw,
         tags=["column_label", "stray_spaces"])


# ---------------------------------------------------------------- 4. 左江民政工作简报 (广西 崇左)
P4 = "左江民政工作简报"
DIST = ["报：自治区民政厅，市委、市政府", "送：市委组织部、市委社会工作部", "发：各县（市、区）民政局，局机关各科室、直属单位"]


def docx_spec(no, date_cn, contents, articles_layout, note=None, copies=40):
    """articles_layout: list of (kind, text) with kind in title/titlebr/para/attr/note/blank."""
    spec = [("masthead", P4), ("center", f"第{no}期"), ("line", f"崇左市民政局办公室编　　　　　　　　{date_cn}"),
            ("line", "")]
    if note:
        spec.append(("para", note))
    if contents:
        spec.append(("center", "本期目录"))
        for c in contents:
            spec.append(("para", c))
        spec.append(("line", ""))
    spec += articles_layout
    spec.append(("line", ""))
    spec += [("para", x) for x in DIST]
    spec.append(("para", f"（共印{copies}份）"))
    return spec


def p4_a():
    d = "2023-09-12"
    a1 = art("市民政局党组召开主题教育专题民主生活会",
             ["9月5日，市民政局党组召开学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会。会前，局党组班子成员深入开展谈心谈话，广泛征求意见建议32条。",
              "会上，局党组书记、局长农建国代表局党组作对照检查，班子成员逐一进行个人对照检查，开展批评和自我批评。大家一致表示，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。"],
             "", None, "广西", "崇左市民政局", "2023-09-05", ["农建国"], [], ["province_context"])
    a2 = art("凭祥市民政局开展“边境党建+民政服务”活动",
             ["8月下旬，凭祥市民政局组织党员干部深入友谊镇边境村屯，开展“边境党建+民政服务”活动，宣讲兜底保障政策，排查困难群众，现场办理临时救助申请11件。"],
             "（凭祥市民政局供稿）", "凭祥市民政局", "广西", "凭祥市民政局", "2023-08-21", [], [], ["period_date"])
    a3 = art("龙州县社会组织综合党委推进“两个覆盖”",
             ["近日，龙州县社会组织综合党委对全县社会组织党建情况开展摸底排查，对符合条件的5家社会组织督促单独组建党组织，对其余社会组织选派党建指导员，推动党的组织和工作“两个覆盖”。"],
             "（龙州县民政局供稿）", "龙州县民政局", "广西", "龙州县社会组织综合党委", d, [], [], ["relative_date"],
             extra=["两个覆盖"])
    contents = ["市民政局党组召开主题教育专题民主生活会", "凭祥市民政局开展“边境党建+民政服务”活动",
                "龙州县社会组织综合党委推进“两个覆盖”"]
    lay = []
    for a in (a1, a2, a3):
        lay.append(("title", a["title"]))
        lay += [("para", p) for p in a["body"]]
        if a["attribution"]:
            lay.append(("para", a["attribution"]))
    page(f"{P4}/{d}/2023年第9期.docx", "docx", "docx", False, "bulletin", [a1, a2, a3],
         docx=docx_spec(9, "2023年9月12日", contents, lay),
         tags=["bulletin_masthead", "contents_list", "distribution_lines"])


def p4_b():
    d = "2024-01-22"
    note = "编者按：2023年，全市民政系统各级党组织和广大党员干部扎实开展主题教育，涌现出一批先进典型。现将市民政局表彰名单及有关工作情况编发如下，供学习借鉴。"
    a1 = art("市民政局召开2023年度机关党建工作总结会",
             ["12月28日，市民政局召开2023年度机关党建工作总结会，总结全年党建工作，表彰先进，部署2024年重点任务。局党组书记、局长农建国出席并讲话。",
              "会议强调，2024年要持续巩固拓展主题教育成果，深化模范机关建设，推动党建和业务深度融合。"],
             "", None, "广西", "崇左市民政局", "2023-12-28", ["农建国"], [],
             ["year_boundary", "province_context"])
    names1 = ["陆春燕", "梁　勇", "黄金凤", "零凤英", "赵志强", "蒙秀芬"]
    names2 = ["覃　敏", "韦海生", "莫海燕", "卢　军"]
    a2 = art("2023年度全市民政系统优秀共产党员、优秀党务工作者名单",
             ["一、优秀共产党员（6名）",
              "、".join(names1),
              "二、优秀党务工作者（4名）",
              "、".join(names2)],
             "", None, "广西", "崇左市民政局", d,
             ["陆春燕", "梁勇", "黄金凤", "零凤英", "赵志强", "蒙秀芬", "覃敏", "韦海生", "莫海燕", "卢军"], [],
             ["honour_list", "province_context"])
    a3 = art("天等县民政局开展岁末年初走访慰问",
             ["岁末年初，天等县民政局组织党员干部分组走访慰问城乡低保户、特困供养人员、困境儿童等困难群众，送去米、油、棉被等慰问物资。"],
             "（天等县民政局供稿）", "天等县民政局", "广西", "天等县民政局", d, [], [], ["relative_date"])
    contents = [a1["title"], a2["title"], a3["title"]]
    lay = []
    for a in (a1, a2, a3):
        lay.append(("title", a["title"]))
        lay += [("para", p) for p in a["body"]]
        if a["attribution"]:
            lay.append(("para", a["attribution"]))
    page(f"{P4}/{d}/2024年第1期.docx", "docx", "docx", False, "bulletin", [a1, a2, a3],
         docx=docx_spec(1, "2024年1月22日", contents, lay, note=note, copies=45),
         tags=["bulletin_masthead", "contents_list", "distribution_lines", "editor_note"])


def p4_c():
    d = "2024-07-08"
    a1 = art("以党建引领推动民政事业高质量发展——崇左市民政局党组关于上半年机关党建工作情况的报告",
             ["今年以来，市民政局党组坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设总要求，扎实推进机关党建各项工作。现将有关情况报告如下。",
              "一、主要做法",
              "（一）强化理论武装。严格落实“第一议题”制度，上半年召开党组理论学习中心组学习会6次，开展专题研讨3次。",
              "（二）夯实支部基础。一是规范组织生活，落实“三会一课”制度；二是开展“星级党支部”评定；三是建立党员志愿服务积分台账。",
              "（三）深化清廉机关建设。开展警示教育2场，排查廉政风险点21个，制定防控措施35条。",
              "二、存在问题",
              "个别党支部党建与业务融合不够紧密，党员教育管理方式有待创新。",
              "三、下一步打算",
              "下半年，局党组将聚焦兜底保障、养老服务、社会组织管理等重点工作，推动机关党建与业务工作互促共进。"],
             "", None, "广西", "崇左市民政局", d, [], [],
             ["subtitle", "subheadings", "enumeration", "multi_line_title", "province_context"])
    a2 = art("大新县“党建+社工”服务边境群众",
             ["6月下旬，大新县民政局依托乡镇社工站，组织党员社工深入硕龙镇边境村屯开展“党建+社工”服务，为留守老人、困境儿童建立服务档案160份。"],
             "（大新县民政局供稿）", "大新县民政局", "广西", "大新县民政局", "2024-06-21", [], [], ["period_date"])
    contents = ["以党建引领推动民政事业高质量发展", a2["title"]]
    lay = [("titlebr", ("以党建引领推动民政事业高质量发展",
                        "——崇左市民政局党组关于上半年机关党建工作情况的报告"))]
    lay += [("para", p) for p in a1["body"]]
    lay.append(("title", a2["title"]))
    lay += [("para", p) for p in a2["body"]] + [("para", a2["attribution"])]
    page(f"{P4}/{d}/2024年第7期.docx", "docx", "docx", False, "bulletin", [a1, a2],
         docx=docx_spec(7, "2024年7月8日", contents, lay, copies=40),
         tags=["bulletin_masthead", "contents_list", "distribution_lines"])


def p4_d():
    d = "2024-12-02"
    items = [
        art("宁明县民政局开展清廉机关建设宣传月活动",
            ["11月下旬，宁明县民政局开展清廉机关建设宣传月活动，组织党员干部观看警示教育片、签订廉洁承诺书。"],
            "", None, "广西", "宁明县民政局", "2024-11-21", [], [], ["briefs", "period_date"]),
        art("扶绥县社会组织党建指导员培训班开班",
            ["11月26日上午，扶绥县举办社会组织党建指导员培训班，40余名指导员参加培训。"],
            "（扶绥县民政局供稿）", "扶绥县民政局", "广西", "扶绥县民政局", "2024-11-26", [], [],
            ["briefs", "half_day_date"]),
        art(None, ["近日，江州区民政局党支部与太平街道石景林社区党委开展联学共建，共同学习党的二十届三中全会精神。"],
            "", None, "广西", "江州区民政局", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("市社会福利院党支部开展主题党日",
            ["11月29日，市社会福利院党支部开展“关爱孤残儿童”主题党日活动，党员为院内儿童上手工课。"],
            "", None, "广西", "崇左市社会福利院", "2024-11-29", [], [], ["briefs", "province_context"]),
        art(None, ["11月28日，凭祥市民政局召开党组会议，专题研究年终兜底保障和冬春救助工作。"],
            "（凭祥市民政局供稿）", "凭祥市民政局", "广西", "凭祥市民政局", "2024-11-28", [], [],
            ["briefs", "title_none"]),
    ]
    lay = [("center", "工作动态")]
    for it in items:
        if it["title"]:
            lay.append(("para", "【" + it["title"] + "】"))
            lay.append(("para", it["body"][0]))
        else:
            lay.append(("para", "● " + it["body"][0]))
        if it["attribution"]:
            lay.append(("para", it["attribution"]))
    page(f"{P4}/{d}/2024年第12期.docx", "docx", "docx", False, "bulletin", items,
         docx=docx_spec(12, "2024年12月2日", None, lay, copies=40),
         tags=["bulletin_masthead", "distribution_lines", "column_label"])


# ---------------------------------------------------------------- 5. 壮乡民政网 (广西 portal)
P5 = "壮乡民政网"


def html_page(title, crumbs, main, charset="utf-8", extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{P5}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{P5}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/djgz/">党建工作</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="crumb">当前位置：{crumbs}</div>
{main}
{extra}
<div class="footer"><p>主办单位：{P5}编辑部&nbsp;&nbsp;技术支持：信息中心</p><p>网站标识码：4500000017&nbsp;&nbsp;桂ICP备05001234号</p></div>
</body>
</html>
"""


def ps(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in paras)


def p5_a():
    d = "2024-02-27"
    a1 = art("百色市民政局：“红色驿站”助力养老服务提质增效",
             ["2月23日，记者在百色市右江区龙景街道“红色驿站”看到，十多位老人正在党员志愿者的陪伴下观看红色电影。",
              "近年来，百色市民政局坚持党建引领，依托社区党群服务中心建设“红色驿站”62个，整合助餐、助医、助浴等服务，组建党员志愿服务队120支，实现“15分钟养老服务圈”城区全覆盖。",
              "市民政局党组书记黄文辉介绍，下一步将把“红色驿站”向乡镇延伸，推动党建与养老服务深度融合。"],
             "来源：百色市民政局", "百色市民政局", "广西", "百色市民政局", "2024-02-23", ["黄文辉", "岑丽芳"],
             ["党员志愿者为老人测量血压。（岑丽芳 摄）"], ["captions"])
    a2 = art("百色市“党建+养老”工作数据",
             ["截至2023年底，全市建成“红色驿站”62个，培育为老服务社会组织38家，其中建立党组织的21家，党员志愿者累计开展上门服务2.6万人次。"],
             "", None, "广西", "百色市民政局", d, [], [], ["related_link"])
    main = f"""<div class="article">
<h1 class="title">{a1['title']}</h1>
<div class="info">发布时间：2024-02-27 10:32&nbsp;&nbsp;&nbsp;来源：百色市民政局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1286</span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{ps(a1['body'][:2])}
<p style="text-align:center"><img src="/uploads/2024/02/27/ys01.jpg" alt=""></p>
<p class="pic" style="text-align:center">{a1['captions'][0]}</p>
{ps(a1['body'][2:])}
</div>
<div class="yanshen"><div class="ys-label">延伸阅读</div>
<h4>{a2['title']}</h4>
{ps(a2['body'])}
</div>
<div class="xglj"><div class="label">相关链接</div><ul>
<li><a href="/djgz/jcdj/202402/t20240219_1021331.html">河池市民政局召开2024年党建工作会议</a></li>
<li><a href="/djgz/jcdj/202402/t20240208_1020876.html">柳州市社会组织党委开展春节走访慰问</a></li>
</ul></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a>&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>
</div>"""
    raw = html_page(a1["title"], '<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; <a href="/djgz/jcdj/">基层党建</a>', main)
    page(f"{P5}/{d}/t20240227_1023456.html", "html", "utf-8", False, "provincial", [a1, a2], raw,
         tags=["related_link"])


def p5_b():
    d = "2024-05-30"
    a1 = art("党建引领聚合力 基层治理显成效河池市推动社会组织参与基层治理——“一社一品”服务项目覆盖11个县（区）",
             ["5月28日，河池市召开社会组织参与基层治理工作推进会，发布首批“一社一品”党建服务项目42个。",
              "河池市民政局相关负责人介绍，项目由社会组织党组织牵头实施，聚焦“一老一小”、乡村振兴、民族团结等领域，实行项目化管理、清单式推进。",
              "会上，都安瑶族自治县、巴马瑶族自治县等地社会组织作交流发言。"],
             "来源：河池市民政局", "河池市民政局", "广西", "河池市民政局", "2024-05-28", ["覃志刚"],
             ["推进会现场。（覃志刚 摄）"], ["kicker", "subtitle", "captions", "multi_line_title"])
    kicker, main_t, sub = "党建引领聚合力 基层治理显成效", "河池市推动社会组织参与基层治理", "——“一社一品”服务项目覆盖11个县（区）"
    main = f"""<div class="article">
<h3 class="yinti">{kicker}</h3>
<h1 class="title">{main_t}</h1>
<h2 class="futi">{sub}</h2>
<div class="info"><span>发布时间：2024-05-30 09:15</span> <span>来源：河池市民政局</span> <span>作者：</span> <span>浏览次数：642</span></div>
<div class="content">
{ps(a1['body'][:1])}
<p align="center"><img src="/uploads/2024/05/30/hc1.jpg"></p>
<p align="center">{a1['captions'][0]}</p>
{ps(a1['body'][1:])}
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>"""
    raw = html_page(main_t, "首页 &gt;&gt; 党建工作 &gt;&gt; 社会组织党建", main, charset="GBK")
    page(f"{P5}/{d}/t20240530_1031187.html", "html", "gb18030", False, "provincial", [a1], raw)


def p5_c():
    d = "2024-10-16"
    entries = [
        ("自治区民政厅机关党委召开党支部书记例会", "2024-10-16",
         "10月15日，自治区民政厅机关党委召开第三季度党支部书记例会，通报支部工作考核情况，部署学习贯彻党的二十届三中全会精神……",
         "广西壮族自治区民政厅", "2024-10-15", ["province_context"]),
        ("柳州市社会组织党委开展“党建带群建”观摩活动", "2024-10-14",
         "日前，柳州市社会组织党委组织20余家社会组织党组织负责人，到柳南区观摩“党建带群建”示范点……",
         "柳州市社会组织党委", "2024-10-14", ["relative_date"]),
        ("桂林市民政局召开清廉机关建设推进会", "2024-10-11",
         "10月10日下午，桂林市民政局召开清廉机关建设推进会，通报前三季度廉政风险排查整改情况……",
         "桂林市民政局", "2024-10-10", ["half_day_date"]),
        ("防城港市“红色社工站”覆盖全部乡镇", "2024-10-09",
         "近日，随着东兴市江平镇“红色社工站”挂牌，防城港市实现乡镇（街道）“红色社工站”全覆盖……",
         "防城港市民政局", "2024-10-09", ["relative_date"]),
        ("贺州市民政局开展国庆节前廉政提醒", "2024-09-29",
         "9月下旬，贺州市民政局召开节前廉政提醒会，要求党员干部严格落实中央八项规定精神……",
         "贺州市民政局", "2024-09-21", ["period_date"]),
    ]
    arts = []
    lis = []
    for t, ld, summ, ag, dt, tg in entries:
        arts.append(art(t, [summ], "", None, "广西", ag, dt, [], [], tg))
        lis.append(f'<li><a href="./202410/t{ld.replace("-", "")}_10{len(lis)}2233.html" target="_blank">{t}</a>'
                   f'<span class="date">{ld}</span>\n<p class="zy">{summ}</p></li>')
    main = ('<div class="list"><div class="lm-title">党建动态</div>\n<ul>\n' + "\n".join(lis) +
            '\n</ul>\n<div class="page">共5条&nbsp;&nbsp;首页&nbsp;上一页&nbsp;<b>1</b>&nbsp;下一页&nbsp;尾页</div></div>')
    raw = html_page("党建动态", "首页 &gt; 党建工作 &gt; 党建动态", main)
    page(f"{P5}/{d}/index.html", "html", "utf-8", False, "provincial", arts, raw, tags=["column_label"])


def p5_d():
    d = "2025-03-06"
    a1 = art("柳州：“小个专”党建激活基层治理“新细胞”",
             ["今年以来，柳州市以个体工商户、小微企业、专业市场为重点，推进“小个专”党建，全市已建立“小个专”党组织210个。",
              "市委社会工作部有关负责人表示，将把“小个专”党建与商圈治理、诚信经营结合起来，让党员经营户成为基层治理的骨干力量。"],
             "来源：柳州市民政局 作者：蒙秀芬", "柳州市民政局", "广西", "柳州市委社会工作部", d, ["蒙秀芬"], [],
             ["relative_date"])
    a2 = art("南宁市青秀区：社区社会组织“领跑”邻里服务",
             ["3月4日上午，南宁市青秀区新竹街道的社区社会组织“邻里帮帮团”党小组，带领志愿者为辖区独居老人开展家电维修、理发等服务。",
              "青秀区民政局负责人陆春华说，全区已培育社区社会组织460家，其中建立党的工作小组的130家，“党建+邻里服务”成为社区治理的新抓手。"],
             "来源：南宁市青秀区民政局 作者：韦丽娟", "南宁市青秀区民政局", "广西", "青秀区民政局", "2025-03-04",
             ["韦丽娟", "陆春华"], [], ["half_day_date", "name_verb"])
    def block(a, date):
        src, au = a["attribution"].split(" ")
        return f"""<div class="zt-item">
<h2>{a['title']}</h2>
<div class="info">{date}&nbsp;&nbsp;{src}&nbsp;{au}</div>
{ps(a['body'])}
</div>"""
    main = ('<div class="zhuanti"><div class="zt-banner"><img src="/zt/2025/djyl/banner.jpg" alt="专题：党建引领基层治理"></div>\n'
            '<div class="zt-lm">专题：党建引领基层治理 &gt; 各地实践</div>\n' + block(a1, "2025-03-06") + "\n" + block(a2, "2025-03-05") +
            '\n<div class="xglj"><b>相关链接</b><ul><li><a href="/zt/2025/djyl/index.html">专题首页</a></li></ul></div></div>')
    raw = html_page("专题：党建引领基层治理", "首页 &gt; 专题专栏 &gt; 党建引领基层治理", main)
    page(f"{P5}/{d}/zt_djyl_2.html", "html", "utf-8", False, "provincial", [a1, a2], raw,
         tags=["column_label", "related_link"])


# ---------------------------------------------------------------- 6. 梅江融媒 (广东 梅州)
P6 = "梅江融媒"


def p6_a():
    d = "2023-06-16"
    hd, wd = head_date(d)
    a1 = art("梅江区民政局开展主题教育专题读书班",
             ["6月12日至14日，梅江区民政局举办学习贯彻习近平新时代中国特色社会主义思想主题教育专题读书班，局领导班子成员和股室负责人集中学习研讨。",
              "读书班采取个人自学、集中研讨、专题辅导相结合的方式，围绕以学铸魂、以学增智、以学正风、以学促干开展交流。"],
             "梅江融媒讯（记者 钟秀英）", P6, "广东", "梅江区民政局", "2023-06-12", ["钟秀英"], [],
             ["dateline", "province_context"])
    a2 = art("西郊街道党工委推动“两新”组织党建提质",
             ["6月上旬，西郊街道党工委组织辖区“两新”组织党组织书记开展交流观摩，走访3家非公企业党建示范点，学习“党建+生产经营”经验。"],
             "梅江融媒讯（通讯员 罗丽珍）", P6, "广东", "西郊街道党工委", "2023-06-01", ["罗丽珍"], [],
             ["dateline", "period_date"])
    a3 = art("江南街道社区社会组织“红色联盟”成立",
             ["近日，江南街道17家社区社会组织组建“红色联盟”，在街道党工委领导下统筹开展助老、助学、环境整治等志愿服务。"],
             "（通讯员 罗丽珍）", None, "广东", "江南街道党工委", d, ["罗丽珍"], [],
             ["title_after", "relative_date"])
    raw = J(f"梅江融媒　{hd}　{wd}　第4版", "基层党建",
            "梅江区民政局开展主题教育专题读书班",
            col(["梅江融媒讯（记者 钟秀英）" + a1["body"][0]] + a1["body"][1:], 13),
            "西郊街道党工委推动“两新”组织党建提质",
            col(["梅江融媒讯（通讯员 罗丽珍）" + a2["body"][0]], 13),
            col(a3["body"], 13), "（通讯员 罗丽珍）",
            "江南街道社区社会组织“红色联盟”成立",
            "本版编辑：曾嘉怡　校对：刘雪梅") + "\n"
    page(f"{P6}/{d}/04.txt", "text", "utf-8", False, "county", [a1, a2, a3], raw,
         tags=["no_blank_lines", "column_label"])


def p6_b():
    d = "2023-10-27"
    hd, wd = head_date(d)
    names = ["钟伟强", "李　梅", "曾志华", "叶文海", "黄　伟", "杨秀兰"]
    a1 = art("梅江区表彰优秀“两新”组织党组织书记",
             ["10月24日，梅江区委组织部、区民政局联合召开“两新”组织党建工作推进会，表彰2023年度优秀“两新”组织党组织书记。名单如下：",
              "非公有制企业（3名）",
              "、".join(names[:3]),
              "社会组织（3名）",
              "、".join(names[3:]),
              "会议号召，全区“两新”组织党组织要以受表彰的同志为榜样，把党的二十大精神落实到企业和社会组织发展中。"],
             "梅江融媒讯（记者 曾嘉怡）", P6, "广东", "梅江区委组织部", "2023-10-24",
             ["曾嘉怡", "钟伟强", "李梅", "曾志华", "叶文海", "黄伟", "杨秀兰"], [],
             ["honour_list", "dateline", "province_context"])
    a2 = art("金山街道开展“四风”问题专项整治",
             ["日前，金山街道党工委对照中央八项规定精神，开展“四风”问题专项整治，重点整治文山会海、督查检查过多过频等问题。"],
             "（金山街道党工委供稿）", "金山街道党工委", "广东", "金山街道党工委", d, [], [], ["relative_date"])
    raw = J(f"梅江融媒　{hd}　{wd}", "第3版　党建·综合", "",
            "梅江区表彰优秀“两新”组织", "党组织书记", "",
            col(["梅江融媒讯（记者 曾嘉怡）" + a1["body"][0]], 13),
            a1["body"][1], a1["body"][2], a1["body"][3], a1["body"][4],
            col([a1["body"][5]], 13), "",
            "金山街道开展“四风”问题专项整治", "", col(a2["body"], 13), "（金山街道党工委供稿）", "", "")
    a1["phenomena"].append("multi_line_title")
    page(f"{P6}/{d}/03.txt", "text", "gb18030", False, "county", [a1, a2], raw, tags=["column_label"])


def p6_c():
    d = "2024-07-01"
    hd, wd = head_date(d)
    a1 = art("庆祝中国共产党成立103周年初心如磐 党旗飘扬——梅江区基层党组织和党员风采扫描",
             ["在中国共产党成立103周年之际，记者走访梅江区城乡社区，记录下一个个基层党组织和党员干事创业的身影。",
              "在城北镇，86岁的老党员罗炳坤每周都到村党群服务中心给孩子们讲红色故事。“入党那天的誓言，我一辈子都记着。”罗炳坤说。",
              "在金山街道东山社区，社区党委书记温丽娟带领党员志愿者组建“客家阿嫂”服务队，为独居老人送餐上门。温丽娟表示，党员就要冲在为群众办事的第一线。",
              "据区委组织部统计，全区现有基层党组织530个、党员1.2万名，今年上半年新发展党员136名。"],
             "本报记者 钟秀英 曾嘉怡", P6, "广东", "梅江区委组织部", d,
             ["钟秀英", "曾嘉怡", "罗炳坤", "温丽娟", "刘雪梅"],
             ["老党员罗炳坤给孩子们讲红色故事。（刘雪梅 摄）"],
             ["kicker", "subtitle", "byline_top", "name_verb", "captions", "multi_line_title", "province_context"])
    a2 = art("区民政局党支部开展“七一”主题党日活动",
             ["6月28日，区民政局党支部组织党员到梅州市叶剑英纪念园开展主题党日活动，重温入党誓词，接受党性教育。"],
             "梅江融媒讯（通讯员 罗丽珍）", P6, "广东", "梅江区民政局", "2024-06-28", ["罗丽珍"], [],
             ["dateline", "province_context"])
    raw = J(f"{P6}　{hd}　{wd}", "七一特刊 · 第2版", "",
            "庆祝中国共产党成立103周年", "初心如磐 党旗飘扬", "——梅江区基层党组织和党员风采扫描", "",
            "本报记者 钟秀英 曾嘉怡", "",
            stray(col(a1["body"][:2], 13, gap=True, indent="　　"), 81, 6), "",
            "老党员罗炳坤给孩子们讲红色故事。（刘雪梅 摄）", "",
            "　　　“入党那天的誓言，", "　　　我一辈子都记着。”", "",
            stray(col(a1["body"][2:], 13, gap=True, indent="　　"), 82, 5), "",
            "区民政局党支部开展“七一”", "主题党日活动",
            col(["梅江融媒讯（通讯员 罗丽珍）" + a2["body"][0]], 13), "", "")
    a2["phenomena"].append("multi_line_title")
    page(f"{P6}/{d}/02.txt", "text", "utf-8", True, "county", [a1, a2], raw,
         tags=["pull_quote", "stray_spaces", "column_label"])


def p6_d():
    d = "2024-12-27"
    hd, wd = head_date(d)
    items = [
        art("区民政局召开党组理论学习中心组学习会",
            ["12月24日，区民政局党组理论学习中心组专题学习党的二十届三中全会精神，交流研讨深化民政领域改革举措。"],
            "", None, "广东", "梅江区民政局", "2024-12-24", [], [], ["briefs", "province_context"]),
        art(None, ["12月25日上午，三角镇党委组织镇村党员干部开展“冬日暖心”走访，为困难群众送去棉被和慰问金。"],
            "", None, "广东", "三角镇党委", "2024-12-25", [], [], ["briefs", "title_none", "half_day_date"]),
        art("长沙镇村级党组织书记述职评议",
            ["12月中旬，长沙镇召开村级党组织书记抓党建工作述职评议会，12名书记逐一述职。"],
            "（通讯员 叶晓敏）", None, "广东", "长沙镇", "2024-12-11", ["叶晓敏"], [], ["briefs", "period_date"]),
        art(None, ["近日，梅江区社会组织综合党委为新成立的3个社会组织党支部授牌。"],
            "", None, "广东", "梅江区社会组织综合党委", d, [], [], ["briefs", "title_none", "relative_date"]),
        art("西阳镇开展党员冬训",
            ["12月20日至22日，西阳镇组织农村党员开展冬训，学习党的二十届三中全会精神和乡村振兴政策。"],
            "", None, "广东", "西阳镇", "2024-12-20", [], [], ["briefs"]),
        art(None, ["12月26日，城北镇玉水村党支部召开党员大会，选举产生新一届支部委员会。"],
            "", None, "广东", "城北镇玉水村党支部", "2024-12-26", [], [], ["briefs", "title_none"]),
    ]
    lines = [f"{P6}　{hd}　{wd}　第4版", "党建快讯", ""]
    for it in items:
        if it["title"]:
            lines += ["● " + it["title"], col(it["body"], 13)]
        else:
            lines.append(col(["● " + it["body"][0]], 13))
        if it["attribution"]:
            lines.append(it["attribution"])
        lines.append("")
    lines.append("本版编辑：曾嘉怡")
    page(f"{P6}/{d}/04.txt", "text", "utf-8-sig", False, "county", items, "\n".join(lines) + "\n",
         tags=["column_label"])


# ---------------------------------------------------------------- 7. 社会治理与党建 (national magazine)
P7 = "社会治理与党建"


def p7_a():
    d = "2023-05-01"
    a1 = art("以高质量党建引领社会组织高质量发展",
             ["摘要：社会组织是党的群众工作的重要对象和重要力量。新时代社会组织党建工作要以习近平新时代中国特色社会主义思想为指导，着力在扩大覆盖、提升质量、促进发展上下功夫。",
              "关键词：社会组织；党建引领；高质量发展",
              "一、深刻认识社会组织党建工作的重要意义",
              "党的二十大报告对加强新经济组织、新社会组织、新就业群体党的建设作出部署。做好社会组织党建工作，是巩固党的执政基础、推进国家治理体系和治理能力现代化的必然要求。",
              "二、准确把握当前社会组织党建工作面临的问题",
              "一些社会组织党组织存在“建而不实”“联而不紧”等问题，党建工作与业务活动“两张皮”现象仍不同程度存在。",
              "三、推动社会组织党建工作提质增效的路径",
              "要坚持把党的政治建设摆在首位，引导社会组织党员干部增强“四个意识”、坚定“四个自信”；要健全党建工作责任体系，推动党建要求进章程；要创新活动方式，把党组织活动与社会组织服务项目有机结合。"],
             "赵振宇 （作者系华南师范大学马克思主义学院教授）", None, None, None, d, ["赵振宇"], [],
             ["byline_top", "subheadings"])
    a2 = art("读《新时代党建工作手册》札记",
             ["近来细读此书，最深的体会是“实”。书中每一章都附有基层案例，从支部“三会一课”如何开出质量，到党员积分如何避免形式主义，讲得具体、可学可用。",
              "对机关党务工作者而言，这是一本放在案头、随时翻阅的工具书。"],
             "文/孙立新 （作者单位：民政部机关党委）", None, None, None, d, ["孙立新"], [],
             ["byline_top"])
    raw = J("社会治理与党建　2023年第5期", "理论视点", "",
            "以高质量党建引领社会组织", "高质量发展", "", "赵振宇", "",
            col(a1["body"][:2], 21, gap=True), "",
            a1["body"][2], col([a1["body"][3]], 21, indent="　　"),
            a1["body"][4], col([a1["body"][5]], 21, indent="　　"),
            a1["body"][6], col([a1["body"][7]], 21, indent="　　"),
            "（作者系华南师范大学马克思主义学院教授）", "",
            "书香党建", "读《新时代党建工作手册》札记", "文/孙立新", "",
            col(a2["body"], 21, indent="　　"), "（作者单位：民政部机关党委）", "",
            "12　社会治理与党建 2023.05", "")
    a1["phenomena"].append("multi_line_title")
    page(f"{P7}/{d}/p12.txt", "text", "utf-8", False, "magazine", [a1, a2], raw, tags=["column_label"])


def p7_b():
    d = "2023-09-01"
    a1 = art("推动社会组织党建工作提质增效——访民政部社会组织管理局有关负责人",
             ["问：主题教育开展以来，社会组织党建工作有哪些新进展？",
              "答：民政部党组把社会组织党建作为主题教育的重要内容，指导全国性社会组织党组织开展“学思想、强党性、重实践、建新功”专题学习，推动党建工作要求写入社会组织章程。",
              "问：下一步工作重点是什么？",
              "答：一是持续扩大党的组织和工作覆盖；二是推动党建工作与社会组织年检、评估、执法监督相衔接；三是加强党建指导员队伍建设，为社会组织高质量发展提供坚强政治保证。"],
             "本刊记者 陈思远", P7, None, "民政部", d, ["陈思远"], [],
             ["interview", "subtitle", "byline_top", "national_body", "enumeration", "multi_line_title"])
    a2 = art("鹭江边的“石榴红”",
             ["在厦门市思明区鹭江街道，新疆籍社工迪丽努尔·吐尔洪组建的“石榴红”志愿服务队已有成员46名，党员占了一半。",
              "“社区党委给了我们活动场地，也教会我们怎么做群众工作。”迪丽努尔·吐尔洪说。去年以来，服务队为在厦务工的少数民族群众提供政策咨询、子女入学帮办等服务1800余人次。",
              "鹭江街道党工委书记陈晓东表示，将把服务队纳入街道“党建+社会组织”服务体系，给予项目支持。"],
             "本刊记者 陈思远", P7, "福建", "厦门市思明区鹭江街道党工委", d, ["陈思远", "迪丽努尔·吐尔洪", "陈晓东"], [],
             ["dot_name", "name_verb", "byline_top", "province_context", "relative_date"])
    raw = J("社会治理与党建  2023年第9期", "", "访谈", "",
            "推动社会组织党建工作提质增效", "——访民政部社会组织管理局有关负责人", "本刊记者 陈思远", "",
            col(a1["body"], 22, indent="　　"), "", "基层一线", "",
            "鹭江边的“石榴红”", "本刊记者 陈思远", "",
            "　　在厦门市思明区鹭江街道，新疆籍社工迪丽努", "尔·吐尔洪组建的“石榴红”志愿服务队已有成员46",
            "名，党员占了一半。",
            colsplit(a2["body"][1], 22, "迪丽努尔·"),
            col(a2["body"][2:], 22, indent="　　"), "", "社会治理与党建·2023.09　　　　27", "")
    page(f"{P7}/{d}/p27.txt", "text", "utf-8", False, "magazine", [a1, a2], raw, tags=["column_label"])


def p7_c():
    d = "2024-03-01"
    a1 = art("海南：社会组织党建助力自贸港建设",
             ["1月下旬，海南省民政厅召开全省社会组织党建工作会议，部署开展社会组织党组织“双提升”行动，推动全省性社会组织党组织覆盖率保持100%。",
              "会上，三亚市一家民族文化类社会组织负责人、哈萨克族党员努尔兰·哈力别克介绍了组织党员志愿者服务游客和外来务工人员的做法。"],
             "（据海南省民政厅）", "海南省民政厅", "海南", "海南省民政厅", "2024-01-21", ["努尔兰·哈力别克"], [],
             ["period_date", "dot_name"])
    a2 = art("广西：“三级联动”推进清廉民政建设",
             ["2月20日，广西壮族自治区民政厅召开全区民政系统全面从严治党工作会议，提出建立区、市、县“三级联动”清廉民政建设机制，持续推进模范机关、清廉机关建设。"],
             "（据广西壮族自治区民政厅）", "广西壮族自治区民政厅", "广西", "广西壮族自治区民政厅", "2024-02-20", [], [], [])
    a3 = art("福建：开展“党建+慈善”示范创建",
             ["日前，福建省民政厅印发通知，在全省慈善组织中开展“党建+慈善”示范创建活动，计划用两年时间培育示范单位50个。"],
             "（据福建省民政厅）", "福建省民政厅", "福建", "福建省民政厅", d, [], [], ["relative_date"])
    raw = J("地方实践", "", a1["title"],
            col(a1["body"][:1], 20),
            colsplit(a1["body"][1], 20, "努尔兰·"),
            "（据海南省民政厅）", "", a2["title"], col(a2["body"], 20), "（据广西壮族自治区民政厅）", "",
            a3["title"], col(a3["body"], 20), "（据福建省民政厅）", "",
            "社会治理与党建 2024年第3期　　　45", "")
    page(f"{P7}/{d}/p45.txt", "text", "gb18030", True, "magazine", [a1, a2, a3], raw, tags=["column_label"])


def p7_d():
    d = "2024-11-01"
    a1 = art("中央社会工作部召开全国新兴领域党建工作座谈会",
             ["10月中旬，中央社会工作部在京召开全国新兴领域党建工作座谈会，交流各地推进新经济组织、新社会组织、新就业群体党建工作的做法。",
              "会议强调，要深入学习贯彻党的二十届三中全会精神，健全党建引领基层治理机制，不断扩大新兴领域党建工作覆盖。"],
             "本刊编辑部", P7, None, "中央社会工作部", "2024-10-11", [], [],
             ["national_body", "double_spaced", "period_date"])
    a2 = art("民政部机关党委推动“第一议题”制度落地见效",
             ["近日，民政部机关党委对部机关各党支部落实“第一议题”制度情况开展专项督导，推动支部学习与业务工作紧密结合。",
              "督导发现，多数支部建立了学习清单和落实台账，少数支部存在学用脱节问题，已督促整改。"],
             "（据民政部机关党委）", "民政部机关党委", None, "民政部", d, [], [],
             ["national_body", "title_after", "relative_date", "multi_line_title"])
    raw = J("党建动态", "",
            "中央社会工作部召开全国新兴领域党建", "工作座谈会", "", "本刊编辑部", "",
            col(a1["body"], 16, ds=True), "", "",
            col(a2["body"], 16), "（据民政部机关党委）", "民政部机关党委推动“第一议题”", "制度落地见效", "",
            "社会治理与党建　2024·11　　08", "")
    a1["phenomena"] += ["multi_line_title", "byline_top"]
    page(f"{P7}/{d}/p08.txt", "text", "utf-8", False, "magazine", [a1, a2], raw, tags=["column_label"])


# ---------------------------------------------------------------- writing
def write_docx(path, spec):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = Document()
    for kind, text in spec:
        if kind == "masthead":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(26)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "titlebr":
            p = doc.add_paragraph()
            r = p.add_run(text[0])
            r.bold = True
            r.add_break()
            r2 = p.add_run(text[1])
            r2.font.size = Pt(14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "line":
            doc.add_paragraph(text)
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(28)
    doc.save(path)


def main():
    for f in [p1_a, p1_b, p1_c, p1_d, p2_a, p2_b, p2_c, p2_d, p3_a, p3_b, p3_c, p3_d,
              p4_a, p4_b, p4_c, p4_d, p5_a, p5_b, p5_c, p5_d, p6_a, p6_b, p6_c, p6_d,
              p7_a, p7_b, p7_c, p7_d]:
        f()
    truth = {}
    for pg in PAGES:
        full = os.path.join(HERE, pg["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if pg["kind"] == "docx":
            write_docx(full, pg["docx"])
        else:
            txt = pg["raw"]
            if pg["crlf"]:
                txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
            with open(full, "wb") as fh:
                fh.write(txt.encode(pg["encoding"]))
        truth[pg["path"]] = {k: pg[k] for k in ("encoding", "crlf", "kind", "publication_kind", "phenomena", "articles")}
    with open(os.path.join(HERE, f"truth-{SETID}.json"), "w", encoding="utf-8") as fh:
        json.dump(_truth12_align(truth), fh, ensure_ascii=False, indent=1)
    print(len(PAGES), "pages", sum(len(p["articles"]) for p in PAGES), "articles")



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('壮乡民政网/2024-10-16/index.html', 1, 'source', None, '壮乡民政网', '12.1'),
    ('壮乡民政网/2024-10-16/index.html', 2, 'source', None, '壮乡民政网', '12.1'),
    ('壮乡民政网/2024-10-16/index.html', 3, 'source', None, '壮乡民政网', '12.1'),
    ('壮乡民政网/2024-10-16/index.html', 4, 'source', None, '壮乡民政网', '12.1'),
    ('壮乡民政网/2024-10-16/index.html', 5, 'source', None, '壮乡民政网', '12.1'),
    ('榕城日报/2024-05-17/A5.txt', 3, 'agency', '马尾区委组织部', None, '9.5'),
    ('榕城日报/2024-09-03/A6.txt', 5, 'agency', '永泰县民政局', None, '9.5'),
    ('五指山融媒/2025-02-14/p2.txt', 2, 'agency', '五指山市民政局', None, '9.5'),
    ('壮乡民政网/2024-10-16/index.html', 4, 'agency', '防城港市民政局', None, '9.5'),
    ('五指山融媒/2023-12-05/p2.txt', 3, 'agency', '五指山市畅好乡党委', '畅好乡党委', '9.7'),
    ('五指山融媒/2024-04-09/p2.txt', 1, 'agency', '五指山市水满乡党委', '水满乡党委', '9.7'),
    ('社会治理与党建/2023-09-01/p27.txt', 2, 'agency', '厦门市思明区鹭江街道党工委', '鹭江街道党工委', '9.7'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
