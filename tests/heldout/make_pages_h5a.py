"""Held-back truth pages, set h5a (batch h5).

Publications (7 x 4 pages = 28):
  兴安岭晨报     黑龙江  provincial (prefecture daily)  .txt   narrow columns (13 chars), datelines
                 本报讯（…）, kickers/——subtitles, title after article, pull quotes, 上接/下转, CRLF, BOM, GB18030.
  查干湖融媒     吉林    county media centre           OCR .txt  scans: 笫/]/l/O misreads, broken lines,
                 stray spaces, a title split by a blank line, briefs with ●, closing （通讯员 X）.
  辽东湾民政党建简报 辽宁 bulletin (营口市民政局机关党委) .docx  masthead, 目录, unit credits (办公室),
                 distribution lines 报/送/发, honour list, enumerations.
  敕勒川民政网   内蒙古  provincial portal              .html  article pages with breadcrumbs, info line
                 (来源/作者/发布时间/浏览次数), 相关链接; one GB18030; one list page with date stamps.
  党建纵横谈     national magazine                     .txt   top bylines 文/某某, 摘要/关键词, （作者系…）,
                 interview 记者：/X：, 本刊记者, editor's note, national bodies.
  千山晚报       辽宁    provincial (prefecture paper)  .txt   no blank lines between articles, 【X】 briefs,
                 double-spaced headlines, honour list, （据…）closings.
  额尔古纳融媒   内蒙古  county media centre           .txt   byline at top "融媒记者 A B", dot names
                 (Mongolian/Russian-style names broken across lines), ◆ briefs, year boundary (January issue).

Decisions beyond truth_conventions.md:
  * A double-spaced headline (社  区  之  窗) is given as its title without the padding spaces.
  * A dateline (本报讯（记者 X）) is the attribution; body[0] is the lead without it.
  * OCR misreads inside titles/body are kept in the truth as printed (the page is the truth).
  * A portal article page's source is its 来源 value; the portal's own name is "敕勒川民政网".
  * A top byline "融媒记者 A B" is the attribution and its source is the media centre (额尔古纳融媒).
  * Slogans are computed from the canonical list of DOMAIN.md (quoted forms kept quoted) plus quoted
    numbered formulations with 个/项/张, over title + body with whitespace removed.
  * A 【X】 brief whose bracket names a place or unit has X as title (round ten kind 2).
"""
import os, json, re, random
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(5)

CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
           "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
           "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风",
           "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NOT_SLOGAN = {"两张皮", "一张网"}


def slogans_of(text):
    t = re.sub(r"\s", "", text)
    out = []
    for s in CANON_Q:
        if s in t:
            out.append("“%s”" % s)
    for s in CANON_U:
        if s in t and not (s == "主题教育" and False):
            out.append(s)
    for m in re.finditer(r"“([一二三四五六七八九十两\d]+[个项张][^”“]{1,10})”", t):
        v = m.group(1)
        if v in CANON_Q or v in NOT_SLOGAN:
            continue
        q = "“%s”" % v
        if q not in out:
            out.append(q)
    return out


class A:
    atop = aend = ""

    def __init__(self, tl, body, attr="", apos="end", src=None, prov=None, ag=None, date=None, people=(),
                 caps=(), tags=(), tafter=False, pull=None, ctop=None, cend=None, title=None, mark=None, stamp=None):
        self.tl = tl; self.body = body; self.attr = attr; self.apos = apos; self.src = src; self.prov = prov
        self.ag = ag; self.date = date; self.people = list(people); self.caps = list(caps); self.tags = list(tags)
        self.tafter = tafter; self.pull = pull; self.ctop = ctop; self.cend = cend; self.mark = mark; self.stamp = stamp
        if title == "":
            self._title = None
        elif title is not None:
            self._title = title
        elif tl:
            self._title = "".join(x.replace(" ", "").replace("\u3000", "") for x in tl)
        else:
            self._title = None

    def truth(self):
        return {"title": self._title, "body": self.body, "attribution": self.attr, "source": self.src,
                "province": self.prov, "agency": self.ag, "date": self.date, "people": self.people,
                "slogans": slogans_of((self._title or "") + "".join(self.body)), "captions": self.caps,
                "phenomena": sorted(set(self.tags))}


def wrap(s, w, stray=False):
    if not w:
        return [s]
    out = []
    i = 0
    while i < len(s):
        out.append(s[i:i + w]); i += w
    if stray:
        out = [l[:3] + " " + l[3:] if len(l) > 6 and random.random() < 0.3 else l for l in out]
    return out


def render_text(blocks, w=None, blank=True, indent="", stray=False, capmark="", lead_sep=""):
    lines = []

    def para(s, ind=True):
        ws = wrap((indent if ind else "") + s, w, stray)
        lines.extend(ws)
        if blank:
            lines.append("")

    for b in blocks:
        if isinstance(b, str):
            lines.append(b)
            if blank:
                lines.append("")
            continue
        a = b
        if a.ctop:
            para(a.ctop, False)
        if a.tl and not a.tafter:
            for k, x in enumerate(a.tl):
                if a.mark and k == 0:
                    x = a.mark + x
                lines.extend(wrap(x, w + 4 if w else None) if len(x) > 30 and w else [x])
                if blank and "split_title" in a.tags:
                    lines.append("")
            if blank:
                lines.append("")
        if a.apos == "top":
            para(a.attr, False)
        if a.apos == "split":
            para(a.atop, False)
        for i, p in enumerate(a.body):
            if i == 0 and a.apos == "lead":
                p = a.attr + lead_sep + p
            if i == 0 and a.mark and not a.tl:
                p = a.mark + p
            para(p)
            if i == 0 and a.pull:
                para(a.pull, False)
        if a.cend:
            para(a.cend, False)
        if a.apos == "end":
            para(a.attr, False)
        if a.apos == "split":
            para(a.aend, False)
        for c in a.caps:
            para(capmark + c, False)
        if a.tl and a.tafter:
            for x in a.tl:
                lines.append(x)
            if blank:
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


