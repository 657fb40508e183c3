"""Issue 20, fetch side: a run that knows it is incomplete never replaces a complete snapshot; a commit killed midway
is detected by the build. Real loopback services (recorded bodies), real files, a real build."""

from __future__ import annotations

import functools
import gzip
import json
import shutil
from pathlib import Path

import pytest

from evidence.build import build
from evidence.cli import main
from evidence.errors import EvidenceError, FetchError, StoreError
from evidence.sources import clinicaltrials as ct
from evidence.sources import pubmed as pm
from evidence.sources.rawcache import RawCache
from tests.conftest import DATA
from tests.ctgov_app import CtgovApp, ctgov_pages, page_ids
from tests.loopback import Fault, LoopbackServer
from tests.pubmed_app import PubmedApp, pubmed_articles

PARAMS = {"query.intr": "ketamine", "query.cond": "depression"}
PAGES = ctgov_pages()
TERM = "ketamine AND depression"
ARTICLES = pubmed_articles()


def ct_fetch(srv: LoopbackServer, data: Path, **kw: object) -> ct.RunResult:
    client = ct.make_client(6000, backoff_factor=0.01, timeout=(1.0, 0.5))
    return ct.fetch_studies(PARAMS, data, base_url=srv.url + "/api/v2", page_size=5, client=client,
                            **kw)  # type: ignore[arg-type]


def pm_fetch(srv: LoopbackServer, data: Path, **kw: object) -> pm.RunResult:
    client = pm.make_client(None, backoff_factor=0.01, timeout=(1.0, 0.5))
    return pm.fetch_articles(TERM, data, base_url=srv.url, client=client, batch_size=3, **kw)  # type: ignore[arg-type]


def raw(data: Path, source: str) -> dict[str, bytes]:
    folder = data / "raw" / source
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.gz"))}


def ct_ids(data: Path) -> set[str]:
    return {i for b in raw(data, "ctgov").values() for i in page_ids(gzip.decompress(b))}


def empty_page_after(n_pages: int) -> list[bytes]:
    """The recorded chain cut after n pages by a page answering {"studies": []} (totalCount still says 21)."""
    empty = b'{"studies": [], "nextPageToken": "x"}'
    return [*PAGES[:n_pages], empty]


def looping() -> list[bytes]:
    tok1, tok2 = json.loads(PAGES[0])["nextPageToken"], json.loads(PAGES[1])["nextPageToken"]
    return [PAGES[0], PAGES[1].replace(tok2.encode(), tok1.encode())]


@pytest.mark.parametrize("pages", [empty_page_after(1), looping()], ids=["empty-page", "token-loop"])
def test_an_incomplete_ctgov_run_keeps_the_complete_snapshot(tmp_path: Path, pages: list[bytes]) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        ct_fetch(srv, tmp_path)
    before, ids_before = raw(tmp_path, "ctgov"), ct_ids(tmp_path)
    built = build(tmp_path).counts["studies"]
    assert len(ids_before) == 12 and built == 12
    with LoopbackServer(CtgovApp(pages)) as srv, pytest.raises(FetchError) as err:
        ct_fetch(srv, tmp_path)
    assert "incomplete run" in str(err.value) and "--allow-partial" in str(err.value)
    assert raw(tmp_path, "ctgov") == before  # not one record lost
    assert build(tmp_path).counts["studies"] == 12


