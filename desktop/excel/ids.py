"""Record and outbox-operation ids for bulk imports."""

from __future__ import annotations

import os
from collections.abc import Iterator


def new_ids(count: int) -> Iterator[str]:
    """`count` random (version 4) UUID strings, as str(uuid.uuid4()) gives them, made from one
    os.urandom call: an import needs hundreds of thousands, and uuid4() costs a system call
    and a UUID object each."""
    raw = bytearray(os.urandom(16 * count))
    for start in range(0, len(raw), 16):
        raw[start + 6] = (raw[start + 6] & 0x0F) | 0x40  # version 4
        raw[start + 8] = (raw[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
        h = raw[start:start + 16].hex()
        yield f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
