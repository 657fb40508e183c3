"""By-group analysis of the evidence tables: pure functions shared by the dashboard and the CLI.

Every function takes `tables` (dict of schema DataFrames: studies, arms, efficacy, adverse_events[, publications],
already filtered by the caller) and returns a DataFrame; nothing reads disk, network, clock or Streamlit.
`by` is one of route, population, drug, design; `method` is DL (default) or REML.

- summarise(tables, by="route", method="DL", outcomes=None) -> SUMMARY_COLUMNS: one row per (group, outcome, window):
  by, group, outcome (studies | onset | response | remission | response_rr | remission_rr | ae:<category>),
  window (acute | 24h | d2_7 | d8_20 | d21_42 | gt6w | no_timepoint | ''), window_label, k, n_studies,
  n_secondary, participants, events, total, raw_rate, estimate, ci_low, ci_high, pi_low, pi_high, iqr_low,
  iqr_high, tau2, i2, q, scale, method, note ('single study' | 'k<3: imprecise' | ...), derived_rows,
  unpooled_rows, study_ids. The table `python -m evidence summary` writes; header_block() gives its header lines.
- forest_rows(tables, outcome="response", window="24h", by="route", method="DL") -> FOREST_COLUMNS:
  row_type 'study' (each study's estimate + 95% CI) then one 'pooled' row per group (k, i2, tau2, pi_low/high).
  outcome: response | remission | relapse (proportions) or response_rr | remission_rr | relapse_rr (risk ratios).
- controlled_rr(tables, measure="response", window=None, by="route") -> group, window, study_id, timepoint_hours,
  events, total, events_ctl, total_ctl, arms, arms_ctl, derived, provenance, source_url, rr, ci_low, ci_high,
  comparator_class.
- ae_incidence(tables, by="route", method="DL", serious=None) -> AE_COLUMNS: by, group, category, k, n_studies,
  events, total, raw_rate, estimate, ci_low, ci_high, pi_low, pi_high, tau2, i2, q, note, derived_rows,
  unpooled_rows, study_ids. serious=True/False restricts to serious / non-serious terms.
- onset_points(tables) -> ONSET_COLUMNS: study_id, arm_label, route, drug, hours, timepoint_text, definition,
  design, population, is_secondary, source_kind, verification, provenance, source_url.
  onset_stats(tables, by) -> group, k, n_studies, median_hours, q1_hours, q3_hours, study_ids.
- pool_frame(df, measure="PLO"|"RR", method) / pool_proportions / pool_risk_ratios -> PoolResult (estimate,
  ci_low, ci_high, pi_low, pi_high, b, se, tau2, i2, h2, q, q_pval, k, note): the estimator, checked against metafor.
- prepare(tables) -> Prepared: the same tables (a read-only mapping) with a memo, so every analysis above called on
  it shares per-arm events and study-level rows (one selection, many views); results are equal to those on plain tables.
- pool_inputs(tables, outcome="response", window="24h", by="route") -> INPUT_COLUMNS: the study rows behind each
  pooled number (group, window, study_id, study_label, arms, events, total, arms_ctl, events_ctl, total_ctl,
  comparator_class, timepoint_hours, design, source_tier, verification, derived, source_url).
- WINDOWS / window_of(hours): the timepoint windows (windows.py documents why these).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the real names for the type checker; at run time __getattr__ loads them on first use
    from evidence.analysis.adverse import AE_COLUMNS, ae_incidence
    from evidence.analysis.forest import FOREST_COLUMNS, OUTCOMES, controlled_rr, forest_rows
    from evidence.analysis.groups import GROUP_BY, KETAMINE_FORMS, STUDIED_FORMS
    from evidence.analysis.inputs import INPUT_COLUMNS, pool_inputs
    from evidence.analysis.onset import ONSET_COLUMNS, onset_points, onset_stats
    from evidence.analysis.pooling import (
        METHODS,
        PoolingError,
        PoolResult,
        pool_frame,
        pool_proportions,
        pool_risk_ratios,
    )
    from evidence.analysis.prepared import Prepared, prepare
    from evidence.analysis.summary import SUMMARY_COLUMNS, header_block, summarise
    from evidence.analysis.windows import WINDOW_KEYS, WINDOWS, Window, window_of

# Names load their module on first use (PEP 562), so `python -m evidence --help` and the light modules
# (windows, groups) do not pull scipy and statsmodels in.
_WHERE: dict[str, str] = {
    "AE_COLUMNS": "evidence.analysis.adverse",
    "FOREST_COLUMNS": "evidence.analysis.forest",
    "GROUP_BY": "evidence.analysis.groups",
    "INPUT_COLUMNS": "evidence.analysis.inputs",
    "KETAMINE_FORMS": "evidence.analysis.groups",
    "STUDIED_FORMS": "evidence.analysis.groups",
    "METHODS": "evidence.analysis.pooling",
    "ONSET_COLUMNS": "evidence.analysis.onset",
    "OUTCOMES": "evidence.analysis.forest",
    "PoolResult": "evidence.analysis.pooling",
    "PoolingError": "evidence.analysis.pooling",
    "Prepared": "evidence.analysis.prepared",
    "SUMMARY_COLUMNS": "evidence.analysis.summary",
    "WINDOWS": "evidence.analysis.windows",
    "WINDOW_KEYS": "evidence.analysis.windows",
    "Window": "evidence.analysis.windows",
    "ae_incidence": "evidence.analysis.adverse",
    "controlled_rr": "evidence.analysis.forest",
    "forest_rows": "evidence.analysis.forest",
    "header_block": "evidence.analysis.summary",
    "onset_points": "evidence.analysis.onset",
    "onset_stats": "evidence.analysis.onset",
    "pool_frame": "evidence.analysis.pooling",
    "pool_inputs": "evidence.analysis.inputs",
    "pool_proportions": "evidence.analysis.pooling",
    "pool_risk_ratios": "evidence.analysis.pooling",
    "prepare": "evidence.analysis.prepared",
    "summarise": "evidence.analysis.summary",
    "window_of": "evidence.analysis.windows",
}


def __getattr__(name: str) -> object:
    """The public name from its module, imported when first asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module 'evidence.analysis' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


__all__ = ["pool_inputs",
    "AE_COLUMNS", "FOREST_COLUMNS", "INPUT_COLUMNS",
    "GROUP_BY", "KETAMINE_FORMS", "STUDIED_FORMS", "METHODS", "ONSET_COLUMNS", "OUTCOMES",
    "SUMMARY_COLUMNS", "WINDOWS", "WINDOW_KEYS", "PoolResult", "PoolingError", "Prepared", "Window", "ae_incidence",
    "controlled_rr", "forest_rows", "header_block", "onset_points", "onset_stats", "pool_frame", "pool_proportions",
    "pool_risk_ratios", "prepare", "summarise", "window_of",
]
