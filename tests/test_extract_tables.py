"""findings_tables: schema-valid efficacy / adverse_events frames whose provenance quotes the exact span."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from evidence import schema
from evidence.extract import findings_tables, findings_tables_many

ABSTRACTS = Path(__file__).resolve().parent.parent / "data" / "curated" / "pubmed" / "abstracts"
URL = "https://pubmed.ncbi.nlm.nih.gov/0/"


def _quote_matches(text: str, provenance: str) -> None:
    m = re.fullmatch(r'pubmed abstract\[(\d+):(\d+)\]: "(.*)"', provenance, flags=re.S)
    assert m, provenance
    a, b = int(m.group(1)), int(m.group(2))
    assert " ".join(text[a:b].split())[:200] == m.group(3)[:200]


def test_efficacy_rows_of_a_two_arm_trial() -> None:
    text = (ABSTRACTS / "reif2023_escape.txt").read_text(encoding="utf-8")
    tables = findings_tables("NCT04338321", text, URL, "pubmed")
    eff = tables["efficacy"]
    schema.validate("efficacy", eff)
    rem = eff[eff["measure"] == "remission"]
    assert list(rem["value"]) == [27.1, 17.6]
    assert list(rem["route"]) == ["intranasal", "unspecified"]  # quetiapine is not a ketamine route
    assert list(rem["drug"]) == ["esketamine", "other"]
    assert list(rem["n_events"]) == [91, 60] and list(rem["n_total"]) == [336, 340]
    assert set(rem["source_kind"]) == {"abstract"} and set(rem["source_url"]) == {URL}
    for p in eff["provenance"]:
        _quote_matches(text, p)


def test_adverse_event_rows_with_categories() -> None:
    text = (ABSTRACTS / "wajs2020_sustain2.txt").read_text(encoding="utf-8")
    ae = findings_tables("PMID:1", text, None, "pubmed")["adverse_events"]
    schema.validate("adverse_events", ae)
    numeric = ae[ae["percent"].notna()]
    found = set(zip(numeric["category"], numeric["percent"], strict=True))
    assert found >= {("dizziness", 32.9), ("dissociation", 27.6), ("nausea_vomiting", 25.1), ("headache", 24.9)}
    assert set(numeric["route"]) == {"intranasal"} and set(numeric["drug"]) == {"esketamine"}
    for p in ae["provenance"]:
        _quote_matches(text, p)


def test_threshold_statement_expands_to_terms_without_rates() -> None:
    text = (ABSTRACTS / "singh2016.txt").read_text(encoding="utf-8")
    ae = findings_tables("PMID:2", text, None, "pubmed")["adverse_events"]
    rows = ae[ae["notes"].fillna("").str.contains("threshold")]
    assert sorted(rows["category"]) == ["anxiety", "dissociation", "dizziness", "headache", "nausea_vomiting"]
    assert rows["percent"].isna().all()
    assert set(rows["verification"]) == {"uncertain"}


def test_empty_text_gives_empty_valid_frames() -> None:
    tables = findings_tables("PMID:3", "", None, "pubmed")
    for name, df in tables.items():
        assert len(df) == 0
        schema.validate(name, df)


def test_batch_equals_one_by_one() -> None:
    names = ["reif2023_escape.txt", "wajs2020_sustain2.txt", "singh2016.txt", "28757132.txt"]
    records = [(f"S{i}", (ABSTRACTS / n).read_text(encoding="utf-8"), URL, "pubmed") for i, n in enumerate(names)]
    many = findings_tables_many(records)
    for table in ("efficacy", "adverse_events"):
        one = pd.concat([findings_tables(*r)[table] for r in records], ignore_index=True)
        schema.validate(table, many[table])
        assert len(many[table]) == len(one) > 0
        assert list(many[table]["provenance"]) == list(one["provenance"])
        assert list(many[table]["study_id"]) == list(one["study_id"])
