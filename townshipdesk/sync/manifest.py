"""Reading untrusted JSON safely, and the schema of manifest.json and of the small kind-specific members.

Every check names the field that is wrong, so a refusal says what to fix ("manifest.json: sender.role …").
"""

from __future__ import annotations

import json
import re
from typing import Any

from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import msg
from townshipdesk.sync.rows import MAX_INT, SHA256_RE, SYNCED_TABLES, UUID_RE, is_timestamp, shown

FORMAT_VERSION = 1
KINDS = ("changes", "receipt", "catalog", "calendar", "restore")
# Which role may send which kind: a township only reports its own changes; only the county confirms,
# pushes catalogs and holiday schedules, and restores a reinstalled township.
KINDS_BY_ROLE = {"township": ("changes",), "county": ("receipt", "catalog", "calendar", "restore")}
# The inner members each kind has: exact names, plus attachments for the kinds that carry rows.
KIND_MEMBERS = {"changes": {"changes.jsonl"}, "receipt": {"receipt.json"}, "catalog": {"catalog.json"},
                "calendar": {"calendar.json"}, "restore": {"changes.jsonl", "restore.json"}}
KINDS_WITH_FILES = ("changes", "restore")
FILE_MEMBER = re.compile(r"^files/[0-9a-f]{64}$")
MAX_JSON_DEPTH = 12
NAME_LIMIT = 100
B64_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")  # 32 bytes


def refuse(zh: str, en: str, **kw: Any) -> BundleRefused:
    return BundleRefused(msg(zh, en, **kw))


SURROGATE = re.compile("[\ud800-\udfff]")  # "\\ud800" in JSON: not a character, cannot be stored or shown


