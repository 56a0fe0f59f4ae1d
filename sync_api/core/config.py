"""Service settings: defaults < config file (TOML) < INFLUENCER_SYNC_* env vars < `serve` flags.

The config file is `--config FILE`, else `$INFLUENCER_SYNC_CONFIG_FILE`, else
`<data_dir>/sync.toml` when it exists. Lists (networks, proxies) are comma-separated CIDRs in
env vars and flags, or TOML arrays in the file.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from shared_models.platforms import bare_host

ENV_PREFIX = "INFLUENCER_SYNC_"
CONFIG_FILE_NAME = "sync.toml"

# Loopback plus the private ranges: an office LAN works out of the box; the admin guide says
# to narrow this to the office's own network.
DEFAULT_ALLOWED_NETWORKS = (
    "127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7",
)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Networks = Annotated[tuple[Network, ...], NoDecode]


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("influencer-sync", appauthor=False))


def parse_networks(value: Any) -> tuple[Network, ...]:
    """'10.0.0.0/8, 192.168.1.7' (or a list) to networks; a bare address is a /32 (/128)."""
    if value is None or value == "":
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    networks: list[Network] = []
    for item in items:
        if isinstance(item, ipaddress.IPv4Network | ipaddress.IPv6Network):
            networks.append(item)
            continue
        text = str(item).strip()
        if not text:
            continue
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            raise ValueError(f"'{text}' is not a network; write it like 192.168.1.0/24.") from None
    return tuple(networks)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    # No URL: `serve` runs an embedded PostgreSQL in data_dir.
    database_url: str | None = None
    data_dir: Path = Field(default_factory=default_data_dir)
    config_file: Path | None = None
    allowed_networks: Networks = Field(
        default_factory=lambda: parse_networks(DEFAULT_ALLOWED_NETWORKS))
    trusted_proxies: Networks = ()
    host: str = "127.0.0.1"
    port: int = 8765
    max_body_bytes: int = 10 * 1024 * 1024
    # Bodies over 1 MB are buffered a few at a time; the rest get 503 and retry.
    max_large_bodies: int = Field(default=4, ge=1)
    # What a client is told to wait when the database is unavailable or the server busy.
    retry_after_seconds: int = Field(default=15, ge=1)
    # /docs and /openapi.json: "admin" (admin tokens only), "off", or "public".
    api_docs: Literal["admin", "off", "public"] = "admin"
    # Hosts a pushed profile URL may point at besides the platforms' public sites
    # (shared_models.platforms.DEFAULT_WEB_BASES), e.g. a simulator's: a URL there is read
    # as a profile of the account's own platform (shared_models.platforms.read_profile_url).
    platform_web_hosts: Annotated[frozenset[str], NoDecode] = frozenset()
    # Tokens: bytes of randomness, and how often last_used_at is written (not on every call).
    token_bytes: int = Field(default=32, ge=16)
    token_touch_seconds: float = 60.0
    # A token revoked from the CLI stops working within this many seconds (0: at once).
    token_cache_seconds: float = 5.0
    # What the handshake tells an outdated desktop.
    latest_desktop_version: str | None = None
    download_url: str | None = None
    # Consent forms (docs/consent-forms.md): the largest file accepted, and where the bytes
    # live - "local" (<data_dir>/attachments) or "s3" (any S3-compatible bucket; needs
    # `pip install boto3`).
    attachment_max_bytes: int = Field(default=20 * 1024 * 1024, ge=1)
    attachment_store: Literal["local", "s3"] = "local"
    attachment_s3_bucket: str | None = None
    attachment_s3_endpoint_url: str | None = None  # unset: AWS itself
    attachment_s3_region: str | None = None
    attachment_s3_access_key_id: str | None = None  # unset: boto3's usual credential chain
    attachment_s3_secret_access_key: str | None = None
    attachment_s3_prefix: str = "attachments/"

    @field_validator("allowed_networks", "trusted_proxies", mode="before")
    @classmethod
    def _networks(cls, value: Any) -> tuple[Network, ...]:
        return parse_networks(value)

    @field_validator("platform_web_hosts", mode="before")
    @classmethod
    def _hosts(cls, value: Any) -> frozenset[str]:
        items = value.split(",") if isinstance(value, str) else list(value or ())
        return frozenset(bare_host(str(item).strip()) for item in items if str(item).strip())

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        init_kwargs: dict[str, Any] = getattr(init_settings, "init_kwargs", {})
        path = _config_path(init_kwargs)
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


def _config_path(init_kwargs: dict[str, Any]) -> Path | None:
    explicit = init_kwargs.get("config_file") or os.environ.get(f"{ENV_PREFIX}CONFIG_FILE")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise FileNotFoundError(f"The config file {path} does not exist.")
        return path
    data_dir = (init_kwargs.get("data_dir") or os.environ.get(f"{ENV_PREFIX}DATA_DIR")
                or default_data_dir())
    candidate = Path(data_dir) / CONFIG_FILE_NAME
    return candidate if candidate.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Settings from every source; `overrides` (e.g. `serve` flags) win. None means unset."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
