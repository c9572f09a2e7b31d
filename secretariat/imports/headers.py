"""The column headers the import knows, as real programs and people write them.

Each entry names a target and the headers that mean it. A target written
``"*.email"`` belongs to whichever record the file is about: the organisation's
e-mail in an organisations import, the person's in a contacts import.
Spellings are compared after :func:`normalise` (case, umlauts, punctuation).
"""

from __future__ import annotations

import re
import unicodedata

# Exact headers of known exports: Outlook (English, German), Google Contacts (old and
# new), Thunderbird (English, German), German member lists, vCards as the reader
# gives them, and this program's own directory exports.
KNOWN_HEADERS: dict[str, tuple[str, ...]] = {
    "organisation.name": (
        "Organisation",
        "Organization",
        "Company",
        "Firma",
        "Firmenname",
        "Unternehmen",
        "Company Name",
        "Organisation name",
        "Organization Name",
        "Organization 1 - Name",
        "Mitgliedsunternehmen",
        "Institution",
        "Einrichtung",
    ),
    "organisation.kind": ("Kind", "Art", "Organisationsart", "Type of organisation"),
    "organisation.is_member": ("Member", "Ist Mitglied"),
    "organisation.member_since": (
        "Member since",
        "Mitglied seit",
        "Eintritt",
        "Eintrittsdatum",
        "Beitritt",
        "Beitrittsdatum",
    ),
    "organisation.member_until": ("Member until", "Mitglied bis", "Austritt", "Austrittsdatum"),
    "organisation.fee_tier": ("Fee tier", "Beitragsklasse", "Beitragsstufe"),
    "organisation.size_class": ("Size class", "Größenklasse", "Unternehmensgröße", "Size"),
    "organisation.employees": ("Employees", "Mitarbeiter", "Mitarbeiterzahl", "Beschäftigte"),
    "organisation.sector": ("Sector", "Branche", "Industry", "Wirtschaftszweig"),
    "organisation.roles": ("Cluster roles", "Clusterrollen", "Rollen im Cluster"),
    "organisation.themes": ("Themes", "Themen", "Schwerpunkte", "Topics"),
    "organisation.description": ("Description", "Beschreibung", "Profil", "Kurzbeschreibung"),
    "organisation.street": (
        "Street",
        "Straße",
        "Strasse",
        "Adresse",
        "Anschrift",
        "Address",
        "Straße und Hausnummer",
        "Business Street",
        "Business Street 2",
        "Business Street 3",
        "Straße geschäftlich",
        "Straße geschäftlich 2",
        "Straße geschäftlich 3",
        "Work Address",
        "Work Address 2",
        "Dienstlich: Adresse",
        "Dienstlich: Adresse 2",
        "Address 1 - Street",
        "Address 1 - Extended Address",
    ),
    "organisation.postcode": (
        "Postcode",
        "PLZ",
        "Postleitzahl",
        "Zip",
        "ZIP Code",
        "Zipcode",
        "Postal Code",
        "Post code",
        "Business Postal Code",
        "Postleitzahl geschäftlich",
        "Work ZipCode",
        "Dienstlich: PLZ",
        "Address 1 - Postal Code",
    ),
    "organisation.city": (
        "City",
        "Ort",
        "Stadt",
        "Town",
        "Wohnort",
        "Sitz",
        "Business City",
        "Ort geschäftlich",
        "Work City",
        "Dienstlich: Ort",
        "Address 1 - City",
    ),
    "organisation.country": (
        "Country",
        "Land",
        "Staat",
        "Business Country/Region",
        "Land/Region geschäftlich",
        "Work Country",
        "Dienstlich: Land",
        "Address 1 - Country",
    ),
    "organisation.website": (
        "Website",
        "Webseite",
        "Homepage",
        "Internet",
        "URL",
        "Web",
        "Internetseite",
        "Web Page",
        "Webpage",
        "Web Page 1",
        "Webseite 1",
        "Website 1 - Value",
    ),
    "organisation.email": ("Organisation e-mail", "Company e-mail", "E-Mail Firma"),
    "organisation.phone": (
        "Organisation phone",
        "Company Main Phone",
        "Telefon Firma",
        "Telefonzentrale",
        "Zentrale",
    ),
    "contact.salutation": ("Salutation", "Anrede"),
    "contact.title": ("Title", "Titel", "Akademischer Titel", "Name Prefix", "Prefix"),
    "contact.first_name": (
        "First name",
        "Vorname",
        "Given Name",
        "Firstname",
        "Forename",
    ),
    "contact.last_name": (
        "Last name",
        "Nachname",
        "Family Name",
        "Surname",
        "Lastname",
        "Familienname",
        "Zuname",
    ),
    "contact.full_name": (
        "Full name",
        "Display Name",
        "Anzeigename",
        "Vollständiger Name",
        "Ansprechpartner",
        "Ansprechperson",
        "Kontaktperson",
        "Contact person",
        "Contact",
        "Kontakt",
        "Person",
    ),
    "contact.position": (
        "Position",
        "Job Title",
        "Funktion",
        "Arbeitstitel",
        "Jobtitel",
        "Organization Title",
        "Organization 1 - Title",
        "Stellung",
    ),
    "contact.email": (
        "E-mail Address",
        "Primary Email",
        "Primäre E-Mail-Adresse",
        "E-mail 1 - Value",
        "E-Mail Ansprechpartner",
        "Contact e-mail",
    ),
    "contact.phone": (
        "Business Phone",
        "Telefon geschäftlich",
        "Work Phone",
        "Tel. dienstlich",
        "Phone (work)",
        "Durchwahl",
        "Phone (other)",
    ),
    "contact.mobile": (
        "Mobile",
        "Mobile Phone",
        "Mobiltelefon",
        "Mobil",
        "Handy",
        "Mobile Number",
        "Mobil-Tel.-Nr.",
        "Mobilnummer",
        "Handynummer",
        "Cell",
        "Cell phone",
    ),
    "contact.phone_or_mobile": ("Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value"),
    "contact.language": ("Language", "Sprache", "Korrespondenzsprache"),
    "contact.notes": ("Notes", "Notizen", "Bemerkung", "Bemerkungen", "Anmerkungen", "Notiz"),
    "contact.consent_directory": (
        "Consent directory",
        "Listed in the directory",
        "Im Verzeichnis",
        "Veröffentlichung",
        "Einwilligung Verzeichnis",
    ),
    "*.email": ("E-mail", "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Emailadresse"),
    "*.phone": ("Phone", "Telefon", "Tel.", "Tel", "Telefonnummer", "Phone number", "Fon"),
    "*.name": ("Name",),
}

