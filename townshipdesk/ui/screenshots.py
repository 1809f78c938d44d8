"""Developer tool (not used by the app): render the README screenshots from a throw-away data folder.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots [SAMPLE.xlsx] [OUT_DIR]
Writes screenshot-catalog.png (标准目录 with an item selected) and screenshot-first-run.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook
from townshipdesk.resources import catalogs_dir
from townshipdesk.ui.dialogs.first_run import FirstRunDialog
from townshipdesk.ui.fonts_qt import install_application_font
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.session import Session

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SAMPLE = REPO.parent / "shared" / "fixtures" / "catalog-sample.xlsx"
SIZE = QSize(1280, 800)


def _settle(app: QApplication) -> None:
    for _ in range(5):  # layouts and deferred paints need a few turns of the event loop
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    _settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def catalog_shot(app: QApplication, folder: Path, sample: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    catalog = Catalog(db)
    catalog.install_shipped(catalogs_dir())
    read = read_catalog_workbook(sample)
    catalog.apply_import(catalog.plan_import(str(sample), read.rows, read.sheet_problems))
    window = MainWindow(Session(folder, db))
    window.resize(SIZE)
    window.show()
    page = window.show_page("catalog")
    assert isinstance(page, CatalogPage)
    page.domain_tree.choose("社会救助")
    page.select_item(catalog.search("审核确认结果", "社会救助")[0].uuid)
    _save(window, out / "screenshot-catalog.png", app)
    window.close()
    db.close()


def first_run_shot(app: QApplication, folder: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    dialog = FirstRunDialog(db, folder)
    dialog.code_edit.setText("530902100000")
    dialog.name_edit.setText("示例镇人民政府")
    dialog.show()
    _save(dialog, out / "screenshot-first-run.png", app)
    dialog.close()
    db.close()


def main(argv: list[str]) -> int:
    sample = Path(argv[0]) if argv else DEFAULT_SAMPLE
    out = Path(argv[1]) if len(argv) > 1 else REPO / "docs"
    app = QApplication([])
    install_application_font(app)
    with tempfile.TemporaryDirectory() as tmp:
        catalog_shot(app, Path(tmp) / "catalog", sample, out)
        first_run_shot(app, Path(tmp) / "first-run", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
