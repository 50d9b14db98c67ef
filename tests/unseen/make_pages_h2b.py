"""Truth pages (held back as batch h2, now development), set h2b (广西, 云南, 贵州, 海南 and one national paper).

Seven invented publications, four pages each (28 pages), written by an author who never read
the parser:

1. 乌蒙社会报 (national, text layers, page 5 "民生·党建" feature page). Running head with the
   paper's name, date and weekday but no year; column label; editor's note; multi-line titles
   with kicker and —— subtitle; bylines at the top (本报记者 A B, 本报评论员, an author's name
   alone under the title with a closing （作者系…） note); datelines 本报北京…电（记者 …）;
   short subheads; an interview (记者：/name：); a pull quote repeated between paragraphs;
   （上接第1版） fragment; 责任编辑/版式 footer. Columns 16–21 characters. One page CRLF.
2. 融水融媒 (county media centre, text layers, "党建快讯" brief page). Items opened by ◆, ● or
   【…】, no attribution at all, some with a headline on the marker line, some opening straight
   into their first sentence (title null); pages with and without blank lines; one page GB18030
   with CRLF. Footer "融水苗族自治县融媒体中心编印" and an item counter line.
3. 勐海融媒网 (county media centre e-paper, HTML). One HTML page per printed page, holding every
   article of it, with 版面导航, a 本版标题 list (furniture: it repeats the titles), 引题/副题 in
   their own elements, 本报讯（通讯员 …） leads, photo notes. One page GB18030 (declared in meta).
4. 彩云民政周刊 (Yunnan provincial civil-affairs weekly, text layers, UTF-8 with BOM). Columns
   of 13–15 characters; Yi / Tibetan / Naxi names with · broken before or after the dot; 省民政厅
   of the paper = 云南省民政厅; an honour list; （下转第4版） / （上接第3版）; one page
   double-spaced and CRLF; a name followed at once by 说/表示.
5. 黔灵社会组织党建简报 (Word bulletin of 贵州省社会组织综合党委, .docx). Masthead (name, 第N期,
   office, date), 目  录 with its entries, articles with bold title paragraphs, 一是…二是…
   enumerations and （一） subheads, closing （…供稿）, distribution lines 报：/送：/发： and
   （共印N份）.
6. 琼崖党建 (Hainan magazine, OCR text). Running head with misread digits (O for 0, ] for 1),
   a section label, 文/某某 or 本刊记者 bylines, titles printed after the article on some pages,
   a blank line inside two-line titles, enumerations 一是…二是…, （作者单位：…） notes, an OCR
   footer line "QIONGYA DANGJIAN" on every page.
7. 邕江民政网 (Guangxi provincial portal, HTML). Breadcrumbs, h1 title, info line 来源/作者/
   发布时间/浏览次数/【字体：大 中 小】, 相关链接 list (furniture), 打印/关闭; one page with an
   empty 作者：, one page GB18030 with CRLF, one page with a 延伸阅读 box of its own text
   (an article of its own).

Conventions decided beyond docs/truth_conventions.md (kept across the whole set):
- Bodies keep spaces as printed inside a line (stray spaces and padding inside names);
  words broken across lines are joined with nothing.
- A dateline or 本报讯（…） that opens the lead is the attribution and is NOT repeated in the
  first body paragraph (the body starts after the closing parenthesis).
- A top byline is the attribution and is in no body paragraph; an author's name under the title
  is joined with the closing （作者系…） note as "name（作者系…）".
- A web page's attribution is its 来源/作者 part as printed with the parts joined by one space;
  an empty 作者： is left out.
- A brief item on a county page with a 【…】 marker has the text inside the brackets as its title.
- A county paper's 县民政局 is given as the agency with the county's full name
  (融水苗族自治县民政局), as 省民政厅 is for a provincial paper.
- The title list and the 版面导航 of an e-paper page are furniture (they repeat titles).
- A magazine article's date is bounded by the issue date (first day of the month).
- An interview's date is the issue date; its interviewee is a person.

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 1 (a town's committee only
when printed, else the town as printed, agency) 5; kind 3 (an uncredited report of the paper or site
→ the paper, source) 27 — 32 values, listed in _TRUTH10 and applied as the truth is written; no page
changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 1 (slogans of the list, and quoted N个/N项/N张 formulations, in title or body) 4 — 4 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
"""
import datetime as _dt
import html as _html
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "h2b"
TRUTH = {}
RNG = random.Random(20250602)
WEEK = "一二三四五六日"


def clean(s):
    return s.replace("|", "") if s is not None else None


def art(title, body, attr="", source=None, prov=None, agency=None, date=None, people=(),
        slogans=(), captions=(), tags=()):
    return {
        "_title": title, "_body": list(body), "_attr": attr, "_caps": list(captions),
        "title": clean(title), "body": [clean(p) for p in body], "attribution": clean(attr),
        "source": source, "province": prov, "agency": agency, "date": date,
        "people": list(people), "slogans": list(slogans), "captions": [clean(c) for c in captions],
        "phenomena": list(tags),
    }


def wrap(par, wmin, wmax, indent=""):
    """Cut a paragraph into column lines; '|' forces a break there."""
    lines, cur = [], indent
    w = RNG.randint(wmin, wmax)
    for ch in par:
        if ch == "|":
            if cur.strip() == "":
                continue
            lines.append(cur)
            cur, w = "", RNG.randint(wmin, wmax)
            continue
        cur += ch
        if len(cur) >= w:
            lines.append(cur)
            cur, w = "", RNG.randint(wmin, wmax)
    if cur:
        lines.append(cur)
    return lines


def wrap_all(pars, wmin, wmax, indent=""):
    out = []
    for p in pars:
        out.extend(wrap(p, wmin, wmax, indent))
    return out


def title_lines(t):
    return t.split("|")


def weekday(d):
    return "星期" + WEEK[_dt.date.fromisoformat(d).weekday()]


def md(d, fw=False):
    x = _dt.date.fromisoformat(d)
    return f"{x.month}月{x.day}日"


def save(pub, date, page, ext, content, *, encoding="utf-8", crlf=False, kind="text",
         pkind="provincial", tags=(), arts=()):
    rel = f"{pub}/{date}/{page}.{ext}"
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    ptags = set(tags)
    if kind == "docx":
        content.save(str(path))
        enc = "docx"
        ptags.add("docx")
    else:
        if crlf:
            content = content.replace("\r\n", "\n").replace("\n", "\r\n")
            ptags.add("crlf")
        path.write_bytes(content.encode(encoding))
        enc = encoding
        if encoding == "utf-8-sig":
            ptags.add("utf8_bom")
        if encoding == "gb18030":
            ptags.add("gb18030")
        if kind in ("html", "ocr"):
            ptags.add(kind)
    out = []
    for a in arts:
        ptags.update(a["phenomena"])
        out.append({k: v for k, v in a.items() if not k.startswith("_")})
    TRUTH[rel] = {
        "encoding": enc, "crlf": bool(crlf), "kind": kind, "publication_kind": pkind,
        "phenomena": sorted(ptags), "articles": out,
    }


def esc(s):
    return _html.escape(clean(s), quote=False)


# ---------------------------------------------------------------- 1. national paper
P1 = "乌蒙社会报"


def p1_head(d, page="5"):
    return [P1, f"{md(d)}  {weekday(d)}", f"第{page}版", "民生·党建"]


def p1_text(arts_lines, d, editor, foot, page="5", head_first=True):
    lines = p1_head(d, page) + [""] if head_first else []
    lines += arts_lines
    lines += ["", foot]
    if not head_first:
        lines += [""] + p1_head(d, page)
    return "\n".join(lines) + "\n"


