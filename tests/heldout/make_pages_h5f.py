"""Held-back truth pages, set h5f (batch h5).

Publications (name — province — publication_kind — format — styles):
  鄂东日报      湖北 (黄冈 prefecture paper) provincial  4 .txt (utf-8, utf-8-sig, gb18030, utf-8+CRLF)
                section label 党建周刊 top; kicker + title + ——subtitle; dateline 本报讯（记者 X 通讯员 Y）
                inside the lead; pull quote in 【】-less large line between paragraphs; （下转第6版）/
                （上接第1版） fragment; title printed after its article; double-spaced article; brief page
                with ■ items and no blank lines; December event in a January issue; interview with
                编者按 and subheadings; footer 责任编辑 line.
  沽上社会报    天津 provincial  4 .txt (utf-8+CRLF, utf-8, gb18030+CRLF, utf-8-sig)
                top bylines (本报记者 A B, 文/X); honour list with padded two-char names and a dot name
                broken across lines; 相关链接 box of its own; enumerations 一是…二是…; 【place】 brief items
                with no blank lines; titles after articles; photo captions ▲ with credit.
  党建研学月刊  theory magazine (no province) magazine  4 .txt (utf-8, gb18030, utf-8-sig, utf-8+CRLF)
                目录 page furniture; author line under title + （作者系…） closing; 摘要：/关键词： lines as
                body; numbered subheadings 一、（一）; 本刊记者 reports; 编者按.
  公共服务导报  national  4 .txt (utf-8, utf-8-sig+CRLF, gb18030, utf-8)
                本报北京X月X日电（记者 X）; 新华社 dateline; sample-like page with TOPIC label and a title
                missing; double spacing; 特约评论员 top byline; dot names; pull quote.
  汨罗融媒      湖南 (county media centre) county  4 .html (utf-8 x2, gb18030, one list page)
                portal article pages with breadcrumbs, info line 发布时间/来源/作者/浏览次数,
                【字体：大 中 小】, 打印 关闭, 相关链接 list of other pages; list page with date stamps.
  洪都民政党建简报  江西 (南昌市民政局 机关党委) bulletin  4 .docx
                masthead (name, 第N期, issuing office, date), 目录 list, unit credits in brackets,
                报/送/发 distribution lines, honour list.
  吕梁晨报      山西 (吕梁 prefecture paper) provincial  4 OCR .txt (utf-8, gb18030, utf-8, utf-8-sig)
                OCR misreads 笫/]/l/O/明 in running heads AND in body text; broken lines, stray spaces,
                blank line inside a two-line title; ◆ briefs.

Decisions beyond truth_conventions.md:
  * A dateline printed at the head of the lead (本报讯（…）, 本报X月X日电（…）, 新华社…电) is the
    attribution and is NOT repeated in the first body paragraph; body starts after it.
  * OCR pages: title, body and caption strings are given exactly as the OCR printed them (misreads
    such as 笫, ], l, O kept), since the truth records text as printed; the date/people/agency fields
    carry the real facts. People names were kept free of misreads.
  * A top byline line (本报记者 A B, 文/X, 特约评论员 X) is the attribution; with a closing
    （作者系…） the author line and the closing are joined with a single space.
  * HTML pages: the attribution is the info line's 来源 and 作者 parts as printed joined with one
    space (date and counter removed); an empty 作者： is left out.
  * The list page's entries: title and the one-line summary (body) as printed; source = the site's
    name 汨罗融媒 (as its authors give it), date per round ten (lead day else the entry stamp).
  * Magazine pages are dated on the first day of the month; all events lie before it.
  * A ▲ caption is stored without the marker; a caption's credit is kept inside it.
  * Pull quotes, 目录, labels, 编者按, running heads, distribution lines: in no field.
  * List-page entries have attribution "" (nothing credits them on the list); a person named only
    in a place name (任弼时纪念馆) is still listed as a person named in the body.
  * The checker verifies a space-joined attribution part by part (byline line and closing note are
    printed apart).
  * Slogans are computed mechanically from title+body (DOMAIN list + quoted numbered formulations
    with 个/项/张), excluding “两张皮” and “一张网”.
"""
import os, json, re
import docx
from html import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
         "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
         "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMQ = re.compile(r"“([一二三四五六七八九十两\d]+[个项张][^”“]{1,10})”")


def clean(s):
    return s.replace("|", "").replace("~", "")


def nows(s):
    return re.sub(r"[\s\u3000]+", "", s)


def slogans_of(texts):
    t = nows("".join(texts))
    out = []
    for c in CANON:
        if c in t and c not in out:
            out.append(c)
    for m in NUMQ.finditer(t):
        v = m.group(1)
        if v in ("两张皮", "一张网"):
            continue
        if v not in out:
            out.append(v)
    return out


def wrap(s, w):
    """Narrow column: '|' forces a break, '~' is a stray space."""
    lines = []
    for chunk in s.split("|"):
        chunk = chunk.replace("~", " ")
        while len(chunk) > w:
            lines.append(chunk[:w])
            chunk = chunk[w:]
        if chunk:
            lines.append(chunk)
    return lines


class A:
    def __init__(self, title, body, attr="", source=None, prov=None, agency=None, date=None,
                 people=(), captions=(), ph=(), tlines=None):
        self.tlines = tlines if tlines else ([title] if title else [])
        self.title = clean("".join(self.tlines)) if self.tlines else None
        self.body = list(body)
        self.attr = attr
        self.source, self.prov, self.agency, self.date = source, prov, agency, date
        self.people = list(people)
        self.captions = list(captions)
        self.ph = list(ph)

    def truth(self):
        return {"title": self.title, "body": [clean(b) for b in self.body], "attribution": clean(self.attr),
                "source": self.source, "province": self.prov, "agency": self.agency, "date": self.date,
                "people": self.people,
                "slogans": slogans_of(([self.title] if self.title else []) + [clean(b) for b in self.body]),
                "captions": [clean(c) for c in self.captions], "phenomena": self.ph}


def para_lines(text, w, indent="　　"):
    ls = wrap(text, w)
    if ls and indent:
        ls[0] = indent + ls[0]
    return ls


