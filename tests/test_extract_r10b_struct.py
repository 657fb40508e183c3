"""Round-2 (tenth session) structure rules: routes, design and N on kinds of sentence read in dev10, each with
paraphrases written here (other wording, other drugs and numbers), positives and negatives."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from tests.extract_support import design_of, n_of, routes_of

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
    assert routes_of(text) == routes


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
    assert routes_of(text) == routes


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
    assert routes_of(text) == routes


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
    assert routes_of(text) == routes


# Labelled groups the study gave their treatments, with no word of chance: a controlled, non-randomized study.
GROUPS_GIVEN = [
    ("Methods: In this prospective study, 60 patients scheduled for ECT were included and divided into two groups. "
     "Group P received propofol 1 mg/kg and group K received ketamine 1 mg/kg. Results: Seizure duration was longer "
     "in group K (P = 0.01).", "non_randomized"),
    ("Methods: Ninety women undergoing caesarean section were studied. Group I (n = 30) was given ketamine 0.25 mg/kg, "
     "group II (n = 30) was given ondansetron 4 mg and group III (n = 30) was given saline. Results: Nausea was less "
     "frequent in group I.", "non_randomized"),
    ("Methods: Forty-eight adults with depression took part. Arm A received esketamine 28 mg; arm B received "
     "esketamine 56 mg. Results: Depression scores fell in both arms (P < 0.05).", "non_randomized"),
    ("目的 观察氯胺酮麻醉对电休克治疗的影响。方法 将60例患者分为两组,A组静脉注射丙泊酚,"
     "B组静脉注射氯胺酮。结果 B组抽搐时间长于A组。", "non_randomized"),
    # negatives: the groups formed by chance, or one group only
    ("Methods: Sixty patients were randomly divided into two groups. Group P received propofol and group K received "
     "ketamine. Results: Seizures were longer in group K.", "rct"),
    ("目的 观察氯胺酮麻醉对电休克治疗的影响。方法 将60例患者随机分为两组,A组静脉注射丙泊酚,"
     "B组静脉注射氯胺酮。结果 B组抽搐时间长于A组。", "rct"),
]


@pytest.mark.parametrize(("text", "design"), GROUPS_GIVEN)
def test_groups_given_without_chance_are_non_randomized(text: str, design: str) -> None:
    assert design_of(text) == design


# Reviews and consensus statements written in Chinese.
CHINESE_REVIEWS = [
    ("艾司氯胺酮具有快速抗抑郁作用。本文对其临床应用的研究进展进行综述,包括疗效、安全性和作用机制。", "review"),
    ("为规范氯胺酮在抑郁症治疗中的使用,专家组基于循证医学证据形成了本共识,涉及用药方案和不良反应管理。", "review"),
    ("目的 总结氯胺酮治疗难治性抑郁症的研究進展。方法 检索国内外文献。结论 氯胺酮起效迅速。", "review"),
    # negative: a trial that reached agreement on nothing of the kind
    ("目的 观察氯胺酮的疗效。方法 将40例患者随机分为两组,观察组静脉注射氯胺酮。结果 观察组有效率较高。", "rct"),
]


@pytest.mark.parametrize(("text", "design"), CHINESE_REVIEWS)
def test_chinese_reviews(text: str, design: str) -> None:
    assert design_of(text) == design


# Chinese counts of the people taken in ("将45例患者"), not one group's size ("对照组54例") nor experts.
CHINESE_N = [
    ("目的 观察氯胺酮的疗效。方法 将45例患者分成三组,A组静脉注射丙泊酚,B组静脉注射氯胺酮,C组注射两者。", 45),
    ("目的 观察艾司氯胺酮的疗效。方法 选取2020年1月至2021年1月收治的108例产妇,随机分为两组。", 108),
    ("目的 观察氯胺酮的疗效。方法 纳入60名受试者,随机分为两组,各30名。", 60),
    # negatives: experts and statements, not participants; one arm's size alone
    ("国内相关领域12位跨学科专家组成本共识专家组,最终形成了13项共识意见。", None),
    ("目的 观察氯胺酮的疗效。结果 对照组54例中有效20例。", None),
]


@pytest.mark.parametrize(("text", "n"), CHINESE_N)
def test_chinese_sample_counts(text: str, n: int | None) -> None:
    assert n_of(text) == n


# One arm's count, or the people who had an event, is a part of the sample, never the sample itself.
PART_COUNTS = [
    ("Methods: We performed a double-blind study involving 64 children undergoing tonsillectomy. Results: Agitation "
     "occurred in 6 children in the ketamine group and in 12 children in the saline group.", 64),
    ("Methods: A randomised trial in 120 adults having surgery. Results: There were 58 patients in group K and 62 "
     "in group C. Delirium was rarer with ketamine.", 120),
    ("Results: Of 9,450 sedation encounters, there were 3 children with serious adverse events and 41 children "
     "with complications such as apnoea.", None),
    ("Results: Among the sedations, 5 patients who experienced side effects were given ondansetron.", None),
    # negatives: the whole sample stays ("of age group", "in two groups")
    ("Materials and Methods: This randomized study comprised 60 patients of age group 18-60 years with depression "
     "given ketamine or saline.", 60),
    ("Methods: We enrolled 40 patients in two groups, given ketamine or midazolam.", 40),
]


@pytest.mark.parametrize(("text", "n"), PART_COUNTS)
def test_arm_and_event_counts_are_not_the_sample(text: str, n: int | None) -> None:
    assert n_of(text) == n


# One person told by the decade of their age in words: a case report of one patient.
DECADE_IN_WORDS = [
    ("Ketamine is an anaesthetic. A patient in his mid-forties presented with severe depression and suicidal ideas. "
     "After four sessions of IV ketamine his mood improved.", ("case_series", 1)),
    ("A woman in her late thirties with postpartum depression was given esketamine nasal spray, with rapid relief.",
     ("case_series", 1)),
    ("A man in his early sixties with treatment-resistant depression received oral ketamine for six weeks and "
     "improved.", ("case_series", 1)),
    # negative: a cohort's ages as a decade range is not one person
    ("Methods: We enrolled 48 patients in their forties and fifties with depression in an open-label study of oral "
     "ketamine. Results: Scores fell.", ("open_label", 48)),
]


@pytest.mark.parametrize(("text", "expected"), DECADE_IN_WORDS)
def test_one_person_by_the_decade_of_age_in_words(text: str, expected: tuple[str, int]) -> None:
    got = extract_abstract(text)
    assert (got["design"], got["n"]) == expected


# A case report that mentions the care protocol it followed is still a case report, not a protocol paper.
CASE_WITH_PROTOCOL = [
    ("Aim: This case report describes ketamine for depression in a rural hospital. Method: The team developed a "
     "protocol for the use of ketamine infusion in treatment-resistant depression. Results: The patient's HAM-D "
     "fell from 24 to 12.", "case_series"),
    ("This case report presents a woman with refractory depression. We wrote a protocol for the trial of intranasal "
     "esketamine; her MADRS score fell after three doses.", "case_series"),
    ("Background: Depression is common. Objective: We report a case of a man treated with subcutaneous ketamine under "
     "a protocol for the management of suicidal depression. Outcome: He improved.", "case_series"),
    # negative: a protocol paper that names no case
    ("Methods and analysis: Participants will be randomised to ketamine or midazolam. This study protocol describes "
     "the design of the trial.", "protocol"),
]


@pytest.mark.parametrize(("text", "design"), CASE_WITH_PROTOCOL)
def test_case_report_with_a_care_protocol(text: str, design: str) -> None:
    assert design_of(text) == design


# Those included in the analyses are the analysed part; the sample is the count the diagnosis' abbreviation carries.
ANALYSED_PART = [
    ("Outpatients with bipolar depression (BD; n = 31; 29 were included in the analyses) took part in a double-blind, "
     "placebo-controlled crossover trial of ketamine.", 31),
    ("Adults with major depressive disorder (MDD; n = 18; 16 were included in analyses) received intravenous ketamine "
     "in an open-label study.", 18),
    ("Veterans with posttraumatic stress disorder (PTSD; n = 40) were randomized to ketamine or midazolam.", 40),
    # negatives: enrolment still read as the sample
    ("Methods: Of 60 patients screened, 44 were enrolled in this open-label study of oral ketamine.", 44),
]


@pytest.mark.parametrize(("text", "n"), ANALYSED_PART)
def test_included_in_the_analyses_is_not_the_sample(text: str, n: int) -> None:
    assert n_of(text) == n


# A results fragment with no count of its sample: the placebo arm's own result shows a placebo-controlled trial.
PLACEBO_ARM_FRAGMENT = [
    ("versus placebo with 9/12 (75.0%) responders in the ketamine group versus 3/13 (23.1%) in placebo [p = 0.02]. "
     "More ketamine-treated patients had dissociation.", "rct"),
    ("Results: Response was 8/16 (50%) with esketamine compared with 2/15 (13.3%) in placebo (p = 0.03). Headache "
     "and dizziness were common.", "rct"),
    ("Results: More placebo-treated patients discontinued. Remission was higher with ketamine than with placebo at "
     "day 7 (p = 0.01).", "rct"),
    # negative: a comparison with placebo credited to the field, no arm of this study
    ("Ketamine has rapid antidepressant effects. Esketamine has been shown to improve MADRS scores versus placebo "
     "at 24 hours. Its mechanisms are discussed.", "review"),
]


@pytest.mark.parametrize(("text", "design"), PLACEBO_ARM_FRAGMENT)
def test_placebo_arm_result_without_a_sample_count(text: str, design: str) -> None:
    assert design_of(text) == design


# People's own use of the drug (misuse, nonmedical use), observed by a study that gives it to no one.
OWN_USE = [
    ("Questionnaires were collected from 212 ketamine abusers at three rehabilitation centres. Bladder symptom scores "
     "rose with the duration of use.", "observational"),
    ("We examined trends in recreational ketamine use and poison-centre calls in Australia between 2005 and 2020. "
     "Calls increased each year.", "observational"),
    ("Users of ketamine attending festivals were interviewed about their dosing and harms. Most reported nasal use.",
     "observational"),
    # negative: a history of misuse only excludes people from a treatment study
    ("Methods: 30 patients with depression and no history of ketamine abuse received oral ketamine 1 mg/kg weekly "
     "for 6 weeks under a defined schedule. Results: MADRS fell.", "open_label"),
]


@pytest.mark.parametrize(("text", "design"), OWN_USE)
def test_own_use_of_the_drug_is_observed(text: str, design: str) -> None:
    assert design_of(text) == design


# A laboratory study of the drug's solution: its infusions are bags on a bench, no route of anyone's.
BENCH = [
    ("Objective: To test the physical compatibility of ketamine and morphine admixtures for infusion. Methods: "
     "Solutions were stored at 25 °C in PVC bags and assayed by HPLC. Results: All remained within 95-105%.", []),
    ("Objective: To assess the stability of esketamine infusions diluted in dextrose. Methods: Samples were analysed "
     "by chromatography over 60 days. Results: No degradation was seen.", []),
    ("Background: Ketamine infusions are widely used in patients. Objective: To study the shelf-life of ketamine "
     "infusion syringes stored at 4 °C. Results: Concentrations stayed stable for 30 days.", []),
    # negatives: an infusion given to people or animals stays intravenous
    ("Methods: Twelve patients received ketamine infusions; plasma stability of norketamine was measured by HPLC.",
     ["intravenous"]),
    ("Methods: Rats received a ketamine infusion and brain samples were analysed by chromatography.",
     ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), BENCH)
def test_bench_study_infusions_are_no_route(text: str, routes: list[str]) -> None:
    assert routes_of(text) == routes


# Healthy people described by more words than a closed list ("healthy nonsmoking human volunteers") are still a
# volunteer sample: the drug given to them is pharmacology, not a trial in patients.
HEALTHY_DESCRIBED = [
    ("Methods: PET scans were performed in 12 healthy nonsmoking human volunteers before and during intravenous "
     "ketamine. Results: Binding fell by 20%.", "other"),
    ("Methods: Fourteen healthy right-handed male volunteers received a ketamine infusion during fMRI. Results: "
     "Connectivity changed.", "other"),
    ("Methods: Sixteen healthy drug-naive young adults received esketamine 0.25 mg/kg and EEG was recorded. "
     "Results: Gamma power rose.", "other"),
    # negative: patients beside them keep the clinical design
    ("Methods: Twenty patients with treatment-resistant depression and 20 healthy nonsmoking volunteers received "
     "oral ketamine in an open-label study. Results: Depression scores fell in patients.", "open_label"),
]


@pytest.mark.parametrize(("text", "design"), HEALTHY_DESCRIBED)
def test_healthy_volunteers_described_by_several_words(text: str, design: str) -> None:
    assert design_of(text) == design


# Someone's children counted are a family, not the sample: a single case stays N = 1.
OFFSPRING = [
    ("We present a case of a woman who delivered three children by caesarean section and received ketamine during "
     "the last delivery, with no postpartum depression afterwards.", 1),
    ("We present a case of a mother of four children with postpartum depression treated with intravenous ketamine.",
     1),
    ("We report the case of a 31-year-old woman who gave birth to 2 babies and developed depression treated with "
     "esketamine.", 1),
    # negative: children who are the sample
    ("Methods: We performed a randomized double-blind study involving 40 children undergoing dental repair who "
     "received ketamine or saline.", 40),
]


@pytest.mark.parametrize(("text", "n"), OFFSPRING)
def test_a_persons_children_are_not_the_sample(text: str, n: int) -> None:
    assert n_of(text) == n
