#!/usr/bin/env python3
"""Truth pages (held back as batch h4, now development), set h4f: 7 invented publications x 4 pages = 28 pages.

Publications (name — province — publication_kind — format — styles shown)
1. 胡杨晨报 — 新疆 (incl. 兵团) — provincial — 4 text layers (.txt: utf-8; utf-8 BOM; gb18030+CRLF;
   utf-8+CRLF). Header block with masthead/date/page/section and 责任编辑 lines; datelines
   本报<地>M月D日讯（记者 …）; kicker over multi-line titles; （下转第3版）/（上接第1版） pair inside one
   issue; pull quote; interview with ——访 subtitle and 记者：/name： turns; title printed after its
   article at page end; a 兵团动态 brief page with ■ markers and no blank lines; an honour list with
   full-width padded names and Uyghur dot names broken at the dot; year-boundary issue (January).
2. 临泽融媒 — 甘肃 (张掖市临泽县) — county — 4 text layers (utf-8; gb18030; utf-8 BOM+CRLF; utf-8).
   Masthead line with 期 number and sponsor line; 编者按; column labels (党建引领 · 基层治理, 党建快讯,
   PARTY BUILDING, 评论·党建); byline under title (融媒记者 A B); bold-style two-phrase subheadings;
   【镇名】 brief items (place → title) and 【快讯】 (furniture, title null) with no blank lines; a fully
   double-spaced article; an article with no title at all (only an English label); a 相关链接 box
   with its own text; 融媒评论员 commentary; stray spaces inside names and dates.
3. 羊卓融媒 — 西藏 (山南市浪卡子县) — county — 4 text layers (utf-8 BOM; utf-8; gb18030; utf-8+CRLF).
   Habitually prints the title after the article (two pages); 记者 X 文/图 bylines; ● briefs with and
   without headlines; 民政部 visit (national body); bare （通讯员 …） closings; Tibetan names.
4. 基层之声报 — national (Beijing) — national — 4 text layers (utf-8; utf-8+CRLF; gb18030; utf-8 BOM).
   本报<地>M月D日电（记者 …）datelines; 编者按; kicker + —— subtitle; theory page with □ author byline,
   numbered subheadings, pull quote and closing （作者系…）; 本报评论员; ◆ 各地动态 briefs; title after
   article; 中央社会工作部 / 民政部 pieces (province null).
5. 善治周刊 — national magazine (Beijing) — magazine — 4 OCR text layers of scans (utf-8; gb18030;
   utf-8 BOM; utf-8+CRLF). Misread running heads (2O23年笫9期, 笫l0期), blank line inside a broken
   title, 摘要：/关键词： lines, 笫一/笫二 enumerations, l for 1 and O for 0 in figures, 本刊记者 bylines,
   问：/答： interview, reader's letter with (单位 姓名) closing, ■ briefs with 本刊通讯员 credits, a
   ▲ caption, spaced-out column labels.
6. 山城民政网 — 重庆 — provincial — 4 HTML portal pages (3 utf-8 article pages, 1 gb18030 list page).
   Breadcrumbs, info line (发布时间/来源/作者/浏览次数/【字体：大 中 小】), 打印/关闭, 相关链接 lists
   (furniture), a 延伸阅读 box with its own text (article), an empty 作者：, 来源：本网.
7. 贺兰山机关党建简报 — 宁夏 — bulletin — 4 Word files (.docx). Masthead (name, 第N期, 宁夏回族自治区民政厅
   机关党委编 + date), 目录 (on three issues), unit credits in full-width brackets (unit + writer, or bare
   unit), ◆ 工作动态 items, a title with a forced line break before its —— subtitle, 报/送/发 lines.

Decisions beyond truth_conventions.md (kept consistent over the whole set)
- A dateline or 本报讯（…） printed at the start of the lead is the attribution and is NOT part of the
  first body paragraph; the body paragraph starts after it.
- Title parts (kicker, main lines, —— subtitle, lines of a multi-line title) are joined with no
  separator, in print order.
- Stray spaces and honour-list padding are kept inside truth strings as printed; column breaks are
  removed (words joined). OCR misreads (笫, l, O) are kept in truth strings as printed (titles, body,
  attributions); the date field is always the real day; OCR never touched persons' names or slogans.
- An attribution assembled from two printed places (□ author byline at top + closing （作者系…）/
  （作者单位：…）) is the two parts joined by one space; the check accepts an attribution when it occurs
  whole or when each space-separated part occurs. The □ marker is not part of it.
- Web 来源/作者 info part: "来源：X　作者：Y" as printed (full-width space kept); an empty 作者： dropped.
- 记者 X 文/图, 融媒记者 X, 融媒评论员 X and a closing （记者 X） of the paper's own reporter → source is the
  publication itself (like 本报记者/本报评论员). A bare （通讯员 X） closing, brief or not → source null.
- 自治区民政厅 / 厅 in 胡杨晨报 → 新疆维吾尔自治区民政厅; in 贺兰山机关党建简报 → 宁夏回族自治区民政厅;
  兵团民政局 (printed alone) → 新疆生产建设兵团民政局 for agency and source; 县民政局 in 临泽融媒 →
  临泽县民政局, in 羊卓融媒 → 浪卡子县民政局; 市民政局 on 山城民政网 → 重庆市民政局.
- A village party branch (倪家营镇汪家墩村党支部) as main actor stays as printed (no institution above it
  is named); a 团党委 of the 兵团 (二十九团党委) is treated like a town's committee, as printed.
- A 兵团 body's province is 新疆 (tag province_context).
- Portal list page entries: attribution "", source = the site (山城民政网), date per round ten kind 3.
- A 相关链接/延伸阅读 box with its own heading and text is an article: title = its heading, uncredited →
  source null, province/agency from its text (null if it names none), date = issue date. A 相关链接 list of
  links to other pages is furniture only.
- A reader's letter closing (单位 姓名) is its attribution as printed; source null (author's own piece);
  province/agency of the body it is about.
- Bulletin unit credits per round ten kind 4, completed with 宁夏回族自治区民政厅 (the masthead's 厅):
  （机关党委办公室 张蕾） → 宁夏回族自治区民政厅机关党委办公室; units printed whole stay as printed.
- year_boundary is also tagged on a 去年12月D日 event reported in a February issue (date in the previous year).
- A December event dated by a 去年12月下旬 lead in a January issue → the 21st of December of the year before.
- Page tags = union of article tags + furniture tags (column_label, editor_note, pull_quote,
  related_link, bulletin_masthead, contents_list, distribution_lines, no_blank_lines, double_spaced)
  + format tags (crlf, gb18030, utf8_bom, html, docx, ocr).
- Slogans are computed from title+body (whitespace removed) against DOMAIN.md's canonical list plus
  quoted numbered formulations (numeral + 个/项/张 + name); figures of speech “两张皮” excluded.
  Canonical values are written as DOMAIN.md prints them (quoted ones with “”).
- Page file names: newspapers NN.txt (page number), magazine pages by page number, portal pages by their
  URL stem, bulletins jianbao_<year>_<issue>.docx.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h4f"

CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]
NUM_RE = re.compile(r"“([一二三四五六七八九十两\d]+[个项张][^“”]{1,10})”")
FIGURES = {"两张皮", "一张网"}


def ws(s):
    return re.sub(r"\s+", "", s)


def clean(s):
    return None if s is None else s.replace("|", "")


def slogans_of(title, body):
    text = ws((title or "") + "".join(body))
    out = []
    for t in CANON_Q:
        if t in text:
            out.append("“%s”" % t)
    for t in CANON_U:
        if t in text:
            out.append(t)
    for m in NUM_RE.finditer(text):
        v = m.group(1)
        if v in FIGURES:
            continue
        q = "“%s”" % v
        if q not in out:
            out.append(q)
    return out


def art(title=None, body=(), attr="", src=None, prov=None, ag=None, date=None, people=(),
        caps=(), tags=()):
    return dict(title=title, body=list(body), attribution=attr, source=src, province=prov,
                agency=ag, date=date, people=list(people), captions=list(caps), phenomena=list(tags))


NOSTART = set("，。、；：？！）”’》」』")


def wrap(s, w, indent=""):
    """Break s into lines of w characters; '|' forces a line break."""
    lines = []
    for k, seg in enumerate(s.split("|")):
        text = (indent if k == 0 else "") + seg
        while len(text) > w:
            n = w
            while n < len(text) and text[n] in NOSTART:
                n += 1
            lines.append(text[:n])
            text = text[n:]
        if text:
            lines.append(text)
    return lines


def ragged(s, rng, lo, hi, indent=""):
    """OCR-style uneven line breaks; '|' forces a break."""
    lines = []
    for k, seg in enumerate(s.split("|")):
        text = (indent if k == 0 else "") + seg
        while text:
            n = rng.randint(lo, hi)
            while n < len(text) and text[n] in NOSTART:
                n += 1
            lines.append(text[:n])
            text = text[n:]
    return lines


PAGES = []  # dicts: path, encoding, crlf, kind, pkind, tags, arts, writer


def page(pub, date, name, kind, pkind, enc="utf-8", crlf=False, tags=()):
    p = dict(pub=pub, date=date, name=name, kind=kind, pkind=pkind, enc=enc, crlf=crlf,
             tags=set(tags), arts=[], lines=[], html=None, docx=None)
    PAGES.append(p)
    return p


def P(p, a):
    p["arts"].append(a)
    return a


def L(p, *lines):
    for x in lines:
        if isinstance(x, (list, tuple)):
            p["lines"].extend(x)
        else:
            p["lines"].append(x)


IND = "\u3000\u3000"

# =====================================================================================
# 1. 胡杨晨报 (provincial, 新疆)
# =====================================================================================
HY = "胡杨晨报"
XJT = "新疆维吾尔自治区民政厅"

# ---- 2024-03-12 / 01 --------------------------------------------------------------
p = page(HY, "2024-03-12", "01.txt", "text", "provincial", "utf-8", False, ["pull_quote"])
a1 = P(p, art(
    title="以高质量党建引领民政事业高质量发展|自治区民政厅部署2024年|机关党建重点任务",
    attr="本报乌鲁木齐3月11日讯（记者 阿依古丽·|买买提）",
    body=["11日，自治区民政厅召开2024年机关党建工作会议，总结去年机关党建和模范机关创建工作，部署今年重点任务。厅党组书记、厅长马合木提·吐尔逊出席会议并讲话。",
          "会议指出，过去一年，厅党组坚持把党的政治建设摆在首位，严格落实“第一议题”制度，深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，全厅各级党组织战斗堡垒作用进一步增强。",
          "马合木提·吐尔逊说，今年要以党建引领为抓手，推动机关党建与民政业务深度融合，要让每一个党支部都成为群众身边的‘暖心驿站’，为新疆民政事业高质量发展提供坚强保证。",
          "会议对开展“民政为民、党员先行”主题实践活动作出安排，要求各处室、直属单位结合养老服务、社会救助、儿童福利等重点工作，"],
    src=HY, prov="新疆", ag=XJT, date="2024-03-11",
    people=["阿依古丽·买买提", "马合木提·吐尔逊"],
    tags=["kicker", "multi_line_title", "dateline", "dot_name", "name_verb", "continued",
          "province_context", "pull_quote"]))
a2 = P(p, art(
    title="兵团第八师石河子市|社会组织党建“双联双建”|结出硕果",
    attr="本报石河子3月10日讯（通讯员 张晓燕 记者 刘海涛）",
    body=["3月上旬，第八师石河子市民政局组织全市42家社会组织党组织与12个社区党组织开展“双联双建”结对共建，签订共建协议，梳理形成需求、资源、项目“三张清单”。",
          "北泉镇社区党委书记 李秀兰告诉记者，结对以来，心理咨询、法律援助类社会组织已进社区开展服务20余场次，惠及居民1600余人。"],
    caps=["图为社会组织党员志愿者在北泉镇社区开展政策宣讲。（通讯员 李娜 摄）"],
    src=HY, prov="新疆", ag="第八师石河子市民政局", date="2024-03-01",
    people=["张晓燕", "刘海涛", "李秀兰", "李娜"],
    tags=["multi_line_title", "dateline", "period_date", "captions", "stray_spaces",
          "province_context"]))
a3 = P(p, art(
    title="全区新兴领域党建工作推进会召开",
    body=["近日，自治区党委社会工作部在克拉玛依市召开全区新兴领域党建工作推进会，交流快递物流、网约配送、互联网平台等领域党建工作经验，部署推进新就业群体“两个覆盖”工作。",
          "会议要求，要把党建引领融入新就业群体服务管理各环节，持续开展“暖新”行动，让新就业群体在新疆安心工作、舒心生活。"],
    attr="（据自治区党委社会工作部）",
    src="新疆维吾尔自治区党委社会工作部", prov="新疆", ag="新疆维吾尔自治区党委社会工作部",
    date="2024-03-12", tags=["relative_date", "province_context"]))
W = 15
L(p, "胡杨晨报", "2024年3月12日　星期二", "第1版　要闻　　责任编辑：热娜·托合提", "")
L(p, wrap(a1["title"], 22), "")
L(p, wrap(a1["attribution"] + a1["body"][0], W, IND))
L(p, wrap(a1["body"][1], W, IND))
L(p, "", "　“要让每一个党支部都成为", "　群众身边的‘暖心驿站’”", "")
L(p, wrap(a1["body"][2], W, IND), wrap(a1["body"][3], W, IND), "（下转第3版）", "")
L(p, wrap(a2["title"], 12), "")
L(p, wrap(a2["attribution"] + a2["body"][0], W, IND), wrap(a2["body"][1], W, IND))
L(p, wrap(a2["captions"][0], W), "")
L(p, a3["title"], "")
L(p, wrap(a3["body"][0], W, IND), wrap(a3["body"][1], W, IND), wrap(a3["attribution"], W), "")
L(p, "本版编辑 刘洋　版式 苏比努尔　校对 陈晨")

# ---- 2024-03-12 / 03 --------------------------------------------------------------
p = page(HY, "2024-03-12", "03.txt", "text", "provincial", "utf-8-sig", False, ["column_label"])
f1 = P(p, art(
    title=None,
    body=["推动党建工作与业务工作同谋划、同部署、同落实。会议还通报了2023年度机关党建工作考核结果，6个党支部被评为“五星级”党支部。",
          "厅机关党委专职副书记李文博表示，今年将在全厅推行“支部+项目”工作法，每个党支部至少领办1项民生实事，年底前组织开展一次党建述职评议。"],
    attr="", src=HY, prov="新疆", ag=XJT, date="2024-03-11", people=["李文博"],
    tags=["continued", "title_none", "name_verb", "province_context"]))
i1 = P(p, art(
    title="让社会组织成为|基层治理的“活细胞”|——访自治区社会组织综合党委书记|热合曼·阿不都",
    attr="本报记者 孙静 周立",
    body=["今年以来，自治区社会组织综合党委以“强基提质”工程为抓手，推动全区社会组织党建工作提质增效。围绕如何把党的组织优势转化为社会组织发展优势，记者采访了自治区社会组织综合党委书记热合曼·|阿不都。",
          "记者：当前全区社会组织党建工作的重点是什么？",
          "热合曼·阿不都：重点是扩大“两个覆盖”、提升组织力。我们对全区3100余家社会组织逐一摸排，对具备条件的及时单独组建党组织，暂不具备条件的通过选派党建工作指导员实现工作覆盖。",
          "记者：怎样避免党建和业务“两张皮”？",
          "热合曼·阿不都：我们推行党建与业务“双向进入、交叉任职”，把党建工作要求写入章程，把党组织活动与行业服务结合起来。去年，全区社会组织党组织领办公益项目400余个。",
          "记者：下一步有哪些打算？",
          "热合曼·阿不都：我们将持续深化“一会一品”创建，培育一批党建示范点，引导社会组织在乡村振兴、民族团结等方面更好发挥作用。"],
    src=HY, prov="新疆", ag="新疆维吾尔自治区社会组织综合党委", date="2024-03-12",
    people=["孙静", "周立", "热合曼·阿不都"],
    tags=["interview", "subtitle", "byline_top", "dot_name", "relative_date", "multi_line_title",
          "province_context"]))
t1 = P(p, art(
    title="天山区民政局开展|“三会一课”质量提升行动",
    body=["3月5日上午，乌鲁木齐市天山区民政局机关党支部开展“三会一课”质量提升专题党课，支部书记以“做新时代合格民政人”为题，为全体党员讲授党课。",
          "天山区民政局今年将建立“三会一课”月提醒、季通报制度，推动组织生活规范化、常态化。"],
    attr="（据乌鲁木齐市天山区民政局）",
    src="乌鲁木齐市天山区民政局", prov="新疆", ag="天山区民政局", date="2024-03-05",
    tags=["title_after", "half_day_date", "multi_line_title", "province_context"]))
W = 16
L(p, "2024年3月12日　星期二", "民政·党建　03", "胡杨晨报", "")
L(p, "（上接第1版）", wrap(f1["body"][0], W), wrap(f1["body"][1], W, IND), "")
L(p, wrap(i1["title"], 20), i1["attribution"], "")
for b in i1["body"]:
    L(p, wrap(b, W, IND))
L(p, "")
L(p, wrap(t1["body"][0], W, IND), wrap(t1["body"][1], W, IND), t1["attribution"])
L(p, wrap(t1["title"], 20), "", "责任编辑：古再丽努尔　美编：王超")

# ---- 2024-07-02 / 05 (brief page, no blank lines) ---------------------------------
p = page(HY, "2024-07-02", "05.txt", "text", "provincial", "gb18030", True,
         ["no_blank_lines", "column_label", "briefs"])
b1 = P(p, art(title="一师阿拉尔市举办社会组织党务干部培训班",
              body=["6月25日至27日，第一师阿拉尔市民政局举办社会组织党务干部培训班，来自全师各类社会组织的60余名党务干部参加培训。培训采取专题辅导、现场教学、交流研讨相结合的方式，重点学习党的二十大精神和社会组织党建工作业务知识。"],
              attr="（通讯员 王红梅）", src=None, prov="新疆", ag="第一师阿拉尔市民政局",
              date="2024-06-25", people=["王红梅"], tags=["briefs", "province_context"]))
b2 = P(p, art(title=None,
              body=["日前，第二师铁门关市二十九团党委组织团场社区“两新”组织党员开展“学思想、强党性、重实践、建新功”主题党日活动，党员们重温入党誓词，走访慰问困难群众12户。"],
              src=None, prov="新疆", ag="第二师铁门关市二十九团党委", date="2024-07-02",
              tags=["briefs", "title_none", "relative_date", "province_context"]))
b3 = P(p, art(title="六师五家渠市打造“红色驿站”服务新就业群体",
              body=["6月下旬，第六师五家渠市民政局联合市党委社会工作部在城区建成5个“红色驿站”，为快递员、外卖送餐员等新就业群体提供休息、饮水、充电等服务。"],
              attr="（第六师五家渠市民政局供稿）", src="第六师五家渠市民政局", prov="新疆",
              ag="第六师五家渠市民政局", date="2024-06-21",
              tags=["briefs", "period_date", "province_context"]))
b4 = P(p, art(title="十师北屯市开展“七一”走访慰问活动",
              body=["6月28日上午，第十师北屯市民政局党总支组织党员干部走访慰问生活困难党员、老党员23名，送去慰问金和生活物资。"],
              attr="（据兵团民政局）", src="新疆生产建设兵团民政局", prov="新疆",
              ag="第十师北屯市民政局", date="2024-06-28",
              tags=["briefs", "half_day_date", "province_context"]))
b5 = P(p, art(title="七师胡杨河市表彰“最美社工”",
              body=["6月30日，第七师胡杨河市民政局对10名“最美社工”进行表彰，其中包括扎根社区12年的社工米娜瓦尔·|艾合买提。"],
              attr="（通讯员 赵磊）", src=None, prov="新疆", ag="第七师胡杨河市民政局",
              date="2024-06-30", people=["米娜瓦尔·艾合买提", "赵磊"],
              tags=["briefs", "dot_name", "province_context"]))
W = 17
L(p, "胡杨晨报　2024年7月2日　星期二　05", "兵团动态")
for b in (b1, b2, b3, b4, b5):
    if b["title"]:
        L(p, "■" + b["title"])
        L(p, wrap(b["body"][0] + b["attribution"], W))
    else:
        L(p, wrap("■" + b["body"][0] + b["attribution"], W))
L(p, "责任编辑　王新华　　校对　阿不来提")

# ---- 2025-01-07 / 02 (January issue) ----------------------------------------------
p = page(HY, "2025-01-07", "02.txt", "text", "provincial", "utf-8", True, [])
h1 = P(p, art(
    title="自治区民政厅表彰2024年度|优秀共产党员和先进基层党组织",
    attr="本报讯（记者 帕提古丽·|艾买提）",
    body=["12月30日，自治区民政厅机关党委印发通报，对2024年度厅机关优秀共产党员和先进基层党组织予以表彰。名单如下：",
          "先进基层党组织（3个）",
          "厅办公室党支部、社会救助处党支部、自治区第一社会福利院第二党支部",
          "优秀共产党员（8名）",
          "王　芳、努尔艾力·吐尔洪、陈建国、古丽巴哈尔·|买买提明、刘　洋、阿力木江·热合曼、张海燕、马　骏"],
    src=HY, prov="新疆", ag=XJT, date="2024-12-30",
    people=["帕提古丽·艾买提", "王芳", "努尔艾力·吐尔洪", "陈建国", "古丽巴哈尔·买买提明", "刘洋",
            "阿力木江·热合曼", "张海燕", "马骏"],
    tags=["honour_list", "year_boundary", "dot_name", "dateline", "multi_line_title",
          "province_context"]))
e1 = P(p, art(
    title="兵团民政局党组部署|2025年全面从严治党工作",
    attr="本报讯（通讯员 高建军）",
    body=["1月3日，兵团民政局党组召开2025年全面从严治党工作会议，传达学习中央纪委全会精神，部署今年重点工作。",
          "会议要求，一是压紧压实管党治党政治责任，党组书记带头履行第一责任人职责；二是驰而不息纠治“四风”，坚决落实中央八项规定及其实施细则精神；三是聚焦养老服务、社会救助等领域开展群众身边不正之风和腐败问题集中整治；四是持续深化清廉机关建设。"],
    src=HY, prov="新疆", ag="新疆生产建设兵团民政局", date="2025-01-03", people=["高建军"],
    tags=["enumeration", "dateline", "multi_line_title", "province_context"]))
y1 = P(p, art(
    title="乌鲁木齐市民政局开展社会组织年终走访",
    body=["去年12月下旬，乌鲁木齐市民政局党组成员带队走访市级行业协会商会党组织，听取意见建议36条，逐条建立台账、明确责任处室。"],
    attr="（通讯员 努尔古丽）", src=None, prov="新疆", ag="乌鲁木齐市民政局", date="2024-12-21",
    people=["努尔古丽"], tags=["period_date", "year_boundary", "province_context"]))
W = 15
L(p, "胡杨晨报", "2025年1月7日 星期二", "02 要闻", "")
L(p, wrap(h1["title"], 16), "", wrap(h1["attribution"] + h1["body"][0], W, IND))
L(p, IND + h1["body"][1], wrap(h1["body"][2], W), IND + h1["body"][3], wrap(h1["body"][4], W), "")
L(p, wrap(e1["title"], 16), "", wrap(e1["attribution"] + e1["body"][0], W, IND),
  wrap(e1["body"][1], W, IND), "")
L(p, y1["title"], wrap(y1["body"][0], W, IND), y1["attribution"], "")
L(p, "胡杨晨报社出版　　第02版")

# =====================================================================================
# 2. 临泽融媒 (county, 甘肃)
# =====================================================================================
LZ = "临泽融媒"
LZJ = "临泽县民政局"

p = page(LZ, "2023-06-20", "01.txt", "text", "county", "utf-8", False,
         ["editor_note", "column_label"])
z1 = P(p, art(
    title="把支部建在服务一线|——临泽县民政局以党建引领提升民生服务质效",
    attr="融媒记者 刘佳琪 赵文斌",
    body=["今年以来，临泽县民政局党组坚持以学铸魂、以学增智、以学正风、以学促干，把主题教育成果转化为推动民政事业高质量发展的实际成效。",
          "建强堡垒 筑牢根基",
          "县民政局将机关党支部细分为3个党小组，分别对应社会救助、养老服务和社会事务三条业务线，推行“党小组+业务股室”工作模式，党员亮身份、作表率。",
          "聚焦民生 办好实事",
          "围绕群众急难愁盼问题，局党组梳理形成民生实事清单12项，目前已完成农村互助幸福院改造提升6所，为全县1200余名困难老人开展上门探访。局长张振华说，下一步将把民生实事办得更实更细。"],
    caps=["图为县民政局党员干部在沙河镇走访困难群众。（融媒记者 刘佳琪 摄）"],
    src=LZ, prov="甘肃", ag=LZJ, date="2023-06-20", people=["刘佳琪", "赵文斌", "张振华"],
    tags=["subtitle", "byline_top", "subheadings", "captions", "relative_date", "name_verb",
          "province_context", "multi_line_title"]))
z2 = P(p, art(
    title="县社会组织综合党委|开展“书记项目”创建",
    attr="本报讯（通讯员 陈小梅）",
    body=["6月16日，临泽县社会组织综合党委召开“书记项目”创建推进会，全县23家社会组织党组织书记逐一汇报项目进展。",
          "据了解，今年全县社会组织党组织共申报“书记项目”23个，涵盖助老助残、关爱儿童、乡村振兴等领域。"],
    src=LZ, prov="甘肃", ag="临泽县社会组织综合党委", date="2023-06-16", people=["陈小梅"],
    tags=["dateline", "multi_line_title", "province_context"]))
W = 18
L(p, "临泽融媒　　第218期", "2023年6月20日　星期二　　中共临泽县委主管　临泽县融媒体中心主办", "",
  "党建引领 · 基层治理", "")
L(p, wrap("编者按：今年以来，全县以主题教育为契机，推动党建工作与民生服务深度融合。本期刊发县民政系统的一组报道，敬请关注。", W), "")
L(p, wrap(z1["title"], 24), z1["attribution"], "")
for i, b in enumerate(z1["body"]):
    L(p, wrap(b, W, "" if i in (1, 3) else IND))
    if i == 2:
        L(p, wrap(z1["captions"][0], W))
L(p, "")
L(p, wrap(z2["title"], 12), "", wrap(z2["attribution"] + z2["body"][0], W, IND),
  wrap(z2["body"][1], W, IND), "")
L(p, "临泽县融媒体中心出版　　热线：新闻爆料请拨打本中心值班电话")

# ---- 02 brief page ----
p = page(LZ, "2023-06-20", "02.txt", "text", "county", "gb18030", False,
         ["no_blank_lines", "column_label", "briefs"])
k1 = P(p, art(title="沙河镇",
              body=["6月15日，沙河镇党委组织全镇“两新”组织党员开展主题教育专题读书班，集中学习《习近平著作选读》，交流研讨学习体会。"],
              src=None, prov="甘肃", ag="沙河镇党委", date="2023-06-15",
              tags=["briefs", "province_context"]))
k2 = P(p, art(title="倪家营镇",
              body=["日前，倪家营镇汪家墩村党支部依托村级互助幸福院开展“银龄课堂”，组织老党员为村里的老人讲党史、唱红歌。"],
              attr="（通讯员 赵永红）", src=None, prov="甘肃", ag="倪家营镇汪家墩村党支部",
              date="2023-06-20", people=["赵永红"],
              tags=["briefs", "relative_date", "province_context"]))
k3 = P(p, art(title="县民政局",
              body=["19日，县民政局机关党支部联合平川镇开展“七一”前夕走访慰问，为困难党员送去慰问品。"],
              src=None, prov="甘肃", ag=LZJ, date="2023-06-19",
              tags=["briefs", "province_context"]))
k4 = P(p, art(title=None,
              body=["近日，临泽县委组织部、县民政局联合召开全县社会组织党建工作联席会议，研究解决社会组织党组织书记选配、党建工作经费保障等问题。"],
              src=None, prov="甘肃", ag="临泽县委组织部", date="2023-06-20",
              tags=["briefs", "title_none", "relative_date", "province_context"]))
k5 = P(p, art(title="蓼泉镇",
              body=["6月中旬，蓼泉镇组织镇村干部开展“三会一课”规范化专题培训，提升基层党组织组织生活质量。"],
              attr="（蓼泉镇供稿）", src="蓼泉镇", prov="甘肃", ag="蓼泉镇", date="2023-06-11",
              tags=["briefs", "period_date", "province_context"]))
W = 20
L(p, "2023年6月20日　星期二　　　　　　临泽融媒　02", "党建快讯")
L(p, wrap("【沙河镇】" + k1["body"][0], W))
L(p, wrap("【倪家营镇】" + k2["body"][0] + k2["attribution"], W))
L(p, wrap("【县民政局】" + k3["body"][0], W))
L(p, wrap("【快讯】" + k4["body"][0], W))
L(p, wrap("【蓼泉镇】" + k5["body"][0] + k5["attribution"], W))
L(p, "责任编辑：马文　审核：李强")

# ---- 03 double-spaced + missing title + 相关链接 box ----
p = page(LZ, "2024-09-10", "03.txt", "text", "county", "utf-8-sig", True,
         ["double_spaced", "column_label", "related_link"])
d1 = P(p, art(
    title="张掖市社会组织党建工作|现场推进会在临泽召开",
    body=["9月5日，张掖市社会组织党建工作现场推进会在临泽县召开。与会人员实地观摩了临泽县社会组织党群服务中心、枣乡志愿者协会党支部等党建示范点，6个县区民政局作交流发言。",
          "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，推动社会组织党的组织和工作“两个覆盖”提质扩面，引导社会组织在服务群众、服务社会中发挥更大作用。张掖市民政局党组书记、局长赵国庆出席会议并讲话。"],
    attr="（据张掖市民政局）", src="张掖市民政局", prov="甘肃", ag="张掖市民政局",
    date="2024-09-05", people=["赵国庆"],
    tags=["double_spaced", "multi_line_title", "province_context"]))
d2 = P(p, art(
    title=None,
    body=["近日，鸭暖镇党委以“党建+积分制”为抓手，在全镇8个村推行“红黑榜”管理，把参与志愿服务、移风易俗等情况纳入积分，积分可在村级爱心超市兑换生活用品。",
          "截至目前，全镇已有1300余户群众参与积分管理，累计兑换物品价值2万余元。"],
    attr="（鸭暖镇供稿）", src="鸭暖镇", prov="甘肃", ag="鸭暖镇党委", date="2024-09-10",
    tags=["title_none", "relative_date", "province_context"]))
d3 = P(p, art(
    title="什么是社会组织党建“两个覆盖”",
    body=["“两个覆盖”是指党的组织覆盖和党的工作覆盖。凡有3名以上正式党员的社会组织，应当单独建立党组织；暂不具备条件的，通过选派党建工作指导员、联络员等方式实现党的工作覆盖。"],
    src=None, prov=None, ag=None, date="2024-09-10", tags=["related_link"]))
W = 14
L(p, "临泽融媒 2024.9.10 第三版 民政", "")
dl = wrap(d1["title"], 14) + wrap(d1["body"][0], W, IND) + wrap(d1["body"][1], W, IND) + \
    wrap(d1["attribution"], W)
L(p, "\n\n".join(dl), "", "PARTY BUILDING", "")
L(p, wrap(d2["body"][0], W, IND), wrap(d2["body"][1], W, IND), d2["attribution"], "")
L(p, "相关链接", d3["title"], wrap(d3["body"][0], W, IND), "")
L(p, "编辑：王丽　校对：张婷")

# ---- 04 commentary ----
p = page(LZ, "2024-11-26", "04.txt", "text", "county", "utf-8", False, ["column_label"])
c1 = P(p, art(
    title="让“红色引擎”跑出治理加速度",
    attr="融媒评论员 孙浩",
    body=["基层治理千头万绪，关键在党。近年来，从社区“红色物业”到村级“积分超市”，一个个党建品牌在基层落地生根，让党组织的“红色引擎”越擂越响。",
          "抓好基层治理，要把党的组织优势转化为治理效能。党员干部要沉下身子、走进群众，多做雪中送炭的实事，少搞锦上添花的形式，把“我为群众办实事”做到群众心坎上。",
          "基层强则国家强，基层安则天下安。唯有持之以恒抓基层、强基础，才能为推进中国式现代化筑牢坚实根基。"],
    src=LZ, prov=None, ag=None, date="2024-11-26", people=["孙浩"], tags=["byline_top"]))
c2 = P(p, art(
    title="板桥镇：“五社联动”|激活社区治理“一池春水”",
    attr="本报讯（通讯员 杨 帆）",
    body=["11月 20日，板桥镇西寨村社区党群服务中心里热闹非凡，社工、志愿者和社会组织负责人围坐一起，商议冬季独居老人关爱方案。",
          "今年以来，板桥镇探索社区、社会组织、社会工作者、社区志愿者、社会慈善资源“五社联动”机制，由镇党委统筹，链接资源开展服务项目15个。镇党委书记 王 磊 表示，要让群众在家门口感受到党的温暖。"],
    src=LZ, prov="甘肃", ag="板桥镇党委", date="2024-11-20", people=["杨帆", "王磊"],
    tags=["stray_spaces", "name_verb", "dateline", "multi_line_title", "province_context"]))
c3 = P(p, art(
    title="全县民政系统开展警示教育",
    body=["11月22日下午，临泽县民政局组织全系统党员干部赴县廉政教育基地开展警示教育，引导党员干部筑牢拒腐防变思想防线。"],
    attr="（县民政局供稿）", src=LZJ, prov="甘肃", ag=LZJ, date="2024-11-22",
    tags=["half_day_date", "province_context"]))
W = 16
L(p, "临泽融媒", "2024年11月26日", "04　评论·党建", "")
L(p, c1["title"], c1["attribution"], "")
for b in c1["body"]:
    L(p, wrap(b, W, IND))
L(p, "")
L(p, wrap(c2["title"], 12), "", wrap(c2["attribution"] + c2["body"][0], W, IND),
  wrap(c2["body"][1], W, IND), "")
L(p, c3["title"], wrap(c3["body"][0], W, IND), c3["attribution"], "")
L(p, "临泽县融媒体中心　第04版")

# =====================================================================================
# 3. 羊卓融媒 (county, 西藏 山南市浪卡子县)
# =====================================================================================
YZ = "羊卓融媒"
LKZ = "浪卡子县民政局"

p = page(YZ, "2022-08-16", "01.txt", "text", "county", "utf-8-sig", False, [])
y1a = P(p, art(
    title="浪卡子县民政局党支部|召开专题组织生活会",
    body=["8月12日，浪卡子县民政局党支部召开专题组织生活会，围绕学习贯彻党的十九届六中全会精神、推进党史学习教育常态化长效化，对照检查、交流体会，开展批评和自我批评。",
          "会上，支部书记格桑顿珠带头查摆问题，党员逐一发言，大家一致表示，要把学习成果转化为服务群众的实际行动。"],
    attr="（浪卡子县民政局供稿）", src=LKZ, prov="西藏", ag=LKZ, date="2022-08-12",
    people=["格桑顿珠"], tags=["title_after", "multi_line_title", "province_context"]))
y1b = P(p, art(
    title="“格桑花”志愿服务队|走进打隆镇",
    attr="记者 次仁央宗 文/图",
    body=["8月上旬，浪卡子县社会组织联合党支部组建的“格桑花”志愿服务队走进打隆镇，为当地群众开展义诊、政策宣讲和结对帮扶活动。",
          "“以前看病要跑到县城，现在医生送到了家门口。”打隆镇群众索朗德吉说。志愿服务队负责人扎西平措表示，服务队将每月开展一次进村服务。"],
    caps=["图为志愿者为群众测量血压。"],
    src=YZ, prov="西藏", ag="浪卡子县社会组织联合党支部", date="2022-08-01",
    people=["次仁央宗", "索朗德吉", "扎西平措"],
    tags=["byline_top", "captions", "period_date", "name_verb", "multi_line_title",
          "province_context"]))
W = 15
L(p, "羊卓融媒　浪卡子县融媒体中心", "2022年8月16日　第32期", "1", "")
L(p, wrap(y1a["body"][0], W, IND), wrap(y1a["body"][1], W, IND), y1a["attribution"])
L(p, wrap(y1a["title"], 14), "")
L(p, wrap(y1b["title"], 14), y1b["attribution"], "")
L(p, wrap(y1b["body"][0], W, IND), wrap(y1b["captions"][0], W), wrap(y1b["body"][1], W, IND), "")
L(p, "主办：浪卡子县融媒体中心　内部资料　免费交流")

p = page(YZ, "2023-04-25", "02.txt", "text", "county", "utf-8", False, ["column_label", "briefs"])
y2 = [
    P(p, art(title="打隆镇开展主题教育宣讲",
             body=["4月20日，打隆镇党委组织宣讲小分队深入各村（居），用藏汉双语宣讲学习贯彻习近平新时代中国特色社会主义思想主题教育精神。"],
             src=None, prov="西藏", ag="打隆镇党委", date="2023-04-20",
             tags=["briefs", "province_context"])),
    P(p, art(title=None,
             body=["日前，卡热乡党委为全乡12个村级党组织配发“三会一课”记录本和学习资料，规范村级组织生活。"],
             attr="（通讯员 拉巴次仁）", src=None, prov="西藏", ag="卡热乡党委", date="2023-04-25",
             people=["拉巴次仁"], tags=["briefs", "title_none", "relative_date", "province_context"])),
    P(p, art(title="县民政局开展“民族团结进步月”活动",
             body=["4月中旬，浪卡子县民政局党支部组织党员干部走进县福利院，与老人们共度民族团结进步月。"],
             attr="（县民政局供稿）", src=LKZ, prov="西藏", ag=LKZ, date="2023-04-11",
             tags=["briefs", "period_date", "province_context"])),
    P(p, art(title=None,
             body=["4月18日上午，普玛江塘乡党委召开党建工作联席会，研究部署边境地区社会救助兜底保障工作。乡党委书记白玛曲珍说，要让每一户困难群众都感受到党的关怀。"],
             src=None, prov="西藏", ag="普玛江塘乡党委", date="2023-04-18", people=["白玛曲珍"],
             tags=["briefs", "title_none", "half_day_date", "name_verb", "province_context"])),
]
W = 18
L(p, "羊卓融媒·基层动态", "2023年4月25日", "")
for b in y2:
    if b["title"]:
        L(p, "● " + b["title"], wrap(b["body"][0] + b["attribution"], W))
    else:
        L(p, wrap("● " + b["body"][0] + b["attribution"], W))
    L(p, "")
L(p, "（本版稿件由各乡镇、县直单位提供）")

p = page(YZ, "2023-12-19", "03.txt", "text", "county", "gb18030", False, [])
y3a = P(p, art(
    title="民政部调研组|来我县调研基层民政工作",
    attr="本报讯（记者 索朗旺堆）",
    body=["12月14日至15日，民政部调研组一行深入浪卡子县，就边境地区基层民政服务能力建设、困难群众救助帮扶等工作开展调研。",
          "调研组一行先后走访了县社会福利中心、浪卡子镇社区居家养老服务站，看望慰问了困难群众。调研组指出，要坚持以人民为中心的发展思想，扎实做好民生兜底保障工作。"],
    src=YZ, prov=None, ag="民政部", date="2023-12-14", people=["索朗旺堆"],
    tags=["national_body", "dateline", "multi_line_title"]))
y3b = P(p, art(
    title="浪卡子县 “三级联动” 推进|社会组织党建工作",
    body=["今年以来，浪卡子县民政局建立县、乡、村“三级联动”工作机制，推动社会组织党建工作向纵深发展。",
          "组织覆盖 持续扩大",
          "全县 12 家社会组织中，已单独组建党组织4个，联合组建党组织2个，其余均选派党建工作指导员，实现党的工作全覆盖。",
          "服务功能 不断增强",
          "各社会组织党组织结合自身特点开展关爱留守儿童、助残扶弱等活动 40 余场次，服务群众 2000余人次。"],
    attr="（通讯员 德吉卓嘎 普布次仁）", src=None, prov="西藏", ag=LKZ, date="2023-12-19",
    people=["德吉卓嘎", "普布次仁"],
    tags=["stray_spaces", "subheadings", "relative_date", "multi_line_title", "province_context"]))
W = 15
L(p, "浪卡子县融媒体中心　羊卓融媒", "2023年12月19日", "")
L(p, wrap(y3a["title"], 14), wrap(y3a["attribution"] + y3a["body"][0], W, IND),
  wrap(y3a["body"][1], W, IND), "")
L(p, wrap(y3b["title"], 16))
for i, b in enumerate(y3b["body"]):
    L(p, wrap(b, W, "" if i in (1, 3) else IND))
L(p, y3b["attribution"], "", "3")

p = page(YZ, "2025-03-11", "04.txt", "text", "county", "utf-8", True, ["column_label"])
y4a = P(p, art(
    title="县民政局部署2025年|党风廉政建设工作",
    body=["3月上旬，浪卡子县民政局召开2025年党风廉政建设工作会议，对全年工作作出部署。",
          "会议要求，一要深入学习贯彻二十届三中全会精神，把学习成果体现到推进民政工作的具体举措上；二要严格落实中央八项规定精神，持续纠治“四风”；三要加强对社会救助、养老服务等重点领域的监督，切实维护群众利益。"],
    attr="（记者 旦增曲珍）", src=YZ, prov="西藏", ag=LKZ, date="2025-03-01",
    people=["旦增曲珍"],
    tags=["title_after", "enumeration", "period_date", "multi_line_title", "province_context"]))
y4b = P(p, art(
    title="浪卡子镇社区“红色网格”|织密为民服务网",
    attr="本报讯（记者 尼玛卓玛）",
    body=["3月7日，浪卡子镇社区党委组织网格员开展入户走访，摸排独居老人、残疾人等特殊群体需求。",
          "社区党委书记洛桑说，社区将网格员与党员中心户结合，做到“小事不出网格、大事不出社区”。"],
    src=YZ, prov="西藏", ag="浪卡子镇社区党委", date="2025-03-07", people=["尼玛卓玛", "洛桑"],
    tags=["dateline", "name_verb", "multi_line_title", "province_context"]))
W = 16
L(p, "羊卓融媒　2025年3月11日　星期二", "第4版　民生", "")
L(p, wrap(y4a["body"][0], W, IND), wrap(y4a["body"][1], W, IND), y4a["attribution"])
L(p, wrap(y4a["title"], 12))
L(p, wrap(y4b["title"], 14), wrap(y4b["attribution"] + y4b["body"][0], W, IND),
  wrap(y4b["body"][1], W, IND), "")
L(p, "责编：次旦　审校：王涛")

# =====================================================================================
# 4. 基层之声报 (national)
# =====================================================================================
JC = "基层之声报"

p = page(JC, "2023-05-18", "04.txt", "text", "national", "utf-8", False,
         ["editor_note", "column_label"])
j1 = P(p, art(
    title="主题教育在基层|北京：“接诉即办”中|践行为民初心",
    attr="本报北京5月17日电（记者 周静怡）",
    body=["北京市民政局把主题教育同“接诉即办”工作结合起来，局领导班子成员带队深入16个区开展调研，梳理养老服务、社会救助等领域群众诉求，形成问题清单和整改台账。",
          "5月16日，北京市民政局召开主题教育调研成果交流会，各调研组逐一汇报。局党组书记、局长李红兵指出，要把调查研究作为转作风、办实事的重要抓手，真正以学正风、以学促干。"],
    src=JC, prov="北京", ag="北京市民政局", date="2023-05-17", people=["周静怡", "李红兵"],
    tags=["kicker", "dateline", "name_verb", "multi_line_title"]))
j2 = P(p, art(
    title="天津和平区：|社会组织党建“双月谈”聚合力",
    attr="本报天津5月16日电（记者 韩冬 通讯员 赵敏）",
    body=["5月15日，天津市和平区民政局举办第三期社会组织党建“双月谈”活动，20余家社会组织党组织书记围绕“党建引领社会组织参与基层治理”进行交流。",
          "近年来，和平区民政局推行“双月谈”机制，每两个月围绕一个主题开展一次交流，已累计推动社会组织承接社区服务项目60余个。"],
    src=JC, prov="天津", ag="和平区民政局", date="2023-05-15", people=["韩冬", "赵敏"],
    tags=["dateline", "multi_line_title"]))
j3 = P(p, art(
    title="民政部直属机关召开|模范机关创建推进会",
    body=["5月12日，民政部直属机关党委召开模范机关创建推进会，总结交流直属机关创建“让党中央放心、让人民群众满意的模范机关”经验做法。会议要求，要把主题教育同模范机关创建结合起来，以创建成效检验主题教育成果。"],
    attr="（据民政部直属机关党委）", src="民政部直属机关党委", prov=None, ag="民政部",
    date="2023-05-12", tags=["national_body", "multi_line_title"]))
W = 17
L(p, "基层之声报　2023年5月18日　星期四", "第4版　党建·观察", "责任编辑：宋佳", "")
L(p, wrap("编者按：主题教育开展以来，各地民政部门把学习贯彻习近平新时代中国特色社会主义思想同推动民政工作结合起来。本版今起推出“主题教育在基层”专栏。", W), "")
L(p, wrap(j1["title"], 16), "", wrap(j1["attribution"] + j1["body"][0], W, IND),
  wrap(j1["body"][1], W, IND), "")
L(p, wrap(j2["title"], 16), "", wrap(j2["attribution"] + j2["body"][0], W, IND),
  wrap(j2["body"][1], W, IND), "")
L(p, wrap(j3["title"], 16), "", wrap(j3["body"][0], W, IND), j3["attribution"], "")
L(p, "基层之声报社　地址：北京市　邮编：100000")

p = page(JC, "2023-05-18", "06.txt", "text", "national", "utf-8", True,
         ["column_label", "pull_quote"])
j4 = P(p, art(
    title="以党建引领|推进社会组织高质量发展",
    attr="刘志远 （作者系首都社会治理研究院研究员）",
    body=["社会组织是党联系群众的重要桥梁和纽带。新时代新征程，推动社会组织高质量发展，必须坚持和加强党的全面领导，把党建引领贯穿社会组织发展全过程。",
          "一、把牢政治方向",
          "社会组织党组织要坚持以习近平新时代中国特色社会主义思想为指导，教育引导党员深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
          "二、健全工作机制",
          "要推动党建工作要求写入社会组织章程，建立党组织参与重大事项决策机制，实现党建工作与业务工作同部署、同推进、同考核。",
          "三、发挥服务功能",
          "要引导社会组织立足自身优势，在服务国家、服务社会、服务群众、服务行业中彰显价值，为推进中国式现代化贡献力量。"],
    src=None, prov=None, ag=None, date="2023-05-18", people=["刘志远"],
    tags=["byline_top", "subheadings", "pull_quote", "multi_line_title"]))
j5 = P(p, art(
    title="在真学实干中|检验主题教育成效",
    attr="本报评论员",
    body=["开展学习贯彻习近平新时代中国特色社会主义思想主题教育，是党中央作出的重大部署。检验主题教育成效，关键看能不能把学习成果转化为推动工作的实际行动。",
          "民政工作关系民生、连着民心。各级民政部门党员干部要牢记“国之大者”，坚持学思想、强党性、重实践、建新功，在为民服务中践行初心使命。"],
    src=JC, prov=None, ag=None, date="2023-05-18", tags=["byline_top", "multi_line_title"]))
W = 18
L(p, "6", "2023年5月18日　星期四　　基层之声报", "理论周刊", "")
L(p, wrap(j4["title"], 14), "□ 刘志远", "")
L(p, wrap(j4["body"][0], W, IND), "")
L(p, j4["body"][1], wrap(j4["body"][2], W, IND), "")
L(p, "　　坚持和加强党的全面领导，", "　　把党建引领贯穿社会组织发展全过程", "")
L(p, j4["body"][3], wrap(j4["body"][4], W, IND), "", j4["body"][5], wrap(j4["body"][6], W, IND))
L(p, "（作者系首都社会治理研究院研究员）", "")
L(p, wrap(j5["title"], 14), j5["attribution"], "", wrap(j5["body"][0], W, IND),
  wrap(j5["body"][1], W, IND), "")
L(p, "本版责编：魏然")

p = page(JC, "2024-04-23", "03.txt", "text", "national", "gb18030", False, ["column_label", "briefs"])
j6 = P(p, art(
    title="高原上的“红色驿站”|青海深化新就业群体党建工作|——海东市打造“15分钟党群服务圈”见闻",
    attr="本报西宁4月22日电（记者 马玉兰）",
    body=["4月中旬，记者走进青海省海东市乐都区，看到一个个“红色驿站”遍布街头，快递小哥、外卖骑手在这里歇脚、充电、喝水。",
          "今年以来，青海省委社会工作部会同省民政厅等部门，在全省推进新就业群体党建工作，海东市建成“红色驿站”86个。快递员才让东智说，“累了有地方歇，渴了有水喝，心里暖暖的。”",
          "海东市委社会工作部负责人韩成林介绍，下一步将推动驿站服务与社区服务融合，让新就业群体成为基层治理的“新力量”。"],
    caps=["图为外卖骑手在乐都区一处“红色驿站”休息。（记者 马玉兰 摄）"],
    src=JC, prov="青海", ag="青海省委社会工作部", date="2024-04-11",
    people=["马玉兰", "才让东智", "韩成林"],
    tags=["kicker", "subtitle", "dateline", "period_date", "captions", "name_verb",
          "multi_line_title"]))
j7 = P(p, art(title="北京朝阳区开展社会组织党组织书记轮训",
              body=["4月19日，朝阳区民政局组织辖区50余家社会组织党组织书记开展集中轮训，围绕党章党规、组织生活等内容进行专题辅导。"],
              src=None, prov="北京", ag="朝阳区民政局", date="2024-04-19", tags=["briefs"]))
j8 = P(p, art(title=None,
              body=["日前，天津市滨海新区民政局党组召开理论学习中心组学习会，专题学习习近平总书记关于民政工作的重要指示精神。"],
              src=None, prov="天津", ag="天津市滨海新区民政局", date="2024-04-23",
              tags=["briefs", "title_none", "relative_date"]))
j9 = P(p, art(title="青海海东市通报表扬一批社会组织优秀党务工作者",
              body=["4月12日，海东市民政局对全市15名社会组织优秀党务工作者进行通报表扬。"],
              src=None, prov="青海", ag="海东市民政局", date="2024-04-12",
              tags=["briefs", "province_context"]))
W = 16
L(p, "基层之声报", "2024年4月23日 星期二", "03 要闻", "")
L(p, wrap(j6["title"], 26), "", wrap(j6["attribution"] + j6["body"][0], W, IND))
L(p, wrap(j6["captions"][0], W), wrap(j6["body"][1], W, IND), wrap(j6["body"][2], W, IND), "")
L(p, "各地动态", "")
L(p, "◆" + j7["title"], wrap(j7["body"][0], W), "")
L(p, wrap("◆" + j8["body"][0], W), "")
L(p, "◆" + j9["title"], wrap(j9["body"][0], W), "")

p = page(JC, "2025-06-10", "07.txt", "text", "national", "utf-8-sig", False, ["column_label"])
j10 = P(p, art(
    title="中央社会工作部举办全国行业协会商会|党建工作培训班",
    attr="本报北京6月9日电（记者 周静怡）",
    body=["6月上旬，中央社会工作部在京举办全国行业协会商会党建工作培训班，来自各地党委社会工作部和全国性行业协会商会党组织的负责同志参加培训。",
          "培训班强调，要坚持党建引领，推动行业协会商会党组织有效覆盖、规范运行，引导行业协会商会在服务高质量发展中发挥积极作用。"],
    src=JC, prov=None, ag="中央社会工作部", date="2025-06-01", people=["周静怡"],
    tags=["national_body", "period_date", "dateline", "multi_line_title"]))
j11 = P(p, art(
    title="天津望海楼街道：|“邻里守望”暖民心",
    body=["6月6日下午，天津市河北区望海楼街道党工委组织辖区社会组织、志愿服务队开展“邻里守望”集中服务，为社区居民提供义诊、家电维修、法律咨询等服务30余项。",
          "街道党工委书记冯立军介绍，望海楼街道已连续三年开展“邻里守望”活动，参与的社会组织从5家增加到22家。"],
    attr="（天津市河北区民政局供稿）", src="天津市河北区民政局", prov="天津", ag="望海楼街道党工委",
    date="2025-06-06", people=["冯立军"],
    tags=["title_after", "half_day_date", "multi_line_title", "province_context"]))
W = 17
L(p, "2025年6月10日　星期二　07", "基层之声报　党的建设", "")
L(p, wrap(j10["title"], 18), "", wrap(j10["attribution"] + j10["body"][0], W, IND),
  wrap(j10["body"][1], W, IND), "")
L(p, wrap(j11["body"][0], W, IND), wrap(j11["body"][1], W, IND), j11["attribution"])
L(p, wrap(j11["title"], 12), "", "本版编辑：宋佳　美编：齐悦")

# =====================================================================================
# 5. 善治周刊 (magazine, OCR)
# =====================================================================================
SZ = "善治周刊"

p = page(SZ, "2023-09-01", "12.txt", "ocr", "magazine", "utf-8", False, ["column_label"])
rng = random.Random(41)
s1 = P(p, art(
    title="新时代社会组织党建的|实践逻辑与路径优化",
    attr="王晓东 （作者单位：京华大学公共管理学院）",
    body=["摘要：社会组织党建是党的建设新的伟大工程的重要组成部分。本文从组织覆盖、功能发挥、制度保障三个维度，分析新时代社会组织党建的实践逻辑，提出路径优化建议。",
          "关键词：社会组织；党建引领；基层治理",
          "一、问题的提出",
          "党的十八大以来，社会组织党的组织和工作覆盖持续扩大，截至2O22年 底，绝大多数规模以上社会组织已建立党组织。但一些社会组织党组织仍存在作用发挥不充分、党建与业务“两张皮”等问题，亟待从理论上加以回应。",
          "二、实践逻辑",
          "从实践看，社会组织党建遵循政治引领、组织嵌入、服务融合的逻辑。各地通过党建工作指导员、联合党组织等方式推进“两个覆盖”，以党建引领社会组织融入基层治理格局。",
          "三、路径优化",
          "笫一，健全领导体制，理顺党委社会工作部门与业务主管单位、行业管理部门的关系；笫二，完善激励机制，把党建工作情况纳入社会组织等级评估；笫三，加强党务人才队伍建设，提升党组织书记履职能力。"],
    src=None, prov=None, ag=None, date="2023-09-01", people=["王晓东"],
    tags=["byline_top", "subheadings", "enumeration", "multi_line_title", "ocr"]))
s2 = P(p, art(
    title="社区里的“党员议事角”",
    attr="（北京市丰台区卢沟桥街道 张桂兰）",
    body=["近日，我们社区所在的卢沟桥街道党工委在每个社区都设立了“党员议事角”，居民有什么烦心事，都可以到这里找党员说一说。",
          "前不久，楼道里堆放杂物的老问题，就是在议事角里商量解决的。希望这样的好做法能一直坚持下去。"],
    src=None, prov="北京", ag="卢沟桥街道党工委", date="2023-09-01", people=["张桂兰"],
    tags=["relative_date", "ocr"]))
L(p, "12　　　　善治周刊　2O23年笫9期", "", "理 论 前 沿", "")
L(p, "新时代社会组织党建的", "", "实践逻辑与路径优化", "王晓东", "")
for b in s1["body"]:
    L(p, ragged(b, rng, 16, 23))
L(p, "（作者单位：京华大学公共管理学院）", "", "读 者 来 信", s2["title"])
for b in s2["body"]:
    L(p, ragged(b, rng, 16, 23))
L(p, s2["attribution"], "", "—l2—")

p = page(SZ, "2024-02-01", "20.txt", "ocr", "magazine", "gb18030", False, ["column_label"])
rng = random.Random(42)
s3 = P(p, art(
    title="西城区：让社会组织|扎根社区“微治理”",
    attr="本刊记者 郑雨桐",
    body=["1月中旬，记者走进北京市西城区什刹海街道，看到社区党委牵头组建的“社会组织服务联盟”正忙着为老人们准备年货。",
          "西城区民政局有关负责同志介绍，去年以来，全区推行“社区党委+社会组织+社工”联动模式，培育社区社会组织l200余家，覆盖全部26l个社区。",
          "什刹海街道党工委书记 刘建华说：“社会组织懂专业，社区党委熟民情，两者结合，服务才能精准。”"],
    caps=["图为社会组织志愿者为社区老人写春联。（本刊记者 郑雨桐 摄）"],
    src=SZ, prov="北京", ag="西城区民政局", date="2024-01-11", people=["郑雨桐", "刘建华"],
    tags=["byline_top", "period_date", "captions", "name_verb", "stray_spaces",
          "multi_line_title", "ocr"]))
s4 = P(p, art(
    title="我们的“幸福院”又添新功能",
    attr="（青海省西宁市城东区民政局 马晓燕）",
    body=["去年12月26日，城东区民政局党支部组织党员来到我们社区的农村互助幸福院，给老人们安装了智能呼叫设备，还教大家用手机视频通话。",
          "我今年78岁了，是一名有50年党龄的老党员。看到党支部为我们办了这么多实事，心里真是热乎乎的。借贵刊一角，向他们道一声感谢！"],
    src=None, prov="青海", ag="城东区民政局", date="2023-12-26", people=["马晓燕"],
    tags=["year_boundary", "province_context", "ocr"]))
L(p, "2O24.O2　善治周刊　20", "基层 观察", "")
L(p, "西城区：让社会组织", "扎根社区“微治理”", "本刊记者 郑雨桐", "")
L(p, ragged(s3["body"][0], rng, 15, 22), ragged(s3["body"][1], rng, 15, 22))
L(p, ragged(s3["captions"][0], rng, 15, 22), ragged(s3["body"][2], rng, 15, 22), "")
L(p, "读者之声", s4["title"], ragged(s4["body"][0], rng, 15, 22), ragged(s4["body"][1], rng, 15, 22))
L(p, s4["attribution"])

p = page(SZ, "2024-10-01", "33.txt", "ocr", "magazine", "utf-8-sig", False, ["column_label"])
rng = random.Random(43)
s5 = P(p, art(
    title="把党建优势转化为|治理效能|——访天津市河西区民政局党组书记、局长孙志国",
    attr="本刊记者 许诺",
    body=["近年来，天津市河西区民政局坚持党建引领，推动社会组织、社会工作者、志愿者参与社区治理，形成了一批可复制的经验。日前，本刊记者就此专访了河西区民政局党组书记、局长孙志国。",
          "问：河西区在党建引领基层治理方面有哪些做法？",
          "答：我们主要抓了三件事。一是建强社区党组织，推动社区党委书记全部进入街道“大工委”；二是培育社区社会组织，每个社区至少培育5家以上；三是建好社工站，实现街道社工站全覆盖。",
          "问：如何调动社会组织参与的积极性？",
          "答：我们设立了社区公益创投资金，今年共支持项目4l 个，项目由社区党委“点单”、社会组织“接单”、群众“评单”。",
          "问：下一步有什么打算？",
          "答：我们将深入学习贯彻二十届三中全会精神，进一步完善党建引领基层治理体制机制，推动河西区民政工作高质量发展。"],
    src=SZ, prov="天津", ag="河西区民政局", date="2024-10-01", people=["孙志国", "许诺"],
    tags=["interview", "subtitle", "byline_top", "enumeration", "relative_date",
          "multi_line_title", "ocr"]))
L(p, "善治周刊　2024年笫l0期　33", "访 谈 录", "")
L(p, "把党建优势转化为", "", "治理效能", "——访天津市河西区民政局党组书记、局", "长孙志国", "", "本刊记者 许诺")
for b in s5["body"]:
    L(p, ragged(b, rng, 17, 24))
L(p, "", "（责任编辑 林 夕）")

p = page(SZ, "2025-05-01", "41.txt", "ocr", "magazine", "utf-8", True, ["column_label", "briefs"])
rng = random.Random(44)
s6 = [
    P(p, art(title="宁夏吴忠市推行“党建+慈善”模式",
             body=["4月上旬，吴忠市民政局联合市慈善总会开展“党建+慈善”结对帮扶，组织机关党员与困难家庭结对208户。"],
             attr="（本刊通讯员 马志勇）", src=SZ, prov="宁夏", ag="吴忠市民政局", date="2025-04-01",
             people=["马志勇"], tags=["briefs", "period_date", "ocr"])),
    P(p, art(title="拉萨城关区社会组织党员“双报到”",
             body=["4月l5日，城关区民政局组织辖区社会组织党员到社区报到，认领服务岗位l20余个。"],
             src=None, prov="西藏", ag="城关区民政局", date="2025-04-15",
             tags=["briefs", "province_context", "ocr"])),
    P(p, art(title=None,
             body=["日前，青海省玉树州民政局党组开展“以案促改”警示教育，组织党员干部观看警示教育片，签订廉洁承诺书。"],
             attr="（本刊通讯员 才仁卓玛）", src=SZ, prov="青海", ag="青海省玉树州民政局",
             date="2025-05-01", people=["才仁卓玛"],
             tags=["briefs", "title_none", "relative_date", "ocr"])),
    P(p, art(title="甘肃敦煌市举办社区工作者技能比武",
             body=["4月22日上午，敦煌市民政局举办社区工作者技能比武，来自8个街道、乡镇的48名社区工作者同台竞技。"],
             caps=["比武现场。（本刊通讯员 李文静 摄）"],
             src=None, prov="甘肃", ag="敦煌市民政局", date="2025-04-22", people=["李文静"],
             tags=["briefs", "half_day_date", "captions", "ocr"])),
    P(p, art(title="新疆伊宁市：民族团结一家亲",
             body=["4月下旬，伊宁市民政局党员干部深入结亲户家中，与亲戚阿依努尔·|托乎提一家同吃同住同劳动。"],
             src=None, prov="新疆", ag="伊宁市民政局", date="2025-04-21",
             people=["阿依努尔·托乎提"],
             tags=["briefs", "period_date", "dot_name", "province_context", "ocr"])),
]
L(p, "4l　善治周刊　2O25年5月", "基 层 风 采", "")
for b in s6:
    if b["title"]:
        L(p, "■" + b["title"])
        L(p, ragged(b["body"][0] + b["attribution"], rng, 14, 20))
    else:
        L(p, ragged("■" + b["body"][0] + b["attribution"], rng, 14, 20))
    for c in b["captions"]:
        L(p, "▲" + c)
L(p, "", "善 治 周 刊")

# =====================================================================================
# 6. 山城民政网 (provincial portal, 重庆) — HTML
# =====================================================================================
SC = "山城民政网"


def esc(s):
    return clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_article(p, a, stamp, info_src, info_author, views, related, extra="", charset="utf-8"):
    body = "\n".join('<p style="text-indent:2em;">%s</p>' % esc(b) for b in a["body"])
    caps = "\n".join('<p class="pic-note" align="center">%s</p>' % esc(c) for c in a["captions"])
    rel = "\n".join('<li><a href="/dj/%d.html">%s</a></li>' % (9000 + i, r) for i, r in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(a['title'])}_{SC}</title>
<link rel="stylesheet" href="/css/main.css">
<script>var _pv = "{views}";</script>
</head>
<body>
<div class="header"><div class="logo">{SC}</div><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/dj/">党建工作</a><a href="/hdjl/">互动交流</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj/">党建工作</a> &gt; 基层党建</div>
<div class="main">
<h1 class="art-title">{esc(a['title'])}</h1>
<div class="art-info">发布时间：{stamp}&nbsp;&nbsp;{info_src}&nbsp;&nbsp;{info_author}&nbsp;&nbsp;浏览次数：<span id="pv">{views}</span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-content">
<p align="center"><img src="/upload/{stamp[:10].replace('-', '')}/pic01.jpg"></p>
{caps}
{body}
</div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
{extra}
<div class="related"><h3>相关链接</h3><ul>
{rel}
</ul></div>
</div>
<div class="footer">主办单位：{SC}编辑部　版权所有　技术支持：网站运维中心</div>
</body>
</html>
"""


