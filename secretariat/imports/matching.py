"""Normalising names and e-mail addresses, and finding duplicates among them.

Keys, not similarity scores: two organisations are the same when their
:func:`organisation_key` is equal ("Müller GmbH", "Mueller G.m.b.H." and
"MULLER gmbh" all give ``"muller"``); two people are the same when they have the
same e-mail address, or the same first and last name at the same organisation.
No SQL here: the store hands over the candidates (see :class:`Candidates`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from secretariat.domain.text import alphabetical_key

# Legal forms, as the words left once dots are dropped and the rest split at
# anything that is not a letter or digit ("G.m.b.H." → gmbh, "Sp. z o.o." → sp z oo).
_LEGAL_FORMS = tuple(
    tuple(form.split())
    for form in (
        "gmbh co kgaa",
        "gmbh co kg",
        "gmbh co ohg",
        "ag co kgaa",
        "ag co kg",
        "se co kgaa",
        "se co kg",
        "ug haftungsbeschrankt co kg",
        "ug co kg",
        "ltd co kg",
        "ug haftungsbeschrankt",
        "haftungsbeschrankt",
        "gmbh",
        "ggmbh",
        "mbh",
        "ag",
        "kg",
        "kgaa",
        "ohg",
        "gbr",
        "ug",
        "ev",
        "eg",
        "ek",
        "se",
        "partg",
        "partgmbb",
        "ltd",
        "limited",
        "plc",
        "llp",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "llc",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "sp z oo",
        "spzoo",
        "as",
        "ab",
        "oy",
        "co",
    )
)
_FORMS_BY_LAST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _form in _LEGAL_FORMS:  # longest first, as listed
    _FORMS_BY_LAST_WORD.setdefault(_form[-1], []).append(_form)
_NOT_WORD = re.compile(r"[^0-9a-z]+")
# ä/ae, ö/oe, ü/ue alike: "ae" after a consonant counts as "a" ("Mueller" = "Muller"),
# but not after a vowel or q ("Bauer", "Jacques" keep theirs).
_SPELLED_UMLAUT = re.compile(r"(?<=[b-df-hj-npr-tv-z])([aou])e")
_TITLE = re.compile(
    r"(?i)^(dr|prof|dipl|mag|ing|med|rer|nat|phil|jur|oec|pol|habil|h\.?c|mba|msc|bsc|ba|ma"
    r"|dr-ing|dipl-ing|dipl-kfm|dipl-kffr|univ|priv-doz|doz)\.?(-[a-z]+\.?)*$"
)
_SALUTATIONS = {
    "herr": "mr",
    "hr": "mr",
    "mr": "mr",
    "mister": "mr",
    "frau": "ms",
    "fr": "ms",
    "ms": "ms",
    "mrs": "ms",
    "miss": "ms",
}
_PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "zu",
    "vom",
    "zum",
    "zur",
    "da",
    "di",
    "del",
    "la",
    "le",
    "ten",
    "ter",
    "dos",
    "das",
}


def folded(text: str) -> str:
    """``text`` without case, accents, umlaut spellings, punctuation or spaces' kinds:
    "Müller", "Mueller" and "MULLER" all give "muller"."""
    return _SPELLED_UMLAUT.sub(r"\1", alphabetical_key(text or ""))


def _words(text: str) -> list[str]:
    return [word for word in _NOT_WORD.split(folded(text).replace(".", "")) if word]


@functools.lru_cache(maxsize=100_000)
def organisation_key(name: str) -> str:
    """The key under which "Müller GmbH" and "Mueller G.m.b.H." are one organisation."""
    words = _words(name)
    stripped = _strip_legal_forms(words)
    return "".join(stripped or words)


def _strip_legal_forms(words: list[str]) -> list[str]:
    while words:
        for form in _FORMS_BY_LAST_WORD.get(words[-1], ()):
            if len(words) > len(form) and tuple(words[-len(form) :]) == form:
                words = words[: -len(form)]
                break
        else:
            return words
    return words


def email_key(email: str | None) -> str:
    return (email or "").strip().casefold()


def person_key(first_name: str | None, last_name: str | None) -> str:
    """First and last name folded as :func:`folded` does; "" without a last name."""
    last = _name_key(last_name or "")
    if not last:
        return ""
    return _name_key(first_name or "") + "|" + last


@functools.lru_cache(maxsize=20_000)
def _name_key(name: str) -> str:
    """A first or last name folded to its letters and digits (a list repeats the same
    few thousand names, so each is folded once)."""
    return "".join(_words(name))


def website_host(url: str | None) -> str:
    """The host of a web address without "www." ("https://www.mueller.de/x" → mueller.de)."""
    text = (url or "").strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text).split("/")[0].split(":")[0]
    return text.removeprefix("www.")


@dataclass(frozen=True)
class FullName:
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""


def split_full_name(text: str) -> FullName:
    """ "Frau Dr. Anna Müller" → salutation ms, title "Dr.", Anna, Müller;
    "Müller, Anna" → Anna, Müller; "Anna von der Heide" → Anna, "von der Heide"."""
    text = " ".join((text or "").split())
    if "," in text:
        last, _, first = text.partition(",")
        rest = split_full_name(first)
        return FullName(
            rest.salutation,
            rest.title,
            " ".join(part for part in (rest.first_name, rest.last_name) if part),
            last.strip(),
        )
    words = text.split(" ")
    salutation = ""
    if words and words[0].rstrip(".").casefold() in _SALUTATIONS and len(words) > 1:
        salutation = _SALUTATIONS[words.pop(0).rstrip(".").casefold()]
    titles = []
    while len(words) > 1 and _is_title(words[0]):
        titles.append(words.pop(0))
    if not words:
        return FullName(salutation, " ".join(titles))
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].casefold() in _PARTICLES:
        last_start -= 1
    return FullName(
        salutation, " ".join(titles), " ".join(words[:last_start]), " ".join(words[last_start:])
    )


def _is_title(word: str) -> bool:
    """ "Dr.", "Prof", "Dr.-Ing.", "med." — short words only with their dot ("Ma" is a name)."""
    lowered = word.casefold()
    return bool(_TITLE.match(lowered)) and ("." in lowered or lowered in ("dr", "prof"))


# -- finding duplicates ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """What a row duplicates: an existing record (``record_id``) or an earlier row
    of the same file (``row_number``), and why, as a sentence part."""

    reason: str
    record_id: int | None = None
    row_number: int | None = None


@dataclass
class Candidates:
    """Keys of existing records (from the store) and of the file's earlier rows.

    ``add_record``/``add_row`` register; ``find`` looks a key up, records first:
    a record already in the database is the more useful answer.
    """

    noun: str  # "contact" / "organisation"
    records: dict[tuple[str, str], Match] = field(default_factory=dict)
    rows: dict[tuple[str, str], Match] = field(default_factory=dict)

    def add_record(self, kind: str, key: str, record_id: int, reason: str) -> None:
        if key:
            self.records.setdefault((kind, key), Match(reason, record_id=record_id))

    def add_row(self, kind: str, key: str, number: int, reason: str) -> None:
        if key and (kind, key) not in self.rows:
            self.rows[kind, key] = Match(reason, row_number=number)

    def find(self, keys: Iterable[tuple[str, str]]) -> Match | None:
        keys = [k for k in keys if k[1]]
        for key in keys:
            if key in self.records:
                return self.records[key]
        for key in keys:
            if key in self.rows:
                return self.rows[key]
        return None


def organisation_candidates(existing: Iterable[Mapping[str, Any]]) -> Candidates:
    """Candidates from the store's organisation rows (id, name)."""
    candidates = Candidates("organisation")
    for row in existing:
        reason = f"same name as “{row['name']}” (organisation {row['id']})"
        candidates.add_record("name", organisation_key(row["name"]), row["id"], reason)
    return candidates


