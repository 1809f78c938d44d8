"""Shared fixtures: a real data folder with a real SQLite database, and the shared sample workbooks."""

from __future__ import annotations

import os

# Qt must never look for a display in tests, also when pytest is run without ./run test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.i18n import set_language

REPO = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"


@pytest.fixture(autouse=True)
def chinese_messages() -> Iterator[None]:
    set_language("zh")
    yield
    set_language("zh")


@pytest.fixture
def sample_workbook() -> Path:
    path = SHARED_FIXTURES / "catalog-sample.xlsx"
    if not path.exists():
        pytest.skip("shared/fixtures/catalog-sample.xlsx is not beside the checkout")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "data" / "townshipdesk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def township_db(db: Database) -> Database:
    init_site(db, "township", "530902100000", "测试镇人民政府")
    return db


@pytest.fixture
def catalog(township_db: Database) -> Catalog:
    return Catalog(township_db)
