"""Decimals broken by a space in web text ('p = 0. 036', '0. 5 mg/kg') mended in place, one character for one."""

from __future__ import annotations

import re

# A bare '0.' never ends a sentence, so '0. 5' marks a text whose decimal points are followed by a space.
_BROKEN_ZERO_RE = re.compile(r"(?<![\d.])0\. \d")
# In such a text, a number of one to three digits, a full stop, a space and digits is one decimal ('36. 66', '27. 83').
_BROKEN_RE = re.compile(r"(?<![\d.])(\d{1,3})\. (\d+)(?!\d|\.\d)")


def mend_broken_decimals(text: str) -> str:
    """The text with '36. 66' as '36.66 ' when it writes '0. 5' somewhere (the same length, so spans still index it);
    unchanged otherwise, since '... in 12. 45 patients' may be two sentences in ordinary text."""
    if not _BROKEN_ZERO_RE.search(text):
        return text
    return _BROKEN_RE.sub(lambda m: f"{m.group(1)}.{m.group(2)} ", text)
