"""This study's own arms and results, read sentence by sentence: a placebo arm it counts or compares, and a Results
section told in the past tense (a finished study, not a protocol); sentences crediting earlier work are skipped."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.rules.design_arms import COUNTED_PLACEBO_ARM_RE, TREATMENT_DRUG_OR_PLACEBO_RE
from evidence.extract.rules.design_defaults import PLACEBO_ARM_RESULT_RE, PLACEBO_COMPARISON_RE
from evidence.extract.rules.study import EARLIER_FINDING_RE
from evidence.extract.rules.tense import PAST_FINITE_RE
from evidence.extract.text import Sentence

# a result counted in the past tense ("68% of eligible participants were recruited", "6 were randomized")
_COUNTED_RESULT = re.compile(r"(?:\d\s*%|\b\d+\b[^.;]{0,60}?\b(?:were|was)\b)", re.IGNORECASE)
# what a protocol's Results heading tells instead of results: approval, funding, recruitment under way
_NOT_A_RESULT = re.compile(
    r"\b(?:approv\w*|ethic\w*|fund\w*|recruit\w*|enrol\w*|registered|expected|will|ongoing|currently)\b", re.IGNORECASE
)


def results_told(sentences: list[Sentence]) -> bool:
    """A sentence under a Results heading that counts what happened ("175 referrals were screened, 68% were
    recruited"), or two told in the past tense ("Both treatments offered comparable improvement", "Patients
    experienced fewer side effects"), not an approval or a start ("This study was approved"): a finished study,
    whatever its Methods say of the plan it kept to ("A planned sample size of 40 ...")."""
    if any(s.section == "results" and _COUNTED_RESULT.search(s.text) for s in sentences):
        return True
    told = [
        s for s in sentences
        if s.section == "results" and PAST_FINITE_RE.search(s.text) and not _NOT_A_RESULT.search(s.text)
    ]
    return len(told) >= 2


def own_placebo_comparison(text: str) -> bool:
    """A sentence that compares this study's arm with placebo and gives a number (a timepoint, a score, a p-value),
    not a finding credited to earlier work ("Ketamine versus placebo trials have shown ...")."""
    return any(
        PLACEBO_COMPARISON_RE.search(s) and re.search(r"\d", s)
        and not EARLIER_FINDING_RE.search(s) and not lexicon.BACKGROUND_SENTENCE_RE.search(s)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    )


def counted_placebo_arm(text: str) -> bool:
    """A sentence of this study that counts its own people in a placebo or saline arm ("24 received normal saline",
    "placebo (n = 54)") or names its treatment as the drug or placebo ("a single dose of ketamine or placebo"), not one
    credited to earlier work."""
    return any(
        (COUNTED_PLACEBO_ARM_RE.search(s) or TREATMENT_DRUG_OR_PLACEBO_RE.search(s))
        and not EARLIER_FINDING_RE.search(s) and not lexicon.BACKGROUND_SENTENCE_RE.search(s)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    )


def placebo_arm_result(text: str) -> bool:
    """A sentence of this study that gives its placebo arm's own result ("2/14 (14.3%) in placebo", "more
    placebo-treated patients"), not one credited to earlier work."""
    return any(
        PLACEBO_ARM_RESULT_RE.search(s) and not EARLIER_FINDING_RE.search(s)
        and not lexicon.BACKGROUND_SENTENCE_RE.search(s)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    )
