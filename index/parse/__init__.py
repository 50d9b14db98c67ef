"""The parser: from an archive file to ``(Page, [Article])`` — apart from the index writer.

Stages, in the order :mod:`.pipeline` runs them:

- :mod:`.listing`      — which files of an archive are pages, and why any is left out;
- :mod:`.reader`       — decode a text layer (:mod:`.encodings`), find its publication, issue date and page;
- :mod:`.formats`      — PDF (reading order, OCR), e-paper HTML and Word files → page texts;
- :mod:`.clean`        — undo the PDF text layer: broken lines, stray spaces, paragraphs;
- :mod:`.noise`        — which whole lines are labels, headers, footers, and why;
- :mod:`.attributions` — attribution and byline lines: broken ones joined, each kept whole;
- :mod:`.headlines`    — what reads as a headline, and what opens an article under it;
- :mod:`.segmentation` — cut a page's lines into articles (attributions, leads, titles);
- :mod:`.titles`       — titles printed away from their article, or derived from the lead;
- :mod:`.metadata`     — one article's facets, put together from:
  :mod:`.agencies` (agency, places, province), :mod:`.sources`, :mod:`.dates`, :mod:`.slogans`;
- :mod:`.people`, :mod:`.namelists` — people and their roles; names in bylines, captions, interviews, lists;
- :mod:`.archive_facts` — the archive's own slogan terms (``slogans.toml``) and corrections
  (``corrections.toml``, :mod:`.corrections`; :mod:`.corrections_review` for ``dangjian check``);
- :mod:`.lexicon`      — the facts (``data/``): provinces, places, slogan terms, suffixes, roles, surnames;
- :mod:`.furniture`    — page furniture by shape, and learned from what a publication repeats;
- :mod:`.openings`     — brief markers, bylines and datelines that open an article;
- :mod:`.profile`      — publications.toml and what a run learns of each publication (its context);
- :mod:`.doubts`       — cuts that look doubtful (listed by ``dangjian check``);
- :mod:`.features`     — line features for a sequence labeller (not used by the rules);
- :mod:`.records`      — the frozen records that flow between stages.

This package imports nothing of the index writer, the search or the site; they import
the names below (the writer and the site use nothing else of it).
"""
from .archive_facts import archive_facts_digest, use_archive
from .caps import Caps, caps, use_caps
from .clean import normalize
from .controls import clean_field, terminal_safe, without_controls
from .corrections import CORRECTIONS_FILE
from .corrections_review import changed_since, review_corrections
from .doubts import doubtful_cut
from .formats import FORMATS
from .formats.pages import MAX_FORMAT_BYTES, read_pages
from .lexicon import lexicon_hash, load_lexicon
from .listing import Listing, walk_archive
from .pipeline import (articles_from_page, format_trace, learn_archive, no_article_reason, page_jobs, parse_file,
                       parse_page, parse_paths, parsed_pages_of, parser_version, trace_paths)
from .profile import EMPTY as NO_CONTEXT, PROFILE_FILE, ArchiveContext
from .reader import MAX_FILE_BYTES, ReadFailed, UnreadableFile, decode, fingerprint, read_page, rel_path
from .records import Article, LineFate, NoiseLine, Page, ParsedPage, Report, Skipped, Warned
from .slogans import ARCHIVE_SLOGANS, read_archive_slogans, suggest as suggest_slogans

__all__ = [
    "ARCHIVE_SLOGANS", "archive_facts_digest", "ArchiveContext", "Article", "CORRECTIONS_FILE", "Caps", "FORMATS", "LineFate",
    "Listing", "MAX_FILE_BYTES", "MAX_FORMAT_BYTES", "NO_CONTEXT", "NoiseLine", "PROFILE_FILE", "Page",
    "changed_since", "doubtful_cut", "learn_archive", "read_archive_slogans", "review_corrections",
    "suggest_slogans", "use_archive",
    "ParsedPage", "ReadFailed", "Report", "Skipped", "UnreadableFile", "Warned", "articles_from_page", "decode",
    "fingerprint", "format_trace", "lexicon_hash", "load_lexicon", "normalize", "page_jobs", "parse_file",
    "parse_page", "parse_paths", "parser_version", "read_page", "rel_path", "trace_paths", "walk_archive",
    "caps", "clean_field", "no_article_reason", "parsed_pages_of", "terminal_safe", "use_caps", "without_controls",
]
