"""Round-2 (tenth session) structure rules: routes, design and N on kinds of sentence read in dev10, each with
paraphrases written here (other wording, other drugs and numbers), positives and negatives."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract


def _routes(text: str) -> list[str]:
    return list(extract_abstract(text)["routes"])  # type: ignore[call-overload]


# The roman numeral IV of a classification is not the intravenous route.
ROMAN_FOUR = [
    ("Thirty outpatients meeting DSM IV criteria for major depression received oral ketamine 1 mg/kg daily for "
     "four weeks.", ["oral"]),
    ("We enrolled 24 adults with treatment-resistant depression (DSM IV-TR) who took sublingual ketamine lozenges "
     "twice weekly.", ["sublingual"]),
    ("Twelve patients with grade III or IV pain received subcutaneous ketamine 0.5 mg/kg weekly for depression.",
     ["subcutaneous"]),
    ("Ketamine is a schedule III drug, not a schedule IV one; 18 patients received intramuscular ketamine for "
     "depression.", ["intramuscular"]),
    # negative: the route abbreviation itself stays the route
    ("Twenty patients with major depression received 0.5 mg/kg ketamine IV over 40 minutes.", ["intravenous"]),
    ("In this trial, 40 patients with DSM-IV major depression were given ketamine 0.5 mg/kg IV.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), ROMAN_FOUR)
def test_roman_numeral_four_is_not_the_intravenous_route(text: str, routes: list[str]) -> None:
    assert _routes(text) == routes


# A route word whose object is another drug is that drug's route.
OTHER_DRUGS_ROUTE = [
    ("Ninety patients undergoing colonoscopy were randomly assigned to two groups. Sedation was maintained by a "
     "target-controlled infusion of propofol with bolus doses of esketamine 0.2 mg/kg.", []),
    ("Sixty patients were randomized. Anaesthesia was maintained with an intravenous infusion of remifentanil; "
     "esketamine 0.3 mg/kg was added in the study group.", []),
    ("Forty patients were randomized. All received an intravenous injection of midazolam 2 mg before the procedure "
     "and ketamine 0.5 mg/kg was given to the study arm.", []),
    # negatives: ketamine in the same list, or ketamine's own infusion
    ("Fifty patients were randomized to an infusion of propofol and ketamine or of propofol alone for ECT.",
     ["intravenous"]),
    ("We started a continuous subcutaneous infusion with morphine 20 mg and ketamine 150 mg/day in a palliative "
     "patient with depression.", ["subcutaneous"]),
    ("Thirty patients with depression received an infusion of ketamine 0.5 mg/kg over 40 minutes.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), OTHER_DRUGS_ROUTE)
def test_route_of_another_drug_is_not_ketamines(text: str, routes: list[str]) -> None:
    assert _routes(text) == routes


# No form of the studied drug anywhere: no route of it.
NO_STUDIED_DRUG = [
    ("Twenty-two patients with major depression were randomized to placebo or scopolamine (4.0 µg/kg IV) in "
     "a crossover design.", []),
    ("Forty depressed inpatients received intravenous clomipramine infusions for ten days.", []),
    ("We randomized 60 patients with depression to nitrous oxide inhalation or an intravenous saline infusion.", []),
    # negative: ketamine named, its route kept
    ("Twenty-two patients with major depression were randomized to placebo or ketamine (0.5 mg/kg IV) in a "
     "crossover design.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), NO_STUDIED_DRUG)
def test_no_route_when_the_studied_drug_is_never_named(text: str, routes: list[str]) -> None:
    assert _routes(text) == routes


# The traditional Chinese spelling of "intravenous" (靜脈) as well as the simplified one (静脉).
CHINESE_VEIN = [
    ("目的 观察氯胺酮的疗效。方法 将40例患者分为两组,观察组靜脈注射氯胺酮0.5 mg/kg。", ["intravenous"]),
    ("目的 觀察氯胺酮的療效。方法 將30例患者分成兩組,試驗組經靜脈滴注氯胺酮。", ["intravenous"]),
    ("目的 观察氯胺酮的疗效。方法 将40例患者分为两组,观察组静脉注射氯胺酮。", ["intravenous"]),
    # negative: venous blood drawn, not a route
    ("目的 观察艾司氯胺酮的疗效。方法 将40例患者分为两组,观察组鼻喷艾司氯胺酮,抽取靜脈血检测。", ["intranasal"]),
]


@pytest.mark.parametrize(("text", "routes"), CHINESE_VEIN)
def test_chinese_intravenous_in_both_scripts(text: str, routes: list[str]) -> None:
    assert _routes(text) == routes