p = page(SC, "2023-07-14", "content_8812.html", "html", "provincial", "utf-8", False,
         ["related_link"])
w1 = P(p, art(
    title="渝中区民政局党建引领社区社会组织提质增效",
    body=["7月12日上午，渝中区民政局召开社区社会组织党建工作推进会，总结上半年工作，部署下一阶段任务。",
          "会议通报，今年以来，全区新培育社区社会组织86家，依托“红岩先锋”品牌建立社区社会组织联合党支部11个，开展为民服务活动500余场。",
          "区民政局党组书记、局长黄晓峰表示，要坚持党建引领，推动社区社会组织在“一老一小”服务、矛盾纠纷化解等方面发挥更大作用。"],
    caps=["图为推进会现场。（陈思远 摄）"],
    attr="来源：渝中区民政局　作者：陈思远", src="渝中区民政局", prov="重庆", ag="渝中区民政局",
    date="2023-07-12", people=["陈思远", "黄晓峰"],
    tags=["half_day_date", "captions", "name_verb", "province_context", "html"]))
p["html"] = html_article(p, w1, "2023-07-14 09:30", "来源：渝中区民政局", "作者：陈思远", 386,
                         ["江北区开展“七一”主题党日活动", "市民政局召开机关党建工作推进会",
                          "沙坪坝区社会组织综合党委召开书记例会"])

