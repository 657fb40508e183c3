"""Random-effects pooling of proportions (logit, PLO) and risk ratios (log RR), matching R's metafor.

Effect sizes follow metafor's `escalc`: PLO yi = log(x/(n-x)), vi = 1/x + 1/(n-x); RR yi = log((a/n1)/(c/n2)),
vi = 1/a - 1/n1 + 1/c - 1/n2. A 0.5 continuity correction is added ONLY to the studies that have a zero cell
(metafor's default add=1/2, to="only0"; for PLO that is x == 0 or x == n). statsmodels'
`effectsize_2proportions(zero_correction=0.5)` adds it to every study instead, so it is not used here.

Estimators (both give the same z-based CI and prediction interval as `rma(..., test="z")`):
- DL: statsmodels `combine_effects(method_re="dl")`. statsmodels 0.15 does not truncate a negative DL tau² at 0
  (it then reports tau² < 0 and I² < 0); metafor does, so a negative moment estimate falls back to tau² = 0,
  which makes the random-effects result equal statsmodels' fixed-effect one.
- REML: statsmodels has no REML (its "iterated" is Paule-Mandel), so this is metafor's own Fisher scoring:
  Hedges start value, step (y'PPy - tr P)/tr(PP), halving below 0, stop when the change < 1e-5, and metafor's
  check that falls back to tau² = 0 when the likelihood at 0 is higher. Matches metafor to ~1e-12. Where that
  iteration oscillates (metafor then stops with an error), the restricted likelihood is maximised directly.
I² is metafor's 100 tau²/(tau² + typical within-study variance), H² = tau²/vt + 1, Q is Cochran's Q.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from scipy import special, stats
from statsmodels.stats.meta_analysis import combine_effects

from evidence import vocab
from evidence.analysis.reml import PoolingError, reml_tau2

# Per-study counts: a list, an array or a table column (read with np.asarray).
Counts: TypeAlias = "Sequence[float] | pd.Series[Any] | np.ndarray[Any, Any]"

MEASURES: tuple[str, ...] = ("PLO", "RR")
METHODS: tuple[str, ...] = vocab.POOLING_METHODS
Z95 = float(stats.norm.isf(0.025))
NOTE_SINGLE = "single study"
NOTE_SMALL_K = "k<3: imprecise"



@dataclass(frozen=True)
class Effects:
    """Per-study effect sizes on the analysis scale, with which studies got the 0.5 correction."""

    yi: np.ndarray
    vi: np.ndarray
    corrected: np.ndarray


@dataclass(frozen=True)
class PoolResult:
    """One random-effects pooled estimate; `estimate`/CI/PI are back-transformed (proportion or risk ratio)."""

    measure: str
    method: str
    k: int
    estimate: float
    ci_low: float
    ci_high: float
    pi_low: float
    pi_high: float
    b: float
    se: float
    tau2: float
    i2: float
    h2: float
    q: float
    q_pval: float
    note: str

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON output and DataFrame rows."""
        return asdict(self)


