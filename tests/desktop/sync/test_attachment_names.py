"""A consent form's name comes from another desk (through the server): whatever it says,
a saved copy lands inside the folder the user chose, under a plain name (issue 17,
findings 1 and 4)."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.attachments import AttachmentRecords
from desktop.sync.attachments import ConsentForms
from shared_models.records import Entity
from shared_models.sync import Change
from tests.support import sample_forms


@pytest.mark.parametrize("hostile, expected", [
    ("../../.bashrc", "bashrc"),
    ("/etc/cron.d/job", "job"),
    ("..\\..\\AppData\\Roaming\\evil.pdf", "evil.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # RIGHT-TO-LEFT OVERRIDE: shows "exe.pdf"
    ("\u2067form\u2069.pdf\x00.exe", "form.pdf.exe"),
    ("..", "consent-form.pdf"),
])
def test_a_saved_copy_stays_in_the_chosen_folder_under_a_clean_name(
        store: Store, tmp_path: Path, hostile: str, expected: str) -> None:
    person = store.create_influencer(name="김하늘", phone="010-1234-5678")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    forms = ConsentForms(store, client=lambda: nullcontext(None))
    [form] = forms.add(person.id, [scan])
    # The server's copy of the record, as another desk's push made it.
    AttachmentRecords(store).apply_changes([Change(
        entity=Entity.ATTACHMENT, id=form.id, server_seq=7, version=1,
        data={"influencer_id": str(person.id), "file_name": hostile, "media_type": form.media_type,
              "size": form.size, "sha256": form.sha256, "uploaded_by": "someone"})])
    folder = tmp_path / "out"
    folder.mkdir()
    copy = forms.save_copy(form.id, folder)
    assert copy.parent == folder
    assert copy.name == expected
    assert copy.read_bytes() == scan.read_bytes()
    assert [p.name for p in folder.iterdir()] == [expected]
    outside_the_store = [p for p in tmp_path.rglob("*")
                         if p.is_file() and not p.is_relative_to(store.data_dir)]
    assert sorted(outside_the_store) == sorted([scan, copy])
