"""Cut a page's clean lines into articles and put each title where it belongs.

On a newspaper page an attribution such as （据山东省民政厅） ends an article
and 本报讯（记者 张三） starts one. A title may stand before its article, after
the page's last attribution (where the layout put it), or nowhere; a missing
title is derived from the lead sentence and marked as derived.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attributions import ATTRIBUTION, BYLINE_ONLY, SIGNED, add_attribution, is_attribution, join_broken_attributions
from .clean import CAPTION_START, Ln, column_width, ends_sentence, join_lines, paragraph_groups, tidy, visual_width
from .headlines import (  # noqa: F401 — LEAD_START, MAX_TITLE_*, _ENUMERATION, _TITLE_FORBIDDEN: this module's API
    _ENUMERATION, _NEW_LEAD, _PHOTO_CREDIT_END, _PURPOSE_LEAD, _TITLE_FORBIDDEN, LEAD_START, MAX_TITLE_CHARS,
    MAX_TITLE_LINES, REPORT_OPENING, STRONG_LEAD, title_goes_on_in, _blocks, _filled_after, _headline_at_end, _last_filled_before, _next_filled,
    _opens_article, _title_at, headline_blocks, _title_continues, _title_like, _title_only, _title_run_ending_at, looks_like_title,
    names_a_body, place_headline_over_its_place)
from .openings import _ROLE, DATELINE, MAX_LABEL_CHARS, TOP_BYLINE, brief_starts, byline_names, join_split_names, is_author_name, is_top_byline, split_dateline
from .lexicon import load_lexicon
from .hints import BODY, CAPTION, block_hint, hint_of
from .titles import derive_title, place_orphan_titles, titles_after_their_articles  # noqa: F401  (derive_title: part of this API)

# A box printed under an article's attribution that belongs to that article: background to it.
RELATED_START = re.compile(r"^(相关链接|链接|延伸阅读|背景链接|小贴士|名词解释)\s*[:：]")

# The same labels alone on their line: the box under them is an article of its own.
_RELATED_LABEL = re.compile(r"(相关链接|延伸阅读|背景链接|小贴士|名词解释)")

_TRAILING_ATTRIBUTION = re.compile(rf"^(.*[{re.escape('。！？”')}])\s*({ATTRIBUTION.pattern})$")


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
        # a caption its file marks keeps its credit: 现场。（某单位供图） ends no article (formats5)
        match = _TRAILING_ATTRIBUTION.match(tidy(line)) if line and hint_of(line) != CAPTION else None
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














def split_chunk(lines: list[str], opened: bool = False) -> list[Piece]:
    """Cut the lines between two attributions into articles (usually one).

    A second article starts inside a chunk at a title block, at a 本报讯 lead,
    or — after an article that opened with 本报讯 and so may carry no closing
    attribution — at a paragraph that opens like a lead (10月11日， / 近日，).
    opened says the chunk's first article had its byline on a line of its own above
    the lead (本报记者 某某): it too carries its attribution at the top, not at the end.
    """
    pieces: list[Piece] = []
    title, title_lines, body_start = None, [], 0
    gap = next((k for k, ln in enumerate(lines) if ln is BYLINE_GAP), None)     # where the byline stood
    blocks = _without_run_on_ends(lines, _spaced_headlines(lines, _apart_at_bylines(lines, headline_blocks(lines))))
    for n, (start, end) in enumerate(blocks):
        first = tidy(lines[start])
        body = _Span(lines, body_start, start)     # a view: a copy per block made long chunks quadratic
        # Inside a chunk only an article opened by 本报讯 may lack its attribution, so
        # only after one can a title start the next article (else it is a subheading).
        # Mid-chunk, _title_at asks for a sentence end before and a lead under the headline. Inside
        # a chunk only an article opened by 本报讯 or a dateline may lack its attribution — or, on other
        # publications, any article, when its headline names a body or a place, as a subheading
        # (聚焦主责主业推动工作落实) does not (issue 15).
        # A Word or HTML file's layout, where it says so, decides (issue 15, formats: parse/hints.py).
        is_title = block_hint(lines[start:end])
        if is_title and n > 0 and any(body) and _hinted_subheading(lines, start, end):
            is_title = False     # a bold subheading or list category inside the report, not a headline
        if is_title is None:
            is_title = _title_after_a_list(lines, start, end) or (
                _title_at(lines, start, end, chunk_start=(n == 0)) and not _weak_lead_under_caption(lines, start, end)
                or _title_after_a_credit(lines, start, end)) and (
                n == 0 or not any(body) or (opened and not pieces) or _opened_with_byline(body)
                or _dateline_after(lines, end)
                or names_a_body(join_lines(lines[start:end])))
        # A paragraph its file's layout marks as text (a file that marks its headings) opens no
        # report by its lead alone (12月28日，… under a report whose headline the page prints apart).
        new_lead = start > body_start and any(body) and (
            bool(DATELINE.match(first)) or hint_of(lines[start]) != BODY and (
                (_opened_with_byline(body) and _new_lead_after(body, first))
                or (opened and not pieces and _one_block(body) and _new_lead_after(body, first))
                or _another_report(body, _next_filled(lines, start), title)))
        if title is not None and n > 0 and not any(body) and _label_above(
                title_lines, lines, start, end, bylined=opened and n == 1):
            # What was taken for the headline is a column label: left to no article, it is a noise line.
            title_lines = [ln for ln in lines[start:end] if ln]
            title, body_start = join_lines(title_lines), end
            continue
        if title is not None and n > 0 and opened and not pieces and not any(body) and gap is not None \
                and end <= gap and looks_like_title(lines[start:end]) and block_hint(lines[start:end]) is not False:
            # Above the byline, every headline-like block is the title's: a kicker too long for a label
            # (引题), or the lines double spacing set apart (title / ——subtitle / its broken end).
            title_lines = title_lines + [ln for ln in lines[start:end] if ln]
            title, body_start = join_lines(title_lines), end
            continue
        if title is not None and n > 0 and not any(body) and block_hint(lines[start:end]) is not False \
                and not _sentence_runs_on(lines, end) \
                and (_title_continues(title_lines, lines, start, end)
                     or _spaced_headline_to_lead(title_lines, lines, start, end)):
            # (a byline paragraph an HTML page marks as text is no headline's second line)
            # A headline the scan split with a blank line (OCR, Word paragraphs): both lines are the title.
            title_lines = title_lines + lines[start:end]
            title, body_start = join_lines(title_lines), end
            continue
        if title is not None and n > 0 and not any(body) and block_hint(lines[start:end]) is not False \
                and (carried := title_goes_on_in(title_lines, lines, start, end)):
            # (round twelve, OCR) …and one whose second part carries its ——subtitle or author's name under it
            title_lines = title_lines + lines[start:start + carried]
            title, body_start = join_lines(title_lines), start + carried
            continue
        if is_title or new_lead:
            if any(body):
                pieces.append(Piece(title, list(body), title_lines=title_lines))
                title, title_lines = None, []
            if is_title:
                title_lines = _without_label_atop([ln for ln in lines[start:end] if ln])  # split by a blank
                title = join_lines(title_lines)
                body_start = end
            else:
                body_start = start
    body = lines[body_start:]
    if any(body):
        pieces.append(Piece(title, body, title_lines=title_lines))
    return pieces






# Where a byline stood in a chunk (it went to the attribution): a blank that no headline spans.
BYLINE_GAP = Ln("", ())


def _apart_at_bylines(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a block that runs across the place of a byline: a headline ends where its byline stands,
    so the lead's first line under it (double spacing sets every line apart) is not the headline's
    second part."""
    out = []
    for start, end in blocks:
        gap = next((k for k in range(start, end) if lines[k] is BYLINE_GAP), None)
        if gap is None:
            out.append((start, end))
            continue
        above = max(k for k in range(start, gap) if lines[k]) + 1 if any(lines[start:gap]) else start
        below = next((k for k in range(gap, end) if lines[k]), end)
        out += [(start, above)] if above > start else []
        out += [(below, end)] if below < end else []
    return out


