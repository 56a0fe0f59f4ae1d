"""Export…: what to export — the tab on screen, both platforms (one sheet each) or only the
selected rows — before choosing where to save it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import number


class ExportScope(Enum):
    TAB = "tab"  # the current tab's search
    BOTH = "both"  # the same search on both platforms, one sheet each
    SELECTED = "selected"  # only the selected rows


class ExportDialog(QDialog):
    def __init__(self, tab_label: str, tab_rows: int, both_rows: int, selected: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        self.choices = {
            ExportScope.TAB: QRadioButton(self.tr("{tab} as shown ({count} accounts)").format(
                tab=tab_label, count=number(tab_rows))),
            ExportScope.BOTH: QRadioButton(self.tr(
                "Both platforms, one sheet each ({count} accounts)").format(
                    count=number(both_rows))),
            ExportScope.SELECTED: QRadioButton(self.tr(
                "Only the selected rows ({count})").format(count=number(selected))),
        }
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to export?")))
        for button in self.choices.values():
            self.group.addButton(button)
            layout.addWidget(button)
        self.choices[ExportScope.SELECTED].setEnabled(selected > 0)
        self.choices[ExportScope.SELECTED if selected > 1 else ExportScope.TAB].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export …"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> ExportScope:
        return next(s for s, button in self.choices.items() if button.isChecked())
