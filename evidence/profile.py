"""Profiles: the search terms and scope of one drug/condition, read from data/profiles/NAME.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from evidence import vocab

if TYPE_CHECKING:
    from evidence.extract.drugs import StudyDrugs


class ProfileError(ValueError):
    """A profile that is missing or malformed."""


@dataclass(frozen=True)
class Profile:
    """What to fetch (CT.gov query parameters, PubMed term), which drug is studied and under which names, the
    routes and populations offered as filters, and the claims the dashboard checks."""

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
    drug_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # vocabulary word -> other names

    def study_drugs(self) -> StudyDrugs:
        """The extraction vocabulary: which names count as the studied drug (each `drugs` word, plus its
        `[drug_names]`); the ketamine rules when the profile studies the ketamine forms."""
        from evidence.extract.drugs import study_drugs

        words = self.drugs or vocab.KETAMINE_FORMS
        return study_drugs({w: self.drug_names.get(w, ()) for w in words})


@dataclass(frozen=True)
class FilterChoices:
    """The route, drug and population options a profile offers in the dashboard's sidebar (vocabulary order)."""

    routes: tuple[str, ...] = vocab.ROUTES
    drugs: tuple[str, ...] = vocab.DRUGS
    populations: tuple[str, ...] = vocab.POPULATIONS
    drug_placeholder: str = "all forms of ketamine"
    drug_help: str = "ketamine = racemic ketamine; comparator arms stay with their study"


def filter_choices(profile: Profile | None) -> FilterChoices:
    """The profile's routes (plus 'unspecified', where records that name none sit), its drugs plus 'other'
    (comparators) and its populations; the whole vocabulary for a list the profile leaves out."""
    if profile is None:
        return FilterChoices()

    def pick(words: tuple[str, ...], allowed: tuple[str, ...], extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        chosen = set(words) | set(extra)
        return tuple(w for w in allowed if w in chosen) if words else allowed

    drugs = pick(profile.drugs, vocab.DRUGS, ("other",))
    ketamine = set(profile.drugs or ("ketamine",)) <= set(vocab.KETAMINE_FORMS)
    return FilterChoices(routes=pick(profile.routes, vocab.ROUTES, ("unspecified",)), drugs=drugs,
                         populations=pick(profile.populations, vocab.POPULATIONS),
                         drug_placeholder="all forms of ketamine" if ketamine else "all drugs",
                         drug_help=FilterChoices.drug_help if ketamine else
                         f"{', '.join(profile.drugs)}: the studied drug; other = comparator arms, which stay with "
                         "their study")


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
    known = {"name", "title", "drugs", "ctgov", "pubmed", "workspace", "routes", "populations", "claims",
             "drug_names"}
    workspace = str(raw.get("workspace", "."))
    if Path(workspace).is_absolute() or ".." in Path(workspace).parts:
        raise ProfileError(f"profile {name!r}: workspace must be a folder inside the data folder, not {workspace!r}")
    drugs = tuple(str(d) for d in raw.get("drugs", ()))
    names = raw.get("drug_names", {})
    if not isinstance(names, dict) or not all(isinstance(v, list) for v in names.values()):
        raise ProfileError(f"profile {name!r}: [drug_names] must map a drug to a list of names")
    unknown = sorted(set(raw.get("routes", ())) - set(vocab.ROUTES)) + sorted(
        set(raw.get("populations", ())) - set(vocab.POPULATIONS)) + sorted(
        (set(drugs) | set(names)) - (set(vocab.DRUGS) - {"other"}))
    if unknown:
        raise ProfileError(f"profile {name!r}: words not in the vocabulary: {unknown}")
    stray = sorted(set(names) - set(drugs))
    if stray:
        raise ProfileError(f"profile {name!r}: [drug_names] names drugs not in `drugs`: {stray}")
    return Profile(
        name=str(raw.get("name", name)),
        title=str(raw.get("title", name)),
        ctgov_params=ctgov,
        pubmed_term=term,
        drugs=drugs,
        workspace=workspace,
        routes=tuple(raw.get("routes", ())),
        populations=tuple(raw.get("populations", ())),
        claims=tuple({str(k): str(v) for k, v in c.items()} for c in raw.get("claims", ())),
        extra={k: v for k, v in raw.items() if k not in known},
        drug_names={str(k): tuple(str(n) for n in v) for k, v in names.items()},
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
