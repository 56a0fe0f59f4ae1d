"""The randomized convergence run (issue 16): several real desktop stores and real sync
engines against one real sync server over loopback, with lost replies and killed syncs.

    violations = run_seed(seed, database_url, work_dir)   # [] when the office converged

One seed drives everything: which desk does what (creates, edits, renames, moves, deletes,
restores, the same person added on two desks, conflicts resolved), the order desks sync in,
which replies are lost after the server committed and which syncs are killed half-way.
After the run the faults stop and every desk syncs until quiet; then the invariants of
`check` must hold. `python3 dev.py soak --seeds N` runs many seeds and prints the seed of
any failure, to replay with `--seed S`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg

from desktop.store import Store
from desktop.sync import SyncClient, SyncEngine, SyncError
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, read_profile_url
from sync_api.core.db import libpq_url
from tests.support.postgres import fresh_database, postgres_server
from tests.support.sync_server import SyncServerHandle, running_sync_server

NAMES = ("김민지", "Alex Kim", "박서준", "Lee Jiwoo")
PHONES = ("010-1111-2222", "010-3333-4444", "")
HANDLES = ("minji", "alexk", "seojun", "jiwoo", "foodie")
WORDS = ("alpha", "beta", "gamma", "delta", "omega")
INF_FIELDS = ("name", "phone", "notes", "tags", "deleted")
ACC_FIELDS = ("influencer_id", "platform", "handle", "notes", "category", "deleted")


class Killed(httpx.TransportError):
    """The sync was killed (or the network went) at this request."""


class FaultyTransport(httpx.BaseTransport):
    """Real loopback HTTP that, while `armed`, loses replies after the server committed
    and kills syncs before a request is sent."""

    def __init__(self, rng: random.Random) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = rng
        self.armed = True
        self.lost = 0
        self.killed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.armed and self.rng.random() < 0.05:
            self.killed += 1
            raise Killed("sync killed before the request")
        response = self.inner.handle_request(request)
        if self.armed and request.method == "POST" and self.rng.random() < 0.15:
            response.read()  # the server has committed and answered; the answer is lost
            response.close()
            self.lost += 1
            raise httpx.ReadError("reply lost")
        return response

    def close(self) -> None:
        self.inner.close()


@dataclass
class Write:
    step: int
    desk: int
    entity: str
    id: str
    field: str
    value: Any


@dataclass
class Desk:
    number: int
    store: Store
    engine: SyncEngine
    transport: FaultyTransport
    device_id: str = ""


@dataclass
class Run:
    rng: random.Random
    desks: list[Desk]
    writes: list[Write] = field(default_factory=list)
    step: int = 0
    syncs: int = 0
    failed_syncs: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    def note(self, desk: Desk, entity: str, record_id: Any, values: dict[str, Any],
             creating: bool = False) -> None:
        for name, value in values.items():
            if creating and value in ("", []):
                continue  # a create's empty field is no value (a merge fills it)
            self.writes.append(Write(self.step, desk.number, entity, str(record_id), name,
                                     value))


# -- what a desk does --------------------------------------------------------------------


def _live(store: Store, entity: str) -> list[Any]:
    with store.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            f"SELECT id FROM {entity} WHERE deleted_at IS NULL ORDER BY rowid")]


def _deleted(store: Store, entity: str) -> list[Any]:
    with store.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            f"SELECT id FROM {entity} WHERE deleted_at IS NOT NULL ORDER BY rowid")]


def _influencer_values(record: Any) -> dict[str, Any]:
    return {"name": record.name, "phone": record.phone, "notes": record.notes,
            "tags": list(record.tags)}


def _account_values(record: Any) -> dict[str, Any]:
    return {"influencer_id": str(record.influencer_id), "platform": record.platform.value,
            "handle": record.handle, "notes": record.notes, "category": record.category}


def _changed(before: dict[str, Any], after: dict[str, Any],
             names: Any) -> dict[str, Any]:
    """The edited fields whose value the store really changed (an edit to the same value
    queues nothing, so it is no write)."""
    return {k: after[k] for k in names if after[k] != before[k]}


def act(run: Run, desk: Desk) -> None:
    """One random local edit on `desk` (an edit the store refuses is skipped)."""
    rng, store = run.rng, desk.store
    people, accounts = _live(store, "influencer"), _live(store, "account")
    choice = rng.choice(("create", "create", "account", "edit", "edit", "rename", "move",
                         "acc_edit", "handle", "delete", "delete_acc", "restore", "resolve"))
    try:
        if choice == "create" or (not people and choice != "restore"):
            person = store.create_influencer(name=rng.choice(NAMES), phone=rng.choice(PHONES),
                                             notes=rng.choice(WORDS))
            run.note(desk, "influencer", person.id, {**_influencer_values(person),
                                                     "deleted": False}, creating=True)
        elif choice == "account":
            account = store.create_account(influencer_id=rng.choice(people),
                                           platform=rng.choice("AB"),
                                           handle=rng.choice(HANDLES),
                                           notes=rng.choice(WORDS))
            run.note(desk, "account", account.id, {**_account_values(account),
                                                   "deleted": False}, creating=True)
        elif choice == "edit":
            pid = rng.choice(people)
            edit = rng.choice(({"notes": f"{rng.choice(WORDS)} {run.step}"},
                               {"tags": rng.sample(WORDS, 2)}))
            before = _influencer_values(store.get_influencer(pid))
            after = _influencer_values(store.update_influencer(pid, **edit))
            run.note(desk, "influencer", pid, _changed(before, after, edit))
        elif choice == "rename":
            pid = rng.choice(people)
            edit = rng.choice(({"name": rng.choice(NAMES)}, {"phone": rng.choice(PHONES)}))
            before = _influencer_values(store.get_influencer(pid))
            after = _influencer_values(store.update_influencer(pid, **edit))
            run.note(desk, "influencer", pid, _changed(before, after, edit))
        elif choice == "move" and accounts:
            aid = rng.choice(accounts)
            before = _account_values(store.get_account(aid))
            after = _account_values(store.move_account(aid, rng.choice(people)))
            run.note(desk, "account", aid, _changed(before, after, ("influencer_id",)))
        elif choice == "acc_edit" and accounts:
            aid = rng.choice(accounts)
            edit = rng.choice(({"notes": f"{rng.choice(WORDS)} {run.step}"},
                               {"category": rng.choice(WORDS)}))
            before = _account_values(store.get_account(aid))
            after = _account_values(store.update_account(aid, **edit))
            run.note(desk, "account", aid, _changed(before, after, edit))
        elif choice == "handle" and accounts:
            aid = rng.choice(accounts)
            before = _account_values(store.get_account(aid))
            after = _account_values(store.update_account(aid, handle=rng.choice(HANDLES)))
            run.note(desk, "account", aid, _changed(before, after, ("handle",)))
        elif choice == "delete":
            pid = rng.choice(people)
            store.delete_influencer(pid)
            run.note(desk, "influencer", pid, {"deleted": True})
        elif choice == "delete_acc" and accounts:
            aid = rng.choice(accounts)
            store.delete_account(aid)
            run.note(desk, "account", aid, {"deleted": True})
        elif choice == "restore":
            entity = rng.choice(("influencer", "account"))
            gone = _deleted(store, entity)
            if gone:
                rid = rng.choice(gone)
                (store.restore_influencer if entity == "influencer"
                 else store.restore_account)(rid)
                run.note(desk, entity, rid, {"deleted": False})
        elif choice == "resolve":
            resolve_one(run, desk)
    except (InvalidValue, LookupError):
        pass  # the store refused it (a taken key, a deleted person): nothing was queued


def resolve_one(run: Run, desk: Desk) -> None:
    # (ids are random: an order by content keeps a seed's run the same every time)
    open_ = sorted(desk.store.conflicts(), key=lambda c: (c.entity, c.field, c.label,
                                                          str(c.your_value)))
    if not open_:
        return
    conflict = run.rng.choice(open_)
    keep = run.rng.choice(("mine", "theirs"))
    desk.store.resolve_conflict(conflict.id, keep)
    if keep == "mine":
        run.note(desk, conflict.entity, conflict.record_id,
                 {conflict.field: conflict.your_value})


def sync(run: Run, desk: Desk) -> None:
    run.syncs += 1
    try:
        desk.engine.sync()
    except SyncError:
        run.failed_syncs += 1  # killed or reply lost: the next sync carries on


# -- the run -----------------------------------------------------------------------------


@contextmanager
def _desks(server: SyncServerHandle, rng: random.Random, work: Path,
           count: int) -> Iterator[list[Desk]]:
    token = server.create_token(role="staff", name="office")
    desks: list[Desk] = []
    try:
        for number in range(count):
            store = Store.open(work / f"desk{number}")
            store.set_server(server.url)
            transport = FaultyTransport(random.Random(rng.random()))
            client = SyncClient(server.url, token, transport=transport)
            engine = SyncEngine(store, client, push_batch=rng.choice((2, 5, 50)))
            desks.append(Desk(number, store, engine, transport,
                              store.sync_state().device_id))
        yield desks
    finally:
        for desk in desks:
            desk.engine.close()
            desk.store.close()


def run_seed(seed: int, database_url: str, work: Path, *, desks: int = 3,
             steps: int = 80, stats: dict[str, int] | None = None) -> list[str]:
    """One seeded run against a fresh server database; returns the invariant violations
    (`stats`, if given, receives what happened: writes, syncs, lost replies, ...)."""
    rng = random.Random(seed)
    with running_sync_server(database_url) as server, _desks(server, rng, work,
                                                              desks) as office:
        run = Run(rng, office)
        for run.step in range(steps):
            desk = rng.choice(office)
            if rng.random() < 0.3:
                sync(run, desk)
            else:
                act(run, desk)
        for desk in office:  # quiescence: no more faults, everyone syncs until quiet
            desk.transport.armed = False
        for _ in range(4):
            for desk in office:
                sync(run, desk)
        run.stats = {
            "writes": len(run.writes), "syncs": run.syncs, "failed_syncs": run.failed_syncs,
            "lost_replies": sum(d.transport.lost for d in office),
            "killed": sum(d.transport.killed for d in office),
            "conflicts": sum(len(d.store.conflicts(include_resolved=True)) for d in office)}
        if stats is not None:
            stats.update(run.stats)
        return check(run, server)


# -- the invariants ----------------------------------------------------------------------


def _server_state(server: SyncServerHandle) -> dict[str, Any]:
    with psycopg.connect(libpq_url(server.database_url)) as conn:
        influencers = {str(r[0]): {"name": r[1], "phone": r[2], "notes": r[3],
                                   "tags": list(r[4]), "deleted": r[5] is not None,
                                   "name_key": r[6]}
                       for r in conn.execute("SELECT id, name, phone, notes, tags, deleted_at, "
                                             "name_key FROM influencer")}
        accounts = {str(r[0]): {"influencer_id": str(r[1]), "platform": r[2], "handle": r[3],
                                "notes": r[4], "category": r[5], "deleted": r[6] is not None,
                                "profile_url": r[7]}
                    for r in conn.execute("SELECT id, influencer_id, platform, handle, notes, "
                                          "category, deleted_at, profile_url FROM account")}
        aliases = {str(r[0]): str(r[1]) for r in conn.execute(
            "SELECT old_id, new_id FROM id_alias")}
        self_conflicts = conn.execute(
            "SELECT entity, record_id, field, device_id FROM sync_conflict "
            "WHERE server_device_id = device_id").fetchall()
    return {"influencer": influencers, "account": accounts, "aliases": aliases,
            "self_conflicts": self_conflicts}


def _desk_state(store: Store) -> dict[str, Any]:
    with store.db.read() as conn:
        influencers = {r[0]: {"name": r[1], "phone": r[2], "notes": r[3],
                              "tags": json.loads(r[4]),
                              "deleted": r[5] is not None, "name_key": r[6]}
                       for r in conn.exec_driver_sql(
                           "SELECT id, name, phone, notes, tags, deleted_at, name_key "
                           "FROM influencer")}
        accounts = {r[0]: {"influencer_id": r[1], "platform": r[2], "handle": r[3],
                           "notes": r[4], "category": r[5], "deleted": r[6] is not None,
                           "profile_url": r[7]}
                    for r in conn.exec_driver_sql(
                        "SELECT id, influencer_id, platform, handle, notes, category, "
                        "deleted_at, profile_url FROM account")}
        conflicts = {(r[0], r[1], r[2]) for r in conn.exec_driver_sql(
            "SELECT entity, record_id, field FROM conflict")}
    return {"influencer": influencers, "account": accounts, "conflicts": conflicts}


def _unique_live(where: str, state: dict[str, Any]) -> list[str]:
    out = []
    for entity, key in (("influencer", ("name_key", "phone")),
                        ("account", ("platform", "handle"))):
        seen: dict[tuple[Any, ...], str] = {}
        for rid, row in state[entity].items():
            if row["deleted"] or (entity == "influencer" and not row["phone"]):
                continue
            value = tuple(row[k] for k in key)
            if value in seen:
                out.append(f"{where}: two live {entity} records {seen[value]} and {rid} "
                           f"share {value}")
            seen[value] = rid
    for rid, row in state["account"].items():
        if row["profile_url"] and read_profile_url(
                row["profile_url"], Platform(row["platform"])).handle != row["handle"]:
            out.append(f"{where}: account {rid} has the handle {row['handle']} and the "
                       f"profile URL {row['profile_url']}")
        parent = state["influencer"].get(row["influencer_id"])
        if not row["deleted"] and (parent is None or parent["deleted"]):
            out.append(f"{where}: live account {rid} under deleted or missing influencer "
                       f"{row['influencer_id']}")
    return out


def check(run: Run, server: SyncServerHandle) -> list[str]:
    """Every invariant of issue 16 after quiescence; one sentence per violation."""
    out: list[str] = []
    truth = _server_state(server)
    aliases = truth["aliases"]
    out += _unique_live("server", truth)
    for entity, rid, name, device in truth["self_conflicts"]:
        out.append(f"server: device {device} conflicted with itself on {entity} {rid} {name}")
    desks = {}
    for desk in run.desks:
        where = f"desk {desk.number}"
        waiting, refused = desk.store.outbox_counts()
        if waiting or refused:
            reasons = [e.rejected_reason for e in desk.store.outbox_entries(rejected=True)]
            out.append(f"{where}: {waiting} change(s) still waiting, {refused} refused "
                       f"{reasons[:3]}")
        state = _desk_state(desk.store)
        desks[desk.number] = state
        for entity in ("influencer", "account"):
            mine, theirs = state[entity], truth[entity]
            for rid in sorted(mine.keys() - theirs.keys()):
                out.append(f"{where}: {entity} {rid} is not on the server (a ghost row)")
            for rid in sorted(theirs.keys() - mine.keys()):
                out.append(f"{where}: {entity} {rid} from the server is missing")
            for rid in sorted(mine.keys() & theirs.keys()):
                a, b = dict(mine[rid]), dict(theirs[rid])
                if a != b:
                    diff = {k: (a.get(k), b.get(k)) for k in a if a.get(k) != b.get(k)}
                    out.append(f"{where}: {entity} {rid} differs from the server {diff}")
        out += _unique_live(where, state)
    out += _reverted(run, truth, desks, aliases)
    return out


def _reverted(run: Run, truth: dict[str, Any], desks: dict[int, dict[str, Any]],
              aliases: dict[str, str]) -> list[str]:
    """A value a desk wrote last, gone from the server without a conflict on that desk."""
    out = []
    last: dict[tuple[int, str, str, str], Write] = {}
    for write in run.writes:
        rid = aliases.get(write.id, write.id)
        last[(write.desk, write.entity, rid, write.field)] = write
    touched: dict[tuple[str, str, str], list[Write]] = {}
    for write in run.writes:
        rid = aliases.get(write.id, write.id)
        touched.setdefault((write.entity, rid, write.field), []).append(write)
    for (number, entity, rid, name), write in last.items():
        row = truth[entity].get(rid)
        if row is None or name not in row:
            continue  # never reached the server (reported above), or a field not compared
        if write.id in aliases:
            # Written on this desk's copy before it was merged into a colleague's record:
            # the merge only fills empty fields and reports differing values as conflicts;
            # a value equal to theirs was never this desk's change to make.
            continue
        value = write.value
        if name == "influencer_id":
            value = aliases.get(value, value)
        if row[name] == value or (name == "tags" and set(value) <= set(row[name])):
            continue  # (tags of merged records add up)
        conflicts = desks[number]["conflicts"]
        if any((entity, rid, f) in conflicts for f in (name, "deleted")):
            continue
        later = [w for w in touched[(entity, rid, name)]
                 if w.desk != number and w.step > write.step]
        if later:
            continue  # someone else wrote it after: theirs is newer
        if name == "deleted" or (entity == "account" and row["deleted"]):
            related = _related_delete_or_restore(run, truth, entity, rid, write, aliases)
            if related:
                continue
        out.append(f"desk {number}: its {entity} {rid} {name} = {value!r} (step "
                   f"{write.step}) became {row[name]!r} without a conflict on that desk")
    return out


def _related_delete_or_restore(run: Run, truth: dict[str, Any], entity: str, rid: str,
                               write: Write, aliases: dict[str, str]) -> bool:
    """Deleted or restored along with its influencer (or an account's restore brought the
    influencer back) by another desk's later delete or restore."""
    related = {rid}
    if entity == "account":
        related.add(truth["account"][rid]["influencer_id"])
    else:
        related |= {a for a, row in truth["account"].items() if row["influencer_id"] == rid}
        # ... and accounts that were under it at some time (restoring one brings it back)
        related |= {aliases.get(w.id, w.id) for w in run.writes
                    if w.field == "influencer_id" and aliases.get(w.value, w.value) == rid}
    for other in run.writes:
        if other.desk == write.desk and other.step <= write.step:
            continue
        if other.field in ("deleted", "influencer_id") and \
                aliases.get(other.id, other.id) in related:
            return True
    return False


