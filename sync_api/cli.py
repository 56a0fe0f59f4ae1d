"""`influencer-sync`: serve, migrate, manage tokens, back up and restore, admin status and
the advertised desktop release (all work while `serve` runs)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Engine

from sync_api.admin.release import ReleaseUpdate, clear_release, set_release
from sync_api.admin.render import status_html, status_text
from sync_api.admin.status import admin_status
from sync_api.backup import BackupError, backup, restore
from sync_api.core.config import Settings, load_settings
from sync_api.core.db import make_engine, session_scope
from sync_api.core.migrate import upgrade
from sync_api.core.security import Role
from sync_api.embedded import embedded_database_url
from sync_api.tokens import create_token, list_tokens, revoke_tokens


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, dest="config_file",
                        help="TOML settings file (default: <data dir>/sync.toml if present)")
    parser.add_argument("--database-url", help="PostgreSQL URL (default: an embedded server "
                        "in the data dir); env INFLUENCER_SYNC_DATABASE_URL")
    parser.add_argument("--data-dir", type=Path, help="where the embedded database and the "
                        "config file live; env INFLUENCER_SYNC_DATA_DIR")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="influencer-sync",
                                     description="The Influencer Desk sync service.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate the database, then serve")
    _common(serve)
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8765)")
    serve.add_argument("--allowed-networks",
                       help="comma-separated CIDRs allowed to connect (default: loopback and "
                            "the private ranges)")
    serve.add_argument("--trusted-proxies",
                       help="comma-separated CIDRs of reverse proxies whose X-Forwarded-For "
                            "is believed")

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _common(migrate)

    token = commands.add_parser("token", help="create, list or revoke access tokens")
    token_commands = token.add_subparsers(dest="token_command", required=True)
    create = token_commands.add_parser(
        "create", help="create a token; stdout holds only the token (messages go to stderr)")
    _common(create)
    create.add_argument("--name", required=True, help="who or what uses it, e.g. 'desk-3'")
    create.add_argument("--role", choices=[r.value for r in Role], default=Role.STAFF.value)
    listing = token_commands.add_parser("list", help="list tokens (never the tokens themselves)")
    _common(listing)
    revoke = token_commands.add_parser("revoke", help="revoke a token by id, or all by name")
    _common(revoke)
    revoke.add_argument("name_or_id")
    _add_operations(commands)
    return parser


def _add_operations(commands: argparse._SubParsersAction) -> None:
    """backup, restore and admin (status, release): see sync_api/backup.py, sync_api/admin."""
    backup = commands.add_parser("backup", help="dump the database (and the consent-form "
                                 "files) to a file; see docs/deploy.md")
    _common(backup)
    backup.add_argument("out", type=Path, metavar="OUT.dump")
    restore = commands.add_parser("restore", help="restore a backup into an empty database")
    _common(restore)
    restore.add_argument("dump", type=Path, metavar="IN.dump")
    restore.add_argument("--replace", action="store_true",
                         help="drop the database's existing tables first")
    admin = commands.add_parser("admin", help="status report and the advertised desktop release")
    admin_commands = admin.add_subparsers(dest="admin_command", required=True)
    status = admin_commands.add_parser("status", help="devices, tokens, conflicts, record "
                                       "counts, collection results, database size")
    _common(status)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument("--html", action="store_true", help="the read-only HTML page")
    release = admin_commands.add_parser(
        "set-release", help="advertise a desktop version and its download link")
    _common(release)
    release.add_argument("--version", required=True, dest="release_version")
    release.add_argument("--url", required=True, dest="release_url")
    clear = admin_commands.add_parser("clear-release", help="stop advertising a release")
    _common(clear)


def _database_url(settings: Settings) -> str:
    if settings.database_url:
        return settings.database_url
    return embedded_database_url(settings.data_dir)


def _serve(settings: Settings) -> int:
    # Serve only: the web app (FastAPI, its routes) adds ~340 ms to every other command.
    import uvicorn

    from sync_api.app import create_app

    url = _database_url(settings)
    upgrade(url)
    settings = settings.model_copy(update={"database_url": url})
    app = create_app(settings)
    networks = ", ".join(str(n) for n in settings.allowed_networks)
    print(f"Serving on http://{settings.host}:{settings.port} (allowed networks: {networks})",
          file=sys.stderr)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info",
                proxy_headers=False)  # X-Forwarded-For is handled by our own allow-list
    return 0


def _token(args: argparse.Namespace, settings: Settings) -> int:
    url = _database_url(settings)
    upgrade(url)  # a token made before the first `serve` needs the tables too
    engine: Engine = make_engine(url, pool_size=1)
    try:
        with session_scope(engine) as session:
            if args.token_command == "create":
                created = create_token(session, args.name, args.role, settings.token_bytes)
                # stdout holds the token alone, for scripts (`TOKEN=$(influencer-sync ...)`)
                print(f"Created {created.role.value} token #{created.id} '{created.name}'. "
                      "It is shown only once; store it now:", file=sys.stderr)
                print(created.token, flush=True)
            elif args.token_command == "list":
                tokens = list_tokens(session)
                if not tokens:
                    print("No tokens yet. Create one with: influencer-sync token create "
                          "--name NAME --role staff")
                for t in tokens:
                    state = f"revoked {t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "live"
                    used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
                    print(f"#{t.id:<4} {t.name:<24} {t.role.value:<6} {state:<24} "
                          f"last used {used}")
            else:
                revoked = revoke_tokens(session, args.name_or_id)
                if not revoked:
                    print(f"No live token has the id or name '{args.name_or_id}'. "
                          "See `influencer-sync token list`.", file=sys.stderr)
                    return 1
                for t in revoked:
                    print(f"Revoked token #{t.id} '{t.name}'.")
    finally:
        engine.dispose()
    return 0


def _exit_on_sigterm(signum: int, _frame: object) -> None:
    """SIGTERM (a service manager, the demo closing) ends the process like Ctrl-C does: by
    unwinding, so the exit handlers run and the embedded PostgreSQL is stopped with it.
    Left at its default, SIGTERM kills the process and orphans the database server."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        return _main(args)
    finally:  # called in-process (tests): leave the caller's handler as it was
        signal.signal(signal.SIGTERM, previous)