def render(a, w=14, lead=False, end=False, top=False, after=False, double=False, blank=True,
           caps_at=None, pull=None, pull_at=1, indent="　　", capfmt="{}", extra_end=None):
    out = []
    tl = [t.replace("~", " ").replace("|", "") for t in a.tlines]
    if not after:
        out += tl
        if blank:
            out.append("")
    if top:
        out.append(a.attr.replace("~", " "))
    for i, b in enumerate(a.body):
        txt = b
        if i == 0 and lead:
            txt = a.attr + txt
        pl = para_lines(txt, w, indent)
        if double:
            pl2 = []
            for l in pl:
                pl2 += [l, ""]
            pl = pl2[:-1]
        out += pl
        if pull is not None and i == pull_at:
            out += ["", pull, ""]
        if caps_at is not None and i == caps_at:
            for c in a.captions:
                out += wrap(capfmt.format(c), w)
        if double and i < len(a.body) - 1:
            out.append("")
    if end:
        out += wrap(a.attr, w)
    if extra_end:
        out.append(extra_end)
    if caps_at is None:
        for c in a.captions:
            out += wrap(capfmt.format(c), w)
    if after:
        if blank:
            out.append("")
        out += tl
    return out


def write_page(pub, date, page, text, encoding, crlf, kind, pkind, arts, ph):
    rel = f"{pub}/{date}/{page}"
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if kind == "docx":
        text.save(path)
    else:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        with open(path, "wb") as f:
            f.write(text.encode(encoding))
    allph = set(ph)
    for a in arts:
        allph |= set(a.ph)
    TRUTH[rel] = {"encoding": encoding if kind != "docx" else "docx", "crlf": crlf, "kind": kind,
                  "publication_kind": pkind, "phenomena": sorted(allph),
                  "articles": [a.truth() for a in arts]}


def J(blocks):
    out = []
    for b in blocks:
        if isinstance(b, list):
            out += b
        else:
            out.append(b)
    return "\n".join(out) + "\n"


# ---------------- 鄂东日报 (湖北) ----------------
P = "鄂东日报"; S = P
a1 = A(None, [
    "3月~8日上午，黄冈市民政局在蕲春县召开全市民政系统模范机关建设现场推进会，观摩县级民政部门机关党建阵地，交流省市县“三级联动~”创建经验。",
    "市民政局党组书记、局长方志远说，要坚持以习近|平新时代中国特色社会主义思想为指导，把“第一议题”制度落到实处，推动党建和业务同谋划、同部署、同考核。",
    "会上，蕲春县民政局、麻城市民政局等5家单位作交流发言。与会人员还实地察看了蕲州镇社会救助服务站~。"],
    "本报讯（记者 汪晓峰 通讯员 程立）", S, "湖北", "黄冈市民政局", "2024-03-08", ["汪晓峰", "程立", "方志远"],
    ["图为与会人员参观蕲春县民政局党员活动室。（记者 汪晓峰 摄）"],
    ["kicker", "subtitle", "multi_line_title", "dateline", "name_verb", "captions", "pull_quote", "half_day_date",
     "province_context", "stray_spaces"],
    tlines=["以“三会一课”提质为抓手", "黄冈市民政局推动机关党建与业务深度融合", "——全市民政系统模范机关建设现场推进会在蕲春召开"])
a2 = A("浠水县社会组织综合党委开展“双报到”活动", [
    "近日，浠水县社会组织综合党委组织辖区内32家社会组织党支部到社区报到，认领助老、助学等服务项目46个。",
    "该县推行“三张清单”工作法，即需求清单、资源清单、项目清单，让社会组织党员在服务群众中亮身份、作表率。"],
    "本报讯（通讯员 李慧敏）", S, "湖北", "浠水县社会组织综合党委", "2024-03-12", ["李慧敏"], [],
    ["dateline", "continued", "relative_date"])
a3 = A("红安县民政局开展清廉机关建设专题党课", [
    "3月上旬，红安县民政局党组书记周海燕以“守纪律、讲规矩、树新风”为题，为全局党员干部讲授清廉机关建设专题党课。",
    "党课结合近年来民政领域典型案例，引导党员干部严守中央八项规定精神，持续纠治“四风~”。"],
    "（红安县民政局供稿）", "红安县民政局", "湖北", "红安县民政局", "2024-03-01", ["周海燕"], [], ["period_date"])
txt = J(["党建周刊", "鄂东日报  2024年3月12日  星期二", "", render(a1, 15, lead=True, caps_at=2,
         pull="把党建和业务同谋划、同部署、同考核", pull_at=1), "", render(a2, 15, lead=True, extra_end="（下转第6版）"), "",
         render(a3, 15, end=True), "", "03", "责任编辑：吴静  美编：胡力"])
write_page(P, "2024-03-12", "03.txt", txt, "utf-8", False, "text", "provincial", [a1, a2, a3], ["column_label"])

b1 = A(None, [
    "在浠水县清泉镇，社会组织党员志愿者每周两次上门为独居老人送餐、测血压。清泉镇党委负责同志介绍，截至目前，全镇已有12个社区与社会组织结成服务对子。",
    "下一步，浠水县将把社会组织党建工作纳入基层党建述职评议考核内容。"],
    "", S, "湖北", "浠水县社会组织综合党委", "2024-03-12", [], [], ["continued", "title_none"])
b2 = A("英山县民政局：“党建+救助”让温暖直达困难群众", [
    "3月中旬，英山县民政局组织党员干部深入11个乡镇开展困难群众走访排查，逐户核实低保、特困供养对象家庭情况。",
    "局党组书记熊卫东表示，要把主题教育成果转化为为民办实事的实际成效，做到应保尽保、应救尽救。"],
    "（英山县民政局供稿）", "英山县民政局", "湖北", "英山县民政局", "2024-03-11", ["熊卫东"], [],
    ["title_after", "double_spaced", "period_date", "name_verb"])
b3 = A("团风县举办社会组织负责人培训班", [
    "3月6日至7日，团风县委社会工作部、县民政局联合举办社会组织负责人培训班，全县60余家社会组织负责人参加培训。",
    "培训围绕党的二十大精神、社会组织规范化建设等内容展开，并邀请县委党校教师授课。"],
    "本报讯（记者 戴晴）", S, "湖北", "团风县委社会工作部", "2024-03-06", ["戴晴"], [], ["dateline"])
txt = J(["06  专版·党建周刊", "", "（上接第3版）", render(b1, 15, blank=False), "",
         render(b2, 14, end=True, after=True, double=True), "", render(b3, 15, lead=True), "",
         "2024年3月12日 星期二  鄂东日报"])
write_page(P, "2024-03-12", "06.txt", txt, "utf-8-sig", False, "text", "provincial", [b1, b2, b3],
           ["utf8_bom", "column_label"])

