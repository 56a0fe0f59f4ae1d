"""The typed records of a bulk write (an import) and their wire format between processes.

An import plans in one process and writes from another
(desktop/excel/importing/sinks.py): a batch of new records travels as bytes. `pack` /
`unpack` are the only code that knows that format; both sides
see `NewRecords` of `NewInfluencer` and `NewAccount`.

The records are NamedTuples (typed, read by field name): an import makes hundreds of
thousands of them, and a tuple is the cheapest object to build and to marshal.
"""

from __future__ import annotations

import marshal
from collections import namedtuple
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from desktop.store.batches import ImportBatch
from desktop.store.searchindex import TextEntry
from shared_models.fieldnames import ACCOUNT, EDITABLE
from shared_models.records import Entity, field_defaults


class NewInfluencer(NamedTuple):
    id: str
    name: str
    name_key: str  # shared_models.text.name_key(name)
    phone: str
    notes: str
    tags: tuple[str, ...]


# What finds and places a new account; the rest of its settable fields are its values.
ACCOUNT_PLACE = ("influencer_id", "platform", "handle", "profile_url")
ACCOUNT_VALUES = tuple(name for name in EDITABLE[ACCOUNT] if name not in ACCOUNT_PLACE)
ACCOUNT_DEFAULTS = tuple(map(field_defaults(Entity.ACCOUNT).get, ACCOUNT_VALUES))  # model's
# A new account: its row id (next_account_rid onwards; its search row is keyed by it), id,
# place and values (str each; a value left out is the model's default), one column each.
# Built from the model's fields, so a field added to Account is written by the import too.
NewAccount = namedtuple("NewAccount", ("rid", "id", *ACCOUNT_PLACE, *ACCOUNT_VALUES),
                        defaults=ACCOUNT_DEFAULTS)


@dataclass(frozen=True, slots=True)
class RecordChange:
    """Fields to change on a record the store already had (through its update_* calls)."""

    id: str
    fields: dict[str, object]


@dataclass
class NewRecords:
    """A batch of new influencers and their new accounts, with the accounts' search rows
    and text-index entries ready to insert (`desktop.store.bulk.new_records`)."""

    now: str
    influencers: list[NewInfluencer] = field(default_factory=list)
    accounts: list[NewAccount] = field(default_factory=list)
    # searchindex's own rows (searchindex.CREATED_ROW's columns)
    search_rows: list[tuple[Any, ...]] = field(default_factory=list)
    texts: list[TextEntry] = field(default_factory=list)

    @property
    def records(self) -> int:
        return len(self.influencers) + len(self.accounts)


@dataclass
class ClosingWrites:
    """What only the finished plan knows: the final values of records a later row of the
    file added to after they were written, and the changes to records the store had."""

    now: str
    amended_influencers: list[NewInfluencer] = field(default_factory=list)  # already inserted
    amended_accounts: list[NewAccount] = field(default_factory=list)  # already inserted
    new_accounts: list[NewAccount] = field(default_factory=list)  # search rows read back
    influencer_changes: list[RecordChange] = field(default_factory=list)
    account_changes: list[RecordChange] = field(default_factory=list)
    batch: ImportBatch | None = None  # kept for undo after the last write (batches.py)


@dataclass
class Applied:
    """What a bulk write did."""

    created_influencers: int = 0
    created_accounts: int = 0
    updated_influencers: int = 0
    updated_accounts: int = 0


def pack(records: NewRecords) -> bytes:
    """`records` as bytes for a writer process. Packed on the planning thread: left to the
    queue's feeder thread, pickling fought the planner for the interpreter lock and slowed
    it ~1.7x. marshal of plain tuples takes ~60 % of pickle's time."""
    return marshal.dumps((records.now, [tuple(r) for r in records.influencers],
                          [tuple(a) for a in records.accounts], records.search_rows,
                          records.texts))


# The records' constructors from a plain tuple, in C (`_make` is a Python call per record).
_influencer = partial(tuple.__new__, NewInfluencer)
_account = partial(tuple.__new__, NewAccount)


def unpack(data: bytes) -> NewRecords:
    now, influencers, accounts, search_rows, texts = marshal.loads(data)
    return NewRecords(now, list(map(_influencer, influencers)), list(map(_account, accounts)),
                      search_rows, texts)
