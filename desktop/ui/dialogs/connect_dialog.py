"""Connect this desktop to the office's sync service: server URL and token (the token goes
into the OS keyring). The check runs off the UI thread; problems show under the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store import Store
from desktop.sync import connect
from desktop.ui.dialogs.fields import FieldWithMessage
from desktop.ui.runner import JobRunner
from shared_models.texts import Text


class ConnectDialog(QDialog):
    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.setWindowTitle(self.tr("Connect to your office's server"))
        self.setMinimumWidth(520)
        self.server = QLineEdit(store.sync_state().server_url or "",
                                placeholderText="https://desk.your-office.example")
        self.token = QLineEdit(placeholderText=self.tr("the token your administrator gave you"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {"server": FieldWithMessage(self.server),
                      "token": FieldWithMessage(self.token)}
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.boxes["server"])
        form.addRow(self.tr("Token"), self.boxes["token"])
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your changes stay on this computer and are sent to the "
                                        "server whenever it can be reached.")))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def try_connect(self) -> None:
        server, token = self.server.text().strip(), self.token.text().strip()
        self.boxes["server"].show_error(None if server
                                        else self.tr("Enter the server's address."))
        self.boxes["token"].show_error(None if token else self.tr("Enter your token."))
        if not server or not token:
            return
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Checking the server …"))
        self.runner.start(self.tr("Connecting"), lambda ctx: connect(self.store, server, token),
                          on_done=self._connected, on_error=self._failed, quiet=True)

    def _connected(self, answer: object) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(self.tr("Connected."))
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText("")
        english = message.template if isinstance(message, Text) else message  # before translation
        field = "token" if "token" in english.lower() else "server"
        self.boxes[field].show_error(message)
