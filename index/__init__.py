"""The indexing pipeline: archive files → pages → articles → Whoosh.

Stages, in the order :mod:`index.pipeline` runs them:

- :mod:`index.reader`   — walk the archive, decode files, find each page's issue date;
- :mod:`index.clean`    — undo the PDF text layer: noise, broken lines, stray spaces;
- :mod:`index.segment`  — cut a page into articles, place titles;
- :mod:`index.metadata` — province, agency, source, date, slogans, people, places;
- :mod:`index.analysis` — jieba words and CJK bigrams for Whoosh;
- :mod:`index.schema`   — the fields and facets, declared once;
- :mod:`index.writer`   — build, update and atomically switch index generations.
"""
