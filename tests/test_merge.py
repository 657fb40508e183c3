"""One study per trial across sources, on real recorded CT.gov and PubMed records plus curated rows."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pandas as pd
import pytest

from evidence import store
from evidence.build import build
from tests.conftest import FIXTURES


def _add_raw(data_dir: Path, fixture: str) -> None:
    src = FIXTURES / fixture
    source, ext = ("ctgov", ".json.gz") if fixture.startswith("ctgov/") else ("pubmed", ".xml.gz")
    dest = store.raw_dir(data_dir, source) / (src.stem + ext)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(gzip.compress(src.read_bytes(), mtime=0))


def _append(path: Path, **values: str) -> None:
    with path.open(newline="", encoding="utf-8") as fh:
        fields = list(csv.DictReader(fh).fieldnames or [])
    with path.open("a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, fieldnames=fields).writerow({f: values.get(f, "") for f in fields})


@pytest.fixture
def merged(scratch_data: Path) -> dict[str, pd.DataFrame]:
    ct = scratch_data / "curated" / "ctgov" / "studies.csv"
    pubs = scratch_data / "curated" / "pubmed" / "publications.csv"
    # A curated row for the same trial as a recorded registry record, with a different enrollment.
    _append(ct, nct_id="NCT02210780", brief_title="Dupilumab study (curated)", drug="ketamine", routes="",
            population="MDD", enrollment="99", source_url="https://example.org/curated-page")
    # A curated row for the trial that a recorded PubMed paper names in its DataBankList.
    _append(ct, nct_id="NCT02149199", brief_title="SYGMA 1 (curated)", drug="ketamine", routes="",
            population="MDD", source_url="https://example.org/sygma")
    # A curated paper with no NCT id whose PMID the recorded registry record lists in its references.
    _append(pubs, pmid="30032196", title="A paper cited by the PALLAS registration", pub_type="RCT",
            drug="ketamine", routes="", population="MDD", source_url="https://pubmed.ncbi.nlm.nih.gov/30032196/")
    for f in ("ctgov/study_NCT02210780_results.json", "ctgov/study_NCT02513394_results.json",
              "pubmed/efetch_29768149_rct_databank.xml", "pubmed/efetch_38011560_ketamine_review.xml"):
        _add_raw(scratch_data, f)
    build(scratch_data)
    return store.read_tables(scratch_data)


def _study(tables: dict[str, pd.DataFrame], sid: str) -> pd.Series:
    s = tables["studies"]
    rows = s[s["study_id"] == sid]
    assert len(rows) == 1, f"{sid}: {len(rows)} rows"
    return rows.iloc[0]


def test_registry_and_curated_rows_are_one_study_and_the_conflict_is_flagged(merged: dict[str, pd.DataFrame]) -> None:
    st = _study(merged, "NCT02210780")
    assert set(st["sources"]) == {"curated", "ctgov"}
    assert st["enrollment"] == 99  # curated wins
    assert "conflict in enrollment" in st["notes"] and "ctgov=" in st["notes"] and "curated=99" in st["notes"]
    assert "conflict in enrollment" in [c.split(":")[0] for c in st["field_conflicts"]]
    assert all(c in st["notes"] and c.startswith("conflict in ") for c in st["field_conflicts"])
    assert "https://example.org/curated-page" in st["source_urls"]
    assert len(merged["adverse_events"][merged["adverse_events"]["study_id"] == "NCT02210780"]) > 0


def test_paper_joins_its_trial_through_databanklist(merged: dict[str, pd.DataFrame]) -> None:
    st = _study(merged, "NCT02149199")
    assert set(st["sources"]) == {"curated", "pubmed"} and "29768149" in st["pmids"]
    pub = merged["publications"].set_index("ref_id").loc["PMID:29768149"]
    assert pub["study_id"] == "NCT02149199"
    assert not merged["studies"]["study_id"].eq("PMID:29768149").any()


def test_paper_joins_its_trial_through_the_registry_references(merged: dict[str, pd.DataFrame]) -> None:
    st = _study(merged, "NCT02513394")
    assert "30032196" in st["pmids"] and {"curated", "ctgov"} <= set(st["sources"])
    assert merged["publications"].set_index("ref_id").loc["PMID:30032196", "study_id"] == "NCT02513394"
    assert not merged["studies"]["study_id"].eq("PMID:30032196").any()


def test_reviews_stay_apart_and_are_flagged_secondary(merged: dict[str, pd.DataFrame]) -> None:
    review = _study(merged, "PMID:38011560")
    assert review["design"] == "review" and bool(review["is_secondary"]) and review["sources"] == ["pubmed"]
    metas = merged["studies"][merged["studies"]["design"] == "meta_analysis"]
    assert len(metas) >= 5 and metas["is_secondary"].all()
    assert not metas["study_id"].str.startswith("NCT").any()


def test_a_number_that_differs_between_sources_is_kept_twice_and_flagged() -> None:
    from evidence import schema
    from evidence.merge import merge_tables
    from evidence.reconcile import reconcile

    base = {name: schema.empty(name) for name in store.TABLE_NAMES}
    row = {c: None for c in schema.columns("efficacy")}
    row.update(study_id="NCT00000001", arm_id="C01", arm_label="ketamine", route="intravenous", drug="ketamine",
               measure="response", timepoint_hours=24.0, value=55.0, unit="percent", is_comparison=False,
               source_kind="curated", source_tier="primary_paper", verification="verified", provenance="curated row")
    base["efficacy"] = schema.coerce("efficacy", pd.DataFrame([row]))
    arm = {c: None for c in schema.columns("arms")}
    arm.update(study_id="NCT00000001", role="experimental", drug="ketamine", route="intravenous",
               source_kind="curated", source_tier="primary_paper", verification="verified", provenance="arms")
    base["arms"] = schema.coerce("arms", pd.DataFrame([dict(arm, arm_id="C01", label="ketamine 0.5 mg/kg"),
                                                       dict(arm, arm_id="C02", label="ketamine 0.2 mg/kg")]))
    registry = dict(row, value=60.0, source_kind="registry_results", source_tier="registry_results",
                    verification="auto", provenance="resultsSection")
    same = dict(row, arm_id="C02", value=30.0)
    part = {"efficacy": schema.coerce("efficacy", pd.DataFrame([registry, same]))}
    warnings: list[str] = []
    merged = merge_tables(base, [part], warnings)
    out = reconcile(merged)[0]["efficacy"].set_index(["arm_id", "source_kind"])
    assert len(out) == 3  # every report kept
    kept, other = out.loc[("C01", "registry_results")], out.loc[("C01", "curated")]
    assert bool(kept["selected"]) and not bool(other["selected"])  # registry results outrank the paper
    assert kept["cross_check"] == "conflict: 60.0% (registry_results, kept) vs 55.0% (primary_paper)"
    assert other["cross_check"].startswith("conflicts: 55.0% here vs 60.0%")
    assert bool(out.loc[("C02", "curated"), "selected"]) and pd.isna(out.loc[("C02", "curated"), "cross_check"])
    status = out["cross_check_status"].astype("object").where(out["cross_check_status"].notna(), None).to_dict()
    assert status == {("C01", "registry_results"): "conflict", ("C01", "curated"): "conflict", ("C02", "curated"): None}


def _fixture_article(name: str) -> dict[str, object]:
    from evidence.parse.pubmed import article_row, iter_articles

    return article_row(next(iter_articles((FIXTURES / "pubmed" / name).read_bytes())))


@pytest.mark.parametrize(("abstract", "mesh", "routes", "note"), [
    # the abstract names no route: the route MeSH headings NLM assigned are used, and the notes say so
    ("Ketamine and esketamine for depression: a synthesis of the literature.",
     ["Humans", "Administration, Intranasal", "Infusions, Intravenous", "Nasal Sprays"],
     ["intranasal", "intravenous"], "MeSH 'Administration, Intranasal'"),
    # the abstract names one: the text wins, MeSH is not mixed in (it may index another drug's route)
    ("Patients received an intravenous infusion of ketamine.", ["Administration, Oral"], ["intravenous"], None),
    # headings that are not a route (or an inhaled route outside the vocabulary) add nothing
    ("Ketamine for depression.", ["Administration, Inhalation", "Drug Administration Schedule"],
     ["unspecified"], None),
])
def test_a_fetched_paper_takes_its_route_from_mesh_only_when_the_abstract_names_none(
        abstract: str, mesh: list[str], routes: list[str], note: str | None) -> None:
    from evidence.merge import paper_study

    pub = _fixture_article("efetch_38011560_ketamine_review.xml")  # a real record; abstract and MeSH replaced
    pub.update(abstract=abstract, mesh=mesh, title="")
    row = paper_study(pub)
    assert row.routes == routes
    if note:
        assert note in (row.notes or "")
    else:
        assert "MeSH" not in (row.notes or "")
