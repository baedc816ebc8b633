"""The Dossiers area: permit-filing consultations, their list and their editor."""
