"""The annual report (政府信息公开工作年度报告) tables of the national template (国办公开办函〔2021〕30号).

Section 三 (requests) is computed from the register; sections 二 (proactive disclosure counts) and 四
(administrative review and lawsuits) are entered by hand and kept per year. A county sums its townships.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.requests import APPLICANTS, OUTCOMES
from townshipdesk.core.store import Database, utc_now

COLUMNS = list(APPLICANTS)  # natural, commercial, research, charity, legal, other; 总计 is computed
# Section 二 as the template prints it: four bands, each with its own header row and the rows under it.
SECTION2_BANDS: list[tuple[str, list[str], list[str]]] = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
    ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
    ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"]),
]
SECTION2 = [(row, cols) for _band, cols, rows in SECTION2_BANDS for row in rows]
SECTION4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
SECTION4_REVIEW = [*SECTION4_RESULTS, "总计"]
SECTION4_SUIT = SECTION4_REVIEW
SECTION4_GROUPS = ["复议", "未经复议直接起诉", "复议后起诉"]  # figure keys s4.<group>.<column>
FIGURE_KEYS = ([f"s2.{row}.{col}" for row, cols in SECTION2 for col in cols]
               + [f"s4.{group}.{c}" for group in SECTION4_GROUPS for c in SECTION4_REVIEW])


@dataclass
class RequestTable:
    """Section 三: counts per applicant column."""

    new: dict[str, int] = field(default_factory=dict)
    carried_in: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, dict[str, int]] = field(default_factory=dict)  # outcome code → column → n
    carried_out: dict[str, int] = field(default_factory=dict)

    def total(self, counts: dict[str, int]) -> int:
        return sum(counts.get(c, 0) for c in COLUMNS)

    def handled(self, column: str) -> int:
        return sum(row.get(column, 0) for row in self.outcomes.values())

    def consistent(self) -> list[str]:
        """Columns where 一 + 二 ≠ 三(七) + 四 (empty when the table is consistent)."""
        return [c for c in COLUMNS if self.new.get(c, 0) + self.carried_in.get(c, 0) != self.handled(c) + self.carried_out.get(c, 0)]

    def to_json(self) -> dict[str, Any]:
        return {"new": self.new, "carried_in": self.carried_in, "outcomes": self.outcomes, "carried_out": self.carried_out,
                "consistent": not self.consistent()}


@dataclass
class AnnualReport:
    year: int
    requests: RequestTable
    figures: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "requests": self.requests.to_json(), "figures": self.figures}


def request_table(db: Database, year: int, site_ids: list[str] | None = None) -> RequestTable:
    start, end = dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    where = "deleted_at IS NULL"
    params: list[Any] = []
    if site_ids is not None:
        where += f" AND site_id IN ({','.join('?' * len(site_ids))})"
        params += site_ids
    table = RequestTable()
    for applicant, received, decided, outcome in db.conn.execute(
            f"SELECT applicant_type, received_date, decision_date, outcome FROM requests WHERE {where}", params):
        closed = decided if (decided and outcome) else None
        if received > end or (closed and closed < start):
            continue  # not this year's business
        bucket = table.new if received >= start else table.carried_in
        bucket[applicant] = bucket.get(applicant, 0) + 1
        if closed and closed <= end:
            row = table.outcomes.setdefault(outcome, {})
            row[applicant] = row.get(applicant, 0) + 1
        else:
            table.carried_out[applicant] = table.carried_out.get(applicant, 0) + 1
    return table


def _own_site(db: Database) -> str:
    row = db.conn.execute("SELECT site_id FROM site WHERE id = 1").fetchone()
    return row[0] if row else ""


def figures(db: Database, year: int, site_ids: list[str] | None = None) -> dict[str, str]:
    """The hand-entered figures of a year: this office's own, or the sum over `site_ids` (a county's townships)."""
    if site_ids is None:
        values = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM annual_figures WHERE year = ? AND site_id = ?",
                                                         (year, _own_site(db)))}
        return _with_computed_totals(values)
    totals: dict[str, float] = {}
    marks = ",".join("?" * len(site_ids))
    for r in db.query(f"SELECT key, value FROM annual_figures WHERE year = ? AND site_id IN ({marks})", [year, *site_ids]):
        totals[r["key"]] = totals.get(r["key"], 0.0) + float(r["value"])
    return _with_computed_totals({key: _number_text(value) for key, value in totals.items()})


def _with_computed_totals(values: dict[str, str]) -> dict[str, str]:
    """Each section-四 总计 as the sum of its four results, whatever was stored: a row that came in a bundle (or
    from a version before totals were checked) can never make a printed total differ from its parts."""
    out = {k: v for k, v in values.items() if not k.endswith(".总计")}
    for group in SECTION4_GROUPS:
        parts = [values[k] for k in (f"s4.{group}.{c}" for c in SECTION4_RESULTS) if values.get(k, "") != ""]
        if parts:
            out[f"s4.{group}.总计"] = _number_text(sum(float(p) for p in parts))
    return out


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(round(value, 4))


def set_figures(db: Database, year: int, values: dict[str, str]) -> None:
    """Save hand-entered figures. A section-四 总计 is the sum of its four results: computed and stored with them,
    and refused when one is entered that differs from its parts."""
    from townshipdesk.errors import RequestError
    from townshipdesk.i18n import msg

    unknown = sorted(set(values) - set(FIGURE_KEYS))
    if unknown:
        raise RequestError(msg("未知的报表项：{k}（可用项见 report keys）", "Unknown report figures: {k} (see report keys)",
                               k="、".join(unknown)))
    numbers: dict[str, float] = {}
    for key, value in values.items():
        try:
            numbers[key] = float(value)
        except ValueError:
            raise RequestError(msg("“{k}”应为数字，收到“{v}”", "'{k}' must be a number, got '{v}'", k=key, v=value)) from None
        if numbers[key] < 0 or numbers[key] != numbers[key]:
            raise RequestError(msg("“{k}”不能为负数，收到“{v}”", "'{k}' cannot be negative, got '{v}'", k=key, v=value))
    stored = figures(db, year)
    for group in SECTION4_GROUPS:
        keys = [f"s4.{group}.{c}" for c in SECTION4_RESULTS]
        total_key = f"s4.{group}.总计"
        if not any(k in numbers for k in [*keys, total_key]):
            continue
        parts = sum(numbers[k] if k in numbers else float(stored.get(k, 0) or 0) for k in keys)
        if total_key in numbers and numbers[total_key] != parts:
            raise RequestError(msg("“{k}”填写为 {v}，但结果维持、结果纠正、其他结果、尚未审结之和为 {s}；总计由程序计算，请核对",
                                   "'{k}' is given as {v} but its four results add up to {s}; the total is computed, "
                                   "please check", k=total_key, v=_number_text(numbers[total_key]), s=_number_text(parts)))
        numbers[total_key] = parts
    site = _own_site(db)
    now = utc_now()
    with db.transaction():
        for key, number in numbers.items():
            db.conn.execute("INSERT INTO annual_figures (uuid, site_id, year, key, value, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT(site_id, year, key) DO UPDATE SET value = excluded.value, "
                            "updated_at = excluded.updated_at", (str(uuidlib.uuid4()), site, year, key,
                                                                  _number_text(number), now))
        db.audit("report.figures", "report", str(year), values)


def annual_report(db: Database, year: int, *, county: bool = False) -> AnnualReport:
    """The year's tables: for a township its own; for a county the sum over the townships it has received
    (sections 二 and 四 from the figures they entered, 三 from their registers)."""
    if county:
        sites = [r["site_id"] for r in db.query("SELECT site_id FROM peers")]
        return AnnualReport(year, request_table(db, year, sites), figures(db, year, sites))
    own = _own_site(db)
    return AnnualReport(year, request_table(db, year, [own] if own else None), figures(db, year))


__all__ = ["OUTCOMES", "AnnualReport", "RequestTable", "annual_report", "figures", "request_table", "set_figures"]


# ---- the template's tables as plain grids (both the workbook and the .docx are drawn from these) -----------
S3_HEADER = ["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def _num(value: str | None) -> int | float | str:
    if value in (None, ""):
        return 0
    number = float(value)
    return int(number) if number.is_integer() else number


Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based, inclusive)


@dataclass(frozen=True)
class Grid:
    """A table of the template: its cells row by row and the merged ranges, for the workbook and the .docx."""

    rows: list[list[Any]]
    merges: list[Merge]
    header_rows: list[int]  # rows printed bold (band and column headers)


def section2_grid(report: AnnualReport) -> Grid:
    """Four columns. Each band: its title across the table, its header row ("信息内容" and the template's columns
    for the band — one column spans the three value cells), then its rows."""
    rows: list[list[Any]] = []
    merges: list[Merge] = []
    headers: list[int] = []
    for band, cols, names in SECTION2_BANDS:
        merges.append((len(rows), 0, len(rows), 3))
        headers += [len(rows), len(rows) + 1]
        rows.append([band, None, None, None])
        for line in (["信息内容", *cols], *([name, *(_num(report.figures.get(f"s2.{name}.{c}")) for c in cols)]
                                            for name in names)):
            if len(cols) == 1:
                merges.append((len(rows), 1, len(rows), 3))
            rows.append(line + [None] * (4 - len(line)))
    return Grid(rows, merges, headers)


def section2_rows(report: AnnualReport) -> list[list[Any]]:
    return section2_grid(report).rows


def section3_rows(report: AnnualReport) -> list[list[Any]]:
    t = report.requests

    def line(label: tuple[str, str, str], counts: dict[str, int]) -> list[Any]:
        values = [counts.get(c, 0) for c in COLUMNS]
        return [*label, *values, sum(values)]

    rows = [line(("一、本年新收政府信息公开申请数量", "", ""), t.new),
            line(("二、上年结转政府信息公开申请数量", "", ""), t.carried_in)]
    seen_groups: set[str] = set()
    for code, (group, sub) in OUTCOMES.items():
        label = ("三、本年度办理结果", group if group not in seen_groups else group, sub)
        seen_groups.add(group)
        rows.append(line(label, t.outcomes.get(code, {})))
    totals = {c: t.handled(c) for c in COLUMNS}
    rows.append(line(("三、本年度办理结果", "（七）总计", ""), totals))
    rows.append(line(("四、结转下年度继续办理", "", ""), t.carried_out))
    return rows


def section4_grid(report: AnnualReport) -> Grid:
    """Fifteen columns under a two-level header: 行政复议 (its five results spanning both header rows) and 行政诉讼,
    split into 未经复议直接起诉 and 复议后起诉 with five results each; then the figures (总计 computed)."""
    top = ["行政复议", *[None] * 4, "行政诉讼", *[None] * 9]
    middle = [*SECTION4_REVIEW, "未经复议直接起诉", *[None] * 4, "复议后起诉", *[None] * 4]
    bottom = [*[None] * 5, *SECTION4_SUIT, *SECTION4_SUIT]
    values: list[Any] = []
    for group in SECTION4_GROUPS:
        parts = [_num(report.figures.get(f"s4.{group}.{c}")) for c in SECTION4_RESULTS]
        values += [*parts, sum(parts)]  # type: ignore[arg-type]
    merges = [(0, 0, 0, 4), (0, 5, 0, 14), (1, 5, 1, 9), (1, 10, 1, 14), *((1, c, 2, c) for c in range(5))]
    return Grid([top, middle, bottom, values], merges, [0, 1, 2])


def section4_rows(report: AnnualReport) -> list[list[Any]]:
    return section4_grid(report).rows


def consistency_text(report: AnnualReport) -> str:
    from townshipdesk.i18n import tr

    bad = report.requests.consistent()
    if not bad:
        return tr("校验通过：一 + 二 = 三（七）+ 四", "Check passed: 一 + 二 = 三（七）+ 四")
    return tr("校验不通过（{c}）：一 + 二 ≠ 三（七）+ 四", "Check failed ({c}): 一 + 二 ≠ 三（七）+ 四",
              c="、".join(APPLICANTS[c] for c in bad))
