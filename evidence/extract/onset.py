"""Onset: the earliest time at which an abstract reports a significant antidepressant effect or response."""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.onset_arms import control_labels, shared_with_the_control
from evidence.extract.onset_clauses import domain, names_depression, positive_hours, psychiatric_visit_times
from evidence.extract.onset_groups import groups_at
from evidence.extract.onset_lists import with_spaced_time_lists
from evidence.extract.onset_names import with_scale_names
from evidence.extract.onset_pvalues import significant_change
from evidence.extract.onset_row import onset_row
from evidence.extract.onset_scope import gives_the_drug
from evidence.extract.onset_skip import skipped
from evidence.extract.onset_speed import opens_its_span, says_how_early, window_from_start
from evidence.extract.onset_times import (
    after_a_later_dose,
    before_the_dose,
    group_time,
    visit_times,
    without_dosing_times,
)
from evidence.extract.plantime import planned_time
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules import onset as rules
from evidence.extract.rules import onset_arms, onset_discourse, onset_visits
from evidence.extract.rules import onset_evidence as evidence_rules
from evidence.extract.rules.tense import PAST_FINITE_RE
from evidence.extract.text import Sentence, is_background
from evidence.extract.timecodes import with_time_codes

# What the onset is of, when not depression: the finding's detail says so, so that a suicidal-ideation onset is typed
# apart from the antidepressant one downstream (evidence.reconcile.outcome_type reads it) and never pooled with it.
_OUTCOME_OF_TIER = {1: " on suicidal ideation", 2: " on another psychiatric outcome (anxiety, PTSD, OCD)"}


def _schedule_start(sentences: list[Sentence]) -> float | None:
    """Earliest assessment time the methods name ('rated at 40, 80, 110 and 230 minutes')."""
    hours = [
        t.hours
        for s in sentences
        if s.section in ("methods", "unknown") and lexicon.ONSET_SCHEDULE.search(s.text)
        for t in timepoints_of(s.text)
        if not before_the_dose(s.text, t)
    ]
    return min(hours) if hours else None


def _first_visit(hours: list[float], sentences: list[Sentence], s: str = "") -> bool:
    """One significant time that is the first assessment the methods name: nothing was measured before it, so the
    effect began by then ('change in MADRS 24 hours after the dose' ... 'significant at 24 hours'; 'MADRS change from
    baseline to day 6 greater than with midazolam', day 6 the only visit). A difference in the share of responders
    or remitters at a first visit weeks on (sentence `s`) says how many got there by the endpoint, not when the
    effect began."""
    late = bool(hours) and hours[0] > rules.ONSET_FIRST_VISIT_MAX_HOURS
    if len(hours) != 1 or (late and ("%" in s or rules.ONSET_RATE_WORD.search(s))):
        return False
    plans = [s for s in sentences if (s.section == "methods" and lexicon.ONSET_SCHEDULE.search(s.text)) or (
        s.section in ("methods", "unknown") and _plan(s.text))]
    # (a time counted back from the dose, '2 hours before and 24 hours after the infusion', is the baseline's)
    # (... of the psychiatric rating: 'VAS at 6 h and PHQ-9 at 72 h' schedules the pain scale's visits too)
    times = [h for s in plans for h in psychiatric_visit_times(s.text)]
    if not times and len(sentences) >= 3:
        # no schedule: the time is the first when a whole abstract names no earlier one ("only timepoint given"); a
        # snippet of a sentence or two cannot tell
        # ... of a psychiatric rating: 'pain scores at 8 and 16 h' are another outcome's visits
        times = [h for s in sentences if not is_background(s) and not _other_outcome_only(s.text)
                 for h in visit_times(s.text)]
    return bool(times) and abs(min(times) - hours[0]) <= 0.01 * max(hours[0], 1.0)


def _other_outcome_only(s: str) -> bool:
    """The sentence names a non-psychiatric outcome (pain, sedation) and no psychiatric one: its times are that
    outcome's ratings, not visits of the depression scale."""
    return domain(s) is not None and not _names_psychiatric_outcome(s)


def _plan(s: str) -> bool:
    """A sentence of an unstructured abstract that says when outcomes were rated, reporting no result."""
    return bool(rules.ONSET_PLAN.search(s)) and not (lexicon.ONSET_SIGNIFICANT.search(s) or "%" in s)


def _not_an_effect_sentence(s: str) -> bool:
    """A relapse sentence, an adverse effect's time course ('dissociation peaked at 40 minutes') or an animal result
    gives no onset."""
    if evidence_rules.ONSET_ANIMAL.search(s):
        return True
    if any(k == "relapse" and rx.search(s) for k, rx in lexicon.KIND_CUES) and not _effect_beside_relapse(s):
        return True
    return bool(lexicon.ONSET_AE_COURSE.search(s) and not lexicon.ONSET_DEPRESSION_OUTCOME.search(s))


