"""What the layout of a structured abstract says about its design."""

from __future__ import annotations

from evidence.extract.rules.layout import METHODS_HEADING_RE, PROTOCOL_CLOSING_HEADING_RE, RESULTS_HEADING_RE


def protocol_layout(text: str) -> bool:
    """Methods, then a Discussion or Trial registration heading, and no Results heading: a protocol paper, which
    describes a study still to be run (whatever tense its Methods use)."""
    return bool(
        METHODS_HEADING_RE.search(text) and PROTOCOL_CLOSING_HEADING_RE.search(text)
        and not RESULTS_HEADING_RE.search(text)
    )
