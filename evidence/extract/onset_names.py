"""Scale abbreviations an abstract defines, read as their long form in onset sentences ('The HDR score ... was
significantly lower' after 'Hamilton Depression Rating (HDR)'): the outcome a time belongs to is then known, whatever
the abbreviation (an unlisted one would make the sentence name no outcome, and give no onset)."""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.extract.abbrev import abbreviations
from evidence.extract.rules import onset as rules
from evidence.extract.rules import onset_outcomes
from evidence.extract.text import Sentence


def _outcome(text: str) -> str | None:
    """The first outcome domain text names, or None."""
    return next((name for name, rx in rules.ONSET_OUTCOME_DOMAINS if rx.search(text)), None)


def scale_names(text: str) -> dict[str, str]:
    """{abbreviation: long form} of the rating scales the text defines whose long form names a psychiatric outcome
    the abbreviation alone does not ('HDR' -> 'Hamilton Depression Rating'; 'MADRS' is read already)."""
    out: dict[str, str] = {}
    for short, long in abbreviations(text).items():
        if not onset_outcomes.ONSET_SCALE_LONG_FORM.search(long) and not re.search(r"\bscale\b", short, re.I):
            continue
        named = _outcome(long)
        if named in rules.ONSET_DOMAIN_TIER and _outcome(short) != named:
            out[short] = long
    return out


def with_scale_names(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each use of a defined scale abbreviation written as its long form; unchanged when the
    abstract defines none."""
    names = scale_names(" ".join(s.text for s in sentences))
    if not names:
        return sentences
    rx = re.compile(r"(?<![\w(-])(?:" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
                    + r")(?![\w)-])")
    out = []
    for sent in sentences:
        text = rx.sub(lambda m: names[m.group(0)], sent.text)
        out.append(sent if text == sent.text else replace(sent, text=text))
    return out
