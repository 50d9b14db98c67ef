"""How articles open on pages of other publications: brief markers, bylines, datelines.

- A brief item opens with a marker (■ ◆ ● ▶ ★, or 【title】 before its text); each item is
  an article, with or without blank lines around it, and the marker is not part of it.
- A byline on its own line under a title — 文/某某, 本报记者 某某, 本报评论员, 特约评论员,
  or the author's name alone — opens the article and goes to its attribution.
- A dateline at the start of the lead — 本报讯（记者 某某）, 本报合肥5月12日电（记者 某某）,
  新华社北京5月12日电 — goes to the attribution too, and names the source.
"""
from __future__ import annotations

import re

from .clean import Ln, tidy
from .lexicon import OWN_DESK, OWN_MEDIA, OWN_MEDIUM, OWN_NEWS, OWN_REPORTER, load_lexicon

_HAN = "\u4e00-\u9fff"
# Any of the dingbats papers open brief items with (a new paper brings its own: ☆ ♦ ▌ ▷ ➢ …).
MARKER = re.compile(r"^\s*[■◆●▶►★◎□◇▪◼•◉◈❖※▸✦➤☆♦▌▍▷➢✧✪❑❏]\s*")
_BRACKET_TITLE = re.compile(rf"^\s*【([^【】]{{4,40}})】\s*(.*)$")
_NAMES = rf"[{_HAN}·][{_HAN}·\s]{{1,30}}"
_TOP_BYLINE_FORMS = re.compile(     # (…某某 摄 credits a photo: never a byline)
    rf"^(?!.*摄\s*$)((文|图|文图|图文|文/图|图/文)\s*[/／|｜︱:：]\s*{_NAMES}|{OWN_REPORTER}\s*{_NAMES}(\s*(文|图)?[/／](文|图))?"
    rf"|{OWN_DESK}|特约评论员|记者\s+{_NAMES}|作者\s*[:：]\s*{_NAMES})$")
# A role without the paper's name (记者 某某, 通讯员 某某, 特约记者 某某 通讯员 某某): tidy has taken the
# spaces out, so the role must be followed by names only — each a surname and one to three more
# characters, as is_author_name reads them (记者了解到 is a sentence's start, not a byline).
# Read by splitting at the roles and 、, not by one pattern of repeated 2–4-character names: such a
# pattern can cut a run of characters into names in exponentially many ways, and backtracked without
# end on a long line that is no byline (记者 甲乙 记者 甲乙 … ，).
_ROLE = r"(?:特约)?(?:记者|通讯员|实习生)"
_ROLE_SPLIT = re.compile(rf"{_ROLE}|、")
_NAME_PIECE = re.compile(rf"[{_HAN}]{{2,4}}")
# The medium a reporter works for, named before the role: a paper, site, station or media centre.
_MEDIUM = re.compile(rf"[{_HAN}]{{0,8}}(?:报|刊|网|台|社|融媒|媒体|中心)")
_WHOLE = re.compile(r".+", re.S)


class _TopByline:
    """TOP_BYLINE.match(tidy(line)): a byline that opens an article — the printed forms above, or a
    bare role with names. An object with the regex's match(), so every stage asks the same question."""

    def match(self, text: str):
        found = _TOP_BYLINE_FORMS.match(text)
        if found or not text or len(text) > 60 or text.endswith("摄"):
            return found             # (…某某 摄 credits a photo: never a byline)
        pieces = _ROLE_SPLIT.split(text)
        # opens with a role (融媒记者, 县融媒体中心记者: a medium's name may stand before it); then
        # names, each closed by 、 or a role (the last may close the line)
        if pieces[0] and not (_MEDIUM.fullmatch(pieces[0]) and text[len(pieces[0]):len(pieces[0]) + 1] != "、") \
                or len(pieces) < 2 or not all(pieces[1:-1]):
            return None
        names = [n for n in pieces[1:] if n]
        # a medium's name before the role says a byline as 本报记者 does: its names need no known surname
        # (融媒记者 萨仁高娃); a bare role must be followed by names that open with one
        ok = names and all(_NAME_PIECE.fullmatch(n) and (_surname_name(n) or pieces[0] and _unknown_name(n))
                           or _DOT_NAME.match(n) for n in names)
        return _WHOLE.match(text) if ok else None


