"""Form rows with an inline message under the field, in words a user understands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
