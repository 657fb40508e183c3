"""Does automatic extraction agree with the curators? The snapshot's own abstracts, run through the extractor, against
the curated values for the same study, arm, outcome and visit (pure functions; no I/O).

A *value* is one (study, arm, outcome, visit) for which both a curated figure (efficacy row with source_kind
`curated`, unit percent for response/remission or hours for onset) and an automatically extracted one exist. It
agrees when the two are equal within rounding: 0.5 percentage points for a rate (curators often round), 1 % (at
least 0.01 h) for an onset time. Arms are matched by their drug or control word ("esketamine", "placebo",
"midazolam"), and by dose when the extracted arm names one ("esketamine 84 mg"); an extracted arm that fits more
than one curated arm is not compared. Extracted values with no curated counterpart are counted as `auto_only`
(the dashboard can show them, marked `auto`); curated values the extractor did not read as `curated_only`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import asdict, dataclass, field

import pandas as pd

from evidence.extract.arms import arm_terms
from evidence.extract.tables import findings_rows

MEASURES = ("response", "remission", "onset")
_UNIT = {"response": "percent", "remission": "percent", "onset": "hours"}
_DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg/kg|mg)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Comparison:
    """One value both sides report: the curated figure(s), the extracted one, and whether they agree."""

    study_id: str
    arm: str
    measure: str
    timepoint_hours: float | None
    curated: float
    auto: float
    agrees: bool
    curated_arm: str
    curated_source: str
    auto_quote: str
    source_url: str


@dataclass
class AgreementReport:
    """Agreements and disagreements, plus the values only one side has."""

    comparisons: list[Comparison] = field(default_factory=list)
    auto_only: int = 0
    curated_only: int = 0
    abstracts: int = 0

    @property
    def agreements(self) -> list[Comparison]:
        return [c for c in self.comparisons if c.agrees]

    @property
    def disagreements(self) -> list[Comparison]:
        return [c for c in self.comparisons if not c.agrees]

    def headline(self) -> str:
        """'automatic extraction agrees with the curators on X of Y values; Z disagreements'."""
        y = len(self.comparisons)
        z = len(self.disagreements)
        return (
            f"automatic extraction agrees with the curators on {y - z} of {y} values; "
            f"{z} disagreement{'s' if z != 1 else ''}"
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per compared value (disagreements first)."""
        rows = [asdict(c) for c in sorted(self.comparisons, key=lambda c: (c.agrees, c.study_id, c.arm, c.measure))]
        cols = [f.name for f in Comparison.__dataclass_fields__.values()]
        return pd.DataFrame(rows, columns=cols)


def _blank(x: object) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def same_time(a: object, b: object) -> bool:
    """Two timepoints (hours) are one visit: both missing, or within 1% (0.01 h at the least)."""
    if _blank(a) and _blank(b):
        return True
    if _blank(a) or _blank(b):
        return False
    a, b = float(a), float(b)  # type: ignore[arg-type]
    return abs(a - b) <= max(0.01, 0.01 * abs(b))


def _agrees(measure: str, curated: float, auto: float) -> bool:
    if measure == "onset":
        return abs(curated - auto) <= max(0.01, 0.01 * abs(curated))
    return abs(curated - auto) <= 0.5


def _arm_word(label: object, drug: object) -> str | None:
    """The drug or control word of an arm ('Saline intranasal' -> placebo, 'Esketamine 28 mg' -> esketamine)."""
    if drug in ("ketamine", "esketamine", "arketamine"):
        return str(drug)
    terms = arm_terms(str(label or ""))
    return terms[0][2] if terms else None


def _dose(label: object) -> tuple[float, str] | None:
    m = _DOSE.search(str(label or ""))
    return (float(m.group(1)), m.group(2).lower()) if m else None


def auto_efficacy(
    publications: pd.DataFrame, extract: Callable[..., dict[str, list[dict[str, object]]]] = findings_rows
) -> pd.DataFrame:
    """Efficacy rows the extractor reads from every publication abstract in the table (source_kind 'abstract')."""
    rows: list[dict[str, object]] = []
    for p in publications.to_dict("records"):
        text = p.get("abstract")
        if not isinstance(text, str) or not text.strip() or _blank(p.get("study_id")):
            continue
        origin = str(p.get("ref_id") or "pubmed")
        rows.extend(extract(str(p["study_id"]), text, p.get("source_url"), origin)["efficacy"])
    return pd.DataFrame(rows)


