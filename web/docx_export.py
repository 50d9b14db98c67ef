"""Report export to Word: ``/export.docx?<the search's parameters>`` with python-docx.

What goes in: the ticked results (``id=…``, repeated, in the order given) or,
when none is ticked, the search's first ``max`` hits in its sort (at most
:data:`MAX_DOCX`). The cover states the query, every filter, the date range,
how many articles the search found and how many the file holds; each article
follows with its title, its GB/T 7714 citation, its facts and its lead
(``text=lead``, the default) or its whole text (``text=full``).
"""
from __future__ import annotations

import io
import re
from datetime import datetime
from urllib.parse import quote

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from flask import Response, request, url_for

from dangjian.index.schema import FACETS_BY_NAME
from dangjian.search.export import iter_hits
from dangjian.search.request import SearchRequest

from .citation import gbt_citation, lead
from .feeds import xml_safe
from .pages import ARTICLE_ID
from .security import external_url, heavy_slot
from .views import bp, engine

MAX_DOCX = 500               # articles in one file: a report, not a dump (the CSV takes 10,000)
DEFAULT_DOCX = 100
MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\s]+')


def export_filename(query: str, ext: str) -> str:
    """Return a download name from the query: 党建报道-两个确立-20241207.csv (any filter-only search: 全部)."""
    stem = _UNSAFE_NAME.sub("_", query.encode("utf-8", "replace").decode()).strip("._")[:40] or "全部"
    return f"党建报道-{stem}-{datetime.now():%Y%m%d}.{ext}"


def disposition(filename: str) -> str:
    """Return a Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987)."""
    ascii_name = "dangjian-export." + filename.rsplit(".", 1)[-1]
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(int(value or default), high))
    except ValueError:
        return default


def chosen_articles(search: SearchRequest, ids: list[str], limit: int) -> list[dict]:
    """Return the stored articles to export: the ticked ids (unknown ones skipped), else the search's first hits."""
    if ids:
        docs = (engine().article(i) for i in dict.fromkeys(ids) if ARTICLE_ID.match(i))
        return [d for d in docs if d][:limit]
    return [d for d in (engine().article(h.id) for h in iter_hits(engine(), search, limit, snippets=False)) if d]


def _cover(document, search: SearchRequest, total: int, docs: list[dict], picked: bool, full: bool) -> None:
    document.add_heading("党建报道检索 · 文章汇编", level=0)
    lines = [("检索词", search.query or "（无，列出全部文章）")]
    lines += [(FACETS_BY_NAME[name].label, "、".join(values)) for name, values in search.filters.items()]
    if search.date_from or search.date_to:
        lines.append(("活动日期", f"{search.date_from or '…'} 至 {search.date_to or '…'}"))
    scope = f"所选 {len(docs)} 篇" if picked else f"按{_SORTS.get(search.sort, '相关度')}排序的前 {len(docs)} 篇"
    lines += [("检索结果", f"共 {total} 篇"), ("本文件收录", scope), ("正文", "全文" if full else "导语"),
              ("导出时间", f"{datetime.now():%Y-%m-%d %H:%M}")]
    for label, value in lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(xml_safe(label) + "：").bold = True
        paragraph.add_run(xml_safe(value))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


_SORTS = {"relevance": "相关度", "date": "日期（新到旧）", "date_asc": "日期（旧到新）"}


def _article(document, doc: dict, full: bool) -> None:
    document.add_heading(xml_safe(doc.get("title") or "（无标题）"), level=1)
    cite = document.add_paragraph()
    cite.add_run("引文：").bold = True
    cite.add_run(xml_safe(gbt_citation(doc)))
    facts = [("活动日期", doc.get("date")), ("省份", doc.get("province")), ("单位", doc.get("agency")),
             ("来源", doc.get("source")), ("提法", "、".join(doc.get("slogans") or []))]
    document.add_paragraph(xml_safe("　".join(f"{k}：{v}" for k, v in facts if v)))
    paragraphs = (doc.get("paragraphs") or []) if full else [lead(doc)]
    for text in paragraphs:
        document.add_paragraph(xml_safe(text))
    if full and doc.get("attribution"):
        document.add_paragraph(xml_safe(doc["attribution"]))
    if not full and len(doc.get("paragraphs") or []) > 1:
        document.add_paragraph(f"（导语；全文共 {len(doc['paragraphs'])} 段）")
    document.add_paragraph(external_url("site.article", article_id=doc["id"]))


def build_docx(search: SearchRequest, ids: list[str], limit: int, full: bool) -> bytes:
    """Return the .docx of the chosen articles, with its cover."""
    docs = chosen_articles(search, ids, limit)
    total = engine().search(SearchRequest(query=search.query, filters=search.filters, date_from=search.date_from,
                                          date_to=search.date_to, sort="date", limit=1, facet_limit=1,
                                          snippets=False)).total
    document = Document()
    style = document.styles["Normal"]
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")   # Chinese text in 宋体
    _cover(document, search, total, docs, bool(ids), full)
    for doc in docs:
        _article(document, doc, full)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def heavy(work):
    """Run a heavy export inside one of the site's heavy-request slots (security.heavy_slot):
    with all taken, the request waits its turn briefly or gets 503."""
    release = heavy_slot()
    try:
        return work()
    finally:
        release()


@bp.route("/export.docx")
def export_docx():
    search = SearchRequest.from_params(request.args)
    ids = [i.strip() for i in request.args.getlist("id")][:MAX_DOCX]
    limit = _int(request.args.get("max"), DEFAULT_DOCX, 1, MAX_DOCX)
    full = request.args.get("text") == "full"
    body = heavy(lambda: build_docx(search, [i for i in ids if i], limit, full))
    return Response(body, mimetype=MIME,
                    headers={"Content-Disposition": disposition(export_filename(search.query, "docx"))})
