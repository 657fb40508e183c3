"""Round C rate times: a rate with no time of its own takes none from a previous sentence that times a recording,
scan or sample (that time is the recording's), but still takes one from a previous sentence about ratings."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.ratetimes import timepoint_for
from evidence.extract.text import Sentence


def _prev(text: str) -> Sentence:
    return Sentence(0, len(text), text, "unknown")


RATE = "Overall, 60% of patients showed at least a 50% reduction in their MADRS score."

# previous sentences that time another measurement: no time is lent
OTHER_MEASURE = [
    "The auditory oddball paradigm was run 2-3 h after a single intravenous dose of ketamine or saline.",
    "EEG was recorded 4 hours after the infusion in every participant.",
    "Blood samples were drawn at 240 min after the start of the infusion.",
    "Resting-state fMRI scans were acquired 24 hours after the dose.",
]

# previous sentences about ratings or findings: their single time is still lent
RATING = [
    ("Depressive symptoms were assessed with the MADRS 24 hours after the infusion.", 24.0),
    ("The reduction in MADRS score on day 7 was larger with ketamine than with placebo (P < 0.01).", 168.0),
    ("Plasma levels were measured and MADRS ratings were taken at 4 hours.", 4.0),
]


@pytest.mark.parametrize("prev", OTHER_MEASURE)
def test_a_recordings_time_is_not_lent_to_the_next_rate(prev: str) -> None:
    hours, inherited = timepoint_for(RATE, RATE.index("60%"), _prev(prev))
    assert (hours, inherited) == (None, False)


@pytest.mark.parametrize(("prev", "want"), RATING)
def test_a_rating_sentences_time_is_still_lent(prev: str, want: float) -> None:
    hours, inherited = timepoint_for(RATE, RATE.index("60%"), _prev(prev))
    assert (hours, inherited) == (want, True)


def test_whole_abstract_rate_after_a_recording_sentence_has_no_time() -> None:
    text = (
        "This electroencephalography study examined sensory learning in 24 patients with depression. "
        "The mismatch paradigm was recorded 3 h after a single 0.5 mg/kg intravenous dose of ketamine. "
        "Depression was rated with the MADRS; 55% of patients showed at least a 50% reduction in MADRS score."
    )
    rates = [f for f in extract_abstract(text)["findings"] if f["kind"] == "response_rate"]
    assert rates and all(f["timepoint_hours"] is None for f in rates)
