"""Twelfth-session round-B sample-size (N), route and drug rules, each written from a first-contact error of the dev14
split and checked on paraphrases written here (never the blind sentences), negatives included."""

from __future__ import annotations

import pytest

from tests.extract_support import n_of, routes_of

# Two arms' sizes told as "N were randomized to <arm> and M to <arm>", the arm named in several words, or in a bracket
# after the verb: the sample is their sum.
RANDOMIZED_TWO_ARMS = [
    ("Methods: 210 adults were randomised to esketamine nasal spray and 205 to extended-release quetiapine; 205 and "
     "201 took at least one dose.", 415),
    ("In total, 64 participants were randomly assigned to intravenous racemic ketamine and 61 to active midazolam "
     "control, then followed for four weeks.", 125),
    ("Patients with TRD were recruited. These were randomized (12 to ketamine and 11 to placebo), and 19 completed "
     "the protocol.", 23),
    ("Eligible adults were randomly allocated (20 to the ketamine arm and 22 to the saline arm) before surgery.", 42),
    # negatives: ranges and durations in a bracket are no arms; a one-word arm still adds up as before
    ("Sixty patients were randomized to ketamine or placebo (2 to 3 days and 4 to 5 weeks of follow-up).", 60),
    ("Thirty were randomized to ketamine and 28 to placebo.", 58),
]


@pytest.mark.parametrize(("text", "n"), RANDOMIZED_TWO_ARMS)
def test_two_randomized_arms_told_one_after_the_other_add_up(text: str, n: int) -> None:
    assert n_of(text) == n


# Two groups set side by side by "while" / "whereas", each with what it was given: the sample is their sum.
GROUPS_SIDE_BY_SIDE = [
    ("Methods: Twelve patients were randomised to receive a 72-h ketamine infusion, titrated up to 0.4 mg/kg/h, "
     "whereas 12 were randomised to a standard 40-min infusion. Participants were followed for a month.", 24),
    ("In this clinic, 88 adults with bipolar depression received 30 sessions of rTMS (10 Hz), while 40 received the "
     "same rTMS course plus four intramuscular ketamine injections.", 128),
    ("Forty-one participants with chronic PTSD were given oral ketamine twice weekly for 4 weeks, whereas 39 "
     "patients received oral placebo on the same schedule.", 80),
    # negatives: the second count is an outcome, not a group given something
    ("Of 10 patients that were treated with saline, 3 (30%) improved while 7 (70%) did not.", 10),
    ("Twenty patients received ketamine, whereas 4 patients did not respond to it.", 20),
]


@pytest.mark.parametrize(("text", "n"), GROUPS_SIDE_BY_SIDE)
def test_two_groups_set_side_by_side_add_up(text: str, n: int) -> None:
    assert n_of(text) == n


# Two groups joined by "and" as the subject of one treatment, the second named with its abbreviation: one sample.
JOINED_GROUPS_WITH_ABBREVIATION = [
    ("Methods: Twenty-two MDD patients and 14 bipolar depression (BD) patients received four ketamine infusions "
     "over two weeks.", 36),
    ("Twenty-five TRD patients and 20 post-traumatic stress (PTSD) patients underwent a single esketamine dose.", 45),
    ("Methods: 40 anxious patients and 35 non-anxious depressed (NAD) participants received six infusions.", 75),
    # negative: a number inside the bracket is not an abbreviation (a range of ages joins nothing)
    ("Methods: 30 older patients and 12 young (18-25) adults were screened; 30 older patients received ketamine.",
     30),
]


@pytest.mark.parametrize(("text", "n"), JOINED_GROUPS_WITH_ABBREVIATION)
def test_two_joined_groups_with_an_abbreviation_add_up(text: str, n: int) -> None:
    assert n_of(text) == n


# A bracketed count after a subgroup or subset named a few words earlier ("a subset of patients (N = 20)", "the
# subgroup was small (n = 16)") is that part's size, never the sample.
SUBGROUP_COUNT = [
    ("Methods: Charts of adults given ketamine were read. Results: Schizophrenia was rare; the subgroup was "
     "small (n = 9).", None),
    ("Methods: All enrolled patients received ketamine. In a subset of the patients (N = 14) who had MRI, "
     "connectivity rose.", None),
    ("Results: Responders improved; a sub-sample of veterans (n = 11) also improved.", None),
    # negative: a count before the subgroup's words is still the sample
    ("Methods: 52 patients received ketamine. In a subset of patients (N = 20) memory improved.", 52),
]


