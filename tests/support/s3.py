"""A real S3 API for the tests: moto's server mode on loopback, with IAM checks switched on.

    with moto_s3() as s3:
        client = s3.client()                 # the credentials of a user allowed on s3:*
        client = s3.client(secret="wrong")   # refused: SignatureDoesNotMatch (403)

Moto accepts any credentials until told otherwise, so the server first creates an IAM user
with an access key and a policy, then (through moto's own API) authenticates every request
from then on: a wrong key or secret is refused the way AWS, R2 or MinIO refuse it.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import boto3
import httpx
from moto.server import ThreadedMotoServer

REGION = "us-east-1"
BUCKET = "consent-forms"
_ALLOW_S3 = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})


@dataclass
class MotoS3:
    endpoint_url: str
    access_key_id: str
    secret_access_key: str
    bucket: str = BUCKET

    def client(self, key: str | None = None, secret: str | None = None) -> Any:
        return boto3.client("s3", endpoint_url=self.endpoint_url, region_name=REGION,
                            aws_access_key_id=key or self.access_key_id,
                            aws_secret_access_key=secret or self.secret_access_key)

    def keys(self, prefix: str = "") -> list[str]:
        listed = self.client().list_objects_v2(Bucket=self.bucket, Prefix=prefix)
        return sorted(item["Key"] for item in listed.get("Contents", []))

    def empty(self) -> None:
        client = self.client()
        for key in self.keys():
            client.delete_object(Bucket=self.bucket, Key=key)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def moto_s3() -> Iterator[MotoS3]:
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    try:
        iam = boto3.client("iam", endpoint_url=url, region_name=REGION,
                           aws_access_key_id="setup", aws_secret_access_key="setup")
        iam.create_user(UserName="sync-service")
        iam.put_user_policy(UserName="sync-service", PolicyName="forms",
                            PolicyDocument=_ALLOW_S3)
        key = iam.create_access_key(UserName="sync-service")["AccessKey"]
        s3 = MotoS3(url, key["AccessKeyId"], key["SecretAccessKey"])
        s3.client().create_bucket(Bucket=BUCKET)
        # From here on every request must carry the user's valid credentials.
        httpx.post(f"{url}/moto-api/reset-auth", content=b"0").raise_for_status()
        try:
            yield s3
        finally:  # the switch is moto's process-wide setting: put it back
            httpx.post(f"{url}/moto-api/reset-auth", content=b"inf")
    finally:
        server.stop()
