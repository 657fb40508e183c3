"""Study fields that generalise (issue 21): N as the whole sample, not a part of it, and the design decision table.

Every case is a short sentence written for this file (a paraphrase of how abstracts word it, none copied from a
labelled set); most failed on the extractor before
these rules (checked against 4d50a88), the rest guard a rule against reaching too far.
"""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract

# --- N: the whole sample, not a subgroup, an arm, or people only screened --------------------------------------------

N_CASES = [
    # the arms' sizes add up when no total is written, even with the dose in brackets between them
    ("Methods: Patients were randomly allocated to receive ketamine (0.5 mg/kg) plus propofol (n = 14) or saline plus "
     "propofol (n = 15). Results: Remission was similar.", 29),
    ("Methods: Outpatients with MDD (n = 20) and with bipolar depression (n = 12) received open-label ketamine.", 32),
    # a total stated as such beats the arms' or phases' bracketed sizes
    ("Methods: This double-blind randomized trial included 48 patients with TRD. Patients received ketamine (n = 25) "
     "or midazolam (n = 23). Results: MADRS fell.", 48),
    ("Methods: Patients entered either an induction phase (n = 300) or a maintenance phase (n = 500). A total of 800 "
     "patients were enrolled.", 800),
    # the bracketed whole that its parts add up to
    ("Adults with PTSD (n = 90) who had failed an antidepressant were randomized to placebo (n = 30), low dose "
     "(0.2 mg/kg; n = 31) or high dose (0.5 mg/kg; n = 29) ketamine.", 90),
    # people screened, assessed or approached are not the sample
    ("Results: Of 310 screened patients, 204 started ketamine and 180 completed treatment.", 204),
    ("Results: 150 patients were assessed for eligibility and 96 were included.", 96),
    ("Results: 75 outpatients were approached, of whom 40 adults with TRD received ketamine.", 40),
    # the size of each group is not the sample; the sample named with a chain of describing words
    ("Methods: This double-blind study was conducted in 40 healthy male and female Japanese subjects. Eight subjects "
     "(including two given placebo) were included in each dose cohort.", 40),
    # two groups of people as one subject of the enrolment verb add up
    ("Twenty healthy volunteers (HVs) and 16 patients with schizophrenia participated in ketamine sessions.", 36),
    # the randomized number written after its noun, an arm's size times the arms, a count with its traits
    ("Methods: Adults with TRD were randomized to ketamine or placebo. Results: Of the 120 randomized, 110 completed "
     "the trial.", 120),
    ("Methods: Patients were randomized 1:1 to ketamine or midazolam (30 per arm).", 60),
    ("Methods: Participants (n = 40; 60% women) received six infusions of ketamine.", 40),
    ("Methods: Forty-two veterans with PTSD entered the study and 38 were randomized to ketamine or midazolam.", 38),
    # counts of events in brackets are no parts of the sample
    ("Results: Common adverse events were dissociation (n = 8) and nausea (n = 5). Forty outpatients completed the "
     "study.", 40),
    # a review's N counts people, never studies
    ("Methods: We searched PubMed and Embase and included 14 randomized controlled trials of ketamine. Results: "
     "Ketamine was superior to placebo.", None),
    # one case told: N = 1
    ("We present the case of a 54-year-old woman with TRD who received oral ketamine.", 1),
    ("We describe rapid relief of depression with intranasal esketamine in an elderly hospitalised patient.", 1),
    # animals and people named with a word for humans
    ("Objective: To determine the kinetics of ketamine in anesthetized dogs. Animals: 8 dogs.", 8),
    ("We evaluated the tracer in 12 healthy humans before and after S-ketamine. Six healthy subjects had a retest.",
     12),
]


@pytest.mark.parametrize(("text", "n"), N_CASES)
def test_n_is_the_whole_sample(text: str, n: int | None) -> None:
    assert extract_abstract(text)["n"] == n


# --- design decision table ------------------------------------------------------------------------------------------

