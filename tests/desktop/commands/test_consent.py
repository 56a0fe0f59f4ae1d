"""`influencer-desk consent ...` end to end: output shapes, exit codes, errors as sentences."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.desktop.commands.conftest import run
from tests.support import sample_forms
from tests.support.sync_server import running_sync_server


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _influencer(capsys: pytest.CaptureFixture[str], name: str = "Kim") -> str:
    code, added, _ = run(capsys, "influencer", "add", "--name", name, "--json")
    assert code == 0
    return str(added["id"])


def test_add_list_remove_offline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    person = _influencer(capsys)
    scan = _write(tmp_path, "consent.pdf", sample_forms.pdf())
    photo = _write(tmp_path, "photo.jpg", sample_forms.jpeg())
    code, added, _ = run(capsys, "consent", "add", "--influencer", person, str(scan),
                         str(photo), "--json")
    assert code == 0 and [a["file_name"] for a in added] == ["consent.pdf", "photo.jpg"]
    code, listed, _ = run(capsys, "consent", "list", "--influencer", person, "--json")
    assert code == 0 and len(listed) == 2
    first = listed[0]
    assert set(first) >= {"id", "file_name", "media_type", "size", "sha256", "uploaded_by",
                          "uploaded_at"}
    assert first["media_type"] == "application/pdf" and first["size"] == len(scan.read_bytes())
    assert first["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert first["cached"] is True and first["synced"] is False

    code, text, _ = run(capsys, "consent", "list", "--influencer", person)
    assert "consent.pdf" in text and "[not synced yet]" in text

    out = tmp_path / "copy.pdf"
    code, _, _ = run(capsys, "consent", "get", first["id"], "--out", str(out))
    assert code == 0 and out.read_bytes() == scan.read_bytes()  # from the cache, offline

    code, text, _ = run(capsys, "consent", "remove", first["id"])
    assert code == 0 and "An administrator can restore it" in text
    code, listed, _ = run(capsys, "consent", "list", "--influencer", person, "--json")
    assert [f["file_name"] for f in listed] == ["photo.jpg"]


def test_refusals_are_sentences(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    person = _influencer(capsys)
    fake = _write(tmp_path, "consent.pdf", sample_forms.text())
    code, _, err = run(capsys, "consent", "add", "--influencer", person, str(fake))
    assert code == 2 and "'consent.pdf' is a text file" in err and "PDF, JPEG, PNG" in err
    program = _write(tmp_path, "setup.pdf", sample_forms.exe())
    good = _write(tmp_path, "good.pdf", sample_forms.pdf())
    code, _, err = run(capsys, "consent", "add", "--influencer", person, str(good),
                       str(program))
    assert code == 2 and "Windows program" in err
    code, listed, _ = run(capsys, "consent", "list", "--influencer", person, "--json")
    assert listed == []  # one bad file: none of them were added

    big = _write(tmp_path, "big.pdf", sample_forms.pdf() + b"%" * (20 * 1024 * 1024))
    code, _, err = run(capsys, "consent", "add", "--influencer", person, str(big))
    assert code == 2 and "larger than the 20 MB" in err

    code, _, err = run(capsys, "consent", "add", "--influencer",
                       "00000000-0000-0000-0000-000000000000", str(good))
    assert code == 2 and "no influencer" in err
    code, _, err = run(capsys, "consent", "list", "--influencer", "nope")
    assert code == 2 and "no influencer" in err
    code, _, err = run(capsys, "consent", "add", "--influencer", person,
                       str(tmp_path / "missing.pdf"))
    assert code == 2 and "There is no file" in err


def test_get_downloads_on_a_second_desk_and_says_when_offline(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, database_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    scan = _write(tmp_path, "동의서.pdf", sample_forms.pdf("second desk"))
    with running_sync_server(database_url) as server:
        token = server.create_token(name="front desk")
        assert run(capsys, "connect", "--server", server.url, "--token", token)[0] == 0
        person = _influencer(capsys)
        assert run(capsys, "consent", "add", "--influencer", person, str(scan))[0] == 0
        code, report, _ = run(capsys, "sync", "--json")
        assert code == 0 and report["errors"] == []

        monkeypatch.setenv("INFLUENCER_DESK_DATA_DIR", str(tmp_path / "second"))
        assert run(capsys, "connect", "--server", server.url, "--token", token)[0] == 0
        assert run(capsys, "sync")[0] == 0
        code, listed, _ = run(capsys, "consent", "list", "--influencer", person, "--json")
        assert listed[0]["cached"] is False and listed[0]["uploaded_by"] == "front desk"
        form_id = listed[0]["id"]
        out = tmp_path / "out"
        out.mkdir()
        code, saved, _ = run(capsys, "consent", "get", form_id, "--out", str(out), "--json")
        assert code == 0 and Path(saved["path"]).read_bytes() == scan.read_bytes()
        assert Path(saved["path"]).name == "동의서.pdf"

        monkeypatch.setenv("INFLUENCER_DESK_DATA_DIR", str(tmp_path / "third"))
        assert run(capsys, "connect", "--server", server.url, "--token", token)[0] == 0
        assert run(capsys, "sync")[0] == 0  # the metadata only

    # The server is gone and the third desk never downloaded the file.
    code, _, err = run(capsys, "consent", "get", form_id, "--out", str(out / "x.pdf"))
    assert code == 3 and "'동의서.pdf' is not on this computer yet" in err
    code, _, err = run(capsys, "consent", "get", "00000000-0000-0000-0000-000000000000",
                       "--out", str(out / "y.pdf"))
    assert code == 2 and "no consent form" in err
