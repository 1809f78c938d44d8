"""JSON files a clerk writes or edits by hand (notice-sheet inputs, holiday schedules): read them, and when one
is broken say where and what in words a clerk can act on — "第3行第5列附近缺少逗号" — not the parser's English."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from townshipdesk.errors import UserError
from townshipdesk.i18n import Msg, msg

# Full-width punctuation typed by a Chinese input method where JSON needs the ASCII one.
_FULL_WIDTH = {"，": ",", "：": ":", "“": '"', "”": '"', "‘": "'", "’": "'", "｛": "{", "｝": "}", "［": "[", "］": "]",
               "【": "[", "】": "]"}


def read_json_file(path: Path, error: type[UserError]) -> Any:
    """The parsed content of `path`; `error` (the caller's UserError type) with a plain description when the file
    is missing, not UTF-8 text, or not valid JSON."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(msg("找不到文件“{p}”", "File not found: '{p}'", p=str(path))) from None
    except IsADirectoryError:
        raise error(msg("“{p}”是文件夹，不是 JSON 文件", "'{p}' is a folder, not a JSON file", p=str(path))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(msg("“{p}”不是 UTF-8 编码的文本（可能是用 GBK 保存的，或不是文本文件）：请在记事本中“另存为”并选择 UTF-8 编码",
                        "'{p}' is not UTF-8 text (perhaps saved as GBK, or not a text file): save it again as UTF-8",
                        p=path.name)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(json_error_text(path.name, exc)) from None
    except RecursionError:
        raise error(msg("“{p}”嵌套层数过多，不是本程序的输入文件", "'{p}' is nested too deeply to be an input file",
                        p=path.name)) from None


def json_error_text(name: str, exc: json.JSONDecodeError) -> Msg:
    """Where (line and column, counted as an editor counts them) and what is wrong, in words."""
    if not exc.doc.strip():
        return msg("“{p}”是空文件", "'{p}' is empty", p=name)
    return msg("“{p}”第{line}行第{col}列附近{what}", "'{p}' line {line}, column {col}: {what}", p=name, line=exc.lineno,
               col=exc.colno, what=_what(exc))


def _what(exc: json.JSONDecodeError) -> Msg:
    here = exc.doc[exc.pos] if exc.pos < len(exc.doc) else ""
    if here in _FULL_WIDTH:
        return msg("用了中文标点“{c}”：JSON 的标点要用英文半角“{a}”", "there is a full-width '{c}': JSON needs the ASCII '{a}'",
                   c=here, a=_FULL_WIDTH[here])
    reason = exc.msg
    if exc.pos >= len(exc.doc.rstrip()) and not reason.startswith("Unterminated string"):
        return msg("内容没有写完（缺少右括号“}”“]”或值）", "the content stops early (a closing '}' or ']' or a value is missing)")
    if reason.startswith("Expecting ',' delimiter"):
        return msg("缺少逗号或引号（两项之间要用英文逗号分开，文字要用英文双引号括起来）",
                   "a comma or a quote is missing (items are separated by commas, text is in double quotes)")
    if reason.startswith("Expecting ':' delimiter"):
        return msg("缺少冒号（应写成 \"名称\": 值）", "a colon is missing (write \"name\": value)")
    if reason.startswith("Expecting property name"):
        return msg("应是用英文双引号括起来的名称（可能最后一项后面多了逗号）",
                   "a name in double quotes is expected (perhaps a comma after the last entry)")
    if reason.startswith("Expecting value"):
        return msg("缺少值，或文字没有用英文双引号括起来（也可能多了一个逗号）",
                   "a value is missing, or text is not in double quotes (or there is one comma too many)")
    if reason.startswith("Unterminated string"):
        return msg("引号没有配对：文字开头的双引号没有对应的结尾引号", "a quote is not closed")
    if reason.startswith("Invalid control character"):
        return msg("引号内有换行或制表符（文字中的换行要写成 \\n）", "a line break or tab inside quotes (write a line break as \\n)")
    if reason.startswith("Invalid \\escape") or reason.startswith("Invalid \\u"):
        return msg("反斜杠“\\”用法不对（路径中的 \\ 要写成 \\\\）", "a backslash is used wrongly (write \\ as \\\\ in paths)")
    if reason.startswith("Extra data"):
        return msg("内容已经结束，后面还有多余的文字（可能少了外层的方括号，或多贴了一段）",
                   "there is more text after the content ended (an outer bracket missing, or pasted twice)")
    return msg("格式不对", "the format is wrong")
