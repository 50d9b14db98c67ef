"""People named in an article, with the role the text gives them.

A name follows a role word (副厅长张三), may be followed by others listed with
、 that share the role (、李四), may be a minority name with a middle dot
(阿布都热合曼·吐尔逊), or stands in a byline (（记者 王五 通讯员 赵六）).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, load_lexicon, per_lexicon
from .namelists import lone_fragment, split_names

_HAN = r"\u4e00-\u9fff"
_NAME_END = (r"(?=出席|主持|参加|作|致辞|讲话|表示|指出|强调|介绍|带领|带队|率|为|在|对|就|同志|等|"
             r"宣读|传达|通报|解读|领学|调研|看望|走访|一行|以|代表|勉励|回顾|围绕|部署|总结|要求|希望|"
             r"分享|结合|从|向|与|和|及|主讲|授课|宣讲|点评|督导|慰问|指导|听取|致|发表|提出|说|进行|"
             r"讲述|讲授|讲解|带头|带领|走访|到会|到|来到|深入|前往|赴|陪同|汇报|发言|作了|逐一|点评|分别|先后|首先|"
             r"随后|现场|亲自|详细|全面|感慨|深有|激动|动情|笑着|坦言|告诉|回忆|谈起|报道|"
             # habits and times told right after a name: 社工温晓慧每周带队, 王明常年坚守
             r"每周|每天|每月|每年|每逢|每次|常年|多年|长期|经常|一直|始终|主动|积极|坚持|依然|仍然|已经|正在|曾经|"
             r"[\u4e00-\u9fff]着|正[\u4e00-\u9fff]着|"     # 老党员朴顺姬拉着大家的手, 党员某某正带着村民
             r"领誓|领读|领唱|摄(?![\u4e00-\u9fff])|"      # 老党员代表某某领誓; a bare photo credit: 通讯员某某摄
             r"[，、。；：）)\s]|$)")
# Names of three to five characters without a known surname (其木格, 才让多杰, 孟和巴雅尔) are
# accepted after a role, but only before a clear verb.
_LONG_NAME_END = (r"(?=出席|主持|参加|讲话|致辞|表示|指出|强调|介绍|带队|带领|带头|走访|看望|慰问|讲授|讲述|领学|当选|"
                  r"调研|督导|到会|作动员|作总结|作专题|作党的|作报告|作辅导|作宣讲|说|帮助|结合|牵头|利用|每天|每周|常年|现场点评|现场指导)")
_BYLINE = re.compile(r"[（(]\s*(?:本报|本台|本刊|融媒|全媒体|特约|见习)?((?:记者|通讯员|摄影)[^）)（(]{0,80})[）)]")   # （融媒记者某某）
_BROKEN_ROLE = re.compile(r"(?<=通)\s+(?=讯\s*员)|(?<=通讯)\s+(?=员)|(?<=记)\s+(?=者)|(?<=摄)\s+(?=影)")
# A role word may carry its medium in front (融媒体记者, 全媒体记者, 本报记者): one role, not a name before it.
_BYLINE_TOKEN = re.compile(r"(?:融媒体?|全媒体|本报|本台|本刊)?(记者|通讯员|摄影|实习生|见习记者)|[\s、,，:：]+")
_DOT_NAME_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}$")
_NOT_NAMES = {"重要", "关于", "全体", "带头", "亲自", "高度", "同志", "一行", "本人", "志愿者", "干部", "代表", "群众",
              "骨干", "同志们", "大家", "们",
              # adverbs a role word may be followed by (书记全部参加轮训): 全, 共, 分 are surnames
              "全部", "全程", "全力", "全都", "共同", "分别", "一起", "一同", "各自", "率先", "纷纷", "认真", "及时",
              # bodies a role word may act for (局长某某代表班子作检查)
              "班子", "集体", "单位", "支部", "党组", "党委", "党总支", "机关", "组织"}
_NOT_NAME_STARTS = tuple(w for w in _NOT_NAMES if len(w) > 1)
EXCLUDED_PEOPLE = {"习近平"}
_HONORIFICS = ("大爷", "大妈", "大娘", "阿姨", "奶奶", "爷爷", "婆婆", "阿婆", "师傅", "大姐", "大哥", "老伯", "老人", "书记",
               "同志")
# Roles anyone may hold: a name after them must have a known surname.
_GENERIC_ROLES = {"党员", "老党员", "居民", "村民", "志愿者", "社工", "网格员", "代表", "同志", "专家", "骑手", "外卖骑手", "快递小哥",
                  "企业家", "律师", "医生",
                  "快递员", "配送员", "讲解员", "辅导员", "宣讲员", "调解员", "信息员", "楼长", "负责人", "管家", "督导"}


def byline_people(text: str) -> list[str]:
    """Return the reporters named in a byline: （通讯员 张三 李四）, 本报讯（记者 王五）."""
    return [name for name, _ in byline_people_with_roles(text)]


def byline_people_with_roles(text: str) -> list[tuple[str, str]]:
    """Return (name, role) for the reporters of bylines: （记者 王五 通讯员 张三）."""
    out: list[tuple[str, str]] = []
    text = _BROKEN_ROLE.sub("", text)        # 通 讯员, 记 者: a role word a stray space or line break split
    text = re.sub(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*·[ \t\u3000]*(?=[\u4e00-\u9fff])", "·", text)   # 次旦· 卓玛: one name
    for match in _BYLINE.finditer(text):
        role = None
        tokens = [t for t in _BYLINE_TOKEN.split(match.group(1)) if t]
        tokens = [t[:-1] if len(t) > 2 and t.endswith("摄") else t for t in tokens]     # （记者某某摄）: a credit
        for token in _joined_halves(_padded([t for t in tokens if t != "摄"])):
            if token in ("记者", "通讯员", "摄影", "实习生", "见习记者"):
                role = token
            else:
                out += [(name, role) for name in _names_of(token) if name not in [n for n, _ in out]]
    return out


def _padded(tokens: list[str]) -> list[str]:
    """Join a two-character name padded to three characters' width (记者 韦　晴 → 韦晴): two lone characters."""
    out: list[str] = []
    for token in tokens:
        if out and lone_fragment(token) and lone_fragment(out[-1]):
            out[-1] += token
        else:
            out.append(token)
    return out


