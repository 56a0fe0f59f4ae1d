"""Record and outbox-operation ids for bulk imports."""

from __future__ import annotations

import os
from collections.abc import Iterator


def new_ids(count: int) -> Iterator[str]:
    """`count` random (version 4) UUID strings, as str(uuid.uuid4()) gives them, made from one
    os.urandom call: an import needs hundreds of thousands, and uuid4() costs a system call
    and a UUID object each."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 4122 variant
    text = raw.hex()
    for s in range(0, len(text), 32):
        yield (f"{text[s:s + 8]}-{text[s + 8:s + 12]}-{text[s + 12:s + 16]}-"
               f"{text[s + 16:s + 20]}-{text[s + 20:s + 32]}")
