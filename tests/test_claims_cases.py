"""Claim check, one table of cases per claim: evidence in (small schema-valid tables), verdict out.

Each failure the review found (issue 18) is a case here: an approval flipped by a filter or counted from trials,
onset from a within-group change, a sequential study counted as head-to-head, head-to-head without direction, side
effects ranked by raw incidence, a suicidal-ideation comparator shown without its arm label, and missing claims.
"""

from __future__ import annotations

import pandas as pd
import pytest

from evidence import claims as cl
from evidence import schema
from evidence.claims import regulatory

S, P, N, NE, NC = cl.SUPPORTED, cl.PARTLY, cl.NOT_ESTABLISHED, cl.NO_EVIDENCE, cl.NOT_CHECKABLE
PROV = {"source_kind": "curated", "source_tier": "primary_paper", "verification": "verified", "provenance": "test",
        "source_url": "https://pubmed.ncbi.nlm.nih.gov/1/"}


def study(sid: str, design: str = "rct", routes: tuple[str, ...] = ("intravenous",),
          drugs: tuple[str, ...] = ("ketamine",), population: tuple[str, ...] = ("TRD",), **kw: object) -> dict:
    return {"study_id": sid, "title": f"Trial {sid}", "label": f"Trial {sid}", "design": design, "routes": list(routes),
            "drugs": list(drugs), "population": list(population), "comparator_class": "placebo",
            "is_secondary": design in ("meta_analysis", "systematic_review", "review"), "sources": ["curated"], **kw}


def arm(sid: str, arm_id: str, role: str, drug: str, route: str, n: int | None = None,
        label: str | None = None) -> dict:
    return {"study_id": sid, "arm_id": arm_id, "label": label or arm_id, "role": role, "drug": drug, "route": route,
            "n": n, **PROV}


def eff(sid: str, arm_id: str, drug: str, route: str, measure: str, hours: float | None, events: int | None = None,
        total: int | None = None, value: float | None = None, unit: str | None = None, definition: str = "",
        label: str | None = None, **kw: object) -> dict:
    return {"study_id": sid, "arm_id": arm_id, "arm_label": label or arm_id, "route": route, "drug": drug,
            "measure": measure, "definition": definition, "timepoint_hours": hours, "value": value, "unit": unit,
            "n_events": events, "n_total": total, "is_comparison": False, "arm_key": arm_id, "selected": True,
            **PROV, **kw}


def ae(sid: str, arm_id: str, drug: str, route: str, category: str, affected: int, at_risk: int,
       serious: bool = False) -> dict:
    return {"study_id": sid, "arm_id": arm_id, "arm_label": arm_id, "route": route, "drug": drug, "term": category,
            "category": category, "serious": serious, "n_affected": affected, "n_at_risk": at_risk, "arm_key": arm_id,
            "selected": True, **PROV}


def tables(studies: list[dict], arms: list[dict] = (), efficacy: list[dict] = (), adverse: list[dict] = ()
           ) -> dict[str, pd.DataFrame]:
    def frame(name: str, rows: list[dict]) -> pd.DataFrame:
        if not rows:
            return schema.empty(name)
        df = pd.DataFrame(rows)
        for c in schema.columns(name):
            if c not in df.columns:
                df[c] = None
        return schema.coerce(name, df[[c for c in schema.columns(name) if c in df.columns]])
    return {"studies": frame("studies", studies), "arms": frame("arms", list(arms)),
            "efficacy": frame("efficacy", list(efficacy)), "adverse_events": frame("adverse_events", list(adverse)),
            "publications": schema.empty("publications")}


def check(t: dict[str, pd.DataFrame], claim: str, facts: pd.DataFrame | None = None) -> cl.ClaimResult:
    inputs = cl.gather(t, regulatory_facts=facts if facts is not None else regulatory.load_facts())
    return cl.check_claims(inputs, [{"id": claim, "text": claim}])[0]


