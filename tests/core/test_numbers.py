"""core.numbers: the shape of a number, how loosely it may be typed, and taking the next one per office and year."""

from __future__ import annotations

import sqlite3

import pytest

from townshipdesk.core.numbers import (
    POSTING_NUMBERS,
    RECORD_NUMBERS,
    REQUEST_NUMBERS,
    NumberScheme,
    number_or_short_id,
)


@pytest.mark.parametrize(("scheme", "typed", "number"), [
    (RECORD_NUMBERS, "2026-0012", "2026-0012"),
    (RECORD_NUMBERS, "2026-12", "2026-0012"),
    (RECORD_NUMBERS, " ２０２６－００１２ ", "2026-0012"),
    (RECORD_NUMBERS, "2026—12", "2026-0012"),
    (RECORD_NUMBERS, "2026-12345", "2026-12345"),  # past 9999 the serial just grows
    (REQUEST_NUMBERS, "依申2026-003", "依申2026-003"),
    (REQUEST_NUMBERS, "2026-3", "依申2026-003"),
    (POSTING_NUMBERS, "村务2026-1", "村务2026-0001"),
])
def test_a_number_is_read_as_people_type_it(scheme: NumberScheme, typed: str, number: str) -> None:
    assert scheme.parse(typed) == number
    assert scheme.is_valid(number)


@pytest.mark.parametrize(("scheme", "typed"), [
    (RECORD_NUMBERS, "2026-0000"), (RECORD_NUMBERS, "26-0012"), (RECORD_NUMBERS, "abcd1234"),
    (RECORD_NUMBERS, "依申2026-003"), (REQUEST_NUMBERS, "村务2026-0001"), (RECORD_NUMBERS, "2026"),
    (RECORD_NUMBERS, "b3c0ffee-1234-4321-8888-0123456789ab"),
])
def test_what_is_no_number_of_the_register(scheme: NumberScheme, typed: str) -> None:
    assert scheme.parse(typed) is None


def test_only_the_stored_form_travels() -> None:
    assert not RECORD_NUMBERS.is_valid("2026-12") and not RECORD_NUMBERS.is_valid("2026-00012")
    assert not REQUEST_NUMBERS.is_valid("2026-003") and not RECORD_NUMBERS.is_valid("２０２６-0012")


def test_another_register_takes_numbers_by_declaring_its_scheme() -> None:
    # What the 关切 and 决策 registers will do: prefix, width, a table with number and site_id.
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE concerns (uuid TEXT, site_id TEXT, number TEXT)")
    concerns, decisions = NumberScheme("concerns", "关切", 3), NumberScheme("concerns", "决策", 2)
    taken = []
    for site, year in (("a", 2026), ("a", 2026), ("b", 2026), ("a", 2025)):
        number = concerns.take(conn, site, year)
        conn.execute("INSERT INTO concerns VALUES ('x', ?, ?)", (site, number))
        taken.append(number)
    assert taken == ["关切2026-001", "关切2026-002", "关切2026-001", "关切2025-001"]
    assert decisions.take(conn, "a", 2026) == "决策2026-01"  # another prefix counts on its own
    conn.execute("INSERT INTO concerns VALUES ('x', 'a', '关切2026-999')")
    assert concerns.take(conn, "a", 2026) == "关切2026-1000"


def test_a_row_without_a_number_is_shown_by_its_short_id() -> None:
    assert number_or_short_id(None, "b3c0ffee-1234") == "b3c0ffee"
    assert number_or_short_id("2026-0001", "b3c0ffee-1234") == "2026-0001"
