"""Likely duplicate people, each group with its reasons (`influencer-desk duplicates`, the
window's "Find duplicates…"). Only listed: merging is a person's decision (merge.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum

from desktop.store import Store
from desktop.store.people import PersonKeys, live_people


class Reason(StrEnum):
    SAME_PHONE = "same phone"
    SAME_EMAIL = "same e-mail"
    SAME_HANDLE = "same handle"
    SAME_NAME = "names equal after normalisation"
    SIMILAR_NAME_SAME_PHONE = "similar names with the same phone"


SIMILAR = 0.75  # difflib ratio of two names' keys from which they count as similar


@dataclass
class DuplicateGroup:
    people: list[PersonKeys]
    reasons: list[Reason] = field(default_factory=list)
    shared: dict[str, str] = field(default_factory=dict)  # reason -> the value shared

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.people)

    def to_json(self) -> dict[str, object]:
        return {"ids": list(self.ids), "reasons": [r.value for r in self.reasons],
                "shared": self.shared,
                "people": [{"id": p.id, "name": p.name, "phone": p.phone,
                            "emails": sorted(p.emails), "handles": sorted(p.handles)}
                           for p in self.people]}


def _similar(a: str, b: str) -> bool:
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= SIMILAR


def _by(people: Iterable[PersonKeys], keys: Callable[[PersonKeys], Iterable[str]]
        ) -> dict[str, list[PersonKeys]]:
    groups: dict[str, list[PersonKeys]] = defaultdict(list)
    for person in people:
        for key in keys(person):
            if key:
                groups[key].append(person)
    return {k: v for k, v in groups.items() if len(v) > 1}


def find_duplicates(store: Store) -> list[DuplicateGroup]:
    """Groups of live people that are likely one person, the strongest reasons first."""
    people = sorted(live_people(store).values(), key=lambda p: (p.name_key, p.id))
    found: dict[tuple[str, ...], DuplicateGroup] = {}

    def add(members: list[PersonKeys], reason: Reason, shared: str) -> None:
        ordered = sorted(members, key=lambda p: (p.name_key, p.id))
        group = found.setdefault(tuple(p.id for p in ordered), DuplicateGroup(ordered))
        if reason not in group.reasons:
            group.reasons.append(reason)
            group.shared[reason.value] = shared

    for phone, members in _by(people, lambda p: [p.phone]).items():
        add(members, Reason.SAME_PHONE, phone)
        keys = [p.name_key for p in members]
        if any(_similar(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]):
            add(members, Reason.SIMILAR_NAME_SAME_PHONE, phone)
    for email, members in _by(people, lambda p: p.emails).items():
        add(members, Reason.SAME_EMAIL, email)
    for handle, members in _by(people, lambda p: p.handles).items():
        add(members, Reason.SAME_HANDLE, handle)
    for members in _by(people, lambda p: [p.name_key]).values():
        add(members, Reason.SAME_NAME, members[0].name)
    order = list(Reason)
    return sorted(found.values(), key=lambda g: (-len(g.reasons),
                                                 min(order.index(r) for r in g.reasons),
                                                 g.people[0].name_key))
