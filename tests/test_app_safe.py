"""Markdown escaping of record text: nothing in it can become emphasis, a link, an image, HTML or a directive."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence.app.safe import md_escape


@pytest.mark.parametrize(("raw", "expected"), [
    ("**bold**", r"\*\*bold\*\*"),
    ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
    ("![i](http://e/x.png)", r"\!\[i\]\(http\://e/x\.png\)"),
    ("<img src=x onerror=alert(1)>", r"\<img src\=x onerror\=alert\(1\)\>"),
    (":red[alert] :material/home:", r"\:red\[alert\] \:material/home\:"),
    ("$x^2$", r"\$x^2\$"),
    ("# heading\n- item", r"\# heading \- item"),
    (None, ""),
])
def test_md_escape_cases(raw: object, expected: str) -> None:
    assert md_escape(raw) == expected


@given(st.text(max_size=80))
def test_no_unescaped_markdown_character_survives(text: str) -> None:
    out = md_escape(text)
    unescaped = re.sub(r"\\.", "", out)  # drop every escaped pair; what is left must hold no special character
    assert not set(unescaped) & set("\\`*_{}[]()#+-.!|<>~$:&=\"'")


def test_link_columns_keep_only_http_urls() -> None:
    import pandas as pd

    from evidence.app.safe import linked

    df = pd.DataFrame({"source_url": ["https://a.org/x", "javascript:alert(1)", "data:text/html,x", None, "HTTP://B"],
                       "title": ["javascript:kept as text"] * 5})
    out = linked(df)
    assert [u if isinstance(u, str) else None for u in out["source_url"]] == ["https://a.org/x", None, None, None, "HTTP://B"]
    assert list(out["title"]) == list(df["title"])