@pytest.mark.parametrize(("text", "n"), SUBGROUP_COUNT)
def test_a_subgroups_bracketed_count_is_not_the_sample(text: str, n: int | None) -> None:
    assert n_of(text) == n


# People told by what kept them out, then said to be excluded, are never the sample.
EXCLUDED_PEOPLE = [
    ("Results: Four patients who had their surgery postponed were excluded after randomization. In the end, 212 "
     "patients were analyzed.", 212),
    ("Results: 3 participants whose scans failed quality control were subsequently excluded; 57 patients completed "
     "the study.", 57),
    ("Results: Two patients that did not receive the drug because the operation was cancelled were excluded. The "
     "remaining 98 cases were analyzed.", 98),
    # negative: people who met criteria and were enrolled are the sample
    ("Methods: Forty patients who met criteria were enrolled; 3 were excluded later.", 40),
]


@pytest.mark.parametrize(("text", "n"), EXCLUDED_PEOPLE)
def test_people_said_to_be_excluded_are_not_the_sample(text: str, n: int) -> None:
    assert n_of(text) == n


# A review's pooled sample: told "corresponding to" its people, in a bracket with a comma-grouped count, or told for one
# group and then the other ("1697 patients receiving ketamine and 1462 controls": both groups are the pooled sample).
REVIEW_POOLED = [
    ("We searched four databases and ran a meta-analysis of randomized trials. Eighteen studies with 1,204 patients "
     "receiving ketamine and 987 controls were included. Ketamine lowered depression scores (SMD -0.7).", 2191),
    ("A systematic review and meta-analysis of esketamine trials. Results: A total of nine articles were included, "
     "including 830 patients in the esketamine group and 612 in the placebo group. Pooled RR was 1.3.", 1442),
    ("Systematic review and meta-analysis. Thirty reports were screened, of which 12, corresponding to 2,045 "
     "participants, were pooled. Ketamine improved anxiety (SMD -0.4).", 2045),
    ("Meta-analysis: from 2,310 records, seven reports representing five trials (1,412 participants) were included "
     "and pooled (SMD -0.5).", 1412),
    # negatives: one group only; a correspondence that counts studies, not people
    ("Meta-analysis: eleven studies with 640 patients receiving ketamine were pooled (SMD -0.6).", 640),
    ("Meta-analysis: 40 records were screened, corresponding to 15 studies, and pooled (SMD -0.6, I2 = 30%).", None),
]


@pytest.mark.parametrize(("text", "n"), REVIEW_POOLED)
def test_a_reviews_pooled_sample(text: str, n: int | None) -> None:
    assert n_of(text) == n


# A route word right before another drug's name and dose ("oral sirolimus (4 mg)") is that drug's route, not the
# studied drug's; the studied drug named with its dose keeps its route.
ROUTE_OF_A_DOSED_OTHER_DRUG = [
    ("Methods: Thirty adults with MDD were randomized to oral sirolimus (4 mg) or placebo two hours before an "
     "intravenous ketamine infusion (0.5 mg/kg).", ["intravenous"]),
    ("Methods: Participants received intramuscular (IM) buprenorphine (300 mg) a day before IV ketamine "
     "(0.5 mg/kg), weekly for four weeks.", ["intravenous"]),
    ("Methods: 40 patients took oral memantine 20 mg daily before each intravenous ketamine infusion.",
     ["intravenous"]),
    # negatives: the studied drug dosed after its route; a tablet that contains the drug is still oral
    ("Methods: 24 patients with TRD received oral ketamine (50 mg) three times a week for six weeks.", ["oral"]),
    ("Methods: Volunteers received intranasal esketamine 56 mg and, a week later, two tablets containing 25 mg of "
     "ketamine.", ["intranasal", "oral"]),
]


@pytest.mark.parametrize(("text", "routes"), ROUTE_OF_A_DOSED_OTHER_DRUG)
def test_a_route_before_another_dosed_drug_is_that_drugs(text: str, routes: list[str]) -> None:
    assert sorted(routes_of(text)) == sorted(routes)


