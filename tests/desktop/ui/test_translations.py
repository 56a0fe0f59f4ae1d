"""The window in Korean: every text a user can see — the main window, its menus and
toolbar, every dialog and wizard page, the status bar, messages and notifications — is
Korean. A text counts as untranslated when an English word is left in it once handles,
e-mails, URLs, file patterns and product names (the allow-list below) are taken out.

When this fails, the message lists each English text and where it was seen. New strings:
run `python3 dev.py translations`, add the Korean (docs/dev/translations.md), run again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
    QWizard,
)

from desktop.collect.errors import format_until
from desktop.collect.outcomes import AccountOutcome, RunResult
from desktop.excel.exporting.export import ExportResult
from desktop.i18n.build import QM_DIR, compile_translations, missing, qm_path, todo_lines
from desktop.store import SearchQuery, Store, outbox
from desktop.sync.engine import SyncReport
from desktop.ui import translation
from desktop.ui.dialogs import refused_dialog
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.account_edit_dialog import AccountEditDialog
from desktop.ui.dialogs.admin_dialog import AdminDialog
from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog
from desktop.ui.dialogs.connect_dialog import ConnectDialog
from desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog
from desktop.ui.dialogs.export_dialog import ExportDialog
from desktop.ui.dialogs.first_run import FirstRunDialog
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.dialogs.influencer_dialog import InfluencerDialog
from desktop.ui.dialogs.move_dialog import MoveAccountDialog
from desktop.ui.dialogs.refused_dialog import RefusedDialog
from desktop.ui.dialogs.reports_dialogs import AnalyzeCommentsDialog, VerifyPostsDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.dialogs.undo_import_dialog import UndoImportDialog
from desktop.ui.formatting import local_time, month_day_pattern, number
from desktop.ui.main_window import MainWindow
from desktop.ui.metric_chart import MetricChart
from desktop.ui.translation import install_language, shown
from shared_models import reasons
from shared_models.platforms import Platform
from shared_models.records import Entity, MetricSnapshot
from shared_models.texts import user_text

# What may stay in Latin letters in a Korean window: people's data and names of things.
ALLOWED_PATTERNS = [
    r"https?://\S+",  # URLs
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+",  # e-mails
    r"@[\w.]+",  # handles
    r"\*\.\w+",  # file patterns (*.xlsx)
    r"\.(xlsx|xlsm|xls|ods|csv|tsv|txt|pdf|jpe?g|png|heic|docx)(?![A-Za-z])",  # 명단.xlsx은
    r"\b(Ctrl|Shift|Alt|Del|Delete|F\d+)\b",  # keys in shortcuts
]
ALLOWED_WORDS = {
    "Excel", "CSV", "URL", "URLs", "API", "OpenDocument", "KR", "PDF", "JPEG", "PNG", "HEIC",
    "DOCX", "English",  # the language menu names each language in its own words
    # the test data's own people, handles and tags (what staff typed, not the program)
    "Emma", "Stone", "food", "fashion",
}
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]+>")


def untranslated(text: str) -> bool:
    plain = TAGS.sub(" ", text)
    for pattern in ALLOWED_PATTERNS:
        plain = re.sub(pattern, " ", plain)
    return any(word not in ALLOWED_WORDS for word in ENGLISH_WORD.findall(plain))


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what `widget` shows: its own words, not the user's data."""
    where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
    if widget.isWindow():
        yield where + " title", widget.windowTitle()
    if widget.toolTip():
        yield where + " tooltip", widget.toolTip()
    if isinstance(widget, QLabel) and widget.objectName() != "detailTitle":
        yield where, widget.text()
    if isinstance(widget, QAbstractButton):
        yield where, widget.text()
    if isinstance(widget, QGroupBox):
        yield where, widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield where + " placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield where, widget.specialValueText()
        yield where, getattr(widget, "suffix", lambda: "")()
    if isinstance(widget, QComboBox) and widget.isEditable() is False:
        for index in range(widget.count()):
            yield where + " choice", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield where + " tab", widget.tabText(index)
    if isinstance(widget, QDockWidget):
        yield where, widget.windowTitle()
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield where + " header", str(model.headerData(column, Qt.Orientation.Horizontal)
                                         or "")
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(header.columnCount()):
            yield where + " header", header.text(column)
    if isinstance(widget, QMenu):
        yield where, widget.title()
    for action in widget.actions():
        yield f"{where} action", action.text()
        yield f"{where} action tooltip", action.toolTip()
        if action.menu() is not None:
            yield from texts_of(action.menu())  # type: ignore[arg-type]


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    found = list(texts_of(top))
    for child in top.findChildren(QWidget):
        if child.isVisibleTo(top) or isinstance(child, QMenu):
            found += texts_of(child)
    return found


