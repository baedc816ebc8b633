"""The Qt face of Diag Habitat: the only package that imports PySide6.

Widgets read and write :mod:`diag_app.services.records` through the services, never a database
session, and run everything slow through :class:`diag_app.ui.tasks.TaskRunner`. Every text a
person reads is French and goes through Qt's translation mechanism (``tr``/``translate``).
"""
