"""The main window: one tab per platform, search and filters, the detail pane, and the
actions staff use every day. Work that takes time goes through `JobRunner`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.changes.merge import follow_merged
from desktop.store import AccountRow, SearchQuery, Store
from desktop.ui import undo
from desktop.ui.account_actions import AccountActions
from desktop.ui.account_model import AccountTableModel
from desktop.ui.account_table import AccountTable
from desktop.ui.change_actions import ChangeActions
from desktop.ui.collect_actions import CollectActions
from desktop.ui.detail_pane import DetailPane
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from desktop.ui.excel_actions import SPREADSHEET_SUFFIXES, ExcelActions
from desktop.ui.filter_panel import FilterPanel, SearchBox
from desktop.ui.formatting import number
from desktop.ui.icons import app_icon
from desktop.ui.job_progress import JobProgress
from desktop.ui.links import open_web_link
from desktop.ui.people_panel import PeopleWithoutAccounts
from desktop.ui.report_actions import ReportActions
from desktop.ui.runner import JobRunner
from desktop.ui.shell import Place, Shortcut, Stoppable
from desktop.ui.shortcuts import WindowShortcutsFirst
from desktop.ui.sync_actions import SyncActions
from desktop.ui.translation import platform_label, shown
from shared_models.platforms import Platform


class MainWindow(QMainWindow):
    """The `WindowShell` the panels and actions objects live in."""

    search_applied = Signal()  # every tab shows the result of the latest search

    def __init__(self, store: Store, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings or QSettings()
        self.runner = JobRunner(self)
        # Searches get their own workers, so they never queue behind a long import or
        # collection run on the main runner.
        self.search_runner = JobRunner(self, max_threads=2)
        self._after_search: Callable[[], None] | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Influencer Desk"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.search_box = SearchBox()
        self.search_box.search_changed.connect(lambda _: self.apply_search())
        self.search_box.returnPressed.connect(self.search_box.flush)
        self.match_count = QLabel()
        self.filters = FilterPanel()
        self.filters.filters_changed.connect(self.apply_search)

        self.models: dict[Platform, AccountTableModel] = {}
        self.tables: dict[Platform, AccountTable] = {}
        self.tabs = QTabWidget()
        for platform in Platform:
            model = AccountTableModel(store, platform, self, runner=self.search_runner)
            table = AccountTable(model)
            table.selection_changed.connect(self._selection_changed)
            table.customContextMenuRequested.connect(
                lambda pos, t=table: self._context_menu(t, pos))
            model.total_changed.connect(lambda _total: self._update_counts())
            model.search_done.connect(self._search_done)
            model.search_failed.connect(
                lambda message: self.statusBar().showMessage(
                    self.tr("Search failed: {message}").format(message=shown(message)), 8000))
            self.models[platform], self.tables[platform] = model, table
            self.tabs.addTab(table, platform_label(platform))
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())

        self.detail = DetailPane(self)
        self.detail.account_activated.connect(self.jump_to_account)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.match_count)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.tabs, 1)
        # On the main runner: the scan after a change must not hold up a search worker.
        self.people_panel = PeopleWithoutAccounts(store, self.add_account_to_influencer,
                                                  self.runner)
        left_layout.addWidget(self.people_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 420])
        detail_scroll.setMinimumWidth(360)
        self.setCentralWidget(self.splitter)

        self.filter_dock = QDockWidget(self.tr("Filters"), self)
        self.filter_dock.setObjectName("filters")
        self.filter_dock.setWidget(self.filters)
        self.filters.setMaximumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)

        self.job_progress = JobProgress()
        self.runner.job_started.connect(self.job_progress.track)
        self.statusBar().addPermanentWidget(self.job_progress)

        self.tray = (QSystemTrayIcon(app_icon(), self)
                     if QSystemTrayIcon.isSystemTrayAvailable() else None)
        if self.tray is not None:
            self.tray.show()
        self._build_actions()
        self.excel_actions = ExcelActions(self)
        self.collect_actions = CollectActions(self)
        self.sync_actions = SyncActions(self)
        self.report_actions = ReportActions(self)
        self.change_actions = ChangeActions(self, search=lambda: replace(
            self.models[self.platform].query, platform=None, offset=0, limit=None))
        self.detail.history.export_requested.connect(self.change_actions.export_history)
        self.account_actions = AccountActions(self, self.undo_stack)
        self.shortcuts_first = WindowShortcutsFirst(self)
        self.act_admin = self.add_action(
            self.tr("Administration …"), self.show_admin,
            tip=self.tr("Devices, tokens, collection runs and conflicts on the sync server "
                        "(needs an administrator's token)"), places=(Place.TOOLS_MENU,))
        # A consent form added or removed is sent right away (its file is the slow part).
        self.detail.consent.changed.connect(lambda: self.sync_actions.after_edit(0))
        # What keeps timers or starts jobs: stopped when the window closes.
        self.stoppables: list[Stoppable] = [
            self.collect_actions, self.sync_actions, self.report_actions, self.excel_actions,
            self.change_actions, self.account_actions]
        self._build_file_menu()
        self._update_counts()
        self.restore_layout()

    # --- actions ---------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: Shortcut = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text} ({keys})"
                          if shortcut else tip or text)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    # --- the WindowShell the panels and actions objects use -------------------------------
    def dialog_parent(self) -> QWidget:
        return self

    def add_action(self, text: str, slot: Callable[[], object],
                   shortcut: Shortcut = None, tip: str = "",
                   places: Sequence[Place] = ()) -> QAction:
        action = self._action(text, slot, shortcut, tip)
        for place in places:
            self._place(place).addAction(action)
        return action

    def add_separator(self, place: Place) -> None:
        self._place(place).addSeparator()

    def _place(self, place: Place) -> QToolBar | QMenu:
        places: dict[Place, QToolBar | QMenu] = {
            Place.TOOLBAR: self.toolbar, Place.FILE_MENU: self.file_menu,
            Place.TOOLS_MENU: self.tools_menu, Place.EDIT_MENU: self.edit_menu}
        return places[place]

    def add_status_widget(self, widget: QWidget, permanent: bool = False) -> None:
        if permanent:
            self.statusBar().addPermanentWidget(widget)
        else:
            self.statusBar().addWidget(widget)

    def show_status(self, message: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def watch_edits(self, callback: Callable[[], None]) -> None:
        self.undo_stack.indexChanged.connect(lambda _index: callback())

    def edited_elsewhere(self) -> None:
        self.undo_stack.indexChanged.emit(self.undo_stack.index())

    def current_platform(self) -> Platform:
        return self.platform

    def shown_search(self, platform: Platform) -> tuple[SearchQuery, int]:
        model = self.models[platform]
        return model.query, model.total

    def _build_actions(self) -> None:
        self.act_find = self._action(self.tr("Search"), self.focus_search,
                                     QKeySequence.StandardKey.Find)
        self.act_new = self._action(self.tr("Add influencer"), self.add_influencer,
                                    QKeySequence.StandardKey.New,
                                    self.tr("Add an influencer with their accounts"))
        self.act_add_account = self._action(self.tr("Add account"),
                                            lambda: self.add_account_to_influencer(),
                                            "Ctrl+Shift+N",
                                            self.tr("Add an account to an influencer in the list"))
        self.act_edit = self._action(self.tr("Edit"), self.edit_selected, "F2")
        self.act_delete = self._action(self.tr("Delete"), self.delete_selected,
                                       QKeySequence.StandardKey.Delete)
        self.act_restore = self._action(self.tr("Restore"), self.restore_selected)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.act_undo, self.act_redo])
        self.act_open_profile = self._action(self.tr("Open profile"), self.open_profiles)
        self.act_copy_handle = self._action(self.tr("Copy handle"), lambda: self._copy("handle"))
        self.act_copy_url = self._action(self.tr("Copy profile URL"),
                                     lambda: self._copy("profile_url"))
        self.act_about = self._action(self.tr("About Influencer Desk"), self.show_about)
        self.act_filters = self.filter_dock.toggleViewAction()
        self.act_filters.setText(self.tr("Filters"))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (self.act_new, self.act_add_account, self.act_edit, self.act_delete,
                       self.act_undo):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.toolbar = toolbar
        self.addToolBar(toolbar)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        for action in (self.act_new, self.act_add_account, self.act_edit, self.act_delete,
                       self.act_restore, self.act_undo, self.act_redo, self.act_find):
            edit_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_filters)
        self.tools_menu = menu.addMenu(self.tr("&Tools"))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        self._selection_changed()

    def _build_file_menu(self) -> None:
        self.act_connect = self._action(self.tr("Connect to server …"), self.show_connect)
        self.act_conflicts = self._action(self.tr("Conflicts …"),
                                          self.sync_actions.show_conflicts)
        self.act_settings = self._action(self.tr("Settings …"), self.show_settings,
                                         QKeySequence.StandardKey.Preferences)
        self.act_quit = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.act_connect, self.act_conflicts, self.act_settings):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

    def show_connect(self) -> None:
        # Start-up: the dialog's sync client (HTTP) adds ~240 ms to opening the window.
        from desktop.ui.dialogs.connect_dialog import ConnectDialog

        if ConnectDialog(self.store, self.runner, self).exec():
            self.sync_actions.refresh_status()
            self.sync_actions.sync(user=True)

    def show_admin(self) -> QDialog:
        # Start-up: the admin view's HTTP client adds ~230 ms to opening the window.
        from desktop.ui.dialogs.admin_dialog import AdminDialog

        dialog = AdminDialog(self.store, self.runner, self)
        dialog.open()
        self.admin_dialog = dialog
        return dialog

    def show_settings(self) -> None:
        # Start-up: the settings' checks (the collector's rate policy) add ~60 ms to the start.
        from desktop.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.store, self, on_connect=self.show_connect).exec():
            self.collect_actions.update_schedule_label()
            self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    # --- search ----------------------------------------------------------------------------
    @property
    def platform(self) -> Platform:
        return list(Platform)[self.tabs.currentIndex()]

    @property
    def table(self) -> AccountTable:
        return self.tables[self.platform]

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def apply_search(self) -> None:
        """Search every tab for what is typed and filtered. The searches run on workers;
        the rows, counts and selection follow when they return (`search_applied`)."""
        query = self.filters.query(self.search_box.text().strip())
        self.people_panel.show_matching(query.text, enabled=not query.deleted)
        for platform, model in self.models.items():
            # Only the tab on screen reads its first rows now; the others just count.
            model.set_query(query, first_page=platform is self.platform)

    @property
    def searching(self) -> bool:
        return any(model.searching for model in self.models.values())

    def _search_done(self) -> None:
        if self.searching:
            return  # another tab's result is still on its way
        self._update_counts()
        after, self._after_search = self._after_search, None
        if after is not None:
            after()
        self._selection_changed()
        self.search_applied.emit()

    def _tab_changed(self) -> None:
        self._update_counts()
        self._selection_changed()

    def _update_counts(self) -> None:
        if not hasattr(self, "tabs"):
            return
        for index, platform in enumerate(Platform):
            total = self.models[platform].total if platform in self.models else 0
            self.tabs.setTabText(index, f"{platform_label(platform)}  ({number(total)})")
        if self.platform in self.models:
            total = self.models[self.platform].total
            text = self.tr("{count} account") if total == 1 else self.tr("{count} accounts")
            self.match_count.setText(text.format(count=number(total)))

    def refresh_after_change(self, changed: list[UUID] | None = None) -> None:
        """Rows added or removed: recount; only edited: repaint those rows in place. Either
        way the user keeps their place: selection, current row, scroll, detail pane."""
        if changed is None:
            places = {platform: table.place() for platform, table in self.tables.items()}
            for platform, model in self.models.items():
                model.reload()
                self.tables[platform].restore_place(places[platform])
            self.people_panel.show_matching(self.search_box.text().strip(),
                                            enabled=not self.filters.deleted.isChecked())
        else:
            for model in self.models.values():
                model.refresh_accounts(changed)
        self._update_counts()
        self._selection_changed()

    # --- selection and detail --------------------------------------------------------------
    def _selection_changed(self) -> None:
        if not hasattr(self, "act_delete"):
            return
        rows = self.table.selected_rows()
        deleted_view = self.filters.deleted.isChecked()
        self.act_delete.setEnabled(bool(rows) and not deleted_view)
        self.act_restore.setEnabled(bool(rows) and deleted_view)
        self.act_edit.setEnabled(len(rows) == 1)
        if hasattr(self, "account_actions"):
            self.account_actions.update_enabled()
        for action in (self.act_open_profile, self.act_copy_handle, self.act_copy_url):
            action.setEnabled(bool(rows))
        current = self.table.current_row() or (rows[0] if rows else None)
        self.detail.show_account(current.id if current else None)

    def jump_to_account(self, account_id: UUID) -> None:
        """Show an account from the detail pane in its platform's tab, selected."""
        account = self.store.get_account(account_id)
        if account is None:
            return
        platform = Platform(account.platform)
        self.tabs.setCurrentIndex(list(Platform).index(platform))
        if self.tables[platform].select_account(account_id):
            self.detail.show_account(account_id)
            return

        def select() -> None:
            self.tabs.setCurrentIndex(list(Platform).index(platform))
            self.tables[platform].select_account(account_id)
            self.detail.show_account(account_id)

        # Not in the current result: search for the handle, then select it in the result.
        self._after_search = select
        self.search_box.setText(account.handle)
        self.search_box.flush()
        self.detail.show_account(account_id)

    # --- add / edit / delete ---------------------------------------------------------------
    def add_influencer(self) -> None:
        dialog = InfluencerDialog(self.store, self, first_platform=self.platform)
        if dialog.exec() and dialog.influencer_id:
            influencer_id = dialog.influencer_id
            name = dialog.name.text()
            self.undo_stack.push(undo.added_influencer(
                self.store, influencer_id, name, after=self.refresh_after_change))
            if dialog.created_account_ids:
                self._show_added(dialog.created_account_ids[0], name)
            else:
                self.statusBar().showMessage(self.tr("Added {name}.").format(name=name), 5000)

    def _show_added(self, account_id: UUID, name: str) -> None:
        """Select a new account where it is in the current search; the search itself stays
        as the user typed it (the detail pane shows the new person either way)."""
        account = self.store.get_account(account_id)
        if account is not None and self.tables[Platform(account.platform)].select_account(
                account_id):
            self.tabs.setCurrentIndex(list(Platform).index(Platform(account.platform)))
            self.statusBar().showMessage(self.tr("Added {name}.").format(name=name), 5000)
            return
        self.detail.show_account(account_id)
        self.statusBar().showMessage(self.tr(
            "Added {name}. The current search does not include them; they are shown on the "
            "right.").format(name=name), 8000)

    def add_account_to_influencer(self, person: UUID | None = None) -> None:
        current = self.table.current_row()
        if person is None and current is not None:
            person = current.influencer_id
        if person is not None:  # merged since the list was shown: their new record
            followed = follow_merged(self.store, person)
            if followed.message:
                self.statusBar().showMessage(shown(followed.message), 8000)
            person = followed.person.id if followed.person else person
        dialog = AccountDialog(self.store, self, person, self.platform)
        if dialog.exec() and dialog.account_id:
            self.undo_stack.push(undo.added_account(self.store, dialog.account_id,
                                                    after=self.refresh_after_change))
            self.jump_to_account(dialog.account_id)

    def edit_selected(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        before = self.store.get_influencer(row.influencer_id)
        dialog = InfluencerDialog(self.store, self, influencer_id=row.influencer_id)
        if dialog.exec() and before is not None:
            after = self.store.get_influencer(row.influencer_id)
            fields = ("name", "phone", "tags", "notes")
            old = {f: getattr(before, f) for f in fields}
            new = {f: getattr(after, f) for f in fields} if after else old
            ids = [a.id for a in self.store.accounts_of(row.influencer_id)]
            self.undo_stack.push(undo.edited_influencer(
                self.store, row.influencer_id, old, new,
                after=lambda: self.refresh_after_change(ids)))

    def delete_selected(self) -> None:
        rows = self.table.selected_rows()
        if not rows:
            return
        ids = [r.id for r in rows]
        self.undo_stack.push(undo.delete_accounts(self.store, ids, self.refresh_after_change))
        what = (f"@{rows[0].handle}" if len(rows) == 1
                else self.tr("{count} accounts").format(count=number(len(rows))))
        self.statusBar().showMessage(
            self.tr("Deleted {what}. Undo with Ctrl+Z, or find it under Filters → Recently "
                    "deleted.").format(what=what), 8000)

    def restore_selected(self) -> None:
        ids = [r.id for r in self.table.selected_rows()]
        if ids:
            self.undo_stack.push(undo.restore_accounts(self.store, ids,
                                                       self.refresh_after_change))

    # --- context menu and small row actions -------------------------------------------------
    def _context_menu(self, table: AccountTable, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.act_open_profile, self.act_copy_handle, self.act_copy_url):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.row_actions():
            menu.addAction(action)
        menu.exec(table.viewport().mapToGlobal(pos))

    def row_actions(self) -> list[QAction]:
        """Actions for the selected rows; later areas (collect, export) add theirs."""
        return [self.act_edit, *self.account_actions.row_actions(), self.act_add_account,
                self.act_delete, self.act_restore, *self.collect_actions.row_actions(),
                *self.excel_actions.row_actions()]

    def open_profiles(self) -> None:
        for row in self.table.selected_rows()[:10]:
            open_web_link(row.profile_url)

    def _copy(self, field: str) -> None:
        values = [str(getattr(row, field)) for row in self.table.selected_rows()]
        QGuiApplication.clipboard().setText("\n".join(values))

    def selected_rows(self) -> list[AccountRow]:
        return self.table.selected_rows()

    def show_problem(self, title: str, message: str) -> QMessageBox:
        """A failure in words, as a window-modal box that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, shown(message),
                          QMessageBox.StandardButton.Close, self)
        box.open()
        self.problem_box = box
        return box

    def notify(self, title: str, message: str) -> None:
        """A desktop notification when long work ends, only if staff look elsewhere."""
        if self.tray is not None and not self.isActiveWindow():
            self.tray.showMessage(title, shown(message), app_icon(), 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Influencer Desk"),
            f"<h3>{self.windowTitle()} {__version__}</h3><p>"
            + self.tr("Influencers, their Platform A and Platform B accounts, metrics and "
                      "Excel workflows — local-first, synced with your office's server.")
            + "</p>")

    # --- drop a spreadsheet to import it -----------------------------------------------------
    @staticmethod
    def _dropped_spreadsheet(event: QDropEvent | QDragEnterEvent) -> Path | None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in SPREADSHEET_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_spreadsheet(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_spreadsheet(event)
        if path is not None:
            event.acceptProposedAction()
            self.excel_actions.open_wizard(path)

    # --- window state ----------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for table in self.tables.values():
            table.restore_layout(self.settings)
            header = table.horizontalHeader()
            table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for table in self.tables.values():
            table.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop running work cleanly (it resumes next time) and remember the layout."""
        for stoppable in self.stoppables:
            stoppable.stop()
        self.runner.cancel_all()  # what else runs (an import, an export, a download)
        self.runner.wait(15_000)
        self.search_runner.wait(15_000)
        # Deliver the stopped jobs' last signals now, while the store is still open.
        QCoreApplication.processEvents()
        self.save_layout()
        super().closeEvent(event)
