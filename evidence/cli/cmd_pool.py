"""`pool`: a quick random-effects meta-analysis of the user's own CSV, through the dashboard's estimator."""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
from typing import TYPE_CHECKING

from evidence import vocab
from evidence.errors import ParseError
from evidence.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

NAME = "pool"
HELP = ("Random-effects meta-analysis of a CSV (study,events,total for PLO; plus events_ctl,total_ctl for RR): "
        "prints estimate, ci_low, ci_high, tau2, i2 (percent), k.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `pool`."""
    p.add_argument("file", nargs="?", default="-", help="CSV file, or - for standard input (default)")
    p.add_argument("--measure", required=True, type=str.upper, choices=["PLO", "RR"],
                   help="PLO: single-arm proportions (logit); RR: risk ratio vs control (log RR)")
    p.add_argument("--method", default="DL", type=str.upper, choices=list(vocab.POOLING_METHODS),
                   help="tau² estimator: DL (DerSimonian-Laird, default) or REML")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a readable line")


def _read(path: str) -> pd.DataFrame:
    import pandas as pd

    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8-sig").read()
    if not text.strip():
        raise ParseError(f"{'standard input' if path == '-' else path}: empty input, expected a CSV with a header")
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, skipinitialspace=True)
    except pd.errors.ParserError as exc:
        raise ParseError(f"not a readable CSV: {exc}") from exc


def _num(x: float) -> float | None:
    return None if math.isnan(x) else round(x, 10)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Pool and print; bad input raises ValueError, which the CLI turns into one line and exit 2."""
    from evidence.analysis.pooling import clean_pool_input, pool_frame, study_ci

    clean = clean_pool_input(_read(args.file), args.measure)
    res = pool_frame(clean, args.measure, args.method)
    if args.json:
        d = res.as_dict()
        out: dict[str, object] = {k: (_num(v) if isinstance(v, float) else v) for k, v in d.items()}
        ci = study_ci(clean, res.measure)
        w = 1.0 / (ci["weight_var"] + res.tau2)
        out["studies"] = [
            {"study": s, "estimate": _num(e), "ci_low": _num(lo), "ci_high": _num(hi),
             "weight_pct": _num(100 * wi / w.sum()), "corrected": bool(c)}
            for s, e, lo, hi, wi, c in zip(clean["study"], ci["estimate"], ci["ci_low"], ci["ci_high"], w,
                                           ci["corrected"], strict=True)]
        print(json.dumps(out))
        return 0
    what = "proportion" if res.measure == "PLO" else "risk ratio"
    note = f" [{res.note}]" if res.note else ""
    print(f"{what} {res.estimate:.4f} (95% CI {res.ci_low:.4f} to {res.ci_high:.4f}); tau2 {res.tau2:.4f}, "
          f"I2 {res.i2:.1f}%, Q {res.q:.3f}, k {res.k}; {res.method} random effects on "
          f"{'logits' if res.measure == 'PLO' else 'log risk ratios'}{note}")
    return 0
