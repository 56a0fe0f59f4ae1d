"""The window's shortcuts work wherever the focus is.

A text box claims some Ctrl+letter keys before the window sees them (on Linux, Qt's line
edit takes Ctrl+E for "end of line", so Export did nothing while the search box had focus).
This filter lets the window's own shortcuts win over those claims, except for the keys
people edit text with (copy, paste, undo, select all, delete, moving the cursor)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_TEXT_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
              QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
              QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
              QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace,
              QKeySequence.StandardKey.DeleteStartOfWord,
              QKeySequence.StandardKey.DeleteEndOfWord)
_NAVIGATION = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
               Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class WindowShortcutsFirst(QObject):
    """Installed on the application; acts only on key presses inside `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _window_shortcut(self, event: QKeyEvent) -> bool:
        function_key = Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35
        typing = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                       Qt.KeyboardModifier.ShiftModifier) and not function_key
        if typing or event.key() in _NAVIGATION:
            return False  # typing, or moving the cursor
        if any(event.matches(key) for key in _TEXT_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.shortcut() == pressed and action.isEnabled()
                   for action in self.window.actions())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget) and watched.window() is self.window
                and self._window_shortcut(event)):
            event.ignore()  # not the text box's: the window's shortcut runs
            return True
        return False
