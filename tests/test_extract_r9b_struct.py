"""Ninth session, round 2: route / design / N / drug / off-topic mechanisms, each with paraphrases written here (not
blind sentences) and negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract


def _routes(text: str) -> list[str]:
    return list(extract_abstract(text)["routes"])  # type: ignore[call-overload]


# --- an infusion word takes the route a route word just before it gives ("subcutaneous ketamine infusions") --------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Twelve hospice patients with depression received weekly subcutaneous ketamine infusions over "
         "one hour. Results: Six responded.", ["subcutaneous"]),
        ("Methods: In this pilot, 20 adults received SC racemic ketamine infusion twice weekly for three weeks. "
         "Results: MADRS scores fell.", ["subcutaneous"]),
        ("Methods: Fifteen inpatients were treated with repeated intramuscular esketamine infusion sessions. "
         "Results: Eight remitted.", ["intramuscular"]),
        # the route word is named as what the treatment replaces: its infusion goes with it
        ("Methods: Thirty outpatients received oral ketamine daily for six weeks. Conclusions: Oral ketamine may be "
         "a practical alternative to IV ketamine infusions in clinics.", ["oral"]),
    ],
)
def test_an_infusion_named_by_another_route_is_that_route(text: str, expected: list[str]) -> None:
    assert _routes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list word between: the infusion is its own (intravenous) treatment
        ("Methods: Forty patients were randomised to oral ketamine or ketamine infusions over six weeks. "
         "Results: Both groups improved.", ["intravenous", "oral"]),
        ("Methods: Twenty patients received intranasal esketamine and then ketamine infusions. Results: Ten "
         "responded.", ["intravenous", "intranasal"]),
        # a bare infusion stays intravenous
        ("Methods: Twenty-four patients received six ketamine infusions (0.5 mg/kg over 40 min). Results: Twelve "
         "responded.", ["intravenous"]),
    ],
)
def test_an_infusion_after_a_list_word_stays_intravenous(text: str, expected: list[str]) -> None:
    assert _routes(text) == expected


# --- a ketamine form named only as an example of a class is not the study's drug: another drug's trial is off-topic -

_OTHER_DRUG_TRIALS = [
    "Background: Glutamate modulators, such as ketamine, act within hours in depression. Methods: Thirty adults with "
    "TRD were randomised to inhaled xenon or placebo gas. Results: Response occurred in 8 of 15 (53%) after xenon "
    "and 2 of 15 (13%) after placebo at 24 hours. Conclusions: Xenon deserves a larger trial.",
    "Rapid-acting antidepressants like esketamine have changed practice. We tested psilocybin in 24 patients with "
    "major depression in an open-label study. Remission was reached by 12 patients (50%) at week 4. Psilocybin was "
    "well tolerated.",
    "New treatments, e.g. ketamine, are being explored for bipolar depression. In this trial 40 inpatients received "
    "scopolamine or saline infusions. Response rates were 45% and 20% at day 3. Adverse events were mild.",
    "NMDA antagonists, for example ketamine, have rapid effects. Twenty patients with TRD received dextromethorphan "
    "orally for 2 weeks. Six patients (30%) responded and nausea occurred in 10%.",
]


@pytest.mark.parametrize("text", _OTHER_DRUG_TRIALS)
def test_a_trial_of_another_drug_naming_ketamine_as_an_example_gives_no_finding(text: str) -> None:
    out = extract_abstract(text)
    assert out["drugs"] == []
    assert out["findings"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arm with its dose is a drug given, whatever word comes before it
        ("Methods: Sixty patients were assigned to two groups including ketamine 0.8 mg/kg and thiopental 1.5 "
         "mg/kg for ECT anaesthesia. Results: HAM-D fell more with ketamine.", ["ketamine"]),
        # named as an example in the background, but given in the study's own sentences
        ("Background: NMDA antagonists such as ketamine act quickly. Methods: Twenty patients with TRD received "
         "intravenous ketamine. Results: Ten (50%) responded at 24 hours.", ["ketamine"]),
        ("Treatments like esketamine are new. We report 12 patients treated with esketamine nasal spray twice "
         "weekly. Six (50%) responded by week 4.", ["esketamine"]),
    ],
)
def test_a_form_given_in_the_study_stays_its_drug(text: str, expected: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == expected


# --- headings run into the text: a main heading with a colon after a sentence that lost its full stop, and the
# --- capitalised case-report headings of case journals -----------------------------------------------------------

def _sections(text: str) -> list[tuple[str, str]]:
    from evidence.extract.text import split_sentences

    return [(s.section, s.text.split()[0]) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Background:Depression is common after surgery.We asked whether esketamine helps Methods:In a randomized "
         "trial, 80 patients received esketamine or saline.Results:Scores fell.",
         [("background", "Depression"), ("background", "We"), ("methods", "In"), ("results", "Scores")]),
        ("Catatonia is hard to treat., Methods: We searched three databases., Results: Twelve reports were found.",
         [("unknown", "Catatonia"), ("methods", "We"), ("results", "Twelve")]),
        ("Objective: To test ketamine. The trial is registered as NCT01234567.Results:Forty patients responded.",
         [("objective", "To"), ("objective", "The"), ("results", "Forty")]),
        # a joined heading stays whole
        ("Background: Ketamine is fast. Patients and Methods: Ten adults received ketamine. Results: Six responded.",
         [("background", "Ketamine"), ("methods", "Ten"), ("results", "Six")]),
    ],
)
def test_a_run_in_heading_opens_its_section(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BACKGROUND Ketamine is used for catatonia. CASE REPORT A 40-year-old man was given oral ketamine 50 mg "
        "daily. He improved within days. CONCLUSIONS Ketamine may help.",
        "BACKGROUND Esketamine is licensed for TRD. CASE PRESENTATION A 29-year-old woman received esketamine nasal "
        "spray twice weekly. Her MADRS fell to 8. CONCLUSIONS This case is informative.",
        "INTRODUCTION Few reports exist. CASE DESCRIPTION A 70-year-old man with bipolar depression had six ketamine "
        "infusions. He remitted. DISCUSSION Further work is needed.",
    ],
)
def test_a_capitalised_case_report_heading_opens_the_case(text: str) -> None:
    out = extract_abstract(text)
    assert (out["design"], out["n"]) == ("case_series", 1)


def test_a_case_report_heading_in_running_text_is_no_heading() -> None:
    text = ("Background: Reports are few. Methods: We reviewed the case report of a patient who received ketamine. "
            "Results: Case report data were incomplete.")
    assert [s for s, _ in _sections(text)] == ["background", "methods", "results"]


# --- people having a procedure are patients, however healthy: a surgical trial is not a volunteer study ---------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: In a randomized, double-blind trial, 300 healthy women scheduled for cesarean delivery received "
        "intravenous ketamine or saline. Results: EPDS scores were lower with ketamine.",
        "Methods: Two hundred healthy adults undergoing elective knee surgery were randomized to esketamine or "
        "placebo. Results: Depressive symptoms were fewer with esketamine.",
        "Methods: 120 healthy elderly people scheduled for hip repair were randomly assigned to ketamine or saline "
        "at induction. Results: Postoperative depression scores fell.",
    ],
)
def test_healthy_people_having_surgery_are_a_trial_sample(text: str) -> None:
    assert extract_abstract(text)["design"] == "rct"


def test_healthy_volunteers_given_ketamine_are_pharmacology() -> None:
    text = ("Methods: In a randomized crossover study, 20 healthy volunteers received intravenous ketamine or "
            "saline. Results: Plasma levels peaked at 40 minutes.")
    assert extract_abstract(text)["design"] == "other"
