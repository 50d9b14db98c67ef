"""Who an article is from: the organisation its attribution or dateline names.

（据X）, （X供稿）, （来源：X） name X; 本报讯, 本报记者, 本报评论员 and 本报某地某月某日电
(本刊… in a magazine) and a byline of its 记者 （记者 某某 通讯员 某某） name the publication itself; 新华社…电 names 新华社. A byline of 通讯员 alone, or a
signed theory piece (（作者系…）, （作者单位：某某大学）), names none.
"""
from __future__ import annotations

import re

from .agencies import agencies_in
from .lexicon import OWN_MEDIA, OWN_MEDIUM
from .people import byline_people

# The label may stand before the unit too: （供稿：X）, （稿源：X）, （供稿单位：X）, （信息来源：X）.
_NAMED = (re.compile(r"^据\s*(.+)$"), re.compile(r"^(.+?)\s*供稿$"),
          re.compile(r"^(?:信息|稿件)?(?:来源|供稿|稿源)(?:单位)?\s*[:：]\s*(.+)$"))
# （作者单位：X） is a source only when X is an agency reporting its own work (昆明市民政局), not the
# university or party school of a theory piece's author.
_AUTHOR_UNIT = re.compile(r"^作者单位\s*[:：]\s*(.+)$")
# …never a school where the author teaches: 中共某某省委党校, 某某大学, 某某学院.
SCHOOL = re.compile(r"党校|大学|学院")
_PARENTHESIZED = re.compile(r"[（(][^（）()]*[）)]")
# The paper's own report: 本报讯, 本报记者 …, 本报评论员, 本报合肥5月12日电, 本报北京电; its own correspondent
# (（本报通讯员 某某）, 本刊通讯员 某某) too: the 本报 says whose copy it is, as in 本报讯（通讯员 某某）.
# Its editors and commentators sign so too: 本刊编辑部, 本刊特约评论员.
_OWN = re.compile(rf"{OWN_MEDIUM}(?:(?:特约|见习|首席)?(?:记者|通讯员|评论员)|编辑部|评论部|综合|"
                  r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|讯(?!员)))")
# Another paper's dateline names that paper: 人民日报北京5月12日电.
_OTHER_PAPER = re.compile(r"^\s*([\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|报))[\u4e00-\u9fff]{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电")
# A byline naming a 记者 (not only 通讯员, the agencies' correspondents) is the paper's own reporter,
# bracketed or not, and a media centre's (融媒体记者, 全媒体记者, 县融媒体中心记者) too.
_OWN_REPORTER = re.compile(r"(?:^|[（(\s])\s*(?:本报|本刊|特约|见习|首席|融媒体?|全媒体|新媒体|[\u4e00-\u9fff]{1,6}融媒体?中心"
                           r"|[\u4e00-\u9fff]?(?:晚|日|晨|早|时|商)报|都市报)?"
                           r"记者(?![从向在到对获了采])")
# A media centre's or paper's own 讯: 湘江融媒讯（记者 王明）, 融媒讯, 东坡日报讯 (not another agency's 中新网讯).
_OWN_NEWS = re.compile(r"^\s*(?!新华|中新|人民)[\u4e00-\u9fff]{0,8}?(?:融媒体?|日报|晚报|报|台|中心)讯(?!员)")
# A lead opened by its reporter: 记者 王明 报道：
_REPORTED = re.compile(rf"^\s*{OWN_MEDIUM}?记者\s*[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}})*\s*报道")
# The publication's commentator signs without 本报 too: 特约评论员, 评论员 alone at the top.
_COMMENTATOR = re.compile(r"^\s*(?:特约|特邀)?评论员(?![\u4e00-\u9fff])")
_XINHUA = re.compile(r"新华社[\u4e00-\u9fff]{0,8}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*电|（\s*新华社\s*）|据新华社")


def parse_attribution(text: str | None) -> tuple[str | None, list[str]]:
    """Return (source organisation, people) of an attribution such as （据山东省民政厅）."""
    if not text:
        return None, []
    return named_source(text), byline_people(text)


