"""Clean articles with their ground truth, made from the composer's own vocabulary.

An article here is what a reporter wrote, before any layout: title, paragraphs
(the lead first, with its 本报讯 byline when it has one), attribution, and the
facts a reader would note — province, agency, source, event date, slogan
terms and people with their roles.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import vocabulary as V


@dataclass(frozen=True)
class Person:
    name: str                # minority names with U+00B7 between their parts
    role: str | None


@dataclass
class ArticleTruth:
    """One article as written, and the facts a reader takes from it."""

    title: str | None                     # None once a layout prints no title (derived by the parser)
    paragraphs: list[str]
    attribution: str | None
    source: str | None
    province: str | None
    agency: str | None
    date: date
    slogans: tuple[str, ...]
    people: tuple[Person, ...]
    extra_slogans: tuple[str, ...] = field(default=(), repr=False)   # numbered ones, not in the fact list

    @property
    def title_derived(self) -> bool:
        return self.title is None

    def text(self) -> str:
        """Return title and body as one text (what slogans and people are looked for in)."""
        return "\n".join([self.title or "", *self.paragraphs])


def random_name(rng: random.Random) -> str:
    """Return a Han name: surname and one or two given characters."""
    return rng.choice(V.SURNAMES) + "".join(rng.choice(V.GIVEN) for _ in range(rng.choice((1, 2, 2))))


def random_dot_name(rng: random.Random) -> str:
    return f"{rng.choice(V.DOT_FIRST)}·{rng.choice(V.DOT_SECOND)}"


def _organiser(rng: random.Random) -> dict:
    """Pick who holds the event: a province's department, its social-organisation committee, or a city bureau."""
    short, full = rng.choice(V.provinces())
    kind = rng.choice(("dept", "dept", "social", "city", "city"))
    if kind == "city":
        city, short = rng.choice(V.CITIES)
        full = next(f for s, f in V.provinces() if s == short)
        mention = (full if rng.random() < 0.25 else "") + city + "民政局"
        return dict(province=short, full=full, agency=city + "民政局", mention=mention, short_org="市民政局",
                    roles=("局长", "副局长"))
    if kind == "social":
        agency = full + "社会组织联合党委"
        return dict(province=short, full=full, agency=agency, mention=agency, short_org="省社会组织联合党委",
                    roles=("专职副书记", "副书记"))
    bureau = short in V.MUNICIPALITIES
    agency = full + ("民政局" if bureau else "民政厅")
    return dict(province=short, full=full, agency=agency, mention=agency + rng.choice(V.ORG_FORMS),
                short_org="市民政局" if bureau else "省民政厅", roles=("局长", "副局长") if bureau else ("厅长", "副厅长"))


def _date_phrase(rng: random.Random, issue: date) -> tuple[str, date]:
    """Return how the lead dates the event, and the event's date."""
    event = issue - timedelta(days=rng.randint(0, 12))
    form = rng.randrange(7)
    if form == 0:
        return rng.choice(("近日", "日前", "近期")), issue
    if form == 1:
        return f"{event.year}年{event.month}月{event.day}日", event
    if form == 4:
        return f"{event.month}月 {event.day}日", event        # the stray space of many text layers
    if form in (2, 3) and event.day <= 26:
        end = event.day + rng.randint(1, 2)
        return f"{event.month}月{event.day}{'日' if form == 3 else ''}至{end}日", event
    part = rng.choice(("", "", "上午", "下午"))
    return f"{event.month}月{event.day}日{part}", event


class _Slogans:
    """Hand out slogan terms for {s} slots, remembering the numbered ones."""

    def __init__(self, rng: random.Random):
        self.rng, self.numbered = rng, []

    def __call__(self) -> str:
        if self.rng.random() < 0.12:
            term = self.rng.choice(V.NUMBERED)
            self.numbered.append(term)
            return f"“{term}”"
        term = self.rng.choice(V.slogan_terms())
        return f"“{term}”" if term in V.QUOTED else term


def _people_sentence(rng: random.Random, org: dict) -> tuple[str, list[Person]]:
    top, deputy = org["roles"]
    o = org["short_org"]
    names = [random_name(rng) for _ in range(3)]
    form = rng.randrange(6)
    if form == 0:
        lead = "党组书记、" if top != "专职副书记" else ""
        return f"{o}{lead}{top}{names[0]}出席会议并讲话。", [Person(names[0], top)]
    if form == 1:
        return (f"{deputy}{names[0]}、{names[1]}，一级巡视员{names[2]}出席。",
                [Person(names[0], deputy), Person(names[1], deputy), Person(names[2], "一级巡视员")])
    if form == 2:
        return f"{o}党组成员、{deputy}{names[0]}主持会议。", [Person(names[0], deputy)]
    if form == 3:
        return f"会议邀请{rng.choice(V.UNIVERSITIES)}教授{names[0]}作专题辅导。", [Person(names[0], "教授")]
    dotted = random_dot_name(rng)
    if form == 4:
        return f"{deputy}{dotted}出席并讲话。", [Person(dotted, deputy)]
    return f"{deputy}{names[0]}、{dotted}参加活动。", [Person(names[0], deputy), Person(dotted, deputy)]


