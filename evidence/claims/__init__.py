"""Claim check: each common claim about ketamine for depression next to what the (filtered) evidence says.

Pure: analysis outputs and the regulatory facts in (`gather`), a verdict, a plain-text summary with the numbers and
the rows behind it (with arm labels, row ids and sources) out. Modules:

- `model`: inputs, results, verdict words, evidence rows.
- `regulatory`: the sourced regulatory facts (data/curated/regulatory/facts.csv) and the claims they answer
  (approval, supervision, abuse potential, who the product is for; the mechanism is not checkable from trials).
- `onset`: first visit at which a ketamine arm separated from its comparator in a controlled trial, per route.
- `comparisons`: route comparisons, direct (randomised head-to-head) or labelled indirect.
- `harms`: adverse events ranked by risk difference against the comparator of the same trials.
- `efficacy`: suicidal-ideation outcomes, variation between people, relapse after stopping.
- `verdicts`: the claim list, `check_claims`, and the flat table the CLI prints and the tab shows.
"""

from evidence.claims.model import (
    CONTEXT,
    COUNTED,
    EVIDENCE_COLUMNS,
    NO_EVIDENCE,
    NOT_CHECKABLE,
    NOT_CHECKED,
    NOT_COUNTED,
    NOT_ESTABLISHED,
    PARTLY,
    SUMMARY_OUTCOMES,
    SUPPORTED,
    VERDICTS,
    ClaimInputs,
    ClaimResult,
    study_link,
)
from evidence.claims.regulatory import load_facts
from evidence.claims.verdicts import (
    CHECKS,
    DEFAULT_CLAIMS,
    FLAT_COLUMNS,
    check_claims,
    claims_frame,
    claims_json,
    gather,
)

__all__ = [
    "CHECKS", "CONTEXT", "COUNTED", "DEFAULT_CLAIMS", "EVIDENCE_COLUMNS", "FLAT_COLUMNS", "NOT_CHECKABLE",
    "NOT_CHECKED", "NOT_COUNTED", "NOT_ESTABLISHED", "NO_EVIDENCE", "PARTLY", "SUMMARY_OUTCOMES", "SUPPORTED",
    "VERDICTS", "ClaimInputs", "ClaimResult", "check_claims", "claims_frame", "claims_json", "gather", "load_facts",
    "study_link",
]
