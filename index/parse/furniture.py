"""Page furniture: what a publication prints around its articles, told by shape and by recurrence.

Every publication has its own running heads, column labels, mastheads and
distribution lines; a parser cannot list them all. Two signals need no list:

- **shape** — the publication's own name standing alone (宁夏民政, 中国社会报·党建周刊), a
  bracketed or dotted column label (【党建引领】, 基层党建·经验交流), a bulletin's masthead
  (第3期, ……办公室编 2024年3月15日) and distribution lines (报：… 送：… 发：…), a rule line
  (━━━━), and running heads whose digits OCR misread (2024年]月2日星期二);
- **recurrence** — a short line that comes back, digits and dates normalised, in several
  issues of the same publication is furniture, whatever it says (see :func:`learn_furniture`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .clean import OCR_DIGITS, ends_sentence, normalize, tidy
from .headlines import STRONG_LEAD, double_spaced_above, looks_like_title, names_a_body
from .lexicon import load_lexicon
from .openings import MARKER, MAX_LABEL_CHARS, is_top_byline

MIN_ISSUES = 3            # a line printed in this many issues of one publication is its furniture
TOP_LINES = 4             # …or in two, always among a page's first lines: a running head or a page's column
MAX_FURNITURE_CHARS = 40  # running heads and labels are short; a recurring long line is boilerplate text
_HAN = "\u4e00-\u9fff"
# OCR reads a 1 as ] | l I ! and a 0 as O o inside running heads: 2024年]月2日.
# Two misread in a row count too (2024年ll月l9日, 第ll期, lO月), and a page's 0 (AO5 for A05, O3 for 03).
_OCR_DIGIT = re.compile(r"(?<=[\d年月第A-Z])[\]|lI!｜]{1,2}(?=[\dOo月日版期页])|(?<=[\d\]|lI!｜])[Oo](?=[\d年月日])"
                        r"|(?<![A-Za-z][A-H])(?<=[A-H])[Oo](?=\d)|(?<![A-Za-z0-9])[Oo](?=\d)"
                        r"|(?<=[\d第])g(?=[\d期])|(?<=第)[zZ](?=[\d版期])|(?<=\d)[zZ](?=[版期])")
# A scan reads 第 as 笫 (a rarer glyph one stroke apart), 日 as 曰 and 期 as 朗 in a date's weekday:
# read back before a number, after a day's number, after 星.
_OCR_GLYPH = re.compile(r"笫(?=\s*[\d\]|lI!｜OozZg一二三四五六七八九十])|(?<=\d)曰|(?<=星)朗")
_GLYPH_READ = {"笫": "第", "曰": "日", "朗": "期"}
_DIGITS = re.compile(r"\d+")
_MASTHEAD = re.compile(r"^((\d{4}年)?[（(]?(总)?第\s*\d+\s*期[）)]?|[（(]?内部(资料|刊物)[^）)]{0,12}[）)]?|[（(]共印\s*\d+\s*份[）)]|[（(]?本期共\s*\d+\s*[条篇则期][）)]?)$")
_ISSUED_BY = re.compile(rf"^[{_HAN}（）()]{{2,24}}(编印|编发|印发|主办|编)\s*(\d{{4}}年\d{{1,2}}月\d{{1,2}}日)?$")
DISTRIBUTION = re.compile(r"^(报|送|发|抄送|抄报|主送|分送|报送|印发)\s*[:：]")
_RULE = re.compile(r"^[\-—─━=＝_＿~·•*※]{4,}$")
# A scan reads a vertical rule between items as bars (丨 丨, | |): a line of them alone, two or more (round twelve).
_SCANNED_RULE = re.compile(r"^[丨|｜](?:\s*[丨|｜])+$")
_BRACKET_LABEL = re.compile(rf"^【[{_HAN}·\s]{{2,10}}】$")
_DOT_LABEL = re.compile(rf"^[{_HAN}]{{2,8}}\s*[·・]\s*[{_HAN}]{{2,8}}$")
# A dotted pair is a label, not a name (阿依古丽·买买提), when one side names a section.
_SECTION_WORD = re.compile(r"党建|党的建设|要闻|快讯|动态|周刊|专刊|专版|特刊|理论|评论|交流|经验|观察|实践|"
                           r"视点|聚焦|纵深|声音|访谈|专题|一线|基层|学习|时评|策划|民政|融媒|简报|报")


# A box's or a column's label whose words say what the box is, in any publication: a link or a
# further reading beside a report (相关链接, 延伸阅读, 知识链接), a word explained (名词解释), the
# readers' letters column (读者来信, 编读往来). The language's forms, never a headline's words: a
# headline says what happened (round twelve).
_BOX_LABEL = re.compile(r"^(?:(?:相关|延伸|拓展|背景|知识|政策|新闻)?链接|(?:延伸|拓展|相关|推荐)阅读|名词解释|小贴士|"
                        r"读者来信|编读往来|来信选登|读者之声|读者心声)$")
# …of them, the boxes that explain one thing beside a report (a link, a word explained): their text
# ends with its paragraph, and a report's lead under it opens the next report.
_EXPLAINING_BOX = re.compile(r"^(?:(?:相关|延伸|拓展|背景|知识|政策|新闻)?链接|(?:延伸|拓展|相关|推荐)阅读|名词解释|小贴士)$")


def is_explaining_box(line: str) -> bool:
    """Whether a line is the label of a box that explains one thing (相关链接, 名词解释)."""
    return bool(_EXPLAINING_BOX.match(tidy(line).replace(" ", "")))


# A column's name framed by dots or dashes (·理论视窗·, — 访谈 —, ◆一线观察◆): the frame marks a label.
_FRAMED_LABEL = re.compile(rf"^([·・•◆◇]|[—\-]{{1,2}})\s*[{_HAN}]{{2,8}}\s*([·・•◆◇]|[—\-]{{1,2}})$")


_WEEKDAY = re.compile(r"(星期|周)[一二三四五六日天]")
# a byline's role opening the line (本报记者 艾尔肯·吐尔逊 刘洋): its ·-name makes no dotted label
_ROLE_FIRST = re.compile(r"^(本报|本刊|本网|本台)?(特约)?(记者|通讯员)")
# OCR reads 6月 as 明 (the two glyphs fuse): 2024年明14日.
_FUSED_MONTH = re.compile(r"(?<=年)明(?=[\d\]|lI!｜])")


def furniture_key(line: str) -> str:
    """Return the form a line recurs in: tidy, OCR misreads read, every number as 0, any weekday."""
    text = tidy(normalize(line)).replace(" ", "")
    text = _FUSED_MONTH.sub("6月", ocr_read(text))
    return _WEEKDAY.sub("星期", _DIGITS.sub("0", text))


def shape_reason(line: str, publication: str | None = None) -> str | None:
    """Return why a whole line is furniture by its shape alone, or None."""
    if len(line) > 80 or "。" in line:
        return None                  # furniture is short and no sentence (asked of every line)
    text = tidy(normalize(line))
    if not text:
        return None
    if _RULE.match(text.replace(" ", "")) or _SCANNED_RULE.match(text):
        return "furniture: rule line"
    if publication and _names_publication(text, publication):
        return "furniture: the publication's name"
    if _MASTHEAD.match(text.replace(" ", "")) or _ISSUED_BY.match(text.replace(" ", "")):
        return "furniture: bulletin masthead"
    if _DOT_LABEL.match(text) and _SECTION_WORD.search(text) and not _ROLE_FIRST.match(text):
        return "furniture: column label"
    flat = text.replace(" ", "").replace("\u3000", "")
    if _BOX_LABEL.match(flat) or _FRAMED_LABEL.match(flat):
        return "furniture: column label"
    return None


def bracket_label(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether 【党建引领】 alone on its line is a column label: a headline, not a lead, follows it
    (a brief item's 【title】 has its text under it)."""
    if not _BRACKET_LABEL.match(tidy(lines[filled[k]])):
        return False
    after = tidy(lines[filled[k + 1]]) if k + 1 < len(filled) else ""
    return not re.search(r"[，。；！？]", after)


