"""build: deterministic, reproduces the committed snapshot, and leaves the old tables when it fails."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from evidence import citation, store, vocab
from evidence.build import BuildReport, build
from evidence.cli import main
from tests.conftest import DATA, FIXED_CLOCK


def _table_bytes(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(store.tables_dir(data_dir).glob("*.parquet"))}


def test_rebuild_reproduces_the_committed_tables_byte_for_byte(built_data: tuple[Path, BuildReport]) -> None:
    committed = _table_bytes(DATA)
    assert set(committed) == {f"{t}.parquet" for t in store.TABLE_NAMES}
    assert _table_bytes(built_data[0]) == committed


def test_build_is_deterministic(built_data: tuple[Path, BuildReport], tmp_path: Path) -> None:
    first, _ = built_data
    again = Path(shutil.copytree(first, tmp_path / "data"))
    build(again, clock=FIXED_CLOCK)
    assert _table_bytes(again) == _table_bytes(first)
    assert store.read_manifest(again) == store.read_manifest(first)


def test_manifest_records_counts_hashes_and_inputs(built_data: tuple[Path, BuildReport]) -> None:
    data, report = built_data
    m = store.read_manifest(data)
    assert m["created_at"] == "2026-01-01T00:00:00+00:00"
    assert m["profile"] == "ketamine-depression"
    for name in store.TABLE_NAMES:
        assert m["tables"][name]["rows"] == report.counts[name] == len(store.read_table(data, name))
    assert "curated/ctgov/studies.csv" in m["input_sha256"]


def test_failed_build_leaves_previous_tables_and_manifest_intact(scratch_data: Path) -> None:
    before = _table_bytes(scratch_data)
    manifest_before = store.manifest_path(scratch_data).read_bytes()
    path = scratch_data / "curated" / "ctgov" / "studies.csv"
    rows = list(csv.DictReader(path.open()))
    rows[0]["routes"] = "rectal"  # not in the route vocabulary
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(vocab.VocabularyError, match="unknown route 'rectal'"):
        build(scratch_data, clock=FIXED_CLOCK)
    assert _table_bytes(scratch_data) == before
    assert store.manifest_path(scratch_data).read_bytes() == manifest_before


def _curated_routes() -> set[str]:
    routes: set[str] = set()
    for rel in ("ctgov/studies.csv", "pubmed/publications.csv"):
        for row in csv.DictReader((DATA / "curated" / rel).open()):
            routes.update(vocab.normalise_route(r) for r in vocab.split_multi(row["routes"]))
    return routes


def test_every_curated_route_and_source_url_reaches_the_tables() -> None:
    studies = store.read_table(DATA, "studies")
    built = {r for rs in studies["routes"] for r in rs}
    assert _curated_routes() <= built
    assert {"intravenous", "intranasal", "intramuscular", "subcutaneous", "oral", "sublingual"} <= built
    ct = list(csv.DictReader((DATA / "curated" / "ctgov" / "studies.csv").open()))
    by_id = studies.set_index("study_id")
    for row in ct:
        urls = [u.strip() for u in row["source_url"].split("|") if u.strip()]
        assert set(urls) <= set(by_id.loc[row["nct_id"], "source_urls"]), row["nct_id"]


def test_curated_values_keep_their_source_and_quote() -> None:
    eff = store.read_table(DATA, "efficacy")
    findings = list(csv.DictReader((DATA / "curated" / "pubmed" / "findings.csv").open()))
    quoted = [f for f in findings if f["kind"] in ("response_rate", "remission_rate", "onset")]
    assert quoted
    for f in quoted:
        hits = eff[eff["provenance"].str.contains(f"curated findings {f['key']}:", regex=False)]
        assert len(hits) == 1, f["key"]
        hit = hits.iloc[0]
        assert hit["value"] == float(f["value"])
        # The page read stays visible: it is the canonical link itself, or it is kept in read_from.
        read = hit["source_url"] if pd.isna(hit["read_from"]) else hit["read_from"]
        assert read == f["source_url"].split("|")[0].strip() or citation.normalise_canonical(
            f["source_url"].split("|")[0]) == hit["source_url"], f["key"]
        assert f["quote"] in hit["provenance"]
    # Every value names a citable record, or (a paper no page showed an id for) at least the page read.
    assert (eff["source_url"].notna() | eff["read_from"].notna()).all()


def test_registry_count_rows_keep_events_and_denominators() -> None:
    eff = store.read_table(DATA, "efficacy")
    rows = list(csv.DictReader((DATA / "curated" / "ctgov" / "outcomes.csv").open()))
    counts = [r for r in rows if r["param_type"] == "COUNT_OF_PARTICIPANTS"]
    assert counts
    for r in counts:
        hit = eff[(eff["study_id"] == r["nct_id"]) & (eff["arm_label"] == r["arm_title"])
                  & (eff["timepoint_text"] == r["timeframe"]) & (eff["n_events"] == int(r["value"]))]
        assert len(hit) >= 1, r
        n_total = hit.iloc[0]["n_total"]
        assert (None if pd.isna(n_total) else int(n_total)) == (int(r["n_analyzed"]) if r["n_analyzed"] else None)


def test_build_cli_writes_tables(scratch_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--data-dir", str(scratch_data)]) == 0  # in this process: `python -m evidence` is main()
    out = capsys.readouterr().out
    assert "built" in out and f"studies {len(store.read_table(DATA, 'studies'))}" in out
    rows = json.loads(store.manifest_path(scratch_data).read_text())["tables"]["studies"]["rows"]
    assert rows == len(store.read_table(DATA, "studies"))


def test_a_paper_sharing_a_source_page_with_one_registry_study_is_that_trial() -> None:
    studies = store.read_table(DATA, "studies").set_index("study_id")
    eff = store.read_table(DATA, "efficacy")
    assert "REF:daly2018" not in studies.index  # Daly 2018 reports NCT01998958 (both cite PMC5838571 table 1)
    assert "paper REF:daly2018 attached" in studies.loc["NCT01998958", "notes"]
    assert "PMC5838571" in studies.loc["NCT01998958", "notes"]
    daly = eff[eff["provenance"].str.contains("curated findings F00[5-9]:", regex=True)]
    assert len(daly) > 0 and (daly["study_id"] == "NCT01998958").all()
    pubs = store.read_table(DATA, "publications").set_index("ref_id")
    assert pubs.loc["REF:daly2018", "study_id"] == "NCT01998958"
    # A page shared by two registry studies (a pooled table) links neither paper by page.
    assert pubs.loc["PMID:31290965", "study_id"] == "NCT02417064"  # by its own NCT id


def test_one_abstract_that_breaks_extraction_is_skipped_with_a_warning_and_the_rest_kept() -> None:
    from evidence.build import _extract_abstracts
    from evidence.extract import findings_tables

    good = ("Ketamine 0.5 mg/kg infusion. Response rates were 64% with ketamine and 18% with placebo at 24 hours.")
    pubs = pd.DataFrame([
        {"study_id": "PMID:1", "abstract": good, "source_url": "https://pubmed.ncbi.nlm.nih.gov/1/",
         "ref_id": "PMID:1", "source_kind": "pubmed"},
        {"study_id": "PMID:2", "abstract": "BREAKS THE EXTRACTOR", "source_url": "https://pubmed.ncbi.nlm.nih.gov/2/",
         "ref_id": "PMID:2", "source_kind": "pubmed"},
        {"study_id": "PMID:3", "abstract": "Hand-checked.", "source_url": "https://example.org/3",
         "ref_id": "PMID:3", "source_kind": "curated"},
    ])

    def extractor(study_id: str, text: str, url: str | None, ref: str) -> dict[str, pd.DataFrame]:
        if text.startswith("BREAKS"):
            raise ValueError("unreadable abstract")
        return findings_tables(study_id, text, url, ref)

    warnings: list[str] = []
    out = _extract_abstracts(pubs, warnings, extract_one=extractor)
    assert warnings == ["PMID:2: extraction skipped: unreadable abstract"]
    assert len(out) == 1
    eff = out[0]["efficacy"]
    assert set(eff["study_id"]) == {"PMID:1"}
    assert sorted(eff.loc[eff["measure"] == "response", "value"]) == [18.0, 64.0]
