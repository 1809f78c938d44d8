"""`concern …` from the command line, as the acceptance checks drive it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.conftest import Cli
from townshipdesk.io.attachments import stored_path


def test_add_respond_list_show_publish(cli: Cli, tmp_path: Path) -> None:
    major = cli.json("concern", "add", "--seen", "2026-12-01 09:30", "--source", "网络", "--title", "T", "--major",
                     "--now", "2026-12-01 10:00")
    assert (major["number"], major["due"], major["state"]) == ("关切2026-001", "2026-12-02T09:30", "open")  # type: ignore[index]
    ordinary = cli.json("concern", "add", "--seen", "2026年12月1日 9时30分", "--source", "12345热线", "--title", "路灯",
                        "--responder", "李明", "--now", "2026-12-01 10:00")
    assert (ordinary["number"], ordinary["due"], ordinary["responder"]) == ("关切2026-002", "2026-12-03T09:30", "李明")  # type: ignore[index]

    due = cli.json("concern", "list", "--due", "--now", "2026-12-02 10:00")
    assert [(c["number"], c["state"], c["hours_left"]) for c in due] == [  # type: ignore[index,union-attr]
        ("关切2026-001", "overdue", -0.5), ("关切2026-002", "open", 23.5)]

    answer = tmp_path / "回应.pdf"
    answer.write_bytes(b"%PDF answer")
    done = cli.json("concern", "respond", "关切2026-002", "--at", "2026/12/02 9:30", "--channel", "政府网站",
                    "--attachment", str(answer), "--now", "2026-12-02 10:00")
    assert (done["state"], done["responded"], done["response_file"]) == ("responded", "2026-12-02T09:30", "回应.pdf")  # type: ignore[index]
    assert stored_path(cli.data_dir, done["response_sha256"]).read_bytes() == b"%PDF answer"  # type: ignore[index,arg-type]
    assert [c["number"] for c in cli.json("concern", "list", "--due", "--now", "2026-12-02 10:00")] == ["关切2026-001"]  # type: ignore[index,union-attr]

    code, out, _ = cli("concern", "show", "关切2026-001", "--now", "2026-12-02 11:45")
    assert code == 0 and "逾期未回应（已逾期 2 小时 15 分）" in out and "重大（24小时）" in out

    pdf = tmp_path / "回应关切情况.pdf"
    code, out, err = cli("concern", "publish", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(pdf),
                         "--now", "2026-12-02 11:45")
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "回应关切情况" in text and "关切2026-002" in text and "逾期未回应" in text
    xlsx = tmp_path / "回应关切情况.xlsx"
    summary = cli.json("concern", "publish", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(xlsx),
                       "--now", "2026-12-02 11:45")
    assert (summary["total"], summary["on_time"], summary["overdue"]) == (2, 1, 1)  # type: ignore[index]
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "某某镇人民政府回应关切情况（2026年12月1日至2026年12月31日）"
    assert [ws.cell(4, c).value for c in (1, 2, 9)] == [1, "关切2026-001", "逾期未回应"]
    assert [ws.cell(5, c).value for c in (2, 8, 9, 10)] == ["关切2026-002", "政府网站", "按时回应", "见附件：回应.pdf"]


def test_bad_input_is_named_in_chinese_and_english(cli: Cli, tmp_path: Path) -> None:
    def error(*args: str) -> str:
        code, _, err = cli(*args)
        assert code == 1, err
        return err.strip()

    assert error("concern", "add", "--seen", "2026-12-01 25:30", "--source", "网络", "--title", "T") == \
        "错误：时间“2026-12-01 25:30”不存在：一天只有0至23时，没有25时"
    assert error("concern", "add", "--seen", "2026-12-01 09:30", "--source", "网络", "--title", "T",
                 "--now", "2026-12-01 09:00") == "错误：发现时间（2026-12-01 09:30）不能晚于现在（2026-12-01 09:00）"
    assert error("concern", "add", "--seen", "2026-12-01 09:30", "--source", "微博", "--title", "T") == \
        "错误：来源“微博”无效；应为：网络、媒体、12345热线、信访、领导信箱、村民反映"
    assert error("--lang", "en", "concern", "add", "--seen", "2026-12-01 09:30", "--source", "微博", "--title", "T") == \
        ("error: Unknown source '微博'; use one of: 网络 (online), 媒体 (media), 12345热线 (hotline), 信访 (petition), "
         "领导信箱 (mailbox), 村民反映 (villagers)")
    assert error("--lang", "en", "concern", "add", "--seen", "2026-12-01 9:75", "--source", "网络", "--title", "T") == \
        "error: Time '2026-12-01 9:75' does not exist: minutes run from 0 to 59, there is no minute 75"
    cli.json("concern", "add", "--seen", "2026-12-01 09:30", "--source", "网络", "--title", "T")
    assert error("concern", "respond", "关切2026-001", "--at", "2026-12-01 09:00", "--channel", "电话回复", "--text", "x") == \
        "错误：回应时间（2026-12-01 09:00）不能早于发现时间（2026-12-01 09:30）"
    assert error("--lang", "en", "concern", "respond", "关切2026-001", "--at", "2026-12-01 09:00", "--channel", "电话回复",
                 "--text", "x") == "error: The response (2026-12-01 09:00) cannot be before the concern was seen (2026-12-01 09:30)"
    assert error("concern", "respond", "关切2026-009", "--at", "2026-12-01 10:00", "--channel", "x", "--text", "x") == \
        "错误：找不到关切“关切2026-009”"
    assert error("concern", "publish", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(tmp_path / "x.doc")) == \
        "错误：输出文件应为 .pdf 或 .xlsx"
