"""The secretariat's world as data: enums, record fields and validation rules.

Imports neither Qt nor SQL. Records travel as plain dicts keyed by column name;
:mod:`secretariat.domain.records` says which fields each kind of record has.
"""
