"""Truth pages (held back as batch h2, now development), set h2f (陕西, 甘肃, 宁夏, 青海, 新疆/兵团, 西藏, 重庆).

Seven invented publications, four pages each (28 pages):

1. 准噶尔垦区报 (text, provincial, 新疆 兵团): a 兵团 paper's 团场党建 page. Running head split
   over two lines (name / date+weekday, no year), 【团场党建】 column label, 编者按 above the first
   article, datelines 本报讯（记者 … 通讯员 …）, top bylines 本报记者 A B, Kazakh/Uyghur names with
   ·, broken before or after the dot, （下转第4版）/（上接第3版）, an interview page, a pull quote
   printed between paragraphs, footer 责任编辑/校对. One page GB18030 with CRLF.
2. 墨竹工卡融媒 (text, county, 西藏): a county media centre's 简讯 page. No blank lines at all;
   ● items, some with a headline on the marker line, some opening straight into the lead (title
   null); Tibetan names, some followed at once by 说/表示; closing （通讯员 …） (source null) or
   （县民政局供稿）. One page UTF-8 with BOM, one with CRLF.
3. 陇右日报 (ocr, provincial, 甘肃): OCR of a scanned provincial daily. Misread running head
   (]月, 明 for 6月, S for 5), a spaced English name line, 党建·基层 label, kickers and —— subtitles,
   a title broken by a blank line, photo captions with credits, datelines 本报兰州…电.
   Misreadings were kept in furniture only; article text is read cleanly.
4. 綦江政务网 (html, county, 重庆): a district portal. Three single-article pages (breadcrumbs,
   info line 发布时间/来源/作者/浏览次数, 【字体：大 中 小】, 相关链接 list, footer) and one list
   page. One page GB18030 (meta charset gb2312).
5. 三秦民政机关党建 (docx, bulletin, 陕西): Word bulletin of 陕西省民政厅机关党委: masthead
   (name, 第N期, issuing office and date), 目录, articles, an honour list with category headings
   and padded two-character names, 报/送/发 lines at the end.
6. 塞上民政周报 (text, provincial, 宁夏): a civil-affairs weekly. Double-spaced articles (whole
   page on two pages, one article on another), titles printed after the article on some pages,
   half-day dates (5日上午), period dates (中旬), a 民政部 report (national body), a January issue
   with a December event. One page CRLF.
7. 河湟党建研究 (text, magazine, 青海): a theory journal. Folder date is the first day of the
   month. Author's name on the line under the title, 摘要：/关键词： lines, numbered subheadings
   一、 （一）, closing （作者单位：…）. Running head carries the issue number only. One page
   UTF-8 with BOM and CRLF.

Conventions decided beyond docs/truth_conventions.md:
- A dateline (本报讯（…）, 本报兰州…电（…）) is the attribution only: the body's first paragraph
  starts after it.
- Kicker + title + subtitle are joined with no separator, in print order ("——" kept).
- A theory piece's attribution is the author's name under the title joined by one space with the
  closing （作者单位：…） note.
- A portal list page (栏目列表): every entry (linked title + printed summary + date) is an article:
  title = the entry title, body = [summary as printed], attribution "", source null, date = the
  listed date. The list page's paging bar and column name are furniture.
- In a portal's info line the attribution is 来源：X (plus 作者：Y when printed); 来源：本网 would be
  the site's name; an empty 作者： is dropped.
- Honour-list names are printed padded (王  伟); people are given without padding.
- Slogans are computed from the canonical list of DOMAIN.md over title+body (whitespace removed),
  plus quoted “N个……” formulations found there.

aligned to docs/truth_conventions.md (round nine): an agency is named as printed: a county, city or division the article does not print before the town or district body is dropped (墨竹工卡县唐加乡→唐加乡; 墨竹工卡县尼玛江热乡党委→尼玛江热乡党委; 墨竹工卡县工卡镇党委→工卡镇党委; 墨竹工卡县扎雪乡→扎雪乡; 墨竹工卡县日多乡→日多乡; 墨竹工卡县日多乡党委→日多乡党委; 墨竹工卡县甲玛乡→甲玛乡; 墨竹工卡县甲玛乡党委→甲玛乡党委; 墨竹工卡县门巴乡→门巴乡; 第八师石河子市一二一团党委→一二一团党委; 第八师石河子市一四八团党委→一四八团党委; 第十三师新星市民政局→新星市民政局; 綦江区三江街道→三江街道).
aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 2 (a source printed whole
gets no place added, source) 2; kind 3 (an uncredited report of the paper or site → the paper,
source) 13; kind 7 (both forms printed → the shorter, agency) 4 — 19 values, listed in _TRUTH10 and
applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round ten, settled kinds): kind 1 (slogans of the list, and quoted N个/N项/N张 formulations, in title or body) 2 — 2 values, listed in _TRUTH11 and applied as the truth is written; no page changes.
aligned to docs/truth_conventions.md (round twelve): round twelve kind 1 (a list page entry with no credit of its own → the site, source) 4 — 4 values, listed in _TRUTH12 and applied as the truth is written; no page changes.
"""
import json
import os
import re
import html as htmlmod

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "h2f"

CANON_Q = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合",
           "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风", "两学一做", "三严三实",
           "不忘初心、牢记使命"]
CANON_U = ["习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关", "清廉机关",
           "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党", "中央八项规定", "党建引领",
           "以学铸魂", "以学增智", "以学正风", "以学促干", "学思想、强党性、重实践、建新功",
           "党的二十大精神", "二十届三中全会精神"]
NUM = "一二三四五六七八九十两"


def nows(s):
    return re.sub(r"\s+", "", s)


def slogans_of(text):
    t = nows(text)
    out = []
    for c in CANON_Q:
        if c in t:
            out.append("“%s”" % c)
    for c in CANON_U:
        if c in t:
            out.append(c)
    for m in re.finditer(r"“([%s]+个[^“”]{1,10})”" % NUM, t):
        f = "“%s”" % m.group(1)
        if f not in out:
            out.append(f)
    return out


CJK = re.compile(r"[\u4e00-\u9fff“”（）]\s+[\u4e00-\u9fff“”（）\d]|\d\s+[\u4e00-\u9fff]")


def wrap(text, w, seed=0):
    """Break a paragraph into column lines of about w characters (spaces count)."""
    lines, i, k = [], 0, seed
    while i < len(text):
        ww = w - (1 if (k % 3 == 1) else 0)
        k += 1
        lines.append(text[i:i + ww])
        i += ww
    return lines


class A:
    """An article: blocks in print order plus facts."""

    def __init__(self, blocks, src=None, prov=None, ag=None, date=None, people=(), tags=(),
                 double=False, width=None):
        self.blocks = blocks
        self.src, self.prov, self.ag, self.date = src, prov, ag, date
        self.people, self.tags = list(people), list(tags)
        self.double, self.width = double, width

    def truth(self):
        title_parts, body, caps, attr = [], [], [], []
        for b in self.blocks:
            k, v = b[0], b[1]
            if k in ("k", "s"):
                title_parts.append(v)
            elif k == "t":
                title_parts.append("".join(x.strip() for x in v.split("|")))
            elif k in ("p", "pl"):
                body.append(v.strip())
            elif k == "c":
                caps.append(v.strip())
            elif k in ("a", "by", "lead"):
                attr.append(v.strip())
        title = "".join(title_parts) if title_parts else None
        tags = set(self.tags)
        if title is None:
            tags.add("title_none")
        if caps:
            tags.add("captions")
        if any(CJK.search(x) for x in body + ([title] if title else [])):
            tags.add("stray_spaces")
        if self.double:
            tags.add("double_spaced")
        txt = (title or "") + "".join(body)
        return {
            "title": title, "body": body, "attribution": " ".join(attr), "source": self.src,
            "province": self.prov, "agency": self.ag, "date": self.date,
            "people": self.people, "slogans": slogans_of(txt), "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in caps],
            "phenomena": sorted(tags),
        }


