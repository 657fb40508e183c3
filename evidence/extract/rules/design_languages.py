"""Design words of abstracts written in other languages than English (Spanish, Portuguese, French, Italian, German,
Chinese): the same kinds of study named in the words those abstracts use. Each is added to its design's last rule in
the English decision table (rules/design.py), so the order of precedence between designs stays the English one."""

from __future__ import annotations

OTHER_LANGUAGE_DESIGN_WORDS: dict[str, str] = {
    "meta_analysis": r"\bmeta-?an[aá]lis[ie]s\b|\bm[ée]ta-?analys[ei]s?\b|\bmetanalisi\b|\bMeta-?Analyse\b"
    r"|荟萃分析|Meta分析",
    "systematic_review": r"\brevisi[oó]n\s+sistem[aá]tica\b|\brevis[aã]o\s+sistem[aá]tica\b|\brevue\s+syst[ée]matique\b"
    r"|\brevisione\s+sistematica\b|\bsystematische[rn]?\s+(?:Übersicht|Literaturrecherche|Review)|系统评价|系统综述",
    "review": r"\brevisi[oó]n\s+(?:narrativa|bibliogr[aá]fica|de\s+(?:la\s+)?literatura)\b"
    r"|\brevis[aã]o\s+(?:narrativa|bibliogr[aá]fica|de\s+(?:la\s+)?literatura)\b"
    r"|\brevue\s+(?:narrative|de\s+(?:la\s+)?litt[ée]rature)\b|\bÜbersichtsarbeit\b"
    # Chinese reviews, expert consensus statements and "research progress" overviews (simplified and traditional)
    r"|综述|綜述|专家共识|專家共識|本共识|本共識|共识意见|共識意見|研究进展|研究進展",
    "rct": r"\b(?:aleatori[sz]ad[oa]s?|randomi[sz]ad[oa]s?|randomis[ée]e?s?|randomisiert\w*|randomizzat[oa])\b|随机"
    r"|\b(?:doble\s+ciego|duplo-?cego|double\s+aveugle|doppio\s+cieco|doppelblind)\b[^.]{0,60}?\b(?:placebo|controlad[oa]"
    r"|contr[ôo]l[ée]e?|controllato)",
    "crossover_rct": r"\b(?:dise[ñn]o|estudio|ensayo|estudo|ensaio)\s+(?:[\w-]+\s+){0,2}?cruzad[oa]\b"
    r"|\b(?:[ée]tude|essai)\s+(?:[\w-]+\s+){0,2}?crois[ée]e?\b|\bCross-?over-Studie\b",
    "open_label": r"\b(?:estudio|ensayo|estudo|ensaio)\s+(?:cl[ií]nico\s+)?(?:abierto|aberto)\b"
    r"|\b(?:[ée]tude|essai)\s+(?:clinique\s+)?ouvert(?:e)?\b|\boffene\s+Studie\b",
    "observational": r"\br[ée]trospecti(?:v[oa]s?|ve|fs?|ves)\b|\bretrospektiv\w*|回顾性"
    r"|\b(?:estudio|estudo|[ée]tude)\s+(?:de\s+)?(?:cohorte|coorte|observacional|observationnelle)\b",
    "case_series": r"\b(?:presentamos|describimos|reportamos|relatamos|apresentamos)\s+(?:el\s+|o\s+|un\s+|um\s+)caso\b"
    r"|\bcaso\s+cl[ií]nico\b|\ba\s+prop[oó]sito\s+de\s+un\s+caso\b|\brelato\s+de\s+caso\b|\bserie\s+de\s+casos\b"
    r"|\bnous\s+(?:rapportons|pr[ée]sentons|d[ée]crivons)\s+(?:le\s+|un\s+)cas\b|\bcas\s+clinique\b"
    r"|\bFallbericht\b|病例报告|个案报道",
}
# One case told in those languages ("Presentamos un caso de ..."): N = 1.
OTHER_LANGUAGE_SINGLE_CASE = (
    r"\b(?:presentamos|describimos|reportamos|relatamos|apresentamos)\s+(?:el\s+|o\s+|un\s+|um\s+)caso\b"
    r"|\ba\s+prop[oó]sito\s+de\s+un\s+caso\b|\bnous\s+(?:rapportons|pr[ée]sentons|d[ée]crivons)\s+(?:le\s+|un\s+)cas\b"
)
