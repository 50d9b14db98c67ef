"""Honour lists (表彰名单): the names of an article that lists people under category or unit headings.

Printed variants: 一、优秀共产党员（10名） headings, then names separated by 、; a unit heading with a
colon (合肥市民政局：周立新、杨雪梅); notes after a name (刘正阳（女）, 陈思琪（藏族）); a heading or
the next unit glued by the line joiner to the name before it (孙悦然二、优秀党务工作者, 杨雪梅芜湖市民政局：);
授予某某、某某同志…称号. Minority names (次仁卓玛, 吉克阿呷) carry no surname the lexicon knows.
"""
from __future__ import annotations

import re

from .agencies import places_in
from .lexicon import Lexicon
from .namelists import looks_like_name

_HAN = r"\u4e00-\u9fff"
# 那仁格日勒: five; 刀·玉香: a Dai name's one-character first part
_NAME = re.compile(rf"^(?:[{_HAN}]{{1,8}}·[{_HAN}]{{2,4}}|[{_HAN}]{{2,5}})$")
# A count after a heading ends the heading: 优秀共产党员（10名）.
_COUNT = re.compile(r"[（(]\s*[\d一二三四五六七八九十百]+\s*(?:名|个|人|家|位)\s*[）)]")
# A note after a name is not part of it: （女）, （藏族）, （市民政局办公室）.
_NOTE = re.compile(r"[（(][^（）()]{1,16}[）)]")
# Where one list ends and the next heading begins: 一、 二、, a colon, a line end, or a category
# heading the line joiner glued to the names around it (…肖可欣优秀党务工作者胡长林、…).
_LIST_BREAK = re.compile(r"[一二三四五六七八九十]+、|[:：\n。；;！？▲△■□●◆◇★☆]|(?:优秀|先进|模范)[\u4e00-\u9fff]{0,8}?"
                         r"(?:党员|工作者|党组织|集体|个人|干部|志愿者|标兵|家庭)")
# An article that is a list of honours: its lists may be short (a unit's two names) and hold names
# without a known surname.
_HONOURS = re.compile(r"表彰|名单|命名|授予|评选|推荐|公示|优秀|先进|称号")
_GRANT = re.compile(r"^(?:授予|表彰|命名|推荐|评选|确定|拟)")
_TAIL = re.compile(r"(?:等)?同志.*$|等.*$|[\d一二三四五六七八九十]+(?:人|名|位).*$")    # …、侯玉光4人
_UNIT_START = re.compile(r"[省市县区州旗盟]")
# …or a heading that names a kind of unit (杨春燕直属单位：, 王明厅机关：), which a name never ends with.
_HEADING_END = re.compile(r"(?:单位|机关|部门|系统|企业|院校|学校|协会|组织|街道|社区|乡镇)$")
# …or a unit a colon closed (刘晓明养老服务处：), which ends with a unit's kind: a name of two to four
# characters then four or more of the unit's.
_UNIT_HEADING_END = re.compile(r"^[\u4e00-\u9fff]{2,}(?:处|局|科|室|中心|站|院|股|委员会|党支部|党总支|党委|支部|类)$")   # 类: 社会服务机构类：
# The sentence after a list that the line joiner ran on to its last name (王芳希望受表彰的…): it opens
# with the words a decision's closing sentence opens with.
_SENTENCE_OPENERS = ("希望", "要求", "号召", "特此", "以上", "受表彰", "全体", "各级", "各单位", "各党", "望各", "请各")


