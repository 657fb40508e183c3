"""Read plotly figure specs as AppTest sees them (plotly>=6 packs numeric arrays as base64 typed arrays)."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np
from streamlit.testing.v1 import AppTest


def decode(values: Any) -> list[Any]:
    """A trace's x/y: a plain list, or a {'dtype', 'bdata'} typed array decoded to a list."""
    if isinstance(values, dict) and "bdata" in values:
        arr = np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"]))
        if "shape" in values:
            arr = arr.reshape([int(s) for s in str(values["shape"]).split(",")])
        return arr.tolist()
    return list(values) if values is not None else []


def figures(at: AppTest) -> list[dict[str, Any]]:
    """Every plotly figure on the page as JSON."""
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def title_of(fig: dict[str, Any]) -> str:
    """The figure's title text."""
    t = fig.get("layout", {}).get("title", "")
    return t.get("text", "") if isinstance(t, dict) else str(t)
