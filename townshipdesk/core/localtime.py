"""The office's clock: timestamps are stored in UTC (core.store.utc_now) and shown in China time (UTC+8, no
daylight saving, the same as Asia/Shanghai) wherever a person reads them — window, command line, file names,
workbooks. One place, so the window and the command line can never disagree about what time a bundle was made.
A fixed offset rather than zoneinfo: Windows has no tz database without the tzdata package, and China has had
no daylight saving since 1991."""

from __future__ import annotations

import datetime as dt

CHINA_TIME = dt.timezone(dt.timedelta(hours=8), "CST")


def china_now() -> dt.datetime:
    """Now in China time (aware), whatever zone the machine is set to."""
    return dt.datetime.now(CHINA_TIME)


def to_china(utc_iso: str) -> dt.datetime | None:
    """A stored timestamp (UTC ISO 8601, `Z` or an offset; naive taken as UTC) in China time; None if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(utc_iso.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CHINA_TIME)


def china_time(utc_iso: str | None, *, seconds: bool = False) -> str:
    """A stored UTC timestamp as China time, `YYYY-MM-DD HH:MM` (with `:SS` when asked); text that is no
    timestamp is returned as it is, never hidden."""
    if not utc_iso:
        return ""
    moment = to_china(utc_iso)
    if moment is None:
        return utc_iso
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def file_stamp(moment: dt.datetime | None = None) -> str:
    """`YYYYMMDD-HHMM` in China time, for file names a clerk sorts by (bundles)."""
    if moment is None:
        moment = china_now()
    elif moment.tzinfo is not None:
        moment = moment.astimezone(CHINA_TIME)
    return moment.strftime("%Y%m%d-%H%M")
