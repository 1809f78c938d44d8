"""How sync reads in the window: bundle kinds, import results in plain words, history rows, file names."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from townshipdesk.core.localtime import file_stamp
from townshipdesk.i18n import pair_text, tr
from townshipdesk.wording.display import china_time, join_values

SYNC = "sync"  # the session area for bundles sent or taken in (pages listening refresh their sync figures)
BUNDLE_SUFFIX = ".tdbundle"
CARD_SUFFIX = ".tdkey"

_KINDS = {"changes": ("数据变更", "changes"), "receipt": ("回执", "receipt"), "catalog": ("标准目录", "catalog"),
          "calendar": ("节假日安排", "holiday calendar"), "restore": ("恢复数据", "restore")}
_TABLES = {"catalog_items": ("目录事项", "catalog items"), "villages": ("村", "villages"),
           "village_groups": ("村民小组", "village groups"), "village_items": ("村务公开事项", "village affairs items"),
           "disclosures": ("公开记录", "disclosure records"), "disclosure_files": ("附件", "attachments"),
           "village_postings": ("村务公开张贴", "village postings"),
           "village_events": ("村务公开事件", "village events"), "requests": ("依申请公开", "requests"),
           "concerns": ("回应关切", "public concerns"),
           "decisions": ("重大行政决策事项", "major decisions"), "decision_comments": ("征求意见收到的意见", "consultation comments"),
           "decision_events": ("决策目录公布与调整", "decision catalog history")}

# What a clerk looks for first: the records, then the villages' postings, then what they hang on.
DISPLAY_ORDER = ("disclosures", "disclosure_files", "village_postings", "village_events", "requests", "concerns", "decisions",
                 "decision_comments", "decision_events", "villages", "village_groups", "village_items", "catalog_items")


def kind_text(kind: str) -> str:
    return pair_text(_KINDS, kind)


def table_text(table: str) -> str:
    return pair_text(_TABLES, table)


def counts_text(counts: dict[str, int]) -> str:
    """`公开记录 5、附件 2` in the order bundles carry tables."""
    order = {t: i for i, t in enumerate(DISPLAY_ORDER)}
    parts = [tr("{t} {n}", "{n} {t}", t=table_text(t), n=n) for t, n in sorted(counts.items(), key=lambda kv: order.get(kv[0], 99))
             if n]
    return tr("、", ", ").join(parts)


def fingerprint_lines(fingerprint: str) -> str:
    """Six groups of five digits as two lines of three, easy to read aloud."""
    groups = fingerprint.split()
    return "  ".join(groups[:3]) + "\n" + "  ".join(groups[3:])


def safe_name(text: str) -> str:
    """A name usable in file names on Windows and Linux (office names may hold spaces or slashes)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "townshipdesk"


def bundle_file_name(division_code: str, name: str, kind: str, now: dt.datetime | None = None, recipient: str = "") -> str:
    """`<division>-<name>-<kind>[-<recipient>]-<yyyymmdd-hhmm>.tdbundle` (China time, now unless given), as the window
    and the command line name a bundle in a folder."""
    parts = [division_code, safe_name(name), kind]
    if recipient:
        parts.append(safe_name(recipient))
    parts.append(file_stamp(now))
    return "-".join(parts) + BUNDLE_SUFFIX


