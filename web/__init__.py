"""The Flask site (search page, facets, article pages, JSON API) — built in a later issue.

It will be a ``create_app(config=None)`` factory over :class:`search.engine.Engine`.
"""
