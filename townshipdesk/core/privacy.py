"""Masking personal data on printed sheets: ID numbers, bank accounts and phone numbers are never
shown in full. Columns are masked by what they mean (their header); values that look like an ID or
a mobile number are masked in any column as well, so a number pasted into 备注 does not slip through."""

from __future__ import annotations

import re

ID_HEADER = re.compile(r"身份证|证件号|身份号码|公民身份")
BANK_HEADER = re.compile(r"银行|账号|帐号|卡号|账户|帐户|存折")
PHONE_HEADER = re.compile(r"电话|手机|联系方式|联系号码")

_ID_VALUE = re.compile(r"(?<![0-9])([1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx])(?![0-9])")
_MOBILE_VALUE = re.compile(r"(?<![0-9])(1[3-9][0-9]{9})(?![0-9])")


def column_kind(header: str) -> str | None:
    """'id', 'bank', 'phone' or None, from a column header."""
    text = re.sub(r"\s+", "", header)
    if ID_HEADER.search(text):
        return "id"
    if BANK_HEADER.search(text):
        return "bank"
    if PHONE_HEADER.search(text):
        return "phone"
    return None


def mask_id(value: str) -> str:
    """5301**********1234: the first 4 and last 4 characters of an ID number."""
    compact = re.sub(r"\s+", "", value)
    if len(compact) <= 8:
        return "*" * len(compact)
    return compact[:4] + "*" * (len(compact) - 8) + compact[-4:]


def mask_bank(value: str) -> str:
    """6217***********5678: the first 4 and last 4 digits of an account number."""
    return mask_id(re.sub(r"[\s-]+", "", value))


def mask_phone(value: str) -> str:
    """138****5678 for a mobile; 0871-****1234 for a landline (area code kept)."""
    compact = re.sub(r"\s+", "", value)
    digits = re.sub(r"\D", "", compact)
    if re.fullmatch(r"1[0-9]{10}", digits):
        return digits[:3] + "****" + digits[-4:]
    m = re.fullmatch(r"(0[0-9]{2,3})[-－]?([0-9]{7,8})", compact)
    if m:
        local = m.group(2)
        return f"{m.group(1)}-{'*' * (len(local) - 4)}{local[-4:]}"
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return "*" * len(compact)


MASKERS = {"id": mask_id, "bank": mask_bank, "phone": mask_phone}


def mask_free_text(value: str) -> str:
    """Mask ID-shaped and mobile-shaped numbers inside any text."""
    value = _ID_VALUE.sub(lambda m: mask_id(m.group(1)), value)
    return _MOBILE_VALUE.sub(lambda m: mask_phone(m.group(1)), value)


def mask_cell(header: str, value: str) -> str:
    """The printable form of one table cell."""
    if not value:
        return value
    kind = column_kind(header)
    if kind:
        return MASKERS[kind](value)
    return mask_free_text(value)