PAGES = []  # (relpath, kind, enc, crlf, pkind, page_tags, blocks, content_fn)


def add(pub, date, page, kind, enc, crlf, pkind, ptags, blocks, render):
    ext = {"text": "txt", "ocr": "txt", "html": "html", "docx": "docx"}[kind]
    PAGES.append(dict(path="%s/%s/%s.%s" % (pub, date, page, ext), kind=kind, enc=enc, crlf=crlf, pkind=pkind,
                      ptags=ptags, blocks=blocks, render=render))


# ---------------------------------------------------------------- 兴安岭晨报 (黑龙江)
P = "兴安岭晨报"
def xal(blocks):
    return render_text(blocks, w=13, blank=True, stray=False, capmark="")

d = "2024-06-18"
add(P, d, "01", "text", "utf-8", True, "provincial", ["crlf", "pull_quote"], [
    "兴安岭晨报　2024年6月18日　星期二　第1版",
    "要闻",
    A(["凝心聚力强堡垒", "大兴安岭地区民政局推进“四强”党支部创建", "——以党建引领赋能民生服务"],
      ["6月14日，大兴安岭地区民政局召开机关党建工作推进会，部署“四强”党支部创建工作。地区民政局党组书记、局长于洪涛出席会议并讲话。",
       "会议要求，要把习近平新时代中国特色社会主义思想作为“第一议题”学习的核心内容，严格落实“三会一课”制度，推动机关党建和业务工作深度融合。",
       "会上，4个基层党支部书记作了交流发言。会议还通报了上半年清廉机关建设情况。"],
      "本报讯（记者 刘雪梅 通讯员 孟庆阳）", "lead", "兴安岭晨报", "黑龙江", "大兴安岭地区民政局", "2024-06-14",
      ["于洪涛", "刘雪梅", "孟庆阳"], ["图为推进会现场。（记者 刘雪梅 摄）"],
      ["kicker", "subtitle", "dateline", "captions", "multi_line_title", "province_context"],
      pull="把机关党建和业务工作深度融合", cend="（下转第3版）"),
    A(["加格达奇区社会组织", "综合党委开展主题党日活动"],
      ["日前，加格达奇区社会组织综合党委组织辖区20余家社会组织党员赴鄂伦春民族乡开展“党员进村屯”主题党日活动，为群众送去米面油等生活物资。",
       "活动中，党员们与村民座谈，了解困难群众生活需求，现场登记帮扶诉求15条。"],
      "本报讯（通讯员 王静怡）", "lead", "兴安岭晨报", "黑龙江", "加格达奇区社会组织综合党委", "2024-06-18",
      ["王静怡"], [], ["dateline", "relative_date", "multi_line_title"]),
    "本版责编：孙立新　美编：赵晨",
], xal)

add(P, d, "03", "text", "utf-8", True, "provincial", ["crlf"], [
    "2024年6月18日　星期二　第3版　党建周刊",
    A(None,
      ["会议强调，各级党组织要坚持以学铸魂、以学增智、以学正风、以学促干，把学习成果转化为解决群众急难愁盼问题的实际行动。",
       "会议还对下半年重点工作作出安排，要求各支部结合“两项补贴”发放、低保扩围增效等工作，开展党员示范岗评选。"],
      "", "none", "兴安岭晨报", "黑龙江", "大兴安岭地区民政局", "2024-06-14", [], [], ["continued", "title_none"],
      ctop="（上接第1版）"),
    A(["漠河市：党员“点单”服务暖民心"],
      ["6月上旬，漠河市民政局组织机关党员深入北极镇、图强镇，为独居老人上门提供助浴、理发、代购等服务。",
       "截至目前，全市共有126名党员认领“微心愿”310个，办结率达96%。",
       "漠河市民政局局长邢志刚表示，将把“点单”服务延伸到每一个社区。"],
      "（据漠河市民政局）", "end", "漠河市民政局", "黑龙江", "漠河市民政局", "2024-06-01",
      ["邢志刚"], [], ["period_date", "name_verb"]),
    A(["林区养老服务有了“红色管家”"],
      ["今年以来，塔河县民政局探索“支部+养老机构”结对共建模式，6个机关党支部分别联系全县6家养老机构。",
       "一是定期开展安全隐患排查，二是帮助机构规范财务管理，三是组织党员志愿者开展陪伴服务。"],
      "（通讯员 郭振华）", "end", None, "黑龙江", "塔河县民政局", "2024-06-18", ["郭振华"], [],
      ["enumeration", "relative_date", "title_after"], tafter=True),
], xal)

d = "2025-01-07"
add(P, d, "01", "text", "utf-8-sig", False, "provincial", ["utf8_bom"], [
    "兴安岭晨报",
    "2025年1月7日　星期二　第1版",
    A(["地区民政系统召开", "2024年度机关党建述职评议会"],
      ["12月30日，大兴安岭地区民政局召开2024年度机关党建工作述职评议会，各党支部书记逐一述职，接受现场评议。",
       "会议指出，一年来，全系统以党的二十大精神为引领，深入贯彻中央八项规定精神，推动全面从严治党向纵深发展。",
       "地区民政局党组成员、副局长陈立群主持会议。"],
      "本报加格达奇1月6日电（记者 刘雪梅）", "lead", "兴安岭晨报", "黑龙江", "大兴安岭地区民政局", "2024-12-30",
      ["陈立群", "刘雪梅"], [], ["dateline", "year_boundary", "multi_line_title"]),
    "党建·基层",
    A(["呼中区福利院", "党支部获评“过硬支部”"],
      ["近日，呼中区福利院党支部获评全区“过硬支部”。该支部坚持“支部建在服务线上”，推行党员包保老人制度，全年开展志愿服务80余次。"],
      "（呼中区民政局供稿）", "end", "呼中区民政局", "黑龙江", "呼中区福利院", "2025-01-07", [], [],
      ["relative_date", "column_label"]),
], xal)

