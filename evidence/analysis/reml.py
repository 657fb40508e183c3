"""REML estimate of tau² exactly as R's metafor (rma.uni, method="REML") computes it.

statsmodels has no REML for meta-analysis (its "iterated" estimator is Paule-Mandel), so this follows metafor:
Hedges start value, Fisher scoring step (y'PPy - tr P) / tr(PP) with step halving below 0, stop when the change
is below 1e-5 (at most 100 steps), then metafor's check that falls back to tau² = 0 when the restricted
likelihood at 0 is higher. Where the scoring oscillates (metafor stops with an error), the restricted likelihood
is maximised directly (scipy, bounded), which equals metafor run with halved steps.
"""

from __future__ import annotations

import numpy as np
from scipy import optimize

# metafor rma.uni control defaults for Fisher scoring.
_REML_THRESHOLD = 1e-5
_REML_MAXITER = 100
_LL0_TOL = float(np.finfo(float).eps ** 0.25)


class PoolingError(ValueError):
    """Input that cannot be pooled (no studies, a negative count, events above the denominator...)."""


def reml_tau2(yi: np.ndarray, vi: np.ndarray) -> float:
    """REML tau² of an intercept-only random-effects model, as metafor computes it.

    metafor's matrix steps in closed form, O(k) instead of k x k matrices (which need gigabytes and minutes for a
    route with thousands of studies): with W = diag(w), P = W - w w'/sum(w), Py = w (y - mu), so y'PPy =
    sum(w² (y - mu)²), tr P = sum(w) - sum(w²)/sum(w), tr PP = sum(w²) - 2 sum(w³)/sum(w) + (sum(w²)/sum(w))²;
    the start value's y'P_ols y = sum((y - mean)²) and tr(P_ols V) = sum(v) (k - 1)/k.
    """
    k = len(yi)
    rss = float(((yi - yi.mean()) ** 2).sum())
    tau2 = max(0.0, (rss - float(vi.sum()) * (k - 1) / k) / (k - 1))
    change, it = _REML_THRESHOLD + 1, 0
    while change > _REML_THRESHOLD:
        it += 1
        old = tau2
        w = 1.0 / (vi + tau2)
        sw, sw2 = float(w.sum()), float((w * w).sum())
        mu = float((w * yi).sum()) / sw
        ypp = float((w * w * (yi - mu) ** 2).sum())
        tr_p = sw - sw2 / sw
        tr_pp = sw2 - 2.0 * float((w * w * w).sum()) / sw + (sw2 / sw) ** 2
        adj = (ypp - tr_p) / tr_pp
        if np.isnan(adj):
            adj = 0.0
        while tau2 + adj < 0:
            adj /= 2
        tau2 = tau2 + adj
        change = abs(old - tau2)
        if it > _REML_MAXITER:
            return _reml_direct(yi, vi)
    if _reml_ll(yi, vi, 0.0) - _reml_ll(yi, vi, tau2) > _LL0_TOL and tau2 > _REML_THRESHOLD:
        tau2 = 0.0
    return tau2


def _reml_direct(yi: np.ndarray, vi: np.ndarray) -> float:
    """REML tau² by bounded maximisation of the restricted likelihood, for the rare data where Fisher scoring
    oscillates (metafor stops with 'did not converge' there; its maxiter=1000 run agrees with this)."""
    hi = max(100.0, 10.0 * float(np.var(yi)))
    res = optimize.minimize_scalar(lambda t: -_reml_ll(yi, vi, t), bounds=(0.0, hi), method="bounded",
                                   options={"xatol": 1e-12})
    if not res.success:
        raise PoolingError("REML did not converge; try method DL")
    tau2 = float(res.x)
    return 0.0 if _reml_ll(yi, vi, 0.0) >= _reml_ll(yi, vi, tau2) else tau2


def _reml_ll(yi: np.ndarray, vi: np.ndarray, tau2: float) -> float:
    w = 1.0 / (vi + tau2)
    mu = float((w * yi).sum() / w.sum())
    rss = float((w * (yi - mu) ** 2).sum())
    k = len(yi)
    return -0.5 * (k - 1) * np.log(2 * np.pi) - 0.5 * np.log(vi + tau2).sum() - 0.5 * np.log(w.sum()) - 0.5 * rss
