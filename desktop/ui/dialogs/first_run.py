"""The first time the app opens with nothing in it: connect to the office's server, try the
demo, or just start (everything works offline and syncs once connected)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunDialog(QDialog):
    CONNECT, DEMO, OFFLINE = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Influencer Desk"))
        self.choice = self.OFFLINE
        title = QLabel(f"<h2>{self.windowTitle()}</h2>")
        text = QLabel(self.tr("Keep every influencer, their Platform A and Platform B accounts "
                              "and their metrics in one list that all your colleagues share."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        for label, choice in ((self.tr("Connect to your office's server …"), self.CONNECT),
                              (self.tr("Try it with demo data"), self.DEMO),
                              (self.tr("Start without a server for now"), self.OFFLINE)):
            button = QPushButton(label)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
