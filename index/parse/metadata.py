"""Who, where, when and which 提法: the facets of one article.

Names are given the way staff filter by them: the province in its short form
(山东), the agency as the institution (山东省民政厅, not its 党组 or 机关党委),
dates resolved against the page's issue date. The stages are their own modules:
:mod:`.agencies` (agency, places, province), :mod:`.sources`, :mod:`.dates`,
:mod:`.people`; this one puts one article's answers together.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .archive_facts import active_slogans
from .agencies import (_FOUNDED, party_committees, _NOT_DISTRICTS, _places_ending_at, agencies_in, complete_agency, own_body_at, most_named_province, own_body, places_in,  # noqa: F401
                       publication_place, publication_province)
from .dates import event_date  # noqa: F401
from .lexicon import OWN_MEDIUM, Lexicon, load_lexicon
# people_in and EXCLUDED_PEOPLE live in .people; imported here so old callers keep working.
from .people import EXCLUDED_PEOPLE, byline_people, byline_people_with_roles, people_in, people_with_roles  # noqa: F401
from .namelists import byline_names, dot_names, looks_like_name, split_names, trim_dot_name, honour_list, interviewees, listed_names, photographers, speakers
from .slogans import article_slogans, slogans_in  # noqa: F401
from .sources import (INTERNAL_UNIT, SCHOOL, info_fields, info_source, named_source, parse_attribution,  # noqa: F401
                      source_of, unit_with_writer)

# A town or street at the head of the lead or title: 崇仁镇召开… → 崇仁镇 (its committee only where the article prints
# one). Printed with its county or district (丰顺县汤坑镇组织…, 金华市婺城区城东街道 17个…) it is named so; a number
# (杆洞乡37名), a quote (白彦花镇“红色驿站”) or, after 在, a comma (在惠安县崇武镇，…) may follow it.
# A Corps regiment is a town of its division: 一〇三团 (its 团党委 as a town's 镇党委).
_REGIMENT = "[一二三四五六七八九十〇零]{2,4}团"
_TOWN_SUBJECT = re.compile(r"^(?:[^，。；]{0,12}，)?\s*((?:走进|走访|来到|深入|前往|在|到|赴|访|于)?"
                           r"(?:[\u4e00-\u9fff]{2,16}?(?:镇|乡|街道)|[\u4e00-\u9fff]{2,16}?苏木|[\u4e00-\u9fff]{0,12}?"
                           + _REGIMENT + "))"
                           r"(?=[\u4e00-\u9fff“「\"]|\s?\d|([，,]))(?!党(?!员)|办|政府|人民|市)")
# What runs into a town's name from before it: a verb of going (走进桃城镇, 记者来到某某乡) or a preposition (在某某镇).
_INTO_TOWN = re.compile(r"走进|走访|来到|深入|前往|在|到|赴|访|于")
# …and words that end like a town and are none: 城乡 (town and country), 乡村振兴 (the countryside).
_NOT_A_TOWN = re.compile(r"城乡..?$|乡村(?!民).?$")
_TOWN_NAME = re.compile(r"(?:镇|乡|街道|苏木|(?<=[一二三四五六七八九十〇零])团)$")
_COUNTY_END = re.compile(r"(?<=[县区市旗盟])")


_SYSTEM = re.compile(r"全(省|区|市|州|县|旗|盟)民政系统")
_SYSTEM_BODY = {"省": "省民政厅", "区": "自治区民政厅", "市": "市民政局", "州": "州民政局", "县": "县民政局", "旗": "旗民政局",
                "盟": "盟民政局"}


def _town_subject(text: str, lex: Lexicon | None = None) -> str | None:
    """Return the town or street at the head of text (崇仁镇召开… → 崇仁镇), without a verb that ran into it
    (走进桃城镇 → 桃城镇), with its county or district where printed so and known as places (丰顺县汤坑镇);
    None for a word that only ends like one (在城乡社区, 党建引领乡村振兴, 全县各乡)."""
    found = _town_at_head(text, lex or load_lexicon())
    return found[0] if found else None


def _town_at_head(text: str, lex: Lexicon) -> tuple[str, bool] | None:
    """Return (town, scene) for the town at the head of text; scene when it only sets the scene of a feature (走进某某
    街道的小区, 在某某镇，…, 某某镇的…): the body that acts may be named later."""
    match = _TOWN_SUBJECT.match(text)
    if not match:
        return None
    into = list(_INTO_TOWN.finditer(match.group(1)))
    if match.group(2) and not (into and into[-1].group() == "在"):
        return None              # 某某镇，…: only 在某某镇，… sets the scene of the report
    name = match.group(1)[into[-1].end() if into else 0:]
    if _NOT_A_TOWN.search(name + text[match.end(1):match.end(1) + 2]):
        return None
    # The town's own name starts after its county's (the last place level whose rest still names a town).
    cuts = [c.start() for c in _COUNTY_END.finditer(name) if len(_TOWN_NAME.split(name[c.start():])[0]) >= 2]
    if cuts:
        prefix, town = name[:cuts[-1]], name[cuts[-1]:]
        name = prefix + town if _all_places(prefix, lex) else town
    if not 2 <= len(_TOWN_NAME.split(name)[0]) <= 6 + 10 * bool(cuts):
        return None
    return name, bool(into) or bool(match.group(2)) or text.startswith("的", match.end(1))


def _all_places(prefix: str, lex: Lexicon) -> bool:
    """Say whether prefix is nothing but places (金华市婺城区, 丰顺县; a district the table leaves out, 长宁区, too)."""
    pos = len(prefix)
    while pos > 0:
        name, before = _places_ending_at(prefix, pos, lex)
        if not name:
            return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}[区县旗]", prefix[:pos])) and not _NOT_DISTRICTS.match(prefix[:pos])
        pos = before
    return True


_TOWN_BODY = {"镇": "党委", "乡": "党委", "苏木": "党委", "街道": "党工委", "团": "党委"}
_TOWN_KIND = re.compile(r"(?:镇|乡|街道|苏木|(?<=[一二三四五六七八九十〇零])团)$")


def _town_or_committee(agency: str, text: str) -> str:
    """Return a town that acts (崇仁镇, 递铺街道) as printed, or its committee where the article prints one (settled
    convention: a town's committee is the agency only when printed): as printed (华池县南梁镇党委; 松口镇党委 beside
    梅县区松口镇), or a bare 镇党委/街道党工委 in an article naming the town: the town as it names it, with 党委."""
    kind = _TOWN_KIND.search(agency)
    if not kind:
        return agency
    committee = _TOWN_BODY[kind.group()]
    town = re.split(r"(?<=[县区旗市])(?=[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木|团)$)", agency)[-1]   # 莘县燕塔街道 → 燕塔街道
    if agency + committee in text:
        return agency + committee
    if town + committee in text:
        return town + committee
    bare = re.search(rf"(?:(?<![\u4e00-\u9fff])|(?<=[该本全在由经]))(?:{kind.group()}){committee}", text)
    return agency + committee if bare else agency


_LEVEL_END = re.compile(r"(?<=[省市县区旗州盟])")
_LEVEL_START = re.compile(r"[省市县区旗州盟]|自治")      # 梅州市民政局 holds 市民政局: an abbreviation, no name of its own


def _shorter_printed(agency: str, text: str, lex: Lexicon) -> str:
    """Return the shortest form of an agency the article also prints on its own: 舟山市普陀区民政局 in the lead and
    （普陀区民政局供稿） under it → 普陀区民政局 (settled convention: both forms printed → the body's own name). A form
    counts when it is printed more often than the longer one holding it, and is itself a body with its place
    (南湖区社会组织党委) or a town (燕塔街道), never an abbreviation (市民政局) or a bare suffix."""
    if agency not in text:
        return agency
    best = agency
    for cut in _LEVEL_END.finditer(agency, 2):
        tail = agency[cut.start():]
        if len(tail) < 4 or _LEVEL_START.match(tail) or text.count(tail) <= text.count(best):
            continue
        if _TOWN_KIND.search(tail) or any(name == tail for name, _ in agencies_in(tail, lex)):
            best = tail
    return best
_DATELINE = re.compile(rf"^\s*(?:{OWN_MEDIUM}|新华社|中新社|[\u4e00-\u9fff]{{2,6}}(?:日报|晚报|时报|报))[\u4e00-\u9fff]{{0,8}}?"
                       r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|讯(?!员))\s*(?:[（(][^（）()]{0,40}[）)])?")
# An author's note, one level of brackets inside it: （作者系中共某某省委党校（某某行政学院）教授）.
_AUTHOR_NOTE = re.compile(r"[（(]\s*作者(?:系|单位|简介)[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]")
_AUTHOR_IS = re.compile(r"[（(]\s*作者系")
_AUTHOR_UNIT = re.compile(r"[（(]\s*作者单位\s*[:：]")
# A journal paper: 摘要：…, 关键词：… at its head.
_ACADEMIC = re.compile(r"^\s*(?:摘\s*要|关\s*键\s*词)\s*[:：]")
# A signed theory or commentary piece names no agency, and no province but the places it names.
_COMMENTARY = re.compile(r"作者系|评论员|(?:^|[）)\s])文\s*[/／]")


@dataclass(frozen=True)
class Metadata:
    province: str | None
    agency: str | None
    source: str | None
    date: date | None
    slogans: tuple[str, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    roles: tuple[tuple[str, str], ...] = ()


def choose_province(agencies, source: str | None, places: list[str], text: str, lex: Lexicon,
                    hint=None) -> str | None:
    """The organiser's province, else the source's, else the paper's own (its 省民政厅, 全省), else the one most named."""
    for name, province in agencies:
        if province:
            return province
        if name in lex.national_bodies:
            return None          # a national body's article belongs to no province
        if complete_agency(name, "?", lex) != name and _value(hint):
            return _value(hint)  # the paper's own 省民政厅 or 州民政局
    if source:
        for name, province in agencies_in(source, lex):
            if province:
                return province
    # Nothing named: the article is about its paper's province (a commentary was given no hint).
    return most_named_province(places, text, lex) or _value(hint)


_INFO_ROLES = re.compile(rf"(?:{OWN_MEDIUM}|特约)?(?:记者|通讯员|编辑|撰稿|摄影)|[文图]\s*[/／]")


def _without(text: str, names: list[str]) -> str:
    """Return text with the people's names blanked out (a line break, so no name joins its neighbours)."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "\n")
    return text


def _info_authors(value: str, lex: Lexicon) -> list[str]:
    """Return the people of an info line's 作者: one bare name (其其格), or the names of a byline
    (本报记者 王明 通讯员 李华); never a unit (作者：滨海新区民政局)."""
    if not value or agencies_in(value, lex) or re.search(r"[局厅委部办站院所队报社网台]$", value):
        return []
    tokens = split_names(_INFO_ROLES.sub(" ", value), lex)
    if len(tokens) == 1 and not _INFO_ROLES.search(value):      # not 管理员, 宣传科, 佚名, admin
        bare = tokens[0]
        return [bare] if re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", bare) and not re.search(r"[员科处组办室股者名站]$", bare) else []
    return [n for n in tokens if looks_like_name(n, lex)]


# A photo's caption: 图为…, ▲…, 上图…, or a short line closed by its photographer's credit (（某某 摄）).
_PHOTO_CAPTION = re.compile(r"^\s*(?:[▲△]|图为|[上下左右]图[：:为]?)|(?:摄|摄影\s*[:：]?\s*[\u4e00-\u9fff·]{2,12})\s*[）)]\s*$")


def _bulletin(kind: str | None, hint) -> bool:
    """Say whether the page is a bulletin's: its publication is one, or its masthead names the office
    issuing it (a paper's or magazine's closing (单位 姓名) signs an author's piece, not a unit's report)."""
    if kind is not None:
        return kind == "bulletin"
    issuer, offices = getattr(hint, "issuer", None), getattr(hint, "offices", None)
    return bool(callable(issuer) and issuer()) or bool(callable(offices) and offices())


def _value(hint):
    """Return a hint given as a value, or as a function that finds it (the page's, found only when asked)."""
    return hint() if callable(hint) else hint


def extract_metadata(title: str, paragraphs: list[str], attribution: str | None, issue: date | None,
                     province_hint=None, publication: str | None = None, kind: str | None = None,
                     info: str | None = None, groups: list[list[str]] | None = None) -> Metadata:
    """Return the metadata of one article.

    province_hint is the province of the publication (from the archive's profile, its name, or
    the rest of its page), or a function that finds it when an article needs it: a provincial paper's own 省民政厅 and 全省 are that province. kind is the
    publication's (publications.toml): every piece of a theory weekly is commentary. info is a web
    page's info line (来源：X 作者：Y): its 来源 is the source when the text names none, its 作者 a person.
    """
    lex = load_lexicon()
    body = "\n".join(paragraphs)
    # the lead is the first paragraph that is no photo's caption (a web page may set the photo first)
    lead = next((p for p in paragraphs if not _PHOTO_CAPTION.search(p) or len(p) > 120),
                paragraphs[0] if paragraphs else "")
    # …or whose author's note a mis-cut left in its body: （作者系…教授） never ends a news report.
    commentary = kind == "theory" or bool(_COMMENTARY.search(attribution or "") or _AUTHOR_IS.search(body))
    # A piece its authors sign with their unit (张三 李四（作者单位：某某大学）) is a scholar's: its province is what
    # it names, not its paper's (the agencies of the cases it tells are still read).
    scholars = bool(_AUTHOR_UNIT.search(attribution or "") and not named_source(attribution or ""))
    paper = commentary or any(_ACADEMIC.match(p) for p in paragraphs[:3])      # a journal paper, signed
    hint = None if commentary or scholars else province_hint or publication_province(publication, lex)
    stated = info_fields(info)
    source = source_of(attribution, lead, publication) or info_source(stated, publication)
    if paper and source and re.search(r"作者单位\s*[:：]\s*" + re.escape(source), attribution or ""):
        source = None           # a theory piece's author unit is where its author works, not who sent it
    if not source and _bulletin(kind, province_hint):
        # a bulletin item closed by its unit and writer (（厅社会救助处党支部 某某）): the unit sent it
        source = unit_with_writer(attribution, lex.surnames)
    named = people_of(title, paragraphs, attribution or "", lex, groups)
    # A person's name is no place (扎西平措 holds 西平, a county of 河南), nor is an author's affiliation
    # (（作者系中共山东省委党校…） that a mis-cut ran into the body).
    located = _AUTHOR_NOTE.sub("\n", title + "\n" + body)
    places = places_in(_without(located, [n for n, _ in named]), lex)
    # …nor does a school an author's note names in the body (a mis-cut): the later paragraphs are read without it.
    organisers = [] if commentary else _organisers(title, lead, lex, [_AUTHOR_NOTE.sub("\n", p) for p in paragraphs[1:]])
    bureau = getattr(province_hint, "issuer", None)
    if not commentary and callable(bureau) and _own_bureau_first(title, lead, organisers, lex, bureau) and (own := bureau()):
        organisers = [(own, None)] + organisers
    province = choose_province(organisers, source, places, located, lex, hint)
    nearby = _Nearby(title + "\n" + lead, publication, province_hint)
    # An author's school (作者单位：中共某某省委党校) acts in nothing; a unit writing of its own work does.
    signers = [s for s in _signers(attribution or "", lex) if not SCHOOL.search(s[0])]
    agency = None if commentary else _agency(organisers + signers, source, province, lex, nearby,
                                             "\n".join([title, *paragraphs, attribution or ""]))

    source = complete_source(source, _value(province_hint) or publication_province(publication, lex) or province,
                             lex, nearby, getattr(province_hint, "issuer", None), getattr(province_hint, "offices", None))
    named += [(n, "作者") for n in _info_authors(stated.get("作者", ""), lex) if n not in [m for m, _ in named]]
    people = [n for n, _ in named]
    return Metadata(
        province=province, agency=agency, source=source,
        date=event_date(lead, issue, attribution or ""),
        slogans=tuple(article_slogans(title, paragraphs, lex, active_slogans())),
        people=tuple(people), places=tuple(places),
        roles=tuple((n, r) for n, r in named if r),
    )


def people_of(title: str, paragraphs: list[str], attribution: str, lex: Lexicon,
              groups: list[list[str]] | None = None) -> list[tuple[str, str | None]]:
    """Return (name, role or None) for everyone an article names: after a role word, in bylines and
    attributions, as photographers, interviewees, speakers, and in honour lists; each once, 习近平 never."""
    text = title + "\n" + "\n".join(paragraphs)
    named = people_with_roles(text, lex)
    named += byline_people_with_roles(attribution) + byline_names(attribution, lex)
    named += [(n, "摄影") for n in photographers(text + attribution, lex)]
    named += [(n, None) for n in interviewees(title, paragraphs, lex) + speakers(text, lex) + listed_names(text, lex)
              + honour_list(paragraphs, lex, title, groups) + dot_names("\n".join(paragraphs) + "\n" + attribution, lex)]
    out: list[tuple[str, str | None]] = []
    for name, role in named:
        name = _dot_tail(trim_dot_name(name.replace(" ", ""), lex))
        if name in EXCLUDED_PEOPLE or any(name == n or (len(n) > 2 and name in n) for n, _ in out):
            continue
        if "·" in name and any("·" in n and name.startswith(n) for n, _ in out):    # 热依拉·艾海提 then
            continue                                         # 热依拉·艾海提儿(童福利处): the longer ran on
        out = [(n, r) for n, r in out if not ("·" in name and name.split("·")[-1] == n)]   # 哈力木 → 努尔兰·哈力木
        out.append((name, role))
    trimmed = [(_ran_on(n, [m for m, _ in out], text + "\n" + attribution), r) for n, r in out]
    return [(n, r) for k, (n, r) in enumerate(trimmed) if n not in [m for m, _ in trimmed[:k]]]


def _ran_on(name: str, others: list[str], text: str) -> str:
    """Return a dot name without the head of the next name its spaces' removal ran into it: 艾尔肯·吐尔逊刘
    where the text prints 艾尔肯·吐尔逊刘洋 and 刘洋 is a person of the article."""
    if "·" not in name:
        return name
    for other in others:
        for j in (2, 1):
            if ("·" not in other and len(other) > j and name.endswith(other[:j])
                    and len(name.split("·")[1]) - j >= 2 and name[:-j] + other in text):
                return name[:-j]
    return name


# What a byline prints after a dot name that the removal of its spaces ran into it: 吉克·阿依　报道,
# 吉克·阿呷　通讯员 某某.
_CREDIT_WORDS = ("通讯员", "记者", "报道", "摄影", "供稿", "实习生", "编辑", "摄")


def _dot_tail(name: str) -> str:
    """Return a dot name without a credit's word run on to its second part (吉克·阿依报道 → 吉克·阿依)."""
    first, _, second = name.partition("·")
    cut = min((second.find(w) for w in _CREDIT_WORDS if second.find(w) >= 2), default=-1)
    return f"{first}·{second[:cut]}" if second and cut >= 2 else name


def page_province_hint(page, pieces):
    """Return a function that finds a page's province hint once, when an article first asks."""
    found: list = []

    def hint() -> str | None:
        if not found:
            found.append(_page_province(page, pieces))
        return found[0]
    issuer: list = []

    def issuing_bureau() -> str | None:
        if not issuer:
            issuer.append(_issuer_bureau(getattr(page, "text", "") or "", pieces, load_lexicon()))
        return issuer[0]
    hint.issuer = issuing_bureau        # a bulletin's own 局机关党委 is the bureau that issues it
    masthead: list = []

    def issuing_offices() -> list[str]:
        if not masthead:
            masthead.append(_issuer_offices(getattr(page, "text", "") or "", pieces))
        return masthead[0]
    hint.offices = issuing_offices      # a bulletin's 综合党委办公室 is its masthead's office, named in full
    local: list = []

    def local_places() -> list[str]:
        if not local:
            local.append(_local_places(getattr(page, "text", "") or "", pieces, load_lexicon()))
        return local[0]
    hint.local = local_places           # a page's own 市社会组织党委 is its city's
    return hint


def _page_province(page, pieces) -> str | None:
    """Return the province a page's publication speaks for: the archive's profile (publications.toml or
    inferred over the archive), else the publication's name (浙江日报, 齐鲁…), else the one province every
    agency named in full on the page belongs to (a provincial paper names its own bodies)."""
    lex = load_lexicon()
    stated = getattr(page, "province_hint", None) or publication_province(page.publication, lex)
    if stated:
        return stated
    issuer = _issuer_province(getattr(page, "text", "") or "", pieces, lex)
    if issuer:
        return issuer
    named = {province for piece in pieces
             for _, province in agencies_in(piece.title + "\n" + "\n".join(piece.paragraphs[:1]), lex) if province}
    return named.pop() if len(named) == 1 else None


# A bulletin's masthead names the office that issues it: 中共某某省民政厅机关委员会编, 某某州民政局办公室编印,
# 主办：某某市民政局.
# …or prints it alone before the issue's date: 中共某某市民政局机关委员会　2024年3月15日 (the date may break).
_ISSUER = re.compile(r"^\s*(?:主办(?:单位)?\s*[:：]\s*)?(?:中共)?([\u4e00-\u9fff]{4,30}?)\s*(?:(?:编印|编|主办|印发)(?![\u4e00-\u9fff])"
                     r"|\d{4}\s*年[\d\s月日]*$)")


def _issuer_names(text: str, pieces) -> list[str]:
    """Return the office names a bulletin's masthead gives as its issuer, in the lines above the first
    article's title."""
    first = pieces[0].title if pieces and pieces[0].title else None
    head = text[:text.find(first)] if first and first in text else text[:400]
    return [match.group(1) for line in head.splitlines()[:20] if (match := _ISSUER.match(line))]


def party_committee(name: str) -> str:
    """Return the everyday name of a party committee printed in its formal form: 中共某某市社会组织委员会办公室 →
    某某市社会组织党委办公室; other names as they are."""
    return party_committees(name)


def _issuer_offices(text: str, pieces) -> list[str]:
    """Return the offices a bulletin's masthead names as its issuer, a formal party committee's name in its
    everyday form (中共贵州省某某综合委员会办公室 → 贵州省某某综合党委办公室)."""
    first = pieces[0].title if pieces and pieces[0].title else None
    head = text[:text.find(first)] if first and first in text else text[:400]
    out = []
    for line in head.splitlines()[:20]:
        match = _ISSUER.match(line)
        if match:
            formal = line[match.start(1) - 2:match.start(1)] == "中共"
            out.append(party_committee("中共" + match.group(1)) if formal else match.group(1))
    return out


def _issuers(text: str, pieces, lex: Lexicon) -> list[tuple[str, str | None]]:
    """Return the agencies of the office a bulletin's masthead names as its issuer."""
    for name in _issuer_names(text, pieces):
        found = agencies_in(name, lex)
        if found:
            return found
    return []


def _local_places(text: str, pieces, lex: Lexicon) -> list[str]:
    """Return the city or county a page speaks for, where an abbreviated 市社会组织党委 or 县民政局 belongs when
    its article names no place: the one its masthead's issuer names (中共某某市社会组织委员会), else the one
    its articles name most (at least twice, more than any other: a county medium names its county)."""
    for name in _issuer_names(text, pieces):
        found = places_in(name, lex)
        if found:
            return found[-1:]
    # …else the county whose media centre the page's furniture names as its maker (某某县融媒体中心 主办).
    maker = _MEDIA_CENTRE.search(text)
    if maker and (found := places_in(maker.group(1), lex)):
        return found[-1:]
    counts = Counter(place for piece in pieces
                     for place in places_in(piece.title + "\n" + "\n".join(piece.paragraphs), lex))
    top = counts.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return [top[0][0]]
    # …else the one the whole page names most, its furniture too (某某旗融媒体中心出品 under the last article).
    top = Counter({place: text.count(place) for place in places_in(text, lex)}).most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return [top[0][0]]
    return []


_MEDIA_CENTRE = re.compile(r"([\u4e00-\u9fff]{2,10}?[县区市旗])(?:融媒体中心|广播电视台)")


def _issuer_province(text: str, pieces, lex: Lexicon) -> str | None:
    found = {p for _, p in _issuers(text, pieces, lex) if p}
    return found.pop() if len(found) == 1 else None


def _issuer_bureau(text: str, pieces, lex: Lexicon) -> str | None:
    """Return the bureau (局) or department (厅) that issues a bulletin, named in full: 黔南州民政局办公室编 →
    黔南州民政局."""
    return next((name for name, province in _issuers(text, pieces, lex) if province and name.endswith(("局", "厅"))), None)


# A bureau's bulletin calls its own bodies 局机关党委, 局党组, 局办公室 (经局党组研究, （局机关党委）).
_OWN_BUREAU = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[经由对在和与及]))局(?:机关党委|机关|党组|办公室|属)")


