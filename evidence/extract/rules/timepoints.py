"""Numbers in digits or words and points in time ('day 1', '40 minutes', '2-6 weeks')."""

from __future__ import annotations

import re

from evidence.extract.rules.timewords import (  # noqa: F401 - re-exported: callers read these here
    _NUM,
    _UNIT,
    NUMBER_RE,
    TIME_UNIT_RE,
    WORD_NUMBER_RE,
    WORD_NUMBERS,
    TimeMention,
    _unit_hours,
    parse_number,
    unit_hours,
)

# A number of a unit written as a word after the unit ("day one", "week two").
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-one|twenty-eight)"
# Units that may be glued to their number ("24h", "40min", "7days"); a bare "d" may not ("2D images").
_GLUED_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|days|weeks?|wks?|months?"
# ... a lowercase "d" only in a list of such days ending at an event ("at 1d, 3d and 7d after surgery", "7d
# postoperatively")
_SEP = r"(?:\s*,\s*|\s*,?\s*(?:and|or)\s+)"
_GLUED_UNIT += (r"|(?-i:d)(?=(?:" + _SEP + r"\d+(?-i:d))*\s*(?:after|post|following|later|postoperative))")
_GLUED_UNIT += ")"
# An item of a list of numbers sharing one unit: digits, or a small number in words (not 'one hundred').
_LIST_NUM = r"(?:\d+(?:\.\d+)?-?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+hundred))"
_TIME_POINT_RE = re.compile(
    # "day 21", "Day 28", "week 8", "days 3, 7", "day one", "Day-7", "day-seven", "days 1 to 3": unit, then number
    # ... also with the unit's abbreviation in brackets between them ("postoperative days (PODs) 1, 2, and 7")
    r"\b(?P<u1>day|week|month|hour|minute)s?(?:\s+\((?-i:[A-Z][A-Za-z]{0,4})\))?(?:\s+|-(?=\d|" + _SMALL_WORD + r"\b))"
    r"(?P<n1>\d+(?:\.\d+)?|" + _SMALL_WORD + r"\b)"
    r"(?:\s*(?:-|–|to|through|until)\s*(?:(?:day|week|month|hour)s?\s+)?(?P<hi1>\d+(?:\.\d+)?)(?![\d.]))?"
    r"(?P<list1>(?:\s*,\s*\d+(?:\.\d+)?)*,?\s+(?:and|or)\s+\d+(?:\.\d+)?(?!\.\d|\d))?(?!\s*(?:mg|%|\.\d))"
    # "40 and 240 min", "40, 80, 110, and 230 minutes", "2-6 weeks", "24 h", "24h", "one day", "∼24 hours"
    # ... also in words ("one, three and seven days") or as adjectives ("1-, 3- and 7-day follow-up")
    r"|(?<![\w.])(?P<n2>" + NUMBER_RE + r")(?P<list>(?:-?\s*,\s*" + _LIST_NUM + r")*(?:-?,?\s+(?:and|or)\s+"
    + _LIST_NUM + r"))?"
    r"(?:\s*(?:-|–|—|to)\s*(?P<hi>\d+(?:\.\d+)?))?(?:(?P<hyph>\s*-\s*|\s+)(?P<u2>" + TIME_UNIT_RE + r")"
    r"|(?P<u3>(?<=\d)" + _GLUED_UNIT + r"))\b",
    re.IGNORECASE,
)
# "within an hour", "after half an hour": an hour written with an article
# ... or before the event it is counted from ("Half an hour after the infusion, ...")
_COUNTED_FROM = r"\s+(?:after|later|post|following)\b"
_AN_HOUR_RE = re.compile(
    r"(?:\b(?:within|after|by|in|at)\s+|\b(?=(?:half\s+)?an\s+hour" + _COUNTED_FROM + r"))"
    r"(?P<half>half\s+)?an\s+hour\b",
    re.IGNORECASE,
)
# "within a week", "after a day", "by a month": one unit written with an article after a time preposition (not "in a
# day hospital", "twice a week")
_A_UNIT_RE = re.compile(
    r"(?:\b(?:within|after|by)\s+|(?<!twice\s)(?<!once\s)(?<!times\s)\b(?=a\s+(?:day|week|month)"
    + _COUNTED_FROM + r"))"
    r"(?P<a>a\s+(?P<u>day|week|month))\b(?!\s*(?:hospital|care|clinic|program|unit|-))",
    re.IGNORECASE,
)
# Durations and frequencies, not points in time: "over 40 minutes", "for 4 weeks", "every 2-3 d", "twice weekly".
_DURATION_BEFORE = re.compile(
    r"(?:\bover|\bfor|\bevery|\bper|\beach|\btwice|\bthrice|\bup\s+to|\bages?|\baged|\blasting|\blasted"
    r"|\bat\s+least|\bmaximum\s+of|\bmean\s+of|\bmedian\s+of|\bapproximately|\bthe\s+last"
    # a bound on how long something lasted ("lasting longer than 1 week", "for more than 2 weeks"), not a point
    r"|\b(?:longer|more|less|shorter|fewer)\s+than)\s*"
    # ... "over a period of 45 min", "for a total of 6 weeks", "over the course of 2 weeks"
    # ... "over the 12 months of follow-up" (not "over the first 2 weeks": a window from the start)
    r"(?:(?:a|the)\s+(?:period|total|course|span)\s+of\s+|a\s+|the\s+)?$",
    re.IGNORECASE,
)
_ADJECTIVAL_OK_BEFORE = re.compile(
    # "at the end of the 4-week induction phase": the end of a phase of known length is a time
    r"(?:\bat\s+the|\bby\s+the|\bthe\s+first|\bat|\b(?:earlier|later|first|initial)\s*\(?|\bend\s+of\s+(?:the\s+)?)\s*$",
    re.IGNORECASE,
)
# "the 24-hour response rate", "the 40-minute point": an adjective that names a time of measurement
_ADJECTIVAL_OK_AFTER = re.compile(
    # ... also the head of a list of them ("2-h, 4-h and 24-h post-infusion") and "24-h post-dose"
    r"^(?:\s*,?\s*(?:and\s+|or\s+)?\d+(?:\.\d+)?\s*-\s*" + TIME_UNIT_RE + r"\b)*\s*\)?\s*"
    r"(?:post-?[\w-]+|(?:post-?\w*\s+)?(?:response|remission|rates?|time\s*points?|points?|assessments?|follow-?ups?"
    r"|end\s*points?|marks?|outcomes?|visits?)\b)",
    re.IGNORECASE,
)


