"""A pair of counts out of one group, closed by 'respectively' ('three and one out of twelve subjects responded and
remitted, respectively'): both counts are rates over that group, in order (issue 21, eighth session, lead; found among
wrong rates on fresh abstracts, where only the second count was read, as the first measure). Paraphrases written by the
lead; the negatives show an uncertain count, a longer list and a count without 'respectively' stay as they were."""

from __future__ import annotations

import pytest

from tests.extract_support import timed_rates

OPEN = "Methods: Twelve patients with TRD received open-label intravenous ketamine. Results: "


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        (OPEN + "After the first infusion, three and one out of twelve subjects responded and remitted, respectively.",
         [("remission_rate", 8.3, None), ("response_rate", 25.0, None)]),
        (OPEN + "Eight and four of the 12 patients had responded and remitted by day 14, respectively.",
         [("remission_rate", 33.3, 336.0), ("response_rate", 66.7, 336.0)]),
        (OPEN + "At the end of the course, 9 and 5 of 12 participants met response and remission criteria, "
         "respectively.", [("remission_rate", 41.7, None), ("response_rate", 75.0, None)]),
    ],
)
def test_both_counts_of_a_pair_are_read_in_order(text: str, rates: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(text) == rates


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        # one uncertain count, not two
        (OPEN + "Six or seven of 12 patients responded.", [("response_rate", 58.3, None)]),
        # both counts carry their own verbs already
        (OPEN + "Eight of 12 patients responded and four remitted.",
         [("remission_rate", 33.3, None), ("response_rate", 66.7, None)]),
    ],
)
def test_other_count_lists_are_unchanged(text: str, rates: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(text) == rates


def test_a_longer_list_is_not_read_as_a_pair() -> None:
    rates = timed_rates(OPEN + "Nine, six and four of 20 patients responded at days 1, 7 and 28, respectively.")
    assert ("response_rate", 30.0, 168.0) not in rates and all(v != 45.0 for _, v, _ in rates)
