<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AuditPage</name>
        <message>
            <source>Change history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>Record name or number…</source>
            <translation>Name oder Nummer des Datensatzes…</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Art des Datensatzes</translation>
        </message>
        <message>
            <source>Who made the change</source>
            <translation>Wer die Änderung vorgenommen hat</translation>
        </message>
        <message>
            <source>From any day</source>
            <translation>Ab beliebigem Tag</translation>
        </message>
        <message>
            <source>To any day</source>
            <translation>Bis beliebigem Tag</translation>
        </message>
        <message>
            <source>Changes on or after this day</source>
            <translation>Änderungen an oder nach diesem Tag</translation>
        </message>
        <message>
            <source>Changes on or before this day</source>
            <translation>Änderungen an oder vor diesem Tag</translation>
        </message>
        <message>
            <source>Open record</source>
            <translation>Datensatz öffnen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>All kinds of record</source>
            <translation>Alle Arten von Datensätzen</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>1 change</source>
            <translation>1 Änderung</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>{count} Änderungen</translation>
        </message>
        <message>
            <source>No change chosen.</source>
            <translation>Keine Änderung ausgewählt.</translation>
        </message>
        <message>
            <source>{record}: {action} on {when} by {who}</source>
            <translation>{record}: {action} am {when} von {who}</translation>
        </message>
        <message>
            <source>This {kind} was deleted on {when} by {who}; it cannot be opened.</source>
            <translation>Dieser Datensatz ({kind}) wurde am {when} von {who} gelöscht; er kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>This {kind} was deleted; it cannot be opened.</source>
            <translation>Dieser Datensatz ({kind}) wurde gelöscht; er kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>A {kind} has no page of its own to open it on.</source>
            <translation>Für diese Art von Datensatz ({kind}) gibt es keine eigene Seite zum Öffnen.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Einwilligungen</translation>
        </message>
        <message>
            <source>Products and services</source>
            <translation>Produkte und Dienstleistungen</translation>
        </message>
        <message>
            <source>Venues</source>
            <translation>Veranstaltungsorte</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Programme items</source>
            <translation>Programmpunkte</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Anmeldungen</translation>
        </message>
        <message>
            <source>Checklist tasks</source>
            <translation>Aufgaben der Checklisten</translation>
        </message>
        <message>
            <source>Budget lines</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <source>changed by import</source>
            <translation>durch Import geändert</translation>
        </message>
        <message>
            <source>deleted by import</source>
            <translation>durch Import gelöscht</translation>
        </message>
        <message>
            <source>created by merge</source>
            <translation>durch Zusammenführung angelegt</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>zusammengeführt</translation>
        </message>
        <message>
            <source>merged away</source>
            <translation>in anderen Datensatz zusammengeführt</translation>
        </message>
        <message>
            <source>put back (undone)</source>
            <translation>wiederhergestellt (rückgängig gemacht)</translation>
        </message>
        <message>
            <source>changed back (undone)</source>
            <translation>zurückgeändert (rückgängig gemacht)</translation>
        </message>
        <message>
            <source>removed (undone)</source>
            <translation>entfernt (rückgängig gemacht)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>ein Bild</translation>
        </message>
        <message>
            <source>1 field</source>
            <translation>1 Feld</translation>
        </message>
        <message>
            <source>{count} fields</source>
            <translation>{count} Felder</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
    </context>
    <context>
        <name>BatchesDialog</name>
        <message>
            <source>Imports and merges</source>
            <translation>Importe und Zusammenführungen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Rückgängig gemacht</translation>
        </message>
        <message>
            <source>Undo…</source>
            <translation>Rückgängig machen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführung</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Undone on {when} by {who}</source>
            <translation>Rückgängig gemacht am {when} von {who}</translation>
        </message>
        <message>
            <source>#{other} into #{survivor}: moved {moved}, dropped {dropped}</source>
            <translation>#{other} in #{survivor}: {moved} verschoben, {dropped} verworfen</translation>
        </message>
        <message>
            <source>imported {0}, updated {1}, skipped {2}, rejected {3}</source>
            <translation>{0} importiert, {1} aktualisiert, {2} übersprungen, {3} abgelehnt</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>Zusammenführung</translation>
        </message>
        <message>
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig machen</translation>
        </message>
        <message>
            <source>Undo the {what} {number} ({source})? What it created is removed and what it changed or deleted is put back. A backup is made first.</source>
            <translation>Möchten Sie {what} {number} ({source}) rückgängig machen? Was dabei angelegt wurde, wird entfernt; was geändert oder gelöscht wurde, wird wiederhergestellt. Vorher wird eine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>The {what} {number} was undone: {outcome}.</source>
            <translation>{what} {number} wurde rückgängig gemacht: {outcome}.</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message>
            <source>+{count} more</source>
            <translation>+{count} weitere</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Week {week}: {first}–{last}</source>
            <translation>KW {week}: {first}–{last}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Check-in: {title}</source>
            <translation>Einlass: {title}</translation>
        </message>
        <message>
            <source>Type part of a name, then press Enter. Up and Down choose another match.</source>
            <translation>Geben Sie einen Teil des Namens ein und drücken Sie die Eingabetaste. Mit den Pfeiltasten nach oben und unten wählen Sie einen anderen Treffer.</translation>
        </message>
        <message>
            <source>Name…</source>
            <translation>Name…</translation>
        </message>
        <message>
            <source>Name of the person at the door</source>
            <translation>Name der Person am Einlass</translation>
        </message>
        <message>
            <source>Matching registrations</source>
            <translation>Passende Anmeldungen</translation>
        </message>
        <message>
            <source>Walk-in…</source>
            <translation>Spontane Teilnahme…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{attended} checked in · {expected} expected</source>
            <translation>{attended} eingecheckt · {expected} erwartet</translation>
        </message>
        <message>
            <source>{name} is already checked in.</source>
            <translation>{name} ist bereits eingecheckt.</translation>
        </message>
        <message>
            <source>✔ {name} checked in.</source>
            <translation>✔ {name} eingecheckt.</translation>
        </message>
        <message>
            <source>✔ {name} added and checked in.</source>
            <translation>✔ {name} hinzugefügt und eingecheckt.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Spontane Teilnahme</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Nachname *</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Bitte füllen Sie dieses Feld aus.</translation>
        </message>
        <message>
            <source>Type part of a name, then press Enter</source>
            <translation type="vanished">Teil eines Namens eingeben, dann Eingabetaste drücken</translation>
        </message>
    </context>
    <context>
        <name>ClusterProfilePage</name>
        <message>
            <source>Cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>The cluster's name, logo and colours appear on every document you print.</source>
            <translation>Name, Logo und Farben des Clusters erscheinen auf jedem Dokument, das Sie drucken.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>&lt;b&gt;The facilitator's functions at this stage:&lt;/b&gt; {functions}&lt;br&gt;&lt;b&gt;Competencies needed:&lt;/b&gt; {competencies}</source>
            <translation>&lt;b&gt;Aufgaben des Clustermanagements in dieser Phase:&lt;/b&gt; {functions}&lt;br&gt;&lt;b&gt;Benötigte Kompetenzen:&lt;/b&gt; {competencies}</translation>
        </message>
        <message>
            <source>The cluster profile is saved.</source>
            <translation>Das Clusterprofil ist gespeichert.</translation>
        </message>
        <message>
            <source>cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>Attract new members, stimulate communication, shape the network, build trust.</source>
            <translation>Neue Mitglieder gewinnen, Kommunikation anregen, das Netzwerk gestalten, Vertrauen aufbauen.</translation>
        </message>
        <message>
            <source>Fundraising, event management, lobbying.</source>
            <translation>Fördermittelakquise, Veranstaltungsmanagement, Interessenvertretung.</translation>
        </message>
        <message>
            <source>Relations with authorities and partners, promote the cluster idea, involve local stakeholders, intensify cooperation.</source>
            <translation>Beziehungen zu Behörden und Partnern pflegen, die Clusteridee bekannt machen, regionale Akteure einbinden, die Zusammenarbeit vertiefen.</translation>
        </message>
        <message>
            <source>Relationship management and marketing, branding, knowledge management, stimulating business initiatives.</source>
            <translation>Beziehungsmanagement und Marketing, Markenbildung, Wissensmanagement, Anstoßen unternehmerischer Initiativen.</translation>
        </message>
        <message>
            <source>Develop entrepreneurial activity, form the cluster brand, diversify, inter-cluster cooperation, integrate into global value chains, international brand.</source>
            <translation>Unternehmerische Aktivität entwickeln, die Clustermarke formen, diversifizieren, mit anderen Clustern kooperieren, in globale Wertschöpfungsketten einbinden, internationale Marke.</translation>
        </message>
        <message>
            <source>Full-cycle innovation management, business process integration, cluster re-engineering, international branding.</source>
            <translation>Innovationsmanagement über den ganzen Zyklus, Integration von Geschäftsprozessen, Neuausrichtung des Clusters, internationale Markenbildung.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>Beim Öffnen</translation>
        </message>
        <message>
            <source>Now saved</source>
            <translation>Jetzt gespeichert</translation>
        </message>
        <message>
            <source>✎ you changed this field too.</source>
            <translation>✎ Sie haben dieses Feld ebenfalls geändert.</translation>
        </message>
        <message>
            <source>Reload (drop my changes)</source>
            <translation>Neu laden (meine Änderungen verwerfen)</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Find duplicates</source>
            <translation>Dubletten finden</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Look for duplicate</source>
            <translation>Dubletten suchen unter</translation>
        </message>
        <message>
            <source>Keep the second record instead of the first</source>
            <translation>Den zweiten Datensatz statt des ersten behalten</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>No likely duplicates found.</source>
            <translation>Keine wahrscheinlichen Dubletten gefunden.</translation>
        </message>
        <message numerus="yes">
            <source>%n likely pair(s); choose one to compare.</source>
            <translation>
                <numerusform>Wahrscheinliche Dubletten: %n. Wählen Sie ein Paar zum Vergleichen.</numerusform>
                <numerusform>Wahrscheinliche Dubletten: %n. Wählen Sie ein Paar zum Vergleichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>the filled one</source>
            <translation>der ausgefüllte Wert</translation>
        </message>
        <message>
            <source>first</source>
            <translation>erster</translation>
        </message>
        <message>
            <source>second</source>
            <translation>zweiter</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Erster</translation>
        </message>
        <message>
            <source>First (#{id})</source>
            <translation>Erster (#{id})</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Zweiter</translation>
        </message>
        <message>
            <source>Second (#{id})</source>
            <translation>Zweiter (#{id})</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>“{other}” (#{other_id}) and “{survivor}” (#{survivor_id}) become one record, #{survivor_id}; registrations, interactions, consents and project roles of both are kept. You can undo this under File → Imports and merges.</source>
            <translation>„{other}“ (#{other_id}) und „{survivor}“ (#{survivor_id}) werden zu einem Datensatz, #{survivor_id}; Anmeldungen, Aktivitäten, Einwilligungen und Projektrollen beider bleiben erhalten. Sie können das unter Datei → Importe und Zusammenführungen rückgängig machen.</translation>
        </message>
        <message>
            <source>Merged “{other}” into “{survivor}” (#{survivor_id}): {moved} link(s) moved, {dropped} doubled link(s) dropped. This merge is batch {batch}; it can be undone under File → Imports and merges.</source>
            <translation>„{other}“ in „{survivor}“ (#{survivor_id}) zusammengeführt: {moved} Verknüpfung(en) übernommen, {dropped} doppelte Verknüpfung(en) verworfen. Diese Zusammenführung ist Vorgang {batch}; sie kann unter Datei → Importe und Zusammenführungen rückgängig gemacht werden.</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Event papers…</source>
            <translation>Veranstaltungsunterlagen…</translation>
        </message>
        <message>
            <source>Check-in mode…</source>
            <translation>Einlassmodus…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Weitere</translation>
        </message>
        <message>
            <source>Copy as new event…</source>
            <translation>Als neue Veranstaltung kopieren…</translation>
        </message>
        <message>
            <source>Calendar file (.ics)…</source>
            <translation>Kalenderdatei (.ics)…</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Copy as new event</source>
            <translation>Als neue Veranstaltung kopieren</translation>
        </message>
        <message>
            <source>Start of the new event (programme, checklist and budget are copied; registrations are not):</source>
            <translation>Beginn der neuen Veranstaltung (Programm, Checkliste und Budget werden kopiert, Anmeldungen nicht):</translation>
        </message>
        <message>
            <source>Copied. The new event is a draft.</source>
            <translation>Kopiert. Die neue Veranstaltung ist ein Entwurf.</translation>
        </message>
        <message>
            <source>Save a calendar file</source>
            <translation>Kalenderdatei speichern</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderdateien (*.ics)</translation>
        </message>
        <message>
            <source>Calendar file written to {path}</source>
            <translation>Kalenderdatei gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>EventPanels</name>
        <message>
            <source>Add {noun}…</source>
            <translation>{noun} hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Programme item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>Checklist task</source>
            <translation>Aufgabe der Checkliste</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Referent/in</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist for “{event}” — please let them know.</source>
            <translation>{name} ist bei „{event}“ von der Warteliste nachgerückt – bitte geben Sie Bescheid.</translation>
        </message>
        <message>
            <source>No e-mail address or phone number is on record.</source>
            <translation>Es ist keine E-Mail-Adresse und keine Telefonnummer hinterlegt.</translation>
        </message>
        <message>
            <source>Write e-mail…</source>
            <translation>E-Mail schreiben…</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Your registration: {event}</source>
            <translation>Ihre Anmeldung: {event}</translation>
        </message>
        <message>
            <source>Hello {name},

a seat has become free at “{event}” ({when}): you moved up from the waitlist and your registration is confirmed.

Kind regards</source>
            <translation>Guten Tag {name},

bei „{event}“ ({when}) ist ein Platz frei geworden: Sie sind von der Warteliste nachgerückt, Ihre Anmeldung ist bestätigt.

Mit freundlichen Grüßen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Warteliste</translation>
        </message>
        <message>
            <source>Moved up</source>
            <translation>Nachgerückt</translation>
        </message>
        <message>
            <source>Type a name to register…</source>
            <translation>Namen eingeben, um anzumelden…</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>…or all contacts of an organisation</source>
            <translation>…oder alle Ansprechpartner einer Organisation</translation>
        </message>
        <message>
            <source>Register all</source>
            <translation>Alle anmelden</translation>
        </message>
        <message>
            <source>By filter…</source>
            <translation>Nach Filter…</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Selected:</source>
            <translation>Ausgewählte:</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Status setzen</translation>
        </message>
        <message>
            <source>Set role (as above)</source>
            <translation>Rolle setzen (wie oben)</translation>
        </message>
        <message>
            <source>Cancel registration</source>
            <translation>Anmeldung stornieren</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Einchecken</translation>
        </message>
        <message>
            <source>{taken} of {capacity} seats taken</source>
            <translation>{taken} von {capacity} Plätzen belegt</translation>
        </message>
        <message>
            <source>{taken} registered (no limit)</source>
            <translation>{taken} angemeldet (ohne Begrenzung)</translation>
        </message>
        <message>
            <source>{capacity} · {waiting} on the waitlist · {invited} invited · {attended} attended · {speakers} speakers</source>
            <translation>{capacity} · {waiting} auf der Warteliste · {invited} eingeladen · {attended} teilgenommen · {speakers} Referierende</translation>
        </message>
        <message>
            <source>Registered ({status}).</source>
            <translation>Angemeldet ({status}).</translation>
        </message>
        <message>
            <source>{count} people registered.</source>
            <translation>{count} Personen angemeldet.</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist — please let them know.</source>
            <translation>{name} ist von der Warteliste nachgerückt – bitte benachrichtigen Sie die Person.</translation>
        </message>
        <message>
            <source>Status changed.</source>
            <translation>Status geändert.</translation>
        </message>
        <message>
            <source>Role changed.</source>
            <translation>Rolle geändert.</translation>
        </message>
        <message>
            <source>Cancel the registration of {name}?</source>
            <translation>Möchten Sie die Anmeldung von {name} stornieren?</translation>
        </message>
        <message>
            <source>Registration cancelled.</source>
            <translation>Anmeldung storniert.</translation>
        </message>
        <message>
            <source>Checked in.</source>
            <translation>Eingecheckt.</translation>
        </message>
        <message>
            <source>Register by filter</source>
            <translation>Nach Filter anmelden</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Cluster role</source>
            <translation>Clusterrolle</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>Register as</source>
            <translation>Anmelden als</translation>
        </message>
        <message>
            <source>{count} organisations match; their contacts will be registered.</source>
            <translation>{count} Organisationen passen; ihre Ansprechpartner werden angemeldet.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Done / not done</source>
            <translation>Erledigt / offen</translation>
        </message>
        <message>
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Create from template</source>
            <translation>Aus Vorlage anlegen</translation>
        </message>
        <message>
            <source>{count} tasks created from the template.</source>
            <translation>{count} Aufgaben aus der Vorlage angelegt.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Cost or income</source>
            <translation>Kosten oder Einnahme</translation>
        </message>
        <message>
            <source>Planned (€)</source>
            <translation>Geplant (€)</translation>
        </message>
        <message>
            <source>Actual (€)</source>
            <translation>Tatsächlich (€)</translation>
        </message>
        <message>
            <source>line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>Planned: costs {pc} €, income {pi} €, balance {pb} € · Actual: costs {ac} €, income {ai} €, balance {ab} €</source>
            <translation>Geplant: Kosten {pc} €, Einnahmen {pi} €, Saldo {pb} € · Tatsächlich: Kosten {ac} €, Einnahmen {ai} €, Saldo {ab} €</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>All current members</source>
            <translation>Alle aktuellen Mitglieder</translation>
        </message>
        <message>
            <source>by sector</source>
            <translation>nach Branche</translation>
        </message>
        <message>
            <source>by cluster role</source>
            <translation>nach Clusterrolle</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Internal list: everyone, also those who did not consent to be listed</source>
            <translation>Interne Liste: alle, auch ohne Einwilligung zur Veröffentlichung</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Open when done</source>
            <translation>Danach öffnen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Welche</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Sprache der Dokumente</translation>
        </message>
        <message>
            <source>Grouped</source>
            <translation>Gruppiert</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{document} – “{event}”, {date}</source>
            <translation>{document} – „{event}“, {date}</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
        </message>
        <message>
            <source>Select the story in the list first.</source>
            <translation>Bitte wählen Sie zuerst die Meldung in der Liste aus.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Done: {count} written to {path}</source>
            <translation>Fertig: {count} gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written.</source>
            <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The export failed.</source>
            <translation>Der Export ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Done: 1 organisation written to {file}</source>
            <translation>Fertig: 1 Organisation in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 contact written to {file}</source>
            <translation>Fertig: 1 Ansprechpartner in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 product or service written to {file}</source>
            <translation>Fertig: 1 Produkt oder Dienstleistung in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 event written to {file}</source>
            <translation>Fertig: 1 Veranstaltung in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 interaction written to {file}</source>
            <translation>Fertig: 1 Aktivität in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 project written to {file}</source>
            <translation>Fertig: 1 Projekt in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 story written to {file}</source>
            <translation>Fertig: 1 Meldung in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 participant written to {file}</source>
            <translation>Fertig: 1 Person in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 label written to {file}</source>
            <translation>Fertig: 1 Etikett in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 name badge written to {file}</source>
            <translation>Fertig: 1 Namensschild in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 programme item written to {file}</source>
            <translation>Fertig: 1 Programmpunkt in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 certificate written to {file}</source>
            <translation>Fertig: 1 Teilnahmebescheinigung in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: 1 page written to {file}</source>
            <translation>Fertig: 1 Seite in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} organisations written to {file}</source>
            <translation>Fertig: {count} Organisationen in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} contacts written to {file}</source>
            <translation>Fertig: {count} Ansprechpartner in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} products and services written to {file}</source>
            <translation>Fertig: {count} Produkte und Dienstleistungen in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} events written to {file}</source>
            <translation>Fertig: {count} Veranstaltungen in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} interactions written to {file}</source>
            <translation>Fertig: {count} Aktivitäten in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} projects written to {file}</source>
            <translation>Fertig: {count} Projekte in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} stories written to {file}</source>
            <translation>Fertig: {count} Meldungen in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} participants written to {file}</source>
            <translation>Fertig: {count} Teilnehmende in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} labels written to {file}</source>
            <translation>Fertig: {count} Etiketten in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} name badges written to {file}</source>
            <translation>Fertig: {count} Namensschilder in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} programme items written to {file}</source>
            <translation>Fertig: {count} Programmpunkte in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} certificates written to {file}</source>
            <translation>Fertig: {count} Teilnahmebescheinigungen in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>Done: {count} pages written to {file}</source>
            <translation>Fertig: {count} Seiten in „{file}“ gespeichert.</translation>
        </message>
        <message>
            <source>This list as a spreadsheet</source>
            <translation>Diese Liste als Tabelle</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-Arbeitsmappe (XLSX)</translation>
        </message>
        <message>
            <source>CSV for German Excel (;)</source>
            <translation>CSV für deutsches Excel (;)</translation>
        </message>
        <message>
            <source>CSV for other programs (,)</source>
            <translation>CSV für andere Programme (,)</translation>
        </message>
        <message>
            <source>Member directory</source>
            <translation>Mitgliederverzeichnis</translation>
        </message>
        <message>
            <source>PDF (to print or send)</source>
            <translation>PDF (zum Drucken oder Versenden)</translation>
        </message>
        <message>
            <source>Address cards (vCard 3.0)</source>
            <translation>Visitenkarten (vCard 3.0)</translation>
        </message>
        <message>
            <source>Address labels of the members</source>
            <translation>Adressetiketten der Mitglieder</translation>
        </message>
        <message>
            <source>A4 sheets of 3 × 8 labels, 70 × 36 mm</source>
            <translation>A4-Bögen mit 3 × 8 Etiketten, 70 × 36 mm</translation>
        </message>
        <message>
            <source>A4 sheets of 2 × 7 labels, 99.1 × 38.1 mm</source>
            <translation>A4-Bögen mit 2 × 7 Etiketten, 99,1 × 38,1 mm</translation>
        </message>
        <message>
            <source>Events calendar</source>
            <translation>Veranstaltungskalender</translation>
        </message>
        <message>
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Participant list</source>
            <translation>Teilnehmerliste</translation>
        </message>
        <message>
            <source>Address labels of the participants</source>
            <translation>Adressetiketten der Teilnehmenden</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Namensschilder</translation>
        </message>
        <message>
            <source>A4 sheets of badges 90 × 55 mm</source>
            <translation>A4-Bögen mit Namensschildern 90 × 55 mm</translation>
        </message>
        <message>
            <source>A4 sheets of badges 85 × 54 mm (card size)</source>
            <translation>A4-Bögen mit Namensschildern 85 × 54 mm (Kartenformat)</translation>
        </message>
        <message>
            <source>A4 sheets of badges 100 × 70 mm</source>
            <translation>A4-Bögen mit Namensschildern 100 × 70 mm</translation>
        </message>
        <message>
            <source>Programme flyer</source>
            <translation>Programmflyer</translation>
        </message>
        <message>
            <source>Certificates of attendance</source>
            <translation>Teilnahmebescheinigungen</translation>
        </message>
        <message>
            <source>Annual activity report</source>
            <translation>Jahresbericht</translation>
        </message>
        <message>
            <source>Press release of the selected story</source>
            <translation>Pressemitteilung der ausgewählten Meldung</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Which file?</source>
            <translation>Welche Datei?</translation>
        </message>
        <message>
            <source>A CSV or Excel list, or address cards (vCard) — from Outlook, Google, Thunderbird, a phone or your own lists. Nothing is written before the preview.</source>
            <translation>Eine CSV- oder Excel-Liste oder Visitenkarten (vCard) – aus Outlook, Google, Thunderbird, einem Telefon oder Ihren eigenen Listen. Vor der Vorschau wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Die zu importierende Datei</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Contacts (with their organisations)</source>
            <translation>Ansprechpartner (mit ihren Organisationen)</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Tabellenblatt</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>“{name}” has no rows under its headers: nothing to import.</source>
            <translation>„{name}“ hat keine Zeilen unter den Spaltenköpfen: nichts zu importieren.</translation>
        </message>
        <message>
            <source>Lists and address cards (*.csv *.txt *.xlsx *.vcf *.vcard)</source>
            <translation>Listen und Visitenkarten (*.csv *.txt *.xlsx *.vcf *.vcard)</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Secretariat</source>
            <translation>Willkommen bei Secretariat</translation>
        </message>
        <message>
            <source>There is no cluster database yet. Secretariat will create one here:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;</source>
            <translation>Es gibt noch keine Cluster-Datenbank. Secretariat legt sie hier an:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>e.g. Wasserstoff-Cluster Rheinland</source>
            <translation>z. B. Wasserstoff-Cluster Rheinland</translation>
        </message>
        <message>
            <source>e.g. Anna Schmidt</source>
            <translation>z. B. Anna Schmidt</translation>
        </message>
        <message>
            <source>Name of your cluster:</source>
            <translation>Name Ihres Clusters:</translation>
        </message>
        <message>
            <source>Your name (for the change history):</source>
            <translation>Ihr Name (für den Änderungsverlauf):</translation>
        </message>
        <message>
            <source>Start with a demo cluster</source>
            <translation>Mit einem Demo-Cluster beginnen</translation>
        </message>
        <message>
            <source>100 invented organisations, to try things out</source>
            <translation>100 erfundene Organisationen, um alles auszuprobieren</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Mit einer leeren Datenbank beginnen</translation>
        </message>
        <message>
            <source>Create database</source>
            <translation>Datenbank anlegen</translation>
        </message>
        <message>
            <source>Quit Secretariat without creating a database?</source>
            <translation>Secretariat beenden, ohne eine Datenbank anzulegen?</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Start with a demo cluster (100 invented organisations) to try things out</source>
            <translation type="vanished">Mit einem Demo-Cluster beginnen (100 erfundene Organisationen), um alles auszuprobieren</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>LinkedRecords</name>
        <message>
            <source>Type a name to add…</source>
            <translation>Namen eingeben, um hinzuzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Fields changed</source>
            <translation>Geänderte Felder</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Mögliche Dubletten</translation>
        </message>
        <message>
            <source>The two records, field by field</source>
            <translation>Die beiden Datensätze, Feld für Feld</translation>
        </message>
        <message>
            <source>{organisations} organisations · {contacts} contacts · {events} events — {file}</source>
            <translation>{organisations} Organisationen · {contacts} Ansprechpartner · {events} Veranstaltungen – {file}</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (schreibgeschützt)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Neue Datenbank…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>&amp;Dubletten finden…</translation>
        </message>
        <message>
            <source>Imports and &amp;merges…</source>
            <translation>Importe und Zusa&amp;mmenführungen…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>&amp;Kopie speichern unter…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Contacts without &amp;activity…</source>
            <translation>Ansprechpartner ohne &amp;Aktivität…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Su&amp;chen</translation>
        </message>
        <message>
            <source>&amp;Cancel changes</source>
            <translation>&amp;Änderungen verwerfen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Secretariat</source>
            <translation>Ü&amp;ber Secretariat</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>New cluster database</source>
            <translation>Neue Cluster-Datenbank</translation>
        </message>
        <message>
            <source>“{path}” already exists.</source>
            <translation>„{path}“ gibt es bereits.</translation>
        </message>
        <message>
            <source>Use File → Open for an existing database.</source>
            <translation>Öffnen Sie eine vorhandene Datenbank mit Datei → Öffnen.</translation>
        </message>
        <message>
            <source>Open a cluster database</source>
            <translation>Cluster-Datenbank öffnen</translation>
        </message>
        <message>
            <source>Today's automatic backup was not taken. {why}</source>
            <translation>Die automatische Sicherung von heute wurde nicht angelegt. {why}</translation>
        </message>
        <message>
            <source>Backup written to {path}</source>
            <translation>Sicherung gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Save a copy of the database</source>
            <translation>Kopie der Datenbank speichern</translation>
        </message>
        <message>
            <source>Copy written to {path}</source>
            <translation>Kopie gespeichert unter {path}</translation>
        </message>
        <message>
            <source>This database is open read-only, so it cannot be replaced.</source>
            <translation>Diese Datenbank ist schreibgeschützt geöffnet und kann daher nicht ersetzt werden.</translation>
        </message>
        <message>
            <source>Open it normally to restore a backup into it.</source>
            <translation>Öffnen Sie sie normal, um eine Sicherung darin wiederherzustellen.</translation>
        </message>
        <message>
            <source>Replace the open database with the backup “{backup}”? A copy of the current database is kept as a backup first.</source>
            <translation>Möchten Sie die geöffnete Datenbank durch die Sicherung „{backup}“ ersetzen? Vorher wird eine Kopie der aktuellen Datenbank als Sicherung angelegt.</translation>
        </message>
        <message>
            <source>Restored. The previous state is kept as {path}</source>
            <translation>Wiederhergestellt. Der vorherige Stand ist gespeichert als {path}</translation>
        </message>
        <message>
            <source>About Secretariat</source>
            <translation>Über Secretariat</translation>
        </message>
        <message>
            <source>&lt;b&gt;Secretariat {version}&lt;/b&gt;&lt;p&gt;The back office of a business-cluster secretariat.&lt;/p&gt;&lt;p&gt;Database: {path} (schema {schema})&lt;br&gt;Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
            <translation>&lt;b&gt;Secretariat {version}&lt;/b&gt;&lt;p&gt;Die Geschäftsstelle eines Unternehmensclusters.&lt;/p&gt;&lt;p&gt;Datenbank: {path} (Schema {schema})&lt;br&gt;Qt {qt}, PySide6 {pyside}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Secretariat-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="vanished">Jetzt &amp;sichern…</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation type="vanished">Datenbank sichern</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="vanished">Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the open database with the backup “{backup}”? A copy of the current database is kept in the backups folder.</source>
            <translation type="vanished">Möchten Sie die geöffnete Datenbank durch die Sicherung „{backup}“ ersetzen? Eine Kopie der aktuellen Datenbank bleibt im Sicherungsordner erhalten.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Which column goes where?</source>
            <translation>Welche Spalte gehört wohin?</translation>
        </message>
        <message>
            <source>Recognised from the headers; change any column, or ignore it.</source>
            <translation>An den Spaltenköpfen erkannt; Sie können jede Spalte ändern oder ignorieren.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Goes into</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>Load mapping…</source>
            <translation>Zuordnung laden…</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Zuordnung speichern…</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— ignorieren —</translation>
        </message>
        <message>
            <source>Load mapping</source>
            <translation>Zuordnung laden</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>Zuordnungen (*.json)</translation>
        </message>
        <message>
            <source>This mapping is for another kind of import.</source>
            <translation>Diese Zuordnung gehört zu einer anderen Art von Import.</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Organisation: Name</source>
            <translation>Organisation: Name</translation>
        </message>
        <message>
            <source>Organisation: Kind</source>
            <translation>Organisation: Art</translation>
        </message>
        <message>
            <source>Organisation: Member (yes/no)</source>
            <translation>Organisation: Mitglied (ja/nein)</translation>
        </message>
        <message>
            <source>Organisation: Customer (yes/no)</source>
            <translation>Organisation: Kunde (ja/nein)</translation>
        </message>
        <message>
            <source>Organisation: Partner (yes/no)</source>
            <translation>Organisation: Partner (ja/nein)</translation>
        </message>
        <message>
            <source>Organisation: Prospect (yes/no)</source>
            <translation>Organisation: Interessent (ja/nein)</translation>
        </message>
        <message>
            <source>Organisation: Member since</source>
            <translation>Organisation: Mitglied seit</translation>
        </message>
        <message>
            <source>Organisation: Member until</source>
            <translation>Organisation: Mitglied bis</translation>
        </message>
        <message>
            <source>Organisation: Fee tier</source>
            <translation>Organisation: Beitragsstufe</translation>
        </message>
        <message>
            <source>Organisation: Size class</source>
            <translation>Organisation: Größenklasse</translation>
        </message>
        <message>
            <source>Organisation: Employees</source>
            <translation>Organisation: Beschäftigte</translation>
        </message>
        <message>
            <source>Organisation: Sector</source>
            <translation>Organisation: Branche</translation>
        </message>
        <message>
            <source>Organisation: Cluster roles</source>
            <translation>Organisation: Clusterrollen</translation>
        </message>
        <message>
            <source>Organisation: Themes</source>
            <translation>Organisation: Themen</translation>
        </message>
        <message>
            <source>Organisation: Description</source>
            <translation>Organisation: Beschreibung</translation>
        </message>
        <message>
            <source>Organisation: Street</source>
            <translation>Organisation: Straße</translation>
        </message>
        <message>
            <source>Organisation: Postcode</source>
            <translation>Organisation: PLZ</translation>
        </message>
        <message>
            <source>Organisation: City</source>
            <translation>Organisation: Ort</translation>
        </message>
        <message>
            <source>Organisation: Country</source>
            <translation>Organisation: Land</translation>
        </message>
        <message>
            <source>Organisation: Website</source>
            <translation>Organisation: Website</translation>
        </message>
        <message>
            <source>Organisation: E-mail</source>
            <translation>Organisation: E-Mail</translation>
        </message>
        <message>
            <source>Organisation: Phone</source>
            <translation>Organisation: Telefon</translation>
        </message>
        <message>
            <source>Contact: Salutation</source>
            <translation>Ansprechpartner: Anrede</translation>
        </message>
        <message>
            <source>Contact: Title</source>
            <translation>Ansprechpartner: Titel</translation>
        </message>
        <message>
            <source>Contact: First name</source>
            <translation>Ansprechpartner: Vorname</translation>
        </message>
        <message>
            <source>Contact: Last name</source>
            <translation>Ansprechpartner: Nachname</translation>
        </message>
        <message>
            <source>Contact: Full name (split into first and last name)</source>
            <translation>Ansprechpartner: voller Name (in Vor- und Nachname geteilt)</translation>
        </message>
        <message>
            <source>Contact: Position</source>
            <translation>Ansprechpartner: Funktion</translation>
        </message>
        <message>
            <source>Contact: E-mail</source>
            <translation>Ansprechpartner: E-Mail</translation>
        </message>
        <message>
            <source>Contact: Phone</source>
            <translation>Ansprechpartner: Telefon</translation>
        </message>
        <message>
            <source>Contact: Mobile</source>
            <translation>Ansprechpartner: Mobil</translation>
        </message>
        <message>
            <source>Contact: Phone or mobile (as its type column says)</source>
            <translation>Ansprechpartner: Telefon oder Mobil (je nach Spalte für die Art)</translation>
        </message>
        <message>
            <source>Contact: Language</source>
            <translation>Ansprechpartner: Sprache</translation>
        </message>
        <message>
            <source>Contact: Cluster roles</source>
            <translation>Ansprechpartner: Clusterrollen</translation>
        </message>
        <message>
            <source>Contact: Notes</source>
            <translation>Ansprechpartner: Notizen</translation>
        </message>
        <message>
            <source>Contact: Listed in the directory (yes/no)</source>
            <translation>Ansprechpartner: im Verzeichnis aufgeführt (ja/nein)</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemDialog</name>
        <message>
            <source>Open a backup…</source>
            <translation>Sicherung öffnen…</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Andere Datei wählen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose a database</source>
            <translation>Datenbank wählen</translation>
        </message>
        <message>
            <source>Open a backup</source>
            <translation>Sicherung öffnen</translation>
        </message>
        <message>
            <source>Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Secretariat-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Put the backup “{backup}” in place of “{file}”?</source>
            <translation>Möchten Sie „{file}“ durch die Sicherung „{backup}“ ersetzen?</translation>
        </message>
        <message>
            <source>The file as it is now is kept in the backups folder, so nothing is lost.</source>
            <translation>Die Datei in ihrem jetzigen Zustand bleibt im Sicherungsordner erhalten; es geht also nichts verloren.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>In this database</source>
            <translation>In dieser Datenbank</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Products and services</source>
            <translation>Produkte und Dienstleistungen</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Members joined and left this year</source>
            <translation>Ein- und Austritte in diesem Jahr</translation>
        </message>
        <message>
            <source>Next events</source>
            <translation>Nächste Veranstaltungen</translation>
        </message>
        <message>
            <source>Checklist tasks: overdue and due this week</source>
            <translation>Aufgaben der Checklisten: überfällig und diese Woche fällig</translation>
        </message>
        <message>
            <source>Changed by colleagues in the last 14 days</source>
            <translation>Von Kolleginnen und Kollegen geändert (letzte 14 Tage)</translation>
        </message>
        <message>
            <source>Your cluster</source>
            <translation>Ihr Cluster</translation>
        </message>
        <message>
            <source>potential cluster</source>
            <translation>Cluster in der Entstehung</translation>
        </message>
        <message>
            <source>growing cluster</source>
            <translation>wachsender Cluster</translation>
        </message>
        <message>
            <source>mature cluster</source>
            <translation>etablierter Cluster</translation>
        </message>
        <message>
            <source>{taken} of {capacity} seats</source>
            <translation>{taken} von {capacity} Plätzen</translation>
        </message>
        <message>
            <source>{taken} registered</source>
            <translation>{taken} angemeldet</translation>
        </message>
        <message>
            <source>{waiting} waiting</source>
            <translation>{waiting} auf der Warteliste</translation>
        </message>
        <message>
            <source>No events planned.</source>
            <translation>Keine Veranstaltungen geplant.</translation>
        </message>
        <message>
            <source>{due}  {task} — {event}{owner}</source>
            <translation>{due}  {task} – {event}{owner}</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Nichts fällig.</translation>
        </message>
        <message>
            <source>{when}  {who}: {record} {what}</source>
            <translation>{when}  {who}: {record} {what}</translation>
        </message>
        <message>
            <source>No changes by others.</source>
            <translation>Keine Änderungen durch andere.</translation>
        </message>
        <message>
            <source>left {date}: {name}</source>
            <translation>ausgetreten {date}: {name}</translation>
        </message>
        <message>
            <source>leaves {date}: {name}</source>
            <translation>tritt aus {date}: {name}</translation>
        </message>
        <message>
            <source>joined {date}: {name}</source>
            <translation>eingetreten {date}: {name}</translation>
        </message>
        <message>
            <source>No one joined or left this year.</source>
            <translation>In diesem Jahr gab es keine Ein- oder Austritte.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>What will happen</source>
            <translation>Was geschehen wird</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Choose for each duplicate whether to skip it, update the record already there, or create it anyway.</source>
            <translation>Bisher wurde nichts gespeichert. Wählen Sie für jede Dublette, ob sie übersprungen, der vorhandene Datensatz aktualisiert oder trotzdem ein neuer angelegt werden soll.</translation>
        </message>
        <message>
            <source>as chosen per row</source>
            <translation>wie je Zeile gewählt</translation>
        </message>
        <message>
            <source>Updates overwrite fields that already have a value</source>
            <translation>Aktualisierungen überschreiben Felder, die schon einen Wert haben</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Abgelehnte Zeilen speichern…</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>All duplicates:</source>
            <translation>Alle Dubletten:</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Jede Zeile wird geprüft…</translation>
        </message>
        <message>
            <source>The file could not be checked.</source>
            <translation>Die Datei konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <source>Will be: {summary}.</source>
            <translation>Ergebnis: {summary}.</translation>
        </message>
        <message>
            <source>{count} new organisations for the contacts.</source>
            <translation>{count} neue Organisationen für die Ansprechpartner.</translation>
        </message>
        <message>
            <source>The list shows the first {shown} of {count} rows, those to look at first.</source>
            <translation>Die Liste zeigt die ersten {shown} von {count} Zeilen, die zuerst geprüft werden sollten.</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Abgelehnte Zeilen speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>{count} rejected rows saved; fix them and import that file.</source>
            <translation>{count} abgelehnte Zeilen gespeichert; korrigieren Sie sie und importieren Sie diese Datei.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Add: {what}</source>
            <translation>Hinzufügen: {what}</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>e.g. {date}</source>
            <translation>z. B. {date}</translation>
        </message>
        <message>
            <source>e.g. {date}, or only {time} on the day shown</source>
            <translation>z. B. {date} oder nur {time} am angezeigten Tag</translation>
        </message>
        <message>
            <source>amount in euros</source>
            <translation>Betrag in Euro</translation>
        </message>
        <message>
            <source>name@example.de</source>
            <translation>name@beispiel.de</translation>
        </message>
        <message>
            <source>with area code</source>
            <translation>mit Vorwahl</translation>
        </message>
        <message>
            <source>www.example.de</source>
            <translation>www.beispiel.de</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Search (part of a name)…</source>
            <translation>Suchen (Teil eines Namens)…</translation>
        </message>
        <message>
            <source>Part of a name is enough, and accents are not needed: muller finds Müller.</source>
            <translation>Ein Teil des Namens genügt, Umlaute und Akzente sind nicht nötig: muller findet Müller.</translation>
        </message>
        <message>
            <source>Search: {title}</source>
            <translation>Suchen: {title}</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Save this list, or documents made from it, as a file</source>
            <translation>Diese Liste oder daraus erstellte Dokumente als Datei speichern</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>{count} gefunden</translation>
        </message>
        <message>
            <source>New {noun}</source>
            <translation>{noun} (neu)</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Gespeichert: {name}</translation>
        </message>
        <message>
            <source>Your changes are kept on top of the current version; save when ready.</source>
            <translation>Ihre Änderungen bleiben über dem aktuellen Stand erhalten; speichern Sie, wenn Sie fertig sind.</translation>
        </message>
        <message>
            <source>Deleted: {name}</source>
            <translation>Gelöscht: {name}</translation>
        </message>
        <message>
            <source>Delete the {name}?</source>
            <translation>{name} löschen?</translation>
        </message>
        <message>
            <source>Also deleted: {items}.</source>
            <translation>Ebenfalls gelöscht werden: {items}.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>All current members</source>
            <translation>Alle aktuellen Mitglieder</translation>
        </message>
        <message>
            <source>All: {title}</source>
            <translation>Alle: {title}</translation>
        </message>
        <message>
            <source>The {count} shown in the list</source>
            <translation>Die {count} in der Liste gezeigten</translation>
        </message>
        <message>
            <source>Only “{name}”</source>
            <translation>Nur „{name}“</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Personal data report…</source>
            <translation>Auskunft über personenbezogene Daten…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Diese Person löschen…</translation>
        </message>
        <message>
            <source>Personal data written to {file}</source>
            <translation>Personenbezogene Daten gespeichert in {file}</translation>
        </message>
        <message>
            <source>The person was erased; a backup was taken before.</source>
            <translation>Die Person wurde gelöscht; vorher wurde eine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>product or service</source>
            <translation>Produkt oder Dienstleistung</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>Veranstaltungsort</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>programme item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>story</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Search (part of a name, no accents needed)…</source>
            <translation type="vanished">Suchen (Teil eines Namens, Umlaute nicht nötig)…</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Type to search…</source>
            <translation>Zum Suchen tippen…</translation>
        </message>
    </context>
    <context>
        <name>RelatedPanel</name>
        <message>
            <source>Double-click to open</source>
            <translation>Doppelklick zum Öffnen</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>The backups of “{name}”, newest first. Restoring replaces the open database; a copy of it is kept as a backup first.</source>
            <translation>Die Sicherungen von „{name}“, die neueste zuerst. Beim Wiederherstellen wird die geöffnete Datenbank ersetzt; vorher wird eine Kopie davon als Sicherung angelegt.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Andere Datei…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>von Hand</translation>
        </message>
        <message>
            <source>before import</source>
            <translation>vor einem Import</translation>
        </message>
        <message>
            <source>before merge</source>
            <translation>vor einer Zusammenführung</translation>
        </message>
        <message>
            <source>before undo</source>
            <translation>vor einem Rückgängigmachen</translation>
        </message>
        <message>
            <source>before restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>before erasure</source>
            <translation>vor einer Löschung</translation>
        </message>
        <message>
            <source>before upgrade</source>
            <translation>vor einer Aktualisierung</translation>
        </message>
        <message>
            <source>Restore from another file</source>
            <translation>Aus einer anderen Datei wiederherstellen</translation>
        </message>
        <message>
            <source>Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Secretariat-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Importing</source>
            <translation>Import läuft</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Diesen Import rückgängig machen</translation>
        </message>
        <message>
            <source>Importing… Cancel stops it; then nothing is imported.</source>
            <translation>Import läuft… „Abbrechen“ hält ihn an; dann wird nichts importiert.</translation>
        </message>
        <message>
            <source>Done: {summary}. This import is batch {batch}; it can be undone.</source>
            <translation>Fertig: {summary}. Dieser Import ist Vorgang {batch}; er kann rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was imported.</source>
            <translation>Abgebrochen. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>Es wurde nichts importiert: {problem}</translation>
        </message>
        <message>
            <source>The import failed; nothing was imported.</source>
            <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>The import was undone: {outcome}.</source>
            <translation>Der Import wurde rückgängig gemacht: {outcome}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Contacts without activity</source>
            <translation>Ansprechpartner ohne Aktivität</translation>
        </message>
        <message>
            <source>Contacts with no registration, interaction, consent or change for the number of years chosen. Erasing anonymises them everywhere; event registrations stay as anonymous counts.</source>
            <translation>Ansprechpartner ohne Anmeldung, Aktivität, Einwilligung oder Änderung in der gewählten Zahl von Jahren. Beim Löschen werden sie überall anonymisiert; Anmeldungen zu Veranstaltungen bleiben als anonyme Zahlen erhalten.</translation>
        </message>
        <message>
            <source> years</source>
            <translation> Jahre</translation>
        </message>
        <message>
            <source>No activity for at least</source>
            <translation>Keine Aktivität seit mindestens</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <source>Anonymise selected…</source>
            <translation>Ausgewählte anonymisieren…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>No contact has been inactive that long.</source>
            <translation>Kein Ansprechpartner ist so lange ohne Aktivität.</translation>
        </message>
        <message>
            <source>{count} contact(s) without activity.</source>
            <translation>Ansprechpartner ohne Aktivität: {count}.</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> und {count} weitere</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Anonymisieren</translation>
        </message>
        <message>
            <source>Anonymise {count} contact(s): {names}?</source>
            <translation>Möchten Sie {count} Ansprechpartner anonymisieren: {names}?</translation>
        </message>
        <message>
            <source>Their names, e-mail addresses, phone numbers and notes are removed everywhere. A backup is taken first. This cannot be undone, except by restoring that backup.</source>
            <translation>Namen, E-Mail-Adressen, Telefonnummern und Notizen werden überall entfernt. Vorher wird eine Sicherung angelegt. Das lässt sich nur durch Wiederherstellen dieser Sicherung rückgängig machen.</translation>
        </message>
        <message>
            <source>{count} contact(s) anonymised.</source>
            <translation>Anonymisierte Ansprechpartner: {count}.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong inside Secretariat. What you saved before is safe. Please send the report below to whoever looks after the program.</source>
            <translation>In Secretariat ist ein Fehler aufgetreten. Was Sie zuvor gespeichert haben, ist sicher. Bitte senden Sie den folgenden Bericht an die Person, die das Programm betreut.</translation>
        </message>
        <message>
            <source>The report is also in the log file: {path}</source>
            <translation>Der Bericht steht auch in der Protokolldatei: {path}</translation>
        </message>
    </context>
    <context>
        <name>counted</name>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} und {last}</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>project participation</source>
            <translation>Projektbeteiligung</translation>
        </message>
        <message>
            <source>project participations</source>
            <translation>Projektbeteiligungen</translation>
        </message>
        <message>
            <source>product or service</source>
            <translation>Produkt oder Dienstleistung</translation>
        </message>
        <message>
            <source>products and services</source>
            <translation>Produkte und Dienstleistungen</translation>
        </message>
        <message>
            <source>mention in an interaction</source>
            <translation>Erwähnung in einer Aktivität</translation>
        </message>
        <message>
            <source>mentions in interactions</source>
            <translation>Erwähnungen in Aktivitäten</translation>
        </message>
        <message>
            <source>event registration</source>
            <translation>Veranstaltungsanmeldung</translation>
        </message>
        <message>
            <source>event registrations</source>
            <translation>Veranstaltungsanmeldungen</translation>
        </message>
        <message>
            <source>consent record</source>
            <translation>Einwilligungseintrag</translation>
        </message>
        <message>
            <source>consent records</source>
            <translation>Einwilligungseinträge</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>programme item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>programme items</source>
            <translation>Programmpunkte</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>registrations</source>
            <translation>Anmeldungen</translation>
        </message>
        <message>
            <source>checklist task</source>
            <translation>Checklistenaufgabe</translation>
        </message>
        <message>
            <source>checklist tasks</source>
            <translation>Checklistenaufgaben</translation>
        </message>
        <message>
            <source>budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>budget lines</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>participations</source>
            <translation>Beteiligungen</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>You have changed the {name} without saving.</source>
            <translation>Ihre Änderungen ({name}) sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Möchten Sie die Änderungen speichern?</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The {what} could not be laid out.</source>
            <translation>Das Dokument ({what}) konnte nicht gesetzt werden.</translation>
        </message>
        <message>
            <source>Please report this problem: {__name__}: {problem}</source>
            <translation>Bitte melden Sie dieses Problem: {__name__}: {problem}</translation>
        </message>
        <message>
            <source>The event #{event_id} does not exist (any more).</source>
            <translation>Die Veranstaltung #{event_id} gibt es nicht (mehr).</translation>
        </message>
        <message>
            <source>It may have been deleted by someone else; reload the list.</source>
            <translation>Vielleicht hat jemand anderes sie gelöscht; laden Sie die Liste neu.</translation>
        </message>
        <message>
            <source>Nobody is marked as attended yet.</source>
            <translation>Noch niemand ist als anwesend markiert.</translation>
        </message>
        <message>
            <source>The certificates of attendance did not fit one page each.</source>
            <translation>Die Teilnahmebescheinigungen passten nicht auf je eine Seite.</translation>
        </message>
        <message>
            <source>Please shorten the event's title or programme.</source>
            <translation>Bitte kürzen Sie den Titel oder das Programm der Veranstaltung.</translation>
        </message>
        <message>
            <source>There is no event #{event_id}.</source>
            <translation>Es gibt keine Veranstaltung #{event_id}.</translation>
        </message>
        <message>
            <source>“{path}” does not end in .pdf or .json.</source>
            <translation>„{path}“ endet nicht auf .pdf oder .json.</translation>
        </message>
        <message>
            <source>The ending chooses the format: .pdf to read, .json for another program.</source>
            <translation>Die Endung bestimmt das Format: .pdf zum Lesen, .json für ein anderes Programm.</translation>
        </message>
        <message>
            <source>“{path}” is a folder.</source>
            <translation>„{path}“ ist ein Ordner.</translation>
        </message>
        <message>
            <source>Choose a file name.</source>
            <translation>Wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist.</source>
            <translation>Den Ordner „{folder}“ gibt es nicht.</translation>
        </message>
        <message>
            <source>Choose another place, or create it first.</source>
            <translation>Wählen Sie einen anderen Ort, oder legen Sie den Ordner zuerst an.</translation>
        </message>
        <message>
            <source>You may not write to “{path}”.</source>
            <translation>Sie dürfen nicht in „{path}“ schreiben.</translation>
        </message>
        <message>
            <source>Choose another place, e.g. your Documents folder.</source>
            <translation>Wählen Sie einen anderen Ort, z. B. Ihren Ordner „Dokumente“.</translation>
        </message>
        <message>
            <source>“{path}” could not be written: {reason}.</source>
            <translation>„{path}“ konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>“{target}” is not a field of an import of {kind}.</source>
            <translation>„{target}“ ist kein Feld eines Imports von {kind}.</translation>
        </message>
        <message>
            <source>This is not a saved column mapping of the secretariat.</source>
            <translation>Dies ist keine gespeicherte Spaltenzuordnung von Secretariat.</translation>
        </message>
        <message>
            <source>The mapping could not be saved to “{name}”: {value}.</source>
            <translation>Die Zuordnung konnte nicht unter „{name}“ gespeichert werden: {value}.</translation>
        </message>
        <message>
            <source>“{name}” could not be read as a saved mapping.</source>
            <translation>„{name}“ konnte nicht als gespeicherte Zuordnung gelesen werden.</translation>
        </message>
        <message>
            <source>A {noun} cannot be merged with itself.</source>
            <translation>Ein Datensatz ({noun}) kann nicht mit sich selbst zusammengeführt werden.</translation>
        </message>
        <message>
            <source>The {noun} #{record_id} does not exist (any more).</source>
            <translation>{noun} #{record_id} gibt es nicht (mehr).</translation>
        </message>
        <message>
            <source>Reload the list.</source>
            <translation>Laden Sie die Liste neu.</translation>
        </message>
        <message>
            <source>The {kind} was changed by {db} after you opened it. Nothing was merged.</source>
            <translation>Der Datensatz ({kind}) wurde von {db} geändert, nachdem Sie ihn geöffnet haben. Es wurde nichts zusammengeführt.</translation>
        </message>
        <message>
            <source>Look at both records again.</source>
            <translation>Sehen Sie sich beide Datensätze noch einmal an.</translation>
        </message>
        <message>
            <source>“{name}” is in a spreadsheet format the import cannot read ({suffix}). Save it as an Excel workbook (.xlsx) or as .csv and try again.</source>
            <translation>„{name}“ hat ein Tabellenformat, das der Import nicht lesen kann ({suffix}). Speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) oder als .csv und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is not a file the import can read. Choose a .csv, .xlsx or .vcf file (save it in one of these formats first).</source>
            <translation>„{name}“ ist keine Datei, die der Import lesen kann. Wählen Sie eine .csv-, .xlsx- oder .vcf-Datei (speichern Sie sie vorher in einem dieser Formate).</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more). Choose the file again.</source>
            <translation>„{name}“ gibt es nicht (mehr). Wählen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose a file.</source>
            <translation>„{name}“ ist ein Ordner. Wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>You may not read “{name}”. Copy it to your Documents folder and try again.</source>
            <translation>Sie dürfen „{name}“ nicht lesen. Kopieren Sie die Datei in Ihren Dokumente-Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({value}). Copy it to your computer and try again.</source>
            <translation>„{name}“ konnte nicht gelesen werden ({value}). Kopieren Sie die Datei auf Ihren Computer und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” says it is {label} text but is damaged. Save it again as CSV UTF-8 and try again.</source>
            <translation>„{name}“ gibt sich als {label}-Text aus, ist aber beschädigt. Speichern Sie die Datei erneut als CSV UTF-8 und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file. Save it as CSV (or export it as vCard) and try again.</source>
            <translation>„{name}“ ist keine Textdatei. Speichern Sie sie als CSV (oder exportieren Sie sie als vCard) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is an Excel workbook, not a CSV file. Rename it to .xlsx (or save it from Excel as CSV) and try again.</source>
            <translation>„{name}“ ist eine Excel-Arbeitsmappe, keine CSV-Datei. Benennen Sie sie in .xlsx um (oder speichern Sie sie in Excel als CSV) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is not a well-formed CSV file ({problem}). Open it in Excel, save it as CSV again and try again.</source>
            <translation>„{name}“ ist keine fehlerfreie CSV-Datei ({problem}). Öffnen Sie sie in Excel, speichern Sie sie erneut als CSV und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or .csv and try again.</source>
            <translation>„{name}“ ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie in Excel als .xlsx oder .csv und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx) or is damaged. Save it from Excel as .xlsx or .csv and try again.</source>
            <translation>„{name}“ ist keine Excel-Arbeitsmappe (.xlsx) oder ist beschädigt. Speichern Sie sie in Excel als .xlsx oder .csv und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” is damaged: its sheets could not be read. Open it in Excel, save it again as .xlsx or .csv and try again.</source>
            <translation>„{name}“ ist beschädigt: Die Tabellenblätter konnten nicht gelesen werden. Öffnen Sie die Datei in Excel, speichern Sie sie erneut als .xlsx oder .csv und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”. Choose one of: {value}.</source>
            <translation>„{name}“ hat kein Tabellenblatt „{sheet}“. Wählen Sie eines von: {value}.</translation>
        </message>
        <message>
            <source>“{name}” holds no vCards. Export the contacts again as vCard (.vcf) and try again.</source>
            <translation>„{name}“ enthält keine vCards. Exportieren Sie die Kontakte erneut als vCard (.vcf) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no import or merge #{batch_id}.</source>
            <translation>Es gibt keinen Import und keine Zusammenführung Nr. {batch_id}.</translation>
        </message>
        <message>
            <source>The {what} was already undone ({batch} UTC, by {batch2}).</source>
            <translation>Der Vorgang ({what}) wurde bereits rückgängig gemacht ({batch} UTC, von {batch2}).</translation>
        </message>
        <message>
            <source>The {what} cannot be undone: the {name} was {how} after it, last by {db}.</source>
            <translation>Der Vorgang ({what}) kann nicht rückgängig gemacht werden: {name} wurde danach geändert ({how}), zuletzt von {db}.</translation>
        </message>
        <message>
            <source>Undo that change first, or correct the records by hand.</source>
            <translation>Machen Sie zuerst diese Änderung rückgängig oder korrigieren Sie die Datensätze von Hand.</translation>
        </message>
        <message>
            <source>The {what} cannot be undone: the {value}, which it created, now has a {noun} added later.</source>
            <translation>Der Vorgang ({what}) kann nicht rückgängig gemacht werden: Zu {value}, das er angelegt hat, wurde später ein Datensatz ({noun}) hinzugefügt.</translation>
        </message>
        <message>
            <source>Remove that first, or correct the records by hand.</source>
            <translation>Entfernen Sie diesen zuerst oder korrigieren Sie die Datensätze von Hand.</translation>
        </message>
        <message>
            <source>No backup could be written to the folder “{folder}” ({value}).</source>
            <translation>In den Ordner „{folder}“ konnte keine Sicherung geschrieben werden ({value}).</translation>
        </message>
        <message>
            <source>Check that the folder can be written to and that the disk has space.</source>
            <translation>Prüfen Sie, ob in den Ordner geschrieben werden darf und ob auf dem Datenträger Platz ist.</translation>
        </message>
        <message>
            <source>“{path}” is read-only: Secretariat may read it, but not change it.</source>
            <translation>„{path}“ ist schreibgeschützt: Secretariat darf die Datei lesen, aber nicht ändern.</translation>
        </message>
        <message>
            <source>The folder “{parent}” is read-only: no database can be created there.</source>
            <translation>Der Ordner „{parent}“ ist schreibgeschützt: Dort kann keine Datenbank angelegt werden.</translation>
        </message>
        <message>
            <source>The folder “{parent}” is read-only, so Secretariat cannot save changes to “{name}” there.</source>
            <translation>Der Ordner „{parent}“ ist schreibgeschützt, daher kann Secretariat dort keine Änderungen an „{name}“ speichern.</translation>
        </message>
        <message>
            <source>Open it read-only to look things up, or copy it to a folder where you may write.</source>
            <translation>Öffnen Sie sie schreibgeschützt zum Nachschlagen, oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Choose another place.</source>
            <translation>Wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>This database is open read-only, so nothing can be changed in it.</source>
            <translation>Diese Datenbank ist schreibgeschützt geöffnet; darin kann nichts geändert werden.</translation>
        </message>
        <message>
            <source>To make changes, open it again normally from a folder where you may write.</source>
            <translation>Um Änderungen vorzunehmen, öffnen Sie sie erneut normal aus einem Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself.</source>
            <translation>Eine Sicherung kann nicht über die Datenbank selbst geschrieben werden.</translation>
        </message>
        <message>
            <source>Choose another file name.</source>
            <translation>Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a database file.</source>
            <translation>„{path}“ ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <translation>Wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist (any more).</source>
            <translation>Den Ordner „{parent}“ gibt es nicht (mehr).</translation>
        </message>
        <message>
            <source>If it is on a network drive or a USB stick, connect it and try again; or choose another file.</source>
            <translation>Liegt er auf einem Netzlaufwerk oder USB-Stick, verbinden Sie diesen und versuchen Sie es erneut; oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>There is no database at “{path}”.</source>
            <translation>Unter „{path}“ gibt es keine Datenbank.</translation>
        </message>
        <message>
            <source>Check the file name.</source>
            <translation>Prüfen Sie den Dateinamen.</translation>
        </message>
        <message>
            <source>“{path}” is an empty file, not a Secretariat database.</source>
            <translation>„{path}“ ist eine leere Datei, keine Secretariat-Datenbank.</translation>
        </message>
        <message>
            <source>Open a backup, or delete the empty file and create a new database.</source>
            <translation>Öffnen Sie eine Sicherung, oder löschen Sie die leere Datei und legen Sie eine neue Datenbank an.</translation>
        </message>
        <message>
            <source>“{path}” is not a Secretariat database (it is not an SQLite file).</source>
            <translation>„{path}“ ist keine Secretariat-Datenbank (es ist keine SQLite-Datei).</translation>
        </message>
        <message>
            <source>Choose a Secretariat database, or open a backup.</source>
            <translation>Wählen Sie eine Secretariat-Datenbank, oder öffnen Sie eine Sicherung.</translation>
        </message>
        <message>
            <source>“{path}” {damage}.</source>
            <translation>„{path}“ {damage}.</translation>
        </message>
        <message>
            <source>Open a backup, or choose another file.</source>
            <translation>Öffnen Sie eine Sicherung, oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>You may not read “{path}”.</source>
            <translation>Sie dürfen „{path}“ nicht lesen.</translation>
        </message>
        <message>
            <source>Ask whoever manages the computer for access.</source>
            <translation>Bitten Sie die Person, die den Computer betreut, um Zugriff.</translation>
        </message>
        <message>
            <source>“{path}” is an empty SQLite file, not a Secretariat database.</source>
            <translation>„{path}“ ist eine leere SQLite-Datei, keine Secretariat-Datenbank.</translation>
        </message>
        <message>
            <source>Choose another file.</source>
            <translation>Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>“{path}” was made by an earlier version of Secretariat. It must be brought up to date before this version can read it, and that means writing to it.</source>
            <translation>„{path}“ wurde mit einer früheren Version von Secretariat angelegt. Die Datei muss erst aktualisiert werden, bevor diese Version sie lesen kann, und dafür muss in sie geschrieben werden.</translation>
        </message>
        <message>
            <source>Copy it to a folder where you may write and open the copy.</source>
            <translation>Kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
        </message>
        <message>
            <source>The backup “{source}” is damaged ({problems}); nothing was restored.</source>
            <translation>Die Sicherung „{source}“ ist beschädigt ({problems}); es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>Choose another backup.</source>
            <translation>Wählen Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>“{source}” is an empty SQLite file, not a Secretariat backup; nothing was restored.</source>
            <translation>„{source}“ ist eine leere SQLite-Datei, keine Secretariat-Sicherung; es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>A database cannot be restored from itself.</source>
            <translation>Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Choose a backup file.</source>
            <translation>Wählen Sie eine Sicherungsdatei.</translation>
        </message>
        <message>
            <source>{where} is an SQLite database, but not a Secretariat database.</source>
            <translation>{where} ist eine SQLite-Datenbank, aber keine Secretariat-Datenbank.</translation>
        </message>
        <message>
            <source>Choose a Secretariat database, or create a new one.</source>
            <translation>Wählen Sie eine Secretariat-Datenbank, oder legen Sie eine neue an.</translation>
        </message>
        <message>
            <source>{where} was made by a newer version of Secretariat (schema {version}; this program knows schema {latest} at most).</source>
            <translation>{where} wurde mit einer neueren Version von Secretariat angelegt (Schema {version}; dieses Programm kennt höchstens Schema {latest}).</translation>
        </message>
        <message>
            <source>Update Secretariat, or open a backup made with this version.</source>
            <translation>Aktualisieren Sie Secretariat, oder öffnen Sie eine Sicherung, die mit dieser Version angelegt wurde.</translation>
        </message>
        <message>
            <source>The {kind} cannot be deleted: it still has {value}.</source>
            <translation>{kind} kann nicht gelöscht werden: Daran hängen noch {value}.</translation>
        </message>
        <message>
            <source>The {noun} #{record_id} was deleted by someone else after you opened it. Your change was not saved.</source>
            <translation>{noun} #{record_id} wurde von jemand anderem gelöscht, nachdem Sie den Datensatz geöffnet hatten. Ihre Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>The {kind} was changed by {who} after you opened it. Your change was not saved, so that theirs is not lost.</source>
            <translation>{kind} wurde von {who} geändert, nachdem Sie den Datensatz geöffnet hatten. Ihre Änderung wurde nicht gespeichert, damit die andere nicht verloren geht.</translation>
        </message>
        <message>
            <source>Reload it to see the current state, then make your change again.</source>
            <translation>Laden Sie den Datensatz neu, um den aktuellen Stand zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.</translation>
        </message>
        <message>
            <source>The copy written to {target} failed its check ({problems}).</source>
            <translation>Die nach {target} geschriebene Kopie hat die Prüfung nicht bestanden ({problems}).</translation>
        </message>
        <message>
            <source>Nothing was changed; try again, or check the disk.</source>
            <translation>Es wurde nichts geändert; versuchen Sie es erneut, oder prüfen Sie den Datenträger.</translation>
        </message>
        <message>
            <source>This change would leave records pointing to something that does not exist.</source>
            <translation>Nach dieser Änderung würden Datensätze auf etwas verweisen, das es nicht gibt.</translation>
        </message>
        <message>
            <source>Reload the list and try again.</source>
            <translation>Laden Sie die Liste neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The database {where} is busy: another copy of Secretariat (a colleague, or another window) has been saving to it for more than {seconds} seconds.</source>
            <translation>Die Datenbank {where} ist belegt: Ein anderes Secretariat (eine Kollegin, ein Kollege oder ein anderes Fenster) speichert seit mehr als {seconds} Sekunden darin.</translation>
        </message>
        <message>
            <source>Nothing was lost. Wait a little, then try again.</source>
            <translation>Es ging nichts verloren. Warten Sie kurz und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{where}{where2} was left in the middle of a save by a program that stopped; it is repaired from the journal beside it when it is next opened for writing, and cannot be read before.</source>
            <translation>{where}{where2} wurde mitten im Speichern von einem Programm zurückgelassen, das abgebrochen ist; die Datei wird beim nächsten Öffnen zum Schreiben aus dem Journal daneben repariert und kann vorher nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Open it normally once (where you may write), then try again.</source>
            <translation>Öffnen Sie die Datei einmal normal (dort, wo Sie schreiben dürfen), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The database {where} can only be read, not changed.</source>
            <translation>Die Datenbank {where} kann nur gelesen, nicht geändert werden.</translation>
        </message>
        <message>
            <source>Check that the file and its folder may be written, or open it read-only.</source>
            <translation>Prüfen Sie, ob die Datei und ihr Ordner beschrieben werden dürfen, oder öffnen Sie sie schreibgeschützt.</translation>
        </message>
        <message>
            <source>The disk holding {where} is full; nothing was saved.</source>
            <translation>Der Datenträger mit {where} ist voll; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Free some space (empty the wastebasket, move big files away), then try again.</source>
            <translation>Schaffen Sie Platz (Papierkorb leeren, große Dateien verschieben) und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The database {where} cannot be opened.</source>
            <translation>Die Datenbank {where} kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Check that the drive or network folder is there and that you may use it, then try again.</source>
            <translation>Prüfen Sie, ob das Laufwerk oder der Netzwerkordner erreichbar ist und Sie ihn nutzen dürfen, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The disk reported an error while using {where}.</source>
            <translation>Der Datenträger hat beim Zugriff auf {where} einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>Check the drive or network folder, then try again.</source>
            <translation>Prüfen Sie das Laufwerk oder den Netzwerkordner und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{where} is damaged or is not a database.</source>
            <translation>{where} ist beschädigt oder keine Datenbank.</translation>
        </message>
        <message>
            <source>Move its contacts to another organisation or delete them first.</source>
            <translation>Ordnen Sie die Ansprechpartner zuerst einer anderen Organisation zu, oder löschen Sie sie.</translation>
        </message>
        <message>
            <source>Remove it from its projects first.</source>
            <translation>Entfernen Sie sie zuerst aus ihren Projekten.</translation>
        </message>
        <message>
            <source>Their attendance history is kept; delete the registrations first if you really mean to remove this person.</source>
            <translation>Die Teilnahmehistorie bleibt erhalten; löschen Sie zuerst die Anmeldungen, wenn Sie diese Person wirklich entfernen möchten.</translation>
        </message>
        <message>
            <source>Choose another venue for them first.</source>
            <translation>Wählen Sie für diese Veranstaltungen zuerst einen anderen Veranstaltungsort.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Cluster name</source>
            <translation>Name des Clusters</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Logo format</source>
            <translation>Logoformat</translation>
        </message>
        <message>
            <source>Main colour</source>
            <translation>Hauptfarbe</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>Akzentfarbe</translation>
        </message>
        <message>
            <source>Life-cycle stage</source>
            <translation>Entwicklungsphase</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Interessent</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Mitglied seit</translation>
        </message>
        <message>
            <source>Member until</source>
            <translation>Mitglied bis</translation>
        </message>
        <message>
            <source>Fee tier</source>
            <translation>Beitragsstufe</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Größenklasse</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Beschäftigte</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Cluster roles</source>
            <translation>Clusterrollen</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Salutation</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Product or service</source>
            <translation>Produkt oder Dienstleistung</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Räume</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Veranstaltungsort</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebühr</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Zuständig vor Ort</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Referent/in</translation>
        </message>
        <message>
            <source>Speaker (not in the contacts)</source>
            <translation>Referent/in (nicht bei den Ansprechpartnern)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Registered at</source>
            <translation>Angemeldet am</translation>
        </message>
        <message>
            <source>Waitlist position</source>
            <translation>Platz auf der Warteliste</translation>
        </message>
        <message>
            <source>Moved up from the waitlist at</source>
            <translation>Von der Warteliste nachgerückt am</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Days from the event</source>
            <translation>Tage vor/nach der Veranstaltung</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <source>Cost or income</source>
            <translation>Kosten oder Einnahme</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fördermittelgeber</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Fördersumme</translation>
        </message>
        <message>
            <source>Achievements</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Participating organisations</source>
            <translation>Beteiligte Organisationen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Published on</source>
            <translation>Veröffentlicht am</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Wie das System ({language})</translation>
        </message>
        <message>
            <source>Language of the program:</source>
            <translation>Sprache des Programms:</translation>
        </message>
        <message>
            <source>The program speaks the new language when you next start it. Dates, numbers and amounts follow the language.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start des Programms. Datumsangaben, Zahlen und Beträge richten sich nach der Sprache.</translation>
        </message>
        <message>
            <source>The program speaks the new language after a restart.</source>
            <translation>Das Programm spricht die neue Sprache nach einem Neustart.</translation>
        </message>
        <message>
            <source>Restart now? Your saved work is kept.</source>
            <translation>Jetzt neu starten? Ihre gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>The program could not start again by itself. Please start it again.</source>
            <translation>Das Programm konnte sich nicht selbst neu starten. Bitte starten Sie es erneut.</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Sprache…</translation>
        </message>
    </context>
    <context>
        <name>languages</name>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Türkisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griechisch</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
    </context>
    <context>
        <name>nouns</name>
        <message>
            <source>staff member</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>product or service</source>
            <translation>Produkt oder Dienstleistung</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>Veranstaltungsort</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>programme item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>story</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>Current members</source>
            <translation>Aktuelle Mitglieder</translation>
        </message>
        <message>
            <source>Former members</source>
            <translation>Ehemalige Mitglieder</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>All relations</source>
            <translation>Alle Beziehungen</translation>
        </message>
        <message>
            <source>All cluster roles</source>
            <translation>Alle Clusterrollen</translation>
        </message>
        <message>
            <source>Any membership</source>
            <translation>Jede Mitgliedschaft</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Alle Branchen</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Alle Themen</translation>
        </message>
        <message>
            <source>All sizes</source>
            <translation>Alle Größen</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Alle Orte</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Products and services</source>
            <translation>Produkte und Dienstleistungen</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <source>Event registrations</source>
            <translation>Anmeldungen zu Veranstaltungen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Any organisation (type a name)</source>
            <translation>Jede Organisation (Namen eingeben)</translation>
        </message>
        <message>
            <source>Any consent</source>
            <translation>Jede Einwilligung</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Einwilligungen</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>withdrawn / no</source>
            <translation>widerrufen / nein</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Products &amp; services</source>
            <translation>Produkte &amp; Leistungen</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Veranstaltungsort</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Alle Termine</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Funding (€)</source>
            <translation>Fördersumme (€)</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Published on</source>
            <translation>Veröffentlicht am</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Bevorstehend</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Vergangen</translation>
        </message>
        <message>
            <source>Consented: {purpose}</source>
            <translation>Eingewilligt: {purpose}</translation>
        </message>
        <message>
            <source>No consent: {purpose}</source>
            <translation>Keine Einwilligung: {purpose}</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>Personal data {name}</source>
            <translation>Personenbezogene Daten {name}</translation>
        </message>
        <message>
            <source>PDF to read (*.pdf)</source>
            <translation>PDF zum Lesen (*.pdf)</translation>
        </message>
        <message>
            <source>JSON for other programs (*.json)</source>
            <translation>JSON für andere Programme (*.json)</translation>
        </message>
        <message>
            <source>Personal data report</source>
            <translation>Auskunft über personenbezogene Daten</translation>
        </message>
        <message>
            <source>Erase {person}?</source>
            <translation>Möchten Sie {person} löschen?</translation>
        </message>
        <message>
            <source>Their name, e-mail, phone numbers and notes are removed everywhere, also from texts and the change history. {registrations} event registration(s) stay as anonymous counts; {consents} consent record(s) are deleted. A backup is taken first. This cannot be undone, except by restoring that backup.</source>
            <translation>Name, E-Mail, Telefonnummern und Notizen werden überall entfernt, auch aus Texten und dem Änderungsverlauf. Anmeldungen zu Veranstaltungen ({registrations}) bleiben als anonyme Zahlen erhalten; Einwilligungen ({consents}) werden gelöscht. Vorher wird eine Sicherung angelegt. Das lässt sich nur durch Wiederherstellen dieser Sicherung rückgängig machen.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>This person was already erased on {day}.</source>
            <translation>Diese Person wurde bereits am {day} gelöscht.</translation>
        </message>
        <message>
            <source>Another window or program has this database open, so the old data could not yet be wiped from the file. Close the others, then choose “Erase this person…” again.</source>
            <translation>Ein anderes Fenster oder Programm hat diese Datenbank geöffnet, daher konnten die alten Daten noch nicht aus der Datei entfernt werden. Schließen Sie die anderen und wählen Sie dann erneut „Diese Person löschen…“.</translation>
        </message>
        <message>
            <source>Erasing, and wiping the old data from the file…</source>
            <translation>Wird gelöscht; die alten Daten werden aus der Datei entfernt…</translation>
        </message>
        <message>
            <source>Someone moved up from a waitlist; please tell them.</source>
            <translation>Jemand ist von einer Warteliste nachgerückt; bitte benachrichtigen Sie die Person.</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist of “{event}”; please tell them.</source>
            <translation>{name} ist von der Warteliste von „{event}“ nachgerückt; bitte benachrichtigen Sie die Person.</translation>
        </message>
        <message>
            <source>Another window or program has this database open, so the old data could not yet be wiped from its log file. Close the others and erase again, or run “secretariat check”.</source>
            <translation type="vanished">Ein anderes Fenster oder Programm hat diese Datenbank geöffnet, daher konnten die alten Daten noch nicht aus ihrer Protokolldatei entfernt werden. Schließen Sie die anderen und löschen Sie erneut, oder führen Sie „secretariat check“ aus.</translation>
        </message>
    </context>
    <context>
        <name>reasons</name>
        <message>
            <source>{first} (#{first_id}) and {second} (#{second_id}): {reasons}</source>
            <translation>{first} (Nr. {first_id}) und {second} (Nr. {second_id}): {reasons}</translation>
        </message>
        <message>
            <source>same e-mail as {who} (contact {id})</source>
            <translation>gleiche E-Mail wie {who} (Ansprechpartner {id})</translation>
        </message>
        <message>
            <source>same name at the same organisation as {who} (contact {id})</source>
            <translation>gleicher Name bei derselben Organisation wie {who} (Ansprechpartner {id})</translation>
        </message>
        <message>
            <source>same name as “{name}” (organisation {id})</source>
            <translation>gleicher Name wie „{name}“ (Organisation {id})</translation>
        </message>
        <message>
            <source>same name as row {number}</source>
            <translation>gleicher Name wie Zeile {number}</translation>
        </message>
        <message>
            <source>same e-mail as row {number}</source>
            <translation>gleiche E-Mail wie Zeile {number}</translation>
        </message>
        <message>
            <source>same name at the same organisation as row {number}</source>
            <translation>gleicher Name bei derselben Organisation wie Zeile {number}</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>gleicher Name</translation>
        </message>
        <message>
            <source>same website {host}</source>
            <translation>gleiche Website {host}</translation>
        </message>
        <message>
            <source>same e-mail {email}</source>
            <translation>gleiche E-Mail {email}</translation>
        </message>
        <message>
            <source>same name at the same organisation</source>
            <translation>gleicher Name bei derselben Organisation</translation>
        </message>
        <message>
            <source>same name and phone</source>
            <translation>gleicher Name und gleiche Telefonnummer</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>staff member</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>cluster profile</source>
            <translation>Clusterprofil</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>product or service</source>
            <translation>Produkt oder Dienstleistung</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>Veranstaltungsort</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>programme item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>story</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>The {noun} was not saved. {lines}</source>
            <translation>Nicht gespeichert ({noun}). {lines}</translation>
        </message>
        <message>
            <source>German postcodes have 5 digits, for example 40210</source>
            <translation>deutsche Postleitzahlen haben 5 Ziffern, zum Beispiel 40210</translation>
        </message>
        <message>
            <source>Austrian postcodes have 4 digits, for example 1010</source>
            <translation>österreichische Postleitzahlen haben 4 Ziffern, zum Beispiel 1010</translation>
        </message>
        <message>
            <source>Swiss postcodes have 4 digits, for example 8001</source>
            <translation>Schweizer Postleitzahlen haben 4 Ziffern, zum Beispiel 8001</translation>
        </message>
        <message>
            <source>Belgian postcodes have 4 digits, for example 1000</source>
            <translation>belgische Postleitzahlen haben 4 Ziffern, zum Beispiel 1000</translation>
        </message>
        <message>
            <source>Luxembourg postcodes have 4 digits, for example 1009</source>
            <translation>luxemburgische Postleitzahlen haben 4 Ziffern, zum Beispiel 1009</translation>
        </message>
        <message>
            <source>Danish postcodes have 4 digits, for example 1050</source>
            <translation>dänische Postleitzahlen haben 4 Ziffern, zum Beispiel 1050</translation>
        </message>
        <message>
            <source>Dutch postcodes look like 1012 AB</source>
            <translation>niederländische Postleitzahlen sehen aus wie 1012 AB</translation>
        </message>
        <message>
            <source>Polish postcodes look like 00-950</source>
            <translation>polnische Postleitzahlen sehen aus wie 00-950</translation>
        </message>
        <message>
            <source>French postcodes have 5 digits, for example 75001</source>
            <translation>französische Postleitzahlen haben 5 Ziffern, zum Beispiel 75001</translation>
        </message>
        <message>
            <source>Enter it with the area code, e.g. 0211 1234567 or +49 211 1234567.</source>
            <translation>Geben Sie sie mit Vorwahl ein, z. B. 0211 1234567 oder +49 211 1234567.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid phone number. {hint}</source>
            <translation>„{text}“ ist keine gültige Telefonnummer. {hint}</translation>
        </message>
        <message>
            <source>“{value}” is neither yes nor no.</source>
            <translation>„{value}“ ist weder ja noch nein.</translation>
        </message>
        <message>
            <source>“{text}” is not one of: {allowed}.</source>
            <translation>„{text}“ ist keiner dieser Werte: {allowed}.</translation>
        </message>
        <message>
            <source>Choose an image file (PNG or JPEG).</source>
            <translation>Wählen Sie eine Bilddatei (PNG oder JPEG).</translation>
        </message>
        <message>
            <source>The image is larger than 2 MB. Please choose a smaller file.</source>
            <translation>Das Bild ist größer als 2 MB. Bitte wählen Sie eine kleinere Datei.</translation>
        </message>
        <message>
            <source>“{text}” is not a colour. Write it as #RRGGBB, e.g. #1F4E79.</source>
            <translation>„{text}“ ist keine Farbe. Schreiben Sie sie als #RRGGBB, z. B. #1F4E79.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number. {hint}</source>
            <translation>„{text}“ ist keine Telefonnummer. {hint}</translation>
        </message>
        <message>
            <source>“{text}” is not a web address. Write it like www.example.de.</source>
            <translation>„{text}“ ist keine Webadresse. Schreiben Sie sie wie www.beispiel.de.</translation>
        </message>
        <message>
            <source>“{code}” does not look like a postcode.</source>
            <translation>„{code}“ sieht nicht wie eine Postleitzahl aus.</translation>
        </message>
        <message>
            <source>“{text}” is not a country code. Use two letters, e.g. DE or NL.</source>
            <translation>„{text}“ ist kein Ländercode. Verwenden Sie zwei Buchstaben, z. B. DE oder NL.</translation>
        </message>
        <message>
            <source>“{text}” is not a language code. Use two letters, e.g. de or en.</source>
            <translation>„{text}“ ist kein Sprachcode. Verwenden Sie zwei Buchstaben, z. B. de oder en.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Geben Sie eine ganze Zahl ein.</translation>
        </message>
        <message>
            <source>This must be at least {minimum}.</source>
            <translation>Der Wert muss mindestens {minimum} sein.</translation>
        </message>
        <message>
            <source>This must be at most {maximum}.</source>
            <translation>Der Wert darf höchstens {maximum} sein.</translation>
        </message>
        <message>
            <source>Enter an amount, e.g. 49,50.</source>
            <translation>Geben Sie einen Betrag ein, z. B. 49,50.</translation>
        </message>
        <message>
            <source>Amounts cannot be negative.</source>
            <translation>Beträge können nicht negativ sein.</translation>
        </message>
        <message>
            <source>“{value}” does not name a record.</source>
            <translation>„{value}“ bezeichnet keinen Datensatz.</translation>
        </message>
        <message>
            <source>This is {length} characters long; at most {longest} fit here.</source>
            <translation>Der Text ist {length} Zeichen lang; hier passen höchstens {longest}.</translation>
        </message>
        <message>
            <source>“{text}” is not an e-mail address: {problem}</source>
            <translation>„{text}“ ist keine E-Mail-Adresse: {problem}</translation>
        </message>
        <message>
            <source>“{code}” is not a postcode of {country}: {hint}.</source>
            <translation>„{code}“ ist keine Postleitzahl für {country}: {hint}.</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Write it as 12.06.2026.</source>
            <translation>„{text}“ ist kein Datum. Schreiben Sie es als 12.06.2026.</translation>
        </message>
        <message>
            <source>“{time_zone}” is not a time zone this program knows.</source>
            <translation>„{time_zone}“ ist keine Zeitzone, die das Programm kennt.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>„{value}“ ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>Amounts have at most two decimal places (cents).</source>
            <translation>Beträge haben höchstens zwei Nachkommastellen (Cent).</translation>
        </message>
        <message>
            <source>There is no field “{name}” in a {noun}.</source>
            <translation>Es gibt kein Feld „{name}“ bei: {noun}.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Bitte füllen Sie dieses Feld aus.</translation>
        </message>
        <message>
            <source>This is before “{label}”. Please check both dates.</source>
            <translation>Das liegt vor „{label}“. Bitte prüfen Sie beide Daten.</translation>
        </message>
        <message>
            <source>“{value}” is not an amount. Write it like 49,50.</source>
            <translation>„{value}“ ist kein Betrag. Schreiben Sie ihn wie 49,50.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time. Write it as 12.06.2026 14:30.</source>
            <translation>„{text}“ ist kein Datum mit Uhrzeit. Schreiben Sie es als 12.06.2026 14:30.</translation>
        </message>
        <message>
            <source>The theme “{cleaned}…” is too long; keep themes short.</source>
            <translation>Das Thema „{cleaned}…“ ist zu lang; halten Sie Themen kurz.</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Firm</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>Forschungseinrichtung</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Hochschule</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Behörde</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Verband</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>Investor</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Interessent</translation>
        </message>
        <message>
            <source>Knowledge generator</source>
            <translation>Wissensproduzent</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Vermittler</translation>
        </message>
        <message>
            <source>GR coordinator</source>
            <translation>Koordination Politik und Verwaltung</translation>
        </message>
        <message>
            <source>Industrial entrepreneur</source>
            <translation>Industrieunternehmen</translation>
        </message>
        <message>
            <source>Service entrepreneur</source>
            <translation>Dienstleistungsunternehmen</translation>
        </message>
        <message>
            <source>Commercial entrepreneur</source>
            <translation>Handelsunternehmen</translation>
        </message>
        <message>
            <source>Social entrepreneur</source>
            <translation>Sozialunternehmen</translation>
        </message>
        <message>
            <source>Marketer / sales agent</source>
            <translation>Vertrieb und Vermarktung</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Botschafter/in</translation>
        </message>
        <message>
            <source>Micro (under 10)</source>
            <translation>Kleinst (unter 10)</translation>
        </message>
        <message>
            <source>Small (10–49)</source>
            <translation>Klein (10–49)</translation>
        </message>
        <message>
            <source>Medium (50–249)</source>
            <translation>Mittel (50–249)</translation>
        </message>
        <message>
            <source>Large (250 or more)</source>
            <translation>Groß (ab 250)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Ms</source>
            <translation>Frau</translation>
        </message>
        <message>
            <source>Mr</source>
            <translation>Herr</translation>
        </message>
        <message>
            <source>Mx</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>Newsletter</source>
            <translation>Newsletter</translation>
        </message>
        <message>
            <source>Listing in the member directory</source>
            <translation>Eintrag im Mitgliederverzeichnis</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienstleistung</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Vortrag</translation>
        </message>
        <message>
            <source>PR event</source>
            <translation>PR-Veranstaltung</translation>
        </message>
        <message>
            <source>Thematic workshop</source>
            <translation>Themenworkshop</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netzwerktreffen</translation>
        </message>
        <message>
            <source>CEO-to-CEO interview</source>
            <translation>Geschäftsführergespräch</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>Fokusgruppe</translation>
        </message>
        <message>
            <source>Trade-fair stand</source>
            <translation>Messestand</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Registration open</source>
            <translation>Anmeldung offen</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Ausgebucht</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Durchgeführt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>ProjectStatus</comment>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Eingeladen</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Auf der Warteliste</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Teilgenommen</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Referent/in</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisationsteam</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Einnahme</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonat</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social Media</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Aufbauphase</translation>
        </message>
        <message>
            <source>Growing</source>
            <translation>Wachstumsphase</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>Reifephase</translation>
        </message>
    </context>
</TS>
