"""Which lines of a page are layout noise — labels, headers, footers, page numbers — and why.

A line is noise only as a whole: a known label standing apart, or a header or
footer made only of dates, page numbers, paper names, labels and editors'
credits (possibly split over two lines by the column). Every noise line keeps
its source text and its reason, so no text is ever dropped silently.
"""
from __future__ import annotations

import functools
import re

from .clean import OCR_DIGITS, Ln, ends_sentence, normalize, tidy
from .lexicon import load_lexicon
from .reader import DATELINE
from .records import NoiseLine
from .furniture import _OCR_SUSPECTS, _SECTION_WORD, furniture_reasons, ocr_read, shape_reason
from .openings import MAX_LABEL_CHARS

# A page's staff: its editors, and the duty, checking and signing roles a county's media centre
# prints (值班编辑, 当班编辑, 审核, 终审, 监制, 签发) — a role, a colon and names, never a sentence.
_STAFF = r"(?:值班|当班|夜班)?编辑|(?:副)?主编|责任编辑|责编|版面设计|版式设计|美术编辑|美编|校对|本版编辑|组版|值班主任|审核|审校|初审|复审|二审|三审|终审|监制|签发"
# A scan may misread one character of 责任编辑 (责仟编辑, 贵任编辑): with its colon it is the credit still.
_FOOTER = re.compile(rf"^[（(【\[]?\s*(本版)?({_STAFF}|责[\u4e00-\u9fff]编辑|[\u4e00-\u9fff]任编辑)\s*[:：]")
# Without its colon (（责任编辑 郝立）): the space the paper sets after the role, and one or two names
# alone up to the line's end, tell the credit from a sentence opening with the word (编辑部召开…).
# A scan may misread the role's first character (贵任编辑 for 责任编辑), and one line may credit two
# roles (贵任编辑 马丽娟　校对 王磊).
_SPACED_ROLE = r"(?:责任编辑|[\u4e00-\u9fff]任编辑|责[\u4e00-\u9fff]编辑|责编|美术编辑|美编|校对|本版编辑)"     # (责仼编辑: its second, round twelve)
# (a two-character name padded to three cells, 海  燕, is one name: its gap is one to three spaces)
_PADDED_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff](?=[\s\u3000）)】\]]|$))"
_FOOTER_SPACED = re.compile(rf"^[（(【\[]?\s*(本版)?{_SPACED_ROLE}[\s\u3000]+{_PADDED_NAME}"
                            rf"(?:[\s\u3000]+(?:{_SPACED_ROLE}[\s\u3000]+)?{_PADDED_NAME}){{0,3}}"
                            r"\s*[）)】\]]?\s*$")
_PAGE_NUMBER = re.compile(r"^[-—·•\s]*(第\s*)?\d{1,3}\s*(版|页)?[-—·•\s]*$")
# OCR reads a page number's 0 as O or o (·3O·): read back beside a digit.
_MISREAD_ZERO = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")
# …and a 2 as Z, a 1 as l or I, a 5 as S beside a digit (·2Z·): read back for the page-number test.
_MISREAD_DIGIT = re.compile(r"(?<=\d)[ZzlIS]|[ZzlIS](?=\d)")
_LATIN_LABEL = re.compile(r"^[A-Z][A-Z &/·-]{1,30}$")
# Section names not in labels.txt still look alike: short, unpunctuated, about 党建 or a 周刊.
_SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff·]{0,4}(党建|党的建设|周刊|专刊|特刊|专版)[\u4e00-\u9fff·]{0,3}$")
_EDITOR = rf"(?:{_STAFF}|版式)"