MAX_BRACKET_LABEL = 6      # a column's name in brackets (【党建引领】, 【一线声音】); an item's headline says more


def _bracket_labels_alike(lines: list[str], filled: list[int], found: dict[int, str]) -> list[int]:
    """Return the short 【…】 lines alone on their line that have a lead under them, on a page whose
    other such lines are column labels already (【案例】, 【一线声音】 above headlines): a page sets its
    column names one way, so 【党建引领】 above a brief lead that never says it is the column's name
    too, not its title."""
    alone = [i for i in filled if _BRACKET_LABEL.match(tidy(lines[i]))
             and len(re.sub(r"[\s【】]", "", tidy(lines[i]))) <= MAX_BRACKET_LABEL]
    if not any(found.get(i, "").startswith("furniture: column label") for i in alone):
        return []
    position = {i: k for k, i in enumerate(filled)}       # not filled.index(i) per label: a page of labels was quadratic
    return [i for i in alone if i not in found and not _told_below(lines, filled, position[i])]


def _told_below(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether the text under the k-th filled line, a 【…】 line, tells what it says (【党员先锋岗】 /
    屏边县民政局设立党员先锋岗…): a brief item's title, whose words its text restates; a column's name is not."""
    own = re.sub(r"[\s【】]", "", tidy(lines[filled[k]]))
    below = "".join(tidy(lines[j]) for j in filled[k + 1:k + 5])
    pairs = {own[n:n + 2] for n in range(len(own) - 1)}
    return sum(1 for p in pairs if p in below) >= 2


def _names_publication(text: str, publication: str) -> bool:
    """Whether a line is the publication's name, alone or with a section after a dot (公益时报·党建)."""
    flat = text.replace(" ", "")
    if flat == publication:
        return True
    if flat.startswith(publication) and len(flat) <= len(publication) + 10:
        rest = flat[len(publication):]
        return bool(re.fullmatch(rf"[·・|｜]?[{_HAN}]{{2,8}}", rest)) and rest[0] in "·・|｜"
    return False


def _misread_name(text: str, publication: str) -> bool:
    """Whether a line at the page's top is the publication's name with one character misread by the
    scan (长白山 read 长自山): as long as the name, four characters or more, all else the same."""
    flat = text.replace(" ", "")
    if len(flat) != len(publication) or len(flat) < 4 or flat == publication:
        return False
    return sum(a != b for a, b in zip(flat, publication)) == 1


_OCR_SUSPECTS = frozenset("]|lI!｜OogzZ")


def ocr_read(line: str) -> str:
    """Return the line with OCR-misread digits of dates and page numbers read (2024年]月 → 2024年1月,
    2O21年 → 2021年, 第g期 → 第9期): read as 1, an O made 2021 the year 2121, no page's date."""
    if "明" in line:
        line = _FUSED_MONTH.sub("6月", line)     # 2024年明14日: 6月 fused into one glyph
    if "笫" in line or "曰" in line or "朗" in line:
        line = _OCR_GLYPH.sub(lambda m: _GLYPH_READ[m.group()], line)
    if _OCR_SUSPECTS.isdisjoint(line):
        return line                  # most lines: nothing to read (asked of every line)
    return _OCR_DIGIT.sub(lambda m: m.group().translate(OCR_DIGITS), line)


def is_distribution(line: str) -> bool:
    """Whether a line opens a bulletin's distribution list (报：… 送：… 发：…)."""
    return bool(DISTRIBUTION.match(tidy(line)))


def learn_furniture(pages: Iterable[tuple[str | None, str, str]]) -> dict[str, dict[str, int]]:
    """Learn each publication's furniture from (publication, issue, text) of its pages.

    A short line (≤ MAX_FURNITURE_CHARS) that is not a sentence and comes back,
    digits normalised, in at least MIN_ISSUES different issues of one publication
    is furniture; the value is the number of issues it was seen in. A title or a
    sentence of one article is printed once; a header, a footer or a column label
    comes back on every page that carries it.
    """
    # A label the lexicon knows (党建, TOPIC) is noise wherever it stands apart: learning it adds
    # nothing, and would make a publication's learned set change with every page of it added or
    # removed (an update then rebuilds all its pages).
    known = load_lexicon().labels
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    below_top: dict[str, set[str]] = defaultdict(set)     # keys seen lower than a page's first lines
    for publication, issue, text in pages:
        if not publication:
            continue
        lines = [line.strip() for line in normalize(text).split("\n")]
        filled = [i for i, line in enumerate(lines) if line]
        for k, i in enumerate(filled):
            flat = tidy(lines[i])
            if (2 <= len(flat) <= MAX_FURNITURE_CHARS and not ends_sentence(flat) and not _credits(flat)
                    and flat not in known and _stands_apart(lines, filled, k) and not _heads_a_lead(lines, filled, k)):
                key = furniture_key(flat)
                seen[publication][key].add(issue)
                if k >= TOP_LINES or not _opens_the_page(lines, filled, k):
                    below_top[publication].add(key)
    return {pub: {key: len(issues) for key, issues in keys.items()
                  if len(issues) >= MIN_ISSUES or (len(issues) >= 2 and key not in below_top[pub])}
            for pub, keys in seen.items()}


def _credits(text: str) -> bool:
    """Whether a line credits a source or an author (（据山东省民政厅）, 文/某某, 本报评论员): the same
    office or writer recurs in many issues, and their line still belongs to an article. A section's
    name (党 建, 理论, 要闻) reads like a two-character name, but no writer is called by a section
    word: recurring, it is the page's column label."""
    return text[0] in "（(" and text[-1] in "）)" or is_top_byline(text) and not _section_name(text)


def _section_name(text: str) -> bool:
    """Whether a short line is made of a section word (党建, 理论园地), not a person's name."""
    flat = text.replace(" ", "")
    return len(flat) <= 6 and bool(_SECTION_WORD.search(flat))


def recurrence_reason(line: str, learned: dict[str, int]) -> str | None:
    """Return why a line is learned furniture (how many issues print it), or None."""
    if not learned or _credits(tidy(line)):
        return None
    n = learned.get(furniture_key(line))
    return f"furniture: recurs in {n} issues of this publication" if n else None


def furniture_reasons(lines: list[str], filled: list[int], publication: str | None,
                      learned: dict[str, int], known: frozenset[int] = frozenset(),
                      kind: str | None = None) -> dict[int, str]:
    """Return the furniture lines of a page (index → reason): by shape, by recurrence, and the
    distribution block at a bulletin's foot (from its first 报：/送：/发： line to the end), short
    labels above the page's first headline and an editor's note; known lines are noise already."""
    found: dict[int, str] = {}
    top = set(filled[:12 if kind == "bulletin" else 8])    # a bulletin's masthead may run longer
    # …and its issuer and item count may close the page (本期共6条 / ……编印), under a finished sentence
    top |= {i for k, i in enumerate(filled) if k >= max(1, len(filled) - 2)
            and (ends_sentence(tidy(lines[filled[k - 1]])) or lines[filled[k - 1]].endswith(("）", ")")))}
    for k, i in enumerate(filled):
        reason = shape_reason(lines[i], publication)
        if reason is None and k < 3 and publication and _misread_name(tidy(lines[i]), publication):
            reason = "furniture: the publication's name (a character misread)"
        if reason is None and bracket_label(lines, filled, k):
            reason = "furniture: column label"
        if reason == "furniture: bulletin masthead" and i not in top:
            reason = None               # 第3期 or ……编 mid-page is text
        if reason is None and learned and _stands_apart(lines, filled, k) and not _heads_a_lead(lines, filled, k):
            reason = recurrence_reason(lines[i], learned)
        if reason:
            found[i] = reason
    for i in _bracket_labels_alike(lines, filled, found):
        found[i] = "furniture: column label (as the page's other 【】 labels)"
    foot = [i for i in filled[-10:] if is_distribution(lines[i])]
    if kind not in (None, "bulletin") and len(foot) < 2:
        foot = []                       # a lone 报：… at a newspaper page's foot is text
    for i in (filled[filled.index(foot[0]):] if foot else ()):
        found.setdefault(i, "furniture: distribution line")
    content = [i for i in filled if i not in found and i not in known]
    for i in _editors_note(lines, content):
        found[i] = "editor's note (编者按): not an article"
    for i in contents_list(lines, content):
        found[i] = "furniture: contents list (its entries recur as headlines below)"
    for i in numbered_contents(lines, [i for i in content if i not in found]):
        found[i] = "furniture: contents list (entries with their page numbers)"
    for i in _labels_above_first_title(lines, [i for i in content if i not in found]):
        found[i] = "furniture: column label above the page's first title"
    for i in labels_between_articles(lines, [i for i in content if i not in found]):
        found[i] = "furniture: column label between two articles"
    for i in pull_quotes(lines, [i for i in content if i not in found]):
        found[i] = "furniture: pull quote (repeats the article's text beside it)"
    return found


PULL_QUOTE_CHARS = (8, 30)      # a clause set large: long enough not to repeat by chance
PULL_QUOTE_REACH = 8            # filled lines above it where the article printed the words


def pull_quotes(lines: list[str], content: list[int]) -> list[int]:
    """Return the pull quotes: a line set apart by blanks, without a sentence's punctuation, whose
    words the article printed verbatim just above it, inside running text (兜住兜准兜牢民生底线 after
    ……兜住兜准兜牢民生底线。), with the article going on under it. A subheading announces what follows
    rather than repeating what precedes; a title printed after its article has another article, or
    nothing, under it."""
    out = []
    for k, i in enumerate(content):
        text = _squash(lines[i])
        if not (PULL_QUOTE_CHARS[0] <= len(text) <= PULL_QUOTE_CHARS[1]) or _NOT_AN_ENTRY.search(text) \
                or "，" in text or k < 2 or k + 1 >= len(content):
            continue
        if lines[i - 1] or i + 1 < len(lines) and lines[i + 1]:
            continue                     # not set apart
        above = content[max(0, k - PULL_QUOTE_REACH):k]
        if not ends_sentence(lines[above[-1]]) or not _goes_on(lines, content[k + 1:]):
            continue                     # a quote stands between two paragraphs, the article going on
        if text in "".join(_squash(lines[j]) for j in above) and not any(_squash(lines[j]) == text for j in above) \
                and not (_names_an_actor(text) and _headline_goes_on(lines, content[k + 1:])):
            out.append(i)                # (a line naming an actor, with a headline's end under it, is
                                         # the first half of a title printed after its report)
        elif _repeated_below(text, lines, content[k + 1:k + 1 + PULL_QUOTE_REACH]) and not _names_an_actor(text):
            out.append(i)                # set above the passage it repeats; a line naming an actor
                                         # (石门镇党委举办…) is a headline its lead restates
    taken = set(out)
    return out + [i for i in _quoted_pull_quotes(lines, content) if i not in taken]


QUOTED_QUOTE_CHARS = (8, 60)    # a sentence or two set large inside quote marks
QUOTED_QUOTE_SHARE = 0.6        # of its character pairs the article prints beside it
_OPEN_QUOTE, _CLOSE_QUOTE = "「『“", "」』”"


def _quoted_pull_quotes(lines: list[str], content: list[int]) -> list[int]:
    """Return the lines of pull quotes printed inside quote marks (「让党组织“活起来”，/ 关键在于…」,
    “让每一个社会组织都有党的声音。”): one to three lines set apart by blanks, wholly inside one pair of
    marks, between two paragraphs of an article that goes on under them, whose words (most of their
    character pairs) the article prints within a few paragraphs — a quoted speech of its own, or an
    interview's turn, is printed once."""
    out: list[int] = []
    position = {i: k for k, i in enumerate(content)}
    k = 0
    while k < len(content):
        i = content[k]
        if lines[i][:1] not in _OPEN_QUOTE or k < 2 or lines[i - 1]:
            k += 1
            continue
        end = k                      # the quote's lines, up to the one closing its mark (double
        text = _squash(lines[i])     # spacing may set a blank between them)
        while not _closes_quote(text) and end + 1 < len(content) and end - k < 2:
            end += 1
            text += _squash(lines[content[end]])
        last = content[end]
        closed = _closes_quote(text)
        apart = last + 1 >= len(lines) or not lines[last + 1]
        if not (closed and apart and QUOTED_QUOTE_CHARS[0] <= len(text) <= QUOTED_QUOTE_CHARS[1]
                and text.count(text[0]) == 1 and ends_sentence(lines[content[k - 1]])
                and _goes_on(lines, content[end + 1:])):
            k = end + 1
            continue
        near = content[max(0, k - 3 * PULL_QUOTE_REACH):k] + content[end + 1:end + 1 + 3 * PULL_QUOTE_REACH]
        wanted = _pairs(text)
        told = _pairs("".join(_squash(lines[j]) for j in near))
        if wanted and len(wanted & told) >= QUOTED_QUOTE_SHARE * len(wanted):
            out += content[k:end + 1]
        k = position[last] + 1
    return out


def _closes_quote(text: str) -> bool:
    return text.rstrip("。！？")[-1:] in _CLOSE_QUOTE


def _pairs(text: str) -> set[str]:
    """The character pairs of a text's words (its punctuation and quote marks left out)."""
    flat = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)
    return {flat[n:n + 2] for n in range(len(flat) - 1)}


