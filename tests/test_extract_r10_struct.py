"""Paraphrase tables for the study fields (routes, design, N): the same fact said the way other authors say it, with
negatives that must not match. Each positive row failed on the code before its mechanism landed."""

from __future__ import annotations

import pytest

from tests.extract_support import design_of, drugs_of, n_of, routes_of

# A route named only as what the study's route is set against: in a Discussion beside a structured Methods, in a
# leading concessive clause, in a background clause of the study's own sentence, or as the participants' past.
ROUTE_CASES = [
    ("Methods: Twenty patients received intranasal esketamine 56 mg twice weekly. Discussion: Compared with "
     "intravenous infusion, intranasal delivery is more convenient.", ["intranasal"]),
    ("Although most trials have given ketamine by intravenous infusion, we treated 12 inpatients with repeated "
     "subcutaneous racemic ketamine injections. Eight remitted.", ["subcutaneous"]),
    ("Although intravenous administration is the best studied, in this study 25 patients took oral ketamine 1 mg/kg "
     "weekly for six weeks.", ["oral"]),
    ("While most evidence concerns IV ketamine, we gave ketamine intramuscularly to 20 veterans with PTSD and "
     "depression.", ["intramuscular"]),
    ("We gave intravenous ketamine to 30 patients with bipolar depression, although most earlier studies enrolled "
     "unipolar patients.", ["intravenous"]),
    ("Twelve outpatients who had not responded to intravenous ketamine were switched to esketamine nasal spray 84 mg. "
     "Seven responded.", ["intranasal"]),
    ("We describe three patients with TRD treated with esketamine nasal spray 56-84 mg; none had responded to "
     "intravenous racemic ketamine given previously elsewhere. All three remitted.", ["intranasal"]),
    ("Esketamine nasal spray was given to 40 patients; intravenous ketamine received before enrolment did not predict "
     "response.", ["intranasal"]),
]
# An infusion whose route is named after it ("infused subcutaneously") is that route's, not intravenous; a route word
# before another drug given beside ketamine (an antiemetic, a benzodiazepine) is that drug's.
ROUTE_CASES += [
    ("Methods: Ketamine was infused subcutaneously over 2 hours once weekly in 12 palliative care patients. Results: "
     "Four responded.", ["subcutaneous"]),
    ("Methods: Twelve patients received weekly ketamine infusions given subcutaneously (0.1-0.4 mg/kg). Results: Four "
     "responded.", ["subcutaneous"]),
    ("Methods: Participants had weekly ketamine infusions, delivered by the subcutaneous route, for four weeks. "
     "Results: MADRS fell.", ["subcutaneous"]),
    ("Methods: Patients received a ketamine infusion with oral ondansetron pretreatment. Results: 40% responded.",
     ["intravenous"]),
]
# Patient-controlled intravenous analgesia named by its abbreviation is intravenous; an opioid's own route in a clause
# without ketamine is the opioid's.
ROUTE_CASES += [
    ("Methods: Esketamine 1 mg/kg was added to the postoperative PCIA pump of 60 women after caesarean section. "
     "Results: EPDS scores were lower.", ["intravenous"]),
    ("Methods: 120 women were randomized to sufentanil PCIA with or without esketamine. Results: Postpartum "
     "depression was less frequent.", ["intravenous"]),
]
# The ways the drug can be given, said generally, are not the study's route.
ROUTE_CASES += [
    ("Ketamine can be given intravenously, intramuscularly or intranasally; we chose the subcutaneous route and "
     "treated 15 patients weekly. Nine responded.", ["subcutaneous"]),
]
# Routes the study did give stay, whatever else the sentence says about history or other studies.
ROUTE_KEPT = [
    ("Patients who had failed to respond to two oral antidepressants received intravenous ketamine 0.5 mg/kg over "
     "40 minutes.", ["intravenous"]),
    ("Twenty patients received six intravenous ketamine infusions; responders then took oral ketamine for four "
     "weeks.", ["intravenous", "oral"]),
    ("Background: Intravenous ketamine has rapid antidepressant effects but requires monitoring. Methods: Thirty "
     "patients received subcutaneous ketamine weekly for four weeks. Results: Response was 50%.", ["subcutaneous"]),
    ("Methods: Patients were randomized to intravenous ketamine or oral midazolam placebo; while infusions ran, "
     "vital signs were recorded. Results: Response was 40%.", ["intravenous"]),
    ("Methods: Twenty patients received six ketamine infusions and then took oral ketamine for four weeks. Results: "
     "40% responded.", ["intravenous", "oral"]),
    ("Methods: Patients received ketamine infusions, then sublingual ketamine lozenges for maintenance. Results: 40% "
     "responded.", ["intravenous", "sublingual"]),
    ("Methods: Ketamine 0.5 mg/kg was infused over 40 minutes in 25 patients. Results: 52% responded.",
     ["intravenous"]),
    ("Methods: Intranasal esketamine 28 mg was given before surgery to 60 women; all patients received sufentanil "
     "PCIA afterwards. Results: EPDS scores were lower.", ["intranasal"]),
    ("Methods: Esketamine was added to patient-controlled epidural analgesia (PCEA) in 80 women. Results: fewer "
     "depressive symptoms.", []),
    ("Methods: Twelve adults received intramuscular ketamine 0.5 mg/kg or fentanyl 50 ug (active control) in random "
     "order. Results: Y-BOCS fell more with ketamine.", ["intramuscular"]),
    ("Methods: Participants may be given intravenous ketamine up to three times if they do not respond. Results: "
     "none yet.", ["intravenous"]),
    ("Methods: In this study, ketamine could be given intravenously or orally at the clinician's discretion. "
     "Results: 40% responded.", ["intravenous", "oral"]),
    ("While receiving intravenous ketamine, we monitored blood pressure of 25 patients every 10 minutes.",
     ["intravenous"]),
    ("Whilst on intramuscular ketamine, our patients kept their usual antidepressants.", ["intramuscular"]),
]


