"""The query mix and its brute-force truth.

A :class:`BenchQuery` is what a staff member types (verbatim terms, ANDed; a
quoted phrase) plus the sidebar's filters (a province, a date range). Each
system renders it in its own language. :class:`Truth` answers it by plain
substring search over the parsed articles: the recall every system is held to.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from dangjian.index.parse.records import Article

from .vocab import facts, word_classes


@dataclass(frozen=True)
class BenchQuery:
    kind: str                       # word, slogan, fragment, and, phrase, person, place, char, province, dates
    terms: tuple[str, ...]          # every term must occur verbatim
    phrase: bool = False            # typed in quotes
    province: str | None = None
    date_from: str | None = None    # YYYY-MM-DD, inclusive
    date_to: str | None = None

    @property
    def text(self) -> str:
        """Return the query as typed into a search box."""
        return " ".join(f'"{t}"' if self.phrase else t for t in self.terms)

    @property
    def label(self) -> str:
        extra = f" 省份={self.province}" if self.province else ""
        if self.date_from or self.date_to:
            extra += f" {self.date_from or ''}..{self.date_to or ''}"
        return f"{self.text}{extra}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> BenchQuery:
        return cls(**{**data, "terms": tuple(data["terms"])})


def query_mix(seed: int) -> list[BenchQuery]:
    """Return the ≥ 25 realistic queries: the same for the same seed."""
    pool = facts(seed)
    person = pool.people["江苏"][0].name
    nouns, verbs = word_classes()["n"].words, word_classes()["v"].words
    q = BenchQuery
    return [
        q("word", ("民政厅",)), q("word", ("社会组织",)), q("word", (nouns[40],)),
        q("word", (nouns[600],)), q("word", (nouns[5000],)), q("word", (verbs[300],)),
        q("slogan", ("两个确立",)), q("slogan", ("主题教育",)), q("slogan", ("总体国家安全观",)),
        q("slogan", ("三会一课",)), q("slogan", ("习近平新时代中国特色社会主义思想",)),
        q("fragment", ("近平",)), q("fragment", ("确立",)), q("fragment", ("民政",)),
        q("fragment", ("机关建",)), q("fragment", ("安全观",)),
        q("and", ("养老服务", "高质量发展")), q("and", ("党建引领", "社会组织")),
        q("and", ("两个维护", "理论学习")),
        q("phrase", ("模范机关建设",), phrase=True), q("phrase", ("深刻领悟",), phrase=True),
        q("person", (person,)), q("place", (pool.cities["江苏"][0],)), q("char", ("廉",)),
        q("province", ("主题教育",), province="江苏"), q("province", ("民政厅",), province="山东"),
        q("dates", ("模范机关",), date_from="2019-01-01", date_to="2020-06-30"),
        q("dates", ("民政厅",), province="浙江", date_from="2018-01-01", date_to="2023-12-31"),
    ]


def article_text(article: Article) -> str:
    """Return everything an article says, as printed: title, body and attribution."""
    return f"{article.title}\n{article.body}\n{article.attribution or ''}".lower()


class Truth:
    """Brute-force answers: which articles contain every term verbatim and pass the filters."""

    def __init__(self, articles):
        self.rows = [(a.id, article_text(a), f"{a.title}\n{a.body}".lower(), a.province, a.date)
                     for a in articles]

    def __len__(self) -> int:
        return len(self.rows)

    def ids(self, query: BenchQuery, with_attribution: bool = True) -> set[str]:
        """Return the ids of the articles whose printed text matches: title, body and attribution
        (without ``with_attribution``: title and body only).

        Every system indexes all three; the count of articles with a term printed only in the
        attribution line （据…民政厅） is reported apart, since a build forgetting that line misses them.
        """
        terms = [t.lower() for t in query.terms]
        lo = date.fromisoformat(query.date_from) if query.date_from else None
        hi = date.fromisoformat(query.date_to) if query.date_to else None
        out = set()
        for doc_id, text, indexed, province, day in self.rows:
            haystack = text if with_attribution else indexed
            if query.province and province != query.province:
                continue
            if (lo or hi) and (day is None or (lo and day < lo) or (hi and day > hi)):
                continue
            if all(t in haystack for t in terms):
                out.add(doc_id)
        return out
