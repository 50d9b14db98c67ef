"""Held-back truth pages, set h5d (batch h5): 四川, 重庆, 贵州, 云南, 西藏.

Publications (name, province, kind, format, styles):
1. 邛海日报 — 四川 (凉山州 prefecture paper), publication_kind provincial, 4 .txt text layers
   (utf-8, gb18030, utf-8-sig double-spaced, utf-8 CRLF brief page without blank lines).
   Running head "邛海日报 | 日期 星期 | 第N版 版名"; bylines as 本报讯（记者 … 通讯员 …） in the lead;
   kickers, ——subtitles, title after the article, pull quotes, 上接 fragment, interview, briefs ■.
2. 渝州党建月刊 — 重庆 magazine, 4 .txt (utf-8, utf-8 CRLF, utf-8, utf-8-sig CRLF). Folder date is the
   first day of the month. Author under the title + （作者单位：…）, 摘要/关键词 lines, 本刊记者 interview,
   相关链接 box, honour list, enumeration, 本刊通讯员.
3. 德钦融媒 — 云南 (迪庆藏族自治州 德钦县) county media, 4 .txt (utf-8, gb18030 CRLF, utf-8,
   gb18030). 【X】 place items, ◆ items, dot names broken across lines, name+说, stray spaces, 文/ byline on top.
4. 亚东融媒 — 西藏 (日喀则市 亚东县) county media, 4 OCR .txt layers of scans (utf-8) with misreads
   (笫 for 第, ] / l for 1, O for 0, 明 for 6月), broken lines, stray spaces, a blank line inside a title.
5. 民政党建导报 — national paper, 4 .txt (utf-8, utf-8-sig, gb18030 CRLF, utf-8). 本报评论员 top byline,
   新华社 dateline, editor's note, national bodies, reports from the five provinces, related link.
6. 黔西南民政网 — 贵州 (黔西南布依族苗族自治州民政局 portal), publication_kind provincial, 4 .html
   (utf-8 article page, gb18030 article page, utf-8 list page, utf-8 article page with empty 作者：).
7. 红河州民政机关党建工作简报 — 云南 bulletin, 4 .docx (masthead, 目录, unit credits, 报/送/发 lines).

Decisions beyond truth_conventions.md:
- A dateline printed at the start of the lead (本报讯（…）, 本报…电（…）, 新华社…电) is the attribution AND
  stays in the first body paragraph as printed. A top byline line (文/…, 本报评论员, 本刊记者 …) and a closing
  credit in brackets are in no body paragraph.
- Body paragraphs, titles and captions are stored without the stray spaces the page prints (the check
  compares with whitespace removed). On OCR pages the truth keeps the misread characters of article text
  as printed (笫, l, O …) — the text is what the page holds — while facts (dates, people, agencies) are
  the true ones; people are listed as printed on the OCR page (the check requires them on the page).
- A title printed in several lines (multi_line_title) is joined without separator; kicker + title +
  ——subtitle are joined with nothing between (the —— kept).
- HTML list page entries: title = the link text, body = the summary paragraph, source = the site
  (黔西南民政网), attribution ""; date per round ten kind 3 (lead day, else the entry's stamp).
- HTML article page: attribution is the info line's 来源/作者 part as printed (without 发布时间/点击); source
  is the 来源 body.
- Bulletin unit credit "(办公室)" → source 红河州民政局办公室 (masthead office 红河州民政局); "(县民政局 某某)"
  units printed whole stay as printed.
- The magazine's 本刊记者 interview: source 渝州党建月刊; author pieces: source null, attribution = author line
  joined with the （作者单位：…） note by a space.
- A county media centre's own credit ((德钦县融媒体中心 某某), (亚东县融媒体中心记者 某某), 本台讯) → source is
  the publication's own name (德钦融媒, 亚东融媒), as 本报讯 → the paper. A 文/ 图/ top byline with no
  publication credit → source null.
- Both forms of a body printed (金平县民政局 in the title, 金平苗族瑶族傣族自治县民政局 in the body; 拖顶乡 /
  拖顶傈僳族乡): the shorter, per round nine kind 7.
- A bare 县民政局 / 州民政局 in a county or prefecture publication is completed with its county or prefecture
  (德钦县民政局, 凉山州民政局); X局党支部 → the bureau (round ten kind 5).
- The magazine's theory piece on 重庆's communities has province 重庆 and agency null (its subject is the
  city's communities in general, round nine kind 9).
- Pull quotes, the 相关链接 label, 编者按, running heads, 目录 and distribution lines are furniture.
- Slogans are computed from title + body against DOMAIN.md's canonical list (whitespace removed) plus the
  quoted numbered formulations listed per article.
"""
import json
import os
import re
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h5d"

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "六个必须坚持",
         "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
         "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领", "以学铸魂",
         "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]


def nows(s):
    return re.sub(r"\s+", "", s)


def A(title=None, body=(), attr="", src=None, prov=None, ag=None, date=None, people=(), caps=(), tags=(),
      sl=(), kicker=None, sub=None, tlines=None, byline=None, attr_end=None, marker=None, title_after=False,
      pull=None, pull_at=1, upper=None, lower=None, label=None, title_blank=False):
    """tlines: title printed over several lines; byline: top line printed; attr_end: closing credit printed
    after the last paragraph; marker: brief marker; upper/lower: 上接/下转 lines (furniture)."""
    if tlines:
        title = "".join(tlines)
    full = None
    if title is not None:
        full = (kicker or "") + title + (sub or "")
    return dict(kicker=kicker, tmain=title, sub=sub, tlines=tlines, title=full, body=list(body), attr=attr,
                source=src, province=prov, agency=ag, date=date, people=list(people), captions=list(caps),
                tags=list(tags), sl=list(sl), byline=byline, attr_end=attr_end, marker=marker,
                title_after=title_after, pull=pull, pull_at=pull_at, upper=upper, lower=lower, label=label,
                title_blank=title_blank)


def wrap(s, w, rnd=None, stray=False):
    out = []
    i = 0
    while i < len(s):
        ww = w if rnd is None else max(6, w + rnd.randint(-2, 2))
        out.append(s[i:i + ww])
        i += ww
    if stray and rnd is not None:
        out2 = []
        for ln in out:
            if len(ln) > 6 and rnd.random() < 0.3:
                k = rnd.randint(2, len(ln) - 2)
                ln = ln[:k] + " " + ln[k:]
            ln = re.sub(r"(\d)(月|日|次)", r"\1 \2", ln) if rnd.random() < 0.5 else ln
            out2.append(ln)
        out = out2
    return out


