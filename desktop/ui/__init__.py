"""The PySide6 window. The only package that imports Qt widgets; every action it offers
calls a service in desktop/store, desktop/sync, desktop/excel, desktop/collect or
desktop/reports, through the one job runner in `runner.py` when it takes time."""
