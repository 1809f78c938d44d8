"""The standard catalog (标准目录): domains, items with their eight elements, versions, diff, search."""

from __future__ import annotations

import functools
import json
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from townshipdesk.core.catalog_search import ORDER_SQL, search_index
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean, fold
from townshipdesk.core.timelimits import is_same_as_above, parse_time_limit
from townshipdesk.errors import CatalogError
from townshipdesk.i18n import Msg, msg

if TYPE_CHECKING:
    from townshipdesk.core.catalog_shipped import ShippedUpdate

# The 26 pilot domains (国办发〔2019〕54号; seed 000), in the order the notices list them.
PILOT_DOMAINS = (
    "国土空间规划", "重大建设项目", "公共资源交易", "财政预决算", "安全生产", "税收管理", "征地补偿",
    "国有土地上房屋征收", "保障性住房", "农村危房改造", "环境保护", "公共文化服务", "公共法律服务", "扶贫",
    "救灾", "食品药品监管", "城市综合执法", "就业创业", "社会保险", "社会救助", "养老服务", "户籍管理",
    "涉农补贴", "义务教育", "医疗卫生", "市政服务",
)
# How much of its guideline each shipped domain carries (complete / partial / placeholder): a JSON map kept in
# the settings table by the shipped-catalog install and update, so no schema change was needed.
COMPLETENESS_SETTING = "catalog.shipped_completeness"
AUDIENCES = ("全社会", "特定群体")
MODES = ("主动", "依申请")
TIERS = ("县级", "乡级", "村级")

# Everyday abbreviations clerks type for terms catalogs spell out in full ("低保" for 最低生活保障).
SEARCH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "低保": ("最低生活保障",),
    "特困": ("特困人员",),
    "五保": ("特困人员",),
    "社保": ("社会保险",),
    "医保": ("医疗保险", "医疗保障"),
    "养老金": ("养老保险",),
    "危改": ("危房改造",),
    "公租房": ("公共租赁住房",),
    "廉租房": ("公共租赁住房", "廉租住房"),
    "征拆": ("征收", "拆迁"),
    "三公": ("三公经费",),
    "双随机": ("双随机、一公开", "双随机一公开"),
    "预决算": ("预算", "决算"),
    "义教": ("义务教育",),
    "户口": ("户籍",),
    "身份证": ("居民身份证",),
}

# Field name → (Chinese column name, English label). The eight elements plus the item's two names.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "domain": ("领域", "Domain"),
    "level1": ("一级事项", "Item (level 1)"),
    "level2": ("二级事项", "Item (level 2)"),
    "content": ("公开内容（要素）", "Content"),
    "basis": ("公开依据", "Legal basis"),
    "time_limit": ("公开时限", "Time limit"),
    "body": ("公开主体", "Responsible body"),
    "channels": ("公开渠道和载体", "Channels"),
    "audience": ("公开对象", "Audience"),
    "mode": ("公开方式", "Mode"),
    "tiers": ("公开层级", "Tier"),
}
TEXT_FIELDS = ("level1", "level2", "content", "basis", "time_limit", "body")
LIST_FIELDS = ("channels", "audience", "mode", "tiers")
ELEMENT_FIELDS = ("content", "basis", "time_limit", "body", "channels", "audience", "mode", "tiers")
COMPARED_FIELDS = ("domain", *TEXT_FIELDS, *LIST_FIELDS)


def field_label(name: str, lang: str = "zh") -> str:
    zh, en = FIELD_LABELS[name]
    return Msg(zh, en).text(lang)


