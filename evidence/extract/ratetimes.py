"""When a rate was read: the time in its sentence, a named assessment point ('At T2'), the end of the trial for its
completers, or the previous sentence's single time."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.rules.ratetimes import (
    PREV_OTHER_MEASURE,
    PREV_RATING,
    RATE_LATER_GROUP,
    RATE_OWN_NON_CLOCK,
    RATE_SUBSET,
    RATINGS_REPEATED,
)
from evidence.extract.rules.timepoints import RATE_NEXT_CLAUSE, WORD_NUMBER_RE
from evidence.extract.text import Sentence

# ", and at 3 months 52%", ", but by day 7 ...": a clause break opening on a time, whatever word or number follows it
_NEXT_TIMED_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|while|whereas)\s+(?=(?:at|on|by|in|after|within|from)\s+(?:the\s+)?(?:\d|day|week|month|hour"
    r"|year|T\d|end|first|second|third|last|one|two|three|four|six|twelve)\b)",
    re.IGNORECASE,
)


def own_clause_words(fwd: str) -> str:
    """The words after a rate up to the next clause's break (", and at week 8, ...", ", and at 3 months 52%"): what
    lies beyond tells another clause's time."""
    head = _CONCESSIVE.split(RATE_NEXT_CLAUSE.split(fwd, maxsplit=1)[0], maxsplit=1)[0]
    return _NEXT_TIMED_CLAUSE.split(head, maxsplit=1)[0]


# ", though all relapsed within a week", ", although four relapsed after two weeks": a conceding clause tells its own
# event's time, not the rate's
_CONCESSIVE = re.compile(r",\s*(?:though|although|yet)\s+", re.IGNORECASE)


def timepoints_of(s: str) -> list[lexicon.TimeMention]:
    """Points in time of a sentence that name when something was measured ('but not at day 25' excluded).

    A window from the start ('during the first 3 days', 'within 6 weeks') keeps its end as the time: the curated
    and (since 2026-12-07) the blind labels both read it so."""
    times = lexicon.find_timepoints(s)
    return [t for t in times if not lexicon.NOT_TIME_BEFORE_RE.search(s[max(0, t.start - 12) : t.start])]


# "(median time to response, 5.7 weeks)", "a mean follow-up of 12.9 months", "time to remission was 3 weeks": the time
# is the value of a measured duration (a median, a mean, a time to an event), never when a rate was read. (A plain "a
# follow-up of 6 months" or "a treatment duration of 6 weeks" is left: it is often when the rate was read.)
_DURATION_BEFORE = re.compile(
    r"(?:\b(?:median|mean|average)\s+(?:[\w-]+\s+){0,2}?(?:time|duration|length|follow-?up)\b"
    r"|\btime\s+to\s+(?:first\s+|a\s+)?(?:[\w-]+\s+){0,2}?\w+)"
    r"[^;()\[\].]{0,30}?[\s,:=(]*(?:was|of|were|is)?\s*$",
    re.IGNORECASE,
)


# "week 1 (45%", "day 7 (n = 12, 30%": the value opens a bracket written right after a time.
# (also for the later values of the bracket: "at 24 h (60% vs 20%)", "at day 3 (ketamine 45%, placebo 15%)")
_BRACKET_AFTER_TIME = re.compile(
    r"\s*[(\[]\s*(?:n\s*=\s*)?(?:\d+\s*[,;/]\s*(?:\d+\s*[,;]\s*)?)?"
    r"(?:(?:[A-Za-z-]+\s*[:,]?\s*)?\d+(?:\.\d+)?\s*%\s*(?:,|;|vs\.?|v\.?|versus|and|or|/)\s*){0,3}"
    r"(?:[A-Za-z-]+\s*[:,]?\s*)?",
    re.IGNORECASE,
)


# "Of 63 patients who maintained treatment for at least 6 months, ...", "among those who continued esketamine for 12
# weeks": the people a rate counts stayed on treatment that long, so they were rated then.
_STAYED_FOR = re.compile(
    r"\b(?:who|that)\s+(?:had\s+)?(?:maintain|continu|complet|remain|stay)\w*\s+(?:on\s+|in\s+)?(?:[\w-]+\s+){0,3}?"
    r"for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?P<num>\d+|one|two|three|four|six|eight|twelve)\s+"
    r"(?P<unit>weeks?|months?|years?)\b[^.;]{0,20},\s*[^,;]*$",
    re.IGNORECASE,
)


