"""argparse's own words (usage, section titles, "the following arguments are required", "invalid choice") in the
user's language. argparse looks each of them up through `argparse._` (gettext); this module puts our bilingual
table there, so a Chinese clerk reads Chinese from the first line of `--help` to the last line of an error."""

from __future__ import annotations

import argparse

from townshipdesk.i18n import Msg

# argparse's English text → our pair. The %-placeholders stay as argparse fills them.
MESSAGES: dict[str, Msg] = {m.en: m for m in (
    Msg("用法：", "usage: "),
    Msg("位置参数", "positional arguments"),
    Msg("选项", "options"),
    Msg("显示本帮助并退出", "show this help message and exit"),
    Msg("显示程序版本并退出", "show program's version number and exit"),
    Msg("缺少必需的参数：%s", "the following arguments are required: %s"),
    Msg("无效的选择：%(value)r（可选：%(choices)s）", "invalid choice: %(value)r (choose from %(choices)s)"),
    Msg("无法识别的参数：%s", "unrecognized arguments: %s"),
    Msg("参数 %(argument_name)s：%(message)s", "argument %(argument_name)s: %(message)s"),
    Msg("需要一个值", "expected one argument"),
    Msg("至少需要一个值", "expected at least one argument"),
    Msg("最多只能有一个值", "expected at most one argument"),
    Msg("“%(value)s”不是有效的数字", "invalid %(type)s value: %(value)r"),  # every typed option here is a number
    Msg("不能与参数 %s 同时使用", "not allowed with argument %s"),
    Msg("参数 %s 中必须给出一个", "one of the arguments %s is required"),
    Msg("选项不明确：%(option)s 可能是 %(matches)s", "ambiguous option: %(option)s could match %(matches)s"),
    Msg("无法打开“%(filename)s”：%(error)s", "can't open '%(filename)s': %(error)s"),
    Msg("%(prog)s：错误：%(message)s\n", "%(prog)s: error: %(message)s\n"),
    Msg("忽略了多余的参数 %r", "ignored explicit argument %r"),
)}


def translate(text: str) -> str:
    """argparse's gettext: our wording for the text, in the current language; anything else unchanged."""
    found = MESSAGES.get(text)
    return found.text() if found is not None else text


def install() -> None:
    argparse._ = translate  # type: ignore[attr-defined]
