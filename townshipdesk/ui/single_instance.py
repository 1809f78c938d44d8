"""One window per data folder: a second start on the same folder hands its wish to the first window and exits.

Two windows on one database would each keep their own view of it (and two first-run dialogs could set up the
office twice); a clerk who double-clicks the icon again, or a .tdbundle in the file manager, wants the window
already open. The first process listens on a local socket (a named pipe on Windows) named after a hash of the
data folder; a second process connects, sends one line ("show", or "import" and a bundle's path) and exits.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

CONNECT_MS = 500  # a first instance answers at once; a stale socket fails at once too
WRITE_MS = 1000
log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    """The socket name for a data folder: the same folder written differently gives the same name."""
    path = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    return "townshipdesk-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:24]


def show_message() -> str:
    return "show"


def import_message(bundle: Path) -> str:
    return "import\t" + str(Path(bundle).resolve())


def forward_to_running(data_dir: Path, message: str) -> bool:
    """Send `message` to the window already open on `data_dir`; False when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write((message + "\n").encode("utf-8"))
    sent = socket.waitForBytesWritten(WRITE_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WRITE_MS)
    return sent


class InstanceServer(QObject):
    """Listens for second starts on the same data folder; `show_requested` and `import_requested(path)` fire."""

    show_requested = Signal()
    import_requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # other users cannot knock
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed window (Unix) is removed first. False if impossible:
        the window still opens, only a second start will not find it."""
        if self._server.listen(self.name) or (QLocalServer.removeServer(self.name) and self._server.listen(self.name)):
            # (removed: nobody answered on it when we asked first, so it was left by a window that crashed)
            log.info("listening for second starts on %s", self.name)
            return True
        log.warning("single-instance socket %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        # Bound methods, not lambdas: Qt drops the connections when this listener (a child of the window) is
        # deleted, so a socket that disconnects after the window closed calls nothing that is gone.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._done)
            self._read_from(socket)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in self._buffers[socket]:
            line, _, rest = self._buffers[socket].partition(b"\n")
            self._buffers[socket] = rest
            self._handle(line.decode("utf-8", "replace"))

    def _done(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)
            self._buffers.pop(socket, None)
            socket.deleteLater()

    def _handle(self, line: str) -> None:
        kind, _, argument = line.partition("\t")
        log.info("second start on the same data folder: %s", kind)
        if kind == "import" and argument:
            self.show_requested.emit()
            self.import_requested.emit(argument)
        elif kind == "show":
            self.show_requested.emit()


def bring_forward(window: QWidget | None) -> None:
    """Show `window` (or the dialog in front of it, e.g. the first-run set-up) on top of the desktop."""
    target = QApplication.activeModalWidget() or window
    if target is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = visible[0] if visible else None
    if target is None:
        return
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()
    QApplication.alert(target)  # Windows refuses focus to a background process: the task-bar button flashes


def claim(data_dir: Path, message: str, window: Callable[[], QWidget | None]) -> InstanceServer | None:
    """Hand `message` to the window already open on `data_dir` and return None, or become that window's
    listener (brings `window()` forward on a second start) and return it."""
    if forward_to_running(data_dir, message):
        return None
    server = InstanceServer(data_dir, QApplication.instance())
    server.show_requested.connect(lambda: bring_forward(window()))
    server.listen()
    return server


def already_running_text(data_dir: Path) -> str:
    from townshipdesk.i18n import tr

    return tr("TownshipDesk 已经打开（数据文件夹 {d}），已切换到那个窗口。",
              "TownshipDesk is already open (data folder {d}); switched to that window.", d=str(data_dir))


def say_already_running(data_dir: Path) -> None:
    """The line a second start leaves in its console (a desktop start has none; the first window is in front)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # pythonw on Windows has no console at all
        sys.stderr.write(already_running_text(data_dir) + "\n")
