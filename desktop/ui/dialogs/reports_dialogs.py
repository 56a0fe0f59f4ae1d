"""The two report dialogs: "Analyze comments" (post URLs pasted or from an Excel column) and
"Verify sponsored posts" (an Excel file in, a checked copy out). Both only gather the
inputs; the window runs `desktop.reports` on its JobRunner with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.fields import FieldWithMessage
from desktop.ui.formatting import stamped_name


def _path_row(line: QLineEdit, pick: object) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(line, 1)
    button = QPushButton(QCoreApplication.translate("ReportDialog", "Browse …"))
    button.clicked.connect(pick)  # type: ignore[arg-type]
    row.addWidget(button)
    return box


class _ReportDialog(QDialog):
    """Intro text, a form, and an OK button named after the report; OK checks the form."""

    def _lay_out(self, intro: str, form: QFormLayout, ok_text: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _pick_out(self) -> None:
        out: QLineEdit = self.out  # type: ignore[attr-defined]
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), out.text(),
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            out.setText(chosen)

    def spreadsheets(self) -> str:
        return self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)")

    def _check(self) -> None:
        raise NotImplementedError


class AnalyzeCommentsDialog(_ReportDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analyze comments on Platform A posts"))
        self.setMinimumWidth(640)
        self.urls = QPlainTextEdit()
        self.urls.setPlaceholderText("https://a.example.com/handle/123456\n"
                                     + self.tr("(one post per line)"))
        self.excel = QLineEdit(
            placeholderText=self.tr("or an Excel file with a column of post URLs"))
        self.column = QLineEdit(
            placeholderText=self.tr("the column's header, e.g. Post URL"))
        self.out = QLineEdit(str(Path.home() / stamped_name("comment-analysis")))
        self.boxes = {"urls": FieldWithMessage(self.urls), "out": FieldWithMessage(self.out)}
        form = QFormLayout()
        form.addRow(self.tr("Post URLs"), self.boxes["urls"])
        form.addRow(self.tr("From Excel"), _path_row(self.excel, self._pick_excel))
        form.addRow(self.tr("Column"), self.column)
        form.addRow(self.tr("Save to"), _path_row(self.boxes["out"], self._pick_out))
        self._lay_out(self.tr("Every comment is read; each commenter's metrics are asked once "
                              "(or taken from a recent collection)."), form, self.tr("Analyze"))

    def _pick_excel(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Post URLs from Excel"), "",
                                                self.spreadsheets())
        if chosen:
            self.excel.setText(chosen)


    def post_urls(self) -> list[str]:
        return [line.strip() for line in self.urls.toPlainText().splitlines() if line.strip()]

    def _check(self) -> None:
        has_input = bool(self.post_urls()) or bool(self.excel.text().strip()
                                                   and self.column.text().strip())
        self.boxes["urls"].show_error(None if has_input else
                                      self.tr("Paste post URLs, or choose an Excel file and its "
                                              "column."))
        out_ok = bool(self.out.text().strip()) and Path(self.out.text()).parent.is_dir()
        self.boxes["out"].show_error(None if out_ok
                                     else self.tr("Choose where to save the workbook."))
        if has_input and out_ok:
            self.accept()


class VerifyPostsDialog(_ReportDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify sponsored posts"))
        self.setMinimumWidth(620)
        self.source = QLineEdit(
            placeholderText=self.tr("an Excel file with profile and post URLs"))
        self.out = QLineEdit()
        self.boxes = {"source": FieldWithMessage(self.source),
                      "out": FieldWithMessage(self.out)}
        form = QFormLayout()
        form.addRow(self.tr("Check"), _path_row(self.boxes["source"], self._pick_source))
        form.addRow(self.tr("Save to"), _path_row(self.boxes["out"], self._pick_out))
        self._lay_out(self.tr("Each post is checked as a member of the public sees it. Your "
                              "columns are kept; the results are added next to them."), form,
                      self.tr("Verify"))

    def _pick_source(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Posts to verify"), "",
                                                self.spreadsheets())
        if chosen:
            self.source.setText(chosen)
            source = Path(chosen)
            self.out.setText(str(source.with_name(stamped_name(f"{source.stem}-checked"))))


    def _check(self) -> None:
        source_ok = Path(self.source.text()).is_file()
        self.boxes["source"].show_error(None if source_ok
                                        else self.tr("Choose the file to check."))
        out_ok = bool(self.out.text().strip()) and Path(self.out.text()).parent.is_dir()
        self.boxes["out"].show_error(None if out_ok
                                     else self.tr("Choose where to save the result."))
        if source_ok and out_ok:
            self.accept()
