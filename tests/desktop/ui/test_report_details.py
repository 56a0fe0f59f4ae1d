"""Small report details staff noticed: report files get a timestamped default name (the last
report is never overwritten), and a metric chart without history says so instead of drawing
empty axes."""

from __future__ import annotations

import re
from datetime import datetime

from desktop.ui.dialogs.reports_dialogs import AnalyzeCommentsDialog
from desktop.ui.formatting import stamped_name
from shared_models.platforms import Platform


def test_the_report_is_saved_under_a_new_timestamped_name_by_default(window, qtbot) -> None:
    dialog = AnalyzeCommentsDialog(window)
    qtbot.addWidget(dialog)
    assert re.fullmatch(r"comment-analysis-\d{4}-\d\d-\d\d-\d{4}\.xlsx",
                        dialog.out.text().rsplit("/", 1)[-1])
    earlier = stamped_name("comment-analysis", now=datetime(2026, 12, 2, 14, 30))
    later = stamped_name("comment-analysis", now=datetime(2026, 12, 3, 9, 5))
    assert (earlier, later) == ("comment-analysis-2026-12-02-1430.xlsx",
                                "comment-analysis-2026-12-03-0905.xlsx")


def test_a_chart_without_history_says_no_history_yet(window, store, qtbot) -> None:
    person = store.create_influencer(name="정하늘")
    account = store.create_account(influencer_id=person.id, platform="B", handle="haneul")
    window.refresh_after_change()
    window.tabs.setCurrentIndex(list(Platform).index(Platform.B))
    assert window.tables[Platform.B].select_account(account.id)
    chart = window.detail.history_chart()
    assert "No history yet" in chart.chart().title()
    assert chart.chart().axes() == [] and chart.chart().series() == []


def test_a_chart_with_history_draws_it(window, seeded) -> None:
    window.tabs.setCurrentIndex(list(Platform).index(Platform.B))
    assert window.tables[Platform.B].select_account(seeded["kim.minji"])
    chart = window.detail.history_chart().chart()
    assert "No history yet" not in chart.title()
    assert chart.series()[0].count() == 7 and len(chart.axes()) == 2
