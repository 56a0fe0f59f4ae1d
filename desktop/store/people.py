"""What identifies each live person (for finding duplicates): name, its key, phone, and
their accounts' e-mails and handles, read in two queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.store import Store


@dataclass
class PersonKeys:
    id: str
    name: str
    name_key: str
    phone: str
    emails: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)  # handles (lower-case), either platform


def live_people(store: Store) -> dict[str, PersonKeys]:
    with store.snapshot() as conn:
        people = {r[0]: PersonKeys(r[0], r[1], r[2], r[3]) for r in conn.exec_driver_sql(
            "SELECT id, name, name_key, phone FROM influencer WHERE deleted_at IS NULL")}
        for owner, email, handle in conn.exec_driver_sql(
                "SELECT influencer_id, email, handle FROM account WHERE deleted_at IS NULL"):
            person = people.get(owner)
            if person is not None:
                if email:
                    person.emails.add(email.casefold())
                person.handles.add(handle.casefold())
    return people
