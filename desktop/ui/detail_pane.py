"""The detail pane: the selected account's influencer, all their accounts on both platforms
(click one to jump to it), a chart of the metric history, notes, and consent forms."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes.merge import follow_merged
from desktop.ui.consent_section import ConsentSection
from desktop.ui.formatting import age, number
from desktop.ui.history_section import HistorySection
from desktop.ui.metric_chart import MetricChart
from desktop.ui.shell import WindowShell
from desktop.ui.translation import platform_label, shown
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole


class DetailPane(QWidget):
    """Shows one account in its influencer's context; emits `account_activated(id)`."""

    account_activated = Signal(object)  # UUID

    def __init__(self, shell: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = shell.store
        self.account_id: UUID | None = None
        self.influencer_id: UUID | None = None

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.phone = QLabel()
        self.tags = QLabel()
        self.notes = QLabel()
        for label in (self.phone, self.tags, self.notes):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown when the person was merged into another: the pane follows to them.
        self.merged_note = QLabel()
        self.merged_note.setObjectName("mergedNote")
        self.merged_note.setWordWrap(True)
        self.merged_note.hide()
        facts = QFormLayout()
        facts.addRow(self.tr("Phone"), self.phone)
        facts.addRow(self.tr("Tags"), self.tags)
        facts.addRow(self.tr("Notes"), self.notes)

        self.accounts = QTreeWidget()
        self.accounts.setHeaderLabels([self.tr("Account"), self.tr("Latest")])
        self.accounts.setRootIsDecorated(False)
        self.accounts.setMinimumHeight(80)
        self.accounts.setMaximumHeight(150)
        self.accounts.itemActivated.connect(self._jump)
        self.accounts.itemClicked.connect(self._jump)
        accounts_box = QGroupBox(self.tr("Accounts on both platforms"))
        QVBoxLayout(accounts_box).addWidget(self.accounts)

        # The chart is made with the first selected account, not with the window.
        self.chart: MetricChart | None = None
        chart_box = QGroupBox(self.tr("Metric history"))
        self.chart_layout = QVBoxLayout(chart_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.merged_note)
        layout.addLayout(facts)
        layout.addWidget(accounts_box)
        layout.addWidget(chart_box, 1)
        self.extra = QVBoxLayout()  # later sections (consent forms) add themselves here
        layout.addLayout(self.extra)
        self.consent = ConsentSection(shell, self)
        self.history = HistorySection(shell, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.consent, self.tr("Consent forms"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.extra.addWidget(self.tabs)
        self.show_account(None)

    def show_account(self, account_id: UUID | None) -> None:
        self.account_id = account_id
        account = self.store.get_account(account_id, include_deleted=True) if account_id else None
        influencer, note = None, None
        if account is not None:  # a merged person leads to the one they were merged into
            followed = follow_merged(self.store, account.influencer_id)
            influencer = followed.person or self.store.get_influencer(account.influencer_id,
                                                                      include_deleted=True)
            note = followed.message
        self.merged_note.setText(shown(note) if note else "")
        self.merged_note.setVisible(note is not None)
        self.influencer_id = influencer.id if influencer else None
        self.consent.show_influencer(self.influencer_id)
        self.history.show_influencer(self.influencer_id)
        self.accounts.clear()
        if account is None or influencer is None:
            self.title.setText(self.tr("Select an account to see the person behind it"))
            for label in (self.phone, self.tags, self.notes):
                label.setText("")
            if self.chart is not None:
                self.chart.show_history("", [])
            return
        self.title.setText(self.tr("{name} (deleted)").format(name=influencer.name)
                           if influencer.deleted_at else influencer.name)
        self.phone.setText(display_phone(influencer.phone) or "—")
        self.tags.setText(", ".join(influencer.tags) or "—")
        notes = [n for n in (influencer.notes, account.notes) if n]
        self.notes.setText("\n".join(notes) or "—")
        self._fill_accounts(influencer.id, account.id)
        metric = PLATFORMS[Platform(account.platform)].headline_metric
        metric_name = shown(METRIC_LABELS[metric])
        self.history_chart().show_history(f"{metric_name} · @{account.handle}",
                                          self.store.metric_history(account.id, metric))

    def history_chart(self) -> MetricChart:
        if self.chart is None:
            self.chart = MetricChart()
            self.chart_layout.addWidget(self.chart)
        return self.chart

    def _fill_accounts(self, influencer_id: UUID, selected: UUID) -> None:
        for other in sorted(self.store.accounts_of(influencer_id),
                            key=lambda a: (a.platform, a.handle)):
            platform = Platform(other.platform)
            metric = PLATFORMS[platform].headline_metric
            latest = self.store.latest_metrics(other.id).get(metric)
            latest_text = (f"{number(latest.value)} · {age(latest.observed_at)}"
                           if latest else self.tr("not collected yet"))
            item = QTreeWidgetItem([f"{platform_label(platform)}  @{other.handle}",
                                    latest_text])
            item.setData(0, ACCOUNT_ID_ROLE, other.id)
            item.setToolTip(0, "\n".join(t for t in (other.profile_url, other.email) if t))
            if other.id == selected:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.accounts.addTopLevelItem(item)
        for column in range(2):
            self.accounts.resizeColumnToContents(column)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        account_id = item.data(0, ACCOUNT_ID_ROLE)
        if account_id and account_id != self.account_id:
            self.account_activated.emit(account_id)
