"""Receive a multipart upload as it streams in: the file part goes to a temporary file while
its sha256 is computed; the size cap stops the upload as soon as it is passed.

Form fields: `file` (the form, required), optional `influencer_id`, `id`, `file_name`
(each a short text). Nothing is held in memory beyond one network chunk.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

from shared_models.attachments import HEAD_BYTES, refuse_size, safe_file_name

TEXT_FIELDS = frozenset({"influencer_id", "id", "file_name"})
MAX_TEXT_FIELD = 1024
MAX_PARTS = 8


class UploadRefused(Exception):
    """The upload cannot be accepted; `status` and a sentence for the user."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass
class ReceivedFile:
    path: Path
    sha256: str
    size: int
    head: bytes
    client_name: str
    fields: dict[str, str] = field(default_factory=dict)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class _Receiver:
    def __init__(self, tmp_dir: Path, max_bytes: int) -> None:
        self.tmp_dir = tmp_dir
        self.max_bytes = max_bytes
        self.parts = 0
        self.headers: dict[bytes, bytes] = {}
        self._header_field = b""
        self._header_value = b""
        self.part_name = ""
        self.part_is_file = False
        self.text = b""
        self.fields: dict[str, str] = {}
        self.file: BinaryIO | None = None
        self.file_path: Path | None = None
        self.file_done = False
        self.client_name = ""
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""

    # python-multipart callbacks ---------------------------------------------------------

    def on_part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise UploadRefused(400, "The upload has too many parts; send one file.")
        self.headers = {}
        self.text = b""

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self._header_field.strip().lower()] = self._header_value.strip()
        self._header_field = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.part_name = options.get(b"name", b"").decode("utf-8", "replace")
        self.part_is_file = self.part_name == "file"
        if self.part_is_file:
            if self.file is not None or self.file_done:
                raise UploadRefused(400, "The upload has more than one file; send one at a "
                                         "time.")
            self.client_name = options.get(b"filename", b"").decode("utf-8", "replace")
            self.tmp_dir.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=self.tmp_dir)
            self.file = os.fdopen(handle, "wb")
            self.file_path = Path(name)
        elif self.part_name not in TEXT_FIELDS:
            optional = ", ".join(sorted(TEXT_FIELDS))
            raise UploadRefused(400, f"The upload has an unknown field '{self.part_name}'; "
                                     f"send 'file' and optionally {optional}.")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if not self.part_is_file:
            self.text += chunk
            if len(self.text) > MAX_TEXT_FIELD:
                raise UploadRefused(400, f"The field '{self.part_name}' is too long.")
            return
        assert self.file is not None
        self.size += len(chunk)
        if self.size > self.max_bytes:
            name = safe_file_name(self.client_name) if self.client_name else None
            raise UploadRefused(413, refuse_size(name, self.max_bytes).message)
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[:HEAD_BYTES - len(self.head)]
        self.digest.update(chunk)
        self.file.write(chunk)

    def on_part_end(self) -> None:
        if self.part_is_file:
            assert self.file is not None
            self.file.close()
            self.file = None
            self.file_done = True
        else:
            self.fields[self.part_name] = self.text.decode("utf-8", "replace").strip()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def callbacks(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in (
            "on_part_begin", "on_header_field", "on_header_value", "on_header_end",
            "on_headers_finished", "on_part_data", "on_part_end")}


async def receive_upload(request: Request, tmp_dir: Path, max_bytes: int) -> ReceivedFile:
    """Stream the request's multipart body; raises UploadRefused (the temp file removed)."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise UploadRefused(415, "Send the form as multipart/form-data with the file in the "
                                 "field 'file'.")
    receiver = _Receiver(tmp_dir, max_bytes)
    parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]
    kept = False
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
        if not receiver.file_done or receiver.file_path is None:
            raise UploadRefused(400, "The upload has no file; send it in the field 'file'.")
        kept = True
    except UploadRefused:
        raise
    except Exception as exc:  # a malformed body from python-multipart, a client gone
        raise UploadRefused(400, "The upload is not a well-formed multipart form.") from exc
    finally:
        if not kept:  # refused, broken, cut off or cancelled: no half file stays behind
            receiver.close()
            if receiver.file_path is not None:
                receiver.file_path.unlink(missing_ok=True)
    assert receiver.file_path is not None
    return ReceivedFile(path=receiver.file_path, sha256=receiver.digest.hexdigest(),
                        size=receiver.size, head=receiver.head,
                        client_name=receiver.client_name, fields=receiver.fields)