@functools.cache
def _edge_piece() -> re.Pattern:
    """One piece of a header or footer: a date, a weekday, a page number, an editor's credit, a paper's name.

    An editor's credit names one or two people of 2–3 characters (4 with a double
    surname): a headline with stray spaces must not pass for a list of editors.
    """
    doubles = "|".join(sorted(n for n in load_lexicon().surnames if len(n) == 2)) or "(?!)"
    # A ·-name (阿依古丽·买买提) edits pages of minority-region papers as any other name does.
    name = (rf"(?:[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff]{{1,8}}|(?:{doubles})[\u4e00-\u9fff]{{1,2}}"
            rf"|[\u4e00-\u9fff]{{2,3}})(?=\s|$|{_EDITOR})")
    return re.compile(
        rf"(?P<date>(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
        # a dotted date (2024.6.18; a magazine's 2024.02): a scan's or a small paper's running head (round twelve)
        rf"|(?:19|20)\d\d\s*[.．]\s*\d{{1,2}}(?:\s*[.．]\s*\d{{1,2}})?(?=\s|$))|(?P<weekday>(?:星期|周)[一二三四五六日天])"
        # a month and day without the year stands in a running head only beside its weekday or page
        rf"|(?P<mday>\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
        # 第5版, and the lettered page of a paper printed in sections (A07, B3 版)
        # a magazine's head counts issues, not pages (2024年第3期)
        # …or counts its issues alone (第203期), beside the paper's name or date; 第二版 in numerals (round twelve)
        rf"|(?P<issue>第\s*\d(?: ?\d){{0,3}}\s*期(?=\s|$))"      # (a scan's stray spaces: 第1 5 2期)
        rf"|(?P<page>(?:19|20)\d\d\s*年\s*第\s*\d{{1,3}}\s*期(?=\s|$)|第\s*\d{{1,3}}\s*版"
        rf"|第[一二三四五六七八九十]{{1,3}}版|[A-H]\d{{1,2}}(?:\s*版)?(?=\s|$|[\u4e00-\u9fff]))|(?P<editor>{_EDITOR}\s*[:：]\s*{name}(?:\s*{name})?)"
        r"|(?P<paper>[\u4e00-\u9fff]{2,6}(?:日报|时报|晚报|晨报|周报|社会报|商报|农民报))"
        r"|(?P<padded>\s*0[1-9](?=\s|$))"          # a page number set with its zero (04 基层, 要闻 01)
        r"|(?P<number>[-—–·]*\s*\d{1,3}\s*[-—–·]*(?=\s|$))"
        r"|(?P<section>[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}(?=\s|$))"
        r"|(?P<label>[A-Z]{2,12}|[\u4e00-\u9fff]{2,6}(?=\s|$))")


@functools.cache
def _edge_outsider() -> re.Pattern:
    """Match a character no piece of a header or footer can hold (，。“ …): a line with one is text.

    The pieces hold only whitespace, digits, A–Z, colons, dashes and Han (a double surname's
    characters too), so this answers at C speed what the piece-by-piece match would answer.
    """
    extra = {c for n in load_lexicon().surnames if len(n) == 2 for c in n if not "\u4e00" <= c <= "\u9fff"}
    return re.compile(rf"[^\s\dA-Z:：\-—–·.．\u4e00-\u9fff{re.escape(''.join(sorted(extra)))}]")


# Every header or footer has a date, weekday, 第N版 or credit (so a digit, 星期/周 or a colon):
# a cheap test that spares the full match on ordinary text lines.
_EDGE_HINT = re.compile(r"\d|[:：]|星期|周[一二三四五六日天]|第[一二三四五六七八九十]{1,3}版")
# （下转第6版）, （上接第一版）, （紧接A2版）, （转第6版）; a magazine counts pages: （下转第26页）
_CONTINUATION = re.compile(r"^[（(]\s*(下转|上接|紧接|接|转)\s*第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*[版页]\s*[）)]$")


# A scan's running head picks up a glyph of the fold or the rule beside it (… 星期二 」, | 第6版):
# a bracket or bar standing alone between spaces or at the line's end is no text of the head.
_STRAY_GLYPH = re.compile(r"(?:^|(?<=\s))[」「』『|｜\]\[【】'‘’`]{1,2}(?=\s|$)")


# A scan's stray space leaves one character of a section's name alone (党建周 刊): joined back.
_ORPHAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:\s|$))")


# A page number framed by dots or dashes on both sides (·15·, -3-): the typography of a page number.
_FRAMED_NUMBER = re.compile(r"(?:^|\s)[-—–·]\s*\d{1,3}\s*[-—–·](?:\s|$)")