def _depth(value: Any) -> int:
    """Nesting depth, without recursion (the value came from json.loads, so it is already bounded); -1 when a text
    holds a lone surrogate."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            if any(SURROGATE.search(k) for k in item):
                return -1
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
        elif isinstance(item, str) and SURROGATE.search(item):
            return -1
    return deepest


def _no_constants(name: str) -> float:
    raise ValueError(name)  # NaN / Infinity are not JSON


def load_json(data: bytes, what: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse untrusted JSON: UTF-8, no NaN/Infinity, no duplicate keys, nesting at most `max_depth`."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            raise ValueError("duplicate key")
        return out

    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constants, object_pairs_hook=pairs)
    except RecursionError:
        raise refuse("{w} 嵌套过深，已拒绝", "{w} is nested too deeply; refused", w=what) from None
    except (UnicodeDecodeError, ValueError):
        raise refuse("{w} 不是有效的 JSON", "{w} is not valid JSON", w=what) from None
    depth = _depth(value)
    if depth < 0:
        raise refuse("{w} 含有无效的字符（单独的代理码位），已拒绝", "{w} holds an invalid character (a lone surrogate); refused",
                     w=what)
    if depth > max_depth:
        raise refuse("{w} 嵌套过深，已拒绝", "{w} is nested too deeply; refused", w=what)
    return value


# ---- a tiny schema language: enough for the manifest, readable at a glance ---------------------------
def _fail(where: str, zh: str, en: str, **kw: Any) -> BundleRefused:
    return refuse("manifest.json 的 {f} {d}", "manifest.json: {f} {d}", f=where, d=msg(zh, en, **kw))


def need_int(value: Any, where: str, low: int = 0, high: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "应为整数", "must be an integer")
    if not low <= value <= high:
        raise _fail(where, "超出范围（{v}）", "is out of range ({v})", v=shown(value, 30))
    return value


def need_text(value: Any, where: str, limit: int = NAME_LIMIT, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or not value or len(value) > limit or not value.isprintable():
        raise _fail(where, "应为不超过 {n} 字的文字", "must be text of at most {n} characters", n=limit)
    if pattern is not None and not pattern.match(value):
        raise _fail(where, "格式不对", "has the wrong format")
    return value


def need_dict(value: Any, where: str, required: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    if not isinstance(value, dict):
        raise _fail(where, "应为对象", "must be an object")
    missing = required - set(value)
    if missing:
        raise _fail(where, "缺少 {k}", "lacks {k}", k=", ".join(sorted(missing)))
    extra = set(value) - required - set(optional)
    if extra:
        raise _fail(where, "含未知字段 {k}", "has unknown fields {k}", k=shown(", ".join(sorted(map(str, extra))), 200))
    return value


DIVISION = re.compile(r"^\d{12}$")
VERSION = re.compile(r"^[0-9A-Za-z.+-]{1,40}$")
IDENTITY = {"site_id", "division_code", "name", "role"}


def _identity(value: Any, where: str, *, with_key: bool) -> dict[str, Any]:
    ident = need_dict(value, where, IDENTITY | ({"sign_key"} if with_key else set()))
    need_text(ident["site_id"], f"{where}.site_id", 36, UUID_RE)
    need_text(ident["division_code"], f"{where}.division_code", 12, DIVISION)
    need_text(ident["name"], f"{where}.name")
    if ident["role"] not in KINDS_BY_ROLE:
        raise _fail(f"{where}.role", "应为 township 或 county", "must be township or county")
    if with_key:
        need_text(ident["sign_key"], f"{where}.sign_key", 44, B64_KEY)
    return ident


def _digest(value: Any, where: str, size_limit: int) -> None:
    entry = need_dict(value, where, {"sha256", "size"})
    need_text(entry["sha256"], f"{where}.sha256", 64, SHA256_RE)
    need_int(entry["size"], f"{where}.size", 0, size_limit)


def check_manifest(manifest: Any, *, max_member: int, max_members: int) -> dict[str, Any]:
    """The whole manifest against the format: every field, its type, its range; the members the kind allows."""
    if not isinstance(manifest, dict):
        raise refuse("manifest.json 应为 JSON 对象", "manifest.json must be a JSON object")
    fmt = manifest.get("format")
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > FORMAT_VERSION:
        raise refuse("同步包格式版本 {v} 比本程序支持的 {k} 新，请升级 TownshipDesk",
                     "The bundle format {v} is newer than this program supports ({k}); upgrade TownshipDesk",
                     v=fmt, k=FORMAT_VERSION)
    need_dict(manifest, "", {"format", "kind", "bundle_id", "created_at", "app_version", "sender", "recipient", "seq_from",
                             "seq_to", "counts", "payload", "contents"})
    need_int(fmt, "format", FORMAT_VERSION, FORMAT_VERSION)
    if manifest["kind"] not in KINDS:
        raise _fail("kind", "“{k}”不是已知的类型", "'{k}' is not a known kind", k=shown(manifest["kind"], 30))
    need_text(manifest["bundle_id"], "bundle_id", 36, UUID_RE)
    if not isinstance(manifest["created_at"], str) or not is_timestamp(manifest["created_at"]):
        raise _fail("created_at", "不是有效的时间", "is not a valid time")
    need_text(manifest["app_version"], "app_version", 40, VERSION)
    sender = _identity(manifest["sender"], "sender", with_key=True)
    _identity(manifest["recipient"], "recipient", with_key=False)
    if manifest["kind"] not in KINDS_BY_ROLE[sender["role"]]:
        raise refuse("{r}不能发送“{k}”类同步包，已拒绝", "A {r} may not send a '{k}' bundle; refused",
                     r=msg("乡镇", "township") if sender["role"] == "township" else msg("县级", "county"), k=manifest["kind"])
    seq_from = need_int(manifest["seq_from"], "seq_from")
    if need_int(manifest["seq_to"], "seq_to") < seq_from:
        raise _fail("seq_to", "小于 seq_from", "is below seq_from")
    counts = manifest["counts"]
    need_dict(counts, "counts", set(), set(SYNCED_TABLES))
    for table, n in counts.items():
        need_int(n, f"counts.{table}")
    _digest(manifest["payload"], "payload", max_member)
    contents = manifest["contents"]
    if not isinstance(contents, dict) or len(contents) > max_members:
        raise _fail("contents", "应为不超过 {n} 项的对象", "must be an object of at most {n} entries", n=max_members)
    expected = KIND_MEMBERS[manifest["kind"]]
    for name, entry in contents.items():
        allowed = name in expected or (manifest["kind"] in KINDS_WITH_FILES and FILE_MEMBER.match(name))
        if not allowed:
            raise refuse("同步包含此类型不应有的成员“{n}”", "The bundle holds a member its kind does not have: '{n}'",
                         n=shown(name))
        _digest(entry, f"contents.{name}", max_member)
    missing = expected - set(contents)
    if missing:
        raise refuse("同步包缺少成员：{n}", "The bundle lacks members: {n}", n=", ".join(sorted(missing)))
    return manifest


def check_receipt(data: Any) -> dict[str, Any]:
    receipt = need_dict(data, "receipt.json", {"acked_seq", "bundle_id", "received_at"})
    need_int(receipt["acked_seq"], "receipt.json acked_seq")
    if receipt["bundle_id"] is not None:
        need_text(receipt["bundle_id"], "receipt.json bundle_id", 36, UUID_RE)
    if receipt["received_at"] is not None and not (isinstance(receipt["received_at"], str)
                                                   and is_timestamp(receipt["received_at"])):
        raise _fail("receipt.json received_at", "不是有效的时间", "is not a valid time")
    return receipt


CATALOG_TEXTS = ("domain", "level1", "level2", "content", "basis", "time_limit", "body")
CATALOG_LISTS = ("channels", "audience", "mode", "tiers")


def check_catalog(data: Any) -> list[dict[str, Any]]:
    """catalog.json: items with the eight elements as texts and lists of texts (other fields are ignored)."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list) or len(data["items"]) > 100_000:
        raise refuse("catalog.json 格式不对（应为 {{items: [...]}}）", "catalog.json is malformed (expected {{items: [...]}})")
    for n, item in enumerate(data["items"], start=1):
        where = f"catalog.json items[{n}]"
        if not isinstance(item, dict):
            raise _fail(where, "应为对象", "must be an object")
        for key in CATALOG_TEXTS:
            value = item.get(key)
            if not isinstance(value, str) or len(value) > 100_000 or (key in ("domain", "level1") and not value):
                raise _fail(f"{where}.{key}", "应为文字", "must be text")
        for key in CATALOG_LISTS:
            value = item.get(key)
            if not isinstance(value, list) or len(value) > 200 or not all(isinstance(v, str) and len(v) <= 500 for v in value):
                raise _fail(f"{where}.{key}", "应为文字列表", "must be a list of texts")
    return data["items"]


def check_calendar(data: Any) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get("years"), list) or len(data["years"]) > 200:
        raise refuse("calendar.json 格式不对（应为 {{years: [...]}}）", "calendar.json is malformed (expected {{years: [...]}})")
    return data["years"]
