"""Settings read once from the environment and passed down; nothing reads os.environ elsewhere."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CTGOV_BASE_URL = "https://clinicaltrials.gov/api/v2"
DEFAULT_PUBMED_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
DEFAULT_PROFILE = "ketamine-depression"


@dataclass(frozen=True)
class Settings:
    """Where data lives, which services to call and who we are to them."""

    data_dir: Path = Path("data")  # the profile's workspace: tables, raw cache, manifest
    root_dir: Path = Path("data")  # the data root: profiles/ and the default profile's workspace
    ctgov_base_url: str = DEFAULT_CTGOV_BASE_URL
    pubmed_base_url: str = DEFAULT_PUBMED_BASE_URL
    ncbi_email: str | None = None
    profile: str = DEFAULT_PROFILE
    # The key is a secret: excluded from repr so it never reaches a log line or a traceback.
    ncbi_api_key: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read EVIDENCE_* and NCBI_* variables; explicit overrides (CLI flags) win."""
        e = os.environ if env is None else env
        values: dict[str, object] = {
            "data_dir": Path(e.get("EVIDENCE_DATA_DIR") or "data"),
            "ctgov_base_url": (e.get("EVIDENCE_CTGOV_BASE_URL") or DEFAULT_CTGOV_BASE_URL).rstrip("/"),
            "pubmed_base_url": (e.get("EVIDENCE_PUBMED_BASE_URL") or DEFAULT_PUBMED_BASE_URL).rstrip("/"),
            "ncbi_email": e.get("NCBI_EMAIL") or None,
            "ncbi_api_key": e.get("NCBI_API_KEY") or None,
            "profile": e.get("EVIDENCE_PROFILE") or DEFAULT_PROFILE,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        root = Path(str(values["data_dir"]))
        values["root_dir"] = root
        values["data_dir"] = root / _workspace(root, str(values["profile"]))
        return cls(**values)  # type: ignore[arg-type]


def _workspace(root: Path, profile: str) -> str:
    """The profile's workspace folder under the data root ('.' for the default profile or an unknown one)."""
    path = root / "profiles" / f"{profile}.toml"
    if not path.exists():
        return "."
    try:
        ws = str(tomllib.loads(path.read_text(encoding="utf-8")).get("workspace", "."))
    except tomllib.TOMLDecodeError:
        return "."  # loading the profile itself reports the error with its location
    return ws if ws and not Path(ws).is_absolute() and ".." not in Path(ws).parts else "."