_SENTENCE_END = "。！？"

# A report's headline opens with its actor's place (石门镇党委举办…, 白水县民政局召开…).
_OPENS_WITH_A_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(省|市|县|区|州|盟|旗|镇|乡|街道|社区|村)")


def _names_an_actor(text: str) -> bool:
    return bool(_OPENS_WITH_A_PLACE.match(text)) or names_a_body(text)



def _repeated_below(text: str, lines: list[str], below: list[int]) -> bool:
    """Whether the paragraph under a quote prints it as a whole sentence of its own (作风建设永远在路上
    over 作风建设永远在路上。只有……): the layout set the quote above the passage it repeats. A whole
    sentence, not a clause: a headline's words recur in its lead as a clause (……召开推进会，会议…)."""
    squashed = "".join(_squash(lines[j]) for j in below)
    at = squashed.find(text)
    while at >= 0:
        after = squashed[at + len(text):at + len(text) + 1]
        if (at == 0 or squashed[at - 1] in _SENTENCE_END) and after and after in _SENTENCE_END:
            return True
        at = squashed.find(text, at + 1)
    return False


def _headline_goes_on(lines: list[str], rest: list[int]) -> bool:
    """Whether a short headline-like line, set apart, stands under a line (州委…召开全州社会组织 /
    党建工作总结会): together they are one headline the layout split with a blank."""
    if not rest:
        return False
    under = lines[rest[0]]
    return rest[0] >= 1 and not lines[rest[0] - 1] and looks_like_title([under]) and len(_squash(under)) <= 12


