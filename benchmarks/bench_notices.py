"""Notice sheets: a 1-page sheet (target ≤ 150 ms after the first), a 100-page name list (target ≤ 3 s),
and a batch for 30 villages.

Run: .venv/bin/python benchmarks/bench_notices.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from townshipdesk.core.calendar_store import load_calendar  # noqa: E402
from townshipdesk.io.notice_input import notice_from_data  # noqa: E402
from townshipdesk.io.pdf.notice_pdf import render_notice  # noqa: E402

SURNAMES = "杨赵段普李王张刘陈罗何郭马胡朱高林"
GIVEN = ["秀英", "建国", "玉珍", "学文", "䶮明", "𠇔华", "春梅", "志强", "桂兰", "国富"]


def data(rows: int, village: str = "大河村") -> dict[str, object]:
    return {"kind": "namelist", "title": f"{village}2026年11月城乡最低生活保障金发放名单", "date": "2026-11-02",
            "phone": "0871-6789123", "reviewers": ["李文", "王芳"],
            "columns": ["序号", "户主姓名", "身份证号码", "村民小组", "保障人数", "保障金额（元）", "银行账号"],
            "rows": [[i + 1, SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)], "530121195203150328",
                      f"{village[:2]}{i % 9 + 1}组", i % 4 + 1, f"{430 * (i % 4 + 1)}.00", "6217852000012345678"]
                     for i in range(rows)]}


def main() -> None:
    cal = load_calendar()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t = time.perf_counter()
        render_notice(notice_from_data(data(8), None, cal), out / "first.pdf")
        print(f"first sheet (fonts loaded): {(time.perf_counter() - t) * 1000:.0f} ms")
        times = []
        for i in range(10):
            t = time.perf_counter()
            render_notice(notice_from_data(data(8), None, cal), out / f"one{i}.pdf")
            times.append(time.perf_counter() - t)
        print(f"1-page sheet after the first: median {statistics.median(times) * 1000:.0f} ms (target ≤ 150 ms)")

        rows = 2400  # about 100 pages of A4
        t = time.perf_counter()
        path = render_notice(notice_from_data(data(rows), None, cal), out / "long.pdf")
        pages = len(PdfReader(path).pages)
        print(f"name list of {rows} rows = {pages} pages: {time.perf_counter() - t:.2f} s (target ≤ 3 s for 100 pages)")

        t = time.perf_counter()
        for n in range(30):
            render_notice(notice_from_data(data(40, f"第{n + 1}村"), None, cal), out / f"village{n}.pdf")
        print(f"batch for 30 villages (40-row list each): {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
