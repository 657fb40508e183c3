"""Twelfth session (issue 21, round B): rate mechanisms written from first-contact errors of the ninth batch (dev14).
Each case is a paraphrase the team wrote of a KIND of sentence (none copied from a labelled abstract), with negatives:

- E: the last letter of a hyphenated abbreviation ('HAM-D.', 'CGI-SS-R.') ends a sentence: it is no initial, so the
  next sentence's words ('Patients ... showed improvement') do not describe the number before it; a real initial
  ('Dr. J. Smith') and a group letter keep their reading.
- B: a confidence-interval bracket that also defines its abbreviation ('[95% confidence interval (CI) 40.1-52.3]')
  holds only the interval, like '[95% CI 40.1-52.3]'.
- K: 'a higher probability of 6-month response (49.7%)': a probability of the outcome by a time, told with the time
  as the outcome's adjective and the value in brackets, is that outcome's rate; a probability conditional on another
  group or event is still no rate.
- V: a list after 'versus' that names its group first ('..., vs. patients on placebo (10% and 5%, respectively)')
  takes the kinds of the list of different measures before it, in order.
- D: the value a difference comes to ('the difference in remission rates between arms was 13.1%', 'difference =
  4.3%') is no rate; rates listed after a clause about no difference ('no difference in remission, which was reached by
  40%') stay.
- L: a methods rating time counted from the end of a course ('1 day after the end of the ECT course', '5 weeks
  following end of treatment') or from a list of doses ('1 day after the 1st, 2nd and 4th sessions') does not time
  a rate the results give without one; one counted from the dose ('24 hours after the infusion') still does.
- S: a sentence that sizes both the responders and the non-responders ('non-responders (n=6), responders (n=5)') gives
  the response rate over the two (derived); groups of another drug ('placebo responders (n = 8)'), one side alone, or
  two subgroups of responders give none.
- A: a comparator named by an abbreviation the abstract defines ('midazolam (MID)', 'repetitive transcranial magnetic
  stimulation (rTMS)', 'real-world treatments (RWT)') is that arm's word; a dose label between an arm and its bracket
  ('KET 0.5 (N = 11; 70%)') keeps the bracket the arm's; an arm after 'vs.' or one the people were then randomized to
  is not the value's; a trial's or standard care's abbreviation is no arm.
- H: a unit joined by a hyphen to a number in words ('day-seven', 'week-two') is a time, like 'day-7'; 'week-long' is
  none.
"""

from __future__ import annotations

import pytest

from evidence.extract.mentions import without_intervals
from evidence.extract.text import split_sentences
from tests.extract_support import OPEN, RCT, finding_rows, timed_rates

E_SPLIT = {
    "ham_d": ("Depression was rated with the HAM-D. Patients in the ketamine group improved.", 2),
    "cgi_ss_r": ("Suicidality was rated with the CGI-SS-R. Most patients were better by day 2.", 2),
    "ham_a": ("Anxiety was scored with the HAM-A. Results were similar in both arms.", 2),
    "dash_variant": ("Severity was measured by the CGI‐S‐R. Patients then entered follow-up.", 2),
    # negatives: initials and abbreviations without a hyphen still hold the sentence together
    "initial": ("The scale was translated by J. Smith and colleagues.", 1),
    "vs": ("Response was 50% vs. 20% at day 1.", 1),
}


@pytest.mark.parametrize("case", sorted(E_SPLIT))
def test_hyphenated_abbreviation_ends_a_sentence(case: str) -> None:
    text, n = E_SPLIT[case]
    assert len(split_sentences(text)) == n, [s.text for s in split_sentences(text)]


# (sentence, share of the sample before the sentence end, measure named only in the next sentence): no rate
E_SHARE = {
    "suicidal": "Most patients (88%) in both arms were moderately to severely suicidal, as rated by the CGI-SS-R. "
                "Patients given ketamine showed improvement in MADRS score at 24 h.",
    "anxious": "Many participants (64%) in the two groups were anxious, as rated by the HAM-A. Participants given "
               "ketamine showed improvement on the MADRS at day 1.",
    "severe": "Most subjects (71%) were severely depressed on the HAM-D. Subjects who received ketamine showed "
              "improvement at week 1.",
}


@pytest.mark.parametrize("case", sorted(E_SHARE))
def test_share_before_an_abbreviation_ending_its_sentence_is_no_rate(case: str) -> None:
    assert timed_rates(RCT + E_SHARE[case]) == []