def honour_list(paragraphs: list[str], lex: Lexicon, title: str = "", groups: list[list[str]] | None = None) -> list[str]:
    """Return the names of an article's honour lists, in order, each once. lines are the body's layout
    lines of each paragraph as printed (padding spaces kept): a list line read on its own, and a paragraph
    read with its spaces as separators, come before the joined paragraphs, which lose the spaces between
    names (王  芳  李德明 → 王芳李德明) and may run a line's last name into the next line's unit (杨帆 / 养老服务科)."""
    honours = bool(_HONOURS.search(title + "".join(paragraphs)))
    printed: list[str] = []
    for group in groups or ():
        for k, line in enumerate(group):    # a line under its unit's heading (局办公室：李  强) is read on its
            # own when it is whole: the paragraph's last, or the next line opens with a heading of its own
            if _LINE_HEADING.match(line) and (k + 1 == len(group) or _opens_heading(group[k + 1])
                                           or _LINE_HEADING.match(group[k + 1])):
                printed += [n for n in names_on_line(line, honours, lex) if n not in printed]
        if honours:
            for items, headed in _spaced_lists(group, lex):
                # one name between two units' headings (…：热依拉·艾海提　　儿童福利处：…) is that unit's list
                if _is_name_list(items, honours, lex) or headed and len(items) == 1 and looks_like_name(items[0], lex):
                    printed += [i for i in items if i not in printed]
    out: list[str] = list(printed)
    for paragraph in paragraphs:
        if honours:
            out += [n for n in _unseparated(paragraph, lex) if n not in out]
        if "、" not in paragraph:
            continue
        for items in _lists_in(paragraph, lex):
            if _is_name_list(items, honours, lex):
                out += [i for i in items if i not in out]
    # a joined paragraph's name that a printed line's name is part of (杨帆养 beside 杨帆) is a mis-cut
    return [n for n in out if n in printed or not any(p != n and (p in n or n in p) for p in printed)]


_BREAK = "\x01"


def _spaced_lists(lines: list[str], lex: Lexicon) -> list[tuple[list[str], bool]]:
    """Return the lists of a paragraph's printed lines joined, spaces read as separators: a name a line
    break cut is joined again (向秋 / 卓玛), two names a break set apart stay two (赵国华 / 刘  洋); a unit
    printed before each name (办公室　吴　敏　　社会救助处　邵　婧) is a heading, not an item."""
    from .namelists import lone_fragment
    text = "".join(("\n" if k and _opens_heading(line) else _BREAK if k else "") + re.sub(r"\s*·\s*", "·", line.strip())
                   for k, line in enumerate(lines))      # a heading's line opens a list of its own
    text = re.sub(rf"[\s{_BREAK}]*·[\s{_BREAK}]*", "·", text)        # 努尔别克 / ·吐尔逊: one dot name
    text = _NOTE.sub(" ", _COUNT.sub("\n", text))
    if len(text) > 2000:
        return []
    out = []
    for at, part in enumerate(_LIST_BREAK.split(text)):
        headed = False
        pieces = re.split(r"([、\s]+)", re.sub(r"^[\d一二三四五六七八九十]+\s*(?:名|个|人|位)\s*[）)]", "", part.strip(_BREAK)))        # tokens at even places, separators at odd ones
        tokens = [(t, (pieces[k + 1] if k + 1 < len(pieces) else "")) for k, t in enumerate(pieces)
                  if k % 2 == 0 and t.strip(_BREAK) and not _COUNTED.match(t.strip(_BREAK))]
        if len(tokens) < 2:
            continue
        items: list[tuple[str, str]] = []           # (item, the separator after it)
        for k, (token, sep) in enumerate(tokens):
            segments = [t for t in token.split(_BREAK) if t]
            nxt = tokens[k + 1][0].strip(_BREAK) if k + 1 < len(tokens) else ""
            if _is_unit("".join(segments)):
                headed = at > 0 and k == len(tokens) - 1 and bool(items)   # names, then the next unit's heading
                continue                                    # 局机 / 关第三党支部: a unit's heading
            if token.startswith(_BREAK) and len(items) >= 2 and not looks_like_name("".join(segments), lex):
                break                                       # the list ended with the line before
            name, ended = segments[0], False
            for j, b in enumerate(segments[1:], 1):
                last = j == len(segments) - 1
                if len(b) == 1 and len(name) > 1 and last and len(nxt) == 1 and "、" not in sep \
                        or len(name) >= 2 and len(b) >= 2 and len(name + b) >= 5 and looks_like_name(name, lex) \
                        and looks_like_name(b, lex) and not _TRANSCRIBED & set(name + b):
                    items.append((name, " "))               # 赵国华 / 刘  洋, 赵国华 / 李德明: two names
                    name = b
                elif len(name + b) > 5 and "·" not in name + b and _NAME.match(name) and not looks_like_name(b, lex):
                    ended = True                            # 黄晓梅 / 公示时间: the list ends at the break
                    break
                else:
                    name += b                               # 向秋 / 卓玛, 敖登 / 格日勒: one name
            items.append((name, sep))
            if ended:
                break
        names: list[str] = []
        for k, (item, sep) in enumerate(items):             # a padded name (王  芳), a broken dot name
            before = items[k - 1][1] if k else "、"
            if names and "、" not in before and (
                    len(item) == 1 and len(names[-1]) == 1 or "·" in names[-1] and lone_fragment(item)
                    or "·" in item and lone_fragment(names[-1])
                    # 次仁 扎西: two halves of a name a stray space set apart, neither opened by a surname
                    or len(item) == 2 and len(names[-1]) == 2 and "·" not in item + names[-1]
                    and not {item[0], names[-1][0]} & lex.surnames):
                names[-1] += item
            else:
                names.append(item)
        names = [i.strip(" 。；;，,") for i in names]
        names = [i for i in names if i]
        if not names:
            continue
        names[0] = _GRANT.sub("", names[0])
        names[-1] = _without_unit(_TAIL.sub("", names[-1]), lex)
        out.append((_before_sentence([i for i in names if i]), headed))
    return out