add(P, d, "02", "text", "gb18030", True, "provincial", ["gb18030", "crlf"], [
    "第2版　2025年1月7日　综合新闻",
    "编者按：岁末年初，全区民政系统党员干部走进林场社区，把温暖送到困难群众身边。本版今起推出系列报道。",
    A(["寒冬送暖进林场"],
      ["1月3日上午，新林区民政局机关党支部党员带着棉衣、米面，走进翠岗林场困难职工家中。",
       "“有党组织惦记着，这个冬天不冷。”68岁的林场退休职工张福贵说。",
       "据了解，新林区今冬共走访慰问困难群众420户，发放临时救助资金36万元。"],
      "本报记者 赵振宇", "top", "兴安岭晨报", "黑龙江", "新林区民政局", "2025-01-03",
      ["张福贵", "赵振宇"], ["图为党员为老人送去棉衣。（赵振宇 摄）"],
      ["byline_top", "half_day_date", "captions"]),
    A(["社会组织党建工作", "“三张清单”管理落地见效"],
      ["去年12月中旬，大兴安岭地区社会组织党委推行党建工作“三张清单”管理，明确责任清单、任务清单、问题清单。",
       "目前，全区86家社会组织已全部完成清单建立，党的组织和工作实现“两个覆盖”。"],
      "（据大兴安岭地区民政局）", "end", "大兴安岭地区民政局", "黑龙江", "大兴安岭地区社会组织党委", "2024-12-11",
      [], [], ["period_date", "year_boundary"]),
    "责任编辑：孙立新",
], xal)

# ---------------------------------------------------------------- 查干湖融媒 (吉林, OCR)
P = "查干湖融媒"
def cgh(blocks):
    return render_text(blocks, w=17, blank=True, stray=True)

d = "2023-09-12"
add(P, d, "p1", "ocr", "utf-8", False, "county", ["ocr", "stray_spaces"], [
    "查干湖融媒  2O23年9月l2日  笫1版",
    A(["前郭县民政局党组", "", "召开专题民主生活会"],
      ["9月8日，前郭县民政局党组召开主题教育专题民主生活会。县委第三巡回指导组组长李红光到会指导。",
       "会上，局党组书记、局长白玉峰代表领导班子作对照检查，班子成员逐一开展批评和自我批评。",
       "会议要求，要以笫二批主题教育为契机，坚决做到“两个维护”，推动民政事业高质量发展。"],
      "（通讯员 包乌云）", "end", None, "吉林", "前郭县民政局", "2023-09-08",
      ["李红光", "白玉峰", "包乌云"], [], ["ocr", "split_title", "stray_spaces", "multi_line_title"],
      title=None),
    A(["查干湖镇：“红色网格”护民安"],
      ["今年以来，查干湖镇党委将全镇划分为3l个网格，选派党员担任网格长，每周走访低保户、特困户。",
       "镇党委书记敖登格日勒说，网格员就是群众身边的“办事员”。"],
      "（通讯员 于海洋）", "end", None, "吉林", "查干湖镇党委", "2023-09-12",
      ["敖登格日勒", "于海洋"], [], ["relative_date", "name_verb", "ocr"]),
    "本版编辑  韩冬",
], cgh)
PAGES[-1]["blocks"][1]._title = "前郭县民政局党组召开专题民主生活会"

add(P, d, "p2", "ocr", "utf-8", True, "county", ["ocr", "crlf", "stray_spaces"], [
    "2O23年9月l2日  笫2版  民生·基层",
    A(None,
      ["9月6日，县民政局在长山镇开展“社会组织进社区”活动，l2家社会组织党员志愿者参与。"],
      "（通讯员 包乌云）", "end", None, "吉林", "前郭县民政局", "2023-09-06", ["包乌云"], [],
      ["briefs", "title_none", "ocr"], mark="● "),
    A(["王府站镇建成", "养老服务站"],
      ["日前，王府站镇养老服务站建成投用，可提供日间照料床位2O张。"],
      "", "none", None, "吉林", "王府站镇", "2023-09-12", [], [], ["briefs", "relative_date", "ocr"], mark="● "),
    A(None,
      ["9月上旬，县社会组织综合党委举办党务干部培训班，6O余人参加。"],
      "", "none", None, "吉林", "前郭县社会组织综合党委", "2023-09-01", [], [],
      ["briefs", "title_none", "period_date", "ocr"], mark="● "),
    A(["深化“三级联动”", "推进模范机关建设"],
      ["9月7日，县委县直机关工委在县民政局召开现场会，推广“三级联动”工作经验，县直各部门机关党委书记参加会议。"],
      "（供稿：县委县直机关工委）", "end", "前郭县委县直机关工委", "吉林", "前郭县委县直机关工委", "2023-09-07", [], [],
      ["briefs", "ocr"], mark="● "),
], cgh)

d = "2024-03-05"
add(P, d, "p1", "ocr", "gb18030", False, "county", ["ocr", "gb18030", "stray_spaces"], [
    "查干湖融媒  2O24年3月5日  星期二  笫l版",
    A(["两会精神进社区"],
      ["3月4日下午，县民政局党员干部深入乌兰图嘎镇，向社区群众宣讲全国两会精神和党的二十大精神。",
       "宣讲团成员、县民政局副局长斯琴高娃表示，要用群众听得懂的语言把政策讲透。"],
      "融媒体记者  王  欢", "top", "查干湖融媒", "吉林", "前郭县民政局", "2024-03-04",
      ["斯琴高娃", "王欢"], ["图为宣讲现场。（王欢 摄）"], ["byline_top", "half_day_date", "name_verb", "captions", "ocr"]),
    A(["县社会组织综合党委", "开展“双报到”"],
      ["2月下旬，县社会组织综合党委组织35名党员到居住地社区报到，认领服务岗位4O个。"],
      "（通讯员 于海洋）", "end", None, "吉林", "前郭县社会组织综合党委", "2024-02-21", ["于海洋"], [],
      ["period_date", "ocr"]),
], cgh)
PAGES[-1]["blocks"][1].attr = "融媒体记者  王  欢"