class Seen:
    """Everything shown during the walk, and the English texts among it."""

    def __init__(self) -> None:
        self.english: dict[str, str] = {}
        self.count = 0

    def add(self, place: str, texts: list[tuple[str, str]]) -> None:
        for where, text in texts:
            if text and text.strip():
                self.count += 1
                if untranslated(text):
                    self.english.setdefault(text, f"{place}: {where}")

    def add_widget(self, place: str, widget: QWidget) -> None:
        self.add(place, visible_texts(widget))

    def report(self) -> str:
        lines = [f"  {text!r}  (seen in {where})" for text, where in self.english.items()]
        return ("These texts are shown in English in the Korean window:\n" + "\n".join(lines)
                + "\nWrap them in self.tr(...) / QCoreApplication.translate(...) (services: "
                "user_text(...)), run `python3 dev.py translations`, add their Korean and "
                "run it again (docs/dev/translations.md).")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our .qm files compiled once for the run, in a temporary folder: a test run writes
    nothing into desktop/i18n."""
    folder = tmp_path_factory.mktemp("qm")
    compile_translations(folder=folder)
    return folder


@pytest.fixture
def korean(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    before = QLocale()
    install_language(qapp, "ko", qm_dir)
    yield
    install_language(qapp, "en")  # removes the Korean translators
    QLocale.setDefault(before)


@pytest.fixture
def korean_window(korean, qtbot, store: Store, seeded, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, QSettings(str(data_dir / "window.ini"),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_korean_translations_load_from_the_folder_given_and_nowhere_else(
        qapp: QApplication, tmp_path: Path, qm_dir: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    assert qm_dir.is_relative_to(tmp_path_factory.getbasetemp())  # the fixture's too
    assert qm_path("ko").parent == QM_DIR == Path(translation.__file__).parents[1] / "i18n"
    app_files = {p: p.stat().st_mtime_ns for p in QM_DIR.glob("*.qm")}
    before = QLocale()
    try:
        assert install_language(qapp, "ko", tmp_path) == "ko"
        assert QCoreApplication.translate("MainWindow", "Influencer Desk") == "인플루언서 데스크"
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)
    assert sorted(tmp_path.iterdir()) == [qm_path("en", tmp_path), qm_path("ko", tmp_path)]
    assert {p: p.stat().st_mtime_ns for p in QM_DIR.glob("*.qm")} == app_files


def test_every_string_in_the_code_has_korean() -> None:
    todo = missing("ko")
    assert not todo, (
        f"{len(todo)} string(s) in desktop/i18n/influencer_desk_ko.ts have no Korean. Save "
        "these lines to a file, write the Korean after the last tab, then run "
        "`python3 dev.py translations --fill FILE`:\n" + todo_lines(todo))


def test_the_korean_window_shows_no_english(korean_window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                            store: Store, seeded, tmp_path: Path,
                                            monkeypatch) -> None:
    window = korean_window
    seen = Seen()
    window.search_box.setText("김민지")
    window.search_box.flush()
    qtbot.waitUntil(lambda: not window.searching, timeout=10_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.account_id is not None, timeout=5_000)
    seen.add_widget("main window", window)
    seen.add("menus", [(f"menu {m.title()}", a.text()) for m in window.menuBar().findChildren(QMenu)
                       for a in m.actions()])
    assert "검색" in window.act_find.text()
    assert window.tabs.tabText(0).startswith("플랫폼 A")

    # The status bar's passing messages and the boxes the window opens.
    window.delete_selected()
    seen.add("status bar", [("message", window.statusBar().currentMessage())])
    window.undo_stack.undo()
    notifications: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "notify",
                        lambda title, message: notifications.append((title, message)))
    window.collect_actions._failed(Platform.B, user_text(
        "Something unexpected went wrong. Nothing you saved was lost; the details are in "
        "the log file."))
    seen.add_widget("collection problem box", window.problem_box)
    window.problem_box.close()
    seen.add("notifications", [("title", t) for t, _ in notifications]
             + [("message", m) for _, m in notifications])
    assert notifications and "플랫폼 B" in notifications[0][0]

    # The boxes that report finished work: a collection with a failure, an export.
    window.collect_actions.show_summary(RunResult(
        run_id="r1", platform="B", resumed=False, total=2, skipped=0, seconds=3.0, pace=1.5,
        outcomes=[AccountOutcome(str(seeded["kim.minji"]), "kim.minji", "ok"),
                  AccountOutcome(str(seeded["minji.daily"]), "minji.daily", "error",
                                 user_text("'{value}' is not a number.", value="x"))]))
    box = window.collect_actions.summary_box
    seen.add_widget("collection summary", box)
    seen.add("collection summary", [("informative text", box.informativeText())])
    assert "플랫폼 B" in box.windowTitle() and "수집" in box.informativeText()
    box.close()
    window.excel_actions._exported(ExportResult(tmp_path / "명단.xlsx", {"플랫폼 A": 1234}))
    seen.add_widget("export finished", window.excel_actions.result_box)
    assert "1,234" in window.excel_actions.result_box.text()
    window.excel_actions.result_box.close()

    account = store.search(SearchQuery(limit=1)).rows[0].id
    dialogs: list[tuple[str, QDialog]] = [
        ("add influencer", InfluencerDialog(store, window, first_platform=Platform.A)),
        ("edit influencer", InfluencerDialog(store, window,
                                             influencer_id=seeded["김민지"])),  # type: ignore[arg-type]
        ("add account", AccountDialog(store, window, seeded["김민지"], Platform.B)),  # type: ignore[arg-type]
        ("conflicts", ConflictsDialog(store, window)),
        ("connect", ConnectDialog(store, window.runner, window)),
        ("first run", FirstRunDialog(window)),
        ("settings", SettingsDialog(store, window)),
        ("analyze comments", AnalyzeCommentsDialog(window)),
        ("verify posts", VerifyPostsDialog(window)),
        ("edit account", AccountEditDialog(store, account, window)),
        ("move account", MoveAccountDialog(store, account, window)),
        ("export", ExportDialog("플랫폼 A", 2, 3, 1, window)),
        ("refused changes", RefusedDialog(store, window)),
        ("undo import", UndoImportDialog(store, window.runner, window)),
        ("find duplicates", DuplicatesDialog(store, window.runner, window)),
        ("administration", AdminDialog(store, window.runner, window, autoload=False)),
    ]
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.add_widget(name, dialog)
    # Pressing Save / OK on empty forms shows every problem in words, in Korean.
    add = dialogs[0][1]
    add.save()  # type: ignore[attr-defined]
    seen.add_widget("add influencer with problems", add)
    errors = [box.message.text() for box in add.boxes.values() if box.message.isVisible()]  # type: ignore[attr-defined]
    assert errors, "an empty influencer form shows its problems"
    for name, dialog in dialogs:
        if name not in ("analyze comments", "verify posts"):
            continue
        dialog._check()  # type: ignore[attr-defined]
        seen.add_widget(f"{name} with problems", dialog)
    connect = dialogs[4][1]
    connect.try_connect()  # type: ignore[attr-defined]
    seen.add_widget("connect with problems", connect)
    # A server that does not answer: the service's sentence arrives through the job runner.
    connect.server.setText("http://127.0.0.1:9")  # type: ignore[attr-defined]
    connect.token.setText("a-token")  # type: ignore[attr-defined]
    connect.try_connect()  # type: ignore[attr-defined]
    server_box = connect.boxes["server"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_box.message.isVisible(), timeout=15_000)
    assert "연결할 수 없습니다" in server_box.message.text()
    seen.add_widget("connect to a server that does not answer", connect)
    for _name, dialog in dialogs:
        dialog.close()

    # The import wizard, page by page, on a sheet with Korean headers and one bad row.
    sheet = tmp_path / "인플루언서.csv"
    sheet.write_text("이름,연락처,블로그 URL\n최유리,010-5555-6666,https://a.example.com/yuri\n"
                     "정하늘,010-12,\n", encoding="utf-8")
    wizard = ImportWizard(store, window.runner, window, sheet)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=15_000)
    seen.add_widget("import: file page", wizard)
    for page in range(2):
        wizard.next()
        if page == 1:
            qtbot.waitUntil(lambda: wizard.plan is not None, timeout=15_000)
        seen.add_widget(f"import: page {page + 2}", wizard)
        seen.add(f"import: page {page + 2}", [("title", wizard.currentPage().title()),
                                              ("subtitle", wizard.currentPage().subTitle())])
    invalid = wizard.preview_page.invalid
    reasons = [invalid.item(row, 3).text() for row in range(invalid.rowCount())]
    assert reasons, "the bad phone number is listed"
    seen.add("import: why rows were not imported", [("reason", r) for r in reasons])
    for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.CancelButton, QWizard.WizardButton.CommitButton):
        seen.add("import wizard buttons", [("button", wizard.buttonText(button))])
    wizard.close()
    empty = tmp_path / "명단.xlsx"
    empty.write_bytes(b"")
    refused = ImportWizard(store, window.runner, window, empty)
    qtbot.addWidget(refused)
    refused.show()
    assert "명단.xlsx은(는) 빈 파일입니다." in refused.file_page.status.text()
    seen.add_widget("import: a refused file", refused)
    refused.close()

    assert seen.count > 150, "the walk saw the window's texts"
    assert not seen.english, seen.report()


def test_dates_and_numbers_read_the_korean_way(korean) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 12, 2, 14, 30).astimezone().astimezone(UTC)
    assert local_time(moment) == "2026. 12. 2. 오후 2:30"
    assert number(1234567) == "1,234,567"


def test_a_metric_chart_reads_the_korean_way(korean, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = MetricChart()
    qtbot.addWidget(chart)
    history = [MetricSnapshot(id=uuid4(), account_id=uuid4(), metric="followers", value=value,
                              observed_at=datetime(2026, month, day, 9, tzinfo=UTC),
                              source="test")
               for month, day, value in ((11, 28, 12_000), (11, 30, 15_500), (12, 2, 23_456))]
    chart.show_history("팔로워", history)
    inner = chart.chart()
    assert inner.localizeNumbers() and inner.locale().name() == "ko_KR"
    assert inner.locale().toString(23456.0, "f", 0) == "23,456"  # how the axis writes it
    dates = inner.axes(Qt.Orientation.Horizontal)[0]
    assert dates.format() == month_day_pattern() == "M. d."  # 12. 2.


def test_sync_and_report_sentences_read_korean(korean) -> None:  # type: ignore[no-untyped-def]
    report = SyncReport(pushed=3, pulled=1234, conflicts=2)
    assert shown(report.summary()) == (
        "동기화 완료: 변경 3건 보냄, 1,234건 받음, 해결할 새 충돌 2건 (파일 → 충돌, 또는 "
        "`influencer-desk conflicts`).")
    until = datetime(2026, 12, 2, 14, 30).astimezone().timestamp()
    assert shown(user_text("blocked until {until}", until=format_until(until))) == (
        "2026. 12. 2. 오후 2:30까지 차단됨")


def test_a_refused_change_and_the_servers_reason_read_korean(  # type: ignore[no-untyped-def]
        korean, qtbot, store: Store) -> None:
    """The server sends its reasons as English sentences; the desk shows them in Korean."""
    store.create_influencer(name="김민지", phone="010-1234-5678")
    [entry] = store.outbox_entries()
    with store.db.write() as conn:
        outbox.mark_rejected(conn, entry.op_id, "'010-12' is not a phone number.")
    dialog = RefusedDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "새 인플루언서 김민지"
    assert dialog.table.item(0, 1).text() == "'010-12'은(는) 전화번호가 아닙니다."
    unknown = "A sentence no version of this app ever wrote."
    with store.db.write() as conn:
        outbox.mark_rejected(conn, entry.op_id, unknown)
    dialog.reload()
    assert dialog.table.item(0, 1).text() == unknown  # shown as it came, never dropped


def test_a_servers_reason_and_a_refused_correction_read_korean(  # type: ignore[no-untyped-def]
        korean, qtbot, store: Store, monkeypatch) -> None:
    """A reason of the server's own (its natural-key rule) is Korean in the list, and a
    correction the store refuses is told in Korean too."""
    store.create_influencer(name="김민지", phone="010-1234-5678")
    [entry] = store.outbox_entries()
    holder = uuid4()
    with store.db.write() as conn:  # the sentence as it arrives: plain English
        outbox.mark_rejected(conn, entry.op_id, str(reasons.key_taken(
            Entity.INFLUENCER, {"name": "김민지", "phone": "+821012345678", "id": holder})))
    dialog = RefusedDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == (
        f"다른 인플루언서 김민지(+821012345678)이(가) 이미 이 이름과 연락처를 쓰고 있습니다"
        f"(ID {holder}). 둘 중 하나를 바꾸거나 두 사람을 합치세요.")

    def correct(editor: refused_dialog.EditRefusedDialog) -> int:
        editor.edits["phone"].setText("010-12")
        return QDialog.DialogCode.Accepted

    warned: list[str] = []
    monkeypatch.setattr(refused_dialog.EditRefusedDialog, "exec", correct)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dialog.retry_button.click()
    assert warned == ["'010-12'은(는) 전화번호가 아닙니다."]


def test_the_language_setting_switches_the_window_at_the_next_start(
        qapp: QApplication, qtbot, store: Store, data_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch, qm_dir: Path) -> None:
    user = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(translation, "user_settings", lambda: user)
    before = QLocale()
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the computer until chosen
    dialog.language.setCurrentIndex(dialog.language.findText("한국어"))
    dialog.save()
    assert translation.chosen_language() == "ko"
    try:
        assert install_language(qapp, qm_dir=qm_dir) == "ko"  # what the next start does
        window = MainWindow(store, QSettings(str(data_dir / "w.ini"),
                                             QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert window.windowTitle() == "인플루언서 데스크"
        assert window.act_new.text() == "인플루언서 추가"
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)