def _organisers(title: str, lead: str, lex: Lexicon, later: list[str] = ()) -> list[tuple[str, str | None]]:
    """Return the agencies that acted: those of the lead's first sentence, else the title's, else the lead's;
    a provincial paper's own department (厅机关党委) stands for its 省民政厅."""
    lead = _DATELINE.sub("", lead)      # 新华社合肥5月12日电（记者 某某）: the wire is not who acted
    lead_sentence = re.split(r"[。！？]", lead, maxsplit=1)[0]
    for text in (lead_sentence, title, lead):
        found = _founder_first(agencies_in(text, lex), text, lead, lex)
        own = own_body(text, lex)
        if own and (not found or _named_before(own, found[0][0], text)):
            return [(own, None)] + found        # 经厅机关党委研究，…对江西省社会福利院…: the department acts
        if found:
            return found
    towns = [found for text in (lead_sentence, title) if (found := _town_at_head(text, lex))]
    if towns and not towns[0][1]:
        return [(towns[0][0], None)]
    # A meeting or course of a whole level's civil-affairs system (全省民政系统…推进会, 全市民政系统党务干部培训班) is
    # its department's: 省民政厅, 市民政局, completed with the paper's province or place.
    system = _SYSTEM.search(title + "\n" + lead_sentence)
    if system:
        return [(_SYSTEM_BODY[system.group(1)], None)]
    # A feature whose lead names no body (记者走进…): the first agency its next paragraphs name.
    # A paper's own department (厅机关各级党组织) counts there too: a continued report's head may name no body.
    later_found = next((found for paragraph in later[:9]
                        if (found := agencies_in(paragraph, lex) or [(own, None) for own in [own_body(paragraph, lex)] if own])), [])
    # …else the town whose scene the lead sets (在某某镇，…; 走进某某街道的小区).
    return later_found or [(town, None) for town, _ in towns[:1]]


