"""Which rows a filter keeps: the studies that match it (a mask over the studies table, each list facet tested in
Arrow), and the values it lets a selection pool (value_base).

Missing values: a study without a year (or enrollment) is kept unless a year range (or a minimum sample size) is
set; then it is left out, because nothing says it qualifies.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from evidence import vocab
from evidence.filters import Filters
from evidence.membership import member


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
