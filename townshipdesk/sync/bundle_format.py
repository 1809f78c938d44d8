"""The `.tdbundle` file: a zip of manifest.json, payload.bin (a sealed box) and signature.

manifest.json (signed, readable without the recipient's key): format, kind, bundle id, times, sender
and recipient identities, sequence range, counts per table, and the SHA-256 and size of payload.bin and of
every member inside it. payload.bin: libsodium sealed box to the recipient's X25519 key of an inner zip
holding changes.jsonl, files/<sha256>, and kind-specific members. signature: Ed25519 over the manifest
bytes. See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid as uuidlib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PublicKey, SealedBox
from nacl.signing import VerifyKey

from townshipdesk import __version__
from townshipdesk.core.store import utc_now
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import Msg, msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.sync.keys import KeyPair, b64, unb64

FORMAT_VERSION = 1
KINDS = ("changes", "receipt", "catalog", "calendar")
OUTER_MEMBERS = {"manifest.json", "payload.bin", "signature"}
MAX_MANIFEST = 8 * 1024 * 1024
MAX_MEMBER = 1024 * 1024 * 1024
MAX_TOTAL = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB: anything more is a zip bomb


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refuse(zh: str, en: str, **kw: Any) -> BundleRefused:
    return BundleRefused(msg(zh, en, **kw))


def _check_names(zf: zipfile.ZipFile, allowed: set[str] | None = None) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse("同步包成员过多（{n}）", "Too many members in the bundle ({n})", n=len(infos))
    total = 0
    for info in infos:
        name = info.filename
        path = PurePosixPath(name)
        if (name.startswith(("/", "\\")) or "\\" in name or ".." in path.parts or ":" in name or not name
                or path.is_absolute()):
            raise refuse("同步包含不安全的文件名“{n}”，已拒绝", "Unsafe member name '{n}' in the bundle; refused", n=name)
        if allowed is not None and name not in allowed:
            raise refuse("同步包含未知成员“{n}”", "Unknown member '{n}' in the bundle", n=name)
        if info.file_size > MAX_MEMBER or (info.file_size > 1024 * 1024 and
                                          info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise refuse("同步包成员“{n}”过大或压缩比异常（疑似压缩炸弹），已拒绝",
                         "Member '{n}' is oversized or compressed suspiciously (zip bomb); refused", n=name)
        total += info.file_size
    if total > MAX_TOTAL:
        raise refuse("同步包解压后过大，已拒绝", "The bundle is too large when unpacked; refused")
    return infos


def _read(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read a member, never more than `limit` bytes whatever its header claims."""
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise refuse("同步包成员“{n}”超过大小限制，已拒绝", "Member '{n}' exceeds its size limit; refused", n=name)
    return data


@dataclass
class Bundle:
    manifest: dict[str, Any]
    members: dict[str, bytes]  # inner members, verified against the manifest

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def sender(self) -> dict[str, str]:
        return self.manifest["sender"]

    def changes(self) -> list[dict[str, Any]]:
        raw = self.members.get("changes.jsonl", b"")
        out = []
        for n, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                change = json.loads(line)
            except json.JSONDecodeError:
                raise refuse("changes.jsonl 第{n}行不是有效的 JSON", "changes.jsonl line {n} is not valid JSON", n=n) from None
            if not isinstance(change, dict) or not {"table", "uuid", "row"} <= set(change) or not isinstance(change["row"], dict):
                raise refuse("changes.jsonl 第{n}行格式不对", "changes.jsonl line {n} is malformed", n=n)
            out.append(change)
        return out

    def json_member(self, name: str) -> Any:
        try:
            return json.loads(self.members[name].decode("utf-8"))
        except (KeyError, UnicodeDecodeError, json.JSONDecodeError):
            raise refuse("同步包缺少或损坏了 {n}", "The bundle's {n} is missing or malformed", n=name) from None


