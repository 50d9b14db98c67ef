"""Truth pages (held back as batch h4, now development), set h4d: seven invented publications x four pages.

Publications (name, province, kind, format, styles shown)
- 新时代社区报 (national paper; txt x4). Running head split over lines (name / date+weekday / page+section),
  footer 责任编辑/校对 line; datelines 本报北京X月X日电（记者 …）, top bylines 本报记者 … 通讯员 …, 本报评论员;
  kicker over a two-line title, pull quote, （下转第3版）/（上接第1版） continuation across pages 01 and 03 of
  2024-01-09, a page with no blank lines at all, a sample-like 党建 page (double-spaced first article, a TOPIC
  label standing where a title is missing, a title printed after its article), and a 简讯 page (■ items with
  and without headline, 【place】 items, a 【快讯】 genre item), stray spaces. Encodings: utf-8, utf-8+CRLF,
  utf-8-sig, gb18030+CRLF.
- 川南日报 (四川, prefecture paper -> provincial; txt x2 + OCR x2). Indented paragraphs (full-width spaces),
  centred titles, 本报讯（记者 … 通讯员 …） datelines, interview with ——访 subtitle and 记者：/name： turns,
  photo caption with （本报记者 … 摄）, a 相关链接 box with its own text, an honour-list decision with a
  编者按 above it and padded names, bold-style subheadings; OCR pages with misread digits (2O24, l0, ], 笫),
  a blank line inside a two-line title, jittered line widths, stray spaces, December events in a January issue.
- 昭觉融媒 (四川 county media centre; txt x4). Very narrow columns, 【党建引领】/【社会组织·党建】 column labels,
  top bylines 文/图 记者 … / 记者 … 报道 / 记者 …, 昭觉融媒讯（记者 …） datelines, Yi names with the middle dot
  broken across lines (before or after the dot), name+说/表示, ▲ captions, pull quote, title after its article,
  ● brief items, a page without blank lines, ——subtitle.
- 澜沧江日报 (云南, prefecture paper -> provincial; txt x2 + OCR x2). Credits printed as a closing （记者 … 通讯员 …）,
  延伸阅读 box, kicker + two-line title + subheadings + caption with 本报记者 … 摄 (no parentheses), a
  （上接A01版） fragment on an OCR page, ● items on an OCR page, OCR misreads.
- 赤水河民政党建简报 (贵州 bulletin of 遵义市民政局机关党委; docx x4). Masthead (name, 第N期, 中共遵义市民政局机关委员会编
  + date), 目录, 编者按, unit credits （局机关党委办公室） / （科党支部 name） / （区县局 name）, ● items under a
  工作动态 label, a 【区局】 item, 问：/答： interview, kicker + title with a forced line break + ——subtitle,
  distribution lines 报：/送：/发： and （共印N份）.
- 红水河社会工作 (广西 magazine, monthly, folder = first day of month; txt x4). Running head with 年第N期 and
  page numbers ·18· / — 33 — floating between paragraphs, column labels, scholar piece with author under the
  title + 摘要：/关键词： + （作者系…）, 本刊讯/本刊通讯员/本刊记者/本刊编辑部 credits, letter-spaced title, title
  after article, reader's letter closed by (unit name), 目录 block, interview, Uyghur dot name broken.
- 鹿回头民政网 (海南, 三亚市民政局 portal -> provincial; html x4). Article pages with breadcrumbs, info line
  (发布日期/来源/作者/浏览次数/【字体：大 中 小】), captions under images (one with ▲), 相关链接 list, 打印/关闭 chrome,
  an empty 作者：, a 延伸阅读 box; one list page (GB18030 bytes, meta charset gbk) whose entries carry own stamps.

Decisions beyond truth_conventions.md
- Truth text is clean: the column breaks, stray spaces and forced breaks the renderer adds are not in it.
  OCR pages: the misreads printed in article text (2O24, l0, ], 笫) ARE in the truth as printed; people's
  names and slogan terms are never misread.
- A dateline (本报讯（…）, 本报X月X日电（…）, 昭觉融媒讯（…）) is the attribution and is NOT repeated in the first
  body paragraph; the body begins after it.
- Title joining: lines of one title are joined with nothing; kicker, main title and ——subtitle are joined with
  one space. A letter-spaced title is stored without its spaces. 【X】 place titles are stored without 【】.
- Top byline plus closing note (author + （作者系…）) are joined with one space into the attribution; the check
  accepts a joined attribution whose parts each occur.
- A closing （记者 X 通讯员 Y） (a paper's own reporter, no 本报讯) -> the paper as source. A bare （通讯员 X）
  closing, on a brief or a short report, -> source null.
- A county or city paper's/bulletin's abbreviated body (县民政局, 县委组织部, 市民政局, 自治区民政厅) is completed
  with its county/city/region for agency and source: 昭觉县民政局, 遵义市民政局, 广西壮族自治区民政厅.
- Continuation fragment whose head page is not in the set (澜沧江日报 A04, 上接A01版): facts as the fragment
  gives them; date = issue date (nothing names a day).
- Honour list: category headings and the name lines are body paragraphs; names padded with spaces as printed.
- Portal list page entries: source = the site (鹿回头民政网), attribution ""; date = lead day else entry stamp.
- A 延伸阅读/相关链接 box naming no place: province/agency null, source null, date = issue date.
- 编者按, 目录, TOPIC, labels, pull quotes, running heads are furniture. Pages may carry page-only tags
  (stray_spaces, no_blank_lines, editor_note, contents_list, distribution_lines, bulletin_masthead, column_label,
  related_link for a 相关链接 list of other pages, and encoding/kind tags).
- Slogans are computed from title+body (whitespace removed): every canonical form of DOMAIN.md's list, plus
  quoted numbered formulations “N个/项/张…”; stored without quotation marks.
- Village party body printed with its town (江平镇巫头村党总支) is agency as printed; a community committee as
  printed (公园社区党委); a profile of a town social worker -> the town as printed (城北乡).
aligned to docs/truth_conventions.md (round twelve): round ten kind 1 (slogans: “两张皮” is a figure of speech, not a numbered formulation, dropped) 1 — 1 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import os, re, json, random, datetime, html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h4d"
BR = "¦"  # forced line break in source strings (not in truth)

SLOGANS = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
           "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
           "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关", "总体国家安全观",
           "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂", "以学增智",
           "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NATIONAL = {"民政部", "中央社会工作部", "中央和国家机关工委"}
WD = "一二三四五六日"


def clean(s):
    return re.sub(r"\s+", "", s.replace(BR, ""))


def compute_slogans(text):
    t = clean(text)
    out = [s for s in SLOGANS if s in t]
    for m in re.finditer(r"“([一二三四五六七八九十两0-9]+[个项张][^”]{1,10})”", t):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


class A:
    """One article. Rendering hints + truth facts."""

    def __init__(self, title=None, body=(), **k):
        self.title = title if (title is None or isinstance(title, list)) else [title]
        self.body = list(body)
        self.kicker = k.get("kicker")
        self.subtitle = k.get("subtitle")
        self.byline = k.get("byline")
        self.dateline = k.get("dateline")
        self.closing = k.get("closing")
        self.closing_inline = k.get("closing_inline", True)
        self.captions = k.get("captions", [])      # list of (after_para_index or 'end', printed, truth)
        self.title_after = k.get("title_after", False)
        self.pull = k.get("pull")                    # (after_para_index, sentence)
        self.cont_up = k.get("cont_up")
        self.cont_down = k.get("cont_down")
        self.marker = k.get("marker")                # '■', '●', '【】' (title inline), or a label like '【快讯】'
        self.double = k.get("double", False)
        self.spaced = k.get("spaced", False)
        self.floats = k.get("floats", {})            # para index -> furniture lines printed after it
        self.source = k.get("source")
        self.province = k.get("province")
        self.agency = k.get("agency")
        self.date = k.get("date")
        self.people = k.get("people", [])
        self.tags = list(k.get("tags", []))

    def title_text(self):
        if self.title is None:
            return None
        main = "".join(clean(l) for l in self.title)
        parts = [p for p in (self.kicker, main, self.subtitle) if p]
        return " ".join(p.replace(BR, "") for p in parts)

    def attribution(self):
        parts = []
        if self.dateline:
            parts.append(self.dateline)
        if self.byline:
            parts.append(self.byline)
        if self.closing:
            parts.append(self.closing)
        return " ".join(parts)

    def truth(self, page_tags):
        tags = set(self.tags)
        if self.title is None:
            tags.add("title_none")
        if self.kicker:
            tags.add("kicker")
        if self.subtitle:
            tags.add("subtitle")
        if self.title and len([l for l in self.title if l.strip()]) > 1:
            tags.add("multi_line_title")
        if self.title_after:
            tags.add("title_after")
        if self.byline:
            tags.add("byline_top")
        if self.dateline:
            tags.add("dateline")
        if self.captions:
            tags.add("captions")
        if self.pull:
            tags.add("pull_quote")
        if self.cont_up or self.cont_down:
            tags.add("continued")
        if self.double:
            tags.add("double_spaced")
        if any("·" in p for p in self.people):
            tags.add("dot_name")
        if self.agency in NATIONAL:
            tags.add("national_body")
        if self.marker in ("■", "●", "◆", "【】") or (self.marker and self.marker.startswith("【")):
            tags.add("briefs")
        page_tags.update(tags)
        title = self.title_text()
        body = [b.replace(BR, "") for b in self.body]
        return {
            "title": title,
            "body": body,
            "attribution": self.attribution(),
            "source": self.source,
            "province": self.province,
            "agency": self.agency,
            "date": self.date,
            "people": self.people,
            "slogans": compute_slogans((title or "") + "".join(body)),
            "captions": [c[2] for c in self.captions],
            "phenomena": sorted(tags),
        }


# ---------------------------------------------------------------- text rendering
def wrap(text, width, rng, jitter=0):
    lines, cur = [], ""
    w = width + (rng.randint(-jitter, jitter) if jitter else 0)
    for ch in text:
        if ch == BR:
            lines.append(cur)
            cur = ""
            w = width + (rng.randint(-jitter, jitter) if jitter else 0)
            continue
        cur += ch
        if len(cur) >= w:
            lines.append(cur)
            cur = ""
            w = width + (rng.randint(-jitter, jitter) if jitter else 0)
    if cur:
        lines.append(cur)
    return lines


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch in "，。、“”"


def stray(line, p, rng):
    if p <= 0:
        return line
    out = ""
    for i, ch in enumerate(line):
        out += ch
        if 0 < i < len(line) - 1 and is_cjk(ch) and rng.random() < p:
            out += " "
    return out


def render_article_txt(a, st, rng):
    W, ind, pb = st["width"], st.get("indent", ""), st.get("para_blank", True)
    jit = st.get("jitter", 0)
    tind = st.get("title_indent", "")
    sp = st.get("stray", 0.0)
    out = []

    def add_lines(ls, double=False):
        for l in ls:
            out.append(stray(l, sp, rng))
            if double:
                out.append("")

    def title_lines():
        tl = []
        if a.kicker:
            tl.append(tind + a.kicker)
        for l in a.title:
            if a.spaced:
                tl.append(tind + " ".join(l))
            else:
                tl.append((tind + l) if l else "")
        if a.subtitle:
            tl.append(tind + a.subtitle)
        return tl

    if a.marker:  # brief item: everything runs on from the marker line
        if a.marker == "【】":
            head = "【" + a.title[0] + "】"
        elif a.marker.startswith("【"):
            head = a.marker
        else:
            head = a.marker + " "
        if a.title and a.marker != "【】":
            out.append(head + a.title[0])
            head = ""
        for i, b in enumerate(a.body):
            txt = ((head + (a.dateline or "")) if i == 0 else "") + b
            if i == len(a.body) - 1 and a.closing:
                txt += a.closing
            add_lines(wrap(txt, W, rng, jit))
        return out

    if a.title and not a.title_after:
        out.extend(title_lines())
        if st.get("blank_after_title", True):
            out.append("")
    if a.byline:
        out.append(tind + a.byline if st.get("byline_indent") else a.byline)
    if a.cont_up:
        out.append(a.cont_up)
    n = len(a.body)
    for i, b in enumerate(a.body):
        txt = ind + ((a.dateline or "") if i == 0 else "") + b
        if i == n - 1 and a.closing and a.closing_inline:
            txt += a.closing
        add_lines(wrap(txt, W, rng, jit), a.double)
        if i == n - 1 and a.closing and not a.closing_inline:
            out.append(a.closing)
        if a.pull and a.pull[0] == i:
            out.extend(["", "　　“" + a.pull[1] + "”", ""])
        for c in a.captions:
            if c[0] == i:
                out.append(c[1])
        if i in a.floats:
            out.extend(a.floats[i])
        if pb and not a.double and i < n - 1:
            out.append("")
    if a.cont_down:
        out.append(a.cont_down)
    for c in a.captions:
        if c[0] == "end":
            out.append(c[1])
    if a.title and a.title_after:
        out.extend(title_lines())
    return out


def write_txt(rel, elements, st, enc, crlf, seed):
    rng = random.Random(seed)
    lines = []
    for e in elements:
        if isinstance(e, A):
            lines.extend(render_article_txt(e, st, rng))
            if st.get("art_blank", True):
                lines.append("")
        else:
            lines.extend(e.split("\n"))
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(enc))


def head_date(d, weekday=True):
    dd = datetime.date.fromisoformat(d)
    s = f"{dd.year}年{dd.month}月{dd.day}日"
    return s + (f" 星期{WD[dd.weekday()]}" if weekday else "")


TRUTH = {}
PAGE_EXTRA = {}


def register(pub, date, page, kind, pkind, enc, crlf, arts, extra_tags=()):
    rel = f"{pub}/{date}/{page}"
    tags = set(extra_tags)
    if kind == "ocr":
        tags.add("ocr")
    if kind == "html":
        tags.add("html")
    if kind == "docx":
        tags.add("docx")
    if enc == "gb18030":
        tags.add("gb18030")
    if enc == "utf-8-sig":
        tags.add("utf8_bom")
    if crlf:
        tags.add("crlf")
    arts_t = [a.truth(tags) for a in arts]
    TRUTH[rel] = {"encoding": enc, "crlf": crlf, "kind": kind, "publication_kind": pkind,
                  "phenomena": sorted(tags), "articles": arts_t}
    return rel


def txt_page(pub, date, page, pkind, enc, crlf, elements, st, extra=(), ocr=False, seed=0):
    rel = f"{pub}/{date}/{page}"
    write_txt(rel, elements, st, enc, crlf, seed or hash_seed(rel))
    ex = set(extra)
    if st.get("stray", 0) > 0:
        ex.add("stray_spaces")
    if not st.get("para_blank", True) and not st.get("art_blank", True):
        ex.add("no_blank_lines")
    register(pub, date, page, "ocr" if ocr else "text", pkind, enc, crlf,
             [e for e in elements if isinstance(e, A)], ex)


def hash_seed(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s)) % 100003


# ---------------------------------------------------------------- HTML and Word writers
def write_bytes(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def hp(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{htmlmod.escape(text, quote=False)}</p>"


def html_page(rel, enc, crlf, pkind, arts, markup, extra=()):
    text = markup.strip() + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    write_bytes(rel, text.encode(enc))
    pub, date, page = rel.split("/")
    register(pub, date, page, "html", pkind, enc, crlf, arts, extra)


def build_docx(rel, masthead, contents, elements, distribution, copies, extra=()):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()

    def para(text="", bold=False, size=None, align=None, font="仿宋_GB2312", breaks=None):
        p = doc.add_paragraph()
        pieces = breaks if breaks else [text]
        for i, t in enumerate(pieces):
            r = p.add_run(t)
            r.bold = bold
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
            if size:
                r.font.size = Pt(size)
            if breaks and i < len(pieces) - 1:
                r.add_break()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    name, issue, office, date = masthead
    para(name, bold=True, size=26, align="c", font="方正小标宋简体")
    para(issue, size=14, align="c")
    para(office + "　　　　　　　　" + date, size=12)
    para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    if contents:
        para("目　录", bold=True, size=14, align="c", font="黑体")
        for c in contents:
            para(c, size=12)
        para("")
    arts = []
    for e in elements:
        if isinstance(e, A):
            arts.append(e)
            if e.marker:
                if e.marker == "【】":
                    txt = "【" + e.title[0] + "】" + e.body[0]
                else:
                    txt = e.marker + ((e.title[0] + "。") if e.title else "") + e.body[0]
                if e.closing:
                    txt += e.closing
                para(txt, size=16)
                continue
            if e.kicker:
                para(e.kicker, size=14, align="c", font="楷体_GB2312")
            if e.title:
                para(bold=True, size=18, align="c", font="方正小标宋简体", breaks=e.title)
            if e.subtitle:
                para(e.subtitle, size=14, align="c", font="楷体_GB2312")
            if e.byline:
                para(e.byline, size=14, align="c", font="楷体_GB2312")
            for b in e.body:
                para("　　" + b, size=16)
            if e.closing:
                para(e.closing, size=14, align="r", font="楷体_GB2312")
            para("")
        elif isinstance(e, tuple) and e[0] == "note":
            para(e[1], size=14, font="楷体_GB2312")
        elif isinstance(e, tuple) and e[0] == "label":
            para(e[1], bold=True, size=16, font="黑体")
    para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    for d in distribution:
        para(d, size=12)
    para(f"（共印{copies}份）", size=12, align="r")
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.core_properties.author = "jb"
    doc.save(path)
    pub, date, page = rel.split("/")
    register(pub, date, page, "docx", "bulletin", "docx", False, arts,
             set(extra) | {"bulletin_masthead", "distribution_lines"} | ({"contents_list"} if contents else set()))


P_XSD, P_CN, P_ZJ, P_LCJ = "新时代社区报", "川南日报", "昭觉融媒", "澜沧江日报"
P_CSH, P_HSH, P_LC = "赤水河民政党建简报", "红水河社会工作", "鹿回头民政网"


def build_all():
    pages_xsd()
    pages_cn()
    pages_zj()
    pages_lcj()
    pages_csh()
    pages_hsh()
    pages_lc()


# ================================================================= 新时代社区报 (national)
def pages_xsd():
    S = P_XSD
    st = dict(width=15, title_indent="  ", stray=0.02)
    d = "2024-01-09"
    a1 = A(["民政部召开全国基层政权建设", "和社区治理工作推进会"], kicker="以党建引领基层治理提质增效",
           dateline="本报北京1月8日电（记者 庞晓岚）",
           body=["1月8日上午，民政部在京召开全国基层政权建设和社区治理工作推进会，深入学习贯彻党的二十大精神，总结2023年工作，部署2024年重点任务。民政部党组成员、副部长郑启明出席会议并讲话。",
                 "会议指出，过去一年，各地民政部门坚持党建引领，扎实推进城乡社区服务体系建设，村（居）民委员会规范化建设水平不断提升，基层群众自治活力持续增强。",
                 "会议要求，要把学习贯彻习近" + BR + "平新时代中国特色社会主义思想主题教育成果转化为推动基层治理的实际成效。一是健全党组织领导的基层群众自治机制，二是深化村务公开和民主管理，三是推动社区服务设施补短板，四是持续为基层减负赋能。"],
           cont_down="（下转第3版）", source=S, province=None, agency="民政部", date="2024-01-08",
           people=["庞晓岚", "郑启明"], tags=["half_day_date", "enumeration"])
    a2 = A(["四川凉山：“一村一社工”", "打通为民服务“最后一公里”"], byline="本报记者 吉克·阿呷　通讯员 沙马拉则",
           body=["12月下旬，在凉山彝族自治州昭觉县谷曲乡的村级社会工作服务站里，社工阿说·" + BR + "木呷正带着志愿者为独居老人整理冬衣。",
                 "“过去老人有事要跑到乡里，现在社工每周上门两次，需求当场登记、限时办理。”阿说·木呷说。",
                 "2023年以来，凉山州民政局把乡镇（街道）社会工作服务站建设纳入党建引领基层治理重点任务，全州已建成乡镇社工站617个，实现“一村一社工”全覆盖，累计服务困难群众12.6万人次。",
                 "州民政局党组书记、局长马海日说，下一步将推动社工站与村党组织“结对共建”，让专业服务更多延伸到脱贫群众身边。"],
           pull=(1, "现在社工每周上门两次，需求当场登记、限时办理。"),
           source=S, province="四川", agency="凉山州民政局", date="2023-12-21",
           people=["吉克·阿呷", "沙马拉则", "阿说·木呷", "马海日"], tags=["year_boundary", "period_date", "name_verb"])
    a3 = A("让党建红线贯穿社会组织发展全过程", byline="本报评论员",
           body=["社会组织是党联系群众的重要纽带。新的一年，各级民政部门要以更大力度推进社会组织党的组织和党的工作“两个覆盖”，把党的领导落实到社会组织登记、年检、评估各个环节。",
                 "抓党建不能停留在挂牌子、建台账上。要防止党建与业务“两张皮”，把“三会一课”同项目化服务结合起来，让党员在服务群众中亮身份、作表率。",
                 "全面从严治党永远在路上。社会组织党组织要聚焦“国之大者”，在服务高质量发展中彰显先锋作用。"],
           source=S, province=None, agency=None, date=d, people=[])
    txt_page(S, d, "01.txt", "national", "utf-8", False,
             ["新时代社区报", "2024年1月9日 星期二", "要闻  01", "", a1, a2, a3, "责任编辑：郑雨桐　校对：任可欣"], st)

    f1 = A(None, cont_up="（上接第1版）",
           body=["会议强调，要坚持和发展新时代“枫桥经验”，推动社区工作者职业体系建设，稳步提高社区工作者薪酬待遇。要加强村（居）务监督委员会建设，把“三级联动”督导机制延伸到村（社区）。",
                 "会上，浙江、四川、广西等7个省份民政部门作了交流发言。各省（区、市）民政厅（局）分管负责同志在分会场参加会议。"],
           source=S, province=None, agency="民政部", date="2024-01-08", people=[])
    b2 = A("广西柳州：社会组织党组织“两个覆盖”再提升", dateline="本报南宁1月5日电（记者 韦春燕 通讯员 覃丽萍）",
           body=["记者从广西柳州市民政局获悉，截至2023年底，柳州市已在312家社会组织中建立党组织，社会组织党的组织和党的工作“两个覆盖”率分别达到78.6%和100%。",
                 "柳州市民政局依托市社会组织综合党委，推行“党建指导员+业务主管单位”双向联系机制，为未建立党组织的社会组织选派党建指导员96名。",
                 "该局还在年检年报中增设党建工作栏目，把“三会一课”落实情况作为等级评估的重要内容。"],
           source=S, province="广西", agency="柳州市民政局", date="2024-01-05", people=["韦春燕", "覃丽萍"])
    b3 = A("海南启动困难群众帮扶“三项行动”",
           body=["近日，海南省民政厅印发通知，在全省启动低保扩围增效、临时救助提质、残疾人两项补贴精准发放“三项行动”，行动将持续至2024" + BR + "年底。",
                 "通知要求，各市县民政部门要发挥基层党组织战斗堡垒作用，组织党员干部走村入户，对困难群众做到应保尽保、应救尽救。"],
           closing="（据海南省民政厅）", source="海南省民政厅", province="海南", agency="海南省民政厅", date=d,
           people=[], tags=["relative_date"])
    txt_page(S, d, "03.txt", "national", "utf-8", True,
             ["2024年1月9日 星期二", "03 综合新闻", "新时代社区报", f1, b2, b3, "本版编辑：黄一鸣"],
             dict(width=16, para_blank=False, art_blank=False, blank_after_title=False, stray=0.015, indent="　　"))

    d = "2023-06-20"
    c1 = A(["云南省民政厅党组理论学习中心组", "开展主题教育专题学习研讨"], double=True,
           body=["6月16日，云南省民政厅党组理论学习中心组开展学习贯彻习近" + BR + "平新时代中国特色社会主义思想主题教育专题学习研讨。厅党组书记、厅长杨正华主持并讲话，厅党组成员、副厅长李文涛等作交流发言。",
                 "会议强调，要坚持以学铸魂、以学增智、以学正风、以学促干，把理论学习成果转化为推动全省民政事业高质量发展的实际成效，在服务边疆民族地区群众中践行“两个维护”。"],
           closing="（据云南省民政厅）", source="云南省民政厅", province="云南", agency="云南省民政厅",
           date="2023-06-16", people=["杨正华", "李文涛"])
    c2 = A(None,
           body=["近日，贵州省民政厅机关党委组织厅直属单位50余名党员干部赴遵义会议会址开展“党性教育进现场”活动，重温入党誓词，聆听专题党课。",
                 "大家表示，要把红色资源转化为干事创业的强大动力，以实际行动诠释“两个确立”的决定性意义，推动模范机关建设走深走实。"],
           closing="（据贵州省民政厅）", source="贵州省民政厅", province="贵州", agency="贵州省民政厅", date=d,
           people=[], tags=["relative_date"])
    c3 = A(["四川省社会组织综合党委举办全省性社会组织", "负责人主题教育示范培训班"], title_after=True,
           body=["6月13日至15日，四川省社会组织综合党委在成都举办全省性社会组织负责人主题教育示范培训班，共80" + BR + "余人参加培训。",
                 "培训班采取专题辅导、现场教学、交流研讨相结合的方式，邀请四川省委党校教授作“中国式现代化的四川实践”专题辅导，组织学员到成都市武侯区社会组织党群服务中心现场观摩。",
                 "四川省民政厅党组成员、副厅长、省社会组织综合党委书记王德全在结业式上指出，全省性社会组织要切实把主题教育成果体现在服务大局、服务群众上。"],
           closing="（据四川省民政厅）", source="四川省民政厅", province="四川", agency="四川省社会组织综合党委",
           date="2023-06-13", people=["王德全"])
    txt_page(S, d, "04.txt", "national", "utf-8-sig", False,
             [" 党建", "", c1, "TOPIC", "", c2, c3], dict(width=14, stray=0.03, blank_after_title=True))

    d = "2025-03-18"
    e1 = A("民政部部署开展社会组织规范年活动", marker="■",
           body=["3月上旬，民政部印发通知，部署在全国开展社会组织规范年活动，重点整治“僵尸型”社会组织，推动社会组织党建工作与业务工作深度融合。"],
           source=None, province=None, agency="民政部", date="2025-03-01", people=[], tags=["period_date"])
    e2 = A(None, marker="■",
           body=["3月12日，贵州省黔东南州民政局联合州委社会工作部举办全州社区工作者党建业务培训班，120余名社区党组织书记参加培训。"],
           closing="（通讯员 杨秀梅）", source=None, province="贵州", agency="黔东南州民政局", date="2025-03-12",
           people=["杨秀梅"])
    e3 = A(["云南省民政厅"], marker="【】",
           body=["近日，该厅机关党委开展“第一议题”学习制度落实情况专项检查，对发现的问题建立清单、限期整改。"],
           source=None, province="云南", agency="云南省民政厅", date=d, people=[], tags=["relative_date"])
    e4 = A(None, marker="【快讯】",
           body=["3月14日下午，海口市龙华区民政局党支部与辖区8家养老服务机构党组织签订共建协议，推动党建资源向养老服务一线下沉。"],
           source=None, province="海南", agency="海口市龙华区民政局", date="2025-03-14", people=[],
           tags=["half_day_date"])
    e5 = A("南宁兴宁区“红色驿站”服务新就业群体", marker="■",
           body=["本报讯（记者 韦春燕）3月10日，南宁市兴宁区委社会工作部在辖区商圈建成首批12个“红色驿站”，为快递员、外卖骑手等新就业群体提供休息、充电、饮水等服务。"],
           source=S, province="广西", agency="南宁市兴宁区委社会工作部", date="2025-03-10", people=["韦春燕"])
    e5.body = ["3月10日，南宁市兴宁区委社会工作部在辖区商圈建成首批12个“红色驿站”，为快递员、外卖骑手等新就业群体提供休息、充电、饮水等服务。"]
    e5.dateline = "本报讯（记者 韦春燕）"
    e6 = A("凉山州开展社会组织党建“百日攻坚”", marker="■",
           body=["日前，凉山州社会组织党委在全州开展社会组织党建“百日攻坚”行动，重点推进新登记社会组织同步建立党组织、同步开展党的工作。"],
           closing="（据凉山州民政局）", source="凉山州民政局", province="四川", agency="凉山州社会组织党委", date=d,
           people=[], tags=["relative_date"])
    txt_page(S, d, "06.txt", "national", "gb18030", True,
             ["06", "新时代社区报 2025年3月18日 星期二", "基层动态·简讯", "简  讯", e1, e2, e3, e4, e5, e6, "责编：何苗"],
             dict(width=18, para_blank=False, art_blank=False, stray=0.02), extra=["column_label"])


# ================================================================= 川南日报 (四川, prefecture paper)
def pages_cn():
    S = P_CN
    st = dict(width=17, indent="　　", title_indent="      ", stray=0.01, byline_indent=True)
    d = "2024-07-02"
    a1 = A("让党旗在民政服务一线高高飘扬", subtitle="——访泸州市民政局党组书记、局长罗永刚", byline="本报记者 曾晓雨",
           body=["今年以来，泸州市民政系统深入推进“党建+民政服务”行动，在全市打造了一批党建引领民生服务的示范点。围绕相关工作，记者专访了泸州市民政局党组书记、局长罗永刚。",
                 "记者：今年以来，市民政局在机关党建上有哪些新举措？",
                 "罗永刚：我们坚持把“第一议题”制度作为首要政治任务，局党组带头学、支部跟进学、党员自主学。同时开展模范机关创建，推动机关党建和业务工作同谋划、同部署、同考核。",
                 "记者：基层群众最关心的养老、救助问题如何落实？",
                 "罗永刚：我们推行“1+6+N”社会救助服务模式，在全市143个乡镇（街道）设立社会救助服务窗口，今年1至6月共发放各类救助资金2.3亿元。",
                 "记者：下一步有什么打算？",
                 "罗永刚：我们将以党纪学习教育为契机，持续纠治“四风”，加快建设清廉机关，让群众在家门口感受到民政温度。"],
           source=S, province="四川", agency="泸州市民政局", date=d, people=["曾晓雨", "罗永刚"],
           tags=["interview", "relative_date"])
    a2 = A("纳溪区：社区“红管家”解难题", dateline="本报讯（记者 刘思远 通讯员 王露）",
           body=["6月28日，泸州市纳溪区安富街道永宁社区“红管家”议事会如期召开，居民代表、物业公司和社区党委围坐一堂，现场商定老旧小区加装电梯事宜。",
                 "据了解，纳溪区民政局在全区推广“红管家”社区治理模式，由社区党组织牵头，组织党员楼栋长、网格员收集居民诉求，今年以来已解决停车难、路灯不亮等民生问题210余件。"],
           captions=[(0, "　　图为永宁社区“红管家”议事会现场。（本报记者 刘思远 摄）", "图为永宁社区“红管家”议事会现场。（本报记者 刘思远 摄）")],
           source=S, province="四川", agency="纳溪区民政局", date="2024-06-28", people=["刘思远", "王露"],
           tags=["province_context"])
    a3 = A("“红管家”社区治理模式",
           body=["“红管家”是纳溪区探索的社区治理品牌，以社区党组织为核心，吸纳党员志愿者、物业企业和居民代表参与，实行“收集—交办—办结—回访”闭环管理，推动小事不出楼栋、大事不出社区。"],
           source=None, province="四川", agency=None, date=d, people=[], tags=["related_link"])
    txt_page(S, d, "03.txt", "provincial", "utf-8", True,
             ["川南日报", "2024年7月2日  星期二", "第3版  社会·民生", "", a1, a2, "【相关链接】", a3,
              "责任编辑 何丽君  校对 刘  佳"], st)

    d = "2023-12-05"
    h1 = A(["关于表彰2023年度全市社会组织党建工作", "先进集体和优秀个人的决定"],
           body=["为树立先进典型，激励全市社会组织党组织和广大党员担当作为，经研究，决定对泸州市律师协会党委等10个先进集体、12名优秀个人予以表彰。",
                 "一、先进集体（10个）",
                 "泸州市律师协会党委、泸州市注册会计师协会党支部、江阳区社会组织综合党委、龙马潭区养老服务协会党支部、纳溪区慈善会党支部、合江县红十字会党支部、叙永县乡村振兴促进会党支部、古蔺县社会工作协会党支部、泸县物流协会党支部、泸州市青年企业家协会党支部",
                 "二、优秀个人（12名）",
                 "王  芳  李德明  陈  静  赵国华  刘  洋  何  琴  杨  帆  吴晓东  周  敏  罗  婷  黄志强  邓  丽",
                 "希望受表彰的先进集体和个人珍惜荣誉、再接再厉，全市社会组织和广大党员要以先进为榜样，深入学习贯彻党的二十大精神，为建设新时代区域中心城市贡献力量。"],
           closing="（据中共泸州市委社会组织工作委员会）", source="中共泸州市委社会组织工作委员会", province="四川",
           agency="中共泸州市委社会组织工作委员会", date=d,
           people=["王芳", "李德明", "陈静", "赵国华", "刘洋", "何琴", "杨帆", "吴晓东", "周敏", "罗婷", "黄志强", "邓丽"],
           tags=["honour_list", "province_context"])
    h2 = A("江阳区：“三色”管理激活社会组织党建", dateline="本报讯（记者 何嘉 通讯员 先晓兰）",
           body=["近日，记者从泸州市江阳区民政局了解到，该区推行社会组织党建“红黄蓝”三色分类管理以来，全区86家社会组织党组织全部晋级达标。",
                 "分类定级抓规范",
                 "江阳区对辖区社会组织党组织逐一评估，按照组织健全、活动规范、作用发挥等标准分为红、黄、蓝三类，实行动态管理、季度调整。",
                 "结对帮带补短板",
                 "区社会组织综合党委组织12个“红色”党组织与“蓝色”党组织结对，通过联合开展主题党日、共享活动阵地等方式帮带提升。",
                 "“过去我们协会党建就是开开会，现在有了标准、有了对照，工作更有方向了。”江阳区家政服务协会党支部书记卿红梅说。"],
           source=S, province="四川", agency="江阳区民政局", date=d, people=["何嘉", "先晓兰", "卿红梅"],
           tags=["subheadings", "relative_date", "name_verb", "province_context"])
    txt_page(S, d, "05.txt", "provincial", "gb18030", False,
             ["川南日报", "2023年12月5日  星期二", "05  专版", "",
              "　　编者按：近日，中共泸州市委社会组织工作委员会印发决定，对2023年度全市社会组织党建工作先进集体和优秀个人予以表彰。现将表彰名单刊登如下。", "",
              h1, h2, "责任编辑 曾晓雨  美编 朱  琳"], dict(st, stray=0.0), extra=["editor_note"])

    # OCR scans
    ost = dict(width=16, jitter=3, indent="  ", title_indent="   ", stray=0.05, byline_indent=False)
    d = "2024-10-15"
    o1 = A(["泸州市民政局召开党纪学习教育", "", "总结暨警示教育大会"], dateline="本报讯（记者 曾晓雨）",
           body=["l0月11日上午，泸州市民政局召开党纪学习教育总结暨警示教育大会，通报近年来全市民政系统违纪违法典型案例，观看警示教育片。",
                 "会议要求，全市民政系统要严格落实中央八项规定及其实施细则精神，持之以恒纠治“四风”，深化清廉机关建设，深入开展笫二轮民政领域突出问题专项整治，守牢民生底线。"],
           source=S, province="四川", agency="泸州市民政局", date="2024-10-11", people=["曾晓雨"],
           tags=["half_day_date"])
    o2 = A("合江县：“银龄互助”让老人安享晚年", dateline="本报讯（通讯员 袁小琴）",
           body=["今年以来，合江县民政局以党建引领农村养老服务，在全县27个乡镇组建“银龄互助”党员志愿服务队]86支，开展上门探访、代购代办等服务1.2万余人次。",
                 "“有事打个电话，党员志愿者就上门了。”合江县先滩镇70岁的独居老人杨德福说。",
                 "该县还将互助服务纳入村党组织书记抓基层党建述职评议内容，推动养老服务与村级组织建设同步提升。"],
           source=S, province="四川", agency="合江县民政局", date=d, people=["袁小琴", "杨德福"],
           tags=["relative_date", "name_verb", "province_context"])
    o3 = A("古蔺县社会组织党建工作推进会召开",
           body=["l0月9日，古蔺县民政局召开社会组织党建工作推进会，26家社会组织党组织书记作交流发言。会议要求，要推动社会组织党组织“应建尽建”，确保党的组织和党的工作全覆盖。"],
           closing="（古蔺县民政局供稿）", source="古蔺县民政局", province="四川", agency="古蔺县民政局",
           date="2024-10-09", people=[], tags=["province_context"])
    txt_page(S, d, "02.txt", "provincial", "utf-8", False,
             ["川南日报  2O24年l0月15日  星期二", "笫2版  要闻", "", o1, o2, o3, "编辑 刘 佳  校对 王 娟", "  2"],
             ost, ocr=True)

    d = "2025-01-07"
    p1 = A("叙永县开展岁末年初困难群众走访慰问", dateline="本报讯（记者 何嘉）",
           body=["l2月下旬以来，叙永县民政局组织党员干部深入25个乡镇，走访慰问低保对象、特困人员和困境儿童等困难群众，送去米面油、棉被等慰问物资。",
                 "叙永县民政局党组书记、局长王远航表示，要把困难群众冷暖放在心上，确保他们温暖过冬、安心过年。"],
           source=S, province="四川", agency="叙永县民政局", date="2024-12-21", people=["何嘉", "王远航"],
           tags=["year_boundary", "period_date", "name_verb", "province_context"])
    p2 = A(["龙马潭区社会组织综合党委", "召开年度述职评议会"],
           body=["]2月30日，龙马潭区社会组织综合党委召开2024年度所属党组织书记抓党建工作述职评议会，18名党组织书记逐一述职，现场接受评议。",
                 "会议指出，要深入学习贯彻二十届三中全会精神，推动社会组织党建工作提质增效。"],
           closing="（通讯员 李雪梅）", closing_inline=False, source=None, province="四川",
           agency="龙马潭区社会组织综合党委", date="2024-12-30", people=["李雪梅"],
           tags=["year_boundary", "province_context"])
    p3 = A("泸州市民政局开展“民政服务进万家”志愿活动", dateline="本报讯（记者 曾晓雨 通讯员 王露）",
           body=["1月3日，泸州市民政局机关党委组织40余名党员志愿者走进江阳区北城街道，开展政策宣讲、养老咨询、慈善募捐等志愿服务活动。"],
           source=S, province="四川", agency="泸州市民政局", date="2025-01-03", people=["曾晓雨", "王露"])
    txt_page(S, d, "04.txt", "provincial", "gb18030", False,
             ["川南日报 2025年]月7日 星期二", "4", "", p1, p2, p3, "责任编辑 何丽君"], dict(ost, width=15), ocr=True)


# ================================================================= 昭觉融媒 (四川 county media centre)
def pages_zj():
    S = P_ZJ
    st = dict(width=12, indent="  ", stray=0.02)
    d = "2023-09-12"
    a1 = A("“火塘夜话”聊出乡村治理新气象", byline="文/图 记者 吉克·曲布 沙马阿牛",
           body=["9月上旬，在昭觉县三岔河镇三河村的火塘边，村党支部书记勒格·" + BR + "伍呷和村民围坐一起，聊政策、议村事、解心结。",
                 "“以前开会大家不愿来，现在围着火塘拉家常，话就说开了。”勒格·伍呷说。今年以来，全县已开展“火塘夜话”活动1100余场，收集群众意见建议3400余条。",
                 "昭觉县委组织部相关负责人介绍，“火塘夜话”已成为村级“三会一课”的重要载体，推动党的创新理论飞入寻常百姓家。"],
           captions=[(0, "▲ 三河村党员群众参加“火塘夜话”。（吉克·曲布 摄）", "三河村党员群众参加“火塘夜话”。（吉克·曲布 摄）")],
           source=S, province="四川", agency="昭觉县委组织部", date="2023-09-01",
           people=["吉克·曲布", "沙马阿牛", "勒格·伍呷"], tags=["period_date", "name_verb", "province_context"])
    a2 = A("县民政局开展“党员进社区”志愿服务", dateline="昭觉融媒讯（记者 阿的日哈）",
           body=["9月8日，县民政局党支部组织党员干部走进城北社区，开展政策宣传、义诊、理发等志愿服务，为群众办实事12件。",
                 "县民政局党支部书记苏呷" + BR + "·阿依表示，将常态化开展“我为群众办实事”活动。"],
           source=S, province="四川", agency="昭觉县民政局", date="2023-09-08", people=["阿的日哈", "苏呷·阿依"],
           tags=["name_verb", "province_context"])
    a3 = A("昭觉县民政局召开社会组织党建工作联席会议",
           body=["9月5日下午，昭觉县民政局召开社会组织党建工作联席会议，县委组织部等12个成员单位参加。会议通报了全县社会组织党组织组建情况，研究部署下一阶段“两个覆盖”攻坚任务。"],
           source=None, province="四川", agency="昭觉县民政局", date="2023-09-05", people=[],
           tags=["half_day_date", "province_context"])
    txt_page(S, d, "01.txt", "county", "utf-8-sig", False,
             ["昭觉融媒", "2023年9月12日　第36期", "昭觉县融媒体中心主办", "", "【党建引领】", "", a1, a2, a3,
              "责任编辑：吉伍木呷　审核：马海伍各"], st, extra=["column_label"])

    d = "2024-04-23"
    b1 = A("县民政局“流动服务车”开进高山村寨", kicker="践行“四下基层” 服务彝乡群众", byline="记者 吉克·阿依 报道",
           body=["4月中旬以来，昭觉县民政局“流动服务车”先后开进支尔莫乡、解放沟镇等8个高山乡镇，为群众现场办理低保、临时救助、残疾人两项补贴等业务。",
                 "“以前办个低保要跑县城，来回一整天，现在在村口就能办。”解放沟镇火普村村民阿尔·" + BR + "木果说。",
                 "县民政局党组书记、局长瓦扎" + BR + "·拉则表示，流动服务车由局机关党员轮流值守，到今年底将覆盖全县所有乡镇。"],
           source=S, province="四川", agency="昭觉县民政局", date="2024-04-11",
           people=["吉克·阿依", "阿尔·木果", "瓦扎·拉则"], tags=["period_date", "name_verb", "province_context"])
    b2 = A("全县首期社会组织党组织书记培训班开班", dateline="昭觉融媒讯（记者 阿的日哈 实习生 海来拉丽）",
           body=["4月18日，由县民政局举办的全县首期社会组织党组织书记培训班在县委党校开班，32名社会组织党组织书记和党建指导员参加为期3天的培训。培训围绕“三会一课”、党费收缴、发展党员等内容进行专题讲解。"],
           source=S, province="四川", agency="昭觉县民政局", date="2024-04-18", people=["阿的日哈", "海来拉丽"],
           tags=["province_context"])
    txt_page(S, d, "02.txt", "county", "utf-8", False,
             ["昭觉融媒 2024年4月23日", "第2版 民生·民政", b1, b2, "（本版图文由县融媒体中心提供）"],
             dict(width=13, indent="", para_blank=False, art_blank=False, blank_after_title=False, stray=0.03))

    d = "2024-11-26"
    c1 = A("县委组织部召开村（社区）“两委”班子运行分析研判会", title_after=True,
           body=["11月22日，昭觉县委组织部召开全县村（社区）“两委”班子运行情况分析研判会，县委常委、组织部部长吉伍·" + BR + "约呷出席并讲话。",
                 "会议要求，一是抓实村干部履职评价，二是抓细软弱涣散村党组织整顿，三是抓牢村级“小微权力”监督，切实把党建引领落到基层治理末梢。"],
           closing="（县委组织部供稿）", closing_inline=False, source="昭觉县委组织部", province="四川",
           agency="昭觉县委组织部", date="2024-11-22", people=["吉伍·约呷"], tags=["enumeration", "province_context"])
    c2 = A("阿苏·日古：扎根社工站的“彝乡好大姐”", byline="记者 吉克·阿依",
           body=["初冬的清晨，位于昭觉县城北乡的社工站里已经热闹起来。社工阿苏" + BR + "·日古正和同事们核对本周上门探访名单。",
                 "2021年，大学毕业的阿苏·日古回到家乡，成为一名驻站社工。三年多来，她走遍全乡26个村（社区），为留守老人、困境儿童建立服务档案460余份。",
                 "“社工不是坐办公室，群众在哪里，服务就要跟到哪里。”阿苏·日古说。今年，她光荣加入中国共产党。"],
           pull=(2, "群众在哪里，服务就要跟到哪里。"), source=S, province="四川", agency="城北乡", date=d,
           people=["吉克·阿依", "阿苏·日古"], tags=["name_verb", "province_context"])
    c3 = A(None, marker="●",
           body=["11月20日，县民政局联合县红十字会开展“博爱送万家”冬季救助活动，为200户困难家庭发放棉被、棉衣。"],
           source=None, province="四川", agency="昭觉县民政局", date="2024-11-20", people=[])
    c4 = A(None, marker="●",
           body=["日前，县慈善会党支部组织党员走访城南社区困境儿童家庭，送去学习用品和慰问金。"],
           source=None, province="四川", agency="昭觉县慈善会", date=d, people=[], tags=["relative_date"])
    txt_page(S, d, "03.txt", "county", "utf-8-sig", True,
             ["昭觉融媒", "党建周刊", "2024.11.26", "03", "", c1, "", c2, "党建动态", c3, c4], st)

    d = "2025-05-20"
    e1 = A("昭觉县社会组织综合党委开展“党建+公益”项目路演", dateline="昭觉融媒讯（记者 海来拉丽）",
           body=["5月16日，昭觉县社会组织综合党委举办“党建+公益”项目路演活动，15家社会组织党组织带来助学、助老、助残等公益项目现场比拼。",
                 "最终，县彝绣协会党支部“指尖上的致富路”等6个项目获得公益创投资金支持。县社会组织综合党委书记俄底·" + BR + "拉哈表示，要让社会组织党建在服务群众中“看得见、摸得着”。"],
           captions=[("end", "▲项目路演现场。（海来拉丽 摄）", "项目路演现场。（海来拉丽 摄）")],
           source=S, province="四川", agency="昭觉县社会组织综合党委", date="2025-05-16",
           people=["海来拉丽", "俄底·拉哈"], tags=["name_verb", "province_context"])
    e2 = A("彝乡“红色驿站”暖人心", subtitle="——昭觉县新就业群体党建工作见闻", byline="记者 沙马阿牛",
           body=["在昭觉县城新城区，一座挂着“红色驿站”牌子的小屋格外醒目。快递员木色·阿呷刚送完一单，就进来歇歇脚、充个电。",
                 "目前，全县已建成“红色驿站”9个，累计服务快递员、外卖骑手等新就业群体1.5万人次。县委社会工作部有关负责人介绍，今年将再建5个驿站，实现城区主要街道全覆盖。"],
           source=S, province="四川", agency="昭觉县委社会工作部", date=d, people=["沙马阿牛", "木色·阿呷"],
           tags=["province_context"])
    txt_page(S, d, "02.txt", "county", "utf-8", False,
             ["昭觉融媒　2025年5月20日　星期二", "02　综合", "", "【社会组织·党建】", e1, e2, "监制：马海伍各　编辑：吉伍木呷"],
             dict(st, width=13, stray=0.04), extra=["column_label"])


# ================================================================= 澜沧江日报 (云南, prefecture paper)
def pages_lcj():
    S = P_LCJ
    st = dict(width=16, indent="", stray=0.015, title_indent="")
    d = "2023-11-21"
    a1 = A("普洱市民政局“三张清单”规范小微权力运行",
           body=["11月中旬，普洱市民政局在全市民政系统推行权力清单、责任清单、负面清单“三张清单”管理，进一步推进清廉机关建设。",
                 "该局梳理出社会救助、养老服务、殡葬管理等领域权力事项86项，逐项明确办理流程和监督责任人，并在政务大厅公开公示。",
                 "普洱市民政局党组书记、局长刀建华说，下一步将把“三张清单”执行情况纳入全面从严治党主体责任考核。"],
           closing="（记者 罕燕 通讯员 李春）", closing_inline=False, source=S, province="云南", agency="普洱市民政局",
           date="2023-11-11", people=["刀建华", "罕燕", "李春"], tags=["period_date", "name_verb", "province_context"])
    a2 = A("澜沧拉祜族自治县：党员“双报到”服务群众零距离",
           body=["近日，澜沧拉祜族自治县民政局组织机关党员到居住地社区“双报到”，认领服务岗位，参与环境整治、矛盾调解等工作。",
                 "据统计，今年以来全县已有1260名在职党员到社区报到，认领服务项目2100余个。"],
           closing="（通讯员 扎约）", source=None, province="云南", agency="澜沧拉祜族自治县民政局", date=d,
           people=["扎约"], tags=["relative_date", "province_context"])
    a3 = A("什么是“双报到”",
           body=["“双报到”是指机关、企事业单位党组织到社区报到，在职党员到居住地社区报到，参与社区治理、服务社区群众的一项制度安排。"],
           source=None, province=None, agency=None, date=d, people=[], tags=["related_link"])
    txt_page(S, d, "A03.txt", "provincial", "gb18030", True,
             ["A03", "2023年11月21日 星期二", "澜沧江日报", "社会·民生", "", a1, a2, "延伸阅读", a3,
              "责编：张瑞　版式：李涛　校对：杨雪"], st)

    d = "2024-05-14"
    b1 = A(["西双版纳州“边境党建长廊”", "串起幸福村寨"], kicker="深化党建引领 助力边疆治理", byline="本报记者 岩温罕 玉应香",
           body=["5月上旬，记者沿中老边境一路走访，看到一座座村寨党群活动室窗明几净，一面面党旗迎风飘扬。",
                 "强基固本",
                 "西双版纳州民政局联合州委组织部，把村级党组织建设与边境村寨治理一体推进，在沿边82个村寨设立“党员中心户”，带动群众参与护边巡逻和矛盾调解。",
                 "服务为民",
                 "勐腊县勐满镇党委书记玉罕说，镇里依托“边境党建长廊”建起12个便民服务点，老人领养老金、办低保都不用出村了。",
                 "今年以来，全州沿边村寨共调处矛盾纠纷430余起，群众满意度持续提升。"],
           captions=[(2, "图为勐满镇党员中心户开展护边巡逻。本报记者 岩温罕 摄", "图为勐满镇党员中心户开展护边巡逻。本报记者 岩温罕 摄")],
           source=S, province="云南", agency="西双版纳州民政局", date="2024-05-01", people=["岩温罕", "玉应香", "玉罕"],
           tags=["subheadings", "period_date", "name_verb", "province_context"])
    b2 = A("普洱市召开社会组织党建工作推进会", dateline="本报讯（记者 罕燕）",
           body=["5月10日，普洱市委社会工作部、市民政局联合召开全市社会组织党建工作推进会。会议传达学习中央社会工作部有关会议精神，部署开展社会组织党建“提质增效年”活动。"],
           source=S, province="云南", agency="普洱市委社会工作部", date="2024-05-10", people=["罕燕"],
           tags=["province_context"])
    b3 = A("思茅区开展民政领域安全生产大检查",
           body=["5月8日至10日，思茅区民政局组织党员干部对辖区养老机构、殡葬服务单位开展安全生产大检查，排查整改隐患17处。"],
           source=None, province="云南", agency="思茅区民政局", date="2024-05-08", people=[], tags=["province_context"])
    txt_page(S, d, "A02.txt", "provincial", "utf-8", False,
             ["澜沧江日报", "A02 要闻", "2024年5月14日 星期二", "", b1, b2, b3, "责编：张瑞"], dict(st, width=15))

    ost = dict(width=16, jitter=3, indent="", stray=0.05)
    d = "2024-08-27"
    c1 = A(None, cont_up="（上接A01版）",
           body=["会议要求，各县（区）民政部门要压紧压实主体责任，扎实做好汛期养老机构、儿童福利机构安全防范工作，确保困难群众基本生活不受影响。",
                 "市民政局党组书记、局长刀建华在会上强调，全市民政系统党员干部要冲在防汛救灾一线，把党组织战斗堡垒作用体现在保障民生上。"],
           closing="（记者 罕燕）", closing_inline=False, source=S, province="云南", agency="普洱市民政局", date=d,
           people=["刀建华", "罕燕"])
    c2 = A(["景东彝族自治县“议事坪”", "", "议出和谐新风"],
           body=["8月中旬，景东彝族自治县民政局在全县推广“彝家议事坪”基层协商模式，由村党组织书记牵头，每月]5日召集群众代表议事。",
                 "目前全县]66个村（社区）均已建立议事坪，今年累计协商解决村内道路、饮水等事项3OO余件。"],
           closing="（通讯员 李春 鲁正芳）", source=None, province="云南", agency="景东彝族自治县民政局",
           date="2024-08-11", people=["李春", "鲁正芳"], tags=["period_date", "province_context"])
    c3 = A(None, marker="●",
           body=["8月20日，墨江哈尼族自治县民政局党支部开展主题党日活动，组织党员到敬老院为老人打扫卫生、理发。"],
           source=None, province="云南", agency="墨江哈尼族自治县民政局", date="2024-08-20", people=[],
           tags=["province_context"])
    c4 = A(None, marker="●",
           body=["日前，宁洱县社会组织综合党委为新成立的5家社会组织党支部授牌。"],
           source=None, province="云南", agency="宁洱县社会组织综合党委", date=d, people=[],
           tags=["relative_date", "province_context"])
    txt_page(S, d, "A04.txt", "provincial", "utf-8", True,
             ["澜沧江日报 2O24年8月27日 星期二 A04", "", c1, c2, "基层快讯", c3, c4], ost, ocr=True)

    d = "2025-02-11"
    e1 = A(["普洱市民政局党组召开", "", "2O24年度民主生活会"], dateline="本报讯（记者 罕燕）",
           body=["2月7日，普洱市民政局党组召开2O24年度民主生活会，围绕深入学习贯彻习近" + BR + "平新时代中国特色社会主义思想等方面，进行对照检查，开展批评和自我批评。",
                 "市委第三督导组组长张明远到会指导并点评。局党组书记、局长刀建华代表局党组作对照检查。"],
           source=S, province="云南", agency="普洱市民政局", date="2025-02-07", people=["罕燕", "张明远", "刀建华"])
    e2 = A("孟连县：“党建+养老”撑起幸福晚年",
           body=["春节前夕，孟连傣族拉祜族佤族自治县民政局组织党员志愿者走进]0家养老机构，为老人送去年货和新春祝福。",
                 "该县今年将新建农村互助养老服务点2O个，推动党建引领养老服务向村组延伸。"],
           closing="（据孟连傣族拉祜族佤族自治县民政局）", source="孟连傣族拉祜族佤族自治县民政局", province="云南",
           agency="孟连傣族拉祜族佤族自治县民政局", date=d, people=[], tags=["province_context"])
    e3 = A("西盟县开展社会组织年报党建信息核查",
           body=["1月下旬至2月上旬，西盟佤族自治县民政局对全县社会组织2O24年度年报中的党建信息逐一核查，督促3家社会组织补建党组织。"],
           source=None, province="云南", agency="西盟佤族自治县民政局", date="2025-01-21", people=[],
           tags=["period_date", "province_context"])
    txt_page(S, d, "A03.txt", "provincial", "utf-8-sig", False,
             ["A03 2O25年2月ll日 星期二", "澜沧江日报", "", e1, e2, e3, "责编：张瑞 校对：杨雪"], dict(ost, width=17), ocr=True)


# ================================================================= 赤水河民政党建简报 (贵州 bulletin, docx)
def pages_csh():
    S = P_CSH
    OFF = "中共遵义市民政局机关委员会编"
    DIST = ["报：市委组织部，市直机关工委，局党组成员", "送：市委社会工作部", "发：局机关各科室、直属各单位党组织，各县（市、区）民政局"]

    d = "2023-05-10"
    a1 = A("市民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会",
           body=["5月5日上午，市民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会。局党组书记、局长杨光明作动员讲话，市委第五巡回指导组到会指导。",
                 "会议强调，要牢牢把握“学思想、强党性、重实践、建新功”的总要求，坚持学思用贯通、知信行统一，确保主题教育取得实实在在的成效。",
                 "会议对主题教育进行了具体安排：（一）抓实理论学习；（二）深化调查研究；（三）推动发展；（四）检视整改。"],
           closing="（局机关党委办公室）", source="遵义市民政局机关党委办公室", province="贵州", agency="遵义市民政局",
           date="2023-05-05", people=["杨光明"], tags=["half_day_date", "enumeration", "province_context"])
    a2 = A("社会事务科党支部开展“三会一课”规范化建设",
           body=["近日，社会事务科党支部对照《中国共产党支部工作条例（试行）》，梳理“三会一课”会议记录，建立支部工作台账，规范主题党日活动流程。支部书记带头讲党课，引导党员把学习成果转化为做好救助帮扶工作的实际行动。"],
           closing="（社会事务科党支部 王婷婷）", source="遵义市民政局社会事务科党支部", province="贵州",
           agency="遵义市民政局", date=d, people=["王婷婷"], tags=["relative_date", "province_context"])
    a3 = A("汇川区民政局“红色物业”服务进小区",
           body=["4月下旬，汇川区民政局联合区委组织部在辖区15个住宅小区推行“红色物业”，推动小区党支部、业委会、物业企业“三方联动”，及时回应居民诉求。"],
           closing="（汇川区民政局 陈思琪）", source="汇川区民政局", province="贵州", agency="汇川区民政局",
           date="2023-04-21", people=["陈思琪"], tags=["period_date", "province_context"])
    build_docx(f"{S}/{d}/jb2023-05.docx", (S, "第5期", OFF, "2023年5月10日"),
               ["市民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会",
                "社会事务科党支部开展“三会一课”规范化建设", "汇川区民政局“红色物业”服务进小区"],
               [a1, a2, a3], DIST, 40)

    d = "2023-10-30"
    b1 = A("“一支部一品牌”创建的几点体会",
           body=["今年以来，养老服务科党支部以“夕阳红·党旗红”品牌创建为抓手，推动党建与养老服务工作同频共振。",
                 "一、突出政治引领",
                 "支部坚持“第一议题”制度，每月组织党员集中学习，今年以来开展专题研讨6次。",
                 "二、聚焦民生实事",
                 "支部党员分片包干全市42家养老机构，上半年排查整改安全隐患58处，推动城市社区嵌入式养老服务站建设。",
                 "三、强化作风建设",
                 "支部聚焦“四风”突出问题开展自查，建立服务对象回访制度，群众满意度达到98%以上。"],
           closing="（养老服务科党支部）", source="遵义市民政局养老服务科党支部", province="贵州", agency="遵义市民政局",
           date=d, people=[], tags=["subheadings", "relative_date", "province_context"])
    b2 = A("殡葬管理科党支部：“阳光殡葬”让群众少跑腿",
           body=["9月中旬，殡葬管理科党支部联合市殡仪馆党支部开展“阳光殡葬”主题党日活动，推行殡葬服务“一次告知、一窗受理”，公开收费项目23项。"],
           closing="（殡葬管理科党支部 罗梦瑶）", source="遵义市民政局殡葬管理科党支部", province="贵州",
           agency="遵义市民政局", date="2023-09-11", people=["罗梦瑶"], tags=["period_date", "province_context"])
    b3 = A("仁怀市民政局开展清廉机关建设“回头看”",
           body=["10月24日，仁怀市民政局召开清廉机关建设推进会，对照年初确定的12项任务逐项“回头看”，对未完成事项明确责任人和完成时限。局党组书记、局长吴建平表示，要以清廉机关建设促进全市民政事业高质量发展。"],
           closing="（仁怀市民政局 钟婷）", source="仁怀市民政局", province="贵州", agency="仁怀市民政局",
           date="2023-10-24", people=["吴建平", "钟婷"], tags=["name_verb", "province_context"])
    build_docx(f"{S}/{d}/jb2023-12.docx", (S, "第12期", OFF, "2023年10月30日"), None,
               [("note", "编者按：今年以来，局机关各党支部围绕“一支部一品牌”创建，涌现出一批特色做法。现将部分支部经验摘编如下，供学习借鉴。"),
                b1, b2, b3], DIST, 40, extra=["editor_note"])

    d = "2024-03-15"
    c1 = A("局党组召开2023年度民主生活会",
           body=["3月12日，市民政局党组召开2023年度民主生活会。会前，局党组通过个别访谈、发放征求意见表等方式广泛征求意见建议46条。会上，局党组书记、局长杨光明代表局党组作对照检查，班子成员逐一进行个人对照检查，开展批评和自我批评。"],
           closing="（办公室）", source="遵义市民政局办公室", province="贵州", agency="遵义市民政局", date="2024-03-12",
           people=["杨光明"], tags=["province_context"])
    c2 = A(None, marker="●", body=["3月5日，局机关党委组织党员干部到红花岗区老城街道开展“学雷锋”志愿服务活动。"],
           source=None, province="贵州", agency="遵义市民政局", date="2024-03-05", people=[], tags=["province_context"])
    c3 = A(None, marker="●", body=["3月8日，局机关妇委会举办“巾帼心向党”主题读书分享会，40余名女职工参加。"],
           source=None, province="贵州", agency="遵义市民政局", date="2024-03-08", people=[], tags=["province_context"])
    c4 = A(["播州区民政局"], marker="【】", body=["日前，该局党组召开会议，专题传达学习全国两会精神，研究部署2024年重点工作。"],
           source=None, province="贵州", agency="播州区民政局", date=d, people=[], tags=["relative_date", "province_context"])
    build_docx(f"{S}/{d}/jb2024-03.docx", (S, "第3期", OFF, "2024年3月15日"), None,
               [c1, ("label", "工作动态"), c2, c3, c4], DIST, 45, extra=["column_label"])

    d = "2024-12-20"
    e1 = A(["红花岗区：社区社会组织", "“孵化+党建”双轮驱动"], kicker="奋进新征程 建功新时代",
           subtitle="——红花岗区社区社会组织党建工作调研",
           body=["今年以来，红花岗区民政局深入学习贯彻二十届三中全会精神，以党建引领社区社会组织培育发展。目前全区已登记备案社区社会组织368家，其中建立党组织的52家。",
                 "（一）建好孵化平台。依托区社会组织孵化基地，为初创期社区社会组织提供场地、培训和党建指导。",
                 "（二）选好带头人。推动社区党组织书记、党员骨干担任社区社会组织负责人，已有118名党员担任负责人或骨干。",
                 "（三）用好评价结果。将社区社会组织参与社区治理情况纳入等级评估，评估结果与公益创投资金挂钩。"],
           closing="（红花岗区民政局 赵一鸣）", source="红花岗区民政局", province="贵州", agency="红花岗区民政局",
           date=d, people=["赵一鸣"], tags=["enumeration", "relative_date", "province_context"])
    e2 = A("市民政局有关负责人就城乡低保标准调整答问",
           body=["问：此次低保标准调整的主要内容是什么？",
                 "答：经市政府同意，自2025年1月1日起，全市城市低保标准提高到每人每月830元，农村低保标准提高到每人每年6100元。",
                 "问：如何确保调整政策落实到位？",
                 "答：我们将组织党员干部进村入户开展政策宣传，同步做好资金测算和发放工作，确保1月底前按新标准发放到位。"],
           closing="（社会救助科）", source="遵义市民政局社会救助科", province="贵州", agency="遵义市民政局", date=d,
           people=[], tags=["interview", "province_context"])
    build_docx(f"{S}/{d}/jb2024-15.docx", (S, "第15期", OFF, "2024年12月20日"), None,
               [e1, e2], DIST, 45)


# ================================================================= 红水河社会工作 (广西 magazine)
def pages_hsh():
    S = P_HSH
    st = dict(width=20, indent="　　", title_indent="    ", stray=0.01, byline_indent=True)
    d = "2023-08-01"
    a1 = A("新时代社会组织党建工作的实践逻辑与推进路径", byline="黄丽萍",
           body=["摘要：社会组织是推进国家治理体系和治理能力现代化的重要力量。本文从政治引领、组织覆盖和功能发挥三个维度，分析新时代社会组织党建工作的实践逻辑，提出以制度建设推进社会组织党建提质增效的路径。",
                 "关键词：社会组织；党的建设；基层治理",
                 "一、社会组织党建的实践逻辑",
                 "党的十八大以来，以习近平同志为核心的党中央高度重视社会组织党建工作。推进党的组织和党的工作“两个覆盖”，是确保社会组织正确政治方向的基础性工程。",
                 "二、当前存在的主要问题",
                 "一些社会组织党组织存在“重组建、轻运行”现象，党建工作与业务工作融合不够，党员作用发挥不充分。",
                 "三、推进路径",
                 "一是完善党建工作责任体系，二是健全党组织参与重大事项决策机制，三是加强党建指导员队伍建设。"],
           closing="（作者系广西民族大学马克思主义学院副教授）", closing_inline=False,
           floats={3: ["", "·19·", "红水河社会工作 2023年第8期", ""]},
           source=None, province=None, agency=None, date=d, people=["黄丽萍"], tags=["subheadings", "enumeration"])
    a2 = A("自治区民政厅举办全区社会组织党建工作培训班",
           body=["7月18日至20日，自治区民政厅在南宁举办全区社会组织党建工作培训班，各市民政局、全区性社会组织党组织负责人共150余人参加培训。"],
           closing="（本刊通讯员 覃明辉）", source=S, province="广西", agency="广西壮族自治区民政厅",
           date="2023-07-18", people=["覃明辉"], tags=["province_context"])
    txt_page(S, d, "p18.txt", "magazine", "utf-8", False,
             ["红水河社会工作 2023年第8期", "·18·", "理论探索", "", a1, "本刊讯", a2], st, extra=["column_label"])

    d = "2024-02-01"
    b1 = A("“微网格”里的大民生", subtitle="——南宁市青秀区党建引领社区治理见闻", byline="本刊记者 韦思琪 梁振宇",
           body=["走进南宁市青秀区新竹街道，“微网格”服务二维码贴在每栋楼的单元门口，居民扫码即可反映诉求。",
                 "“网格员就住在楼里，有事找他们比打12345还快。”居民陆秀兰说。",
                 "据青秀区民政局介绍，全区已划分“微网格”2360个，由1800余名党员担任“微网格员”，2023年共收集解决群众诉求1.1万件。",
                 "在新竹街道的社区志愿服务站，来自新疆的大学生志愿者古丽米热" + BR + "·艾尔肯正在帮老人学习使用手机。“在这里服务，我也感受到了民族团结一家亲的温暖。”她说。"],
           pull=(2, "网格员就住在楼里，有事找他们比打12345还快。"),
           source=S, province="广西", agency="青秀区民政局", date=d,
           people=["韦思琪", "梁振宇", "陆秀兰", "古丽米热·艾尔肯"], tags=["name_verb"])
    b2 = A("百色市民政局开展“党建+救助”专项行动",
           body=["1月下旬，百色市民政局启动“党建+救助”专项行动，组织机关党员与全市困难群众结对帮扶，确保困难群众温暖过冬。"],
           closing="（百色市民政局供稿）", source="百色市民政局", province="广西", agency="百色市民政局",
           date="2024-01-21", people=[], tags=["period_date", "province_context"])
    txt_page(S, d, "p06.txt", "magazine", "gb18030", False,
             ["封面报道", "", b1, "— 6 —", "红水河社会工作 2024年第2期", "", b2], dict(st, width=18))

    d = "2024-09-01"
    c1 = A(["边关党旗红"], spaced=True, subtitle="——记东兴市江平镇巫头村党总支书记苏海燕", byline="本刊通讯员 黎秋月",
           body=["在防城港市东兴市江平镇巫头村，提起村党总支书记苏海燕，群众都竖起大拇指。",
                 "2018年，苏海燕当选村党总支书记后，带领村“两委”班子发展海洋产业，成立京族文化合作社，村集体经济收入从不足5万元增长到2023年的68万元。",
                 "“村里的事就是我的事。”苏海燕说，党员就要在群众最需要的时候站出来。"],
           source=S, province="广西", agency="江平镇巫头村党总支", date=d, people=["黎秋月", "苏海燕"],
           tags=["name_verb", "province_context"])
    c2 = A("自治区民政厅机关党委开展主题党日活动", title_after=True,
           body=["8月下旬，自治区民政厅机关党委组织开展“迎国庆·颂党恩”主题党日活动，厅机关各党支部党员分批次赴百色起义纪念馆接受红色教育。"],
           closing="（本刊记者 韦思琪）", closing_inline=False, source=S, province="广西", agency="广西壮族自治区民政厅",
           date="2024-08-21", people=["韦思琪"], tags=["period_date", "province_context"])
    c3 = A("社区工作者也要当好“宣传员”",
           body=["作为一名柳州的社区工作者，我在日常工作中深深体会到，政策宣传做得好不好，直接关系到群众的获得感。",
                 "去年以来，我们公园社区党委把低保、养老、助残等政策编成顺口溜，利用“院坝会”逐户讲解，居民们一听就懂、一学就会。"],
           closing="（柳州市城中区城中街道公园社区 罗小凤）", closing_inline=False, source=None, province="广西",
           agency="公园社区党委", date=d, people=["罗小凤"])
    txt_page(S, d, "p32.txt", "magazine", "utf-8", True,
             ["红水河社会工作", "2024年第9期", "", "人物", "", c1, "", c2, "— 32 —", "基层来信", "", c3, "— 33 —"],
             dict(st, width=19, stray=0.02), extra=["column_label"])

    d = "2025-06-01"
    e1 = A("以学促干 建功八桂", byline="本刊编辑部",
           body=["五月的八桂大地生机盎然。深入贯彻中央八项规定精神学习教育在全区民政系统扎实开展，广西各级民政部门以学促干、真抓实干，把学习成效体现到为民服务的每一个细节中。",
                 "本期特别策划聚焦“一老一小”服务，记录基层民政干部的奋斗足迹，敬请关注。"],
           source=S, province="广西", agency=None, date=d, people=[])
    e2 = A("“一老一小”暖心工程这样推进", subtitle="——访广西壮族自治区民政厅党组成员、副厅长莫振华", byline="本刊记者 梁振宇",
           body=["记者：今年全区“一老一小”服务有哪些新变化？",
                 "莫振华：我们把“一老一小”服务纳入厅党组“第一议题”学习后的重点落实事项，今年计划新建社区嵌入式养老服务设施200个、儿童之家300个。",
                 "记者：如何发挥党组织作用？",
                 "莫振华：我们推动养老机构、儿童福利机构党组织全覆盖，开展“党员示范岗”创建，让党员在服务一线亮身份。"],
           source=S, province="广西", agency="广西壮族自治区民政厅", date=d, people=["梁振宇", "莫振华"],
           tags=["interview"])
    contents = "\n".join(["目  录", "卷首语", "以学促干 建功八桂……………………………………1",
                          "特别策划", "“一老一小”暖心工程这样推进……………………2",
                          "城中社区“银发食堂”见闻……………………………6", "理论探索",
                          "嵌入式养老服务的党建逻辑……………………………11", ""])
    txt_page(S, d, "p02.txt", "magazine", "utf-8-sig", False,
             ["红水河社会工作  2025年第6期  总第118期", contents, "卷首语", a_sep(), e1, "特别策划", e2, "·2·"],
             dict(st, width=21), extra=["contents_list", "column_label"])


def a_sep():
    return "────────"


# ================================================================= 鹿回头民政网 (海南, 三亚市民政局 portal)
HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{cs}">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><img src="/static/img/logo.png" alt="鹿回头民政网"><span>三亚市民政局主办</span></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/djgz/">党建工作</a><a href="/shzz/">社会组织</a><a href="/hdjl/">互动交流</a></div>
"""
FOOT = """<div class="footer"><p>主办：三亚市民政局　地址：海南省三亚市吉阳区新风街</p><p>琼ICP备0000000号　网站标识码：4602000000</p></div>
</body>
</html>"""


