"""Held-back truth pages, set h5b (batch h5). Writes pages next to itself and truth-h5b.json.

Publications (name, province, kind, format, styles):
1. 运河晨报 — 江苏, provincial daily, .txt (utf-8, utf-8-sig, gb18030, utf-8+CRLF). Styles: running head
   "运河晨报 | 日期 | 第N版", 版面 labels 〖党建〗, kickers over titles, ——subtitles, datelines 本报讯（…）,
   top byline 本报记者 X Y, editor's note, pull quote in 「」, 下转/上接 continuation across two pages of one
   issue, captions 图为…（X 摄）, a ● brief column, a December event in a January issue.
2. 盐渎融媒 — 江苏 (盐城 county media centre), OCR text layers of scans (utf-8, gb18030). Styles: OCR misreads
   (笫, ], l, O) in running heads and a few body spots (truth keeps them as printed), broken lines, stray
   spaces, double-spaced headline, an honour list, no blank lines on one page.
3. 申城邻里报 — 上海, provincial, .txt. Styles: two-line titles, ◆ briefs with title or none, title printed
   after article, dateline 本报讯（通讯员 X）, dot names broken across lines, 相关链接 box.
4. 天目融媒 — 浙江 (临安区 county media), .txt. Styles: 【place】 brief items, no blank lines, stray spaces,
   title after article, kickers, captions ▲, year boundary.
5. 浙里民政党建工作简报 — 浙江, bulletin, .docx. Styles: masthead, 目录, bracket unit credits, honour list,
   报/送/发 distribution lines.
6. 黄山民政网 — 安徽, government portal, .html (utf-8, one gb18030, one list page). Styles: breadcrumbs,
   info line 来源/作者/发布时间/浏览次数, 【字体：大 中 小】, 相关链接 list (furniture).
7. 和谐社区月刊 — national magazine, .txt. Styles: byline under title 文/X, （作者系…）, interview ——访,
   subheadings 一、, 摘要/关键词, editor's note, pull quote, dot names, national bodies.

Decisions beyond truth_conventions.md:
- A title's kicker, main line and ——subtitle are joined with no separator (the check removes whitespace).
- A double-spaced headline's truth title is written without the padding spaces.
- OCR misreads inside article text are kept in the truth as printed (笫, O for 0); slogans are given in
  canonical form only where printed correctly.
- A top byline 文/X and a closing （作者系…） are joined with a space as one attribution.
- Stray spaces are added by the writer only to page text, never to the truth.
- The list page's entries: body = the summary printed under each entry; source = the site (黄山民政网)
  unless an entry prints its own 来源.
- 【X】 brief items whose bracket names a place or unit have X as title (round ten, kind 2).
- A 相关链接 box printing no credit is an uncredited report: source null (round nine, kind 3).
- A reader's letter closing with (单位 姓名) is an author's own piece: source null; province and agency
  from the unit it names (the street as printed).
- The check accepts a joined attribution (top byline + closing note) when each part is printed.
- List page entry dates: lead's day, else the entry's own stamp; 上旬/中旬/下旬 → 1st/11th/21st.
"""
import os, json, random, io
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(58)
TRUTH = {}

def A(title=None, body=(), attr="", src=None, prov=None, ag=None, date=None, people=(), sl=(), cap=(), ph=(),
      tl=None, top=None, dl=None, end=None, tpos="before", mark=None, after=(), pq=None):
    return dict(title=title, body=list(body), attr=attr, src=src, prov=prov, ag=ag, date=date, people=list(people),
                sl=list(sl), cap=list(cap), ph=list(ph), tl=tl, top=top, dl=dl, end=end, tpos=tpos, mark=mark,
                after=list(after), pq=pq)

def wrap(s, w, stray=0.0):
    out = [s[i:i + w] for i in range(0, len(s), w)] or [""]
    if stray:
        o2 = []
        for ln in out:
            if len(ln) > 4 and random.random() < stray:
                k = random.randint(1, len(ln) - 1); ln = ln[:k] + " " + ln[k:]
            o2.append(ln)
        out = o2
    return out

def tlines(a):
    if a["tl"] is not None: return a["tl"]
    return [a["title"]] if a["title"] else []

def render_txt(a, w, ind="", stray=0.0, blank_in=False):
    L = []
    t = tlines(a)
    if a["tpos"] == "before":
        for x in t: L.append((a["mark"] + " " if a["mark"] and x == t[0] else "") + x)
    if a["top"]: L.append(a["top"])
    for i, p in enumerate(a["body"]):
        if i == 0 and a["dl"]: p = a["dl"] + p
        if i == len(a["body"]) - 1 and a["end"]: p = p + a["end"]
        if i == 0 and a["mark"] and not t: p = a["mark"] + p
        ls = wrap(ind + p, w, stray)
        L.extend(ls)
        if blank_in: L.append("")
        if a["pq"] is not None and i == a["pq"][0]:
            L.append(""); L.append(a["pq"][1]); L.append("")
    for c in a["cap"]: L.extend(wrap(c, w))
    for x in a["after"]: L.append(x)
    if a["tpos"] == "after":
        for x in t: L.append(x)
    return L

def truth_art(a, issue):
    d = {"title": a["title"], "body": a["body"], "attribution": a["attr"] or (a["top"] or a["dl"] or (a["end"] or "").strip("") or ""),
         "source": a["src"], "province": a["prov"], "agency": a["ag"], "date": a["date"] or issue,
         "people": a["people"], "slogans": a["sl"], "captions": a["cap"], "phenomena": a["ph"]}
    return d

