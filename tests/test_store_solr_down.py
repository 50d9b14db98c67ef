"""A Solr store whose nodes do not answer is the administrator's to fix: one line, exit 3, never "internal error"."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from dangjian.index.store.base import StoreUnavailable
from dangjian.index.store.solr.client import SolrClient, SolrError

from .conftest import write_page


def _closed_port() -> int:
    with socket.socket() as s:          # bound and released: nobody listens on it afterwards
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_node_answering_is_store_unavailable():
    client = SolrClient([f"http://127.0.0.1:{_closed_port()}/solr"], timeout=1, patience=0.5)
    with pytest.raises(StoreUnavailable, match="no Solr node answered") as raised:
        client.get("/admin/collections", {"action": "LIST"})
    assert isinstance(raised.value, SolrError)       # callers catching SolrError keep working


def test_reindex_with_no_solr_node_answering_is_one_line_exit_3(tmp_path):
    url = f"http://127.0.0.1:{_closed_port()}/solr"
    config = tmp_path / "dangjian.toml"
    config.write_text(f'backend = "solr"\n\n[solr]\nurls = ["{url}"]\n', encoding="utf-8")
    archive = tmp_path / "archive"
    write_page(archive, "测试报/2024-03-05/01.txt", "测试标题\n\n机关党委召开会议，学习党的二十大精神。\n（据测试市民政局）\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANGJIAN_")}
    env.update(DANGJIAN_CONFIG=str(config))
    done = subprocess.run([sys.executable, "-m", "dangjian", "reindex", "--archive", str(archive),
                           "--index", str(tmp_path / "index"), "--processes", "1"],
                          env=env, capture_output=True, text=True, timeout=300)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    assert len(errors) == 1 and "no Solr node answered" in errors[0] and url in errors[0], done.stderr
