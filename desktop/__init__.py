"""The Influencer Desk desktop app: local-first store, sync, Excel, collection, reports, UI."""

from desktop._version import __version__

__all__ = ["__version__"]