c1 = A("黄州区民政局召开年度民主生活会", [
    "12月27日，黄州区民政局党组召开2024年度民主生活会，围绕学习贯彻二十届三中全会精神进行对照检查。"],
    "（通讯员 陈昊）", None, "湖北", "黄州区民政局", "2024-12-27", ["陈昊"], [], ["briefs", "year_boundary"])
c2 = A(None, ["1月3日，武穴市民政局组织机关党员到田家镇马口湖烈士陵园开展主题党日活动，重温入党誓词。"],
    "", None, "湖北", "武穴市民政局", "2025-01-03", [], [], ["briefs", "title_none"])
c3 = A("蕲春县开展元旦春节走访慰问", [
    "岁末年初，蕲春县民政局党员干部分组走访慰问困难群众、孤寡老人1200余户，送去米、油、棉被等物资。"],
    "", None, "湖北", "蕲春县民政局", "2025-01-07", [], [], ["briefs", "relative_date"])
c4 = A("麻城市社会组织党建工作会议召开", [
    "12月30日，麻城市委社会工作部召开全市社会组织党建工作会议，总结2024年工作，部署“两个覆盖”提质行动。"],
    "（据麻城市民政局）", "麻城市民政局", "湖北", "麻城市委社会工作部", "2024-12-30", [], [], ["briefs", "year_boundary"])
lines = ["鄂东日报 2025年1月7日 星期二 02 版", "党建快讯"]
for a in (c1, c2, c3, c4):
    if a.title:
        lines.append("■" + a.title)
        body = a.body[0] + a.attr
        lines += wrap(body, 16)
    else:
        lines += wrap("■" + a.body[0], 16)
lines.append("责任编辑：吴静")
write_page(P, "2025-01-07", "02.txt", J(lines), "gb18030", False, "text", "provincial", [c1, c2, c3, c4],
           ["gb18030", "no_blank_lines", "column_label"])

d1 = A(None, [
    "记者：2024年，全市民政系统在机关党建方面有哪些亮点？",
    "方志远：我们坚持“第一议题”制度，全年开展党组理论学习中心组集体学习14次，推动学习成果转化为破解民生难题的具体举措。",
    "聚焦民生抓落实",
    "记者：党建如何与民政业务深度融合？",
    "方志远：我们在全市推行“党员先锋岗”，把社会救助、养老服务、儿童福利等窗口打造成党员服务前沿阵地，去年群众满意度达到98.6%。",
    "锤炼作风强队伍",
    "记者：新的一年有什么打算？",
    "方志远：持续深化模范机关建设，巩固主题教育成果，以高质量党建推动民政事业高质量发展。"],
    "本报记者 汪晓峰", S, "湖北", "黄冈市民政局", "2025-01-07", ["汪晓峰", "方志远"], [],
    ["interview", "subtitle", "multi_line_title", "byline_top", "subheadings"],
    tlines=["让党建红引领民生暖", "——访黄冈市民政局党组书记、局长方志远"])
d2 = A("罗田县：社区“红色管家”上岗", [
    "日前，罗田县委社会工作部在凤山镇12个社区推行“红色管家”制度，68名党员管家正式上岗，负责收集民情、调解纠纷、联系服务。"],
    "（罗田县委社会工作部供稿）", "罗田县委社会工作部", "湖北", "罗田县委社会工作部", "2025-01-07", [], [],
    ["relative_date"])
txt = J(["07 | 访谈", "", "编者按：岁末年初，如何以党建引领民政工作提质增效？本报记者专访了黄冈市民政局主要负责同志。", "",
         render(d1, 16, top=True), "", render(d2, 16, end=True), "", "鄂东日报 2025年1月7日"])
write_page(P, "2025-01-07", "07.txt", txt, "utf-8", True, "text", "provincial", [d1, d2],
           ["crlf", "editor_note", "column_label"])

# ---------------- 沽上社会报 (天津) ----------------
P = "沽上社会报"; S = P
e1 = A("天津市民政局机关党委表彰一批优秀共产党员和先进党支部", [
    "6月16日，天津市民政局机关党委召开庆祝建党102周年暨表彰大会，对一批先进集体和个人予以表彰。名单如下：",
    "先进党支部（3个）",
    "社会救助处党支部、养老服务处党支部、市救助管理站第二党支部",
    "优秀共产党员（8名）",
    "王  敏、刘  洋、热依拉·|阿不都热依木、赵国栋、陈  静、马俊峰、李  娜、高  远"],
    "本报记者 孙立群", S, "天津", "天津市民政局", "2023-06-16",
    ["孙立群", "王敏", "刘洋", "热依拉·阿不都热依木", "赵国栋", "陈静", "马俊峰", "李娜", "高远"], [],
    ["honour_list", "dot_name", "byline_top"])
e2 = A("河西区民政局党支部开展“三会一课”观摩", [
    "6月中旬，河西区民政局机关党支部在友谊路街道开展“三会一课”观摩交流活动，8个基层党支部书记现场交流经验。"],
    "本报讯（通讯员 郭佳）", S, "天津", "河西区民政局", "2023-06-11", ["郭佳"], [], ["period_date", "dateline"])
txt = J(["沽上社会报", "2023.6.20  星期二", "04  社会工作", "", render(e1, 18, top=True, indent=""), "",
         render(e2, 18, lead=True), "", "本版编辑：周珊"])
write_page(P, "2023-06-20", "04.txt", txt, "utf-8", True, "text", "provincial", [e1, e2], ["crlf", "column_label"])

f1 = A("津南区推动社会组织党建“两个覆盖”", [
    "近日，津南区委社会工作部出台社会组织党建工作三年行动方案，推动党的组织和党的工作有效覆盖。",
    "方案明确了四方面举措：一是摸清底数，建立社会组织党员信息台账；二是选派党建指导员，实现行业协会商会全覆盖；三是开展“双向培养”，把骨干培养成党员；四是强化阵地建设，建成共享党群服务站15个。"],
    "本报讯（记者 张晓蕾）", S, "天津", "津南区委社会工作部", "2023-06-20", ["张晓蕾"], [],
    ["enumeration", "dateline", "relative_date"])
f2 = A(None, [
    "社会组织党建“两个覆盖”，是指党的组织覆盖和党的工作覆盖。对具备条件的社会组织单独建立党组织，对暂不具备条件的，通过选派党建指导员、建立联合党组织等方式实现党的工作覆盖。"],
    "", None, None, None, "2023-06-20", [], [], ["related_link", "title_none"])