def _joined_halves(tokens: list[str]) -> list[str]:
    """Join two two-character tokens neither of which opens with a known surname: a Tibetan name
    broken at the line end (更登 加措 → 更登加措); 王五 赵六 stay two names."""
    lex, out = load_lexicon(), []
    for token in tokens:
        if (out and len(out[-1]) == 2 and len(token) == 2 and out[-1] not in ("记者", "摄影")
                and not {out[-1][0], token[0]} & lex.surnames):
            out[-1] += token
        elif out and (("·" in token and lone_fragment(out[-1]))         # 阿 依古丽·吐尔 逊: a dot name a
                      or ("·" in out[-1] and lone_fragment(token))):    # line end broke, one name
            out[-1] += token
        else:
            out.append(token)
    return out


def _names_of(token: str) -> list[str]:
    """Return the names in a byline token: itself, or two names printed without a space (林初夏聂思远)."""
    if 2 <= len(token) <= 4 or _is_dot_name(token):
        return [token]
    split = split_names(token, load_lexicon()) if len(token) in (5, 6) else []
    if len(token) == 5 and (len(split) != 2 or _TRANSCRIBED & set(token)):
        return [token]              # one five-character name (哈斯其木格), not two
    return split if len(split) == 2 else []


# Characters that spell Mongolian and Tibetan names in Han script and that Han given names hardly use:
# a five-character token holding one (苏德毕力格, 额尔敦巴根) is one name, not two (王明 李华强).
_TRANSCRIBED = set("尔格勒巴图其木赫敦嘎扎旦措卓次央日")


def _is_dot_name(token: str) -> bool:
    return bool(_DOT_NAME_ALONE.match(token))


def people_in(text: str, lex: Lexicon | None = None) -> list[str]:
    """Return people named after a role (厅长庄严, 教授张政文) or in a byline."""
    return [name for name, _ in people_with_roles(text, lex)]


# A three-character name, then 正 and what the person is doing (书记李长河正召集村民): the adverb 正 is no
# name's end a role word's pattern knows, and 正 ends many a name (李国正), so only a verb after it says so.
_DOING = r"(?=正(?:在|带|召|忙|组|领|帮|给|为|向|把|对|与|和|同|陪|教|指|入|走|挨|逐|上|准))"
# The second part is taken greedily up to four characters, then backs off to the first that
# a verb follows: 托合提出席 is 托合提 before 出席, not 托合 before 提出.
_DOT_NAME = rf"[{_HAN}]{{2,8}}·[{_HAN}]{{2,4}}"


