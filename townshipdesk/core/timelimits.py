"""Parse 公开时限 phrasings from real catalogs into rules.

A 时限 may hold several clauses ("审核确认后7个工作日内，每月更新"); each recognised clause becomes a
`Clause`, clauses we do not recognise are kept as remarks. Text with no recognisable clause is not a
rule: `parse_time_limit` returns None and the caller keeps the text and flags it — never a guess.
"""

from __future__ import annotations

import calendar as monthcal
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from townshipdesk.core.text import clean
from townshipdesk.i18n import Msg, msg

# Deadline-bearing kinds, in the order they win as the item's primary rule.
KINDS = (
    "working_days",  # N 个工作日
    "calendar_days",  # N 日 / 天 (ends on the next working day when the last day is a rest day)
    "hours",  # N 小时
    "months",  # N 个月
    "before_event",  # 开始日前20日 / 会议召开5日前 / 提前N日: counted backwards from an event's date
    "realtime",  # 实时: the same day
    "timely",  # 及时, or a bare trigger: the statutory 20 working days of Art. 26, assumed
    "notice",  # 公示期: a notice period with an end date
    "periodic",  # 每月 / 每季度 / 每半年 / 每年 …
    "on_request",  # 依申请: the request's statutory clock
    "standing",  # 长期公开: no deadline
)
STATUTORY_WORKING_DAYS = 20  # 《政府信息公开条例》第二十六条

PERIODS = {"month": ("月", "month"), "quarter": ("季度", "quarter"), "half": ("半年", "half-year"), "year": ("年", "year")}
_PERIOD_WORDS = {"月": "month", "月度": "month", "季": "quarter", "季度": "quarter", "半年": "half", "半年度": "half",
                 "年": "year", "年度": "year"}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+(?=\s*(?:个|工作日|自然日|日|天|小时|周|月))")


@dataclass(frozen=True)
class Clause:
    kind: str
    n: int | None = None
    trigger: str = ""
    period: str | None = None  # month / quarter / half / year (periodic)
    by_month: int | None = None  # periodic deadline inside the period: 每年1月31日前 → (1, 31)
    by_day: int | None = None
    fixed_year: int | None = None  # "2026年3月31日前": that one date, not every year
    covers: str = "current"  # periodic: which period the disclosure covers (current / previous)
    working: bool = False  # notice periods, post-period offsets and before-event periods counted in working days
    months: bool = False  # post-period offsets in months: 年度终了后3个月内
    at_least: bool = False  # 公示期不少于N天
    assumed: bool = False  # a default we applied (及时 → 20 working days), shown as such
    text: str = ""


@dataclass(frozen=True)
class TimeLimitRule:
    text: str
    clauses: tuple[Clause, ...]
    remarks: tuple[str, ...] = field(default_factory=tuple)

    @property
    def primary(self) -> Clause:
        return min(self.clauses, key=lambda c: KINDS.index(c.kind))

    @property
    def assumed(self) -> bool:
        return self.primary.assumed

    def describe(self, lang: str = "zh") -> str:
        return msg("；", "; ").text(lang).join(describe_clause(c, lang) for c in self.clauses)

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.primary.kind,
            "clauses": [{k: v for k, v in asdict(c).items() if v not in (None, "", False)} for c in self.clauses],
            "remarks": list(self.remarks),
        }


def _cn_to_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def _normalise(text: str) -> str:
    text = clean(text).replace("\n", "，")
    text = text.translate(str.maketrans("０１２３４５６７８９（）", "0123456789()"))
    text = _CN_NUMBER.sub(lambda m: str(_cn_to_int(m.group(0))), text)
    return _MONTH_DAY_HAO.sub(r"\1日", text)  # "每月5号前" is "每月5日前"; "1号文件" is not a date


_MONTH_DAY_HAO = re.compile(r"(月\d{1,2})号")


def is_same_as_above(text: str) -> bool:
    """True for "同上" (the row above's value), as county tables write it."""
    return clean(text).strip("。. ") in ("同上", "同上。", "同上栏")


_SPLIT = re.compile(r"[。；;，,]")
_TRIGGER_STRIP_HEAD = re.compile(r"^(?:自|从|于|在|应当?在?|须|需)")
_TRIGGER_STRIP_TAIL = re.compile(r"(?:之日起|之日|起|以后|之后|后|内|以内)+$")


