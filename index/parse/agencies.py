"""Where an article is from: the agency that acted, the places named, the province.

Agencies are named as staff filter by them (山东省民政厅, not its 党组; 银川市民政局,
not 宁夏回族自治区银川市民政局); a provincial paper's own 省民政厅 is completed with
the paper's province; national bodies (民政部, 中央和国家机关工委) have none.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from .lexicon import Lexicon, load_lexicon, per_lexicon

_ABBREVIATIONS = ("省委", "市委", "县委", "自治区", "省", "市", "县", "州", "区", "旗", "盟")
# Town and street bodies are named by their own two-character name, which no table lists: 思蒙镇党委, 苏祠街道党工委;
# a 苏木 is a township of 内蒙古 and a 嘎查 its village (某某苏木党委, 某某嘎查党支部).
# A village's branch (某某镇某某村党支部), a town's joint branch of its social organisations, its community party
# committee (某某镇社区党委), its civil-affairs office (民政办) and its social work station (社工站) are bodies of their own.
_LOCAL_BODY = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|苏木)(?:(?:[\u4e00-\u9fff]{2,4}?(?:社区|村|嘎查))?"
                         r"(?:党工委|党委|党总支|社会工作站|社工站|民政办|新时代文明实践[站所])|[\u4e00-\u9fff]{2,4}?(?:社区|村|嘎查)党支部"
                         r"|社会组织联合党(?:支部|委)|社区党(?:委|总支|支部))")
# A town's name starts after the last of these: 组织崇仁镇党委 is 崇仁镇党委, 东坡区崇仁镇党委 too.
_BEFORE_A_TOWN = re.compile(r"^.*[开织由与到各全该本在对向为等了及的是从把被将区县市省州旗日局厅委会]")
# A Corps regiment, numbered in Chinese numerals, and its bodies: 一〇二团民政办, 一二一团党委.
_REGIMENT_BODY = re.compile(r"(?<![第\u4e00-\u9fff])[一二三四五六七八九十〇零]{2,4}团(?:民政办|党委)")
# An association's or chamber's party body, named after its place or its place's abbreviation: 某某市律师协会党委,
# 市物流协会党支部 (the 市 completed like a 市民政局's).
_ASSOCIATION = re.compile(r"(?<=[市县区州旗])[\u4e00-\u9fff]{2,6}?(?:协会|商会)党(?:委|总支|支部)")
_ASSOCIATION_BODY = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:协会|商会)党(?:委|总支|支部)")
# A development or demonstration zone's party working committee and its departments, named by the zone:
# 某某示范区工委社会工作部, 某某高新区党工委, 某某工业园区社会组织综合党委 (no table lists the zones).
_ZONE_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[日在由对与和及]))(?:(?![日在由对与和及])[\u4e00-\u9fff]){2,4}?"
                        r"(?:示范区|开发区|高新区|工业园区|经开区)"
                        r"(?:党?工委(?:社会工作部|组织部|宣传部)?|社会组织(?:综合|联合)?党委)")
# A party school is named with the party's name where the article prints it so: 中共某某省委党校.
_PARTY = "中共"
_CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师$")
_EVERY = re.compile(r"(?:各[\u4e00-\u9fff]{0,2}|每个|所有|全部)$")
_OWN_LOCAL = ("市", "州", "县", "区", "旗", "盟")       # a local paper's own 市民政局, 州民政局: completed with its place
# A district the places table leaves out (城关区: many cities have one), named right after its city.
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}区$")
# …or alone (河西区民政局): a municipality's paper names its districts so; not 全区, 该区, 市辖区, 开发区.
# A banner (旗) is named so too, often shortened (科左中旗委组织部).
_UNLISTED_DISTRICT = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}[区旗]$|(?<=[，。；、：\s“（）])[\u4e00-\u9fff]{2,3}[区旗]$"
                                r"|(?<=[日午晚至在由对与和及])[\u4e00-\u9fff]{2,3}[区旗]$")
# A verb or preposition that runs into a three-character district's name from before it.
_INTO_DISTRICT = frozenset("访在到赴向对从与和及为由进")
_NOT_DISTRICTS = re.compile(r"^(?:[全各本该辖新城老市县省社园景这那每其]|市辖|开发|高新|经开|保税|试验|示范|片区|管区)")
# A municipality is its own city: its 市民政局 and its districts are named with it (天津市河西区民政局).
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# A province's departments (厅), which a municipality names 局: 省民政厅 in a 上海 bulletin is 上海市民政局.
_DEPARTMENTS = ("民政厅", "财政厅", "人力资源和社会保障厅", "司法厅", "教育厅", "卫生健康厅")
_TOWN_AFTER = re.compile(r"镇|乡|街道|村|社区")
_PLACE_SUFFIX = re.compile(r"(市|县|地区|盟|自治州|自治县|旗)$")
# A provincial paper's own department is 厅: 厅机关党委, 厅党组.
# So are its divisions (处): 厅社会救助处, 养老服务处党支部 — a 处 is a provincial department's unit (a city's
# bureau has 科); not a street's 办事处 or a park's 管理处.
_OWN_DEPARTMENT = re.compile(r"(?<![政育源障境通利业务计法安委办术化游信设])厅(?:机关党委|机关|党组|[\u4e00-\u9fff]{2,6}?处)"
                             r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}?(?<!办事|管理)处(?:党支部|党总支)")


def _places_ending_at(text: str, pos: int, lex: Lexicon) -> tuple[str | None, int]:
    for size in range(min(12, pos), 1, -1):
        name = text[pos - size:pos]
        if lex.province_of(name):
            return name, pos - size
    return None, pos


def agencies_in(text: str, lex: Lexicon | None = None) -> list[tuple[str, str | None]]:
    """Return (name, province) for each agency named, in order of appearance.

    Names are found from their end (民政厅, 社会组织联合党委 …) backwards through
    place names; an abbreviated one (省民政厅) has province None and is completed
    by the caller once the article's province is known; a national body (民政部)
    has province None too.
    """
    lex = lex or load_lexicon()
    # Each in order of where its name starts (its end less its length): 武汉市江岸区民政局联合街道党工委 names the
    # bureau first, though the town body's pattern may start scanning before the bureau's suffix.
    text = party_committees(text)
    found = [(m.end(), _agency_at(text, m.start(), m.group(), lex)) for m in _suffix_pattern(lex).finditer(text)]
    found += [(m.end(), (m.group(), None)) for m in _national_pattern(lex).finditer(text)]
    found += [(m.end(), (name, None)) for m in _LOCAL_BODY.finditer(text)
              if (name := _town_body(m.group(), text, m.end(), lex))]
    found += [(m.end(), _agency_at(text, m.start(), m.group(), lex)) for m in _ASSOCIATION.finditer(text)
              if not _FOUNDED.match(text, m.end())]     # a branch being founded is its founder's work
    found += [(m.end(), (m.group(), "新疆")) for m in _REGIMENT_BODY.finditer(text)]
    found += [(m.end(), (m.group(), _province_of_unit(m.group()[:2], lex))) for m in _ZONE_BODY.finditer(text)]
    found = [(end - len(agency[0]) if agency else end, agency) for end, agency in found]
    out: list[tuple[str, str | None]] = []
    for _, agency in sorted(found, key=lambda f: f[0]):
        if agency and agency not in out:
            out.append(agency)
    return out


# A party committee's formal name: 中共某某市社会组织委员会 is 某某市社会组织党委, 中共某某市民政局机关委员会 the bureau's
# 机关党委 (the institution: 某某市民政局).
_FORMAL_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,24}?)委员会")


def party_committees(text: str) -> str:
    """Return text with party committees printed in their formal form named in their everyday one (中共X委员会 → X党委)."""
    return _FORMAL_COMMITTEE.sub(r"\1党委", text) if "委员会" in text else text


# A branch being founded is the town's work, not its own: 某某镇社会组织联合党支部成立 → 某某镇 (its 党委 only where the
# article prints one: the caller decides, see metadata._town_or_committee).
_FOUNDED = re.compile(r"\s*(?:正式)?(?:揭牌)?成立|\s*揭牌")


def _town_body(found: str, text: str = "", end: int = 0, lex: Lexicon | None = None) -> str | None:
    """Return a town or street body's name without what ran into it, or None when too little is left.

    A county or district printed right before the town stays (as printed: 华池县南梁镇党委)."""
    head = re.split(r"(?<=街道)|(?<=镇)|(?<=乡)|(?<=苏木)", found, maxsplit=1)[0]
    cut = len(_BEFORE_A_TOWN.match(head[:-1]).group()) if _BEFORE_A_TOWN.match(head[:-1]) else 0
    name = found[cut:]
    county = _county_before(text, end - len(found) + cut, lex) if lex and cut and found[cut - 1] in "县区旗" else ""
    if len(re.split(r"街道|镇|乡|苏木", name, maxsplit=1)[0]) < 2:
        return None
    if "社会组织联合" in name and _FOUNDED.match(text, end):
        return county + head[cut:]
    return county + name


def _county_before(text: str, pos: int, lex: Lexicon) -> str:
    """Return the county or district (in the places table) that ends at pos, else ""."""
    name, _ = _places_ending_at(text, pos, lex)
    return name if name and name.endswith(("县", "区", "旗")) and not lex.provinces.get(name) else ""


def _agency_at(text: str, start: int, suffix: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """Return (name, province) of the agency whose suffix (民政局, 协会党委 …) starts at start, named with the
    places printed right before it; None for every one of a level (各县民政局) or a suffix without its place."""
    pos, units = start, []
    while True:
        name, new_pos = _places_ending_at(text, pos, lex)
        if not name:
            break
        units.insert(0, name)
        pos = new_pos
    if not units and text[:pos].endswith("兵团"):          # 兵团民政局: the Production and Construction Corps'
        return "新疆生产建设兵团" + suffix, "新疆"
    if not units:
        units = _district_with_city(text, pos, lex)
    if not units and (district := _unlisted_district(text[max(0, pos - 6):pos], lex)):
        return district + suffix, None
    if not units:
        abbreviation = next((a for a in _ABBREVIATIONS if text[:pos].endswith(a)), "")
        if _EVERY.search(text[max(0, pos - len(abbreviation) - 4):pos - len(abbreviation)]):
            return None              # 各省辖市民政局, 各县民政局: every one of them, no one body
        name, _ = _places_ending_at(text, pos - len(abbreviation), lex) if abbreviation else (None, 0)
        if name:
            units = [name + abbreviation]
        elif abbreviation == "区" and suffix.endswith("厅"):
            return "自治区" + suffix, None      # a region's own 区民政厅 is its 自治区民政厅
        elif abbreviation.startswith(("省", "自治区")) or abbreviation in _OWN_LOCAL:
            return abbreviation + suffix, None
        else:
            return None
    # A Corps division and its city are one body, named together: 第六师五家渠市民政局.
    division = _CORPS_DIVISION.search(text, max(0, pos - 6), pos)
    party = _PARTY if suffix == "委党校" and text[:pos].endswith(_PARTY) else ""
    return party + (division.group() if division else "") + _institution(units, lex) + suffix, _province_of_unit(units[-1], lex)


def _district_with_city(text: str, pos: int, lex: Lexicon) -> list[str]:
    """Return [city, district] for 拉萨市城关区 ending at pos, when the district is not in the table."""
    for size in (3, 4):
        district = text[max(0, pos - size):pos]
        if len(district) == size and _DISTRICT.match(district):
            city, _ = _places_ending_at(text, pos - size, lex)
            if city and city.endswith("市"):
                return [city, district]
    return []


def _unlisted_district(before: str, lex: Lexicon) -> str | None:
    """Return the district name ending before (河西区) that the places table does not list, or None."""
    match = _UNLISTED_DISTRICT.search(before)
    name = match.group() if match else None
    if name and len(name) == 4 and name[0] in _INTO_DISTRICT:
        name = name[1:]          # ——访河东区社会组织联合党委: the interview's 访 is no part of the district
    if name in _WORD_DISTRICTS:
        return name
    return name if name and not _NOT_DISTRICTS.match(name) and name not in lex.places else None


# Districts whose names are also words or start like 新城/老城 (left out of the places table, since in
# running text they are mostly the word): right before an agency's suffix (老城区民政局) they are the district.
_WORD_DISTRICTS = frozenset({"老城区", "新建区", "解放区", "新城区", "城关区", "城中区", "城东区", "城西区", "城北区",
                             "新华区", "新市区", "新兴区", "新北区", "新洲区", "新都区", "新会区", "新罗区"})


def _institution(units: list[str], lex: Lexicon) -> str:
    """Name the institution by its own place: 宁夏回族自治区银川市 → 银川市; 杭州市上城区 → 杭州市上城区
    (a district is named with its city, since many cities have a 鼓楼区 or 城关区; a municipality's
    district with the municipality: 天津市滨海新区)."""
    inner = units[-1]
    if len(units) >= 2 and _is_district(inner) and (not lex.provinces.get(units[-2]) or _municipality(units[-2], lex)):
        return (_municipality(units[-2], lex) or units[-2]) + inner
    return inner


def _municipality(name: str | None, lex: Lexicon) -> str | None:
    """Return a municipality's full name (天津市) for any of its names, else None."""
    province = lex.provinces.get(name) if name else None
    return lex.province_full.get(province, province + "市") if province in MUNICIPALITIES else None


