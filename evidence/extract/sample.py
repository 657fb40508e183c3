"""Sample sizes of an abstract: randomized, enrolled and analysed counts, and a review's pooled participants."""

from __future__ import annotations

import re

from evidence import vocab
from evidence.extract import lexicon
from evidence.extract.arms import arm_terms
from evidence.extract.number_words import words_to_digits
from evidence.extract.rules.sample import JOINED_GROUP_AFTER, REVIEW_SAMPLE_RE
from evidence.extract.rules.sample_cases import CASE_COUNT_RE, CASES_TOLD_RE
from evidence.extract.rules.sample_groups import GROUP_SUM_PATTERNS, OUTCOME_SUBGROUP_AFTER, REVIEW_SECOND_GROUP_AFTER
from evidence.extract.rules.sample_numbers import (
    AT_RANDOM_RE,
    EXCLUDED_AFTER,
    NUMBER_IN_NAME_BEFORE,
    OFFSPRING_AFTER,
    OFFSPRING_BEFORE,
    PADDED_COUNT_BRACKET_RE,
    PART_OF_SAMPLE_AFTER,
    THRESHOLD_BEFORE,
)
from evidence.extract.rules.sample_parts import GROUPS_OF_RE, PARTS_TREATED_RE, TIMEPOINT_BEFORE_PART
from evidence.extract.rules.sample_roles import EARLIER_STUDY_RE, OWN_WORDS_RE
from evidence.extract.sample_runs import parts_of_told_whole
from evidence.extract.text import Sentence, is_background, split_sentences

# "N = 1,067" or "N = 1 067", not "n = 7 studies"
_EXPLICIT_N_RE = re.compile(
    r"\b[Nn]\s*=\s*(\d{1,3}(?:[, ]\d{3})+(?!\d)|\d+(?!\d|,\d))(?!\s+(?:studies|trials|RCTs|articles))"
)
# "ketamine group n = 333": a count named as one arm's or group's size (not "n = 792 with TRD", a subset)
_GROUP_BEFORE_N = re.compile(r"\b(?:groups?|arms?)\s*[,:]?\s*$", re.IGNORECASE)
# "18 of 24 screened participants were randomized": the part that went on into the trial
_WENT_ON_RE = re.compile(
    r"\s*(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:randomi[sz]ed|randomly)",
    re.IGNORECASE,
)
# ... or the part of those screened that became the sample ("202 (81%) were randomized", "agreed and were included")
_WENT_IN_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:(?:were|was)\s+(?:then\s+|subsequently\s+)?)?(?:randomi[sz]ed|randomly|enrolled"
    r"|included|recruited|assigned|allocated)\b",
    re.IGNORECASE,
)
# A bracketed count after a percentage ("76% (N = 29) of patients reported") or after a subgroup's name ("In a
# smaller sub-group (n=19) we analyzed", "a subset of patients (N = 20)", "the subgroup was small (n = 16)"): the size
# of a part, never the sample.
_SHARE_OR_SUBGROUP_BEFORE = re.compile(
    r"(?:%|\b(?:sub-?groups?|subsets?|sub-?samples?)(?:\s+(?!and\b|or\b)[\w-]+){0,4}?)\s*[(\[]\s*(?:[Nn]\s*=\s*)?$",
    re.IGNORECASE,
)
_ANALYSED_PART_AFTER = re.compile(r"\s+(?:analy[sz]ed|evaluable|assessable)\b", re.IGNORECASE)
_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_SAMPLE_RES = [(k, re.compile(rx, re.IGNORECASE)) for k, rx in [*GROUP_SUM_PATTERNS, *lexicon.SAMPLE_PATTERNS]]


def _num(tok: str) -> int | None:
    v = lexicon.parse_number(tok.replace(",", "").replace(" ", ""))
    return int(v) if v is not None and v == int(v) and 1 <= v < 10_000_000 else None


def find_sample_sizes(text: str, design: str | None = None) -> dict[str, int | None]:
    """Randomized, enrolled and analysed counts; 'n' is the main N (randomized, else enrolled, else pooled).

    A primary study's counts are read first from the sentences about itself: a background sentence's "a previous
    trial of 67 patients" or "280 million people" is someone else's sample (the whole text when that finds none)."""
    if design not in vocab.SECONDARY_DESIGNS:
        own = _without_background(text)
        # a structured abstract tells its sample in Methods or Results: a count in its conclusion ("maintained ... in
        # 2 patients") is a part it sums up, read only when the body names none
        body = _blanked(own, [s for s in split_sentences(text) if s.section == "conclusions"])
        # (only a count a pattern names as the sample: not "Among 46 analysed patients", a fallback of the whole text)
        for cut, guesses in ((body, False), (own, True)):
            if cut != text and (sizes := _sizes(cut, design, guesses))["n"] is not None:
                return sizes
    return _sizes(text, design)


