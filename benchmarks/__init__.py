"""Scripts that measure (not tests) — the layout composer and its score, the site's timings.

The composer measures the parser from outside: it imports nothing from index/
and reads only index/parse/data's plain fact lists (provinces, slogan terms).
"""
from .articles import ArticleTruth, Person, random_article, random_articles
from .composer import ComposedPage, Layout, NoiseLine, PageTruth, compose_page, random_layout, random_page

__all__ = ["ArticleTruth", "Person", "random_article", "random_articles", "ComposedPage", "Layout", "NoiseLine",
           "PageTruth", "compose_page", "random_layout", "random_page"]
