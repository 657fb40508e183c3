"""Issue 20, app side: a workspace whose studies all share one year opens (no st.slider with min == max); the
Refresh error is shown as plain text, never Markdown (AppTest runs the real dashboard.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from evidence import store
from tests.conftest import ROOT, copy_data


def one_year_workspace(tmp_path: Path) -> Path:
    data = copy_data(tmp_path)
    tables = store.read_tables(data)
    tables["studies"]["year"] = tables["studies"]["year"].fillna(2021) * 0 + 2021
    store.write_tables(data, tables, store.read_manifest(data), archive=False)
    return data


def test_the_app_opens_when_every_study_has_the_same_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = one_year_workspace(tmp_path)
    assert set(store.read_tables(data)["studies"]["year"].dropna()) == {2021}
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(data))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["year_min"] = "2019"
    at.run()
    assert not at.exception, at.exception
    assert any("every study is from 2021" in c.value for c in at.caption)
    assert len(at.sidebar.multiselect) >= 4 and at.sidebar.text_input  # the whole sidebar is drawn


def test_the_refresh_error_is_plain_text_never_markdown(scratch_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.loopback import LoopbackServer, Reply

    body = b'{"message": "![pixel](http://127.0.0.1:9/pixel.png) **bold** [link](javascript:alert(1))"}'
    with LoopbackServer(lambda req: Reply(404, body)) as srv:
        monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
        monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", srv.url + "/api/v2")
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        at.query_params["tab"] = "Refresh & changes"
        at.run()
        at.multiselect(key="refresh_sources").unselect("PubMed")
        at.button(key="refresh").click()
        at.run(timeout=120)
    assert not at.exception, at.exception
    markdown_like = [e.value for e in [*at.error, *at.markdown, *at.caption, *at.success, *at.warning, *at.info]]
    assert not any("pixel.png" in str(v) for v in markdown_like), markdown_like  # nothing rendered as Markdown
    assert any("![pixel](http://127.0.0.1:9/pixel.png)" in t.value for t in at.text)  # shown, as plain text
    assert any("previous snapshot kept" in e.value for e in at.error)
