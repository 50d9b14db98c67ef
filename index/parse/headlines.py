"""What reads as a headline and what opens an article under it.

A headline is a block of a few short lines without ，。；！？ that does not open like a
lead; a lead opens with a date, 近日, a dateline (本报讯, 本报某地某日电) or, under a
headline-long title, a purpose clause (为……，, 今年以来，). :mod:`.segmentation` cuts a page
with these answers; :mod:`.furniture` and :mod:`.openings` ask them too.
"""
from __future__ import annotations

import functools
import itertools
import re

from .attributions import is_attribution
from .clean import OCR_DIGIT, PAGE_CACHE, column_width, ends_sentence, join_lines, tidy, visual_width
from .lexicon import load_lexicon
from .openings import DATELINE, TOP_BYLINE, is_author_name, is_top_byline

LEAD_START = re.compile(r"^(本报讯|近日|日前|近期|为(了)?|今年以来|年初以来|据悉|\d{1,4}\s*(年|月))")

# A lead's day or month as a scan reads it (OCR, round twelve): a misread 1 or 0 (]2月30日，, l0月, ]月6日，,
# lO日) and a stray space between a number's two digits (1 2月) are still that number (clean.OCR_DIGIT).
_N = rf"{OCR_DIGIT}(?: ?{OCR_DIGIT})?"

# OCR fuses 6月 into 明 (明12日，…: DOMAIN.md); a line opening 明 and a day is that date, not a word.
_MONTH = rf"({_N}\s*月|明(?=\s*\d{{1,2}}\s*日))"

_DAY_SPAN = rf"(\d{{4}}\s*年\s*)?{_MONTH}\s*{_N}\s*(日|曰|(?=\s*至\s*\d))"

# A day alone opens a brief's lead (5日上午，…): the month is the issue's.
_DAY_ONLY = rf"{_N}\s*[日曰]\s*(上午|下午|晚上|晚间)?\s*[，,]"

# A part of a month opens a lead as a day does (DOMAIN.md: 3月上旬 / 中旬 / 下旬).
_PERIOD = rf"(\d{{4}}\s*年\s*)?{_N}\s*月\s*[上中下]旬\s*[，,]"

# …and so does the season of a year's turn or a holiday (岁末年初，/ 春节前夕，: no day, the date).
_YEAR_TURN = r"(岁末年初|年末岁初|岁末|(元旦|春节|元旦春节|中秋|国庆|“七一”|七一)(前夕|期间))\s*[，,]"

STRONG_LEAD = re.compile(rf"^(本报讯|{DATELINE.pattern[1:]}|近日|日前|近期|{_DAY_SPAN}|{_DAY_ONLY}|{_PERIOD}|{_YEAR_TURN})")

_NEW_LEAD = re.compile(rf"^(近日|日前|{_DAY_SPAN}[^，。]{{0,8}}，|{_PERIOD})")     # (4月上旬， as 4月11日，: round twelve)

# What may open another report once the article before has finished (asked with the body it names):
# a day, a part of a month, or a span up to now (今年以来，近年来，).
REPORT_OPENING = re.compile(rf"^(近日|日前|近期[，,]|{_YEAR_TURN}|{_DAY_SPAN}[^，。]{{0,8}}，|{_PERIOD}|(今年|去年|近年|年初|年底|去年底|今年初|入[春夏秋冬]|开春|入汛|连日|近期|\d{{1,2}}\s*月)以?来[，,])")

_TITLE_FORBIDDEN = re.compile(r"[，。；！？,;]")

_PHOTO_CREDIT_END = re.compile(r"摄[）)]$")
# A photographer's credit standing alone in brackets ((李某　摄), (摄影 王某)): a caption's end, never a headline.
_BARE_CREDIT = re.compile(r"[（(][^（）()]{1,24}摄影?[）)]|[（(]\s*摄影[^（）()]{1,24}[）)]")

MAX_TITLE_LINES = 6           # a kicker, a two-line headline and a two-line ——subtitle

MAX_TITLE_CHARS = 90

# Numbered subheadings and enumerations (一、 （一） 1. 第一，) are body, never a new article's title.
_ENUMERATION = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[，、])")

