"""People named without a role word in front: bylines at the top, photographers, interviewees,
speakers, honour lists.

- 文/某某, 本报记者 某某 某某, 作者：某某, or the author's name alone on its attribution line;
- （某某 摄）, （摄影 某某）: the photographer of a caption;
- ——访某某 under a title, and 某某：… turns of an interview;
- 某某说 / 表示 / 指出 / 强调 / 介绍 at the head of a clause (the verb is not part of the name);
- names with a middle dot (艾尔肯·吐尔洪) wherever they stand;
- honour lists: names separated by 、 under a category heading (:mod:`.honours`).

Without a role word a name is accepted only when its first character (or two) is a known surname,
or it carries a middle dot (阿依古丽·买买提).
"""
from __future__ import annotations

import re

from .lexicon import OWN_MEDIA, OWN_MEDIUM, Lexicon

_HAN = r"\u4e00-\u9fff"
_NAME = rf"[{_HAN}]{{2,8}}·[{_HAN}]{{2,4}}|[{_HAN}]{{2,4}}"
_ROLE = rf"(?:{OWN_MEDIUM}|特约|见习|融媒体?|全媒体)?(?:记者|通讯员|撰稿)|摄影|实习生"
# A run of names stops where the next role word starts (记者 吴晓岚 通讯员陈立: 吴晓岚, then 陈立).
_TOP_BYLINE = re.compile(rf"(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／:：]?|文\s*[/／:：]|(?:{OWN_MEDIUM}|特约|见习|融媒体?|全媒体)?(?:记者|通讯员|撰稿)|实习生"
                         rf"|作者\s*[:：]|摄影\s*[/／:：]?)\s*((?:(?!{_ROLE})(?:{_NAME})[\s、，,]*)+)")
# A photographer's credit: （张三 摄）, （本报记者 张三 摄）, or at a caption's end 张三 摄, 张三/摄; 图/张三, 摄影：张三.
# The names inside a credit's bracket are one bounded run of one class, split afterwards: a run of names
# whose separators are optional ((?:名[\s、]*)+ before a 摄 that never comes) backtracks through every way
# of cutting the run into names, exponential in its length.
_PHOTO = re.compile(rf"[（(]\s*(?:{_ROLE})?\s*([{_HAN}·][{_HAN}·\s、，,]{{1,40}}?)\s*[/／]?\s*摄\s*[）)]"
                    rf"|(?:^|(?<=[。！？”\n]))[ \t　]*((?:(?:{_NAME})[ \t　]*){{1,3}}?)[ \t　]*[/／]?[ \t　]*摄[ \t　]*(?=$|\n)"
                    rf"|(?:^|(?<=[。！？”\n（(\s]))(?:图|摄影)\s*[/／:：]\s*((?:{_NAME})(?:\s+(?:{_NAME}))?)(?=\s*(?:[）)]|$|\n))"
                    # a caption's credit the line joiner ran into the next paragraph: 。陈宝珠 摄局党支部…
                    rf"|(?<=[。！？”])[ \t　]*([{_HAN}]{{2,3}})[ \t　]*摄(?![影像制入取录])", re.M)
_INTERVIEW = re.compile(rf"——\s*访\s*(?:[^\s，。——]*?)([{_HAN}]{{2,8}}·[{_HAN}]{{2,8}}|[{_HAN}]{{2,4}})\s*$")
_TURN = re.compile(rf"^\s*({_NAME})\s*[:：]")
_SPEAKING = re.compile(r"说|表示|指出|强调|介绍|认为|谈到|当选|代表(?=[\u4e00-\u9fff]{1,8}?作)")   # 某某代表局党组作检查
_SPEAKER = re.compile(rf"(?:^|(?<=[。；！？\s”，：]))({_NAME})$")      # the name ending right before the verb
# Or right after a role anyone may hold (党员王思远表示); the name must then have a known surname.
_GENERIC_SPEAKER = re.compile(rf"(?:党员|居民|村民|牧民|农民|市民|群众|游客|家属|志愿者|社工|网格员|职工|员工|学员|队员|"
                              rf"骑手|快递员|司机|老人|小哥)([{_HAN}]{{2,4}})$")
