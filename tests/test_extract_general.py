"""Generalisation, third batch (issue 21): general mechanisms, one table per mechanism, every case written by the
team as a paraphrase of how abstracts word it (none copied from a labelled set):

- abbreviations the text defines ("X (Y)") applied to the rest of it;
- sentence-level context for adverse-event words (clinical sentences, not chemistry, physics or psychoanalysis);
- a time-expression parser (ordinals, "beginning at", "starting on day N", "by day N", ranges, "respectively");
- rates that are not findings (background rates, a subgroup's share of the sample);
- designs (single-group, retrospective chart/registry, case series vs report, meta-analysis vs systematic review);
- N = the randomized number; decimal proportions; "none in the placebo group" as 0%.
"""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.abbrev import abbreviations
from evidence.extract.context import clinical_sentence
from evidence.extract.lexicon import find_timepoints
from tests.extract_support import finding_rows

IV_PLACEBO = "Methods: Patients were randomized to intravenous ketamine or placebo. Results: "
OPEN_IV = "Methods: Forty patients received open-label intravenous ketamine. Results: "

# --- abbreviations ---------------------------------------------------------------------------------------------

ABBREV_CASES = [
    ("Ketamine was given by the intranasal (IN) route.", {"IN": "intranasal"}),
    ("Patients received subcutaneous (SC) injections of ketamine.", {"SC": "subcutaneous"}),
    ("We compared esketamine with standard of care (SC) alone.", {"SC": "standard of care"}),
    ("Treatment-resistant depression (TRD) is common.", {"TRD": "Treatment-resistant depression"}),
    ("Montgomery-Asberg Depression Rating Scale (MADRS) scores fell.",
     {"MADRS": "Montgomery-Asberg Depression Rating Scale"}),
    ("Ketamine was given intramuscularly (i.m.) twice weekly.", {"i.m.": "intramuscularly"}),
    # not definitions: a number, a p value, a reference, a plain word in brackets
    ("Response occurred in 12 patients (40%).", {}),
    ("The difference was significant (p < 0.05).", {}),
    ("Ketamine is rapid (Smith, 2019).", {}),
]


@pytest.mark.parametrize(("text", "expected"), ABBREV_CASES)
def test_abbreviation_definitions(text: str, expected: dict[str, str]) -> None:
    assert abbreviations(text) == expected


ROUTE_ABBREV_CASES = [
    # a route spelled out once with its abbreviation, then only the abbreviation
    ("Methods: Twenty adults with TRD received oral transmucosal (OTM) ketamine. Results: OTM ketamine was well "
     "tolerated.", ["sublingual"]),
    ("Methods: We randomized patients to subcutaneous (SC) esketamine or SC placebo weekly.", ["subcutaneous"]),
    # an abbreviation that spells a route's letters but is defined as something else is not that route
    ("Methods: Patients were randomized to intravenous ketamine plus standard care (SC) or SC alone. Results: SC "
     "patients improved less.", ["intravenous"]),
    ("Methods: Adults with TRD received intramuscular (IM) ketamine twice weekly. Results: After six IM sessions, "
     "MADRS fell.", ["intramuscular"]),
    ("Methods: Ketamine was administered per os (PO) at 1 mg/kg. Results: PO ketamine was tolerated.", ["oral"]),
    ("Methods: Patients received ketamine by the sublingual (SL) route daily. Results: SL ketamine reduced MADRS "
     "scores.", ["sublingual"]),
]


@pytest.mark.parametrize(("text", "routes"), ROUTE_ABBREV_CASES)
def test_routes_through_defined_abbreviations(text: str, routes: list[str]) -> None:
    assert extract_abstract(text)["routes"] == routes


# --- adverse-event words in context ----------------------------------------------------------------------------

NOT_CLINICAL = [
    "The dissociation constant of ketamine at the NMDA receptor was 0.5 microM.",
    "Dissociation of alpha-ketoglutarate from the enzyme was rate limiting.",
    "Complete dissociation of this group (pH 8.4) was observed in the titration.",
    "Ketamine showed a slow dissociation rate from the channel pore.",
    "Freud's concept of dissociation is contrasted with repression in psychoanalytic theory.",
    "Headache-like waveforms were absent from the spectral analysis of the protein.",
]
CLINICAL = [
    "Dissociation was the most common adverse event in patients receiving ketamine.",
    "Participants reported transient dissociative symptoms after each infusion.",
    "Nausea occurred in 12% of patients.",
    "Two subjects experienced headache.",
]


