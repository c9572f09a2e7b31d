"""Text as people read it: alphabetical order that ignores accents and case.

"Ärztekammer" sorts with the A's, "Şahin" with the S's and "Łukasz" with the L's,
as in a German office's phone list; Greek and Cyrillic names keep their own
alphabets, after the Latin one.
"""

from __future__ import annotations

import functools
import unicodedata

# Letters that carry no separable accent, and the ones German spells out.
_SPELLED = str.maketrans(
    {
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
    }
)


@functools.lru_cache(maxsize=100_000)
def alphabetical_key(text: str) -> str:
    """The form of ``text`` that sorts alphabetically: no accents, no case."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def alphabetical_order(left: str, right: str) -> int:
    """-1, 0 or 1, comparing as :func:`alphabetical_key` does (ties by the text)."""
    a, b = alphabetical_key(left), alphabetical_key(right)
    if a != b:
        return -1 if a < b else 1
    return (left > right) - (left < right)
