"""Each dashboard view in a real Streamlit run (AppTest): numbers match the tables and follow the filters."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from evidence import analysis, store
from tests.app_support import figure, frame_with, goto, metrics, query, start, studies_table
from tests.conftest import DATA
from tests.plotly_spec import decode


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return store.read_tables(DATA)


@pytest.fixture(scope="module")
def app() -> AppTest:
    return start()


def _with_route(studies: pd.DataFrame, route: str) -> pd.DataFrame:
    return studies[[route in list(r) for r in studies["routes"]]]


def test_overview_metrics_follow_the_route_filter(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    s = tables["studies"]
    m = metrics(app)
    assert m["Studies"] == str(len(s))
    primary = s[~s["is_secondary"]]
    assert m["Participants (primary studies)"] == f"{int(primary['enrollment'].fillna(0).sum()):,}"
    at = start({"routes": "intranasal"})
    nasal = _with_route(s, "intranasal")
    m2 = metrics(at)
    assert m2["Studies"] == str(len(nasal)) != m["Studies"]
    assert m2["Randomised trials"] == str(int((nasal[~nasal["is_secondary"]]["design"].isin(["rct", "crossover_rct"])
                                                ).sum()))
    counts = figure(at, "studies by route")["data"][0]
    got = dict(zip(decode(counts["x"]), decode(counts["y"]), strict=True))
    assert got["intranasal"] == len(nasal) and got["intravenous"] == sum("intravenous" in r for r in nasal["routes"])


def test_overview_opens_on_one_chart_and_each_part_has_its_own_link(app: AppTest,
                                                                     tables: dict[str, pd.DataFrame]) -> None:
    from tests.plotly_spec import figures

    assert len(figures(app)) == 1 and not app.dataframe  # the first view is light: the route chart only
    assert "overview" not in query(app)
    s = _with_route(tables["studies"], "oral")
    at = start({"overview": "Studies by year", "routes": "oral"})
    years = figure(at, "studies by year")
    assert len(figures(at)) == 1 and query(at)["overview"] == "Studies by year"
    shown = sum(sum(decode(t["y"])) for t in years["data"])
    assert shown == int(s["year"].notna().sum()) > 0
    at = start({"overview": "Study designs", "routes": "oral"})
    mix = figure(at, "evidence type mix")["data"][0]
    assert dict(zip(decode(mix["y"]), decode(mix["x"]), strict=True)) == s["design"].value_counts().to_dict()
    at = start({"overview": "Per-route numbers", "routes": "oral"})
    per_route = frame_with(at, "route", "studies", "participants").set_index("route")
    assert per_route.loc["oral", "studies"] == len(s) and not figures(at)
    at.multiselect(key="routes").set_value(["intravenous"])
    at.run()
    assert query(at)["overview"] == "Per-route numbers" and query(at)["routes"] == "intravenous"  # kept in the URL
    assert frame_with(at, "route", "studies").set_index("route").loc["intravenous", "studies"] == len(
        _with_route(tables["studies"], "intravenous"))


def test_every_filter_round_trips_through_the_url() -> None:
    q = {"routes": "intranasal,intravenous", "drugs": "esketamine", "populations": "TRD", "designs": "rct",
         "phases": "PHASE3", "statuses": "COMPLETED", "comparators": "placebo", "sources": "registry",
         "year_min": "2014", "min_n": "100", "has_numbers": "1", "search": "esketamine"}
    at = start(q)
    assert at.multiselect(key="routes").value == ["intranasal", "intravenous"]
    assert at.multiselect(key="phases").value == ["PHASE3"]
    assert at.slider(key="years").value[0] == 2014
    assert at.number_input(key="min_n").value == 100
    assert at.checkbox(key="has_numbers").value is True
    assert query(at) == q
    shown = studies_table(at)
    q["tab"] = "Study explorer"
    assert len(shown) >= 1 and all("esketamine" in d for d in shown["drugs"])
    assert all(p == "PHASE3" for p in shown["phase"]) and all(n >= 100 for n in shown["n"])
    # a widget change rewrites the URL, and unknown values from a hand-edited URL are dropped
    at.multiselect(key="phases").unselect("PHASE3")
    at.run()
    assert "phases" not in query(at) and query(at)["tab"] == "Study explorer"
    bad = start({"routes": "teleport,oral", "year_min": "abc"})
    assert query(bad) == {"routes": "oral"}


def test_an_empty_selection_is_explained_not_blank() -> None:
    at = start({"search": "no study has this text"})
    assert any("No study matches these filters" in w.value for w in at.warning)
    assert any("No study matches" in i.value for i in at.info)  # in the open tab too
    for tab in ("Onset", "Response", "Side effects", "Claim check", "Study explorer", "Downloads"):
        assert any("No study matches" in i.value for i in goto(at, tab).info), tab
    assert at.title and at.caption[0].value.startswith("Snapshot ")


def test_onset_chart_shows_the_onset_rows_by_route(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    fig = figure(goto(app, "Onset"), "onset by route")
    assert fig["layout"]["xaxis"]["type"] == "log"
    eff = tables["efficacy"]
    on = eff[eff["measure"] == "onset"]
    for trace in [t for t in fig["data"] if t["type"] == "box"]:
        hours = decode(trace["x"])
        reported = {float(v) for v in on.loc[on["route"] == trace["name"], "timepoint_hours"].dropna()}
        assert hours and set(hours) <= reported
        assert all(cd[0] for cd in trace["customdata"])  # study id in every hover


def test_forest_plot_shows_study_proportions_and_changes_with_window(app: AppTest,
                                                                    tables: dict[str, pd.DataFrame]) -> None:
    fig = figure(goto(app, "Response"), "forest plot")
    eff = tables["efficacy"]
    row = eff[(eff["study_id"] == "NCT01304147") & (eff["measure"] == "response") & (eff["timepoint_hours"] == 24)
              & eff["n_events"].notna()].iloc[0]
    xs = [x for t in fig["data"] if t.get("mode") == "markers" for x in decode(t["x"])]
    assert any(abs(x - row["n_events"] / row["n_total"]) < 1e-9 for x in xs)
    assert any("k=" in lab and "I²" in lab for lab in fig["layout"]["yaxis"]["ticktext"])
    app.selectbox(key="window").select("d21_42")
    app.run()
    assert not app.exception
    fig2 = figure(app, "forest plot")
    assert "days 21–42" in fig2["layout"]["title"]["text"] and fig2["data"] != fig["data"]
    assert query(app)["window"] == "d21_42" and query(app)["tab"] == "Response"
    app.selectbox(key="outcome").select("response_rr")
    app.run()
    rr = figure(app, "forest plot")
    assert rr["layout"]["xaxis"]["type"] == "log"
    comp = figure(app, "pooled risk ratio by comparator")
    assert "placebo" in comp["data"][0]["y"]


def test_side_effects_heatmap_matches_the_ae_rows(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    hm = figure(goto(app, "Side effects"), "adverse-event incidence")["data"][0]
    i, j = hm["y"].index("intranasal"), hm["x"].index("dissociation")
    events, total = (int(v) for v in hm["customdata"][i][j][0].split("/"))
    ae = tables["adverse_events"]
    rows = ae[(ae["route"] == "intranasal") & (ae["category"] == "dissociation") & ae["n_at_risk"].notna()
              & (ae["n_affected"].notna() | ae["percent"].notna())]
    # events are counts, or percent x at-risk rebuilt by the analysis (ketamine arms only): bounded by the rows
    rebuilt = rows["n_affected"].fillna((rows["percent"] * rows["n_at_risk"] / 100).round()).astype(int)
    assert 0 < total <= int(rows["n_at_risk"].sum()) and 0 < events <= int(rebuilt.sum())
    inc = analysis.ae_incidence(tables)
    ref = inc[(inc["group"] == "intranasal") & (inc["category"] == "dissociation")].iloc[0]
    assert (events, total) == (int(ref["events"]), int(ref["total"]))
    assert hm["z"][i][j] == pytest.approx(ref["estimate"])
    assert frame_with(app, "term", "category", "n_affected", "provenance") is not None


def test_claim_check_follows_the_filter(app: AppTest) -> None:
    texts = [m.value for m in goto(app, "Claim check").markdown]
    assert any("Ketamine works within hours" in t for t in texts)
    verdicts = [t for t in texts if "Verdict" in t]
    assert len(verdicts) == 5
    oral = start({"routes": "oral", "tab": "Claim check"})
    oral_verdicts = [m.value for m in oral.markdown if "Verdict" in m.value]
    assert oral_verdicts != verdicts and any("no evidence in this selection" in v for v in oral_verdicts)


def test_explorer_shows_a_study_with_provenance_and_keeps_it_in_the_url(tables: dict[str, pd.DataFrame]) -> None:
    at = start({"study": "NCT01304147", "tab": "Study explorer"})
    assert at.selectbox(key="study").value == "NCT01304147"
    title = tables["studies"].set_index("study_id").loc["NCT01304147", "title"]
    assert any(t.value.startswith("NCT01304147: ") and str(title) in t.value for t in at.text)
    outcomes = frame_with(at, "measure", "provenance", "verification", "source_url")
    assert len(outcomes) == int((tables["efficacy"]["study_id"] == "NCT01304147").sum())
    assert query(at)["study"] == "NCT01304147"
    table = studies_table(at)
    reg = table.set_index("study").loc["NCT01304147", "registry"]
    assert reg == "https://clinicaltrials.gov/study/NCT01304147"
    at.text_input(key="explorer_search").input("esketamine")
    at.run()
    assert 0 < len(studies_table(at)) < len(table)


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """Bytes of every file the app offers for download, by file name (files built on click are collected by
    `click_all`, which runs them through Streamlit's own MediaFileManager.execute_deferred, as a click does)."""
    files: dict[str, bytes] = {}
    orig = MemoryMediaFileStorage.load_and_get_id

    def keep(self: Any, data: Any, mimetype: str, kind: Any, filename: str | None = None) -> str:
        if filename and isinstance(data, bytes):
            files[filename] = data
        return orig(self, data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The deferred downloads the script registered: file name -> a click (execute_deferred of its manager)."""
    clicks: dict[str, Any] = {}
    orig = MediaFileManager.add_deferred

    def register(self: Any, data_callable: Any, mimetype: Any, coordinates: str, file_name: str | None = None,
                 **kw: Any) -> str:
        file_id = orig(self, data_callable, mimetype, coordinates, file_name, **kw)
        clicks[str(file_name)] = lambda: self.execute_deferred(file_id)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", register)
    return clicks


def test_downloads_carry_the_filtered_selection(captured: dict[str, bytes], deferred: dict[str, Any],
                                                tables: dict[str, pd.DataFrame]) -> None:
    start({"routes": "oral", "tab": "Downloads"})
    oral = _with_route(tables["studies"], "oral")
    assert not captured  # nothing is built until a button is clicked
    for click in deferred.values():
        assert click().startswith("/mock/media/")
    assert {"summary_by_route.csv", "summary_by_route.xlsx", "studies.csv", "findings_with_provenance.csv",
            "citations.ris", "evidence_bundle.zip"} <= set(captured)
    studies = pd.read_csv(io.BytesIO(captured["studies.csv"]), comment="#")
    assert sorted(studies["study"]) == sorted(oral["study_id"])
    head = captured["studies.csv"].decode().splitlines()[:8]
    assert any(line.startswith("# filters: routes=oral") for line in head)
    findings = pd.read_csv(io.BytesIO(captured["findings_with_provenance.csv"]), comment="#")
    assert set(findings["route"]) <= {"oral"} and findings["provenance"].notna().all()
    wb = openpyxl.load_workbook(io.BytesIO(captured["summary_by_route.xlsx"]))
    cells = [c.value for row in wb.active.iter_rows() for c in row]
    assert "oral" in cells and not any(isinstance(v, str) and v.startswith("=") for v in cells)
    ris = captured["citations.ris"].decode()
    assert ris.count("ER  - ") == len(oral)
