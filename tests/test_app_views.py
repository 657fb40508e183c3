"""Each dashboard view in a real Streamlit run (AppTest): numbers match the tables and follow the filters."""

from __future__ import annotations

import io
import json
import re
import zipfile
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
    assert m["Participants"] == f"{int(primary['enrollment'].fillna(0).sum()):,}"
    at = start({"routes": "intranasal"})
    nasal = _with_route(s, "intranasal")
    m2 = metrics(at)
    assert m2["Studies"] == str(len(nasal)) != m["Studies"]
    assert m2["RCTs"] == str(int((nasal[~nasal["is_secondary"]]["design"].isin(["rct", "crossover_rct"])
                                                ).sum()))
    counts = figure(at, "studies by route")["data"][0]
    got = dict(zip(decode(counts["x"]), decode(counts["y"]), strict=True))
    assert got["intranasal (IN)"] == len(nasal)
    assert got["intravenous (IV)"] == sum("intravenous" in r for r in nasal["routes"])


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
    from evidence.charts.labels import DESIGN_LABELS

    assert dict(zip(decode(mix["y"]), decode(mix["x"]), strict=True)) == {
        DESIGN_LABELS[d]: n for d, n in s["design"].value_counts().to_dict().items()}
    at = start({"overview": "Per-route numbers", "routes": "oral"})
    per_route = frame_with(at, "route", "studies", "participants").set_index("route")
    assert per_route.loc["oral (PO)", "studies"] == len(s) and not figures(at)
    at.multiselect(key="routes").set_value(["intravenous"])
    at.run()
    assert query(at)["overview"] == "Per-route numbers" and query(at)["routes"] == "intravenous"  # kept in the URL
    assert frame_with(at, "route", "studies").set_index("route").loc["intravenous (IV)", "studies"] == len(
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
    q["tab"] = "Studies"
    assert len(shown) >= 1 and all("esketamine" in d for d in shown["drugs"])
    assert all(p == "phase 3" for p in shown["phase"]) and all(n >= 100 for n in shown["n (enrolled)"])
    # a widget change rewrites the URL, and unknown values from a hand-edited URL are dropped
    at.multiselect(key="phases").unselect("PHASE3")
    at.run()
    assert "phases" not in query(at) and query(at)["tab"] == "Studies"
    bad = start({"routes": "teleport,oral", "year_min": "abc"})
    assert query(bad) == {"routes": "oral"}


def test_an_empty_selection_is_explained_not_blank() -> None:
    at = start({"search": "no study has this text"})
    assert any("No study matches these filters" in w.value for w in at.warning)
    assert any("No study matches" in i.value for i in at.info)  # in the open tab too
    for tab in ("Onset", "Response", "Side effects", "Claim check", "Study explorer", "Downloads"):
        assert any("No study matches" in i.value for i in goto(at, tab).info), tab
    assert at.title and "Snapshot of " in at.caption[0].value


def test_onset_chart_shows_the_onset_rows_by_route(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    from evidence.charts.labels import ROUTE_LABELS

    at = goto(app, "Onset")
    fig = figure(at, "onset by route")
    assert fig["layout"]["xaxis"]["type"] == "log"
    pts = analysis.onset_points(tables)
    primary = pts[~pts["is_secondary"] & pts["drug"].isin(analysis.KETAMINE_FORMS)]
    dots = [t for t in fig["data"] if t["type"] == "scatter" and t["name"] in ROUTE_LABELS.values()]
    assert sorted(x for t in dots for x in decode(t["x"])) == sorted(primary["hours"])
    assert all(cd[0] and cd[1] for t in dots for cd in t["customdata"])  # study name and id in every hover
    table = frame_with(at, "study_label", "hours", "source_tier", "verification", "provenance")
    assert len(table) == len(primary)  # the chart's rule is the table's rule
    assert all(re.fullmatch(r"[\d.]+ (min|h|days?|weeks?)", h) for h in table["hours"])  # hours in words
    captions = " ".join(c.value for c in at.caption)
    assert "first rating visit" in captions  # the earliest effect depends on when a trial first measured
    reviews = int(pts["is_secondary"].sum())
    if reviews:
        assert f"{reviews} onset values from reviews are not drawn" in captions


def test_forest_plot_shows_study_names_and_changes_with_window(tables: dict[str, pd.DataFrame]) -> None:
    at = start({"tab": "Response"})
    fig = figure(at, "forest plot")
    eff = tables["efficacy"]
    row = eff[(eff["study_id"] == "NCT01304147") & (eff["measure"] == "response") & (eff["timepoint_hours"] == 24)
              & eff["n_events"].notna() & eff["selected"].astype(bool)].iloc[0]
    xs = [x for t in fig["data"] if t.get("mode") == "markers" for x in decode(t["x"])]
    assert any(abs(x - row["n_events"] / row["n_total"]) < 1e-9 for x in xs)
    ticks = fig["layout"]["yaxis"]["ticktext"]
    assert any(t.startswith("Lapidus 2014") and t.endswith("· crossover") for t in ticks)
    assert not any(t.startswith(("NCT", "DOI:", "PMID:")) for t in ticks)
    assert any("k=" in lab and "I²" in lab for lab in ticks)
    at.selectbox(key="window").select("d21_42")
    at.run()
    assert not at.exception
    fig2 = figure(at, "forest plot")
    assert "days 21–42" in fig2["layout"]["title"]["text"] and fig2["data"] != fig["data"]
    assert query(at)["window"] == "d21_42" and query(at)["tab"] == "Response"
    at.selectbox(key="outcome").select("response_rr")
    at.run()
    rr = figure(at, "forest plot")
    assert rr["layout"]["xaxis"]["type"] == "log" and 1 in rr["layout"]["xaxis"]["tickvals"]
    comp = figure(at, "pooled risk ratio by comparator")
    assert comp["data"][0]["y"] and all(not c.islower() or " " in c or c == "placebo"
                                        for c in comp["data"][0]["y"])  # comparator classes in words


def test_rows_behind_the_plot_are_exactly_the_pooled_inputs(tables: dict[str, pd.DataFrame]) -> None:
    at = start({"tab": "Response"})
    at.selectbox(key="window").select("d21_42")
    at.run()
    want = analysis.pool_inputs(tables, "response", "d21_42")
    shown = frame_with(at, "study_label", "events", "total", "source_tier", "verification")
    assert len(shown) == len(want) > 0
    assert sorted(shown["events"].astype(float)) == sorted(want["events"].astype(float))
    assert sorted(shown["study id"]) == sorted(want["study_id"])
    pooled = frame_with(at, "route", "studies pooled (k)").set_index("route")
    forest = analysis.forest_rows(tables, "response", "d21_42")
    expected = forest[forest["row_type"] == "pooled"].set_index("group")["k"]
    from evidence.charts.labels import ROUTE_LABELS

    assert {r: int(k) for r, k in pooled["studies pooled (k)"].items()} == {
        ROUTE_LABELS[g]: int(k) for g, k in expected.items()}
    assert {r: int(n) for r, n in pooled["n"].items()} == {
        ROUTE_LABELS[g]: int(n) for g, n in want.groupby("group")["total"].sum().items()}  # the summary's n = inputs
    per_route = want.groupby("group")["study_id"].nunique()
    assert {ROUTE_LABELS[g]: int(n) for g, n in per_route.items()} == {r: int(k) for r, k in
                                                                         pooled["studies pooled (k)"].items()}


def test_every_outcome_type_is_selectable_with_its_definition() -> None:
    from evidence.vocab import MEASURE_DEFINITIONS

    at = start({"tab": "Response"})
    options = at.selectbox(key="outcome").options
    assert len(options) == len(analysis.OUTCOMES)
    assert "suicidal-ideation response: % of patients" in options
    assert "suicidal-ideation resolution: risk ratio vs comparator" in options
    at.selectbox(key="outcome").select("si_response")
    at.run()
    assert not at.exception, at.exception
    assert query(at)["outcome"] == "si_response"
    captions = [c.value for c in at.caption]
    assert any(MEASURE_DEFINITIONS["si_response"] in c for c in captions)
    title = figure(at, "forest plot")["layout"]["title"]["text"]
    assert title.startswith("Forest plot: Suicidal-ideation response")
    tables = store.read_tables(DATA)
    for outcome in analysis.OUTCOMES:  # an empty window says where the outcome is pooled instead
        here, anywhere = (analysis.pool_inputs(tables, outcome, w) for w in ("24h", None))
        if here.empty and len(anywhere):
            at.selectbox(key="outcome").select(outcome)
            at.run()
            assert any(c.value.startswith("Pooled in other time windows: ") for c in at.caption), outcome
            break


def test_counted_but_unpooled_rows_are_named_under_the_forest(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.analysis.rates import arm_events

    at = start({"tab": "Response"})
    arms = arm_events(tables, "response")
    untimed = arms[(arms["window"] == "no_timepoint") & (arms["role"] == "experimental")]
    assert len(untimed)  # the shipped snapshot has some
    captions = [c.value for c in at.caption]
    route = untimed["route"].iloc[0]
    from evidence.charts.labels import ROUTE_SHORT, study_names

    n = untimed.loc[untimed["route"] == route, "study_id"].nunique()
    lead = f"{n} {ROUTE_SHORT[route]} {'study reports' if n == 1 else 'studies report'} depression response " \
           "without a timepoint"
    line = next(c for c in captions if c.startswith(lead))
    name = study_names(tables["studies"])[untimed.loc[untimed["route"] == route, "study_id"].iloc[0]]
    assert name in line and "counted but not pooled" in line


def test_side_effects_heatmap_matches_the_ae_rows(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    at = goto(app, "Side effects")
    hm = figure(at, "adverse-event incidence")["data"][1]
    i, j = hm["y"].index("dissociation"), hm["x"].index("intranasal (IN)")
    events, total = (int(v) for v in hm["customdata"][i][j][0].split("/"))
    inc = analysis.ae_incidence(tables)
    ref = inc[(inc["group"] == "intranasal") & (inc["category"] == "dissociation")].iloc[0]
    assert (events, total) == (int(ref["events"]), int(ref["total"])) and total > 0
    assert hm["z"][i][j] == pytest.approx(ref["estimate"])
    rows = frame_with(at, "term", "category", "n_affected", "source_tier", "verification", "provenance",
                      "read_from")
    assert len(rows) == len(tables["adverse_events"])
    assert "blood_pressure_increase" not in set(rows["category"])
    assert set(rows["verification"]) <= {"verified by a curator", "derived (computed from reported numbers)",
                                         "extracted automatically", "uncertain"}


def test_claim_check_follows_the_filter(app: AppTest) -> None:
    texts = [m.value for m in goto(app, "Claim check").markdown]
    assert any("Ketamine works within hours" in t for t in texts)
    verdicts = [t for t in texts if "Verdict" in t]
    assert len(verdicts) == 11  # the profile's claims (evidence/claims; data/profiles)
    oral = start({"routes": "oral", "tab": "Claim check"})
    oral_verdicts = [m.value for m in oral.markdown if "Verdict" in m.value]
    assert oral_verdicts != verdicts and any("no evidence in this selection" in v for v in oral_verdicts)


def test_explorer_shows_a_study_with_provenance_and_keeps_it_in_the_url(tables: dict[str, pd.DataFrame]) -> None:
    at = start({"study": "NCT01998958", "tab": "Studies"})
    assert at.selectbox(key="study").value == "NCT01998958"
    from evidence.charts.labels import study_names

    synapse = study_names(tables["studies"])["NCT01998958"]  # "SYNAPSE (Daly ...), n=67": acronym, author, n
    assert synapse.startswith("SYNAPSE (Daly") and synapse.endswith(", n=67")
    assert at.selectbox(key="study").format_func("NCT01998958").startswith(synapse)
    title = tables["studies"].set_index("study_id").loc["NCT01998958", "title"]
    assert any(t.value.startswith("NCT01998958: ") and str(title) in t.value for t in at.text)
    outcomes = frame_with(at, "measure", "value", "source_url", "provenance", "source_tier", "verification",
                          "read_from", "cross_check", "selected")
    assert len(outcomes) == int((tables["efficacy"]["study_id"] == "NCT01998958").sum())
    assert list(outcomes.columns[:8]) == ["measure", "arm", "visit (as reported)", "value", "unit", "events", "n",
                                          "source_url"]  # value, n and source first, not off screen
    assert set(outcomes["selected"]) <= {"yes", "no"}
    eff = tables["efficacy"]
    agree = eff[(eff["study_id"] == "NCT01998958") & eff["cross_check"].fillna("").str.contains("agree")]
    assert len(agree) and any(f"Corroborating reports ({len(agree)}" in e.label for e in at.expander)
    assert query(at)["study"] == "NCT01998958"
    table = studies_table(at)
    reg = table.set_index("study").loc["NCT01998958", "registry"]
    assert reg == "https://clinicaltrials.gov/study/NCT01998958"
    for d in at.dataframe:  # a missing value is blank (the table's placeholder), never the word None or nan
        words = d.value.map(lambda v: isinstance(v, str) and v.strip() in ("None", "nan", "NaN", "<NA>", "NaT"))
        assert not words.any().any(), d.value.columns[words.any()].tolist()
    at.text_input(key="explorer_search").input("esketamine")
    at.run()
    assert 0 < len(studies_table(at)) < len(table)


def test_sidebar_words_new_filters_and_metric_help(app: AppTest, tables: dict[str, pd.DataFrame]) -> None:
    assert "intravenous (IV)" in app.multiselect(key="routes").options
    assert "crossover randomised trial" in app.multiselect(key="designs").options
    assert "treatment-resistant depression (TRD)" in app.multiselect(key="populations").options
    labels = {c.key: c.label for c in app.checkbox}
    assert labels["primary_sources"] == "Primary sources only (registry results, the trial's own paper)"
    assert labels["exclude_crossover"] == "Exclude crossover trials"
    assert labels["include_auto"] == "Include automatically extracted values"
    assert all(m.help for m in app.metric)  # every headline number explains itself
    s = tables["studies"]
    at = start({"exclude_crossover": "1", "primary_sources": "1"})
    assert metrics(at)["Studies"] == str(int((s["design"] != "crossover_rct").sum()))
    assert query(at) == {"exclude_crossover": "1", "primary_sources": "1"}
    fig = figure(goto(at, "Response"), "forest plot")
    assert not any("crossover" in t for t in fig["layout"]["yaxis"]["ticktext"])
    rows = frame_with(at, "study_label", "source_tier")
    assert set(rows["source_tier"]) <= {"registry results", "trial's own paper"}


def test_url_aliases_notice_and_back_button(tables: dict[str, pd.DataFrame]) -> None:
    at = start({"route": "IV,in", "Population": "trd", "rout": "oral", "drug": "teleport"})
    assert at.multiselect(key="routes").value == ["intravenous", "intranasal"]
    assert at.multiselect(key="populations").value == ["TRD"]
    assert query(at) == {"routes": "intravenous,intranasal", "populations": "TRD"}  # rewritten in canonical form
    notice = next(c.value for c in at.caption if c.value.startswith("Ignored in the address:"))
    assert "rout=oral (did you mean routes=?)" in notice and "drug=teleport (not a known value)" in notice
    at.multiselect(key="routes").set_value(["oral"])
    at.run()
    assert query(at)["routes"] == "oral" and not any(c.value.startswith("Ignored") for c in at.caption)
    oral = metrics(at)["Studies"]
    for k in list(at.query_params):  # the browser's Back button: the previous address comes back
        del at.query_params[k]
    at.query_params["routes"] = "intravenous,intranasal"
    at.query_params["populations"] = "TRD"
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="routes").value == ["intravenous", "intranasal"] and metrics(at)["Studies"] != oral
    assert query(at) == {"routes": "intravenous,intranasal", "populations": "TRD"}


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
    assert {"summary_by_route.csv", "pooled_inputs.csv", "evidence_tables.xlsx", "studies.csv",
            "findings_with_provenance.csv", "citations.ris", "about.txt", "metadata.json",
            "evidence_bundle.zip"} <= set(captured)
    for name in [n for n in captured if n.endswith(".csv")]:
        pd.read_csv(io.BytesIO(captured[name]))  # pandas with default options (no comment block to skip)
    studies = pd.read_csv(io.BytesIO(captured["studies.csv"]))
    assert sorted(studies["study"]) == sorted(oral["study_id"])
    about = captured["about.txt"].decode()
    assert "filters: routes=oral" in about and "snapshot: " in about
    assert "routes=oral" in json.loads(captured["metadata.json"])["url_query"]
    findings = pd.read_csv(io.BytesIO(captured["findings_with_provenance.csv"]))
    assert set(findings.loc[findings["drug"] != "other", "route"]) <= {"oral"}
    assert findings["provenance"].notna().all() and {"source_tier", "verification", "read_from"} <= set(findings)
    wb = openpyxl.load_workbook(io.BytesIO(captured["evidence_tables.xlsx"]))
    assert wb.sheetnames == ["summary", "pooled inputs", "studies", "findings", "about"]
    cells = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    assert "oral" in cells and not any(isinstance(v, str) and v.startswith("=") for v in cells)
    assert wb["studies"].freeze_panes == "A2" and wb["studies"].auto_filter.ref
    ris = captured["citations.ris"].decode()
    assert ris.count("ER  - ") == len(oral) + len(tables["publications"][tables["publications"]["study_id"].isin(
        oral["study_id"])]) - len(set(tables["publications"]["study_id"]) & set(oral["study_id"]))
    z = zipfile.ZipFile(io.BytesIO(captured["evidence_bundle.zip"]))
    assert {"about.txt", "metadata.json", "state.json", "studies.csv"} <= set(z.namelist())
