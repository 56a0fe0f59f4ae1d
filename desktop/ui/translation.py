"""The window's language: Qt translators for our strings and Qt's own (dialog buttons), the
default QLocale for dates and numbers, and the rendering of service sentences (user_text())."""

from __future__ import annotations

import logging
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QDialogButtonBox

from desktop.i18n.build import QM_DIR, compile_translations, qm_path
from desktop.i18n.catalog import render
from desktop.i18n.language import SYSTEM, resolve_language
from desktop.ui.formatting import language_changed, local_time, number
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import TEXT_CONTEXT, Moment

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"  # in the user's QSettings: "", "ko" or "en"
_installed: list[QTranslator] = []


def user_settings() -> QSettings:
    """Per-user settings (the language): not per data folder, so a demo speaks it too."""
    return QSettings(QSettings.Scope.UserScope, "InfluencerDesk", "Influencer Desk")


def chosen_language(settings: QSettings | None = None) -> str:
    return str((settings or user_settings()).value(LANGUAGE_KEY, SYSTEM) or SYSTEM)


def set_chosen_language(language: str, settings: QSettings | None = None) -> None:
    """Applies at the next start (widgets read their texts when they are built)."""
    (settings or user_settings()).setValue(LANGUAGE_KEY, language)


def install_language(app: QCoreApplication, language: str | None = None,
                     qm_dir: Path = QM_DIR) -> str:
    """Load the translations for `language` (default: the user's choice, else the
    system's) and make its locale the default; return the language code used. `qm_dir`:
    where our .qm files are (compiled there first when possible); the app's own folder
    unless a test gives its temporary one."""
    system = QLocale.system()
    # The OS's display language first (uiLanguages), its region format second.
    code = resolve_language(language if language is not None else chosen_language(),
                            next(iter(system.uiLanguages()), system.name()))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_of(code))
    language_changed()
    if code == "en":
        return code
    _compile_if_possible(qm_dir)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_dir), (qm_path(code, qm_dir).stem,
                                                       str(qm_dir))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s translations in %s", name, folder)
    return code


def _compile_if_possible(folder: Path) -> None:
    """From a source checkout the .qm may be missing or older than its .ts; the installed
    app ships them compiled (and has no lrelease)."""
    try:
        compile_translations(folder=folder)
    except (OSError, SystemExit, subprocess.CalledProcessError) as exc:
        log.info("Translations not recompiled: %s", exc)


def locale_of(code: str) -> QLocale:
    if code == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    system = QLocale.system()  # an English speaker keeps their own date order
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str:
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def shown(text: str) -> str:
    """A service's sentence in the window's language (plain strings pass unchanged)."""
    return render(text, current_language(),
                  lambda source: QCoreApplication.translate(TEXT_CONTEXT, source),
                  _locale_value)


def _locale_value(value: object) -> object:
    """Whole numbers in a service's sentence get the locale's separators (12,345), moments
    the locale's date and time ('2026. 12. 2. 오후 2:30')."""
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, Moment):
        return local_time(datetime.fromtimestamp(value.epoch, UTC))
    return value


def platform_label(platform: Platform | str) -> str:
    """'Platform A' in the window's language."""
    return shown(PLATFORMS[Platform(platform)].label)


def korean_problem(app: QCoreApplication) -> str | None:
    """Self-check: the Korean translations (ours and Qt's) load and translate; a bundle
    without its .qm files fails here. The user's language is restored afterwards."""
    try:
        install_language(app, "ko")
        ours = QCoreApplication.translate("MainWindow", "Influencer Desk")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qts = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        install_language(app)
    if ours == "Influencer Desk" or qts.replace("&", "") == "Cancel":
        return "the Korean translations did not load (desktop/i18n/*.qm, qtbase_ko.qm)"
    return None
