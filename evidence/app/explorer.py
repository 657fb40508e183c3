"""Study explorer: searchable table with links; one study's arms, outcomes, adverse events and provenance."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence.app.data import cached
from evidence.app.exports import study_table
from evidence.app.safe import linked
from evidence.app.tables import capped_table
from evidence.claims import study_link

LINKS = {
    "registry": st.column_config.LinkColumn("ClinicalTrials.gov"),
    "pubmed": st.column_config.LinkColumn("PubMed"),
    "link": st.column_config.LinkColumn("source"),
    "source_url": st.column_config.LinkColumn("source"),
}
EFF_COLUMNS = ["arm_label", "route", "drug", "measure", "scale", "definition", "timepoint_text", "timepoint_hours",
               "value", "unit", "n_events", "n_total", "is_comparison", "verification", "source_kind", "provenance",
               "source_url", "notes"]
AE_COLUMNS = ["arm_label", "route", "term", "category", "serious", "n_affected", "n_at_risk", "percent", "verification",
              "provenance", "source_url", "notes"]
MAX_OPTIONS = 500  # a selectbox of 100k options would slow every rerun
ARM_COLUMNS = ["arm_id", "label", "role", "drug", "agent", "route", "dose_text", "n", "verification", "provenance"]


def search_rows(table: pd.DataFrame, needle: str) -> pd.DataFrame:
    """Rows whose id, title, drugs, routes or population contain the text (case-insensitive, literal)."""
    needle = needle.strip().lower()
    if not needle:
        return table
    hay = (table["study"].fillna("") + " " + table["title"].fillna("") + " " + table["drugs"] + " "
           + table["routes"] + " " + table["population"]).str.lower()
    return table[hay.str.contains(needle, regex=False)]


def labels(table: pd.DataFrame) -> dict[str, str]:
    """Selectbox labels: id, design and year only (record titles never go into widget labels)."""
    year = table["year"].map(lambda y: "" if pd.isna(y) else f", {int(y)}")
    return dict(zip(table["study"], table["study"] + " (" + table["design"] + year + ")", strict=True))


def details(tables: Mapping[str, pd.DataFrame], study_id: str) -> None:
    """One study: title and notes as plain text, identifiers with links, arms, outcomes, AEs, papers, conflicts."""
    s = tables["studies"]
    row = s[s["study_id"] == study_id].iloc[0]
    st.text(f"{study_id}: {row['title'] if pd.notna(row['title']) else '(no title)'}")
    facts = {
        "design": row["design"], "phase": row["phase"], "status": row["status"], "year": row["year"],
        "enrollment": row["enrollment"], "drugs": ", ".join(row["drugs"]), "routes": ", ".join(row["routes"]),
        "population": ", ".join(row["population"]), "comparator": row["comparator"],
        "comparator class": row["comparator_class"], "sources": ", ".join(row["sources"]),
        "NCT ids": ", ".join(row["nct_ids"]), "PMIDs": ", ".join(row["pmids"]), "DOIs": ", ".join(row["dois"]),
    }
    st.dataframe(pd.DataFrame({"field": list(facts), "value": [str(v) if pd.notna(v) else "" for v in facts.values()]}),
                 key="study_facts", hide_index=True, width="stretch")
    link = study_link(study_id, row["nct_ids"], row["pmids"], row["dois"], row["url"])
    urls = [u for u in [link, *list(row["source_urls"])] if u]
    if urls:
        st.dataframe(linked(pd.DataFrame({"source": list(dict.fromkeys(urls))})), key="study_sources", hide_index=True,
                     column_config={"source": st.column_config.LinkColumn("source")}, width="stretch")
    notes = [n for n in str(row["notes"] if pd.notna(row["notes"]) else "").split(" | ") if n]
    conflicts = [n for n in notes if "conflict" in n.lower()]
    if conflicts:
        st.warning("Sources disagree on this study (values kept side by side):")
        for c in conflicts:
            st.text(c)
    if notes:
        st.caption("Curator notes")
        st.text("\n".join(n for n in notes if n not in conflicts) or "(only conflicts, above)")
    for name, cols, title in (("arms", ARM_COLUMNS, "Arms"), ("efficacy", EFF_COLUMNS, "Outcomes"),
                              ("adverse_events", AE_COLUMNS, "Adverse events")):
        part = tables[name][tables[name]["study_id"] == study_id]
        st.caption(f"{title} ({len(part)})")
        if len(part):
            st.dataframe(linked(part[[c for c in cols if c in part.columns]]), key=f"study_{name}", hide_index=True,
                         width="stretch", column_config=LINKS)
    pubs = tables["publications"]
    papers = pubs[pubs["study_id"] == study_id]
    if len(papers):
        st.caption(f"Papers ({len(papers)})")
        view = papers[["ref_id", "title", "journal", "year", "design", "source_url"]].copy()
        view["pubmed"] = papers["pmid"].map(lambda p: f"https://pubmed.ncbi.nlm.nih.gov/{p}/" if pd.notna(p) else None)
        st.dataframe(linked(view), key="study_papers", hide_index=True, width="stretch", column_config=LINKS)


def render(studies: pd.DataFrame, tables: Mapping[str, pd.DataFrame], selected: str,
           cache_key: tuple[object, ...]) -> str:
    """Draw the filtered studies and the chosen study's details (from all its rows); return the chosen id.
    `cache_key` names the selection (the study table is built once per selection)."""
    table = cached("table:studies", cache_key, lambda: study_table(studies))
    needle = st.text_input("Search this table (id, title, drug, route, population)", key="explorer_search")
    shown = search_rows(table, needle)
    capped_table(shown, "studies_table", "studies.csv", "studies", column_config=LINKS)
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
    chosen = st.selectbox("Show a study's details", options, index=index, key="study",
                          format_func=lambda sid: names.get(sid, "— choose a study —"))
    if chosen:
        details(tables, chosen)
    return chosen