def p1_pages():
    # ---- page 1
    d = "2023-06-20"
    a1 = art("凝聚起服务民生的红色力量|——民政部机关推进模范机关建设一线观察",
             ["今年以来，民政部机关各级党组织紧扣“学思想、强党性、重实践、建新功”总要求，把主题教育同业务工作贯通起来，推动模范机关建设往深里走、往实里走。",
              "把“第一议题”落到支部",
              "在部机关一个司局的党支部，每周一上午的“第一议题”学习已坚持多年。支部书记贺启明告诉记者，学习不搞照本宣科，而是把文件精神和窗口服务中遇到的难题放在一起讨论，“学一次，就要解决一两个具体问题”。",
              "让调研成果变成办事清单",
              "记者了解到，部机关各司局今年已形成调研报告40余篇，梳理群众急难愁盼问题126个，已办结 98个，其余问题均明确了责任处室和完成时限。"],
             "本报记者 龙海燕 杨 帆", P1, None, "民政部", d, ["龙海燕", "杨帆", "贺启明"],
             ["学思想、强党性、重实践、建新功", "主题教育", "模范机关", "第一议题"], [],
             ["byline_top", "subheadings", "subtitle", "multi_line_title", "national_body", "relative_date", "stray_spaces"])
    a2 = art("民政部机关党委召开|基层党组织书记述职评议会",
             ["6月15日下午，民政部机关党委召开2023年上半年基层党组织书记述职评议会，12名支部书记现场述职，其余支部书记书面述职。",
              "会议要求，各支部要对照“三会一课”制度逐项查摆问题，把述职中点出的短板列入整改台账，年底前逐条销号。"],
             "本报北京6月16日电（记者 蒙 悦）", P1, None, "民政部", "2023-06-15", ["蒙悦"],
             ["三会一课"], ["图为述职评议会现场。（本报记者 蒙悦 摄）"],
             ["dateline", "half_day_date", "national_body", "multi_line_title", "captions"])
    a3 = art("以好作风守护好民生",
             ["民政工作直接面对群众，作风好不好，群众最有发言权。",
              "持续纠治“四风”，就要把功夫下在平时，下在一张表格、一次回访、一句答复上，让群众在每一件小事中感受到变化。"],
             "本报评论员", P1, None, None, d, [], ["四风"], [], ["byline_top"])
    L = ["编者按：今年以来，民政系统各级党组织把学习成效转化为服务民生的实际行动。本版今起推出系列报道，敬请关注。", ""]
    L += title_lines(a1["_title"]) + ["本报记者 龙海燕 杨 帆", ""]
    b = a1["_body"]
    L += wrap(b[0], 17, 20) + [b[1]] + wrap(b[2], 17, 20)
    L += ["", "“学一次，就要解决一两个具体问题”", ""]
    L += [b[3]] + wrap(b[4], 17, 20) + [""]
    L += title_lines(a2["_title"]) + [""]
    L += wrap(a2["_attr"] + a2["_body"][0], 16, 19) + wrap(a2["_body"][1], 16, 19)
    L += [a2["_caps"][0], ""]
    L += ["评论", a3["_title"], "本报评论员", ""] + wrap_all(a3["_body"], 16, 19)
    save(P1, d, "05", "txt", p1_text(L, d, True, "责任编辑：石 岚  版式：黎 明"), pkind="national",
         tags=["column_label", "editor_note", "pull_quote"], arts=[a1, a2, a3])

    # ---- page 2
    d = "2023-11-14"
    a1 = art("民政干部谈主题教育|办好群众身边的“小事”|——访贵州省民政厅党组书记、厅长罗正清",
             ["记者：第二批主题教育开展以来，厅党组在以学促干方面有哪些具体安排？",
              "罗正清：我们把调研清单和民生实事清单合并成一张表，厅领导每人领办一件，县里最难办的事由厅里牵头协调。",
              "记者：基层反映最多的是什么？",
              "罗正清：主要是农村养老服务“最后一公里”的问题。我们在黔东南、毕节先行试点互助养老点，今年新建 300个，明年要覆盖更多乡镇。"],
             "本报记者 田 野", P1, "贵州", "贵州省民政厅", d, ["罗正清", "田野"],
             ["主题教育", "以学促干"], [],
             ["interview", "kicker", "subtitle", "multi_line_title", "byline_top", "relative_date", "stray_spaces"])
    a2 = art("广西民政厅开展“清廉机关”建设回头看",
             ["11月上旬，广西壮族自治区民政厅组织6个检查组，对厅机关各处室和直属单位清廉机关建设情况开展回头看。",
              "厅机关党委专职副书记黄丽娟说，这次检查重点看制度执行和廉政风险点防控，查出的问题将在月底前通报。"],
             "本报南宁11月10日电（记者 韦 晴）", P1, "广西", "广西壮族自治区民政厅", "2023-11-01",
             ["黄丽娟", "韦晴"], ["清廉机关"], [], ["dateline", "period_date", "name_verb"])
    a3 = art("云南：“银龄”党员进社区",
             ["近日，昆明市五华区民政局组织辖区40余名退休老党员组成“银龄”宣讲队，走进12个社区宣讲养老服务政策。",
              "宣讲队队长杨秀芝表示，老党员讲政策用的是街坊邻里听得懂的话。"],
             "本报讯（通讯员 李 准）", P1, "云南", "昆明市五华区民政局", d, ["杨秀芝", "李准"],
             [], ["图为老党员在社区开展政策宣讲。（李准 摄）"],
             ["relative_date", "captions", "name_verb", "province_context"])
    L = title_lines(a1["_title"]) + ["本报记者 田 野", ""] + wrap_all(a1["_body"], 18, 21) + [""]
    L += [a2["_title"]] + wrap(a2["_attr"] + a2["_body"][0], 18, 21) + wrap(a2["_body"][1], 18, 21) + [""]
    L += [a3["_title"], ""] + wrap(a3["_attr"] + a3["_body"][0], 18, 21) + wrap(a3["_body"][1], 18, 21)
    L += ["", a3["_caps"][0]]
    save(P1, d, "05", "txt", p1_text(L, d, False, "责任编辑：石 岚  版式：黎 明"), crlf=True, pkind="national",
         tags=["column_label"], arts=[a1, a2, a3])

    # ---- page 3
    d = "2024-03-12"
    a1 = art(None,
             ["3月7日召开的会议还要求，部机关各级党组织要把党纪学习教育同业务工作同谋划、同部署，防止“两张皮”。",
              "会议通报了2023年度部机关党建工作考核结果，4个党支部被评为“四强”党支部。"],
             "", None, None, "民政部", "2024-03-07", [], [], [], ["continued", "title_none", "national_body"])
    a2 = art("海南：社会组织党建|“两个覆盖”再扩面",
             ["3月5日至6日，海南省民政厅在琼海市举办全省社会组织党建工作培训班，各市县民政局分管负责人和社会组织党组织书记共110余人参加。",
              "培训班通报了去年全省新增社会组织党组织87个的情况，并对今年扩大党的组织覆盖和工作覆盖作出安排。"],
             "本报海口3月8日电（记者 符 雅）", P1, "海南", "海南省民政厅", "2024-03-05", ["符雅"],
             [], [], ["dateline", "multi_line_title"])
    a3 = art("在基层治理实践中把握“两个结合”",
             ["民政工作联系千家万户，是基层治理的重要组成部分。把“两个结合”的要求落到基层，关键是让党的创新理论同村规民约、邻里互助这些传统资源相结合。",
              "从一些民族地区的实践看，寨老、族老参与调解，往往比单纯依靠行政手段更有效。这提示我们，推进中国式现代化，需要在基层找到党建引领与群众自治的结合点。"],
             "石光荣（作者系贵州民族大学马克思主义学院教授）", None, None, None, d, ["石光荣"],
             ["两个结合", "中国式现代化", "党建引领"], [], ["byline_top"])
    L = ["（上接第1版）"] + wrap_all(a1["_body"], 17, 19) + [""]
    L += title_lines(a2["_title"]) + wrap(a2["_attr"] + a2["_body"][0], 17, 19) + wrap(a2["_body"][1], 17, 19) + [""]
    L += ["理论", a3["_title"], "石光荣", ""] + wrap_all(a3["_body"], 17, 19)
    L += ["（作者系贵州民族大学马克思主义学院教授）"]
    save(P1, d, "05", "txt", p1_text(L, d, False, "责任编辑：贺 舟"), pkind="national",
         tags=["column_label"], arts=[a1, a2, a3])

    # ---- page 4 (January issue, December events)
    d = "2025-01-07"
    a1 = art("民政部部署|2025年元旦春节期间走访慰问工作",
             ["1月2日，民政部召开视频会议，部署元旦春节期间困难群众走访慰问工作，要求各地民政部门党员干部带头下基层，严防“四风”反弹。"],
             "本报北京1月3日电（记者 龙海燕）", P1, None, "民政部", "2025-01-02", ["龙海燕"],
             ["四风"], [], ["dateline", "national_body", "multi_line_title"])
    a2 = art("广西：年终党建述职突出“比实绩”",
             ["12月下旬，广西壮族自治区民政厅机关各党支部集中开展年度述职，每名支部书记用一张图表展示全年为群众办成的实事。",
              "述职结果将与支部评星定级挂钩。"],
             "本报讯（记者 韦 晴）", P1, "广西", "广西壮族自治区民政厅", "2024-12-21", ["韦晴"],
             [], [], ["period_date", "year_boundary"])
    a3 = art("迪庆：年货送到高原独居老人家中",
             ["12月30日，云南省迪庆藏族自治州民政局组织党员志愿者，把米、油和棉被送到德钦县30多户独居老人家中。",
              "州民政局党组书记和建华说：“高原冬天长，党员干部要多跑几趟。”"],
             "（据云南省民政厅）", "云南省民政厅", "云南", "迪庆藏族自治州民政局", "2024-12-30",
             ["和建华", "扎西平措"], [], ["志愿者为独居老人送去年货。（扎西平措 摄）"],
             ["year_boundary", "captions", "name_verb"])
    L = title_lines(a1["_title"]) + [""] + wrap(a1["_attr"] + a1["_body"][0], 18, 20) + [""]
    L += [a2["_title"]] + wrap(a2["_attr"] + a2["_body"][0], 18, 20) + wrap(a2["_body"][1], 18, 20) + [""]
    L += [a3["_title"]] + wrap_all(a3["_body"], 18, 20) + ["▲ " + a3["_caps"][0], a3["_attr"]]
    save(P1, d, "05", "txt", p1_text(L, d, False, "责任编辑：石 岚  校对：龙 跃"), pkind="national",
         tags=["column_label"], arts=[a1, a2, a3])


