"""The JSON API, the CSV export and the OpenSearch description (routes on the site's blueprint).

``/api/search`` returns exactly ``Results.to_dict()``, the object
``dangjian search --json`` prints; ``/export.csv`` streams up to 10,000 rows
of the same search as UTF-8 with a BOM (so Excel shows the Chinese).
"""
from __future__ import annotations

import csv
import io
import weakref

from werkzeug.datastructures import MultiDict
from flask import Response, abort, current_app, jsonify, render_template, request, stream_with_context, url_for

from dangjian.search.export import MAX_EXPORT, iter_hits
from dangjian.search.request import SearchRequest
from dangjian.search.suggest import suggest

from .citation import gbt_citation, lead
from .docx_export import disposition, export_filename
from .pages import article_context, page_label
from .security import external_url, heavy_slot
from .urls import search_link, state_params
from .views import bp, engine, status_context

CSV_COLUMNS = ("id", "标题", "标题由导语生成", "活动日期", "报刊", "出版日期", "版次", "省份", "单位", "来源",
               "提法", "人物", "文件", "链接", "引文", "导语")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@bp.route("/api/search")
def api_search():
    return jsonify(engine().search(SearchRequest.from_params(request.args)).to_dict())


@bp.route("/api/articles/<article_id>")
def api_article(article_id: str):
    context = article_context(engine(), article_id, request.args)
    if context is None:
        abort(404)
    return jsonify({**context["article"], "citation": context["citation"], "related": context["related"],
                    "source_url": context["source_url"]})


@bp.route("/api/status")
def api_status():
    return jsonify(status_context())


@bp.route("/api/suggest")
def api_suggest():
    fragment = state_params(request.args).get("q", "")
    items = suggest(engine(), fragment, limit=current_app.config["SUGGEST_LIMIT"])
    for item in items:
        if item["kind"] == "title":
            item["url"] = url_for("site.article", article_id=item["id"])
        else:
            item["url"] = search_link(MultiDict(), **{item["param"]: item["value"]})
    if request.args.get("format") == "opensearch":        # the browser's address bar asks in this form
        return jsonify([fragment, [item["label"] for item in items]])
    return jsonify({"query": fragment, "suggestions": items})


def _cell(value) -> str:
    """Return a CSV cell; text Excel would run as a formula gets a leading apostrophe."""
    text = "、".join(value) if isinstance(value, (list, tuple)) else ("" if value is None else str(value))
    return "'" + text if text.startswith(_FORMULA) else text


def _row(hit) -> list[str]:
    url = external_url("site.article", article_id=hit.id)
    doc = engine().article(hit.id) or {}           # citation and lead need the stored record
    values = (hit.id, hit.title, "是" if hit.title_derived else "", hit.date, hit.publication, hit.issue_date,
              page_label(hit.page),
              hit.province, hit.agency, hit.source, hit.slogans, hit.people, hit.path, url,
              gbt_citation(doc) if doc else "", lead(doc))
    return [_cell(v) for v in values]


def _csv_rows(search_request):
    """Yield the export's CSV text: the header row with a BOM, then one row per hit."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + buffer.getvalue()
    for hit in iter_hits(engine(), search_request, MAX_EXPORT, snippets=False):   # the CSV has no snippets
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(_row(hit))
        yield buffer.getvalue()


@bp.route("/export.csv")
def export_csv():
    search_request = SearchRequest.from_params(request.args)
    release = heavy_slot()          # a bounded number at a time: searches keep their threads

    def rows():
        try:
            yield from _csv_rows(search_request)
        finally:
            release()

    headers = {"Content-Disposition": disposition(export_filename(search_request.query, "csv"))}
    response = Response(stream_with_context(rows()), mimetype="text/csv", headers=headers,
                        content_type="text/csv; charset=utf-8")
    response.call_on_close(release)
    weakref.finalize(response, release)      # a response dropped unread releases its slot too
    return response


@bp.route("/opensearch.xml")
def opensearch():
    xml = render_template("opensearch.xml", search_url=external_url("site.search"),
                          suggest_url=external_url("site.api_suggest"))
    return Response(xml, content_type="application/opensearchdescription+xml; charset=utf-8")
