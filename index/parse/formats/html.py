"""Read an e-paper article page: title, date, 版次, publication and body from the markup.

lxml parses the page (any charset the page declares). Navigation, share bars,
related-news lists, headers and footers are dropped by tag and by class/id;
the body is the element whose own <p> children hold the most text. Chosen
over trafilatura by measurement (docs/decisions.md): trafilatura finds the
body as well but knows nothing of 版次 and often loses the title or the date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from ..caps import caps, check_cap
from ..encodings import decode_markup
from ..reader import UnreadableFile
from .. import hints as H
from ..clean import ends_sentence
from . import Extracted
from .reflow import hinted_layer

_DROP_TAGS = ("script", "style", "nav", "aside", "form", "button", "iframe",
              "noscript", "select", "template")
_BOILERPLATE = re.compile(r"share|nav|menu|footer|header|breadcrumb|comment|related|copyright|toolbar"
                          r"|sidebar|banner|recommend|(?<!s)hot(?!o)|rank|login|fenxiang|bottom|top-?bar"
                          # the pinyin a Chinese CMS names them by: 相关新闻/文章/阅读, 推荐阅读, 热点
                          r"|(^|[-_\s])(xgxw|xgwz|xgyd|xglj|tjyd|tjwz|rdtj|rmtj|rdxw)", re.I)
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_PAGE = re.compile(r"第\s*0*(\d{1,3})\s*版|版次\s*[:：]?\s*0*(\d{1,3})|(?<![\d-])0*(\d{1,3})\s*版(?![权次])")
# any class naming a title (art-title, newsTitle, titlestyle): which one is the article's, the
# page's <title> tells (see _title)
_TITLE_CLASS = re.compile(r"title|headline|biaoti|(^|[-_\s])(bt|tit|font01)($|[-_\s])", re.I)
_SUBTITLE_CLASS = re.compile(r"sub-?title|fbt|subhead|font02|(^|[-_\s])ft($|[-_\s])", re.I)   # ft: 副题
# 引题: the kicker printed over a headline is part of the title (issue 15), never dropped
_KICKER_CLASS = re.compile(r"kicker|pre-?title|overline|yinti|(^|[-_\s])yt($|[-_\s])", re.I)
_CAPTION_CLASS = re.compile(r"caption|pic-?note|img-?note|photo-?(note|desc)|tpsm|tpzs|figcaption", re.I)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")
MAX_HEADING_CHARS = 60
_INFO = re.compile(r"(?:来源|稿源|信息来源)\s*[:：]")


def extract(path: Path) -> list[Extracted]:
    """Return the article(s) of an e-paper or portal page as one page text with its metadata."""
    tree = _parse(path.read_bytes())
    # The edition line (date, 版次) often sits in a top bar: read it before boilerplate goes.
    meta = {"date": _date(tree), "page": _page(tree), "info": _info_line(tree), "province": _sponsor_province(tree)}
    page_title = tree.findtext(".//title") or ""
    for element in list(tree.iter(*_DROP_TAGS)):
        element.drop_tree()
    site = _meta(tree, *_SITE_METAS)
    chosen = _title(tree, page_title, site)
    title, subtitle = chosen.text, chosen.subtitle
    _drop_boilerplate(tree, keep=chosen.elements)
    meta["publication"] = _publication(tree, page_title, title)
    credits: list[tuple[int, str]] = []
    entries: dict = {"stamps": [], "listed": 0}
    blocks, in_text = _body(tree, chosen.elements, credits, entries)
    if in_text:
        title, subtitle = None, None        # the markup's headline is one of the text's: it stays there
    if not blocks:
        raise UnreadableFile("HTML page without article text (no paragraphs in its body)")
    check_cap("paragraphs", len(blocks), "paragraphs in the HTML page")
    check_cap("extracted_chars", sum(len(text) for text, _ in blocks), "characters of text in the HTML page")
    title, blocks = _settle_title(title, blocks)
    if title and subtitle:                   # the subtitle is kept in the title, not lost
        title = f"{title}{'' if subtitle.startswith('——') else '——'}{subtitle}"
    meta["title"] = title
    starts: list = []
    text, hints = hinted_layer(blocks, starts)
    if len(credits) >= 2:       # each article its own info line (and date): no one of them is the page's
        meta["info"] = meta["date"] = None
        meta["infos"] = tuple((starts[k], info) for k, info in credits if k < len(starts) and starts[k])
    if entries["listed"] >= 2:      # a portal's list page: its entries, each dated by its own stamp
        meta["listing"] = True
        meta["stamps"] = tuple((starts[k], day) for k, day in entries["stamps"] if k < len(starts) and starts[k])
    return [Extracted(text, extraction="html", hints=hints, meta={k: v for k, v in meta.items() if v})]


def _parse(raw: bytes):
    if not raw.strip():
        raise UnreadableFile("empty file")
    # lxml's tree takes about 30 times the page's bytes: 50 MB of markup needs 1.4 GB.
    check_cap("markup_bytes", len(raw), "bytes of HTML markup")
    try:
        tree = lxml.html.document_fromstring(_decode(raw))
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFile(f"not an HTML page: {exc}")
    _check_depth(tree)
    if tree.find("body") is None or not tree.find("body").text_content().strip():
        raise UnreadableFile("HTML page with an empty body")
    return tree


LIBXML2_DEPTH = 255      # libxml2's HTML parser silently drops what is nested deeper than this


def _check_depth(tree) -> None:
    """Refuse markup nested past the depth cap: past libxml2's own limit text is lost unseen."""
    depth, deepest = 0, 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    limit = min(caps().depth, LIBXML2_DEPTH - 1)
    if deepest > limit:
        raise UnreadableFile(f"HTML elements nested {deepest} deep, more than limits.depth allows "
                             f"({limit}): text nested deeper could be lost")


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.I)


