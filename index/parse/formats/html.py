"""Read an e-paper article page: title, date, 版次, publication and body from the markup.

lxml parses the page (any charset the page declares). Navigation, share bars,
related-news lists, headers and footers are dropped by tag and by class/id;
the body is the element whose own <p> children hold the most text. Chosen
over trafilatura by measurement (docs/decisions.md): trafilatura finds the
body as well but knows nothing of 版次 and often loses the title or the date.
"""
from __future__ import annotations

import re
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

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "button", "iframe",
              "noscript", "select", "template")
_BOILERPLATE = re.compile(r"share|nav|menu|footer|header|breadcrumb|comment|related|copyright|toolbar"
                          r"|sidebar|banner|recommend|hot|rank|login|fenxiang|bottom|top-?bar", re.I)
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_PAGE = re.compile(r"第\s*0*(\d{1,3})\s*版|版次\s*[:：]?\s*0*(\d{1,3})|(?<![\d-])0*(\d{1,3})\s*版(?![权次])")
_TITLE_CLASS = re.compile(r"(^|[-_\s])(title|headline|biaoti|bt|font01)($|[-_\s])", re.I)
_SUBTITLE_CLASS = re.compile(r"sub-?title|fbt|subhead|font02|(^|[-_\s])ft($|[-_\s])", re.I)   # ft: 副题
# 引题: the kicker printed over a headline is part of the title (issue 15), never dropped
_KICKER_CLASS = re.compile(r"kicker|pre-?title|overline|yinti|(^|[-_\s])yt($|[-_\s])", re.I)
_CAPTION_CLASS = re.compile(r"caption|pic-?note|img-?note|photo-?(note|desc)|tpsm|tpzs|figcaption", re.I)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")
MAX_HEADING_CHARS = 60
_INFO = re.compile(r"(?:来源|稿源|信息来源)\s*[:：]")


def extract(path: Path) -> list[Extracted]:
    """Return the article of an e-paper page as one page text with its metadata."""
    tree = _parse(path.read_bytes())
    # The edition line (date, 版次) often sits in a top bar: read it before boilerplate goes.
    meta = {"date": _date(tree), "page": _page(tree), "info": _info_line(tree)}
    page_title = tree.findtext(".//title") or ""
    _drop_boilerplate(tree)
    title, subtitle = _title(tree)
    meta["publication"] = _publication(tree, page_title, title)
    blocks = _body(tree, titled=title is not None)
    if not blocks:
        raise UnreadableFile("HTML page without article text (no paragraphs in its body)")
    check_cap("paragraphs", len(blocks), "paragraphs in the HTML page")
    check_cap("extracted_chars", sum(len(text) for text, _ in blocks), "characters of text in the HTML page")
    if title and _own_headlines(blocks):
        title = None        # the page's name (党建简讯) over items with headlines of their own
    if title and subtitle:                   # the subtitle is kept in the title, not lost
        title = f"{title}{'' if subtitle.startswith('——') else '——'}{subtitle}"
    meta["title"] = title
    text, hints = hinted_layer(blocks)
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


def _title(tree) -> tuple[str | None, str | None]:
    """Return (title, subtitle): the first <h1>, else an element classed as a title, else
    og:title; the subtitle is a heading or subtitle-classed element right after the title."""
    headings = list(tree.iter("h1"))
    classed = [e for e in tree.iter("div", "p", "span", "td", "h2", "h3") if _TITLE_CLASS.search(_classes(e))]
    for element in headings + classed:
        text = _text(element)
        if 4 <= len(text) <= 80:
            return _kicker(element) + text, _subtitle(element)
    found = _meta(tree, "og:title", "title", "headline")
    if found:
        return found, None
    # A portal's CMS may set the article's title in the page's first <h2> (no <h1>, no class)
    for element in tree.iter("h2"):
        text = _text(element)
        if 4 <= len(text) <= 80:
            return _kicker(element) + text, _subtitle(element)
    return None, None


def _kicker(title) -> str:
    """The kicker (引题) set right over the title, classed so, or ""."""
    for sibling in list(title.itersiblings(preceding=True))[:2]:
        if isinstance(sibling.tag, str) and _KICKER_CLASS.search(_classes(sibling)):
            text = _text(sibling)
            return text if len(text) <= 40 else ""
    return ""