def _closes_with_credit(line: str) -> bool:
    return tidy(line).endswith(("）", ")"))


def _goes_on(lines: list[str], rest: list[int]) -> bool:
    """Whether the text under a line goes on with an article: no lead, dateline, byline or attribution."""
    if not rest:
        return False
    under = tidy(lines[rest[0]])
    return not (STRONG_LEAD.match(under) or is_top_byline(under) or _closes_with_credit(under))


# a column's name (理论园地, 一线传真, 党建快讯) is at most MAX_LABEL_CHARS; a headline says more
_LABEL_TEXT = re.compile(rf"^[{_HAN}·]{{2,{MAX_LABEL_CHARS}}}$")


def labels_between_articles(lines: list[str], content: list[int]) -> list[int]:
    """Return the column labels no list knows standing mid-page above an article: a short line set
    apart by blanks after a finished sentence or an attribution, above a headline with a byline or a
    lead under it (理论园地 / 以“四个结合”推动… / 文/某某), or right above a brief item's marker
    (党建快讯 / ■ …). A subheading of the same length has the article's running text under it."""
    out = []
    for k, i in enumerate(content):
        text = tidy(lines[i]).replace(" ", "")
        if not _LABEL_TEXT.match(text) or k + 1 >= len(content) or (k and not _closes(lines[content[k - 1]])):
            continue
        below = content[k + 1]
        if i and lines[i - 1] and k:
            continue                     # glued under the text before: a headline's or a sentence's line
        opening = _headline_opening(lines, content[k + 1:]) if below > i + 1 else None
        if opening == "lead" and (double_spaced_above(lines, i) or names_a_body(text)) \
                and _restated_below(text, lines, content[k + 1:]):
            continue                     # double spacing sets a headline's first line apart too (白水县民政局 /
                                         # “银发党员”服务队成立 / 6月3日，白水县民政局…): the lead restates it;
                                         # so may a page setting each headline line apart: a body the lead
                                         # names (阳高县民政局 / / 开展…) is no column's name
        if _opens_an_item(lines[below]) and below == i + 1 or opening:
            out.append(i)
    return out