def _blanked(text: str, sentences: list[Sentence]) -> str:
    """The text with the given sentences blanked out (same length)."""
    for s in sentences:
        text = text[: s.start] + " " * (s.end - s.start) + text[s.end :]
    return text


def told_case_count(text: str) -> int | None:
    """The patients of a report of cases counted by its case reports ('We report ... by 5 case studies'), read only in
    a sentence that tells its own cases (a review's '14 case reports' are its studies)."""
    for s in split_sentences(words_to_digits(text)):
        m = CASE_COUNT_RE.search(s.text)
        if m and CASES_TOLD_RE.search(s.text) and not EARLIER_STUDY_RE.search(s.text):
            return _num(m.group("n"))
    return None


def _without_background(text: str) -> str:
    """The text with its sentences about earlier work or the field blanked out (same length)."""
    return _blanked(text, [s for s in split_sentences(text) if not OWN_WORDS_RE.search(s.text)
                           and (is_background(s) or EARLIER_STUDY_RE.search(s.text))])


def _sizes(text: str, design: str | None, guesses: bool = True) -> dict[str, int | None]:
    t = AT_RANDOM_RE.sub(r"randomly \1", words_to_digits(text))  # "allocated at random": "randomly allocated"
    t = PADDED_COUNT_BRACKET_RE.sub("(", t)  # "( n = 52)": "(n = 52)"
    found: dict[str, int | None] = {"n_randomized": None, "n_enrolled": None, "n_analysed": None}
    subgroup: int | None = None
    analysed_part: int | None = None
    # the sample counts written in words ("in 298 patients"): the wholes a run of bracketed groups may add up to
    runs = parts_of_told_whole(t, {
        n for k, rx in _SAMPLE_RES if k == "enrolled" for m in rx.finditer(t) if t[m.start()] != "("
        and (n := _num(m.group("n"))) is not None and not _is_not_a_sample(t, m.start("n"), m.end("n"))})
    for kind, rx in _SAMPLE_RES:
        for m in rx.finditer(t):
            n = _num(m.group("n"))
            if n is None:
                continue
            if kind in ("randomized_sum", "enrolled_sum"):
                m2 = _num(m.group("m"))
                if m2 is None:
                    continue
                n, key = n + m2, "n_randomized" if kind == "randomized_sum" else "n_enrolled"
            elif kind == "randomized_arms":
                n, key = n + sum(_num(x) or 0 for x in re.findall(r"=\s*([\d,]+)", m.group("rest"))), "n_randomized"
            else:
                key = {"randomized": "n_randomized", "enrolled": "n_enrolled", "analysed": "n_analysed"}[kind]
            if _is_not_a_sample(t, m.start("n"), m.end("n")):
                continue
            if key == "n_enrolled" and _ANALYSED_PART_AFTER.match(t, m.end("n")):
                # "Among 46 analysed patients": the part analysed, not the sample taken in (unless no other is told)
                analysed_part = n if analysed_part is None else analysed_part
                continue
            if not kind.endswith(("_sum", "_arms")) and JOINED_GROUP_AFTER.match(t[m.end("n") : m.end("n") + 120]):
                continue  # "9 women and 2 men": the sample told by its sexes, one a part of it
            if not kind.endswith(("_sum", "_arms")) and PART_OF_SAMPLE_AFTER.match(t[m.end("n") : m.end("n") + 120]):
                continue  # "7 children in the ketamine group", "2 children with critical adverse events": a part
            if key != "n_randomized" and OUTCOME_SUBGROUP_AFTER.match(t[m.end("n") : m.end("n") + 80]):
                # "Among 56 patients who achieved response": the responders, not the sample (unless no other count is
                # written: "We describe three patients who responded")
                subgroup = n if subgroup is None else subgroup
                continue
            if kind == "enrolled" and t[m.start()] == "(" and _whole(_parts(t, m.start())) not in (None, n):
                continue  # one of several bracketed parts ("(n = 458) ... (n = 690)"), not the whole sample
            if kind == "enrolled" and t[m.start()] == "(" and m.start() in runs:
                continue  # "(n = 78) ... (n = 103). ... (n = 117)" adding up to "298 patients": groups of the sample
            if found[key] is None:
                found[key] = n
            break
    if found["n_enrolled"] is None and guesses:
        found["n_enrolled"] = analysed_part
    if found["n_enrolled"] is None and guesses:
        found["n_enrolled"] = _parts_sum(t)
    if found["n_randomized"] is None:
        found["n_randomized"] = _per_arm_total(t)
    if not any(found.values()) and guesses:
        found["n_enrolled"] = subgroup
    pooled = None
    if design in vocab.SECONDARY_DESIGNS:
        # "N = 1,067" or "N = 1 067", not "n = 7 studies" (a count of studies is never a review's N)
        explicit = _EXPLICIT_N_RE.search(t)
        pm = lexicon.POOLED_SAMPLE_RE.search(t)
        end = None
        if explicit and not (pm and pm.start() < explicit.start()):
            pooled = _explicit_whole(t, explicit)
        elif pm:
            pooled, end = _num(pm.group("n")), pm.end()
        elif rm := REVIEW_SAMPLE_RE.search(t):
            pooled, end = _num(rm.group("n") or rm.group("n2") or rm.group("n3")), rm.end()
        if pooled is not None and end is not None and (g := REVIEW_SECOND_GROUP_AFTER.match(t, end)):
            pooled += _num(g.group("m")) or 0  # "701 patients in the ketamine group and 551 in the placebo group"
        # a review's other counts are its studies' or one study's ("5 trials: 2 completed", "3 in adult patients"),
        # never its own sample: only a count stated as the whole of what it included is its N
        return {"n": pooled, **found}
    n = found["n_randomized"] or found["n_enrolled"] or found["n_analysed"]
    return {"n": n, **found}


