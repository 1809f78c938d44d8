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
import os
import struct
import uuid as uuidlib
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PublicKey, SealedBox
from nacl.signing import VerifyKey

from townshipdesk import __version__
from townshipdesk.core.store import utc_now
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import Msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.sync.keys import KeyPair, b64, unb64
from townshipdesk.sync.manifest import FORMAT_VERSION, check_manifest, load_json, refuse, shown

OUTER_MEMBERS = {"manifest.json", "payload.bin", "signature"}
MAX_MANIFEST = 8 * 1024 * 1024
MAX_SIGNATURE = 1024
MAX_MEMBER = 1024 * 1024 * 1024
MAX_TOTAL = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB: anything more is a zip bomb
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What a damaged or hostile zip can make the zipfile module raise; each one means "not a sound bundle".
ZIP_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError,
              zlib.error, struct.error, KeyError, IndexError, OverflowError, UnicodeDecodeError)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def damaged(name: str) -> BundleRefused:
    return refuse("“{p}”不是完整的同步包（文件损坏或被截断），请重新拷贝或让对方重新生成",
                  "'{p}' is not a complete bundle (damaged or truncated); copy it again or ask for a new one", p=name)


def _check_names(zf: zipfile.ZipFile, allowed: set[str]) -> list[zipfile.ZipInfo]:
    """Every member: a safe, unique name the format allows, a supported compression, sizes within limits, all
    judged from the directory before a byte is decompressed."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse("同步包成员过多（{n}）", "Too many members in the bundle ({n})", n=len(infos))
    total, seen = 0, set()
    for info in infos:
        name = info.orig_filename  # zipfile cuts names at NUL; the original shows it
        path = PurePosixPath(name)
        if (not name or "\x00" in name or name.startswith(("/", "\\")) or "\\" in name or ".." in path.parts
                or ":" in name or path.is_absolute()):
            raise refuse("同步包含不安全的文件名“{n}”，已拒绝", "Unsafe member name '{n}' in the bundle; refused",
                         n=shown(name))
        if name in seen:
            raise refuse("同步包中的成员“{n}”出现了两次，已拒绝", "The member '{n}' appears twice in the bundle; refused", n=shown(name))
        seen.add(name)
        if name not in allowed:
            raise refuse("同步包含未知成员“{n}”", "Unknown member '{n}' in the bundle", n=shown(name))
        if info.compress_type not in COMPRESSIONS:
            raise refuse("同步包成员“{n}”使用了不支持的压缩方式（{m}），已拒绝",
                         "Member '{n}' uses an unsupported compression method ({m}); refused", n=shown(name),
                         m=info.compress_type)
        if info.flag_bits & 0x1:
            raise refuse("同步包成员“{n}”带有 zip 密码，已拒绝", "Member '{n}' is zip-encrypted; refused", n=shown(name))
        if info.file_size > MAX_MEMBER or (info.file_size > 1024 * 1024 and
                                          info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise refuse("同步包成员“{n}”过大或压缩比异常（疑似压缩炸弹），已拒绝",
                         "Member '{n}' is oversized or compressed suspiciously (zip bomb); refused", n=shown(name))
        total += info.file_size
    if total > MAX_TOTAL:
        raise refuse("同步包解压后过大，已拒绝", "The bundle is too large when unpacked; refused")
    return infos


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, never more than `limit` bytes whatever its header claims."""
    if info.file_size > limit:
        raise refuse("同步包成员“{n}”超过大小限制，已拒绝", "Member '{n}' exceeds its size limit; refused", n=shown(info.filename))
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise refuse("同步包成员“{n}”超过大小限制，已拒绝", "Member '{n}' exceeds its size limit; refused", n=shown(info.filename))
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

    def json_member(self, name: str) -> Any:
        if name not in self.members:
            raise refuse("同步包缺少 {n}", "The bundle lacks {n}", n=name)
        return load_json(self.members[name], name)

    def files(self) -> dict[str, bytes]:
        return {name.removeprefix("files/"): data for name, data in self.members.items() if name.startswith("files/")}


