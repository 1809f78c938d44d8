"""`--village`: a registered village fills the sheet's village, board heading, issuing body and supervision phone.
A clerk reusing last month's file for another village must see what was replaced (大河村 → 小河村) and be warned when
the title still names the old village: a sheet posted with another village's title is worse than no sheet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from townshipdesk.core.notices import default_board, default_issuer
from townshipdesk.core.text import clean
from townshipdesk.i18n import Msg
from townshipdesk.io.notice_input import title_village

FIELDS = {"village": Msg("村名", "village"), "board": Msg("公开栏名称", "board heading"),
          "issuer": Msg("落款单位", "issuing body"), "phone": Msg("监督电话", "supervision telephone")}


@dataclass(frozen=True)
class Replaced:
    field: str
    before: str
    after: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class VillageFill:
    values: dict[str, str]  # what the sheet takes from the village
    replaced: list[Replaced]  # input values that differed and were replaced
    title_names: str  # the other village the title names, or ""


def fill_from_village(data: Any, name: str, phone: str, *, explicit: dict[str, Any], title: str | None = None) -> VillageFill:
    """What `--village NAME` puts on the sheet (options typed on the command line, `explicit`, still win), which values
    of the input `data` it replaces, and whether the sheet's title (`title` if given, else the input's) names another
    village."""
    data = data if isinstance(data, dict) else {}
    values = {"village": name, "board": default_board(name), "issuer": default_issuer(name)}
    if phone:
        values["phone"] = phone
    values = {k: v for k, v in values.items() if not explicit.get(k)}
    replaced = []
    for field, after in values.items():
        before = clean(data.get(field)) if isinstance(data.get(field), str | int | float) else ""
        if before and before != after:
            replaced.append(Replaced(field, before, after))
    named = title_village(clean(title if title is not None else data.get("title") or ""))
    return VillageFill(values, replaced, named if named and name not in named else "")
