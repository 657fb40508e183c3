"""Thin command-line front: each `cmd_*.py` module in this package is one subcommand."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from evidence import __version__
from evidence.errors import EvidenceError
from evidence.settings import Settings


def command_modules() -> dict[str, ModuleType]:
    """Subcommand name -> module, discovered from cmd_*.py files (so each command lives in its own file)."""
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            mod = importlib.import_module(f"{__name__}.{info.name}")
            found[mod.NAME] = mod
    return found


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree of every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m evidence", description=__doc__)
    parser.add_argument("--version", action="version", version=f"evidence {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, mod in command_modules().items():
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, read settings once, run the command; errors become one clear line and exit 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    overrides = {"data_dir": getattr(args, "data_dir", None), "profile": getattr(args, "profile", None)}
    settings = Settings.from_env(**overrides)
    try:
        if hasattr(args, "profile"):  # a workspace command: a misspelt profile must not fall back to ketamine's data
            check_profile(settings)
        return int(args._run(args, settings) or 0)
    except Exception as exc:
        if not isinstance(exc, (EvidenceError, OSError, *_not_yet_in_the_tree())):
            raise  # a bug: its traceback is worth more than one line
        print(f"error: {exc}", file=sys.stderr)
        return 2


def check_profile(settings: Settings) -> None:
    """ProfileError unless the settings' profile has its file (the default may run without one: a bare data dir)."""
    from evidence.profile import load_profile
    from evidence.settings import DEFAULT_PROFILE

    if settings.profile != DEFAULT_PROFILE:
        load_profile(settings.root_dir, settings.profile)


def _not_yet_in_the_tree() -> tuple[type[Exception], ...]:
    """Library errors whose classes (in modules owned elsewhere) do not derive from EvidenceError yet; imported only
    when an error is being reported."""
    from evidence.analysis.reml import PoolingError
    from evidence.profile import ProfileError
    from evidence.schema import SchemaError
    from evidence.vocab import VocabularyError

    return (PoolingError, ProfileError, SchemaError, VocabularyError)
