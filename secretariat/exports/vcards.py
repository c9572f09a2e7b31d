"""The member directory's contacts as vCards (RFC 2426, vCard 3.0), for Outlook,
Thunderbird, Apple Contacts, phones and CRM imports.

:class:`ContactCards` writes one VCARD per listed contact of the current members:
the published directory's contacts (those whose newest directory consent is a yes),
or with ``internal=True`` every contact. Each card has N, FN, ORG, TITLE (the
position), EMAIL, TEL (TYPE=WORK and TYPE=CELL), ADR (the organisation's address,
TYPE=WORK), URL (the organisation's website) and a UID that stays the same from one
export to the next (so a re-import updates instead of doubling). No NOTE: notes are
internal and never leave the program this way.

``vobject`` does the format's details: CRLF line ends, lines folded at 75 octets,
text escaped (``,`` ``;`` ``\\``). Phone numbers are written internationally,
``+49 211 1234567`` and ``+48 12 345 67 89``: address books sync to phones that
travel (vCards have no formulas, so the "+" is safe here).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import vobject

from secretariat import APP_NAME, __version__
from secretariat.domain.fields import Record
from secretariat.domain.validation import DEFAULT_PHONE_REGION
from secretariat.exports import write_file
from secretariat.exports.calendar import database_token
from secretariat.exports.directory_data import directory_entries
from secretariat.formats.spreadsheet_safety import clean_text
from secretariat.store import ClusterDatabase

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//DE"
VERSIONS = ("3.0",)


def contact_uid(contact: Record, token: str) -> str:
    """``contact-<id>-<created>-<database>@secretariat``; see
    :func:`secretariat.exports.calendar.event_uid` for why the id is not enough."""
    created = str(contact.get("created_at") or "").replace("-", "").replace(":", "")
    return f"contact-{contact['id']}-{created}-{token}@secretariat"


class ContactCards:
    """The directory's contacts as one .vcf file::

    count = ContactCards(db).write("kontakte.vcf")
    """

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        internal: bool = False,
        version: str = "3.0",
        on: date | None = None,
        organisation_ids: list[int] | None = None,
    ) -> None:
        if version not in VERSIONS:
            raise ValueError(f"vCard {version} is not supported; choose one of {VERSIONS}.")
        self._db = db
        self.internal = internal
        self.version = version
        self.on = on
        self.organisation_ids = organisation_ids
        self.organisations = 0

    def cards(self) -> Iterator[vobject.base.Component]:
        """One vobject vCard per listed contact, organisation by organisation."""
        token = database_token(self._db)
        self.organisations = 0
        entries = directory_entries(
            self._db, internal=self.internal, on=self.on, organisation_ids=self.organisation_ids
        )
        for entry in entries:
            self.organisations += 1
            for contact in entry.contacts:
                yield self._card(contact, entry.organisation, token)

    def to_bytes(self) -> bytes:
        """The .vcf file's bytes: UTF-8, CRLF, folded."""
        return self._serialize()[0]

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the cards to ``path`` (whole or not at all); returns the number of
        cards (:attr:`organisations` then holds the number of organisations). Raises
        ExportError when the file cannot be written."""
        data, count = self._serialize()
        write_file(Path(path), data)
        return count

    def _serialize(self) -> tuple[bytes, int]:
        parts = [card.serialize() for card in self.cards()]
        return "".join(parts).encode("utf-8"), len(parts)

    def _card(self, contact: Record, organisation: Record, token: str) -> vobject.base.Component:
        card = vobject.vCard()
        card.add("version").value = self.version
        card.add("prodid").value = PRODID
        card.add("uid").value = contact_uid(contact, token)
        first = _text(contact.get("first_name"))
        last = _text(contact.get("last_name"))
        title = _text(contact.get("title"))
        card.add("n").value = vobject.vcard.Name(family=last, given=first, prefix=title)
        card.add("fn").value = " ".join(part for part in (title, first, last) if part) or "?"
        organisation_name = _text(organisation.get("name"))
        if organisation_name:
            card.add("org").value = [organisation_name]
        position = _text(contact.get("position"))
        if position:
            card.add("title").value = position
        email = _text(contact.get("email"))
        if email:
            line = card.add("email")
            line.value = email
            line.type_param = "INTERNET"
        for field, kind in (("phone", "WORK"), ("mobile", "CELL")):
            number = _international(contact.get(field))
            if number:
                line = card.add("tel")
                line.value = number
                line.type_param = kind
        if any(organisation.get(key) for key in ("street", "postcode", "city")):
            line = card.add("adr")
            line.value = vobject.vcard.Address(
                street=_text(organisation.get("street")),
                city=_text(organisation.get("city")),
                code=_text(organisation.get("postcode")),
                country=_text(organisation.get("country")),
            )
            line.type_param = "WORK"
        website = _text(organisation.get("website"))
        if website:
            card.add("url").value = website
        return card


def _international(e164: Any) -> str:
    """+49 211 1234567: an address book syncs to phones that travel."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(str(e164), DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return _text(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _text(value: Any) -> str:
    return clean_text(value, multiline=False).strip()
