"""The detail pane's "Consent forms" section: the influencer's forms (name, date, who, size),
Add… (or drop files on the section), Open with the system viewer, Remove.

Every action is a `desktop.sync.attachments.ConsentForms` call; opening a form that is not on
this computer downloads it (verified by sha256) through the shell's JobRunner, off the UI
thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import JobContext
from desktop.ui.formatting import local_date
from desktop.ui.runner import user_message
from desktop.ui.shell import WindowShell
from desktop.ui.translation import shown
from shared_models.attachments import ACCEPTED_NAMES

if TYPE_CHECKING:  # the sync stack (HTTP, pydantic) loads when forms are first shown
    from desktop.sync.attachments import ConsentForm, ConsentForms

FORM_ID_ROLE = Qt.ItemDataRole.UserRole


def open_with_system_viewer(path: Path) -> bool:
    """Whether the system found a program for the file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ConsentSection(QGroupBox):
    """The consent forms of the influencer shown in the detail pane."""

    changed = Signal()  # a form was added or removed here: the window syncs it now

    def __init__(self, shell: WindowShell, parent: QWidget | None = None,
                 forms: ConsentForms | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent forms"))
        self.shell = shell
        self.store = shell.store
        self._forms = forms
        self.influencer_id: UUID | None = None
        self.open_file: Callable[[Path], bool] = open_with_system_viewer
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("Drop {kinds} files here to add them.").format(
            kinds=shown(ACCEPTED_NAMES)))

        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Date"), self.tr("Who"),
                                     self.tr("Size")])
        self.table.setRootIsDecorated(False)
        self.table.setMinimumHeight(60)
        self.table.setMaximumHeight(140)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.open_selected())

        self.add_button = QPushButton(self.tr("Add…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("consentMessage")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.show_influencer(None)

    @property
    def forms(self) -> ConsentForms:
        if self._forms is None:
            # Start-up: the sync stack (HTTP) adds ~230 ms to opening the window.
            from desktop.sync.attachments import ConsentForms

            self._forms = ConsentForms(self.store)
        return self._forms

    # -- showing -----------------------------------------------------------------------------

    def show_influencer(self, influencer_id: UUID | None) -> None:
        if influencer_id != self.influencer_id:
            self.message.setText("")
        self.influencer_id = influencer_id
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        enabled = self.influencer_id is not None
        self.add_button.setEnabled(enabled)
        if self.influencer_id is not None:
            for form in self.forms.of_influencer(self.influencer_id):
                self.table.addTopLevelItem(self._item(form))
            for column in range(4):
                self.table.resizeColumnToContents(column)
        self._update_buttons()

    def _item(self, form: ConsentForm) -> QTreeWidgetItem:
        record = form.record
        when = local_date(record.created_at)
        who = record.uploaded_by or (self.tr("this computer") if not form.synced else "—")
        item = QTreeWidgetItem([record.file_name, when, who, form.size_text])
        item.setData(0, FORM_ID_ROLE, record.id)
        notes = [record.media_type]
        if not form.synced:
            notes.append(self.tr("Not sent yet: it is uploaded with the next sync."))
        if not form.cached:
            notes.append(self.tr("Not on this computer yet: Open downloads it."))
        item.setToolTip(0, "\n".join(notes))
        return item

    def selected_id(self) -> UUID | None:
        items = self.table.selectedItems()
        return items[0].data(0, FORM_ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- actions -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add consent forms"), "",
            self.tr("Consent forms (*.pdf *.jpg *.jpeg *.png *.heic *.docx);;All files (*)"))
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, files: Sequence[Path]) -> None:
        """Add files as the shown influencer's forms (a quick local copy; syncs later)."""
        if self.influencer_id is None or not files:
            return
        try:
            added = self.forms.add(self.influencer_id, files)
        except Exception as exc:
            self.message.setText(shown(user_message(exc)))
            return
        self.refresh()
        names = ", ".join(r.file_name for r in added)
        self.message.setText(self.tr("Added {names}. It is uploaded with the next sync.").format(
            names=names))
        self.changed.emit()

    def open_selected(self) -> None:
        form_id = self.selected_id()
        if form_id is None:
            return
        form = self.forms.get(form_id)
        if not form.cached:
            self.message.setText(self.tr("Downloading {file}…").format(file=form.record.file_name))

        def work(ctx: JobContext) -> Path:
            return self.forms.viewing_copy(form_id, ctx)

        self.shell.runner.start(self.tr("Opening {file}").format(file=form.record.file_name),
                                work, on_done=self._opened,
                                on_error=lambda message: self.message.setText(shown(message)))

    def _opened(self, path: Path) -> None:
        self.message.setText("")
        self.refresh()
        if not self.open_file(path):
            self.message.setText(self.tr(
                "This computer has no program that opens {kind} files, so {name} could not "
                "be shown. Install a viewer for {kind} files; a copy is in {folder}.").format(
                    kind=path.suffix.lstrip(".").upper() or self.tr("these"), name=path.name,
                    folder=str(path.parent)))

    def remove_selected(self) -> None:
        form_id = self.selected_id()
        if form_id is None:
            return
        name = self.forms.get(form_id).record.file_name
        if not self.confirm(self.tr("Remove the consent form '{name}'? It disappears from "
                                    "every computer after the next sync; an administrator can "
                                    "restore it.").format(name=name)):
            return
        try:
            self.forms.remove(form_id)
        except Exception as exc:
            self.message.setText(shown(user_message(exc)))
            return
        self.refresh()
        self.message.setText(self.tr("Removed {name}.").format(name=name))
        self.changed.emit()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove consent form"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.influencer_id is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(files)
