"""Hostile bundles, as an attacker without a key or a stolen/buggy township PC with its own key would make them.
Each one is refused through the command line with one line naming the problem, exit 1, no traceback, and the
county's database and data folder exactly as they were."""

from __future__ import annotations

import json
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.conftest import county_and_two_townships
from tests.sync.hostile import World, forge, line, refused_by_cli, refused_or_harmless, state
from townshipdesk.cli.main import run
from townshipdesk.errors import BundleRefused
from townshipdesk.io.attachments import store_file


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("hostile")
    county, east, west = county_and_two_townships(tmp)
    record = east.records.add(east.catalog.search("临时救助")[0].uuid, "临时救助名单", "2026-11-02")
    pdf = tmp / "名单.pdf"
    pdf.write_bytes(b"%PDF-1.4 list of names\n" * 50)
    digest, size = store_file(east.data_dir, pdf)
    east.records.attach(record.uuid, digest, pdf.name, size)
    good = tmp / "good.tdbundle"
    east.sync.export_changes(good)
    county.sync.import_bundle(good)
    west.sync.export_changes(tmp / "west.tdbundle")
    county.sync.import_bundle(tmp / "west.tdbundle")
    yield World(county, east, west, tmp, good)
    for office in (county, east, west):
        office.db.close()


# ---- container: no key needed ------------------------------------------------------------------------
def _central_directory(data: bytes) -> tuple[int, int]:
    eocd = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack("<II", data[eocd + 12:eocd + 20])
    return offset, size


def test_a_flipped_byte_anywhere_in_the_central_directory(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    data = world.good.read_bytes()
    offset, size = _central_directory(data)
    refusals = 0
    for at in range(offset, offset + size, 2):
        bad = world.tmp / "cd.tdbundle"
        bad.write_bytes(data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1:])
        refusals += refused_or_harmless(world, bad, capsys)
    assert refusals > size // 6  # names, sizes, offsets, CRCs, methods: much of the directory matters