f3 = A("武清区养老机构党建联建签约", [
    "6月14日，武清区民政局与区内9家养老机构签订党建联建协议，共建“银发先锋”服务队。"],
    "本报讯（通讯员 韩冬）", S, "天津", "武清区民政局", "2023-06-14", ["韩冬"], [], ["dateline"])
txt = J(["05 基层", "", render(f1, 17, lead=True), "", "相关链接", render(f2, 17, blank=False), "",
         render(f3, 17, lead=True), "", "沽上社会报 2023年6月20日"])
write_page(P, "2023-06-20", "05.txt", txt, "utf-8", False, "text", "provincial", [f1, f2, f3], [])

g1 = A("滨海新区", ["11月8日，滨海新区社会组织党委举办党务工作者培训班，120余名社会组织党组织书记参训。"],
       "", None, "天津", "滨海新区社会组织党委", "2023-11-08", [], [], ["briefs"])
g2 = A("北辰区民政局", ["日前，北辰区民政局召开主题教育调研成果交流会，梳理形成问题清单12项。"],
       "", None, "天津", "北辰区民政局", "2023-11-14", [], [], ["briefs", "relative_date"])
g3 = A(None, ["11月10日，天津市委社会工作部、市民政局联合召开全市社会组织党建工作推进会。会议要求以党建引领社会组织高质量发展。"],
       "（据天津市民政局）", "天津市民政局", "天津", "天津市委社会工作部", "2023-11-10", [], [], ["briefs", "title_none"])
g4 = A("蓟州区", ["11月上旬，蓟州区民政局组织党员志愿者走进敬老院开展“银龄关爱”服务。"],
       "（通讯员 许萌）", None, "天津", "蓟州区民政局", "2023-11-01", ["许萌"], [], ["briefs", "period_date"])
lines = ["社会组织·简讯", ]
for a, lab in ((g1, "滨海新区"), (g2, "北辰区民政局"), (g3, "快讯"), (g4, "蓟州区")):
    lines += wrap("【" + lab + "】" + a.body[0] + a.attr, 18)
lines += ["沽上社会报  2023年11月14日  第3版"]
write_page(P, "2023-11-14", "03.txt", J(lines), "gb18030", True, "text", "provincial", [g1, g2, g3, g4],
           ["gb18030", "crlf", "no_blank_lines", "column_label"])

h1 = A(None, [
    "11月9日清晨，红桥区西于庄街道的“小巷管家”刘桂芬像往常一样出门巡查，哪家的楼道灯坏了、哪位老人需要代买药品，她都记在本子上。",
    "今年以来，红桥区民政局以党建引领基层治理，在全区招募“小巷管家”860名，其中党员占比超过六成。",
    "“党员就要冲在前面。”刘桂芬说。"],
    "本报记者 冯雪 通讯员 田野", S, "天津", "红桥区民政局", "2023-11-09", ["冯雪", "田野", "刘桂芬"],
    ["“小巷管家”在社区入户走访。（冯雪 摄）"], ["multi_line_title", "captions", "byline_top", "name_verb", "stray_spaces"],
    tlines=["红桥区：", "“小巷管家”织密为民服务网"])
h2 = A("静海区民政局开展“以学促干”主题党日", [
    "11月上旬，静海区民政局组织党员干部赴团泊镇开展“以学促干~”主题党日活动，现场解决群众反映的养老服务问题5件。"],
    "（静海区民政局供稿）", "静海区民政局", "天津", "静海区民政局", "2023-11-01", [], [],
    ["title_after", "period_date", "stray_spaces"])
txt = J(["06  民生·观察", "", render(h1, 16, top=True, capfmt="▲{}", caps_at=0), "", render(h2, 16, end=True, after=True),
         "", "沽上社会报 2023年11月14日 星期二"])
write_page(P, "2023-11-14", "06.txt", txt.replace("11月9日", "11月 9日"), "utf-8-sig", False, "text", "provincial",
           [h1, h2], ["utf8_bom", "column_label"])

# ---------------- 公共服务导报 (national) ----------------
P = "公共服务导报"; S = P
k1 = A(None, [
    "民政部机关党委日前印发通知，在部机关和直属单位部署开展“以学促干”专项行动，推动党员干部把学习成果转化为推动工作的实际行动。",
    "通知要求，各党组织要落实“第一议题”制度，聚焦养老服务、社会救助等群众急难愁盼问题，每个支部至少认领1项攻坚任务。",
    "民政部直属机关党委负责同志许建平表示，专项行动将持续到年底。"],
    "本报北京7月15日电（记者 姚文轩）", S, None, "民政部", "2024-07-15", ["姚文轩", "许建平"], [],
    ["kicker", "multi_line_title", "dateline", "national_body", "name_verb", "pull_quote"],
    tlines=["以学铸魂 以学增智", "民政部机关党委部署开展“以学促干”专项行动"])
k2 = A("中央社会工作部召开社会组织党建工作座谈会", [
    "7月13日，中央社会工作部在京召开社会组织党建工作座谈会，听取部分行业协会商会、社会服务机构党组织负责人意见建议。"],
    "新华社北京7月14日电（记者 韩晓宇）", "新华社", None, "中央社会工作部", "2024-07-13", ["韩晓宇"], [],
    ["dateline", "national_body"])
k3 = A("山西省民政厅推进清廉机关建设", [
    "7月上旬，山西省民政厅召开清廉机关建设推进会，部署开展廉政风险点排查，推动全面从严治党向纵深发展。"],
    "（据山西省民政厅）", "山西省民政厅", "山西", "山西省民政厅", "2024-07-01", [], [], ["period_date"])
txt = J(["公共服务导报", "2024年7月16日 星期二 第1版 要闻", "", render(k1, 20, lead=True,
        pull="每个支部至少认领1项攻坚任务", pull_at=1), "", render(k2, 20, lead=True), "", render(k3, 20, end=True)])
write_page(P, "2024-07-16", "01.txt", txt, "utf-8", False, "text", "national", [k1, k2, k3], [])

m1 = A("湖南省民政厅召开党组理论学习中心组学习会", [
    "7月10日，湖南省民政厅召开党组理论学习中心组学习会，深入学习领会“两个结合”的重大意义，研讨推动民政工作高质量发展的思路举措。",
    "会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。"],
    "（据湖南省民政厅）", "湖南省民政厅", "湖南", "湖南省民政厅", "2024-07-10", [], [], ["double_spaced"])