def fact(fid: str, kind: str, statement: str, verification: str = "verified", product: str = regulatory.NASAL,
         jurisdiction: str = "US", date: str = "2019-03-05") -> dict:
    return {"fact_id": fid, "product": product, "jurisdiction": jurisdiction, "kind": kind, "statement": statement,
            "date": date, "quote": statement, "source_url": "https://www.ema.europa.eu/x", "read_from": "",
            "verification": verification, "source_tier": "regulator"}


def facts(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=regulatory.FACT_COLUMNS)


IV_ONLY = [study("A")]
NASAL_TRIALS = [study(f"N{i}", routes=("intranasal",), drugs=("esketamine",), phase="PHASE3") for i in range(3)]

# --- approval (regulatory) -------------------------------------------------------------------------------------
APPROVAL = [
    # The review's failure: approval is a regulatory fact, not a count of trials; no nasal trial changes nothing.
    ("no nasal spray trial, approval on record", IV_ONLY, None, S, "holds no trial of the nasal spray"),
    ("three phase-3 nasal trials, no regulatory fact", NASAL_TRIALS, facts(), NE, ""),
    ("approval read only on copies", IV_ONLY, facts(fact("R1", "approval", "Approved for treatment-resistant "
                                                               "depression", "uncertain")), P, ""),
    ("approval for another indication only", IV_ONLY, facts(fact("R1", "approval", "Approved for suicidal ideation")),
     NE, ""),
]


@pytest.mark.parametrize(("name", "studies", "fx", "verdict", "note"), APPROVAL, ids=[c[0] for c in APPROVAL])
def test_approval_comes_from_the_regulatory_table(name: str, studies: list[dict], fx: pd.DataFrame | None,
                                                  verdict: str, note: str) -> None:
    r = check(tables(studies), "nasal_spray_approved_trd", fx)
    assert r.verdict == verdict, (name, r.summary)
    assert note in r.summary

# --- onset ------------------------------------------------------------------------------------------------------
ONSET_DEF = "first visit with significantly greater MADRS improvement than placebo"


def onset_trial(sid: str, hours: float, design: str = "rct", route: str = "intravenous",
                definition: str = ONSET_DEF) -> tuple[dict, dict]:
    return (study(sid, design=design, routes=(route,)),
            eff(sid, "ket", "ketamine", route, "onset", hours, value=hours, unit="hours", definition=definition))


def onset_case(*trials: tuple[dict, dict]) -> dict[str, pd.DataFrame]:
    return tables([s for s, _ in trials], efficacy=[e for _, e in trials])


ONSET = [
    # The review's failure: a within-group change at 40 min (placebo improved too) in an open-label oral trial.
    ("within-group change, open-label oral", onset_case(onset_trial("O1", 0.67, "open_label", "oral",
                                                                    "significant decrease from baseline")), NE),
    ("within-group change in an RCT", onset_case(onset_trial("R1", 0.67, definition="change from baseline")), NE),
    ("within-group change 'compared with baseline'", onset_case(onset_trial(
        "R1", 0.67, definition="significant improvement compared with baseline")), NE),
    ("open-label trial worded 'vs placebo'", onset_case(onset_trial("O1", 0.67, "open_label", definition=ONSET_DEF)),
     NE),
    ("shortest days to remission", onset_case(onset_trial("R1", 72, "case_series", "subcutaneous",
                                                          "days to remission")), NE),
    ("one RCT separating at 4 h", onset_case(onset_trial("R1", 4)), P),
    ("three RCTs separating within 24 h", onset_case(*(onset_trial(f"R{i}", h) for i, h in enumerate((0.67, 4, 24)))),
     S),
    ("RCT separating only at week 2", onset_case(onset_trial("R1", 336, route="oral")), N),
    ("a review's onset", onset_case(onset_trial("M1", 2, "meta_analysis")), NE),
]