def render_txt(page):
    rnd = random.Random(page["path"])
    w = page.get("width", 14)
    ds = page.get("double", False)
    nb = page.get("noblank", False)
    stray = page.get("stray", False)
    L = []

    def blank():
        if not nb:
            L.append("")

    def put(lines):
        for ln in lines:
            L.append(ln)
            if ds:
                L.append("")

    for h in page.get("head", []):
        L.append(h)
    blank()
    for it in page["items"]:
        if isinstance(it, str):
            L.append(it)
            blank()
            continue
        a = it
        if a["label"]:
            L.append(a["label"])
        if a["upper"]:
            L.append(a["upper"])
        allp = list(a["body"])
        if a["attr_end"] and allp:
            allp[-1] = allp[-1] + a["attr_end"]
        if a["marker"] == "【":
            first = wrap(allp[0], w, rnd, stray)
            L.append("【" + a["tmain"] + "】" + first[0])
            L.extend(first[1:])
            paras = allp[1:]
        elif a["marker"]:
            if a["tmain"] is not None:
                L.append(a["marker"] + a["tmain"])
                paras = allp
            else:
                first = wrap(allp[0], w, rnd, stray)
                L.append(a["marker"] + first[0])
                L.extend(first[1:])
                paras = allp[1:]
        else:
            paras = allp
            if not a["title_after"] and a["tmain"] is not None:
                if a["kicker"]:
                    L.append(a["kicker"])
                if a["tlines"]:
                    for j, tl in enumerate(a["tlines"]):
                        L.append(tl)
                        if a["title_blank"] and j == 0:
                            L.append("")
                else:
                    L.append(a["tmain"])
                if a["sub"]:
                    L.append(a["sub"])
                blank()
            if a["byline"]:
                L.append(a["byline"])
        for k, p in enumerate(paras):
            put(wrap(p, w, rnd, stray))
            if a["pull"] and k == a["pull_at"] - 1:
                L.append("")
                L.append(a["pull"])
                L.append("")
        if a["lower"]:
            L.append(a["lower"])
        for c in a["captions"]:
            L.append(c)
        if a["title_after"] and a["tmain"] is not None:
            if a["kicker"]:
                L.append(a["kicker"])
            for tl in (a["tlines"] or [a["tmain"]]):
                L.append(tl)
            if a["sub"]:
                L.append(a["sub"])
        blank()
    for f in page.get("foot", []):
        L.append(f)
    return "\n".join(L) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(page):
    enc = page["encoding"]
    cs = "gb2312" if enc == "gb18030" else "utf-8"
    h = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
         '<title>%s</title></head><body>' % esc(page["htitle"]),
         '<div class="top">黔西南民政网 | 首页 &gt; %s</div>' % esc(page["crumb"])]
    if page.get("list"):
        h.append('<div class="list"><ul>')
        for a in page["items"]:
            h.append('<li><a href="/art/%s.html">%s</a><span class="date">%s</span><p class="zy">%s</p></li>'
                     % (a["stamp"].replace("-", ""), esc(a["tmain"]), a["stamp"], esc(a["body"][0])))
        h.append('</ul><div class="page">共 %d 条 首页 上一页 下一页 尾页</div></div>' % len(page["items"]))
    else:
        for a in page["items"]:
            h.append('<div class="article">')
            if a["kicker"]:
                h.append('<h3 class="yt">%s</h3>' % esc(a["kicker"]))
            h.append('<h1>%s</h1>' % esc(a["tmain"]))
            if a["sub"]:
                h.append('<h2 class="ft">%s</h2>' % esc(a["sub"]))
            h.append('<div class="info">%s　发布时间：%s　点击：%d　【字体：大 中 小】</div>'
                     % (esc(a["infoline"]), page["date"], 100 + len(a["body"][0])))
            h.append('<div class="content">')
            for k, p in enumerate(a["body"]):
                h.append('<p>%s</p>' % esc(p))
                if k == 0:
                    for c in a["captions"]:
                        h.append('<p class="pic"><img src="/img/%d.jpg"><br>%s</p>' % (k, esc(c)))
            h.append('</div></div>')
        if page.get("related"):
            h.append('<div class="xg">相关链接：<ul>%s</ul></div>' % "".join(
                '<li><a href="#">%s</a></li>' % esc(x) for x in page["related"]))
        h.append('<div class="tool">【打印本页】【关闭窗口】</div>')
    h.append('<div class="foot">主办：黔西南州民政局　黔ICP备00000000号</div></body></html>')
    return "\n".join(h) + "\n"


def render_docx(page, path):
    import docx
    d = docx.Document()
    for m in page["head"]:
        d.add_paragraph(m)
    for it in page["items"]:
        if isinstance(it, str):
            d.add_paragraph(it)
            continue
        a = it
        if a["tmain"] is not None:
            if a["kicker"]:
                d.add_paragraph(a["kicker"])
            d.add_paragraph(a["tmain"])
            if a["sub"]:
                d.add_paragraph(a["sub"])
        for k, p in enumerate(a["body"]):
            if k == len(a["body"]) - 1 and a["attr_end"]:
                d.add_paragraph(p + a["attr_end"])
            else:
                d.add_paragraph(p)
        for c in a["captions"]:
            d.add_paragraph(c)
    for f in page.get("foot", []):
        d.add_paragraph(f)
    d.save(path)


PAGES = []


def page(pub, date, name, kind, pkind, encoding, crlf, ptags, items, **kw):
    p = dict(pub=pub, date=date, path="%s/%s/%s" % (pub, date, name), kind=kind, pkind=pkind,
             encoding=encoding, crlf=crlf, ptags=list(ptags), items=items)
    p.update(kw)
    PAGES.append(p)
    return p


# ---------------------------------------------------------------- 1. 邛海日报 (四川 凉山州)
QH = "邛海日报"
page(QH, "2023-11-14", "03.txt", "text", "provincial", "utf-8", False, ["column_label", "pull_quote", "stray_spaces"], [
    A(kicker="党建引领聚合力 社区治理有温度", title="西昌市“红色网格”织密为民服务网",
      body=["本报讯（记者 吉克阿呷 通讯员 沙马拉且）11月上旬，西昌市民政局联合市委社会工作部，在长安街道、北城街道等12个城市社区推行“红色网格”工作法，把党小组建在网格上，把服务送到楼栋里。",
            "据介绍，西昌市将全市城市社区划分为586个网格，每个网格配备一名党员网格长，建立“民情日记”和“三张清单”，对困难群众、独居老人实行一户一档动态管理。",
            "“以前有事不知道找谁，现在网格长的电话就贴在单元门口。”北城街道居民海来阿牛说。",
            "市民政局相关负责人表示，下一步将以党建引领推动社区服务提质增效，让群众在家门口感受到民政温度。"],
      attr="本报讯（记者 吉克阿呷 通讯员 沙马拉且）", src=QH, prov="四川", ag="西昌市民政局", date="2023-11-01",
      people=["吉克阿呷", "沙马拉且", "海来阿牛"], tags=["kicker", "dateline", "period_date", "stray_spaces", "province_context", "pull_quote"],
      sl=["三张清单"], pull="“以前有事不知道找谁，现在网格长的电话就贴在单元门口。”", pull_at=3),
    "党 建",
    A(title="会理市社会组织综合党委开展主题党日活动",
      body=["11月8日，会理市社会组织综合党委组织辖区30余家社会组织党员走进会理古城红军长征纪念馆，重温入党誓词，开展主题党日活动。",
            "活动中，党员们围绕“四个意识”进行交流发言，并就社会组织参与乡村振兴作了分组讨论。综合党委书记马金花要求，各社会组织党组织要严格落实“三会一课”制度，推动党的组织和工作有效覆盖。"],
      attr="（据凉山州民政局）", attr_end="（据凉山州民政局）", src="凉山州民政局", prov="四川", ag="会理市社会组织综合党委",
      date="2023-11-08", people=["马金花"], tags=["title_after", "province_context"], title_after=True),
    A(title="美姑县民政局：走村入户送政策",
      body=["本报讯（通讯员 曲比木呷）近日，美姑县民政局组织党员干部深入牛牛坝乡、洪溪镇等地，开展社会救助政策宣讲，现场受理低保、临时救助申请46件。"],
      attr="本报讯（通讯员 曲比木呷）", src=QH, prov="四川", ag="美姑县民政局", date="2023-11-14",
      people=["曲比木呷"], tags=["dateline", "relative_date"],
      caps=["图为党员干部在牛牛坝乡入户宣讲政策。（阿都日哈 摄）"]),
], head=["邛海日报 | 2023年11月14日 星期二", "第3版 党建·基层"], foot=["责任编辑：瓦其拉布  美编：吉伍么"], width=15, stray=True)
PAGES[-1]["items"][2]["people"].append("阿都日哈")
PAGES[-1]["items"][2]["tags"].append("captions")

