"""Adverse-event readers of evidence/extract/adverse.py for proportions found anywhere in a sentence: the term each
counts (found around it, carried from the previous rate, or shared with the next one's predicate) and the arm it takes.
"""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.adverse_reading import Reading
from evidence.extract.adverse_reading import row as _row
from evidence.extract.adverse_terms import TermHit, Window, connective_only, counted_term, negated, own_clause
from evidence.extract.arm_words import as_group_words
from evidence.extract.arms import arm_terms, assign_arms
from evidence.extract.mentions import Mention, windows
from evidence.extract.rules import adverse as rules
from evidence.extract.rules import adverse_pairs as pair_rules
from evidence.extract.rules import adverse_sample as sample_rules
from evidence.extract.text import Sentence


def mention_rates(r: Reading) -> None:
    """'Nausea occurred in 12% ... and 3% of those receiving placebo', '12 patients (30%) experienced nausea': each
    proportion whose term is found around it (adverse_terms.TERM_FINDERS), or the previous one's term when it
    follows it directly with no term of its own."""
    mentions = r.free()
    last: tuple[int, TermHit] | None = None
    pending: int | None = None  # a proportion without a term, just before this one
    for i, mt in enumerate(mentions):
        if not mt.valid:
            continue
        back, boff, fwd, foff = windows(r.s, mentions, i)
        hit = counted_term(Window(r.s, mt, back, boff, fwd, foff))
        if hit is None and last is not None and i - last[0] == 1 and _carries(back) and not own_clause(fwd):
            hit = last[1], -1  # "Nausea occurred in 12% ... and 3% of those receiving placebo"
        if hit is None and (term_before := _bracketed_before(r, mt)) is not None and not own_clause(fwd):
            hit = (term_before, 0), -1  # "adverse reactions in group K (14.55%) did not differ from group C (4.62%)"
        if hit is None:
            pending = i if not (own_clause(fwd) or rules.AE_FINITE_VERB.search(back)) else None
            continue
        (term, at), off = hit
        if off >= 0 and (negated(r.s, off + at, off + at + len(term)) or _group_trait(r.s, off + at)):
            continue
        if off == foff and pending == i - 1 and _shared_predicate(r, mentions, pending, i, term):
            pending = None
            last = (i, (term, at))
            r.used.append((off + at, off + at + 1))
            continue
        pending = None
        last = (i, (term, at))
        _add_rate(r, mt, term, off, at)


def _bracketed_before(r: Reading, mt: Mention) -> str | None:
    """The term of a bracketed rate ('adverse reactions in group K (14.55%)') that this number follows with only
    connectives, arms and comparison words between ('did not differ significantly from group C (4.62%)'): the other
    arm's rate of the same term. None when another number lies between or the words name anything else."""
    before = [(term, end) for term, end in r.bracketed if end <= mt.start]
    if not before:
        return None
    term, end = before[-1]
    between = r.s[end : mt.start]
    if any(end <= x.start < mt.start for x in r.mentions):
        return None
    if not arm_terms(between):
        return None  # the words between name no arm (nor a group label the abstract defined): not the other arm's
    return term if _carries(between) else None


def _group_trait(s: str, start: int) -> bool:
    """The term at start names what a group has, not what happened to it ('The response rate was 50% in patients
    with anxiety and 30% in those without', 'Of the patients with side effects, 80% had mild symptoms')."""
    before = s[max(0, start - 60) : start]
    if rules.AE_GROUP_TRAIT_BEFORE.search(before):
        return True
    # "12% of patients exhibiting hypertension required treatment": the participle names the group, the verb after
    # the term is the share's own
    term = lexicon.AE_TERM_RE.match(s, start)
    after = s[term.end() :] if term else ""
    named = sample_rules.AE_PARTICIPLE_GROUP_BEFORE.search(before)
    return bool(named and sample_rules.AE_SUBGROUP_PREDICATE_AFTER.match(after))


def _shared_predicate(r: Reading, mentions: list[Mention], i: int, j: int, term: str) -> bool:
    """'Seven ketamine patients (23%) and two placebo patients (7%) reported dizziness': two subjects, each with its
    arm named before its number, share one predicate; both rows are added with those arms. False (nothing added)
    unless the words between are connectives and each number has one arm of its own, the two different."""
    back_i, _, fwd_i, _ = windows(r.s, mentions, i)
    back_j, _, fwd_j, _ = windows(r.s, mentions, j)
    if not _carries(back_j):
        return False
    arms = [_arms_of(mentions[i], back_i, fwd_i), _arms_of(mentions[j], back_j, fwd_j)]
    if any(len(a) != 1 for a in arms) or arms[0] == arms[1]:
        return False
    for mt, arm in ((mentions[i], arms[0].pop()), (mentions[j], arms[1].pop())):
        mt.kind = "adverse_event"
        r.add(_row(r.sent, arm, mt.value, mt.n, term, "auto", (mt.start, mt.end)), (mt.start, mt.end))
    return True


def _arms_of(mt: Mention, back: str, fwd: str) -> set[str]:
    """The arms a number of a shared predicate names: those of the people it is out of when it is told as 'x (y%) of
    N <arm> patients' ('15 (45%) of 33 ketamine-treated patients compared with 10 (27%) of 37 patients receiving
    saline had ...'), else those named before it ('Seven ketamine patients (23%) and two placebo patients (7%)')."""
    out_of = pair_rules.AE_OUT_OF_AFTER.match(fwd)
    if mt.n_total is not None or out_of:
        own = pair_rules.AE_OUT_OF_PEOPLE_END.split(fwd[out_of.end() if out_of else 0 :], maxsplit=1)[0]
        after = {a[2] for a in arm_terms(own)}
        if after:
            return after
    return {a[2] for a in arm_terms(back)}


def _add_rate(r: Reading, mt: Mention, term: str, off: int, at: int) -> None:
    """The proportion mt counts the term (found at off + at in the sentence, or carried when off < 0)."""
    mt.kind = "adverse_event"
    r.add(_row(r.sent, None, mt.value, mt.n, term, "auto", (mt.start, mt.end)), (mt.start, mt.end), mt)
    if off >= 0:
        r.used.append((off + at, off + at + 1))  # the term itself is not a separate un-numbered mention


def _carries(back: str) -> bool:
    """The text between the previous adverse-event rate and this number lets it count the same term: no term of its
    own and only connectives, arms, doses or times ('and 3% of those receiving placebo'), no other quantity's name
    ('along with reduced delirium incidence (')."""
    # (a group told by its code is an arm: "and 16.7% in group C")
    return not lexicon.AE_TERM_RE.search(back) and connective_only(as_group_words(back))


def mention_arms(r: Reading) -> None:
    """The arms of the proportions read as adverse events (named next to them, or the study's pair), onto their rows."""
    assign_arms(r.s, [m for m in r.mentions if m.kind], r.control)
    for f in r.found:
        if f.mention is not None:
            _take_arm(r.sent, f.row, f.mention)


def _take_arm(sent: Sentence, row: dict[str, object], mt: Mention) -> None:
    """The row takes the arm assigned to its proportion; an inferred arm (the study's control for an unnamed pair)
    makes it uncertain."""
    row["arm"], row["arm_drug"] = mt.arm, mt.arm_drug
    if mt.notes:
        row["confidence"] = "uncertain"
    row["arm_pos"] = None if mt.arm_pos is None else sent.start + mt.arm_pos