def named_source(text: str) -> str | None:
    """Return X of the first （据X）, （X供稿） or （来源：X） in text; several lines may follow each other
    (（据北京市民政局）（通讯员 某某）), and the first that names one gives the source."""
    for part in _PARENTHESIZED.findall(text) or [text]:
        inner = part.strip("（）() ")
        for pattern in _NAMED:
            match = pattern.match(inner)
            if match and not match.group(1).startswith("新华社"):
                return match.group(1).strip()
        if _bare_unit(inner) or INTERNAL_UNIT.fullmatch(inner):
            return inner         # （和平区民政局）: a bulletin item closed by the unit that sent it
        unit = _AUTHOR_UNIT.match(inner)
        if unit and agencies_in(unit.group(1)) and not SCHOOL.search(unit.group(1)) and not _signed(text, part):
            return unit.group(1).strip()
    return None


# A unit inside the office that issues a bulletin, named without it: （机关党委供稿）, （办公室）, （厅团委）,
# （离退休干部处）, （组织人事科供稿）, （社会救助处党支部） — not a street's 办事处 or a park's 管理处.
INTERNAL_UNIT = re.compile(r"[厅局]?(?:机关(?:第[一二三四五六七八九十\d]{1,3})?(?:党委|团委|团支部|工会|纪委|党支部|党总支)(?:办公室)?|办公室|团委"
                           r"|[\u4e00-\u9fff]{2,8}?(?:[处科](?:党支部|党总支)|(?<!办事|管理)[处科]))")


# A bulletin item's closing credit may name its writer after the unit, with a space or none:
# （厅社会救助处党支部 某某）, （某某市民政局某某）. The unit ends in one of the language's forms for a body or its
# part (局, 厅, 委, 处, 科, 党支部, 办公室, 中心, 街道, 社区…); the writer is a name of two to four characters.
_UNIT_END = re.compile(r"(?:党支部|党总支|支部|总支|党委|党组|工委|纪委|团委|工会|妇委会|办公室|中心|协会|联合会|街道|社区"
                       r"|[局厅委部处科股室站所院队镇乡村])$")
_WRITER = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def unit_with_writer(text: str | None, surnames=frozenset()) -> str | None:
    """Return the unit of the last bracket of text that holds a unit and its writer (（厅办公室 某某） → 厅办公室),
    else None. Printed without a space, the writer must open with a known surname (surnames) and the unit
    keep at least three characters; a bracket that names only a unit, or a role (通讯员, 记者), is no such
    credit."""
    for part in reversed(_PARENTHESIZED.findall(text or "")):
        inner = part.strip("（）() \u3000")
        if _NOT_A_SIGNER.search(inner) or re.search(r"[:：/／、,，]", inner):
            continue
        words = inner.split()
        if len(words) == 2:
            splits = [(words[0], words[1])]
        elif len(words) == 1:
            splits = [(inner[:-n], inner[-n:]) for n in (3, 2, 4) if len(inner) > n + 2
                      and (inner[-n] in surnames or inner[-n:-n + 2] in surnames)]
        else:
            continue
        for unit, writer in splits:
            if len(unit) >= 3 and _UNIT_END.search(unit) and _WRITER.fullmatch(writer) and not _UNIT_END.search(writer):
                return unit
        return None
    return None


# A provincial department's division's branch, named alone: 社会救助处党支部, 厅养老服务处党支部.
_DIVISION_BRANCH = re.compile(r"厅?[\u4e00-\u9fff]{2,6}?(?<!办事|管理)处(?:党支部|党总支)")


def _bare_unit(inner: str) -> bool:
    """Say whether a bracket holds one agency's name and nothing else (和平区民政局, 省社会组织党委,
    社会救助处党支部)."""
    if not (4 <= len(inner) <= 30 and re.fullmatch(r"[\u4e00-\u9fff]+", inner)):
        return False
    if _DIVISION_BRANCH.fullmatch(inner):
        return True
    found = agencies_in(inner)
    return len(found) == 1 and found[0][0] == inner


