"""The import wizard: pick a file and sheet, see and fix the column mapping, preview what
would change (new / updated / unchanged / invalid, with the invalid rows and why), choose
the duplicate policy, import, and save an error report. Every step is a step of the one
import pipeline (desktop/excel/importing/pipeline.py, the same the CLI runs) on a worker: the wizard
renders the plan and the user's choices, and on "Import" asks the pipeline to apply the file
with those choices. Nothing is written before "Import"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.excel.importing.fields import FIELDS, IGNORE
from desktop.excel.importing.pipeline import ImportOptions, ImportPipeline, PreparedImport
from desktop.excel.importing.plan import Action, ImportPlan, OnDuplicate
from desktop.excel.importing.presets import load_presets, save_preset
from desktop.excel.importing.result import ImportResult
from desktop.excel.importing.rowplan import row_plans
from desktop.store import Store
from desktop.store.bulkrecords import Applied
from desktop.ui.dialogs.import_changes import ImportChanges
from desktop.ui.formatting import number
from desktop.ui.runner import Job, JobRunner, user_message
from desktop.ui.translation import current_language, shown

SAMPLE_ROWS = 3


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Title rows "
                                 "above the header are fine."))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Browse …"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(lambda _: self.read())
        self.preset = QComboBox()
        self.preset.addItem(self.tr("(recognise the columns)"), None)
        for name in sorted(load_presets(wizard.store.data_dir)):
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(lambda _: self.read())
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        for label, widget in ((self.tr("Sheet"), self.sheet),
                              (self.tr("Saved column mapping"), self.preset)):
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from Excel"), "",
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            names = self.w.pipeline.sheet_names(path)
        except Exception as exc:  # FileRefused and friends carry a sentence
            self.w.prepared = None
            self.status.setText(f"<span style='color:#c92a2a'>{shown(user_message(exc))}</span>")
            self.completeChanged.emit()
            return
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.blockSignals(False)
        self.read()

    def read(self) -> None:
        path = self.path.text()
        if not path:
            return
        preset_name = self.preset.currentData()
        preset = load_presets(self.w.store.data_dir).get(preset_name) if preset_name else None
        options = ImportOptions(sheet=self.sheet.currentText() or None, preset=preset)
        self.w.options = options
        self.w.prepared = None
        self.status.setText(self.tr("Reading …"))
        self.completeChanged.emit()
        pipeline = self.w.pipeline
        self.w.runner.start(self.tr("Reading the file"),
                            lambda ctx: pipeline.read(Path(path), options),
                            on_done=self._read, on_error=self._failed)

    def _read(self, prepared: PreparedImport) -> None:
        self.w.prepared = prepared
        self.status.setText(self.tr("{count} rows under the header in row {row}.").format(
            count=number(prepared.data_rows), row=prepared.mapping.header_row + 1))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(f"<span style='color:#c92a2a'>{shown(message)}</span>")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.prepared is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the sheet and what it becomes. Change any "
                                 "that are wrong; columns set to '(not imported)' are left "
                                 "out."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                              self.tr("First values"), self.tr("Imported as")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.preset_name = QLineEdit(placeholderText=self.tr("name, e.g. 'Agency sheet'"))
        save = QPushButton(self.tr("Save this mapping"))
        save.clicked.connect(self.save_preset)
        self.saved = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as")))
        row.addWidget(self.preset_name, 1)
        row.addWidget(save)
        row.addWidget(self.saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        prepared = self.w.prepared
        assert prepared is not None
        columns = prepared.mapping.columns
        first = prepared.mapping.header_row + 1
        samples = prepared.table.rows[first:first + SAMPLE_ROWS]
        self.table.setRowCount(len(columns))
        self.combos = []
        for row, column in enumerate(columns):
            values = [_cell_text(r[column.index]) for r in samples if column.index < len(r)]
            for col, text in enumerate((column.letter, column.header, " | ".join(values))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            combo = QComboBox()
            for spec in FIELDS.values():
                combo.addItem(shown(spec.label), spec.name)
            combo.setCurrentIndex(combo.findData(column.field or IGNORE))
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.warnings.setText("\n".join(shown(w) for w in prepared.mapping.warnings))

    def overrides(self) -> list[tuple[str, str]]:
        prepared = self.w.prepared
        assert prepared is not None
        return [(column.letter, combo.currentData())
                for column, combo in zip(prepared.mapping.columns, self.combos, strict=True)]

    def choose(self, header: str, field_name: str) -> None:
        """Set the column with this header to a field (what a user does with the combo)."""
        prepared = self.w.prepared
        assert prepared is not None
        for column, combo in zip(prepared.mapping.columns, self.combos, strict=True):
            if column.header == header:
                combo.setCurrentIndex(combo.findData(field_name))

    def validatePage(self) -> bool:
        prepared = self.w.prepared
        assert prepared is not None
        try:
            self.w.prepared = self.w.pipeline.remap(prepared, self.overrides())
        except ValueError as exc:  # MappingError: a sentence saying what to change
            self.warnings.setText(f"<span style='color:#c92a2a'>{shown(user_message(exc))}"
                                  "</span>")
            return False
        return True

    def save_preset(self) -> None:
        name = self.preset_name.text().strip()
        if not name or not self.validatePage() or self.w.prepared is None:
            self.saved.setText(self.tr("Give the mapping a name."))
            return
        save_preset(self.w.store.data_dir, name, self.w.prepared.mapping.as_preset())
        self.saved.setText(self.tr("Saved as '{name}'.").format(name=name))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.counts = QLabel(self.tr("Checking the rows …"))
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.update_radio = QRadioButton(self.tr("Update them (fill in and change fields; an "
                                                 "empty cell never blanks a stored value)"))
        self.fill_radio = QRadioButton(self.tr("Only fill empty fields (keep every value "
                                               "already stored)"))
        self.skip_radio = QRadioButton(self.tr("Leave them as they are"))
        self.update_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.update_radio)
        group.addButton(self.fill_radio)
        group.addButton(self.skip_radio)
        group.buttonToggled.connect(lambda _button, on: on and self.replan())
        # Asked once per file: when it would change stored values, `fill` is preselected.
        self.asked = False
        self.ask = QLabel()
        self.ask.setWordWrap(True)
        self.ask.setStyleSheet("color: #a61e4d;")
        self.changes = ImportChanges()
        # Ticking rows out (or back in) re-counts what the import would do with the rows
        # left, once the ticking pauses: the same plan `apply` makes with the exclusions.
        self.changes.excluded_changed.connect(lambda _rows: self._recount_soon.start())
        self._recount_soon = QTimer(self)
        self._recount_soon.setSingleShot(True)
        self._recount_soon.setInterval(250)
        self._recount_soon.timeout.connect(self.recount)
        self._counting = 0  # the latest count's number (older answers are dropped); 0: none
        self._count_job: Job | None = None
        self.invalid = QTableWidget(0, 4)
        self.invalid.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                                self.tr("Value"),
                                                self.tr("Why it was not imported")])
        self.invalid.verticalHeader().hide()
        self.invalid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invalid.horizontalHeader().setStretchLastSection(True)
        report = QPushButton(self.tr("Save error report …"))
        report.clicked.connect(self.w.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(self.tr("People and accounts already in the list:")))
        layout.addWidget(self.ask)
        layout.addWidget(self.update_radio)
        layout.addWidget(self.fill_radio)
        layout.addWidget(self.skip_radio)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.invalid, 1)
        layout.addWidget(report, 0, Qt.AlignmentFlag.AlignLeft)
        self.importing = False

    @property
    def policy(self) -> OnDuplicate:
        if self.update_radio.isChecked():
            return OnDuplicate.UPDATE
        return OnDuplicate.FILL if self.fill_radio.isChecked() else OnDuplicate.SKIP

    def initializePage(self) -> None:
        self.w.plan = None
        self.asked = False
        self.ask.setText("")
        self.changes.excluded.clear()
        self._counting = 0
        self.counts.setText(self.tr("Checking the rows …"))
        self.completeChanged.emit()
        pipeline, prepared, options = self.w.pipeline, self.w.prepared, self.w.choices()
        assert prepared is not None
        self.w.runner.start(self.tr("Checking the rows"),
                            lambda ctx: pipeline.preview(prepared, options, ctx),
                            on_done=self._planned, on_error=self._failed)

    def replan(self) -> None:
        """The duplicate choice changed: decide the previewed plan again (the rows need no
        second check)."""
        plan, policy = self.w.plan, self.policy
        if plan is None or plan.on_duplicate is policy:
            return  # a preview still running is re-decided when it arrives (_planned)
        self.w.plan = None
        self.completeChanged.emit()
        pipeline = self.w.pipeline
        self.w.runner.start(self.tr("Comparing with the list"),
                            lambda ctx: pipeline.redecide(plan, policy),
                            on_done=self._planned, on_error=self._failed)

    def _planned(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        if not self.asked:
            self.asked = True
            if plan.overwrites:
                self.ask.setText(self.tr(
                    "%n people or accounts in the list have values this file would change "
                    "(see the rows below). Only empty fields will be filled; choose 'Update "
                    "them' to let the file change those values.", "", plan.overwrites))
                self.fill_radio.setChecked(True)  # replans with `fill`
        if plan.on_duplicate is not self.policy:  # the choice changed while it was planned
            self.replan()
            return
        self.changes.show_rows(row_plans(plan))
        if self.changes.excluded:
            self.recount()  # the list shows every row; the counts only the rows left
        else:
            self._show_counts(plan)
        errors = plan.errors
        self.invalid.setRowCount(len(errors))
        for row, error in enumerate(errors):
            for col, text in enumerate((str(error.row), error.column, error.value,
                                        shown(error.message))):
                self.invalid.setItem(row, col, QTableWidgetItem(text))
        self.invalid.resizeColumnsToContents()
        self.completeChanged.emit()

    def _show_counts(self, plan: ImportPlan, left_out: int = 0) -> None:
        """What the import would do: `plan` is the plan of the rows left (`left_out` rows
        ticked out by the user)."""
        new, updated = plan.count(Action.CREATE), plan.count(Action.UPDATE)
        unchanged, skipped = plan.count(Action.UNCHANGED), plan.count(Action.SKIP)

        def bold(count: int) -> str:
            return f"<b>{number(count)}</b>"

        text = self.tr("{rows} rows: {people} new influencers and {accounts} new accounts · "
                       "{updated} updated · {unchanged} unchanged · {skipped} left as they are"
                       ).format(rows=bold(plan.rows), people=bold(new.influencers),
                                accounts=bold(new.accounts), updated=bold(updated.total),
                                unchanged=bold(unchanged.total), skipped=bold(skipped.total))
        if left_out:
            text += " · " + self.tr("{count} left out by you").format(count=bold(left_out))
        self.counts.setText(
            text + " · <span style='color:#c92a2a'>"
            + self.tr("{count} invalid").format(count=bold(len(plan.invalid_rows)))
            + "</span>")

    def recount(self) -> None:
        """Count what the import would do with the rows the user left in: the rows are
        planned again without the ticked-out ones (as `apply` will), on a worker."""
        plan = self.w.plan
        if plan is None:
            return  # a preview still running counts when it arrives (_planned)
        self._counting += 1
        asked = self._counting
        left_out = len(self.changes.excluded)
        if self._count_job is not None:  # its answer would be dropped: stop it
            self._count_job.cancel()
            self._count_job = None
        self.completeChanged.emit()
        if not left_out:
            self._counting = 0
            self._show_counts(plan)
            self.completeChanged.emit()
            return
        self.counts.setText(self.tr("Counting the rows left …"))
        pipeline, prepared, options = self.w.pipeline, self.w.prepared, self.w.choices()
        assert prepared is not None
        self._count_job = self.w.runner.start(
            self.tr("Counting the rows left"),
            lambda ctx: pipeline.preview(prepared, options, ctx),
            on_done=lambda counted: self._counted(asked, counted, left_out),
            on_error=self._count_failed, on_cancelled=lambda: self._count_cancelled(asked))

    def _counted(self, asked: int, plan: ImportPlan, left_out: int) -> None:
        if asked != self._counting:
            return  # the user ticked again meanwhile: a newer count is on its way
        self._counting, self._count_job = 0, None
        self._show_counts(plan, left_out)
        self.completeChanged.emit()

    def _count_cancelled(self, asked: int) -> None:
        """Cancelled in the status bar (not replaced by a newer count): no counts, but
        "Import" still imports the rows left."""
        if asked != self._counting:
            return
        self._counting, self._count_job = 0, None
        self.counts.setText(self.tr("Counting was cancelled. The import still leaves out the "
                                    "rows you ticked out."))
        self.completeChanged.emit()

    def _count_failed(self, message: str) -> None:
        self._counting, self._count_job = 0, None
        self._failed(message)

    def _failed(self, message: str) -> None:
        self.counts.setText(f"<span style='color:#c92a2a'>{shown(message)}</span>")

    def isComplete(self) -> bool:
        return self.w.plan is not None and not self._counting

    def validatePage(self) -> bool:
        """"Import": the pipeline imports the file with the choices shown, in one
        transaction; then the result page."""
        if self.w.plan is None:
            return False
        if self.w.result is None:
            if not self.importing:
                self.importing = True
                pipeline, prepared, options = self.w.pipeline, self.w.prepared, self.w.choices()
                assert prepared is not None
                self.w.runner.start(self.tr("Importing"),
                                    lambda ctx: pipeline.apply(prepared, options, ctx),
                                    on_done=self._applied, on_error=self._import_failed)
            return False  # the wizard moves on when the import has finished
        return True

    def _applied(self, result: ImportResult) -> None:
        self.w.result, self.w.plan, self.w.applied = result, result.plan, result.written
        self.w.next()

    def _import_failed(self, message: str) -> None:
        self.importing = False
        self._failed(message)


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        report = QPushButton(self.tr("Save error report …"))
        report.clicked.connect(self.w.save_report)
        self.report_button = report
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(report, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        applied, plan = self.w.applied, self.w.plan
        assert applied is not None and plan is not None
        invalid = len(plan.invalid_rows)
        text = self.tr("Added {people} influencers and {accounts} accounts; updated "
                       "{updated_people} influencers and {updated_accounts} accounts.").format(
            people=number(applied.created_influencers),
            accounts=number(applied.created_accounts),
            updated_people=number(applied.updated_influencers),
            updated_accounts=number(applied.updated_accounts))
        if invalid:
            text += "\n" + (self.tr("1 row was not imported: save the error report, fix it "
                                    "and import that file again.") if invalid == 1
                            else self.tr("{count} rows were not imported: save the error "
                                         "report, fix them and import that file again."
                                         ).format(count=number(invalid)))
        self.summary.setText(text)
        self.report_button.setVisible(bool(invalid))


class ImportWizard(QWizard):
    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.pipeline = ImportPipeline(store)
        self.options = ImportOptions()  # the file page's choices (sheet, preset)
        self.prepared: PreparedImport | None = None
        self.plan: ImportPlan | None = None  # the preview; after "Import", what was done
        self.result: ImportResult | None = None
        self.applied: Applied | None = None
        self.setWindowTitle(self.tr("Import influencers from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        if path is not None:
            self.file_page.open_file(path)

    def save_report(self, _checked: bool = False, path: Path | None = None) -> Path | None:
        """Write the invalid rows with their reasons, for fixing and importing again."""
        if self.plan is None or self.prepared is None or not self.plan.invalid_rows:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"),
                                                    "import-errors.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen)
        return self.pipeline.write_report(self.prepared, self.plan, path, current_language())

    def choices(self) -> ImportOptions:
        """What the user chose on every page (the mapping travels in `prepared`)."""
        return replace(self.options, on_duplicate=self.preview_page.policy,
                       exclude_rows=frozenset(self.preview_page.changes.excluded))
