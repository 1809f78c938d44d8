"""How the CLI prints: plain lines for people, JSON for scripts, errors on stderr."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def warn(text: str) -> None:
    sys.stderr.write(text + "\n")


def width(text: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    """Cut or pad `text` to `cols` terminal columns."""
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > cols:
            out = out[:-1] + "…" if out and used + 1 > cols else out + "…"
            used = cols
            break
        out += ch
        used += w
    return out + " " * max(0, cols - width(out))


def table(rows: list[list[str]], widths: list[int], headers: list[str]) -> None:
    """Rows under their headings (every table a clerk reads says what its columns are)."""
    for row in [headers, *rows]:
        say("  ".join(pad(cell.replace("\n", " "), w) for cell, w in zip(row, widths, strict=False)).rstrip())


def split_list(value: str) -> list[str]:
    """A list typed on the command line: commas or the Chinese 、，； separate the entries."""
    for sep in ("，", "、", "；", ";"):
        value = value.replace(sep, ",")
    return [v.strip() for v in value.split(",") if v.strip()]
