"""Claims a regulator answers, not a trial: approval, supervision, abuse potential, who the product is for.

The facts come from `data/curated/regulatory/facts.csv` (each with a verbatim quote and its canonical source; see
the README there). Filters never flip these verdicts: a selection that leaves the product out says so
("this selection excludes the nasal spray") next to an unchanged verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd

from evidence.claims.model import (
    CONTEXT,
    COUNTED,
    NO_EVIDENCE,
    NOT_CHECKABLE,
    PARTLY,
    RANDOMISED,
    SUPPORTED,
    ClaimInputs,
    ClaimResult,
    Row,
    records,
    rows_frame,
    text,
)
from evidence.errors import ValidationError
from evidence.selection import filters_of

FACT_COLUMNS = ["fact_id", "product", "jurisdiction", "kind", "statement", "date", "quote", "source_url", "read_from",
                "verification", "source_tier"]
FACTS_PATH = Path("curated") / "regulatory" / "facts.csv"
SHIPPED = Path(__file__).resolve().parents[2] / "data" / FACTS_PATH
NASAL = "esketamine_nasal_spray"
RACEMIC = "racemic_ketamine"
PRODUCT_NAMES = {NASAL: "the esketamine nasal spray", RACEMIC: "racemic ketamine"}


def load_facts(data_dir: str | Path | None = None) -> pd.DataFrame:
    """The regulatory facts of a data folder (`curated/regulatory/facts.csv`), else the shipped ones."""
    path = Path(data_dir) / FACTS_PATH if data_dir is not None else SHIPPED
    if not path.exists():
        path = SHIPPED
    return _read(str(path)).copy()


@lru_cache(maxsize=4)
def _read(path: str) -> pd.DataFrame:
    if not Path(path).exists():
        return pd.DataFrame(columns=FACT_COLUMNS)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in FACT_COLUMNS if c not in df.columns]
    if missing:
        raise ValidationError(f"{path}: missing column(s) {missing}")
    bad = df[(df["quote"].str.strip() == "") | (df["source_url"].str.strip() == "")]
    if len(bad):
        raise ValidationError(f"{path}: fact(s) {bad['fact_id'].tolist()} lack a quote or a source_url")
    return df[FACT_COLUMNS]


def facts_of(x: ClaimInputs) -> pd.DataFrame:
    """The inputs' facts table (the shipped one when none was given)."""
    return x.regulatory if x.regulatory is not None else load_facts()


def select(facts: pd.DataFrame, product: str | None = None, kinds: tuple[str, ...] = (),
           pattern: str | None = None) -> pd.DataFrame:
    """Facts of a product and kinds whose statement or quote matches `pattern` (case-insensitive), by date."""
    f = facts
    if product:
        f = f[f["product"] == product]
    if kinds:
        f = f[f["kind"].isin(kinds)]
    if pattern:
        hay = f["statement"].str.cat(f["quote"], sep=" ")
        f = f[hay.str.contains(pattern, case=False, regex=True)]
    return f.sort_values(["date", "fact_id"], kind="stable")


def fact_rows(facts: pd.DataFrame, use: str = COUNTED) -> list[Row]:
    """Evidence rows of facts: the fact id, what (kind, jurisdiction, date) and the verbatim quote."""
    return [Row(r["fact_id"], None, f"{r['jurisdiction']} {r['kind'].replace('_', ' ')}"
                + (f" ({r['date']})" if r["date"] else "") + f": {r['statement']}", f"“{r['quote']}”", use,
                source_url=r["source_url"], verification=r["verification"], link=r["source_url"])
            for r in records(facts)]


def product_note(tables: Mapping[str, pd.DataFrame], product: str) -> str | None:
    """Why the selection shows no trial of the product (None when it holds one): the filter that excludes it."""
    f = filters_of(tables)
    name = "the nasal spray" if product == NASAL else PRODUCT_NAMES[product]
    if f is not None:
        routes, drugs = f.routes, f.drugs
        if product == NASAL and routes and "intranasal" not in routes:
            return f"this selection excludes {name} (route filter: {', '.join(routes)})"
        if product == NASAL and drugs and "esketamine" not in drugs:
            return f"this selection excludes {name} (drug filter: {', '.join(drugs)})"
        if product == RACEMIC and drugs and "ketamine" not in drugs:
            return f"this selection excludes {name} (drug filter: {', '.join(drugs)})"
    if not len(product_studies(tables["studies"], product)):
        return f"this selection holds no trial of {name}"
    return None


def product_studies(studies: pd.DataFrame, product: str) -> pd.DataFrame:
    """Primary studies of the product in the studies table."""
    drug = "esketamine" if product == NASAL else "ketamine"
    has = studies["drugs"].map(lambda d: drug in list(d if d is not None else []))
    if product == NASAL:
        has &= studies["routes"].map(lambda r: "intranasal" in list(r if r is not None else []))
    return studies[(has & ~studies["is_secondary"].astype(bool)).to_numpy(dtype=bool)]


