"""Reconciliation: one value per (study, arm, outcome type, visit), like pooled with like, arms' own denominators."""

from __future__ import annotations

import pandas as pd
import pytest

from evidence import analysis, schema
from evidence.arm_match import ArmIndex
from evidence.reconcile import outcome_type, reconcile

PROV = {"source_kind": "curated", "source_tier": "primary_paper", "verification": "verified", "provenance": "test",
        "source_url": "https://pubmed.ncbi.nlm.nih.gov/1/", "notes": None}


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = schema.columns(table)
    return schema.coerce(table, pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols))


def study(sid: str, design: str = "rct", enrollment: int | None = None) -> dict:
    return {"study_id": sid, "design": design, "routes": ["intranasal"], "drugs": ["esketamine"], "population": [],
            "enrollment": enrollment, "is_secondary": False, "comparator_class": "placebo"}


def arm(sid: str, aid: str, label: str, role: str, n: int | None, drug: str = "esketamine",
        aliases: tuple[str, ...] = (), dose: str | None = None) -> dict:
    return {"study_id": sid, "arm_id": aid, "label": label, "role": role, "drug": drug, "agent": label,
            "route": "intranasal", "dose_text": dose, "n": n, "aliases": list(aliases), **PROV}


def eff(sid: str, label: str, hours: float | None, ev: int | None, tot: int | None, *, arm_id: str | None = None,
        report: str = "A", measure: str = "response", tier: str = "primary_paper", value: float | None = None,
        unit: str | None = None, definition: str | None = None, drug: str = "esketamine",
        verification: str = "verified") -> dict:
    return {"study_id": sid, "arm_id": arm_id, "arm_label": label, "route": "intranasal", "drug": drug,
            "measure": measure, "timepoint_hours": hours, "n_events": ev, "n_total": tot, "value": value,
            "unit": unit, "definition": definition, "is_comparison": False, **PROV, "source_tier": tier,
            "verification": verification, "report": report, "provenance": f"{report} {label} {hours}"}


def build(studies: list[dict], arms: list[dict], effs: list[dict], aes: list[dict] = ()) -> dict[str, pd.DataFrame]:
    raw = {"studies": _frame("studies", studies), "arms": _frame("arms", arms), "efficacy": _frame("efficacy", effs),
           "adverse_events": _frame("adverse_events", list(aes)), "publications": schema.empty("publications")}
    return reconcile(raw)[0]


SYN_ARMS = [arm("S", "pbo", "Placebo nasal spray", "comparator", 33, drug="other",
                aliases=("Placebo (Panel A: Period 1)", "placebo IN")),
            arm("S", "esk28", "Esketamine 28 mg", "experimental", 11, dose="28 mg"),
            arm("S", "esk56", "Esketamine 56 mg", "experimental", 11, dose="56 mg"),
            arm("S", "esk84", "Esketamine 84 mg", "experimental", 12, dose="84 mg")]