@pytest.mark.parametrize(("text", "routes"), ROUTE_CASES + ROUTE_KEPT)
def test_routes_are_the_ones_the_study_gave(text: str, routes: list[str]) -> None:
    assert sorted(routes_of(text)) == routes


# One person told by an age, however spelled: a case report, N = 1. A sample's age range or mean is no case.
CASE_AGE_CASES = [
    ("A 34 year old man with catatonia refractory to lorazepam was treated with sublingual ketamine. Catatonic signs "
     "resolved within a week.", "case_series", 1),
    ("Case presentation: The patient, a 61-year old retired nurse, had failed four antidepressants. Intravenous "
     "ketamine was started and her MADRS score fell from 34 to 8.", "case_series", 1),
    ("A 29-yr-old woman with severe postpartum depression received intranasal esketamine 56 mg. Her EPDS score fell "
     "from 24 to 6 within two weeks.", "case_series", 1),
    ("A forty-two-year-old man with bipolar depression and suicidal ideation was given three ketamine infusions; "
     "ideation resolved after the first.", "case_series", 1),
    ("We were consulted about a woman aged 45 with treatment-resistant depression. Oral ketamine was added and she "
     "remitted.", "case_series", 1),
    ("A 52 years old female with chronic pain and depression received subcutaneous ketamine weekly; her PHQ-9 fell "
     "from 21 to 7.", "case_series", 1),
]
# ... or by the care the authors gave one person ("We treated a woman", "We recently cared for a man").
CASE_AGE_CASES += [
    ("To the Editor: We treated a woman with severe postpartum depression and suicidal ideation with a single "
     "esketamine infusion. Her symptoms resolved within a day.", "case_series", 1),
    ("We recently cared for a man with bipolar depression who had failed lithium and quetiapine; intranasal "
     "esketamine led to remission.", "case_series", 1),
]
CASE_AGE_NEGATIVES = [
    ("Methods: We treated a total of 20 patients with TRD with six ketamine infusions. Results: 45% responded.",
     "open_label", 20),
    ("Methods: We treated a group of 15 outpatients with oral ketamine. Results: 40% responded.", "open_label", 15),
    ("Patients aged 18 to 65 years with TRD (n = 40) were randomized to ketamine or midazolam. Response was 50% vs "
     "20%.", "rct", 40),
    ("Methods: Adults aged 18-65 years with TRD (n = 30) received open-label intravenous ketamine. Results: Response "
     "was 40%.", "open_label", 30),
    ("Methods: Twenty-four patients, mean age 45 years old, received six ketamine infusions. Results: MADRS fell "
     "significantly.", "open_label", 24),
]


