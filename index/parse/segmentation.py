"""Cut a page's clean lines into articles and put each title where it belongs.

On a newspaper page an attribution such as （据山东省民政厅） ends an article
and 本报讯（记者 张三） starts one. A title may stand before its article, after
the page's last attribution (where the layout put it), or nowhere; a missing
title is derived from the lead sentence and marked as derived.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from .attributions import ATTRIBUTION, BYLINE_ONLY, add_attribution, is_attribution, join_broken_attributions
from .clean import CAPTION_START, PAGE_CACHE, Ln, ends_sentence, join_lines, paragraph_groups, tidy
from .openings import DATELINE, TOP_BYLINE, brief_starts, join_split_names, is_author_name, is_top_byline, split_dateline
from .lexicon import load_lexicon
from .titles import derive_title, place_orphan_titles  # noqa: F401  (derive_title: part of this API)

_TRAILING_ATTRIBUTION = re.compile(rf"^(.*[{re.escape('。！？”')}])\s*({ATTRIBUTION.pattern})$")
LEAD_START = re.compile(r"^(本报讯|近日|日前|近期|为(了)?|今年以来|年初以来|据悉|\d{1,4}\s*(年|月))")
_DAY_SPAN = r"(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*(日|(?=\s*至\s*\d))"
# A day alone opens a brief's lead (5日上午，…): the month is the issue's.
_DAY_ONLY = r"\d{1,2}\s*日\s*(上午|下午|晚上|晚间)?\s*[，,]"
STRONG_LEAD = re.compile(rf"^(本报讯|{DATELINE.pattern[1:]}|近日|日前|近期|{_DAY_SPAN}|{_DAY_ONLY})")
_NEW_LEAD = re.compile(rf"^(近日|日前|{_DAY_SPAN}[^，。]{{0,8}}，)")
_TITLE_FORBIDDEN = re.compile(r"[，。；！？,;]")
_PHOTO_CREDIT_END = re.compile(r"摄[）)]$")
MAX_TITLE_LINES = 6           # a kicker, a two-line headline and a two-line ——subtitle
MAX_TITLE_CHARS = 90
# Numbered subheadings and enumerations (一、 （一） 1. 第一，) are body, never a new article's title.
_ENUMERATION = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[，、])")


@dataclass
class Piece:
    """An article as cut from the page, before metadata."""

    title: str | None
    body_lines: list[str]
    attribution: str | None = None
    title_derived: bool = False
    paragraphs: list[str] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)    # the layout lines the title came from
    attribution_line: str | None = None
    more_attribution_lines: list[str] = field(default_factory=list)   # a byline or second attribution
    groups: list[list[str]] = field(default_factory=list)   # the layout lines of each paragraph


def split_attributions(lines: list[str]) -> list[str]:
    """Put an attribution glued to the end of a paragraph on its own line.

    Only where a blank line or the page's end follows: （据大众日报） inside
    running text cites a source and does not end the article.
    """
    out = []
    for i, line in enumerate(lines):
        match = _TRAILING_ATTRIBUTION.match(tidy(line)) if line else None
        ends_block = match and (i + 1 >= len(lines) or not lines[i + 1] or _title_follows(lines, i + 1))
        nos = getattr(line, "nos", ())
        out.extend([Ln(match.group(1), nos), "", Ln(match.group(2), nos)] if ends_block else [line])
    return out


def _title_follows(lines: list[str], start: int) -> bool:
    """Whether the lines from start open another article: a lead (本报讯, 8月3日，) or a headline."""
    end = start
    while end < len(lines) and lines[end]:
        end += 1
    opening = _next_filled(lines, start)
    if STRONG_LEAD.match(opening) or _PURPOSE_LEAD.match(opening) or looks_like_title(lines[start:end]):
        return True
    # A title glued to the lead under it: 1–4 headline lines, then text that opens an article.
    return any(looks_like_title(lines[start:k]) and _opens_article(lines[start:k], _next_filled(lines, k))
               for k in range(start + 1, min(end, start + MAX_TITLE_LINES + 1)))


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Return (start, end) of each run of non-blank lines."""
    spans, start = [], None
    for i, line in enumerate(lines + [""]):
        if line and start is None:
            start = i
        elif not line and start is not None:
            spans.append((start, i))
            start = None
    return spans


