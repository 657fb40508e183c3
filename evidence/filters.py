"""Study filters: pure functions from a filter spec to the matching rows, kept serialisable for the URL.

A filter narrows the studies table; the other tables follow (rows of the kept studies only), and the route and
drug filters also narrow the per-arm rows of efficacy, adverse_events and arms, so a chart "by route" under a
route filter shows only that route. Missing values: a study without a year (or enrollment) is kept unless a year
range (or a minimum sample size) is set; then it is left out, because nothing says it qualifies.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from evidence import vocab
from evidence.membership import StudyIndex, member

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

    def describe(self) -> dict[str, object]:
        """The active filters as plain values (for export headers and messages)."""
        return {k: v.replace(",", ", ") if k in LIST_FIELDS else v for k, v in to_query(self).items()}


def _lists(values: pd.Series) -> pa.ListArray | None:
    """A list column as one Arrow list array (None when a cell is not a list of strings: the Python path decides)."""
    try:
        arr = pa.array(values.to_list(), type=pa.list_(pa.string()))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return None
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def _any_in(values: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    """Rows whose list holds any wanted value, in Arrow (a Python call per study cost ~0.1 s per filter at 100k)."""
    arr = _lists(values)
    if arr is None:
        want = set(wanted)
        return values.map(lambda v: bool(want.intersection(list(v) if v is not None else [])))
    hit = pc.fill_null(pc.is_in(pc.list_flatten(arr), value_set=pa.array(list(wanted), type=pa.string())), False)
    mask = np.zeros(len(values), dtype=bool)
    mask[pc.list_parent_indices(arr).to_numpy()[hit.to_numpy(zero_copy_only=False)]] = True
    return pd.Series(mask, index=values.index)


def _has(values: pd.Series) -> pd.Series:
    """Rows whose list is present and not empty."""
    arr = _lists(values)
    if arr is None:
        return values.map(lambda v: v is not None and len(v) > 0)
    length = pc.fill_null(pc.list_value_length(arr), 0).to_numpy()
    return pd.Series(length > 0, index=values.index)


def _source_mask(studies: pd.DataFrame, wanted: tuple[str, ...]) -> pd.Series:
    """registry: from CT.gov or carrying an NCT id; paper: from PubMed or carrying a PMID/DOI; curated: curated."""
    facets = {
        "registry": lambda: _any_in(studies["sources"], ("ctgov",)) | _has(studies["nct_ids"]),
        "paper": lambda: _any_in(studies["sources"], ("pubmed",)) | _has(studies["pmids"]) | _has(studies["dois"]),
        "curated": lambda: _any_in(studies["sources"], ("curated",)),
    }
    mask = pd.Series(False, index=studies.index)
    for w in wanted:
        if w in facets:
            mask |= facets[w]()
    return mask


def studies_with_numbers(tables: Mapping[str, pd.DataFrame]) -> set[str]:
    """Ids of studies that report at least one number (a rate, count or AE frequency), not only text."""
    ids: set[str] = set()
    eff = tables.get("efficacy")
    if eff is not None and len(eff):
        num = eff["value"].notna() | eff["n_events"].notna()
        ids |= set(eff.loc[num, "study_id"].unique().tolist())
    ae = tables.get("adverse_events")
    if ae is not None and len(ae):
        num = ae["n_affected"].notna() | ae["percent"].notna()
        ids |= set(ae.loc[num, "study_id"].unique().tolist())
    return ids


def apply_filters(studies: pd.DataFrame, f: Filters, numeric_ids: set[str] | None = None) -> pd.DataFrame:
    """Rows of the studies table that match every active filter (numeric_ids: see studies_with_numbers)."""
    mask = pd.Series(True, index=studies.index)
    if f.routes:
        mask &= _any_in(studies["routes"], f.routes)
    if f.drugs:
        mask &= _any_in(studies["drugs"], f.drugs)
    if f.populations:
        mask &= _any_in(studies["population"], f.populations)
    if f.designs:
        mask &= studies["design"].isin(f.designs)
    if f.phases:
        mask &= studies["phase"].isin(f.phases).fillna(False).astype(bool)
    if f.statuses:
        mask &= studies["status"].isin(f.statuses).fillna(False).astype(bool)
    if f.comparators:
        mask &= studies["comparator_class"].isin(f.comparators)
    if f.sources:
        mask &= _source_mask(studies, f.sources)
    if f.year_min is not None:
        mask &= (studies["year"] >= f.year_min).fillna(False).astype(bool)
    if f.year_max is not None:
        mask &= (studies["year"] <= f.year_max).fillna(False).astype(bool)
    if f.min_n:
        mask &= (studies["enrollment"] >= f.min_n).fillna(False).astype(bool)
    if f.primary_only:
        mask &= ~studies["is_secondary"].astype(bool)
    if f.exclude_crossover:
        mask &= studies["design"] != "crossover_rct"
    if f.has_numbers:
        mask &= member(studies["study_id"], pd.Series(sorted(numeric_ids or set()), dtype=object))
    if f.search.strip():
        needle = f.search.strip().lower()
        hay = (studies["study_id"].fillna("") + " " + studies["title"].fillna("") + " "
               + studies["nct_ids"].map(" ".join) + " " + studies["pmids"].map(" ".join)).str.lower()
        mask &= hay.str.contains(needle, regex=False)
    return studies[mask.astype(bool)]


class Selection(Mapping[str, pd.DataFrame]):
    """The filtered tables as a read-only mapping: the studies at once, every other table on first read.

    A view reads two or three of the five tables; cutting the rows of a 700k-row table it never reads cost a tenth
    of a second and more per filter change at 100k studies. `count` counts a table's kept rows without cutting it.
    `source` is the unfiltered tables, `index` their StudyIndex (pass the snapshot's to share it between
    selections). Two threads reading the same table at once may both cut it; both results are equal.
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame], f: Filters, studies: pd.DataFrame,
                 index: StudyIndex | None = None) -> None:
        if index is not None and index.tables is not tables:
            raise ValueError("the StudyIndex was built for other tables: its row positions would not match")
        self.source, self.filters = tables, f
        self.index = index if index is not None else StudyIndex(tables)
        self._everyone = f.is_empty() or len(studies) == len(tables["studies"])
        self._cut: dict[str, pd.DataFrame] = {"studies": studies}
        self._masks: dict[str, np.ndarray | None] = {}
        self._keep: np.ndarray | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._cut:
            mask = self.mask(name)
            df = self.source[name]
            self._cut[name] = df if mask is None else df[mask]
        return self._cut[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.source)

    def __contains__(self, name: object) -> bool:
        return name in self.source  # without cutting the table, as Mapping's default would

    def __len__(self) -> int:
        return len(self.source)

    def keep(self) -> np.ndarray | None:
        """StudyIndex.keep of the kept studies (None: every study kept)."""
        if self._everyone:
            return None
        if self._keep is None:
            self._keep = self.index.keep(self._cut["studies"]["study_id"])
        return self._keep

    def study_rows(self, name: str) -> np.ndarray | None:
        """Which rows of the unfiltered table `name` belong to a kept study (None: all of them)."""
        keep = self.keep()
        return None if keep is None else keep[self.index.table_positions(name)]

    def mask(self, name: str) -> np.ndarray | None:
        """Which rows of the unfiltered table `name` are kept (None: all of them); computed once per table (the
        headline, the tables and their counts all ask)."""
        if name not in self._masks:
            self._masks[name] = self._mask(name)
        return self._masks[name]

    def _mask(self, name: str) -> np.ndarray | None:
        f, rows = self.filters, self.study_rows(name)
        if name == "studies" or name not in ("efficacy", "adverse_events", "arms") or not (f.routes or f.drugs):
            return rows
        ix = self.index
        # Control arms (placebo, midazolam, ECT: drug 'other') stay with their study, or its risk ratios vanish.
        control = ix.column_in(name, "drug", ("other",))
        mask = np.ones(len(control), dtype=bool) if rows is None else rows.copy()
        if f.routes:
            mask &= ix.column_in(name, "route", f.routes) | control
        if f.drugs:
            mask &= ix.column_in(name, "drug", f.drugs) | control
        return mask

    def head(self, name: str, n: int) -> pd.DataFrame:
        """The first n kept rows of `name`, without cutting the whole table (a page shows 1,000 of 700k rows)."""
        if name in self._cut:
            return self._cut[name].head(n)
        mask = self.mask(name)
        df = self.source[name]
        return df.head(n) if mask is None else df.iloc[np.flatnonzero(mask)[:n]]

    def count(self, name: str, column: str | None = None, values: tuple[str, ...] = ()) -> int:
        """Kept rows of `name` (those whose `column` holds one of `values`, when given), counted from the row masks
        without cutting the table."""
        mask = self.mask(name)
        if column is None:
            return len(self.source[name]) if mask is None else int(mask.sum())
        hit = self.index.column_in(name, column, values)
        return int(hit.sum() if mask is None else (hit & mask).sum())