@pytest.mark.parametrize(("text", "design", "n"), CASE_AGE_CASES + CASE_AGE_NEGATIVES)
def test_one_persons_age_tells_a_case(text: str, design: str, n: int) -> None:
    assert (design_of(text), n_of(text)) == (design, n)


# Each kind of study said the way other authors say it: records read afterwards, a protocol still to run, a crossover
# told by its order or by every person getting both, an allocation by chance told without "randomized".
DESIGN_CASES = [
    ("Methods: The files of 30 inpatients given intranasal ketamine were reviewed. Results: 60% responded.",
     "observational"),
    ("We reviewed the clinical notes of 41 outpatients treated with ketamine infusions at our service; 44% "
     "responded.", "observational"),
    ("Using our clinic's electronic records, we identified 112 adults who had completed six ketamine infusions. "
     "Response was 51%.", "observational"),
    ("We designed a randomized controlled trial in which 100 patients with suicidal ideation are to be allocated to "
     "ketamine or placebo. Enrolment started in 2023.", "protocol"),
    ("Methods: Eligible participants are randomly assigned to esketamine or placebo and followed for 12 weeks. The "
     "primary outcome is MADRS change.", "protocol"),
    ("This article outlines the rationale of a multicentre trial comparing ketamine with ECT in 400 inpatients.",
     "protocol"),
    ("Here we report the design and methods of KETA-X, a randomised trial of oral ketamine in 200 adults with TRD.",
     "protocol"),
    ("The planned sample is 120 participants, who are randomised 1:1 to ketamine or midazolam. Results are expected "
     "in 2026.", "protocol"),
    ("Each participant received both ketamine and placebo infusions one week apart, the sequence being randomized; "
     "MADRS was rated at 24 h.", "crossover_rct"),
    ("All subjects were given ketamine and saline on separate days, with the order randomised and double-blind.",
     "crossover_rct"),
    ("Using a within-participant randomised design, ten adults with OCD had one ketamine and one placebo session.",
     "crossover_rct"),
    ("Patients were randomised to the order of treatment (ketamine first or placebo first) with a two-week washout "
     "between periods.", "crossover_rct"),
    ("Sixty women undergoing caesarean section were allocated by sealed envelopes to ketamine 0.5 mg/kg or saline at "
     "induction. Postpartum depression was lower with ketamine at one week.", "rct"),
    ("Patients were allocated by a random number generator to receive ketamine or placebo (n=30 each).", "rct"),
    ("Participants were assigned at random to intranasal esketamine or placebo spray; 52 were analysed.", "rct"),
]
DESIGN_CASES += [
    ("This chapter discusses the history, pharmacology and clinical use of ketamine in psychiatry.", "review"),
    ("Methods: Adults who had ketamine infusions at a private clinic from 2018 to 2021 were identified; outcomes "
     "were compared. Results: 52% responded.", "observational"),
]
# A planned single-group study told without a design word: the study named by another noun ("investigation",
# "project"), or its patients rated on a scale at baseline and after treatment.
DESIGN_CASES += [
    ("Sixteen inpatients took part in this investigation of repeated esketamine infusions. Depressive symptoms were "
     "rated with the MADRS at baseline and after each infusion. Response was seen in 9.", "open_label"),
    ("Twelve adults with bipolar depression participated in this pilot investigation of weekly ketamine. Nine of "
     "them improved.", "open_label"),
    ("Nineteen outpatients received ketamine; depression was rated with the QIDS at baseline and at week 4. Eleven "
     "responded.", "open_label"),
    ("Twenty-two patients were enrolled in our open project; mood was evaluated using MADRS at baseline, and after "
     "each of six infusions.", "open_label"),
]
# A protocol told by the sample it expects and the outcomes it will measure.
DESIGN_CASES += [
    ("We expect to recruit 10 patients per arm at two centres, comparing intravenous ketamine with intranasal "
     "esketamine in TRD.", "protocol"),
    ("Methods: Sixty participants with bipolar depression and suicidal ideation are the target, randomised to "
     "ketamine or midazolam. The primary outcome will be the change in SSI at 24 hours.", "protocol"),
    ("The primary endpoint is to be the proportion of responders at week 4; secondary endpoints will include "
     "remission and tolerability.", "protocol"),
]
# Groups formed by a rule that is not chance (alternation, sequence, order or day of admission, odd/even numbers).
DESIGN_CASES += [
    ("Methods: Sixty patients were allocated to ketamine or saline according to the order of admission (odd or even "
     "numbers). Results: Depression scores were lower with ketamine.", "non_randomized"),
    ("Methods: Ninety women were assigned sequentially to three esketamine dose groups (0.1, 0.2 or 0.3 mg/kg) and a "
     "saline control group. Results: Postpartum depression fell in the higher-dose groups.", "non_randomized"),
    ("Methods: Patients were allocated to ketamine or propofol anaesthesia for ECT by alternation. Results: Seizure "
     "duration was longer with ketamine.", "non_randomized"),
    ("Methods: Depending on the day of admission, 48 patients received either ketamine or midazolam. Results: "
     "Ideation fell more with ketamine.", "non_randomized"),
]
# The study's drug started in the course of usual care: a study of that care.
DESIGN_CASES += [
    ("We prospectively followed 90 outpatients who started esketamine as part of usual care; response at month 3 "
     "was 40%.", "observational"),
]
DESIGN_NEGATIVES_CARE = [
    ("Methods: Thirty patients continued their antidepressants as part of usual care and received open-label "
     "intravenous ketamine twice weekly. Results: 40% responded.", "open_label"),
]
# A review of reviews is a systematic review whatever meta-analyses it names.
DESIGN_CASES += [
    ("This overview of meta-analyses appraised 9 meta-analyses of ketamine for depression using AMSTAR-2; most were "
     "of low quality.", "systematic_review"),
    ("An umbrella review of systematic reviews and meta-analyses on esketamine was conducted; 12 reviews were "
     "included.", "systematic_review"),
]
DESIGN_NEGATIVES = [
    ("Methods: Sixty patients were enrolled in order of admission and randomly assigned to ketamine or placebo. "
     "Results: MADRS fell more with ketamine.", "rct"),
    ("Methods: Patients admitted consecutively were randomly assigned by a computer-generated list to ketamine or "
     "saline. Results: fewer relapses.", "rct"),
    ("Methods: Forty patients were randomized to ketamine or placebo. The primary outcome was MADRS change at 24 h. "
     "Results: MADRS fell more with ketamine. Conclusions: Larger trials will be needed.", "rct"),
    ("Methods: Thirty patients received six ketamine infusions. Results: 40% responded. Conclusion: Future studies "
     "will need to include a control group.", "open_label"),
    ("We performed a meta-analysis of 7 RCTs (n = 450) comparing esketamine with placebo; unlike earlier reviews, "
     "we pooled remission.", "meta_analysis"),
    ("Methods: PubMed, Embase and PsycINFO were searched. Two reviewers extracted data. A meta-analysis was not "
     "possible owing to heterogeneity. Results: Eleven studies were included.", "systematic_review"),
    ("We describe three patients whose mood was rated with the PHQ-9 at baseline and after ketamine. All improved.",
     "case_series"),
    ("Two women with postpartum depression were treated with intranasal esketamine; both remitted within two weeks.",
     "case_series"),
    ("Methods: Twenty-four patients who had TRD were recruited from 2019 to 2021 and received six ketamine "
     "infusions. Results: Response was 40%.", "open_label"),
    ("This secondary analysis examined whether baseline pain moderated the antidepressant response among 90 "
     "patients who received six intravenous ketamine infusions over two weeks.", "open_label"),
    ("Methods: Thirty patients with TRD underwent functional MRI before and 24 h after a single ketamine infusion "
     "(0.5 mg/kg). Results: Activation in the cingulate fell and MADRS improved.", "open_label"),
    ("We systematically searched PubMed and PsycINFO for studies of ketamine in older adults; because of "
     "heterogeneity, results were synthesised narratively and no meta-analysis was performed.", "systematic_review"),
    ("We searched four databases for RCTs of ketamine versus placebo and computed pooled odds ratios for response "
     "with a random-effects model.", "meta_analysis"),
    ("We analysed registry data of 1,306 patients who received ketamine at outpatient clinics; PTSD symptoms fell.",
     "observational"),
    ("Patients were randomized to ketamine or midazolam; non-responders could cross over to open-label ketamine "
     "after day 7.", "rct"),
    ("Methods: Each of the 20 participants received both ketamine infusions and weekly psychotherapy sessions. "
     "Results: Response was 55%.", "open_label"),
    ("Methods: Thirty patients were randomized to ketamine or saline. Results are presented as means. Results: "
     "Response was 50% vs 10%.", "rct"),
    ("Methods: Forty adults with TRD were randomly assigned to ketamine or midazolam. The order of assessments was "
     "fixed. Results: Response was 45% vs 20%.", "rct"),
    ("We reviewed the literature on ketamine for depression, covering clinical notes on dosing and safety.", "other"),
]


