"""Per-arm rows for the claim checks: selected efficacy or adverse-event rows with their arm's role, counts and study.

Only rows the build's reconciliation selected are read (one report per arm, outcome and visit); reviews and
meta-analyses are left out; an arm's role comes from the arms table, else it is experimental when its drug is a
ketamine form. Counts follow the analysis rules (evidence.analysis.rates.events_frame): events from n_events/n_total
or a percent of n_total (derived); when the row has no n, the arm's n from the arms table.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from evidence.analysis.groups import KETAMINE_FORMS, is_secondary
from evidence.analysis.rates import events_frame
from evidence.claims.model import labels_of, text

Z = 1.959963984540054


def arm_frame(tables: Mapping[str, pd.DataFrame], table: str, mask: pd.Series | np.ndarray) -> pd.DataFrame:
    """Selected rows of `table` (efficacy or adverse_events) under `mask`, of primary studies, with row_id, role,
    is_ketamine, study label and design, events/total/rate (NaN when not countable)."""
    df = tables[table]
    keep = np.asarray(mask, dtype=bool) & df["selected"].fillna(False).to_numpy(dtype=bool)
    df = df[keep]
    studies = tables["studies"]
    sec = is_secondary(studies)
    df = df[~df["study_id"].astype(str).isin(set(sec[sec].index)).to_numpy(dtype=bool)]
    out = pd.DataFrame({
        "row_id": [f"{table}:{i}" for i in df.index],
        "study_id": df["study_id"].astype(str).tolist(),
        "arm_label": [text(v) or "" for v in df["arm_label"].tolist()],
        "arm_key": [text(k) or text(a) or text(lab) or "" for k, a, lab in zip(
            df["arm_key"].tolist(), df["arm_id"].tolist(), df["arm_label"].tolist(), strict=True)],
        "route": df["route"].astype(str).tolist(),
        "drug": df["drug"].astype(str).tolist(),
        "source_url": [text(v) for v in df["source_url"].tolist()],
        "verification": [text(v) for v in df["verification"].tolist()],
        "source_tier": [text(v) for v in df["source_tier"].tolist()],
    }, index=range(len(df)))
    arms = tables["arms"]
    role = {(str(s), str(a)): str(r) for s, a, r in zip(arms["study_id"].tolist(), arms["arm_id"].tolist(),
                                                        arms["role"].tolist(), strict=True)}
    arm_n = {(str(s), str(a)): n for s, a, n in zip(arms["study_id"].tolist(), arms["arm_id"].tolist(),
                                                    arms["n"].tolist(), strict=True)}
    out["is_ketamine"] = out["drug"].isin(KETAMINE_FORMS)
    out["role"] = [role.get((s, k), "experimental" if ket else "comparator")
                   for s, k, ket in zip(out["study_id"], out["arm_key"], out["is_ketamine"], strict=True)]
    if table == "efficacy":
        n_ev, n_tot, val, unit = df["n_events"], df["n_total"], df["value"], df["unit"]
    else:
        n_ev, n_tot, val, unit = df["n_affected"], df["n_at_risk"], df["percent"], pd.Series(["percent"] * len(df))
    tot = pd.Series([t if text(t) is not None else arm_n.get((s, k)) for t, s, k in zip(
        n_tot.tolist(), out["study_id"], out["arm_key"], strict=True)], dtype="object")
    ev = events_frame(n_ev.reset_index(drop=True), tot, val.reset_index(drop=True), unit.reset_index(drop=True))
    out["events"], out["total"] = ev["events"].to_numpy(), ev["total"].to_numpy()
    pct = pd.to_numeric(val, errors="coerce").astype("float64").to_numpy(na_value=np.nan)
    is_pct = np.array([str(u).strip().lower() == "percent" for u in unit.tolist()], dtype=bool)
    rate = np.where(out["total"] > 0, out["events"] / out["total"], np.where(is_pct, pct / 100.0, np.nan))
    out["rate"] = rate
    labels = labels_of(studies)
    design = dict(zip(studies["study_id"].astype(str).tolist(), studies["design"].astype(str).tolist(), strict=True))
    out["study_label"] = [labels.get(s, s) for s in out["study_id"]]
    out["design"] = [design.get(s) for s in out["study_id"]]
    return out


def side(rows: pd.DataFrame) -> dict[str, object]:
    """Arms of one side summed (different people): events, total, rate, labels, row ids; counts only when every
    arm has them, else the mean of the reported rates."""
    counted = rows["events"].notna().all() and rows["total"].notna().all() and len(rows)
    ev = float(rows["events"].sum()) if counted else math.nan
    tot = float(rows["total"].sum()) if counted else math.nan
    rate = ev / tot if counted and tot > 0 else float(rows["rate"].mean()) if len(rows) else math.nan
    return {"events": ev, "total": tot, "rate": rate, "arms": "; ".join(dict.fromkeys(rows["arm_label"])),
            "row_ids": list(rows["row_id"])}


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