def _effect_beside_relapse(s: str) -> bool:
    """'significantly greater HDRS reductions at all follow-ups (p<0.05), fewer relapses': the significant effect on a
    depression outcome has its own comma-clause, apart from the relapses the sentence also counts."""
    relapse = next(rx for k, rx in lexicon.KIND_CUES if k == "relapse")
    for part in rules.ONSET_COMMA_CLAUSE.split(s):
        if lexicon.ONSET_SIGNIFICANT.search(part) and not relapse.search(part):
            if rules.ONSET_SCORE_OUTCOME.search(part):
                return True
    return False


def _time_to(s: str) -> float | None:
    """Hours of a stated time to response or remission ('median time to response was 3 days'), lower bound."""
    ttr = lexicon.ONSET_TIME_TO_REMISSION.search(s) or lexicon.ONSET_MEDIAN_TIME_TO.search(s)
    if ttr is None:
        return None
    if len(timepoints_of(s[ttr.start() :])) >= 2 and rules.ONSET_CONTROLLED.search(s):
        return None  # "15 days with esketamine and 23 days with placebo": arms compared on a time to an event
    a, unit = ttr.group("a") or ttr.groupdict().get("a2"), ttr.group("unit") or ttr.groupdict().get("unit2")
    return float(a) * lexicon.unit_hours(unit) if a and unit else None


def _is_onset(s: str, hours: list[float], weak: bool, sentences: list[Sentence], versus_before: bool = False,
              outcome_before: bool = False) -> bool:
    """The sentence states where the effect began: a speed word, several times, or the study's first visit.
    `versus_before`: the sentence before set the drug against its comparator, and this one opens by agreeing with it
    ('Consistently, depression improved significantly on day 1 in the ketamine group'): the comparison carries.
    `outcome_before`: this one's subject points back at the psychiatric effect the sentence before reported ('The
    effect was significant 24 h after the first dose'): that outcome carries."""
    tps = [t for t in timepoints_of(s) if not group_time(s, t)]
    # "significant at 24 h but not at 40 minutes": a time stated as not significant is still a rated time
    unmet = {t.hours for t in lexicon.find_timepoints(s) if rules.ONSET_NOT_AT_BEFORE.search(s[: t.start])}
    n_times = len({t.hours for t in tps} | {t.upper for t in tps if t.upper is not None} | unmet)
    if not hours:
        return False
    if weak or says_how_early(s, sentences) or n_times >= 2:
        return True
    # one time with no speed word: an onset only as a drug-versus-control effect at the first visit, or in a
    # single-arm study as a stated significant improvement there
    versus = rules.ONSET_VERSUS_CONTROL.search(s) and not rules.ONSET_VERSUS_BASELINE.search(s)
    versus = versus or (versus_before and bool(onset_discourse.ONSET_AGREEING_OPENER.match(s))
                        and not rules.ONSET_VERSUS_BASELINE.search(s))
    single_arm = bool(lexicon.ONSET_SIGNIFICANT.search(s) or significant_change(s)) and _no_comparator(sentences)
    # ... of a psychiatric outcome it names ("serum IL-6 was significantly reduced at 2 hours" is none)
    single_arm = single_arm and (_names_psychiatric_outcome(s) or outcome_before)
    if after_a_later_dose(s, hours[0]):
        return False  # "24 h after the second infusion": not the first visit
    if (versus or single_arm) and (hours[0] < rules.ONSET_SEPARATION_BEFORE_HOURS or window_from_start(s, hours[0])):
        # the arms separated (or, with no comparator, scores improved significantly) hours after the dose, or within
        # a window from the start ('in the first 3 days'): the earliest the abstract reports, whatever earlier
        # ratings the methods scheduled
        return True
    return bool(versus or single_arm) and _first_visit(hours, sentences, s)


def _names_psychiatric_outcome(s: str) -> bool:
    """The sentence names a depression, suicidality or other psychiatric outcome."""
    tiers = rules.ONSET_DOMAIN_TIER
    return any(tiers.get(name) is not None and rx.search(s) for name, rx in rules.ONSET_OUTCOME_DOMAINS)


