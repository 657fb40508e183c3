"""The held-out accuracy the dashboard shows: re-scored with the current rules, read back safely, drawn in the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evidence.extract import accuracy

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "evidence" / "extract" / "heldout_accuracy.json"


def _rescore() -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from benchmarks import extraction_blind

    records = extraction_blind.load_records()
    held = extraction_blind.heldout_splits({r["split"] for r in records})
    return extraction_blind.heldout_accuracy([r for r in records if r["split"] in held], held)


def test_the_shipped_figures_are_those_of_the_current_rules() -> None:
    """A rule change that moves a held-out score must rewrite the file the dashboard shows (command in the message)."""
    shipped = json.loads(FILE.read_text(encoding="utf-8"))
    assert shipped == _rescore(), ("evidence/extract/heldout_accuracy.json is stale: run "
                                   "python benchmarks/extraction_blind.py --write-accuracy "
                                   "evidence/extract/heldout_accuracy.json")


def test_only_held_out_splits_are_scored() -> None:
    shipped = accuracy.from_dict(json.loads(FILE.read_text(encoding="utf-8")))
    labels = json.loads((ROOT / "tests/fixtures/extraction_blind/labels.json").read_text(encoding="utf-8"))
    held = sorted({r["split"] for r in labels if r["split"].startswith("untouched")})
    assert list(shipped.splits) == held and held
    assert shipped.abstracts == sum(1 for r in labels if r["split"] in held)
    assert {f.field for f in shipped.fields} == set(accuracy.FIELDS)


SCORER_RESULT = {
    "abstracts": 10,
    "table": [
        {"field": "drug", "precision": 1.0, "recall": 0.9, "f1": 0.947, "exact": 0.9, "n": 10},
        {"field": "route, label named in abstract", "precision": 1.0, "recall": 1.0, "f1": 1.0, "exact": 1.0, "n": 9},
        {"field": "population", "precision": 0.5, "recall": 0.5, "f1": 0.5, "exact": 0.5, "n": 10},
        {"field": "design", "precision": None, "recall": None, "f1": None, "exact": 0.8, "n": 10},
        {"field": "onset", "precision": 0.5, "recall": 0.25, "f1": 0.3333333, "exact": None, "n": 4, "predicted": 2},
    ],
    "intervals": {"design": (0.6, 1.0), "onset": (0.0, 0.6666667)},
    "off_topic": (3, 1, ["x: 1"]),
}


@pytest.mark.parametrize(("field", "score", "met", "low"), [
    ("drug", 0.947, False, None),   # F1 for a set field, below its 0.95 target
    ("design", 0.8, False, 0.6),    # accuracy, not F1, for a single-valued field
    ("onset", 0.333, False, 0.0),   # F1 of findings, rounded to 3 places
])
def test_scores_take_the_metric_of_their_field(field: str, score: float, met: bool, low: float | None) -> None:
    acc = accuracy.from_scores(SCORER_RESULT, ["untouched9"])
    f = acc.field(field)
    assert f is not None and f.score == score and f.met is met and f.low == low


def test_sub_scores_and_population_are_not_shown_and_the_record_round_trips() -> None:
    acc = accuracy.from_scores(SCORER_RESULT, ["untouched9"])
    assert [f.field for f in acc.fields] == ["drug", "design", "onset"]
    assert accuracy.from_dict(json.loads(json.dumps(accuracy.to_dict(acc)))) == acc
    assert acc.off_topic == 3 and acc.off_topic_hits == 1
    head = acc.headline()
    assert "On 10 real abstracts nobody tuned the rules on (untouched9)" in head
    assert "onset F1 0.33 (4 labelled values)" in head and "Fields at their target: 0 of 3" in head
    assert "1 clinical values read from 3 off-topic abstracts" in head
    frame = acc.to_frame()
    assert list(frame["field"]) == ["Drug (ketamine / esketamine / arketamine)", "Study design",
                                    "Onset (first significant visit)"]
    assert list(frame["95% interval"]) == ["", "0.60-1.00", "0.00-0.67"]


@pytest.mark.parametrize("bad", [
    None, [], {"fields": "x"}, {"fields": [{"score": 0.5}]}, {"fields": [{"field": "drug", "score": "high"}]},
    {"fields": [{"field": "drug", "score": True}]}, {"fields": [{"field": "drug", "labels": "many"}]},
])
def test_a_malformed_file_is_a_clear_error(bad: object) -> None:
    with pytest.raises(ValueError):
        accuracy.from_dict(bad)


def _page_with(text: str) -> None:  # runs inside Streamlit's AppTest
    from evidence.app import extraction_check

    extraction_check.render_accuracy(text)


def test_the_data_tab_shows_the_shipped_held_out_figures() -> None:
    from tests.app_support import start

    shipped = accuracy.from_dict(json.loads(FILE.read_text(encoding="utf-8")))
    at = start({"tab": "Data"})
    assert not at.exception
    assert shipped.headline() in [t.value for t in at.text]
    assert "Accuracy on abstracts the rules were never tuned on" in [s.value for s in at.subheader]
    table = next(d.value for d in at.dataframe if "target met" in d.value.columns)
    assert list(table["score"]) == [f.score for f in sorted(shipped.fields, key=lambda f: list(accuracy.FIELDS)
                                                            .index(f.field))]


def test_a_broken_accuracy_file_warns_instead_of_crashing() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_page_with, args=("{not json",), default_timeout=60).run()
    assert not at.exception
    assert at.warning and "treat every automatically extracted value as unverified" in at.warning[0].value
