"""Conflicts settled on a desk are settled on the server, and for every desk.

A conflict is one losing value on one record field. When a desk resolves it (keep mine:
it re-sends its value as a new edit; keep theirs: the server's value stays), every open
conflict on the same record field is resolved the same way: the field's value has been
decided. Desks ask for the state of their open conflicts on each sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Connection, and_, func, select, tuple_, update

from shared_models.sync import ConflictResolution, ConflictState, Resolution
from sync_api import models

_conflicts = models.SyncConflict.__table__  # type: ignore[attr-defined]


def resolve(conn: Connection, device_id: str, resolutions: Sequence[ConflictResolution]) -> int:
    """Mark these conflicts, and the open ones on the same record fields, resolved; returns
    how many were marked."""
    if not resolutions:
        return 0
    wanted = {r.conflict_id: r.resolution for r in resolutions}
    found = conn.execute(select(_conflicts.c.id, _conflicts.c.entity, _conflicts.c.record_id,
                                _conflicts.c.field).where(_conflicts.c.id.in_(wanted))).all()
    marked = 0
    for row in found:
        same_field = and_(
            tuple_(_conflicts.c.entity, _conflicts.c.record_id, _conflicts.c.field)
            == (row.entity, row.record_id, row.field),
            _conflicts.c.resolved_at.is_(None))
        marked += conn.execute(
            update(_conflicts).where(same_field | ((_conflicts.c.id == row.id)
                                                   & _conflicts.c.resolved_at.is_(None)))
            .values(resolved_at=func.now(), resolution=wanted[row.id].value,
                    resolved_by=device_id)).rowcount
    return marked


def states(conn: Connection, ids: Sequence[UUID]) -> list[ConflictState]:
    """The state of each conflict the server knows among `ids`."""
    if not ids:
        return []
    rows = conn.execute(select(_conflicts.c.id, _conflicts.c.resolution,
                               _conflicts.c.resolved_at).where(_conflicts.c.id.in_(ids)))
    return [ConflictState(conflict_id=r.id, resolved_at=r.resolved_at,
                          resolution=Resolution(r.resolution) if r.resolution else None)
            for r in rows]

