"""Claim-check tab: each common claim next to what the filtered evidence says, with numbers and links."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.app.safe import md_escape
from evidence.app.tables import capped_table
from evidence.claims import DEFAULT_CLAIMS, NO_EVIDENCE, NOT_ESTABLISHED, PARTLY, SUPPORTED, check_claims

# Badge colours (Streamlit's :color-badge[] directive; emoji need a font headless browsers often lack).
BADGE = {SUPPORTED: "green", PARTLY: "orange", NOT_ESTABLISHED: "red", NO_EVIDENCE: "gray"}


def render(a: Analysed, claims: Iterable[Mapping[str, str]]) -> None:
    """Draw one block per claim (the profile's, else the default list): verdict, summary, caveats, rows."""
    st.caption("Verdicts are computed from the selection in the sidebar, so they change with the filters. They "
               "are cautious by design: fewer than 3 studies or no head-to-head trial never counts as 'supported'.")
    claims = tuple(dict(c) for c in claims) or DEFAULT_CLAIMS
    inputs = a.claim_inputs()
    results = cached("claims", (*a.key, repr(claims)), lambda: check_claims(inputs, claims))
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
                                 column_config={"link": st.column_config.LinkColumn("source")})
