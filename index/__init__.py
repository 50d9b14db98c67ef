"""The index: the parser (:mod:`.parse`), then analysis and the writer of index generations.

- :mod:`index.parse`    — the parser: archive files → ``(Page, [Article])`` (its own package; imports nothing here);
- :mod:`index.analysis` — jieba words and the units verbatim search is made of;
- :mod:`index.words`    — the word segmenter behind the analysis (rjieba when it cuts as jieba does);
- :mod:`index.schema`   — the fields and facets, declared once;
- :mod:`index.writer`   — build, update and atomically switch index generations;
- :mod:`index.segments` — worker processes that each write segments of their own;
- :mod:`index.postings` — a segment's posting lists, written as Whoosh writes them, faster;
- :mod:`index.grams`, :mod:`index.readmodel` — the gram files and the read model beside each segment;
- :mod:`index.progress` — the progress bar (rate, ETA) or plain progress lines.
"""
