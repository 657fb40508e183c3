"""PubMed fetcher against a loopback E-utilities server replaying the real recorded esearch/efetch bodies.

The server enforces NCBI's rate (3/s without a key, 10/s with) by answering 429 above it, and faults are injected.
"""

from __future__ import annotations

import gzip
import logging
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.cli import main
from evidence.http import FetchError
from evidence.sources import pubmed as pm
from evidence.sources import pubmed_ids
from tests.conftest import DATA, FIXTURES
from tests.loopback import Fault, LoopbackServer
from tests.pubmed_app import EFETCH_ERROR, PubmedApp, pubmed_articles

SECRET = "0123456789abcdefSECRETKEY99"
TERM = "(ketamine[tiab] OR esketamine[tiab]) AND depress*[tiab]"
ARTICLES = pubmed_articles()
PMIDS = [p for p, _ in ARTICLES]


def fetch(srv: LoopbackServer, data: Path, api_key: str | None = None, **kw: object) -> pm.RunResult:
    kw.setdefault("client", pm.make_client(api_key, backoff_factor=0.05, timeout=(1.0, 0.5)))
    return pm.fetch_articles(TERM, data, base_url=srv.url, email="dev@example.org", api_key=api_key,
                             batch_size=3, **kw)  # type: ignore[arg-type]


def raw_sets(data: Path) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted((data / "raw" / "pubmed").glob("*.xml.gz"))]


def raw_pmids(data: Path) -> list[str]:
    return [p for body in raw_sets(data) for p in pm.article_ids(body)]


def enforcing(rate: int = 3, app: PubmedApp | None = None) -> LoopbackServer:
    return LoopbackServer(app or PubmedApp(ARTICLES), rate_limit=(rate, 1.0))


def test_esearch_then_batched_efetch_through_history(tmp_path: Path) -> None:
    progress: list[int] = []
    with enforcing() as srv:
        r = fetch(srv, tmp_path, progress=lambda s, d, t: progress.append(d))
        log = srv.log
    assert raw_pmids(tmp_path) == PMIDS  # every article once, in order
    assert all(b"<PubmedArticleSet>" in s for s in raw_sets(tmp_path))
    assert (r.files, r.records, r.requests, r.total) == (3, 8, 4, 8) and progress[-1] == 8
    es, *ef = log
    assert es.path == "/esearch.fcgi" and es.method == "GET"
    assert es.params["term"] == TERM and es.params["usehistory"] == "y" and es.params["db"] == "pubmed"
    for e in log:
        assert e.params["tool"] == pm.TOOL and " " not in pm.TOOL and e.params["email"] == "dev@example.org"
    assert [(e.params["retstart"], e.params["retmax"]) for e in ef] == [("0", "3"), ("3", "3"), ("6", "2")]
    assert all(e.params["WebEnv"] == "MCID_loopback0001" and e.params["query_key"] == "1" for e in ef)
    assert all(e.params["retmode"] == "xml" and e.params["db"] == "pubmed" for e in ef)
    assert srv.count(status=429) == 0 and srv.max_in_window(1.0) <= 3
    esearch = tmp_path / "raw" / "pubmed" / "esearch" / "esearch-00001.xml.gz"
    assert b"<WebEnv>MCID_loopback0001</WebEnv>" in gzip.decompress(esearch.read_bytes())


def test_faults_lose_and_duplicate_nothing_and_rate_is_never_exceeded(tmp_path: Path) -> None:
    with enforcing() as srv:
        srv.script(Fault.http(500), path="esearch")
        srv.script(Fault.ncbi_429(), Fault.http(503), Fault.replace(EFETCH_ERROR), Fault.truncate(), Fault.hang(1.0),
                   Fault.reset(), Fault.html200(), Fault.http(502), path="efetch")
        r = fetch(srv, tmp_path)
        log = srv.log
    assert raw_pmids(tmp_path) == PMIDS and r.records == 8 and r.duplicates == 0
    assert [e.fault for e in log if e.fault] == ["status", "status", "status", "replace", "truncate", "hang",
                                                 "reset", "replace", "status"]  # no 'rate_limit' answers
    assert srv.max_in_window(1.0) <= 3
    i429 = next(i for i, e in enumerate(log) if e.status == 429)
    assert log[i429 + 1].t - log[i429].t >= 0.05  # backed off although NCBI sends no Retry-After