def record(pub, issue, fname, kind, pkind, enc, crlf, arts, ptags):
    tags = set(ptags)
    for a in arts: tags |= set(a["ph"])
    TRUTH[f"{pub}/{issue}/{fname}"] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
        "phenomena": sorted(tags), "articles": [truth_art(a, issue) for a in arts]}

def write_bytes(pub, issue, fname, data):
    d = os.path.join(HERE, pub, issue); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, fname), "wb") as f: f.write(data)

def txt_page(pub, issue, fname, pkind, items, w, enc="utf-8", crlf=False, ind="", stray=0.0, blank=True,
             kind="text", ptags=(), blank_in=False):
    L = []; arts = []
    for it in items:
        if isinstance(it, str):
            L.extend(it.split("\n"))
        else:
            arts.append(it); L.extend(render_txt(it, w, ind, stray, blank_in))
        if blank: L.append("")
    text = ("\r\n" if crlf else "\n").join(L) + ("\r\n" if crlf else "\n")
    pt = set(ptags)
    if crlf: pt.add("crlf")
    if enc == "gb18030": pt.add("gb18030")
    if enc == "utf-8-sig": pt.add("utf8_bom")
    if kind == "ocr": pt.add("ocr")
    if stray: pt.add("stray_spaces")
    if not blank: pt.add("no_blank_lines")
    write_bytes(pub, issue, fname, text.encode(enc))
    record(pub, issue, fname, kind, pkind, enc, crlf, arts, pt)

# ---------------------------------------------------------------- 1 运河晨报 (江苏)
P = "运河晨报"
a1 = A(tl=["凝心聚力强堡垒　服务民生暖人心", "——江苏省民政厅深化模范机关建设综述"],
       title="凝心聚力强堡垒　服务民生暖人心——江苏省民政厅深化模范机关建设综述",
       top="本报记者 顾晓岚 钱文博", src="运河晨报", prov="江苏", ag="江苏省民政厅", date="2023-03-15",
       people=["顾晓岚", "钱文博", "沈立群"],
       sl=["模范机关", "党建引领", "三级联动"],
       body=["今年以来，省民政厅以模范机关建设为抓手，坚持党建引领业务发展，推动省市县“三级联动”在全省民政系统落地见效。",
             "省民政厅机关党委负责同志沈立群说，厅机关把服务困难群众作为检验党建成效的试金石，每个党支部都领办一项民生实事。",
             "一是建强支部堡垒，二是锤炼过硬作风，三是聚焦基层难题，一批群众急难愁盼问题得到解决。"],
       ph=["kicker", "subtitle", "byline_top", "province_context", "name_verb", "enumeration", "relative_date", "continued", "multi_line_title"],
       after=["（下转第3版）"], pq=(0, "「每个党支部都领办一项民生实事」"))
a1["ph"].append("pull_quote")
a2 = A(title="南京市鼓楼区开展社会组织党建指导员培训", dl="本报讯（通讯员 陆佳怡）",
       src="运河晨报", prov="江苏", ag="鼓楼区委社会工作部", date="2023-03-01", people=["陆佳怡"],
       body=["3月上旬，鼓楼区委社会工作部举办社会组织党建指导员培训班，60余名指导员参加。",
             "培训围绕“两个覆盖”、组织生活规范化等内容展开，学员分组到社区社会组织现场观摩。"],
       cap=["图为培训现场。（周明远 摄）"], sl=["两个覆盖"], ph=["dateline", "period_date", "captions"])
a2["people"].append("周明远")
txt_page(P, "2023-03-15", "01.txt", "provincial",
         ["运河晨报 | 2023年3月15日 星期三 | 第1版", "〖党建〗", a1, a2, "责任编辑：许小雯　美编：韩东"], 18,
         enc="utf-8", ind="　　", ptags=["column_label"])
a3 = A(title=None, body=["各地民政部门结合实际，把支部建在项目上，把党员派到服务一线。徐州、淮安等地的做法得到群众认可。",
             "下一步，省民政厅将持续深化“三级联动”，推动模范机关建设向基层延伸。"],
       src="运河晨报", prov="江苏", ag="江苏省民政厅", date="2023-03-15", sl=["三级联动", "模范机关"],
       ph=["continued", "title_none", "province_context"])
a3b = A(title="省民政厅开展“第一议题”学习", dl="本报讯（记者 钱文博）", src="运河晨报", prov="江苏", ag="江苏省民政厅",
        date="2023-03-13", people=["钱文博"], sl=["第一议题", "习近平新时代中国特色社会主义思想"],
        body=["13日上午，省民政厅党组召开会议，以“第一议题”形式学习习近平新时代中国特色社会主义思想。",
              "会议要求，全厅党员干部要把学习成果转化为推动民政事业发展的实际行动。"],
        ph=["dateline", "half_day_date", "province_context"])
txt_page(P, "2023-03-15", "03.txt", "provincial",
         ["第3版 | 运河晨报 | 2023年3月15日", "（上接第1版）", a3, a3b, "本版编辑：许小雯"], 16, enc="utf-8-sig",
         ptags=[])
a4 = A(title="无锡市民政局党组开展年终述职评议", dl="本报讯（记者 王子衿 通讯员 华一鸣）", src="运河晨报", prov="江苏",
       ag="无锡市民政局", date="2023-12-28", people=["王子衿", "华一鸣", "蒋立新"],
       body=["12月28日，无锡市民政局党组召开基层党组织书记抓党建述职评议会。",
             "局党组书记蒋立新指出，要坚持全面从严治党，把“四风”问题整治贯穿全年工作。"],
       sl=["全面从严治党", "四风"], ph=["dateline", "year_boundary", "name_verb"])