B_INTERVAL = {
    "round": ("response (49.7% [95% confidence interval (CI) 45.6-53.9]) and", "45.6"),
    "square_inner": ("remission (30.2% (95% confidence interval [CI], 22.1-38.3)) and", "22.1"),
    "credible": ("response (41.0% [95% credible interval (CrI) 33.0-49.0]) and", "33.0"),
}


@pytest.mark.parametrize("case", sorted(B_INTERVAL))
def test_interval_bracket_that_defines_ci_is_blanked(case: str) -> None:
    text, bound = B_INTERVAL[case]
    out = without_intervals(text)
    assert len(out) == len(text)
    assert bound not in out and "%" in out  # the bounds are gone, the value stays


def test_bracket_of_people_is_not_an_interval() -> None:
    text = "response (45% (n = 18) of patients) and"
    assert without_intervals(text) == text


K_PROBABILITY = {
    "six_month": ("Patients given esketamine had a higher probability of 6-month response (49.7% [95% confidence "
                  "interval (CI) 45.6-53.9]) than those given usual care.", ("response_rate", 49.7, 4380.0)),
    "twelve_week": ("Ketamine-treated patients had a greater probability of 12-week remission (31.5% [95% CI "
                    "25.0-38.0]).", ("remission_rate", 31.5, 2016.0)),
    "four_week": ("The estimated probability of 4-week response (55.0%) was higher with ketamine.",
                  ("response_rate", 55.0, 672.0)),
}
K_NONE = {
    "conditional": "The probability that an early non-responder became a responder was 17%.",
    "of_relapse": "Among responders, the probability of relapse (35%) was low.",
}


@pytest.mark.parametrize("case", sorted(K_PROBABILITY))
def test_probability_of_timed_outcome_is_its_rate(case: str) -> None:
    sentence, rate = K_PROBABILITY[case]
    assert rate in timed_rates(RCT + sentence)


@pytest.mark.parametrize("case", sorted(K_NONE))
def test_probability_of_something_else_is_no_rate(case: str) -> None:
    assert timed_rates(RCT + K_NONE[case]) == []


# (sentence, response values, remission values)
V_MIRRORED = {
    "named_group": ("At week 6, the ketamine group had higher response (49.7% [95% CI 45.6-53.9]) and remission "
                    "(33.6% [95% CI 29.7-37.6]) vs. patients receiving placebo (26.4% [95% CI 21.5-31.4] and 18.2% "
                    "[95% CI 13.9-22.5], respectively).", [26.4, 49.7], [18.2, 33.6]),
    "compared_with": ("At week 6, response (52%) and remission (30%) were more frequent with ketamine compared with "
                      "the placebo group (21% and 9%, respectively).", [21.0, 52.0], [9.0, 30.0]),
    "versus_arm": ("At week 6, ketamine gave response (60%) and remission (35%) versus the midazolam arm (30% and "
                   "12%, respectively).", [30.0, 60.0], [12.0, 35.0]),
}


@pytest.mark.parametrize("case", sorted(V_MIRRORED))
def test_compared_list_after_a_named_group_takes_the_kinds_in_order(case: str) -> None:
    sentence, responses, remissions = V_MIRRORED[case]
    rates = timed_rates(RCT + sentence)
    assert sorted(v for k, v, _ in rates if k == "response_rate") == responses, rates
    assert sorted(v for k, v, _ in rates if k == "remission_rate") == remissions, rates


D_DIFFERENCE = {
    "between_groups": "The difference (95% CI) between arms in the percentage of patients achieving remission at "
                      "day 25 was 13.1% (4.0 to 22.2), favouring ketamine.",
    "rates_was": "The difference in response rates between the two groups was 15%.",
    "equals": "Response was more frequent with ketamine (difference = 12.5%, 95% CI 2.0-23.0).",
    "with_a": "Ketamine was non-inferior for remission at 24 h, with a difference of 5.3%.",
}
D_KEPT = {
    "which_was": ("No difference was found in remission, which was reached by 40% with ketamine and 35% with "
                  "placebo at day 7.", 40.0),
    "bracket": ("There was no difference between arms in response rates at day 7 (60% with ketamine and 55% with "
                "placebo).", 60.0),
    "rates_then": ("Response rates differed at day 7 (60% vs 20%).", 60.0),
}


