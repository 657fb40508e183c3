"""Tables written before is_group_total, cross_check_status and field_conflicts existed read with the same meaning."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from evidence import legacy, schema, store
from tests.conftest import DATA


def _write_old(tmp_path: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """The tables as an older build wrote them: without the columns added since."""
    store.tables_dir(tmp_path).mkdir(parents=True)
    for name, df in tables.items():
        old = df.drop(columns=[c for (t, c) in legacy.DERIVED if t == name])
        old.to_parquet(store.tables_dir(tmp_path) / f"{name}.parquet")
    return tmp_path


def test_the_shipped_snapshot_written_the_old_way_reads_back_identical(tmp_path: Path) -> None:
    new = store.read_tables(DATA)
    old = store.read_tables(_write_old(tmp_path, new))
    for name in store.TABLE_NAMES:
        pd.testing.assert_frame_equal(old[name], new[name], check_exact=True, obj=name)
    assert new["efficacy"]["cross_check_status"].notna().sum() > 100  # the derivation had something to match


def test_an_old_group_total_and_field_conflict_keep_their_meaning(tmp_path: Path) -> None:
    prov = {"source_kind": "registry_results", "source_tier": "registry_results", "verification": "auto",
            "provenance": "p", "study_id": "NCT1", "arm_id": "EG000", "arm_label": "Ketamine", "route": "intravenous",
            "drug": "ketamine", "category": "other", "serious": True, "n_affected": 2, "n_at_risk": 10,
            "percent": 20.0, "source_url": None}
    ae = schema.coerce("adverse_events", pd.DataFrame([
        dict(prov, term="Total: serious adverse events", notes="group total row", is_group_total=True),
        dict(prov, term="Nausea", notes="organ system: Gastrointestinal disorders")]))
    studies = schema.coerce("studies", pd.DataFrame([{
        "study_id": "NCT1", "design": "rct", "comparator_class": "placebo", "is_secondary": False,
        "notes": "curator read the paper | conflict in enrollment: ctgov=40; curated=44 (shown: 44)",
        "field_conflicts": ["conflict in enrollment: ctgov=40; curated=44 (shown: 44)"],
        **{c: None for c in schema.columns("studies") if c not in (
            "study_id", "design", "comparator_class", "is_secondary", "notes", "field_conflicts")}}]))
    read = store.read_tables(_write_old(tmp_path, {"adverse_events": ae, "studies": studies}))
    assert read["adverse_events"]["is_group_total"].tolist() == [True, False]
    assert read["studies"]["field_conflicts"].tolist() == [["conflict in enrollment: ctgov=40; curated=44 (shown: 44)"]]
