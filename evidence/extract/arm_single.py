"""The arm of one number of a sentence, read on its own (evidence/extract/arms.py reads lists and pairs first): named
inside or right before its bracket, the subject its bracket follows, the arm next to it, or its clause's header."""

from __future__ import annotations

import re

from evidence.extract.arm_words import DOSE_ARM_DRUG
from evidence.extract.mentions import Mention, windows

# (the arm's dose may come between, with its unit or as the decimal of a dose label: "KET 0.5 (N = 11; 70%)")
_ADJACENT = re.compile(
    r"^\s*(?:\(?\d+(?:\.\d+)?\s*mg(?:/kg)?\)?\s*|\d*\.\d+\s+)?(?:group|arm|groups|arms)?\s*[:=,]?\s*[\[(]?\s*"
    r"(?:n\s*=\s*\d+\s*[,;]\s*)?$",
    re.IGNORECASE,
)
# (or the arm the people counted were then allocated to: "28 achieved a response and were randomized to CBT or TAU")
_VERSUS_BETWEEN = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:with|to)|than)(?:\s|$)|\b(?:randomi[sz]ed|allocated|assigned)\s+to\b",
    re.IGNORECASE,
)
# A contrast between an arm and a later number: the arm belongs to the clause before it.
_CONTRAST_BETWEEN = re.compile(r"\bbut\b|\bwhereas\b|\bwhile\b", re.IGNORECASE)
# "(63%) than ketamine": the number closes the first side of a comparison; the arm after 'than' is the other side's.
# (also told as a clause: "was 60%, which was significantly higher than the control group (30%)")
_THAN_AFTER = re.compile(
    r"^\s*[)\]]?\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|are)\s+)?(?:(?:significantly|markedly|much|slightly"
    r"|statistically)\s+)?(?:(?:higher|lower|greater|less|more|better|worse|larger|smaller)\s+)?than\b",
    re.IGNORECASE,
)
# "21.2% [7/33] with placebo": the number names its own arm right after it (its count's bracket may come between).
_OWN_ARM_AFTER = re.compile(
    r"^\s*(?:[\[(][^()\[\]]{0,20}[\])]\s*)?(?:for|in|with|among|on|after|following)\s+(?:the\s+)?"
    r"(?:patients\s+(?:receiving|given|on)\s+)?$",
    re.I,
)


# "11/15 (73.3%) responders in the 2X/wk group", "(45%) in the twice-weekly arm": the number names its own group by its
# dosing schedule right after it (the study's drug, like a dose standing alone), whatever arm word came before it
_SCHEDULE_GROUP_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:(?:responders|remitters|patients|participants|subjects)\s+)?(?:in|for|among|with)\s+(?:the\s+)?"
    r"(?P<g>(?:\d+\s*[x×]\s*/?\s*(?:wk|week|weekly|day|daily)|(?:once|twice|thrice|(?:two|three|four)\s+times)"
    r"(?:[\s-]+(?:a|per)\s+week|[\s-]*(?:weekly|daily))?|(?:bi-?)?weekly|daily|(?:high|low)[\s-]+frequency))"
    r"[\s-]*(?:group|arm|cohort|condition)\b",
    re.IGNORECASE,
)


def _schedule_group(s: str, m: Mention) -> tuple[int, int, str, str] | None:
    """The group named by its dosing schedule right after mention m ('... responders in the 2X/wk group'), as an arm
    of the study's drug, or None."""
    g = _SCHEDULE_GROUP_AFTER.match(s[m.end :])
    return (m.end + g.start("g"), m.end + g.end("g"), g.group("g"), DOSE_ARM_DRUG) if g else None


def _names_own_arm(s: str, terms: list[tuple[int, int, str, str]], m: Mention) -> bool:
    """'with ketamine (0% with ketamine vs. 21% with placebo)': a number that names its own arm right after it
    belongs to that arm, not to the arm the bracket around it follows."""
    after = [t for t in terms if t[0] >= m.end]
    return bool(after) and bool(_OWN_ARM_AFTER.match(s[m.end : after[0][0]]))


def _bracket_owner(s: str, terms: list[tuple[int, int, str, str]], pos: int) -> list[tuple[int, int, str, str]]:
    """The arm a bracket right after it is about: 'ketamine (n = 12; 40%)' - the number at pos inside that bracket
    belongs to the arm word before the bracket, whatever the bracket holds before it (a ';' there is no clause end)."""
    depth = 0
    for k in range(pos - 1, max(-1, pos - 40), -1):
        c = s[k]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                before = [t for t in terms if t[1] <= k and _ADJACENT.match(s[t[1] : k + 1])]
                return before[-1:]
            depth -= 1
    return []


