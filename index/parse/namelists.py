"""People named without a role word in front: bylines at the top, photographers, interviewees,
speakers, honour lists.

- 文/某某, 本报记者 某某 某某, 作者：某某, or the author's name alone on its attribution line;
- （某某 摄）, （摄影 某某）: the photographer of a caption;
- ——访某某 under a title, and 某某：… turns of an interview;
- 某某说 / 表示 / 指出 / 强调 / 介绍 at the head of a clause (the verb is not part of the name);
- honour lists: names separated by 、 under a category heading.

Without a role word a name is accepted only when its first character (or two) is a known surname,
or it carries a middle dot (阿依古丽·买买提).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon

_HAN = r"\u4e00-\u9fff"
_NAME = rf"[{_HAN}]{{2,8}}·[{_HAN}]{{2,4}}|[{_HAN}]{{2,4}}"
_ROLE = r"(?:本报|本刊|特约)?(?:记者|通讯员|撰稿)|摄影"
# A run of names stops where the next role word starts (记者 吴晓岚 通讯员陈立: 吴晓岚, then 陈立).
_TOP_BYLINE = re.compile(rf"(?:文\s*[/／:：]|(?:本报|本刊|特约)?(?:记者|通讯员|撰稿)|作者\s*[:：]|摄影\s*[/／:：]?)\s*"
                         rf"((?:(?!{_ROLE})(?:{_NAME})[\s、，,]*)+)")
_PHOTO = re.compile(rf"[（(]\s*((?:(?:{_NAME})[\s、，,]*)+?)\s*[/／]?\s*摄\s*[）)]")
_INTERVIEW = re.compile(rf"——\s*访\s*(?:[^\s，。——]*?)([{_HAN}]{{2,8}}·[{_HAN}]{{2,8}}|[{_HAN}]{{2,4}})\s*$")
_TURN = re.compile(rf"^\s*({_NAME})\s*[:：]")
_SPEAKING = re.compile(r"说|表示|指出|强调|介绍|认为|谈到")
_SPEAKER = re.compile(rf"(?:^|(?<=[。；！？\s”，：]))({_NAME})$")      # the name ending right before the verb
_LIST_ITEM = re.compile(rf"^(?:{_NAME})$")
# Words that start like a name (党, 文, 方, 成 are surnames) but name a group or a document.
_NOT_SPEAKERS = ("记者", "编者", "主持人", "问", "答", "大家", "会议", "他们", "我们", "与会", "专家", "负责人",
                 "党员", "党组", "党委", "群众", "干部", "居民", "老人", "学员", "职工", "村民", "志愿", "同志", "代表",
                 "领导", "文件", "文章", "文化", "方案", "方面", "成员", "成效", "通知", "报告", "高校", "高度", "全体",
                 "全会", "全面", "有关", "相关", "许多", "不少", "党课", "党史", "党建", "党支部", "党中央", "国家",
                 "常委", "公报", "公告", "计划", "原则", "任务", "安全", "时间", "明确", "和谐", "武装", "程序")
_INTERVIEWER_TURNS = re.compile(r"(?:^|\n)\s*(?:记者|问|本报记者)\s*[:：]")


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
    for token in (n for n in re.split(r"[\s、，,]+", run) if n):
        out += _two_names(token, lex) if lex and "·" not in token and len(token) in (5, 6) else [token]
    return out


def _two_names(token: str, lex: Lexicon) -> list[str]:
    for cut in (3, 2) if len(token) == 5 else (3,):
        if looks_like_name(token[:cut], lex) and looks_like_name(token[cut:], lex):
            return [token[:cut], token[cut:]]
    return [token]


def byline_names(attribution: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Return (name, role) for 文/某某, 本报记者 某某 某某, 作者：某某, and a name alone on its line."""
    out: list[tuple[str, str]] = []
    for match in _TOP_BYLINE.finditer(attribution):
        role = "作者" if match.group(0).startswith(("文", "作者")) else "记者"
        out += [(n, role) for n in split_names(match.group(1), lex) if _plausible(n, lex)]
    bare = re.sub(r"[（(][^（）()]*[）)]", "\n", attribution)     # what is outside brackets
    for token in re.split(r"\s*\n\s*", bare.strip()):
        if _LIST_ITEM.match(token) and looks_like_name(token, lex):
            out.append((token, "作者"))
    return out


def _plausible(name: str, lex: Lexicon) -> bool:
    return "·" in name or 2 <= len(name) <= 4 and name not in ("记者", "通讯员", "本报")


def photographers(text: str, lex: Lexicon) -> list[str]:
    """Return the photographers of captions: （张三 摄）, （张三 李四 摄）, （古丽娜尔·艾买提 摄）."""
    return [n for m in _PHOTO.finditer(text) for n in split_names(m.group(1)) if _plausible(n, lex)]


def interviewees(title: str, paragraphs: list[str], lex: Lexicon) -> list[str]:
    """Return who an interview is with: ——访某某 under the title, 某某：… turns beside 记者：/问： ones."""
    out = []
    match = _INTERVIEW.search(title)
    name = _shortest_name(match.group(1), lex) if match else None
    if name:
        out.append(name)
    if _INTERVIEWER_TURNS.search("\n".join(paragraphs)):
        for paragraph in paragraphs:
            turn = _TURN.match(paragraph)
            if turn and looks_like_name(turn.group(1), lex) and turn.group(1) not in out:
                out.append(turn.group(1))
    return out


def speakers(text: str, lex: Lexicon) -> list[str]:
    """Return names at the head of a clause followed at once by 说, 表示, 指出, 强调, 介绍."""
    out = []
    for verb in _SPEAKING.finditer(text):          # few verbs per article: look back from each
        match = _SPEAKER.search(text, max(0, verb.start() - 16), verb.start())
        name = _shortest_name(match.group(1), lex) if match else None
        if name and name not in out:
            out.append(name)
    return out


def _shortest_name(run: str, lex: Lexicon) -> str | None:
    """Return the name in a run; a dot name loses a role word run into it (副主任阿依古丽·买买提)."""
    if "·" in run:
        first, rest = run.split("·", 1)
        cut = max((first.rfind(r) + len(r) for r in lex.roles if r in first), default=0)
        run = first[cut:] + "·" + rest if len(first) - cut >= 2 else None
        return run
    return run if looks_like_name(run, lex) else None


# Where one list of an honour list ends and the next heading begins: 一、 二、, a colon, （6名）, a line end.
_LIST_BREAK = re.compile(r"[一二三四五六七八九十]+、|[:：\n]|[（(][^（）()]{0,12}[）)]")


def honour_list(paragraphs: list[str], lex: Lexicon) -> list[str]:
    """Return the names of honour-list lines: names separated by 、 (after a heading and colon, if any),
    at least three, most of them with a known surname."""
    out = []
    for paragraph in paragraphs:
        if paragraph.count("、") < 2:
            continue
        for items in _lists_in(paragraph):
            if len(items) < 3 or not all(_LIST_ITEM.match(i) for i in items):
                continue
            named = [i for i in items if looks_like_name(i, lex)]
            if len(named) * 3 >= len(items) * 2:
                out += [i for i in items if i not in out and ("·" in i or len(i) <= 4)]
    return out


def _lists_in(paragraph: str) -> list[list[str]]:
    """Return the 、-separated lists of a paragraph, its headings (一、优秀共产党员（10名）：) taken out."""
    parts = (p.strip(" 。；;") for p in _LIST_BREAK.split(paragraph))
    return [[i.strip() for i in p.split("、")] for p in parts if "、" in p]
