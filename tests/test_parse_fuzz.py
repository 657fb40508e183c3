"""Fuzzing the parsers (hypothesis): random and mutated real records never raise; damage is reported per record."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence import schema
from evidence.parse.ctgov import parse_document
from evidence.parse.pubmed import parse_pubmed_xml
from evidence.parse.raw import parse_bytes

FIX = Path(__file__).parent / "fixtures"
# Real records small enough to mutate quickly (the 1.5 MB PALLAS record is covered by the value tests).
CTGOV_FILES = [
    "study_NCT02210780_results.json",
    "study_NCT00763412_results_no_ae_terms.json",
    "study_NCT05594173_results.json",
    "search_page_full_2studies.json",
    "search_fields_page1_totalCount.json",
]
CTGOV_DOCS = {n: json.loads((FIX / "ctgov" / n).read_text()) for n in CTGOV_FILES}
PUBMED_BYTES = {p.name: p.read_bytes() for p in sorted((FIX / "pubmed").glob("efetch_*.xml"))}
FUZZ = settings(max_examples=100)
# Each CT.gov example builds four pandas tables (~40 ms): fewer examples keep the file within the time budget.
FUZZ_CTGOV = settings(FUZZ, max_examples=50)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(["\ud800", "\\[18%\\]", "<b>x</b>", "NA", "<0.0001", "NCT01234567", "1,234", "RANDOMIZED"])
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=25,
)


def paths(obj: object, prefix: tuple = ()) -> list[tuple]:
    """Every key/index path into a JSON value."""
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.extend(paths(v, (*prefix, k)))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.extend(paths(v, (*prefix, i)))
    return out


PATHS = {n: paths(d)[1:] for n, d in CTGOV_DOCS.items()}


def check_tables(result) -> None:
    for name, df in result.tables.items():
        schema.validate(name, df)
    assert result.skipped <= sum("skipped" in w or "dropped" in w for w in result.warnings)  # every skip says why


@FUZZ_CTGOV
@given(doc=json_values)
def test_random_json_never_raises(doc: object) -> None:
    check_tables(parse_document(doc, "random"))


@FUZZ_CTGOV
@given(
    doc=st.dictionaries(
        st.sampled_from(["studies", "protocolSection", "resultsSection", "hasResults"]), json_values, max_size=4
    )
)
def test_random_ctgov_shaped_json_never_raises(doc: dict) -> None:
    check_tables(parse_document(doc, "random-shaped"))


@FUZZ_CTGOV
@given(data=st.data(), name=st.sampled_from(CTGOV_FILES))
def test_mutated_real_ctgov_records(data: st.DataObject, name: str) -> None:
    doc = copy.deepcopy(CTGOV_DOCS[name])
    for _ in range(data.draw(st.integers(1, 6))):
        path = data.draw(st.sampled_from(PATHS[name]))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = data.draw(st.sampled_from(["drop", "replace", "wrap"]))
            if action == "drop":
                del parent[path[-1]]
            elif action == "replace":
                parent[path[-1]] = data.draw(json_values)
            else:
                parent[path[-1]] = [parent[path[-1]]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    result = parse_document(doc, name)
    check_tables(result)
    n_items = len(doc["studies"]) if isinstance(doc.get("studies"), list) else 1
    assert len(result.tables["studies"]) + result.skipped <= n_items


@FUZZ
@given(name=st.sampled_from(CTGOV_FILES), frac=st.floats(0, 1))
def test_truncated_ctgov_bytes_give_a_clear_error(name: str, frac: float) -> None:
    data = (FIX / "ctgov" / name).read_bytes()
    cut = data[: int(len(data) * frac)]
    try:
        kind, result = parse_bytes(cut, name)
    except ValueError as exc:
        assert str(exc)  # a clear message, not a crash
        return
    assert kind == "ctgov"
    check_tables(result)


@FUZZ
@given(name=st.sampled_from(sorted(PUBMED_BYTES)), frac=st.floats(0, 1))
def test_truncated_pubmed_keeps_complete_articles(name: str, frac: float) -> None:
    data = PUBMED_BYTES[name]
    cut = data[: int(len(data) * frac)]
    full = parse_pubmed_xml(data, name).tables["publications"]
    result = parse_pubmed_xml(cut, name)
    check_tables(result)
    got = result.tables["publications"]
    complete = cut.count(b"</PubmedArticle>")
    assert len(got) == min(complete, len(full))
    assert list(got.pmid) == list(full.pmid[: len(got)])
    if len(cut) < len(data.rstrip()):
        assert result.warnings  # the truncation is reported


def _mutate_xml(data: bytes, draw) -> bytes:
    text = data.decode("utf-8")
    tags = sorted(set(re.findall(r"<([A-Za-z]+)[ >]", text)))
    for _ in range(draw(st.integers(1, 5))):
        tag = draw(st.sampled_from(tags))
        action = draw(st.sampled_from(["drop", "empty", "garble", "dup"]))
        pattern = re.compile(rf"<{tag}(?: [^>]*)?>.*?</{tag}>", re.DOTALL)
        m = pattern.search(text)
        if not m:
            continue
        repl = {
            "drop": "",
            "empty": f"<{tag}></{tag}>",
            "garble": f"<{tag}>{draw(st.text(max_size=20)).replace('&', '&amp;').replace('<', '&lt;')}</{tag}>",
            "dup": m.group(0) * 2,
        }[action]
        text = text[: m.start()] + repl + text[m.end() :]
    return text.encode("utf-8")


@FUZZ
@given(data=st.data(), name=st.sampled_from(sorted(PUBMED_BYTES)))
def test_mutated_real_pubmed_articles(data: st.DataObject, name: str) -> None:
    mutated = _mutate_xml(PUBMED_BYTES[name], data.draw)
    result = parse_pubmed_xml(mutated, name)
    check_tables(result)
    for pmid in result.tables["publications"].pmid:
        assert pmid.isdigit()


@FUZZ
@given(blob=st.binary(max_size=300))
def test_random_bytes(blob: bytes) -> None:
    check_tables(parse_pubmed_xml(blob, "bytes"))
    with pytest.raises(ValueError):
        parse_bytes(b"\x00" + blob, "bytes")  # neither kind: always a clear ValueError
