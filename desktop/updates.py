"""The desktop release the sync service advertises (admin-set), as the last handshake said.

The engine keeps the handshake's `latest_desktop_version` / `download_url` in the store's
settings; the window's status bar and `influencer-desk status` ask `available_update`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version

from desktop import __version__
from shared_models.texts import user_text

if TYPE_CHECKING:
    from desktop.store import Store
    from shared_models.sync import HandshakeResponse

RELEASE_KEY = "sync/advertised_release"


@dataclass(frozen=True)
class Update:
    version: str
    download_url: str | None

    def message(self) -> str:
        if self.download_url:
            return user_text("A new version {version} is available: {url}",
                             version=self.version, url=self.download_url)
        return user_text("A new version {version} is available", version=self.version)


def remember_release(store: Store, answer: HandshakeResponse) -> None:
    value = {"version": answer.latest_desktop_version, "download_url": answer.download_url}
    if store.get_setting(RELEASE_KEY) != value:
        store.set_setting(RELEASE_KEY, value)


def available_update(store: Store, running: str = __version__) -> Update | None:
    """The advertised release when it is newer than the running app, else None."""
    value = store.get_setting(RELEASE_KEY) or {}
    latest = value.get("version")
    if not latest:
        return None
    try:
        newer = Version(latest) > Version(running)
    except InvalidVersion:
        return None
    return Update(latest, value.get("download_url")) if newer else None