m2 = A(None, [
    "近日，江西省民政厅机关党委组织开展“学党纪、明规矩”专题读书班，引导党员干部把纪律规矩刻印在心。"],
    "（据江西省民政厅）", "江西省民政厅", "江西", "江西省民政厅", "2024-07-16", [], [], ["title_none", "relative_date"])
m3 = A("天津市社会组织党委举办党务干部示范培训班", [
    "7月8日至10日，天津市社会组织党委举办党务干部示范培训班，80余名学员参加。",
    "学员代表古丽米拉·|艾海提说，培训内容实用，回去后要把“三会一课”抓得更扎实。"],
    "（据天津市民政局）", "天津市民政局", "天津", "天津市社会组织党委", "2024-07-08", ["古丽米拉·艾海提"], [],
    ["title_after", "dot_name", "name_verb"])
txt = J(["党建", "", render(m1, 13, end=True, double=True), "", "TOPIC", render(m2, 13, end=True), "",
         render(m3, 13, end=True, after=True, blank=False)])
write_page(P, "2024-07-16", "04.txt", txt.replace("“两个结合”", "“两个结合 ”"), "utf-8-sig", True, "text",
           "national", [m1, m2, m3], ["utf8_bom", "crlf", "column_label", "stray_spaces"])

n1 = A("以严实作风推动民政事业高质量发展", [
    "作风建设永远在路上。新的一年，民政系统各级党组织要以全面从严治党的实际成效，为民生保障提供坚强保证。",
    "要坚持问题导向，对照中央八项规定精神查找差距，坚决反对形式主义、官僚主义。",
    "要把严的基调、严的措施、严的氛围长期坚持下去，让党员干部在为民服务中锤炼过硬作风。"],
    "特约评论员 钟明", None, None, None, "2025-01-14", ["钟明"], [], ["byline_top"])
n2 = A("民政部召开2024年度机关党建述职评议会", [
    "1月9日，民政部召开2024年度部机关和直属单位党组织书记抓党建述职评议会，15个党组织书记现场述职。"],
    "本报北京1月10日电（记者 姚文轩）", S, None, "民政部", "2025-01-09", ["姚文轩"], [], ["dateline", "national_body"])
n3 = A("湖北省民政厅总结全年党建工作", [
    "12月26日，湖北省民政厅召开机关党建工作总结会，表彰2024年度“五好”党支部，部署新一年模范机关建设任务。"],
    "本报讯（通讯员 吴蓓）", S, "湖北", "湖北省民政厅", "2024-12-26", ["吴蓓"], [], ["dateline", "year_boundary"])
txt = J(["第3版  评论·综合", "公共服务导报 2025.1.14", "", render(n1, 18, top=True), "", render(n2, 18, lead=True), "",
         render(n3, 18, lead=True)])
write_page(P, "2025-01-14", "03.txt", txt, "gb18030", False, "text", "national", [n1, n2, n3], ["gb18030"])

o1 = A(None, [
    "走进太原市迎泽区桥东街道的党群服务中心，墙上的网格图标注着每一名党员网格员的联系方式。",
    "网格里的红色力量",
    "2024年以来，太原市委社会工作部推动全市1.2万名在职党员到社区报到，编入网格参与服务。社区书记阿依努尔|·吐尔逊介绍，社区把党员按特长分成5支小分队。",
    "服务精准到户",
    "记者看到，社区建立了“三项清单”，对独居老人、困境儿童等群体做到每周走访。"],
    "本报记者 姚文轩 郭蕊", S, "山西", "太原市委社会工作部", "2025-01-14", ["姚文轩", "郭蕊", "阿依努尔·吐尔逊"], [],
    ["subtitle", "multi_line_title", "byline_top", "subheadings", "dot_name", "relative_date"],
    tlines=["“小切口”撬动大治理", "——山西省太原市社区党建观察"])
o2 = A("湖南株洲推进“两新”党建提质", [
    "1月8日，株洲市委社会工作部召开“两新”组织党建工作推进会，明确今年实施“四项行动”。"],
    "本报讯（记者 郭蕊）", S, "湖南", "株洲市委社会工作部", "2025-01-08", ["郭蕊"], [], ["dateline"])
txt = J(["05 基层治理", "", render(o1, 17, top=True), "", render(o2, 17, lead=True), "", "公共服务导报  2025年1月14日"])
write_page(P, "2025-01-14", "05.txt", txt, "utf-8", False, "text", "national", [o1, o2], ["column_label"])

# ---------------- 党建研学月刊 (theory magazine) ----------------
P = "党建研学月刊"; S = P
q1 = A("把学习成果转化为履职本领", [
    "学习的目的全在于运用。各级党组织要坚持学思用贯通、知信行统一，推动“学思想、强党性、重实践、建新功”落到具体工作中。",
    "本期我们推出“模范机关建设”专题，展示各地的探索与思考。"],
    "本刊编辑部", S, None, None, "2024-05-01", [], [], ["contents_list"])
q2 = A("湖南省民政厅：“三级联动”建设模范机关", [
    "4月中旬，湖南省民政厅在长沙召开模范机关建设推进会，推广省市县“三级联动”创建经验。",
    "厅机关党委负责同志谭建军表示，今年将重点打造10个示范党支部。"],
    "本刊记者 邓可", S, "湖南", "湖南省民政厅", "2024-04-11", ["邓可", "谭建军"], [],
    ["byline_top", "period_date", "name_verb"])
txt = J(["党建研学月刊  2024年第5期", "", "目  录", "卷首语", "把学习成果转化为履职本领……………………1",
         "专题·模范机关建设", "湖南省民政厅：“三级联动”建设模范机关……………2", "新时代机关党建质量提升的路径探析………………12",
         "", "卷首语", render(q1, 22, extra_end=None), render(q1, 22)[-0:0], "本刊编辑部", "", "专题·模范机关建设",
         render(q2, 22, top=True)])
write_page(P, "2024-05-01", "02.txt", txt, "utf-8", False, "text", "magazine", [q1, q2], ["column_label"])

r1 = A("新时代机关党建质量提升的路径探析", [
    "摘要：机关党建是党的建设的重要组成部分。本文从政治建设、组织建设和作风建设三个维度，分析新时代机关党建质量提升的基本路径。",
    "关键词：机关党建；模范机关；高质量发展",
    "一、新时代机关党建面临的新要求",
    "（一）政治建设摆在首位",
    "机关是政治机关，必须把增强“四个意识”、坚定“四个自信”作为根本要求。",
    "（二）业务融合更加紧密",
    "一是以党建带业务，二是以业务促党建，三是建立党建与业务同考核机制。",
    "二、提升机关党建质量的实践路径",
    "坚持以习近|平新时代中国特色社会主义思想凝心铸魂，推动全面从严治党向基层延伸。"],
    "刘承业 （作者系湖北大学马克思主义学院教授）", None, None, None, "2024-05-01", ["刘承业"], [],
    ["byline_top", "subheadings", "enumeration"])
