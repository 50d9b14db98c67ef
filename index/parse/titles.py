"""Titles an article lacks: one printed elsewhere on the page, or one derived from its lead.

A title printed after the page's last attribution goes to the untitled article
whose text shares most character pairs with it; an article still without a
title gets one made from its lead sentence, marked as derived.
"""
from __future__ import annotations

import re

from .clean import Ln, join_lines, tidy
from .headlines import title_printed_after


def bigrams(text: str) -> set[str]:
    text = re.sub(r"\W", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def place_orphan_titles(articles: list, titles: list[str]) -> None:
    """Give each title found away from its article to the untitled article it describes.

    More titles than untitled articles: the layout split a headline with a blank (汪清县民政局开展 /
    冬季送温暖活动, a title printed after its report); two neighbours that read as one headline are one."""
    titles = _split_headlines_joined(list(titles), sum(1 for a in articles if not a.title))
    for title in titles:
        untitled = [a for a in articles if not a.title]
        if not untitled:
            return
        wanted = bigrams(title)
        best = max(untitled, key=lambda a: len(wanted & bigrams(join_lines(a.body_lines))))
        best.title, best.title_lines = str(title), [title]


# A headline's second line: words and quotes, no digits or letters (a misread page number is none).
_HEADLINE_END = re.compile(r"^[\u4e00-\u9fff“”‘’《》·]{2,16}$")


def _split_headlines_joined(titles: list[str], untitled: int) -> list[str]:
    """Join neighbouring titles that read as one headline until there are no more than untitled."""
    from .headlines import _balanced, looks_like_title
    while len(titles) > max(untitled, 1):
        pair = next((k for k in range(len(titles) - 1) if looks_like_title([titles[k], titles[k + 1]])
                     and _balanced([titles[k], titles[k + 1]]) and _HEADLINE_END.match(titles[k + 1])), None)
        if pair is None:
            break
        one, two = titles[pair], titles[pair + 1]
        titles[pair:pair + 2] = [Ln(join_lines([one, two]), getattr(one, "nos", ()) + getattr(two, "nos", ()))]
    return titles


def titles_after_their_articles(articles: list) -> None:
    """Give a title printed between two articles to the one before it when that one has none and
    repeats the title's words clearly more than the one under it.

    A text layer may put a title after its article (it was set beside or below it); where the
    title sits says nothing then, the words it shares with each neighbour do. Clearly: at least
    3 character pairs and more than twice the other's, so two reports on the same kind of event
    (…开展主题党日活动 twice) keep their titles where they are.
    """
    for article in articles:
        _marker_off_the_title(article)
        _byline_from_the_title(article)
    after_habit = any([_title_from_its_end(article) for article in articles[:-1]])
    for before, after in zip(articles, articles[1:]):
        if not before.title and after.title and _stacked_title_split(before, after):
            after_habit = True
            continue
        if before.title or not after.title:
            continue
        wanted = bigrams(after.title)
        behind = len(wanted & _body_bigrams(before))
        under = len(wanted & _body_bigrams(after))
        if behind >= 3 and behind > 2 * under:
            before.title, before.title_lines = after.title, after.title_lines
            after.title, after.title_lines = None, []
            _byline_with_its_title(before, after)
            after_habit = True
    if articles and not after_habit and len(articles) > 1 and _opens_with(articles[-1], _dateline()):
        # The page's last report, opening with its dateline right under the report above (no headline
        # between), ends with a headline block after its last sentence: its title, printed after it.
        _title_from_its_end(articles[-1])
    if after_habit:
        # The page prints its titles after their articles (one above took its own so): the last
        # headline block, at the page's foot, is the last article's title, not text of its body.
        _title_from_its_end(articles[-1])
        for article in articles:
            _title_glued_at_its_end(article)


def _byline_with_its_title(before, after) -> None:
    """Give the article a title printed after it (moved up from the article under it) the byline that
    was printed under that title (…模式 / 本报记者 某某 某某): title and byline are one block of the
    layout, when the report under it opens with its own credit (本报讯（记者 某某）…, 本报某地某日电) and the
    one above with none (a page that prints bylines above their reports credits the one above at its top)."""
    from .openings import DATELINE, TOP_BYLINE
    line = after.attribution_line
    if before.attribution_line is not None or line is None or after.more_attribution_lines \
            or not TOP_BYLINE.match(tidy(line)) or not _opens_with(after, DATELINE) or _opens_with(before, DATELINE):
        return
    before.attribution, before.attribution_line = after.attribution, line
    after.attribution, after.attribution_line = None, None


def _dateline():
    from .openings import DATELINE
    return DATELINE


def _opens_with(article, pattern) -> bool:
    first = next((ln for ln in article.body_lines if ln), None)
    return first is not None and bool(pattern.match(tidy(first)))


def _title_glued_at_its_end(article) -> None:
    """Give an untitled article, on a page that prints titles after their articles, the headline its
    body ends with after a finished sentence, no blank between (……互促共进。 / 某某县民政局：… / 结对
    帮扶暖民心): a line or two without a sentence's punctuation that read as a headline."""
    from .clean import ends_sentence
    from .headlines import _TITLE_FORBIDDEN, looks_like_title
    if article.title:
        return
    lines = list(article.body_lines)
    while lines and not lines[-1]:
        lines.pop()
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k] and ends_sentence(lines[k])), None)
    if last is None:
        return
    tail = [ln for ln in lines[last + 1:] if ln]
    # (a one-line headline may stand across a blank: double spacing sets every line so)
    if not 1 <= len(tail) <= 3 or len(lines) - last - 1 != len(tail) and len(tail) > 1 \
            or any(_TITLE_FORBIDDEN.search(ln) for ln in tail) or not looks_like_title(tail) \
            or len(join_lines(tail)) < 8:
        return
    article.title_lines = tail
    article.title = join_lines(tail)
    article.body_lines = lines[:last + 1]


