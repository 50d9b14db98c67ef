"""Truth pages (held back as batch h4, now development), set h4b.

Writes 28 invented pages under <publication>/<YYYY-MM-DD>/<page>.<ext> next to this file, and
truth-h4b.json.  Every article is invented.

Publications (name, province, publication_kind, format, styles shown)
- 汾河日报     山西, provincial daily, .txt text layers (utf-8, utf-8 CRLF, gb18030, utf-8-sig).
  Masthead name and date/weekday split over two lines at the top, "第N版 党建·民政" label line,
  责任编辑/美编/校对 footer; 16-character columns, full-width indents, single blank line only
  between articles (not between paragraphs).  Datelines 本报讯（记者 … 通讯员 …）, 本报忻州11月8日电
  （记者 …）, top byline 本报记者 X; closing （据X）/（X供稿）/（通讯员 X）.  Shows editor's note,
  kicker + ——subtitle, captions (图为…/▲…), multi-line title, subheadings, pull quote, 下转 and
  a （上接第1版） fragment, honour list with letter-spaced headline, title printed after its
  article, double-spaced article, name+verb, December event in a January issue, 上旬/中旬/下旬,
  上午/下午, stray spaces.
- 九州社区报   national paper, .txt (utf-8, gb18030+CRLF, utf-8, utf-8-sig).  Header "九州社区报
  第3版 党建·治理  date weekday" on one line, footer "本版编辑／… 校对／…"; 20-character
  columns, blank lines between paragraphs.  Interview (——访…, 记者：/name：turns), 新华社 dateline,
  本报评论员, author under title + （作者系…）, 相关链接 box with its own text, a page with no blank
  lines at all and a title printed after its attribution, and a 党建快讯 brief page (◆ headline
  items, ◆ items opening straight into the lead, 【place】/【unit】 items, a Uyghur dot name
  broken across lines before the dot's second part).
- 竹山融媒     湖北 (竹山县), county media centre, .txt (utf-8 CRLF, gb18030, utf-8, utf-8-sig).
  Header "竹山融媒｜第N期｜竹山县融媒体中心出品", 【党建引领】-style genre labels (furniture),
  18-character columns.  ● brief page with no blank lines, 文/图 融媒记者 top byline, kicker,
  dateline 竹山融媒讯（记者 X）, an article printed with no title at all under a label, honour list,
  一是…二是… enumeration, a Uyghur dot name.
- 黄淮党建月刊 河南, magazine (monthly; folder date = first of month), .txt (utf-8, gb18030+CRLF,
  utf-8, utf-8-sig).  Running head "黄淮党建月刊·2024年第N期", page numbers "·12·", column labels
  (理论探索, 基层实践, 访谈, 基层来信, 卷首语), 24-character lines, no indents, blank line between
  paragraphs.  Author name under title + （作者单位：…）, 摘要：/关键词：, 一、 subheadings, 本刊记者 /
  本刊通讯员, pull quote, 问：/答： interview, reader's letter with (unit name) closing, 本期目录
  contents block, title after its article.
- 洛浦晚报     河南 (洛阳), prefecture paper (provincial), OCR text layers of scans (utf-8,
  gb18030, utf-8 CRLF, utf-8-sig).  Running heads with misread digits (2023年]月10日, A0 6),
  笫 for 第, l or ] for 1, O for 0 in body text, stray spaces, irregular line breaks, a blank line
  inside a two-line title, ■ brief page with no blank lines, （上接笫一版） fragment, title after.
- 秦川民政网   陕西, government portal of the provincial civil-affairs department, .html (utf-8,
  utf-8 list page, gb18030, utf-8).  Breadcrumbs, info line 发布日期/来源/作者/浏览次数/【字体：大 中 小】,
  打印本页/关闭窗口, footer with 主办单位 and ICP number, 相关链接 list of other pages, a 延伸阅读 box
  with its own text, a list page with date stamps and summaries, an empty 作者：.
- 江汉民政工作简报  湖北 (荆州市民政局 bulletin, issued by 荆州市民政局机关党委), .docx.  Masthead
  (name, 第N期, issuing office + date), 目录, 编者按, unit credits in half-width brackets
  ((办公室), (局机关党委), (沙市区民政局 王敏)), 报：/送：/发： distribution lines, ■ 工作动态 items.

Decisions beyond truth_conventions.md
- Page tags vs article tags: format tags (ocr html docx gb18030 utf8_bom crlf), no_blank_lines,
  stray_spaces, column_label, bulletin_masthead, contents_list, distribution_lines, editor_note,
  and related_link for a 相关链接 list of other pages are page-level only.  Every other tag is put
  on the article(s) showing it and on the page.  stray_spaces is tagged on pages whose text
  layer carries spaces inside Chinese text.
- A dateline at the start of the lead (本报讯（…）, 竹山融媒讯（…）, 新华社…电（…）) is the attribution
  and is not part of the first body paragraph; a closing credit printed on the last paragraph's
  line is not part of that paragraph either.
- An attribution printed in two places (author's name under the title and （作者单位：…） at the
  end; 文/图 top byline) is joined without a space in print order: 孙静怡（作者单位：…）.
- 融媒记者 X (竹山融媒's own reporter) in a closing credit or top byline → source 竹山融媒, like
  本报记者.  A bare closing （通讯员 X） → source null on every page, brief or not (as the
  conventions say for briefs).
- 县民政局 / 县社会组织综合党委 in the county media's pages are completed with the county
  (竹山县民政局); 市民政局 in 洛浦晚报 → 洛阳市民政局; 省民政厅 in 汾河日报 / 秦川民政网 → 山西省 /
  陕西省民政厅, as the conventions complete 省民政厅 in a provincial paper.
- OCR pages: body, titles and captions are truth "as printed", with the OCR misreads (笫, l, ],
  O) kept, since they are what the text layer holds; a misread slogan (“笫一议题”) is no slogan.
  Names and dates are never misread in article text (only in furniture and numbers).
- Honour lists: the headline printed letter-spaced (表 彰 名 单) is one title; names padded with a
  full-width space (王　芳) are printed so in the body and listed unpadded in people.
- Portal list page: each entry is an article (title = link text, body = its summary line),
  attribution "" and source the site's own name 秦川民政网 (conventions round nine, kind 3);
  date by its lead's day, else its own stamp.
- Portal info line: attribution = "来源：X 作者：Y" as printed (作者 dropped when empty), source
  = X in full form (省民政厅机关党委 → 陕西省民政厅机关党委).
- A reader's letter in the magazine: attribution is its closing (unit name) note, source null;
  agency the 街道 it is about, the shorter printed form.
- A magazine editorial signed 本刊编辑部 at the top → source the magazine, province and agency
  null (general subject).
- An expert's interview on a national, general subject (民政部 only in the interviewee's title) has
  province and agency null, like a scholar's piece.
- A bulletin credit naming a 科 of the issuing 局 ((社会事务科)) → 荆州市民政局社会事务科; the
  agency stays the body the item is about.
- The honour-list report in 竹山融媒 is dated by the meeting day in its lead.
- Slogans are computed over title + body (whitespace removed) from DOMAIN.md's list plus quoted
  numbered formulations (numeral + 个/项/张 + name), values written without quotation marks.
aligned to docs/truth_conventions.md (round twelve): round nine kind 5 (an agency printed in no form → null) 1 — 1 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SETID = "h4b"
WD = "一二三四五六日"

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
         "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
         "不忘初心、牢记使命", "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育",
         "模范机关", "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NOT_SLOGAN = {"两张皮", "一张网"}
PAGE_ONLY = {"ocr", "html", "docx", "gb18030", "utf8_bom", "crlf", "no_blank_lines", "stray_spaces",
             "column_label", "bulletin_masthead", "contents_list", "distribution_lines",
             "editor_note", "related_link"}


def ws(s):
    return "".join(ch for ch in s if not ch.isspace())


def slogans_of(title, body):
    text = ws((title or "") + "".join(body))
    out = [c for c in CANON if c in text]
    for m in re.finditer(r"“([一二三四五六七八九十两0-9]+[个项张][^“”]{1,10})”", text):
        v = m.group(1)
        if v not in NOT_SLOGAN and v not in out:
            out.append(v)
    return out


def weekday(d):
    return "星期" + WD[datetime.date.fromisoformat(d).weekday()]


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def art(t, b, at="", src=None, prov=None, ag=None, dt=None, ppl=(), cap=(), tags=(), **lay):
    return dict(t=t, b=list(b), at=at, src=src, prov=prov, ag=ag, dt=dt, ppl=list(ppl),
                cap=list(cap), tags=list(tags), lay=lay)


# ---------------------------------------------------------------- text rendering
def wrap(s, w, rng, sp=0.0, jitter=0):
    lines = []
    for seg in s.split("¦"):
        i = 0
        while i < len(seg):
            ww = w + (rng.randint(-jitter, jitter) if jitter else 0)
            lines.append(seg[i:i + ww])
            i += ww
    if sp:
        out = []
        for ln in lines:
            chars = []
            for k, ch in enumerate(ln):
                chars.append(ch)
                if 0 < k < len(ln) - 1 and not ch.isspace() and rng.random() < sp:
                    chars.append(" ")
            out.append("".join(chars))
        lines = out
    return lines


def render(a, S, rng):
    lay = a["lay"]
    w, ind, sp, jit = S["w"], S.get("ind", ""), S.get("sp", 0.0), S.get("jit", 0)
    pb = S.get("pb", False)
    tp = lay.get("tp") or ([a["t"]] if a["t"] else [])
    if a["t"] and a["t"] in lay.get("pre", ""):
        tp = []  # 【X】 title printed inline before the lead
    if lay.get("pre_title") is not None:
        tp = [lay["pre_title"] + tp[0]] + tp[1:]
    L = []
    if not lay.get("after"):
        L += tp
    L += lay.get("top", [])
    if lay.get("head"):
        L.append(lay["head"])
    paras = [p for p in a["b"]]
    paras[0] = lay.get("pre", "") + lay.get("lead", "") + paras[0]
    if lay.get("end") and lay.get("endsame"):
        paras[-1] = paras[-1] + lay["end"]
    capat = lay.get("capat", len(paras) - 1)
    pq = lay.get("pq")
    for i, p in enumerate(paras):
        nowrap = i in lay.get("nowrap", ())
        pl = [ind + p] if nowrap or S.get("nowrapall") else wrap(ind + p, w, rng, sp, jit)
        L += pl
        if pb and i < len(paras) - 1:
            L.append("")
        if pq and pq[0] == i:
            L += ["", pq[1], ""] if not S.get("nb") else [pq[1]]
        if i == capat:
            for c in a["cap"]:
                L += wrap(lay.get("capmark", "") + c, w, rng)
    if lay.get("end") and not lay.get("endsame"):
        L += wrap(lay["end"], w, rng) if len(lay["end"]) > w + 6 else [lay["end"]]
    if lay.get("cont"):
        L.append(lay["cont"])
    if lay.get("after"):
        if lay.get("after_gap"):
            L.append("")
        L += tp
    if lay.get("ds"):
        out = []
        for ln in L:
            out += [ln, ""]
        L = out[:-1]
    return L


def text_page(blocks, S, rng):
    out = []
    for blk in blocks:
        if isinstance(blk, str):
            lines = blk.split("\n")
        else:
            lines = render(blk, S, rng)
        if out and not S.get("nb"):
            out.append("")
        out += lines
    if S.get("nb"):
        out = [ln for ln in out if ln.strip() != ""]
    return "\n".join(out) + "\n"


TRUTH = {}


def tr_articles(arts, issue):
    res = []
    for a in arts:
        body = [p.replace("¦", "") for p in a["b"]]
        res.append(dict(title=a["t"].replace("¦", "") if a["t"] else None, body=body,
                        attribution=a["at"], source=a["src"], province=a["prov"], agency=a["ag"],
                        date=a["dt"] or issue, people=a["ppl"],
                        slogans=slogans_of(a["t"], body), captions=a["cap"],
                        phenomena=sorted(set(a["tags"]))))
    return res


def register(pub, issue, fname, kind, pkind, enc, crlf, arts, page_tags):
    path = f"{pub}/{issue}/{fname}"
    tags = set(page_tags)
    for a in arts:
        tags |= set(a["tags"])
    TRUTH[path] = dict(encoding=enc, crlf=crlf, kind=kind, publication_kind=pkind,
                       phenomena=sorted(tags), articles=tr_articles(arts, issue))
    full = os.path.join(HERE, pub, issue)
    os.makedirs(full, exist_ok=True)
    return os.path.join(full, fname)


def write_text(pub, issue, fname, kind, pkind, enc, crlf, blocks, S, arts_tags, seed):
    rng = random.Random(seed)
    arts = [b for b in blocks if not isinstance(b, str)]
    txt = text_page(blocks, S, rng)
    tags = set(arts_tags)
    if enc == "gb18030":
        tags.add("gb18030")
    if enc == "utf-8-sig":
        tags.add("utf8_bom")
    if crlf:
        tags.add("crlf")
        txt = txt.replace("\n", "\r\n")
    tags.add("ocr" if kind == "ocr" else None)
    tags.discard(None)
    p = register(pub, issue, fname, kind, pkind, enc, crlf, arts, tags)
    with open(p, "wb") as f:
        f.write(txt.encode(enc))


# ====================================================================== 汾河日报 (山西)
FH = "汾河日报"
FS = dict(w=16, ind="　　", sp=0.012)


def fh_head(d, ban, label):
    return f"{FH}\n{cn_date(d)} {weekday(d)}\n第{ban}版　{label}"


def fh_foot(ed):
    return f"责任编辑：{ed}　美编：王丽　校对：赵冰"


def build_fenhe():
    d = "2024-01-09"
    a1 = art("凝心聚力开新局省民政厅机关党委开展年终述职评议——各支部书记逐一登台“晒单”", [
        "12月28日，省民政厅机关党委召开2023年度基层党组织书记抓党建述职评议会议，厅机关和厅属单位18个党支部书记逐一述职，接受现场评议。",
        "会议指出，过去一年，厅机关各党支部以学习贯彻习近¦平新时代中国特色社会主义思想主题教育为主线，严格落实“三会一课”“第一议题”制度，支部标准化规范化建设取得新进展。",
        "省民政厅党组书记、厅长贾振国指出，各支部书记要把述职中查摆出的问题列成清单、逐项销号，推动党建和业务深度融合，以模范机关建设的实际成效服务全省民政事业高质量发展。",
    ], at="本报讯（记者 郭晓燕 通讯员 白亮）", src=FH, prov="山西", ag="山西省民政厅", dt="2023-12-28",
        ppl=["郭晓燕", "白亮", "贾振国"], cap=["图为述职评议会议现场。（记者 郭晓燕 摄）"],
        tags=["kicker", "subtitle", "dateline", "captions", "year_boundary", "province_context", "name_verb"],
        tp=["凝心聚力开新局", "省民政厅机关党委开展年终述职评议", "——各支部书记逐一登台“晒单”"],
        lead="本报讯（记者 郭晓燕 通讯员 白亮）", capat=0)
    a2 = art("太原市民政局为困难群众送去冬日温暖", [
        "岁末年初，太原市民政局党组组织机关党员干部分赴六个城区，走访慰问困难党员、低保家庭和特困供养人员，为他们送去棉被、米面油和慰问金。",
        "局党组书记、局长冯建斌带队来到小店区一户低保家庭，详细询问老人的身体状况和取暖情况，叮嘱社区干部把救助政策一项项落到实处。",
    ], at="本报讯（通讯员 牛文静）", src=FH, prov="山西", ag="太原市民政局",
        ppl=["牛文静", "冯建斌"], tags=["dateline", "relative_date", "province_context"], lead="本报讯（通讯员 牛文静）")
    a3 = art("晋中市社会组织综合党委举办党务工作者培训班", [
        "1月5日上午，晋中市社会组织综合党委举办全市社会组织党务工作者培训班，120余名社会组织党组织书记和党建指导员参加培训。",
        "培训班围绕党的二十大精神、社会组织党组织“两个覆盖”等内容进行专题辅导，并安排学员到榆次区一家行业协会党支部现场观摩。",
    ], at="（据晋中市民政局）", src="晋中市民政局", prov="山西", ag="晋中市社会组织综合党委", dt="2024-01-05",
        tags=["half_day_date"], end="（据晋中市民政局）", endsame=True)
    blocks = [fh_head(d, 5, "党建·民政"),
              "编者按：岁末年初，全省民政系统各级党组织认真开展述职评议和走访慰问，本版择要刊发，以飨读者。",
              a1, a2, a3, fh_foot("郝晓峰")]
    write_text(FH, d, "p05.txt", "text", "provincial", "utf-8", False, blocks, FS,
               ["editor_note", "stray_spaces"], 101)

    d = "2024-03-19"
    b1 = art("大同：“红色物业”让老旧小区焕发新活力", [
        "早春三月，走进大同市平城区向阳里小区，楼道里的“党员服务清单”格外醒目：谁家下水道堵了、哪位老人需要助餐，扫一扫二维码就能找到对接的党员。",
        "党组织建到小区里",
        "向阳里小区建成于上世纪九十年代，没有物业、设施老化，曾是远近闻名的“问题小区”。平城区民政局会同街道，把党支部建到小区，推动成立业主委员会，引入“红色物业”企业。",
        "“小区的事，大家商量着办。”小区党支部书记耿秀兰说，每月一次的“楼院议事会”上，党员、业主代表和物业人员坐在一起，一件件解决群众的烦心事。",
        "服务清单贴到楼道口",
        "平城区民政局有关负责人介绍，全区已有46个老旧小区建立党组织，下一步将在全区推广“红色物业”做法，让党建引领的成效转化为群众看得见的变化。",
    ], at="本报记者 闫瑞峰", src=FH, prov="山西", ag="平城区民政局",
        ppl=["闫瑞峰", "耿秀兰"], tags=["byline_top", "multi_line_title", "subheadings", "pull_quote",
                                      "continued", "relative_date", "province_context", "name_verb"],
        tp=["大同：“红色物业”让老旧", "小区焕发新活力"], top=["本报记者 闫瑞峰"],
        pq=(3, "“小区的事，大家商量着办。”"), cont="（下转第6版）", nowrap=(1, 4))
    b2 = art(None, [
        "长治市民政局还将“三会一课”与业务工作同部署、同检查，把养老服务、社会救助等民生实事作为党员“承诺践诺”的重要内容。",
        "据了解，今年该局将在全市12个县区推广“支部+站点”模式，力争年底前实现乡镇（街道）社会工作站党建全覆盖。局机关党委书记秦卫东表示，要让每一名党员都成为群众身边的“服务员”。",
    ], at="", src=FH, prov="山西", ag="长治市民政局", dt="2024-03-14",
        ppl=["秦卫东"], tags=["continued", "title_none", "name_verb"], head="（上接第1版）")
    b3 = art("阳泉市民政局党组专题研讨党纪学习", [
        "3月中旬，阳泉市民政局党组召开理论学习中心组学习会，围绕全面从严治党和中央八项规定精神开展专题研讨，班子成员结合分管工作逐一发言。",
    ], at="（阳泉市民政局供稿）", src="阳泉市民政局", prov="山西", ag="阳泉市民政局", dt="2024-03-11",
        tags=["period_date"], end="（阳泉市民政局供稿）")
    blocks = [fh_head(d, 5, "党建·民政"), b2, b1, b3, fh_foot("郝晓峰")]
    write_text(FH, d, "p05.txt", "text", "provincial", "utf-8", True, blocks, FS, ["stray_spaces"], 102)

    d = "2024-07-02"
    c1 = art("表彰名单省民政厅表彰一批优秀共产党员和先进基层党组织", [
        "6月28日，省民政厅召开庆祝中国共产党成立103周年暨“两优一先”表彰大会，对一批优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。名单如下：",
        "优秀共产党员（6名）",
        "王　芳（省社会福利中心）、李建国（厅社会事务处）、张晓燕（省救助管理站）、武　斌（厅养老服务处）、范丽君（省民政事业发展中心）、次仁扎西（省儿童福利院）",
        "优秀党务工作者（3名）",
        "刘　洋（厅机关党委）、郝美玲（省社会福利中心党总支）、田国庆（厅办公室党支部）",
        "先进基层党组织（3个）",
        "厅社会救助处党支部、省救助管理站党支部、省儿童福利院党总支",
    ], at="本报讯（记者 郭晓燕）", src=FH, prov="山西", ag="山西省民政厅", dt="2024-06-28",
        ppl=["郭晓燕", "王芳", "李建国", "张晓燕", "武斌", "范丽君", "次仁扎西", "刘洋", "郝美玲", "田国庆"],
        tags=["honour_list", "dateline", "kicker", "province_context"],
        tp=["表 彰 名 单", "省民政厅表彰一批优秀共产党员和先进基层党组织"], lead="本报讯（记者 郭晓燕）",
        nowrap=(1, 3, 5))
    c2 = art("“两委”联动解民忧", [
        "日前，吕梁市离石区滨河街道组织辖区社区“两委”成员开展“进百家门、知百家情”走访活动，收集群众反映的停车难、加装电梯等问题37件。",
        "滨河街道建立问题清单和办理台账，实行街道党员干部包联销号，目前已办结29件。",
    ], at="（通讯员 任海燕）", src=None, prov="山西", ag="滨河街道",
        ppl=["任海燕"], tags=["title_after", "relative_date", "province_context"],
        end="（通讯员 任海燕）", after=True, tp=["“两委”联动", "解民忧"])
    c3 = art("运城市民政局开展“七一”主题党日活动", [
        "6月30日上午，运城市民政局组织机关党员赴解州镇红色教育基地开展主题党日活动，全体党员面对党旗重温入党誓词。",
        "活动中，党员们参观了革命先烈事迹展，并围绕“如何做一名合格的民政干部”开展交流讨论。",
    ], at="本报讯（通讯员 薛凯 柴文娟）", src=FH, prov="山西", ag="运城市民政局", dt="2024-06-30",
        ppl=["薛凯", "柴文娟"], cap=["党员在红色教育基地重温入党誓词。（通讯员 薛凯 摄）"],
        tags=["dateline", "half_day_date", "captions"], lead="本报讯（通讯员 薛凯 柴文娟）", capmark="▲ ")
    blocks = [fh_head(d, 6, "党建·民政"), c1, c2, c3, fh_foot("牛晓东")]
    write_text(FH, d, "p06.txt", "text", "provincial", "gb18030", False, blocks, FS, ["stray_spaces"], 103)

    d = "2024-11-12"
    e1 = art("省民政厅召开党组理论学习中心组学习会专题学习二十届三中全会精神", [
        "11月7日，省民政厅召开党组理论学习中心组学习会，专题学习二十届三中全会精神，研究部署全省民政系统贯彻落实工作。",
        "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，在推进中国式现代化山西实践中展现民政担当。",
        "省民政厅党组书记、厅长贾振国表示，要把学习成果转化为深化民政领域改革的具体举措，确保全会各项部署在全省民政系统落地见效。",
    ], at="（据山西省民政厅）", src="山西省民政厅", prov="山西", ag="山西省民政厅", dt="2024-11-07",
        ppl=["贾振国"], tags=["double_spaced", "multi_line_title", "name_verb", "province_context"],
        tp=["省民政厅召开党组理论学习中心组学习会", "专题学习二十届三中全会精神"],
        end="（据山西省民政厅）", ds=True)
    e2 = art("忻州推进社会组织党建“两个覆盖”", [
        "近日，忻州市民政局联合有关部门开展社会组织党建“两个覆盖”攻坚行动，对全市1200余家社会组织逐一摸排，新建党组织31个，选派党建指导员85名。",
        "忻州市民政局相关负责人赵志勇说，下一步将推动党建工作写入社会组织章程，实现党的组织和党的工作应覆尽覆。",
    ], at="本报忻州11月8日电（记者 温建军）", src=FH, prov="山西", ag="忻州市民政局", dt="2024-11-08",
        ppl=["温建军", "赵志勇"], tags=["dateline", "name_verb"], lead="本报忻州11月8日电（记者 温建军）")
    e3 = art("晋城市民政局机关党支部开展“四风”问题专项整治", [
        "10月下旬，晋城市民政局机关党支部开展“四风”问题专项整治，围绕文山会海、督查检查过多过频等问题列出整改清单，建立月调度、季通报制度。",
    ], at="（晋城市民政局供稿）", src="晋城市民政局", prov="山西", ag="晋城市民政局", dt="2024-10-21",
        tags=["period_date"], end="（晋城市民政局供稿）", endsame=True)
    blocks = [fh_head(d, 7, "党建·民政"), e1, e2, e3, fh_foot("郝晓峰")]
    write_text(FH, d, "p07.txt", "text", "provincial", "utf-8-sig", False, blocks, FS, ["stray_spaces"], 104)


# ====================================================================== 九州社区报 (national)
JZ = "九州社区报"
JS = dict(w=20, ind="", pb=True, sp=0.0)


def jz_head(d, ban, label):
    return f"{JZ}　第{ban}版　{label}　　{cn_date(d)}　{weekday(d)}"


def build_jiuzhou():
    d = "2023-05-23"
    a1 = art("把党建引领贯穿基层治理全过程——访民政部社区治理专家委员会委员钱海明", [
        "记者：社区是党委和政府联系群众的“最后一公里”。您怎样看待当前社区党建工作面临的新形势？",
        "钱海明：城市化进程中，社区人口结构、利益诉求日益多元，新就业群体大量涌现。只有坚持党建引领，才能把各方力量拧成一股绳。",
        "记者：民政部门在推动社区党建与社区治理融合方面可以做些什么？",
        "钱海明：民政部门要推动社区“两委”成员交叉任职，完善居民议事协商机制，把党组织的政治优势转化为治理效能。",
    ], at="本报记者 韩晓", src=JZ, prov=None, ag=None,
        ppl=["韩晓", "钱海明"], tags=["interview", "subtitle", "byline_top", "relative_date"],
        tp=["把党建引领贯穿基层治理全过程", "——访民政部社区治理专家委员会委员钱海明"], top=["本报记者 韩晓"])
    a2 = art("民政部直属机关党委部署推进模范机关建设", [
        "5月19日，民政部直属机关党委召开会议，部署推进2023年模范机关建设工作，要求各级党组织深入开展学习贯彻习近¦平新时代中国特色社会主义思想主题教育。",
        "会议要求，要坚持以学铸魂、以学增智、以学正风、以学促干，推动主题教育与民政业务工作两手抓、两促进。",
    ], at="新华社北京5月20日电（记者 孙嘉）", src="新华社", prov=None, ag="民政部", dt="2023-05-19",
        ppl=["孙嘉"], tags=["dateline", "national_body"], lead="新华社北京5月20日电（记者 孙嘉）")
    a3 = art("湖北：社区“三张清单”精准对接群众需求", [
        "5月上旬，湖北省民政厅在全省城市社区推行需求清单、资源清单、项目清单“三张清单”工作法，由社区党组织牵头梳理群众急难愁盼问题。",
        "截至目前，全省已有2300余个社区建立“三张清单”，对接辖区单位资源5000余项。",
    ], at="（据湖北省民政厅）", src="湖北省民政厅", prov="湖北", ag="湖北省民政厅", dt="2023-05-01",
        tags=["period_date"], end="（据湖北省民政厅）")
    blocks = [jz_head(d, 3, "党建·治理"), a1, a2, a3, "本版编辑／邹宁　校对／陈思"]
    write_text(JZ, d, "03.txt", "text", "national", "utf-8", False, blocks, JS, [], 201)

    d = "2023-09-12"
    b1 = art("让“两个确立”在基层落地生根", [
        "基层是党的执政之基、力量之源。推动“两个确立”在基层落地生根，关键在于把党的创新理论转化为基层干部群众的自觉行动。",
        "要坚持不懈用习近¦平新时代中国特色社会主义思想凝心铸魂，引导基层党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "要把主题教育成果转化为为民服务的实际成效，让群众在一件件民生实事中感受到党的温暖。",
    ], at="本报评论员", src=JZ, prov=None, ag=None, tags=["byline_top", "relative_date"], top=["本报评论员"])
    b2 = art("以高质量党建推动社会组织高质量发展", [
        "社会组织是社会治理的重要力量。新时代社会组织党建工作，要着力解决党的组织和党的工作“两个覆盖”不充分、不平衡的问题。",
        "一方面，要把党建工作要求写入社会组织章程，推动党组织参与重大事项决策；另一方面，要注重党建工作与业务活动深度融合，防止党建与业务“两张皮”。",
        "此外，还应健全党建指导员制度，加强社会组织党务工作者队伍建设。",
    ], at="刘慧敏（作者系中原社会治理研究中心研究员）", src=None, prov=None, ag=None,
        ppl=["刘慧敏"], tags=["byline_top", "relative_date"], top=["刘慧敏"],
        end="（作者系中原社会治理研究中心研究员）")
    b3 = art("社会组织党建“两个覆盖”", [
        "“两个覆盖”指党的组织覆盖和党的工作覆盖。有3名以上正式党员的社会组织应当成立党组织；暂不具备条件的，通过选派党建指导员等方式实现党的工作覆盖。",
    ], at="", src=None, prov=None, ag=None, tags=["related_link", "relative_date"])
    blocks = [jz_head(d, 4, "评论·理论"), "评论·理论", b1, b2, "相关链接", b3, "本版编辑／邹宁　校对／陈思"]
    write_text(JZ, d, "04.txt", "text", "national", "gb18030", True, blocks, JS, ["column_label", "related_link"], 202)

    d = "2023-12-05"
    NB = dict(JS, nb=True)
    c1 = art("山西长治：“党建+养老”织密为老服务网", [
        "11月下旬，长治市民政局在全市推广“党建+养老”服务模式，依托社区党组织建立老年助餐点186个，组织党员志愿者结对帮扶空巢、独居老人。",
        "长治市民政局党组书记姚建平说，要让老年人在家门口享受到便捷服务。",
    ], at="本报讯（记者 庞文 通讯员 郝丽）", src=JZ, prov="山西", ag="长治市民政局", dt="2023-11-21",
        ppl=["庞文", "郝丽", "姚建平"], tags=["dateline", "period_date", "name_verb", "no_blank_lines"],
        lead="本报讯（记者 庞文 通讯员 郝丽）")
    c2 = art("陕西商洛：社会组织党建“三项行动”见实效", [
        "11月28日，商洛市民政局召开社会组织党建工作推进会，总结组织覆盖提质、党建指导员赋能、品牌示范引领“三项行动”开展情况。",
        "今年以来，全市新建社会组织党组织42个，培育党建示范点15个。",
    ], at="（据商洛市民政局）", src="商洛市民政局", prov="陕西", ag="商洛市民政局", dt="2023-11-28",
        tags=["province_context", "no_blank_lines"], end="（据商洛市民政局）")
    c3 = art("河南信阳：乡镇社工站里党旗红", [
        "日前，信阳市民政局在全市乡镇（街道）社会工作站推行“站点+支部”模式，把社工站建成党员服务群众的前沿阵地。",
        "目前，全市已有176个乡镇社工站成立临时党支部或联合党支部。",
    ], at="（信阳市民政局供稿）", src="信阳市民政局", prov="河南", ag="信阳市民政局",
        tags=["title_after", "relative_date", "province_context", "no_blank_lines"],
        end="（信阳市民政局供稿）", after=True)
    c4 = art("湖北宜昌：社区党员“双报到”服务常态化", [
        "12月1日，宜昌市民政局联合市委组织部召开在职党员到社区“双报到”工作推进会，全市2.6万名在职党员已到居住地社区报到。",
    ], at="本报讯（通讯员 龚雪）", src=JZ, prov="湖北", ag="宜昌市民政局", dt="2023-12-01",
        ppl=["龚雪"], tags=["dateline", "no_blank_lines"], lead="本报讯（通讯员 龚雪）")
    blocks = [jz_head(d, 6, "地方·实践"), c1, c2, c3, c4, "本版编辑／王珂　校对／陈思"]
    write_text(JZ, d, "06.txt", "text", "national", "utf-8", False, blocks, NB, ["no_blank_lines"], 203)

    d = "2024-06-18"
    BS = dict(w=22, ind="", pb=False)
    e1 = art("十堰", [
        "6月12日，十堰市民政局党组理论学习中心组举行集体学习，围绕党纪学习教育开展交流研讨。",
    ], src=None, prov="湖北", ag="十堰市民政局", dt="2024-06-12", tags=["briefs"], pre="【十堰】")
    e2 = art("西安市民政局举办党纪学习教育读书班", [
        "6月上旬，西安市民政局举办党纪学习教育读书班，局属各单位党组织书记参加，采取专题辅导、分组研讨等方式学深悟透党规党纪。",
    ], at="（通讯员 马骁）", src=None, prov="陕西", ag="西安市民政局", dt="2024-06-01",
        ppl=["马骁"], tags=["briefs", "period_date"], pre_title="◆ ", end="（通讯员 马骁）", endsame=True)
    e3 = art(None, [
        "6月14日下午，金水区民政局组织党员志愿者走进辖区养老机构，开展助老服务，为老人理发、测量血压、排查用电安全隐患。",
    ], src=None, prov="河南", ag="金水区民政局", dt="2024-06-14", tags=["briefs", "title_none", "half_day_date"],
        pre="◆ ")
    e4 = art("秦都区“石榴籽”党员志愿服务队成立", [
        "6月8日，由秦都区民政局指导成立的“石榴籽”党员志愿服务队在咸阳市秦都区渭滨街道成立。来自新疆的大学生党员古丽米拉·¦艾尼瓦尔说，要用实际行动为社区各族群众办实事。",
    ], src=None, prov="陕西", ag="秦都区民政局", dt="2024-06-08",
        ppl=["古丽米拉·艾尼瓦尔"], tags=["briefs", "dot_name", "name_verb"], pre_title="◆ ")
    e5 = art("社会组织", [
        "6月13日，湖北省社会组织综合党委举办省级社会组织党组织书记示范培训班，70余名学员参加培训。",
    ], src=None, prov="湖北", ag="湖北省社会组织综合党委", dt="2024-06-13", tags=["briefs"], pre="◆【社会组织】")
    e6 = art(None, [
        "日前，太原市迎泽区民政局开展“清廉机关”建设警示教育活动，组织党员干部观看警示教育片，签订廉洁承诺书。",
    ], src=None, prov="山西", ag="迎泽区民政局", tags=["briefs", "title_none", "relative_date"], pre="◆ ")
    blocks = [jz_head(d, 5, "基层·动态"), "党建快讯", e1, e2, e3, e4, e5, e6, "本版编辑／王珂　校对／陈思"]
    write_text(JZ, d, "05.txt", "text", "national", "utf-8-sig", False, blocks, BS, ["column_label"], 204)


# ====================================================================== 竹山融媒 (湖北 county)
ZS = "竹山融媒"
ZSS = dict(w=18, ind="　　", sp=0.0)


def zs_head(d, qi):
    return f"{ZS}｜第{qi}期｜竹山县融媒体中心出品\n{cn_date(d)}"


def build_zhushan():
    d = "2022-07-15"
    NB = dict(ZSS, nb=True, ind="")
    a = [
        art("县民政局开展“七一”走访慰问老党员", [
            "7月1日，县民政局党组班子成员分组走访慰问全县12名生活困难老党员和老干部，送上慰问金和节日祝福。",
        ], src=None, prov="湖北", ag="竹山县民政局", dt="2022-07-01", tags=["briefs", "province_context", "no_blank_lines"],
            pre_title="● "),
        art(None, [
            "7月5日上午，宝丰镇党委组织全镇村（社区）党组织书记开展党建工作观摩，实地查看5个村的阵地建设和“三会一课”记录。",
        ], src=None, prov="湖北", ag="宝丰镇党委", dt="2022-07-05",
            tags=["briefs", "title_none", "half_day_date", "no_blank_lines"], pre="● "),
        art("县社会组织综合党委", [
            "7月8日，县社会组织综合党委召开全县社会组织党建工作推进会，部署开展党组织“两个覆盖”提升行动。",
        ], at="（融媒记者 陈思雨）", src=ZS, prov="湖北", ag="竹山县社会组织综合党委", dt="2022-07-08",
            ppl=["陈思雨"], tags=["briefs", "no_blank_lines"], pre="● 【县社会组织综合党委】", end="（融媒记者 陈思雨）",
            endsame=True),
        art(None, [
            "近日，麻家渡镇民政办党员干部深入各村开展低保、特困供养政策宣传，现场解答群众疑问60余条。",
        ], src=None, prov="湖北", ag="麻家渡镇民政办", tags=["briefs", "title_none", "relative_date", "no_blank_lines"],
            pre="● "),
        art("县委组织部召开党建引领基层治理座谈会", [
            "7月上旬，县委组织部召开党建引领基层治理座谈会，县民政局、各乡镇负责人围绕村（社区）治理交流经验做法。",
        ], src=None, prov="湖北", ag="竹山县委组织部", dt="2022-07-01",
            tags=["briefs", "period_date", "no_blank_lines"], pre_title="● "),
    ]
    blocks = [zs_head(d, 128), "【党建快讯】"] + a + ["编辑：刘菁　审核：余涛"]
    write_text(ZS, d, "page2.txt", "text", "county", "utf-8", True, blocks, NB, ["column_label", "no_blank_lines"], 301)

    d = "2022-10-21"
    b1 = art("盛会召开之际全县民政系统党员干部收看二十大开幕会直播", [
        "10月16日上午，县民政局组织机关和局属单位党员干部集中收看中国共产党第二十次全国代表大会开幕会直播，认真聆听大会报告。",
        "县民政局党组书记、局长周志刚说，全系统要把学习贯彻党的二十大精神作为当前和今后一个时期的首要政治任务，以实际行动推动民政事业发展。",
    ], at="文/图 融媒记者 黄晓丽", src=ZS, prov="湖北", ag="竹山县民政局", dt="2022-10-16",
        ppl=["黄晓丽", "周志刚"], cap=["图为县民政局党员干部集中收看开幕会直播。"],
        tags=["kicker", "multi_line_title", "byline_top", "captions", "half_day_date", "name_verb", "province_context"],
        tp=["盛会召开之际", "全县民政系统党员干部", "收看二十大开幕会直播"], top=["文/图 融媒记者 黄晓丽"], capat=0)
    b2 = art("党员先锋岗上的“暖心人”", [
        "今年以来，县民政局在县社会福利院、救助管理站等窗口单位设立党员先锋岗，推动党员亮身份、作表率。",
        "在县社会福利院，党员护理员阿依努尔·吐¦尔洪每天清晨六点就开始为老人测体温、送早餐。“老人们就像自己的亲人。”阿依努尔·吐尔洪说。",
    ], at="（融媒记者 王磊 通讯员 张敏）", src=ZS, prov="湖北", ag="竹山县民政局",
        ppl=["阿依努尔·吐尔洪", "王磊", "张敏"], tags=["dot_name", "relative_date", "name_verb"],
        end="（融媒记者 王磊 通讯员 张敏）")
    blocks = [zs_head(d, 142), "【党建引领】", b1, "【身边榜样】", b2, "编辑：刘菁　审核：余涛"]
    write_text(ZS, d, "page1.txt", "text", "county", "gb18030", False, blocks, ZSS, ["column_label"], 302)

    d = "2023-02-14"
    c1 = art(None, [
        "2月10日上午，全县民政工作暨党风廉政建设会议召开，总结2022年全县民政工作，部署2023年重点任务。",
        "会议要求，全县民政系统要持之以恒正风肃纪，驰而不息纠治“四风”，为民政事业高质量发展提供坚强保障。",
    ], at="竹山融媒讯（记者 陈思雨）", src=ZS, prov="湖北", ag="竹山县民政局", dt="2023-02-10",
        ppl=["陈思雨"], tags=["title_none", "dateline", "half_day_date"], lead="竹山融媒讯（记者 陈思雨）")
    c2 = art("县民政局扎实推进模范机关建设", [
        "日前，县民政局印发模范机关建设年度工作方案，明确政治建设、作风建设等5个方面18项具体任务。",
        "局机关各党支部把“第一议题”制度落到实处，每月开展一次党员“微党课”。",
    ], at="（通讯员 刘晶）", src=None, prov="湖北", ag="竹山县民政局", ppl=["刘晶"],
        tags=["relative_date"], end="（通讯员 刘晶）")
    c3 = art("溢水镇：社工站里的“红马甲”", [
        "2月8日，溢水镇社会工作站党员志愿者为辖区留守儿童开展寒假课业辅导和心理疏导，30余名儿童参加。",
    ], at="竹山融媒讯（通讯员 邓芳）", src=ZS, prov="湖北", ag="溢水镇社会工作站", dt="2023-02-08",
        ppl=["邓芳"], tags=["dateline"], lead="竹山融媒讯（通讯员 邓芳）")
    blocks = [zs_head(d, 158), "【民政要闻】", c1, c2, c3, "编辑：刘菁　审核：余涛"]
    write_text(ZS, d, "page3.txt", "text", "county", "utf-8", False, blocks, dict(ZSS, sp=0.015), ["column_label", "stray_spaces"], 303)

    d = "2023-06-30"
    e1 = art("县社会组织综合党委表彰一批优秀共产党员和优秀党务工作者", [
        "6月28日，县社会组织综合党委召开庆“七一”表彰大会，表彰全县社会组织优秀共产党员和优秀党务工作者。名单如下：",
        "优秀共产党员",
        "陈　静（县律师协会）、余海波（县老年人协会）、柯　敏（县慈善会）、冯雪梅（县个体劳动者协会）",
        "优秀党务工作者",
        "何志强（县社会组织服务中心）、罗　丹（县家政服务行业协会）",
    ], at="竹山融媒讯（记者 黄晓丽）", src=ZS, prov="湖北", ag="竹山县社会组织综合党委", dt="2023-06-28",
        ppl=["黄晓丽", "陈静", "余海波", "柯敏", "冯雪梅", "何志强", "罗丹"],
        tags=["honour_list", "dateline", "multi_line_title"], lead="竹山融媒讯（记者 黄晓丽）",
        tp=["县社会组织综合党委表彰一批优秀共产党员", "和优秀党务工作者"], nowrap=(1, 3))
    e2 = art("县民政局“四项机制”推动党建与业务深度融合", [
        "今年以来，县民政局建立“四项机制”，推动党建与业务同频共振。",
        "一是建立党建业务“双清单”机制；二是建立党员“承诺践诺”机制；三是建立支部联系村（社区）机制；四是建立党建工作季度考评机制。",
    ], at="（县民政局供稿）", src="竹山县民政局", prov="湖北", ag="竹山县民政局",
        tags=["enumeration", "relative_date"], end="（县民政局供稿）", endsame=True)
    blocks = [zs_head(d, 177), e1, e2, "编辑：刘菁　审核：余涛"]
    write_text(ZS, d, "page2.txt", "text", "county", "utf-8-sig", False, blocks, dict(ZSS, sp=0.02), ["stray_spaces"], 304)


# ====================================================================== 黄淮党建月刊 (河南 magazine)
HH = "黄淮党建月刊"
HS = dict(w=24, ind="", pb=True)


def hh_head(d, pn):
    y, m, _ = d.split("-")
    return f"{HH}·{y}年第{int(m)}期　　·{pn}·"


def build_huanghuai():
    d = "2024-03-01"
    a1 = art("新时代社会组织党建工作的实践逻辑与路径优化", [
        "摘要：社会组织党建是党的建设新的伟大工程的重要组成部分。本文从政治逻辑、组织逻辑和治理逻辑三个维度分析社会组织党建的实践逻辑，提出路径优化建议。",
        "关键词：社会组织；党建引领；基层治理",
        "一、社会组织党建的实践逻辑",
        "从政治逻辑看，加强社会组织党建是确保社会组织正确政治方向的根本保证；从治理逻辑看，党组织是社会组织参与基层治理的“主心骨”。",
        "二、社会组织党建的路径优化",
        "一是健全组织体系，推动行业协会商会党组织全覆盖；二是创新活动方式，增强党组织的吸引力；三是完善保障机制，落实党建工作经费和场地。",
    ], at="孙静怡（作者单位：豫东师范学院马克思主义学院）", src=None, prov=None, ag=None,
        ppl=["孙静怡"], tags=["byline_top", "subheadings", "enumeration", "relative_date"],
        top=["孙静怡"], end="（作者单位：豫东师范学院马克思主义学院）")
    a2 = art("许昌：“红色引擎”激活社区治理", [
        "今年以来，许昌市民政局以党建引领城市社区治理，推动资源向社区下沉、服务在社区集成。",
        "一是做实网格党组织，全市划分网格2860个，建立网格党支部；二是做强社区党群服务中心，推行“一站式”服务；三是做优居民议事协商，每季度召开一次议事会。",
    ], at="本刊记者 任晓光", src=HH, prov="河南", ag="许昌市民政局",
        ppl=["任晓光"], tags=["byline_top", "enumeration", "relative_date", "province_context"], top=["本刊记者 任晓光"])
    blocks = [hh_head(d, 12), "理论探索", a1, "基层实践", a2, "·13·"]
    write_text(HH, d, "p12-13.txt", "text", "magazine", "utf-8", False, blocks, HS, ["column_label"], 401)

    d = "2024-05-01"
    b1 = art("把支部建在“项目”上——周口市社会组织党建工作创新纪实", [
        "4月中旬，记者走进周口市社会组织党群服务中心，一面“项目党建”展示墙吸引了记者的目光。",
        "周口市民政局探索把党支部建在公益服务项目上，项目在哪里，党组织就覆盖到哪里。",
        "“项目做到哪里，党员就冲到哪里。”周口市民政局社会组织管理科科长吕红霞说，全市已在127个公益项目中成立党小组。",
    ], at="本刊记者 郑悦 本刊通讯员 马超", src=HH, prov="河南", ag="周口市民政局", dt="2024-04-11",
        ppl=["郑悦", "马超", "吕红霞"],
        tags=["byline_top", "subtitle", "multi_line_title", "pull_quote", "period_date", "name_verb"],
        tp=["把支部建在", "“项目”上", "——周口市社会组织党建工作创新纪实"], top=["本刊记者 郑悦 本刊通讯员 马超"],
        pq=(1, "项目在哪里，党组织就覆盖到哪里"))
    b2 = art("南阳市民政局开展清廉机关建设“回头看”", [
        "4月22日，南阳市民政局启动清廉机关建设“回头看”，对照年初确定的任务逐项检查，推动全面从严治党向纵深发展。",
    ], at="（本刊通讯员 李青）", src=HH, prov="河南", ag="南阳市民政局", dt="2024-04-22",
        ppl=["李青"], end="（本刊通讯员 李青）", endsame=True)
    blocks = [hh_head(d, 22), "基层实践", b1, b2, "·23·"]
    write_text(HH, d, "p22-23.txt", "text", "magazine", "gb18030", True, blocks, HS, ["column_label"], 402)

    d = "2024-09-01"
    c1 = art("让社区社会组织成为基层治理的“生力军”——访河南省民政厅社会组织管理局负责人", [
        "问：近年来，我省社区社会组织发展呈现哪些特点？",
        "答：数量稳步增长，类型日趋多样，党的组织覆盖和工作覆盖不断扩大。截至目前，全省登记和备案的社区社会组织超过6万家。",
        "问：如何更好发挥社区社会组织党组织的作用？",
        "答：我们将坚持党建引领，推动社区社会组织党组织与社区党组织结对共建，让社区社会组织在服务群众中发挥更大作用。",
    ], at="本刊记者 任晓光", src=HH, prov="河南", ag="河南省民政厅",
        ppl=["任晓光"], tags=["interview", "subtitle", "byline_top", "relative_date"],
        tp=["让社区社会组织成为基层治理的“生力军”", "——访河南省民政厅社会组织管理局负责人"], top=["本刊记者 任晓光"])
    c2 = art("我在社区当党建指导员", [
        "去年春天，我被红旗区向阳街道选派到一家居家养老服务机构担任党建指导员。起初，机构负责人觉得党建是“额外负担”。",
        "我们从帮助机构规范管理入手，一起制定服务标准，组织党员员工亮身份、作承诺。现在，这家机构已经成立了党支部。",
    ], at="（新乡市红旗区向阳街道 党建指导员 韩雪）", src=None, prov="河南", ag="红旗区向阳街道",
        ppl=["韩雪"], tags=["relative_date"], end="（新乡市红旗区向阳街道 党建指导员 韩雪）")
    blocks = [hh_head(d, 30), "访谈", c1, "基层来信", c2, "·31·"]
    write_text(HH, d, "p30-31.txt", "text", "magazine", "utf-8", False, blocks, HS, ["column_label"], 403)

    d = "2024-12-01"
    contents = "本期目录\n卷首语　以改革精神推进机关党建……………………1\n理论探索　基层党组织组织力提升路径………………4\n基层实践　漯河市民政局学习贯彻全会精神…………9"
    e1 = art("以改革精神推进机关党建", [
        "学习贯彻二十届三中全会精神，机关党建要走在前、作表率。要以改革精神破解党建与业务“两张皮”问题，以党建引领推动机关作风持续好转。",
        "新的一年，本刊将继续关注各地机关党建创新实践，为读者提供可学可鉴的经验。",
    ], at="本刊编辑部", src=HH, prov=None, ag=None, tags=["byline_top", "relative_date"], top=["本刊编辑部"])
    e2 = art("漯河市民政局推动全会精神进支部", [
        "11月上旬，漯河市民政局党组印发学习贯彻二十届三中全会精神工作方案，明确理论学习、宣讲辅导、调研转化等4个方面12项措施。",
        "局机关各党支部采取“支部书记领学＋党员交流”方式开展专题学习，做到学习全覆盖。",
    ], at="（本刊通讯员 贾文博）", src=HH, prov="河南", ag="漯河市民政局", dt="2024-11-01",
        ppl=["贾文博"], tags=["title_after", "period_date"], end="（本刊通讯员 贾文博）", after=True, after_gap=True)
    blocks = [hh_head(d, 1), contents, "卷首语", e1, e2, "·2·"]
    write_text(HH, d, "p01-02.txt", "text", "magazine", "utf-8-sig", False, blocks, HS, ["column_label", "contents_list"], 404)


# ====================================================================== 洛浦晚报 (河南 洛阳, OCR)
LP = "洛浦晚报"
LS = dict(w=15, ind="", sp=0.03, jit=2)


def build_luopu():
    d = "2023-01-10"
    a1 = art("市民政局召开2022年度机关党建述职评议会", [
        "l2月29日，市民政局召开2022年度机关党建述职评议会，局属2O个基层党组织书记现场述职。",
        "会议强调，要以学习贯彻党的二十大精神为主线，压紧压实管党治党责任，推动机关党建和民政业务深度融合。",
    ], at="本报讯（记者 梁晓 通讯员 许静）", src=LP, prov="河南", ag="洛阳市民政局", dt="2022-12-29",
        ppl=["梁晓", "许静"], cap=["图为述职评议会现场。 梁晓 摄"],
        tags=["dateline", "year_boundary", "captions", "province_context"], lead="本报讯（记者 梁晓 通讯员 许静）")
    a2 = art("涧西区社会组织党建工作站挂牌", [
        "]月6日，涧西区民政局社会组织党建工作站正式挂牌，为辖区8O余家社会组织提供党建指导、政策咨询等服务。",
    ], at="（通讯员 吴佳）", src=None, prov="河南", ag="涧西区民政局", dt="2023-01-06",
        ppl=["吴佳"], tags=[], end="（通讯员 吴佳）")
    a3 = art("偃师区民政局走访慰问困难党员", [
        "近日，偃师区民政局党员干部分组走访慰问辖区困难党员，送去米面油等慰问品。",
    ], src=None, prov="河南", ag="偃师区民政局", tags=["relative_date"])
    blocks = ["洛浦晚报　2023年]月10日　星期二", "A0 6　党建·民生", a1, a2, a3, "责编 范东　美编 孙丽　校对 李华"]
    write_text(LP, d, "A06.txt", "ocr", "provincial", "utf-8", False, blocks, LS, ["stray_spaces"], 501)

    d = "2023-04-25"
    b1 = art("洛龙区推进“党建+社区治理”打造“l5分钟便民服务圈”", [
        "4月中旬，洛龙区民政局在全区推进“党建+社区治理”，依托社区党群服务中心整合养老、托育、助餐等服务资源。",
        "目前，全区已建成社区便民服务点l26个，居民步行l5分钟即可享受基本公共服务。",
    ], at="本报讯（记者 范冬）", src=LP, prov="河南", ag="洛龙区民政局", dt="2023-04-11",
        ppl=["范冬"], tags=["multi_line_title", "period_date", "dateline"],
        tp=["洛龙区推进“党建+社区治理”", "", "打造“l5分钟便民服务圈”"], lead="本报讯（记者 范冬）")
    b2 = art("市社会福利院党支部落实“笫一议题”制度", [
        "4月2O日，市社会福利院党支部召开支部委员会，把学习习近¦平总书记重要讲话精神作为“笫一议题”，并结合“三会一课”开展研讨。",
    ], at="（据洛阳市民政局）", src="洛阳市民政局", prov="河南", ag="洛阳市社会福利院", dt="2023-04-20",
        tags=["province_context"], end="（据洛阳市民政局）")
    blocks = ["洛浦晚报　2O23年4月25日　星期二", "A0 5　党建", b1, b2, "责编 范东　美编 孙丽"]
    write_text(LP, d, "A05.txt", "ocr", "provincial", "gb18030", False, blocks, LS, ["stray_spaces"], 502)

    d = "2023-08-08"
    NB = dict(LS, nb=True)
    c = [
        art("老城区开展“八一”拥军慰问", [
            "8月1日上午，老城区民政局联合区退役军人事务局走访慰问辖区军属和退役军人党员。",
        ], src=None, prov="河南", ag="老城区民政局", dt="2023-08-01", tags=["briefs", "half_day_date", "no_blank_lines"],
            pre_title="■ "),
        art(None, [
            "8月3日，瀍河区民政局机关党支部组织党员到区救助管理站开展志愿服务，为流浪乞讨人员发放防暑用品。",
        ], src=None, prov="河南", ag="瀍河区民政局", dt="2023-08-03", tags=["briefs", "title_none", "no_blank_lines"],
            pre="■ "),
        art("伊川县社会组织党建联建签约", [
            "8月上旬，伊川县社会组织综合党委与l6家社会组织党支部签订联建协议，开展结对共建。",
        ], at="（通讯员 王倩）", src=None, prov="河南", ag="伊川县社会组织综合党委", dt="2023-08-01",
            ppl=["王倩"], tags=["briefs", "period_date", "no_blank_lines"], pre_title="■ ", end="（通讯员 王倩）", endsame=True),
        art(None, [
            "日前，西工区民政局组织党员干部深入社区开展“防汛救灾、党员先行”主题实践活动。",
        ], src=None, prov="河南", ag="西工区民政局", tags=["briefs", "title_none", "relative_date", "no_blank_lines"],
            pre="■ "),
    ]
    blocks = ["洛浦晚报　2023年8月8日　星期二　A0 7", "民生速递"] + c + ["责编 张琳"]
    write_text(LP, d, "A07.txt", "ocr", "provincial", "utf-8", True, blocks, NB, ["stray_spaces", "column_label", "no_blank_lines"], 503)

    d = "2023-11-14"
    e1 = art(None, [
        "市民政局还将在全市推广社区“党建+物业”经验，年底前实现新建小区党组织全覆盖。",
        "市民政局党组书记、局长谢宏伟表示，要把主题教育成果转化为推动民政事业高质量发展的实际成效。",
    ], at="（记者 梁晓）", src=LP, prov="河南", ag="洛阳市民政局", dt="2023-11-09",
        ppl=["谢宏伟", "梁晓"], tags=["continued", "title_none", "name_verb"], head="（上接笫一版）", end="（记者 梁晓）")
    e2 = art("宜阳县民政局深化主题教育调研成果转化", [
        "11月10日，宜阳县民政局召开主题教育调研成果交流会，班子成员围绕养老服务、社会救助等领域交流调研报告，形成问题清单1]项。",
    ], at="（通讯员 孙鹏）", src=None, prov="河南", ag="宜阳县民政局", dt="2023-11-10",
        ppl=["孙鹏"], tags=["title_after"], end="（通讯员 孙鹏）", after=True)
    e3 = art("嵩县举办社会组织党务干部培训班", [
        "11月上旬，嵩县社会组织综合党委举办党务干部培训班。县民政局党组书记杜海军指出，要发挥党组织在社会组织中的政治核心作用。",
    ], src=None, prov="河南", ag="嵩县社会组织综合党委", dt="2023-11-01",
        ppl=["杜海军"], tags=["period_date", "name_verb"])
    blocks = ["洛浦晚报　2023年l1月14日　星期二", "A0 2　要闻", e1, e2, e3, "责编 范东"]
    write_text(LP, d, "A02.txt", "ocr", "provincial", "utf-8-sig", False, blocks, LS, ["stray_spaces"], 504)


# ====================================================================== 秦川民政网 (陕西 portal)
QC = "秦川民政网"


def qc_page(title, crumbs, info, content, extra="", charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{QC}</title>
<style>.info{{color:#999;font-size:12px}} .content p{{text-indent:2em}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">{QC}</a> | 陕西省民政厅主办 | <a href="/wza/">无障碍</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/djgz/">党建工作</a><a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：{crumbs}</div>
<div class="article">
<h1>{title}</h1>
<div class="info">{info}　浏览次数：<span id="hits">{sum(map(ord, title)) % 3000 + 100}</span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content">
{content}
</div>
{extra}
<div class="tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">主办单位：陕西省民政厅　技术支持：陕西省民政信息中心<br>陕ICP备05001234号　陕公网安备61010402000123号</div>
</body>
</html>
"""


