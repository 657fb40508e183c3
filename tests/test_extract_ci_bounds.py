"""Percentages in the bracket right after a percentage are its interval's bounds ('16.6% [9.0%, 24.1%]'), not rates
(issue 21, eighth session, lead; found among wrong rates on fresh abstracts). Paraphrases written by the lead; the
kept cases show counts and rates in brackets after other numbers still read."""

from __future__ import annotations

import pytest

from tests.extract_support import timed_rates

RCT = ("Methods: Two hundred patients with TRD were randomized to esketamine or quetiapine. Results: ")


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        (RCT + "At week 8, more achieved response (49.4% vs. 32.8%, RD [95% CI]: 16.6% [9.0%, 24.1%]; p < 0.001).",
         [("response_rate", 32.8, 1344.0), ("response_rate", 49.4, 1344.0)]),
        (RCT + "Remission at week 4 was 30% vs 18%, a difference of 12% [3%, 21%].",
         [("remission_rate", 18.0, 672.0), ("remission_rate", 30.0, 672.0)]),
        (RCT + "Response rates at day 7 were 52% and 31% (difference 21% (8% to 34%)).",
         [("response_rate", 31.0, 168.0), ("response_rate", 52.0, 168.0)]),
    ],
)
def test_interval_bounds_after_a_percentage_are_no_rates(text: str, rates: list[tuple[str, float, float]]) -> None:
    assert timed_rates(text) == rates


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        (RCT + "Response at day 7 was 12 (60%) vs 5 (25%).",
         [("response_rate", 25.0, 168.0), ("response_rate", 60.0, 168.0)]),
        (RCT + "Remission rates were 40% (8/20) and 15% (3/20) at week 6.",
         [("remission_rate", 15.0, 1008.0), ("remission_rate", 40.0, 1008.0)]),
        (RCT + "Remission was reached by 30% [12 of 40] at day 28.", [("remission_rate", 30.0, 672.0)]),
    ],
)
def test_rates_in_brackets_after_counts_are_kept(text: str, rates: list[tuple[str, float, float]]) -> None:
    assert timed_rates(text) == rates
