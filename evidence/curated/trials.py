"""The curated trial layer (data/curated/trials/*.csv) -> study, arm, efficacy and adverse-event rows (pure).

Each value there names its arm by a key of the trial's own arm list, carries a typed outcome, its tier, its
grade, a canonical link and the verbatim quote it was read from (see data/curated/trials/README.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from evidence import citation, schema, vocab
from evidence.curated.cells import Row, _float, _int, _s
from evidence.curated.model import CuratedInput
from evidence.extract.lexicon import ae_category
from evidence.records import StudyRow


@dataclass(frozen=True)
class TrialStudy:
    """A trial-layer study row and whether its curator gave the design (if not, an older row's design stays)."""

    row: StudyRow
    design_given: bool


def frame(inp: CuratedInput, kind: str) -> pd.DataFrame:
    """The trial-layer rows of one kind (all curators' files, with `_file` and `_row`), empty when absent."""
    df = inp.frames.get(f"trials_{kind}")
    return df if df is not None else pd.DataFrame(columns=["_file", "_row"])


def _where(r: Row) -> str:
    return f"curated trials/{r['_file']} row {r['_row']}"


def _quoted(r: Row) -> str:
    quote = _s(r.get("quote"))
    derivation = _s(r.get("derivation"))
    text = _where(r) + (f': "{quote}"' if quote else "")
    return text + (f"; derived: {derivation}" if derivation else "")


def _sourcing(r: Row) -> dict[str, object]:
    url = _s(r.get("source_url"))
    canonical = citation.normalise_canonical(url) if url else None
    tier = _s(r.get("source_tier")) or citation.tier_of_page(_s(r.get("read_from")) or url)
    verification = _s(r.get("verification")) or "uncertain"
    if tier == "press_or_aggregator" and verification == "verified":
        verification = "uncertain"
    return {"source_kind": "curated", "source_tier": tier, "verification": verification,
            "source_url": canonical or url, "read_from": _s(r.get("read_from")), "report": "curated:trials"}


def study_rows(inp: CuratedInput) -> list[TrialStudy]:
    """A study row per trial-layer trial (only the fields the curator filled; the merge keeps the rest)."""
    rows = []
    arms = frame(inp, "arms")
    # The metadata pass is read first, so the route curators' trial rows (primary paper year, title) win.
    records = sorted(frame(inp, "trials").to_dict("records"), key=lambda r: not str(r["_file"]).endswith("meta.csv"))
    for r in records:
        sid = _s(r["study_id"])
        if not sid:
            continue
        own = arms[arms["study_id"] == sid] if len(arms) else arms
        drugs = sorted({vocab.normalise_drug(d) for d in own.get("drug", [])} - {"other"}, key=vocab.DRUGS.index)
        routes = sorted({vocab.normalise_route(x) for x in own.get("route", []) if _s(x)}, key=vocab.ROUTES.index)
        nct, pmid, doi = _s(r.get("nct_id")), _s(r.get("pmid")), _s(r.get("doi"))
        design = _s(r.get("design"))
        pools = vocab.split_multi(r.get("pools"))
        notes = [n for n in [_s(r.get("notes"))] if n]
        ctl = [str(_s(a.get("drug")) or _s(a.get("label")) or "") for a in own.to_dict("records")
               if _s(a.get("role")) == "comparator"] if len(own) else []
        comparator = "; ".join(dict.fromkeys(c for c in ctl if c)) or None
        if pools:
            notes.append("pools trials " + ", ".join(pools) + ": a secondary report, never pooled with them")
        rows.append(TrialStudy(StudyRow(
            study_id=sid, title=_s(r.get("title")), year=_int(r.get("year")),
            design=design or "other", allocation=None, masking=None, phase=_s(r.get("phase")),
            status=_s(r.get("status")), enrollment=_int(r.get("enrollment")),
            drugs=drugs, routes=routes or ["unspecified"], population=_population(r),
            conditions=[], comparator=comparator,
            comparator_class=vocab.classify_comparator(comparator) if comparator else None, sponsor=None,
            nct_ids=[nct] if nct else [], pmids=[pmid] if pmid else [], dois=[doi] if doi else [],
            url=citation.registry_url(nct) if nct else citation.pubmed_url(pmid) if pmid else
            citation.doi_url(doi) if doi else _s(r.get("source_url")),
            has_results=None, sources=["curated"],
            source_urls=[u for u in [_s(r.get("source_url")), *vocab.split_multi(r.get("read_from"))] if u],
            last_updated=None, is_secondary=bool(pools), notes="; ".join(notes) or None,
            acronym=_s(r.get("acronym")), first_author=_s(r.get("first_author")),
            label=_label(r),
        ), design_given=bool(design)))
    return rows


def _label(r: Row) -> str | None:
    """"ACRONYM (Author year)" from one curated row, so the year is the paper's, never a registry start year."""
    acronym, author, year = _s(r.get("acronym")), _s(r.get("first_author")), _s(r.get("year"))
    who = f"{author} {year}" if author and year else author
    if acronym and who:
        return f"{acronym} ({who})"
    return acronym or who


def _population(r: Row) -> list[str]:
    """Population tags read from the trial's title (the curated file has no population column)."""
    from evidence.extract import extract_abstract

    title = _s(r.get("title")) or ""
    found = extract_abstract(title).get("population") if title else None
    return [p for p in found if isinstance(p, str) and p in vocab.POPULATIONS] if isinstance(found, list) else []


def same_as(inp: CuratedInput) -> dict[str, str]:
    """Study ids that are one trial -> the id it is kept under: its registration (NCT id) when one of the ids is,
    else the trial-layer study's own id (e.g. its paper filed apart under a PMID)."""
    out = {}
    for r in frame(inp, "trials").to_dict("records"):
        own = str(_s(r["study_id"]))
        group = [own, *[x for x in vocab.split_multi(r.get("same_as")) if x != own]]
        if len(group) == 1:
            continue
        keep = next((x for x in group if x.startswith("NCT")), own)
        out.update({x: keep for x in group if x != keep})
    return out


def arm_rows(inp: CuratedInput) -> list[dict[str, object]]:
    """The randomized arms of each trial, with the names other reports use for them (`aliases`)."""
    rows = []
    for r in frame(inp, "arms").to_dict("records"):
        agent = _s(r.get("drug")) or ""
        drug = vocab.normalise_drug(agent)
        rows.append({
            "study_id": _s(r["study_id"]), "arm_id": _s(r["arm_key"]), "label": _s(r.get("label")),
            "role": _s(r.get("role")) or "other", "drug": drug, "agent": agent or None,
            "route": vocab.normalise_route(_s(r.get("route")) or ""), "dose_text": _s(r.get("dose_text")),
            "dose_mg_per_kg": None, "n": _int(r.get("n_randomized")),
            "aliases": vocab.split_multi(r.get("aliases")),
            **_sourcing(r), "provenance": _quoted(r), "notes": None,
        })
    return rows


def _value_common(r: Row, arm: Mapping[str, object] | None) -> dict[str, object]:
    return {
        "study_id": _s(r["study_id"]), "arm_id": _s(r["arm_key"]),
        "arm_label": (arm or {}).get("label") or _s(r["arm_key"]),
        "route": (arm or {}).get("route") or "unspecified", "drug": (arm or {}).get("drug") or "other",
        **_sourcing(r), "provenance": _quoted(r), "notes": _s(r.get("notes")),
    }


def value_rows(inp: CuratedInput) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(efficacy rows, adverse-event rows) of the trial layer's values."""
    arms = {(a["study_id"], a["arm_id"]): a for a in arm_rows(inp)}
    eff, aes = [], []
    for r in frame(inp, "values").to_dict("records"):
        kind = _s(r.get("outcome_type")) or ""
        if kind == "n_randomized" or not _s(r.get("study_id")):
            continue
        arm = arms.get((_s(r["study_id"]), _s(r["arm_key"])))
        events, total, value = _int(r.get("n_events")), _int(r.get("n_total")), _float(r.get("value"))
        unit = _s(r.get("unit"))
        if kind == "adverse_event":
            aes.append({**_value_common(r, arm), "term": _s(r.get("term")) or _s(r.get("definition")) or "",
                        "category": ae_category(_s(r.get("term")) or ""),
                        "serious": {"true": True, "false": False}.get((_s(r.get("serious")) or "").lower()),
                        "n_affected": events if events is not None else (
                            _int(value) if unit == "count" and value is not None else None),
                        "n_at_risk": total, "percent": value if unit == "percent" else None})
            continue
        if value is None and events is not None and total:
            value, unit = round(100.0 * events / total, 1), "percent"
        first = (_s(r.get("first_period")) or "").lower()
        schedule, timepoint = _s(r.get("schedule")), _s(r.get("timepoint_text"))
        eff.append({**_value_common(r, arm), "measure": kind if kind in vocab.MEASURES else "other",
                    "scale": _s(r.get("scale")), "definition": _s(r.get("definition")), "param_type": None,
                    "timepoint_text": timepoint + (f" (schedule: {schedule})" if schedule else "")
                    if timepoint else schedule,
                    "timepoint_hours": _float(r.get("timepoint_hours")), "value": value, "unit": unit,
                    "dispersion": None, "n_events": events, "n_total": total, "is_comparison": False,
                    "first_period": {"yes": True, "no": False}.get(first)})
    return eff, aes


def check_columns(inp: CuratedInput) -> None:
    """Fail loudly (file and missing columns) on a trial-layer file that lacks a column the build reads."""
    need = {"trials": {"study_id", "acronym", "first_author", "year", "title", "design", "phase", "status",
                       "enrollment", "pmid", "doi", "nct_id", "same_as", "pools", "source_url"},
            "arms": {"study_id", "arm_key", "label", "role", "drug", "route", "n_randomized", "aliases",
                     "source_url", "verification"},
            "values": {"study_id", "arm_key", "outcome_type", "timepoint_hours", "n_events", "n_total", "value",
                       "unit", "quote", "source_tier", "verification", "source_url"}}
    for kind, cols in need.items():
        df = frame(inp, kind)
        if len(df) and (missing := sorted(cols - set(df.columns))):
            raise schema.SchemaError(f"curated trials/{kind}_*.csv: missing column(s) {missing}")
