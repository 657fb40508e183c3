"""How readers know a study: its acronym and first author and year ("SYNAPSE (Daly 2018)"), else a short title."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd


def with_labels(studies: pd.DataFrame, publications: pd.DataFrame) -> pd.DataFrame:
    """Each study's label as readers know it: acronym (first author year), else first author year, else id."""
    studies = studies.copy()
    first = {}
    for p in publications.sort_values(["year", "ref_id"], na_position="last").to_dict("records"):
        authors = p["authors"]
        if len(authors) and p["study_id"] not in first:
            first[p["study_id"]] = (str(authors[0]).split(",")[0].split(" ")[0], p["year"])
    labels, authors_out = [], []
    for s in studies.to_dict("records"):
        given = s.get("label")
        if given is not None and given is not pd.NA and str(given).strip():  # a curator's own row said it
            labels.append(str(given))
            authors_out.append(s.get("first_author") if s.get("first_author") is not pd.NA else None)
            continue
        author = s.get("first_author")
        year = s.get("year")
        if (author is None or author is pd.NA) and s["study_id"] in first:
            author, pub_year = first[s["study_id"]]
            year = pub_year if pub_year is not None and pub_year is not pd.NA else year
        authors_out.append(author if author is not None and author is not pd.NA else None)
        who = f"{author} {year}" if author is not None and author is not pd.NA and pd.notna(year) else (
            author if author is not None and author is not pd.NA else None)
        acronym = s.get("acronym")
        has_acr = acronym is not None and acronym is not pd.NA and str(acronym).strip()
        if has_acr and who:
            labels.append(f"{acronym} ({who})")
        else:
            labels.append(str(acronym) if has_acr else who or _short_title(s))
    studies["first_author"] = pd.array(authors_out, dtype="string")
    studies["label"] = pd.array(labels, dtype="string")
    return studies


def _short_title(s: Mapping[Any, object]) -> str:
    title = s.get("title")
    if title is None or title is pd.NA or not str(title).strip():
        return str(s["study_id"])
    words = str(title).split()
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
