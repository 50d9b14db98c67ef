"""Truth pages (held back as batch h3, now development), batch h3, set h3d: seven invented publications x four pages = 28 pages.

Writes every page under <publication>/<YYYY-MM-DD>/<page>.<ext> next to this file, and truth-h3d.json.
Run: /work/main/.venv/bin/python make_pages_h3d.py   (python-docx needed for the .docx bulletins)

Publications
------------
1. 淮扬日报 — 江苏, prefecture daily (publication_kind provincial), 4 text layers (.txt).
   Styles: three-line running head (name / date + weekday / page + section) or one-line head; section
   and column labels (党建·先锋, 【党建引领】, 短评); kicker + two-line main title + ——subtitle; top byline
   "□ 本报记者　A　通讯员　B"; datelines 本报讯（…） and 本报淮安1月5日电（记者 …） run into the lead;
   closing （据…）; pull quote between paragraphs; ▲ captions and plain 图为… captions with （… 摄）;
   a double-spaced article (blank line after every text line); 本报评论员 commentary; 相关链接 box;
   （上接第1版） fragment; title printed after its article; narrow 12–14 character columns; footer
   责任编辑/美编/校对. Encodings: utf-8, gb18030+CRLF, utf-8-sig, utf-8+CRLF.
2. 渤海民生周报 — 天津, provincial weekly (党建周刊), 4 text layers. Styles: two-line head "name｜党建周刊" /
   "第N版  date"; paragraphs indented with two ideographic spaces; 编者按 above the first article;
   closing （据天津市民政局） / （某区民政局供稿） / （通讯员 某某） inline; honour list with padded names;
   ◆ brief page with no blank lines at all; （下转第8版）; ▲ caption with an unbracketed "陈墨 摄" credit.
   Encodings: utf-8-sig, utf-8, gb18030+CRLF, utf-8+CRLF.
3. 红墙先锋 — national magazine of the party building of central and state organs (publication_kind
   magazine; folder date = first day of the month), 4 text layers. Styles: running head with page number
   and "年第N期（总第M期）"; column labels (高端访谈, 理论视点, 工作交流, 各地动态, 机关党建动态);
   interview with ——访 subtitle and 记者：/name： turns; 延伸阅读 box; theory article with 摘要/关键词,
   一、二、三、 subheadings, "□ author" top byline and closing （作者系…）; ● briefs from central bodies;
   closing （本刊记者　某某）. Encodings: utf-8, utf-8-sig+CRLF, gb18030, utf-8.
4. 楠溪融媒 — 浙江 永嘉县 county media centre (county), 2 text layers + 2 OCR text layers.
   Styles: "楠溪融媒·永嘉新闻" head; closing （融媒记者 A 通讯员 B）; kicker line; ■ brief items;
   title after article; OCR pages with O for 0, l for 1, 笫 for 第, stray spaces, uneven line breaks, a
   blank line inside a two-line title.
5. 溧水融媒 — 江苏 南京市溧水区 district media centre (county), 2 text layers + 2 OCR text layers.
   Styles: "□记者 A　通讯员 B" / "记者 A" bylines at the top (no closing attribution); 【headline】
   brief markers and ■ untitled briefs under a 党建简讯 label; honour list printed before its title
   (OCR); an OCR page with no blank lines.
6. 沪滨民政工作简报 — 上海, Word bulletin (.docx) of the 上海市民政局 机关党委. Masthead (name, 第N期,
   issuing office + date, rule), optional 目录, articles with centred bold titles (two-line titles as one
   paragraph with a forced line break, or as two paragraphs), forced line breaks inside some body
   paragraphs, closing （供稿：X） / （X供稿）, bold short subheadings, ● brief items (headline and text
   in one paragraph separated by a forced break), distribution lines 报/送/发 and （共印80份）.
7. 皖江民政网 — 安徽, government portal (publication_kind provincial), 4 HTML pages: three article pages
   (one GB18030 bytes with meta charset gb2312), one list page. Chrome: nav, breadcrumbs, info line
   (发布时间/来源/作者/浏览次数/【字体：大 中 小】), 打印/关闭, 相关链接 list, footer; image + caption;
   <h2> subtitle; <strong> subheadings; <br> forced breaks inside paragraphs; 延伸阅读 box with its own text.

Decisions beyond truth_conventions.md
-------------------------------------
- A dateline run into the lead (本报讯（…）, 本报淮安1月5日电（…）) is the attribution and is NOT part of the
  first body paragraph; a closing attribution printed on the same line as the last sentence is not part
  of the last paragraph either. A brief's marker (◆ ■ ● 【】) is in no field.
- An attribution made of a top byline plus a closing （作者系…） note is stored as "name （作者系…）"
  (joined with one space); the checker looks for each space-separated part.
- A closing （本刊记者 某某） is printed with brackets, so the attribution keeps them; source = the magazine.
- Top bylines are stored without their decorative □ marker; padding spaces inside them are normalised
  to one space.
- A county/district media centre's bare 县民政局 / 县社会组织综合党委 is expanded with its county
  (永嘉县…) by analogy with 省民政厅 → 浙江省民政厅; otherwise agencies are as printed.
- Source in full form: a district of a municipality or city gets its city (（河北区民政局供稿） →
  天津市河北区民政局, 溧水区民政局 → 南京市溧水区民政局, 静安区民政局 → 上海市静安区民政局); a county
  bureau's name is already full (金湖县民政局). 来源：本网 → 皖江民政网.
- A bulletin's own item with no credit line: attribution "" and source null.
- A closing bare （通讯员 某某） gives source null also for a short ordinary report in a county or
  provincial paper (not only for briefs); the 通讯员 is a person of the article.
- Slogans: quoted terms of DOMAIN.md are stored WITH their Chinese quotes (“两个确立”), unquoted ones
  without; “N个…” formulations likewise with quotes. Only title and body count.
- OCR pages: title, body, attribution are stored as the text layer reads them (misreads such as 2O23,
  3月2l日, 笫一 kept) so that they can be found in the page; dates, people, agencies are the true facts.
  No misread touches a person's name. Stray spaces that the OCR simulation inserts are not in the truth
  body (whitespace only).
- Honour lists: each category heading and each list line is one body paragraph, names with their padding.
- HTML list page: every list item that prints a summary is an article (title = link text, body = the
  summary as printed, including its trailing ……; attribution "", source null; date = the event day the
  summary names, else the relative rule against the item's listed date). The pager and column title are
  chrome.
- Web related-link box (延伸阅读 with own text) is an article with source null; the 相关链接 list of
  links is chrome.
- A magazine's page of central bodies: province null; 机关党委 of a ministry → agency the ministry.
- Continuation fragment （上接第1版）: facts of the front-page report it continues (淮安市民政局, meeting
  of 2025-01-06), title null, attribution "".
- Floating furniture between articles (a repeated page number + date head on 淮扬日报 A4 of 2023-11-14,
  a page number + running foot on 红墙先锋 p08) belongs to no article.
- "relative_date" also tags pieces dated by 今年以来 / 主题教育开展以来 / 元旦前夕 (issue date stands).
- Tags per page include format tags (crlf, utf8_bom, gb18030, html, docx, ocr) and page furniture tags
  (column_label, editor_note, bulletin_masthead, contents_list, distribution_lines, no_blank_lines);
  article tags are always a subset of their page's tags.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 4; round nine kind 2 (source in full form adds no place to a name printed whole) 8; round ten kind 5 (a body's party branch as main actor → the institution, agency) 1 — 13 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import os, json, random, datetime, re, html as H

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}
WRITERS = []

CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]
WEEK = "一二三四五六日"


def norm(s):
    return re.sub(r"\s+", "", s)


def clean(s):
    return s.replace("¦", "") if isinstance(s, str) else s


def slogans_of(text):
    t = norm(clean(text))
    out = []
    for q in CANON_Q:
        if "“" + q + "”" in t:
            out.append("“" + q + "”")
    for u in CANON_U:
        if u in t:
            out.append(u)
    for m in re.finditer(r"“([两一二三四五六七八九十]+个[^“”]{1,14})”", t):
        s = "“" + m.group(1) + "”"
        if s not in out:
            out.append(s)
    return out


def wd(d):
    y, m, dd = map(int, d.split("-"))
    return "星期" + WEEK[datetime.date(y, m, dd).weekday()]


def cn_date(d):
    y, m, dd = map(int, d.split("-"))
    return f"{y}年{m}月{dd}日"


def A(tl, body, attr="", source=None, prov=None, agency=None, date=None, people=(), captions=(),
      tags=(), **r):
    """tl: title lines as printed (None: no title)."""
    return dict(tl=tl, body=list(body), attribution=attr, source=source, province=prov,
                agency=agency, date=date, people=list(people), captions=list(captions),
                phenomena=list(tags), _r=r)


def truth_of(a):
    title = clean("".join(a["tl"])) if a["tl"] else None
    text = (title or "") + "".join(a["body"])
    return dict(title=title, body=[clean(p) for p in a["body"]], attribution=clean(a["attribution"]),
                source=a["source"], province=a["province"], agency=a["agency"], date=a["date"],
                people=a["people"], slogans=slogans_of(text),
                captions=[clean(c) for c in a["captions"]], phenomena=a["phenomena"])


PUNCT_START = "，。、；：？！）》”’…—"


def wrap(text, w, rnd, jit):
    lines, i, n = [], 0, len(text)
    while i < n:
        ww = max(3, w - rnd.randint(0, jit))
        j = min(n, i + ww)
        while j < n and text[j] in PUNCT_START and j - i < ww + 2:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines


class Text:
    """A text layer: lines of a PDF page (or of an OCR'd scan)."""

    def __init__(self, w=14, indent="", psep=True, seed=1, jit=1, ocr=False, gaps=0.0, tsep=True):
        self.lines, self.w, self.indent, self.psep = [], w, indent, psep
        self.rnd, self.jit, self.ocr, self.gaps, self.tsep = random.Random(seed), jit, ocr, gaps, tsep

    def raw(self, t):
        self.lines.extend(t.split("\n"))

    def blank(self):
        if self.psep:
            self.lines.append("")

    def _ocrify(self, ln):
        if self.ocr and len(ln) > 4 and self.rnd.random() < 0.22:
            k = self.rnd.randint(1, len(ln) - 1)
            ln = ln[:k] + " " + ln[k:]
        return ln

    def para(self, text, w=None, indent=None, double=False, gaps=None):
        w = w or self.w
        ind = self.indent if indent is None else indent
        out = []
        for k, seg in enumerate((ind + text).split("¦")):
            out.extend(wrap(seg, w, self.rnd, self.jit))
        g = self.gaps if gaps is None else gaps
        for k, ln in enumerate(out):
            self.lines.append(self._ocrify(ln))
            if double:
                self.lines.append("")
            elif g and k < len(out) - 1 and self.rnd.random() < g:
                self.lines.append("")
        if not double:
            self.blank()

    def title(self, a):
        r = a["_r"]
        for k, ln in enumerate(a["tl"]):
            if r.get("tgap") == k:
                self.lines.append("")
            self.lines.append(ln)
        if self.tsep:
            self.blank()

    def art(self, a):
        r = a["_r"]
        w = r.get("w")
        dbl = r.get("double", False)
        for p in r.get("pre", []):
            self.raw(p)
            self.blank()
        if a["tl"] and r.get("tpos", "before") == "before" and not r.get("marker"):
            self.title(a)
        if r.get("marker"):
            mk = r["marker"]
            if a["tl"]:
                self.raw(mk.format("".join(a["tl"])) if "{}" in mk else mk + "".join(a["tl"]))
        if r.get("byline"):
            self.raw(r["byline"])
            if r.get("bylsep", True):
                self.blank()
        caps = r.get("capat", [])
        capfmt = r.get("capfmt", "{}")
        ins = r.get("ins", {})
        n = len(a["body"])
        for k, p in enumerate(a["body"]):
            t = p
            if k == 0 and r.get("lead"):
                t = r["lead"] + t
            if k == 0 and r.get("marker") and not a["tl"]:
                t = r["marker"] + t
            if k == n - 1 and r.get("close") and r.get("cinl"):
                t = t + r["close"]
            self.para(t, w=w, double=dbl)
            for x in ins.get(k, []):
                self.raw(x)
                self.blank()
            for ci, at in enumerate(caps):
                if at == k:
                    self.para(capfmt.format(a["captions"][ci]), w=r.get("capw", w), indent="")
        if r.get("close") and not r.get("cinl"):
            if r.get("closewrap"):
                self.para(r["close"], w=w, indent="")
            else:
                self.raw(r["close"])
                self.blank()
        for ci, at in enumerate(caps):
            if at == -1:
                self.para(capfmt.format(a["captions"][ci]), w=r.get("capw", w), indent="")
        if a["tl"] and r.get("tpos") == "after":
            self.title(a)
        for p in r.get("post", []):
            self.raw(p)
            self.blank()

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


def emit_text(rel, t, enc, crlf, kind, pkind, tags, arts):
    s = t.text()
    if crlf:
        s = s.replace("\n", "\r\n")
    data = s.encode(enc)
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    record(rel, enc, crlf, kind, pkind, tags, arts)


def record(rel, enc, crlf, kind, pkind, tags, arts):
    ptags = list(tags)
    for a in arts:
        for x in a["phenomena"]:
            if x not in ptags:
                ptags.append(x)
    TRUTH[rel] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind, phenomena=ptags,
                      articles=[truth_of(a) for a in arts])