add(P, d, "p4", "ocr", "utf-8", False, "county", ["ocr", "stray_spaces"], [
    "笫4版  2O24年3月5日",
    A(["“巾帼”党员撑起为民服务半边天"],
      ["在前郭县民政局，女党员占党员总数的一半以上。2O23年以来，她们牵头成立“巾帼红”志愿服务队，服务困难妇女儿童l2OO余人次。",
       "县民政局机关党支部书记娜仁其其格说，这支队伍已经成为支部的一张名片。"],
      "（前郭县民政局供稿）", "end", "前郭县民政局", "吉林", "前郭县民政局", "2024-03-05",
      ["娜仁其其格"], [], ["name_verb", "ocr"]),
    A(["深扎村屯的“老兵”书记"],
      ["深井子镇民政办党员刘国栋从事基层民政工作28年，走遍全镇l6个村。",
       "“群众的事再小也是大事。”刘国栋说。"],
      "融媒体记者 韩冬", "top", "查干湖融媒", "吉林", "深井子镇", "2024-03-05", ["刘国栋", "韩冬"], [],
      ["byline_top", "name_verb", "ocr"]),
    "查干湖融媒  投稿邮箱  qgh@xxx.cn",
], cgh)

# ---------------------------------------------------------------- 辽东湾民政党建简报 (辽宁, docx)
P = "辽东湾民政党建简报"
MAST = lambda n, dt: ["辽东湾民政党建简报", "第%s期" % n, "营口市民政局机关党委　　　　%s" % dt]
DIST = ["报：市委市直机关工委", "送：省民政厅机关党委", "发：局机关各党支部，各县（市）区民政局"]

d = "2023-07-10"
add(P, d, "jb07", "docx", "docx", False, "bulletin", ["docx", "bulletin_masthead", "distribution_lines", "contents_list"], [
    *MAST(7, "2023年7月10日"),
    "目　录",
    "局党组召开主题教育读书班结业会",
    "市民政局“七一”表彰名单",
    A(["局党组召开主题教育读书班结业会"],
      ["7月5日，局党组召开主题教育读书班结业会。局党组书记、局长曲振东作总结讲话。",
       "会议指出，读书班坚持学思想、强党性、重实践、建新功，做到了以学铸魂、以学增智。",
       "会议要求：一要持续深化理论学习；二要聚焦民生短板开展调研；三要以案促改，持续纠治“四风”。"],
      "（办公室）", "end", "营口市民政局办公室", "辽宁", "营口市民政局", "2023-07-05", ["曲振东"], [],
      ["enumeration"]),
    A(["市民政局“七一”表彰名单"],
      ["一、优秀共产党员（5名）", "社会救助科　孙　娟、养老服务科　李建新、儿童福利院　周　敏、殡葬管理所　韩立伟、社会组织管理局　刘　畅",
       "二、优秀党务工作者（2名）", "机关第一党支部　郑晓红、市救助管理站党支部　高　峰"],
      "（局机关党委）", "end", "营口市民政局机关党委", "辽宁", "营口市民政局", "2023-07-01",
      ["孙娟", "李建新", "周敏", "韩立伟", "刘畅", "郑晓红", "高峰"], [], ["honour_list"]),
    *DIST,
], "docx")

add(P, "2023-08-15", "jb08", "docx", "docx", False, "bulletin", ["docx", "bulletin_masthead", "distribution_lines"], [
    *MAST(8, "2023年8月15日"),
    A(["鲅鱼圈区民政局", "开展“支部联建”活动"],
      ["8月上旬，鲅鱼圈区民政局党支部与熊岳镇望儿山村党支部开展联建，签订共建协议，确定“三项行动”清单。"],
      "（鲅鱼圈区民政局 马丽娜）", "end", "鲅鱼圈区民政局", "辽宁", "鲅鱼圈区民政局", "2023-08-01", ["马丽娜"], [],
      ["period_date"]),
    A(["社会救助科党支部", "开展“走流程”体验"],
      ["8月10日，社会救助科党支部党员到盖州市民政服务大厅“走流程”，查找低保申请环节堵点问题6个。"],
      "（社会救助科党支部 田野）", "end", "营口市民政局社会救助科党支部", "辽宁", "营口市民政局", "2023-08-10", ["田野"], []),
    A(["老边区民政局党支部", "与社区结对"],
      ["近日，老边区民政局机关党支部与柳树镇社区党委结对，组织党员开展助老服务。"],
      "（老边区民政局）", "end", "老边区民政局", "辽宁", "老边区民政局", "2023-08-15", [], [], ["relative_date"]),
    *DIST,
], "docx")

d = "2024-11-20"
add(P, d, "jb11", "docx", "docx", False, "bulletin", ["docx", "bulletin_masthead", "distribution_lines"], [
    *MAST(11, "2024年11月20日"),
    A(["局党组理论学习中心组", "专题学习二十届三中全会精神"],
      ["11月14日，局党组理论学习中心组专题学习二十届三中全会精神。",
       "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”，以改革精神推动民政工作。"],
      "（办公室 宋佳琪）", "end", "营口市民政局办公室", "辽宁", "营口市民政局", "2024-11-14", ["宋佳琪"], []),
    A(["大石桥市民政局", "推进清廉机关建设"],
      ["今年以来，大石桥市民政局制定清廉机关建设实施方案，开展廉政谈话42人次，排查廉政风险点17个。"],
      "（大石桥市民政局 程卫东）", "end", "大石桥市民政局", "辽宁", "大石桥市民政局", "2024-11-20", ["程卫东"], [],
      ["relative_date"]),
    *DIST,
], "docx")

