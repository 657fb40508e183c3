"""Every CLI command has --help and is documented in the README (datasette's rule)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from evidence.cli import command_modules, main
from tests.conftest import ROOT

COMMANDS = sorted(command_modules())


def test_the_contract_commands_exist() -> None:
    assert {"build"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"python -m evidence {name}\b", readme), f"README lacks `python -m evidence {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_no_command_prints_help_and_fails() -> None:
    out = subprocess.run([sys.executable, "-m", "evidence"], capture_output=True, text=True)
    assert out.returncode == 2 and "COMMAND" in out.stdout


def test_every_flag_url_parameter_and_environment_variable_is_documented() -> None:
    """Docs tested against the code (datasette's rule): a flag, URL parameter or variable the README does not name
    fails here, so the two cannot drift."""
    from dataclasses import fields

    from evidence.cli import build_parser
    from evidence.filters import Filters
    from evidence.settings import Settings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    flags = {o for sp in sub.choices.values() for a in sp._actions for o in a.option_strings
             if o.startswith("--") and o != "--help"}
    assert sorted(f for f in flags if f not in readme) == []
    assert sorted(f.name for f in fields(Filters) if f"`{f.name}`" not in readme) == []
    from evidence.app.state import OWN_KEYS, VIEW_DEFAULTS  # the view parameters the app reads from the URL

    views = set(VIEW_DEFAULTS) | set(OWN_KEYS)
    assert {"tab", "overview", "outcome", "window", "method", "study"} <= views
    assert sorted(v for v in views if f"`{v}`" not in readme) == []
    import inspect
    env = set(re.findall(r'"((?:EVIDENCE|NCBI)_[A-Z_]+)"', inspect.getsource(Settings.from_env)))
    assert env and sorted(v for v in env if v not in readme) == []


def test_every_file_the_readme_names_exists() -> None:
    """A repository path in backticks (or the layout diagram) that no longer exists is drift: DESIGN.md once was."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:\.?[\w-]+/)*[\w*-]+\.(?:py|md|csv|toml|parquet|json))`", readme))
    named |= {m for m in re.findall(r"\b((?:evidence|data|tests|benchmarks)/[\w./*-]*\w/?)", readme)}
    generated = ("data/raw", "about.txt", "metadata.json", "state.json", "_state.json", "data/profiles/NAME.toml")
    missing = []
    for name in sorted(named):
        if name.startswith(generated) or "NAME" in name:
            continue
        hits = list(ROOT.glob(name)) or list(ROOT.glob(f"**/{name}"))
        if not hits:
            missing.append(name)
    layout = readme.split("## Layout", 1)[1].split("```")[1]  # module names in the diagram are under evidence/
    missing += [m for m in re.findall(r"(?<![\w/.])([\w]+\.py|[\w]+/)(?=[ ,)])", layout)
                if not (ROOT / "evidence" / m).exists() and not (ROOT / m).exists()]
    assert missing == []
    assert len(named) > 20  # the pattern still finds the README's paths