def looks_like_title(lines: list[str]) -> bool:
    """Whether a block of lines reads as a headline rather than running text."""
    return _title_like(tuple(lines))


@functools.lru_cache(maxsize=PAGE_CACHE)
def _title_like(lines: tuple[str, ...]) -> bool:
    # Cached: asked of the last one to four lines after every line of the page (separate_glued_starts).
    # The line count and the ，。；！？ test come before the join (joining keeps every character but
    # whitespace), so a paragraph block is not joined only to be refused.
    if not 0 < len(lines) <= MAX_TITLE_LINES or any(_TITLE_FORBIDDEN.search(ln) for ln in lines):
        return False
    if any(DATELINE.match(tidy(ln)) for ln in lines[1:]):
        return False                 # the headline ends where a dateline opens the lead
    text = join_lines(lines)
    return (4 <= len(text) <= MAX_TITLE_CHARS and not _TITLE_FORBIDDEN.search(text)
            and not LEAD_START.match(text) and not _ENUMERATION.match(text) and not is_attribution(text) and text[-1] not in "、：:“《（(")


def _title_at(lines: list[str], start: int, end: int, *, chunk_start: bool) -> bool:
    if not looks_like_title(lines[start:end]):
        return False
    rest = _filled_after(lines, end, 3)
    if not rest:
        return False
    if chunk_start:
        return True
    previous = _last_filled_before(lines, start)
    # Mid-chunk only with strong evidence: the text before ends a sentence and
    # the text after opens like a lead, so a running sentence is never cut.
    return (previous is not None and (ends_sentence(previous) or bool(_PHOTO_CREDIT_END.search(tidy(previous))))
            and _opens_article(lines[start:end], join_lines(rest)))


# The two below look only as far as they must: listing every filled line of the chunk for each
# title-like block made a chunk of many blocks (double-spaced text) quadratic.
def _filled_after(lines: list[str], start: int, count: int) -> list[str]:
    """Return the first count non-blank lines from start."""
    return list(itertools.islice((ln for ln in itertools.islice(lines, start, None) if ln), count))


def _last_filled_before(lines: list[str], end: int) -> str | None:
    """Return the last non-blank line before end, None when there is none."""
    return next((lines[k] for k in range(min(end, len(lines)) - 1, -1, -1) if lines[k]), None)


def split_chunk(lines: list[str]) -> list[Piece]:
    """Cut the lines between two attributions into articles (usually one).

    A second article starts inside a chunk at a title block, at a 本报讯 lead,
    or — after an article that opened with 本报讯 and so may carry no closing
    attribution — at a paragraph that opens like a lead (10月11日， / 近日，).
    """
    pieces: list[Piece] = []
    title, title_lines, body_start = None, [], 0
    for n, (start, end) in enumerate(_blocks(lines)):
        first = tidy(lines[start])
        body = lines[body_start:start]
        # Inside a chunk only an article opened by 本报讯 may lack its attribution, so
        # only after one can a title start the next article (else it is a subheading).
        # Mid-chunk, _title_at asks for a sentence end before and a lead under the headline. Inside
        # a chunk only an article opened by 本报讯 or a dateline may lack its attribution — or, on other
        # publications, any article, when its headline names a body or a place, as a subheading
        # (聚焦主责主业推动工作落实) does not (issue 15).
        is_title = _title_at(lines, start, end, chunk_start=(n == 0)) and (
            n == 0 or not any(body) or _opened_with_byline(body) or _dateline_after(lines, end)
            or names_a_body(join_lines(lines[start:end])))
        new_lead = start > body_start and any(body) and (
            bool(DATELINE.match(first)) or (_opened_with_byline(body) and _new_lead_after(body, first))
            or _another_report(body, _next_filled(lines, start)))
        if title is not None and n > 0 and not any(body) and _title_continues(title_lines, lines, start, end):
            # A headline the scan split with a blank line (OCR, Word paragraphs): both lines are the title.
            title_lines = title_lines + lines[start:end]
            title, body_start = join_lines(title_lines), end
            continue
        if is_title or new_lead:
            if any(body):
                pieces.append(Piece(title, body, title_lines=title_lines))
                title, title_lines = None, []
            if is_title:
                title, title_lines = join_lines(lines[start:end]), lines[start:end]
                body_start = end
            else:
                body_start = start
    body = lines[body_start:]
    if any(body):
        pieces.append(Piece(title, body, title_lines=title_lines))
    return pieces