def _rezip(world: World, name: str, members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> Path:
    path = world.tmp / name
    with zipfile.ZipFile(path, "w", compression) as zf:
        for member, data in members:
            zf.writestr(member, data)
    return path


def _members(world: World) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(world.good) as zf:
        return [(n, zf.read(n)) for n in zf.namelist()]


def test_unknown_and_unsupported_compression(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    lzma = _rezip(world, "lzma.tdbundle", _members(world), zipfile.ZIP_LZMA)
    refused_by_cli(world, lzma, capsys, "不支持的压缩方式")
    data = bytearray(world.good.read_bytes())
    offset, _ = _central_directory(bytes(data))
    data[offset + 10:offset + 12] = struct.pack("<H", 99)  # method 99 in the first directory entry
    data[8:10] = struct.pack("<H", 99)  # and in its local header
    unknown = world.tmp / "method99.tdbundle"
    unknown.write_bytes(bytes(data))
    refused_by_cli(world, unknown, capsys, "不支持的压缩方式")


def test_a_corrupt_deflate_stream(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    deflated = _rezip(world, "deflated.tdbundle", _members(world), zipfile.ZIP_DEFLATED)
    data = deflated.read_bytes()
    with zipfile.ZipFile(deflated) as zf:
        info = zf.getinfo("manifest.json")
    start = info.header_offset + 30 + len(info.filename.encode())
    for n, at in enumerate((start + 2, start + info.compress_size // 2, start + info.compress_size - 3)):
        bad = world.tmp / f"deflate{n}.tdbundle"
        bad.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:])
        refused_by_cli(world, bad, capsys, "不是完整的同步包")


def test_names_that_are_unsafe_duplicated_missing_or_extra(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    members = _members(world)
    for evil in ("../../evil.txt", "/etc/passwd", "C:/Windows/x", "files\\..\\x", "dir/../manifest.json"):
        refused_by_cli(world, _rezip(world, "unsafe.tdbundle", [*members, (evil, b"x")]), capsys, "不安全的文件名")
    nul = _rezip(world, "nul.tdbundle", [*members, ("manifest.jsonZevil", b"x")])  # zipfile cannot write a NUL: patch it in
    nul.write_bytes(nul.read_bytes().replace(b"manifest.jsonZevil", b"manifest.json\x00evil"))
    refused_by_cli(world, nul, capsys, "不安全的文件名")
    with pytest.warns(UserWarning):  # zipfile warns, and writes it anyway: an attacker's tool would not warn
        twice = _rezip(world, "twice.tdbundle", [*members, ("manifest.json", b"{}")])
    refused_by_cli(world, twice, capsys, "出现了两次")
    refused_by_cli(world, _rezip(world, "extra.tdbundle", [*members, ("readme.txt", b"x")]), capsys, "未知成员")
    refused_by_cli(world, _rezip(world, "missing.tdbundle", members[:2]), capsys, "结构不对")


def test_sizes_are_judged_before_decompressing(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = _rezip(world, "bomb.tdbundle", [("manifest.json", b"{" + b" " * (30 * 1024 * 1024) + b"}"), ("payload.bin", b""),
                                           ("signature", b"")], zipfile.ZIP_DEFLATED)
    refused_by_cli(world, bomb, capsys, "压缩炸弹")
    inner_bomb = forge(world, "inner-bomb.tdbundle", inner={"changes.jsonl": b"", "files/" + "0" * 64: bytes(20 * 1024 * 1024)})
    refused_by_cli(world, inner_bomb, capsys, "压缩炸弹")


def test_a_deep_manifest_needs_no_key_to_be_refused(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    members = dict(_members(world))
    deep = b'{"format": 1, "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    path = _rezip(world, "deep.tdbundle", [("manifest.json", deep), ("payload.bin", members["payload.bin"]),
                                           ("signature", members["signature"])], zipfile.ZIP_DEFLATED)
    refused_by_cli(world, path, capsys, "嵌套过深")
    wrong_type = json.loads(members["manifest.json"])
    wrong_type["seq_to"] = "243"
    path = _rezip(world, "type.tdbundle", [("manifest.json", json.dumps(wrong_type).encode()),
                                           ("payload.bin", members["payload.bin"]), ("signature", members["signature"])])
    refused_by_cli(world, path, capsys, "seq_to")


def test_fuzz_truncations_and_flipped_bytes_at_many_offsets(world: World) -> None:
    """A real bundle cut short at, and with one byte flipped at, offsets spread over the whole file: every copy is
    refused with a one-line reason (or, where the flip hit a byte the format does not use, read as the bundle
    already imported); never any other exception, and the county is unchanged."""
    data = world.good.read_bytes()
    before = state(world.county)
    offsets = sorted({*range(0, len(data), max(1, len(data) // 150)), *range(len(data) - 120, len(data))})
    tried = refused = 0
    bad = world.tmp / "fuzz.tdbundle"
    for at in offsets:
        for copy in (data[:at], data[:at] + bytes([data[at] ^ 0xA5]) + data[at + 1:]):
            bad.write_bytes(copy)
            tried += 1
            try:
                result = world.county.sync.import_bundle(bad)
            except BundleRefused as exc:
                refused += 1
                assert len(str(exc).splitlines()) == 1
            else:
                assert result.get("already_imported"), result
    assert state(world.county) == before
    assert refused >= len(offsets) + len(offsets) // 2, (tried, refused)  # every cut, and most flips


# ---- the manifest, signed by a township's own key ------------------------------------------------------
@pytest.mark.parametrize(("edit", "expected"), [
    (lambda m: m.update(seq_to=2**63), "seq_to"),
    (lambda m: m.update(seq_from=-1), "seq_from"),
    (lambda m: m.update(format="1"), "format"),
    (lambda m: m.update(kind="update"), "kind"),
    (lambda m: m.pop("recipient"), "recipient"),
    (lambda m: m.update(extra=1), "extra"),
    (lambda m: m.update(created_at="2026-02-30T00:00:00Z"), "created_at"),
    (lambda m: m["sender"].update(role="admin"), "sender.role"),
    (lambda m: m["counts"].update(users=1), "counts"),
    (lambda m: m["contents"].update({"evil.sh": {"sha256": "0" * 64, "size": 1}}), "evil.sh"),
    (lambda m: m["payload"].update(size=1.5), "payload.size"),
])
def test_manifest_values(world: World, capsys: pytest.CaptureFixture[str], edit: Any, expected: str) -> None:
    refused_by_cli(world, forge(world, "manifest.tdbundle", changes=[line("disclosures", world.disclosure_row())], edit=edit),
                   capsys, expected)


def test_nan_in_the_manifest(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = forge(world, "nan.tdbundle", changes=[line("disclosures", world.disclosure_row())],
                 edit=lambda m: m.update(seq_to=float("nan")))
    refused_by_cli(world, path, capsys, "不是有效的 JSON")


# ---- change lines, signed by a township's own key ------------------------------------------------------
def _item(world: World) -> str:
    return world.east.catalog.search("临时救助")[0].uuid


@pytest.mark.parametrize(("row_changes", "expected"), [
    ({"title": 12345}, "title"),
    ({"title": None}, "title"),
    ({"state": "hacked"}, "state"),
    ({"attribute": "全部公开"}, "attribute"),
    ({"formed_date": "2026-02-30"}, "不是存在的日期"),
    ({"publish_date": "2026-13-01"}, "不是存在的日期"),
    ({"due_estimated": 2**63}, "超出范围"),
    ({"due_estimated": 7}, "超出范围"),
    ({"updated_at": "yesterday"}, "updated_at"),
    ({"channels": "not a list"}, "channels"),
    ({"title": "标" * 501}, "文字过长"),
    ({"item_uuid": "00000000-0000-4000-8000-000000000000"}, "不存在"),
    ({"policy_uuid": "not-a-uuid"}, "policy_uuid"),
    ({"search_text": "x"}, "不认识的字段"),
    ({"is_admin": 1}, "不认识的字段"),
    ({"number": "2026-12"}, "“2026-12”不是有效的编号（应如 2026-0001）"),
    ({"number": "依申2026-001"}, "不是有效的编号"),
    ({"number": 12}, "number"),
])
def test_row_values(world: World, capsys: pytest.CaptureFixture[str], row_changes: dict[str, Any], expected: str) -> None:
    row = world.disclosure_row(**row_changes)
    refused_by_cli(world, forge(world, "row.tdbundle", changes=[line("disclosures", row)]), capsys, expected)


def test_a_missing_required_field(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    row = world.disclosure_row()
    del row["title"]
    refused_by_cli(world, forge(world, "missing.tdbundle", changes=[line("disclosures", row)]), capsys, "缺少此字段")


def test_a_40_mb_title(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    row = world.disclosure_row(title=os.urandom(20 * 1024 * 1024).hex())  # does not compress: no bomb, just long
    refused_by_cli(world, forge(world, "long.tdbundle", changes=[line("disclosures", row)]), capsys, "文字过长")


def test_nan_and_deep_values_in_a_line(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    row = world.disclosure_row()
    text = json.dumps(line("disclosures", row), ensure_ascii=False)
    nan = text.replace('"due_estimated": 0', '"due_estimated": NaN').encode()
    assert b"NaN" in nan
    refused_by_cli(world, forge(world, "nan-line.tdbundle", inner={"changes.jsonl": nan + b"\n"},
                                edit=lambda m: m.update(counts={"disclosures": 1})), capsys, "不是有效的 JSON")
    surrogate = text.replace('"notes": ""', '"notes": "\\ud800"').encode()
    assert b"ud800" in surrogate
    refused_by_cli(world, forge(world, "surrogate.tdbundle", inner={"changes.jsonl": surrogate + b"\n"},
                                edit=lambda m: m.update(counts={"disclosures": 1})), capsys, "无效的字符")
    huge = text.replace('"due_estimated": 0', '"due_estimated": 1e400').encode()
    refused_by_cli(world, forge(world, "inf.tdbundle", inner={"changes.jsonl": huge + b"\n"},
                                edit=lambda m: m.update(counts={"disclosures": 1})), capsys, "due_estimated")
    deep = text.replace('"notes": ""', '"notes": ' + "[" * 100_000 + "]" * 100_000).encode()
    refused_by_cli(world, forge(world, "deep-line.tdbundle", inner={"changes.jsonl": deep + b"\n"},
                                edit=lambda m: m.update(counts={"disclosures": 1})), capsys, "嵌套过深")


def test_lines_that_break_the_bundle_rules(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    row = world.disclosure_row()
    twice = [line("disclosures", row, 10_000), line("disclosures", dict(row, title="改"), 10_001)]
    refused_by_cli(world, forge(world, "dup.tdbundle", changes=twice), capsys, "同一行数据")
    refused_by_cli(world, forge(world, "seq.tdbundle", changes=[line("disclosures", row, 10_005)],
                                edit=lambda m: m.update(seq_to=10_004, seq_from=10_000)), capsys, "seq")
    refused_by_cli(world, forge(world, "counts.tdbundle", changes=[line("disclosures", row)],
                                edit=lambda m: m.update(counts={"disclosures": 2})), capsys, "counts")
    refused_by_cli(world, forge(world, "op.tdbundle", changes=[line("disclosures", row) | {"op": "delete"}]), capsys, "op")
    refused_by_cli(world, forge(world, "table.tdbundle", changes=[line("users", row)],
                                edit=lambda m: m.update(counts={})), capsys, "未知的数据表")
    files = {"changes.jsonl": b"", "files/" + "a" * 64: b"not named by any row"}
    refused_by_cli(world, forge(world, "stray-file.tdbundle", inner=files), capsys, "未被任何附件行引用")


def test_rows_of_another_office(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    west_item = world.west.catalog.search("临时救助")[0].uuid
    west_site = world.west.sync.site.site_id
    row = world.disclosure_row(item_uuid=west_item)
    refused_by_cli(world, forge(world, "ref.tdbundle", changes=[line("disclosures", row)]), capsys, "其他单位")
    row = world.disclosure_row(site_id=west_site)
    refused_by_cli(world, forge(world, "own.tdbundle", changes=[line("disclosures", row)]), capsys, "不属于发送方")
    west_record = world.county.db.query("SELECT uuid FROM catalog_items WHERE site_id = ? LIMIT 1", (west_site,))[0]["uuid"]
    found = world.county.db.query("SELECT * FROM catalog_items WHERE uuid = ?", (west_record,))[0]
    found.pop("search_text")
    found["site_id"] = world.east.sync.site.site_id
    refused_by_cli(world, forge(world, "steal.tdbundle", changes=[line("catalog_items", found)]), capsys, "其他单位")


def test_a_village_code_that_clashes_is_refused_not_called_damage(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from townshipdesk.core.store import utc_now

    west_village = {"uuid": "11111111-1111-4111-8111-111111111111", "site_id": world.west.sync.site.site_id,
                    "division_code": "530902200201", "name": "西村", "phone": "", "created_at": utc_now(),
                    "updated_at": utc_now(), "deleted_at": None}
    world.county.db.utils["villages"].insert(west_village)
    clash = dict(west_village, uuid="22222222-2222-4222-8222-222222222222", site_id=world.east.sync.site.site_id)
    message = refused_by_cli(world, forge(world, "clash.tdbundle", changes=[line("villages", clash)]), capsys, "冲突")
    assert "损坏" not in message


# ---- identity and roles --------------------------------------------------------------------------------
def test_the_sender_must_be_who_its_key_card_says(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    row = world.disclosure_row()
    as_west = forge(world, "as-west.tdbundle", changes=[line("disclosures", row)],
                    edit=lambda m: m["sender"].update(division_code="530902200000"))
    refused_by_cli(world, as_west, capsys, "不符")
    renamed = forge(world, "renamed.tdbundle", changes=[line("disclosures", row)],
                    edit=lambda m: m["sender"].update(name="县政府办"))
    refused_by_cli(world, renamed, capsys, "不符")
    west_id = world.west.sync.site.site_id
    impostor = forge(world, "impostor.tdbundle", changes=[line("disclosures", row)],
                     edit=lambda m: m["sender"].update(site_id=west_id))
    refused_by_cli(world, impostor, capsys, "未被信任的密钥")


@pytest.mark.parametrize(("kind", "member"), [("calendar", "calendar.json"), ("receipt", "receipt.json"),
                                              ("catalog", "catalog.json")])
def test_a_township_may_only_send_changes(world: World, capsys: pytest.CaptureFixture[str], kind: str, member: str) -> None:
    path = forge(world, f"{kind}.tdbundle", kind=kind, inner={member: b"{}"}, edit=lambda m: m.update(counts={}))
    refused_by_cli(world, path, capsys, "乡镇不能发送")


# ---- order: the sender's seq, never the clock ----------------------------------------------------------
def test_an_older_bundle_made_in_the_same_second_cannot_roll_back(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    row = world.disclosure_row(title="第一版")
    same_second = "2026-11-30T08:00:00Z"
    last = world.county.db.query("SELECT last_seq_to FROM peers WHERE site_id = ?",
                                 (world.east.sync.site.site_id,))[0]["last_seq_to"]
    older = forge(world, "v1.tdbundle", changes=[line("disclosures", row, last + 1)],
                  edit=lambda m: m.update(created_at=same_second))
    newer = forge(world, "v2.tdbundle", changes=[line("disclosures", dict(row, title="第二版"), last + 2)],
                  edit=lambda m: m.update(created_at=same_second))
    assert world.county.sync.import_bundle(newer)["inserted"] == {"disclosures": 1}
    refused_by_cli(world, older, capsys, "较早的数据包")
    title = world.county.db.query("SELECT title FROM disclosures WHERE uuid = ?", (row["uuid"],))[0]["title"]
    assert title == "第二版"


def test_a_sound_forged_bundle_is_accepted(world: World) -> None:
    """The control: the same tools, used honestly, make a bundle the county takes (so the refusals above are real)."""
    last = world.county.db.query("SELECT last_seq_to FROM peers WHERE site_id = ?",
                                 (world.east.sync.site.site_id,))[0]["last_seq_to"]
    row = world.disclosure_row(title="诚实的记录")
    before = state(world.county)
    result = world.county.sync.import_bundle(forge(world, "honest.tdbundle", changes=[line("disclosures", row, last + 1)]))
    assert result["inserted"] == {"disclosures": 1}
    assert state(world.county) != before


def test_verify_checks_every_line_too(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = forge(world, "verify.tdbundle", changes=[line("disclosures", world.disclosure_row(state="hacked"))])
    capsys.readouterr()
    assert run(["--data-dir", str(world.county.data_dir), "bundle", "verify", str(path)]) == 1
    assert "state" in capsys.readouterr().err
