"""The snapshot's pooled 24 h response next to published meta-analyses, as a short Markdown note (pure).

A reader who knows Newport 2015 (OR 9.87 for response at 24 h) should be able to see at once how far the
snapshot's own pool is from it and why: which trials each includes. The published figures come from the
snapshot's own quoted `pooled_estimate` rows (never typed in here), so the note can only cite what a curator read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from evidence import vocab
from evidence.analysis.inputs import pool_inputs
from evidence.analysis.pooling import Z95, rma

CONTROLS = vocab.INACTIVE_CONTROLS


def odds_ratio_pool(rows: pd.DataFrame, method: str = "DL") -> dict[str, float]:
    """Random-effects pooled odds ratio of ketamine vs control (metafor's escalc OR: 0.5 added to every cell of a
    study with a zero cell), back-transformed, with its 95% CI and k."""
    a, n1 = rows["events"].to_numpy(float), rows["total"].to_numpy(float)
    c, n2 = rows["events_ctl"].to_numpy(float), rows["total_ctl"].to_numpy(float)
    b, d = n1 - a, n2 - c
    zero = (a == 0) | (b == 0) | (c == 0) | (d == 0)
    a, b, c, d = (x + 0.5 * zero for x in (a, b, c, d))
    yi = np.log(a * d / (b * c))
    vi = 1 / a + 1 / b + 1 / c + 1 / d
    if len(yi) == 0:
        return {"k": 0, "estimate": math.nan, "ci_low": math.nan, "ci_high": math.nan}
    if len(yi) == 1:
        se = math.sqrt(vi[0])
        return {"k": 1, "estimate": math.exp(yi[0]), "ci_low": math.exp(yi[0] - Z95 * se),
                "ci_high": math.exp(yi[0] + Z95 * se)}
    fit = rma(yi, vi, method)
    return {"k": len(yi), "estimate": math.exp(fit["b"]), "ci_low": math.exp(fit["ci_lb"]),
            "ci_high": math.exp(fit["ci_ub"])}


def controlled_24h(tables: Mapping[str, pd.DataFrame], by: str = "route") -> pd.DataFrame:
    """Ketamine vs placebo or midazolam, depression response in the 24 h window: the rows a pool uses."""
    rows = pool_inputs(tables, "response_rr", "24h", by)
    return rows[rows["comparator_class"].isin(CONTROLS)].reset_index(drop=True)


def _fmt(r: Mapping[str, float]) -> str:
    if not r["k"]:
        return "no trial"
    return f"OR {r['estimate']:.2f} (95% CI {r['ci_low']:.2f}-{r['ci_high']:.2f}), k = {r['k']}"


def _trials(rows: pd.DataFrame) -> str:
    parts = [f"{r['study_label']} ({int(r['events'])}/{int(r['total'])} vs {int(r['events_ctl'])}/"
             f"{int(r['total_ctl'])}, {r['comparator_class']}, {r['source_tier']})"
             for r in rows.drop_duplicates("study_id").to_dict("records")]
    return "; ".join(parts) or "none"


def published(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The reviews' pooled estimates the curators quoted (efficacy rows of measure pooled_estimate)."""
    e = tables["efficacy"]
    pe = e[e["measure"] == "pooled_estimate"].copy()
    labels = tables["studies"].set_index("study_id")["label"]
    pe["study_label"] = [labels.get(s, s) for s in pe["study_id"]]
    return pe[["study_id", "study_label", "arm_label", "definition", "timepoint_hours", "value", "unit",
               "provenance", "source_url", "source_tier", "verification"]].reset_index(drop=True)


def validation_note(tables: Mapping[str, pd.DataFrame], snapshot: str) -> str:
    """The Markdown note: the snapshot's 24 h pools (all, by drug, by route) next to the quoted published ones."""
    by_route = controlled_24h(tables, "route")
    by_drug = controlled_24h(tables, "drug")
    overall = by_route.drop_duplicates("study_id")
    lines = [
        "# Validation: the snapshot's pooled 24 h response next to published meta-analyses",
        "",
        f"Snapshot: {snapshot}. Written by `python -m evidence validation-note`; do not edit by hand.",
        "Snapshot pools: depression response (>= 50% reduction), ketamine vs placebo or midazolam, the visit",
        "nearest 24 h in [12, 48) h after the first dose, one value per arm (evidence/reconcile.py),",
        "DerSimonian-Laird random effects on the log odds ratio.",
        "",
        "## The snapshot",
        "",
        f"- All routes and forms: {_fmt(odds_ratio_pool(overall))}. Trials: {_trials(overall)}.",
    ]
    for drug in vocab.KETAMINE_FORMS:
        rows = by_drug[by_drug["group"] == drug]
        lines.append(f"- {'racemic ketamine' if drug == 'ketamine' else drug}: {_fmt(odds_ratio_pool(rows))}. "
                     f"Trials: {_trials(rows)}.")
    for route in (r for r in vocab.ROUTES if r != "unspecified"):
        rows = by_route[by_route["group"] == route]
        if len(rows):
            lines.append(f"- {route}: {_fmt(odds_ratio_pool(rows))}. Trials: {_trials(rows)}.")
    lines += ["", "## Published pooled estimates the curators quoted", ""]
    pub = published(tables)
    if pub.empty:
        lines.append("- none in this snapshot")
    for r in pub.to_dict("records"):
        when = "" if pd.isna(r["timepoint_hours"]) else f" at {r['timepoint_hours']:g} h"
        lines.append(f"- {r['study_label']}: {r['definition']}{when}: {r['value']:g} {r['unit']} ({r['arm_label']}); "
                     f"{r['source_tier']}, {r['verification']}; {r['source_url']}. Quote: {r['provenance']}")
    esk = by_drug[by_drug["group"] == "esketamine"].drop_duplicates("study_id")
    crossover = overall[overall["design"] == "crossover_rct"]
    years = dict(zip(tables["studies"]["study_id"], tables["studies"]["year"], strict=True))
    recent = [str(r["study_label"]) for r in overall.to_dict("records") if pd.notna(years.get(r["study_id"])) and
              int(years[r["study_id"]]) > 2015]
    lines += [
        "",
        "## Why they differ",
        "",
        f"- Which trials: the snapshot pools {len(overall)} controlled trial(s), "
        f"{int(overall['total'].sum())} ketamine-treated participants, with a per-arm 24 h response count in the "
        "stored pages (listed above); each review states its own scope in its quote. Trials a review included "
        "but the snapshot lacks are listed, trial by trial, in data/curated/trials/NOTES_*.md.",
        f"- Published after 2015 (so outside a 2015 review): {', '.join(recent) or 'none'}.",
        f"- Esketamine trials in the pool: {', '.join(esk['study_label']) or 'none'}; reviews of racemic ketamine "
        "exclude them (compare the racemic-ketamine line).",
        f"- Crossover trials in the pool (values as reported; first period where flagged): "
        f"{', '.join(crossover['study_label']) or 'none'}; reviews differ on using crossover data.",
        "- Arms of one trial are added (all doses against its one control), as Cochrane does; a review that keeps "
        "one dose per trial gets a different count.",
        "- Racemic-vs-esketamine and IV-vs-intranasal splits of Bahji 2021 could not be read in any stored page, "
        "so they are not shown here; the lines above give the snapshot's own splits.",
    ]
    return "\n".join(lines) + "\n"
