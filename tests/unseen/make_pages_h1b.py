# -*- coding: utf-8 -*-
"""Held-back test pages, share B: four publications the parser has never seen.

    python tests/unseen/make_pages_h1b.py

writes tests/unseen/<publication>/<date>/<page>.<ext> (+ a few sidecars) and
tests/unseen/truth-h1b.json.  Every article below is invented for this test.

Markers inside the hand-written text (never printed, never in the truth):
    ¦   forced line break at this point of the column
    ~   a stray layout space
Layout (column width, blank lines, stray spaces, encodings, line ends) is
deterministic: each page seeds its own random.Random with its path.

aligned to docs/truth_conventions.md (round nine): a ▲ marker is not part of a caption (the truth drops it; the page keeps it).

kind 3 reverted by the lead (round nine): an uncredited report keeps source null, as most authors wrote it;
the kind-3 rows below were removed and the truth restored (docs/truth_conventions.md, settled kind 3).
aligned to docs/truth_conventions.md (round nine, settled kinds): kind 3 (an uncredited report of
the paper or site → the paper, source) 13; kind 7 (both forms printed → the shorter, agency) 1 — 14
values, listed in _TRUTH10 and applied as the truth is written; no page changes.
"""
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CANON = ["两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者",
         "两个结合", "六个必须坚持", "三会一课", "第一议题", "三级联动", "四风",
         "两学一做", "三严三实", "不忘初心、牢记使命",
         "习近平新时代中国特色社会主义思想", "主题教育", "党史学习教育", "模范机关",
         "清廉机关", "总体国家安全观", "高质量发展", "中国式现代化", "全面从严治党",
         "中央八项规定", "党建引领", "以学铸魂", "以学增智", "以学正风", "以学促干",
         "学思想、强党性、重实践、建新功", "党的二十大精神", "二十届三中全会精神"]
NUMBERED = re.compile(r"“([一二两三四五六七八九十]+[个项][^“”]{1,12})”")

CLOSE = set("，。、；：！？）》」』”’…%")
OPEN = set("（《“‘「")


def clean(s):
    return s.replace("¦", "").replace("~", "") if s is not None else None


def slogans_of(text, body_text):
    found = []
    for term in CANON:
        i = text.find(term)
        if i >= 0:
            found.append((i, term))
    found.sort()
    out = [t for _, t in found]
    for m in NUMBERED.finditer(body_text):
        t = m.group(1)
        if t not in out and t not in CANON:
            out.append(t)
    return out


# ---------------------------------------------------------------- layout


def cwidth(ch):
    return 0.5 if ch.isascii() and ch != " " else (0.0 if ch == " " else 1.0)


def wrap(text, width, rng, jitter=1):
    """Cut one paragraph into column lines the way a PDF text layer does.
    A forced break (¦) ends a line: the part before it is set a little
    wider or narrower so that its last line comes out (nearly) full."""
    if "¦" not in text:
        return wrap_seg(text, width, rng, jitter)
    segs = text.split("¦")
    lines = []
    for k, seg in enumerate(segs):
        if k == len(segs) - 1:
            lines += wrap_seg(seg, width, rng, jitter)
            break
        best = None
        for w in range(width - 3, width + 4):
            ls = wrap_seg(seg, w, random.Random(0), 0)
            last = sum(cwidth(c) for c in ls[-1])
            score = abs(w - last) + 0.3 * abs(w - width)
            if best is None or score < best[0]:
                best = (score, ls)
        lines += best[1]
    return lines


def wrap_seg(text, width, rng, jitter=1):
    lines, cur, w = [], "", 0.0
    target = width + rng.randint(-jitter, jitter)
    for ch in text:
        if ch == "~":
            cur += " "
            continue
        cw = cwidth(ch)
        if w + cw > target and cur.strip() and ch not in CLOSE:
            if cur[-1] in OPEN:
                carry, cur = cur[-1], cur[:-1]
                lines.append(cur)
                cur, w = carry, 1.0
            else:
                lines.append(cur)
                cur, w = "", 0.0
            target = width + rng.randint(-jitter, jitter)
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def stray(line, rng, p):
    """Stray spaces of a PDF text layer: after ，、, before 。”, in 10月 26日."""
    if p <= 0:
        return line
    out = []
    for i, ch in enumerate(line):
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if ch in "。”" and out and out[-1] != " " and rng.random() < p * 0.6:
            out.append(" ")
        out.append(ch)
        if ch in "，、" and nxt and rng.random() < p:
            out.append(" ")
        elif ch == "月" and nxt.isdigit() and rng.random() < p * 2:
            out.append(" ")
        elif ch == "第" and nxt.isdigit() and rng.random() < p * 2:
            out.append(" ")
        elif ch.isdigit() and ch.isascii() and nxt in "次名余个" and nxt and rng.random() < p * 2:
            out.append(" ")
    return "".join(out)


class Page:
    def __init__(self, path, style):
        self.path = path
        self.s = style
        self.rng = random.Random(path)
        self.lines = []
        self.items = []

    # style helpers
    def width(self, art=None):
        lo, hi = (art or {}).get("width") or self.s["width"]
        return self.rng.randint(lo, hi)

    def spacing(self, art=None):
        return (art or {}).get("spacing") or self.s["spacing"]

    def emit(self, lines, spacing, gap_after=True):
        """spacing: 'double' (blank after every line), 'par' (blank after the
        block), 'tight' (no blank lines at all)."""
        for ln in lines:
            self.lines.append(ln)
            if spacing == "double":
                self.lines.append("")
        if spacing == "par" and gap_after:
            self.lines.append("")

    def body_lines(self, text, art):
        w = self.width(art)
        p = art.get("stray", self.s.get("stray", 0.0))
        return [stray(ln, self.rng, p) for ln in wrap(text, w, self.rng, self.s.get("jitter", 1))]

    def title_block(self, art):
        sp = self.spacing(art)
        tl = []
        if art.get("kicker"):
            tl.append(art["kicker"].replace("~", " "))
        tl_main = [t.replace("~", " ") for t in art["title_lines"]]
        if art.get("title_gap") and len(tl_main) > 1:
            # OCR: a blank line inside a two-line title
            tl_main = [tl_main[0], ""] + tl_main[1:]
        tl += tl_main
        if art.get("subtitle"):
            tl.append(art["subtitle"].replace("~", " "))
        if sp == "double":
            self.emit(tl, "tight")
            self.lines.append("")
        else:
            self.emit(tl, sp)

    def article(self, art):
        sp = self.spacing(art)
        marker = art.get("marker")
        if art.get("title_pos", "before") == "before" and art.get("title_lines"):
            if marker:
                tls = list(art["title_lines"])
                tls[0] = marker + art.get("marker_gap", " ") + tls[0]
                tls[-1] = tls[-1] + art.get("marker_close", "")
                art = dict(art)
                art["title_lines"] = tls
            self.title_block(art)
            marker = None
        for b in art.get("byline_top", []):
            self.emit(b.replace("~", " ").split("¦"), sp)
        for c in [c for pos, c in art.get("captions", []) if pos == "top"]:
            self.emit(wrap(c, self.width(art) + 2, self.rng, 0), sp)
        if art.get("cont_top"):
            self.emit([art["cont_top"]], sp)
        body = list(art["body"])
        if art.get("dateline"):
            body[0] = art["dateline"] + body[0]
        if marker:
            body[0] = marker + art.get("marker_gap", "") + body[0]
        if art.get("attr_inline"):
            body[-1] = body[-1] + art["attr_end"]
        for i, para in enumerate(body):
            self.emit(self.body_lines(para, art), sp)
            for pos, c in art.get("captions", []):
                if pos == i:
                    self.emit(wrap(c, self.width(art) + 1, self.rng, 0), sp)
        if art.get("cont_end"):
            self.emit([art["cont_end"]], sp)
        if art.get("attr_end") and not art.get("attr_inline"):
            self.emit([art["attr_end"]], sp)
        for c in [c for pos, c in art.get("captions", []) if pos == "end"]:
            self.emit(wrap(c, self.width(art) + 1, self.rng, 0), sp)
        if art.get("title_pos") == "after":
            self.title_block(art)

    def furniture(self, lines, spacing=None):
        sp = spacing or self.s.get("furn_spacing") or self.spacing()
        self.emit(lines, sp)

    def text(self):
        ls = list(self.lines)
        while ls and ls[-1] == "":
            ls.pop()
        return "\n".join(ls) + "\n"