_UNIT_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}
_TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINALS: dict[str, int] = {
    **_UNIT_ORDINALS,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    **{tens[:-1] + "ieth": n for tens, n in _TENS_WORDS.items()},  # "twentieth", "fortieth"
    # "twenty-fourth", "forty-eighth" (also with a space): a compound ordinal is one number, not its last word
    **{f"{tens}{sep}{unit}": n + k for tens, n in _TENS_WORDS.items() for unit, k in _UNIT_ORDINALS.items()
       for sep in ("-", " ")},
}
# "the second day", "the 24th hour", "the first week", "on the 3rd day": an ordinal of a unit is that unit's number
# ("day 2", "hour 24", "week 1"); "the first dose" or "the second infusion" is no time.
_ORDINAL_RE = re.compile(
    # ... also with the unit abbreviated or the suffix set apart ("at the 1st h", "at 1 st h", "the 3rd wk")
    r"\b(?:(?P<o>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d+(?:st|nd|rd|th))"
    r"\s+(?P<u>hour|day|week|month)s?|(?P<o2>\d+\s?(?:st|nd|rd|th))\s+(?P<u2>hour|day|week|month|hr|h|wk)s?)\b"
    r"(?!\s+(?:of\s+)?(?:treatment|therapy)\s+(?:with|course))",
    re.IGNORECASE,
)


def ordinal_value(token: str) -> int | None:
    """2 for 'second' or '2nd'; None for anything else."""
    t = re.sub(r"\s+", " ", token.lower())
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.fullmatch(r"(\d+)\s?(?:st|nd|rd|th)", t)
    return int(m.group(1)) if m else None


