"""What the user asked to see: the Filters spec, and its URL form (to_query / from_query, aliases included).

Applying a filter to the tables is evidence.selection's job (Snapshot.select).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from evidence import vocab

# The source facet as users name it, and what in a study row makes it true.
SOURCE_FACETS: tuple[str, ...] = vocab.SOURCE_FACETS
SOURCE_LABELS: dict[str, str] = {
    "registry": "registry (ClinicalTrials.gov)",
    "paper": "paper (PubMed / DOI)",
    "curated": "curated set",
}
LIST_FIELDS = ("routes", "drugs", "populations", "designs", "phases", "statuses", "comparators", "sources")
INT_FIELDS = ("year_min", "year_max", "min_n")
BOOL_FIELDS = ("has_numbers", "primary_only", "primary_sources", "exclude_crossover", "include_auto")
MAX_SEARCH = 200


@dataclass(frozen=True)
class Filters:
    """What the user asked to see; an empty tuple / None / False means 'no restriction'."""

    routes: tuple[str, ...] = ()
    drugs: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    designs: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    comparators: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    year_min: int | None = None
    year_max: int | None = None
    min_n: int | None = None
    has_numbers: bool = False
    primary_only: bool = False
    primary_sources: bool = False  # only values from registry results or the trial's own paper
    exclude_crossover: bool = False  # leave crossover trials out
    include_auto: bool = False  # pool values extracted automatically from abstracts (off: curated/registry only)
    search: str = ""

    def is_empty(self) -> bool:
        """True when no filter is active (every study shown)."""
        return self == Filters()

    def values_only(self) -> Filters:
        """Only the choice of which values may be pooled (auto-extracted, primary sources): no study left out."""
        return Filters(include_auto=self.include_auto, primary_sources=self.primary_sources)

    def describe(self) -> dict[str, object]:
        """The active filters as plain values (for export headers and messages)."""
        return {k: v.replace(",", ", ") if k in LIST_FIELDS else v for k, v in to_query(self).items()}

def to_query(f: Filters) -> dict[str, str]:
    """URL query parameters of a filter (comma-joined lists, ints, '1' for flags; inactive ones left out)."""
    out: dict[str, str] = {}
    for fld in fields(f):
        v = getattr(f, fld.name)
        if isinstance(v, tuple):
            if v:
                out[fld.name] = ",".join(v)
        elif isinstance(v, bool):
            if v:
                out[fld.name] = "1"
        elif isinstance(v, int):
            out[fld.name] = str(v)
        elif isinstance(v, str) and v:
            out[fld.name] = v
    return out


def _int(raw: object, lo: int, hi: int) -> int | None:
    try:
        v = int(str(raw).strip())
    except ValueError:
        return None
    return v if lo <= v <= hi else None


def from_query(params: Mapping[str, object], allowed: Mapping[str, tuple[str, ...]]) -> Filters:
    """Filters from URL query parameters; values outside the allowed choices are dropped, not trusted.

    Accepts what people type: a parameter's singular as well as its plural (`route=` as `routes=`), any letter
    case in names and values, and common abbreviations (IV, IN, IM, SC, PO, SL for the routes; TRD, MDD, ...;
    'nasal', 'esk', 'rct', 'crossover', 'phase 3', 'completed'). to_query() writes the canonical form, so
    from_query(to_query(f)) == f.
    """
    singular = {"route": "routes", "drug": "drugs", "population": "populations", "pop": "populations",
                "design": "designs", "phase": "phases", "status": "statuses", "comparator": "comparators",
                "source": "sources", "q": "search", "from": "year_min", "to": "year_max", "n": "min_n",
                "primary": "primary_only"}
    words = {
        "routes": {"iv": "intravenous", "i.v.": "intravenous", "infusion": "intravenous", "in": "intranasal",
                   "nasal": "intranasal", "spray": "intranasal", "im": "intramuscular", "sc": "subcutaneous",
                   "sq": "subcutaneous", "subq": "subcutaneous", "po": "oral", "sl": "sublingual"},
        "drugs": {"esk": "esketamine", "s-ketamine": "esketamine", "spravato": "esketamine",
                  "r-ketamine": "arketamine", "racemic": "ketamine", "racemic ketamine": "ketamine",
                  "placebo": "other", "comparator": "other"},
        "populations": {"trd": "TRD", "treatment-resistant": "TRD", "mdd": "MDD", "bipolar depression": "bipolar",
                        "bd": "bipolar", "si": "suicidal", "suicide": "suicidal", "suicidal ideation": "suicidal",
                        "elderly": "geriatric", "older": "geriatric", "older adults": "geriatric",
                        "adolescents": "adolescent", "youth": "adolescent", "ptsd": "PTSD", "ect": "ECT"},
        "designs": {"randomized": "rct", "randomised": "rct", "crossover": "crossover_rct",
                    "open-label": "open_label", "open label": "open_label", "meta-analysis": "meta_analysis",
                    "systematic review": "systematic_review", "case series": "case_series"},
        "phases": {"1": "PHASE1", "2": "PHASE2", "3": "PHASE3", "4": "PHASE4", "phase 1": "PHASE1",
                   "phase 2": "PHASE2", "phase 3": "PHASE3", "phase 4": "PHASE4", "1/2": "PHASE1/PHASE2",
                   "2/3": "PHASE2/PHASE3", "early phase 1": "EARLY_PHASE1"},
        "comparators": {"saline": "placebo", "active placebo": "midazolam"},
    }
    norm: dict[str, object] = {}
    for key, value in params.items():
        k = str(key).strip().lower()
        k = singular.get(k, k)
        if k in norm and k in LIST_FIELDS:  # route=iv&routes=oral: both count
            prev = norm[k]
            prev_items = list(prev) if isinstance(prev, (list, tuple)) else str(prev).split(",")
            new_items = list(value) if isinstance(value, (list, tuple)) else str(value).split(",")
            norm[k] = prev_items + new_items
        else:
            norm[k] = value
    kwargs: dict[str, object] = {}
    for name in LIST_FIELDS:
        raw = norm.get(name)
        if raw is None:
            continue
        items = raw if isinstance(raw, (list, tuple)) else str(raw).split(",")
        choices = SOURCE_FACETS if name == "sources" else allowed.get(name, ())
        by_lower = {c.lower(): c for c in choices}
        by_lower |= {c.lower().replace("_", " "): c for c in choices}
        alias = {w: c for w, c in words.get(name, {}).items() if c in choices}
        picked = []
        for x in items:
            v = " ".join(str(x).replace("+", " ").split()).lower()
            hit = by_lower.get(v) or alias.get(v) or by_lower.get(v.replace("-", "_")) or by_lower.get(
                v.replace(" ", "_"))
            if hit:
                picked.append(hit)
        kwargs[name] = tuple(dict.fromkeys(picked))
    for name in INT_FIELDS:
        raw = norm.get(name)
        if raw is not None:
            kwargs[name] = _int(raw, 0, 100_000) if name == "min_n" else _int(raw, 1900, 2200)
    for name in BOOL_FIELDS:
        raw = norm.get(name)
        if raw is not None:
            kwargs[name] = str(raw).strip().lower() in ("1", "true", "yes", "on", "")
    if norm.get("search") is not None:
        kwargs["search"] = str(norm["search"])[:MAX_SEARCH]
    f = Filters(**kwargs)  # type: ignore[arg-type]
    if f.year_min is not None and f.year_max is not None and f.year_min > f.year_max:
        f = replace(f, year_min=f.year_max, year_max=f.year_min)
    if f.min_n == 0:
        f = replace(f, min_n=None)
    return f
