"""Every option and argument of every command explains itself in the chosen language, and `--help` in Chinese
reads Chinese from the first line to the last (argparse's own words included)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from townshipdesk.cli import argparse_zh
from townshipdesk.cli.main import COMMANDS, build_parser, run
from townshipdesk.i18n import set_language

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, (*path, name))


def arguments(lang: str) -> Iterator[tuple[str, argparse.Action]]:
    set_language(lang)
    argparse_zh.install()  # as cli.main.run does: argparse's own help lines (-h, --version) in our words
    try:
        for path, parser in parsers(build_parser(COMMANDS)):
            for action in parser._actions:
                if not isinstance(action, argparse._SubParsersAction):
                    yield " ".join((*path, "/".join(action.option_strings) or action.dest)), action
    finally:
        set_language("zh")


def subcommand_helps(lang: str) -> Iterator[tuple[str, str]]:
    set_language(lang)
    try:
        for path, parser in parsers(build_parser(COMMANDS)):
            for action in parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    for choice in action._choices_actions:
                        yield " ".join((*path, choice.dest)), str(choice.help or "")
    finally:
        set_language("zh")


def test_the_walk_sees_every_command_in_full() -> None:
    names = {name for name, _ in arguments("zh")}
    assert len(names) > 250  # every option of every command, not only the top-level help lines
    for expected in ("record add --title", "request paid --date", "notice batch --phone", "catalog diff a",
                     "report set values", "village objection posting", "aggregate --today", "backup restore file"):
        assert expected in names


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_option_and_argument_has_help(lang: str) -> None:
    missing = [name for name, action in arguments(lang) if not action.help or action.help == argparse.SUPPRESS]
    assert missing == []


def test_chinese_help_is_chinese_and_english_help_is_english() -> None:
    not_chinese = [f"{name}: {a.help}" for name, a in arguments("zh") if not HAN.search(str(a.help))]
    assert not_chinese == []
    english = dict(arguments("en"))
    # English may quote a Chinese term (时限, 文号), but must say it in English words too.
    only_chinese = [f"{name}: {a.help}" for name, a in english.items() if not LATIN_WORD.search(str(a.help))]
    assert only_chinese == []
    assert [n for n, h in subcommand_helps("zh") if not HAN.search(h)] == []
    assert [f"{n}: {h}" for n, h in subcommand_helps("en") if not LATIN_WORD.search(h)] == []


@pytest.mark.parametrize("argv", [["request", "paid", "--help"], ["record", "add", "--help"], ["notice", "render", "--help"],
                                  ["--help"]])
def test_help_output_in_chinese_has_no_argparse_english(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：") and ("选项" in out)
    for english in ("usage:", "options:", "positional arguments", "show this help message"):
        assert english not in out
    assert run(["--lang", "en", *argv]) == 0
    out = capsys.readouterr().out
    argparse_zh.install()
    assert out.startswith("usage:") and "show this help message" in out


def test_usage_errors_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["request", "paid"]) == 2
    err = capsys.readouterr().err
    assert "缺少必需的参数" in err and "the following arguments" not in err
    assert run(["record", "list", "--state", "nope"]) == 2
    err = capsys.readouterr().err
    assert "无效的选择" in err and "invalid choice" not in err


def test_every_command_named_as_working_on_a_read_only_folder_exists() -> None:
    from townshipdesk.cli.main import READ_ONLY_COMMANDS

    names = {" ".join(path) for path, _ in parsers(build_parser(COMMANDS)) if path}
    assert names >= READ_ONLY_COMMANDS, READ_ONLY_COMMANDS - names


def test_a_number_option_given_words_says_so_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["calendar", "show", "二〇二六"]) == 2
    err = capsys.readouterr().err
    assert "“二〇二六”不是有效的数字" in err and "int" not in err
