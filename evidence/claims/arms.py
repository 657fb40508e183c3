"""Per-arm rows for the claim checks: selected efficacy or adverse-event rows with their arm's role, counts and study.

Only rows the build's reconciliation selected are read (one report per arm, outcome and visit); reviews and
meta-analyses are left out; an arm's role comes from the arms table, else it is experimental when its drug is a
ketamine form. Counts follow the analysis rules (evidence.analysis.rates.events_frame): events from n_events/n_total
or a percent of n_total (derived); when the row has no n, the arm's n from the arms table. A row whose counts
contradict its own reported percent by more than 1.5 points keeps its percent and loses its counts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from evidence.analysis.groups import KETAMINE_FORMS, is_secondary
from evidence.analysis.rates import events_frame, group_codes, join_groups
from evidence.claims.model import ClaimInputs, labels_of

Z = 1.959963984540054
INCONSISTENT_POINTS = 1.5  # counts and reported percent further apart than this (in points) contradict each other


@dataclass(frozen=True)
class StudyLookup:
    """What every arm_frame() call of one claim check reads from the studies and arms tables, built once per inputs:
    the secondary studies' ids, study_id -> label and -> design (as Series.map mappers), and each arm's role and n."""

    secondary: frozenset[str]
    labels: pd.Series
    design: pd.Series
    arm_info: pd.DataFrame


def _mapper(d: dict[str, str]) -> pd.Series:
    """The Series Series.map builds from a plain dict (so mapping with it gives the same values), built once."""
    if not d:
        return pd.Series(d, dtype=np.float64)
    return pd.Series(d.values(), index=pd.Index(d.keys(), tupleize_cols=False))


def study_lookup(x: ClaimInputs) -> StudyLookup:
    """The inputs' StudyLookup (built on first use: at 100k studies each piece costs a tenth of a second or more)."""
    def build() -> StudyLookup:
        studies, arms = x.tables["studies"], x.tables["arms"]
        sec = is_secondary(studies)
        design = dict(zip(studies["study_id"].astype(str).tolist(), studies["design"].astype(str).tolist(),
                          strict=True))
        arm_info = pd.DataFrame({"study_id": arms["study_id"].astype(object).to_numpy(),
                                 "arm_key": arms["arm_id"].astype(object).to_numpy(),
                                 "_role": arms["role"].astype(object).to_numpy(),
                                 "_n": pd.to_numeric(arms["n"], errors="coerce").astype(float).to_numpy()})
        return StudyLookup(frozenset(sec[sec].index), _mapper(study_labels(x)), _mapper(design),
                           arm_info.drop_duplicates(["study_id", "arm_key"]))

    return x.cached(("study_lookup",), build)


def study_labels(x: ClaimInputs) -> dict[str, str]:
    """labels_of() the inputs' studies, built once per inputs."""
    return x.cached(("labels",), lambda: labels_of(x.tables["studies"]))


_COUNT_COLUMNS = {"efficacy": ("n_events", "n_total", "value", "unit"),
                  "adverse_events": ("n_affected", "n_at_risk", "percent")}


_STR = pd.StringDtype("pyarrow", na_value=np.nan)  # what a frame infers from a column of Python str (and None)


def _cells(s: pd.Series, fill: str | None) -> pd.api.extensions.ExtensionArray | np.ndarray:
    """The column's values with missing ones as `fill`, as a frame column holds them: Arrow text stays Arrow text
    (converting 700k cells to Python objects and the frame inferring them back cost a second at 100k studies)."""
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow" and s.notna().any():
        t = s.astype(_STR)
        return (t if fill is None else t.fillna(fill)).array
    v = s.astype(object)  # a column of other values, or of missing ones only (the frame keeps those as objects)
    return v.where(v.notna(), fill).to_numpy() if len(s) else np.array([], dtype=object)


