"""Lexicons and small matchers shared by the registry parser and the abstract extractor.

First version written with the foundation; the extraction work owns and extends it.
The public functions below are a contract other modules call: keep their signatures.
"""

from __future__ import annotations

import re

ROUTE_PATTERNS: dict[str, str] = {
    "intranasal": r"\bintra-?nasal(?:ly)?\b|\bnasal(?:ly)?\b|\bnose\b|\bIN\s+(?:esketamine|ketamine)\b|\bspray\b",
    "intravenous": r"\bintra-?venous(?:ly)?\b|\bI\.?V\.?\b|\binfusions?\b|\binfused\b",
    "intramuscular": r"\bintra-?muscular(?:ly)?\b|\bI\.?M\.?\b(?=\s|$|[,;)])",
    "subcutaneous": r"\bsub-?cutaneous(?:ly)?\b|\bS\.?C\.?\b(?=\s|$|[,;)])",
    "sublingual": r"\bsub-?lingual(?:ly)?\b|\blozenges?\b|\btroches?\b|\bbuccal\b",
    "oral": r"\boral(?:ly)?\b|\btablets?\b|\bcapsules?\b|\bby mouth\b|\boral solution\b",
}

DRUG_PATTERNS: dict[str, str] = {
    "esketamine": r"\bes-?ketamine\b|\bS-?\(?\+?\)?-?ketamine\b|\(S\)-ketamine|\bspravato\b",
    "arketamine": r"\barketamine\b|\bR-?\(?-?\)?-?ketamine\b|\(R\)-ketamine|\bPCN-?101\b",
    "ketamine": r"(?<![-\w(])ketamine\b",
}

AE_CATEGORY_PATTERNS: list[tuple[str, str]] = [
    ("suicidal_ideation", r"suicid"),
    ("dissociation", r"dissociat|depersonali|dereali|CADSS|out[- ]of[- ]body|feeling (?:drunk|abnormal)"),
    ("blood_pressure_increase", r"blood pressure (?:increase|elevat)|hypertensi|increased blood pressure|raised blood pressure|BP (?:increase|elevat)"),
    ("nausea_vomiting", r"nause|vomit|emesis"),
    ("dizziness", r"dizz|vertigo|lightheaded|light-headed"),
    ("headache", r"headache|cephal"),
    ("sedation", r"sedat|somnolen|drows|sleepi|fatigue"),
    ("anxiety", r"anxi|panic|agitat|nervous"),
    ("dysgeusia", r"dysgeusia|taste"),
    ("perceptual_changes", r"vision|visual|diplopia|hallucin|percept|hypo?aesthesia|hypoesthesia|paraesthesia|paresthesia|euphori|psychotomimetic"),
]

_UNIT_HOURS = {
    "minute": 1 / 60,
    "min": 1 / 60,
    "hour": 1.0,
    "hr": 1.0,
    "h": 1.0,
    "day": 24.0,
    "d": 24.0,
    "week": 168.0,
    "wk": 168.0,
    "month": 730.0,
    "year": 8760.0,
}
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)"


def _unit_hours(unit: str) -> float:
    u = unit.lower().rstrip("s") if unit.lower() not in ("hrs", "mins", "wks") else unit.lower()[:-1]
    return _UNIT_HOURS.get(u, _UNIT_HOURS.get(unit.lower(), 0.0))


def find_routes(text: str) -> list[str]:
    """Routes named in a piece of text, in vocabulary order; empty when none is named."""
    if not text:
        return []
    return [r for r, p in ROUTE_PATTERNS.items() if re.search(p, text, flags=re.IGNORECASE if r != "intramuscular" and r != "subcutaneous" else 0)]


def find_drugs(text: str) -> list[str]:
    """Ketamine forms named in text: esketamine and arketamine are told apart from racemic ketamine."""
    if not text:
        return []
    found = [d for d, p in DRUG_PATTERNS.items() if re.search(p, text, flags=re.IGNORECASE)]
    return found


def ae_category(term: str) -> str:
    """Canonical adverse-event category of a reported term ('other' when none matches)."""
    for cat, pat in AE_CATEGORY_PATTERNS:
        if re.search(pat, term or "", flags=re.IGNORECASE):
            return cat
    return "other"


def timepoint_to_hours(text: str) -> float | None:
    """Hours of a time-frame text ('24 hours', 'Day 28', 'Week 4', '40 minutes post-infusion').

    For a range or 'baseline to X' the end point X is the time of measurement; None when the text has no time.
    """
    if not text:
        return None
    t = text.replace("–", "-").replace("—", "-")
    day_first = re.findall(r"\b(day|week|month|year|hour|minute)s?\s+" + _NUM, t, flags=re.IGNORECASE)
    num_first = re.findall(_NUM + r"\s*-?\s*" + _UNIT + r"\b", t, flags=re.IGNORECASE)
    candidates: list[float] = []
    for unit, num in day_first:
        candidates.append(float(num) * _unit_hours(unit))
    for num, unit in num_first:
        candidates.append(float(num) * _unit_hours(unit))
    if not candidates:
        return None
    # A timeframe names when the outcome was measured; with several times the last one is that point.
    return round(candidates[-1], 4)