# A unit qualified by the event it is counted from ("within 3 postoperative days", "on the first postoperative day",
# "the 2nd post-infusion hour") and the postoperative day's abbreviation ("POD 3", "POD3", "day (POD) 7").
_EVENT_QUALIFIER = (
    r"(?:post-?operative|post-?infusion|post-?treatment|post-?partum|post-?natal|post-?injection|post-?dose)"
)
_QUALIFIED_RE = re.compile(
    r"\b(?:(?P<n>\d+(?:\.\d+)?|" + WORD_NUMBER_RE + r")|(?P<o>" + "|".join(sorted(ORDINALS, key=len, reverse=True))
    + r"|\d+(?:st|nd|rd|th)))\s+" + _EVENT_QUALIFIER + r"\s+(?P<u>hour|day|week|month)s?\b"
    # ... and a list of them ("on PODs 1, 3 and 7", "POD 1 and 2")
    r"|\bPODs?\)?\s*-?\s*(?P<pod>\d+)\b(?P<podlist>(?:\s*,\s*\d+\b)*,?\s+(?:and|or)\s+\d+\b"
    r"(?!\s*(?:%|mg|\.\d|(?:patients|participants|subjects|women|men|cases|of|out)\b)))?",
    re.IGNORECASE,
)
# A list of ordinals sharing one unit ("on the 1st, 3rd and 7th days", "the first, third and seventh postoperative
# days"): each ordinal is a time of that unit.
_ORD = r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d+\s?(?:st|nd|rd|th))"
_ORDINAL_LIST_RE = re.compile(
    # ... the unit also in the singular ("on the 1st, 3rd and 7th day after surgery")
    r"\b(?P<items>" + _ORD + r"(?:\s*,\s*" + _ORD + r")*,?\s+(?:and|or|to)\s+" + _ORD + r")\s+(?:"
    + _EVENT_QUALIFIER + r"\s+)?(?P<u>hour|day|week|month)s?\b",
    re.IGNORECASE,
)
# A day written as its code after a time preposition or in a list ("at D1 and D3 after surgery", "on D7"), or glued
# ("Day1", "week4"); not a receptor ("dopamine D2 receptors").
_DAY_CODE_RE = re.compile(
    r"\b(?:at|on|by|from|until|and|or|,)\s+(?P<code>(?-i:D)(?P<n>\d{1,3}))\b"
    r"(?!\s*(?:receptor|dopamine|-)|\s*(?:,|and|or)\s*D\d+\s*(?:receptor|-))"
    r"|\b(?P<glued>(?P<u>day|week|month|hour)(?P<gn>\d{1,3}))\b",
    re.IGNORECASE,
)
# Cheap looks before the two patterns above, which try every word of a text.
# "day (POD) 3": the abbreviation's number is read with the unit before the bracket
_UNIT_OPEN_BRACKET = re.compile(r"(?:day|week|month|hour|minute)s?\s+\(\s*$", re.IGNORECASE)
_QUALIFIED_HINT = re.compile(_EVENT_QUALIFIER + r"\s+(?:hour|day|week|month)|\bPODs?\b|\bPOD\d", re.IGNORECASE)
_ORDINAL_LIST_HINT = re.compile(r"(?:st|nd|rd|th)\s*(?:,|and\b|or\b|to\b)[^.;]*?(?:hour|day|week|month)s?\b",
                                re.IGNORECASE)
_DAY_CODE_HINT = re.compile(r"(?-i:D)\d|(?:day|week|month|hour)\d", re.IGNORECASE)
_NEXT_DAY_RE = re.compile(
    r"\bthe\s+(?:day|morning)\s+(?:following|after)\b|\bthe\s+(?:next|following)\s+day\b|\bnext-day\b",
    re.IGNORECASE,
)


def _round(h: float) -> float:
    return round(h, 2) if h < 1 else round(h, 4)


def _unit_first(m: re.Match[str]) -> tuple[float, float | None] | None:
    """'day 3', 'days 1 to 3', 'day one': (hours, end of the range or None)."""
    n = parse_number(m.group("n1"))
    if n is None:
        return None
    per = _unit_hours(m.group("u1"))
    hi = m.group("hi1")
    return n * per, (float(hi) * per if hi and float(hi) > n else None)


def _number_first(text: str, m: re.Match[str], before: str) -> tuple[float, float | None] | None:
    """'24 h', '24h', '2-4 h', '2-h post-dose': (hours, end of the range or None); None for an adjective
    ('a 4-week course') or the tail of a range or list already read."""
    num = parse_number(m.group("n2"))
    if num is None:
        return None
    hyph = m.group("hyph") or ""
    if (
        hyph.strip() == "-"
        and not _ADJECTIVAL_OK_BEFORE.search(before)
        and not _ADJECTIVAL_OK_AFTER.match(text[m.end() : m.end() + 60])
    ):
        return None
    if re.search(r"[-–]\s*$", before) or re.search(r"\d\s*[-–]?\s*$", before):
        return None  # tail of a range or list already read
    per = _unit_hours(m.group("u2") or m.group("u3"))
    hi = m.group("hi")
    return num * per, (float(hi) * per if hi and float(hi) > num else None)


def _qualified_times(text: str) -> list[TimeMention]:
    """'within 3 postoperative days', 'the first postoperative day', 'POD 7': units counted from a named event."""
    out: list[TimeMention] = []
    if not _QUALIFIED_HINT.search(text):
        return out  # (a cheap look first: the full pattern tries every word)
    for m in _QUALIFIED_RE.finditer(text):
        if _DURATION_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "for 3 postoperative days": how long, not when
        if m.group("pod") and _UNIT_OPEN_BRACKET.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "day (POD) 3": read with its unit already
        if m.group("pod"):
            hours: float | None = float(m.group("pod")) * 24.0
        else:
            n = parse_number(m.group("n")) if m.group("n") else ordinal_value(m.group("o"))
            hours = None if n is None else n * _unit_hours(m.group("u"))
        if hours:
            out.append(TimeMention(m.start(), m.end(), _round(hours), m.group(0)))
        for x in re.finditer(r"\d+", m.group("podlist") or ""):
            a = m.start("podlist") + x.start()
            out.append(TimeMention(a, a + len(x.group(0)), float(x.group(0)) * 24.0, x.group(0)))
    return out


