"""The "我的检索" pages: save a search under a name, list saved searches with what is new, delete.

Saved searches belong to the basic-auth user when the site has users, and are
shared when it has none. Saving and deleting are POST forms carrying a CSRF
token (an HMAC of the owner, :meth:`~.saved.SavedStore.csrf_token`); every
other page here is a GET. Opening a saved search (``/saved/<id>/open``) is the
"visit" that resets its count of new articles, then redirects to the search.
"""
from __future__ import annotations

import sqlite3
from urllib.parse import parse_qsl

from flask import abort, current_app, jsonify, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from dangjian.index.schema import FACETS_BY_NAME

from .newness import new_hits, note_live, request_of
from .saved import FILENAME, SavedError, SavedStore
from .urls import query_string, search_link, state_params
from .views import bp, engine

NEW_SHOWN = 5            # titles of new articles listed under each saved search


def store() -> SavedStore:
    """Return the app's saved-search database (config SAVED_DB, else beside the index)."""
    app = current_app
    if "dangjian.saved" not in app.extensions:
        app.extensions["dangjian.saved"] = SavedStore(app.config.get("SAVED_DB") or app.config["INDEX"] / FILENAME)
    return app.extensions["dangjian.saved"]


def owner() -> str:
    """Return whose saved searches these are: the signed-in user, or '' on a site without users."""
    if current_app.config.get("AUTH_USERS") and request.authorization:
        return request.authorization.username or ""
    return ""


def saved_context(error: str | None = None, draft: dict | None = None) -> dict:
    """Return the 我的检索 page: each saved search with its links and its articles new since the last visit."""
    mine = owner()
    searches = store().searches(mine)
    if searches:
        note_live(engine(), store())         # count against what is live now
    return {"saved": [_item(s) for s in searches], "owner": mine, "csrf": store().csrf_token(mine),
            "error": error, "draft": draft}


def _item(saved: dict) -> dict:
    """Return one saved search as the list shows it, with its new articles and its links."""
    new = new_hits(engine(), store(), saved["query"], saved["last_visit"])
    return {"id": saved["id"], "name": saved["name"], "query": saved["query"], "last_visit": saved["last_visit"],
            "new_count": len(new), "summary": _summary(saved["query"]),
            "new": [{"id": h.id, "title": h.title, "date": h.date, "first_indexed": at,
                     "url": url_for("site.article", article_id=h.id)} for h, at in new[:NEW_SHOWN]],
            "open_url": url_for("site.saved_open", search_id=saved["id"]),
            "feed_url": url_for("site.saved_feed", search_id=saved["id"]),
            "delete_url": url_for("site.saved_delete", search_id=saved["id"])}


def _summary(query: str) -> str:
    """Return the saved search in words: its query and filters (what the list shows under the name)."""
    req = request_of(query)
    parts = [f"“{req.query}”"] if req.query else ["全部文章"]
    parts += [f"{FACETS_BY_NAME[name].label}：{'、'.join(values)}" for name, values in req.filters.items()]
    if req.date_from or req.date_to:
        parts.append(f"日期：{req.date_from or '…'} 至 {req.date_to or '…'}")
    return "；".join(parts)


@bp.errorhandler(sqlite3.Error)
def _unavailable(exc: Exception):
    """A database that cannot be read or written (a read-only or full disk): a 503 page, never a 500."""
    current_app.logger.warning("saved searches unavailable: %s", exc)
    if request.path.startswith("/api/"):
        return jsonify({"error": {"status": 503, "message": "无法读写“我的检索”数据库。", "detail": None}}), 503
    return render_template("error.html", status=503, message="无法读写“我的检索”数据库。", detail=None), 503


@bp.route("/saved")
def saved_list():
    return render_template("saved.html", **saved_context())


@bp.route("/api/saved")
def api_saved():
    context = saved_context()
    return jsonify({"owner": context["owner"], "saved": context["saved"]})


@bp.route("/saved/new")
def saved_new():
    """The save form for the search in the query string, its name prefilled with the query."""
    params = state_params(request.args)
    draft = {"name": params.get("q", "")[:100], "query": query_string(params),
             "summary": _summary(query_string(params)), "search_url": search_link(params)}
    return render_template("saved.html", **saved_context(draft=draft))


def _check_token() -> None:
    if not store().csrf_ok(owner(), request.form.get("csrf")):
        abort(400)


@bp.route("/saved", methods=["POST"])
def saved_create():
    _check_token()
    params = state_params(MultiDict(_pairs(request.form.get("query", ""))))
    query = query_string(params)
    try:
        note_live(engine(), store())
        store().save(owner(), request.form.get("name", ""), query)
    except SavedError as exc:
        draft = {"name": request.form.get("name", "")[:100], "query": query, "summary": _summary(query),
                 "search_url": search_link(params)}
        return render_template("saved.html", **saved_context(error=str(exc), draft=draft)), 400
    return redirect(url_for("site.saved_list"), 303)


def _pairs(query: str):
    return parse_qsl(query[:8192], keep_blank_values=False)


@bp.route("/saved/<int:search_id>/delete", methods=["POST"])
def saved_delete(search_id: int):
    _check_token()
    if not store().delete(owner(), search_id):
        abort(404)
    return redirect(url_for("site.saved_list"), 303)


@bp.route("/saved/<int:search_id>/open")
def saved_open(search_id: int):
    saved = store().get(owner(), search_id)
    if saved is None:
        abort(404)
    note_live(engine(), store())           # what is live now is seen by this visit
    store().visit(owner(), search_id)
    params = state_params(MultiDict(_pairs(saved["query"])))
    return redirect(search_link(params), 303)
