"""Refactors leave the dashboard's numbers alone: summaries, pooled rows and claim verdicts equal the record."""

from __future__ import annotations

import difflib
from functools import cache

import pytest

from tests.golden_numbers import GOLDEN, outputs


@cache
def _current() -> dict[str, str]:
    """Computed once, when the first test of this module runs (not at collection)."""
    return dict(outputs())


def test_the_record_covers_every_output() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(_current())


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.iterdir()))
def test_numbers_equal_the_record(name: str) -> None:
    want = (GOLDEN / name).read_text(encoding="utf-8")
    got = _current().get(name, "<not produced any more>")
    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "record", "now", n=1))
    assert got == want, f"{name} changed (if intended: python -m tests.golden_numbers --write):\n{diff[:4000]}"