_BRACKETED_ITEM = re.compile(r"^\s*【[^【】]{4,40}】\s*\S")


def _opens_an_item(line: str) -> bool:
    """Whether a line opens a brief item: a marker (■ ◆ ●) or a 【headline】 with its text after it."""
    return bool(MARKER.match(line) or _BRACKETED_ITEM.match(line))


def _restated_below(text: str, lines: list[str], rest: list[int]) -> bool:
    """Whether the words of a short line recur in the next lines (a report's lead restates its whole
    headline; a column's name, 资讯 or 基层来风, is not in the report under it)."""
    return text in "".join(_squash(lines[i]) for i in rest[:8])


def _closes(line: str) -> bool:
    """Whether a line closes what stood above it: a finished sentence or an attribution （…）."""
    return ends_sentence(line) or tidy(line).endswith(("）", ")"))


def _headline_opening(lines: list[str], rest: list[int]) -> str | None:
    """Return what stands under the headline of one to four lines the lines rest start with: a
    "byline" (文/某某, a name alone) or a "lead" (5月10日，/ 本报讯); None when neither does."""
    for size in range(1, min(4, len(rest) - 1) + 1):
        run = [lines[i] for i in rest[:size]]
        if not looks_like_title(run):
            return None
        under = tidy(lines[rest[size]])
        if is_top_byline(under):
            return "byline"
        if STRONG_LEAD.match(under):
            return "lead"
    return None