add(P, "2024-11-28", "jb12", "docx", "docx", False, "bulletin", ["docx", "bulletin_masthead", "distribution_lines", "contents_list"], [
    *MAST(12, "2024年11月28日"),
    "本期目录",
    "市民政局召开党建工作推进会",
    "站前区民政局开展警示教育",
    A(["市民政局召开党建工作推进会"],
      ["11月26日，市民政局召开党建工作推进会。局党组成员、副局长邵明辉主持会议。",
       "（一）总结前三季度党建工作", "各党支部书记逐一汇报了“三会一课”、主题党日开展情况。",
       "（二）部署年底前重点任务", "会议要求，围绕党建引领社会组织高质量发展，抓好年度述职评议准备。"],
      "（局机关党委办公室）", "end", "营口市民政局机关党委办公室", "辽宁", "营口市民政局", "2024-11-26", ["邵明辉"], [],
      ["subheadings", "enumeration"]),
    A(["站前区民政局开展警示教育"],
      ["11月22日，站前区民政局组织党员干部观看警示教育片，重温入党誓词。"],
      "（站前区民政局）", "end", "站前区民政局", "辽宁", "站前区民政局", "2024-11-22", [], []),
    *DIST,
], "docx")

# ---------------------------------------------------------------- 敕勒川民政网 (内蒙古, html)
P = "敕勒川民政网"
PORTAL = "敕勒川民政网"

d = "2024-05-22"
add(P, d, "art_0522", "html", "utf-8", False, "provincial", ["html", "related_link"], [
    A(["自治区民政厅机关党委开展“北疆先锋”示范创建"],
      ["5月20日，内蒙古自治区民政厅机关党委召开“北疆先锋”示范党支部创建推进会。",
       "会议要求，各支部要对标“六个必须坚持”，把创建工作与模范机关建设结合起来。",
       "厅机关党委专职副书记哈斯巴根指出，要推动支部建设全面进步、全面过硬。"],
      "来源：内蒙古自治区民政厅　作者：其木格", "info", "内蒙古自治区民政厅", "内蒙古", "内蒙古自治区民政厅", "2024-05-20",
      ["哈斯巴根", "其木格"], [], ["name_verb"]),
], "html_art")
PAGES[-1]["related"] = ["全区民政系统党建工作会议召开", "包头市民政局开展主题党日活动"]
PAGES[-1]["info_date"] = "2024-05-22 09:30"

add(P, d, "art_0522b", "html", "gb18030", False, "provincial", ["html", "gb18030"], [
    A(["呼和浩特市社会组织党建", "“两个覆盖”质量持续提升"],
      ["近日，记者从呼和浩特市民政局获悉，全市社会组织党的组织覆盖率和工作覆盖率分别达到82%和100%。",
       "市社会组织综合党委副书记王浩然介绍，今年将重点抓好行业协会商会党建。"],
      "来源：呼和浩特市民政局", "info", "呼和浩特市民政局", "内蒙古", "呼和浩特市民政局", "2024-05-22",
      ["王浩然"], ["图为社会组织党员志愿服务活动现场。（阿拉腾 摄）"], ["relative_date", "captions"]),
], "html_art")
PAGES[-1]["info_date"] = "2024-05-22 15:02"
PAGES[-1]["blocks"][0].people.append("阿拉腾")

d = "2025-03-31"
add(P, d, "list_1", "html", "utf-8", False, "provincial", ["html", "briefs"], [
    A(["鄂尔多斯市民政局开展学雷锋志愿服务"],
      ["3月5日，鄂尔多斯市民政局组织党员干部到康巴什区社区开展学雷锋志愿服务。"],
      "", "none", PORTAL, "内蒙古", "鄂尔多斯市民政局", "2025-03-05", [], [], ["briefs"], stamp="2025-03-06"),
    A(["赤峰市社会组织综合党委召开年度工作会"],
      ["近日，赤峰市社会组织综合党委召开2025年度工作会议，部署党建引领社会组织发展工作。"],
      "", "none", PORTAL, "内蒙古", "赤峰市社会组织综合党委", "2025-03-18", [], [], ["briefs", "relative_date"], stamp="2025-03-18"),
    A(["通辽市民政局党组传达学习全国两会精神"],
      ["3月12日，通辽市民政局党组召开会议，传达学习全国两会精神。"],
      "", "none", PORTAL, "内蒙古", "通辽市民政局", "2025-03-12", [], [], ["briefs"], stamp="2025-03-13"),
    A(["巴彦淖尔市民政局推进清廉机关建设"],
      ["今年以来，巴彦淖尔市民政局以清廉机关建设为抓手，开展廉政风险排查。"],
      "", "none", PORTAL, "内蒙古", "巴彦淖尔市民政局", "2025-03-27", [], [], ["briefs", "relative_date"], stamp="2025-03-27"),
], "html_list")

add(P, d, "art_0331", "html", "utf-8", False, "provincial", ["html", "related_link"], [
    A(["乌兰察布市民政局：", "“红色驿站”服务零距离"],
      ["3月下旬，乌兰察布市民政局在集宁区建成首批5个“红色驿站”，为快递员、网约车司机等新就业群体提供休憩服务。",
       "市民政局党组书记赵铁军说，驿站由社区党组织运营，党员志愿者轮流值守。"],
      "来源：本网　作者：", "info", PORTAL, "内蒙古", "乌兰察布市民政局", "2025-03-21", ["赵铁军"], [],
      ["period_date", "name_verb"]),
], "html_art")
PAGES[-1]["blocks"][0].attr = "来源：本网"
PAGES[-1]["related"] = ["全区新就业群体党建工作推进会召开"]
PAGES[-1]["info_date"] = "2025-03-31 10:12"
PAGES[-1]["raw_info"] = "来源：本网　作者："

# ---------------------------------------------------------------- 党建纵横谈 (national magazine)
P = "党建纵横谈"
def djz(blocks):
    return render_text(blocks, w=None, blank=True, indent="　　")

