"""The claim list, the check behind each claim id, and one flat table of every claim's verdict and rows.

The flat table (`claims_frame`) is what `python -m evidence claims` prints and what the Claim check tab shows, so
the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import pandas as pd

from evidence import analysis
from evidence.analysis.groups import KETAMINE_FORMS
from evidence.claims import comparisons, efficacy, harms, onset, regulatory
from evidence.claims.model import (
    EVIDENCE_COLUMNS,
    NOT_CHECKED,
    SUMMARY_OUTCOMES,
    ClaimInputs,
    ClaimResult,
    records,
)

CHECKS: dict[str, Callable[[ClaimInputs], ClaimResult]] = {
    "works_within_hours": onset.works_within_hours,
    "iv_im_stronger_than_nasal": comparisons.iv_im_stronger_than_nasal,
    "nasal_spray_approved_trd": regulatory.nasal_spray_approved_trd,
    "main_side_effects": harms.main_side_effects,
    "helps_suicidal_ideation": efficacy.helps_suicidal_ideation,
    "abuse_potential": regulatory.abuse_potential,
    "medical_supervision": regulatory.medical_supervision,
    "responses_vary": efficacy.responses_vary,
    "wears_off_needs_maintenance": efficacy.wears_off_needs_maintenance,
    "reserved_for_treatment_resistant": regulatory.reserved_for_treatment_resistant,
    "glutamate_mechanism": regulatory.glutamate_mechanism,
}
DEFAULT_CLAIMS: tuple[dict[str, str], ...] = (
    {"id": "works_within_hours", "text": "Ketamine works within hours"},
    {"id": "iv_im_stronger_than_nasal", "text": "IV or IM ketamine is stronger than the nasal spray"},
    {"id": "nasal_spray_approved_trd", "text": "The nasal spray (esketamine) is approved for treatment-resistant "
                                               "depression"},
    {"id": "main_side_effects", "text": "Dissociation and raised blood pressure are the main side effects"},
    {"id": "helps_suicidal_ideation", "text": "Ketamine helps with suicidal thoughts"},
    {"id": "abuse_potential", "text": "Ketamine can be abused and has addiction potential"},
    {"id": "medical_supervision", "text": "It has to be given under medical supervision"},
    {"id": "responses_vary", "text": "Responses vary from person to person"},
    {"id": "wears_off_needs_maintenance", "text": "The effect wears off and needs maintenance treatment"},
    {"id": "reserved_for_treatment_resistant", "text": "It is reserved for people in whom standard antidepressants "
                                                       "failed"},
    {"id": "glutamate_mechanism", "text": "It works through glutamate (NMDA/AMPA receptors), unlike other "
                                          "antidepressants"},
)
FLAT_COLUMNS = ["claim_id", "claim", "verdict", "summary", "caveats", *EVIDENCE_COLUMNS]
RR_COLUMNS = ["group", "window", "study_id", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "rr",
              "ci_low", "ci_high", "comparator_class", "arms", "arms_ctl", "source_url"]


def gather(tables: Mapping[str, pd.DataFrame], method: str = "DL", regulatory_facts: pd.DataFrame | None = None
           ) -> ClaimInputs:
    """Run the analyses the claims need on already-filtered tables (the checks read adverse events and onset rows
    themselves, so the `ae` and `onset` fields, kept for callers that share them with other views, stay empty)."""
    return ClaimInputs(tables, analysis.summarise(tables, by="route", method=method, outcomes=SUMMARY_OUTCOMES),
                       pd.DataFrame(columns=analysis.AE_COLUMNS), pd.DataFrame(columns=analysis.ONSET_COLUMNS),
                       analysis.controlled_rr(tables, "response"), regulatory_facts)


def _with_columns(df: pd.DataFrame, cols: Iterable[str]) -> pd.DataFrame:
    """An analysis output with every expected column (an empty selection may give a frame without columns)."""
    missing = [c for c in cols if c not in df.columns]
    return df.assign(**{c: pd.Series(dtype=object) for c in missing}) if missing else df


def check_claims(inputs: ClaimInputs, claims: Iterable[Mapping[str, str]] = DEFAULT_CLAIMS,
                 studied: Iterable[str] = tuple(sorted(KETAMINE_FORMS))) -> list[ClaimResult]:
    """Every claim of the profile checked against the inputs; unknown claim ids say they are not checked.

    `studied` is the profile's drug. Every automatic check reads ketamine-form arms and the ketamine products'
    regulatory facts, so under a profile that studies no ketamine form each claim says it has no automatic check
    rather than answering from ketamine data (or from nothing)."""
    other = sorted(set(studied) - KETAMINE_FORMS)
    if other and not set(studied) & KETAMINE_FORMS:
        why = (f"The automatic checks read ketamine arms and the ketamine products' regulatory record; this profile "
               f"studies {', '.join(other)}, so this claim is not checked against its data.")
        return [ClaimResult(str(c.get("id", "")), str(c.get("text", c.get("id", ""))), NOT_CHECKED, why)
                for c in claims]
    inputs = ClaimInputs(inputs.tables, _with_columns(inputs.summary, analysis.SUMMARY_COLUMNS),
                         _with_columns(inputs.ae, analysis.AE_COLUMNS),
                         _with_columns(inputs.onset, analysis.ONSET_COLUMNS), _with_columns(inputs.rr, RR_COLUMNS),
                         inputs.regulatory if inputs.regulatory is not None else regulatory.load_facts())
    out = []
    for c in claims:
        cid, text = str(c.get("id", "")), str(c.get("text", c.get("id", "")))
        fn = CHECKS.get(cid)
        if fn is None:
            out.append(ClaimResult(cid, text, NOT_CHECKED, "This claim has no automatic check yet."))
            continue
        res = fn(inputs)
        res.text = text
        out.append(res)
    return out


def claims_frame(results: Iterable[ClaimResult]) -> pd.DataFrame:
    """One row per evidence row of each claim (a claim without rows: one row with empty evidence columns)."""
    parts = []
    for r in results:
        head = {"claim_id": r.claim_id, "claim": r.text, "verdict": r.verdict, "summary": r.summary,
                "caveats": " | ".join(r.caveats)}
        ev = r.evidence if len(r.evidence) else pd.DataFrame([{c: None for c in EVIDENCE_COLUMNS}])
        parts.append(ev[EVIDENCE_COLUMNS].astype(object).assign(**head))
    if not parts:
        return pd.DataFrame(columns=FLAT_COLUMNS)
    return pd.concat(parts, ignore_index=True)[FLAT_COLUMNS]


def claims_json(results: Iterable[ClaimResult]) -> list[dict[str, object]]:
    """The results as plain data: claim, verdict, summary, caveats and the evidence rows (None for missing)."""
    out: list[dict[str, object]] = []
    for r in results:
        ev = r.evidence[EVIDENCE_COLUMNS].astype(object)
        rows = [{k: (None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v)
                 for k, v in row.items()} for row in records(ev)]
        out.append({"claim_id": r.claim_id, "claim": r.text, "verdict": r.verdict, "summary": r.summary,
                    "caveats": list(r.caveats), "evidence": rows})
    return out
