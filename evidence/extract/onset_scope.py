"""Onset scope: whether the abstract's own sentences give the studied drug, so its results can be the drug's."""

from __future__ import annotations

from evidence.extract import drugs as study_drugs
from evidence.extract.abbrev import abbreviations, uses
from evidence.extract.text import Sentence, is_background, leading_background


def gives_the_drug(sentences: list[Sentence]) -> bool:
    """A sentence past the background names the studied drug ('Ketamine has rapid effects. ... randomized to
    psilocybin or placebo' names it only as the field's); a text that names it nowhere cannot tell."""
    whole = " ".join(x.text for x in sentences)
    if not any(rx.search(whole) for _, rx in study_drugs.compiled(study_drugs.active())):
        return True
    intro = leading_background(sentences)
    own = " ".join(x.text for k, x in enumerate(sentences) if not is_background(x) and k not in intro)
    names = study_drugs.compiled(study_drugs.active())
    if any(rx.search(own) for _, rx in names):
        return True
    # ... or an abbreviation the abstract defined for it ('esketamine nasal spray (ESK-NS)', then 'ESK-NS')
    defined = abbreviations(whole)
    return any(uses(own, short) for short, long in defined.items() if any(rx.search(long) for _, rx in names))