# The sample named with three describing words ("20 chronic cluster headache patients"), the subjects of an older
# psychology abstract ("21 Ss"); a phase's number is a name even after "this" ("This phase 3 double-blind study
# randomized patients"), while "this trial 36 participants" still counts them.
SAMPLE_NAMED_AT_LENGTH = [
    ("Methods: We ran an open-label pilot in which 18 chronic migraine headache patients were treated with "
     "intranasal ketamine during one attack.", 18),
    ("Methods: In an observational pilot, 25 severely depressed bipolar inpatients were treated with ketamine.", 25),
    ("This report describes a chart review of 34 Ss (aged 22-70 yrs) who were given oral ketamine for pain. "
     "Later, 5 people stopped.", 34),
    ("Methods: This phase 3 double-blind study randomized older patients (1:1) to esketamine or placebo spray.",
     None),
    # negative: "this trial" picks out the study, so its count stays the sample
    ("In this trial 36 participants were randomized to ketamine or midazolam.", 36),
]


@pytest.mark.parametrize(("text", "n"), SAMPLE_NAMED_AT_LENGTH)
def test_a_sample_named_at_length(text: str, n: int | None) -> None:
    assert n_of(text) == n


# A structured abstract tells its sample in Methods or Results: a count in its Conclusions ("maintained ... in 3
# patients") is a part it sums up, read only when the body names none.
CONCLUSION_COUNT = [
    ("METHODS: Between 2015 and 2016, 18 veterans with chronic post-traumatic stress disorder and depression were "
     "enrolled for repeated infusions. RESULTS: Symptoms fell. CONCLUSIONS: Benefit lasted six months in 3 "
     "patients.", 18),
    ("METHODS: During two years, 26 adolescents with major depressive disorder and suicidal thoughts were recruited "
     "from three clinics. RESULTS: Ideation fell. CONCLUSIONS: The response persisted at 3 months in 4 patients.",
     26),
    ("Methods: In 2020, 31 older adults with late-life treatment-resistant depression were recruited at two sites. "
     "Results: Mood improved. Conclusions: Gains were kept in 9 patients.", 31),
    # negatives: with no count in the body, the conclusion's count is still read; a count in the Methods wins anyway
    ("METHODS: Outpatients received ketamine infusions. RESULTS: Mood improved. CONCLUSIONS: In this series of 12 "
     "patients, ketamine was safe.", 12),
    ("METHODS: 40 patients received ketamine. CONCLUSIONS: Benefit lasted in 6 patients.", 40),
]


@pytest.mark.parametrize(("text", "n"), CONCLUSION_COUNT)
def test_a_conclusions_count_gives_way_to_the_bodys(text: str, n: int) -> None:
    assert n_of(text) == n


# Two groups joined by "and", then "who received" the drug: the relative clause gives both groups the treatment, so
# both are the sample (as "20 patients and 20 healthy controls received a single infusion" already is).
JOINED_GROUPS_WHO_RECEIVED = [
    ("This crossover study analyzed data from 22 medication-free patients with TRD and 18 healthy volunteers who "
     "received a single intravenous ketamine infusion and a saline infusion.", 40),
    ("We studied 16 adults with bipolar depression and 14 healthy controls who underwent two ketamine sessions.",
     30),
    ("Data came from 25 inpatients with MDD and 21 healthy subjects who were given esketamine and placebo.", 46),
    # negative: a relative clause that gives no treatment joins nothing; the patients stay the sample
    ("Methods: 25 inpatients with MDD and 21 healthy subjects who were scanned twice took part; 25 inpatients with "
     "MDD received ketamine.", 25),
]


@pytest.mark.parametrize(("text", "n"), JOINED_GROUPS_WHO_RECEIVED)
def test_joined_groups_who_received_the_drug_add_up(text: str, n: int) -> None:
    assert n_of(text) == n


# ... but a second group given MORE of the treatment is a part of the first ("while 12 received a second infusion").
GROUP_GIVEN_MORE = [
    ("Methods: 30 patients received ketamine at baseline, while 12 received a second infusion at day 7.", 30),
    ("Methods: 44 adults received one esketamine dose, whereas 20 received additional doses over a month.", 44),
    ("Methods: 26 veterans received four infusions, while 9 received a further course after relapse.", 26),
]


@pytest.mark.parametrize(("text", "n"), GROUP_GIVEN_MORE)
def test_a_group_given_more_is_a_part(text: str, n: int) -> None:
    assert n_of(text) == n
