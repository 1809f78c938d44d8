"""`decision …` from the command line: the catalog, a consultation across the National Day holiday, comments and
their 采纳情况, the sheets read back from the PDFs, and bad input answered with a one-line reason."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Cli


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")


def test_a_decision_from_catalog_to_published_feedback(cli: Cli, tmp_path: Path) -> None:
    assert cli("settings", "--phone", "0883-1234567", "--address", "某某镇人民政府党政办", "--email", "zf@example.cn")[0] == 0
    added = cli.json("decision", "add", "--year", "2026", "--title", "集镇污水处理设施建设方案", "--unit", "村镇规划建设服务中心",
                     "--planned", "2026年11月30日", "--today", "2026-09-01")
    assert added["number"] == "决策2026-01" and added["planned_date"] == "2026-11-30"  # type: ignore[index]
    second = cli.json("decision", "add", "--year", "2026", "--title", "停车场收费方案", "--unit", "党政办", "--today", "2026-09-01")
    assert second["number"] == "决策2026-02"  # type: ignore[index]
    assert cli("decision", "publish-catalog", "--year", "2026", "--today", "2026-09-02")[0] == 0
    code, _, err = cli("decision", "consult", "决策2026-01", "--start", "2026-09-20", "--period", "10个工作日",
                       "--method", "公开征求意见", "--method", "座谈会", "--contact", "意见可投入镇政府意见箱",
                       "--today", "2026-09-20")
    assert code == 0 and "少于《重大行政决策程序暂行条例》第十五条规定的一般不少于30日" in err  # 20 days: warned, kept
    shown = cli.json("decision", "show", "决策2026-01", "--today", "2026-09-20")
    assert (shown["consult_end"], shown["status_label"], shown["consultation_days"]) == ("2026-10-10", "征求意见中", 20)  # type: ignore[index]
    notice = tmp_path / "公告.pdf"
    assert cli("decision", "sheet", "决策2026-01", "--kind", "notice", "--out", str(notice), "--today", "2026-09-20")[0] == 0
    text = pdf_text(notice)
    for expected in ("关于“集镇污水处理设施建设方案”公开征求意见的公告", "2026年9月20日至2026年10月10日（共20日，其中工作日10个）",
                     "公开征求意见、座谈会", "意见可投入镇政府意见箱", "zf@example.cn", "0883-1234567", "本次公开征求意见期限少于30日"):
        assert expected in text, expected
    cli("decision", "comment", "决策2026-01", "--text", "建议管网覆盖东片区", "--from", "村民代表", "--count", "3",
        "--date", "2026-09-28", "--today", "2026-09-28")
    due = cli.json("decision", "list", "--due", "--today", "2026-09-28")
    assert [(d["number"], d["due_kind"], d["working_days"]) for d in due] == [("决策2026-01", "ending", 5)]  # type: ignore[index,union-attr]
    due = cli.json("decision", "list", "--due", "--today", "2026-10-12")
    assert [(d["number"], d["due_kind"]) for d in due] == [("决策2026-01", "feedback")]  # type: ignore[index,union-attr]
    cli("decision", "feedback", "决策2026-01", "--comment", "1", "--adopted", "partly", "--reason", "东片区纳入二期建设",
        "--today", "2026-10-12")
    published = cli.json("decision", "publish-feedback", "决策2026-01", "--today", "2026-10-12")
    assert published["feedback_published_date"] == "2026-10-12" and published["feedback_due"] is False  # type: ignore[index]
    assert cli.json("decision", "list", "--due", "--today", "2026-10-12") == []
    feedback = tmp_path / "反馈.pdf"
    assert cli("decision", "sheet", "决策2026-01", "--kind", "feedback", "--out", str(feedback))[0] == 0
    text = pdf_text(feedback)
    for expected in ("征求意见采纳情况的反馈", "共收到意见3条，归纳为1项", "部分采纳1项", "东片区纳入二期建设", "2026年10月12日"):
        assert expected in text, expected
    assert cli("decision", "adjust", "决策2026-02", "--reason", "上级统一部署", "--today", "2026-10-12")[0] == 0
    catalog = tmp_path / "目录.pdf"
    assert cli("decision", "catalog-sheet", "--year", "2026", "--out", str(catalog), "--today", "2026-10-12")[0] == 0
    text = pdf_text(catalog)
    for expected in ("某某镇人民政府2026年度重大行政决策事项目录", "共1项，另有1项已调整出目录", "2026年9月2日公布目录",
                     "调整出目录 决策2026-02", "理由：上级统一部署", "采纳情况已公布，待决策"):
        assert expected in text, expected
    listed = cli.json("decision", "list", "--year", "2026")
    assert [d["status"] for d in listed] == ["consulting", "removed"]  # type: ignore[index,union-attr]


def test_bad_input_gets_a_clear_message(cli: Cli, tmp_path: Path) -> None:
    cli("decision", "add", "--year", "2026", "--title", "某方案", "--unit", "党政办", "--today", "2026-09-01")
    cases = [
        (("decision", "add", "--year", "2026", "--title", "某方案", "--unit", " "), "请写明承办单位"),
        (("decision", "add", "--year", "2026", "--title", "某方案", "--unit", "党政办", "--planned", "2027-01-05"),
         "不在 2026 年度目录内"),
        (("decision", "consult", "决策2026-01", "--start", "2026-09-31", "--end", "2026-10-30", "--method", "听证会"),
         "2026年9月没有31日"),
        (("decision", "consult", "决策2026-01", "--start", "2026-09-10", "--end", "2026-09-01", "--method", "听证会"),
         "结束日期 2026-09-01 早于开始日期 2026-09-10"),
        (("decision", "consult", "决策2026-01", "--start", "2026-09-10", "--end", "2026-10-10", "--method", "电话会"),
         "听取意见的方式应为"),
        (("decision", "consult", "决策2026-01", "--start", "2026-09-10", "--method", "听证会"), "二者选一"),
        (("decision", "comment", "决策2026-01", "--text", "意见"), "尚未登记征求意见"),
        (("decision", "feedback", "决策2026-01", "--comment", "1", "--adopted", "maybe"), "采纳情况应为 yes"),
        (("decision", "show", "决策2026-07"), "找不到决策事项“决策2026-07”"),
        (("decision", "adjust", "决策2026-01", "--reason", " "), "调整目录须写明理由"),
        (("decision", "sheet", "决策2026-01", "--kind", "notice", "--out", str(tmp_path / "x.docx")), "输出文件应为 .pdf"),
        (("decision", "sheet", "决策2026-01", "--kind", "notice", "--out", str(tmp_path / "x.pdf")), "尚未登记征求意见"),
        (("decision", "catalog-sheet", "--year", "2030", "--out", str(tmp_path / "c.pdf")), "2030 年度目录还没有决策事项"),
        (("decision", "publish-catalog", "--year", "2030"), "2030 年度目录还没有决策事项"),
    ]
    for args, expected in cases:
        code, out, err = cli(*args)
        assert code == 1 and expected in err and "Traceback" not in err, (args, err)
    code, _, err = cli("decision", "publish-feedback", "决策2026-01", "--today", "2026-09-01")
    assert code == 1 and "尚未登记征求意见" in err
    code, _, err = cli("--lang", "en", "decision", "consult", "决策2026-01", "--start", "2026-09-10", "--end", "2026-09-01",
                       "--method", "听证会")
    assert code == 1 and "The consultation ends (2026-09-01) before it starts (2026-09-10)" in err
    assert not (tmp_path / "x.pdf").exists()
