"""Settings: server connection, platform addresses, default phone region, the daily
Platform A schedule, the collection ceilings and the window's language (per user, applied
at the next start). Saved only when every field is right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app_settings import DeskSettings, check_settings, load_settings, save_settings
from desktop.i18n.language import LANGUAGES, SYSTEM
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage
from desktop.ui.translation import chosen_language, platform_label, set_chosen_language
from shared_models.pace import MAX_PACE, MIN_PACE
from shared_models.platforms import Platform


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 on_connect: object = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        current = load_settings(store)
        self.boxes: dict[str, FieldWithMessage] = {}

        server_box = QGroupBox(self.tr("Sync server"))
        server_row = QHBoxLayout(server_box)
        server_row.addWidget(QLabel(store.sync_state().server_url or self.tr("Not connected")), 1)
        change = QPushButton(self.tr("Connect …"))
        if callable(on_connect):
            change.clicked.connect(on_connect)
        server_row.addWidget(change)

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        self.region = QLineEdit(current.phone_region)
        self.region.setMaxLength(2)
        self.daily_at = QLineEdit(current.daily_at)
        self.daily_enabled = QCheckBox(self.tr("Collect Platform A every day at"))
        self.daily_enabled.setChecked(current.daily_enabled)
        self.boxes["phone_region"] = FieldWithMessage(self.region)
        self.boxes["daily_at"] = FieldWithMessage(self.daily_at)
        general_form.addRow(self.tr("Default phone region"), self.boxes["phone_region"])
        general_form.addRow(self.daily_enabled, self.boxes["daily_at"])
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        general_form.addRow(self.tr("Language (after a restart)"), self.language)

        self.web: dict[str, QLineEdit] = {}
        self.api: dict[str, QLineEdit] = {}
        self.ceiling: dict[str, QDoubleSpinBox] = {}
        platforms = QGroupBox(self.tr("Platforms"))
        platform_form = QFormLayout(platforms)
        for platform in Platform:
            key = platform.value
            self.web[key] = QLineEdit(current.web_bases[key])
            self.api[key] = QLineEdit(current.api_bases[key],
                                      placeholderText=self.tr("same as the public site"))
            spin = QDoubleSpinBox()
            spin.setRange(MIN_PACE, MAX_PACE)
            spin.setDecimals(2)
            spin.setSuffix(self.tr(" requests/s at most"))
            spin.setValue(current.ceilings[key])
            self.ceiling[key] = spin
            self.boxes[f"web_base.{key}"] = FieldWithMessage(self.web[key])
            self.boxes[f"api_base.{key}"] = FieldWithMessage(self.api[key])
            label = platform_label(platform)
            platform_form.addRow(self.tr("{platform} site").format(platform=label),
                                 self.boxes[f"web_base.{key}"])
            platform_form.addRow(self.tr("{platform} API").format(platform=label),
                                 self.boxes[f"api_base.{key}"])
            platform_form.addRow(self.tr("{platform} pace").format(platform=label), spin)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (server_box, general, platforms, buttons):
            layout.addWidget(widget)

    def settings(self) -> DeskSettings:
        return DeskSettings(
            phone_region=self.region.text(), daily_at=self.daily_at.text(),
            daily_enabled=self.daily_enabled.isChecked(),
            web_bases={k: e.text() for k, e in self.web.items()},
            api_bases={k: e.text() for k, e in self.api.items()},
            ceilings={k: s.value() for k, s in self.ceiling.items()})

    def save(self) -> None:
        settings = self.settings()
        errors = check_settings(settings)
        for key, box in self.boxes.items():
            box.show_error(errors.get(key))
        if errors:
            return
        save_settings(self.store, settings)
        set_chosen_language(self.language.currentData())
        self.accept()
