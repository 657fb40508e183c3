"""Adverse events: terms with their frequencies per arm, mapped to canonical categories; negations yield nothing."""

from __future__ import annotations

import re

from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.arms import assign_arms
from evidence.extract.context import clinical_sentence, non_clinical_use
from evidence.extract.mentions import Mention, find_mentions, windows
from evidence.extract.text import Sentence

_TERM_PCT = re.compile(r"(?P<pre>[^,;:()]{1,60}?)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:[;,][^)%]*)?\)")
_SCOPE_END = re.compile(
    r"[;.)(]|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|,\s+(?:minimal|mild|only|with|although)|,\s+and\s+(?:minimal|mild)",
    re.IGNORECASE,
)
_COUNT_AE = re.compile(
    r"(?P<a>\b(?:\d+|" + lexicon.WORD_NUMBER_RE + r"))\s+(?:subjects?|patients?|participants?)\s+"
    r"(?:receiving|in\s+the|on|given)\s+(?P<arm1>[\w-]+)(?:\s+group)?"
    r"(?:\s+and\s+(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:subjects?\s+|patients?\s+)?"
    r"(?:receiving|in\s+the|on|given)\s+(?P<arm2>[\w-]+)(?:\s+group)?)?\s+"
    r"(?:developed|experienced|reported|had)\s+(?P<term>[^.;,()]+)",
    re.IGNORECASE,
)
# "the most frequent was headache (n = 4)": a count of patients in brackets right after the term
_TERM_N = re.compile(
    r"(?P<term>" + lexicon.AE_TERM_RE.pattern + r")\s*\(\s*n\s*=\s*(?P<n>\d+)\s*\)", re.IGNORECASE
)


def negated(text: str, start: int, end: int) -> bool:
    """True when a negation cue governs text[start:end] ('no dissociative symptoms', 'dissociation was absent')."""
    if lexicon.NEGATION_AFTER_RE.match(text[end : end + 40]):
        return True
    for m in lexicon.NEGATION_BEFORE_RE.finditer(text, 0, start):
        stop = _SCOPE_END.search(text, m.end(), start)
        if stop is None:
            return True
    return False


def _specific_terms(text: str) -> list[re.Match[str]]:
    return [
        m for m in lexicon.AE_TERM_RE.finditer(text)
        if not lexicon.AE_GENERIC.search(m.group(0)) and not non_clinical_use(text, m.start())
    ]


def _respectively_terms(sent: Sentence, mentions: list[Mention], used: list[tuple[int, int]]) -> list[dict]:
    """'Nausea and dizziness were reported by 20% and 15% of patients, respectively': terms matched in order."""
    s = sent.text
    valid = [m for m in mentions if m.valid]
    out: list[dict[str, object]] = []
    if len(valid) < 2 or "respectively" not in s.lower():
        return out
    group = [valid[0]]
    for m in valid[1:]:
        if re.fullmatch(r"[\s,;]*(?:and|or|vs\.?|versus)?[\s,;]*", s[group[-1].end : m.start], re.I):
            group.append(m)
        else:
            break
    if len(group) < 2 or "respectively" not in s[group[-1].end : group[-1].end + 60].lower():
        return out
    terms = [t for t in _specific_terms(s[: group[0].start]) if not negated(s, t.start(), t.end())]
    if len(terms) != len(group):
        return out
    for t, m in zip(terms, group, strict=True):
        term = re.sub(r"\s+", " ", t.group(0))
        out.append(_row(sent, None, None, m.value, m.n, term, term, "auto", m.start, m.end))
        used.append((m.start, m.end))
        used.append((t.start(), t.start() + 1))
    return out


def _close_term(back: str) -> bool:
    """An AE term ends just before the number ('Discontinuation due to adverse events was 4.6%')."""
    hits = list(lexicon.AE_TERM_RE.finditer(back))
    return bool(hits) and len(back) - hits[-1].end() <= 12


def _term_phrase(window: str) -> tuple[str, int] | None:
    """The AE phrase in a window after a count ('experienced treatment-emergent hypertension') and its offset."""
    terms = list(lexicon.AE_TERM_RE.finditer(window))
    if not terms:
        return None
    specific = [t for t in terms if not lexicon.AE_GENERIC.search(t.group(0))]
    t = specific[0] if specific else terms[0]
    phrase = t.group(0)
    if not specific and lexicon.AE_DISCONTINUED.search(window[: t.start()]):
        phrase = f"discontinuation due to {phrase}"
    return re.sub(r"\s+", " ", phrase).strip(), t.start()


