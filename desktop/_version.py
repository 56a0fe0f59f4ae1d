"""The one place the version is written; pyproject.toml reads it (setuptools dynamic
version), so the package metadata, the bundle and `--version` agree. A constant rather than
`importlib.metadata`, whose import alone cost ~40 ms of the window's start-up."""

__version__ = "0.1.0"