page(QH, "2024-01-09", "04.txt", "text", "provincial", "gb18030", False, ["gb18030", "column_label"], [
    A(body=["组织开展“学思想、强党性、重实践、建新功”专题研讨3次，推动主题教育成果转化为为民服务的具体举措。",
            "州民政局党组书记、局长阿木古丽表示，2024年将以更高标准推进模范机关建设，让党建和业务真正融合。"],
      attr="", src=QH, prov="四川", ag="凉山州民政局", date="2023-12-27",
      people=["阿木古丽"], tags=["continued", "title_none", "year_boundary"], upper="（上接第1版）"),
    "访 谈",
    A(title="让每一位困难群众都有兜底保障", sub="——访甘洛县民政局局长吉木子洛",
      body=["记者：今年甘洛县在社会救助方面有哪些新做法？",
            "吉木子洛：我们推行“一门受理、协同办理”，在全县所有乡镇设立社会救助服务站，做到困难群众求助有门。",
            "记者：基层党组织在其中发挥了什么作用？",
            "吉木子洛：各村党支部书记都是救助信息员，每月走访一次，发现问题第一时间上报。全年共排查监测对象2300余户。"],
      byline="本报记者 罗小川", attr="本报记者 罗小川", src=QH, prov="四川", ag="甘洛县民政局", date="2024-01-09",
      people=["吉木子洛", "罗小川"], tags=["interview", "subtitle", "byline_top"]),
    A(title="冕宁县12月28日召开民政系统党风廉政建设工作会",
      body=["12月28日，冕宁县民政局召开民政系统党风廉政建设工作会议，通报2023年度巡察整改情况，部署纠治“四风”工作。",
            "会议要求，全县民政系统要深入推进全面从严治党，严格落实中央八项规定精神，持续推进清廉机关建设。"],
      attr="（冕宁县民政局供稿）", attr_end="（冕宁县民政局供稿）", src="冕宁县民政局", prov="四川", ag="冕宁县民政局",
      date="2023-12-28", tags=["year_boundary"]),
], head=["第4版 要闻·民政", "2024年1月9日  星期二  邛海日报"], foot=["本版编辑 海来拉惹"], width=16)

page(QH, "2024-06-18", "03.txt", "text", "provincial", "utf-8-sig", False, ["utf8_bom", "double_spaced"], [
    A(tlines=["布拖县开展社会组织党组织书记", "轮训暨“两个覆盖”质量提升活动"],
      body=["本报讯（记者 俄木伍沙）6月13日上午，布拖县民政局联合县委社会工作部举办社会组织党组织书记轮训班，全县42名社会组织党组织书记参加培训。",
            "培训围绕党的二十大精神、社会组织党建工作实务等内容进行专题辅导，并通报了今年以来“两个覆盖”质量提升情况。",
            "县民政局党组书记吉克曲布说，要以党建引领社会组织规范化建设，让党组织真正成为社会组织的“主心骨”。"],
      attr="本报讯（记者 俄木伍沙）", src=QH, prov="四川", ag="布拖县民政局", date="2024-06-13",
      people=["俄木伍沙", "吉克曲布"], sl=["两个覆盖"], tags=["multi_line_title", "dateline", "half_day_date", "double_spaced", "name_verb"]),
    A(title="凉山州召开养老服务领域党建工作推进会",
      body=["本报讯 6月中旬，凉山州民政局在德昌县召开全州养老服务领域党建工作推进会，德昌、宁南等县交流了“党建+养老”经验。",
            "会议要求，各县市要把党的组织建到养老机构一线，推动养老服务高质量发展。"],
      attr="本报讯", src=QH, prov="四川", ag="凉山州民政局", date="2024-06-11", tags=["dateline", "period_date"]),
], head=["邛海日报", "2024年6月18日 星期二  第3版"], width=14, double=True)

page(QH, "2025-03-25", "02.txt", "text", "provincial", "utf-8", True, ["crlf", "no_blank_lines", "briefs", "column_label"], [
    "民政简讯",
    A(marker="■ ", title="雷波县开展“学雷锋”志愿服务",
      body=["3月5日，雷波县民政局党支部组织党员志愿者走进县社会福利院，为老人理发、打扫卫生。"],
      src=None, prov="四川", ag="雷波县民政局", date="2025-03-05", tags=["briefs", "no_blank_lines"]),
    A(marker="■ ", body=["近日，越西县民政局组织机关党员集中学习二十届三中全会精神，并结合民政业务开展研讨。"],
      attr="（通讯员 日火阿果）", attr_end="（通讯员 日火阿果）", src=None, prov="四川", ag="越西县民政局", date="2025-03-25", people=["日火阿果"],
      tags=["briefs", "title_none", "relative_date", "no_blank_lines"]),
    A(marker="■ ", title="喜德县完成社会组织年检",
      body=["3月中旬，喜德县民政局完成2024年度社会组织年检工作，对8家未按期参检的社会组织进行了约谈。"],
      src=None, prov="四川", ag="喜德县民政局", date="2025-03-11", tags=["briefs", "period_date", "no_blank_lines"]),
    A(marker="■ ", title="盐源县举办殡葬改革政策宣讲",
      body=["3月20日，盐源县民政局在盐井镇举办殡葬改革政策宣讲会，发放宣传资料1200余份。"],
      src=None, prov="四川", ag="盐源县民政局", date="2025-03-20", tags=["briefs", "no_blank_lines"]),
], head=["邛海日报·第2版·综合新闻", "2025年3月25日星期二"], width=18, noblank=True)

