"""Eleventh session (issue 21): rate and adverse-event mechanisms written from first-contact errors of fresh text.
Each case is a paraphrase the team wrote of a KIND of sentence (none copied from a labelled abstract), with negatives:

- G: arms told by a code letter ('group K', 'Group C', 'the S group'): the abstract defines each label once, and an
  adverse-event rate told by label takes that arm; the other arm's bracketed rate after a comparison ('did not differ
  significantly from group C (4.62%)') counts the same event; undefined labels never take the study drug's arm;
  response and remission rates told by label take the labels' arms too, and a label after the number carries the
  event to the next arm ('was 13.3% in group S and 16.7% in group C');
- C: a count bracket after a rate ('50.0% (n = 10) and 20.0% (n = 4) ..., respectively') keeps the pair together, so
  each value takes its own arm;
- L: response and remission told in Spanish, Portuguese or French ('La tasa de respuesta fue del 52,5% y la de
  remisión del 30%'), with the lower-case 'y' / 'e' / 'et' ending a rate's clause as 'and' does; partial response and
  time to response in those languages give no rate;
- T: a rate told as a clause and compared ('was 60%, which was significantly higher than the placebo group (30%)'):
  the arm after 'than' is the other side's;
- N: 'no significant difference in the incidence of dizziness (15% vs 12%)' negates the difference, not the event.
- R: response counted together with partial response ('a response or partial response') is not a response rate;
  response and partial response told apart keep the response.
- K: a number in a bracket written after a measure ('Response (45%) or remission (20%)') is that measure's, not
  the one named after the bracket closes;
- I: a bracket holding only a rate's confidence interval ('52% (95% CI 40%-63%) for ketamine') is transparent: the
  arm named after it is still the rate's, and the pair after it ('versus 31.6% [95% CI ...]') is still read; the
  same for adverse-event rates.
"""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, finding_rows, findings, timed_rates

DEFS = {
    "bracket_after": "Methods: Ninety women were randomly divided into group K (esketamine 0.25 mg/kg) and group C "
                     "(normal saline). Results: ",
    "bracket_before": "Methods: Ninety women were randomly divided into an esketamine group (group E) and a saline "
                      "group (group C). Results: ",
    "given_after": "Methods: Ninety women were randomly divided into two groups: group E received esketamine "
                   "0.25 mg/kg intravenously and group C received the same volume of saline. Results: ",
    "code_first": "Methods: Ninety women were randomly allocated to esketamine (E group) or saline (C group). "
                  "Results: ",
}

# (definition, result sentence, expected (arm, value) rows of adverse_event)
G_CASES = [
    ("bracket_after", "The incidence of adverse reactions in group K (18.2%) did not differ significantly from "
     "group C (6.7%) (P > 0.05).", [("esketamine", 18.2), ("placebo", 6.7)]),
    ("bracket_before", "The rate of adverse events in group E (22.5%) was higher than that in group C (7.5%).",
     [("esketamine", 22.5), ("placebo", 7.5)]),
    ("given_after", "Side effects in group E (12%) did not differ from those in group C (10%).",
     [("esketamine", 12.0), ("placebo", 10.0)]),
    ("code_first", "The total incidence of adverse reactions in the E group (30%) did not differ statistically from "
     "the C group (20%).", [("esketamine", 30.0), ("placebo", 20.0)]),
]


@pytest.mark.parametrize(("defs", "sentence", "expected"), G_CASES)
def test_G_labelled_groups_give_each_arm_its_adverse_event_rate(defs: str, sentence: str,
                                                                 expected: list[tuple[str, float]]) -> None:
    rows = finding_rows(DEFS[defs] + sentence, "adverse_event")
    assert sorted((arm, value) for arm, value, _ in rows) == sorted(expected)


