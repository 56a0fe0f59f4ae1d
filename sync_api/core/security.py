"""Tokens (random, stored as a sha256 digest) and the network allow-list.

Tokens carry 256 bits of randomness, so a plain sha256 is enough to make a stolen table
useless (no password-style stretching needed), and lookup stays one indexed equality.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Iterable, Sequence

from shared_models.admin import Role as Role  # its home is shared_models (the desk reads it)
from sync_api.core.config import Network

TOKEN_PREFIX = "isk_"  # makes a leaked token recognisable in logs and secret scanners

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def new_token(n_bytes: int = 32) -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(n_bytes)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def parse_address(text: str | None) -> IPAddress | None:
    if not text:
        return None
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [::1]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # 1.2.3.4:port
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    # An IPv4 client seen through a dual-stack socket (::ffff:10.0.0.5) is that IPv4 client.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def in_networks(address: IPAddress, networks: Iterable[Network]) -> bool:
    return any(address.version == net.version and address in net for net in networks)


def client_address(peer: str | None, forwarded_for: Sequence[str],
                   trusted_proxies: Sequence[Network]) -> IPAddress | None:
    """The address a request really comes from.

    The socket peer, unless the peer is a trusted proxy: then walk X-Forwarded-For from the
    right (the hops our proxies appended) and take the first address that is not itself a
    trusted proxy. Anything a client wrote further left is ignored, so it cannot be spoofed.
    None when the address cannot be told (the caller refuses the request).
    """
    address = parse_address(peer)
    if address is None or not in_networks(address, trusted_proxies):
        return address
    hops = [h for header in forwarded_for for h in header.split(",") if h.strip()]
    for hop in reversed(hops):
        hop_address = parse_address(hop)
        if hop_address is None:
            return None  # a garbled chain: do not guess
        if not in_networks(hop_address, trusted_proxies):
            return hop_address
        address = hop_address
    return address


def is_allowed(address: IPAddress | None, allowed: Sequence[Network]) -> bool:
    return address is not None and in_networks(address, allowed)
