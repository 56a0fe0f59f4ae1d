"""Where the desktop keeps its data and how it reaches the platforms.

Resolution order for each value: command-line flag > environment variable > stored setting >
default. Environment variables: INFLUENCER_DESK_DATA_DIR, INFLUENCER_DESK_TOKEN,
INFLUENCER_DESK_PLATFORM_{A,B}_{API,WEB}.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from shared_models.platforms import DEFAULT_WEB_BASES, Platform

APP_NAME = "InfluencerDesk"
APP_AUTHOR = "InfluencerDesk"


def resolve_data_dir(flag: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else INFLUENCER_DESK_DATA_DIR, else the user's data dir (platformdirs)."""
    chosen = flag or os.environ.get("INFLUENCER_DESK_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class PlatformBases:
    web_base: str
    api_base: str


def platform_bases(platform: Platform, stored: dict[str, str] | None = None) -> PlatformBases:
    """The platform's web and API bases: environment over stored settings over defaults."""
    stored = stored or {}
    web = (os.environ.get(f"INFLUENCER_DESK_PLATFORM_{platform.value}_WEB")
           or stored.get("web_base") or DEFAULT_WEB_BASES[platform])
    api = (os.environ.get(f"INFLUENCER_DESK_PLATFORM_{platform.value}_API")
           or stored.get("api_base") or web)
    return PlatformBases(web_base=web.rstrip("/"), api_base=api.rstrip("/"))
