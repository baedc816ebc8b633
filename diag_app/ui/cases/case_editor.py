"""The case (dossier) form: edit a copy of a :class:`CaseRecord`, save it through the service.

The service validates (``ValidationError`` naming the field, shown under that field) and saves
with optimistic locking: a ``ConflictError`` is shown with a button to reload the stored version,
and nothing is overwritten. Saving runs on the task runner, like every register access.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diag_app.errors import ConflictError, UserError
from diag_app.models.enums import CaseStatus, ProjectKind
from diag_app.services.records import CaseRecord, DwellingRecord
from diag_app.tasks import Progress
from diag_app.ui.form_errors import FieldErrors, error_label
from diag_app.ui.register.dwelling_picker import DwellingPickerDialog
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService

# Fields compared to tell whether the form holds unsaved changes.
EDITABLE = (
    "permit_number", "filed_on", "applicant_name", "applicant_contact", "adviser_name",
    "project_kind", "project_description", "status", "dwelling_id",
)


def _combo(choices: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


class CaseEditor(QWidget):
    """``saved(CaseRecord)`` is emitted with the record as stored (new id, new version)."""

    saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service: RegisterService | None = None
        self._record = CaseRecord()
        self._dwelling: tuple[object, str] = (None, "")
        self.default_adviser = ""
        self.picker: DwellingPickerDialog | None = None
        self._build()
        self.load(CaseRecord())

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.permit_number = QLineEdit()
        self.permit_number.setObjectName("permitNumber")
        self.permit_number.setPlaceholderText("PC 062 119 26 00012")
        self.filed = QCheckBox(self.tr("Déposé le"))
        self.filed_on = QDateEdit()
        self.filed_on.setObjectName("filedOn")
        self.filed_on.setCalendarPopup(True)
        self.filed_on.setDisplayFormat("dd/MM/yyyy")
        self.filed.toggled.connect(self.filed_on.setEnabled)
        filed_row = QWidget()
        row = QHBoxLayout(filed_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.filed)
        row.addWidget(self.filed_on)
        row.addStretch()
        self.applicant_name = QLineEdit()
        self.applicant_name.setObjectName("applicantName")
        self.applicant_contact = QLineEdit()
        self.applicant_contact.setObjectName("applicantContact")
        self.applicant_contact.setPlaceholderText(self.tr("téléphone ou courriel"))
        self.adviser_name = QLineEdit()
        self.adviser_name.setObjectName("adviserName")
        self.project_kind = _combo(ProjectKind.choices(), "projectKind")
        self.project_description = QPlainTextEdit()
        self.project_description.setObjectName("projectDescription")
        self.project_description.setMaximumHeight(110)
        self.status = _combo(CaseStatus.choices(), "status")
        self.dwelling_address = QLineEdit()
        self.dwelling_address.setObjectName("dwellingAddress")
        self.dwelling_address.setReadOnly(True)
        self.dwelling_address.setPlaceholderText(self.tr("aucun logement lié"))
        self.choose_dwelling_button = QPushButton(self.tr("Choisir dans le registre…"))
        self.choose_dwelling_button.clicked.connect(self.choose_dwelling)
        self.clear_dwelling_button = QPushButton(self.tr("Retirer"))
        self.clear_dwelling_button.clicked.connect(lambda: self.set_dwelling(None))
        dwelling_row = QWidget()
        column = QVBoxLayout(dwelling_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.dwelling_address)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_dwelling_button)
        buttons.addWidget(self.clear_dwelling_button)
        buttons.addStretch()
        column.addLayout(buttons)

        self.errors = FieldErrors(error_label())
        self.errors.general.setObjectName("caseError")
        wrap = self.errors.wrap
        form = QFormLayout()
        form.addRow(
            self.tr("N° de permis :"),
            wrap(["numéro de permis", "permit_number", "permis"], self.permit_number),
        )
        form.addRow(self.tr("Date de dépôt :"), wrap(["date de dépôt", "filed_on"], filed_row))
        form.addRow(
            self.tr("Demandeur :"), wrap(["demandeur", "applicant_name"], self.applicant_name)
        )
        form.addRow(
            self.tr("Contact :"),
            wrap(["contact du demandeur", "applicant_contact", "contact"], self.applicant_contact),
        )
        form.addRow(
            self.tr("Conseiller :"), wrap(["conseiller", "adviser_name"], self.adviser_name)
        )
        form.addRow(
            self.tr("Nature du projet :"),
            wrap(["nature du projet", "project_kind", "projet"], self.project_kind),
        )
        form.addRow(
            self.tr("Description :"),
            wrap(["description", "project_description"], self.project_description),
        )
        form.addRow(self.tr("Statut :"), wrap(["statut", "status"], self.status))
        form.addRow(self.tr("Logement :"), wrap(["logement", "dwelling_id"], dwelling_row))

        self.reload_button = QPushButton(self.tr("Recharger la version enregistrée"))
        self.reload_button.clicked.connect(self.reload_stored)
        self.reload_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.reload_button)
        layout.addStretch()
        layout.addWidget(self.buttons)

    def set_service(self, service: RegisterService | None) -> None:
        self._service = service
        self.save_button.setEnabled(service is not None)
        self.choose_dwelling_button.setEnabled(service is not None)

    @property
    def record(self) -> CaseRecord:
        """The record as last loaded or saved (not the form's edits)."""
        return self._record

    def load(self, record: CaseRecord) -> None:
        self._record = record
        self.errors.clear()
        self.reload_button.hide()
        self.title.setText(f"<h3>{self._title_for(record)}</h3>")
        self.permit_number.setText(record.permit_number)
        self.filed.setChecked(record.filed_on is not None)
        self.filed_on.setEnabled(record.filed_on is not None)
        filed = record.filed_on or date.today()
        self.filed_on.setDate(QDate(filed.year, filed.month, filed.day))
        self.applicant_name.setText(record.applicant_name)
        self.applicant_contact.setText(record.applicant_contact)
        self.adviser_name.setText(record.adviser_name)
        self.project_kind.setCurrentIndex(self.project_kind.findData(record.project_kind.value))
        self.project_description.setPlainText(record.project_description)
        self.status.setCurrentIndex(self.status.findData(record.status.value))
        self._show_dwelling(record.dwelling_id, record.dwelling_address)

    def _title_for(self, record: CaseRecord) -> str:
        if record.id is None:
            return self.tr("Nouveau dossier")
        if not record.permit_number:
            return self.tr("Dossier sans n° de permis")
        return self.tr("Dossier {number}").format(number=record.permit_number)

    def new_case(self) -> None:
        self.load(CaseRecord(adviser_name=self.default_adviser))
        self.permit_number.setFocus()

    def edited(self) -> CaseRecord:
        """A copy of the loaded record with the form's values."""
        qdate = self.filed_on.date()
        filed_on = date(qdate.year(), qdate.month(), qdate.day())
        dwelling_id, dwelling_address = self._dwelling
        return replace(
            self._record,
            permit_number=self.permit_number.text().strip(),
            filed_on=filed_on if self.filed.isChecked() else None,
            applicant_name=self.applicant_name.text().strip(),
            applicant_contact=self.applicant_contact.text().strip(),
            adviser_name=self.adviser_name.text().strip(),
            project_kind=ProjectKind(self.project_kind.currentData()),
            project_description=self.project_description.toPlainText().strip(),
            status=CaseStatus(self.status.currentData()),
            dwelling_id=dwelling_id,
            dwelling_address=dwelling_address,
        )

    def is_dirty(self) -> bool:
        edited = self.edited()
        return any(getattr(edited, f) != getattr(self._record, f) for f in EDITABLE)

    def set_dwelling(self, dwelling: DwellingRecord | None) -> None:
        if dwelling is None:
            self._show_dwelling(None, "")
        else:
            self._show_dwelling(dwelling.id, dwelling.address_label)

    def _show_dwelling(self, dwelling_id: object, address: str) -> None:
        self._dwelling = (dwelling_id, address)
        self.dwelling_address.setText(address)
        self.dwelling_address.setCursorPosition(0)  # show the start of a long address

    @Slot()
    def choose_dwelling(self) -> None:
        if self._service is None:
            return
        self.picker = DwellingPickerDialog(self._runner, self._service, self)
        picker = self.picker
        picker.accepted.connect(lambda: self.set_dwelling(picker.selected_record()))
        picker.open()

    @Slot()
    def save(self) -> None:
        if self._service is None:
            return
        self.errors.clear()
        self.reload_button.hide()
        service, record = self._service, self.edited()

        def save_case(progress: Progress) -> CaseRecord:
            return service.save_case(record)

        self.save_button.setEnabled(False)
        handle = self._runner.run(
            save_case, on_success=self._on_saved, on_user_error=self._on_save_error
        )
        handle.done.connect(lambda: self.save_button.setEnabled(self._service is not None))

    @Slot()
    def reload_stored(self) -> None:
        """After a conflict: show the version someone else saved (the form's edits are lost)."""
        if self._service is None or self._record.id is None:
            return
        service, case_id = self._service, self._record.id

        def get_case(progress: Progress) -> CaseRecord:
            return service.get_case(case_id)

        self._runner.run(get_case, on_success=self.load)

    def _on_saved(self, stored: CaseRecord) -> None:
        self.load(stored)
        self.saved.emit(stored)

    def _on_save_error(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            self.errors.show_general(exc.message)
            self.reload_button.show()
        else:
            self.errors.show(exc)
