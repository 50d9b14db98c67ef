"""Truth pages (held back as batch h2, now development), set h2e (湖北, 湖南, 河南, 安徽, 江苏, 上海).

Seven invented publications, four pages each (28 pages):

1. 楚风日报 (湖北 provincial daily; text layer, UTF-8). Party-building page 党建·基层. Most
   titles are printed AFTER their article (the column layout puts the headline block below the
   text); under the title stands the top byline ``本报记者 A B``. Other articles open with a
   dateline ``本报某地某月某日电（记者 某某 通讯员 某某）`` or ``本报讯（…）``. Kickers above
   titles, two-line titles, photo captions, one double-spaced article, a （上接第1版） fragment
   and a （下转第2版） article, a year-boundary January issue. Running head without the year.
2. 商都社会组织报 (郑州 city social-organisation paper; text, GB18030, CRLF). Brief pages:
   items opened by 【headline】 (headline = title), no blank lines at all; one page uses ■ items
   that open straight into the lead (title null); an honour list (表彰名单) with category headings.
3. 桃花潭融媒 (泾县 county media centre, 安徽; e-paper HTML, UTF-8). One article per page with
   breadcrumbs, 【字体：大 中 小】, 打印/关闭 chrome and a 相关链接 list; plus one version list page
   (版面导读) whose entries each show title, date and a 摘要 excerpt.
4. 苏韵民政网 (江苏 provincial portal; HTML whose bytes are GB18030, meta charset gbk). Article
   pages with info line 发布日期/来源/作者/浏览次数; some carry a 延伸阅读 box with its own text.
5. 浦江机关党建简报 (上海市民政局机关党委 Word bulletin, .docx). Masthead (name, 第N期, issuing
   office, date), sometimes 本期目录, items with bold titles and no blank paragraphs between items,
   closing （…供稿） attributions, distribution lines 报：/送：/发：.
6. 潇湘理论周刊 (湖南 theory weekly; OCR text of a scan). Running head with misread digits and
   characters, editor's note, author name under title + （作者系…） note, numbered subheadings,
   （下转第N版）/（上接第N版）, a blank line inserted inside a two-line title.
7. 嵩岳党建 (河南 monthly magazine; text, UTF-8 with BOM). Kickers and —— subtitle lines, 文/某某
   bylines, pull quotes (a sentence printed again, large: furniture), an interview (——访某某,
   记者：/name： turns), captions, short subheadings. Folder date = first day of the month.

Conventions decided beyond docs/truth_conventions.md:
- Kicker + title + subtitle are joined with no separator (the printed strings concatenated).
- Daily: when the title block is printed after the body, the ``本报记者 A B`` line printed under
  that title is still the article's attribution (source: 楚风日报).
- E-paper list page (版面导读): each entry (title + 摘要 excerpt) is an article: title as listed,
  body = [excerpt as printed], attribution ""; date = the day the excerpt names, else the issue
  date; the per-entry date stamp and the "[详细]" link are furniture.
- A 延伸阅读 box on a portal page is its own article (title = its headline if it has one).
- Bulletin closing （X供稿）: source = X in full form with the issuing bureau prefixed
  (上海市民政局…); agency = the bureau unit as printed, mapped to the bureau for 处室.
- OCR misreads are confined to running heads/footers; body text is clean apart from stray spaces.
- Honour-list names padded with a full-width/ASCII space (two-character names) keep the padding
  in the body; people are given without padding.
- Slogans are computed from the canonical list of DOMAIN.md plus any quoted “N个……” (N in
  两/一…十) formulation occurring in title or body.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a town or district body printed only with its county or city keeps it (金水区经三路街道某社区党委→郑州市金水区经三路街道某社区党委).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 2 (a source printed whole
gets no place added, source) 3; kind 3 (an uncredited report of the paper or site → the paper,
source) 9; kind 5 (an agency printed in no form → null, agency) 2 — 14 values, listed in _TRUTH10
and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 3 — 3 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import html as H
import io
import json
import os
import random
import re

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240521)
PAGES = {}

CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]


def nows(s):
    return re.sub(r"\s+", "", s)


def slogans_of(title, body):
    t = nows((title or "") + "".join(body))
    out = []
    for c in CANON_Q:
        if c in t:
            out.append("“%s”" % c)
    for c in CANON_U:
        if c in t:
            out.append(c)
    for m in re.findall(r"“([两一二三四五六七八九十]个[^“”]{1,10})”", t):
        f = "“%s”" % m
        if f not in out:
            out.append(f)
    return out


def A(title, body, attr, source, prov, agency, date, people, caps=(), tags=()):
    return {"title": title, "body": list(body), "attribution": attr, "source": source,
            "province": prov, "agency": agency, "date": date, "people": list(people),
            "slogans": slogans_of(title, body), "captions": list(caps), "phenomena": list(tags)}


def wrap(s, w, jitter=True):
    out, i = [], 0
    while i < len(s):
        n = w + (R.choice([-1, 0, 0, 1]) if jitter else 0)
        out.append(s[i:i + n])
        i += n
    return out


def add_page(rel, kind, pkind, enc, crlf, arts, ptags):
    tags = set(ptags)
    for a in arts:
        tags.update(a["phenomena"])
    PAGES[rel] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
                  "phenomena": sorted(tags), "articles": arts}


def write_text(rel, lines, enc, crlf):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    nl = "\r\n" if crlf else "\n"
    data = nl.join(lines) + nl
    if enc == "utf-8-sig":
        b = data.encode("utf-8-sig")
    else:
        b = data.encode(enc)
    with open(path, "wb") as f:
        f.write(b)


def body_lines(paras, w, blank=False, double=False):
    out = []
    for p in paras:
        ls = wrap(p, w)
        for l in ls:
            out.append(l)
            if double:
                out.append("")
        if blank and not double:
            out.append("")
    return out


# ---------------------------------------------------------------- 1. 楚风日报 (湖北 daily)
def chufeng():
    pub = "楚风日报"
    # page 1 ------------------------------------------------------------
    d = "2023-07-04"
    a1 = A("重温入党誓词 践行为民初心省民政厅开展“七一”主题党日活动",
           ["7月1日上午，省民政厅机关党委组织厅机关各党支部 100余名党员来到武昌起义纪念馆，开展“七一”主题党日活动。",
            "在鲜红的党旗下，全体党员面向党旗重温入党誓词。随后，大家依次参观了“辛亥首义”基本陈列，在讲解员的带领下回顾革命先辈的奋斗历程。",
            "“作为一名民政干部，就是要把‘国之大者’落实到每一件民生小事上。”社会救助处党支部书记刘思远说，要把主题教育成效转化为兜牢民生底线的实际行动。",
            "活动中，厅机关党委还为党龄满 50 年的离退休老党员代表颁发了“光荣在党50年”纪念章。"],
           "本报记者 周雅琴 易文涛", "楚风日报", "湖北", "湖北省民政厅", "2023-07-01",
           ["刘思远", "周雅琴", "易文涛"], ["图为党员代表重温入党誓词。（本报记者 易文涛 摄）"],
           ["title_after", "kicker", "byline_top", "half_day_date", "name_verb", "province_context", "captions", "stray_spaces"])
    a2 = A("宜昌推动新兴领域社会组织党的组织和工作“两个覆盖”",
           ["6月下旬以来，宜昌市民政局联合市委社会工作部开展社会组织党建“百日攻坚”行动，对全市 1300 余家社会组织逐一摸排。",
            "行动中，宜昌市民政局坚持党建工作与登记审查、年度检查、等级评估“三同步”，对具备条件的社会组织及时单独组建党组织，对暂不具备条件的通过选派党建指导员实现工作覆盖。",
            "截至目前，全市新组建社会组织党组织 37 个，选派党建指导员 126 名。"],
           "本报宜昌7月3日电（记者 聂红 通讯员 田承志）", "楚风日报", "湖北", "宜昌市民政局", "2023-06-21",
           ["聂红", "田承志"], [], ["title_after", "dateline", "period_date"])
    a3 = A("黄冈开展“红色社工”进社区志愿服务",
           ["近日，黄冈市民政局组织全市 20 家社会工作服务机构的党员社工走进老旧小区，开展政策宣讲、助老服务等志愿活动，受到居民欢迎。"],
           "本报讯（通讯员 程立新）", "楚风日报", "湖北", "黄冈市民政局", d,
           ["程立新"], [], ["double_spaced", "relative_date", "title_after"])
    L = ["楚风日报", "7月4日 星期二", "5", "党建·基层", ""]
    L += body_lines(a1["body"], 14, blank=True)
    L += ["图为党员代表重温入党誓词。（本报", "记者 易文涛 摄）", "", "重温入党誓词 践行为民初心", "省民政厅开展“七一”", "主题党日活动", "本报记者 周雅琴 易文涛", ""]
    L += ["本报宜昌7月3日电（记者", "聂红 通讯员 田承志）"] + body_lines(a2["body"], 15)
    L += ["", "宜昌推动新兴领域社会组织党的", "组织和工作“两个覆盖”", ""]
    L += ["本报讯（通讯员 程立新）", ""] + body_lines(a3["body"], 13, double=True)
    L += ["黄冈开展“红色社工”进社区志愿服务", "", "责任编辑 汪晓帆  美编 陈蕾"]
    rel = "%s/%s/05.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "text", "provincial", "utf-8", False, [a1, a2, a3], ["column_label"])

    # page 2 (January issue, year boundary) --------------------------------
    d = "2024-01-09"
    f0 = A(None,
           ["会议要求，各级民政部门党组织要把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，持续巩固拓展主题教育成果，推动全省民政事业高质量发展。",
            "会上，十堰、荆州、咸宁等 6 个市州民政局作了交流发言。"],
           "", "楚风日报", "湖北", "湖北省民政厅", "2024-01-05", [], [], ["continued", "title_none"])
    a1 = A("省民政厅党组召开2023年度主题教育专题民主生活会",
           ["12月28日，省民政厅党组召开2023年度主题教育专题民主生活会。厅党组书记、厅长郑国栋主持会议并作总结讲话。",
            "会前，厅党组通过个别访谈、召开座谈会、发放征求意见表等方式广泛征求意见建议 96 条，逐条梳理形成问题清单。",
            "会上，郑国栋代表厅党组作对照检查，带头开展批评和自我批评，厅党组成员逐一发言，开诚布公、直面问题。",
            "郑国栋指出，要坚定拥护“两个确立”、坚决做到“两个维护”，以刀刃向内的勇气抓好问题整改。"],
           "本报记者 周雅琴 吴汉卿", "楚风日报", "湖北", "湖北省民政厅", "2023-12-28",
           ["郑国栋", "周雅琴", "吴汉卿"], [], ["year_boundary", "title_after", "byline_top", "province_context"])
    a2 = A("鄂新两地民政部门开展党建结对交流",
           ["本月上旬，新疆博尔塔拉蒙古自治州民政局考察组一行来鄂，与省民政厅机关党支部开展党建结对共建交流。",
            "考察组组长阿迪力·吾斯曼表示，湖北在“党建引领＋社会救助”方面的经验值得学习借鉴，将结合博州实际转化运用。",
            "双方签订了党建共建协议，约定在干部交流、业务培训等方面加强合作。"],
           "本报讯（记者 易文涛）", "楚风日报", "湖北", "湖北省民政厅", "2024-01-01",
           ["阿迪力·吾斯曼", "易文涛"], ["交流座谈现场。（记者 易文涛 摄）"],
           ["dot_name", "name_verb", "period_date", "captions", "title_after"])
    L = ["6", "党建·基层", "楚风日报", "1月9日 星期二", "", "（上接第1版）"]
    L += body_lines(f0["body"], 16)
    L += [""] + body_lines(a1["body"], 15, blank=True)
    L += ["省民政厅党组召开2023年度", "主题教育专题民主生活会", "本报记者 周雅琴 吴汉卿", ""]
    L += ["本报讯（记者 易文涛）本月上旬，", "新疆博尔塔拉蒙古自治州民政局考察组一行来鄂，",
          "与省民政厅机关党支部开展党建", "结对共建交流。"]
    rest = a2["body"][1].replace("阿迪力·吾斯曼", "阿迪力·\n吾斯曼")
    L += rest.replace("湖北在", "湖北\n在").split("\n")
    L += [a2["body"][2][:17], a2["body"][2][17:]]
    L += ["▲ 交流座谈现场。（记者 易文涛 摄）", "鄂新两地民政部门开展党建结对交流", "", "责任编辑 汪晓帆"]
    rel = "%s/%s/06.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "text", "provincial", "utf-8", False, [f0, a1, a2], ["column_label"])

    # page 3 -------------------------------------------------------------
    d = "2024-05-21"
    a1 = A("襄阳：“红色驿站”让快递小哥有了“家”",
           ["“跑了一上午，能在这里喝口热水、充个电，心里暖暖的。”5月17日中午，在樊城区“红色驿站”歇脚的快递员马振宇说。",
            "今年以来，襄阳市委社会工作部、市民政局依托社区党群服务中心，建成“红色驿站”86个，为快递员、外卖送餐员等新就业群体提供休息、饮水、充电等服务。",
            "驿站还定期组织“三会一课”和政策宣讲，吸引 210 名新就业群体党员亮明身份、参与社区治理。"],
           "本报记者 吴汉卿 聂红", "楚风日报", "湖北", "襄阳市民政局", "2024-05-17",
           ["马振宇", "吴汉卿", "聂红"], [], ["title_after", "byline_top", "name_verb", "stray_spaces"])
    a2 = A("以学增智 以学促干——省民政厅举办全省民政系统党务干部培训班",
           ["本报讯（记者 周雅琴）5月13日至16日，省民政厅在武汉举办全省民政系统党务干部培训班，120 余名党务干部参加培训。",
            "培训围绕党纪学习教育、模范机关建设、基层党组织标准化规范化建设等内容设置课程，采取专题授课、现场教学、分组研讨相结合的方式进行。",
            "学员们表示，将把所学所悟转化为推动民政工作的具体举措，以学增智、以学促干。"],
           "本报讯（记者 周雅琴）", "楚风日报", "湖北", "湖北省民政厅", "2024-05-13",
           ["周雅琴"], [], ["multi_line_title", "subtitle", "dateline", "province_context"])
    a2["body"][0] = a2["body"][0].replace("本报讯（记者 周雅琴）", "")
    a3 = A("省民政厅机关党委开展清廉机关建设专项督查",
           ["5月中旬，省民政厅机关党委抽调 12 名党务干部组成 3 个督查组，对厅机关各处室和直属单位清廉机关建设情况开展专项督查。",
            "督查采取查阅资料、个别谈话、随机走访等方式，重点检查落实中央八项规定精神、纠治“四风”等情况。督查组共发现问题 23 个，已全部反馈并督促整改。"],
           "", "楚风日报", "湖北", "湖北省民政厅", "2024-05-11", [], [], ["continued", "period_date"])
    L = ["楚风日报", "5月21日 星期二", "7", "党建·基层", ""]
    L += body_lines(a1["body"], 13)
    L += ["襄阳：“红色驿站”让快递", "小哥有了“家”", "本报记者 吴汉卿 聂红", "", "以学增智 以学促干", "",
          "——省民政厅举办全省民政系统", "党务干部培训班", "", "本报讯（记者 周雅琴）"]
    L += body_lines(a2["body"], 16)
    L += ["", "省民政厅机关党委开展清廉机关", "建设专项督查"]
    L += body_lines(a3["body"], 14)
    L += ["（下转第2版）", "", "责任编辑 汪晓帆  美编 陈蕾"]
    rel = "%s/%s/07.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "text", "provincial", "utf-8", False, [a1, a2, a3], ["column_label"])

    # page 4 -------------------------------------------------------------
    d = "2025-03-18"
    a1 = A("恩施州推行“党建引领＋邻里互助”养老服务模式",
           ["3月上旬，恩施土家族苗族自治州民政局在来凤县召开全州农村互助养老现场推进会。",
            "近年来，恩施州民政局坚持党建引领，在村级党组织领办下建成邻里互助点 412 个，组织低龄老人结对帮扶高龄、独居老人 5600 余人。",
            "来凤县旧司镇党委书记向德胜介绍，镇里把互助养老纳入村党组织书记抓党建述职评议内容，做到“有人管、有人做、有人查”。"],
           "本报记者 聂红 易文涛", "楚风日报", "湖北", "恩施州民政局", "2025-03-01",
           ["向德胜", "聂红", "易文涛"], [], ["title_after", "byline_top", "period_date", "stray_spaces"])
    a2 = A("省民政厅召开机关党的建设工作会议",
           ["本报武汉3月14日电（记者 吴汉卿）今天，省民政厅召开2025年机关党的建设工作会议，总结去年工作，部署今年任务。",
            "会议要求，要深入学习贯彻二十届三中全会精神，健全“第一议题”制度，持续推进模范机关建设，一体推进不敢腐、不能腐、不想腐。",
            "会上，厅机关 4 个党支部书记作了述职。"],
           "本报武汉3月14日电（记者 吴汉卿）", "楚风日报", "湖北", "湖北省民政厅", "2025-03-14",
           ["吴汉卿"], [], ["dateline", "province_context", "title_after"])
    a2["body"][0] = a2["body"][0].replace("本报武汉3月14日电（记者 吴汉卿）", "")
    a3 = A("孝感社会组织党员志愿服务队成立",
           ["3月5日上午，孝感市社会组织党委举行“学雷锋”党员志愿服务队成立仪式，首批 300 余名社会组织党员报名入队。"],
           "（孝感市民政局供稿）", "孝感市民政局", "湖北", "孝感市社会组织党委", "2025-03-05",
           [], [], ["half_day_date"])
    L = ["7", "党建·基层", "3月18日 星期二", "楚风日报", ""]
    L += body_lines(a1["body"], 12)
    L += ["恩施州推行“党建引领＋邻里", "互助”养老服务模式", "本报记者 聂红 易文涛", ""]
    L += ["本报武汉3月14日电（记者 吴汉卿）"] + body_lines(a2["body"], 17)
    L += ["省民政厅召开机关党的建设工作会议", ""]
    L += ["孝感社会组织党员志愿服务队成立"] + body_lines(a3["body"], 14) + ["（孝感市民政局供稿）", "", "责任编辑 汪晓帆  美编 陈蕾"]
    rel = "%s/%s/07.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "text", "provincial", "utf-8", False, [a1, a2, a3], ["column_label"])


# ---------------------------------------------------------------- 2. 商都社会组织报 (郑州, GB18030 CRLF)
def shangdu():
    pub = "商都社会组织报"
    enc = "gb18030"

    def brief(head, paras, attr, source, agency, date, people, tags=()):
        return A(head, paras, attr, source, "河南", agency, date, people, (), ["briefs"] + list(tags))

    def emit(L, a, w, marker="【%s】"):
        if a["title"]:
            L.append(marker % a["title"])
        for p in a["body"]:
            L.extend(wrap(p, w))
        if a["attribution"]:
            L.append(a["attribution"])

    # page 1
    d = "2023-09-15"
    arts = [
        brief("市社会组织党委召开主题教育推进会",
              ["9月12日，郑州市社会组织党委召开主题教育推进会，通报前一阶段工作情况，部署调查研究和检视整改任务。",
               "会议要求，各社会组织党组织要坚持学思想、强党性、重实践、建新功，推动主题教育与业务工作深度融合。"],
              "（通讯员 韩晓东）", None, "郑州市社会组织党委", "2023-09-12", ["韩晓东"]),
        brief("金水区开展“社会组织党建月”活动",
              ["9月上旬，金水区民政局在辖区 180 余家社会组织中开展“社会组织党建月”活动，组织党员亮身份、亮承诺。"],
              "（金水区民政局供稿）", "郑州市金水区民政局", "金水区民政局", "2023-09-01", [], ["period_date"]),
        brief("市律师行业党委组织党员律师送法进社区",
              ["近日，郑州市律师行业党委组织 40 名党员律师走进二七区 12 个社区，为群众提供免费法律咨询。党员律师孟凡超说，要让群众在家门口就能找到“法律明白人”。"],
              "", None, "郑州市律师行业党委", d, ["孟凡超"], ["relative_date", "name_verb"]),
        brief("中原区社会组织党群服务中心揭牌",
              ["9月8日，中原区社会组织党群服务中心正式揭牌运行，中心设有党员活动室、孵化培训室等 6 个功能区。"],
              "（通讯员 乔丽娜）", None, "中原区民政局", "2023-09-08", ["乔丽娜"]),
    ]
    L = ["商都社会组织报", "9月15日 星期五  第4版", "党建园地"]
    for i, a in enumerate(arts):
        emit(L, a, [15, 18, 13, 16][i])
    L += ["本版编辑：牛雅楠"]
    rel = "%s/%s/04.txt" % (pub, d)
    write_text(rel, L, enc, True)
    add_page(rel, "text", "provincial", enc, True, arts, ["gb18030", "crlf", "no_blank_lines", "column_label"])

    # page 2: honour list
    d = "2023-12-22"
    hon = A("郑州市社会组织“两优一先”表彰名单",
            ["为表彰先进、树立典型，经研究，中共郑州市社会组织委员会决定，对以下社会组织优秀共产党员、优秀党务工作者和先进基层党组织予以表彰。",
             "一、优秀共产党员（8名）",
             "王建国、郑春梅、李  静、赵鹏飞、孙志强、周  扬、吴桂兰、冯晓光",
             "二、优秀党务工作者（4名）",
             "杨  帆、朱红霞、高志远、马丽萍",
             "三、先进基层党组织（3个）",
             "郑州市律师协会党委、郑州市物流与采购协会党支部、郑州市慈善总会党支部"],
            "", None, "河南", "郑州市社会组织党委", d,
            ["王建国", "郑春梅", "李静", "赵鹏飞", "孙志强", "周扬", "吴桂兰", "冯晓光", "杨帆", "朱红霞", "高志远", "马丽萍"],
            [], ["honour_list", "enumeration"])
    b1 = brief("管城区社会组织党组织书记轮训班结业",
               ["12月中旬，管城回族区民政局举办社会组织党组织书记轮训班，60 余名书记参训，轮训采取集中授课与交流研讨相结合的方式。"],
               "（管城回族区民政局供稿）", "郑州市管城回族区民政局", "管城回族区民政局", "2023-12-11", [], ["period_date"])
    b2 = brief("市慈善总会党支部开展“冬日暖心”行动",
               ["日前，郑州市慈善总会党支部组织党员为困难群众送去棉衣、米面油等物资，惠及 300 余户家庭。"],
               "（通讯员 朱红霞）", None, "郑州市慈善总会党支部", d, ["朱红霞"], ["relative_date"])
    L = ["商都社会组织报", "12月22日 星期五  第4版", "党建园地", "◇表彰◇"]
    L += [hon["title"]]
    L += wrap(hon["body"][0], 18)
    L += [hon["body"][1], hon["body"][2][:20], hon["body"][2][20:], hon["body"][3], hon["body"][4], hon["body"][5]]
    L += wrap(hon["body"][6], 19)
    emit(L, b1, 16)
    emit(L, b2, 14)
    L += ["本版编辑：牛雅楠"]
    rel = "%s/%s/04.txt" % (pub, d)
    write_text(rel, L, enc, True)
    add_page(rel, "text", "provincial", enc, True, [hon, b1, b2], ["gb18030", "crlf", "no_blank_lines", "column_label"])

    # page 3: ■ items without headlines
    d = "2024-06-14"
    arts = [
        brief(None, ["6月11日，郑州市社会组织党委组织 30 家行业协会商会党组织负责人赴兰考县焦裕禄纪念园开展党纪学习教育，重温入党誓词。"],
              "（通讯员 韩晓东）", None, "郑州市社会组织党委", "2024-06-11", ["韩晓东"], ["title_none"]),
        brief(None, ["6月上旬，惠济区民政局对辖区社会组织党建工作开展“回头看”，对 9 个党组织换届不及时问题督促整改。"],
              "", None, "惠济区民政局", "2024-06-01", [], ["title_none", "period_date"]),
        brief(None, ["近期，郑州市社会工作协会党支部开展“三会一课”规范化建设，制定支部工作清单 5 项，做到每月有主题、每季有活动。"],
              "（郑州市社会工作协会供稿）", "郑州市社会工作协会", "郑州市社会工作协会党支部", d, [], ["title_none", "relative_date"]),
        brief(None, ["6月6日下午，登封市民政局召开社会组织党建工作联席会议，研究部署“党建＋公益”项目 12 个。局党组书记史红旗表示，要让党建工作与社会组织业务发展同频共振。"],
              "（通讯员 石  磊）", None, "登封市民政局", "2024-06-06", ["史红旗", "石磊"], ["title_none", "half_day_date", "name_verb"]),
    ]
    L = ["商都社会组织报", "6月14日 星期五  第4版", "党建园地", "快讯"]
    for i, a in enumerate(arts):
        ls = wrap(a["body"][0], [17, 15, 18, 16][i])
        L.append("■ " + ls[0])
        L += ls[1:]
        if a["attribution"]:
            L.append(a["attribution"])
    L += ["本版编辑：牛雅楠"]
    rel = "%s/%s/04.txt" % (pub, d)
    write_text(rel, L, enc, True)
    add_page(rel, "text", "provincial", enc, True, arts, ["gb18030", "crlf", "no_blank_lines", "column_label"])

    # page 4
    d = "2025-04-11"
    arts = [
        brief("全市社会组织党建工作会议召开",
              ["4月8日，郑州市社会组织党建工作会议召开。会议提出，今年全市将重点抓好三件事：一是推进社会组织党组织应建尽建，二是开展党组织书记全员轮训，三是培育“红色社会组织”品牌 30 个。"],
              "（通讯员 乔丽娜）", None, "郑州市社会组织党委", "2025-04-08", ["乔丽娜"], ["enumeration"]),
        brief("二七区“党建＋社工”助力“一老一小”",
              ["今年以来，二七区民政局依托 8 家党建示范社工机构，为辖区 2000 余名老人和留守儿童提供关爱服务。"],
              "（二七区民政局供稿）", "郑州市二七区民政局", "二七区民政局", d, [], ["relative_date"]),
        brief("市物流与采购协会党支部开展清明祭英烈活动",
              ["4月3日上午，郑州市物流与采购协会党支部组织党员到郑州烈士陵园开展祭扫活动。支部书记冯晓光说，要传承红色基因、赓续精神血脉。"],
              "", None, "郑州市物流与采购协会党支部", "2025-04-03", ["冯晓光"], ["half_day_date", "name_verb"]),
        brief("新密市社会组织综合党委成立",
              ["3月下旬，新密市社会组织综合党委成立，统筹领导全市 96 家社会组织党建工作。"],
              "（通讯员 石磊）", None, "新密市社会组织综合党委", "2025-03-21", ["石磊"], ["period_date"]),
    ]
    L = ["党建园地", "商都社会组织报", "第4版  4月11日 星期五"]
    for i, a in enumerate(arts):
        emit(L, a, [18, 14, 16, 15][i])
    L += ["本版编辑：牛雅楠  校对：陈  晨"]
    rel = "%s/%s/04.txt" % (pub, d)
    write_text(rel, L, enc, True)
    add_page(rel, "text", "provincial", enc, True, arts, ["gb18030", "crlf", "no_blank_lines", "column_label"])


# ---------------------------------------------------------------- HTML helpers
def html_article_page(site, crumbs, title_lines, info, paras, caps_html, related, extra_box=None, charset="utf-8"):
    p = []
    p.append('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
    p.append("<title>%s - %s</title></head><body>" % (H.escape("".join(t for _, t in title_lines)), site))
    p.append('<div class="top"><a href="/">%s</a> | <a href="#">设为首页</a></div>' % site)
    p.append('<div class="crumb">当前位置：%s</div>' % " &gt; ".join('<a href="#">%s</a>' % c for c in crumbs))
    p.append('<div class="article">')
    for cls, t in title_lines:
        p.append('<%s>%s</%s>' % (cls, H.escape(t), cls))
    p.append('<div class="info">%s</div>' % info)
    p.append('<div class="content">')
    for kind, t in paras:
        if kind == "p":
            p.append("<p>%s</p>" % H.escape(t))
        elif kind == "img":
            p.append('<p style="text-align:center"><img src="%s"></p>' % t)
        elif kind == "cap":
            p.append('<p class="pic_txt" style="text-align:center">%s</p>' % H.escape(t))
        elif kind == "raw":
            p.append(t)
    p.append("</div></div>")
    if extra_box:
        p.append(extra_box)
    if related:
        p.append('<div class="related"><h4>相关链接</h4><ul>')
        for r in related:
            p.append('<li><a href="#">%s</a></li>' % H.escape(r))
        p.append("</ul></div>")
    p.append('<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>')
    p.append('<div class="foot">版权所有：%s　技术支持：某某网络</div></body></html>' % site)
    return "\n".join(p)


def write_bytes(rel, s, enc):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(s.encode(enc))


# ---------------------------------------------------------------- 3. 桃花潭融媒 (泾县, 安徽)
def taohuatan():
    pub = "桃花潭融媒"
    site = "桃花潭融媒电子报"
    FONT = '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'

    # list page
    d = "2024-03-12"
    entries = [
        A("县民政局召开党纪学习教育动员部署会",
          ["3月8日上午，县民政局召开党纪学习教育动员部署会，局党组书记、局长汪立群作动员讲话……"],
          "", None, "安徽", "泾县民政局", "2024-03-08", ["汪立群"], [], ["half_day_date"]),
        A("桃花潭镇“老兵调解室”化解邻里纠纷",
          ["今年以来，桃花潭镇依托退役军人服务站成立“老兵调解室”，由 7 名退役军人党员担任调解员……"],
          "", None, "安徽", "桃花潭镇", d, [], [], ["relative_date"]),
        A("县社会组织党委开展“学雷锋”志愿服务",
          ["3月5日，县社会组织党委组织 15 家社会组织的党员志愿者，在县城文化广场开展义诊、义剪等志愿服务……"],
          "", None, "安徽", "泾县社会组织党委", "2024-03-05", [], [], []),
    ]
    p = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>第02版：党建 - %s</title></head><body>' % site,
         '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">电子报</a> &gt; 2024年03月12日 &gt; 第02版：党建</div>',
         '<div class="bm"><a href="#">第01版：要闻</a> <a href="#">第02版：党建</a> <a href="#">第03版：综合</a> <a href="#">第04版：副刊</a></div>',
         '<div class="list"><h3>本版导读</h3><ul>']
    for e in entries:
        p.append('<li><h4><a href="#">%s</a></h4><span class="date">2024-03-12</span><p class="zy">%s</p><a href="#">[详细]</a></li>'
                 % (H.escape(e["title"]), H.escape(e["body"][0])))
    p.append('</ul></div><div class="page"><a href="#">上一版</a> <a href="#">下一版</a></div>')
    p.append('<div class="foot">泾县融媒体中心 主办　皖ICP备00000000号</div></body></html>')
    rel = "%s/%s/02_list.html" % (pub, d)
    write_bytes(rel, "\n".join(p), "utf-8")
    add_page(rel, "html", "county", "html", False, entries, ["html"])

    # article pages
    specs = [
        ("2024-03-12", "02_content_1.html",
         A("县民政局召开党纪学习教育动员部署会",
           ["3月8日上午，县民政局召开党纪学习教育动员部署会，局党组书记、局长汪立群作动员讲话。",
            "会议指出，开展党纪学习教育是加强党的纪律建设、推动全面从严治党向纵深发展的重要举措，全局上下要把学习《中国共产党纪律处分条例》作为重点任务。",
            "抓好学习",
            "要以党支部为单位，通过“三会一课”、主题党日等形式开展逐章学习、集中研讨，做到学深悟透。",
            "强化警示",
            "要用好身边典型案例开展警示教育，引导党员干部知敬畏、存戒惧、守底线。"],
           "本报讯（融媒体记者 俞晓晴）", "桃花潭融媒", "安徽", "泾县民政局", "2024-03-08",
           ["俞晓晴", "汪立群"], [], ["half_day_date", "subheadings", "related_link"]),
         ["县政府召开廉政工作会议", "县直机关工委部署模范机关创建工作"]),
        ("2024-07-02", "01_content_3.html",
         A("琴溪镇：党员“认领”微心愿 暖了留守老人心",
           ["6月28日下午，琴溪镇赤滩村党员周德华把一台崭新的收音机送到了 82 岁的独居老人胡秀英家中。",
            "今年以来，琴溪镇党委在 12 个村开展“党员认领微心愿”活动，已有 236 名党员认领并完成心愿 318 个。",
            "镇党委书记汪海峰说，小心愿连着大民生，要让党员在服务群众中践行初心。"],
           "本报讯（通讯员 章明远 融媒体记者 吴燕）", "桃花潭融媒", "安徽", "琴溪镇党委", "2024-06-28",
           ["周德华", "胡秀英", "汪海峰", "章明远", "吴燕"], ["图为党员周德华（右）为老人调试收音机。（吴燕 摄）"],
           ["half_day_date", "captions", "name_verb", "related_link"]),
         ["琴溪镇召开“七一”表彰大会", "我县开展新就业群体关爱活动"]),
        ("2025-06-24", "03_content_2.html",
         A("县民政局党组理论学习中心组开展专题学习",
           ["近日，县民政局党组理论学习中心组围绕深入贯彻中央八项规定精神开展专题学习研讨。",
            "会议强调，要坚持以学铸魂、以学正风，把作风建设抓在日常、严在经常，以优良作风推动民政事业高质量发展。"],
           "本报讯（融媒体记者 俞晓晴）", "桃花潭融媒", "安徽", "泾县民政局", "2025-06-24",
           ["俞晓晴"], [], ["relative_date", "related_link"]),
         ["深入贯彻中央八项规定精神学习教育在我县启动"]),
    ]
    for d, fname, a, rel_links in specs:
        paras = []
        for i, para in enumerate(a["body"]):
            if i == 0:
                paras.append(("p", a["attribution"] + para))
            elif len(para) <= 4:
                paras.append(("raw", "<p><strong>%s</strong></p>" % para))
            else:
                paras.append(("p", para))
        if a["captions"]:
            paras.insert(1, ("img", "/images/2024-07/02/a1.jpg"))
            paras.insert(2, ("cap", a["captions"][0]))
        info = '<span>来源：桃花潭融媒</span> <span>日期：%s</span> <span>点击：<b>%d</b></span> %s' % (d, R.randint(100, 900), FONT)
        pg = fname.split("_")[0]
        s = html_article_page(site, ["首页", "电子报", "第%s版" % pg], [("h2", a["title"])], info, paras, None, rel_links)
        rel = "%s/%s/%s" % (pub, d, fname)
        write_bytes(rel, s, "utf-8")
        add_page(rel, "html", "county", "html", False, [a], ["html"])


# ---------------------------------------------------------------- 4. 苏韵民政网 (江苏, GB18030 HTML)
def suyun():
    pub = "苏韵民政网"
    site = "苏韵民政网"
    FONT = '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    pages = []
    a = A("南京市民政局开展“清廉民政”主题党日活动",
          ["11月16日，南京市民政局机关党委组织各党支部开展“清廉民政”主题党日活动，局机关 160 余名党员参加。",
           "活动分三个环节进行：一是参观南京市廉政教育馆，二是观看警示教育片，三是各党支部围绕“以学正风”开展交流研讨。",
           "大家表示，要自觉把中央八项规定精神作为行为准则，坚决反对“四风”，以清廉机关建设助推民政事业高质量发展。"],
          "来源：南京市民政局", "南京市民政局", "江苏", "南京市民政局", "2023-11-16", [], [], ["enumeration"])
    box = A("延伸阅读：南京市廉政教育馆",
            ["南京市廉政教育馆位于江宁区，展陈面积约 3000 平方米，分为“历史镜鉴”“警钟长鸣”等 5 个展区，年均接待党员干部参观 10 万余人次。"],
            "", None, "江苏", None, "2023-11-20", [], [], [])
    pages.append(("2023-11-20", "art_10231.html", [a, box],
                  ["首页", "工作动态", "市县动态"], ["来源：南京市民政局", "作者："], ["全市民政系统警示教育大会召开", "省民政厅部署清廉机关建设"]))
    a = A("民政部召开直属机关党的建设工作会议",
          ["1月24日，民政部召开直属机关党的建设工作会议。部党组书记、部长出席会议并讲话，部直属机关党委书记何志明作工作报告。",
           "会议指出，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，以党的政治建设为统领，推进模范机关建设走深走实。"],
          "来源：民政部网站", "民政部网站", None, "民政部", "2024-01-24", ["何志明"], [], ["national_body"])
    pages.append(("2024-01-26", "art_11987.html", [a], ["首页", "工作动态", "部内要闻"], ["来源：民政部网站"], ["省民政厅召开2024年机关党建工作会议"]))
    a = A("苏州以“红色引擎”激活社会组织发展动能——苏州市社会组织党建工作综述",
          ["今年以来，苏州市民政局坚持党建引领社会组织高质量发展，构建“市—区—街道”三级社会组织党建服务体系。",
           "（一）组织覆盖再扩面",
           "全市社会组织党组织覆盖率达 96.8%，新建“两新”党群服务驿站 48 个。",
           "（二）服务效能再提升",
           "依托社会组织党建服务中心，培育党建品牌项目 120 个，带动社会组织参与基层治理项目 600 余个。",
           "苏州市民政局社会组织党委书记顾文娟表示，下一步将持续推进社会组织党建工作提质增效。"],
          "来源：苏州市民政局 作者：陆心怡 沈宏", "苏州市民政局", "江苏", "苏州市民政局", "2024-08-30",
          ["顾文娟", "陆心怡", "沈宏"], [], ["subtitle", "multi_line_title", "enumeration", "name_verb", "relative_date"])
    pages.append(("2024-08-30", "art_13102.html", [a], ["首页", "党建工作"], ["来源：苏州市民政局", "作者：陆心怡 沈宏"], ["社会组织党建工作交流会在苏州召开"]))
    a = A("省民政厅机关党委召开党支部书记述职评议会",
          ["1月7日下午，省民政厅机关党委召开2024年度党支部书记抓党建工作述职评议会，厅机关和直属单位 28 名党支部书记逐一述职。",
           "会议要求，各党支部要对照评议指出的问题建立整改清单，持续推动“三会一课”、主题党日等制度落实落细。"],
          "来源：本网", "苏韵民政网", "江苏", "江苏省民政厅", "2025-01-07", [], [], ["half_day_date", "province_context"])
    box = A("相关链接：江苏省民政厅“一支部一品牌”创建",
            ["2022年起，省民政厅在厅机关和直属单位开展“一支部一品牌”创建，目前已培育“民政先锋”“暖心救助”等支部品牌 26 个。"],
            "", None, "江苏", "江苏省民政厅", "2025-01-09", [], [], [])
    pages.append(("2025-01-09", "art_15320.html", [a, box], ["首页", "工作动态", "厅机关动态"], ["来源：本网", "作者："], ["厅党组召开民主生活会"]))

    for d, fname, arts, crumbs, info_parts, rel_links in pages:
        a = arts[0]
        title_lines = [("h1", a["title"])]
        if "——" in a["title"]:
            t1, t2 = a["title"].split("——")
            title_lines = [("h1", t1), ("h3", "——" + t2)]
        info = "发布日期：%s　%s　浏览次数：%d　%s" % (d, "　".join(info_parts), R.randint(100, 3000), FONT)
        paras = [("p", x) if not x.startswith("（") else ("raw", "<p><b>%s</b></p>" % x) for x in a["body"]]
        extra = None
        if len(arts) > 1:
            b = arts[1]
            lab, head = b["title"].split("：", 1)
            extra = ('<div class="box"><div class="box_lab">%s：</div><h4>%s</h4><p>%s</p></div>'
                     % (lab, H.escape(head), H.escape(b["body"][0])))
            b["title"] = head
            b["phenomena"] = ["related_link"]
        s = html_article_page(site, crumbs, title_lines, info, paras, None, rel_links, extra, charset="gbk")
        rel = "%s/%s/%s" % (pub, d, fname)
        write_bytes(rel, s, "gb18030")
        add_page(rel, "html", "provincial", "gb18030", False, arts, ["html", "gb18030", "related_link"])


# ---------------------------------------------------------------- 5. 浦江机关党建简报 (上海 docx)
def pujiang():
    pub = "浦江机关党建简报"
    ORG = "中共上海市民政局机关委员会"
    issues = []
    d = "2023-06-30"
    issues.append((d, "第6期", False, [
        A("局机关召开主题教育调研成果交流会",
          ["6月26日，局机关召开主题教育调研成果交流会，8个处室党支部负责人围绕养老服务、社会救助等课题交流调研成果。",
           "会议要求，要把调研成果转化为解决问题的政策举措，做到调研一个课题、解决一类问题。"],
          "（机关党委办公室供稿）", "上海市民政局机关党委办公室", "上海", "上海市民政局", "2023-06-26", [], [], ["docx"]),
        A("社会救助处党支部开展“走千家”入户走访",
          ["6月中旬，社会救助处党支部组织党员深入浦东新区、闵行区 6 个街镇，入户走访低保、特困家庭 42 户，现场协调解决困难诉求 11 件。"],
          "（社会救助处党支部供稿）", "上海市民政局社会救助处党支部", "上海", "上海市民政局", "2023-06-11", [], [], ["docx", "period_date"]),
        A("离退休干部党支部举办“光荣在党50年”座谈会",
          ["6月28日上午，离退休干部党支部举办座谈会，老党员代表顾建华结合亲身经历讲述入党初心。他说，要发挥余热，继续为民政事业发展建言献策。"],
          "（离退休干部处供稿）", "上海市民政局离退休干部处", "上海", "上海市民政局", "2023-06-28", ["顾建华"], [], ["docx", "half_day_date", "name_verb"]),
    ]))
    d = "2024-01-12"
    issues.append((d, "第1期", True, [
        A("局党组召开2023年度主题教育专题民主生活会",
          ["12月27日，局党组召开2023年度主题教育专题民主生活会。市委市级机关工委派员到会指导。",
           "会上，局党组成员逐一进行个人对照检查，开展批评和自我批评。会议强调，要巩固拓展主题教育成果，坚定拥护“两个确立”、坚决做到“两个维护”。"],
          "（机关党委办公室供稿）", "上海市民政局机关党委办公室", "上海", "上海市民政局", "2023-12-27", [], [], ["docx", "year_boundary"]),
        A("局机关党委部署2024年党建工作要点",
          ["1月10日，局机关党委印发2024年党建工作要点，明确五个方面重点任务：",
           "一、深化理论武装，落实“第一议题”制度；",
           "二、推进模范机关建设，开展“三级联动”创建；",
           "三、加强基层党组织建设，推进支部标准化规范化；",
           "四、持之以恒正风肃纪，深化清廉机关建设；",
           "五、加强群团工作，凝聚干部职工力量。"],
          "", None, "上海", "上海市民政局", "2024-01-10", [], [], ["docx", "enumeration"]),
        A("中央和国家机关工委来沪调研模范机关建设",
          ["1月上旬，中央和国家机关工委调研组一行来沪，就模范机关建设开展调研，并与本局机关党员代表座谈。调研组组长程立伟指出，民政部门要在服务民生中彰显机关党建成效。"],
          "（机关党委办公室供稿）", "上海市民政局机关党委办公室", None, "中央和国家机关工委", "2024-01-01", ["程立伟"], [], ["docx", "national_body", "period_date", "name_verb"]),
    ]))
    d = "2024-09-27"
    issues.append((d, "第9期", False, [
        A("局机关党纪学习教育总结会召开",
          ["9月20日，局机关召开党纪学习教育总结会，总结经验成效，部署建立经常性纪律教育长效机制。"],
          "", None, "上海", "上海市民政局", "2024-09-20", [], [], ["docx"]),
        A("社会组织管理局党支部与徐汇区社区党委开展联建共建",
          ["近日，社会组织管理局党支部与徐汇区天平街道社区党委签订联建共建协议，双方将在社区社会组织培育、公益项目对接等方面开展合作。党支部书记王蕴之表示，要让机关党建和基层党建互促共进。"],
          "（社会组织管理局党支部供稿）", "上海市社会组织管理局党支部", "上海", "上海市社会组织管理局", d, ["王蕴之"], [], ["docx", "relative_date", "name_verb"]),
    ]))
    d = "2025-05-16"
    issues.append((d, "第5期", True, [
        A("局党组理论学习中心组开展中央八项规定精神专题学习",
          ["5月13日，局党组理论学习中心组举行专题学习会，深入学习贯彻中央八项规定精神。",
           "会议强调，要以学铸魂、以学正风、以学促干，推动作风建设常态化长效化。"],
          "（机关党委办公室供稿）", "上海市民政局机关党委办公室", "上海", "上海市民政局", "2025-05-13", [], [], ["docx"]),
        A("养老服务处党支部开展“为老服务 支部在行动”",
          ["5月上旬，养老服务处党支部组织党员赴长宁区、静安区 4 家养老机构开展安全检查和助老服务，发现并督促整改隐患 9 处。"],
          "（养老服务处党支部供稿）", "上海市民政局养老服务处党支部", "上海", "上海市民政局", "2025-05-01", [], [], ["docx", "period_date"]),
        A("青年理论学习小组举办读书分享会",
          ["5月4日，局机关青年理论学习小组举办“五四”读书分享会，12 名青年干部分享读书体会。青年干部艾力·买买提说，要把民政为民的初心写在基层一线。"],
          "（机关团委供稿）", "上海市民政局机关团委", "上海", "上海市民政局", "2025-05-04", ["艾力·买买提"], [], ["docx", "dot_name", "name_verb"]),
    ]))
    for d, no, toc, arts in issues:
        doc = Document()
        st = doc.styles["Normal"]
        st.font.size = Pt(12)
        p = doc.add_paragraph()
        r = p.add_run(pub)
        r.bold = True
        r.font.size = Pt(26)
        doc.add_paragraph(no)
        doc.add_paragraph("%s编　　　　%s年%d月%d日" % (ORG, d[:4], int(d[5:7]), int(d[8:10])))
        doc.add_paragraph("————————————————————")
        if toc:
            doc.add_paragraph("本期目录")
            for a in arts:
                doc.add_paragraph("◎" + a["title"])
        for a in arts:
            p = doc.add_paragraph()
            r = p.add_run(a["title"])
            r.bold = True
            for para in a["body"]:
                doc.add_paragraph(para)
            if a["attribution"]:
                doc.add_paragraph(a["attribution"])
        doc.add_paragraph("————————————————————")
        doc.add_paragraph("报：市委市级机关工委，局党组")
        doc.add_paragraph("送：局领导")
        doc.add_paragraph("发：局机关各党支部、局属各单位党组织")
        doc.add_paragraph("（共印40份）")
        rel = "%s/%s/jianbao.docx" % (pub, d)
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        doc.save(path)
        add_page(rel, "docx", "bulletin", "docx", False, arts,
                 ["docx", "bulletin_masthead", "distribution_lines"] + (["contents_list"] if toc else []))


# ---------------------------------------------------------------- 6. 潇湘理论周刊 (湖南, OCR)
def xiaoxiang():
    pub = "潇湘理论周刊"

    def author_piece(title, paras, author, note, date, tags):
        return A(title, paras, "%s%s" % (author, note), None, None, None, date, [author], [],
                 ["ocr", "byline_top"] + tags)

    # page 1
    d = "2023-10-24"
    a1 = author_piece("深刻把握“两个结合”的重大意义",
                      ["“两个结合”是我们党对马克思主义中国化时代化规律性认识的深化。",
                       "一、“两个结合”是理论创新的根本途径",
                       "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，使马克思主义成为中国的，使中华优秀传统文化成为现代的。",
                       "二、“两个结合”是守正创新的必然要求",
                       "守正才能不迷失方向，创新才能把握时代。要在实践中不断深化对“两个结合”的认识，推进中国式现代化。"],
                      "罗国庆", "（作者系湖南师范大学马克思主义学院教授）", d,
                      ["enumeration", "subheadings", "multi_line_title"])
    a2 = author_piece("以调查研究推动主题教育走深走实",
                      ["调查研究是谋事之基、成事之道。开展主题教育，要把调查研究作为重要抓手，坚持问题导向。",
                       "一是要深入基层，摸清实情；二是要注重分析，找准症结；三是要推动转化，见到实效。"],
                      "谭思远", "（作者单位：中共湖南省委党校）", d, ["enumeration"])
    L = ["潇湘理论周刋    2O23年1O月24日   星期二", "第３版", "理论周刊", "",
         "编者按：深入学习贯彻党的二十大精神，本版今起开设专栏，约请专家学者撰文阐释。", "",
         "深刻把握“两个结合”", "", "的重大意义", "罗国庆", ""]
    L += body_lines(a1["body"], 19, blank=True)
    L += ["（作者系湖南师范大学马克思主义学院教授）", "", "以调查研究推动主题教育走深走实", "谭思远"]
    L += body_lines(a2["body"], 18)
    L += ["（作者单位：中共湖南省委党校）", "", "责任编辑：曾 铮"]
    a1["phenomena"].append("editor_note")
    rel = "%s/%s/03.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "ocr", "provincial", "utf-8", False, [a1, a2], ["ocr", "editor_note", "column_label"])

    # page 2: continuation
    d = "2024-01-16"
    f = A(None,
          ["三是要坚持系统观念。中国式现代化是一项系统工程，必须统筹发展和安全，坚持总体国家安全观。",
           "四是要坚持人民至上。要把人民对美好生活的向往作为奋斗目标，在发展中保障和改善民生。"],
          "（作者系中南大学马克思主义学院副教授）", None, None, None, d, [], [],
          ["ocr", "continued", "title_none", "enumeration"])
    a2 = author_piece("在服务民生中践行初心使命",
                      ["民生是最大的政治。基层民政工作直接面向群众，是党联系群众的重要纽带。",
                       "践行“不忘初心、牢记使命”，关键在于把群众的小事当作自己的大事，在点滴服务中体现党的宗旨。",
                       "要坚决反对形式主义、官僚主义，切实把“三严三实”要求落实到具体工作中。"],
                      "曾 韵", "（作者系湘潭大学公共管理学院讲师）", d, ["stray_spaces"])
    a2["people"] = ["曾韵"]
    L = ["潇湘理论周刊   2024年]月16日    星期二", "第 ４ 版", "理论周刊", "", "（上接第1版）"]
    L += body_lines(f["body"], 17)
    L += ["（作者系中南大学马克思主义学院副教授）", "", "在服务民生中践行初心使命", "曾 韵"]
    L += body_lines(a2["body"], 16, blank=True)
    L += ["（作者系湘潭大学公共管理学院讲师）", "", "责任编辑：曾 铮  版式：刘 冬"]
    rel = "%s/%s/04.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "ocr", "provincial", "utf-8", False, [f, a2], ["ocr", "column_label"])

    # page 3
    d = "2024-06-11"
    a1 = author_piece("从严从实推进党纪学习教育",
                      ["党纪学习教育是加强党的纪律建设的重要举措。",
                       "学纪：原原本本读条例",
                       "要逐章逐条学习《中国共产党纪律处分条例》，把握纪律要求。",
                       "知纪：明辨是非守底线",
                       "要通过警示教育，分清哪些能做、哪些不能做，做到知敬畏、存戒惧、守底线。",
                       "明纪：落实到行动中"],
                      "彭浩然", "", d, ["subheadings", "continued"])
    a1["attribution"] = "彭浩然"
    a2 = author_piece("党建引领基层治理的湖湘实践",
                      ["近年来，各地坚持党建引领，把党的组织优势转化为基层治理效能。",
                       "实践表明，党建引领基层治理，必须把“三会一课”等组织生活制度落到实处，让党员在治理一线发挥作用。"],
                      "贺佳宁", "（作者系湖南大学公共管理学院博士研究生）", d, [])
    L = ["理论周刊", "潇湘埋论周刊  2024年6月1l日", "第3版", "", "从严从实推进党纪学习教育", "彭浩然"]
    L += body_lines(a1["body"], 20)
    L += ["（下转第4版）", "", "党建引领基层治理的湖湘实践", "贺佳宁"]
    L += body_lines(a2["body"], 18)
    L += ["（作者系湖南大学公共管理学院博士研究生）"]
    rel = "%s/%s/03.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "ocr", "provincial", "utf-8", False, [a1, a2], ["ocr", "column_label"])

    # page 4
    d = "2025-02-18"
    a1 = author_piece("深入学习领会二十届三中全会精神",
                      ["二十届三中全会对进一步全面深化改革、推进中国式现代化作出系统部署。",
                       "（一）把握改革的总目标",
                       "要紧扣推进国家治理体系和治理能力现代化，坚持守正创新。",
                       "（二）把握改革的重大原则",
                       "要坚持“六个必须坚持”，以钉钉子精神抓好改革落实。"],
                      "罗国庆", "（作者系湖南师范大学马克思主义学院教授）", d, ["enumeration", "subheadings", "multi_line_title"])
    a2 = author_piece("以“四个自信”凝聚奋进力量",
                      ["坚定“四个自信”，是新时代党员干部的必修课。要在学思践悟中增强政治定力，在攻坚克难中砥砺担当作为。"],
                      "龙 飞", "（作者单位：湖南省社会科学院）", d, ["stray_spaces"])
    a2["people"] = ["龙飞"]
    L = ["潇湘理论周刊  2025年2月]8日  星期二", "第3版 理论周刊", "理论周刊", "",
         "深入学习领会二十届三中全会", "精神", "罗国庆", ""]
    L += body_lines(a1["body"], 15)
    L += ["（作者系湖南师范大学马克思主义学院教授）", "", "以“四个自信 ”凝聚奋进力量", "龙 飞"]
    L += body_lines(a2["body"], 17)
    L += ["（作者单位：湖南省社会科学院）", "", "本版责任编辑：曾铮"]
    a2["title"] = "以“四个自信 ”凝聚奋进力量"
    rel = "%s/%s/03.txt" % (pub, d)
    write_text(rel, L, "utf-8", False)
    add_page(rel, "ocr", "provincial", "utf-8", False, [a1, a2], ["ocr", "column_label"])


# ---------------------------------------------------------------- 7. 嵩岳党建 (河南 magazine, UTF-8 BOM)
def songyue():
    pub = "嵩岳党建"
    enc = "utf-8-sig"
    # page 1: feature with kicker, subtitle, pull quote, caption
    d = "2023-05-01"
    a1 = A("党建引领 聚力民生洛阳：让社会组织成为基层治理“生力军”——洛阳市社会组织党建工作调查",
           ["走进洛阳市西工区社会组织党群服务中心，“红色议事厅”里，几家社会组织负责人正在讨论老旧小区改造中的居民服务项目。",
            "抓覆盖：把党组织建在“新地带”",
            "近年来，洛阳市民政局把社会组织党建作为重点工作，推行“登记即建档、年检必查党建”机制，全市社会组织党的组织覆盖率达到 93%。",
            "“过去是‘要我建’，现在是‘我要建’。”洛阳市民政局党组书记、局长韩志刚说。",
            "强功能：让党建成为“硬实力”",
            "洛阳市民政局推动社会组织党组织围绕“一老一小”开展服务，两年来实施党建品牌项目 86 个，服务群众 12 万余人次。"],
           "文/本刊记者 白雪松", "嵩岳党建", "河南", "洛阳市民政局", d, ["韩志刚", "白雪松", "程一帆"],
           ["图为西工区社会组织党员志愿者走访独居老人。程一帆 摄"],
           ["kicker", "subtitle", "multi_line_title", "byline_top", "pull_quote", "subheadings", "captions", "name_verb", "utf8_bom"])
    L = ["嵩岳党建", "基层观察", "", "党建引领 聚力民生", "洛阳：让社会组织成为", "基层治理“生力军”",
         "——洛阳市社会组织党建工作调查", "文/本刊记者 白雪松", ""]
    L += body_lines(a1["body"][:3], 18, blank=True)
    L += ["", "“过去是‘要我建’，", "现在是‘我要建’。”", ""]
    L += body_lines(a1["body"][3:], 18, blank=True)
    L += ["图为西工区社会组织党员志愿者走访独居老人。", "程一帆 摄", "", "12   嵩岳党建 第5期"]
    rel = "%s/%s/p12.txt" % (pub, d)
    write_text(rel, L, enc, False)
    add_page(rel, "text", "magazine", enc, False, [a1], ["utf8_bom", "column_label"])

    # page 2: interview
    d = "2023-12-01"
    a1 = A("把党的温暖送到困难群众心坎上——访开封市民政局党组书记、局长刘秀峰",
           ["今年以来，开封市民政局以主题教育为契机，推动社会救助工作提质增效。本刊记者就此专访了开封市民政局党组书记、局长刘秀峰。",
            "记者：主题教育开展以来，开封市民政局在社会救助方面有哪些新举措？",
            "刘秀峰：我们坚持以学促干，开展“救助政策进万家”活动，推动救助由“人找政策”向“政策找人”转变。",
            "记者：如何确保救助资金用在刀刃上？",
            "刘秀峰：一是建立低收入人口动态监测信息平台，二是开展救助资金专项检查，三是推行“阳光救助”公示制度。",
            "记者：下一步有什么打算？",
            "刘秀峰：我们将巩固拓展主题教育成果，守住民生底线，以实际行动践行“国之大者”。"],
           "本刊记者 白雪松", "嵩岳党建", "河南", "开封市民政局", d, ["刘秀峰", "白雪松"], [],
           ["interview", "subtitle", "byline_top", "enumeration", "pull_quote", "relative_date"])
    L = ["嵩岳党建", "访谈录", "", "把党的温暖送到困难群众心坎上", "——访开封市民政局党组书记、局长刘秀峰", "本刊记者 白雪松", ""]
    L += body_lines(a1["body"][:3], 20)
    L += ["", "推动救助由“人找政策”向“政策找人”转变", ""]
    L += body_lines(a1["body"][3:], 20)
    L += ["", "第12期   22"]
    rel = "%s/%s/p22.txt" % (pub, d)
    write_text(rel, L, enc, False)
    add_page(rel, "text", "magazine", enc, False, [a1], ["utf8_bom", "column_label"])

    # page 3: several short pieces + contents
    d = "2024-08-01"
    a1 = A("南阳：“小院议事”议出乡村好光景",
           ["7月中旬，南阳市淅川县上集镇一处农家小院里，村党支部书记李长河正召集村民商议修路的事。",
            "近年来，淅川县民政局指导各村推行“小院议事”，党员带头、群众参与，已解决群众急难愁盼问题 560 余件。"],
           "（淅川县民政局供稿）", "淅川县民政局", "河南", "淅川县民政局", "2024-07-11", ["李长河"], [],
           ["period_date", "utf8_bom"])
    a2 = A("周口：党员“网格员”守护万家灯火",
           ["周口市川汇区把党员编入 1200 个网格，常态化开展走访巡查，7月以来排查化解矛盾纠纷 230 起。"],
           "（通讯员 魏文博）", None, "河南", "周口市川汇区", d, ["魏文博"], [], ["utf8_bom"])
    a3 = A("信阳：红色资源赋能党性教育",
           ["信阳市民政局依托大别山红色资源，开设“红色课堂”12 门，今年以来培训社会组织党员 3000 余人次。"],
           "（信阳市民政局供稿）", "信阳市民政局", "河南", "信阳市民政局", d, [], [], ["relative_date", "utf8_bom"])
    L = ["嵩岳党建", "基层传真", "本栏目导读：南阳 / 周口 / 信阳", ""]
    for a, w in ((a1, 16), (a2, 14), (a3, 15)):
        L.append(a["title"])
        L += body_lines(a["body"], w)
        L.append(a["attribution"])
        L.append("")
    L += ["第8期   36"]
    rel = "%s/%s/p36.txt" % (pub, d)
    write_text(rel, L, enc, False)
    add_page(rel, "text", "magazine", enc, False, [a1, a2, a3], ["utf8_bom", "column_label", "contents_list"])

    # page 4
    d = "2025-02-01"
    a1 = A("一名社区书记的“民情日记”——记郑州市金水区经三路街道某社区党委书记马  丽",
           ["1月20日清晨，马丽照例翻开她的“民情日记”。这本日记已记满了第 9 本，记录着居民的大事小情。",
            "“社区工作没有捷径，就是要多走、多问、多记。”马丽说。",
            "去年以来，她带领社区党委推行“楼栋党小组＋志愿者”模式，为辖区 300 余名独居老人建立联络档案。",
            "回族居民买买提·伊明说，马书记是大家的“贴心人”。"],
           "文/王  珂", None, "河南", "郑州市金水区经三路街道某社区党委", "2025-01-20",
           ["马丽", "买买提·伊明", "王珂"], [],
           ["subtitle", "byline_top", "pull_quote", "dot_name", "name_verb", "utf8_bom", "stray_spaces"])
    a2 = A(None,
           ["读者来信：贵刊去年第12期刊发的开封社会救助访谈，对我们基层民政干部很有启发，希望多刊登此类文章。"],
           "（河南省民政厅 董晓宇）", None, "河南", None, d, ["董晓宇"], [], ["utf8_bom", "title_none"])
    L = ["人物", "嵩岳党建", "", "一名社区书记的“民情日记”", "——记郑州市金水区经三路街道", "某社区党委书记马  丽", "文/王  珂", ""]
    L += wrap(a1["body"][0], 17) + [""]
    L += ["社区工作没有捷径，", "就是要多走、多问、多记", ""]
    L += body_lines(a1["body"][1:3], 17)
    L += ["回族居民买买提·", "伊明说，马书记是大家的“贴心人”。", ""]
    L += ["编读往来"] + wrap(a2["body"][0], 19) + [a2["attribution"], "", "第2期   48"]
    rel = "%s/%s/p48.txt" % (pub, d)
    write_text(rel, L, enc, False)
    add_page(rel, "text", "magazine", enc, False, [a1, a2], ["utf8_bom", "column_label"])


def main():
    chufeng()
    shangdu()
    taohuatan()
    suyun()
    pujiang()
    xiaoxiang()
    songyue()
    with open(os.path.join(HERE, "truth-h2e.json"), "w", encoding="utf-8") as f:
        json.dump(_truth12_align(_truth10_align(PAGES)), f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(PAGES), "pages", sum(len(p["articles"]) for p in PAGES.values()), "articles")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("商都社会组织报/2023-09-15/04.txt", 2, "source", "郑州市金水区民政局", "金水区民政局", 2),
    ("商都社会组织报/2023-12-22/04.txt", 2, "source", "郑州市管城回族区民政局", "管城回族区民政局", 2),
    ("商都社会组织报/2025-04-11/04.txt", 2, "source", "郑州市二七区民政局", "二七区民政局", 2),
    ("商都社会组织报/2023-09-15/04.txt", 4, "agency", "中原区民政局", None, 5),
    ("商都社会组织报/2025-04-11/04.txt", 1, "agency", "郑州市社会组织党委", None, 5),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('桃花潭融媒/2024-03-12/02_list.html', 1, 'source', None, '桃花潭融媒', '12.1'),
    ('桃花潭融媒/2024-03-12/02_list.html', 2, 'source', None, '桃花潭融媒', '12.1'),
    ('桃花潭融媒/2024-03-12/02_list.html', 3, 'source', None, '桃花潭融媒', '12.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
