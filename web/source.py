"""The source page view: a page's original text layer with one article's lines marked.

Staff use it to check what the parser did. A line is marked when its text,
without whitespace, occurs in the article's text without whitespace (the
cleaner only removes stray spaces, joins lines and normalizes full-width
digits, so every line the article came from passes); see :func:`mark_lines`
for how chance matches of short lines are kept out.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from dangjian.index import sources
from dangjian.index.parse import FORMATS, MAX_FILE_BYTES, UnreadableFile, decode, normalize

_SPACE = re.compile(r"\s+")
LONE_LINE = 16
MAX_SOURCE_LINES = 5000      # lines of one page shown: a real page has hundreds


class SourceUnavailable(Exception):
    """The page file cannot be shown; the message says why (in Chinese)."""


def _compact(text: str) -> str:
    return _SPACE.sub("", normalize(text))


def read_source(archive_root: Path, rel_path: str, pdf_page: int | None = None,
                generation: Path | None = None) -> tuple[str, str]:
    """Return a page's text layer and the sha1 of the file it came from; refuse paths outside the archive.

    The text is what indexing stored with the generation (index/sources.py): for a PDF the page
    ``pdf_page``. Only a text page indexed before texts were stored is read from the archive (it
    is its own text layer, at most MAX_FILE_BYTES); a PDF, HTML or Word file is never
    extracted again per request.
    """
    root = Path(archive_root).resolve()
    path = (root / rel_path).resolve()
    if not rel_path or not path.is_relative_to(root):
        raise SourceUnavailable("原始页面不在文库目录中。")
    stored = sources.stored_text(generation, rel_path, pdf_page) if generation else None
    if stored is not None:
        return stored
    if path.suffix.lower() in FORMATS:
        raise SourceUnavailable("该文件的页面文本未随索引保存（索引建于此功能之前）：请运行 dangjian reindex。")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SourceUnavailable("原始页面文件过大，无法显示。")
        raw = path.read_bytes()
        return decode(raw)[0], hashlib.sha1(raw).hexdigest()
    except FileNotFoundError:
        raise SourceUnavailable("原始页面文件已不在文库中（索引建立后被移动或删除）。")
    except (OSError, UnreadableFile) as exc:
        raise SourceUnavailable(f"原始页面无法读取：{exc}")


def current_sha1(archive_root: Path, rel_path: str) -> str | None:
    """Return the sha1 of the archive file as it is now (None when it is gone or unreadable)."""
    path = (Path(archive_root).resolve() / rel_path).resolve()
    try:
        digest = hashlib.sha1()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def mark_lines(page_text: str, article: dict) -> list[dict]:
    """Return the page's lines as ``{number, text, marked}``; marked = the article came from it.

    A line counts when it and its neighbouring non-blank line, joined, occur
    in the article: short lines (党建, 议。) occur by chance in many articles,
    a line joined to its neighbour does not. A line with no such neighbour
    counts when it is long (LONE_LINE characters) and occurs alone.
    """
    parts = [article.get("title") or ""] + list(article.get("paragraphs") or []) + [article.get("attribution") or ""]
    whole = _compact("".join(parts))
    lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:MAX_SOURCE_LINES]
    compact = [_compact(line) for line in lines]
    filled = [i for i, c in enumerate(compact) if c]
    marked = [False] * len(lines)
    for k, i in enumerate(filled):
        before = compact[filled[k - 1]] + compact[i] if k > 0 else None
        after = compact[i] + compact[filled[k + 1]] if k + 1 < len(filled) else None
        paired = any(p is not None and p in whole for p in (before, after))
        marked[i] = paired or (len(compact[i]) >= LONE_LINE and compact[i] in whole)
    return [{"number": n, "text": line, "marked": m} for n, (line, m) in enumerate(zip(lines, marked), start=1)]