def names_a_body(headline: str) -> bool:
    """Whether a headline names an institution or a place (凤庆县民政局：…), as a new article's does."""
    from .metadata import places_in     # the facts of metadata, asked only of a rare headline
    lex = load_lexicon()
    return bool(re.search(r"[\u4e00-\u9fff](?:" + "|".join(map(re.escape, lex.agency_suffixes)) + ")", headline)
                or places_in(headline, lex) or any(name in headline for name in lex.provinces if len(name) >= 2))


def _title_continues(title_lines: list[str], lines: list[str], start: int, end: int) -> bool:
    """Whether the block start:end, after a blank under a headline, is the headline's second line
    (a scan or a Word file split it): together they read as a headline, and a lead opens under it,
    not under the first line alone."""
    under = _filled_after(lines, end, 1)
    return (len(title_lines) == 1 and end - start == 1 and looks_like_title(title_lines + lines[start:end])
            and not _opens_article(title_lines, _next_filled(lines, start))
            and (_opens_article(title_lines + lines[start:end], _next_filled(lines, end))
                 or bool(under) and bool(TOP_BYLINE.match(tidy(under[0])))))


def _opening_body(opening: str) -> str | None:
    """Return the body with a place that a lead's first clause names (12月10日，铜陵市义安区民政局…), or None."""
    from .metadata import agencies_in       # the facts of metadata, asked only of a dated paragraph
    clause = re.split(r"[，。；]", _NEW_LEAD.sub("", opening), maxsplit=1)[0]
    found = [name for name, province in agencies_in(clause) if province]
    return found[0] if found else None


def _another_report(body: list[str], opening: str) -> bool:
    """Whether a paragraph after a finished sentence opens another report: a date or 近日 lead whose
    first clause names a body with its place that the article so far never named. A report's own
    later paragraphs go on about its body (12月5日，厅机关各支部…); a new one introduces another."""
    filled = [ln for ln in body if ln]
    if not filled or not ends_sentence(filled[-1]) or not _NEW_LEAD.match(opening):
        return False
    named = _opening_body(opening)
    return bool(named) and named not in join_lines(filled) and _short_name(named) not in join_lines(filled)


def _short_name(agency: str) -> str:
    """Return an agency without its place prefix up to the first 市/县/区/州 (铜陵市义安区民政局 → 民政局 is too
    short to say anything; 义安区民政局 is what a later paragraph repeats)."""
    parts = re.split(r"(?<=[省市县区州旗盟])", agency)
    return "".join(parts[-2:]) if len(parts) > 2 else agency


def _opened_with_byline(body: list[str]) -> bool:
    return bool(DATELINE.match(tidy(next(ln for ln in body if ln))))


def _dateline_after(lines: list[str], end: int) -> bool:
    """Whether a dateline (本报讯（…）, 本报某地某日电) opens the text under a headline: a new article."""
    return bool(DATELINE.match(_next_filled(lines, end)))


def _new_lead_after(body: list[str], first: str) -> bool:
    previous = [ln for ln in body if ln]
    return ends_sentence(previous[-1]) and bool(_NEW_LEAD.match(first))


def trailing_titles(lines: list[str]) -> list[str] | None:
    """Return the titles printed after the page's last attribution, if that is all there is."""
    spans = _blocks(lines)
    if not spans or not all(looks_like_title(lines[s:e]) for s, e in spans):
        return None
    return [Ln(join_lines(lines[s:e]), tuple(n for ln in lines[s:e] for n in getattr(ln, "nos", ())))
            for s, e in spans]


