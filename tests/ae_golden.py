"""What ae_findings returns on a fixed corpus, as JSON: the record a refactor of evidence/extract/adverse.py must
reproduce (issue 22).

`python -m tests.ae_golden --write` records it in tests/fixtures/extract_ae_golden.json after an intended change of
the adverse-event rules (say why in the commit); tests/test_extract_ae_golden.py compares. The corpus: the curated
abstracts, the blind set's dev and dev2 abstracts (never the untouched ones), and the sentences below, one per way an
abstract words an adverse event.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evidence.extract import lexicon
from evidence.extract.adverse import ae_findings
from evidence.extract.study import find_study_drugs
from evidence.extract.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
RECORD = Path(__file__).resolve().parent / "fixtures" / "extract_ae_golden.json"
BLIND = Path(__file__).resolve().parent / "fixtures" / "extraction_blind"
OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RCT = "Methods: Sixty patients with TRD were randomized to intravenous ketamine or placebo. Results: "
SNIPPETS = [
    OPEN + "The most common adverse events (>=10%) were dizziness, nausea and headache.",
    OPEN + "The most common (≥5%) TEAEs were dissociation (26.1%) and nausea (12.0%).",
    OPEN + "Adverse events included dizziness (n = 8, 20%) and nausea (n = 4, 10%).",
    OPEN + "Drowsiness was the most commonly reported adverse event (50%, 10 of 20).",
    OPEN + "Sedation was uncommon (5%).",
    OPEN + "Nausea and dizziness were reported by 20% and 15% of patients, respectively.",
    OPEN + "Twelve patients (30%) reported nausea and eight (20%) reported dizziness.",
    OPEN + "Discontinuation due to adverse events was 4.6%.",
    OPEN + "Adverse events led to discontinuation in 3 of 40 patients (7.5%).",
    OPEN + "Headache (n = 5) and nausea (n = 3) were the most common adverse events.",
    OPEN + "No patient experienced hallucinations; dissociation was absent after 2 hours.",
    OPEN + "Dissociative symptoms were experienced by 45% of participants and resolved within 2 hours.",
    RCT + "Dissociation occurred in 30% of ketamine and 5% of placebo patients.",
    RCT + "Nausea occurred in 12% of the ketamine group and 3% of those receiving placebo.",
    RCT + "Dizziness (ketamine 25% vs placebo 5%) was transient.",
    RCT + "Headache was more frequent with ketamine (25%) than with placebo (10%).",
    RCT + "Nausea was similar in both groups (10% vs 8%).",
    RCT + "Three subjects receiving ketamine and one subject receiving placebo developed transient hypertension.",
    RCT + "Treatment-emergent adverse events occurred in 70% of the ketamine group versus 40% of the placebo group.",
    RCT + "Serious adverse events were reported in 2% of patients.",
    RCT + "Five patients (12.5%) were diagnosed with hypertension at baseline.",
    RCT + "Blood pressure rises after dosing were transient; no psychotomimetic symptoms were seen.",
    # negations and non-rates next to each reader
    OPEN + "The most common adverse events (>=10%) were not serious.",
    OPEN + "No nausea (0%) and no vomiting (0%) were reported.",
    OPEN + "Dizziness (95% CI 10-30%) was transient.",
    OPEN + "Nausea and dizziness were reported by 20% of patients on day 1 and by 15% on day 2, respectively.",
    OPEN + "Nausea was reported by 20%, respectively.",
    OPEN + "No patient (0%) experienced hallucinations.",
    RCT + "Nausea occurred in 10% vs 8%.",
    OPEN + "No hallucinations (n = 0) and headache (n = 2) were recorded.",
    RCT + "Two patients receiving ketamine had relapses, and one had nausea.",
    OPEN + "Treatment-emergent adverse events that led to discontinuation occurred in 5% of patients.",
    OPEN + "Adverse events leading to discontinuation were 3.5%.",
    RCT + "Ketamine was associated with dissociation (26%), dizziness (21%), and nausea (18%), compared with 4%, "
    "6% and 9% for placebo.",
]


def _blind_texts() -> dict[str, str]:
    """The blind set's dev and dev2 abstracts (the untouched splits are never opened)."""
    spec = json.loads((BLIND / "labels.json").read_text(encoding="utf-8"))
    out = {}
    for r in spec:
        if str(r.get("split")) in ("dev", "dev2"):
            out[f"blind/{r['id']}"] = (BLIND / r["abstract_file"]).read_text(encoding="utf-8")
    return out


def corpus() -> dict[str, str]:
    """{name: text} of every text the record covers."""
    out = {f"curated/{p.name}": p.read_text(encoding="utf-8")
           for p in sorted((ROOT / "data" / "curated" / "pubmed" / "abstracts").glob("*.txt"))}
    out.update(_blind_texts())
    out.update({f"snippet/{i:02d}": t for i, t in enumerate(SNIPPETS)})
    return out


def outputs() -> dict[str, object]:
    """{name: [findings, mentions]} of ae_findings on each text of the corpus (study drugs from the text, and the
    placebo as control for the snippets that name one)."""
    out: dict[str, object] = {}
    for name, raw in corpus().items():
        text = lexicon.normalise_text(raw)
        control = "placebo" if "placebo" in text else None
        findings, mentions = ae_findings(split_sentences(text), find_study_drugs(text), control)
        out[name] = [findings, mentions]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="record the current outputs")
    args = ap.parse_args()
    if args.write:
        RECORD.write_text(json.dumps(outputs(), indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
