"""Who, where, when and which 提法: the facets of one article.

Names are given the way staff filter by them: the province in its short form
(山东), the agency as the institution (山东省民政厅, not its 党组 or 机关党委),
dates resolved against the page's issue date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import Lexicon, load_lexicon, per_lexicon
# people_in and EXCLUDED_PEOPLE live in index.people; imported here so old callers keep working.
from .people import EXCLUDED_PEOPLE, byline_people, byline_people_with_roles, people_in, people_with_roles  # noqa: F401

_HAN = r"\u4e00-\u9fff"
_ABBREVIATIONS = ("省委", "市委", "县委", "省", "市", "县")
_NATIONAL_AGENCIES = ("民政部",)
_VAGUE_DATE = re.compile(r"近日|日前|近期|日内")
_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|(?=\s*(?:至|到|—|-|～|~)\s*\d{1,2}\s*日))")
# New formulations: a number and a measure word in quotes (“五个坚持”, “三张清单”, “双报到”);
# colloquial quotes such as “两张皮” or “一老一小” do not fit the shape.
_NUMBERED_SLOGAN = re.compile(
    rf"“\s*((?:(?:[一二三四五六七八九十两]+|\d+)\s*(?:个\s*[{_HAN}、]{{1,10}}|[大项条张种]\s*[{_HAN}、]{{2,10}})"
    rf"|双\s*[{_HAN}]{{2,3}}))\s*”")
_PLACE_SUFFIX = re.compile(r"(市|县|地区|盟|自治州|自治县|旗)$")


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
    by the caller once the article's province is known.
    """
    lex = lex or load_lexicon()
    found = []
    for match in _suffix_pattern(lex).finditer(text):
        pos, units = match.start(), []
        while True:
            name, new_pos = _places_ending_at(text, pos, lex)
            if not name:
                break
            units.insert(0, name)
            pos = new_pos
        abbreviation = ""
        if not units:
            abbreviation = next((a for a in _ABBREVIATIONS if text[:pos].endswith(a)), "")
            if abbreviation:
                name, start = _places_ending_at(text, pos - len(abbreviation), lex)
                if name:
                    units, abbreviation = [name + abbreviation], ""
        if units:
            # 宁夏回族自治区银川市民政局 → 银川市民政局: the innermost place names the institution.
            inner = units[-1]
            found.append((inner + match.group(), _province_of_unit(inner, lex)))
        elif abbreviation.startswith("省"):
            found.append((abbreviation + match.group(), None))
        elif match.group() in _NATIONAL_AGENCIES:
            found.append((match.group(), None))
    return found


@per_lexicon
def _suffix_pattern(lex: Lexicon) -> re.Pattern:
    """Return the pattern of an agency's suffix (longest first, as the lexicon sorts them)."""
    return re.compile("|".join(map(re.escape, lex.agency_suffixes)))


def _province_of_unit(unit: str, lex: Lexicon) -> str | None:
    return lex.province_of(unit) or lex.province_of(re.sub(r"(省委|市委|县委)$", "", unit))


def complete_agency(name: str, province: str | None, lex: Lexicon) -> str | None:
    """Put the province in front of an abbreviated agency: 省民政厅 → 山东省民政厅."""
    if not name.startswith("省"):
        return name
    if not province:
        return None
    return lex.province_full.get(province, province) + name[1:]


def parse_attribution(text: str | None) -> tuple[str | None, list[str]]:
    """Return (source organisation, people) of an attribution such as （据山东省民政厅）."""
    if not text:
        return None, []
    people = byline_people(text)
    # Several lines may follow each other (（据北京市民政局）（通讯员 某某）): the first that names one gives the source.
    for part in re.findall(r"[（(][^（）()]*[）)]", text) or [text]:
        inner = part.strip("（）() ")
        for pattern in (r"^据\s*(.+)$", r"^(.+?)供稿$", r"^来源\s*[:：]\s*(.+)$", r"^作者单位\s*[:：]\s*(.+)$"):
            match = re.match(pattern, inner)
            if match:
                return match.group(1).strip(), people
    return None, people