@pytest.mark.parametrize("case", sorted(D_DIFFERENCE))
def test_value_of_a_difference_is_no_rate(case: str) -> None:
    assert timed_rates(RCT + D_DIFFERENCE[case]) == []


@pytest.mark.parametrize("case", sorted(D_KEPT))
def test_rates_beside_a_difference_stay(case: str) -> None:
    sentence, value = D_KEPT[case]
    assert value in [v for _, v, _ in timed_rates(RCT + sentence)]


# (methods, results): the results' rate has no time of its own; the methods time ratings from the end of a course
L_LATER = {
    "end_of_course": ("Methods: Sixty elderly patients were randomized to ketamine or saline added to ECT anaesthesia. "
                      "The HAM-D was assessed at baseline and 1 day after the end of the ECT course. ",
                      "Results: After the ECT, response rates were 80% with ketamine and 78% with saline."),
    "end_of_treatment": ("Methods: Forty patients received four ketamine infusions. Depression was rated 5 weeks "
                         "following end of treatment. ",
                         "Results: Sixteen patients (40%) were responders."),
    "completion": ("Methods: Thirty patients with TRD received six open-label ketamine infusions. Symptoms were "
                   "measured one month after completion of the infusions. ",
                   "Results: Twelve of the 30 patients (40%) achieved remission."),
    "dose_list": ("Methods: Fifty patients were randomized to ketamine or propofol anaesthesia for ECT. Depression "
                  "was assessed 1 day after the 1st, 2nd, 4th and 6th sessions. ",
                  "Results: The response rate was 70% with ketamine and 68% with propofol."),
}
L_DOSE = {
    "after_infusion": ("Methods: Thirty inpatients received one ketamine infusion. Depression was rated with the "
                       "MADRS 24 hours after the infusion. ",
                       "Results: Overall, 12 of 30 patients (40%) met response criteria.", 24.0),
    "end_of_infusion": ("Methods: Thirty inpatients received one 40-minute ketamine infusion. The MADRS was "
                        "assessed 24 hours after the end of the infusion. ",
                        "Results: Twelve patients (40%) responded.", 24.0),
    "at_week": ("Methods: Forty patients received six infusions over two weeks and were assessed at week 3. ",
                "Results: Sixteen patients (40%) achieved remission.", 504.0),
}


@pytest.mark.parametrize("case", sorted(L_LATER))
def test_rating_time_counted_from_the_end_of_a_course_times_no_rate(case: str) -> None:
    methods, results = L_LATER[case]
    rates = timed_rates(methods + results)
    assert rates, case
    assert all(t is None for _, _, t in rates), rates


@pytest.mark.parametrize("case", sorted(L_DOSE))
def test_rating_time_counted_from_the_dose_still_times_the_rate(case: str) -> None:
    methods, results, hours = L_DOSE[case]
    rates = timed_rates(methods + results)
    assert rates and all(t == hours for _, _, t in rates), rates


# (sentence after a single-arm opening, response/remission rate derived from the two sized groups)
S_SPLIT = {
    "non_first": ("Compared with non-responders (n=9), responders (n=6) showed larger changes in theta power.",
                  ("response_rate", 40.0)),
    "responders_first": ("Responders (n = 12) to ketamine differed from nonresponders (n = 28) in baseline BDNF.",
                         ("response_rate", 30.0)),
    "remitters": ("Remitters (n = 7) had lower baseline glutamate than non-remitters (n = 13).",
                  ("remission_rate", 35.0)),
}
S_NONE = {
    "other_drug": "Relapse came later in placebo responders (n = 8) than in placebo non-responders (n = 9).",
    "one_side": "Non-responders (n = 4) saw only a small change in headache scores.",
    "two_subgroups": "Time to relapse was longer in FHP responders (n = 8) than in FHN responders (n = 9).",
}


@pytest.mark.parametrize("case", sorted(S_SPLIT))
def test_sized_responders_and_nonresponders_give_the_rate(case: str) -> None:
    sentence, (kind, value) = S_SPLIT[case]
    assert (kind, value) in [(k, v) for k, v, _ in timed_rates(OPEN + sentence)]


@pytest.mark.parametrize("case", sorted(S_NONE))
def test_sized_groups_of_one_side_or_another_drug_give_no_rate(case: str) -> None:
    assert timed_rates(OPEN + S_NONE[case]) == []