def _founder_first(found, text: str, lead: str, lex: Lexicon):
    """Put the founder first when the first body named is being founded (某某行业联合党委成立，…区委社会工作部
    为其授牌): the founding is the founder's work. Kept as found when the lead names no other body."""
    if not found or not _is_founded(found[0][0], text):
        return found
    others = [f for f in agencies_in(lead, lex) if f not in found and not _is_founded(f[0], lead)]
    return others + found if others else found


def _is_founded(name: str, text: str) -> bool:
    at = text.find(name)
    return at >= 0 and bool(_FOUNDED.match(text, at + len(name)))


def _signers(attribution: str, lex: Lexicon) -> list[tuple[str, str | None]]:
    """Return the unit a piece is signed from, after what the text names: （上饶市民政局 郑海燕）,
    （厅养老服务处党支部 袁梦琪） (a provincial department's division: its 省民政厅)."""
    own = own_body(attribution, lex)
    units = [(n, p) for n, p in agencies_in(attribution, lex) if n not in _NEWS_AGENCIES]   # （新华社）: a wire, no body
    return units + ([(own, None)] if own else [])


def _own_bureau_first(title: str, lead: str, organisers, lex: Lexicon, bureau=None) -> bool:
    """Say whether a bulletin's article names its own bureau (局党组) before any other body, in its
    title or lead's first sentence: its units (局机关党委, a bureau's division's branch 社会事务科党支部, as a
    department's 处 is the department's), or the bureau abbreviated to its level (市民政局 in a bulletin
    that 某某市民政局 issues)."""
    for text in (re.split(r"[。！？]", lead, maxsplit=1)[0], title):
        own = _OWN_BUREAU.search(text) or _OWN_DIVISION.search(text)
        if not own and callable(bureau) and _LEVEL_BODY.search(text) and (whole := bureau()):
            level = re.search(r"[市州县区盟旗](?=民政局$)", whole)
            own = level and re.search(r"(?:(?<![\u4e00-\u9fff])|(?<=[经由对在和与及]))" + level.group(0) + "民政局", text)
        if own:
            others = [text.find(n) for n, _ in agencies_in(text, lex) if n in text and n != own.group(0)]
            return not others or own.start() < min(others)
    return False