def people_with_roles(text: str, lex: Lexicon | None = None) -> list[tuple[str, str | None]]:
    """Return (name, role) for people named after a role, with those listed after them
    (副厅长张三、李四), then the reporters of bylines (记者, 通讯员)."""
    lex = lex or load_lexicon()
    text = re.sub(r"\s*·\s*", "·", text)
    short, long_, two = _role_patterns(lex)
    found = [(m.start(), m.group(1), m.group(2), m.end(), True) for m in short.finditer(text)]
    found += [(m.start(), m.group(1), m.group(2), m.end(), False) for m in long_.finditer(text)]
    found += [(m.start(), m.group(1), m.group(2), m.end(), False) for m in two.finditer(text)
              if not m.group(2).startswith(_TOLD_HOW) and not set(m.group(2)) & set("们地得的着了")]
    found += [(m.start(), m.group(1), m.group(2), m.end(), False) for m in _ETHNIC_PERSON.finditer(text)]
    out: list[tuple[str, str | None]] = []
    for _, role, name, end, needs_surname in sorted(found):
        name, end = _with_conjunction(text, name, end)
        if _accept(name, needs_surname, out, lex, role):
            out.append((name, role))
            out += [(n, role) for n in _listed_after(text, end, out, lex)]
    names = [n for n, _ in out]
    return [(_unglued(n), r) for n, r in out] + [(n, r) for n, r in byline_people_with_roles(text) if n not in names]


# A group word after a people's name says a person follows (畲族党员蓝春花结合…, 蒙古族牧民巴特尔说), whatever
# the name's shape; the name ends before a clear verb.
_ETHNIC_PERSON = re.compile(rf"(?<=族)(老党员|党员|群众|干部|村民|牧民|居民|老人|妇女|青年|学生|志愿者|社工)"
                            rf"\s*([{_HAN}]{{1,8}}·[{_HAN}]{{2,4}}{_NAME_END}|[{_HAN}]{{2,5}}?{_LONG_NAME_END[:-1]}|用|把))")


# What ends a name when a 和, 与 or 及 right after it is the name's own last character: 厅长孟庆和在会上指出 names
# 孟庆和 (a conjunction would be followed by the next name, 厅长张三和李四出席).
_AFTER_CONJUNCTION = re.compile(r"(?:在|出席|主持|参加|讲话|致辞|表示|指出|强调|介绍|说|作|代表|带领|带队|同志|[，。；：、）)\s]|$)")


def _with_conjunction(text: str, name: str, end: int) -> tuple[str, int]:
    """Return the name (and where it ends) with a 和/与/及 that a verb follows taken in: 孟庆 → 孟庆和."""
    if len(name) == 2 and "·" not in name and text[end:end + 1] in ("和", "与", "及") \
            and _AFTER_CONJUNCTION.match(text, end + 1):
        return name + text[end], end + 1
    if len(name) == 3 and "·" not in name and text[end:end + 1] == "和" and _SPOKE.match(text, end + 1):
        return name + text[end], end + 1            # 队长巴音孟和说: no one is joined to 说 by 和
    return name, end


_SPOKE = re.compile(r"(?:说|表示|指出|强调|介绍|讲话|致辞|出席|主持)")


def _unglued(name: str) -> str:
    """Take a verb off a dot name's end: 阿依古丽·吐尔逊说 → 阿依古丽·吐尔逊 (the second part is taken greedily)."""
    first, _, second = name.partition("·")
    for verb in ("说", "表示", "指出", "强调", "介绍", "讲", "所", "摄", "正"):   # 所: 某某·某某所在的单位; 摄: a photo credit
        # 正: 某某·某某正和村民商量 (the adverb 正 before what the person is doing)
        if second and second.endswith(verb) and len(second) - len(verb) >= 2:
            return f"{first}·{second[:-len(verb)]}"
    return name


# How a speech is told (书记再次强调, 局长同时指出): no name between the title and the verb.
_TOLD_HOW = ("再次", "多次", "反复", "一再", "特别", "也曾", "曾经", "常说", "总说", "感慨", "坦言", "激动", "动情", "深情",
             "亲自", "首先", "随后", "最后", "同时", "另外", "此外", "同样", "纷纷", "一致", "当场", "现场", "会上", "重点",
             "着重", "还说", "也说", "都说", "进而", "明确", "具体", "详细", "简要", "专门", "郑重", "深刻", "集中", "逐一")