# Characters of a sentence's start (了解到, 走访发现, 从…获悉) that a name written without a surname
# (萨仁高娃, 斯日古楞 — Mongolian, Tibetan) does not hold.
_NOT_IN_NAME = re.compile(r"[了到的在从获悉发现表示说是和与对向为将已就在走访调查采访]")


def _unknown_name(text: str) -> bool:
    """Whether text may be a name without a known surname, under a medium's role (融媒记者 萨仁高娃):
    three or four characters none of which opens or carries on a sentence."""
    return 3 <= len(text) <= 4 and not _NOT_IN_NAME.search(text)


def _surname_name(text: str) -> bool:
    """Whether text is one name as a byline prints it: 2–4 characters, opening with a surname."""
    surnames = load_lexicon().surnames
    return 2 <= len(text) <= 4 and (text[:2] in surnames if len(text) == 4 else text[:1] in surnames)


TOP_BYLINE = _TopByline()
DATELINE = re.compile(
    # 本报讯, 本报合肥5月12日电, 本报5月12日讯 (no place: the paper's own city), 某某网消息
    # (本台讯: a station or county media centre says 台 as a paper says 报)
    rf"^(({OWN_NEWS}|({OWN_MEDIUM}|新华社|中新社|[{_HAN}]{{1,6}}网)[{_HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(电|讯)"
    rf"|({OWN_MEDIUM}|[{_HAN}]{{1,6}}网)消息"
    # a medium's own 讯 with its reporter's credit (天山网讯（记者 …）, 融媒讯（记者 …）, 县融媒讯（…）)
    # …a paper's short name (晚报讯（…）, 日报讯（…）) and its own 讯 from a place (本报泰安讯（…）): round twelve
    rf"|[{_HAN}]{{0,6}}(网|融媒|台|[晚日晨早时商]报|都市报)讯(?=\s*[（(])|{OWN_MEDIUM}[{_HAN}]{{1,6}}?讯(?=\s*[（(]))"
    rf"\s*([（(][^（）()]{{2,40}}[）)])?)")
_DOT_NAME = re.compile(rf"^[{_HAN}]{{2,8}}·[{_HAN}]{{2,10}}$")
_DOT_NAME_END = re.compile(rf"·?[{_HAN}]{{2,10}}")     # the part of a ·-name after its dot


def brief_starts(lines: list[str]) -> tuple[list[str], set[int]]:
    """Return the lines with brief markers taken off, and the source line numbers that open an item.

    A marked line carrying a headline is set apart from the text under it; one
    carrying the item's first sentence stays the start of its lead.
    """
    out: list[str] = []
    starts: set[int] = set()
    apart_after: int | None = None        # the line after which a brief's headline ends
    lines = _close_broken_brackets(lines)
    for k, line in enumerate(lines):
        head, rest = _split_marker(line)
        if head is not None and not rest and _BRACKET_TITLE.match(line) and _pull_quote(head, lines, k):
            out.append("")       # 【a sentence the article above printed】: a pull quote, no item — left
            continue             # to no article, a noise line
        if head is None and _triangle_item(lines, k):
            head = TRIANGLE.sub("", line).strip()
        if head is not None and not rest and _marked_label(head, lines, k):
            out.append("")       # ■ 党建快讯 right above the first item: the items' column label, no
            continue             # item of its own — left to no article, a noise line
        if head is not None and not rest and is_top_byline(head):
            head, line = None, Ln(head, getattr(line, "nos", ()))     # □ 本报记者 某某: a byline, not an item
        if head is None:
            out.append(line)
            if k == apart_after:
                out.append("")
            continue
        nos = getattr(line, "nos", ())
        starts.update(nos[:1])
        if out and out[-1]:
            out.append("")
        short = rest and not _BRACKET_TITLE.match(line) and not MARKER.match(line)
        # 【香粉乡】日前，…: a name too short to read as a headline is the item's title all the same
        out.append(_heading(head, nos) if short else Ln(head, nos))
        if rest:             # the text after 【title】 goes on with the item: its line opened it already
            out += ["", Ln(rest, nos[1:])]
        elif _headline(head):
            end = _headline_end(head, lines, k)
            if end == k:
                out.append("")
            apart_after = end
    return out, starts


_BROKEN_OPEN = re.compile(r"^\s*【([^【】]{4,40})$")     # as _BRACKET_TITLE reads it
# The headline's end, closed by 】 — alone on its line, or with the item's first words after it
# (…专题读 / 书班】8日至10日，…; even a bare 】 the column pushed down).
# (The tail is one class, spaces included: a \s* before it let a long run of spaces split two ways.)
_BROKEN_CLOSE = re.compile(r"^([^【】]{0,40})】([^【】]*)$")


