"""Tools that measure the parser from outside: the layout composer and its score.

Nothing here imports index/ except the score, which runs the parser on what
the composer made; the composer itself reads only index/data's plain fact lists.
"""
from .articles import ArticleTruth, Person, random_article, random_articles
from .composer import ComposedPage, Layout, NoiseLine, PageTruth, compose_page, random_layout, random_page

__all__ = ["ArticleTruth", "Person", "random_article", "random_articles", "ComposedPage", "Layout", "NoiseLine",
           "PageTruth", "compose_page", "random_layout", "random_page"]