def _no_comparator(sentences: list[Sentence]) -> bool:
    """No sentence names a comparator or this study's randomization ('patients matched to others drawn from a
    randomized trial' names another study's)."""
    # ... nor one named only as missing ("lack of a placebo arm" is a single-group study's limitation), nor healthy
    # controls (a reference for a measure, not a treatment's comparator)
    return not any(m for x in sentences for m in rules.ONSET_CONTROLLED.finditer(x.text)
                   if not evidence_rules.ONSET_OTHER_TRIAL_BEFORE.search(x.text[: m.start()])
                   and not onset_arms.ONSET_ABSENT_COMPARATOR_BEFORE.search(x.text[: m.start()])
                   and not (m.group(0).lower().startswith("control")
                            and onset_arms.ONSET_HEALTHY_BEFORE.search(x.text[: m.start()])))


def _versus_control(s: str) -> bool:
    """The sentence sets the drug against its comparator, not against the baseline."""
    return bool(rules.ONSET_VERSUS_CONTROL.search(s)) and not rules.ONSET_VERSUS_BASELINE.search(s)


def _effect_times(
    s: str, before: tuple[list[float], int], sentences: list[Sentence]
) -> tuple[list[float], bool, int, list[float]] | None:
    """(hours, weak, outcome tier, the times the next sentence may carry on) of a sentence that reports a
    significant effect, or None. A sentence that says the previous one's effect was 'also' seen carries its times."""
    carried = bool(before[0]) and bool(lexicon.ONSET_CONTINUATION.search(s)) and not lexicon.ONSET_NEGATED.search(s)
    # "Improvements were also observed in pain and sleep": carried to an outcome that gives no onset
    carried = carried and rules.ONSET_DOMAIN_TIER.get(domain(s, last=False) or "depression") is not None
    if _not_an_effect_sentence(s):
        return None
    if carried:
        # the earlier sentence's times and this one's: the effect was seen at all of them
        return sorted({*before[0], *(t.hours for t in timepoints_of(s))}), True, before[1], []
    if not lexicon.ONSET_EFFECT.search(s):
        return None
    if evidence_rules.ONSET_BIOMARKER.search(s) and not _names_psychiatric_outcome(s):
        return None  # "serum BDNF was significantly higher with ketamine at 4 hours": a biomarker, not an effect
    if evidence_rules.ONSET_QUALITY_OF_LIFE.search(s) and not _names_psychiatric_outcome(s):
        return None  # "SF-36 domains improved more with esketamine at week 32": quality of life, not depression
    single_arm = _no_comparator(sentences)
    # a sentence that names no outcome goes on with the previous sentence's ('BSS scores fell significantly by week 6.
    # The share with clinical improvement ...'): its outcome, not depression by default
    default = next((d for d, k in rules.ONSET_DOMAIN_TIER.items() if k == before[1]), "depression")
    got, weak, tier = positive_hours(s, single_arm, default)
    if got is None:
        return None
    hours = got
    if (lexicon.ONSET_ALL_TIMEPOINTS.search(s) and not rules.ONSET_ALL_FROM.search(s) and not opens_its_span(s)) or (
        onset_discourse.ONSET_FIRST_ASSESSMENT.search(s)
    ):
        first = _schedule_start(sentences)
        hours = hours if first is None else sorted({*hours, first})
    elif not hours and not weak and not timepoints_of(s) and (_versus_control(s) or single_arm) and (
            lexicon.ONSET_SIGNIFICANT.search(s) or (single_arm and significant_change(s))) and (
            onset_visits.ONSET_SENTENCE_END.search(s)) and PAST_FINITE_RE.search(s):
        # "the difference between the two treatments was significant" (or, with no comparator, "a significant change
        # in depressive symptoms was found"), no time (a time the sentence names but its p value left unmet, 'at 24 h
        # ... (p = 0.21)', is no onset either), in an abstract that names one time only (an adverse effect's
        # course aside), the one the methods rate at ("Both were reassessed after 24 hours")
        # (the plan of a depression rating: "safety was measured 20 minutes after each infusion" is another's; a
        # sentence the page cut off, "... compared to pla", may have lost its own time, so it gives none)
        # (a result of this study, told in the past: "ketamine has a rapid antidepressant effect" says what the drug
        # does in general, and the plan's time is not its)
        planned = planned_time([x for x in sentences if lexicon.ONSET_DEPRESSION_OUTCOME.search(x.text)])
        named = {t.hours for x in sentences if not is_background(x) and not _not_an_effect_sentence(x.text)
                 for t in timepoints_of(x.text) if t.hours > 0}
        hours = [] if planned is None or named != {planned} else [planned]
    return hours, weak, tier, got


