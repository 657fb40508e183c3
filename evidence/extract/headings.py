"""Headings of structured abstracts in layouts beyond "Word:": slashed pairs ("Purposes/background:") and headings
written without a colon ("Background Bipolar depression ... Methods Thirty-five ...")."""

from __future__ import annotations

import re

from evidence.extract import lexicon

# The order of a structured abstract's sections: a heading that joins two names takes the later one ("Findings/results",
# "Outcomes/results"), unless one is the background ("Introduction/objective": its opening is about the field) or the
# pair is listed as it is ("purpose/background").
_ORDER = ("background", "objective", "methods", "results", "conclusions")
# Two or more heading words joined by slashes, then a colon ("Purposes/background:", "Implications/conclusions:"), or
# a heading of two to four words ("BACKGROUND AND PURPOSE:", "EXPERIMENTAL APPROACH:", "Methods and analysis:", "KEY
# RESULTS:"): heading_class decides whether its words are a section's name.
SLASHED_HEADING_RE = re.compile(
    r"^\s*(?P<h>[A-Za-z]+(?:\s+[A-Za-z]+)?(?:\s*/\s*[A-Za-z]+(?:\s+[A-Za-z]+)?)+"
    r"|[A-Za-z]+(?:\s+(?:and\s+|&\s+)?[A-Za-z]+){1,3})\s*:"
)
# A section's name qualified by a leading word ("Key results", "Main findings", "Study objectives", "Experimental
# approach"): the section its last word names.
_QUALIFIERS = ("key", "main", "principal", "major", "study", "experimental", "brief", "summary")
_QUALIFIED = {"approach": "methods"}
# The main headings, which some copies print with no colon before the section's first sentence ("Methods Thirty-five
# subjects ...", "METHODS We ...", "Results - Response ..."): read as headings only when the abstract has two or more
# of them so (its layout).
_BARE_WORDS = (
    "Background", "Introduction", "Objectives", "Objective", "Aims", "Aim", "Purpose", "Methods", "Method",
    "Materials and methods", "Patients and methods", "Results", "Findings", "Conclusions", "Conclusion", "Discussion",
    "Limitations", "Case report", "Case presentation", "Case description", "Case summary",
)
_BARE = "|".join(
    alt for w in _BARE_WORDS for alt in (w.replace(" ", r"\s+"), w.upper().replace(" ", r"\s+"))
)
BARE_HEADING_RE = re.compile(
    r"^\s*(?P<h>(?-i:" + _BARE + r"))(?:[ \t]*[-–—][ \t]+|[ \t]+)(?=(?-i:[A-Z])[\w\s-])"
)


def heading_class(heading: str) -> str | None:
    """The section a printed heading opens (plurals and slashed pairs read by their parts), None for no heading."""
    key = re.sub(r"\s+", " ", heading.strip().lower())
    if key in lexicon.SECTION_CLASSES:
        return lexicon.SECTION_CLASSES[key]
    parts = [p.strip() for p in key.split("/")]
    singular = "/".join(p[:-1] if p.endswith("s") and p[:-1] in lexicon.SECTION_CLASSES else p for p in parts)
    if singular in lexicon.SECTION_CLASSES:
        return lexicon.SECTION_CLASSES[singular]
    joined = len(parts) < 2
    if joined:
        # words joined by "and" ("Conclusions and implications", "Data sources and methods", "Methods and analysis")
        parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", key)]
    classes = [_part_class(p) for p in parts]
    if joined and {"background", "objective"} <= set(classes):
        return None  # "Background and aims": the field and the study's aim under one heading, left unsectioned
    if len(parts) == 1:
        return classes[0]  # a qualified name ("Key results") or none
    if None in classes:
        return None  # every part must be a heading word: "Ketamine/esketamine:" is no heading
    if "background" in classes:
        return "background"  # "Introduction/objective": the field first (an aim sentence is read as the study's anyway)
    return max((c for c in classes if c is not None), key=lambda c: _ORDER.index(c) if c in _ORDER else -1)


def _part_class(part: str) -> str | None:
    # (plural or singular: "purposes", "result", "hypotheses")
    for key in (part, part[:-1] if part.endswith("s") else part + "s", re.sub(r"es$", "is", part)):
        if key in lexicon.SECTION_CLASSES:
            return lexicon.SECTION_CLASSES[key]
    words = part.split()
    if len(words) == 2 and words[0] in _QUALIFIERS:
        # "key results", "experimental approach": the qualified name's own section
        return _QUALIFIED.get(words[1]) or _part_class(words[1])
    return None


def bare_heading_layout(bodies: list[str]) -> bool:
    """Two or more different sentences open with a main heading word and no colon: the abstract's headings are
    printed bare."""
    found = {m.group("h").lower() for b in bodies if (m := BARE_HEADING_RE.match(b))}
    return len(found) >= 2
