"""Generalisation: the ways ketamine/depression abstracts phrase each field, written by the team (not copied from
the labelled 49), so the rules are checked on wording they were not tuned on. One table of cases per field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.extract import extract_abstract
from evidence.extract.lexicon import find_routes
from evidence.parse.pubmed import parse_pubmed_xml
from tests.extract_support import finding_rows

FIXTURES = Path(__file__).parent / "fixtures"
IV_TRIAL = "Methods: Patients were randomized to intravenous ketamine or midazolam. Results: "
IV_PLACEBO = "Methods: Patients were randomized to intravenous ketamine or placebo. Results: "




RATE_CASES = [
    # "respectively" after the arm words; no clock time in the sentence
    ("Response rates were 64% and 18% for ketamine and midazolam, respectively.", "response_rate",
     [("ketamine", 64.0, None), ("midazolam", 18.0, None)]),
    ("Twelve of 20 (60%) patients responded at 24 hours.", "response_rate", [("ketamine", 60.0, 24.0)]),
    ("At 24 hours, 12 of 20 (60%) responded.", "response_rate", [("ketamine", 60.0, 24.0)]),
    ("Response at day 7 was achieved by n = 12 (60%) participants.", "response_rate", [("ketamine", 60.0, 168.0)]),
    # the definition's threshold (>=50%) is not a rate
    ("Overall, 45% of patients met response criteria (≥50% reduction in MADRS) at week 4.", "response_rate",
     [("ketamine", 45.0, 672.0)]),
    # a confidence interval is not a rate
    ("The response rate at 24 hours was 52.5% (95% CI, 40.1%-64.6%) with ketamine.", "response_rate",
     [("ketamine", 52.5, 24.0)]),
    ("Response at day 28 was significantly higher with ketamine than with placebo (52.5% vs 31.0%; P = .003).",
     "response_rate", [("ketamine", 52.5, 672.0), ("placebo", 31.0, 672.0)]),
    ("Remission at week 4 was achieved in 36.0% of the ketamine group and 16.7% of the placebo group.",
     "remission_rate", [("ketamine", 36.0, 672.0), ("placebo", 16.7, 672.0)]),
    ("At day 1, response was seen in 11/17 (64.7%) ketamine-treated patients versus 2/18 (11.1%) placebo-treated "
     "patients.", "response_rate", [("ketamine", 64.7, 24.0), ("placebo", 11.1, 24.0)]),
    # no arm named at all: study drug, then the study's control arm (both uncertain)
    ("Remission rates at week 2 were 30% versus 10% (P = .02).", "remission_rate",
     [("ketamine", 30.0, 336.0), ("placebo", 10.0, 336.0)]),
    ("The proportion of remitters (MADRS ≤10) at 24 h was 29% with ketamine and 5% with placebo.", "remission_rate",
     [("ketamine", 29.0, 24.0), ("placebo", 5.0, 24.0)]),
    ("Response was significantly greater in the ketamine group at 2 weeks (67% v 25%).", "response_rate",
     [("ketamine", 67.0, 336.0), ("placebo", 25.0, 336.0)]),
    ("Response rates at day 7: ketamine 45%, placebo 10%.", "response_rate",
     [("ketamine", 45.0, 168.0), ("placebo", 10.0, 168.0)]),
    ("By 40 minutes post-infusion, 8 of 18 patients (44%) responded to ketamine.", "response_rate",
     [("ketamine", 44.0, 0.67)]),
    # an odds ratio or a number needed to treat is not a rate
    ("Ketamine produced higher response rates than placebo at 24 hours (odds ratio, 3.2; 95% CI, 1.5-6.8).",
     "response_rate", []),
    ("Responders at day 3 comprised 41.7% of the ketamine arm compared with 8.3% of the placebo arm.",
     "response_rate", [("ketamine", 41.7, 72.0), ("placebo", 8.3, 72.0)]),
    ("After 6 weeks, 8 patients (40%) achieved remission.", "remission_rate", [("ketamine", 40.0, 1008.0)]),
    # each rate names its own arm after it ("for esketamine 84 mg"), even right after the previous arm's dose
    ("At day 28, remission rates were 36.0% for esketamine 56 mg, 38.8% for esketamine 84 mg, and 30.6% for "
     "placebo.", "remission_rate",
     [("esketamine 56 mg", 36.0, 672.0), ("esketamine 84 mg", 38.8, 672.0), ("placebo", 30.6, 672.0)]),
    # counts before bracketed rates, no arm word: study drug vs control
    ("Responders at 24 h: 12 (60.0%) vs 4 (20.0%).", "response_rate",
     [("ketamine", 60.0, 24.0), ("placebo", 20.0, 24.0)]),
    # the group's size first, then counts of it (words or digits)
    ("Of the five patients, four responded and two remitted.", "response_rate", [("ketamine", 80.0, None)]),
    ("Of the five patients, four responded and two remitted.", "remission_rate", [("ketamine", 40.0, None)]),
    ("Of 12 patients, 7 achieved response at week 4.", "response_rate", [("ketamine", 58.3, 672.0)]),
    # arms named by the abbreviations the abstract defined (ESK, PBO)
    ("At day 25, remission was achieved by 40.3% of patients with ESK + SOC versus 33.0% with PBO + SOC.",
     "remission_rate", [("esketamine", 40.3, 600.0), ("placebo", 33.0, 600.0)]),
    # power, differences between arms and shares of the sample that did something else are not rates
    ("The sample size gave 80% power to detect a difference in response rates.", "response_rate", []),
    ("The difference in response rates was 21.4% (95% CI, 5.2%-37.6%).", "response_rate", []),
    ("The response rate with ketamine exceeded placebo by 23% at day 1.", "response_rate", []),
    ("75% of patients completed the study, and 40% of patients responded at week 2.", "response_rate",
     [("ketamine", 40.0, 336.0)]),
    ("Ketamine reduced MADRS scores by 45% at 24 hours, and 52% of patients responded.", "response_rate",
     [("ketamine", 52.0, 24.0)]),
    # relapse, partial response and sustained response are other measures
    ("Among remitters, 40% relapsed by week 8.", "remission_rate", []),
    ("Overall, 25% of patients had a partial response at week 2.", "response_rate", []),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), RATE_CASES)
def test_rate_paraphrases(sentence: str, kind: str, expected: list[tuple[object, ...]]) -> None:
    assert finding_rows(IV_PLACEBO + sentence, kind) == expected


ONSET_CASES = [
    ("Ketamine significantly reduced MADRS scores as early as 40 minutes after infusion.", 0.67),
    ("Antidepressant effects emerged within 2 hours of the infusion.", 2.0),
    ("Depressive symptoms improved significantly by day 1 and the effect persisted to day 7.", 24.0),
    ("Ketamine was superior to placebo from 24 h through day 7.", 24.0),
    ("Significant improvement in MADRS scores was observed from day 1 onwards.", 24.0),
    ("The onset of antidepressant effect was at 4 hours.", 4.0),
    ("Suicidal ideation decreased significantly within 4 hours in the ketamine group.", 4.0),
    ("The median time to response was 2 days.", 48.0),
    # lists of timepoints: each is a time, so the first is the onset
    ("MADRS scores showed significant reduction with ketamine compared to placebo at 4, 24, and 48 hours.", 4.0),
    ("MADRS scores were significantly lower with ketamine at days 1, 3 and 7.", 24.0),
    ("Suicidal ideation was significantly reduced at 40 and 240 minutes.", 0.67),
    ("Ketamine's antidepressant effect was evident at 2 hours and persisted through day 7.", 2.0),
    ("Improvement began on day 1 in the ketamine group.", 24.0),
    ("Significant improvements were seen 2 h post-infusion and lasted up to 7 days.", 2.0),
    ("A significant antidepressant effect was first observed at day 3.", 72.0),
    ("Esketamine separated from placebo at 4 hours and at day 2.", 4.0),
    ("Antidepressant effects were significant at 24 hours and 72 hours but not at 7 days.", 24.0),
    # a negated clause does not hide the significant clause beside it
    ("There was no significant difference in MADRS scores at 4 hours; ketamine was superior at 24 hours (P = .01).",
     24.0),
    ("The benefit was significant at day 1 but was no longer significant at day 7.", 24.0),
    # durations of a sustained effect are not onset
    ("The antidepressant effect was sustained for 2 weeks.", None),
    ("Improvement in MADRS was maintained for up to 4 weeks after the last infusion.", None),
    ("The effect lasted 7 days in responders.", None),
    ("Remission was sustained through day 28.", None),
    # one timepoint and no speed word: an endpoint, not an onset
    ("MADRS scores decreased significantly at 24 hours compared with baseline.", None),
    ("Response rates were significantly higher at week 4 (52% vs 31%).", None),
    ("Depression scores improved significantly in both groups over 4 weeks.", None),
    ("The significant improvement was maintained for 6 weeks.", None),
    # the time course of an adverse effect is not an antidepressant onset
    ("Dissociative symptoms were significantly greater with ketamine at 40 minutes and lasted less than 2 hours.",
     None),
    ("Blood pressure rose significantly within 40 minutes and normalised by 2 hours.", None),
    ("Depressive symptoms improved significantly within 40 minutes, while dissociative symptoms resolved by 2 hours.",
     0.67),
    # negations
    ("No significant difference between groups was observed at 2 hours, 4 hours or day 1.", None),
    ("Ketamine did not differ from midazolam within 24 hours.", None),
]


@pytest.mark.parametrize(("sentence", "hours"), ONSET_CASES)
def test_onset_paraphrases(sentence: str, hours: float | None) -> None:
    got = [v for _, v, _ in finding_rows(IV_TRIAL + sentence, "onset")]
    assert got == ([] if hours is None else [hours])


@pytest.mark.parametrize(
    ("sentences", "hours"),
    [
        # the next sentence carries the effect to an earlier time
        ("Greater improvement in MADRS total score was observed with ketamine vs midazolam at 24 hours (P = .006). "
         "This was also noted at the earlier (4-hour) timepoint.", 4.0),
        ("Greater improvement in MADRS was observed with ketamine at 24 hours. This was also seen at day 28.", 24.0),
        # nothing significant to carry
        ("MADRS scores did not differ at 24 hours. This was also seen at day 28.", None),
    ],
)
def test_onset_carried_by_the_next_sentence(sentences: str, hours: float | None) -> None:
    got = [v for _, v, _ in finding_rows(IV_TRIAL + sentences, "onset")]
    assert got == ([] if hours is None else [hours])


def test_onset_of_other_drugs_in_an_unstructured_abstract_is_not_this_study_onset() -> None:
    text = ("It takes about 2 weeks for the onset of antidepressant action of drugs. We report two patients who "
            "improved rapidly after intramuscular ketamine.")
    assert finding_rows(text, "onset") == []


AE_CASES = [
    ("No dissociative symptoms persisted beyond 2 hours.", []),
    ("Psychotomimetic effects were not observed.", []),
    ("Treatment was well tolerated; there were no serious adverse events.", []),
    ("None of the patients experienced psychotic symptoms.", []),
    ("Response rates were 40% and 10% (P < .01), and adverse events were mild.", []),
    ("Nausea occurred in 12% of ketamine-treated patients and 3% of placebo-treated patients.",
     [("ketamine", 12.0, "Nausea"), ("placebo", 3.0, "Nausea")]),
    ("Transient increases in blood pressure were observed in 8 patients (20%).",
     [("ketamine", 20.0, "increases in blood pressure")]),
    ("Adverse events led to discontinuation in 4.6% of ketamine-treated patients and 1.4% of placebo-treated "
     "patients.", [("ketamine", 4.6, "discontinuation due to adverse events"),
                   ("placebo", 1.4, "discontinuation due to adverse events")]),
    ("The incidence of dissociation was 26% with ketamine vs 3% with placebo.",
     [("ketamine", 26.0, "dissociation"), ("placebo", 3.0, "dissociation")]),
    # a change of a symptom's frequency or of blood pressure is not an incidence
    ("The frequency of nausea decreased by 50% after the fourth session.", []),
    ("Blood pressure increased by 10% on average and returned to baseline within 90 minutes.", []),
    ("Four patients (10%) discontinued because of adverse events.",
     [("ketamine", 10.0, "discontinuation due to adverse events")]),
    ("The most frequently reported side effects were nausea (30%), headache (25%) and dizziness (20%).",
     [("ketamine", 30.0, "nausea"), ("ketamine", 25.0, "headache"), ("ketamine", 20.0, "dizziness")]),
    # a linking verb between the term and its rate; the negated term after it is not a finding
    ("Sedation was uncommon (5%) and no one had hypertension requiring treatment.", [("ketamine", 5.0, "Sedation")]),
    # a threshold whose terms have their own rates: the rates only
    ("The most common TEAEs (≥10%) in the ketamine group were dissociation (26.1%), dizziness (20.9%) and nausea "
     "(18.6%).", [("ketamine", 26.1, "dissociation"), ("ketamine", 20.9, "dizziness"), ("ketamine", 18.6, "nausea")]),
    ("Dissociation, dizziness, and nausea were reported by 26.1%, 20.9%, and 18.6% of ketamine-treated patients, "
     "respectively.",
     [("ketamine", 26.1, "Dissociation"), ("ketamine", 20.9, "dizziness"), ("ketamine", 18.6, "nausea")]),
    # an incidence threshold after the AE noun: one row, the threshold, marked uncertain (as for "(>=20%)" before it)
    ("The most common adverse events (≥20%) were nausea, dizziness and dissociation.",
     [("ketamine", 20.0, "nausea; dizziness; dissociation")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AE_CASES)
def test_adverse_event_paraphrases(sentence: str, expected: list[tuple[object, ...]]) -> None:
    out = extract_abstract(IV_PLACEBO + sentence)
    got = [(f["arm"], f["value"], f["term"]) for f in out["findings"] if f["kind"] == "adverse_event"]
    assert got == expected
    if "≥20%" in sentence:
        assert out["findings"][0]["confidence"] == "uncertain"


ROUTE_CASES = [
    ("Patients received esketamine nasal spray (56 or 84 mg) or placebo twice weekly.", ["intranasal"]),
    ("Participants were randomized to a single ketamine infusion (0.5 mg/kg) or midazolam.", ["intravenous"]),
    ("Ketamine tablets (1 mg/kg) were given daily for six weeks.", ["oral"]),
    ("Ketamine was administered as a sublingual lozenge every 2-3 days.", ["sublingual"]),
    ("Patients self-administered ketamine troches at home.", ["sublingual"]),
    ("Ketamine wafers were dissolved under the tongue.", ["sublingual"]),
    ("Ketamine was given by intramuscular injection (0.5 mg/kg).", ["intramuscular"]),
    ("Patients received ketamine injections into the deltoid muscle.", ["intramuscular"]),
    ("Intramuscular ketamine was given weekly.", ["intramuscular"]),
    ("Subcutaneous ketamine was given weekly.", ["subcutaneous"]),
    ("Ketamine 0.5 mg/kg was administered subcutaneously once weekly.", ["subcutaneous"]),
    ("Patients received IM ketamine or SC ketamine in an open-label design.", ["intramuscular", "subcutaneous"]),
    ("Ketamine (0.5 mg/kg) was given as a slow injection into a vein.", ["intravenous"]),
    ("Ketamine was delivered via a 40-minute IV drip.", ["intravenous"]),
    ("Esketamine 28 mg was administered intranasally.", ["intranasal"]),
    ("Ketamine was administered as an oral solution (50 mg) in orange juice.", ["oral"]),
    # an injection with no site named has no route; routes of other drugs are not the study's
    ("Eighteen patients received a single ketamine injection (0.5 mg/kg) or saline.", []),
    ("Esketamine plus a newly initiated oral antidepressant was compared with placebo plus an oral antidepressant.",
     []),
    ("Participants with chronic pain receiving oral opioids were given intravenous ketamine.", ["intravenous"]),
]


@pytest.mark.parametrize(("sentence", "routes"), ROUTE_CASES)
def test_route_paraphrases(sentence: str, routes: list[str]) -> None:
    assert sorted(extract_abstract("Methods: " + sentence)["routes"]) == sorted(routes)


@pytest.mark.parametrize(
    ("text", "routes"),
    [("Intramuscular", ["intramuscular"]), ("SUBCUTANEOUS", ["subcutaneous"]), ("IM", ["intramuscular"]),
     ("the sc and im fragments", []), ("into the gluteal muscle", ["intramuscular"])],
)
def test_find_routes_is_case_blind_for_words_but_not_for_abbreviations(text: str, routes: list[str]) -> None:
    assert find_routes(text) == routes


N_CASES = [
    ("Methods: In this randomized trial (N=167), patients received ketamine or midazolam.", 167),
    ("Methods: We randomized 227 patients with TRD to esketamine or placebo.", 227),
    ("Methods: Of 68 enrolled patients, 60 were randomized to ketamine or placebo.", 60),
    ("Methods: A total of 435 participants were randomly assigned to esketamine or placebo.", 435),
    ("Methods: In total, 120 patients were randomised (ketamine, n = 60; placebo, n = 60).", 120),
    ("Methods: Ninety-nine participants were randomly assigned in a 1:1:1:1:1 ratio.", 99),
    ("Results: Of the 302 patients screened, 202 were randomized.", 202),
    ("Methods: Patients (n = 80) were randomly allocated to ketamine or midazolam.", 80),
    ("Methods: Forty adults with TRD were randomized to ketamine (n = 20) or placebo (n = 20).", 40),
    ("Results: 346 patients were enrolled and 342 were randomized.", 342),
    ("Methods: This double-blind trial randomized 40 patients aged 18-65 years to ketamine or placebo.", 40),
    ("Results: 52 patients were randomized to ketamine and 48 to placebo.", 100),
    ("Methods: Participants were randomly assigned to ketamine (n=25) or midazolam (n=26).", 51),
    ("Methods: Patients were randomized to ketamine 0.5 mg/kg (n = 18), ketamine 1.0 mg/kg (n = 20) or midazolam "
     "(n = 19).", 57),
    ("Results: Thirty patients were randomized, of whom 28 completed the study.", 30),
    ("Methods: We conducted a randomized controlled trial in 60 patients with MDD.", 60),
]


N_CASES += [
    # pooled N of a meta-analysis, not its number of trials
    ("Methods: We conducted a meta-analysis of randomized trials. Results: Thirty-six RCTs involving 2903 "
     "participants were included.", 2903),
    ("Methods: We conducted a meta-analysis. Results: Nine studies with a total of 368 patients met inclusion "
     "criteria.", 368),
    ("Methods: We conducted a meta-analysis of randomized trials. Results: We included 24 trials (n = 1877).", 1877),
]


@pytest.mark.parametrize(("text", "n"), N_CASES)
def test_sample_size_paraphrases(text: str, n: int) -> None:
    assert extract_abstract(text)["n"] == n


POPULATION_CASES = [
    ("Older adults aged ≥65 years with treatment-resistant depression received esketamine.", ["TRD", "geriatric"]),
    ("Adolescents aged 13-17 years with major depressive disorder and suicidal ideation were randomized.",
     ["MDD", "suicidal", "adolescent"]),
    ("Patients aged 65 years or older with TRD received ketamine.", ["TRD", "geriatric"]),
    # TRD written as its definition
    ("Adults with MDD who had not responded to at least two antidepressants received ketamine.", ["TRD"]),
    ("Adults who failed two or more antidepressant trials received ketamine.", ["TRD"]),
    ("Patients with MDD at imminent risk for suicide received esketamine.", ["MDD", "suicidal"]),
    # perinatal depression: postpartum only (the blind set codes it so in all its postpartum records)
    ("Women with postpartum depression were randomized to esketamine or placebo.", ["postpartum"]),
    ("Patients with treatment-resistant bipolar depression received ketamine.", ["TRD", "bipolar"]),
    ("Youths aged 12 to 17 with depression received ketamine.", ["MDD", "adolescent"]),
    ("Patients 65 years and older with TRD received esketamine.", ["TRD", "geriatric"]),
    ("Patients older than 65 years with MDD received ketamine.", ["MDD", "geriatric"]),
    ("Participants aged 12-17 years with MDD received ketamine.", ["MDD", "adolescent"]),
    # an adult age range is neither adolescent nor geriatric
    ("Patients aged 18 to 65 years with TRD received ketamine.", ["TRD"]),
    # a share of the sample and an exclusion criterion are not the population
    ("Participants (mean age, 46 years) with TRD received ketamine; 12% were aged 65 years or older.", ["TRD"]),
    ("Patients with treatment-resistant depression were randomized; exclusion criteria included bipolar disorder "
     "and psychosis.", ["TRD"]),
    ("Patients with TRD received ketamine; those with bipolar disorder were excluded.", ["TRD"]),
]


@pytest.mark.parametrize(("sentence", "tags"), POPULATION_CASES)
def test_population_paraphrases(sentence: str, tags: list[str]) -> None:
    assert extract_abstract("Methods: " + sentence)["population"] == tags


DESIGN_CASES = [
    # patients allowed to cross over on progression: a parallel RCT
    ("Methods: In this phase 3 open-label trial, we randomly assigned 322 patients to ketamine or ECT. Patients in "
     "the ECT group who did not respond were permitted to cross over to receive ketamine. Results: Remission was "
     "more frequent with ketamine despite crossover.", "rct"),
    ("Methods: In this randomised, double-blind, placebo-controlled crossover trial, 20 patients received ketamine "
     "and placebo one week apart.", "crossover_rct"),
    ("Methods: In a two-period, within-subject design, patients received ketamine and saline in random order.",
     "crossover_rct"),
    ("Methods: This nested case-control study included 200 patients treated with ketamine.", "observational"),
    ("Methods: We performed a retrospective chart review of 52 patients who received ketamine.", "observational"),
    ("Methods: In this prospective cohort of 120 patients receiving esketamine, outcomes were recorded.",
     "observational"),
    ("Methods: Thirty patients received open-label intranasal esketamine twice weekly for 4 weeks.", "open_label"),
    # a heading this extractor did not know before: the design sentence is not background
    ("Background: Little is known. Materials and methods: Sixty patients with MDD were randomized to ketamine or "
     "placebo.", "rct"),
    ("Background: Crossover designs have been used in earlier ketamine studies. Methods: In this randomized, "
     "placebo-controlled, parallel-group trial, 60 patients received ketamine or placebo.", "rct"),
]


@pytest.mark.parametrize(("text", "design"), DESIGN_CASES)
def test_design_paraphrases(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design


def test_heldout_labels_cover_real_fixture_abstracts_that_yield_no_ketamine_findings_when_off_topic() -> None:
    spec = json.loads((FIXTURES / "extraction_heldout" / "labels.json").read_text(encoding="utf-8"))
    assert "not curator labels" in spec["about"].lower()
    off_topic = 0
    for rec in spec["records"]:
        pubs = parse_pubmed_xml((FIXTURES / "pubmed" / rec["file"]).read_bytes(), rec["file"]).tables["publications"]
        text = pubs[pubs["pmid"] == rec["pmid"]].iloc[0]["abstract"]
        assert text, rec["pmid"]
        if not rec["drugs"]:
            off_topic += 1
            out = extract_abstract(text)
            assert out["drugs"] == [] and out["findings"] == [], rec["pmid"]
    assert off_topic == 6


DRUG_CASES = [
    ("Patients received esketamine (the S-isomer of ketamine) nasal spray or placebo.", ["esketamine"]),
    ("Patients received esketamine, ketamine's S-enantiomer, or placebo.", ["esketamine"]),
    ("Esketamine, an NMDA receptor antagonist derived from ketamine, was given intranasally.", ["esketamine"]),
    ("Patients received esketamine nasal spray; plasma ketamine and norketamine levels were measured.",
     ["esketamine"]),
    ("Patients received arketamine, the R-enantiomer of racemic ketamine.", ["arketamine"]),
    ("Patients received S-ketamine infusions.", ["esketamine"]),
    # both forms given
    ("Patients received (S)-ketamine 0.25 mg/kg or racemic ketamine 0.5 mg/kg.", ["ketamine", "esketamine"]),
    ("Patients received ketamine infusions; plasma ketamine levels were measured.", ["ketamine"]),
]


@pytest.mark.parametrize(("sentence", "drugs"), DRUG_CASES)
def test_drug_paraphrases(sentence: str, drugs: list[str]) -> None:
    assert extract_abstract("Methods: " + sentence)["drugs"] == drugs


def test_a_reviews_ae_incidence_is_a_pooled_estimate_and_its_terms_stay_named() -> None:
    text = ("Methods: We conducted a systematic review and meta-analysis of randomized trials of ketamine. Results: "
            "The pooled incidence of dissociation (25%) and nausea (10%) was higher with ketamine.")
    out = extract_abstract(text)
    assert out["design"] == "meta_analysis"
    assert out["findings"] == []
    pooled = [(p["kind"], p["value"]) for p in out["pooled_estimates"]]
    assert pooled == [("adverse_event", 25.0), ("adverse_event", 10.0)]
    assert [m["term"] for m in out["ae_mentions"]] == ["dissociation", "nausea"]