# ---------------------------------------------------------------- 2. 渝州党建月刊 (重庆 magazine)
YZ = "渝州党建月刊"
page(YZ, "2023-07-01", "12.txt", "magazine", "magazine", "utf-8", False, ["column_label", "subheadings", "byline_top"], [
    "理论探索",
    A(title="以高质量党建引领基层社会治理现代化", sub="——基于重庆市若干社区的观察",
      byline="李嘉陵",
      body=["摘要：基层社会治理是国家治理的基石。本文结合重庆城乡社区的实践，探讨以党建引领推动基层治理体系完善的路径。",
            "关键词：党建引领；基层治理；社区",
            "一、党建引领基层治理的内在逻辑",
            "习近平新时代中国特色社会主义思想为新时代基层治理指明了方向。党组织在社区治理中居于领导地位，是整合各类资源的枢纽。",
            "二、实践中的若干做法",
            "渝中区解放碑街道推行“楼宇党建”，把党组织建在商务楼宇里；九龙坡区一些社区则依托“三会一课”把议事协商引入小区。",
            "三、进一步完善的建议",
            "一是健全党组织领导下的多元共治机制；二是加强社区工作者队伍建设；三是推动数字赋能，为中国式现代化筑牢基层基础。"],
      attr="李嘉陵 （作者单位：重庆市委党校党建教研部）", attr_end="（作者单位：重庆市委党校党建教研部）",
      src=None, prov="重庆", ag=None, date="2023-07-01", people=["李嘉陵"],
      tags=["subtitle", "subheadings", "enumeration", "byline_top", "province_context"]),
    "动 态",
    A(title="渝北区民政局开展“七一”主题党日",
      body=["6月30日，渝北区民政局机关党委组织党员到红岩革命纪念馆开展主题党日活动，重温入党誓词，并围绕“两个确立”开展交流研讨。"],
      attr="（本刊通讯员 何川东）", attr_end="（本刊通讯员 何川东）", src=YZ, prov="重庆", ag="渝北区民政局",
      date="2023-06-30", people=["何川东"], tags=["title_after"], title_after=True),
], head=["渝州党建月刊 2023年第7期", "12"], foot=["（责任编辑 周巴渝）"], width=20)

page(YZ, "2024-04-01", "18.txt", "magazine", "magazine", "utf-8", True, ["crlf", "column_label", "pull_quote"], [
    "基层书记访谈",
    A(kicker="把支部建在“最后一米”", title="让社会组织党建有形更有效", sub="——访重庆市社会组织综合党委书记陈思远",
      byline="本刊记者 杨雾都",
      body=["记者：近年来重庆在社会组织党建上有什么突破？",
            "陈思远：我们坚持“应建尽建”，2023年全市新增社会组织党组织186个，并推行“党建指导员”制度，实现党的工作全覆盖。",
            "记者：如何防止党建和业务“两张皮”？",
            "陈思远：关键在于把党建工作写进章程、融入决策。我们在全市推广“双向进入、交叉任职”，让党组织书记参与重大事项讨论。",
            "记者：下一步有何打算？",
            "陈思远：今年将深化主题教育成果，开展“三项行动”，即组织覆盖提质行动、书记能力提升行动和品牌创建行动。"],
      attr="本刊记者 杨雾都", src=YZ, prov="重庆", ag="重庆市社会组织综合党委", date="2024-04-01",
      people=["陈思远", "杨雾都"], sl=["三项行动"], tags=["kicker", "subtitle", "interview", "byline_top", "pull_quote", "crlf"],
      pull="关键在于把党建工作写进章程、融入决策。", pull_at=4),
    A(title="北碚区民政局机关党支部开展读书分享会",
      body=["3月12日，北碚区民政局机关党支部开展“书香民政”读书分享会，12名青年党员分享了学习体会。"],
      attr="（本刊通讯员 蒋小渝）", attr_end="（本刊通讯员 蒋小渝）", src=YZ, prov="重庆", ag="北碚区民政局",
      date="2024-03-12", people=["蒋小渝"], tags=[]),
], head=["渝州党建月刊 | 2024.04", "18"], width=19)

page(YZ, "2024-09-01", "25.txt", "magazine", "magazine", "utf-8", False, ["related_link", "column_label"], [
    "经验交流",
    A(title="黔江区：民族地区社区治理的“小切口”",
      body=["本刊讯 8月下旬，黔江区民政局在城西街道召开民族地区社区治理现场会，推广“院坝议事”做法。",
            "黔江区土家族、苗族群众聚居，各社区党组织把议事会开到院坝里，群众有事当面说、当场议。今年以来共解决停车难、照明不足等问题140余件。",
            "区民政局党组书记冉秋菊指出，要把“国之大者”落实到群众身边的小事上，推动民族团结进步与社区治理同频共振。"],
      attr="本刊讯", src=YZ, prov="重庆", ag="黔江区民政局", date="2024-08-21", people=["冉秋菊"],
      tags=["period_date", "dateline"]),
    "相关链接",
    A(title="什么是“院坝议事”",
      body=["“院坝议事”是重庆山区群众自治的一种形式，由村（社区）党组织召集，在院坝中就公共事务进行协商，议定事项张榜公示。"],
      src=None, prov="重庆", ag=None, date="2024-09-01", tags=["related_link"]),
], head=["2024年第9期  渝州党建月刊", "25"], width=17)

page(YZ, "2025-02-01", "30.txt", "magazine", "magazine", "utf-8-sig", True, ["utf8_bom", "crlf", "honour_list"], [
    A(title="关于表扬2024年度全市民政系统优秀共产党员的决定（名单）",
      body=["2024年度全市民政系统优秀共产党员名单（共12名）",
            "市级机关：",
            "张  力、刘晓梅、王建国",
            "区县民政局：",
            "谭  敏、向  阳、田秀英、冉  华",
            "社会福利机构：",
            "何嘉陵、彭  丽、罗德明、秦  峰、龚晓燕"],
      attr="（重庆市民政局机关党委供稿）", attr_end="（重庆市民政局机关党委供稿）", src="重庆市民政局机关党委",
      prov="重庆", ag="重庆市民政局", date="2025-02-01",
      people=["张力", "刘晓梅", "王建国", "谭敏", "向阳", "田秀英", "冉华", "何嘉陵", "彭丽", "罗德明", "秦峰", "龚晓燕"],
      tags=["honour_list", "crlf", "utf8_bom"]),
    A(title="城口县民政局召开年度组织生活会",
      body=["1月16日，城口县民政局党支部召开年度组织生活会，围绕以学铸魂、以学增智、以学正风、以学促干开展批评和自我批评。"],
      attr="（本刊通讯员 邓大巴）", attr_end="（本刊通讯员 邓大巴）", src=YZ, prov="重庆", ag="城口县民政局",
      date="2025-01-16", people=["邓大巴"], tags=[]),
], head=["荣誉榜", "渝州党建月刊·2025年2月"], foot=["30"], width=22)

# ---------------------------------------------------------------- 3. 德钦融媒 (云南 迪庆)
DQ = "德钦融媒"
page(DQ, "2023-05-22", "01.txt", "text", "county", "utf-8", False, ["briefs", "dot_name", "stray_spaces"], [
    "德钦融媒·民政动态",
    A(marker="【", title="升平镇",
      body=["5月18日，升平镇党委组织辖区社会组织负责人开展“不忘初心、牢记使命”专题学习，镇党委书记格桑·次里说，要把学习成效转化为服务群众的实际行动。"],
      src=None, prov="云南", ag="升平镇党委", date="2023-05-18", people=["格桑·次里"],
      tags=["briefs", "dot_name", "name_verb", "stray_spaces"]),
    A(marker="【", title="县民政局",
      body=["日前，县民政局开展困难群众基本生活保障专项检查，入户核查低保对象312户，群众满意率达98%。"],
      src=None, prov="云南", ag="德钦县民政局", date="2023-05-22", tags=["briefs", "relative_date"]),
    A(marker="【", title="燕门乡",
      body=["5月中旬，燕门乡为23名高龄老人送去慰问金和生活用品。乡民政助理员卓玛·央宗介绍，今年以来该乡已走访特困人员40余人次。"],
      attr="（通讯员 扎西·旺堆）", attr_end="（通讯员 扎西·旺堆）", src=None, prov="云南", ag="燕门乡", date="2023-05-11",
      people=["卓玛·央宗", "扎西·旺堆"], tags=["briefs", "period_date", "dot_name"]),
], head=["德钦融媒  2023-05-22"], width=11, stray=True)

