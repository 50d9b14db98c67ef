"""The indexing pipeline: archive files → pages → articles → Whoosh.

Stages, in the order :mod:`index.pipeline` runs them:

- :mod:`index.reader`   — walk the archive, decode files, find each page's issue date;
- :mod:`index.clean`    — undo the PDF text layer: broken lines, stray spaces, paragraphs;
- :mod:`index.noise`    — which whole lines are labels, headers, footers, and why;
- :mod:`index.attributions` — attribution and byline lines: broken ones joined, each kept whole;
- :mod:`index.segment`  — cut a page into articles (attributions, leads, titles);
- :mod:`index.titles`   — titles printed away from their article, or derived from the lead;
- :mod:`index.metadata` — province, agency, source, date, slogans, places;
- :mod:`index.people`   — people and their roles (副厅长张三、李四, bylines, dot names);
- :mod:`index.analysis` — jieba words and CJK bigrams for Whoosh;
- :mod:`index.schema`   — the fields and facets, declared once;
- :mod:`index.writer`   — build, update and atomically switch index generations;
- :mod:`index.segments` — worker processes that each write segments of their own;
- :mod:`index.postings` — a segment's posting lists, written as Whoosh writes them, faster;
- :mod:`index.progress` — the progress bar (rate, ETA) or plain progress lines.
"""
