"""Is a route word in a sentence a route this study gave ketamine by? Not when the clause says none was found or
studied that way, names it as what the treatment is an alternative to, or states a licensing fact (words in
rules/routes.py)."""

from __future__ import annotations

from evidence.extract.rules import route_clauses as clauses
from evidence.extract.rules import routes as rules


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text of the route word's clause before it (clauses start after ';' and ':') and the rest of the sentence
    after it (the patterns bound how far they read)."""
    a = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start)) + 1
    return sentence[a:start], sentence[end:]


def route_not_given(sentence: str, start: int, end: int) -> bool:
    """True when the route word at sentence[start:end] is not a route ketamine was given by in this study: 'No
    trials of intramuscular ketamine were identified', 'an alternative to IV infusion', 'future studies on oral
    ketamine', 'an esketamine nasal spray was approved', 'equivalence to intravenous ketamine', 'Although IV ketamine is
    best studied, we ...'."""
    if clauses.CONCESSIVE_OPENING_BEFORE.match(sentence[:start]) and clauses.OWN_CLAUSE_AFTER.match(sentence[end:]):
        return True  # "Although IV ketamine is best studied, we gave it orally": the route the study's is set against
    before, after = _clause(sentence, start, end)
    before = rules.ROUTE_DEFINED_BEFORE.sub("", before)  # "No trials of intramuscular (IM)": the use of IM
    return bool(
        rules.ROUTE_NOT_GIVEN_BEFORE.search(before)
        or rules.ROUTE_REFERENCE_BEFORE.search(before)
        or rules.ROUTE_NOT_GIVEN_AFTER.match(after)
    )
