"""Administration (for desks connected with an administrator's token): devices and their
last sync, tokens (create, revoke), collection runs and conflicts, in local time. Every
request runs on the window's JobRunner; the calls are `desktop.admin`'s."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import admin
from desktop.store import Store
from desktop.ui.formatting import local_time as _local_time
from desktop.ui.runner import JobRunner
from shared_models.admin import AdminStatus, Role, TokenCreated


def local_time(moment: datetime | None) -> str:
    return _local_time(moment) or "—"


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()


class AdminDialog(QDialog):
    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None,
                 autoload: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.overview: AdminStatus | None = None
        self.token_ids: list[int] = []
        self.setWindowTitle(self.tr("Administration"))
        self.resize(900, 520)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.devices = _table([self.tr("Device"), self.tr("Token"), self.tr("App version"),
                               self.tr("Last sync"), self.tr("Last seen")])
        self.tokens = _table([self.tr("Name"), self.tr("Role"), self.tr("Created"),
                              self.tr("Last used"), self.tr("Devices"), self.tr("State")])
        self.runs = _table([self.tr("Platform"), self.tr("Last run"), self.tr("Device"),
                            self.tr("Accounts"), self.tr("Collected"), self.tr("Not found"),
                            self.tr("Errors"), self.tr("Blocked"), self.tr("Runs (24 h)")])
        self.conflicts = _table([self.tr("When"), self.tr("Record"), self.tr("Field"),
                                 self.tr("From token")])
        self.conflict_count = QLabel()
        self.create_button = QPushButton(self.tr("Create token …"))
        self.create_button.clicked.connect(self.ask_new_token)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.clicked.connect(self.revoke_selected)

        tokens_page = QWidget()
        tokens_layout = QVBoxLayout(tokens_page)
        tokens_layout.addWidget(self.tokens)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.create_button)
        buttons_row.addWidget(self.revoke_button)
        buttons_row.addStretch(1)
        tokens_layout.addLayout(buttons_row)
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(self.conflict_count)
        conflicts_layout.addWidget(self.conflicts)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(tokens_page, self.tr("Tokens"))
        self.tabs.addTab(self.runs, self.tr("Collection runs"))
        self.tabs.addTab(conflicts_page, self.tr("Conflicts"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        refresh = close.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        if autoload:
            self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        self.message.setText(self.tr("Asking the sync server …"))
        store = self.store
        self.runner.start(self.tr("Administration"), lambda _ctx: admin.overview(store),
                          on_done=self.show_overview, on_error=self._failed, quiet=True)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def show_overview(self, overview: AdminStatus) -> None:
        self.overview = overview
        self.message.setText(self.tr("As of {time} (times are this computer's local time).")
                             .format(time=local_time(overview.generated_at)))
        _fill(self.devices, [(d.device_id[:12], d.token_name, d.app_version,
                              local_time(d.last_sync_at), local_time(d.last_seen_at))
                             for d in overview.devices])
        self.token_ids = [t.id for t in overview.tokens]
        _fill(self.tokens, [(t.name, self._role(t.role), local_time(t.created_at),
                             local_time(t.last_used_at), t.devices,
                             self.tr("Revoked {time}").format(time=local_time(t.revoked_at))
                             if t.revoked_at else self.tr("Active"))
                            for t in overview.tokens])
        _fill(self.runs, [(p.label, local_time(p.last_run.finished_at) if p.last_run else "—",
                           p.last_run.token_name if p.last_run else "",
                           p.last_run.total if p.last_run else "",
                           p.last_run.ok if p.last_run else "",
                           p.last_run.not_found if p.last_run else "",
                           p.last_run.error if p.last_run else "",
                           p.last_run.blocked if p.last_run else "", p.runs_24h)
                          for p in overview.collection])
        self.conflict_count.setText(self.tr(
            "{open} conflict(s) open, {recent} in the last 24 hours. Desks resolve their own "
            "conflicts under File → Conflicts.").format(open=overview.conflicts.open,
                                                       recent=overview.conflicts.last_24h))
        _fill(self.conflicts, [(local_time(c.created_at), f"{c.entity} {str(c.record_id)[:8]}",
                                c.field, c.token_name) for c in overview.conflicts.recent])

    def _role(self, role: str) -> str:
        return self.tr("Administrator") if role == Role.ADMIN else self.tr("Staff")

    # -- tokens ----------------------------------------------------------------------------

    def ask_new_token(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Create token"), self.tr(
            "Whose desk or which office is the token for?"))
        if ok and name.strip():
            self.create(name)

    def create(self, name: str, role: Role = Role.STAFF) -> None:
        store = self.store
        self.runner.start(self.tr("Create token"),
                          lambda _ctx: admin.create_token(store, name, role),
                          on_done=self._created, on_error=self._failed, quiet=True)

    def _created(self, created: TokenCreated) -> None:
        self.created = created
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("New token"), self.tr(
            "The token for {name} is shown only now. Copy it and give it to them; they enter "
            "it under File → Connect to server.").format(name=created.name),
            QMessageBox.StandardButton.Close, self)
        box.setDetailedText(created.token)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.open()
        self.token_box = box
        self.load()

    def selected_token(self) -> int | None:
        row = self.tokens.currentRow()
        return self.token_ids[row] if 0 <= row < len(self.token_ids) else None

    def revoke_selected(self, confirm: bool = True) -> None:
        token_id = self.selected_token()
        if token_id is None:
            self.message.setText(self.tr("Select the token to revoke."))
            return
        name = self.tokens.item(self.tokens.currentRow(), 0).text()
        if confirm and QMessageBox.question(self, self.tr("Revoke token"), self.tr(
                "Revoke the token {name}? Desks that use it can no longer sync.").format(
                    name=name)) != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        self.runner.start(self.tr("Revoke token"),
                          lambda _ctx: admin.revoke_token(store, token_id),
                          on_done=lambda _token: self.load(), on_error=self._failed,
                          quiet=True)