# ---------------------------------------------------------------- 淮扬日报 (江苏, prefecture daily)
HY = "淮扬日报"


def hy_head(d, page, sec):
    return f"{HY}\n{cn_date(d)}  {wd(d)}\n{page}  {sec}"


def hy_foot(ed):
    return f"责任编辑：{ed[0]}　美编：{ed[1]}　校对：{ed[2]}"


def page_hy1():
    d = "2024-03-12"
    a1 = A(["聚焦“一老一小”办实事", "淮安市民政局推动机关党建", "与业务工作深度融合",
            "——来自市民政局模范机关创建一线的报告"],
           ["今年以来，淮安市民政局坚持以习近平新时代中国特色社会主义思想为指导，把模范机关创建作为“一把手”工程，围绕养老服务、儿童关爱等群众急难愁盼问题，推动机关党建和民政业务同谋划、同部署、同考核。",
            "“党建工作做实了就是生产力，做细了就是凝聚力。”市民政局党组书记、局长顾文涛说，局党组把“第一议题”制度与业务调度会结合起来，学习一次、对照一次、推动一次，让党的创新理论真正转化为破解难题的实招。",
            "一是建强支部堡垒。局机关6个党支部与清江浦区、淮阴区12个社区党组织结对共建，围绕居家养老上门服务、困境儿童走访等事项认领共建项目38个。",
            "二是锤炼干部作风。局里组织党员干部常态化开展“民政服务进网格”活动，今年以来累计走访高龄独居老人1460余户，现场解决问题 210件。",
            "三是健全考评机制。市民政局把党建考核与业务考核结果互通互用，将群众满意度纳入支部书记述职评议，推动党员干部在服务一线亮身份、作表率。",
            "下一步，市民政局将以“三级联动”深化模范机关建设，推动党建引领民政事业高质量发展，努力交出让群众满意的民生答卷。"],
           "本报记者 周晓岚 通讯员 韦一鸣", HY, "江苏", "淮安市民政局", d,
           ["周晓岚", "韦一鸣", "顾文涛"],
           ["市民政局党员志愿者在清江浦区一社区为老人测量血压。（记者 周晓岚 摄）"],
           ["kicker", "subtitle", "multi_line_title", "byline_top", "pull_quote", "captions",
            "enumeration", "name_verb", "relative_date", "province_context"],
           byline="□ 本报记者　周晓岚　通讯员　韦一鸣",
           ins={1: ["“党建工作做实了就是生产力，\n  做细了就是凝聚力。”"]},
           capat=[2], capfmt="▲{}", capw=16)
    a2 = A(["盱眙县社会组织综合党委", "举办党务干部培训班"],
           ["3月上旬，盱眙县社会组织综合党委在县委党校举办全县社会组织党务干部培训班，县内行业协会、民办非企业单位的党组织书记和党建指导员共90余人参加培训。",
            "培训采取专题授课、案例教学和现场观摩相结合的方式，围绕“三会一课”规范化、党组织按期换届、党建工作写入社会组织章程等内容进行辅导，并组织学员到县物流行业协会党支部观摩学习。",
            "来自县餐饮行业协会党支部的学员阿依努尔·¦买买提表示，培训内容贴近实际、针对性强，回去后要把所学用在规范支部组织生活上，带动更多会员企业向党组织靠拢。"],
           "本报讯（通讯员 孙立夏 记者 陶然）", HY, "江苏", "盱眙县社会组织综合党委", "2024-03-01",
           ["孙立夏", "陶然", "阿依努尔·买买提"], [],
           ["dateline", "period_date", "dot_name", "name_verb", "multi_line_title", "province_context"],
           lead="本报讯（通讯员 孙立夏 记者 陶然）")
    a3 = A(["什么是模范机关建设“三级联动”"],
           ["模范机关建设“三级联动”，是指省、市、县三级民政部门在模范机关创建中上下贯通、同题共答的工作机制。",
            "我省自2022年起在全省民政系统推行这一机制，由省民政厅统筹谋划、设区市民政局组织推动、县级民政部门抓好落实，形成了创建目标共定、创建载体共建、创建经验共享的工作格局。"],
           "", None, "江苏", "江苏省民政厅", d, [], [],
           ["related_link", "province_context"], pre=["相关链接"])
    t = Text(w=13, seed=11, gaps=0.04)
    t.raw(hy_head(d, "A3", "党建·先锋"))
    t.blank()
    t.raw("【党建引领】")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw(hy_foot(("冯雪", "王琳", "李佳")))
    emit_text(f"{HY}/{d}/A3.txt", t, "utf-8", False, "text", "provincial", ["column_label"], [a1, a2, a3])


def page_hy2():
    d = "2024-06-25"
    a1 = A(["全省民政系统“清廉民政”建设", "现场推进会在淮安召开"],
           ["6月20日，江苏省民政厅在淮安召开全省民政系统“清廉民政”建设现场推进会，总结交流各地推进清廉机关建设的经验做法，部署下一阶段重点任务。省民政厅党组书记、厅长陆卫东出席会议并讲话，淮安市人民政府副市长许文蕾致辞。",
            "会议指出，推进“清廉民政”建设是落实全面从严治党要求的具体行动。要把严的基调、严的措施、严的氛围长期坚持下去，紧盯养老服务补贴、社会救助资金、福彩公益金等重点领域，深化廉政风险排查防控，坚决纠治“四风”问题。",
            "会议要求，各地要坚持清廉机关与模范机关建设一体推进，把廉洁文化融入民政服务窗口、融入社会组织党建，确保民政资金用在刀刃上、民生政策落到群众心坎上。",
            "与会人员现场观摩了淮安市社会福利中心、洪泽区民政局廉政教育基地等点位，南京、苏州、淮安等5个设区市民政局作交流发言。"],
           "（据江苏省民政厅）", "江苏省民政厅", "江苏", "江苏省民政厅", "2024-06-20",
           ["陆卫东", "许文蕾"], [],
           ["double_spaced", "multi_line_title"], close="（据江苏省民政厅）", double=True, w=12)
    a2 = A(["淮阴区：“红色物业”", "让老旧小区焕新颜"],
           ["6月18日上午，淮阴区民政局联合区住建局在王家营街道召开“红色物业”建设现场会，推广社区党组织领导下的居委会、业委会、物业企业“三方联动”议事机制。",
            "截至目前，全区已有41个老旧小区成立物业党支部或党的工作小组，累计解决加装电梯、停车难、环境整治等问题 300余件。",
            "“以前有事不知道找谁，现在楼道里就有党员联络员。”王家营街道居民孙桂芳说。"],
           "本报讯（记者 陶然）", HY, "江苏", "淮阴区民政局", "2024-06-18",
           ["陶然", "孙桂芳", "刘一鸣"],
           ["图为王家营街道一小区党员志愿者正在清理楼道杂物。（刘一鸣 摄）"],
           ["dateline", "half_day_date", "captions", "name_verb", "province_context", "multi_line_title"],
           lead="本报讯（记者 陶然）", capat=[-1], capfmt="{}")
    a3 = A(["让党建“软实力”成为服务“硬支撑”"],
           ["机关党建做得好不好，最终要看群众满意不满意。党建与业务“两张皮”，根子在于把党建当成了“软任务”。",
            "破解这一问题，关键是找准结合点。民政工作直接面向困难群众和特殊群体，每一项政策都连着民心。只有把支部建在服务链条上，把党员放到群众最需要的地方，党建的“软实力”才能转化为服务的“硬支撑”。",
            "各级民政部门要坚持以高质量党建引领高质量发展，少一些“材料党建”“留痕党建”，多一些解难题、办实事的真功夫，让群众在每一次办事中感受到党的温暖。"],
           "本报评论员", HY, None, None, d, [], [],
           ["byline_top"], byline="本报评论员", pre=["短评"])
    t = Text(w=14, seed=12, gaps=0.03)
    t.raw(f"A4　党建　{cn_date(d)}　{wd(d)}　{HY}")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("本版编辑：冯雪")
    emit_text(f"{HY}/{d}/A4.txt", t, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "column_label"], [a1, a2, a3])


