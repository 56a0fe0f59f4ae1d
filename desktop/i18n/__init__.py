"""The desk's languages: Korean and English.

- `*.ts` here are the translation sources (Qt Linguist XML, one per language), refreshed
  from the code by `python3 dev.py translations` (pyside6-lupdate).
- `*.qm` are their compiled form, built by `desktop.i18n.build` (pyside6-lrelease) when the
  app is built or run from source; they are not committed.
- The window loads the .qm through Qt (desktop/ui/translation.py). Code without Qt (the CLI,
  the workbook writers) reads the .ts directly (catalog.py), so both agree by construction.

How to add a string: docs/dev/translations.md.
"""

from desktop.i18n.catalog import Catalog, catalog, render
from desktop.i18n.language import LANGUAGES, resolve_language

__all__ = ["LANGUAGES", "Catalog", "catalog", "render", "resolve_language"]
