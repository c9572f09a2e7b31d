"""Data protection (GDPR): what is stored about a person (Art. 15 and 20), erasing
a person everywhere (Art. 17), and finding contacts without activity for years.

:mod:`.access` gathers a person's data, :mod:`.erasure` anonymises people,
:mod:`.retention` lists the stale ones, :mod:`.cli` is ``secretariat gdpr``. The SQL
lives in :mod:`secretariat.store.privacy`; nothing here imports Qt.
"""
