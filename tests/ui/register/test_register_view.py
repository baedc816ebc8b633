"""The Registre area over a real (temporary) demo register: paging, SQL sorting, filters.

Reference for every count: the register service itself (``count_dwellings``/``list_dwellings``),
queried with the same :class:`DwellingQuery` the view builds.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from diag_app.services.records import DwellingQuery
from diag_app.ui.main_window import MainWindow
from diag_app.ui.register.dwelling_table_model import COLUMNS, PAGE_SIZE, DwellingTableModel
from diag_app.ui.tasks import TaskRunner
from tests.ui.conftest import WAIT_MS


def _column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def test_table_shows_the_demo_dwellings_with_french_headers(window: MainWindow, service) -> None:
    view = window.register_view
    total = service.count_dwellings(DwellingQuery())
    assert total > 0
    assert view.model.total == total
    assert view.model.rowCount() == min(total, PAGE_SIZE)
    assert view.count_label.text().endswith("logements")
    first = service.list_dwellings(DwellingQuery(limit=1))[0]
    assert view.model.index(0, 0).data() == first.address_label
    headers = [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert headers[:3] == ["Adresse", "Quartier", "Type"]
    assert "Étiquette" in headers


def test_model_fetches_pages_on_demand(qtbot, runner: TaskRunner, service) -> None:
    """Only the pages asked for are read: rows grow by ``page_size`` per fetchMore."""
    model = DwellingTableModel(runner, page_size=20)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_service(service)
    total = service.count_dwellings(DwellingQuery())
    assert total > 20, "the demo register should hold more than one test page"
    assert model.rowCount() == 20 and model.canFetchMore()
    while model.canFetchMore():
        expected = min(model.rowCount() + 20, total)
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
            model.fetchMore()
        assert model.rowCount() == expected
    assert model.rowCount() == total
    all_rows = service.list_dwellings(DwellingQuery(limit=total))
    assert [model.record(i).id for i in range(total)] == [r.id for r in all_rows]


def test_sorting_by_header_is_done_in_sql_and_changes_the_first_row(
    qtbot, window: MainWindow, service
) -> None:
    view = window.register_view
    year = _column("construction_year")
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.table.sortByColumn(year, Qt.SortOrder.AscendingOrder)
    oldest = view.model.record(0)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.table.sortByColumn(year, Qt.SortOrder.DescendingOrder)
    newest = view.model.record(0)
    expected = service.list_dwellings(
        DwellingQuery(sort_key="construction_year", descending=True, limit=1)
    )[0]
    assert newest.construction_year == expected.construction_year
    assert oldest.construction_year < newest.construction_year
    assert view.model.query().sort_key == "construction_year" and view.model.query().descending


def test_filter_by_district_reduces_rows(qtbot, window: MainWindow, service) -> None:
    view = window.register_view
    combo = view.filters.district
    assert combo.count() == len(service.districts()) + 1  # « Tous les quartiers » first
    index = combo.findData("Mont-Liébaut")
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS) as blocker:
        combo.setCurrentIndex(index)
    expected = service.count_dwellings(DwellingQuery(district="Mont-Liébaut"))
    assert blocker.args == [expected]
    assert 0 < expected < service.count_dwellings(DwellingQuery())
    assert {view.model.record(i).district for i in range(view.model.rowCount())} == {
        "Mont-Liébaut"
    }
    assert view.count_label.text().endswith("correspondant aux filtres")


def test_filter_passoires_keeps_labels_f_and_g(qtbot, window: MainWindow, service) -> None:
    view = window.register_view
    combo = view.filters.label
    index = next(i for i in range(combo.count()) if combo.itemData(i) == frozenset("FG"))
    assert combo.itemText(index) == "Passoires énergétiques (F–G)"
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS) as blocker:
        combo.setCurrentIndex(index)
    assert blocker.args == [service.count_dwellings(DwellingQuery(labels=frozenset("FG")))]
    labels = {view.model.record(i).latest_label for i in range(view.model.rowCount())}
    assert labels and labels <= {"F", "G"}


def test_text_filter_and_type_combine(qtbot, window: MainWindow, service) -> None:
    view = window.register_view
    filters = view.filters
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        filters.dwelling_type.setCurrentIndex(filters.dwelling_type.findData("flat"))
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS) as blocker:
        filters.text.setText("FRENES")  # folded search: finds « Frênes »
    query = replace(filters.query(), limit=PAGE_SIZE)
    assert query.text == "FRENES" and query.dwelling_type is not None
    assert blocker.args == [service.count_dwellings(query)]
    for row in range(view.model.rowCount()):
        assert "Frênes" in view.model.record(row).address_label
