"""`dangjian serve`: indexes first when there is no index, prints its address, serves with several workers."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from dangjian.index.config import Config
from dangjian.index.writer import build_index

from .conftest import BUNDLED


def start(args: list[str], cwd) -> tuple[subprocess.Popen, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DANGJIAN_CONFIG", "DANGJIAN_INDEX", "DANGJIAN_ARCHIVE")}
    proc = subprocess.Popen([sys.executable, "-m", "dangjian", "serve", "--port", "0", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if "http://" not in line:
        proc.kill()
        raise AssertionError(line + proc.stderr.read())
    return proc, line.split("：", 1)[1].split()[0]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


def test_serve_indexes_a_missing_index_then_serves_and_follows_reindexing(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED / "公益时报" / "2023-06-13", archive / "公益时报" / "2023-06-13")
    proc, address = start(["--archive", str(archive), "--index", str(tmp_path / "index"), "--workers", "2"],
                          tmp_path)
    try:
        assert address.startswith("http://127.0.0.1:")
        data = get_json(address + "api/status")
        assert data["articles"] > 0 and data["archive"] == str(archive.resolve())
        # a reindex while serving: every worker moves to the new generation without a restart
        shutil.copytree(BUNDLED / "公益时报" / "2023-01-10", archive / "公益时报" / "2023-01-10")
        new = build_index(Config(archive=archive, index=tmp_path / "index"), processes=1).generation
        streak = 0
        for _ in range(600):
            streak = streak + 1 if get_json(address + "api/status")["generation"] == new else 0
            if streak == 12:
                break
            time.sleep(0.05)                   # the new generation opens in a background thread
        assert streak == 12
        assert get_json(address + "api/status")["articles"] > data["articles"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "indexing" in proc.stderr.read()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="several workers need os.fork")
def test_several_workers_share_one_port(built, tmp_path):
    config, _ = built
    proc, address = start(["--index", str(config.index), "--archive", str(config.archive), "--workers", "2"],
                          tmp_path)
    try:
        totals = {get_json(address + "api/search?q=%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B")["total"] for _ in range(6)}
        assert len(totals) == 1 and totals.pop() > 0
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0 or proc.returncode < 0


def test_serve_refuses_a_port_in_use(built, runner):
    from dangjian.cli import main
    config, _ = built
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--port", str(port), "--index", str(config.index)])
    assert result.exit_code == 2
    assert "cannot listen" in result.output


def test_serve_refuses_a_plain_password_in_the_config(built, runner, tmp_path, monkeypatch):
    from dangjian.cli import main
    config, _ = built
    path = tmp_path / "dangjian.toml"
    path.write_text('[auth.users]\nstaff = "secret"\n', encoding="utf-8")
    monkeypatch.setenv("DANGJIAN_CONFIG", str(path))
    result = runner.invoke(main, ["serve", "--port", "0", "--index", str(config.index)])
    assert result.exit_code == 2 and "password hash" in result.output


def test_the_printed_address_is_one_people_can_type():
    from dangjian.web.server import address_of, bind
    for host, expected in (("127.0.0.1", "http://127.0.0.1:"), ("0.0.0.0", "http://127.0.0.1:")):
        sock = bind(host, 0)
        try:
            shown = address_of(sock, host)
            port = sock.getsockname()[1]
            assert shown.startswith(f"{expected}{port}/")
            if host == "0.0.0.0":
                assert f"http://{socket.gethostname()}:{port}/" in shown.split()
        finally:
            sock.close()
