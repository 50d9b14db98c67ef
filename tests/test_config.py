"""Where archive and index live: option, then environment, then config file, then default."""
from pathlib import Path

import pytest

from dangjian.index.config import ConfigError, load_config


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in ("DANGJIAN_ARCHIVE", "DANGJIAN_INDEX", "DANGJIAN_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_defaults(clean_env):
    assert load_config() == load_config(None, None)
    assert (load_config().archive, load_config().index) == (Path("archive"), Path("var/index"))


def test_config_file_then_env_then_option(clean_env, tmp_path):
    (tmp_path / "dangjian.toml").write_text('archive = "a"\nindex = "i"\n', encoding="utf-8")
    assert load_config().archive == tmp_path / "a" and load_config().index == tmp_path / "i"
    clean_env.setenv("DANGJIAN_INDEX", "/env/index")
    assert load_config().index == Path("/env/index")
    assert load_config(index="/opt/index").index == Path("/opt/index")


def test_bad_config_file_is_a_clear_error(clean_env, tmp_path):
    (tmp_path / "dangjian.toml").write_text("archive = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="dangjian.toml"):
        load_config()
    clean_env.setenv("DANGJIAN_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config()