d = "2023-11-01"
add(P, d, "p12", "text", "utf-8", False, "magazine", ["column_label"], [
    "党建纵横谈　2023年第11期",
    "理论视点",
    A(["以高质量党建推动社会组织健康发展"],
      ["摘要：社会组织是党联系群众的重要纽带。以党建引领社会组织发展，关键在于实现党的组织和工作“两个覆盖”。",
       "关键词：社会组织；党建引领；两个覆盖",
       "一、把握社会组织党建的基本规律",
       "社会组织类型多样、人员流动性大，党建工作必须坚持分类指导，避免党建与业务“两张皮”。",
       "二、提升党组织政治功能和组织功能",
       "要深刻把握“两个结合”的理论意义，推动党的创新理论进入社会组织、融入业务发展。"],
      "文/周志远（作者系中央党校（国家行政学院）党建部副教授）", "split", None, None, None, "2023-11-01",
      ["周志远"], [], ["byline_top", "subheadings", "enumeration"]),
], djz)
PAGES[-1]["blocks"][2].atop = "文/周志远"
PAGES[-1]["blocks"][2].aend = "（作者系中央党校（国家行政学院）党建部副教授）"

add(P, d, "p20", "text", "utf-8-sig", True, "magazine", ["utf8_bom", "crlf"], [
    "党建纵横谈　2023年第11期",
    "本刊专访",
    A(["让党旗在公益一线高高飘扬", "——访民政部社会组织管理局有关负责人"],
      ["记者：近年来社会组织党建工作取得了哪些进展？",
       "负责人：全国性社会组织基本实现党组织应建尽建，“三会一课”等制度不断规范。",
       "记者：下一步的重点是什么？",
       "负责人：我们将以主题教育为契机，推动社会组织党建提质增效，更好服务高质量发展。"],
      "本刊记者　林晓岚", "top", "党建纵横谈", None, "民政部社会组织管理局", "2023-11-01", ["林晓岚"], [],
      ["interview", "subtitle", "byline_top", "national_body", "multi_line_title"]),
    "“推动社会组织党建提质增效，更好服务高质量发展。”",
    A(["延伸阅读"], ["全国性社会组织党委成立于2018年，负责全国性社会组织党的建设工作。"],
      "", "none", None, None, "全国性社会组织党委", "2023-11-01", [], [], ["related_link", "title_none", "national_body"],
      title=""),
], djz)
PAGES[-1]["ptags_extra"] = ["pull_quote"]

d = "2025-06-01"
add(P, d, "p08", "text", "gb18030", False, "magazine", ["gb18030"], [
    "党建纵横谈　2025年第6期　P8",
    A(["深入贯彻中央八项规定精神学习教育", "中央和国家机关工委作出部署"],
      ["5月下旬，中央和国家机关工委召开会议，对深入贯彻中央八项规定精神学习教育作出部署。",
       "会议强调，要坚持学查改一体推进，以作风建设新成效推动全面从严治党向纵深发展。"],
      "本刊编辑部", "end", "党建纵横谈", None, "中央和国家机关工委", "2025-05-21", [], [],
      ["period_date", "national_body", "multi_line_title"]),
    A(["“小切口”里的大党建"],
      ["在基层采访时，我们常听到这样的话：党建工作做实了就是生产力。社区里的一张议事桌、一条微信群，都可以成为凝聚群众的阵地。",
       "抓党建不能只看台账，更要看群众的获得感。"],
      "本刊评论员", "top", "党建纵横谈", None, None, "2025-06-01", [], [], ["byline_top"]),
], djz)

add(P, d, "p30", "text", "utf-8", False, "magazine", [], [
    "基层来信",
    A(["我们村的“红色议事厅”"],
      ["我是一名村党支部书记。去年，在乡镇党委指导下，我们把村部闲置房改成了“红色议事厅”，村里大事小情都拿到这里商量。",
       "一年来，议事厅议定事项32件，群众满意度明显提升。"],
      "", "none", None, None, None, "2025-06-01", ["阿不都热合曼·吐尔逊"], [], ["dot_name"]),
    "（新疆和田县 阿不都热合曼·\n吐尔逊）",
    "党建纵横谈　2025年第6期　30",
], djz)
PAGES[-1]["blocks"][1].attr = "（新疆和田县 阿不都热合曼·吐尔逊）"
PAGES[-1]["blocks"][1].prov = "新疆"


# ---------------------------------------------------------------- 千山晚报 (辽宁)
P = "千山晚报"
def qsw(blocks):
    return render_text(blocks, w=16, blank=False, stray=False, lead_sep="")

d = "2023-04-26"
add(P, d, "A05", "text", "utf-8", False, "provincial", ["no_blank_lines", "column_label"], [
    "千山晚报　2023年4月26日　A05　城事·民生",
    "社区之窗",
    A(["楼  道  亮  了"],
      ["4月24日，鞍山市铁东区民政局组织机关党员走进湖南街道，开展“我为群众办实事”活动，帮助居民解决楼道照明等问题9件。",
       "铁东区民政局局长冯国庆说，要把主题教育成果落实到群众家门口。"],
      "（据铁东区民政局）", "end", "铁东区民政局", "辽宁", "铁东区民政局", "2023-04-24", ["冯国庆"], [],
      ["double_spaced", "name_verb", "no_blank_lines"]),
    A(["立山区民政局党支部", "推行“周三课堂”"],
      ["今年以来，立山区民政局机关党支部每周三开设“周三课堂”，组织党员学习习近平新时代中国特色社会主义思想和民政业务知识。"],
      "（通讯员 汤晓光）", "end", None, "辽宁", "立山区民政局", "2023-04-26", ["汤晓光"], [],
      ["relative_date", "no_blank_lines"]),
    A(["【千山区】"], ["4月20日，千山区民政局组织社会组织负责人开展党建培训，40余人参加。"],
      "", "none", None, "辽宁", "千山区民政局", "2023-04-20", [], [], ["briefs", "no_blank_lines"], title="千山区"),
    A(["【海城市】"], ["近日，海城市民政局成立“银发先锋”志愿服务队。"],
      "", "none", None, "辽宁", "海城市民政局", "2023-04-26", [], [], ["briefs", "relative_date", "no_blank_lines"], title="海城市"),
], qsw)

