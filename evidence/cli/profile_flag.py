"""The `--profile` flag every command that reads or writes a workspace shares, and the profile it names."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from evidence.settings import Settings

if TYPE_CHECKING:
    from evidence.extract.drugs import StudyDrugs
    from evidence.profile import Profile


def add_profile_argument(p: argparse.ArgumentParser) -> None:
    """`--profile NAME`: which data/profiles/NAME.toml (its workspace, drug, filters and claims) the command uses."""
    p.add_argument("--profile", help="profile data/profiles/NAME.toml: its workspace folder, studied drug, filters "
                                     "and claims (default: $EVIDENCE_PROFILE or ketamine-depression)")


def current_profile(settings: Settings) -> Profile:
    """The settings' profile, read from the data root (ProfileError when it is missing or malformed)."""
    from evidence.profile import load_profile

    return load_profile(settings.root_dir, settings.profile)


def studied_drugs(settings: Settings) -> StudyDrugs:
    """The profile's extraction vocabulary; the ketamine forms when the default profile has no file."""
    from evidence.extract.drugs import KETAMINE
    from evidence.profile import ProfileError
    from evidence.settings import DEFAULT_PROFILE

    try:
        return current_profile(settings).study_drugs()
    except ProfileError:
        if settings.profile == DEFAULT_PROFILE:
            return KETAMINE  # a data folder without profiles/ (tests, an old checkout): the built-in default
        raise