def edge_reason(line: str, publication: str | None = None) -> str | None:
    """Return why a whole line is a header or footer (date, page, editors, paper), or None.

    Every character must belong to a piece, and one piece must be more than a
    bare number or a paper's name: those two alone are judged by position.
    publication is the page's own: its name is the paper's piece whatever it ends with
    (天山民政 2023年10月31日 is a running head as 某某日报 2023年10月31日 is).
    """
    text = _ORPHAN_SPACE.sub("", _STRAY_GLYPH.sub(" ", line)).strip()
    if not text or not _EDGE_HINT.search(text) or _edge_outsider().search(text):
        return None
    kinds, pos, words, dated_before, named = set(), 0, [], False, 0
    if publication and len(publication) >= 2 and publication in text:
        text, kinds = text.replace(publication, " ").strip(), {"paper"}
    elif publication and len(publication) >= 3 and (spaced := _spaced_name(publication).search(text)):
        text, kinds = (text[:spaced.start()] + " " + text[spaced.end():]).strip(), {"paper"}     # 太行 晚报: a scan's space
    elif publication and len(publication) >= 4 and (misread := _misread_publication(text, publication)):
        text, kinds = text.replace(misread, " ", 1).strip(), {"paper"}     # 云冈晚扳: a scan's 报
    for match in _edge_piece().finditer(text):
        if text[pos:match.start()].strip():
            return None
        if match.lastgroup == "label" and not _is_label(match.group()) \
                or match.lastgroup == "section" and not _SECTION_WORD.search(match.group()):
            words.append(match.group().replace("·", ""))
            dated_before = dated_before or "date" in kinds
        kinds.add(match.lastgroup)
        named += match.lastgroup in ("label", "section")
        pos = match.end()
    if "padded" in kinds:            # a zero-padded number is the page beside one section's name
        kinds.discard("padded")
        kinds.add("page" if named == 1 else "number")
    if "number" in kinds and named == 1 and not words and _FRAMED_NUMBER.search(text):
        kinds.add("page")            # …and so is a number framed by dots (机关党建 ·15·): round twelve
    # A word beside 第N版 is the page's section (第5版　基层, 第4版　理论·基层), whatever the paper calls it.
    # So is one between the paper's name and a whole date with its weekday (金陵日报网 | 数字报 |
    # 2024年06月18日 星期二): a web edition's head names its section so. Words after the date are
    # the text under the head (a kicker: 以学铸魂 以学促干), not its part.
    if words and not (all(len(w) <= 4 for w in words) and (
            "page" in kinds and len(words) == 1
            or {"paper", "date", "weekday"} <= kinds and len(words) <= 2 and not dated_before)):
        return None
    if text[pos:].strip() or not kinds or kinds <= {"number", "paper", "label", "section"}:
        return None
    if "mday" in kinds and not kinds & {"weekday", "page", "date"}:
        return None                  # 4月12日 alone is no running head (a year, weekday or page makes one)
    if "editor" in kinds:
        return "footer: editors' credits"
    return "header or footer: date and page" if kinds & {"page", "number", "paper", "weekday", "issue"} else "dateline"


@functools.lru_cache(maxsize=256)
def _spaced_name(publication: str) -> re.Pattern:
    """The publication's name with one stray space allowed between any two of its characters (round twelve)."""
    return re.compile(" ?".join(map(re.escape, publication)))


def _misread_publication(text: str, publication: str) -> str | None:
    """Return the publication's name as a scan misread one of its characters in the line (云冈晚扳 for
    云冈晚报), standing as a word of its own at the line's start or end, or None."""
    n = len(publication)
    for word in (text[:n], text[-n:]):
        if len(word) == n and sum(a != b for a, b in zip(word, publication)) == 1 \
                and word[0] == publication[0] and word in text.split():
            return word
    return None


def _is_label(text: str) -> bool:
    return text in load_lexicon().labels or bool(len(text) <= MAX_LABEL_CHARS and _SECTION_LABEL.match(text))