def measured_duration(s: str, t: lexicon.TimeMention) -> bool:
    """The time is the value of a duration the sentence measures ('median time to response, 5.7 weeks')."""
    return bool(_DURATION_BEFORE.search(s[max(0, t.start - 80) : t.start]))


def time_labels(sentences: list[Sentence]) -> dict[str, float]:
    """{label: hours} of named assessment points the abstract defines ('three months after treatment (T2)', 'T1
    (week 4)'); a label defined with two different times is left out."""
    out: dict[str, set[float]] = {}
    for sent in sentences:
        s = sent.text
        labels = list(lexicon.TIME_LABEL_RE.finditer(s))
        if not labels:
            continue
        times = lexicon.find_timepoints(s)
        for m in labels:
            hours = None
            bracketed = s[max(0, m.start() - 2) : m.start()].rstrip().endswith("(")
            if bracketed and s[m.end() : m.end() + 2].strip()[:1] == ")":
                before = [t for t in times if t.end <= m.start() and m.start() - t.end <= 60]
                hours = before[-1].hours if before else None  # "<time> (T2)"
            else:
                after = [t for t in times if t.start >= m.end() and t.start - m.end() <= 4]
                hours = after[0].hours if after else None  # "T1 (week 4)", "T1 = 4 weeks"
            if hours is not None:
                out.setdefault(m.group(0), set()).add(hours)
    return {k: v.pop() for k, v in out.items() if len(v) == 1}


def trial_length(sentences: list[Sentence]) -> float | None:
    """Hours of the trial's stated length ('a 28-day trial', 'over a 6-week period') when only one is stated."""
    found: set[float] = set()
    for sent in sentences:
        for m in lexicon.TRIAL_LENGTH_RE.finditer(sent.text):
            n = lexicon.parse_number(m.group("num"))
            if n:
                found.add(n * lexicon.unit_hours(m.group("unit")))
    return found.pop() if len(found) == 1 else None


def timepoint_for(
    s: str, pos: int, prev: Sentence | None, spans: list[tuple[int, int]] | None = None
) -> tuple[float | None, bool]:
    """(hours, inherited): the time in the value's own windows (`spans`, after then before it), else the nearest in
    its clause, else in the sentence, else the previous sentence's single time (inherited, so less certain) unless
    that sentence times a recording or sample;
    None when the value's own window or the sentence states a non-clock time ('after 10 infusions')."""
    # (a time in a later clause that counts a subset of these people is theirs: '...; of these, 12 ... at week 4')
    times = [t for t in timepoints_of(s) if not measured_duration(s, t) and not _other_groups_time(s, pos, t)
             and not (t.start > pos and _CONCESSIVE.search(s[pos : t.start]))]
    if _own_clause_without_clock(s, pos, times):
        return None, False  # "...; after the last infusion, 67% had responded": not the other clause's clock time
    head = next((t for t in times if _BRACKET_AFTER_TIME.fullmatch(s[t.end : pos])), None)
    if head is not None:
        return head.hours, False  # "at week 1 (45%) and week 4 (60%)": the time the bracket is written after
    for a, b in spans or []:
        inside = [t for t in times if a <= t.start < b]
        words = [m.start() + a for m in lexicon.NON_TIME_RE.finditer(s[a:b])]
        if words and (not inside or min(abs(w - pos) for w in words) < min(abs(t.start - pos) for t in inside)):
            return None, False  # "72% and 38%, respectively, after 10 infusions": its own time is not a clock time
        if inside:
            return min(inside, key=lambda t: min(abs(t.start - pos), abs(t.end - pos))).hours, False
    clause_a = s.rfind(";", 0, pos) + 1
    clause_b = s.find(";", pos)
    clause_b = len(s) if clause_b < 0 else clause_b
    in_clause = [t for t in times if clause_a <= t.start < clause_b]
    pool = in_clause or times
    if pool:
        best = min(pool, key=lambda t: min(abs(t.start - pos), abs(t.end - pos)))
        return best.hours, False
    if lexicon.NON_TIME_RE.search(s) or prev is None or _times_other_measure(prev.text):
        return None, False
    prev_hours = {t.hours for t in timepoints_of(prev.text)}
    if len(prev_hours) == 1:
        return prev_hours.pop(), True
    return None, False