@dataclass
class CatalogItem:
    """One disclosure item (公开事项) with its eight elements."""

    domain: str
    level1: str
    level2: str = ""
    content: str = ""
    basis: str = ""
    time_limit: str = ""
    body: str = ""
    channels: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)
    uuid: str = ""
    origin: str = "standard"  # standard (from a catalog) or local (this township's addition)
    sort: int = 0
    source: str = ""
    retired_at: str | None = None
    retired_reason: str | None = None
    updated_at: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.domain, self.level1, self.level2)

    @property
    def name(self) -> str:
        return f"{self.level1} / {self.level2}" if self.level2 else self.level1

    @property
    def short_id(self) -> str:
        return self.uuid[:8]

    @property
    def time_limit_parsed(self) -> bool:
        return parse_time_limit(self.time_limit) is not None

    def elements(self) -> dict[str, Any]:
        """The compared fields: what makes two versions of an item the same or different."""
        return {name: getattr(self, name) for name in COMPARED_FIELDS}

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.uuid, **self.elements()}
        data.update(
            origin=self.origin,
            retired=self.retired_at is not None,
            retired_at=self.retired_at,
            retired_reason=self.retired_reason,
            time_limit_parsed=self.time_limit_parsed,
            source=self.source,
        )
        return data

    def search_text(self) -> str:
        parts = [self.domain, *(getattr(self, f) for f in TEXT_FIELDS), *(x for f in LIST_FIELDS for x in getattr(self, f))]
        # \x1f keeps a query from matching across two fields.
        return "\x1f".join(fold(p) for p in parts)


