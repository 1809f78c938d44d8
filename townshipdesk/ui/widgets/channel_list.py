"""The checkable list of disclosure channels (公开渠道) in the item and record editors. Channels are stored in
the national wording, which the catalog and the printed sheets use; the list shows them in the window's
language and keeps the stored wording as each entry's data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from townshipdesk.i18n import label_of

VALUE = Qt.ItemDataRole.UserRole


def channel_name(channel: str) -> str:
    """A common channel in the window's language; any other channel as written."""
    return label_of(channel, (
        ("政府网站", "Government website"),
        ("政府公报", "Government gazette"),
        ("两微一端", "Weibo, WeChat and app"),
        ("政务新媒体", "Government social media"),
        ("发布会/听证会", "Press conference / hearing"),
        ("广播电视", "Radio and TV"),
        ("纸质媒体", "Print media"),
        ("公开查阅点", "Public reading point"),
        ("政务服务中心", "Government service centre"),
        ("便民服务站", "Local service station"),
        ("便民服务中心", "Local service centre"),
        ("入户/现场", "Door to door / on site"),
        ("社区/企事业单位/村公示栏（电子屏）", "Community or village notice board (screen)"),
        ("信息公示栏", "Information notice board"),
        ("村务公开栏", "Village affairs notice board"),
        ("村微信群", "Village WeChat group"),
        ("广播/大喇叭", "Radio / loudspeaker"),
        ("精准推送", "Targeted notification"),
        ("12345政务服务热线", "12345 service hotline"),
        ("档案馆/图书馆", "Archives / library"),
        ("其他", "Other"),
    ))


class ChannelList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_channels(self, names: Iterable[str], checked: Iterable[str]) -> None:
        chosen = set(checked)
        self.clear()
        for name in names:
            entry = QListWidgetItem(channel_name(name), self)
            entry.setData(VALUE, name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        """The ticked channels, in stored wording."""
        return [self.item(i).data(VALUE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, name: str, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(VALUE) == name:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)
