"""The Dossiers area over a real (temporary) demo register: create, save, search, reopen;
validation errors beside the field; a conflicting save overwrites nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate

from diag_app.models.enums import CaseStatus, ProjectKind
from diag_app.services.records import DwellingQuery
from diag_app.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS


def _fill_new_case(window: MainWindow) -> None:
    editor = window.cases_view.editor
    window.cases_view.new_button.click()
    assert editor.title.text() == "<h3>Nouveau dossier</h3>"
    assert editor.adviser_name.text() == "Claire Dumont"  # from the settings
    editor.permit_number.setText("pc 062 119 26 00042")
    editor.filed.setChecked(True)
    editor.filed_on.setDate(QDate(2026, 3, 12))
    editor.applicant_name.setText("Odile Vasseur")
    editor.applicant_contact.setText("odile.vasseur@example.org")
    editor.project_kind.setCurrentIndex(editor.project_kind.findData(ProjectKind.EXTENSION.value))
    editor.project_description.setPlainText("Extension à ossature bois, isolée en fibre de bois.")
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.IN_PROGRESS.value))


def test_create_save_search_and_reopen_a_case(qtbot, window: MainWindow, service) -> None:
    view, editor = window.cases_view, window.cases_view.editor
    _fill_new_case(window)
    dwelling = service.list_dwellings(DwellingQuery(district="Mont-Liébaut", limit=1))[0]

    # The linked dwelling is chosen in the picker, which reads the register page by page.
    editor.choose_dwelling_button.click()
    picker = editor.picker
    assert picker is not None
    with qtbot.waitSignal(picker.model.loaded, timeout=WAIT_MS):
        picker.search.setText(dwelling.address_label)
    rows = range(picker.model.rowCount())
    row = next(r for r in rows if picker.model.record(r).id == dwelling.id)
    picker.table.selectRow(row)
    assert picker.ok_button.isEnabled()
    picker.ok_button.click()
    assert editor.dwelling_address.text() == dwelling.address_label
    assert editor.is_dirty()

    # Saving refreshes the list too: wait for both before searching.
    saved: list = []
    view.case_saved.connect(saved.append)
    with qtbot.waitSignals([view.case_saved, view.listed], order="strict", timeout=WAIT_MS):
        editor.save_button.click()
    stored = saved[0]
    assert stored.id is not None and stored.version >= 1
    assert stored.permit_number == "PC 062 119 26 00042"  # normalised by the service
    assert editor.title.text() == "<h3>Dossier PC 062 119 26 00042</h3>"
    assert not editor.is_dirty()
    assert service.get_case(stored.id).applicant_name == "Odile Vasseur"

    # Start another case, then find the saved one by searching for its applicant.
    view.new_button.click()
    with qtbot.waitSignal(view.listed, timeout=WAIT_MS) as listed:
        view.search.setText("vasseur")
    assert listed.args == [1]
    assert view.model.record(0).id == stored.id
    assert view.model.index(0, 0).data() == "PC 062 119 26 00042"

    # Reopen it: the editor shows the values read back from the register.
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: editor.record.id == stored.id, timeout=WAIT_MS)
    assert editor.permit_number.text() == "PC 062 119 26 00042"
    assert editor.filed.isChecked() and editor.filed_on.date() == QDate(2026, 3, 12)
    assert editor.applicant_contact.text() == "odile.vasseur@example.org"
    assert editor.project_kind.currentData() == ProjectKind.EXTENSION.value
    assert editor.status.currentText() == "En cours"
    assert editor.project_description.toPlainText().startswith("Extension à ossature bois")
    assert editor.dwelling_address.text() == dwelling.address_label
    assert editor.edited().filed_on == date(2026, 3, 12)


def test_bad_permit_number_is_shown_beside_the_field(qtbot, window: MainWindow, service) -> None:
    view, editor = window.cases_view, window.cases_view.editor
    cases_before = len(service.list_cases())
    _fill_new_case(window)
    editor.permit_number.setText("PC 12")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors.message_for(editor.permit_number) != "", timeout=WAIT_MS)
    message = editor.errors.message_for(editor.permit_number)
    assert message.startswith("Numéro de permis invalide : « PC 12 »")
    assert editor.errors.general.isHidden()
    assert editor.record.id is None and editor.permit_number.text() == "PC 12"  # edits kept
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=WAIT_MS)
    assert len(service.list_cases()) == cases_before
    assert view.editor.errors.message_for(editor.applicant_name) == ""

    editor.permit_number.setText("PC 062 119 26 00043")
    with qtbot.waitSignal(view.case_saved, timeout=WAIT_MS):
        editor.save_button.click()
    assert editor.errors.message_for(editor.permit_number) == ""


def test_conflicting_save_is_shown_and_overwrites_nothing(
    qtbot, window: MainWindow, service
) -> None:
    view, editor = window.cases_view, window.cases_view.editor
    target = service.list_cases()[0]
    with qtbot.waitSignal(view.listed, timeout=WAIT_MS):
        view.refresh()
    view.table.selectRow(view.model.row_of(target.id))
    qtbot.waitUntil(lambda: editor.record.id == target.id, timeout=WAIT_MS)

    # Someone else saves the same case meanwhile.
    theirs = service.save_case(replace(target, applicant_name="Modifié ailleurs"))
    editor.applicant_name.setText("Ma version")
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.errors.general.isHidden(), timeout=WAIT_MS)
    assert "modifiée par quelqu'un d'autre" in editor.errors.general.text()
    assert not editor.reload_button.isHidden()
    assert service.get_case(target.id).applicant_name == "Modifié ailleurs"

    editor.reload_button.click()
    qtbot.waitUntil(lambda: editor.record.version == theirs.version, timeout=WAIT_MS)
    assert editor.applicant_name.text() == "Modifié ailleurs"
    assert editor.errors.general.isHidden()