def write_bundle(target: Path, *, kind: str, sender_keys: KeyPair, sender: dict[str, str], recipient: dict[str, str],
                 recipient_box_key: bytes, inner: dict[str, bytes], seq_from: int = 0, seq_to: int = 0,
                 counts: dict[str, int] | None = None) -> dict[str, Any]:
    """Write a signed, sealed bundle atomically: temp file, fsync, re-read and verify, rename."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in inner.items():
            zf.writestr(name, data)
    payload = SealedBox(PublicKey(recipient_box_key)).encrypt(buffer.getvalue())
    manifest = {
        "format": FORMAT_VERSION, "kind": kind, "bundle_id": str(uuidlib.uuid4()), "created_at": utc_now(),
        "app_version": __version__, "sender": {**sender, "sign_key": b64(sender_keys.sign_public)}, "recipient": recipient,
        "seq_from": seq_from, "seq_to": seq_to, "counts": counts or {},
        "payload": {"sha256": sha256(payload), "size": len(payload)},
        "contents": {name: {"sha256": sha256(data), "size": len(data)} for name, data in inner.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = sender_keys.signing.sign(manifest_bytes).signature

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:  # payload is encrypted: compressing it gains nothing
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("payload.bin", payload)
            zf.writestr("signature", b64(signature))
        # Re-read what reached the disk before it replaces anything.
        with zipfile.ZipFile(tmp) as zf:
            if zf.read("manifest.json") != manifest_bytes or sha256(zf.read("payload.bin")) != manifest["payload"]["sha256"]:
                raise OSError("bundle verification after writing failed")
            VerifyKey(sender_keys.sign_public).verify(zf.read("manifest.json"), unb64(zf.read("signature").decode()))

    write_atomically(Path(target), write)
    return manifest


def read_manifest(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """The manifest (parsed), its bytes and the signature; checks the container only."""
    path = Path(path)
    if not path.is_file():
        raise refuse("找不到同步包“{p}”", "Bundle not found: '{p}'", p=str(path))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise refuse("“{p}”不是完整的同步包（文件损坏或被截断）", "'{p}' is not a complete bundle (damaged or truncated)",
                     p=path.name) from None
    with zf:
        try:
            infos = _check_names(zf)
            names = {i.filename for i in infos}
            if names != OUTER_MEMBERS:
                raise refuse("同步包结构不对（应含 manifest.json、payload.bin、signature）",
                             "Wrong bundle structure (manifest.json, payload.bin, signature expected)")
            manifest_bytes = _read(zf, "manifest.json", MAX_MANIFEST)
            signature = _read(zf, "signature", 1024)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise refuse("“{p}”不是完整的同步包（文件损坏或被截断）", "'{p}' is not a complete bundle (damaged or truncated)",
                         p=path.name) from exc
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise refuse("同步包的 manifest.json 不是有效的 JSON", "The bundle's manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise refuse("同步包的 manifest.json 格式不对", "The bundle's manifest.json is malformed")
    if manifest["format"] > FORMAT_VERSION:
        raise refuse("同步包格式版本 {v} 比本程序支持的 {k} 新，请升级 TownshipDesk",
                     "The bundle format {v} is newer than this program supports ({k}); upgrade TownshipDesk",
                     v=manifest["format"], k=FORMAT_VERSION)
    required = {"kind", "bundle_id", "created_at", "sender", "recipient", "payload", "contents"}
    if not required <= set(manifest) or manifest["kind"] not in KINDS:
        raise refuse("同步包的 manifest.json 缺少字段或类型未知", "The manifest lacks fields or has an unknown kind")
    return manifest, manifest_bytes, signature


def open_bundle(path: Path, *, own_site_id: str, own_keys: KeyPair, sender_key: bytes | None,
                sender_label: Msg | None = None) -> Bundle:
    """Verify everything, in order, before anything is read into the database. `sender_key` is the signing
    key we trust for the manifest's sender (None when the sender is unknown or not trusted)."""
    manifest, manifest_bytes, signature = read_manifest(path)
    sender = manifest["sender"]
    if sender_key is None:
        raise refuse("发送方“{n}”（{c}）不在信任列表中，请先用 keys trust 导入其密钥卡并核对指纹",
                     "The sender '{n}' ({c}) is not trusted: import its key card with keys trust and check the fingerprint",
                     n=sender.get("name", "?"), c=sender.get("division_code", "?"))
    try:
        VerifyKey(sender_key).verify(manifest_bytes, unb64(signature.decode("ascii")))
    except (BadSignatureError, ValueError, UnicodeDecodeError):
        raise refuse("同步包签名无效：文件被改动过，或不是“{n}”签发的", "Bad signature: the file was altered or not made by '{n}'",
                     n=sender.get("name", "?")) from None
    if manifest["recipient"].get("site_id") != own_site_id:
        raise refuse("此同步包是发给“{n}”的，不是本单位", "This bundle is addressed to '{n}', not to us",
                     n=manifest["recipient"].get("name", "?"))
    try:
        with zipfile.ZipFile(path) as zf:
            payload = _read(zf, "payload.bin", MAX_TOTAL)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise refuse("同步包内容已损坏（校验失败），请重新拷贝", "The bundle's content is damaged (checksum failed); copy it "
                     "again") from None
    if sha256(payload) != manifest["payload"].get("sha256") or len(payload) != manifest["payload"].get("size"):
        raise refuse("同步包内容与清单不符（被改动或不完整）", "The bundle's payload does not match its manifest (altered or incomplete)")
    try:
        inner_bytes = SealedBox(own_keys.box).decrypt(payload)
    except CryptoError:
        raise refuse("无法解密同步包：它不是用本单位的公钥加密的", "Cannot decrypt the bundle: it was not sealed to our key") from None
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inner_bytes)) as inner:
            expected = manifest["contents"]
            infos = _check_names(inner, set(expected))
            for info in infos:
                declared = expected[info.filename]
                data = _read(inner, info.filename, int(declared.get("size", 0)))
                if sha256(data) != declared.get("sha256"):
                    raise refuse("同步包成员“{n}”的校验值不符", "Member '{n}' does not match its checksum", n=info.filename)
                members[info.filename] = data
    except zipfile.BadZipFile:
        raise refuse("同步包内容已损坏", "The bundle's content is damaged") from None
    missing = set(manifest["contents"]) - set(members)
    if missing:
        raise refuse("同步包缺少成员：{n}", "The bundle lacks members: {n}", n=", ".join(sorted(missing)))
    return Bundle(manifest, members)