def _named_before(own: str, other: str, text: str) -> bool:
    """Say whether a paper's own body (厅机关党委 read as 省民政厅) is named before another agency."""
    at = own_body_at(text, own)
    return 0 <= at < text.find(other) if other in text else False


_PLACE_LEVEL = re.compile(r"[市县区州旗盟]")
# A bureau's division's party branch named alone (社会事务科党支部), and a civil-affairs bureau named by its level
# alone (市民政局): in a bulletin, its issuing bureau's.
_OWN_DIVISION = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[经由对在和与及]))[\u4e00-\u9fff]{2,6}?科(?:党支部|党总支)")
_LEVEL_BODY = re.compile(r"[市州县区盟旗]民政局")


class _Nearby:
    """The places an abbreviated 县民政局 may belong to, looked up only when one is met (places of the
    title and lead, then the publication's own)."""

    def __init__(self, text: str, publication: str | None, hint=None):
        self.text, self.publication, self.hint = text, publication, hint

    def __iter__(self):
        lex = load_lexicon()
        named = places_in(self.text, lex)
        # A place printed with its level (勐海县, 罗甸县) is named for sure; a bare two-character one may be a
        # word's middle (评定结果 holds 定结) or a name in another's (井冈山干部学院): it comes after the page's own place.
        printed = [p for p in named if _PLACE_LEVEL.match(self.text, self.text.find(p) + len(p)) or _PLACE_LEVEL.search(p)]
        yield from printed
        yield publication_place(self.publication, lex) or ""
        local = getattr(self.hint, "local", None)
        if callable(local):
            yield from local()       # the page's own city or county: its masthead's issuer, else the one it names most
        yield from (p for p in named if p not in printed)