lines = ["理论探索", "", r1.title, "刘承业", ""]
for b in r1.body:
    lines += para_lines(b, 20)
lines += ["（作者系湖北大学马克思主义学院教授）", "", "12  党建研学月刊"]
write_page(P, "2024-05-01", "12.txt", J(lines), "gb18030", False, "text", "magazine", [r1], ["gb18030", "column_label"])

s1 = A(None, [
    "清廉机关建设是推进全面从严治党的重要抓手。近年来，江西省民政厅把清廉机关建设融入民政业务全过程，形成了可复制的经验。",
    "一、健全制度体系。厅党组制定廉政风险防控清单，覆盖社会救助、养老服务等重点领域。",
    "二、强化警示教育。每季度开展一次警示教育，推动党员干部自觉遵守中央八项规定精神。",
    "三、压实监督责任。建立“三张清单”，明确党组主体责任、纪检监督责任和党员干部个人责任。"],
    "文/曾晓岚 （作者单位：中共江西省委党校）", None, "江西", "江西省民政厅", "2024-09-01", ["曾晓岚"], [],
    ["subtitle", "multi_line_title", "byline_top", "enumeration", "editor_note"],
    tlines=["以清廉机关建设涵养风清气正的政治生态", "——以江西省民政厅实践为例"])
lines = ["实践与思考", "", "编者按：清廉机关建设如何落细落实？本期刊发一篇基于地方实践的研究文章，供读者参考。", ""]
lines += s1.tlines + ["文/曾晓岚", ""]
for b in s1.body:
    lines += para_lines(b, 21)
lines += ["（作者单位：中共江西省委党校）", "", "党建研学月刊 2024.9"]
write_page(P, "2024-09-01", "08.txt", J(lines), "utf-8-sig", False, "text", "magazine", [s1], ["utf8_bom", "column_label"])

t1 = A("晋城市民政局：支部建在项目上", [
    "8月中旬，晋城市民政局把党支部建在养老服务设施建设项目上，成立临时党支部3个，党员带头攻坚。",
    "局机关党委书记赵文博介绍，项目党支部每月召开一次推进会，确保“两个确立”的政治自觉转化为担当作为。"],
    "本刊通讯员 石磊", S, "山西", "晋城市民政局", "2024-08-11", ["石磊", "赵文博"], [], ["byline_top", "period_date"])
t2 = A("基层党务工作者要练好“三项本领”", [
    "作为一名社区党务工作者，我深感要练好三项本领：学习本领、群众工作本领、抓落实本领。",
    "只有俯下身子听民声，才能把党建工作做到群众心坎上。"],
    "（天津市河北区民政局 胡晓燕）", None, None, None, "2024-09-01", ["胡晓燕"], [], [])
txt = J(["基层来风", "", render(t1, 20, top=True), "", "读者来信", render(t2, 20, end=True), "", "20"])
write_page(P, "2024-09-01", "20.txt", txt, "utf-8", True, "text", "magazine", [t1, t2], ["crlf", "column_label"])

# ---------------- 汨罗融媒 (湖南, county, html) ----------------
P = "汨罗融媒"; S = P
from html import escape as esc


def portal(title, info_html, body, related, enc_meta="utf-8"):
    paras = "\n".join(f"<p style=\"text-indent:2em\">{esc(clean(b))}</p>" for b in body)
    rel = "\n".join(f"<li><a href=\"content_{i}.html\">{esc(t)}</a></li>" for i, t in related)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{enc_meta}"><title>{esc(title)}_汨罗融媒</title></head>
<body>
<div class="top">汨罗融媒 | 汨罗市融媒体中心主办</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj/">党建动态</a> &gt; 正文</div>
<div class="article">
<h1>{esc(title)}</h1>
<div class="info">{info_html} 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content">
{paras}
</div>
<div class="tools"><a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>
<div class="related"><h3>相关链接</h3><ul>
{rel}
</ul></div>
</div>
<div class="foot">主办：汨罗市融媒体中心 湘ICP备00000000号</div>
</body></html>
"""

u1 = A("汨罗市民政局开展“党建+养老”志愿服务", [
    "4月3日，汨罗市民政局机关党支部组织20余名党员志愿者走进市社会福利中心，为老人理发、清扫房间、表演节目。",
    "市民政局党组书记、局长曾立新表示，要把“我为群众办实事”融入日常，让老人感受到党的温暖。"],
    "来源：汨罗市民政局 作者：任嘉怡", "汨罗市民政局", "湖南", "汨罗市民政局", "2024-04-03", ["任嘉怡", "曾立新"], [],
    ["name_verb"])
info = "<span>发布时间：2024-04-08 10:32</span> <span>来源：汨罗市民政局</span> <span>作者：任嘉怡</span> <span>浏览次数：<b id=\"hits\">386</b></span>"
write_page(P, "2024-04-08", "content_2871.html", portal(u1.title, info, u1.body, [(2860, "屈子祠镇开展党员积分管理"), (2855, "汨罗市召开民政工作会议")]),
           "utf-8", False, "html", "county", [u1], ["html", "related_link"])
u2 = A("汨罗市召开社会组织党建工作会", [
    "4月7日，汨罗市委社会工作部召开全市社会组织党建工作会，部署推进社会组织“两个覆盖”提质扩面。",
    "会议要求，各行业党委要落实“三会一课”制度，年内实现规模以上社会组织党的工作全覆盖。"],
    "来源：汨罗市委社会工作部", "汨罗市委社会工作部", "湖南", "汨罗市委社会工作部", "2024-04-07", [], [], [])
info = "<span>发布时间：2024-04-08 16:05</span> <span>来源：汨罗市委社会工作部</span> <span>作者：</span> <span>浏览次数：<b>152</b></span>"
write_page(P, "2024-04-08", "content_2875.html", portal(u2.title, info, u2.body, [(2871, "汨罗市民政局开展“党建+养老”志愿服务")], "gbk"),
           "gb18030", False, "html", "county", [u2], ["html", "gb18030", "related_link"])

v = [A("归义镇开展“三会一课”规范化建设观摩", ["11月15日，归义镇党委组织各村（社区）党组织书记开展“三会一课”规范化建设观摩。"],
       "", S, "湖南", "归义镇党委", "2024-11-15", [], [], []),
     A("汨罗市民政局开展主题党日活动", ["近日，汨罗市民政局机关党支部赴任弼时纪念馆开展主题党日活动。"],
       "", S, "湖南", "汨罗市民政局", "2024-11-12", ["任弼时"], [], ["relative_date"]),
     A("长乐镇社会组织党员亮身份", ["日前，长乐镇30余名社会组织党员佩戴党徽上岗，为群众提供法律咨询等服务。"],
       "", S, "湖南", "长乐镇", "2024-11-05", [], [], ["relative_date"])]
stamps = ["2024-11-18", "2024-11-12", "2024-11-05"]
items = "\n".join(f"<li><a href=\"content_{3290+i}.html\">{esc(a.title)}</a><span class=\"date\">[{stamps[i]}]</span>\n<p class=\"sum\">{esc(a.body[0])}</p></li>" for i, a in enumerate(v))
html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>党建动态_汨罗融媒</title></head>
<body>
<div class="top">汨罗融媒 | 汨罗市融媒体中心主办</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 党建动态</div>
<ul class="list">
{items}
</ul>
<div class="page">共3条 第1页 <a>下一页</a></div>
</body></html>
"""
write_page(P, "2024-11-20", "list_12.html", html, "utf-8", False, "html", "county", v, ["html"])
w1 = A("“四步工作法”激活社区治理末梢", [
    "11月19日，记者在罗江镇采访时了解到，罗江镇党委今年推行“四步工作法”：一是党员上门收集民意，二是支部会议研究议题，三是群众代表评议方案，四是结果张榜公示。",
    "镇党委书记黎国强说，“四步工作法”实施以来，已解决群众急难愁盼问题42件。"],
    "来源：本网 作者：彭湘", S, "湖南", "罗江镇党委", "2024-11-19", ["彭湘", "黎国强"], [], ["enumeration", "name_verb"])