def page_hy3():
    d = "2025-01-07"
    a0 = A(None,
           ["会议要求，全市各级民政部门要坚持和加强党的全面领导，持续深化模范机关建设，把党的二十大精神和二十届三中全会精神落实到兜底保障、养老服务、社会组织管理的各项工作中。",
            "会上，市民政局与各县区民政局签订了2025年度党风廉政建设责任书，清江浦区、盱眙县民政局作了交流发言。"],
           "", HY, "江苏", "淮安市民政局", "2025-01-06", [], [],
           ["continued", "title_none"], pre=["（上接第1版）"])
    a1 = A(["涟水县民政局：岁末主题党日", "把温暖送进福利院"],
           ["12月27日，涟水县民政局机关党支部与县社会福利院党支部联合开展主题党日活动，党员干部为院内32名特困供养老人送去冬衣、被褥等慰问物资。",
            "活动中，党员们重温入党誓词，并分组与老人拉家常、量血压。县社会福利院院长戴红梅介绍，今年以来，两个支部共同开展结对帮扶12次，帮助老人解决就医、代购等实际困难40余件。"],
           "本报讯（通讯员 金鑫 记者 陶然）", HY, "江苏", "涟水县民政局", "2024-12-27",
           ["金鑫", "陶然", "戴红梅"], [],
           ["year_boundary", "dateline", "province_context", "multi_line_title"],
           lead="本报讯（通讯员 金鑫 记者 陶然）")
    a2 = A(["全市新建社会组织党组织", "126个"],
           ["记者从市委社会工作部获悉，2024年，我市持续推进社会组织党的组织和党的工作有效覆盖，全年新建社会组织党组织 126个，选派党建指导员 214名，社会组织党组织覆盖率稳步提升。",
            "市委社会工作部相关负责人表示，今年将聚焦行业协会商会、社会服务机构两个重点，推动党建工作要求写入章程，探索建立“党建+公益”项目清单，以党建引领社会组织规范健康发展。"],
           "本报淮安1月5日电（记者 周晓岚）", HY, "江苏", "淮安市委社会工作部", "2025-01-05",
           ["周晓岚"], [],
           ["dateline", "multi_line_title", "province_context"],
           lead="本报淮安1月5日电（记者 周晓岚）")
    t = Text(w=13, seed=13, gaps=0.03)
    t.raw(hy_head(d, "A3", "要闻·党建"))
    t.blank()
    for a in (a0, a1, a2):
        t.art(a)
    t.raw(hy_foot(("冯雪", "丁一", "李佳")))
    emit_text(f"{HY}/{d}/A3.txt", t, "utf-8-sig", False, "text", "provincial",
              ["utf8_bom", "column_label"], [a0, a1, a2])


def page_hy4():
    d = "2023-11-14"
    a1 = A(["淮伊两地民政部门", "交流基层党建工作经验"],
           ["11月8日至10日，新疆伊犁哈萨克自治州民政局考察组一行来淮，就基层党建引领社区治理、养老服务体系建设等工作进行考察交流。市民政局党组书记、局长顾文涛陪同考察。",
            "考察组先后走访了清江浦区柳树湾街道、淮安经济技术开发区钵池街道等地的社区党群服务中心和养老服务综合体，详细了解“网格+党建”“社区+社会组织”联动服务模式。",
            "考察组组长吐尔逊江·¦阿不都热依木表示，淮安在党建引领社区治理方面的做法可学可用，希望两地民政部门常态化开展干部交流，携手把援疆情谊转化为服务群众的实际成效。"],
           "本报讯（记者 陶然 通讯员 韦一鸣）", HY, "江苏", "淮安市民政局", "2023-11-08",
           ["陶然", "韦一鸣", "顾文涛", "吐尔逊江·阿不都热依木"], [],
           ["dateline", "dot_name", "name_verb", "multi_line_title"],
           lead="本报讯（记者 陶然 通讯员 韦一鸣）")
    a2 = A(["金湖县民政局深入开展", "第二批主题教育"],
           ["近日，金湖县民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议，对局系统第二批主题教育作出部署 。",
            "会议要求，要紧扣“学思想、强党性、重实践、建新功”总要求，坚持以学铸魂、以学增智、以学正风、以学促干，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定 “四个自信”、做到“两个维护”。",
            "会议强调，要把调查研究贯穿主题教育始终，聚焦困难群众救助、农村留守老人关爱等民生难题，列出问题清单，逐项推动解决。"],
           "（据金湖县民政局）", "金湖县民政局", "江苏", "金湖县民政局", d,
           [], [], ["title_after", "relative_date", "stray_spaces", "province_context", "multi_line_title"],
           close="（据金湖县民政局）", tpos="after")
    a3 = A(["洪泽区开展社区工作者能力提升培训"],
           ["11月上旬，洪泽区委组织部、区民政局联合举办社区工作者能力提升培训班，全区 9个镇（街道）的 150余名社区工作者参加培训。培训设置党建引领基层治理、社会救助政策解读、矛盾纠纷调解等课程。"],
           "（据淮安市委组织部）", "淮安市委组织部", "江苏", "洪泽区委组织部", "2023-11-01",
           [], [], ["period_date", "stray_spaces", "province_context"], close="（据淮安市委组织部）")
    t = Text(w=13, seed=14, gaps=0.04)
    t.raw(f"{HY}　{cn_date(d)}")
    t.raw("A4")
    t.raw("党建")
    t.blank()
    t.art(a1)
    t.raw("A4")
    t.raw(f"{cn_date(d)}　{wd(d)}")
    t.blank()
    t.art(a2)
    t.art(a3)
    t.raw(hy_foot(("冯雪", "王琳", "周舟")))
    emit_text(f"{HY}/{d}/A4.txt", t, "utf-8", True, "text", "provincial",
              ["crlf", "column_label"], [a1, a2, a3])


WRITERS += [page_hy1, page_hy2, page_hy3, page_hy4]

# ---------------------------------------------------------------- 渤海民生周报 (天津, provincial weekly)
BH = "渤海民生周报"


def bh_head(d, page):
    return f"{BH}｜党建周刊\n第{page}版　　　　{cn_date(d)}"


def page_bh1():
    d = "2023-09-08"
    a1 = A(["天津市民政局开展", "“我为群众办实事”主题党日活动"],
           ["9月1日上午，天津市民政局组织机关各党支部开展“我为群众办实事”主题党日活动，120余名党员分赴河西区、南开区的养老机构和儿童福利机构开展志愿服务。",
            "活动中，党员们为老人整理房间、讲解防范养老诈骗知识，为福利机构儿童辅导功课。市民政局机关党委负责同志介绍，主题党日活动已连续开展18期，形成了“支部+机构”结对服务清单。",
            "“党员干部走出机关、走进群众，才能把为民服务的事情办到群众心坎上。”参加活动的党员韩立军说。"],
           "（据天津市民政局）", "天津市民政局", "天津", "天津市民政局", "2023-09-01",
           ["韩立军", "陈墨"],
           ["图为党员志愿者在河西区一养老机构为老人整理房间。（陈墨 摄）"],
           ["half_day_date", "captions", "name_verb", "multi_line_title"],
           close="（据天津市民政局）", capat=[-1])
    a2 = A(["河北区社会组织综合党委", "开展“四风”问题专项整治"],
           ["近日，河北区社会组织综合党委召开专题会议，部署在全区社会组织党组织中开展“四风”问题专项整治，重点纠治形式主义、官僚主义问题。",
            "整治聚焦会费收取、评比表彰、涉企检查等群众反映强烈的问题，要求各社会组织党组织对照问题清单开展自查，建立整改台账，确保“四风”整治取得实效。"],
           "（河北区民政局供稿）", "天津市河北区民政局", "天津", "河北区社会组织综合党委", d,
           [], [], ["title_after", "relative_date", "province_context", "multi_line_title"],
           close="（河北区民政局供稿）", tpos="after")
    a3 = A(["滨海新区民政局部署", "第二批主题教育"],
           ["9月5日，滨海新区民政局召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会，局党组书记、局长刘洪涛作动员讲话。",
            "刘洪涛指出，全局党员干部要深刻领悟“两个确立”的决定性意义，进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”，把学习成效转化为推动新区民政事业高质量发展的强大动力。",
            "会议对读书班、专题调研、检视整改等重点工作作出安排。"],
           "本报讯（记者 郝梦婷）", BH, "天津", "滨海新区民政局", "2023-09-05",
           ["郝梦婷", "刘洪涛"], [],
           ["dateline", "name_verb", "province_context", "multi_line_title"],
           lead="本报讯（记者 郝梦婷）")
    t = Text(w=18, indent="　　", seed=21, gaps=0.02)
    t.raw(bh_head(d, 5))
    t.blank()
    t.raw("编者按：第二批主题教育即将全面展开。本期选登我市民政系统和社会组织党组织的几则动态，供各单位交流借鉴。")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("本版编辑　朱丹　　电话　022-2336××××")
    emit_text(f"{BH}/{d}/05.txt", t, "utf-8-sig", False, "text", "provincial",
              ["utf8_bom", "editor_note"], [a1, a2, a3])


def page_bh2():
    d = "2023-12-15"
    a1 = A(["市社会组织党委表彰", "一批先进典型"],
           ["12月12日，天津市社会组织党委召开表彰会，对2023年度全市社会组织领域先进基层党组织、优秀共产党员和优秀党务工作者进行表彰。名单如下：",
            "一、先进基层党组织（5个）",
            "天津市律师协会党委、天津市物流与采购协会党支部、天津市养老服务业协会党支部、天津市社会工作者协会党支部、天津市滨海新区慈善协会党支部",
            "二、优秀共产党员（8名）",
            "王　磊、张晓燕、刘　洋、帕提古丽·吾斯曼、赵文博、孙　静、马春来、杜若萱",
            "三、优秀党务工作者（4名）",
            "李秀梅、郭　健、田雨晨、周　正"],
           "（天津市社会组织党委供稿）", "天津市社会组织党委", "天津", "天津市社会组织党委", "2023-12-12",
           ["王磊", "张晓燕", "刘洋", "帕提古丽·吾斯曼", "赵文博", "孙静", "马春来", "杜若萱",
            "李秀梅", "郭健", "田雨晨", "周正"], [],
           ["honour_list", "dot_name", "multi_line_title"],
           close="（天津市社会组织党委供稿）", w=20)
    a2 = A(["西青区民政局“党建+养老”", "服务品牌亮相"],
           ["12月11日，西青区民政局在杨柳青镇举办“银龄有伴·党旗红”党建服务品牌发布活动，发布了助餐、助医、助洁等6类为老服务项目。",
            "区民政局党组书记、局长魏建平表示，将依托全区 57个社区党组织，把服务项目延伸到每一个居家养老的困难老人身边。"],
           "本报讯（记者 郝梦婷 通讯员 宋佳）", BH, "天津", "西青区民政局", "2023-12-11",
           ["郝梦婷", "宋佳", "魏建平"], [],
           ["dateline", "name_verb", "stray_spaces", "province_context", "multi_line_title"],
           lead="本报讯（记者 郝梦婷 通讯员 宋佳）")
    a3 = A(["红桥区开展社区工作者专题培训"],
           ["日前，红桥区委社会工作部组织全区社区工作者开展专题培训，围绕党建引领基层治理、社会救助政策等内容进行授课，240余人参加。"],
           "（通讯员 侯敬）", None, "天津", "红桥区委社会工作部", d, ["侯敬"], [],
           ["relative_date", "province_context"], close="（通讯员 侯敬）", cinl=True)
    t = Text(w=18, indent="　　", seed=22, gaps=0.02)
    t.raw(bh_head(d, 6))
    t.blank()
    t.raw("·基层党建·")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("本版编辑　朱丹")
    emit_text(f"{BH}/{d}/06.txt", t, "utf-8", False, "text", "provincial",
              ["column_label"], [a1, a2, a3])