def onset_findings(sentences: list[Sentence], study_drugs: list[str]) -> list[dict[str, object]]:
    """Onset findings (earliest significant effect), each with the span of the sentence that states it: the earliest
    time of the most preferred outcome (depression, then suicidal ideation, then another psychiatric indication), and
    beside a depression onset the suicidal-ideation onset a sentence of its own reports (a second outcome the study
    states apart is a finding of its own; one sentence naming both outcomes at one time states one onset)."""
    # ranked by (an interpretation?, outcome tier, hours): a sentence that interprets the results ('These findings
    # suggest that ketamine acts within 2 hours') restates them loosely and counts only when no other sentence does
    best: dict[int, tuple[int, int, float, Sentence, str]] = {}
    count: tuple[float, Sentence] | None = None
    prev: tuple[list[float], int] = ([], 0)  # times (and tier) of a significant effect in the previous sentence
    was_versus = False  # ... and whether it set the drug against its comparator
    skip = skipped(sentences)
    if not gives_the_drug(sentences):
        return []  # ketamine named only in the background: the study is of another treatment
    # a code the abstract defined ('one month (T1)') is read as its time wherever it is used
    read = with_scale_names(with_time_codes(sentences))  # ... and a scale's defined abbreviation as its long form
    read = with_spaced_time_lists(read)  # ... and 'at 1,3 and 5 days' as the three times it lists
    original = {id(x): o for x, o in zip(read, sentences, strict=True)}
    sentences = read
    controls = control_labels(sentences)  # the lettered groups the abstract defines as its control
    onsets: list[tuple[int, int, float, int]] = []  # every sentence's onset: the groups that share the chosen one
    for k, sent in enumerate(sentences):
        s = sent.text
        loose = int(bool(onset_discourse.ONSET_INTERPRETATION.search(s)))
        h = None if k in skip else _time_to(s)
        str_ = None if k in skip or h is not None else lexicon.ONSET_SESSIONS_TO_REMISSION.search(s)
        if k in skip or h is not None or str_:
            prev = ([], 0) if k in skip else prev
            was_versus = False
            if h is not None:
                _keep(best, (loose, 0, h, sent, "time to response/remission (lower bound of a range)"))
            count = count or (None if str_ is None else (float(str_.group("n")), sent))
            continue
        s = without_dosing_times(s)
        # (what the control group shares with the drug's, 'group C and group K showed ...', is neither's own effect)
        got = None if shared_with_the_control(s, controls) else _effect_times(s, prev, sentences)
        prev = (got[3], got[2]) if got else ([], 0)
        versus_before, was_versus = was_versus, got is not None and _versus_control(s)
        outcome_before = k > 0 and bool(onset_discourse.ONSET_ANAPHORIC_EFFECT.match(s)) and (
            _names_psychiatric_outcome(sentences[k - 1].text))
        if got is None or not _is_onset(s, got[0], got[1], sentences, versus_before, outcome_before):
            continue
        # a suicidal-ideation (or anxiety) time in a sentence that also names a depression outcome ('HAM-D and MSSI fell
        # within 6 h') is the antidepressant onset too: only a sentence about suicidal ideation alone states its own
        tier = 0 if got[2] in (1, 2) and names_depression(s) else got[2]
        _keep(best, (loose, tier, got[0][0], sent, "earliest time with a significant effect" + _OUTCOME_OF_TIER.get(
            tier, "")))
        onsets.append((loose, tier, got[0][0], k))
    chosen = sorted(best.values(), key=lambda b: b[:3])[:1]
    if chosen and chosen[0][1] == 0 and 1 in best and best[1][0] == 0 and chosen[0][0] == 0:
        chosen.append(best[1])  # the suicidal-ideation onset its own sentence states, beside the depression one
    out = [onset_row(original[id(sent)], round(h, 2), "hours", h, how, study_drugs) for _, _, h, sent, how in chosen]
    if chosen and chosen[0][1] == 0:  # two arms or subgroups that each separated first then: an onset for each
        loose, _, h, sent, how = chosen[0]
        named = groups_at(sentences, [k for lo, t, x, k in onsets if (lo, t, x) == (loose, 0, h)], h,
                          _no_comparator(sentences), controls)
        out[1:1] = [onset_row(original[id(sent)], round(h, 2), "hours", h, f"{how} ({g} group)", study_drugs)
                    for g in named[1:]]
    if not out and count is not None:
        n, sent = count
        out.append(onset_row(original[id(sent)], n, "count", None, "median number of sessions to remission",
                             study_drugs))
    return out


def _keep(best: dict[int, tuple[int, int, float, Sentence, str]], cand: tuple[int, int, float, Sentence, str]) -> None:
    """Keep cand as its outcome tier's best when it ranks first (not an interpretation, then earliest)."""
    tier = cand[1]
    if tier not in best or cand[:3] < best[tier][:3]:
        best[tier] = cand