@pytest.mark.parametrize("text", NOT_CLINICAL)
def test_adverse_words_outside_a_clinical_sentence_are_no_adverse_event(text: str) -> None:
    out = extract_abstract(text)
    assert [f for f in out["findings"] if f["kind"] == "adverse_event"] == []
    assert out["ae_mentions"] == []


@pytest.mark.parametrize("text", CLINICAL)
def test_adverse_words_in_a_clinical_sentence_are_kept(text: str) -> None:
    assert clinical_sentence(text)
    out = extract_abstract("Methods: Adults with TRD received intravenous ketamine. Results: " + text)
    assert out["ae_mentions"] or [f for f in out["findings"] if f["kind"] == "adverse_event"]


OFF_TOPIC = [
    # chemistry/biophysics with percentages and people-free numbers
    "Background: Proton transfer in enzymes is poorly understood. Methods: We measured dissociation of "
    "alpha-ketoglutarate by NMR. Results: Complete dissociation of this group (pH 8.4) occurred in 85% of molecules; "
    "the response of the spectrum was rapid, with significant changes within 2 hours.",
    # an oncology trial: survival rates and adverse events, not a ketamine or depression finding
    "Methods: In this randomized trial, 300 patients with melanoma received drug A or chemotherapy. Results: The "
    "response rate was 22% with drug A and 8% with chemotherapy. Nausea occurred in 30% of patients receiving drug "
    "A. Rash and fatigue were common.",
    # psychoanalysis
    "This essay revisits dissociation as a psychological concept in early psychoanalysis. Dissociation, splitting "
    "and repression are compared; the analysand's response to interpretation was described in 3 of 5 vignettes.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_abstracts_give_no_clinical_finding(text: str) -> None:
    out = extract_abstract(text)
    assert out["findings"] == []
    assert out["ae_mentions"] == []


def test_psychoanalysis_of_depression_gets_no_adverse_event() -> None:
    text = (
        "Depression and dissociation are central to psychoanalytic thinking. Dissociation, splitting and repression "
        "are compared in the case of a depressed analysand. The analyst's countertransference anxiety and the "
        "patient's depersonalization are discussed. In our experience, patients with depression often report "
        "dissociation during sessions."
    )
    out = extract_abstract(text)
    assert out["ae_mentions"] == [] and out["findings"] == []


def test_ketamine_pharmacology_paper_gets_no_dissociation() -> None:
    text = (
        "Ketamine is an NMDA receptor antagonist. We measured the dissociation constant (Kd) of ketamine and its "
        "metabolites in rat cortical membranes. The dissociation of ketamine from the receptor was slower at pH 7.4. "
        "Dissociation kinetics depended on temperature."
    )
    out = extract_abstract(text)
    assert out["ae_mentions"] == []
    assert out["findings"] == []


# --- time expressions ------------------------------------------------------------------------------------------

TIME_CASES = [
    ("on the second day after the infusion", [48.0]),
    ("at the 24th hour", [24.0]),
    ("during the first week", [168.0]),
    ("on the third day", [72.0]),
    ("at the fourth hour post-dose", [4.0]),
    ("at the 2nd week", [336.0]),
    ("beginning at 2 hours", [2.0]),
    ("starting on day 3", [72.0]),
    ("by day 7", [168.0]),
    ("at 24 hours after dosing", [24.0]),
]


@pytest.mark.parametrize(("text", "hours"), TIME_CASES)
def test_time_expressions(text: str, hours: list[float]) -> None:
    assert [t.hours for t in find_timepoints(text)] == hours


ONSET_CASES = [
    (IV_PLACEBO + "Ketamine was superior to placebo beginning at 2 hours after the infusion.", 2.0),
    (IV_PLACEBO + "Significant antidepressant effects were seen starting on day 3 and lasted through day 14.", 72.0),
    (IV_PLACEBO + "By day 2, MADRS scores were significantly lower with ketamine than with placebo.", 48.0),
    (IV_PLACEBO + "A significant reduction in MADRS scores was observed from the 24th hour onwards.", 24.0),
    (IV_PLACEBO + "Depressive symptoms improved significantly on the second day after the infusion and the "
     "improvement persisted for one week.", 48.0),
    # the effect seen at several times: onset is the first of them, not a later one
    (IV_PLACEBO + "Ketamine separated from placebo at 4 hours, 24 hours and day 7 (all p < 0.01).", 4.0),
    (IV_PLACEBO + "MADRS scores were significantly lower with ketamine on days 1, 3 and 7.", 24.0),
]


@pytest.mark.parametrize(("text", "hours"), ONSET_CASES)
def test_onset_from_time_expressions(text: str, hours: float) -> None:
    rows = finding_rows(text, "onset")
    assert [r[1] for r in rows] == [hours]


NO_ONSET = [
    # a later timepoint alone, with no claim about when the effect began
    IV_PLACEBO + "At week 4, MADRS scores were significantly lower in the ketamine group (p = 0.01).",
    # no significant effect at the first time; an effect claimed at a later one is not stated as its onset
    IV_PLACEBO + "Response rates at day 28 were 40% and 20%, respectively.",
]


@pytest.mark.parametrize("text", NO_ONSET)
def test_no_onset_without_a_first_significant_time(text: str) -> None:
    assert finding_rows(text, "onset") == []


RESPECTIVELY_TIME = [
    (IV_PLACEBO + "At 24 hours after dosing, response rates were 50% and 20% in the ketamine and placebo groups, "
     "respectively.", "response_rate", [("ketamine", 50.0, 24.0), ("placebo", 20.0, 24.0)]),
    (IV_PLACEBO + "Twenty-four hours post-infusion, 45% and 15% of the ketamine and placebo groups, respectively, "
     "had responded.", "response_rate", [("ketamine", 45.0, 24.0), ("placebo", 15.0, 24.0)]),
    (IV_PLACEBO + "On the seventh day, remission rates were 30% (ketamine) and 10% (placebo).", "remission_rate",
     [("ketamine", 30.0, 168.0), ("placebo", 10.0, 168.0)]),
]


RESPECTIVELY_TIME += [
    # a list of values matching a list of times named before it: one arm, the times in order
    (OPEN_IV + "Response rates at 24 h and day 7 were 50% and 40%, respectively.", "response_rate",
     [("ketamine", 50.0, 24.0), ("ketamine", 40.0, 168.0)]),
    (OPEN_IV + "Response rates at 2, 24 and 72 hours were 30%, 45% and 40%, respectively.", "response_rate",
     [("ketamine", 30.0, 2.0), ("ketamine", 45.0, 24.0), ("ketamine", 40.0, 72.0)]),
    (IV_PLACEBO + "At 24 hours and 7 days post-infusion, response rates in the ketamine group were 60% and 35%, "
     "respectively.", "response_rate", [("ketamine", 60.0, 24.0), ("ketamine", 35.0, 168.0)]),
    # ... but a list of arms stays a list of arms
    (IV_PLACEBO + "Response rates were 50% and 15% at 24 hours in the ketamine and placebo arms, respectively.",
     "response_rate", [("ketamine", 50.0, 24.0), ("placebo", 15.0, 24.0)]),
    (IV_PLACEBO + "On day 3, remission was observed in 6 (30%) and 1 (5%) participants in the ketamine and placebo "
     "groups.", "remission_rate", [("ketamine", 30.0, 72.0), ("placebo", 5.0, 72.0)]),
    (IV_PLACEBO + "Thirty minutes after the end of the infusion, 8 of 20 (40%) ketamine-treated patients had "
     "responded.", "response_rate", [("ketamine", 40.0, 0.5)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), RESPECTIVELY_TIME)
def test_rates_listed_at_a_stated_time(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(finding_rows(text, kind), key=str) == sorted(expected, key=str)


# --- rates that are not findings -------------------------------------------------------------------------------

NOT_RATES = [
    # background rates of other studies, in an unstructured introduction
    "Only about one third of patients with depression achieve remission with a first antidepressant. Ketamine "
    "produces response rates of 50% to 70% within 24 hours in earlier trials. We randomized 40 adults to ketamine "
    "or midazolam.",
    "Approximately 30% of patients do not respond to two or more antidepressants, and remission rates fall to 13% "
    "after the third treatment step. In this open-label study, 20 patients received intravenous ketamine.",
    "Background: In STAR*D, remission rates were 37% after the first step. Methods: We enrolled 30 patients.",
    # a subgroup's share of the sample, with its n and percent
    OPEN_IV + "Response was defined as a 50% reduction in MADRS. Of the 40 patients, 18 (45%) had severe depression "
    "and 12 (30%) had comorbid anxiety.",
    OPEN_IV + "Responders and non-responders were compared; 22 (55%) patients were women and 15 (37.5%) were "
    "classified as having severe TRD.",
]


NOT_RATES += [
    # a definition written with its scale, and the probability of keeping a response (after the blind dev split)
    OPEN_IV + "Response (50% HAM-D score reduction) was the primary outcome.",
    OPEN_IV + "Kaplan-Meier analyses showed an 80% probability of sustaining response at 4 weeks.",
]


@pytest.mark.parametrize("text", NOT_RATES)
def test_rates_that_are_not_findings(text: str) -> None:
    out = extract_abstract(text)
    assert [f for f in out["findings"] if f["kind"] in ("response_rate", "remission_rate")] == []


STILL_RATES = [
    (OPEN_IV + "Of the 40 patients, 18 (45%) met response criteria at 24 hours.", "response_rate",
     [("ketamine", 45.0, 24.0)]),
    (OPEN_IV + "At 24 hours, 12 (30%) patients were in remission.", "remission_rate", [("ketamine", 30.0, 24.0)]),
    # decimal proportions
    (IV_PLACEBO + "The proportion of responders at 24 hours was 0.45 with ketamine and 0.20 with placebo.",
     "response_rate", [("ketamine", 45.0, 24.0), ("placebo", 20.0, 24.0)]),
    (IV_PLACEBO + "Remission rates at day 7 were 0.31 for ketamine versus 0.12 for placebo.", "remission_rate",
     [("ketamine", 31.0, 168.0), ("placebo", 12.0, 168.0)]),
    # none in the placebo group
    (IV_PLACEBO + "At 24 hours, 8 of 20 patients receiving ketamine responded, and none in the placebo group.",
     "response_rate", [("ketamine", 40.0, 24.0), ("placebo", 0.0, 24.0)]),
    (IV_PLACEBO + "Remission at day 7 occurred in 25% of the ketamine group and in none of the placebo group.",
     "remission_rate", [("ketamine", 25.0, 168.0), ("placebo", 0.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), STILL_RATES)
def test_rates_still_read(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(finding_rows(text, kind), key=str) == sorted(expected, key=str)


NOT_DECIMAL_RATES = [
    IV_PLACEBO + "Response rates differed between groups (p = 0.04; OR 0.45, 95% CI 0.20-0.90).",
    IV_PLACEBO + "Response at 24 hours was associated with baseline severity (r = 0.35).",
]


@pytest.mark.parametrize("text", NOT_DECIMAL_RATES)
def test_statistics_are_not_decimal_rates(text: str) -> None:
    assert finding_rows(text, "response_rate") == []


# --- designs ---------------------------------------------------------------------------------------------------

DESIGN_CASES = [
    ("In this single-group, phase 2 trial, 25 adults with TRD received six ketamine infusions.", "open_label"),
    ("This was a single-arm study; all participants received intranasal esketamine.", "open_label"),
    ("We conducted a nonrandomized, uncontrolled trial of oral ketamine in 30 outpatients.", "non_randomized"),
    ("In a one-group pretest-posttest design, 18 veterans received ketamine.", "open_label"),
    ("We performed a retrospective chart review of 235 patients treated with IV ketamine at our clinic.",
     "observational"),
    ("Using a national registry, we identified 1,250 patients who started esketamine.", "observational"),
    ("Medical records of 120 patients who received ketamine were reviewed retrospectively.", "observational"),
    # the curators' convention: a handful of patients from the records, no cohort, is a case series
    ("We reviewed the medical records of 9 inpatients treated with ketamine; 6 remitted.", "case_series"),
    ("We report a case of a woman with TRD treated with subcutaneous ketamine.", "case_series"),
    ("We describe three patients who received oral ketamine for depression (case series).", "case_series"),
    ("A systematic review and meta-analysis of randomized trials: we pooled 12 studies (n = 800) with a "
     "random-effects model.", "meta_analysis"),
    ("We systematically searched MEDLINE and Embase; risk ratios were pooled using random-effects models.",
     "meta_analysis"),
    ("We systematically searched MEDLINE and Embase and summarised 15 studies narratively.", "systematic_review"),
]


DESIGN_CASES += [
    ("We describe four patients with TRD who received repeated IV ketamine infusions at home.", "case_series"),
    ("This case study details the treatment of a veteran with PTSD and depression using intramuscular ketamine.",
     "case_series"),
    ("Here we report on three adolescents who received intranasal esketamine off-label.", "case_series"),
    # (patients: the same design in healthy volunteers is a pharmacology study, "other", by the label conventions)
    ("Methods: Twenty depressed patients received ketamine and placebo in randomized order, double-blind.",
     "crossover_rct"),
    ("Methods: Each participant received, in random order, one infusion of ketamine and one of saline, separated by "
     "one week.", "crossover_rct"),
    ("Methods: An open-label, randomized comparison of IV and IM ketamine in 60 patients.", "rct"),
    ("Methods: A network meta-analysis of 25 RCTs compared ketamine, esketamine and ECT.", "meta_analysis"),
    ("We conducted a systematic review following PRISMA guidelines; no quantitative synthesis was possible.",
     "systematic_review"),
    ("Methods: A cross-sectional survey of 300 ketamine clinic patients.", "observational"),
]


DESIGN_CASES += [
    # after the blind dev split: general wordings, paraphrased
    ("Methods: Sixty outpatients were randomly divided into two equal groups receiving ketamine or midazolam.", "rct"),
    ("Methods: Twelve adults with TRD were administered four ketamine infusions over two weeks. Response was defined "
     "as a 50% reduction in MADRS.", "open_label"),
    ("Methods: This is an open-label naturalistic observational study; fifteen patients received IV ketamine.",
     "observational"),
]


@pytest.mark.parametrize(("text", "design"), DESIGN_CASES)
def test_design_cases(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design


# --- N -----------------------------------------------------------------------------------------------------------

N_CASES = [
    ("Methods: A total of 120 patients were randomized; 40 with severe depression formed a subgroup. Results: In "
     "the subgroup of 40 patients, ketamine was superior.", 120),
    ("Of 310 screened, 156 participants were randomly assigned to esketamine (n = 78) or placebo (n = 78). Among "
     "the 60 patients with suicidal ideation, remission was higher.", 156),
    ("Methods: 64 outpatients with TRD were randomly allocated in a 1:1 ratio; 28 of them had bipolar depression.",
     64),
    ("Methods: Participants (N = 99) were randomized to ketamine or ECT. Results: Among the 45 women, response "
     "rates were similar.", 99),
    ("Methods: We randomly assigned 80 adults with TRD to ketamine or placebo. Results: 72 completed the study.",
     80),
]


@pytest.mark.parametrize(("text", "n"), N_CASES)
def test_n_is_the_randomized_number(text: str, n: int) -> None:
    assert extract_abstract(text)["n"] == n


# --- second batch: more wording per field (written before the rules for it) -----------------------------------

IV_RESULTS = "Methods: Patients were randomized to intravenous ketamine or placebo. Results: "
ESK_RESULTS = "Methods: Adults with TRD were randomized to esketamine nasal spray or placebo. Results: "

MORE_FIELDS = [
    ("n", "Methods: In this multicentre trial, 227 adults with TRD were randomly assigned (1:1) to esketamine plus an "
     "oral antidepressant or placebo plus an oral antidepressant. Results: Of the 197 who completed the induction "
     "phase, 114 were in stable remission.", 227),
    ("n", "Methods: Sixty-eight participants were randomized to ketamine (n = 35) or midazolam (n = 33). A subgroup of "
     "24 with comorbid PTSD was analysed separately.", 68),
    ("n", "We randomized 52 inpatients to 0.5 mg/kg ketamine or saline. In the 26 patients with bipolar depression, "
     "effects were larger.", 52),
    ("n", "Methods: This double-blind RCT enrolled 99 outpatients, of whom 90 were randomized. Results: 80 completed.",
     90),
    ("n", "Results: Of 1,204 patients screened, 402 underwent randomization (esketamine, 201; placebo, 201).", 402),
    ("n", "Methods: Between 2019 and 2021, 150 patients were randomised; 75 received ketamine and 75 received ECT.",
     150),
    ("design", "Methods: In this open-label, single-site study, 14 patients received six IV ketamine infusions over 2 "
     "weeks.", "open_label"),
    ("design", "This case report describes a 54-year-old man with TRD who responded to oral ketamine.", "case_series"),
    ("design", "We present a series of five patients treated with sublingual ketamine.", "case_series"),
    ("design", "Methods: This retrospective cohort study included 310 patients receiving IV ketamine at a community "
     "clinic.", "observational"),
    ("design", "Methods: Data were extracted from the Swedish national patient register for 1,245 patients treated "
     "with esketamine.", "observational"),
    ("design", "Methods: Patients who received ketamine at our clinic between 2015 and 2020 were identified from the "
     "hospital database.", "observational"),
    ("design", "Methods: We searched PubMed, Embase and PsycINFO for randomized trials of ketamine. Eleven trials "
     "(n = 640) were included. A random-effects meta-analysis showed a pooled response rate of 45%.",
     "meta_analysis"),
    ("design", "Methods: We searched PubMed and Embase for studies of oral ketamine. Results: Twelve studies met "
     "inclusion criteria; results were synthesized narratively because of heterogeneity.", "systematic_review"),
    ("design", "Methods: Twenty-four patients were randomly assigned in a double-blind crossover design to ketamine "
     "and midazolam, one week apart.", "crossover_rct"),
    ("design", "Methods: We conducted a naturalistic study of 50 outpatients receiving intranasal esketamine in "
     "routine care.", "observational"),
    ("routes", "Methods: We reviewed trials of intravenous (IV), intranasal (IN), oral (PO) and intramuscular (IM) "
     "ketamine. Results: IN esketamine had the most data; PO ketamine was studied in 4 trials.",
     ["intravenous", "intranasal", "intramuscular", "oral"]),
    ("routes", "Methods: Adults with TRD self-administered esketamine nasal spray (ESK-NS) under supervision. Results: "
     "ESK-NS was tolerated.", ["intranasal"]),
    ("routes", "We present a man with stage IV lung cancer and depression who received a continuous subcutaneous "
     "infusion of ketamine in hospice.", ["subcutaneous"]),
    ("routes", "Methods: Ketamine was given via subcutaneous injection. Results: SC ketamine was effective.",
     ["subcutaneous"]),
    ("routes", "Methods: This systematic review includes studies of ketamine given intravenously, intranasally, orally "
     "or sublingually and by intramuscular injection.",
     ["intravenous", "intranasal", "intramuscular", "oral", "sublingual"]),
]


MORE_FIELDS += [
    ("routes", "Objective: To review the efficacy of non-intravenous ketamine. Methods: Studies of oral, sublingual, "
     "intranasal, intramuscular or subcutaneous ketamine were eligible. Results: We included 21 studies.",
     ["intranasal", "intramuscular", "subcutaneous", "oral", "sublingual"]),
    ("routes", "Background: Ketamine can be given by several routes. Methods: We systematically searched MEDLINE for "
     "trials of ketamine for depression given by any route. Results: Thirty trials were included: 22 used "
     "intravenous infusion, 5 intranasal administration, 2 oral dosing and 1 intramuscular injection.",
     ["intravenous", "intranasal", "intramuscular", "oral"]),
    ("routes", "Methods: Patients received intranasal (i.n.) esketamine 56 or 84 mg. Results: i.n. esketamine was "
     "superior.", ["intranasal"]),
    ("routes", "Methods: Ketamine (1 mg/kg) was given intramuscularly (IM) or subcutaneously (SC) in a crossover "
     "design. Results: IM and SC ketamine were similar.", ["intramuscular", "subcutaneous"]),
    ("n", "Methods: One hundred and two participants were randomised. Results: In the 51 ketamine participants, "
     "response was 40%.", 102),
    ("n", "Methods: A total of 403 patients were screened and 124 randomized.", 124),
    ("n", "Methods: Participants were randomly assigned to esketamine (n=114) or placebo (n=113). Results: In the "
     "subgroup of patients aged 65 years or older (n=39), results were similar.", 227),
    ("n", "Methods: Forty-one patients were recruited; 36 were randomized to ketamine or midazolam.", 36),
    ("n", "Methods: Patients were randomized (ketamine, n = 20; placebo, n = 21).", 41),
    ("n", "Methods: 96 women undergoing elective caesarean delivery under spinal anaesthesia were randomly allocated "
     "to esketamine or saline. Results: 88 patients were analysed.", 96),
    ("n", "Results: The intent-to-treat population comprised 197 patients (esketamine, n = 98; placebo, n = 99).", 197),
    ("n", "Results: Overall, 435 patients were randomized, 227 to esketamine and 208 to ECT. In the subgroup of 120 "
     "patients aged over 60, remission was 40%.", 435),
    ("design", "Methods: In this randomized, controlled, open-label trial, 400 patients were assigned to ketamine or "
     "ECT.", "rct"),
    ("design", "Methods: We performed a phase 4, open-label, single-arm, multicenter study of esketamine in 60 "
     "patients.", "open_label"),
    ("design", "Methods: Patients treated with IV ketamine in routine clinical practice (n = 80) were followed for "
     "six months.", "observational"),
    ("design", "Methods: We report two patients with bipolar depression who received intranasal esketamine.",
     "case_series"),
]


@pytest.mark.parametrize(("field", "text", "want"), MORE_FIELDS)
def test_more_study_fields(field: str, text: str, want: object) -> None:
    assert extract_abstract(text)[field] == want


MORE_RATES = [
    (IV_RESULTS + "Response rates 24 h after the infusion were 52.4% (ketamine) vs. 18.2% (placebo).", "response_rate",
     [("ketamine", 52.4, 24.0), ("placebo", 18.2, 24.0)]),
    (IV_RESULTS + "At day 1, 11/22 (50%) ketamine and 2/21 (9.5%) placebo patients met response criteria.",
     "response_rate", [("ketamine", 50.0, 24.0), ("placebo", 9.5, 24.0)]),
    (ESK_RESULTS + "At the end of the 4-week induction phase, remission was achieved by 36.0% of esketamine-treated "
     "and 20.6% of placebo-treated patients.", "remission_rate",
     [("esketamine", 36.0, 672.0), ("placebo", 20.6, 672.0)]),
    (OPEN_IV + "The response rate was 55% at 24 hours and 40% at day 7.", "response_rate",
     [("ketamine", 55.0, 24.0), ("ketamine", 40.0, 168.0)]),
    (IV_RESULTS + "Response rates at 24 hours were 64% and 23% for the ketamine and placebo groups, respectively, and "
     "remission rates were 41% and 9%, respectively.", "remission_rate",
     [("ketamine", 41.0, 24.0), ("placebo", 9.0, 24.0)]),
    (IV_RESULTS + "Two hours post-dose, response rates were 45% and 10%, respectively.", "response_rate",
     [("ketamine", 45.0, 2.0), ("placebo", 10.0, 2.0)]),
    # traits of part of the sample, next to a real rate
    (OPEN_IV + "At baseline, 24 (60%) patients had severe TRD (MADRS > 34) and 16 (40%) had moderate TRD. Response at "
     "24 h was 50%.", "response_rate", [("ketamine", 50.0, 24.0)]),
    (OPEN_IV + "Among the 20 responders, 12 (60%) were women and 8 (40%) had a history of suicide attempts.",
     "response_rate", []),
    (OPEN_IV + "Of the 40 patients, 30 (75%) had failed at least 3 antidepressants; 22 (55%) responded at 24 hours.",
     "response_rate", [("ketamine", 55.0, 24.0)]),
    # an unstructured opening about the field: its rates and its drugs are not the study's
    ("Ketamine has response rates of 50-70% in TRD. Esketamine nasal spray was approved in 2019. We enrolled 40 "
     "patients who received IV ketamine. Response at 24 hours occurred in 45%.", "response_rate",
     [("ketamine", 45.0, 24.0)]),
    (IV_RESULTS + "The antidepressant effect of ketamine emerged at 40 minutes and peaked at 24 hours.", "onset",
     [("ketamine", 0.67, 0.67)]),
    (IV_RESULTS + "Ketamine was significantly superior to placebo from 2 hours through day 7 (p < 0.001).", "onset",
     [("ketamine", 2.0, 2.0)]),
    (ESK_RESULTS + "Esketamine separated from placebo starting at 4 hours, and the separation was maintained at day "
     "28.", "onset", [("esketamine", 4.0, 4.0)]),
    (IV_RESULTS + "Improvement in depressive symptoms was significant by the third day and continued to the end of the "
     "first week.", "onset", [("ketamine", 72.0, 72.0)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), MORE_RATES)
def test_more_rates_and_onsets(text: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(finding_rows(text, kind), key=str) == sorted(expected, key=str)
