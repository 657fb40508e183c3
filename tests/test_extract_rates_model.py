"""Typed findings (issue 22): the Finding record reads and writes the extraction JSON exactly, and the findings
tables are built from it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from evidence.extract import extract_abstract, findings_rows
from evidence.extract.model import Finding, findings_of

TEXTS = [
    # rates for two arms with counts, and an adverse event with its percentage
    "Methods: Sixty adults with TRD were randomized to intravenous ketamine or placebo. Results: At 24 hours, 12 of "
    "30 patients (40%) responded to ketamine and 3 of 30 (10%) to placebo. Dissociation occurred in 30% of "
    "ketamine-treated patients.",
    # a scale change and an onset
    "Methods: Forty outpatients received open-label intranasal esketamine. Results: MADRS scores fell from 32 to 14 "
    "at day 28; improvement was significant from 4 hours. Remission at day 28 was 35%.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_finding_writes_the_extraction_json_it_was_read_from(text: str) -> None:
    out: dict[str, Any] = extract_abstract(text)
    assert out["findings"], "the case must have findings to check"
    for f in out["findings"]:
        assert Finding.from_dict(f).to_dict() == f
    for f in out["scale_changes"]:
        assert Finding.from_dict(f, public=False).to_dict() == f


def test_findings_of_types_findings_and_scale_changes() -> None:
    out: dict[str, Any] = extract_abstract(TEXTS[1])
    typed = findings_of(out)
    assert len(typed) == len(out["findings"]) + len(out["scale_changes"])
    rates = [f for f in typed if f.is_rate]
    assert [(f.kind, f.value, f.timepoint_hours) for f in rates] == [("remission_rate", 35.0, 672.0)]
    a, b = rates[0].span
    assert TEXTS[1][a:b].startswith("Remission at day 28")


def test_a_finding_is_immutable() -> None:
    f = Finding(kind="response_rate", value=40.0, span=(0, 10), unit="percent")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.value = 50.0  # type: ignore[misc]


def test_the_tables_rows_come_from_the_typed_findings() -> None:
    rows = findings_rows("S1", TEXTS[0], "https://example.org", "pubmed")
    eff = sorted((r["arm_label"], r["value"], r["n_events"], r["n_total"]) for r in rows["efficacy"])
    assert eff == [("ketamine", 40.0, 12, 30), ("placebo", 10.0, 3, 30)]
    assert [str(r["term"]).lower() for r in rows["adverse_events"] if r["percent"] is not None] == ["dissociation"]