def _close_broken_brackets(lines: list[str]) -> list[str]:
    """Take the brackets off a 【headline】 the column broke over two or three lines (【某某举办党务知识 /
    竞赛】): its first line is then marked as a one-line 【…】 item is, the rest is its headline's end."""
    out = list(lines)
    for k, line in enumerate(out):
        opened = _BROKEN_OPEN.match(line) if line else None
        if not opened:
            continue
        for j in range(k + 1, min(k + 3, len(out))):
            closed = _BROKEN_CLOSE.match(out[j]) if out[j] else None
            head = opened.group(1) + "".join(tidy(ln) for ln in out[k + 1:j]) + closed.group(1) if closed else ""
            if closed and not closed.group(2).strip() and _pull_quote(head, out, k):
                out[k:j + 1] = [""] * (j + 1 - k)     # a pull quote the column broke: left to no
                break                                  # article, its lines are noise lines
            if closed and closed.group(2).strip() and _headline(head):
                # text runs on after 】: the headline's lines become one 【headline】text line, as
                # brief_starts reads a one-line item (the lines' numbers all kept)
                nos = tuple(n for ln in out[k:j + 1] for n in getattr(ln, "nos", ()))
                out[k:j + 1] = [Ln("【" + tidy(head) + "】" + closed.group(2).strip(), nos)] + [None] * (j - k)
                break
            if closed and _headline(head):
                out[k] = Ln("【" + opened.group(1).strip() + "】", getattr(line, "nos", ()))
                out[j] = Ln(closed.group(1), getattr(out[j], "nos", ()))
                break
            if not out[j] or _BROKEN_OPEN.match(out[j]):
                break
    return [ln for ln in out if ln is not None]


# A column label is a few characters (党建快讯, 基层动态, 理论园地); a headline says what happened. The
# one bound every stage asks a label-like line (furniture, segmentation, the markers here, noise).
MAX_LABEL_CHARS = 6


def _marked_label(head: str, lines: list[str], k: int) -> bool:
    """Whether a marked line (■ 党建快讯) is the label of the items under it: a label's few characters,
    with the next item's marker on the very next filled line — an item always has text of its own."""
    if len(tidy(head)) > MAX_LABEL_CHARS or not MARKER.match(lines[k]):
        return False
    following = next((ln for ln in lines[k + 1:k + 3] if ln), None)
    return following is not None and (bool(MARKER.match(following)) or bool(_BRACKET_TITLE.match(following)))


# A pull quote repeats a sentence of the article: long enough not to repeat by chance; looked for
# in the lines above it (a brief item's headline may repeat its own lead, under it).
MIN_QUOTE_CHARS = 8
QUOTE_LOOKBACK = 60


def _pull_quote(head: str, lines: list[str], k: int) -> bool:
    """Whether a bracketed line (【让清廉成为…】) repeats text the page printed in the lines above it:
    a sentence of the article printed again, large — furniture, not a brief item's headline."""
    quote = "".join(tidy(head).split())
    if len(quote) < MIN_QUOTE_CHARS:
        return False
    above = "".join("".join(tidy(ln).split()) for ln in lines[max(0, k - QUOTE_LOOKBACK):k] if ln)
    return quote in above


# ▲ marks a photo's caption, and on some pages each brief item, as ■ does.
TRIANGLE = re.compile(r"^\s*[▲△]\s*")
_CREDITED = re.compile(r"摄[）)]?$|[（(]\s*摄影[^（）()]*[）)]$")


def _triangle_item(lines: list[str], k: int) -> bool:
    """Whether a ▲ line opens a brief item rather than a caption: a lead follows the triangle
    (▲ 1月6日上午，…), or a headline with a lead under it (▲ 某某召开… / 12月27日，…)."""
    from .headlines import STRONG_LEAD, _opens_article     # headlines imports this module first
    line = lines[k]
    if not line or not TRIANGLE.match(line):
        return False
    rest = TRIANGLE.sub("", tidy(line))
    if _CREDITED.search(rest):
        return False                 # ▲ 5月10日，党员在社区服务。（宋知远 摄）: a caption with its credit
    if STRONG_LEAD.match(rest):
        return True
    filled = [tidy(ln) for ln in lines[k + 1:k + 5] if ln]
    under = filled[0] if filled else ""
    if _headline(rest) and _opens_article([rest], under):
        return True
    # a headline the column carried on to a second line (▲某某县某某镇 / 开展“暖冬行动” / 日前，…)
    return len(filled) >= 2 and _headline(rest + under) and not _CREDITED.search(under) \
        and bool(STRONG_LEAD.match(filled[1]))