a5 = A(tl=["", "苏州社会组织综合党委：", "“红色引擎”激活社会组织活力"], title="苏州社会组织综合党委：“红色引擎”激活社会组织活力",
       end="（据苏州市民政局）", src="苏州市民政局", prov="江苏", ag="苏州社会组织综合党委", date="2024-01-09",
       body=["近日，苏州社会组织综合党委组织开展党员志愿服务季活动，120家社会组织参与。",
             "活动期间，各社会组织党组织结合主题教育成果，开展助老、助残等服务300余场次。"],
       sl=["主题教育"], ph=["relative_date", "multi_line_title"])
a5["tl"] = a5["tl"][1:]
txt_page(P, "2024-01-09", "02.txt", "provincial",
         ["运河晨报　　2024.1.9　星期二", "〖基层党建〗", a4, a5, "2"], 17, enc="gb18030", ptags=["column_label"])
b1 = A(title="常州：社区书记擂台赛开赛", mark="●", src=None, prov="江苏", ag="常州市民政局", date="2024-10-18",
       body=["18日，常州市民政局举办社区党组织书记擂台赛，20名书记同台比拼。"], ph=["briefs"])
b2 = A(title=None, mark="●", src=None, prov="江苏", ag="连云港市民政局", date="2024-10-22", end="（通讯员 孙海涛）",
       body=["连云港市民政局日前启动清廉机关建设示范点评选，首批确定8个示范点。"], people=["孙海涛"],
       sl=["清廉机关"], ph=["briefs", "title_none", "relative_date"])
b3 = A(title="扬州开展养老机构党建观摩", mark="●", src="扬州市民政局", prov="江苏", ag="扬州市民政局", date="2024-10-11",
       end="（扬州市民政局供稿）", body=["10月中旬，扬州市民政局组织全市养老机构党组织负责人开展观摩交流。"],
       ph=["briefs", "period_date"])
a6 = A(title="以高质量党建护航民政事业高质量发展", top="本报评论员", src="运河晨报", prov=None, ag=None, date="2024-10-22",
       body=["民政工作关系民生、连着民心。推进中国式现代化，民政部门责无旁贷。",
             "各级民政部门党组织要以党的二十大精神为指引，把党的建设贯穿民政工作全过程。"],
       sl=["高质量发展", "中国式现代化", "党的二十大精神"], ph=["byline_top"])
txt_page(P, "2024-10-22", "04.txt", "provincial",
         ["运河晨报 | 2024年10月22日 星期二 | 第4版", "〖民政快讯〗", b1, b2, b3, a6, "责任编辑：许小雯"], 20,
         enc="utf-8", crlf=True, ptags=["column_label"])

# ---------------------------------------------------------------- 2 盐渎融媒 (江苏, OCR)
P = "盐渎融媒"
o1 = A(tl=["射 阳 县 民 政 局", "开 展 “ 三 会 一 课 ” 规 范 化 检 查"], title="射阳县民政局开展“三会一课”规范化检查",
       src=None, prov="江苏", ag="射阳县民政局", date="2022-11-15", people=["朱红梅"],
       body=["11月15日，射阳县民政局机关党委对各党支部落实“三会一课”制度情况开展检查。",
             "检查组逐一查阅会议记录，对发现的问题列出清单。局机关党委书记朱红梅表示，将把检查结果纳入年度考核。"],
       sl=["三会一课"], ph=["double_spaced", "name_verb", "multi_line_title"])
o2 = A(title="盐城社会组织党建工作推进会召开", end="（通讯员 卞晓东）", src=None, prov="江苏", ag="盐城市民政局",
       date="2022-11-18", people=["卞晓东"],
       body=["日前，盐城市民政局召开社会组织党建工作推进会，部署下一阶段“两个覆盖”攻坚任务。"],
       sl=["两个覆盖"], ph=["relative_date"])
txt_page(P, "2022-11-18", "p2.txt", "county", ["盐渎融媒  2O22年]]月18日  笫2版", o1, o2, "第 2 版"], 15,
         enc="utf-8", kind="ocr", stray=0.3, blank_in=True, ptags=[])
o3 = A(title="关于表彰射阳县民政系统优秀共产党员的决定", src=None, prov="江苏", ag="射阳县民政局", date="2023-06-30",
       body=["为庆祝中国共产党成立102周年，县民政局党组决定，对以下同志予以表彰：",
             "优秀共产党员（8名）",
             "陈立国、吴  静、顾海波、潘晓琳、徐  磊、季红霞、唐志远、严丽娟",
             "优秀党务工作者（3名）",
             "周永康、钱  萍、葛思源"],
       people=["陈立国", "吴静", "顾海波", "潘晓琳", "徐磊", "季红霞", "唐志远", "严丽娟", "周永康", "钱萍", "葛思源"],
       ph=["honour_list"])
o3b = A(title="阜宁县民政局开展“以学正风”专题研讨", src=None, prov="江苏", ag="阜宁县民政局", date="2023-06-27",
        end="（通讯员 仇立华）", people=["仇立华", "孟凡超"],
        body=["6月27日，阜宁县民政局党组围绕以学正风开展专题研讨，班子成员逐一发言。",
              "局党组书记孟凡超强调，要把主题教育同解决群众急难愁盼结合起来。"],
        sl=["以学正风", "主题教育"], ph=["name_verb"])
txt_page(P, "2023-06-30", "p3.txt", "county", ["盐渎融媒 2023年6月3O日 笫3版 党建", o3, o3b, "编辑 刘洋 校对 马丽"], 24,
         enc="gb18030", kind="ocr", stray=0.15, ptags=[])