def _is_district(name: str) -> bool:
    return name.endswith("区") and not name.endswith(("自治区", "地区", "特区"))


@per_lexicon
def _suffix_pattern(lex: Lexicon) -> re.Pattern:
    """Return the pattern of an agency's suffix (longest first, as the lexicon sorts them)."""
    return re.compile("(?:" + "|".join(map(re.escape, lex.agency_suffixes)) + ")(?!门)")     # 民政部门 is no 民政部


@per_lexicon
def _national_pattern(lex: Lexicon) -> re.Pattern:
    """Return the pattern of a national body's name (民政部, 中央和国家机关工委)."""
    names = "|".join(map(re.escape, sorted(lex.national_bodies, key=len, reverse=True)))
    return re.compile(f"(?:{names})(?!门)" if names else "(?!)")


def _province_of_unit(unit: str, lex: Lexicon) -> str | None:
    return lex.province_of(unit) or lex.province_of(re.sub(r"(省委|市委|县委)$", "", unit))


def complete_agency(name: str, province: str | None, lex: Lexicon, places=()) -> str | None:
    """Put the province in front of an abbreviated agency: 省民政厅 → 山东省民政厅, 自治区民政厅 → 宁夏回族自治区民政厅;
    and the first of places (those the article names, then its paper's) that is a 州, 市, 县 or 区 in
    front of a 州民政局, 市民政局 …: 罗甸县遭遇强降雨，县民政局 → 罗甸县民政局; 黔南民政简报's 州民政局 → 黔南州民政局."""
    if _is_local_abbreviation(name, lex):
        level = name[0]
        autonomous = _autonomous(lex)
        whole = next((p if p.endswith(level) else p + level if p + level in lex.places else autonomous[p, level]
                      for p in places if p.endswith(level) and p in lex.places or p + level in lex.places
                      or (p, level) in autonomous), None)
        if not whole and level == "市":
            whole = _municipality(province, lex)       # a municipality's own 市委社会工作部
        return whole + name[1:] if whole else None
    short = next((a for a in ("自治区", "省") if name.startswith(a)), None)
    if short is None:
        return name
    if not province:
        return None
    rest = name[len(short):]
    if province in MUNICIPALITIES and rest.startswith(_DEPARTMENTS):
        rest = rest.replace("厅", "局", 1)        # a municipality has bureaus, no departments: 上海市民政局
    return lex.province_full.get(province, province) + rest