def _headline_end(head: str, lines: list[str], k: int) -> int:
    """Return the last line of a brief's headline that starts at line k: the column may carry it on
    to a line or two more, when together they still read as a headline and a lead opens under them."""
    from .headlines import STRONG_LEAD     # headlines imports this module first
    for end in range(k + 1, min(k + 3, len(lines) - 1)):
        block = head + "".join(tidy(ln) for ln in lines[k + 1:end + 1])
        if not lines[end] or not _headline(block):
            break
        if STRONG_LEAD.match(tidy(lines[end + 1])):
            return end
    nxt = lines[k + 1] if k + 1 < len(lines) else ""
    return k if nxt and nxt[0] not in "，。、；：！？）”" else -1


def join_split_names(lines: list[str]) -> list[str]:
    """Join a ·-name the column broke at its dot (买买提江· / 吾斯曼) when it stands alone as a byline,
    and a byline the column broke inside its names (本报记者 那仁 / 图雅 于文澜)."""
    out: list[str] = []
    for k, line in enumerate(lines):
        prev = out[-1] if out else ""
        if line and prev and (prev.endswith("·") or line.startswith("·")) and (
                is_author_name(prev + line) or TOP_BYLINE.match(tidy(prev + line))):   # 本刊记者 古丽巴哈尔 / ·艾则孜
            out[-1] = Ln(prev.rstrip() + line.strip(), getattr(prev, "nos", ()) + getattr(line, "nos", ()))
            continue
        spaced = out[-2] if len(out) > 1 and not prev else ""
        if line and spaced and (spaced.endswith("·") or line.startswith("·")) and _DOT_NAME_END.fullmatch(tidy(line)) \
                and TOP_BYLINE.match(tidy(spaced + line)):
            # double spacing set the name's end a blank apart (通讯员 帕尔哈提 / / ·吐尔逊)
            out[-2:] = [Ln(spaced.rstrip() + line.strip(), getattr(spaced, "nos", ()) + getattr(line, "nos", ()))]
            continue
        if line and prev and _byline_broken(prev, line, lines[k + 1:k + 3]):
            out[-1] = Ln(prev.rstrip() + line.strip(), getattr(prev, "nos", ()) + getattr(line, "nos", ()))
            continue
        out.append(line)
    return out


# The rest of a byline's names on the next line: Han characters, dots and spaces, a few names' worth.
_NAMES_REST = re.compile(rf"[{_HAN}][{_HAN}·\s\u3000]{{0,10}}")


def _byline_broken(prev: str, line: str, after: list[str]) -> bool:
    """Whether line carries on the byline prev (本刊记者 洛桑 / 次仁): prev is a byline with a name,
    line is only names, and running text (punctuated) comes under it — a headline under a byline
    would have none, and a byline's line is no headline."""
    if not TOP_BYLINE.match(tidy(prev)) or not _BYLINE_NAMES.match(tidy(prev)):
        return False                 # 本报评论员 names no one: nothing to carry on
    if not _NAMES_REST.fullmatch(line.strip()) or is_top_byline(line) and TOP_BYLINE.match(tidy(line)):
        return False
    text = next((ln for ln in after if ln), "")
    return bool(re.search(r"[，。；！？,;]", text))


def _split_marker(line: str) -> tuple[str | None, str]:
    """Return (the item's first line without its marker, text after a bracketed title) or (None, "")."""
    if not line:
        return None, ""
    marker = MARKER.match(line)
    if marker and line[marker.end():].strip():
        return line[marker.end():].strip(), ""
    bracket = _BRACKET_TITLE.match(line)
    if bracket:         # a 【label】 above a headline is furniture already: one left here opens a brief
        return bracket.group(1).strip(), bracket.group(2).strip()
    short = _SHORT_BRACKET.match(line)
    if short:           # 【香粉乡】日前，…: a place or body named in two or three characters opens the item
        from .headlines import STRONG_LEAD     # headlines imports this module first
        if STRONG_LEAD.match(tidy(short.group(2))):
            if _BRIEF_LABEL.fullmatch(short.group(1)):
                return line.strip(), ""     # 【快讯】4月17日，…: the column's word, no title — the item's lead
            return short.group(1).strip(), short.group(2).strip()
    return None, ""