def ps(paras, indent="　　"):
    return "\n".join(hp(indent + p) for p in paras)


def pages_lc():
    S = P_LC
    d = "2024-06-18"
    a = A("市民政局机关党支部开展党纪学习教育专题党课",
          body=["6月14日下午，三亚市民政局机关党支部在六楼会议室开展党纪学习教育专题党课，局党组书记、局长符国强以《学纪知纪明纪守纪 争做忠诚干净担当的民政干部》为题，为全体党员干部讲授专题党课。",
                "符国强指出，要把党纪学习教育与模范机关创建结合起来，严格落实中央八项规定精神，持续纠治“四风”，以严明的纪律保障民政事业高质量发展。",
                "他强调，全体党员干部要做到学纪知纪明纪守纪，切实把纪律要求转化为服务群众的实际行动。"],
          captions=[(0, "", "图为专题党课现场。")], source="三亚市民政局", province="海南", agency="三亚市民政局",
          date="2024-06-14", people=["符国强", "黎秀珍"], tags=["half_day_date"])
    a.byline = None
    a.closing = "来源：三亚市民政局 作者：黎秀珍"
    m = HEAD.format(cs="utf-8", title=a.title[0] + "_鹿回头民政网") + f"""
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; <a href="/djgz/jgdj/">机关党建</a></div>
<div class="article">
<h1>{a.title[0]}</h1>
<div class="info"><span>发布日期：2024-06-18 10:32</span>&nbsp;&nbsp;<span>来源：三亚市民政局</span>&nbsp;&nbsp;<span>作者：黎秀珍</span>&nbsp;&nbsp;<span>浏览次数：<em id="hits">368</em></span>&nbsp;&nbsp;<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
{hp("　　" + a.body[0])}
<p style="text-align:center"><img src="/uploads/2024/06/18/dk01.jpg" alt=""></p>
<p class="img-title" style="text-align:center">图为专题党课现场。</p>
{ps(a.body[1:])}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="/djgz/jgdj/202405/t20240521_8702.html">市民政局召开党纪学习教育读书班</a></li>
<li><a href="/djgz/jgdj/202404/t20240426_8561.html">市民政局部署开展党纪学习教育</a></li>
</ul></div>
</div>
""" + FOOT
    html_page(f"{S}/{d}/content_8831.html", "utf-8", False, "provincial", [a], m, extra=["related_link"])

    d = "2023-10-10"
    entries = [
        ("市民政局召开主题教育专题民主生活会", "10月8日，三亚市民政局党组召开主题教育专题民主生活会，市委第二指导组到会指导。",
         "2023-10-09", "三亚市民政局", "2023-10-08", []),
        ("崖州区民政局开展“三会一课”观摩活动", "近日，崖州区民政局组织各基层党支部书记开展“三会一课”观摩交流活动，互学互鉴提升组织生活质量。",
         "2023-09-27", "崖州区民政局", "2023-09-27", ["relative_date"]),
        ("吉阳区社会组织综合党委举办党务工作者培训", "9月20日至21日，吉阳区社会组织综合党委举办社会组织党务工作者培训班，60余名党务工作者参加培训。",
         "2023-09-22", "吉阳区社会组织综合党委", "2023-09-20", []),
        ("天涯区民政局开展“我为群众办实事”走访活动", "今年以来，天涯区民政局党支部组织党员深入村（社区）走访困难群众，已帮助解决实际困难130余件。",
         "2023-09-15", "天涯区民政局", "2023-09-15", ["relative_date"]),
        ("海棠区养老服务中心党支部获评“五星级党支部”", "日前，海棠区养老服务中心党支部被评为全市“五星级党支部”，该支部坚持“党建+养老”服务模式，打造“银发红心”服务品牌。",
         "2023-09-05", "海棠区养老服务中心", "2023-09-05", ["relative_date"]),
    ]
    arts, lis = [], []
    for i, (t, s, stamp, ag, dt, tg) in enumerate(entries):
        arts.append(A(t, body=[s], source=S, province="海南", agency=ag, date=dt, people=[],
                      tags=tg + ["province_context"]))
        lis.append(f'<li><a href="/djgz/djdt/{stamp[:7].replace("-", "")}/t{stamp.replace("-", "")}_{7100 + i * 13}.html" title="{htmlmod.escape(t)}">{htmlmod.escape(t)}</a>'
                   f'<p class="summary">{htmlmod.escape(s)}</p><span class="date">{stamp}</span></li>')
    m = HEAD.format(cs="gbk", title="党建动态_鹿回头民政网") + """
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 党建动态</div>
<div class="list-box"><h2>党建动态</h2>
<ul class="list">
""" + "\n".join(lis) + """
</ul>
<div class="page">共 5 页 <a href="#">首页</a> <a href="#">上一页</a> <b>1</b> <a href="#">2</a> <a href="#">3</a> <a href="#">下一页</a> <a href="#">尾页</a></div>
</div>
""" + FOOT
    html_page(f"{S}/{d}/list_djdt.html", "gb18030", True, "provincial", arts, m)

    d = "2025-04-08"
    a = A("三亚：党建引领社会组织参与基层治理",
          body=["近年来，三亚市民政局坚持党建引领，推动社会组织积极参与基层治理。一是搭建平台，依托市社会组织孵化基地培育社区社会组织380余家；二是强化引领，向规模以上社会组织选派党建指导员45名；三是创新机制，推行社会组织“项目认领”模式，2024年共认领社区服务项目216个。",
                "4月2日，三亚市社会组织综合党委组织20家社会组织党组织负责人走进凤凰镇回辉社区，开展“党建联建·共治共享”活动。",
                "市民政局相关负责人表示，将进一步推动社会组织党建工作与业务工作深度融合，在服务自由贸易港建设中展现新担当。"],
          captions=[(1, "", "社会组织党组织负责人在回辉社区开展活动。")],
          source="海南省民政厅", province="海南", agency="三亚市民政局", date=d, people=["王芸"],
          tags=["enumeration", "relative_date"])
    a.closing = "来源：海南省民政厅 作者：王芸"
    m = HEAD.format(cs="utf-8", title=a.title[0]) + f"""
<div class="crumb">首页 &gt; 社会组织 &gt; 工作动态</div>
<div class="article">
<h1>{a.title[0]}</h1>
<div class="info">发布时间：2025-04-08 16:05:21　来源：海南省民政厅　作者：王芸　阅读量：<span id="read">1203</span></div>
<div class="content">
{ps(a.body[:2], "")}
<div class="pic"><img src="/uploads/2025/04/hh01.jpg"><p>▲社会组织党组织负责人在回辉社区开展活动。</p></div>
{ps(a.body[2:], "")}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
</div>
""" + FOOT
    html_page(f"{S}/{d}/content_1207.html", "utf-8", False, "provincial", [a], m)

    d = "2024-12-03"
    a = A("市民政局开展宪法宣传主题党日活动",
          body=["12月2日上午，三亚市民政局机关党委组织党员干部到解放路步行街开展宪法宣传主题党日活动，现场解答群众关于社会救助、婚姻登记、养老服务等方面的法律政策咨询80余人次。",
                "活动中，党员干部向过往群众发放宣传资料1200余份，引导群众尊法学法守法用法。"],
          closing="来源：本网", source=S, province="海南", agency="三亚市民政局", date="2024-12-02", people=[],
          tags=["half_day_date"])
    box = A("主题党日", body=["主题党日是党支部以固定日期组织党员开展的集中学习、组织生活和党员活动，是落实“三会一课”制度的重要载体。"],
            source=None, province=None, agency=None, date=d, people=[], tags=["related_link"])
    m = HEAD.format(cs="utf-8", title=a.title[0] + " - 鹿回头民政网") + f"""
<div class="crumb"><a href="/">首页</a> » <a href="/djgz/">党建工作</a> » 正文</div>
<div class="article">
<h1>{a.title[0]}</h1>
<div class="info">来源：本网　作者：　发布时间：2024-12-03　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{ps(a.body)}
</div>
<div class="yanshen"><h4>延伸阅读</h4>
<p><strong>{box.title[0]}</strong></p>
{ps(box.body)}
</div>
<div class="tools"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
</div>
""" + FOOT
    html_page(f"{S}/{d}/content_9450.html", "utf-8", False, "provincial", [a, box], m)



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('新时代社区报/2024-01-09/01.txt', 3, 'slogans', ["国之大者", "三会一课", "高质量发展", "全面从严治党", "两个覆盖", "两张皮"], ["国之大者", "三会一课", "高质量发展", "全面从严治党", "两个覆盖"], '10.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    build_all()
    with open(os.path.join(HERE, f"truth-{SET}.json"), "w", encoding="utf-8") as f:
        json.dump(_truth12_align(TRUTH), f, ensure_ascii=False, indent=1)
    print(len(TRUTH), "pages,", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
