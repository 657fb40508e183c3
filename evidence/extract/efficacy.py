"""Response and remission rates per arm (with definition and timepoint) and scale changes, from sentences."""

from __future__ import annotations

import re

from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.arm_labels import abbreviation_arms, group_arms
from evidence.extract.arm_words import arm_terms, labelled_groups
from evidence.extract.arms import assign_arms
from evidence.extract.counts import count_mentions, one_per_count
from evidence.extract.group_shares import share_of_sample
from evidence.extract.kinds import classify, cue_hits, names_criterion, responder_share
from evidence.extract.lists import (
    elided_kinds,
    list_head,
    list_tail,
    listed_kinds,
    listed_measures,
    listed_times,
    mirrored_kinds,
)
from evidence.extract.mentions import Mention, find_mentions, range_end, windows, without_intervals
from evidence.extract.model import Finding
from evidence.extract.plantime import planned_time
from evidence.extract.raterecords import RateRecord
from evidence.extract.ratetimes import (  # noqa: F401 - timepoints_of re-exported for onset
    coordinated_times,
    own_clause_words,
    ratings_repeated,
    time_labels,
    time_without_clock,
    timepoint_for,
    timepoints_of,
    trial_length,
)
from evidence.extract.roles import hypothetical_clause, result_sentences
from evidence.extract.rules.efficacy import DOSE_UNIT_AFTER, POOLED_SAMPLE_BEFORE
from evidence.extract.rules.efficacy_methods import OUTCOME_REACHED, RESPONSE_MEASURED
from evidence.extract.rules.efficacy_stats import OTHER_COMPOUND_AFTER
from evidence.extract.rules.onset import ONSET_OUTCOME_DOMAINS
from evidence.extract.rules.reference import REFERENCE_NOUN_BEFORE, REFERENCE_VALUE_AFTER, REFERENCE_VALUE_BEFORE
from evidence.extract.rules.shares import (
    ATTAINED_IMPROVEMENT_AFTER,
    IMPROVED_DEPRESSIVE,
    IMPROVED_NOT_SUBJECT_END,
    IMPROVED_OBJECT,
    IMPROVED_PEOPLE_SUBJECT,
    IMPROVED_QUALITY_OF_LIFE,
    IMPROVED_SUBJECT,
    IMPROVEMENT_SHORT_OF_RESPONSE,
)
from evidence.extract.scalechanges import scale_changes, scale_records  # noqa: F401 - re-exported for the pipeline
from evidence.extract.text import Sentence
from evidence.extract.trailing_kinds import (
    compared_kinds,
    paired_kinds,
    paired_times,
    trailing_kinds,
    verb_after_list,
)


def rate_findings(
    sentences: list[Sentence],
    other_arm: str | None = None,
    arms: list[tuple[str, str]] | None = None,
    group_n: int | None = None,
    review: bool = False,
) -> list[dict[str, object]]:
    """The rates of `rate_records` as the mappings the pipeline passes on."""
    return [r.to_dict() for r in rate_records(sentences, other_arm, arms, group_n, review)]


def rate_records(
    sentences: list[Sentence],
    other_arm: str | None = None,
    arms: list[tuple[str, str]] | None = None,
    group_n: int | None = None,
    review: bool = False,
) -> list[RateRecord]:
    """Response/remission findings: one per arm rate, with span = the sentence the numbers were read from; `arms`
    are the study's arms in the order its allocation sentence lists them (for '..., respectively' naming none);
    `group_n` the size of a single-group study, over which a bare count ('four patients remitted') is a rate;
    `review` for a review's pooled rates. A group label the abstract defines ('group C' = saline) is read as that
    arm's word."""
    with labelled_groups(group_arms(sentences), abbreviation_arms(sentences)):
        return _rate_records(sentences, other_arm, arms, group_n, review)


