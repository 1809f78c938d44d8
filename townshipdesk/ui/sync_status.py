"""Where this office stands with the county: how many of its disclosure records are 未同步 / 已发出 /
县级已确认, and when a bundle last went out and a receipt last came back. One function, for the 同步 page and
any other page that wants the line (the 工作台)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.store import Database
from townshipdesk.i18n import pair_text, tr
from townshipdesk.sync.service import SYNC_STATES, Sync
from townshipdesk.wording.display import china_time


@dataclass
class SyncSummary:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SYNC_STATES, 0))
    last_sent: dict[str, Any] | None = None  # the newest outgoing changes bundle (history row)
    last_receipt: dict[str, Any] | None = None  # the newest receipt taken in
    last_received: dict[str, Any] | None = None  # the newest bundle taken in, of any kind

    def counts_text(self) -> str:
        return tr("本单位公开记录：{u} 条{a}，{s} 条{b}，{c} 条{d}", "This office's records: {u} {a}, {s} {b}, {c} {d}",
                  u=self.counts["unsent"], s=self.counts["sent"], c=self.counts["acked"], a=state_label("unsent"),
                  b=state_label("sent"), d=state_label("acked"))

    def last_text(self) -> str:
        sent = (tr("上次发出：{t}（发给 {p}）", "Last sent: {t} (to {p})", t=china_time(self.last_sent["handled_at"]),
                   p=self.last_sent["peer_name"]) if self.last_sent else tr("还没有发出过同步包", "No bundle sent yet"))
        receipt = (tr("上次回执：{t}", "Last receipt: {t}", t=china_time(self.last_receipt["handled_at"]))
                   if self.last_receipt else tr("尚未收到回执", "no receipt yet"))
        return tr("{a}；{b}", "{a}; {b}", a=sent, b=receipt)


def state_label(state: str) -> str:
    return pair_text(SYNC_STATES, state)


def sync_summary(db: Database, sync: Sync) -> SyncSummary:
    """Counts over this office's own (not deleted) disclosure records, and the last bundles in and out."""
    summary = SyncSummary()
    summary.counts.update(sync.record_state_counts())
    for row in sync.history():  # newest first
        if row["direction"] == "out" and row["kind"] == "changes" and summary.last_sent is None:
            summary.last_sent = row
        if row["direction"] == "in":
            if summary.last_received is None:
                summary.last_received = row
            if row["kind"] == "receipt" and summary.last_receipt is None:
                summary.last_receipt = row
    return summary