CONTENTS_REACH = 40         # content lines a contents list may start in: it stands at the page's top
_CONTENTS_HEADING = re.compile(r"目录|要目|目次|导读")
_NOT_AN_ENTRY = re.compile(r"[。！？；]")


def contents_list(lines: list[str], content: list[int]) -> list[int]:
    """Return the lines of a contents list opening the page: two or more entries in a row, each a
    headline that the page prints again below as whole lines (the repetition is the signal, not a
    bulletin's wording), with a short heading above them (本期目录) when there is one."""
    entries = _entries(lines, content[:CONTENTS_REACH])
    while entries and len(_squash(" ".join(lines[i] for i in entries[0]))) <= 2:
        entries = entries[1:]             # the broken end of a masthead line (……编 2024年3月20 / 日)
    # The heading (目 录) may stand under masthead lines no other test took (the issuer and date).
    at = next((h for h, entry in enumerate(entries[:3]) if len(entry) == 1
               and len(_squash(lines[entry[0]])) <= 6 and _CONTENTS_HEADING.search(_squash(lines[entry[0]]))), None)
    if at is not None:
        heading, entries = entries[at], entries[at + 1:]
    else:
        heading = []
    text, starts, ends = _squashed(lines, content)
    run: list[int] = []
    for entry in entries:                 # from the page's first content line on, stopping at the first non-entry
        own = _squash(" ".join(_without_leader(lines[i]) for i in entry))
        if len(own) < 6 or not looks_like_title([MARKER.sub("", _without_leader(ln)) for ln in (lines[i] for i in entry)]) \
                or not _recurs_below(own, text, starts, ends, entry[-1]):
            break
        run += entry
    return heading + run if len(entries) >= 2 and len(run) > len(entries[0]) else []