page(DQ, "2023-10-30", "02.txt", "text", "county", "gb18030", True, ["gb18030", "crlf", "byline_top"], [
    A(title="奔子栏镇：党建引领让村民“乐在家门口”",
      byline="文/斯那·拉姆  图/此里·农布",
      body=["金秋时节，奔子栏镇书松村的新时代文明实践站里歌声不断。村党总支书记鲁茸·达瓦说，去年村里建起互助幸福院，20多位老人每天在这里吃午饭、聊家常。",
            "近年来，奔子栏镇党委坚持党建引领，整合民政、卫健等资源，在全镇7个村建设养老服务点，让留守老人老有所依。",
            "镇党委书记王志强表示，下一步将推动“党建+养老”模式向全镇推广。"],
      attr="文/斯那·拉姆  图/此里·农布", src=None, prov="云南", ag="奔子栏镇党委", date="2023-10-30",
      people=["斯那·拉姆", "此里·农布", "鲁茸·达瓦", "王志强"],
      caps=["图为书松村互助幸福院的老人们在一起用餐。"],
      tags=["byline_top", "dot_name", "name_verb", "captions", "gb18030", "crlf"]),
    A(title="德钦县召开社会组织党建工作联席会",
      body=["10月26日，德钦县委社会工作部召开社会组织党建工作联席会议，县民政局、县市场监管局等成员单位参加。会议要求落实“两个覆盖”任务，年底前实现规上社会组织党的组织全覆盖。"],
      attr="（德钦县融媒体中心 肖云飞）", attr_end="（德钦县融媒体中心 肖云飞）", src=DQ,
      prov="云南", ag="德钦县委社会工作部", date="2023-10-26", people=["肖云飞"], sl=["两个覆盖"], tags=["gb18030", "crlf"]),
], head=["德钦融媒 第12期 2023年10月30日"], width=13)

page(DQ, "2024-07-08", "03.txt", "text", "county", "utf-8", False, ["briefs", "no_blank_lines", "dot_name"], [
    "◆民政快讯◆",
    A(marker="◆ ", title="霞若傈僳族乡开展防汛救灾演练",
      body=["7月3日下午，霞若傈僳族乡组织民政、应急等部门开展防汛救灾应急演练，转移安置群众60余人。"],
      src=None, prov="云南", ag="霞若傈僳族乡", date="2024-07-03", tags=["briefs", "half_day_date", "no_blank_lines"]),
    A(marker="◆ ", body=["7月5日，县民政局党支部书记次仁·卓玛带领党员赴拖顶傈僳族乡开展“我为群众办实事”活动，为5户困难群众解决用水难题。"],
      src=None, prov="云南", ag="德钦县民政局", date="2024-07-05", people=["次仁·卓玛"],
      tags=["briefs", "title_none", "dot_name", "no_blank_lines"]),
    A(marker="◆ ", title="佛山乡召开“第一议题”学习会",
      body=["近日，佛山乡党委召开理论学习中心组会议，落实“第一议题”制度，专题学习总体国家安全观。乡党委副书记阿旺·扎巴指出，要守好边境民族地区安全稳定底线。"],
      src=None, prov="云南", ag="佛山乡党委", date="2024-07-08", people=["阿旺·扎巴"],
      tags=["briefs", "relative_date", "dot_name", "name_verb", "no_blank_lines"]),
], head=["德钦融媒 2024年7月8日"], width=12, noblank=True)

page(DQ, "2025-01-13", "04.txt", "text", "county", "gb18030", False, ["gb18030", "year_boundary"], [
    A(tlines=["德钦县民政局组织开展", "岁末年初困难群众走访慰问"],
      body=["12月30日，德钦县民政局党组书记、局长白玛·次仁带队，赴云岭乡、羊拉乡走访慰问困难群众和特困供养人员，送去米、油、棉被等物资。",
            "据了解，岁末年初全县共发放临时救助资金86万元，惠及困难群众1100余人次。"],
      attr="（德钦县民政局）", attr_end="（德钦县民政局）", src="德钦县民政局", prov="云南", ag="德钦县民政局",
      date="2024-12-30", people=["白玛·次仁"], tags=["multi_line_title", "year_boundary", "dot_name", "gb18030"]),
    A(title="拖顶乡社会工作站挂牌运行",
      body=["1月8日，拖顶傈僳族乡社会工作站正式挂牌运行。驻站社工余海燕介绍，工作站将重点为留守儿童和独居老人提供服务。"],
      src=None, prov="云南", ag="拖顶乡", date="2025-01-08", people=["余海燕"], tags=[]),
], head=["德钦融媒 2025年1月13日 星期一"], width=15)

# ---------------------------------------------------------------- 4. 亚东融媒 (西藏 日喀则, OCR)
YD = "亚东融媒"
page(YD, "2023-06-12", "01.txt", "ocr", "county", "utf-8", False, ["ocr", "stray_spaces"], [
    A(tlines=["亚东县民政局召开笫二季度", "党建工作推进会"], title_blank=True,
      body=["6月8日上午，亚东县民政局召开笫二季度党建工作推进会，局党组书记洛桑·顿珠主持会议。",
            "会议传达学习了自治区民政厅关于加强机关党建的工作要求，通报了上半年“三会一课”落实情况。洛桑·顿珠强调，要持续深化模范机关建设，推动党建和业务深度融合。"],
      attr="（通讯员 次旦·白 珍）", attr_end="（通讯员 次旦·白 珍）", src=None, prov="西藏", ag="亚东县民政局",
      date="2023-06-08", people=["洛桑·顿珠", "次旦·白珍"],
      tags=["ocr", "multi_line_title", "half_day_date", "dot_name", "name_verb", "stray_spaces"]),
    A(title="下司马镇开展社会救助政策宣传",
      body=["6月1O日，下司马镇在镇政府广场开展社会救助政策宣传活动，发放藏汉双语宣传册5OO余份。"],
      src=None, prov="西藏", ag="下司马镇", date="2023-06-10", tags=["ocr"]),
], head=["亚东融媒 2023年明12日 笫 3 版"], foot=["- 3 -"], width=13, stray=True)

page(YD, "2024-01-15", "02.txt", "ocr", "county", "utf-8", False, ["ocr", "year_boundary"], [
    A(title="亚东县开展“两节”期间困难群众走访慰问",
      body=["l2月26日至28日，亚东县民政局分三组深入帕里镇、康布乡等地走访慰问困难群众l20户，送去慰问金和酥油、茶叶等物资。",
            "县民政局局长尼玛·次仁说，要把党的温暖送到每一位困难群众心坎上。"],
      attr="（亚东县融媒体中心记者 拉巴·卓嘎）", attr_end="（亚东县融媒体中心记者 拉巴·卓嘎）",
      src=YD, prov="西藏", ag="亚东县民政局", date="2023-12-26",
      people=["尼玛·次仁", "拉巴·卓嘎"], tags=["ocr", "year_boundary", "dot_name", "name_verb"]),
    A(body=["日前，帕里镇党委组织全镇党员干部学习党的二十大精神，并围绕边境小康村建设开展讨论。"],
      attr="", src=None, prov="西藏", ag="帕里镇党委", date="2024-01-15", tags=["ocr", "title_none", "relative_date"]),
], head=["亚东融媒 2024年]月15日"], foot=["笫2版 责编：平措"], width=14)

