"""What a claim check reads and returns: the inputs, the result, the verdict words and the evidence rows.

Every result lists the rows it rests on, one per table row, regulatory fact or pooled number, each with a stable
`row_id` (`efficacy:<index>`, `adverse_events:<index>`, `REG-NNN`, `summary:<outcome>:<window>:<group>`), the study
and its label, the arm labels, what the row says, the number, its source and how it was checked, and whether the
verdict counts it (`use`: counted / context / not counted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import pandas as pd
from pandas.core.dtypes.cast import maybe_box_native  # type: ignore[attr-defined]  # what to_dict boxes with

from evidence.citation import doi_url, pubmed_url, registry_url
from evidence.membership import member

SUPPORTED = "supported"
PARTLY = "partly supported"
NOT_ESTABLISHED = "not established"
NO_EVIDENCE = "no evidence in this selection"
NOT_CHECKABLE = "not checkable from trial data"
NOT_CHECKED = "no automatic check"
VERDICTS = (SUPPORTED, PARTLY, NOT_ESTABLISHED, NO_EVIDENCE, NOT_CHECKABLE, NOT_CHECKED)

COUNTED, CONTEXT, NOT_COUNTED = "counted", "context", "not counted"
EVIDENCE_COLUMNS = ["row_id", "study_id", "study_label", "arms", "what", "value", "use", "source_url", "verification",
                    "link"]
RANDOMISED = ("rct", "crossover_rct")
T = TypeVar("T")
SUMMARY_OUTCOMES = ("response", "remission", "response_rr")  # the summary rows the checks read


def study_link(study_id: str, nct_ids: Iterable[str] = (), pmids: Iterable[str] = (), dois: Iterable[str] = (),
               url: object = None) -> str | None:
    """Where a reader checks a study: ClinicalTrials.gov, then PubMed, then the DOI, then the curated source."""
    nct, pm, doi = list(nct_ids or ()), list(pmids or ()), list(dois or ())
    if study_id.startswith("NCT"):
        return registry_url(study_id)
    if nct:
        return registry_url(nct[0])
    if pm:
        return pubmed_url(pm[0])
    if study_id.startswith("PMID:"):
        return pubmed_url(study_id[5:])
    if doi:
        return doi_url(doi[0])
    return str(url) if isinstance(url, str) and url.startswith(("http://", "https://")) else None


@dataclass
class ClaimInputs:
    """The analysis outputs a claim check reads (computed once per filter and shared with the views).

    `regulatory`: the facts table (regulatory.load_facts); None reads the shipped one.
    """

    tables: Mapping[str, pd.DataFrame]
    summary: pd.DataFrame  # analysis.summarise(by="route"), at least its SUMMARY_OUTCOMES rows
    ae: pd.DataFrame  # analysis.ae_incidence(by="route") (not read by the checks; kept for the app's callers)
    onset: pd.DataFrame  # analysis.onset_points (not read by the checks; kept for the app's callers)
    rr: pd.DataFrame  # analysis.controlled_rr("response") over all windows
    regulatory: pd.DataFrame | None = None
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, repr=False, compare=False)

    def cached(self, key: tuple[object, ...], build: Callable[[], T]) -> T:
        """A frame several checks read (e.g. the adverse-event pairs), built once per inputs."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]  # type: ignore[return-value]  # the memo holds what build() made for this key


@dataclass
class ClaimResult:
    """One claim, its verdict, a summary with the numbers, the rows behind it and the caveats."""

    claim_id: str
    text: str
    verdict: str
    summary: str
    evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=EVIDENCE_COLUMNS))
    caveats: list[str] = field(default_factory=list)


@dataclass
class Row:
    """One evidence row before it is linked to its study."""

    row_id: str
    study_id: str | None
    what: str
    value: str
    use: str = COUNTED
    arms: str = ""
    source_url: str | None = None
    verification: str | None = None
    link: str | None = None  # a link of its own (a regulatory fact); else the study's


def text(v: object) -> str | None:
    """A cell as text, None when missing."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return str(v)


def records(df: pd.DataFrame, columns: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """df[columns].to_dict("records") with the same values (numbers as Python numbers, NA as None), built column by
    column: to_dict boxes each Arrow-string cell with a Python call (a second for the 90k rows of a 100k selection)."""
    cols = list(df.columns if columns is None else columns)
    if not cols:
        return [{} for _ in range(len(df))]
    return [dict(zip(cols, t, strict=True)) for t in zip(*(_native(df[c]) for c in cols), strict=True)]


def _native(s: pd.Series) -> list[object]:
    """What to_dict("records") puts in the cells of one column (pandas' maybe_box_native of each value)."""
    if isinstance(s.dtype, pd.StringDtype):  # str, or the dtype's missing value: nan, or pd.NA (boxed to None)
        vals = s.astype(object).tolist()
        return [None if v is pd.NA else v for v in vals] if s.dtype.na_value is pd.NA else vals
    if isinstance(s.dtype, np.dtype) and s.dtype != object:  # already Python numbers, not boxed by to_dict
        return s.tolist()
    return list(map(maybe_box_native, s))


def rows_frame(rows: list[Row], studies: pd.DataFrame) -> pd.DataFrame:
    """The evidence table: each row with its study's label and link (only the cited studies are looked up)."""
    if not rows:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    cited = sorted({r.study_id for r in rows if r.study_id})
    st = studies[member(studies["study_id"], cited)] if cited else studies.iloc[0:0]
    cols = {c: st[c].tolist() if c in st else [None] * len(st)
            for c in ("study_id", "nct_ids", "pmids", "dois", "url", "label", "title")}
    links, labels = {}, {}
    for sid, nct, pm, doi, url, label, title in zip(*cols.values(), strict=True):
        links[sid] = study_link(sid, nct, pm, doi, url)
        labels[sid] = text(label) or text(title) or sid
    return pd.DataFrame({
        "row_id": [r.row_id for r in rows],
        "study_id": [r.study_id for r in rows],
        "study_label": [labels.get(r.study_id) if r.study_id else None for r in rows],
        "arms": [r.arms for r in rows],
        "what": [r.what for r in rows],
        "value": [r.value for r in rows],
        "use": [r.use for r in rows],
        "source_url": [r.source_url for r in rows],
        "verification": [r.verification for r in rows],
        "link": [r.link or (links.get(r.study_id) if r.study_id else None) or r.source_url for r in rows],
    }, columns=EVIDENCE_COLUMNS)


def labels_of(studies: pd.DataFrame) -> dict[str, str]:
    """study_id -> label (the title when there is no label)."""
    lab = studies["label"] if "label" in studies else studies["title"]
    return {str(s): text(a) or text(b) or str(s) for s, a, b in zip(
        studies["study_id"].tolist(), lab.tolist(), studies["title"].tolist(), strict=True)}


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def hours_text(h: float) -> str:
    """A visit time as people say it: 40 min, 4 h, day 2, week 3."""
    if h < 1:
        return f"{round(h * 60):.0f} min"
    if h < 48:
        return f"{h:g} h"
    if h < 24 * 14:
        return f"day {h / 24:g}"
    return f"week {h / 168:g}"