def _row_ids(table: str, index: pd.Index) -> pd.api.extensions.ExtensionArray | list[str]:
    """'<table>:<row index>' of each row, as Arrow text (a Python f-string per row cost a tenth of a second)."""
    if not len(index):
        return []
    return pd.Series(index.astype(str), dtype=_STR).radd(f"{table}:").array


def arm_frame(x: ClaimInputs, table: str, mask: pd.Series | np.ndarray,
              extra: tuple[str, ...] = ()) -> pd.DataFrame:
    """Selected rows of `table` (efficacy or adverse_events) under `mask`, of primary studies, with row_id, role,
    is_ketamine, study label and design, events/total/rate (NaN when not countable), and the `extra` columns."""
    full = x.tables[table]
    keep = np.asarray(mask, dtype=bool) & full["selected"].fillna(False).to_numpy(dtype=bool)
    # Only the columns read below are cut (cutting all of a 900k-row table's columns cost most of a second).
    read = ["study_id", "arm_label", "arm_key", "arm_id", "route", "drug", "source_url", "verification",
            "source_tier", *_COUNT_COLUMNS[table], *extra]
    df = full[list(dict.fromkeys(read))][keep]
    look = study_lookup(x)
    df = df[~df["study_id"].astype(str).isin(look.secondary).to_numpy(dtype=bool)]

    def obj(c: str, fill: str | None = None) -> pd.api.extensions.ExtensionArray | np.ndarray:
        return _cells(df[c], fill)

    key = df["arm_key"]
    for alt in ("arm_id", "arm_label"):
        key = key.where(key.notna(), df[alt])
    out = pd.DataFrame({
        "row_id": _row_ids(table, df.index),
        "study_id": obj("study_id", ""), "arm_label": obj("arm_label", ""), "arm_key": _cells(key, ""),
        "route": obj("route", ""), "drug": obj("drug", ""), "source_url": obj("source_url"),
        "verification": obj("verification"), "source_tier": obj("source_tier"),
    }, index=range(len(df)))
    for c in extra:
        out[c] = obj(c)
    out = out.merge(look.arm_info, on=["study_id", "arm_key"], how="left")  # keeps out's row order (left merge)
    out["is_ketamine"] = out["drug"].isin(KETAMINE_FORMS)
    out["role"] = out["_role"].where(out["_role"].notna(),
                                     np.where(out["is_ketamine"], "experimental", "comparator"))
    if table == "efficacy":
        n_ev, n_tot, val, unit = df["n_events"], df["n_total"], df["value"], df["unit"]
    else:
        n_ev, n_tot, val, unit = df["n_affected"], df["n_at_risk"], df["percent"], pd.Series(["percent"] * len(df))
    tot = pd.to_numeric(n_tot, errors="coerce").astype(float).reset_index(drop=True)
    tot = tot.where(tot.notna(), out["_n"])
    ev = events_frame(n_ev.reset_index(drop=True), tot, val.reset_index(drop=True), unit.reset_index(drop=True))
    out["events"], out["total"] = ev["events"].to_numpy(), ev["total"].to_numpy()
    pct = pd.to_numeric(val, errors="coerce").astype("float64").to_numpy(na_value=np.nan)
    is_pct = (pd.Series(unit, dtype=object).astype(str).str.strip().str.lower() == "percent").to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        # A row whose counts contradict its own reported percent (e.g. a stratum's events over the whole arm) is
        # shown with its percent and no counts, rather than with a rate nobody reported.
        clash = is_pct & ~np.isnan(pct) & (out["total"] > 0) & (
            np.abs(100 * out["events"] / out["total"] - pct) > INCONSISTENT_POINTS)
    out.loc[clash, ["events", "total"]] = np.nan
    out["counts_clash"] = clash
    with np.errstate(divide="ignore", invalid="ignore"):
        out["rate"] = np.where(out["total"] > 0, out["events"] / out["total"],
                               np.where(is_pct, pct / 100.0, np.nan))
    out["study_label"] = out["study_id"].map(look.labels).fillna(out["study_id"])
    out["design"] = out["study_id"].map(look.design)
    return out.drop(columns=["_role", "_n"])