def _decode(raw: bytes) -> str:
    """Decode the page by its bytes, its declared charset checked against them (see
    :func:`decode_markup`); GB pages are read as GB18030 ourselves, as libxml2 maps the
    间隔号 (A1A4) of gb2312 to U+30FB instead of U+00B7."""
    declared = _CHARSET.search(raw[:4096])
    return decode_markup(raw, declared.group(1).decode("ascii", "replace") if declared else None)[0]


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("name", "property", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


@dataclass
class _Chosen:
    text: str | None = None
    subtitle: str | None = None
    elements: tuple = ()            # the title's elements (kicker, headline, subtitle): not body text


def _title(tree, page_title: str, site: str | None) -> _Chosen:
    """The article's headline: of the page's headings and title-classed elements, the longest that
    the page's <title> (or og:title) also names, a site's logo and name excepted; else the first
    <h1>, a title-classed element, og:title, the first <h2> (a portal's CMS may set it there)."""
    candidates = [e for e in tree.iter() if _may_be_title(e) and not _is_site(e, site)]
    named = [t for t in (page_title, _meta(tree, *_TITLE_METAS)) if t]
    agreeing = [e for e in candidates if any(_names(n, _text(e)) for n in named)]
    if agreeing:
        return _chosen(max(agreeing, key=lambda e: len(_text(e))))     # first of the longest
    # no heading and no title class (td class="bt1"): the element that says exactly what <title> says
    same = [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in _NOT_TITLES
            and _few_descendants(e) and _is_title_part(page_title, _text(e)) and not _is_site(e, site)]
    if same:
        return _chosen(same[-1])        # the innermost of the elements saying it
    order = [e for e in candidates if e.tag == "h1"] + [
        e for e in candidates if e.tag != "h1" and (e.tag not in ("h2", "h3") or _TITLE_CLASS.search(_classes(e)))]
    if order:
        return _chosen(order[0])
    found = _meta(tree, *_TITLE_METAS)
    if found:
        return _Chosen(found)
    h2 = [e for e in candidates if e.tag == "h2"]
    return _chosen(h2[0]) if h2 else _Chosen()


_TITLE_METAS = ("og:title", "ArticleTitle", "title", "headline")
_SITE_METAS = ("publication", "og:site_name", "site_name", "SiteName", "application-name")


def _names(page_title: str, text: str) -> bool:
    """Whether the page's <title> names this text: holds it whole, or a part of it cut short (…)."""
    whole, text = squash(page_title), squash(text)
    if text in whole:
        return True
    parts = (p.strip(" .…") for p in _TITLE_PARTS.split(page_title))
    return any(len(squash(p)) >= 8 and text.startswith(squash(p)) for p in parts)


_TITLE_PARTS = re.compile(r"\s[-_|—]+\s|[_|]|--+|——|\.\.\.|…+|(?<=[\u4e00-\u9fff”」）])-(?=[\u4e00-\u9fff])")


# where a title's words may stand without being the article's headline (a CMS's own tags, such as
# <founder-title>, may be)
_NOT_TITLES = frozenset("html head title body meta a script style option li".split())


def _few_descendants(element, most: int = 8) -> bool:
    """A headline's element holds a few inline tags at most; looking at no more than that keeps
    the search linear in the page's size."""
    for k, _ in enumerate(element.iter()):
        if k > most:
            return False
    return True


def _is_title_part(page_title: str, text: str) -> bool:
    """Whether the text is the whole <title> or one of its parts (the article's, site's name aside)."""
    text = squash(text)
    parts = [squash(p) for p in _TITLE_PARTS.split(page_title)] + [squash(page_title)]
    return 6 <= len(text) <= 80 and text in parts and not _PAGE_LABEL.search(text)     # 第3版：要闻 names a page


def _may_be_title(element) -> bool:
    # tag and class first: the text of every element of a large page would cost its size × its depth
    if not isinstance(element.tag, str):
        return False
    classes = _classes(element)
    if element.tag not in ("h1", "h2", "h3") and not (
            element.tag in ("div", "p", "span", "td", "h4", "strong", "font") and _TITLE_CLASS.search(classes)
            and not _SUBTITLE_CLASS.search(classes) and not _KICKER_CLASS.search(classes)):
        return False
    return 4 <= len(_text(element)) <= 80


def _is_site(element, site: str | None) -> bool:
    """A site's name set as a heading: its logo (a link home, or classed logo), or the site name."""
    text = _text(element)
    if site and squash(text) == squash(site):
        return True
    links = "".join(_text(a) for a in element.iter("a"))
    return bool(links) and squash(links) == squash(text) or "logo" in _classes(element).lower()


def _chosen(element) -> _Chosen:
    kicker, kicker_element = _kicker(element)
    subtitle, subtitle_element = _subtitle(element)
    elements = tuple(e for e in (kicker_element, element, subtitle_element) if e is not None)
    return _Chosen(kicker + _without_stamp(_text(element)), subtitle, elements)


# a CMS's date stamp (2024-05-21 10:00, [2024-05-21]): bounded pieces, no free spaces, so a search is linear
_STAMP_PIECE = r"[\[【(（]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?[\]】)）]?"
_LEAD_STAMP, _TAIL_STAMP = re.compile(_STAMP_PIECE), re.compile(_STAMP_PIECE + "$")


def _without_stamp(text: str) -> str:
    """A headline without the CMS's date stamp set in its element (标题<span>2024-05-21 10:00</span>)."""
    bare = " ".join(text.split())
    lead = _LEAD_STAMP.match(bare)
    bare = bare[lead.end():].strip() if lead else bare
    tail = _TAIL_STAMP.search(bare)
    bare = bare[:tail.start()].strip() if tail else bare
    return bare if len(bare) >= 4 else text


def squash(text: str) -> str:
    return "".join(text.split())


def _kicker(title) -> tuple[str, object]:
    """The kicker (引题) set right over the title, classed so, and its element; or ("", None)."""
    for sibling in list(title.itersiblings(preceding=True))[:2]:
        if isinstance(sibling.tag, str) and _KICKER_CLASS.search(_classes(sibling)):
            text = _text(sibling)
            return (text, sibling) if len(text) <= 40 else ("", None)
    return "", None


def _subtitle(title) -> tuple[str | None, object]:
    for sibling in list(title.itersiblings())[:2]:
        if sibling.tag in ("h2", "h3") or _SUBTITLE_CLASS.search(_classes(sibling)):
            text = _text(sibling)
            return (text, sibling) if 2 <= len(text) <= 80 else (None, None)
    return None, None


def _classes(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _date(tree) -> str | None:
    """The issue date, as YYYY-MM-DD: a date meta tag, a <time>, the date the page labels its own
    (发布时间：…; a top bar's 今天是… is the day the page was served), else the first date in its head."""
    candidates = [_meta(tree, "publishdate", "pubdate", "PubDate", "PublishDate", "date", "article:published_time",
                        "datePublished")]
    candidates += tree.xpath("//time/@datetime") + [_text(t) for t in tree.iter("time")]
    head = _text(tree.find("body"))[:2000]
    labelled = _LABELLED_DATE.search(head)
    candidates += [labelled.group(1) if labelled else None, head]
    for text in filter(None, candidates):
        match = _DATE.search(text)
        if match:
            y, m, d = match.groups()
            return f"{y}-{int(m):02d}-{int(d):02d}"
    return None


_LABELLED_DATE = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|日期|时间)\s*[:：]\s*"
                            r"((?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")


