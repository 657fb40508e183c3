"""CT.gov arm groups -> `arms` rows: role, drug, route and dose of each arm, and matching result groups to arms."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from evidence.citation import registry_url
from evidence.extract import lexicon
from evidence.parse.text import squash, unescape_md

ARMS_PATH = "protocolSection.armsInterventionsModule"

ROLE_BY_TYPE: dict[str, str] = {
    "EXPERIMENTAL": "experimental",
    "ACTIVE_COMPARATOR": "comparator",
    "PLACEBO_COMPARATOR": "comparator",
    "SHAM_COMPARATOR": "comparator",
    "NO_INTERVENTION": "comparator",
    "OTHER": "other",
}
_DOSE_RE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:-|to)?\s*(?:\d+(?:\.\d+)?\s*)?(?:mg/kg|mg\s*/\s*kg|mg|µg/kg|mcg/kg|ug/kg|µg|mcg|ml|mL)\b"
    r"(?:\s*(?:/|per)\s*(?:kg|min|minutes|hour|h))?",
)
_MG_PER_KG_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s*mg\s*/\s*kg\b", re.IGNORECASE)


@dataclass
class Arm:
    """One arm group as the parser understood it; `row` is the `arms` table row."""

    label: str
    text: str
    drug: str
    route: str
    row: dict[str, object] = field(default_factory=dict)


def _s(value: object) -> str:
    return unescape_md(value) or ""


def _name_key(text: str) -> str:
    """Labels compared loosely: case, punctuation and spacing do not matter ('2. repaglinide' ~ '2. Repaglinide')."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def pick_drug(*texts: str) -> str:
    """The ketamine form named first in the most specific text (intervention name before free description)."""
    for t in texts:
        found = lexicon.find_drugs(t)  # in the studied drug's order, most specific first
        if found:
            return found[0]
    return "other"


def pick_route(specific: list[str], general: str) -> tuple[str, bool]:
    """(route, certain): one route named in the specific texts wins; several or only general text is a guess."""
    for t in specific:
        found = lexicon.find_routes(t)
        if len(found) == 1:
            return found[0], True
        if len(found) > 1:
            non_oral = [r for r in found if r != "oral"]
            # "nasal spray plus an oral antidepressant": the oral part is the background treatment.
            return (non_oral[0] if non_oral else found[0]), False
    found = lexicon.find_routes(general)
    if len(found) == 1:
        return found[0], True
    if found:
        non_oral = [r for r in found if r != "oral"]
        return (non_oral[0] if non_oral else found[0]), False
    return "unspecified", True


def dose_of(texts: list[str]) -> tuple[str | None, float | None]:
    """Dose phrases as stated ('0.5 mg/kg', '56 mg') and a single mg/kg value when exactly one is stated."""
    phrases: list[str] = []
    per_kg: set[float] = set()
    for t in texts:
        for m in _DOSE_RE.finditer(t):
            p = squash(m.group(0))
            if p and p not in phrases:
                phrases.append(p)
        per_kg.update(float(x) for x in _MG_PER_KG_RE.findall(t))
    return ("; ".join(phrases) or None), (per_kg.pop() if len(per_kg) == 1 else None)


def ketamine_clauses(text: str) -> str:
    """Only the sentences of a description that name a ketamine form (where its route is stated)."""
    parts = re.split(r"(?<=[.;])\s+|\n+", text)
    return " ".join(p for p in parts if lexicon.find_drugs(p))