def normalise_item(item: CatalogItem) -> CatalogItem:
    """Store form: every text NFC and trimmed, list values deduplicated in canonical order."""
    out = replace(item, domain=clean(item.domain).replace("\n", ""))
    for name in TEXT_FIELDS:
        setattr(out, name, clean(getattr(item, name)))
    out.level1 = out.level1.replace("\n", "")
    out.level2 = out.level2.replace("\n", "")
    out.channels = list(dict.fromkeys(clean(c) for c in item.channels if clean(c)))
    for name, order in (("audience", AUDIENCES), ("mode", MODES), ("tiers", TIERS)):
        values = {clean(v) for v in getattr(item, name)}
        setattr(out, name, [v for v in order if v in values])
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell, row or sheet of an imported workbook or an edited item."""

    sheet: str
    row: int  # 1-based worksheet row; 0 for the whole sheet or file
    column: str  # Chinese column name, or "" for the whole row
    message: Msg
    severity: str = "error"  # error: the row cannot be imported; warning: imported and flagged

    def text(self) -> str:
        place = self.sheet or ""
        if self.row:
            place += f" 第{self.row}行" if _zh() else f" row {self.row}"
        if self.column:
            place += f" [{self.column}]"
        kind = "" if self.severity == "error" else ("（提示）" if _zh() else " (warning)")
        return f"{place.strip()}{kind}：{self.message}" if _zh() else f"{place.strip()}{kind}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "severity": self.severity,
                "message": self.message.text()}


def _zh() -> bool:
    from townshipdesk.i18n import language

    return language() == "zh"


def validate_item(item: CatalogItem) -> list[tuple[str, Msg, str]]:
    """Check the eight elements and the 时限: (field, message, severity) for each problem."""
    out: list[tuple[str, Msg, str]] = []
    if not item.domain:
        out.append(("domain", msg("缺少所属领域", "The domain is missing"), "error"))
    if not item.level1 and not item.level2:
        out.append(("level1", msg("缺少事项名称（一级事项/二级事项）", "The item has no name"), "error"))
    for name in ELEMENT_FIELDS:
        zh, en = FIELD_LABELS[name]
        if not getattr(item, name):
            if name in LIST_FIELDS and name != "channels":
                out.append((name, msg("“{label}”未勾选任何一项", "No box ticked under '{label}'", label=zh), "error"))
            else:
                out.append((name, msg("缺少“{label}”", "'{label}' is empty", label=zh), "error"))
    for name in ("domain", *TEXT_FIELDS):  # names are short texts (as bundles carry them), elements one cell each
        value, limit = getattr(item, name), SHORT_TEXT_LIMIT if name in ("domain", "level1", "level2") else LONG_TEXT_LIMIT
        if len(value) > limit:
            out.append((name, msg("文字过长（{n} 字），最多 {m} 字", "the text is too long ({n} characters); at most {m}",
                                  n=len(value), m=limit), "error"))
    too_long = [c for c in item.channels if len(c) > SHORT_TEXT_LIMIT]
    if too_long:
        out.append(("channels", msg("公开渠道“{c}…”过长（{n} 字），每个渠道最多 {m} 字", "A channel ('{c}…') is too long ({n} "
                                    "characters); at most {m} each", c=too_long[0][:20], n=len(too_long[0]),
                                    m=SHORT_TEXT_LIMIT), "error"))
    if item.time_limit:
        if is_same_as_above(item.time_limit):
            out.append(("time_limit", msg("“同上”没有可参照的上一行", "'同上' (same as above) has no row above"), "error"))
        elif parse_time_limit(item.time_limit) is None:
            out.append(
                (
                    "time_limit",
                    msg(
                        "公开时限“{text}”无法识别为规则，将按原文保存并标记，不计算期限",
                        "Time limit '{text}' is not a recognisable rule; kept as text and flagged, no due date computed",
                        text=item.time_limit,
                    ),
                    "warning",
                )
            )
    return out


@dataclass
class SourceRow:
    """An item as read from a workbook row, with what is wrong with it."""

    item: CatalogItem
    sheet: str
    row: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


@dataclass
class ItemChange:
    before: CatalogItem
    after: CatalogItem
    fields: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.before.uuid,
            "domain": self.after.domain,
            "level1": self.after.level1,
            "level2": self.after.level2,
            "fields": {f: {"before": getattr(self.before, f), "after": getattr(self.after, f)} for f in self.fields},
        }


@dataclass
class ImportPlan:
    """What importing a workbook would do. Built without touching the database; applied in one transaction."""

    source: str
    rows: list[SourceRow]
    file_problems: list[Problem]
    domains: list[str]
    added: list[CatalogItem] = field(default_factory=list)
    changed: list[ItemChange] = field(default_factory=list)
    # Standard items of the file's domains that the file lacks. A county workbook often carries only part of
    # a domain, so they are retired only when asked (`retire_missing`), never silently.
    missing: list[CatalogItem] = field(default_factory=list)
    unchanged: int = 0
    skip_bad: bool = False
    retire_missing: bool = False

    @property
    def retired(self) -> list[CatalogItem]:
        """The missing items this plan retires: all of them when asked, none otherwise."""
        return self.missing if self.retire_missing else []

    @property
    def kept(self) -> list[CatalogItem]:
        """The missing items this plan keeps as they are."""
        return [] if self.retire_missing else self.missing

    @property
    def problems(self) -> list[Problem]:
        return [*self.file_problems, *(p for r in self.rows for p in r.problems)]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def bad_rows(self) -> list[SourceRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def good_rows(self) -> list[SourceRow]:
        return [r for r in self.rows if r.ok]

    @property
    def can_apply(self) -> bool:
        """Nothing blocks: no errors at all, or the user chose to import only the good rows."""
        return bool(self.good_rows) and (not self.errors or self.skip_bad)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.retired)

    def summary(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "rows": len(self.rows),
            "good_rows": len(self.good_rows),
            "bad_rows": len(self.bad_rows),
            "domains": self.domains,
            "added": len(self.added),
            "changed": len(self.changed),
            "retired": len(self.retired),
            "missing": len(self.missing),
            "kept_missing": len(self.kept),
            "unchanged": self.unchanged,
            "problems": [p.to_json() for p in self.problems],
        }


@dataclass(frozen=True)
class Version:
    number: int
    created_at: str
    kind: str
    source: str
    note: str
    added: int
    changed: int
    retired: int
    total: int

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Diff:
    a: int
    b: int
    added: list[CatalogItem]
    removed: list[CatalogItem]
    changed: list[ItemChange]

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.a,
            "to": self.b,
            "added": [i.to_json() for i in self.added],
            "removed": [i.to_json() for i in self.removed],
            "changed": [c.to_json() for c in self.changed],
        }


@dataclass(frozen=True)
class DomainInfo:
    name: str
    sort: int
    pilot: bool
    guide: str
    guide_department: str
    status: str
    status_note: str
    active: int
    retired: int
    completeness: str = ""  # shipped domains: complete / partial / placeholder

    @property
    def placeholder(self) -> bool:
        return self.status == "placeholder"

    @property
    def partial(self) -> bool:
        """A shipped domain that carries only the guideline rows whose official wording was found."""
        return self.status == "guideline" and self.completeness == "partial"

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)} | {"placeholder": self.placeholder,
                                                                          "partial": self.partial}


_ITEM_COLUMNS = (
    "uuid, domain, level1, level2, content, basis, time_limit, body, channels, audience, mode, tiers, "
    "origin, sort, source, retired_at, retired_reason, updated_at"
)


_ITEM_COLUMNS_I = ", ".join(f"i.{c.strip()}" for c in _ITEM_COLUMNS.split(","))


@functools.lru_cache(maxsize=512)
def _json_list(text: str) -> tuple[str, ...]:
    # The list elements take few distinct values (["全社会"], ["主动", "依申请"] …): parsed once, not per row.
    return tuple(json.loads(text))


# The columns in the order of CatalogItem's fields: a page of search results is built from plain tuples.
_ITEM_FIELD_COLUMNS = ", ".join(f.name for f in fields(CatalogItem))
_LIST_POSITIONS = tuple(i for i, f in enumerate(fields(CatalogItem)) if f.name in LIST_FIELDS)


def _values_to_item(values: list[Any]) -> CatalogItem:
    for i in _LIST_POSITIONS:
        values[i] = list(_json_list(values[i]))
    return CatalogItem(*values)


def _row_to_item(row: dict[str, Any]) -> CatalogItem:
    data = dict(row)
    for name in LIST_FIELDS:
        data[name] = list(_json_list(data[name]))
    return CatalogItem(**data)


def _snapshot_item(data: dict[str, Any], uuid: str) -> CatalogItem:
    return CatalogItem(uuid=uuid, **{k: v for k, v in data.items() if k in {f.name for f in fields(CatalogItem)}})


class Catalog:
    """Operations on the catalog stored in one Database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def site_id(self) -> str:
        """Whose catalog this is: a county's database also holds its townships' catalogs (from their bundles)."""
        row = self.db.conn.execute("SELECT site_id FROM site WHERE id = 1").fetchone()
        return row[0] if row else ""

    # ---- reading -------------------------------------------------------------------------
    def domains(self) -> list[DomainInfo]:
        rows = self.db.query(
            """SELECT d.*,
                      (SELECT count(*) FROM catalog_items i WHERE i.domain = d.name AND i.retired_at IS NULL
                       AND i.site_id = :site) AS active,
                      (SELECT count(*) FROM catalog_items i WHERE i.domain = d.name AND i.retired_at IS NOT NULL
                       AND i.site_id = :site) AS retired
               FROM domains d ORDER BY d.sort, d.name""", {"site": self.site_id}
        )
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", (COMPLETENESS_SETTING,)).fetchone()
        completeness: dict[str, str] = json.loads(row[0]) if row else {}
        return [DomainInfo(**{**r, "pilot": bool(r["pilot"]),
                              "completeness": completeness.get(r["name"], "") if r["status"] != "imported" else ""})
                for r in rows]

    def domain(self, name: str) -> DomainInfo | None:
        return next((d for d in self.domains() if d.name == name), None)

    def _query_terms(self, query: str | None) -> list[tuple[str, ...]]:
        return [(term, *SEARCH_ABBREVIATIONS.get(term, ())) for term in _terms(query)]

    def items(
        self,
        domain: str | None = None,
        *,
        include_retired: bool = False,
        query: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CatalogItem]:
        """Items in catalog order, optionally of one domain and matching a search."""
        if _terms(query):
            index = search_index(self.db)
            return self._by_rowids(index.rowids(self._query_terms(query), domain, include_retired, self.site_id, offset, limit))
        clauses, params = ["i.site_id = ?"], [self.site_id]
        if not include_retired:
            clauses.append("i.retired_at IS NULL")
        if domain:
            clauses.append("i.domain = ?")
            params.append(domain)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT {_ITEM_COLUMNS_I} FROM catalog_items i LEFT JOIN domains d ON d.name = i.domain{where} {ORDER_SQL}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [_row_to_item(r) for r in self.db.query(sql, params)]

    def _by_rowids(self, rowids: list[int]) -> list[CatalogItem]:
        """Items in the order of `rowids` (the search's ranking); by rowid, SQLite goes straight to each row."""
        found: dict[int, CatalogItem] = {}
        for start in range(0, len(rowids), 500):  # stay far below SQLite's bound-parameter limit
            chunk = rowids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            for rowid, *values in self.db.conn.execute(
                    f"SELECT rowid, {_ITEM_FIELD_COLUMNS} FROM catalog_items WHERE rowid IN ({marks})", chunk):
                found[rowid] = _values_to_item(values)
        return [found[i] for i in rowids if i in found]

    def count(self, domain: str | None = None, *, include_retired: bool = False, query: str | None = None) -> int:
        if _terms(query):
            return search_index(self.db).count(self._query_terms(query), domain, include_retired, self.site_id)
        sql = "SELECT count(*) FROM catalog_items WHERE site_id = ?"
        params: list[Any] = [self.site_id]
        if not include_retired:
            sql += " AND retired_at IS NULL"
        if domain:
            sql += " AND domain = ?"
            params.append(domain)
        return self.db.conn.execute(sql, params).fetchone()[0]

    def search(self, text: str, domain: str | None = None, *, include_retired: bool = False) -> list[CatalogItem]:
        """Items whose elements contain every word of `text` (full/half-width and case ignored)."""
        if not _terms(text):
            return []
        return self.items(domain, include_retired=include_retired, query=text)

    def get(self, ident: str) -> CatalogItem:
        """An item by id or id prefix (at least 4 characters, as shown in lists)."""
        ident = ident.strip().lower()
        if len(ident) < 4:
            raise CatalogError(msg("事项编号至少需要4位：“{id}”", "An item id needs at least 4 characters: '{id}'", id=ident))
        rows = self.db.query(f"SELECT {_ITEM_COLUMNS} FROM catalog_items WHERE uuid LIKE ? AND site_id = ?",
                             (ident + "%", self.site_id))
        if not rows:
            raise CatalogError(msg("找不到编号为“{id}”的事项", "No item with id '{id}'", id=ident))
        if len(rows) > 1:
            raise CatalogError(msg("编号“{id}”对应多个事项，请输入更长的编号", "Id '{id}' matches several items; give more characters", id=ident))
        return _row_to_item(rows[0])

    # ---- versions --------------------------------------------------------------------------
    def versions(self) -> list[Version]:
        return [Version(**r) for r in self.db.query("SELECT * FROM catalog_versions ORDER BY number")]

    def latest_version(self) -> int | None:
        row = self.db.conn.execute("SELECT max(number) FROM catalog_versions").fetchone()
        return row[0]

    def snapshot(self, version: int) -> dict[str, CatalogItem]:
        if not self.db.conn.execute("SELECT 1 FROM catalog_versions WHERE number = ?", (version,)).fetchone():
            raise CatalogError(msg("没有第 {n} 版目录（用 catalog versions 查看已有版本）",
                                   "There is no catalog version {n} (see catalog versions)", n=version))
        rows = self.db.query("SELECT uuid, data FROM catalog_version_items WHERE version = ?", (version,))
        return {r["uuid"]: _snapshot_item(json.loads(r["data"]), r["uuid"]) for r in rows}

    def diff(self, a: int, b: int) -> Diff:
        """What changed from version a to version b: added, removed, and changed items with their fields."""
        old, new = self.snapshot(a), self.snapshot(b)
        added = [new[u] for u in new if u not in old]
        removed = [old[u] for u in old if u not in new]
        changed = []
        for u in new:
            if u in old:
                fields_changed = _changed_fields(old[u], new[u])
                if fields_changed:
                    changed.append(ItemChange(old[u], new[u], fields_changed))
        order = item_order
        return Diff(a, b, sorted(added, key=order), sorted(removed, key=order), sorted(changed, key=lambda c: order(c.after)))

    def _record_version(self, kind: str, source: str, note: str, added: int, changed: int, retired: int) -> Version:
        total = self.count()
        cur = self.db.conn.execute(
            "INSERT INTO catalog_versions (created_at, kind, source, note, added, changed, retired, total) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), kind, source, note, added, changed, retired, total),
        )
        number = cur.lastrowid
        self.db.conn.execute(
            """INSERT INTO catalog_version_items (version, uuid, data)
               SELECT ?, uuid, json_object('domain', domain, 'level1', level1, 'level2', level2, 'content', content,
                   'basis', basis, 'time_limit', time_limit, 'body', body, 'channels', json(channels),
                   'audience', json(audience), 'mode', json(mode), 'tiers', json(tiers), 'origin', origin,
                   'sort', sort)
               FROM catalog_items WHERE retired_at IS NULL AND site_id = ?""",
            (number, self.site_id),
        )
        self.db.audit(f"catalog.{kind}", "catalog_version", str(number),
                      {"source": source, "added": added, "changed": changed, "retired": retired})
        return Version(number, utc_now(), kind, source, note, added, changed, retired, total)  # type: ignore[arg-type]

    # ---- writing -----------------------------------------------------------------------------
    def _ensure_domain(self, name: str, *, status: str = "local", note: str = "") -> None:
        exists = self.db.conn.execute("SELECT status FROM domains WHERE name = ?", (name,)).fetchone()
        if exists:
            if status == "imported" and exists[0] != "imported":
                self.db.conn.execute("UPDATE domains SET status = 'imported', status_note = ? WHERE name = ?", (note, name))
            return
        pilot = name in PILOT_DOMAINS
        sort = PILOT_DOMAINS.index(name) + 1 if pilot else 100 + self.db.conn.execute("SELECT count(*) FROM domains").fetchone()[0]
        self.db.conn.execute(
            "INSERT INTO domains (name, sort, pilot, status, status_note) VALUES (?, ?, ?, ?, ?)",
            (name, sort, int(pilot), status, note),
        )

    def _insert(self, item: CatalogItem, now: str) -> CatalogItem:
        item = replace(item, uuid=item.uuid or str(uuidlib.uuid4()), updated_at=now)
        self.db.conn.execute(
            """INSERT INTO catalog_items (uuid, site_id, domain, level1, level2, content, basis, time_limit, body,
                   channels, audience, mode, tiers, origin, sort, source, retired_at, retired_reason,
                   created_at, updated_at, search_text)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)""",
            (item.uuid, self.site_id, item.domain, item.level1, item.level2, item.content, item.basis,
             item.time_limit, item.body, *(json.dumps(getattr(item, f), ensure_ascii=False) for f in LIST_FIELDS),
             item.origin, item.sort, item.source, now, now, item.search_text()),
        )
        return item

    def _update(self, uuid: str, item: CatalogItem, now: str, *, reactivate: bool = False) -> None:
        self.db.conn.execute(
            f"""UPDATE catalog_items SET domain = ?, level1 = ?, level2 = ?, content = ?, basis = ?, time_limit = ?,
                   body = ?, channels = ?, audience = ?, mode = ?, tiers = ?, origin = ?, sort = ?, source = ?,
                   updated_at = ?, search_text = ?{", retired_at = NULL, retired_reason = NULL" if reactivate else ""}
               WHERE uuid = ?""",
            (item.domain, item.level1, item.level2, item.content, item.basis, item.time_limit, item.body,
             *(json.dumps(getattr(item, f), ensure_ascii=False) for f in LIST_FIELDS), item.origin, item.sort,
             item.source, now, item.search_text(), uuid),
        )

    def _existing_by_key(self, domains: Iterable[str]) -> dict[tuple[str, str, str], CatalogItem]:
        names = list(domains)
        if not names:
            return {}
        marks = ",".join("?" * len(names))
        rows = self.db.query(f"SELECT {_ITEM_COLUMNS} FROM catalog_items WHERE site_id = ? AND domain IN ({marks})",
                             [self.site_id, *names])
        return {(r["domain"], r["level1"], r["level2"]): _row_to_item(r) for r in rows}

    def plan_import(self, source: str, rows: list[SourceRow], file_problems: list[Problem], *, skip_bad: bool = False,
                    retire_missing: bool = False) -> ImportPlan:
        """Validate rows and work out what importing them would change. Reads only. Standard items of the
        file's domains that it lacks are retired only with `retire_missing` (kept and listed otherwise)."""
        seen: dict[tuple[str, str, str], SourceRow] = {}
        for r in rows:
            r.item = normalise_item(r.item)
            for name, message, severity in validate_item(r.item):
                r.problems.append(Problem(r.sheet, r.row, field_label(name), message, severity))
            if r.item.key in seen:
                first = seen[r.item.key]
                r.problems.append(Problem(r.sheet, r.row, field_label("level2"), msg(
                    "与 {sheet} 第{row}行的事项重复", "Duplicates the item in {sheet} row {row}", sheet=first.sheet, row=first.row)))
            else:
                seen[r.item.key] = r
        domains = list(dict.fromkeys(r.item.domain for r in rows if r.item.domain))
        plan = ImportPlan(source, rows, file_problems, domains, skip_bad=skip_bad, retire_missing=retire_missing)
        existing = self._existing_by_key(domains)
        for r in plan.good_rows:
            old = existing.get(r.item.key)
            if old is None:
                plan.added.append(r.item)
            elif old.retired_at is not None:
                plan.added.append(replace(r.item, uuid=old.uuid))  # an item that comes back keeps its history
            else:
                changed = _changed_fields(old, r.item)
                if changed:
                    plan.changed.append(ItemChange(old, replace(r.item, uuid=old.uuid), changed))
                else:
                    plan.unchanged += 1
        keys_in_file = {r.item.key for r in rows}  # bad rows too: a row we could not read is not a removal
        plan.missing = [i for k, i in existing.items()
                        if k not in keys_in_file and i.retired_at is None and i.origin == "standard"]
        plan.missing.sort(key=item_order)
        return plan

    def apply_import(self, plan: ImportPlan) -> Version | None:
        """Apply a plan in one transaction; a new version when anything changed. Refuses a blocked plan."""
        if not plan.can_apply:
            raise CatalogError(msg("目录中有错误，未导入任何内容；可选择只导入无误的行",
                                   "The workbook has errors; nothing was imported. You may import only the good rows"))
        note = f"由 {Path(plan.source).name} 导入"
        with self.db.transaction():
            for name in plan.domains:
                self._ensure_domain(name, status="imported", note=note)
            return self.apply_plan(plan, "import", Path(plan.source).name, note,
                                   msg("新版目录中已无此事项", "Not in the new catalog version").zh)

    def apply_plan(self, plan: ImportPlan, kind: str, source: str, note: str, retire_reason: str) -> Version | None:
        """Write a plan's additions, changes and retirements (inside the caller's transaction): shared by
        workbook imports and the shipped-catalog update. A new version when anything changed."""
        now = utc_now()
        sorts = {r.item.key: r.item.sort for r in plan.rows}
        for item in plan.added:
            if item.uuid:
                self._update(item.uuid, item, now, reactivate=True)
            else:
                self._insert(item, now)
        for change in plan.changed:
            self._update(change.before.uuid, change.after, now)
        for item in plan.retired:
            self._retire(item.uuid, retire_reason, now)
        # Keep the file's row order for unchanged items too (only where it moved: every update is also a
        # change to sync).
        current = {k: i.sort for k, i in self._existing_by_key(plan.domains).items()}
        for key, sort in sorts.items():
            if key in current and current[key] != sort:
                self.db.conn.execute("UPDATE catalog_items SET sort = ? WHERE site_id = ? AND domain = ? AND level1 = ? "
                                     "AND level2 = ?", (sort, self.site_id, *key))
        if not plan.has_changes:
            return None
        return self._record_version(kind, source, note, len(plan.added), len(plan.changed), len(plan.retired))

    def _retire(self, uuid: str, reason: str, now: str) -> None:
        self.db.conn.execute("UPDATE catalog_items SET retired_at = ?, retired_reason = ?, updated_at = ? WHERE uuid = ?",
                             (now, reason, now, uuid))

    @contextmanager
    def edit_batch(self, note: str = "") -> Iterator[EditBatch]:
        """Group edits into one transaction and one catalog version."""
        with self.db.transaction():
            batch = EditBatch(self, utc_now())
            yield batch
            if batch.added or batch.changed or batch.retired:
                batch.version = self._record_version("edit", "", note, batch.added, batch.changed, batch.retired)

    def add_item(self, item: CatalogItem, note: str = "") -> CatalogItem:
        with self.edit_batch(note) as batch:
            return batch.add(item)

    def update_item(self, ident: str, changes: dict[str, Any], note: str = "") -> CatalogItem:
        with self.edit_batch(note) as batch:
            return batch.update(ident, changes)

    def retire_item(self, ident: str, reason: str) -> CatalogItem:
        with self.edit_batch(reason) as batch:
            return batch.retire(ident, reason)

    def restore_item(self, ident: str, note: str = "") -> CatalogItem:
        with self.edit_batch(note) as batch:
            return batch.restore(ident)

    def install_shipped(self, folder: Path) -> Version | None:
        """Load the shipped starting catalog (one JSON file per domain) into an empty catalog."""
        from townshipdesk.core.catalog_shipped import install_shipped

        return install_shipped(self, folder)

    def update_shipped(self, folder: Path) -> ShippedUpdate:
        """Bring a catalog that started from an older shipped catalog up to the current one (a new version)."""
        from townshipdesk.core.catalog_shipped import update_shipped

        return update_shipped(self, folder)


