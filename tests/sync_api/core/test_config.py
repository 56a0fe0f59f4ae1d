"""Settings come from defaults, a config file, INFLUENCER_SYNC_* variables and flags."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from sync_api.core.config import load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("INFLUENCER_SYNC_"):
            monkeypatch.delenv(key)


def test_by_default_loopback_and_private_networks_may_connect(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    allowed = {str(n) for n in settings.allowed_networks}
    assert {"127.0.0.0/8", "10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"} <= allowed
    assert settings.trusted_proxies == () and settings.database_url is None


def test_env_vars_take_comma_separated_networks(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_SYNC_ALLOWED_NETWORKS", "192.168.10.0/24, 10.8.0.1")
    monkeypatch.setenv("INFLUENCER_SYNC_TRUSTED_PROXIES", "10.8.0.1")
    monkeypatch.setenv("INFLUENCER_SYNC_DATABASE_URL", "postgresql://db/sync")
    settings = load_settings(data_dir=tmp_path)
    assert settings.allowed_networks == (ipaddress.ip_network("192.168.10.0/24"),
                                         ipaddress.ip_network("10.8.0.1/32"))
    assert settings.trusted_proxies == (ipaddress.ip_network("10.8.0.1/32"),)
    assert settings.database_url == "postgresql://db/sync"


def test_the_config_file_in_the_data_dir_is_read_and_env_and_flags_win(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sync.toml").write_text(
        'allowed_networks = ["192.168.1.0/24"]\nport = 9000\nhost = "0.0.0.0"\n'
        'database_url = "postgresql://file/db"\n', encoding="utf-8")
    monkeypatch.setenv("INFLUENCER_SYNC_DATA_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.port == 9000 and settings.host == "0.0.0.0"
    assert [str(n) for n in settings.allowed_networks] == ["192.168.1.0/24"]
    monkeypatch.setenv("INFLUENCER_SYNC_PORT", "9100")
    assert load_settings().port == 9100
    assert load_settings(port=9200, host=None).port == 9200
    assert load_settings(port=9200, host=None).host == "0.0.0.0"


def test_an_explicit_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_settings(config_file=tmp_path / "missing.toml")
    other = tmp_path / "other.toml"
    other.write_text('trusted_proxies = "127.0.0.1"\n', encoding="utf-8")
    settings = load_settings(config_file=other, data_dir=tmp_path)
    assert [str(n) for n in settings.trusted_proxies] == ["127.0.0.1/32"]
