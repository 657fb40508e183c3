"""Response, remission and onset findings (issue 21): general kinds of sentences, each a paraphrase written by the
team (none copied from a blind abstract), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.text import split_sentences

OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RCT = "Methods: Sixty patients with TRD were randomized to intravenous ketamine or placebo. Results: "

Row = tuple[str, float, float | None, str | None]


def _rates(text: str) -> list[Row]:
    out = extract_abstract(text)
    return sorted(
        (f["kind"], f["value"], f["timepoint_hours"], f["arm"])
        for f in out["findings"]
        if f["kind"] in ("response_rate", "remission_rate")
    )


# --- "a v. b": an abbreviation of versus does not end the sentence ---

@pytest.mark.parametrize(
    "text",
    [
        "At day 7 more patients responded with ketamine than with placebo (60% v. 25%, p = 0.01).",
        "Remission rates at week 2 were 40.5% v. 12.0% in the two arms.",
        "Ketamine v. placebo: response 50% v. 10%.",
    ],
)
def test_v_dot_between_two_values_is_not_a_sentence_end(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    ["Patients were treated in Kyiv. Then 30% responded.", "Ketamine was compared v. placebo. Then 30% responded."],
)
def test_a_sentence_ending_in_a_word_still_ends(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RCT + "By week 4, more ketamine-treated than placebo-treated patients responded (70.0% v. 40.0%, p = 0.03) "
         "and remitted (50.0% v. 10.0%, p = 0.002).",
         [("remission_rate", 10.0, 672.0, "placebo"), ("remission_rate", 50.0, 672.0, "ketamine"),
          ("response_rate", 40.0, 672.0, "placebo"), ("response_rate", 70.0, 672.0, "ketamine")]),
        (RCT + "At day 3 remission was reached by 35% v. 15% of patients given ketamine and placebo, respectively.",
         [("remission_rate", 15.0, 72.0, "placebo"), ("remission_rate", 35.0, 72.0, "ketamine")]),
    ],
)
def test_each_verb_names_the_values_in_its_own_brackets(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a number that opens its own clause is described by its own verb ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "62.5% of patients responded to the treatment, 40.0% experienced mild headache, and 7.5% dropped out.",
         [("response_rate", 62.5, None, "ketamine")]),
        (OPEN + "Half of the sample remitted (50%), 35% reported transient dissociation, and 10% withdrew consent.",
         [("remission_rate", 50.0, None, "ketamine")]),
        (OPEN + "Response occurred in 45% of participants; 20% of participants needed a dose reduction.",
         [("response_rate", 45.0, None, "ketamine")]),
    ],
)
def test_a_clause_with_its_own_verb_is_not_a_rate_of_the_clause_before(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: numbers that share the clause's measure must keep it
        (OPEN + "Response rates were 55%, 48% and 30% at day 1, day 7 and day 28, respectively.",
         [("response_rate", 30.0, 672.0, "ketamine"), ("response_rate", 48.0, 168.0, "ketamine"),
          ("response_rate", 55.0, 24.0, "ketamine")]),
        (OPEN + "At week 2, 45% responded, 20% remitted.",
         [("remission_rate", 20.0, 336.0, "ketamine"), ("response_rate", 45.0, 336.0, "ketamine")]),
    ],
)
def test_values_of_one_measure_keep_their_kind(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a rate over a window from the start takes its end (curated and, since 2026-12-07, blind labels) ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "Within 8 weeks of the first infusion, a 45% response rate was observed.", 1344.0),
        (OPEN + "Response was reached by 45% of patients within the first 4 weeks of treatment.", 672.0),
        (OPEN + "Within 30 days from treatment start, 45% of participants had responded.", 720.0),
    ],
)
def test_a_rate_within_a_window_takes_its_end(text: str, hours: float) -> None:
    assert _rates(text) == [("response_rate", 45.0, hours, "ketamine")]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "At week 8, 45% of patients had responded.", 1344.0),
        # a bare "within" names the time the response was reached by (the curated convention)
        (OPEN + "In all, 45% of patients responded within 24 hours.", 24.0),
        (OPEN + "Response was reached by 45% of patients 4 weeks after the first infusion.", 672.0),
        # a window elsewhere in the sentence does not remove the rate's own time
        (OPEN + "At day 7, 45% of patients had responded, and most side effects resolved within 2 hours.", 168.0),
    ],
)
def test_a_rate_at_a_named_time_keeps_it(text: str, hours: float) -> None:
    assert _rates(text) == [("response_rate", 45.0, hours, "ketamine")]


# --- a share of people with a significant improvement of depression, no threshold stated ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "After four infusions, 38.5% of patients showed a significant reduction in MADRS scores.",
        OPEN + "Overall, 38.5% of participants had a statistically significant improvement in depressive symptoms.",
        OPEN + "At discharge 38.5% of the treated patients experienced a significant decline in PHQ-9 scores.",
    ],
)
def test_a_share_with_a_significant_depression_improvement_is_a_response_rate(text: str) -> None:
    assert [(k, v) for k, v, _, _ in _rates(text)] == [("response_rate", 38.5)]


@pytest.mark.parametrize(
    "text",
    [
        # another outcome, a change of the score itself, and a clinical criterion of its own are not
        OPEN + "Overall, 38.5% of patients showed a significant reduction in GAD-7 anxiety scores.",
        OPEN + "MADRS scores showed a significant reduction of 38.5% from baseline.",
        OPEN + "A significant reduction in MADRS scores (38.5%) was seen at day 7.",
        OPEN + "Overall, 38.5% of patients showed a clinically significant improvement.",
    ],
)
def test_other_significant_changes_are_not_response_rates(text: str) -> None:
    assert _rates(text) == []


# --- onset in a single-arm study: relief reported within a stated time ---

SINGLE = "Methods: Ten outpatients with TRD received open-label subcutaneous ketamine. Results: "
CONTROLLED = "Methods: Forty outpatients with TRD were randomized to ketamine or midazolam. Results: "


def _onset(text: str) -> list[float]:
    return [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (SINGLE + "Within 2 h of the injection, participants reported reduced depressive symptoms.", 2.0),
        (SINGLE + "As early as day 3, patients noted an improvement in mood that lasted one week.", 72.0),
        (SINGLE + "Depressive symptoms improved within 4 hours of dosing and stayed low for a week.", 4.0),
    ],
)
def test_relief_within_a_time_is_the_onset_of_a_single_arm_study(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # in a controlled study the same words do not say the drug separated from its comparator
        CONTROLLED + "Within 2 h of the injection, participants reported reduced depressive symptoms.",
        # a time with no speed word is when it was measured, not where it began
        SINGLE + "At week 6, patients reported reduced depressive symptoms.",
        # an adverse effect's time course
        SINGLE + "Within 2 h of the injection, participants reported reduced dizziness.",
    ],
)
def test_relief_words_without_their_conditions_give_no_onset(text: str) -> None:
    assert _onset(text) == []


# --- onset as the first separation of the arms ---

RATED = (
    "Methods: Sixty adults with TRD were randomized to intravenous ketamine or saline placebo. Depression was rated at "
    "2, 4, 24 and 72 hours. Results: "
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RATED + "The first significant difference between the ketamine and placebo groups was at 4 hours (p = 0.03).",
         4.0),
        (RATED + "Groups did not differ significantly at 2 hours; ketamine was superior to placebo at 24 hours.", 24.0),
        (RATED + "There was no significant difference between arms at 2 or 4 hours, whereas significant separation "
         "was seen at 24 hours.", 24.0),
    ],
)
def test_the_first_separation_of_the_arms_is_the_onset(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        RATED + "There was no significant difference between the groups at any time point.",
        # one later time with no speed word: when it was measured, not where it began
        RATED + "The difference between groups was significant at 72 hours.",
    ],
)
def test_a_comparison_without_a_first_separation_gives_no_onset(text: str) -> None:
    assert _onset(text) == []


# --- the measure named right before a bracket of values ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RCT + "At day 7 response (ketamine 52% vs placebo 12%, p < 0.01) and remission (30% vs 4%) favoured ketamine.",
         [("remission_rate", 4.0, 168.0, "placebo"), ("remission_rate", 30.0, 168.0, "ketamine"),
          ("response_rate", 12.0, 168.0, "placebo"), ("response_rate", 52.0, 168.0, "ketamine")]),
        (RCT + "At week 1, patients given ketamine were more likely than those given placebo to have remitted (33% vs "
         "8%), and to have responded.",
         [("remission_rate", 8.0, 168.0, "placebo"), ("remission_rate", 33.0, 168.0, "ketamine")]),
    ],
)
def test_values_in_brackets_take_the_measure_named_before_the_bracket(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


def test_a_bracket_after_a_non_response_word_is_no_rate() -> None:
    text = OPEN + "At day 7 there were 14 responders (35%) and 26 non-responders (65%)."
    assert _rates(text) == [("response_rate", 35.0, 168.0, "ketamine")]


# --- a time named for the next measure is not this rate's ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "The 24-hour response rate was 48% and the 7-day response rate was 30%.",
         [("response_rate", 30.0, 168.0, "ketamine"), ("response_rate", 48.0, 24.0, "ketamine")]),
        (OPEN + "The day-1 remission rate was 20%, while the week-2 remission rate reached 35%.",
         [("remission_rate", 20.0, 24.0, "ketamine"), ("remission_rate", 35.0, 336.0, "ketamine")]),
        # a time right after the value is still its own
        (OPEN + "Response was 48% at 24 hours and remission was 20% at day 7.",
         [("remission_rate", 20.0, 168.0, "ketamine"), ("response_rate", 48.0, 24.0, "ketamine")]),
    ],
)
def test_each_rate_keeps_its_own_time(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a share that met a criterion the sentence writes out ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At 24 h, 48% had a ≥50% reduction in MADRS, and 22% had a MADRS score ≤10.",
         [("remission_rate", 22.0, 24.0, "ketamine"), ("response_rate", 48.0, 24.0, "ketamine")]),
        (OPEN + "By day 7, 40% of patients achieved a MADRS score of 10 or less, and 55% achieved a reduction of at "
         "least 50%.",
         [("remission_rate", 40.0, 168.0, "ketamine"), ("response_rate", 55.0, 168.0, "ketamine")]),
    ],
)
def test_a_share_meeting_a_written_criterion_is_that_measure(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


def test_a_share_with_a_trait_is_not_a_criterion() -> None:
    assert _rates(OPEN + "At baseline, 48% had a MADRS score above 35, and 22% had prior ECT.") == []


# --- a share of the responders is not a rate of the arm ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Response was maintained in 80% of responders at week 4.",
        OPEN + "At day 28, remission persisted in 60% of the initial remitters.",
        OPEN + "Among the 20 responders, relapse was seen in 45% of responders by week 6.",
    ],
)
def test_a_share_of_responders_is_not_an_arm_rate(text: str) -> None:
    assert _rates(text) == []


# --- a measure named after a later number that opens its own clause is that number's -------------------------------

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Suicidal ideation resolved in 55% of patients at 24 h, and 35% met depression response criteria.",
        OPEN + "Anxiety eased in 55% of the sample at 24 h; 35% of patients achieved response.",
        OPEN + "At 24 h sleep improved for 55% of patients, while 35% responded.",
    ],
)
def test_a_later_clause_measure_does_not_name_an_earlier_number(text: str) -> None:
    assert _rates(text) == [("response_rate", 35.0, 24.0, "ketamine")]


def test_a_shared_predicate_still_names_every_number() -> None:
    text = RCT + "At 24 h, 45% of ketamine and 10% of placebo patients met response criteria."
    assert _rates(text) == [("response_rate", 10.0, 24.0, "placebo"), ("response_rate", 45.0, 24.0, "ketamine")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At day 7, sleep quality improved in 55% of patients.", []),
        (OPEN + "At day 7, pain scores improved in 55% of participants.", []),
        (OPEN + "At day 7, 55% of patients improved.", [("response_rate", 55.0, 168.0, "ketamine")]),
    ],
)
def test_an_improved_share_is_a_response_only_for_depression(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- onset words: 'appeared within', 'first observed' difference, 'rapidly ..., with significant effects at' ---------

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RATED + "The antidepressant effect of ketamine appeared within 2 hours and lasted three days.", 2.0),
        (RATED + "Compared with placebo, a significant difference was first observed at 4 hours.", 4.0),
        (RATED + "Ketamine rapidly lowered suicidal ideation, with significant effects 24 hours after dosing.", 24.0),
    ],
)
def test_more_ways_to_say_where_the_effect_began(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        RATED + "Depression improved in both arms at 72 hours, with no significant difference between them.",
        RATED + "A rapid, yet transient, effect was found, with odds ratios of 2.1 at 72 hours.",
    ],
)
def test_effects_without_a_start_give_no_onset(text: str) -> None:
    assert _onset(text) == []


# --- arms: a clause that opens with its arm; a list after 'versus' mirrors the measures before it -----------------

FOUR = [("remission_rate", 5.0, 168.0, "placebo"), ("remission_rate", 20.0, 168.0, "ketamine"),
        ("response_rate", 10.0, 168.0, "placebo"), ("response_rate", 45.0, 168.0, "ketamine")]


@pytest.mark.parametrize(
    "text",
    [
        RCT + "Ketamine: response 45%, remission 20%; placebo: response 10%, remission 5% (day 7).",
        RCT + "In the ketamine group, response was 45% and remission 20% at day 7; in the placebo group, response "
        "was 10% and remission 5%.",
        RCT + "At day 7, 45% of ketamine patients responded and 20% remitted, versus 10% and 5% of placebo patients.",
        RCT + "At day 7, 45% of patients given ketamine met response criteria and 20% remitted, compared with 10% and "
        "5% of those given placebo.",
    ],
)
def test_each_arm_keeps_its_own_response_and_remission(text: str) -> None:
    assert _rates(text) == FOUR


def test_a_comparator_named_first_is_not_the_header_of_the_rate() -> None:
    text = RCT + "Compared with placebo, 45% of patients responded to ketamine at day 7."
    assert _rates(text) == [("response_rate", 45.0, 168.0, "ketamine")]


# --- a share of the responders or remitters named just before ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "After 4 weeks, 45.5% were responders, of whom 60% remained well at 3 months.",
         [("response_rate", 45.5, 672.0, "ketamine")]),
        (OPEN + "Among responders, 50% remitted at week 4.", []),
        (OPEN + "At day 7 there were 16 remitters (40%); among these, 75% were still in remission at day 28.",
         [("remission_rate", 40.0, 168.0, "ketamine")]),
        # the whole sample named before 'of whom' keeps the rate
        (OPEN + "Forty patients were treated, of whom 45% responded at day 7.", [("response_rate", 45.0, 168.0,
                                                                                 "ketamine")]),
    ],
)
def test_a_share_of_the_responders_is_not_a_rate_of_the_arm(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a count and its percent are one rate; a bracket's numbers belong to the arm before it ----------------------------

@pytest.mark.parametrize(
    "text",
    [
        RCT + "More ketamine-treated patients responded (12/20, 60%) than placebo-treated patients (4/20, 20%) at 24 "
        "hours.",
        RCT + "At 24 hours the ketamine group (12/20; 60%) had more responders than the placebo group (4/20; 20%).",
        RCT + "At 24 hours, response occurred in 12 of 20 ketamine patients (60%) and 4 of 20 placebo patients (20%).",
    ],
)
def test_a_count_and_its_percent_are_one_rate_of_the_arm_before_the_bracket(text: str) -> None:
    assert _rates(text) == [("response_rate", 20.0, 24.0, "placebo"), ("response_rate", 60.0, 24.0, "ketamine")]


def test_a_bracket_after_a_list_keeps_the_arms_named_after_it() -> None:
    text = RCT + ("Remission at day 7 was achieved by n = 12 (60%) in the ketamine arm and n = 4 (20%) in the placebo "
                  "arm.")
    assert _rates(text) == [("remission_rate", 20.0, 168.0, "placebo"), ("remission_rate", 60.0, 168.0, "ketamine")]


@pytest.mark.parametrize(
    "text",
    [
        SINGLE + "Participants reported reduced anxiety within 2 hours, but depressive symptoms did not change.",
        RATED + "Anxiety fell significantly within 2 hours, whereas depression scores did not differ from placebo.",
    ],
)
def test_another_outcome_is_no_onset_when_depression_did_not_improve(text: str) -> None:
    assert _onset(text) == []


# --- typed rate records (issue 22) ------------------------------------------------------------------------------------

def test_rate_records_are_typed_and_write_the_same_mappings() -> None:
    from evidence.extract.efficacy import rate_findings, rate_records, scale_changes, scale_records
    from evidence.extract.raterecords import RateRecord, ScaleChangeRecord

    sentences = split_sentences(
        RCT + "Response (>=50% MADRS reduction) at day 7 was 45% with ketamine and 10% with placebo. Mean change in "
        "MADRS at day 7 was -12.5 for ketamine and -4.0 for placebo."
    )
    records = rate_records(sentences, "placebo")
    assert records and all(isinstance(r, RateRecord) for r in records)
    assert [(r.kind, r.value, r.arm, r.timepoint_hours) for r in records] == [
        ("response_rate", 45.0, "ketamine", 168.0), ("response_rate", 10.0, "placebo", 168.0)]
    assert rate_findings(sentences, "placebo") == [r.to_dict() for r in records]
    scales = scale_records(sentences)
    assert scales and all(isinstance(r, ScaleChangeRecord) for r in scales)
    assert [(r.arm, r.value) for r in scales] == [("ketamine", -12.5), ("placebo", -4.0)]
    assert scale_changes(sentences) == [r.to_dict() for r in scales]


@pytest.mark.parametrize(
    "text",
    [
        RCT + "At 24 h, responders: ketamine 9 (45%), placebo 2 (10%).",
        RCT + "Responders at 24 h were ketamine n = 9 (45%) and placebo n = 2 (10%).",
        RCT + "At 24 h the number of responders was ketamine 9 (45%) versus placebo 2 (10%).",
    ],
)
def test_an_arm_with_its_count_and_percent_keeps_its_own_rate(text: str) -> None:
    assert _rates(text) == [("response_rate", 10.0, 24.0, "placebo"), ("response_rate", 45.0, 24.0, "ketamine")]


@pytest.mark.parametrize(
    "text",
    [
        RCT + "Onset of clinical response by day 2 that was maintained to day 28 occurred in 8% vs 5% of patients.",
        RCT + "An onset of response within 24 hours, sustained through day 7, was seen in 20% and 6%.",
    ],
)
def test_a_share_with_an_early_lasting_response_is_not_a_response_rate(text: str) -> None:
    assert _rates(text) == []