def _trigger(before: str) -> str:
    t = _TRIGGER_STRIP_HEAD.sub("", before.strip())
    t = _TRIGGER_STRIP_TAIL.sub("", t)
    return t.strip("，、 ")


_P_YEAR_DATE = re.compile(r"每年(?:度)?(\d{1,2})月(?:(\d{1,2})日|底|末)(?:前|之前|以前)?")
# A date without 每年 ("3月31日前", "次年1月31日前", "2026年3月31日前"): only with 前, so "3月1日起施行" is no deadline.
_P_DATE_BEFORE = re.compile(r"(?:(\d{4})年|(次年|翌年|下一?年|当年|本年))?(\d{1,2})月(?:(\d{1,2})日|底|末)(?:前|之前|以前)")
_P_YEAR_PART = re.compile(r"每年(?:度)?(?:的)?(?:第?([一二三四1-4])季度|(上|下)半年)")
_P_MONTH_DATE = re.compile(r"(?:每月|次月)(\d{1,2})日(?:前|之前|以前)")
_P_AFTER_PERIOD = re.compile(r"(?:每个?)?(月|季度|季|半年|年度|年)(?:度)?(?:结束|终了|末|届满)(?:之日)?后(\d+)(个?工作日|个月|个?自然日|个?日|个?天)")
# Before an event: "开始日前20日", "会议召开5日前", "提前3个工作日". Not "每月5日前" / "3月31日前" (dates, matched
# earlier) nor "每月前5个工作日" (the first working days of a month).
_P_BEFORE_EVENT = (
    re.compile(r"提前(\d+)个?(工作日|自然日|日|天)"),
    re.compile(r"(?<![月季度年\d])前(\d+)个?(工作日|自然日|日|天)"),
    re.compile(r"(?<![月\d])(\d+)个?(工作日|自然日|日|天)(?:之|以)?前"),
)
_EVENT_TAIL = re.compile(r"的$")
_P_PERIODIC = re.compile(r"(?:每个?|按)(月|季度|季|半年|年度|年)|(月度|季度|半年度|年度)(?:公开|更新|发布)")
_P_NOTICE = re.compile(r"(公示|公告|公布)(?:期|时间)?(?:为|不少于|不得少于|不低于|至少|满)?(\d+)个?(工作日|自然日|日|天)")
# "不少于7天的公示期", "进行不少于5个工作日的公示": the length before the word.
_P_NOTICE_BEFORE = re.compile(r"(?:不少于|不得少于|不低于|至少)(\d+)个?(工作日|自然日|日|天)的?(?:公示|公告)")
_P_WORKING = re.compile(r"(\d+)个?工作日")
_P_CALENDAR = re.compile(r"(?<![月\d])(\d+)个?(?:自然日|日|天)")  # not the day of a date (3月1日)
_P_HOURS = re.compile(r"(\d+)个?小时")
_P_MONTHS = re.compile(r"(\d+)个月")
_P_REALTIME = re.compile(r"实时|即时|随时")
_P_TIMELY = re.compile(r"及时|第一时间|尽快|动态(?:更新|调整)")
_P_STANDING = re.compile(r"长期|常年|长年|常态化|持续公开")
_P_ON_REQUEST = re.compile(r"依申请")
_P_BARE_TRIGGER = re.compile(r"(?:形成|变更|作出|制定|获取|批准|批复|审核|确认|验收|发放|出台|公布|通过|签订|完成)[^，。]*(?:之日起|之日|后)")


