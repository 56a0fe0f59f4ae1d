"""Why a sync could not run, as sentences a user can act on."""

from __future__ import annotations


class SyncError(Exception):
    """A sync failed; `str(err)` says what happened and what to do. Local edits are kept."""


class NotConnected(SyncError):
    pass


class ServerUnreachable(SyncError):
    """No answer (network down, wrong address, server stopped): retry later."""


class AuthFailed(SyncError):
    """401: the token is missing, wrong or revoked."""


class NotAllowed(SyncError):
    """403: the token or this network may not do this."""


class Incompatible(SyncError):
    """The app and the server speak different protocol or schema versions."""


class ServerFailed(SyncError):
    """The server answered with an error (5xx, or something this app does not understand)."""


class TooLarge(ServerFailed):
    """413: the request body is over the server's limit (the engine sends less)."""
