"""Response and remission words of abstracts written in other languages than English (Spanish, Portuguese, French,
Italian), read by the kind cues of rules/efficacy.py like the English ones."""

from __future__ import annotations

# The same measures in abstracts written in Spanish, Portuguese, French and Italian ('La tasa de respuesta fue del
# 66,7%', 'taux de rémission'); German writes 'Response' and 'Remission' as English does.
RESPONSE = (
    r"\b(?:respuestas?|respondedores|respondieron|respondi[oó]|respostas?|responderam|respondeu|r[ée]ponses?"
    r"|r[ée]pondeurs|r[ée]pondu|risposta|risposto)\b"
)
REMISSION = r"\b(?:remisi[oó]n|remitieron|remiti[oó]|remiss[aã]o|r[ée]mission|remissione)\b"
EXCLUDED = (
    r"|\b(?:respuesta|resposta|r[ée]ponse|risposta)\s+(?:parcial|partielle|parziale)\b"
    r"|\bno\s+respondedores|\bn[ãa]o\s+respondedores|\bnon-?r[ée]pondeurs|\bsin\s+respuesta"
    r"|\b(?:tiempo|tempo|d[ée]lai)\s+(?:de\s+)?(?:respuesta|resposta|r[ée]ponse|risposta)"
)
