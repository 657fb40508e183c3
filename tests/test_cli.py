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
