"""Study explorer: searchable table with links; one study's arms, outcomes, adverse events and provenance."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence.app.data import cached
from evidence.app.exports import study_table
from evidence.app.safe import linked
from evidence.app.tables import capped_table, show_table
from evidence.charts import labels as L
from evidence.citation import pubmed_url
from evidence.claims import study_link

EFF_COLUMNS = ["measure", "arm_label", "timepoint_text", "value", "unit", "n_events", "n_total", "source_url",
               "provenance", "source_tier", "verification", "selected", "cross_check", "read_from", "timepoint_hours",
               "scale", "definition", "route", "drug", "first_period", "is_comparison", "notes"]
AE_COLUMNS = ["term", "arm_label", "n_affected", "n_at_risk", "percent", "source_url", "provenance", "source_tier",
              "verification", "selected", "cross_check", "read_from", "category", "serious", "route", "notes"]
MAX_OPTIONS = 500  # a selectbox of 100k options would slow every rerun
ARM_COLUMNS = ["label", "role", "drug", "route", "dose_text", "n", "aliases", "source_url", "provenance", "source_tier",
               "verification", "read_from", "arm_id", "agent"]
STUDY_COLUMNS = ["name", "title", "year", "design", "routes", "drugs", "population", "comparator", "n", "phase",
                 "status", "registry", "pubmed", "link", "secondary", "study"]


def search_rows(table: pd.DataFrame, needle: str) -> pd.DataFrame:
    """Rows whose id, title, drugs, routes or population contain the text (case-insensitive, literal)."""
    needle = needle.strip().lower()
    if not needle:
        return table
    hay = (table["study"].fillna("") + " " + table["name"].fillna("") + " " + table["title"].fillna("") + " "
           + table["drugs"] + " " + table["routes"] + " " + table["population"]).str.lower()
    return table[hay.str.contains(needle, regex=False)]


def labels(table: pd.DataFrame) -> dict[str, str]:
    """Selectbox labels: the name readers know (acronym or first author and year, else the shortened title), n and
    the design in words (a selectbox shows plain text, never Markdown or HTML)."""
    return {sid: f"{name} · {L.label_of('design', d)}" for sid, name, d in zip(
        table["study"], table["name"], table["design"], strict=True)}


def cross_checks(part: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(conflicts, corroborations) of a study's values: each a line 'outcome, arm, visit: cross-check'."""
    conflicts: list[str] = []
    agree: list[str] = []
    if "cross_check" not in part.columns:
        return conflicts, agree
    bad = {"conflict", "unmatched", "rejected"}
    for r in part[part["cross_check"].notna()].itertuples(index=False):
        what = L.label_of("measure", getattr(r, "measure", None)) or L.label_of("category", getattr(r, "category",
                                                                                                     None))
        line = "; ".join(x for x in (what, _text(r.arm_label), _text(getattr(r, "timepoint_text", None))) if x)
        line = f"{line}: {r.cross_check}"
        (conflicts if r.cross_check_status in bad else agree).append(line)
    return conflicts, agree


def _text(v: object) -> str:
    return "" if L.is_missing(v) else " ".join(str(v).split())