add(P, d, "A06", "text", "gb18030", True, "provincial", ["no_blank_lines", "gb18030", "crlf"], [
    "A06　2023年4月26日　星期三　千山晚报",
    A(["“最美民政人”名单公布"],
      ["日前，鞍山市民政局公布2022年度“最美民政人”名单，10人获此殊荣。",
       "名单如下：",
       "铁东区民政局　柏　杨、铁西区民政局　宁海燕、立山区民政局　乌日娜、台安县民政局　吴　迪、岫岩县民政局　付红梅",
       "市儿童福利院　沈　洁、市救助管理站　鲁大为、市社会福利院　陶晶晶、千山区民政局　罗　伟、海城市民政局　白　雪"],
      "（据鞍山市民政局）", "end", "鞍山市民政局", "辽宁", "鞍山市民政局", "2023-04-26",
      ["柏杨", "宁海燕", "乌日娜", "吴迪", "付红梅", "沈洁", "鲁大为", "陶晶晶", "罗伟", "白雪"], [],
      ["honour_list", "relative_date", "no_blank_lines"]),
    A(["岫岩县民政局党员", "进山村送政策"],
      ["4月21日上午，岫岩县民政局党员干部到偏岭镇、石庙子镇宣讲社会救助政策，发放宣传册800份。"],
      "本报记者 单立新", "top", "千山晚报", "辽宁", "岫岩县民政局", "2023-04-21", ["单立新"], [],
      ["byline_top", "half_day_date", "no_blank_lines"]),
], qsw)

d = "2024-10-09"
add(P, d, "A04", "text", "utf-8", False, "provincial", ["no_blank_lines"], [
    "千山晚报　2024年10月9日　A04",
    A(["台安县：社会组织", "党建指导员全覆盖"],
      ["9月下旬，台安县民政局向全县63家社会组织选派党建指导员，实现“两个覆盖”。",
       "据介绍，指导员每月至少到联系组织开展一次指导服务。"],
      "本报讯（通讯员 周亚楠）", "lead", "千山晚报", "辽宁", "台安县民政局", "2024-09-21", ["周亚楠"], [],
      ["dateline", "period_date", "no_blank_lines"]),
    A(["铁西区民政局党支部开展主题党日"],
      ["10月8日，铁西区民政局机关党支部开展主题党日活动，党员们重温入党誓词，交流“两学一做”学习体会。"],
      "本报讯（记者 单立新）", "lead", "千山晚报", "辽宁", "铁西区民政局", "2024-10-08", ["单立新"], [],
      ["dateline", "no_blank_lines"]),
    "责编 许明远　校对 王丹",
], qsw)

add(P, d, "A05", "text", "utf-8-sig", False, "provincial", ["no_blank_lines", "utf8_bom", "column_label"], [
    "千山晚报　A05　2024.10.09",
    "城事·民生",
    A(["金秋助学", "温暖寒门学子"],
      ["9月29日，鞍山市民政局联合市慈善总会举行金秋助学金发放仪式，为120名困难家庭学生发放助学金。",
       "受助学生代表、鞍山师范学院学生依力哈木·买买提说，会把这份温暖传递下去。"],
      "本报记者 许明远", "top", "千山晚报", "辽宁", "鞍山市民政局", "2024-09-29", ["依力哈木·买买提", "许明远"],
      ["图为助学金发放现场。（许明远 摄）"], ["byline_top", "dot_name", "name_verb", "captions", "no_blank_lines"]),
    A(["【铁东区】"], ["10月8日，铁东区民政局召开养老服务机构党建工作会。"],
      "", "none", None, "辽宁", "铁东区民政局", "2024-10-08", [], [], ["briefs", "no_blank_lines"], title="铁东区"),
], qsw)

# ---------------------------------------------------------------- 额尔古纳融媒 (内蒙古)
P = "额尔古纳融媒"
def eeg(blocks):
    return render_text(blocks, w=15, blank=True, stray=True, indent="  ")

d = "2024-01-16"
add(P, d, "1", "text", "utf-8", True, "county", ["crlf", "stray_spaces"], [
    "额尔古纳融媒　2024年1月16日　第1版",
    A(["市民政局召开", "2023年度党建述职会"],
      ["12月28日，额尔古纳市民政局召开2023年度党支部书记抓基层党建述职评议会。",
       "市民政局党组书记、局长巴特尔·朝鲁说，要把主题教育成果转化为推动民政工作的强大动力。"],
      "融媒记者 娜日苏 宋宇航", "top", "额尔古纳融媒", "内蒙古", "额尔古纳市民政局", "2023-12-28",
      ["巴特尔·朝鲁", "娜日苏", "宋宇航"], [], ["byline_top", "year_boundary", "dot_name", "name_verb", "multi_line_title", "stray_spaces"]),
    A(["恩和俄罗斯族民族乡", "开展冬季走访慰问"],
      ["1月12日，恩和俄罗斯族民族乡党委组织党员干部走访慰问困难群众，为12户家庭送去取暖煤。",
       "村民瓦莲京娜·伊万诺娃高兴地说，今年冬天一点也不冷。"],
      "（通讯员 孙海涛）", "end", None, "内蒙古", "恩和俄罗斯族民族乡党委", "2024-01-12",
      ["瓦莲京娜·伊万诺娃", "孙海涛"], [], ["dot_name", "stray_spaces"]),
], eeg)

add(P, d, "2", "text", "utf-8", False, "county", ["stray_spaces"], [
    "第2版　综合",
    A(None, ["1月10日，市民政局开展社会组织年检培训，全市23家社会组织参加。"],
      "", "none", None, "内蒙古", "额尔古纳市民政局", "2024-01-10", [], [], ["briefs", "title_none", "stray_spaces"], mark="◆ "),
    A(["黑山头镇党委召开", "民主生活会"], ["近日，黑山头镇党委召开2023年度民主生活会。"],
      "", "none", None, "内蒙古", "黑山头镇党委", "2024-01-16", [], [], ["briefs", "relative_date", "stray_spaces"], mark="◆ "),
    A(None, ["去年12月下旬，市民政局为城乡低保对象发放一次性生活补贴38万元。"],
      "（通讯员 孙海涛）", "end", None, "内蒙古", "额尔古纳市民政局", "2023-12-21", ["孙海涛"], [],
      ["briefs", "title_none", "year_boundary", "period_date", "stray_spaces"], mark="◆ "),
    "额尔古纳融媒　2024年1月16日",
], eeg)

