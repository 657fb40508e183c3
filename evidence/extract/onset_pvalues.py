"""P values in an onset clause: a change with p < .05 is a stated significant improvement in a study with no
comparator, and a time whose own p value is .05 or more was not significant there."""

from __future__ import annotations

from evidence.extract.lexicon import TimeMention
from evidence.extract.rules import onset as onset_rules
from evidence.extract.rules import onset_evidence as rules


def _significant(op: str, value: float) -> bool:
    """p < .05 (or p <= .05, p = .03) states significance; p = .056 or p > .05 does not."""
    return (op in ("<", "<=", "≤", "＜", "≦") and value <= 0.05) or (op in ("=", "＝") and value < 0.05)


def _figure(v: str) -> float:
    """The p value's figure, the middle dot read as a decimal point ('0·001')."""
    return float(v.replace("·", "."))


def significant_change(c: str) -> bool:
    """Clause c reports a change of a score with a p value below .05 ('MADRS decreased from baseline to day 7,
    p < .001'): in a single-arm study, a stated significant improvement without the word."""
    if rules.ONSET_ASSOCIATION.search(c):
        return False  # "anhedonia predicted a greater decrease (p = .01)": the p value is the association's
    if not any(onset_rules.ONSET_DOMAIN_TIER.get(name) is not None and rx.search(c)
               for name, rx in onset_rules.ONSET_OUTCOME_DOMAINS):
        return False  # "BDNF levels decreased at 2 hours (p < .01)": no psychiatric outcome changed
    return bool(rules.ONSET_CHANGE.search(c)) and any(
        _significant(m.group("op"), _figure(m.group("v"))) for m in rules.ONSET_P_VALUE.finditer(c))


def unmet_by_p(c: str, times: list[TimeMention]) -> set[int]:
    """Start positions of the times of clause c whose own p value (the first one after the time, before the next
    time) is .05 or more ('from T1 to T2, t = 2.0, p = 0.056'): rated there, not significant there."""
    out: set[int] = set()
    ordered = sorted(times, key=lambda t: t.start)
    paired = _p_values_in_order(c, ordered)
    if paired is not None:
        # "at days 1, 3 and 7 (p = 0.08, p = 0.01 and p < 0.001, respectively)": one p value per time, in order
        return {t.start for t, sig in zip(ordered, paired, strict=True) if not sig}
    for k, t in enumerate(ordered):
        end = ordered[k + 1].start if k + 1 < len(ordered) else len(c)
        m = rules.ONSET_P_VALUE.search(c, t.end, end)
        if m and not _significant(m.group("op"), _figure(m.group("v"))):
            out.add(t.start)
    return out


def _p_values_in_order(c: str, ordered: list[TimeMention]) -> list[bool] | None:
    """Whether each of the listed times is significant, when its p values follow the list in the same order and
    number (no p value stands between the times); None otherwise."""
    gaps = zip(ordered, ordered[1:], strict=False)
    if len(ordered) < 2 or any(rules.ONSET_P_VALUE.search(c, a.end, b.start) for a, b in gaps):
        return None
    after = list(rules.ONSET_P_VALUE.finditer(c, ordered[-1].end))
    if len(after) != len(ordered):
        return None
    return [_significant(m.group("op"), _figure(m.group("v"))) for m in after]
