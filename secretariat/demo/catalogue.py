"""What the demo cluster is about: its themes (each with its sector, trades, field
of research and the products and services members offer), the sector, fee tier and
funding programme that go with an organisation or project, and the cluster profiles
a demo is given."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class _Offer:
    name: str  # may hold {model}, {power}, {amount}, {city}
    kind: str  # product, service
    category: str
    keywords: str
    description: str


@dataclass(frozen=True)
class _Theme:
    name: str
    sector: str
    trades: tuple[str, ...]  # what a firm of the theme does: "Wasserstofftechnik"
    research: str  # what an institute of the theme researches
    offers: tuple[_Offer, ...] = ()


def _p(name: str, category: str, keywords: str, description: str) -> _Offer:
    return _Offer(name, "product", category, keywords, description)


def _s(name: str, category: str, keywords: str, description: str) -> _Offer:
    return _Offer(name, "service", category, keywords, description)


THEMES: tuple[_Theme, ...] = (
    _Theme(
        "Wasserstoff",
        "Energie",
        ("Wasserstofftechnik", "Elektrolysetechnik", "Gastechnik", "Brennstoffzellensysteme"),
        "Angewandte Wasserstoffforschung",
        (
            _p(
                "Elektrolyse-Stack {model}",
                "Elektrolyseure",
                "Wasserstoff, PEM-Elektrolyse, Stack",
                "PEM-Elektrolyse-Stack mit {power} kW Anschlussleistung für die dezentrale "
                "Erzeugung von grünem Wasserstoff.",
            ),
            _p(
                "Brennstoffzellenmodul {model}",
                "Brennstoffzellen",
                "Brennstoffzelle, Notstrom, Wasserstoff",
                "Brennstoffzellenmodul für Notstrom und netzferne Anwendungen mit {power} kW "
                "elektrischer Leistung.",
            ),
            _p(
                "H2-Druckspeicher {model}",
                "Wasserstoffspeicher",
                "Wasserstoff, Speicher, Druckbehälter",
                "Modularer Druckspeicher für Wasserstoff bis 500 bar, auch als Containerlösung.",
            ),
            _s(
                "Machbarkeitsstudie Wasserstoff",
                "Beratung",
                "Wasserstoff, Studie, Wirtschaftlichkeit",
                "Wir prüfen, ob sich Wasserstoff für Ihren Standort technisch und wirtschaftlich "
                "lohnt – mit passenden Förderprogrammen.",
            ),
            _s(
                "Sicherheitsbewertung für H2-Anlagen",
                "Prüfung und Zertifizierung",
                "Wasserstoff, Explosionsschutz, ATEX",
                "Gefährdungsbeurteilung und Explosionsschutzkonzept für Wasserstoffanlagen.",
            ),
        ),
    ),
    _Theme(
        "Kreislaufwirtschaft",
        "Umwelt und Recycling",
        ("Recyclingtechnik", "Entsorgungslogistik", "Sekundärrohstoffe", "Kunststoffrecycling"),
        "Kreislaufwirtschaft und Ressourceneffizienz",
        (
            _p(
                "Sortieranlage {model}",
                "Recyclinganlagen",
                "Recycling, Sortierung, Nahinfrarot",
                "Sensorgestützte Sortieranlage für Kunststoffabfälle mit Nahinfrarot-Erkennung, "
                "bis {amount} Tonnen pro Stunde.",
            ),
            _p(
                "Rezyklat-Granulat {model}",
                "Sekundärrohstoffe",
                "Rezyklat, Kunststoff, PP, PE",
                "Hochwertiges Post-Consumer-Rezyklat aus PP und PE in gleichbleibender Qualität.",
            ),
            _s(
                "Stoffstromanalyse",
                "Beratung",
                "Kreislaufwirtschaft, Stoffstrom, Ressourcen",
                "Analyse der Material- und Abfallströme im Betrieb mit konkreten Maßnahmen "
                "zur Kreislaufführung.",
            ),
            _s(
                "Digitaler Produktpass",
                "Software",
                "Produktpass, Ökodesign, Rückverfolgbarkeit",
                "Einführung des digitalen Produktpasses nach der EU-Ökodesign-Verordnung.",
            ),
        ),
    ),
    _Theme(
        "KI",
        "IT und Software",
        ("Datenanalyse", "KI-Systeme", "Softwareentwicklung", "Bildverarbeitung"),
        "Künstliche Intelligenz in der Produktion",
        (
            _p(
                "Qualitätsprüfung mit Bildverarbeitung {model}",
                "Bildverarbeitung",
                "KI, Bildverarbeitung, Qualitätssicherung",
                "Kamerasystem mit KI-Auswertung, das Oberflächenfehler in der laufenden "
                "Produktion erkennt.",
            ),
            _p(
                "Predictive-Maintenance-Plattform {model}",
                "Software",
                "KI, Instandhaltung, Sensordaten",
                "Software, die aus Sensordaten Ausfälle von Maschinen vorhersagt, bevor sie "
                "eintreten.",
            ),
            _s(
                "KI-Potenzialanalyse",
                "Beratung",
                "KI, Mittelstand, Strategie",
                "Eintägiger Workshop, in dem wir die sinnvollsten KI-Anwendungen in Ihrem "
                "Unternehmen finden.",
            ),
            _p(
                "Sprachassistent für den Kundenservice",
                "Software",
                "KI, Sprachmodell, Kundenservice",
                "Datenschutzkonformer Sprachassistent, betrieben in Rechenzentren in {city}.",
            ),
        ),
    ),
    _Theme(
        "Industrie 4.0",
        "Maschinen- und Anlagenbau",
        ("Automatisierungstechnik", "Anlagenbau", "Maschinenbau", "Steuerungstechnik"),
        "Produktionstechnik",
        (
            _p(
                "Retrofit-Kit {model}",
                "Automatisierung",
                "Industrie 4.0, Retrofit, Sensorik",
                "Nachrüstsatz, der Bestandsmaschinen mit Sensoren und einer OPC-UA-Schnittstelle "
                "vernetzt.",
            ),
            _p(
                "Montagelinie {model}",
                "Sondermaschinen",
                "Montage, Automatisierung, Sondermaschinenbau",
                "Modulare, teilautomatisierte Montagelinie für kleine und mittlere Losgrößen.",
            ),
            _s(
                "MES-Einführung",
                "Software",
                "MES, Fertigung, Digitalisierung",
                "Einführung eines Manufacturing Execution Systems – von der Prozessaufnahme "
                "bis zum Go-live.",
            ),
            _p(
                "Digitaler Zwilling {model}",
                "Software",
                "Digitaler Zwilling, Simulation",
                "Simulationsmodell der Produktionsanlage für die virtuelle Inbetriebnahme.",
            ),
        ),
    ),
    _Theme(
        "Logistik",
        "Logistik",
        ("Logistik", "Spedition", "Intralogistik", "Lagertechnik"),
        "Logistik und Supply Chain Management",
        (
            _p(
                "Fahrerloses Transportsystem {model}",
                "Intralogistik",
                "FTS, Intralogistik, Automatisierung",
                "Fahrerloses Transportfahrzeug für Paletten bis {amount} Tonnen, mit "
                "Laserscanner-Navigation.",
            ),
            _p(
                "Lagerverwaltungssoftware {model}",
                "Software",
                "Lager, WMS, Software",
                "Cloudbasiertes Lagerverwaltungssystem mit Schnittstellen zu gängigen "
                "ERP-Systemen.",
            ),
            _s(
                "Kontraktlogistik",
                "Logistikdienstleistung",
                "Kontraktlogistik, Lager, Kommissionierung",
                "Lagerung, Kommissionierung und Versand für Industrie und Handel an Standorten "
                "in NRW.",
            ),
            _s(
                "Containertransport per Binnenschiff",
                "Logistikdienstleistung",
                "Binnenschifffahrt, Container, Duisburg",
                "Containertransporte per Binnenschiff zwischen Duisburg, Rotterdam und Antwerpen.",
            ),
        ),
    ),
    _Theme(
        "Medizintechnik",
        "Gesundheitswirtschaft",
        ("Medizintechnik", "Labortechnik", "Orthopädietechnik", "Diagnostik"),
        "Medizinische Robotik",
        (
            _p(
                "Patientenmonitor {model}",
                "Medizinprodukte",
                "Medizintechnik, Monitoring, MDR",
                "Mobiler Patientenmonitor für Vitalparameter, zugelassen nach MDR Klasse IIa.",
            ),
            _p(
                "OP-Instrumentenset {model}",
                "Medizinprodukte",
                "Chirurgie, Instrumente, Edelstahl",
                "Chirurgisches Instrumentenset aus Solinger Edelstahl, wiederaufbereitbar.",
            ),
            _s(
                "MDR-Beratung",
                "Regulatorik",
                "MDR, Zulassung, Medizinprodukte",
                "Begleitung durch das Konformitätsbewertungsverfahren nach der "
                "EU-Medizinprodukteverordnung.",
            ),
            _p(
                "Pipettierroboter {model}",
                "Labortechnik",
                "Labor, Automatisierung, Proben",
                "Pipettierroboter für Routinelabore mit bis zu {amount}00 Proben pro Stunde.",
            ),
        ),
    ),
    _Theme(
        "Energieeffizienz",
        "Energie",
        ("Energietechnik", "Wärmetechnik", "Gebäudetechnik", "Kältetechnik"),
        "Energiesystemtechnik",
        (
            _p(
                "Industrie-Wärmepumpe {model}",
                "Wärmetechnik",
                "Wärmepumpe, Prozesswärme, Effizienz",
                "Hochtemperatur-Wärmepumpe für Prozesswärme bis 150 °C, {power} kW Heizleistung.",
            ),
            _s(
                "Energieaudit nach DIN EN 16247",
                "Beratung",
                "Energieaudit, EDL-G, Effizienz",
                "Energieaudit für Nicht-KMU nach DIN EN 16247 mit Maßnahmenplan.",
            ),
            _s(
                "Abwärmenutzung",
                "Engineering",
                "Abwärme, Wärmerückgewinnung",
                "Planung von Anlagen zur Nutzung industrieller Abwärme, von der Messung bis "
                "zur Inbetriebnahme.",
            ),
            _p(
                "Energiemonitoring-System {model}",
                "Messtechnik",
                "Energiemonitoring, ISO 50001, Zähler",
                "Funkbasierte Zähler und Dashboard für das Energiemanagement nach ISO 50001.",
            ),
        ),
    ),
    _Theme(
        "Batterietechnik",
        "Elektrotechnik",
        ("Batteriesysteme", "Elektrotechnik", "Leistungselektronik", "Speichertechnik"),
        "Batterieforschung",
        (
            _p(
                "Gewerbespeicher {model}",
                "Energiespeicher",
                "Batterie, Speicher, Lithium-Eisenphosphat",
                "Batteriespeicher mit {power} kWh Kapazität auf Basis von Lithium-Eisenphosphat.",
            ),
            _p(
                "Batterie-Prüfstand {model}",
                "Prüftechnik",
                "Batterie, Prüfstand, Zelltest",
                "Prüfstand für Zell- und Modultests mit Klimakammer.",
            ),
            _s(
                "Second-Life-Bewertung",
                "Prüfung und Zertifizierung",
                "Second Life, Batterie, Zustandsbewertung",
                "Zustandsbewertung gebrauchter Traktionsbatterien für eine zweite Nutzung als "
                "stationärer Speicher.",
            ),
        ),
    ),
    _Theme(
        "Cybersicherheit",
        "IT und Software",
        ("IT-Sicherheit", "Netzwerktechnik", "IT-Services"),
        "Cybersicherheit",
        (
            _s(
                "Penetrationstest",
                "IT-Sicherheit",
                "Pentest, IT-Sicherheit, KMU",
                "Angriffssimulation auf Ihre IT und Produktionsnetze mit verständlichem "
                "Abschlussbericht.",
            ),
            _s(
                "Security Operations Center as a Service",
                "IT-Sicherheit",
                "SOC, Monitoring, NIS2",
                "Überwachung Ihrer Systeme rund um die Uhr durch unser Security Operations "
                "Center in {city}.",
            ),
            _s(
                "NIS2-Readiness-Check",
                "Beratung",
                "NIS2, Informationssicherheit, ISMS",
                "Prüfung, ob Ihr Unternehmen unter NIS2 fällt, und Fahrplan zur Umsetzung.",
            ),
            _p(
                "Industrie-Firewall {model}",
                "Netzwerktechnik",
                "Firewall, OT-Sicherheit",
                "Robuste Firewall für Produktionsnetze, zur Montage auf der Hutschiene.",
            ),
        ),
    ),
    _Theme(
        "Leichtbau",
        "Werkstoffe",
        ("Leichtbau", "Faserverbundtechnik", "Kunststofftechnik", "Werkstofftechnik"),
        "Leichtbau und Werkstoffe",
        (
            _p(
                "CFK-Strukturbauteil {model}",
                "Faserverbund",
                "CFK, Leichtbau, Faserverbund",
                "Strukturbauteil aus kohlenstofffaserverstärktem Kunststoff, bis zu 60 % leichter "
                "als Stahl.",
            ),
            _p(
                "Aluminium-Strangpressprofil {model}",
                "Metallhalbzeuge",
                "Aluminium, Strangpressen, Leichtbau",
                "Strangpressprofile aus Aluminium nach Zeichnung, ab Losgröße 500.",
            ),
            _s(
                "Werkstoffprüfung",
                "Prüfung und Zertifizierung",
                "Werkstoffprüfung, Zugversuch, Labor",
                "Mechanische und thermische Werkstoffprüfung im akkreditierten Labor.",
            ),
        ),
    ),
    _Theme(
        "Robotik",
        "Maschinen- und Anlagenbau",
        ("Robotik", "Handhabungstechnik", "Greifsysteme"),
        "Robotik und Assistenzsysteme",
        (
            _p(
                "Cobot-Arbeitsplatz {model}",
                "Robotik",
                "Cobot, Robotik, Montage",
                "Kollaborativer Roboterarbeitsplatz für Montage und Verpackung, sofort "
                "einsatzbereit.",
            ),
            _p(
                "Vakuumgreifer {model}",
                "Greifsysteme",
                "Greifer, Vakuum, Handhabung",
                "Flächengreifer für Kartons und Bleche bis {amount}0 kg.",
            ),
            _s(
                "Roboterprogrammierung",
                "Engineering",
                "Roboter, Programmierung, Inbetriebnahme",
                "Programmierung und Inbetriebnahme von Industrierobotern gängiger Hersteller.",
            ),
        ),
    ),
    _Theme(
        "Wassermanagement",
        "Umwelt und Recycling",
        ("Wassertechnik", "Umwelttechnik", "Abwassertechnik"),
        "Wasserwirtschaft",
        (
            _p(
                "Membranfilteranlage {model}",
                "Wasseraufbereitung",
                "Wasser, Membran, Filtration",
                "Ultrafiltrationsanlage für Prozess- und Kühlwasser, {amount}0 m³ pro Stunde.",
            ),
            _s(
                "Starkregen-Gefährdungsanalyse",
                "Beratung",
                "Starkregen, Klimaanpassung, Kommunen",
                "Gefährdungsanalyse und Maßnahmenplan für Starkregen, für Kommunen und "
                "Gewerbegebiete.",
            ),
            _p(
                "Kanalsensor {model}",
                "Messtechnik",
                "Sensor, Kanalnetz, Füllstand",
                "Funksensor für Füllstand und Durchfluss im Kanalnetz.",
            ),
        ),
    ),
    _Theme(
        "Nachhaltige Chemie",
        "Chemie",
        ("Chemie", "Spezialchemie", "Verfahrenstechnik", "Oberflächentechnik"),
        "Chemische Verfahrenstechnik",
        (
            _p(
                "Biobasierter Klebstoff {model}",
                "Spezialchemie",
                "Klebstoff, biobasiert, Chemie",
                "Klebstoff auf Basis nachwachsender Rohstoffe für Verpackungen und Holz.",
            ),
            _p(
                "Wasserbasierte Beschichtung {model}",
                "Oberflächentechnik",
                "Beschichtung, Korrosionsschutz, lösemittelfrei",
                "Lösemittelfreie Korrosionsschutzbeschichtung für den Stahlbau.",
            ),
            _s(
                "Lohnsynthese",
                "Lohnfertigung",
                "Lohnfertigung, Chemie, Synthese",
                "Synthese und Abfüllung im Kundenauftrag, vom Kilogramm bis zur Tonne.",
            ),
        ),
    ),
    _Theme(
        "Smart City",
        "IT und Software",
        ("Stadttechnik", "IoT-Systeme", "Geoinformatik"),
        "Digitale Stadtentwicklung",
        (
            _p(
                "Parksensor {model}",
                "IoT",
                "Smart City, Parken, Sensor",
                "Bodensensor, der freie Parkplätze in Echtzeit an eine App meldet.",
            ),
            _p(
                "Urbane Datenplattform {model}",
                "Software",
                "Smart City, Datenplattform, Open Data",
                "Offene Datenplattform für Kommunen, mit Schnittstellen für Verkehr und Umwelt.",
            ),
            _s(
                "Digitaler Bauantrag",
                "Software",
                "E-Government, Bauantrag, OZG",
                "Einführung des digitalen Bauantrags für Kommunen nach dem Onlinezugangsgesetz.",
            ),
        ),
    ),
    _Theme(
        "Mobilität",
        "Fahrzeugbau und Mobilität",
        ("Fahrzeugtechnik", "Ladeinfrastruktur", "Antriebstechnik"),
        "Fahrzeugtechnik und Mobilität",
        (
            _p(
                "Schnellladesäule {model}",
                "Ladeinfrastruktur",
                "E-Mobilität, Laden, HPC",
                "Schnellladesäule mit {power} kW für Flotten und Betriebshöfe.",
            ),
            _p(
                "E-Antriebsstrang {model}",
                "Antriebstechnik",
                "Elektroantrieb, Nutzfahrzeug",
                "Elektrischer Antriebsstrang zur Umrüstung kommunaler Nutzfahrzeuge.",
            ),
            _s(
                "Flottenberatung E-Mobilität",
                "Beratung",
                "Flotte, E-Mobilität, TCO",
                "Analyse Ihrer Fahrzeugflotte und Umstiegsplan auf elektrische Antriebe.",
            ),
        ),
    ),
    _Theme(
        "Digitalisierung",
        "IT und Software",
        ("IT-Systeme", "Softwareentwicklung", "Digitalberatung"),
        "Digitale Transformation",
        (
            _s(
                "ERP-Einführung für den Mittelstand",
                "Software",
                "ERP, Digitalisierung, Mittelstand",
                "Auswahl und Einführung eines ERP-Systems, mit Datenübernahme und Schulung.",
            ),
            _p(
                "Kundenportal {model}",
                "Software",
                "Portal, Digitalisierung, Service",
                "Webportal für Ihre Kunden: Aufträge, Dokumente und Serviceanfragen an einem Ort.",
            ),
        ),
    ),
    _Theme(
        "Fachkräftesicherung",
        "Bildung und Personal",
        ("Personalberatung", "Weiterbildung", "Bildungsdienstleistungen"),
        "Arbeit und Qualifizierung",
        (
            _s(
                "Ausbildungsmarketing",
                "Personal",
                "Ausbildung, Recruiting, Social Media",
                "Kampagnen, mit denen Sie Auszubildende in der Region erreichen.",
            ),
            _s(
                "Zertifikatslehrgang Industrie 4.0",
                "Weiterbildung",
                "Weiterbildung, Zertifikat, Industrie 4.0",
                "Berufsbegleitender Lehrgang in zwölf Modulen, online und in {city}.",
            ),
        ),
    ),
    _Theme(
        "Internationalisierung",
        "Beratung",
        ("Exportberatung", "Außenhandel"),
        "Internationale Wirtschaftsbeziehungen",
        (
            _s(
                "Markteintritt Niederlande und Belgien",
                "Beratung",
                "Export, Niederlande, Belgien, Markteintritt",
                "Partnersuche, Marktanalyse und Begleitung zu Messen in den Benelux-Ländern.",
            ),
        ),
    ),
    _Theme(
        "Gründung und Start-ups",
        "Beratung",
        ("Gründungsberatung", "Inkubator"),
        "Entrepreneurship",
        (
            _s(
                "Start-up-Coaching",
                "Beratung",
                "Gründung, Coaching, Finanzierung",
                "Coaching für technologieorientierte Gründungen, vom Businessplan bis zur "
                "ersten Finanzierungsrunde.",
            ),
        ),
    ),
)
THEME_NAMES = tuple(theme.name for theme in THEMES)
_PRODUCT_THEMES = tuple(i for i, t in enumerate(THEMES) if t.offers)
_THEME_WEIGHTS = (14, 12, 11, 11, 9, 7, 8, 6, 5, 4, 4, 4, 4, 3, 5, 5, 3, 2, 3)

CLUSTER_PROFILES = (
    (
        "Demo-Cluster Zukunftsindustrie Rhein-Ruhr",
        "Rhein-Ruhr, NRW",
        ("#1F4E79", "#F2A900"),
        "cluster-zukunftsindustrie.de",
    ),
    (
        "Demo-Cluster Wasserstoff Rheinland",
        "Rheinland, NRW",
        ("#0B6E4F", "#F5B700"),
        "cluster-wasserstoff-rheinland.de",
    ),
    (
        "Demo-Cluster Kreislaufwirtschaft NRW",
        "NRW",
        ("#2E5E4E", "#E07A1F"),
        "cluster-kreislauf-nrw.de",
    ),
    (
        "Demo-Cluster Digitale Produktion Westfalen",
        "Westfalen, NRW",
        ("#3A3F8F", "#00A6A6"),
        "cluster-digitale-produktion.de",
    ),
)


def _fee_tier(kind: str, size: str | None, rng: random.Random) -> str:
    if kind == "firm":
        tier = {"micro": "Basis", "small": "Basis", "medium": "Standard", "large": "Premium"}.get(
            size or "", "Standard"
        )
    elif kind in ("research_institute", "university"):
        tier = "Standard"
    else:
        tier = "Basis"
    if rng.random() < 0.1:
        tier = rng.choice(("Basis", "Standard", "Premium"))
    return tier


def _sector(kind: str, theme: _Theme) -> str:
    return {
        "firm": theme.sector,
        "research_institute": "Forschung und Entwicklung",
        "university": "Hochschule und Bildung",
        "authority": "Öffentliche Verwaltung",
        "association": "Verband und Netzwerk",
        "investor": "Finanzierung",
        "other": "Gemeinnützige Einrichtung",
    }[kind]


def _funding_source(starts_on: date, rng: random.Random) -> str:
    """A funding programme that existed when the project started (ministries renamed:
    BMWi -> BMWK in December 2021 -> BMWE in May 2025; BMBF -> BMFTR in May 2025)."""
    options = ["progres.nrw", "Interreg Deutschland-Nederland", "Eigenmittel der Partner"]
    if starts_on >= date(2021, 1, 1):
        options += ["EFRE/JTF NRW", "EFRE/JTF NRW", "Horizon Europe"]
    else:
        options += ["EFRE.NRW", "EFRE.NRW", "Horizon 2020"]
    if starts_on < date(2021, 12, 8):
        options.append("BMWi")
    elif starts_on < date(2025, 5, 6):
        options.append("BMWK")
    else:
        options.append("BMWE")
    options.append("BMBF" if starts_on < date(2025, 5, 6) else "BMFTR")
    return rng.choice(options)