# ---------------------------------------------------------------- 2. county brief pages
P2 = "融水融媒"
RS = "融水苗族自治县"


def brief(marker, title, text, agency, date, people=(), slogans=(), tags=()):
    t = ["briefs", "province_context"] + list(tags)
    if title is None:
        t.append("title_none")
    a = art(title, [text], "", None, "广西", agency, date, people, slogans, [], t)
    a["_marker"] = marker
    return a


def brief_lines(a, wmin, wmax):
    m = a["_marker"]
    if a["_title"] is None:
        return wrap(m + " " + a["_body"][0], wmin, wmax)
    if m == "【】":
        return wrap("【" + a["_title"] + "】" + a["_body"][0], wmin, wmax)
    return [m + " " + a["_title"]] + wrap(a["_body"][0], wmin, wmax)


def p2_page(d, items, no, *, blank, enc="utf-8", crlf=False, w=(18, 22), extra_tags=()):
    L = [P2 + " · 党建快讯", f"第{no}期", ""]
    for i, a in enumerate(items):
        L += brief_lines(a, *w)
        if blank:
            L.append("")
    if not blank:
        L = [x for x in L if x]
    L += ([] if blank else []) + [f"（本期共{len(items)}条）", RS + "融媒体中心编印"]
    tags = list(extra_tags) + ([] if blank else ["no_blank_lines"])
    save(P2, d, "02", "txt", "\n".join(L) + "\n", encoding=enc, crlf=crlf, pkind="county",
         tags=tags + ["column_label"], arts=items)


def p2_pages():
    d = "2023-04-18"
    items = [
        brief("◆", "县民政局开展“三会一课”专项检查",
              "4月上旬，县民政局机关党委对所属5个党支部“三会一课”落实情况进行专项检查，重点查看会议记录和党员学习笔记，现场反馈问题11条。",
              "融水苗族自治县民政局", "2023-04-01", [], ["三会一课"], ["period_date"]),
        brief("◆", None,
              "近日，安陲乡党委组织全乡28名村“两委”干部到县养老服务中心观摩学习，了解农村互助养老点运营办法。",
              "安陲乡党委", d, [], [], ["relative_date"]),
        brief("●", "和睦镇开展主题教育读书班",
              "4月12日至14日，和睦镇党委举办主题教育读书班，镇村党员干部 60余人参加，围绕习近平新时代中国特色社会主义思想开展专题研讨。",
              "和睦镇党委", "2023-04-12", [], ["主题教育", "习近平新时代中国特色社会主义思想"], ["stray_spaces"]),
        brief("●", None,
              "4月10日上午，县社会福利院党支部组织党员为院内32名老人理发、修剪指甲，并开展健康检查。",
              "融水苗族自治县社会福利院党支部", "2023-04-10", [], [], ["half_day_date"]),
        brief("【】", "香粉乡",
              "日前，香粉乡民政办联合乡卫生院为辖区特困供养人员建立健康档案，共建档46份。",
              "香粉乡民政办", d, [], [], ["relative_date"]),
        brief("【】", "县委组织部",
              "4月14日，县委组织部召开全县基层党组织书记“擂台比武”动员会，明确5月底前完成乡镇、村两级比武。",
              "融水苗族自治县委组织部", "2023-04-14"),
    ]
    p2_page(d, items, 12, blank=False)

    d = "2023-09-05"
    items = [
        brief("■", "县民政局举办党纪学习报告会",
              "8月31日，县民政局邀请县纪委监委干部作专题报告，局机关和二层机构全体党员参加。",
              "融水苗族自治县民政局", "2023-08-31"),
        brief("◆", None,
              "8月下旬，大年乡党委组织党员志愿者走访慰问全乡19户困难退役军人家庭，送去慰问金和生活用品。",
              "大年乡党委", "2023-08-21", [], [], ["period_date"]),
        brief("◆", "杆洞乡“党员中心户”助力防汛",
              "入汛以来，杆洞乡37名“党员中心户”包片巡查河道沟渠，累计排查隐患点 22处，转移群众103人。党员中心户梁秀英说，村里谁家住哪、谁家有老人，她心里都有本账。",
              "杆洞乡党委", d, ["梁秀英"], [], ["relative_date", "name_verb", "stray_spaces"]),
        brief("●", None,
              "9月1日下午，县儿童福利院党支部召开专题组织生活会，对照“四个意识”查摆问题，开展批评和自我批评。",
              "融水苗族自治县儿童福利院党支部", "2023-09-01", [], ["四个意识"], ["half_day_date"]),
        brief("【】", "四荣乡",
              "近期，四荣乡民政办完成今年第二轮低保对象入户核查，新增纳入低保9户、退出6户。",
              "四荣乡民政办", d, [], [], ["relative_date"]),
    ]
    p2_page(d, items, 31, blank=True, enc="gb18030", crlf=True, w=(16, 20))

    d = "2024-07-23"
    items = [
        brief("【】", "县民政局",
              "7月中旬，县民政局党组理论学习中心组开展二十届三中全会精神学习交流，5名班子成员结合分管工作作交流发言。",
              "融水苗族自治县民政局", "2024-07-11", [], ["二十届三中全会精神"], ["period_date"]),
        brief("【】", "白云乡",
              "7月16日，白云乡党委为全乡12个村的党员“积分超市”补充物资，党员可用志愿服务积分兑换生活用品。",
              "白云乡党委", "2024-07-16"),
        brief("◆", None,
              "7月18日上午，融水镇社区党委组织“七一”表彰对象座谈，3名获评优秀共产党员的社区网格员分享工作体会。社区网格员吴秀兰表示，要把表彰当成新起点。",
              "融水镇社区党委", "2024-07-18", ["吴秀兰"], [], ["half_day_date", "name_verb"]),
        brief("◆", "拱洞乡开展清廉村居建设",
              "今年以来，拱洞乡党委把清廉村居建设与村级事务公开结合推进，全乡村务公开栏更新率达100%。",
              "拱洞乡党委", d, [], [], ["relative_date"]),
        brief("●", "县老年大学党支部开展主题党日",
              "7月19日，县老年大学党支部组织学员党员赴县革命历史陈列馆开展主题党日活动，重温入党誓词。",
              "融水苗族自治县老年大学党支部", "2024-07-19"),
        brief("●", None,
              "日前，县殡葬服务中心党支部开展“亮身份、当先锋”活动，党员佩戴党徽上岗，公开服务承诺。",
              "融水苗族自治县殡葬服务中心党支部", d, [], [], ["relative_date"]),
    ]
    p2_page(d, items, 27, blank=True, w=(19, 22))

    d = "2025-02-11"
    items = [
        brief("◆", "县民政局召开2024年度民主生活会",
              "2月7日，县民政局党组召开2024年度民主生活会，班子成员逐一对照检视，查摆问题14条。",
              "融水苗族自治县民政局", "2025-02-07"),
        brief("◆", None,
              "春节前夕，县民政局党员干部分5组走访慰问困难群众和孤寡老人 210户，发放慰问金和物资。",
              "融水苗族自治县民政局", d, [], [], ["relative_date", "stray_spaces"]),
        brief("●", None,
              "2月5日下午，良寨乡党委组织返乡过年的流动党员召开座谈会，听取他们对家乡发展的意见建议17条。",
              "良寨乡党委", "2025-02-05", [], [], ["half_day_date"]),
        brief("【】", "汪洞乡",
              "1月下旬，汪洞乡党委开展“党建引领·平安过节”行动，组织党员巡防队夜间巡查村寨消防隐患。",
              "汪洞乡党委", "2025-01-21", [], ["党建引领"], ["period_date"]),
        brief("【】", "县养老服务中心",
              "2月8日，县养老服务中心党支部召开支部党员大会，选举产生新一届支部委员会。",
              "融水苗族自治县养老服务中心党支部", "2025-02-08"),
    ]
    p2_page(d, items, 5, blank=False, w=(17, 21))


# ---------------------------------------------------------------- 3. county e-paper HTML
P3 = "勐海融媒网"
P3PAPER = "勐海融媒"