def test_allow_partial_commits_and_the_manifest_says_so(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        ct_fetch(srv, tmp_path)
    with LoopbackServer(CtgovApp(empty_page_after(1))) as srv:
        r = ct_fetch(srv, tmp_path, allow_partial=True)
    assert r.partial and r.records == 5
    manifest = build(tmp_path).manifest
    partial = manifest["fetch_ctgov"]["partial"]  # type: ignore[index]
    assert partial["allowed"] is True and partial["records"] == 5 and partial["expected"] == 21


def test_a_complete_run_after_a_refused_one_fetches_everything_again(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(empty_page_after(2))) as srv, pytest.raises(FetchError):
        ct_fetch(srv, tmp_path)
    assert raw(tmp_path, "ctgov") == {}
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        r = ct_fetch(srv, tmp_path)
    assert r.records == 12 and len(ct_ids(tmp_path)) == 12


def short_batch(srv: LoopbackServer) -> None:
    """Batch 2 (records 4-6) answered with only two of its three articles (valid XML, HTTP 200)."""
    from tests.pubmed_app import EFETCH_HEAD
    body = EFETCH_HEAD + b"<PubmedArticleSet>\n" + b"\n".join(a for _, a in ARTICLES[3:5]) + b"\n</PubmedArticleSet>\n"
    srv.script(Fault.replace(body), path="/efetch.fcgi", when=lambda r: r.params.get("retstart") == "3")


def test_a_short_efetch_batch_keeps_the_complete_snapshot_then_resumes(tmp_path: Path) -> None:
    with LoopbackServer(PubmedApp(ARTICLES)) as srv:
        pm_fetch(srv, tmp_path)
        before = raw(tmp_path, "pubmed")
        short_batch(srv)
        with pytest.raises(FetchError) as err:
            pm_fetch(srv, tmp_path)
        assert "incomplete run" in str(err.value) and "1 fewer" in str(err.value)
        assert raw(tmp_path, "pubmed") == before
        srv.log.clear()
        r = pm_fetch(srv, tmp_path)  # the service is whole again: the rerun asks only batches 2 and 3 again
    assert r.records == 8 and r.resumed and not r.partial
    assert [e.params.get("retstart") for e in srv.log] == ["3", "6"]
    assert raw(tmp_path, "pubmed") == before


def test_a_short_batch_with_allow_partial_is_recorded(tmp_path: Path) -> None:
    with LoopbackServer(PubmedApp(ARTICLES)) as srv:
        short_batch(srv)
        r = pm_fetch(srv, tmp_path, allow_partial=True)
    assert r.records == 7 and "1 fewer" in r.partial
    assert build(tmp_path).manifest["fetch_pubmed"]["partial"]["expected"] == 8  # type: ignore[index]


def test_cli_exits_1_with_one_line_and_keeps_the_raw_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(DATA / "profiles", tmp_path / "profiles")
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        ct_fetch(srv, tmp_path)
    before = raw(tmp_path, "ctgov")
    with LoopbackServer(CtgovApp(empty_page_after(1))) as srv:
        monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", srv.url + "/api/v2")
        code = main(["fetch", "--source", "ctgov", "--data-dir", str(tmp_path), "--page-size", "5",
                     "--ctgov-rpm", "6000"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and any("incomplete run" in line for line in err)
    assert raw(tmp_path, "ctgov") == before


# --- item 13: a commit killed midway ------------------------------------------------------------------------


def test_build_refuses_a_folder_left_mixed_by_a_killed_commit_until_the_fetch_is_resumed(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        ct_fetch(srv, tmp_path)
        build(tmp_path)
        cache = RawCache(tmp_path, "ctgov", "page", ".json.gz")
        state = json.loads(cache.state_path.read_text())
        # exactly what a SIGKILL after the first os.replace of a commit leaves: one page new, the others staged
        for i, body in enumerate(PAGES, start=1):
            cache.stage(i, body)
        (cache.incoming / "page-00001.json.gz.incoming").replace(cache.folder / "page-00001.json.gz")
        state["phase"] = "committing"
        cache.save_state(state)
        manifest = (tmp_path / "manifest.json").read_bytes()
        with pytest.raises(StoreError) as err:
            build(tmp_path)
        assert isinstance(err.value, EvidenceError) and "fetch --source ctgov" in str(err.value)
        assert (tmp_path / "manifest.json").read_bytes() == manifest  # the snapshot is untouched
        ct_fetch(srv, tmp_path)  # resuming finishes the commit
    assert build(tmp_path).counts["studies"] == 12


# --- item 11: deeply nested JSON from a service --------------------------------------------------------------

DEEP = b'{"studies": ' + b"[" * 100_000 + b"]" * 100_000 + b', "totalCount": 1}'


def test_deeply_nested_json_is_a_fetch_error_and_pubmed_still_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(DATA / "profiles", tmp_path / "profiles")
    with LoopbackServer(CtgovApp([DEEP])) as ctsrv, LoopbackServer(PubmedApp(ARTICLES)) as pmsrv:
        with pytest.raises(FetchError, match="not JSON"):
            ct_fetch(ctsrv, tmp_path)
        monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", ctsrv.url + "/api/v2")
        monkeypatch.setenv("EVIDENCE_PUBMED_BASE_URL", pmsrv.url)
        # the CLI's own client and its four attempts, backing off 0.01 s instead of 2 + 4 + 8 s between them
        monkeypatch.setattr(ct, "make_client", functools.partial(ct.make_client, backoff_factor=0.01))
        code = main(["fetch", "--source", "all", "--data-dir", str(tmp_path), "--ctgov-rpm", "6000"])
    out = capsys.readouterr()
    assert code == 1 and "fetch ctgov failed" in out.err and "RecursionError" in out.err
    assert "pubmed: 8 of 8 records" in out.out  # --source all went on to PubMed


# --- item 2: the PubMed date split when the database grows between searches ----------------------------------


def test_the_date_split_does_not_skip_the_older_half_when_the_database_grows() -> None:
    import datetime as dt

    from evidence.sources.eutils import Search
    from evidence.sources.pubmed_split import Part, split_by_date

    older = [dt.date(2001, 1, 1)] * 4  # 4 records in the older half
    newer = [dt.date(2020, 1, 1)] * 4
    grown = [dt.date(2021, 6, 1)] * 4  # 4 records published while the split runs
    db = older + newer
    asked: list[tuple[dt.date, dt.date]] = []

    def search(lo: dt.date, hi: dt.date) -> Part:
        asked.append((lo, hi))
        if len(asked) == 2:  # between the whole range's count and its newer half's: the database grows by 4
            db.extend(grown)
        hits = tuple(str(i) for i, d in enumerate(db) if lo <= d <= hi)
        return Part(lo, hi, Search(len(hits), "W", "1", hits))

    parts = split_by_date(search, dt.date(1990, 1, 1), dt.date(2027, 12, 31), 6)
    ids = {i for p in parts for i in p.search.ids}
    # the newer half (8 = 4 + 4 grown) equals the stale count of the whole (8): the older half must still be asked
    assert {str(i) for i in range(4)} <= ids, f"older records lost: {sorted(ids, key=int)}"
    assert ids == {str(i) for i in range(len(db))} and all(p.search.count <= 6 for p in parts)


def test_ranges_that_do_not_add_up_fail_the_run_unless_partial_is_allowed(tmp_path: Path) -> None:
    from evidence.sources.eutils import Search
    from evidence.sources.pubmed import split_shortfall
    from evidence.sources.pubmed_split import Part

    parts = [Part(None, None, Search(6, "W", "1", ())), Part(None, None, Search(3, "W", "1", ()))]
    assert split_shortfall(9, parts) == "" and split_shortfall(8, parts) == ""  # overlap: more is fine
    assert "hold 9 records but the search matched 12" in split_shortfall(12, parts)


KILL_IN_COMMIT = """
import os, signal, sys
from pathlib import Path
from evidence.sources import clinicaltrials as ct, rawcache
data, url, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real, calls = os.replace, [0]
def replace(src, dst, *a, **k):
    if str(src).endswith(".incoming"):  # a staged page moving into place: the commit
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst, *a, **k)
rawcache.os.replace = replace
client = ct.make_client(6000, backoff_factor=0.01, timeout=(1.0, 0.5))
ct.fetch_studies({"query.intr": "ketamine", "query.cond": "depression"}, data, base_url=url, page_size=5,
                 client=client)
"""


@pytest.mark.parametrize("n", [1, 2, 3])
def test_sigkill_during_the_fetch_commit_then_build_refuses_until_the_fetch_is_resumed(tmp_path: Path,
                                                                                      n: int) -> None:
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    newer = [p.replace(b'"briefTitle"', b'"officialAcronym":"V2","briefTitle"', 1) for p in PAGES]
    assert newer != PAGES
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        ct_fetch(srv, tmp_path)
    build(tmp_path)
    manifest = (tmp_path / "manifest.json").read_bytes()
    with LoopbackServer(CtgovApp(newer)) as srv:
        proc = subprocess.run([sys.executable, "-c", KILL_IN_COMMIT, str(tmp_path), srv.url + "/api/v2", str(n)],
                              cwd=ROOT, capture_output=True, timeout=120)
        assert proc.returncode == -signal.SIGKILL
        mixed = [gzip.decompress(b) for b in raw(tmp_path, "ctgov").values()]
        assert (mixed == PAGES) if n == 1 else (mixed != PAGES and mixed != newer)  # from n = 2 on: both runs
        with pytest.raises(StoreError, match="interrupted while moving its files in"):
            build(tmp_path)
        assert (tmp_path / "manifest.json").read_bytes() == manifest
        srv.log.clear()
        r = ct_fetch(srv, tmp_path)  # the same command again finishes the commit, without asking the service
        assert r.records == 12 and [e.path for e in srv.log] == []
    assert [gzip.decompress(b) for b in raw(tmp_path, "ctgov").values()] == newer
    assert build(tmp_path).counts["studies"] == 12
