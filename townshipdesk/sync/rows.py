"""What a row of each synced table may hold when it arrives in a bundle: one `TableRules` entry per table.

Types come from the database itself (PRAGMA table_info: TEXT / INTEGER / REAL, NOT NULL, defaults); the entry
adds what SQLite cannot say: which columns are dates, enumerations, JSON lists, long texts, and which parent
table a `*_uuid` column points at. Adding a table that travels is one entry in TABLES (parents first).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.numbers import (
    CONCERN_NUMBERS,
    DECISION_NUMBERS,
    POSTING_NUMBERS,
    RECORD_NUMBERS,
    REQUEST_NUMBERS,
    NumberScheme,
)
from townshipdesk.core.store import Database
from townshipdesk.core.text import SHORT_TEXT_LIMIT
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import msg

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?$")
MAX_INT = 2**53 - 1  # what every JSON reader holds exactly; 2**63 is not a count of anything
SHORT_TEXT = SHORT_TEXT_LIMIT  # names, titles, codes: the limit entry applies too
LONG_TEXT = 100_000  # content, notes, legal basis: characters
MAX_LIST_ITEMS = 200


def shown(value: object, limit: int = 60) -> str:
    """Text from a bundle as it may appear in a one-line message: control characters as '?', cut to `limit`."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value)[:limit + 1])
    return text if len(text) <= limit else text[:limit] + "…"


def _enum(*values: str) -> frozenset[str]:
    return frozenset(values)


def _decision_enums() -> dict[str, frozenset[str]]:
    from townshipdesk.core.decisions import STATUSES

    return {"status": frozenset(STATUSES)}


def _decision_event_enums() -> dict[str, frozenset[str]]:
    from townshipdesk.core.decisions import EVENTS

    return {"kind": frozenset(EVENTS)}


def _comment_enums() -> dict[str, frozenset[str]]:
    from townshipdesk.core.decisions import ADOPTED

    return {"adopted": frozenset(ADOPTED)}


def _request_enums() -> dict[str, frozenset[str]]:
    from townshipdesk.core.requests import APPLICANTS, CHANNELS, OUTCOMES

    return {"channel": frozenset(CHANNELS), "applicant_type": frozenset(APPLICANTS), "outcome": frozenset(OUTCOMES)}


def _concern_enums() -> dict[str, frozenset[str]]:
    from townshipdesk.core.concerns import SOURCES

    return {"source": frozenset(SOURCES)}


@dataclass(frozen=True)
class TableRules:
    name: str
    owner_via: tuple[str, str] | None = None  # rows without site_id belong to their parent's site: (column, table)
    dates: frozenset[str] = frozenset()
    enums: dict[str, frozenset[str]] = field(default_factory=dict)
    enums_from: Callable[[], dict[str, frozenset[str]]] | None = None  # enums kept by the module that owns them
    json_lists: frozenset[str] = frozenset()
    long_texts: frozenset[str] = frozenset()
    refs: dict[str, str] = field(default_factory=dict)  # column → parent table (by uuid)
    flags: frozenset[str] = frozenset()  # INTEGER 0/1
    sha256: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()  # 12-digit division codes
    numbers: NumberScheme | None = None  # the `number` column's shape (2026-0012, 依申2026-003 …)

    def all_enums(self) -> dict[str, frozenset[str]]:
        return {**self.enums, **(self.enums_from() if self.enums_from else {})}