def truth_article(art, issue, pub):
    """The truth record of one hand-written article."""
    tp = art.get("title_pos", "before")
    if tp == "none" or not art.get("title_lines"):
        title = None
    else:
        title = clean((art.get("kicker") or "") + "".join(art["title_lines"]) + (art.get("subtitle") or ""))
    body = [clean(p) for p in art["body"]]
    attribution = "".join(clean(b) for b in art.get("byline_top", []))
    attribution += clean(art.get("dateline") or "")
    attribution += clean(art.get("attr_end") or "")
    captions = [clean(c) for _, c in art.get("captions", [])]
    text = (title or "") + "\n".join(body) + "\n".join(captions)
    tags = list(art.get("tags", []))

    def tag(t):
        if t not in tags:
            tags.append(t)
    if art.get("marker"):
        tag("briefs")
    if art.get("byline_top"):
        tag("byline_top")
    if (art.get("attr_end") or "").startswith("（作者"):
        tag("author_note")
    if art.get("dateline"):
        tag("dateline")
    if art.get("kicker"):
        tag("kicker")
    if art.get("subtitle"):
        tag("subtitle")
    if art.get("title_lines") and (len(art["title_lines"]) > 1 or any("¦" in t for t in art["title_lines"])) and tp != "none":
        tag("multi_line_title")
    if tp == "after":
        tag("title_after")
    if title is None:
        tag("title_none")
    if art.get("cont_top") or art.get("cont_end"):
        tag("continued")
    if art.get("label"):
        tag("column_label")
    if captions:
        tag("captions")
    people = art["people"]
    if any("·" in p for p in people):
        tag("dot_name")
    alltext = "".join(body)
    if any(alltext.find(p + v) >= 0 for p in people for v in ("说", "表示", "指出")):
        tag("name_verb")
    if art["date"][:4] < issue[:4]:
        tag("year_boundary")
    prov = art.get("province")
    if prov and prov not in (title or "") + alltext + attribution:
        tag("province_context")
    rec = {
        "title": title,
        "body": body,
        "attribution": attribution,
        "source": art.get("source"),
        "province": prov,
        "agency": art.get("agency"),
        "date": art["date"],
        "people": people,
        "slogans": slogans_of(text, alltext),
        "captions": [c[1:].lstrip() if c.startswith("▲") else c for c in captions],
        "phenomena": tags,
    }
    for p in people:
        assert p in (title or "") + alltext + attribution + "".join(captions), (pub, p)
    return rec


def write_bytes(rel, data):
    full = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def encode_text(text, enc, crlf):
    if crlf:
        text = text.replace("\n", "\r\n")
    if enc == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode(enc)


TRUTH = {}


def text_page(pub, issue, page, ext, spec):
    """spec: style, encoding, crlf, kind, pkind, items (furniture / label /
    editor note / articles in page order), tags."""
    rel = "%s/%s/%s.%s" % (pub, issue, page, ext)
    pg = Page(rel, spec["style"])
    arts = []
    tags = list(spec.get("tags", []))
    pending_label = False
    for kind, val in spec["items"]:
        if kind == "label":
            pending_label = True
        elif kind == "art":
            if pending_label:
                val = dict(val, label=True)
            pending_label = False
        else:
            pending_label = False
        if kind == "furn":
            pg.furniture(val)
        elif kind == "furn_tight":
            pg.furniture(val, "tight")
        elif kind == "label":
            pg.furniture([val])
        elif kind == "note":
            pg.emit(pg.body_lines(val, {}), pg.spacing())
            if "editor_note" not in tags:
                tags.append("editor_note")
        elif kind == "art":
            pg.article(val)
            arts.append(truth_article(val, issue, pub))
        else:
            raise ValueError(kind)
    text = pg.text()
    enc, crlf = spec.get("encoding", "utf-8"), spec.get("crlf", False)
    write_bytes(rel, encode_text(text, enc, crlf))
    if spec.get("kind") == "ocr":
        tags.append("ocr")
    if enc == "gb18030":
        tags.append("gb18030")
    if crlf:
        tags.append("crlf")
    sp = spec["style"]["spacing"]
    if sp == "double":
        tags.append("double_spaced")
    if sp == "tight":
        tags.append("no_blank_lines")
    if spec["style"].get("stray", 0) > 0 or "  " in text or re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff，。]", text):
        tags.append("stray_spaces")
    for a in arts:
        for t in a["phenomena"]:
            if t not in tags:
                tags.append(t)
    TRUTH[rel] = {
        "encoding": enc,
        "crlf": crlf,
        "kind": spec.get("kind", "text"),
        "publication_kind": spec["pkind"],
        "phenomena": tags,
        "articles": arts,
    }
    if spec.get("sidecar"):
        write_bytes(rel + ".json", json.dumps(spec["sidecar"], ensure_ascii=False, indent=1).encode("utf-8"))
    return rel


def html_page(pub, issue, page, art, meta):
    rel = "%s/%s/%s.html" % (pub, issue, page)
    t = truth_article(art, issue, pub)
    title = t["title"]
    main = clean("".join(art["title_lines"]))
    ent = meta.get("entities", False)

    def esc(s):
        s = clean(s)
        s = html.escape(s, quote=False)
        if ent:
            s = s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("·", "&middot;")
        return s
    paras = list(art["body"])
    if art.get("dateline"):
        paras[0] = art["dateline"] + paras[0]
    body_html = []
    for i, p in enumerate(paras):
        ind = "　　" if meta.get("indent") else ""
        body_html.append('<p style="text-indent:2em;">%s%s</p>' % (ind, esc(p)))
        for pos, c in art.get("captions", []):
            if pos == i:
                body_html.append('<p class="pic"><img src="/img/%s_%d.jpg" alt=""></p>' % (issue.replace("-", ""), i))
                body_html.append('<p class="pictext" style="text-align:center;">%s</p>' % esc(c))
    if art.get("attr_end"):
        body_html.append('<p class="source-line" style="text-align:right;">%s</p>' % esc(art["attr_end"]))
    head_parts = []
    if art.get("kicker"):
        head_parts.append('<p class="yinti">%s</p>' % esc(art["kicker"]))
    head_parts.append("<h1>%s</h1>" % esc(main))
    if art.get("subtitle"):
        head_parts.append('<p class="futi">%s</p>' % esc(art["subtitle"]))
    related = "\n".join('      <li><a href="/mz/%s.html">%s</a><span>%s</span></li>' % (u, html.escape(x), d)
                        for u, x, d in meta["related"])
    desc = clean(art["body"][0])[:60]
    doc = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{plain_title}_民政频道_天山网</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="天山网民政频道">
<meta property="og:title" content="{plain_title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="https://mz.ts.cn/system/{ymd}/{aid}.shtml">
<meta name="publishdate" content="{issue} {time}">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><a href="/">天山网首页</a> | <a href="/mz/">民政频道</a> | <a href="/app/">客户端</a> | <span class="lang">ئۇيغۇرچە | Қазақша | English</span></div>
<div class="nav">
  <ul>
    <li><a href="/mz/">首页</a></li>
    <li><a href="/mz/djgz/">党建工作</a></li>
    <li><a href="/mz/mzdt/">民政动态</a></li>
    <li><a href="/mz/shjz/">社会救助</a></li>
    <li><a href="/mz/ylfw/">养老服务</a></li>
    <li><a href="/mz/shzz/">社会组织</a></li>
  </ul>
</div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/mz/">民政频道</a> &gt; <a href="/mz/djgz/">{column}</a></div>
<div class="article">
  <div class="title-box">
    {head}
  </div>
  <div class="info">
    <span class="time">{issue} {time}</span>
    <span class="from">来源：{src_line}</span>
    <span class="banci">{banci}</span>
  </div>
  <div class="content" id="content">
    {body}
  </div>
  <div class="editor">（责任编辑：{editor}）</div>
  <div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a><a class="print" href="javascript:window.print()">打印</a></div>
</div>
<div class="related">
  <h3>相关新闻</h3>
  <ul>
{related}
  </ul>
</div>
<div class="footer">
  <p>天山网版权所有 Copyright © 2008-2025 TS.CN All Rights Reserved</p>
  <p>新疆天山网络传媒有限公司 违法和不良信息举报电话：0991-0000000</p>
  <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/law/">法律声明</a></p>