info = "<span>发布时间：2024-11-20 09:10</span> <span>来源：本网</span> <span>作者：彭湘</span> <span>浏览次数：<b>97</b></span>"
write_page(P, "2024-11-20", "content_3302.html", portal(w1.title, info, w1.body, [(3291, "归义镇开展“三会一课”规范化建设观摩")]),
           "utf-8", False, "html", "county", [w1], ["html", "related_link"])

# ---------------- 洪都民政党建简报 (江西, bulletin, docx) ----------------
import docx
P = "洪都民政党建简报"


def bulletin(no, dstr, toc, arts, dist=True):
    d = docx.Document()
    d.add_paragraph("洪都民政党建简报")
    d.add_paragraph(f"第{no}期")
    d.add_paragraph(f"南昌市民政局机关党委编　　　　{dstr}")
    if toc:
        d.add_paragraph("目　录")
        for t in toc:
            d.add_paragraph(t)
    for a in arts:
        if a.title:
            d.add_paragraph(a.title)
        for b in a.body:
            d.add_paragraph(clean(b))
        if a.attr:
            d.add_paragraph(a.attr)
    if dist:
        d.add_paragraph("报：市委社会工作部，市直机关工委")
        d.add_paragraph("送：局领导")
        d.add_paragraph("发：局机关各党支部、局属各单位党组织")
    return d

BM = ["docx", "bulletin_masthead", "distribution_lines"]
x1 = A("市民政局召开2023年机关党建工作会议", [
    "4月12日，市民政局召开2023年机关党建工作会议，总结去年工作，部署今年任务。局党组书记、局长黄卫平出席并讲话。",
    "会议要求，要深入开展模范机关建设，推动机关党建和业务工作深度融合。"],
    "（局机关党委）", "南昌市民政局机关党委", "江西", "南昌市民政局", "2023-04-12", ["黄卫平"], [], [])
x2 = A("社会救助处党支部开展“救助政策进社区”活动", [
    "4月上旬，市民政局社会救助处党支部走进青山湖区湖坊镇，为居民讲解低保、临时救助政策，现场受理咨询40余人次。"],
    "（社会救助处党支部 邹晓燕）", "南昌市民政局社会救助处党支部", "江西", "南昌市民政局", "2023-04-01", ["邹晓燕"], [],
    ["period_date"])
write_page(P, "2023-04-18", "第3期.docx", bulletin(3, "2023年4月18日", [x1.title, x2.title], [x1, x2]),
           None, False, "docx", "bulletin", [x1, x2], BM + ["contents_list"])
y1 = A("关于表彰2022—2023年度先进基层党组织和优秀共产党员的通报", [
    "7月1日，局机关党委决定，对一批先进基层党组织和优秀共产党员予以表彰。",
    "先进基层党组织",
    "养老服务处党支部、儿童福利处党支部、市社会福利院党总支",
    "优秀共产党员",
    "熊  伟、涂小芳、万  琳、古丽娜尔·木合塔尔、程  鹏"],
    "（局机关党委）", "南昌市民政局机关党委", "江西", "南昌市民政局", "2023-07-01",
    ["熊伟", "涂小芳", "万琳", "古丽娜尔·木合塔尔", "程鹏"], [], ["honour_list", "dot_name"])
y2 = A("新建区民政局推进“清廉民政”建设", [
    "6月28日，新建区民政局召开清廉机关建设推进会，梳理廉政风险点23个，制定防控措施41条。"],
    "（新建区民政局 饶志勇）", "新建区民政局", "江西", "新建区民政局", "2023-06-28", ["饶志勇"], [], [])
write_page(P, "2023-07-05", "第6期.docx", bulletin(6, "2023年7月5日", None, [y1, y2]),
           None, False, "docx", "bulletin", [y1, y2], BM)
z1 = A("市民政局召开2023年度党建工作述职评议会", [
    "12月29日，市民政局召开2023年度基层党组织书记抓党建工作述职评议会，12名党支部书记现场述职。",
    "局党组书记、局长黄卫平逐一点评，要求巩固拓展主题教育成果。"],
    "（办公室）", "南昌市民政局办公室", "江西", "南昌市民政局", "2023-12-29", ["黄卫平"], [], ["year_boundary"])
z2 = A("南昌市社会组织综合党委部署新年工作", [
    "1月5日，南昌市社会组织综合党委召开全体委员会议，研究部署2024年社会组织党建工作。"],
    "（南昌市社会组织综合党委 万琳）", "南昌市社会组织综合党委", "江西", "南昌市社会组织综合党委", "2024-01-05", ["万琳"], [], [])
