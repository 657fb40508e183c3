"""Findings: response/remission per arm, onset and adverse events, from real sentences of the labelled abstracts."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from tests.extract_support import finding_rows

RATE_CASES = [
    # several arms in one sentence, timepoint in the sentence
    (
        "At 24 h, 24.1% of participants in the ketamine group and 29.4% of participants in the esketamine group "
        "showed remission, with a difference of 5.3% (95% CILB -13.6%), confirming non-inferiority.",
        "remission_rate",
        [("ketamine", 24.1, 24.0), ("esketamine", 29.4, 24.0)],
    ),
    # "x of n [p%]" with arms named before the bracketed list
    (
        "More patients in the esketamine group than in the quetiapine group had remission at week 8 (91 of 336 "
        "patients [27.1%] vs. 60 of 340 patients [17.6%]; P = 0.003).",
        "remission_rate",
        [("esketamine", 27.1, 1344.0), ("quetiapine", 17.6, 1344.0)],
    ),
    # percentages without denominators, "respectively", a definition threshold that is not a rate
    (
        "A significantly greater proportion of participants experienced a response to ketamine during the first 3 "
        "days following infusion as compared with midazolam (76% and 35%, respectively).",
        "response_rate",
        [("ketamine", 76.0, 72.0), ("midazolam", 35.0, 72.0)],
    ),
    (
        "The proportion of responders (defined as having a reduction ≥50% in SSI score) at day 1 was 55% for the "
        "ketamine group and 30% for the midazolam group (odds ratio=2.85, 95% CI=1.14, 7.15).",
        "response_rate",
        [("ketamine", 55.0, 24.0), ("midazolam", 30.0, 24.0)],
    ),
    # numbers in words; the trial's time is words, not a clock time
    (
        "Seventy-one percent of subjects responded to ketamine and 6% responded to placebo at some point during "
        "the trial.",
        "response_rate",
        [("ketamine", 71.0, None), ("placebo", 6.0, None)],
    ),
    # active comparator named first; a CI inside the parentheses is not a rate
    (
        "Among patients receiving ECT, 63% remitted compared with 46% receiving ketamine infusions (P = .026; "
        "difference 95% CI 2%, 30%).",
        "remission_rate",
        [("ECT", 63.0, None), ("ketamine", 46.0, None)],
    ),
    # "none of the controls" is a 0% rate
    (
        "Six participants in the ketamine group (27.3%) achieved remission compared with none of the controls "
        "(P < 0.05).",
        "remission_rate",
        [("ketamine", 27.3, None), ("placebo", 0.0, None)],
    ),
    # partial response and 'clinically significant improvement' are not response; 'n = k (p%)' style
    (
        "After 4 infusions, 31% (n = 8) of participants partially responded to IV ketamine, 27% (n = 7) responded, "
        "58% (n = 15) experienced clinically significant improvements, and 10% (n = 3) met remission criteria.",
        "response_rate",
        [("ketamine", 27.0, None)],
    ),
    # relapse after remission is not a remission rate
    (
        "Among remitters, 70% and 63%, with 57 and 61 median days in remission, relapsed within 12 months in the "
        "ketamine and ECT groups, respectively (P = .52).",
        "remission_rate",
        [],
    ),
    # "placebo-controlled" with no placebo numbers yields no placebo rate
    (
        "In a randomised, double-blind, placebo-controlled, proof-of-concept trial, 41 participants received either "
        "1 mg/kg oral ketamine or placebo thrice weekly for 21 days.",
        "response_rate",
        [],
    ),
    # demographic percentages are not rates
    (
        "We found 36 studies (2903 participants, 57% female, 45.1 +/- 7.0 years). Treatment with any form of "
        "ketamine was associated with improved response (RR=2.14; 95% CI, 1.72-2.66; I2=65%).",
        "response_rate",
        [],
    ),
    # ranges across studies are not one arm's rate
    (
        "Across all studies, SC ketamine showed a rapid and robust antidepressant effect, with response/ remission "
        "rates from 50-100% following both single or multiple doses.",
        "response_rate",
        [],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), RATE_CASES)
def test_rates(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(text, kind) == expected


def test_rate_timepoint_read_from_the_previous_sentence_is_marked_uncertain() -> None:
    text = (
        "The reduction in MADRS score on day 21 was 12.75 in the ketamine group versus 2.49 points with placebo "
        "(P < 0.001). Six participants in the ketamine group (27.3%) achieved remission compared with none of the "
        "controls (P < 0.05)."
    )
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "remission_rate"]
    assert [(f["value"], f["timepoint_hours"], f["confidence"]) for f in rows] == [
        (27.3, 504.0, "uncertain"),
        (0.0, 504.0, "uncertain"),
    ]


ONSET_CASES = [
    ("Results:\nWithin 40 minutes, depressive symptoms significantly improved in subjects receiving ketamine "
     "compared with placebo (d=0.52, 95% CI, 0.28-0.76); this improvement remained significant through day 3.", 0.67),
    ("Subjects with depression evidenced significant improvement in depressive symptoms within 72 hours after "
     "ketamine but not placebo infusion.", 72.0),
    ("Results: Ketamine rapidly (within 1 day) reduced suicidal ideation significantly on both the "
     "clinician-administered and self-report outcome measures.", 24.0),
    # the earliest of several times; a later "but not at day 25" is not an onset
    ("Results:\nA significantly greater improvement in MADRS score was observed in the esketamine group compared "
     "with the placebo group at 4 hours (least-square mean difference=−5.3, SE=2.10; effect size=0.61) and at "
     "∼24 hours (least-square mean difference=−7.2, SE=2.85), but not at day 25.", 4.0),
    # range: lower bound, en dash
    ("ResultsBoth RCTs demonstrated antidepressant efficacy with good tolerability; however, significant changes in "
     "depressive symptom severity were observed only after 2–6 weeks of treatment (P < .05).", 336.0),
    ("The number of sessions ranged from 1 to 6, and days until remission from 1 to 16.", 24.0),
]


ONSET_CASES += [
    ("Results: The antidepressant effect of ketamine began at 2 hours after the infusion.", 2.0),
    ("Results: The median time to response was 3 days with ketamine.", 72.0),
    ("Results: Significant improvement in MADRS was evident from day 1 onwards.", 24.0),
]


@pytest.mark.parametrize(("text", "hours"), ONSET_CASES)
def test_onset(text: str, hours: float) -> None:
    onsets = [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]
    assert len(onsets) == 1
    assert (onsets[0]["value"], onsets[0]["unit"], onsets[0]["timepoint_hours"]) == (hours, "hours", hours)


@pytest.mark.parametrize(
    "text",
    [
        # a methods sentence that names a schedule is not an onset
        "Methods: The primary efficacy endpoint was change in score from baseline to 4 hours after initial dose.",
        # a statement about previous work is not this study's onset
        "Previous studies have shown a single dose of ketamine can improve depression significantly within 2 hours.",
        # no significance claim
        "Mean MADRS dropped from 30.7 before infusion to 10.4 after one day.",
        # a general fact about antidepressants, not this study's onset
        "It takes about 2 weeks for the onset of antidepressant action of drugs.",
    ],
)
def test_no_onset(text: str) -> None:
    assert [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == []


def test_onset_as_sessions_count() -> None:
    text = "Both ketamine and ECT required a median of 6 treatment sessions to induce remission."
    (onset,) = [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]
    assert (onset["value"], onset["unit"], onset["timepoint_hours"]) == (6.0, "count", None)


AE_CASES = [
    (
        "Common treatment-emergent adverse events (TEAEs) were dizziness (32.9%), dissociation (27.6%), nausea "
        "(25.1%), and headache (24.9%).",
        [("dizziness", "dizziness", 32.9), ("dissociation", "dissociation", 27.6),
         ("nausea", "nausea_vomiting", 25.1), ("headache", "headache", 24.9)],
    ),
    (
        "Thirty-six participants (69%) experienced treatment-emergent hypertension during at least 1 infusion, and "
        "10 (19%) required intervention with an antihypertensive.",
        [("hypertension", "blood_pressure_increase", 69.0), ("antihypertensive", "blood_pressure_increase", 19.0)],
    ),
    (
        "Drowsiness was the most commonly reported adverse event (50% of infusions; n = 73).",
        [("Drowsiness", "sedation", 50.0)],
    ),
    ("Fifty-five patients (6.9%) experienced serious TEAEs.", [("serious TEAEs", "other", 6.9)]),
    ("Seventy-six patients (9.5%) discontinued esketamine due to TEAEs.",
     [("discontinuation due to TEAEs", "other", 9.5)]),
    # negations: nothing
    ("According to patients' reports, VLDS ketamine produced sustained effects, with only mild and transient "
     "light-headedness as a common side-effect (no euphoria, psychotic or dissociative symptoms).", []),
    ("We did not observe any side effects for ketamine administration.", []),
    ("Ketamine was associated with transient dissociative symptoms, but there were no serious adverse events.", []),
    # a diagnosis share is not an adverse event
    ("243 (54%) patients had a diagnosis of generalized anxiety disorder.", []),
]


@pytest.mark.parametrize(("text", "expected"), AE_CASES)
def test_adverse_events(text: str, expected: list[tuple[str, str, float]]) -> None:
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert [(f["term"], f["category"], f["value"]) for f in rows] == expected


def test_ae_counts_per_arm() -> None:
    text = "One subject receiving ketamine and 1 receiving placebo developed manic symptoms."
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert [(f["arm"], f["value"], f["unit"], f["category"]) for f in rows] == [
        ("ketamine", 1.0, "count", "other"),
        ("placebo", 1.0, "count", "other"),
    ]


def test_ae_threshold_is_one_finding_with_all_terms() -> None:
    text = (
        "Headache, anxiety, dissociation, nausea, and dizziness were the most common (≥20%) treatment-emergent "
        "adverse events."
    )
    (row,) = [f for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert row["value"] == 20.0 and row["confidence"] == "uncertain"
    assert row["terms"] == ["headache", "anxiety", "dissociation", "nausea", "dizziness"]


def test_negated_terms_are_not_ae_mentions() -> None:
    text = (
        "Tolerability was excellent, with no changes in blood pressure, minimal reports of sedation, and minimal "
        "dissociation. Dissociation was nearly absent in the arketamine group."
    )
    terms = [m["term"] for m in extract_abstract(text)["ae_mentions"]]
    assert "sedation" in terms
    assert not any("blood pressure" in t for t in terms)
    assert terms.count("dissociation") == 1  # the first, not negated; the second is 'nearly absent'


def test_unicode_scale_names_and_signs() -> None:
    text = (
        "Results: In the twice-weekly dosing groups, the mean change in Montgomery-Åsberg Depression Rating Scale "
        "(MADRS) score at day 15 was −18.4 (SD=12.0) for ketamine and −5.7 (SD=10.2) for placebo."
    )
    rows = extract_abstract(text)["scale_changes"]
    assert [(r["arm"], r["value"], r["timepoint_hours"], r["scale"]) for r in rows] == [
        ("ketamine", -18.4, 360.0, "MADRS"),
        ("placebo", -5.7, 360.0, "MADRS"),
    ]


CONSTRUCTED_CASES = [
    # written like real abstracts but not in the labelled set: shapes the rules must generalise to
    (
        "Response rates at 24 hours were 64% vs 18% for ketamine and placebo, respectively.",
        "response_rate",
        [("ketamine", 64.0, 24.0), ("placebo", 18.0, 24.0)],
    ),
    (
        "Response (≥50% MADRS reduction) at day 1 occurred in 14 of 20 patients in the ketamine group and 3 of 19 in "
        "the placebo group.",
        "response_rate",
        [("ketamine", 70.0, 24.0), ("placebo", 15.8, 24.0)],
    ),
    (
        "Remission at week 4 was achieved by n = 12 (60%) in the esketamine arm and n = 5 (25%) in the placebo arm.",
        "remission_rate",
        [("esketamine", 60.0, 672.0), ("placebo", 25.0, 672.0)],
    ),
    (
        "At 2 hours, the response rate was 45.5% (10/22) with ketamine versus 9.1% (2/22) with midazolam.",
        "response_rate",
        [("ketamine", 45.5, 2.0), ("midazolam", 9.1, 2.0)],
    ),
    (
        "Patients were randomized to ketamine or placebo. The response rate was significantly higher in the "
        "ketamine group (60% vs. 20%, P < .01).",
        "response_rate",
        [("ketamine", 60.0, None), ("placebo", 20.0, None)],
    ),
]


CONSTRUCTED_CASES += [
    # a closed statistics bracket before the rates does not make them statistics
    (
        "The likelihood of response at 24 hours was greater with ketamine than with midazolam (odds ratio, 2.18; "
        "95% CI, 1.21-4.14), with response rates of 64% and 28%, respectively.",
        "response_rate",
        [("ketamine", 64.0, 24.0), ("midazolam", 28.0, 24.0)],
    ),
    # "the day following" is day 1; words after 'and' describe the next number
    (
        "Of the subjects given ketamine, 71% met response criteria and 29% met remission criteria the day following "
        "ketamine infusion.",
        "remission_rate",
        [("ketamine", 29.0, 24.0)],
    ),
    (
        "Response was observed in 43.3% (13/30) at week 2 and remission in 23.3% (7/30) of ketamine patients.",
        "response_rate",
        [("ketamine", 43.3, 336.0)],
    ),
]


CONSTRUCTED_CASES += [
    ("Response at day 28: esketamine 69.3%, placebo 52.0%.", "response_rate",
     [("esketamine", 69.3, 672.0), ("placebo", 52.0, 672.0)]),
    ("Response rates were higher with ketamine (n = 12, 60%) than with placebo (n = 3, 15%).", "response_rate",
     [("ketamine", 60.0, None), ("placebo", 15.0, None)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CONSTRUCTED_CASES)
def test_constructed_rates(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(text, kind) == expected


def test_inferred_control_arm_is_uncertain() -> None:
    text = CONSTRUCTED_CASES[4][0]
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "response_rate"]
    assert [f["confidence"] for f in rows] == ["auto", "uncertain"]


def test_constructed_adverse_events_per_arm() -> None:
    text = "Adverse events included dizziness (ketamine 25% vs placebo 5%) and headache (15% vs 10%)."
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert [(f["arm"], f["category"], f["value"]) for f in rows] == [
        ("ketamine", "dizziness", 25.0), ("placebo", "dizziness", 5.0),
        ("ketamine", "headache", 15.0), ("placebo", "headache", 10.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transient elevations in blood pressure were observed in 12 (15.4%) patients.",
            [("elevations in blood pressure", "blood_pressure_increase", 15.4)],
        ),
        (
            "Discontinuation due to adverse events was 4.6% with esketamine vs 1.4% with placebo.",
            [("discontinuation due to adverse events", "other", 4.6),
             ("discontinuation due to adverse events", "other", 1.4)],
        ),
        ("No serious adverse events occurred, and no patient discontinued because of dissociation.", []),
        (
            "Nausea and dizziness were reported by 20% and 15% of patients, respectively.",
            [("Nausea", "nausea_vomiting", 20.0), ("dizziness", "dizziness", 15.0)],
        ),
        ("Adverse events were mild; the most frequent was headache (n = 4).", [("headache", "headache", 4.0)]),
        ("Esketamine decreased the risk of relapse by 51% (hazard ratio 0.49).", []),
    ],
)
def test_constructed_adverse_events(text: str, expected: list[tuple[str, str, float]]) -> None:
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert [(f["term"], f["category"], f["value"]) for f in rows] == expected


def test_review_rates_are_pooled_estimates_not_arm_findings() -> None:
    text = (
        "We conducted a systematic review and meta-analysis of 12 RCTs (n = 800). The pooled response rate at 24 "
        "hours was 45% with ketamine and 12% with placebo."
    )
    out = extract_abstract(text)
    assert out["design"] == "meta_analysis"
    assert [f for f in out["findings"] if f["kind"] == "response_rate"] == []
    assert [(p["arm"], p["value"]) for p in out["pooled_estimates"]] == [("ketamine", 45.0), ("placebo", 12.0)]


def test_definitions_travel_with_the_rates() -> None:
    text = (
        "Response (≥50% symptomatic improvement from baseline) and remission rates (QIDS-SR16 ≤5) were also "
        "calculated. After 4 infusions, 27% (n = 7) responded and 10% (n = 3) met remission criteria."
    )
    out = extract_abstract(text)
    assert out["definitions"] == {
        "response_rate": "≥50% symptomatic improvement from baseline",
        "remission_rate": "QIDS-SR16 ≤5",
    }
    details = {f["kind"]: f["detail"] for f in out["findings"]}
    assert details["remission_rate"].startswith("QIDS-SR16 ≤5")
    assert details["response_rate"].startswith("≥50% symptomatic improvement")