def ae_findings(
    sentences: list[Sentence], study_drugs: list[str], control: str | None = None
) -> tuple[list[dict[str, object]], list[dict]]:
    """(numeric AE findings, AE mentions without numbers); negated terms are in neither.

    `control` is the study's control arm: an unnamed pair ('nausea was similar (10% vs 8%)') is study drug vs it,
    as for rates."""
    findings: list[dict[str, object]] = []
    mentions_out: list[dict[str, object]] = []
    for sent in sentences:
        s = sent.text
        if sent.section == "background" or not lexicon.AE_CONTEXT_RE.search(s) or not clinical_sentence(s):
            continue  # an AE word in a sentence about molecules or theory ("dissociation constant") is no AE
        used: list[tuple[int, int]] = []
        thr = lexicon.AE_THRESHOLD_RE.search(s)
        thr_at: int | None = None  # index of this sentence's threshold row
        if thr:
            terms = [m for m in _specific_terms(s) if not negated(s, m.start(), m.end())]
            if terms:
                names = [re.sub(r"\s+", " ", t.group(0)).lower() for t in terms]
                level = thr.group(1) or thr.group(2)
                thr_at = len(findings)
                findings.append(_row(sent, None, None, float(level), None, "; ".join(names),
                                     f"most common adverse events, incidence threshold ≥{level}%",
                                     "uncertain", thr.start(), thr.end(), terms=names))
                used.append((thr.start(), thr.end()))
                used.extend((t.start(), t.end()) for t in terms)
        for m in _TERM_PCT.finditer(s):
            hits = [t for t in lexicon.AE_TERM_RE.finditer(m.group("pre"))]
            if not hits or lexicon.PCT_EXCLUDE_BEFORE.search(s[: m.start("p")][-12:]):
                continue
            t = hits[-1]
            specific = [h for h in hits if not lexicon.AE_GENERIC.search(h.group(0))]
            if lexicon.AE_GENERIC.search(t.group(0)) and specific:
                t = specific[0]  # "Drowsiness was the most commonly reported adverse event (50% ...)"
            elif lexicon.AE_GENERIC.search(t.group(0)) is None and not lexicon.AE_TERM_RATE_GAP_RE.match(
                m.group("pre")[t.end() :]
            ):
                continue
            a = m.start("pre") + t.start()
            if negated(s, a, a + len(t.group(0))):
                continue
            term = re.sub(r"\s+", " ", t.group(0))
            findings.append(_row(sent, None, None, float(m.group("p")), None, term, term, "auto", m.start(), m.end()))
            used.append((m.start(), m.end()))
        mentions = [x for x in find_mentions(s) if all(x.end <= a or x.start >= b for a, b in used)]
        findings.extend(_respectively_terms(sent, mentions, used))
        mentions = [x for x in mentions if all(x.end <= a or x.start >= b for a, b in used)]
        last: tuple[int, tuple[str, int]] | None = None
        for i, mt in enumerate(mentions):
            if not mt.valid:
                continue
            back, boff, fwd, foff = windows(s, mentions, i)
            diagnosis = re.search(r"diagnos", fwd, re.I)
            tp = _term_phrase(fwd) if lexicon.AE_VERBS_RE.search(fwd) and not diagnosis else None
            off = foff
            opener = s.rfind("(", 0, mt.start)
            if tp is None and opener > 0 and ")" not in s[opener : mt.start]:
                base = max(0, opener - 60)
                head = list(lexicon.AE_TERM_RE.finditer(s[base:opener]))
                named = head and not lexicon.AE_GENERIC.search(head[-1].group(0))
                if named and not s[base + head[-1].end() : opener].strip():
                    tp, off = (re.sub(r"\s+", " ", head[-1].group(0)), 0), base + head[-1].start()
                    # "dizziness (ketamine 25% vs placebo 5%)": the term named just before the bracket
            stop = lexicon.AE_DISCONTINUATION_BEFORE_RE.search(back)
            if tp is None and stop:
                tp, off = (f"discontinuation due to {stop.group('term').lower()}", stop.start("term")), boff
            reported = re.search(r"most\s+common", back, re.I) or lexicon.AE_OCCUR.search(back)
            if tp is None and (reported or _close_term(back)):
                tp = _term_phrase(back)
                off = boff
            if tp is None and last is not None and i - last[0] == 1 and not lexicon.AE_TERM_RE.search(back):
                tp, off = last[1], -1  # "Nausea occurred in 12% ... and 3% of those receiving placebo"
            if tp is None:
                continue
            term, at = tp
            if off >= 0 and negated(s, off + at, off + at + len(term)):
                continue
            last = (i, tp)
            mt.kind = "adverse_event"
            findings.append(_row(sent, mt, None, mt.value, mt.n, term, term, "auto", mt.start, mt.end))
            used.append((mt.start, mt.end))
            if off >= 0:
                used.append((off + at, off + at + 1))  # the term itself is not a separate un-numbered mention
        assign_arms(s, [m for m in mentions if m.kind], control)
        for f in findings:
            if f.get("_m") is not None:
                mt = f.pop("_m")
                f["arm"], f["arm_drug"] = mt.arm, mt.arm_drug
                if mt.notes:
                    f["confidence"] = "uncertain"  # the arm was inferred (the study's control for an unnamed pair)
                f["arm_pos"] = None if mt.arm_pos is None else sent.start + mt.arm_pos
        for m in _TERM_N.finditer(s):
            if any(a <= m.start("n") < b for a, b in used) or negated(s, m.start(), m.end("term")):
                continue
            term = re.sub(r"\s+", " ", m.group("term"))
            findings.append(_row(sent, None, None, float(m.group("n")), None, term, term, "auto", m.start(), m.end(),
                                 unit="count"))
            used.append((m.start(), m.end()))
        for m in _COUNT_AE.finditer(s):
            term = re.sub(r"\s+", " ", m.group("term")).strip()
            if not lexicon.AE_TERM_RE.search(term) or negated(s, m.start("term"), m.end("term")):
                continue
            for num, arm in ((m.group("a"), m.group("arm1")), (m.group("b"), m.group("arm2"))):
                v = lexicon.parse_number(num) if num else None
                if v is None:
                    continue
                f = _row(sent, None, arm.lower(), v, None, term, term, "auto", m.start(), m.end(), unit="count")
                findings.append(f)
            used.append((m.start(), m.end()))
        if thr_at is not None and len(findings) > thr_at + 1:
            findings.pop(thr_at)  # the terms have their own rates ("most common TEAEs (>=10%) were X (26.1%)")
        for t in _specific_terms(s):
            if any(a <= t.start() < b for a, b in used) or negated(s, t.start(), t.end()):
                continue
            term = re.sub(r"\s+", " ", t.group(0)).lower()
            mentions_out.append({"term": term, "category": lexicon.ae_category(term),
                                 "span": [sent.start + t.start(), sent.start + t.end()],
                                 "sentence_span": [sent.start, sent.end]})
    for f in findings:
        f.pop("_m", None)
        if f.get("arm") is None and len(study_drugs) == 1:
            f["arm"], f["arm_drug"] = study_drugs[0], study_drugs[0]
    return findings, mentions_out


def _row(sent: Sentence, mention: Mention | None, arm: str | None, value: float, n: int | None, term: str,
         detail: str, confidence: str, a: int, b: int, unit: str = "percent",
         terms: list[str] | None = None) -> dict[str, object]:
    drug = arm if arm in study_drugs.active().words else ("other" if arm else None)
    row: dict[str, object] = {
        "kind": "adverse_event",
        "arm": arm,
        "arm_drug": drug,
        "arm_pos": None,
        "value": value,
        "unit": unit,
        "timepoint_hours": None,
        "n": n,
        "detail": detail,
        "term": term,
        "terms": terms or [term],
        "category": lexicon.ae_category(term) if not terms else "other",
        "categories": sorted({lexicon.ae_category(t) for t in (terms or [term])}),
        "serious": bool(re.search(r"serious", term, re.I)),
        "span": [sent.start, sent.end],
        "value_span": [sent.start + a, sent.start + b],
        "confidence": confidence,
        "_m": mention,
    }
    return row
