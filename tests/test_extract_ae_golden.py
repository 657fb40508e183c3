"""A refactor of evidence/extract/adverse.py leaves its outputs alone: ae_findings on the fixed corpus of
tests/ae_golden.py equals the record (issue 22)."""

from __future__ import annotations

import json

import pytest

from tests.ae_golden import RECORD, outputs

_NOW: dict[str, object] = {}


def _now() -> dict[str, object]:
    if not _NOW:
        _NOW.update(json.loads(json.dumps(outputs(), ensure_ascii=False, sort_keys=True)))
    return _NOW


def _record() -> dict[str, object]:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def test_the_record_covers_the_corpus() -> None:
    assert sorted(_record()) == sorted(_now())


def test_the_record_is_not_empty() -> None:
    rec = _record()
    assert sum(len(v[0]) for v in rec.values()) >= 40  # findings
    assert sum(len(v[1]) for v in rec.values()) >= 20  # mentions


@pytest.mark.parametrize("name", sorted(json.loads(RECORD.read_text(encoding="utf-8"))))
def test_outputs_equal_the_record(name: str) -> None:
    assert _now().get(name) == _record()[name], f"{name} changed (if intended: python -m tests.ae_golden --write)"