# -- soak --------------------------------------------------------------------------------


def soak(seeds: list[int], desks: int, steps: int) -> int:
    failures = []
    started = time.monotonic()
    with postgres_server() as server_url:
        for n, seed in enumerate(seeds, start=1):
            with fresh_database(server_url) as url, \
                    tempfile.TemporaryDirectory(prefix="idesk-soak-") as work:
                stats: dict[str, int] = {}
                problems = run_seed(seed, url, Path(work), desks=desks, steps=steps,
                                    stats=stats)
            status = "ok" if not problems else f"{len(problems)} violation(s)"
            status += "  " + " ".join(f"{k}={v}" for k, v in stats.items())
            print(f"[{n}/{len(seeds)}] seed {seed}: {status}", flush=True)
            if problems:
                failures.append(seed)
                for problem in problems[:10]:
                    print(f"    {problem}", flush=True)
    seconds = time.monotonic() - started
    print(f"{len(seeds)} seed(s) in {seconds:.0f} s; {len(failures)} failed"
          + (f": replay with --seed {failures[0]} (all: {failures})" if failures else "."))
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py soak", description=(
        "Run the randomized convergence test over many seeds (issue 16)."))
    parser.add_argument("--seeds", type=int, default=50, help="how many seeds (default 50)")
    parser.add_argument("--first", type=int, default=1, help="the first seed (default 1)")
    parser.add_argument("--seed", type=int, action="append",
                        help="replay this seed (repeatable); overrides --seeds")
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--steps", type=int, default=80)
    args = parser.parse_args(argv)
    seeds = args.seed or list(range(args.first, args.first + args.seeds))
    return soak(seeds, args.desks, args.steps)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