def value_base(tables: Mapping[str, pd.DataFrame], f: Filters) -> Mapping[str, pd.DataFrame]:
    """The tables whose values a selection may use: without values extracted automatically from abstracts unless
    `include_auto`, and only registry-results and primary-paper values when `primary_sources`. The same object
    when nothing is left out (so a cache or StudyIndex built on it stays valid)."""
    cut = {}
    for name in ("efficacy", "adverse_events"):
        df = tables[name]
        ok = np.ones(len(df), dtype=bool)
        if f.primary_sources:
            ok &= df["source_tier"].isin(list(vocab.PRIMARY_TIERS)).to_numpy(dtype=bool, na_value=False)
        if not f.include_auto:
            ok &= (df["source_kind"] != "abstract").to_numpy(dtype=bool, na_value=True)
        if not ok.all():
            cut[name] = df[ok]
    return {**tables, **cut} if cut else tables


def filter_tables(tables: Mapping[str, pd.DataFrame], f: Filters, index: StudyIndex | None = None) -> Selection:
    """Every table narrowed to the filtered studies; per-arm rows also to the chosen routes and drugs (each table cut
    when first read: see Selection; `index`: the tables' StudyIndex, built here when not given). Values come from
    value_base(tables, f): pass that base (and its index) to keep a cache of it valid."""
    tables = value_base(tables, f)
    numeric = studies_with_numbers(tables) if f.has_numbers else None
    studies = tables["studies"] if f.is_empty() else apply_filters(tables["studies"], f, numeric)
    return Selection(tables, f, studies, index)


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
