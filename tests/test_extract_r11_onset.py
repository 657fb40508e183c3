"""Onset of fresh text (eleventh session, round A): where the drug's effect began, read from kinds of sentence that gave
a wrong or missing onset on the dev11 batch.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must not
change."""

from __future__ import annotations

import pytest

from evidence.extract.onset_lists import spaced_time_lists
from evidence.extract.ratetimes import timepoints_of
from tests.extract_support import onsets

# A list of times typeset with no space after its commas: each item is a time of its own (the first is the onset).
TIGHT_LISTS = {
    "days_and": (
        "Methods: To prevent postpartum depression, eighty women having caesarean delivery were randomly assigned "
        "to esketamine or saline. EPDS scores were rated before surgery and at 1,3,7 and 28 days after delivery. "
        "Results: Compared with the saline group, "
        "EPDS scores were significantly lower at 1,3 and 7 days after delivery in the esketamine group.",
        24.0,
    ),
    "hours_comma_and": (
        "Methods: Sixty patients scheduled for surgery were randomly divided into a ketamine group and a control "
        "group. HAMD scores were rated at 2,6,and 24 hours after surgery. Results: HAMD scores at 2,6,and 24 hours "
        "after surgery were significantly lower in the ketamine group than in the control group (P<0.05).",
        2.0,
    ),
    "days_no_and": (
        "Methods: Fifty patients with depression were randomly assigned to ketamine or midazolam. MADRS was rated at "
        "3,7,14 days. Results: MADRS scores were significantly lower with ketamine than with midazolam at 3,7,14 days "
        "(p<0.01).",
        72.0,
    ),
}
# What such a list is not: decimal commas, thousands, statistics (left as written).
NOT_LISTS = {
    "decimal_dose": "ketamine 0,5 mg/kg was infused over 40 minutes",
    "decimal_time": "the infusion lasted 2,5 hours",
    "thousands": "a cohort of 1,200 patients was followed for 3 days",
    "f_statistic": "depressive symptoms improved (F5,35=8.1, p<0.01)",
    "spaced_already": "at 1, 3 and 5 days",
}


@pytest.mark.parametrize("name", sorted(TIGHT_LISTS))
def test_tight_time_list_gives_its_first_time(name: str) -> None:
    text, hours = TIGHT_LISTS[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NOT_LISTS))
def test_text_that_is_no_tight_time_list_is_left_as_written(name: str) -> None:
    s = NOT_LISTS[name]
    assert spaced_time_lists(s) == s


def test_tight_list_is_read_as_its_times() -> None:
    assert [t.hours for t in timepoints_of(spaced_time_lists("at 1,3,5 and 42 days after surgery"))] == [
        24.0, 72.0, 120.0, 1008.0]


# "The results showed that ...": a past-tense report of what was observed, ranked as any result sentence (the earliest
# time wins); the present "These findings show ..." still interprets, and a result sentence beside it wins.
REPORTED_WITH_SHOWED = {
    "data_showed": (
        "Methods: Twenty adults with treatment-resistant depression received open-label intramuscular ketamine. "
        "Results: The data showed that HAM-D scores were significantly reduced at week 1 (p<0.01). Scores at week 4 "
        "and week 8 were also significantly reduced from baseline.",
        168.0,
    ),
    "results_showed": (
        "Methods: Thirty patients with bipolar depression received six open-label ketamine infusions. Results: The "
        "results showed a significant improvement in MADRS scores at day 3 (p<0.001). Anhedonia and MADRS scores "
        "were significantly reduced from baseline at day 7 and day 14 (p<0.001).",
        72.0,
    ),
    "results_demonstrated": (
        "Methods: Twenty-five patients with major depression received open-label esketamine nasal spray. Results: "
        "Our results demonstrated a significant decrease in MADRS scores by day 2 (p=0.01). Significant "
        "decreases from baseline in MADRS scores were seen at days 14 and 28 (p<0.001).",
        48.0,
    ),
}
INTERPRETED = {
    "findings_show": (
        "Methods: Twenty-five patients with major depression received open-label esketamine nasal spray. Results: "
        "MADRS scores fell significantly from baseline by day 7 (p<0.001). These findings show that esketamine "
        "improves depression significantly within 24 hours.",
        168.0,
    ),
    "results_suggested": (
        "Methods: Thirty patients with bipolar depression received open-label ketamine infusions. Results: MADRS "
        "scores improved significantly from baseline at 4 hours (p<0.01). The results suggested that ketamine "
        "improved depressive symptoms significantly within 2 hours.",
        4.0,
    ),
}


@pytest.mark.parametrize("name", sorted(REPORTED_WITH_SHOWED))
def test_a_result_reported_with_showed_is_a_result(name: str) -> None:
    text, hours = REPORTED_WITH_SHOWED[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(INTERPRETED))
def test_an_interpretation_yields_to_a_result(name: str) -> None:
    text, hours = INTERPRETED[name]
    assert onsets(text) == [hours]
