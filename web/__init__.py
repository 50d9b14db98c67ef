"""The search site staff use: search with facets, article pages, browse by issue, JSON API, export.

``create_app(config=None)`` builds the app the same way for tests and servers:
defaults, then the project's config (``dangjian.toml`` / environment, as the
CLI reads it), then the ``config`` mapping. One blueprint (:mod:`.views`,
with the API routes of :mod:`.api` on it); every view builds one context dict
that is rendered as HTML or returned as JSON. The site is read-only and
holds one long-lived :class:`~dangjian.search.engine.Engine` per process,
which picks up a new index generation in the background.
"""
from __future__ import annotations

from pathlib import Path

from flask import Flask

from dangjian.index.config import load_config, load_limits, load_users
from dangjian.search.engine import Engine

MAX_QUERY_STRING = 8192        # bytes of query string accepted; more is a 414


def create_app(config: dict | None = None) -> Flask:
    """Return the site; config overrides INDEX, ARCHIVE, AUTH_USERS, TIME_LIMIT, SOURCE_ARCHIVE
    (where the source-page view reads pages; default: the archive the index was built from)
    and Flask's own keys."""
    app = Flask(__name__)
    app.config.update(TIME_LIMIT=3.0, MAX_QUERY_STRING=MAX_QUERY_STRING, SUGGEST_LIMIT=12,
                      SEND_FILE_MAX_AGE_DEFAULT=3600)      # the bundled CSS/JS change only with a new version
    limits = load_limits()
    app.config.update(BASE_URL=limits.base_url, HEAVY_REQUESTS=limits.heavy_requests)
    config = dict(config or {})
    if "INDEX" not in config or "ARCHIVE" not in config:
        paths = load_config(config.get("ARCHIVE"), config.get("INDEX"))
        config.setdefault("INDEX", paths.index)
        config.setdefault("ARCHIVE", paths.archive)
    if "AUTH_USERS" not in config:
        config["AUTH_USERS"] = load_users()
    app.config.update(config)
    app.config["INDEX"], app.config["ARCHIVE"] = Path(app.config["INDEX"]), Path(app.config["ARCHIVE"])
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["dangjian.engine"] = Engine(app.config["INDEX"], time_limit=app.config["TIME_LIMIT"],
                                               refresh="background")
    from . import api, security, views  # noqa: F401  (api adds its routes to the blueprint)
    from . import docx_export, feeds, mine, trends  # noqa: F401  (issue 17: their routes, same blueprint)
    app.register_blueprint(views.bp)
    security.install(app)
    return app