def _trial_context(x: ClaimInputs, product: str, population: str | None = None) -> tuple[list[Row], str]:
    st = product_studies(x.tables["studies"], product)
    if population:
        st = st[st["population"].map(lambda p: population in list(p if p is not None else [])).to_numpy(dtype=bool)]
    rct = st[st["design"].isin(RANDOMISED)]
    rows = [Row(f"study:{r['study_id']}", r["study_id"], f"trial of {PRODUCT_NAMES[product]} ({r['design']})",
                f"phase {text(r['phase']) or 'n/r'}, n={text(r['enrollment']) or 'n/r'}, "
                f"{text(r['status']) or 'status n/r'}", CONTEXT) for r in records(st)]
    return rows, f"{len(st)} primary trial(s) in this selection ({len(rct)} randomised)"




def _brief(facts: pd.DataFrame, per: int = 2) -> str:
    """Per jurisdiction: the `per` earliest dated statements and the ids of every fact behind it."""
    parts = []
    for j in sorted(facts["jurisdiction"].unique(), key=lambda v: (v != "US", v)):
        g = facts[facts["jurisdiction"] == j]
        g = g.assign(_undated=g["date"] == "").sort_values(["_undated", "date", "fact_id"], kind="stable")
        said = " ".join(re.sub(rf"^{j}: ", "", s).rstrip(".") + "." for s in g["statement"].head(per))
        parts.append(f"{j}: {said} [{', '.join(sorted(g['fact_id']))}]")
    return " ".join(parts)


def _verdict_from_facts(counted: pd.DataFrame) -> tuple[str, list[str]]:
    """supported when a counted fact was read on the regulator's or journal's own page, partly when only on
    copies (the caveat says so), no evidence without facts."""
    if counted.empty:
        return NO_EVIDENCE, ["the regulatory table holds no fact for this claim"]
    if (counted["verification"] == "verified").any():
        return SUPPORTED, []
    return PARTLY, ["every fact behind this verdict was read on a copy or a report, not on the regulator's page"]


def _result(cid: str, verdict: str, summary: str, rows: list[Row], x: ClaimInputs, caveats: list[str],
            note: str | None) -> ClaimResult:
    if note:
        summary += f" Note: {note}; the verdict comes from the regulatory table, which the filters do not change."
    return ClaimResult(cid, "", verdict, summary, rows_frame(rows, x.tables["studies"]), caveats)


def nasal_spray_approved_trd(x: ClaimInputs) -> ClaimResult:
    """Approval of the esketamine nasal spray for TRD, from the regulatory table; the TRD trials are context."""
    facts = facts_of(x)
    approvals = select(facts, NASAL, ("approval", "indication"))
    trd = approvals[approvals["statement"].str.cat(approvals["quote"], sep=" ").str.contains(
        r"treatment.resistant|TRD", case=False, regex=True)]
    verdict, caveats = _verdict_from_facts(trd)
    others = approvals[~approvals["fact_id"].isin(trd["fact_id"])]
    trials, trial_text = _trial_context(x, NASAL, "TRD")
    summary = (f"Approved for treatment-resistant depression — {_brief(trd)}" if len(trd) else
               "No approval fact in the regulatory table.")
    later = others[others["kind"] == "approval"]
    if len(later):
        summary += f" Other approvals — {_brief(later, per=3)}"
    summary += f" Trial context: {trial_text} in TRD."
    caveats.append("an approval is a regulator's decision on the whole file; it says the benefit was judged to "
                   "outweigh the risks in the labelled population, under the labelled conditions (supervision, REMS)")
    rows = fact_rows(trd) + fact_rows(others, CONTEXT) + trials
    return _result("nasal_spray_approved_trd", verdict, summary, rows, x, caveats, product_note(x.tables, NASAL))


def medical_supervision(x: ClaimInputs) -> ClaimResult:
    """Administration under medical supervision: the nasal spray's label and REMS; racemic ketamine's labels."""
    facts = facts_of(x)
    nasal = select(facts, NASAL, ("supervision", "rems"))
    racemic = select(facts, RACEMIC, ("supervision",))
    verdict, caveats = _verdict_from_facts(nasal)
    summary = (f"Esketamine nasal spray — {_brief(nasal)}" if len(nasal) else
               "No supervision fact for the nasal spray in the regulatory table.")
    if len(racemic):
        summary += f" Racemic ketamine — {_brief(racemic, per=1)}"
    caveats.append("racemic ketamine for depression is used off-label: no regulator sets monitoring rules for that "
                   "use; its anaesthetic label asks for administration by physicians experienced in anaesthesia")
    rows = fact_rows(nasal) + fact_rows(racemic, CONTEXT)
    return _result("medical_supervision", verdict, summary, rows, x, caveats, product_note(x.tables, NASAL))