# Characters that spell Mongolian and Tibetan names in Han script (:data:`.people._TRANSCRIBED`).
_TRANSCRIBED = set("尔格勒巴图其木赫敦嘎扎旦措卓次央日")
_COUNTED = re.compile(r"^[\d一二三四五六七八九十百]+\s*(?:名|个|人|家|位)$")


_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_CATEGORY = re.compile(r"\s*(?:优秀|先进|模范)[\u4e00-\u9fff]{0,8}?(?:党员|工作者|党组织|集体|个人|干部|志愿者|标兵|家庭)")


def _opens_heading(line: str) -> bool:
    """Whether a printed line opens with a list's heading: a unit and its colon, a count, a numbered or
    category heading (二、优秀党务工作者（3名）, 优秀共产党员, 龙沙区：…)."""
    return bool(_COLON_HEADING.match(line) or _COUNT.search(line) or _NUMBERED.match(line) or _CATEGORY.match(line))


_COLON_HEADING = re.compile(r"^\s*[^：:\s]{2,24}[：:]")


def _is_unit(token: str) -> bool:
    """Whether a list's token is a unit's name (社会救助处, 局机关第三党支部): three characters or more ending
    with a unit's kind, and no name-shaped run of three or fewer."""
    return len(token) >= 3 and "·" not in token and bool(_UNIT_KIND.search(token))


# A list line's own heading: a unit before a colon (局办公室：李  强) or before a space, ending with a unit's
# kind (襄城区民政局 王  芳、刘晓军).
_LINE_HEADING = re.compile(rf"^\s*(?:[^：:\s]{{2,24}}[：:]|[{_HAN}]{{2,20}}(?:局|院|站|馆|科|处|室|中心|委|支部|总支|党委|协会|会|所|队|办|部|校|社区|村|街道|镇|乡|公司|集团)[ \t\u3000]+)")
_UNIT_KIND = re.compile(r"(?:区|县|市|旗|局|院|站|馆|科|处|室|中心|委|支部|总支|党委|协会|会|所|队|办|部|校|社区|村|街道|镇|乡|公司|集团|单位|机关)$")
_LINE_TOKENS = re.compile(r"[、，,；;\s]+")


def names_on_line(line: str, honours: bool, lex: Lexicon) -> list[str]:
    """Return the names of one printed line that is nothing but a list of names, perhaps under its unit's
    heading: 王  芳  李德明  陈  静 (padded to one width), 赵  磊、黄丽华, 孙  静（机关党委）  郭志强（…）,
    局办公室：李  强. Every item must be a name's shape; two or more (one under a heading, in an honour
    article) with most opened by a known surname."""
    from .namelists import _padded_joined           # padded names: 王  芳 → 王芳
    if len(line) > 200:
        return []
    line = re.sub(r"\s*·\s*", "·", line)
    heading = _LINE_HEADING.match(line)
    rest = line[heading.end():] if heading else line
    rest = _NOTE.sub(" ", rest).strip(" \t\u3000。；;")
    if not rest or not (re.search(r"[、\s]", rest) or heading and honours):
        return []
    items = _padded_joined([t for t in _LINE_TOKENS.split(rest) if t])
    if not items or not all(_NAME.match(i) for i in items):
        return []
    if any(i[-1] in "省市县区州旗盟镇乡村" for i in items):
        return []
    if len(items) == 1:
        unit = heading and _UNIT_KIND.search(heading.group().strip(" \t\u3000：:"))
        return items if unit and honours and looks_like_name(items[0], lex) and (len(items[0]) <= 3 or "·" in items[0]) else []
    named = sum(looks_like_name(i, lex) for i in items)
    if "、" not in rest and not honours:           # names set apart by spaces alone: every one a name
        return items if named == len(items) else []
    return items if (named * 2 >= len(items) if honours else named * 3 >= len(items) * 2) else []


