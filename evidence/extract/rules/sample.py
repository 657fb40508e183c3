"""Sample-size phrases: randomized, enrolled, analysed and pooled counts."""

from __future__ import annotations

import re

from evidence.extract.rules.adverse import AE_TERM_RE

PEOPLE_NOUNS = (
    r"(?:patients|participants|subjects|adults|adolescents|outpatients|out-patients|inpatients|individuals|people"
    r"|persons|women|men|veterans|children|volunteers|cases)"
)
_INT = r"\d{1,3}(?:,\d{3})+|\d+"
SAMPLE_PATTERNS: list[tuple[str, str]] = [
    # (kind, regex with group "n" [and "m" for a second arm to add; "rest" holding more arms' "(n = k)"]).
    # Patterns are tried in this order and the first that matches sets its count, so sums of arms come first.
    # "52 were randomized to ketamine and 48 to placebo", "... to the ketamine group, and 20 to the placebo group"
    ("randomized_sum", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+)?(?:were\s+)?"
     r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+to\s+(?:the\s+|receive\s+)?[\w-]+"
     r"(?:\s+(?:group|arm))?,?\s+and\s+(?P<m>" + _INT
     + r")\s+(?:\w+\s+)?(?:were\s+)?(?:(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:the\s+|receive\s+)?[\w-]+"),
    # "(n = 34)" or "(n=34; 18 women)" before the verb; not "(n = 18, 90%)", a count with its share
    ("randomized", r"\(N\s*=\s*(?P<n>" + _INT + r")(?:\s*[;,][^()%]{0,40})?\)\s+(?:were|was)\s+"
     r"(?:randomi[sz]ed|randomly)"),
    ("randomized", r"\b(?P<n>" + _INT + r")\s+(?:(?:eligible|adult|consecutive)\s+)?(?:\w+\s+){0,2}?" + PEOPLE_NOUNS
     + r"?(?:\s+(?:with|from|who\s+had|aged|meeting|undergoing|receiving|scheduled\s+for|admitted\s+(?:to|for)"
     r"|diagnosed\s+with)\s+[^.;,()]{1,60}?)?\s*(?:were|was)\s+"
     r"(?:(?:included|enrolled)\s+and\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))"
     r"(?!\s+to\s+(?:the|a)\s+\w+\s+(?:group|arm))"),
    ("randomized", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,8}?"
     r"(?:underwent\s+randomi[sz]ation|entered\s+the\s+randomi[sz]ed)"),
    ("randomized", r"\b(?:of\s+(?:the\s+)?)?(?P<n>" + _INT + r")\s+(?:randomi[sz]ed\s+" + PEOPLE_NOUNS + r"|"
     + PEOPLE_NOUNS + r"\s+randomi[sz]ed)\b"),
    # "403 were screened and 124 randomized", "...; 36 randomized": the count with the verb and no noun of its own
    ("randomized", r"(?:\band\s+|[,;]\s*)(?:of\s+(?:whom|these|them),?\s+)?(?P<n>" + _INT + r")\s+(?:(?:were|was)\s+)?"
     r"(?:subsequently\s+|then\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b"),
    ("randomized_sum", r"\((?P<n>" + _INT + r")\s+to\s+receive\s+[\w-]+\s+and\s+(?P<m>" + _INT
     + r")\s+to\s+receive\s+[\w-]+\)"),
    # "randomly assigned to ketamine (n = 25) or midazolam (n = 26)": the arms' sizes add up
    ("randomized_arms", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b"
     r"(?:[^.;()]|(?<=\d)\.(?=\d)){0,60}?\(\s*n\s*=\s*(?P<n>" + _INT + r")\s*\)"
     r"(?P<rest>(?:(?:[^.;()]|(?<=\d)\.(?=\d)){1,50}?\(\s*n\s*=\s*(?:" + _INT + r")\s*\)){1,6})"),
    # "were randomized (ketamine, n = 20; placebo, n = 21)": the arms' sizes in one bracket add up
    ("randomized_arms", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b[^.;()]{0,40}\("
     r"\s*[\w\s-]{0,30}?[,:]?\s*n\s*=\s*(?P<n>" + _INT + r")"
     r"(?P<rest>(?:\s*[;,]\s*[\w\s-]{0,30}?[,:]?\s*n\s*=\s*(?:" + _INT + r"))+)\s*\)"),
    ("randomized", r"\brandomi[sz]ed\b[^.;]{0,40}\(N\s*=\s*(?P<n>" + _INT + r")\)"),
    ("randomized", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:a\s+total\s+of\s+)?(?P<n>" + _INT
     + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS),
    ("enrolled", r"\(N\s*=\s*(?P<n>" + _INT + r")(?:\s*[;,][^()%]{0,40})?\)"),
    ("enrolled", r"\b(?:enrolled|included|recruited)\s+(?:a\s+total\s+of\s+)?(?P<n>" + _INT + r")\b"),
    ("enrolled", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,3}?" + PEOPLE_NOUNS + r"\s+(?:\w+\s+){0,3}?(?:were|was)\s+"
     r"(?:enrolled|included|recruited)"),
    # "Of 120 patients screened, 64 were enrolled": the count with the verb and no noun of its own
    ("enrolled", r"(?:^|[,;:]\s*|\band\s+)(?P<n>" + _INT + r")\s+(?:were|was)\s+"
     r"(?:subsequently\s+)?(?:enrolled|recruited)\b"),
    ("enrolled", r"\b(?:total\s+of|in\s+total,?)\s+(?P<n>" + _INT + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS),
    ("enrolled", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS + r"\b"),
    ("analysed", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,3}?"
     r"(?:completed|were\s+analy[sz]ed|included\s+in\s+the\s+analysis)"),
]
# Pooled samples of reviews: "36 studies (2903 participants", "24 trials representing 1877 participants",
# "36 RCTs involving 2903 participants".
POOLED_SAMPLE_RE = re.compile(
    r"\b(?:studies|trials|RCTs)\s*(?:\(|representing\s+|with\s+(?:a\s+total\s+of\s+)?|including\s+|encompassing\s+"
    r"|involving\s+|comprising\s+|enrolling\s+|total(?:l)?ing\s+|of\s+)(?P<n>" + _INT + r")\s+"
    + PEOPLE_NOUNS,
    re.IGNORECASE,
)
# "sedation (n = 8)", "responders (n = 12)": a bracketed count after an event or outcome word counts events.
EVENT_BEFORE_N = re.compile(
    r"(?:" + AE_TERM_RE.pattern + r"|\b(?:responders|remitters|non-?responders|relapses|dropouts|completers))\s*$",
    re.IGNORECASE,
)
