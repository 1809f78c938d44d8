"""The CLI driven in-process, as a clerk or an acceptance script would, against a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from townshipdesk.cli.main import run


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = run(["--data-dir", str(self.data_dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A township installation set up with `init` (and so the shipped catalog)."""
    c = Cli(tmp_path / "data", capsys)
    code, _, err = c("init", "--role", "township", "--division", "530902100000", "--name", "某某镇人民政府")
    assert code == 0, err
    return c
