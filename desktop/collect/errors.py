"""What can go wrong while collecting, as exceptions with sentences for the user."""

from __future__ import annotations

from datetime import UTC, datetime

from shared_models.texts import Moment, user_text


def format_until(until: float) -> Moment:
    """An epoch time as the local wall-clock time a person reads ("2025-03-01 14:05:00"; in
    a Korean sentence "2025. 3. 1. 오후 2:05")."""
    return Moment(until)


def format_clock(when: float) -> str:
    """An epoch time as the local time of day ("14:32")."""
    return datetime.fromtimestamp(when, UTC).astimezone().strftime("%H:%M")


class CollectError(Exception):
    """Base class; `str(exc)` is a sentence a user can read."""


class PlatformBlocked(CollectError):
    """The platform refuses this client for a while: stop all work on it until `until`."""

    def __init__(self, platform_label: str, until: float) -> None:
        self.platform_label = platform_label
        self.until = until
        super().__init__(user_text(
            "{platform} has blocked requests from this network until {until}; collection "
            "stops and continues after that.", platform=platform_label,
            until=format_until(until)))


class NotFound(CollectError):
    """The profile (or post) does not exist on the platform."""


class ItemFailed(CollectError):
    """This one item could not be collected (bad answer, server errors); the run goes on."""
