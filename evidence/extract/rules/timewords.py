"""Numbers in digits or words, time units and their hours, and the record of a point in time found in text."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten)"
WORD_NUMBER_RE = (
    # "one hundred twenty-six", "one hundred and two", "two hundred and fifteen"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?(?:" + _TENS + r"(?:[-\s]"
    + _UNITS_W + r")?|" + _TEENS + r"|" + _UNITS_W + r"))?|" + _TENS + r"(?:[-\s]" + _UNITS_W + r")?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six"
    r"|seven|eight|nine)"
)
NUMBER_RE = r"(?:\d+(?:[.,]\d+)?|\.\d+|" + WORD_NUMBER_RE + r")"

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
TIME_UNIT_RE = r"(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)"


def parse_number(token: str) -> float | None:
    """A number written in digits ('1,877', '.5') or words ('Seventy-one', 'one hundred twenty-six')."""
    t = token.strip().lower()
    if re.fullmatch(r"[\d,]+", t):
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", t.replace(" and ", " "))
    total, current = 0, 0
    seen = False
    for p in parts:
        if p not in WORD_NUMBERS:
            return None
        seen = True
        v = WORD_NUMBERS[p]
        if v == 100:
            current = max(current, 1) * 100
        else:
            current += v
    total += current
    return float(total) if seen else None


def _unit_hours(unit: str) -> float:
    u = unit.lower().rstrip("s") if unit.lower() not in ("hrs", "mins", "wks") else unit.lower()[:-1]
    return _UNIT_HOURS.get(u, _UNIT_HOURS.get(unit.lower(), 0.0))


def unit_hours(unit: str) -> float:
    """Hours in one time unit word ('min', 'hours', 'd', 'weeks')."""
    return _unit_hours(unit)


@dataclass(frozen=True)
class TimeMention:
    """A point in time named in text: where it is, its hours, and whether it is a range (lower bound kept)."""

    start: int
    end: int
    hours: float
    text: str
    upper: float | None = None  # the end of a range ("days 1 to 3", "2-4 h"): the time held over a span
