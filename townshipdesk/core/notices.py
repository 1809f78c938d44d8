"""Notice-board sheets (公示单) as data: what a village posts, checked before anything is drawn.

Three kinds: a general announcement, a name list (a table with totals), a finance statement whose
arithmetic must add up. Every sheet carries the board heading, title, notice period, supervision
telephone, where to object, the issuing body, the date, room for the seal and the reviewers' line.
Personal numbers are masked here, so every input path (JSON, Excel, the app's own data) is covered.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from townshipdesk.core.privacy import column_kind, mask_cell
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import NoticeError
from townshipdesk.i18n import Msg, msg

KINDS = ("general", "namelist", "finance")
AMOUNT_HEADER = re.compile(r"金额|元|补贴|资金|款|收入|支出|结余|费用|标准")
COUNT_HEADER = re.compile(r"人数|户数|数量|面积|亩")
SEQ_HEADER = re.compile(r"^序号$")
NAME_HEADER = re.compile(r"姓名|名字|户主|对象|^名单$|申请人")
DEFAULT_OBJECTION = "如有异议，请在公示期内向村务监督委员会或乡镇人民政府反映。"


@dataclass
class NoticePeriod:
    """A notice posted on `start` that runs to the end of `end` (its last day)."""

    start: dt.date  # the posting date, printed as the start of 公示时间
    end: dt.date
    days: int
    working: bool
    estimated: bool = False
    posting_day_counts: bool = False  # the office counts the posting day as day 1 (a county rule)
    first_day: dt.date | None = None  # day 1 of the count
    nominal_end: dt.date | None = None  # day N before a rest-day extension (calendar days)

    @property
    def extended(self) -> bool:
        return self.nominal_end is not None and self.nominal_end != self.end


@dataclass
class Notice:
    kind: str
    board: str
    title: str
    issuer: str
    date: dt.date
    period: NoticePeriod | None
    phone: str = ""
    objection: str = DEFAULT_OBJECTION
    reviewers: list[str] = field(default_factory=list)
    letter: bool = False  # a reply letter: no board heading, no objection/supervision/review lines
    addressed: bool = True  # a letter's first paragraph is its addressee ("张三："); an office's list has none
    announcement: bool = False  # an office's own 公告 (征求意见公告, 采纳情况反馈): no board, no village review lines
    paragraphs: list[str] = field(default_factory=list)
    # namelist
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    totals: dict[int, str] = field(default_factory=dict)  # column index → printed total
    numeric_columns: set[int] = field(default_factory=set)
    # finance
    opening: Decimal | None = None
    income: list[tuple[str, Decimal]] = field(default_factory=list)
    expense: list[tuple[str, Decimal]] = field(default_factory=list)
    closing: Decimal | None = None

    def texts(self) -> list[tuple[Msg, str]]:
        """Every string that will be printed, with where it is (for the font check's message)."""
        out: list[tuple[Msg, str]] = [
            (msg("标题", "title"), self.title), (msg("公开栏名称", "board name"), self.board),
            (msg("落款", "issuer"), self.issuer), (msg("监督电话", "supervision phone"), self.phone),
            (msg("异议说明", "objection note"), self.objection)]
        out += [(msg("审核人{n}", "reviewer {n}", n=i + 1), r) for i, r in enumerate(self.reviewers)]
        out += [(msg("正文第{n}段", "paragraph {n}", n=i + 1), p) for i, p in enumerate(self.paragraphs)]
        out += [(msg("表头“{c}”", "column header '{c}'", c=c), c) for c in self.columns]
        for r, row in enumerate(self.rows, start=1):
            for c, value in enumerate(row):
                header = self.columns[c] if c < len(self.columns) else ""
                out.append((msg("第{r}行“{h}”", "row {r} '{h}'", r=r, h=header), value))
        out += [(msg("收入项目“{n}”", "income item '{n}'", n=name), name) for name, _ in self.income]
        out += [(msg("支出项目“{n}”", "expense item '{n}'", n=name), name) for name, _ in self.expense]
        return out


def notice_period(start: dt.date, days: int, working: bool, calendar: WorkCalendar, *,
                  posting_day_counts: bool = False) -> NoticePeriod:
    """A notice posted on `start` for N days or N working days (民法典 Arts. 201–203).

    The posting day is not counted: day 1 is the day after it (for working days, the first working day after
    it); the notice ends on day N, and when day N is a statutory holiday or rest day it runs to the end of the
    next working day. With `posting_day_counts` (an office setting for counties whose rules say so) the posting
    day — for working days, the first working day from it — is day 1 instead."""
    if days < 1:
        raise NoticeError(msg("公示期天数应大于0", "The notice period must be at least one day"))
    if working:
        if posting_day_counts:
            first = calendar.next_workday(start)
            end = calendar.add_workdays(first, days - 1) if days > 1 else first
        else:
            first = calendar.add_workdays(start, 1)
            end = calendar.add_workdays(start, days)
        return NoticePeriod(start, end, days, True, calendar.estimated(start, end), posting_day_counts, first, end)
    first = start if posting_day_counts else start + dt.timedelta(days=1)
    nominal = first + dt.timedelta(days=days - 1)
    end = calendar.next_workday(nominal)
    return NoticePeriod(start, end, days, False, calendar.estimated(start, end), posting_day_counts, first, nominal)


def parse_amount(value: object, where: Msg) -> Decimal:
    text = str(value).replace(",", "").replace("，", "").replace("元", "").replace("¥", "").replace("￥", "").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise NoticeError(msg("{where}的金额“{v}”不是数字", "The amount '{v}' in {where} is not a number",
                              where=where, v=value)) from None
    if not amount.is_finite():
        raise NoticeError(msg("{where}的金额“{v}”不是数字", "The amount '{v}' in {where} is not a number", where=where, v=value))
    return amount


def money(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01')):,.2f}"


def build_namelist(notice: Notice, columns: list[str], rows: list[list[object]]) -> Notice:
    """Fill a name list: mask personal columns, check and total the amount columns."""
    columns = [str(c).strip() for c in columns]
    if not columns:
        raise NoticeError(msg("名单没有表头（columns）", "The name list has no columns"))
    if not any(NAME_HEADER.search(c) for c in columns):
        raise NoticeError(msg("名单中没有姓名列（表头应含“姓名”“户主”等）", "The name list has no name column (a header such as 姓名)"))
    rows = _without_trailing_blank_rows(rows)
    if not rows:
        raise NoticeError(msg("名单没有任何数据行", "The name list has no rows"))
    name_column = next(i for i, c in enumerate(columns) if NAME_HEADER.search(c))
    numeric = {i for i, c in enumerate(columns) if (AMOUNT_HEADER.search(c) or COUNT_HEADER.search(c))
               and column_kind(c) is None}
    sums: dict[int, Decimal] = {i: Decimal(0) for i in numeric}
    printed: list[list[str]] = []
    for r, row in enumerate(rows, start=1):
        if len(row) > len(columns):
            raise NoticeError(msg("第{r}行有{n}个值，但表头只有{m}列", "Row {r} has {n} values but there are {m} columns",
                                  r=r, n=len(row), m=len(columns)))
        cells = [("" if v is None else str(v).strip()) for v in row] + [""] * (len(columns) - len(row))
        # A blank row or a blank name would print an amount against nobody on the notice board.
        if not any(cells):
            raise NoticeError(msg("名单第{r}行是空行；请删除空行或补全内容后再生成", "Row {r} of the name list is empty; "
                                  "delete it or fill it in", r=r))
        if not cells[name_column]:
            raise NoticeError(msg("名单第{r}行的“{h}”为空；请补全姓名后再生成", "Row {r} of the name list has no '{h}'; "
                                  "fill in the name", r=r, h=columns[name_column]))
        for i in numeric:
            if cells[i]:
                amount = parse_amount(cells[i], msg("第{r}行“{h}”", "row {r} '{h}'", r=r, h=columns[i]))
                sums[i] += amount
                cells[i] = money(amount) if AMOUNT_HEADER.search(columns[i]) else _plain(amount)
        printed.append([mask_cell(columns[i], v) for i, v in enumerate(cells)])
    notice.columns = columns
    notice.rows = printed
    notice.numeric_columns = numeric
    notice.totals = {i: (money(s) if AMOUNT_HEADER.search(columns[i]) else _plain(s)) for i, s in sums.items()}
    return notice


def _without_trailing_blank_rows(rows: list[list[object]]) -> list[list[object]]:
    """Rows below the list that a spreadsheet left empty are not part of it; an empty row inside it is refused."""
    end = len(rows)
    while end and not any(str(v).strip() for v in rows[end - 1] if v is not None):
        end -= 1
    return rows[:end]


def _plain(amount: Decimal) -> str:
    return format(amount.normalize(), "f") if amount == amount.to_integral() else format(amount, "f")


def build_finance(notice: Notice, opening: object, income: list[tuple[str, object]], expense: list[tuple[str, object]],
                  closing: object) -> Notice:
    """A finance statement; refused when 上期结余 + 收入 − 支出 ≠ 本期结余."""
    notice.opening = parse_amount(opening, msg("上期结余", "the opening balance"))
    notice.income = [(str(name).strip(), parse_amount(a, msg("收入“{n}”", "income '{n}'", n=name))) for name, a in income]
    notice.expense = [(str(name).strip(), parse_amount(a, msg("支出“{n}”", "expense '{n}'", n=name))) for name, a in expense]
    notice.closing = parse_amount(closing, msg("本期结余", "the closing balance"))
    expected = notice.opening + sum((a for _, a in notice.income), Decimal(0)) - sum((a for _, a in notice.expense), Decimal(0))
    if expected != notice.closing:
        raise NoticeError(msg(
            "账目不平：上期结余 {o} + 本期收入 {i} − 本期支出 {e} = {x}，与本期结余 {c} 不符，未生成 PDF",
            "The accounts do not add up: opening {o} + income {i} − expense {e} = {x}, but the closing balance is {c}; "
            "no PDF was written",
            o=money(notice.opening), i=money(sum((a for _, a in notice.income), Decimal(0))),
            e=money(sum((a for _, a in notice.expense), Decimal(0))), x=money(expected), c=money(notice.closing)))
    return notice


def default_board(village: str) -> str:
    """The board heading of a village (村) or a residents' community (社区)."""
    return f"{village}村务公开栏" if village.endswith("村") else f"{village}居务公开栏"


def default_issuer(village: str) -> str:
    """The body that signs a village's sheet: its villagers' (or residents') committee."""
    return f"{village}村民委员会" if village.endswith("村") else f"{village}居民委员会"