# negatives: the second number is not the other arm's rate of the same event, or its group is not defined
G_NEGATIVES = [
    # a different quantity follows the comparison: no carry
    ("bracket_after", "The incidence of adverse reactions in group K (18.2%) did not differ significantly from "
     "group C, and the dropout rate was 6.7%.", [("esketamine", 18.2)]),
    # the label after the comparison names a group the abstract never defined: not given the study drug's arm
    ("bracket_after", "The incidence of adverse reactions in group K (18.2%) did not differ significantly from "
     "group Z (6.7%).", [("esketamine", 18.2)]),
    # another event named between: the second number is its own (dizziness), not adverse reactions of group C
    ("bracket_after", "Adverse reactions in group K (18.2%) were mild, whereas dizziness in group C (6.7%) was rare.",
     None),
]


@pytest.mark.parametrize(("defs", "sentence", "expected"), G_NEGATIVES)
def test_G_no_carry_to_a_number_that_is_not_the_other_arms_rate(defs: str, sentence: str,
                                                                 expected: list[tuple[str, float]] | None) -> None:
    text = DEFS[defs] + sentence
    if expected is None:
        carried = [f for f in findings(text) if f["kind"] == "adverse_event" and f["value"] == 6.7
                   and "reaction" in str(f.get("term", "")).lower()]
        assert carried == []
    else:
        assert sorted((arm, value) for arm, value, _ in finding_rows(text, "adverse_event")) == sorted(expected)


R_COMBINED = [
    "Overall, 45% of patients showed a response or partial response after four infusions.",
    "In all, 52% of the sample had a response/partial response.",
    "At week 4, 61% of participants achieved response or partial response.",
    "Thirty percent of patients experienced a response or partial response.",
    "After six infusions, 47% met criteria for response and/or partial response.",
]


@pytest.mark.parametrize("sentence", R_COMBINED)
def test_R_response_counted_with_partial_response_is_not_a_response_rate(sentence: str) -> None:
    assert timed_rates(OPEN + sentence) == []