def separate_glued_starts(lines: list[str]) -> list[str]:
    """Insert the blank line a layout omitted before 本报讯 or between a title and its lead.

    Only where the line before ends a sentence, is an attribution, or is a
    title-like run of 1–4 lines that itself follows a break.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        previous = out[-1] if out else ""
        if line and previous and DATELINE.match(tidy(line)) and (
                ends_sentence(previous) or is_attribution(previous) or _title_run_ending_at(out)):
            out.append("")
        elif line and previous and ends_sentence(previous) and _NEW_LEAD.match(tidy(line)) \
                and _opening_body(_next_filled(lines, i)):
            out.append("")             # another report's lead may follow without a blank: see _another_report
        out.append(line)
        i += 1
        run = _title_run_ending_at(out)
        if run and i < len(lines):
            _set_title_apart(out, run, lines, i)
    return out


def _set_title_apart(out: list[str], run: int, lines: list[str], i: int) -> None:
    """Put blanks around the headline run ending out when an article opens under it (lines[i:]):
    between it and its lead, and between it and the sentence it is glued under."""
    if not _opens_article(out[-run:], _next_filled(lines, i)):
        return
    if lines[i]:
        out.append("")
    start = len(out) - run - (1 if out[-1] == "" else 0)
    if start > 0 and out[start - 1]:
        out.insert(start, "")


def _next_filled(lines: list[str], start: int) -> str:
    """Return the text of the next three non-blank lines from start, joined (a lead the column broke)."""
    return join_lines([ln for ln in lines[start:] if ln][:3])


_PURPOSE_LEAD = re.compile(r"^(为了?[^，。；]{4,40}|今年以来|近年来|年初以来|去年以来|近期以来)，")


def _opens_article(title_lines: list[str], opening: str) -> bool:
    """Whether a headline and the text under it open an article: a lead (近日，/ 本报讯 / 10月9日)
    or, under a headline-long title, a purpose clause (为…，); a short line is a subheading."""
    return bool(STRONG_LEAD.match(opening)
                or (_PURPOSE_LEAD.match(opening) and len(join_lines(title_lines)) >= 12))


def _title_run_ending_at(out: list[str]) -> int:
    """Return the size of the title-like run of lines at the end of out (0: none)."""
    if not out or _TITLE_FORBIDDEN.search(out[-1]):
        # Every run tried ends with that line and joining keeps its ，。；！？: no title (most lines).
        return 0
    for size in range(1, MAX_TITLE_LINES + 1):
        if len(out) < size or not all(out[-size:]):
            return 0
        before = out[-size - 1] if len(out) > size else ""
        if (not before or ends_sentence(before) or is_attribution(before)) and looks_like_title(out[-size:]):
            return size
    return 0


def segment_lines(lines: list[str]) -> list[Piece]:
    """Return the articles of a page, titles placed, paragraphs rebuilt."""
    lines, starts = brief_starts(join_split_names(lines))
    lines = separate_glued_starts(split_attributions(join_broken_attributions(lines)))
    pieces: list[Piece] = []
    chunk: list[str] = []
    byline = None                 # a byline under the chunk's title: it opens the article, not ends one
    caption = False               # a photo caption under an attribution belongs to the article above
    for i, line in enumerate(lines):
        if line and not any(chunk) and pieces and pieces[-1].attribution_line is not None and (
                caption or CAPTION_START.match(tidy(line))):
            pieces[-1].body_lines += ["", line]
            caption = not (ends_sentence(line) or _PHOTO_CREDIT_END.search(tidy(line)))
            continue
        caption = False
        if line and set(getattr(line, "nos", ())[:1]) & starts and any(chunk):
            pieces.extend(_close_chunk(chunk, byline, None))      # a brief item's marker opens the next
            chunk, byline = [], None
        if not is_attribution(line):
            if line and byline is None and not _top_byline_at(lines, i, chunk) and _byline_opens_article(line, chunk):
                head = _headline_at_end(chunk)       # 文/某某 after a finished article opens the next
                pieces.extend(_close_chunk(chunk[:len(chunk) - len(head)], None, None))
                chunk = head
            if byline is None and line and _top_byline_at(lines, i, chunk):
                byline = line
                chunk.append("")                    # the title stays apart from the lead under it
                continue
            chunk.append(line)
        elif not any(chunk) and pieces and pieces[-1].attribution_line is not None:
            add_attribution(pieces[-1], line)       # a second attribution line: （据…） then （通讯员 …）
            chunk = []
        elif byline is None and BYLINE_ONLY.match(tidy(line)) and _title_only(chunk):
            byline = line
            chunk.append("")                        # the title stays apart from the lead under it
        else:
            pieces.extend(_close_chunk(chunk, byline, line))
            chunk, byline = [], None
    orphans = trailing_titles(chunk) if pieces and byline is None else None
    if orphans is None:
        pieces.extend(_close_chunk(chunk, byline, None))
        orphans = []
    articles = [p for p in pieces if p.body_lines]
    place_orphan_titles(articles, orphans)
    for piece in articles:
        piece.groups = paragraph_groups(piece.body_lines)
        piece.paragraphs = [join_lines(group) for group in piece.groups]
        _dateline_to_attribution(piece)
        if not piece.title:
            piece.title, piece.title_derived = derive_title(piece.paragraphs), True
    return [p for p in articles if p.paragraphs]


def _top_byline_at(lines: list[str], i: int, chunk: list[str]) -> bool:
    """Whether line i is a byline under the chunk's headline (文/某某, 本报评论员, a name set apart)."""
    if not is_top_byline(lines[i]):
        return False
    if not any(chunk):               # 本报记者 某某 at the top of a page whose title is printed elsewhere
        return bool(TOP_BYLINE.match(tidy(lines[i])))
    if not _title_only(chunk):
        return False
    if not is_author_name(lines[i]):
        return True
    # A plain name alone could be a headline's last line (……座 / 谈会): a blank must set it apart
    # from the headline. A ·-name (买买提江·吾斯曼) is no headline's end.
    return chunk[-1] == "" or "·" in lines[i]


