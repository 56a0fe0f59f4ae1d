"""Where the sync token lives: the OS keyring, or INFLUENCER_DESK_TOKEN for automation.

The keyring entry is keyed by the server URL (service "influencer-desk"), so one desktop can
hold tokens for several servers. Tests set PYTHON_KEYRING_BACKEND to a plaintext file
backend in a temporary folder, never the developer's real keyring.
"""

from __future__ import annotations

import contextlib
import logging
import os

import keyring
import keyring.errors

from shared_models.texts import user_text

log = logging.getLogger(__name__)

SERVICE = "influencer-desk"
ENV_TOKEN = "INFLUENCER_DESK_TOKEN"


class TokenStoreError(Exception):
    pass


def load_token(server_url: str) -> str | None:
    override = os.environ.get(ENV_TOKEN)
    if override:
        return override.strip()
    try:
        return keyring.get_password(SERVICE, server_url)
    except keyring.errors.KeyringError as exc:
        log.warning("reading the token from the keyring failed: %s", exc)
        raise TokenStoreError(user_text(
            "The token could not be read from the computer's password store. Connect again "
            "(File → Connect to server), or set {variable} instead.",
            variable=ENV_TOKEN)) from exc


def save_token(server_url: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, server_url, token)
    except keyring.errors.KeyringError as exc:
        log.warning("saving the token in the keyring failed: %s", exc)
        raise TokenStoreError(user_text(
            "The token could not be saved in the computer's password store. Set {variable} "
            "instead, or ask the administrator.", variable=ENV_TOKEN)) from exc


def forget_token(server_url: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, server_url)


def describe_token_store() -> str:
    """Where tokens go on this machine, for the self-check: the system keyring, or (with
    none usable, e.g. a Linux bundle without Secret Service) INFLUENCER_DESK_TOKEN only.
    Reads nothing and writes nothing: the user's keyring is never touched by a check."""
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return f"no system keyring here; set {ENV_TOKEN}"
    return f"system keyring ({type(backend).__module__.rsplit('.', 1)[-1]})"