p = page(SC, "2024-01-05", "list_3.html", "html", "provincial", "gb18030", False, [])
ents = [
    ("2024-01-04", art(title="江北区民政局召开2023年度党支部书记抓党建述职评议会",
                       body=["1月3日，江北区民政局召开2023年度党支部书记抓基层党建工作述职评议会，6名党支部书记现场述职，局党组逐一点评。"],
                       src=SC, prov="重庆", ag="江北区民政局", date="2024-01-03",
                       tags=["province_context", "html"])),
    ("2024-01-02", art(title="沙坪坝区社会组织综合党委开展年终走访",
                       body=["12月28日，沙坪坝区社会组织综合党委走访辖区社会组织党组织，听取对党建工作的意见建议。"],
                       src=SC, prov="重庆", ag="沙坪坝区社会组织综合党委", date="2023-12-28",
                       tags=["year_boundary", "province_context", "html"])),
    ("2023-12-29", art(title="九龙坡区民政局深化模范机关创建",
                       body=["近日，九龙坡区民政局总结全年模范机关创建工作，梳理形成创建成果清单和问题清单。"],
                       src=SC, prov="重庆", ag="九龙坡区民政局", date="2023-12-29",
                       tags=["relative_date", "province_context", "html"])),
    ("2023-12-27", art(title="市民政局机关党委部署2024年机关党建工作",
                       body=["12月下旬，市民政局机关党委召开会议，研究部署2024年机关党建工作要点。"],
                       src=SC, prov="重庆", ag="重庆市民政局", date="2023-12-21",
                       tags=["period_date", "province_context", "html"])),
    ("2023-12-25", art(title="南岸区“三社联动”助力社区治理",
                       body=["南岸区民政局以党建为引领，推动社区、社会组织、社会工作者“三社联动”，全年实施社区服务项目42个。"],
                       src=SC, prov="重庆", ag="南岸区民政局", date="2023-12-25",
                       tags=["province_context", "html"])),
]
for _, a in ents:
    P(p, a)
