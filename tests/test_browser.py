"""The dashboard in a real browser: Debian's chromium driven by Playwright against `streamlit run dashboard.py`."""

from __future__ import annotations

import io
import re
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from evidence import store
from tests.conftest import DATA, Served
from tests.served import serve

XSS_TITLE = '<img src=x onerror="window.__xss=1">**bold** <script>window.__xss=2</script> [click](javascript:alert(1))'
XSS_STUDY = "NCT01304147"
XSS_CLAIM = '<img src=x onerror="window.__xss=4">**claim** _x_ :red[r] [l](javascript:alert(1))'

pytestmark = pytest.mark.browser


def _studies_with_route(route: str) -> int:
    s = store.read_table(DATA, "studies")
    return sum(route in list(r) for r in s["routes"])


def test_route_filter_download_and_screenshot(browser: object, dashboard: Served, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    page.goto(dashboard.url, wait_until="domcontentloaded")
    studies = page.locator('[data-testid="stMetricValue"]').first
    total = len(store.read_table(DATA, "studies"))
    expect(studies).to_have_text(str(total), timeout=60_000)
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=60_000)
    oral = _studies_with_route("oral")
    assert oral != total
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    page.get_by_role("option", name="oral (PO)", exact=True).click()
    page.keyboard.press("Escape")
    expect(studies).to_have_text(str(oral), timeout=30_000)
    expect(page).to_have_url(re.compile(r"[?&]routes=oral(&|$)"), timeout=30_000)  # the view is shareable
    page.get_by_role("tab", name="Downloads").click()
    button = page.get_by_role("button", name="Filtered studies (CSV)")
    button.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as dl:
        button.click()
    data = Path(dl.value.path()).read_bytes()
    assert dl.value.suggested_filename == "studies.csv"
    table = pd.read_csv(io.BytesIO(data))  # default options: a plain table, no comment block
    assert len(table) == oral and all("oral" in r for r in table["routes"])
    page.get_by_role("tab", name="Overview").click()
    page.locator(".js-plotly-plot").filter(has_text="Studies by route").first.wait_for(timeout=30_000)
    page.get_by_role("tab", name="Studies by year").click()  # the Overview's other parts draw on demand
    page.locator(".js-plotly-plot").filter(has_text="Studies by year").first.wait_for(timeout=30_000)
    expect(page).to_have_url(re.compile(r"[?&]overview=Studies(\+|%20)by(\+|%20)year(&|$)"), timeout=30_000)
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    _expect_in_log(dashboard.log, "dashboard warm-up script run: ok")
    _expect_in_log(dashboard.log, "dashboard views preloaded in")  # the other tabs' imports, later


def _expect_in_log(log: Path, text: str, timeout: float = 30) -> None:
    """The server's log gets the line within the timeout (the start-up hook runs beside the first visit)."""
    deadline = time.monotonic() + timeout
    while text not in log.read_text(errors="replace"):
        assert time.monotonic() < deadline, f"{text!r} not in the server log: {log.read_text(errors='replace')}"
        time.sleep(0.1)


@pytest.fixture
def hostile_data(tmp_path: Path) -> Path:
    """A data folder whose study title, notes and AE term carry HTML, JavaScript and Markdown."""
    dst = tmp_path / "data"
    dst.mkdir()
    for sub in ("profiles", "tables"):
        shutil.copytree(DATA / sub, dst / sub)
    shutil.copy(DATA / "manifest.json", dst / "manifest.json")
    tables = store.read_tables(dst)
    s = tables["studies"]
    s.loc[s["study_id"] == XSS_STUDY, "title"] = XSS_TITLE
    s.loc[s["study_id"] == XSS_STUDY, "notes"] = "<b>note</b> _under_ :red[red] $x^2$"
    ae = tables["adverse_events"]
    ae.loc[ae.index[0], "term"] = '<svg onload="window.__xss=3">'
    store.write_tables(dst, tables, store.read_manifest(dst), archive=False)
    profile = dst / "profiles" / "ketamine-depression.toml"
    text = profile.read_text(encoding="utf-8")
    assert 'text = "Ketamine works within hours"' in text
    profile.write_text(text.replace('text = "Ketamine works within hours"', f"text = '{XSS_CLAIM}'"), encoding="utf-8")
    return dst


def test_record_text_is_shown_as_text_never_executed(browser: object, hostile_data: Path, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with serve({"EVIDENCE_DATA_DIR": str(hostile_data)}, tmp_path / "streamlit.log") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1600})  # type: ignore[attr-defined]
        page.goto(f"{url}/?study={XSS_STUDY}", wait_until="domcontentloaded")
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        page.get_by_role("tab", name="Studies", exact=True).click()
        literal = page.get_by_text(f"{XSS_STUDY}: {XSS_TITLE}", exact=True)
        expect(literal).to_be_visible(timeout=30_000)
        expect(page.get_by_text("<b>note</b> _under_ :red[red] $x^2$", exact=True)).to_be_visible()
        page.get_by_role("tab", name="Claim check").click()
        expect(page.get_by_text(XSS_CLAIM, exact=True)).to_be_visible(timeout=30_000)
        page.get_by_role("tab", name="Onset").click()
        page.locator(".js-plotly-plot").filter(has_text="Onset by route").first.wait_for(timeout=30_000)
        time.sleep(0.5)  # let any injected handler fire if it could
        assert page.evaluate("window.__xss") is None
        assert page.locator('img[src="x"]').count() == 0
        assert page.locator("svg[onload]").count() == 0
        assert page.locator("strong", has_text="bold").count() == 0
        assert page.locator("strong").filter(has_text=re.compile(r"^claim$")).count() == 0
        assert page.locator('a[href^="javascript"]').count() == 0
        page.screenshot(path=str(tmp_path / "hostile.png"))