# A source abbreviated as its paper's own body: 厅机关党委 (a provincial department's bulletin: its 省民政厅),
# 局机关党委 (a bureau's bulletin: the bureau that issues it).
_DIVISION_SOURCE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?<!办事|管理)处(?:党支部|党总支)")
_OWN_UNIT_SOURCE = re.compile(r"^(厅|局)(?=机关|党组|办公室|[\u4e00-\u9fff]{2,6}?[处科])")


def complete_source(source: str | None, province: str | None, lex: Lexicon, places=(), bureau=None,
                    offices=None) -> str | None:
    """Return a source named in full, as the convention wants it: （省民政厅供稿） in a 河北 paper → 河北省民政厅,
    （厅机关党委供稿） → 青海省民政厅机关党委, a bureau bulletin's （局机关党委） → 天津市民政局机关党委, 州民政局 →
    黔南州民政局; a source not abbreviated (or not completed with confidence) is kept as printed."""
    if not source:
        return source
    # a bulletin's （机关党委供稿）, （办公室）: its issuing bureau's unit (局办公室 under a 局机关党委办公室 masthead
    # is the bureau's office, not the masthead's)
    if INTERNAL_UNIT.fullmatch(source) and callable(bureau) and (whole := bureau()):
        return whole + source.lstrip("厅局")
    whole = _office_of_masthead(source, offices, lex)
    if whole:
        return whole
    if _DIVISION_SOURCE.fullmatch(source):
        source = "厅" + source          # 社会救助处党支部: a 处 is a provincial department's division
    own = _OWN_UNIT_SOURCE.match(source)
    if own and own.group(1) == "局":
        whole = bureau() if callable(bureau) else None
        return whole + source[1:] if whole else source
    if own:
        source = "省民政厅" + source[1:]
    for name, _ in agencies_in(source, lex):
        if not source.startswith(name):
            break
        whole = complete_agency(name, province, lex, places)
        return whole + source[len(name):] if whole else source
    return source