# "Compared with placebo, 45% responded to ketamine": an arm named as what the rate is compared with is not its arm.
_COMPARED_BEFORE = re.compile(
    r"(?:^|[,;(]\s*)(?:as\s+)?(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|unlike|in\s+comparison\s+(?:with|to)"
    r"|as\s+opposed\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HEADER_BEFORE = re.compile(r"^\s*(?:(?:in|among|for|with)\s+)?(?:the\s+)?$", re.IGNORECASE)
_HEADER_AFTER = re.compile(
    r"^[\s\w./-]{0,25}?(?:\s(?:group|arm|patients|participants|condition))?\s*[:,]", re.IGNORECASE
)


def _clause_header(s: str, terms: list[tuple[int, int, str, str]], pos: int) -> list[tuple[int, int, str, str]]:
    """The arm a ';'-clause opens with, as its header ('placebo: response 10%, remission 5%', 'in the placebo
    group, response was 10% and remission 5%'): every number of the clause belongs to it."""
    start = s.rfind(";", 0, pos) + 1
    inside = [t for t in terms if start <= t[0] < pos]
    if not inside:
        return []
    t = inside[0]
    if len({x[2] for x in inside}) != 1 or not _HEADER_BEFORE.match(s[start : t[0]]):
        return []
    return [t] if _HEADER_AFTER.match(s[t[1] : pos]) else []


# The words between an arm and the bracket of its numbers: "ketamine-treated patients responded (", "placebo group ("
_SUBJECT_TO_BRACKET = re.compile(
    r"^[\w-]*(?:\s+(?:group|arm|patients|participants|subjects|recipients))?(?:\s+(?:responded|remitted|relapsed"
    r"|improved|(?:achieved|met|reached)\s+(?:a\s+)?\w+(?:\s+criteria)?|were\s+(?:responders|remitters|in\s+remission)))?"
    # "ketamine 9 (45%)", "placebo n = 2 (10%)": the arm's count before its percent
    r"(?:\s*(?:n\s*=\s*)?\d+)?\s*$",
    re.IGNORECASE,
)


def _bracket_subject(
    s: str, terms: list[tuple[int, int, str, str]], mentions: list[Mention], i: int
) -> list[tuple[int, int, str, str]]:
    """The arm a bracket holding only mention i's numbers is about, when no arm is named inside it: the last arm named
    before the bracket opens, with no other number in between."""
    m = mentions[i]
    depth = 0
    opened = -1
    for k in range(m.start - 1, -1, -1):
        if s[k] in ")]":
            depth += 1
        elif s[k] in "([":
            if depth == 0:
                opened = k
                break
            depth -= 1
    if opened < 0:
        return []
    close = min([x for x in (s.find(")", m.end), s.find("]", m.end)) if x >= 0] or [len(s)])
    if any(opened < t[0] < close for t in terms) or any(
        x is not m and x.valid and opened < x.start < close for x in mentions
    ):
        return []  # an arm inside the bracket, or a list of numbers ('(60% vs 20%)') that names its own arms
    prev_end = max([x.end for x in mentions if x.valid and x.end <= opened] or [s.rfind(";", 0, opened) + 1])
    before = [t for t in terms if prev_end <= t[0] and t[1] <= opened and not compared_arm(s, t)]
    return before[-1:] if before and _SUBJECT_TO_BRACKET.match(s[before[-1][1] : opened]) else []


def compared_arm(s: str, t: tuple[int, int, str, str]) -> bool:
    """The arm at t is named as what the numbers are compared with ('Compared with placebo, ketamine ...'), not as
    their own."""
    return bool(_COMPARED_BEFORE.search(s[: t[0]]))


def single_arm(
    s: str, terms: list[tuple[int, int, str, str]], mentions: list[Mention], i: int
) -> tuple[int, int, str, str] | None:
    """The arm of mention i read on its own: named inside it or before its bracket, the subject of its bracket, the
    arm right before or after it, or its clause's header; None when none is."""
    m = mentions[i]
    own = [t for t in terms if m.start <= t[0] < m.end]
    if not own and not _names_own_arm(s, terms, m):
        own = _bracket_owner(s, terms, m.start)
    if own:
        return own[0]
    if (schedule := _schedule_group(s, m)) is not None:
        return schedule
    back, boff, fwd, foff = windows(s, mentions, i)
    fwd_terms = [t for t in terms if foff <= t[0] < foff + len(fwd)]
    subject = _bracket_subject(s, terms, mentions, i)
    if subject:
        # "ketamine-treated patients responded (12/20, 60%) than placebo-treated patients (4/20, 20%)": the
        # bracket's subject, not the arm named after it closes
        fwd_terms = subject
    elif _THAN_AFTER.match(s[m.end :]) or (fwd_terms and _VERSUS_BETWEEN.search(s[m.end : fwd_terms[0][0]])):
        # "ECT produced higher remission (63%) than ketamine (46%)", "remission (33.6%) vs. patients receiving RWT":
        # the arm after 'than' or 'versus' is the other side's (and one they were then randomized to is later's)
        fwd_terms = []
    back_terms = [
        t for t in terms if boff <= t[0] < boff + len(back) and not compared_arm(s, t)
        and not _CONTRAST_BETWEEN.search(s[t[1] : m.start])  # "... with placebo) but caused dissociation in"
    ]
    # "in the ketamine group (85.4%)", "ketamine 25% vs placebo 5%": the arm written just before the number
    adjacent = bool(back_terms) and bool(_ADJACENT.match(s[back_terms[-1][1] : m.start]))
    if adjacent and fwd_terms and _OWN_ARM_AFTER.match(s[m.end : fwd_terms[0][0]]):
        adjacent = False  # "36.0% for esketamine 56 mg, 38.8% for esketamine 84 mg": each names its own arm
    order = (back_terms[-1:] + fwd_terms[:1]) if adjacent else (fwd_terms[:1] + back_terms[-1:])
    order = order or _clause_header(s, terms, m.start)
    return order[0] if order else None
