"""Controlled comparisons: ketamine arm(s) vs the comparator arm(s) of the same study at the same timepoint."""

from __future__ import annotations

import pandas as pd

from evidence.analysis.groups import KETAMINE_FORMS
from evidence.analysis.windows import NO_WINDOW, WINDOWS

_ANCHOR = {w.key: w.anchor_hours for w in WINDOWS}

PAIR_COLUMNS: list[str] = [
    "group", "window", "study_id", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "arms",
    "arms_ctl", "derived", "provenance", "source_url",
]


def controlled_pairs(arm_rows: pd.DataFrame) -> pd.DataFrame:
    """Per (group, window, study): experimental ketamine-form arms vs comparator arms, summed, at one timepoint.

    The timepoint is one both sides report, the nearest the window's anchor. Needs a `group` column on the
    experimental rows (comparator rows are matched by study, whatever their own route or drug).
    """
    ok = arm_rows[arm_rows["poolable"] & (arm_rows["window"] != NO_WINDOW)]
    exp = ok[(ok["role"] == "experimental") & ok["drug"].isin(KETAMINE_FORMS)]
    ctl = ok[ok["role"] == "comparator"].drop_duplicates(["study_id", "arm_key", "timepoint_hours"])
    if exp.empty or ctl.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    ctl_by = {k: g for k, g in ctl.groupby(["study_id", "window"], sort=False)}
    out = []
    for (group, window, sid), e in exp.groupby(["group", "window", "study_id"], sort=True):
        c = ctl_by.get((sid, window))
        if c is None:
            continue
        common = sorted(set(e["timepoint_hours"]) & set(c["timepoint_hours"]),
                        key=lambda h: (abs(h - _ANCHOR[window]), h))
        if not common:
            continue
        tp = common[0]
        ee, cc = e[e["timepoint_hours"] == tp], c[c["timepoint_hours"] == tp]
        out.append({
            "group": group, "window": window, "study_id": sid, "timepoint_hours": tp,
            "events": float(ee["events"].sum()), "total": float(ee["total"].sum()),
            "events_ctl": float(cc["events"].sum()), "total_ctl": float(cc["total"].sum()),
            "arms": "; ".join(str(x) for x in ee["arm_label"] if x),
            "arms_ctl": "; ".join(str(x) for x in cc["arm_label"] if x),
            "derived": bool(ee["derived"].any() or cc["derived"].any()),
            "provenance": " | ".join(dict.fromkeys(str(x) for x in pd.concat([ee["provenance"], cc["provenance"]]))),
            "source_url": " ".join(dict.fromkeys(str(x) for x in pd.concat([ee["source_url"], cc["source_url"]])
                                                 if x)),
        })
    return pd.DataFrame(out, columns=PAIR_COLUMNS)
