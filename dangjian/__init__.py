"""dangjian — full-text search over archives of party-building (党建) reports.

The design card's folders are mapped into this one namespace (pyproject's
``package-dir``): ``dangjian.index`` (the indexing pipeline), ``dangjian.search``
(the query side) and ``dangjian.web`` (the site). The CLI sits here, at the top,
because it drives index and search alike.
"""
