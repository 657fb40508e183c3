"""CT.gov JSON parser: parsed values equal the recorded fixture JSON; routes/drugs from ketamine-shaped arm texts.

No ketamine registry JSON exists among the recorded fixtures (see tests/fixtures/PROVENANCE.md), so route and drug
cases use small CT.gov-shaped study dicts written here, with arm/intervention texts phrased like real registrations.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

import pandas as pd
import pytest

from evidence import schema
from evidence.parse.ctgov import iter_studies, parse_document, study_design

FIX = Path(__file__).parent / "fixtures" / "ctgov"


def load(name: str) -> object:
    return json.loads((FIX / name).read_text())


@functools.cache
def parsed(name: str):
    return parse_document(load(name), name)


def val(x: object) -> object:
    """A cell as a plain value, None for any missing marker (pd.NA, NaN)."""
    return None if pd.isna(x) else x


def by_path(obj: object, path: str) -> object:
    """Follow a provenance path like 'a.b[2].c' through the decoded JSON."""
    for part in path.replace("]", "").split("."):
        key, *idx = part.split("[")
        obj = obj[key]  # type: ignore[index]
        for i in idx:
            obj = obj[int(i)]  # type: ignore[index]
    return obj


@pytest.mark.parametrize("name", sorted(p.name for p in FIX.glob("*.json")))
def test_every_fixture_gives_schema_valid_tables(name: str) -> None:
    res = parsed(name)
    assert set(res.tables) == {"studies", "arms", "efficacy", "adverse_events"}
    for table, df in res.tables.items():
        schema.validate(table, df)
    assert res.skipped == 0
    assert list(res.tables["studies"]["study_id"]) == [
        s["protocolSection"]["identificationModule"]["nctId"] for s in iter_studies(load(name))
    ]


def test_has_results_unknown_when_fields_search_omits_it() -> None:
    studies = parsed("search_fields_page1_totalCount.json").tables["studies"]
    assert studies["has_results"].isna().all()
    assert parsed("study_NCT00184067_no_results.json").tables["studies"].iloc[0].has_results == False  # noqa: E712


@pytest.mark.parametrize(
    "name, n",
    [
        ("search_fields_page1_totalCount.json", 5),
        ("search_fields_page2.json", 5),
        ("search_page_full_1study.json", 1),
        ("search_page_full_2studies.json", 2),
        ("study_NCT02210780_results.json", 1),
    ],
)
def test_iter_studies_shapes(name: str, n: int) -> None:
    assert len(list(iter_studies(load(name)))) == n


def test_list_of_records_like_the_website_download() -> None:
    records = [load("study_NCT00184067_no_results.json"), load("study_NCT03934567_no_results.json")]
    res = parse_document(records, "download.json")
    assert list(res.tables["studies"]["study_id"]) == ["NCT00184067", "NCT03934567"]


@pytest.mark.parametrize(
    "column, expected",
    [
        ("study_id", "NCT02210780"),
        ("title", "Study of Dupilumab and Immune Responses in Adults With Atopic Dermatitis (AD)"),
        ("year", 2014),
        ("design", "rct"),
        ("allocation", "RANDOMIZED"),
        ("masking", "TRIPLE"),
        ("phase", "PHASE2"),
        ("status", "COMPLETED"),
        ("enrollment", 194),
        ("sponsor", "Regeneron Pharmaceuticals"),
        ("has_results", True),
        ("last_updated", "2020-05-07"),
        ("url", "https://clinicaltrials.gov/study/NCT02210780"),
        ("drugs", ["other"]),
        ("conditions", ["Atopic Dermatitis"]),
        ("sources", ["ctgov"]),
    ],
)
def test_study_fields_nct02210780(column: str, expected: object) -> None:
    row = parsed("study_NCT02210780_results.json").tables["studies"].iloc[0]
    value = row[column]
    assert (list(value) if isinstance(expected, list) else value) == expected


def test_pmids_from_references_and_phase_join() -> None:
    row = parsed("study_NCT02513394_results.json").tables["studies"].iloc[0]
    refs = load("study_NCT02513394_results.json")["protocolSection"]["referencesModule"]["references"]
    want = sorted({r["pmid"] for r in refs if "pmid" in r and r.get("type") != "BACKGROUND"})
    assert want and list(row["pmids"]) == want


@pytest.mark.parametrize(
    "name",
    [
        "study_NCT02210780_results.json",
        "study_NCT02513394_results.json",
        "study_NCT05594173_results.json",
        "study_NCT00763412_results_no_ae_terms.json",
    ],
)
def test_adverse_event_counts_equal_fixture(name: str) -> None:
    doc = load(name)
    ae = parsed(name).tables["adverse_events"]
    module = doc["resultsSection"]["adverseEventsModule"]
    expected = sum(len(e["stats"]) for k in ("seriousEvents", "otherEvents") for e in module.get(k, []))
    terms = ae[~ae["provenance"].str.contains("eventGroups")]
    assert len(terms) == expected
    for row in terms.itertuples():
        stat = by_path(doc, row.provenance)
        event = by_path(doc, row.provenance.rsplit(".stats", 1)[0])
        assert (row.n_affected, row.n_at_risk, row.arm_id) == (stat["numAffected"], stat["numAtRisk"], stat["groupId"])
        assert row.term == event["term"]
        assert row.serious == (".seriousEvents[" in row.provenance)
    # Every event group is kept, each with its reported totals.
    groups = module["eventGroups"]
    assert sorted(set(ae["arm_id"])) == sorted(g["id"] for g in groups)
    titles = dict(zip(ae["arm_id"], ae["arm_label"], strict=False))
    assert all(titles[g["id"]] == g["title"] for g in groups)


@pytest.mark.parametrize(
    "arm_id, term, serious, n_affected, n_at_risk",
    [
        ("EG001", "Injection site reaction", False, 5, 97),
        ("EG000", "Injection site reaction", False, 0, 97),
        ("EG001", "Serum sickness-like reaction", True, 1, 97),
        ("EG001", "Total: serious adverse events", True, 3, 97),
        ("EG000", "Total: other (not serious) adverse events", False, 29, 97),
    ],
)
def test_adverse_event_cases_nct02210780(arm_id, term, serious, n_affected, n_at_risk) -> None:
    ae = parsed("study_NCT02210780_results.json").tables["adverse_events"]
    row = ae[(ae.arm_id == arm_id) & (ae.term == term) & (ae.serious == serious)]
    assert len(row) == 1
    assert (int(row.n_affected.iloc[0]), int(row.n_at_risk.iloc[0])) == (n_affected, n_at_risk)
    assert row.percent.iloc[0] == pytest.approx(round(100 * n_affected / n_at_risk, 2))


def test_no_serious_or_other_events_keeps_groups_nct00763412() -> None:
    ae = parsed("study_NCT00763412_results_no_ae_terms.json").tables["adverse_events"]
    assert set(ae["arm_id"]) == {"EG000", "EG001"}
    assert set(ae["arm_label"]) == {"Placebo", "Repaglinide"}
    assert all(ae["term"].str.startswith("Total: "))
    assert list(ae["n_affected"]) == [0] * len(ae) and list(ae["n_at_risk"]) == [8] * len(ae)


def test_efficacy_values_and_denoms_equal_fixture() -> None:
    for name in (
        "study_NCT02210780_results.json",
        "study_NCT00763412_results_no_ae_terms.json",
        "study_NCT02513394_results.json",
        "study_NCT05594173_results.json",
    ):
        doc = load(name)
        eff = parsed(name).tables["efficacy"]
        rows = eff[~eff["is_comparison"]]
        assert len(rows) == sum(
            len(cat["measurements"])
            for om in doc["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"]
            for c in om.get("classes", [])
            for cat in c["categories"]
        )
        for row in rows.itertuples():
            m = by_path(doc, row.provenance)
            om = by_path(doc, row.provenance.split(".classes")[0])
            assert row.arm_id == m["groupId"]
            want = float(m["value"]) if m["value"].replace(".", "", 1).lstrip("-").isdigit() else None
            assert val(row.value) == want
            cls = by_path(doc, row.provenance.split(".categories")[0])
            denoms = cls.get("denoms") or om["denoms"]  # a class may carry its own denominators
            denom = {c["groupId"]: int(c["value"]) for c in denoms[0]["counts"]}
            assert row.n_total == denom[m["groupId"]]
            assert row.timepoint_text == om["timeFrame"]


@pytest.mark.parametrize(
    "outcome, group, value, n_total, hours, measure",
    [
        (0, "OG000", 83.7, 92, 16 * 168.0, "response"),
        (0, "OG001", 83.3, 90, 16 * 168.0, "response"),
        (6, "OG001", None, None, 16 * 168.0, "other"),
    ],
)
def test_outcome_cases_nct02210780(outcome, group, value, n_total, hours, measure) -> None:
    doc = load("study_NCT02210780_results.json")
    om = doc["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][outcome]
    eff = parsed("study_NCT02210780_results.json").tables["efficacy"]
    prefix = f"resultsSection.outcomeMeasuresModule.outcomeMeasures[{outcome}].classes"
    row = eff[eff.provenance.str.startswith(prefix) & (eff.arm_id == group)].iloc[0]
    m = next(m for m in om["classes"][0]["categories"][0]["measurements"] if m["groupId"] == group)
    assert row.value == pytest.approx(value if value is not None else float(m["value"]))
    assert row.n_total == (n_total if n_total is not None else int(om["denoms"][0]["counts"][1]["value"]))
    assert row.timepoint_hours == pytest.approx(hours)
    assert row.measure == measure
    assert row.source_url == "https://clinicaltrials.gov/study/NCT02210780?tab=results"
    assert row.arm_label == next(g["title"] for g in om["groups"] if g["id"] == group)


def test_analysis_rows_are_comparisons_with_string_p_values() -> None:
    eff = parsed("study_NCT02210780_results.json").tables["efficacy"]
    comp = eff[eff.is_comparison]
    assert len(comp) > 0
    doc = load("study_NCT02210780_results.json")
    for row in comp.itertuples():
        an = by_path(doc, row.provenance)
        assert row.value == pytest.approx(float(an["paramValue"]))
        assert row.param_type == an["paramType"]


def test_markdown_escapes_removed_from_display_text() -> None:
    doc = load("study_NCT02210780_results.json")
    assert "\\[" in json.dumps(doc)
    for df in parsed("study_NCT02210780_results.json").tables.values():
        for col in df.columns:
            if str(df[col].dtype) == "string":
                assert not df[col].dropna().str.contains(r"\\\[", regex=True).any(), col


@pytest.mark.parametrize(
    "study_type, allocation, masking, model, design",
    [
        ("INTERVENTIONAL", "RANDOMIZED", "QUADRUPLE", "CROSSOVER", "crossover_rct"),
        ("INTERVENTIONAL", "RANDOMIZED", "DOUBLE", "PARALLEL", "rct"),
        ("INTERVENTIONAL", "NON_RANDOMIZED", "NONE", "PARALLEL", "non_randomized"),
        ("INTERVENTIONAL", "NA", "NONE", "SINGLE_GROUP", "open_label"),
        ("INTERVENTIONAL", None, None, "SINGLE_GROUP", "open_label"),
        ("OBSERVATIONAL", None, None, None, "observational"),
        ("EXPANDED_ACCESS", None, None, None, "other"),
    ],
)
def test_design_mapping(study_type, allocation, masking, model, design) -> None:
    assert study_design(study_type, allocation, masking, model) == design


def synthetic(arms: list[dict], interventions: list[dict], **design: object) -> dict:
    """A CT.gov-shaped record written for this test (no ketamine registry JSON was recorded)."""
    info = {"allocation": "RANDOMIZED", "interventionModel": "PARALLEL", "maskingInfo": {"masking": "DOUBLE"}}
    info.update(design)
    return {
        "protocolSection": {
            "identificationModule": {
                "nctId": "NCT09999999",
                "briefTitle": "Ketamine for Treatment-Resistant Depression",
            },
            "conditionsModule": {"conditions": ["Treatment Resistant Depression", "Suicidal Ideation"]},
            "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE2"], "designInfo": info},
            "armsInterventionsModule": {"armGroups": arms, "interventions": interventions},
        }
    }


ROUTE_CASES = [
    (
        "Esketamine 56 mg",
        "Participants self-administer esketamine nasal spray 56 mg twice weekly.",
        "DRUG",
        "Esketamine",
        "Esketamine nasal spray",
        "esketamine",
        "intranasal",
        "56 mg",
        None,
    ),
    (
        "Ketamine 0.5 mg/kg",
        "Single intravenous infusion of ketamine 0.5 mg/kg over 40 minutes.",
        "DRUG",
        "Ketamine hydrochloride",
        "",
        "ketamine",
        "intravenous",
        "0.5 mg/kg",
        0.5,
    ),
    (
        "IM ketamine",
        "Ketamine 0.5 mg/kg given as IM injection.",
        "DRUG",
        "Ketamine",
        "",
        "ketamine",
        "intramuscular",
        "0.5 mg/kg",
        0.5,
    ),
    (
        "Subcutaneous ketamine",
        "Ketamine 0.1 mg/kg to 0.5 mg/kg, SC, weekly.",
        "DRUG",
        "Ketamine",
        "",
        "ketamine",
        "subcutaneous",
        None,
        None,
    ),
    (
        "Oral ketamine",
        "Ketamine oral solution 1 mg/kg daily.",
        "DRUG",
        "Ketamine",
        "",
        "ketamine",
        "oral",
        "1 mg/kg",
        1.0,
    ),
    (
        "Ketamine lozenge",
        "Sublingual ketamine troche 50 mg.",
        "DRUG",
        "Ketamine",
        "",
        "ketamine",
        "sublingual",
        "50 mg",
        None,
    ),
    (
        "Arketamine",
        "Arketamine (PCN-101) 60 mg infused intravenously.",
        "DRUG",
        "PCN-101",
        "R-ketamine",
        "arketamine",
        "intravenous",
        "60 mg",
        None,
    ),
    (
        "Esketamine + oral AD",
        "Esketamine nasal spray plus a newly initiated oral antidepressant.",
        "DRUG",
        "Esketamine",
        "",
        "esketamine",
        "intranasal",
        None,
        None,
    ),
    (
        "Midazolam",
        "Midazolam 0.045 mg/kg infusion as active placebo.",
        "DRUG",
        "Midazolam",
        "",
        "other",
        "intravenous",
        "0.045 mg/kg",
        0.045,
    ),
]


@pytest.mark.parametrize("label, desc, itype, iname, idesc, drug, route, dose, mgkg", ROUTE_CASES)
def test_route_drug_dose_per_arm(label, desc, itype, iname, idesc, drug, route, dose, mgkg) -> None:
    arm = {
        "label": label,
        "type": "EXPERIMENTAL",
        "description": desc,
        "interventionNames": [f"{itype.title()}: {iname}"],
    }
    iv = {"type": itype, "name": iname, "description": idesc, "armGroupLabels": [label]}
    res = parse_document(synthetic([arm], [iv]), "synthetic")
    row = res.tables["arms"].iloc[0]
    assert (row.drug, row.route) == (drug, route)
    if dose is not None:
        assert dose in row.dose_text
    assert val(row.dose_mg_per_kg) == mgkg
    assert row.provenance == "protocolSection.armsInterventionsModule.armGroups[0]"


def test_ketamine_vs_midazolam_study_level() -> None:
    arms = [
        {
            "label": "Ketamine",
            "type": "EXPERIMENTAL",
            "description": "Ketamine 0.5 mg/kg IV over 40 minutes",
            "interventionNames": ["Drug: Ketamine"],
        },
        {
            "label": "Midazolam",
            "type": "ACTIVE_COMPARATOR",
            "description": "Midazolam 0.045 mg/kg IV",
            "interventionNames": ["Drug: Midazolam"],
        },
    ]
    ivs = [
        {"type": "DRUG", "name": "Ketamine", "armGroupLabels": ["Ketamine"]},
        {"type": "DRUG", "name": "Midazolam", "armGroupLabels": ["Midazolam"]},
    ]
    res = parse_document(synthetic(arms, ivs, interventionModel="CROSSOVER"), "synthetic")
    s = res.tables["studies"].iloc[0]
    assert list(s.drugs) == ["ketamine"] and list(s.routes) == ["intravenous"]
    assert s.design == "crossover_rct" and s.comparator_class == "midazolam"
    assert {"TRD", "suicidal"} <= set(s.population)
    assert list(res.tables["arms"]["role"]) == ["experimental", "comparator"]


def test_unknown_enums_and_odd_shapes_warn_and_skip_field() -> None:
    doc = load("study_NCT02210780_results.json")
    bad = copy.deepcopy(doc)
    bad["protocolSection"]["statusModule"]["overallStatus"] = "HALF_DONE"
    bad["protocolSection"]["designModule"]["designInfo"]["allocation"] = 7
    bad["resultsSection"]["adverseEventsModule"] = "n/a"
    broken = {"protocolSection": {"identificationModule": {"nctId": 123}}}
    res = parse_document({"studies": [broken, bad, "junk"]}, "page.json")
    s = res.tables["studies"].iloc[0]
    assert s.study_id == "NCT02210780" and val(s.status) is None and val(s.allocation) is None
    assert res.skipped == 2
    assert len(res.tables["adverse_events"]) == 0 and len(res.tables["efficacy"]) > 0
    text = "\n".join(res.warnings)
    for needle in ("HALF_DONE", "allocation", "adverseEventsModule", "nctId", "not a study record"):
        assert needle in text


@pytest.mark.parametrize(
    "title, description, measure, scale",
    [
        ("Percentage of Participants With Response (>=50% Reduction in MADRS) at 24 Hours", "", "response", "MADRS"),
        ("Number of Remitters (MADRS <= 10)", "", "remission", "MADRS"),
        ("Rate of Remission at Day 28", "Remission was defined as HAM-D-17 <= 7", "remission", "HAM-D"),
        ("Change From Baseline in MADRS Total Score at Day 28", "", "scale_change", "MADRS"),
        ("Change in Hamilton Depression Rating Scale (HDRS) Score", "", "scale_change", "HAM-D"),
        ("Change in QIDS-SR16", "", "scale_change", "QIDS"),
        ("Change in Beck Depression Inventory", "", "scale_change", "BDI"),
        ("Change in Depressive Symptoms", "Measured with the MADRS.", "scale_change", "MADRS"),
        ("Clinician-Administered Dissociative States Scale (CADSS) Score", "", "other", "CADSS"),
        ("CADSS Total Score 40 Minutes Post-infusion", "Depression assessed by MADRS elsewhere", "other", "CADSS"),
        ("Systolic Blood Pressure", "", "other", None),
        ("Number of Treatment Responses at Week 4 (MADRS)", "", "response", "MADRS"),
        ("Time to Relapse in the Maintenance Phase", "Relapse: MADRS >= 22", "relapse", "MADRS"),
        ("Time to First Response", "", "onset", None),
        ("Onset of Clinical Response (MADRS)", "", "onset", "MADRS"),
    ],
)
def test_outcome_measure_classification(title: str, description: str, measure: str, scale: str | None) -> None:
    from evidence.parse.ctgov_results import classify_measure

    assert classify_measure(title, description) == (measure, scale)


def ketamine_results_study() -> dict:
    """Synthetic ketamine record with results, CT.gov-shaped (no ketamine registry JSON was recorded)."""
    arms = [
        {
            "label": "Ketamine",
            "type": "EXPERIMENTAL",
            "description": "Ketamine 0.5 mg/kg intravenous infusion over 40 min",
            "interventionNames": ["Drug: Ketamine"],
        },
        {
            "label": "Midazolam",
            "type": "ACTIVE_COMPARATOR",
            "description": "Midazolam 0.045 mg/kg IV",
            "interventionNames": ["Drug: Midazolam"],
        },
    ]
    ivs = [
        {"type": "DRUG", "name": "Ketamine", "armGroupLabels": ["Ketamine"]},
        {"type": "DRUG", "name": "Midazolam", "armGroupLabels": ["Midazolam"]},
    ]
    doc = synthetic(arms, ivs)
    groups = [
        {"id": "OG000", "title": "Ketamine"},
        {"id": "OG001", "title": "Midazolam"},
        {"id": "OG002", "title": "All Participants (open-label esketamine nasal spray)"},
    ]
    doc["resultsSection"] = {
        "outcomeMeasuresModule": {
            "outcomeMeasures": [
                {
                    "type": "PRIMARY",
                    "title": "Number of Participants With Response on the MADRS",
                    "paramType": "COUNT_OF_PARTICIPANTS",
                    "unitOfMeasure": "Participants",
                    "timeFrame": "24 hours post-infusion",
                    "groups": groups,
                    "denoms": [
                        {
                            "units": "Participants",
                            "counts": [
                                {"groupId": "OG000", "value": "35"},
                                {"groupId": "OG001", "value": "18"},
                                {"groupId": "OG002", "value": "NA"},
                            ],
                        }
                    ],
                    "classes": [
                        {
                            "categories": [
                                {
                                    "measurements": [
                                        {"groupId": "OG000", "value": "22"},
                                        {"groupId": "OG001", "value": "5"},
                                        {"groupId": "OG002", "value": "NA", "comment": "not collected"},
                                    ]
                                }
                            ]
                        }
                    ],
                }
            ]
        },
        "adverseEventsModule": {
            "eventGroups": [
                {"id": "EG000", "title": "Ketamine", "seriousNumAffected": 0, "seriousNumAtRisk": 35},
                {"id": "EG001", "title": "Open-label follow-up"},
            ],
            "otherEvents": [
                {
                    "term": "Dissociation",
                    "stats": [
                        {"groupId": "EG000", "numAffected": 9, "numAtRisk": 35},
                        {"groupId": "EG001", "numAffected": 2},
                    ],
                },
                {
                    "term": "Blood pressure increased",
                    "stats": [{"groupId": "EG000", "numAffected": 4, "numAtRisk": 35}],
                },
            ],
        },
    }
    return doc


def test_outcome_rows_map_groups_to_arms_and_routes() -> None:
    res = parse_document(ketamine_results_study(), "synthetic")
    eff = res.tables["efficacy"].set_index("arm_id")
    assert (eff.loc["OG000", "route"], eff.loc["OG000", "drug"], eff.loc["OG000", "verification"]) == (
        "intravenous",
        "ketamine",
        "auto",
    )
    assert (eff.loc["OG000", "value"], eff.loc["OG000", "n_events"], eff.loc["OG000", "n_total"]) == (22.0, 22, 35)
    assert eff.loc["OG000", "measure"] == "response" and eff.loc["OG000", "scale"] == "MADRS"
    assert eff.loc["OG000", "timepoint_hours"] == 24.0
    assert eff.loc["OG001", "drug"] == "other" and eff.loc["OG001", "route"] == "intravenous"
    # A group with no arm of its own: drug/route from its own text, marked uncertain; "NA" stays missing.
    assert (eff.loc["OG002", "drug"], eff.loc["OG002", "route"], eff.loc["OG002", "verification"]) == (
        "esketamine",
        "intranasal",
        "uncertain",
    )
    assert val(eff.loc["OG002", "value"]) is None and val(eff.loc["OG002", "n_total"]) is None
    assert "not collected" in eff.loc["OG002", "notes"]


def test_adverse_events_keep_follow_up_groups_and_categories() -> None:
    ae = parse_document(ketamine_results_study(), "synthetic").tables["adverse_events"]
    terms = ae[~ae.term.str.startswith("Total")]
    got = {
        (r.arm_id, r.term): (r.category, val(r.n_affected), val(r.n_at_risk), val(r.percent))
        for r in terms.itertuples()
    }
    assert got == {
        ("EG000", "Dissociation"): ("dissociation", 9, 35, round(900 / 35, 2)),
        ("EG001", "Dissociation"): ("dissociation", 2, None, None),  # at-risk not reported: no percent invented
        ("EG000", "Blood pressure increased"): ("blood_pressure_increase", 4, 35, round(400 / 35, 2)),
    }
    assert set(ae.arm_label) == {"Ketamine", "Open-label follow-up"}
    assert set(terms.serious) == {False}


def test_arm_without_route_takes_the_title_route_as_a_guess() -> None:
    arm = {
        "label": "Esketamine 84 mg",
        "type": "EXPERIMENTAL",
        "description": "Esketamine 84 mg twice weekly",
        "interventionNames": ["Drug: Esketamine"],
    }
    doc = synthetic([arm], [{"type": "DRUG", "name": "Esketamine", "armGroupLabels": ["Esketamine 84 mg"]}])
    doc["protocolSection"]["identificationModule"]["briefTitle"] = "Intranasal Esketamine in Adolescents With MDD"
    res = parse_document(doc, "synthetic")
    row = res.tables["arms"].iloc[0]
    assert (row.route, row.verification) == ("intranasal", "uncertain")
    s = res.tables["studies"].iloc[0]
    assert list(s.routes) == ["intranasal"] and {"adolescent", "MDD"} <= set(s.population)


def test_ketamine_study_routes_ignore_the_comparator_route() -> None:
    arms = [
        {"label": "Ketamine", "type": "EXPERIMENTAL", "description": "Ketamine 0.5 mg/kg", "interventionNames": []},
        {
            "label": "Placebo",
            "type": "PLACEBO_COMPARATOR",
            "description": "Oral placebo capsule",
            "interventionNames": [],
        },
    ]
    s = parse_document(synthetic(arms, []), "synthetic").tables["studies"].iloc[0]
    assert list(s.routes) == ["unspecified"] and s.comparator_class == "placebo"
