"""The parser is its own package: it imports nothing of the writer, the search or the site,
and they use only its public names (``dangjian.index.parse``), never its modules."""
import ast
from pathlib import Path

import pytest

import dangjian.index.parse as parse

ROOT = Path(__file__).resolve().parent.parent
PARSE = ROOT / "index" / "parse"


def _imports(path: Path) -> list[tuple[int, str]]:
    """(level, module) of every import in a file: level 0 absolute, 1 for `.x`, 2 for `..x`."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(0, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            out.append((node.level, node.module or ""))
    return out


def _depth(path: Path) -> int:
    return len(path.relative_to(PARSE).parts) - 1


@pytest.mark.parametrize("path", sorted(PARSE.rglob("*.py")), ids=lambda p: p.relative_to(PARSE).as_posix())
def test_parser_imports_nothing_of_the_writer_search_or_site(path):
    for level, module in _imports(path):
        assert level <= _depth(path) + 1, f"{path.name} reaches out of the parser: {'.' * level}{module}"
        assert not module.startswith(("dangjian", "whoosh", "flask")), f"{path.name} imports {module}"


def _outside_files():
    for folder in ("index", "search", "web", "dangjian"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if PARSE not in path.parents:
                yield path


@pytest.mark.parametrize("path", list(_outside_files()), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_others_use_only_the_parsers_public_names(path):
    in_index = path.parent == ROOT / "index"
    for level, module in _imports(path):
        absolute = module if level == 0 else ("dangjian.index." + module if in_index and level == 1 else "")
        if absolute.startswith("dangjian.index.parse"):
            assert absolute == "dangjian.index.parse", f"{path.name} imports the parser's module {absolute}"


def test_public_names_exist():
    for name in parse.__all__:
        assert getattr(parse, name) is not None
    assert callable(parse.parse_file) and callable(parse.parse_paths)
