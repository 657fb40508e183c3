"""`python -m evidence claims` prints what the Claim check tab renders: the same claims, verdicts, summaries, caveats,
numbers and row ids, for the same filters (the tab through streamlit's AppTest)."""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd
import pytest

from evidence import claims
from evidence.cli import main
from tests.app_support import start
from tests.conftest import DATA


def cli(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> bytes:
    assert main(["claims", "--data-dir", str(DATA), *args]) == 0
    return capsysbinary.readouterr().out


def _plain(v: object) -> object:
    return None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else v


def tab(query: dict[str, str]) -> tuple[list[dict[str, object]], list[pd.DataFrame]]:
    """The Claim check tab as drawn: per claim its text, verdict, summary and caveats; and the evidence tables."""
    at = start({**query, "tab": "Claim check"})
    md = [m.value for m in at.markdown]
    titles = [re.sub(r"\\(.)", r"\1", m[2:-2]) for m in md if m.startswith("**") and m.endswith("**")]
    verdicts = [re.sub(r"\\(.)", r"\1", re.search(r"-badge\[(.*)\]$", m).group(1))  # type: ignore[union-attr]
                for m in md if m.startswith("Verdict: ")]
    texts = [t.value for t in at.text if not t.value.startswith("Active filters")]
    out, i = [], 0
    for title, verdict in zip(titles, verdicts, strict=True):
        summary, caveats = texts[i], []
        i += 1
        while i < len(texts) and texts[i].startswith("Caveat: "):
            caveats.append(texts[i][len("Caveat: "):])
            i += 1
        out.append({"claim": title, "verdict": verdict, "summary": summary, "caveats": caveats})
    assert i == len(texts)
    return out, [d.value for d in at.dataframe if "row_id" in d.value.columns]


@pytest.mark.parametrize("query,flags", [({}, []), ({"routes": "intravenous"}, ["--route", "intravenous"])],
                         ids=["all", "intravenous"])
def test_cli_json_equals_the_tab(capsysbinary: pytest.CaptureFixture[bytes], query: dict[str, str],
                                 flags: list[str]) -> None:
    doc = json.loads(cli(capsysbinary, "--format", "json", *flags))
    printed = doc["claims"]
    drawn, shown_frames = tab(query)
    assert [c["claim"] for c in printed] == [c["claim"] for c in drawn]
    assert len(printed) == len(claims.DEFAULT_CLAIMS)
    assert len(shown_frames) == sum(1 for c in printed if c["evidence"])
    frames = iter(shown_frames)
    for p, d in zip(printed, drawn, strict=True):
        assert (p["verdict"], p["summary"], p["caveats"]) == (d["verdict"], d["summary"], d["caveats"]), p["claim_id"]
        if not p["evidence"]:
            continue
        shown = next(frames)
        assert list(shown.columns) == claims.EVIDENCE_COLUMNS
        rows = [{k: _plain(v) for k, v in r.items()} for r in shown.astype(object).to_dict("records")]
        assert rows == p["evidence"], p["claim_id"]
    if query:
        approval = next(c for c in printed if c["claim_id"] == "nasal_spray_approved_trd")
        assert approval["verdict"] == claims.SUPPORTED and "excludes the nasal spray" in approval["summary"]


def test_cli_csv_has_the_same_rows_as_the_json(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    doc = json.loads(cli(capsysbinary, "--format", "json"))
    text = cli(capsysbinary, "--format", "csv").decode("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("# ")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    assert list(rows[0]) == claims.FLAT_COLUMNS
    expected = [(c["claim_id"], c["verdict"], e["row_id"]) for c in doc["claims"] for e in c["evidence"]]
    expected += [(c["claim_id"], c["verdict"], "") for c in doc["claims"] if not c["evidence"]]
    got = [(r["claim_id"], r["verdict"], r["row_id"]) for r in rows]
    assert sorted(got) == sorted(expected) and len(got) == len(expected)


def test_cli_filters_and_claim_selection(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    doc = json.loads(cli(capsysbinary, "--route", "oral", "--claim", "works_within_hours"))
    assert [c["claim_id"] for c in doc["claims"]] == ["works_within_hours"]
    assert doc["claims"][0]["verdict"] == claims.NOT_ESTABLISHED
    assert doc["header"]["filters"] == "routes=oral"
    assert main(["claims", "--data-dir", str(DATA), "--claim", "nope"]) == 2
