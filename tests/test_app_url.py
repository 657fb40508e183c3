"""The address a reader types: aliases, any case and abbreviations are understood, written back in canonical form,
and what is not understood is named in one line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence import vocab
from evidence.app.state import ALLOWED, ignored_params
from evidence.filters import Filters, from_query, to_query


@pytest.mark.parametrize(("query", "expected"), [
    ({"route": "IV"}, Filters(routes=("intravenous",))),
    ({"routes": "in,IM,Sc"}, Filters(routes=("intranasal", "intramuscular", "subcutaneous"))),
    ({"ROUTE": "po,SL"}, Filters(routes=("oral", "sublingual"))),
    ({"route": "Intravenous", "routes": "oral"}, Filters(routes=("intravenous", "oral"))),
    ({"population": "trd,mdd"}, Filters(populations=("TRD", "MDD"))),
    ({"Populations": "Bipolar,older adults"}, Filters(populations=("bipolar", "geriatric"))),
    ({"drug": "ESK,Ketamine"}, Filters(drugs=("esketamine", "ketamine"))),
    ({"design": "RCT,crossover"}, Filters(designs=("rct", "crossover_rct"))),
    ({"phase": "3,phase 2"}, Filters(phases=("PHASE3", "PHASE2"))),
    ({"status": "completed"}, Filters(statuses=("COMPLETED",))),
    ({"comparator": "Saline"}, Filters(comparators=("placebo",))),
    ({"primary_sources": "true", "exclude_crossover": "1", "include_auto": "yes"},
     Filters(primary_sources=True, exclude_crossover=True, include_auto=True)),
    ({"routes": "teleport,oral", "year_min": "abc"}, Filters(routes=("oral",))),
])
def test_what_people_type_is_understood(query: dict[str, str], expected: Filters) -> None:
    got = from_query(query, ALLOWED)
    assert got == expected
    assert from_query(to_query(got), ALLOWED) == got  # the canonical form reads back the same


@pytest.mark.parametrize(("query", "phrase"), [
    ({"rout": "oral"}, "rout=oral (did you mean routes=?)"),
    ({"drug": "teleport"}, "drug=teleport (not a known value)"),
    ({"routes": "IV,warp"}, "routes=warp (not a known value)"),
    ({"window": "2d"}, "window=2d (use one of acute, 24h, d2_7, d8_20, d21_42, gt6w)"),
    ({"colour": "red"}, "colour=red (not a parameter of this dashboard)"),
])
def test_an_ignored_parameter_is_named(query: dict[str, str], phrase: str) -> None:
    assert ignored_params(query) == [phrase]


def test_understood_parameters_raise_no_notice() -> None:
    assert ignored_params({"route": "IV", "populations": "TRD", "tab": "Response", "outcome": "si_response",
                           "window": "24h", "exclude_crossover": "1", "search": "anything", "study": "NCT1"}) == []


lists = {name: st.lists(st.sampled_from(choices), unique=True, max_size=3)
         for name, choices in (("routes", vocab.ROUTES), ("drugs", vocab.DRUGS), ("populations", vocab.POPULATIONS),
                               ("designs", vocab.DESIGNS), ("phases", vocab.PHASES), ("statuses", vocab.STATUSES))}


@settings(max_examples=200)
@given(st.fixed_dictionaries({k: v.map(tuple) for k, v in lists.items()}), st.booleans(), st.booleans(),
       st.booleans(), st.sampled_from([str.lower, str.upper, str.title, lambda s: s]))
def test_canonical_filters_round_trip_in_any_case(lst: dict[str, tuple[str, ...]], a: bool, b: bool, c: bool,
                                                  case) -> None:  # noqa: ANN001
    f = Filters(**lst, primary_sources=a, exclude_crossover=b, include_auto=c)
    q = to_query(f)
    assert from_query(q, ALLOWED) == f
    shouted = {case(k): case(v) for k, v in q.items()}
    assert from_query(shouted, ALLOWED) == f
