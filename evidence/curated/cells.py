"""Reading curated CSV cells: blanks, numbers, multi-value cells, vocabulary words."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, TypeAlias, cast

import pandas as pd

from evidence import citation, vocab
from evidence.extract.lexicon import find_drugs, find_routes
from evidence.records import StudyRow
from evidence.scales import find_scale

_SCALES = ("MADRS", "HAM-D", "SSI")  # the scales curated definitions name


# One curated CSV row: a Series from iterrows() or a dict from to_dict("records") (both have [] and .get).
Row: TypeAlias = "Mapping[Any, object] | pd.Series[Any]"


def numbered(df: pd.DataFrame) -> Iterator[tuple[int, pd.Series[Any]]]:
    """(index, row) of a curated frame; its index is the CSV's row number less two (a RangeIndex from read_csv)."""
    for i, r in df.iterrows():
        yield cast(int, i), r


def _s(v: object) -> str | None:
    """A cell as stripped text, None when blank."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    t = str(v).strip()
    return t or None


def _required(v: object, column: str) -> str:
    """A cell that must not be blank (an id), as text; a blank one is a ValueError naming the column."""
    t = _s(v)
    if t is None:
        raise ValueError(f"curated row without {column}")
    return t


def _int(v: object) -> int | None:
    t = _s(v)
    return int(float(t)) if t is not None else None


def _float(v: object) -> float | None:
    t = _s(v)
    return float(t) if t is not None else None


def _urls(v: object) -> list[str]:
    return [u.strip() for u in (_s(v) or "").split("|") if u.strip()]


def _year(*dates: object) -> int | None:
    for d in dates:
        t = _s(d)
        if t and re.match(r"\d{4}", t):
            return int(t[:4])
    return None


def _scale(text: str) -> str | None:
    return find_scale(text, _SCALES)


def _finding_ref(key: str) -> str:
    if re.fullmatch(r"\d+", key):
        return f"PMID:{key}"
    if key.startswith("10."):
        return f"DOI:{key}"
    return f"REF:{key}"


def _drugs(cell: object) -> list[str]:
    return sorted({vocab.normalise_drug(d) for d in vocab.split_multi(cell)}, key=vocab.DRUGS.index)


def _routes(cell: object) -> list[str]:
    routes = {vocab.normalise_route(r) for r in vocab.split_multi(cell)} or {"unspecified"}
    return sorted(routes, key=vocab.ROUTES.index)


def _populations(cell: object) -> list[str]:
    return sorted({vocab.normalise_population(p) for p in vocab.split_multi(cell)}, key=vocab.POPULATIONS.index)


def _prov(kind: str = "curated", verification: str = "verified") -> dict[str, object]:
    return {"source_kind": kind, "verification": verification}


def sourcing(url_cell: object, canonical: str | None, verification: str = "verified") -> dict[str, object]:
    """source_url (canonical), read_from (the page read, when not canonical), tier and grade of a curated value.

    `url_cell` lists the page(s) the curator read; `canonical` is the record to cite when none of them is
    citable (the study's registry record or the paper's PubMed/DOI page). A value read only on a press or
    aggregator page is never `verified`.
    """
    urls = _urls(url_cell)
    tiers = [(vocab.SOURCE_TIERS.index(citation.tier_of_page(u)), i, u) for i, u in enumerate(urls)]
    tier_rank, _, page = min(tiers) if tiers else (len(vocab.SOURCE_TIERS) - 1, 0, None)
    citable = [c for c in (citation.normalise_canonical(u) for u in urls) if c]
    own = citation.normalise_canonical(page) if page else None
    source_url = own or (citable[0] if citable else canonical)
    tier = vocab.SOURCE_TIERS[tier_rank]
    if tier == "press_or_aggregator" and verification == "verified":
        verification = "uncertain"
    return {"source_url": source_url, "read_from": None if own else page, "source_tier": tier,
            "verification": verification}


def _route_drug_of(text: str, study: StudyRow | None) -> tuple[str, str]:
    """Route and drug of an arm described only by text; falls back to the study's single route/drug."""
    routes = find_routes(text)
    drugs = [d for d in find_drugs(text) if d in vocab.DRUGS]
    if not routes and study is not None and len(study.routes) == 1:
        routes = list(study.routes)
    # A placebo/midazolam/ECT arm is not a ketamine arm even inside a ketamine study.
    is_control = vocab.classify_comparator(text) in vocab.CONTROL_CLASSES
    if not drugs and not is_control and study is not None and len(study.drugs) == 1:
        drugs = list(study.drugs)
    return (routes[0] if len(routes) == 1 else "unspecified", drugs[0] if drugs else "other")
