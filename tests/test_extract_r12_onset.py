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
