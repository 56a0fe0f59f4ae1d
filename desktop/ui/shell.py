"""What the window offers the panels and `*Actions` objects that live in it.

A panel or an actions object is built against a `WindowShell`, never against `MainWindow`:
it gets the store and the job runner, puts its actions and status-bar widgets where the
window says, and tells the user things through the window. `MainWindow` is the one real
shell; tests build an actions object against a small fake one.

Everything that owns timers or starts jobs is `Stoppable`: the window stops each of them
when it closes, without knowing what they run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Protocol
from uuid import UUID

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.store import AccountRow, SearchQuery, Store
from desktop.ui.runner import JobRunner
from shared_models.platforms import Platform

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class Place(Enum):
    """Where an action shows besides its shortcut (each place keeps the order of adding)."""

    TOOLBAR = "toolbar"
    FILE_MENU = "file"
    TOOLS_MENU = "tools"
    EDIT_MENU = "edit"


class WindowShell(Protocol):
    store: Store
    runner: JobRunner  # long work; the window cancels what is left when it closes

    def dialog_parent(self) -> QWidget:
        """The widget dialogs and message boxes open over (and the owner of their objects)."""
        ...

    def add_action(self, text: str, slot: Callable[[], object],
                   shortcut: Shortcut = None, tip: str = "",
                   places: Sequence[Place] = ()) -> QAction:
        """A window-wide action (its shortcut works anywhere in the window), shown in `places`."""
        ...

    def add_separator(self, place: Place) -> None: ...

    def add_status_widget(self, widget: QWidget, permanent: bool = False) -> None:
        """A widget in the status bar: on the left, or on the right when `permanent`."""
        ...

    def show_status(self, message: str, timeout_ms: int) -> None:
        """A passing message in the status bar."""
        ...

    def show_problem(self, title: str, message: str) -> object:
        """A failure in words, in a box that does not block the event loop."""
        ...

    def notify(self, title: str, message: str) -> None:
        """A desktop notification when long work ends (only if the user looks elsewhere)."""
        ...

    def selected_rows(self) -> list[AccountRow]: ...

    def refresh_after_change(self, changed: list[UUID] | None = None) -> None:
        """Records changed: repaint those accounts (None: rows added or removed, reload)."""
        ...

    def watch_edits(self, callback: Callable[[], None]) -> None:
        """Call `callback` after every edit, undo and redo the user makes."""
        ...

    def edited_elsewhere(self) -> None:
        """Records changed outside the edit history (an import, an undone import, a merge):
        tell those watching edits, as after an edit."""
        ...

    def current_platform(self) -> Platform:
        """The platform of the tab in front."""
        ...

    def shown_search(self, platform: Platform) -> tuple[SearchQuery, int]:
        """The search a platform's tab shows (its text, filters and sort) and how many
        accounts it found."""
        ...

    def show_connect(self) -> None:
        """Ask for the sync server and token (File → Connect to server)."""
        ...


class Stoppable(Protocol):
    def stop(self) -> None:
        """The window is closing: stop timers and cancel running jobs; start nothing new."""
        ...