d = "2025-07-08"
add(P, d, "1", "text", "gb18030", False, "county", ["gb18030", "stray_spaces"], [
    "额尔古纳融媒　2025年7月8日　第1版",
    A(["草原上的“流动党课”"],
      ["7月3日，额尔古纳市民政局党支部把党课搬到了莫尔道嘎镇的草原上，党员们围坐在一起，学习中央八项规定精神。",
       "镇民政办主任乌力吉·图雅说，这种形式大家都爱听。"],
      "融媒记者 娜日苏", "top", "额尔古纳融媒", "内蒙古", "额尔古纳市民政局", "2025-07-03",
      ["乌力吉·图雅", "娜日苏"], ["图为“流动党课”现场。（宋宇航 摄）"],
      ["byline_top", "dot_name", "name_verb", "captions", "stray_spaces"]),
    A(["拉布大林街道：", "党员楼栋长上岗"],
      ["7月1日，拉布大林街道党工委为首批46名党员楼栋长颁发聘书。"],
      "（拉布大林街道供稿）", "end", "拉布大林街道", "内蒙古", "拉布大林街道党工委", "2025-07-01", [], [], ["stray_spaces"]),
], eeg)

add(P, d, "3", "text", "utf-8", False, "county", ["stray_spaces"], [
    "第3版　2025年7月8日　民生",
    A(["“三项机制”", "让服务更贴心"],
      ["今年以来，额尔古纳市民政局推行“一户一档、一月一访、一事一办”三项机制，覆盖全市特困供养人员。",
       "市民政局局长巴特尔·朝鲁表示，将持续深化党建引领基层治理。"],
      "（额尔古纳市民政局供稿）", "end", "额尔古纳市民政局", "内蒙古", "额尔古纳市民政局", "2025-07-08",
      ["巴特尔·朝鲁"], [], ["dot_name", "name_verb", "relative_date", "stray_spaces"], tafter=True),
    A(["三河回族乡", "社会组织党建工作"],
      ["7月4日，三河回族乡召开社会组织党建工作推进会，培育发展社区社会组织8家。"],
      "（通讯员 孙海涛）", "end", None, "内蒙古", "三河回族乡", "2025-07-04", ["孙海涛"], [], ["stray_spaces"]),
], eeg)


# ---------------------------------------------------------------- renderers for html and docx
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def html_art(pg):
    a = [b for b in pg["blocks"] if isinstance(b, A)][0]
    charset = "gb18030" if pg["enc"] == "gb18030" else "utf-8"
    info = pg.get("raw_info", a.attr)
    h = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
         '<title>%s - 敕勒川民政网</title></head><body>' % esc(a._title),
         '<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 正文</div>',
         '<div class="article"><h1>%s</h1>' % "<br>".join(esc(x) for x in a.tl),
         '<div class="info">%s　发布时间：%s　浏览次数：%d　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>' % (esc(info), pg["info_date"], random.randint(100, 999)),
         '<div class="content">']
    for p in a.body:
        h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    for c in a.caps:
        h.append('<p style="text-align:center">%s</p>' % esc(c))
    h.append('</div>')
    if pg.get("related"):
        h.append('<div class="related"><h3>相关链接</h3><ul>' + "".join('<li><a href="#">%s</a></li>' % esc(r) for r in pg["related"]) + '</ul></div>')
    h.append('<div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div></div>')
    h.append('<div class="foot">主办：敕勒川民政网　版权所有</div></body></html>')
    return "\n".join(h) + "\n"


def html_list(pg):
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态 - 敕勒川民政网</title></head><body>',
         '<div class="nav">当前位置：<a href="/">首页</a> &gt; 工作动态</div>', '<ul class="list">']
    for a in pg["blocks"]:
        h.append('<li><a href="#">%s</a><span class="date">%s</span><p class="summary">%s</p></li>' % (esc(a._title), a.stamp, esc(a.body[0])))
    h.append('</ul><div class="page">共4条　首页 上一页 1 下一页 尾页</div></body></html>')
    return "\n".join(h) + "\n"


def write_docx(pg, fn):
    import docx
    doc = docx.Document()
    for b in pg["blocks"]:
        if isinstance(b, str):
            doc.add_paragraph(b); continue
        for x in b.tl:
            doc.add_paragraph(x)
        for p in b.body:
            doc.add_paragraph(p)
        doc.add_paragraph(b.attr)
    doc.save(fn)


def main():
    truth = {}
    for pg in PAGES:
        pg["blocks"] = [b for b in pg["blocks"] if b is not None]
        fn = os.path.join(HERE, pg["path"])
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        arts = [b for b in pg["blocks"] if isinstance(b, A)]
        if pg["render"] == "docx":
            write_docx(pg, fn)
        else:
            if pg["render"] == "html_art":
                txt = html_art(pg)
            elif pg["render"] == "html_list":
                txt = html_list(pg)
            else:
                txt = pg["render"](pg["blocks"])
            if pg["crlf"]:
                txt = txt.replace("\n", "\r\n")
            with open(fn, "wb") as f:
                f.write(txt.encode(pg["enc"]))
        tags = set(pg["ptags"]) | set(pg.get("ptags_extra", []))
        for a in arts:
            a.tags = [t for t in a.tags if t != "split_title"]
            tags |= set(a.tags)
        if any(isinstance(b, str) and b.startswith("编者按") for b in pg["blocks"]):
            tags.add("editor_note")
        enc = {"docx": "docx"}.get(pg["render"], pg["enc"])
        truth[pg["path"]] = {"encoding": enc, "crlf": pg["crlf"], "kind": pg["kind"],
                             "publication_kind": pg["pkind"], "phenomena": sorted(tags),
                             "articles": [a.truth() for a in arts]}
    with open(os.path.join(HERE, "truth-h5a.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