DESIGN_CASES = [
    # a study told in the future tense, or its design described before it is run, is a protocol
    ("Methods: In this multicentre trial, 200 patients with TRD will be randomized to ketamine or ECT. The primary "
     "outcome will be remission at week 4.", "protocol"),
    ("We describe the design of a randomized controlled trial comparing ketamine with midazolam. Participants will "
     "receive four infusions.", "protocol"),
    # the drug's kinetics as the aim: pharmacology, randomized or not
    ("Objectives: The aim was to assess the pharmacokinetics and tolerability of esketamine in healthy subjects. "
     "Methods: This randomized, double-blind, placebo-controlled study enrolled 48 healthy adults.", "other"),
    # ... but a trial of the drug's effect that also measures its kinetics keeps its design
    ("Objectives: The aim was to evaluate the efficacy and pharmacokinetics of esketamine in TRD. Methods: This "
     "randomized, double-blind trial enrolled 120 patients; response rates were compared.", "rct"),
    # routine-care data, collected before the study was planned
    ("Methods: Deidentified chart data of 300 patients treated at a ketamine clinic were analysed. Infusions were "
     "administered twice weekly for three weeks.", "observational"),
    ("We report outcomes of 250 patients who received esketamine as part of routine clinical care.", "observational"),
    # an overview of a field in its own words is a review
    ("We give a brief overview of glutamate-based antidepressants and the current state of research on ketamine "
     "enantiomers.", "review"),
    ("In this paper, we summarize the evidence from 12 trials of ketamine for depression.", "review"),
    ("Methods: A single-blind, sham-controlled study in which 40 patients were allocated alternately to ketamine or "
     "sham.", "non_randomized"),
    ("We surveyed 500 ketamine clinic patients about their experiences.", "observational"),
    # groups formed by the treatment they had, compared without randomization
    ("Methods: Records of 150 children sedated for MRI were studied. Children given ketamine (Group K) and those "
     "given propofol alone (Group P) were divided into two groups and compared.", "observational"),
    # a review that reports what only pooling gives is a meta-analysis
    ("Methods: We systematically reviewed 14 randomized trials (610 participants). After excluding the trials "
     "responsible for heterogeneity, ketamine was superior (p = 0.001).", "meta_analysis"),
    ("Methods: PubMed, Embase and PsycINFO were searched for randomized trials. Results: Eighteen trials (1,200 "
     "participants) were included. Ketamine was superior to placebo for response (odds ratio 3.1, 95% CI 2.0-4.8).",
     "meta_analysis"),
    # ... and one that names heterogeneity as the reason not to pool stays a systematic review
    ("Methods: MEDLINE and Embase were searched. Results: Nine studies were included; because of clinical "
     "heterogeneity, results were summarised narratively.", "systematic_review"),
    # one group given a defined schedule, whatever its size, is open-label
    ("Methods: Sixty-two outpatients with TRD received eight intravenous ketamine infusions over four weeks. "
     "Results: MADRS scores fell from 32 to 15.", "open_label"),
    # one case
    ("We describe rapid relief of depression with oral ketamine in a severely ill postoperative inpatient.",
     "case_series"),
    # animals or healthy volunteers outside a randomized design: pharmacology, not a case series
    ("Methods: Twelve healthy volunteers received intravenous S-ketamine; PET scans were acquired before and after. "
     "Results: Binding fell.", "other"),
    # "randomized trials" in the plural is a literature cited, not this study's design
    ("Ketamine's efficacy has been established in randomized trials. We conducted an open-label study in which 35 "
     "patients with bipolar depression received four infusions.", "open_label"),
    # everyone entering the open-label phase after a randomized one; a prospective single-group schedule
    ("Methods: Following a randomized phase, all 60 participants entered a 4-week open-label phase of twice-weekly "
     "ketamine.", "open_label"),
    ("Methods: In this prospective study, 52 outpatients with TRD were treated with intranasal esketamine twice "
     "weekly for 4 weeks.", "open_label"),
    ("Objective: To describe ketamine kinetics in isoflurane-anesthetized dogs. Animals: 6 dogs. Procedure: Ketamine "
     "was given IV.", "other"),  # kept: with the dogs now counted, N = 6 must not make it a case series
]


@pytest.mark.parametrize(("text", "design"), DESIGN_CASES)
def test_design_decision_table(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design