@pytest.mark.parametrize(("text", "design"), DESIGN_CASES + DESIGN_NEGATIVES + DESIGN_NEGATIVES_CARE)
def test_design_said_other_ways(text: str, design: str) -> None:
    assert design_of(text) == design


# The whole sample said other ways: a total by its symbol before its parts, a review's pooled people after
# "combined"/"cumulative", a report's cases counted as vignettes.
N_CASES = [
    ("Methods: We compared ketamine response in anxious and non-anxious depression (total N = 80: 40 with and 40 "
     "without anxiety). Results: Response did not differ.", 80),
    ("A systematic search identified seven randomised trials with a combined 512 patients that met inclusion "
     "criteria; meta-analysis showed a benefit of esketamine.", 512),
    ("We report three case vignettes of older adults with depression treated with subcutaneous ketamine. All three "
     "improved.", 3),
]
N_CASES += [
    ("Methods: Thirty adults meeting DSM-5 criteria for major depression and a MADRS score of at least 20 were "
     "randomly assigned to esketamine or placebo. Results: Response was 47% vs 20%.", 30),
    ("In this trial 36 participants, aged 18-65 and free of psychotropic medication for two weeks, were allocated at "
     "random to ketamine or saline.", 36),
    ("Methods: Twenty-eight inpatients with a HAM-D score above 18 were randomized to ketamine or ECT. Results: HAM-D "
     "fell in both arms.", 28),
]
# Counts already read right, kept: the study's sample, not an earlier trial's, a subgroup, the screened or the
# completers.
N_KEPT = [
    ("A previous trial of 67 patients found rapid effects. We enrolled 30 patients with TRD who received intravenous "
     "ketamine; 14 responded.", 30),
    ("Twenty patients received ketamine infusions; 12 of them responded and 6 remitted.", 20),
    ("Sixty-four patients with TRD were randomly assigned to ketamine or midazolam; 58 completed the 7-day "
     "assessment.", 64),
    ("One hundred and twelve patients were screened and 100 were enrolled in this open-label study of oral "
     "ketamine.", 100),
    ("In this analysis of a community clinic cohort, we evaluated the effectiveness of intravenous ketamine in "
     "veterans (N = 240; n = 120 with PTSD and n = 120 without).", 240),
    ("Eighteen adults with suicidal ideation were randomly assigned to ketamine (n=9) or placebo (n=9).", 18),
    ("Seventy depressed patients scheduled for surgery were divided into two groups of 35 each: one received ketamine "
     "0.5 mg/kg and the other saline. Depression scores improved more with ketamine (p<0.01).", 70),
    ("Forty-four adults with TRD were allocated at random to ketamine or midazolam; ideation fell more with "
     "ketamine.", 44),
    ("Fifty outpatients, all taking an SSRI for at least 6 weeks, were randomly assigned to adjunctive ketamine or "
     "saline.", 50),
    ("Methods: Beck Depression Inventory scores from 49 veterans receiving six ketamine infusions were examined. "
     "Results: Scores fell.", 49),
    ("Methods: The total number of patients was not reported by site; trials included a total N = 3 studies. "
     "Results: Response varied.", None),
]