def parse_arms(nct: str, module: dict, warn: Callable[[str], None]) -> list[Arm]:
    """Every arm group of a study, with its interventions' text attached for route and drug detection."""
    interventions = module.get("interventions") or []
    if not isinstance(interventions, list):
        warn(f"{nct}: interventions is {type(interventions).__name__}, not a list; ignored")
        interventions = []
    by_label: dict[str, list[dict]] = {}
    by_name: dict[str, dict] = {}
    for iv in interventions:
        if not isinstance(iv, dict):
            continue
        by_name[_name_key(f"{iv.get('type', '')}: {iv.get('name', '')}")] = iv
        by_name.setdefault(_name_key(str(iv.get("name", ""))), iv)
        for lab in iv.get("armGroupLabels") or []:
            if isinstance(lab, str):
                by_label.setdefault(_name_key(lab), []).append(iv)
    groups = module.get("armGroups") or []
    if not isinstance(groups, list):
        warn(f"{nct}: armGroups is {type(groups).__name__}, not a list; no arms")
        return []
    arms: list[Arm] = []
    used: set[str] = set()
    for i, g in enumerate(groups):
        path = f"{ARMS_PATH}.armGroups[{i}]"
        if not isinstance(g, dict):
            warn(f"{nct}: {path} is not an object; skipped")
            continue
        label = squash(_s(g.get("label"))) or f"Arm {i + 1}"
        desc = _s(g.get("description"))
        ivs = list(by_label.get(_name_key(label), []))
        for name in g.get("interventionNames") or []:
            iv = by_name.get(_name_key(str(name)))
            if iv is not None and iv not in ivs:
                ivs.append(iv)
        iv_names = [squash(_s(iv.get("name"))) or "" for iv in ivs]
        iv_texts = [
            " ".join([_s(iv.get("name")), *map(_s, iv.get("otherNames") or []), _s(iv.get("description"))])
            for iv in ivs
        ]
        drug = pick_drug(" ".join(iv_names), label, " ".join(iv_texts), desc)
        ket_ivs = [t for t in iv_texts if lexicon.find_drugs(t)] if drug != "other" else iv_texts
        specific = [*ket_ivs, ketamine_clauses(f"{label}. {desc}") if drug != "other" else f"{label}. {desc}"]
        route, certain = pick_route([t for t in specific if t], " ".join([label, desc, *iv_texts]))
        gtype = g.get("type")
        role = ROLE_BY_TYPE.get(gtype) if isinstance(gtype, str) else None
        if role is None:
            if gtype is not None:
                warn(f"{nct}: {path}.type {gtype!r} is not a known arm type; role 'other'")
            role = "other"
        dose_text, mg_kg = dose_of([label, desc, *ket_ivs])
        arm_id = label if label not in used else f"{label} [{i}]"
        used.add(arm_id)
        notes = None if certain else "route guessed: several routes named in the arm text"
        row: dict[str, object] = {
            "study_id": nct,
            "arm_id": arm_id,
            "label": label,
            "role": role,
            "drug": drug,
            "agent": "; ".join(n for n in iv_names if n) or None,
            "route": route,
            "dose_text": dose_text,
            "dose_mg_per_kg": mg_kg,
            "n": None,
            "source_kind": "registry_results",
            "verification": "auto" if certain else "uncertain", "source_tier": "registry_results",
            "provenance": path,
            "source_url": registry_url(nct),
            "notes": notes,
        }
        arms.append(Arm(label=label, text=" ".join([label, desc, *iv_texts]), drug=drug, route=route, row=row))
    return arms


def _within(short: str, long: str) -> bool:
    return f" {short} " in f" {long} "


def match_group(title: str, desc: str, arms: list[Arm]) -> tuple[Arm | None, bool]:
    """The arm a results group (OG/EG/FG) stands for: (arm, exact) by label; containment is a guess; else None."""
    key = _name_key(title)
    if not key:
        return None, False
    exact = [a for a in arms if _name_key(a.label) == key]
    if len(exact) == 1:
        return exact[0], True
    contained = [a for a in arms if (k := _name_key(a.label)) and (_within(k, key) or _within(key, k))]
    if len(contained) == 1:
        return contained[0], False
    return None, False


def group_drug_route(title: str, desc: str, arms: list[Arm]) -> tuple[str, str, str | None, bool]:
    """(drug, route, matched arm label, certain) for a results group, from its arm or else from its own text."""
    arm, exact = match_group(title, desc, arms)
    if arm is not None:
        return arm.drug, arm.route, arm.label, exact and arm.row.get("verification") == "auto"
    text = f"{title}. {desc}"
    drug = pick_drug(title, desc)
    route, _ = pick_route([ketamine_clauses(text)] if drug != "other" else [], text)
    return drug, route, None, False
