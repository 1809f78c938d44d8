"""The one translation function every user-visible message goes through.

Messages are written in Chinese (the users' language) with their English twin beside them, so a
message and its translation can never drift apart. The language is chosen once at start-up
(`--lang` in the CLI, the settings page in the GUI).

The pairs are also collected into Qt Linguist files (resources/translations, tools/extract_translations.py).
The GUI installs a lookup into the compiled .qm (`set_lookup`), so there every English text on screen comes
from Qt's translation; the English written beside the Chinese is the fallback when no .qm is shipped, and what
the CLI (which never loads Qt) prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("zh", "en")
_current = "zh"
# (Chinese source, English from the code) -> English to show; None: the code's English.
Lookup = Callable[[str, str], str]
_lookup: Lookup | None = None


def set_language(lang: str) -> None:
    """Choose the language of every message shown from now on ('zh' or 'en')."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _current = lang


def set_lookup(lookup: Lookup | None) -> None:
    """Take English texts from a translation catalog (the GUI's Qt translator) instead of the code."""
    global _lookup
    _lookup = lookup


def language() -> str:
    """The language messages are shown in."""
    return _current


@dataclass(frozen=True)
class Msg:
    """A message in both languages, formatted lazily so it shows in the language chosen later."""

    zh: str
    en: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        if (lang or _current) == "zh":
            template = self.zh
        else:
            template = _lookup(self.zh, self.en) if _lookup is not None else self.en
            if self.args:
                template = _singular(template, self.args)
        if not self.args:
            return template
        # A message inside a message (a reason within a sentence) speaks the same language.
        args = {k: v.text(lang) if isinstance(v, Msg) else v for k, v in self.args.items()}
        return template.format(**args)

    def __str__(self) -> str:
        return self.text()


# "{n} working days" with n = 1 reads "1 working day" (Chinese has no plural; English templates name the count).
_COUNTED = re.compile(r"\{(\w+)\} ((?:working |calendar |more )?)(days|items|rows|pages|records|requests|villages|domains|"
                      r"files|townships|hours|months|years|bundles|changes|attachments|postings|groups|reviewers)\b")


def _singular(template: str, args: dict[str, Any]) -> str:
    def one(match: re.Match[str]) -> str:
        count = args.get(match.group(1))
        if type(count) is not int or count != 1:  # not 1.0, not True
            return match.group(0)
        return f"{{{match.group(1)}}} {match.group(2)}{match.group(3)[:-1]}"

    return _COUNTED.sub(one, template)


def msg(zh: str, en: str, **args: Any) -> Msg:
    """A lazy message; use for errors and problems that are shown later."""
    return Msg(zh, en, args)


def tr(zh: str, en: str, **args: Any) -> str:
    """The message in the current language, formatted now."""
    return Msg(zh, en, args).text()


def pair_text(pairs: Mapping[str, tuple[str, str]], key: str) -> str:
    """The ("中文", "English") pair kept under `key` (a state, a kind, a field), in the current language; an
    unknown key as it is."""
    zh, en = pairs.get(key, (key, key))
    return tr(zh, en)


def label_of(value: str, pairs: Iterable[tuple[str, str]]) -> str:
    """A value stored in its Chinese (national) wording, shown in the current language: `pairs` are
    ("中文", "English") tuples (tools/extract_translations.py collects them). Any other value is shown as stored."""
    for zh, en in pairs:
        if zh == value:
            return tr(zh, en)
    return value
