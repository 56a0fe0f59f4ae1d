"""Form rows with an inline message under the field, in words a user understands."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.translation import shown

ERROR_STYLE = "color: #c92a2a; font-size: 11px;"


class FieldWithMessage(QWidget):
    """Wraps an input widget and shows a red sentence under it when something is wrong."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.message)

    def show_error(self, text: str | None) -> None:
        """`text` may be a service's user_text() sentence: it is shown in the user's language."""
        self.message.setText(shown(text) if text else "")
        self.message.setVisible(bool(text))
        self.field.setStyleSheet("border: 1px solid #c92a2a;" if text else "")


class NotesEdit(QPlainTextEdit):
    """A notes box where Tab moves on to the next field, as in every other field; Ctrl+Tab
    types a tab for the rare note that wants one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Tab
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Tab would otherwise move the focus out of the dialog's tab chain.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.keyPressEvent(event)
            return True
        return super().event(event)
