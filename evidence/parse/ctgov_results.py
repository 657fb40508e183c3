"""CT.gov resultsSection.outcomeMeasuresModule -> `efficacy` rows: every measurement and between-group analysis."""

from __future__ import annotations

import re
from collections.abc import Callable

from evidence.citation import registry_results_url
from evidence.extract import lexicon
from evidence.parse.ctgov_arms import Arm, group_drug_route
from evidence.parse.text import indexed_dicts as _dicts
from evidence.parse.text import squash, to_float, to_int, unescape_md
from evidence.scales import EFFICACY_SCALES, SAFETY_SCALES, find_scale

OM_PATH = "resultsSection.outcomeMeasuresModule.outcomeMeasures"

_RESPONSE_RE = re.compile(r"\brespon(?:se|ses|der|ders|ding)\b", re.IGNORECASE)
_RELAPSE_RE = re.compile(r"\brelapse|\brecurrence", re.IGNORECASE)
_ONSET_RE = re.compile(r"\bonset\b|\btime to (?:first )?(?:respon|remission|improvement|antidepressant)", re.IGNORECASE)
_REMISSION_RE = re.compile(r"\bremi(?:ssion|tters?|tted)\b", re.IGNORECASE)


def classify_measure(title: str, description: str) -> tuple[str, str | None]:
    """(measure, scale) of an outcome from its title (and description for the scale): never efficacy for CADSS."""
    unsafe = find_scale(title, SAFETY_SCALES)
    scale = find_scale(title, EFFICACY_SCALES) or (None if unsafe else find_scale(description, EFFICACY_SCALES))
    if unsafe and not find_scale(title, EFFICACY_SCALES):
        return "other", unsafe
    if _RELAPSE_RE.search(title):
        return "relapse", scale
    if _ONSET_RE.search(title):
        return "onset", scale
    if _REMISSION_RE.search(title):
        return "remission", scale
    if _RESPONSE_RE.search(title):
        return "response", scale
    if scale:
        return "scale_change", scale
    return "other", None


def _denoms(denoms: object) -> dict[str, int]:
    """groupId -> participants analysed, from the first denominator counted in participants."""
    chosen = None
    for _, d in _dicts(denoms):
        if chosen is None or str(d.get("units", "")).lower().startswith("participant"):
            chosen = d
            if str(d.get("units", "")).lower().startswith("participant"):
                break
    out: dict[str, int] = {}
    for _, c in _dicts((chosen or {}).get("counts")):
        n = to_int(c.get("value"))
        if isinstance(c.get("groupId"), str) and n is not None:
            out[c["groupId"]] = n
    return out


def _dispersion(kind: str | None, m: dict) -> str | None:
    spread, lo, hi = m.get("spread"), m.get("lowerLimit"), m.get("upperLimit")
    if spread is not None:
        return f"{kind or 'spread'}: {spread}"
    if lo is not None or hi is not None:
        return f"{kind or 'limits'}: {lo} to {hi}"
    return None