def _office_of_masthead(source: str, offices, lex: Lexicon) -> str | None:
    """Return the masthead's issuing office a source abbreviates (（综合党委办公室供稿） under 中共某某省社会组织综合委员会
    办公室 → 某某省社会组织综合党委办公室): a source naming no place, which the office's name holds after a place."""
    if not callable(offices) or len(source) < 3 or agencies_in(source, lex) and agencies_in(source, lex)[0][1]:
        return None
    for office in offices():
        at = office.rfind(source)
        head = office[:at]
        if at > 0 and (places_in(head, lex) or any(lex.province_of(head[:k]) for k in range(2, min(len(head), 5) + 1))):
            return office[:at + len(source)]
    return None


def _agency(organisers, source: str | None, province: str | None, lex: Lexicon, places, text: str = "") -> str | None:
    """Return the first organiser named in full (both forms printed → the shorter; a town's committee only where
    printed), else the body of the source (a town that sent its own report: （东平镇供稿））."""
    for name, _ in organisers:
        agency = complete_agency(name, province, lex, places)
        if agency:
            return _town_or_committee(_shorter_printed(agency, text, lex), text)
    if source and re.fullmatch(r"[\u4e00-\u9fff]{2,10}(?:镇|乡|街道|苏木)", source) and not _NOT_A_TOWN.search(source):
        return _town_or_committee(source, text)
    if source and source not in _NEWS_AGENCIES:        # a news agency reprinted is no acting body
        return next((complete_agency(n, province, lex) for n, _ in agencies_in(source, lex)), None)
    return None


_NEWS_AGENCIES = ("新华社", "中新社", "人民日报")
