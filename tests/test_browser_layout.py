"""The dashboard as a clinician sees it, in Debian's chromium at 1024 and 1400 px: no headline number, metric label
or tab label is cut, the tabs and charts speak in words, and the browser's Back button undoes a filter change.
Screenshots of every tab are saved under the test's temporary directory (printed with -s)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence import store
from tests.conftest import DATA
from tests.served import chromium, need_browser, serve

pytestmark = pytest.mark.browser
TABS = ("Overview", "Onset", "Response", "Side effects", "Claim check", "Studies", "Downloads", "Data")

# Elements whose text is cut: wider content than box, or a visible ellipsis; returned as their texts.
CLIPPED_JS = """(selector) => Array.from(document.querySelectorAll(selector)).filter(el => {
    const all = [el, ...el.querySelectorAll('*')];
    return all.some(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible'
                      || getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1);
}).map(el => el.innerText)"""
# Tabs outside the visible part of their tab bar (the bar scrolls sideways when they do not fit).
HIDDEN_TABS_JS = """() => Array.from(document.querySelectorAll('[role=tablist]')).flatMap(list => {
    const box = list.getBoundingClientRect();
    return Array.from(list.querySelectorAll('[role=tab]')).filter(t => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
    }).map(t => t.innerText);
})"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need_browser()
    with serve({}, tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as b:
        yield b


@pytest.mark.parametrize("width", [1024, 1400])
def test_nothing_a_reader_needs_is_cut_at_common_widths(browser: object, server: str, tmp_path: Path,
                                                        width: int) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": width, "height": 2200})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server, wait_until="domcontentloaded")
    values = page.locator('[data-testid="stMetricValue"]')
    total = len(store.read_table(DATA, "studies"))
    expect(values.first).to_have_text(str(total), timeout=60_000)
    assert values.count() == 6
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=60_000)
    assert page.evaluate(CLIPPED_JS, '[data-testid="stMetricValue"]') == []
    assert page.evaluate(CLIPPED_JS, '[data-testid="stMetricLabel"]') == []
    assert page.evaluate(HIDDEN_TABS_JS) == []
    tabs = [t.strip() for t in page.get_by_role("tab").all_inner_texts()]
    assert [t for t in tabs if t in TABS] == list(TABS)
    assert page.get_by_role("button", name="Deploy").count() == 0  # no developer toolbar for readers
    shots = tmp_path / f"screens-{width}"
    shots.mkdir()
    for tab in TABS[:4] + ("Studies",):
        page.get_by_role("tab", name=tab, exact=True).click()
        if tab in ("Onset", "Response", "Side effects"):
            page.locator(".js-plotly-plot").nth(0).wait_for(timeout=30_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(shots / f"{tab.replace(' ', '_').lower()}.png"))
        assert page.evaluate(CLIPPED_JS, '[data-testid="stMetricValue"]') == [], tab
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert not re.search(r"\bNone\b", text), "a missing value shows as None"
    print(f"screenshots at {width}px: {shots}")
    assert len(list(shots.glob("*.png"))) == 5 and all(p.stat().st_size > 20_000 for p in shots.glob("*.png"))
    assert not [e for e in errors if "Failed to load resource" not in e], errors


def test_forest_plot_speaks_in_study_names(browser: object, server: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 2000})  # type: ignore[attr-defined]
    page.goto(f"{server}/?tab=Response", wait_until="domcontentloaded")
    forest = page.locator(".js-plotly-plot").filter(has_text="Forest plot").first
    forest.wait_for(timeout=60_000)
    ticks = forest.locator(".ytick text").all_text_contents()
    assert any(t.startswith("SYNAPSE (Daly") and ", n=67" in t for t in ticks), ticks
    assert not [t for t in ticks if t.startswith(("NCT", "DOI:", "PMID:"))]
    assert page.get_by_text("Definition: depression response").count() == 1
    page.screenshot(path=str(tmp_path / "forest.png"))


def test_back_button_undoes_the_last_filter_change(browser: object, server: str) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1400})  # type: ignore[attr-defined]
    page.goto(f"{server}/?route=IV", wait_until="domcontentloaded")  # an alias, rewritten as routes=intravenous
    studies = page.locator('[data-testid="stMetricValue"]').first
    s = store.read_table(DATA, "studies")
    iv = str(sum("intravenous" in list(r) for r in s["routes"]))
    expect(studies).to_have_text(iv, timeout=60_000)
    expect(page).to_have_url(re.compile(r"[?&]routes=intravenous(&|$)"), timeout=30_000)
    both = str(sum(bool({"intravenous", "oral"} & set(r)) for r in s["routes"]))
    assert both != iv
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] input').first.click()
    page.get_by_role("option", name="oral (PO)", exact=True).click()
    page.keyboard.press("Escape")
    expect(studies).to_have_text(both, timeout=30_000)
    expect(page).to_have_url(re.compile(r"routes=intravenous(%2C|,)oral"), timeout=30_000)
    page.go_back()
    expect(studies).to_have_text(iv, timeout=30_000)  # the filter change is undone, not just the address
    expect(page).to_have_url(re.compile(r"[?&]routes=intravenous(&|$)"), timeout=30_000)


def test_downloads_from_the_browser_open_with_default_options(browser: object, server: str) -> None:
    import io

    import openpyxl
    import pandas as pd

    page = browser.new_page(viewport={"width": 1024, "height": 1600}, accept_downloads=True)  # type: ignore[attr-defined]
    page.goto(f"{server}/?tab=Downloads&routes=intranasal", wait_until="domcontentloaded")
    got: dict[str, bytes] = {}
    for label in ("Summary by route (CSV)", "Pooled study rows (CSV)", "Filtered studies (CSV)",
                  "Findings with provenance (CSV)", "All tables (Excel workbook)", "About these files (text)"):
        button = page.get_by_role("button", name=label)
        button.wait_for(timeout=60_000)
        with page.expect_download(timeout=30_000) as dl:
            button.click()
        got[dl.value.suggested_filename] = Path(dl.value.path()).read_bytes()
    for name, data in got.items():
        if name.endswith(".csv"):
            assert len(pd.read_csv(io.BytesIO(data))) > 0, name
    wb = openpyxl.load_workbook(io.BytesIO(got["evidence_tables.xlsx"]))
    assert wb.sheetnames == ["summary", "pooled inputs", "studies", "findings", "about"]
    assert "filters: routes=intranasal" in got["about.txt"].decode()
