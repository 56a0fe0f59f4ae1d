"""Wire bounds (issue 17): clear the values stored before the bounds that break other desks.

The push now refuses them (shared_models/rules.py), but an office's database may already
hold some, and every desk pulls them:
- metric snapshots observed outside the years 2000..2100 (a desk cannot even parse year 0
  or 9999 with a time zone): deleted - they are not measurements;
- collection-run reports with such dates: deleted (the admin status broke on them);
- profile URLs that are not http(s) web addresses (`javascript:`, `file:` ...): emptied;
- consent-form file names that are paths or hold control or bidi characters: cleaned.
An emptied URL or a cleaned name is a new version with a new server_seq, so every desk pulls
the clean value instead of keeping the dangerous one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared_models.attachments import safe_file_name

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_IN_RANGE = ("{col} >= TIMESTAMPTZ '2000-01-01 00:00:00+00' "
             "AND {col} < TIMESTAMPTZ '2101-01-01 00:00:00+00'")
# A new version of a record whose field was cleaned, as the push engine writes one.
_BUMP = ("UPDATE {table} SET {field} = :value, version = version + 1, updated_at = now(), "
         "field_versions = field_versions || jsonb_build_object('{field}', version + 1), "
         "server_seq = nextval('sync_server_seq') WHERE id = :id")


def upgrade() -> None:
    op.execute("DELETE FROM metric_snapshot WHERE NOT ("
               + _IN_RANGE.format(col="observed_at") + ")")
    op.execute("DELETE FROM collection_run WHERE NOT (" + _IN_RANGE.format(col="started_at")
               + ") OR NOT (" + _IN_RANGE.format(col="finished_at") + ")")
    op.execute("UPDATE collection_run SET blocked_until = NULL WHERE blocked_until IS NOT NULL "
               "AND NOT (" + _IN_RANGE.format(col="blocked_until") + ")")
    conn = op.get_bind()
    bad_urls = conn.execute(sa.text(
        "SELECT id FROM account WHERE profile_url <> '' "
        "AND profile_url !~* '^https?://[^/@[:space:]]+(/|$)' ORDER BY server_seq")).scalars()
    for record_id in list(bad_urls):
        conn.execute(sa.text(_BUMP.format(table="account", field="profile_url")),
                     {"id": record_id, "value": ""})
    names = conn.execute(sa.text("SELECT id, file_name, media_type FROM attachment "
                                 "ORDER BY server_seq")).all()
    for record_id, name, media_type in names:
        clean = safe_file_name(name, media_type)
        if clean != name:
            conn.execute(sa.text(_BUMP.format(table="attachment", field="file_name")),
                         {"id": record_id, "value": clean})


def downgrade() -> None:
    pass  # what was removed was never valid; nothing to put back
