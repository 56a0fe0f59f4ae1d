"""The Qt binding must survive what the account table does all day: Qt asking a Python
model for roles it has no value for (answered with None) hundreds of thousands of times.
PySide6 6.12.0 drops a reference to None on each such call and aborts the interpreter;
pyproject.toml keeps that release out. Run in a child process, since the failure is an abort."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 10
    def columnCount(self, parent=QModelIndex()):
        return 2
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

model = Model()
index = model.index(0, 0)
before = sys.getrefcount(None)
for _ in range(200_000):
    index.data(Qt.ItemDataRole.ToolTipRole)
print(sys.getrefcount(None) - before)
"""


def test_a_model_answering_none_does_not_eat_references_to_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 1000