def page_bh3():
    d = "2024-04-19"
    arts = [
        A(["和平区召开社会组织党建工作推进会"],
          ["4月16日，和平区委社会工作部召开全区社会组织党建工作推进会，通报2023年度社会组织党组织书记抓党建述职评议情况，部署年度重点任务。"],
          "", None, "天津", "和平区委社会工作部", "2024-04-16", [], [], ["briefs", "province_context"],
          marker="◆ "),
        A(None,
          ["4月12日，南开区民政局机关党支部开展“清明祭英烈”主题党日活动，党员们来到区烈士陵园敬献花篮，重温入党誓词。"],
          "", None, "天津", "南开区民政局", "2024-04-12", [], [], ["briefs", "title_none", "province_context"],
          marker="◆ "),
        A(["东丽区“两新”党建指导站揭牌"],
          ["4月15日，东丽区委社会工作部在华明街道为全区首个“两新”组织党建指导站揭牌，指导站将为辖区120余家非公企业和社会组织提供党建指导服务。"],
          "（通讯员 康宁）", None, "天津", "东丽区委社会工作部", "2024-04-15", ["康宁"], [], ["briefs", "province_context"],
          marker="◆ ", close="（通讯员 康宁）", cinl=True),
        A(None,
          ["近日，宝坻区民政局召开党纪学习教育动员部署会，要求全局党员干部学纪、知纪、明纪、守纪，严格落实中央八项规定精神。"],
          "", None, "天津", "宝坻区民政局", d, [], [], ["briefs", "title_none", "relative_date", "province_context"],
          marker="◆ "),
        A(["武清区培训社区“两委”成员"],
          ["4月上旬，武清区委组织部、区民政局联合举办社区“两委”成员培训班，围绕“三会一课”、居务公开等内容开展培训，参训人员达300人。"],
          "", None, "天津", "武清区委组织部", "2024-04-01", [], [], ["briefs", "period_date", "province_context"],
          marker="◆ "),
    ]
    t = Text(w=17, indent="", psep=False, seed=23)
    t.raw(bh_head(d, 7))
    t.raw("党建快讯")
    for a in arts:
        t.art(a)
    t.raw("本版编辑　朱丹　　校对　孟飞")
    emit_text(f"{BH}/{d}/07.txt", t, "gb18030", True, "text", "provincial",
              ["gb18030", "crlf", "no_blank_lines", "column_label"], arts)


def page_bh4():
    d = "2024-10-11"
    a1 = A(["用好“红色引擎”", "激活社区治理“神经末梢”"],
           ["10月9日，天津市民政局在河东区召开全市党建引领社区治理现场推进会，交流各区在网格党建、小区党支部建设等方面的经验做法。",
            "会上，河东区、津南区、蓟州区民政局作交流发言。河东区民政局负责同志介绍，全区推行“社区党委—网格党支部—楼栋党小组”三级组织体系，让党员在家门口亮身份、办实事。",
            "会议要求，各区要以学习贯彻二十届三中全会精神为动力，深化拓展党建引领基层治理，推动资源、服务、管理向社区下沉，"],
           "本报讯（记者 郝梦婷）", BH, "天津", "天津市民政局", "2024-10-09",
           ["郝梦婷", "陈墨"], ["河东区一社区网格党支部书记入户走访。陈墨 摄"],
           ["dateline", "continued", "captions", "province_context", "multi_line_title"],
           lead="本报讯（记者 郝梦婷）", post=["（下转第8版）"], capat=[1], capfmt="▲{}")
    a2 = A(["市民政局机关党委组织", "党务干部赴蓟州开展现场教学"],
           ["10月8日，天津市民政局机关党委组织各支部党务干部赴蓟州区开展现场教学，参观盘山烈士陵园，聆听老党员讲述抗战故事。",
            "来自局社会组织管理服务中心的党员古丽娜尔·¦托合提说，这次现场教学让大家深受教育，要把革命先辈的奋斗精神转化为做好本职工作的实际行动。"],
           "（据天津市民政局）", "天津市民政局", "天津", "天津市民政局", "2024-10-08",
           ["古丽娜尔·托合提"], [], ["dot_name", "name_verb", "multi_line_title"], close="（据天津市民政局）")
    a3 = A(["津南区民政局深化“五个一”", "清廉机关建设"],
           ["今年以来，津南区民政局以“五个一”为抓手推进清廉机关建设，即每季度开展一次廉政党课、每月梳理一批风险点位、每个科室建立一张责任清单、每年开展一次警示教育、每个项目实行一次跟踪审计。",
            "截至目前，全局已排查廉政风险点42个，制定防控措施 96条 。"],
           "（津南区民政局供稿）", "天津市津南区民政局", "天津", "津南区民政局", d, [], [],
           ["relative_date", "stray_spaces", "enumeration", "province_context", "multi_line_title"],
           close="（津南区民政局供稿）")
    t = Text(w=18, indent="　　", seed=24, gaps=0.03)
    t.raw(bh_head(d, 5))
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("本版编辑　朱丹　　电话　022-2336××××")
    emit_text(f"{BH}/{d}/05.txt", t, "utf-8", True, "text", "provincial", ["crlf"], [a1, a2, a3])


WRITERS += [page_bh1, page_bh2, page_bh3, page_bh4]

# ---------------------------------------------------------------- 红墙先锋 (national magazine of central bodies' party building)
HQ = "红墙先锋"


def hq_run(d, issue, pg, left=True):
    y, m, _ = d.split("-")
    if left:
        return f"{pg}\n{HQ}　{y}年第{int(m)}期（总第{issue}期）"
    return f"{y}.{m}　{HQ}\n{pg}"


def page_hq1():
    d = "2023-08-01"
    a1 = A(["以高质量机关党建", "服务民政事业高质量发展", "——访民政部机关党委常务副书记林伯涛"],
           ["主题教育开展以来，民政部机关党委坚持把党的政治建设摆在首位，以模范机关建设为抓手推动机关党建和民政业务深度融合。围绕相关做法，本刊记者采访了民政部机关党委常务副书记林伯涛。",
            "记者：民政部机关在推进主题教育中有哪些具体安排？",
            "林伯涛：我们坚持学思用贯通、知信行统一。一是抓理论学习，部党组带头落实“第一议题”制度，各司局党支部每月开展一次专题学习；二是抓调查研究，围绕养老服务、儿童福利、社会救助等领域确定调研课题；三是抓检视整改，对调研发现的问题建立清单、挂账销号。",
            "记者：如何防止党建和业务“两张皮”？",
            "林伯涛：关键是让支部工作和司局职责同频共振。我们推行“支部联系处室、党员联系项目”机制，把政策制定、服务群众的急难任务交给党员先锋岗、党员突击队，用业务成效检验党建成效。",
            "记者：下一步有什么打算？",
            "林伯涛：我们将持续深化模范机关建设，落实全面从严治党责任，坚决纠治“四风”，努力在践行“两个维护”上作表率，为推进民政事业高质量发展提供坚强保证。"],
           "本刊记者 秦悦", HQ, None, "民政部", d, ["秦悦", "林伯涛"], [],
           ["interview", "subtitle", "multi_line_title", "byline_top", "national_body", "enumeration",
            "pull_quote", "relative_date"],
           byline="本刊记者　秦悦",
           ins={4: ["用业务成效检验党建成效"]})
    a2 = A(["民政部机关模范机关创建", "工作脉络"],
           ["2019年，部机关启动模范机关创建工作，制定创建实施方案。",
            "2021年，结合党史学习教育，部机关开展“我为群众办实事”实践活动，推出为民服务项目86项。",
            "2023年，部机关将模范机关建设与主题教育统筹推进，开展“三级联动”调研指导。"],
           "", None, None, "民政部", d, [], [], ["related_link", "national_body", "multi_line_title"],
           pre=["延伸阅读"], w=20)
    t = Text(w=22, indent="　　", seed=31, gaps=0.02)
    t.raw(hq_run(d, 95, "12"))
    t.blank()
    t.raw("高端访谈")
    t.blank()
    t.art(a1)
    t.art(a2)
    t.raw("责任编辑／杜宇")
    emit_text(f"{HQ}/{d}/p12.txt", t, "utf-8", False, "text", "magazine", ["column_label"], [a1, a2])


def page_hq2():
    d = "2024-02-01"
    a1 = A(["以党的政治建设统领", "新时代机关党的建设"],
           ["摘要：机关是党和国家治理体系的重要组成部分，加强机关党的建设首先要加强党的政治建设。本文从思想引领、组织保障和作风建设三个方面，探讨以政治建设统领机关党建的实践路径。",
            "关键词：机关党建；政治建设；模范机关",
            "中央和国家机关离党中央最近，机关党建工作做得好不好，直接关系党中央决策部署的贯彻落实。新时代新征程，必须把党的政治建设摆在首位，推动机关党建高质量发展。",
            "一、坚持思想引领，筑牢政治忠诚",
            "思想是行动的先导。机关党组织要坚持用习近平新时代中国特色社会主义思想凝心铸魂，把深刻领悟“两个确立”的决定性意义、坚决做到“两个维护”作为最高政治原则，引导党员干部不断提高政治判断力、政治领悟力、政治执行力。",
            "二、坚持组织保障，激活基层细胞",
            "党支部是机关党建的基本单元。要严格落实“三会一课”、主题党日、谈心谈话等制度，推动支部工作与业务工作同谋划、同推进，让每一个支部都成为坚强战斗堡垒。",
            "三、坚持作风建设，树立为民导向",
            "作风建设永远在路上。机关党组织要锲而不舍落实中央八项规定精神，持续纠治“四风”特别是形式主义、官僚主义，以优良作风带动政风行风，推动全面从严治党向纵深发展。"],
           "许明远 （作者系中央党校（国家行政学院）党建教研部教授）", None, None, None, d, ["许明远"], [],
           ["byline_top", "subheadings", "pull_quote", "multi_line_title"],
           byline="□ 许明远", close="（作者系中央党校（国家行政学院）党建教研部教授）", closewrap=True,
           ins={6: ["　　党支部是机关党建的基本单元，\n　　要让每一个支部都成为坚强战斗堡垒。"]})
    t = Text(w=23, indent="　　", seed=32, gaps=0.02)
    t.raw(hq_run(d, 101, "20"))
    t.blank()
    t.raw("理论视点")
    t.blank()
    t.art(a1)
    t.raw("责任编辑／杜宇")
    emit_text(f"{HQ}/{d}/p20.txt", t, "utf-8-sig", True, "text", "magazine",
              ["utf8_bom", "crlf", "column_label"], [a1])


def page_hq3():
    d = "2024-09-01"
    a1 = A(["民政部机关深化", "“四强”党支部创建"],
           ["8月中旬，民政部机关党委召开“四强”党支部创建推进会，对政治功能强、支部班子强、党员队伍强、作用发挥强的党支部创建情况进行交流。",
            "会议通报了上半年各司局党支部对标创建情况，社会救助司、养老服务司等8个党支部作交流发言。会议要求，要把支部建设与落实二十届三中全会精神结合起来，在推进民政领域改革中发挥战斗堡垒作用。"],
           "（民政部机关党委供稿）", "民政部机关党委", None, "民政部", "2024-08-11", ["苏晨"],
           ["图为推进会现场。（苏晨 摄）"],
           ["period_date", "national_body", "captions", "multi_line_title"],
           close="（民政部机关党委供稿）", capat=[-1])
    a2 = A(["中央社会工作部举办", "全国社会组织党建工作培训班"],
           ["7月22日至26日，中央社会工作部在京举办全国社会组织党建工作培训班，各省（区、市）党委社会工作部门和全国性社会组织党组织负责同志 110余人参加培训。",
            "培训班采取专题辅导、案例教学、分组研讨等方式，围绕推进社会组织党的组织和党的工作有效覆盖、以党建引领社会组织健康发展等内容开展学习交流。"],
           "（本刊记者 秦悦）", HQ, None, "中央社会工作部", "2024-07-22", ["秦悦"], [],
           ["national_body", "stray_spaces", "multi_line_title"], close="（本刊记者　秦悦）")
    a3 = A(["上海：楼宇党建", "激活“两新”组织红色引擎"],
           ["近日，上海市委社会工作部在黄浦区召开楼宇党建工作现场会，推广“楼宇党委+物业+入驻企业”联建共建模式。目前，全市已建成楼宇党群服务站点 900余个，覆盖商务楼宇 3000余幢。"],
           "（上海市委社会工作部供稿）", "上海市委社会工作部", "上海", "上海市委社会工作部", d, [], [],
           ["relative_date", "multi_line_title"], close="（上海市委社会工作部供稿）", pre=["各地动态"])
    t = Text(w=21, indent="　　", seed=33, gaps=0.02)
    t.raw(hq_run(d, 108, "08", left=False))
    t.blank()
    t.raw("工作交流")
    t.blank()
    t.art(a1)
    t.art(a2)
    t.raw("09")
    t.raw(f"{HQ}　2024.09")
    t.blank()
    t.art(a3)
    emit_text(f"{HQ}/{d}/p08.txt", t, "gb18030", False, "text", "magazine",
              ["gb18030", "column_label"], [a1, a2, a3])


