"""PubMed XML parser: fields equal the recorded efetch fixtures; bad articles skipped; entities never expanded."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from evidence import schema
from evidence.parse.detect import detect_kind
from evidence.parse.pubmed import parse_pubmed_xml, pub_design

FIX = Path(__file__).parent / "fixtures" / "pubmed"
EFETCH = sorted(p.name for p in FIX.glob("efetch_*.xml"))


def raw(name: str) -> bytes:
    return (FIX / name).read_bytes()


@functools.cache
def table(name: str) -> pd.DataFrame:
    res = parse_pubmed_xml(raw(name), name)
    assert res.warnings == [] and res.skipped == 0
    return res.tables["publications"]


def row(name: str, pmid: str) -> pd.Series:
    t = table(name)
    return t[t.pmid == pmid].iloc[0]


def articles(name: str) -> list[etree._Element]:
    """The fixture's articles read by plain lxml, as the independent reference for expected values."""
    return etree.fromstring(raw(name), etree.XMLParser(load_dtd=False, no_network=True)).findall("PubmedArticle")


@pytest.mark.parametrize("name", EFETCH)
def test_fields_equal_the_fixture_xml(name: str) -> None:
    t = table(name)
    schema.validate("publications", t)
    refs = articles(name)
    assert list(t.pmid) == [a.findtext("MedlineCitation/PMID") for a in refs]
    for a in refs:
        r = row(name, a.findtext("MedlineCitation/PMID"))
        art = a.find("MedlineCitation/Article")
        assert list(r.pub_types) == [p.text for p in art.iterfind("PublicationTypeList/PublicationType")]
        assert list(r.mesh) == [
            d.text for d in a.iterfind("MedlineCitation/MeshHeadingList/MeshHeading/DescriptorName")
        ]
        assert (
            list(r.authors)[:1]
            == [f"{au.findtext('LastName')} {au.findtext('Initials')}" for au in art.iterfind("AuthorList/Author")][:1]
        )
        assert r.language == art.findtext("Language")
        assert r.journal == art.findtext("Journal/Title")
        texts = [x for x in art.iterfind("Abstract/AbstractText") if "".join(x.itertext()).strip()]
        assert len(r.abstract_sections) == len(texts)
        for sec, x in zip(r.abstract_sections, texts, strict=True):
            body = " ".join("".join(x.itertext()).split())
            assert sec == (f"{x.get('Label')}: {body}" if x.get("Label") else body)
        assert r.ref_id == f"PMID:{r.pmid}" and r.source_url == f"https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/"
        assert r.source_kind == "abstract"


@pytest.mark.parametrize(
    "name, pmid, column, expected",
    [
        ("efetch_22663011_rct_databank.xml", "22663011", "nct_ids", ["NCT01245062"]),
        ("efetch_22663011_rct_databank.xml", "22663011", "study_id", "NCT01245062"),
        ("efetch_22663011_rct_databank.xml", "22663011", "doi", "10.1056/NEJMoa1203421"),
        ("efetch_22663011_rct_databank.xml", "22663011", "year", 2012),
        ("efetch_22663011_rct_databank.xml", "22663011", "design", "rct"),
        ("efetch_22663011_rct_databank.xml", "22663011", "authors", None),
        ("efetch_29768149_rct_databank.xml", "29768149", "nct_ids", ["NCT02149199"]),
        ("efetch_29768149_rct_databank.xml", "29768149", "study_id", "NCT02149199"),
        ("efetch_29768149_rct_databank.xml", "29768149", "design", "rct"),
        (
            "efetch_structured_abstract_2018.xml",
            "27797938",
            "title",
            "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.",
        ),
        ("efetch_structured_abstract_2018.xml", "27797938", "year", 2017),
        ("efetch_structured_abstract_2018.xml", "27797938", "design", "observational"),
        ("efetch_structured_abstract_2018.xml", "27797938", "doi", "10.1136/gutjnl-2016-312510"),
        ("efetch_2articles_a.xml", "12091962", "year", 1990),
        ("efetch_2articles_a.xml", "12091962", "abstract", None),
        ("efetch_2articles_a.xml", "12091962", "design", "review"),
        ("efetch_2articles_a.xml", "12091962", "study_id", "PMID:12091962"),
        ("efetch_2articles_a.xml", "9997", "doi", "10.1016/0005-2795(76)90109-4"),
        ("efetch_38011560_ketamine_review.xml", "38011560", "doi", "10.1073/pnas.2305772120"),
        ("efetch_38011560_ketamine_review.xml", "38011560", "design", "review"),
        ("efetch_38011560_ketamine_review.xml", "38011560", "year", 2023),
    ],
)
def test_field_cases(name: str, pmid: str, column: str, expected: object) -> None:
    value = row(name, pmid)[column]
    if column == "authors":
        assert list(value)[:3] == ["Flaherty KT", "Robert C", "Hersey P"]
    elif isinstance(expected, list):
        assert list(value) == expected
    elif expected is None:
        assert pd.isna(value)
    else:
        assert value == expected


