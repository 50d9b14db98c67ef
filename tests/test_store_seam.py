"""The store seam: only the embedded store's package touches Whoosh; the registry finds stores."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dangjian.index.store import Backend, StoredArticle, backend, backend_names, register, tie_key

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("index", "search", "web", "dangjian")
WHOOSH_STORE = ROOT / "index" / "store" / "whoosh"
# Whoosh internals the code once reached into; only the embedded store may.
PRIVATE = ("_segments", "_terms", "_next_block", "_read_data", "_data", "_finalize_segment", "_commit_toc",
           "_merge_segments", "_text_to_bytes", "_close_segment")


def modules_outside_store():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if WHOOSH_STORE not in path.parents:
                yield path


def imported(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_the_scan_sees_the_project_and_would_see_an_import():
    paths = list(modules_outside_store())
    assert len(paths) > 60 and ROOT / "search" / "engine.py" in paths
    assert "whoosh.index" in imported(ast.parse("def f():\n    from whoosh.index import open_dir\n"))


def test_no_module_outside_the_embedded_store_imports_whoosh():
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in modules_outside_store()
                 for m in imported(ast.parse(p.read_text(encoding="utf-8")))
                 if m == "whoosh" or m.startswith("whoosh.")]
    assert offenders == []


def test_no_module_outside_the_embedded_store_touches_whoosh_private_attributes():
    offenders = [f"{p.relative_to(ROOT)}:{node.lineno} .{node.attr}" for p in modules_outside_store()
                 for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Attribute) and node.attr in PRIVATE]
    assert offenders == []


def test_the_embedded_store_is_the_default_backend_and_unknown_names_are_refused():
    assert backend().name == "whoosh" and "whoosh" in backend_names()
    with pytest.raises(KeyError, match="unknown store 'nosuch'.*whoosh"):
        backend("nosuch")


def test_a_backend_registered_lazily_is_made_once():
    made = []

    def factory():
        made.append(1)
        return Backend("lazy-test", open=str, create=str, extend=str)
    register(factory, "lazy-test")
    assert backend("lazy-test") is backend("lazy-test") and made == [1]


def test_ties_order_newest_first_then_by_id_undated_last():
    keys = [("2023-01-02", "b"), ("2023-01-02", "a"), (None, "a"), ("2024-05-01", "z"), ("", "0")]
    ordered = sorted(keys, key=lambda k: tie_key(*k))
    assert ordered == [("2024-05-01", "z"), ("2023-01-02", "a"), ("2023-01-02", "b"), ("", "0"), (None, "a")]


def test_a_stored_article_shows_lists_always_and_other_fields_only_with_a_value():
    record = StoredArticle("x1", title="标题", date=None, page="", slogans=("两个确立",), paragraphs=("一", "二"),
                           attribution="（据某厅）")
    shown = record.to_dict()
    assert shown["slogans"] == ["两个确立"] and shown["people"] == [] and shown["paragraphs"] == ["一", "二"]
    assert "date" not in shown and "page" not in shown and shown["title"] == "标题"
    assert record.shown_lines() == ["一", "二", "（据某厅）"]
    assert record.view("id", "slogans") == {"id": "x1", "slogans": ["两个确立"]}
