"""Onset precision (issue 21, eighth session, lead): two kinds of significant time that are not where the drug's effect
began, found among the wrong onsets of first contact with fresh abstracts. Paraphrases written by the lead (not copied
from any labelled abstract); every negative gave an onset before the change, and each kind has cases that must still
give the onset."""

from __future__ import annotations

import pytest

from tests.extract_support import onsets

BG = "Background: Ketamine may relieve depression quickly. "
OPEN = BG + "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RCT = BG + "Methods: Sixty patients with TRD were randomized to intravenous ketamine or midazolam. Results: "

# --- a group set against its own negation: patients against patients, not the drug against its comparator ----------

SUBGROUP = [
    BG + "Methods: Ninety inpatients with depression received six ketamine infusions over 12 days. Results: The "
    "melancholic group had significantly lower MADRS scores than the non-melancholic group at day 13 (p < 0.05).",
    OPEN + "Patients with anxious depression had significantly fewer depressive symptoms compared to those with "
    "nonanxious depression at days 1 through 5 (p = 0.02).",
    BG + "Methods: Sixty patients with depression received a single ketamine infusion. Results: HAM-D scores were "
    "significantly lower in suicidal patients versus non-suicidal patients at 24 hours (p = 0.01).",
    BG + "Methods: Fifty patients with bipolar depression received ketamine. Results: Depressive symptoms fell "
    "significantly more in patients with psychotic features than in the non-psychotic group at days 3 and 7 (p < .01).",
]


@pytest.mark.parametrize("text", SUBGROUP)
def test_a_group_set_against_its_negation_gives_no_onset(text: str) -> None:
    assert onsets(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # untreated or non-drug controls are the comparator: still a separation
        (BG + "Methods: Fifty patients were assigned to ketamine or to usual care. Results: MADRS scores were "
         "significantly lower with ketamine than with non-ketamine usual care at 24 hours (p < 0.01).", 24.0),
        (BG + "Methods: Forty-eight patients received ketamine or no infusion. Results: Depression scores were "
         "significantly lower than in non-treated controls at day 3 (p = 0.004).", 72.0),
        # both subgroups against placebo: the drug's separation
        (BG + "Methods: Thirty patients were randomized to ketamine or placebo. Results: The melancholic and "
         "non-melancholic patients given ketamine both improved significantly more than placebo at day 1 (p < 0.01).",
         24.0),
    ],
)
def test_drug_against_control_still_gives_the_onset(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


# --- a time at which the effect peaked: it began before then ----------------------------------------------------------

PEAK = [
    BG + "Methods: Forty patients with suicidal ideation were randomized to ketamine or midazolam in a crossover "
    "design. Results: Compared with midazolam, ketamine produced a larger reduction in suicidal ideation (P = 0.01), "
    "with maximal effects measured at 7 days postinfusion (P < 0.001).",
    RCT + "Compared with midazolam, the peak reduction in MADRS scores with ketamine was observed at day 7 "
    "(p < 0.001).",
    OPEN + "The greatest improvement in HAM-D scores was seen at week 2 (p < 0.01).",
    BG + "Methods: Thirty patients with TRD were randomized to ketamine or saline. Results: Ketamine was superior to "
    "saline, with the largest antidepressant effect reached at day 3 (p = 0.002).",
]


@pytest.mark.parametrize("text", PEAK)
def test_a_peak_time_is_no_onset(text: str) -> None:
    assert onsets(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RCT + "MADRS scores were significantly lower with ketamine than with midazolam at 24 hours (p < 0.001), and "
         "the maximal effect was measured at day 7.", 24.0),
        (OPEN + "A significant reduction in HAM-D scores was seen at 4 hours (p < 0.001); the peak improvement was at "
         "day 3.", 4.0),
        (RCT + "Ketamine separated from midazolam at 24 hours (p = 0.01), with a peak on day 7.", 24.0),
    ],
)
def test_the_onset_before_a_peak_is_kept(text: str, hours: float) -> None:
    assert onsets(text) == [hours]
