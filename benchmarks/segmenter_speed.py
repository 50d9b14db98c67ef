"""Word tokens by jieba and by rjieba: ``python -m benchmarks.segmenter_speed [--articles 2000]``.

Times :func:`analysis.word_tokens` (index mode: words, sub-words, offsets) over
generated articles in one process, per segmenter the best of two rounds after
loading it (the load is timed apart: each indexing worker pays it once; the
first round also fills word_tokens' cache of words, as a worker's first pages do). Also checks that the
two gave the same tokens, since a faster segmenter is only worth having if so.
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from dangjian.index import analysis
from dangjian.index import words as segmenter

from .archive_articles import make_article
from .vocab import facts


def articles(n: int, seed: int) -> list[str]:
    """Return n generated articles as text (title, paragraphs, attribution)."""
    rng, known = random.Random(f"segmenter/{seed}"), facts(seed)
    out = []
    for _ in range(n):
        a = make_article(rng, known, date(2020, 1, 1) + timedelta(days=rng.randrange(366)))
        out.append("\n".join((a.title, *a.paragraphs, a.attribution)))
    return out


def measure(name: str, texts: list[str], rounds: int = 2) -> tuple[dict, list]:
    """Load the named segmenter, tokenize every text (best of rounds); return figures and the tokens."""
    started = time.perf_counter()
    segmenter._chosen = segmenter._make(name)
    load = time.perf_counter() - started
    walls = []
    for _ in range(rounds):
        started = time.perf_counter()
        tokens = [analysis.word_tokens(text, mode="index") for text in texts]
        walls.append(time.perf_counter() - started)
    wall = min(walls)                   # the machine is shared: the best round is the least disturbed
    size = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    count = sum(map(len, tokens))
    return {"segmenter": name, "load_s": round(load, 2),
            "tokenize_s": round(wall, 2), "mb_per_s": round(size / wall, 2),
            "tokens_per_s": round(count / wall), "tokens": count, "mb": round(size, 2)}, tokens


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    texts = articles(args.articles, args.seed)
    rows, made = [], []
    for name in ("jieba", "rjieba"):
        row, tokens = measure(name, texts)
        rows.append(row)
        made.append(tokens)
        print(row, flush=True)
    print(f"identical tokens: {made[0] == made[1]}; "
          f"speed-up {rows[1]['mb_per_s'] / rows[0]['mb_per_s']:.1f}x")


if __name__ == "__main__":
    main()