def contact_candidates(existing: Iterable[Mapping[str, Any]]) -> Candidates:
    """Candidates from the store's contact rows (id, names, e-mail, organisation)."""
    candidates = Candidates("contact")
    for row in existing:
        who = f"{_person(row)} (contact {row['id']})"
        candidates.add_record("email", email_key(row["email"]), row["id"], f"same e-mail as {who}")
        key = contact_name_key(row["first_name"], row["last_name"], row["organisation_name"])
        candidates.add_record(
            "name", key, row["id"], f"same name at the same organisation as {who}"
        )
    return candidates


def contact_name_key(first: str | None, last: str | None, organisation_name: str | None) -> str:
    person = person_key(first, last)
    if not person:
        return ""
    return person + "@" + organisation_key(organisation_name or "")


def contact_keys(values: Mapping[str, Any], organisation_name: str | None) -> list[tuple[str, str]]:
    """The keys a contact is looked up by: e-mail first, then name at organisation."""
    return [
        ("email", email_key(values.get("email"))),
        (
            "name",
            contact_name_key(values.get("first_name"), values.get("last_name"), organisation_name),
        ),
    ]


def _person(row: Mapping[str, Any]) -> str:
    return " ".join(part for part in (row.get("first_name"), row.get("last_name")) if part)