def _ints(values: Counts | np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1:
        raise PoolingError(f"{name}: expected a 1-D sequence of counts")
    if np.isnan(arr).any():
        raise PoolingError(f"{name}: missing value(s)")
    if (arr < 0).any():
        raise PoolingError(f"{name}: negative count(s) {arr[arr < 0].tolist()}")
    return arr


def escalc_plo(events: Counts, total: Counts) -> Effects:
    """Logit proportions like metafor escalc(measure="PLO"): 0.5 added only where x == 0 or x == n."""
    x, n = _ints(events, "events"), _ints(total, "total")
    if len(x) != len(n):
        raise PoolingError("events and total differ in length")
    if (n <= 0).any():
        raise PoolingError("total must be > 0 for every study")
    if (x > n).any():
        raise PoolingError(f"events exceed total in {int((x > n).sum())} study(ies)")
    corr = (x == 0) | (x == n)
    x = np.where(corr, x + 0.5, x)
    n = np.where(corr, n + 1.0, n)
    yi = np.log(x / (n - x))
    vi = 1.0 / x + 1.0 / (n - x)
    return Effects(yi, vi, corr)


def escalc_rr(events: Counts, total: Counts, events_ctl: Counts,
              total_ctl: Counts) -> Effects:
    """Log risk ratios like metafor escalc(measure="RR"): 0.5 added to all four cells only of studies with a zero."""
    a, n1 = _ints(events, "events"), _ints(total, "total")
    c, n2 = _ints(events_ctl, "events_ctl"), _ints(total_ctl, "total_ctl")
    if not len(a) == len(n1) == len(c) == len(n2):
        raise PoolingError("events, total, events_ctl, total_ctl differ in length")
    if (n1 <= 0).any() or (n2 <= 0).any():
        raise PoolingError("total and total_ctl must be > 0 for every study")
    if (a > n1).any() or (c > n2).any():
        raise PoolingError("events exceed their total in at least one study")
    b, d = n1 - a, n2 - c
    corr = (a == 0) | (b == 0) | (c == 0) | (d == 0)
    add = np.where(corr, 0.5, 0.0)
    a, c, n1, n2 = a + add, c + add, n1 + 2 * add, n2 + 2 * add
    yi = np.log((a / n1) / (c / n2))
    vi = 1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2
    return Effects(yi, vi, corr)


def rma(yi: Counts | np.ndarray, vi: Counts | np.ndarray, method: str = "DL") -> dict[str, float]:
    """Random-effects model on the analysis scale: b, se, ci, pi, tau2, i2, h2, q, q_pval, k (metafor's rma)."""
    method = method.upper()
    if method not in METHODS:
        raise PoolingError(f"unknown method {method!r}; use one of {list(METHODS)}")
    y, v = np.asarray(yi, dtype=float), np.asarray(vi, dtype=float)
    k = len(y)
    if k == 0:
        raise PoolingError("nothing to pool: no studies")
    if not np.isfinite(y).all() or not (np.isfinite(v) & (v > 0)).all():
        raise PoolingError("effect sizes and variances must be finite with variances > 0")
    if k == 1:
        b, se = float(y[0]), float(np.sqrt(v[0]))
        tau2 = q = i2 = 0.0
        h2, q_pval = 1.0, 1.0
    else:
        with np.errstate(invalid="ignore", divide="ignore"):  # its HKSJ extras take sqrt of negatives
            res = combine_effects(y, v, method_re="dl")
        q = max(0.0, float(res.q))
        q_pval = float(stats.chi2.sf(q, k - 1))
        if method == "DL":
            raw = float(res.tau2)
            tau2 = max(0.0, raw)
            b = float(res.mean_effect_re if raw >= 0 else res.mean_effect_fe)
            se = float(res.sd_eff_w_re if raw >= 0 else res.sd_eff_w_fe)
        else:
            tau2 = reml_tau2(y, v)
            w = 1.0 / (v + tau2)
            b, se = float((w * y).sum() / w.sum()), float(np.sqrt(1.0 / w.sum()))
        w_fe = 1.0 / v
        vt = (k - 1) / (w_fe.sum() - (w_fe**2).sum() / w_fe.sum())
        i2 = 100.0 * tau2 / (vt + tau2)
        h2 = tau2 / vt + 1.0
    half_pi = Z95 * np.sqrt(se**2 + tau2)
    return {
        "k": k, "b": b, "se": se, "ci_lb": b - Z95 * se, "ci_ub": b + Z95 * se,
        "pi_lb": b - half_pi, "pi_ub": b + half_pi, "tau2": tau2, "i2": i2, "h2": h2, "q": q, "q_pval": q_pval,
    }


def small_k_note(k: int) -> str:
    """The honesty label of a pooled value from few studies."""
    if k == 1:
        return NOTE_SINGLE
    if k < 3:
        return NOTE_SMALL_K
    return ""


def _result(measure: str, method: str, fit: dict[str, float]) -> PoolResult:
    tr = np.exp if measure == "RR" else (lambda t: float(special.expit(t)))  # expit: no overflow at extreme logits
    k = int(fit["k"])
    return PoolResult(
        measure=measure, method=method, k=k,
        estimate=float(tr(fit["b"])), ci_low=float(tr(fit["ci_lb"])), ci_high=float(tr(fit["ci_ub"])),
        pi_low=float(tr(fit["pi_lb"])), pi_high=float(tr(fit["pi_ub"])),
        b=fit["b"], se=fit["se"], tau2=fit["tau2"], i2=fit["i2"], h2=fit["h2"], q=fit["q"], q_pval=fit["q_pval"],
        note=small_k_note(k),
    )


def pool_proportions(events: Counts, total: Counts, method: str = "DL") -> PoolResult:
    """Pooled single-arm proportion (random effects on logits), back-transformed to a proportion."""
    eff = escalc_plo(events, total)
    return _result("PLO", method.upper(), rma(eff.yi, eff.vi, method))


def pool_risk_ratios(events: Counts, total: Counts, events_ctl: Counts,
                     total_ctl: Counts, method: str = "DL") -> PoolResult:
    """Pooled risk ratio (random effects on log RR), back-transformed to a ratio."""
    eff = escalc_rr(events, total, events_ctl, total_ctl)
    return _result("RR", method.upper(), rma(eff.yi, eff.vi, method))


REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "PLO": ("study", "events", "total"),
    "RR": ("study", "events", "total", "events_ctl", "total_ctl"),
}