o4 = A(title="大丰区：社工站里党旗红", src=None, prov="江苏", ag="大丰区民政局", date="2024-04-10",
       body=["4月10日，大丰区民政局在全区镇（街道）社工站推行“党员社工”亮身份活动。",
             "社工站党员佩戴党徽上岗，为困难群众提供个案服务l20余次。"], ph=[])
o5 = A(title="东台市举办村级党组织书记民政业务培训", src=None, prov="江苏", ag="东台市民政局", date="2024-04-12",
       body=["近期，东台市民政局举办培训班，围绕社会救助、养老服务等内容开展授课。"], ph=["relative_date"])
o6 = A(title="建湖县开展清廉机关建设专题党课", src=None, prov="江苏", ag="建湖县民政局", date="2024-04-08",
       body=["4月8日上午，建湖县民政局党组书记讲授清廉机关建设专题党课。"], sl=["清廉机关"], ph=["half_day_date"])
txt_page(P, "2024-04-12", "p1.txt", "county", ["盐渎融媒 2O24年4月l2日", o4, o5, o6, "—1—"], 14,
         enc="utf-8", kind="ocr", stray=0.25, blank=False, ptags=[])
o7 = A(title="响水县“党建引领+社会救助”服务品牌发布", end="（响水县民政局供稿）", src="响水县民政局", prov="江苏",
       ag="响水县民政局", date="2025-02-25", people=["邵春燕"],
       body=["2月25日，响水县民政局发布“党建引领+社会救助”服务品牌。",
             "局党组成员邵春燕说，品牌将织密兜底保障网，让党的温暖直达困难群众。"],
       sl=["党建引领"], ph=["name_verb"])
o8 = A(title="滨海县社会组织开展“四 个 意识”专题学习", src=None, prov="江苏", ag="滨海县社会组织综合党委",
       date="2025-02-27", body=["近日，滨海县社会组织综合党委组织开展专题学习，引导党员增强“四 个 意识”。"],
       sl=["四个意识"], ph=["relative_date"])
txt_page(P, "2025-02-27", "p4.txt", "county", ["盐 渎 融 媒  2O25年2月27日  笫4版", o7, o8], 16,
         enc="utf-8", kind="ocr", stray=0.2, ptags=[])

# ---------------------------------------------------------------- 3 申城邻里报 (上海)
P = "申城邻里报"
s1 = A(tl=["上海援疆社工与喀什群众", "共建“石榴籽”服务站"], title="上海援疆社工与喀什群众共建“石榴籽”服务站",
       dl="本报讯（通讯员 阿依古丽·买买提）", src="申城邻里报", prov="上海", ag="上海市民政局", date="2022-08-02",
       people=["阿依古丽·买买提", "热合曼·吐尔逊", "杨思佳"],
       body=["8月2日，上海市民政局援疆社工团队在喀什地区揭牌“石榴籽”服务站。",
             "当地社区干部热合曼·吐尔逊说，服务站让各族群众在家门口就能享受到专业社工服务。援疆社工杨思佳表示，将带动本地社工共同成长。"],
       ph=["dateline", "dot_name", "multi_line_title", "name_verb"])
s2 = A(title="静安区社区党群服务中心推出夜间服务", src=None, prov="上海", ag="静安区民政局", date="2022-08-05",
       body=["近日，静安区各社区党群服务中心推出夜间延时服务，方便上班族办事。",
             "区民政局相关负责人介绍，夜间服务将覆盖全部14个街道（镇）。"], tpos="after",
       ph=["title_after", "relative_date"])
txt_page(P, "2022-08-05", "A02.txt", "provincial", ["申城邻里报·社区党建", "2022年8月5日　A02", s1, s2], 13,
         enc="utf-8", ptags=["column_label"])
s3 = A(title="徐汇社会组织学习党的二十大精神", mark="◆", src=None, prov="上海", ag="徐汇区社会组织综合党委",
       date="2023-11-28", body=["11月28日，徐汇区社会组织综合党委举办党的二十大精神专题学习会。"],
       sl=["党的二十大精神"], ph=["briefs"])
s4 = A(title=None, mark="◆", src=None, prov="上海", ag="浦东新区民政局", date="2023-12-01",
       body=["浦东新区民政局日前开展主题教育成果交流，12个党支部作交流发言。"], sl=["主题教育"],
       ph=["briefs", "title_none", "relative_date"])
s5 = A(title="闵行启动“两张清单”进社区", mark="◆", src="闵行区民政局", prov="上海", ag="闵行区民政局", date="2023-11-21",
       end="（来源：闵行区民政局）", body=["11月下旬，闵行区民政局推动“两张清单”进社区，明确社区党组织服务事项。"],
       sl=["两张清单"], ph=["briefs", "period_date"])
s6 = A(title="宝山区开展“第一议题”学习", mark="◆", src=None, prov="上海", ag="宝山区民政局", date="2023-11-30",
       body=["30日下午，宝山区民政局党组以“第一议题”开展学习。"], sl=["第一议题"], ph=["briefs", "half_day_date"])
txt_page(P, "2023-12-01", "B03.txt", "provincial", ["申城邻里报　2023年12月1日　星期五　B03", "党建速递", s3, s4, s5, s6],
         20, enc="gb18030", crlf=True, blank=False, ptags=["column_label"])
s7 = A(tl=["党 建 引 领 社 区 微 更 新"], title="党建引领社区微更新", dl="本报讯（记者 沈佩玲）", src="申城邻里报", prov="上海",
       ag="长宁区民政局", date="2024-06-14", people=["沈佩玲", "吴敏"],
       body=["14日，长宁区民政局召开社区微更新现场会，推广“党建引领、居民议事”经验。",
             "区民政局局长吴敏指出，要把微更新作为践行人民城市理念的具体行动。"],
       sl=["党建引领"], ph=["dateline", "double_spaced", "name_verb"])
