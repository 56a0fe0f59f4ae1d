"""The Influencer Desk desktop app: local-first store, sync, Excel, collection, reports, UI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("influencer-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