def p3_article(a, i):
    parts = title_lines(a["_title"]) if a["_title"] else []
    h = [f'<div class="article" id="art{i}">']
    kick = a.get("_kicker")
    sub = a.get("_sub")
    k = 0
    if kick:
        h.append(f'<p class="yt">{esc(parts[0])}</p>')
        k = 1
    main = parts[k:len(parts) - (1 if sub else 0)]
    h.append(f'<h1 class="bt">{"<br>".join(esc(x) for x in main)}</h1>')
    if sub:
        h.append(f'<p class="ft">{esc(parts[-1])}</p>')
    if a.get("_authorline"):
        h.append(f'<p class="zz">{esc(a["_authorline"])}</p>')
    h.append('<div class="content" id="ozoom">')
    for j, p in enumerate(a["_body"]):
        lead = a["_attr"] if (j == 0 and a["_attr"] and not a.get("_authorline")) else ""
        h.append(f"<p>　　{esc(lead + p)}</p>")
        if j == 0 and a["_caps"]:
            h.append('<table class="pic"><tr><td><img src="../../../res/1/pic_%d.jpg" alt=""></td></tr>' % i)
            h.append(f'<tr><td class="picnote">{esc(a["_caps"][0])}</td></tr></table>')
    h.append("</div></div>")
    return "\n".join(h)


