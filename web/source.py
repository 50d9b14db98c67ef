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

from dangjian.index.parse import FORMATS, MAX_FILE_BYTES, MAX_FORMAT_BYTES, UnreadableFile, decode, normalize, read_pages

_SPACE = re.compile(r"\s+")
LONE_LINE = 16


class SourceUnavailable(Exception):
    """The page file cannot be shown; the message says why (in Chinese)."""


def _compact(text: str) -> str:
    return _SPACE.sub("", normalize(text))


def read_source(archive_root: Path, rel_path: str, pdf_page: int | None = None) -> tuple[str, str]:
    """Return a page's text layer and the sha1 of its file's bytes; refuse paths outside the archive.

    For a PDF, HTML or Word file the text is what extraction gave the parser: the PDF page
    ``pdf_page`` (1-based), else the file's first page.
    """
    root = Path(archive_root).resolve()
    path = (root / rel_path).resolve()
    if not rel_path or not path.is_relative_to(root):
        raise SourceUnavailable("原始页面不在文库目录中。")
    document = path.suffix.lower() in FORMATS
    try:
        if path.stat().st_size > (MAX_FORMAT_BYTES if document else MAX_FILE_BYTES):
            raise SourceUnavailable("原始页面文件过大，无法显示。")
        raw = path.read_bytes()
        if document:
            pages = read_pages(path, root)
            page = next((p for p in pages if pdf_page and p.pdf_page == pdf_page), pages[0])
            return page.text, hashlib.sha1(raw).hexdigest()
        return decode(raw)[0], hashlib.sha1(raw).hexdigest()
    except FileNotFoundError:
        raise SourceUnavailable("原始页面文件已不在文库中（索引建立后被移动或删除）。")
    except (OSError, UnreadableFile) as exc:
        raise SourceUnavailable(f"原始页面无法读取：{exc}")


def mark_lines(page_text: str, article: dict) -> list[dict]:
    """Return the page's lines as ``{number, text, marked}``; marked = the article came from it.

    A line counts when it and its neighbouring non-blank line, joined, occur
    in the article: short lines (党建, 议。) occur by chance in many articles,
    a line joined to its neighbour does not. A line with no such neighbour
    counts when it is long (LONE_LINE characters) and occurs alone.
    """
    parts = [article.get("title") or ""] + list(article.get("paragraphs") or []) + [article.get("attribution") or ""]
    whole = _compact("".join(parts))
    lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    compact = [_compact(line) for line in lines]
    filled = [i for i, c in enumerate(compact) if c]
    marked = [False] * len(lines)
    for k, i in enumerate(filled):
        before = compact[filled[k - 1]] + compact[i] if k > 0 else None
        after = compact[i] + compact[filled[k + 1]] if k + 1 < len(filled) else None
        paired = any(p is not None and p in whole for p in (before, after))
        marked[i] = paired or (len(compact[i]) >= LONE_LINE and compact[i] in whole)
    return [{"number": n, "text": line, "marked": m} for n, (line, m) in enumerate(zip(lines, marked), start=1)]
