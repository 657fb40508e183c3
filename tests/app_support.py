"""Helpers for the dashboard's AppTests: start the app, find a dataframe by its columns, capture downloads."""

from __future__ import annotations

from typing import Any

import pandas as pd
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.plotly_spec import figures, title_of


def start(query: dict[str, str] | None = None, timeout: float = 90) -> AppTest:
    """Run dashboard.py once (optionally with URL query parameters, e.g. tab=Onset) and check it raised nothing."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def goto(at: AppTest, tab: str) -> AppTest:
    """Open a tab the way a shared link does (only the open tab's content runs) and rerun."""
    at.query_params["tab"] = tab
    at.run()
    assert not at.exception, at.exception
    return at


def frame_with(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first rendered dataframe that has all these columns, named as the analysis names them or as the reader
    sees them (the page shows headers in words: 'source' for source_url, charts.labels.COLUMN_LABELS); the matched
    headers are renamed back to the names asked for."""
    from evidence.charts.labels import COLUMN_LABELS

    for d in at.dataframe:
        v = d.value
        found = {}
        for c in columns:
            label = COLUMN_LABELS.get(c, c.replace("_", " "))
            header = label if label in v.columns else c
            if header not in v.columns:
                break
            found[header] = c
        else:
            clash = {c: f"{c} (as shown)" for h, c in found.items() if h != c and c in v.columns}
            return v.rename(columns=clash).rename(columns=found)
    raise AssertionError(f"no dataframe with columns {columns}")


def studies_table(at: AppTest) -> pd.DataFrame:
    """The study explorer's table (opening the explorer tab when another tab is open)."""
    try:
        return frame_with(at, "study", "registry", "pubmed", "routes")
    except AssertionError:
        return frame_with(goto(at, "Studies"), "study", "registry", "pubmed", "routes")


def figure(at: AppTest, title_part: str) -> dict[str, Any]:
    """The plotly figure whose title contains the text (case-insensitive)."""
    for fig in figures(at):
        if title_part.lower() in title_of(fig).lower():
            return fig
    raise AssertionError(f"no figure titled like {title_part!r}: {[title_of(f) for f in figures(at)]}")


def metrics(at: AppTest) -> dict[str, str]:
    """Metric label -> shown value."""
    return {m.label: m.value for m in at.metric}


def query(at: AppTest) -> dict[str, str]:
    """The app's URL query parameters as plain strings."""
    out = {}
    for k in at.query_params:
        v = at.query_params[k]
        out[k] = ",".join(v) if isinstance(v, list) else str(v)
    return out