@pytest.mark.parametrize(("name", "t", "verdict"), ONSET, ids=[c[0] for c in ONSET])
def test_onset_is_separation_from_comparator(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    r = check(t, "works_within_hours")
    assert r.verdict == verdict, (name, r.summary)


def test_onset_summary_names_route_count_and_visit() -> None:
    t = onset_case(onset_trial("R1", 0.67), onset_trial("R2", 48), onset_trial("R3", 4, route="intranasal"))
    r = check(t, "works_within_hours")
    assert ("intravenous: 1 of 2 controlled trial(s) separated within 24 h (Trial R1 40 min, Trial R2 day 2)"
            in r.summary)
    assert "intranasal: 1 of 1" in r.summary
    assert set(r.evidence.loc[r.evidence["use"] == cl.COUNTED, "study_id"]) == {"R1", "R2", "R3"}


# --- comparisons ------------------------------------------------------------------------------------------------
def h2h(sid: str, design: str, iv: tuple[int, int], nasal: tuple[int, int]) -> tuple[dict, list[dict], list[dict]]:
    s = study(sid, design=design, routes=("intravenous", "intranasal"), drugs=("ketamine", "esketamine"))
    arms = [arm(sid, "iv", "experimental", "ketamine", "intravenous", iv[1], "IV ketamine"),
            arm(sid, "in", "experimental", "esketamine", "intranasal", nasal[1], "esketamine nasal spray")]
    rows = [eff(sid, "iv", "ketamine", "intravenous", "response", 24, *iv, label="IV ketamine"),
            eff(sid, "in", "esketamine", "intranasal", "response", 24, *nasal, label="esketamine nasal spray")]
    return s, arms, rows


def h2h_case(*trials: tuple[dict, list[dict], list[dict]]) -> dict[str, pd.DataFrame]:
    return tables([s for s, _, _ in trials], [a for _, a, _ in trials for a in a],
                  [e for _, _, e in trials for e in e])


COMPARISONS = [
    # The review's failure: a sequential single-arm study with both routes counted as head-to-head.
    ("sequential open-label study with results", h2h_case(h2h("Q1", "open_label", (30, 40), (10, 40))), NE),
    ("one RCT, IV better (CI excludes 1)", h2h_case(h2h("H1", "rct", (30, 40), (10, 40))), P),
    ("two RCTs, IV better", h2h_case(h2h("H1", "rct", (30, 40), (10, 40)), h2h("H2", "rct", (25, 40), (8, 40))), S),
    # Direction matters: a head-to-head trial favouring the nasal spray does not support the claim.
    ("one RCT, nasal spray better", h2h_case(h2h("H1", "rct", (10, 40), (30, 40))), N),
    ("one RCT, no difference", h2h_case(h2h("H1", "rct", (20, 40), (19, 40))), N),
]


@pytest.mark.parametrize(("name", "t", "verdict"), COMPARISONS, ids=[c[0] for c in COMPARISONS])
def test_route_comparison_is_direction_aware(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    r = check(t, "iv_im_stronger_than_nasal")
    assert r.verdict == verdict, (name, r.summary)
    if name.startswith("sequential"):
        assert r.evidence["use"].tolist() == [cl.NOT_COUNTED]
        assert "not a randomised head-to-head trial (open_label)" in r.evidence["what"].iloc[0]


def placebo_trial(sid: str, route: str, drug: str, ket: tuple[int, int], pbo: tuple[int, int]) -> tuple:
    s = study(sid, routes=(route,), drugs=(drug,))
    arms = [arm(sid, "k", "experimental", drug, route, ket[1]), arm(sid, "p", "comparator", "other", route, pbo[1])]
    rows = [eff(sid, "k", drug, route, "response", 24, *ket), eff(sid, "p", "other", route, "response", 24, *pbo)]
    return s, arms, rows


def test_without_head_to_head_the_comparison_is_labelled_indirect_with_its_ci() -> None:
    t = h2h_case(placebo_trial("I1", "intravenous", "ketamine", (20, 40), (8, 40)),
                 placebo_trial("N1", "intranasal", "esketamine", (20, 40), (10, 40)))
    r = check(t, "iv_im_stronger_than_nasal")
    assert r.verdict == N
    assert "Indirect comparison" in r.summary and "95% CI" in r.summary
    ind = r.evidence[r.evidence["row_id"].str.startswith("indirect:")]
    assert len(ind) == 1 and ind["what"].iloc[0].startswith("indirect:")


# --- harms ------------------------------------------------------------------------------------------------------
def harm_trial(sid: str, cats: dict[str, tuple[int, int]], n: int = 100, comparator: str = "placebo") -> tuple:
    s = study(sid, routes=("intranasal",), drugs=("esketamine",))
    arms = [arm(sid, "k", "experimental", "esketamine", "intranasal", n),
            arm(sid, comparator, "comparator", "other", "intranasal", n)]
    rows = [r for c, (k, p) in cats.items() for r in (ae(sid, "k", "esketamine", "intranasal", c, k, n),
                                                      ae(sid, comparator, "other", "intranasal", c, p, n))]
    return s, arms, rows


def harm_case(*trials: tuple) -> dict[str, pd.DataFrame]:
    return tables([s for s, _, _ in trials], [a for _, a, _ in trials for a in a],
                  adverse=[r for _, _, rs in trials for r in rs])


# Nausea is the most frequent in the ketamine arm (40%) but placebo has 35%: raw incidence ranks it first, the
# placebo-subtracted difference ranks dissociation first (the review's failure).
COMMON = {"nausea_vomiting": (40, 35), "dissociation": (30, 5), "blood_pressure_increase": (10, 2),
          "headache": (20, 18)}
HARMS = [
    ("one trial: dissociation leads after subtracting placebo", harm_case(harm_trial("T1", COMMON)), P),
    ("three trials", harm_case(*(harm_trial(f"T{i}", COMMON) for i in range(3))), S),
    ("raised BP not above placebo", harm_case(*(harm_trial(f"T{i}", {**COMMON, "blood_pressure_increase": (2, 2),
                                                                     "sedation": (15, 3), "dizziness": (20, 6)})
                                               for i in range(3))), P),
    ("ECT comparator only", harm_case(harm_trial("T1", COMMON, comparator="ECT")), NE),
    ("no comparator arm", tables([study("T1", routes=("intranasal",), drugs=("esketamine",))],
                                 adverse=[ae("T1", "k", "esketamine", "intranasal", "dissociation", 30, 100)]), NE),
]


@pytest.mark.parametrize(("name", "t", "verdict"), HARMS, ids=[c[0] for c in HARMS])
def test_harms_are_ranked_by_risk_difference(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    r = check(t, "main_side_effects")
    assert r.verdict == verdict, (name, r.summary)
    if r.verdict != NE:
        assert "largest is dissociation (+25.0 points)" in r.summary
        diss = r.evidence[r.evidence["what"].str.contains(": dissociation")].iloc[0]
        assert "rank 1 of" in diss["what"] and "= 30.0%, comparator" in diss["value"]
        assert "= 40.0%" in r.evidence[r.evidence["what"].str.contains("nausea")]["value"].iloc[0]


def test_serious_events_are_ranked_apart() -> None:
    s, arms, rows = harm_trial("T1", COMMON)
    rows += [ae("T1", "k", "esketamine", "intranasal", "suicidal_ideation", 3, 100, serious=True),
             ae("T1", "placebo", "other", "intranasal", "suicidal_ideation", 1, 100, serious=True)]
    r = check(tables([s], arms, adverse=rows), "main_side_effects")
    serious = r.evidence[r.evidence["what"].str.startswith("serious")]
    assert len(serious) == 1 and "suicidal_ideation" in serious["what"].iloc[0]
    assert not r.evidence[~r.evidence["what"].str.startswith("serious")]["what"].str.contains("suicidal").any()


# --- suicidal ideation ------------------------------------------------------------------------------------------
def si_trial(sid: str, ket: tuple[int, int], ctl: tuple[int, int], measure: str = "si_response") -> tuple:
    s = study(sid, population=("suicidal",))
    arms = [arm(sid, "k", "experimental", "ketamine", "intravenous", ket[1], "Ketamine 0.5 mg/kg IV"),
            arm(sid, "m", "comparator", "other", "intravenous", ctl[1], "Midazolam 0.02 mg/kg IV")]
    rows = [eff(sid, "k", "ketamine", "intravenous", measure, 24, *ket, label="Ketamine 0.5 mg/kg IV"),
            eff(sid, "m", "other", "intravenous", measure, 24, *ctl, label="Midazolam 0.02 mg/kg IV")]
    return s, arms, rows


SI = [
    ("one RCT, CI excludes 1", h2h_case(si_trial("G1", (22, 40), (12, 40))), P),
    ("two RCTs, CI excludes 1", h2h_case(si_trial("G1", (22, 40), (12, 40)), si_trial("G2", (30, 40), (10, 40),
                                                                                         "si_resolution")), S),
    ("ketamine no better", h2h_case(si_trial("G1", (10, 40), (12, 40))), N),
    ("depression response only", h2h_case(placebo_trial("D1", "intravenous", "ketamine", (20, 40), (8, 40))), NE),
]


@pytest.mark.parametrize(("name", "t", "verdict"), SI, ids=[c[0] for c in SI])
def test_suicidal_ideation_uses_si_outcomes(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    r = check(t, "helps_suicidal_ideation")
    assert r.verdict == verdict, (name, r.summary)


def test_suicidal_ideation_rows_name_both_arms() -> None:
    r = check(h2h_case(si_trial("G1", (22, 40), (12, 40))), "helps_suicidal_ideation")
    row = r.evidence[r.evidence["study_id"] == "G1"].iloc[0]
    assert row["arms"] == "Ketamine 0.5 mg/kg IV vs Midazolam 0.02 mg/kg IV"
    assert "Midazolam 0.02 mg/kg IV: 30% (12/40)" in row["value"] and "RR 1.83" in row["value"]


# --- new claims -------------------------------------------------------------------------------------------------
def rate_trial(sid: str, events: int, total: int) -> tuple:
    s = study(sid)
    return s, [arm(sid, "k", "experimental", "ketamine", "intravenous", total)], [
        eff(sid, "k", "ketamine", "intravenous", "response", 24, events, total)]


VARY = [
    ("three trials, 30-60% respond", h2h_case(*(rate_trial(f"V{i}", e, 40) for i, e in enumerate((12, 18, 24)))), S),
    ("one trial", h2h_case(rate_trial("V1", 18, 40)), P),
    ("everyone responded", h2h_case(rate_trial("V1", 40, 40)), N),
    ("no response rate", tables([study("V1")]), NE),
]


@pytest.mark.parametrize(("name", "t", "verdict"), VARY, ids=[c[0] for c in VARY])
def test_responses_vary(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    assert check(t, "responses_vary").verdict == verdict


def withdrawal_trial(sid: str, cont: tuple[int, int], stop: tuple[int, int], hr: str | None = None) -> tuple:
    s = study(sid, routes=("intranasal",), drugs=("esketamine",))
    arms = [arm(sid, "k", "experimental", "esketamine", "intranasal", cont[1], "esketamine continued"),
            arm(sid, "p", "comparator", "other", "intranasal", stop[1], "placebo (esketamine withdrawn)")]
    rows = [eff(sid, "k", "esketamine", "intranasal", "relapse", None, *cont, label="esketamine continued"),
            eff(sid, "p", "other", "intranasal", "relapse", None, *stop, label="placebo (esketamine withdrawn)")]
    if hr:
        rows.append(eff(sid, None, "esketamine", "intranasal", "other", None, value=0.49, definition="relapse: "
                        "hazard ratio", dispersion=hr, label="continued vs withdrawn", arm_key=None))
    return s, arms, rows


WEARS_OFF = [
    ("withdrawal with HR CI < 1, and a second trial", h2h_case(withdrawal_trial("W1", (24, 90), (39, 86),
                                                                                "95% CI 0.29 to 0.84"),
                                                               withdrawal_trial("W2", (10, 50), (20, 50))), S),
    ("one withdrawal trial without a CI", h2h_case(withdrawal_trial("W1", (24, 90), (39, 86))), P),
    ("relapse not higher after stopping", h2h_case(withdrawal_trial("W1", (30, 90), (20, 86))), N),
    ("no relapse outcome", tables([study("W1")]), NE),
]


@pytest.mark.parametrize(("name", "t", "verdict"), WEARS_OFF, ids=[c[0] for c in WEARS_OFF])
def test_wears_off_from_relapse_after_stopping(name: str, t: dict[str, pd.DataFrame], verdict: str) -> None:
    assert check(t, "wears_off_needs_maintenance").verdict == verdict


def test_counts_that_contradict_the_reported_percent_are_not_used() -> None:
    # A stratum's relapses (24, 26.7% of 90) stored over the whole arm (152): 24/152 = 16% was never reported.
    s, arms, rows = withdrawal_trial("W1", (24, 152), (39, 145))
    rows[0].update(value=26.7, unit="percent")
    rows[1].update(value=45.3, unit="percent")
    r = check(h2h_case((s, arms, rows)), "wears_off_needs_maintenance")
    assert "esketamine continued: 27% (continued) vs placebo (esketamine withdrawn): 45% (stopped)" in r.summary
    assert "16%" not in r.summary


TRD_FACT = fact("R1", "indication", "Indicated for treatment-resistant depression after at least two antidepressants")
SI_FACT = fact("R2", "indication", "Indicated for MDD with acute suicidal ideation or behavior")
REGULATORY = [
    ("abuse_potential", facts(fact("R1", "scheduling", "Schedule III controlled substance")), S),
    ("abuse_potential", facts(), NE),
    ("medical_supervision", facts(fact("R1", "supervision", "monitored for at least 2 hours")), S),
    ("medical_supervision", facts(fact("R1", "supervision", "monitored for at least 2 hours", "uncertain")), P),
    ("medical_supervision", facts(), NE),
    ("reserved_for_treatment_resistant", facts(TRD_FACT), S),
    ("reserved_for_treatment_resistant", facts(TRD_FACT, SI_FACT), P),
    ("reserved_for_treatment_resistant", facts(), NE),
    ("glutamate_mechanism", facts(), NC),
    ("glutamate_mechanism", facts(fact("R1", "mechanism", "NMDA receptor antagonism")), NC),
]


@pytest.mark.parametrize(("claim", "fx", "verdict"), REGULATORY, ids=[f"{c[0]}-{i}" for i, c in enumerate(REGULATORY)])
def test_regulatory_claims(claim: str, fx: pd.DataFrame, verdict: str) -> None:
    r = check(tables(IV_ONLY), claim, fx)
    assert r.verdict == verdict, r.summary


def test_mechanism_says_why_it_is_not_checkable() -> None:
    r = check(tables(IV_ONLY), "glutamate_mechanism")
    assert r.summary.startswith("Not checkable from trial outcomes. Trial outcomes measure")
    assert "not which receptor" in r.summary


def test_every_claim_the_patient_texts_make_is_checked() -> None:
    ids = {c["id"] for c in cl.DEFAULT_CLAIMS}
    assert {"abuse_potential", "medical_supervision", "responses_vary", "wears_off_needs_maintenance",
            "reserved_for_treatment_resistant", "glutamate_mechanism"} <= ids
    assert ids == set(cl.CHECKS)
    for c in cl.check_claims(cl.gather(tables(IV_ONLY))):
        assert c.verdict in cl.VERDICTS and c.verdict != cl.NOT_CHECKED


def test_unknown_claim_is_not_checked() -> None:
    r = cl.check_claims(cl.gather(tables(IV_ONLY)), [{"id": "cures_everything", "text": "Cures everything"}])[0]
    assert r.verdict == cl.NOT_CHECKED and r.text == "Cures everything"
