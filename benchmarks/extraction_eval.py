"""Extraction accuracy on the labelled abstracts in data/curated/pubmed (per-field precision / recall / F1).

    python benchmarks/extraction_eval.py [--data data/curated/pubmed] [--errors] [--json]

Labels: publications.csv (drug, routes, population, design, n_randomized) and the findings.csv rows whose quote is
taken from the abstract itself (NOTES.md lists the rows that quote other pages; they are excluded).
A third table scores the real PubMed abstracts of tests/fixtures/pubmed/efetch_*.xml (none of them among the 49)
against labels the team made before running the extractor on them (tests/fixtures/extraction_heldout/labels.json);
they are team labels, not curator labels, and five of the seven abstracts are off-topic (they test precision).

Matching rules
- drug / route / population: sets per abstract; micro precision/recall/F1 over (abstract, value) pairs, plus the
  share of abstracts whose predicted set equals the label set exactly. A blank label is the empty set.
- design: accuracy of the single predicted design against the label (normalised with evidence.vocab).
- N: accuracy of `n` against n_randomized, over abstracts with a labelled N (and over the subset whose labelled N
  is written in the abstract at all).
- findings (response_rate, remission_rate, onset, adverse_event): within one abstract a prediction matches a label
  when the kind is equal, |value - label| <= 0.05 and the timepoints are both blank or equal within 1 %
  (0.01 h absolute). Matching is one-to-one (each label and each prediction used once). Precision = matched /
  predicted, recall = matched / labelled, over all abstracts. "value only" ignores the timepoint.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence import vocab  # noqa: E402
from evidence.extract import extract_abstract, lexicon  # noqa: E402

try:  # noqa: E402 - where it lives now; an older checkout scored with `--code` has it in sample.py or study.py
    from evidence.extract.number_words import words_to_digits
except ImportError:  # pragma: no cover - older checkouts only
    try:
        from evidence.extract.sample import words_to_digits
    except ImportError:
        from evidence.extract.study import _words_to_digits as words_to_digits  # type: ignore[attr-defined,no-redef]

KINDS = ("response_rate", "remission_rate", "onset", "adverse_event")
HELDOUT = ROOT / "tests" / "fixtures" / "extraction_heldout" / "labels.json"


def excluded_keys(notes: str) -> set[str]:
    """Finding keys NOTES.md says quote another page, not the abstract."""
    part = notes.split("Exclude these", 1)[1].split("* The archived", 1)[0] if "Exclude these" in notes else ""
    return set(re.findall(r"F\d{3}", part))


def _set(cell: object, norm) -> set[str]:
    return {norm(v) for v in vocab.split_multi(cell)}


def _blank(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _time_equal(a: object, b: object) -> bool:
    if _blank(a) and _blank(b):
        return True
    if _blank(a) or _blank(b):
        return False
    a, b = float(a), float(b)  # type: ignore[arg-type]
    return abs(a - b) <= max(0.01, 0.01 * abs(b))


def match(preds: list[dict], labels: list[dict], use_time: bool = True) -> tuple[int, list[dict], list[dict]]:
    """One-to-one matches; returns (matched, unmatched predictions, unmatched labels)."""
    free = list(range(len(preds)))
    missed = []
    tp = 0
    for lab in labels:
        hit = None
        for i in free:
            p = preds[i]
            if p["kind"] != lab["kind"] or p.get("value") is None:
                continue
            if abs(float(p["value"]) - float(lab["value"])) > 0.05:
                continue
            if use_time and not _time_equal(p.get("timepoint_hours"), lab.get("timepoint_hours")):
                continue
            hit = i
            break
        if hit is None:
            missed.append(lab)
        else:
            free.remove(hit)
            tp += 1
    return tp, [preds[i] for i in free], missed


def prf(tp: int, npred: int, nlab: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if nlab == 0 else 0.0)
    r = tp / nlab if nlab else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def curated_records(data: Path, subset: set[str] | None = None) -> list[dict]:
    """Labelled records (text + labels) from the curated CSVs and abstract files in `data`."""
    pubs = pd.read_csv(data / "publications.csv")
    finds = pd.read_csv(data / "findings.csv")
    skip = excluded_keys((data / "NOTES.md").read_text(encoding="utf-8"))
    finds = finds[~finds["key"].isin(skip) & finds["kind"].isin(KINDS)]
    out = []
    for _, pub in pubs.iterrows():
        fname = pub.get("abstract_file")
        if _blank(fname) or (subset is not None and fname not in subset):
            continue
        path = data / "abstracts" / str(fname)
        if not path.exists():
            continue
        out.append({
            "name": str(fname),
            "text": path.read_text(encoding="utf-8"),
            "drugs": _set(pub["drug"], vocab.normalise_drug),
            "routes": _set(pub["routes"], vocab.normalise_route),
            "population": _set(pub["population"], vocab.normalise_population),
            "design": vocab.normalise_design(str(pub["pub_type"])),
            "n": None if _blank(pub["n_randomized"]) else int(pub["n_randomized"]),
            "findings": [
                {"kind": r["kind"], "value": r["value"], "timepoint_hours": r["timepoint_hours"], "key": r["key"]}
                for _, r in finds[finds["abstract_file"] == fname].iterrows()
            ],
        })
    return out


def heldout_records(labels: Path = HELDOUT) -> list[dict]:
    """Team-labelled real PubMed abstracts (tests/fixtures), parsed the way the build parses fetched XML."""
    from evidence.parse.pubmed import parse_pubmed_xml

    spec = json.loads(labels.read_text(encoding="utf-8"))
    out = []
    for r in spec["records"]:
        xml = (labels.parent.parent / "pubmed" / r["file"]).read_bytes()
        pubs = parse_pubmed_xml(xml, r["file"]).tables["publications"]
        row = pubs[pubs["pmid"] == r["pmid"]].iloc[0]
        out.append({
            "name": f"PMID {r['pmid']}",
            "text": row["abstract"],
            "drugs": {vocab.normalise_drug(x) for x in r["drugs"]},
            "routes": {vocab.normalise_route(x) for x in r["routes"]},
            "population": {vocab.normalise_population(x) for x in r["population"]},
            "design": vocab.normalise_design(r["design"]),
            "n": r["n"],
            "findings": [dict(f, key=f"{r['pmid']}#{i}") for i, f in enumerate(r["findings"])],
        })
    return out


def evaluate(data: Path, subset: set[str] | None = None) -> dict:
    """All metrics over the curated abstracts in `data` (or the named subset of abstract files)."""
    return evaluate_records(curated_records(data, subset))


def evaluate_records(records: list[dict]) -> dict:
    """All metrics over labelled records (see curated_records for their shape)."""
    rows = []
    errors: list[str] = []
    sets = {k: [0, 0, 0, 0, 0] for k in ("drug", "route", "route, label named in abstract", "population")}
    # tp, npred, nlab, exact, count
    design_ok = design_n = 0
    n_ok = n_n = n_stated_ok = n_stated = 0
    find_tp = {k: [0, 0, 0] for k in KINDS}
    find_tp_v = {k: [0, 0, 0] for k in KINDS}
    per_record: list[dict[str, tuple[int, ...]]] = []  # each abstract's counts, for bootstrap intervals
    for rec in records:
        fname, text = rec["name"], rec["text"]
        out: dict[str, Any] = extract_abstract(text)
        counts: dict[str, tuple[int, ...]] = {"design": (int(out["design"] == rec["design"]), 1)}
        if rec["n"] is not None:
            counts["N (n_randomized)"] = (int(out["n"] == rec["n"]), 1)
        for field, lab, pred in (
            ("drug", rec["drugs"], out["drugs"]),
            ("route", rec["routes"], out["routes"]),
            ("population", rec["population"], out["population"]),
        ):
            pr = set(pred)
            s = sets[field]
            s[0] += len(lab & pr)
            s[1] += len(pr)
            s[2] += len(lab)
            s[3] += lab == pr
            s[4] += 1
            if field != "population":
                counts[field] = (len(lab & pr), len(pr), len(lab))
            if lab != pr:
                errors.append(f"{fname}: {field} predicted {sorted(pr)} label {sorted(lab)}")
        # Routes the abstract never names (e.g. a review's routes taken from its tables) cannot be read from it.
        named = set(lexicon.find_routes(text))
        lab = rec["routes"] & named
        pr = set(out["routes"])
        s = sets["route, label named in abstract"]
        s[0] += len(lab & pr)
        s[1] += len(pr)
        s[2] += len(lab)
        s[3] += lab == pr
        s[4] += 1
        design = rec["design"]
        design_n += 1
        design_ok += out["design"] == design
        if out["design"] != design:
            errors.append(f"{fname}: design predicted {out['design']} label {design}")
        if rec["n"] is not None:
            n_lab = rec["n"]
            n_n += 1
            n_ok += out["n"] == n_lab
            stated = re.search(rf"(?<![\d.,]){n_lab}(?![\d.,]\d)", words_to_digits(text)) is not None
            n_stated += stated
            n_stated_ok += stated and out["n"] == n_lab
            if out["n"] != n_lab:
                errors.append(f"{fname}: n predicted {out['n']} label {n_lab}{'' if stated else ' (not in text)'}")
        labels = rec["findings"]
        preds = [f for f in out["findings"] if f["kind"] in KINDS]
        for kind in KINDS:
            pk = [p for p in preds if p["kind"] == kind]
            lk = [x for x in labels if x["kind"] == kind]
            tp, fp, fn = match(pk, lk)
            find_tp[kind][0] += tp
            find_tp[kind][1] += len(pk)
            find_tp[kind][2] += len(lk)
            tpv, _, _ = match(pk, lk, use_time=False)
            find_tp_v[kind][0] += tpv
            find_tp_v[kind][1] += len(pk)
            find_tp_v[kind][2] += len(lk)
            counts[kind] = (tp, len(pk), len(lk))
            for extra in fp:
                errors.append(
                    f"{fname}: extra {kind} {extra['value']} t={extra['timepoint_hours']} arm={extra['arm']}")
            for x in fn:
                errors.append(f"{fname}: missed {x['key']} {kind} {x['value']} t={x['timepoint_hours']}")
        rows.append(fname)
        per_record.append(counts)
    table = []
    for field, (tp, npred, nlab, exact, count) in sets.items():
        p, r, f = prf(tp, npred, nlab)
        table.append({"field": field, "precision": p, "recall": r, "f1": f, "exact": exact / count, "n": count})
    table.append({"field": "design", "precision": None, "recall": None, "f1": None,
                  "exact": design_ok / design_n if design_n else None, "n": design_n})
    table.append({"field": "N (n_randomized)", "precision": None, "recall": None, "f1": None,
                  "exact": n_ok / n_n if n_n else None, "n": n_n})
    table.append({"field": "N, label written in abstract", "precision": None, "recall": None, "f1": None,
                  "exact": n_stated_ok / n_stated if n_stated else None, "n": n_stated})
    for kind in KINDS:
        tp, npred, nlab = find_tp[kind]
        p, r, f = prf(tp, npred, nlab)
        tpv = find_tp_v[kind][0]
        pv, rv, fv = prf(tpv, npred, nlab)
        table.append({"field": kind, "precision": p, "recall": r, "f1": f, "exact": None, "n": nlab,
                      "predicted": npred, "f1_value_only": fv})
    return {"abstracts": len(rows), "table": table, "errors": errors, "per_record": per_record}


def _score(counts: list[tuple[int, ...]]) -> float | None:
    """Accuracy of (ok, 1) pairs or F1 of (tp, predicted, labelled) triples, summed over abstracts."""
    if not counts:
        return None
    sums = [sum(c[i] for c in counts) for i in range(len(counts[0]))]
    if len(sums) == 2:
        return sums[0] / sums[1] if sums[1] else None
    tp, npred, nlab = sums
    return prf(tp, npred, nlab)[2] if npred + nlab else None


def bootstrap_intervals(per_record: list[dict[str, tuple[int, ...]]], draws: int = 2000, seed: int = 0,
                        level: float = 0.95) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap interval of each field's score, resampling whole abstracts: how far a split of a few
    dozen abstracts can be trusted (a 0.05 move inside the interval is not a change)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    fields = sorted({f for r in per_record for f in r})
    picks = rng.integers(0, len(per_record), size=(draws, len(per_record))) if per_record else None
    out: dict[str, tuple[float, float]] = {}
    for field in fields:
        scores = []
        for row in picks if picks is not None else []:
            v = _score([per_record[i][field] for i in row if field in per_record[i]])
            if v is not None:
                scores.append(v)
        if scores:
            lo, hi = np.quantile(scores, [(1 - level) / 2, (1 + level) / 2])
            out[field] = (float(lo), float(hi))
    return out


def _interval(iv: tuple[float, float] | None) -> str:
    return "" if iv is None else f"{iv[0]:.2f}-{iv[1]:.2f}"


def markdown(res: dict, title: str) -> str:
    lines = [f"**{title}** ({res['abstracts']} abstracts)", "",
             "| field | precision | recall | F1 | exact / accuracy | labels | predicted | F1 value-only |"
             + (" 95% interval |" if "intervals" in res else ""),
             "|---|---|---|---|---|---|---|---|" + ("---|" if "intervals" in res else "")]

    def f(x: object) -> str:
        return "" if x is None else f"{x:.3f}"

    for r in res["table"]:
        lines.append(
            f"| {r['field']} | {f(r['precision'])} | {f(r['recall'])} | {f(r['f1'])} | {f(r['exact'])} | {r['n']} "
            f"| {r.get('predicted', '')} | {f(r.get('f1_value_only'))} |"
            + (f" {_interval(res['intervals'].get(r['field']))} |" if "intervals" in res else "")
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "curated" / "pubmed")
    ap.add_argument("--errors", action="store_true", help="list every mismatch")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--halves", action="store_true", help="also score the two alternating halves of the files")
    ap.add_argument("--heldout", type=Path, default=HELDOUT, help="team-labelled held-out set (labels.json)")
    args = ap.parse_args(argv)
    res = evaluate(args.data)
    res["intervals"] = bootstrap_intervals(res.pop("per_record"))
    held = evaluate_records(heldout_records(args.heldout)) if args.heldout.exists() else None
    if held is not None:
        held.pop("per_record")
    if args.json:
        print(json.dumps({**res, "heldout": held}, indent=2, default=str))  # curated keys stay at the top
        return 0
    print(markdown(res, "All labelled abstracts"))
    if args.halves:
        files = sorted(p.name for p in (args.data / "abstracts").glob("*.txt"))
        for name, part in (("Half A (even positions)", files[0::2]), ("Half B (odd positions)", files[1::2])):
            print()
            print(markdown(evaluate(args.data, set(part)), name))
    if held is not None:
        print()
        print(markdown(held, "Held-out real PubMed abstracts, TEAM-made labels (not curator labels)"))
    if args.errors:
        print()
        for e in res["errors"] + (["held-out: " + e for e in held["errors"]] if held else []):
            print("-", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