R_KEPT = [
    ("By week 2, 40% had responded and 20% had a partial response.", [("response_rate", 40.0, 336.0)]),
    ("Response was seen in 40% and partial response in 20%.", [("response_rate", 40.0, None)]),
    ("Response occurred in 35% of patients; a further 15% showed a partial response.",
     [("response_rate", 35.0, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), R_KEPT)
def test_R_response_told_apart_from_partial_response_is_kept(sentence: str,
                                                             expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + sentence) == expected


I_CASES = [
    (RCT, "Response rates were 52% (95% CI 40%-63%) for ketamine versus 20% (95% CI 10%-30%) for placebo.",
     [("ketamine", 52.0), ("placebo", 20.0)]),
    (RCT, "Remission rates were 41% (95% CI, 29-53) with ketamine and 12% (95% CI, 5-19) with placebo.",
     [("ketamine", 41.0), ("placebo", 12.0)]),
    (RCT, "At day 7, 38% [95% confidence interval 25%-51%] of the ketamine group and 9% [95% confidence interval "
     "2%-16%] of the placebo group had responded.", [("ketamine", 38.0), ("placebo", 9.0)]),
    (OPEN, "Women had a higher response (47.5% [95% CI = 35.0%-60.1%] versus 28.2% [95% CI = 14.1%-42.4%]) than men.",
     [("ketamine", 28.2), ("ketamine", 47.5)]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), I_CASES)
def test_I_interval_brackets_leave_each_rate_its_arm_and_pair(opening: str, sentence: str,
                                                               expected: list[tuple[str, float]]) -> None:
    rows = [(arm, value) for kind, arm, value in
            ((f["kind"], f["arm"], f["value"]) for f in findings(opening + sentence)) if kind.endswith("_rate")]
    assert sorted(rows) == sorted(expected)


# negatives: interval bounds never become rates, and a bracket that is not an interval is read as before
I_NEGATIVES = [
    (OPEN, "Response was seen in 45% of patients (95% CI 30%-60%).", [45.0]),
    (OPEN, "Response was seen in 45% of patients (n = 18), remission in 20% (n = 8).", [20.0, 45.0]),
]


@pytest.mark.parametrize(("opening", "sentence", "values"), I_NEGATIVES)
def test_I_interval_bounds_are_never_rates(opening: str, sentence: str, values: list[float]) -> None:
    assert sorted(v for _, v, _ in timed_rates(opening + sentence)) == values


G_RATES = [
    ("bracket_after", "The response rate in group K (60%) was higher than that in group C (30%).",
     [("esketamine", 60.0), ("placebo", 30.0)]),
    ("bracket_before", "The response rate was 55% in group E and 25% in group C.",
     [("esketamine", 55.0), ("placebo", 25.0)]),
    ("given_after", "At week 1, the remission rate of group E was 40%, compared with 15% in group C.",
     [("esketamine", 40.0), ("placebo", 15.0)]),
    ("code_first", "Remission was reached by 35% of the E group and by 10% of the C group.",
     [("esketamine", 35.0), ("placebo", 10.0)]),
]


@pytest.mark.parametrize(("defs", "sentence", "expected"), G_RATES)
def test_G_rates_told_by_group_label_take_the_labels_arms(defs: str, sentence: str,
                                                          expected: list[tuple[str, float]]) -> None:
    rows = [(f["arm"], f["value"]) for f in findings(DEFS[defs] + sentence) if f["kind"].endswith("_rate")]
    assert sorted(rows) == sorted(expected)


def test_G_a_label_defined_two_ways_gives_no_label_any_arm() -> None:
    """One label defined as two arms: no label is read (the neighbour label's arm would be taken instead)."""
    text = ("Methods: Ninety women were randomly divided into group A (esketamine 0.25 mg/kg) and group B (saline); "
            "in a second phase, group A (saline) was compared with group C (ketamine). Results: The response rate in "
            "group A (60%) was higher than that in group B (30%).")
    arms = {f["value"]: f["arm"] for f in findings(text) if f["kind"] == "response_rate"}
    assert arms.get(60.0) != "placebo"


K_CASES = [
    (RCT, "Response (45%) or remission (20%) was more common with ketamine.",
     [("remission_rate", 20.0), ("response_rate", 45.0)]),
    (RCT, "Response (45% vs 20%) or remission (30% vs 10%) favoured ketamine.",
     [("remission_rate", 10.0), ("remission_rate", 30.0), ("response_rate", 20.0), ("response_rate", 45.0)]),
    (RCT, "The response rate (45%) or remission rate (20%) was higher with ketamine.",
     [("remission_rate", 20.0), ("response_rate", 45.0)]),
    (OPEN, "Remission (25%) or at least response (55%) was reached by most patients.",
     [("remission_rate", 25.0), ("response_rate", 55.0)]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), K_CASES)
def test_K_a_bracket_belongs_to_the_measure_written_before_it(opening: str, sentence: str,
                                                                expected: list[tuple[str, float]]) -> None:
    assert sorted((k, v) for k, v, _ in timed_rates(opening + sentence)) == expected


K_KEPT = [
    ("After four infusions, 45% of patients (n = 18) reached remission.", [("remission_rate", 45.0)]),
    # the bracket follows a count, not a measure: the measure after it is the number's
    ("Four patients (44%) responded, and two (22%) remitted.", [("remission_rate", 22.0), ("response_rate", 44.0)]),
]


@pytest.mark.parametrize(("sentence", "expected"), K_KEPT)
def test_K_a_bracket_after_no_measure_takes_the_measure_after_it(sentence: str,
                                                                   expected: list[tuple[str, float]]) -> None:
    assert sorted((k, v) for k, v, _ in timed_rates(OPEN + sentence)) == expected


I_AE_CASES = [
    "The incidence of nausea was 20% (95% CI 10-30%) with ketamine and 5% (95% CI 1-12%) with midazolam.",
    "Dissociation was reported by 33.3% [95% CI, 20.1%-48.8%] of ketamine recipients and 4.4% [95% CI, 0.5%-15.1%] "
    "of midazolam recipients.",
    "Dizziness affected 25% (95% confidence interval 14%-39%) of the ketamine group versus 6% (95% confidence "
    "interval 1%-17%) of the midazolam group.",
]
MIDAZOLAM = ("Methods: Sixty patients with TRD were randomized to intravenous ketamine or midazolam. Results: ")


@pytest.mark.parametrize("sentence", I_AE_CASES)
def test_I_interval_brackets_leave_each_adverse_event_rate_its_arm(sentence: str) -> None:
    rows = finding_rows(MIDAZOLAM + sentence, "adverse_event")
    arms = [arm for arm, _, _ in sorted(rows, key=lambda r: -float(str(r[1])))]
    assert arms == ["ketamine", "midazolam"]


PERI = ("Methods: A total of 120 patients undergoing caesarean section were randomly divided into an esketamine group "
        "(group S, n = 60) and a control group (group C, n = 60) given saline. Results: ")
G_AFTER = [
    "The incidence of postoperative adverse reactions was 13.3% in group S and 16.7% in group C.",
    "Nausea occurred in 13.3% of group S and 16.7% of group C.",
    "Dizziness was reported by 13.3% in group S, compared with 16.7% in group C.",
]


@pytest.mark.parametrize("sentence", G_AFTER)
def test_G_a_label_after_the_number_carries_the_event_to_the_other_arm(sentence: str) -> None:
    rows = sorted((value, arm) for arm, value, _ in finding_rows(PERI + sentence, "adverse_event"))
    assert rows == [(13.3, "esketamine"), (16.7, "placebo")]


def test_G_an_undefined_label_after_the_number_gives_no_second_rate() -> None:
    text = ("Methods: A total of 120 patients undergoing caesarean section were randomly divided into two groups "
            "to receive esketamine or not. Results: The incidence of adverse reactions was 13.3% in group S and "
            "16.7% in group C.")
    assert [v for _, v, _ in finding_rows(text, "adverse_event")] == [13.3]


N_CASES = [
    (PERI, "There was no significant difference in the incidence of dizziness between group S and group C (15.0% vs "
     "11.7%, P > 0.05).", [(11.7, "placebo"), (15.0, "esketamine")]),
    (MIDAZOLAM, "There were no differences in rates of nausea (12% vs 10%) between ketamine and midazolam.",
     [(10.0, "midazolam"), (12.0, "ketamine")]),
    (MIDAZOLAM, "The groups did not differ in the incidence of headache (ketamine 8%, midazolam 6%).",
     [(6.0, "midazolam"), (8.0, "ketamine")]),
]


@pytest.mark.parametrize(("opening", "sentence", "expected"), N_CASES)
def test_N_no_difference_in_an_incidence_does_not_negate_the_event(opening: str, sentence: str,
                                                                   expected: list[tuple[float, str]]) -> None:
    assert sorted((v, arm) for arm, v, _ in finding_rows(opening + sentence, "adverse_event")) == expected


N_NEGATIVES = [
    "No dizziness occurred in either group.",
    "There were no differences in response rates between patients with and without insomnia.",
    "There were no significant group differences in dissociative side effects.",
]


@pytest.mark.parametrize("sentence", N_NEGATIVES)
def test_N_a_negated_event_or_a_trait_gives_no_adverse_event(sentence: str) -> None:
    out = findings(MIDAZOLAM + sentence)
    assert [f for f in out if f["kind"] == "adverse_event"] == []


C_CASES = [
    "Response rates at 24 h were 50.0% (n = 10) and 20.0% (n = 4) in the ketamine and placebo groups, respectively.",
    "Remission rates were 35% (n = 7) vs 10% (n = 2) for ketamine and placebo, respectively.",
    "Response rates were 62.5% (n = 15) and 25.0% (n = 6) with ketamine and placebo, respectively.",
]


@pytest.mark.parametrize("sentence", C_CASES)
def test_C_a_count_bracket_keeps_a_respectively_pair_together(sentence: str) -> None:
    rows = [(f["arm"], f["value"]) for f in findings(RCT + sentence) if f["kind"].endswith("_rate")]
    assert [arm for arm, _ in sorted(rows, key=lambda r: -float(r[1]))] == ["ketamine", "placebo"]


def test_C_a_count_bracket_does_not_join_two_clauses() -> None:
    text = RCT + "Response rates were 50.0% (n = 10) with ketamine; 20.0% (n = 4) of placebo patients relapsed."
    assert [(f["arm"], f["value"]) for f in findings(text) if f["kind"] == "response_rate"] == [("ketamine", 50.0)]


ES = ("Métodos: Cuarenta pacientes con depresión resistente recibieron ketamina intravenosa en un estudio abierto. "
      "Resultados: ")
L_CASES = [
    (ES + "La tasa de respuesta fue del 52,5% y la tasa de remisión del 30%.",
     [("remission_rate", 30.0), ("response_rate", 52.5)]),
    ("Méthodes: Quarante patients ont reçu de la kétamine intraveineuse. Résultats: Le taux de réponse était de "
     "48,0 % et le taux de rémission de 25,0 %.", [("remission_rate", 25.0), ("response_rate", 48.0)]),
    ("Métodos: Quarenta pacientes receberam cetamina intravenosa. Resultados: A taxa de resposta foi de 55% e a taxa "
     "de remissão de 35%.", [("remission_rate", 35.0), ("response_rate", 55.0)]),
    (ES + "El 40% respondió y el 20% presentó remisión.", [("remission_rate", 20.0), ("response_rate", 40.0)]),
]


@pytest.mark.parametrize(("text", "expected"), L_CASES)
def test_L_rates_in_other_languages(text: str, expected: list[tuple[str, float]]) -> None:
    assert sorted((k, v) for k, v, _ in timed_rates(text)) == expected


L_NEGATIVES = [
    ES + "El 45% de los pacientes presentó respuesta parcial.",
    ES + "El tiempo de respuesta fue menor en el 60% de los casos.",
    ES + "El 44,37% de los tumores eran de cabeza pancreática.",
]


@pytest.mark.parametrize("text", L_NEGATIVES)
def test_L_partial_response_time_to_response_and_shares_give_no_rate(text: str) -> None:
    assert timed_rates(text) == []


T_CASES = [
    (RCT, "The response rate of the ketamine group was 60%, which was significantly higher than the placebo group "
     "(30%).", "response_rate", [(30.0, "placebo"), (60.0, "ketamine")]),
    (PERI, "The response rate of group S was 60%, which was higher than group C (30%).", "response_rate",
     [(30.0, "placebo"), (60.0, "esketamine")]),
    (RCT, "The remission rate in the ketamine arm was 40%, which was markedly greater than the placebo arm (10%).",
     "remission_rate", [(10.0, "placebo"), (40.0, "ketamine")]),
]


@pytest.mark.parametrize(("opening", "sentence", "kind", "expected"), T_CASES)
def test_T_the_arm_after_than_is_the_other_sides(opening: str, sentence: str, kind: str,
                                                  expected: list[tuple[float, str]]) -> None:
    assert sorted((v, arm) for arm, v, _ in finding_rows(opening + sentence, kind)) == expected


def test_G_plural_groups_are_not_read_as_one_label() -> None:
    text = PERI + "The response rates were 60% and 30% in groups S and C, respectively."
    assert sorted((v, arm) for arm, v, _ in finding_rows(text, "response_rate")) == [(30.0, "placebo"),
                                                                                     (60.0, "esketamine")]
