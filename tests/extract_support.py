"""Shared by the extraction tests: one abstract's findings of a kind, every span checked to lie inside the text."""

from __future__ import annotations

from typing import Any

from evidence.extract import extract_abstract


def finding_rows(text: str, kind: str) -> list[tuple[object, ...]]:
    """(arm, value, timepoint_hours) of each finding of `kind`, after checking every finding's span."""
    out = extract_abstract(text)
    for f in out["findings"]:
        a, b = f["span"]
        assert 0 <= a < b <= len(text)
    return [(f["arm"], f["value"], f["timepoint_hours"]) for f in out["findings"] if f["kind"] == kind]


# Methods openings the paraphrase tests put before a result sentence: the study kind decides how a rate is read.
OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RCT = "Methods: Sixty patients with TRD were randomized to intravenous ketamine or placebo. Results: "
RATE_KINDS = ("response_rate", "remission_rate")


def findings(text: str) -> list[dict[str, Any]]:
    """Every finding extracted from `text` (the extraction JSON's list)."""
    return list(extract_abstract(text)["findings"])  # type: ignore[call-overload]


def timed_rates(text: str) -> list[tuple[str, float, float | None]]:
    """(kind, value, timepoint_hours) of each response/remission rate, sorted: what a rate test compares."""
    return sorted((str(f["kind"]), float(f["value"]), f["timepoint_hours"]) for f in findings(text)
                  if f["kind"] in RATE_KINDS)


def onsets(text: str) -> list[float | None]:
    """The onset times extracted from `text`."""
    return [f["timepoint_hours"] for f in findings(text) if f["kind"] == "onset"]


def design_of(text: str) -> str:
    """The study design extracted from `text`."""
    return str(extract_abstract(text)["design"])


def n_of(text: str) -> object:
    """The sample size (N) extracted from `text`, or None."""
    return extract_abstract(text)["n"]


def routes_of(text: str) -> list[str]:
    """The study's own routes extracted from `text`."""
    return list(extract_abstract(text)["routes"])  # type: ignore[call-overload]


def drugs_of(text: str) -> list[str]:
    """The ketamine forms the study gives, extracted from `text`, sorted."""
    return sorted(extract_abstract(text)["drugs"])  # type: ignore[call-overload]


def population_of(text: str) -> list[str]:
    """The population tags extracted from `text`."""
    return list(extract_abstract(text)["population"])  # type: ignore[call-overload]


def ae_values(text: str) -> list[float]:
    """The adverse-event rates extracted from `text`, sorted."""
    return sorted(float(f["value"]) for f in findings(text) if f["kind"] == "adverse_event")
