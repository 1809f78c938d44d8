"""How values read in the window: roles, lists, times in China time, domains with their status."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from townshipdesk.core.localtime import CHINA_TIME, china_time  # noqa: F401 - the window shows times through here
from townshipdesk.core.site import Site
from townshipdesk.i18n import label_of, tr

if TYPE_CHECKING:  # the catalog module loads with the catalog's pages, not with the window's frame
    from townshipdesk.core.catalog import DomainInfo


def role_text(role: str) -> str:
    return {"township": tr("乡镇", "township"), "county": tr("县级", "county")}.get(role, role)


def site_text(site: Site | None) -> str:
    """`name（division code，role）`, or a note that set-up is not finished."""
    if site is None:
        return tr("尚未设置本单位", "Not set up yet")
    return tr("{name}（{code}，{role}）", "{name} ({code}, {role})", name=site.name, code=site.division_code,
              role=role_text(site.role))


def join_values(values: Iterable[object]) -> str:
    """A list as the language writes one: 甲、乙 in Chinese, "a, b" in English."""
    return tr("、", ", ").join(str(v) for v in values)


def element_value_text(value: str) -> str:
    """A fixed value of the catalog's 公开对象/公开方式/公开层级 in the window's language (stored in Chinese)."""
    return label_of(value, (
        ("全社会", "Everyone"),
        ("特定群体", "Specific groups"),
        ("主动", "Proactive"),
        ("依申请", "On request"),
        ("县级", "County"),
        ("乡级", "Township"),
        ("村级", "Village"),
    ))


def placeholder_mark() -> str:
    return tr("（占位示例）", " (placeholder)")


def partial_mark() -> str:
    return tr("（部分）", " (partial)")


def domain_label(domain: DomainInfo) -> str:
    """The domain's name, visibly marked when its items are only a placeholder outline, or only part of the
    guideline (the rows whose official wording was found)."""
    return domain.name + (placeholder_mark() if domain.placeholder else partial_mark() if domain.partial else "")


def domain_status_text(domain: DomainInfo) -> str:
    """One line on where the domain's items come from, for tooltips and banners."""
    status = {
        "guideline": tr("按国家标准指引原文收录", "Worded as the national guideline words it"),
        "placeholder": tr("占位示例，不是正式目录", "Placeholder outline, not an official catalog"),
        "imported": tr("已从 Excel 导入", "Imported from Excel"),
        "local": tr("本地领域", "Local domain"),
    }.get(domain.status, domain.status)
    if domain.partial:
        status += tr("（部分事项）", " (part of the items)")
    parts = [status, domain.status_note, domain.guide]
    return "\n".join(p for p in parts if p)


def version_kind_text(kind: str) -> str:
    return {"shipped": tr("随软件提供", "shipped"), "import": tr("导入", "import"), "edit": tr("编辑", "edit")}.get(kind, kind)


def source_text(source: str) -> str:
    """Where an item came from: `sheet!row` (an imported workbook row), or for a shipped item the guideline
    and the published copies its wording was taken from."""
    sheet, bang, row = source.rpartition("!")
    if bang and row.isdigit():
        return tr("工作表“{sheet}”第{row}行", "sheet '{sheet}' row {row}", sheet=sheet, row=row)
    return source
