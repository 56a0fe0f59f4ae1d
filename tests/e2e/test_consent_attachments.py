"""Consent forms between two real desktops and a real sync server (real HTTP, PostgreSQL)."""

from __future__ import annotations

import hashlib
from contextlib import nullcontext
from pathlib import Path

import pytest

from desktop.sync.attachments import ChecksumMismatch, ConsentForms, NotCached
from shared_models.attachments import PDF, PNG
from tests.e2e.conftest import Desk
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _offline(desk: Desk) -> ConsentForms:
    return ConsentForms(desk.store, client=lambda: nullcontext(None))


def _online(desk: Desk) -> ConsentForms:
    return ConsentForms(desk.store, client=lambda: nullcontext(desk.engine.client))


def test_offline_add_then_sync_and_a_second_desk_opens_it(
        desks: tuple[Desk, Desk], server: SyncServerHandle, tmp_path: Path) -> None:
    one, two = desks
    person = one.store.create_influencer(name="Kim Minji", phone="010-1234-5678")
    scan = _file(tmp_path / "in", "동의서.pdf", sample_forms.pdf("signed"))
    photo = _file(tmp_path / "in", "photo.png", sample_forms.png(seed=3))

    [form, picture] = _offline(one).add(person.id, [scan, photo])  # no network needed
    assert form.media_type == PDF and picture.media_type == PNG and form.version == 0
    listed = _offline(one).of_influencer(person.id)
    assert [f.record.file_name for f in listed] == ["동의서.pdf", "photo.png"]
    assert all(f.cached and not f.synced for f in listed)
    assert len(one.store.outbox_entries()) == 3  # the influencer and the two forms

    one.sync()  # uploads the bytes, then pushes the records
    assert one.store.outbox_entries() == []
    synced = _online(one).get(form.id)
    assert synced.synced and synced.record.uploaded_by == "office"
    stored = server.settings.data_dir / "attachments" / form.sha256[:2] / form.sha256
    assert stored.read_bytes() == scan.read_bytes()

    two.sync()
    seen = _online(two).of_influencer(person.id)
    assert {f.record.file_name for f in seen} == {"동의서.pdf", "photo.png"}
    assert not any(f.cached for f in seen)  # the second desk has only the metadata
    with pytest.raises(NotCached, match="not on this computer yet"):
        _offline(two).local_file(form.id)

    opened = _online(two).local_file(form.id)
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == form.sha256
    assert opened.is_relative_to(two.store.data_dir / "attachments")
    assert _offline(two).local_file(form.id) == opened  # cached now: works offline
    (tmp_path / "out").mkdir()
    copy = _online(two).save_copy(picture.id, tmp_path / "out")  # a folder: the form's name
    assert copy.name == "photo.png" and copy.read_bytes() == photo.read_bytes()


def test_removal_syncs_and_a_corrupt_download_is_refused(
        desks: tuple[Desk, Desk], server: SyncServerHandle, tmp_path: Path) -> None:
    one, two = desks
    person = one.store.create_influencer(name="Lee Hana")
    [form] = _online(one).add(person.id, [_file(tmp_path, "a.pdf", sample_forms.pdf("a"))])
    one.sync()
    two.sync()
    assert len(_online(two).of_influencer(person.id)) == 1

    # The server's copy is damaged: the download does not match the record's sha256.
    stored = server.settings.data_dir / "attachments" / form.sha256[:2] / form.sha256
    stored.write_bytes(sample_forms.pdf("tampered"))
    with pytest.raises(ChecksumMismatch, match="is damaged"):
        _online(two).local_file(form.id)
    assert not list((two.store.data_dir / "attachments").rglob(form.sha256))

    _online(one).remove(form.id)
    assert _online(one).of_influencer(person.id) == []
    one.sync()
    two.sync()
    assert _online(two).of_influencer(person.id) == []


def test_the_same_file_twice_is_uploaded_and_stored_once(
        desks: tuple[Desk, Desk], server: SyncServerHandle, tmp_path: Path) -> None:
    one, two = desks
    first = one.store.create_influencer(name="Park")
    second = one.store.create_influencer(name="Choi")
    scan = _file(tmp_path, "same.pdf", sample_forms.pdf("same"))
    _offline(one).add(first.id, [scan])
    _offline(one).add(second.id, [scan])
    one.sync()
    two.sync()
    assert len(_online(two).of_influencer(first.id)) == 1
    assert len(_online(two).of_influencer(second.id)) == 1
    blobs = [p for p in (server.settings.data_dir / "attachments").rglob("*") if p.is_file()]
    assert len(blobs) == 1
