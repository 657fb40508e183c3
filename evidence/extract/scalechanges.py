"""Per-arm changes of a rating scale ('mean change in MADRS at day 15 was −18.4 for ketamine and −5.7 for placebo',
'from 32 to 12'), from the result sentences."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.raterecords import ScaleChangeRecord
from evidence.extract.ratetimes import timepoint_for
from evidence.extract.text import Sentence

_FROM_TO = re.compile(
    r"from\s+(?P<a>\d+(?:\.\d+)?)\s*(?:\([^)]*\)\s*)?(?:before\s+\w+\s+|at\s+baseline\s+)?to\s+(?P<b>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def scale_changes(sentences: list[Sentence]) -> list[dict[str, object]]:
    """The scale changes of `scale_records` as the mappings the pipeline passes on."""
    return [r.to_dict() for r in scale_records(sentences)]


def scale_records(sentences: list[Sentence]) -> list[ScaleChangeRecord]:
    """Per-arm scale changes ('mean change in MADRS at day 15 was −18.4 for ketamine and −5.7 for placebo')."""
    out: list[ScaleChangeRecord] = []
    for sent in sentences:
        s = sent.text
        named = lexicon.SCALE_RE.search(s)
        if sent.section in ("background", "methods") or not named or not lexicon.SCALE_CHANGE_CUE.search(s):
            continue
        scale = named.group(1)
        scale = "MADRS" if re.match(r"mont", scale, re.I) else scale.upper()
        hits = list(lexicon.SCALE_VALUE_FOR_ARM.finditer(s))
        for m in hits:
            v = float(re.sub(r"\s", "", m.group("v")).replace("−", "-").replace("–", "-"))
            hours, _ = timepoint_for(s, m.start(), None)
            out.append(_scale_row(sent, m, v, m.group("arm").lower(), scale, hours, "stated change"))
        if hits:
            continue
        for m in _FROM_TO.finditer(s):
            a, b = float(m.group("a")), float(m.group("b"))
            if a <= b or a > 80:
                continue
            hours, _ = timepoint_for(s, m.end(), None)
            out.append(_scale_row(sent, m, round(b - a, 2), None, scale, hours, f"from {a:g} to {b:g}"))
    return out


def _scale_row(sent: Sentence, m: re.Match[str], v: float, arm: str | None, scale: str, hours: float | None,
               how: str) -> ScaleChangeRecord:
    return ScaleChangeRecord(
        scale=scale,
        value=v,
        span=(sent.start, sent.end),
        value_span=(sent.start + m.start(), sent.start + m.end()),
        detail=f"{scale} {how}",
        arm=arm,
        timepoint_hours=hours,
    )
