"""What a person types into a search box, as an FTS5 query.

Every word becomes a quoted prefix term ("mül" finds "Müller"), all words must
match, and nothing the person types can break the query syntax. Accents are
ignored by the index's tokenizer; German spellings with ae/oe/ue/ss match
through the index's second column (see db/migrations/0002_search.sql).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\s\"'()*:^+\-.,;!?/\\]+")


def search_words(text: str) -> list[str]:
    """The words of what was typed, without characters that have a meaning in queries."""
    return _WORD.findall(text)


def match_expression(text: str) -> str:
    """``'Mül  gmbh'`` -> ``'"Mül"* "gmbh"*'``; empty when there is nothing to find."""
    return " ".join(f'"{word}"*' for word in search_words(text))


def like_pattern(word: str) -> str:
    """A LIKE pattern finding ``word`` anywhere (for small tables without an index)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