def _compression(name: str, data: bytes) -> int:
    """Deflate what deflating shrinks. Attachments are mostly scans, photos and PDFs, compressed already: deflating
    them again costs time and gains nothing, so one whose middle 4 KiB do not shrink is stored (as zip tools do;
    the middle, because a PDF begins with a few lines of text before its compressed images)."""
    if name.startswith("files/"):
        middle = max(0, len(data) // 2 - 2048)
        sample = data[middle: middle + 4096]
        if len(zlib.compress(sample, 1)) >= 0.97 * len(sample):
            return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def write_bundle(target: Path, *, kind: str, sender_keys: KeyPair, sender: dict[str, str], recipient: dict[str, str],
                 recipient_box_key: bytes, inner: dict[str, bytes], seq_from: int = 0, seq_to: int = 0,
                 counts: dict[str, int] | None = None) -> dict[str, Any]:
    """Write a signed, sealed bundle atomically: temp file, fsync, re-read and verify, rename."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in inner.items():
            zf.writestr(name, data, compress_type=_compression(name, data))
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
    """The manifest (parsed and checked against the format), its bytes and the signature; container checks only."""
    path = Path(path)
    if not path.is_file():
        raise refuse("找不到同步包“{p}”", "Bundle not found: '{p}'", p=str(path))
    if not os.access(path, os.R_OK):
        raise refuse("没有权限读取“{p}”：请检查文件权限，或先把它复制到本机", "No permission to read '{p}': check the file's "
                     "permissions, or copy it to this computer first", p=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {i.orig_filename: i for i in _check_names(zf, OUTER_MEMBERS)}
            if set(infos) != OUTER_MEMBERS:
                raise refuse("同步包结构不对（应含 manifest.json、payload.bin、signature）",
                             "Wrong bundle structure (manifest.json, payload.bin, signature expected)")
            manifest_bytes = _read(zf, infos["manifest.json"], MAX_MANIFEST)
            signature = _read(zf, infos["signature"], MAX_SIGNATURE)
    except ZIP_DAMAGE:
        raise damaged(path.name) from None
    manifest = check_manifest(load_json(manifest_bytes, "manifest.json"), max_member=MAX_MEMBER, max_members=MAX_MEMBERS)
    return manifest, manifest_bytes, signature


def open_bundle(path: Path, *, own_site_id: str, own_keys: KeyPair, sender_key: bytes | None,
                sender_label: Msg | None = None) -> Bundle:
    """Verify everything, in order, before anything is read into the database. `sender_key` is the signing
    key we trust for the manifest's sender (None when the sender is unknown or not trusted)."""
    path = Path(path)
    manifest, manifest_bytes, signature = read_manifest(path)
    sender = manifest["sender"]
    if sender_key is None:
        raise refuse("发送方“{n}”（{c}）不在信任列表中，请先用 keys trust 导入其密钥卡并电话核对指纹",
                     "The sender '{n}' ({c}) is not trusted: import its key card with keys trust and check the fingerprint "
                     "by phone", n=sender["name"], c=sender["division_code"])
    try:
        VerifyKey(sender_key).verify(manifest_bytes, unb64(signature.decode("ascii")))
    except (BadSignatureError, ValueError, UnicodeDecodeError):
        raise refuse("同步包签名无效：文件被改动过，或不是“{n}”签发的", "Bad signature: the file was altered or not made by '{n}'",
                     n=sender["name"]) from None
    if manifest["recipient"]["site_id"] != own_site_id:
        raise refuse("此同步包是发给“{n}”的，不是本单位", "This bundle is addressed to '{n}', not to us",
                     n=manifest["recipient"]["name"])
    try:
        with zipfile.ZipFile(path) as zf:
            payload = _read(zf, zf.getinfo("payload.bin"), MAX_MEMBER)
    except ZIP_DAMAGE:
        raise damaged(path.name) from None
    if sha256(payload) != manifest["payload"]["sha256"] or len(payload) != manifest["payload"]["size"]:
        raise refuse("同步包内容与清单不符（被改动或不完整）", "The bundle's payload does not match its manifest (altered or incomplete)")
    try:
        inner_bytes = SealedBox(own_keys.box).decrypt(payload)
    except CryptoError:
        raise refuse("无法解密同步包：它不是用本单位的公钥加密的", "Cannot decrypt the bundle: it was not sealed to our key") from None
    expected = manifest["contents"]
    members: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inner_bytes)) as inner:
            for info in _check_names(inner, set(expected)):
                declared = expected[info.orig_filename]
                if info.file_size != declared["size"]:
                    raise refuse("同步包成员“{n}”的大小与清单不符", "Member '{n}' does not have the size its manifest says",
                                 n=info.orig_filename)
                data = _read(inner, info, declared["size"])
                if sha256(data) != declared["sha256"]:
                    raise refuse("同步包成员“{n}”的校验值不符", "Member '{n}' does not match its checksum", n=info.orig_filename)
                members[info.orig_filename] = data
    except ZIP_DAMAGE:
        raise refuse("同步包内容已损坏", "The bundle's content is damaged") from None
    missing = set(expected) - set(members)
    if missing:
        raise refuse("同步包缺少成员：{n}", "The bundle lacks members: {n}", n=", ".join(sorted(missing))[:200])
    return Bundle(manifest, members)
