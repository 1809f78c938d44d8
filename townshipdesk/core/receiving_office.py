"""The office that receives requests for government information (依申请公开受理机构), as the 依申请公开指南 must
publish it (seed 000: "公开受理机构的名称、办公地址、办公时间、联系电话…"; 《政府信息公开条例》第二十四条, 第二十七条).

Kept in the `settings` table beside the other office settings (core/office_settings.py): one key per detail,
every change in the audit log. Local to the installation (it is printed, not reported).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from townshipdesk.core.store import Database
from townshipdesk.core.text import clean
from townshipdesk.errors import UserError
from townshipdesk.i18n import Msg, msg

PREFIX = "receiving."


@dataclass(frozen=True)
class Detail:
    key: str  # the field of ReceivingOffice, and of the setting receiving.<key>
    option: str  # the `settings` command's option
    label: Msg
    required: bool  # the guide cannot be printed without it
    example: Msg  # shown as the field's placeholder and in the command's help


DETAILS: tuple[Detail, ...] = (
    Detail("name", "--receiving-name", Msg("受理机构名称", "receiving office"), True,
           Msg("某某镇党政综合办公室", "the township's general office, in Chinese")),
    Detail("address", "--receiving-address", Msg("办公地址", "address"), True,
           Msg("某某县某某镇人民路1号", "the street address, in Chinese")),
    Detail("postcode", "--receiving-postcode", Msg("邮政编码", "postal code"), True, Msg("675000", "675000")),
    Detail("hours", "--receiving-hours", Msg("办公时间", "office hours"), True,
           Msg("工作日上午8:30—12:00，下午14:30—18:00（法定节假日除外）", "working days 8:30–12:00 and 14:30–18:00, in Chinese")),
    Detail("phone", "--receiving-phone", Msg("联系电话", "telephone"), True, Msg("0878-1234567", "0878-1234567")),
    Detail("fax", "--receiving-fax", Msg("传真", "fax"), False, Msg("0878-1234568", "0878-1234568")),
    Detail("email", "--receiving-email", Msg("电子邮箱", "e-mail"), False, Msg("zwgk@example.gov.cn", "zwgk@example.gov.cn")),
)
DETAIL = {d.key: d for d in DETAILS}


@dataclass(frozen=True)
class ReceivingOffice:
    name: str = ""
    address: str = ""
    postcode: str = ""
    hours: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def missing(self) -> list[Detail]:
        """The required details not filled in yet."""
        return [d for d in DETAILS if d.required and not getattr(self, d.key)]


def receiving_office(db: Database) -> ReceivingOffice:
    rows = dict(db.conn.execute("SELECT key, value FROM settings WHERE key LIKE ?", (PREFIX + "%",)).fetchall())
    return ReceivingOffice(**{f.name: rows.get(PREFIX + f.name, "") for f in fields(ReceivingOffice)})


def _check(detail: Detail, value: str) -> None:
    if not value:
        return
    if detail.key == "postcode" and not re.fullmatch(r"\d{6}", value):
        raise UserError(msg("邮政编码应为6位数字，收到“{v}”", "A postal code is 6 digits, got '{v}'", v=value))
    if detail.key in ("phone", "fax") and not re.fullmatch(r"[\d\-—()（）+ 、，,转/]{5,60}", value):
        raise UserError(msg("{l}只能含数字、“-”、括号和分隔号，收到“{v}”", "The {l} may hold digits, '-', brackets and "
                            "separators only, got '{v}'", l=detail.label, v=value))
    if detail.key == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise UserError(msg("电子邮箱格式不对：“{v}”", "Not an e-mail address: '{v}'", v=value))
    if len(value) > 200:
        raise UserError(msg("{l}过长（{n} 字），最多 200 字", "The {l} is too long ({n} characters); at most 200",
                            l=detail.label, n=len(value)))


def set_receiving_office(db: Database, **changes: str | None) -> ReceivingOffice:
    """Change the details given (None: leave as is; "": clear). All are checked before any is saved."""
    unknown = set(changes) - set(DETAIL)
    if unknown:
        raise ValueError(f"unknown receiving-office details: {sorted(unknown)}")
    wanted = {key: clean(value) for key, value in changes.items() if value is not None}
    for key, value in wanted.items():
        _check(DETAIL[key], value)
    before = receiving_office(db)
    changed = {key: [getattr(before, key), value] for key, value in wanted.items() if getattr(before, key) != value}
    if not changed:
        return before
    with db.transaction():
        for key, (_old, value) in changed.items():
            db.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (PREFIX + key, value))
        db.audit("settings.change", "setting", "receiving_office", changed)
    return receiving_office(db)


def require_for_guide(office: ReceivingOffice) -> None:
    """UserError naming every missing detail, where to fill it in the window and the command that fills it."""
    missing = office.missing()
    if not missing:
        return
    names = "、".join(d.label.zh for d in missing)
    names_en = ", ".join(d.label.en for d in missing)
    command = "townshipdesk settings " + " ".join(f'{d.option} "…"' for d in missing)
    raise UserError(msg("依申请公开指南须公布受理机构的信息，以下尚未填写：{n}。请在“设置 → 依申请公开受理机构”中填写，"
                        "或运行：{c}（“…”处填写本单位的实际信息）",
                        "The request guide must publish the receiving office's details; not filled in yet: {e}. Fill them "
                        "in under Settings → Receiving office for requests, or run: {c} (your office's details for “…”)",
                        n=names, e=names_en, c=command))
