"""Onset, response and remission findings (issue 21), second round: general kinds of sentences, each a paraphrase
written by the team (none copied from a blind abstract), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.ratetimes import timepoints_of

SINGLE = "Methods: Twelve inpatients with severe depression received open-label intravenous ketamine. Results: "


def _onset(text: str) -> list[float]:
    return [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]


# --- an ordinal with an abbreviated unit is a time ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Mood was better at the 2nd h after dosing.", 2.0),
        ("Scores fell by the 3rd wk of treatment.", 504.0),
        ("A significant change was seen at 1 st hr post-infusion.", 1.0),
        ("Ratings at the 24th hour were lower.", 24.0),
    ],
)
def test_an_ordinal_with_an_abbreviated_unit_is_a_time(text: str, hours: float) -> None:
    assert [t.hours for t in timepoints_of(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    ["Ratings after the 1st infusion were lower.", "The 2nd hand count was lower.", "Only the first h-wave changed."],
)
def test_an_ordinal_of_something_else_is_no_time(text: str) -> None:
    assert timepoints_of(text) == []


def test_a_significant_change_at_an_ordinal_hour_is_a_single_arm_onset() -> None:
    text = (SINGLE + "Depression was assessed 2 h after the first dose and after two weeks. Depression improved "
            "significantly at the 2nd h of the first dose and after two weeks.")
    assert _onset(text) == [2.0]


# --- one drug-versus-control separation stated hours after the dose ---

SCHEDULED = (
    "Methods: Forty adults with suicidal depression were randomized to intranasal ketamine or saline. Ratings were "
    "scheduled at 30, 60 and 120 minutes, 6 hours and on days 1, 3 and 7. Results: "
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (SCHEDULED + "Six hours after the spray, the mean MADRS difference between the groups was 7.9 (95% CI "
         "1.2-14.6, p < 0.05) favoring ketamine.", 6.0),
        (SCHEDULED + "At 2 hours post-dose, MADRS scores were lower with ketamine than with saline (p = 0.02).", 2.0),
        (SCHEDULED + "The difference in suicidal ideation between the two arms at 6 h was 1.1 points (p = 0.03), "
         "favouring treatment.", 6.0),
    ],
)
def test_a_separation_stated_once_hours_after_the_dose_is_the_onset(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # a separation at a later visit with earlier ones rated: when it was measured, not where it began
        SCHEDULED + "At day 3, MADRS scores were lower with ketamine than with saline (p = 0.02).",
        # a between-group difference that is not significant
        SCHEDULED + "Six hours after the spray, the MADRS difference between the groups was 2.1 (p = 0.31).",
        # significant only before the correction for multiple comparisons
        SCHEDULED + "At 2 hours, ketamine was superior to saline only before correction for multiple comparisons.",
    ],
)
def test_a_later_or_unsupported_separation_gives_no_onset(text: str) -> None:
    assert _onset(text) == []


# --- a rate named before its value, reported in the passive ("... of 28% were recorded") ---

OPEN = "Methods: Thirty-two outpatients with TRD received open-label oral ketamine for six weeks. Results: "


def _rates(text: str) -> list[tuple[str, float]]:
    return sorted((f["kind"], f["value"]) for f in extract_abstract(text)["findings"]
                  if f["kind"] in ("response_rate", "remission_rate"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "After six weeks, a response rate of 61 % and remission rate of 28 % were recorded.",
         [("remission_rate", 28.0), ("response_rate", 61.0)]),
        (OPEN + "By the final visit, a remission rate of 25% was reached.", [("remission_rate", 25.0)]),
        (OPEN + "At study end, a minimal response rate of 12 %, a response rate of 47 % and a remission rate of 22 % "
         "were observed.", [("remission_rate", 22.0), ("response_rate", 47.0)]),
    ],
)
def test_a_rate_reported_in_the_passive_keeps_its_measure(text: str, expected: list[tuple[str, float]]) -> None:
    assert _rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Of the sample, 20 (62%) were women and 9 (28%) were taking lithium.",
        OPEN + "At baseline, 14 (44%) were unemployed.",
        OPEN + "At study end, a partial response rate of 19 % was observed.",
    ],
)
def test_shares_of_the_sample_stay_out(text: str) -> None:
    assert _rates(text) == []


# --- a time stated as not significant is a rated time; a time counted from the first dose is the first visit ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (SCHEDULED + "Ketamine reduced MADRS scores more than saline at 24 h (p = 0.01) but not at 2 hours.", 24.0),
        (SCHEDULED + "Suicidal ideation was significantly lower with ketamine than with saline on day 3, though not "
         "on day 1.", 72.0),
        (SCHEDULED + "Ketamine separated significantly from saline at 6 hours but not at day 7.", 6.0),
    ],
)
def test_a_significant_time_beside_one_stated_as_not_significant_is_the_onset(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


COURSE = ("Methods: Eighteen adults with TRD received six open-label intravenous ketamine infusions. Depression was "
          "rated with the MADRS before each infusion. Results: ")
END = " Conclusions: Repeated ketamine was well tolerated."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (COURSE + "MADRS scores fell significantly at 24 hours after the first infusion (p < 0.001) and after the "
         "sixth infusion." + END, [24.0]),
        (COURSE + "Depression improved significantly 1 day following the initial dose and again after the final "
         "dose." + END, [24.0]),
        # counted from a later dose: not the first visit
        (COURSE + "MADRS scores fell significantly at 24 hours after the third infusion (p < 0.001)." + END, []),
        (COURSE + "Depression improved significantly 1 day after the last dose." + END, []),
    ],
)
def test_a_time_counted_from_the_first_dose_is_the_first_visit(text: str, expected: list[float]) -> None:
    assert _onset(text) == expected


# --- a time that says when the drug was given is no onset ---

@pytest.mark.parametrize(
    "text",
    [
        SCHEDULED + "Patients were given the spray within 6 hours of presentation; MADRS scores fell significantly "
        "more with ketamine than with saline at day 3.",
        SCHEDULED + "Participants received the study drug within 1 hour of randomization and improved significantly "
        "more with ketamine than with saline at day 7.",
        SCHEDULED + "The spray was administered at 2 hours after admission, and depression scores were significantly "
        "lower with ketamine than with saline on day 3.",
    ],
)
def test_a_time_of_dosing_is_no_onset(text: str) -> None:
    assert _onset(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # a group "receiving ketamine" names an arm; the time after it is the effect's
        (SCHEDULED + "Depressive symptoms improved significantly in those receiving ketamine compared with saline "
         "within 2 hours.", 2.0),
        (SCHEDULED + "Suicidal ideation fell significantly more with ketamine than with saline within 2 hours of "
         "dosing.", 2.0),
        (SCHEDULED + "Patients given ketamine separated significantly from saline at 6 hours (p = 0.01).", 6.0),
    ],
)
def test_an_effect_time_beside_a_dosing_word_is_still_the_onset(text: str, hours: float) -> None:
    assert _onset(text) == [hours]


# --- a sentence that interprets the results counts only when no sentence reports an onset ---

PLAIN = ("Ketamine is a glutamate modulator. We randomized 44 adults with bipolar depression to intravenous ketamine "
         "or saline and rated depression with the MADRS at 2 hours and on days 1, 3 and 7. ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAIN + "Ketamine was superior to saline on day 1 (p = 0.01) and on day 3 (p = 0.04). These findings suggest "
         "that ketamine produces rapid antidepressant effects within 2 hours.", [24.0]),
        (PLAIN + "MADRS scores were significantly lower with ketamine than with saline at day 1 and day 7. In "
         "conclusion, ketamine produced significant antidepressant effects as early as 2 h after a single infusion.",
         [24.0]),
        # with no other onset the interpreting sentence is still read
        (PLAIN + "Response rates were similar at day 7. Our results indicate that ketamine significantly improved "
         "mood as early as 2 hours after the infusion.", [2.0]),
    ],
)
def test_an_interpretation_gives_way_to_the_reported_onset(text: str, expected: list[float]) -> None:
    assert _onset(text) == expected


# --- "outperformed" compares the arms ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SCHEDULED + "Ketamine outperformed saline at every rating from 2 hours to day 7 (all p < 0.05).", [2.0]),
        (SCHEDULED + "Ketamine outperformed saline on suicidal ideation from 6 h onward (p < 0.01).", [6.0]),
        (SCHEDULED + "The spray outperformed placebo at day 1 and day 3 (p = 0.01 and p = 0.03).", [24.0]),
        # not significant: no onset
        (SCHEDULED + "Ketamine numerically outperformed saline at 2 hours and day 1 (p = 0.30).", []),
    ],
)
def test_outperformed_compares_the_arms(text: str, expected: list[float]) -> None:
    assert _onset(text) == expected


# --- where an effect began, not how long it lasted; "the first assessment" is the first time rated ---

MINUTES = (
    "Methods: Fifty adults with TRD were randomized to intravenous ketamine or midazolam. Depression was rated with "
    "the MADRS at 40, 80, 120 and 230 minutes and on days 1, 3 and 7. Results: "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINUTES + "Ketamine separated significantly from midazolam at the first post-infusion rating and through "
         "day 3.", [0.67]),
        (MINUTES + "A significant advantage for ketamine appeared at the earliest time point and lasted until day 7.",
         [0.67]),
        (MINUTES + "Ketamine was significantly superior to midazolam from the first assessment onward.", [0.67]),
        # a time given for the first assessment is read as written
        (MINUTES + "Ketamine was significantly superior to midazolam from the first assessment at 80 minutes onward.",
         [1.33]),
    ],
)
def test_the_first_assessment_is_the_first_time_rated(text: str, expected: list[float]) -> None:
    assert _onset(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the only time is where the effect ended
        MINUTES + "The improvement with ketamine was significant and lasted up to day 7.",
        MINUTES + "Ketamine remained significantly better than midazolam until day 3.",
    ],
)
def test_the_end_of_an_effect_is_no_onset(text: str) -> None:
    assert _onset(text) == []


# --- a time of an anaesthesia or surgical outcome is no antidepressant onset ---

ECT = ("Methods: Sixty adults with TRD undergoing ECT were randomized to ketamine or propofol anaesthesia. Depression "
       "was rated with the HAM-D at baseline and after the 2nd, 4th and 6th sessions. Results: ")
SAFE = " Conclusions: Both were safe."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ECT + "Ketamine significantly reduced emergence agitation compared with propofol at 10 minutes." + SAFE, []),
        (ECT + "Ketamine significantly reduced postictal delirium compared with propofol within 1 hour." + SAFE, []),
        (ECT + "Ketamine significantly shortened recovery time compared with propofol at 5 minutes." + SAFE, []),
        # the depression time in the same sentence is still read
        (ECT + "Ketamine significantly reduced depressive symptoms compared with propofol within 2 hours, and "
         "agitation was rare." + SAFE, [2.0]),
    ],
)
def test_a_time_of_an_anaesthesia_outcome_is_no_onset(text: str, expected: list[float]) -> None:
    assert _onset(text) == expected
