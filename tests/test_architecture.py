"""Import rules of the layout: streamlit only in the app, requests only in the HTTP module, pure logic pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PY_FILES = sorted([ROOT / "dashboard.py", *(ROOT / "evidence").rglob("*.py")])
PURE = ("evidence/parse/", "evidence/extract/", "evidence/analysis/", "evidence/charts/", "evidence/filters.py",
        "evidence/match.py", "evidence/selection.py", "evidence/membership.py",
        "evidence/export.py", "evidence/export/", "evidence/curated/", "evidence/merge.py", "evidence/vocab.py",
        "evidence/schema.py", "evidence/diff.py")
IMPURE_MODULES = {"requests", "urllib3", "streamlit", "socket", "subprocess", "shutil", "tempfile", "time", "http",
                  "urllib.request", "httpx", "sqlite3"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _top(names: set[str]) -> set[str]:
    return names | {n.split(".")[0] for n in names}


@pytest.mark.parametrize("path", PY_FILES, ids=_rel)
def test_streamlit_only_in_the_app(path: Path) -> None:
    if _rel(path) == "dashboard.py" or _rel(path).startswith("evidence/app/"):
        return
    assert "streamlit" not in _top(_imports(path)), f"{_rel(path)} imports streamlit"


@pytest.mark.parametrize("path", PY_FILES, ids=_rel)
def test_requests_only_in_the_http_module(path: Path) -> None:
    if _rel(path) == "evidence/http.py":
        return
    assert "requests" not in _top(_imports(path)), f"{_rel(path)} imports requests"


@pytest.mark.parametrize("path", [p for p in PY_FILES if _rel(p).startswith(PURE)], ids=_rel)
def test_pure_modules_do_no_io(path: Path) -> None:
    bad = _top(_imports(path)) & IMPURE_MODULES
    assert not bad, f"{_rel(path)} is pure logic but imports {sorted(bad)}"


def test_the_rules_see_the_modules() -> None:
    rels = {_rel(p) for p in PY_FILES}
    assert {"dashboard.py", "evidence/schema.py", "evidence/app/main.py", "evidence/filters.py"} <= rels
