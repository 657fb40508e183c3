"""Which arm of a trial a reported row is about, across reports that name arms differently (pure).

A registry names arms by group id, a paper by its own labels, a curator by an arm key with the other names as
aliases. A row is matched to one arm by those names first, then by role, drug, dose, route and n; a row about
part of an arm (responders, one cohort, a subgroup analysis) or about several arms together is matched to none.
"""

from __future__ import annotations

import re

import pandas as pd

from evidence import vocab

_DOSE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg/kg|mg)\b", re.IGNORECASE)
# A row about part of an arm (responders, completers, one cohort, a subgroup analysis) is not that arm's value.
_SUBGROUP_LABEL = re.compile(r"responders|remitters|completers|sub-?group|cohort|per[- ]protocol|stratum",
                             re.IGNORECASE)
_SUBGROUP_DEF = re.compile(r"sub-?group|post[- ]hoc|secondary analysis of|per[- ]protocol|completers|"
                           r"patients (?:aged )?\d+\s*[-–]\s*\d+|sensitivity analysis", re.IGNORECASE)


def norm(text: object) -> str:
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return ""
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def _doses(text: str) -> set[float]:
    return {float(m.group(1)) for m in _DOSE.finditer(text or "")}


class ArmIndex:
    """Every way the tables name the arms of one study -> that arm's canonical id."""

    def __init__(self, arms: pd.DataFrame) -> None:
        self.arms = arms.reset_index(drop=True)
        self.by_name: dict[str, str] = {}
        for a in self.arms.to_dict("records"):
            for name in [a["arm_id"], a["label"], *list(a.get("aliases") or [])]:
                if name is not None and name is not pd.NA and norm(name):
                    self.by_name.setdefault(norm(name), a["arm_id"])

    def resolve(self, arm_id: object, label: object, drug: object, route: object, n: object,
                detail: object = None) -> str | None:
        """The canonical arm of a row, or None when no single arm fits (or the row is about part of an arm)."""
        if _SUBGROUP_LABEL.search(str(label or "")) or _SUBGROUP_DEF.search(str(detail or "")):
            return None
        for name in (arm_id, label):
            if name is not None and name is not pd.NA and norm(name) in self.by_name:
                return self.by_name[norm(name)]
        text = str(label or "")
        if not text or " vs " in text.lower() or " versus " in text.lower():
            return None
        cand = self.arms
        comparator = vocab.classify_comparator(text)
        is_ket = drug in vocab.KETAMINE_FORMS
        cand = cand[cand["role"] == ("experimental" if is_ket else "comparator")]
        if is_ket:
            cand = cand[cand["drug"] == drug]
        elif comparator in vocab.CONTROL_CLASSES and comparator != "active_drug":  # 'active drug' names no one drug
            cand = cand[[vocab.classify_comparator(f"{a} {b}") == comparator
                         for a, b in zip(cand["label"].fillna(""), cand["agent"].fillna(""), strict=True)]]
        if route not in (None, "unspecified") and len(cand) > 1:
            same = cand[cand["route"].isin([route, "unspecified"])]
            cand = same if len(same) else cand
        doses = _doses(text)
        if doses and len(cand) > 1:
            cand = cand[[bool(doses & _doses(f"{a} {b}")) for a, b in
                         zip(cand["label"].fillna(""), cand["dose_text"].fillna(""), strict=True)]]
        if len(cand) > 1 and n is not None and n is not pd.NA:
            same_n = cand[cand["n"] == n]
            cand = same_n if len(same_n) == 1 else cand
        if len(cand) == 1 and re.search(r"\ball\b|pooled|combined|groups", text, re.IGNORECASE) is None:
            return str(cand["arm_id"].iloc[0])
        return None


def drop_aliased_arms(arms: pd.DataFrame) -> pd.DataFrame:
    """Older arm rows that a curated trial-layer arm names as an alias are the same arm: keep the curated one."""
    keep = []
    for _, grp in arms.groupby("study_id", sort=False):
        named = {norm(x) for aliases in grp["aliases"] for x in (aliases or [])}
        has_alias = grp["aliases"].map(lambda v: len(v or []) > 0)
        for (i, a), aliased in zip(grp.iterrows(), has_alias, strict=True):
            dup = not aliased and (norm(a["arm_id"]) in named or norm(a["label"]) in named)
            keep.append((i, not dup))
    mask = pd.Series(dict(keep)).reindex(arms.index).fillna(True).astype(bool)
    return arms[mask].reset_index(drop=True)


def add_dropped_aliases(arms: pd.DataFrame, dropped: pd.DataFrame) -> pd.DataFrame:
    """A dropped older arm's id stays a name of the curated arm that replaced it."""
    if dropped.empty:
        return arms
    arms = arms.copy()
    aliases: list[object] = []
    for _, a in arms.iterrows():
        names = {norm(x) for x in (a["aliases"] or [])}
        extra = [d["arm_id"] for d in dropped[dropped["study_id"] == a["study_id"]].to_dict("records")
                 if norm(d["label"]) in names or norm(d["arm_id"]) in names] if names else []
        aliases.append(list(dict.fromkeys([*a["aliases"], *extra])) if extra else a["aliases"])
    arms["aliases"] = pd.Series(aliases, index=arms.index, dtype=object)
    return arms