@per_lexicon
def _autonomous(lex: Lexicon) -> dict[tuple[str, str], str]:
    """Map (place, level) to the autonomous county, prefecture or banner named after the place: (融水, 县) →
    融水苗族自治县, (凉山, 州) → 凉山彝族自治州 — its 县民政局 is 融水苗族自治县民政局."""
    out = {}
    for name in lex.places:
        head = _AUTONOMOUS.match(name)
        if head:
            out.setdefault((head.group(1), name[-1]), name)
    return out


_AUTONOMOUS = re.compile(r"^([\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]{1,12}?族自治[县州旗]$")


def _is_unlisted_district_body(name: str, lex: Lexicon) -> bool:
    head, _, suffix = name.partition("区")
    return 2 <= len(head) <= 3 and suffix in lex.agency_suffixes and head + "区" not in lex.places


def _is_local_abbreviation(name: str, lex: Lexicon) -> bool:
    return name[:1] in _OWN_LOCAL and (name[1:] in lex.agency_suffixes or bool(_ASSOCIATION_BODY.fullmatch(name[1:])))


def own_body(text: str, lex: Lexicon) -> str | None:
    """Return the abbreviated agency a provincial paper's article names as its own: 省民政厅, 自治区民政厅,
    省委组织部; 厅机关党委 or 厅党组 (the paper's own department) is 省民政厅."""
    for name, province in agencies_in(text, lex):
        if province is None and (name.startswith(("省", "自治区")) or _is_local_abbreviation(name, lex)):
            return name
    return "省民政厅" if _OWN_DEPARTMENT.search(text) else None