# A contents entry's leader dots and page number (……………1, ·····3), the column may carry to a line
# of their own: no part of the headline the page prints again below. Read by stripping from the
# line's end (no pattern: a run of dots and spaces with no number after it must not backtrack).
_LEADER_DOTS = "…．.·・ \u3000"


# A contents entry with its page number in front (04  把党建优势转化为服务效能) or behind it after
# spaces (把党建优势转化为服务效能  04): a headline, no sentence, no number of a measure (10 月, 3 个).
_FRONT_NUMBERED_ENTRY = re.compile(r"^(\d{1,3})[\s\u3000]+(?![年月日号个名人万元%％])[^\s，。；！？,;][^，。；！？,;]{3,}$")
_ENTRY_PUNCTUATION = re.compile(r"[，。；！？,;]")


def _entry_number(text: str) -> int | None:
    """Return the page number of a contents entry's line (04  标题, or 标题  04), or None. The number
    behind is read by stripping, no pattern: a run of spaces before it must not backtrack."""
    front = _FRONT_NUMBERED_ENTRY.match(text)
    if front:
        return int(front.group(1))
    bare = text.rstrip("0123456789")
    digits = text[len(bare):]
    head = bare.rstrip(" \t\u3000")
    if not 1 <= len(digits) <= 3 or len(bare) - len(head) < 2 or len(head) < 4 or _ENTRY_PUNCTUATION.search(head):
        return None
    return int(digits)


_CONTENTS_SECTION = re.compile(rf"^[{_HAN}·　 ]{{2,8}}$")      # a contents list's section (卷首语, 理论前沿)
MIN_NUMBERED_ENTRIES = 3


def numbered_contents(lines: list[str], content: list[int]) -> list[int]:
    """Return a contents list whose entries carry their page numbers (a magazine's 本期目录 on its
    first pages): three or more entry lines near the page's top, numbers never going down, with the
    short section lines among them and its heading above them. The numbers are the signal: the
    entries' headlines may stand on other pages (round twelve)."""
    top = content[:CONTENTS_REACH]
    best: list[int] = []
    k = 0
    while k < len(top):
        run, entries, last = [], 0, -1
        j = k
        while j < len(top):
            text = lines[top[j]].strip()       # not tidy: the space after the number is the entry's mark
            number = _entry_number(text)
            if number is not None:
                if number < last:
                    break
                last, entries = number, entries + 1
                run.append(top[j])
            elif entries and _CONTENTS_SECTION.match(tidy(text)) and j + 1 < len(top):
                run.append(top[j])          # a section line between entries (理论前沿)
            else:
                break
            j += 1
        while run and _entry_number(lines[run[-1]].strip()) is None:
            run.pop()                       # a section line after the last entry heads an article
        if entries >= MIN_NUMBERED_ENTRIES and len(run) > len(best):
            best = run
            # the heading and section lines right above the first entry (目 录 / 卷首语)
            h = k - 1
            while h >= 0 and k - h <= 2 and (_CONTENTS_SECTION.match(tidy(lines[top[h]])) or
                                              _CONTENTS_HEADING.search(_squash(lines[top[h]]))) \
                    and len(_squash(lines[top[h]])) <= 8:
                best = [top[h]] + best
                h -= 1
        k = j + 1 if j > k else k + 1
    return best


def _without_leader(line: str) -> str:
    """Return an entry's line without its leader dots and page number."""
    text = line.rstrip().rstrip("0123456789")
    bare = text.rstrip(_LEADER_DOTS)
    dots = sum(1 for c in text[len(bare):] if c not in " \u3000")
    return bare if dots >= 2 or not bare and dots else line


