"""The dashboard's numbers on the shipped snapshot, as text: what a refactor must leave unchanged.

`python -m tests.golden_numbers --write` records them in tests/fixtures/golden/ after an intended change (say why in
the commit); tests/test_golden_numbers.py compares the current code's output with the record.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

from evidence import claims as cl
from evidence import vocab
from evidence.analysis.inputs import pool_inputs
from evidence.analysis.summary import summarise
from evidence.filters import Filters
from evidence.selection import Snapshot
from evidence.store import read_tables

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
# Selections a clinician opens most: everything, and each filter kind once.
SELECTIONS: dict[str, Filters] = {
    "all": Filters(),
    "iv": Filters(routes=("intravenous",)),
    "intranasal_trd": Filters(routes=("intranasal",), populations=("TRD",)),
    "primary_sources_no_crossover": Filters(primary_sources=True, exclude_crossover=True),
}
_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+\-0-9:Z]*")


def _csv(frame: object) -> str:
    """A frame as CSV text with floats at 10 significant digits (platform noise below that is not a change)."""
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    return frame.to_csv(index=False, float_format="%.10g", lineterminator="\n")


def outputs(data_dir: Path = DATA) -> Iterator[tuple[str, str]]:
    """(file name, text) of every recorded output: summaries, pooled inputs per outcome, claim verdicts."""
    tables = read_tables(data_dir)
    for sel, f in SELECTIONS.items():
        cut = Snapshot(tables).select(f)
        everything = sel == "all"  # every grouping and outcome once; the other selections by route, main outcomes
        for by in vocab.GROUP_BY if everything else ("route",):
            yield f"summary_{sel}_{by}.csv", _csv(summarise(cut, by=by))
        for outcome in vocab.OUTCOMES if everything else ("response", "response_rr", "remission"):
            yield f"inputs_{sel}_{outcome}.csv", _csv(pool_inputs(cut, outcome, None, "route"))
        results = cl.check_claims(cl.gather(cut, regulatory_facts=cl.load_facts(data_dir)))
        text = json.dumps(cl.claims_json(results), default=str, indent=1, sort_keys=True, ensure_ascii=False)
        yield f"claims_{sel}.json", _DATE.sub("<date>", text)


def main() -> None:
    """Write the record (after an intended change) or list what differs."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--write", action="store_true")
    args = p.parse_args()
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, text in outputs():
        path = GOLDEN / name
        if args.write:
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            print("differs:", name)


if __name__ == "__main__":
    main()