def _info_line(tree) -> str | None:
    """Return a web page's info line, its 来源 and 作者 alone (来源：X 作者：Y): from the innermost
    short element naming the most of them (one <span> each is common: their parent holds both)."""
    found, most = None, 0
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag not in ("p", "script", "style") \
                and _few_descendants(element, 40):       # an info line is a few spans, not a page
            text = " ".join(" ".join(element.itertext()).split())     # <span>来源：X</span><span>作者：Y</span>
            if len(text) <= 200 and _INFO.search(text) and "。" not in text:     # prose is no info line
                count = len(set(m.group(0) for m in _OWN_FIELDS.finditer(text)))
                if count >= most:       # elements come before their descendants: the last is the innermost
                    found, most = text, count
    return _own_fields(found) if found else None


_OWN_FIELDS = re.compile(r"(?:来源|稿源|信息来源|作者)\s*[:：]")


def _own_fields(line: str) -> str:
    """The 来源 and 作者 fields of an info line, as written; the rest (发布时间, 浏览, 字号) dropped."""
    labels = list(_INFO_FIELD.finditer(line))
    parts = []
    for label, following in zip(labels, labels[1:] + [None]):
        value = line[label.end():following.start() if following else len(line)]
        value = _STAMP_TAIL.sub("", re.split(r"[【\[|｜]", value)[0]).strip()     # 【打印】 follows
        if _OWN_FIELDS.match(label.group(0)) and value:
            parts.append(f"{label.group(0).strip()}{value}")
    return " ".join(parts) or line


_STAMP_TAIL = re.compile(r"\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


_SPONSOR = re.compile(r"(?:主办单位|主办|主管单位|主管|版权所有)\s*[:：]?\s*(?:[©(（]\s*[cC]?\s*[)）]?\s*)?(?:\d{4}\s*)?"
                      r"([\u4e00-\u9fff]{2,24})")


def _sponsor_province(tree) -> str | None:
    """The province of the body that runs the site, by its footer (主办：青海省民政厅, 版权所有：…):
    a provincial portal's own 省民政厅 and 全省 are that province. A national body names none."""
    from ..agencies import publication_province        # the lexicon, loaded only for web pages
    body = tree.find("body")
    text = " ".join(" ".join(body.itertext()).split()) if body is not None else ""
    for match in (*_SPONSOR.finditer(text), *_SPONSOR_BEFORE.finditer(text)):
        province = publication_province(match.group(1))
        if province:
            return province
    # the site's licence (皖ICP备…号): every Chinese site's footer prints its province's one-character name before
    # ICP备; 京 is left out, as national bodies' sites are licensed in Beijing
    licence = _ICP.search(text)
    return _ICP_PROVINCE.get(licence.group(1)) if licence else None


# …or names the body before the word (泾县融媒体中心 主办).
_SPONSOR_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,24})\s*(?:主办|承办|版权所有)(?![\u4e00-\u9fff])")
_ICP = re.compile(r"([\u4e00-\u9fff])\s*ICP\s*备")
_ICP_PROVINCE = dict(zip("津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新",
                         ["天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
                          "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "四川", "贵州",
                          "贵州", "云南", "云南", "西藏", "陕西", "陕西", "甘肃", "甘肃", "青海", "宁夏", "新疆"]))


