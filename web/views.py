"""The site's pages: one blueprint; every view builds one context and renders it.

HTML pages render a template; ``/search.json`` returns the search page's
whole context (datasette's pattern), and :mod:`.api` adds the JSON API, the
CSV export and the OpenSearch description to the same blueprint.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, redirect, render_template, request, send_file
from werkzeug.datastructures import MultiDict

from dangjian.index.schema import FACETS_BY_NAME

from .advanced import advanced_context, wants_search
from .context import search_context
from .help import EXAMPLES
from .pages import article_context, browse_context, original_file, source_context
from .urls import search_link, state_params

bp = Blueprint("site", __name__)


def engine():
    return current_app.extensions["dangjian.engine"]


@bp.route("/")
@bp.route("/search")
def search():
    context = search_context(engine(), request.args)
    return render_template("search.html", **context)


@bp.route("/search.json")
def search_json():
    return jsonify(search_context(engine(), request.args))


def _article_page(make_context, article_id: str, template: str):
    """Render an article's page, or the 404 page for an unknown id."""
    context = make_context(engine(), article_id, request.args)
    if context is None:
        abort(404)
    return render_template(template, **context)


@bp.route("/articles/<article_id>")
def article(article_id: str):
    return _article_page(article_context, article_id, "article.html")


@bp.route("/articles/<article_id>/source")
def source(article_id: str):
    return _article_page(source_context, article_id, "source.html")


@bp.route("/articles/<article_id>/file")
def original(article_id: str):
    """The original PDF, HTML or Word file (read-only, inside the archive); HTML is sent as a
    download, never rendered under the site's origin."""
    path = original_file(engine(), article_id)
    if path is None:
        abort(404)
    inline = path.suffix.lower() == ".pdf"
    return send_file(path, as_attachment=not inline, download_name=path.name, conditional=True)


@bp.route("/browse")
def browse():
    return render_template("browse.html", **browse_context(engine(), request.args))


@bp.route("/browse.json")
def browse_json():
    return jsonify(browse_context(engine(), request.args))


@bp.route("/advanced")
def advanced():
    """The advanced form; "检索" sends the browser to the search the fields describe (303)."""
    context = advanced_context(engine(), request.args)
    if wants_search(request.args, context):
        return redirect(context["search_url"], code=303)
    return render_template("advanced.html", **context)


@bp.route("/help")
def help_page():
    examples = [{"query": q, "meaning": m, "url": search_link(MultiDict(), q=q)} for q, m in EXAMPLES]
    return render_template("help.html", examples=examples)


def status_context() -> dict:
    """Return the live generation's provenance and counts, for /status and /api/status."""
    stats = engine().stats()
    return {**{k: stats[k] for k in ("generation", "articles", "index_bytes", "built_at", "archive",
                                      "kind", "stale")},
            "skipped": (stats.get("report") or {}).get("skipped", []),
            "publications": [{"value": v, "count": c, "url": search_link(MultiDict(), publication=v)}
                             for v, c in stats["facets"].get("publication", {}).items()],
            "facet_sizes": [{"label": FACETS_BY_NAME[n].label, "count": len(v)}
                            for n, v in stats["facets"].items()]}


@bp.route("/status")
def status():
    return render_template("status.html", **status_context())


@bp.app_context_processor
def site_globals():
    """Values every template uses: the box's current query and the nav's targets."""
    return {"box_query": state_params(request.args).get("q", ""),
            "nav": [("site.search", "检索"), ("site.advanced", "高级检索"), ("site.browse", "按期浏览"),
                    ("site.trends", "趋势"), ("site.saved_list", "我的检索"), ("site.help_page", "检索帮助"),
                    ("site.status", "索引状态")]}