def _parse_clause(part: str) -> list[Clause]:
    found: list[Clause] = []
    rest = part
    m = _P_YEAR_DATE.search(rest)
    if m:
        month = int(m.group(1))
        day = int(m.group(2)) if m.group(2) else 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else 28
        covers = "previous" if re.search(r"上一?年|上年度|前一年", part) else "current"
        found.append(Clause("periodic", period="year", by_month=month, by_day=day, covers=covers, text=part))
        return found
    m = _P_DATE_BEFORE.search(rest)
    if m and 1 <= int(m.group(3)) <= 12:
        month = int(m.group(3))
        day = int(m.group(4)) if m.group(4) else monthcal.monthrange(2001, month)[1]
        if 1 <= day <= 31:
            covers = "previous" if m.group(2) in ("次年", "翌年", "下年", "下一年") or re.search(r"上一?年|上年度", part) \
                else "current"
            year = int(m.group(1)) if m.group(1) else None
            found.append(Clause("periodic", period="year", by_month=month, by_day=day, fixed_year=year, covers=covers,
                                text=part))
            return found
    m = _P_YEAR_PART.search(rest)
    if m:  # 每年一季度: once a year, by the end of that quarter (上半年: of June)
        month = ("一二三四".index(m.group(1)) + 1 if m.group(1) in "一二三四" else int(m.group(1))) * 3 if m.group(1) \
            else 6 if m.group(2) == "上" else 12
        found.append(Clause("periodic", period="year", by_month=month, by_day=monthcal.monthrange(2001, month)[1],
                            text=part))
        return found
    m = _P_MONTH_DATE.search(rest)
    if m:
        covers = "previous" if ("上月" in part or "次月" in m.group(0)) else "current"
        found.append(Clause("periodic", period="month", by_day=int(m.group(1)), covers=covers, text=part))
        return found
    m = _P_AFTER_PERIOD.search(rest)
    if m and int(m.group(2)):
        period = _PERIOD_WORDS[m.group(1)]
        found.append(Clause("periodic", n=int(m.group(2)), period=period, covers="previous", working="工作日" in m.group(3),
                            months=m.group(3) == "个月", text=part))
        return found
    for pattern in _P_BEFORE_EVENT:
        m = pattern.search(rest)
        if m and int(m.group(1)):
            event = _EVENT_TAIL.sub("", _TRIGGER_STRIP_HEAD.sub("", rest[: m.start()].strip()).removesuffix("提")).strip("，、 ")
            found.append(Clause("before_event", n=int(m.group(1)), trigger=event, working=m.group(2) == "工作日", text=part))
            return found
    m = _P_NOTICE.search(rest)
    if m:
        found.append(
            Clause(
                "notice",
                n=int(m.group(2)),
                working=m.group(3) == "工作日",
                at_least=bool(re.search(r"不少于|不得少于|不低于|至少", m.group(0))),
                trigger=_trigger(rest[: m.start()]),
                text=part,
            )
        )
        rest = rest[: m.start()] + rest[m.end():]
    elif m := _P_NOTICE_BEFORE.search(rest):
        found.append(Clause("notice", n=int(m.group(1)), working=m.group(2) == "工作日", at_least=True,
                            trigger=_trigger(rest[: m.start()]), text=part))
        rest = rest[: m.start()] + rest[m.end():]
    for pattern, kind in ((_P_WORKING, "working_days"), (_P_HOURS, "hours"), (_P_MONTHS, "months"), (_P_CALENDAR, "calendar_days")):
        m = pattern.search(rest)
        if m and int(m.group(1)) == 0:
            break  # "0个工作日内" states no period: flagged as unrecognised, never guessed
        if m:
            found.append(Clause(kind, n=int(m.group(1)), trigger=_trigger(rest[: m.start()]), text=part))
            rest = rest[: m.start()] + rest[m.end():]
            break
    m = _P_PERIODIC.search(rest)
    if m:
        word = m.group(1) or m.group(2)
        covers = "previous" if re.search(r"上月|上季度|上一?季|上半年|上年|上一年", part) else "current"
        found.append(Clause("periodic", period=_PERIOD_WORDS[word], covers=covers, text=part))
    if _P_REALTIME.search(rest) and not found:
        found.append(Clause("realtime", text=part))
    if _P_TIMELY.search(rest) and not any(c.kind in ("working_days", "calendar_days", "hours", "months") for c in found):
        found.append(Clause("timely", n=STATUTORY_WORKING_DAYS, trigger=_trigger(rest[: _P_TIMELY.search(rest).start()]),  # type: ignore[union-attr]
                            assumed=True, text=part))
    if _P_STANDING.search(rest) and not found:
        found.append(Clause("standing", text=part))
    if _P_ON_REQUEST.search(rest) and not found:
        found.append(Clause("on_request", n=STATUTORY_WORKING_DAYS, text=part))
    return found


