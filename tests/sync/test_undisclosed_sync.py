"""Reviews of what is not disclosed and lapse marks travel to the county, which counts them per township and
gives them a sheet of the summary workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.sync.conftest import Office, county_and_two_townships
from tests.sync.test_round_trip import add_record
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.county import county_overview
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.lapsed_policies import LapsedPolicies
from townshipdesk.core.undisclosed_reviews import UndisclosedReviews
from townshipdesk.errors import UserError
from townshipdesk.io.excel.aggregate_writer import REVIEW_SHEET, export_aggregate

TODAY = dt.date(2026, 11, 28)


def records(office: Office) -> Disclosures:
    return Disclosures(office.db, load_calendar(office.db), today=TODAY)


def not_disclosed(office: Office, title: str, formed: str) -> str:
    item = office.catalog.search("耕地地力")[0]
    return records(office).add(item.uuid, title, formed, attribute="此件不公开", attribute_reason="涉及个人隐私").uuid


def send(office: Office, county: Office, folder: Path) -> None:
    bundle = folder / f"{office.name}-{len(list(folder.glob('*.tdbundle')))}.tdbundle"
    office.sync.export_changes(bundle)
    county.sync.import_bundle(bundle)


def test_reviews_and_lapses_reach_the_county_and_are_counted(tmp_path: Path) -> None:
    county, east, west = county_and_two_townships(tmp_path)
    kept = not_disclosed(east, "东镇2024年不公开的名单", "2024-06-01")
    public = not_disclosed(east, "东镇2025年不公开的名单", "2025-03-01")
    not_disclosed(east, "东镇今年不公开的名单", "2026-03-01")  # not due before March 2027
    not_disclosed(west, "西乡2025年不公开的名单", "2025-01-01")
    policy = add_record(east, "最低生活保障 审核信息", "东镇低保实施细则", "2020-05-06", publish=True)
    reviews = UndisclosedReviews(records(east))
    reviews.review(kept, "维持", "仍涉及个人隐私", on=dt.date(2026, 6, 1))
    reviews.review(public, "转为主动公开", "情势变化，可以公开", on=dt.date(2026, 11, 2))
    LapsedPolicies(records(east)).mark(policy, "废止", dt.date(2026, 7, 1), replaced_by="某政发〔2026〕8号")
    for office in (east, west):
        send(office, county, tmp_path)

    # The county holds the same reviews, marks and changed records as the township.
    at_county = Disclosures(county.db, load_calendar(county.db), today=TODAY)
    assert [(r.outcome, r.reason) for r in UndisclosedReviews(at_county).history(public)] == [("转为主动公开", "情势变化，可以公开")]
    assert at_county.get(public).attribute == "此件公开发布"
    lapsed = at_county.get(policy)
    assert (lapsed.lapse_status, lapsed.lapse_date, lapsed.replaced_by) == ("废止", "2026-07-01", "某政发〔2026〕8号")
    with pytest.raises(UserError, match="只能由该乡镇修改"):  # the township's records are read-only at the county
        UndisclosedReviews(at_county).review(kept, "维持", "县级不能复核乡镇的记录", on=TODAY)

    townships, domains = county_overview(county.db, TODAY, 2026)
    counts = {t.name: (t.undisclosed, t.reviews_overdue, t.reviews_in_year, t.made_public_in_year, t.lapsed)
              for t in townships}
    assert counts == {"东镇": (2, 0, 2, 1, 1), "西乡": (1, 1, 0, 0, 0)}

    # On 1 June 2027 the record kept on 1 June 2026 is due again, and the one formed in March 2026 too.
    assert {t.name: t.reviews_overdue for t in county_overview(county.db, dt.date(2027, 5, 31), 2027)[0]} == {"东镇": 1, "西乡": 1}
    assert {t.name: t.reviews_overdue for t in county_overview(county.db, dt.date(2027, 6, 1), 2027)[0]} == {"东镇": 2, "西乡": 1}

    out = export_aggregate("某某县政府办", 2026, TODAY.isoformat(), townships, domains, tmp_path / "汇总.xlsx")
    sheet = [[c.value for c in row] for row in load_workbook(out)[REVIEW_SHEET].iter_rows()]
    assert sheet[0][0] == "某某县政府办各乡镇（街道）不予公开信息评估和失效文件清理情况"
    assert sheet[2] == ["序号", "乡镇（街道）", "区划代码", "不公开及依申请公开记录", "超过12个月未复核", "本年复核",
                        "本年转为主动公开", "本年失效、废止政策"]
    assert sheet[3:] == [[1, "东镇", "530902100000", 2, 0, 2, 1, 1], [2, "西乡", "530902200000", 1, 1, 0, 0, 0],
                         ["合计", "2 个乡镇", None, 3, 1, 2, 1, 1]]

    # The next bundle carries a later review only, and the county's count follows it.
    UndisclosedReviews(Disclosures(west.db, load_calendar(west.db), today=TODAY)).review(
        west.db.conn.execute("SELECT uuid FROM disclosures WHERE attribute = '此件不公开'").fetchone()[0], "维持", "仍不宜公开",
        on=TODAY)
    send(west, county, tmp_path)
    again, _ = county_overview(county.db, TODAY, 2026)
    assert {t.name: (t.reviews_overdue, t.reviews_in_year) for t in again} == {"东镇": (0, 2), "西乡": (0, 1)}
