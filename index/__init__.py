"""The index: the parser (:mod:`.parse`), then analysis and the writer of index generations.

- :mod:`index.parse`    — the parser: archive files → ``(Page, [Article])`` (its own package; imports nothing here);
- :mod:`index.analysis` — jieba words and the units verbatim search is made of;
- :mod:`index.words`    — the word segmenter behind the analysis (rjieba when it cuts as jieba does);
- :mod:`index.schema`   — the fields and facets, declared once;
- :mod:`index.writer`   — build, update and atomically switch index generations;
- :mod:`index.workers`  — worker processes that each parse, analyse and hand articles to a store sink;
- :mod:`index.store`    — the store seam (read and write contracts) and its stores: :mod:`index.store.whoosh`
  (the embedded default: segments, gram files, read model, posting blocks);
- :mod:`index.manifest`, :mod:`index.check`, :mod:`index.generations` — files.json, checks, generation folders;
- :mod:`index.progress` — the progress bar (rate, ETA) or plain progress lines.
"""
