"""One study per trial: merge curated, registry and paper rows; curated wins, conflicts stay visible (pure)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from evidence import citation, schema, vocab
from evidence.records import StudyRow, studies_frame, study_records

# Lower number wins a field when sources disagree.
_PRIORITY = {"curated": 0, "ctgov": 1, "pubmed": 2}
_KIND_PRIORITY = {"curated": 0, "registry_results": 1, "abstract": 2}
_CONFLICT_FIELDS = ("title", "enrollment", "status", "phase", "design", "year")
_LIST_FIELDS = [c.name for c in schema.TABLES["studies"] if c.kind == "list"]


def _rank(sources: Iterable[str]) -> int:
    return min((_PRIORITY.get(s, 9) for s in sources), default=9)


def _is_blank(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v) or v == ""


def _merge_study_rows(rows: list[StudyRow]) -> StudyRow:
    """Fold rows of one study: best-ranked non-blank scalar wins; lists are unioned; disagreements noted."""
    rows = sorted(rows, key=lambda r: _rank(r.sources))
    out = replace(rows[0])
    notes = [str(r.notes) for r in rows if not _is_blank(r.notes)]
    conflicts = [c for r in rows for c in r.field_conflicts]
    for field in schema.columns("studies"):
        if field == "field_conflicts":
            continue
        if field in _LIST_FIELDS:
            merged: list[str] = []
            for r in rows:
                merged.extend(x for x in getattr(r, field) if x not in merged)
            if field == "routes" and len(merged) > 1 and "unspecified" in merged:
                merged.remove("unspecified")
            if field == "drugs" and len(merged) > 1 and "other" in merged:
                merged.remove("other")
            setattr(out, field, merged)
        elif field not in ("notes", "study_id"):
            values = [(getattr(r, field), r.sources) for r in rows if not _is_blank(getattr(r, field))]
            setattr(out, field, values[0][0] if values else None)
            if field in _CONFLICT_FIELDS and len({str(v) for v, _ in values}) > 1:
                shown = "; ".join(f"{'+'.join(s)}={v}" for v, s in values)
                conflicts.append(f"conflict in {field}: {shown} (shown: {values[0][0]})")
                notes.append(conflicts[-1])
    # A pooled report of several trials is secondary whatever its design word.
    out.is_secondary = out.design in vocab.SECONDARY_DESIGNS or any(r.is_secondary is True for r in rows)
    out.notes = " | ".join(dict.fromkeys(notes)) or None
    out.field_conflicts = list(dict.fromkeys(conflicts))
    return out


def merge_studies(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One row per study_id across all frames."""
    return studies_frame(merge_study_rows([r for df in frames for r in study_records(df)]))


def merge_study_rows(rows: Iterable[StudyRow]) -> list[StudyRow]:
    """One typed row per study_id, in study_id order."""
    by_id: dict[str, list[StudyRow]] = {}
    for r in rows:
        by_id.setdefault(r.study_id, []).append(r)
    return [_merge_study_rows(v) for _, v in sorted(by_id.items())]


def _redirect_map(studies: pd.DataFrame, publications: pd.DataFrame) -> dict[str, str]:
    """Paper-only study ids that belong to a registered trial: by NCT id, then PMID, then DOI."""
    by_pmid: dict[str, str] = {}
    by_doi: dict[str, str] = {}
    for r in studies.to_dict("records"):
        if r["study_id"].startswith("NCT"):
            for p in r["pmids"]:
                by_pmid.setdefault(p, r["study_id"])
            for d in r["dois"]:
                by_doi.setdefault(d.lower(), r["study_id"])
    out = {}
    for p in publications.to_dict("records"):
        sid = p["study_id"]
        if sid.startswith("NCT"):
            continue
        target = by_pmid.get(p["pmid"] or "") or by_doi.get((p["doi"] or "").lower())
        if target:
            out[sid] = target
            out[p["ref_id"]] = target
    return out


def merge_tables(base: Mapping[str, pd.DataFrame], parts: Sequence[Mapping[str, pd.DataFrame]],
                 warnings: list[str]) -> dict[str, pd.DataFrame]:
    """Merge parsed parts into base tables: one study per trial, papers attached, duplicates removed."""
    frames: dict[str, list[pd.DataFrame]] = {name: [base[name]] for name in base}
    for part in parts:
        for name, df in part.items():
            if name in frames and len(df):
                frames[name].append(df)
    pubs = pd.concat(frames["publications"], ignore_index=True)
    pubs["_rank"] = pubs["source_kind"].map(_KIND_PRIORITY).fillna(9)
    # Same paper from several inputs: keep the best-ranked copy (curated first).
    pubs = pubs.sort_values(["_rank", "ref_id"], kind="stable").drop_duplicates("ref_id").drop(columns="_rank")
    studies = merge_studies(frames["studies"])
    redirect = _redirect_map(studies, pubs)
    pubs["study_id"] = pubs["study_id"].map(lambda s: redirect.get(s, s))
    missing = pubs[~pubs["study_id"].isin(set(studies["study_id"]))]
    if len(missing):
        new = [paper_study(p) for p in missing.drop_duplicates("study_id").to_dict("records")]
        studies = studies_frame(merge_study_rows([*study_records(studies), *new]))
    studies = _attach_papers(studies, pubs, redirect)
    out = {"studies": studies, "publications": schema.coerce("publications", pubs.sort_values("ref_id"))}
    for name in ("arms", "efficacy", "adverse_events"):
        df = pd.concat(frames[name], ignore_index=True)
        df["study_id"] = df["study_id"].map(lambda s: redirect.get(s, s))
        if name == "arms":
            df = df.drop_duplicates(["study_id", "arm_id"])
        else:
            df = df.drop_duplicates(subset=[c for c in df.columns if c not in ("notes", "aliases")])
        out[name] = schema.coerce(name, df.sort_values([c for c in ("study_id", "arm_id") if c in df], kind="stable"))
    orphans = sorted(set(out["efficacy"]["study_id"]) - set(studies["study_id"]))
    if orphans:
        warnings.append(f"efficacy rows for studies without a study row: {orphans[:10]}")
    return out


