"""The one error type for a value a user typed that cannot be accepted."""

from __future__ import annotations


class InvalidValue(ValueError):
    """A value that cannot be normalised; `str(err)` is a sentence a user understands."""

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.value = value
        self.message = message