def _byline_opens_article(line: str, chunk: list[str]) -> bool:
    """Whether a byline (文/某某, 本报评论员 — not a lone name) follows a finished article's last sentence."""
    if not TOP_BYLINE.match(tidy(line)):
        return False
    filled = [ln for ln in chunk if ln]
    head = _headline_at_end(chunk)
    before = filled[:len(filled) - len([ln for ln in head if ln])]
    return bool(before) and ends_sentence(before[-1])


def _headline_at_end(chunk: list[str]) -> list[str]:
    """Return the chunk's last block with the blanks after it when it reads as a headline, else []."""
    spans = _blocks(chunk)
    if len(spans) < 2 or not looks_like_title(chunk[spans[-1][0]:spans[-1][1]]):
        return []
    return chunk[spans[-1][0]:]


def _dateline_to_attribution(piece: Piece) -> None:
    """Move a dateline opening the lead (本报讯（记者 某某）) to the front of the attribution."""
    if not piece.paragraphs:
        return
    dateline, lead = split_dateline(piece.paragraphs[0])
    if dateline is None:
        return
    piece.paragraphs[0] = lead
    piece.attribution = dateline + (piece.attribution or "")


def _title_only(chunk: list[str]) -> bool:
    """Whether the chunk so far is one headline block (a byline under it opens its article)."""
    spans = _blocks(chunk)
    if len(spans) == 2 and all(e - b == 1 for b, e in spans):      # a headline split by a blank (OCR)
        return looks_like_title([ln for ln in chunk if ln])
    return len(spans) == 1 and looks_like_title(chunk[spans[0][0]:spans[0][1]])


def _close_chunk(chunk: list[str], byline, attribution) -> list[Piece]:
    """Cut a chunk into articles: the byline under its title goes to the first, the attribution to the last."""
    found = split_chunk(chunk)
    if found and byline is not None:
        add_attribution(found[0], byline)
    if found and attribution is not None and found[-1].body_lines:
        add_attribution(found[-1], attribution)
    return found
