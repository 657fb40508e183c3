"""Ninth session, round 2 (issue 21): onset and the times of rates, general mechanisms, each case a paraphrase the
team wrote (none copied from a labelled abstract):

- a unit's abbreviation in brackets between the unit and its numbers ("postoperative days (PODs) 1, 3 and 5") is
  still a list of times;
- a rate takes its time from its own clause: a time in a later clause that counts other people ("of these
  responders, 12 kept their response at week 4") is not the earlier rate's.
"""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.lexicon import find_timepoints
from evidence.extract.onset_names import scale_names

# --- a bracketed abbreviation between a unit and its numbers -----------------------------------------------------

BRACKETED_UNIT_CASES = [
    ("Scores were lower on postoperative days (PODs) 1, 3, and 7.", [24.0, 72.0, 168.0]),
    ("Ratings were taken on study days (SDs) 2 and 4.", [48.0, 96.0]),
    ("Anxiety was lower at postoperative day (POD) 5 than with saline.", [120.0]),
    ("Symptoms were assessed at weeks (W) 2 and 6.", [336.0, 1008.0]),
    ("on postoperative day (POD) 2 (the primary end point), and on POD 4", [48.0, 96.0]),
    # not a unit's abbreviation: a weekday or a long word in brackets, a range in brackets
    ("Patients were seen on a day (Monday) 3 weeks later.", [504.0]),
    ("Ratings over the days (range 2-5) 3 times each.", []),
]


@pytest.mark.parametrize(("text", "hours"), BRACKETED_UNIT_CASES)
def test_a_bracketed_abbreviation_between_unit_and_numbers_keeps_the_times(text: str, hours: list[float]) -> None:
    assert sorted(t.hours for t in find_timepoints(text)) == hours


PERIOP_RCT = (
    "Methods: A total of 120 adults scheduled for surgery were randomized to intravenous esketamine or saline "
    "placebo at induction of anaesthesia. Depressive symptoms were rated with the HAMD-17 before surgery and "
    "after it. Results: "
)

BRACKETED_ONSET_CASES = [
    (PERIOP_RCT + "HAMD-17 scores in the esketamine group were lower than those in the placebo group on "
     "postoperative days (PODs) 1, 3, and 7 (p < 0.05).", 24.0),
    (PERIOP_RCT + "Compared with placebo, PHQ-9 scores were significantly lower on postoperative days (PODs) 2 and 5.",
     48.0),
    (PERIOP_RCT + "Depression scores were significantly lower with esketamine than with saline at postoperative "
     "days (POD) 3 and 7.", 72.0),
    (PERIOP_RCT + "The esketamine group had significantly lower HAMD-17 scores than the placebo group on study days "
     "(SDs) 1 and 2.", 24.0),
]


@pytest.mark.parametrize(("text", "hours"), BRACKETED_ONSET_CASES)
def test_an_onset_is_read_from_a_bracketed_list_of_days(text: str, hours: float) -> None:
    onsets = [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]
    assert [f["value"] for f in onsets] == [hours]