s8 = A(title=None, body=["2023年以来，长宁区共完成社区微更新项目86个，居民满意度达96%。"], src=None, prov="上海",
       ag="长宁区民政局", date="2024-06-18", ph=["related_link", "title_none"])
txt_page(P, "2024-06-18", "A05.txt", "provincial", ["申城邻里报 A05 2024年6月18日", s7, "相关链接", s8], 16,
         enc="utf-8-sig", ind="  ", ptags=["related_link"])
s9 = A(tl=["奉贤区养老服务机构", "党组织实现应建尽建"], title="奉贤区养老服务机构党组织实现应建尽建", dl="本报讯（通讯员 朱丹青 蔡俊）",
       src="申城邻里报", prov="上海", ag="奉贤区民政局", date="2025-05-06", people=["朱丹青", "蔡俊"],
       body=["5月6日，记者从奉贤区民政局获悉，全区养老服务机构党组织实现应建尽建。",
             "下一步，区民政局将推动养老机构党建与服务质量提升深度融合。"], ph=["dateline", "multi_line_title"])
s10 = A(title="金山区社区工作者学习“四个自信”", src=None, prov="上海", ag="金山区民政局", date="2025-05-09",
        body=["近期，金山区民政局组织社区工作者开展专题学习，坚定“四个自信”。"], sl=["四个自信"],
        tpos="after", ph=["title_after", "relative_date"])
txt_page(P, "2025-05-09", "A03.txt", "provincial", ["申城邻里报　A03", "2025年5月9日", s9, s10, "编辑：黄静"], 15,
         enc="utf-8", ptags=[])

# ---------------------------------------------------------------- 4 天目融媒 (浙江 临安)
P = "天目融媒"
t1 = A(title="于潜镇", mark="【", src=None, prov="浙江", ag="于潜镇党委", date="2023-02-20",
       body=["日前，于潜镇党委召开村社组织书记例会，部署强村富民工作。"], ph=["briefs", "relative_date"])
t1["tl"] = ["于潜镇】"]
t2 = A(title="临安区民政局", src=None, prov="浙江", ag="临安区民政局", date="2023-02-17", tl=["【临安区民政局】"],
       body=["17日，临安区民政局举办社会救助业务培训，40余名镇街经办人员参加。"], ph=["briefs"])
t3 = A(title=None, tl=[], src=None, prov="浙江", ag="锦北街道", date="2023-02-20",
       body=["【快讯】锦北街道近日开展“红色物业”评选，推动物业服务企业党建全覆盖。"], ph=["briefs", "title_none", "relative_date"])
t1["mark"] = None; t1["tl"] = ["【于潜镇】"]
txt_page(P, "2023-02-20", "03.txt", "county", ["天目融媒 2023年2月20日 第3版 基层动态", t1, t2, t3], 15,
         enc="utf-8", stray=0.2, blank=False, ptags=["column_label"])
# fix t3: body contains the furniture 【快讯】 prefix — keep body clean
t3["body"] = ["锦北街道近日开展“红色物业”评选，推动物业服务企业党建全覆盖。"]
TRUTH[f"{P}/2023-02-20/03.txt"]["articles"][2]["body"] = t3["body"]
t4 = A(tl=["“红色管家”上门来", "昌化镇织密为老服务网"], title="“红色管家”上门来昌化镇织密为老服务网", src=None, prov="浙江",
       ag="昌化镇", date="2023-09-08", people=["章丽萍"],
       body=["9月8日，昌化镇组织党员志愿者组成“红色管家”队伍，为独居老人上门服务。",
             "志愿者章丽萍说，每周都会上门看看老人，陪他们聊聊天。"],
       cap=["▲ 志愿者为老人测量血压。（方建军 摄）"], ph=["kicker", "captions", "name_verb", "multi_line_title"])
t4["cap"] = ["志愿者为老人测量血压。（方建军 摄）"]; t4["people"].append("方建军")
t4["after"] = ["▲ 志愿者为老人测量血压。（方建军 摄）"]; t4c = t4["cap"]; t4["cap"] = []
t4b = A(title="板桥镇“三张清单”压实支部责任", src=None, prov="浙江", ag="板桥镇党委", date="2023-09-11",
        end="（通讯员 许梦瑶）", people=["许梦瑶"],
        body=["11日，板桥镇党委向各村党支部发放“三张清单”，明确责任、任务和时限。"], sl=["三张清单"], ph=[])
txt_page(P, "2023-09-12", "02.txt", "county", ["天目融媒", "2023年9月12日", t4, t4b], 14, enc="utf-8", stray=0.1,
         ptags=[])
TRUTH[f"{P}/2023-09-12/02.txt"]["articles"][0]["captions"] = t4c
t5 = A(title="临安区社会组织党建工作会议召开", src=None, prov="浙江", ag="临安区委社会工作部", date="2024-06-28",
       body=["6月28日，临安区委社会工作部召开社会组织党建工作会议。",
             "会议要求，要深化“两个覆盖”，推动社会组织党建提质增效。"], sl=["两个覆盖"], tpos="after",
       ph=["title_after"])
t6 = A(title="太湖源镇党委开展主题党日活动", src=None, prov="浙江", ag="太湖源镇党委", date="2024-07-01",
       body=["近日，太湖源镇党委组织党员重温入党誓词，学习党史。"], ph=["relative_date"])
txt_page(P, "2024-07-01", "02.txt", "county", ["天目融媒 第2版 2024年7月1日", t5, t6, "（本版编辑 俞飞）"], 16,
         enc="gb18030", crlf=True, ptags=[])