def efficacy_rows(nct: str, results: dict, arms: list[Arm], warn: Callable[[str], None]) -> list[dict]:
    """One row per reported measurement of every outcome measure, plus one per between-group analysis."""
    url = registry_results_url(nct)
    module = results.get("outcomeMeasuresModule")
    if module is None:
        return []
    if not isinstance(module, dict):
        warn(f"{nct}: outcomeMeasuresModule is not an object; outcomes skipped")
        return []
    rows: list[dict] = []
    for i, om in _dicts(module.get("outcomeMeasures")):
        base = f"{OM_PATH}[{i}]"
        title = squash(unescape_md(om.get("title"))) or ""
        desc = squash(unescape_md(om.get("description"))) or ""
        measure, scale = classify_measure(title, desc)
        timeframe = squash(unescape_md(om.get("timeFrame")))
        hours = lexicon.timepoint_to_hours(timeframe or "")
        param = om.get("paramType") if isinstance(om.get("paramType"), str) else None
        unit = squash(unescape_md(om.get("unitOfMeasure")))
        disp_kind = om.get("dispersionType") if isinstance(om.get("dispersionType"), str) else None
        groups: dict[str, dict] = {}
        for _, g in _dicts(om.get("groups")):
            gid = g.get("id")
            if isinstance(gid, str):
                t, d = squash(unescape_md(g.get("title"))) or gid, squash(unescape_md(g.get("description"))) or ""
                drug, route, arm_label, certain = group_drug_route(t, d, arms)
                groups[gid] = {"title": t, "drug": drug, "route": route, "arm": arm_label, "certain": certain}
        denoms = _denoms(om.get("denoms"))
        common = {
            "study_id": nct,
            "measure": measure,
            "scale": scale,
            "definition": title + (f" — {desc}" if desc else ""),
            "param_type": param,
            "timepoint_text": timeframe,
            "timepoint_hours": hours,
            "unit": unit,
            "source_kind": "registry_results",
            "source_url": url,
        }
        for ci, cls in _dicts(om.get("classes")):
            cls_denoms = _denoms(cls.get("denoms")) or denoms
            for ki, cat in _dicts(cls.get("categories")):
                for mi, m in _dicts(cat.get("measurements")):
                    gid = m.get("groupId")
                    if not isinstance(gid, str) or (found := groups.get(gid)) is None:
                        warn(
                            f"{nct}: {base}.classes[{ci}].categories[{ki}].measurements[{mi}] names unknown group "
                            f"{gid!r}; skipped"
                        )
                        continue
                    value = to_float(m.get("value"))
                    notes = [
                        f"{k}: {squash(unescape_md(x))}"
                        for k, x in (("class", cls.get("title")), ("category", cat.get("title")))
                        if isinstance(x, str)
                    ]
                    if value is None and m.get("value") is not None:
                        notes.append(f"reported value {m.get('value')!r} is not a number")
                    if isinstance(m.get("comment"), str):
                        notes.append(f"comment: {squash(unescape_md(m['comment']))}")
                    if found["arm"] and found["arm"] != found["title"]:
                        notes.append(f"group title: {found['title']}")
                    n_events = to_int(m.get("value")) if param == "COUNT_OF_PARTICIPANTS" else None
                    rows.append(
                        common
                        | {
                            "arm_id": gid,
                            "arm_label": found["arm"] or found["title"],
                            "route": found["route"],
                            "drug": found["drug"],
                            "value": value,
                            "dispersion": _dispersion(disp_kind, m),
                            "n_events": n_events,
                            "n_total": cls_denoms.get(gid),
                            "is_comparison": False,
                            "verification": "auto" if found["certain"] else "uncertain",
                            "source_tier": "registry_results",
                            "provenance": f"{base}.classes[{ci}].categories[{ki}].measurements[{mi}]",
                            "notes": "; ".join(notes) or None,
                        }
                    )
        for ai, an in _dicts(om.get("analyses")):
            rows.extend(_analysis_row(common, groups, f"{base}.analyses[{ai}]", an))
    return rows


def _analysis_row(common: dict, groups: dict[str, dict], path: str, an: dict) -> list[dict]:
    """A between-group statistic (e.g. LS mean difference with CI) as an is_comparison row."""
    value = to_float(an.get("paramValue"))
    group_ids = an.get("groupIds")
    ids = [g for g in (group_ids if isinstance(group_ids, list) else []) if isinstance(g, str) and g in groups]
    if value is None or not ids:
        return []
    first = groups[ids[0]]
    lo, hi, pct = an.get("ciLowerLimit"), an.get("ciUpperLimit"), an.get("ciPctValue")
    disp = f"{pct}% CI: {lo} to {hi}" if lo is not None or hi is not None else None
    notes = [
        f"p = {an['pValue']}" if an.get("pValue") is not None else "",
        f"method: {an['statisticalMethod']}" if isinstance(an.get("statisticalMethod"), str) else "",
        f"groups: {' vs '.join(groups[g]['title'] for g in ids)}",
    ]
    certain = all(groups[g]["certain"] for g in ids)
    return [
        common
        | {
            "measure": "effect_size" if common["measure"] in ("scale_change", "response", "remission") else "other",
            "arm_id": "+".join(ids),
            "arm_label": " vs ".join(groups[g]["arm"] or groups[g]["title"] for g in ids),
            "route": first["route"],
            "drug": first["drug"],
            "param_type": an.get("paramType") if isinstance(an.get("paramType"), str) else None,
            "value": value,
            "dispersion": disp,
            "n_events": None,
            "n_total": None,
            "is_comparison": True,
            "verification": "auto" if certain else "uncertain", "source_tier": "registry_results",
            "provenance": path,
            "notes": "; ".join(n for n in notes if n) or None,
        }
    ]
