"""CLI sub-commands. Each module here defines ``register(subparsers)`` adding one top-level word
(``deepfix <word> ...``); :mod:`deepfix.cli` discovers them, so areas add commands without
touching a shared file."""
