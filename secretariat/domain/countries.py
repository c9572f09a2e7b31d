"""Countries by their two-letter code (ISO 3166-1), with the names people type for
them: the country field stores the code, and "Deutschland", "Germany" or "Niederlande"
in an imported list or a form mean DE and NL."""

from __future__ import annotations

from secretariat.domain.text import alphabetical_key

# code: (German name, English name) — the neighbours and the usual trading partners;
# other countries are typed as their code
NAMES: dict[str, tuple[str, str]] = {
    "DE": ("Deutschland", "Germany"),
    "AT": ("Österreich", "Austria"),
    "AU": ("Australien", "Australia"),
    "CA": ("Kanada", "Canada"),
    "BE": ("Belgien", "Belgium"),
    "CH": ("Schweiz", "Switzerland"),
    "CN": ("China", "China"),
    "CZ": ("Tschechien", "Czechia"),
    "DK": ("Dänemark", "Denmark"),
    "ES": ("Spanien", "Spain"),
    "FR": ("Frankreich", "France"),
    "GB": ("Vereinigtes Königreich", "United Kingdom"),
    "IT": ("Italien", "Italy"),
    "JP": ("Japan", "Japan"),
    "LU": ("Luxemburg", "Luxembourg"),
    "NL": ("Niederlande", "Netherlands"),
    "PL": ("Polen", "Poland"),
    "SE": ("Schweden", "Sweden"),
    "TR": ("Türkei", "Turkey"),
    "US": ("USA", "United States"),
}
_OTHER_NAMES = {
    "Bundesrepublik Deutschland": "DE",
    "BRD": "DE",
    "Holland": "NL",
    "The Netherlands": "NL",
    "England": "GB",
    "Great Britain": "GB",
    "Großbritannien": "GB",
    "UK": "GB",
    "Vereinigte Staaten": "US",
    "United States of America": "US",
    "Czech Republic": "CZ",
    "Tschechische Republik": "CZ",
    "Türkiye": "TR",
}
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_ALL_NAMES = [(name, code) for code, names in NAMES.items() for name in names]
_ALL_NAMES += list(_OTHER_NAMES.items())
# "Österreich", "Osterreich" and "Oesterreich" alike
_BY_NAME = {alphabetical_key(name): code for name, code in _ALL_NAMES} | {
    alphabetical_key(name.translate(_UMLAUTS_SPELLED)): code for name, code in _ALL_NAMES
}


def code_of(text: str) -> str | None:
    """The code for a country's name in German or English ("Niederlande" → "NL"), or
    None when the name is not known."""
    return _BY_NAME.get(alphabetical_key(" ".join(text.split())))


def german_name(code: str) -> str:
    """The country's German name, or the code when it has none here."""
    return NAMES.get(code, (code, code))[0]
