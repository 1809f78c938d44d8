"""The catalog shipped with the program (catalogs/*.json): the first install into an empty catalog, and bringing
an office that already works from an older shipped catalog up to the current one as a new catalog version.

The update reuses the workbook import's plan: items are matched by (domain, 一级事项, 二级事项), so an item
whose wording changed keeps its id and its disclosure records; an item the new catalog no longer has is
retired (not deleted), and its records stay attached to it. The township's own additions are never touched,
and a domain the county's workbook replaced stays the county's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townshipdesk.core.catalog import (
    COMPLETENESS_SETTING,
    LIST_FIELDS,
    PILOT_DOMAINS,
    TEXT_FIELDS,
    Catalog,
    CatalogItem,
    SourceRow,
    Version,
    normalise_item,
)
from townshipdesk.core.text import clean
from townshipdesk.errors import CatalogError
from townshipdesk.i18n import msg

DIGEST_SETTING = "catalog.shipped_digest"  # which shipped catalog this database last took in
SHIPPED_NOTE = "随软件提供的标准目录"
UPDATE_NOTE = "随软件提供的标准目录更新（按国家标准指引原文核对）"
RETIRE_REASON = "随软件提供的新版标准目录中已无此事项（按国家标准指引原文核对）"
MANAGED_STATUSES = ("guideline", "placeholder", "local")  # not 'imported': the county's catalog wins


@dataclass(frozen=True)
class ShippedDomain:
    """One file of the shipped catalog."""

    file: str
    name: str
    guide: str
    guide_department: str
    status: str
    completeness: str
    status_note: str
    items: list[CatalogItem]


@dataclass
class ShippedUpdate:
    """What `update_shipped` did."""

    version: Version | None = None
    up_to_date: bool = False
    domains: list[str] = field(default_factory=list)  # domains brought up to the shipped catalog
    skipped: list[str] = field(default_factory=list)  # domains the county's workbook replaced: left alone
    kept_local: list[CatalogItem] = field(default_factory=list)  # own additions named like a shipped item
    added: int = 0
    changed: int = 0
    retired: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version.number if self.version else None,
            "up_to_date": self.up_to_date,
            "domains": self.domains,
            "skipped_domains": self.skipped,
            "kept_local": [i.to_json() for i in self.kept_local],
            "added": self.added,
            "changed": self.changed,
            "retired": self.retired,
        }


def read_shipped(folder: Path) -> list[ShippedDomain]:
    """Every domain file in the folder, items normalised as the store keeps them."""
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            name = clean(data["domain"])
            items = [normalise_item(CatalogItem(domain=name, sort=index + 1, source=clean(raw.get("source", "")),
                                                **{k: raw[k] for k in (*TEXT_FIELDS, *LIST_FIELDS)}))
                     for index, raw in enumerate(data["items"])]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CatalogError(msg("随软件提供的目录文件 {f} 已损坏（{e}），请重新安装 TownshipDesk",
                                   "The shipped catalog file {f} is damaged ({e}); reinstall TownshipDesk",
                                   f=path.name, e=exc)) from exc
        status = data.get("status", "placeholder")
        out.append(ShippedDomain(path.name, name, data.get("guide", ""), data.get("guide_department", ""), status,
                                 data.get("completeness", "placeholder" if status == "placeholder" else ""),
                                 data.get("status_note", ""), items))
    return out


def shipped_digest(folder: Path) -> str:
    """A fingerprint of the shipped catalog, so an update runs once per new catalog, not on every start."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _put_setting(catalog: Catalog, key: str, value: str) -> None:
    catalog.db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def _setting(catalog: Catalog, key: str) -> str:
    row = catalog.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def _set_domains(catalog: Catalog, domains: list[ShippedDomain]) -> None:
    """The domains' guide, status and note, and how much of the guideline each carries."""
    completeness = json.loads(_setting(catalog, COMPLETENESS_SETTING) or "{}")
    for domain in domains:
        catalog._ensure_domain(domain.name)
        catalog.db.conn.execute(
            "UPDATE domains SET guide = ?, guide_department = ?, status = ?, status_note = ? WHERE name = ?",
            (domain.guide, domain.guide_department, domain.status, domain.status_note, domain.name))
        completeness[domain.name] = domain.completeness
    _put_setting(catalog, COMPLETENESS_SETTING, json.dumps(completeness, ensure_ascii=False, sort_keys=True))


def install_shipped(catalog: Catalog, folder: Path) -> Version | None:
    """Load the shipped catalog into an empty catalog as its first version. None if the catalog is not empty."""
    if catalog.count(include_retired=True):
        return None
    shipped = read_shipped(folder)
    from townshipdesk.core.store import utc_now

    now = utc_now()
    added = 0
    with catalog.db.transaction():
        for name in PILOT_DOMAINS:
            catalog._ensure_domain(name)
        _set_domains(catalog, shipped)
        for domain in shipped:
            for item in domain.items:
                catalog._insert(item, now)
                added += 1
        _put_setting(catalog, DIGEST_SETTING, shipped_digest(folder))
        if not added:
            return None
        return catalog._record_version("shipped", "catalogs/", SHIPPED_NOTE, added, 0, 0)


def update_shipped(catalog: Catalog, folder: Path) -> ShippedUpdate:
    """Take in the current shipped catalog as a new version. Runs once per shipped catalog (by its digest);
    an empty catalog is left to `install_shipped`."""
    digest = shipped_digest(folder)
    if _setting(catalog, DIGEST_SETTING) == digest or not catalog.count(include_retired=True):
        return ShippedUpdate(up_to_date=True)
    info = {d.name: d for d in catalog.domains()}
    shipped = read_shipped(folder)
    result = ShippedUpdate()
    managed = []
    for domain in shipped:
        current = info.get(domain.name)
        if current is not None and current.status not in MANAGED_STATUSES:
            result.skipped.append(domain.name)
        else:
            managed.append(domain)
    rows = [SourceRow(item, f"catalogs/{d.file}", n + 1) for d in managed for n, item in enumerate(d.items)]
    plan = catalog.plan_import("catalogs/", rows, [], retire_missing=True)  # the shipped catalog is whole
    # A township's own addition that happens to carry a shipped item's name stays the township's.
    local = {i.key: i for i in catalog.items(include_retired=True) if i.origin == "local"}
    result.kept_local = [local[r.item.key] for r in rows if r.item.key in local]
    kept = {i.uuid for i in result.kept_local}
    kept_keys = {i.key for i in result.kept_local}
    plan.changed = [c for c in plan.changed if c.before.uuid not in kept]
    plan.added = [i for i in plan.added if i.uuid not in kept]
    plan.rows = [r for r in plan.rows if r.item.key not in kept_keys]
    with catalog.db.transaction():
        _set_domains(catalog, managed)
        result.version = catalog.apply_plan(plan, "shipped", "catalogs/", UPDATE_NOTE, RETIRE_REASON)
        # Where each item's wording comes from is not an element (an import's row numbers would show up as
        # changes), so it is brought up to date apart from the plan.
        for domain in managed:
            for item in domain.items:
                if item.key not in kept_keys:
                    catalog.db.conn.execute(
                        "UPDATE catalog_items SET source = ? WHERE site_id = ? AND domain = ? AND level1 = ? AND level2 = ? "
                        "AND source <> ?", (item.source, catalog.site_id, *item.key, item.source))
        _put_setting(catalog, DIGEST_SETTING, digest)
    result.domains = [d.name for d in managed]
    result.added, result.changed, result.retired = len(plan.added), len(plan.changed), len(plan.retired)
    return result