def clean_pool_input(df: pd.DataFrame, measure: str) -> pd.DataFrame:
    """A user's table checked and reduced to study,events,total[,events_ctl,total_ctl]; PoolingError names the
    column and line of the first problem."""
    measure = measure.upper()
    if measure not in MEASURES:
        raise PoolingError(f"unknown measure {measure!r}; use one of {list(MEASURES)}")
    cols = {str(c).strip().lower(): c for c in df.columns}
    need = REQUIRED_COLUMNS[measure]
    missing = [c for c in need if c not in cols]
    if missing:
        raise PoolingError(f"missing column(s) {missing}; a {measure} table needs columns {','.join(need)}")
    if df.empty:
        raise PoolingError("nothing to pool: the table has no rows")
    out = pd.DataFrame({"study": df[cols["study"]].astype(str).to_numpy()})
    for name in need[1:]:
        raw = df[cols[name]].reset_index(drop=True)
        val = pd.to_numeric(raw, errors="coerce")
        bad = raw[val.isna() | (val != val.round())]
        if len(bad):
            row = int(bad.index[0]) + 2  # +1 header, +1 one-based
            what = "missing value" if pd.isna(bad.iloc[0]) else f"{bad.iloc[0]!r} is not a whole number"
            raise PoolingError(f"column {name!r}, line {row}: {what}")
        out[name] = val.to_numpy(dtype=float)
    for ev, tot in (("events", "total"), ("events_ctl", "total_ctl")):
        if ev in out:
            over = np.nonzero((out[ev] > out[tot]).to_numpy())[0]
            if len(over):
                raise PoolingError(f"{ev} > {tot} on line {int(over[0]) + 2} ({out['study'].iloc[over[0]]})")
    return out


def pool_frame(df: pd.DataFrame, measure: str, method: str = "DL") -> PoolResult:
    """Pool a user's table (columns study,events,total[,events_ctl,total_ctl]); clear errors on bad input."""
    clean = clean_pool_input(df, measure)
    if measure.upper() == "PLO":
        return pool_proportions(clean["events"], clean["total"], method)
    return pool_risk_ratios(clean["events"], clean["total"], clean["events_ctl"], clean["total_ctl"], method)


POOLED_FIELDS: tuple[str, ...] = ("k", "estimate", "ci_low", "ci_high", "pi_low", "pi_high", "tau2", "i2", "q", "note")


def pool_rows(rows: pd.DataFrame, measure: str, method: str = "DL") -> dict[str, object]:
    """Pool study-level rows (events,total[,events_ctl,total_ctl]) into the POOLED_FIELDS of a table row.

    No rows gives k = 0 and empty numbers rather than an error, so a summary can show the gap.
    """
    if rows.empty:
        return {"k": 0, **{f: float("nan") for f in POOLED_FIELDS[1:-1]}, "note": "no poolable data"}
    if measure == "RR":
        res = pool_risk_ratios(rows["events"], rows["total"], rows["events_ctl"], rows["total_ctl"], method)
    else:
        res = pool_proportions(rows["events"], rows["total"], method)
    d = res.as_dict()
    return {f: d[f] for f in POOLED_FIELDS}


def study_ci(rows: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Each study's own estimate with its 95% CI on the analysis scale, back-transformed (as in a forest plot)."""
    if rows.empty:
        return pd.DataFrame({"estimate": [], "ci_low": [], "ci_high": [], "weight_var": []})
    if measure == "RR":
        eff = escalc_rr(rows["events"], rows["total"], rows["events_ctl"], rows["total_ctl"])
        tr: Callable[[Any], Any] = np.exp
    else:
        eff = escalc_plo(rows["events"], rows["total"])
        tr = (lambda t: 1.0 / (1.0 + np.exp(-t)))  # noqa: E731
    half = Z95 * np.sqrt(eff.vi)
    return pd.DataFrame({
        "estimate": tr(eff.yi), "ci_low": tr(eff.yi - half), "ci_high": tr(eff.yi + half),
        "weight_var": eff.vi, "corrected": eff.corrected,
    }, index=rows.index)
