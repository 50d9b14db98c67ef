"""Generated articles in the style of the archive's 党建 reports.

An article is a title, a dated lead naming its organiser, people with their
roles, body paragraphs of meeting prose mixed with slogan terms and words
drawn from jieba's dictionary by frequency, and an attribution. Everything
comes from the ``rng`` it is given, so a page's seed fixes its articles.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .vocab import Facts, Person, word_classes, zipf_pick

EVENTS = ("理论学习中心组学习会", "主题教育推进会", "模范机关建设工作推进会议", "党建工作会议",
          "示范培训班", "专题党课", "警示教育大会", "清廉机关建设推进会", "养老服务高质量发展座谈会",
          "社会组织党建工作培训班", "党史学习教育总结会", "“三会一课”观摩交流会")
OPENERS = ("会议指出，", "会议强调，", "会议要求，", "会议认为，", "大家表示，", "一是", "二是", "三是")
QUOTED = ("两个确立", "两个维护", "四个意识", "四个自信", "两个大局", "国之大者", "两个结合", "三会一课",
          "第一议题", "三级联动", "两学一做", "三严三实", "六个必须坚持")


@dataclass(frozen=True)
class GenArticle:
    """An article as the generator wrote it, before layout."""

    title: str
    paragraphs: tuple[str, ...]
    attribution: str


@dataclass(frozen=True)
class Scene:
    """Who, where and when an article is about."""

    province: str
    agency: str
    city: str | None
    people: tuple[Person, ...]
    date_text: str


def make_article(rng: random.Random, facts: Facts, issue: date) -> GenArticle:
    """Write one article for a page of the given issue date."""
    scene = _scene(rng, facts, issue)
    event = zipf_pick(rng, EVENTS)
    title = _title(rng, scene, event)
    paragraphs = [_lead(rng, scene, event)]
    for _ in range(rng.randint(4, 9)):
        paragraphs.append(_paragraph(rng, facts))
    return GenArticle(title, tuple(paragraphs), _attribution(rng, facts, scene))


def _scene(rng: random.Random, facts: Facts, issue: date) -> Scene:
    province = zipf_pick(rng, facts.provinces, s=0.6)
    full = facts.full[province]
    cities = facts.cities[province]
    city = rng.choice(cities) if cities and rng.random() < 0.6 else None
    agency = rng.choice((f"{full}民政厅", f"{full}民政厅", f"{full}社会组织联合党委",
                         f"{city}市民政局" if city else f"{full}民政厅"))
    people = tuple(zipf_pick(rng, facts.people[province]) for _ in range(rng.randint(1, 3)))
    return Scene(province, agency, city, tuple(dict.fromkeys(people)), _date_text(rng, issue))


def _date_text(rng: random.Random, issue: date) -> str:
    """Return the lead's date: 10月26日, 10月23至25日, 2023年10月26日 or 近日/日前."""
    day = issue - timedelta(days=rng.randint(0, 9))
    form = rng.random()
    if form < 0.55:
        return f"{day.month}月{day.day}日"
    if form < 0.7 and day.day < 27:
        return f"{day.month}月{day.day}至{day.day + 2}日"
    if form < 0.8:
        return f"{day.year}年{day.month}月{day.day}日"
    return rng.choice(("近日", "日前"))


def _title(rng: random.Random, scene: Scene, event: str) -> str:
    event = event.replace("“", "").replace("”", "")
    noun = word_classes()["n"].draw(rng)
    return rng.choice((f"{scene.agency}召开{event}", f"{scene.agency}举办{event}",
                       f"{scene.agency}扎实推进{noun}工作", f"{scene.province}民政系统{event}召开"))


def _lead(rng: random.Random, scene: Scene, event: str) -> str:
    where = f"在{scene.city}市" if scene.city else ""
    verb = rng.choice(("召开", "举办", "组织召开"))
    lead = f"{scene.date_text}，{scene.agency}{where}{verb}{event}，{_clause(rng)}。"
    roles = "，".join(f"{p.role}{p.name}" for p in scene.people)
    lead += f"{roles}{rng.choice(('出席会议并讲话', '参加会议', '主持会议'))}。"
    return lead


def _paragraph(rng: random.Random, facts: Facts) -> str:
    sentences = [_sentence(rng, facts) for _ in range(rng.randint(3, 6))]
    return rng.choice(OPENERS) + "".join(sentences)


def _sentence(rng: random.Random, facts: Facts) -> str:
    kind = rng.random()
    if kind < 0.012:
        return f"要深入学习贯彻习近平新时代中国特色社会主义思想，{_clause(rng)}。"
    if kind < 0.04:
        return f"深刻领悟“{zipf_pick(rng, QUOTED)}”的重大意义，{_clause(rng)}。"
    if kind < 0.10:
        slogan = zipf_pick(rng, facts.slogans)
        return f"以{slogan}为{rng.choice(('引领', '抓手', '主线'))}，{_clause(rng)}，{_clause(rng)}。"
    if kind < 0.14:
        return f"共{rng.randint(20, 200)}余人参加第{rng.randint(1, 30)}次{_noun(rng)}学习。"
    return "，".join(_clause(rng) for _ in range(rng.randint(2, 4))) + "。"


def _clause(rng: random.Random) -> str:
    """Return a short clause of dictionary words: 要加强 + 重要 + 经济 + 工作."""
    form = rng.random()
    if form < 0.4:
        return f"{rng.choice(('要', '切实', '进一步', '不断', '着力'))}{_verb(rng)}{_noun(rng)}{_noun(rng)}"
    if form < 0.85:
        return f"{_verb(rng)}{word_classes()['a'].draw(rng)}{_noun(rng)}"
    return f"推动{_noun(rng)}{_noun(rng)}{rng.choice(('取得实效', '走深走实', '高质量发展', '落地见效'))}"


def _noun(rng: random.Random) -> str:
    return word_classes()["n"].draw(rng)


def _verb(rng: random.Random) -> str:
    return word_classes()["v"].draw(rng)


def _attribution(rng: random.Random, facts: Facts, scene: Scene) -> str:
    full = facts.full[scene.province]
    form = rng.random()
    if form < 0.6:
        return f"（据{full}民政厅）"
    if form < 0.8:
        return f"（{scene.agency}供稿）"
    return f"（来源：{scene.agency}）"