@pytest.mark.parametrize(("text", "n"), N_CASES + N_KEPT)
def test_whole_sample_said_other_ways(text: str, n: int | None) -> None:
    assert n_of(text) == n


# A form named only as what the given form is set against, in its own clause, or in a compound that says it was not
# given, is not a drug of the study; forms that were given stay.
DRUG_CASES = [
    ("Thirty inpatients received intranasal racemic ketamine 50 mg; unlike esketamine, racemic ketamine is not "
     "licensed for nasal use. Response was 40%.", ["ketamine"]),
    ("Methods: Ketamine-naive patients (n = 25) received esketamine 56 mg twice weekly. Results: 44% responded.",
     ["esketamine"]),
]
# The enantiomers' minus sign typeset as a minus or an en dash.
DRUG_CASES += [
    ("Methods: Ten patients received R(−)-ketamine 0.5 mg/kg intravenously. Results: MADRS fell within 24 h.",
     ["arketamine"]),
    ("Methods: Ten patients received R(–)-ketamine 0.5 mg/kg intravenously. Results: MADRS fell within 24 h.",
     ["arketamine"]),
    ("Methods: Ten patients received S–ketamine 0.25 mg/kg intravenously. Results: MADRS fell.", ["esketamine"]),
]
# A form named only as the reference another drug is likened to is not given.
DRUG_CASES += [
    ("Nitrous oxide, similar to ketamine, may have rapid antidepressant effects. In this trial, 24 patients inhaled "
     "50% nitrous oxide for one hour; HAM-D fell.", []),
    ("Methods: Thirty patients received psilocybin 25 mg. Results: Response was 40%, comparable to rates reported for "
     "ketamine.", []),
]
DRUG_KEPT = [
    ("Methods: Sixty patients were randomized to ketamine or ECT. Results: Response with ECT was similar to ketamine "
     "(50% vs 48%).", ["ketamine"]),
    ("Methods: Patients received esketamine 56 mg. Results: Response rates were comparable to those reported for "
     "intravenous ketamine.", ["esketamine"]),
    ("Methods: Ten patients received R-(-)-ketamine 0.5 mg/kg intravenously. Results: MADRS fell within 24 h.",
     ["arketamine"]),
    ("Methods: Patients were randomized to racemic ketamine 0.5 mg/kg or S-ketamine 0.25 mg/kg. Results: Response "
     "did not differ.", ["esketamine", "ketamine"]),
    ("Methods: Twenty patients received ketamine 0.5 mg/kg; plasma (2R,6R)-hydroxynorketamine was measured. "
     "Results: 45% responded.", ["ketamine"]),
    ("We compared esketamine nasal spray with intravenous ketamine in 62 patients with TRD; response rates did not "
     "differ.", ["esketamine", "ketamine"]),
    ("Esketamine, the S-enantiomer of ketamine, was given intranasally to 40 patients with TRD. MADRS fell by 15 "
     "points.", ["esketamine"]),
    ("Arketamine, the R-enantiomer of ketamine, may cause less dissociation. In this trial, 40 patients received "
     "arketamine or placebo; MADRS did not differ.", ["arketamine"]),
    ("Methods: Twenty patients received (R,S)-ketamine 0.5 mg/kg intravenously. Results: Response at 24 h was 55%.",
     ["ketamine"]),
    ("Methods: Twenty ketamine-treated patients and 20 ECT-treated patients were compared. Results: Response was "
     "similar.", ["ketamine"]),
]


@pytest.mark.parametrize(("text", "drugs"), DRUG_CASES + DRUG_KEPT)
def test_drugs_the_study_gave(text: str, drugs: list[str]) -> None:
    assert drugs_of(text) == drugs