def test_the_api_key_is_sent_but_never_leaks(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app = PubmedApp(ARTICLES)
    with enforcing(10, app) as srv:
        srv.script(Fault.reset(), Fault.http(503), path="efetch")
        client = pm.make_client(SECRET, backoff_factor=0.05, timeout=(1.0, 0.5))  # one limiter for both runs
        r = fetch(srv, tmp_path, api_key=SECRET, client=client)
        srv.script(*[Fault.html200() for _ in range(40)], path="esearch")
        with pytest.raises(FetchError) as err:
            fetch(srv, tmp_path / "other", api_key=SECRET, max_records=3, client=client)
        log = srv.log
    assert r.records == 8 and app.api_keys and set(app.api_keys) == {SECRET}  # it was sent...
    assert all(e.method == "POST" and SECRET not in e.query for e in log)  # ...in the body, never in a URL
    assert srv.max_in_window(1.0) <= 10 and srv.count(status=429) == 0
    assert SECRET not in str(err.value) and SECRET not in caplog.text
    for p in tmp_path.rglob("*"):
        if p.is_file():
            raw = p.read_bytes()
            assert SECRET.encode() not in raw and SECRET.encode() not in (
                gzip.decompress(raw) if p.name.endswith(".gz") or p.name.endswith(".incoming") else b"")


def test_a_lost_webenv_falls_back_to_posting_the_ids(tmp_path: Path) -> None:
    app = PubmedApp(ARTICLES)
    with enforcing(app=app) as srv:
        srv.script(*Fault.burst(503, 30), when=lambda r: r.params.get("retstart") == "3")
        client = pm.make_client(None, retries=1, backoff_factor=0.01)  # one process, one limiter for both runs
        with pytest.raises(FetchError):
            fetch(srv, tmp_path, client=client)
        srv.clear_faults()
        app.forget_webenv = True  # the history server has expired our WebEnv meanwhile
        srv.log.clear()
        r = fetch(srv, tmp_path, client=client)
        log = srv.log
    assert r.resumed and raw_pmids(tmp_path) == PMIDS and r.records == 8
    assert not any(e.path == "/esearch.fcgi" for e in log)  # resumed: no new search
    posted = [e for e in log if e.method == "POST"]
    assert [e.params["id"] for e in posted] == [",".join(PMIDS[3:6]), ",".join(PMIDS[6:])]
    assert len([e for e in log if "WebEnv" in e.params]) == 1  # a forgotten WebEnv is not asked for again
    assert all("id=" not in e.query for e in posted)


def test_an_error_inside_http_200_is_never_zero_results(tmp_path: Path) -> None:
    err_doc = b"<?xml version=\"1.0\"?><eSearchResult><ERROR>Search Backend failed</ERROR></eSearchResult>"
    with LoopbackServer(PubmedApp(ARTICLES)) as srv:
        srv.script(*[Fault.replace(err_doc) for _ in range(40)], path="esearch")
        with pytest.raises(FetchError, match="esearch reported an error: Search Backend failed"):
            fetch(srv, tmp_path, client=pm.make_client(None, retries=1, backoff_factor=0.01))
    assert raw_sets(tmp_path) == []


def test_persistent_error_document_in_efetch_is_reported(tmp_path: Path) -> None:
    app = PubmedApp(ARTICLES)
    app.forget_webenv = True
    with LoopbackServer(app) as srv:  # history lost AND the id fallback answers errors too
        srv.script(*[Fault.replace(EFETCH_ERROR) for _ in range(40)], when=lambda r: "id" in r.params)
        with pytest.raises(FetchError, match="Unable to obtain query"):
            fetch(srv, tmp_path, client=pm.make_client(None, retries=1, backoff_factor=0.01))


def test_real_no_results_answer_gives_zero_without_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    raw = (FIXTURES / "pubmed" / "esearch_no_results_phrase_not_found.xml").read_bytes()
    with LoopbackServer(PubmedApp(ARTICLES, esearch_raw=raw)) as srv:
        r = fetch(srv, tmp_path)
    assert (r.records, r.files, r.total, r.requests) == (0, 0, 0, 1)
    assert "phrase not found: abcXYZ" in caplog.text


def test_max_within_the_10k_window_needs_no_split(tmp_path: Path) -> None:
    raw = (FIXTURES / "pubmed" / "esearch_webenv_querykey.xml").read_bytes()  # real: Count 42249
    webenv = re.search(rb"<WebEnv>([^<]+)</WebEnv>", raw).group(1).decode()  # type: ignore[union-attr]
    with LoopbackServer(PubmedApp(ARTICLES, webenv=webenv, esearch_raw=raw)) as srv:
        r = fetch(srv, tmp_path / "capped", max_records=5)
        log = srv.log
    assert (r.total, r.records, r.files) == (42249, 5, 2)
    assert [e.path for e in log].count("/esearch.fcgi") == 1 and "mindate" not in log[0].params


def test_explicit_id_lists_are_posted(tmp_path: Path) -> None:
    with enforcing() as srv:
        r = pubmed_ids.fetch_pmids(PMIDS + PMIDS[:2], tmp_path, base_url=srv.url, email="dev@example.org", batch_size=5,
                           client=pm.make_client(None))
        log = srv.log
    assert (r.records, r.files, r.requests) == (8, 2, 2)
    assert all(e.method == "POST" and "id" in e.params and e.query == "" for e in log)
    assert sorted(raw_pmids(tmp_path)) == sorted(PMIDS)


def test_cli_fetch_pubmed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "profiles", data / "profiles")
    with enforcing() as srv:
        monkeypatch.setenv("EVIDENCE_PUBMED_BASE_URL", srv.url)
        monkeypatch.setenv("NCBI_EMAIL", "dev@example.org")
        monkeypatch.delenv("NCBI_API_KEY", raising=False)
        code = main(["fetch", "--source", "pubmed", "--data-dir", str(data), "--batch-size", "4"])
        term = srv.log[0].params["term"]
    assert code == 0 and "ketamine[tiab]" in term
    assert "pubmed: 8 of 8 records in 2 files, 3 requests" in capsys.readouterr().out


