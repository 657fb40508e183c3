"""Showing record text safely: Markdown escaped, never HTML (Streamlit is never asked for unsafe_allow_html)."""

from __future__ import annotations

import re

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
