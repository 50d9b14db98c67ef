"""What keeps the site safe and always answering: headers, optional basic auth, error pages.

- Every response carries a Content-Security-Policy without inline script
  (scripts and styles only from the site itself), ``frame-ancestors 'none'``,
  ``X-Content-Type-Options: nosniff`` and a same-origin Referrer-Policy.
- Optional HTTP basic auth for the whole site, from ``[auth.users]`` in the
  config file (werkzeug password hashes).
- No request gets a 500 with a traceback: HTTP errors become a Chinese error
  page (JSON under ``/api/``), a missing index a 503, anything unexpected is
  logged and answered with a plain 500 page.
- The site is read-only: only GET and HEAD are routed.
"""
from __future__ import annotations

from urllib.parse import quote

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.security import check_password_hash

from dangjian.index.generations import NoIndex

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
MESSAGES = {
    400: "请求无法理解。", 401: "需要登录。", 404: "没有这个页面或这篇文章。", 405: "本站只读，不接受这种请求。",
    414: "网址太长。", 500: "服务器内部出错，已记录。", 503: "索引尚未建立，请先运行 dangjian reindex。",
}


def install(app: Flask) -> None:
    """Attach the checks, headers and error pages to app."""
    app.wsgi_app = _RawBytes(app.wsgi_app)
    app.before_request(_check_request)
    app.after_request(_add_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(NoIndex, lambda exc: _error_page(503, str(exc)))
    app.register_error_handler(Exception, _unexpected)


class _RawBytes:
    """WSGI middleware: percent-escape raw bytes in the query string that are not UTF-8.

    Werkzeug decodes ``%FF`` leniently (to U+FFFD) but fails on a raw 0xFF
    byte; escaping it turns that case into the lenient one.
    """

    SAFE = "&=+%;/:,?@!$'()*[]~-._"

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        raw = environ.get("QUERY_STRING", "").encode("latin-1", "replace")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            environ["QUERY_STRING"] = quote(raw, safe=self.SAFE)
        return self.app(environ, start_response)


def _check_request():
    if len(request.query_string) > current_app.config["MAX_QUERY_STRING"]:
        return _error_page(414)
    users = current_app.config.get("AUTH_USERS") or {}
    if users and not _authorized(users):
        response = _error_page(401)
        response.headers["WWW-Authenticate"] = 'Basic realm="dangjian", charset="UTF-8"'
        return response
    return None


def _authorized(users: dict) -> bool:
    auth = request.authorization
    if auth is None or auth.type != "basic" or not auth.username:
        return False
    hashed = users.get(auth.username)
    return bool(hashed) and check_password_hash(hashed, auth.password or "")


def _add_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _error_page(status: int, detail: str | None = None):
    message = MESSAGES.get(status, "请求出错。")
    if _wants_json():
        response = jsonify({"error": {"status": status, "message": message, "detail": detail}})
    else:
        response = current_app.make_response(
            render_template("error.html", status=status, message=message, detail=detail))
    response.status_code = status
    return response


def _http_error(exc: HTTPException):
    response = _error_page(exc.code or 500)
    if exc.code == 405 and exc.valid_methods:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _unexpected(exc: Exception):
    current_app.logger.exception("unexpected error on %s", request.path)
    return _error_page(500)
