"""The annual report (政府信息公开工作年度报告) tables of the national template (国办公开办函〔2021〕30号).

Section 三 (requests) is computed from the register; sections 二 (proactive disclosure counts) and 四
(administrative review and lawsuits) are entered by hand and kept per year. A county sums its townships.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.requests import APPLICANTS, OUTCOMES
from townshipdesk.core.store import Database

COLUMNS = list(APPLICANTS)  # natural, commercial, research, charity, legal, other; 总计 is computed
# Section 二: (row label, column label) → figure key
SECTION2 = [
    ("规章", ["本年制发件数", "本年废止件数", "现行有效件数"]),
    ("行政规范性文件", ["本年制发件数", "本年废止件数", "现行有效件数"]),
    ("行政许可", ["本年处理决定数量"]),
    ("行政处罚", ["本年处理决定数量"]),
    ("行政强制", ["本年处理决定数量"]),
    ("行政事业性收费", ["本年收费金额（单位：万元）"]),
]
SECTION4_REVIEW = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
SECTION4_SUIT = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
FIGURE_KEYS = ([f"s2.{row}.{col}" for row, cols in SECTION2 for col in cols]
               + [f"s4.复议.{c}" for c in SECTION4_REVIEW]
               + [f"s4.未经复议直接起诉.{c}" for c in SECTION4_SUIT]
               + [f"s4.复议后起诉.{c}" for c in SECTION4_SUIT])


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


def figures(db: Database, year: int) -> dict[str, str]:
    return {r["key"]: r["value"] for r in db.query("SELECT key, value FROM report_figures WHERE year = ?", (year,))}


def set_figures(db: Database, year: int, values: dict[str, str]) -> None:
    from townshipdesk.errors import RequestError
    from townshipdesk.i18n import msg

    unknown = sorted(set(values) - set(FIGURE_KEYS))
    if unknown:
        raise RequestError(msg("未知的报表项：{k}（可用项见 report keys）", "Unknown report figures: {k} (see report keys)",
                               k="、".join(unknown)))
    for key, value in values.items():
        try:
            float(value)
        except ValueError:
            raise RequestError(msg("“{k}”应为数字，收到“{v}”", "'{k}' must be a number, got '{v}'", k=key, v=value)) from None
    with db.transaction():
        for key, value in values.items():
            db.conn.execute("INSERT INTO report_figures (year, key, value) VALUES (?, ?, ?) "
                            "ON CONFLICT(year, key) DO UPDATE SET value = excluded.value", (year, key, value))
        db.audit("report.figures", "report", str(year), values)


def annual_report(db: Database, year: int, *, county: bool = False) -> AnnualReport:
    """The year's tables: for a township its own; for a county the sum over the townships it has received."""
    if county:
        sites = [r["site_id"] for r in db.query("SELECT site_id FROM peers")]
        return AnnualReport(year, request_table(db, year, sites), figures(db, year))
    own = db.conn.execute("SELECT site_id FROM site WHERE id = 1").fetchone()
    return AnnualReport(year, request_table(db, year, [own[0]] if own else None), figures(db, year))


__all__ = ["OUTCOMES", "AnnualReport", "RequestTable", "annual_report", "figures", "request_table", "set_figures"]


# ---- the template's tables as plain grids (both the workbook and the .docx are drawn from these) -----------
S3_HEADER = ["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def _num(value: str | None) -> int | float | str:
    if value in (None, ""):
        return 0
    number = float(value)
    return int(number) if number.is_integer() else number


def section2_rows(report: AnnualReport) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for row, cols in SECTION2:
        rows.append([row, *cols])
        rows.append(["", *(_num(report.figures.get(f"s2.{row}.{c}")) for c in cols)])
    return rows


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


def section4_rows(report: AnnualReport) -> list[list[Any]]:
    header = ["行政复议"] * 5 + ["行政诉讼（未经复议直接起诉）"] * 5 + ["行政诉讼（复议后起诉）"] * 5
    sub = SECTION4_REVIEW + SECTION4_SUIT + SECTION4_SUIT
    values = ([_num(report.figures.get(f"s4.复议.{c}")) for c in SECTION4_REVIEW]
              + [_num(report.figures.get(f"s4.未经复议直接起诉.{c}")) for c in SECTION4_SUIT]
              + [_num(report.figures.get(f"s4.复议后起诉.{c}")) for c in SECTION4_SUIT])
    return [header, sub, values]


def consistency_text(report: AnnualReport) -> str:
    from townshipdesk.i18n import tr

    bad = report.requests.consistent()
    if not bad:
        return tr("校验通过：一 + 二 = 三（七）+ 四", "Check passed: 一 + 二 = 三（七）+ 四")
    return tr("校验不通过（{c}）：一 + 二 ≠ 三（七）+ 四", "Check failed ({c}): 一 + 二 ≠ 三（七）+ 四",
              c="、".join(APPLICANTS[c] for c in bad))
