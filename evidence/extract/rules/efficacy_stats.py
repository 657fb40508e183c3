"""Numbers that are a statistic's or a dose's, not a share of patients: test figures, dose units."""

from __future__ import annotations

# The name of a classifier's or a diagnostic test's figure: a percentage it names is no share of patients.
METRIC_NAME = (
    r"\b(?:accurac(?:y|ies)|sensitivit(?:y|ies)(?!\s+analys)|specificit(?:y|ies)|(?:(?:positive|negative)\s+)?predictive"
    r"\s+values?|agreement|concordance|(?-i:PPV|NPV|AUC|AUROC)|area\s+under\s+the\s+(?:ROC\s+|receiver[\w\s-]{0,30}?)?curve)\b"
)
# The unit that makes a number a dose ("0.5 mg/kg", "0.25mg", "0.2 µg/kg/min")
DOSE_UNIT_AFTER = r"\s*(?:mg|µg|ug|mcg|ml|mL|g/kg)\b"
# An investigational compound told by its code right after the rate ("32% responded to AZD6765", "57% with GH001"):
# the rate is that compound's (a ketamine code such as R-107 is an arm word and is kept by the caller).
OTHER_COMPOUND_AFTER = (
    r"\b(?:respon\w*|remi\w*|to|with|on|after|receiving|given)\s+(?-i:(?P<code>[A-Z]{2,5}-?\d{3,6}))\b"
)
# The value is what a difference comes to ("Difference (95% CI) between groups in the percentage of patients achieving
# remission at day 25 was 13.1%", "the difference in remission rates was 15%", "difference = 4.3%", "with a difference
# of 5.3%"): a gap between two rates, not a rate. (A verb or "=" must come right before the value, with no comma
# between: "no difference in response rates, which were 60% and 55%" keeps its rates.)
DIFFERENCE_VALUE_BEFORE = (
    r"\bdifferences?\b(?:\s*\([^()]*\))?(?:\s+(?:in|of|between|for)\b[^,;]{0,150}?)?\s*(?:was|were|is|of|=)\s*-?$"
)
