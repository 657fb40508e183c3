"""Response and remission rates per arm (with definition and timepoint) and scale changes, from sentences."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arms import arm_label, arm_terms, assign_arms
from evidence.extract.counts import count_mentions
from evidence.extract.mentions import Mention, clause_of, find_mentions, windows
from evidence.extract.ratetimes import (  # noqa: F401 - timepoints_of re-exported for onset
    time_labels,
    time_without_clock,
    timepoint_for,
    timepoints_of,
    trial_length,
)
from evidence.extract.roles import result_sentences
from evidence.extract.text import Sentence

_FROM_TO = re.compile(
    r"from\s+(?P<a>\d+(?:\.\d+)?)\s*(?:\([^)]*\)\s*)?(?:before\s+\w+\s+|at\s+baseline\s+)?to\s+(?P<b>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r",\s|\band\b|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\b|\bversus\b|\bvs\b", re.I)


def _cue_hits(text: str) -> list[tuple[int, str]]:
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
    return sorted(hits)


def classify(s: str, mentions: list[Mention], i: int) -> str | None:
    """Kind of mention i from the nearest cue after it, else before it, else its clause's only kind."""
    back, _, fwd, _ = windows(s, mentions, i)
    if any(k == "relapse" for _, k in _cue_hits(clause_of(s, mentions[i].start))):
        return "relapse"  # "Among remitters, 70% and 63% ... relapsed": a relapse rate
    # the words after a number up to the next conjunction describe it ("27% responded, 10% met remission");
    # beyond it they belong to the next number ("43.3% at week 2 and remission in 23.3%")
    head = _CONJUNCTION.split(fwd, maxsplit=1)[0]
    f = _cue_hits(head)
    if f:
        return f[0][1]
    if lexicon.SAMPLE_TRAIT_AFTER.match(head) and not lexicon.RESPONSE_DEFINITION_RE.search(head):
        return None  # "30 (75%) had failed three antidepressants": a trait of part of the sample, not an outcome
    b = _cue_hits(back)
    if b:
        return b[-1][1]
    # a threshold inside a definition ends the window early ("Response (>=50% reduction) was achieved by 55%"): the
    # words back to the previous rate, past the threshold, name the measure
    prev_end = max([x.end for x in mentions[:i] if x.valid] or [0])
    wide = s[prev_end : mentions[i].start].split(";")[-1]
    b = [h for h in _cue_hits(wide) if h[1] != "improvement"]
    if b and len(wide) > len(back):
        return b[-1][1]
    kinds = {k for _, k in _cue_hits(clause_of(s, mentions[i].start))}
    if len(kinds) == 1:
        return kinds.pop()
    kinds = {k for _, k in _cue_hits(s)} - {"improvement"}
    if len(kinds) == 1:
        return kinds.pop()
    return None


def rate_findings(
    sentences: list[Sentence],
    other_arm: str | None = None,
    arms: list[tuple[str, str]] | None = None,
    group_n: int | None = None,
    review: bool = False,
) -> list[dict[str, object]]:
    """Response/remission findings: one per arm rate, with span = the sentence the numbers were read from; `arms`
    are the study's arms in the order its allocation sentence lists them (for '..., respectively' naming none);
    `group_n` the size of a single-group study, over which a bare count ('four patients remitted') is a rate;
    `review` for a review's pooled rates."""
    out: list[dict[str, object]] = []
    prev: Sentence | None = None
    results = result_sentences(sentences, review)
    labels = time_labels(sentences)
    length = trial_length(sentences)
    for k, sent in enumerate(sentences):
        s = sent.text
        if k not in results or not _cue_hits(s):
            prev = sent
            continue
        mentions = find_mentions(s)
        for i, m in enumerate(mentions):
            if not m.valid:
                continue
            kind = classify(s, mentions, i)
            if kind == "improvement":
                back, _, fwd, _ = windows(s, mentions, i)
                if not lexicon.PEOPLE_RE.search(back + s[m.start : m.end] + fwd):
                    continue
                m.notes.append("improvement reported as response")
            elif kind not in ("response_rate", "remission_rate"):
                continue
            if _share_of_sample(s, m):
                continue
            m.kind = "response_rate" if kind == "improvement" else kind
        if not any(m.valid and m.kind for m in mentions):
            mentions = count_mentions(s, group_n)
        _listed_kinds(s, mentions)
        _listed_measures(s, mentions)
        assign_arms(s, mentions, other_arm, arms)
        listed_times = _listed_times(s, mentions)
        definition = _definition(s)
        for i, m in enumerate(mentions):
            if not m.valid or not m.kind:
                continue
            back, boff, fwd, foff = windows(s, mentions, i)
            spans = [(foff, foff + len(fwd)), *_list_tail(s, mentions, i), (boff, boff + len(back))]
            same = prev if prev and prev.section == sent.section else None
            hours, inherited = timepoint_for(s, m.start, same, spans)
            if i in listed_times:
                hours, inherited = listed_times[i], False
            elif (hours is None or inherited) and not timepoints_of(s):
                hours, inherited = time_without_clock(s, m.start, labels, length, hours, inherited)
            uncertain = bool(m.notes) or inherited or m.arm is None
            notes = [*m.notes, "timepoint from previous sentence" if inherited else ""]
            detail = "; ".join(x for x in [definition, *notes] if x)
            out.append(
                {
                    "kind": m.kind,
                    "arm": m.arm,
                    "arm_drug": m.arm_drug,
                    "arm_pos": None if m.arm_pos is None else sent.start + m.arm_pos,
                    "value": m.value,
                    "unit": "percent",
                    "timepoint_hours": hours,
                    "n": m.n_total or m.n,
                    "n_events": m.n_events,
                    "detail": detail,
                    "definition": definition,
                    "notes": [x for x in notes if x],
                    "span": [sent.start, sent.end],
                    "value_span": [sent.start + m.start, sent.start + m.end],
                    "confidence": "uncertain" if uncertain else "auto",
                }
            )
        prev = sent
    return out