def page_hq4():
    d = "2025-05-01"
    arts = [
        A(["民政部召开党纪学习教育成果巩固推进会"],
          ["4月上旬，民政部召开党纪学习教育成果巩固推进会，要求部机关和直属单位把纪律教育融入日常、抓在经常，推动学纪知纪明纪守纪常态化长效化。"],
          "", None, None, "民政部", "2025-04-01", [], [], ["briefs", "period_date", "national_body"],
          marker="●"),
        A(None,
          ["4月18日下午，人力资源社会保障部机关党委举办青年理论学习小组示范交流活动，12个青年理论学习小组代表围绕以学增智、以学促干作交流发言。"],
          "", None, None, "人力资源社会保障部", "2025-04-18", [], [],
          ["briefs", "title_none", "half_day_date", "national_body"], marker="●"),
        A(["应急管理部机关开展“党课开讲啦”活动"],
          ["近日，应急管理部机关党委组织开展“党课开讲啦”活动，各司局党支部书记走上讲台，结合防汛备汛、安全生产等工作讲授专题党课。"],
          "（据应急管理部网站）", "应急管理部网站", None, "应急管理部", d, [], [],
          ["briefs", "relative_date", "national_body"], marker="●", close="（据应急管理部网站）", cinl=True),
        A(["全国总工会机关深化“三个表率”建设"],
          ["4月25日，中华全国总工会机关党委召开模范机关建设推进会，提出在做到“两个维护”、服务职工群众、加强作风建设上当好“三个表率”。"],
          "", None, None, "中华全国总工会", "2025-04-25", [], [], ["briefs", "national_body"], marker="●"),
    ]
    t = Text(w=20, indent="", seed=34, gaps=0.0)
    t.raw(hq_run(d, 116, "30"))
    t.blank()
    t.raw("机关党建动态")
    t.blank()
    for a in arts:
        t.art(a)
    emit_text(f"{HQ}/{d}/p30.txt", t, "utf-8", False, "text", "magazine", ["column_label"], arts)


WRITERS += [page_hq1, page_hq2, page_hq3, page_hq4]

# ---------------------------------------------------------------- 楠溪融媒 (浙江 永嘉县 county media centre)
NX = "楠溪融媒"


def page_nx1():
    d = "2023-07-04"
    a1 = A(["“七一”前夕", "县民政局走访慰问困难党员和老党员"],
           ["6月28日，永嘉县民政局党组班子成员分组走访慰问全县困难党员、老党员和生活困难的退役军人党员，为他们送去慰问金和节日祝福。",
            "在岩坦镇，92岁的老党员金德良拉着工作人员的手说：“党和政府一直记挂着我们，我们心里暖和得很。”",
            "县民政局相关负责人表示，将持续完善困难党员帮扶机制，把组织关怀落实到每一名困难党员身上。"],
           "（融媒记者 潘晓雯 通讯员 谢一帆）", NX, "浙江", "永嘉县民政局", "2023-06-28",
           ["潘晓雯", "谢一帆", "金德良"], [], ["kicker", "name_verb", "province_context", "multi_line_title"],
           close="（融媒记者　潘晓雯　通讯员　谢一帆）")
    a2 = A(["瓯北街道“红色议事厅”", "让居民事居民议"],
           ["近日，瓯北街道在8个社区推行“红色议事厅”，由社区党组织牵头，组织党员、居民代表、物业和社会组织共同商议小区停车、加装电梯等公共事务。",
            "今年以来，街道各社区已召开议事会 46场，解决居民身边事 130余件。"],
           "（通讯员 厉秋实）", None, "浙江", "瓯北街道", d, ["厉秋实"], [],
           ["title_after", "relative_date", "stray_spaces", "province_context", "multi_line_title"],
           close="（通讯员 厉秋实）", tpos="after")
    a3 = A(["岩头镇建成首个社会组织服务站"],
           ["6月30日，岩头镇社会组织服务站正式投用，站内设有党员活动室和公益项目路演区，首批入驻社会组织12家。"],
           "", None, "浙江", "岩头镇", "2023-06-30", [], [], ["briefs", "province_context"], marker="■ ")
    t = Text(w=15, seed=41, gaps=0.03)
    t.raw(f"{NX}·永嘉新闻　{cn_date(d)}　{wd(d)}")
    t.raw("02　综合")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("编辑：季晓辉　　版式：胡蓓")
    emit_text(f"{NX}/{d}/02.txt", t, "utf-8", False, "text", "county", [], [a1, a2, a3])


def page_nx2():
    d = "2024-05-21"
    a1 = A(["党建引领“共富工坊”", "桥头镇把社会组织拧成“一股绳”"],
           ["5月15日，桥头镇社会组织联合党委牵头召开“共富工坊”联席会，组织纽扣行业协会、家政服务协会等11家社会组织与8个村签订结对帮扶协议。",
            "一是搭平台，依托镇党群服务中心设立社会组织孵化基地；二是派岗位，将纽扣分拣、电商打包等来料加工订单引入村级工坊；三是育人才，邀请行业协会党员技术骨干为村民开展技能培训。",
            "镇社会组织联合党委书记郑海燕说，下一步将以党建引领带动更多社会组织参与乡村振兴，助力高质量发展建设共同富裕示范区。"],
           "（融媒记者 潘晓雯）", NX, "浙江", "桥头镇社会组织联合党委", "2024-05-15",
           ["潘晓雯", "郑海燕", "朱颖"],
           ["图为桥头镇一“共富工坊”内，村民正在分拣纽扣。朱颖 摄"],
           ["kicker", "enumeration", "name_verb", "captions", "province_context", "multi_line_title"],
           close="（融媒记者　潘晓雯）", capat=[0])
    a2 = A(["县民政局开展“廉情微课”进科室活动"],
           ["日前，永嘉县民政局机关党委启动“廉情微课”进科室活动，由各支部书记轮流讲授10分钟微党课，以身边案例警示党员干部严守中央八项规定精神，推进清廉机关建设。"],
           "（通讯员 谢一帆）", None, "浙江", "永嘉县民政局", d, ["谢一帆"], [],
           ["relative_date", "province_context"], close="（通讯员　谢一帆）", cinl=True)
    a3 = A(["我县新增3家5A级社会组织"],
           ["5月17日，县民政局公布2023年度社会组织等级评估结果，永嘉县慈善总会等3家社会组织被评为“5A级”社会组织。"],
           "", None, "浙江", "永嘉县民政局", "2024-05-17", [], [], ["briefs", "province_context"], marker="■ ")
    t = Text(w=15, seed=42, gaps=0.03)
    t.raw(f"{NX}·永嘉新闻")
    t.raw(f"{cn_date(d)}　{wd(d)}　03　民生")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("编辑：季晓辉　　版式：胡蓓")
    emit_text(f"{NX}/{d}/03.txt", t, "utf-8", True, "text", "county", ["crlf"], [a1, a2, a3])


def page_nx3():  # OCR
    d = "2023-03-28"
    a1 = A(["永嘉县召开全县民政系统", "全面从严治党工作会议"],
           ["3月2l日，永嘉县民政局召开2O23年全县民政系统全面从严治党工作会议，总结2022年工作，部署今年党风廉政建设和反腐败工作。",
            "会议强调，要以党的二十大精神为指引，认真落实中央八项规定精神，坚决纠治“四风”，聚焦养老服务、社会救助等重点领域开展专项监督，推动全面从严治党向基层延伸。",
            "会上，局党组书记、局长陈立波与各科室、直属单位负责人签订了党风廉政建设责任书。"],
           "（融媒记者 潘晓雯 通讯员 谢一帆）", NX, "浙江", "永嘉县民政局", "2023-03-21",
           ["潘晓雯", "谢一帆", "陈立波"], [], ["multi_line_title", "province_context", "stray_spaces"],
           close="（融媒记者 潘晓雯 通讯员 谢一帆）", tgap=1)
    a2 = A(["县社会组织综合党委", "推进“两学一做”常态化制度化"],
           ["近日，县社会组织综合党委印发通知，在全县社会组织党组织中推进“两学一做”学习教育常态化制度化，要求各党组织每季度至少开展l次专题学习，笫一季度学习情况纳入年终考核。"],
           "（通讯员 厉秋实）", None, "浙江", "永嘉县社会组织综合党委", d, ["厉秋实"], [],
           ["relative_date", "province_context", "multi_line_title"], close="（通讯员 厉秋实）", cinl=True)
    a3 = A(["碧莲镇党员志愿者", "学雷锋活动月服务群众"],
           ["3月5日，碧莲镇党委组织机关党员和社会组织志愿者在镇文化广场开展学雷锋志愿服务，提供义诊、法律咨询、家电维修等服务项目1O余项，服务群众3OO余人次。"],
           "", None, "浙江", "碧莲镇党委", "2023-03-05", [], [], ["province_context", "multi_line_title"])
    t = Text(w=14, seed=43, jit=3, ocr=True, gaps=0.05)
    t.raw("楠溪融媒·永嘉新闻　2O23年3月28日 星期二")
    t.raw("笫2版 综合")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("编辑:季晓辉 版式:胡蓓")
    emit_text(f"{NX}/{d}/02.txt", t, "utf-8", False, "ocr", "county", ["ocr"], [a1, a2, a3])