def test_an_empty_article_set_is_retried_not_taken_as_done(tmp_path: Path) -> None:
    empty = (FIXTURES / "pubmed" / "efetch_2articles_a.xml").read_bytes().split(b"<PubmedArticleSet>")[0] + \
        b"<PubmedArticleSet>\n</PubmedArticleSet>\n"
    with LoopbackServer(PubmedApp(ARTICLES)) as srv:
        srv.script(Fault.replace(empty), path="efetch")
        r = fetch(srv, tmp_path)
        assert [e.fault for e in srv.log if e.fault] == ["replace"]
    assert raw_pmids(tmp_path) == PMIDS and r.records == 8


@pytest.mark.parametrize("name", ["efetch_2articles_a.xml", "efetch_2articles_b.xml",
                                  "efetch_structured_abstract_2018.xml", "efetch_29768149_rct_databank.xml",
                                  "efetch_22663011_rct_databank.xml", "efetch_38011560_ketamine_review.xml"])
def test_fast_article_scan_agrees_with_a_full_parse(name: str) -> None:
    body = (FIXTURES / "pubmed" / name).read_bytes()
    assert pm.article_ids(body) == pm.article_ids_parsed(body) != []
    for cut in (len(body) // 3, len(body) - 30):  # truncated anywhere: reported, never a short list
        with pytest.raises(pm.BadResponse):
            pm.article_ids(body[:cut])


def test_a_set_with_a_book_is_read_like_a_full_parse() -> None:
    # SYNTHETIC: no efetch answer holding a book was recorded; the element names are those of the PubMed DTD
    book = (b'<PubmedBookArticle><BookDocument><PMID Version="1">20301295</PMID><Book><BookTitle>GeneReviews'
            b"</BookTitle></Book></BookDocument><PubmedBookData/></PubmedBookArticle>")
    body = (FIXTURES / "pubmed" / "efetch_2articles_a.xml").read_bytes().replace(
        b"</PubmedArticleSet>", book + b"\n</PubmedArticleSet>")
    assert pm.article_ids(body) == pm.article_ids_parsed(body)
    assert pm.article_ids(body)[-1] == "20301295" and len(pm.article_ids(body)) == 3


def test_raw_batches_are_the_accepted_answers_byte_for_byte(tmp_path: Path) -> None:
    # gzip starts while the scan checks a body: a rejected answer must never be what is staged for its batch
    app = PubmedApp(ARTICLES)
    with LoopbackServer(app) as srv:
        srv.script(Fault.truncate(), Fault.html200(), Fault.replace(b"<PubmedArticleSet>"), path="efetch")
        r = fetch(srv, tmp_path)
        assert srv.pending_faults == 0
    bodies = [b for _, b in ARTICLES]
    assert raw_sets(tmp_path) == [app._set(bodies[i:i + 3]) for i in range(0, len(bodies), 3)]
    assert r.records == 8


def test_cli_with_a_key_leaks_it_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "profiles", data / "profiles")
    caplog.set_level(logging.DEBUG)
    app = PubmedApp(ARTICLES)
    with enforcing(10, app) as srv:
        srv.script(Fault.reset(), Fault.http(503), path="efetch")
        monkeypatch.setenv("EVIDENCE_PUBMED_BASE_URL", srv.url)
        monkeypatch.setenv("NCBI_API_KEY", SECRET)
        ok = main(["-v", "fetch", "--source", "pubmed", "--data-dir", str(data), "--batch-size", "3"])
        echo = b'{"error":"API key invalid","api-key":"' + SECRET.encode() + b'"}'  # an error body echoing the key
        srv.script(Fault.http(400, body=echo), path="esearch")
        failed = main(["-v", "fetch", "--source", "pubmed", "--data-dir", str(data), "--batch-size", "4"])
    out = capsys.readouterr()
    assert ok == 0 and failed == 1 and set(app.api_keys) == {SECRET}
    assert "error: fetch pubmed failed" in out.err
    for text in (out.out, out.err, caplog.text):
        assert SECRET not in text
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name.startswith("efetch-") for p in files)
    for p in files:
        raw = p.read_bytes()
        assert SECRET.encode() not in raw
        if raw[:2] == b"\x1f\x8b":
            assert SECRET.encode() not in gzip.decompress(raw)