def _signed(text: str, bracket: str) -> bool:
    """Say whether people sign the piece before its （作者单位：X）: 马某 李某（作者单位：X） is the
    authors' own piece (no source), while （作者单位：X） alone, or after the paper's 本报讯（通讯员 某某）,
    is the unit reporting its work."""
    before = _PARENTHESIZED.sub(" ", text[:text.find(bracket)])
    names = re.sub(r"^\s*[文图]\s*[/／]", "", before).split()
    return bool(names) and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", n) and not _NOT_A_SIGNER.search(n)
                               for n in names)


_NOT_A_SIGNER = re.compile(r"本报|本刊|讯|记者|通讯员|评论员|编辑")


# An e-paper site is named after its paper: 津沽晚报数字报 is 津沽晚报.
# …and so is a media centre's: 某某融媒数字报, 某某融媒电子报 are 某某融媒 (two characters at least stay).
_E_PAPER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:数字报刊|数字报|电子报|电子版|数字版|网络版)$")


# A web page's info line: 发布时间：2024-06-20 来源：海西州民政局 作者：其其格 浏览次数：
# Each field runs to the next label; a field left empty is followed by that label (作者： 浏览次数：).
_INFO_LABEL = re.compile(r"([\u4e00-\u9fff]{2,4})\s*[:：]")
_INFO_KEYS = {"来源": "来源", "稿源": "来源", "信息来源": "来源", "作者": "作者"}
# The site's own words for itself (来源：本网, 本站): the site is the source, named by its publication.
_OWN_SITE = frozenset(OWN_MEDIA) | {"本站"}
_NO_SOURCE = {"原创", "网络", "综合", "转载", "互联网", "其他", "未知"}


def info_fields(line: str | None) -> dict[str, str]:
    """Return the 来源 and 作者 of a web page's info line (empty values left out): the 作者 whole
    (本报记者 王明 通讯员 李华), the 来源 its first word."""
    out: dict[str, str] = {}
    labels = list(_INFO_LABEL.finditer(line or ""))
    for label, following in zip(labels, labels[1:] + [None]):
        key = _INFO_KEYS.get(label.group(1))
        value = line[label.end():following.start() if following else len(line)].strip()
        if key == "来源" and value.split()[0] in _NO_SOURCE:
            continue
        if key and value and key not in out:
            out[key] = value if key == "作者" else value.split()[0].strip("（）()")   # （来源：X） kept in its brackets
    return out


# The site's own reporter in an info line's 作者 (本网记者 何静, 本站记者): the site is the source.
_SITE_REPORTER = re.compile(rf"^\s*(?:{OWN_MEDIUM}|本站)(?:特约)?记者")


def info_source(stated: dict[str, str], publication: str | None) -> str | None:
    """Return the source an info line gives: its 来源, else the site itself when its own reporter writes."""
    if stated.get("来源") in _OWN_SITE:
        return paper_name(publication)
    if stated.get("来源"):
        return stated["来源"]
    return paper_name(publication) if _SITE_REPORTER.match(stated.get("作者", "")) else None


def paper_name(publication: str | None) -> str | None:
    """Return the paper a publication's name stands for: 津沽晚报数字报 → 津沽晚报."""
    return _E_PAPER.sub("", publication) if publication else publication


def source_of(attribution: str | None, lead: str, publication: str | None) -> str | None:
    """Return the organisation an article is from, by its attribution, else by its dateline.

    The dateline is looked for in the attribution (where a byline at the top goes) and at
    the start of the lead (where a dateline printed in the lead's first line stays).
    """
    named = named_source(attribution or "")
    if named in _OWN_SITE:
        return paper_name(publication)        # 来源：本网 — the site itself
    if named:
        return named
    attribution, lead = attribution or "", lead.lstrip()[:40]
    if _XINHUA.search(attribution) or _XINHUA.match(lead):
        return "新华社"
    if (_OWN.search(attribution) or _OWN.match(lead) or _OWN_REPORTER.search(attribution)
            or _COMMENTATOR.match(attribution)):
        return paper_name(publication)
    if _OWN_NEWS.match(attribution) or _OWN_NEWS.match(lead) or _REPORTED.match(lead):
        return paper_name(publication)
    other = _OTHER_PAPER.match(attribution) or _OTHER_PAPER.match(lead)
    if other:
        return other.group(1)
    return None
