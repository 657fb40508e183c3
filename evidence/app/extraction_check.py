"""Extraction check: does automatic extraction agree with the curators on the snapshot's own abstracts?

`render(tables)` shows the live figure ("automatic extraction agrees with the curators on X of Y values; Z
disagreements"), the disagreements first, each with both sources one click away, then the agreements. The report is
computed once per snapshot (about a second for the shipped 49 abstracts) and shared. Record text (quotes) is shown
with st.text / st.dataframe only, never as Markdown or HTML.
"""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd
import streamlit as st

from evidence.app.data import cached
from evidence.app.safe import linked
from evidence.extract import accuracy
from evidence.extract.agreement import AgreementReport, agreement

_COLUMNS = ["study_id", "arm", "measure", "timepoint_hours", "curated", "auto", "curated_arm", "curated_source",
            "source_url"]


def _key(tables: dict[str, pd.DataFrame]) -> tuple[object, ...]:
    """A key that changes when the snapshot does: the two tables' identities and sizes."""
    pubs = tables.get("publications", pd.DataFrame())
    eff = tables.get("efficacy", pd.DataFrame())
    return (id(pubs), len(pubs), id(eff), len(eff))


def report_for(tables: dict[str, pd.DataFrame]) -> AgreementReport:
    """The agreement report of a snapshot, built once."""
    return cached("extraction_check", _key(tables), lambda: agreement(tables))


ACCURACY_FILE = "heldout_accuracy.json"


@st.cache_data(show_spinner=False)
def load_accuracy(text: str) -> accuracy.ExtractionAccuracy:
    """The held-out accuracy record of the shipped rules (parsed once per file content)."""
    return accuracy.from_dict(json.loads(text))


def render_accuracy(text: str | None = None) -> None:
    """Show how the extractor scored on abstracts nobody tuned it on: the honest weight of an `auto` value."""
    st.subheader("Accuracy on abstracts the rules were never tuned on")
    if text is None:
        try:
            text = (resources.files("evidence.extract") / ACCURACY_FILE).read_text(encoding="utf-8")
        except OSError:
            text = ""
    try:
        acc = load_accuracy(text)
    except ValueError as exc:
        st.warning(f"The held-out accuracy of automatic extraction is not available ({exc}); treat every "
                   "automatically extracted value as unverified.")
        return
    st.text(acc.headline())
    st.caption("Real abstracts labelled by readers who never saw the extractor, kept aside while the rules were "
               "written (python benchmarks/extraction_blind.py --write-accuracy). Score = F1 for drug, route and "
               "the findings (a value counts only with its visit), accuracy for design and N; 'labelled' = "
               "abstracts for drug, route, design and N, labelled values for the findings. With a few labels the "
               "95% interval is wide: read the interval, not the point. Automatically extracted values are pooled "
               "only when you include them (sidebar).")
    st.dataframe(acc.to_frame(), key="extraction_accuracy", hide_index=True, width="stretch",
                 column_config={"score": st.column_config.NumberColumn(format="%.2f"),
                                "precision": st.column_config.NumberColumn(format="%.2f"),
                                "recall": st.column_config.NumberColumn(format="%.2f"),
                                "target": st.column_config.NumberColumn(format="%.2f")})


def render(tables: dict[str, pd.DataFrame]) -> None:
    """Draw the live agreement figure, the disagreements (each one click away) and the agreements."""
    st.caption("The extractor run over the snapshot's own abstracts, against the curated value of the same study, "
               "arm, outcome and visit (response/remission within 0.5 percentage points, onset within 1%). "
               "Extracted values with no curated counterpart are the dashboard's `auto` values.")
    with st.spinner("Running the extractor over the snapshot's abstracts ..."):
        rep = report_for(tables)
    st.text(rep.headline())
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("values compared", len(rep.comparisons))
    c2.metric("disagreements", len(rep.disagreements))
    c3.metric("extracted only (auto)", rep.auto_only)
    c4.metric("curated only", rep.curated_only)
    frame = rep.to_frame()
    if frame.empty:
        st.text(f"No value is reported by both the curators and the extractor ({rep.abstracts} abstracts read).")
        return
    link = {"source_url": st.column_config.LinkColumn("source")}
    bad = frame[~frame["agrees"]]
    if len(bad):
        st.subheader("Disagreements")
        st.dataframe(linked(bad[_COLUMNS]), key="extraction_check_disagreements", hide_index=True, width="stretch",
                     column_config=link)
        labels = [f"{r.study_id} · {r.arm} · {r.measure} · curated {r.curated:g} vs auto {r.auto:g}"
                  for r in bad.itertuples()]
        pick = st.selectbox("Show a disagreement's sources", range(len(labels)), format_func=lambda i: labels[i],
                            key="extraction_check_pick")
        row = bad.iloc[int(pick or 0)]
        st.text(f"curated ({row['curated_arm']}): {row['curated']:g}  [{row['curated_source']}]")
        st.text(f"extracted: {row['auto']:g}  {row['auto_quote']}")
        url = linked(pd.DataFrame({"source_url": [row["source_url"]]}))["source_url"].iloc[0]
        if url:
            st.link_button("Open the source", url)
    good = frame[frame["agrees"]]
    if len(good):
        st.subheader("Agreements")
        st.dataframe(linked(good[_COLUMNS]), key="extraction_check_agreements", hide_index=True, width="stretch",
                     column_config=link)
