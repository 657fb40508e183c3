"""Profiles: the search terms and scope of one drug/condition, read from data/profiles/NAME.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from evidence import vocab


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
    workspace: str = "."
    routes: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    claims: tuple[dict[str, str], ...] = ()
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
    known = {"name", "title", "drugs", "ctgov", "pubmed", "workspace", "routes", "populations", "claims"}
    workspace = str(raw.get("workspace", "."))
    if Path(workspace).is_absolute() or ".." in Path(workspace).parts:
        raise ProfileError(f"profile {name!r}: workspace must be a folder inside the data folder, not {workspace!r}")
    unknown = sorted(set(raw.get("routes", ())) - set(vocab.ROUTES)) + sorted(
        set(raw.get("populations", ())) - set(vocab.POPULATIONS))
    if unknown:
        raise ProfileError(f"profile {name!r}: words not in the vocabulary: {unknown}")
    return Profile(
        name=str(raw.get("name", name)),
        title=str(raw.get("title", name)),
        ctgov_params=ctgov,
        pubmed_term=term,
        drugs=tuple(raw.get("drugs", ())),
        workspace=workspace,
        routes=tuple(raw.get("routes", ())),
        populations=tuple(raw.get("populations", ())),
        claims=tuple({str(k): str(v) for k, v in c.items()} for c in raw.get("claims", ())),
        extra={k: v for k, v in raw.items() if k not in known},
    )


def profile_path(data_dir: Path, name: str) -> Path | None:
    """The profile file: in data_dir/profiles, or beside a workspace in its data root's profiles/."""
    for base in (Path(data_dir), Path(data_dir).parent):
        path = profiles_dir(base) / f"{name}.toml"
        if path.exists():
            return path
    return None


def list_profiles(data_dir: Path) -> list[str]:
    """Names of the profiles in data_dir/profiles."""
    return sorted(p.stem for p in profiles_dir(data_dir).glob("*.toml"))


def load_profile(data_dir: Path, name: str) -> Profile:
    """Read data/profiles/NAME.toml (data_dir may be the data root or a profile's workspace)."""
    path = profile_path(data_dir, name)
    if path is None:
        raise ProfileError(f"no profile {name!r} in {profiles_dir(data_dir)}; known: {list_profiles(data_dir)}")
    return parse_profile(path.read_text(encoding="utf-8"), name)
