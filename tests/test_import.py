"""`python -m evidence import`: kind from content, gzip into the raw cache, idempotent, clear errors with exit 2."""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from evidence.cli import main
from evidence.parse.raw import parse_bytes
from tests.conftest import ROOT

FIX = Path(__file__).parent / "fixtures"
CTGOV = FIX / "ctgov" / "search_page_full_2studies.json"
PUBMED = FIX / "pubmed" / "efetch_2articles_a.xml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["import", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def cached(data_dir: Path) -> list[Path]:
    return sorted(p.relative_to(data_dir) for p in (data_dir / "raw").rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "src, kind, suffix, count",
    [
        (CTGOV, "ctgov", ".json.gz", 2),
        (FIX / "ctgov" / "study_NCT02210780_results.json", "ctgov", ".json.gz", 1),
        (FIX / "ctgov" / "search_fields_page1_totalCount.json", "ctgov", ".json.gz", 5),
        (PUBMED, "pubmed", ".xml.gz", 2),
        (FIX / "pubmed" / "efetch_structured_abstract_2018.xml", "pubmed", ".xml.gz", 1),
    ],
)
def test_import_stores_gzip_named_by_content_hash(tmp_path, capsys, src: Path, kind, suffix, count) -> None:
    code, out, err = run(capsys, str(src), "--data-dir", str(tmp_path))
    assert code == 0, err
    content = src.read_bytes()
    target = tmp_path / "raw" / kind / f"import-{hashlib.sha256(content).hexdigest()[:16]}{suffix}"
    assert cached(tmp_path) == [target.relative_to(tmp_path)]
    assert gzip.decompress(target.read_bytes()) == content  # bytes as the user had them
    assert f"{count} " in out and "python -m evidence build" in out
    # The cached copy parses to the same tables as the original file.
    k1, r1 = parse_bytes(content, "orig")
    k2, r2 = parse_bytes(target.read_bytes(), "cached")
    assert k1 == k2 == kind
    for name, df in r1.tables.items():
        assert df.equals(r2.tables[name])


def test_same_file_twice_and_gzipped_is_one_raw_file(tmp_path, capsys) -> None:
    gz = tmp_path / "copy.xml.gz"
    gz.write_bytes(gzip.compress(PUBMED.read_bytes()))
    code, out, _ = run(capsys, str(PUBMED), str(PUBMED), str(gz), "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert len(cached(tmp_path / "d")) == 1
    assert out.count("already imported") == 2
    before = (tmp_path / "d" / cached(tmp_path / "d")[0]).read_bytes()
    assert run(capsys, str(gz), "--data-dir", str(tmp_path / "d"))[0] == 0
    assert (tmp_path / "d" / cached(tmp_path / "d")[0]).read_bytes() == before


def test_json_gz_input(tmp_path, capsys) -> None:
    gz = tmp_path / "page.json.gz"
    gz.write_bytes(gzip.compress(CTGOV.read_bytes()))
    code, out, _ = run(capsys, str(gz), "--data-dir", str(tmp_path / "d"))
    assert code == 0 and "ctgov" in out
    assert [p.parent.name for p in cached(tmp_path / "d")] == ["ctgov"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "HTML"),
        ((FIX / "pubmed" / "esearch_json_3hits.json").read_bytes(), "esearch"),
        ((FIX / "pubmed" / "esearch_webenv_querykey.xml").read_bytes(), "eSearchResult"),
        (b'{"studies": []}', "no studies"),
        (b"", "empty"),
        (b"hello, world", "neither"),
        (b'{"studies": [{"protocolSec', "truncated"),
        (b"\x1f\x8b\x08\x00garbage", "gzip"),
    ],
)
def test_bad_file_is_a_clear_error_and_others_still_import(tmp_path, capsys, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.dat"
    bad.write_bytes(content)
    code, out, err = run(capsys, str(bad), str(CTGOV), "--data-dir", str(tmp_path / "d"))
    assert code == 2
    assert "bad.dat" in err and message in err
    assert [p.parent.name for p in cached(tmp_path / "d")] == ["ctgov"]
    assert "2 studies" in out


def test_missing_file(tmp_path, capsys) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.json"), "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "nope.json" in err
    assert not (tmp_path / "d" / "raw").exists()


def test_cli_entry_point_end_to_end(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "evidence", "import", str(CTGOV), str(PUBMED), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.strip().splitlines()) == 3  # one line per file + the build hint
    assert {p.parent.name for p in cached(tmp_path)} == {"ctgov", "pubmed"}
