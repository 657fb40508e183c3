"""Response and remission rates, ninth session (issue 21): kinds of sentence misread, each a paraphrase written by
the team (not a blind abstract's sentence), with the cases that must still be read."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, timed_rates

# --- a share that stays in response is a sustained share, not a rate, in any tense ---------------------------------

SUSTAINED = [
    OPEN + "Five of 12 patients remain in response after four weeks.",
    OPEN + "Eight out of twenty participants (40%) remained in response at month 3.",
    OPEN + "Nine patients (22.5%) stay in response throughout the follow-up period.",
    OPEN + "Four of ten subjects are still in response at the end of follow-up.",
    OPEN + "Of the 20 remitters, 12 (60%) are still in remission at day 28.",
]


@pytest.mark.parametrize("text", SUSTAINED)
def test_a_share_that_remains_in_response_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_a_rate_beside_a_clause_about_remaining_is_still_read() -> None:
    text = OPEN + "Twenty patients (50%) met response criteria at day 1, and the sample remained under observation."
    assert timed_rates(text) == [("response_rate", 50.0, 24.0)]
