"""Who is at this desk, for the imports and merges it keeps (the server's history names the
token instead: one token per person)."""

from __future__ import annotations

import getpass


def who_am_i() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        return ""
