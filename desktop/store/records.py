"""Influencer and account edits: validate, write the record and its outbox op together."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from desktop.settings import platform_bases
from desktop.store import outbox, rows, softdelete
from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.errors import NotFound
from desktop.store.models import ts, utc_now
from desktop.store.searchindex import (
    build_doc,
    doc_matches,
    query_terms,
    reindex_accounts,
    reindex_influencers,
)
from desktop.store.settings import Settings
from shared_models.errors import InvalidValue
from shared_models.fieldnames import EDITABLE
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    normalize_handle,
    parse_platform,
    profile_url,
)
from shared_models.records import EDITABLE_FIELDS, Account, Entity, Influencer, field_defaults
from shared_models.text import clean_text, name_key
from shared_models.texts import user_text
from shared_models.validation import clean_field, edited_account_fields
from shared_models.validation import normalize_fields as normalize

INFLUENCER = "influencer"  # shared_models.records.Entity values
ACCOUNT = "account"
# A new account as the forms and the CLI create it: every field of the model, version 0.
_NEW_ACCOUNT = (f"INSERT INTO account (id, {', '.join(EDITABLE[ACCOUNT])}, version, "
                f"created_at, updated_at) VALUES (?, {', '.join('?' for _ in EDITABLE[ACCOUNT])},"
                " 0, ?, ?)")


def normalize_fields(entity: str, fields: dict[str, Any], **options: Any) -> dict[str, Any]:
    return normalize(Entity(entity), fields, **options)


def _new_id(value: UUID | str | None) -> str:
    if value is None:
        return str(uuid.uuid4())
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise InvalidValue("id", value, user_text("'{value}' is not a record id.",
                                                  value=value)) from None


def _id(value: UUID | str, what: str) -> str:
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise NotFound("id", value, user_text("'{value}' is not a valid account id.", value=value)
                       if what == "account" else
                       user_text("'{value}' is not a valid influencer id.", value=value)) from None


R = TypeVar("R", Influencer, Account)


@dataclass(frozen=True)
class _Kind(Generic[R]):
    """What soft delete and restore need to know about one kind of record."""

    entity: str  # its table and outbox entity
    read: Callable[[Records, Connection, str], R]
    check_key: Callable[[Records, Connection, R], None]  # InvalidValue if key taken


class Records:
    """Create, edit, delete, restore and move influencers and accounts."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        # (data version, people without accounts with their search documents): the scan
        # reads every person, so it runs once per change, not once per typed letter.
        self._no_accounts: tuple[tuple[int, int], list[tuple[Influencer, str]]] | None = None

    # -- helpers -----------------------------------------------------------------------------

    @property
    def phone_region(self) -> str:
        return str(self.settings.get("phone_region", DEFAULT_REGION))

    def web_base(self, platform: Platform) -> str:
        stored = (self.settings.get("platform_bases", {}) or {}).get(platform.value)
        return platform_bases(platform, stored).web_base

    def _influencer_row(self, conn: Connection, id: str, *, live: bool = False) -> Influencer:
        row = conn.exec_driver_sql(rows.INFLUENCER_SELECT + " WHERE id = ?", (id,)).first()
        if row is None:
            raise NotFound("influencer_id", id, user_text(
                "There is no influencer with id {id}.", id=id))
        record = rows.influencer(row)
        if live and record.deleted_at is not None:
            raise InvalidValue("influencer_id", id, user_text(
                "The influencer {name} is deleted; restore it first.", name=record.name))
        return record

    def _account_row(self, conn: Connection, id: str) -> Account:
        row = conn.exec_driver_sql(rows.ACCOUNT_SELECT + " WHERE id = ?", (id,)).first()
        if row is None:
            raise NotFound("id", id, user_text("There is no account with id {id}.", id=id))
        return rows.account(row)

    def _check_influencer_key(self, conn: Connection, name: str, phone: str,
                              except_id: str | None = None) -> None:
        if not phone:
            return  # a name alone does not say it is the same person (the server agrees)
        other = conn.exec_driver_sql(
            "SELECT id FROM influencer WHERE name_key = ? AND phone = ? AND deleted_at IS NULL "
            "AND id IS NOT ?", (name_key(name), phone, except_id)).first()
        if other is not None:
            who = f"{name} ({phone})" if phone else name
            raise InvalidValue("name", name, user_text(
                "An influencer {person} already exists (id {id}).", person=who, id=other[0]))

    def _check_account_key(self, conn: Connection, platform: str, handle: str,
                           except_id: str | None = None) -> None:
        other = conn.exec_driver_sql(
            "SELECT a.id, i.name FROM account a LEFT JOIN influencer i ON i.id = a.influencer_id "
            "WHERE a.platform = ? AND a.handle = ? AND a.deleted_at IS NULL AND a.id IS NOT ?",
            (platform, handle, except_id)).first()
        if other is not None:
            raise InvalidValue("handle", handle, user_text(
                "The {platform} account '{handle}' already exists (it belongs to {person}).",
                platform=PLATFORMS[Platform(platform)].label, handle=handle, person=other[1]))

    # -- influencers -------------------------------------------------------------------------

    def create_influencer(self, *, name: str, phone: str = "", notes: str = "",
                          tags: list[str] | str | None = None,
                          id: UUID | str | None = None) -> Influencer:
        record_id = _new_id(id)
        fields = normalize_fields(
            INFLUENCER, {"name": name, "phone": phone, "notes": notes, "tags": tags or []},
            creating=True, region=self.phone_region)
        now = ts(utc_now())
        with self.db.write() as conn:
            if conn.exec_driver_sql("SELECT 1 FROM influencer WHERE id = ?",
                                    (record_id,)).first():
                raise InvalidValue("id", record_id, user_text(
                    "The id {id} is already in use.", id=record_id))
            self._check_influencer_key(conn, fields["name"], fields["phone"])
            conn.exec_driver_sql(
                "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (record_id, fields["name"], name_key(fields["name"]), fields["phone"],
                 fields["notes"], json.dumps(fields["tags"], ensure_ascii=False), now, now))
            outbox.enqueue(conn, INFLUENCER, record_id, "upsert", None, fields)
            return self._influencer_row(conn, record_id)

    def update_influencer(self, id: UUID | str, **fields: Any) -> Influencer:
        record_id = _id(id, "influencer")
        clean = normalize_fields(INFLUENCER, fields, creating=False,
                                 region=self.phone_region)
        with self.db.write() as conn:
            current = self._influencer_row(conn, record_id)
            changed = {k: v for k, v in clean.items() if getattr(current, k) != v}
            if not changed:
                return current
            name = changed.get("name", current.name)
            phone = changed.get("phone", current.phone)
            if ("name" in changed or "phone" in changed) and current.deleted_at is None:
                self._check_influencer_key(conn, name, phone, except_id=record_id)
            self._write_influencer(conn, record_id, changed)
            outbox.enqueue(conn, INFLUENCER, record_id, "upsert", current.version, changed)
            reindex_influencers(conn, [record_id])
            return self._influencer_row(conn, record_id)

    def _write_influencer(self, conn: Connection, record_id: str, fields: dict[str, Any]) -> None:
        values = dict(fields)
        if "tags" in values:
            values["tags"] = json.dumps(values["tags"], ensure_ascii=False)
        if "name" in values:
            values["name_key"] = name_key(values["name"])
        values["updated_at"] = ts(utc_now())
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.exec_driver_sql(f"UPDATE influencer SET {sets} WHERE id = ?",
                             (*values.values(), record_id))

    def delete_influencer(self, id: UUID | str, merged_into: UUID | str | None = None
                          ) -> Influencer:
        """Soft delete; `merged_into`: the person it was merged into (the server's history
        keeps the pointer, see docs/history.md)."""
        note = {"merged_into": _id(merged_into, "influencer")} if merged_into else {}
        return self._set_deleted(_INFLUENCERS, id, deleted=True, note=note)

    def restore_influencer(self, id: UUID | str, *, same_key_ok: bool = False) -> Influencer:
        """Bring a deleted person back; `same_key_ok`: even if a live person has the same
        name and phone (undo of a merge brings back the duplicate it removed)."""
        return self._set_deleted(_INFLUENCERS, id, deleted=False, check_key=not same_key_ok)

    def get_influencer(self, id: UUID | str, include_deleted: bool = False) -> Influencer | None:
        try:
            record_id = str(UUID(str(id)))
        except ValueError:
            return None
        with self.db.read() as conn:
            row = conn.exec_driver_sql(rows.INFLUENCER_SELECT + " WHERE id = ?",
                                       (record_id,)).first()
        record = rows.influencer(row) if row else None
        if record is not None and record.deleted_at is not None and not include_deleted:
            return None
        return record

    def follow_merged(self, id: UUID | str) -> tuple[Influencer | None, list[Influencer]]:
        """The person `id` leads to: itself when live, else the live person its merge
        pointers (`merged_into`) lead to. Returns (that person or None, the merged
        tombstones passed on the way, first to last)."""
        passed: list[Influencer] = []
        person = self.get_influencer(id, include_deleted=True)
        while person is not None and person.deleted_at is not None and \
                person.merged_into is not None and len(passed) < 32:
            passed.append(person)
            person = self.get_influencer(person.merged_into, include_deleted=True)
            if person is not None and any(p.id == person.id for p in passed):
                return None, passed  # a loop (never written by this app)
        if person is None or person.deleted_at is not None:
            return None, passed
        return person, passed

    def find_influencer(self, name: str, phone: str = "") -> Influencer | None:
        """The live influencer with this natural key (normalised name + phone), if any."""
        clean = normalize_fields(INFLUENCER, {"name": name, "phone": phone},
                                 creating=False, region=self.phone_region)
        with self.db.read() as conn:
            row = conn.exec_driver_sql(
                rows.INFLUENCER_SELECT + " WHERE name_key = ? AND phone = ? AND deleted_at IS "
                "NULL", (name_key(clean["name"]), clean["phone"])).first()
        return rows.influencer(row) if row else None

    def search_influencers(self, text: str, limit: int = 30) -> list[Influencer]:
        """Live influencers whose name or phone contains `text` (case-insensitive), by name.

        For pickers ("add an account to …"): unlike `search`, it finds people who have no
        account yet. Phone fragments match in any format (digits of E.164 or national).
        """
        words = clean_text(text).casefold()
        digits = "".join(ch for ch in words if ch.isdigit())
        clauses, params = ["deleted_at IS NULL"], []
        if words:
            match = "instr(name_key, ?) > 0"
            params.append(words.replace(" ", ""))  # name_key has no spaces (name_key rule)
            if len(digits) >= 3:
                # 010-1234 → 0101234 / 101234: the national form drops into E.164's digits.
                match += " OR instr(replace(phone, '+', ''), ?) > 0 " \
                         "OR instr('0' || substr(replace(phone, '+', ''), 3), ?) > 0"
                params += [digits, digits]
            clauses.append(f"({match})")
        with self.db.read() as conn:
            found = conn.exec_driver_sql(
                rows.INFLUENCER_SELECT + " WHERE " + " AND ".join(clauses)
                + " ORDER BY name_key LIMIT ?", (*params, max(0, int(limit)))).all()
        return [rows.influencer(row) for row in found]

    def people_without_accounts(self, text: str = "") -> list[Influencer]:
        """Live influencers with no live account whose name, phone, tags or notes match
        `text` as the account search would (Korean initials too), by name. The account
        search cannot list them: its rows are accounts."""
        terms = query_terms(text)
        # Inside a caller's transaction the data can change under the cache: no cache there.
        use_cache = not self.db.in_transaction()
        with self.db.read() as conn:
            version = self.db.data_version(conn)
            cached = self._no_accounts
            if cached is None or cached[0] != version or not use_cache:
                found = [rows.influencer(row) for row in conn.exec_driver_sql(
                    rows.INFLUENCER_SELECT + " i WHERE deleted_at IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM account a WHERE a.influencer_id = i.id "
                    "AND a.deleted_at IS NULL) ORDER BY name_key")]
                cached = (version, [(p, build_doc(p.name, p.phone, p.tags, p.notes, "", "", "",
                                                  "")) for p in found])
                self._no_accounts = cached
        return [person for person, doc in cached[1] if doc_matches(doc, terms)]

    # -- accounts ----------------------------------------------------------------------------

    def _account_fields(self, fields: dict[str, Any], *, creating: bool,
                        platform: Platform | None) -> dict[str, Any]:
        """Normalise account fields by the shared rules. A profile URL given as the handle
        sets profile_url too, and one given alone sets the handle; without either, the
        handle's URL is made."""
        raw = dict(fields)
        if raw.get("profile_url") in (None, ""):
            raw.pop("profile_url", None)
        bases = self.web_bases()
        if "profile_url" in raw and clean_text(raw.get("handle")) == "":
            # The URL alone says the handle: judged first by the profile URL rule, so a
            # value that is not one gets that rule's sentence (not the handle's).
            chosen = parse_platform(raw["platform"]) if raw.get("platform") else platform
            raw["handle"] = clean_field(Entity.ACCOUNT, "profile_url", raw["profile_url"],
                                        platform=chosen, web_bases=bases)
        clean = normalize_fields(ACCOUNT, raw, creating=creating, platform=platform,
                                 region=self.phone_region, web_bases=bases)
        if "handle" in clean:
            chosen = Platform(clean.get("platform") or platform)
            text = clean_text(raw.get("handle"))
            if "/" in text or "://" in text:
                clean["profile_url"] = clean_field(Entity.ACCOUNT, "profile_url", text,
                                                   platform=chosen, web_bases=bases)
            elif "profile_url" not in raw:
                clean["profile_url"] = profile_url(chosen, clean["handle"], bases[chosen])
        return clean

    def web_bases(self) -> dict[Platform, str]:
        """The platforms' web sites as this desk is configured."""
        return {platform: self.web_base(platform) for platform in Platform}

    def create_account(self, *, influencer_id: UUID | str, platform: str | Platform,
                       handle: str = "", profile_url: str | None = None,
                       id: UUID | str | None = None, **fields: Any) -> Account:
        """A new account. `fields`: its other fields by the model's names (email,
        category, status, notes, ...); one left out takes the model's default. Without a
        profile URL, the handle's is made; without a handle, the profile URL's is taken."""
        record_id = _new_id(id)
        fields = self._account_fields(
            {**field_defaults(Entity.ACCOUNT), **fields, "influencer_id": str(influencer_id),
             "platform": platform, "handle": handle, "profile_url": profile_url},
            creating=True, platform=None)
        fields.setdefault("profile_url", "")
        now = ts(utc_now())
        with self.db.write() as conn:
            self._influencer_row(conn, fields["influencer_id"], live=True)
            if conn.exec_driver_sql("SELECT 1 FROM account WHERE id = ?", (record_id,)).first():
                raise InvalidValue("id", record_id, user_text(
                    "The id {id} is already in use.", id=record_id))
            self._check_account_key(conn, fields["platform"], fields["handle"])
            conn.exec_driver_sql(_NEW_ACCOUNT, (record_id, *(fields[name] for name in
                                                             EDITABLE[ACCOUNT]), now, now))
            outbox.enqueue(conn, ACCOUNT, record_id, "upsert", None, fields)
            reindex_accounts(conn, [record_id])
            return self._account_row(conn, record_id)

    def update_account(self, id: UUID | str, **fields: Any) -> Account:
        """Change the account's `fields`. A handle or profile URL equal to the stored one is
        not judged again: a value stored before a rule changed stays until it is edited
        (an undo of another field's edit puts it back as it was)."""
        record_id = _id(id, "account")
        unknown = set(fields) - EDITABLE_FIELDS[Entity.ACCOUNT]
        if unknown:
            normalize_fields(ACCOUNT, fields, creating=False)  # raises, naming the field
        with self.db.write() as conn:
            current = self._account_row(conn, record_id)
            fields = edited_account_fields(fields, {"handle": current.handle,
                                                    "profile_url": current.profile_url})
            if "platform" in fields and "handle" not in fields and \
                    not clean_text(fields.get("profile_url")):
                # The stored handle on the new platform (a new profile URL gives its own).
                fields = {**fields, "handle": current.handle}
            clean = self._account_fields(fields, creating=False, platform=current.platform)
            changed = {k: v for k, v in clean.items() if str(getattr(current, k)) != str(v)}
            if not changed:
                return current
            if "influencer_id" in changed:
                self._influencer_row(conn, changed["influencer_id"], live=True)
            if ({"platform", "handle"} & changed.keys()) and current.deleted_at is None:
                self._check_account_key(conn, clean.get("platform", current.platform.value),
                                        clean.get("handle", current.handle), except_id=record_id)
            values = {**changed, "updated_at": ts(utc_now())}
            conn.exec_driver_sql(
                f"UPDATE account SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                (*values.values(), record_id))
            outbox.enqueue(conn, ACCOUNT, record_id, "upsert", current.version, changed,
                           before={"influencer_id": str(current.influencer_id)})
            reindex_accounts(conn, [record_id])
            return self._account_row(conn, record_id)

    def move_account(self, id: UUID | str, to_influencer_id: UUID | str) -> Account:
        """Attach the account to another influencer (both platforms' lists follow)."""
        return self.update_account(id, influencer_id=str(to_influencer_id))

    def delete_account(self, id: UUID | str) -> Account:
        return self._set_deleted(_ACCOUNTS, id, deleted=True)

    def restore_account(self, id: UUID | str) -> Account:
        return self._set_deleted(_ACCOUNTS, id, deleted=False)

    def _set_deleted(self, kind: _Kind[R], id: UUID | str, *, deleted: bool,
                     note: dict[str, Any] | None = None, check_key: bool = True) -> R:
        """Soft delete (or restore) one record (the rule: softdelete.set_deleted) in one
        transaction. Deleting a deleted record, or restoring a live one, does nothing;
        a restore first checks that no live record has taken its natural key meanwhile."""
        record_id = _id(id, kind.entity)
        with self.db.write() as conn:
            current = kind.read(self, conn, record_id)
            if (current.deleted_at is not None) == deleted:
                return current
            if not deleted and check_key:
                kind.check_key(self, conn, current)
            if kind.entity == INFLUENCER:  # a merge's pointer; a restore clears it
                conn.exec_driver_sql("UPDATE influencer SET merged_into = ? WHERE id = ?", (
                    (note or {}).get("merged_into") if deleted else None, record_id))
            softdelete.set_deleted(conn, kind.entity, record_id, current.version,
                                   deleted=deleted, note=note)
            return kind.read(self, conn, record_id)

    def delete_many(self, influencer_ids: Iterable[str] = (),
                    account_ids: Iterable[str] = ()) -> dict[str, int]:
        """Soft-delete many live people and accounts at once (undo of a large import) in one
        transaction, the search rows rebuilt once (softdelete.delete_many). Returns how many
        of each were deleted (those already deleted or unknown are left out)."""
        with self.db.write() as conn:
            done = softdelete.delete_many(conn, {ACCOUNT: account_ids,
                                                 INFLUENCER: influencer_ids})
        return {INFLUENCER: len(done[INFLUENCER]), ACCOUNT: len(done[ACCOUNT])}

    def get_account(self, id: UUID | str, include_deleted: bool = False) -> Account | None:
        try:
            record_id = str(UUID(str(id)))
        except ValueError:
            return None
        with self.db.read() as conn:
            row = conn.exec_driver_sql(rows.ACCOUNT_SELECT + " WHERE id = ?",
                                       (record_id,)).first()
        record = rows.account(row) if row else None
        if record is not None and record.deleted_at is not None and not include_deleted:
            return None
        return record

    def find_account(self, platform: str | Platform, handle: str) -> Account | None:
        """The live account with this natural key; `handle` may be a profile URL."""
        chosen = parse_platform(platform)
        clean = normalize_handle(chosen, handle, self.web_bases())
        with self.db.read() as conn:
            row = conn.exec_driver_sql(
                rows.ACCOUNT_SELECT + " WHERE platform = ? AND handle = ? AND deleted_at IS NULL",
                (chosen.value, clean)).first()
        return rows.account(row) if row else None

    def accounts_of(self, influencer_id: UUID | str,
                    include_deleted: bool = False) -> list[Account]:
        """All of an influencer's accounts on both platforms (the cross-platform reference)."""
        try:
            record_id = str(UUID(str(influencer_id)))
        except ValueError:
            return []
        where = "" if include_deleted else " AND deleted_at IS NULL"
        with self.db.read() as conn:
            found = conn.exec_driver_sql(
                rows.ACCOUNT_SELECT + f" WHERE influencer_id = ?{where} ORDER BY platform, handle",
                (record_id,)).all()
        return [rows.account(r) for r in found]


_INFLUENCERS: _Kind[Influencer] = _Kind(
    INFLUENCER, lambda store, conn, id: store._influencer_row(conn, id),
    lambda store, conn, r: store._check_influencer_key(conn, r.name, r.phone, except_id=str(r.id)))
_ACCOUNTS: _Kind[Account] = _Kind(
    ACCOUNT, lambda store, conn, id: store._account_row(conn, id),
    lambda store, conn, r: store._check_account_key(conn, r.platform.value, r.handle,
                                                    except_id=str(r.id)))
