"""Population words of the people studied (the tags themselves are in rules/study.py POPULATION_PATTERNS)."""

from __future__ import annotations

import re

# People who have depression ("patients with depression", "adults suffering from depression", "depressed women"):
# only then does a bare "depression" make the population MDD. Depression as an outcome ("depressive symptoms after
# surgery"), a drug class ("antidepressant"), an animal model or physiology ("respiratory depression") does not.
DEPRESSED_PEOPLE_RE = re.compile(
    r"\b(?:with|had|having|experiencing|presenting\s+with|suffering\s+from|diagnosed\s+with|treated\s+for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?<!respiratory\s)(?<!cardiac\s)(?<!myocardial\s)(?<!circulatory\s)(?<!CNS\s)(?<!ST\s)"
    r"(?<!ST-segment\s)(?<!spreading\s)depress+(?:ion|ive|ed)\b"
    r"|\bdepressed\s+(?:[\w-]+\s+)?(?:patients|women|men|adults|participants|mothers|individuals|people|persons"
    r"|subjects|inpatients|outpatients|veterans|adolescents|youths?)\b"
    # the treatment's indication: "ketamine for depression", "in the treatment of depression", "treating depression"
    r"|\b(?:for|treatment\s+of|treating|treat)\s+(?:a\s+|the\s+)?(?:(?:major|unipolar|severe|acute)\s+)?"
    r"depress+(?:ion|ive\s+(?:disorders?|episodes?|illness))\b",
    re.IGNORECASE,
)