def details(tables: Mapping[str, pd.DataFrame], study_id: str) -> None:
    """One study: title and notes as plain text, identifiers with links, arms, outcomes, AEs, papers, conflicts."""
    s = tables["studies"]
    row = s[s["study_id"] == study_id].iloc[0]
    st.text(f"{study_id}: {row['title'] if pd.notna(row['title']) else '(no title)'}")
    facts = {
        "name": L.study_name(row.get("label"), study_id, row["title"], row["enrollment"]),
        "design": L.label_of("design", row["design"]), "phase": L.label_of("phase", row["phase"]),
        "status": L.label_of("status", row["status"]), "year": L.fmt_count(row["year"]).replace(",", ""),
        "enrollment": L.fmt_count(row["enrollment"]) or L.NOT_REPORTED,
        "drugs": ", ".join(L.label_of("drug", d) for d in row["drugs"]),
        "routes": ", ".join(L.label_of("route", r) for r in row["routes"]),
        "population": ", ".join(L.label_of("population", p) for p in row["population"]),
        "comparator": _text(row["comparator"]) or L.NOT_REPORTED,
        "comparator class": L.label_of("comparator_class", row["comparator_class"]),
        "found in": ", ".join({"ctgov": "ClinicalTrials.gov", "pubmed": "PubMed", "curated": "curated set"}.get(
            x, x) for x in row["sources"]), "NCT ids": ", ".join(row["nct_ids"]),
        "PMIDs": ", ".join(row["pmids"]), "DOIs": ", ".join(row["dois"]),
    }
    st.dataframe(pd.DataFrame({"field": list(facts), "value": [str(v) if not L.is_missing(v) else ""
                                                               for v in facts.values()]}),
                 key="study_facts", hide_index=True, width="stretch", height=36 * (len(facts) + 1) + 2)
    link = study_link(study_id, row["nct_ids"], row["pmids"], row["dois"], row["url"])
    urls = [p.strip() for u in [link, *list(row["source_urls"])] if u for p in str(u).split(" | ") if p.strip()]
    if urls:
        st.dataframe(linked(pd.DataFrame({"source": list(dict.fromkeys(urls))})), key="study_sources", hide_index=True,
                     column_config={"source": st.column_config.LinkColumn("source")}, width="stretch")
    notes = [n for n in str(row["notes"] if pd.notna(row["notes"]) else "").split(" | ") if n]
    conflicts = [str(c) for c in row["field_conflicts"]]
    if conflicts:
        st.warning("Sources disagree on this study (values kept side by side):")
        for c in conflicts:
            st.text(c)
    if notes:
        st.caption("Curator notes")
        st.text("\n".join(n for n in notes if n not in conflicts) or "(only conflicts, above)")
    eff = tables["efficacy"][tables["efficacy"]["study_id"] == study_id]
    ae = tables["adverse_events"][tables["adverse_events"]["study_id"] == study_id]
    conflicts, agree = cross_checks(pd.concat([eff, ae], ignore_index=True)) if len(eff) + len(ae) else ([], [])
    if conflicts:
        st.warning(f"Conflicting or unmatched reports ({len(conflicts)}): the value used in the analyses is the one "
                   "from the better source (registry results > the trial's own paper > secondary report > "
                   "conference abstract > press or aggregator page).")
        st.text("\n".join(conflicts))
    if agree:
        with st.expander(f"Corroborating reports ({len(agree)} values confirmed by another source)"):
            st.text("\n".join(agree))
    for name, cols, title in (("arms", ARM_COLUMNS, "Arms"), ("efficacy", EFF_COLUMNS, "Outcomes"),
                              ("adverse_events", AE_COLUMNS, "Adverse events")):
        part = tables[name][tables[name]["study_id"] == study_id]
        st.caption(f"{title} ({len(part)})" + (" · 'used in analyses' marks the one report per arm, outcome and "
                                                "visit that the pooled numbers use" if name != "arms" else ""))
        if len(part):
            show_table(part, f"study_{name}", columns=cols)
    pubs = tables["publications"]
    papers = pubs[pubs["study_id"] == study_id]
    if len(papers):
        st.caption(f"Papers ({len(papers)})")
        view = papers[["title", "journal", "year", "design", "source_url"]].copy()
        view["pubmed"] = papers["pmid"].map(lambda p: pubmed_url(p) if pd.notna(p) else None)
        view["authors"] = papers["authors"].map(lambda a: ", ".join(a) if a is not None else "")
        view["ref_id"] = papers["ref_id"]
        show_table(view, "study_papers", columns=["title", "authors", "journal", "year", "design", "pubmed",
                                                  "source_url", "ref_id"])


def render(studies: pd.DataFrame, tables: Mapping[str, pd.DataFrame], selected: str,
           cache_key: tuple[object, ...]) -> str:
    """Draw the filtered studies and the chosen study's details (from all its rows); return the chosen id.
    `cache_key` names the selection (the study table is built once per selection)."""
    table = cached("table:studies", cache_key, lambda: study_table(studies))
    needle = st.text_input("Search this table (name, id, title, drug, route, population)", key="explorer_search")
    shown = search_rows(table, needle)
    capped_table(shown[[c for c in STUDY_COLUMNS if c in shown.columns]], "studies_table", "studies.csv", "studies",
                 full=lambda: shown)
    if shown.empty:
        st.info("No study in the table matches this search.")
        return ""
    pickable = shown.head(MAX_OPTIONS)
    if len(shown) > MAX_OPTIONS:
        st.caption(f"The study picker lists the first {MAX_OPTIONS} of {len(shown)} studies: search to narrow it.")
    options = [""] + list(pickable["study"])
    if selected and selected not in options and selected in set(shown["study"]):
        options.append(selected)
    names = labels(shown[shown["study"].isin(options)])
    index = options.index(selected) if selected in options else 0
    chosen = st.selectbox("Show a study's details (arms, outcomes, adverse events, sources)", options, index=index,
                          key="study",
                          format_func=lambda sid: names.get(sid, "— choose a study —"))
    if chosen:
        details(tables, chosen)
    return chosen or ""  # never None: index points into options (typed optional by streamlit)