def _times_other_measure(prev: str) -> bool:
    """The previous sentence times a recording, scan or sample and names no rating or finding ('the rMMN paradigm
    was run 3-4 h after the dose'): its time is that measurement's, not a rate's."""
    return bool(PREV_OTHER_MEASURE.search(prev)) and not PREV_RATING.search(prev)


def _own_clause_without_clock(s: str, pos: int, times: list[lexicon.TimeMention]) -> bool:
    """The rate's own clause (between semicolons) names no clock time but says when in other words ('after the last
    infusion', 'by the end of the series'), while another clause has a clock time."""
    a = s.rfind(";", 0, pos) + 1
    b = s.find(";", pos)
    b = len(s) if b < 0 else b
    if (a == 0 and b == len(s)) or any(a <= t.start < b for t in times):
        return False
    return bool(RATE_OWN_NON_CLOCK.search(s[a:b]))


def _other_groups_time(s: str, pos: int, t: lexicon.TimeMention) -> bool:
    """The time lies after the rate, in a later clause that counts another group ('22 (55%) responded; of these
    responders, 12 kept their response at week 4'): a rate takes its time from its own clause, not from theirs."""
    if t.start < pos:
        return False
    a = s.rfind(";", 0, t.start) + 1
    b = s.find(";", t.end)
    if a > pos and RATE_SUBSET.search(s[a : len(s) if b < 0 else b]):
        return True  # the time's own clause, after a semicolon, counts a subset ("; at 1 month, 5 of the remitters")
    return any(_COUNTED.search(s[m.start() : t.start]) for m in RATE_LATER_GROUP.finditer(s, pos, t.start))


# a count in that later clause, in digits or words ("and 7 of them", "and two of them")
_COUNTED = re.compile(r"\d|\b" + WORD_NUMBER_RE + r"\b", re.IGNORECASE)


def time_without_clock(
    s: str, pos: int, labels: dict[str, float], length: float | None, hours: float | None, inherited: bool
) -> tuple[float | None, bool]:
    """A sentence with no clock time: a named assessment point it uses ('At T2'), else the end of the trial for the
    people who completed it ('subjects completing the 28-day trial'), else the length the people it counts stayed on
    treatment ('Of 63 patients who maintained treatment for at least 6 months, 48 (76%) responded'), else what it
    already had."""
    used = [
        (abs(m.start() - pos), labels[m.group(0)]) for m in lexicon.TIME_LABEL_RE.finditer(s) if m.group(0) in labels
    ]
    if used:
        return min(used)[1], False
    if length is not None and lexicon.TRIAL_END_RE.search(s):
        return length, False
    stayed = _STAYED_FOR.search(s[:pos])
    if stayed:
        n = lexicon.parse_number(stayed.group("num"))
        if n:
            return n * lexicon.unit_hours(stayed.group("unit")), False
    return hours, inherited


def coordinated_times(s: str, span: tuple[int, int], hours: float | None) -> list[float | None]:
    """[hours] plus the other times of a coordinated list the value's own words name ('in 52% of patients after 7
    and 14 days': 168 and 336 h, one rate at each); just [hours] when its time is a single one."""
    if hours is None:
        return [hours]
    a, b = span
    times = [t for t in timepoints_of(s) if a <= t.start < b]
    head = next((t for t in times if t.hours == hours), None)
    text = s[head.start : head.end] if head else ""
    # "7 and 14 days", "days 7 and 14" - not "week 1 and 6 (20%) remitted", where the 6 is a count
    if head is None or not re.search(r"[a-z]$|^(?:days|weeks|hours|months)\b", text, re.IGNORECASE):
        return [hours]
    if re.match(r"\s*[(\[%]", s[head.end :]):
        return [hours]
    rest = [t.hours for t in times if head.start < t.start < head.end and t.hours != hours]
    return [hours, *dict.fromkeys(rest)]


def ratings_repeated(sentences: list[Sentence]) -> bool:
    """The methods rate outcomes at recurring visits ('assessed weekly', 'rated daily'): a rate without a time then
    has no single planned time."""
    return any(s.section in ("methods", "unknown") and RATINGS_REPEATED.search(s.text) for s in sentences)
