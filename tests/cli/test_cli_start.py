"""Start-up: `--version` and `--help` load no core, io, sync or Qt module, a command loads only its own
command module, and the table of commands in cli/main.py says what the command modules register."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from townshipdesk.cli.main import COMMANDS, add_json_flag, build_parser

HEAVY = ("townshipdesk.core", "townshipdesk.io", "townshipdesk.sync", "townshipdesk.ui", "PySide6", "reportlab",
         "openpyxl")


def modules_loaded_by(*argv: str) -> tuple[str, set[str]]:
    code = (f"import sys\nfrom townshipdesk.app import main\ntry:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return done.stdout, set(done.stderr.split())


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--lang", "en", "--help"]])
def test_version_and_help_load_nothing_heavy(argv: list[str]) -> None:
    out, modules = modules_loaded_by(*argv)
    assert "TownshipDesk" in out or "COMMAND" in out
    assert not {m for m in modules if m.startswith(HEAVY)}


def test_help_lists_every_command_with_its_line() -> None:
    out, _ = modules_loaded_by("--help")
    for name, (_, _, help_text) in COMMANDS.items():
        assert name in out and help_text.zh in out, name


def test_a_command_loads_only_its_own_command_module() -> None:
    _, modules = modules_loaded_by("deadline", "--help")
    assert "townshipdesk.cli.calendar_cmds" in modules
    assert not {m for m in modules if m.endswith("_cmds") and m != "townshipdesk.cli.calendar_cmds"}


def test_the_table_matches_what_the_modules_register() -> None:
    registered: dict[str, tuple[str, str, str]] = {}
    for module_name, function in {(m, f) for m, f, _ in COMMANDS.values()}:
        commands = argparse.ArgumentParser().add_subparsers()
        getattr(importlib.import_module(f"townshipdesk.cli.{module_name}"), function)(commands, add_json_flag)
        for action in commands._choices_actions:
            registered[action.dest] = (module_name, function, str(action.help))
    assert set(registered) == set(COMMANDS)
    for name, (module_name, function, help_text) in COMMANDS.items():
        assert registered[name] == (module_name, function, help_text.zh), name


def test_every_command_still_parses_with_all_commands_in_full() -> None:
    parser = build_parser(COMMANDS)
    args = parser.parse_args(["deadline", "自信息形成之日起20个工作日内", "--from", "2026-03-02"])
    assert args.command == "deadline"


def test_argparse_speaks_the_users_language(tmp_path, capsys) -> None:  # noqa: ANN001
    from townshipdesk.cli.main import run

    assert run(["--data-dir", str(tmp_path), "record", "add"]) == 2
    err = capsys.readouterr().err
    assert "用法：" in err and "缺少必需的参数：--item, --title, --formed" in err and "usage" not in err
    assert run(["--data-dir", str(tmp_path), "catalog", "nosuch"]) == 2
    assert "无效的选择：'nosuch'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser(["catalog"]).parse_args(["catalog", "--help"])
    out = capsys.readouterr().out
    assert "用法：" in out and "选项" in out and "显示本帮助并退出" in out
    assert run(["--data-dir", str(tmp_path), "--lang", "en", "record", "add"]) == 2
    assert "the following arguments are required: --item" in capsys.readouterr().err
