"""Onset (issue 21), ninth session: kinds of text the onset reader got wrong on first contact with new abstracts.
Paraphrases written by the team (not copied from any labelled abstract), each with cases that must NOT match."""

from __future__ import annotations

import pytest

from tests.extract_support import onsets

OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. "
RCT = "Methods: Sixty patients with depression and suicidal ideation were randomized to ketamine or saline. "

# --- the outcome a time belongs to, and a suicidal-ideation onset stated in a sentence of its own -------------------

SEPARATE_SI = [
    # the instrument in brackets names depression; the outcome is suicidal ideation
    (OPEN + "Results: MADRS scores fell significantly from baseline at 4 hours. SI scores (MADRS item 10) decreased "
     "significantly from baseline by 1 hour post-infusion.", [4.0, 1.0]),
    # the instrument in a 'measured with' phrase
    (RCT + "Results: Depressive symptoms were significantly lower with ketamine than with saline on days 1 and 3. "
     "Suicidal thoughts, assessed with the suicide item of the Hamilton Depression Rating Scale, were significantly "
     "lower than with saline at 4 hours and on day 1.", [24.0, 4.0]),
    # a second clause that names no outcome goes on with the first clause's ('these decreases ...')
    (OPEN + "Results: HAM-D scores improved significantly at 2 hours. Scores on the BSS decreased significantly "
     "within 40 minutes; these decreases remained significant through the first 6 hours (p < .01).", [2.0, 0.67]),
    # the modified scale for suicidal ideation (MSSI) is a suicidal-ideation outcome
    (RCT + "Results: The HAM-D17 score was significantly lower than with saline at 6 h. The MSSI score was "
     "significantly lower than with saline at 2 h.", [6.0, 2.0]),
]


@pytest.mark.parametrize(("text", "hours"), SEPARATE_SI)
def test_a_suicidal_ideation_onset_in_its_own_sentence_is_a_second_onset(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


SEPARATE_SI_NOT = [
    # one sentence naming both outcomes at one time: one onset
    (RCT + "Results: HAM-D and MSSI scores were significantly lower than with saline within 6 h of the dose.", [6.0]),
    # suicidal ideation alone: its onset is the only one
    (RCT + "The primary outcome was the BSS. Results: Scores on the BSS were significantly lower than with saline at "
     "24 hours.", [24.0]),
    # a suicidality sentence with no significant effect adds nothing
    (OPEN + "Results: MADRS scores fell significantly at 4 hours. Suicidal ideation scores decreased slightly by "
     "day 3.", [4.0]),
    # a suicidality onset stated only as an interpretation ('These findings suggest ...') is not a second finding
    (OPEN + "Results: MADRS scores fell significantly at 4 hours. Conclusions: These findings suggest that suicidal "
     "ideation improves significantly within 1 hour.", [4.0]),
]


@pytest.mark.parametrize(("text", "hours"), SEPARATE_SI_NOT)
def test_no_second_onset_without_a_separate_significant_suicidality_sentence(
        text: str, hours: list[float]) -> None:
    assert onsets(text) == hours