@pytest.mark.parametrize(
    "name, labels",
    [
        ("efetch_22663011_rct_databank.xml", ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]),
        ("efetch_structured_abstract_2018.xml", ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]),
        ("efetch_29768149_rct_databank.xml", ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]),
    ],
)
def test_structured_abstract_sections(name: str, labels: list[str]) -> None:
    r = table(name).iloc[0]
    assert [s.split(": ", 1)[0] for s in r.abstract_sections] == labels
    assert r.abstract.splitlines() == list(r.abstract_sections)
    ref = articles(name)[0].findall("MedlineCitation/Article/Abstract/AbstractText")
    # Inline markup (<i>, <sup>, <sub>) is flattened: the text equals lxml's itertext of the element.
    for sec, el in zip(r.abstract_sections, ref, strict=True):
        assert sec.split(": ", 1)[1] == " ".join("".join(el.itertext()).split())


def test_inline_markup_is_in_the_fixture() -> None:
    assert b"<i>TERT</i>" in raw("efetch_structured_abstract_2018.xml")


def test_doi_is_never_taken_from_reference_list() -> None:
    data = raw("efetch_38011560_ketamine_review.xml")
    assert data.count(b'IdType="doi"') > 3  # the references carry many dois
    # Remove the article's own doi (ArticleIdList and ELocationID): no reference doi may take its place.
    doc = etree.fromstring(data, etree.XMLParser(load_dtd=False, no_network=True))
    for el in doc.xpath('//PubmedData/ArticleIdList/ArticleId[@IdType="doi"] | //Article/ELocationID[@EIdType="doi"]'):
        el.getparent().remove(el)
    res = parse_pubmed_xml(etree.tostring(doc), "no-own-doi")
    assert pd.isna(res.tables["publications"].iloc[0].doi)
    assert len(doc.xpath('//ReferenceList//ArticleId[@IdType="doi"]')) > 0


@pytest.mark.parametrize(
    "medline_date, year",
    [("1998 Dec-1999 Jan", 1998), ("2000 Spring", 2000), ("Winter 2015-2016", 2015), ("unknown", None)],
)
def test_medline_date(medline_date: str, year: int | None) -> None:
    data = raw("efetch_2articles_a.xml").replace(
        b"<PubDate><Year>1990</Year><Season>Spring</Season></PubDate>",
        f"<PubDate><MedlineDate>{medline_date}</MedlineDate></PubDate>".encode(),
    )
    r = parse_pubmed_xml(data, "medline").tables["publications"].iloc[0]
    assert r.pmid == "12091962"
    assert (None if pd.isna(r.year) else r.year) == year


def test_nct_ids_from_abstract_text_too() -> None:
    data = raw("efetch_2articles_a.xml").replace(b"Electron paramagnetic", b"(NCT01234567; nct07654321) Electron")
    r = parse_pubmed_xml(data, "nct").tables["publications"]
    assert list(r[r.pmid == "9997"].iloc[0].nct_ids) == ["NCT01234567", "NCT07654321"]
    assert r[r.pmid == "9997"].iloc[0].study_id == "NCT01234567"


def batch(names: list[str]) -> bytes:
    """One PubmedArticleSet holding every article of the given fixtures, serialised compactly like efetch."""
    parts = [etree.tostring(a) for n in names for a in articles(n)]
    return b"<?xml version='1.0'?>\n<PubmedArticleSet>" + b"".join(parts) + b"</PubmedArticleSet>"


def test_one_malformed_article_is_skipped_rest_kept() -> None:
    data = batch(EFETCH)
    broken = re.sub(rb"<PMID Version=\"1\">9997</PMID>", b"", data, count=1)
    res = parse_pubmed_xml(broken, "batch")
    assert res.skipped == 1
    assert "9997" not in set(res.tables["publications"].pmid)
    assert len(res.tables["publications"]) == len(parse_pubmed_xml(data, "b").tables["publications"]) - 1
    assert any("PMID" in w for w in res.warnings)


def test_syntax_error_in_one_article_costs_only_that_article() -> None:
    data = batch(EFETCH)
    full = parse_pubmed_xml(data, "b").tables["publications"]
    # Break the XML of the third article (an unclosed element): the articles after it must survive.
    third = [m.start() for m in re.finditer(rb"<PubmedArticle>", data)][2]
    at = data.index(b"<ArticleTitle>", third)
    broken = data[:at] + b"<ArticleTitle><b>unclosed" + data[at + len(b"<ArticleTitle>") :]
    res = parse_pubmed_xml(broken, "broken")
    got = res.tables["publications"]
    assert res.skipped == 1
    assert list(got.pmid) == [p for i, p in enumerate(full.pmid) if i != 2]
    assert any("article #3 skipped" in w for w in res.warnings)


