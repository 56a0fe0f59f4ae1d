"""Opening links from the window: web addresses only.

A profile URL comes from other desks, workbooks and platforms; the operating system would
run a `file:`, `ms-msdt:` or `javascript:` link, so anything but http(s) is refused here,
whatever the value's way in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from shared_models.platforms import is_web_address

log = logging.getLogger(__name__)


def open_web_link(url: str | None) -> bool:
    """Open `url` in the browser if it is an http(s) address; False (and a log line without
    the address) otherwise."""
    if not url or not is_web_address(url):
        log.warning("refused to open a link that is not an http(s) address")
        return False
    return QDesktopServices.openUrl(QUrl(url.strip()))