def without_restatements(found: list[dict[str, object]]) -> list[dict[str, object]]:
    """A rate told again later ('Ketamine produced response in 60% of patients' in the conclusions) is the same
    finding: of two rates of one kind, arm and value, the later is dropped unless it names another time."""
    out: list[dict[str, object]] = []
    for f in found:
        if f["kind"] not in ("response_rate", "remission_rate"):
            out.append(f)
            continue
        same = [g for g in out if (g["kind"], g["arm"], g["value"]) == (f["kind"], f["arm"], f["value"])]
        if same and (f["timepoint_hours"] is None or any(g["timepoint_hours"] == f["timepoint_hours"] for g in same)):
            if f["span"] != same[0]["span"]:
                continue
        out.append(f)
    return out


def _joined(s: str, a: Mention, b: Mention) -> bool:
    """Two values next to each other in one list ('72% and 38%', '42.3%, 23.1%')."""
    return bool(_PAIR_GAP.fullmatch(s[a.end : b.start]))


def _listed_measures(s: str, mentions: list[Mention]) -> None:
    """'Partial response, response and remission rates, respectively, were 42%, 23% and 4% for the BDI; 18%, 9% and
    0% for the QIDS': a list of measures named before 'respectively' gives its kinds, in order, to every list of as
    many values after it; a measure that is not a response or remission rate ('partial response') gives none."""
    if "respectively" not in s.lower():
        return
    valid = [m for m in mentions if m.valid]
    if not valid:
        return
    head = s[: valid[0].start]
    verb = list(lexicon.LIST_VERB_RE.finditer(head))
    if not verb:
        return
    listed = re.sub(r"\brespectively\b", "", head[: verb[-1].start()].split(";")[-1], flags=re.IGNORECASE)
    items = [x for x in lexicon.LIST_SPLIT_RE.split(listed.strip(" ,")) if x.strip(" ,")]
    kinds = [_measure_kind(x) for x in items]
    if len(kinds) < 2 or "" in kinds or not {"response_rate", "remission_rate"} & set(kinds):
        return
    k = 0
    while k < len(valid):
        group = [valid[k]]
        while k + 1 < len(valid) and _joined(s, group[-1], valid[k + 1]):
            group.append(valid[k + 1])
            k += 1
        k += 1
        if len(group) == len(kinds):
            for m, kind in zip(group, kinds, strict=True):
                m.kind = kind if kind in ("response_rate", "remission_rate") else None


def _measure_kind(item: str) -> str:
    """Kind a list item names: response/remission rate, 'other' for another measure (partial response, relapse), ''
    for an item that names no measure."""
    hits = {k for _, k in _cue_hits(item)}
    if hits & {"excluded", "relapse"}:
        return "other"
    if hits == {"remission_rate"}:
        return "remission_rate"
    if hits == {"response_rate"}:
        return "response_rate"
    return "other" if hits else ""


def _list_tail(s: str, mentions: list[Mention], i: int) -> list[tuple[int, int]]:
    """The window after the last value of the list mention i belongs to ('72% and 38%, respectively, after 10
    infusions'): what it says of the list says of each value in it."""
    j = i
    while j + 1 < len(mentions) and mentions[j + 1].valid and _joined(s, mentions[j], mentions[j + 1]):
        j += 1
    if j == i:
        return []
    _, _, fwd, foff = windows(s, mentions, j)
    return [(foff, foff + len(fwd))]