def own_body_at(text: str, own: str) -> int:
    """Return where text names a paper's own body found by :func:`own_body` (-1 if nowhere)."""
    if own in text:
        return text.find(own)
    match = _OWN_DEPARTMENT.search(text)
    return match.start() if match else -1


def places_in(text: str, lex: Lexicon | None = None) -> list[str]:
    """Return the cities and counties named in text (not provinces), longest match first."""
    lex = lex or load_lexicon()
    out, i, sizes = [], 0, lex.place_sizes
    while match := lex.place_start.search(text, i):      # no name starts before it
        i = match.start()
        # most positions the pattern lets through start no name at all: ask the pair first, without a call
        size = _place_at(text, i, lex) if text[i:i + 2] in sizes else 0
        if not size:
            i += 1
            continue
        name = text[i:i + size]
        if name in lex.places and _TOWN_AFTER.match(text, i + size) and not _PLACE_SUFFIX.search(name):
            i += size          # 崇仁镇, 大石桥街道: a town named like a county elsewhere
            continue
        if name in lex.places:
            bare = _PLACE_SUFFIX.sub("", name)
            canonical = bare if len(bare) >= 2 and lex.places.get(bare) == lex.places[name] else name
            if canonical not in out:
                out.append(canonical)
        i += size
    return out


