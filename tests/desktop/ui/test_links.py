"""The window hands the operating system web addresses only (issue 17, finding 3): a profile
URL that came from another desk or a workbook as `file:`, `ms-msdt:` or `javascript:` is
never opened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop.ui.links import open_web_link

SCHEMES = ("http", "https", "file", "ms-msdt", "javascript", "smb")


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def recorder(qapp: object) -> Iterator[Recorder]:
    """Stands in for the browser and the shell: what Qt would have launched, per scheme."""
    handler = Recorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.mark.parametrize("url", [
    "file:///home/staff/.bashrc",
    "ms-msdt:/id PCWDiagnostic /skip force",
    "javascript:alert(1)",
    "smb://attacker/share",
    "https://",  # no host
    "  ",
])
def test_links_that_are_not_web_addresses_are_never_opened(recorder: Recorder,
                                                           url: str) -> None:
    assert open_web_link(url) is False
    assert recorder.opened == []


def test_a_profile_address_opens_in_the_browser(recorder: Recorder) -> None:
    assert open_web_link(" https://b.example.com/kim.minji ")
    assert open_web_link("http://a.example.com/blog_01")
    assert recorder.opened == ["https://b.example.com/kim.minji", "http://a.example.com/blog_01"]
