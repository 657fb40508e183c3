"""Shared by the extraction tests: one abstract's findings of a kind, every span checked to lie inside the text."""

from __future__ import annotations

from evidence.extract import extract_abstract


def finding_rows(text: str, kind: str) -> list[tuple[object, ...]]:
    """(arm, value, timepoint_hours) of each finding of `kind`, after checking every finding's span."""
    out = extract_abstract(text)
    for f in out["findings"]:
        a, b = f["span"]
        assert 0 <= a < b <= len(text)
    return [(f["arm"], f["value"], f["timepoint_hours"]) for f in out["findings"] if f["kind"] == kind]