def _day_codes(text: str) -> list[TimeMention]:
    """'at D1 and D3', 'Day1', 'week4': days (or units) written as codes."""
    out: list[TimeMention] = []
    if not _DAY_CODE_HINT.search(text):
        return out
    for m in _DAY_CODE_RE.finditer(text):
        if m.group("code"):
            out.append(TimeMention(m.start("code"), m.end("code"), float(m.group("n")) * 24.0, m.group("code")))
        else:
            hours = float(m.group("gn")) * _unit_hours(m.group("u"))
            out.append(TimeMention(m.start("glued"), m.end("glued"), _round(hours), m.group("glued")))
    return out


def _ordinal_list_times(text: str) -> list[TimeMention]:
    """'on the 1st, 3rd and 7th days': one time per ordinal (the last one, next to its unit, is read already)."""
    out: list[TimeMention] = []
    if not _ORDINAL_LIST_HINT.search(text):
        return out
    for m in _ORDINAL_LIST_RE.finditer(text):
        per = _unit_hours(m.group("u"))
        items = list(re.finditer(_ORD, m.group("items"), re.IGNORECASE))
        for x in items[:-1]:
            n = ordinal_value(x.group(0))
            if n:
                a = m.start("items") + x.start()
                out.append(TimeMention(a, a + len(x.group(0)), _round(n * per), x.group(0)))
    return out


def find_timepoints(text: str) -> list[TimeMention]:
    """Points in time named in text ('at 24 h', 'day 1', 'within 40 minutes', '2-6 weeks' -> lower bound).

    Durations ('over 40 minutes', 'for 4 weeks'), frequencies ('every 2-3 d') and adjectives ('4-week course')
    are skipped: they say how long something lasted, not when an outcome was read. A range keeps its end in `upper`.
    """
    out: list[TimeMention] = []
    if not text:
        return out
    for m in _TIME_POINT_RE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if _DURATION_BEFORE.search(before):
            continue
        read = _unit_first(m) if m.group("u1") else _number_first(text, m, before)
        if read is None or (read[0] <= 0 and not m.group("u1")):
            continue
        hours, upper = read
        out.append(TimeMention(m.start(), m.end(), _round(hours), m.group(0), None if upper is None else _round(upper)))
        # every point of a list ("at 4, 24 and 48 hours", "days 1, 3 and 7"), each at its own number
        lst = "list1" if m.group("u1") else "list"
        if m.group(lst):
            per = _unit_hours(m.group("u1") or m.group("u2") or m.group("u3"))
            for x in re.finditer(r"\d+(?:\.\d+)?|[a-z]+", m.group(lst), re.IGNORECASE):
                n = parse_number(x.group(0))
                if n is None or x.group(0).lower() in ("and", "or"):
                    continue
                a = m.start(lst) + x.start()
                out.append(TimeMention(a, a + len(x.group(0)), _round(n * per), x.group(0)))
    for m in _ORDINAL_RE.finditer(text):
        n = ordinal_value(m.group("o") or m.group("o2"))
        if n is None or _DURATION_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        out.append(TimeMention(m.start(), m.end(), _round(n * _unit_hours(m.group("u") or m.group("u2"))), m.group(0)))
    out.extend(_qualified_times(text))
    out.extend(_ordinal_list_times(text))
    out.extend(_day_codes(text))
    for m in _NEXT_DAY_RE.finditer(text):
        out.append(TimeMention(m.start(), m.end(), 24.0, m.group(0)))  # "the day following ketamine infusion"
    for m in _A_UNIT_RE.finditer(text):
        out.append(TimeMention(m.start("a"), m.end(), _unit_hours(m.group("u")), m.group("a")))
    for m in _AN_HOUR_RE.finditer(text):
        a = m.start("half") if m.group("half") else m.end() - len("an hour")
        out.append(TimeMention(a, m.end(), 0.5 if m.group("half") else 1.0, text[a : m.end()]))
    return sorted(out, key=lambda t: t.start)

# A clause break after a rate (or after a list of rates): the words beyond it tell another clause's time ("45% and
# 20%, and at week 8, 55% and 30%").
RATE_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?=[a-z]+\s+[a-z]+)", re.IGNORECASE)