# (sentence after an RCT opening, (kind, value, hours)): a unit joined by a hyphen to a number in words is a time
H_HYPHEN = {
    "day_seven": ("The day-seven response rate was 60% with ketamine.", ("response_rate", 60.0, 168.0)),
    "week_two": ("Week-two remission was reached by 35% of the ketamine group.", ("remission_rate", 35.0, 336.0)),
    "day_three": ("It was 80% likely that day-three treatment response was higher with ketamine (response rate = "
                  "45%).", ("response_rate", 45.0, 72.0)),
}


@pytest.mark.parametrize("case", sorted(H_HYPHEN))
def test_unit_hyphen_number_word_is_a_time(case: str) -> None:
    sentence, rate = H_HYPHEN[case]
    assert rate in timed_rates(RCT + sentence)


def test_week_long_is_no_time() -> None:
    rates = timed_rates(RCT + "After a week-long series of infusions, 40% of the ketamine group responded.")
    assert rates and all(t != 168.0 for _, _, t in rates), rates


# A: a comparator the abstract names by an abbreviation it defines ('midazolam 0.045 mg/kg (MID)', 'repetitive
# transcranial magnetic stimulation (rTMS)', 'real-world treatments (RWT)') is that arm's word, so its rates are not
# the study drug's. (text, {value: arm})
_MID = ("Methods: Sixty patients with TRD were randomized to intravenous ketamine 0.5 mg/kg or midazolam 0.045 mg/kg "
        "(MID). Results: ")
A_ABBREVIATED = {
    "mid_than": (_MID + "Response was higher with ketamine (55%) than with MID (20%).",
                 {55.0: "ketamine", 20.0: "midazolam"}),
    "mid_dose_label": (_MID + "At day 7, response was superior for KET 0.5 (N = 30; response rate = 60%) compared to "
                       "MID (N = 30; response rate = 30%).", {60.0: "ketamine", 30.0: "midazolam"}),
    "rtms": ("Methods: We compared esketamine nasal spray with repetitive transcranial magnetic stimulation (rTMS) in "
             "300 outpatients. Results: Cumulative response rates were higher for esketamine (65%) than rTMS (50%).",
             {65.0: "esketamine", 50.0: "rTMS"}),
    "rwt_versus": ("Methods: Patients on esketamine were compared with patients on real-world treatments (RWT). "
                   "Results: Patients receiving esketamine had higher 6-month response (50%) and remission (30%) vs. "
                   "patients receiving RWT (25% and 15%, respectively).",
                   {50.0: "esketamine", 30.0: "esketamine", 25.0: "RWT", 15.0: "RWT"}),
    "tms_only": ("Methods: Patients received deep transcranial magnetic stimulation (TMS) alone or with six ketamine "
                 "infusions. Results: Remission was 45% with ketamine and TMS compared with 30% in the TMS-only "
                 "condition.", {45.0: "ketamine", 30.0: "TMS"}),
}
# an abbreviation of a trial, of care every arm receives, or of an arm the people were later randomized to
A_NOT_ARMS = {
    "trial": ("Methods: This randomized placebo-controlled trial (RCT) gave 40 patients ketamine. Results: In this "
              "RCT, 45% of patients given ketamine responded.", {45.0: "ketamine"}),
    "care": ("Methods: Patients were randomized to esketamine plus standard of care (SOC) or placebo plus SOC. "
             "Results: Remission at day 25 was 40% with esketamine + SOC.", {40.0: "esketamine"}),
    "allocated_later": ("Methods: Patients received six ketamine infusions; responders were randomized to cognitive "
                        "behavioral therapy (CBT) or treatment as usual (TAU). Results: Of the 40 patients, 24 (60%) "
                        "achieved a response and were randomized to CBT or TAU.", {60.0: "ketamine"}),
}


def _arms(text: str) -> dict[float, object]:
    rows = finding_rows(text, "response_rate") + finding_rows(text, "remission_rate")
    return {float(str(v)): arm for arm, v, _ in rows}


@pytest.mark.parametrize("case", sorted(A_ABBREVIATED))
def test_abbreviated_comparator_is_its_arm(case: str) -> None:
    text, want = A_ABBREVIATED[case]
    assert _arms(text) == want


@pytest.mark.parametrize("case", sorted(A_NOT_ARMS))
def test_abbreviation_of_no_comparator_leaves_the_arm(case: str) -> None:
    text, want = A_NOT_ARMS[case]
    assert _arms(text) == want