# A brief item's marker left on its headline (▲某某召开… / 年度…会 over two lines): no part of a title.
_TITLE_MARKER = re.compile(r"^\s*[▲△■◆●★☆◎□◇▶►•]\s*")


def _marker_off_the_title(article) -> None:
    """Take a brief item's marker (▲, ■, ●…) off the front of its headline: the marker says where an
    item starts, the words after it are its title (a two-line headline kept its ▲ on the first)."""
    lines = list(article.title_lines)
    first = next((k for k, ln in enumerate(lines) if ln), None)
    if first is None or not _TITLE_MARKER.match(lines[first]):
        return
    rest = _TITLE_MARKER.sub("", lines[first])
    if not rest and len([ln for ln in lines if ln]) < 2:
        return                       # a marker alone is no headline: nothing would be left
    lines[first] = Ln(rest, getattr(lines[first], "nos", ()))
    article.title_lines = [ln for ln in lines if ln]
    article.title = join_lines(article.title_lines)


def _stacked_title_split(before, after) -> bool:
    """Split a title made of two headlines stacked between two articles (长沙市民政局“一月一课”… /
    株洲市社会组织党建工作综述): the first is the title of the untitled report above, printed after
    it, when its words are clearly that report's (as titles_after_their_articles asks) and the rest
    reads as a headline of its own whose words are the report's under it."""
    from .headlines import looks_like_title
    lines = [ln for ln in after.title_lines if ln]
    best = None
    for k in range(1, len(lines)):
        head, tail = lines[:k], lines[k:]
        if not (looks_like_title(head) and looks_like_title(tail)) or min(
                len(join_lines(head)), len(join_lines(tail))) < 6:
            continue
        wanted, rest = bigrams(join_lines(head)), bigrams(join_lines(tail))
        behind, under = len(wanted & _body_bigrams(before)), len(wanted & _body_bigrams(after))
        if behind >= 3 and behind > 2 * under and len(rest & _body_bigrams(after)) >= 3 \
                and len(rest & _body_bigrams(after)) > len(rest & _body_bigrams(before)):
            if best is None or behind > best[0]:
                best = (behind, k)
    if best is None:
        return False
    k = best[1]
    before.title_lines, after.title_lines = lines[:k], lines[k:]
    before.title, after.title = join_lines(lines[:k]), join_lines(lines[k:])
    return True


# An author's note closing a piece: its writer is named under the headline (理论, 评论 pieces).
_AUTHORS_NOTE = re.compile(r"^[（(]\s*作者(系|单位|为|是)")