def noise_reason(line: str, *, isolated: bool = True, at_edge: bool | str = True,
                 normalized: bool = False, publication: str | None = None) -> str | None:
    """Return why a line is layout noise (label, header, footer, page number), or None for text.

    Labels and page numbers count only when they stand alone between blank
    lines, and datelines only near the page's top or bottom: a title line
    such as 以高质量党建 or a body line opening with 2023年10月26日 is text.
    at_edge is "outer" for the page's first and last line, where a bare page number may stand.
    normalized says the line went through :func:`normalize` already (a line of classify_page).
    """
    text = tidy(line)
    if not text:
        return None
    if _FOOTER.match(text) and len(text) <= 60 or len(line.strip()) <= 60 and _FOOTER_SPACED.match(line.strip()):      # a credit line is short; the length bound also keeps its spaces from backtracking
        return "footer: editors' credits"
    if _CONTINUATION.match(text) or ("笫" in text or not _OCR_SUSPECTS.isdisjoint(text)) \
            and _CONTINUATION.match(ocr_read(text)):
        return "continuation note"       # a scan's （上接笫1版）, （下转第2l页） too
    edge = edge_reason(ocr_read(line if normalized else normalize(line)), publication)
    if edge:
        return edge
    if isolated and (text in load_lexicon().labels or _LATIN_LABEL.match(text)):
        return "layout label"
    if isolated and len(text) <= MAX_LABEL_CHARS and _SECTION_LABEL.match(text):
        return "layout label (section name)"
    if (isolated or at_edge == "outer") and _PAGE_NUMBER.match(
            _MISREAD_DIGIT.sub(lambda m: m.group().translate(OCR_DIGITS), _MISREAD_ZERO.sub("0", text))):
        return "page number"
    if at_edge and DATELINE.match(text) and len(text) <= 40 and "，" not in text:
        return "dateline"
    return None


def is_noise(line: str, *, isolated: bool = True, at_edge: bool = True) -> bool:
    """Tell a layout line (label, footer, page number, dateline) from article text."""
    return noise_reason(line, isolated=isolated, at_edge=at_edge) is not None


def classify_page(text: str, publication: str | None = None, learned: dict[str, int] | None = None,
                  kind: str | None = None) -> tuple[list[Ln], list[NoiseLine]]:
    """Return the page's lines (stripped; blank and noise lines become '') and its noise lines with reasons.

    publication names the page's publication (its name standing alone is furniture); learned
    holds the lines that recur across its issues (:func:`.furniture.learn_furniture`); kind is its
    kind from publications.toml (a bulletin's masthead and distribution lines are looked for harder).
    """
    # Normalized once here: normalize is idempotent, so the stages below need not do it per line.
    lines = [line.strip() for line in normalize(text).split("\n")]
    if lines and not lines[-1]:
        lines.pop()                      # the file's final line end
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(filled[:6] + filled[-6:])
    reasons, labels = _line_reasons(lines, filled, edges, publication)
    reasons.update(furniture_reasons(lines, filled, publication, learned or {}, frozenset(reasons) | set(labels),
                                     kind))
    reasons.update(_split_edges(lines, filled, edges, reasons, skip=set(labels), publication=publication))
    reasons.update(_broken_ends(lines, reasons, filled[:12]))
    reasons.update(_numbers_beside_edges(lines, filled, reasons))
    for i, reason in labels.items():     # after headers: a label may stand right under one
        if _stands_apart(lines, filled, i, reasons, strict=reason != "layout label"):
            reasons[i] = reason
    glued = _glued_continuations(lines, reasons)
    out = [Ln("" if i in reasons else line, (i + 1,)) for i, line in enumerate(lines)]
    raw = source_lines(text)
    noise = [NoiseLine(i + 1, raw[i], reasons[i]) for i in sorted(reasons)]
    for i, note in glued.items():
        rest = lines[i].replace(note, "", 1).strip() if note in lines[i] else lines[i]
        out[i] = Ln(rest, (i + 1,))
        noise.append(NoiseLine(i + 1, note, "continuation note (glued to the text)"))
    return out, sorted(noise, key=lambda n: n.line)


