"""Onset clauses: which clauses of a sentence report a significant effect, at which times, for which outcome."""

from __future__ import annotations

from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.onset_links import marker_linked
from evidence.extract.onset_pvalues import significant_change, unmet_by_p
from evidence.extract.onset_times import (
    before_the_dose,
    change_start,
    from_a_later_dose,
    from_baseline,
    from_change_start,
    group_time,
    persistence_end,
    reference_time,
)
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules import onset as rules
from evidence.extract.rules import onset_arms, onset_discourse, onset_outcomes, onset_significance
from evidence.extract.rules import onset_evidence as evidence_rules


def clauses(s: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence, cut at ';' and contrast words."""
    cuts = [0] + [m.start() for m in lexicon.ONSET_CLAUSE_CUT.finditer(s) if _depth(s, m.start()) == 0] + [len(s)]
    # "Whereas scores were similar at day 1, by day 3 ...": a leading contrast clause ends at its comma
    for a in list(cuts[:-1]):
        lead = onset_discourse.ONSET_LEADING_CONTRAST.match(s, a)
        comma = s.find(",", lead.end()) if lead else -1
        while comma > 0 and _depth(s, comma) > 0:
            comma = s.find(",", comma + 1)
        if comma > 0 and not any(a < c <= comma for c in cuts):
            cuts.append(comma)
    cuts = sorted(set(cuts))
    return _after_a_negated_verdict(s, [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a])


def _after_a_negated_verdict(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A negated clause ends at ', and' when what follows gives its own verdict ('... at T0 were not significant (P >
    0.05), and the scores at T2 were significantly lower'): the negation is the first clause's, not the second's."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in onset_significance.ONSET_COORDINATE_AND.finditer(s, a, b):
            if _depth(s, m.start()) or not lexicon.ONSET_NEGATED.search(s, a, m.start()):
                continue
            rest = s[m.end() : b]
            if lexicon.ONSET_SIGNIFICANT.search(rest) and not lexicon.ONSET_NEGATED.search(rest):
                out.append((a, m.start()))
                a = m.start()
                break
        out.append((a, b))
    return out


def _depth(s: str, pos: int) -> int:
    """Bracket depth at pos: a ';' inside '(... [SE]; 95% CI ...)' does not end a clause."""
    depth = 0
    for c in s[:pos]:
        depth += c in "(["
        depth -= c in ")]" and depth > 0
    return depth


def domain(text: str, last: bool = True) -> str | None:
    """The outcome text names ('depression', 'suicidal', 'other'): the last one named (or the first); None when none."""
    hits = sorted((m.start(), name) for name, rx in rules.ONSET_OUTCOME_DOMAINS for m in rx.finditer(text))
    if not hits:
        return None
    return hits[-1][1] if last else hits[0][1]


def _time_domains(c: str, times: list[lexicon.TimeMention], default: str = "depression") -> list[str]:
    """The outcome each time of clause c belongs to: one named just after it ('by day 14 for depression'), else the
    last one named since the previous time ('anxiety fell by day 3, and depression by day 14'), else (for the first
    time) the first one named after it ('at 24 h, MADRS scores fell'), else the previous time's; else `default`."""
    out: list[str] = []
    c = _without_asides(c)
    for k, t in enumerate(times):
        nxt = times[k + 1].start if k + 1 < len(times) else len(c)
        after = rules.ONSET_OUTCOME_AFTER.match(c[t.end : nxt])
        tail = c[t.end + after.end() : nxt] if after else ""
        named = domain(tail[:25], last=False) if tail and _starts_withdomain(tail) else None
        named = named or domain(c[times[k - 1].end if k else 0 : t.start])
        if named is None and not out:
            named = domain(c[t.end : nxt], last=False)
        out.append(named or (out[-1] if out else default))
    return out


def psychiatric_visit_times(s: str) -> list[float]:
    """Hours of the times of s that can be visits of a psychiatric rating after the drug (not the baseline, not counted
    back from the dose or from a later dose); in a sentence that schedules several outcomes ('VAS at 6 and 24 h, and
    PHQ-9 at 72 h after surgery'), only the times tied to a psychiatric one: the pain scale's visits are not its."""
    times = [t for t in timepoints_of(s) if t.hours > 0 and not from_a_later_dose(s, t) and not before_the_dose(s, t)]
    if domain(s) is None or not any(name == "other" and rx.search(s) for name, rx in rules.ONSET_OUTCOME_DOMAINS):
        return [t.hours for t in times]
    kept = [t.hours for t, d in zip(times, _time_domains(s, times), strict=True)
            if rules.ONSET_DOMAIN_TIER.get(d) is not None]
    return kept


def _without_asides(c: str) -> str:
    """c with the instrument asides blanked (same length): 'SI scores (MADRS item 10) fell at 40 min' is about
    suicidal ideation, whatever scale it was read from."""
    return onset_outcomes.ONSET_INSTRUMENT_ASIDE.sub(lambda m: " " * len(m.group(0)), c)


def names_depression(text: str) -> bool:
    """The text names a depression measure outside its instrument asides ('SI scores (MADRS item 10)', 'in depressed
    patients' and 'MADRS-SI' do not)."""
    return bool(onset_outcomes.ONSET_DEPRESSION_MEASURE.search(_without_asides(text)))


def _starts_withdomain(text: str) -> bool:
    return any(rx.match(text) for _, rx in rules.ONSET_OUTCOME_DOMAINS)


def _tier_hours(c: str, default: str = "depression") -> dict[int, set[float]]:
    """Hours of clause c by the tier of the outcome each is tied to (0 depression, 1 suicidal ideation, 2 another
    psychiatric indication); times of non-psychiatric outcomes (pain, sedation) are dropped."""
    # "... and through day 3", "lasted to day 7": the end of how long the effect lasted, not where it began
    # ... and "week 0", "day 0": the baseline, never where an effect was seen
    # ... and "non-responders at 6 months": when a group was defined; "times to remission (15 versus 23 days)":
    # durations until an event, and every time after them in the clause ("... and a greater share by day 25")
    tte = evidence_rules.ONSET_TIME_TO_EVENT.search(c)
    # ... and "drops in scores from day 1 to day 14": the start a change is measured from, seen at the span's end
    spans = (from_change_start(c, from_baseline(x)) for x in timepoints_of(c))
    times = [t for t in spans if t.hours > 0 and not persistence_end(c, t) and not reference_time(c, t)
             and not group_time(c, t) and not change_start(c, t) and not (tte is not None and t.start > tte.start())]
    # "from T1 to T2, p = 0.056": a time whose own p value is .05 or more was not significant there
    unmet = unmet_by_p(c, times)
    times = [t for t in times if t.start not in unmet]
    out: dict[int, set[float]] = {}
    for t, d in zip(times, _time_domains(c, times, default), strict=True):
        tier = rules.ONSET_DOMAIN_TIER.get(d)
        if tier is not None:
            out.setdefault(tier, set()).add(t.hours)
    return out


def _without_associations(c: str) -> str:
    """c with its coordinate parts that state an association between measures blanked (same length): 'a significant
    correlation between baseline DSR and MADRS change to day 1' tells how one measure tracks another, not when the
    drug's effect began; the part beside it ('MADRS fell significantly at 24 h, and anxiety was a predictor of
    response') still can."""
    def linked(part: str) -> bool:
        return bool(onset_significance.ONSET_ASSOCIATION.search(part)) or marker_linked(part)

    if not linked(c):
        return c
    cuts = [0] + [m.start() for m in onset_significance.ONSET_COORDINATE_AND.finditer(c) if not _depth(c, m.start())]
    spans = list(zip(cuts, [*cuts[1:], len(c)], strict=True))
    return "".join(" " * (b - a) if linked(c[a:b]) else c[a:b] for a, b in spans)


def _every_arm_alone(c: str) -> bool:
    """Clause c of a controlled study reports a change in every arm ('in both groups'), set against no comparator."""
    every = onset_outcomes.ONSET_EVERY_ARM.search(c)
    if every is None:
        return False
    return not onset_outcomes.ONSET_AGAINST_A_COMPARATOR.search(c[: every.start()] + c[every.end() :])


def _drug_outdone(c: str) -> bool:
    """Clause c names the studied drug first as what another treatment did better than ('superior to ketamine')."""
    hits = sorted(m.start() for _, rx in study_drugs.compiled(study_drugs.active()) for m in rx.finditer(c))
    if not hits:
        return False
    return bool(onset_discourse.ONSET_SET_AGAINST.search(c[: hits[0]])) and bool(
        onset_discourse.ONSET_BETTER_THAN.search(c))


def _bare_comparison(s: str, c: str) -> bool:
    """Clause c sets one arm's scores against another's in so many words ('Group B had lower HAMD scores than group N
    at 1 d'), in a sentence with no p value, significance word or hedge: the separation is the result it states."""
    return bool(onset_arms.ONSET_BARE_COMPARISON.search(c)) and not onset_arms.ONSET_HEDGED_COMPARISON.search(s)


def _rate_at_a_late_visit(c: str, tiers: dict[int, set[float]]) -> bool:
    """'Within 6 weeks, a 50% response rate was observed': a rate at a visit weeks on says what was reached by the
    end of a course, not where an effect began (unless it says how early)."""
    hours = [h for v in tiers.values() for h in v]
    late = bool(hours) and min(hours) > rules.ONSET_FIRST_VISIT_MAX_HOURS
    return late and "%" in c and not rules.ONSET_EARLY.search(c)


def positive_hours(
    s: str, single_arm: bool = False, default: str = "depression"
) -> tuple[list[float] | None, bool, int]:
    """(sorted hours named in clauses that report a significant effect, weak, outcome tier) or (None, False, 0)
    when none does.

    A negated clause ('no significant difference at 4 hours') gives no onset, but the clause beside it still can.
    Only the times of the sentence's most preferred outcome are kept (a depression time over one of suicidal
    ideation over one of another psychiatric indication); a non-psychiatric outcome's (pain) gives none. In a
    `single_arm` study, relief reported within a time ('within 1 h, patients reported reduced anxiety') is an effect,
    and so is a change with p < .05 ('MADRS decreased from baseline to day 7, p < .001').
    """
    by_tier: dict[int, set[float]] = {}
    any_weak = found = negated_depression = False
    for a, b in clauses(s):
        c = _without_associations(s[a:b])
        # a clause that names no outcome goes on with the one before ('SSI scores fell within 40 minutes; these
        # decreases remained significant ...')
        default = domain(_without_asides(s[:a])) or default
        if lexicon.ONSET_NEGATED.search(c):
            negated_depression = negated_depression or domain(c) == "depression"
            continue
        if rules.ONSET_FADING.search(c):
            continue  # "effects started fading by day 7": where the effect ended, not where it began
        if evidence_rules.ONSET_SUBGROUP_CONTRAST.search(c):
            continue  # "a larger reduction in women than in men at 24 h": patients against patients, not the drug
        if onset_significance.ONSET_WEAKENED_CHANGE.search(c):
            continue  # "naltrexone attenuated the reduction in MADRS on day 1": another drug weakened the effect
        if _drug_outdone(c):
            continue  # "ECT produced greater improvement than ketamine at week 3": the comparator's effect
        if not single_arm and _every_arm_alone(c):
            continue  # "improved significantly in both groups within 3 days": each arm from its baseline
        strong = bool(lexicon.ONSET_SIGNIFICANT.search(c)) or bool(
            rules.ONSET_P_BELOW_05.search(c) and rules.ONSET_VERSUS_CONTROL.search(c)
        ) or (single_arm and significant_change(c)) or (not single_arm and _bare_comparison(s, c))
        weak = bool(lexicon.ONSET_WEAK_EFFECT.search(c) and lexicon.ONSET_EXPLICIT_SPEED.search(c))
        weak = weak or (single_arm and bool(rules.ONSET_SINGLE_ARM_RELIEF.search(c))
                        and bool(rules.ONSET_SINGLE_ARM_SPEED.search(c)))
        if any(reference_time(c, t) for t in timepoints_of(c)):
            continue  # "lower at week 4 than at week 1": one time against another, not where an effect began
        tiers = _tier_hours(c, default)
        weak = weak and not _rate_at_a_late_visit(c, tiers)
        if not (strong or weak):
            continue
        found = True
        any_weak = any_weak or weak
        for tier, hours in tiers.items():
            by_tier.setdefault(tier, set()).update(hours)
    if negated_depression:
        # "reduced anxiety within 24 hours, but depressive symptoms did not change": no antidepressant onset
        by_tier = {k: v for k, v in by_tier.items() if k == 0}
    if not found:
        return None, False, 0
    if not by_tier:
        return [], any_weak, 0
    tier = min(by_tier)
    return sorted(by_tier[tier]), any_weak, tier