def _page(tree) -> str | None:
    match = _PAGE.search(_text(tree.find("body"))[:3000])
    return next((g for g in match.groups() if g), None) if match else None


def _publication(tree, page_title: str, title: str | None) -> str | None:
    """The publication: a meta tag, else the short part of <title> that is not the article's title."""
    named = _meta(tree, "publication", "og:site_name", "site_name", "application-name")
    if named:
        return named
    parts = [p.strip() for p in re.split(r"\s[-_|—]\s|[-_|]", page_title) if p.strip()]
    # a part naming a page (数字报 第3版：党建) is no publication's name
    others = [p for p in parts if p != title and len(p) <= 12 and not _PAGE_LABEL.search(p)]
    return others[-1] if len(parts) > 1 and others else None


def _drop_boilerplate(tree, keep: tuple = ()) -> None:
    """Drop page headers, footers, share bars, related lists …, by tag and by class or id; never
    an element holding the headline or most of the page's text (a wrapper classed "top" or
    "article-header" is the article's, not the site's)."""
    body = tree.find("body")
    total = len(_text(body)) if body is not None else 0
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element is body:
            continue
        if element.tag not in ("header", "footer") and not _BOILERPLATE.search(_classes(element)):
            continue
        if any(k is element or element in k.iterancestors() for k in keep):
            continue
        if len(_text(element)) * 2 > total:
            continue
        element.drop_tree()


# Elements that break the text into paragraphs; any other (span, strong, font, a, a CMS's own
# <founder-content>) runs inside one.
_BLOCKS = frozenset("p div td th li dd dt h1 h2 h3 h4 h5 h6 figcaption figure blockquote section article "
                    "main table tr tbody thead ul ol dl pre center caption address body hr".split())
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SENTENCE = re.compile(r"[，。；！？,;!?]")     # prose has these; a crumb or date bar has a colon at most
_HAN = re.compile(r"[\u3400-\u9fff]")
# Site furniture met inside a content element: copyright and filing lines, page tools, paging
_FURNITURE = re.compile(r"版权所有|ICP备|公网安备|网站标识码|技术支持|^上一篇|^下一篇|打印本页|关闭窗口|打印此页"
                        r"|^分享到|^(当前|您的|你的|所在)位置|【\s*字[体号]|扫一扫|^相关(阅读|新闻|文章|链接)$|^推荐阅读$|^(浏览|阅读|点击)(次数|量)?\s*[:：]")
_CRUMB_STEP = re.compile(r"\s*[>＞»›]\s*")


def _site_furniture(text: str) -> bool:
    """Copyright and filing lines, page tools, paging — or a breadcrumb without its 当前位置: three or
    more short steps joined by > or ». (Split, not one pattern: a pattern of repeated steps whose
    spaces both sides may take backtracks without end on a long line that is not one.)"""
    if _FURNITURE.search(text):
        return True
    steps = _CRUMB_STEP.split(text) if len(text) <= 200 else []
    return len(steps) >= 3 and all(0 < len(step) <= 24 and not _SENTENCE.search(step) for step in steps)
_INFO_FIELD = re.compile(r"(信息来源|来源|稿源|作者|责任编辑|编辑|发布时间|发布日期|发布者|日期|时间|浏览次数|浏览|点击|阅读|字号)\s*[:：]")
# a listing's [2024-05-21] beside each item: no words, only the date of the item's page
_DATE_ONLY = re.compile(r"[\[【(（]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?")
_STAMP = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")


