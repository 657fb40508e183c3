"""Routes and drugs of a study's own interventions on text nobody tuned the rules on (issue 21): dotted lower-case
route abbreviations, cited evidence, reference routes, enantiomers. Paraphrases written by the team."""

from __future__ import annotations

import pytest

from evidence.extract import lexicon

DOTTED = [
    ("Sedation was induced with ketamine 4 mg/kg i.m. in the emergency room.", ["intramuscular"]),
    ("The drug was given either i.m. or i.v. at the physician's discretion.", ["intramuscular", "intravenous"]),
    ("Mice received ketamine s.c. once daily for a week.", ["subcutaneous"]),
    ("Rats were dosed with 30 mg/kg p.o. twice daily.", ["oral"]),
    ("Esketamine was applied i.n. in two puffs.", ["intranasal"]),
]
NOT_DOTTED = [
    "Patients with comorbid anxiety, i.e. generalised anxiety disorder, were excluded.",
    "The dose was titrated by him. Then it was stopped.",
    "Scores improved in the s.c.a. subscale.",
    "Most were seen in the p.m. clinic.",
]


@pytest.mark.parametrize(("text", "routes"), DOTTED)
def test_dotted_lower_case_route_abbreviations(text: str, routes: list[str]) -> None:
    assert sorted(lexicon.find_routes(text)) == sorted(routes)


@pytest.mark.parametrize("text", NOT_DOTTED)
def test_dotted_words_that_are_no_route(text: str) -> None:
    assert lexicon.find_routes(text) == []
