"""Response and remission rates that generalise (issue 21), one table per mechanism: sentence roles, shares of the
sample, lists ('..., respectively' over the study's arms, measures or times), named assessment points, completers at
the trial's end, counts over a single group, criteria written out, restated rates.

Every case is a short text written for this file (a paraphrase of how abstracts word it, none copied from a labelled
set); most failed on the extractor before these rules (checked against 4d50a88), the rest guard a rule against
reaching too far.
"""

from __future__ import annotations

from typing import Any

import pytest

from evidence.extract import extract_abstract
from evidence.extract.roles import result_sentences
from evidence.extract.text import split_sentences
from tests.extract_support import finding_rows

OPEN_IV = "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RATES = ("response_rate", "remission_rate")


def _rates(text: str) -> list[tuple[object, ...]]:
    return sorted((r for k in RATES for r in finding_rows(text, k)), key=str)


# --- sentence roles: background, aims and methods report no result ----------------------------------------------------

NOT_RESULTS = [
    # a structured abstract's objective or methods heading: the field's rates, not this study's
    "Objective: Only about 30% of patients with depression remit after a first antidepressant, and 50% respond to "
    "ketamine. " + OPEN_IV + "MADRS fell.",
    "Aims: Remission occurs in only 28% of depressed patients treated with an SSRI. " + OPEN_IV + "MADRS fell.",
    "Methods: In earlier work the remission rate with ECT reached 60%. Twenty patients received ketamine. "
    "Results: MADRS fell.",
    # an unstructured abstract: a present-tense statement about patients in general, or one citing other work
    "Ketamine is given to 40 adults with TRD in this open-label study. Response rates to a second antidepressant are "
    "below 30% in most patients. MADRS fell.",
    # set in other studies: the literature's rates
    "Twenty adults received intravenous ketamine. In randomized trials, response rates of 50% and 70% were observed "
    "at 24 hours. MADRS scores fell.",
    "Twenty adults received intravenous ketamine. In one earlier cohort, 65% of patients responded to ketamine [12]. "
    "MADRS scores fell.",
]


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_rates_outside_the_results_are_not_findings(text: str) -> None:
    assert _rates(text) == []


