"""Settings: server connection, platform addresses, default phone region, the daily
Platform A schedule and the collection ceilings. Saved only when every field is right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage
from shared_models.platforms import PLATFORMS, Platform


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 on_connect: object = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Settings")
        self.setMinimumWidth(620)
        current = load_settings(store)
        self.boxes: dict[str, FieldWithMessage] = {}

        server_box = QGroupBox("Sync server")
        server_row = QHBoxLayout(server_box)
        server_row.addWidget(QLabel(store.sync_state().server_url or "Not connected"), 1)
        change = QPushButton("Connect …")
        if callable(on_connect):
            change.clicked.connect(on_connect)
        server_row.addWidget(change)

        general = QGroupBox("General")
        general_form = QFormLayout(general)
        self.region = QLineEdit(current.phone_region)
        self.region.setMaxLength(2)
        self.daily_at = QLineEdit(current.daily_at)
        self.daily_enabled = QCheckBox("Collect Platform A every day at")
        self.daily_enabled.setChecked(current.daily_enabled)
        self.boxes["phone_region"] = FieldWithMessage(self.region)
        self.boxes["daily_at"] = FieldWithMessage(self.daily_at)
        general_form.addRow("Default phone region", self.boxes["phone_region"])
        general_form.addRow(self.daily_enabled, self.boxes["daily_at"])

        self.web: dict[str, QLineEdit] = {}
        self.api: dict[str, QLineEdit] = {}
        self.ceiling: dict[str, QDoubleSpinBox] = {}
        platforms = QGroupBox("Platforms")
        platform_form = QFormLayout(platforms)
        for platform in Platform:
            key = platform.value
            self.web[key] = QLineEdit(current.web_bases[key])
            self.api[key] = QLineEdit(current.api_bases[key],
                                      placeholderText="same as the public site")
            spin = QDoubleSpinBox()
            spin.setRange(0.05, 1000)
            spin.setDecimals(2)
            spin.setSuffix(" requests/s at most")
            spin.setValue(current.ceilings[key])
            self.ceiling[key] = spin
            self.boxes[f"web_base.{key}"] = FieldWithMessage(self.web[key])
            self.boxes[f"api_base.{key}"] = FieldWithMessage(self.api[key])
            label = PLATFORMS[platform].label
            platform_form.addRow(f"{label} site", self.boxes[f"web_base.{key}"])
            platform_form.addRow(f"{label} API", self.boxes[f"api_base.{key}"])
            platform_form.addRow(f"{label} pace", spin)

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
        self.accept()
