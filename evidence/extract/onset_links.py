"""Onset: a clause that links a marker or trait to the drug's effect reports which patients improved, not when."""

from __future__ import annotations

from evidence.extract import drugs as study_drugs
from evidence.extract.rules import onset_markers


def marker_linked(part: str) -> bool:
    """The part says something other than the treatment was related to the effect ('SNPs in VEGFC were related to
    the rapid antidepressant effect', 'increases of leptin were associated with improvement at day 13'); one whose
    subject is the drug or its arm ('ketamine infusion was associated with a rapid reduction') is the drug's effect."""
    link = onset_markers.ONSET_LINKED_TO.search(part)
    if link is None:
        return False
    subject = part[: link.start()]
    if onset_markers.ONSET_LINK_AGENT.search(subject):
        return False
    return not any(rx.search(subject) for _, rx in study_drugs.compiled(study_drugs.active()))