def page_nx4():  # OCR
    d = "2024-11-19"
    a1 = A(["乌牛街道“红色管家”", "上门服务独居老人"],
           ["ll月l4日上午，乌牛街道党工委联合街道社会工作站开展“红色管家”上门服务，12名党员管家为辖区独居老人上门送餐、清洁房间、检查用电安全。",
            "街道党工委书记吴晓峰介绍，街道已为 2O6名独居、空巢老人建立“一户一档”，确保每周至少上门探访一次。"],
           "（融媒记者 潘晓雯）", NX, "浙江", "乌牛街道党工委", "2024-11-14",
           ["潘晓雯", "吴晓峰"], [], ["half_day_date", "province_context", "multi_line_title"],
           close="（融媒记者 潘晓雯）")
    a2 = A(["县民政局举办", "学习贯彻二十届三中全会精神专题读书班"],
           ["近日，永嘉县民政局举办学习贯彻二十届三中全会精神专题读书班，局党组理论学习中心组成员和各支部书记参加学习。读书班采取集中研读、专题辅导、交流研讨相结合的方式，推动全会精神在民政系统落地见效。"],
           "（通讯员 谢一帆）", None, "浙江", "永嘉县民政局", d, ["谢一帆"], [],
           ["title_after", "relative_date", "province_context", "multi_line_title"],
           close="（通讯员 谢一帆）", tpos="after", tgap=1)
    a3 = A(None,
           ["ll月上旬，县民政局联合县委社会工作部对全县 3O家社会组织开展党建工作专项督查。"],
           "", None, "浙江", "永嘉县民政局", "2024-11-01", [], [], ["briefs", "title_none", "period_date"],
           marker="■")
    a4 = A(["大若岩镇开展“三会一课”规范化培训"],
           ["ll月l5日，大若岩镇党委对全镇各村党组织书记开展“三会一课”规范化培训。"],
           "", None, "浙江", "大若岩镇党委", "2024-11-15", [], [], ["briefs"], marker="■")
    t = Text(w=15, seed=44, jit=3, ocr=True, gaps=0.05)
    t.raw("楠溪融媒 2024年ll月l9日")
    t.raw("04 基层")
    t.blank()
    for a in (a1, a2, a3, a4):
        t.art(a)
    t.raw("编辑:季晓辉")
    emit_text(f"{NX}/{d}/04.txt", t, "gb18030", False, "ocr", "county", ["ocr", "gb18030"], [a1, a2, a3, a4])


WRITERS += [page_nx1, page_nx2, page_nx3, page_nx4]

# ---------------------------------------------------------------- 溧水融媒 (江苏 南京市溧水区 district media centre)
LS = "溧水融媒"


def page_ls1():
    d = "2024-01-09"
    a1 = A(["述职晒单找差距", "评议亮分促提升"],
           ["12月29日，溧水区民政局召开2023年度基层党组织书记抓党建工作述职评议会，局属7个党支部书记逐一上台述职，现场接受评议。",
            "会议采取“述、问、评、定”方式进行，评议组成员围绕“三会一课”落实、党员教育管理、党建与业务融合等方面现场提问，并当场反馈问题清单。",
            "区民政局党组书记、局长贺文清在点评时指出，各支部要对照问题清单逐项整改，以钉钉子精神抓好落实，推动全局党建工作提质增效。"],
           "记者 戴思琪 通讯员 俞晨", LS, "江苏", "溧水区民政局", "2023-12-29",
           ["戴思琪", "俞晨", "贺文清"], [],
           ["year_boundary", "byline_top", "province_context", "multi_line_title"],
           byline="□记者 戴思琪　通讯员 俞晨", bylsep=False)
    b1 = A(["白马镇成立社会组织联合党支部"],
           ["1月5日，白马镇社会组织联合党支部成立，辖区内6家社会组织的11名党员编入支部。"],
           "", None, "江苏", "白马镇", "2024-01-05", [], [], ["briefs", "province_context"],
           marker="【{}】")
    b2 = A(["永阳街道开展岁末走访"],
           ["元旦前夕，永阳街道党工委组织机关党员走访慰问辖区困难群众和老党员86户。"],
           "", None, "江苏", "永阳街道党工委", d, [], [], ["briefs", "relative_date", "province_context"],
           marker="【{}】")
    b3 = A(None,
           ["1月6日上午，洪蓝街道社会工作站与区慈善协会党支部联合开展“冬日暖阳”志愿服务，为30名困境儿童送去学习用品。"],
           "", None, "江苏", "洪蓝街道社会工作站", "2024-01-06", [], [],
           ["briefs", "title_none", "half_day_date", "province_context"], marker="■ ")
    t = Text(w=14, seed=51, gaps=0.03)
    t.raw(f"{LS}｜南京市溧水区融媒体中心主办")
    t.raw(f"{cn_date(d)}　{wd(d)}　第1版　要闻")
    t.blank()
    t.art(a1)
    t.raw("党建简讯")
    t.blank()
    for a in (b1, b2, b3):
        t.art(a)
    emit_text(f"{LS}/{d}/01.txt", t, "gb18030", False, "text", "county", ["gb18030", "column_label"],
              [a1, b1, b2, b3])


def page_ls2():
    d = "2023-05-16"
    a1 = A(["区民政局党组举办", "主题教育专题读书班"],
           ["5月10日至12日，溧水区民政局党组举办学习贯彻习近平新时代中国特色社会主义思想主题教育专题读书班，局党组成员、机关各科室和直属单位负责人参加学习。",
            "读书班坚持以学铸魂 、以学增智、以学正风、以学促干，采取个人自学、集中研讨、专题辅导相结合的方式，深入学习《习近平著作选读》等指定书目。",
            "区民政局党组书记、局长贺文清表示，要把读书班成果转化为推动民政工作高质量发展的实际成效，切实解决好群众急难愁盼问题。"],
           "记者 戴思琪", LS, "江苏", "溧水区民政局", "2023-05-10",
           ["戴思琪", "贺文清"], [],
           ["byline_top", "stray_spaces", "name_verb", "province_context", "multi_line_title"],
           byline="记者 戴思琪")
    a2 = A(["石湫街道“红色驿站”", "成为户外劳动者的“暖心家园”"],
           ["5月12日，石湫街道第6个“红色驿站”在九龙社区揭牌。驿站由社区党委牵头、辖区社会组织运营，为快递员、环卫工人等户外劳动者提供休息、饮水、充电等服务。",
            "“跑累了能进来歇歇脚，喝口热水，心里很温暖。”快递员蒋志强说。"],
           "通讯员 俞晨", LS, "江苏", "石湫街道", "2023-05-12",
           ["俞晨", "蒋志强", "周凯"],
           ["图为快递员在“红色驿站”休息。（周凯 摄）"],
           ["byline_top", "name_verb", "captions", "province_context", "multi_line_title"],
           byline="通讯员 俞晨", capat=[-1])
    a3 = A(["区社会组织党委开展", "“三严三实”专题党课"],
           ["5月15日，区社会组织党委书记以“践行‘三严三实’、争做合格党员”为题，为全区社会组织党组织书记讲授专题党课。"],
           "", None, "江苏", "溧水区社会组织党委", "2023-05-15", [], [],
           ["province_context", "multi_line_title"])
    t = Text(w=14, seed=52, gaps=0.03)
    t.raw(f"{LS}　第3版　党建")
    t.raw(f"{cn_date(d)}")
    t.blank()
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("责编：孔雯　审核：邵建")
    emit_text(f"{LS}/{d}/03.txt", t, "utf-8-sig", False, "text", "county", ["utf8_bom"], [a1, a2, a3])


def page_ls3():  # OCR
    d = "2024-08-13"
    a1 = A(["区社会组织党委推进", "清廉社会组织建设"],
           ["8月8日，溧水区社会组织党委召开清廉社会组织建设推进会，发布《溧水区清廉社会组织建设指引》，从规范财务管理、严格收费行为、强化内部监督等6个方面提出笫一批24条措施。",
            "会议要求，各社会组织党组织要把清廉建设纳入“三会一课”学习内容，定期开展廉洁风险排查，推动社会组织在规范中健康发展。"],
           "记者 戴思琪", LS, "江苏", "溧水区社会组织党委", "2024-08-08",
           ["戴思琪"], [], ["byline_top", "province_context", "multi_line_title", "stray_spaces"],
           byline="记者 戴思琪", tgap=1)
    a2 = A(["溧水区2024年度", "优秀社区工作者名单"],
           ["经各街镇推荐、区民政局审核，下列同志被评为2O24年度溧水区优秀社区工作者（按姓氏笔画排序）：",
            "王小燕、朱　琳、刘国庆、许晓梅、李　明、杨春华、张　颖、陈冬生、周丽娟、胡　斌"],
           "（溧水区民政局供稿）", "南京市溧水区民政局", "江苏", "溧水区民政局", d,
           ["王小燕", "朱琳", "刘国庆", "许晓梅", "李明", "杨春华", "张颖", "陈冬生", "周丽娟", "胡斌"], [],
           ["honour_list", "title_after", "province_context", "multi_line_title"],
           close="（溧水区民政局供稿）", tpos="after")
    t = Text(w=14, seed=53, jit=3, ocr=True, gaps=0.05)
    t.raw("溧水融媒 2O24年8月l3日")
    t.raw("第2版  社会")
    t.blank()
    for a in (a1, a2):
        t.art(a)
    t.raw("责编:孔雯  审核:邵建")
    emit_text(f"{LS}/{d}/02.txt", t, "utf-8", True, "ocr", "county", ["ocr", "crlf"], [a1, a2])


def page_ls4():  # OCR, no blank lines
    d = "2025-03-18"
    a1 = A(["区民政局开展", "“党建+社会救助”专项行动"],
           ["3月中旬，溧水区民政局启动“党建+社会救助”专项行动，组织机关党员下沉8个街镇，对低保、特困等救助对象开展入户核查和政策宣讲。",
            "区民政局社会救助科负责人介绍，专项行动将持续至6月底，重点排查因病、因残、因灾返贫致贫风险，做到早发现、早干预、早帮扶。"],
           "记者 戴思琪", LS, "江苏", "溧水区民政局", "2025-03-11",
           ["戴思琪"], [], ["period_date", "byline_top", "province_context", "multi_line_title"],
           byline="记者 戴思琪", bylsep=False)
    a2 = A(["晶桥镇社会工作站", "获评省级示范站"],
           ["3月l4日，省民政厅公布第二批省级乡镇（街道）社会工作站示范站名单，晶桥镇社会工作站入选。该站依托镇党委统筹，累计开展困境儿童关爱、独居老人探访等服务 1.2万人次。"],
           "通讯员 俞晨", LS, "江苏", "晶桥镇社会工作站", "2025-03-14",
           ["俞晨"], [], ["byline_top", "province_context", "multi_line_title"],
           byline="通讯员 俞晨", bylsep=False)
    a3 = A(None,
           ["3月1O日，东屏街道召开社区“两委”成员集中学习会，传达学习全国两会精神。"],
           "", None, "江苏", "东屏街道", "2025-03-10", [], [], ["briefs", "title_none"], marker="■")
    t = Text(w=14, seed=54, jit=3, ocr=True, psep=False)
    t.raw("溧水融媒 2O25年3月l8日 星期二")
    t.raw("第2版 要闻")
    for a in (a1, a2, a3):
        t.art(a)
    t.raw("责编:孔雯")
    emit_text(f"{LS}/{d}/02.txt", t, "utf-8-sig", False, "ocr", "county",
              ["ocr", "utf8_bom", "no_blank_lines"], [a1, a2, a3])


WRITERS += [page_ls1, page_ls2, page_ls3, page_ls4]

# ---------------------------------------------------------------- 沪滨民政工作简报 (上海, Word bulletin)
HB = "沪滨民政工作简报"


def _para(doc, text, bold=False, size=None, center=False, right=False, indent=True):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    parts = text.split("¦")
    for k, part in enumerate(parts):
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if k < len(parts) - 1:
            run.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(24)
    return p