def _main(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up noise
    overrides = {k: getattr(args, k, None) for k in (
        "config_file", "database_url", "data_dir", "host", "port", "allowed_networks",
        "trusted_proxies")}
    try:
        settings = load_settings(**overrides)
    except (ValidationError, FileNotFoundError, ValueError) as err:
        print(f"influencer-sync: the settings are not valid: {err}", file=sys.stderr)
        return 2
    try:
        return _run(args, settings)
    except KeyboardInterrupt:  # Ctrl-C: the exit handlers still stop the embedded database
        print("influencer-sync: stopped.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "serve":
        return _serve(settings)
    if args.command == "migrate":
        upgrade(_database_url(settings))
        print("The database schema is up to date.")
        return 0
    if args.command in ("backup", "restore"):
        return _backup_restore(args, settings)
    if args.command == "admin":
        return _admin(args, settings)
    return _token(args, settings)


def _backup_restore(args: argparse.Namespace, settings: Settings) -> int:
    attachments = settings.data_dir / "attachments"  # the local consent-form store
    try:
        url = _database_url(settings)
        if args.command == "backup":
            for path in backup(url, args.out, attachments):
                print(f"Wrote {path} ({path.stat().st_size:,} bytes).")
        else:
            for what in restore(url, args.dump, attachments, replace=args.replace):
                print(f"Restored the {what}.")
    except BackupError as err:
        print(f"influencer-sync: {err}", file=sys.stderr)
        return 1
    return 0


def _admin(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from pydantic import ValidationError as InvalidValue

    url = _database_url(settings)
    upgrade(url)
    engine = make_engine(url, pool_size=1)
    try:
        with engine.begin() as conn:
            if args.admin_command == "status":
                status = admin_status(conn, settings)
                if args.json:
                    print(json.dumps(status.model_dump(mode="json"), indent=2,
                                     ensure_ascii=False))
                else:
                    print(status_html(status) if args.html else status_text(status))
            elif args.admin_command == "set-release":
                try:
                    update = ReleaseUpdate(version=args.release_version,
                                           download_url=args.release_url)
                except InvalidValue as err:
                    print("influencer-sync: " + " ".join(
                        str(e["msg"]).removeprefix("Value error, ") for e in err.errors()),
                        file=sys.stderr)
                    return 2
                release = set_release(conn, update, by="influencer-sync admin")
                print(f"Desktops now hear of version {release.version} "
                      f"({release.download_url}) on their next sync.")
            else:
                clear_release(conn)
                print("No desktop release is advertised now.")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
