"""Claim check: each common claim about ketamine for depression next to what the (filtered) evidence says.

Pure: analysis outputs in (see `gather`), a verdict, a plain-text summary with the numbers and the rows behind it
out. Verdicts are deliberately cautious: few studies (k < 3) or no head-to-head trial never give 'supported'.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from evidence import analysis
from evidence.membership import member

SUPPORTED = "supported"
PARTLY = "partly supported"
NOT_ESTABLISHED = "not established"
NO_EVIDENCE = "no evidence in this selection"
NOT_CHECKED = "no automatic check"
VERDICTS = (SUPPORTED, PARTLY, NOT_ESTABLISHED, NO_EVIDENCE, NOT_CHECKED)
PRIMARY_DESIGNS = ("rct", "crossover_rct", "non_randomized", "open_label", "observational", "case_series")
RANDOMISED = ("rct", "crossover_rct")
EVIDENCE_COLUMNS = ["study_id", "what", "value", "link"]
RR_ITEM_COLUMNS = ["study_id", "comparator_class", "group", "window", "rr", "ci_low", "ci_high"]
SUMMARY_OUTCOMES = ("response", "remission", "response_rr")  # the summary rows the checks read


def study_link(study_id: str, nct_ids: Iterable[str] = (), pmids: Iterable[str] = (), dois: Iterable[str] = (),
               url: object = None) -> str | None:
    """Where a reader checks a study: ClinicalTrials.gov, then PubMed, then the DOI, then the curated source."""
    nct, pm, doi = list(nct_ids or ()), list(pmids or ()), list(dois or ())
    if study_id.startswith("NCT"):
        return f"https://clinicaltrials.gov/study/{study_id}"
    if nct:
        return f"https://clinicaltrials.gov/study/{nct[0]}"
    if pm:
        return f"https://pubmed.ncbi.nlm.nih.gov/{pm[0]}/"
    if study_id.startswith("PMID:"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{study_id[5:]}/"
    if doi:
        return f"https://doi.org/{doi[0]}"
    return str(url) if isinstance(url, str) and url.startswith(("http://", "https://")) else None


@dataclass
class ClaimInputs:
    """The analysis outputs a claim check reads (computed once per filter and shared with the views)."""

    tables: Mapping[str, pd.DataFrame]
    summary: pd.DataFrame  # analysis.summarise(by="route"), at least its SUMMARY_OUTCOMES rows
    ae: pd.DataFrame  # analysis.ae_incidence(by="route")
    onset: pd.DataFrame  # analysis.onset_points
    rr: pd.DataFrame  # analysis.controlled_rr("response") over all windows


@dataclass
class ClaimResult:
    """One claim, its verdict, a summary with the numbers, the rows behind it and the caveats."""

    claim_id: str
    text: str
    verdict: str
    summary: str
    evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=EVIDENCE_COLUMNS))
    caveats: list[str] = field(default_factory=list)


def gather(tables: Mapping[str, pd.DataFrame], method: str = "DL") -> ClaimInputs:
    """Run the analyses the claims need on already-filtered tables."""
    t = dict(tables)
    return ClaimInputs(t, analysis.summarise(t, by="route", method=method, outcomes=SUMMARY_OUTCOMES),
                       analysis.ae_incidence(t, method=method),
                       analysis.onset_points(t), analysis.controlled_rr(t, "response"))


def _links(studies: pd.DataFrame, items: list[tuple[str, str, str]]) -> dict[str, str | None]:
    """Links of the cited studies only: a dict over every study cost ~3 s per claim at 100k studies."""
    cited = sorted({s for s, _, _ in items if isinstance(s, str)})
    rows = studies[member(studies["study_id"], cited)]
    cols = [rows[c].tolist() for c in ("study_id", "nct_ids", "pmids", "dois", "url")]
    return {sid: study_link(sid, nct, pm, doi, url) for sid, nct, pm, doi, url in zip(*cols, strict=True)}


def _rows(items: list[tuple[str, str, str]], studies: pd.DataFrame | None = None) -> pd.DataFrame:
    """The evidence rows, each linked to its study when `studies` is given (built column by column: a list of
    dicts cost ~0.1 s per claim at tens of thousands of rows)."""
    if not items:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    links = _links(studies, items) if studies is not None else {}
    ids, whats, values = (list(c) for c in zip(*items, strict=True))
    return pd.DataFrame({"study_id": ids, "what": whats, "value": values, "link": [links.get(s) for s in ids]},
                        columns=EVIDENCE_COLUMNS)


def _records(df: pd.DataFrame, *cols: str) -> list[tuple]:
    """Rows of just these columns as named tuples: iterating Arrow string columns (itertuples) is ~8x slower."""
    row = namedtuple("row", cols)  # type: ignore[misc]
    return [row(*vals) for vals in zip(*(df[c].tolist() for c in cols), strict=True)]


def _pct(x: object) -> str:
    return f"{100 * float(x):.0f}%"  # type: ignore[arg-type]


def _ci(r: object, pct: bool = True) -> str:
    f = _pct if pct else (lambda v: f"{float(v):.2f}")  # type: ignore[arg-type]
    return f"{f(r.estimate)} (95% CI {f(r.ci_low)}–{f(r.ci_high)}, k={int(r.k)})"  # type: ignore[attr-defined]


def works_within_hours(x: ClaimInputs) -> ClaimResult:
    """Onset within 24 h reported by primary studies, and pooled response in the acute / 24 h windows."""
    pts = x.onset[~x.onset["is_secondary"].astype(bool) & x.onset["hours"].notna()]
    fast = pts[pts["hours"] <= 24]
    s = x.summary
    acute = s[(s["outcome"] == "response") & s["window"].isin(["acute", "24h"]) & s["estimate"].notna()]
    rr = x.rr[x.rr["window"].isin(["acute", "24h"])]
    items = [(sid, f"onset ({route})", f"{hours:g} h — {text}") for sid, route, hours, text in zip(
        *(pts[c].tolist() for c in ("study_id", "route", "hours", "timepoint_text")), strict=True)]
    items += [("; ".join(str(r.study_ids).split(";")[:3]), f"pooled response, {r.group}, {r.window_label}", _ci(r))
              for r in acute.itertuples()]
    items += [(r.study_id, f"response RR vs {r.comparator_class}, {r.group}, {r.window}",
               f"{r.rr:.2f} (95% CI {r.ci_low:.2f}–{r.ci_high:.2f})") for r in _records(rr, *RR_ITEM_COLUMNS)]
    n_fast, n_all = fast["study_id"].nunique(), pts["study_id"].nunique()
    if n_all == 0 and acute.empty:
        return ClaimResult("works_within_hours", "", NO_EVIDENCE,
                           "No study in this selection reports an onset timepoint or an early response rate.")
    med = pts["hours"].median() if n_all else float("nan")
    summary = (f"{n_fast} of {n_all} primary studies with an onset timepoint report an effect within 24 h "
               f"(median onset {med:g} h)." if n_all else "No primary study reports an onset timepoint.")
    sig = rr[rr["ci_low"] > 1]["study_id"].nunique()
    summary += f" {sig} controlled comparison(s) show a response risk ratio above 1 (CI excluding 1) within 48 h."
    caveats = []
    if n_fast >= 3 and sig >= 1:
        verdict = SUPPORTED
    elif n_fast >= 1 or sig >= 1:
        verdict = PARTLY
        caveats.append("few studies: fewer than 3 primary studies report onset within 24 h, or no controlled "
                       "comparison confirms it")
    else:
        verdict = NOT_ESTABLISHED
    caveats.append("'within hours' is an early effect on symptom scores; it is not sustained response")
    return ClaimResult("works_within_hours", "", verdict, summary, _rows(items, x.tables["studies"]), caveats)


def _head_to_head(studies: pd.DataFrame) -> pd.DataFrame:
    primary = studies[~studies["is_secondary"].astype(bool)]
    both = primary["routes"].map(lambda r: "intranasal" in r and bool({"intravenous", "intramuscular"} & set(r)))
    return primary[both.astype(bool)]


def iv_im_stronger_than_nasal(x: ClaimInputs) -> ClaimResult:
    """Indirect comparison of pooled rates and RRs by route; flags that no head-to-head trial answers it."""
    s = x.summary
    routes = ("intravenous", "intramuscular", "intranasal")
    rates = s[s["outcome"].isin(["response", "remission", "response_rr"]) & s["group"].isin(routes)
              & s["estimate"].notna()]
    h2h = _head_to_head(x.tables["studies"])
    eff_ids = set(x.tables["efficacy"]["study_id"].tolist())
    items = [(r.study_id, "head-to-head (IV/IM and intranasal arms)",
              f"{r.design}, status {r.status if pd.notna(r.status) else 'not reported'}, "
              f"{'has results' if r.study_id in eff_ids else 'no results in the tables'}")
             for r in _records(h2h, "study_id", "design", "status")]
    items += [("; ".join(str(r.study_ids).split(";")[:3]), f"{r.outcome}, {r.group}, {r.window_label}",
               _ci(r, pct=not r.outcome.endswith("_rr"))) for r in rates.itertuples()]
    with_results = [sid for sid in h2h["study_id"].tolist() if sid in eff_ids]
    have_iv = rates["group"].isin(["intravenous", "intramuscular"]).any()
    have_in = (rates["group"] == "intranasal").any()
    if not have_iv and not have_in and h2h.empty:
        return ClaimResult("iv_im_stronger_than_nasal", "", NO_EVIDENCE,
                           "No pooled rate for IV, IM or intranasal routes in this selection.")
    summary = (f"{len(h2h)} primary study(ies) in this selection have both IV/IM and intranasal arms; "
               f"{len(with_results)} report results. ")
    summary += ("Pooled rates exist for " + ", ".join(sorted(set(rates["group"]))) + "; they come from different "
                "trials, populations, doses and time windows, so comparing them is indirect."
                if len(rates) else "There are no pooled rates to compare.")
    caveats = ["no adequately designed head-to-head randomised trial of IV ketamine vs esketamine nasal spray has "
               "reported results in this selection (indirect comparisons are confounded by population and design)"]
    small = rates[rates["k"] < 3]
    if len(small):
        caveats.append(f"{len(small)} of the {len(rates)} pooled estimates rest on fewer than 3 studies")
    verdict = PARTLY if with_results else NOT_ESTABLISHED
    return ClaimResult("iv_im_stronger_than_nasal", "", verdict, summary, _rows(items, x.tables["studies"]), caveats)


def nasal_spray_approved_trd(x: ClaimInputs) -> ClaimResult:
    """What the trial tables say about esketamine nasal spray in TRD (regulatory status is not in them)."""
    st = x.tables["studies"]
    es = st[(st["drugs"].map(lambda d: "esketamine" in d) & st["routes"].map(lambda r: "intranasal" in r)
             & st["population"].map(lambda p: "TRD" in p) & ~st["is_secondary"].astype(bool)).astype(bool)]
    ph3 = es[es["phase"].fillna("").str.contains("PHASE3")]
    rct = es[es["design"].isin(RANDOMISED)]
    items = [(r.study_id, f"esketamine nasal spray in TRD ({r.design})",
              f"phase {r.phase if pd.notna(r.phase) else 'n/r'}, n={r.enrollment if pd.notna(r.enrollment) else 'n/r'}"
              f", {r.status if pd.notna(r.status) else 'status n/r'}")
             for r in _records(es, "study_id", "design", "phase", "enrollment", "status")]
    if es.empty:
        return ClaimResult("nasal_spray_approved_trd", "", NO_EVIDENCE,
                           "No esketamine nasal spray study in treatment-resistant depression in this selection.")
    n = int(es["enrollment"].fillna(0).sum())
    summary = (f"{len(es)} primary esketamine nasal spray studies in TRD ({len(rct)} randomised, {len(ph3)} phase 3; "
               f"{n} participants enrolled where reported). These are the trials a regulator reviews; the approval "
               "itself is a regulatory decision that these tables do not record.")
    verdict = PARTLY if len(ph3) >= 2 else NOT_ESTABLISHED
    caveats = ["check the current label of your country's regulator: approval is for TRD in adults, together with "
               "an oral antidepressant, under supervision; this dashboard does not hold regulatory documents"]
    return ClaimResult("nasal_spray_approved_trd", "", verdict, summary, _rows(items, x.tables["studies"]), caveats)


def main_side_effects(x: ClaimInputs) -> ClaimResult:
    """Rank AE categories by pooled incidence within each route; are dissociation and raised BP on top?"""
    ae = x.ae[(x.ae["category"] != "other") & (x.ae["k"] > 0) & x.ae["estimate"].notna()]
    if ae.empty:
        return ClaimResult("main_side_effects", "", NO_EVIDENCE,
                           "No adverse-event counts with a denominator in this selection.")
    items, tops = [], []
    for route, g in ae.groupby("group", sort=False):
        g = g.sort_values("estimate", ascending=False).reset_index(drop=True)
        rank = {c: i + 1 for i, c in enumerate(g["category"])}
        tops.append((route, rank, len(g)))
        for r in g.itertuples():
            items.append((str(r.study_ids).split(";")[0] if r.k == 1 else f"{r.n_studies} studies",
                          f"{route}: {r.category} (rank {rank[r.category]} of {len(g)})",
                          f"{_ci(r)}, events {int(r.events)}/{int(r.total)}"))
    parts, hits = [], 0
    for route, rank, n in tops:
        d, b = rank.get("dissociation"), rank.get("blood_pressure_increase")
        parts.append(f"{route}: dissociation rank {d or 'not reported'}, raised BP rank {b or 'not reported'} "
                     f"of {n} categories")
        hits += int(bool(d and d <= 3)) + int(bool(b and b <= 3))
    summary = "; ".join(parts) + "."
    best_k = int(ae["k"].max())
    if hits >= 2 * len(tops) and best_k >= 3:
        verdict = SUPPORTED
    elif hits:
        verdict = PARTLY
    else:
        verdict = NOT_ESTABLISHED
    caveats = ["incidence in ketamine arms only (not minus placebo); registries count events differently "
               "(e.g. 'dissociation' vs CADSS scores)"]
    if best_k < 3:
        caveats.append("every category rests on fewer than 3 studies")
    return ClaimResult("main_side_effects", "", verdict, summary, _rows(items), caveats)


def helps_suicidal_ideation(x: ClaimInputs) -> ClaimResult:
    """Studies in people with suicidal ideation: their suicidal-ideation outcomes and controlled comparisons."""
    st = x.tables["studies"]
    in_si = st["population"].map(lambda p: "suicidal" in p).astype(bool).to_numpy()
    ids = set(st.loc[in_si, "study_id"].tolist())
    eff = x.tables["efficacy"]
    about_si = eff["definition"].fillna("").str.contains(r"suicid|\bSSI\b|\bBSS\b|MSSI", case=False, regex=True)
    si = eff[member(eff["study_id"], sorted(ids)) & about_si.to_numpy(dtype=bool)]
    if not ids:
        return ClaimResult("helps_suicidal_ideation", "", NO_EVIDENCE,
                           "No study of people with suicidal ideation in this selection.")
    items = [(r.study_id, f"{r.measure}: {r.definition}" if pd.notna(r.definition) else r.measure,
              f"{r.value:g} {r.unit if pd.notna(r.unit) else ''} at {r.timepoint_hours:g} h"
              if pd.notna(r.timepoint_hours) else f"{r.value:g} {r.unit if pd.notna(r.unit) else ''}")
             for r in _records(si, "study_id", "measure", "definition", "value", "unit", "timepoint_hours")
             if pd.notna(r.value)]
    primary = st[in_si & ~st["is_secondary"].astype(bool).to_numpy()]
    rand = primary[primary["design"].isin(RANDOMISED)]
    si_ids = set(si["study_id"].tolist())
    summary = (f"{len(ids)} studies include people with suicidal ideation ({len(primary)} primary, {len(rand)} "
               f"randomised); {len(si_ids)} report a suicidal-ideation outcome in the tables.")
    rand_ids = set(rand["study_id"].tolist())
    verdict = SUPPORTED if len(si_ids & rand_ids) >= 3 else (PARTLY if si_ids else NOT_ESTABLISHED)
    caveats = ["evidence is mostly for a rapid, short-term reduction of suicidal thoughts; no reduction in suicidal "
               "behaviour is shown by these tables"]
    if len(si_ids) < 3:
        caveats.append("fewer than 3 studies report a suicidal-ideation outcome")
    return ClaimResult("helps_suicidal_ideation", "", verdict, summary, _rows(items, x.tables["studies"]), caveats)


CHECKS: dict[str, Callable[[ClaimInputs], ClaimResult]] = {
    "works_within_hours": works_within_hours,
    "iv_im_stronger_than_nasal": iv_im_stronger_than_nasal,
    "nasal_spray_approved_trd": nasal_spray_approved_trd,
    "main_side_effects": main_side_effects,
    "helps_suicidal_ideation": helps_suicidal_ideation,
}
DEFAULT_CLAIMS: tuple[dict[str, str], ...] = (
    {"id": "works_within_hours", "text": "Ketamine works within hours"},
    {"id": "iv_im_stronger_than_nasal", "text": "IV or IM ketamine is stronger than the nasal spray"},
    {"id": "nasal_spray_approved_trd", "text": "The nasal spray (esketamine) is approved for treatment-resistant "
                                               "depression"},
    {"id": "main_side_effects", "text": "Dissociation and raised blood pressure are the main side effects"},
    {"id": "helps_suicidal_ideation", "text": "Ketamine helps with suicidal thoughts"},
)


RR_COLUMNS = ["group", "window", "study_id", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "rr",
              "ci_low", "ci_high", "comparator_class"]


def _with_columns(df: pd.DataFrame, cols: Iterable[str]) -> pd.DataFrame:
    """An analysis output with every expected column (an empty selection may give a frame without columns)."""
    missing = [c for c in cols if c not in df.columns]
    return df.assign(**{c: pd.Series(dtype=object) for c in missing}) if missing else df


def check_claims(inputs: ClaimInputs, claims: Iterable[Mapping[str, str]] = DEFAULT_CLAIMS) -> list[ClaimResult]:
    """Every claim of the profile checked against the inputs; unknown claim ids say they are not checked."""
    inputs = ClaimInputs(inputs.tables, _with_columns(inputs.summary, analysis.SUMMARY_COLUMNS),
                         _with_columns(inputs.ae, analysis.AE_COLUMNS),
                         _with_columns(inputs.onset, analysis.ONSET_COLUMNS), _with_columns(inputs.rr, RR_COLUMNS))
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
