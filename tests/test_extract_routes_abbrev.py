"""Routes through abbreviations the text defines (issue 21): a list of routes with a bracketed list of their
abbreviations, the abbreviation written before its long form, and an abbreviation hyphenated to the drug's name.
Paraphrases written by the team."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.abbrev import abbreviations, uses

DEFINITIONS = [
    ("Ketamine can be given by intravenous, intranasal or intramuscular (IV, IN or IM) routes.",
     {"IV": "intravenous", "IN": "intranasal", "IM": "intramuscular"}),
    ("We compared oral and sublingual (PO and SL) dosing.", {"PO": "oral", "SL": "sublingual"}),
    ("Patients received ketamine IN (intranasally) twice weekly.", {"IN": "intranasally"}),
    ("SC (subcutaneous) dosing was used.", {"SC": "subcutaneous"}),
    # a bracketed list that does not spell the words before it defines nothing
    ("Patients were treated (IV, IN) as planned.", {}),
    # the long form must spell the abbreviation
    ("ECT (twice weekly) was given.", {}),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITIONS)
def test_definitions(text: str, expected: dict[str, str]) -> None:
    assert abbreviations(text) == expected


def test_an_abbreviation_hyphenated_to_a_word_is_a_use_of_it() -> None:
    assert uses("IN-esketamine and IN dosing, not INR or ESK-NS", "IN") == [(0, 2), (18, 20)]


ROUTES = [
    # the routes spelled out once in the background, then only their abbreviations
    ("Background: Ketamine can be given by intravenous, intranasal or intramuscular (IV, IN or IM) routes. Methods: "
     "We pooled randomized trials of each. Results: Twelve trials used IV dosing, five used IN dosing and two used IM "
     "dosing.", ["intravenous", "intranasal", "intramuscular"]),
    ("Methods: Adults with TRD received ketamine IN (intranasally) twice weekly. Results: IN dosing reduced MADRS "
     "scores.", ["intranasal"]),
    ("Methods: Forty adults received IN-esketamine or IV-ketamine. Results: MADRS fell in both arms.",
     ["intravenous", "intranasal"]),
    # the same letters defined as something else are not that route
    ("Methods: We compared IV ketamine with ECT on an inpatient (IN) unit. Results: IN patients improved.",
     ["intravenous"]),
    ("Methods: Patients received oral ketamine; controls received intensive monitoring (IM) only. Results: IM "
     "patients improved less.", ["oral"]),
    # the fourth item of a lower-case enumeration is no route
    ("This review of ketamine for depression covers (i) oral, (ii) intranasal, (iii) subcutaneous and (iv) other "
     "aspects of its use. Trials were pooled. Results were mixed.", ["intranasal", "subcutaneous", "oral"]),
    ("Methods: Patients with TRD received oral or iv ketamine. Results: iv ketamine acted faster.",
     ["intravenous", "oral"]),
]


@pytest.mark.parametrize(("text", "routes"), ROUTES)
def test_routes_through_abbreviations(text: str, routes: list[str]) -> None:
    assert extract_abstract(text)["routes"] == routes
