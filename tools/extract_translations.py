"""Collect every user-visible message pair tr("中文", "English") / msg(...) / Msg(...) from the source
into Qt Linguist files: resources/translations/townshipdesk_en.ts (source zh_CN, translation en) and the
compiled .qm beside it (pyside6-lrelease). Translators work in Qt Linguist; the app ships both.

  .venv/bin/python tools/extract_translations.py          # write the files
  .venv/bin/python tools/extract_translations.py --check  # exit 1 when the .ts is out of date
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "townshipdesk"
TS = ROOT / "resources" / "translations" / "townshipdesk_en.ts"
FUNCTIONS = {"tr", "msg", "Msg"}
HAN = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def _pair_tuple(node: ast.AST) -> tuple[str, str] | None:
    """("中文", "English"): the display pairs kept in tables (states, field names, kinds), shown via tr(*pair)."""
    if not (isinstance(node, ast.Tuple) and len(node.elts) == 2):
        return None
    zh, en = node.elts
    if not (isinstance(zh, ast.Constant) and isinstance(en, ast.Constant) and isinstance(zh.value, str)
            and isinstance(en.value, str)):
        return None
    if HAN.search(zh.value) and not HAN.search(en.value) and LATIN.search(en.value):
        return zh.value, en.value
    return None


def collect(with_keywords: bool = False) -> list[tuple]:  # type: ignore[type-arg]
    """(zh, en, file, line) for every call with two literal strings, and every ("中文", "English") tuple, in file
    order; with_keywords adds the names of the call's keyword arguments (None when it passes **kwargs or for a
    tuple, which is formatted by whoever shows it)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            pair = _pair_tuple(node)
            if pair is not None:
                entry = (*pair, str(path.relative_to(ROOT)), node.lineno)
                found.append((*entry, None) if with_keywords else entry)
                continue
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name not in FUNCTIONS or len(node.args) < 2:
                continue
            zh, en = node.args[0], node.args[1]
            if isinstance(zh, ast.Constant) and isinstance(en, ast.Constant) and isinstance(zh.value, str):
                entry = (zh.value, en.value, str(path.relative_to(ROOT)), node.lineno)
                if with_keywords:
                    names = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                    entry = (*entry, names)
                found.append(entry)
    return sorted(found, key=lambda e: (e[2], e[3]))


def render(pairs: list[tuple[str, str, str, int]]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en_US" sourcelanguage="zh_CN">', "<context>", "    <name>townshipdesk</name>"]
    # A Chinese text said two ways in English (a heading and a phrase, say) gets one message per English text,
    # told apart by Qt's disambiguation comment, which the GUI passes (the English from the code) when it asks.
    english: dict[str, set[str]] = {}
    for zh, en, *_ in pairs:
        english.setdefault(zh, set()).add(en)
    seen: set[tuple[str, str]] = set()
    for zh, en, file, _line in pairs:
        ambiguous = len(english[zh]) > 1
        key = (zh, en if ambiguous else "")
        if key in seen:
            continue
        seen.add(key)
        lines += ["    <message>", f'        <location filename="{escape(file)}"/>',  # no line: moving code does not change the .ts
                  f"        <source>{escape(zh)}</source>"]
        if ambiguous:
            lines.append(f"        <comment>{escape(en)}</comment>")
        lines += [f"        <translation>{escape(en)}</translation>", "    </message>"]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def main() -> int:
    text = render(collect())
    if "--check" in sys.argv:
        current = TS.read_text(encoding="utf-8") if TS.exists() else ""
        if current != text:
            print("resources/translations/townshipdesk_en.ts is out of date: run tools/extract_translations.py")
            return 1
        return 0
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_text(text, encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"wrote {TS.relative_to(ROOT)} and {TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