def _share_of_sample(s: str, m: Mention) -> bool:
    """'patients with severe depression (n = 28, 70%)', 'women made up 40%': the size of a group of the sample, not
    a rate - unless the group is an outcome's ('responders (n = 12, 30%)') or an arm's ('ketamine (n = 9, 45%)')."""
    before = s[: m.start]
    near = before[-40:]
    verb = lexicon.SHARE_VERB_BEFORE.search(near)
    if verb:
        # "women made up 40%" is a share; "responders comprised 41.7% of the ketamine arm" is a rate
        subject = before[: len(before) - len(near) + verb.start()]
        return not _cue_hits(re.split(r"[,;]", subject)[-1])
    if lexicon.GROUP_SIZE_BRACKET_BEFORE.search(before[-20:]):
        opened = max(before.rfind("("), before.rfind("["))
    elif lexicon.GROUP_SIZE_BRACKET_AFTER.match(s[m.end : m.end + 20]) and re.search(r"[(\[]\s*$", before):
        opened = len(before.rstrip()) - 1
    else:
        return False
    head = s[max(0, opened - 40) : opened]
    if lexicon.OUTCOME_GROUP_BEFORE.search(head) or arm_terms(head[-25:]) or lexicon.GENERIC_PEOPLE_END.search(head):
        return False  # "responders (n = 12, 30%)", "ketamine (n = 9, 45%)", "achieved in patients (n = 12, 30%)"
    tail = s[m.end : m.end + 40]
    close = tail.find(")") if ")" in tail else tail.find("]")
    after = tail[close + 1 :] if close >= 0 else ""
    return not _cue_hits(re.split(r"[,;]", after, maxsplit=1)[0])


_PAIR_GAP = re.compile(r"[\s\[\]();,]*(?:and|or|vs\.?|v\.?|versus|compared\s+(?:with|to))?[\s\[\]();,]*", re.I)
_VERSUS = re.compile(r"\bvs\b|\bv\b|versus|compared", re.IGNORECASE)


def _listed_kinds(s: str, mentions: list[Mention]) -> None:
    """'Response and remission rates were 53% and 27%(, respectively)': the kinds are taken in the order named.

    A pair with no such list measures one thing ('response 64% and 18%'), so an unclassified second number takes the
    first one's kind.

    Without 'respectively' only when at most one arm follows the pair ('53% and 27% with ketamine'); a pair followed
    by two arms ('64% and 18% for ketamine and placebo') lists arms, not measures.
    """
    valid = [m for m in mentions if m.valid]
    for k, (x, y) in enumerate(zip(valid, valid[1:], strict=False)):
        gap = s[x.end : y.start]
        if not _PAIR_GAP.fullmatch(gap):
            continue
        head = s[s.rfind(";", 0, x.start) + 1 : x.start]
        pairs = list(lexicon.KIND_LIST_RE.finditer(head))
        words = pairs[-1].group("a", "b") if pairs else ("", "")
        kinds = ["remission_rate" if w.lower().startswith("remi") else "response_rate" for w in words]
        nxt = valid[k + 2].start if k + 2 < len(valid) else len(s)
        tail = s[y.end : nxt].split(";")[0]
        listed = (
            bool(pairs)
            and not _VERSUS.search(gap)  # "53% vs 27%" compares arms, not measures
            and kinds[0] != kinds[1]
            and not _cue_hits(head[pairs[-1].end() :])  # "... remission rates favoured ketamine: response 64%"
            and ("respectively" in tail[:40].lower() or len({t[2] for t in arm_terms(tail)}) <= 1)
        )
        if listed:
            x.kind, y.kind = kinds
        elif y.kind is None and x.kind in ("response_rate", "remission_rate"):
            y.kind = x.kind  # "response 64% and 18%": the second number of a bare pair measures the same thing


_TIME_LIST_GAP = re.compile(r"[\s,;]*(?:and|or|to)?[\s,;]*", re.IGNORECASE)