def _explicit_whole(text: str, first: re.Match[str]) -> int | None:
    """A review's "N = k"; when its sentence gives several groups' sizes and no total ("ketamine group n = 333,
    comparator group n = 269"), the pooled sample is their whole."""
    a, b = _sentence_at(text, first.start())
    counts = [
        n for m in _EXPLICIT_N_RE.finditer(text, a, b)
        if _GROUP_BEFORE_N.search(text[max(a, m.start() - 12) : m.start()]) and (n := _num(m.group(1))) is not None
    ]
    return _whole(counts) or _num(first.group(1))


# a full stop with no space before the next sentence's capital ("... for breast cancer.Methods:90 women"), as some
# journal pages print them: still the end of a sentence (not "e.g.", "0.5", "U.S.")
_UNSPACED_STOP = re.compile(r"(?<=[a-z)\]])\.(?=[A-Z][a-z])")


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    unspaced = [m.start() for m in _UNSPACED_STOP.finditer(text)]
    a = max([text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), *(i for i in unspaced if i < pos)]) + 1
    b = min([i for i in (text.find(". ", pos), *(i for i in unspaced if i >= pos)) if i >= 0], default=-1)
    return a, len(text) if b < 0 else b


def _parts(text: str, pos: int) -> list[int]:
    """Sizes of the bracketed parts ("(n = 11)") of the sentence holding offset pos."""
    a, b = _sentence_at(text, pos)
    # groups that are the subject of a treatment ("Patients with high insomnia (n = 64) or low insomnia (n = 68)
    # received six infusions") are people named by a trait, whatever the trait's word
    treated = bool(PARTS_TREATED_RE.search(text, a, b))
    return [
        n for m in lexicon.PART_N_RE.finditer(text, a, b)
        if (n := _num(m.group("n"))) is not None
        # "sedation (n = 8)": events
        and (treated or not lexicon.EVENT_BEFORE_N.search(text[max(0, m.start() - 60) : m.start()]))
        # "at day 1 (n = 82), and at day 7 (n = 71)": the same people counted at each timepoint, never parts to add
        and not TIMEPOINT_BEFORE_PART.search(text[max(0, m.start() - 40) : m.start()])
    ]


def _per_arm_total(text: str) -> int | None:
    """'randomized 1:1 to ketamine or midazolam (30 per arm)', 'randomized into two groups of 30': one arm's size
    times the arms randomized to."""
    for m in GROUPS_OF_RE.finditer(text):
        a, b = _sentence_at(text, m.start())
        n = _num(m.group("n"))
        if n is not None and lexicon.RANDOMIZED_WORD_RE.search(text[a:b]):
            return n * _GROUP_COUNTS[m.group("k").lower()]
    for m in lexicon.PER_ARM_RE.finditer(text):
        a, b = _sentence_at(text, m.start())
        sentence = text[a:b]
        if not lexicon.RANDOMIZED_WORD_RE.search(sentence):
            continue
        arms = {label for _, _, label, _ in arm_terms(sentence)}
        n = _num(m.group("n"))
        if n is not None and len(arms) >= 2:
            return n * len(arms)
    return None


