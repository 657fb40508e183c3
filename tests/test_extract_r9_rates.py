"""Response and remission rates, ninth session (issue 21): kinds of sentence misread, each a paraphrase written by
the team (not a blind abstract's sentence), with the cases that must still be read."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, finding_rows, timed_rates

# --- a share that stays in response is a sustained share, not a rate, in any tense ---------------------------------

SUSTAINED = [
    OPEN + "Five of 12 patients remain in response after four weeks.",
    OPEN + "Eight out of twenty participants (40%) remained in response at month 3.",
    OPEN + "Nine patients (22.5%) stay in response throughout the follow-up period.",
    OPEN + "Four of ten subjects are still in response at the end of follow-up.",
    OPEN + "Of the 20 remitters, 12 (60%) are still in remission at day 28.",
]


@pytest.mark.parametrize("text", SUSTAINED)
def test_a_share_that_remains_in_response_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_a_rate_beside_a_clause_about_remaining_is_still_read() -> None:
    text = OPEN + "Twenty patients (50%) met response criteria at day 1, and the sample remained under observation."
    assert timed_rates(text) == [("response_rate", 50.0, 24.0)]


# --- after an interim report of the study's own sample, its results may be told in the present tense ---------------

INTERIM = [
    ("Adolescents with treatment-resistant depression receive six ketamine infusions over two weeks. Currently, "
     "twelve participants have completed the course. The overall response rate is 50%.",
     [("response_rate", 50.0, None)]),
    ("This ongoing open-label study gives oral ketamine to veterans with depression. So far, 20 patients have been "
     "enrolled. The remission rate is 35%.", [("remission_rate", 35.0, None)]),
    ("Older adults with TRD are treated with intranasal esketamine twice weekly. At present, eight subjects have "
     "received the full induction course, and the response rate is 62.5%.", [("response_rate", 62.5, None)]),
    ("We describe a pilot programme of intramuscular ketamine. To date, 15 patients have been treated; the response "
     "rate is 40%.", [("response_rate", 40.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), INTERIM)
def test_present_tense_results_after_an_interim_report(text: str, expected: list[tuple[str, float, None]]) -> None:
    assert timed_rates(text) == expected


NOT_INTERIM = [
    # a statement about patients in general, with no interim report of this study's sample
    "We treated ten adolescents with six ketamine infusions. In adolescents, the response rate to SSRIs is 40%.",
    # 'so far' about the literature, not this study's sample
    "No study so far has compared routes of ketamine. The response rate to standard antidepressants is 30%.",
    # the mean change of an interim sample is no share of people
    "Currently, ten patients have completed the infusions. The average improvement seen in responders is 74%.",
    "To date, 16 participants have been enrolled. The mean MADRS reduction after four infusions is 45%.",
]


@pytest.mark.parametrize("text", NOT_INTERIM)
def test_no_present_tense_result_without_an_interim_report(text: str) -> None:
    assert timed_rates(text) == []


MEAN_CHANGE = [
    "We treated ten adolescents with ketamine infusions. The average improvement seen in responders was 74%.",
    "Forty patients received intravenous ketamine. The mean improvement among remitters was 81%.",
    "Forty patients received intravenous ketamine. The median reduction in MADRS scores among responders was 65%.",
    "Thirty patients received esketamine. Responders had a mean decrease of 58% in their MADRS total score.",
]


@pytest.mark.parametrize("text", MEAN_CHANGE)
def test_the_mean_change_of_responders_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_a_rate_after_a_mean_change_is_still_read() -> None:
    text = ("Forty patients received intravenous ketamine. The mean MADRS reduction was 45%, and 20 patients (50%) "
            "met response criteria.")
    assert timed_rates(text) == [("response_rate", 50.0, None)]


# --- "Of 42 patients treated, 28 responded": a group with a qualifier, then counts that responded or remitted

LEAD = "Methods: Outpatients with treatment-resistant depression received six ketamine infusions. Results: "
QUALIFIED = [
    (LEAD + "Of the 42 patients who signed consent, 28 patients achieved a response and entered the second phase.",
     [("response_rate", 66.7, None)]),
    (LEAD + "Of 30 patients treated, 12 met response criteria.", [("response_rate", 40.0, None)]),
    (LEAD + "Among the 25 participants, 10 remitted.", [("remission_rate", 40.0, None)]),
    (LEAD + "Among 20 veterans who completed the infusions, 9 responded and 5 remitted.",
     [("remission_rate", 25.0, None), ("response_rate", 45.0, None)]),
    (LEAD + "Of the 16 adolescents enrolled, 6 achieved remission.", [("remission_rate", 37.5, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_counts_of_a_qualified_group(text: str, expected: list[tuple[str, float, None]]) -> None:
    assert timed_rates(text) == expected


NOT_QUALIFIED = [
    # a share of the responders, not of the treated group
    LEAD + "Of the 30 patients who responded, 12 relapsed within a month.",
    LEAD + "Of the 30 patients who achieved response, 12 were women.",
    # an improvement without a criterion
    LEAD + "Of the four cases analysed, three patients experienced significant improvement in symptoms.",
]


@pytest.mark.parametrize("text", NOT_QUALIFIED)
def test_counts_of_groups_that_are_no_arm(text: str) -> None:
    assert timed_rates(text) == []


# --- "None of 10 subjects responded": 0% of a group whose size is written ------------------------------------------

NONE = [
    (LEAD + "None of 10 subjects experienced a response in the first 3 days after the infusion.",
     [("response_rate", 0.0, 72.0)]),
    (LEAD + "None of the 12 patients remitted.", [("remission_rate", 0.0, None)]),
    (LEAD + "Eight of the 20 participants responded, but none of the 20 participants remitted.",
     [("remission_rate", 0.0, None), ("response_rate", 40.0, None)]),
    (LEAD + "In the open-label phase, none of our 15 adolescents achieved remission.", [("remission_rate", 0.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NONE)
def test_none_of_a_sized_group(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(text) == expected


NOT_NONE = [
    LEAD + "None of the 12 patients had serious adverse events.",
    LEAD + "None of the 20 patients discontinued treatment.",
    LEAD + "None of the 15 patients developed hypertension.",
]


@pytest.mark.parametrize("text", NOT_NONE)
def test_none_of_a_group_without_a_rate_named(text: str) -> None:
    from tests.extract_support import findings

    assert [f for f in findings(text) if f["kind"] in ("response_rate", "remission_rate", "adverse_event")] == []


# --- a fronted comparison ('Compared with placebo, ketamine ... (60% vs 20%)'): the compared-with arm comes second --

FRONTED = [
    (RCT + "Compared with placebo, ketamine produced higher response rates (60% vs 20%) at 24 h.",
     [("ketamine", 60.0, 24.0), ("placebo", 20.0, 24.0)]),
    (RCT + "Relative to placebo, response was more frequent with ketamine (55% vs 15%).",
     [("ketamine", 55.0, None), ("placebo", 15.0, None)]),
    (RCT + "Compared with placebo, more ketamine patients responded (48% vs 12%).",
     [("ketamine", 48.0, None), ("placebo", 12.0, None)]),
    (RCT + "Unlike placebo, ketamine produced a response in 52% vs 18% of patients.",
     [("ketamine", 52.0, None), ("placebo", 18.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_fronted_comparison_puts_the_compared_arm_second(text: str, expected: list[tuple[str, float, float | None]]
                                                           ) -> None:
    assert sorted(finding_rows(text, "response_rate")) == sorted(expected)


def test_arms_listed_in_order_keep_their_order() -> None:
    text = RCT + "Placebo and ketamine response rates were 20% and 60%."
    assert sorted(finding_rows(text, "response_rate")) == [("ketamine", 60.0, None), ("placebo", 20.0, None)]


def test_a_fronted_comparison_of_adverse_events() -> None:
    text = RCT + "Compared to placebo, ketamine was associated with more dissociation (35.0% vs 3.3%)."
    assert sorted(finding_rows(text, "adverse_event")) == [("ketamine", 35.0, None), ("placebo", 3.3, None)]


# --- a definition's 'improvement' inside a bracket before the rates is no measure of its own --------------------------

DEFINED = [
    (RCT + "Response (defined as ≥50% improvement) rates were 45% and 20% in the ketamine and placebo groups.",
     [("ketamine", 45.0, None), ("placebo", 20.0, None)]),
    (RCT + "Response rates (≥50% improvement in MADRS) were 52% with ketamine and 18% with placebo.",
     [("ketamine", 52.0, None), ("placebo", 18.0, None)]),
    (OPEN + "Clinical response (at least 50% improvement from baseline) was achieved by 62.5% of patients.",
     [("ketamine", 62.5, None)]),
    (RCT + "Response (a 50% or greater improvement) rates were 40% and 10%, respectively.",
     [("ketamine", 40.0, None), ("placebo", 10.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED)
def test_a_bracketed_definition_with_improvement_keeps_the_measure(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert sorted(finding_rows(text, "response_rate")) == expected


# --- a list of measures that names relapse too still gives its rates ------------------------------------------------

WITH_RELAPSE = [
    (OPEN + "The rates of response, remission and relapse were 55%, 30% and 20%, respectively.",
     [("remission_rate", 30.0, None), ("response_rate", 55.0, None)]),
    (OPEN + "Response, relapse and remission rates were 62.5%, 15% and 35%, respectively.",
     [("remission_rate", 35.0, None), ("response_rate", 62.5, None)]),
    (OPEN + "Rates of relapse and remission at week 4 were 12% and 40%, respectively.",
     [("remission_rate", 40.0, 672.0)]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_RELAPSE)
def test_a_measure_list_naming_relapse(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(text) == expected


def test_a_relapse_rate_alone_is_no_rate() -> None:
    assert timed_rates(OPEN + "Among remitters, relapse rates were 20% and 35% at weeks 2 and 4.") == []