_LIST_ITEM = re.compile(rf"^(?:{_NAME})$")
# Words that start like a name (党, 文, 方, 成 are surnames) but name a group or a document.
_NOT_SPEAKERS = ("记者", "编者", "主持人", "问", "答", "大家", "会议", "他们", "我们", "与会", "专家", "负责人",
                 "党员", "党组", "党委", "群众", "干部", "居民", "老人", "学员", "职工", "村民", "志愿", "同志", "代表",
                 "领导", "文件", "文章", "文化", "方案", "方面", "成员", "成效", "通知", "报告", "高校", "高度", "全体",
                 "全会", "全面", "有关", "相关", "许多", "不少", "党课", "党史", "党建", "党支部", "党中央", "国家",
                 "常委", "公报", "公告", "计划", "原则", "任务", "安全", "时间", "明确", "和谐", "武装", "程序")
_INTERVIEWER_TURNS = re.compile(rf"(?:^|\n)\s*(?:记者|问|{OWN_MEDIUM}记者)\s*[:：]")


def looks_like_name(token: str, lex: Lexicon) -> bool:
    """Say whether a token without a role word in front can be a person's name."""
    if "·" in token:
        return True
    if not 2 <= len(token) <= 4 or token.startswith(_NOT_SPEAKERS):
        return False
    if token[:2] in lex.surnames:
        return len(token) >= 3
    return token[0] in lex.surnames and len(token) <= 3


def split_names(run: str, lex: Lexicon | None = None) -> list[str]:
    """Split a run of names (张三 李四、王五) into names; two names printed without a space
    (林初夏聂思远, 董若川汤萌) are told apart when both halves look like names."""
    out = []
    for token in _padded_joined([n for n in re.split(r"[\s、，,]+", run) if n]):
        out += _two_names(token, lex) if lex and "·" not in token and len(token) in (5, 6) else [token]
    return out


def _padded_joined(tokens: list[str]) -> list[str]:
    """Join a two-character name padded to three with a space (王　明 → 王明), and a dot name a narrow
    column broke at a line's end, its lone first or last character set apart (阿 依古丽·吐尔 逊)."""
    out: list[str] = []
    for k, token in enumerate(tokens):
        padded = k + 1 < len(tokens) and lone_fragment(token) and lone_fragment(tokens[k + 1])   # 刘  洋
        if out and len(token) == 1 and len(out[-1]) == 1:
            out[-1] += token
        elif out and "·" in token and lone_fragment(out[-1]):
            out[-1] += token
        elif out and "·" in out[-1] and lone_fragment(token) and not out[-1].endswith("·") and not padded:
            out[-1] += token            # 艾尔肯·吐尔逊  刘  洋: 刘 opens a padded name of its own
        else:
            out.append(token)
    return out


# A single Han character standing alone in a byline is no one's name: it is a piece of the name beside
# it, unless it is a credit's own word (摄, 文, 图) or a list's (等).
_NOT_FRAGMENTS = set("摄文图等和与及")


def lone_fragment(token: str) -> bool:
    """Whether a byline token is one Han character broken off a name beside it."""
    return len(token) == 1 and "\u4e00" <= token <= "\u9fff" and token not in _NOT_FRAGMENTS


def _two_names(token: str, lex: Lexicon) -> list[str]:
    for cut in (3, 2) if len(token) == 5 else (3,):
        if looks_like_name(token[:cut], lex) and looks_like_name(token[cut:], lex):
            return [token[:cut], token[cut:]]
    return [token]


# A two-character name padded to a three-character width (本报记者 王　珏, （记者 韦 晴）): two lone Han
# characters with spaces between them and around them.
_PADDED = re.compile(rf"(?<![{_HAN}·])([{_HAN}])[ \t\u3000]+([{_HAN}])(?![{_HAN}·])")


def unpadded(text: str) -> str:
    """Return a byline with its padded two-character names closed up: 记者 韦 晴 → 记者 韦晴."""
    return _PADDED.sub(lambda m: m.group(1) + m.group(2) if lone_fragment(m.group(1)) and lone_fragment(m.group(2))
                       else m.group(0), text)


