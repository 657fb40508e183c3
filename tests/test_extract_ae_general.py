"""General adverse-event rules and the off-topic gate (issue 21): each test words a kind of sentence or abstract in
several paraphrases written here (none copied from the blind set), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.context import psychiatric_words


def _ae(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    out = extract_abstract(text)
    return [f for f in out["findings"] if f["kind"] == "adverse_event"], list(out["ae_mentions"])


# --- the off-topic gate: "depression" in a physiological sense is no psychiatric indication ----------------------

@pytest.mark.parametrize("phrase", [
    "No respiratory depression requiring intervention was observed.",
    "Two infants had transient ventilatory depression.",
    "CNS and cardiovascular depression did not occur.",
    "One child showed ST-segment depression on the monitor.",
    "Depression of consciousness was brief in all cases.",
    "A depressed level of consciousness lasted under ten minutes.",
    "Benzodiazepines and other CNS depressants were withheld.",
])
def test_physiological_depression_is_no_psychiatric_word(phrase: str) -> None:
    assert psychiatric_words(phrase) == 0


@pytest.mark.parametrize("phrase", [
    "Patients with major depression received ketamine.",
    "Depressive symptoms improved within a day.",
    "Respiratory therapists rated the depression of their patients with the MADRS.",
    "Antidepressant use was recorded.",
])
def test_mood_depression_still_counts(phrase: str) -> None:
    assert psychiatric_words(phrase) >= 1


_SEDATION = [
    # paediatric procedural sedation, observational
    "Background: Children needing fracture reduction are often sedated with ketamine. Methods: We followed 120 children"
    " aged 2-12 years who received intravenous ketamine 1 mg/kg for sedation in the emergency department. Results:"
    " Vomiting occurred in 12 children (10%), emergence agitation in 8 (6.7%) and hypoxia in 3 (2.5%). No respiratory"
    " depression needing intervention was seen. Hallucinations were reported by 4 children. Conclusions: Ketamine"
    " sedation was safe.",
    # adult anaesthesia induction, randomised
    "We randomised 80 adults scheduled for elective surgery to ketamine or propofol for induction of anaesthesia."
    " Hypotension after induction occurred in 5% of the ketamine group and 30% of the propofol group. Nausea was"
    " reported by 10% and 12%, respectively. Postoperative depression of consciousness was similar. Ketamine kept blood"
    " pressure stable.",
    # analgesia, the only psychiatric word in the opening sentence about the drug
    "Ketamine, an NMDA antagonist that also has rapid antidepressant effects, is used for acute pain. In this trial,"
    " 60 patients with renal colic were randomised to intranasal ketamine or intravenous morphine. Pain scores fell"
    " similarly. Dizziness occurred in 20% of ketamine and 7% of morphine patients, and dysgeusia in 10%."
    " Intranasal ketamine is an alternative to opioids for renal colic.",
]


@pytest.mark.parametrize("text", _SEDATION)
def test_procedural_abstracts_give_no_adverse_event(text: str) -> None:
    found, mentions = _ae(text)
    assert found == [] and mentions == []


def test_a_surgical_trial_with_depression_as_its_outcome_stays_on_topic() -> None:
    text = ("Methods: Ninety patients undergoing cardiac surgery were randomised to esketamine or saline at induction"
            " of anaesthesia. The primary outcome was postoperative depression on the HADS at day 7. Results:"
            " Dizziness occurred in 15% of the esketamine group and 4% of the saline group. Conclusions: Esketamine"
            " may prevent postoperative depression.")
    found, _ = _ae(text)
    assert sorted(f["value"] for f in found) == [4.0, 15.0]