# Parents before children: rows are applied in this order so references hold.
TABLES: tuple[TableRules, ...] = (
    TableRules("catalog_items", json_lists=frozenset({"channels", "audience", "mode", "tiers"}),
               long_texts=frozenset({"content", "basis", "time_limit", "body", "source", "retired_reason"}),
               enums={"origin": _enum("standard", "local")}),
    TableRules("villages", codes=frozenset({"division_code"})),
    TableRules("village_groups", refs={"village_uuid": "villages"}),
    TableRules("village_items", refs={"village_uuid": "villages"},
               enums={"rhythm": _enum("monthly", "quarterly", "immediate")}, flags=frozenset({"statutory"})),
    TableRules("disclosures", refs={"item_uuid": "catalog_items", "policy_uuid": "disclosures"},
               dates=frozenset({"formed_date", "due_date", "due_computed", "period_start", "period_end", "publish_date",
                                "event_date", "lapse_date", "last_reviewed"}),
               enums={"kind": _enum("normal", "interpretation"),
                      "attribute": _enum("此件公开发布", "此件删减后公开", "此件依申请公开", "此件不公开"),
                      "state": _enum("draft", "pending", "reviewed", "published", "returned"),
                      "lapse_status": _enum("失效", "废止")},
               json_lists=frozenset({"channels"}), long_texts=frozenset({"notes", "attribute_reason", "return_comment",
                                                                         "due_reason"}),
               flags=frozenset({"due_estimated"}), numbers=RECORD_NUMBERS),
    # The yearly re-assessment of a record marked 此件不公开 / 此件依申请公开 (core/undisclosed_reviews.py).
    TableRules("undisclosed_reviews", refs={"disclosure_uuid": "disclosures"}, dates=frozenset({"reviewed_on"}),
               enums={"attribute": _enum("此件依申请公开", "此件不公开"), "outcome": _enum("维持", "转为主动公开")},
               long_texts=frozenset({"reason"})),
    TableRules("disclosure_files", owner_via=("disclosure_uuid", "disclosures"), refs={"disclosure_uuid": "disclosures"},
               sha256=frozenset({"sha256"})),
    TableRules("village_postings", refs={"village_uuid": "villages", "item_uuid": "village_items"},
               dates=frozenset({"posted_date", "notice_start", "notice_end"}), json_lists=frozenset({"reviewers"}),
               long_texts=frozenset({"objections", "objection_reply"}), sha256=frozenset({"sheet_sha256"}),
               numbers=POSTING_NUMBERS),
    TableRules("village_events", refs={"village_uuid": "villages", "item_uuid": "village_items",
                                       "posting_uuid": "village_postings"},
               dates=frozenset({"event_date", "due_date"}), flags=frozenset({"due_estimated"})),
    TableRules("requests", dates=frozenset({"received_date", "accepted_date", "correction_notice", "corrected_date",
                                            "consult_start", "consult_end", "opinion_date", "approval_date",
                                            "extension_date", "decision_date", "served_date", "arrived_date",
                                            "fee_notice_date", "fee_served_date", "fee_paid_date"}),
               enums_from=_request_enums, long_texts=frozenset({"content", "notes"}), numbers=REQUEST_NUMBERS),
    TableRules("concerns", enums_from=_concern_enums, flags=frozenset({"major"}), sha256=frozenset({"response_sha256"}),
               long_texts=frozenset({"details", "response_text"}), numbers=CONCERN_NUMBERS),  # *_at: timestamps
    TableRules("annual_figures"),  # the annual report's hand-entered figures (sections 二 and 四), summed by the county
    # 公众参与: the 重大行政决策事项目录, each decision's consultation, the comments with their 采纳情况, the history.
    TableRules("decisions", dates=frozenset({"planned_date", "decided_date", "consult_start", "consult_end",
                                             "feedback_published_date"}),
               enums_from=_decision_enums, json_lists=frozenset({"consult_methods"}),
               long_texts=frozenset({"status_reason", "consult_short_reason", "consult_contact"}), numbers=DECISION_NUMBERS),
    TableRules("decision_comments", refs={"decision_uuid": "decisions"}, dates=frozenset({"received_date"}),
               enums_from=_comment_enums, long_texts=frozenset({"text", "reason"})),
    TableRules("decision_events", refs={"decision_uuid": "decisions"}, dates=frozenset({"event_date"}),
               enums_from=_decision_event_enums, long_texts=frozenset({"reason", "detail"})),
)
RULES = {t.name: t for t in TABLES}
SYNCED_TABLES = tuple(t.name for t in TABLES)


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    required: bool  # NOT NULL without a default: must be present and not null
    nullable: bool


def columns_of(db: Database, table: str) -> dict[str, Column]:
    out = {}
    for _cid, name, sql_type, notnull, default, pk in db.conn.execute(f"PRAGMA table_info({table})").fetchall():
        out[name] = Column(name, str(sql_type).upper(), bool(notnull) and default is None and not pk, not notnull and not pk)
    return out


def _bad(table: str, line: int, column: str, zh: str, en: str, **kw: Any) -> BundleRefused:
    where = msg("changes.jsonl 第{n}行（{t}.{c}）：", "changes.jsonl line {n} ({t}.{c}): ", n=line, t=table, c=column)
    detail = msg(zh, en, **kw)
    return BundleRefused(msg("{w}{d}", "{w}{d}", w=where, d=detail))


