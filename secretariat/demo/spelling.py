"""Plain ASCII spellings of names for e-mail and web addresses: German umlauts,
Polish, Turkish and other Latin letters, Greek and Cyrillic transliterated; slugs for
web addresses (shortened when long) and local parts for e-mail addresses."""

from __future__ import annotations

import functools
import unicodedata

_GERMAN_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_PLAIN_LETTERS = {
    "ß": "ss",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "Ae",
    "œ": "oe",
    "Œ": "Oe",
    "đ": "d",
    "Đ": "D",
    "&": " und ",
}
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng"}
_GREEK = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
}


def ascii_spelling(text: str, *, umlauts: bool = True) -> str:
    """``text`` in plain ASCII letters, as e-mail addresses and web addresses need it:
    "Müller" -> "Mueller" (or "Muller" without ``umlauts``), "Łukasz" -> "Lukasz",
    "Ирина" -> "Irina", "Γιώργος" -> "Giorgos"."""
    if umlauts:
        text = "".join(_GERMAN_LETTERS.get(ch, ch) for ch in text)
    text = "".join(_PLAIN_LETTERS.get(ch, ch) for ch in text)
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in text):
        text = _greek_to_latin(text)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_cyrillic_letter(ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isascii())


def _greek_to_latin(text: str) -> str:
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    result = []
    i = 0
    while i < len(plain):
        pair = plain[i : i + 2].lower()
        if pair in _GREEK_PAIRS:
            latin, i = _GREEK_PAIRS[pair], i + 2
            source = plain[i - 2]
        else:
            source = plain[i]
            latin, i = _GREEK.get(source.lower(), source), i + 1
        result.append(latin.capitalize() if source.isupper() else latin)
    return "".join(result)


def _cyrillic_letter(ch: str) -> str:
    latin = _CYRILLIC.get(ch.lower())
    if latin is None:
        return ch
    return latin.capitalize() if ch.isupper() else latin


def _slug(text: str, *, umlauts: bool = True) -> str:
    """A lower-case ASCII word for addresses: "Rheinische Wasserstofftechnik" ->
    "rheinische-wasserstofftechnik"."""
    plain = ascii_spelling(text, umlauts=umlauts).lower()
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return "-".join(words)


@functools.cache  # names repeat: there are only so many of them
def _local_part(text: str, *, umlauts: bool) -> str:
    plain = ascii_spelling(text, umlauts=umlauts).lower()
    return "".join(ch for ch in plain if ch.isalnum() or ch == "-").strip("-")


_FILLER_WORDS = frozenset(
    {"fuer", "der", "die", "das", "und", "am", "an", "im", "in", "von", "zu", "de", "den"}
)


def _short_slug(core: str) -> str:
    """The web-address word for a name: long names are shortened, as in life
    ("Lehrstuhl für Angewandte Wasserstoffforschung, Universität Bochum" -> "lawu-bochum")."""
    words = [word for word in _slug(core).split("-") if word not in _FILLER_WORDS]
    slug = "-".join(words)
    if len(slug) <= 40:
        return slug
    return "".join(word[0] for word in words[:-1]) + "-" + words[-1][:20]