def event_date(lead: str, issue: date | None) -> date | None:
    """Resolve the event date in a lead against the issue date.

    近日/日前 mean the issue date; 10月23至25日 means the 23rd; a December
    event in a January issue is last year's; without an issue date a date
    without a year stays unknown.
    """
    head = lead[:200]
    candidates = []
    for match in _FULL_DATE.finditer(head):
        candidates.append((match.start(), _safe_date(*map(int, match.groups()))))
    for match in _MONTH_DAY.finditer(head):
        candidates.append((match.start(), _resolve(int(match[1]), int(match[2]), issue)))
    vague = _VAGUE_DATE.search(head)
    if vague:
        candidates.append((vague.start(), issue))
    candidates = sorted(c for c in candidates if c[1] is not None)
    if candidates:
        return candidates[0][1]
    return issue


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(month: int, day: int, issue: date | None) -> date | None:
    if issue is None:
        return None
    found = _safe_date(issue.year, month, day)
    if found and found > issue + timedelta(days=7):
        found = _safe_date(issue.year - 1, month, day)
    return found


def slogans_in(text: str, lex: Lexicon | None = None) -> list[str]:
    """Return the slogan terms in text, lexicon terms and new numbered “N个……” ones."""
    lex = lex or load_lexicon()
    found = [(text.find(term), term) for term in lex.slogans if term in text]
    for match in _NUMBERED_SLOGAN.finditer(text):
        term = re.sub(r"\s", "", match.group(1))
        if term not in lex.slogans:
            found.append((match.start(), term))
    seen, out = set(), []
    for _, term in sorted(found):
        if term not in seen:
            seen.add(term)
            out.append(term)
    return out


def places_in(text: str, lex: Lexicon | None = None) -> list[str]:
    """Return the cities and counties named in text (not provinces), longest match first."""
    lex = lex or load_lexicon()
    out, i = [], 0
    while match := lex.place_start.search(text, i):      # no name starts before it
        i = match.start()
        size = _place_at(text, i, lex)
        if not size:
            i += 1
            continue
        name = text[i:i + size]
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


def choose_province(agencies, source: str | None, places: list[str], text: str,
                    lex: Lexicon) -> str | None:
    """The organiser's province, else the source's, else the one most named."""
    for name, province in agencies:
        if province:
            return province
        if name in _NATIONAL_AGENCIES:
            return None          # a national body's article belongs to no province
    if source:
        for name, province in agencies_in(source, lex):
            if province:
                return province
    counts = Counter()
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


def extract_metadata(title: str, paragraphs: list[str], attribution: str | None,
                     issue: date | None, province_hint: str | None = None) -> Metadata:
    """Return the metadata of one article; province_hint is the publication's province (its
    profile), used when the text names none: a provincial paper's 省民政厅 is its own province's."""
    lex = load_lexicon()
    body = "\n".join(paragraphs)
    lead = paragraphs[0] if paragraphs else ""
    lead_sentence = re.split(r"[。！？]", lead, maxsplit=1)[0]
    source, bylined = parse_attribution(attribution)
    places = places_in(title + "\n" + body, lex)
    organisers = agencies_in(lead_sentence, lex) or agencies_in(title, lex) or agencies_in(lead, lex)
    province = choose_province(organisers, source, places, title + body, lex)
    if province is None and province_hint and not any(n in _NATIONAL_AGENCIES for n, _ in organisers):
        province = province_hint
    agency = None
    for name, _ in organisers:
        agency = complete_agency(name, province, lex)
        if agency:
            break
    if agency is None and source:
        agency = next((complete_agency(n, province, lex) for n, _ in agencies_in(source, lex)), None)
    named = people_with_roles(title + "\n" + body, lex)
    people = [n for n, _ in named]
    named += [(p, r) for p, r in byline_people_with_roles(attribution or "") if p not in people]
    people += [p for p in bylined if p not in people]
    return Metadata(
        province=province, agency=agency, source=source,
        date=event_date(lead, issue),
        slogans=tuple(slogans_in(title + "\n" + body, lex)),
        people=tuple(people), places=tuple(places),
        roles=tuple((n, r) for n, r in named if r),
    )