def p3_page(d, no, name, arts, *, enc="utf-8", tags=()):
    x = _dt.date.fromisoformat(d)
    charset = "gb18030" if enc == "gb18030" else "utf-8"
    nav = "".join(f'<li><a href="node_{k}.htm">第0{k}版：{n}</a></li>'
                  for k, n in enumerate(["要闻", "党建", "民生", "文旅"], 1))
    tl = "".join(f'<li><a href="#art{i}">{esc(a["title"]) if a["title"] else "图片新闻"}</a></li>'
                 for i, a in enumerate(arts, 1))
    body = "\n".join(p3_article(a, i) for i, a in enumerate(arts, 1))
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{P3PAPER}数字报-第0{no}版：{name}</title>
<link rel="stylesheet" href="../../../css/epaper.css"></head>
<body>
<div class="top">{P3PAPER} <span>{x.year}年{x.month:02d}月{x.day:02d}日 {weekday(d)}</span> <a href="../../../index.htm">往期回顾</a></div>
<div class="left"><div class="bmdh">版面导航</div><ul>{nav}</ul>
<div class="bmbt">本版标题</div><ul>{tl}</ul></div>
<div class="main"><div class="banci">第0{no}版：{name}</div>
{body}
</div>
<div class="foot">勐海县融媒体中心主办 版权所有 滇ICP备0000000号</div>
</body></html>
"""
    save(P3, d, f"node_{no}", "html", page, encoding=enc, kind="html", pkind="county",
         tags=list(tags) + ["column_label"], arts=arts)


def p3_pages():
    d = "2023-07-11"
    a1 = art("党建引领茶山兴|——勐海县打洛镇推进“党组织+合作社”模式见闻",
             ["7月6日，记者走进打洛镇曼山村，茶农们正在合作社的初制所里忙着杀青。村党总支书记岩罕告诉记者，合作社由党总支领办，去年带动 146户茶农户均增收8000余元。",
              "今年以来，打洛镇已在11个村推行这一模式，镇党委定期召开联席会议，帮助合作社对接收购企业。"],
             "本报讯（记者 玉香 通讯员 岩温）", P3PAPER, "云南", "打洛镇党委", "2023-07-06",
             ["岩罕", "玉香", "岩温"], ["党建引领"], ["图为曼山村茶农在合作社初制所加工茶叶。（玉香 摄）"],
             ["subtitle", "multi_line_title", "captions", "province_context", "stray_spaces"])
    a1["_sub"] = True
    a2 = art("县民政局召开模范机关建设推进会",
             ["7月7日上午，勐海县民政局召开模范机关建设推进会，通报上半年各党支部创建进展，部署下半年重点任务。",
              "会议要求，要把主题教育中查摆出的问题与模范机关创建任务一并推进、一并考核。"],
             "本报讯（通讯员 李春梅）", P3PAPER, "云南", "勐海县民政局", "2023-07-07", ["李春梅"],
             ["模范机关", "主题教育"], [], ["half_day_date", "province_context"])
    a3 = art("勐遮镇：流动党员“微心愿”认领",
             ["近日，勐遮镇党委收集外出务工流动党员家庭“微心愿”37个，由镇机关党员一对一认领，目前已完成29个。"],
             "本报讯（通讯员 刀文华）", P3PAPER, "云南", "勐遮镇党委", d, ["刀文华"], [], [],
             ["relative_date", "province_context"])
    p3_page(d, 2, "党建", [a1, a2, a3], tags=[])

    d = "2024-01-16"
    a1 = art("守正创新强堡垒|聚力“三级联动”|县民政系统年度党建工作综述",
             ["2023年，县民政系统各级党组织以模范机关建设为抓手，推动县、乡、村“三级联动”。县民政局党组书记张立新表示，新的一年要把联动机制延伸到每个村民小组。",
              "12月28日，县民政局召开年度党建工作总结会，表彰先进党支部3个、优秀共产党员15名。"],
             "本报讯（通讯员 李春梅）", P3PAPER, "云南", "勐海县民政局", "2023-12-28", ["张立新", "李春梅"],
             ["三级联动", "模范机关"], [], ["kicker", "multi_line_title", "year_boundary", "name_verb"])
    a1["_kicker"] = True
    a2 = art("勐混镇开展冬季送温暖活动",
             ["1月上旬，勐混镇党委组织党员干部走访慰问辖区困难群众、老党员58户，送去大米、食用油和棉被。"],
             "本报讯（通讯员 岩温）", P3PAPER, "云南", "勐混镇党委", "2024-01-01", ["岩温"], [],
             ["图为党员干部为困难群众送去过冬物资。（岩温 摄）"], ["period_date", "captions"])
    a3 = art("县社会福利院党支部获评“五星级”支部",
             ["近日，县委组织部公布2023年度党支部星级评定结果，县社会福利院党支部获评“五星级”党支部。支部书记玉罕说，明年要在护理服务上再下功夫。"],
             "本报讯（通讯员 刀文华）", P3PAPER, "云南", "勐海县委组织部", d, ["玉罕", "刀文华"], [], [],
             ["relative_date", "name_verb"])
    p3_page(d, 2, "党建", [a1, a2, a3], enc="gb18030")

    d = "2024-10-22"
    a1 = art("勐海县民政局组织|学习二十届三中全会精神",
             ["10月17日，勐海县民政局党组理论学习中心组召开专题学习会，学习二十届三中全会精神，围绕养老服务体系改革开展研讨。"],
             "本报讯（通讯员 李春梅）", P3PAPER, "云南", "勐海县民政局", "2024-10-17", ["李春梅"],
             ["二十届三中全会精神"], [], ["multi_line_title"])
    a2 = art("格朗和乡：党员带头移风易俗",
             ["今年以来，格朗和乡党委组织党员带头签订移风易俗承诺书，全乡婚丧事宜简办率明显提高。乡党委书记扎约说，党员带了头，群众就有了样子。",
              "一是修订村规民约，明确婚丧事宜标准；二是成立红白理事会，由党员担任会长；三是每季度公示办事情况。"],
             "", None, "云南", "格朗和乡党委", d, ["扎约"], [], [],
             ["relative_date", "name_verb", "enumeration"])
    a2["_authorline"] = "勐海融媒记者 王晓燕"
    a2["attribution"] = "勐海融媒记者 王晓燕"
    a2["source"] = P3PAPER
    a2["people"].append("王晓燕")
    a2["phenomena"].append("byline_top")
    a3 = art("布朗山乡开展“三会一课”规范化培训",
             ["10月15日至16日，布朗山乡党委对全乡 32个党支部书记进行“三会一课”规范化培训。"],
             "本报讯（通讯员 岩温）", P3PAPER, "云南", "布朗山乡党委", "2024-10-15", ["岩温"],
             ["三会一课"], [], ["stray_spaces"])
    p3_page(d, 2, "党建", [a1, a2, a3])

    d = "2025-05-20"
    a1 = art("“小网格”托起“大民生”|——勐海县勐海镇网格党建工作见闻",
             ["5月14日下午，勐海镇曼真社区网格员玉儿在入户走访时，发现一位独居老人家中燃气软管老化，当即联系社区更换。",
              "截至目前，勐海镇已划分网格126个，配备党员网格员210名，收集解决群众诉求 1300余件。"],
             "本报讯（记者 王晓燕）", P3PAPER, "云南", "勐海镇党委", "2025-05-14", ["玉儿", "王晓燕"],
             [], ["图为网格员入户走访独居老人。（王晓燕 摄）"],
             ["subtitle", "multi_line_title", "half_day_date", "captions", "stray_spaces"])
    a1["_sub"] = True
    a2 = art("县民政局开展“以学促干”专题研讨",
             ["5月16日，勐海县民政局开展“以学促干”专题研讨，各股室负责人围绕提升社会救助精准度交流发言。"],
             "本报讯（通讯员 李春梅）", P3PAPER, "云南", "勐海县民政局", "2025-05-16", ["李春梅"],
             ["以学促干"], [], [])
    a3 = art("勐阿镇“红色议事厅”议出好办法",
             ["5月上旬，勐阿镇纳京村“红色议事厅”召开议事会，党员群众代表共同商定村内道路维护办法。"],
             "本报讯（通讯员 刀文华）", P3PAPER, "云南", "勐阿镇党委", "2025-05-01", ["刀文华"], [], [],
             ["period_date"])
    p3_page(d, 2, "党建", [a1, a2, a3])


# ---------------------------------------------------------------- 4. provincial weekly
P4 = "彩云民政周刊"


def p4_save(d, page, L, arts, *, crlf=False, tags=()):
    save(P4, d, page, "txt", "\n".join(L) + "\n", encoding="utf-8-sig", crlf=crlf,
         pkind="provincial", tags=list(tags) + ["column_label"], arts=arts)


def p4_pages():
    W = (13, 15)
    d = "2023-05-26"
    a1 = art("省民政厅机关|开展“五月讲堂”活动",
             ["5月22日，省民政厅机关党委举办“五月讲堂”第一讲，邀请省委党校教师作主题教育专题辅导。厅机关和直属单位200余名党员参加。",
              "厅机关党委有关负责人表示，“五月讲堂”将持续到6月中旬，每周一讲。"],
             "（厅机关党委）", "云南省民政厅机关党委", "云南", "云南省民政厅", "2023-05-22", [],
             ["主题教育"], [], ["province_context", "multi_line_title"])
    a2 = art("凉山边上的“彝家议事坪”",
             ["宁蒗彝族自治县跑马坪乡沙力村的议事坪上，村党总支书记阿普·|木呷正和村民商量养老互助点的选址。",
              "“老人们白天有个去处，年轻人出去打工也放心。”阿普·木呷说，议事坪每月开一次会，党员先发言，群众再表态。",
              "乡民政助理员沙马·阿果|介绍，全乡已有7个村建起议事坪。"],
             "（通讯员 吉克·|石哈）", None, "云南", "宁蒗彝族自治县跑马坪乡党委", d,
             ["阿普·木呷", "沙马·阿果", "吉克·石哈"], [], [],
             ["dot_name", "name_verb", "relative_date", "province_context"])
    a3 = art("迪庆州民政局开展|“送政策进寺庙、进村寨”活动",
             ["5月中旬，迪庆州民政局组织党员干部深入香格里拉市、维西县宣讲社会救助政策，发放双语宣传册 3000份。州民政局干部格桑·|卓玛用藏语为群众讲解政策。"],
             "（迪庆州民政局 供稿）", "迪庆州民政局", "云南", "迪庆州民政局", "2023-05-11",
             ["格桑·卓玛"], [], [], ["dot_name", "period_date", "multi_line_title", "stray_spaces"])
    L = ["彩云民政周刊", f"第3版  {md(d)}", "党建园地", ""]
    L += title_lines(a1["_title"]) + [""] + wrap_all(a1["_body"], *W) + [a1["_attr"], ""]
    L += [a2["_title"], ""] + wrap_all(a2["_body"], *W) + wrap(a2["_attr"], *W) + [""]
    L += title_lines(a3["_title"]) + wrap_all(a3["_body"], *W) + [a3["_attr"]]
    L += ["", "责任编辑：杨 柳"]
    p4_save(d, "03", L, [a1, a2, a3])

    d = "2023-12-08"
    a1 = art("省民政厅召开主题教育|专题民主生活会",
             ["12月5日，省民政厅党组召开主题教育专题民主生活会，对照“两个维护”深入查摆问题。",
              "会议强调，要把专题民主生活会查摆出的问题纳入整改清单，以学正风，推动全省民政系统作风持续向好。"],
             "", None, "云南", "云南省民政厅", "2023-12-05", [], ["主题教育", "两个维护", "以学正风"], [],
             ["province_context", "multi_line_title", "double_spaced"])
    a2 = art("丽江：纳西族老党员的“火塘课”",
             ["在玉龙纳西族自治县白沙镇，78岁的老党员和|·阿布每周在自家火塘边给村里年轻人讲党史。",
              "和·阿布表示，讲党史就要讲身边的人和事，讲村里第一条公路是怎么修起来的。"],
             "（通讯员 木 兰）", None, "云南", "玉龙纳西族自治县白沙镇党委", d, ["和·阿布", "木兰"], [], [],
             ["dot_name", "name_verb", "relative_date", "double_spaced"])
    a3 = art(None,
             ["（上接第2版）会议要求，各州市民政局要在年底前完成社会组织党建工作“两个覆盖”情况摸底，逐一建立台账。",
              "省民政厅社会组织管理局负责同志通报了今年以来全省社会组织党建工作进展。"],
             "（据省民政厅）", "云南省民政厅", "云南", "云南省民政厅", "2023-12-01", [], [], [],
             ["continued", "title_none", "double_spaced", "province_context"])
    a3["body"][0] = a3["body"][0].replace("（上接第2版）", "")
    L = ["彩云民政周刊", f"第3版  {md(d)}", "党建园地", ""]
    L += wrap_all([a3["_body"][0]], *W) + wrap_all(a3["_body"][1:], *W) + [a3["_attr"]]
    L += title_lines(a1["_title"]) + wrap_all(a1["_body"], *W)
    L += [a2["_title"]] + wrap_all(a2["_body"], *W) + [a2["_attr"]]
    L += ["责任编辑：杨 柳"]
    text = "\n\n".join(L[3:])
    p4_save(d, "03", L[:3] + [text], [a3, a1, a2], crlf=True)

    d = "2024-08-30"
    a1 = art("全省民政系统“两优一先”|表彰名单",
             ["为表彰先进，省民政厅党组决定，授予以下同志和党组织相应称号。",
              "优秀共产党员（8名）",
              "李  娟、王建明、杨  波、阿普·拉铁、段丽华、普  珍、刀  红、赵  刚",
              "优秀党务工作者（4名）",
              "张文清、和志强、岩  温、马  骏",
              "先进基层党组织（3个）",
              "省救助管理站党支部、昆明市民政局机关第二党支部、普洱市社会福利院党支部"],
             "", None, "云南", "云南省民政厅", d,
             ["李娟", "王建明", "杨波", "阿普·拉铁", "段丽华", "普珍", "刀红", "赵刚", "张文清", "和志强", "岩温", "马骏"],
             [], [], ["honour_list", "multi_line_title", "relative_date", "province_context", "dot_name"])
    a2 = art("普洱市民政局党建品牌|“茶乡暖心”发布",
             ["8月下旬，普洱市民政局发布机关党建品牌“茶乡暖心”，明确在养老、救助、儿童关爱等方面推出12项承诺服务。",
              "市民政局党组书记李国华表示，品牌不是挂个牌子，而是要拿群众满意度来检验。（下转第4版）"],
             "", None, "云南", "普洱市民政局", "2024-08-21", ["李国华"], [], [],
             ["period_date", "continued", "multi_line_title", "name_verb"])
    a2["body"][1] = a2["body"][1].replace("（下转第4版）", "")
    L = ["彩云民政周刊", f"第3版  {md(d)}", "党建园地", ""]
    L += title_lines(a1["_title"]) + [""] + wrap(a1["_body"][0], *W)
    for p in a1["_body"][1:]:
        L += [p] if len(p) < 12 else wrap(p, 14, 16)
    L += [""] + title_lines(a2["_title"]) + wrap_all(a2["_body"], *W)
    L += ["", "责任编辑：段 瑞"]
    p4_save(d, "03", L, [a1, a2])

    d = "2025-03-14"
    a1 = art("怒江州：傈僳族党员“溜索”送政策",
             ["3月10日，福贡县民政局党员干部沿怒江两岸走访，把临时救助、残疾人两项补贴政策送到12个村。福贡县民政局局长阿|·依表示，山高路远，更要把政策讲清楚。"],
             "（通讯员 余秋生）", None, "云南", "福贡县民政局", "2025-03-10", ["阿·依", "余秋生"], [], [],
             ["dot_name", "name_verb"])
    a2 = art("省民政厅机关党委|部署2025年党建工作要点",
             ["3月上旬，省民政厅机关党委印发2025年机关党建工作要点，提出以“四强”党支部创建为抓手，推动清廉机关建设向直属单位延伸。"],
             "（厅机关党委）", "云南省民政厅机关党委", "云南", "云南省民政厅", "2025-03-01", [],
             ["清廉机关"], [], ["period_date", "province_context", "multi_line_title"])
    a3 = art("大理州社会组织党建|工作推进会召开",
             ["3月11日，大理州社会组织党委召开工作推进会，通报2024年度全州社会组织党组织“两个覆盖”情况。白族党务工作者段·|金花在会上作交流发言。"],
             "（据大理州民政局）", "大理州民政局", "云南", "大理州社会组织党委", "2025-03-11",
             ["段·金花"], [], [], ["dot_name", "multi_line_title"])
    L = ["党建园地", "彩云民政周刊", ""]
    L += wrap_all(a1["_body"], *W) + [a1["_attr"], "", a1["_title"], ""]
    L += title_lines(a2["_title"]) + wrap_all(a2["_body"], *W) + [a2["_attr"], ""]
    L += title_lines(a3["_title"]) + wrap_all(a3["_body"], *W) + [a3["_attr"], ""]
    L += [f"{md(d)}  第3版", "责任编辑：杨 柳"]
    a1["phenomena"].append("title_after")
    p4_save(d, "03", L, [a1, a2, a3])


# ---------------------------------------------------------------- 5. Word bulletin
P5 = "黔灵社会组织党建简报"
P5ORG = "贵州省社会组织综合党委"


def p5_doc(d, no, arts, dist, copies, *, contents=True, sign="中共贵州省社会组织综合委员会办公室"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = Document()
    x = _dt.date.fromisoformat(d)
    p = doc.add_paragraph()
    r = p.add_run(P5)
    r.bold = True
    r.font.size = Pt(26)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"第{no}期").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"{sign}　　　　　　{x.year}年{x.month}月{x.day}日")
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━━━")
    if contents:
        doc.add_paragraph("目  录")
        for a in arts:
            doc.add_paragraph("◎ " + (a["title"] or ""))
        doc.add_paragraph("")
    for a in arts:
        for tl in title_lines(a["_title"]):
            q = doc.add_paragraph()
            rr = q.add_run(tl)
            rr.bold = True
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if a.get("_top"):
            doc.add_paragraph(a["_attr"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        for b in a["_body"]:
            q = doc.add_paragraph()
            if len(b) < 16 and not b.endswith("。"):
                q.add_run(b).bold = True
            else:
                q.add_run("　　" + clean(b))
        if a["_attr"] and not a.get("_top"):
            doc.add_paragraph(a["_attr"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph("")
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━━━")
    for line in dist:
        doc.add_paragraph(line)
    doc.add_paragraph(f"（共印{copies}份）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def p5_pages():
    base = ["bulletin_masthead", "distribution_lines", "province_context"]
    d = "2023-03-15"
    a1 = art("省社会组织综合党委召开2023年工作会议",
             ["3月9日，省社会组织综合党委召开2023年工作会议，总结2022年工作，部署2023年重点任务。",
              "会议指出，2022年全省新成立社会组织党组织 126个，社会组织党的组织覆盖率进一步提高。会议要求，2023年要重点抓好三项工作：一是深入学习宣传贯彻党的二十大精神，推动学习进社会组织、进党支部；二是扩大“两个覆盖”，对新登记社会组织同步开展党建工作；三是规范“三会一课”，提升党组织活动质量。"],
             "（综合党委办公室供稿）", "贵州省社会组织综合党委办公室", "贵州", P5ORG, "2023-03-09", [],
             ["党的二十大精神", "三会一课"], [], base + ["enumeration", "stray_spaces"])
    a2 = art("省慈善总会党支部开展“学雷锋”志愿服务",
             ["3月5日上午，省慈善总会党支部组织党员到贵阳市观山湖区一社区开展“学雷锋”志愿服务，为社区老人义诊、理发。支部书记陈晓雯说，志愿服务要常态化，不能一阵风。"],
             "（省慈善总会党支部供稿）", "贵州省慈善总会党支部", "贵州", "贵州省慈善总会", "2023-03-05",
             ["陈晓雯"], [], [], ["half_day_date", "name_verb"])
    a3 = art("省律师协会党委举办党务干部培训班",
             ["近日，省律师协会党委举办全省律师行业党务干部培训班，各市州律师行业党委和律师事务所党组织负责人共 150余人参加。"],
             "（省律师协会党委）", "贵州省律师协会党委", "贵州", "贵州省律师协会党委", d, [], [], [],
             ["relative_date", "stray_spaces"])
    doc = p5_doc(d, 2, [a1, a2, a3], ["报：省委社会工作部，省民政厅党组", "送：省委组织部组织二处",
                                     "发：各市（州）社会组织党委，省管社会组织党组织"], 60)
    save(P5, d, "qlj-2023-02", "docx", doc, kind="docx", pkind="bulletin",
         tags=["contents_list"], arts=[a1, a2, a3])

    d = "2023-10-20"
    a1 = art("深入开展主题教育|推动社会组织高质量发展",
             ["10月中旬，省社会组织综合党委召开第二批主题教育推进会，传达学习上级有关会议精神，听取各行业协会商会党组织主题教育进展汇报。",
              "（一）抓好理论学习",
              "各社会组织党组织要以习近平新时代中国特色社会主义思想为指导，坚持以学铸魂、以学增智，把读书班办实办好。",
              "（二）抓好调查研究",
              "围绕会员企业和服务对象急难愁盼问题开展调研，形成问题清单、整改清单。"],
             "（综合党委办公室供稿）", "贵州省社会组织综合党委办公室", "贵州", P5ORG, "2023-10-11", [],
             ["主题教育", "高质量发展", "习近平新时代中国特色社会主义思想", "以学铸魂", "以学增智"], [],
             base + ["period_date", "subheadings", "enumeration", "multi_line_title"])
    a2 = art("省物流行业协会党支部|结对帮扶务川县茶农",
             ["10月16日，省物流行业协会党支部与务川仡佬族苗族自治县一个茶叶专业合作社签订结对帮扶协议，免费为合作社提供冷链运输服务。",
              "协会党支部书记杨德贵表示，要把党建优势转化为服务乡村振兴的实际成效。"],
             "（通讯员 龙 敏）", None, "贵州", "贵州省物流行业协会", "2023-10-16", ["杨德贵", "龙敏"], [], [],
             ["name_verb", "multi_line_title"])
    a3 = art("“两新”组织党建指导员队伍充实",
             ["日前，省社会组织综合党委新选派党建指导员32名，分别联系省管社会组织党组织，指导开展组织生活、发展党员等工作。"],
             "", None, "贵州", P5ORG, d, [], [], [], ["relative_date"])
    doc = p5_doc(d, 9, [a1, a2, a3], ["报：省委社会工作部", "送：省民政厅机关党委",
                                     "发：各省管社会组织党组织"], 45)
    save(P5, d, "qlj-2023-09", "docx", doc, kind="docx", pkind="bulletin",
         tags=["contents_list"], arts=[a1, a2, a3])

    d = "2024-06-28"
    a1 = art("综合党委表彰一批先进基层党组织和优秀共产党员",
             ["在庆祝中国共产党成立103周年之际，省社会组织综合党委决定表彰一批先进基层党组织、优秀共产党员和优秀党务工作者。",
              "先进基层党组织",
              "贵州省慈善总会党支部、贵州省建筑业协会党委、贵州省物流行业协会党支部",
              "优秀共产党员",
              "陈晓雯、吴  刚、潘秀芬、杨德贵、石  磊",
              "优秀党务工作者",
              "龙  敏、罗红梅"],
             "", None, "贵州", P5ORG, d,
             ["陈晓雯", "吴刚", "潘秀芬", "杨德贵", "石磊", "龙敏", "罗红梅"], [], [],
             base + ["honour_list", "relative_date"])
    a2 = art("以党纪学习教育促作风转变",
             ["6月中旬，省社会组织综合党委举办党纪学习教育读书班。读书班采取“集中学习+分组研讨+警示教育”方式，组织学员赴省党风廉政警示教育基地参观。学员普遍表示，要严格遵守中央八项规定精神，自觉抵制“四风”。"],
             "（综合党委办公室供稿）", "贵州省社会组织综合党委办公室", "贵州", P5ORG, "2024-06-11", [],
             ["中央八项规定", "四风"], [], ["period_date"])
    doc = p5_doc(d, 6, [a1, a2], ["报：省委社会工作部，省民政厅党组",
                                 "发：各市（州）社会组织党委，省管社会组织党组织"], 50)
    save(P5, d, "qlj-2024-06", "docx", doc, kind="docx", pkind="bulletin",
         tags=["contents_list"], arts=[a1, a2])

    d = "2025-01-10"
    a1 = art("省社会组织综合党委召开2024年度|基层党组织书记抓党建述职评议会",
             ["12月27日，省社会组织综合党委召开2024年度基层党组织书记抓党建述职评议会，10名社会组织党组织书记现场述职。",
              "会议对2025年工作提出要求：一是持续深化党的创新理论武装；二是推动社会组织党建与业务深度融合；三是严格落实全面从严治党责任。"],
             "（综合党委办公室供稿）", "贵州省社会组织综合党委办公室", "贵州", P5ORG, "2024-12-27", [],
             ["全面从严治党"], [], base + ["year_boundary", "enumeration", "multi_line_title"])
    a2 = art("省社会工作联合会党支部开展冬季关爱行动",
             ["1月6日，省社会工作联合会党支部组织社工党员走访黔南州惠水县困境儿童家庭28户，送去冬衣和学习用品。"],
             "（通讯员 罗红梅）", None, "贵州", "贵州省社会工作联合会", "2025-01-06", ["罗红梅"], [], [],
             ["province_context"])
    a3 = art("党建引领社会组织参与基层治理经验交流",
             ["文/吴 刚",
              "近年来，贵州省建筑业协会党委探索“党建+行业自律”模式，引导会员企业参与农民工工资保障、安全生产培训等工作。",
              "实践表明，党建引领是社会组织参与基层治理的根本保证。"],
             "文/吴 刚", None, "贵州", "贵州省建筑业协会党委", d, ["吴刚"], ["党建引领"], [],
             ["byline_top", "relative_date"])
    a3["_body"] = a3["_body"][1:]
    a3["body"] = a3["body"][1:]
    a3["_top"] = True
    doc = p5_doc(d, 1, [a1, a2, a3], ["报：省委社会工作部，省民政厅党组", "送：省委组织部",
                                     "发：各省管社会组织党组织"], 55, contents=False)
    save(P5, d, "qlj-2025-01", "docx", doc, kind="docx", pkind="bulletin",
         tags=[], arts=[a1, a2, a3])


# ---------------------------------------------------------------- 6. OCR magazine
P6 = "琼崖党建"


def p6_save(d, page, L, arts, tags=()):
    save(P6, d, page, "txt", "\n".join(L) + "\n", kind="ocr", pkind="magazine",
         tags=list(tags) + ["column_label"], arts=arts)


def p6_pages():
    W = (20, 24)
    d = "2023-08-01"
    a1 = art("让“红色引擎”驱动|海岛民生服务",
             ["近年来，三沙市民政局坚持党建引领，在岛礁社区推行“党员+网格”服务模式，解决守岛军民就医、购物等难题。",
              "一是建强岛礁党组织，做到一个岛礁一个党支部；二是组建党员服务队，常态化开展上门服务；三是完善“海上流动服务站”，每月巡回一次。",
              "三沙市民政局局长邢家宝表示，下一步将把服务延伸到更多渔民群众。"],
             "本刊记者 陈海鸥", P6, "海南", "三沙市民政局", d, ["陈海鸥", "邢家宝"], ["党建引领"], [],
             ["byline_top", "enumeration", "relative_date", "name_verb", "multi_line_title"])
    a2 = art("琼中县开展“党员联户”助老行动",
             ["7月中旬，琼中黎族苗族自治县民政局联合各乡镇党委开展“党员联户”助老行动，全县 420名党员与独居、留守老人结对。"],
             "（据海南省民政厅）", "海南省民政厅", "海南", "琼中黎族苗族自治县民政局", "2023-07-11", [], [], [],
             ["period_date", "title_after", "stray_spaces"])
    L = ["琼崖党建 2O23.8", "基层·实践", ""]
    L += title_lines(a1["_title"]) + ["", "本刊记者 陈海鸥", ""] + wrap_all(a1["_body"], *W) + [""]
    L += wrap_all(a2["_body"], *W) + [a2["_attr"], "", a2["_title"], ""]
    L += ["QIONGYA DANGJIAN", "2 4"]
    p6_save(d, "p24", L, [a1, a2])

    d = "2024-02-01"
    a1 = art("把主题教育成果转化为|推动民政事业发展的实际成效",
             ["主题教育开展以来，海南省民政厅党组坚持以学铸魂、以学增智、以学正风、以学促干，推动民政工作取得新进展。",
              "从实践看，有三点体会：一是坚持理论学习在前，把“第一议题”制度落到实处；二是坚持问题导向，把调研成果转化为政策措施；三是坚持开门搞教育，请群众评判成效。"],
             "符晓东（作者单位：海南省民政厅）", None, "海南", "海南省民政厅", d, ["符晓东"],
             ["主题教育", "以学铸魂", "以学增智", "以学正风", "以学促干", "第一议题"], [],
             ["byline_top", "enumeration", "multi_line_title", "relative_date", "province_context"])
    a2 = art("海口市民政局开展岁末|走访慰问",
             ["12月下旬，海口市民政局党组成员分头走访慰问困难党员、老党员和困难群众家庭86户。"],
             "（海口市民政局供稿）", "海口市民政局", "海南", "海口市民政局", "2023-12-21", [], [], [],
             ["period_date", "title_after", "year_boundary", "multi_line_title"])
    L = ["琼崖党建  2024年第]期", "理论·思考", ""]
    L += title_lines(a1["_title"])[:1] + [""] + title_lines(a1["_title"])[1:] + ["", "文/符晓东", ""]
    L += wrap_all(a1["_body"], *W) + ["（作者单位：海南省民政厅）", ""]
    L += wrap_all(a2["_body"], *W) + [a2["_attr"], "海口市民政局开展岁末", "", "走访慰问", ""]
    L += ["QIONGYA DANGJIAN", "l8"]
    a1["attribution"] = "文/符晓东（作者单位：海南省民政厅）"
    p6_save(d, "p18", L, [a1, a2])

    d = "2024-09-01"
    a1 = art("五指山市：黎族村寨的“党建+家风”",
             ["8月中旬，五指山市水满乡党委在毛纳村开展“好家风”评议，评出“文明家庭”15户。乡党委书记王亚雄说，家风好了，村风就正了。",
              "具体做法上，一是由党员带头晒家训；二是请老党员讲家史；三是把评议结果与村集体分红挂钩。"],
             "本刊记者 黄 蕾", P6, "海南", "五指山市水满乡党委", "2024-08-11", ["王亚雄", "黄蕾"], [], [],
             ["byline_top", "enumeration", "period_date", "name_verb"])
    a2 = art(None,
             ["近日，儋州市民政局党组召开专题会议，研究部署二十届三中全会精神学习宣传工作，要求各党支部明月底前完成集中学习。"],
             "（儋州市民政局）", "儋州市民政局", "海南", "儋州市民政局", d, [], ["二十届三中全会精神"], [],
             ["title_none", "relative_date"])
    a3 = art("省民政厅机关举行|党建知识竞赛",
             ["8月23日下午，省民政厅机关党委举办党建知识竞赛，7个代表队参赛。"],
             "（厅机关党委）", "海南省民政厅机关党委", "海南", "海南省民政厅", "2024-08-23", [], [], [],
             ["half_day_date", "title_after", "province_context", "multi_line_title"])
    L = ["琼崖党建  2O24年第9期", "基层·实践", ""]
    L += [a1["_title"], "本刊记者 黄 蕾", ""] + wrap_all(a1["_body"], *W) + [""]
    L += ["◇ 简讯"] + wrap_all(a2["_body"], *W) + [a2["_attr"], ""]
    L += wrap_all(a3["_body"], *W) + [a3["_attr"], "省民政厅机关举行", "", "党建知识竞赛", ""]
    L += ["QIONGYA DANGJIAN", "3O"]
    p6_save(d, "p30", L, [a1, a2, a3], tags=["briefs"])

    d = "2025-04-01"
    a1 = art("“党建+社工”让社区治理有温度",
             ["3月以来，三亚市天涯区民政局推动社区党组织与社工站联动，开展邻里互助、困境儿童关爱等项目12个。",
              "区民政局负责同志介绍，联动做法主要有：一是党组织出题、社工站答题；二是党员社工带头；三是群众评议项目成效。"],
             "本刊记者 陈海鸥", P6, "海南", "三亚市天涯区民政局", "2025-03-01", ["陈海鸥"], [], [],
             ["byline_top", "enumeration"])
    a2 = art("坚持“两个确立”|做到“两个维护”",
             ["对民政干部来说，深刻领悟“两个确立”的决定性意义，就要把“两个维护”体现在每一项兜底保障工作中。",
              "要把群众满意度作为检验标准，坚持“国之大者”与群众小事一起抓。"],
             "林振华（作者系海南大学马克思主义学院副教授）", None, None, None, d, ["林振华"],
             ["两个确立", "两个维护", "国之大者"], [], ["byline_top", "multi_line_title"])
    L = ["琼崖党建  2025.4", "民政·党建", ""]
    L += [a1["_title"], "本刊记者  陈海鸥", ""] + wrap_all(a1["_body"], *W) + [""]
    L += title_lines(a2["_title"])[:1] + [""] + title_lines(a2["_title"])[1:] + ["林振华", ""]
    L += wrap_all(a2["_body"], *W) + ["（作者系海南大学马克思主义学院副教授）", ""]
    L += ["QIONGYA DANGJIAN", "1 2"]
    p6_save(d, "p12", L, [a1, a2])


# ---------------------------------------------------------------- 7. provincial portal
P7 = "邕江民政网"
GX = "广西壮族自治区民政厅"


def p7_page(d, name, a, info, when, views, links, *, box=None, enc="utf-8", crlf=False, crumbs="机关党建"):
    charset = "gb18030" if enc == "gb18030" else "utf-8"
    paras = []
    for p in a["_body"]:
        paras.append(f'<p style="text-indent:2em;">{esc(p)}</p>')
        if a["_caps"] and len(paras) == 1:
            paras.append(f'<p style="text-align:center;"><img src="/uploads/{name}.jpg"></p>')
            paras.append(f'<p style="text-align:center;">{esc(a["_caps"][0])}</p>')
    boxhtml = ""
    if box is not None:
        boxhtml = ('<div class="yanshen"><div class="yanshen-t">延伸阅读</div>'
                   f'<h3>{esc(box["_title"])}</h3>'
                   + "".join(f"<p>{esc(p)}</p>" for p in box["_body"]) + "</div>")
    li = "".join(f'<li><a href="/dj/{i}.html">{esc(t)}</a><span>{dd}</span></li>' for i, (t, dd) in enumerate(links, 300))
    infohtml = "".join(f"<span>{esc(x)}</span>" for x in info)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{esc(a["title"])}_{P7}</title>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="header"><div class="logo">{P7}</div>
<ul class="menu"><li>首页</li><li>政务公开</li><li>民政业务</li><li>党建工作</li><li>互动交流</li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/dj/">党建工作</a> &gt; {crumbs}</div>
<div class="article">
<h1>{esc(a["_title"])}</h1>
<div class="info">{infohtml}<span>发布时间：{when}</span><span>浏览次数：{views}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="TRS_Editor">
{chr(10).join(paras)}
</div>
{boxhtml}
<div class="related"><div class="related-t">相关链接</div><ul>{li}</ul></div>
<div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
</div>
<div class="footer">主办：广西壮族自治区民政厅　桂ICP备00000000号　网站标识码：0000000000</div>
</body></html>
"""
    arts = [a] + ([box] if box else [])
    save(P7, d, name, "html", page, encoding=enc, crlf=crlf, kind="html", pkind="provincial",
         tags=["related_link"], arts=arts)


