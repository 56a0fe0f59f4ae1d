"""The planning side's handle on an import writer running beside it
(desktop.store.bulkwriter.serve).

A large import runs its writer in a second process: planning (Python) and SQLite's work
(the writer) then use the machine's two cores at once -- a thread would share one
interpreter lock with the planner and gain nothing. Small imports use a thread, which costs
no process start. Either way the writer holds the store's write lock from `ready()` on, so
the store cannot change under the plan, and commits only on `close()`.

The process is started with "spawn" on every system: it never inherits the window's
threads, and a bundled app handles it through `multiprocessing.freeze_support()`.
"""

from __future__ import annotations

import atexit
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.excel.importing.gcpause import gc_paused
from desktop.jobs import Cancelled, JobContext
from desktop.store import Store
from desktop.store.bulkrecords import Applied, ClosingWrites, NewRecords, pack
from desktop.store.bulkwriter import serve
from shared_models.texts import user_text

_READY_TIMEOUT = 60.0  # the writer waits up to the store's busy timeout for the lock


class WriteFailed(Exception):
    """The writer could not write the import; it rolled back (nothing was written)."""


class ImportSink:
    def __init__(self, inbox: Any, replies: Any, cancel: Any, worker: Any,
                 alive: Any, pack: Callable[[NewRecords], Any] = lambda r: r) -> None:
        self._inbox, self._replies, self._cancel = inbox, replies, cancel
        self._worker, self._alive, self._pack = worker, alive, pack
        self.written = 0  # records the writer has written so far
        self._finished = False

    # -- sending ---------------------------------------------------------------------------

    def ready(self) -> int:
        """Wait until the writer holds the write lock; the first free account row id."""
        try:
            message = self._next(_READY_TIMEOUT)
        except queue.Empty:
            self.abort()
            raise WriteFailed(user_text("The import's writer did not start in time; nothing "
                                        "was written.")) from None
        if message[0] != "ready":
            self._fail(message)
        return int(message[1])

    def begin(self, expected_accounts: int, batch_id: str) -> None:
        self._inbox.put(("begin", expected_accounts, batch_id))

    def write(self, records: NewRecords) -> None:
        self.poll()
        self._inbox.put(("write", self._pack(records)))

    def close(self, closing: ClosingWrites, job: JobContext, total: int) -> Applied:
        """Send the closing writes and wait for the commit (progress and Cancel meanwhile)."""
        self._inbox.put(("close", closing))
        while True:
            if job.cancelled:
                self.abort()
                raise Cancelled()
            try:
                message = self._next(0.1)
            except queue.Empty:
                continue
            if message[0] == "written":
                self.written = message[1]
                job.progress(min(self.written, total), total, user_text("writing"))
            elif message[0] == "done":
                self._finished = True
                _checkpointing.append(self._worker)  # see wait_for_writers
                return message[1]  # type: ignore[no-any-return]
            else:
                self._fail(message)

    def abort(self) -> None:
        """Roll back and wait until the writer has let the write lock go."""
        if self._finished:
            return
        self._finished = True
        self._cancel.set()
        self._inbox.put(("abort",))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self._next(0.2)[0] in ("done", "failed"):
                    break
            except (queue.Empty, WriteFailed):
                if not self._alive():
                    break
        self._join()

    # -- receiving -------------------------------------------------------------------------

    def poll(self) -> None:
        """Take the writer's news without waiting; WriteFailed if it failed."""
        while True:
            try:
                message = self._replies.get_nowait()
            except queue.Empty:
                return
            if message[0] == "written":
                self.written = message[1]
            else:
                self._fail(message)

    def _next(self, timeout: float) -> Any:
        try:
            return self._replies.get(timeout=timeout)
        except queue.Empty:
            if not self._alive():
                self._finished = True
                raise WriteFailed(user_text("The import's writer stopped unexpectedly; "
                                            "nothing was written.")) from None
            raise

    def _fail(self, message: Any) -> None:
        self._finished = True
        self._join()
        if message[0] == "failed" and message[1] == "aborted":
            raise Cancelled()
        detail = message[2] if message[0] == "failed" else repr(message)
        raise WriteFailed(user_text("The import could not be written ({detail}); nothing was "
                                    "written.", detail=detail))

    def _join(self) -> None:
        join = getattr(self._worker, "join", None)
        if join is not None:
            join(timeout=30)
        cancel_join = getattr(self._inbox, "cancel_join_thread", None)
        if cancel_join is not None:  # a process queue: never wait on unsent batches at exit
            cancel_join()


# Writers that have committed and are still copying the import into the database file.
_checkpointing: list[Any] = []
_exit_wait: list[Any] = []


def wait_for_writers(timeout: float = 120.0) -> None:
    """Wait until every writer that has committed has also finished its checkpoint (at
    exit, so a short-lived CLI leaves the store tidy; before deleting a store)."""
    deadline = time.monotonic() + timeout
    while _checkpointing:
        _checkpointing.pop().join(timeout=max(0.0, deadline - time.monotonic()))



def open_sink(store: Store, writer: str = "auto", *, large: bool = False) -> ImportSink:
    """`writer`: "process", "thread", or "auto": a process when the import is `large`
    (planning and writing then use two cores; starting it costs ~0.3 s), a thread otherwise."""
    if writer == "auto":
        writer = "process" if large else "thread"
    return process_sink(store) if writer == "process" else thread_sink(store)


def thread_sink(store: Store) -> ImportSink:
    inbox: queue.Queue[Any] = queue.Queue()
    replies: queue.Queue[Any] = queue.Queue()
    cancel = threading.Event()
    planner = threading.current_thread()
    worker = threading.Thread(target=serve, name="import-writer", daemon=True,
                              args=(store, inbox, replies, cancel.is_set, planner.is_alive))
    worker.start()
    return ImportSink(inbox, replies, cancel, worker, worker.is_alive)


def process_sink(store: Store) -> ImportSink:
    context = multiprocessing.get_context("spawn")
    inbox = context.Queue()
    replies = context.Queue()
    cancel = context.Event()
    worker = context.Process(target=_process_main, name="import-writer", daemon=True,
                             args=(str(store.data_dir), inbox, replies, cancel))
    worker.start()
    if not _exit_wait:  # registered after multiprocessing's own exit handler, so it runs
        _exit_wait.append(atexit.register(wait_for_writers))  # first (stops daemons)
    return ImportSink(inbox, replies, cancel, worker, worker.is_alive, pack)


def _process_main(data_dir: str, inbox: Any, replies: Any, cancel: Any) -> None:
    parent = multiprocessing.parent_process()
    with Store.open(Path(data_dir)) as store, gc_paused():
        serve(store, inbox, replies, cancel.is_set,
              parent.is_alive if parent is not None else lambda: True)
