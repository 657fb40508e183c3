"""Synthetic, schema-valid evidence tables of any size, for timing the dashboard at scale.

    python benchmarks/synthetic.py --studies 100000 --out /tmp/synth100k   # writes tables + manifest

Shapes follow the shipped snapshot: each primary study has a ketamine arm and a comparator arm, response at
24 h and remission at day 28 with counts, an onset timepoint for one in three studies, and four adverse-event
categories per arm; one study in ten is a review. Seeded, so the same N gives the same tables.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence import citation, schema, store, vocab  # noqa: E402

ROUTES = [r for r in vocab.ROUTES if r != "unspecified"]
DESIGNS = ["rct", "crossover_rct", "open_label", "observational", "case_series"]
AE = ["dissociation", "blood_pressure_increase", "nausea_vomiting", "dizziness", "headache", "sedation"]


def make_tables(n: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    """Tables of n studies (every column present, every value in its vocabulary)."""
    rng = np.random.default_rng(seed)
    ids = [f"NCT{9_000_000 + i:08d}" for i in range(n)]
    route = rng.choice(ROUTES, n)
    drug = np.where(route == "intranasal", "esketamine", "ketamine")
    secondary = rng.random(n) < 0.1
    design = np.where(secondary, "meta_analysis", rng.choice(DESIGNS, n))
    pops = [list(rng.choice(vocab.POPULATIONS[:8], rng.integers(1, 3), replace=False)) for _ in range(n)]
    enrol = rng.integers(10, 800, n)
    studies = pd.DataFrame({
        "study_id": ids, "title": [f"Synthetic study {i} of {r} {d}" for i, r, d in zip(range(n), route, drug,
                                                                                          strict=True)],
        "year": rng.integers(2000, 2026, n), "design": design, "allocation": None, "masking": None,
        "phase": rng.choice(list(vocab.PHASES), n), "status": rng.choice(["COMPLETED", "RECRUITING", "UNKNOWN"], n),
        "enrollment": enrol, "drugs": [[d] for d in drug], "routes": [[r] for r in route], "population": pops,
        "conditions": [[] for _ in range(n)], "comparator": "placebo",
        "comparator_class": rng.choice([*vocab.INACTIVE_CONTROLS, "none"], n), "sponsor": None,
        "nct_ids": [[i] for i in ids], "pmids": [[] for _ in range(n)], "dois": [[] for _ in range(n)],
        "url": [citation.registry_url(i) for i in ids], "has_results": True,
        "sources": [["ctgov"] for _ in range(n)], "source_urls": [[] for _ in range(n)], "last_updated": None,
        "is_secondary": secondary, "notes": None,
    })
    prim = studies[~secondary]
    half = (prim["enrollment"] // 2).clip(lower=5).to_numpy()

    def arms_of(role: str, suffix: str) -> pd.DataFrame:
        return pd.DataFrame({
            "study_id": prim["study_id"].to_numpy(), "arm_id": suffix, "label": f"{role} arm", "role": role,
            "drug": prim["drugs"].str[0].to_numpy() if role == "experimental" else "other", "agent": None,
            "route": prim["routes"].str[0].to_numpy(), "dose_text": None, "dose_mg_per_kg": None, "n": half,
            "source_kind": "registry_results",
            "source_tier": "registry_results", "verification": "verified", "provenance": "synthetic",
            "source_url": None, "notes": None,
        })

    arms = pd.concat([arms_of("experimental", "EG000"), arms_of("comparator", "EG001")], ignore_index=True)
    eff_parts = []
    for measure, hours, p_exp, p_ctl in (("response", 24.0, 0.45, 0.15), ("remission", 672.0, 0.3, 0.12)):
        for arm_id, p in (("EG000", p_exp), ("EG001", p_ctl)):
            ev = rng.binomial(half, p)
            eff_parts.append(pd.DataFrame({
                "study_id": prim["study_id"].to_numpy(), "arm_id": arm_id,
                "arm_label": "experimental arm" if arm_id == "EG000" else "comparator arm",
                "route": prim["routes"].str[0].to_numpy(),
                "drug": prim["drugs"].str[0].to_numpy() if arm_id == "EG000" else "other",
                "measure": measure, "scale": "MADRS", "definition": f"MADRS {measure}", "param_type": "COUNT",
                "timepoint_text": f"{hours:g} hours", "timepoint_hours": hours, "value": ev.astype(float),
                "unit": "count", "dispersion": None, "n_events": ev, "n_total": half, "is_comparison": False,
                "source_kind": "registry_results", "source_tier": "registry_results", "verification": "verified",
                "provenance": "resultsSection.outcomeMeasuresModule", "source_url": None, "notes": None,
            }))
    onset = prim.iloc[::3]
    eff_parts.append(pd.DataFrame({
        "study_id": onset["study_id"].to_numpy(), "arm_id": "EG000", "arm_label": "experimental arm",
        "route": onset["routes"].str[0].to_numpy(), "drug": onset["drugs"].str[0].to_numpy(), "measure": "onset",
        "scale": None, "definition": "earliest significant effect", "param_type": None, "timepoint_text": "hours",
        "timepoint_hours": rng.choice([2.0, 4.0, 24.0, 72.0, 168.0], len(onset)), "value": None, "unit": "hours",
        "dispersion": None, "n_events": None, "n_total": None, "is_comparison": False, "source_kind": "abstract",
        "source_tier": "primary_paper", "verification": "auto",
        "provenance": "abstract span [10, 60]", "source_url": None, "notes": None,
    }))
    eff_parts[-1]["value"] = eff_parts[-1]["timepoint_hours"]
    efficacy = pd.concat(eff_parts, ignore_index=True)
    ae_parts = []
    for cat in AE[:4]:
        for arm_id in ("EG000", "EG001"):
            ae_parts.append(pd.DataFrame({
                "study_id": prim["study_id"].to_numpy(), "arm_id": arm_id, "arm_label": f"{arm_id} arm",
                "route": prim["routes"].str[0].to_numpy(),
                "drug": prim["drugs"].str[0].to_numpy() if arm_id == "EG000" else "other", "term": cat,
                "category": cat, "serious": False, "n_affected": rng.binomial(half, 0.2), "n_at_risk": half,
                "percent": None, "source_kind": "registry_results",
                "source_tier": "registry_results", "verification": "verified",
                "provenance": "resultsSection.adverseEventsModule", "source_url": None, "notes": None,
            }))
    # Registries list serious events apart (a few per arm); drawn from their own stream so every row above stays
    # as it was for a given seed.
    srng = np.random.default_rng(seed + 1)
    for arm_id in ("EG000", "EG001"):
        ae_parts.append(pd.DataFrame({
            "study_id": prim["study_id"].to_numpy(), "arm_id": arm_id, "arm_label": f"{arm_id} arm",
            "route": prim["routes"].str[0].to_numpy(),
            "drug": prim["drugs"].str[0].to_numpy() if arm_id == "EG000" else "other", "term": "Syncope",
            "category": "other", "serious": True, "n_affected": srng.binomial(half, 0.01), "n_at_risk": half,
            "percent": None, "source_kind": "registry_results",
            "source_tier": "registry_results", "verification": "verified",
            "provenance": "resultsSection.adverseEventsModule.seriousEvents", "source_url": None, "notes": None,
        }))
    adverse = pd.concat(ae_parts, ignore_index=True)
    return {
        "studies": schema.coerce("studies", studies), "arms": schema.coerce("arms", arms),
        "efficacy": schema.coerce("efficacy", efficacy), "adverse_events": schema.coerce("adverse_events", adverse),
        "publications": schema.empty("publications"),
    }


def write(n: int, out: Path) -> Path:
    """Write the synthetic snapshot of n studies into out/ (tables + manifest) and return out."""
    tables = make_tables(n)
    counts = {k: len(v) for k, v in tables.items()}
    store.write_tables(out, tables, {"created_at": f"synthetic-{n}", "profile": "ketamine-depression",
                                     "counts": counts, "raw_files": {}}, archive=False)
    return out


def main() -> None:
    """CLI: --studies N --out DIR."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--studies", type=int, default=1000)
    p.add_argument("--out", type=Path, required=True)
    a = p.parse_args()
    write(a.studies, a.out)
    print(f"wrote {a.studies} studies to {a.out}")


if __name__ == "__main__":
    main()