@per_lexicon
def _role_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """Return the patterns of a role and a name after it: (short names, 4–5 character names)."""
    roles = "|".join(map(re.escape, lex.roles))
    double = "|".join(sorted((n for n in lex.surnames if len(n) == 2), key=len)) or "(?!)"
    name = (rf"{_DOT_NAME}{_NAME_END}|(?:{double})[{_HAN}]{{1,2}}?{_NAME_END}|[{_HAN}]{{2,3}}?{_NAME_END}"
            rf"|[{_HAN}]{{3}}{_DOING}")
    # The look-ahead for a role's first character says nothing the roles do not say, but it lets
    # the regex engine skip, in one step, the positions where no role starts (4× faster scans).
    starts = rf"(?=[{re.escape(''.join(sorted({r[0] for r in lex.roles})))}])" if lex.roles else ""
    short = re.compile(rf"{starts}(?<!总)({roles})\s*({name})")
    # A name without a known surname only after a title: 党员分组入户走访 is no one.
    titles = "|".join(map(re.escape, (r for r in lex.roles if r not in _GENERIC_ROLES)))
    long_ = re.compile(rf"{starts}(?<!总)({titles})\s*([{_HAN}]{{3,6}}?){_LONG_NAME_END}")
    # A two-character name without a known surname (扎西, 多吉) only between a title and a verb of speech.
    two = re.compile(rf"{starts}(?<!总)({titles})\s*([{_HAN}]{{2}})(?=说|表示|指出|强调|介绍|领学|当选)")
    return short, long_, two


# What opens the second group of 书记和党建指导员, 主任与社区干部: no name after a 和 that is a conjunction.
_GROUP_HEADS = {"党建", "党务", "党员", "党组", "社区", "社会", "志愿", "群众", "干部", "各级", "全体", "相关", "有关", "机关",
                "基层", "村民", "居民", "班子", "委员", "成员", "工作"}
# The verbs (two characters or more) a name is told before: a run opening with one is no name.
_VERBS = tuple(w for w in re.findall(r"[\u4e00-\u9fff]{2,}", _NAME_END + _LONG_NAME_END) if not w.endswith("着"))


# Roles that often name a group (各地负责同志, 党员代表): 和, 与, 及 after them join, they open no name.
_GROUP_ROLES = {"同志", "负责同志", "代表", "党员", "老党员", "居民", "村民", "志愿者", "负责人", "专家", "委员"}


def _accept(name: str, needs_surname: bool, out, lex: Lexicon, role: str = "") -> bool:
    names = [n for n, _ in out]
    if name in names or name in EXCLUDED_PEOPLE or name.startswith(_NOT_NAME_STARTS):
        return False
    if name.endswith(_HONORIFICS) or "某" in name:     # 李大爷, 王阿姨, 张某: no one's full name
        return False
    if len(name) == 3 and name[-1] in "地得们":          # 居民高兴地说: an adverb (高 is a surname), no name
        return False
    if (len(name) == 2 and name[-1] in "去来") or (len(name) == 3 and name[-1] == "化"):
        return False            # 为老人送去慰问品, 志愿者常态化为老人服务: a verb, no name
    if name[0] in "和与及" and (role in _GROUP_ROLES or not needs_surname):   # 负责同志和快递…, 书记和党务工作者:
        return False                                                         # a conjunction, not 和 the surname
    if any(name in other or other in name for other in names):
        return False
    if len(name) == 3 and name[1] in "不没" and name[0] == name[2]:      # 书记强不强: a question, no name
        return False
    if name[0] in "和与及" and name[1:3] in _GROUP_HEADS:                  # 书记和党建指导员: a second group
        return False
    if name.startswith(_VERBS):             # 部长出席会议并讲话: the role's holder unnamed, a verb after it
        return False
    return "·" in name or not needs_surname or name[0] in lex.surnames or name[:2] in lex.surnames


def _listed_after(text: str, end: int, out, lex: Lexicon) -> list[str]:
    """Return the names listed with 、 right after a named person: 副厅长张三、李四、王五出席."""
    found = []
    listed = _listed_pattern(lex)
    while (match := listed.match(text, end)) and _accept(match.group(1), True, out + [(n, "") for n in found], lex):
        found.append(match.group(1))
        end = match.end()
    return found


@per_lexicon
def _listed_pattern(lex: Lexicon) -> re.Pattern:
    """Return the pattern of one more name listed with 、."""
    return re.compile(rf"、\s*({_DOT_NAME}{_NAME_END}|(?:{'|'.join(n for n in lex.surnames if len(n) == 2) or '(?!)'})"
                      rf"[{_HAN}]{{1,2}}?{_NAME_END}|[{_HAN}]{{2,3}}?{_NAME_END})")