def _rate_records(
    sentences: list[Sentence],
    other_arm: str | None,
    arms: list[tuple[str, str]] | None,
    group_n: int | None,
    review: bool,
) -> list[RateRecord]:
    """rate_records' reading, with the abstract's group labels in force."""
    out: list[RateRecord] = []
    prev: Sentence | None = None
    results = result_sentences(sentences, review)
    labels = time_labels(sentences)
    length = trial_length(sentences)
    planned = None if ratings_repeated(sentences) else planned_time(sentences)
    for k, sent in enumerate(sentences):
        s = without_intervals(sent.text)
        if k not in results or not (cue_hits(s) or names_criterion(s) or responder_share(s)):
            prev = sent
            continue
        if RESPONSE_MEASURED.search(s) and not OUTCOME_REACHED.search(s):
            prev = sent
            continue  # "Glx responses were measured ... in 8/11 patients": how a response was measured
        if _other_compound_only(s):
            prev = sent
            continue  # "32% responded to AZD6765, and 15% to placebo": another compound's trial
        mentions = find_mentions(s)
        one_per_count(s, mentions)
        _dose_labels(s, mentions)
        for i, m in enumerate(mentions):
            if not m.valid:
                continue
            kind = classify(s, mentions, i)
            if kind == "improvement":
                back, _, fwd, _ = windows(s, mentions, i)
                people = lexicon.PEOPLE_RE.search(back + s[m.start : m.end] + fwd) or ATTAINED_IMPROVEMENT_AFTER.match(
                    s[m.end :]
                )
                if not people or _other_outcome(back + fwd) or IMPROVEMENT_SHORT_OF_RESPONSE.search(s[: m.start] + fwd):
                    continue  # ... or "early improvement", "an improvement in mood": short of a response
                m.notes.append("improvement reported as response")
            elif kind not in ("response_rate", "remission_rate"):
                continue
            if share_of_sample(s, m):
                continue
            m.kind = "response_rate" if kind == "improvement" else kind
        _list_passes(s, mentions)
        if not any(m.valid and m.kind for m in mentions):
            # no rate: a bare count over the group ('four patients remitted'); but the lists are read first ('The
            # rates of response, remission and relapse were 55%, 30% and 20%, respectively': relapse named in the
            # sentence no longer hides the rates its list gives)
            mentions = count_mentions(s, group_n)
            _list_passes(s, mentions)
        assign_arms(s, mentions, other_arm, arms)
        times_of = listed_times(s, mentions, labels) | paired_times(s, mentions)
        definition = _definition(s)
        for i, m in enumerate(mentions):
            if not m.valid or not m.kind:
                continue
            if (other_arm and _pooled_over_arms(s, m.start)) or hypothetical_clause(s, m.start):
                continue
            if _reference_value(s, m):
                continue  # "... lower than the 50% reported for ECT": the value compared with, not a result
            if not review and range_end(s, m):
                continue  # "response rates ranged between 12 and 20%": the ends of a range
            back, boff, fwd, foff = windows(s, mentions, i)
            # "..., and side effects resolved within 2 hours": the next clause's time is not this rate's
            own = _own_words(own_clause_words(fwd))
            own = own[: ref.start()] if (ref := _REFERENCE.search(own)) else own  # "60%, higher than at week 1"
            spans = [(foff, foff + len(own)), *list_tail(s, mentions, i), (boff, boff + len(back)),
                     *list_head(s, mentions, i)]
            same = prev if prev and prev.section == sent.section else None
            hours, inherited = timepoint_for(s, m.start, same, spans)
            if i in times_of:
                hours, inherited = times_of[i], False
            elif (hours is None or inherited) and not timepoints_of(s):
                hours, inherited = time_without_clock(s, m.start, labels, length, hours, inherited)
                if hours is None and planned is not None and not lexicon.NON_TIME_RE.search(s):
                    hours = planned  # the one time the methods rate outcomes at
                    m.notes.append("timepoint from the methods' single assessment time")
            uncertain = bool(m.notes) or inherited or m.arm is None
            notes = [*m.notes, "timepoint from previous sentence" if inherited else ""]
            listed = [hours] if i in times_of or inherited else coordinated_times(s, spans[0], hours)
            out.extend(
                RateRecord(
                    kind=m.kind,
                    value=m.value,
                    span=(sent.start, sent.end),
                    value_span=(sent.start + m.start, sent.start + m.end),
                    arm=m.arm,
                    arm_drug=m.arm_drug,
                    arm_pos=None if m.arm_pos is None else sent.start + m.arm_pos,
                    timepoint_hours=h,
                    n=m.n_total or m.n,
                    n_events=m.n_events,
                    definition=definition,
                    notes=tuple(x for x in notes if x),
                    confidence="uncertain" if uncertain else "auto",
                )
                for h in listed
            )
        prev = sent
    return out


def _dose_labels(s: str, mentions: list[Mention]) -> None:
    """A decimal the sentence also writes as a dose ('ketamine 0.1 mg/kg (KET 0.1)'), or written right after a label
    in capitals ('superior for KET 0.5'), names that dose's arm, not a proportion of patients."""
    for m in mentions:
        if m.valid and "decimal proportion" in m.notes:
            number = re.escape(s[m.start : m.end])
            labelled = _CAPS_LABEL_BEFORE.search(s[: m.start])  # "superior for KET 0.5 (N = 11; ...)"
            if labelled or re.search(r"(?<![\d.])" + number + DOSE_UNIT_AFTER, s):
                m.valid = False


_CAPS_LABEL_BEFORE = re.compile(r"\b(?-i:[A-Z]{1,6})[- ]?$")


def _list_passes(s: str, mentions: list[Mention]) -> None:
    """The kinds a sentence's lists, pairs and elisions give its numbers, in order."""
    for read in (listed_kinds, listed_measures, trailing_kinds, paired_kinds, verb_after_list, compared_kinds,
                 mirrored_kinds, elided_kinds):
        read(s, mentions)


