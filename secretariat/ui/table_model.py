"""A table of records that pages rows in from the store as the user scrolls.

:class:`RecordTableModel` holds only the pages fetched so far (``canFetchMore`` /
``fetchMore``); sorting, searching and filtering happen in SQL through the
repository, with sort names from the page's fixed column list. People erased
are never listed (see :func:`secretariat.store.tables.listed_filters`) unless the
filters ask for them with ``erased``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from secretariat.domain.fields import Record
from secretariat.store.repository import Repository
from secretariat.store.tables import listed_filters
from secretariat.ui.pages import Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

# The roles answered, as plain numbers: a view asks a dozen roles of every cell it
# paints, and most of them are answered None at once.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, int(ID_ROLE)})


class RecordTableModel(QAbstractTableModel):
    PAGE = 200

    def __init__(
        self,
        repository: Repository,
        columns: Sequence[Column],
        parent=None,
        row_colour: Callable[[Record], str | None] | None = None,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
    ) -> None:
        """``filters``, ``sort`` and ``descending`` are the list's first state, so that
        its first load is the one shown (a related list never loads its whole table)."""
        super().__init__(parent)
        self.repository = repository
        self.columns = list(columns)
        self.row_colour = row_colour
        self._rows: list[Record] = []
        self._total = 0
        self._search = ""
        self._filters: dict[str, Any] = _cleaned(filters or {})
        self._sort: str = sort or repository.spec.default_sort
        self._descending = descending
        self.reload()

    # -- what the view asks ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role in (_DISPLAY, _TOOLTIP):
            column = self.columns[index.column()]
            value = row.get(column.key)
            text = column.show(value, row) if column.show else ("" if value is None else str(value))
            if role == _TOOLTIP:
                return text if len(text) > 30 else None
            return text
        if role == _FOREGROUND:
            if self.row_colour is None:
                return None
            colour = self.row_colour(row)
            return QColor(colour) if colour else None
        return row["id"]  # ID_ROLE

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        page = self._page(start)
        if not page:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or self.columns[column].sort is None:
            return
        sort = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return  # the rows shown are in this order already
        self._sort, self._descending = sort, descending
        self.reload()

    # -- what the page asks ------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many records match, fetched or not."""
        return self._total

    @property
    def fetched(self) -> int:
        return len(self._rows)

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def set_filters(self, filters: Mapping[str, Any]) -> bool:
        """Filter the list; True when that reloaded it (the filters changed)."""
        cleaned = _cleaned(filters)
        if cleaned == self._filters:
            return False
        self._filters = cleaned
        self.reload()
        return True

    def reload(self) -> None:
        # counted first: the count tells the store how best to find the page
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._page(0)
        self.endResetModel()

    def all_ids(self) -> list[int]:
        """The ids of every record that matches, fetched or not, in the list's order."""
        return self.repository.ids(
            search=self._search,
            filters=self._listed(),
            sort=self._sort,
            descending=self._descending,
        )

    def record(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id`` among the fetched rows, or -1."""
        return next((i for i, row in enumerate(self._rows) if row["id"] == record_id), -1)

    def _count(self) -> int:
        filters = self._listed()
        whole = not self._search and not self._filters and filters == {"erased": False}
        if whole and "only_erased" in self.repository.spec.filters:
            # the whole list: everyone less the erased, two counts that read no rows
            # (the condition itself would be checked on every row of a big table)
            everyone = self.repository.count()
            return everyone - self.repository.count(filters={"only_erased": True})
        return self.repository.count(search=self._search, filters=filters)

    def _listed(self) -> dict[str, Any]:
        """The filters with the list's defaults beneath them (erased people left out)."""
        return listed_filters(self.repository.spec.table, self._filters)

    def _page(self, offset: int) -> list[Record]:
        return self.repository.list(
            search=self._search,
            filters=self._listed(),
            sort=self._sort,
            descending=self._descending,
            limit=self.PAGE,
            offset=offset,
            matching=self._total,
        )


def _cleaned(filters: Mapping[str, Any]) -> dict[str, Any]:
    """The filters that filter (an empty choice is no filter)."""
    return {k: v for k, v in filters.items() if v not in (None, "")}
