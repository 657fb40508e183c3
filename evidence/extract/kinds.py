"""Which measure a number of a sentence reports (response, remission, relapse ...), and percentages that are a
share of the sample rather than an outcome."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arms import arm_terms
from evidence.extract.mentions import Mention, clause_of, windows
from evidence.extract.rules.efficacy_stats import DIFFERENCE_VALUE_BEFORE
from evidence.extract.rules.ratetimes import LATER_SUBSET_CLAUSE
from evidence.extract.rules.shares import (
    AE_NAMED_BEFORE,
    AE_PREDICATE_AFTER,
    CLAUSE_START_BEFORE,
    CRITERION_MET_AFTER,
    CUMULATIVE_RATE_BEFORE,
    EITHER_KIND_RE,
    HALVING_MET_AFTER,
    OWN_CUE_PREDICATE_AFTER,
    OWN_PREDICATE_AFTER,
    RESPONDER_SHARE_AFTER,
    STATISTIC_AFTER,
    STATISTIC_SUBJECT,
    WITH_BEFORE,
    WITH_ING_AFTER,
)

_DIFFERENCE = re.compile(DIFFERENCE_VALUE_BEFORE, re.IGNORECASE)
_COUNT_BRACKET = re.compile(r"\b\d+\s*[(\[]\s*$")
# ("and/or" joins two words of one outcome, not two clauses)
# (and the lower-case "and" of Spanish, Portuguese and French: "la tasa de respuesta fue del 52,5% y la de remisión")
_CONJUNCTION = re.compile(
    r",\s|\band\b(?!\s*/\s*or\b)|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\b|\bversus\b|\bvs\b|(?-i:\s(?:y|e|et)\s)",
    re.I,
)


def cue_hits(text: str) -> list[tuple[int, str]]:
    """(offset, kind) of kind cues; a response/remission word inside a relapse or excluded phrase does not count."""
    blocked: list[tuple[int, int]] = []
    hits: list[tuple[int, str]] = []
    for kind, rx in lexicon.KIND_CUES:
        for m in rx.finditer(text):
            if kind in ("relapse", "excluded"):
                blocked.append((m.start(), m.end()))
                hits.append((m.start(), kind))
            elif not any(a <= m.start() < b or a < m.end() <= b for a, b in blocked):
                hits.append((m.start(), kind))
    # "responders or remitters": one share that reached either, read as response
    for m in EITHER_KIND_RE.finditer(text):
        hits = [h for h in hits if not (m.start() <= h[0] < m.end() and h[1] == "remission_rate")]
        if not any(m.start() <= h[0] < m.end() for h in hits):
            hits.append((m.start(), "response_rate"))
    return sorted(hits)


def classify(s: str, mentions: list[Mention], i: int) -> str | None:
    """Kind of mention i from the nearest cue after it, else before it, else its clause's only kind."""
    back, _, fwd, _ = windows(s, mentions, i)
    if any(k == "relapse" for _, k in cue_hits(_contrast_clause(s, mentions[i].start))):
        return "relapse"  # "Among remitters, 70% and 63% ... relapsed": a relapse rate
    # the words after a number up to the next conjunction describe it ("27% responded, 10% met remission");
    # beyond it they belong to the next number ("43.3% at week 2 and remission in 23.3%")
    if STATISTIC_SUBJECT.search(back) and not CUMULATIVE_RATE_BEFORE.search(back):
        return None  # "the probability that a non-responder responded was 17%": a statistic, not a share
    if _DIFFERENCE.search(s[: mentions[i].start].split(";")[-1][-250:]):
        return None  # "the difference in remission rates between the groups was 13.1%": a gap between two rates
    if AE_PREDICATE_AFTER.match(s[mentions[i].end :]) or AE_NAMED_BEFORE.search(back):
        return None  # "..., and 20% reported headache", "; dissociation in 20%": an adverse event's count
    if STATISTIC_AFTER.match(s[mentions[i].end :]):
        return None  # "response at 4 hours predicted response at week 2 (94% sensitive, 71% specific)"
    head = _CONJUNCTION.split(fwd, maxsplit=1)[0]
    f = cue_hits(head)
    if f and f[0][1] in _RATE_KINDS and re.search(r"[)\]]", head[: f[0][0]]):
        # "Response (45%) or remission (20%)": the measure the number's bracket is written right after, not the next
        own = _word_before_bracket(s, mentions[i].start)
        if own:
            return own
    if f:
        return f[0][1]
    if WITH_BEFORE.search(s[: mentions[i].start]) and HALVING_MET_AFTER.match(_past_count_bracket(s, mentions[i])):
        mentions[i].notes.append("measure read from the criterion the sentence states")
        return "response_rate"  # "..., with 60% of patients having a >=50% reduction in MADRS": the criterion met
    if _with_ing(s, mentions, i, head):
        return None  # "remission in 32%, with 0.9% deteriorating (and 0.6% on GAD-7)": its own verb describes it
    own = _kind_before_bracket(s, mentions[i].start)
    if own:
        return own  # "responded (92% v. 57%) and remitted (77% v. 14%)": the word the bracket belongs to
    rest = _past_count_bracket(s, mentions[i])
    after = _CONJUNCTION.split(rest, maxsplit=1)[0]
    if HALVING_MET_AFTER.match(rest):
        mentions[i].notes.append("measure read from the criterion the sentence states")
        return "response_rate"  # "26% had a 50% improvement in PHQ-9 score"
    if CRITERION_MET_AFTER.match(after) and defined_kind(after):
        mentions[i].notes.append("measure read from the criterion the sentence states")
        return defined_kind(after)  # "48% had a ≥50% reduction in MADRS, and 22% had a MADRS score ≤10"
    if RESPONDER_SHARE_AFTER.match(rest):
        mentions[i].notes.append("share with a significant improvement read as response (no threshold stated)")
        return "response_rate"
    if lexicon.SAMPLE_TRAIT_AFTER.match(head) and not lexicon.RESPONSE_DEFINITION_RE.search(head):
        return None  # "30 (75%) had failed three antidepressants": a trait of part of the sample, not an outcome
    if opens_own_clause(s, mentions[i]):
        return None  # "..., 78% experienced side effects": its own verb describes it, not the clause before
    if _parallel_trait(s, mentions, i, head):
        return None  # "70 (58%) had severe and 50 (42%) moderate depression": the verb left out is the trait's
    b = cue_hits(back)
    if b and any(h[1] != "improvement" for h in b):
        return b[-1][1]
    # a threshold inside a definition ends the window early ("Response (>=50% reduction) was achieved by 55%",
    # "Response (>=50% improvement) rates were 45% and 20%": the definition's 'improvement' is no measure of its
    # own): the words back to the previous rate, past the threshold, name the measure
    prev_end = max([x.end for x in mentions[:i] if x.valid] or [0])
    wide = s[prev_end : mentions[i].start].split(";")[-1]
    strong = [h for h in cue_hits(wide) if h[1] != "improvement"]
    if strong and len(wide) > len(back):
        return strong[-1][1]
    if b:
        return b[-1][1]
    # a measure named after a later number that opens its own clause is that number's (", and 35% met response
    # criteria"), not this one's
    later = [x.start for x in mentions[i + 1 :] if x.valid and opens_own_clause(s, x, own_cue=True)]
    # (... nor is one named in a later clause that counts a subset: "in 75% of the sample and 2 of these responded")
    subset = LATER_SUBSET_CLAUSE.search(s, mentions[i].end)
    later += [subset.start()] if subset else []
    s_own = s[: min(later)] if later else s
    kinds = {k for _, k in cue_hits(clause_of(s_own, mentions[i].start))}
    if len(kinds) == 1:
        return kinds.pop()
    own_clause = clause_of(s, mentions[i].start)
    if lexicon.AE_TERM_RE.search(own_clause) and not cue_hits(own_clause):
        return None  # "Response rates were 45% and 10%; dissociation occurred in 30% and 5%": the clause's own event
    kinds = {k for _, k in cue_hits(s_own)} - {"improvement"}
    if len(kinds) == 1:
        return kinds.pop()
    clause = clause_of(s, mentions[i].start)
    kind = defined_kind(clause) if lexicon.PEOPLE_RE.search(clause) else None
    if kind:
        mentions[i].notes.append("measure read from the criterion the sentence states")
    return kind