def _entries(lines: list[str], content: list[int]) -> list[list[int]]:
    """Group lines into would-be entries: a run of adjacent lines, a marker (◎ ■) opening a new one."""
    groups: list[list[int]] = []
    for i in content:
        if groups and groups[-1][-1] == i - 1 and not MARKER.match(lines[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", MARKER.sub("", tidy(text)))


def _squashed(lines: list[str], content: list[int]) -> tuple[str, dict[int, int], set[int]]:
    """Return the page's content squashed, where each line starts in it (offset → line index) and
    the offsets where lines end."""
    parts, starts, ends, pos = [], {}, set(), 0
    for i in content:
        part = _squash(lines[i])
        starts[pos] = i
        parts.append(part)
        pos += len(part)
        ends.add(pos)
    return "".join(parts), starts, ends


def _recurs_below(own: str, text: str, starts: dict[int, int], ends: set[int], last: int) -> bool:
    """Whether own occurs again in text as whole lines below line last (a headline, not a phrase)."""
    at = text.find(own)
    while at >= 0:
        if starts.get(at, -1) > last and at + len(own) in ends:
            return True
        at = text.find(own, at + 1)
    return False


_SHORT_LABEL = re.compile(rf"^([{_HAN}]{{2,4}}|[A-Z][A-Z &]{{1,30}})$")


def _labels_above_first_title(lines: list[str], content: list[int]) -> list[int]:
    """Return the short lines (特别策划, 访谈, 党建 TOPIC) standing above the page's first headline."""
    run = []
    for k, i in enumerate(content[:3]):
        if not _SHORT_LABEL.match(tidy(lines[i])):
            break
        run.append(i)
    if not run:
        return []
    rest = content[len(run):]
    block = [lines[i] for i in rest[:1]]
    for i in rest[1:4]:
        if lines[i - 1] == "" or not looks_like_title(block + [lines[i]]):
            break
        block.append(lines[i])
    if not (block and looks_like_title(block) and len(tidy("".join(block))) >= 8):
        return []
    last = run[-1]
    if last > 0 and not lines[last - 1] and rest[0] == last + 1:
        run = run[:-1]               # glued to the headline and set apart from all above it by a
                                     # blank: the headline's kicker (守正创新 / 以“两个结合”推动…)
    return run


_NOTE = re.compile(r"^[【\[]?(编者按|编者的话|编后)")


_NOTE_MID_PAGE = re.compile(r"^[【\[]?(编者按|编者的话)")


def _editors_note(lines: list[str], content: list[int]) -> list[int]:
    """Return the lines of each editor's note (编者按：……): one opening the page, or one standing
    after a finished sentence mid-page, above the article it introduces; each up to the sentence
    after which a blank or a headline follows (a blank mid-sentence is double spacing)."""
    out: list[int] = []
    for k, i in enumerate(content):
        text = tidy(lines[i])
        if k < 4 and _NOTE.match(text) or k >= 4 and _NOTE_MID_PAGE.match(text) and (
                ends_sentence(lines[content[k - 1]]) or lines[content[k - 1]].endswith(("）", ")"))):
            out += _note_from(lines, content, k)
    return out


def _note_from(lines: list[str], content: list[int], start: int) -> list[int]:
    out = []
    for k in range(start, min(len(content), start + 12)):
        i = content[k]
        out.append(i)
        after = content[k + 1] if k + 1 < len(content) else None
        if after is None or ends_sentence(lines[i]) and (lines[i + 1] == "" or not re.search("[，。]", lines[after])):
            return out
    return []


def _heads_a_lead(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether a lead (10月9日，/ 近日，/ 本报讯) opens right under the line: then it is a headline
    (or its last line), however often the paper prints it."""
    return k + 1 < len(filled) and bool(STRONG_LEAD.match(tidy(lines[filled[k + 1]])))


def _opens_the_page(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether the line is the page's first, or follows a running head (with digits) or a short label,
    rather than a headline's first line (…高质 / 量发展座谈会召开)."""
    if k == 0:
        return True
    before = tidy(lines[filled[k - 1]])
    return ends_sentence(before) or bool(re.search(r"\d", before)) or len(before) <= 6


def _stands_apart(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether the k-th filled line is a line of its own, not a piece of a sentence the column broke."""
    if k + 1 < len(filled) and lines[filled[k + 1]][:1] in "，。、；：！？）”":
        return False
    if k < 6 or k >= len(filled) - 6:
        return True                 # running heads and footers
    # Judged by the filled line before, not the raw one: double spacing puts a blank after every line.
    before = lines[filled[k - 1]]
    return ends_sentence(before) or before.endswith(("）", ")"))
