"""The extractor's measured accuracy on abstracts nobody tuned its rules on, as a typed record the app can show.

The figures come from `python benchmarks/extraction_blind.py --write-accuracy` (the held-out `untouched*` splits of
the blind-labelled set, scored with the repo's scorer) and are kept in `heldout_accuracy.json` next to this module;
a test re-scores them with the current code, so what the dashboard shows is never older than the rules. This
module only converts between that JSON and the record: no file, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

#: field of the scorer -> (what a reader calls it, metric, the issue's target)
FIELDS: dict[str, tuple[str, str, float]] = {
    "drug": ("Drug (ketamine / esketamine / arketamine)", "F1", 0.95),
    "route": ("Route of administration", "F1", 0.95),
    "design": ("Study design", "accuracy", 0.95),
    "N (n_randomized)": ("Number of participants (N)", "accuracy", 0.95),
    "response_rate": ("Response rate (value and visit)", "F1", 0.85),
    "remission_rate": ("Remission rate (value and visit)", "F1", 0.85),
    "onset": ("Onset (first significant visit)", "F1", 0.85),
    "adverse_event": ("Side-effect rate", "F1", 0.85),
}


@dataclass(frozen=True)
class FieldAccuracy:
    """One field's score on held-out text, with its 95% bootstrap interval and how many labels it rests on."""

    field: str
    score: float | None
    precision: float | None
    recall: float | None
    labels: int
    predicted: int | None
    low: float | None
    high: float | None

    @property
    def label(self) -> str:
        """The field as a reader would name it."""
        return FIELDS.get(self.field, (self.field, "", 0.0))[0]

    @property
    def metric(self) -> str:
        """F1 for sets and findings, accuracy for the single-valued design and N."""
        return FIELDS.get(self.field, ("", "F1", 0.0))[1]

    @property
    def target(self) -> float:
        """The score the project set itself for this field."""
        return FIELDS.get(self.field, ("", "", 0.95))[2]

    @property
    def met(self) -> bool | None:
        """Whether the target is reached (None when the field could not be scored)."""
        return None if self.score is None else self.score >= self.target


@dataclass(frozen=True)
class ExtractionAccuracy:
    """How well automatic extraction did on abstracts its rules were never tuned on."""

    splits: tuple[str, ...]
    abstracts: int
    off_topic: int
    off_topic_hits: int
    fields: tuple[FieldAccuracy, ...]

    def field(self, name: str) -> FieldAccuracy | None:
        """The score of one field, if measured."""
        return next((f for f in self.fields if f.field == name), None)

    def headline(self) -> str:
        """One sentence a clinician can weigh an `auto` value by."""
        parts = []
        for name in ("response_rate", "remission_rate", "onset"):
            f = self.field(name)
            if f is not None and f.score is not None:
                parts.append(f"{f.label.split(' (')[0].lower()} F1 {f.score:.2f} ({f.labels} labelled values)")
        met = sum(1 for f in self.fields if f.met)
        return (f"On {self.abstracts} real abstracts nobody tuned the rules on ({', '.join(self.splits)}): "
                + "; ".join(parts) + f". Fields at their target: {met} of {len(self.fields)}; "
                f"{self.off_topic_hits} clinical values read from {self.off_topic} off-topic abstracts.")

    def to_frame(self) -> pd.DataFrame:
        """One row per field, in the order a reader scans them."""
        order = {name: i for i, name in enumerate(FIELDS)}
        rows = sorted(self.fields, key=lambda f: order.get(f.field, len(order)))
        return pd.DataFrame({
            "field": [f.label for f in rows],
            "metric": [f.metric for f in rows],
            "score": [f.score for f in rows],
            "95% interval": ["" if f.low is None or f.high is None else f"{f.low:.2f}-{f.high:.2f}" for f in rows],
            "precision": [f.precision for f in rows],
            "recall": [f.recall for f in rows],
            "labelled": [f.labels for f in rows],
            "target": [f.target for f in rows],
            "target met": ["" if f.met is None else ("yes" if f.met else "no") for f in rows],
        })


def _num(x: object) -> float | None:
    """A score as a float rounded for display and comparison, or None."""
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float, str)):
        raise ValueError(f"not a score: {x!r}")
    return round(float(x), 3)


def from_scores(result: Mapping[str, object], splits: Sequence[str]) -> ExtractionAccuracy:
    """The record for one scorer result (benchmarks/extraction_eval.evaluate_records + off-topic + intervals)."""
    table = result.get("table")
    if not isinstance(table, list):
        raise ValueError("scorer result has no 'table' list")
    intervals = result.get("intervals") or {}
    if not isinstance(intervals, Mapping):
        raise ValueError("scorer result's 'intervals' is not a mapping")
    fields = []
    for row in table:
        name = str(row["field"])
        if name not in FIELDS:
            continue  # sub-scores (e.g. 'route, label named in abstract') and population are not shown
        f1, exact = row.get("f1"), row.get("exact")
        iv = intervals.get(name)
        fields.append(FieldAccuracy(
            field=name, score=_num(f1 if FIELDS[name][1] == "F1" else exact),
            precision=_num(row.get("precision")), recall=_num(row.get("recall")), labels=int(row.get("n") or 0),
            predicted=None if row.get("predicted") is None else int(row["predicted"]),
            low=None if iv is None else _num(iv[0]), high=None if iv is None else _num(iv[1])))
    off = result.get("off_topic") or (0, 0, [])
    if not isinstance(off, Sequence) or len(off) < 2:
        raise ValueError("scorer result's 'off_topic' is not (abstracts, hits, ...)")
    abstracts = result.get("abstracts") or 0
    if not isinstance(abstracts, int):
        raise ValueError("scorer result's 'abstracts' is not a count")
    return ExtractionAccuracy(splits=tuple(splits), abstracts=abstracts,
                              off_topic=int(off[0]), off_topic_hits=int(off[1]), fields=tuple(fields))


def to_dict(acc: ExtractionAccuracy) -> dict[str, object]:
    """The JSON form kept next to this module."""
    return {"splits": list(acc.splits), "abstracts": acc.abstracts, "off_topic": acc.off_topic,
            "off_topic_hits": acc.off_topic_hits,
            "fields": [{"field": f.field, "score": f.score, "precision": f.precision, "recall": f.recall,
                        "labels": f.labels, "predicted": f.predicted, "low": f.low, "high": f.high}
                       for f in acc.fields]}


def from_dict(data: object) -> ExtractionAccuracy:
    """Read the JSON form back; a clear ValueError on any other shape."""
    if not isinstance(data, Mapping) or not isinstance(data.get("fields"), list):
        raise ValueError("accuracy file must be an object with a 'fields' list")
    try:
        fields = tuple(FieldAccuracy(
            field=str(f["field"]), score=_num(f.get("score")), precision=_num(f.get("precision")),
            recall=_num(f.get("recall")), labels=int(f.get("labels") or 0),
            predicted=None if f.get("predicted") is None else int(f["predicted"]),
            low=_num(f.get("low")), high=_num(f.get("high"))) for f in data["fields"])
        return ExtractionAccuracy(splits=tuple(str(s) for s in data.get("splits") or ()),
                                  abstracts=int(data.get("abstracts") or 0), off_topic=int(data.get("off_topic") or 0),
                                  off_topic_hits=int(data.get("off_topic_hits") or 0), fields=fields)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"accuracy file has a malformed field: {exc}") from exc