@lru_cache(maxsize=4096)  # catalogs repeat the same few phrasings thousands of times; rules are immutable
def parse_time_limit(text: str) -> TimeLimitRule | None:
    """The rule a 时限 text states, or None when it states none we can recognise."""
    source = clean(text)
    normalised = _normalise(source)
    if not normalised or is_same_as_above(normalised):
        return None
    clauses: list[Clause] = []
    remarks: list[str] = []
    for part in (p.strip() for p in _SPLIT.split(normalised)):
        if not part:
            continue
        parsed = _parse_clause(part)
        if parsed:
            clauses.extend(parsed)
        else:
            remarks.append(part)
    if not clauses:
        m = _P_BARE_TRIGGER.search(normalised)
        if not m:
            return None
        # A trigger with no period ("信息形成或变更之日起"): the statutory 20 working days, marked assumed.
        clauses.append(Clause("timely", n=STATUTORY_WORKING_DAYS, trigger=_trigger(m.group(0)), assumed=True, text=normalised))
        remarks = []
    return TimeLimitRule(source, tuple(clauses), tuple(remarks))


def _since(trigger: str, lang: str) -> str:
    if trigger:
        return msg("自{t}之日起", "of {t}", t=trigger).text(lang)
    return msg("自触发日起", "of the trigger date").text(lang)


def describe_clause(c: Clause, lang: str = "zh") -> str:
    """A short plain description of one clause, for the detail panel and `deadline --explain`."""
    since = _since(c.trigger, lang)
    if c.kind == "working_days":
        m = msg("{since}{n}个工作日内", "within {n} working days {since}", since=since, n=c.n)
    elif c.kind == "calendar_days":
        m = msg("{since}{n}日内（末日遇休息日顺延）", "within {n} calendar days {since} (extended past rest days)",
                since=since, n=c.n)
    elif c.kind == "hours":
        m = msg("{n}小时内", "within {n} hours", n=c.n)
    elif c.kind == "months":
        m = msg("{since}{n}个月内", "within {n} months {since}", since=since, n=c.n)
    elif c.kind == "before_event":
        event = c.trigger or Msg("事件日", "the event").text(lang)
        m = (msg("{e}前{n}个工作日（从事件日期倒算）", "{n} working days before {e} (counted back from the event)", e=event,
                 n=c.n) if c.working else
             msg("{e}前{n}日（从事件日期倒算，遇休息日提前）", "{n} days before {e} (counted back from the event, moved "
                 "earlier over rest days)", e=event, n=c.n))
    elif c.kind == "realtime":
        m = msg("实时公开（当日）", "in real time (the same day)")
    elif c.kind == "timely":
        m = msg("及时公开，按《条例》第二十六条推定{n}个工作日内", "promptly; assumed {n} working days (Regulation Art. 26)",
                n=c.n)
    elif c.kind == "notice":
        if c.working:
            m = (msg("公示期不少于{n}个工作日", "notice period of at least {n} working days", n=c.n) if c.at_least
                 else msg("公示期{n}个工作日", "notice period {n} working days", n=c.n))
        else:
            m = (msg("公示期不少于{n}天", "notice period of at least {n} days", n=c.n) if c.at_least
                 else msg("公示期{n}天", "notice period {n} days", n=c.n))
    elif c.kind == "periodic":
        zh_p, en_p = PERIODS[c.period or "year"]
        period = Msg(zh_p, en_p).text(lang)
        if c.by_month and c.fixed_year:
            m = msg("{y}年{m}月{d}日前", "by {y}-{m:02d}-{d:02d}", y=c.fixed_year, m=c.by_month, d=c.by_day)
        elif c.by_month:
            m = msg("每年{m}月{d}日前", "each year by {m:02d}-{d:02d}", m=c.by_month, d=c.by_day)
        elif c.by_day:
            m = msg("每月{d}日前", "each month by day {d}", d=c.by_day)
        elif c.n and c.working:
            m = msg("每{p}结束后{n}个工作日内", "within {n} working days after each {p}", p=period, n=c.n)
        elif c.n and c.months:
            m = msg("每{p}结束后{n}个月内", "within {n} months after each {p}", p=period, n=c.n)
        elif c.n:
            m = msg("每{p}结束后{n}日内", "within {n} days after each {p}", p=period, n=c.n)
        else:
            m = msg("每{p}", "every {p}", p=period)
    elif c.kind == "on_request":
        m = msg("依申请公开，按《条例》规定时限", "on request, within the Regulation's time limits")
    else:
        m = msg("长期公开", "standing (no deadline)")
    return m.text(lang)
