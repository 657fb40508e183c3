"""Profiles: the search terms and scope of one drug/condition, read from data/profiles/NAME.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class ProfileError(ValueError):
    """A profile that is missing or malformed."""


@dataclass(frozen=True)
class Profile:
    """What to fetch: CT.gov query parameters and the PubMed term."""

    name: str
    title: str
    ctgov_params: dict[str, str]
    pubmed_term: str
    drugs: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


def profiles_dir(data_dir: Path) -> Path:
    """Where profile files live."""
    return Path(data_dir) / "profiles"


def parse_profile(text: str, name: str) -> Profile:
    """Build a Profile from TOML text, naming the missing key when it is incomplete."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"profile {name!r}: invalid TOML: {exc}") from exc
    try:
        ctgov = {str(k): str(v) for k, v in raw["ctgov"].items()}
        term = str(raw["pubmed"]["term"])
    except (KeyError, AttributeError) as exc:
        raise ProfileError(f"profile {name!r}: missing key {exc}") from exc
    known = {"name", "title", "drugs", "ctgov", "pubmed"}
    return Profile(
        name=str(raw.get("name", name)),
        title=str(raw.get("title", name)),
        ctgov_params=ctgov,
        pubmed_term=term,
        drugs=tuple(raw.get("drugs", ())),
        extra={k: v for k, v in raw.items() if k not in known},
    )


def load_profile(data_dir: Path, name: str) -> Profile:
    """Read data/profiles/NAME.toml."""
    path = profiles_dir(data_dir) / f"{name}.toml"
    if not path.exists():
        raise ProfileError(f"no profile {name!r} at {path}")
    return parse_profile(path.read_text(encoding="utf-8"), name)
