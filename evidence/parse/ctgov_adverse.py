"""CT.gov resultsSection.adverseEventsModule -> `adverse_events` rows: every event group, every term, as reported."""

from __future__ import annotations

import functools
from collections.abc import Callable

from evidence.citation import registry_results_url
from evidence.extract import lexicon
from evidence.parse.ctgov_arms import Arm, group_drug_route
from evidence.parse.text import indexed_dicts as _dicts
from evidence.parse.text import squash, to_int, unescape_md

AE_PATH = "resultsSection.adverseEventsModule"

# Registries repeat the same MedDRA terms thousands of times: classify each distinct term once.
_ae_category = functools.lru_cache(maxsize=65536)(lexicon.ae_category)


def adverse_event_rows(nct: str, results: dict, arms: list[Arm], warn: Callable[[str], None]) -> list[dict]:
    """Every event group's totals and every serious/other term per group, counts as reported."""
    url = registry_results_url(nct)
    module = results.get("adverseEventsModule")
    if module is None:
        return []
    if not isinstance(module, dict):
        warn(f"{nct}: adverseEventsModule is not an object; adverse events skipped")
        return []
    groups: dict[str, dict] = {}
    rows: list[dict] = []
    for gi, g in _dicts(module.get("eventGroups")):
        gid = g.get("id")
        if not isinstance(gid, str):
            warn(f"{nct}: {AE_PATH}.eventGroups[{gi}] has no id; skipped")
            continue
        t, d = squash(unescape_md(g.get("title"))) or gid, squash(unescape_md(g.get("description"))) or ""
        drug, route, _arm, certain = group_drug_route(t, d, arms)
        groups[gid] = {"title": t, "drug": drug, "route": route, "certain": certain}
        for key, total_term, serious in (
            ("serious", "Total: serious adverse events", True),
            ("other", "Total: other (not serious) adverse events", False),
            ("deaths", "Total: all-cause mortality", None),
        ):
            aff, risk = to_int(g.get(f"{key}NumAffected")), to_int(g.get(f"{key}NumAtRisk"))
            if aff is None and risk is None:
                continue
            rows.append(
                _ae_row(
                    nct,
                    url,
                    gid,
                    groups[gid],
                    total_term,
                    "other",
                    serious,
                    aff,
                    risk,
                    f"{AE_PATH}.eventGroups[{gi}].{key}NumAffected",
                    "group total row",
                    is_group_total=True,
                )
            )
    for key, serious in (("seriousEvents", True), ("otherEvents", False)):
        for ei, ev in _dicts(module.get(key)):
            term = squash(unescape_md(ev.get("term")))
            if not term:
                warn(f"{nct}: {AE_PATH}.{key}[{ei}] has no term; skipped")
                continue
            category = _ae_category(term)
            organ = ev.get("organSystem") if isinstance(ev.get("organSystem"), str) else None
            for si, st in _dicts(ev.get("stats")):
                gid = st.get("groupId")
                if not isinstance(gid, str) or gid not in groups:
                    warn(f"{nct}: {AE_PATH}.{key}[{ei}].stats[{si}] names unknown group {gid!r}; skipped")
                    continue
                rows.append(
                    _ae_row(
                        nct,
                        url,
                        gid,
                        groups[gid],
                        term,
                        category,
                        serious,
                        to_int(st.get("numAffected")),
                        to_int(st.get("numAtRisk")),
                        f"{AE_PATH}.{key}[{ei}].stats[{si}]",
                        f"organ system: {organ}" if organ else None,
                    )
                )
    return rows


def _ae_row(
    nct: str,
    url: str,
    gid: str,
    g: dict,
    term: str,
    category: str,
    serious: bool | None,
    aff: int | None,
    risk: int | None,
    path: str,
    notes: str | None,
    is_group_total: bool = False,
) -> dict:
    percent = round(100.0 * aff / risk, 2) if aff is not None and risk and risk > 0 and 0 <= aff <= risk else None
    return {
        "study_id": nct,
        "arm_id": gid,
        "arm_label": g["title"],
        "route": g["route"],
        "drug": g["drug"],
        "term": term,
        "category": category,
        "serious": serious,
        "n_affected": aff,
        "n_at_risk": risk,
        "percent": percent,
        "is_group_total": is_group_total,
        "source_kind": "registry_results",
        "verification": "auto" if g["certain"] else "uncertain", "source_tier": "registry_results",
        "provenance": path,
        "source_url": url,
        "notes": notes,
    }
