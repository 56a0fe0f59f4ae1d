"""The layout the review dialogs share (conflicts, refused changes): a sentence, a read-only
table of rows to act on, and the actions beside a Close button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)


def review_list(dialog: QDialog, intro: str, headers: list[str],
                actions: list[QPushButton]) -> QTableWidget:
    """Lay out `dialog` and return its table (whole rows selected, not editable)."""
    text = QLabel(intro)
    text.setWordWrap(True)
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QHBoxLayout()
    for action in actions:
        buttons.addWidget(action)
    buttons.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    buttons.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    return table