page(YD, "2024-08-19", "03.txt", "ocr", "county", "utf-8", False, ["ocr", "honour_list", "stray_spaces"], [
    A(title="亚东县2O24年度“优秀党务工作者”名单",
      body=["县民政局：", "格桑·旺 姆、达瓦·次仁", "下亚东乡：", "普布·卓玛、边巴·扎西", "吉汝乡：", "索朗·曲 珍"],
      attr="（中共亚东县委组织部）", attr_end="（中共亚东县委组织部）", src="中共亚东县委组织部", prov="西藏",
      ag="中共亚东县委组织部", date="2024-08-19",
      people=["格桑·旺姆", "达瓦·次仁", "普布·卓玛", "边巴·扎西", "索朗·曲珍"],
      tags=["ocr", "honour_list", "dot_name", "stray_spaces"]),
    A(title="上亚东乡社区服务中心投用",
      body=["8月中旬，上亚东乡社区综合服务中心正式投入使用，设有日间照料室、党员活动室等功能区。"],
      src=None, prov="西藏", ag="上亚东乡", date="2024-08-11", tags=["ocr", "period_date"]),
], head=["亚 东 融 媒 2O24 年 8 月 l9 日"], width=12, stray=True)

page(YD, "2025-04-14", "04.txt", "ocr", "county", "utf-8", False, ["ocr", "editor_note"], [
    "编者按：为深入推进党建引领基层治理，本台推出“边境党建”专栏，今日刊发笫一篇。",
    A(kicker="边境党建", title="康布乡：“红色驿站”守护边民幸福路",
      body=["本台讯（记者 旦增·罗布）4月1O日，康布乡“红色驿站”党群服务点迎来第]00位办事群众。",
            "驿站由乡党委联合驻地单位共同建设，为过往群众提供政策咨询、代办服务。乡党委书记刘建华说，驿站要成为边民身边的“连心桥”。"],
      attr="本台讯（记者 旦增·罗布）", src=YD, prov="西藏", ag="康布乡党委", date="2025-04-10",
      people=["旦增·罗布", "刘建华"], tags=["ocr", "kicker", "dateline", "dot_name", "name_verb"]),
    A(title="亚东县召开社会组织年检工作会",
      body=["4月8日，亚东县民政局召开社会组织年度检查工作会，全县l5家社会组织负责人参会，会议通报了2O24年度年检情况。"],
      src=None, prov="西藏", ag="亚东县民政局", date="2025-04-08", tags=["ocr"]),
], head=["亚东融媒 2025.O4.14"], foot=["笫 4 版"], width=14)

# ---------------------------------------------------------------- 5. 民政党建导报 (national)
MZ = "民政党建导报"
page(MZ, "2023-09-05", "01.txt", "text", "national", "utf-8", False, ["byline_top", "national_body", "column_label"], [
    A(title="把主题教育成果转化为民政为民实效", byline="本报评论员",
      body=["当前，第二批主题教育即将在全国基层展开。民政工作直接面向群众，更要在以学促干上下功夫。",
            "各级民政部门要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把学习成果体现在兜底保障和基本民生服务上。"],
      attr="本报评论员", src=MZ, prov=None, ag=None, date="2023-09-05", tags=["byline_top"]),
    A(title="民政部召开直属机关党的建设工作会议",
      body=["本报北京9月1日电（记者 孙明远）民政部9月1日召开直属机关党的建设工作会议，总结上半年直属机关党建工作，部署下一阶段任务。",
            "会议强调，要以政治建设为统领，深入推进模范机关建设，坚决纠治“四风”，推动民政事业高质量发展。"],
      attr="本报北京9月1日电（记者 孙明远）", src=MZ, prov=None, ag="民政部", date="2023-09-01",
      people=["孙明远"], tags=["dateline", "national_body"]),
    A(title="拉萨市城关区开展社区党组织书记培训",
      body=["本报拉萨9月3日电（记者 次仁·央金）8月28日至31日，拉萨市城关区民政局举办社区党组织书记能力提升培训班，全区42名社区党组织书记参训。"],
      attr="本报拉萨9月3日电（记者 次仁·央金）", src=MZ, prov="西藏", ag="城关区民政局", date="2023-08-28",
      people=["次仁·央金"], tags=["dateline", "dot_name", "province_context"]),
], head=["民政党建导报", "2023年9月5日 星期二 第1版 要闻"], width=18)
PAGES[-1]["items"][1]["tags"].append("national_body")

page(MZ, "2024-03-19", "03.txt", "text", "national", "utf-8-sig", False, ["utf8_bom", "editor_note", "continued"], [
    "编者按：乡镇（街道）社会工作站是打通为民服务“最后一米”的重要平台。本版聚焦西南地区的探索，以飨读者。",
    A(kicker="贵州毕节", title="社工站里的“民生温度”",
      body=["本报记者 龙安顺",
            "3月上旬，记者走进毕节市七星关区碧阳街道社会工作站，看到社工正在为困境儿童开展课业辅导。",
            "七星关区民政局负责人介绍，全区已建成乡镇（街道）社工站50个，聘用专职社工180名，构建起“党建引领、社工主导、志愿参与”的服务格局。"],
      attr="本报记者 龙安顺", src=MZ, prov="贵州", ag="七星关区民政局", date="2024-03-01",
      people=["龙安顺"], tags=["kicker", "period_date", "continued", "province_context"], lower="（下转第4版）"),
    A(title="云南大理社会组织党建“三张清单”管理见成效",
      body=["新华社昆明3月15日电 记者从大理白族自治州民政局获悉，大理州推行社会组织党建责任、任务、问题“三张清单”管理，去年以来推动320余家社会组织建立党的组织。"],
      attr="新华社昆明3月15日电", src="新华社", prov="云南", ag="大理白族自治州民政局", date="2024-03-15",
      sl=["三张清单"], tags=["dateline"]),
], head=["2024年3月19日  星期二", "第3版  基层·社会工作  民政党建导报"], width=16)
# the byline here is printed as its own first body line in data: move it out of body
_a = PAGES[-1]["items"][1]
_a["body"] = _a["body"][1:]
_a["byline"] = "本报记者 龙安顺"
_a["tags"].append("byline_top")

page(MZ, "2024-03-19", "04.txt", "text", "national", "utf-8", False, ["continued", "related_link"], [
    A(body=["据悉，毕节市将在今年年底前实现社工站服务对象信息全市联网，推动社会工作服务提质增效。"],
      attr="", src=MZ, prov="贵州", ag="七星关区民政局", date="2024-03-01",
      people=[], tags=["continued", "title_none"], upper="（上接第3版）"),
    A(title="中央社会工作部部署加强新兴领域党建工作",
      body=["本报讯 近日，中央社会工作部召开新兴领域党建工作座谈会，就加强快递物流、网约车等新业态党建作出部署。"],
      attr="本报讯", src=MZ, prov=None, ag="中央社会工作部", date="2024-03-19", tags=["national_body", "relative_date", "dateline"]),
    "相关链接",
    A(title="乡镇（街道）社会工作站",
      body=["乡镇（街道）社会工作站是民政部门推动社会工作服务向基层延伸的平台，一般依托乡镇（街道）综合服务设施建设。"],
      src=None, prov=None, ag=None, date="2024-03-19", tags=["related_link"]),
], head=["民政党建导报 第4版 2024年3月19日"], width=16)