def byline_names(attribution: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Return (name, role) for 文/某某, 本报记者 某某 某某, 作者：某某, and a name alone on its line."""
    out: list[tuple[str, str]] = []
    attribution = unpadded(attribution)
    for match in _TOP_BYLINE.finditer(attribution):
        role = "作者" if match.group(0).startswith(("文", "作者")) else "记者"
        out += [(n, role) for n in split_names(match.group(1), lex) if _plausible(n, lex)]
    for unit in _UNIT_AUTHOR.finditer(attribution):              # （上饶市民政局郑海燕）
        if looks_like_name(unit.group(1), lex):
            out.append((unit.group(1), "作者"))
    bare = _outside_brackets(attribution)                      # what is outside brackets
    lines = re.split(r"\s*\n\s*", bare.strip()) + _BRACKETED.findall(attribution)
    for line in lines:           # 王明, 王明 李华 alone on their line or in brackets: every one a name
        names = split_names(line, lex)
        if names and all(_LIST_ITEM.match(n) and looks_like_name(n, lex) for n in names):
            out += [(n, "作者") for n in names]
    return out


def _outside_brackets(text: str) -> str:
    """Return text without its bracketed parts, nested ones too: 某某（作者系中共中央党校（国家行政学院）教授）."""
    while True:
        bare = re.sub(r"[（(][^（）()]*[）)]", "\n", text)
        if bare == text:
            return bare
        text = bare


_BRACKETED = re.compile(r"[（(]\s*([^（）()]{2,20}?)\s*[）)]")


# A unit and its author in one bracket: （上饶市民政局郑海燕）.
# …or its author then 供稿: （养老服务处党支部　某某供稿）.
_UNIT_AUTHOR = re.compile(rf"[（(](?!作者)[^（）()]{{2,20}}?(?:局|厅|委|党支部|党总支|办公室|中心|协会|站|所|院|处|科|股)"
                          rf"\s*(?!供稿)([{_HAN}]{{2,3}})(?<![校院会所部局厅委处科股站室心])\s*(?:供稿)?\s*[）)]")


def _plausible(name: str, lex: Lexicon) -> bool:
    return "·" in name or 2 <= len(name) <= 4 and name not in ("记者", "通讯员", "报道", "摄影", "供稿", "整理", *OWN_MEDIA)


def photographers(text: str, lex: Lexicon) -> list[str]:
    """Return the photographers of captions: （张三 摄）, （张三 李四 摄）, （古丽娜尔·艾买提 摄）."""
    out = [n for m in _PHOTO.finditer(text) if not m.group(4) for n in split_names(m.group(1) or m.group(2) or m.group(3))
           if _plausible(n, lex) and not n.startswith((*OWN_MEDIA, "记者", "通讯员"))]
    return out + [m.group(4) for m in _PHOTO.finditer(text) if m.group(4) and looks_like_name(m.group(4), lex)]


def interviewees(title: str, paragraphs: list[str], lex: Lexicon) -> list[str]:
    """Return who an interview is with: ——访某某 under the title, 某某：… turns beside 记者：/问： ones."""
    out = []
    match = _INTERVIEW.search(title)
    name = _shortest_name(match.group(1), lex) if match else None
    name = name or _after_title(title, lex)
    if name:
        out.append(name)
    if _INTERVIEWER_TURNS.search("\n".join(paragraphs)):
        turns = [turn.group(1) for paragraph in paragraphs if (turn := _TURN.match(paragraph))]
        for name in turns:
            # A speaker who answers more than once is the interviewee, whatever the name's shape
            # (白玛央金 has no surname the lexicon knows).
            if name not in out and (looks_like_name(name, lex) or name in out[:1] or turns.count(name) >= 2
                                    and _plain_name(name)):
                out.append(name)
    return out


_INTERVIEWED = re.compile(rf"——\s*访\s*([{_HAN}·]+)\s*$")


def _after_title(title: str, lex: Lexicon) -> str | None:
    """Return the name after the last title word of ——访…部长某某 (a name of any shape: the title
    word before it says it is one)."""
    match = _INTERVIEWED.search(title)
    run = match.group(1) if match else ""
    cut = max((run.rfind(r) + len(r) for r in lex.roles if r in run), default=0)
    name = run[cut:]
    return name if cut and (2 <= len(name) <= 5 or "·" in name) and _plain_name(name) else None


def _plain_name(name: str) -> bool:
    """Say whether a run can be a name: two to five characters (or a dot name), no word's character."""
    return (2 <= len(name) <= 5 or "·" in name) and not (_NOT_NAME_PARTS & set(name)) and not name.startswith(_NOT_SPEAKERS)


def speakers(text: str, lex: Lexicon) -> list[str]:
    """Return names at the head of a clause followed at once by 说, 表示, 指出, 强调, 介绍."""
    out, after = [], {}
    for verb in _SPEAKING.finditer(text):          # few verbs per article: look back from each
        match = _SPEAKER.search(text, max(0, verb.start() - 16), verb.start())
        name = _shortest_name(match.group(1), lex) if match else None
        if not name and (match := _GENERIC_SPEAKER.search(text, max(0, verb.start() - 8), verb.start())):
            name = match.group(1) if _speaker_name(match.group(1), lex) else None
        if not name and (match := _SPEAKER_WHEN.search(text, max(0, verb.start() - 16), verb.start())):
            name = match.group(1) if looks_like_name(match.group(1), lex) else None
        if not name and (match := _LONG_SPEAKER.search(text, max(0, verb.start() - 8), verb.start())):
            name = match.group(1) if _named_after_role(match.group(1), text, lex, after) else None
        if name and len(name) == 3 and name[-1] in "地得":     # 高兴地说: an adverb, no name
            name = None
        if name and name not in out:
            out.append(name)
    return out


# Names listed before 等 and a group word: 由张三、李四等党员带头, 王五、赵六等8名书记现场述职.
_LISTED_BEFORE_DENG = re.compile(rf"((?:[{_HAN}·]{{2,8}}、)+[{_HAN}·]{{2,8}})等(?:[\d一二三四五六七八九十百]+[名位个])?"
                                 rf"[{_HAN}]{{0,6}}?(?:党员|同志|书记|干部|志愿者|代表|工作者|人|位|名)")


def listed_names(text: str, lex: Lexicon) -> list[str]:
    """Return the names of a 、-list that 等 and a group word close (张三、李四等党员): every item a name
    with a known surname (or a dot), the first one after punctuation or a function word."""
    out = []
    for match in _LISTED_BEFORE_DENG.finditer(text):
        items = match.group(1).split("、")
        items[0] = _first_item(items[0], lex)
        if items[0] and all(looks_like_name(i, lex) for i in items):
            out += [i for i in items if i not in out]
    return out


def _first_item(run: str, lex: Lexicon) -> str | None:
    """Return the name ending a list's first item (由侯阿保 → 侯阿保): the last two or three characters
    that make a name, after a function word or role."""
    for size in (3, 2):
        if len(run) >= size and looks_like_name(run[-size:], lex) and (len(run) == size or run[-size - 1] in _BEFORE_NAME
                                                                       or run[:-size].endswith(lex.roles)):
            return run[-size:]
    return run if looks_like_name(run, lex) else None


# A name at a clause's head, then when it spoke: 某某在点评时指出, 某某在发言中强调.
_SPEAKER_WHEN = re.compile(rf"(?:^|(?<=[。；！？\s”，：]))([{_HAN}]{{2,4}}?)在[{_HAN}]{{1,8}}?(?:时|中)$")
# A longer name at a clause's head (敖登格日勒说): a speaker only when the text also names the same
# run right after a role word (蒙古族党员敖登格日勒担任队长): two signals that agree.
_LONG_SPEAKER = re.compile(rf"(?:^|(?<=[。；！？\s”，：]))([{_HAN}]{{3,5}})$")
_SPEAKER_ROLES = ("党员", "居民", "村民", "牧民", "群众", "志愿者", "职工", "学员", "队员")


def _named_after_role(run: str, text: str, lex: Lexicon, after: dict | None = None) -> bool:
    if not _plain_name(run) or _kin_word(run):
        return False
    if after is None:
        return any(role + run in text for role in (*lex.roles, *_SPEAKER_ROLES))
    if "runs" not in after:             # once per text: what follows every role word (linear in the text)
        after["runs"] = _runs_after_roles(text, lex)
    return run in after["runs"]


def _runs_after_roles(text: str, lex: Lexicon) -> set[str]:
    """Return the runs of three to five characters that follow a role word anywhere in text: one pass,
    where asking `role + run in text` for each verb's run scanned the whole text each time."""
    roles = (*lex.roles, *_SPEAKER_ROLES)
    lasts, longest = {r[-1] for r in roles if r}, max((len(r) for r in roles), default=0)
    return {text[end:end + size] for end in range(1, len(text) + 1) if text[end - 1] in lasts
            and text[max(0, end - longest):end].endswith(roles) for size in (3, 4, 5)}


def _speaker_name(run: str, lex: Lexicon) -> bool:
    """Say whether the run after a generic role (党员, 居民) is a name: a known surname, or four
    characters of a minority name (老党员多吉次仁说) that hold no word's character."""
    if _kin_word(run) or run.startswith(_NOT_SPEAKERS) or run[-1] in "地得们":   # 居民高兴地说
        return False
    if looks_like_name(run, lex):
        return True
    # 其木格, 多吉次仁: three or four characters of a minority name, none a word's or a function word's
    return len(run) in (3, 4) and not (_NOT_NAME_PARTS | set("们会组队员地的得都也还纷不很就又再均一")) & set(run)


def _kin_word(name: str) -> bool:
    """Say whether a name is how neighbours are called (李大爷, 王阿姨, 张某), no one's full name."""
    return "某" in name or name[1:] in ("大爷", "大妈", "大娘", "阿姨", "奶奶", "爷爷", "婆婆", "阿婆", "师傅", "大姐",
                                         "大哥", "老伯", "书记", "同志")


def _shortest_name(run: str, lex: Lexicon) -> str | None:
    """Return the name in a run; a dot name loses a role word run into it (副主任阿依古丽·买买提)."""
    if "·" in run:
        first, rest = run.split("·", 1)
        cut = max((first.rfind(r) + len(r) for r in lex.roles if r in first), default=0)
        run = first[cut:] + "·" + rest if len(first) - cut >= 2 else None
        return run
    return run if looks_like_name(run, lex) else None


# Where a dot name's parts end. Its second part is at least two characters (巴特尔·孟和), then stops
# before a verb or a function word (吐尔洪每周, 买买提家中, 艾则孜和同事); its first part starts after
# punctuation, a function word or a role word (党员艾尔肯·…, 在阿依古丽·…).
_AFTER_NAME = set("说表指强介认谈每在是的了和与及同对向给为把被将从也一带到来去让作讲还又已正曾再便先首今近多常主"
                  "组率领参出任现负召等家们摄供本用")     # 用: …·伍沙用双语宣讲        # 本: a byline the joiner ran on (…吐尔逊本刊记者)
_BEFORE_NAME = set("的了在和与及同对向给为是把被将由从员民者长任记师生手工官兵警医户访望问见请帮陪找听叫部")   # 部: 干部
# Parts that are words, not names: a column label or a brand (基层党建·经验交流, 石榴籽·家).
_NOT_NAME_PARTS = set("党建务工作政社区新闻讯验流态论媒站心园色实践学习刊期版栏")


def dot_names(text: str, lex: Lexicon) -> list[str]:
    """Return the names with a middle dot (艾尔肯·吐尔洪) of text, wherever they stand: a dot between
    two runs of Han characters is a minority name's, unless either part holds a word's characters."""
    text = re.sub(r"\s*·\s*", "·", text)
    text = _LONE_BEFORE.sub(lambda m: m.group(1) if lone_fragment(m.group(1)) else m.group(0), text)
    text = _LONE_AFTER.sub(lambda m: m.group(1) + m.group(2) if lone_fragment(m.group(2)) else m.group(0), text)
    out = []
    for dot in re.finditer("·", text):
        first = _first_part(text[max(0, dot.start() - 8):dot.start()], lex)
        second = _second_part(text[dot.end():dot.end() + 6])      # 阿不都热依木: six
        if first and second and not (_NOT_NAME_PARTS & set(first + second)) and f"{first}·{second}" not in out:
            out.append(f"{first}·{second}")
    # The same person named twice, once cut shorter (乌日娜·巴图家中 … 乌日娜·巴图激动地说): the shorter
    # is the name, the longer ran into the words after it.
    return [name for name in out if not any(other != name and name.startswith(other) and len(other.split("·")[1]) >= 2
                                             for other in out)]


# A byline's dot name a narrow column broke, its lone first or last character set apart by a space
# (（记者 阿 依古丽·吐尔 逊）).
_LONE_BEFORE = re.compile(rf"(?<![{_HAN}·])([{_HAN}])[ \t\u3000]+(?=[{_HAN}]{{1,7}}·)")
_LONE_AFTER = re.compile(rf"(·[{_HAN}]{{1,5}})[ \t\u3000]+([{_HAN}])(?![{_HAN}·])")


def trim_dot_name(name: str, lex: Lexicon) -> str:
    """Return a dot name without a role word or verb run into its first part (学员阿依古丽·买买提)."""
    first, _, second = name.partition("·")
    return f"{_first_part(first, lex) or first}·{second}" if second else name


def _first_part(before: str, lex: Lexicon) -> str | None:
    run = re.search(rf"[{_HAN}]*$", before).group()
    cut = max((run.rfind(r) + len(r) for r in lex.roles if r in run), default=0)
    run = run[cut:]
    # the last function word that leaves a name of two or more: 在牧民苏和 → 苏和 (和 is the name's own)
    stop = max((i + 1 for i, c in enumerate(run) if c in _BEFORE_NAME and len(run) - i - 1 >= 2), default=0)
    run = run[stop:]
    return run if 2 <= len(run) <= 6 else None


# Past four characters a second part goes on only with the syllables of transliterated names
# (阿不都热依木), not into a verb (阿合买提牵头).
_LONG_PART = set("阿艾巴买提尔木热依孜吐逊拉克力江汗古丽娜哈斯曼努兰合都不甫夫尼亚扎罕别克托塔沙塞米吉乌麦卡库图明")


def _second_part(after: str) -> str | None:
    run = re.match(rf"[{_HAN}]*", after).group()
    if len(run) < 2:
        return None
    end = 2
    while (end < len(run) and run[end] not in _AFTER_NAME and (end < 4 or run[end] in _LONG_PART)
           and not run.startswith(_WORDS_AFTER_NAME, end)):
        end += 1
    return run[:end]


# Words told right after a name that open with no name-ending character: 旦增·曲珍所在的股, 巴图激动地说,
# an honour list's next heading run on (…·买买提优秀党务工作者).
_WORDS_AFTER_NAME = ("所在", "激动", "动情", "感慨", "笑着", "高兴", "开心", "坦言", "告诉", "回忆", "深有", "优秀",
                     "先进", "获得", "荣获", "被评", "同志", "一行", "作为", "通过", "经常", "主动", "积极", "热情",
                     # verbs a role's holder is told doing (委员某某·某某围绕…作辅导, …·某某结合自身经历)
                     "围绕", "结合", "宣讲", "宣读", "传达", "领学", "部署", "总结", "回顾", "分享", "深入", "前往",
                     "主持", "出席", "参加", "带领", "带队", "号召", "组织", "召集", "商量", "商议", "忙着", "正在")


def honour_list(paragraphs: list[str], lex: Lexicon, title: str = "", groups: list[list[str]] | None = None) -> list[str]:
    """Return the names of an article's honour lists (:func:`.honours.honour_list`)."""
    from .honours import honour_list as names_listed        # honours builds on looks_like_name above
    return names_listed(paragraphs, lex, title, groups)
