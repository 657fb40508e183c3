"""Extraction accuracy on the blind-labelled set (tests/fixtures/extraction_blind/), per split, with the repo's scorer.

    python benchmarks/extraction_blind.py [--split dev|...|dev14|untouched7|untouched9|all] [--code DIR] [--errors]
        [--json] [--write-accuracy PATH]

The labels were written by a reader who is not the one changing the rules, before the extractor was run on them;
`--code DIR` scores the `evidence` package of another checkout (e.g. `git worktree add /tmp/ex-old e32582d`, then
`--code /tmp/ex-old`) with the same scorer, so before/after are measured side by side. Scoring is
benchmarks/extraction_eval.py's `evaluate_records` (sets for drug/route/population, accuracy for design and N,
one-to-one matching of findings on kind, value within 0.05 and timepoint within 1 %), plus the off-topic check:
findings (and adverse-event mentions) predicted on abstracts labelled off-topic, which must be none. Each score of
design, N and the findings comes with a 95% percentile bootstrap interval over the split's abstracts (2,000 draws,
seed 0): on a split of a few dozen abstracts a move inside it is not a measured change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "fixtures" / "extraction_blind"
KINDS = ("response_rate", "remission_rate", "onset", "adverse_event")


def _load_code(code: Path) -> None:
    """Import `evidence` from `code` before the scorer imports it from this checkout (modules are cached)."""
    sys.path.insert(0, str(code))
    import evidence.extract  # noqa: F401 - cached for the scorer

    sys.path.remove(str(code))


def _list(x: object) -> list[str]:
    if x is None:
        return []
    if isinstance(x, str):
        return [v.strip() for v in x.replace(";", ",").split(",") if v.strip()]
    return [str(v) for v in cast(Iterable[object], x)]


def load_records(blind: Path = BLIND) -> list[dict]:
    """Records in extraction_eval's shape, each with its split and whether it is off-topic."""
    from evidence import vocab

    spec = json.loads((blind / "labels.json").read_text(encoding="utf-8"))
    raw = spec["records"] if isinstance(spec, dict) and "records" in spec else spec
    split_of: dict[str, str] = {}
    if isinstance(spec, dict) and isinstance(spec.get("splits"), dict):
        for split, ids in spec["splits"].items():
            for i in ids:
                split_of[str(i)] = split
    out = []
    for i, r in enumerate(raw):
        rid = str(r.get("id") or r.get("pmid") or r.get("file") or i)
        text = r.get("abstract") or r.get("text")
        if not text:
            name = r.get("file") or r.get("abstract_file") or f"{rid}.txt"
            path = blind / "abstracts" / name
            if not path.exists():
                path = blind / name
            text = path.read_text(encoding="utf-8")
        findings = [f for f in (r.get("findings") or []) if f.get("kind") in KINDS]
        out.append({
            "name": rid,
            "text": text,
            "split": str(r.get("split") or split_of.get(rid) or "unsplit"),
            "off_topic": bool(r.get("off_topic") or r.get("offtopic") or r.get("category") == "off_topic"),
            "drugs": {vocab.normalise_drug(x) for x in _list(r.get("drugs", r.get("drug")))},
            "routes": {vocab.normalise_route(x) for x in _list(r.get("routes"))},
            "population": {vocab.normalise_population(x) for x in _list(r.get("population"))},
            "design": vocab.normalise_design(str(r.get("design") or "other")),
            "n": r.get("n", r.get("n_randomized")),
            "findings": [dict(f, key=f"{rid}#{k}") for k, f in enumerate(findings)],
        })
    return out


def off_topic_findings(records: list[dict]) -> tuple[int, int, list[str]]:
    """(off-topic abstracts, clinical findings + AE mentions predicted on them, which)."""
    from evidence.extract import extract_abstract

    n = hits = 0
    where = []
    for rec in records:
        if not rec["off_topic"]:
            continue
        n += 1
        out: dict[str, Any] = extract_abstract(rec["text"])
        k = len([f for f in out["findings"] if f["kind"] in KINDS]) + len(out.get("ae_mentions") or [])
        hits += k
        if k:
            where.append(f"{rec['name']}: {k}")
    return n, hits, where


def heldout_splits(splits: Iterable[str]) -> list[str]:
    """The splits no rule was tuned on: their names start with 'untouched'."""
    return sorted(s for s in splits if s.startswith("untouched"))


def heldout_accuracy(records: list[dict], splits: list[str]) -> dict[str, object]:
    """The held-out records scored as one set, in the JSON form the dashboard reads."""
    from benchmarks import extraction_eval
    from evidence.extract import accuracy

    res = extraction_eval.evaluate_records(records)
    res["off_topic"] = off_topic_findings(records)
    res["intervals"] = extraction_eval.bootstrap_intervals(res.pop("per_record"))
    return accuracy.to_dict(accuracy.from_scores(res, splits))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blind", type=Path, default=BLIND)
    ap.add_argument("--split", default="all",
                    help="dev .. dev14, untouched7, untouched9 (any split name in labels.json) or all")
    ap.add_argument("--code", type=Path, default=None, help="checkout whose `evidence` package is scored")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--write-accuracy", type=Path, default=None, metavar="PATH",
                    help="score all held-out (untouched*) splits as one set and write the figures the dashboard "
                         "shows (evidence/extract/heldout_accuracy.json)")
    args = ap.parse_args(argv)
    if args.code is not None:
        _load_code(args.code.resolve())
    sys.path.insert(0, str(ROOT))
    from benchmarks import extraction_eval  # noqa: E402 - the repo's scorer

    records = load_records(args.blind)
    splits = sorted({r["split"] for r in records})
    if args.write_accuracy is not None:
        held = heldout_splits(splits)
        acc = heldout_accuracy([r for r in records if r["split"] in held], held)
        args.write_accuracy.write_text(json.dumps(acc, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write_accuracy}: {', '.join(held)}")
        return 0
    chosen = splits if args.split == "all" else [args.split]
    if args.split != "all" and args.split not in splits:
        ap.error(f"no split {args.split!r} in labels.json (splits: {', '.join(splits)}; the spent untouched and "
                 "untouched2 / untouched3 splits are now dev3, dev4 and dev5)")
    results = {}
    for split in chosen:
        recs = [r for r in records if r["split"] == split]
        res = extraction_eval.evaluate_records(recs)
        res["off_topic"] = off_topic_findings(recs)
        res["intervals"] = extraction_eval.bootstrap_intervals(res.pop("per_record"))
        results[split] = res
    import evidence

    code = str(Path(evidence.__file__).resolve().parents[1])
    if args.json:
        print(json.dumps({"code": code, "splits": results}, indent=2, default=str))
        return 0
    print(f"code scored: {code}\n")
    for split, res in results.items():
        print(extraction_eval.markdown(res, f"Blind set, split `{split}`"))
        n, hits, where = res["off_topic"]
        print(f"\noff-topic abstracts: {n}; clinical findings or AE mentions predicted on them: {hits}"
              + (f" ({', '.join(where)})" if where else ""))
        if args.errors:
            print()
            for e in res["errors"]:
                print("-", e)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
