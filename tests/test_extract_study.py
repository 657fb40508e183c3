"""Study-level extraction: drugs, routes, design, population, comparator, doses and N, on real abstract text."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.extract import extract_abstract

ABSTRACTS = Path(__file__).resolve().parent.parent / "data" / "curated" / "pubmed" / "abstracts"


def _abstract(name: str) -> str:
    return (ABSTRACTS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "drugs", "routes"),
    [
        # esketamine nasal spray is esketamine / intranasal; the oral antidepressant is not a ketamine route
        (
            "Eligible patients (N = 346) were randomized (1:1:1) to twice-weekly nasal spray treatment (esketamine "
            "[56 or 84 mg] or placebo) plus a newly initiated, open-label, oral antidepressant taken daily.",
            ["esketamine"],
            ["intranasal"],
        ),
        # S-ketamine vs racemic ketamine in one sentence
        (
            "Participants were randomly assigned to a 40-min single intravenous infusion of ketamine 0.5 mg/kg or "
            "S-ketamine 0.25 mg/kg.",
            ["ketamine", "esketamine"],
            ["intravenous"],
        ),
        # arketamine named as the enantiomer 'of ketamine': racemic ketamine is not studied
        (
            "We aimed to analyze the efficacy and safety of arketamine, the R(-)-enantiomer of ketamine. Open-label "
            "pilot trial, seven subjects with TRD received a single intravenous infusion of arketamine (0.5 mg/kg).",
            ["arketamine"],
            ["intravenous"],
        ),
        # non-ketamine comparator drug with its own route words
        (
            "This study is a 6-week, randomized, double-blind, controlled, parallel-group trial with two "
            "intervention arms (oral ketamine, fixed daily dosage of 150 mg vs. diclofenac, fixed daily dosage).",
            ["ketamine"],
            ["oral"],
        ),
    ],
)
def test_drugs_and_routes(text: str, drugs: list[str], routes: list[str]) -> None:
    out = extract_abstract(text)
    assert out["drugs"] == [d for d in ("ketamine", "esketamine", "arketamine") if d in drugs]
    assert out["routes"] == routes


def test_background_routes_are_not_the_study_route() -> None:
    out = extract_abstract(_abstract("lara2013.txt"))  # IV and oral named only as background comparisons
    assert out["routes"] == ["sublingual"]
    out = extract_abstract(_abstract("chilukuri2013.txt"))  # "Recent studies have shown ... intravenous infusion"
    assert out["routes"] == ["intramuscular"]


@pytest.mark.parametrize(
    ("name", "design"),
    [
        ("10686270.txt", "crossover_rct"),  # "2 test days ... randomized, double-blind"
        ("dwyer2021.txt", "crossover_rct"),
        ("reif2023_escape.txt", "rct"),  # "open-label, single-blind ... randomized" is still an RCT
        ("wajs2020_sustain2.txt", "open_label"),
        ("34122156.txt", "systematic_review"),  # "a meta-analysis was not considered appropriate"
        ("33022440.txt", "meta_analysis"),
        ("34140915.txt", "meta_analysis"),  # "pooled relative risk", no 'meta-analysis' word
        ("andrade2019_oral.txt", "review"),
        ("delsant2023.txt", "observational"),
        ("olderpatients_sc_ect.txt", "case_series"),  # retrospective, 12 patients; "RCTs are needed" ignored
        ("ajgp2021_olderadults_iv.txt", "case_series"),
        ("34412104.txt", "rct"),  # "post hoc analyses of pooled data ... full cohort" of an RCT
    ],
)
def test_design(name: str, design: str) -> None:
    assert extract_abstract(_abstract(name))["design"] == design


@pytest.mark.parametrize(
    ("name", "population"),
    [
        ("31734084.txt", ["TRD", "geriatric"]),  # "≥65 years"; "major depression" only in the background
        ("dwyer2021.txt", ["MDD", "adolescent"]),
        ("diazgranados2010.txt", ["TRD", "bipolar"]),
        ("lara2013.txt", ["TRD", "MDD", "bipolar"]),  # "refractory unipolar or bipolar depression"
        ("fu2020_aspire1.txt", ["MDD", "suicidal"]),
        ("anand2023_elektd.txt", ["TRD"]),  # "treatment-resistant major depression" is TRD only
        ("im_realworld2022.txt", ["MDD"]),  # "126 (28%) ... post-traumatic stress disorder" is comorbidity
    ],
)
def test_population(name: str, population: list[str]) -> None:
    assert extract_abstract(_abstract(name))["population"] == population


@pytest.mark.parametrize(
    ("text", "n", "key"),
    [
        ("One hundred twenty-six adults with MDD were screened, 67 were randomized, and 60 completed both periods.",
         67, "n_randomized"),
        ("Of 435 patients screened, 227 underwent randomization and 197 completed the 28-day double-blind phase.",
         227, "n_randomized"),
        ("Twenty-two participants were randomised to the ketamine group, and 19 to the control.", 41, "n_randomized"),
        ("Overall, 336 patients were assigned to the esketamine group and 340 to the quetiapine group.", 676,
         "n_randomized"),
        ("In total, 13 were randomly assigned to the ketamine arm and 12 to the midazolam arm.", 25, "n_randomized"),
        ("Eighteen subjects with DSM-IV bipolar depression (treatment-resistant).", 18, "n_enrolled"),
        ("The study enrolled 226 adults having major depressive disorder.", 226, "n_enrolled"),
        ("17 adolescents (ages 13–17) with a diagnosis of major depressive disorder received ketamine.", 17,
         "n_enrolled"),
    ],
)
def test_sample_sizes(text: str, n: int, key: str) -> None:
    out = extract_abstract(text)
    assert out[key] == n
    assert out["n"] == n


def test_pooled_n_of_a_meta_analysis() -> None:
    out = extract_abstract(_abstract("35231204.txt"))  # "36 studies (2903 participants, 57% female ...)"
    assert (out["design"], out["n"]) == ("meta_analysis", 2903)


def test_comparator_and_doses() -> None:
    out = extract_abstract(_abstract("30283029.txt"))
    assert out["comparator"] == "active placebo"
    assert out["comparator_class"] == "placebo"
    mgkg = sorted({d["mg_per_kg"] for d in out["doses"] if d["mg_per_kg"] is not None})
    assert mgkg == [0.045, 0.1, 0.2, 0.5, 1.0]
    reif = extract_abstract(_abstract("reif2023_escape.txt"))
    assert "quetiapine" in reif["comparator"]


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Background: Intravenous ketamine has rapid antidepressant effects. Methods: Patients received esketamine "
         "nasal spray 56 mg or placebo twice weekly.", ["esketamine"]),
        ("Esketamine, the S-enantiomer of ketamine, was given as a nasal spray to 30 patients.", ["esketamine"]),
        ("Ketamine has been shown to have rapid effects.", ["ketamine"]),  # nothing else: the background counts
    ],
)
def test_drugs_named_only_in_the_background(text: str, drugs: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == drugs


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Background: A recent meta-analysis showed rapid effects of ketamine. Methods: In this randomized, "
         "double-blind trial, 40 patients received ketamine or midazolam.", "rct"),
        ("In this non-randomized, open-label study, 20 patients received ketamine infusions.", "non_randomized"),
        ("Randomized controlled trials are needed. We reviewed the medical records of 12 inpatients treated with "
         "subcutaneous ketamine.", "case_series"),
    ],
)
def test_design_ignores_cited_and_future_work(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design
