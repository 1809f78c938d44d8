"""Background jobs: results and errors come back on the UI thread; Cancel stops the job at its next step."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from townshipdesk.errors import CatalogImportError
from townshipdesk.i18n import msg
from townshipdesk.ui.workers import Cancelled, Job, Progress


def test_a_job_reports_progress_and_its_result(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []
    ran_on: list[threading.Thread] = []

    def work(progress: Progress) -> str:
        ran_on.append(threading.current_thread())
        for i in range(3):
            progress(i + 1, 3)
        return "完成"

    job = Job(work)
    job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["完成"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert ran_on[0] is not threading.main_thread()


def test_a_user_error_in_a_job_arrives_as_the_exception(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise CatalogImportError(msg("工作簿已加密", "The workbook is encrypted"))

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    (error,) = blocker.args
    assert isinstance(error, CatalogImportError) and str(error) == "工作簿已加密"


def test_cancel_stops_the_job_at_its_next_progress_report(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        for i in range(1000):
            progress(i, 1000)  # raises Cancelled once the user cancelled
            steps.append(i)

    job = Job(work)
    job.start()
    assert started.wait(5)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled)
    assert steps == []
