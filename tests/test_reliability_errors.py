"""Issue 20, one error tree: every error the library raises on purpose is an EvidenceError; the CLI reports that base
in one line and lets a bug's traceback through; nothing is swallowed: per-record skips are counted in the build's
warnings and manifest, and the fuzz checks fail when the code under test raises."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from evidence import errors, http, store
from evidence.build import _extract_abstracts, build
from evidence.cli import main
from evidence.errors import EvidenceError, FetchError, ParseError, StoreError, ValidationError
from evidence.parse import ctgov
from evidence.parse.pubmed import ArticleError
from tests.conftest import small_data

FIX = Path(__file__).parent / "fixtures"
REAL_CTGOV = json.loads((FIX / "ctgov" / "search_page_full_2studies.json").read_text())


def test_one_base_with_a_subclass_per_edge() -> None:
    for cls in (FetchError, ParseError, StoreError, ValidationError):
        assert issubclass(cls, EvidenceError)
    for cls in (http.FetchError, http.BadResponse, http.RateLimited, http.TransportError, http.DeadlineExceeded):
        assert issubclass(cls, errors.FetchError)
    assert store.StoreError is StoreError and issubclass(ArticleError, ParseError)


def test_the_cli_reports_the_base_in_one_line_and_lets_a_bug_through(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # in this process (`python -m evidence` is `raise SystemExit(main())`): an error comes back as exit 2 and one
    # line; a bug leaves main() as its exception, which the interpreter prints as a traceback with exit 1
    bad = tmp_path / "bad.csv"
    bad.write_text("")
    assert main(["pool", str(bad), "--measure", "PLO"]) == 2
    err = capsys.readouterr().err
    assert err.strip().startswith("error:") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    import evidence.cli.cmd_diff as d

    def boom(a: object, s: object) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(d, "run", boom)
    with pytest.raises(KeyError, match="a bug"):  # not swallowed
        main(["diff"])


def test_extract_abstract_raises_instead_of_an_empty_result(monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence.extract import abstract, extract_abstract
    from tests.test_extract_fuzz import REAL, _check

    def broken(text: str) -> dict[str, object]:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(abstract, "_extract", broken)
    with pytest.raises(ParseError, match="RuntimeError: extractor bug"):
        extract_abstract(REAL[0])
    with pytest.raises(ParseError):  # so the fuzz tests' check fails on an extractor that raises
        _check(REAL[0])


def test_a_bug_in_the_ctgov_parser_propagates_odd_data_is_skipped_and_counted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = ctgov.parse_study

    def bug(study: dict, warn: object) -> dict:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(ctgov, "parse_study", bug)
    with pytest.raises(RuntimeError, match="parser bug"):
        ctgov.parse_document(REAL_CTGOV, "page")

    def odd_first(study: dict, warn: object) -> dict:
        if study is REAL_CTGOV["studies"][0]:
            raise KeyError("protocolSection")
        return real(study, warn)  # type: ignore[arg-type]

    monkeypatch.setattr(ctgov, "parse_study", odd_first)
    result = ctgov.parse_document(REAL_CTGOV, "page")
    assert result.skipped == 1 and len(result.tables["studies"]) == 1
    assert any("study #0 skipped: KeyError" in w for w in result.warnings)


def test_real_records_parse_without_a_single_skip() -> None:
    # the fuzz suite's anchor: a parser that skips every record (whatever it raises) fails here
    from tests.test_parse_fuzz import CTGOV_DOCS

    for name, doc in CTGOV_DOCS.items():
        result = ctgov.parse_document(doc, name)
        n = len(doc["studies"]) if isinstance(doc.get("studies"), list) else 1
        assert result.skipped == 0 and len(result.tables["studies"]) == n, (name, result.warnings)


def test_the_build_counts_every_skipped_record_in_its_warnings_and_manifest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch_data = small_data(tmp_path)  # three real recorded studies beside the odd records below
    raw = scratch_data / "raw" / "ctgov"
    doc = json.loads(json.dumps(REAL_CTGOV))
    doc["studies"].append({"protocolSection": {"identificationModule": {"nctId": 12}}})  # malformed nctId
    doc["studies"].append("not a study")
    import gzip

    (raw / "import-0000000000000001.json.gz").write_bytes(gzip.compress(json.dumps(doc).encode()))
    (raw / "import-0000000000000002.json.gz").write_bytes(b"\x1f\x8b broken gzip")
    report = build(scratch_data)
    skipped = report.manifest["skipped_records"]
    assert skipped == {"ctgov_records": 2, "raw_files": 1}, skipped  # type: ignore[comparison-overlap]
    assert report.manifest["warnings"] == len(report.warnings) >= 3
    assert store.read_manifest(scratch_data)["skipped_records"] == skipped


def test_skipped_abstracts_are_counted() -> None:
    pubs = pd.DataFrame([{"study_id": "PMID:2", "abstract": "x", "source_url": None, "ref_id": "PMID:2",
                          "source_kind": "pubmed"}])

    def broken(*a: object) -> dict[str, pd.DataFrame]:
        raise ParseError("extraction failed")

    warnings: list[str] = []
    skipped: dict[str, int] = {}
    assert _extract_abstracts(pubs, warnings, extract_one=broken, skipped=skipped) == []
    assert skipped == {"abstracts": 1} and warnings == ["PMID:2: extraction skipped: extraction failed"]