t7 = A(title="临安区民政局年终慰问困难党员", src=None, prov="浙江", ag="临安区民政局", date="2024-12-30",
       body=["12月30日，临安区民政局党组班子成员分组走访慰问困难党员和老党员12名。"], ph=["year_boundary"])
t8 = A(tl=["锦城街道：", "社区议事会议出民生实事"], title="锦城街道：社区议事会议出民生实事", src=None, prov="浙江", ag="锦城街道",
       date="2025-01-06", body=["岁末年初，锦城街道各社区召开议事会，确定年度民生实事项目。"], ph=["relative_date", "multi_line_title"])
txt_page(P, "2025-01-06", "01.txt", "county", ["天目融媒 2025年1月6日", t7, t8], 18, enc="utf-8-sig", stray=0.15,
         ptags=[])

# ---------------------------------------------------------------- 7 和谐社区月刊 (national magazine)
P = "和谐社区月刊"
m1 = A(title="新时代社区党组织建设的三重逻辑", top="文/林向东", end="（作者系南京师范大学公共管理学院教授）",
       attr="文/林向东 （作者系南京师范大学公共管理学院教授）", src=None, prov=None, ag=None, date="2022-10-01", people=["林向东"],
       body=["摘要：社区党组织是党在城市基层的战斗堡垒。", "关键词：社区党组织；基层治理；党建引领",
             "一、政治逻辑", "社区党组织首先是政治组织，必须把“两个维护”落实到基层治理各方面。",
             "二、治理逻辑", "党建引领基层治理，关键在于把组织优势转化为治理效能。"],
       sl=["两个维护", "党建引领"], ph=["byline_top", "subheadings", "enumeration"], pq=(3, "“把组织优势转化为治理效能”"))
m1["ph"].append("pull_quote")
m1b = A(title="《社区治理案例选编》出版", end="（本刊编辑部）", src="和谐社区月刊", prov=None, ag=None, date="2022-10-01",
        body=["近日，《社区治理案例选编》出版，收录全国各地社区党组织带领居民参与治理的案例50个。"], ph=["relative_date"])
txt_page(P, "2022-10-01", "p12.txt", "magazine", ["和谐社区月刊 2022年第10期", "理论探索", m1, "书讯", m1b, "12 / 和谐社区"], 22,
         enc="utf-8", ptags=["column_label"])
m2 = A(tl=["让社区服务更有温度", "——访民政部基层政权建设和社区治理司负责人"], title="让社区服务更有温度——访民政部基层政权建设和社区治理司负责人",
       top="本刊记者 贺明轩", src="和谐社区月刊", prov=None, ag="民政部", date="2023-11-01", people=["贺明轩"],
       body=["记者：今年社区服务工作有哪些新进展？", "负责人：民政部持续推进完整社区建设，社区综合服务设施覆盖率不断提高。",
             "记者：下一步如何发挥党组织作用？", "负责人：要坚持党建引领，把高质量发展要求落到社区服务各环节。"],
       sl=["党建引领", "高质量发展"], ph=["interview", "subtitle", "national_body", "byline_top", "multi_line_title"])
txt_page(P, "2023-11-01", "p08.txt", "magazine",
         ["和谐社区月刊·2023年第11期", "编者按：社区是基层治理的“最后一公里”。本期专访有关负责人。", m2, "8"], 20,
         enc="utf-8-sig", ptags=["editor_note"])
m3 = A(title="中央社会工作部部署社会组织党建工作", src="新华社", prov=None, ag="中央社会工作部", date="2024-04-18",
       dl="新华社北京4月18日电 ", attr="新华社北京4月18日电",
       body=["中央社会工作部18日召开会议，部署推进社会组织党的建设工作。",
             "会议强调，要以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”。"],
       sl=["习近平新时代中国特色社会主义思想", "四个意识", "四个自信"], ph=["dateline", "national_body"])
m4 = A(title="天山脚下的社区“领头雁”", top="本刊通讯员 古丽米拉·艾则孜", src="和谐社区月刊", prov="新疆",
       ag="乌鲁木齐市天山区民政局", date="2024-05-01", people=["古丽米拉·艾则孜", "买买提江·吾守尔"],
       body=["乌鲁木齐市天山区民政局近年来选派优秀党员担任社区书记。",
             "社区书记买买提江·吾守尔说，要让居民遇事有人管、有事有人帮。"], ph=["dot_name", "name_verb", "byline_top"])
txt_page(P, "2024-05-01", "p20.txt", "magazine", ["和谐社区月刊 2024年第5期 | 本刊关注", m3, m4, "20"], 13,
         enc="gb18030", ptags=["column_label"])
