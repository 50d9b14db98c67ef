"""The query side: parse a query, search the live generation, count facets, make snippets.

No Whoosh object leaves this package: callers get :class:`search.results.Results`.
"""