def compare(
    curated: pd.DataFrame, auto: pd.DataFrame, abstracts: int = 0, studies: Iterable[str] | None = None
) -> AgreementReport:
    """Compare extracted efficacy rows with curated ones of the same study, arm, outcome and visit; `studies` (the
    studies whose abstracts were read; default: those with an extracted row) bound the curated-only count."""
    report = AgreementReport(abstracts=abstracts)
    cur = _usable(curated, curated_side=True)
    aut = _usable(auto, curated_side=False)
    matched_curated: set[int] = set()
    for (study, measure), a_rows in aut.groupby(["study_id", "measure"], sort=True):
        c_rows = cur[(cur["study_id"] == study) & (cur["measure"] == measure)]
        for a in a_rows.to_dict("records"):
            cands = _arm_candidates(c_rows, a)
            cands = cands[[same_time(t, a["timepoint_hours"]) for t in cands["timepoint_hours"]]]
            if cands.empty or cands["_arm"].nunique() > 1:
                report.auto_only += cands.empty
                continue
            auto_v = float(a["value"])
            values = [float(v) for v in cands["value"]]
            best = min(range(len(values)), key=lambda i: abs(values[i] - auto_v))
            c = cands.iloc[best]
            matched_curated.update(int(i) for i in cands.index)
            report.comparisons.append(
                Comparison(
                    study_id=str(study),
                    arm=str(a.get("arm_label") or ""),
                    measure=str(measure),
                    timepoint_hours=None if _blank(a["timepoint_hours"]) else float(a["timepoint_hours"]),
                    curated=values[best],
                    auto=auto_v,
                    agrees=any(_agrees(str(measure), v, auto_v) for v in values),
                    curated_arm=str(c["arm_label"] or ""),
                    curated_source=str(c.get("report") or c.get("read_from") or c.get("source_url") or ""),
                    auto_quote=str(a.get("provenance") or ""),
                    source_url=str(a.get("source_url") or c.get("source_url") or ""),
                )
            )
    read = set(studies) if studies is not None else (set(aut["study_id"]) if not aut.empty else set())
    left = cur[cur["study_id"].isin(read) & ~cur.index.isin(list(matched_curated))]
    keys = left["arm_key"].where(left["arm_key"].notna(), left["arm_label"]) if not left.empty else left["arm_label"]
    report.curated_only = int(
        len({(s, m, k, None if _blank(t) else round(float(t), 2))
             for s, m, k, t in zip(left["study_id"], left["measure"], keys, left["timepoint_hours"], strict=True)})
    )
    return report


def _usable(df: pd.DataFrame, curated_side: bool) -> pd.DataFrame:
    """Response/remission percentages and onset hours; the curated side only `curated` rows."""
    cols = ["study_id", "arm_label", "arm_key", "drug", "measure", "timepoint_hours", "value", "unit", "source_kind",
            "report", "read_from", "source_url", "provenance"]
    if df is None or df.empty:
        return pd.DataFrame(columns=[*cols, "_arm"])
    d = df.copy()
    for c in cols:
        if c not in d.columns:
            d[c] = None
    d = d[d["measure"].isin(MEASURES) & d["value"].notna()]
    d = d[[u == _UNIT[m] for m, u in zip(d["measure"], d["unit"], strict=True)]]
    if curated_side:
        d = d[d["source_kind"] == "curated"]
        if "is_comparison" in d.columns:
            d = d[~d["is_comparison"].fillna(False).astype(bool)]
    d["_arm"] = [_arm_word(lab, drug) for lab, drug in zip(d["arm_label"], d["drug"], strict=True)]
    d = d[d["_arm"].notna()]
    return d


def _arm_candidates(c_rows: pd.DataFrame, a: Mapping[Hashable, object]) -> pd.DataFrame:
    word = _arm_word(a.get("arm_label"), a.get("drug"))
    if word is None:
        return c_rows.iloc[0:0]
    same = c_rows[c_rows["_arm"] == word]
    dose = _dose(a.get("arm_label"))
    if dose is not None and not same.empty:
        same = same[[_dose(lab) == dose for lab in same["arm_label"]]]
    if same.empty:
        return same
    # one curated arm per arm key (its label when it has none): the rows of one arm at one visit, from several
    # curated sources that may word the arm differently, are one value
    keys = same["arm_key"] if "arm_key" in same.columns else same["arm_label"]
    labels = [str(k) if not _blank(k) else str(lab) for k, lab in zip(keys, same["arm_label"], strict=True)]
    return same.assign(_arm=[f"{word}|{k}" for k in labels])


def agreement(tables: dict[str, pd.DataFrame], publications: Iterable[str] | None = None) -> AgreementReport:
    """The live figure for a snapshot: run the extractor over its publications' abstracts (all of them, or the
    named ref_ids) and compare with the curated efficacy rows."""
    pubs = tables.get("publications", pd.DataFrame())
    if publications is not None and not pubs.empty:
        pubs = pubs[pubs["ref_id"].isin(set(publications))]
    with_text = pubs[pubs["abstract"].fillna("").str.strip().ne("")] if not pubs.empty else pubs
    auto = auto_efficacy(with_text) if not with_text.empty else pd.DataFrame()
    studies = set(with_text["study_id"].dropna()) if not with_text.empty else set()
    return compare(tables.get("efficacy", pd.DataFrame()), auto, abstracts=len(with_text), studies=studies)
