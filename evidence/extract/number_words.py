"""Numbers written as words read as digits, so counts are found whichever way an abstract spells them."""

from __future__ import annotations

import re

from evidence.extract import lexicon

# (also a capitalised number word glued to a heading before it: "MethodsSeventy-seven patients")
_WORD_NUM_RE = re.compile(r"(?:\b|(?<=[a-z])(?-i:(?=[A-Z])))" + lexicon.WORD_NUMBER_RE + r"\b", re.IGNORECASE)


def words_to_digits(text: str) -> str:
    """'Eighteen subjects' -> '18 subjects', keeping other text (spans are not needed for counts; the scorer uses it
    to tell whether a labelled N is written in the abstract)."""

    def repl(m: re.Match[str]) -> str:
        v = lexicon.parse_number(m.group(0))
        if v is None:
            return m.group(0)
        glued = m.start() > 0 and m.string[m.start() - 1].isalpha()
        return (" " if glued else "") + str(int(v))

    return _WORD_NUM_RE.sub(repl, text)