write_page(P, "2024-01-10", "第1期.docx", bulletin(1, "2024年1月10日", [z1.title, z2.title], [z1, z2]),
           None, False, "docx", "bulletin", [z1, z2], BM + ["contents_list"])
z3 = A("儿童福利处党支部开展主题党日活动", [
    "6月25日下午，市民政局儿童福利处党支部与市儿童福利院党支部联合开展主题党日活动。",
    "活动有三项内容：一是重温入党誓词，二是学习党纪条规，三是为福利院儿童送去学习用品。"],
    "（儿童福利处党支部 罗敏）", "南昌市民政局儿童福利处党支部", "江西", "南昌市民政局", "2024-06-25", ["罗敏"], [],
    ["half_day_date", "enumeration"])
z4 = A("局机关党委举办党纪学习教育读书班", [
    "6月中旬，局机关党委举办党纪学习教育读书班，局机关全体党员分三期参加。"],
    "（局机关党委）", "南昌市民政局机关党委", "江西", "南昌市民政局", "2024-06-11", [], [], ["period_date"])
write_page(P, "2024-06-28", "第7期.docx", bulletin(7, "2024年6月28日", None, [z3, z4]),
           None, False, "docx", "bulletin", [z3, z4], BM)

# ---------------- 吕梁晨报 (山西, OCR) ----------------
P = "吕梁晨报"; S = P
l1 = A(None, [
    "9月]日，离石区民政局召开笫二批主题教育动员部署会，局党组书记、局长任志宏作动员讲话。",
    "会议要求，要把以学铸魂、以学增智、以学正风、以学促干贯穿主题教育全过程。"],
    "本报讯（记者 白雪梅）", S, "山西", "离石区民政局", "2023-09-01", ["白雪梅", "任志宏"], [],
    ["multi_line_title", "dateline", "stray_spaces"], tlines=["离石区民政局召开笫二批主题教育", "动员部署会"])
l2 = A("孝义市社会组织党建指导站揭牌", [
    "8月3l日，孝义市社会组织党建指导站揭牌运行，首批入驻党建指导员6名，为全市2OO余家社会组织提供党建服务。"],
    "（孝义市民政局供稿）", "孝义市民政局", "山西", "孝义市民政局", "2023-08-31", [], [], [])
txt = J(["吕梁晨报 2O23年9月5日 星期二", "笫A O5版 党建", "", l1.tlines[0], "", l1.tlines[1], "",
         render(l1, 13, lead=True, blank=False)[2:], "", render(l2, 13, end=True), "", "责任编辑 ：张 敏"])
write_page(P, "2023-09-05", "A05.txt", txt.replace("会议要求", "会议 要求"), "utf-8", False, "ocr", "provincial", [l1, l2], ["ocr", "column_label"])
m = [A("交口县开展“银龄先锋”评选", ["8月下旬，交口县民政局在全县开展“银龄先锋”评选活动，首批评出l0名老党员典型。"],
       "", None, "山西", "交口县民政局", "2023-08-21", [], [], ["briefs", "period_date"]),
     A(None, ["9月2日，柳林县民政局组织机关党员赴县红色教育基地开展主题党日活动。"],
       "", None, "山西", "柳林县民政局", "2023-09-02", [], [], ["briefs", "title_none"]),
     A("兴县社会组织综合党委召开联席会议", ["日前，兴县社会组织综合党委召开成员单位联席会议，研究“两个覆盖”攻坚措施。"],
       "（通讯员 刘兰芳）", None, "山西", "兴县社会组织综合党委", "2023-09-05", ["刘兰芳"], [], ["briefs", "relative_date"])]
lines = ["A06 综合新闻 吕梁晨报 2O23年9月 5日"]
for a in m:
    if a.title:
        lines.append("◆ " + a.title)
        lines += wrap(a.body[0] + a.attr, 14)
    else:
        lines += wrap("◆ " + a.body[0], 14)
write_page(P, "2023-09-05", "A06.txt", J(lines), "gb18030", False, "ocr", "provincial", m,
           ["ocr", "gb18030", "no_blank_lines", "stray_spaces"])
n = [A("临县民政局开展春节送温暖活动", ["2月上旬，临县民政局党员干部分赴23个乡镇走访慰问困难群众，送去慰问金和年货。"],
       "（临县民政局供稿）", "临县民政局", "山西", "临县民政局", "2024-02-01", ["王旭"],
       ["图为党员干部为困难群众送去慰问品。（王旭 摄）"], ["title_after", "captions", "period_date"]),
     A("吕梁市民政局党组召开民主生活会", ["2月2O日，吕梁市民政局党组召开主题教育专题民主生活会，班子成员逐一对照检查。"],
       "本报讯（记者 白雪梅 通讯员 任晓东）", S, "山西", "吕梁市民政局", "2024-02-20", ["白雪梅", "任晓东"], [], ["dateline"])]
txt = J(["吕梁晨报 2O24年2月27日 星期二 A O3", "", render(n[0], 13, end=True, after=True), "",
         render(n[1], 13, lead=True), "", "笫3版"])
write_page(P, "2024-02-27", "A03.txt", txt, "utf-8", False, "ocr", "provincial", n, ["ocr"])
o = [A("中阳县民政局深化“三级联动”模范机关创建", ["2月下旬，中阳县民政局召开模范机关创建推进会，明确今年创建任务l2项。", "局党组书记张建峰指出，要以党建引领民政事业高质量发展。"],
       "本报讯（通讯员 冯志刚）", S, "山西", "中阳县民政局", "2024-02-21", ["冯志刚", "张建峰"], [], ["dateline", "period_date", "name_verb"]),
     A("方山县：党员志愿者结对困境儿童", ["2月19日，方山县民政局组织3O名党员志愿者与困境儿童结对，开展“一对一”关爱帮扶。"],
       "（方山县民政局供稿）", "方山县民政局", "山西", "方山县民政局", "2024-02-19", [], [], [])]
txt = J(["A O4 吕梁晨报 2O24年2月27日", "", render(o[0], 13, lead=True), "", render(o[1], 13, end=True)])
write_page(P, "2024-02-27", "A04.txt", txt, "utf-8-sig", False, "ocr", "provincial", o, ["ocr", "utf8_bom"])


with open(os.path.join(HERE, "truth-h5f.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print(len(TRUTH), "pages", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
