"""The plan row by row: what each row of the file would do, with every field's old and new
value (issue 20). `import --dry-run --json` prints it; the wizard shows and filters it.

The planner (plan.py) works on groups (one person, the rows that name them); this view puts
each group's decisions back on its rows: a record's changes are listed on the first row that
names it, so each change appears once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.excel.importing.plan import AccountPlan, Action, ImportPlan, InfluencerPlan
from shared_models.records import jsonable


class RowAction(StrEnum):
    CREATE = "create"  # the row makes a new person or account
    UPDATE = "update"  # the row changes a stored record
    UNCHANGED = "unchanged"  # the store already says what the row says (or: skip policy)
    INVALID = "invalid"  # refused; `errors` say why


@dataclass(frozen=True)
class FieldChange:
    entity: str  # influencer or account
    id: str
    field: str
    old: object
    new: object

    @property
    def overwrites(self) -> bool:
        """True when a non-empty stored value would be replaced."""
        return self.old not in ("", None, [])

    def to_json(self) -> dict[str, object]:
        return {"entity": self.entity, "id": self.id, "field": self.field,
                "old": jsonable(self.old), "new": jsonable(self.new)}


@dataclass
class RowPlan:
    row: int  # Excel row number
    action: RowAction
    id: str | None  # the person the row is about (None: invalid)
    changes: list[FieldChange] = field(default_factory=list)
    skipped: bool = False  # a stored record the row would change, left alone (skip policy)
    errors: list[dict[str, object]] = field(default_factory=list)

    @property
    def overwrites(self) -> bool:
        return any(c.overwrites for c in self.changes)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"row": self.row, "action": self.action.value, "id": self.id}
        if self.changes or self.action is RowAction.UPDATE:
            out["changes"] = [c.to_json() for c in self.changes]
        if self.skipped:
            out["skipped"] = True
        if self.errors:
            out["errors"] = self.errors
        return out


def _influencer_changes(group: InfluencerPlan) -> list[FieldChange]:
    stored = group.existing
    if stored is None or group.action is not Action.UPDATE:
        return []
    return [FieldChange("influencer", group.id, name, getattr(stored, name), new)
            for name, new in group.changes.items()]


def _account_changes(account: AccountPlan) -> list[FieldChange]:
    stored = account.existing
    if stored is None or account.action is not Action.UPDATE:
        return []
    return [FieldChange("account", account.id, name, str(getattr(stored, name)), new)
            for name, new in account.changes.items()]


def row_plans(plan: ImportPlan) -> list[RowPlan]:
    """Every row of the file, in file order: its action, its person's id, its changes."""
    out: dict[int, RowPlan] = {}
    for group in plan.influencers:
        first = group.rows[0]
        for row in group.rows:
            entry = out.get(row)
            if entry is None:
                entry = out[row] = RowPlan(row, RowAction.UNCHANGED, group.id)
            if group.action is Action.CREATE:
                entry.action = RowAction.CREATE
            elif row == first:
                _add(entry, group.action, _influencer_changes(group))
        for account in group.accounts.values():
            entry = out[account.rows[0]]
            if account.action is Action.CREATE and entry.action is not RowAction.CREATE:
                entry.action = RowAction.CREATE
            else:
                _add(entry, account.action, _account_changes(account))
    for parsed in plan.invalid_rows:
        out[parsed.row] = RowPlan(parsed.row, RowAction.INVALID, None,
                                  errors=[e.to_json() for e in parsed.errors])
    return [out[row] for row in sorted(out)]


def _add(entry: RowPlan, action: Action, changes: list[FieldChange]) -> None:
    if action is Action.SKIP:
        entry.skipped = True
    if changes:
        entry.changes += changes
        if entry.action is RowAction.UNCHANGED:
            entry.action = RowAction.UPDATE