# A speaker's turn in an interview (问：…, 答：…) is running text however the column cuts it.
_TURN = re.compile(r"^(问|答|记者|主持人|[QA])\s*[:：]")

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

# A headline never ends on these: a line ending so goes on in the next (城关镇民政办： / “党员代办”…).
_UNFINISHED = "：:、“《（(——"


def headline_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Return the runs of non-blank lines, a headline that a blank split in two taken as one run.

    Word files and double-spaced pages print a two-line headline as two paragraphs. The two
    are one headline when together they read as one, a paragraph (not a lead) follows, and
    either the first cannot end a headline (：、“) or neither is followed by a lead of its own.
    """
    spans = _blocks(lines)
    out: list[tuple[int, int]] = []
    width = column_width(lines) if len(spans) > 1 else 0.0
    k = 0
    while k < len(spans):
        last = spaced_headline_end(lines, spans, k, width)
        if last is not None:
            out.append((spans[k][0], spans[last][1]))
            k = last + 1
        elif k + 1 < len(spans) and _one_headline(lines, spans[k], spans[k + 1], width):
            out.append((spans[k][0], spans[k + 1][1]))
            k += 2
        else:
            out.append(spans[k])
            k += 1
    return out


def _one_headline(lines: list[str], first: tuple[int, int], second: tuple[int, int], width: float = 0.0) -> bool:
    head, tail = lines[first[0]:first[1]], lines[second[0]:second[1]]
    if len(head) > 2 or len(tail) != 1 or not looks_like_title(head + tail) or not _balanced(head + tail):
        return False                 # …阐明了“两个结 / 合”的重大意义: a sentence the column broke
    if _fills_the_column(tail[0], head, width):
        return False                 # a double-spaced paragraph's first line, unpunctuated by chance
    under = _next_filled(lines, second[1])
    if not under or not _TITLE_FORBIDDEN.search(under) or STRONG_LEAD.match(tidy(tail[0])):
        return False                 # a headline or nothing under the pair; or the second is a lead
    if tidy(head[-1]).endswith(tuple(_UNFINISHED)):
        return True
    if len(head) == 1 and STRONG_LEAD.match(under) and double_spaced_above(lines, first[0]):
        return True                  # double spacing set a headline's lines apart: the lead is under both
    return looks_like_title(head) and not STRONG_LEAD.match(under)


def spaced_headline_end(lines: list[str], spans: list[tuple[int, int]], k: int, width: float,
                        open_end: bool = False) -> int | None:
    """Return the last of the one-line blocks from span k that together are one headline set with a
    blank after each line (a magazine's double spacing: kicker / title / ——subtitle / its end), or None.

    Three lines or more, at the text's start or after a finished sentence, none filling the column
    (a paragraph's line; a ——subtitle may), that read as one headline with a byline or a lead under
    them — or, at the text's start, any paragraph (the byline was taken off already), or nothing when
    open_end (the text so far is the headline). A name alone left in the text ends the headline
    (——访…书记 / 古丽娜尔·吐尔逊, over 本刊记者 …); right above a lead it is the byline."""
    before = _last_filled_before(lines, spans[k][0])
    if before is not None and not ends_sentence(before) and not is_attribution(before):
        return None
    best = None
    for j in range(k, min(len(spans), k + MAX_TITLE_LINES)):
        start, end = spans[j]
        line = lines[start]
        if end - start != 1 or _fills_the_column(line, [], width) and not tidy(line).startswith("——"):
            break
        run = [lines[s] for s, _e in spans[k:j + 1]]
        if not looks_like_title(run) or not _may_follow_a_subtitle(run):
            break
        if j - k < 2 or not _balanced(run):
            continue
        under = tidy(lines[spans[j + 1][0]]) if j + 1 < len(spans) else None
        if under is None:
            best = j if open_end else best
        elif is_author_name(run[-1]) and STRONG_LEAD.match(under):
            continue
        elif is_top_byline(under) or STRONG_LEAD.match(under) or before is None and _TITLE_FORBIDDEN.search(under):
            best = j
    return best


def _may_follow_a_subtitle(run: list[str]) -> bool:
    """Whether the run's last line may stand under its ——subtitle, if any: a ——subtitle ends a
    headline, so only its own broken end (……实践与思 / 考) or the name it announces may follow."""
    dash = next((k for k, ln in enumerate(run) if tidy(ln).startswith("——")), None)
    if dash is None or dash == len(run) - 1:
        return True
    last = tidy(run[-1])
    return dash == len(run) - 2 and (is_author_name(last) or 2 * visual_width(last) < visual_width(run[dash]))


def _fills_the_column(line: str, head: list[str], width: float) -> bool:
    """Whether a line fills the column, wider than every line of the headline above it: set in
    the body's type, it opens a paragraph (a headline's larger type holds fewer characters)."""
    return width >= 10 and visual_width(line) >= width - 0.5 and all(visual_width(h) < visual_width(line) for h in head)


def _balanced(lines: list[str]) -> bool:
    """Whether every quote and bracket opened in the lines is closed in them (a whole headline)."""
    text = "".join(lines)
    return all(text.count(o) == text.count(c) for o, c in ("“”", "《》", "（）", "()"))


def looks_like_title(lines: list[str]) -> bool:
    """Whether a block of lines reads as a headline rather than running text."""
    return _title_like(tuple(ln for ln in lines if ln))

@functools.lru_cache(maxsize=PAGE_CACHE)
def _title_like(lines: tuple[str, ...]) -> bool:
    # Cached: asked of the last one to four lines after every line of the page (separate_glued_starts).
    # The line count and the ，。；！？ test come before the join (joining keeps every character but
    # whitespace), so a paragraph block is not joined only to be refused.
    if not 0 < len(lines) <= MAX_TITLE_LINES or any(_TITLE_FORBIDDEN.search(ln) for ln in lines):
        return False
    if any(DATELINE.match(tidy(ln)) for ln in lines[1:]):
        return False                 # the headline ends where a dateline opens the lead
    if any(_TURN.match(tidy(ln)) for ln in lines):
        return False                 # an interview's turn (记者：…) opens text, under a headline or not
    text = join_lines(lines)
    return (4 <= len(text) <= MAX_TITLE_CHARS and not _TITLE_FORBIDDEN.search(text)
            and not LEAD_START.match(text) and not _ENUMERATION.match(text) and not is_attribution(text) and text[-1] not in "、：:“《（("
            and not _BARE_CREDIT.fullmatch(text))

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
    return (previous is not None and (ends_sentence(previous) or bool(_PHOTO_CREDIT_END.search(tidy(previous)))
                                      or title_printed_after(lines, start) is not None
                                      or _apart_above_a_dateline(lines, start, rest))
            and _opens_article(lines[start:end], join_lines(rest)))


def _apart_above_a_dateline(lines: list[str], start: int, rest: list[str]) -> bool:
    """Whether a headline block is set apart by a blank above and has a dateline under it (…救助管理站
    党支部 / blank / 晋中市…举办“七一”主题党课 / 本报晋中6月24日讯…): the text above may end
    unpunctuated (a list of names or units), the dateline says a new report opens."""
    return start > 0 and not lines[start - 1] and bool(DATELINE.match(tidy(rest[0]))) \
        and not double_spaced_above(lines, start)      # double spacing sets a headline's own lines apart


def title_printed_after(lines: list[str], start: int) -> tuple[int, int] | None:
    """Return (start, end) of the headline block standing between a finished sentence and a blank
    just before start, or None: a title printed after its article, when another headline follows it
    (大洼区民政局：党员干部 / 冲在防汛一线 under the report it heads, then the next one's headline)."""
    end = start
    while end > 0 and not lines[end - 1]:
        end -= 1
    if end == start or end == 0:
        return None                  # no blank between the two: one block
    begin = end
    while begin > 0 and lines[begin - 1]:
        begin -= 1
    before = _last_filled_before(lines, begin)
    if before is None or not ends_sentence(before) or not looks_like_title(lines[begin:end]) \
            or DATELINE.match(tidy(lines[start] if start < len(lines) else "")) \
            or double_spaced_above(lines, begin) and end - begin < 2:
        return None                  # a dateline's first line is no headline; double spacing sets no line apart
    # (amid double spacing, two or more lines without a blank between are a block of their own)
    return begin, end


def double_spaced_above(lines: list[str], begin: int) -> bool:
    """Whether the text above line begin is double-spaced (a blank after each line): there a blank
    sets nothing apart, and a headline's first line alone looks like a block of its own."""
    filled = [k for k in range(begin - 1, max(-1, begin - 7), -1) if lines[k]]
    return len(filled) >= 2 and all(k == 0 or not lines[k - 1] for k in filled[:2]) and filled[0] - filled[1] == 2

# The two below look only as far as they must: listing every filled line of the chunk for each
# title-like block made a chunk of many blocks (double-spaced text) quadratic.
def _filled_after(lines: list[str], start: int, count: int) -> list[str]:
    """Return the first count non-blank lines from start."""
    # By index: islice(lines, start, None) steps through the first start lines to get there.
    return list(itertools.islice((lines[k] for k in range(start, len(lines)) if lines[k]), count))

def _last_filled_before(lines: list[str], end: int) -> str | None:
    """Return the last non-blank line before end, None when there is none."""
    return next((lines[k] for k in range(min(end, len(lines)) - 1, -1, -1) if lines[k]), None)

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
    return (len(title_lines) <= 2 and end - start == 1 and looks_like_title(title_lines + lines[start:end])
            and not _opens_article(title_lines, _next_filled(lines, start))
            and (_opens_article(title_lines + lines[start:end], _next_filled(lines, end))
                 or bool(under) and bool(TOP_BYLINE.match(tidy(under[0])))))

def title_goes_on_in(title_lines: list[str], lines: list[str], start: int, end: int) -> int:
    """Return how many lines of the block start:end, after a blank under a one- or two-line headline,
    carry that headline on, or 0 (round twelve, OCR: a scan's blank inside a title). The block holds
    the headline's broken end with more under it: its ——subtitle (治理效能 / ——访…局 / 长孙志国: the whole
    block is the title) or its author's name alone (的重大意义 / 罗国庆: the name opens the text, as a
    name under a title does). The headline alone must open nothing (no lead right under its first part)."""
    block = [ln for ln in lines[start:end]]
    if not 0 < len(title_lines) <= 2 or len(block) < 2 or _opens_article(title_lines, _next_filled(lines, start)):
        return 0
    head = tidy(block[0])
    if head.startswith("——") or not looks_like_title(title_lines + block[:1]) or not _balanced(title_lines + block[:1]):
        return 0
    rest = [tidy(ln) for ln in block[1:]]
    if rest[0].startswith("——") and len(block) <= MAX_TITLE_LINES - len(title_lines) \
            and looks_like_title(title_lines + block) and _balanced(title_lines + block):
        under = _next_filled(lines, end)
        if under and (TOP_BYLINE.match(tidy(_filled_after(lines, end, 1)[0])) or _opens_article(title_lines + block, under)):
            return len(block)        # the headline's end, then its ——subtitle (broken or not)
    if is_author_name(rest[0]) and (len(rest) > 1 or _filled_after(lines, end, 1)):
        return 1                     # the headline's end, then its author's name over the text
    return 0


def _next_filled(lines: list[str], start: int) -> str:
    """Return the text of the next three non-blank lines from start, joined (a lead the column broke)."""
    return join_lines(_filled_after(lines, start, 3))     # not lines[start:]: a copy per block

# A journal's paper: 摘要：… / 【摘要】… / 内容提要：… right under its title and authors.
ABSTRACT = re.compile(r"^[【\[]?\s*(摘\s*要|内容提要|提\s*要)\s*[】\]:：]")

# A span of time up to now opens a lead: 今年以来，去年底以来，入冬以来，连日来，3月以来，
SINCE = r"(今年|去年|近年|年初|年底|去年底|今年初|入[春夏秋冬]|开春|入汛|连日|近期|\d{1,2}\s*月)以?来"
# A season or an occasion opens a lead as a date does: 金秋十月，初冬时节，新春佳节来临之际，国庆前夕，
_SEASON = r"(金秋|深秋|初秋|仲秋|晚秋|盛夏|初夏|仲夏|炎夏|隆冬|寒冬|初冬|严冬|深冬|早春|初春|阳春|暖春|新春)"
_NUMERAL_MONTH = r"([一二三四五六七八九十]|十[一二])月"
_OCCASION = r"[\u4e00-\u9fff“”]{1,10}?(时节|之际|前夕)"
_PURPOSE_LEAD = re.compile(rf"^(为了?[^，。；]{{4,40}}|{SINCE}|{_SEASON}({_NUMERAL_MONTH}|时节)?|{_OCCASION})，")

def _opens_article(title_lines: list[str], opening: str) -> bool:
    """Whether a headline and the text under it open an article: a lead (近日，/ 本报讯 / 10月9日)
    or, under a headline-long title, a purpose clause (为…，); a short line is a subheading.
    A lead may also open with the body that acts (石台县民政局组织…), named with its place, when
    the headline names it too: a report's headline and lead name the same actor, while a
    subheading's text goes on with the argument (各级党组织要…)."""
    if STRONG_LEAD.match(opening) or (_PURPOSE_LEAD.match(opening) and len(join_lines(title_lines)) >= 12):
        return True
    if ABSTRACT.match(opening):
        return True                  # a journal's paper opens with its abstract under title and authors
    actor = _actor_of(opening)
    return actor is not None and actor in join_lines(title_lines)


# A brief's headline led by its place (周口：党员“网格员”守护万家灯火, 西城区：…), the column's habit for
# reports from several places.
_PLACE_HEAD = re.compile(r"([\u4e00-\u9fff]{2,6})[：:](?=\S{6})")


def place_headline_over_its_place(title: str, opening: str) -> bool:
    """Whether a headline led by a place (周口：…) stands over a lead that opens with that place itself
    (周口市川汇区把党员编入…): a report from the place the headline names. (Asked under a finished
    item's credit only: inside a report such a line may be a subheading going on with its argument.)"""
    head = _PLACE_HEAD.match(title)
    if not head or not opening.startswith(head.group(1)):
        return False
    rest = opening[len(head.group(1)):]
    return bool(rest) and not _TITLE_FORBIDDEN.match(rest)


@functools.lru_cache(maxsize=PAGE_CACHE)     # asked again for each headline run ending above the same lead
def _actor_of(opening: str) -> str | None:
    """Return the body with its place that opens a lead (石台县民政局 of 石台县民政局组织…), or None."""
    if not opening or _TITLE_FORBIDDEN.match(opening):
        return None
    from .metadata import agencies_in     # the facts of metadata, asked only under a headline
    clause = re.split(r"[，。；、]", opening, maxsplit=1)[0][:30]
    found = [name for name, province in agencies_in(clause) if province and clause.startswith(name)]
    return found[0] if found else None

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

def _headline_at_end(chunk: list[str]) -> list[str]:
    """Return the chunk's last block with the blanks after it when it reads as a headline, else [];
    with the block before it when a blank split the headline (阿拉善盟：“马背党课” / 送到牧民家门口)."""
    spans = _blocks(chunk)
    if len(spans) < 2 or not looks_like_title(chunk[spans[-1][0]:spans[-1][1]]):
        return []
    if len(spans) >= 3:
        (s1, e1), (s2, e2) = spans[-2], spans[-1]
        pair = [ln for ln in chunk[s1:e2] if ln]
        before = _last_filled_before(chunk, s1)
        if (e1 - s1 <= 2 and e2 - s2 == 1 and looks_like_title(pair) and _balanced(pair)
                and before is not None and ends_sentence(before)):
            return chunk[s1:]
    return chunk[spans[-1][0]:]

def _title_only(chunk: list[str]) -> bool:
    """Whether the chunk so far is one headline block (a byline under it opens its article)."""
    spans = _blocks(chunk)
    if len(spans) == 2 and all(e - b == 1 for b, e in spans):      # a headline split by a blank (OCR)
        return looks_like_title([ln for ln in chunk if ln])
    if len(spans) > 2:                                               # one set double-spaced
        return spaced_headline_end(chunk, spans, 0, 0.0, open_end=True) == len(spans) - 1
    return len(spans) == 1 and looks_like_title(chunk[spans[0][0]:spans[0][1]])