def ps(paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


def write_html(pub, issue, fname, enc, arts, html, tags):
    t = set(tags) | {"html"}
    if enc == "gb18030":
        t.add("gb18030")
    p = register(pub, issue, fname, "html", "provincial", enc, False, arts, t)
    with open(p, "wb") as f:
        f.write(html.encode(enc))


def build_qinchuan():
    crumbs = '<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 机关党建'
    d = "2024-04-16"
    a = art("省民政厅机关党委召开2024年党建工作会议", [
        "4月12日上午，省民政厅机关党委召开2024年机关党建工作会议，总结2023年机关党建工作，安排部署今年重点任务。",
        "会议指出，一年来，厅机关各级党组织扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，模范机关创建取得新成效。",
        "会议要求，要以政治建设为统领，深化“让党中央放心、让人民群众满意”的模范机关创建，推动全面从严治党向纵深发展。",
    ], at="来源：省民政厅机关党委 作者：王蕾", src="陕西省民政厅机关党委", prov="陕西", ag="陕西省民政厅",
        dt="2024-04-12", ppl=["王蕾"], cap=["图为会议现场。（王蕾 摄）"],
        tags=["half_day_date", "captions", "province_context"])
    content = ps(a["b"][:1]) + '\n<p class="pic"><img src="/upload/2024/04/dj0412.jpg" alt=""><br>图为会议现场。（王蕾 摄）</p>\n' + ps(a["b"][1:])
    html = qc_page(a["t"], crumbs, "发布日期：2024-04-16 10:32　来源：省民政厅机关党委　作者：王蕾", content)
    write_html(QC, d, "content_8812.html", "utf-8", [a], html, [])

    d = "2024-06-05"
    ents = [
        art("榆林市民政局开展党纪学习教育专题党课", ["6月4日，榆林市民政局党组书记为全局党员干部讲授党纪学习教育专题党课。"],
            at="", src=QC, prov="陕西", ag="榆林市民政局", dt="2024-06-04"),
        art("延安市社会组织党建示范点建设推进会召开", ["近日，延安市民政局召开社会组织党建示范点建设推进会，命名首批示范点12个。"],
            at="", src=QC, prov="陕西", ag="延安市民政局", dt="2024-06-03", tags=["relative_date"]),
        art("省民政厅机关开展“党员进社区”志愿服务", ["5月下旬，省民政厅机关党员分批次到联系社区开展志愿服务，助力社区治理。"],
            at="", src=QC, prov="陕西", ag="陕西省民政厅", dt="2024-05-21", tags=["period_date", "province_context"]),
        art("宝鸡市陈仓区民政局推行“三张清单”服务群众", ["日前，陈仓区民政局推行需求、资源、服务“三张清单”，推动党员干部下沉一线。"],
            at="", src=QC, prov="陕西", ag="陈仓区民政局", dt="2024-05-28", tags=["relative_date"]),
    ]
    stamps = ["2024-06-05", "2024-06-03", "2024-05-30", "2024-05-28"]
    items = "\n".join(
        f'<li><a href="/djgz/jgdj/20{9000 + i}.html">{e["t"]}</a><span class="date">{s}</span>\n<p class="summary">{e["b"][0]}</p></li>'
        for i, (e, s) in enumerate(zip(ents, stamps)))
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>机关党建_{QC}</title></head>
<body>
<div class="top"><a href="/">{QC}</a> | 陕西省民政厅主办</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 机关党建</div>
<div class="list"><h2>机关党建</h2>
<ul>
{items}
</ul>
<div class="page">共 86 条　首页　上一页　<b>1</b> <a>2</a> <a>3</a>　下一页　尾页</div>
</div>
<div class="footer">主办单位：陕西省民政厅　陕ICP备05001234号</div>
</body></html>
"""
    write_html(QC, d, "list_jgdj.html", "utf-8", ents, html, [])

    d = "2024-08-27"
    b = art("渭南市民政局“三个强化”推进机关党建提质增效", [
        "8月下旬，渭南市民政局召开机关党建工作推进会，围绕“三个强化”部署下半年重点工作。",
        "一、强化政治引领",
        "坚持把“第一议题”制度作为首要政治任务，全年开展党组理论学习中心组学习12次。",
        "二、强化支部建设",
        "推进党支部标准化规范化建设，开展“五星支部”创建，评选“四强”党支部3个。",
        "三、强化作风建设",
        "深化“四风”问题整治，严格落实中央八项规定精神，持续为基层减负。",
    ], at="来源：渭南市民政局", src="渭南市民政局", prov="陕西", ag="渭南市民政局", dt="2024-08-21",
        tags=["subheadings", "period_date"])
    html = qc_page(b["t"], crumbs.replace("机关党建", "市县动态"), "发布日期：2024-08-27　来源：渭南市民政局　作者：",
                   ps(b["b"]), charset="gb18030")
    write_html(QC, d, "content_9437.html", "gb18030", [b], html, [])

    d = "2024-10-22"
    c1 = art("汉中市社会组织党建“红色驿站”覆盖全市", [
        "10月18日，汉中市社会组织“红色驿站”建设现场推进会在南郑区召开。汉中市民政局负责人说，全市已建成“红色驿站”58个，为社会组织党员提供学习交流阵地。",
        "会上，6家社会组织党组织负责人作交流发言。勉县一家养老服务协会党支部书记卓玛措说，驿站让协会党员有了“家”。",
    ], at="来源：汉中市民政局 作者：许诺", src="汉中市民政局", prov="陕西", ag="汉中市民政局", dt="2024-10-18",
        ppl=["许诺", "卓玛措"], tags=["name_verb"])
    c2 = art("什么是社会组织“红色驿站”", [
        "“红色驿站”是依托社会组织集中办公区或党群服务中心设立的党建服务阵地，具备学习教育、议事协商、志愿服务等功能。",
    ], at="", src=None, prov=None, ag=None, dt="2024-10-22", tags=["related_link"])
    extra = f"""<div class="ydyd"><h3>延伸阅读</h3>
<h4>{c2['t']}</h4>
<p>{c2['b'][0]}</p></div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="/djgz/jgdj/20240912.html">全省社会组织党建工作推进会在西安召开</a></li>
<li><a href="/djgz/jgdj/20240830.html">省民政厅召开模范机关创建推进会</a></li>
</ul></div>"""
    html = qc_page(c1["t"], crumbs.replace("机关党建", "市县动态"), "发布日期：2024-10-22 09:15　来源：汉中市民政局　作者：许诺",
                   ps(c1["b"]), extra=extra)
    write_html(QC, d, "content_9981.html", "utf-8", [c1, c2], html, ["related_link"])


# ====================================================================== 江汉民政工作简报 (湖北 bulletin, docx)
JH = "江汉民政工作简报"


def write_docx(issue, fname, qi, contents, note, arts, tags, dist, label=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = docx.Document()

    def para(text, bold=False, center=False, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para(JH, bold=True, center=True, size=26)
    para(f"第{qi}期", center=True)
    para(f"荆州市民政局机关党委　　　　　　　　{cn_date(issue)}")
    para("━━━━━━━━━━━━━━━━━━━━━━━━")
    t = {"docx", "bulletin_masthead", "distribution_lines"} | set(tags)
    if contents:
        para("目　录", bold=True, center=True)
        for c in contents:
            para(c)
        t.add("contents_list")
    if note:
        para(note)
        t.add("editor_note")
    if label:
        para(label, bold=True)
        t.add("column_label")
    for a in arts:
        lay = a["lay"]
        if lay.get("pre_title") is not None or lay.get("pre"):
            pass
        if a["t"] and not lay.get("after") and a["t"] not in lay.get("pre", ""):
            for ln in lay.get("tp") or [a["t"]]:
                para((lay.get("pre_title") or "") + ln, bold=True, center=not lay.get("pre_title"))
        for ln in lay.get("top", []):
            para(ln, center=True)
        for i, b in enumerate(a["b"]):
            txt = (lay.get("pre", "") + lay.get("lead", "") if i == 0 else "") + b
            if i == len(a["b"]) - 1 and lay.get("endsame") and lay.get("end"):
                txt += lay["end"]
            para("　　" + txt if not lay.get("pre") else txt)
        for c in a["cap"]:
            para(c, center=True)
        if lay.get("end") and not lay.get("endsame"):
            para(lay["end"])
        if a["t"] and lay.get("after"):
            para(a["t"], bold=True)
    para("━━━━━━━━━━━━━━━━━━━━━━━━")
    for ln in dist:
        para(ln)
    p = register(JH, issue, fname, "docx", "bulletin", "docx", False, arts, t)
    doc.save(p)


DIST = ["报：市委组织部，市直机关工委", "送：局党组成员", "发：局机关各科室、局属各单位，各县（市、区）民政局"]


def build_jianghan():
    d = "2023-03-20"
    a = [
        art("局机关党委召开2023年机关党建工作会议", [
            "3月14日，市民政局机关党委召开2023年机关党建工作会议，传达学习市直机关党建工作会议精神，部署全年机关党建重点工作。",
            "会议要求，各支部要认真落实“三会一课”制度，推进模范机关建设，以高质量党建推动民政事业高质量发展。",
        ], at="(局机关党委)", src="荆州市民政局机关党委", prov="湖北", ag="荆州市民政局", dt="2023-03-14",
            tags=["province_context"], end="(局机关党委)"),
        art("市民政局举办党的二十大精神专题读书班", [
            "3月上旬，市民政局举办为期三天的学习贯彻党的二十大精神专题读书班，局党组成员和科级干部参加学习。",
        ], at="(办公室)", src="荆州市民政局办公室", prov="湖北", ag="荆州市民政局", dt="2023-03-01",
            tags=["period_date"], end="(办公室)"),
        art("沙市区民政局推行“党建+社会救助”", [
            "今年以来，沙市区民政局把党建工作融入社会救助全过程，组织党员干部开展“大走访、大排查”，新纳入低保对象132户。",
        ], at="(沙市区民政局 王敏)", src="沙市区民政局", prov="湖北", ag="沙市区民政局",
            ppl=["王敏"], tags=["relative_date"], end="(沙市区民政局 王敏)"),
    ]
    contents = ["局机关党委召开2023年机关党建工作会议", "市民政局举办党的二十大精神专题读书班", "沙市区民政局推行“党建+社会救助”"]
    write_docx(d, "jb2023-03.docx", 3, contents, None, a, [], DIST)

    d = "2023-06-12"
    a = [
        art("市民政局扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育", [
            "按照市委统一部署，市民政局自4月起扎实开展主题教育，坚持学思想、强党性、重实践、建新功的总要求。",
            "（一）坚持读原著学原文",
            "局党组理论学习中心组开展集中学习6次，局机关各支部开展专题学习24次。",
            "（二）坚持调查研究",
            "局领导班子成员围绕养老服务、儿童关爱等领域确定调研课题8个，形成问题清单和整改措施。",
        ], at="(局主题教育办)", src="荆州市民政局主题教育办", prov="湖北", ag="荆州市民政局",
            tags=["subheadings", "relative_date"], end="(局主题教育办)"),
        art("洪湖市民政局“三件事”活动凝聚党员力量", [
            "6月6日上午，洪湖市民政局开展党员“三件事”活动：上一堂党课、办一件实事、结一户帮扶对象。",
            "一是局党组书记讲授专题党课；二是各支部认领民生实事15件；三是党员与困难群众结对86户。",
        ], at="(洪湖市民政局 刘畅)", src="洪湖市民政局", prov="湖北", ag="洪湖市民政局", dt="2023-06-06",
            ppl=["刘畅"], tags=["enumeration", "half_day_date"], end="(洪湖市民政局 刘畅)"),
    ]
    note = "编者按：主题教育开展以来，全市民政系统各级党组织坚持学做结合、查改贯通。现将有关做法编发，供学习借鉴。"
    write_docx(d, "jb2023-07.docx", 7, None, note, a, [], DIST)

    d = "2023-09-25"
    a = [
        art("局机关第二党支部开展主题党日", [
            "9月19日，局机关第二党支部组织党员赴洪湖革命历史博物馆开展主题党日活动。",
        ], at="(局机关第二党支部)", src="荆州市民政局机关第二党支部", prov="湖北", ag="荆州市民政局",
            dt="2023-09-19", tags=["briefs"], pre_title="■ ", end="(局机关第二党支部)", endsame=True),
        art(None, [
            "9月下旬，监利市民政局组织开展社会组织党组织书记轮训，80余人参加。",
        ], src=None, prov="湖北", ag="监利市民政局", dt="2023-09-21",
            tags=["briefs", "title_none", "period_date"], pre="■ "),
        art("松滋市社会福利院党支部获评“五星支部”", [
            "日前，松滋市社会福利院党支部被评为全市“五星支部”，该支部推行“党员包楼层”服务，老人满意率达98%。",
        ], at="(松滋市民政局 向丽)", src="松滋市民政局", prov="湖北", ag="松滋市社会福利院",
            ppl=["向丽"], tags=["briefs", "relative_date"], pre_title="■ ", end="(松滋市民政局 向丽)", endsame=True),
        art("公安县", [
            "9月20日，公安县民政局召开“清廉机关”建设推进会，签订党风廉政建设责任书。",
        ], src=None, prov="湖北", ag="公安县民政局", dt="2023-09-20", tags=["briefs"], pre="■【公安县】"),
    ]
    write_docx(d, "jb2023-11.docx", 11, None, None, a, [], DIST, label="工作动态")

    d = "2023-12-18"
    a = [
        art("市民政局召开机关党建述职评议会", [
            "12月15日，市民政局召开2023年度局属党组织书记抓基层党建述职评议会，8名党组织书记现场述职。",
            "局党组书记、局长黄立新表示，要坚持问题导向，把述职评议中发现的问题作为明年党建工作的重点。",
        ], at="(局机关党委)", src="荆州市民政局机关党委", prov="湖北", ag="荆州市民政局", dt="2023-12-15",
            ppl=["黄立新"], tags=["name_verb"], end="(局机关党委)"),
        art("石首市民政局：社区“两个服务”提质增效", [
            "12月12日，石首市民政局召开社区党组织书记座谈会，围绕服务群众、服务发展“两个服务”交流经验。",
        ], at="(石首市民政局 段莉)", src="石首市民政局", prov="湖北", ag="石首市民政局", dt="2023-12-12",
            ppl=["段莉"], tags=["title_after"], end="(石首市民政局 段莉)", after=True),
        art("江陵县民政局开展年终送温暖", [
            "12月中旬，江陵县民政局党员干部走访慰问困难群众和老党员86户。",
        ], at="(社会事务科)", src="荆州市民政局社会事务科", prov="湖北", ag="江陵县民政局", dt="2023-12-11",
            tags=["period_date"], end="(社会事务科)"),
    ]
    write_docx(d, "jb2023-15.docx", 15, None, None, a, [], DIST)


def main():
    build_fenhe()
    build_jiuzhou()
    build_zhushan()
    build_huanghuai()
    build_luopu()
    build_qinchuan()
    build_jianghan()
    with open(os.path.join(HERE, f"truth-{SETID}.json"), "w", encoding="utf-8") as f:
        json.dump(_truth12_align(TRUTH), f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(TRUTH), "pages")



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('竹山融媒/2023-02-14/page3.txt', 1, 'agency', '竹山县民政局', None, '9.5'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