_BODIES = [(FIXTURES / "pubmed" / n).read_bytes() for n in ("efetch_2articles_a.xml", "efetch_2articles_b.xml",
                                                            "efetch_22663011_rct_databank.xml")]


@settings(max_examples=60)
@given(which=st.integers(0, len(_BODIES) - 1), frac=st.floats(0.0, 1.0, exclude_max=True))
def test_any_truncated_batch_is_rejected_never_shortened(which: int, frac: float) -> None:
    body = _BODIES[which].rstrip()
    cut = body[: int(len(body) * frac)]
    with pytest.raises(pm.BadResponse):
        pm.article_ids(cut)


@settings(max_examples=60)
@given(which=st.integers(0, len(_BODIES) - 1), data=st.data())
def test_the_fast_scan_agrees_with_a_full_parse_on_mangled_batches(which: int, data: st.DataObject) -> None:
    body = _BODIES[which]
    i = data.draw(st.integers(0, len(body) - 1))
    j = data.draw(st.integers(i, min(len(body), i + 200)))
    mangled = body[:i] + data.draw(st.binary(max_size=20)) + body[j:]
    try:
        full: list[str] | None = pm.article_ids_parsed(mangled)
    except pm.BadResponse:
        full = None
    try:
        fast: list[str] | None = pm.article_ids(mangled)
    except pm.BadResponse:
        fast = None
    if full is not None:
        assert fast == full  # whenever the batch is well-formed, the scan reads exactly what a parser reads
    assert fast is None or len(fast) <= len(pm.article_ids(body))


def test_an_empty_answer_never_replaces_a_snapshot(tmp_path: Path) -> None:
    with LoopbackServer(PubmedApp(ARTICLES)) as srv:
        fetch(srv, tmp_path)
    before = raw_sets(tmp_path)
    raw = (FIXTURES / "pubmed" / "esearch_no_results_phrase_not_found.xml").read_bytes()
    with LoopbackServer(PubmedApp(ARTICLES, esearch_raw=raw)) as srv:
        r = fetch(srv, tmp_path)
    assert r.records == 0 and raw_sets(tmp_path) == before and len(before) == 3