def _byline_from_the_title(article) -> None:
    """Take the writer's name off the end of a title when the piece closes with an author's note
    (（作者系…）, （作者单位：…）): a name alone under the headline is then its byline, glued to the
    headline when no blank set it apart (坚持党建引领…高质量发展 / 柳青禾). Without such a note the
    last line may be a headline's end that reads like a name (……工作座 / 谈会), and stays."""
    from .openings import author_names, is_author_name      # openings imports headlines, which imports this
    lines = [ln for ln in article.title_lines if ln]
    if len(lines) < 2 or not _AUTHORS_NOTE.match(article.attribution or ""):
        return
    name = lines[-1]
    if not (is_author_name(name) or author_names(name) or _writing_unit(name)) or len(join_lines(lines[:-1])) < 6:
        return
    article.title_lines = lines[:-1]
    article.title = join_lines(article.title_lines)
    article.attribution = _credit(name) + article.attribution
    article.more_attribution_lines.insert(0, article.attribution_line)
    article.attribution_line = name


# A unit signing a piece it wrote (中共某某市民政局党组, 某某市委社会工作部, 某某课题组): a body's name alone.
_UNIT = re.compile(r"^(中共)?[\u4e00-\u9fff]{2,24}(党组|党委|党工委|工委|委员会|厅|局|部|办公室|课题组|研究中心|研究院|学院|党校)$")


def _writing_unit(line: str) -> bool:
    """Whether a line is a writing unit's name alone: it names a body and says nothing else."""
    from .headlines import names_a_body
    text = re.sub(r"\s+", "", line)
    return bool(_UNIT.match(text)) and names_a_body(text)


def _credit(line: str) -> str:
    """A byline's text: names kept apart by one space (刘 瑾 许一鸣 → 刘瑾 许一鸣), a lone name whole."""
    from .openings import author_names
    names = author_names(line)
    return " ".join(names) if names else re.sub(r"\s+", "", line)


def _title_from_its_end(article) -> bool:
    """Give an untitled article the headline block its body ends with, set apart by a blank after a
    finished sentence: the next article's own headline stood between them, so this one is where
    the layout put the title of the report above it (a title printed after its article)."""
    if article.title:
        return False
    lines = list(article.body_lines)
    while lines and not lines[-1]:
        lines.pop()
    span = title_printed_after(lines + [""], len(lines) + 1)
    if span is None or not any(lines[:span[0]]):
        return False
    article.title_lines = [ln for ln in lines[span[0]:span[1]] if ln]
    article.title = join_lines(article.title_lines)
    article.body_lines = lines[:span[0]]
    return True


def _body_bigrams(article) -> set[str]:
    return bigrams(join_lines([ln for ln in article.body_lines if ln]))


MAX_DERIVED_TITLE = 40         # characters: a headline, not a paragraph (3,174 were seen)

_DAY = r"(\d{4}年)?\d{1,2}月\d{1,2}日?"
_LEAD_PREFIX = re.compile(
    rf"^(本报讯\s*[（(][^）)]*[）)]\s*|(近日|日前|近期|{_DAY}(至((\d{{4}}年)?\d{{1,2}}月)?\d{{1,2}}日)?)"
    r"(上午|下午|晚上)?[，,]?\s*)+")
_PURPOSE_CLAUSE = re.compile(r"^(为了?|在)[^，]{2,40}，")


def derive_title(paragraphs: list[str]) -> str:
    """Make a title from the lead sentence: 近日，江苏省民政厅举办……学习会。 → 江苏省民政厅举办……学习会."""
    if not paragraphs:
        return ""
    sentence = re.split(r"[。！？]", paragraphs[0], maxsplit=1)[0]
    for _ in range(2):               # 为……，10月9日，… : the purpose clause may come before the date
        sentence = _PURPOSE_CLAUSE.sub("", _LEAD_PREFIX.sub("", sentence))
    clauses = sentence.split("，")
    title = clauses[0]
    for clause in clauses[1:]:       # the main clause; short openings take the next one along
        if len(title) >= 8:
            break
        title += "，" + clause
    return capped(title.strip(" ，,"))


_CLAUSE_BREAK = "，、；：,;:"


def capped(title: str) -> str:
    """Cut a derived title to MAX_DERIVED_TITLE characters: at the last clause break within the
    cap when one leaves at least 8 characters, else mid-text, marked with an ellipsis."""
    if len(title) <= MAX_DERIVED_TITLE:
        return title
    head = title[:MAX_DERIVED_TITLE]
    cut = max(head.rfind(c) for c in _CLAUSE_BREAK)
    if cut >= 8:
        return head[:cut]
    return title[:MAX_DERIVED_TITLE - 1] + "…"
