"""Where the bytes of consent forms live, by sha256: a local folder or an S3-compatible bucket.

The name of a stored file is always its sha256 (checked to be 64 hex digits), never anything
a client sent, so no upload can choose or escape its path. Which store is used is a setting
(`attachment_store`), not a code fork.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from shared_models.rules import is_sha256
from sync_api.core.config import Settings

CHUNK = 1024 * 1024


class StorageError(RuntimeError):
    """The blob store is misconfigured or unavailable; the message says what to do."""


class BlobMissing(LookupError):
    """No file is stored under this sha256 (never uploaded, or removed)."""


def check_sha256(sha256: str) -> str:
    if not is_sha256(sha256):
        raise ValueError(f"'{sha256}' is not a sha256 digest.")
    return sha256


class BlobStore(Protocol):
    def has(self, sha256: str) -> bool: ...

    def put(self, sha256: str, source: Path, media_type: str) -> None:
        """Store the file at `source` (whose digest the caller computed) under `sha256`.

        `source` may be moved away; the caller removes it if it is still there."""

    def local_path(self, sha256: str) -> Path | None:
        """A path the server can send directly, if the store is a local folder."""

    def iter_bytes(self, sha256: str) -> Iterator[bytes]:
        """The bytes in chunks; BlobMissing if nothing is stored under `sha256`."""

    def remove(self, sha256: str) -> bool:
        """Delete the file (for an administrator's purge); False if there was none."""


class LocalBlobStore:
    """`<root>/<sha256[:2]>/<sha256>`; written to a temporary name, then renamed."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, sha256: str, source: Path, media_type: str) -> None:
        target = self.path(sha256)
        if target.is_file():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(source, target)  # the upload's temporary file, on the same disk
        except OSError:
            partial = target.with_name(f".{sha256}.{os.getpid()}.part")
            shutil.copyfile(source, partial)
            os.replace(partial, target)

    def local_path(self, sha256: str) -> Path | None:
        path = self.path(sha256)
        return path if path.is_file() else None

    def iter_bytes(self, sha256: str) -> Iterator[bytes]:
        try:
            handle = self.path(sha256).open("rb")
        except FileNotFoundError:
            raise BlobMissing(sha256) from None
        with handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def remove(self, sha256: str) -> bool:
        try:
            self.path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True


class S3BlobStore:
    """Objects `<prefix><sha256>` in an S3-compatible bucket (AWS, MinIO, R2, ...)."""

    def __init__(self, client: Any, bucket: str, prefix: str = "") -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    def key(self, sha256: str) -> str:
        return self.prefix + check_sha256(sha256)

    def _refused(self, exc: Exception) -> StorageError | None:
        """The bucket's answer as a StorageError when the fix is the admin's (403, no bucket)."""
        # upload_file wraps the ClientError that carries the answer
        cause = exc.__cause__ or exc.__context__
        response = getattr(exc, "response", None) or getattr(cause, "response", None) or {}
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        code = response.get("Error", {}).get("Code", "")
        if status == 403:
            return StorageError(
                f"The bucket '{self.bucket}' refused the service's credentials ({code}): check "
                "INFLUENCER_SYNC_ATTACHMENT_S3_ACCESS_KEY_ID and _SECRET_ACCESS_KEY and that "
                "the key may read and write the bucket.")
        if code == "NoSuchBucket":
            return StorageError(f"There is no bucket '{self.bucket}' at the configured "
                                "endpoint: check INFLUENCER_SYNC_ATTACHMENT_S3_BUCKET.")
        return None

    @staticmethod
    def _not_found(exc: Exception) -> bool:
        response = getattr(exc, "response", None) or {}
        return (response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404
                and response.get("Error", {}).get("Code") != "NoSuchBucket")

    def has(self, sha256: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key(sha256))
        except Exception as exc:
            if self._not_found(exc):
                return False
            raise (self._refused(exc) or exc) from exc
        return True

    def put(self, sha256: str, source: Path, media_type: str) -> None:
        if self.has(sha256):
            return  # the same bytes are already there: kept once
        try:
            self.client.upload_file(str(source), self.bucket, self.key(sha256),
                                    ExtraArgs={"ContentType": media_type})
        except Exception as exc:
            raise (self._refused(exc) or exc) from exc

    def local_path(self, sha256: str) -> Path | None:
        return None

    def iter_bytes(self, sha256: str) -> Iterator[bytes]:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self.key(sha256))["Body"]
        except Exception as exc:
            if self._not_found(exc):
                raise BlobMissing(sha256) from None
            raise (self._refused(exc) or exc) from exc
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    def remove(self, sha256: str) -> bool:
        if not self.has(sha256):  # S3's delete answers the same whether or not it existed
            return False
        self.client.delete_object(Bucket=self.bucket, Key=self.key(sha256))
        return True


def attachments_dir(settings: Settings) -> Path:
    return settings.data_dir / "attachments"


def open_blob_store(settings: Settings) -> BlobStore:
    """The store the settings name; raises StorageError with what to fix."""
    if settings.attachment_store == "local":
        return LocalBlobStore(attachments_dir(settings))
    if not settings.attachment_s3_bucket:
        raise StorageError("INFLUENCER_SYNC_ATTACHMENT_STORE is 's3' but no bucket is set: "
                           "set INFLUENCER_SYNC_ATTACHMENT_S3_BUCKET.")
    try:
        import boto3  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise StorageError("INFLUENCER_SYNC_ATTACHMENT_STORE is 's3', which needs the boto3 "
                           "package: run `pip install boto3` in the sync service's "
                           "environment, or set the store back to 'local'.") from None
    client = boto3.client(
        "s3", endpoint_url=settings.attachment_s3_endpoint_url,
        region_name=settings.attachment_s3_region,
        aws_access_key_id=settings.attachment_s3_access_key_id,
        aws_secret_access_key=settings.attachment_s3_secret_access_key)
    return S3BlobStore(client, settings.attachment_s3_bucket, settings.attachment_s3_prefix)
