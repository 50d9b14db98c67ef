"""Shared fixtures: fixture pages written on the fly, the bundled archive, a built index."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from dangjian.index.config import Config
from dangjian.index.parse.pipeline import parse_paths
from dangjian.index.parse.records import Report
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "archive"
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "000_6484ed3ad0c945e9.txt"


def write_page(root: Path, rel: str, text: str, encoding: str = "utf-8", sidecar: dict | None = None) -> Path:
    """Write a fixture page (and its sidecar) under root."""
    import json
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    if sidecar is not None:
        path.with_name(path.name + ".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def bundled_articles():
    """Every article of the bundled archive, parsed once."""
    report = Report()
    articles = [a for _, arts in parse_paths([BUNDLED], report) for a in arts]
    assert not report.skipped, report.skipped
    return articles


@pytest.fixture(scope="session")
def built_whoosh(tmp_path_factory):
    """A copy of the bundled archive and an index built from it, once per session."""
    base = tmp_path_factory.mktemp("built")
    archive = base / "archive"
    shutil.copytree(BUNDLED, archive)
    config = Config(archive=archive, index=base / "index")
    result = build_index(config, processes=2)
    return config, result


@pytest.fixture(scope="session")
def built(built_whoosh):
    """The bundled archive in the embedded store (tests of that store; modules may re-point it)."""
    return built_whoosh


@pytest.fixture(scope="session")
def engine(built_whoosh):
    return Engine(built_whoosh[0].index)


STORES = ("whoosh", "solr")      # every store the store-agnostic tests run against


@pytest.fixture(scope="session")
def built_solr(solr_cloud, tmp_path_factory):
    """A copy of the bundled archive built by the pipeline into the session's SolrCloud (alias t_bundled)."""
    from .solrcloud.cluster import solr_environment

    base = tmp_path_factory.mktemp("built-solr")
    archive = base / "archive"
    shutil.copytree(BUNDLED, archive)
    config = Config(archive=archive, index=base / "index", backend="solr")
    with solr_environment(solr_cloud, "t_bundled"):
        result = build_index(config, processes=2)
    return config, result


@contextmanager
def store_environment(request, alias: str):
    """Let a build in a block reach the store of ``request.param``: for Solr, the session's cluster under alias."""
    if request.param != "solr":
        yield
        return
    from .solrcloud.cluster import solr_environment
    with solr_environment(request.getfixturevalue("solr_cloud"), alias):
        yield


@pytest.fixture(scope="session", params=STORES)
def store_built(request):
    """The bundled archive built into each store in turn: (config, result); Solr's once per session."""
    return request.getfixturevalue(f"built_{request.param}")


@pytest.fixture(scope="session")
def store_engine(store_built):
    """An engine over each store's build of the bundled archive."""
    return Engine(store_built[0].index)


@pytest.fixture
def sample_page():
    if not SAMPLE.exists():
        pytest.skip("../shared is absent: the real sample page is not available")
    return SAMPLE


@pytest.fixture
def small_archive(tmp_path):
    """A private copy of a few bundled pages, for tests that change the archive."""
    archive = tmp_path / "archive"
    for rel in ("公益时报/2023-06-13/04.txt", "中国社会报/20210615/03.txt", "公益时报/2022/03/15/04.txt",
                "中国社会报/undated/dj_p03_a.txt", "中国社会报/undated/dj_p03_a.txt.json"):
        (archive / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED / rel, archive / rel)
    return Config(archive=archive, index=tmp_path / "index")


@pytest.fixture(scope="session")
def solr_cloud(tmp_path_factory):
    """A real SolrCloud on loopback (2 nodes, a collection of 2 shards x 2 replicas behind an alias), once per session.

    Built with Maven and started by tests/solrcloud/cluster.py; stopped by pid at the end (and at exit).
    When it cannot start, its tests skip saying why — or fail, with DANGJIAN_SOLR_REQUIRED=1 (.ci/run).
    """
    from .solrcloud import cluster
    try:
        cloud = cluster.start(tmp_path_factory.mktemp("solrcloud"))
    except cluster.SolrUnavailable as exc:
        if os.environ.get("DANGJIAN_SOLR_REQUIRED") == "1":
            pytest.fail(f"SolrCloud could not start: {exc}")
        pytest.skip(f"SolrCloud could not start (set DANGJIAN_SOLR_REQUIRED=1 to fail instead): {exc}")
    yield cloud
    cloud.stop()