</div>
</body>
</html>
""".format(plain_title=html.escape(main), keywords=html.escape(meta["keywords"]), desc=html.escape(desc),
           ymd=issue.replace("-", "")[:6] + "/" + issue[8:], aid=meta["aid"], issue=issue, time=meta["time"],
           column=meta["column"], head="\n    ".join(head_parts), src_line=meta["src_line"], banci=meta["banci"],
           body="\n    ".join(body_html), editor=meta["editor"], related=related)
    write_bytes(rel, doc.encode("utf-8"))
    t_tags = list(t["phenomena"])
    if "html" not in t_tags:
        t_tags.append("html")
    page_tags = ["html"] + [x for x in t["phenomena"] if x != "html"]
    TRUTH[rel] = {
        "encoding": "html",
        "crlf": False,
        "kind": "html",
        "publication_kind": meta["pkind"],
        "phenomena": page_tags,
        "articles": [t],
    }
    return rel


def A(**kw):
    """One hand-written article.  Keys: title_lines, kicker, subtitle,
    title_pos (before/after/none), title_gap, byline_top, dateline, body,
    captions [(after paragraph i | 'top' | 'end', text)], attr_end,
    attr_inline, cont_top, cont_end, marker, label, width, spacing, stray,
    and the truth keys source, province, agency, date, people, tags."""
    kw.setdefault("people", [])
    kw.setdefault("source", None)
    kw.setdefault("province", None)
    kw.setdefault("agency", None)
    return kw


# ====================================================================
# 1. 党建参考 — national theory magazine (semi-monthly), .txt pages
# ====================================================================
DJ = "党建参考"


def dj_head(qi):
    return [("furn", ["党建参考 DANGJIAN CANKAO", "2024年第%d期" % qi])]


def dj_foot(page):
    return [("furn", ["·%02d·" % page])]


DJ_STYLE = {"width": (16, 19), "spacing": "par", "stray": 0.04, "jitter": 1}


def build_djck():
    # ---- 2024-03-05 第5期, pp. 8-9 ------------------------------------
    a_8 = A(
        title_lines=["以党的创新理论武装头脑", "推动机关党建提质增效"],
        byline_top=["文/韩志远"],
        body=[
            "机关党建是党的建设的重要组成部分。对于民政部门而言，机关党建做得好不好，直接关系到党中央关于民政工作的决策部署能否落地见效，关系到兜底保障、基层治理和基本社会服务能否真正惠及人民群众。新时代新征程，必须坚持用习近平新时代中国特色社会主义思想凝心铸魂，把党的创新理论贯穿于机关党建全过程、各方面。",
            "（一）坚持理论学习走深走实",
            "理论上的清醒是政治上坚定的前提。机关党组织要落实“第一议题”制度，把学习习近平总书记关于民政工作的重要论述作为必修课，做到常学常新、常悟常进。要防止学习流于形式，坚决克服以读代学、以听代学的现象，推动党员干部在原原本本学、联系实际学中真正把握其中蕴含的立场观点方法。",
            "（二）坚持党建业务深度融合",
            "党建和业务是一体两面，不能搞成“两张皮”。一些单位在实践中探索“党建+兜底保障”“党建+养老服务”等做法，把支部建在项目上、把党员派到一线去，让党组织的政治功能和组织功能在完成急难险重任务中得到检验。这些做法的共同经验在于，始终以群众满意度作为检验机关党建成效的根本标准，而不是以开了多少会、发了多少文来衡量。",
            "（三）坚持以严的基调强化作风建设",
            "作风建设永远在路上。机关党组织要把中央八项规定精神作为铁规矩、硬杠杠，持之以恒纠治“四风”，特别是要警惕形式主义、官僚主义在新形势下的新表现。要加强对年轻干部的日常教育管理，引导他们扣好廉洁从政的“第一粒扣子”，",
        ],
        cont_end="（下转第9页）",
        date="2024-03-05", people=["韩志远"], tags=["subheadings"])
    text_page(DJ, "2024-03-05", "08", "txt", {
        "style": DJ_STYLE, "pkind": "magazine",
        "sidecar": {"date": "2024-03-05", "publication": DJ, "page": 8, "section": "理论前沿"},
        "items": dj_head(5) + [("label", "理论前沿"), ("art", a_8)] + dj_foot(8)})

    a_9a = A(
        title_pos="none", cont_top="（上接第8页）",
        body=[
            "在经常性的谈心谈话和警示教育中筑牢拒腐防变的思想防线。同时，要把严管和厚爱结合起来，落实“三个区分开来”，为担当者担当、为干事者撑腰，激励党员干部在推动民政事业高质量发展中敢闯敢干。",
            "总之，机关党建只有立足于“两个维护”这一首要任务，才能找准方向、把准定位。民政部门要以更高标准、更严要求推进模范机关建设，为以中国式现代化全面推进强国建设、民族复兴伟业贡献民政力量。",
        ],
        attr_end="（作者系华中师范大学马克思主义学院教授）",
        date="2024-03-05", people=[])
    a_9b = A(
        title_lines=["让“三会一课”严起来实起来"],
        byline_top=["周晓岚"],
        body=[
            "“三会一课”是党的组织生活的基本制度，也是党员教育管理的重要载体。从一些基层支部的情况看，“三会一课”还存在内容空泛、程序走样、以记录代替落实等问题，必须下大力气加以解决。",
            "一是在“严”字上下功夫。支部要按规定的频次和程序召开支部党员大会、支委会和党小组会，书记带头讲党课，不能以业务会代替组织生活，更不能事后补记录、拼凑材料。",
            "二是在“实”字上求突破。党课内容要紧扣党员思想实际和岗位职责，多讲身边事、多用身边人，让党员听得进、记得住、用得上。",
            "三是在“新”字上做文章。可以结合主题党日、志愿服务、现场教学等形式，把组织生活搬到社区、养老院和救助站，使党员在服务群众中接受教育、锤炼党性。",
        ],
        attr_end="（作者单位：中国浦东干部学院）",
        date="2024-03-05", people=["周晓岚"], tags=["enumeration"])
    text_page(DJ, "2024-03-05", "09", "txt", {
        "style": DJ_STYLE, "pkind": "magazine",
        "items": dj_head(5) + [("art", a_9a), ("label", "学习园地"), ("art", a_9b)] + dj_foot(9)})

    # ---- 2024-06-20 第12期, pp. 14-15 (14: CRLF) -----------------------
    a_14 = A(
        title_lines=["把清廉机关建设融入", "民政工作全过程"],
        subtitle="——访浙江省民政厅机关党委专职副书记沈雅琴",
        byline_top=["本刊记者 邓一鸣"],
        body=[
            "今年以来，浙江省民政厅把清廉机关建设作为全面从严治党的重要抓手，推动廉洁文化进处室、进支部、进岗位。围绕相关做法和体会，本刊记者采访了厅机关党委专职副书记沈雅琴。",
            "问：民政工作直接面向困难群众，清廉机关建设为什么显得尤为重要？",
            "答：民政资金点多、线长、面广，低保、特困供养、临时救助等每一笔钱都连着群众的冷暖。资金管得好不好，群众看得最清楚。我们把清廉机关建设同民生保障工作一体谋划，就是要让每一分钱都花在刀刃上，让群众感受到公平正义。",
            "问：在具体工作中，你们抓了哪些关键环节？",
            "答：我们梳理了社会救助、养老服务、社会组织登记等重点领域的廉政风险点一百余个，逐项制定防控措施，并且建立了“一岗一清单”。同时，结合“三会一课”开展警示教育，用身边事教育身边人。厅机关各支部每季度至少开展一次廉政谈话，做到提醒在前、防范在前。",
            "问：下一步还有哪些打算？",
            "答：我们将深入学习贯彻习近平总书记关于党的建设的重要思想，把清廉机关建设与模范机关创建结合起来，持续纠治“四风”，努力建设一支忠诚干净担当的民政干部队伍，以清廉民政助力高质量发展。",
        ],
        source=DJ, province="浙江", agency="浙江省民政厅", date="2024-06-20",
        people=["邓一鸣", "沈雅琴"], tags=["interview", "relative_date"])
    text_page(DJ, "2024-06-20", "14", "txt", {
        "style": dict(DJ_STYLE, width=(17, 20)), "pkind": "magazine", "crlf": True,
        "items": dj_head(12) + [("label", "访谈录"), ("art", a_14)] + dj_foot(14)})

    a_15a = A(
        title_lines=["福建省民政厅开展“第一议题”", "学习成效评估"],
        body=[
            "5月下旬，福建省民政厅组织对厅属各单位落实“第一议题”制度情况开展学习成效评估，通过查阅学习记录、随机访谈党员、现场测试等方式，全面了解各支部学习贯彻习近平新时代中国特色社会主义思想的情况。",
            "评估发现，各支部普遍建立了学习台账，但也有个别支部存在学用脱节的问题。厅党组书记、厅长林振华指出，学习成效最终要体现在解决群众急难愁盼问题上，要坚持以学铸魂、以学增智、以学正风、以学促干，把学习成果转化为推动民政工作的实际行动。",
            "下一步，该厅将建立评估结果通报和整改销号机制，对问题较多的支部进行专项指导。",
        ],
        attr_end="（来源：福建省民政厅）",
        source="福建省民政厅", province="福建", agency="福建省民政厅", date="2024-05-21",
        people=["林振华"], tags=["period_date"])
    a_15b = A(
        title_lines=["以学增智", "在服务群众中长本领"],
        byline_top=["文/卢晓燕"],
        body=[
            "以学增智，增的是理论思维之智，也是为民服务之智。民政工作千头万绪，面对的往往是最困难、最需要帮助的群体，光有热情不够，还要有本领。",
            "增智，要向理论学。党的创新理论是观察时代、把握时代、引领时代的思想武器，只有学深悟透，才能在纷繁复杂的工作中把准方向。增智，还要向群众学、向实践学。许多破解难题的好办法，往往就藏在群众的创造之中。",
            "对青年干部来说，更要把调查研究作为基本功，多到困难家庭中去、到养老机构中去，在一线摸实情、找办法，在服务群众中不断提高解决实际问题的能力。",
        ],
        attr_end="（作者系中国人民大学马克思主义学院博士研究生）",
        date="2024-06-20", people=["卢晓燕"])
    text_page(DJ, "2024-06-20", "15", "txt", {
        "style": dict(DJ_STYLE, width=(15, 17), stray=0.07), "pkind": "magazine",
        "items": dj_head(12) + [("label", "学习园地"), ("art", a_15a), ("art", a_15b)] + dj_foot(15)})

    # ---- 2024-11-05 第21期, pp. 22-23 (23: GB18030) --------------------
    a_22 = A(
        title_lines=["以高质量党建引领", "民政事业改革发展"],
        byline_top=["本刊特约评论员"],
        body=[
            "深入学习贯彻二十届三中全会精神，是当前和今后一个时期的重大政治任务。民政部门作为党和政府联系群众的桥梁纽带，必须坚持党对民政工作的全面领导，深刻领悟“两个确立”的决定性意义，增强“四个~意识~”、坚定“四个自信”、做到“两个维护”。",
            "改革越往纵深推进，越需要党组织发挥把方向、管大局、保落实的作用。要把党的领导贯穿到兜底民生保障、基层治理和基本社会服务的各个环节，把“国之大者”落实到每一项具体工作中，切实防止党建与业务“两张皮”。",
            "改革也需要一支敢担当、善作为的干部队伍。要坚持严管和厚爱结合、激励和约束并重，完善干部考核评价机制，让想干事、能干事、干成事的干部有舞台、有空间。",
            "踔厉奋发新征程，民政系统广大党员干部要以实际行动践行初心使命，以高质量党建引领民政事业高质量发展，为中国式现代化建设贡献民政力量。",
        ],
        source=DJ, date="2024-11-05", people=[])
    text_page(DJ, "2024-11-05", "22", "txt", {
        "style": dict(DJ_STYLE, width=(18, 20), stray=0.03), "pkind": "magazine",
        "items": dj_head(21) + [
            ("label", "特约评论"),
            ("note", "编者按：党的二十届三中全会对深化党的建设制度改革作出部署。本期刊发本刊特约评论员文章，就民政系统如何以党建引领改革发展谈几点认识，供读者学习参考。"),
            ("art", a_22)] + dj_foot(22)})

    a_23a = A(
        title_lines=["在“两个结合”中", "深化民政理论研究"],
        byline_top=["文/买买提江¦·吾买尔"],
        body=[
            "“两个结合”是我们党推进理论创新的重要经验。民政工作历史悠久，从古代的荒政、养老、恤孤，到新时代的兜底保障、社会救助和养老服务，蕴含着丰富的民本思想。推进民政理论研究，必须坚持把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。",
            "一是坚持人民至上。要把“六个必须坚持”贯穿到民政理论研究的全过程，把群众的急难愁盼作为研究的出发点，避免从概念到概念、从文本到文本。",
            "二是坚持守正创新。要深入研究中国式现代化进程中人口老龄化、家庭小型化等新情况，既继承“老吾老以及人之老”的传统美德，又借鉴现代社会保障理论，形成具有中国特色的民政理论体系。",
            "三是坚持问题导向。要牢记“三个务必”，紧扣基层实践中的堵点难点开展调查研究，让理论研究成果真正转化为政策举措。",
        ],
        attr_end="（作者系新疆大学马克思主义学院教授）",
        date="2024-11-05", people=["买买提江·吾买尔"], tags=["enumeration"])
    a_23b = A(
        title_lines=["党员干部要常怀为民之心"],
        byline_top=["姜慧敏"],
        body=[
            "为民之心，是共产党人的初心所在。民政干部天天同困难群众打交道，更要把群众当亲人，把群众的事当自家的事。",
            "常怀为民之心，就要坚持不忘初心、牢记使命，在一件件具体事情上见真章：低保审核多一分耐心，困难老人多一次走访，群众来信多一句回应。点滴之间，体现的正是党员干部的党性修养。",
        ],
        date="2024-11-05", people=["姜慧敏"])
    text_page(DJ, "2024-11-05", "23", "txt", {
        "style": dict(DJ_STYLE, width=(14, 16)), "pkind": "magazine", "encoding": "gb18030",
        "items": dj_head(21) + [("label", "理论前沿"), ("art", a_23a), ("label", "学思践悟"), ("art", a_23b)] + dj_foot(23)})


# ====================================================================
# 2. 龙江日报 — Heilongjiang provincial daily, OCR'd scans (.txt layers)
#    Running heads are hand-written per page with their OCR damage.
# ====================================================================
LJ = "龙江日报"
LJ_FOOT = [("furn", ["校对：孙薇 版式：王楠"])]


def lj_head(first, second, third="责任编辑：郑海波 美编：刘畅"):
    return [("furn", [first, second, third])]


def build_ljrb():
    HLJ = dict(province="黑龙江")
    # ---- 2024-01-16 p5: double-spaced ---------------------------------
    l1 = A(
        title_lines=["省民政厅召开主题教育", "专题民主生活会"],
        dateline="本报哈尔滨1月15日电（记者 孙立新）",
        body=[
            "15日上午，省民政厅党组召开学习贯彻习近¦平新时代中国特色社会主义思想主题教育专题民主生活会。厅党组书记、厅长贺明远主持会议并作总结讲话，省纪委监委驻厅纪检监察组组长曲晓峰到会指导。",
            "会前，厅党组班子成员深入学习党的二十大精神，围绕深刻领悟“两个确立”的决定性意义广泛开展谈心谈话，征求意见建议５８条。会上，贺明远代表厅党组班子作对照检查，班子成员逐一进行个人对照检查，开展批评和自我批评。",
            "会议指出，这次民主生活会准备充分、主题鲜明，达到了统一思想、明确方向、增进团结的目的。",
        ],
        cont_end="（下转第6版）",
        source=LJ, agency="黑龙江省民政厅", date="2024-01-15",
        people=["孙立新", "贺明远", "曲晓峰"], tags=["half_day_date"], **HLJ)
    l2 = A(
        title_lines=["齐齐哈尔市举办社会组织党务", "工作者培训班"],
        body=[
            "12月~27日至28日，齐齐哈尔市民政局在市委党校举办全市社会组织党务工作者培训班，全市110~余名社会组织党组织书记和党务工作者参加培训。",
            "培训班邀请市委党校教授孟凡杰围绕党的二十大精神作专题辅导，市民政局相关科室负责同志就发展党员、党费收缴、“三会一课”等业务进行讲解。学员们还到建华区一家行业协会党支部进行现场观摩。",
        ],
        captions=[(1, "图为培训现场。（王立冬 摄）")],
        attr_end="（据齐齐哈尔市民政局）",
        source="齐齐哈尔市民政局", agency="齐齐哈尔市民政局", date="2023-12-27",
        people=["孟凡杰", "王立冬"], **HLJ)
    l3 = A(
        title_lines=["绥化市民政局开展“冬日暖心”主题党日活动"], title_pos="after",
        body=[
            "近日，绥化市民政局机关党委组织开展“冬日暖心”主题党日活动，局机关党员干部分赴北林区３个社区，为高龄独居老人送去棉被、米面油等慰问品。",
            "活动中，党员们与老人拉家常、问冷暖，帮助打扫卫生、检查取暖设施。局机关党委书记于洪涛说，要把主题党日同为民办实事结合起来，让党员在服务群众中受教育、见行动。",
        ],
        attr_end="（通讯员 赵红岩）",
        agency="绥化市民政局", date="2024-01-16",
        people=["于洪涛", "赵红岩"], tags=["relative_date"], **HLJ)
    text_page(LJ, "2024-01-16", "05", "txt", {
        "style": {"width": (10, 12), "spacing": "double", "stray": 0.05, "furn_spacing": "par"},
        "kind": "ocr", "pkind": "provincial",
        "items": lj_head("5 民生·党建", "龙江日报 2024年]月16日 星期二") + [
            ("art", l1), ("art", l2), ("art", l3)] + LJ_FOOT})

    # ---- 2024-01-16 p6: single-spaced, GB18030 ------------------------
    l1b = A(
        title_pos="none", cont_top="（上接第5版）",
        body=[
            "会议要求，厅党组班子和班子成员要以这次民主生活会为新的起点，坚决扛起全面从严治党政治责任，持之以恒纠治“四风”，推动省民政厅机关作风持续向好，以实际行动推动全省民政事业高质量发展。",
        ],
        agency="黑龙江省民政厅", date="2024-01-16", **HLJ)
    l4 = A(
        kicker="零下40摄氏度的守护",
        title_lines=["漠河市民政局党员干部", "走访慰问困难群众"], title_gap=True,
        byline_top=["本报记者 徐晓婷"],
        body=[
            "1月上旬，中国最北城市漠河迎来入冬以来最强寒潮，最低气温跌破零下4O摄氏度。漠河市民政局党组第一时间组织党员干部分成６个小组，逐户走访全市低保户、特困供养人员和留守老人，查看取暖设施，补齐过冬物资。",
            "在北极镇一户独居老人家中，党员干部帮助老人清理烟道、搬运劈柴。市民政局党组书记、局长吕长顺介绍，今冬以来全局共走访困难群众４００余户，发放取暖补贴和应急救助金３２万元。",
            "“把群众的冷暖放在心上，是我们民政干部的本分。”吕长顺说。",
        ],
        captions=[(0, "图为党员干部为困难老人送去取暖物资。（本报记者 徐晓婷 摄）")],
        source=LJ, agency="漠河市民政局", date="2024-01-01",
        people=["徐晓婷", "吕长顺"], tags=["period_date"], **HLJ)
    l6 = A(
        title_lines=["佳木斯市民政局", "“三会一课”有了新模样"],
        dateline="本报讯（记者 孙立新 通讯员 李春梅）",
        body=[
            "1月10日，佳木斯市民政局召开机关党建工作会议，部署推行“三会一课”质量评价制度，由机关党委每季度对各支部组织生活开展情况进行打分排序，结果纳入支部书记抓党建述职评议考核。",
            "据介绍，该局将围绕“学思想、强党性、重实践、建新功”总要求，探索“支部书记讲微党课、普通党员谈心得、服务对象提意见”的组织生活新模式，推动党员教育由“要我学”向“我要学”转变。",
        ],
        source=LJ, agency="佳木斯市民政局", date="2024-01-10",
        people=["孙立新", "李春梅"], **HLJ)
    text_page(LJ, "2024-01-16", "06", "txt", {
        "style": {"width": (11, 13), "spacing": "par", "stray": 0.03},
        "kind": "ocr", "pkind": "provincial", "encoding": "gb18030",
        "items": lj_head("民生·党建 6", "龙江日报 2024年1月16日 星期二 」") + [
            ("art", l1b), ("art", l4), ("art", l6)] + LJ_FOOT})

    # ---- 2024-06-11 p5: double-spaced, CRLF, editor's note ------------
    l7 = A(
        title_lines=["牡丹江：社会组织党建", "从“有形覆盖”走向“有效覆盖”"],
        subtitle="——牡丹江市推进社会组织党建工作纪实",
        byline_top=["本报记者 韩雪 通讯员 张立军"],
        body=[
            "今年以来，牡丹江市民政局坚持以高质量党建促进社会组织健康发展，把党的组织和党的工作延伸到全市１２００余家社会组织，推动社会组织党建从“有形覆盖”走向“有效覆盖”。",
            "建强组织筑牢堡垒",
            "针对部分社会组织规模小、党员少、流动性大的实际，市民政局采取单独组建、联合组建、行业统建等方式，新建社会组织党组织２３个，选派党建指导员６０名，实现党建工作应建尽建、应覆盖尽覆盖。",
            "融入业务服务群众",
            "在东安区一家养老服务类社会组织，党员志愿者每周上门为失能老人提供助浴、助餐服务。该组织负责人宋佳琪说，党支部成立后，员工的精气神明显不一样了，大家干工作更有奔头。",
        ],
        captions=[(3, "▲~社会组织党员志愿者为社区老人义诊。（本报记者 韩雪 摄）")],
        source=LJ, agency="牡丹江市民政局", date="2024-06-11",
        people=["韩雪", "张立军", "宋佳琪"], tags=["subheadings", "relative_date"], **HLJ)
    l8 = A(
        title_pos="none",
        body=[
            "日前，伊春市民政局组织机关党员干部赴小兴安岭红色教育基地开展党性教育，重温入党誓词，聆听抗联英雄事迹。",
            "大家表示，要传承红色基因，在林区困难群众救助、养老服务等工作中当先锋、作表率。",
        ],
        attr_end="（据伊春市民政局）",
        source="伊春市民政局", agency="伊春市民政局", date="2024-06-11",
        tags=["relative_date"], **HLJ)
    text_page(LJ, "2024-06-11", "05", "txt", {
        "style": {"width": (10, 12), "spacing": "double", "stray": 0.05, "furn_spacing": "par"},
        "kind": "ocr", "pkind": "provincial", "crlf": True,
        "sidecar": {"date": "2024-06-11", "publication": LJ, "page": 5, "section": "民生·党建"},
        "items": lj_head("5 民生·党建", "龙江日报 2024年明11日 星期二") + [
            ("note", "编者按：基层是党的执政之基、力量之源。本版今起推出“党建引领·基层行”专栏，走进全省民政系统基层一线，展现各地以党建引领推动民政事业高质量发展的生动实践。敬请关注。"),
            ("label", "党建引领·基层行"),
            ("art", l7), ("art", l8)] + LJ_FOOT})

    # ---- 2024-06-11 p6: no blank lines at all -------------------------
    l9 = A(
        title_lines=["省民政厅召开模范机关", "建设推进会"], title_gap=True,
        dateline="本报讯（记者 孙立新）",
        body=[
            "6月~7日，省民政厅召开模范机关建设推进会，总结前一阶段创建工作，部署下一步重点任务。厅党组书记、厅长贺明远出席会议并讲话。",
            "会议强调，要坚持把政治建设摆在首位，完善“第一议题”学习制度，推动省市县“三级联动”创建工作走深走实，努力建设让党中央放心、让人民群众满意的模范机关。",
            "会上，哈尔滨市民政局、大庆市民政局等６个单位作交流发言。",
        ],
        source=LJ, agency="黑龙江省民政厅", date="2024-06-07",
        people=["孙立新", "贺明远"], **HLJ)
    l10 = A(
        title_lines=["鹤岗市民政局以学促干", "破解养老服务难题"],
        body=[
            "6月上旬，鹤岗市民政局党组围绕以学促干要求，组织党员干部深入４个区县开展养老服务专题调研，梳理出农村养老服务设施利用率不高等问题５项，逐项明确责任领导和完成时限。",
            "目前，己有２项问题完成整改，新建农村互助养老幸福院３处。",
        ],
        attr_end="（鹤岗市民政局供稿）",
        source="鹤岗市民政局", agency="鹤岗市民政局", date="2024-06-01",
        tags=["period_date"], **HLJ)
    l11 = A(
        title_lines=["黑河市民政局开展“清廉民政”", "主题宣传月活动"], title_pos="after",
        body=[
            "5月下旬，黑河市民政局组织开展“清廉民政”主题宣传月活动，通过专题党课、廉政知识测试、观看警示教育片等形式，引导党员干部严守纪律规矩。",
            "活动期间，局党组书记、局长邵春来为全体党员讲授廉政党课，要求大家严格落实中央八项规定精神，坚决防止“四风”问题反弹回潮。",
        ],
        attr_end="（据黑河市民政局）",
        source="黑河市民政局", agency="黑河市民政局", date="2024-05-21",
        people=["邵春来"], tags=["period_date"], **HLJ)
    text_page(LJ, "2024-06-11", "06", "txt", {
        "style": {"width": (11, 13), "spacing": "tight", "stray": 0.04},
        "kind": "ocr", "pkind": "provincial",
        "items": lj_head("民生·党建 6", "龙江日报 2024年6月1l日 星期二", "责仟编辑：郑海波 美编：刘畅") + [
            ("art", l9), ("art", l10), ("art", l11)] + LJ_FOOT})

    # ---- 2024-10-22 p5: single-spaced ---------------------------------
    l12 = A(
        title_lines=["全省民政系统学习贯彻", "党的二十届三中全会精神培训班开班"],
        dateline="本报哈尔滨10月21日电（记者 韩雪）",
        body=[
            "21日，省民政厅举办的全省民政系统学习贯彻党的二十届三中全会精神专题培训班在哈尔滨开班，各市（地）民政局、省民政厅机关各处室和直属单位的１５０余名党员干部参加培训。",
            "培训班为期３天，邀请省委党校、省社会科学院专家学者围绕进一步全面深化改革、推进中国式现代化等内容作专题辅导，并组织学员分组研讨。",
            "省民政厅党组成员、副厅长冯丽娜在开班式上要求，参训学员要把学习培训同推动民政领域改革结合起来，切实把全会精神转化为做好民政工作的思路举措。",
        ],
        captions=[(0, "图为开班式现场。（本报记者 韩雪 摄）")],
        source=LJ, agency="黑龙江省民政厅", date="2024-10-21",
        people=["韩雪", "冯丽娜"], **HLJ)
    l13 = A(
        title_lines=["绥化市北林区民政局", "开展“党员先锋岗”评选"],
        body=[
            "10月~16日上午，绥化市北林区民政局召开“党员先锋岗”评选表彰会，对在社会救助、婚姻登记、殡葬服务等窗口岗位表现突出的８名党员进行表彰。",
            "受表彰的党员代表王秀云表示，将珍惜荣誉、再接再厉，用心用情为群众办好每一件事。",
        ],
        attr_end="（通讯员 高博文 曲丹丹）",
        agency="绥化市北林区民政局", date="2024-10-16",
        people=["王秀云", "高博文", "曲丹丹"], tags=["half_day_date"], **HLJ)
    l14 = A(
        title_lines=["大庆市民政局党组理论学习中心组", "专题学习总体国家安全观"],
        body=[
            "近日，大庆市民政局党组理论学习中心组围绕总体国家安全观开展专题学习，结合民政工作实际，就做好社会组织领域风险防范、维护民政领域安全稳定进行交流研讨。",
        ],
        attr_end="（据大庆市民政局）",
        source="大庆市民政局", agency="大庆市民政局", date="2024-10-22",
        tags=["relative_date"], **HLJ)
    text_page(LJ, "2024-10-22", "05", "txt", {
        "style": {"width": (11, 13), "spacing": "par", "stray": 0.05},
        "kind": "ocr", "pkind": "provincial",
        "items": lj_head("5 民生·党建 |", "龙江日报 2024年10月22日 星期二") + [
            ("art", l12), ("art", l13), ("art", l14)] + LJ_FOOT})

    # ---- 2024-10-22 p6: double-spaced, UTF-8 with BOM ------------------
    l15 = A(
        title_lines=["塔河县民政局", "为养老机构派驻党建指导员"],
        body=[
            "10月~15日，塔河县民政局召开养老机构党建工作推进会，为全县５家养老机构派驻党建指导员，推动养老机构党的组织和工作全覆盖。",
            "据介绍，党建指导员将帮助养老机构规范“三会一课”等组织生活，指导开展“党员示范岗”创建活动，同时收集老人和家属的意见建议，督促机构改进服务。",
        ],
        attr_end="（据大兴安岭地区民政局）",
        source="大兴安岭地区民政局", agency="塔河县民政局", date="2024-10-15", **HLJ)
    l16 = A(
        title_lines=["道里区民政局党员干部", "走进社区“微服务”"],
        body=[
            "近日，哈尔滨市道里区民政局组织机关党员干部深入辖区社区开展“微服务”志愿活动，为居民提供政策咨询、代办服务、适老化改造评估等服务。",
            "活动中，党员干部共受理群众咨询６０余件，现场解决问题２３件。",
        ],
        attr_end="（通讯员 刘雅楠）", attr_inline=True,
        agency="哈尔滨市道里区民政局", date="2024-10-22",
        people=["刘雅楠"], tags=["relative_date"], **HLJ)
    l17 = A(
        title_lines=["省民政厅机关党委", "推动“三级联动”创建走深走实"],
        body=[
            "10月中旬，省民政厅机关党委组织召开模范机关创建“三级联动”工作推进会，对全省民政系统创建工作进行再部署。",
            "会议提出“四个一”工作要求，即每个市（地）民政局确定一个创建重点、打造一个示范支部、培树一名先进典型、形成一项制度成果。机关党委专职副书记田守义表示，要通过省市县上下联动，推动模范机关建设在全系统落地生根。",
        ],
        agency="黑龙江省民政厅", date="2024-10-11",
        people=["田守义"], tags=["period_date"], **HLJ)
    text_page(LJ, "2024-10-22", "06", "txt", {
        "style": {"width": (10, 12), "spacing": "double", "stray": 0.04, "furn_spacing": "par"},
        "kind": "ocr", "pkind": "provincial", "encoding": "utf-8-sig",
        "items": lj_head("民生·党建 6", "龙江日报 2024年1O月22日 星期二") + [
            ("art", l15), ("art", l16), ("art", l17)] + LJ_FOOT})


# ====================================================================
# 3. 天山网民政频道 — Xinjiang e-paper article pages (.html)
# ====================================================================
TS = "天山网民政频道"
XJT = "新疆维吾尔自治区民政厅"


def build_tsw():
    XJ = dict(province="新疆")
    t1 = A(
        title_lines=["自治区民政厅召开党组理论学习中心组学习会"],
        body=[
            "3月8日，自治区民政厅召开党组理论学习中心组2024年第一次集体学习会，深入学习贯彻习近平总书记关于新疆工作的重要论述和关于民政工作的重要指示精神。厅党组书记、厅长阿不都热合曼·吐尔逊主持会议。",
            "会议强调，要完整准确全面贯彻新时代党的治疆方略，牢固树立总体国家安全观，坚持以学铸魂、以学增智、以学正风、以学促干，把学习成果转化为推动民政事业高质量发展的实际成效。",
            "厅党组成员、副厅长王立平，厅党组成员、机关党委书记努尔古丽·买买提依明作交流发言。",
        ],
        attr_end="（来源：新疆维吾尔自治区民政厅）",
        source=XJT, agency=XJT, date="2024-03-08",
        people=["阿不都热合曼·吐尔逊", "王立平", "努尔古丽·买买提依明"], **XJ)
    html_page(TS, "2024-03-12", "01", t1, {
        "pkind": "provincial", "aid": "t20240312_21874563", "time": "10:26", "column": "党建工作",
        "keywords": "自治区民政厅,理论学习中心组,党建", "src_line": "自治区民政厅", "banci": "民政频道·党建工作",
        "editor": "李娜", "indent": True,
        "related": [("t20240311_21870012", "自治区民政厅部署2024年全面从严治党工作", "2024-03-11"),
                    ("t20240307_21861420", "乌鲁木齐市民政局开展“三八”节关爱困难妇女活动", "2024-03-07"),
                    ("t20240305_21855098", "克拉玛依市社会组织党委召开年度工作会议", "2024-03-05")]})

    t2 = A(
        kicker="党建引领聚合力",
        title_lines=["伊犁州社会组织党组织覆盖率持续提升"],
        dateline="天山网讯（记者 古丽娜尔·托合提）",
        body=[
            "近日，记者从伊犁州民政局获悉，去年以来，伊犁州累计新建社会组织党组织４７个，全州社会组织党组织覆盖率提升至９５%以上。",
            "伊犁州民政局坚持把党建工作写入社会组织章程，在年检、评估等环节同步开展党建工作审查，推动社会组织党建与业务发展深度融合。伊宁市一家社区社会组织负责人叶尔兰·努尔兰表示，有了党组织的领导，机构的发展方向更明确了，为居民服务的底气也更足了。",
            "下一步，伊犁州将持续推进社会组织“两个覆盖”，培育一批党建工作示范点。",
        ],
        source=TS, agency="伊犁州民政局", date="2024-03-12",
        people=["古丽娜尔·托合提", "叶尔兰·努尔兰"], tags=["relative_date", "province_context"], **XJ)
    html_page(TS, "2024-03-12", "02", t2, {
        "pkind": "provincial", "aid": "t20240312_21876690", "time": "16:05", "column": "党建工作",
        "keywords": "伊犁州,社会组织,党建", "src_line": "天山网", "banci": "民政频道·社会组织",
        "editor": "马晓雯", "entities": True,
        "related": [("t20240312_21874563", "自治区民政厅召开党组理论学习中心组学习会", "2024-03-12"),
                    ("t20240309_21866301", "塔城地区民政局“三会一课”进牧区", "2024-03-09")]})

    t3 = A(
        title_lines=["喀什地区民政局开展“党建+养老服务”结对共建活动"],
        body=[
            "8月中旬，喀什地区民政局组织机关各党支部与疏附县、伽师县的８家养老机构开展结对共建活动，把“三会一课”开进养老院，把志愿服务送到老人身边。",
            "活动中，党员干部为老人测量血压、理发修面，陪老人聊天、唱歌。喀什地区民政局党组书记艾尔肯·阿不力孜说，要把结对共建作为践行初心使命的具体行动，推动养老服务质量持续提升。",
        ],
        captions=[(1, "图为党员干部为养老机构老人理发。（阿依努尔·热合曼 摄）")],
        attr_end="（来源：喀什地区民政局）",
        source="喀什地区民政局", agency="喀什地区民政局", date="2024-08-11",
        people=["艾尔肯·阿不力孜", "阿依努尔·热合曼"], tags=["period_date"], **XJ)
    html_page(TS, "2024-08-20", "01", t3, {
        "pkind": "provincial", "aid": "t20240820_22310457", "time": "09:48", "column": "党建工作",
        "keywords": "喀什地区,养老服务,结对共建", "src_line": "喀什地区民政局", "banci": "民政频道·养老服务",
        "editor": "李娜", "indent": True,
        "related": [("t20240819_22307781", "和田地区民政局开展党纪学习教育成果交流", "2024-08-19"),
                    ("t20240816_22301100", "阿克苏地区社会救助“一门受理”惠及群众", "2024-08-16"),
                    ("t20240813_22295542", "吐鲁番市民政局党员志愿者走进敬老院", "2024-08-13")]})

    t4 = A(
        title_lines=["牧区“流动党课”送到毡房前"],
        subtitle="——阿勒泰地区民政系统党员干部深入牧区开展宣讲",
        dateline="天山网讯（记者 李娟 通讯员 哈米提·吐尔逊别克）",
        body=[
            "8月15日至16日，阿勒泰地区民政局组织党员宣讲小分队深入富蕴县、青河县夏牧场，为牧民群众宣讲党的二十届三中全会精神和惠民政策。",
            "宣讲小分队用汉语和哈萨克语双语宣讲，把社会救助、高龄津贴、残疾人“两项补贴”等政策讲明白、讲透彻。牧民巴合提别克·努尔旦说：“党的好政策送到家门口，我们心里暖洋洋的。”",
            "据了解，今年以来，阿勒泰地区民政系统已开展“流动党课”宣讲３０余场，覆盖农牧民群众２０００余人次。",
        ],
        source=TS, agency="阿勒泰地区民政局", date="2024-08-15",
        people=["李娟", "哈米提·吐尔逊别克", "巴合提别克·努尔旦"], tags=["province_context"], **XJ)
    html_page(TS, "2024-08-20", "02", t4, {
        "pkind": "provincial", "aid": "t20240820_22312018", "time": "17:32", "column": "民政动态",
        "keywords": "阿勒泰,流动党课,宣讲", "src_line": "天山网", "banci": "民政频道·民政动态",
        "editor": "马晓雯",
        "related": [("t20240820_22310457", "喀什地区民政局开展“党建+养老服务”结对共建活动", "2024-08-20"),
                    ("t20240818_22304470", "博州民政局举办社会组织党务干部培训班", "2024-08-18")]})

    t5 = A(
        title_lines=["自治区民政厅召开清廉机关建设工作总结会"],
        body=[
            "12月27日，自治区民政厅召开清廉机关建设工作总结会，通报全年清廉机关建设情况，表彰一批清廉示范支部。",
            "会议指出，一年来，厅机关各级党组织坚持全面从严治党，严格落实中央八项规定及其实施细则精神，持续深化“四风”整治，清廉机关建设取得明显成效。",
            "会议要求，要坚持以严的基调正风肃纪，把清廉机关建设与业务工作同谋划、同部署、同落实。会上，社会救助处党支部书记热依拉·阿不都拉等３名支部书记作交流发言。",
        ],
        attr_end="（来源：新疆维吾尔自治区民政厅）",
        source=XJT, agency=XJT, date="2024-12-27",
        people=["热依拉·阿不都拉"], **XJ)
    html_page(TS, "2025-01-03", "01", t5, {
        "pkind": "provincial", "aid": "t20250103_22891205", "time": "11:15", "column": "党建工作",
        "keywords": "自治区民政厅,清廉机关", "src_line": "自治区民政厅", "banci": "民政频道·党建工作",
        "editor": "李娜", "indent": True,
        "related": [("t20250102_22887730", "自治区民政厅开展新年走访慰问困难群众活动", "2025-01-02"),
                    ("t20241230_22880416", "巴州民政局召开年度党建工作述职评议会", "2024-12-30")]})

    t6 = A(
        title_lines=["哈密市民政局党建引领社区养老服务提质增效"],
        body=[
            "去年底，哈密市民政局在伊州区启用５个党建引领社区嵌入式养老服务站，为辖区老年人提供助餐、助浴、日间照料等服务。",
            "养老服务站由社区党组织统筹管理，吸纳党员志愿者、社会组织共同参与。伊州区东河街道一社区党委书记马晓红表示，服务站开到家门口，老人们吃饭、看病方便多了。",
            "下一步，哈密市民政局将总结推广经验，年内实现城市社区养老服务站全覆盖。",
        ],
        captions=[(0, "图为伊州区一社区嵌入式养老服务站内，老人们在用餐。（热合曼·艾则孜 摄）")],
        attr_end="（来源：哈密市民政局）",
        source="哈密市民政局", agency="哈密市民政局", date="2025-01-03",
        people=["马晓红", "热合曼·艾则孜"], tags=["relative_date", "province_context"], **XJ)
    html_page(TS, "2025-01-03", "02", t6, {
        "pkind": "provincial", "aid": "t20250103_22893377", "time": "15:40", "column": "养老服务",
        "keywords": "哈密,养老服务站,党建引领", "src_line": "哈密市民政局", "banci": "民政频道·养老服务",
        "editor": "马晓雯", "entities": True,
        "related": [("t20250103_22891205", "自治区民政厅召开清廉机关建设工作总结会", "2025-01-03"),
                    ("t20250101_22884019", "昌吉州民政局为困难老人送去新年祝福", "2025-01-01"),
                    ("t20241231_22882270", "阿克苏地区养老服务体系建设综述", "2024-12-31")]})


# ====================================================================
# 4. 草原融媒 — media centre of 阿巴嘎旗 (锡林郭勒盟, Inner Mongolia), .txt
# ====================================================================
CY = "草原融媒"
CY_FOOT = [("furn", ["编辑：塔娜 校对：包海燕", "阿巴嘎旗融媒体中心出品"])]


def cy_head(date_line, page):
    return [("furn", ["草原融媒 · %s" % date_line, "第%02d版 党建" % page])]


def build_cyrm():
    NM = dict(province="内蒙古")
    ABG = "阿巴嘎旗民政局"
    # ---- 2024-04-09 p2: brief page, ■ markers, no blank lines ----------
    b1 = A(
        marker="■", title_lines=["阿巴嘎旗民政局召开党组理论学习中心组学习会"],
        body=["4月3日，阿巴嘎旗民政局召开党组理论学习中心组学习会，传达学习全国两会精神，研究部署全年机关党建重点工作。局党组书记、局长图门吉日嘎拉主持会议。"],
        agency=ABG, date="2024-04-03", people=["图门吉日嘎拉"], **NM)
    b2 = A(
        marker="■", title_lines=["别力古台镇开展“三会一课”观摩交流"],
        body=["4月上旬，别力古台镇党委组织各嘎查、社区党支部书记开展“三会一课~”观摩交流活动，现场观摩宝日胡舒嘎查党支部党员大会，交流规范组织生活的经验做法。"],
        agency="别力古台镇党委", date="2024-04-01", tags=["period_date"], **NM)
    b3 = A(
        marker="■", title_pos="none",
        body=["近日，那仁宝拉格苏木党委组织党员干部深入牧户，宣讲草原生态保护补助奖励政策和社会救助政策，帮助牧民解决实际困难１５件。"],
        attr_end="（通讯员 乌兰图雅）", attr_inline=True,
        agency="那仁宝拉格苏木党委", date="2024-04-09", people=["乌兰图雅"], tags=["relative_date"], **NM)
    b4 = A(
        marker="■", title_lines=["洪格尔高勒镇巴彦德勒格尔嘎查：", "党员中心户带富一方"],
        body=[
            "洪格尔高勒镇巴彦德勒格尔嘎查推行党员中心户制度，每名党员中心户联系５至８户牧民，在防灾接羔、合作经营等方面发挥带头作用。",
            "嘎查党支部书记巴特尔说，党员中心户就是牧民身边的“主心骨”，哪家有困难，党员第一时间上门。",
        ],
        agency="巴彦德勒格尔嘎查党支部", date="2024-04-09", people=["巴特尔"], **NM)
    b5 = A(
        marker="■", title_lines=["旗民政局推进清廉机关建设"],
        body=["今年以来，阿巴嘎旗民政局把清廉机关建设纳入全面从严治党主体责任清单，梳理岗位廉政风险点３２个，制定防控措施６８条，推动廉洁文化融入机关日常管理。"],
        agency=ABG, date="2024-04-09", tags=["relative_date"], **NM)
    text_page(CY, "2024-04-09", "02", "txt", {
        "style": {"width": (15, 17), "spacing": "tight", "stray": 0.02},
        "pkind": "county",
        "items": cy_head("2024年4月9日 星期二", 2) + [("label", "党建快讯"),
                                                 ("art", b1), ("art", b2), ("art", b3), ("art", b4), ("art", b5)] + CY_FOOT})

    # ---- 2024-04-09 p3: feature page, CRLF -----------------------------
    c1 = A(
        kicker="守好祖国北疆“绿色屏障”",
        title_lines=["阿巴嘎旗党员志愿服务队", "走进牧区送温暖"],
        byline_top=["融媒记者 萨仁高娃"],
        body=[
            "4月2日，阿巴嘎旗民政局联合旗委社会工作部组织党员志愿服务队走进查干淖尔镇，为牧区老人、残疾人送去米面油和春季防护用品。",
            "在牧民乌日娜·巴图家中，志愿者帮助老人修缮棚圈、清点草料。乌日娜¦·巴图激动地说：“党员们隔三差五来看我们，比亲人还亲。”",
            "旗民政局党组书记、局长图门吉日嘎拉介绍，今年以来全局共组织志愿服务活动１２场，服务牧区群众３００余人次。",
        ],
        captions=[(1, "图为志愿者在牧民家中帮助修缮棚圈。（融媒记者 萨仁高娃 摄）")],
        source=CY, agency=ABG, date="2024-04-02",
        people=["萨仁高娃", "乌日娜·巴图", "图门吉日嘎拉"], **NM)
    c2 = A(
        title_lines=["全盟社会组织党组织书记", "培训班在锡林浩特市举办"], title_pos="after",
        body=[
            "3月下旬，锡林郭勒盟民政局在锡林浩特市举办全盟社会组织党组织书记培训班，来自各旗县市区的８０余名社会组织党组织书记参加培训。",
            "培训班邀请盟委党校教师斯琴¦·毕力格讲授专题党课，围绕“两个确立~”“两个维护~”，结合社会组织党建工作实际进行深入解读。学员们还实地观摩了锡林浩特市社会组织党群服务中心。",
        ],
        attr_end="（据锡林郭勒盟民政局）",
        source="锡林郭勒盟民政局", agency="锡林郭勒盟民政局", date="2024-03-21",
        people=["斯琴·毕力格"], tags=["period_date"], **NM)
    text_page(CY, "2024-04-09", "03", "txt", {
        "style": {"width": (11, 13), "spacing": "par", "stray": 0.04},
        "pkind": "county", "crlf": True,
        "items": cy_head("2024年4月9日 星期二", 3) + [("label", "【基层党建】"), ("art", c1), ("art", c2)] + CY_FOOT})

    # ---- 2024-07-02 p2: honour list, UTF-8 with BOM ---------------------
    h1 = A(
        title_lines=["中共阿巴嘎旗民政局党组", "关于表彰“两优一先”的决定"],
        body=[
            "为隆重庆祝中国共产党成立１０３周年，表彰先进、树立典型，经研究，局党组决定对在机关党建和民政工作中表现突出的先进集体和个人予以表彰。",
            "一、先进基层党组织（２个）",
            "旗社会福利中心党支部、旗救助管理站党支部",
            "二、优秀共产党员（８名）",
            "巴特尔、其其格、乌日娜¦·巴雅尔、额尔敦、孟根其其格、王海军、阿拉坦·¦其木格、李秀兰",
            "三、优秀党务工作者（３名）",
            "萨仁图雅、包金山、敖登格日勒",
            "希望受表彰的先进集体和个人珍惜荣誉、再接再厉。全局各级党组织和广大党员要以先进为榜样，深入学习贯彻习近平新时代中国特色社会主义思想，为推动阿巴嘎旗民政事业高质量发展作出新的更大贡献。",
        ],
        attr_end="（阿巴嘎旗民政局供稿）",
        source=ABG, agency=ABG, date="2024-07-02",
        people=["巴特尔", "其其格", "乌日娜·巴雅尔", "额尔敦", "孟根其其格", "王海军",
                "阿拉坦·其木格", "李秀兰", "萨仁图雅", "包金山", "敖登格日勒"],
        tags=["honour_list", "enumeration"], **NM)
    h2 = A(
        title_lines=["旗民政局召开庆祝建党103周年", "暨“七一”表彰大会"],
        body=[
            "6月28日上午，阿巴嘎旗民政局召开庆祝中国共产党成立103周年暨“七一”表彰大会，全体党员重温入党誓词，为受表彰的先进集体和个人颁发证书。",
            "优秀共产党员代表其其格表示，要以这次受表彰为新的起点，立足岗位、服务群众，在推动民政事业发展中当好排头兵。",
            "局党组书记、局长图门吉日嘎拉讲授专题党课，勉励全体党员牢记初心使命，在守好祖国北疆安全稳定屏障中贡献民政力量。",
        ],
        attr_end="（融媒记者 萨仁高娃 通讯员 敖登）",
        source=CY, agency=ABG, date="2024-06-28",
        people=["其其格", "图门吉日嘎拉", "萨仁高娃", "敖登"], tags=["half_day_date"], **NM)
    text_page(CY, "2024-07-02", "02", "txt", {
        "style": {"width": (12, 14), "spacing": "par", "stray": 0.03},
        "pkind": "county", "encoding": "utf-8-sig",
        "sidecar": {"date": "2024-07-02", "publication": CY, "page": 2, "section": "党建"},
        "items": cy_head("2024年7月2日 星期二", 2) + [("label", "【基层党建】"), ("art", h1), ("art", h2)] + CY_FOOT})

    # ---- 2024-07-02 p3: brief page, ◆ markers, no blank lines ----------
    d1 = A(
        marker="◆", title_lines=["吉尔嘎郎图苏木开展主题党日活动"],
        body=["6月26日，吉尔嘎郎图苏木党委组织各嘎查党员开展“学党章、守党纪”主题党日活动，通过集中学习、党纪知识测试等方式，引导党员知纪明纪守纪。"],
        agency="吉尔嘎郎图苏木党委", date="2024-06-26", **NM)
    d2 = A(
        marker="◆", title_lines=["旗民政局举办党纪学习教育读书班"],
        body=["6月中旬，阿巴嘎旗民政局举办党纪学习教育读书班，局党组班子成员带头领学《中国共产党纪律处分条例》，结合“四风”典型案例开展交流研讨。"],
        agency=ABG, date="2024-06-11", tags=["period_date"], **NM)
    d3 = A(
        marker="◆", title_pos="none",
        body=["近日，旗社会福利中心党支部开展“党员进病房”志愿服务活动，党员们为住院老人读报纸、讲政策，送去节日问候。"],
        attr_end="（通讯员 包金山）", attr_inline=True,
        agency="阿巴嘎旗社会福利中心", date="2024-07-02", people=["包金山"], tags=["relative_date"], **NM)
    d4 = A(
        marker="◆", title_lines=["别力古台镇新时代文明实践站", "开设蒙汉双语“草原讲堂”"],
        body=[
            "别力古台镇新时代文明实践站近期开设蒙汉双语“草原讲堂”，由党员宣讲员用群众听得懂的语言宣讲党的创新理论。",
            "在宝日胡舒嘎查的一次宣讲结束后，宣讲员娜仁·¦格日勒说，讲堂要讲牧民关心的事，把政策讲到牧民心坎上。",
        ],
        agency="别力古台镇新时代文明实践站", date="2024-07-02",
        people=["娜仁·格日勒"], tags=["relative_date"], **NM)
    text_page(CY, "2024-07-02", "03", "txt", {
        "style": {"width": (14, 16), "spacing": "tight", "stray": 0.03},
        "pkind": "county",
        "items": cy_head("2024年7月2日 星期二", 3) + [("label", "党建快讯"),
                                                 ("art", d1), ("art", d2), ("art", d3), ("art", d4)] + CY_FOOT})

    # ---- 2024-10-15 p2: double-spaced feature page ---------------------
    e1 = A(
        title_lines=["锡林郭勒盟民政局", "“支部建在项目上”助力民生实事落地"],
        byline_top=["融媒记者 斯日古楞"],
        body=[
            "10月上旬，锡林郭勒盟民政局在全盟民政系统推行“支部建在项目上”工作法，围绕养老服务设施建设、困难群众冬季救助等民生实事项目成立临时党支部７个。",
            "临时党支部实行项目清单、责任清单、问题清单管理，党员亮身份、领任务、当先锋。在阿巴嘎旗，养老服务中心改扩建项目临时党支部书记额尔敦毕力格带领党员驻点攻坚，提前半个月完成主体工程。",
            "盟民政局党组书记刘文海表示，要把党建优势转化为推动民生实事落地的发展优势，让各族群众有更多获得感。",
        ],
        source=CY, agency="锡林郭勒盟民政局", date="2024-10-01",
        people=["斯日古楞", "额尔敦毕力格", "刘文海"], tags=["period_date"], **NM)
    e2 = A(
        title_lines=["阿巴嘎旗开展社会组织", "党建工作专项检查"],
        body=[
            "10月9日至11日，阿巴嘎旗民政局联合旗委社会工作部对全旗２１家社会组织开展党建工作专项检查，重点检查党组织设置、“三会一课”落实和党员管理等情况。",
            "检查组现场反馈问题１３个，督促限期整改。",
        ],
        attr_end="（通讯员 敖登）",
        agency=ABG, date="2024-10-09", people=["敖登"], **NM)
    text_page(CY, "2024-10-15", "02", "txt", {
        "style": {"width": (12, 13), "spacing": "double", "stray": 0.05, "furn_spacing": "par"},
        "pkind": "county",
        "items": cy_head("2024年10月15日 星期二", 2) + [("label", "【基层党建】"), ("art", e1), ("art", e2)] + CY_FOOT})

    # ---- 2025-01-07 p2: brief page, 【】 markers, no blank lines -------
    f1 = A(
        marker="【", marker_gap="", marker_close="】",
        title_lines=["阿巴嘎旗民政局召开2024年度", "机关党建述职评议会"],
        body=["12月30日，阿巴嘎旗民政局召开2024年度机关党建工作述职评议会，各支部书记围绕抓党建、促业务情况逐一述职，与会人员进行现场测评。"],
        agency=ABG, date="2024-12-30", **NM)
    f2 = A(
        marker="【", marker_gap="", marker_close="】",
        title_lines=["吉尔嘎郎图苏木举办冬季", "牧民党员培训班"],
        body=["12月下旬，吉尔嘎郎图苏木党委利用冬闲时节举办牧民党员培训班，苏木党委书记宝音·¦德力格尔为学员讲授专题党课，６０余名牧民党员参加培训。"],
        agency="吉尔嘎郎图苏木党委", date="2024-12-21",
        people=["宝音·德力格尔"], tags=["period_date"], **NM)
    f3 = A(
        marker="【", marker_gap="", marker_close="】",
        title_lines=["旗民政局表彰2024年度“红旗党支部”"],
        body=["1月3日，阿巴嘎旗民政局对2024年度考核优秀的３个“红旗党支部”进行表彰，并为新一年党建工作签订目标责任书。"],
        agency=ABG, date="2025-01-03", **NM)
    f4 = A(
        marker="【", marker_gap="", marker_close="】",
        title_lines=["那仁宝拉格苏木为牧民", "送去冬季救助物资"],
        body=["近日，那仁宝拉格苏木党委组织党员干部冒雪为困难牧户送去冬季救助物资，帮助清理棚圈积雪。苏木党委副书记哈斯其其格说，要确保困难群众温暖过冬。"],
        agency="那仁宝拉格苏木党委", date="2025-01-07",
        people=["哈斯其其格"], tags=["relative_date"], **NM)
    text_page(CY, "2025-01-07", "02", "txt", {
        "style": {"width": (16, 18), "spacing": "tight", "stray": 0.03},
        "pkind": "county",
        "items": cy_head("2025年1月7日 星期二", 2) + [("label", "党建快讯"),
                                                 ("art", f1), ("art", f2), ("art", f3), ("art", f4)] + CY_FOOT})


def main():
    build_djck()
    build_ljrb()
    build_tsw()
    build_cyrm()
    out = os.path.join(HERE, "truth-h1b.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(_truth10_align(TRUTH).items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(v["articles"]) for v in TRUTH.values())
    print("%d pages, %d articles -> %s" % (len(TRUTH), n, out))


# aligned to docs/truth_conventions.md (round nine, settled kinds; numbers as in its last section):
# (page, article number from 1, field, value before, value now, kind)
_TRUTH10 = [
    ("龙江日报/2024-10-22/06.txt", 2, "agency", "哈尔滨市道里区民政局", "道里区民政局", 7),
]


def _truth10_align(truth):
    for rel, n, field, old, new, _kind in _TRUTH10:
        art = truth[rel]["articles"][n - 1]
        assert art[field] == old, (rel, n, field, art[field], old)
        art[field] = new
    return truth


if __name__ == "__main__":
    main()
