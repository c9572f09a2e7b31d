"""The wording of the demo's events, interactions and projects: event titles and
descriptions, talks, speakers, registration notes, the planning checklist, interaction
subjects and notes, project titles, acronyms and achievements, and how often each
event type and kind of interaction occurs."""

from __future__ import annotations

EVENT_TITLES: dict[str, tuple[str, ...]] = {
    "workshop": (
        "Workshop: {theme} in der Praxis",
        "Praxisworkshop {theme}",
        "Workshop: Förderprogramme für {theme}-Projekte",
        "Workshop: Von der Idee zum Demonstrator – {theme}",
    ),
    "training": (
        "Schulung: Fördermittel richtig beantragen",
        "Seminar: Datenschutz im Mittelstand",
        "Schulung: Projektmanagement für Verbundprojekte",
        "Weiterbildung: {theme} für Fachkräfte",
        "Schulung: Cybersicherheit für kleine Unternehmen",
    ),
    "presentation": (
        "Vortrag: {theme} – Chancen für den Mittelstand",
        "Impulsvortrag: {theme} in NRW",
        "Fachvortrag: Neue Normen und Regeln für {theme}",
    ),
    "pr_event": (
        "Pressegespräch: Jahresbilanz {year} des Clusters",
        "Tag der offenen Tür bei {organisation}",
        "Verleihung des Innovationspreises {year}",
        "Jahresempfang {year}",
    ),
    "thematic_workshop": ("Themenworkshop {theme}", "Fachforum {theme}", "Themenabend {theme}"),
    "network_meeting": (
        "Netzwerktreffen {city}",
        "Clusterstammtisch {city}",
        "Unternehmerfrühstück {city}",
        "Matchmaking {theme}",
        "Mitgliedertreffen {city}",
    ),
    "ceo_interview": (
        "CEO-to-CEO-Gespräch: {theme}",
        "Kamingespräch bei {organisation}",
        "CEO-Dialog {city}",
    ),
    "focus_group": ("Fokusgruppe {theme}", "Fokusgruppe: Bedarfe der Mitglieder {year}"),
    "trade_fair": (
        "Gemeinschaftsstand Hannover Messe {year}",
        "Gemeinschaftsstand E-world {year} in Essen",
        "Gemeinschaftsstand MEDICA {year} in Düsseldorf",
        "Gemeinschaftsstand A+A {year}",
        "Gemeinschaftsstand IFAT {year}",
    ),
    "other": (
        "Mitgliederversammlung {year}",
        "Sommerfest des Clusters {year}",
        "Jahresauftakt {year}",
        "Weihnachtsempfang {year}",
    ),
}
EVENT_TYPE_WEIGHTS = {
    "workshop": 16,
    "training": 10,
    "presentation": 10,
    "pr_event": 5,
    "thematic_workshop": 14,
    "network_meeting": 20,
    "ceo_interview": 6,
    "focus_group": 7,
    "trade_fair": 4,
    "other": 8,
}
EVENT_DESCRIPTIONS = (
    "Wir laden Mitglieder und Interessierte herzlich ein. Im Mittelpunkt steht der "
    "Austausch über {theme}: Praxisberichte aus Unternehmen, Fragen aus der Forschung und "
    "Zeit für Gespräche.",
    "Die Veranstaltung richtet sich an Fach- und Führungskräfte. Nach kurzen Impulsen "
    "arbeiten wir in kleinen Gruppen an konkreten Fragen rund um {theme}.",
    "Kompakt und praxisnah: Was bedeutet {theme} für kleine und mittlere Unternehmen in der "
    "Region, und welche Förderprogramme helfen beim Einstieg?",
    "Treffen Sie andere Mitglieder des Clusters, lernen Sie neue Partner kennen und erfahren "
    "Sie, was sich in der Region bei {theme} tut.",
)
TALKS = (
    "Impulsvortrag: {theme} – Stand der Technik",
    "Praxisbericht: {organisation}",
    "Podiumsdiskussion: {theme} im Mittelstand",
    "Vorstellung der Förderprogramme",
    "Arbeitsgruppen: Projektideen entwickeln",
    "Ergebnisse aus dem Verbundprojekt",
    "Fallbeispiel: {theme} bei {organisation}",
    "Fragen und Antworten",
)
EXTERNAL_SPEAKERS = (
    "Dr. Karin Lüdtke (Förderberatung NRW)",
    "Michael Brenner (Projektträger)",
    "Prof. Dr. Eva Hollstein (Gutachterin)",
    "Sandra Okafor (Fachjournalistin)",
    "Dr. Tobias Reuter (Landesministerium)",
    "Aylin Demirtaş (Gründungsberatung)",
)
REGISTRATION_NOTES = (
    "Vegetarisch.",
    "Kommt mit dem Rollstuhl; bitte barrierefreien Zugang.",
    "Rechnung an die Buchhaltung.",
    "Bringt eine Kollegin mit.",
    "Kommt etwas später.",
    "Vegan.",
    "Nimmt nur am Vormittag teil.",
)
CHECKLIST = (
    ("Raum buchen", -60),
    ("Einladungen versenden", -42),
    ("Erinnerung senden", -7),
    ("Namensschilder und Teilnehmerliste drucken", -2),
    ("Nachbereitung und Fotos", 3),
)
INTERACTION_SUBJECTS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "Jahresgespräch zur Mitgliedschaft",
        "Abstimmung Projektidee {theme}",
        "Kooperationsgespräch {organisations}",
        "Treffen zum Förderaufruf {funding}",
        "Vorbereitung Gemeinschaftsstand",
    ),
    "call": (
        "Telefonat: Rückfragen zur Mitgliedschaft",
        "Telefonat zum Förderaufruf {funding}",
        "Rückruf wegen Rechnung Mitgliedsbeitrag",
        "Telefonat: Anfrage als Referent",
        "Telefonat: Suche nach Partnern für {theme}",
    ),
    "visit": (
        "Besuch der Produktion in {city}",
        "Unternehmensbesuch bei {organisation}",
        "Laborbesichtigung bei {organisation}",
    ),
    "interview": (
        "Interview für das Mitgliederporträt",
        "CEO-Interview {organisation}",
        "Interview für den Jahresbericht",
    ),
    "focus_group": ("Fokusgruppe {theme}", "Fokusgruppe Fachkräftebedarf"),
    "email": (
        "E-Mail: Anfrage nach Kooperationspartnern für {theme}",
        "E-Mail: Unterlagen zum Förderaufruf {funding}",
    ),
    "other": ("Gespräch am Messestand", "Gespräch am Rande der Mitgliederversammlung"),
}
INTERACTION_WEIGHTS = {
    "meeting": 30,
    "call": 30,
    "visit": 12,
    "interview": 6,
    "focus_group": 4,
    "email": 15,
    "other": 3,
}
INTERACTION_NOTES = (
    "Interesse an gemeinsamem Projektantrag; Unterlagen folgen.",
    "Wünscht Kontakt zu Hochschulen im Bereich {theme}.",
    "Zufrieden mit der Mitgliedschaft, wünscht mehr Veranstaltungen im Umland.",
    "Vereinbart: Folgetermin im nächsten Quartal.",
    "Sucht Fachkräfte; Hinweis auf Karrieretag gegeben.",
    "Möchte im Newsletter vorgestellt werden.",
)
PROJECT_TITLES = (
    "{theme} für den Mittelstand",
    "Reallabor {theme} {region}",
    "{theme}-Transfer {region}",
    "Kompetenzzentrum {theme}",
    "Modellregion {theme}",
    "Qualifizierungsoffensive {theme}",
    "Demonstrator {theme}",
    "Netzwerk {theme} {region}",
)
PROJECT_ACRONYM_PARTS = (
    "Hy",
    "Zirk",
    "Data",
    "Fab",
    "Log",
    "Med",
    "Therm",
    "Volt",
    "Sec",
    "Lite",
    "Robo",
    "Aqua",
    "Chem",
    "Urb",
    "Mob",
    "Digi",
    "Skill",
    "Go",
    "Start",
)
ACHIEVEMENTS = (
    "{n} Unternehmen beraten",
    "{n} Demonstratoren aufgebaut",
    "{n} Patente angemeldet",
    "{n} Fachkräfte qualifiziert",
    "Abschlusskonferenz mit {n}0 Gästen",
    "{n} Folgeprojekte angestoßen",
    "Leitfaden für KMU veröffentlicht",
)