def _fill(template: str, slogan: _Slogans, org: dict) -> str:
    # Draw a slogan only for a template that prints one: a drawn term is a promised term.
    return template.format(s=slogan() if "{s}" in template else "", o=org["short_org"], a=org["agency"])


def _body(rng: random.Random, org: dict, slogan: _Slogans) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        clauses = [_fill(rng.choice(V.CLAUSES), slogan, org) for _ in range(rng.randint(1, 3))]
        paragraphs.append(f"{rng.choice(V.OPENERS)}，{'；'.join(clauses)}。")
        if rng.random() < 0.15:
            paragraphs.insert(len(paragraphs) - 1, rng.choice(V.SUBHEADINGS))
    return paragraphs


def _attribution(rng: random.Random, org: dict, bylined: bool) -> tuple[str | None, str | None, list[Person]]:
    form = rng.randrange(6 if not bylined else 8)
    if form == 5:
        return f"（作者单位：{org['agency']}）", org["agency"], []
    if form == 0:
        department = org["full"] + ("民政局" if org["province"] in V.MUNICIPALITIES else "民政厅")
        return f"（据{department}）", department, []
    if form == 1:
        return f"（{org['agency']}供稿）", org["agency"], []
    if form == 2:
        return f"（来源：{org['agency']}）", org["agency"], []
    if form in (3, 4):
        role = "通讯员" if form == 3 or rng.random() < 0.5 else "记者"
        names = [random_name(rng) for _ in range(rng.randint(1, 2))]
        return f"（{role} {' '.join(names)}）", None, [Person(n, role) for n in names]
    return None, None, []


def _lead(rng: random.Random, when: str, org: dict, action: str, slogan: _Slogans) -> str:
    """Return the lead sentence: when, who, (where), what; sometimes after a purpose clause."""
    place = ""
    if rng.random() < 0.25:
        cities = [c for c, p in V.CITIES if p == org["province"] and c not in org["mention"]]
        place = f"在{rng.choice(cities)}" if cities else "在机关会议室"
    sentence = f"{when}，{org['mention']}{place}{action}。"
    if rng.random() < 0.15:
        sentence = f"为深入学习贯彻{slogan()}，{sentence}"
    return sentence


def _byline(rng: random.Random) -> tuple[str, list[Person]]:
    """Return a 本报讯 byline's text and its people: 记者 X, 通讯员 X, or both."""
    form = rng.randrange(4)
    reporter, writer = random_name(rng), random_name(rng)
    if form == 0:
        return f"通讯员 {writer}", [Person(writer, "通讯员")]
    if form == 1:
        return f"记者 {reporter} 通讯员 {writer}", [Person(reporter, "记者"), Person(writer, "通讯员")]
    gap = " " if rng.random() < 0.8 else ""          # some layers lose the space after the role
    return f"记者{gap}{reporter}", [Person(reporter, "记者")]


def random_article(rng: random.Random, issue: date) -> ArticleTruth:
    """Return one clean article reported in the issue of the given date.

    Drawn again when two of its people happen to share a name, or one name is
    part of another (苏峰, 苏峰铭): the truth could not say which a mention means.
    """
    while True:
        article = _draft_article(rng, issue)
        names = [p.name for p in article.people]
        if not any(a != b and (a in b) for a in names for b in names) and len(set(names)) == len(names):
            return article


def _draft_article(rng: random.Random, issue: date) -> ArticleTruth:
    org = _organiser(rng)
    slogan = _Slogans(rng)
    verb, event = rng.choice(V.EVENTS)
    event = event.format(s=slogan().strip("“”")) if "{s}" in event else event
    title = f"{org['agency']}{verb}{event}"
    when, event_date = _date_phrase(rng, issue)
    lead = _lead(rng, when, org, f"{verb}{event}", slogan)
    people: list[Person] = []
    if rng.random() < 0.35:
        byline, people = _byline(rng)
        lead = f"本报讯（{byline}）{lead}"
    sentence, named = _people_sentence(rng, org)
    people = named + people
    paragraphs = [lead + sentence, *_body(rng, org, slogan)]
    attribution, source, bylined = _attribution(rng, org, lead.startswith("本报讯"))
    article = ArticleTruth(title=title, paragraphs=paragraphs, attribution=attribution, source=source,
                           province=org["province"], agency=org["agency"], date=event_date, slogans=(),
                           people=tuple(people + bylined), extra_slogans=tuple(slogan.numbered))
    article.slogans = slogans_of(article)
    return article


def slogans_of(article: ArticleTruth) -> tuple[str, ...]:
    """Return the terms of the fact list found in the article, and its numbered formulations, sorted."""
    text = article.text()
    found = {t for t in V.slogan_terms() if t in text}
    return tuple(sorted(found | set(article.extra_slogans)))


def random_articles(rng: random.Random, n: int, issue: date) -> list[ArticleTruth]:
    """Return n clean articles for one page of the given issue, no two with the same title.

    One agency holding the same event twice on a page would leave a title printed
    away from its article with two equally good owners.
    """
    out: list[ArticleTruth] = []
    while len(out) < n:
        article = random_article(rng, issue)
        if all(article.title != other.title for other in out):
            out.append(article)
    return out
