"""Build-time validators: impossible counts and enrollments are flagged with their table and row, never pooled.

A row that fails is kept (nothing is lost) but not `selected` for analysis, and its `cross_check` says why; an
impossible enrollment is blanked with a note, so it is never summed into a headline. Every problem is returned
so the build can count and log it, naming the file and row it came from (the row's provenance).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import SupportsFloat, SupportsIndex

import numpy as np
import pandas as pd

# No trial of a depression treatment randomizes more people than this; larger counts are typing or parsing errors.
MAX_PEOPLE = 1_000_000


@dataclass(frozen=True)
class Problem:
    """One impossible value: where it came from and what is wrong with it."""

    table: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.table}: {self.where}: {self.message}"


# Checked first: an isinstance against a runtime Protocol (SupportsFloat) walks the protocol's attributes, about
# 3.4 us a call (0.14 us with these first); a forest plot at 100k studies formats 92k cells through here (the Response
# tab's filter change was 1.5x slower with the Protocol check alone; BENCHMARKS.md).
_PLAIN_NUMBERS = (float, int, str, bytes, np.number)


def as_number(v: object) -> float | None:
    """A cell as a float, None for blank/NA/unparsable (NA is never truthy-tested)."""
    if v is None or v is pd.NA:
        return None
    if not isinstance(v, _PLAIN_NUMBERS) and not isinstance(v, (SupportsFloat, SupportsIndex)):
        return None  # NaT, a list: not a number
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def row_problems(events: object, total: object, value: object, unit: object, arm_n: object) -> list[str]:
    """What is impossible about one reported count (empty when nothing is)."""
    ev, tot, val, n = as_number(events), as_number(total), as_number(value), as_number(arm_n)
    out = []
    for name, x in (("events", ev), ("denominator", tot)):
        if x is not None and (x < 0 or x > MAX_PEOPLE):
            out.append(f"{name} {x:g} is impossible")
    if tot is not None and tot == 0 and ev is not None and ev > 0:
        out.append(f"events {ev:g} of a denominator of 0")
    if ev is not None and tot is not None and 0 <= ev and 0 < tot and ev > tot:
        out.append(f"events {ev:g} exceed the denominator {tot:g}")
    if tot is not None and n is not None and n > 0 and tot > n:
        out.append(f"denominator {tot:g} exceeds the arm's randomized n {n:g}")
    unit_text = "" if unit is None or unit is pd.NA else str(unit)
    if val is not None and unit_text.strip().lower() == "percent" and not 0 <= val <= 100:
        out.append(f"percent {val:g} outside 0-100")
    return out


def check_rows(table: str, df: pd.DataFrame,
               arm_n: Mapping[tuple[str, str], int | None]) -> tuple[pd.DataFrame, list[Problem]]:
    """Flag impossible efficacy or adverse-event rows: not selected, `cross_check` says why."""
    ev_col, tot_col, val_col = (("n_events", "n_total", "value") if table == "efficacy"
                                else ("n_affected", "n_at_risk", "percent"))
    df = df.copy()
    problems = []
    units = df["unit"] if "unit" in df else pd.Series("percent", index=df.index)
    for (i, r), unit in zip(df.iterrows(), units, strict=True):  # units share df's index
        n = arm_n.get((r["study_id"], r["arm_key"])) if pd.notna(r["arm_key"]) else None
        found = row_problems(r[ev_col], r[tot_col], r[val_col], unit, n)
        if found:
            msg = "; ".join(found)
            problems.append(Problem(table, str(r["provenance"]), msg))
            df.at[i, "selected"] = False
            df.at[i, "cross_check_status"] = "rejected"
            df.at[i, "cross_check"] = f"rejected by the build's validators: {msg}"
    return df, problems


def check_studies(studies: pd.DataFrame, arms: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Blank impossible enrollments (negative, absurdly large) and flag arms whose n add up to more than it."""
    studies = studies.copy()
    problems = []
    arm_sum = arms.dropna(subset=["n"]).groupby("study_id")["n"].sum()
    for i, s in studies.iterrows():
        where = f"study {s['study_id']}"
        enr = as_number(s["enrollment"])
        if enr is not None and (enr < 0 or enr > MAX_PEOPLE):
            problems.append(Problem("studies", where, f"enrollment {enr:g} is impossible; left blank"))
            studies.at[i, "enrollment"] = pd.NA
            note = f"enrollment {enr:g} reported by a source is impossible and was left blank"
            studies.at[i, "notes"] = note if pd.isna(s["notes"]) else f"{s['notes']} | {note}"
            continue
        total = as_number(arm_sum.get(s["study_id"]))
        if s["design"] == "crossover_rct":  # everyone is in every arm of a crossover trial
            continue
        if enr is not None and total is not None and total > enr > 0:
            problems.append(Problem("studies", where, f"arms' n add up to {total:g}, more than the enrollment {enr:g}"))
    return studies, problems
