"""What keeps the site safe and always answering: headers, optional basic auth, error pages.

- Every response carries a Content-Security-Policy without inline script
  (scripts and styles only from the site itself), ``frame-ancestors 'none'``,
  ``X-Content-Type-Options: nosniff`` and a same-origin Referrer-Policy.
- Optional HTTP basic auth for the whole site, from ``[auth.users]`` in the
  config file (werkzeug password hashes). An unknown user costs a hash too (of a
  dummy), so names cannot be told from timings; verified credentials are
  remembered for AUTH_CACHE_SECONDS (by a digest, in a bounded table), so static
  files and repeated requests do not pay scrypt's 100+ ms each; a client failing
  AUTH_FAILURES times in AUTH_WINDOW seconds gets 429 without a hash being tried.
  Everything behind auth is ``Cache-Control: private, no-store``.
- Absolute links (OpenSearch, the CSV's link column) use the configured
  BASE_URL, never the request's Host header; without one they are relative.
- Heavy requests (exports) run a bounded number at a time (HEAVY_REQUESTS); as many
  more may wait HEAVY_WAIT seconds for a turn, any beyond are answered 503 at once
  instead of holding a server thread.
- No request gets a 500 with a traceback: HTTP errors become a Chinese error
  page (JSON under ``/api/``), a missing index a 503, anything unexpected is
  logged and answered with a plain 500 page.
- The site is read-only: only GET and HEAD are routed.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections import OrderedDict
from urllib.parse import quote

from flask import Flask, current_app, jsonify, render_template, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.security import check_password_hash, generate_password_hash

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
    414: "网址太长。", 429: "登录失败次数过多，请稍后再试。", 500: "服务器内部出错，已记录。", 503: "索引尚未建立，请先运行 dangjian reindex。",
}


def install(app: Flask) -> None:
    """Attach the checks, headers and error pages to app."""
    app.wsgi_app = _RawBytes(app.wsgi_app)
    app.extensions["dangjian.auth"] = Gate(app.config.get("AUTH_USERS") or {}, app.config)
    heavy = max(1, int(app.config["HEAVY_REQUESTS"]))
    app.extensions["dangjian.heavy"] = threading.BoundedSemaphore(heavy)
    app.extensions["dangjian.heavy_queue"] = threading.BoundedSemaphore(heavy)   # as many may wait
    app.before_request(_check_request)
    app.after_request(_add_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(NoIndex, lambda exc: _error_page(503, str(exc)))
    app.register_error_handler(HeavyRequestsBusy, _busy)
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
    gate = current_app.extensions["dangjian.auth"]
    if gate.users:
        verdict = gate.check(request.remote_addr or "", request.authorization)
        if verdict != 200:
            response = _error_page(verdict)
            if verdict == 401:
                response.headers["WWW-Authenticate"] = 'Basic realm="dangjian", charset="UTF-8"'
            else:
                response.headers["Retry-After"] = str(int(gate.window))
            return response
    return None


class Gate:
    """Basic auth with a constant cost for unknown users, a short cache of verified
    credentials and a per-client limit on failures; tables bounded, safe across threads."""

    def __init__(self, users: dict, config, clock=time.monotonic):
        self.users, self.clock = dict(users), clock
        self.ttl, self.window = config.get("AUTH_CACHE_SECONDS", 300), config.get("AUTH_WINDOW", 60)
        self.most_failures, self.table_size = config.get("AUTH_FAILURES", 10), config.get("AUTH_TABLE", 4096)
        self._key = os.urandom(16)           # digests of credentials mean nothing outside this process
        self._verified: OrderedDict[bytes, float] = OrderedDict()
        self._failures: OrderedDict[str, list[float]] = OrderedDict()
        self._dummy: str | None = None
        self._lock = threading.Lock()

    def check(self, client: str, auth) -> int:
        """Return 200 (let in), 401 (ask for credentials) or 429 (too many failures)."""
        if auth is None or auth.type != "basic" or not auth.username:
            return 401
        digest = hmac.new(self._key, f"{auth.username}\0{auth.password or ''}".encode("utf-8", "replace"),
                          hashlib.sha256).digest()
        now = self.clock()
        with self._lock:
            if self._verified.get(digest, 0) > now:
                return 200
            if len([t for t in self._failures.get(client, []) if t > now - self.window]) >= self.most_failures:
                return 429
        if self._verify(auth.username, auth.password or ""):
            with self._lock:
                _bounded_set(self._verified, digest, now + self.ttl, self.table_size)
            return 200
        with self._lock:
            recent = [t for t in self._failures.get(client, []) if t > now - self.window] + [now]
            _bounded_set(self._failures, client, recent[-self.most_failures:], self.table_size)
        return 401

    def _verify(self, username: str, password: str) -> bool:
        hashed = self.users.get(username)
        if not hashed:                  # hash anyway: an unknown name takes as long as a known one
            check_password_hash(self._dummy_hash(), password)
            return False
        return check_password_hash(hashed, password)

    def _dummy_hash(self) -> str:
        if self._dummy is None:         # same method and cost as a real user's hash
            method = next(iter(self.users.values())).split("$", 1)[0]
            try:
                self._dummy = generate_password_hash(os.urandom(8).hex(), method=method)
            except (ValueError, TypeError):
                self._dummy = generate_password_hash(os.urandom(8).hex())
        return self._dummy


def _bounded_set(table: OrderedDict, key, value, size: int) -> None:
    table[key] = value
    table.move_to_end(key)
    while len(table) > size:
        table.popitem(last=False)


def external_url(endpoint: str, **values) -> str:
    """Return an absolute link from the configured BASE_URL, never from the Host header;
    without BASE_URL a link relative to the site's root."""
    path = url_for(endpoint, **values)
    base = (current_app.config.get("BASE_URL") or "").rstrip("/")
    return base + path if base else path


class HeavyRequestsBusy(Exception):
    """All HEAVY_REQUESTS slots are taken: answered 503 with Retry-After."""


def heavy_slot():
    """Take one of the heavy-request slots, or raise HeavyRequestsBusy; return its release.

    With every slot taken, as many requests again may wait HEAVY_WAIT seconds for one; any
    more are turned away at once, so waiting exports never hold most of the server's threads.
    """
    slots, queue = current_app.extensions["dangjian.heavy"], current_app.extensions["dangjian.heavy_queue"]
    if not slots.acquire(blocking=False):
        if not queue.acquire(blocking=False):
            raise HeavyRequestsBusy()
        try:
            got = slots.acquire(timeout=current_app.config.get("HEAVY_WAIT", 5.0))
        finally:
            queue.release()
        if not got:
            raise HeavyRequestsBusy()
    released = threading.Event()

    def release():
        if not released.is_set():
            released.set()
            slots.release()
    return release


def _add_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.extensions["dangjian.auth"].users:
        # Behind a password nothing may be kept by a shared cache, nor by the browser's disk.
        response.headers["Cache-Control"] = "private, no-store"
        response.headers.pop("Expires", None)
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


def _busy(exc):
    response = _error_page(503, "同时进行的导出太多，请稍后再试。(too many exports at once: retry shortly)")
    response.headers["Retry-After"] = "5"
    return response


def _unexpected(exc: Exception):
    current_app.logger.exception("unexpected error on %s", request.path)
    return _error_page(500)
