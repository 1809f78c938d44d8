"""Reading catalog workbooks: the national layout, its county variants, and files that are not catalogs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook, make_xls
from townshipdesk.errors import CatalogImportError
from townshipdesk.io.excel.catalog_reader import parse_channels, read_catalog_workbook


def items_of(path: Path):
    return [r.item for r in read_catalog_workbook(path).rows]


def test_sample_fixture_reads_every_item_with_all_elements(sample_workbook: Path) -> None:
    read = read_catalog_workbook(sample_workbook)
    assert read.sheets == ["社会救助", "财政预决算"]
    assert read.sheet_problems == []
    items = [r.item for r in read.rows]
    assert len(items) == 12
    assert [i.domain for i in items].count("社会救助") == 6
    first = items[0]
    assert (first.level1, first.level2) == ("最低生活保障", "办事指南")
    assert first.content == "申请条件、申请材料、办理流程、办理时限、咨询电话"
    assert first.basis == "《社会救助暂行办法》《最低生活保障审核确认办法》"
    assert first.time_limit == "自信息形成或者变更之日起20个工作日内"
    assert first.body == "县级民政部门、乡镇人民政府（街道办事处）"
    # ■ entries are used, □ entries are not
    assert first.channels == ["政府网站", "政务服务中心", "公开查阅点", "便民服务站"]
    assert (first.audience, first.mode, first.tiers) == (["全社会"], ["主动"], ["县级", "乡级"])
    # 一级事项 merged over two rows applies to the second row too
    assert (items[1].level1, items[1].level2) == ("最低生活保障", "审核确认结果")
    assert items[3].audience == ["特定群体"] and items[3].tiers == ["乡级"]
    assert items[11].mode == ["依申请"]
    assert read.rows[0].row == 4 and read.rows[11].row == 9


def test_wording_variants_are_recognised(tmp_path: Path) -> None:
    layout = Layout(specific="特定群众", on_request="依申请公开", tier_labels=("县级", "乡、村级"))
    rows = [Row("最低生活保障", "办事指南", audience=("", "✓"), mode=("●", "是"), tiers=("", "√"))]
    item = items_of(make_workbook(tmp_path / "v.xlsx", {"社会救助": (rows, layout)}))[0]
    assert item.audience == ["特定群体"]
    assert item.mode == ["主动", "依申请"]
    assert item.tiers == ["乡级", "村级"]


def test_town_level_label_means_township(tmp_path: Path) -> None:
    layout = Layout(tier_labels=("县级", "镇级"))
    item = items_of(make_workbook(tmp_path / "v.xlsx", {"Sheet1": (SIX_ROWS[:1], layout)}))[0]
    assert item.tiers == ["县级", "乡级"]
    assert item.domain == "社会救助"  # from the title, since the sheet has a default name


def test_headers_found_by_text_not_position(tmp_path: Path) -> None:
    layout = Layout(first_row=4, first_col=3, title="某某镇养老服务领域基层政务公开标准目录")
    items = items_of(make_workbook(tmp_path / "shifted.xlsx", {"目录": (SIX_ROWS, layout)}))
    assert len(items) == 6
    assert {i.domain for i in items} == {"养老服务"}
    assert items[5].level2 == "政策法规文件"


def test_unmerged_level1_is_carried_down(tmp_path: Path) -> None:
    items = items_of(make_workbook(tmp_path / "u.xlsx", {"社会救助": (SIX_ROWS, Layout(merge_level1=False))}))
    assert [i.level1 for i in items] == ["最低生活保障"] * 2 + ["特困人员救助供养"] * 2 + ["临时救助"] * 2


def test_notes_rows_at_the_bottom_are_not_items(tmp_path: Path) -> None:
    layout = Layout(notes=["注：1.公开时限以法律法规规定为准。", "说明：本目录动态调整。"])
    items = items_of(make_workbook(tmp_path / "n.xlsx", {"社会救助": (SIX_ROWS, layout)}))
    assert len(items) == 6


def test_same_as_above_takes_the_row_above(tmp_path: Path) -> None:
    rows = [Row("最低生活保障", "办事指南", time_limit="自作出决定之日起7个工作日内"),
            Row("最低生活保障", "审核确认结果", time_limit="同上", body="同上")]
    items = items_of(make_workbook(tmp_path / "s.xlsx", {"社会救助": (rows, Layout())}))
    assert items[1].time_limit == "自作出决定之日起7个工作日内"
    assert items[1].body == "乡镇人民政府"


def test_line_breaks_and_one_line_tick_lists() -> None:
    assert parse_channels("■政府网站 □政府公报 □两微一端 ■社区/企事业单位/村公示栏（电子屏）") == [
        "政府网站", "社区/企事业单位/村公示栏（电子屏）"]
    assert parse_channels("政府网站、村务公开栏\n广播") == ["政府网站", "村务公开栏", "广播"]


def test_several_domains_as_several_sheets(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "m.xlsx", {
        "社会救助": (SIX_ROWS, Layout()),
        "养老服务": (SIX_ROWS[:2], Layout(title="养老服务领域基层政务公开标准目录")),
    })
    items = items_of(path)
    assert [i.domain for i in items].count("养老服务") == 2
    assert len(items) == 8


def test_legacy_xls_as_saved_by_wps(tmp_path: Path) -> None:
    items = items_of(make_xls(tmp_path / "legacy.xls", SIX_ROWS))
    assert len(items) == 6
    assert items[1].level1 == "最低生活保障"  # merged cell in .xls
    assert items[0].channels == ["政府网站", "村务公开栏"]
    assert items[4].mode == ["依申请"]


def test_xls_content_with_xlsx_extension_is_read_by_content(tmp_path: Path) -> None:
    xls = make_xls(tmp_path / "legacy.xls", SIX_ROWS)
    renamed = tmp_path / "really-xls.xlsx"
    renamed.write_bytes(xls.read_bytes())
    assert len(items_of(renamed)) == 6


def test_problem_rows_name_sheet_row_and_column(tmp_path: Path) -> None:
    from townshipdesk.core.catalog import Catalog  # noqa: F401  (validation lives in the core plan)

    rows = [Row("最低生活保障", "办事指南", basis=""), Row("临时救助", "救助情况", audience=("", ""))]
    read = read_catalog_workbook(make_workbook(tmp_path / "bad.xlsx", {"社会救助": (rows, Layout())}))
    assert len(read.rows) == 2  # rows are read; validation happens when the import is planned


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"just some text, not a workbook", "不是有效的 Excel 工作簿"),
        (b"PK\x03\x04garbage-that-is-not-a-zip", "不是有效的 Excel 工作簿"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "不是有效的 Excel 工作簿"),
        (b"", "不是有效的 Excel 工作簿"),
    ],
)
def test_non_excel_and_corrupt_files_get_a_clear_message(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "catalog.xlsx"
    path.write_bytes(content)
    with pytest.raises(CatalogImportError) as err:
        read_catalog_workbook(path)
    assert expected in str(err.value)


def test_a_word_document_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "目录.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(CatalogImportError, match="Word 文档"):
        read_catalog_workbook(path)


def test_truncated_xlsx_is_refused(tmp_path: Path, sample_workbook: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(sample_workbook.read_bytes()[:3000])
    with pytest.raises(CatalogImportError, match="不是有效的 Excel 工作簿"):
        read_catalog_workbook(path)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CatalogImportError, match="找不到文件"):
        read_catalog_workbook(tmp_path / "nope.xlsx")


def test_empty_workbook_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(CatalogImportError, match="没有任何数据"):
        read_catalog_workbook(path)


def test_sheet_without_header_is_a_problem_and_empty_sheets_are_skipped(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = make_workbook(tmp_path / "mixed.xlsx", {"社会救助": (SIX_ROWS, Layout())})
    wb = load_workbook(path)
    wb.create_sheet("说明")["A1"] = "本表由县政务公开办编制"
    wb.create_sheet("Sheet3")
    broken = wb.create_sheet("救助")  # looks like a catalog (公开依据, 公开主体) but its header cannot be found
    broken.append(["事项", "公开依据", "公开主体"])
    broken.append(["低保", "《社会救助暂行办法》", "乡镇人民政府"])
    wb.save(path)
    read = read_catalog_workbook(path)
    assert len(read.rows) == 6
    by_sheet = {p.sheet: p for p in read.sheet_problems}
    assert by_sheet["说明"].severity == "warning" and "不是目录表，已跳过" in by_sheet["说明"].text()
    assert by_sheet["Sheet3"].severity == "warning" and "为空" in by_sheet["Sheet3"].text()
    assert by_sheet["救助"].severity == "error" and "未找到目录表头" in by_sheet["救助"].text()


def test_header_without_required_columns_names_them(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "社会救助"
    ws.append(["序号", "公开事项", "公开内容（要素）", "公开时限", "公开主体", "公开依据"])
    ws.append([1, "低保", "名单", "每季度", "乡镇人民政府", "《社会救助暂行办法》"])
    path = tmp_path / "narrow.xlsx"
    wb.save(path)
    problem = read_catalog_workbook(path).sheet_problems[0]
    assert "公开渠道和载体" in problem.text() and "公开层级" in problem.text()


def test_one_header_row_with_other_wordings_and_words_instead_of_ticks(tmp_path: Path) -> None:
    """A county table: no sub-header row, 对象/方式/层级 written out, other column names, a 领域 column."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["某某县政务公开事项标准目录（2021年版）"])
    ws.append(["序号", "所属领域", "事项名称", "主要内容", "政策依据", "公开时间", "责任单位", "公开途径",
               "公开对象", "公开方式", "公开层级", "备注"])
    ws.append([1, "房屋征收", "征收决定", "征收范围、补偿方案", "《国有土地上房屋征收与补偿条例》", "作出决定后及时公开",
               "县住房城乡建设局", "政府网站、公告栏", "全社会", "主动公开", "县级", ""])
    ws.append([2, "乡村振兴", "帮扶政策", "政策文件", "《中华人民共和国乡村振兴促进法》", "长期公开",
               "乡镇人民政府", "政府网站", "特定群众", "依申请公开", "乡、村级", "试行"])
    path = tmp_path / "county.xlsx"
    wb.save(path)
    read = read_catalog_workbook(path)
    assert read.sheet_problems == []
    first, second = (r.item for r in read.rows)
    assert (first.domain, first.level1, first.level2) == ("国有土地上房屋征收", "征收决定", "")
    assert first.channels == ["政府网站", "公告栏"] and first.tiers == ["县级"]
    assert first.audience == ["全社会"] and first.mode == ["主动"]
    assert second.domain == "扶贫" and second.audience == ["特定群体"] and second.mode == ["依申请"]
    assert second.tiers == ["乡级", "村级"]