page(MZ, "2024-11-26", "05.txt", "text", "national", "gb18030", True, ["gb18030", "crlf", "subheadings", "no_blank_lines"], [
    A(tlines=["四川阿坝州：党建引领", "高原民政服务提质增效"],
      body=["本报成都11月22日电（记者 泽让·多吉 通讯员 王雪莲）",
            "搭建平台",
            "11月20日，阿坝藏族羌族自治州民政局在马尔康市召开全州社会救助工作推进会。今年以来，阿坝州依托党群服务中心设立社会救助服务窗口221个。",
            "培育队伍",
            "州民政局党组书记杨卓玛说，全州已培养双语社工和救助协理员600余名，实现乡镇全覆盖。"],
      attr="本报成都11月22日电（记者 泽让·多吉 通讯员 王雪莲）", src=MZ, prov="四川",
      ag="阿坝藏族羌族自治州民政局", date="2024-11-20", people=["泽让·多吉", "王雪莲", "杨卓玛"],
      tags=["multi_line_title", "dateline", "subheadings", "dot_name", "name_verb", "no_blank_lines"]),
    A(title="重庆市民政局深入学习二十届三中全会精神",
      body=["11月18日，重庆市民政局党组理论学习中心组举行集体学习，专题学习二十届三中全会精神，研讨深化民政领域改革举措。"],
      attr="（据重庆市民政局）", attr_end="（据重庆市民政局）", src="重庆市民政局", prov="重庆", ag="重庆市民政局",
      date="2024-11-18", tags=["no_blank_lines"]),
], head=["民政党建导报  2024年11月26日  第5版"], width=17, noblank=True)

# ---------------------------------------------------------------- 6. 黔西南民政网 (贵州 portal)
QX = "黔西南民政网"


def W(infoline, **kw):
    a = A(**kw)
    a["infoline"] = infoline
    return a


page(QX, "2023-08-16", "art_0816.html", "html", "provincial", "utf-8", False, ["html", "captions"], [
    W("来源：兴义市民政局 作者：韦兰芳", title="兴义市开展“党建+社会救助”示范点创建",
      body=["8月14日，兴义市民政局在桔山街道召开“党建+社会救助”示范点创建推进会，布依族、苗族群众代表参加。",
            "兴义市民政局党组书记罗应明表示，要以“党建+”撬动基层社会救助服务，确保困难群众应保尽保。"],
      attr="来源：兴义市民政局 作者：韦兰芳", src="兴义市民政局", prov="贵州", ag="兴义市民政局", date="2023-08-14",
      people=["韦兰芳", "罗应明"], caps=["推进会现场（王成 摄）"], tags=["html", "captions"]),
], htitle="兴义市开展“党建+社会救助”示范点创建-黔西南民政网", crumb="工作动态",
    related=["州民政局召开党组会议", "安龙县社会组织年检工作启动"])
PAGES[-1]["items"][0]["people"].append("王成")
PAGES[-1]["ptags"].append("related_link")

page(QX, "2024-02-02", "art_0202.html", "html", "provincial", "gb18030", False, ["html", "gb18030"], [
    W("来源：黔西南州民政局机关党委 作者：陆春燕", kicker="凝心聚力开新局", title="州民政局召开2023年度基层党组织书记述职评议会",
      sub="——以高质量党建推动民政事业高质量发展",
      body=["1月30日，黔西南州民政局召开2023年度基层党组织书记抓党建工作述职评议会，局属各党支部书记逐一述职。",
            "会议指出，2023年全局扎实开展主题教育，推进清廉机关建设，各支部“三会一课”质量明显提升。",
            "会议要求，2024年要以模范机关建设为抓手，坚持“第一议题”制度，持续推进全面从严治党向纵深发展。"],
      attr="来源：黔西南州民政局机关党委 作者：陆春燕", src="黔西南州民政局机关党委", prov="贵州", ag="黔西南州民政局",
      date="2024-01-30", people=["陆春燕"], tags=["html", "gb18030", "kicker", "subtitle"]),
], htitle="州民政局召开2023年度基层党组织书记述职评议会", crumb="党建工作")

page(QX, "2024-10-21", "list_dj.html", "html", "provincial", "utf-8", False, ["html", "briefs"], [
    dict(A(title="望谟县民政局开展“三级联动”结对共建", body=["10月17日，望谟县民政局与蔗香镇党委、蔗香村党支部开展“三级联动”结对共建，签订共建协议。"],
           src=QX, prov="贵州", ag="望谟县民政局", date="2024-10-17", tags=["html", "briefs"]), stamp="2024-10-18"),
    dict(A(title="册亨县社会组织党委举办业务培训", body=["近日，册亨县社会组织党委举办社会组织党务工作者培训班，40余人参训。"],
           src=QX, prov="贵州", ag="册亨县社会组织党委", date="2024-10-15", tags=["html", "briefs", "relative_date"]), stamp="2024-10-15"),
    dict(A(title="贞丰县召开养老机构安全生产党建联建会议", body=["10月上旬，贞丰县民政局召开养老机构安全生产党建联建会议，部署冬季安全隐患排查。"],
           src=QX, prov="贵州", ag="贞丰县民政局", date="2024-10-01", tags=["html", "briefs", "period_date"]), stamp="2024-10-12"),
], htitle="党建工作-黔西南民政网", crumb="党建工作", list=True)
for a in PAGES[-1]["items"]:
    a["attr"] = ""

page(QX, "2025-06-10", "art_0610.html", "html", "provincial", "utf-8", False, ["html"], [
    W("来源：普安县民政局", title="普安县民政局：“两个覆盖”助力社会组织健康发展",
      body=["6月上旬，普安县民政局联合县委社会工作部开展社会组织党建“两个覆盖”专项排查，对全县67家社会组织逐一摸底。",
            "县民政局党组书记杨再勇说，将以党建引领社会组织服务乡村振兴。"],
      attr="来源：普安县民政局", src="普安县民政局", prov="贵州", ag="普安县民政局", date="2025-06-01",
      people=["杨再勇"], sl=["两个覆盖"], tags=["html", "period_date", "name_verb"]),
], htitle="普安县民政局：“两个覆盖”助力社会组织健康发展", crumb="区县动态")
PAGES[-1]["items"][0]["infoline"] = "来源：普安县民政局 作者："

# ---------------------------------------------------------------- 7. 红河州民政机关党建工作简报 (云南 docx)
HH = "红河州民政机关党建工作简报"
HHO = "红河州民政局"


def hhhead(no, d, toc):
    return ["红河州民政机关党建工作简报", "第%d期" % no, "红河州民政局机关党委编    %s" % d, "目  录"] + toc


