"""Onset cues of secondary analyses: a measure linked to the drug's effect, not the effect itself."""

from __future__ import annotations

import re

# "SNPs in IL1R1 were related to the rapid (within 240 min) antidepressant effect", "increases of leptin were
# associated with improvements at day 13": a marker, gene or trait linked to the effect says which patients improved
# more, not when the drug's effect began. ("ketamine infusion was associated with a rapid reduction at 2 h" is the
# drug's effect: see ONSET_LINK_AGENT.)
ONSET_LINKED_TO = re.compile(
    r"\b(?:was|were|is|are|being)\s+(?:\w+ly\s+|also\s+|not\s+)?(?:related|associated|linked)\s+(?:to|with)\b",
    re.IGNORECASE,
)
# The subject of such a link is the treatment itself ("treatment with ketamine was associated with ...", "the
# esketamine group was associated with ...", "the prescription of ketamine was associated with ..."): the drug's
# effect, worded as an association.
ONSET_LINK_AGENT = re.compile(
    r"\b(?:treatment|infusions?|injections?|doses?|dosing|administration|prescription|intervention|group|arm"
    r"|therapy|spray)\b",
    re.IGNORECASE,
)
