"""What a person types into a search box, as an FTS5 query.

Every word becomes a quoted prefix term ("mül" finds "Müller"), all words must
match, and nothing the person types can break the query syntax. Accents are
ignored by the index's tokenizer; German spellings with ae/oe/ue/ss match
through the index's second column (see db/migrations/0002_search.sql).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\s\"'()*:^+\-.,;!?/\\]+")


def match_expression(text: str) -> str:
    """``'Mül  gmbh'`` -> ``'"Mül"* "gmbh"*'``; empty when there is nothing to find."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words)