page(HH, "2023-04-20", "jb04.docx", "docx", "bulletin", "docx", False,
     ["docx", "bulletin_masthead", "contents_list", "distribution_lines"], [
    A(title="州民政局党组开展主题教育专题学习",
      body=["4月18日，州民政局党组理论学习中心组开展主题教育专题学习，围绕习近平新时代中国特色社会主义思想进行交流研讨。",
            "局党组书记、局长普成林指出，要以学铸魂、以学增智、以学正风、以学促干，推动主题教育走深走实。"],
      attr="（办公室）", attr_end="（办公室）", src="红河州民政局办公室", prov="云南", ag="红河州民政局",
      date="2023-04-18", people=["普成林"], tags=["docx", "name_verb"]),
    A(title="元阳县民政局组织党员赴哈尼梯田开展主题党日",
      body=["4月上旬，元阳县民政局党支部组织党员到新街镇开展主题党日活动，为哈尼族困难群众讲解救助政策。"],
      attr="（元阳县民政局 李阿普）", attr_end="（元阳县民政局 李阿普）", src="元阳县民政局", prov="云南", ag="元阳县民政局",
      date="2023-04-01", people=["李阿普"], tags=["docx", "period_date"]),
], head=hhhead(4, "2023年4月20日", ["州民政局党组开展主题教育专题学习", "元阳县民政局组织党员赴哈尼梯田开展主题党日"]),
    foot=["报：州委组织部，州直机关工委", "送：省民政厅机关党委", "发：局属各党支部（共印20份）"])

page(HH, "2023-12-29", "jb12.docx", "docx", "bulletin", "docx", False,
     ["docx", "bulletin_masthead", "contents_list", "distribution_lines"], [
    A(title="州民政局召开2023年度机关党建工作总结会",
      body=["12月27日，州民政局召开2023年度机关党建工作总结会，总结全年工作，部署2024年任务。",
            "会议总结了一年来的主要工作：一是理论武装持续深化，二是“三会一课”制度有效落实，三是模范机关创建取得阶段性成效。"],
      attr="（机关党委）", attr_end="（机关党委）", src="红河州民政局机关党委", prov="云南", ag="红河州民政局",
      date="2023-12-27", tags=["docx", "enumeration"]),
    A(title="金平县民政局开展廉政警示教育",
      body=["12月20日，金平苗族瑶族傣族自治县民政局组织党员干部观看警示教育片，并开展中央八项规定精神专题学习。"],
      attr="（金平县民政局）", attr_end="（金平县民政局）", src="金平县民政局", prov="云南",
      ag="金平县民政局", date="2023-12-20", tags=["docx"]),
    A(title="屏边县社会组织党建工作获评先进",
      body=["近日，屏边苗族自治县社会组织综合党委被评为全州社会组织党建工作先进集体。"],
      attr="（屏边县民政局 陶美芝）", attr_end="（屏边县民政局 陶美芝）", src="屏边县民政局", prov="云南",
      ag="屏边苗族自治县社会组织综合党委", date="2023-12-29", people=["陶美芝"], tags=["docx", "relative_date"]),
], head=hhhead(12, "2023年12月29日", ["州民政局召开2023年度机关党建工作总结会", "金平县民政局开展廉政警示教育", "屏边县社会组织党建工作获评先进"]),
    foot=["报：州委组织部、州直机关工委", "发：局机关各科室、局属各单位"])

page(HH, "2024-07-05", "jb07.docx", "docx", "bulletin", "docx", False,
     ["docx", "bulletin_masthead", "distribution_lines", "honour_list"], [
    A(title="州民政局表彰“两优一先”",
      body=["7月1日，州民政局召开庆祝中国共产党成立103周年暨“两优一先”表彰大会。",
            "优秀共产党员：",
            "白永华、李  梅、马  俊、杨春丽",
            "优秀党务工作者：",
            "普丽娟、陈  刚",
            "先进基层党组织：",
            "局机关第二党支部、州社会福利院党支部"],
      attr="（机关党委）", attr_end="（机关党委）", src="红河州民政局机关党委", prov="云南", ag="红河州民政局",
      date="2024-07-01", people=["白永华", "李梅", "马俊", "杨春丽", "普丽娟", "陈刚"], tags=["docx", "honour_list"]),
], head=["红河州民政机关党建工作简报", "第7期", "红河州民政局机关党委编    2024年7月5日"],
    foot=["报：州直机关工委", "发：局属各党支部"])

page(HH, "2025-02-14", "jb02.docx", "docx", "bulletin", "docx", False,
     ["docx", "bulletin_masthead", "contents_list", "distribution_lines", "year_boundary"], [
    A(title="蒙自市民政局召开专题民主生活会",
      body=["1月24日，蒙自市民政局党组召开2024年度专题民主生活会，州民政局派员到会指导。会上，班子成员深刻剖析，开展批评和自我批评。"],
      attr="（蒙自市民政局）", attr_end="（蒙自市民政局）", src="蒙自市民政局", prov="云南", ag="蒙自市民政局",
      date="2025-01-24", tags=["docx"]),
    A(title="河口县民政局开展边境地区困难群众慰问",
      body=["12月下旬，河口瑶族自治县民政局走访慰问边境村困难群众85户，送去慰问金和年货。"],
      attr="（办公室）", attr_end="（办公室）", src="红河州民政局办公室", prov="云南", ag="河口县民政局",
      date="2024-12-21", tags=["docx", "period_date", "year_boundary"]),
], head=hhhead(2, "2025年2月14日", ["蒙自市民政局召开专题民主生活会", "河口县民政局开展边境地区困难群众慰问"]),
    foot=["报：州委组织部", "送：州委社会工作部", "发：局属各党支部、各县市民政局"])


def slogans(a):
    txt = nows((a["title"] or "") + "".join(a["body"]))
    out = [c for c in CANON if c in txt]
    for s in a["sl"]:
        if s not in out:
            out.append(s)
    return out


def main():
    truth = {}
    for p in PAGES:
        fp = os.path.join(HERE, p["path"])
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        arts = [x for x in p["items"] if isinstance(x, dict)]
        if p["kind"] in ("text", "ocr", "magazine"):
            txt = render_txt(p)
            if p["crlf"]:
                txt = txt.replace("\n", "\r\n")
            with open(fp, "wb") as f:
                f.write(txt.encode(p["encoding"]))
        elif p["kind"] == "html":
            with open(fp, "wb") as f:
                f.write(render_html(p).encode(p["encoding"]))
        else:
            render_docx(p, fp)
        kind = "text" if p["kind"] == "magazine" else p["kind"]
        arts_out = []
        tags = set(p["ptags"])
        for a in arts:
            tags.update(a["tags"])
            arts_out.append(dict(title=a["title"], body=a["body"], attribution=a["attr"], source=a["source"],
                                 province=a["province"], agency=a["agency"], date=a["date"], people=a["people"],
                                 slogans=slogans(a), captions=a["captions"], phenomena=sorted(set(a["tags"]))))
        if p["kind"] == "html" and p["encoding"] == "gb18030":
            enc = "gb18030"
        elif p["kind"] == "html":
            enc = "html"
        else:
            enc = p["encoding"]
        truth[p["path"]] = dict(encoding=enc, crlf=p["crlf"], kind=kind, publication_kind=p["pkind"],
                                phenomena=sorted(tags), articles=arts_out)
    with open(os.path.join(HERE, "truth-%s.json" % SET), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(truth), "pages", sum(len(v["articles"]) for v in truth.values()), "articles")


if __name__ == "__main__":
    main()