STILL_RESULTS = [
    # past-tense results in an unstructured abstract, with a present-tense clause about them
    ("Forty adults with TRD received ketamine. Ketamine yielded a response rate of 60% at day 7, which is higher than "
     "with standard antidepressants.", "response_rate", [("ketamine", 60.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), STILL_RESULTS)
def test_past_tense_results_stay_findings(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(text, kind) == expected


def test_a_combined_methods_and_results_heading_holds_results() -> None:
    text = ("Background: Ketamine is used off-label. Methods and Results: We randomized 40 patients with TRD to "
            "ketamine or placebo. At day 1, response rates were 50% and 20%, respectively. Interpretation: Ketamine "
            "works fast.")
    assert sorted(finding_rows(text, "response_rate")) == [("ketamine", 50.0, 24.0), ("placebo", 20.0, 24.0)]


RESULT_ROLES = [
    # (text, indices of sentences that may state results)
    ("Background: Remission rates are low. Methods: We enrolled 30 adults. Results: 40% remitted. Conclusions: "
     "Ketamine helps.", {2, 3}),
    ("We enrolled 30 adults with TRD. Half of all patients respond poorly to treatment. At day 7, 40% remitted.",
     {0, 2}),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_ROLES)
def test_result_sentence_roles(text: str, expected: set[int]) -> None:
    assert result_sentences(split_sentences(text)) == expected


# --- a definition's threshold between the measure and its rate -----------------------------------------------------

DEFINED_THEN_RATE = [
    (OPEN_IV + "Response (≥50% MADRS reduction) was achieved by 55% and remission (MADRS ≤10) by 30% of patients at "
     "week 2.", [("ketamine", 30.0, 336.0), ("ketamine", 55.0, 336.0)]),
    (OPEN_IV + "Remission, defined as a score of 10 or less, was reached by 25% of participants on day 7.",
     [("ketamine", 25.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_THEN_RATE)
def test_the_measure_named_before_a_definition_classifies_its_rate(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _rates(text) == sorted(expected, key=str)


# --- shares of the sample: a group's size with its percent ------------------------------------------------------------

SHARES = [
    (OPEN_IV + "Response rates did not differ between patients with moderate (n = 12, 30%) and severe depression "
     "(n = 28, 70%).", []),
    (OPEN_IV + "Among patients with comorbid anxiety (n = 14; 35%), the response rate was 50% at day 7.",
     [("ketamine", 50.0, 168.0)]),
    (OPEN_IV + "At day 7, 20 patients (50%) responded; responders were more often women (n = 15, 75%).",
     [("ketamine", 50.0, 168.0)]),
    (OPEN_IV + "Remission at day 14 was reached by 12 patients (30%); women made up 60% of remitters.",
     [("ketamine", 30.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_groups_share_of_the_sample_is_no_rate(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rates(text) == sorted(expected, key=str)


OUTCOME_GROUP_SIZES = [
    OPEN_IV + "Response at day 7 was seen in the ketamine group (n = 16, 40%).",
    OPEN_IV + "At day 7, response was achieved in patients (n = 16, 40%).",
]


@pytest.mark.parametrize("text", OUTCOME_GROUP_SIZES)
def test_an_arms_or_the_samples_size_with_its_percent_is_a_rate(text: str) -> None:
    assert finding_rows(text, "response_rate") == [("ketamine", 40.0, 168.0)]


# --- '..., respectively' naming no arm: the arms as the allocation sentence listed them ------------------------------

RESPECTIVELY = [
    ("Methods: 60 patients were randomized to ketamine 0.5 mg/kg, ketamine 0.2 mg/kg or midazolam. Results: At 24 "
     "hours the response rates were 50%, 35% and 15%, respectively.", "response_rate",
     [("ketamine 0.5 mg/kg", 50.0, 24.0), ("ketamine 0.2 mg/kg", 35.0, 24.0), ("midazolam", 15.0, 24.0)]),
    ("Methods: Adults with TRD were randomly assigned to esketamine or placebo nasal spray. Results: Remission rates "
     "at week 4 were 36% and 22%, respectively.", "remission_rate",
     [("esketamine", 36.0, 672.0), ("placebo", 22.0, 672.0)]),
]


RESPECTIVELY += [
    # a list of times, then one list of values per arm, each with its arm right after it
    ("Methods: Sixty adults were randomized to intravenous ketamine or midazolam. Results: Response rates at day 1 "
     "and day 7 were 50% and 40% for ketamine and 10% and 15% for midazolam.", "response_rate",
     [("ketamine", 50.0, 24.0), ("ketamine", 40.0, 168.0), ("midazolam", 10.0, 24.0), ("midazolam", 15.0, 168.0)]),
    # a difference between arms is no arm's rate
    ("Methods: Sixty adults were randomized to intravenous ketamine or midazolam. Results: By day 7, the ketamine "
     "group had a 30% higher response rate than the midazolam group.", "response_rate", []),
]


RESPECTIVELY += [
    # a bracket after an arm word holds that arm's numbers, whatever it holds before them
    ("Methods: Sixty adults were randomized to intravenous ketamine or placebo. Results: The proportion achieving "
     "remission at day 7 was higher with ketamine (n = 12; 40%) than placebo (n = 3; 10%).", "remission_rate",
     [("ketamine", 40.0, 168.0), ("placebo", 10.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), RESPECTIVELY)
def test_respectively_takes_the_study_arms_in_order(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(finding_rows(text, kind), key=str) == sorted(expected, key=str)


# --- when: named assessment points, completers at the trial's end ---------------------------------------------------

TIMES = [
    (OPEN_IV + "Data were collected at baseline, after one month (T1) and after three months (T2). At T2, 45% of "
     "patients were responders.", "response_rate", [("ketamine", 45.0, 2190.0)]),
    (OPEN_IV + "Ratings were taken at T1 (week 2) and T2 (week 6). At T1, 25% had remitted.", "remission_rate",
     [("ketamine", 25.0, 336.0)]),
    ("Methods: In this 6-week open-label trial, 30 adults took oral ketamine daily. Results: Of participants "
     "completing the trial, 70% responded.", "response_rate", [("ketamine", 70.0, 1008.0)]),
]


TIMES += [
    # the times listed after the values, closed by 'respectively'
    ("Methods: Sixty adults were randomized to intravenous ketamine or midazolam. Results: In the ketamine group, "
     "response rates were 50% and 30% at day 1 and day 7, respectively.", "response_rate",
     [("ketamine", 50.0, 24.0), ("ketamine", 30.0, 168.0)]),
    (OPEN_IV + "Remission rates were 20% and 35% at week 1 and week 4, respectively.", "remission_rate",
     [("ketamine", 20.0, 168.0), ("ketamine", 35.0, 672.0)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), TIMES)
def test_time_of_a_rate_without_a_clock_time(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(text, kind) == expected


# --- a count of people with the outcome over a single group's size --------------------------------------------------

COUNTS = [
    ("We describe five inpatients with TRD given eight ketamine infusions. Results: Four patients achieved remission.",
     "remission_rate", [("ketamine", 80.0, None)]),
    ("Methods: Ten adults with TRD received six open-label ketamine infusions over two weeks. Results: Six "
     "participants responded.", "response_rate", [("ketamine", 60.0, None)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), COUNTS)
def test_a_count_over_a_single_group_is_a_rate(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(text, kind) == expected


def test_a_count_without_a_single_group_is_no_rate() -> None:
    # two arms: the count is out of an arm whose size the sentence does not give
    text = ("Methods: 40 patients were randomized to ketamine or midazolam. Results: Twelve patients achieved "
            "remission.")
    assert finding_rows(text, "remission_rate") == []


def test_a_reviews_rates_across_trials_stay_pooled_estimates() -> None:
    text = ("This narrative review summarises the evidence for ketamine in depression. Response rates across trials "
            "ranged from 40% to 70%.")
    out: dict[str, Any] = extract_abstract(text)
    assert out["design"] == "review"
    assert [f for f in out["findings"] if f["kind"] in RATES] == []
    assert sorted(p["value"] for p in out["pooled_estimates"]) == [40.0, 70.0]


# --- a rate told again (conclusions, a summary) is one finding -------------------------------------------------------

RESTATED = [
    (OPEN_IV + "At day 7, the response rate was 60%. Conclusions: Ketamine produced response in 60% of patients.",
     [("ketamine", 60.0, 168.0)]),
    ("Forty patients with TRD received intravenous ketamine. At day 7, 60% had responded. In summary, a 60% "
     "response rate was observed with ketamine.", [("ketamine", 60.0, 168.0)]),
    # the same value at another time is another finding
    (OPEN_IV + "The response rate was 60% at day 1. At day 7, 60% still met response criteria.",
     [("ketamine", 60.0, 24.0), ("ketamine", 60.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_a_restated_rate_is_one_finding(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rates(text) == sorted(expected, key=str)


# --- lists: measures named in order, and what follows a list ---------------------------------------------------------

LISTS = [
    # a list of three measures 'respectively', repeated for each instrument; partial response is no response rate
    (OPEN_IV + "Partial response, response and remission rates, respectively, were 40.0%, 25.0% and 10.0% on the "
     "MADRS; 35.0%, 20.0% and 5.0% on the QIDS.",
     [("remission_rate", 10.0), ("remission_rate", 5.0), ("response_rate", 25.0), ("response_rate", 20.0)]),
    # a non-clock time after the list ('after eight infusions') is the time of each value in it
    (OPEN_IV + "Response and remission rates were 65% and 30%, respectively, after eight infusions, and MADRS scores "
     "fell by half within 4 weeks.", [("remission_rate", 30.0), ("response_rate", 65.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_measures_and_their_tails(text: str, expected: list[tuple[str, float]]) -> None:
    out: dict[str, Any] = extract_abstract(text)
    got = [(f["kind"], f["value"]) for f in out["findings"] if f["kind"] in RATES]
    assert sorted(got) == sorted(expected)
    assert all(f["timepoint_hours"] is None for f in out["findings"] if f["kind"] in RATES)


# --- a criterion written out instead of the measure's name -----------------------------------------------------------

IV_PLACEBO = "Methods: Sixty adults were randomized to intravenous ketamine or placebo. Results: "
CRITERIA = [
    (IV_PLACEBO + "At day 7, the proportion of patients with a 50% or greater reduction in MADRS was 40% with "
     "ketamine and 15% with placebo.", "response_rate", [("ketamine", 40.0, 168.0), ("placebo", 15.0, 168.0)]),
    (IV_PLACEBO + "At week 4, 35% of ketamine-treated and 10% of placebo-treated patients reached a MADRS score of 10 "
     "or less.", "remission_rate", [("ketamine", 35.0, 672.0), ("placebo", 10.0, 672.0)]),
    # a mean change by at least half is no share of people
    (IV_PLACEBO + "Ketamine reduced MADRS scores by at least 50% on average, and 45% of patients were women.",
     "response_rate", []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CRITERIA)
def test_a_written_out_criterion_names_the_measure(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(finding_rows(text, kind), key=str) == sorted(expected, key=str)


def test_a_pooled_analysis_of_two_named_trials_keeps_its_arms_rates() -> None:
    text = ("Methods: Pooled post hoc analysis of two phase 3 esketamine trials (n = 450). Results: In the two "
            "studies, remission rates at day 28 were 40% with esketamine and 25% with placebo.")
    assert sorted(finding_rows(text, "remission_rate")) == [("esketamine", 40.0, 672.0), ("placebo", 25.0, 672.0)]
