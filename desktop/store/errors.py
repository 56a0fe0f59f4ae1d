"""Store errors: both are InvalidValue, so every caller already shows them as a sentence."""

from __future__ import annotations

from shared_models.errors import InvalidValue


class NotFound(InvalidValue):
    """The id names no record in the local store."""
