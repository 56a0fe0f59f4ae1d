"""Find the adapter class for each platform through the `influencer_desk.platforms` entry
points, so an installed plugin package can add a platform or replace a shipped adapter.

Entry point name = platform ("A", "B"); value = "module:Class" (a PlatformAdapter subclass).
When two distributions register the same platform, the one that is not Influencer Desk
itself wins (that is how a plugin replaces a shipped adapter).
"""

from __future__ import annotations

import logging
from importlib.metadata import EntryPoint, entry_points

from desktop.collect.adapters import PlatformAAdapter, PlatformAdapter, PlatformBAdapter
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, parse_platform

ENTRY_POINT_GROUP = "influencer_desk.platforms"
OWN_DISTRIBUTION = "influencer-desk"
BUILTIN: dict[Platform, type[PlatformAdapter]] = {
    Platform.A: PlatformAAdapter, Platform.B: PlatformBAdapter}

log = logging.getLogger(__name__)


AdapterClasses = dict[Platform, type[PlatformAdapter]]


def adapter_classes(points: list[EntryPoint] | None = None) -> AdapterClasses:
    """Platform -> adapter class; `points` defaults to the installed entry points."""
    found: AdapterClasses = dict(BUILTIN)
    from_plugin: set[Platform] = set()
    for point in points if points is not None else list(entry_points(group=ENTRY_POINT_GROUP)):
        try:
            platform = parse_platform(point.name)
        except InvalidValue:
            log.warning("Ignoring adapter %s: %r is not a known platform.", point.value,
                        point.name)
            continue
        dist = point.dist.name if point.dist is not None else ""
        own = dist.replace("_", "-").lower() == OWN_DISTRIBUTION
        if own and platform in from_plugin:
            continue  # a plugin already replaced the shipped adapter
        try:
            cls = point.load()
        except Exception:  # a broken plugin must not stop the app
            log.exception("Could not load the %s adapter %s.", platform, point.value)
            continue
        if not (isinstance(cls, type) and issubclass(cls, PlatformAdapter)):
            log.warning("Ignoring %s: not a PlatformAdapter subclass.", point.value)
            continue
        found[platform] = cls
        if not own:
            from_plugin.add(platform)
    return found


def adapter_class(platform: Platform) -> type[PlatformAdapter]:
    return adapter_classes()[platform]