class _Run:
    """A stretch of text between two paragraph breaks, with what its markup says of it."""

    def __init__(self, owner, caption: bool):
        self.owner, self.caption = owner, caption
        self.parts: list[str] = []
        self.link = 0               # characters inside <a>
        self.bold = 0               # characters inside <strong>/<b>
        self.anchors = 0            # <a> elements ending inside the run

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def _runs(body, skip: tuple = ()) -> list[_Run]:
    """The body's text as runs in document order: a run ends at a block element, a <br> or an
    <img>; the text right after a picture, or in a caption element, is a caption."""
    runs: list[_Run] = []
    state = {"picture": False}
    current: list[_Run] = []

    def close() -> None:
        if current and current[0].text:
            runs.append(current[0])
            state["picture"] = False
        current.clear()

    def add(text, owner, caption, link, bold) -> None:
        if not text:
            return
        if not current:
            current.append(_Run(owner, caption or state["picture"]))
        run = current[0]
        run.parts.append(text)
        size = len("".join(text.split()))
        run.link += size if link else 0
        run.bold += size if bold else 0

    def walk(element, owner, caption, link, bold) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None or any(element is k for k in skip):
            return
        if tag == "a" and current and _more_link(element, current[0]):
            return          # a listing's [详细] after its summary: a page tool, no word of the text
        if tag in _BLOCKS:
            close()
            owner = element
        caption = caption or tag == "figcaption" or bool(_CAPTION_CLASS.search(_classes(element)))
        link, bold = link or tag == "a", bold or tag in ("strong", "b")
        if caption and not (current and current[0].caption):
            close()
        add(element.text, owner, caption, link, bold)
        if tag == "a" and current and (element.text or "").strip():
            current[0].anchors += 1
        for child in element:
            if isinstance(child.tag, str) and child.tag in ("br", "img"):
                close()
                state["picture"] = state["picture"] or child.tag == "img"
            else:
                walk(child, owner, caption, link, bold)
            parent_caption = caption
            if child.tail and child.tail.strip():
                if isinstance(child.tag, str) and child.tag in _BLOCKS:
                    close()
                elif current and current[0].caption != (parent_caption or state["picture"]) and child.tag != "br":
                    close()
                add(child.tail, owner, parent_caption, link, bold)
        if tag in _BLOCKS or caption:
            close()
    if body is not None:
        walk(body, body, False, False, False)
    close()
    return runs


# a link's own text set in brackets, a few characters: [详细] 【更多】 [全文]; or arrows only (>>)
_MORE = re.compile(r"[\[【［]\s*[\u4e00-\u9fff]{2,4}\s*[\]】］]|[>»＞]{2,3}")


def _more_link(element, run: "_Run") -> bool:
    """A link set after prose in the same run, its whole text a bracketed word or arrows: the
    "read more" of a listing's summary (……[详细])."""
    if len(element) or not _MORE.fullmatch(squash(element.text or "")):
        return False
    before = "".join(run.parts).rstrip()
    return len(_HAN.findall(before)) >= 10 and before.endswith(("…", "...", "。"))


def _weight(run: _Run) -> int:
    """What a run says of the element holding it: prose for the article, links, page tools and
    info lines against."""
    size = len("".join(run.text.split()))
    if _linked(run) or _site_furniture(run.text):
        return -size
    if _is_info(run.text):
        return 0        # an info line (a listing's entries each close with one) says nothing either way
    if _titled(run.owner):
        return 0
    # a headline, a table cell, a caption or a date bar says nothing either way: the element
    # holding the prose is the deepest that holds the most of it, whatever short bits lie between
    prose = len(_HAN.findall(run.text)) >= 10 and _SENTENCE.search(run.text)
    return size - (run.link if run.link * 2 <= size else 0) if prose else 0     # (a listing's linked summary: prose)


def _linked(run: _Run) -> bool:
    """A run that is mostly link text: a menu, a list of other pages — unless it is prose (a listing
    whose whole item, summary too, is one link: sentences no menu has)."""
    text = run.text
    if run.link * 2 <= len(squash(text)):
        return False
    return not (len(_HAN.findall(text)) >= 20 and ends_sentence(text) and ("，" in text or "," in text))


def _titled(element) -> bool:
    """A heading or a title-classed element: its text (a headline with a comma) is no prose."""
    return element.tag in _HEADINGS or _TITLE_CLASS.search(_classes(element)) is not None


def _region(runs: list[_Run]):
    """The element whose runs weigh most: the article's text (several articles' on an e-paper's
    版面 page, whose blocks share a parent), without the menus and footers around it."""
    score: dict = {}
    prose: dict = {}            # the weight for prose alone: what an element holds of text
    depth: dict = {}
    for n, run in enumerate(runs):
        w = 0 if _listed_headline(runs, n) else _weight(run)
        for k, element in enumerate([run.owner, *run.owner.iterancestors()]):
            score[element] = score.get(element, 0) + w
            if w > 0:
                prose[element] = prose.get(element, 0) + w
    if not score:
        return None, None, []
    best = max(score.values())
    if best <= 0:
        return None, None, []
    # the deepest of those weighing most: a wrapper around the text adds nothing to it
    tied = [e for e, v in score.items() if v == best]
    for e in tied:
        depth[e] = sum(1 for _ in e.iterancestors())
    region = max(tied, key=lambda e: depth[e])
    region, parts = _widened(region, prose)
    return region, parts, _boxes_beside(region, prose)


MAX_BOXES = 4


def _boxes_beside(region, score: dict) -> list:
    """Boxes of their own text set after the article's element (a 相关链接/延伸阅读 box holding a
    heading over prose, not a list of links): following siblings of the region or of its ancestors,
    each headed by a heading element and weighing for prose. A box is an article of its own."""
    boxes = []
    for element in [region, *region.iterancestors()]:
        if element.tag == "body":
            break
        for sibling in element.itersiblings():
            if len(boxes) >= MAX_BOXES:
                return boxes
            if isinstance(sibling.tag, str) and score.get(sibling, 0) > 0 and _headed(sibling):
                boxes.append(sibling)
    return boxes


def _kind(element) -> tuple:
    """An element's tag and classes; classes empty unless it has some (or is an article/section)."""
    classes = tuple((element.get("class") or "").split())
    return element.tag, classes or ((element.tag,) if element.tag in ("article", "section") else ())