def _selected(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    e = t["efficacy"]
    return e[e["selected"]]


# (case, efficacy rows, expected selected (arm_key, hours, events, total) rows)
CASES = [
    ("two reports of one arm: the registry-style table and the paper's quoted rows (aliases and dose)",
     [eff("S", "Placebo (Panel A: Period 1)", 24, 1, 33, report="table"),
      eff("S", "placebo IN", 24, None, 33, value=3.0, unit="percent", report="paper"),
      eff("S", "Esketamine 28 mg (Panel A: Period 1)", 24, 4, 11, report="table"),
      eff("S", "esketamine 28 mg IN", 24, None, 11, value=36.0, unit="percent", report="paper")],
     {("pbo", 24.0, 1, 33), ("esk28", 24.0, 4, 11)}),
    ("one visit in two windows: day 8 (192 h) in one report is the paper's 1 week (168 h)",
     [eff("S", "Esketamine 84 mg", 192, 5, 12, report="registry", tier="registry_results"),
      eff("S", "esketamine 84 mg IN", 168, 5, 12, report="paper")],
     {("esk84", 192.0, 5, 12)}),
    ("a subgroup (responders) is not the arm: the ITT value stays alone",
     [eff("S", "Esketamine 56 mg", 672, 6, 11, report="paper"),
      eff("S", "Esketamine 56 mg (stable responders)", 672, 3, 5, report="other")],
     {("esk56", 672.0, 6, 11)}),
    ("a subgroup analysis named in the definition (patients 18-64 per label) is not the arm",
     [eff("S", "Esketamine 56 mg", 1344, 4, 11, report="paper", measure="remission"),
      eff("S", "Esketamine 56 mg", 1344, 5, 10, report="registry", measure="remission", tier="registry_results",
          definition="Remission at week 8 - secondary analysis of patients 18-64 treated per US label")],
     {("esk56", 1344.0, 4, 11)}),
    ("pooled doses from another report are never added to the per-dose arms",
     [eff("S", "Esketamine 28 mg", 24, 4, 11, report="table"), eff("S", "Esketamine 56 mg", 24, 3, 11, report="table"),
      eff("S", "esketamine (all doses pooled)", 24, 12, 34, report="news", tier="press_or_aggregator",
          verification="uncertain")],
     {("esk28", 24.0, 4, 11), ("esk56", 24.0, 3, 11)}),
    ("registry results outrank the paper, the paper outranks a press page",
     [eff("S", "esketamine 84 mg", 24, 6, 12, report="press", tier="press_or_aggregator", verification="uncertain"),
      eff("S", "Esketamine 84 mg", 24, 5, 12, report="paper"),
      eff("S", "Esketamine 84 mg", 24, 5, 12, report="registry", tier="registry_results", arm_id="esk84")],
     {("esk84", 24.0, 5, 12)}),
    ("two visits of one report stay two visits (2 h and 4 h)",
     [eff("S", "Esketamine 84 mg", 2, 7, 12), eff("S", "Esketamine 84 mg", 4, 6, 12)],
     {("esk84", 2.0, 7, 12), ("esk84", 4.0, 6, 12)}),
]


@pytest.mark.parametrize(("case", "rows", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_one_value_per_arm_outcome_and_visit(case: str, rows: list[dict], expected: set) -> None:
    sel = _selected(build([study("S")], SYN_ARMS, rows))
    got = {(r.arm_key, r.timepoint_hours, r.n_events, r.n_total) for r in sel.itertuples()}
    assert got == expected, case


def test_the_others_stay_visible_as_agreeing_or_conflicting() -> None:
    t = build([study("S")], SYN_ARMS, [
        eff("S", "Esketamine 84 mg", 24, 5, 12, report="registry", tier="registry_results"),
        eff("S", "esketamine 84 mg IN", 24, None, 12, value=41.7, unit="percent", report="paper"),
        eff("S", "Esketamine 84 mg", 24, 7, 12, report="press", tier="press_or_aggregator",
            verification="uncertain")])
    e = t["efficacy"].set_index("report")
    assert bool(e.loc["registry", "selected"]) and not e.loc["paper", "selected"] and not e.loc["press", "selected"]
    assert e.loc["paper", "cross_check"].startswith("agrees with the value kept from registry")
    assert e.loc["press", "cross_check"].startswith("conflicts: 58.3% here vs 41.7%")
    assert "2 sources agree" in e.loc["registry", "cross_check"] and "conflict" in e.loc["registry", "cross_check"]
    assert e["cross_check_status"].to_dict() == {"registry": "conflict", "paper": "agree", "press": "conflict"}


def test_pooled_counts_count_each_patient_once() -> None:
    """SYNAPSE-shaped: both reports of every arm present; the 24 h pool is 12/34 vs 1/33, not doubled."""
    rows = []
    for label, paper_label, ev, n in (("Placebo (Panel A: Period 1)", "placebo IN", 1, 33),
                                      ("Esketamine 28 mg (Panel A: Period 1)", "esketamine 28 mg IN", 4, 11),
                                      ("Esketamine 56 mg (Panel A: Period 1)", "esketamine 56 mg IN", 3, 11),
                                      ("Esketamine 84 mg (Panel A: Period 1)", "esketamine 84 mg IN", 5, 12)):
        rows += [eff("S", label, 24, ev, n, report="table", drug="other" if "lacebo" in label else "esketamine"),
                 eff("S", paper_label, 24, None, n, value=round(100 * ev / n, 1), unit="percent", report="paper",
                     drug="other" if "lacebo" in label else "esketamine")]
    t = build([study("S")], SYN_ARMS, rows)
    rr = analysis.pool_inputs(t, "response_rr", "24h")
    assert rr[["events", "total", "events_ctl", "total_ctl"]].iloc[0].tolist() == [12, 34, 1, 33]


def test_a_denominator_missing_in_the_report_is_the_arms_own_n() -> None:
    t = build([study("S")], SYN_ARMS, [eff("S", "Esketamine 84 mg", 24, None, None, value=50.0, unit="percent")])
    row = t["efficacy"].iloc[0]
    assert row["n_total"] == 12 and row["verification"] == "derived" and "randomized n" in row["notes"]


def test_curated_arms_replace_the_older_rows_they_name() -> None:
    old = arm("S", "C01", "Placebo (Panel A: Period 1)", "comparator", 33, drug="other")
    t = build([study("S")], [old, *SYN_ARMS], [eff("S", "Placebo (Panel A: Period 1)", 24, 1, 33, arm_id="C01")])
    assert "C01" not in set(t["arms"]["arm_id"])
    assert t["efficacy"]["arm_key"].tolist() == ["pbo"]
    assert "C01" in t["arms"].set_index("arm_id").loc["pbo", "aliases"]


@pytest.mark.parametrize(("measure", "definition", "scale", "expected"), [
    ("response", "SSI >=50% reduction (suicidal ideation response)", None, "si_response"),
    ("response", "SSI responders (>=50% reduction) at day 1 (%)", None, "si_response"),
    ("remission", "score 0 on all 3 explicit suicide measures (resolution of suicidal ideation)", None,
     "si_resolution"),
    ("response", "resolution of suicidal ideation (C-SSRS 0)", None, "si_resolution"),
    ("response", "early improvement (as defined by the authors)", None, "early_improvement"),
    ("response", "response during the first 3 days after infusion", None, "response_any_time"),
    ("remission", "remission at week 8 and no relapse through week 32", None, "other"),
    ("response", "MADRS >=50% reduction", "MADRS", "response"),
    ("response", "MADRS >=50% reduction in patients with suicidal ideation", "MADRS", "response"),
    ("remission", "MADRS <=10", None, "remission"),
    ("scale_change", "SSI change", "SSI", "scale_change"),
    ("onset", "C-SSRS ideation remission first separated at 240 min", "C-SSRS", "si_onset"),
    ("onset", "MADRS separated from midazolam", "MADRS", "onset"),
])
def test_outcome_types_are_not_depression_response_unless_they_are(measure: str, definition: str,
                                                                    scale: str | None, expected: str) -> None:
    assert outcome_type(measure, definition, scale) == expected


@pytest.mark.parametrize(("label", "drug", "n", "expected"), [
    ("esketamine 56 mg IN", "esketamine", None, "esk56"),
    ("Esketamine 28 mg (Panel A: Period 1)", "esketamine", None, "esk28"),
    ("placebo IN", "other", None, "pbo"),
    ("esketamine IN (all groups, open-label)", "esketamine", None, None),
    ("esketamine IN", "esketamine", None, None),  # three esketamine arms: which one is not said
    ("esketamine IN", "esketamine", 12, "esk84"),  # ... unless its n names one
    ("esketamine 56 mg vs placebo", "esketamine", None, None),
])
def test_arm_identification(label: str, drug: str, n: int | None, expected: str | None) -> None:
    idx = ArmIndex(_frame("arms", SYN_ARMS))
    assert idx.resolve(None, label, drug, "intranasal", n) == expected


def test_a_crossover_trials_first_period_value_is_preferred_to_both_periods_pooled() -> None:
    both = eff("S", "Esketamine 84 mg", 24, 8, 12, report="paper")
    first = eff("S", "Esketamine 84 mg", 24, 5, 12, report="review", tier="secondary_report")
    both["first_period"], first["first_period"] = False, True
    sel = _selected(build([study("S", design="crossover_rct")], SYN_ARMS, [both, first]))
    assert sel[["n_events", "n_total"]].values.tolist() == [[5, 12]]


def test_an_unidentified_arm_of_another_report_is_unmatched_in_its_status_column() -> None:
    t = build([study("S")], SYN_ARMS, [
        eff("S", "Esketamine 28 mg", 24, 4, 11, report="table"),
        eff("S", "esketamine (all doses pooled)", 24, 12, 34, report="news", tier="press_or_aggregator",
            verification="uncertain")])
    rows = {r["report"]: r for r in t["efficacy"].astype("object").to_dict("records")}
    news, table = rows["news"], rows["table"]
    assert not news["selected"] and news["cross_check_status"] == "unmatched"
    assert str(news["cross_check"]).startswith("not matched to an arm")
    assert pd.isna(table["cross_check_status"]) and pd.isna(table["cross_check"])
