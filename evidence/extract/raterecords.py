"""Typed working records of the efficacy reader (issue 22): a rate of one arm and a scale change, as read from one
sentence, before `abstract` turns them into public findings. `to_dict` writes the mapping the pipeline passes on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RateRecord:
    """One response or remission rate of one arm, with the offsets (in the abstract) it was read from and the notes
    that make it uncertain."""

    kind: str
    value: float
    span: tuple[int, int]
    value_span: tuple[int, int]
    arm: str | None = None
    arm_drug: str | None = None
    arm_pos: int | None = None
    timepoint_hours: float | None = None
    n: int | None = None
    n_events: int | None = None
    definition: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    confidence: str = "uncertain"
    unit: str = "percent"

    @property
    def detail(self) -> str:
        """The definition the sentence states, then the notes: what a reader is told about how it was read."""
        return "; ".join(x for x in (self.definition, *self.notes) if x)

    def to_dict(self) -> dict[str, object]:
        """The mapping the pipeline passes on (keys in the order the findings JSON is built from)."""
        return {
            "kind": self.kind,
            "arm": self.arm,
            "arm_drug": self.arm_drug,
            "arm_pos": self.arm_pos,
            "value": self.value,
            "unit": self.unit,
            "timepoint_hours": self.timepoint_hours,
            "n": self.n,
            "n_events": self.n_events,
            "detail": self.detail,
            "definition": self.definition,
            "notes": list(self.notes),
            "span": list(self.span),
            "value_span": list(self.value_span),
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class ScaleChangeRecord:
    """One change of a rating scale ('MADRS fell by 18.4 points with ketamine'), for an arm when one is named."""

    scale: str
    value: float
    span: tuple[int, int]
    value_span: tuple[int, int]
    detail: str
    arm: str | None = None
    timepoint_hours: float | None = None
    unit: str = "points"
    confidence: str = "uncertain"

    def to_dict(self) -> dict[str, object]:
        """The mapping the pipeline passes on (the `scale_changes` entries of the extraction JSON)."""
        return {
            "kind": "scale_change",
            "arm": self.arm,
            "scale": self.scale,
            "value": self.value,
            "unit": self.unit,
            "timepoint_hours": self.timepoint_hours,
            "detail": self.detail,
            "span": list(self.span),
            "value_span": list(self.value_span),
            "confidence": self.confidence,
        }