def _spaced_headlines(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join two one-line blocks into one headline where double spacing set its lines apart: after a
    finished sentence, together they read as a headline, and a lead opens under the second
    (市民政局机关党委召开2024年度 / 党支部书记述职评议会 / 1月9日，…) — not under the first alone."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(blocks):
        if k + 1 < len(blocks) and _one_spaced_headline(lines, blocks[k], blocks[k + 1]):
            out.append((blocks[k][0], blocks[k + 1][1]))
            k += 2
            continue
        out.append(blocks[k])
        k += 1
    return out


def _one_spaced_headline(lines: list[str], first: tuple[int, int], second: tuple[int, int]) -> bool:
    if first[1] - first[0] != 1 or second[1] - second[0] != 1:
        return False
    pair = [lines[first[0]], lines[second[0]]]
    before = _last_filled_before(lines, first[0])
    if before is None or not ends_sentence(before) or not looks_like_title(pair):
        return False
    if STRONG_LEAD.match(tidy(pair[1])) or STRONG_LEAD.match(tidy(pair[0])):
        return False
    return _opens_article(pair, _next_filled(lines, second[1])) and not _opens_article(pair[:1], tidy(pair[1]))


# A column label is a few characters (基层来风, 一线传真; openings.MAX_LABEL_CHARS, one bound for every
# stage); a headline says what happened, at length.


_PLACED_BODY = re.compile(r"^[\u4e00-\u9fff]{1,4}[省市县区州旗盟镇乡][\u4e00-\u9fff]{0,4}(厅|局|委|办|部|党委|党组|支部)$")


def _a_body_alone(text: str) -> bool:
    """Whether a short line is a body named with its place (平城区民政局, 某县委组织部): the actor a
    headline opens with, never a column's name."""
    return bool(_PLACED_BODY.match(text))


def _label_above(title_lines: list[str], lines: list[str], start: int, end: int, bylined: bool = False) -> bool:
    """Whether the one short line taken for the headline is a column label no list knows: a blank
    sets it apart from the block start:end, which reads as a headline with a lead under it — or,
    bylined, with the writer's byline under it (the chunk's byline stood right under that block)."""
    return (len(title_lines) == 1 and len(tidy(title_lines[0])) <= MAX_LABEL_CHARS
            and not _a_body_alone(tidy(title_lines[0]))     # 平城区民政局: a headline's first line, no label
            and looks_like_title(lines[start:end])
            and (bylined or _opens_article(lines[start:end], _next_filled(lines, end))))


def _without_label_atop(title_lines: list[str]) -> list[str]:
    """Take a column label off the top of a headline block (党建动态 / 书香机关建设成效明显): on a page
    without blank lines nothing sets it apart, but its shape does — a section name no longer than a
    label (党建快讯, 基层党建·经验交流), with a headline still under it. Left to no article, it is noise."""
    if len(title_lines) < 2 or not _section_label(tidy(title_lines[0])) or not looks_like_title(title_lines[1:]):
        return title_lines
    return title_lines[1:]


def _section_label(text: str) -> bool:
    """Whether a line reads as a section's name: one the label list knows, a short 党建/周刊 name,
    or a dotted pair naming a section (基层党建·经验交流). A short line ending in 党建 is also a
    headline's first line the column broke (以高质量党建 / 推动…): glued to the lines under it, only
    the list knows it for a label."""
    from .furniture import _DOT_LABEL, _SECTION_WORD
    from .noise import _is_label
    if text in load_lexicon().labels:
        return True
    return _is_label(text) and not _ENDS_IN_PARTY_WORK.search(text) \
        or bool(_DOT_LABEL.match(text) and _SECTION_WORD.search(text))


_ENDS_IN_PARTY_WORK = re.compile(r"(党建|党的建设)$")


def _spaced_title(chunk: list[str]) -> bool:
    """Whether the chunk so far is a headline double spacing set line by line apart (kicker / title /
    ——subtitle / its broken end): one-line blocks that together read as one headline."""
    spans = _blocks(chunk)
    return 2 <= len(spans) <= MAX_TITLE_LINES and all(e - b == 1 for b, e in spans) \
        and looks_like_title([chunk[b] for b, _e in spans])


def _split_title(chunk: list[str]) -> bool:
    """Whether the chunk so far is one headline a blank split in two (a scan's blank inside a title:
    零下40摄氏度的守护 / 漠河市民政局党员干部 / / 走访慰问困难群众): two blocks that together read as one."""
    spans = _blocks(chunk)
    if len(spans) != 2 or sum(e - b for b, e in spans) > MAX_TITLE_LINES:
        return False
    lines = [chunk[k] for b, e in spans for k in range(b, e)]
    if _RUNNING_HEAD.search(join_lines(lines)):
        return False            # a running head left above the headline (…| 2024年3月12日 星期二)
    return looks_like_title(lines) and _balanced_quotes(lines)


# What a running head carries and a headline does not: a full date with its year, a weekday, a bar.
_RUNNING_HEAD = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|星期[一二三四五六日天]|[|｜]")


def _balanced_quotes(lines: list[str]) -> bool:
    text = "".join(lines)
    return text.count("“") == text.count("”")


def _label_then_title(chunk: list[str]) -> bool:
    """Whether the chunk so far is a label or kicker line, a blank, and a headline block (理论视野 /
    把握好“三个坚持”的 / 实践要求): a byline under it opens the article as under a headline alone."""
    spans = _blocks(chunk)
    if len(spans) != 2 or spans[0][1] - spans[0][0] != 1:
        return False
    label, (start, end) = chunk[spans[0][0]], spans[1]
    # A longer line is a kicker rather than a label (split_chunk tells them apart): a headline still.
    return looks_like_title([label]) and looks_like_title(chunk[start:end])


def _opening_body(opening: str) -> str | None:
    """Return the body with a place that a lead's first clause names (12月10日，铜陵市义安区民政局…), or None."""
    from .metadata import agencies_in       # the facts of metadata, asked only of a dated paragraph
    rest = REPORT_OPENING.sub("", opening).lstrip("，, ")     # 近日， leaves its comma behind
    clause = re.split(r"[，。；]", rest, maxsplit=1)[0]
    found = [name for name, province in agencies_in(clause) if province]
    return found[0] if found else None


def _another_report(body: list[str], opening: str, title: str | None = None) -> bool:
    """Whether a paragraph after a finished sentence opens another report: a date or 近日 lead whose
    first clause names a body with its place that the article so far never named. A report's own
    later paragraphs go on about its body (12月5日，厅机关各支部…); a new one introduces another."""
    last = next((ln for ln in reversed(body) if ln), None)
    if last is None or not _finished(last) or not REPORT_OPENING.match(opening):
        return False
    named = _opening_body(opening)
    if not named:
        return False
    text = (title or "") + join_lines([ln for ln in body if ln])      # the headline names its body too
    city = re.match(r"[\u4e00-\u9fff]{2,}?[市州盟](?=[\u4e00-\u9fff])", named)
    if city and city.group(0) in text:
        return False        # a unit under the city the report is about (衡阳市雁峰区民政局 after 衡阳市民政局)
    county = re.match(r"[\u4e00-\u9fff]{2,}?[县区旗](?=[\u4e00-\u9fff])", named)
    if county and county.group(0) in text:
        return False        # the district's own bodies, where the report is about that district (…区 / …区委…部)
    return named not in text and _short_name(named) not in text


def _short_name(agency: str) -> str:
    """Return an agency without its place prefix up to the first 市/县/区/州 (铜陵市义安区民政局 → 民政局 is too
    short to say anything; 义安区民政局 is what a later paragraph repeats)."""
    parts = re.split(r"(?<=[省市县区州旗盟])", agency)
    return "".join(parts[-2:]) if len(parts) > 2 else agency


def _opened_with_byline(body: list[str]) -> bool:
    filled = []
    for ln in body:
        if ln:
            filled.append(ln)
            if len(filled) == 2:
                break
    # a dateline a narrow column broke (尼洋河 / 融媒讯（记者 …）): its two lines read together (round twelve)
    return bool(DATELINE.match(tidy(filled[0]))) or len(filled) == 2 and len(tidy(filled[0])) <= 6 \
        and bool(DATELINE.match(tidy(join_lines(filled))))


def _one_block(body) -> bool:
    """Whether a body's lines run on without a blank between them (a page that sets no blank between
    paragraphs): a blank after it then sets the next text apart as another piece, not a paragraph."""
    filled = [k for k, ln in enumerate(body) if ln]
    return len(filled) >= 2 and filled[-1] - filled[0] + 1 == len(filled)


def _dateline_after(lines: list[str], end: int) -> bool:
    """Whether a dateline (本报讯（…）, 本报某地某日电) opens the text under a headline: a new article."""
    return bool(DATELINE.match(_next_filled(lines, end)))


def _new_lead_after(body, first: str) -> bool:
    previous = next(ln for ln in reversed(body) if ln)
    return _finished(previous) and bool(_NEW_LEAD.match(first))


def _finished(line: str) -> bool:
    """Whether a line ends what stands above as a finished sentence does: a sentence end, or a photo
    caption's credit ((某某 摄)) — a caption closes the report it illustrates."""
    return ends_sentence(line) or bool(_PHOTO_CREDIT_END.search(tidy(line)))


class _Span:
    """lines[start:end] without the copy: iterated forwards or backwards, by index."""

    def __init__(self, lines: list[str], start: int, end: int):
        self.lines, self.range = lines, range(start, end)

    def __iter__(self):
        return (self.lines[k] for k in self.range)

    def __reversed__(self):
        return (self.lines[k] for k in reversed(self.range))

    def __len__(self) -> int:
        return len(self.range)


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
    width = column_width(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        previous = out[-1] if out else ""
        if line and previous and DATELINE.match(tidy(line)) and (
                ends_sentence(previous) or is_attribution(previous) or _title_run_ending_at(out)):
            out.append("")
        elif line and previous and DATELINE.match(tidy(line)) and _title_run_after_list(out):
            # a headline under an honour list's last names (林某、黄某): the list ends the article
            # above as a sentence would; the headline is set apart from both
            run = _title_run_after_list(out)
            out[len(out) - run:len(out) - run] = [""]
            out.append("")
        elif line and previous and ends_sentence(previous) and REPORT_OPENING.match(tidy(line)) \
                and _opening_body(_next_filled(lines, i)):
            out.append("")             # another report's lead may follow without a blank: see _another_report
        out.append(line)
        i += 1
        run = _title_run_ending_at(out)
        if run and i < len(lines):
            _set_title_apart(out, run, lines, i, width)
    return out


def _set_title_apart(out: list[str], run: int, lines: list[str], i: int, width: float) -> None:
    """Put blanks around the headline run ending out when an article opens under it (lines[i:]):
    between it and its lead, and between it and the sentence it is glued under."""
    if not (_opens_article(out[-run:], _next_filled(lines, i)) or _headline_after_credit(out, run, lines, i, width)
            or _place_item_after_credit(out, run, lines, i)
            or _byline_then_text(lines, i) or _name_then_text(out[-run:], lines, i, width)):
        return
    if _headline_goes_on(out[-run:], lines, i):
        return
    if lines[i]:
        out.append("")
    start = len(out) - run - (1 if out[-1] == "" else 0)
    if start > 0 and out[start - 1]:
        out.insert(start, "")










def _place_item_after_credit(out: list[str], run: int, lines: list[str], i: int) -> bool:
    """Whether the headline run ending out opens a brief item from the place it names (周口：… over
    周口市川汇区…): at the page's top or under the credit that closed the item above (（某某供稿）)."""
    before = next((ln for ln in reversed(out[:len(out) - run]) if ln), None)
    return (before is None or is_attribution(before)) and \
        place_headline_over_its_place(join_lines(out[-run:]), tidy(_next_filled(lines, i)))


def _headline_goes_on(run: list[str], lines: list[str], i: int) -> bool:
    """Whether line i is the headline's own last line (……召开学习 / 贯彻…精神 / 座谈会): with it the
    run still reads as a headline, and a dateline opens right under it."""
    if not lines[i] or len(run) >= MAX_TITLE_LINES or i + 1 >= len(lines) or not lines[i + 1]:
        return False
    return bool(DATELINE.match(tidy(lines[i + 1]))) and not DATELINE.match(tidy(lines[i])) \
        and looks_like_title(run + [lines[i]])


def _byline_then_text(lines: list[str], i: int) -> bool:
    """Whether a printed byline (本报记者 某某, 文｜某某, 本报评论员 — not a lone name, which a headline's
    broken end could be) stands at line i with running text under it: a headline run right above it
    heads a new article whatever its lead opens with (a feature's 走进…, a commentary's argument)."""
    if not lines[i] or not TOP_BYLINE.match(tidy(lines[i])):
        return False
    return bool(_TITLE_FORBIDDEN.search(_next_filled(lines, i + 1)))


def _name_then_text(run: list[str], lines: list[str], i: int, width: float) -> bool:
    """Whether a writer's name alone stands at line i under a headline run of a piece's length, with
    running text right under it: a journal or theory page prints piece after piece so. A column
    never breaks running text into a line of a name's few characters; a short heading (服务之星)
    with names under it is an honour list's category, not a piece's headline. A headline that fills
    the column goes on in the next line, which may read as a name (……工作座 / 谈会): its run must
    stop short of the column."""
    if not lines[i] or not is_author_name(lines[i]) or len(join_lines(run)) < MIN_PIECE_HEADLINE:
        return False
    if visual_width(run[-1]) > width - 2 and not _whole_subtitle(run[-1]):
        return False
    if TOP_BYLINE.match(tidy(next(iter(_filled_after(lines, i + 1, 1)), ""))):
        return False     # a name right above 本刊记者 某某 is the headline's end (——访…局 / 长孙志国): round twelve
    return bool(_TITLE_FORBIDDEN.search(_next_filled(lines, i + 1)))


def _whole_subtitle(line: str) -> bool:
    """Whether a ——subtitle line is whole however wide it runs (——谈党员干部理论学习的方法论): a
    subtitle is set in its own type and may fill the column; a name under it is the byline — unless
    the subtitle ends on a role, whose bearer's name is its own end (——访…党支部书记 / 某某)."""
    text = tidy(line)
    if not text.startswith("——") or text.endswith("访"):
        return False
    return not any(text.endswith(role) for role in load_lexicon().roles)


# A credit inside a line (（记者 …）, 某某网讯（…）): the line opens a report rather than heading one.
_CREDIT = re.compile(r"[（(][^（）()]*(记者|通讯员)|讯\s*[（(]")


def _headline_after_credit(out: list[str], run: int, lines: list[str], i: int, width: float) -> bool:
    """Whether a headline-like run right under an attribution, or opening the page, is an article's
    headline on a page without blank lines: the article above has just ended (or none stands above),
    the run's last line stops short of the column (a paragraph's first line fills it), and text with
    punctuation follows."""
    if not lines[i]:
        return False
    if len(out) > run and not (out[-run - 1] and is_attribution(out[-run - 1])) and any(out[:-run]):
        return False        # neither right under an attribution nor the first text of the page
    if _CREDIT.search(join_lines(out[-run:])):
        return False        # 某某网讯（记者 …） opening a page is the lead's credit, not a headline
    if not is_top_byline(lines[i]) and looks_like_title(out[-run:] + [lines[i]]):
        return False                  # the headline goes on in the next line (让“三会一课” / 活起来实起来)
    return visual_width(out[-1]) <= width - 2 and bool(_TITLE_FORBIDDEN.search(_next_filled(lines, i)))


_DAY_FIRST = re.compile(r"^(去年|今年|前年)?\S?\d{1,2}\s*[月日]")      # a lead's date, its first digit perhaps misread (l2月26日)


def _after_a_label(lines: list[str], i: int, ends: frozenset[int]) -> bool:
    """Whether line i is the first under a column or box label that stood above an article (noise now,
    blank here), with at most one more blank between."""
    for k in (i - 1, i - 2):
        if k < 0 or lines[k]:
            return False
        if set(getattr(lines[k], "nos", ())[:1]) & ends:
            return True
    return False


def _headline_under_label(lines: list[str], ends: frozenset[int], indented: frozenset[int]) -> list[str]:
    """Set apart a one-line headline printed right under a box's or column's label and glued to the
    text under it (相关链接 / 什么是“两个覆盖” / “两个覆盖”是指…, 读者来信 / 盼多刊发… / 我是一名…):
    under a label an article starts, and a line that reads as a headline, over a line that goes on as
    running text, is its title (round twelve). A headline the column broke (……“小巷管家” / 打通…) reads
    on as a headline with its next line, and a lead (近日，…) is no headline."""
    if not ends:
        return lines
    out: list[str] = []
    width = None
    for i, line in enumerate(lines):
        out.append(line)
        if not line or i + 2 >= len(lines) or not lines[i + 1] or not _after_a_label(lines, i, ends):
            continue
        text, under, third = tidy(line), tidy(lines[i + 1]), tidy(lines[i + 2])
        if set(getattr(line, "nos", ())[:1]) & indented:
            continue                     # indented: the first line of a paragraph, no headline
        if not (len(text) <= MAX_TITLE_CHARS and not ends_sentence(text) and not re.search(r"[，,；;：:]$", text)
                and looks_like_title([line]) and not STRONG_LEAD.match(text) and not LEAD_START.match(text)
                and not is_top_byline(under) and re.search(r"[，。；！？]", _next_filled(lines, i + 1))):
            continue
        width = width or column_width(lines)
        opens = bool(set(getattr(lines[i + 1], "nos", ())[:1]) & indented)    # a paragraph's first line under it
        if opens and indented or STRONG_LEAD.match(under) or DATELINE.match(under) or _DAY_FIRST.match(under):
            out.append("")               # the page indents its paragraphs and the one under opens the text,
            continue                     # or a lead opens under it (a day, 近日, a dateline)
        if abs(visual_width(line) - width) <= 1 or visual_width(line) >= visual_width(lines[i + 1]) - 2:
            continue                     # a line filling the column, or as wide as the text under it, is
                                         # running text the column broke: a headline stands short of it
        if looks_like_title([line, lines[i + 1]]):
            # the next line may be the headline's broken end: only a line of running text filling the
            # column, with more text under it (no byline, no lead), tells the text has begun
            if not (third and visual_width(lines[i + 1]) >= width - 1 and not is_top_byline(third)
                    and not STRONG_LEAD.match(third) and not DATELINE.match(third) and not _DAY_FIRST.match(third)):
                continue
        out.append("")
    return out


def box_ends(lines: list[str], boxes: frozenset[int]) -> frozenset[int]:
    """Return the blank lines (source numbers) where a box that explains one thing ends (相关链接 /
    什么是“红色物业” / its paragraph / blank / 5月24日，…): the box's text is its headline and one
    paragraph, and a lead under it (a day, 近日, a dateline) opens another report, which the box's
    missing credit must not swallow (round twelve)."""
    out = set()
    if not boxes:
        return frozenset()
    for i, line in enumerate(lines):
        if line or not set(getattr(line, "nos", ())[:1]) & boxes:
            continue
        k = i + 1
        while k < len(lines) and not lines[k]:
            k += 1                       # to the box's first line
        while k < len(lines) and lines[k]:
            k += 1                       # through its headline (or its text, when glued) to a blank
        if k < len(lines) and k + 1 < len(lines) and lines[k + 1] and not STRONG_LEAD.match(tidy(lines[k + 1])) \
                and not ends_sentence(lines[k - 1]):
            k += 1                       # a headline set apart: through the box's paragraph too
            while k < len(lines) and lines[k]:
                k += 1
        if k >= len(lines) or not getattr(lines[k], "nos", ()):
            continue
        block = []
        for j in range(k + 1, min(len(lines), k + 1 + MAX_TITLE_LINES)):
            if not lines[j]:
                break
            block.append(lines[j])
        after = tidy(block[0]) if block else ""
        if STRONG_LEAD.match(after) or DATELINE.match(after) or (
                len(block) < MAX_TITLE_LINES and looks_like_title(block) and not ends_sentence(block[-1])):
            out.add(lines[k].nos[0])     # a lead, or a headline set apart, opens the next report
    return frozenset(out)


def indented_lines(text: str) -> frozenset[int]:
    """Return the numbers (from 1) of the source lines printed with a leading indent: a paragraph's
    first line (the text layer keeps the full-width spaces that stripped lines lose)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return frozenset(no for no, raw in enumerate(lines, 1) if raw[:1] in ("\u3000", " ", "\t") and raw.strip())


def segment_lines(lines: list[str], ends: frozenset[int] = frozenset(),
                  indented: frozenset[int] = frozenset()) -> list[Piece]:
    """Return the articles of a page, titles placed, paragraphs rebuilt.

    ends holds the numbers of source lines (noise now, blank here) after which an article
    stops whatever follows: （下转第4版） says the rest is printed on another page.
    """
    lines, starts = brief_starts(join_split_names(lines))
    lines = separate_glued_starts(split_attributions(join_broken_attributions(lines)))
    lines = _headline_under_label(lines, ends, indented)
    pieces: list[Piece] = []
    chunk: list[str] = []
    byline = None                 # a byline under the chunk's title: it opens the article, not ends one
    caption = False               # a photo caption under an attribution belongs to the article above
    related = False               # so does a 相关链接 box, to the end of its paragraph
    width = column_width(lines)
    for i, line in enumerate(lines):
        if line and not any(chunk) and pieces and pieces[-1].attribution_line is not None and (
                caption or related or CAPTION_START.match(tidy(line)) or RELATED_START.match(tidy(line))):
            related = (related or bool(RELATED_START.match(tidy(line)))) and not (
                ends_sentence(line) and visual_width(line) <= width - 1)
            pieces[-1].body_lines += ["", line]
            caption = not related and not (ends_sentence(line) or _PHOTO_CREDIT_END.search(tidy(line)))
            continue
        caption = related = False
        if line and _RELATED_LABEL.fullmatch(tidy(line)) and any(chunk) \
                and ends_sentence(next(ln for ln in reversed(chunk) if ln)) and _next_filled(lines, i + 1):
            # 相关链接 on a line of its own under a finished article: a box of its own follows (its
            # headline, text and credit); the label, left to no article, is a noise line
            pieces.extend(_close_chunk(chunk, byline, None))
            chunk, byline = [], None
            continue
        if not line and set(getattr(line, "nos", ())[:1]) & ends and any(chunk) and (
                byline is not None or trailing_titles(chunk) is None):
            # Continued on another page, or a label above the next article: this one ends. Headlines
            # alone go on with the chunk: titles printed after the page's articles, above a footer label.
            pieces.extend(_close_chunk(chunk, byline, None))
            chunk, byline = [], None
            continue
        if line and set(getattr(line, "nos", ())[:1]) & starts and any(chunk):
            # A brief item's marker opens the next; a column label right above it (党建快讯) heads the
            # items: left to no article, it becomes a noise line.
            # (Under a brief item, not a report, such a line is the item's own: a run of items has one label.)
            item = set(getattr(next(ln for ln in chunk if ln), "nos", ())[:1]) & starts
            pieces.extend(_close_chunk(chunk if item else chunk[:_label_at_end(chunk)], byline, None))
            chunk, byline = [], None
        if not is_attribution(line) or hint_of(line) == CAPTION:
            if line and not _top_byline_at(lines, i, chunk) and (
                    _byline_opens_article(line, chunk) or _name_opens_article(lines, i, chunk)):
                # 文/某某 after a finished article opens the next — also when the article before had a
                # byline of its own at its top: then nothing else closes it.
                head = _opening_head(chunk)
                pieces.extend(_close_chunk(chunk[:len(chunk) - len(head)], byline, None))
                chunk, byline = head, None
            if byline is None and line and _top_byline_at(lines, i, chunk):
                byline = line
                chunk.append(BYLINE_GAP)            # the title stays apart from the lead under it
                continue
            if byline is not None and line and _byline_goes_on(chunk, line):
                # a second role under the first (本报记者 某某 / 通讯员 某某), double spacing or not
                byline = Ln(byline.strip() + " " + line.strip(), getattr(byline, "nos", ()) + getattr(line, "nos", ()))
                continue
            chunk.append(line)
        elif not any(chunk) and pieces and pieces[-1].attribution_line is not None:
            add_attribution(pieces[-1], line)       # a second attribution line: （据…） then （通讯员 …）
            chunk = []
        elif byline is None and BYLINE_ONLY.match(tidy(line)) and _title_only(chunk):
            byline = line
            chunk.append(BYLINE_GAP)                # the title stays apart from the lead under it
        else:
            pieces.extend(_close_chunk(chunk, byline, line))
            chunk, byline = [], None
    orphans = trailing_titles(chunk) if pieces and byline is None else None
    if orphans is None:
        head = _title_below_bylined(chunk, byline)
        found = _close_chunk(chunk[:len(chunk) - len(head)], byline, None)
        orphans = []
        if head and len(found) == 1 and found[0].title is None:
            # the page's last piece opened with its byline and printed its headline under its text
            found[0].title_lines = [ln for ln in head if ln]
            found[0].title = join_lines(found[0].title_lines)
        elif head and len(found) == 1:
            # the headline above its byline is the title printed after the piece before (moved there
            # below): its own stands under its text, for the titles' placing to give it
            orphans = trailing_titles(head) or []
        elif head:
            found = _close_chunk(chunk, byline, None)
        pieces.extend(found)
    articles = [p for p in pieces if p.body_lines]
    titles_after_their_articles(articles)
    place_orphan_titles(articles, orphans)
    for piece in articles:
        piece.groups = _without_pull_quotes(_captions_apart(paragraph_groups(piece.body_lines)), width)
        piece.paragraphs = [join_lines(group) for group in piece.groups]
        _dateline_to_attribution(piece)
        if not piece.title:
            piece.title, piece.title_derived = derive_title(piece.paragraphs), True
    return [p for p in articles if p.paragraphs]


# A caption's end: its photographer's credit (（某某 摄）, 本报记者 某某 摄) or its sentence's end.
_CREDIT_END = re.compile(r"摄\s*[）)]?$")
MAX_CAPTION_LINES = 4


def _captions_apart(groups: list[list[str]]) -> list[list[str]]:
    """Set a photo caption the column printed inside a paragraph apart as a paragraph of its own:
    a line opening with 图为 / ▲ where a line ends (a finished sentence, a subheading) up to its
    credit or its sentence's end. The text under it goes on as a paragraph of its own."""
    out: list[list[str]] = []
    for group in groups:
        k = next((k for k in range(len(group)) if _caption_opens(group, k)), None)
        end = _caption_end(group, k) if k is not None else None
        if end is None:
            k, end = _credited_caption(group)
        if end is None or k == 0 and end == len(group) - 1:
            out.append(group)               # no caption, or one that is the whole paragraph already
            continue
        out += ([group[:k]] if k else []) + [group[k:end + 1]] + (
            _captions_apart([group[end + 1:]]) if group[end + 1:] else [])
    return out


# A caption with no marker: one short sentence, then its photographer's credit with no brackets
# (推进会现场。　　通讯员 某某 摄) — a credit no sentence of running text ends with.
_CREDITED_CAPTION = re.compile(r"^[^。！？，]{2,40}[。！？](?:记者|通讯员|摄影记者|本报记者)?[\u4e00-\u9fff·]{2,9}摄$")


def _credited_caption(group: list[str]) -> tuple[int | None, int | None]:
    """Return (first, last) line of a caption the column printed inside a paragraph without 图为 or
    ▲: it starts a line after a finished sentence and ends a line or two below with a bare credit
    (……现场。　　记者 某某 摄); (None, None) when there is none."""
    for end in range(len(group)):
        if not tidy(group[end]).endswith("摄"):
            continue
        for k in range(end, max(-1, end - 3), -1):
            if k and not ends_sentence(group[k - 1]):
                continue
            text = "".join("".join(group[j].split()) for j in range(k, end + 1))
            if _CREDITED_CAPTION.match(text):
                return k, end
    return None, None


def _caption_opens(group: list[str], k: int) -> bool:
    if not CAPTION_START.match(tidy(group[k])):
        return False
    previous = tidy(group[k - 1]) if k else ""
    return not previous or ends_sentence(previous) or not _TITLE_FORBIDDEN.search(previous)


def _caption_end(group: list[str], k: int) -> int | None:
    """Return the caption's last line from line k: its credit, or its first sentence end; None
    when neither comes within a few lines (running text that happens to open with 图为)."""
    for j in range(k, min(len(group), k + MAX_CAPTION_LINES)):
        text = tidy(group[j])
        if _CREDIT_END.search(text):
            return j
        if ends_sentence(group[j]) and not (j + 1 < len(group) and _CREDIT_END.search(tidy(group[j + 1]))
                                            and len(tidy(group[j + 1])) <= 20):
            return j
    return None


# A pull quote repeats a sentence the article prints: long enough not to repeat by chance.
MIN_QUOTE_CHARS = 8
_BRACKETED = re.compile(r"【([^【】]+)】")
_SENTENCES = re.compile(r"[^。！？]+[。！？]”?")
_ENDS_SENTENCE = re.compile(r"[。！？]”?$")


def _without_pull_quotes(groups: list[list[str]], width: float) -> list[list[str]]:
    """Leave out the pull quotes: a paragraph set narrower than the column (every line short) whose
    sentences the article prints in another paragraph. Left to no article, it is a noise line."""
    groups = _numbered_headings_apart(groups)
    texts = ["".join(join_lines(g).split()) for g in groups]
    out = []
    for k, group in enumerate(groups):
        if len(texts[k]) >= MIN_QUOTE_CHARS and not ends_sentence(group[-1]) and _opens_a_paragraph_near(texts, k) \
                and not _NUMBERED.match(texts[k]):
            continue             # the opening words of a paragraph below, printed large above it, unfinished
        cut = _bracketed_quote(group, texts, k)
        if cut:                  # 【a sentence the article prints】 set in large type: a pull quote
            group = group[cut:]
            if not group:
                continue

        # Only a text that ends a sentence can be all sentences; asked of one that does not, the pattern
        # would rescan its unfinished tail from every position (quadratic on a page-long paragraph).
        sentences = _SENTENCES.findall(texts[k]) if _ENDS_SENTENCE.search(texts[k]) else []
        quote = (len(texts[k]) >= MIN_QUOTE_CHARS and ends_sentence(group[-1]) and sentences
                 and "".join(sentences) == texts[k]
                 and (all(visual_width(ln) <= 0.75 * width for ln in group) or _opens_a_paragraph_near(texts, k))
                 and all(any(s in t for j, t in enumerate(texts) if j != k and len(t) > len(texts[k]))
                         for s in sentences))
        if not quote:
            out.append(group)
    return out


_NUMBERED = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")


def _numbered_headings_apart(groups: list[list[str]]) -> list[list[str]]:
    """Set a numbered subheading ((二)坚持围绕中心、服务大局) apart from an unfinished line above it that
    the paragraph joining glued it to: the heading opens a paragraph of its own."""
    from .clean import _NUMBERED_HEADING
    out: list[list[str]] = []
    for group in groups:
        start = 0
        for k in range(1, len(group)):
            if group[k] and _NUMBERED_HEADING.match(tidy(group[k])):
                out.append(group[start:k])
                start = k
        out.append(group[start:])
    return [g for g in out if any(g)]


def _bracketed_quote(group: list[str], texts: list[str], k: int) -> int:
    """Return how many of the group's first lines make a bracketed pull quote (【让清廉成为… / …自觉】),
    0 when none: a sentence of another paragraph, printed again in 【】 — double spacing may have
    glued it to the paragraph under it."""
    for j in range(1, min(len(group), MAX_TITLE_LINES) + 1):
        text = "".join(join_lines(group[:j]).split())
        bracketed = _BRACKETED.fullmatch(text)
        if bracketed:
            quote = bracketed.group(1)
            rest = texts[k][len(text):]
            found = len(quote) >= MIN_QUOTE_CHARS and (
                quote in rest or any(quote in t for n, t in enumerate(texts) if n != k))
            return j if found else 0
        if "】" in text:
            return 0
    return 0


def _opens_a_paragraph_near(texts: list[str], k: int) -> bool:
    """Whether a paragraph one or two below opens with the whole of paragraph k: a quote set in larger
    type above the passage it repeats (across a subheading), however wide its lines."""
    return any(len(t) > len(texts[k]) and t.startswith(texts[k]) for t in texts[k + 1:k + 3])


_HEADLINE_CHUNK_LINES = 8 * MAX_TITLE_LINES     # lines, blanks included, a chunk that is one headline may take


def _top_byline_at(lines: list[str], i: int, chunk: list[str]) -> bool:
    """Whether line i is a byline under the chunk's headline (文/某某, 本报评论员, a name set apart)."""
    if not is_top_byline(lines[i]):
        return False
    if not any(chunk):               # 本报记者 某某 at the top of a page whose title is printed elsewhere
        return bool(TOP_BYLINE.match(tidy(lines[i])))
    # A headline (with its label, set double-spaced) is a few lines: a longer chunk is none, and asking
    # the four tests of every line of a long one (a page-long honour list) would be quadratic.
    if len(chunk) > _HEADLINE_CHUNK_LINES or not (
            _title_only(chunk) or _label_then_title(chunk) or _spaced_title(chunk) or _split_title(chunk)):
        return False
    if not is_author_name(lines[i]):
        return True
    if TOP_BYLINE.match(tidy(next(iter(_filled_after(lines, i + 1, 1)), ""))):
        return False     # a name right above 本报记者 某某 is the headline's end (——访…局长阿 / 不都·热合曼)
    # A plain name alone could be a headline's last line (……座 / 谈会): a blank must set it apart
    # from the headline. A ·-name (买买提江·吾斯曼) is no headline's end.
    # Nor is a full name under a headline a scan's blank split (深刻把握“两个结合” / / 的重大意义 / 罗国庆) with
    # running text under it: the split headline's second part is its end (round twelve, OCR).
    return chunk[-1] == "" or "·" in lines[i] or (
        _split_title(chunk) and len(tidy(lines[i])) >= 3
        and bool(_TITLE_FORBIDDEN.search(_next_filled(lines, i + 1))))


def _without_run_on_ends(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut from a headline block its last line when the text under it opens with a clause's
    punctuation (工作法 / / 每幢楼宇建立一个服务站 / / 、配备…): that line opens a sentence, not a headline."""
    out = []
    for start, end in blocks:
        filled = [k for k in range(start, end) if lines[k]]
        if len(filled) >= 2 and _sentence_runs_on(lines, end):
            out.append((start, filled[-2] + 1))
        else:
            out.append((start, end))
    return out


def _sentence_runs_on(lines: list[str], end: int) -> bool:
    """Whether the next filled line from end opens with a clause's punctuation (、配备… / ，…): the
    block above it is a sentence the column (or double spacing) broke, not a headline's line."""
    following = next((lines[k] for k in range(end, len(lines)) if lines[k]), "")
    return tidy(following)[:1] in tuple("、，。；：！？）”,;:")


def _spaced_headline_to_lead(title_lines: list[str], lines: list[str], start: int, end: int) -> bool:
    """Whether the one-line block start:end goes on with the headline above it where double spacing set
    every line apart (kicker / title / its broken end): with it the lines still read as one headline,
    and down to a lead (本报讯…, 10月8日，) come only more such one-line blocks."""
    if end - start != 1 or len(title_lines) + 1 > MAX_TITLE_LINES or is_top_byline(lines[start]) \
            or not looks_like_title(title_lines + [lines[start]]):
        return False
    k, added = end, 1
    while True:
        j = next((m for m in range(k, len(lines)) if lines[m]), None)
        if j is None:
            return False
        text = tidy(lines[j])
        if DATELINE.match(text) or STRONG_LEAD.match(text):
            return True
        if (j + 1 < len(lines) and lines[j + 1]) or len(title_lines) + added + 1 > MAX_TITLE_LINES \
                or is_top_byline(lines[j]) or not looks_like_title(title_lines + [lines[start]] + [lines[j]]):
            return False
        k, added = j + 1, added + 1


def _title_below_bylined(chunk: list[str], byline) -> list[str]:
    """Return the headline block a chunk opened by its byline alone (no headline above it) ends with,
    under a finished sentence — the piece's headline printed after its text, as the page's other
    pieces print theirs; [] when there is none."""
    if byline is None:
        return []
    gap = next((k for k, ln in enumerate(chunk) if ln is BYLINE_GAP), None)
    if gap is None or any(chunk[:gap]) and trailing_titles(chunk[:gap]) is None:
        return []
    head = _headline_at_end(chunk)
    if not head:            # no blank sets it apart (a page without blank lines): the run of headline lines
        end = len(chunk)
        while end and not chunk[end - 1]:
            end -= 1
        run = _title_run_ending_at(chunk[:end])
        head = chunk[end - run:] if run else []
    filled = [ln for ln in chunk[:len(chunk) - len(head)] if ln]
    if not head or not filled or not ends_sentence(filled[-1]) or len([ln for ln in head if ln]) > MAX_TITLE_LINES:
        return []
    if any(tidy(ln)[:1] in "（([【" or is_attribution(ln) for ln in head if ln):
        return []           # a note or credit in brackets (（作者单位：…（…）…）) is no headline
    return head


def _byline_goes_on(chunk: list[str], line: str) -> bool:
    """Whether line carries on the byline just taken: nothing but blanks since it, and the line is a
    role with names (通讯员 某某, 记者 某某) — not a lone name, which may be the lead's first line."""
    if not (_ROLE_LINE.match(tidy(line)) and TOP_BYLINE.match(tidy(line))):
        return False
    # Walk back from the end, not forward from the start: this runs for every line after a byline, and
    # a rescan of the whole chunk made a long bylined article quadratic (32,000 lines: 39 s).
    for ln in reversed(chunk):
        if ln is BYLINE_GAP:
            return True
        if ln:
            return False
    return False


_ROLE_LINE = re.compile("^" + _ROLE)      # the roles a byline names, as openings reads them


def _byline_opens_article(line: str, chunk: list[str]) -> bool:
    """Whether a byline (文/某某, 本报评论员 — not a lone name) follows a finished article's last sentence."""
    if not TOP_BYLINE.match(tidy(line)):
        return False
    filled = [ln for ln in chunk if ln]
    head = _opening_head(chunk)
    before = filled[:len(filled) - len([ln for ln in head if ln])]
    return bool(before) and (ends_sentence(before[-1]) or bool(_PHOTO_CREDIT_END.search(tidy(before[-1]))))


# A list of names (an honour list's last line): names of 2–4 characters (or ·-names) between 、.
_NAME_LIST = re.compile(r"^[\u4e00-\u9fff·]{2,12}(、[\u4e00-\u9fff·]{2,12}){2,}[。；]?$")


def _title_run_after_list(out: list[str]) -> int:
    """Return the size of a headline-like run at the end of out right under a list of names, 0 when none."""
    for size in range(1, MAX_TITLE_LINES + 1):
        if len(out) <= size or not all(out[-size:]) or _TITLE_FORBIDDEN.search(out[-size]):
            return 0
        if _NAME_LIST.match(tidy(out[-size - 1])) and looks_like_title(out[-size:]):
            return size
    return 0


# A line of a list: items (names, units) between 、, none a sentence.
_LIST_LINE = re.compile(r"^[^，。；！？：、,;:]{2,15}(?:、[^，。；！？：、,;:]{2,15})+[。；]?$")


def _hinted_subheading(lines: list[str], start: int, end: int) -> bool:
    """Whether a block the file marks as a heading (bold in a Word file) stands inside a report rather
    than heading the next one: a list's category between 名单如下： (or another list line) and its list.
    (A short bold subheading naming no body — 把握学习重点 — reads as a bulletin's title naming none,
    守初心担使命: only the layout can tell them apart, and a file setting both in plain bold does not.)"""
    above = _last_filled_before(lines, start)
    first_under = next((lines[k] for k in range(end, len(lines)) if lines[k]), "")
    return bool(_LIST_LINE.match(tidy(first_under))) and above is not None and (
        tidy(above).endswith(("：", ":")) or bool(_LIST_LINE.match(tidy(above))))


def _weak_lead_under_caption(lines: list[str], start: int, end: int) -> bool:
    """Whether a headline-like block right under a photo's credit has no lead that opens a report under
    it (a date, 近日, a dateline): a caption stands inside its article, so what follows it goes on with
    the article unless a new report plainly opens (……“以学促干” / 为题讲授专题党课，… is text)."""
    previous = _last_filled_before(lines, start)
    if previous is None or not _PHOTO_CREDIT_END.search(tidy(previous)):
        return False
    return not STRONG_LEAD.match(_next_filled(lines, end))


def _title_after_a_credit(lines: list[str], start: int, end: int) -> bool:
    """Whether the block start:end is a headline under a photo caption's bare credit (……现场。　　记者
    某某 摄): the caption ends what stands above as a finished sentence would, and a lead opens under it."""
    previous = _last_filled_before(lines, start)
    if previous is None or not tidy(previous).endswith("摄") or not looks_like_title(lines[start:end]):
        return False
    return _opens_article(lines[start:end], _next_filled(lines, end))


def _title_after_a_list(lines: list[str], start: int, end: int) -> bool:
    """Whether the block start:end is the next article's headline under a list of names (an honour
    list ends with names, not a finished sentence): it reads as a headline and a lead opens under it."""
    previous = _last_filled_before(lines, start)
    if previous is None or not (_NAME_LIST.match(tidy(previous)) or _ends_a_list(lines, start)) \
            or not looks_like_title(lines[start:end]):
        return False
    return _opens_article(lines[start:end], _next_filled(lines, end))


# The end of a list the column broke over lines (省某某站党支部、某某市民政局机关第二党支部、某某院
# / 党支部): after the paragraph's last heading or sentence, names or units between 、, none punctuated.
_LIST_TAIL = re.compile(r"(?:^|[。；：:）)])([\u4e00-\u9fff·]{2,20}(?:、[\u4e00-\u9fff·]{2,20}){2,})$")


def _ends_a_list(lines: list[str], start: int) -> bool:
    """Whether the paragraph above start (the filled lines up to the blank before start) ends with a
    list of three or more names or units between 、."""
    k = start
    while k > 0 and not lines[k - 1]:
        k -= 1
    tail = []
    while k > 0 and lines[k - 1] and len(tail) < 4:
        tail.insert(0, tidy(lines[k - 1]))
        k -= 1
    text = "".join(tail)
    return bool(tail) and not ends_sentence(text) and bool(_LIST_TAIL.search(text[-120:]))


def _label_at_end(chunk: list[str]) -> int:
    """Return where a column label the chunk ends with starts (len(chunk) when there is none): one
    short headline-like line, not a name, set apart under a finished sentence."""
    spans = _blocks(chunk)
    if len(spans) == 1 and spans[0][1] - spans[0][0] == 1:
        # the chunk is that line alone (an attribution closed the article above it: 短讯 / ● …)
        label = chunk[spans[0][0]]
        alone = 2 <= len(tidy(label)) <= MAX_LABEL_CHARS and not _TITLE_FORBIDDEN.search(label) \
            and not re.search(r"[\d（）()：:]", label) and not is_top_byline(label)
        return spans[0][0] if alone else len(chunk)
    if len(spans) < 2 or spans[-1][1] - spans[-1][0] != 1:
        return len(chunk)
    label, before = chunk[spans[-1][0]], chunk[spans[-2][1] - 1]
    if len(tidy(label)) > MAX_LABEL_CHARS or not looks_like_title([label]) or is_top_byline(label) \
            or not ends_sentence(before):
        return len(chunk)
    return spans[-1][0]


def _opening_head(chunk: list[str]) -> list[str]:
    """Return the headline block the chunk ends with (see _headline_at_end), with the column label
    set apart above it when there is one (理论园地 / 以“四个结合”推动 / …): a piece's byline under
    them opens a piece that starts at the label."""
    head = _headline_at_end(chunk)
    rest = chunk[:len(chunk) - len(head)]
    spans = _blocks(rest)
    if not head or len(spans) < 2 or spans[-1][1] - spans[-1][0] != 1:
        return head
    label = rest[spans[-1][0]]
    if len(tidy(label)) > MAX_LABEL_CHARS or not looks_like_title([label]):
        return head
    return chunk[spans[-1][0]:]




def _name_opens_article(lines: list[str], i: int, chunk: list[str]) -> bool:
    """Whether a writer's name alone (方志清, 黄 芷若, 刘 瑾 许一鸣), set apart by blanks, under a headline
    block that follows a finished sentence and a blank, opens the next piece. A theory page prints
    piece after piece this way; the piece above may carry its byline at its top, so nothing else
    ends it. A heading inside a report has no name under it, or names with no text running on
    (an honour list's category): running text must follow the name."""
    line = lines[i]
    if TOP_BYLINE.match(tidy(line)) or not is_top_byline(line):
        return False                    # 文/某某, 本报评论员: _byline_opens_article asks those
    if not chunk or chunk[-1]:
        return False                    # not set apart: a headline's last line (……座 / 谈会)
    head = [ln for ln in _opening_head(chunk) if ln]
    if len(join_lines([ln for ln in _headline_at_end(chunk) if ln])) < MIN_PIECE_HEADLINE:
        return False                    # a short heading (服务之星): a subheading, or a list's category
    filled = [ln for ln in chunk if ln]
    before = filled[:len(filled) - len(head)]
    return bool(before) and _ends_a_passage(before[-1]) and bool(_TITLE_FORBIDDEN.search(_next_filled(lines, i + 1)))


def _ends_a_passage(line: str) -> bool:
    """Whether the text above a headline and a name ends where a passage can: a finished sentence, or
    a clause (…结合起来，) where a fragment continued from another page stops — no heading of the
    same piece comes after a comma, so a headline, a name and running text under it open another."""
    return ends_sentence(line) or tidy(line)[-1:] in ("，", "；", ",", ";")


# A piece's headline says what it argues (以高质量党建推动民政事业发展); a subheading or a list's
# category is a few words (服务之星, 志愿服务常态化).
MIN_PIECE_HEADLINE = 10


def _dateline_to_attribution(piece: Piece) -> None:
    """Move a dateline opening the lead (本报讯（记者 某某）) to the front of the attribution."""
    if not piece.paragraphs:
        return
    dateline, lead = split_dateline(piece.paragraphs[0])
    if dateline is None:
        return
    piece.paragraphs[0] = lead
    piece.attribution = dateline + (piece.attribution or "")




def _close_chunk(chunk: list[str], byline, attribution) -> list[Piece]:
    """Cut a chunk into articles: the byline under its title goes to the first, the attribution to the last."""
    cut = _second_signature(chunk, byline, attribution)
    if cut is not None:
        # Two writers sign the chunk, one at its top and another at its bottom: two pieces.
        return _close_chunk(chunk[:cut[0]], byline, None) + _close_chunk(
            chunk[cut[0]:cut[1]] + [""] + chunk[cut[1]:], None, attribution)
    found = split_chunk(chunk, opened=byline is not None)
    if found and byline is not None:
        add_attribution(found[0], byline)
    if found and attribution is not None and found[-1].body_lines:
        add_attribution(found[-1], attribution)
    return found


def _second_signature(chunk: list[str], byline, attribution) -> tuple[int, int] | None:
    """Where the piece a second writer signs at the chunk's bottom starts, as (headline, text under it).

    A piece with its byline at the top (本刊评论员, 文/某某) does not also end with another writer's
    文/某某（作者单位：…）: the last headline after a finished sentence and a blank opens the signed
    one. The same writer at both ends is one piece. None when there is no such headline.
    """
    if byline is None or attribution is None or not SIGNED.fullmatch(tidy(attribution)):
        return None
    signer = byline_names(attribution)
    if signer and set(signer) & set(byline_names(byline)):
        return None
    for start in range(len(chunk) - 2, 0, -1):
        if not chunk[start] or chunk[start - 1]:
            continue          # a headline stands after a blank
        before = next((ln for ln in reversed(chunk[:start]) if ln), None)
        if before is None or not ends_sentence(before):
            continue
        for k in range(start + 1, min(len(chunk), start + MAX_TITLE_LINES + 1)):
            if not chunk[k]:
                if looks_like_title(chunk[start:k]):
                    return start, k
                break
            if looks_like_title(chunk[start:k]) and not looks_like_title(chunk[start:k + 1]) \
                    and _TITLE_FORBIDDEN.search(tidy(chunk[k])):
                return start, k
    return None