def _heading(text: str, nos: tuple) -> Ln:
    from .hints import HEADING, HintedLn    # what a file's layout would say: this line is a headline
    return HintedLn(text, nos, HEADING)


# 【某乡】 before an item's lead: too short for a headline, the item's place (a lead must follow it)
# the words a column of briefs is called by (快讯, 简讯, 动态, 速递, 播报): a label, never a place
_BRIEF_LABEL = re.compile(r"[快简短]讯|动态|速递|播报|简报|资讯|要闻|新闻|[一-龥]?[报讯]")
_SHORT_BRACKET = re.compile(rf"^\s*【([{_HAN}]{{2,3}})】\s*(\S.*)$")


def _headline(text: str) -> bool:
    return 4 <= len(tidy(text)) <= 64 and not re.search(r"[，。；！？,;]", text)


_NOT_A_BYLINE = re.compile(r"[，。；！？、“”]")


def is_top_byline(line: str) -> bool:
    """Whether a line alone is a byline that opens an article (文/某某, 本报评论员, a lone name)."""
    if len(line) > 40 or _NOT_A_BYLINE.search(line):
        return False                 # most lines of a page: punctuated or long (asked of every line)
    text = tidy(line)
    return bool(text) and (bool(TOP_BYLINE.match(text)) or is_author_name(text) or bool(author_names(line)))


def author_names(line: str) -> list[str]:
    """Return the names of a line made of two to four names alone (宋知远　韩落梅), else []."""
    parts = _padded_names_joined([p for p in re.split(r"[\s\u3000、]+", line.strip()) if p])
    return parts if 2 <= len(parts) <= 4 and all(is_author_name(p) for p in parts) else []


def _padded_names_joined(parts: list[str]) -> list[str]:
    """Join a two-character name the typesetter padded to three cells (刘 瑾 许一鸣 → 刘瑾, 许一鸣): a
    lone character is no name, so it goes with the one after it when the two make a name."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        if len(parts[k]) == 1 and k + 1 < len(parts) and len(parts[k + 1]) == 1 \
                and is_author_name(parts[k] + parts[k + 1]):
            out.append(parts[k] + parts[k + 1])
            k += 2
            continue
        out.append(parts[k])
        k += 1
    return out


def is_author_name(text: str) -> bool:
    """Whether a line is a person's name alone: 2–3 characters (4 with a double surname), or a ·-name."""
    text = tidy(text)
    if _DOT_NAME.match(text):
        return True
    if not re.fullmatch(rf"[{_HAN}]{{2,4}}", text):
        return False
    surnames = load_lexicon().surnames
    return text[:2] in surnames if len(text) == 4 else text[:1] in surnames


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Return (the dateline opening a lead, the lead without it); (None, lead) when there is none."""
    match = DATELINE.match(paragraph)
    if not match or not paragraph[match.end():].strip():
        return None, paragraph
    return tidy(match.group(1)), paragraph[match.end():].lstrip()


def source_of_byline(attribution: str | None, publication: str | None) -> str | None:
    """Return who a dateline or top byline names as the source: the publication (本报…) or the agency."""
    text = tidy(attribution or "")
    if text.startswith(OWN_MEDIA):       # the publication's own: a paper, magazine, site, station
        return publication
    agency = re.match(r"^(新华社|中新社)", text)
    return agency.group(1) if agency else None


_BYLINE_NAMES = re.compile(rf"^(?:文\s*[/／:：]|{OWN_REPORTER}|记者|作者\s*[:：])\s*({_NAMES})")


def byline_names(attribution: str | None) -> list[str]:
    """Return the people a top byline names (文/张三 李四, 本报记者 王五, or a name alone)."""
    names = []
    for line in re.split(r"[（(][^（）()]*[）)]", attribution or ""):
        names += author_names(line)          # 宋知远 韩落梅: names alone, the space between kept
    if names:
        return names
    for part in re.split(r"[（(][^（）()]*[）)]", tidy(attribution or "")):
        match = _BYLINE_NAMES.match(part)
        if match:
            names += [n for n in re.split(r"[\s、,，]+", match.group(1)) if 2 <= len(n) <= 12]
        elif part and is_author_name(part):
            names.append(part)
    return names