def _attach_papers(studies: pd.DataFrame, pubs: pd.DataFrame, redirect: Mapping[str, str]) -> pd.DataFrame:
    """Fold paper-only study rows into their trial and record each trial's PMIDs and DOIs."""
    studies = studies.copy()
    folded = studies[studies["study_id"].isin(list(redirect))]
    keep = studies[~studies["study_id"].isin(list(redirect))]
    if len(folded):
        folded = folded.assign(study_id=folded["study_id"].map(redirect))
        keep = merge_studies([keep, folded])
    rows = study_records(keep)
    by_id = {r.study_id: r for r in rows}
    for p in pubs.to_dict("records"):
        r = by_id.get(str(p["study_id"]))
        if r is None:
            continue
        if p["pmid"] and p["pmid"] not in r.pmids:
            r.pmids = [*r.pmids, str(p["pmid"])]
        if p["doi"] and p["doi"] not in r.dois:
            r.dois = [*r.dois, str(p["doi"])]
        origin = "curated" if p["source_kind"] == "curated" else "pubmed"
        if origin not in r.sources:
            r.sources = [*r.sources, origin]
        if not _is_blank(p["source_url"]) and p["source_url"] not in r.source_urls:
            r.source_urls = [*r.source_urls, str(p["source_url"])]
    return studies_frame(rows)


def _found(found: Mapping[str, object], key: str, allowed: Iterable[str]) -> list[str]:
    """The allowed words of one list the abstract extraction returned."""
    items = found.get(key)
    return [x for x in items if isinstance(x, str) and x in allowed] if isinstance(items, list) else []


def paper_study(pub: Mapping[Hashable, Any]) -> StudyRow:
    """A study row for a fetched paper with no registry or curated row: its fields read from the abstract.

    `pub` is one record of the publications table (its cells typed by the schema)."""
    from evidence.extract import extract_abstract

    text = " ".join(str(pub[k]) for k in ("title", "abstract") if not _is_blank(pub[k]))
    found = extract_abstract(text) if text else {}
    design = pub["design"] if pub["design"] != "other" else (found.get("design") or "other")
    pmid = pub["pmid"] if not _is_blank(pub["pmid"]) else None
    routes = _found(found, "routes", vocab.ROUTES)
    n, comparator = found.get("n"), found.get("comparator")
    notes = ["study fields read automatically from the abstract"] if text else []
    if not routes:  # the abstract names none: NLM's indexing of the full text may (kept apart in the notes)
        from evidence.extract.lexicon import routes_from_mesh

        indexed = routes_from_mesh(list(pub["mesh"]))  # a list, as schema.coerce makes every list cell
        routes = [r for r, _ in indexed]
        if indexed:
            notes.append("route(s) from MeSH indexing, not stated in the abstract: "
                         + "; ".join(f"{r} (MeSH '{h}')" for r, h in indexed))
    return StudyRow(
        study_id=pub["study_id"],
        title=pub["title"],
        year=pub["year"],
        design=design if design in vocab.DESIGNS else "other",
        allocation=None, masking=None, phase=None, status=None,
        enrollment=n if isinstance(n, int) else None,
        drugs=_found(found, "drugs", vocab.DRUGS) or ["other"],
        routes=routes or ["unspecified"],
        population=_found(found, "population", vocab.POPULATIONS),
        conditions=[],
        comparator=comparator if isinstance(comparator, str) else None,
        comparator_class=vocab.classify_comparator(str(comparator or "")),
        sponsor=None,
        nct_ids=list(pub["nct_ids"]),
        pmids=[pmid] if pmid else [],
        dois=[pub["doi"]] if not _is_blank(pub["doi"]) else [],
        url=citation.pubmed_url(str(pmid)) if pmid else pub["source_url"],
        has_results=None,
        sources=["pubmed"],
        source_urls=[u for u in [pub["source_url"]] if not _is_blank(u)],
        last_updated=None,
        is_secondary=design in vocab.SECONDARY_DESIGNS,
        notes="; ".join(notes) or None,
    )