def _headed(element) -> bool:
    """Whether an element holds a heading element among its first few (the box's own title)."""
    for k, e in enumerate(element.iter()):
        if k > 8:
            return False
        if e is not element and isinstance(e.tag, str) and (e.tag in _HEADINGS or (
                e.tag not in ("a", "span") and _TITLE_CLASS.search(_classes(e)) and 2 <= len(_text(e)) <= MAX_HEADING_CHARS)):
            return True
    return False


def _widened(region, score: dict):
    """A page running several articles one after another, each in a container of the same kind
    (<div class="article"> twice): the region is their parent, of which only the children whose own
    text weighs for prose are kept (a box of its own text among them; a bar of links, a crumb, a
    footer weigh against). (region, None) when the region has no sibling of its kind with prose."""
    kinds = Counter(_kind(c) for c in region if isinstance(c.tag, str) and score.get(c, 0) > 0 and _kind(c)[1])
    if kinds and kinds.most_common(1)[0][1] >= 2:        # the region is their parent already
        return region, {c for c in region if isinstance(c.tag, str) and score.get(c, 0) > 0}
    for element in [region, *region.iterancestors()]:
        parent = element.getparent()
        if parent is None or element.tag == "body":
            break
        if not (element.get("class") or element.tag in ("article", "section")):
            continue
        kind = (element.tag, (element.get("class") or "").split())
        if any(c is not element and isinstance(c.tag, str) and (c.tag, (c.get("class") or "").split()) == kind
               and score.get(c, 0) > 0 for c in parent):
            return parent, {c for c in parent if isinstance(c.tag, str) and score.get(c, 0) > 0}
    return region, None


def _inside(element, region) -> bool:
    return element is region or region in element.iterancestors()


def _body(tree, title: tuple = (), credits: list | None = None,
          entries: dict | None = None) -> tuple[list[tuple[str, str | None]], bool]:
    """Return (paragraph, layout hint) of the page's article text: the runs of its weightiest
    element, less links, page tools and info lines; headings, bold or centred short paragraphs
    and captions hinted. And whether the markup's headline lies in that text (an e-paper's 版面
    page heads each of its articles alike): then it is the text's, and no title of the page's.
    On a page running several articles in containers of one kind, each article's info line goes to
    credits, as (index of a block of its article, its 来源/作者 fields). On a listing page (entries given),
    entries["listed"] counts its entries and entries["stamps"] holds each one's date stamp, as (index of its
    headline's block, YYYY-MM-DD)."""
    runs = _runs(tree.find("body"))
    region, parts, boxes = _region(runs)
    if region is None:
        return [], False
    boxed_apart = {id(r) for r in runs if any(_inside(r.owner, b) for b in boxes)}
    inside = [r for r in runs if id(r) in boxed_apart or _inside(r.owner, region)
              and (parts is None or _child_of(r.owner, region) in parts)]
    related = next((k for k, r in enumerate(inside) if _RELATED_HEAD.match(squash(r.text))), len(inside))
    # a listing's headlines are links over prose; under 相关新闻, links to other pages are no text
    listed = {id(r) for k, r in enumerate(inside) if k < related and _listed_headline(inside, k)}
    infos = {id(r) for r in inside if _is_info(r.text) and _OWN_FIELDS.search(r.text)}
    # each article its own info line: articles in containers of one kind, or a listing's entries
    infos = infos if parts is not None or len(listed) >= 2 and len(infos) >= 2 else set()
    kept = [r for k, r in enumerate(inside)
            if _kept(r) or id(r) in listed or id(r) in infos or (k < related and _linked_headline(inside, k))]
    boxed = {id(r) for r in _link_box(inside, related)}     # once: per run it cost the page's size squared
    kept = [r for r in kept if id(r) not in boxed]
    # a listing's date stamp set apart (<span>2024-05-21</span>): no text, but its entry's date
    stamped = {id(r) for r in inside if len(listed) >= 2 and len(r.text) <= 30 and _DATE_ONLY.fullmatch(r.text.strip())}
    if stamped:
        chosen_runs = {id(r) for r in kept} | stamped
        kept = [r for r in inside if id(r) in chosen_runs]
    in_text = _title_in_text(kept, title)
    headline = next((e for e in title if e.tag in _HEADINGS or _TITLE_CLASS.search(_classes(e))), None)
    if not in_text:
        kept = [r for r in kept if not any(_inside(r.owner, e) for e in title)]
    blocks: list[tuple[str, str | None]] = []
    seen_text = False
    previous = None
    pending = None
    early = None
    for run in kept:
        text = run.text
        if id(run) in stamped:
            if previous is not None and _child_of(previous.owner, region) is _child_of(run.owner, region):
                _stamp_of(text, len(blocks) - 1, entries, after=True)
            else:
                early = text        # set before its entry's headline
            continue
        if id(run) in infos:
            pending = _own_fields(text)     # the credit of the article it stands in, not text
            if (blocks and blocks[-1][1] != H.HEADING and previous is not None and credits is not None
                    and _child_of(previous.owner, region) is _child_of(run.owner, region)):
                credits.append((len(blocks) - 1, pending))     # closing its entry: that entry's credit
                _stamp_of(run.text, len(blocks) - 1, entries, after=True)
                pending = None
            continue
        hint = H.CAPTION if run.caption and len(text) <= 120 else _heading_hint(run, text)
        if id(run) in listed:
            if entries is not None:
                entries["listed"], entries["head"] = entries["listed"] + 1, len(blocks)
            _stamp_of(text if _STAMP.search(text) or not early else early, len(blocks), entries)
            early = None
            text, hint = _unstamped(text), H.HEADING
        if (_PAGE_LABEL.match(text) and len(text) <= 24) or (id(run) in boxed_apart and _RELATED_HEAD.match(squash(text))):
            hint = H.LABEL      # (a box's 相关链接： over its own text: furniture, the text an article)      # the 版面's name set over its articles: furniture, as a printed page's
        elif (hint == H.HEADING and seen_text and title and not in_text and not _MARKED.match(text)
              and not (id(run) in listed and len(listed) >= 2)     # a listing's items: each an article
              and not _new_block(previous, run, region) and not _same_kind(run.owner, headline)
              and id(run) not in boxed_apart):
            hint = H.SUBHEADING     # inside the article the markup titles: no new article
        if blocks and blocks[-1][1] == H.HEADING and _subtitle_run(run, text):
            hint = H.HEADING    # a ——subtitle under its headline: the title's last line, not the lead
        seen_text = seen_text or hint is None
        if pending is not None and credits is not None and hint != H.HEADING:
            credits.append((len(blocks), pending))
            pending = None
        blocks.append((text, hint))
        previous = run
    blocks = _boxes(blocks)
    if any(hint == H.HEADING for _, hint in blocks):      # a page marking its headings: the rest is text
        blocks = [(text, hint or H.BODY) for text, hint in blocks]
    return blocks, in_text