def is_real_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return 1900 <= day.year <= 2200


def is_timestamp(value: str) -> bool:
    if not TIME_RE.match(value) or not is_real_date(value[:10]):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def check_value(rules: TableRules, column: Column, value: Any, line: int, enums: dict[str, frozenset[str]]) -> None:
    """One value against its column's rules; BundleRefused naming the line, table and column."""
    t, c = rules.name, column.name
    if value is None:
        if not column.nullable:
            raise _bad(t, line, c, "不能为空", "must not be null")
        return
    if isinstance(value, bool):
        raise _bad(t, line, c, "不应是 true/false", "must not be true/false")
    if column.sql_type == "INTEGER":
        if not isinstance(value, int):
            raise _bad(t, line, c, "应为整数", "must be an integer")
        low = 0 if c in rules.flags else -MAX_INT
        high = 1 if c in rules.flags else MAX_INT
        if not low <= value <= high:
            raise _bad(t, line, c, "数值 {v} 超出范围", "the number {v} is out of range", v=shown(value, 30))
        return
    if column.sql_type == "REAL":
        if not isinstance(value, int | float) or not math.isfinite(value) or abs(value) > MAX_INT:
            raise _bad(t, line, c, "应为有限的数值", "must be a finite number")
        return
    if not isinstance(value, str):
        raise _bad(t, line, c, "应为文字", "must be text")
    limit = LONG_TEXT if c in rules.long_texts or c in rules.json_lists else SHORT_TEXT
    if len(value) > limit:
        raise _bad(t, line, c, "文字过长（{n} 字，上限 {m}）", "the text is too long ({n} characters, limit {m})",
                   n=len(value), m=limit)
    if "\x00" in value:
        raise _bad(t, line, c, "含有空字符", "holds a NUL character")
    if c == "uuid" or c == "site_id" or c in rules.refs:
        if not UUID_RE.match(value):
            raise _bad(t, line, c, "不是有效的标识（UUID）", "is not a valid id (UUID)")
    elif c in rules.dates:
        if not is_real_date(value):
            raise _bad(t, line, c, "“{v}”不是存在的日期（YYYY-MM-DD）", "'{v}' is not a real date (YYYY-MM-DD)", v=shown(value, 20))
    elif c.endswith("_at"):
        if not is_timestamp(value):
            raise _bad(t, line, c, "“{v}”不是有效的时间", "'{v}' is not a valid time", v=shown(value, 30))
    elif c in enums:
        if value not in enums[c]:
            raise _bad(t, line, c, "“{v}”不是允许的值", "'{v}' is not an allowed value", v=shown(value, 30))
    elif c in rules.sha256:
        if not SHA256_RE.match(value):
            raise _bad(t, line, c, "不是 SHA-256 值", "is not a SHA-256 value")
    elif c == "number" and rules.numbers is not None:
        if not rules.numbers.is_valid(value):
            raise _bad(t, line, c, "“{v}”不是有效的编号（应如 {e}）", "'{v}' is not a valid number (like {e})", v=shown(value, 30),
                       e=rules.numbers.format(2026, 1))
    elif c in rules.codes:
        if not re.fullmatch(r"\d{12}", value):
            raise _bad(t, line, c, "不是12位区划代码", "is not a 12-digit division code")
    elif c in rules.json_lists:
        try:
            items = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            items = None
        if (not isinstance(items, list) or len(items) > MAX_LIST_ITEMS
                or not all(isinstance(i, str) and len(i) <= SHORT_TEXT for i in items)):
            raise _bad(t, line, c, "应为文字列表（JSON）", "must be a JSON list of texts")


def check_row(db: Database, rules: TableRules, columns: dict[str, Column], row: dict[str, Any], line: int) -> None:
    """Every column of one row: known, present when required, and each value by its rules."""
    unknown = set(row) - set(columns)
    if unknown:
        raise BundleRefused(msg("changes.jsonl 第{n}行：“{t}”含本程序不认识的字段 {c}，请升级",
                                "changes.jsonl line {n}: '{t}' has fields this program does not know ({c}); upgrade",
                                n=line, t=rules.name, c=shown(", ".join(sorted(unknown)), 200)))
    enums = rules.all_enums()
    for column in columns.values():
        if column.name not in row:
            if column.required:
                raise _bad(rules.name, line, column.name, "缺少此字段", "is missing")
            continue
        check_value(rules, column, row[column.name], line, enums)
