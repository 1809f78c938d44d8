"""An e-mail (.eml) with a bundle attached, for offices that send files through a mail program."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from townshipdesk.io.atomic import write_atomically


def write_eml(bundle: Path, target: Path, *, to: str, sender_name: str, subject: str) -> Path:
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook/Foxmail open it as a draft ready to send
    message.set_content(f"{sender_name} 的政务公开同步包，请用 TownshipDesk 导入（同步 → 导入）。\n文件：{bundle.name}\n")
    message.add_attachment(bundle.read_bytes(), maintype="application", subtype="octet-stream", filename=bundle.name)
    return write_atomically(Path(target), lambda tmp: tmp.write_bytes(bytes(message)))