def _listed_times(s: str, mentions: list[Mention]) -> dict[int, float]:
    """'Response rates at 2, 24 and 72 hours were 30%, 45% and 40%, respectively': a list of values that matches, one
    for one, a list of times named before it (and not a list of as many arms) takes the times in order.

    The values then belong to one arm: the one named (or inferred) for the first, so an arm inferred for the second
    ("comparator arm inferred") is dropped."""
    out: dict[int, float] = {}
    valid = [i for i, m in enumerate(mentions) if m.valid and m.kind]
    k = 0
    while k < len(valid):
        group = [valid[k]]
        while k + 1 < len(valid) and _PAIR_GAP.fullmatch(s[mentions[group[-1]].end : mentions[valid[k + 1]].start]):
            group.append(valid[k + 1])
            k += 1
        k += 1
        gaps = [s[mentions[x].end : mentions[y].start] for x, y in zip(group, group[1:], strict=False)]
        if len(group) < 2 or any(_VERSUS.search(g) for g in gaps):
            continue  # "50% vs 20%" compares arms
        first, last = mentions[group[0]], mentions[group[-1]]
        tail = s[last.end : last.end + 40].lower()
        start = max(s.rfind(";", 0, first.start) + 1, 0)
        times = timepoints_of(s[start : first.start])
        # the times must be one list ("at 24 h and day 7", "at 2, 24 and 72 hours"), distinct and in order
        run: list[lexicon.TimeMention] = []
        for t in times:
            if run and not _TIME_LIST_GAP.fullmatch(s[start + run[-1].end : start + t.start]):
                run = []
            run.append(t)
        hours = [t.hours for t in run]
        if len(hours) != len(group) or len(set(hours)) != len(hours):
            continue
        own = _own_arm(s, mentions, group[-1])
        arms = {t[2] for t in arm_terms(s[start : last.end + 60])}
        if own is None and "respectively" not in tail and len(arms) > 1:
            continue
        if len(arms) >= len(group) and "respectively" in tail and not _single_arm_before(s, start, first.start):
            continue  # "50% and 15% in the ketamine and placebo arms, respectively": a list of arms
        for j, h in zip(group, hours, strict=True):
            out[j] = h
            m = mentions[j]
            if "comparator arm inferred" in m.notes:
                m.notes.remove("comparator arm inferred")
            if own is not None:
                m.arm, m.arm_drug, m.arm_pos = arm_label(s, own), own[3], own[0]
            else:
                m.arm, m.arm_drug, m.arm_pos = first.arm, first.arm_drug, first.arm_pos
    return out


def _own_arm(s: str, mentions: list[Mention], last: int) -> tuple[int, int, str, str] | None:
    """The one arm a list of values is given for, right after it ('50% and 40% for ketamine and 10% and 15% for
    midazolam'): 'for/in/with <arm>' before the next value."""
    nxt = next((m.start for m in mentions[last + 1 :] if m.valid), len(s))
    after = s[mentions[last].end : nxt].split(";")[0]
    terms = arm_terms(after)
    if len(terms) != 1 or not lexicon.FOR_ARM_BEFORE_RE.match(after[: terms[0][0]]):
        return None
    a, b, label, drug = terms[0]
    return a + mentions[last].end, b + mentions[last].end, label, drug


def _single_arm_before(s: str, a: int, b: int) -> bool:
    """Exactly one arm is named between a and b ('response rates in the ketamine group were')."""
    return len({t[2] for t in arm_terms(s[a:b])}) == 1


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


def scale_changes(sentences: list[Sentence]) -> list[dict[str, object]]:
    """Per-arm scale changes ('mean change in MADRS at day 15 was −18.4 for ketamine and −5.7 for placebo')."""
    out: list[dict[str, object]] = []
    for sent in sentences:
        s = sent.text
        named = lexicon.SCALE_RE.search(s)
        if sent.section in ("background", "methods") or not named or not lexicon.SCALE_CHANGE_CUE.search(s):
            continue
        scale = named.group(1)
        scale = "MADRS" if re.match(r"mont", scale, re.I) else scale.upper()
        hits = list(lexicon.SCALE_VALUE_FOR_ARM.finditer(s))
        for m in hits:
            v = float(re.sub(r"\s", "", m.group("v")).replace("−", "-").replace("–", "-"))
            hours, _ = timepoint_for(s, m.start(), None)
            out.append(_scale_row(sent, m, v, m.group("arm").lower(), scale, hours, "stated change"))
        if hits:
            continue
        for m in _FROM_TO.finditer(s):
            a, b = float(m.group("a")), float(m.group("b"))
            if a <= b or a > 80:
                continue
            hours, _ = timepoint_for(s, m.end(), None)
            out.append(_scale_row(sent, m, round(b - a, 2), None, scale, hours, f"from {a:g} to {b:g}"))
    return out


def _scale_row(sent: Sentence, m: re.Match[str], v: float, arm: str | None, scale: str, hours: float | None,
               how: str) -> dict[str, object]:
    return {
        "kind": "scale_change",
        "arm": arm,
        "scale": scale,
        "value": v,
        "unit": "points",
        "timepoint_hours": hours,
        "detail": f"{scale} {how}",
        "span": [sent.start, sent.end],
        "value_span": [sent.start + m.start(), sent.start + m.end()],
        "confidence": "uncertain",
    }