def emit_docx(rel, d, issue, arts, contents=None, dist=None, tags=()):
    from docx import Document
    doc = Document()
    _para(doc, HB, bold=True, size=26, center=True)
    _para(doc, f"第{issue}期", center=True)
    _para(doc, f"中共上海市民政局机关委员会办公室　　　　　　{cn_date(d)}", indent=False)
    _para(doc, "━" * 22, center=True)
    ptags = ["docx", "bulletin_masthead"] + list(tags)
    if contents:
        _para(doc, "目　录", bold=True, center=True)
        for c in contents:
            _para(doc, c, indent=False)
        _para(doc, "─" * 22, center=True)
        ptags.append("contents_list")
    for a in arts:
        r = a["_r"]
        for p in r.get("pre", []):
            _para(doc, p, bold=True, indent=False)
        if a["tl"] and not r.get("marker"):
            if r.get("tsplit"):
                for ln in a["tl"]:
                    _para(doc, ln, bold=True, size=16, center=True)
            else:
                _para(doc, "¦".join(a["tl"]), bold=True, size=16, center=True)
        n = len(a["body"])
        for k, p in enumerate(a["body"]):
            t = p
            if k == 0 and r.get("marker"):
                t = r["marker"] + ("".join(a["tl"]) + "¦" if a["tl"] else "") + t
            if k == 0 and r.get("lead"):
                t = r["lead"] + t
            if k == n - 1 and r.get("close") and r.get("cinl"):
                t += r["close"]
            _para(doc, t, bold=(k in r.get("subs", [])), indent=(k not in r.get("subs", [])))
        if r.get("close") and not r.get("cinl"):
            _para(doc, r["close"], right=True)
        for c in a["captions"]:
            _para(doc, r.get("capfmt", "{}").format(c), center=True)
    if dist:
        _para(doc, "━" * 22, center=True)
        for x in dist:
            _para(doc, x, indent=False)
        ptags.append("distribution_lines")
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    record(rel, "docx", False, "docx", "bulletin", ptags, arts)


HB_DIST = ["报：市委社会工作部，市级机关工作党委", "送：局党组成员", "发：局机关各党支部，局属各单位党组织，各区民政局",
           "（共印80份）"]


def page_hb1():
    d = "2023-06-30"
    a1 = A(["市民政局召开庆祝中国共产党成立102周年", "暨“两优一先”表彰大会"],
           ["6月29日下午，上海市民政局召开庆祝中国共产党成立102周年暨“两优一先”表彰大会。局党组书记、局长俞嘉明出席并讲话，局党组成员、机关党委书记葛琳宣读表彰决定。",
            "大会表彰了局系统先进基层党组织、优秀共产党员和优秀党务工作者。名单如下：",
            "先进基层党组织：局机关第三党支部、市社会福利中心党委、市养老服务行业协会党支部",
            "优秀共产党员：许　杰、陆晓雯、阿不都热合曼·¦买买提、沈家豪",
            "优秀党务工作者：唐　敏、钱　程",
            "俞嘉明指出，要以学习贯彻习近平新时代中国特色社会主义思想主题教育为契机，深刻领悟“两个确立”的决定性意义，把党建优势转化为推动超大城市民政事业高质量发展的强大动能。"],
           "", None, "上海", "上海市民政局", "2023-06-29",
           ["俞嘉明", "葛琳", "许杰", "陆晓雯", "阿不都热合曼·买买提", "沈家豪", "唐敏", "钱程"], [],
           ["honour_list", "dot_name", "half_day_date", "multi_line_title", "name_verb"])
    a2 = A(["静安区民政局推进“一街一品”社区党建"],
           ["近日，静安区民政局聚焦社区党建品牌培育，指导全区14个街道（镇）结合辖区特点打造“一街一品”党建项目，涵盖为老服务、邻里互助、楼宇议事等领域。",
            "区民政局将定期组织项目展示交流，推动优秀项目在全区复制推广。"],
           "（供稿：静安区民政局）", "上海市静安区民政局", "上海", "静安区民政局", d, [], [],
           ["relative_date", "province_context"], close="（供稿：静安区民政局）")
    a3 = A(["浦东新区社会组织党建工作会议召开"],
           ["6月中旬，浦东新区社会组织综合党委召开年度党建工作会议，部署推进社会组织党组织“应建尽建”和党的工作有效覆盖，表彰了10个社会组织党建示范点。"],
           "（浦东新区社会组织综合党委供稿）", "上海市浦东新区社会组织综合党委", "上海",
           "浦东新区社会组织综合党委", "2023-06-11", [], [],
           ["period_date", "province_context"], close="（浦东新区社会组织综合党委供稿）", cinl=True)
    emit_docx(f"{HB}/{d}/issue12.docx", d, 12, [a1, a2, a3], dist=HB_DIST)


def page_hb2():
    d = "2023-10-20"
    a1 = A(["局党组理论学习中心组", "专题学习总体国家安全观"],
           ["10月17日，上海市民政局党组理论学习中心组举行专题学习会，围绕总体国家安全观开展学习研讨。",
            "会议指出，要胸怀“两个大局”，牢记“国之大者”，把维护国家安全贯穿民政工作各方面全过程，¦扎实做好社会组织领域风险防范、养老机构安全管理和救助资金安全监管等工作。",
            "局党组成员结合分管领域作了交流发言。"],
           "", None, "上海", "上海市民政局", "2023-10-17", [], [],
           ["multi_line_title"], tsplit=True)
    a2 = A(["局属单位在主题教育中", "调研破难题"],
           ["第二批主题教育开展以来，局属各单位坚持把调查研究作为基本功。一是聚焦急难愁盼确定课题，共确定调研课题27个；二是深入基层一线开展调研，累计走访养老机构、社区综合为老服务中心等 160余家；三是推动调研成果转化，形成整改措施58条。"],
           "", None, "上海", "上海市民政局", d, [], [],
           ["enumeration", "relative_date", "multi_line_title", "stray_spaces"], tsplit=True)
    a3 = A(["徐汇区：“老伙伴”计划里的党员身影"],
           ["10月16日，徐汇区民政局召开“老伙伴”计划志愿者交流会。在该计划中，低龄老人结对关爱高龄独居老人，其中党员志愿者占四成以上。",
            "“帮别人也是帮自己，党员就要在邻里间带个头。”68岁的党员志愿者顾秀兰说。"],
           "（供稿：徐汇区民政局）", "上海市徐汇区民政局", "上海", "徐汇区民政局", "2023-10-16",
           ["顾秀兰"], [], ["name_verb", "province_context"], close="（供稿：徐汇区民政局）")
    contents = ["局党组理论学习中心组专题学习总体国家安全观", "局属单位在主题教育中调研破难题",
                "徐汇区：“老伙伴”计划里的党员身影"]
    emit_docx(f"{HB}/{d}/issue31.docx", d, 31, [a1, a2, a3], contents=contents, dist=HB_DIST)


def page_hb3():
    d = "2024-01-12"
    a1 = A(["市民政局召开2023年度", "机关基层党组织书记述职评议会"],
           ["12月28日，上海市民政局召开2023年度机关基层党组织书记抓党建工作述职评议会，12名党支部书记现场述职，局党组书记逐一点评。",
            "会议要求，各支部要对照评议指出的问题，逐项制定整改措施，推动模范机关建设再上新台阶。"],
           "", None, "上海", "上海市民政局", "2023-12-28", [], [],
           ["year_boundary", "multi_line_title"])
    a2 = A(["杨浦区民政局开展“四风”问题自查自纠"],
           ["近日，杨浦区民政局在全局开展“四风”问题自查自纠，重点检查文山会海、督查检查考核过多过频等问题，¦目前已梳理问题 9项，制定整改措施 21条。"],
           "（供稿：杨浦区民政局）", "上海市杨浦区民政局", "上海", "杨浦区民政局", d, [], [],
           ["relative_date", "province_context", "stray_spaces"], close="（供稿：杨浦区民政局）")
    a3 = A(["虹口区社会组织党建“红色联盟”成立"],
           ["1月9日，虹口区社会组织党建“红色联盟”成立，首批32家社会组织党组织加入。联盟将围绕为老服务、青少年关爱等领域开展联建共建。"],
           "（供稿：虹口区委社会工作部）", "上海市虹口区委社会工作部", "上海", "虹口区委社会工作部", "2024-01-09",
           [], [], ["province_context"], close="（供稿：虹口区委社会工作部）")
    emit_docx(f"{HB}/{d}/issue02.docx", d, 2, [a1, a2, a3], dist=HB_DIST)


def page_hb4():
    d = "2024-07-05"
    a1 = A(["市民政局扎实开展党纪学习教育"],
           ["党纪学习教育开展以来，上海市民政局党组坚持学纪、知纪、明纪、守纪，推动党纪学习教育走深走实。",
            "强化学习　筑牢思想根基",
            "局党组理论学习中心组开展专题学习4次，各党支部组织逐章逐条研读《中国共产党纪律处分条例》，实现党员全覆盖。",
            "以案促改　警钟长鸣",
            "局机关党委编印民政领域典型案例汇编，组织党员干部赴市廉政教育基地开展警示教育，以身边事教育身边人。",
            "建章立制　形成长效",
            "围绕养老服务补贴、社会组织登记等重点环节，修订完善内控制度11项，推动党纪学习教育成果转化为制度成果。"],
           "", None, "上海", "上海市民政局", d, [], [],
           ["subheadings", "relative_date"], subs=[1, 3, 5], pre=["工作动态"])
    b1 = A(None,
           ["7月1日上午，上海市民政局机关党委组织2024年新发展党员和新转正党员在中共一大纪念馆重温入党誓词。"],
           "", None, "上海", "上海市民政局机关党委", "2024-07-01", [], [],
           ["briefs", "title_none", "half_day_date"], marker="● ")
    b2 = A(["长宁区民政局开展“七一”走访慰问"],
           ["6月28日，长宁区民政局党组班子成员走访慰问生活困难党员和老党员23名。"],
           "", None, "上海", "长宁区民政局", "2024-06-28", [], [], ["briefs", "province_context"], marker="● ")
    b3 = A(None,
           ["6月下旬，闵行区社会组织党建服务中心举办社会组织党组织书记示范培训班，80余人参训。"],
           "", None, "上海", "闵行区社会组织党建服务中心", "2024-06-21", [], [],
           ["briefs", "title_none", "period_date", "province_context"], marker="● ")
    emit_docx(f"{HB}/{d}/issue19.docx", d, 19, [a1, b1, b2, b3], dist=HB_DIST)


WRITERS += [page_hb1, page_hb2, page_hb3, page_hb4]

# ---------------------------------------------------------------- 皖江民政网 (安徽, government portal)
WJ = "皖江民政网"


def wj_shell(title, charset, crumbs, main):
    nav = "".join(f'<li><a href="/{k}/">{n}</a></li>' for k, n in
                  [("index", "首页"), ("xwzx", "新闻中心"), ("zwgk", "政务公开"), ("jcdj", "基层党建"),
                   ("bsfw", "办事服务"), ("hdjl", "互动交流")])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{H.escape(title)}_{WJ}</title>
