"""3CL-DPE 2021 engine: rules, official tables, ADEME XML reader, envelope, systems, labels.

Pure computation: no Qt, no database, no application code (import-linter enforces it).
"""