# A continuation note glued to the text: （上接第2版）会议要求，… opening a line, or ……检验。（下转第 /
# 4版） closing one, the column breaking the note; the note is noise, the text stays the article's.
_GLUED_ABOVE = re.compile(r"^([（(]\s*(?:上接|紧接|接)\s*[第笫]?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*[版页]\s*[）)])\s*\S")
_GLUED_BELOW = re.compile(r"(?:[。！？”）)，,]|[\u4e00-\u9fff](?=[（(]\s*下转))\s*([（(]\s*(?:下转|转)\s*(?:[第笫]\s*)?[A-Z]?[\d一二三四五六七八九十]{0,3}\s*(?:[版页]\s*[）)]?)?)$")
_NOTE_END = re.compile(r"^[A-Z]?[\d一二三四五六七八九十]{0,3}\s*[版页]\s*[）)]$")


def _glued_continuations(lines: list[str], reasons: dict[int, str]) -> dict[int, str]:
    """Return the continuation notes glued to a text line (line index → the note's text): the note
    opening or closing the line; a note the column broke closes its line and fills the next (whose
    whole line is then noise too, in reasons)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not line or "接" not in line and "转" not in line:
            continue
        above = _GLUED_ABOVE.match(line)
        if above:
            found[i] = above.group(1)
            continue
        below = _GLUED_BELOW.search(line)
        if not below:
            continue
        note = below.group(1)
        # (a scan's 笫 for 第 read back: （下转笫 / 6版）, round twelve)
        if _CONTINUATION.match(ocr_read(tidy(note))):
            found[i] = note
        elif i + 1 < len(lines) and _NOTE_END.match(lines[i + 1]) and i + 1 not in reasons \
                and _CONTINUATION.match(ocr_read(tidy(note + lines[i + 1]))):
            found[i] = note
            reasons[i + 1] = "continuation note (its end, carried to the next line)"
    return found


def _line_reasons(lines: list[str], filled: list[int], edges: set[int],
                  publication: str | None = None) -> tuple[dict[int, str], dict[int, str]]:
    """Return the noise reason of each line judged alone, and apart the label-like lines still to check."""
    reasons: dict[int, str] = {}
    labels: dict[int, str] = {}
    for i, line in enumerate(lines):
        # (a section's name right under the running head stands apart from the text as under a blank: round twelve)
        isolated = (i == 0 or not lines[i - 1] or reasons.get(i - 1, "").startswith("header")) \
            and (i + 1 >= len(lines) or not lines[i + 1])
        at_edge = "outer" if filled and i in (filled[0], filled[-1]) else i in edges
        if not isolated and i and lines[i - 1].endswith(("）", ")")):
            at_edge = "outer"            # right under an attribution: a column's foot
        reason = noise_reason(line, isolated=isolated, at_edge=at_edge, normalized=True, publication=publication)
        if reason:
            (labels if reason.startswith("layout label") else reasons)[i] = reason
    return reasons, labels


# Furniture that stands above an article (a column label, a rule): the article before ends there.
_ABOVE_AN_ARTICLE = ("furniture: column label", "furniture: rule line", "layout label", "editor's note")


def article_ends(noise: list[NoiseLine]) -> frozenset[int]:
    """Return the noise lines after which an article stops, whatever follows: a column label or
    a rule stands above the next article, and （下转第4版） sends the rest to another page."""
    return frozenset(n.line for n in noise if n.reason.startswith(_ABOVE_AN_ARTICLE)
                     or n.reason.startswith("continuation note") and "下转" in n.text)


def _broken_ends(lines: list[str], reasons: dict[int, str], top: list[int]) -> dict[int, str]:
    """Find the last character or two of a furniture line that the column carried to a line of its
    own (……委员会编 2024年5月14 / 日), standing between the line and a blank: the end of known
    furniture, or near the page's top what makes furniture of the line above once joined to it."""
    found = {}
    for i in sorted(set(reasons) | set(top)):
        k = i + 1
        if not (k < len(lines) and 0 < len(lines[k]) <= 2 and k not in reasons
                and (k + 1 == len(lines) or not lines[k + 1])):
            continue
        if i in reasons:
            found[k] = f"{reasons[i]} (its end, carried to the next line)"
        elif lines[i] and (reason := shape_reason(lines[i] + lines[k])):
            found[i] = found[k] = f"{reason} (split over two lines)"
    return found


