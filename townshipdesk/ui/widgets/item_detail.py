"""The detail panel: every element of one catalog item, the parsed 时限 rule, and why it was retired."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from townshipdesk.core.catalog import CatalogItem, DomainInfo, field_label
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.i18n import language, tr
from townshipdesk.wording.display import china_time, join_values, placeholder_mark, source_text

WARN_STYLE = "color:#b35c00;"
RETIRED_STYLE = "color:#8a1c1c;"
PARTIAL_STYLE = "color:#555;"


def item_html(item: CatalogItem, domain: DomainInfo | None = None) -> str:
    """The item as an HTML table (rich text Qt renders natively; selectable, so clerks can copy)."""
    lang = language()
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str, style: str = "") -> None:
        text = escape(value).replace("\n", "<br>") if value else "<span style='color:#999'>—</span>"
        rows.append((escape(label), f"<span style='{style}'>{text}</span>" if style else text))

    add(tr("编号", "Id"), item.uuid)
    domain_text = item.domain + (placeholder_mark() if domain and domain.placeholder else "")
    add(field_label("domain", lang), domain_text, WARN_STYLE if domain and domain.placeholder else "")
    for name in ("level1", "level2", "content", "basis", "time_limit"):
        add(field_label(name, lang), getattr(item, name))
    rule = parse_time_limit(item.time_limit) if item.time_limit else None
    if rule is not None:
        described = rule.describe(lang)
        if rule.assumed:
            described += tr("（推定）", " (assumed)")
        add(tr("时限规则", "Time-limit rule"), described)
    elif item.time_limit:
        add(tr("时限规则", "Time-limit rule"), tr("⚠ 无法识别为规则：按原文保存，不计算期限",
                                              "⚠ Not a recognisable rule: kept as text, no due date computed"), WARN_STYLE)
    add(field_label("body", lang), item.body)
    for name in ("channels", "audience", "mode", "tiers"):
        add(field_label(name, lang), join_values(getattr(item, name)))
    add(tr("来源", "Origin"), tr("标准目录", "Standard catalog") if item.origin == "standard" else tr("本单位新增", "Local addition"))
    if item.source:
        add(tr("出处", "Source"), source_text(item.source))
    elif domain and domain.placeholder:
        add(tr("出处", "Source"), tr("占位示例：未找到标准指引原文，不是正式目录", "Placeholder: no source for the guideline's "
                                   "wording was found; not an official catalog"), WARN_STYLE)
    add(tr("更新时间", "Updated"), china_time(item.updated_at))
    if item.retired_at:
        add(tr("已停用", "Retired"), tr("{at}，原因：{reason}", "{at}, reason: {reason}",
                                     at=china_time(item.retired_at), reason=item.retired_reason or ""), RETIRED_STYLE)

    banner = ""
    if domain and domain.partial:
        banner = (f"<p style='{PARTIAL_STYLE}'>" + escape(tr("此领域只收录了找到原文的部分事项：", "This domain carries only the "
                                                             "items whose official wording was found: "))
                  + escape(domain.status_note) + "</p>")
    if domain and domain.placeholder:
        banner = (f"<p style='{WARN_STYLE}'>⚠ " + escape(tr("此领域为占位示例，不是正式目录：", "This domain is a placeholder, not an official catalog: "))
                  + escape(domain.status_note) + "</p>")
    body = "".join(
        f"<tr><td style='color:#555; padding:3px 8px 3px 0; white-space:nowrap' valign='top'>{label}</td>"
        f"<td style='padding:3px 0'>{value}</td></tr>" for label, value in rows
    )
    return f"<h3>{escape(item.name)}</h3>{banner}<table cellspacing='0'>{body}</table>"


class ItemDetail(QTextBrowser):
    """Read-only view of the selected item; empty text tells the user to pick one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_detail")
        self.setOpenLinks(False)
        self.show_item(None)

    def show_item(self, item: CatalogItem | None, domain: DomainInfo | None = None) -> None:
        if item is None:
            self.setHtml("<p style='color:#888'>" + escape(tr("在左侧表格中选择一个事项，这里显示它的全部要素。",
                                                             "Select an item in the table to see all its elements.")) + "</p>")
        else:
            self.setHtml(item_html(item, domain))
