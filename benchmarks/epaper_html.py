"""Write e-paper article pages in three markup styles, with the boilerplate real ones carry.

``render_epaper(article, edition, style)`` takes a plain article dict (title,
paragraphs, attribution, optional subtitle) and an edition dict (publication,
date as YYYY-MM-DD, page, section) and returns (bytes, the truth an extractor
must find). Style 1 is a div layout with a top bar, style 2 an old table
layout in GB2312, style 3 HTML5 with Open Graph tags.
"""
from __future__ import annotations

from datetime import date
from html import escape

NAV = "<a href='#'>首页</a><a href='#'>上一版</a><a href='#'>下一版</a><a href='#'>往期回顾</a>"
RELATED = ("民政部召开全国养老服务工作推进会，部署下一阶段重点任务。", "多地出台措施，推动社会组织规范发展。")
SHARE = "<span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a>"
FOOTER = "版权所有 © 2026 本报社　京ICP备00000000号　联系我们：010-00000000。"


def _paragraphs(article: dict, indent: str = "") -> str:
    body = list(article["paragraphs"]) + ([article["attribution"]] if article.get("attribution") else [])
    return "".join(f"<p>{indent}{escape(p)}</p>" for p in body)


def _related() -> str:
    return "".join(f"<li><a href='#'>{escape(t)}</a></li>" for t in RELATED)


def _style1(a: dict, e: dict, day: date) -> str:
    sub = f"<h2>{escape(a['subtitle'])}</h2>" if a.get("subtitle") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(a['title'])} - {e['publication']}</title>
<meta name="publishdate" content="{day.isoformat()}"></head><body>
<div class="topnav">{NAV}</div>
<div class="paper-bt">{e['publication']}　{day.year}年{day.month:02d}月{day.day:02d}日　第{int(e['page']):02d}版：{e['section']}</div>
<div class="article"><h1>{escape(a['title'])}</h1>{sub}
<div id="ozoom">{_paragraphs(a, '　　')}</div>
<div class="share">{SHARE}</div></div>
<div class="related"><h2>相关新闻</h2><ul>{_related()}</ul></div>
<div class="footer"><p>{FOOTER}</p></div></body></html>"""


def _style2(a: dict, e: dict, day: date) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e['publication']}-{escape(a['title'])}</title></head><body>
<table width="100%"><tr><td class="nav">{NAV}</td></tr>
<tr><td><div class="font01">{escape(a['title'])}</div>
<div class="info">{day.isoformat()}　版次：{int(e['page']):02d}　{e['section']}</div>
<div id="content"><founder-content>{_paragraphs(a)}</founder-content></div></td></tr>
<tr><td id="copyright"><p>{FOOTER}</p></td></tr></table>
<div id="hotnews"><p>{escape(RELATED[0])}</p><p>{escape(RELATED[1])}</p></div></body></html>"""


def _style3(a: dict, e: dict, day: date) -> str:
    sub = f"<p class='subtitle'>{escape(a['subtitle'])}</p>" if a.get("subtitle") else ""
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta property="og:title" content="{escape(a['title'])}"><meta property="og:site_name" content="{e['publication']}">
<title>{escape(a['title'])}_{e['publication']}</title></head><body>
<header><h1 class="logo">{e['publication']}电子版</h1><nav>{NAV}</nav></header>
<main><article><h1 class="title">{escape(a['title'])}</h1>{sub}
<div class="meta"><time datetime="{day.isoformat()}">{day.year}年{day.month}月{day.day}日</time> <span>第{e['page']}版</span></div>
<div class="content">{_paragraphs(a)}</div>
<div class="share-bar"><button>分享</button><button>收藏</button></div></article></main>
<aside><h2>热点排行</h2><ol>{_related()}</ol></aside><footer><p>{FOOTER}</p></footer></body></html>"""


STYLES = {1: _style1, 2: _style2, 3: _style3}


def render_epaper(article: dict, edition: dict, style: int) -> tuple[bytes, dict]:
    """Return the page's bytes and its truth: title, date, page, publication, paragraphs."""
    day = date.fromisoformat(edition["date"])
    html = STYLES[style](article, edition, day)
    data = html.encode("gb18030" if style == 2 else "utf-8")
    title = article["title"] + (f"——{article['subtitle']}" if article.get("subtitle") and style != 2 else "")
    truth = {"title": title, "date": edition["date"], "page": str(int(edition["page"])),
             "publication": edition["publication"], "paragraphs": list(article["paragraphs"]),
             "attribution": article.get("attribution")}
    return data, truth