def _place_at(text: str, i: int, lex: Lexicon) -> int:
    """Return the length of the longest province or place name (2–10 characters) at text[i:], or 0.

    Only the lengths of names sharing the text's next two characters are tried (most
    positions share them with none): the same answer as trying 10, 9, … 2, about
    ten times fewer lookups.
    """
    room = min(10, len(text) - i)
    for size in lex.place_sizes.get(text[i:i + 2], ()):
        if size <= room:
            name = text[i:i + size]
            if name in lex.places or name in lex.provinces:
                return size
    return 0


def most_named_province(places: list[str], text: str, lex: Lexicon) -> str | None:
    """Return the province named most often, by its own names or its places; None on a tie."""
    counts: Counter = Counter()
    for name in lex.provinces:
        if len(name) >= 2 and name in text:
            counts[lex.provinces[name]] += text.count(name)
    for place in places:
        counts[lex.places.get(place) or lex.province_of(place)] += 1
    counts.pop(None, None)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None              # several provinces named equally often: none of them is the article's
    return top[0][0]


_LOCAL_MEDIA = ("融媒", "简报", "民政", "新闻中心", "广播电视台", "政务")   # 政务网: a local government's portal


def publication_place(publication: str | None, lex: Lexicon | None = None) -> str | None:
    """Return the place a local publication is named after: 黔南民政简报 → 黔南, 东坡融媒 → 东坡.

    A bare place name at the start counts for any publication; a name that is a place only with
    区/县/旗 added (东坡 → 东坡区) only for a local medium (融媒, 简报, 民政 …): 光明日报 is national."""
    lex = lex or load_lexicon()
    for size in range(min(5, len(publication or "")), 1, -1):
        head = publication[:size]
        if head in lex.places:
            return head
        if any(word in publication for word in _LOCAL_MEDIA):
            if any(head + s in lex.places for s in ("区", "县", "市", "旗")):
                return head
    return None


def publication_province(publication: str | None, lex: Lexicon | None = None) -> str | None:
    """Return the province a publication's name gives (浙江日报 → 浙江; 齐鲁民政 → 山东 by its cue;
    东坡融媒 → 四川 by its place), or None."""
    if lex is None or lex is load_lexicon():
        return _publication_province(publication)      # asked for every article: once per publication
    return _province_of_name(publication, lex)


@functools.lru_cache(maxsize=256)
def _publication_province(publication: str | None) -> str | None:
    return _province_of_name(publication, load_lexicon())


def _province_of_name(publication: str | None, lex: Lexicon) -> str | None:
    if not publication:
        return None
    cues = sorted(lex.publication_cues.items(), key=lambda c: -len(c[0]))
    for cue, province in cues:
        if len(cue) > 1 and cue in publication:
            return province
    names = [n for n in lex.provinces if len(n) >= 2 and n in publication]
    found = {lex.provinces[n] for n in names}
    if len(found) == 1:
        return found.pop()
    place = publication_place(publication, lex)
    if place:
        return next(lex.places[place + s] for s in ("", "区", "县", "市", "旗") if place + s in lex.places)
    # A one-character cue (鄂, 秦, 鲁) only after the places: 鄂尔多斯, 秦皇岛 and 鲁甸 are not 湖北, 陕西, 山东.
    return next((province for cue, province in cues if len(cue) == 1 and cue in publication), None)
