"""Issue 20, import side: files are bounded (size on disk, size inflated, regular files only) and streamed; a bomb
is stopped at the cap, not after inflating it. Real files, the real CLI in a subprocess."""

from __future__ import annotations

import gzip
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from evidence.cli.cmd_import import import_file
from evidence.errors import EvidenceError, ParseError
from evidence.parse.detect import decompress, inflate
from tests.conftest import ROOT

FIX = Path(__file__).parent / "fixtures"
PUBMED = FIX / "pubmed" / "efetch_2articles_a.xml"


def write_bomb(path: Path, inflated_mb: int, head: bytes = b"") -> Path:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    with open(path, "wb") as fh:
        fh.write(z.compress(head))
        block = b" " * (1 << 20)
        for _ in range(inflated_mb):
            fh.write(z.compress(block))
        fh.write(z.flush())
    return path


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evidence", "import", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_import_dev_zero_is_refused_at_once_with_one_line(tmp_path: Path) -> None:
    proc = cli("/dev/zero", str(PUBMED), "--data-dir", str(tmp_path))
    assert proc.returncode == 2
    assert "not a regular file" in proc.stderr and "Traceback" not in proc.stderr
    assert "imported as pubmed" in proc.stdout  # the other file still goes in


def test_a_gzip_bomb_is_refused_at_the_cap_and_nothing_is_written(tmp_path: Path) -> None:
    bomb = write_bomb(tmp_path / "bomb.xml.gz", 64, head=PUBMED.read_bytes()[:200])
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(ParseError, match="larger than") as err:
            import_file(bomb, tmp_path / "data", max_input=1 << 20, max_content=4 << 20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(err.value, EvidenceError) and isinstance(err.value, ValueError)
    assert peak < 24 << 20, f"peak {peak >> 20} MB for a 64 MB bomb capped at 4 MB"
    assert not (tmp_path / "data" / "raw").exists()


def test_cli_refuses_a_bomb_above_max_mb(tmp_path: Path) -> None:
    bomb = write_bomb(tmp_path / "bomb.xml.gz", 40)
    proc = cli(str(bomb), "--data-dir", str(tmp_path / "data"), "--max-mb", "8")
    assert proc.returncode == 2 and "larger than" in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_larger_than_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with open(big, "wb") as fh:
        fh.truncate(3 << 20)  # sparse: 3 MB that cost nothing to make
    with pytest.raises(ParseError, match="more than"):
        import_file(big, tmp_path / "data", max_input=2 << 20)


def test_inflate_reads_every_gzip_member_and_streams_chunks() -> None:
    body = PUBMED.read_bytes()
    two = gzip.compress(body[:500]) + gzip.compress(body[500:])
    assert decompress(two) == body
    chunks = [two[i:i + 7] for i in range(0, len(two), 7)]
    assert inflate(chunks) == body
    with pytest.raises(ParseError, match="truncated"):
        decompress(gzip.compress(body)[:-20])
    with pytest.raises(ParseError, match="larger than"):
        decompress(body, limit=100)


def test_a_normal_import_still_works(tmp_path: Path) -> None:
    target, kind, n, _, new = import_file(PUBMED, tmp_path)
    assert (kind, n, new) == ("pubmed", 2, True) and gzip.decompress(target.read_bytes()) == PUBMED.read_bytes()


@pytest.mark.parametrize(("value", "expected"), [(-40, -40), (10**12, 10**12), (2**62, 2**62), (2**63, None),
                                                 (2**64, None), (10**30, None), (1e300, None)])
def test_import_never_wraps_an_enrollment_past_int64(tmp_path: Path, value: object, expected: int | None) -> None:
    # item 10, parse side only: a number that cannot be an int64 is read as missing, never wrapped to a negative
    # (whether -40 or 10**12 are plausible is the build-time validators' call).
    import json

    from evidence.parse.ctgov import parse_document

    doc = json.loads((FIX / "ctgov" / "search_page_full_2studies.json").read_bytes())
    doc["studies"][0]["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = value
    src = tmp_path / "odd.json"
    src.write_text(json.dumps(doc))
    _, kind, n, _, _ = import_file(src, tmp_path / "data")
    got = parse_document(doc, "odd").tables["studies"]["enrollment"].tolist()[0]
    assert kind == "ctgov" and n == 2
    assert (got is None or str(got) == "<NA>") if expected is None else got == expected
