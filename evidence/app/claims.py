"""Claim-check tab: each common claim next to what the filtered evidence (or the regulatory record) says.

The verdicts, summaries, caveats and evidence rows are those `python -m evidence claims` prints for the same filters
(both come from evidence.claims.check_claims; the CSV download is the command's CSV without its header lines).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import streamlit as st

from evidence import export, vocab
from evidence.app.data import Analysed, cached
from evidence.app.safe import md_escape
from evidence.app.tables import capped_table
from evidence.claims import (
    DEFAULT_CLAIMS,
    NO_EVIDENCE,
    NOT_CHECKABLE,
    NOT_ESTABLISHED,
    PARTLY,
    SUPPORTED,
    check_claims,
    claims_frame,
    load_facts,
)

# Badge colours (Streamlit's :color-badge[] directive; emoji need a font headless browsers often lack).
BADGE = {SUPPORTED: "green", PARTLY: "orange", NOT_ESTABLISHED: "red", NO_EVIDENCE: "gray", NOT_CHECKABLE: "violet"}
LINKS = {"link": st.column_config.LinkColumn("study / document"), "source_url": st.column_config.LinkColumn("source")}


def render(a: Analysed, claims: Iterable[Mapping[str, str]],
           studied: tuple[str, ...] = vocab.KETAMINE_FORMS) -> None:
    """Draw one block per claim (the profile's, else the default list) for the profile's `studied` drug: verdict,
    summary, caveats, rows."""
    st.caption("Verdicts follow the selection in the sidebar, except claims about approval, supervision and abuse "
               "potential: those come from the regulatory record (FDA, EMA, DEA), which filters do not change. "
               "Fewer than 3 trials or no randomised head-to-head trial never count as 'supported'. Each row says "
               "whether the verdict counts it.")
    claims = tuple(dict(c) for c in claims) or DEFAULT_CLAIMS
    inputs = a.claim_inputs()  # on the selection: the frames the Response tab built are reused, not rebuilt
    data_dir = str(a.key[0])
    inputs.regulatory = cached("regulatory_facts", (data_dir, a.key[1]), lambda: load_facts(data_dir))
    results = cached("claims", (*a.key, repr(claims), studied), lambda: check_claims(inputs, claims, studied))
    st.download_button("Download every claim with its rows (CSV)",
                       lambda: export.to_csv_bytes(claims_frame(results)), file_name="claims.csv", mime="text/csv",
                       key="claims_csv", on_click="ignore")
    for i, res in enumerate(results):
        with st.container(border=True):
            st.markdown(f"**{md_escape(res.text)}**")
            st.markdown(f"Verdict: :{BADGE.get(res.verdict, 'gray')}-badge[{md_escape(res.verdict)}]")
            st.text(res.summary)
            for c in res.caveats:
                st.text(f"Caveat: {c}")
            if len(res.evidence):
                with st.expander(f"The evidence behind it ({len(res.evidence)} rows)"):
                    capped_table(res.evidence, f"claim_{i}", f"claim_{res.claim_id or i}_evidence.csv", "rows",
                                 column_config=LINKS)