_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_AFTER_BRACKET = re.compile(r"^\s*[)\]]")
_FRACTION_BRACKET = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|majority|minority|most)\s*[(\[]\s*$", re.I)


def _past_count_bracket(s: str, m: Mention) -> str:
    """The words after a value, past the bracket it closes when it restates a count ('18 (45%) had ...', 'two-thirds
    (67%) experienced ...'): the count's own predicate. Not past a subgroup's bracket ('patients with anxiety
    (45%)')."""
    rest = s[m.end :]
    close = re.match(r"\s*[)\]]", rest)
    if close and (m.n_events is not None or _FRACTION_BRACKET.search(s[: m.start])):
        return rest[close.end() :]
    return rest


_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|,\s*(?:but|though|although|yet)\s+", re.IGNORECASE)


def _contrast_clause(s: str, pos: int) -> str:
    """The part of pos's ';'-clause between contrasts ('45% of responders relapsed, while 60% had responded'): a
    measure named across 'while', 'whereas' or ', but' describes the other side's numbers."""
    a = s.rfind(";", 0, pos) + 1
    b = s.find(";", pos)
    clause = s[a : b if b >= 0 else len(s)]
    cuts = [0, *(m.end() for m in _CONTRAST.finditer(clause)), len(clause)]
    at = pos - a
    for x, y in zip(cuts, cuts[1:], strict=False):
        if x <= at < y:
            return clause[x:y]
    return clause


def _with_ing(s: str, mentions: list[Mention], i: int, head: str) -> bool:
    """Mention i follows 'with' and its own -ing verb is not a measure ('..., with 0.9% deteriorating'), or it is
    coordinated, with no verb or measure of its own, right after such a share ('... and 0.6% on the GAD-7')."""
    m = mentions[i]
    if WITH_BEFORE.search(s[: m.start]) and WITH_ING_AFTER.match(head):
        return True
    before = [x for x in mentions[:i] if x.valid and x.end <= m.start]
    if not before or cue_hits(head) or OWN_PREDICATE_AFTER.match(head):
        return False
    p = before[-1]
    between = s[p.end : m.start]
    if ";" in between or cue_hits(between) or not re.search(r"(?:,|\band\b)\s*$", between):
        return False
    p_head = _CONJUNCTION.split(s[p.end :], maxsplit=1)[0]
    return bool(WITH_BEFORE.search(s[: p.start]) and WITH_ING_AFTER.match(p_head))


def _parallel_trait(s: str, mentions: list[Mention], i: int, head: str) -> bool:
    """Mention i is coordinated with a share of the sample just before it and leaves out its verb ('70 (58.3%) had
    severe scores and 50 (41.7%) moderate scores'): the same trait, not a measure named in another clause."""
    before = [x for x in mentions[:i] if x.valid and x.end <= mentions[i].start]
    if not before or cue_hits(head) or OWN_PREDICATE_AFTER.match(head):
        return False
    p = before[-1]
    between = s[p.end : mentions[i].start]
    if ";" in between or not re.search(r"(?:,|\band\b|\bor\b)[\s\d(\[]*(?:n\s*=\s*)?[\s\d(\[,]*$", between):
        return False
    p_head = _CONJUNCTION.split(s[p.end :], maxsplit=1)[0]
    if cue_hits(p_head):
        return False
    # the share before is a trait, or itself one more item of the same list ("20 (17%) antipsychotics and 10 (8%) ...")
    return bool(lexicon.SAMPLE_TRAIT_AFTER.match(p_head)) or _parallel_trait(s, mentions, mentions.index(p), p_head)


_ARM_PHRASE_END = re.compile(
    r"\s+(?:in|with|among|for|of)\s+(?:the\s+)?[\w-]+(?:\s+(?:group|arm|cohort|condition)s?)?\s*$", re.IGNORECASE
)


_RATE_KINDS = ("response_rate", "remission_rate")


def _word_before_bracket(s: str, pos: int) -> str | None:
    """The rate whose word ends right before the bracket that holds pos ('Response (45% vs 20%'), if any."""
    opened = max(s.rfind("(", 0, pos), s.rfind("[", 0, pos))
    if opened < 0 or re.search(r"[)\]]", s[opened:pos]):
        return None
    near = s[max(0, opened - 30) : opened]
    hits = [(at, kind) for at, kind in cue_hits(near) if kind in _RATE_KINDS]
    if not hits or not re.fullmatch(r"[\w-]*(?:\s+rates?)?\s*", near[hits[-1][0] :]):
        return None
    return hits[-1][1]


def _kind_before_bracket(s: str, pos: int) -> str | None:
    """The measure named right before the bracket that holds pos ('remitted (76.9% v. 14.3%'), if any."""
    depth = 0
    for k in range(pos - 1, -1, -1):
        c = s[k]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                near = s[max(0, k - 40) : k].split(";")[-1]
                if re.search(r"\d\s*$", near):
                    return None  # "; 4 (10%) discontinued": the bracket is the count's, not the measure's before
                arm = _ARM_PHRASE_END.search(near)
                if arm and arm_terms(arm.group(0)):
                    near = near[: arm.start()]  # "remission in the ketamine arm (40%)": the measure before its arm
                tail = " ".join(near.split()[-3:])
                hits = [kind for _, kind in cue_hits(tail) if kind != "improvement"]
                return hits[-1] if hits else None
            depth -= 1
    return None


def names_criterion(s: str) -> bool:
    """The sentence writes out a response or remission criterion ('a ≥50% reduction', 'a MADRS score ≤10', '40% had a
    50% reduction in MADRS')."""
    if any(rx.search(s) for _, rx in lexicon.DEFINED_KINDS):
        return True
    return any(HALVING_MET_AFTER.match(_AFTER_BRACKET.sub("", s[m.end() :])) for m in _PERCENT_SIGN.finditer(s))


def responder_share(s: str) -> bool:
    """The sentence gives a share of people with a significant improvement of depression ('47% of patients showed a
    significant decrease in PHQ-9 scores')."""
    return any(RESPONDER_SHARE_AFTER.match(_AFTER_BRACKET.sub("", s[m.end() :])) for m in _PERCENT_SIGN.finditer(s))


def opens_own_clause(s: str, m: Mention, own_cue: bool = False) -> bool:
    """The number starts a clause of its own with its own verb (', 78% experienced side effects', '; 20% of
    participants needed ...'), so a measure named before the break does not describe it; with `own_cue`, also when
    that verb is itself a measure (', and 35% met response criteria')."""
    head = _CONJUNCTION.split(s[m.end :], maxsplit=1)[0]
    before = s[: m.start]
    counted = _COUNT_BRACKET.search(before)
    if counted and re.match(r"\s*[)\]]", head):
        # "; 4 (10%) discontinued ...": the count and its bracket open the clause, the verb follows the bracket
        before, head = before[: counted.start()], head[head.find(")" if ")" in head else "]") + 1 :]
    if own_cue and CLAUSE_START_BEFORE.search(before) and cue_hits(head):
        return bool(OWN_CUE_PREDICATE_AFTER.match(head))
    if defined_kind(head) or lexicon.RESPONSE_DEFINITION_RE.search(head):
        return False  # "..., 40% had a 50% or greater reduction": the criterion names the measure
    return bool(CLAUSE_START_BEFORE.search(before)) and bool(OWN_PREDICATE_AFTER.match(head))


def defined_kind(text: str) -> str | None:
    """The one measure whose criterion the text writes out ('a 50% or greater reduction', 'MADRS of 10 or less')."""
    kinds = {kind for kind, rx in lexicon.DEFINED_KINDS if rx.search(text)}
    return kinds.pop() if len(kinds) == 1 else None