def _subtitle(title) -> str | None:
    for sibling in list(title.itersiblings())[:2]:
        if sibling.tag in ("h2", "h3") or _SUBTITLE_CLASS.search(_classes(sibling)):
            text = _text(sibling)
            return text if 2 <= len(text) <= 80 else None
    return None


def _classes(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _date(tree) -> str | None:
    """The issue date, as YYYY-MM-DD: a date meta tag, a <time>, else the first date in the page head."""
    candidates = [_meta(tree, "publishdate", "pubdate", "date", "article:published_time", "datePublished")]
    candidates += tree.xpath("//time/@datetime") + [_text(t) for t in tree.iter("time")]
    candidates += [_text(tree.find("body"))[:2000]]
    for text in filter(None, candidates):
        match = _DATE.search(text)
        if match:
            y, m, d = match.groups()
            return f"{y}-{int(m):02d}-{int(d):02d}"
    return None


def _info_line(tree) -> str | None:
    """Return a web page's info line (发布时间：… 来源：X 作者：Y): the innermost short element naming a 来源."""
    found = None
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag not in ("p", "script", "style"):
            text = " ".join(_text(element).split())
            if len(text) <= 200 and _INFO.search(text):
                found = text        # elements come before their descendants: the last is the innermost
    return found


def _page(tree) -> str | None:
    match = _PAGE.search(_text(tree.find("body"))[:3000])
    return next((g for g in match.groups() if g), None) if match else None


def _publication(tree, page_title: str, title: str | None) -> str | None:
    """The publication: a meta tag, else the short part of <title> that is not the article's title."""
    named = _meta(tree, "publication", "og:site_name", "site_name", "application-name")
    if named:
        return named
    parts = [p.strip() for p in re.split(r"\s[-_|—]\s|[-_|]", page_title) if p.strip()]
    others = [p for p in parts if p != title and len(p) <= 12]
    return others[-1] if len(parts) > 1 and others else None


def _drop_boilerplate(tree) -> None:
    for element in list(tree.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in list(tree.iter()):
        if isinstance(element.tag, str) and element.getparent() is not None and _BOILERPLATE.search(_classes(element)):
            element.drop_tree()


_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")


def _body(tree, titled: bool = False) -> list[tuple[str, str | None]]:
    """Return (paragraph, layout hint) of the element whose direct <p> children hold the most text:
    its <p> children (split at <br>: e-papers set paragraphs and captions apart with it) and its
    headings <h2>–<h6>, which are text too. An e-paper page setting several articles side by side
    (each its own block with its own headline) gives them all, in page order (_article_blocks).
    titled: the markup names the page's one title; then a bold or centred line inside text that
    opens with a paragraph is a subheading, not another article's headline."""
    best, best_size = None, 0
    for element in tree.iter():
        size = sum(len(_text(p)) for p in element if p.tag == "p")
        if size > best_size:
            best, best_size = element, size
    if best is None:
        return []
    blocks: list[tuple[str, str | None]] = []
    emphasis: list[bool] = []                # the hint came from bold or centring, not a heading tag
    picture = False                          # the last block was a picture alone: a caption follows
    articles = _article_blocks(best)
    children = list(best) if len(articles) == 1 else [c for article in articles for c in _block_children(article)]
    for child in children:
        if child.tag not in _BLOCK_TAGS and len(articles) == 1:
            continue
        pieces = _pieces(child)
        if not pieces and child.find(".//img") is not None:
            picture = True
            continue
        for text, caption in pieces:
            hint = H.CAPTION if caption or picture else _heading_hint(child, text)
            blocks.append((text, hint))
            emphasis.append(child.tag == "p" and hint == H.HEADING)
            picture = False
    if titled and blocks and blocks[0][1] != H.HEADING and len(articles) == 1:
        blocks = [(text, H.BODY if bold else hint) for (text, hint), bold in zip(blocks, emphasis)]
    if any(hint == H.HEADING for _, hint in blocks):      # a page marking its headings: the rest is text
        blocks = [(text, hint or H.BODY) for text, hint in blocks]
    return blocks


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _article_blocks(best) -> list:
    """Return the elements that hold the page's articles: best alone, or — when best, or the element
    around it, carries a headline of its own — that element and its siblings of the same tag that
    also carry a headline and paragraphs of text (an e-paper page of several articles, each in a
    block of its own: <div class="article"><h2>…</h2><p>…</p></div>, or with the text one level
    down: <div class="news"><p class="bt">…</p><div class="content"><p>…</p></div></div>)."""
    element = best if _has_heading(best) else best.getparent()
    if element is None or not _has_heading(element) or element.getparent() is None:
        return [best]
    group = [c for c in element.getparent() if c is element or (c.tag == element.tag and _holds_article(c))]
    return group if len(group) > 1 or element is best else [best]


def _is_heading(element) -> bool:
    return isinstance(element.tag, str) and (
        element.tag in _HEADING_TAGS or element.tag in ("p", "div") and _TITLE_CLASS.search(_classes(element)) is not None)


def _has_heading(element) -> bool:
    return any(_is_heading(c) for c in element)


def _holds_article(element) -> bool:
    """Whether an element carries a headline and text, itself or one level down."""
    inner = [element, *(c for c in element if isinstance(c.tag, str) and c.tag in _CONTAINERS)]
    return any(_has_heading(e) for e in inner) and any(c.tag == "p" and _text(c) for e in inner for c in e)


_CONTAINERS = ("div", "section", "article", "td", "tr", "tbody", "table", "ul", "li")


def _block_children(element) -> list:
    """Return the paragraphs and headings of an article's element in page order, looking into the
    containers inside it (a content <div>, a picture's <div> with its caption)."""
    out = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _BLOCK_TAGS or child.tag == "h1" or _is_heading(child):
            out.append(child)
        elif child.tag in _CONTAINERS:
            out += _block_children(child)
    return out


def _own_headlines(blocks: list[tuple[str, str | None]]) -> bool:
    """Whether the body opens with a headline and holds several: items each under its own title,
    so the page's title names the page, not its first item."""
    return bool(blocks) and blocks[0][1] == H.HEADING and sum(hint == H.HEADING for _, hint in blocks) >= 2


def _pieces(block) -> list[tuple[str, bool]]:
    """The block's text split at <br>, each piece with whether it is a caption (classed so, or
    right after an <img>)."""
    classed = _CAPTION_CLASS.search(_classes(block)) is not None
    if block.find(".//br") is None and block.find(".//img") is None:
        text = _text(block)
        return [(text, classed)] if text else []
    pieces: list[tuple[str, bool]] = []
    current: list[str] = []
    state = {"caption": False}

    def close() -> None:
        text = " ".join("".join(current).split())
        if text:
            pieces.append((text, state["caption"] or classed))
        current.clear()
        state["caption"] = False

    def walk(element) -> None:          # document order: text, children (each then its tail)
        if element.text:
            current.append(element.text)
        for child in element:
            if child.tag in ("br", "img"):
                close()
                state["caption"] = child.tag == "img"
            elif isinstance(child.tag, str) and _CAPTION_CLASS.search(_classes(child)):
                close()
                current.append(child.text_content())
                state["caption"] = True
                close()
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                current.append(child.tail)
    walk(block)
    close()
    return pieces


def _heading_hint(block, text: str) -> str | None:
    """"heading" for a heading element, or a short paragraph set wholly in bold or centred, that
    is no sentence nor a numbered subheading; None otherwise (the segmenter decides)."""
    if not 2 <= len(text) <= MAX_HEADING_CHARS or ends_sentence(text) or _ENUMERATED.match(text):
        return None
    if block.tag != "p" or _TITLE_CLASS.search(_classes(block)):
        return H.HEADING                      # a heading tag, or a paragraph classed as a title
    bold = "".join(_text(b) for b in block if b.tag in ("strong", "b"))
    return H.HEADING if bold == text or _centred(block) else None


def _centred(block) -> bool:
    return bool(_CENTRED.search(block.get("style", ""))) or block.get("align", "").lower() == "center"