lis = "\n".join(
    f'<li><div class="t"><a href="/dj/jcdj/{20240100 - i}.html" target="_blank">{esc(a["title"])}</a><span class="date">{d}</span></div>'
    f'<p class="summary">{esc(a["body"][0])}</p></li>' for i, (d, a) in enumerate(ents))
p["html"] = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>基层党建_{SC}</title>
</head>
<body>
<div class="header">{SC}</div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/dj/">党建工作</a> &gt;&gt; 基层党建</div>
<div class="list-box">
<h2>基层党建</h2>
<ul class="news-list">
{lis}
</ul>
<div class="pager">共 68 条　首页　<a href="list_2.html">上一页</a>　1　2　<b>3</b>　4　5　<a href="list_4.html">下一页</a>　尾页</div>
</div>
<div class="footer">{SC}　版权所有</div>
</body>
</html>
"""

p = page(SC, "2024-06-20", "content_9530.html", "html", "provincial", "utf-8", False,
         ["related_link"])
w3 = P(p, art(
    title="市民政局召开2024年全面从严治党工作推进会",
    body=["6月18日，市民政局召开2024年全面从严治党工作推进会，深入学习贯彻习近平总书记关于党的自我革命的重要思想，通报上半年党风廉政建设情况，部署下一阶段工作。",
          "一、压紧压实管党治党责任",
          "会议要求，各级党组织要认真履行主体责任，一是党组书记履行第一责任人职责，二是班子成员落实“一岗双责”，三是机关党委、机关纪委加强日常监督。",
          "二、持续深化作风建设",
          "要锲而不舍落实中央八项规定精神，持续纠治“四风”，深入开展党纪学习教育，推动以学正风、以学促干。"],
    attr="来源：本网", src=SC, prov="重庆", ag="重庆市民政局", date="2024-06-18",
    tags=["subheadings", "enumeration", "province_context", "html"]))
p["html"] = html_article(p, w3, "2024-06-20 16:05", "来源：本网", "作者：", 1024,
                         ["市民政局开展党纪学习教育读书班", "渝中区民政局召开警示教育大会"]) \
    .replace('<p align="center"><img src="/upload/20240620/pic01.jpg"></p>\n', "")

p = page(SC, "2025-02-18", "content_10177.html", "html", "provincial", "utf-8", False,
         ["related_link"])
w4 = P(p, art(
    title="万州区“红岩先锋”社会组织党建品牌显成效",
    body=["2月14日，万州区民政局召开社会组织党建工作会议，表彰2024年度“红岩先锋”示范社会组织党组织10个。",
          "据介绍，万州区坚持“四同步”工作法，在社会组织登记、年检、评估、换届中同步推进党建工作，社会组织党的组织覆盖率和工作覆盖率均达到100%。",
          "区民政局党组书记冉光明表示，今年将在全区开展社会组织党建“三项行动”，推动党建工作与业务工作深度融合。"],
    caps=["图为会议现场。（谭静 摄）"],
    attr="来源：万州区民政局　作者：谭静", src="万州区民政局", prov="重庆", ag="万州区民政局",
    date="2025-02-14", people=["谭静", "冉光明"],
    tags=["name_verb", "captions", "province_context", "html"]))
w5 = P(p, art(
    title="“红岩先锋”是什么",
    body=["近年来，重庆市委组织部在全市推进“红岩先锋”党建品牌建设，引导各领域党组织和党员传承红岩精神，在推动发展、服务群众中争做先锋。"],
    src=None, prov="重庆", ag="重庆市委组织部", date="2025-02-18",
    tags=["related_link", "html"]))
ext = ('<div class="ext-read"><h4>延伸阅读</h4><p class="ext-t"><strong>%s</strong></p><p>%s</p></div>'
       % (esc(w5["title"]), esc(w5["body"][0])))
p["html"] = html_article(p, w4, "2025-02-18 10:12", "来源：万州区民政局", "作者：谭静", 572,
                         ["万州区开展社会组织年检", "市民政局召开全市社会组织党建工作会议"], extra=ext)

# =====================================================================================
# 7. 贺兰山机关党建简报 (bulletin, 宁夏) — docx
# =====================================================================================
HL = "贺兰山机关党建简报"
NXT = "宁夏回族自治区民政厅"
DIST = ["报：自治区党委社会工作部，自治区直属机关工委", "送：厅领导", "发：厅机关各处室、各直属单位党组织"]

p = page(HL, "2023-03-15", "jianbao_2023_03.docx", "docx", "bulletin", "docx", False,
         ["bulletin_masthead", "contents_list", "distribution_lines"])
n1 = P(p, art(title="厅机关党委召开2023年机关党建工作会议",
              body=["3月10日，厅机关党委召开2023年机关党建工作会议，传达学习全区机关党建工作会议精神，部署全年重点任务。",
                    "会议强调，要以学习贯彻党的二十大精神为主线，持续深化模范机关创建，以高质量党建引领保障民政事业高质量发展。"],
              attr="（机关党委办公室）", src=NXT + "机关党委办公室", prov="宁夏", ag=NXT, date="2023-03-10",
              tags=["province_context", "docx"]))
n2 = P(p, art(title="社会救助处党支部：把党课讲到救助一线",
              body=["3月上旬，社会救助处党支部把支部党课搬到银川市兴庆区低保家庭走访现场，支部书记结合政策讲解讲授专题党课。",
                    "支部党员表示，要把“三会一课”同业务工作结合起来，让党建成果体现在群众满意度上。"],
              attr="（社会救助处党支部 杨慧）", src=NXT + "社会救助处党支部", prov="宁夏", ag=NXT,
              date="2023-03-01", people=["杨慧"], tags=["period_date", "province_context", "docx"]))
n3 = P(p, art(title="银川市民政局推进社会组织党建“百日攻坚”",
              body=["3月8日，银川市民政局启动社会组织党建“百日攻坚”行动，对全市未建立党组织的社会组织逐一排查，确保年内实现党的组织和工作“两个覆盖”。"],
              attr="（银川市民政局 马俊）", src="银川市民政局", prov="宁夏", ag="银川市民政局",
              date="2023-03-08", people=["马俊"], tags=["province_context", "docx"]))
p["docx"] = dict(masthead=[HL, "第3期", "宁夏回族自治区民政厅机关党委编　　　　2023年3月15日"],
                 contents=[a["title"] for a in (n1, n2, n3)], arts=[n1, n2, n3], dist=DIST,
                 breaks={})

p = page(HL, "2023-11-30", "jianbao_2023_12.docx", "docx", "bulletin", "docx", False,
         ["bulletin_masthead", "distribution_lines"])
n4 = P(p, art(title="以主题教育成果推动民政事业高质量发展|——厅党组理论学习中心组举行专题学习研讨",
              body=["11月27日，厅党组理论学习中心组举行第二批主题教育专题学习研讨，厅党组书记、厅长丁学武主持并讲话。",
                    "一、深化理论武装",
                    "中心组成员结合分管工作交流发言，大家一致认为，要坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。",
                    "二、狠抓整改落实",
                    "会议要求，要聚焦群众急难愁盼，对照调研发现的问题清单逐项整改，推动主题教育取得实实在在成效。"],
              attr="（厅机关党委 李娟）", src=NXT + "机关党委", prov="宁夏", ag=NXT, date="2023-11-27",
              people=["丁学武", "李娟"],
              tags=["subtitle", "subheadings", "multi_line_title", "province_context", "docx"]))
n5 = P(p, art(title="原州区民政局：党建+养老服务暖人心",
              body=["11月中旬，固原市原州区民政局机关党支部组织党员志愿者走进南关街道日间照料中心，开展“银发课堂”“健康义诊”等服务。",
                    "原州区民政局党支部书记海英说，要让老人们在家门口享受到贴心服务。"],
              attr="（固原市原州区民政局 海英）", src="固原市原州区民政局", prov="宁夏", ag="原州区民政局",
              date="2023-11-11", people=["海英"],
              tags=["period_date", "name_verb", "province_context", "docx"]))
p["docx"] = dict(masthead=[HL, "第12期", "宁夏回族自治区民政厅机关党委编　　　　2023年11月30日"],
                 contents=None, arts=[n4, n5], dist=DIST)

p = page(HL, "2024-06-28", "jianbao_2024_07.docx", "docx", "bulletin", "docx", False,
         ["bulletin_masthead", "contents_list", "distribution_lines", "briefs"])
n6 = P(p, art(title="厅党组召开党纪学习教育专题警示教育会",
              body=["6月14日下午，厅党组召开党纪学习教育专题警示教育会，组织观看警示教育片，通报典型案例。",
                    "会议要求，全厅党员干部要以案为鉴、以案促改，做到学纪、知纪、明纪、守纪。"],
              attr="（厅机关纪委）", src=NXT + "机关纪委", prov="宁夏", ag=NXT, date="2024-06-14",
              tags=["half_day_date", "province_context", "docx"]))
n7 = P(p, art(title=None,
              body=["6月21日，厅机关第一党支部与永宁县闽宁镇原隆村党支部开展结对共建活动，共同学习党纪知识，走访慰问困难群众。"],
              attr="（厅机关第一党支部）", src=NXT + "机关第一党支部", prov="宁夏", ag=NXT,
              date="2024-06-21", tags=["briefs", "title_none", "province_context", "docx"]))
n8 = P(p, art(title="养老服务处党支部开展党纪学习教育读书班",
              body=["6月中旬，养老服务处党支部组织党员集中学习《中国共产党纪律处分条例》，开展交流研讨。"],
              attr="（养老服务处党支部 马玉琴）", src=NXT + "养老服务处党支部", prov="宁夏", ag=NXT,
              date="2024-06-11", people=["马玉琴"],
              tags=["briefs", "period_date", "province_context", "docx"]))
n9 = P(p, art(title=None,
              body=["6月25日，石嘴山市大武口区民政局组织党员干部开展“七一”走访慰问，看望生活困难党员和老党员16名。"],
              attr="（大武口区民政局 王凤）", src="大武口区民政局", prov="宁夏", ag="大武口区民政局",
              date="2024-06-25", people=["王凤"],
              tags=["briefs", "title_none", "province_context", "docx"]))
n10 = P(p, art(title=None,
               body=["日前，自治区社会组织综合党委召开行业协会商会党建工作座谈会，听取12家行业协会商会党组织负责人意见建议。"],
               attr="（办公室）", src=NXT + "办公室", prov="宁夏", ag="宁夏回族自治区社会组织综合党委",
               date="2024-06-28", tags=["briefs", "title_none", "relative_date", "province_context", "docx"]))
p["docx"] = dict(masthead=[HL, "第7期", "宁夏回族自治区民政厅机关党委编　　　　2024年6月28日"],
                 contents=[n6["title"], "工作动态"], arts=[n6, "工作动态", n7, n8, n9, n10], dist=DIST)

p = page(HL, "2025-01-16", "jianbao_2025_01.docx", "docx", "bulletin", "docx", False,
         ["bulletin_masthead", "contents_list", "distribution_lines"])
n11 = P(p, art(title="厅机关党委召开2024年度党支部书记抓党建述职评议会",
               body=["12月27日，厅机关党委召开2024年度党支部书记抓基层党建工作述职评议会，12名党支部书记现场述职，厅党组书记、厅长作点评。"],
               attr="（机关党委办公室 张蕾）", src=NXT + "机关党委办公室", prov="宁夏", ag=NXT,
               date="2024-12-27", people=["张蕾"], tags=["year_boundary", "province_context", "docx"]))
n12 = P(p, art(title="中卫市民政局开展“冬季送温暖”党员志愿服务",
               body=["1月上旬，中卫市民政局组织党员志愿者深入沙坡头区、中宁县开展“冬季送温暖”活动，为困难群众送去米面油和御寒衣物。"],
               attr="（中卫市民政局 田园）", src="中卫市民政局", prov="宁夏", ag="中卫市民政局",
               date="2025-01-01", people=["田园"], tags=["period_date", "province_context", "docx"]))
n13 = P(p, art(title="社会事务处党支部开展岁末年初安全隐患排查",
               body=["岁末年初，社会事务处党支部组织党员深入殡葬服务机构、救助管理站开展安全隐患排查，发现并督促整改问题9个。"],
               attr="（社会事务处党支部 白雪）", src=NXT + "社会事务处党支部", prov="宁夏", ag=NXT,
               date="2025-01-16", people=["白雪"], tags=["relative_date", "province_context", "docx"]))
p["docx"] = dict(masthead=[HL, "第1期", "宁夏回族自治区民政厅机关党委编　　　　2025年1月16日"],
                 contents=[a["title"] for a in (n11, n12, n13)], arts=[n11, n12, n13], dist=DIST)


# =====================================================================================
# writing
# =====================================================================================
def write_docx(path, spec):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    m = spec["masthead"]
    h = d.add_paragraph()
    r = h.add_run(m[0])
    r.bold = True
    r.font.size = Pt(26)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = d.add_paragraph(m[1])
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(m[2])
    d.add_paragraph("━" * 20)
    if spec.get("contents"):
        d.add_paragraph("目　录")
        for t in spec["contents"]:
            d.add_paragraph(clean(t))
    for a in spec["arts"]:
        if isinstance(a, str):  # section heading
            x = d.add_paragraph()
            x.add_run("【%s】" % a).bold = True
            continue
        if a["title"]:
            x = d.add_paragraph()
            brief = "briefs" in a["phenomena"]
            if not brief:
                x.alignment = WD_ALIGN_PARAGRAPH.CENTER
            parts = a["title"].split("|")
            if brief:
                parts[0] = "◆ " + parts[0]
            for i, part in enumerate(parts):
                run = x.add_run(part)
                run.bold = True
                if i < len(parts) - 1:
                    run.add_break()
        for i, b in enumerate(a["body"]):
            text = b
            if not a["title"] and i == 0:
                text = "◆ " + text
            if i == len(a["body"]) - 1:
                text = text + a["attribution"]
            d.add_paragraph("\u3000\u3000" + clean(text))
    d.add_paragraph("━" * 20)
    for t in spec["dist"]:
        d.add_paragraph(t)
    d.add_paragraph("共印30份")
    d.save(path)


def main():
    truth = {}
    for p in PAGES:
        rel = "%s/%s/%s" % (p["pub"], p["date"], p["name"])
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tags = set(p["tags"])
        for a in p["arts"]:
            tags |= set(a["phenomena"])
        if p["kind"] == "docx":
            write_docx(path, p["docx"])
            tags.add("docx")
        else:
            text = p["html"] if p["kind"] == "html" else "\n".join(p["lines"]) + "\n"
            if p["crlf"]:
                text = text.replace("\n", "\r\n")
            enc = p["enc"]
            data = text.encode("gb18030" if enc == "gb18030" else enc)
            with open(path, "wb") as fh:
                fh.write(data)
            if enc == "gb18030":
                tags.add("gb18030")
            if enc == "utf-8-sig":
                tags.add("utf8_bom")
            if p["crlf"]:
                tags.add("crlf")
            if p["kind"] in ("html", "ocr"):
                tags.add(p["kind"])
        arts = []
        for a in p["arts"]:
            t = clean(a["title"])
            body = [clean(b) for b in a["body"]]
            arts.append(dict(title=t, body=body, attribution=clean(a["attribution"]),
                             source=a["source"], province=a["province"], agency=a["agency"],
                             date=a["date"], people=a["people"],
                             slogans=slogans_of(t, body), captions=[clean(c) for c in a["captions"]],
                             phenomena=sorted(set(a["phenomena"]))))
        truth[rel] = dict(encoding=p["enc"], crlf=p["crlf"], kind=p["kind"],
                          publication_kind=p["pkind"], phenomena=sorted(tags), articles=arts)
    with open(os.path.join(HERE, "truth-%s.json" % SETID), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print("pages", len(truth), "articles", sum(len(v["articles"]) for v in truth.values()))


if __name__ == "__main__":
    main()
