"""Adverse events of fresh text (eleventh session, round B): kinds of sentence that gave a wrong, missing or off-topic
adverse event on the dev12 batch.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must not
change."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from evidence.extract.mentions import find_mentions
from tests.extract_support import ae_values


def _mention_terms(text: str) -> list[str]:
    return [str(m["term"]) for m in extract_abstract(text)["ae_mentions"]]  # type: ignore[union-attr]


# An unstructured opening about the drug in general (before any sentence about this study) names no event of the study,
# even when its heading is glued to the first word and so is not read as a heading.
FIELD_OPENINGS = {
    "glued_intro": (
        "IntroductionLow-dose ketamine is widely given to reduce opioid needs after surgery. Known side effects of "
        "ketamine include dizziness, nausea and hallucinations. MethodsWe reviewed 120 patients with depression who "
        "received ketamine infusions. ResultsDepression scores fell significantly after the infusions."
    ),
    "unheaded_opening": (
        "Ketamine is an anaesthetic with rapid antidepressant action. Its adverse effects include dissociation, "
        "headache and raised blood pressure. We treated 30 patients with treatment-resistant depression with six "
        "ketamine infusions. MADRS scores improved significantly (p < 0.001)."
    ),
    "commonly_reported": (
        "Esketamine nasal spray is approved for treatment-resistant depression. Vertigo and somnolence are commonly "
        "reported with esketamine. Methods: Forty adults with depression received esketamine twice weekly. Results: "
        "Depression improved significantly by week 4."
    ),
}
# ... while the study's own events, told after it has spoken of itself, stay mentions.
OWN_EVENTS = {
    "after_methods": (
        "IntroductionKetamine is widely given for pain. MethodsWe treated 30 patients with depression with ketamine "
        "infusions. ResultsDizziness and nausea occurred during the infusions but resolved within an hour.",
        {"dizziness", "nausea"},
    ),
    "unheaded_results": (
        "Ketamine has rapid antidepressant effects. We gave 20 patients with depression four ketamine infusions. "
        "Headache was reported after the second infusion.",
        {"headache"},
    ),
    "structured": (
        "Background: Ketamine is a rapid antidepressant. Methods: Patients with depression received ketamine. "
        "Results: Transient dissociation was observed in several patients.",
        {"dissociation"},
    ),
}


@pytest.mark.parametrize("name", sorted(FIELD_OPENINGS))
def test_an_opening_about_the_drug_names_no_event_of_the_study(name: str) -> None:
    assert _mention_terms(FIELD_OPENINGS[name]) == []


@pytest.mark.parametrize("name", sorted(OWN_EVENTS))
def test_the_studys_own_events_stay_mentions(name: str) -> None:
    text, terms = OWN_EVENTS[name]
    assert terms <= set(_mention_terms(text))


_TRIAL = (
    "Methods: Sixty patients with treatment-resistant depression were randomized to ketamine or midazolam infusions. "
    "Results: "
)
# A share of the events themselves (their denominator is events, or it qualifies most or all of them) is no rate of
# patients: no adverse-event finding.
EVENT_SHARES = {
    "count_of_events": "Headache accounted for five [25%] of 20 adverse events in the ketamine group.",
    "percent_of_reported_aes": "Overall, 40% of the 55 reported AEs were judged related to ketamine.",
    "most_aes_bracket": "Most adverse events (91%) were mild and resolved on the day of infusion.",
    "majority_teaes": "The majority of TEAEs (85%) were transient.",
    "of_which_events": "Dizziness was frequent with ketamine, of which 93% of events were mild.",
}
# ... while shares of people, also next to the same words, stay rates.
PEOPLE_SHARES = {
    "of_patients": ("Adverse events occurred in 12 (40%) of 30 patients given ketamine.", [40.0]),
    "most_common_event": ("Dizziness was the most common adverse event (35%).", [35.0]),
    "all_events_word_later": ("Nausea was reported by 20% of patients; all events were mild.", [20.0]),
}


@pytest.mark.parametrize("name", sorted(EVENT_SHARES))
def test_a_share_of_the_events_is_no_rate_of_patients(name: str) -> None:
    assert ae_values(_TRIAL + EVENT_SHARES[name]) == []


@pytest.mark.parametrize("name", sorted(PEOPLE_SHARES))
def test_a_share_of_people_stays_a_rate(name: str) -> None:
    sentence, values = PEOPLE_SHARES[name]
    assert ae_values(_TRIAL + sentence) == values


_PAIR_TRIAL = "Methods: Seventy patients with depression were randomized to ketamine or saline. Results: "
# Two proportions told as 'x (y%) of N <arm> patients' share one predicate: each takes the arm of the people it is
# out of (named after it), and the group size N is never a count of events.
OUT_OF_PAIRS = {
    "compared_with": (
        "12 (40%) of 30 ketamine-treated patients compared with 5 (17%) of 30 patients receiving saline experienced "
        "at least one adverse event.",
        [17.0, 40.0],
    ),
    "word_counts_and": (
        "Nine (30%) of 30 patients given ketamine and three (10%) of 30 given saline reported headache.",
        [10.0, 30.0],
    ),
    "versus": (
        "8 (25%) of 32 patients in the ketamine group versus 2 (6%) of 33 in the saline group developed nausea.",
        [6.0, 25.0],
    ),
}
# ... and the forms that already worked stay as they were.
SHARED_KEPT = {
    "arm_before": ("Seven ketamine patients (23%) and two placebo patients (7%) reported dizziness.", [7.0, 23.0]),
    "counts_per_arm": (
        "Three subjects receiving ketamine and one receiving saline developed hypertension.", [1.0, 3.0]
    ),
    "one_arm_out_of": ("Nausea occurred in 9 (30%) of 30 patients given ketamine.", [30.0]),
}


@pytest.mark.parametrize("name", sorted(OUT_OF_PAIRS))
def test_out_of_pairs_share_their_predicate(name: str) -> None:
    sentence, values = OUT_OF_PAIRS[name]
    assert ae_values(_PAIR_TRIAL + sentence) == values


@pytest.mark.parametrize("name", sorted(SHARED_KEPT))
def test_shared_predicates_that_worked_stay(name: str) -> None:
    sentence, values = SHARED_KEPT[name]
    assert ae_values(_PAIR_TRIAL + sentence) == values


_SAFETY = (
    "Methods: Pooled safety data of esketamine nasal spray from four double-blind trials and one open-label study "
    "in 1,500 adults with treatment-resistant depression. Results: "
)
# A rate over the whole programme, then the same event's rates in a part of it, told in a bracket ("in the
# double-blind trials: 5.1% vs. 1.2%"): the part's rates count the same event, one per arm.
PHASE_BRACKETS = {
    "db_trials_colon": (
        "Nausea was reported in 9.0% of all esketamine-treated patients (in DB trials: 8.1% vs. 2.2%; OR 3.1 "
        "[1.4, 6.8]).",
        [2.2, 8.1, 9.0],
    ),
    "double_blind_phase": (
        "Vomiting occurred in 6.5% of all treated patients (double-blind phase: 5.0% vs. 1.1%).",
        [1.1, 5.0, 6.5],
    ),
    "pooled_studies": (
        "Dizziness was reported in 20.4% overall (in the pooled double-blind studies: 19.0% vs. 4.8%).",
        [4.8, 19.0, 20.4],
    ),
}
# ... but a bracket that names another quantity stays apart, and the bounds of an odds ratio's interval are no rates
# even in a sentence that speaks of a (heart) rate.
PHASE_KEPT = {
    "other_quantity": (
        "Nausea was reported in 9.0% of patients (response 8.1% vs. 2.2%).",
        [9.0],
    ),
    "or_interval_decimal": (
        "AEs of raised heart rate were reported in 3.0% of all treated patients (OR 1.9 [0.5, 8.6]).",
        [3.0],
    ),
}


@pytest.mark.parametrize("name", sorted(PHASE_BRACKETS))
def test_a_part_of_the_programme_counts_the_same_event(name: str) -> None:
    sentence, values = PHASE_BRACKETS[name]
    assert ae_values(_SAFETY + sentence) == values


@pytest.mark.parametrize("name", sorted(PHASE_KEPT))
def test_other_brackets_stay_apart(name: str) -> None:
    sentence, values = PHASE_KEPT[name]
    assert ae_values(_SAFETY + sentence) == values


_COHORT = "Methods: We followed 50 patients with treatment-resistant depression given six ketamine infusions. Results: "
# A verb of experiencing that takes another object first ("reported more than one sleep pattern, with insomnia ..."):
# the number counts that object, not the AE word after it.
OTHER_OBJECTS = {
    "sleep_pattern_with": "Overall, 58% reported more than one sleep pattern, with early insomnia the most frequent.",
    "stressor_comma_with": "In all, 44% had two or more life stressors, with anxiety the most common.",
    "complaints_which": "At entry, 70% reported several somatic complaints which included fatigue.",
}
# ... while the verb's own AE object, even with words before it, is still counted.
OWN_OBJECTS = {
    "had_episode_of": ("During treatment, 12% had at least one episode of nausea.", [12.0]),
    "experienced_mild": ("After the infusions, 30% experienced mild transient dissociation.", [30.0]),
    "reported_with_second": ("After infusion, 20% reported headache with nausea.", [20.0]),
}


@pytest.mark.parametrize("name", sorted(OTHER_OBJECTS))
def test_a_verb_with_another_object_counts_no_ae(name: str) -> None:
    assert ae_values(_COHORT + OTHER_OBJECTS[name]) == []


@pytest.mark.parametrize("name", sorted(OWN_OBJECTS))
def test_a_verbs_own_ae_object_is_counted(name: str) -> None:
    sentence, values = OWN_OBJECTS[name]
    assert ae_values(_COHORT + sentence) == values


# Named effects of the ketamine family that the AE words lacked: their rates are adverse events.
NAMED_EFFECTS = {
    "illusion_list": ("Visual illusions (6.2%) and dizziness (12.5%) were more frequent with ketamine.", [6.2, 12.5]),
    "nystagmus": ("Nystagmus occurred in 4 (10%) of 40 patients given ketamine.", [10.0]),
    "palpitations": ("Palpitations were reported by 7% of patients after ketamine.", [7.0]),
}


@pytest.mark.parametrize("name", sorted(NAMED_EFFECTS))
def test_named_effects_are_adverse_events(name: str) -> None:
    sentence, values = NAMED_EFFECTS[name]
    assert ae_values(_TRIAL + sentence) == values


def test_a_named_effect_without_a_number_is_a_mention() -> None:
    assert "numbness" in _mention_terms(_TRIAL + "Transient numbness and dizziness followed the infusions.")


# Shares of people whose words also name events: 'of <people> <verb> AEs' and 'Most <people> <verb> AEs (x%)'.
PEOPLE_BEFORE_EVENTS = {
    "of_participants_reported": ("In the ketamine group, 30% of participants reported side effects.", [30.0]),
    "of_adults_had": ("In total, 25% of ketamine-treated adults had TEAEs.", [25.0]),
    "most_patients_bracket": ("Most patients experienced adverse events (80%), mostly mild.", [80.0]),
}


@pytest.mark.parametrize("name", sorted(PEOPLE_BEFORE_EVENTS))
def test_people_before_the_events_word_keep_their_rate(name: str) -> None:
    sentence, values = PEOPLE_BEFORE_EVENTS[name]
    assert ae_values(_TRIAL + sentence) == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The heart rate rose; OR 1.9 [0.5, 8.6].", []),
        ("The rate of headache was lower, HR 0.81 (0.62, 0.95).", []),
        ("The response rate was 9 (0.45) with ketamine.", [45.0]),
    ],
)
def test_decimals_in_an_estimates_interval_are_no_proportions(sentence: str, values: list[float]) -> None:
    assert [m.value for m in find_mentions(sentence) if m.valid] == values
