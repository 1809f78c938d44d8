"""A county and two townships, each with its own real data folder, keys exchanged as offices would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.resources import catalogs_dir
from townshipdesk.sync.keys import export_card
from townshipdesk.sync.service import Sync


@dataclass
class Office:
    name: str
    data_dir: Path
    db: Database

    @property
    def sync(self) -> Sync:
        return Sync(self.db, self.data_dir)

    @property
    def records(self) -> Disclosures:
        return Disclosures(self.db, load_calendar(self.db))

    @property
    def catalog(self) -> Catalog:
        return Catalog(self.db)


def make_office(root: Path, name: str, role: str, code: str) -> Office:
    data = root / name
    db = Database(data / "townshipdesk.sqlite3")
    init_site(db, role, code, name)
    Catalog(db).install_shipped(catalogs_dir())
    return Office(name, data, db)


def county_and_two_townships(folder: Path) -> tuple[Office, Office, Office]:
    """A county and its townships 东镇 and 西乡, each trusting the other's key card (as after the phone check)."""
    county = make_office(folder, "某某县政府办", "county", "530902000000")
    east = make_office(folder, "东镇", "township", "530902100000")
    west = make_office(folder, "西乡", "township", "530902200000")
    county_card = export_card(county.db, county.data_dir, folder / "county.card")
    for town in (east, west):
        town.sync.trust(folder / "county.card", fingerprint=county_card.fingerprint)
        card = export_card(town.db, town.data_dir, folder / f"{town.name}.card")
        county.sync.trust(folder / f"{town.name}.card", fingerprint=card.fingerprint)
    return county, east, west


@pytest.fixture
def offices(tmp_path: Path):  # noqa: ANN201
    county, east, west = county_and_two_townships(tmp_path)
    yield county, east, west
    for office in (county, east, west):
        office.db.close()
