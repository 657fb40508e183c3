"""Headings of a structured abstract that tell what kind of paper it is (a protocol reports no results)."""

from __future__ import annotations

import re

# A heading: at the start of a line or right after a sentence end, then a colon, a line break or a glued capitalised
# word ("MethodsThis protocol ...").
_HEADING = (
    r"(?:^|\n|(?<=[.:;])[ \t]+|(?<=[a-z.)])(?=[A-Z]))[ \t]*(?:{})[ \t]*(?::|[ \t]*\n|(?=[A-Z][a-z])|[ \t]*$)"
)
METHODS_HEADING_RE = re.compile(
    _HEADING.format(r"Methods?(?:/design)?|Materials\s+and\s+methods|Methods\s+and\s+(?:design|analysis)"
                    r"|Study\s+design|Design|METHODS?"),
    re.MULTILINE,
)
# The closing headings of a protocol paper (BMC / Trials style: Background, Methods, Discussion, Trial registration)
PROTOCOL_CLOSING_HEADING_RE = re.compile(
    _HEADING.format(r"Discussion|DISCUSSION|Trial\s+registration|TRIAL\s+REGISTRATION"), re.MULTILINE
)
# ... where a finished study has its results
RESULTS_HEADING_RE = re.compile(
    _HEADING.format(r"Results?|RESULTS?|Findings|FINDINGS|Main\s+results|Key\s+findings|Methods\s+and\s+results"
                    r"|Measurements\s+and\s+main\s+results|Main\s+outcomes\s+and\s+results|Case\s+(?:presentation"
                    r"|description|summary|reports?)"),
    re.MULTILINE,
)