def _is_name_list(items: list[str], honours: bool, lex: Lexicon) -> bool:
    """Say whether a 、-list is names: every item shaped like one, and most with a known surname
    (half in an honour list, where minority names are common and a unit may list two)."""
    if len(items) < (2 if honours else 3) or not all(_NAME.match(i) for i in items):
        return False
    if any(i[-1] in "省市县区州旗盟镇乡村" for i in items):     # 吴忠市、石嘴山市和…: a list of places
        return False
    if honours:         # 吉克阿呷, 乌兰托娅: a four-character name opened by a surname's character counts
        return sum(looks_like_name(i, lex) or i[0] in lex.surnames for i in items) * 2 >= len(items)
    return sum(looks_like_name(i, lex) for i in items) * 3 >= len(items) * 2


def _lists_in(paragraph: str, lex: Lexicon) -> list[list[str]]:
    """Return the 、-separated lists of a paragraph, its headings and notes taken out."""
    text = _NOTE.sub("", _COUNT.sub("\n", re.sub(r"\s+", "", paragraph)))
    out = []
    for part in _LIST_BREAK.split(text):
        if "、" not in part:
            continue
        items = [i.strip(" 。；;，,") for i in part.split("、")]
        items[0] = _GRANT.sub("", items[0])
        items[-1] = _without_unit(_TAIL.sub("", items[-1]), lex)
        out.append(_before_sentence(items))
    return out


def _before_sentence(items: list[str]) -> list[str]:
    """Return a list's items up to the name a closing sentence was run on to (…、仁青多杰希望受表彰的…、再接再厉):
    that name ends the list."""
    for i, item in enumerate(items):
        if i and not _NAME.match(item):
            for cut in (2, 3, 4, 5):
                if item[cut:].startswith(_SENTENCE_OPENERS):
                    return items[:i] + [item[:cut]]
            break
    return items


def _without_unit(item: str, lex: Lexicon) -> str:
    """Return a list's last name without the next unit's heading glued to it: 杨雪梅芜湖市民政局 → 杨雪梅."""
    if _NAME.match(item):
        return item
    for cut in (3, 2, 4):
        rest = item[cut:]
        if (_UNIT_START.match(rest) or any(rest.startswith(p) for p in places_in(rest[:10], lex)[:1])
                or len(rest) >= 2 and _HEADING_END.search(rest) or len(rest) >= 4 and _UNIT_HEADING_END.match(rest)):
            return item[:cut]
    return item


# Names a list prints without 、, each with its unit: in a note after it (王明（办公室党支部）李华（人事处党支部）)
# or a county before it (甲乙县王明丙丁区李华, a table's cells the extraction ran together).
_NOTED = re.compile(rf"([{_HAN}]{{2,4}})[（(][^（）()]{{2,16}}[）)]")
_PLACED = re.compile(rf"[{_HAN}]{{2,4}}?[县区市旗]")


def _unseparated(paragraph: str, lex: Lexicon) -> list[str]:
    """Return the names of a paragraph that is nothing but names with their units, three or more, every
    one with a known surname (a unit's names are Han names of the county's people)."""
    text = re.sub(r"\s+", "", paragraph)
    noted = _NOTED.findall(text)
    if len(noted) >= 3 and not _NOTED.sub("", text) and all(looks_like_name(n, lex) for n in noted):
        return noted
    return _placed_names(text, lex)


def _placed_names(text: str, lex: Lexicon) -> list[str]:
    """Return the names of 甲乙县王明丙丁区李华: a county of two characters and its suffix before each name."""
    if len(text) > 200 or not _PLACED.match(text):
        return []
    out, at = [], 0
    while at < len(text):
        place = _PLACED.match(text, at)
        if not place:
            return []
        at = place.end()
        for size in (3, 2):          # the name, then the next county (two characters and a suffix) or the end
            name, rest = text[at:at + size], text[at + size:]
            if len(name) == size and (not rest or _PLACED.match(rest) and _PLACED.match(rest).end() == 3):
                break
        else:
            return []
        if not looks_like_name(name, lex):
            return []
        out.append(name)
        at += size
    return out if len(out) >= 2 else []
