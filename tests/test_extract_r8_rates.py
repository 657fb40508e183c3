"""Response, remission and adverse-event rates (issue 21, eighth session): kinds of text the rules misread on unseen
abstracts, each written here as paraphrases by the team (none copied from a blind abstract), with cases that must not
match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, findings, timed_rates

CROSSOVER = ("Methods: Twenty patients with TRD received intravenous ketamine and placebo in a randomized crossover"
             " design. Results: ")
ECT_RCT = "Methods: Sixty patients with TRD were randomized to ketamine or ECT. Results: "
MDZ_RCT = "Methods: Sixty patients with TRD were randomized to intravenous ketamine or midazolam. Results: "
ESK_RCT = "Methods: Adults with TRD were randomized to esketamine nasal spray or placebo nasal spray. Results: "

Row = tuple[str, float, float | None]


# --- measures named after the list of values, closed by 'respectively' ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At week 2, 12 (30.0%) and 5 (12.5%) participants responded and remitted, respectively.",
         [("remission_rate", 12.5, 336.0), ("response_rate", 30.0, 336.0)]),
        (OPEN + "By day 7, 48% and 21% of patients met criteria for response and remission, respectively.",
         [("remission_rate", 21.0, 168.0), ("response_rate", 48.0, 168.0)]),
        (OPEN + "After the last infusion, 55.0%and 25.0%patients fulfilled the definitions of remission and response,"
         "respectively.",
         [("remission_rate", 55.0, None), ("response_rate", 25.0, None)]),
        (OPEN + "At 24 hours, 14 (35%) and 9 (22.5%) subjects were responders and remitters, respectively.",
         [("remission_rate", 22.5, 24.0), ("response_rate", 35.0, 24.0)]),
    ],
)
def test_measures_named_after_the_values_are_taken_in_order(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list after the values names arms, not measures: both stay response rates
        RCT + "At week 2, 45% and 10% responded to ketamine and placebo, respectively.",
        RCT + "At week 2, 45% and 10% of patients in the ketamine and placebo groups achieved response, respectively.",
    ],
)
def test_arms_named_after_the_values_name_no_measure(text: str) -> None:
    assert {k for k, _, _ in timed_rates(text)} == {"response_rate"}


# --- a test's properties are no rates, wherever the word stands ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Response on day 1 predicted response at week 4 (88% sensitive, 64% specific).",
        OPEN + "Early remission identified later responders with 91% sensitivity and 70% specificity.",
        RCT + "As a predictor of response to ketamine, the 4-hour score change reached 83% accuracy.",
        OPEN + "Remission at day 3 foretold remission at day 28 (76% positive predictive value).",
    ],
)
def test_a_predictors_sensitivity_written_after_the_number_is_not_a_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_a_rate_beside_a_predictors_accuracy_is_kept() -> None:
    text = OPEN + "At week 4, 52% of patients responded; day-1 response predicted it (80% sensitive, 60% specific)."
    assert timed_rates(text) == [("response_rate", 52.0, 672.0)]


# --- the estimated probability of reaching the outcome by a time is the cumulative rate at that time ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At 6 months, the probability of achieving remission was 41.5%.", [("remission_rate", 41.5, 4380.0)]),
        (OPEN + "The Kaplan-Meier probability of response by week 12 was 63%.", [("response_rate", 63.0, 2016.0)]),
        (OPEN + "By day 28, the estimated likelihood of reaching a clinical response was 70% and of remission 35%.",
         [("remission_rate", 35.0, 672.0), ("response_rate", 70.0, 672.0)]),
        (OPEN + "The cumulative probability of remission at 3 months was 30%.", [("remission_rate", 30.0, 2190.0)]),
    ],
)
def test_a_cumulative_probability_of_the_outcome_is_its_rate(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # conditional on a subgroup, or the probability of another event: a statistic, not the group's rate
        OPEN + "The probability of response after a further dose for an initial non-responder was 25%.",
        OPEN + "The probability that a remitter stayed well to month 3 was 60%.",
        OPEN + "The likelihood of response among patients with anxious depression was 38%.",
        OPEN + "The probability of relapse by month 6 after response was 44%.",
    ],
)
def test_a_conditional_probability_is_not_a_rate(text: str) -> None:
    assert timed_rates(text) == []


# --- a measured duration (a median or mean time, a time to an event) is never when a rate was read ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At week 4, 38% of patients had responded and 17% had remitted (median time to response, 2.5 weeks).",
         [("remission_rate", 17.0, 672.0), ("response_rate", 38.0, 672.0)]),
        (OPEN + "On day 14, remission was seen in 22% of patients (mean time to remission 9 days).",
         [("remission_rate", 22.0, 336.0)]),
        (OPEN + "After 3 months, 45% of patients responded, with a median time to first response of 6 weeks.",
         [("response_rate", 45.0, 2190.0)]),
        (OPEN + "At month 6, 31% were in remission; the mean follow-up duration was 14 months.",
         [("remission_rate", 31.0, 4380.0)]),
    ],
)
def test_a_measured_duration_is_not_the_rates_time(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # a follow-up or a treatment length stated plainly is when the rate was read
        (OPEN + "After a follow-up of 6 months, 40% of patients were in remission.", 4380.0),
        (OPEN + "Following a treatment duration of 4 weeks, 40% of patients were in remission.", 672.0),
    ],
)
def test_a_plain_follow_up_keeps_its_time(text: str, hours: float) -> None:
    assert timed_rates(text) == [("remission_rate", 40.0, hours)]


# --- a number that names its own arm right after it belongs to that arm, even inside a bracket after another arm ---

def _arms(text: str, kind: str) -> list[tuple[float, str | None]]:
    return sorted((float(f["value"]), f["arm"]) for f in findings(text) if f["kind"] == kind)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (RCT + "Response was more frequent with ketamine (45% with ketamine vs. 10% with placebo).", "response_rate",
         [(10.0, "placebo"), (45.0, "ketamine")]),
        (RCT + "Remission favoured the ketamine group (45% [9/20] in the ketamine group vs. 10% [2/20] in the placebo"
         " group, P = 0.01).", "remission_rate", [(10.0, "placebo"), (45.0, "ketamine")]),
        (RCT + "Vomiting was less common in patients given ketamine (10% [3/30] with ketamine vs. 45% [14/31] with"
         " placebo, P = 0.01).", "adverse_event", [(10.0, "ketamine"), (45.0, "placebo")]),
        (CROSSOVER + "Dizziness was more common after ketamine (45% after ketamine versus 10% after placebo).",
         "adverse_event", [(10.0, "placebo"), (45.0, "ketamine")]),
    ],
)
def test_a_number_naming_its_own_arm_inside_another_arms_bracket(
    text: str, kind: str, expected: list[tuple[float, str]]
) -> None:
    assert _arms(text, kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bracket names no arm after its numbers: they stay the arm before it, and the pair's second the control's
        RCT + "Response was more frequent in the ketamine group (45% vs. 10%).",
        RCT + "In the ketamine group (45%; 95% CI 30-60), more patients responded than with placebo (10%).",
    ],
)
def test_a_bracket_after_an_arm_still_belongs_to_it(text: str) -> None:
    assert _arms(text, "response_rate") == [(10.0, "placebo"), (45.0, "ketamine")]


# --- an adverse-event rate reported at a point in time named after it ---

def _ae_times(text: str) -> list[tuple[float, float | None]]:
    return sorted((float(f["value"]), f["timepoint_hours"]) for f in findings(text) if f["kind"] == "adverse_event")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Side effects were reported by 35% of patients at 6 months.", [(35.0, 4380.0)]),
        (OPEN + "Nausea occurred in 12% of participants on day 2.", [(12.0, 48.0)]),
        (RCT + "Dizziness was reported by 30% of the ketamine group and 5% of the placebo group at week 1.",
         [(5.0, 168.0), (30.0, 168.0)]),
        (OPEN + "Overall, 22% of the patients still in treatment reported adverse effects at month 12.",
         [(22.0, 8760.0)]),
    ],
)
def test_an_adverse_event_rate_takes_the_point_named_after_it(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _ae_times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # how long the event lasted, or a span: no point in time of the rate
        OPEN + "Dissociation occurred in 40% of patients and resolved at 2 hours.",
        OPEN + "Dizziness was reported by 25% of patients, lasting for 1 hour.",
        OPEN + "Headache occurred in 15% of participants within 24 hours.",
        OPEN + "Nausea affected 18% of patients, which peaked at 40 minutes.",
    ],
)
def test_the_course_of_an_adverse_event_is_not_its_time(text: str) -> None:
    assert [h for _, h in _ae_times(text)] == [None]


# --- a compared pair with only the study drug named after it: study drug versus the study's control ---

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (RCT + "Rates of response (45% vs 10%) were higher with ketamine.", "response_rate"),
        (RCT + "Remission (45% versus 10%, p = 0.01) was more frequent after ketamine.", "remission_rate"),
        (ESK_RCT + "Response at day 28 (45% vs. 10%) favoured esketamine.", "response_rate"),
        (RCT + "Significantly more remissions (45% compared with 10%) were seen in those given ketamine.",
         "remission_rate"),
    ],
)
def test_a_compared_pair_before_the_study_drug_is_drug_versus_control(text: str, kind: str) -> None:
    drug = "esketamine" if "esketamine" in text else "ketamine"
    assert _arms(text, kind) == [(10.0, "placebo"), (45.0, drug)]


def test_a_pair_without_versus_before_the_study_drug_stays_its_own() -> None:
    # "45% and 10%" at two times is one arm's list, not a comparison with the control
    text = RCT + "Response at day 1 and day 7 (45% and 10%, respectively) was seen with ketamine."
    assert [arm for _, arm in _arms(text, "response_rate")] == ["ketamine", "ketamine"]


# --- one share of people who reached either outcome is the response rate (a remitter has responded), read once ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Of 40 patients, 30 were responders or remitters (75%).",
        OPEN + "At week 4, 75% of patients were remitters or responders.",
        OPEN + "Remission or response was reached by 75% of the sample at week 4.",
        ESK_RCT + "At week 4, response and/or remission occurred in 75% of patients given esketamine.",
    ],
)
def test_a_share_reaching_either_outcome_is_one_response_rate(text: str) -> None:
    assert [(k, v) for k, v, _ in timed_rates(text)] == [("response_rate", 75.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two measures named together with 'rates' and two values: a list, not one share
        (OPEN + "Response or remission rates were 75% and 30%, respectively.",
         [("remission_rate", 30.0), ("response_rate", 75.0)]),
        (OPEN + "Response and remission were achieved by 75% and 30% of patients, respectively.",
         [("remission_rate", 30.0), ("response_rate", 75.0)]),
        # a count restated by its percentage in a later clause of its own is no restatement
        (OPEN + "Of the 20 participants, 15 responded; remission was seen in 75% at week 2.",
         [("remission_rate", 75.0), ("response_rate", 75.0)]),
    ],
)
def test_two_measures_or_two_clauses_stay_two_rates(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(k, v) for k, v, _ in timed_rates(text)] == expected


# --- compared pairs listed after the measures they report: one measure per pair, study drug first ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "Response and remission rates were higher with ketamine than placebo (45% vs 10% and 20% vs 5%,"
        " respectively).",
        RCT + "There were differences in response and remission rates (45% vs 10% and 20% vs 5%).",
        RCT + "At the primary endpoint, rates of response and remission were 45% versus 10% and 20% versus 5%.",
        RCT + "Remission and response favoured ketamine over placebo (20% v. 5% and 45% v. 10%, respectively).",
    ],
)
def test_compared_pairs_take_the_measures_named_before_them(text: str) -> None:
    rows = sorted((f["kind"], float(f["value"]), f["arm"]) for f in findings(text) if f["kind"] != "onset")
    assert rows == [("remission_rate", 5.0, "placebo"), ("remission_rate", 20.0, "ketamine"),
                    ("response_rate", 10.0, "placebo"), ("response_rate", 45.0, "ketamine")]


@pytest.mark.parametrize(
    "text",
    [
        RCT + "Response rates at day 1 and day 7 were 45% vs 10% and 20% vs 5% for ketamine and placebo.",
        RCT + "Response rates at day 1 and day 7 were 45% vs 10% and 20% vs 5%, respectively.",
        RCT + "Response rates at day 1 and day 7 (ketamine vs placebo) were 45% vs 10% and 20% vs 5%.",
        RCT + "At day 1 and day 7, response rates were 45% versus 10% and 20% versus 5% with ketamine and placebo.",
    ],
)
def test_compared_pairs_take_the_times_named_before_them(text: str) -> None:
    rows = sorted((float(f["value"]), f["arm"], f["timepoint_hours"]) for f in findings(text) if f["kind"] != "onset")
    assert rows == [(5.0, "placebo", 168.0), (10.0, "placebo", 24.0), (20.0, "ketamine", 168.0),
                    (45.0, "ketamine", 24.0)]


# --- the number before 'than' is the first side of the comparison, never the arm named after 'than' ---

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ECT_RCT + "ECT produced higher remission (63%) than ketamine (46%).", "remission_rate"),
        (ECT_RCT + "Patients given ECT responded more often (63%) than those given ketamine (46%).", "response_rate"),
        (ECT_RCT + "ECT yielded a greater share of remitters (63%) than did ketamine (46%).", "remission_rate"),
        (ECT_RCT + "The ECT arm achieved response more frequently (63%), than the ketamine arm (46%).",
         "response_rate"),
    ],
)
def test_a_number_before_than_is_the_subjects(text: str, kind: str) -> None:
    assert _arms(text, kind) == [(46.0, "ketamine"), (63.0, "ECT")]


# --- the people who completed a trial of stated length were rated at its end ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "Sixty-one percent of those who completed the 4-week trial were in remission.", 672.0),
        (OPEN + "Of the patients completing the 6-week open-label study, 61% remitted.", 1008.0),
        (OPEN + "Remission was reached by 61% of participants who completed the 28-day treatment course.", 672.0),
        (OPEN + "Among subjects completing the 2-week protocol, 61% were in remission.", 336.0),
    ],
)
def test_completers_of_a_trial_of_stated_length_are_rated_at_its_end(text: str, hours: float) -> None:
    assert timed_rates(text) == [("remission_rate", 61.0, hours)]


# --- a value in a bracket written right after a time was read at that time; the time's number is no count ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response rates at week 1 (45%) and week 4 (60%) were high.",
         [("response_rate", 45.0, 168.0), ("response_rate", 60.0, 672.0)]),
        (OPEN + "Remission was reached by day 7 (20%) and by day 28 (35%).",
         [("remission_rate", 20.0, 168.0), ("remission_rate", 35.0, 672.0)]),
        (OPEN + "Response was seen at 24 hours (n = 12, 30%) and at day 14 (n = 18, 45%).",
         [("response_rate", 30.0, 24.0), ("response_rate", 45.0, 336.0)]),
        (OPEN + "The share of remitters at month 1 (25%) rose by month 6 (40%).",
         [("remission_rate", 25.0, 730.0), ("remission_rate", 40.0, 4380.0)]),
    ],
)
def test_a_value_bracketed_after_a_time_takes_it(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


def test_a_count_bracket_after_a_time_word_is_still_a_count() -> None:
    # "the 12 patients (30%)": a count of people, even with a time earlier in the sentence
    rows = [f for f in findings(OPEN + "At day 7, 12 patients (30%) had responded.") if f["kind"] == "response_rate"]
    assert [(f["value"], f["n_events"], f["timepoint_hours"]) for f in rows] == [(30.0, 12, 168.0)]


# --- what a study expected, assumed or planned is no finding (protocols, power calculations) ---

PROTOCOL = ("Methods: This is the protocol of a randomized trial of intravenous ketamine versus midazolam in 120"
            " patients with TRD. ")


@pytest.mark.parametrize(
    "text",
    [
        PROTOCOL + "We hypothesize that response rates will be 60% with ketamine versus 30% with midazolam.",
        PROTOCOL + "Assuming a response rate of 50% with ketamine and 25% with midazolam, 120 patients give 80% power.",
        PROTOCOL + "The trial is powered to detect remission in 40% of the ketamine arm against 15% of the other arm.",
        PROTOCOL + "An anticipated remission rate of 35% after ketamine informed the sample size.",
        PROTOCOL + "We expect dissociation in 30% of patients given ketamine and in 5% given midazolam.",
    ],
)
def test_an_expected_or_assumed_rate_is_no_finding(text: str) -> None:
    assert [f for f in findings(text) if f["kind"] in ("response_rate", "remission_rate", "adverse_event")] == []


def test_a_result_after_an_expectation_is_kept() -> None:
    text = OPEN + "The expected response rate of 50% was not reached; 30% of patients responded at week 2."
    assert timed_rates(text) == [("response_rate", 30.0, 336.0)]


# --- an adverse event named as the most frequent, or with 'reported by' before its rate ---

@pytest.mark.parametrize(
    ("text", "term"),
    [
        (OPEN + "The most frequent adverse event was drowsiness, reported by 45% of the patients.", "drowsiness"),
        (OPEN + "Drowsiness, reported by 45% of patients, was the most common adverse event.", "drowsiness"),
        (OPEN + "The commonest side effect was nausea, seen in 45% of patients.", "nausea"),
        (OPEN + "Dizziness, experienced by 45% of participants, was short-lived.", "dizziness"),
    ],
)
def test_an_adverse_event_named_most_frequent_or_reported_by(text: str, term: str) -> None:
    rows = [f for f in findings(text) if f["kind"] == "adverse_event"]
    assert [(f["value"], str(f["detail"]).lower()) for f in rows] == [(45.0, term)]


def test_a_share_reported_by_patients_that_is_no_event_stays_out() -> None:
    text = OPEN + "Improvement, reported by 45% of patients, began within hours."
    assert [f for f in findings(text) if f["kind"] == "adverse_event"] == []


# --- a list's time stays its own when the next clause opens on another time; named points in a list ---

REAL_WORLD = ("Methods: This retrospective study included 120 patients with TRD given esketamine nasal spray, assessed"
              " at baseline (T0), 1 month (T1) and 3 months (T2). Results: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response and remission rates at 1 month were 40% and 20%, and at 3 months 52% and 30%.",
         [("remission_rate", 20.0, 730.0), ("remission_rate", 30.0, 2190.0), ("response_rate", 40.0, 730.0),
          ("response_rate", 52.0, 2190.0)]),
        (OPEN + "At day 7 the response rate was 40%, but by day 28 52% had responded.",
         [("response_rate", 40.0, 168.0), ("response_rate", 52.0, 672.0)]),
        (OPEN + "Remission rates were 20% and 25% at week 2, while at week 6 they were 30% and 35%.",
         [("remission_rate", 20.0, 336.0), ("remission_rate", 25.0, 336.0), ("remission_rate", 30.0, 1008.0),
          ("remission_rate", 35.0, 1008.0)]),
        (REAL_WORLD + "40% and 52% of patients were responders at T1 and T2, respectively.",
         [("response_rate", 40.0, 730.0), ("response_rate", 52.0, 2190.0)]),
    ],
)
def test_each_clause_and_listed_point_keeps_its_time(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


# --- a response of the body (blood pressure, immune, dissociative) is no antidepressant response ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "A hypertensive response occurred in 20% of patients.",
        OPEN + "A haemodynamic response (systolic BP > 180 mmHg) was seen in 20% of infusions.",
        RCT + "Pressor responses requiring treatment occurred in 20% of ketamine and 5% of placebo sessions.",
        OPEN + "Twenty percent of participants had a psychotomimetic response at 40 minutes.",
    ],
)
def test_a_bodily_response_is_no_response_rate(text: str) -> None:
    assert [k for k, _, _ in timed_rates(text) if k == "response_rate"] == []


def test_a_response_rate_beside_a_bodily_response_is_kept() -> None:
    text = OPEN + "At day 1, antidepressant response was seen in 40%, and a hypertensive response in 10%."
    assert timed_rates(text) == [("response_rate", 40.0, 24.0)]


# --- a count's bracketed percent whose own predicate meets the response criterion (depression or suicidal ideation) ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "At day 7, 18 (45%) had a 50% reduction in MADRS score.", 168.0),
        (OPEN + "By week 2, nearly half (45%) achieved at least a 50% reduction in suicidal ideation.", 336.0),
        (OPEN + "Forty-five percent of patients achieved a 50% reduction in SSI score at 24 hours.", 24.0),
        (OPEN + "Of the 40 participants, 18 (45%) showed a 50% decrease in HAM-D at week 1.", 168.0),
    ],
)
def test_a_count_meeting_the_halving_criterion_is_a_response(text: str, hours: float) -> None:
    assert timed_rates(text) == [("response_rate", 45.0, hours)]


@pytest.mark.parametrize(
    "text",
    [
        # a subgroup's share of the sample, or a halving of something that is not the illness
        OPEN + "Patients with anxious depression (45%) had a 50% reduction in MADRS less often.",
        OPEN + "Overall, 45% had a 50% reduction in pain scores.",
    ],
)
def test_a_subgroup_share_or_another_outcome_is_no_response(text: str) -> None:
    assert timed_rates(text) == []


# --- 'to respond' is the measure; 'continued to respond' / 'failure to respond' are not a response rate ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "Ketamine-treated patients were more likely to respond at day 1 (45% vs. 10%; OR = 7.4).",
        RCT + "At day 1, significantly more patients given ketamine went on to respond (45% versus 10%).",
        RCT + "At day 1, ketamine recipients were three times as likely to respond (45% vs 10%).",
        RCT + "Those on ketamine tended to respond more often at day 1 (45% vs 10%).",
    ],
)
def test_to_respond_names_the_response_measure(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 10.0, 24.0), ("response_rate", 45.0, 24.0)]


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Patients continued to respond at day 7 (45%).",
        OPEN + "At day 7, 45% of patients failed to respond.",
        OPEN + "Failure to respond occurred in 45% at day 7.",
        OPEN + "At day 7, 45% continued to be in remission.",
    ],
)
def test_continuing_or_failing_to_respond_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


# --- counts of two arms coordinated before the people they count ---

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (RCT + "Response at day 1 occurred in 9 of 20 ketamine and 2 of 20 placebo patients.", "response_rate"),
        (RCT + "Remission was reached by 9 of 20 ketamine versus 2 of 20 placebo participants.", "remission_rate"),
        (MDZ_RCT + "At 24 h, 9 of 20 ketamine and 2 of 20 midazolam recipients responded.", "response_rate"),
        (ECT_RCT + "Remission occurred in 9 out of 20 ketamine and 2 out of 20 ECT patients.", "remission_rate"),
    ],
)
def test_coordinated_arm_counts_before_the_people(text: str, kind: str) -> None:
    values = sorted(v for k, v, _ in timed_rates(text) if k == kind)
    assert values == [10.0, 45.0]


# --- a later bare count of the same group, with its own outcome verb, shares the group of the 'x of y' before it ---

CASES5 = "Methods: We describe five patients with TRD treated with intramuscular ketamine. Results: "


@pytest.mark.parametrize(
    "text",
    [
        CASES5 + "Four of the five patients responded, and two achieved remission.",
        CASES5 + "Four of five participants responded to the first injection, while two remitted after the third.",
        CASES5 + "Four of the five patients responded and two of them remitted.",
        CASES5 + "Four out of five patients met response criteria, but two were in remission.",
    ],
)
def test_a_continued_count_shares_the_group(text: str) -> None:
    assert [(k, v) for k, v, _ in timed_rates(text)] == [("remission_rate", 40.0), ("response_rate", 80.0)]


@pytest.mark.parametrize(
    "text",
    [
        CASES5 + "Four of the five patients responded, and 12 sessions were completed.",
        CASES5 + "Four of the five patients responded, and two were women.",
    ],
)
def test_a_later_count_of_something_else_is_no_rate(text: str) -> None:
    assert [(k, v) for k, v, _ in timed_rates(text)] == [("response_rate", 80.0)]


# --- a share of people written as a fraction ('in ¼ of patients', 'half of the participants') ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response occurred in ¼ of patients after 24 hours and in 52% of patients after 7 days.",
         [("response_rate", 25.0, 24.0), ("response_rate", 52.0, 168.0)]),
        (OPEN + "Half of the patients responded at day 7.", [("response_rate", 50.0, 168.0)]),
        (OPEN + "At day 7, one-third of participants achieved remission.", [("remission_rate", 33.3, 168.0)]),
        (OPEN + "By week 4, three-quarters of the subjects were responders.", [("response_rate", 75.0, 672.0)]),
    ],
)
def test_a_fraction_of_people_is_a_rate(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an approximation or a bound, a trait of the sample, or a fraction restated by its percentage
        OPEN + "Nearly half of the patients responded at day 7.",
        OPEN + "More than a third of the patients remitted at day 7.",
        OPEN + "Half of the patients were women and a quarter of participants had bipolar disorder.",
    ],
)
def test_an_approximate_or_trait_fraction_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_a_fraction_restated_as_a_percentage_is_one_rate() -> None:
    assert timed_rates(OPEN + "At day 7, two-thirds (67%) of participants responded.") == [
        ("response_rate", 67.0, 168.0)]


# --- the predicate after a list is every value's; a value compared with the one before measures the same thing ---

@pytest.mark.parametrize(
    "text",
    [
        ESK_RCT + "At day 28, 69.3% of esketamine-treated and 52.0% of placebo-treated patients responded, and 52.5%"
        " and 31.0% remitted.",
        ESK_RCT + "The proportion of responders at day 28 was 69.3% in the esketamine arm compared with 52.0% in the"
        " placebo arm, and remission was 52.5% versus 31.0%.",
        ESK_RCT + "At day 28, response occurred in 69.3% with esketamine as opposed to 52.0% with placebo; remission"
        " occurred in 52.5% versus 31.0%.",
        ESK_RCT + "By day 28, 69.3% of the esketamine group and 52.0% of the placebo group had responded, while 52.5%"
        " and 31.0% were in remission.",
    ],
)
def test_list_predicates_and_compared_values_keep_measure_and_arm(text: str) -> None:
    rows = sorted((f["kind"], float(f["value"]), f["arm"], f["timepoint_hours"]) for f in findings(text)
                  if f["kind"] in ("response_rate", "remission_rate"))
    assert rows == [("remission_rate", 31.0, "placebo", 672.0), ("remission_rate", 52.5, "esketamine", 672.0),
                    ("response_rate", 52.0, "placebo", 672.0), ("response_rate", 69.3, "esketamine", 672.0)]


# --- a list of values followed right away by as many times ('45%, 52% and 60% on days 1, 7 and 28') ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response was 45%, 52% and 60% on days 1, 7 and 28.",
         [("response_rate", 45.0, 24.0), ("response_rate", 52.0, 168.0), ("response_rate", 60.0, 672.0)]),
        (OPEN + "Remission rates were 20% and 35% at weeks 2 and 6.",
         [("remission_rate", 20.0, 336.0), ("remission_rate", 35.0, 1008.0)]),
        (OPEN + "Patients responded in 30% and 45% of cases at 4 and 24 hours.",
         [("response_rate", 30.0, 4.0), ("response_rate", 45.0, 24.0)]),
        (OPEN + "The proportion in remission was 10%, 25% and 40% after 1, 2 and 3 months.",
         [("remission_rate", 10.0, 730.0), ("remission_rate", 25.0, 1460.0), ("remission_rate", 40.0, 2190.0)]),
    ],
)
def test_values_then_as_many_times_pair_one_for_one(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


def test_values_then_one_time_keep_it_all() -> None:
    assert timed_rates(RCT + "Response rates were 45% and 10% at day 1.") == [
        ("response_rate", 10.0, 24.0), ("response_rate", 45.0, 24.0)]


# --- a relapse named across 'while' / 'whereas' / ', but' is the other side's measure ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Over follow-up, 45% of responders relapsed, while 60% of the sample had responded by day 14.",
        OPEN + "60% responded by day 14, but 45% of them relapsed within 2 weeks.",
        OPEN + "Relapses were frequent among remitters (45%), whereas 60% of all patients responded by day 14.",
        OPEN + "By day 14, 60% of patients had responded; relapse later affected 45% of them.",
    ],
)
def test_a_relapse_across_a_contrast_leaves_the_response(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 60.0, 336.0)]


def test_a_relapse_in_the_values_own_clause_is_still_a_relapse() -> None:
    assert timed_rates(OPEN + "Among remitters, 70% and 63% relapsed by week 4.") == []


# --- percentages written without the sign ('n (%)' format, '45 and 10 per cent'); the ends of a range are no rate ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "Response at day 1, n (%): ketamine 9 (45.0), placebo 2 (10.0).",
        RCT + "At day 1, responders [n (%)] were 9 (45.0) with ketamine and 2 (10.0) with placebo.",
        RCT + "At day 1, response rates were 45 and 10 per cent for ketamine and placebo.",
        RCT + "At day 1, the response rate was 45 versus 10 percent for ketamine and placebo.",
    ],
)
def test_percentages_written_without_the_sign(text: str) -> None:
    assert _arms(text, "response_rate") == [(10.0, "placebo"), (45.0, "ketamine")]


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Response rates ranged between 12 and 20% across sites.",
        OPEN + "Response rates ranged from 12% to 20% across sites.",
        OPEN + "At day 9 (45) patients were assessed for response.",
    ],
)
def test_range_ends_and_bare_brackets_are_no_rates(text: str) -> None:
    assert timed_rates(text) == []


# --- the people a rate counts stayed on treatment for a stated time: they were rated then ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Of 63 patients who maintained treatment for at least 6 months, 48 (76.2%) were responders.",
         [("response_rate", 76.2, 4380.0)]),
        (OPEN + "Among those who continued ketamine for 12 weeks, 60% had responded.",
         [("response_rate", 60.0, 2016.0)]),
        (OPEN + "In participants who completed treatment for a minimum of 3 months, 40% were in remission.",
         [("remission_rate", 40.0, 2190.0)]),
        (OPEN + "Of the 30 patients who stayed on maintenance infusions for 1 year, 50% remitted.",
         [("remission_rate", 50.0, 8760.0)]),
    ],
)
def test_people_who_stayed_on_treatment_are_rated_at_that_time(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


def test_a_stay_named_after_the_rate_is_not_its_time() -> None:
    text = OPEN + "Overall, 60% responded, and patients who continued for 12 weeks had fewer side effects."
    assert timed_rates(text) == [("response_rate", 60.0, None)]


# --- a number that counts an adverse event in a sentence that also gives a rate is no response rate ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At day 7, 45% of patients responded and 20% reported headache.",
        OPEN + "At day 7, response occurred in 45% of patients; dissociation in 20%.",
        OPEN + "At day 7, 45% had responded, while 20% of participants experienced transient nausea.",
        OPEN + "At day 7, response was seen in 45% and dizziness was reported in 20%.",
    ],
)
def test_an_adverse_events_count_beside_a_rate_is_no_rate(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 45.0, 168.0)]
    assert [f["value"] for f in findings(text) if f["kind"] == "adverse_event"] == [20.0]


def test_a_rate_with_a_side_remark_on_side_effects_is_kept() -> None:
    assert timed_rates(OPEN + "At day 7, response occurred in 45% with few side effects.") == [
        ("response_rate", 45.0, 168.0)]


# --- a clause that names only an adverse event gives no rate; an arm across 'but' is the clause before's ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "At day 1, response rates were 45% and 10%; dissociation occurred in 30% and 5%, respectively.",
        RCT + "At day 1, 45% and 10% responded; nausea affected 30% and 5%.",
        RCT + "At day 1, response was 45% versus 10%; headache was noted in 30% versus 5%.",
        RCT + "At day 1, responders numbered 45% vs 10%; drowsiness, 30% vs 5%.",
    ],
)
def test_an_adverse_event_clause_gives_no_rate(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 10.0, 24.0), ("response_rate", 45.0, 24.0)]


@pytest.mark.parametrize(
    "text",
    [
        RCT + "Ketamine produced response in 45% (vs 10% with placebo) but caused dissociation in 30%.",
        RCT + "Response favoured ketamine over placebo, but dissociation was reported by 30%.",
        RCT + "Placebo was well tolerated, whereas dissociation occurred in 30% after ketamine.",
        RCT + "Ketamine relieved depression quickly compared with placebo, while dizziness affected 30%.",
    ],
)
def test_an_arm_across_a_contrast_is_not_the_later_numbers(text: str) -> None:
    rows = [f["arm"] for f in findings(text) if f["kind"] == "adverse_event" and f["value"] == 30.0]
    assert rows == ["ketamine"]


# --- a 'respectively' matrix of adverse-event rates is read inside the clause 'respectively' closes ---

@pytest.mark.parametrize(
    ("text", "term"),
    [
        (RCT + "Response rates were 45% and 10%; dissociation occurred in 30% and 5%, respectively.", "dissociation"),
        (RCT + "Remission rates were 45% and 10%; nausea was reported by 30% and 5%, respectively.", "nausea"),
        (MDZ_RCT + "Responders numbered 45% and 10%; dizziness affected 30% and 5%, respectively.", "dizziness"),
        (RCT + "Response and remission were 45% and 10%; headache occurred in 30% and 5% of patients, respectively.",
         "headache"),
    ],
)
def test_an_adverse_event_list_after_a_rate_clause_keeps_its_arms(text: str, term: str) -> None:
    rows = sorted((float(f["value"]), f["arm"], str(f["detail"]).lower()) for f in findings(text)
                  if f["kind"] == "adverse_event")
    control = "midazolam" if "midazolam" in text else "placebo"
    assert rows == [(5.0, control, term), (30.0, "ketamine", term)]