# A page number with its section's name (5　民生, 要闻 3): beside a header, the page's own line (round twelve).
_NUMBERED_SECTION = re.compile(r"^(?:\d{1,3}\s+[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}\s+\d{1,3})$")


def _numbers_beside_edges(lines: list[str], filled: list[int], reasons: dict[int, str]) -> dict[int, str]:
    """Find a bare page number glued to a header or footer among the page's first or last lines
    (５ / 责任编辑 程立 美编 …): the number belongs to the edge beside it, not to an article."""
    found = {}
    for k, i in enumerate(filled):
        if i in reasons or not (k < 4 or k >= len(filled) - 4 or _FRAMED_NUMBER.search(lines[i])):
            continue                 # (a number framed by dots is a page's wherever a head stands beside it)
        numbered = _NUMBERED_SECTION.match(_ORPHAN_SPACE.sub("", ocr_read(lines[i])))
        if not numbered and not _PAGE_NUMBER.match(_MISREAD_ZERO.sub("0", lines[i])):
            continue
        near = [filled[j] for j in (k - 1, k + 1) if 0 <= j < len(filled)]
        if any(reasons.get(j, "").startswith(("footer", "header", "furniture: recurs")) for j in near):
            found[i] = "page number (beside the page's header or footer)" if not numbered else \
                "page number and section (beside the page's header or footer)"
    return found


def source_lines(text: str) -> list[str]:
    """Return the page's lines as written (stripped), numbered like those of :func:`classify_page`."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _stands_apart(lines: list[str], filled: list[int], i: int, reasons: dict[int, str], strict: bool) -> bool:
    """Whether a label-like line sits between two sentences, not inside one (要坚持党建 / 引领，…).

    A known label only needs a next line that starts afresh; a line that merely
    looks like a section name also needs a sentence, attribution or header before it.
    """
    k = filled.index(i)
    before = filled[k - 1] if k else None
    after = filled[k + 1] if k + 1 < len(filled) else None
    if after is not None and lines[after][0] in "，。、；：！？）”":
        return False
    return (not strict or before is None or before in reasons or ends_sentence(lines[before])
            or lines[before].endswith("）"))


def _split_edges(lines: list[str], filled: list[int], edges: set[int], reasons: dict[int, str],
                 skip: set[int], publication: str | None = None) -> dict[int, str]:
    """Find headers and footers the column layout split over two lines (…2024年3月1 / 2日 星期二 …).

    Pairs of two text lines are tried first; only then a text line beside a line
    that is noise by itself (责任 / 编辑：王某), so a half never goes to the wrong partner;
    a lone label (skip) is a line of its own, never half of a header.
    """
    found: dict[int, str] = {}       # lines: classify_page's, normalized already (normalize(line) == line)
    # A line with a character no header piece holds cannot be half of one: most text lines.
    outsider = _edge_outsider()
    halves = {k for k in filled if not outsider.search(_STRAY_GLYPH.sub(" ", lines[k]))}
    pairs = [(a, b) for a, b in zip(filled, filled[1:]) if a in halves and b in halves]
    for with_noise in (False, True):
        for a, b in pairs:
            if a in found or b in found or a in skip or b in skip or (a in reasons) + (b in reasons) != with_noise:
                continue
            for joined in (lines[a] + lines[b], lines[a] + " " + lines[b]):
                # two text halves of a scan's head are read as the scan misread them (笫3版 民 / 生·党建)
                reason = edge_reason(joined if with_noise else ocr_read(joined), publication)
                if reason and (a in edges or "editor" in reason or "星期" in joined):
                    for k in (a, b):
                        found[k] = reasons.get(k, f"{reason} (split over two lines)")
                    break
    return found


def page_lines(text: str) -> list[Ln]:
    """Return the page's lines, stripped; blank and noise lines become ''."""
    return classify_page(text)[0]