def _reference_value(s: str, m: Mention) -> bool:
    """The value is what a result is compared with, told as others' or as usual ('the 50% reported for ECT', 'rates
    usually observed with augmentation (15%)'), not one of this study's rates."""
    before = s[max(0, m.start - 90) : m.start]
    compared = REFERENCE_NOUN_BEFORE.search(before) and REFERENCE_VALUE_AFTER.match(s[m.end :])
    return bool(compared or REFERENCE_VALUE_BEFORE.search(before))


def _pooled_over_arms(s: str, pos: int) -> bool:
    """In a controlled study, the clause before the rate counts over the whole sample and names no arm ('Out of the
    total 29 patients, response was present in 14 (48%)'): the arms mixed, not one arm's rate."""
    clause = re.split(r"[;]|\b(?:while|whereas)\b", s[:pos])[-1]
    return bool(POOLED_SAMPLE_BEFORE.search(clause)) and not arm_terms(clause)


def _other_outcome(text: str) -> bool:
    """The words around an 'improved' share name an outcome other than depression ('sleep improved for 55%')."""
    named = {name for name, rx in ONSET_OUTCOME_DOMAINS if rx.search(text)}
    if named and "depression" not in named:
        return True
    # "18 reported improved social functioning": the phrase the improvement is of names no depressive outcome
    objects = [m.group("obj") for m in IMPROVED_OBJECT.finditer(text)]
    objects += [m.group("obj") for m in IMPROVED_SUBJECT.finditer(text)
                if not (IMPROVED_PEOPLE_SUBJECT.search(m["obj"]) or IMPROVED_NOT_SUBJECT_END.search(m["obj"]))]
    if any(IMPROVED_QUALITY_OF_LIFE.search(o) for o in objects):
        return True  # "a meaningful improvement in their QoL score"
    depression = ONSET_OUTCOME_DOMAINS[0][1]
    return bool(objects) and not any(depression.search(o) or IMPROVED_DEPRESSIVE.search(o) for o in objects)


def _own_words(fwd: str) -> str:
    """The words after a rate that still describe it: up to the break before the next measure named ('48% and the
    7-day response rate was 30%': '7-day' is the next rate's time)."""
    cues = cue_hits(fwd)
    if not cues or cues[0][0] == 0:
        return fwd
    breaks = list(_BREAK.finditer(fwd[: cues[0][0]]))
    return fwd[: breaks[-1].start()] if breaks else fwd


# "... was 60%, significantly higher than at week 1": the time after a comparison is the reference's, not the rate's
_OTHER_COMPOUND = re.compile(OTHER_COMPOUND_AFTER, re.IGNORECASE)


def _other_compound_only(s: str) -> bool:
    """The rates are of a compound told by its code ('responded to AZD6765'), no arm of the profile's drug named."""
    code = _OTHER_COMPOUND.search(s)
    return bool(code) and not any(d in study_drugs.active().words for *_, d in arm_terms(s))
_REFERENCE = re.compile(r"\bthan\s+(?:(?:the|those|that)\s+)?(?:at|on|in|by)\b", re.IGNORECASE)
_BREAK = re.compile(r"[,;]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)


def without_restatements(found: list[Finding]) -> list[Finding]:
    """A rate told again later ('Ketamine produced response in 60% of patients' in the conclusions) is the same
    finding: of two rates of one kind, arm and value, the later is dropped unless it names another time."""
    out: list[Finding] = []
    for f in found:
        same = [g for g in out if g.is_rate and (g.kind, g.arm, g.value) == (f.kind, f.arm, f.value)]
        if f.is_rate and same and same[0].span != f.span:
            if f.timepoint_hours is None or any(g.timepoint_hours == f.timepoint_hours for g in same):
                continue
        out.append(f)
    return out


def _definition(s: str) -> str:
    """The response/remission definition stated in the sentence ('≥50% reduction in SSI score'), if any."""
    m = lexicon.RESPONSE_DEFINITION_RE.search(s)
    return re.sub(r"\s+", " ", m.group(0)).strip() if m else ""


def definitions(sentences: list[Sentence]) -> dict[str, str]:
    """Response and remission definitions stated anywhere in the abstract."""
    out: dict[str, str] = {}
    for sent in sentences:
        for kind, word in (("response_rate", r"respon"), ("remission_rate", r"remi")):
            if kind in out or not re.search(word, sent.text, re.I):
                continue
            for m in lexicon.RESPONSE_DEFINITION_RE.finditer(sent.text):
                d = re.sub(r"\s+", " ", m.group(0)).strip()
                if (kind == "remission_rate") == bool(re.search(r"≤|<=|or\s+less|<\s*\d", d)):
                    out[kind] = d
                    break
    return out