m5 = A(title="以学铸魂　以学增智", top="文/宋雅琴", attr="文/宋雅琴", src=None, prov=None, ag=None, date="2025-06-01",
       people=["宋雅琴"],
       body=["主题教育的实践表明，以学铸魂、以学增智、以学正风、以学促干是一个有机整体。",
             "基层党组织应坚持学思想、强党性、重实践、建新功，推动学习成果转化。"],
       sl=["以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "主题教育"], ph=["byline_top"])
m5b = A(title="社区书记的一天", end="（安徽省合肥市蜀山区琥珀街道 钱晓芸）", src=None, prov="安徽", ag="蜀山区琥珀街道",
        date="2025-06-01", people=["钱晓芸"],
        body=["我在蜀山区琥珀街道做社区书记已经六年了。每天清晨，我都会先到小区里转一圈，听听居民的烦心事。",
              "这些年我体会最深的是，“三会一课”不能只停留在记录本上，要开到居民楼下去。"],
        sl=["三会一课"], ph=["province_context"])
txt_page(P, "2025-06-01", "p33.txt", "magazine", ["和谐社区月刊 2025.6", "心得体会", m5, "读者来信", m5b, "33"], 20,
         enc="utf-8", crlf=True, ptags=["column_label"])

# ---------------------------------------------------------------- 5 浙里民政党建工作简报 (docx)
P = "浙里民政党建工作简报"
def docx_page(issue, fname, head, arts, tail, ptags):
    doc = Document()
    for h in head: doc.add_paragraph(h)
    for a in arts:
        for t in tlines(a): doc.add_paragraph(t)
        for i, p in enumerate(a["body"]):
            if i == len(a["body"]) - 1 and a["end"]: p = p + a["end"]
            doc.add_paragraph(p)
        for c in a["cap"]: doc.add_paragraph(c)
    for t in tail: doc.add_paragraph(t)
    bio = io.BytesIO(); doc.save(bio)
    write_bytes(P, issue, fname, bio.getvalue())
    record(P, issue, fname, "docx", "bulletin", "docx", False, arts, set(ptags) | {"docx", "bulletin_masthead", "distribution_lines"})
MH = lambda n, d: ["浙里民政党建工作简报", f"第{n}期", "浙江省民政厅机关党委　　　　" + d]
DIST = ["报：省委省直机关工委", "送：厅领导", "发：厅机关各党支部、直属单位党组织"]
d1 = A(title="厅机关党委召开支部书记述职会", end="（厅机关党委办公室）", attr="（厅机关党委办公室）", src="浙江省民政厅机关党委办公室",
       prov="浙江", ag="浙江省民政厅", date="2022-12-16",
       body=["12月16日，厅机关党委召开党支部书记抓党建述职评议会，12名支部书记现场述职。",
             "会议要求各支部对照问题清单抓好整改。"], ph=["province_context"])
d2 = A(title="社会救助处党支部开展“三会一课”互查", end="（社会救助处党支部 楼晓燕）", attr="（社会救助处党支部 楼晓燕）",
       src="浙江省民政厅社会救助处党支部", prov="浙江", ag="浙江省民政厅", date="2022-12-20", people=["楼晓燕"],
       body=["近日，社会救助处党支部与养老服务处党支部开展“三会一课”交叉互查。"], sl=["三会一课"], ph=["relative_date"])
docx_page("2022-12-20", "第12期.docx", MH(12, "2022年12月20日"), [d1, d2], DIST, [])
d3 = A(title="关于2022—2023年度厅机关先进基层党组织和优秀共产党员的通报", src=None, prov="浙江", ag="浙江省民政厅",
       date="2023-05-30",
       body=["经厅直属机关党委研究，决定对以下先进集体和个人予以通报表扬：", "一、先进基层党组织",
             "厅办公室党支部、慈善社工处党支部、省民政科学研究所党支部", "二、优秀共产党员",
             "方志诚、刘　颖、何建平、屠佳慧、欧阳明辉"],
       people=["方志诚", "刘颖", "何建平", "屠佳慧", "欧阳明辉"], ph=["honour_list", "enumeration", "province_context"])
d3b = A(title="厅团委开展青年理论学习小组联学", end="（厅团委）", attr="（厅团委）", src="浙江省民政厅团委", prov="浙江",
        ag="浙江省民政厅", date="2023-05-26",
        body=["5月26日，厅团委组织各青年理论学习小组开展联学，交流学习习近平新时代中国特色社会主义思想的体会。"],
        sl=["习近平新时代中国特色社会主义思想"], ph=[])
docx_page("2023-05-30", "第5期.docx", MH(5, "2023年5月30日") + ["目　录", "关于2022—2023年度厅机关先进基层党组织和优秀共产党员的通报", "厅团委开展青年理论学习小组联学"],
          [d3, d3b], DIST, ["contents_list"])
d4 = A(title="杭州市民政局推进清廉民政建设", end="（杭州市民政局 邵一帆）", attr="（杭州市民政局 邵一帆）", src="杭州市民政局",
       prov="浙江", ag="杭州市民政局", date="2024-03-21", people=["邵一帆"],
       body=["3月下旬，杭州市民政局召开清廉民政建设推进会，部署全面从严治党重点任务。"], sl=["全面从严治党"], ph=["period_date"])
d5 = A(title="宁波市社会组织联合党委开展“两学一做”常态化学习", end="（办公室）", attr="（办公室）", src="浙江省民政厅办公室",
       prov="浙江", ag="宁波市社会组织联合党委", date="2024-03-28",
       body=["日前，宁波市社会组织联合党委组织开展“两学一做”常态化学习。"], sl=["两学一做"], ph=["relative_date"])
d6 = A(title="温州：“书记领办”破解养老难题", end="（温州市民政局 潘书豪）", attr="（温州市民政局 潘书豪）", src="温州市民政局",
       prov="浙江", ag="温州市民政局", date="2024-03-25", people=["潘书豪"],
       body=["25日上午，温州市民政局召开书记领办项目推进会，聚焦养老服务难题。"], ph=["half_day_date"])
docx_page("2024-03-28", "第3期.docx", MH(3, "2024年3月28日") + ["目　录", "杭州市民政局推进清廉民政建设", "宁波市社会组织联合党委开展“两学一做”常态化学习", "温州：“书记领办”破解养老难题"],
          [d4, d5, d6], DIST, ["contents_list"])
d7 = A(title="厅党组理论学习中心组专题学习二十届三中全会精神", end="（厅机关党委）", attr="（厅机关党委）", src="浙江省民政厅机关党委",
       prov="浙江", ag="浙江省民政厅", date="2025-04-10",
       body=["4月10日，厅党组理论学习中心组举行专题学习，深入学习二十届三中全会精神。",
             "会议强调，要牢记“国之大者”，推动民政事业在中国式现代化中展现新作为。"],
       sl=["二十届三中全会精神", "国之大者", "中国式现代化"], ph=["province_context"])
d8 = A(title="嘉兴市民政局党组开展“两个确立”专题研讨", end="（嘉兴市民政局 褚佳宁）", attr="（嘉兴市民政局 褚佳宁）",
       src="嘉兴市民政局", prov="浙江", ag="嘉兴市民政局", date="2025-04-15", people=["褚佳宁"],
       body=["日前，嘉兴市民政局党组开展专题研讨，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。"],
       sl=["两个确立", "两个维护"], ph=["relative_date"])
docx_page("2025-04-15", "第4期.docx", MH(4, "2025年4月15日"), [d7, d8], DIST, [])

# ---------------------------------------------------------------- 6 黄山民政网 (安徽, html)
P = "黄山民政网"
def html_art(issue, fname, a, laiyuan, zuozhe, enc="utf-8", ptags=()):
    ps = "".join(f"<p style=\"text-indent:2em\">{p}</p>\n" for p in a["body"])
    caps = "".join(f"<p class=\"pic-note\">{c}</p>\n" for c in a["cap"])
    html = f"""<!DOCTYPE html><html><head><meta charset="{ 'gb2312' if enc=='gb18030' else 'utf-8'}"><title>{a['title']}_黄山民政网</title></head>
<body><div class="nav">首页 &gt; 工作动态 &gt; 党建工作</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{issue} 来源：{laiyuan} 作者：{zuozhe} 浏览次数：{random.randint(100, 900)} 【字体：大 中 小】</div>
<div class="content">
{ps}{caps}</div>
<div class="related">相关链接：<a href="#">黄山市民政局2023年工作要点</a> <a href="#">全市民政系统党建工作会议召开</a></div>
<div class="tools">【打印】【关闭】</div></div></body></html>
"""
    write_bytes(P, issue, fname, html.encode(enc))
    record(P, issue, fname, "html", "provincial", enc, False, [a], set(ptags) | {"html", "related_link"} | ({"gb18030"} if enc == "gb18030" else set()))
h1 = A(title="黄山市民政局开展“四下基层”主题党日活动", attr="来源：黄山市民政局 作者：汪晓峰", src="黄山市民政局", prov="安徽",
       ag="黄山市民政局", date="2023-04-07", people=["汪晓峰"],
       body=["4月7日，黄山市民政局机关党支部组织党员深入社区开展主题党日活动。", "活动中，党员干部向居民宣讲最低生活保障等政策。"],
       cap=["图为党员干部在社区宣讲政策。"], ph=["captions"])
html_art("2023-04-11", "content_8812.html", h1, "黄山市民政局", "汪晓峰")
h2 = A(title="歙县民政局召开全面从严治党工作会议", attr="来源：歙县民政局", src="歙县民政局", prov="安徽", ag="歙县民政局",
       date="2023-10-24", body=["10月24日，歙县民政局召开全面从严治党工作会议，签订党风廉政建设责任书。",
             "会议要求驰而不息纠治“四风”，严格落实中央八项规定精神。"], sl=["全面从严治党", "四风", "中央八项规定"], ph=[])
html_art("2023-10-25", "content_9120.html", h2, "歙县民政局", "", enc="gb18030")
h4 = A(title="休宁县社会组织党建工作站揭牌", attr="来源：本网 作者：程雨涵", src="黄山民政网", prov="安徽", ag="休宁县民政局",
       date="2025-03-18", people=["程雨涵"],
       body=["3月18日，休宁县民政局在县社会组织孵化基地揭牌成立社会组织党建工作站。"], ph=[])
html_art("2025-03-19", "content_11034.html", h4, "本网", "程雨涵")
# list page
L1 = A(title="祁门县民政局开展党纪学习教育", src="黄山民政网", prov="安徽", ag="祁门县民政局", date="2024-08-29",
       body=["近日，祁门县民政局组织党员干部开展党纪学习教育读书班。"], ph=["relative_date"])
L2 = A(title="黟县养老机构党组织开展主题党日", src="黄山民政网", prov="安徽", ag="黟县民政局", date="2024-08-20",
       body=["8月20日，黟县民政局指导全县养老机构党组织开展主题党日活动。"], ph=[])
L3 = A(title="屯溪区召开社区书记工作例会", src="黄山民政网", prov="安徽", ag="屯溪区民政局", date="2024-08-11",
       body=["8月中旬，屯溪区民政局召开社区党组织书记工作例会。"], ph=["period_date"])
stamps = ["2024-08-29", "2024-08-22", "2024-08-16"]
rows = "".join(f"<li><a href=\"#\">{a['title']}</a><span class=\"date\">{s}</span><p class=\"summary\">{a['body'][0]}</p></li>\n"
               for a, s in zip([L1, L2, L3], stamps))
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>党建工作_黄山民政网</title></head>
<body><div class="nav">首页 &gt; 工作动态 &gt; 党建工作</div><ul class="list">
{rows}</ul><div class="page">共3条 第1页</div></body></html>
"""
write_bytes(P, "2024-08-30", "list_djgz.html", html.encode("utf-8"))
record(P, "2024-08-30", "list_djgz.html", "html", "provincial", "utf-8", False, [L1, L2, L3], {"html"})

with open(os.path.join(HERE, "truth-h5b.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print(len(TRUTH), "pages", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
