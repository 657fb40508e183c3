"""Onset of fresh text (twelfth session, round A): kinds of sentence that gave a wrong or missing onset on the dev13
batch at first contact.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must keep
their onset (or keep none)."""

from __future__ import annotations

import pytest

from tests.extract_support import onsets

# A single-group study that names a comparator only as missing (a limitation) has no comparator: a significant
# improvement at its first visit is its onset; a sentence that points back at the effect ("The effect was ...") is about
# the outcome the sentence before named, anhedonia included.
ABSENT_COMPARATOR = {
    "lack_of_placebo_arm": (
        "Methods: Forty patients with bipolar depression received four weekly ketamine injections. MADRS was rated "
        "before and 24 h after each injection. Results: Depressive symptoms improved over the course (p<0.001). "
        "The effect was significant 24 h after the first injection (p<0.01). Limitations: lack of blinding and of a "
        "placebo arm.",
        24.0,
    ),
    "absence_of_control_group": (
        "Methods: Thirty outpatients with treatment-resistant depression received one infusion of ketamine; HAM-D "
        "was rated at baseline and 4 hours after it. Results: HAM-D scores fell significantly at 4 hours (p = 0.002). "
        "There was no control group, which limits causal inference.",
        4.0,
    ),
    "without_a_comparator": (
        "Methods: We treated 25 patients with eight intranasal ketamine sessions. Anhedonia was rated on the SHAPS "
        "before and one day after each session. Results: Anhedonia decreased markedly over the course (p<0.001). "
        "This reduction was significant one day after the first session (p=0.01). The study was run without a "
        "placebo or sham condition.",
        24.0,
    ),
}
# ... while a comparator the study has still makes it controlled (a significant within-group change at one visit is
# then no onset), and a sentence that names nothing psychiatric and points back at nothing stays without one.
PRESENT_COMPARATOR = {
    "placebo_arm_given": (
        "Methods: Forty patients were assigned to ketamine or a placebo arm; MADRS was rated before and 24 h after "
        "each infusion. Results: The effect was significant 24 h after the first infusion in the ketamine group "
        "(p<0.01). Lack of blinding was a limitation.",
    ),
    "biomarker_not_pointed_back": (
        "Methods: Thirty patients received one ketamine infusion; serum BDNF was measured before and 2 hours after. "
        "Results: Serum BDNF rose at 2 hours. Interleukin-6 levels were significantly reduced at 2 hours "
        "(p = 0.01). Limitations: no placebo group.",
    ),
}


@pytest.mark.parametrize("name", sorted(ABSENT_COMPARATOR))
def test_a_comparator_named_only_as_missing_leaves_a_single_group_study(name: str) -> None:
    text, hours = ABSENT_COMPARATOR[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(PRESENT_COMPARATOR))
def test_a_comparator_the_study_has_or_a_non_psychiatric_measure_gives_no_onset(name: str) -> None:
    (text,) = PRESENT_COMPARATOR[name]
    assert onsets(text) == []


# 'At each time point' counts from the time the sentence opens its span with, not from the first rating the methods
# schedule; with no stated start it still counts from that first rating.
SPAN_START = {
    "from_minute_to_day": (
        "Methods: Eighteen patients received one ketamine infusion and were rated at 30, 60 and 120 minutes and on "
        "days 1, 3 and 7. Results: MADRS scores were significantly reduced from minute 60 to day 3 at every time "
        "point.",
        1.0,
    ),
    "beginning_on_day": (
        "Methods: Twenty patients received six ketamine infusions; HAM-D was rated 4 hours after the first and on "
        "days 2, 5, 9 and 12. Results: HAM-D scores fell significantly at all time points, beginning on day 2 "
        "(p < 0.01).",
        48.0,
    ),
    "starting_at_hours": (
        "Methods: Sixteen patients were given intranasal ketamine and rated at 40 minutes, 2 hours, 4 hours and 24 "
        "hours. Results: Depression ratings improved significantly at each assessment, starting at 2 hours.",
        2.0,
    ),
}
SCHEDULE_START = {
    "no_stated_start": (
        "Methods: Eighteen patients received one ketamine infusion and were rated at 40 minutes, 2 hours, 1 day and 3 "
        "days. Results: MADRS scores were significantly reduced at each time point (p < 0.01).",
        0.67,
    ),
}


@pytest.mark.parametrize("name", sorted(SPAN_START))
def test_each_time_point_counts_from_the_span_the_sentence_opens(name: str) -> None:
    text, hours = SPAN_START[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(SCHEDULE_START))
def test_each_time_point_with_no_stated_start_counts_from_the_first_rating(name: str) -> None:
    text, hours = SCHEDULE_START[name]
    assert onsets(text) == [hours]