_PAGE_LABEL = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版")
_MARKED = re.compile(r"^\s*[◆■●▲★☆◇□○【]")      # a brief's marker: an item's headline, never a subheading


def _stamp_of(text: str, block: int, entries: dict | None, after: bool = False) -> None:
    """Note the date stamp a listing entry's headline or closing info line carries (2024-05-21): the
    entry's own issue date. A stamp on the closing line stands for an entry whose headline had none."""
    stamp = _STAMP.search(text) if entries is not None else None
    if not stamp:
        return
    day = "-".join(f"{int(x):02d}" if len(x) < 4 else x for x in re.split(r"[-/.]", stamp.group(0)))
    if after and entries["stamps"] and entries["stamps"][-1][0] >= entries.get("head", 0):
        return                                  # the headline's own stamp already dates the entry
    entries["stamps"].append((block, day))


def _title_in_text(kept: list[_Run], title: tuple) -> bool:
    """Whether the markup's headline is one of the text's own, below text that comes before it
    (the second article of a 版面 page); set over the text, it is the page's title as before."""
    for k, run in enumerate(kept):
        if any(_inside(run.owner, e) for e in title):
            return any(not _PAGE_LABEL.match(r.text) for r in kept[:k])
    return False


_BOX_LABEL = re.compile(r"[【\[][^】\]]{2,10}[】\]]")


def _boxes(blocks: list) -> list:
    """A 【label】 set over a heading (【延伸阅读】, 【相关链接】) opens a box of its own: the label
    is furniture, the heading under it an article's title, not a subheading of the one above."""
    out = list(blocks)
    for k in range(len(out) - 1):
        label = squash(out[k][0])
        if (_BOX_LABEL.fullmatch(label) or _RELATED_HEAD.match(label)) and out[k + 1][1] in (H.HEADING, H.SUBHEADING):
            out[k], out[k + 1] = (out[k][0], H.LABEL), (out[k + 1][0], H.HEADING)
    return out


_RELATED_HEAD = re.compile(r"^[【\[]?(相关|推荐|延伸|热点|热门|更多)(阅读|新闻|文章|链接|报道|推荐)[】\]]?[:：]?$")


def _link_box(runs: list[_Run], k: int) -> list[_Run]:
    """The runs of a related-news box headed by runs[k] (相关新闻): the rest of the element holding
    the heading, when it lists links (other pages' headlines, a summary under each); else none (a
    相关链接 box of prose is an article of its own)."""
    if k >= len(runs) or runs[k].owner.getparent() is None:
        return []
    box = runs[k].owner.getparent()
    after = [r for r in runs[k + 1:] if _inside(r.owner, box)]
    return after if any(r.link * 2 > len(squash(r.text)) for r in after) else []


def _listed_headline(runs: list[_Run], k: int) -> bool:
    """A listing's item headline set as one plain link (beside its date stamp) over its summary."""
    run = runs[k]
    text = _unstamped(run.text)
    return (run.anchors == 1 and run.link * 2 > len(squash(run.text)) and 4 <= len(text) <= MAX_HEADING_CHARS
            and not _SENTENCE.search(text) and _linked_headline(runs, k, plain=True))


def _unstamped(text: str) -> str:
    """A listing headline without the date stamp printed before or after it ([2024-05-19])."""
    return _DATE_ONLY.sub(" ", text).strip() if len(text) <= 2 * MAX_HEADING_CHARS else text