@dataclass
class EditBatch:
    """Edits inside one `Catalog.edit_batch`; each counted toward the batch's version."""

    catalog: Catalog
    now: str
    added: int = 0
    changed: int = 0
    retired: int = 0
    version: Version | None = None

    def _check(self, item: CatalogItem) -> CatalogItem:
        item = normalise_item(item)
        errors = [(f, m) for f, m, s in validate_item(item) if s == "error"]
        if errors:
            name, message = errors[0]
            raise CatalogError(message, where=field_label(name))
        return item

    def add(self, item: CatalogItem) -> CatalogItem:
        item = self._check(replace(item, uuid="", origin=item.origin or "local"))
        clash = self.catalog.db.conn.execute(
            "SELECT uuid, retired_at FROM catalog_items WHERE site_id = ? AND domain = ? AND level1 = ? AND level2 = ?",
            (self.catalog.site_id, *item.key)
        ).fetchone()
        if clash and clash[1] is None:
            raise CatalogError(msg("该领域已有同名事项“{name}”", "The domain already has an item named '{name}'", name=item.name))
        self.catalog._ensure_domain(item.domain)
        if item.sort == 0:
            item.sort = 1 + self.catalog.db.conn.execute(
                "SELECT coalesce(max(sort), 0) FROM catalog_items WHERE site_id = ? AND domain = ?",
                (self.catalog.site_id, item.domain)).fetchone()[0]
        if clash:
            item = replace(item, uuid=clash[0])
            self.catalog._update(clash[0], item, self.now, reactivate=True)
        else:
            item = self.catalog._insert(item, self.now)
        self.added += 1
        return self.catalog.get(item.uuid)

    def update(self, ident: str, changes: dict[str, Any]) -> CatalogItem:
        old = self.catalog.get(ident)
        unknown = set(changes) - set(COMPARED_FIELDS)
        if unknown:
            raise CatalogError(msg("不能修改的字段：{names}", "Fields that cannot be edited: {names}", names=", ".join(sorted(unknown))))
        new = self._check(replace(old, **changes))
        if new.key != old.key:
            clash = self.catalog.db.conn.execute(
                "SELECT 1 FROM catalog_items WHERE site_id = ? AND domain = ? AND level1 = ? AND level2 = ? AND uuid != ?",
                (self.catalog.site_id, *new.key, old.uuid)
            ).fetchone()
            if clash:
                raise CatalogError(msg("该领域已有同名事项“{name}”", "The domain already has an item named '{name}'", name=new.name))
            self.catalog._ensure_domain(new.domain)
        if _changed_fields(old, new):
            self.catalog._update(old.uuid, new, self.now)
            self.changed += 1
        return self.catalog.get(old.uuid)

    def retire(self, ident: str, reason: str) -> CatalogItem:
        item = self.catalog.get(ident)
        if item.retired_at is not None:
            raise CatalogError(msg("事项“{name}”已停用", "Item '{name}' is already retired", name=item.name))
        if not clean(reason):
            raise CatalogError(msg("停用事项需要填写原因", "Retiring an item needs a reason"))
        self.catalog._retire(item.uuid, clean(reason), self.now)
        self.retired += 1
        return self.catalog.get(item.uuid)

    def restore(self, ident: str) -> CatalogItem:
        item = self.catalog.get(ident)
        if item.retired_at is None:
            raise CatalogError(msg("事项“{name}”未停用", "Item '{name}' is not retired", name=item.name))
        self.catalog.db.conn.execute(
            "UPDATE catalog_items SET retired_at = NULL, retired_reason = NULL, updated_at = ? WHERE uuid = ?", (self.now, item.uuid))
        self.added += 1
        return self.catalog.get(item.uuid)


def _terms(query: str | None) -> list[str]:
    return [fold(t) for t in (query or "").split() if fold(t)]


def _changed_fields(old: CatalogItem, new: CatalogItem) -> list[str]:
    return [f for f in COMPARED_FIELDS if getattr(old, f) != getattr(new, f)]


def item_order(item: CatalogItem) -> tuple[int, str, int, str, str]:
    """Catalog order: the 26 domains as the notices list them, then the rest, then each domain's own order."""
    pilot = PILOT_DOMAINS.index(item.domain) if item.domain in PILOT_DOMAINS else 99
    return (pilot, item.domain, item.sort, item.level1, item.level2)
