"""Atomic writes: readers see the old file or the new one, never a part; reads are schema-checked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from evidence import schema, store
from tests.conftest import small_data


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    p = tmp_path / "t.bin"
    store.atomic_write_bytes(p, b"old")
    store.atomic_write_bytes(p, b"new content")
    assert p.read_bytes() == b"new content"
    assert [x.name for x in tmp_path.iterdir()] == ["t.bin"]


def test_write_tables_validates_everything_before_touching_disk(scratch_data: Path) -> None:
    before = {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).iterdir()}
    good = store.read_table(scratch_data, "arms")
    bad = store.read_table(scratch_data, "studies").copy()
    bad["design"] = bad["design"].astype("object")
    bad.loc[0, "design"] = "anecdote"
    bad["design"] = bad["design"].astype("string")
    with pytest.raises(schema.SchemaError, match="anecdote"):
        store.write_tables(scratch_data, {"arms": good, "studies": bad}, {"created_at": "x"})
    assert {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).iterdir()} == before


def test_read_table_rejects_a_table_that_breaks_the_schema(tmp_path: Path) -> None:
    store.tables_dir(tmp_path).mkdir(parents=True)
    pd.DataFrame({"study_id": ["x"]}).to_parquet(store.tables_dir(tmp_path) / "arms.parquet")
    with pytest.raises(schema.SchemaError, match="table 'arms': missing column"):
        store.read_table(tmp_path, "arms")


def test_missing_table_reads_as_empty(tmp_path: Path) -> None:
    df = store.read_table(tmp_path, "efficacy")
    assert df.empty and list(df.columns) == schema.columns("efficacy")


def test_concurrent_reader_never_sees_a_half_written_or_mixed_snapshot(tmp_path: Path) -> None:
    import threading

    from evidence.build import build

    data = small_data(tmp_path)  # a real build of three recorded studies: a second each, so many switches are raced
    extra = store.raw_dir(data, "ctgov") / "page-00001.json.gz"  # one study's record; without it, one study fewer
    body = extra.read_bytes()
    build(data)
    big = {k: len(v) for k, v in store.read_tables(data).items()}
    extra.unlink()
    build(data)
    small = {k: len(v) for k, v in store.read_tables(data).items()}
    assert big != small and big["studies"] - small["studies"] == 1

    stop = threading.Event()
    errors: list[BaseException] = []

    def rebuild() -> None:
        try:
            for i in range(6):
                if i % 2 == 0:
                    extra.write_bytes(body)
                else:
                    extra.unlink()
                build(data)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            stop.set()

    t = threading.Thread(target=rebuild)
    t.start()
    seen = []
    while not stop.is_set():
        counts = {k: len(v) for k, v in store.read_tables(data).items()}
        seen.append(counts)
        assert counts in (big, small), counts
    t.join()
    assert not errors, errors
    assert len(seen) >= 3
