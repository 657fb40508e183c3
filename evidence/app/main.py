"""The dashboard page: filters in the sidebar and the URL, counts by route, the study table, a CSV download."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from evidence import store, vocab
from evidence.app.data import load_tables, manifest_mtime
from evidence.filters import Filters, apply_filters, from_query, to_query
from evidence.settings import Settings

ALLOWED = {"routes": vocab.ROUTES, "drugs": vocab.DRUGS, "populations": vocab.POPULATIONS, "designs": vocab.DESIGNS}


def _study_links(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({
        "study": df["study_id"],
        "title": df["title"],
        "year": df["year"],
        "design": df["design"],
        "drugs": df["drugs"].map(", ".join),
        "routes": df["routes"].map(", ".join),
        "population": df["population"].map(", ".join),
        "n": df["enrollment"],
        "status": df["status"],
        "registry": df["nct_ids"].map(lambda ids: f"https://clinicaltrials.gov/study/{ids[0]}" if len(ids) else None),
        "pubmed": df["pmids"].map(lambda ids: f"https://pubmed.ncbi.nlm.nih.gov/{ids[0]}/" if len(ids) else None),
    })
    return out.reset_index(drop=True)


def _sidebar(current: Filters) -> Filters:
    sb = st.sidebar
    sb.header("Filters")
    routes = sb.multiselect("Route", vocab.ROUTES, default=list(current.routes), key="routes")
    drugs = sb.multiselect("Drug", vocab.DRUGS, default=list(current.drugs), key="drugs")
    pops = sb.multiselect("Population", vocab.POPULATIONS, default=list(current.populations), key="populations")
    designs = sb.multiselect("Design", vocab.DESIGNS, default=list(current.designs), key="designs")
    search = sb.text_input("Search id or title", value=current.search, key="search")
    return Filters(tuple(routes), tuple(drugs), tuple(pops), tuple(designs), search)


def render(settings: Settings) -> None:
    """Draw the whole page for the current filters."""
    st.set_page_config(page_title="Ketamine evidence", layout="wide")
    tables = load_tables(str(settings.data_dir), manifest_mtime(settings.data_dir))
    manifest = store.read_manifest(settings.data_dir)
    studies = tables["studies"]
    st.title("Ketamine for depression: what the trials show, by route")
    st.caption(
        f"Snapshot built {manifest.get('created_at', 'never')} · sources: curated registry and literature set "
        f"(ClinicalTrials.gov, PubMed); every number links to its source."
    )
    f = _sidebar(from_query(st.query_params.to_dict(), ALLOWED))
    st.query_params.from_dict(to_query(f))
    shown = apply_filters(studies, f)
    routes = shown.explode("routes")["routes"].value_counts().reindex(vocab.ROUTES, fill_value=0)
    st.metric("Studies", len(shown))
    if shown.empty:
        st.info("No study matches these filters. Remove a filter in the sidebar to see more.")
        return
    counts = routes.rename_axis("route").reset_index(name="studies")
    st.plotly_chart(px.bar(counts, x="route", y="studies", title="Studies by route"), key="by_route")
    table = _study_links(shown)
    st.dataframe(table, key="studies_table", hide_index=True, column_config={
        "registry": st.column_config.LinkColumn("ClinicalTrials.gov"),
        "pubmed": st.column_config.LinkColumn("PubMed"),
    })
    st.download_button("Download studies (CSV)", table.to_csv(index=False).encode(), "studies.csv", "text/csv")
