"""Adverse events: terms with their frequencies per arm, mapped to canonical categories; negations yield nothing.

Each clinical sentence is read by a table of steps (STEPS), each taking the numbers it can explain and marking their
spans used: a threshold ("the most common (>=5%) were ..."), rates in brackets after a term, "respectively" lists
(per arm: adverse_matrix.py), counts and percentages whose term is found around them (adverse_rates.py), "(n = 4)"
counts, per-arm counts. A rate counted before treatment is dropped (adverse_scope.py); the rates take the time point
their sentence names (adverse_time.py). Terms left without a number are mentions. The words are data in
rules/adverse.py; terms and their negation in adverse_terms.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from evidence.extract import lexicon
from evidence.extract.adverse_lists import headed_list
from evidence.extract.adverse_matrix import respectively_matrix
from evidence.extract.adverse_rates import mention_arms, mention_rates
from evidence.extract.adverse_reading import Found, Reading
from evidence.extract.adverse_reading import row as _row
from evidence.extract.adverse_scope import before_treatment, event_share, level_change
from evidence.extract.adverse_terms import clean, negated, specific_terms
from evidence.extract.adverse_time import ae_timepoint
from evidence.extract.arm_labels import group_arms, label_rows
from evidence.extract.arm_words import labelled_groups
from evidence.extract.arms import arm_terms
from evidence.extract.context import clinical_sentence, outcome_use
from evidence.extract.counts import one_per_count
from evidence.extract.mentions import Mention, find_mentions, without_intervals
from evidence.extract.roles import hypothetical_clause
from evidence.extract.rules import adverse as rules
from evidence.extract.rules import adverse_pairs as pair_rules
from evidence.extract.rules import adverse_sample as sample_rules
from evidence.extract.rules import context as context_rules
from evidence.extract.text import Sentence, leading_background

__all__ = ["ae_findings", "negated", "outcome_categories"]


# --- the steps, in the order they read a sentence ---------------------------------------------------------------


def _threshold(r: Reading) -> None:
    """'The most common (>=10%) adverse events were dizziness, nausea and headache': the terms and the threshold,
    uncertain; dropped when the terms have their own rates (see _drop_threshold)."""
    thr = lexicon.AE_THRESHOLD_RE.search(r.s)
    if thr is None:
        return
    terms = [m for m in specific_terms(r.s) if not negated(r.s, m.start(), m.end())]
    if not terms:
        return
    names = [clean(t.group(0)).lower() for t in terms]
    level = next(g for g in thr.groups() if g)
    row = _row(r.sent, None, float(level), None, "; ".join(names), "uncertain", (thr.start(), thr.end()), terms=names,
               detail=f"most common adverse events, incidence threshold ≥{level}%")
    r.add(row, (thr.start(), thr.end()))
    r.threshold = r.found[-1]
    r.used.extend((t.start(), t.end()) for t in terms)


def _bracket_term(m: re.Match[str]) -> re.Match[str] | None:
    """The term a bracketed rate belongs to, or None ('dizziness (20%)', 'Drowsiness was the most commonly reported
    adverse event (50%)': the named term; 'Sedation was uncommon (5%)': a gap of words that keep them together)."""
    hits = list(lexicon.AE_TERM_RE.finditer(m.group("pre")))
    if not hits:
        return None
    t = hits[-1]
    specific = [h for h in hits if not lexicon.AE_GENERIC.search(h.group(0))]
    if lexicon.AE_GENERIC.search(t.group(0)):
        return specific[0] if specific else t
    return t if lexicon.AE_TERM_RATE_GAP_RE.match(m.group("pre")[t.end() :]) else None


def _term_rates(r: Reading) -> None:
    """'dizziness (20%)': a term and its rate in brackets."""
    for m in rules.AE_TERM_PCT_RE.finditer(r.s):
        t = _bracket_term(m)
        if t is None:
            continue
        a = m.start("pre") + t.start()
        if negated(r.s, a, a + len(t.group(0))):
            continue
        term = clean(t.group(0))
        r.add(_row(r.sent, None, float(m.group("p")), None, term, "auto", (m.start(), m.end())), (m.start(), m.end()))
        r.bracketed.append((term, m.end()))


def _parallel_rates(r: Reading) -> None:
    """'dissociation (26%), dizziness (21%) and nausea (18%), compared with 4%, 6% and 9% for placebo': the other
    arm's rates of the same terms, in order; only when there are as many as bracketed terms."""
    if len(r.bracketed) < 2:
        return
    end = r.bracketed[-1][1]
    m = rules.AE_PARALLEL_RATES_RE.match(r.s[end:])
    arms = arm_terms(m.group("arm")) if m else []
    if m is None or not arms:
        return
    values = list(rules.AE_PERCENT_RE.finditer(m.group("list")))
    if len(values) != len(r.bracketed):
        return
    base = end + m.start("list")
    for (term, _), v in zip(r.bracketed, values, strict=True):
        span = (base + v.start(), base + v.end())
        row = _row(r.sent, arms[0][2], float(v.group(0)), None, term, "auto", span)
        row["arm_pos"] = r.sent.start + end + m.start("arm")
        r.add(row, span)


def _respectively(r: Reading) -> None:
    """'Nausea and dizziness were reported by 20% and 15% of patients, respectively': terms matched in order."""
    s = r.s
    valid = [m for m in r.free() if m.valid]
    if len(valid) < 2 or "respectively" not in s.lower():
        return
    group = [valid[0]]
    for m in valid[1:]:
        if not re.fullmatch(r"[\s,;]*(?:and|or|vs\.?|versus)?[\s,;]*", s[group[-1].end : m.start], re.I):
            break
        group.append(m)
    if len(group) < 2 or "respectively" not in s[group[-1].end : group[-1].end + 60].lower():
        return
    terms = [t for t in specific_terms(s[: group[0].start]) if not negated(s, t.start(), t.end())]
    if len(terms) != len(group):
        return
    for t, m in zip(terms, group, strict=True):
        term = clean(t.group(0))
        r.add(_row(r.sent, None, m.value, m.n, term, "auto", (m.start, m.end)), (m.start, m.end))
        r.used.append((t.start(), t.start() + 1))


def _term_counts(r: Reading) -> None:
    """'the most frequent was headache (n = 4)': a count of patients in brackets after the term."""
    group = False  # the previous count was a group's size ("Patients with high insomnia (n = 64) or low ...")
    for m in rules.AE_TERM_N_RE.finditer(r.s):
        before = r.s[max(0, m.start() - 60) : m.start()]
        coordinated = group and sample_rules.AE_COORDINATED_GROUP_BEFORE.search(before)
        group = bool(rules.AE_GROUP_TRAIT_BEFORE.search(before) or coordinated)
        if group:
            continue  # the size of a group named by what it has, not a count of events
        if r.taken(m.start("n")) or negated(r.s, m.start(), m.end("term")):
            continue
        term = clean(m.group("term"))
        row = _row(r.sent, None, float(m.group("n")), None, term, "auto", (m.start(), m.end()), unit="count")
        r.add(row, (m.start(), m.end()))


def _arm_counts(r: Reading) -> None:
    """'three subjects receiving ketamine and one receiving placebo developed hypertension': a count per arm."""
    for m in rules.AE_COUNT_RE.finditer(r.s):
        term = clean(m.group("term")).strip()
        if not lexicon.AE_TERM_RE.search(term) or negated(r.s, m.start("term"), m.end("term")):
            continue
        if pair_rules.AE_DENOMINATOR_BEFORE.search(r.s[max(0, m.start() - 12) : m.start()]):
            continue  # "5 (17%) of 30 patients receiving saline had ...": the group the proportion is out of
        for num, arm in ((m.group("a"), m.group("arm1")), (m.group("b"), m.group("arm2"))):
            v = lexicon.parse_number(num) if num else None
            if v is not None:
                row = _row(r.sent, arm.lower(), v, None, term, "auto", (m.start(), m.end()), unit="count")
                r.found.append(Found(row))
        r.used.append((m.start(), m.end()))


def _drop_threshold(r: Reading) -> None:
    """The threshold row goes when the sentence gave the terms their own rates ('most common TEAEs (>=10%) were X
    (26.1%)')."""
    if r.threshold is not None and len(r.found) > 1:
        r.found.remove(r.threshold)


STEPS: tuple[Callable[[Reading], None], ...] = (
    _threshold,
    _term_rates,
    _parallel_rates,
    headed_list,
    respectively_matrix,
    _respectively,
    mention_rates,
    mention_arms,
    _term_counts,
    _arm_counts,
    _drop_threshold,
)


# --- the abstract ------------------------------------------------------------------------------------------------


def outcome_categories(sentences: list[Sentence]) -> set[str]:
    """Adverse-event categories the abstract measures as an outcome ('changes in anxiety', 'Hospital Anxiety and
    Depression Scale'): its words are that outcome throughout the abstract, not adverse events."""
    out: set[str] = set()
    for sent in sentences:
        for m in lexicon.AE_TERM_RE.finditer(sent.text):
            category = lexicon.ae_category(m.group(0))
            if category in context_rules.OUTCOME_CATEGORIES and outcome_use(sent.text, m.start()):
                out.add(category)
    return out


def _outcome_rate(row: dict[str, object], outcomes: set[str], sentence: str) -> bool:
    """A rate of a category the abstract measures as an outcome ('rates of depression (7% vs 31%) and anxiety (11% vs
    35%)' where anxiety is scored on the HADS): the outcome's prevalence, not an adverse event, unless the sentence
    speaks of adverse or side effects."""
    return row["category"] in outcomes and not lexicon.AE_GENERIC.search(sentence)


def _incidence(row: dict[str, object], sent: Sentence) -> bool:
    """The row's rate is an incidence during treatment: not a bound ('fewer than 10%'), not the sample's state before
    it ('At baseline, 35% reported fatigue') or a trait in a sentence that describes the sample, nor one end of a
    change in a share ('fell from 60% to 25%'), nor an expectation ('we expect dissociation in 30%'), nor a share of
    the events themselves ('Most AEs (90%) were mild')."""
    a, b = (int(x) - sent.start for x in cast("list[int]", row["value_span"]))
    if rules.AE_BOUND_BEFORE.search(sent.text[max(0, a - 25) : a]) or hypothetical_clause(sent.text, a):
        return False  # "fewer than 10% of patients": a bound, not a rate
    if sample_rules.AE_SAMPLE_DESCRIPTION.search(sent.text):
        return False  # "Mean age was 56 years, and 36% had hypertension": a trait of the sample
    if event_share(sent.text, a, b):
        return False  # "six [27%] of 22 adverse events", "Most TEAEs (86%) were mild": a share of events, not people
    return not (before_treatment(sent.text, a) or level_change(sent.text, a, b))


def _ae_sentence(sent: Sentence) -> bool:
    """A sentence that can report adverse events: not background, with AE words, about people (not molecules)."""
    s = sent.text
    return sent.section != "background" and bool(lexicon.AE_CONTEXT_RE.search(s)) and clinical_sentence(s)


def _mentions(r: Reading, outcomes: set[str]) -> list[dict[str, object]]:
    """The named adverse events of the sentence that no number counted and no negation governs."""
    out: list[dict[str, object]] = []
    if rules.AE_NOT_AN_EVENT_SENTENCE.search(r.s):
        return out  # "Dizziness was monitored at each session", "patients with hypertension were excluded"
    for t in specific_terms(r.s):
        if r.taken(t.start()) or negated(r.s, t.start(), t.end()):
            continue
        term = clean(t.group(0)).lower()
        if lexicon.ae_category(term) in outcomes and not lexicon.AE_GENERIC.search(r.s):
            continue  # "anxiety" in an abstract that measures anxiety as an outcome
        out.append({"term": term, "category": lexicon.ae_category(term),
                    "span": [r.sent.start + t.start(), r.sent.start + t.end()],
                    "sentence_span": [r.sent.start, r.sent.end]})
    return out


def _one_per_count(s: str) -> list[Mention]:
    """The sentence's proportions, a count and its percent ('12/40 patients (30%)') read as the percent alone: the
    count's mention leaves the list, so the words before it reach the percent."""
    found = find_mentions(s)
    valid = [m.valid for m in found]
    one_per_count(s, found)
    return [m for m, was in zip(found, valid, strict=True) if m.valid or not was]


def ae_findings(
    sentences: list[Sentence], study_drugs: list[str], control: str | None = None
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(numeric AE findings, AE mentions without numbers); negated terms are in neither.

    `control` is the study's control arm: an unnamed pair ('nausea was similar (10% vs 8%)') is study drug vs it,
    as for rates. A finding with no arm is the study drug's when the study gives one. A group label the abstract
    defines ('group C' = saline) is read as that arm's word."""
    labels = group_arms(sentences)
    with labelled_groups(labels):
        return _ae_findings(sentences, study_drugs, control, labels)


def _ae_findings(
    sentences: list[Sentence], study_drugs: list[str], control: str | None, labels: dict[str, tuple[str, str]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """ae_findings' reading, with the abstract's group labels in force."""
    findings: list[dict[str, object]] = []
    mentions: list[dict[str, object]] = []
    outcomes = outcome_categories(sentences)
    # an unstructured opening about the field ("Side effects of ketamine include dizziness ...") is no study's event
    intro = leading_background(sentences)
    for sent in (s for i, s in enumerate(sentences) if i not in intro and _ae_sentence(s)):
        # (a bracket holding only an interval is blanked: "20% (95% CI 10-30%) with ketamine" keeps its arm)
        sent = Sentence(sent.start, sent.end, without_intervals(sent.text), sent.section)  # noqa: PLW2901
        r = Reading(sent, control, _one_per_count(sent.text))
        for step in STEPS:
            step(r)
        rows = [f.row for f in r.found if not _outcome_rate(f.row, outcomes, sent.text) and _incidence(f.row, sent)]
        if rows:
            first = min(int(cast("list[int]", row["value_span"])[0]) for row in rows) - sent.start
            hours = ae_timepoint(sent.text, first)
            for row in rows:
                row["timepoint_hours"] = hours
            label_rows(sent, rows, labels)
        findings.extend(rows)
        mentions.extend(_mentions(r, outcomes))
    if len(study_drugs) == 1:
        for row in findings:
            if row["arm"] is None:
                row["arm"], row["arm_drug"] = study_drugs[0], study_drugs[0]
    return findings, mentions
