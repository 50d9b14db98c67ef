"""The generator's word sources: jieba's dictionary and the project's facts.

Ordinary words come from jieba's bundled ``dict.txt`` with its frequencies,
which follow Zipf's law closely: sampling by frequency gives a realistic mix
of a few very common and tens of thousands of rare words. Provinces, places,
slogan terms, roles and surnames are the facts under ``index/parse/data``.
"""
from __future__ import annotations

import functools
import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

from dangjian.index.parse.lexicon import load_lexicon

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# How many of the most frequent dictionary words of each class the text draws on.
CLASS_SIZES = {"n": 30_000, "v": 14_000, "a": 3_000}
POS_CLASS = {"n": "n", "vn": "n", "nz": "n", "v": "v", "a": "a", "ad": "a"}
NOT_PROVINCES = {"台湾", "香港", "澳门"}          # the 31 mainland provincial-level divisions
GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌志宏晓东海波鹏辉丹宁"


def jieba_dict_path() -> Path:
    """Return the path of jieba's bundled dictionary (without loading jieba's tokenizer)."""
    import jieba
    return Path(jieba.__file__).parent / "dict.txt"


@dataclass(frozen=True)
class WordClass:
    """Words of one class, most frequent first, with cumulative weights for sampling."""

    words: tuple[str, ...]
    cum_weights: tuple[int, ...]

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cum_weights)[0]


@functools.cache
def word_classes() -> dict[str, WordClass]:
    """Return nouns, verbs and adjectives from jieba's dictionary, Zipf-weighted by frequency."""
    found: dict[str, list[tuple[int, str]]] = {c: [] for c in CLASS_SIZES}
    with open(jieba_dict_path(), encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[2] in POS_CLASS and _CJK_WORD.match(parts[0]):
                found[POS_CLASS[parts[2]]].append((-int(parts[1]), parts[0]))
    out = {}
    for name, size in CLASS_SIZES.items():
        ranked = sorted(found[name])[:size]
        weights = itertools.accumulate(-freq for freq, _ in ranked)
        out[name] = WordClass(tuple(w for _, w in ranked), tuple(weights))
    return out


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    province: str


@dataclass(frozen=True)
class Facts:
    provinces: tuple[str, ...]                # short names, 31
    full: dict[str, str]                      # short → full name
    cities: dict[str, tuple[str, ...]]        # province → prefecture names (bare, without 市)
    slogans: tuple[str, ...]
    people: dict[str, tuple[Person, ...]]     # province → its officials


@functools.cache
def facts(seed: int) -> Facts:
    """Return the places, slogans and a deterministic pool of officials for a seed."""
    lex = load_lexicon()
    provinces = tuple(p for p in lex.province_full if p not in NOT_PROVINCES)
    cities: dict[str, list[str]] = {p: [] for p in provinces}
    for name, province in sorted(lex.places.items()):
        if province in cities and len(name) == 2 and name + "市" in lex.places:
            cities[province].append(name)
    rng = random.Random(f"people/{seed}")
    surnames = sorted(s for s in lex.surnames if len(s) == 1)
    roles = ("厅长", "副厅长", "局长", "副局长", "党组书记", "一级巡视员", "主任", "会长")
    people = {p: tuple(Person(rng.choice(surnames) + "".join(rng.sample(GIVEN_CHARS, rng.choice((1, 2)))),
                              rng.choice(roles), p) for _ in range(8)) for p in provinces}
    slogans = tuple(s for s in lex.slogans if "、" not in s)
    return Facts(provinces, dict(lex.province_full), {p: tuple(c) for p, c in cities.items()},
                 slogans, people)


def zipf_pick(rng: random.Random, items: tuple, s: float = 1.0):
    """Pick from items with weight 1/rank**s: the first items are the common ones."""
    weights = _zipf_weights(len(items), s)
    return rng.choices(items, cum_weights=weights)[0]


@functools.cache
def _zipf_weights(n: int, s: float) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1 / (rank ** s) for rank in range(1, n + 1)))