def p7_pages():
    d = "2023-02-21"
    a = art("自治区民政厅召开2023年机关党建工作会议",
            ["2月17日，自治区民政厅召开2023年机关党建工作会议，总结2022年机关党建工作，部署2023年工作任务。厅党组书记、厅长莫振宇出席会议并讲话。",
             "会议强调，要深入学习宣传贯彻党的二十大精神，以模范机关建设为统领，推动全面从严治党向纵深发展，为建设新时代中国特色社会主义壮美广西贡献民政力量。",
             "会上，厅机关各党支部书记签订了2023年度党建工作目标责任书。"],
            "来源：自治区民政厅机关党委 作者：覃丽萍", "广西壮族自治区民政厅机关党委", "广西", GX, "2023-02-17",
            ["莫振宇", "覃丽萍"], ["党的二十大精神", "模范机关", "全面从严治党"],
            ["图为会议现场。（覃丽萍 摄）"], ["captions", "province_context"])
    p7_page(d, "t5512087", a, ["来源：自治区民政厅机关党委", "作者：覃丽萍"], "2023-02-20 16:42", 1287,
            [("自治区民政厅召开2022年度机关党支部书记述职评议会", "2023-01-16"),
             ("厅机关党委部署2023年“三会一课”计划", "2023-02-08")])

    d = "2023-12-27"
    a = art("南宁市民政局开展“民政为民、民政爱民”主题党日活动",
            ["12月22日上午，南宁市民政局组织机关党员到市社会福利院开展主题党日活动，为老人打扫房间、表演节目。",
             "市民政局党组书记黄卫东表示，要把主题教育成果体现到为群众办实事上。"],
            "来源：南宁市民政局", "南宁市民政局", "广西", "南宁市民政局", "2023-12-22",
            ["黄卫东"], ["主题教育"], [], ["half_day_date", "name_verb"])
    p7_page(d, "t5698831", a, ["来源：南宁市民政局", "作者："], "2023-12-26 09:15", 342,
            [("柳州市民政局开展冬季送温暖活动", "2023-12-20")], enc="gb18030", crlf=True, crumbs="市县动态")

    d = "2024-05-09"
    a = art("自治区民政厅举办青年理论学习小组“青年说”活动",
            ["5月6日，自治区民政厅团委举办“青年说”活动，8名青年干部结合岗位实际，分享学习习近平新时代中国特色社会主义思想的体会。",
             "厅机关党委负责同志点评时说，青年干部要在学思践悟中坚定“四个自信”。"],
            "来源：本网 作者：韦思琪", P7, "广西", GX, "2024-05-06", ["韦思琪"],
            ["习近平新时代中国特色社会主义思想", "四个自信"], [], ["province_context"])
    box = art("什么是青年理论学习小组",
              ["青年理论学习小组是以青年为主体开展理论学习的组织形式，一般以机关团组织或党支部为单位组建，每月至少开展一次集中学习。"],
              "", None, None, None, d, [], [], [], [])
    p7_page(d, "t5874420", a, ["来源：本网", "作者：韦思琪"], "2024-05-08 11:03", 905,
            [("厅机关团委换届选举大会召开", "2024-04-12"), ("自治区民政厅开展“五四”主题团日活动", "2024-05-05")], box=box)

    d = "2025-06-17"
    a = art("百色市民政局|推进“党建+养老”服务",
            ["6月中旬，百色市民政局在田阳区召开“党建+养老”现场推进会，推广社区养老服务站党员志愿服务经验。",
             "会议提出三项措施：一是推动养老机构党组织全覆盖；二是建立党员志愿者服务积分；三是开展养老护理员技能培训。"],
            "来源：百色市民政局 作者：黄 敏", "百色市民政局", "广西", "百色市民政局", "2025-06-11", ["黄敏"],
            [], [], ["period_date", "enumeration"])
    a["_title"] = a["_title"].replace("|", " ")
    a["title"] = a["_title"]
    p7_page(d, "t6120358", a, ["来源：百色市民政局", "作者：黄 敏"], "2025-06-16 17:20", 216,
            [("河池市民政局举办党务干部培训班", "2025-06-03"), ("自治区民政厅部署2025年养老服务工作", "2025-05-27"),
             ("崇左市民政局开展党纪学习教育回头看", "2025-06-09")], crumbs="市县动态")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("融水融媒/2023-09-05/02.txt", 3, "agency", "杆洞乡党委", "杆洞乡", 1),
    ("勐海融媒网/2025-05-20/node_2.html", 1, "agency", "勐海镇党委", "勐海镇", 1),
    ("勐海融媒网/2025-05-20/node_2.html", 3, "agency", "勐阿镇党委", "勐阿镇", 1),
    ("彩云民政周刊/2023-05-26/03.txt", 2, "agency", "宁蒗彝族自治县跑马坪乡党委", "宁蒗彝族自治县跑马坪乡", 1),
    ("彩云民政周刊/2023-12-08/03.txt", 3, "agency", "玉龙纳西族自治县白沙镇党委", "玉龙纳西族自治县白沙镇", 1),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


# settled in round ten (docs/truth_conventions.md, "Settled in round ten"):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH11 = [
    ('乌蒙社会报/2024-03-12/05.txt', 2, 'slogans', [], ['两个覆盖'], 1),
    ('彩云民政周刊/2023-12-08/03.txt', 1, 'slogans', [], ['两个覆盖'], 1),
    ('彩云民政周刊/2025-03-14/03.txt', 3, 'slogans', [], ['两个覆盖'], 1),
    ('黔灵社会组织党建简报/2023-03-15/qlj-2023-02.docx', 1, 'slogans', ['党的二十大精神', '三会一课'], ['党的二十大精神', '三会一课', '两个覆盖'], 1),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    for f in (p1_pages, p2_pages, p3_pages, p4_pages, p5_pages, p6_pages, p7_pages):
        f()
    (HERE / f"truth-{SET}.json").write_text(json.dumps(_truth11_align(_truth10_align(TRUTH)), ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(len(TRUTH), "pages,", sum(len(v["articles"]) for v in TRUTH.values()), "articles")
