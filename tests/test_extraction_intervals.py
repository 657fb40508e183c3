"""The extraction benchmarks' bootstrap intervals (benchmarks/extraction_eval.py): right centre, right width."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import extraction_eval  # noqa: E402


def _accuracy_records(ok: int, total: int) -> list[dict[str, tuple[int, ...]]]:
    return [{"design": (int(i < ok), 1)} for i in range(total)]


def test_an_accuracy_interval_matches_the_binomial_standard_error() -> None:
    # 50 of 100 right: the 95% interval is about 0.5 +- 1.96 * sqrt(0.25 / 100) = 0.40-0.60
    lo, hi = extraction_eval.bootstrap_intervals(_accuracy_records(50, 100))["design"]
    assert lo == pytest.approx(0.40, abs=0.025)
    assert hi == pytest.approx(0.60, abs=0.025)


def test_fewer_abstracts_give_a_wider_interval() -> None:
    small = extraction_eval.bootstrap_intervals(_accuracy_records(15, 20))["design"]
    large = extraction_eval.bootstrap_intervals(_accuracy_records(150, 200))["design"]
    assert small[1] - small[0] > 2 * (large[1] - large[0])
    assert small[0] < 0.75 < small[1] and large[0] < 0.75 < large[1]


def test_all_right_is_a_point_and_the_draws_are_reproducible() -> None:
    assert extraction_eval.bootstrap_intervals(_accuracy_records(30, 30))["design"] == (1.0, 1.0)
    recs = _accuracy_records(7, 12)
    assert extraction_eval.bootstrap_intervals(recs, seed=3) == extraction_eval.bootstrap_intervals(recs, seed=3)


@pytest.mark.parametrize(
    ("records", "field", "inside"),
    [
        # findings F1 is summed over the resampled abstracts, not averaged per abstract
        ([{"onset": (1, 1, 1)}] * 8 + [{"onset": (0, 1, 1)}] * 2, "onset", 0.8),
        # abstracts without an N label do not enter the N interval
        ([{"N (n_randomized)": (1, 1)}] * 9 + [{"N (n_randomized)": (0, 1)}] + [{"design": (1, 1)}] * 10,
         "N (n_randomized)", 0.9),
    ],
)
def test_the_point_score_lies_inside_its_interval(records: list[dict[str, tuple[int, ...]]], field: str,
                                                  inside: float) -> None:
    lo, hi = extraction_eval.bootstrap_intervals(records)[field]
    assert lo <= inside <= hi and hi - lo > 0


def test_a_field_never_labelled_nor_predicted_has_no_interval() -> None:
    assert "onset" not in extraction_eval.bootstrap_intervals([{"onset": (0, 0, 0), "design": (1, 1)}] * 5)