<link rel="stylesheet" href="/css/main.css">
<script type="text/javascript">var _siteId = "wjmz"; function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="top-bar"><span>{WJ}</span><a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<ul class="nav">{nav}</ul>
<div class="crumbs">当前位置：{crumbs}</div>
{main}
<div class="footer">
<p>主办单位：{WJ}编辑部　　地址：合肥市政务区××路××号</p>
<p>皖ICP备0500××××号　　皖公网安备 3401××××××××号</p>
</div>
</body>
</html>
"""


def wj_body(a, img=None):
    out = []
    r = a["_r"]
    for k, p in enumerate(a["body"]):
        t = H.escape(p).replace("¦", "<br>\n")
        if k in r.get("subs", []):
            out.append(f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{t}</p>')
        if img and img[0] == k:
            out.append(f'<p style="text-align:center;"><img src="{img[1]}" border="0"></p>')
            out.append(f'<p class="img-note" style="text-align:center;">{H.escape(a["captions"][0])}</p>')
    return "\n".join(out)


def wj_info(pub, src, author, views):
    return (f'<div class="info"><span>发布时间：{pub}</span>　<span>来源：{src}</span>　'
            f'<span>作者：{author}</span>　<span>浏览次数：<em id="hits">{views}</em></span>　'
            f'<span class="font">【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> '
            f'<a href="javascript:setFont(14)">小</a>】</span></div>')


def wj_links(items):
    li = "".join(f'<li><a href="/jcdj/{k}.html" target="_blank">{H.escape(t)}</a></li>' for k, t in items)
    return f'<div class="related"><h3>相关链接</h3><ul>{li}</ul></div>'


def emit_html(rel, s, enc, tags, arts):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(s.encode(enc))
    record(rel, enc, False, "html", "provincial", ["html"] + list(tags), arts)


def page_wj1():
    d = "2023-12-05"
    a = A(["宣城市民政局开展“党建+养老”志愿服务进社区活动"],
          ["12月1日，宣城市民政局机关党委组织党员志愿者走进宣州区澄江街道的3个社区，开展“党建+养老”志愿服务活动，为辖区老年人提供义诊、理发、政策咨询等服务。",
           "活动现场，党员志愿者耐心解答老人关心的高龄津贴申领、居家养老服务补贴等问题，发放宣传资料300余份。社区居民章桂英说：“党员干部把服务送到家门口，我们老年人办事方便多了。”",
           "近年来，宣城市民政局把“我为群众办实事”作为机关党建的重要抓手，已累计组织党员志愿服务活动60余场次，惠及群众5000余人次。"],
          "来源：宣城市民政局", "宣城市民政局", "安徽", "宣城市民政局", "2023-12-01", ["章桂英"],
          ["图为党员志愿者为社区老人理发。"], ["captions", "name_verb", "province_context"])
    main = f"""<div class="article">
<h1 class="title">{H.escape("".join(a["tl"]))}</h1>
{wj_info("2023-12-05 10:21", "宣城市民政局", "", 386)}
<div id="zoom" class="content">
{wj_body(a, img=(0, "/uploadfiles/202312/05/xc_0142.jpg"))}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{wj_links([("c3088", "马鞍山市民政局召开社会组织党建工作推进会"), ("c3075", "全省民政系统开展“三级联动”模范机关建设观摩活动")])}
</div>"""
    s = wj_shell("".join(a["tl"]), "utf-8", '<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 基层动态', main)
    emit_html(f"{WJ}/{d}/content_3102.html", s, "utf-8", [], [a])


def page_wj2():
    d = "2024-05-17"
    a = A(["坚持党建引领 织密社区服务网", "——芜湖市推进社区服务“一站式”办理纪实"],
          ["今年以来，芜湖市民政局坚持党建引领，以社区党群服务中心为阵地，推进社区服务事项“一站式”办理，让居民少跑腿、好办事。",
           "支部建在网格上",
           "全市1700余个网格全部建立党支部或党小组，¦由社区“两委”成员担任网格党支部书记，将低保申请、高龄津贴等32项民政服务事项纳入网格代办清单。",
           "党员服务在身边",
           "镜湖区大砻坊街道居民汪春生说：“以前办高龄津贴要跑好几趟，现在网格员上门就能办好。”截至目前，全市党员网格员累计代办民政事项1.8万件。",
           "下一步，芜湖市民政局将持续深化党建引领基层治理，推动更多服务资源下沉社区。"],
          "来源：本网 作者：程雪", WJ, "安徽", "芜湖市民政局", d, ["程雪", "汪春生"], [],
          ["subtitle", "subheadings", "relative_date", "name_verb", "province_context", "multi_line_title"],
          subs=[1, 3])
    main = f"""<div class="article">
<h1 class="title">{H.escape(a["tl"][0])}</h1>
<h2 class="subtitle">{H.escape(a["tl"][1])}</h2>
{wj_info("2024-05-17 09:05", "本网", "程雪", 1027)}
<div id="zoom" class="content">
{wj_body(a)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>"""
    s = wj_shell("".join(a["tl"]), "gb2312", '<a href="/">首页</a> &gt; <a href="/jcdj/">基层党建</a> &gt; 经验交流', main)
    emit_html(f"{WJ}/{d}/content_4470.html", s, "gb18030", ["gb18030"], [a])


def page_wj3():  # list page
    d = "2024-11-28"
    items = [
        ("2024-11-27", A(["滁州市民政局召开学习贯彻二十届三中全会精神宣讲报告会"],
                         ["11月26日，滁州市民政局召开学习贯彻二十届三中全会精神宣讲报告会，邀请市委宣讲团成员作专题宣讲……"],
                         "", None, "安徽", "滁州市民政局", "2024-11-26", [], [], ["province_context"])),
        ("2024-11-25", A(["淮北市社会组织党委开展党建指导员集中轮训"],
                         ["近日，淮北市社会组织党委对全市112名社会组织党建指导员开展集中轮训，围绕“三会一课”规范化建设等内容进行辅导……"],
                         "", None, "安徽", "淮北市社会组织党委", "2024-11-25", [], [], ["relative_date", "province_context"])),
        ("2024-11-22", A(["黄山市民政局推进清廉机关建设"],
                         ["11月中旬，黄山市民政局组织开展清廉机关建设“回头看”，对照问题清单逐项检查整改落实情况……"],
                         "", None, "安徽", "黄山市民政局", "2024-11-11", [], [], ["period_date", "province_context"])),
        ("2024-11-20", A(["阜阳市颍州区“红色社工”服务队成立"],
                         ["11月19日上午，颍州区民政局组建的“红色社工”服务队正式成立，首批队员45名……"],
                         "", None, "安徽", "颍州区民政局", "2024-11-19", [], [], ["half_day_date", "province_context"])),
    ]
    lis = []
    for dt, a in items:
        lis.append(f'<li><div class="t"><a href="/jcdj/{dt.replace("-", "")}.html" target="_blank" '
                   f'title="{H.escape(a["tl"][0])}">{H.escape(a["tl"][0])}</a><span class="date">{dt}</span></div>'
                   f'<p class="summary">{H.escape(a["body"][0])}</p></li>')
    main = ('<div class="list-box"><h2 class="col-title">基层党建</h2><ul class="news-list">\n' + "\n".join(lis) +
            '\n</ul><div class="page">共 236 条　首页 上一页 <b>1</b> <a href="list_2.html">2</a> '
            '<a href="list_3.html">3</a> 下一页 尾页</div></div>')
    s = wj_shell("基层党建", "utf-8", '<a href="/">首页</a> &gt; 基层党建', main)
    emit_html(f"{WJ}/{d}/list_jcdj.html", s, "utf-8", [], [a for _, a in items])


def page_wj4():
    d = "2025-02-14"
    a = A(["安徽省民政厅召开2025年全面从严治党工作会议"],
          ["2月12日，安徽省民政厅召开2025年全面从严治党工作会议，总结2024年厅系统全面从严治党工作，部署2025年重点任务。厅党组书记、厅长汪振华出席会议并讲话。",
           "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，巩固拓展党纪学习教育成果，锲而不舍落实中央八项规定精神。",
           "会议要求，要持续深化清廉机关建设，紧盯养老服务、社会救助、福利彩票等重点领域加强监督，以全面从严治党新成效保障民政事业高质量发展。"],
          "来源：安徽省民政厅机关党委 作者：周宁", "安徽省民政厅机关党委", "安徽", "安徽省民政厅", "2025-02-12",
          ["汪振华", "周宁"], [], [])
    b = A(["2024年全省民政系统清廉机关建设成效"],
          ["2024年，全省民政系统共排查廉政风险点1260个，制定防控措施2300余条；开展警示教育286场次，覆盖党员干部1.1万人次。"],
          "", None, "安徽", None, d, [], [], ["related_link"])
    main = f"""<div class="article">
<h1 class="title">{H.escape(a["tl"][0])}</h1>
{wj_info("2025-02-14 16:40", "安徽省民政厅机关党委", "周宁", 2213)}
<div id="zoom" class="content">
{wj_body(a)}
</div>
<div class="box-extend"><div class="box-hd">延伸阅读</div>
<h4>{H.escape(b["tl"][0])}</h4>
{wj_body(b)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{wj_links([("c5101", "省民政厅党组理论学习中心组开展专题学习"), ("c5090", "全省民政工作会议在合肥召开")])}
</div>"""
    s = wj_shell("".join(a["tl"]), "utf-8", '<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 厅内要闻', main)
    emit_html(f"{WJ}/{d}/content_5128.html", s, "utf-8", [], [a, b])


WRITERS += [page_wj1, page_wj2, page_wj3, page_wj4]


def main():
    for w in WRITERS:
        w()
    with open(os.path.join(HERE, "truth-h3d.json"), "w", encoding="utf-8") as f:
        json.dump(_truth12_align(TRUTH), f, ensure_ascii=False, indent=1)
    print(len(TRUTH), "pages,", sum(len(v["articles"]) for v in TRUTH.values()), "articles")



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('皖江民政网/2024-11-28/list_jcdj.html', 1, 'source', None, '皖江民政网', '12.1'),
    ('皖江民政网/2024-11-28/list_jcdj.html', 2, 'source', None, '皖江民政网', '12.1'),
    ('皖江民政网/2024-11-28/list_jcdj.html', 3, 'source', None, '皖江民政网', '12.1'),
    ('皖江民政网/2024-11-28/list_jcdj.html', 4, 'source', None, '皖江民政网', '12.1'),
    ('渤海民生周报/2023-09-08/05.txt', 2, 'source', '天津市河北区民政局', '河北区民政局', '9.2'),
    ('渤海民生周报/2024-10-11/05.txt', 3, 'source', '天津市津南区民政局', '津南区民政局', '9.2'),
    ('溧水融媒/2024-08-13/02.txt', 2, 'source', '南京市溧水区民政局', '溧水区民政局', '9.2'),
    ('沪滨民政工作简报/2023-06-30/issue12.docx', 2, 'source', '上海市静安区民政局', '静安区民政局', '9.2'),
    ('沪滨民政工作简报/2023-06-30/issue12.docx', 3, 'source', '上海市浦东新区社会组织综合党委', '浦东新区社会组织综合党委', '9.2'),
    ('沪滨民政工作简报/2023-10-20/issue31.docx', 3, 'source', '上海市徐汇区民政局', '徐汇区民政局', '9.2'),
    ('沪滨民政工作简报/2024-01-12/issue02.docx', 2, 'source', '上海市杨浦区民政局', '杨浦区民政局', '9.2'),
    ('沪滨民政工作简报/2024-01-12/issue02.docx', 3, 'source', '上海市虹口区委社会工作部', '虹口区委社会工作部', '9.2'),
    ('沪滨民政工作简报/2024-07-05/issue19.docx', 2, 'agency', '上海市民政局机关党委', '上海市民政局', '10.5'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
