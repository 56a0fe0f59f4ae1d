"""The office's shared collection (`/v1/collect/*`, see docs/sync-protocol.md).

All desks of an office leave through one public IP, so a platform sees them as one client.
The sync service coordinates them (it never calls a platform itself): a run belongs to the
office, desks lease batches of its accounts, and one pace per platform is learned from
every desk's answers and shared out. Times the server tells a desk are durations from now
(seconds), so a desk's clock being off does not move a pause or a block.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, Field

from shared_models.platforms import Platform
from shared_models.rules import DeviceId

MAX_SELECTED = 50_000
MAX_DONE_PER_CALL = 1_000


class RunKind(StrEnum):
    ALL = "all"  # every active account of the platform (the toolbar button, `collect`)
    SELECTED = "selected"  # the accounts a desk chose (`--accounts`, "Collect selected")
    DAILY = "daily"  # Platform A's run of the day: taken by one desk
    OFFLINE = "offline"  # a run a desk made alone while the server was away, merged later


class RunStart(BaseModel):
    device_id: DeviceId
    platform: Platform
    kind: RunKind = RunKind.ALL
    account_ids: list[UUID] | None = Field(default=None, max_length=MAX_SELECTED)
    stale_hours: float | None = Field(default=None, ge=0, le=100_000)
    day: date | None = None  # DAILY: the desk's local date of the slot
    batch_size: int = Field(default=25, ge=1, le=500)


class OfficeRun(BaseModel):
    run_id: UUID
    platform: Platform
    kind: RunKind
    started_by: str
    started_at: datetime
    finished_at: datetime | None = None
    finished_by: str | None = None  # the desk that collected its last account
    total: int
    done: int
    joined: bool = False  # this desk joined a run another desk started
    busy_by: str | None = None  # DAILY: another live desk is collecting it
    elsewhere: list[UUID] = Field(default_factory=list)  # in the office's running run
    unknown: list[UUID] = Field(default_factory=list)  # no live account on the server


class LeaseRequest(BaseModel):
    device_id: DeviceId
    lease_seconds: float = Field(default=30.0, ge=1.0, le=600.0)


class LeasedAccount(BaseModel):
    id: UUID
    handle: str


class Lease(BaseModel):
    batch: int | None = None  # None: nothing free to lease now
    accounts: list[LeasedAccount] = Field(default_factory=list)
    run_finished: bool = False
    wait_seconds: float = 0.0  # others hold the rest: ask again after this (a lease may lapse)


Outcome = Literal["ok", "not_found", "error"]


class AccountDone(BaseModel):
    account_id: UUID
    outcome: Outcome = "ok"


Pace = Annotated[float, Field(gt=0, le=1_000_000, allow_inf_nan=False)]


class Heartbeat(BaseModel):
    """A collecting desk, every fraction of a second: progress, lease, what the host said."""

    device_id: DeviceId
    platform: Platform
    run_id: UUID | None = None
    batch: int | None = None
    lease_seconds: float = Field(default=30.0, ge=1.0, le=600.0)
    done: list[AccountDone] = Field(default_factory=list, max_length=MAX_DONE_PER_CALL)
    release: bool = False  # give the rest of the batch back (blocked, cancelled)
    finished: bool = False  # every account of the batch was tried
    leaving: bool = False  # this desk stops collecting: rebalance the shares now
    ok: int = Field(default=0, ge=0, le=1_000_000)  # answers that were not 429 / 403
    limited: list[float | None] = Field(default_factory=list, max_length=MAX_DONE_PER_CALL)
    # The office's pace (requests/s) each of those 429'd requests was sent at (same order);
    # empty from desks older than this field: the learner then uses the pace it holds.
    limited_pace: list[Pace] = Field(default_factory=list, max_length=MAX_DONE_PER_CALL)
    blocked_seconds: float | None = Field(default=None, ge=0, le=7 * 86_400)
    learned: dict[str, Any] | None = None  # the desk's own pace, offered when the office has none


class PaceAnswer(BaseModel):
    office_rate: float  # requests/s for the whole office
    share: float  # this desk's part of it
    collectors: int
    pause_seconds: float = 0.0
    blocked_seconds: float = 0.0
    limit_estimate: float | None = None
    lease_kept: bool = True  # False: the batch was given to another desk; stop working on it
    run_finished: bool = False
    run_done: int = 0  # accounts of the run done by any desk
    state: dict[str, Any] = Field(default_factory=dict)  # the office's learned pace (offline)


class MergeRequest(BaseModel):
    """A run a desk made alone (server unreachable), told when it is back."""

    device_id: DeviceId
    platform: Platform
    local_run_id: UUID
    office_run_id: UUID | None = None  # the office run it had joined, if any
    started_at: datetime
    finished_at: datetime
    done: list[AccountDone] = Field(default_factory=list, max_length=MAX_SELECTED)


class MergeAnswer(BaseModel):
    merged: int  # accounts marked collected in the office's runs
    already: bool = False  # this run was merged before (a resend)


class CollectorStatus(BaseModel):
    device_id: str
    last_seen_at: datetime
    active: bool
    run_id: UUID | None
    batch: int | None
    ok: int
    limited: int


class PlatformOffice(BaseModel):
    platform: Platform
    label: str
    run: OfficeRun | None  # the running run, else the latest
    collectors: list[CollectorStatus]
    office_rate: float | None
    limit_estimate: float | None
    blocked_until: datetime | None
    requests: int  # answers the desks reported for the office (every run so far)
    limited: int  # of them, 429s
    blocks: int  # blocks the desks reported
    daily: OfficeRun | None = None  # Platform A: today's daily run (by the server's date)


class OfficeCollection(BaseModel):
    generated_at: datetime
    platforms: list[PlatformOffice]