def _whole(parts: list[int]) -> int | None:
    """The whole of a sentence's bracketed counts: the one that is the sum of two or more others ("(n = 158) ...
    (n = 54), (n = 53), (n = 51)"), else their sum ("(n = 86) and ... (n = 86)": two equal arms); None for fewer
    than two."""
    if len(parts) < 2:
        return None
    top = max(parts)
    return top if len(parts) >= 3 and 2 * top == sum(parts) else sum(parts)


def _parts_sum(text: str) -> int | None:
    """The sample as the sum of the first sentence's bracketed parts, when no whole-sample count is written."""
    for m in lexicon.PART_N_RE.finditer(text):
        whole = _whole(_parts(text, m.start()))
        if whole is not None:
            return whole
    return None


def _is_not_a_sample(text: str, start: int, end: int) -> bool:
    """Ages, years, doses, percentages and people only screened look like counts; skip them."""
    if lexicon.NOT_SAMPLE_AFTER.match(text[end : end + 130]) or EXCLUDED_AFTER.match(text[end : end + 160]):
        return True
    after = text[end : end + 12]
    before = text[max(0, start - 12) : start]
    if re.match(r"\s*(?:%|percent|years?|mg|ml|min|hours?|weeks?|days?|months?|\.\d|[-–]\d)", after, re.I):
        return True
    if re.match(r"\s+or\s+more\b", after, re.I):
        return True  # "included one or more control arms": a criterion, not a count
    if re.match(r"\s*(?:million|billion|thousand|lakh|crore)\b", after, re.I):
        return True  # "1 million people die by suicide": a statistic of the world, never a sample counted one by one
    # "3 of 10 responded" is a share; "18 of 24 screened participants were randomized" is the sample that went on
    if re.match(r"\s*of\s+\d", after) and not _WENT_ON_RE.match(text[end : end + 100]):
        return True
    if re.search(r"\b(?:after|before|until|following)\s+(?:the\s+first\s+)?$", before, re.I) and not re.match(
        r"\s+(?:[\w-]+\s+){0,4}?(?:were|was|had|have)\b", text[end : end + 60], re.I
    ):
        # "changed after five participants": a point in the study's course, not its sample ("stopped after five
        # participants were included" is a clause whose subject is the sample)
        return True
    if _SHARE_OR_SUBGROUP_BEFORE.search(text[max(0, start - 80) : start]):
        return True  # "76% (N = 29) of patients", "a smaller sub-group (n=19)": a part, its count in brackets
    if re.search(r"(?:aged?|ages|\d[-–]|≥|>|<|\$)\s*$", before, re.I):
        return True
    if THRESHOLD_BEFORE.search(text[max(0, start - 40) : start]):
        return True  # "a MADRS score of at least 20 were ...": the entry threshold, not a count of people
    if OFFSPRING_BEFORE.search(text[max(0, start - 25) : start]) and OFFSPRING_AFTER.match(text[end : end + 40]):
        return True  # "delivered four children": a family, not a sample
    if NUMBER_IN_NAME_BEFORE.search(before):
        return True  # "CRPS-1 patients", "type 2 diabetes patients", "phase 3 participants": a name, not a count
    if re.search(r"\d\s+(?:out\s+)?of\s+(?:the\s+)?$", text[max(0, start - 20) : start], re.I):
        # the whole a part is taken from ("14 of 20 patients in the ketamine group responded": one arm's size, or
        # "64 of 90 eligible patients were randomized": those considered), never the sample on its own
        return True
    share = re.match(r"\s*(?:[\w-]+\s+){0,2}?\(\s*\d+(?:\.\d+)?\s*%\s*\)", text[end : end + 60])
    if share and not _WENT_IN_RE.match(text[end + share.end() : end + share.end() + 80]):
        # "76 patients (9.5%) discontinued": a share of a larger sample (but "202 (81%) were randomized" went in)
        return True
    # "sedation (n = 8)", "responders (n = 12)": how many had an event or outcome, not how many were studied
    head = text[max(0, start - 60) : start]
    bracket = re.search(r"\(\s*n\s*=\s*$", head, re.I)
    if bracket and lexicon.EVENT_BEFORE_N.search(head[: bracket.start()]):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d\d", text[start:end]))
