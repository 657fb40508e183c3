"""Showing record text safely: Markdown escaped, never HTML (Streamlit is never asked for unsafe_allow_html)."""

from __future__ import annotations

import re

import pandas as pd

# Every ASCII punctuation mark Markdown, Streamlit directives (:red[...], :material/x:) or LaTeX ($) could use.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def md_escape(text: object) -> str:
    """Text that st.markdown shows literally: every Markdown/directive character backslash-escaped."""
    if text is None:
        return ""
    s = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", s)


NO_MATCH = ("No study matches these filters. Every view is empty because nothing is selected, not because the "
            "evidence says nothing: remove or widen a filter in the sidebar (the active ones are listed above).")


LINK_COLUMNS = ("registry", "pubmed", "link", "source_url", "source")


def linked(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose link columns hold only http(s) URLs (a javascript: or data: URL from a record is dropped)."""
    cols = [c for c in LINK_COLUMNS if c in df.columns]
    if not cols:
        return df
    ok = {c: df[c].map(lambda u: u if isinstance(u, str) and u.lower().startswith(("https://", "http://"))
                       else None) for c in cols}
    return df.assign(**ok)