# Words that, anywhere in a header, name what the column holds (for headers that no
# table above knows, e.g. "PLZ (Firma)" or "Straße/Hausnr."). Checked in this order.
CONCEPT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("*.email", ("e mail", "email", "mail")),
    ("organisation.postcode", ("plz", "postleitzahl", "zip", "postal code", "postcode")),
    ("organisation.street", ("strasse", "street", "hausnummer", "adresse", "address")),
    ("organisation.city", ("ort", "stadt", "city", "town")),
    ("organisation.country", ("land", "country")),
    ("organisation.website", ("webseite", "website", "homepage", "internet", "url", "www")),
    ("contact.mobile", ("handy", "mobil", "mobile", "mobiltelefon", "cell")),
    ("*.phone", ("telefon", "tel", "phone", "fon")),
    ("organisation.sector", ("branche", "sector", "industry")),
    ("organisation.member_since", ("mitglied seit", "member since", "eintritt")),
    ("contact.salutation", ("anrede", "salutation")),
    ("contact.first_name", ("vorname", "first name", "given name")),
    ("contact.last_name", ("nachname", "last name", "family name", "surname")),
    ("contact.position", ("funktion", "position", "job title")),
    ("contact.title", ("titel", "title")),
    ("organisation.name", ("firma", "unternehmen", "company", "organisation", "organization")),
    ("contact.notes", ("notizen", "notes", "bemerkung")),
)

# Words that make a header mean something the secretariat does not keep, whatever
# else it says ("Business Fax", "E-mail Type", "Home Phone", "Phonetic First Name").
IGNORED_WORDS: tuple[str, ...] = (
    "fax",
    "typ",
    "type",
    "label",
    "display",
    "angezeigter",
    "phonetic",
    "home",
    "privat",
    "private",
    "pager",
    "assistant",
    "assistent",
    "telex",
    "isdn",
    "po box",
    "postfach",
    "region",
    "state",
    "bundesland",
    "middle",
    "weitere",
    "other",
    "nickname",
    "spitzname",
    "suffix",
    "geburtstag",
    "birthday",
    "secondary",
    "sekundaere",
    "car",
    "auto",
    "radio",
    "callback",
    "rueckmeldung",
    "tty",
    "vorgesetzten",
    "manager",
    "faxnummer",
    "autotelefon",
    "privatadresse",
    "formatted",
)

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(header: str) -> str:
    """A header as compared: lower case, umlauts spelled out, accents and punctuation
    gone, single spaces ("E-Mail-Adresse" → "e mail adresse")."""
    text = header.strip().lower().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


KNOWN_SPELLINGS: dict[str, str] = {
    normalise(spelling): target
    for target, spellings in KNOWN_HEADERS.items()
    for spelling in spellings
}


def has_word(header: str, word: str) -> bool:
    """Whether the normalised ``header`` contains ``word`` as whole word(s), or as the
    start of a German compound ("Telefonnummer" has "telefon")."""
    return re.search(rf"(^| ){re.escape(word)}", header) is not None


def is_ignored(normalised: str) -> bool:
    """Whether a header names something the secretariat does not keep (whole words)."""
    return any(re.search(rf"(^| ){re.escape(word)}( |$)", normalised) for word in IGNORED_WORDS)


def concept_of(header: str) -> str | None:
    """The target a header's words point to, or None (see :data:`CONCEPT_WORDS`)."""
    normalised = normalise(header)
    if not normalised or is_ignored(normalised):
        return None
    for target, words in CONCEPT_WORDS:
        if any(has_word(normalised, word) for word in words):
            return target
    return None


def is_known_header(text: str) -> bool:
    """Whether ``text`` reads like a column header the import recognises."""
    return normalise(text) in KNOWN_SPELLINGS or concept_of(text) is not None
