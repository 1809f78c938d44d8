"""How village affairs read in the window: rhythms, periods, sheet kinds, notice periods."""

from __future__ import annotations

import datetime as dt

from townshipdesk.core import notices
from townshipdesk.core.villages import RHYTHMS, Posting, Village, VillageItem
from townshipdesk.i18n import label_of, pair_text, tr

KINDS = ("general", "namelist", "finance")
QUARTERS_ZH = "一二三四"


def rhythm_text(rhythm: str) -> str:
    return pair_text(RHYTHMS, rhythm)


def category_text(category: str) -> str:
    """The 公开事项清单 category (stored as the guideline writes it) in the window's language."""
    return label_of(category, (
        ("制度类", "Rules"),
        ("事务类", "Affairs"),
        ("财务类", "Finances"),
    ))


def kind_text(kind: str) -> str:
    return {"general": tr("公告", "Announcement"), "namelist": tr("名单", "Name list"),
            "finance": tr("财务公开", "Finance statement")}.get(kind, kind)


def period_text(rhythm: str, start: dt.date) -> str:
    """The month or quarter a monthly/quarterly item is due for: 2026年10月, 2026年第四季度."""
    if rhythm == "monthly":
        return tr("{y}年{m}月", "{m}/{y}", y=start.year, m=start.month)
    if rhythm == "quarterly":
        q = (start.month - 1) // 3
        return tr("{y}年第{q}季度", "Q{n} {y}", y=start.year, q=QUARTERS_ZH[q], n=q + 1)
    return ""


def sheet_period_zh(rhythm: str, day: dt.date) -> str:
    """The period as it is printed in a sheet's title (always Chinese: the board is)."""
    if rhythm == "monthly":
        return f"{day.year}年{day.month}月"
    if rhythm == "quarterly":
        return f"{day.year}年第{QUARTERS_ZH[(day.month - 1) // 3]}季度"
    return ""


def guess_kind(item: VillageItem | None) -> str:
    """The sheet an item is usually posted as: finances as a statement, lists of people as a name list."""
    if item is None:
        return "namelist"
    if "收支" in item.name:
        return "finance"
    if any(word in item.name for word in ("名单", "发放", "补贴", "津贴", "对象")):
        return "namelist"
    return "general"


def default_title(village: Village, item: VillageItem | None, kind: str, today: dt.date) -> str:
    if item is None:
        return ""
    suffix = {"namelist": "公示", "finance": "公开"}.get(kind, "公告")
    return f"{village.name}{sheet_period_zh(item.rhythm, today)}{item.name}{suffix}"


def default_board(village: Village) -> str:
    return notices.default_board(village.name)


def default_issuer(village: Village) -> str:
    return notices.default_issuer(village.name)


def notice_period_text(start: str | dt.date | None, end: str | dt.date | None) -> str:
    if not start or not end:
        return tr("不设公示期", "no notice period")
    return tr("{s} 至 {e}", "{s} to {e}", s=str(start), e=str(end))


def objection_text(posting: Posting) -> str:
    if not posting.objections:
        return tr("无", "none")
    reply = posting.objection_reply or tr("（尚未答复）", "(no reply yet)")
    return tr("{o}；答复：{r}", "{o}; reply: {r}", o=posting.objections, r=reply)