def test_a_domain_outside_the_26_is_named_from_the_title(tmp_path: Path) -> None:
    layout = Layout(title="临沧市临翔区某某镇社区矫正领域基层政务公开标准目录")
    items = items_of(make_workbook(tmp_path / "other.xlsx", {"Sheet1": (SIX_ROWS[:1], layout)}))
    assert items[0].domain == "社区矫正"


def test_a_sheet_without_any_domain_hint_is_a_problem(tmp_path: Path) -> None:
    layout = Layout(title="政务公开事项标准目录")
    read = read_catalog_workbook(make_workbook(tmp_path / "nodomain.xlsx", {"Sheet1": (SIX_ROWS[:1], layout)}))
    assert read.rows == [] and "无法确定所属领域" in read.sheet_problems[0].text()


def test_tick_lists_in_one_cell_count_only_the_ticked_options(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "涉农补贴"
    ws.append(["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
               "公开对象", "公开方式", "公开层级"])
    ws.append([1, "农机购置补贴", "补贴结果", "购机者、补贴额", "《办法》", "每季度", "县农业农村局", "■政府网站\n□政府公报",
               "■全社会\n□特定群体", "□主动\n■依申请", "■县级\n□乡级"])
    ws.append([2, "耕地地力保护补贴", "补贴发放", "补贴对象、金额", "《办法》", "发放后7个工作日内", "乡镇人民政府",
               "☑村务公开栏 ☐政府网站", "☐全社会 ☑特定群体", "☑主动 ☐依申请", "○县级 ●乡级"])
    path = tmp_path / "ticks.xlsx"
    wb.save(path)
    first, second = items_of(path)
    assert (first.audience, first.mode, first.tiers, first.channels) == (["全社会"], ["依申请"], ["县级"], ["政府网站"])
    assert (second.audience, second.mode, second.tiers, second.channels) == (
        ["特定群体"], ["主动"], ["乡级"], ["村务公开栏"])


def test_header_rows_repeated_down_the_sheet_are_not_items(tmp_path: Path) -> None:
    # Printed pages pasted together: the two header rows come again before the next page's rows.
    from openpyxl import load_workbook

    path = make_workbook(tmp_path / "pasted.xlsx", {"社会救助": (SIX_ROWS[:3], Layout())})
    wb = load_workbook(path)
    ws = wb["社会救助"]
    header, sub = [c.value for c in ws[2]], [c.value for c in ws[3]]
    ws.append(header)
    ws.append(sub)
    for row in list(ws.iter_rows(min_row=4, max_row=6, values_only=True)):
        ws.append(list(row))
    wb.save(path)
    read = read_catalog_workbook(path)
    assert len(read.rows) == 6
    assert all(r.item.content != "公开内容（要素）" for r in read.rows)


@pytest.mark.parametrize("name", ["目录.xls", "目录", "目录.et"])
def test_an_xlsx_with_another_or_no_extension_is_read_by_content(tmp_path: Path, name: str) -> None:
    xlsx = make_workbook(tmp_path / "real.xlsx", {"社会救助": (SIX_ROWS, Layout())})
    renamed = tmp_path / name
    renamed.write_bytes(xlsx.read_bytes())
    assert len(items_of(renamed)) == 6


def test_a_damaged_file_is_explained_in_english_too(tmp_path: Path, sample_workbook: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(sample_workbook.read_bytes()[:3000])
    with pytest.raises(CatalogImportError) as err:
        read_catalog_workbook(path)
    assert err.value.message.text("en") == (
        "'cut.xlsx' is not a valid Excel workbook (.xlsx or .xls): the file is damaged; nothing was imported")


def test_a_one_row_header_naming_the_tick_columns(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "养老服务"
    ws.append(["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
               "全社会", "特定群体", "主动", "依申请", "县级", "乡级"])
    ws.append([1, "养老机构监管", "监督检查", "检查结果", "《养老机构管理办法》", "20个工作日内", "县民政局", "政府网站",
               "√", "", "√", "", "√", "√"])
    path = tmp_path / "one-row.xlsx"
    wb.save(path)
    read = read_catalog_workbook(path)
    assert read.sheet_problems == []
    (item,) = [r.item for r in read.rows]
    assert (item.audience, item.mode, item.tiers) == (["全社会"], ["主动"], ["县级", "乡级"])
