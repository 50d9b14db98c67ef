"""Fixtures for the site's tests: an app over the session's bundled index, its client, and helpers.

Imported by the web test modules (``from .webutil import app, client, …``).
"""
from __future__ import annotations

import pytest

from dangjian.web import create_app

HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")


@pytest.fixture(scope="module")
def app(built):
    config, _ = built
    return create_app({"INDEX": config.index, "ARCHIVE": config.archive, "AUTH_USERS": {}, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def context(client, url: str) -> dict:
    """Return the search page's context for url (the same query string on /search.json)."""
    response = client.get(url.replace("/search?", "/search.json?", 1) if url.startswith("/search?")
                          else "/search.json")
    assert response.status_code == 200, response.data[:500]
    return response.get_json()


def total(client, url: str) -> int:
    return context(client, url)["total"]