def test_a_non_significant_bracketed_list_gives_no_onset() -> None:
    text = PERIOP_RCT + "HAMD-17 scores did not differ between the groups on postoperative days (PODs) 1, 3 and 7."
    assert [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == []


# --- a rate takes its time from its own clause, not from a later clause that counts a subset --------------------

OPEN_TRD = "Methods: Forty adults with resistant depression received open-label intravenous ketamine. Results: "

SUBSET_CLAUSE_CASES = [
    # the later clause counts a subset of the responders at its own time: the rate has no time of its own
    (OPEN_TRD + "Of the 40 patients, 22 (55%) responded; of these responders, 12 maintained response at week 4.",
     ("response_rate", 55.0, None)),
    (OPEN_TRD + "Twenty-two patients (55%) met response criteria after the last infusion, and 10 (45%) of them "
     "were still responders at week 4.", ("response_rate", 55.0, None)),
    (OPEN_TRD + "Eight patients (20%) remitted; among the remitters, 5 stayed well at month 3.",
     ("remission_rate", 20.0, None)),
    (OPEN_TRD + "A total of 18 (45%) achieved a response, 9 of whom kept it at day 28.", ("response_rate", 45.0, None)),
    # negatives: a time that the coordinated rates share, or a time in the rate's own clause, stays the rate's
    (OPEN_TRD + "Nineteen (48%) met criteria for response and 12 (30%) for remission, on day 3 after the infusion.",
     ("response_rate", 48.0, 72.0)),
    (OPEN_TRD + "At week 4, 22 (55%) responded; of these responders, 12 relapsed later.",
     ("response_rate", 55.0, 672.0)),
    (OPEN_TRD + "Twenty-two (55%) responded by day 14; of these, 12 maintained response at week 4.",
     ("response_rate", 55.0, 336.0)),
]


@pytest.mark.parametrize(("text", "expected"), SUBSET_CLAUSE_CASES)
def test_a_rate_takes_its_time_from_its_own_clause(text: str, expected: tuple[str, float, float | None]) -> None:
    kind, value, hours = expected
    rows = [f for f in extract_abstract(text)["findings"] if f["kind"] == kind and f["value"] == value]
    assert [f["timepoint_hours"] for f in rows] == [hours]


# --- a scale abbreviation the abstract defines is read as its long form ------------------------------------------

SCALE_NAME_CASES = [
    ("Methods: Sixty patients were randomized to intravenous ketamine or saline. Mood was rated with the Zung "
     "self-rating depression scale (ZSDS). Results: ZSDS scores were significantly lower with ketamine than with "
     "saline at 4 hours and at day 3.", [4.0]),
    ("Methods: Adults with depression were randomized to esketamine or placebo and rated with the Hamilton "
     "Depression Rating (HDRt). Results: The HDRt score was significantly lower than placebo within 2 hours.", [2.0]),
    ("Methods: In this randomized trial, ketamine was compared with midazolam; ideation was rated with the Beck "
     "Scale for Suicidal Ideation (BSI). Results: BSI scores fell significantly more with ketamine than with "
     "midazolam within 24 hours.", [24.0]),
    ("Methods: Forty inpatients were randomized to ketamine or saline and rated on the Depression Symptom "
     "Inventory (DSyI). Results: DSyI scores were significantly lower than with saline from day 2 onwards.", [48.0]),
]


@pytest.mark.parametrize(("text", "onsets"), SCALE_NAME_CASES)
def test_a_defined_scale_abbreviation_names_its_outcome(text: str, onsets: list[float]) -> None:
    assert [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == onsets


SCALE_NAME_NEGATIVES = [
    # a disease abbreviation is not a measure; a pain scale's abbreviation gives no onset
    "Methods: Patients with postoperative depression (PSD) were randomized to ketamine or saline. Results: PSD "
    "patients had significantly lower pain than with saline at 4 hours.",
    "Methods: Patients were randomized to ketamine or saline and pain was rated on the numeric pain scale (NPSc). "
    "Results: NPSc scores were significantly lower than with saline within 2 hours.",
]


@pytest.mark.parametrize("text", SCALE_NAME_NEGATIVES)
def test_a_defined_non_psychiatric_or_disease_abbreviation_gives_no_onset(text: str) -> None:
    assert [f for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == []


def test_scale_names_keeps_only_psychiatric_rating_scales() -> None:
    text = ("Treatment-resistant depression (TRD) was treated; the Hamilton Depression Rating (HDRt), the visual "
            "analogue scale (VAS) and the Beck Scale for Suicidal Ideation (BSI) were used.")
    assert scale_names(text) == {"HDRt": "Hamilton Depression Rating", "BSI": "Beck Scale for Suicidal Ideation"}


# --- a list of ordinals before a singular unit, and a list of postoperative days ---------------------------------

DAY_LIST_CASES = [
    ("Scores were rated on the 1st, 3rd and 7th day after surgery.", [24.0, 72.0, 168.0]),
    ("Mood was assessed at the first, third, and seventh postoperative day.", [24.0, 72.0, 168.0]),
    ("Ratings were lower on the second and fourth week of follow-up.", [336.0, 672.0]),
    ("HAMD scores were lower on PODs 1 and 3.", [24.0, 72.0]),
    ("Symptoms were assessed on POD 1, 2, and 5 by a blinded rater.", [24.0, 48.0, 120.0]),
    # not a list of days: a count after 'and', a dose, an ordinal of a dose
    ("Depression was screened on POD 3 and 12 patients screened positive.", [72.0]),
    ("The first and second infusion were given a week apart.", []),
]


@pytest.mark.parametrize(("text", "hours"), DAY_LIST_CASES)
def test_lists_of_days_give_every_day(text: str, hours: list[float]) -> None:
    assert sorted(t.hours for t in find_timepoints(text)) == hours


DAY_LIST_ONSET_CASES = [
    (PERIOP_RCT + "HAMD-17 scores were significantly lower in the esketamine group than in the placebo group on "
     "the 1st, 3rd and 7th day after surgery.", 24.0),
    (PERIOP_RCT + "Compared with saline, depression scores were significantly lower on PODs 2 and 5.", 48.0),
    (PERIOP_RCT + "HAMD-17 scores were significantly lower than with placebo at the second, third and seventh "
     "postoperative day.", 48.0),
    (PERIOP_RCT + "Depressive symptoms were significantly milder than with placebo on POD 1, 3 and 7 (P < 0.01).",
     24.0),
]


@pytest.mark.parametrize(("text", "hours"), DAY_LIST_ONSET_CASES)
def test_an_onset_is_the_first_day_of_a_list(text: str, hours: float) -> None:
    assert [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == [hours]


# --- a list of numbers in words or as adjectives before one unit -------------------------------------------------

NUMBER_LIST_CASES = [
    ("Patients were rated one, three and seven days after surgery.", [24.0, 72.0, 168.0]),
    ("Scores were lower at one and three days after the operation.", [24.0, 72.0]),
    ("Ratings at the 1-, 3- and 7-day follow-up favoured ketamine.", [24.0, 72.0, 168.0]),
    ("Depression was screened at 1-week and 1-month follow-ups.", [168.0, 730.0]),
    ("Symptoms were rated at two, four and six weeks postpartum.", [336.0, 672.0, 1008.0]),
    # not times: counts of people, a length of treatment, a number of a hundred
    ("Response was seen in one and three patients of each arm.", []),
    ("Patients were treated for one, two or three weeks.", []),
    ("The follow-up lasted one hundred and two days.", []),
]


@pytest.mark.parametrize(("text", "hours"), NUMBER_LIST_CASES)
def test_a_list_of_numbers_before_one_unit_gives_every_time(text: str, hours: list[float]) -> None:
    assert sorted(t.hours for t in find_timepoints(text)) == hours


NUMBER_LIST_ONSET_CASES = [
    (PERIOP_RCT + "HAMD-17 scores were significantly lower with esketamine than with placebo one, three and seven "
     "days after surgery.", 24.0),
    (PERIOP_RCT + "Compared with saline, HAMD-17 scores were significantly lower at the 1-, 3- and 7-day follow-up.",
     24.0),
    (PERIOP_RCT + "Depression scores differed significantly from placebo at two and five days after surgery.", 48.0),
    (PERIOP_RCT + "Esketamine was significantly superior to placebo on HAMD-17 at one, three and five days.", 24.0),
]


@pytest.mark.parametrize(("text", "hours"), NUMBER_LIST_ONSET_CASES)
def test_an_onset_is_the_first_number_of_a_list(text: str, hours: float) -> None:
    assert [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == [hours]


# --- a range of defined assessment codes ("at T1-T3") ------------------------------------------------------------

CODED_RCT = (
    "Objective: To observe the effect of esketamine on postpartum depression after cesarean delivery. Methods: A "
    "total of 160 parturients were randomly divided into an esketamine group (group E) and a control group (group C) "
    "receiving saline. The EPDS was assessed before surgery (T0) and at 3 d (T1), 7 d (T2) and 42 d (T3) after "
    "delivery. Results: "
)

CODE_RANGE_CASES = [
    (CODED_RCT + "Compared with group C, the EPDS scores of group E were significantly decreased at T1-T3 (P<0.05).",
     [72.0]),
    (CODED_RCT + "EPDS scores were significantly lower in group E than in group C at T2~T3.", [168.0]),
    (CODED_RCT + "Group E had significantly lower EPDS scores than group C at T2-T3 but not at T1.", [168.0]),
    (CODED_RCT + "Compared with saline, esketamine significantly reduced EPDS scores during T1-T2 (P<0.01).", [72.0]),
    (CODED_RCT + "The EPDS of group E was significantly lower than that of group C (T2-T3, all P<0.05).", [168.0]),
    (CODED_RCT + "Compared with saline, esketamine significantly reduced EPDS scores during T1–T2 (P<0.01).", [72.0]),
    (CODED_RCT + "From T1 to T3, EPDS scores were significantly lower in group E than in group C.", [72.0]),
    # a range of codes the abstract never defined gives no time
    (CODED_RCT + "EPDS scores were significantly lower in group E than in group C at T5-T6.", []),
]


@pytest.mark.parametrize(("text", "onsets"), CODE_RANGE_CASES)
def test_a_range_of_defined_codes_starts_at_the_first_code(text: str, onsets: list[float]) -> None:
    assert [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"] == onsets


# --- a later clause about a subset, and a rate's own clause timed in other words ---------------------------------

OWN_CLAUSE_CASES = [
    (OPEN_TRD + "The response rate was 40%, and 7 (23%) patients remitted; at one-month follow-up, 5 of the "
     "remitters were still well.", [("response_rate", 40.0, None), ("remission_rate", 23.0, None)]),
    (OPEN_TRD + "Response was 40% at 24 h after the first infusion; after the last infusion, 67% had responded.",
     [("response_rate", 40.0, 24.0), ("response_rate", 67.0, None)]),
    (OPEN_TRD + "Response at 24 h: 40%; after the sixth infusion, 67%.",
     [("response_rate", 40.0, 24.0), ("response_rate", 67.0, None)]),
    (OPEN_TRD + "Twelve patients (40%) remitted; at week 8, 6 of them had relapsed.", [("remission_rate", 40.0, None)]),
    # negatives: a heading time over the whole sentence, and each clause's own clock time, stay
    (OPEN_TRD + "At week 4, 55% responded; remission: 30%.",
     [("response_rate", 55.0, 672.0), ("remission_rate", 30.0, 672.0)]),
    (OPEN_TRD + "At 24 h after the first infusion, 40% responded; after the last infusion at week 2, 67%.",
     [("response_rate", 40.0, 24.0), ("response_rate", 67.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CLAUSE_CASES)
def test_each_rate_keeps_its_own_clauses_time(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    rows = [(f["kind"], f["value"], f["timepoint_hours"]) for f in extract_abstract(text)["findings"]
            if f["kind"] in ("response_rate", "remission_rate")]
    assert sorted(rows, key=str) == sorted(expected, key=str)