class TextPage:
    def __init__(self, pub, date, name, pubkind, kind="text", enc="utf-8", crlf=False, width=16,
                 blanks=True, tags=()):
        self.pub, self.date, self.name = pub, date, name
        self.pubkind, self.kind, self.enc, self.crlf = pubkind, kind, enc, crlf
        self.width, self.blanks = width, blanks
        self.items = []
        self.tags = set(tags)
        if crlf:
            self.tags.add("crlf")
        if enc == "gb18030":
            self.tags.add("gb18030")
        if enc == "utf-8-sig":
            self.tags.add("utf8_bom")
        if kind == "ocr":
            self.tags.add("ocr")
        if not blanks:
            self.tags.add("no_blank_lines")

    def f(self, *lines):
        self.items.append(("f", list(lines)))
        return self

    def add(self, *arts):
        for a in arts:
            self.items.append(("a", a))
        return self

    def render(self):
        out = []

        def put(lines, double=False):
            for ln in lines:
                out.append(ln)
                if double:
                    out.append("")

        def sep():
            if self.blanks and out and out[-1] != "":
                out.append("")

        seed = 0
        prev = None
        for kind, it in self.items:
            if kind == "f":
                sep()
                for ln in it:
                    if ln == "":
                        out.append("")
                    else:
                        out.append(ln)
                continue
            a = it
            w = a.width or self.width
            for b in a.blocks:
                k, v = b[0], b[1]
                seed += 1
                pk, prev = prev, k
                if k == "s":
                    put([v], a.double)
                    continue
                if k == "t":
                    if pk != "k":
                        sep()
                    parts = v.split("|")
                    for j, p in enumerate(parts):
                        out.append(p)
                        if len(b) > 2 and b[2] == "gap" and j < len(parts) - 1:
                            out.append("")
                    continue
                if k in ("k", "by", "a", "pl", "fx"):
                    if k in ("by", "a", "fx", "k") or not a.double:
                        sep()
                    put([v], a.double)
                    continue
                if k == "lead":  # dateline + first paragraph
                    sep()
                    txt = v + b[2]
                    put(wrap(txt, w, seed), a.double)
                    continue
                if k == "p":
                    if not a.double:
                        sep()
                    put(wrap(v, w, seed), a.double)
                    continue
                if k == "c":
                    sep()
                    pre = b[2] if len(b) > 2 else ""
                    put(wrap(pre + v, w + 2, seed), a.double)
                    continue
                if k == "blank":
                    out.append("")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"

    def write(self):
        path = os.path.join(HERE, self.pub, self.date, self.name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        txt = self.render()
        if self.crlf:
            txt = txt.replace("\n", "\r\n")
        with open(path, "wb") as fh:
            fh.write(txt.encode(self.enc))
        arts = [a.truth() for k, a in self.items if k == "a"]
        # lead blocks: the body's first paragraph is the text after the dateline
        for (k, a), t in zip([x for x in self.items if x[0] == "a"], arts):
            for b in a.blocks:
                if b[0] == "lead":
                    t["body"].insert(0, b[2].strip())
        tags = set(self.tags)
        for t in arts:
            tags |= set(t["phenomena"])
        return os.path.relpath(path, HERE), {
            "encoding": self.enc, "crlf": self.crlf, "kind": self.kind,
            "publication_kind": self.pubkind, "phenomena": sorted(tags), "articles": arts}


# ---------------------------------------------------------------- 1. 兵团 paper
P1 = "准噶尔垦区报"


def pub1():
    pages = []
    p = TextPage(P1, "2023-06-16", "03.txt", "provincial", width=15,
                 tags=["column_label", "editor_note"])
    p.f(P1, "6月16日  星期五", "第3版")
    p.f("【团场党建】")
    p.f("编者按：连队是兵团的基层单元，连队党支部是团场党建的“最后一公里”。本版今起推出“连队",
        "支部走基层”系列报道，敬请关注。")
    p.add(A([("t", "一二一团连队党支部|“一支部一品牌”见实效"),
             ("lead", "本报讯（记者 努尔兰·加肯 通讯员 周晓梅）",
              "6月13日，第八师石河子市一二一团召开连队党支部书记述职评议会，18个连队党支部书记逐一登台，晒出半年来的“成绩单”。"),
             ("p", "今年以来，一二一团党委把“三会一课”落实情况纳入连队党支部考核，推行“一支部一品牌”创建，打造了“红色驼铃”“棉田先锋”等 12个支部品牌。"),
             ("p", "“过去开会念文件，现在大家带着问题来。”十连党支部书记吐尔洪·买买提说，支部把职工群众关心的节水灌溉、子女入学等事项列成清单，逐项销号。"),
             ("p", "团党委副书记韩立新表示，下一步将以主题教育为抓手，推动连队党建和团场经济发展深度融合。"),
             ],
            src=P1, prov="新疆", ag="一二一团党委", date="2023-06-13",
            people=["努尔兰·加肯", "周晓梅", "吐尔洪·买买提", "韩立新"],
            tags=["dateline", "dot_name", "multi_line_title", "province_context"]))
    p.add(A([("t", "第七师胡杨河市民政局党支部开展主题党日活动"),
             ("p", "6月 9日，第七师胡杨河市民政局党支部组织党员到一三〇团敬老院开展“我为群众办实事”主题党日活动，为 40余名老人理发、测血压、打扫房间。"),
             ("p", "支部书记阿依古丽·吾斯曼介绍，支部与敬老院结成共建对子，每月至少开展一次志愿服务，把“第一议题”学习成果落实到为民服务一线。"),
             ("c", "图为党员志愿者为老人测量血压。（通讯员 杨春燕 摄）"),
             ("a", "（通讯员 马国栋）"),
             ],
            src=None, prov="新疆", ag="第七师胡杨河市民政局", date="2023-06-09",
            people=["阿依古丽·吾斯曼", "杨春燕", "马国栋"], tags=["dot_name", "province_context"]))
    p.add(A([("t", "把党支部建在产业链上"),
             ("by", "本报记者  王  珏"),
             ("p", "在第六师五家渠市一〇三团，番茄种植、加工、销售三个环节各有一个党小组。团党委组织委员刘明伟说，党小组跟着产业走，哪里有难题，党员就出现在哪里。"),
             ("p", "今年春播期间，一〇三团组织 60多名党员技术骨干组成服务队，深入田间地头开展滴灌带铺设、病虫害防治等技术指导，帮助职工解决实际困难 200余件。"),
             ("fx", "（下转第4版）"),
             ],
            src=P1, prov="新疆", ag="第六师五家渠市一〇三团党委", date="2023-06-16",
            people=["王珏", "刘明伟"], tags=["byline_top", "continued", "relative_date", "province_context"]))
    p.f("责任编辑  马  骁    校对  古丽娜尔")
    pages.append(p)

    p = TextPage(P1, "2023-06-16", "04.txt", "provincial", width=16, tags=["column_label"])
    p.f("第4版", P1)
    p.f("6月16日  星期五")
    p.add(A([("fx", "（上接第3版）"),
             ("p", "“党员示范田的番茄亩产比去年高出近一成。”职工张大勇说，有了党员技术员手把手地教，心里更有底了。"),
             ("p", "据了解，一〇三团已在产业链上建立党小组 27个，覆盖职工 3000余人，实现了党建工作和产业发展同频共振。"),
             ],
            src=P1, prov="新疆", ag="第六师五家渠市一〇三团党委", date="2023-06-16",
            people=["张大勇"], tags=["continued", "province_context"]))
    p.f("【访谈】")
    p.add(A([("t", "让社会组织党建“有形有效”"),
             ("s", "——访第十师北屯市民政局局长叶尔兰·哈比登"),
             ("by", "本报记者  苏  晴"),
             ("p", "记者：北屯市社会组织数量不多、分布分散，党建工作从哪里破题？"),
             ("p", "叶尔兰·哈比登：我们先摸清底数。全市登记的社会组织共 86家，我们逐家上门，建立“一组织一档案”，对暂不具备条件的派驻党建指导员，实现党的工作全覆盖。"),
             ("p", "记者：如何避免党建和业务“两张皮”？"),
             ("p", "叶尔兰·哈比登：关键是找准结合点。行业协会搞技能培训，就把党员示范岗设在培训班里；社区社会组织搞为老服务，就把主题党日放在服务现场。"),
             ("p", "记者：下一步有什么打算？"),
             ("p", "叶尔兰·哈比登：今年下半年，我们将开展社会组织党组织“星级评定”，以评促建，推动社会组织在兵地融合发展中发挥更大作用。"),
             ],
            src=P1, prov="新疆", ag="第十师北屯市民政局", date="2023-06-16",
            people=["叶尔兰·哈比登", "苏晴"], tags=["interview", "subtitle", "byline_top", "dot_name", "relative_date"]))
    p.add(A([("t", "第三师图木舒克市举办社会组织党务干部培训班"),
             ("p", "6月12日至14日，第三师图木舒克市举办社会组织党务干部培训班，来自全市的 50余名社会组织党组织书记和党建指导员参加培训。培训围绕党的二十大精神、党支部工作规范等内容进行授课。"),
             ("a", "（通讯员 热依拉·艾合买提）"),
             ],
            src=None, prov="新疆", ag="第三师图木舒克市", date="2023-06-12",
            people=["热依拉·艾合买提"], tags=["dot_name", "province_context"]))
    p.f("责任编辑  马  骁    校对  古丽娜尔")
    pages.append(p)

    p = TextPage(P1, "2024-03-22", "03.txt", "provincial", enc="gb18030", crlf=True, width=14,
                 tags=["column_label", "pull_quote"])
    p.f(P1)
    p.f("3月22日  星期五  第3版")
    p.f("兵团社会组织党建")
    p.add(A([("t", "新星市：社会组织党建|“红色引擎”动力足"),
             ("by", "本报记者  艾尔肯·吐尔逊  刘  洋"),
             ("p", "走进第十三师新星市社会组织党群服务中心，墙上的“党建地图”标注着全市 73家社会组织的党组织覆盖情况。"),
             ("p", "“去年以来，我们推行‘两个覆盖’清单化管理，新建社会组织党支部 9个，选派党建指导员 21名。”新星市民政局党组书记赵文军介绍。他说，就是要把党组织的触角延伸到社会组织最末梢。"),
             ("fx", "把党组织的触角延伸到社会组织最末梢"),
             ("p", "在新星市社会工作协会，党支部书记李晓红正带领社工为黄田农场的留守老人建立健康档案。她说，党支部成立后，协会的服务项目从 3个增加到 11个。"),
             ("p", "今年，新星市民政局将把社会组织党建工作与年检、等级评估、政府购买服务挂钩，推动党建引领社会组织高质量发展。"),
             ("c", "图为社会工作协会党员社工入户走访。（本报记者  刘  洋  摄）"),
             ],
            src=P1, prov="新疆", ag="新星市民政局", date="2024-03-22",
            people=["艾尔肯·吐尔逊", "刘洋", "赵文军", "李晓红"],
            tags=["byline_top", "dot_name", "multi_line_title", "relative_date", "province_context"]))
    p.add(A([("t", "第二师铁门关市民政局召开党风廉政建设工作会议"),
             ("p", "3月19日，第二师铁门关市民政局召开 2024年党风廉政建设工作会议，传达学习师市纪委全会精神，签订党风廉政建设责任书。"),
             ("p", "会议要求，要坚决落实全面从严治党主体责任，严格执行中央八项规定精神，持续纠治“四风”，以清廉机关建设推动民政工作提质增效。"),
             ("a", "（通讯员 古丽巴哈尔·阿不都）"),
             ],
            src=None, prov="新疆", ag="第二师铁门关市民政局", date="2024-03-19",
            people=["古丽巴哈尔·阿不都"], tags=["dot_name", "province_context"]))
    p.f("责任编辑  马  骁    校对  古丽娜尔")
    pages.append(p)

    p = TextPage(P1, "2024-11-08", "02.txt", "provincial", width=13, tags=["column_label"])
    p.f("第2版    团场党建")
    p.f(P1, "11月8日  星期五")
    p.add(A([("t", "阿拉尔市：“兵地共建”织密基层服务网"),
             ("lead", "本报阿拉尔11月6日电（记者 吾买尔江·托合提）",
              "记者从第一师阿拉尔市民政局获悉，今年以来，师市民政局党组推动 14个团场与周边县乡开展兵地党建共建，联合开展困难群众排查、临时救助等工作。"),
             ("p", "师市民政局党组书记陈建平说，共建不是简单“结对子”，而是在救助信息共享、服务力量互补上下功夫。"),
             ("p", "截至目前，兵地双方共排查困难群众 1200余户，落实救助资金 380万元。"),
             ],
            src=P1, prov="新疆", ag="第一师阿拉尔市民政局", date="2024-11-06",
            people=["吾买尔江·托合提", "陈建平"], tags=["dateline", "dot_name", "province_context"]))
    p.add(A([("t", "可克达拉市开展社会组织党组织书记轮训"),
             ("p", "11月上旬，第四师可克达拉市分两期对全市社会组织党组织书记进行轮训。学员们围绕“两个确立”的决定性意义、社会组织党组织职责定位等开展研讨交流。"),
             ("p", "参训学员巴合提亚尔·努尔别克表示，要把学到的知识用到支部建设中去。"),
             ("a", "（通讯员 孙  琦）"),
             ],
            src=None, prov="新疆", ag="第四师可克达拉市", date="2024-11-01",
            people=["巴合提亚尔·努尔别克", "孙琦"],
            tags=["dot_name", "period_date", "name_verb", "province_context"]))
    p.add(A([("t", "一四八团连队“党员中心户”|成为群众身边的“贴心人”"),
             ("p", "秋收时节，第八师石河子市一四八团各连队的 96户“党员中心户”挂牌亮身份，帮助职工群众协调农机、代办事项。"),
             ("p", "一四八团党委组织部部长迪丽努尔·居马说，党员中心户每户联系 10至 15户职工，做到“小事不出户、大事不出连”。"),
             ("a", "（据一四八团党委组织部）"),
             ],
            src="第八师石河子市一四八团党委组织部", prov="新疆", ag="一四八团党委",
            date="2024-11-08", people=["迪丽努尔·居马"],
            tags=["dot_name", "multi_line_title", "province_context", "name_verb"]))
    p.f("责任编辑  阿  丽    校对  古丽娜尔")
    pages.append(p)
    return pages


# ---------------------------------------------------------------- 2. 墨竹工卡融媒 (briefs)
P2 = "墨竹工卡融媒"


def brief(title, paras, attr="", src=None, ag=None, date=None, people=(), tags=()):
    blocks = []
    if title:
        blocks.append(("pl", None))  # placeholder replaced below
    bl = []
    if title:
        bl.append(("t", "● " + title))
    for i, x in enumerate(paras):
        if i == 0 and not title:
            bl.append(("p", x, "●"))
        else:
            bl.append(("p", x))
    if attr:
        bl.append(("a", attr))
    return A(bl, src=src, prov="西藏", ag=ag, date=date, people=people,
             tags=["briefs", "province_context"] + list(tags))


class BriefPage(TextPage):
    """Brief page: no blank lines, ● markers."""

    def render(self):
        out = []
        seed = 0
        for kind, it in self.items:
            if kind == "f":
                out.extend(it)
                continue
            for b in it.blocks:
                seed += 1
                k, v = b[0], b[1]
                if k == "t":
                    out.append(v)
                elif k == "p":
                    pre = "● " if len(b) > 2 else ""
                    out.extend(wrap(pre + v, self.width, seed))
                elif k == "a":
                    out.append(v)
        return "\n".join(out) + "\n"

    def write(self):
        rel, d = super().write()
        for (k, a), t in zip([x for x in self.items if x[0] == "a"], d["articles"]):
            for b in a.blocks:
                if b[0] == "t":
                    t["title"] = b[1].replace("● ", "", 1)
        return rel, d


def pub2():
    pages = []
    M = "墨竹工卡县"
    p = BriefPage(P2, "2023-09-14", "jianxun.txt", "county", width=20, blanks=False,
                  tags=["column_label"])
    p.f("墨竹工卡县融媒体中心", "【民政简讯】")
    p.add(brief("县民政局开展“三会一课”专项检查",
                ["9月12日，墨竹工卡县民政局党支部对局属各党小组落实“三会一课”情况进行专项检查，查阅会议记录 30余本，现场反馈问题 6条。"],
                attr="（通讯员 旦增曲珍）", ag="墨竹工卡县民政局", date="2023-09-12",
                people=["旦增曲珍"]))
    p.add(brief(None,
                ["近日，甲玛乡党委组织党员干部走访慰问辖区特困供养人员和困难党员 23户，送去米面油等生活物资。乡党委书记次仁旺堆说，要把党的温暖送到每一位群众心坎上。"],
                ag="甲玛乡党委", date="2023-09-14", people=["次仁旺堆"],
                tags=["relative_date", "name_verb"]))
    p.add(brief("日多乡社会组织党建指导站揭牌",
                ["9月 8日，日多乡社会组织党建指导站揭牌成立，将为辖区内 5家农牧民合作社和社会组织提供党建指导服务。"],
                attr="（县民政局供稿）", src="墨竹工卡县民政局", ag="日多乡",
                date="2023-09-08"))
    p.add(brief(None,
                ["9月11日，县民政局组织干部职工集中学习党的二十大精神，局党支部书记格桑次旦领学，大家结合岗位职责交流了学习体会。"],
                ag="墨竹工卡县民政局", date="2023-09-11", people=["格桑次旦"]))
    p.f("编辑：央金  审核：扎西平措")
    pages.append(p)

    p = BriefPage(P2, "2024-02-06", "jianxun.txt", "county", enc="utf-8-sig", width=18,
                  blanks=False, tags=["column_label"])
    p.f("墨竹工卡县融媒体中心", "第 3 期", "【民政简讯】")
    p.add(brief("工卡镇开展春节前走访慰问",
                ["2月 2日至 4日，工卡镇党委组织机关干部分组走访慰问辖区老党员、困难群众和脱贫户 86户，为群众送去节日问候。镇党委副书记普布卓玛表示，要用心用情做好节日期间兜底保障工作。"],
                attr="（通讯员 拉巴次仁）", ag="工卡镇党委", date="2024-02-02",
                people=["普布卓玛", "拉巴次仁"], tags=["name_verb"]))
    p.add(brief("县民政局召开专题组织生活会",
                ["1月30日，县民政局党支部召开专题组织生活会，围绕以学铸魂、以学增智、以学正风、以学促干开展批评与自我批评。"],
                ag="墨竹工卡县民政局", date="2024-01-30"))
    p.add(brief(None,
                ["日前，唐加乡“暖心驿站”正式启用，驿站设有党员服务岗，为过往群众和环卫工人提供热水、休息等服务。"],
                ag="唐加乡", date="2024-02-06", tags=["relative_date"]))
    p.add(brief(None,
                ["2月 1日，尼玛江热乡党委召开党员大会，传达学习县委全会精神，乡党委书记索朗多吉强调，要把会议精神落实到乡村振兴各项工作中。"],
                attr="（通讯员 德吉卓嘎）", ag="尼玛江热乡党委", date="2024-02-01",
                people=["索朗多吉", "德吉卓嘎"]))
    p.f("编辑：央金  审核：扎西平措")
    pages.append(p)

    p = BriefPage(P2, "2024-07-19", "jianxun.txt", "county", crlf=True, width=21, blanks=False,
                  tags=["column_label"])
    p.f("【民政简讯】", "墨竹工卡县融媒体中心")
    p.add(brief("县社会组织综合党委成立",
                ["7月16日，墨竹工卡县社会组织综合党委召开成立大会，选举产生第一届委员会，旺堆次仁当选书记。综合党委将统筹全县 18家社会组织党建工作。"],
                ag="墨竹工卡县社会组织综合党委", date="2024-07-16", people=["旺堆次仁"]))
    p.add(brief(None,
                ["7月中旬，门巴乡组织党员开展“七一”后续学习活动，重温入党誓词，观看专题片，40余名党员参加。"],
                attr="（通讯员 次仁央宗）", ag="门巴乡", date="2024-07-11",
                people=["次仁央宗"], tags=["period_date"]))
    p.add(brief("扎雪乡养老服务站党员志愿服务常态化",
                ["今年以来，扎雪乡养老服务站党员志愿服务队累计开展助餐、助洁等服务 120余次。站长尼玛卓玛说，志愿服务已经成为党员的“必修课”。"],
                ag="扎雪乡", date="2024-07-19", people=["尼玛卓玛"],
                tags=["relative_date", "name_verb"]))
    p.f("编辑：白玛  审核：扎西平措")
    pages.append(p)

    p = BriefPage(P2, "2025-04-11", "jianxun.txt", "county", width=17, blanks=False,
                  tags=["column_label"])
    p.f("墨竹工卡县融媒体中心", "【民政简讯】")
    p.add(brief("县民政局开展中央八项规定精神学习教育",
                ["4月 8日，县民政局党支部召开深入贯彻中央八项规定精神学习教育动员会，支部书记格桑次旦就开展学习教育作部署。"],
                attr="（通讯员 旦增曲珍）", ag="墨竹工卡县民政局", date="2025-04-08",
                people=["格桑次旦", "旦增曲珍"]))
    p.add(brief(None,
                ["4月上旬，甲玛乡对辖区低保对象开展入户核查，核查 152户，动态调整 7户。"],
                ag="甲玛乡", date="2025-04-01", tags=["period_date"]))
    p.add(brief("日多乡开展“党员进村入户”活动",
                ["4月 9日，日多乡组织 30名党员干部进村入户宣讲政策，帮助群众解决饮水、用电等问题 14件。乡党委书记边巴次仁指出，要把问题解决在基层。"],
                ag="日多乡党委", date="2025-04-09", people=["边巴次仁"],
                tags=["name_verb"]))
    p.add(brief(None,
                ["近期，县民政局联合县妇联对全县 9个乡镇的儿童督导员进行业务培训，培训内容涉及困境儿童保障政策和“四个自信”专题辅导。"],
                attr="（县民政局供稿）", src="墨竹工卡县民政局", ag="墨竹工卡县民政局",
                date="2025-04-11", tags=["relative_date"]))
    p.f("编辑：白玛  审核：扎西平措")
    pages.append(p)
    return pages


# ---------------------------------------------------------------- 3. 陇右日报 (OCR)
P3 = "陇右日报"


def pub3():
    pages = []
    p = TextPage(P3, "2024-01-19", "05.txt", "provincial", kind="ocr", width=18,
                 tags=["column_label"])
    p.f("陇右日报  2024年]月19日  星期五", "L O N G Y O U  R I B A O", "党建·基层")
    p.add(A([("k", "凝心聚力抓党建  为民服务显担当"),
             ("t", "省民政厅模范机关建设|推进会在定西召开", "gap"),
             ("s", "——全省民政系统 14个市州交流经验做法"),
             ("lead", "本报定西1月17日电（记者 马文轩）",
              "1月17日，省民政厅在定西市召开全省民政系统模范机关建设推进会，总结去年以来模范机关建设成效，部署今年重点任务。省民政厅党组书记、厅长邵振华出席会议并讲话。"),
             ("p", "会议指出，要深入学习贯彻习近平新时代中国特色社会主义思想，坚定拥护“两个确立”，坚决做到“两个维护”，推动模范机关建设省市县“三级联动”走深走实。"),
             ("p", "会上，定西市民政局、庆阳市民政局、临夏州民政局等单位作了交流发言。"),
             ("c", "图为推进会现场。（记者 马文轩 摄）"),
             ],
            src=P3, prov="甘肃", ag="甘肃省民政厅", date="2024-01-17",
            people=["马文轩", "邵振华"],
            tags=["kicker", "subtitle", "multi_line_title", "dateline", "province_context"]))
    p.add(A([("t", "庆阳市民政局：红色资源|赋能机关党建"),
             ("lead", "本报讯（记者 杨  帆）",
              "庆阳市民政局依托南梁革命纪念馆等红色资源，开展“追寻红色足迹”主题党日活动，组织党员干部重温入党誓词、聆听革命故事。"),
             ("p", "市民政局机关党委书记王振宇说，红色资源是最好的教科书，要把学习成果转化为服务群众的实际行动。"),
             ("c", "▲ 党员干部在南梁革命纪念馆参观学习。", "▲ "),
             ],
            src=P3, prov="甘肃", ag="庆阳市民政局", date="2024-01-19",
            people=["杨帆", "王振宇"],
            tags=["dateline", "multi_line_title", "relative_date", "name_verb", "province_context"]))
    p.f("第 S 版  责任编辑：张  敏")
    pages.append(p)

    p = TextPage(P3, "2023-06-14", "05.txt", "provincial", kind="ocr", width=17,
                 tags=["column_label", "pull_quote"])
    p.f("陇右日报  2023年明14日  星期三", "党建·基层")
    p.add(A([("k", "抓好“第一议题”  学用结合见行动"),
             ("t", "兰州市民政局推动|主题教育走深走实", "gap"),
             ("lead", "本报兰州6月12日电（记者 李静怡 通讯员 何  宁）",
              "6月12日上午，兰州市民政局党组理论学习中心组召开专题学习会，围绕以学铸魂、以学增智、以学正风、以学促干开展交流研讨。"),
             ("fx", "“把调研成果转化为解决群众急难愁盼的具体举措。”"),
             ("p", "会议要求，要坚持“第一议题”制度，把调查研究贯穿主题教育全过程，把调研成果转化为解决群众急难愁盼的具体举措。"),
             ("p", "今年以来，兰州市民政局围绕养老服务、社会救助等确定调研课题 8个，形成问题清单 32条。"),
             ("c", "图为专题学习会现场。（通讯员 何  宁 摄）"),
             ],
            src=P3, prov="甘肃", ag="兰州市民政局", date="2023-06-12",
            people=["李静怡", "何宁"],
            tags=["kicker", "multi_line_title", "dateline", "half_day_date", "province_context"]))
    p.add(A([("t", "天水市社会组织党委举办党务干部培训"),
             ("p", "6月 8日至 9日，天水市社会组织党委举办全市社会组织党务干部培训班，80余名社会组织党组织书记参加。"),
             ("p", "培训采取专题辅导、现场教学等方式进行，学员们表示收获很大。"),
             ("a", "（通讯员 冯  涛）"),
             ],
            src=None, prov="甘肃", ag="天水市社会组织党委", date="2023-06-08",
            people=["冯涛"], tags=["province_context"]))
    p.f("第 5 版  责任编辑：张  敏")
    pages.append(p)

    p = TextPage(P3, "2025-04-03", "06.txt", "provincial", kind="ocr", width=19,
                 tags=["column_label"])
    p.f("2025年4月 3日  星朗四  陇右日报", "6", "党建·基层")
    p.add(A([("t", "临夏州民政局|“党建+民生”服务品牌惠及群众", "gap"),
             ("s", "——“一支部一品牌”创建活动综述"),
             ("by", "本报记者  马  萍"),
             ("p", "去年以来，临夏州民政局以党建引领为抓手，开展“一支部一品牌”创建，培育“暖心救助”“银龄守护”等 6个服务品牌。"),
             ("p", "州民政局党组书记马学明介绍，品牌创建重在解决实际问题。一年来，各支部共办理群众反映事项 430余件。"),
             ("c", "图为党员干部入户走访困难群众。（记者 马  萍 摄）"),
             ],
            src=P3, prov="甘肃", ag="临夏州民政局", date="2025-04-03",
            people=["马萍", "马学明"],
            tags=["subtitle", "multi_line_title", "byline_top", "relative_date", "province_context"]))
    p.add(A([("t", "武威市民政局开展清廉机关建设“回头看”"),
             ("lead", "本报讯（通讯员 赵丽娟）",
              "3月下旬，武威市民政局对清廉机关建设开展“回头看”，对照清单查找问题 11个，已整改 9个。"),
             ],
            src=P3, prov="甘肃", ag="武威市民政局", date="2025-03-21",
            people=["赵丽娟"], tags=["dateline", "period_date", "province_context"]))
    p.add(A([("t", "张掖市甘州区社区党组织|开展“红色物业”试点", "gap"),
             ("p", "3月28日，张掖市甘州区在 12个社区开展“红色物业”试点，推动社区党组织、业委会、物业服务企业协同议事。"),
             ("a", "（据张掖市甘州区民政局）"),
             ],
            src="张掖市甘州区民政局", prov="甘肃", ag="张掖市甘州区", date="2025-03-28",
            tags=["multi_line_title", "province_context"]))
    pages.append(p)

    p = TextPage(P3, "2023-11-24", "05.txt", "provincial", kind="ocr", width=16,
                 tags=["column_label", "editor_note"])
    p.f("陇右日报  2023年11月24日  星期五  第5版")
    p.f("党建·基层")
    p.f("编者按：第二批主题教育开展以来，全省各级民政部门扎实推进各项工作。本版摘编部分市州做法，以飨读者。")
    p.add(A([("k", "学思想 强党性 重实践 建新功"),
             ("t", "白银市民政局：|调研破题解民忧", "gap"),
             ("lead", "本报讯（记者 王  琛）",
              "11月20日，白银市民政局召开主题教育调研成果交流会，局领导班子成员逐一汇报调研成果，并提出解决问题的具体措施。"),
             ("p", "市民政局党组书记孙丽萍表示，要以学思想、强党性、重实践、建新功为总要求，推动调研成果转化落地。"),
             ],
            src=P3, prov="甘肃", ag="白银市民政局", date="2023-11-20",
            people=["王琛", "孙丽萍"],
            tags=["kicker", "multi_line_title", "dateline", "name_verb", "province_context"]))
    p.add(A([("t", "平凉市崆峒区：“党建+网格”|守护“一老一小”", "gap"),
             ("p", "11月中旬，平凉市崆峒区民政局联合街道社区党组织，对辖区独居老人和留守儿童开展集中走访，建立关爱台账 560余份。"),
             ("c", "图为网格员上门看望独居老人。（通讯员 包  静 摄）"),
             ("a", "（通讯员 包  静）"),
             ],
            src=None, prov="甘肃", ag="平凉市崆峒区民政局", date="2023-11-11",
            people=["包静"], tags=["multi_line_title", "period_date", "province_context"]))
    p.add(A([("t", "酒泉市社会组织党建工作推进会召开"),
             ("p", "11月21日，酒泉市召开社会组织党建工作推进会，通报全市社会组织“两个覆盖”情况，部署下一阶段重点任务。"),
             ("a", "（据酒泉市民政局）"),
             ],
            src="酒泉市民政局", prov="甘肃", ag="酒泉市民政局", date="2023-11-21",
            tags=["province_context"]))
    p.f("责任编辑：张  敏  校对：吴  桐")
    pages.append(p)
    return pages


# ---------------------------------------------------------------- 4. 綦江政务网 (HTML)
P4 = "綦江政务网"

HHEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{title}_{site}</title>
</head>
<body>
<div class="top"><span>重庆市綦江区人民政府</span> <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bmdt/">部门动态</a> &gt; <a href="/bmdt/mzj/">区民政局</a></div>
"""
HFOOT = """<div class="foot"><p>主办：重庆市綦江区人民政府办公室 渝ICP备05003300号</p><p>网站标识码 5001100001 渝公网安备 50011002500001号</p></div>
</body>
</html>
"""


def html_single(date, name, a, info, related, cs="utf-8", extra=None):
    t = a.truth()
    title = t["title"]
    parts = [HHEAD.format(cs=cs, title=htmlmod.escape(title), site=P4)]
    parts.append('<div class="article">\n<h1 class="tit">%s</h1>\n' % htmlmod.escape(title))
    parts.append('<div class="info">%s <span class="fz">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>\n' % info)
    parts.append('<div class="content" id="zoom">\n')
    for b in a.blocks:
        if b[0] == "p":
            parts.append('<p style="text-indent:2em;">%s</p>\n' % htmlmod.escape(b[1]))
        elif b[0] == "c":
            parts.append('<p style="text-align:center;"><img src="/images/%s.jpg" alt=""></p>\n'
                         '<p class="pic-txt" style="text-align:center;">%s</p>\n'
                         % (name, htmlmod.escape(b[1])))
    parts.append("</div>\n")
    if extra is not None:
        parts.append('<div class="yanshen"><h4>延伸阅读</h4>\n<h5>%s</h5>\n' % htmlmod.escape(extra.truth()["title"]))
        for b in extra.blocks:
            if b[0] == "p":
                parts.append("<p>%s</p>\n" % htmlmod.escape(b[1]))
        parts.append("</div>\n")
    parts.append('<div class="btns"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>\n')
    parts.append('<div class="related"><h4>相关链接</h4><ul>\n')
    for r in related:
        parts.append('<li><a href="#">%s</a></li>\n' % htmlmod.escape(r))
    parts.append("</ul></div>\n</div>\n")
    parts.append(HFOOT)
    path = os.path.join(HERE, P4, date, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    enc = "gb18030" if cs == "gb2312" else "utf-8"
    with open(path, "wb") as fh:
        fh.write("".join(parts).encode(enc))
    arts = [t] + ([extra.truth()] if extra is not None else [])
    tags = {"html", "related_link"} | set(x for ar in arts for x in ar["phenomena"])
    if enc == "gb18030":
        tags.add("gb18030")
    return os.path.relpath(path, HERE), {
        "encoding": enc, "crlf": False, "kind": "html", "publication_kind": "county",
        "phenomena": sorted(tags), "articles": arts}


def pub4():
    out = []
    a = A([("t", "区民政局召开2023年度机关党支部书记抓党建述职评议会"),
           ("p", "12月28日下午，区民政局召开2023年度机关党支部书记抓党建述职评议会。局属 6个党支部书记围绕履行党建责任、推进模范机关建设等进行述职。"),
           ("p", "会议指出，一年来，各支部认真落实“三会一课”、主题党日等制度，党建引领民政事业高质量发展取得新成效。会议要求，要坚持问题导向，把述职中查摆的问题列入整改清单，逐项抓好落实。"),
           ("p", "局党组书记、局长周明辉对各支部书记述职情况逐一点评，并就做好2024年党建工作提出要求。"),
           ("c", "述职评议会现场"),
           ("a", "来源：綦江区民政局作者：罗  晶"),
           ],
          src="綦江区民政局", prov="重庆", ag="綦江区民政局", date="2023-12-28",
          people=["周明辉", "罗晶"], tags=["year_boundary", "half_day_date", "province_context"])
    info = '<span>发布时间：2024-01-05 10:21</span> <span>来源：綦江区民政局</span><span>作者：罗  晶</span> <span>浏览次数：<em id="hits">312</em></span>'
    out.append(html_single("2024-01-05", "art_1204.html", a, info,
                           ["区民政局召开党组理论学习中心组学习会", "区民政局开展“我为群众办实事”实践活动"]))

    a = A([("t", "古南街道：党建引领“小网格”撬动基层“大治理”"),
           ("p", "近日，綦江区古南街道以党建引领网格治理为抓手，将辖区划分为 86个网格，组建由党员、楼栋长、志愿者组成的网格服务队，推动服务管理资源向网格下沉。"),
           ("p", "“有什么事在群里说一声，网格员很快就来了。”居民刘秀英说。今年以来，街道网格服务队累计解决群众急难愁盼问题 500余件。"),
           ("p", "街道党工委书记蒋晓峰表示，下一步将深化“党建+网格+社会组织”模式，让群众在家门口享受更优质的服务。"),
           ("a", "来源：古南街道"),
           ],
          src="綦江区古南街道", prov="重庆", ag="綦江区古南街道党工委", date="2024-05-17",
          people=["刘秀英", "蒋晓峰"], tags=["relative_date", "name_verb", "province_context"])
    ext = A([("t", "什么是“党建+网格”"),
             ("p", "“党建+网格”是指以党组织为核心，把党的组织体系嵌入网格治理体系，实现网格党组织全覆盖，发挥党员在网格中的先锋模范作用。"),
             ], src=None, prov=None, ag=None, date="2024-05-17", tags=["related_link"])
    info = '<span>发布时间：2024-05-17</span> <span>来源：古南街道</span><span>作者：</span> <span>浏览次数：87</span>'
    out.append(html_single("2024-05-17", "art_2231.html", a, info,
                           ["文龙街道召开网格员培训会", "区民政局推进社区治理创新"], cs="gb2312", extra=ext))

    a = A([("t", "区委社会工作部举办全区社会组织党组织书记培训班"),
           ("p", "9月24日至26日，区委社会工作部在区委党校举办全区社会组织党组织书记培训班，全区 70余名社会组织党组织书记参加培训。"),
           ("p", "培训班围绕学习贯彻二十届三中全会精神、社会组织党建工作实务、社会组织规范化建设等内容开展专题授课，并组织学员到东溪镇开展现场教学。"),
           ("p", "学员们纷纷表示，将把所学所获运用到工作中，推动社会组织党建工作提质增效。"),
           ("c", "图为培训班开班现场。"),
           ("a", "来源：区委社会工作部"),
           ],
          src="綦江区委社会工作部", prov="重庆", ag="綦江区委社会工作部", date="2024-09-24",
          people=[], tags=["province_context"])
    info = '<span>发布时间：2024-09-29 16:02</span> <span>来源：区委社会工作部</span> <span>浏览次数：156</span>'
    out.append(html_single("2024-09-29", "art_3107.html", a, info,
                           ["区委社会工作部召开全区“两新”党建工作会", "社会组织党建知识问答"]))

    # list page
    entries = [
        ("区民政局开展清廉机关建设专题党课", "2月26日，区民政局党组书记周明辉以“以清廉机关建设护航民政高质量发展”为题讲授专题党课……", "2025-02-26", ["周明辉"]),
        ("三江街道社区社会组织“党建+服务”项目启动", "2月24日，三江街道启动社区社会组织“党建+服务”项目，首批 12个项目涵盖助老、助残、儿童关爱等领域……", "2025-02-24", []),
        ("区民政局召开2024年度民主生活会会前学习研讨", "近日，区民政局领导班子召开2024年度民主生活会会前专题学习研讨，深入学习领会习近平新时代中国特色社会主义思想……", "2025-02-20", []),
        ("区民政局组织党员干部开展学雷锋志愿服务", "区民政局机关各党支部组织党员干部走进社区、养老机构开展志愿服务活动……", "2025-02-18", []),
    ]
    lis, arts = [], []
    for ti, su, d, ppl in entries:
        lis.append('<li><a href="./art_%s.html" title="%s">%s</a><p class="zy">%s</p><span class="date">%s</span></li>'
                   % (d.replace("-", ""), htmlmod.escape(ti), htmlmod.escape(ti), htmlmod.escape(su), d))
        tags = ["province_context"]
        if "近日" in su or not re.search(r"\d+月\d+日", su):
            tags.append("relative_date")
        arts.append({"title": ti, "body": [su], "attribution": "", "source": None,
                     "province": "重庆", "agency": "三江街道" if "三江" in ti else "綦江区民政局",
                     "date": d, "people": ppl, "slogans": slogans_of(ti + su), "captions": [],
                     "phenomena": sorted(set(tags) | ({"stray_spaces"} if CJK.search(su) else set()))})
    page = (HHEAD.format(cs="utf-8", title="区民政局", site=P4)
            + '<div class="list"><h3>区民政局</h3>\n<ul class="news">\n' + "\n".join(lis) + "\n</ul>\n"
            + '<div class="page">共 23 条  <a>首页</a> <a>上一页</a> <span>1</span> <a>2</a> <a>3</a> <a>下一页</a> <a>尾页</a></div>\n</div>\n'
            + HFOOT)
    path = os.path.join(HERE, P4, "2025-02-27", "list_mzj.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    tags = {"html"} | set(x for ar in arts for x in ar["phenomena"])
    out.append((os.path.relpath(path, HERE), {
        "encoding": "utf-8", "crlf": False, "kind": "html", "publication_kind": "county",
        "phenomena": sorted(tags), "articles": arts}))
    return out


# ---------------------------------------------------------------- 5. 三秦民政机关党建 (docx)
P5 = "三秦民政机关党建"
DIST = ["报：省委省直机关工委，厅党组书记、厅长，厅党组成员",
        "送：驻厅纪检监察组",
        "发：厅机关各党支部，厅属各单位党组织"]


def docx_page(date, name, issue, arts, contents=True, dist=DIST, table_head=False):
    doc = Document()
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(P5)
    r.bold = True
    r.font.size = Pt(26)
    q = doc.add_paragraph("第%s期" % issue)
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    y, m, d = date.split("-")
    line = "%s年%d月%d日" % (y, int(m), int(d))
    if table_head:
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "中共陕西省民政厅机关委员会编"
        t.cell(0, 1).text = line
    else:
        doc.add_paragraph("中共陕西省民政厅机关委员会编　　　　　　　%s" % line)
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━━━")
    if contents:
        doc.add_paragraph("【目  录】")
        for a in arts:
            doc.add_paragraph("◇ " + a.truth()["title"])
    truths = []
    for a in arts:
        t = a.truth()
        truths.append(t)
        for b in a.blocks:
            k, v = b[0], b[1]
            if k == "t":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                rr = p.add_run(v.replace("|", ""))
                rr.bold = True
                rr.font.size = Pt(16)
            elif k in ("p", "pl", "c"):
                doc.add_paragraph(v)
            elif k == "a":
                p = doc.add_paragraph(v)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━━━")
    for ln in dist:
        doc.add_paragraph(ln)
    doc.add_paragraph("（共印40份）")
    path = os.path.join(HERE, P5, date, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)
    tags = {"docx", "bulletin_masthead", "distribution_lines"}
    if contents:
        tags.add("contents_list")
    for t in truths:
        tags |= set(t["phenomena"])
    return os.path.relpath(path, HERE), {
        "encoding": "docx", "crlf": False, "kind": "docx", "publication_kind": "bulletin",
        "phenomena": sorted(tags), "articles": truths}


SX = dict(prov="陕西", ag="陕西省民政厅")


def pub5():
    out = []
    arts = [
        A([("t", "厅机关党委召开2023年党建工作推进会"),
           ("p", "4月14日，厅机关党委召开2023年机关党建工作推进会，传达学习省直机关党的工作会议精神，安排部署第一批主题教育相关工作。厅党组成员、机关党委书记高建军出席会议并讲话。"),
           ("p", "会议要求，各党支部要把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，一是抓好理论学习，二是抓实调查研究，三是抓细检视整改，确保主题教育取得实效。"),
           ("a", "（机关党委办公室）")],
          src="陕西省民政厅机关党委办公室", date="2023-04-14", people=["高建军"],
          tags=["enumeration", "province_context"], **SX),
        A([("t", "社会事务处党支部开展“支部联支部”共建活动"),
           ("p", "4月18日，社会事务处党支部与西安市雁塔区民政局党支部开展“支部联支部”共建活动，双方围绕殡葬领域突出问题专项整治开展交流，并到基层殡仪服务站调研。"),
           ("a", "（社会事务处党支部 李文博）")],
          src="陕西省民政厅社会事务处党支部", date="2023-04-18", people=["李文博"],
          tags=["province_context"], **SX),
        A([("t", "厅直属机关青年理论学习小组开展读书分享会"),
           ("p", "近日，厅直属机关青年理论学习小组举办“悦读青春”读书分享会，12名青年干部结合工作实际分享读书心得。"),
           ("a", "（厅团委）")],
          src="陕西省民政厅团委", date="2023-04-20", tags=["relative_date", "province_context"], **SX),
    ]
    out.append(docx_page("2023-04-20", "jianbao_2023-05.docx", "5", arts))

    arts = [
        A([("t", "关于表彰厅机关2023年度优秀共产党员、优秀党务工作者和先进党支部的决定"),
           ("p", "2023年，厅机关各级党组织和广大党员深入学习贯彻党的二十大精神，扎实开展主题教育，涌现出一批先进典型。经各党支部推荐、机关党委审核，决定对以下同志和党支部予以表彰。"),
           ("pl", "一、优秀共产党员（8名）"),
           ("pl", "王  伟（办公室党支部）  刘  芳（社会救助处党支部）  张宏斌（养老服务处党支部）  杨  柳（儿童福利处党支部）"),
           ("pl", "陈晓东（社会组织管理局党支部）  赵  楠（规划财务处党支部）  马  琳（区划地名处党支部）  周建国（离退休干部党支部）"),
           ("pl", "二、优秀党务工作者（3名）"),
           ("pl", "孙  静（机关党委）  郭志强（社会事务处党支部）  韩  雪（人事处党支部）"),
           ("pl", "三、先进党支部（3个）"),
           ("pl", "社会救助处党支部、养老服务处党支部、社会组织管理局党支部"),
           ("p", "希望受表彰的同志和党支部珍惜荣誉、再接再厉，为谱写陕西民政高质量发展新篇章作出新的更大贡献。"),
           ("a", "中共陕西省民政厅机关委员会")],
          src="中共陕西省民政厅机关委员会", date="2024-01-26",
          people=["王伟", "刘芳", "张宏斌", "杨柳", "陈晓东", "赵楠", "马琳", "周建国", "孙静", "郭志强", "韩雪"],
          tags=["honour_list", "enumeration", "province_context"], **SX),
        A([("t", "厅机关党委召开2023年度党支部书记抓党建述职评议会"),
           ("p", "1月24日，厅机关党委召开2023年度党支部书记抓党建工作述职评议会，18个党支部书记现场述职，厅党组成员、机关党委书记高建军逐一点评。"),
           ("a", "（机关党委办公室）")],
          src="陕西省民政厅机关党委办公室", date="2024-01-24", people=["高建军"],
          tags=["province_context"], **SX),
    ]
    out.append(docx_page("2024-01-26", "jianbao_2024-01.docx", "1", arts, table_head=True))

    arts = [
        A([("t", "厅党组理论学习中心组专题学习二十届三中全会精神"),
           ("p", "7月30日，厅党组理论学习中心组召开专题学习会，传达学习党的二十届三中全会精神。厅党组书记、厅长韦东升主持并讲话。"),
           ("p", "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把学习贯彻二十届三中全会精神同落实民政领域各项改革任务结合起来。"),
           ("a", "（办公室）")],
          src="陕西省民政厅办公室", date="2024-07-30", people=["韦东升"],
          tags=["province_context"], **SX),
        A([("t", "养老服务处党支部赴照金开展党性教育"),
           ("p", "7月下旬，养老服务处党支部组织党员赴铜川照金革命旧址开展党性教育，重温入党誓词，开展“我与支部共成长”交流。"),
           ("c", "图为党员在照金革命旧址重温入党誓词。"),
           ("a", "（养老服务处党支部）")],
          src="陕西省民政厅养老服务处党支部", date="2024-07-21",
          tags=["period_date", "province_context"], **SX),
        A([("t", "离退休干部党支部开展“银龄心向党”主题活动"),
           ("p", "8月 1日，离退休干部党支部组织 30余名老党员开展“银龄心向党”主题活动，老党员周建国为大家讲述了当年参与基层民政工作的故事。"),
           ("a", "（离退休干部处）")],
          src="陕西省民政厅离退休干部处", date="2024-08-01", people=["周建国"],
          tags=["province_context"], **SX),
    ]
    out.append(docx_page("2024-08-02", "jianbao_2024-09.docx", "9", arts))

    arts = [
        A([("t", "厅机关召开深入贯彻中央八项规定精神学习教育动员部署会"),
           ("p", "3月28日，厅机关召开深入贯彻中央八项规定精神学习教育动员部署会。厅党组书记、厅长韦东升作动员讲话，驻厅纪检监察组组长冯立新出席。"),
           ("p", "会议强调，要坚持学查改一体推进，聚焦“四风”问题，深入查摆纠治，以优良作风推动全面从严治党向纵深发展。"),
           ("a", "（机关党委办公室）")],
          src="陕西省民政厅机关党委办公室", date="2025-03-28", people=["韦东升", "冯立新"],
          tags=["province_context"], **SX),
        A([("t", "各党支部集中开展学习研讨"),
           ("p", "动员会后，厅机关各党支部迅速行动，通过支部书记领学、党员交流发言等方式开展集中学习研讨。"),
           ("p", "社会组织管理局党支部结合社会组织登记管理工作，梳理廉政风险点 15个；规划财务处党支部聚焦资金监管，建立问题整改台账。"),
           ("a", "（机关党委办公室）")],
          src="陕西省民政厅机关党委办公室", date="2025-04-03",
          tags=["province_context", "relative_date"], **SX),
    ]
    out.append(docx_page("2025-04-03", "jianbao_2025-04.docx", "4", arts, contents=True,
                         dist=["报：省委省直机关工委", "发：厅机关各党支部，厅属各单位党组织"]))
    return out


# ---------------------------------------------------------------- 6. 塞上民政周报
P6 = "塞上民政周报"


def pub6():
    pages = []
    NX = dict(prov="宁夏")
    p = TextPage(P6, "2023-03-24", "02.txt", "provincial", width=14, tags=["column_label"])
    p.f(P6, "3月24日  第2版  机关党建")
    p.add(A([("lead", "本报讯（通讯员 马小燕）",
              "3月中旬，自治区民政厅机关党委组织开展“模范机关”创建观摩活动，厅机关各党支部书记分两组观摩了社会救助处、养老服务处等 4个党支部的阵地建设和工作台账。"),
             ("p", "观摩中，大家一边看、一边记、一边议，相互学习借鉴好的经验做法。厅机关党委专职副书记田  原要求，各党支部要对照“五好”标准查找差距，推动模范机关创建整体提升。"),
             ("t", "厅机关开展模范机关创建观摩活动"),
             ],
            src=P6, ag="宁夏回族自治区民政厅", date="2023-03-11", people=["马小燕", "田原"],
            tags=["dateline", "period_date", "title_after", "province_context"], double=True, **NX))
    p.add(A([("lead", "本报讯（记者 李  岚）",
              "3月20日上午，银川市民政局召开机关党建暨党风廉政建设工作会议，总结 2022年工作，部署今年任务。"),
             ("p", "会议要求，要持续深化清廉机关建设，严格落实中央八项规定精神，锲而不舍纠治“四风”，为全市民政事业高质量发展提供坚强保证。"),
             ("t", "银川市民政局部署机关党建|和党风廉政建设工作"),
             ],
            src=P6, ag="银川市民政局", date="2023-03-20", people=["李岚"],
            tags=["dateline", "half_day_date", "title_after", "multi_line_title", "province_context"],
            double=True, **NX))
    p.f("本版编辑  海  燕")
    pages.append(p)

    p = TextPage(P6, "2024-01-12", "01.txt", "provincial", crlf=True, width=16,
                 tags=["column_label"])
    p.f(P6, "1月12日  第1版  要闻")
    p.add(A([("t", "民政部召开直属机关党建工作会议"),
             ("p", "1月 9日，民政部召开 2024年直属机关党的建设工作会议，总结去年直属机关党建工作，部署今年重点任务。"),
             ("p", "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，巩固拓展主题教育成果，深化模范机关建设，以高质量党建引领保障民政事业高质量发展。"),
             ("a", "（据民政部网站）"),
             ],
            src="民政部网站", prov=None, ag="民政部", date="2024-01-09",
            tags=["national_body"], double=True))
    p.add(A([("t", "吴忠市民政局开展岁末年初走访慰问"),
             ("lead", "本报讯（通讯员 杨  洁）",
              "12月下旬，吴忠市民政局机关党委组织党员干部深入利通区、青铜峡市开展走访慰问，为 60户困难群众和老党员送去慰问金和生活物资。"),
             ("p", "市民政局党组书记丁国华说，要把关心关爱落到实处，确保困难群众温暖过冬。"),
             ],
            src=P6, prov="宁夏", ag="吴忠市民政局", date="2023-12-21", people=["杨洁", "丁国华"],
            tags=["dateline", "period_date", "year_boundary", "name_verb", "province_context"]))
    p.add(A([("t", "固原市社会组织党委召开年度述职评议会"),
             ("p", "1月 5日上午，固原市社会组织党委召开 2023年度基层党组织书记抓党建述职评议会，15家社会组织党组织书记现场述职。"),
             ("a", "（固原市民政局供稿）"),
             ],
            src="固原市民政局", prov="宁夏", ag="固原市社会组织党委", date="2024-01-05",
            tags=["half_day_date", "province_context"]))
    p.f("本版编辑  海  燕    校对  马  瑞")
    pages.append(p)

    p = TextPage(P6, "2024-06-28", "03.txt", "provincial", width=15,
                 tags=["column_label"])
    p.f("第3版  基层党建  6月28日")
    p.add(A([("t", "中卫市沙坡头区：|“红色驿站”温暖社区服务"),
             ("by", "本报记者  白  雪"),
             ("p", "在中卫市沙坡头区文昌镇，6个社区“红色驿站”成为居民家门口的服务站。驿站由社区党组织牵头，吸纳社区社会组织、志愿者参与，提供助老、托幼、政策咨询等服务。"),
             ("p", "“驿站有什么活动，我都来参加。”72岁的居民何秀兰说。"),
             ("p", "区民政局局长金永明介绍，下一步将在全区推广“红色驿站”做法，形成可复制的经验。"),
             ],
            src=P6, prov="宁夏", ag="中卫市沙坡头区民政局", date="2024-06-28",
            people=["白雪", "何秀兰", "金永明"],
            tags=["byline_top", "multi_line_title", "province_context"], double=True))
    p.add(A([("t", "石嘴山市民政局开展“七一”系列活动"),
             ("p", "6月下旬，石嘴山市民政局机关党委围绕迎接建党 103周年开展系列活动：一是召开党员大会，二是讲授专题党课，三是开展走访慰问，四是组织重温入党誓词。"),
             ("a", "（通讯员 沙  洁）"),
             ],
            src=None, prov="宁夏", ag="石嘴山市民政局", date="2024-06-21", people=["沙洁"],
            tags=["period_date", "enumeration", "province_context"]))
    p.f("本版编辑  海  燕", P6)
    pages.append(p)

    p = TextPage(P6, "2025-05-16", "02.txt", "provincial", width=13,
                 tags=["column_label"])
    p.f(P6, "5月16日  第2版  机关党建")
    p.add(A([("lead", "本报讯（记者 李  岚）",
              "5月13日下午，自治区民政厅召开深入贯彻中央八项规定精神学习教育读书班结业式，厅党组书记、厅长王志远作总结讲话。"),
             ("p", "读书班期间，学员们围绕中央八项规定及其实施细则精神、以学正风等内容开展集中学习和专题研讨。"),
             ("t", "自治区民政厅举办学习教育读书班"),
             ],
            src=P6, prov="宁夏", ag="宁夏回族自治区民政厅", date="2025-05-13",
            people=["李岚", "王志远"],
            tags=["dateline", "half_day_date", "title_after", "province_context"], double=True))
    p.add(A([("lead", "本报讯（通讯员 马  军）",
              "5月上旬，银川市兴庆区民政局党支部联合辖区社区开展“党建+养老”服务月活动，组织党员志愿者为 200余名老年人提供健康义诊和政策宣讲。"),
             ("t", "兴庆区民政局开展“党建+养老”服务月活动"),
             ],
            src=P6, prov="宁夏", ag="银川市兴庆区民政局", date="2025-05-01", people=["马军"],
            tags=["dateline", "period_date", "title_after", "province_context"], double=True))
    p.add(A([("t", "西吉县民政局推行“支部+合作社”模式"),
             ("p", "今年以来，西吉县民政局党支部与 5个村级合作社党支部结对，帮助困难群众发展庭院经济。"),
             ("a", "（西吉县民政局供稿）"),
             ],
            src="西吉县民政局", prov="宁夏", ag="西吉县民政局", date="2025-05-16",
            tags=["relative_date", "province_context"]))
    p.f("本版编辑  海  燕    校对  马  瑞")
    pages.append(p)
    return pages


# ---------------------------------------------------------------- 7. 河湟党建研究 (theory)
P7 = "河湟党建研究"


def theory(title, author, abstract, keywords, paras, unit, date, tags=()):
    bl = [("t", title), ("by", author), ("p", "摘要：" + abstract), ("p", "关键词：" + keywords)]
    for x in paras:
        bl.append(("p", x))
    bl.append(("a", "（作者单位：%s）" % unit))
    return A(bl, src=None, prov=None, ag=None, date=date, people=[author.replace(" ", "")],
             tags=["subheadings", "byline_top"] + list(tags))


def pub7():
    pages = []
    p = TextPage(P7, "2023-05-01", "p23.txt", "magazine", width=20,
                 tags=["column_label"])
    p.f("河湟党建研究 · 第5期", "理论探索")
    p.add(theory("新时代机关党建高质量发展的实践路径", "刘子谦",
                 "推动机关党建高质量发展，是落实全面从严治党要求的应有之义。本文从政治引领、组织建设、作风建设三个维度，探讨机关党建高质量发展的实践路径。",
                 "机关党建；高质量发展；模范机关",
                 ["一、以政治建设为统领",
                  "机关是政治机关，必须把党的政治建设摆在首位，引导党员干部深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                  "二、以组织建设为基础",
                  "（一）健全组织体系。推动党支部标准化规范化建设，严格落实“三会一课”制度。",
                  "（二）建强干部队伍。注重在业务骨干中发展党员，把党员培养成业务骨干。",
                  "三、以作风建设为保障",
                  "要严格落实中央八项规定精神，持续纠治“四风”，以优良作风推动中国式现代化建设。"],
                 "青海省委党校党建教研部", "2023-05-01", tags=["enumeration"]))
    p.add(theory("论“两个结合”对党的理论创新的意义", "马 兰 芳",
                 "“两个结合”是我们党对马克思主义中国化时代化规律的深刻认识。本文阐述其理论内涵与实践要求。",
                 "两个结合；理论创新；马克思主义中国化",
                 ["一、“两个结合”的理论内涵",
                  "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，是开辟和发展中国特色社会主义的根本途径。",
                  "二、“两个结合”的实践要求",
                  "坚持“两个结合”，必须坚持人民至上、坚持自信自立、坚持守正创新。"],
                 "青海师范大学马克思主义学院", "2023-05-01"))
    p.f("·23·")
    pages.append(p)

    p = TextPage(P7, "2024-03-01", "p41.txt", "magazine", enc="utf-8-sig", crlf=True, width=18,
                 tags=["column_label"])
    p.f("理论探索", "河湟党建研究 · 第3期")
    p.add(theory("以党建引领推进社会组织健康发展", "韩 德 明",
                 "社会组织是社会治理的重要力量。加强社会组织党建，对于引导社会组织健康发展具有重要意义。",
                 "社会组织；党建引领；基层治理",
                 ["一、社会组织党建的现实意义",
                  "社会组织联系群众广泛，是党的工作的重要阵地。",
                  "二、当前存在的主要问题",
                  "一是党组织覆盖不够全面，二是党建工作与业务融合不深，三是党务工作力量较为薄弱。",
                  "三、对策建议",
                  "（一）扩大两个覆盖。（二）推动深度融合。（三）加强队伍建设。"],
                 "青海民族大学政治与公共管理学院", "2024-03-01", tags=["enumeration"]))
    p.add(theory("“四下基层”制度的时代价值", "卓玛才让",
                 "“四下基层”是党的群众路线的生动实践。新时代传承和弘扬“四下基层”，对改进作风具有重要意义。",
                 "四下基层；群众路线；作风建设",
                 ["一、坚持人民立场",
                  "“四下基层”体现了一切为了群众、一切依靠群众的根本立场。",
                  "二、改进工作作风",
                  "推动领导干部深入基层、深入群众，在解决问题中锤炼作风。"],
                 "中共海东市委党校", "2024-03-01"))
    p.f("·41·")
    pages.append(p)

    p = TextPage(P7, "2024-10-01", "p12.txt", "magazine", width=22, tags=["column_label"])
    p.f("河湟党建研究 · 第10期", "理论探索", "学习贯彻二十届三中全会精神")
    p.add(theory("深刻把握进一步全面深化改革的重大原则", "张 启 航",
                 "二十届三中全会精神为进一步全面深化改革指明了方向。本文围绕改革的重大原则作初步探讨。",
                 "全面深化改革；重大原则；中国式现代化",
                 ["1. 坚持党的全面领导",
                  "必须坚定维护党中央权威和集中统一领导，确保改革始终沿着正确政治方向前进。",
                  "2. 坚持以人民为中心",
                  "改革必须尊重人民主体地位，做到改革为了人民、改革依靠人民、改革成果由人民共享。",
                  "3. 坚持守正创新",
                  "以中国式现代化为统领，在守正基础上大胆创新。"],
                 "青海大学马克思主义学院", "2024-10-01"))
    p.add(theory("机关党员干部学习二十届三中全会精神的几点体会", "李 静",
                 "机关党员干部学习全会精神，要在学深悟透上下功夫，在推动落实上见成效。",
                 "学习体会；机关党员；改革落实",
                 ["一、在学深悟透上下功夫",
                  "要原原本本学、联系实际学。",
                  "二、在推动落实上见成效",
                  "要把学习成果转化为推动工作的具体举措。"],
                 "青海省委直属机关工委", "2024-10-01"))
    p.f("·12·")
    pages.append(p)

    p = TextPage(P7, "2025-02-01", "p07.txt", "magazine", width=19, tags=["column_label"])
    p.f("河湟党建研究 · 第2期", "理论探索")
    p.add(theory("清廉机关建设的制度逻辑与实践进路", "赵 书 瑾",
                 "清廉机关建设是全面从严治党向机关延伸的重要抓手。本文从制度逻辑出发，提出清廉机关建设的实践进路。",
                 "清廉机关；全面从严治党；制度建设",
                 ["一、清廉机关建设的制度逻辑",
                  "（一）以制度规范权力运行。",
                  "（二）以制度涵养廉洁文化。",
                  "二、清廉机关建设的实践进路",
                  "要坚持不敢腐、不能腐、不想腐一体推进，把清廉要求融入机关日常管理。"],
                 "青海省社会科学院", "2025-02-01"))
    p.add(theory("提升基层党组织组织力的路径思考", "格桑旦增",
                 "基层党组织是党执政大厦的地基。提升组织力，是新时代基层党建的重要课题。",
                 "基层党组织；组织力；党建引领",
                 ["一、强化政治功能",
                  "二、健全组织体系",
                  "三、激发党员活力",
                  "以上三个方面相互联系、相互促进，共同构成提升组织力的基本路径。"],
                 "中共玉树州委党校", "2025-02-01"))
    p.f("·7·")
    pages.append(p)
    return pages


def main():
    truth = {}
    for fn in (pub1, pub2, pub3, pub6, pub7):
        for p in fn():
            rel, d = p.write()
            truth[rel] = d
    for rel, d in pub4() + pub5():
        truth[rel] = d
    with open(os.path.join(HERE, "truth-%s.json" % SET), "w", encoding="utf-8") as fh:
        json.dump(_truth12_align(_truth11_align(_truth10_align(truth))), fh, ensure_ascii=False, indent=1)
    print(len(truth), "pages")


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("准噶尔垦区报/2024-11-08/02.txt", 3, "source", "第八师石河子市一四八团党委组织部", "一四八团党委组织部", 2),
    ("綦江政务网/2024-05-17/art_2231.html", 1, "source", "綦江区古南街道", "古南街道", 2),
    ("塞上民政周报/2025-05-16/02.txt", 2, "agency", "银川市兴庆区民政局", "兴庆区民政局", 7),
    ("綦江政务网/2024-05-17/art_2231.html", 1, "agency", "綦江区古南街道党工委", "古南街道党工委", 7),
    ("准噶尔垦区报/2023-06-16/03.txt", 3, "agency", "第六师五家渠市一〇三团党委", "一〇三团党委", 7),
    ("准噶尔垦区报/2023-06-16/04.txt", 1, "agency", "第六师五家渠市一〇三团党委", "一〇三团党委", 7),
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
    ('陇右日报/2023-06-14/05.txt', 1, 'slogans', ['“第一议题”', '主题教育'], ['“第一议题”', '主题教育', '以学铸魂', '以学增智', '以学正风', '以学促干'], 1),
    ('陇右日报/2023-11-24/05.txt', 1, 'slogans', ['学思想、强党性、重实践、建新功'], ['学思想、强党性、重实践、建新功', '主题教育'], 1),
]


def _truth11_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH11:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth



# settled in round twelve (docs/truth_conventions.md; kinds: 12.1 = round twelve kind 1, 9.N / 10.N = the
# kinds settled in rounds nine and ten, applied where this set's truth contradicted them):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH12 = [
    ('綦江政务网/2025-02-27/list_mzj.html', 1, 'source', None, '綦江政务网', '12.1'),
    ('綦江政务网/2025-02-27/list_mzj.html', 2, 'source', None, '綦江政务网', '12.1'),
    ('綦江政务网/2025-02-27/list_mzj.html', 3, 'source', None, '綦江政务网', '12.1'),
    ('綦江政务网/2025-02-27/list_mzj.html', 4, 'source', None, '綦江政务网', '12.1'),
]


def _truth12_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH12:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