def import_result_text(result: dict[str, Any]) -> str:
    """What an import did, in a sentence or two a clerk understands."""
    sender = result.get("sender") or tr("对方", "the sender")
    if result.get("already_imported"):
        return tr("这个同步包（{k}，来自“{s}”）以前已经导入过，这次没有任何改动。",
                  "This bundle ({k} from '{s}') was imported before; nothing changed this time.",
                  k=kind_text(result.get("kind", "")), s=sender)
    kind = result.get("kind")
    if kind == "changes":
        inserted, updated = result.get("inserted", {}), result.get("updated", {})
        text = tr("已导入“{s}”的数据：新增 {i} 条，更新 {u} 条，未变 {n} 条；附件 {f} 个。",
                  "Imported the data of '{s}': {i} new, {u} updated, {n} unchanged; {f} files.",
                  s=sender, i=sum(inserted.values()), u=sum(updated.values()), n=result.get("unchanged", 0),
                  f=result.get("files", 0))
        detail = counts_text({t: inserted.get(t, 0) + updated.get(t, 0) for t in {**inserted, **updated}})
        if detail:
            text += "\n" + tr("其中：{d}。", "Of which: {d}.", d=detail)
        return text
    if kind == "receipt":
        if result.get("changed"):
            return tr("已收到县级回执：县级已确认收到此前发出的数据，这些记录现在显示为“县级已确认”。",
                      "Receipt from the county: it confirms the data sent before; those records now show as confirmed.")
        return tr("已收到县级回执；它确认的数据此前已经确认过，没有新的变化。",
                  "Receipt from the county; what it confirms was confirmed before.")
    if kind == "calendar":
        years = join_values(result.get("years", []))
        return tr("已更新节假日安排：{y}年。按新安排重新计算了 {n} 条记录的公开期限。",
                  "Holiday schedule updated: {y}. Due dates of {n} records were recomputed.",
                  y=years, n=result.get("recomputed_records", 0))
    if kind == "catalog":
        numbers = tr("新增 {a} 项，修改 {c} 项，停用 {r} 项，未变 {u} 项",
                     "{a} added, {c} changed, {r} retired, {u} unchanged", a=result.get("added", 0),
                     c=result.get("changed", 0), r=result.get("retired", 0),
                     u=result.get("unchanged", 0))
        if result.get("accepted"):
            return tr("已接受县级下发的标准目录（第 {v} 版）：{d}。", "The county's catalog was accepted (version {v}): {d}.",
                      v=result.get("version") or "—", d=numbers)
        text = tr("县级下发了新的标准目录：{d}。\n核对无误后点“接受”，本单位的目录才会更新；不接受则什么都不改。",
                  "The county sent a new catalog: {d}.\nClick Accept to update this office's catalog; otherwise "
                  "nothing changes.", d=numbers)
        problems = result.get("problems") or []
        if problems:
            text += "\n" + tr("有 {n} 处问题，接受时这些行会被跳过。", "{n} problems; those rows are skipped.", n=len(problems))
        return text
    return tr("已导入。", "Imported.")


def refusal_text(reason: str) -> str:
    return tr("未导入：{r}。\n本单位的数据没有任何改动。", "Not imported: {r}.\nNothing was changed.",
              r=reason.rstrip("。."))


def history_result_text(row: dict[str, Any]) -> str:
    """One line for the 收发记录 table."""
    result = row.get("result") or {}
    kind = row.get("kind")
    if row.get("direction") == "out":
        if kind == "changes":
            return tr("发出 {n} 项变更", "{n} changes sent", n=result.get("changes", 0))
        if kind == "receipt":
            return tr("确认已收到（{t} 导入）", "confirms receipt (imported {t})", t=china_time(result.get("received_at")))
        return tr("已下发", "sent")
    if kind == "changes":
        return tr("新增 {i}，更新 {u}，未变 {n}", "{i} new, {u} updated, {n} unchanged",
                  i=sum((result.get("inserted") or {}).values()), u=sum((result.get("updated") or {}).values()),
                  n=result.get("unchanged", 0))
    if kind == "receipt":
        return tr("县级已确认收到", "confirmed by the county")
    if kind == "calendar":
        return tr("节假日安排 {y}", "holidays {y}", y=join_values(result.get("years", [])))
    if kind == "catalog":
        return tr("已接受，第 {v} 版", "accepted, version {v}", v=result.get("version") or "—")
    return ""


def direction_text(direction: str) -> str:
    return tr("收", "in") if direction == "in" else tr("发", "out")