ABUSE_TERMS = r"abus|misuse|dependen|addict|craving|withdrawal|diversion|drug.seeking"


def abuse_potential(x: ClaimInputs) -> ClaimResult:
    """Abuse and addiction potential: scheduling and the label's abuse warning; trial AE terms are context."""
    facts = facts_of(x)
    counted = select(facts, None, ("scheduling", "boxed_warning", "label_warning", "status", "rems"),
                     r"abus|misuse|schedule|CIII")
    verdict, caveats = _verdict_from_facts(counted)
    ae = x.tables["adverse_events"]
    hits = ae[ae["term"].fillna("").str.contains(ABUSE_TERMS, case=False, regex=True).to_numpy(dtype=bool)
              & ae["selected"].fillna(False).to_numpy(dtype=bool)]
    rows = fact_rows(counted)
    rows += [Row(f"adverse_events:{i}", r["study_id"], f"trial adverse event: {r['term']}",
                 f"{text(r['n_affected']) or '?'}/{text(r['n_at_risk']) or '?'}", CONTEXT, text(r["arm_label"]) or "",
                 text(r["source_url"]), text(r["verification"])) for i, r in hits.iterrows()]
    summary = (f"Regulatory record — {_brief(counted)}" if len(counted) else "No abuse or scheduling fact.")
    summary += (f" {len(hits)} adverse-event row(s) in this selection's trials name abuse, misuse, dependence or "
                "withdrawal.")
    caveats.append("the trials in these tables are short and supervised and do not measure addiction; the warning and "
                   "the Schedule III listing rest on misuse outside trials")
    return _result("abuse_potential", verdict, summary, rows, x, caveats, None)


def reserved_for_treatment_resistant(x: ClaimInputs) -> ClaimResult:
    """'Reserved for people in whom standard antidepressants failed': the indications, and the trial populations."""
    facts = facts_of(x)
    ind = select(facts, NASAL, ("indication", "approval"))
    hay = ind["statement"].str.cat(ind["quote"], sep=" ")
    trd = ind[hay.str.contains(r"treatment.resistant|at least two|failed", case=False, regex=True).to_numpy(bool)]
    other = ind[hay.str.contains(r"suicidal|psychiatric emergency", case=False, regex=True).to_numpy(bool)
                & ~ind["fact_id"].isin(trd["fact_id"]).to_numpy(bool)]
    racemic = select(facts, RACEMIC, ("status", "indication"))
    st = x.tables["studies"]
    prim = st[~st["is_secondary"].astype(bool).to_numpy(dtype=bool)]
    in_trd = prim["population"].map(lambda p: "TRD" in list(p if p is not None else [])).astype(bool)
    if trd.empty and other.empty:
        verdict, caveats = NO_EVIDENCE, ["the regulatory table holds no indication fact"]
    elif len(trd) and len(other):
        verdict, caveats = PARTLY, ["the TRD indications require at least two failed antidepressants; the suicidal-"
                                    "ideation / psychiatric-emergency indications do not"]
    else:
        verdict, caveats = _verdict_from_facts(trd if len(trd) else other)
    summary = (f"Indications after failed antidepressants — {_brief(trd, per=1)}" if len(trd) else
               "No TRD indication fact.")
    if len(other):
        summary += f" Indications without prior failures — {_brief(other, per=1)}"
    summary += (f" Trial populations: {int(in_trd.sum())} of {len(prim)} primary studies in this selection enrolled "
                "people with treatment-resistant depression.")
    caveats.append("racemic ketamine has no depression indication: its use is off-label and not 'reserved' by any "
                   "regulator")
    rows = fact_rows(trd) + fact_rows(other) + fact_rows(racemic, CONTEXT)
    return _result("reserved_for_treatment_resistant", verdict, summary, rows, x, caveats, None)


WHY_MECHANISM = ("Trial outcomes measure symptoms, response, relapse and side effects: they show whether and how fast "
                 "people improve, not which receptor (NMDA, AMPA) or glutamate change produces it, which needs "
                 "pharmacology and imaging studies that these tables do not hold.")


def glutamate_mechanism(x: ClaimInputs) -> ClaimResult:
    """The glutamate/NMDA/AMPA mechanism: not checkable from trial outcomes (the regulator's wording as context)."""
    facts = select(facts_of(x), None, ("mechanism",))
    summary = "Not checkable from trial outcomes. " + WHY_MECHANISM
    if len(facts):
        summary += f" The regulator's wording — {_brief(facts, per=1)}"
    return _result("glutamate_mechanism", NOT_CHECKABLE, summary, fact_rows(facts, CONTEXT), x,
                   ["a regulator's description of the mechanism is not evidence that the mechanism explains the "
                    "antidepressant effect"], None)