def sides(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """side() for every group of `keys` at once (column-wise: a Python call per group cost minutes at 100k studies):
    keys + events, total, rate, arms, row_ids (comma-joined), n (arms summed)."""
    cols = [*keys, "events", "total", "rate", "arms", "row_ids", "n"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    r = rows.assign(_miss=(rows["events"].isna() | rows["total"].isna()).astype(int), _one=1)
    gb = r.groupby(keys, sort=True, dropna=False)
    out = gb.agg(events=("events", "sum"), total=("total", "sum"), _miss=("_miss", "sum"), _mean=("rate", "mean"),
                 n=("_one", "sum"))
    codes = group_codes(gb)
    out["arms"] = join_groups(codes, r["arm_label"].reset_index(drop=True), len(out), "; ")
    out["row_ids"] = join_groups(codes, r["row_id"].reset_index(drop=True), len(out), ", ")
    counted = (out["_miss"] == 0) & (out["total"] > 0)
    out["events"] = out["events"].where(counted)
    out["total"] = out["total"].where(counted)
    out["rate"] = (out["events"] / out["total"]).where(counted, out["_mean"])
    return out.reset_index()[cols]


@dataclass(frozen=True)
class Side:
    """The arms of one side of a comparison, summed (different people): counts (NaN unless every arm has them),
    the rate (events/total, else the mean of the reported rates), the arm labels and the evidence row ids."""

    events: float
    total: float
    rate: float
    arms: str
    row_ids: list[str]


def side(rows: pd.DataFrame) -> Side:
    """Arms of one side summed (different people): events, total, rate, labels, row ids; counts only when every
    arm has them, else the mean of the reported rates."""
    counted = rows["events"].notna().all() and rows["total"].notna().all() and len(rows)
    ev = float(rows["events"].sum()) if counted else math.nan
    tot = float(rows["total"].sum()) if counted else math.nan
    rate = ev / tot if counted and tot > 0 else float(rows["rate"].mean()) if len(rows) else math.nan
    return Side(ev, tot, rate, "; ".join(dict.fromkeys(rows["arm_label"])), list(rows["row_id"]))


def risk_ratio(a: float, n1: float, c: float, n2: float) -> tuple[float, float, float]:
    """RR of a/n1 vs c/n2 with its 95% CI (0.5 added to every cell when one is zero)."""
    if any(math.isnan(v) for v in (a, n1, c, n2)) or n1 <= 0 or n2 <= 0:
        return math.nan, math.nan, math.nan
    if a == 0 or c == 0:
        a, c, n1, n2 = a + 0.5, c + 0.5, n1 + 1, n2 + 1
    lr = math.log((a / n1) / (c / n2))
    se = math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
    return math.exp(lr), math.exp(lr - Z * se), math.exp(lr + Z * se)


def rd_mh(strata: list[tuple[float, float, float, float]]) -> tuple[float, float, float]:
    """Mantel-Haenszel risk difference of (a, n1, c, n2) strata with the Greenland-Robins 95% CI."""
    strata = [s for s in strata if s[1] > 0 and s[3] > 0]
    if not strata:
        return math.nan, math.nan, math.nan
    num = sum((a * n2 - c * n1) / (n1 + n2) for a, n1, c, n2 in strata)
    w = sum(n1 * n2 / (n1 + n2) for _, n1, _, n2 in strata)
    rd = num / w
    var = sum((a * (n1 - a) * n2 ** 3 + c * (n2 - c) * n1 ** 3) / (n1 * n2 * (n1 + n2) ** 2)
              for a, n1, c, n2 in strata) / w ** 2
    se = math.sqrt(var)
    return rd, rd - Z * se, rd + Z * se