def _linked_headline(runs: list[_Run], k: int, plain: bool = False) -> bool:
    """A headline set as a link over its summary (a listing page: each item's title links to its
    page): a title, not a link to drop. The next run with words must be prose."""
    run = runs[k]
    if not (_titled(run.owner) or run.bold or plain) or _site_furniture(run.text):
        return False
    # the summary follows at once (a date stamp may stand between): a bounded look, linear on any page
    after = next((r for r in runs[k + 1:k + 4] if _HAN.search(r.text)), None)
    return after is not None and (_weight(after) > 0 or _summary(after))


def _summary(run: _Run) -> bool:
    """A listing's summary cut short (……) that holds no comma: words of a lead, not a link's."""
    text = run.text
    return (not _linked(run) and text.rstrip().endswith(("…", "...")) and len(_HAN.findall(text)) >= 10
            and not _site_furniture(text))


def _kept(run: _Run) -> bool:
    """Whether a run is the article's: not a list of links, page tools, nor an info line."""
    text = run.text
    if _linked(run) or (len(text) <= 80 and _site_furniture(text)) or _DATE_ONLY.fullmatch(text) \
            or _date_bar(text):
        return False
    return not _is_info(text)


_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
_BAR_SPLIT = re.compile(r"\s*[|｜]\s*")


def _date_bar(text: str) -> bool:
    """An e-paper's edition bar (金陵日报网 | 数字报 | 2024年06月18日 星期二): a full date with a
    weekday or between | separators, the rest a few short words (the site's name, 数字报), no
    sentence. The page's chrome, not its text: a headline holding a date has no weekday nor |."""
    if len(text) > 60 or _SENTENCE.search(text):
        return False
    date = _DATE.search(text)
    if date is None or not (_WEEKDAY.search(text) or _BAR_SPLIT.search(text)):
        return False
    rest = _WEEKDAY.sub(" ", text[:date.start()] + " " + text[date.end():].lstrip("日号 "))
    words = [w for w in _BAR_SPLIT.split(rest) for w in w.split() if w]
    return len(words) <= 4 and all(len(w) <= 10 for w in words)


def _is_info(text: str) -> bool:
    """A web page's info line (发布时间：… 来源：… 作者：…, or a date and one field); a bracketed
    （来源：…） closing an article is its attribution, not this."""
    return (len(text) <= 150 and not text.startswith(("（", "(")) and _INFO_FIELD.search(text) is not None
            and (len(_INFO_FIELD.findall(text)) >= 2 or _STAMP.search(text) is not None))


def _new_block(previous, run, region) -> bool:
    """Whether a run opens a block of its own under the region (an e-paper's next article in its
    own element), not the next paragraph among its article's."""
    if previous is None:
        return True
    return _child_of(previous.owner, region) is not _child_of(run.owner, region) and \
        _child_of(run.owner, region) is not run.owner


def _same_kind(element, headline) -> bool:
    """Whether an element is set as the page's headline is (same tag, same class): the next
    article's headline on a page that runs its articles one after another, no subheading."""
    return headline is not None and element.tag == headline.tag and \
        (element.get("class") or "").split() == (headline.get("class") or "").split()


def _child_of(element, region):
    """The region's child holding the element (the element itself when the region holds it)."""
    for e in [element, *element.iterancestors()]:
        if e.getparent() is region:
            return e
    return element


def _settle_title(title: str | None, blocks: list) -> tuple[str | None, list]:
    """The markup's title, unless the text opens with its own: the same words set again, items
    each under a headline (the markup names the page: 党建简讯), or an e-paper's 版面 name over the
    page's article. A lone heading at the top under a different markup title is the article's
    text (a byline, a lead set in bold), not a second title."""
    if not title or not blocks or blocks[0][1] != H.HEADING:
        return title, blocks
    first = squash(blocks[0][0])
    headings = sum(hint == H.HEADING for _, hint in blocks)
    if first in squash(title) or squash(title) in first or headings >= 2 or _PAGE_NAME.search(title):
        return None, blocks
    return title, [(blocks[0][0], H.BODY), *blocks[1:]]


_PAGE_NAME = re.compile(r"第\s*\S{1,3}\s*版|版面|^\S{0,6}(简讯|快讯|动态|要闻)$")


def _subtitle_run(run: _Run, text: str) -> bool:
    """A subtitle set as its own paragraph under a headline: opening with —— or classed so, short,
    no sentence."""
    return (2 <= len(text) <= MAX_HEADING_CHARS and not ends_sentence(text)
            and (text.startswith(("——", "--")) or bool(_SUBTITLE_CLASS.search(_classes(run.owner)))))


def _heading_hint(run: _Run, text: str) -> str | None:
    """"heading" for a heading element, or a short paragraph set wholly in bold or centred, that
    is no sentence nor a numbered subheading; None otherwise (the segmenter decides)."""
    if not 2 <= len(text) <= MAX_HEADING_CHARS or ends_sentence(text) or _ENUMERATED.match(text):
        return None
    block = run.owner
    if block.tag in _HEADINGS or _TITLE_CLASS.search(_classes(block)) or _KICKER_CLASS.search(_classes(block)):
        return H.HEADING
    centred = (_CENTRED.search(block.get("style", "")) or block.get("align", "").lower() == "center"
               or block.tag == "center")
    return H.HEADING if run.bold >= len(squash(text)) or centred else None