def test_truncated_xml_keeps_complete_articles_and_reports() -> None:
    data = batch(EFETCH)
    ends = [m.end() for m in re.finditer(rb"</PubmedArticle>", data)]
    cut = data[: ends[3] + 200]  # mid-way through the fifth article
    res = parse_pubmed_xml(cut, "cut")
    assert len(res.tables["publications"]) == 4
    assert any("truncated" in w for w in res.warnings)


def test_detect_kind_on_fixtures() -> None:
    import gzip

    for name in EFETCH:
        assert detect_kind(raw(name)) == "pubmed"
        assert detect_kind(gzip.compress(raw(name))) == "pubmed"
    with pytest.raises(ValueError, match="esearch"):
        detect_kind(raw("esearch_json_3hits.json"))
    with pytest.raises(ValueError, match="eSearchResult"):
        detect_kind(raw("esearch_webenv_querykey.xml"))
    with pytest.raises(ValueError, match="HTML"):
        detect_kind(b"<!DOCTYPE html><html><body>Service unavailable</body></html>")
    with pytest.raises(ValueError, match="error document"):
        detect_kind(b"<?xml version='1.0'?><eFetchResult><ERROR>Empty result</ERROR></eFetchResult>")


@pytest.mark.parametrize(
    "types, text, design",
    [
        (["Meta-Analysis", "Review"], "", "meta_analysis"),
        (["Systematic Review", "Review"], "", "systematic_review"),
        (
            ["Randomized Controlled Trial"],
            "A randomized, double-blind, placebo-controlled crossover trial",
            "crossover_rct",
        ),
        (["Randomized Controlled Trial"], "Patients who progressed could cross over to the other drug", "rct"),
        (["Review"], "randomized crossover trials were reviewed", "review"),
        (["Case Reports"], "", "case_series"),
        (["Observational Study"], "", "observational"),
        (["Clinical Trial Protocol"], "", "protocol"),
        (["Journal Article"], "", "other"),
    ],
)
def test_design_from_publication_types(types: list[str], text: str, design: str) -> None:
    assert pub_design(types, text) == design


# --- security: entity expansion and external entities -------------------------------------------------------------

LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))


def _article(title: str) -> bytes:
    return (
        "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        f"<ArticleTitle>{title}</ArticleTitle><Abstract><AbstractText>{title}</AbstractText></Abstract>"
        "</Article></MedlineCitation></PubmedArticle>"
    ).encode()


def test_billion_laughs_is_not_expanded() -> None:
    doc = (
        b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY lol0 "lol">'
        + LAUGHS.encode()
        + b"]><PubmedArticleSet>"
        + _article("a &lol9; b")
        + b"</PubmedArticleSet>"
    )
    res = parse_pubmed_xml(doc, "laughs")  # returns at once, with a warning instead of 10^9 "lol"s
    for t in res.tables["publications"].title.dropna():
        assert "lollol" not in t
    assert len(res.tables["publications"]) == 0 or res.tables["publications"].title.str.len().max() < 100


def test_small_internal_entities_are_not_expanded_either() -> None:
    doc = (
        b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x "EXPANDED">]><PubmedArticleSet>'
        + _article("a &x; b")
        + b"</PubmedArticleSet>"
    )
    t = parse_pubmed_xml(doc, "internal").tables["publications"]
    assert "EXPANDED" not in t.iloc[0].title


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        _Counter.hits.append(self.path)
        body = b'<!ENTITY leak "NETWORK-LEAK">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_external_entities_and_dtd_are_never_fetched(tmp_path: Path, server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-FILE-CONTENT")
    doc = (
        (
            f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet SYSTEM "{server}/pubmed.dtd" ['
            f'<!ENTITY xxe SYSTEM "{secret.as_uri()}"><!ENTITY net SYSTEM "{server}/entity">'
            f'<!ENTITY % pe SYSTEM "{server}/param"> %pe;]><PubmedArticleSet>'
        ).encode()
        + _article("t &xxe; &net; &leak;")
        + b"</PubmedArticleSet>"
    )
    res = parse_pubmed_xml(doc, "xxe")
    text = res.tables["publications"].to_json()
    assert "TOPSECRET" not in text and "NETWORK-LEAK" not in text
    assert _Counter.hits == []
    assert len(res.tables["publications"]) + len(res.warnings) >= 1  # it either parsed safely or said why not
