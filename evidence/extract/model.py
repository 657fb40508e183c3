"""Typed records of extraction (issue 22): one value read from an abstract, with the exact span it was read from.

The extraction JSON (DESIGN.md) stays a mapping; `Finding.to_dict` writes it and `Finding.from_dict` reads it back,
so callers (the findings tables, the agreement check) work on typed records, not on dict keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import cast

# Keys every finding has in the JSON, and the optional ones a kind adds (AE terms, the scale of a scale change ...).
PUBLIC_KEYS = ("kind", "arm", "route", "value", "unit", "timepoint_hours", "n", "detail", "span", "confidence")
EXTRA_KEYS = ("drug", "n_events", "term", "category", "terms", "categories", "serious", "scale", "value_span")
RATE_KINDS = ("response_rate", "remission_rate")


@dataclass(frozen=True)
class Finding:
    """One value an abstract states (a response or remission rate, an onset, an adverse-event incidence, a scale
    change), for one arm at one time, with the characters it was read from."""

    kind: str
    value: float | None
    span: tuple[int, int]
    unit: str | None = None
    arm: str | None = None
    route: str | None = None
    timepoint_hours: float | None = None
    n: int | None = None
    detail: str | None = None
    confidence: str = "uncertain"
    drug: str | None = None
    n_events: int | None = None
    term: str | None = None
    category: str | None = None
    terms: tuple[str, ...] | None = None
    categories: tuple[str, ...] | None = None
    serious: bool | None = None
    scale: str | None = None
    value_span: tuple[int, int] | None = None
    # the keys the extractor wrote for this finding, so the JSON keeps exactly its shape
    keys: tuple[str, ...] = PUBLIC_KEYS

    @property
    def is_rate(self) -> bool:
        """A response or remission rate (a percentage of an arm)."""
        return self.kind in RATE_KINDS

    @classmethod
    def from_dict(cls, d: Mapping[str, object], public: bool = True) -> Finding:
        """The finding a JSON mapping describes; `public` findings always carry the public keys."""
        known = {f.name for f in fields(cls)} - {"keys"}
        values: dict[str, object] = {k: d[k] for k in known if k in d}
        for k in ("span", "value_span"):
            pair = values.get(k)
            if isinstance(pair, (list, tuple)):
                values[k] = (int(pair[0]), int(pair[1]))
        for k in ("terms", "categories"):
            words = values.get(k)
            if isinstance(words, (list, tuple)):
                values[k] = tuple(str(x) for x in words)
        order = (*PUBLIC_KEYS, *EXTRA_KEYS)
        keys = tuple(k for k in order if k in d or (public and k in PUBLIC_KEYS))
        values.setdefault("span", (0, 0))
        values.setdefault("value", None)
        values.setdefault("kind", "")
        return cls(keys=keys, **values)  # type: ignore[arg-type]

    def to_dict(self, keys: Iterable[str] | None = None) -> dict[str, object]:
        """The JSON mapping of DESIGN.md (spans and term lists as lists), with this finding's keys or the ones named."""
        out: dict[str, object] = {}
        for k in self.keys if keys is None else keys:
            v = getattr(self, k)
            out[k] = list(v) if isinstance(v, tuple) else v
        return out


def findings_of(result: Mapping[str, object]) -> list[Finding]:
    """The typed findings and scale changes of one extraction result (the mapping `extract_abstract` returns)."""
    found = [Finding.from_dict(f) for f in cast("list[Mapping[str, object]]", result.get("findings") or [])]
    found += [Finding.from_dict(f, public=False)
              for f in cast("list[Mapping[str, object]]", result.get("scale_changes") or [])]
    return found
