<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/restore.py" line="33"/>
        <location filename="../../ui/restore.py" line="50"/>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="34"/>
        <source>Privacy Desk backups (*.sqlite);;All files (*)</source>
        <translation>Privacy-Desk-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="44"/>
        <source>Not a backup to restore</source>
        <translation>Keine wiederherstellbare Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="45"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="52"/>
        <source>Close, restore and reopen</source>
        <translation>Schließen, wiederherstellen und neu öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="72"/>
        <source>1 case</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="72"/>
        <source>%1 cases</source>
        <translation>%1 Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="73"/>
        <source>1 letter</source>
        <translation>1 Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="73"/>
        <source>%1 letters</source>
        <translation>%1 Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="74"/>
        <source>1 stored file</source>
        <translation>1 gespeicherte Datei</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="74"/>
        <source>%1 stored files</source>
        <translation>%1 gespeicherte Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="79"/>
        <source>The backup %1 of %2 matches its manifest: %3; ledger head %4.

Privacy Desk closes this window, keeps the store as it is now aside (nothing is deleted), puts the backup in its place and opens again.</source>
        <translation>Die Sicherung %1 vom %2 stimmt mit ihrem Manifest überein: %3; letzter Hash der Prüfkette %4.

Privacy Desk schließt dieses Fenster, legt die aktuelle Datenbank unverändert beiseite (es wird nichts gelöscht), setzt die Sicherung an ihre Stelle und öffnet sich erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="90"/>
        <source>The store as it is now cannot be read, so what it deleted after this backup cannot be listed: check purged cases and ID copies after the restore.</source>
        <translation>Die aktuelle Datenbank ist nicht lesbar, daher lässt sich nicht auflisten, was sie nach dieser Sicherung gelöscht hat: Prüfen Sie nach der Wiederherstellung endgültig gelöschte Vorgänge und Ausweiskopien.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="97"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="99"/>
        <source>After this backup the store deleted what the law required it to delete; the restored store has it again. Delete it again after the restore:
%1</source>
        <translation>Nach dieser Sicherung hat die Datenbank gelöscht, was gesetzlich zu löschen war; in der wiederhergestellten Datenbank ist es wieder vorhanden. Löschen Sie es nach der Wiederherstellung erneut:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="216"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="216"/>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="219"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="221"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="221"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="234"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="234"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="258"/>
        <source>%1 kept without the ID copy</source>
        <translation>%1 ohne die Ausweiskopie aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="267"/>
        <source>%1 erased</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="269"/>
        <source>%1 blocked until %2</source>
        <translation>%1 gesperrt bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="90"/>
        <source>%1 image</source>
        <translation>%1-Bild</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="92"/>
        <source>Email message</source>
        <translation>E-Mail-Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="93"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="98"/>
        <source>empty: 0 bytes</source>
        <translation>leer: 0 Byte</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="100"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="165"/>
        <source>%1 d late</source>
        <translation>%1 Tg. überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="167"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="168"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="33"/>
        <source>Since %1: %2; %3.</source>
        <translation>Seit %1: %2; %3.</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="38"/>
        <source>1 case became overdue</source>
        <translation>1 Vorgang ist überfällig geworden</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="38"/>
        <source>%1 cases became overdue</source>
        <translation>%1 Vorgänge sind überfällig geworden</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="45"/>
        <source>1 case is due within %2 days</source>
        <translation>1 Vorgang ist innerhalb von %2 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="46"/>
        <source>%1 cases are due within %2 days</source>
        <translation>%1 Vorgänge sind innerhalb von %2 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="32"/>
        <source>Export the case list</source>
        <translation>Vorgangsliste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="34"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="37"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 Vorgänge nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="45"/>
        <source>Calendar, references only (*.ics)</source>
        <translation>Kalender, nur Aktenzeichen (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="45"/>
        <source>Calendar with names (*.ics)</source>
        <translation>Kalender mit Namen (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="47"/>
        <source>Export the deadlines</source>
        <translation>Fristen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="52"/>
        <source>Exported %1 deadlines to %2.</source>
        <translation>%1 Fristen nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="80"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="81"/>
        <source>Nothing was exported to %1: %2</source>
        <translation>Nichts wurde nach %1 exportiert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="85"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="54"/>
        <source>Double-click or press Enter: the cases behind this figure</source>
        <translation>Doppelklick oder Eingabetaste: die Vorgänge hinter dieser Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="67"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="68"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="69"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="70"/>
        <source>Answered on time</source>
        <translation>Fristgerecht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="71"/>
        <source>Answered late</source>
        <translation>Verspätet beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="72"/>
        <source>Answered within one month</source>
        <translation>Innerhalb eines Monats beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="74"/>
        <source>Answered within the extended period</source>
        <translation>Innerhalb der verlängerten Frist beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="76"/>
        <source>Open and overdue at the end</source>
        <translation>Offen und überfällig am Ende</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="78"/>
        <source>Days to answer: median</source>
        <translation>Tage bis zur Antwort: Median</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="79"/>
        <source>Days to answer: 9 in 10 within</source>
        <translation>Tage bis zur Antwort: 9 von 10 innerhalb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="80"/>
        <source>Extended by two months</source>
        <translation>Um zwei Monate verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="81"/>
        <source>Identity checked (clock paused)</source>
        <translation>Identität geprüft (Frist angehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="83"/>
        <source>Days paused: median</source>
        <translation>Tage angehalten: Median</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="84"/>
        <source>Answered with data blocked, not erased</source>
        <translation>Beantwortet mit Sperrung statt Löschung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="87"/>
        <source>Received per month</source>
        <translation>Eingang pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="88"/>
        <source>Received per channel</source>
        <translation>Eingang pro Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="90"/>
        <source>Received per company</source>
        <translation>Eingang pro Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="91"/>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="93"/>
        <source>Request types: received, and outcomes given</source>
        <translation>Antragsarten: Eingang und Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="98"/>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="100"/>
        <source>Open backlog by days since receipt</source>
        <translation>Offener Bestand nach Tagen seit Eingang</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="101"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="102"/>
        <source>Extension reasons (most given)</source>
        <translation>Verlängerungsgründe (häufigste)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="103"/>
        <source>Art. 19 notices of the cases answered</source>
        <translation>Mitteilungen nach Art. 19 der beantworteten Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="104"/>
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="104"/>
        <source>exempt</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="105"/>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="106"/>
        <source>Suppression register: entries taking effect</source>
        <translation>Sperrliste: wirksam gewordene Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="46"/>
        <source>Logged %1</source>
        <translation>%1 erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="60"/>
        <source>The message was filed in this case.</source>
        <translation>Die Nachricht wurde in diesem Vorgang abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="67"/>
        <source>Import a message or scan</source>
        <translation>Nachricht oder Scan importieren</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="68"/>
        <source>Messages and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Nachrichten und Scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
</context>
<context>
    <name>AccessAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="25"/>
        <source>What the access answer says</source>
        <translation>Inhalt der Auskunft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="25"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="28"/>
        <source>The letter lists only what applies to this person (Art. 15 GDPR). Write the lines in the letter&apos;s language (%1), one a line; recipients by name (CJEU C-154/21).</source>
        <translation>Das Schreiben nennt nur, was auf diese Person zutrifft (Art. 15 DSGVO). Schreiben Sie die Angaben in der Sprache des Schreibens (%1), eine pro Zeile; Empfänger namentlich (EuGH C-154/21).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="43"/>
        <source>Purposes that apply</source>
        <translation>Zutreffende Zwecke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="46"/>
        <source>A credit score was used (explain the logic, Art. 15(1)(h), Art. 22)</source>
        <translation>Ein Bonitätsscore wurde verwendet (Logik erläutern, Art. 15 Abs. 1 lit. h, Art. 22 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="50"/>
        <source>A copy of the data is enclosed (Art. 15(3))</source>
        <translation>Eine Kopie der Daten liegt bei (Art. 15 Abs. 3 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="53"/>
        <source>Categories of data</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="55"/>
        <source>Recipients, by name</source>
        <translation>Empfänger, namentlich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="57"/>
        <source>Sources (when not the person)</source>
        <translation>Herkunft (wenn nicht von der Person)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="59"/>
        <source>Transfers to third countries, with safeguards</source>
        <translation>Übermittlungen in Drittländer, mit Garantien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="61"/>
        <source>Withheld, and why (Art. 15(4))</source>
        <translation>Zurückgehaltenes, mit Begründung (Art. 15 Abs. 4 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="86"/>
        <source>Access answer recorded: the letter lists what applies.</source>
        <translation>Inhalt der Auskunft erfasst: Das Schreiben nennt, was zutrifft.</translation>
    </message>
</context>
<context>
    <name>AddRecipientsDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="98"/>
        <source>Add recipients to notify</source>
        <translation>Zu benachrichtigende Empfänger hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="98"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="101"/>
        <source>Each recipient to whom the data were disclosed hears of a rectification, erasure or restriction (Art. 19 GDPR). Recipients already on the list are ticked.</source>
        <translation>Jeder Empfänger, dem die Daten offengelegt wurden, erfährt von einer Berichtigung, Löschung oder Einschränkung (Art. 19 DSGVO). Empfänger, die bereits auf der Liste stehen, sind angehakt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="115"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="118"/>
        <source>Every recipient of the register is on the list.</source>
        <translation>Alle Empfänger des Verzeichnisses stehen auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="125"/>
        <source>One recipient added to the Art. 19 checklist.</source>
        <translation>Ein Empfänger zur Art.-19-Checkliste hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="126"/>
        <source>%1 recipients added to the Art. 19 checklist.</source>
        <translation>%1 Empfänger zur Art.-19-Checkliste hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AssessObjectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="109"/>
        <source>Assess the objection: %1</source>
        <translation>Widerspruch prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="110"/>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="114"/>
        <source>Processing stops unless compelling legitimate grounds override the person&apos;s interests, or it serves legal claims; the burden lies with us (Art. 21(1) GDPR).</source>
        <translation>Die Verarbeitung endet, sofern nicht zwingende schutzwürdige Gründe die Interessen der Person überwiegen oder sie der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen dient; die Beweislast liegt bei uns (Art. 21 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="130"/>
        <source>Processing the objection targets</source>
        <translation>Verarbeitung, gegen die sich der Widerspruch richtet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="133"/>
        <source>Upheld</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="134"/>
        <source>Partly upheld</source>
        <translation>Teilweise stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="135"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="140"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="142"/>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="148"/>
        <source>The person&apos;s particular situation</source>
        <translation>Besondere Situation der Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="154"/>
        <source>Compelling legitimate grounds or legal claims</source>
        <translation>Zwingende schutzwürdige Gründe oder Rechtsansprüche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="160"/>
        <source>Needed to reject or partly uphold, e.g. a pending court case</source>
        <translation>Erforderlich für Ablehnung oder teilweise Stattgabe, z. B. ein anhängiges Gerichtsverfahren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="163"/>
        <source>Balancing of interests</source>
        <translation>Interessenabwägung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="182"/>
        <source>Objection upheld.</source>
        <translation>Dem Widerspruch wurde stattgegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="183"/>
        <source>Objection partly upheld.</source>
        <translation>Dem Widerspruch wurde teilweise stattgegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="184"/>
        <source>Objection rejected.</source>
        <translation>Der Widerspruch wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="190"/>
        <source>choose upheld, partly upheld or rejected</source>
        <translation>bitte „Stattgegeben“, „Teilweise stattgegeben“ oder „Abgelehnt“ wählen</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="20"/>
        <source>Assign the case</source>
        <translation>Vorgang zuweisen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="20"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="21"/>
        <source>Officer</source>
        <translation>Bearbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="22"/>
        <source>Nobody</source>
        <translation>Niemandem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="28"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="35"/>
        <source>Assigned.</source>
        <translation>Zugewiesen.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="46"/>
        <source>Letters due today</source>
        <translation>Heute fällige Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="55"/>
        <source>Each letter is printed on the responsible company&apos;s letterhead in the requester&apos;s language and kept in its case as sent by post today.</source>
        <translation>Jedes Schreiben wird auf dem Briefbogen der verantwortlichen Gesellschaft in der Sprache des Antragstellers gedruckt und in seinem Vorgang als heute per Post versandt abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="88"/>
        <source>1 letter due.</source>
        <translation>1 Schreiben fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="88"/>
        <source>%1 letters due.</source>
        <translation>%1 Schreiben fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="95"/>
        <source>1 letter left out: %2</source>
        <translation>1 Schreiben ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="95"/>
        <source>%1 letters left out: %2</source>
        <translation>%1 Schreiben ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="105"/>
        <source>Print and keep as sent…</source>
        <translation>Drucken und als versandt ablegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="128"/>
        <location filename="../../ui/dialogs/batch_letters.py" line="134"/>
        <source>Preparing the letters…</source>
        <translation>Schreiben werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="140"/>
        <source>Printing letters…</source>
        <translation>Schreiben werden gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="140"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="159"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="165"/>
        <source>1 letter printed and kept as sent.</source>
        <translation>1 Schreiben gedruckt und als versandt abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="166"/>
        <source>%1 letters printed and kept as sent.</source>
        <translation>%1 Schreiben gedruckt und als versandt abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="169"/>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="172"/>
        <source>Printed but NOT kept as sent (record them in the case): %1</source>
        <translation>Gedruckt, aber NICHT als versandt abgelegt (im Vorgang nachtragen): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="194"/>
        <source>Printed and kept as sent</source>
        <translation>Gedruckt und als versandt abgelegt</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="20"/>
        <source>Ask for &amp;ID…</source>
        <translation>&amp;ID anfordern…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="21"/>
        <source>I&amp;D document…</source>
        <translation>ID-&amp;Dokument…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="22"/>
        <source>ID &amp;checked…</source>
        <translation>ID ge&amp;prüft…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="23"/>
        <source>Information &amp;received</source>
        <translation>Angaben einge&amp;gangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="24"/>
        <location filename="../../ui/case_file/action_bar.py" line="133"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="25"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="26"/>
        <source>C&amp;lose case…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="27"/>
        <source>Re&amp;open…</source>
        <translation>Wiederer&amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="28"/>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="29"/>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="30"/>
        <source>Assign the case to an officer of the office</source>
        <translation>Den Vorgang einer Bearbeiterin oder einem Bearbeiter des Büros zuweisen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="31"/>
        <source>Letter…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="34"/>
        <source>Write the letter this case needs next, print it and keep it as sent (Ctrl+P)</source>
        <translation>Das als Nächstes fällige Schreiben verfassen, drucken und als versandt ablegen (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="37"/>
        <source>Ask for identification: the clock stops until it arrives</source>
        <translation>Identitätsnachweis anfordern: Die Frist ruht, bis er eingeht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="40"/>
        <source>File a scan of an ID; it is deleted when the check is recorded</source>
        <translation>Scan eines Ausweises ablegen; er wird gelöscht, sobald die Prüfung erfasst ist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="43"/>
        <source>Note &quot;ID checked on &lt;date&gt; by &lt;officer&gt;&quot; and delete every ID copy</source>
        <translation>Vermerk „ID geprüft am &lt;Datum&gt; durch &lt;Bearbeiter&gt;“ anlegen und alle Ausweiskopien löschen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="46"/>
        <source>The information arrived today: the clock runs again</source>
        <translation>Die Angaben sind heute eingegangen: Die Frist läuft weiter</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="74"/>
        <source>Decid&amp;e</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="77"/>
        <source>Record the decision on an objection, a withdrawal, an erasure, a rectification or a restriction</source>
        <translation>Entscheidung über einen Widerspruch, einen Widerruf, eine Löschung, eine Berichtigung oder eine Einschränkung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="81"/>
        <source>Uphold &amp;marketing objection…</source>
        <translation>&amp;Werbewiderspruch stattgeben…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="82"/>
        <source>Confirm &amp;unsubscribe…</source>
        <translation>&amp;Abmeldung bestätigen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="85"/>
        <source>&amp;Assess objection (legitimate interests)…</source>
        <translation>Widerspruch &amp;prüfen (berechtigte Interessen)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="86"/>
        <source>Assess objection to &amp;credit check…</source>
        <translation>Widerspruch gegen &amp;Bonitätsprüfung prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="89"/>
        <source>&amp;Restrict while assessing</source>
        <translation>Während der Prüfung &amp;einschränken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="93"/>
        <source>Art. 18(1)(d): store but do not otherwise process while the objection is assessed</source>
        <translation>Art. 18 Abs. 1 lit. d DSGVO: speichern, aber nicht anderweitig verarbeiten, solange der Widerspruch geprüft wird</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="96"/>
        <source>Record &amp;withdrawal…</source>
        <translation>Wider&amp;ruf erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="97"/>
        <source>Decide &amp;erasure…</source>
        <translation>Über &amp;Löschung entscheiden…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="98"/>
        <source>Record recti&amp;fication…</source>
        <translation>Berichti&amp;gung erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="99"/>
        <source>Record restricti&amp;on…</source>
        <translation>Ein&amp;schränkung erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="100"/>
        <source>What the access &amp;answer says…</source>
        <translation>Inhalt der Aus&amp;kunft…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="133"/>
        <source>New &amp;date…</source>
        <translation>Neues &amp;Datum…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/case_file/actions.py" line="61"/>
        <source>Marked as an identity document, deleted when the ID check is recorded: %1</source>
        <translation>Als Ausweisdokument markiert, wird bei Erfassung der Identitätsprüfung gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="64"/>
        <source>No longer marked as an identity document: %1</source>
        <translation>Nicht mehr als Ausweisdokument markiert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="82"/>
        <source>No program is set up to open %1.</source>
        <translation>Kein Programm zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="89"/>
        <source>Choose the scan of the ID document</source>
        <translation>Scan des Ausweisdokuments auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="90"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="192"/>
        <source>Letter kept in the case as sent.</source>
        <translation>Schreiben im Vorgang als versandt abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="213"/>
        <source>Processing restricted while the objection is assessed.</source>
        <translation>Verarbeitung eingeschränkt, solange der Widerspruch geprüft wird.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="215"/>
        <source>Restriction lifted. Tell the person before processing resumes.</source>
        <translation>Einschränkung aufgehoben. Informieren Sie die Person, bevor die Verarbeitung wieder aufgenommen wird.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="275"/>
        <source>Folder for the authority&apos;s copy</source>
        <translation>Ordner für die Kopie an die Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="288"/>
        <source>Exported %1 files to %2; check them there with: sha256sum -c SHA256SUMS</source>
        <translation>%1 Dateien nach %2 exportiert; prüfen Sie sie dort mit: sha256sum -c SHA256SUMS</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../ui/case_file/window.py" line="141"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="142"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="143"/>
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="144"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="145"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="146"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="212"/>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="276"/>
        <source>This case was purged elsewhere.</source>
        <translation>Dieser Vorgang wurde an anderer Stelle endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="281"/>
        <source>This case was changed elsewhere; it now shows the latest.</source>
        <translation>Dieser Vorgang wurde an anderer Stelle geändert; angezeigt wird jetzt der neueste Stand.</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="9"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="10"/>
        <source>Waiting for ID</source>
        <translation>Wartet auf ID</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="11"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="14"/>
        <source>Impossible</source>
        <translation>Unmöglich</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="15"/>
        <source>Disproportionate effort</source>
        <translation>Unverhältnismäßiger Aufwand</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="18"/>
        <source>Copy of the ID received and checked</source>
        <translation>Ausweiskopie erhalten und geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="19"/>
        <source>ID card shown in person</source>
        <translation>Personalausweis persönlich vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="20"/>
        <source>Passport shown in person</source>
        <translation>Reisepass persönlich vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="21"/>
        <source>ID shown in a video call</source>
        <translation>Ausweis per Videoanruf vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="22"/>
        <source>Customer number and known email address match</source>
        <translation>Kundennummer und bekannte E-Mail-Adresse stimmen überein</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="25"/>
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="26"/>
        <source>Identity / clarification request</source>
        <translation>Identitätsnachweis / Rückfrage</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="27"/>
        <source>Identity request: reminder</source>
        <translation>Bitte um Identifizierung: Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="28"/>
        <source>Extension notice</source>
        <translation>Verlängerungsmitteilung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="29"/>
        <source>Access answer</source>
        <translation>Auskunftsschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="30"/>
        <source>Rectification, erasure or restriction done</source>
        <translation>Berichtigung, Löschung oder Einschränkung erfolgt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="31"/>
        <source>Objection upheld</source>
        <translation>Widerspruch stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="32"/>
        <source>Objection rejected</source>
        <translation>Widerspruch abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="33"/>
        <source>Withdrawal of consent confirmed</source>
        <translation>Widerruf der Einwilligung bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="34"/>
        <source>Refusal (unfounded or excessive)</source>
        <translation>Ablehnung (unbegründet oder exzessiv)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="35"/>
        <source>Transfer to a group company</source>
        <translation>Abgabe an eine Konzerngesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="36"/>
        <source>Identity not confirmed, case closed</source>
        <translation>Identität nicht bestätigt, Vorgang abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="39"/>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="40"/>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="41"/>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="42"/>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="43"/>
        <source>Portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="44"/>
        <source>Objection (legitimate interests)</source>
        <translation>Widerspruch (berechtigte Interessen)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="45"/>
        <source>Objection (direct marketing, profiling)</source>
        <translation>Widerspruch (Direktwerbung, Profiling)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="46"/>
        <source>Withdrawal of consent</source>
        <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="47"/>
        <source>Newsletter unsubscribe</source>
        <translation>Newsletter-Abmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="48"/>
        <source>Objection (credit check, scoring)</source>
        <translation>Widerspruch (Bonitätsprüfung, Scoring)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="49"/>
        <source>Complaint / other</source>
        <translation>Beschwerde / Sonstiges</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="52"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="53"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="54"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="56"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="57"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="60"/>
        <source>Granted</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="61"/>
        <source>Partly granted</source>
        <translation>Teilweise stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="62"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="63"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="64"/>
        <source>Identity not confirmed</source>
        <translation>Identität nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="49"/>
        <location filename="../../ui/core_words.py" line="66"/>
        <source>Transferred</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="69"/>
        <source>Advertising by post</source>
        <translation>Werbung per Post</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="70"/>
        <source>Advertising by email</source>
        <translation>Werbung per E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="71"/>
        <source>Advertising by telephone</source>
        <translation>Werbung per Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="72"/>
        <source>Retargeting and profiling</source>
        <translation>Retargeting und Profiling</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="73"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="62"/>
        <location filename="../../ui/listed_words.py" line="9"/>
        <source>Art. 19 notice recorded</source>
        <translation>Mitteilung nach Art. 19 erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="50"/>
        <location filename="../../ui/listed_words.py" line="10"/>
        <source>Case closed</source>
        <translation>Vorgang abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="30"/>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="31"/>
        <source>Business customer</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="34"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="35"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="36"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="39"/>
        <location filename="../../ui/listed_words.py" line="11"/>
        <source>Case logged</source>
        <translation>Vorgang erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="40"/>
        <source>Case corrected</source>
        <translation>Vorgang korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="41"/>
        <source>Deadline recomputed</source>
        <translation>Frist neu berechnet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="42"/>
        <source>Rectification recorded</source>
        <translation>Berichtigung erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="43"/>
        <source>Restriction recorded</source>
        <translation>Einschränkung erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="44"/>
        <source>Access answer recorded</source>
        <translation>Auskunft erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="45"/>
        <source>Asked for identification</source>
        <translation>Identitätsnachweis angefordert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="46"/>
        <source>Information received</source>
        <translation>Angaben eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="47"/>
        <source>Identity checked</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="48"/>
        <source>Deadline extended</source>
        <translation>Frist verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="51"/>
        <source>Exported for an authority</source>
        <translation>Für Behörde exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="52"/>
        <source>Case reopened</source>
        <translation>Vorgang wiedereröffnet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="53"/>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="54"/>
        <source>Correspondence added</source>
        <translation>Schriftverkehr hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="55"/>
        <source>Case linked</source>
        <translation>Vorgang verknüpft</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="56"/>
        <source>Marketing objection upheld</source>
        <translation>Werbewiderspruch stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="58"/>
        <source>Objection assessed</source>
        <translation>Widerspruch geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="59"/>
        <source>Restriction changed</source>
        <translation>Einschränkung geändert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="60"/>
        <source>Withdrawal recorded</source>
        <translation>Widerruf erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="61"/>
        <location filename="../../ui/listed_words.py" line="12"/>
        <source>Erasure decided</source>
        <translation>Löschung entschieden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="57"/>
        <location filename="../../ui/listed_words.py" line="13"/>
        <source>Unsubscribe confirmed</source>
        <translation>Abmeldung bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="112"/>
        <source>processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="113"/>
        <source>consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="114"/>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="115"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="116"/>
        <source>request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="118"/>
        <location filename="../../ui/listed_words.py" line="14"/>
        <source>blocked data</source>
        <translation>Gesperrte Daten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="106"/>
        <location filename="../../ui/listed_words.py" line="15"/>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="102"/>
        <location filename="../../ui/listed_words.py" line="16"/>
        <source>closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="84"/>
        <location filename="../../ui/case_file/history_wording.py" line="85"/>
        <location filename="../../ui/listed_words.py" line="17"/>
        <source>company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="117"/>
        <location filename="../../ui/listed_words.py" line="18"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="107"/>
        <location filename="../../ui/listed_words.py" line="19"/>
        <source>effective from</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="119"/>
        <source>restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="126"/>
        <source>deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="127"/>
        <location filename="../../ui/listed_words.py" line="20"/>
        <source>notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="99"/>
        <location filename="../../ui/listed_words.py" line="21"/>
        <source>one-month deadline</source>
        <translation>Monatsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="90"/>
        <location filename="../../ui/listed_words.py" line="22"/>
        <source>outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="82"/>
        <location filename="../../ui/listed_words.py" line="23"/>
        <source>received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="111"/>
        <location filename="../../ui/listed_words.py" line="24"/>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="109"/>
        <location filename="../../ui/case_file/history_wording.py" line="110"/>
        <location filename="../../ui/listed_words.py" line="25"/>
        <source>recipients to notify</source>
        <translation>Zu benachrichtigende Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="63"/>
        <source>Recipients added to notify</source>
        <translation>Zu benachrichtigende Empfänger hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="64"/>
        <source>Hold set</source>
        <translation>Löschstopp gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="65"/>
        <source>Hold lifted</source>
        <translation>Löschstopp aufgehoben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="66"/>
        <source>Blocked data deleted</source>
        <translation>Gesperrte Daten gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="67"/>
        <source>Marked as an identity document</source>
        <translation>Als Ausweisdokument markiert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="68"/>
        <source>No longer an identity document</source>
        <translation>Nicht mehr als Ausweisdokument markiert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="69"/>
        <source>Identity document deleted</source>
        <translation>Ausweisdokument gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="70"/>
        <source>Letter sent</source>
        <translation>Schreiben versandt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="80"/>
        <location filename="../../ui/listed_words.py" line="26"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="81"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="83"/>
        <source>requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="86"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="87"/>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="88"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="89"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="91"/>
        <source>extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="92"/>
        <source>note length</source>
        <translation>Länge der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="93"/>
        <source>checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="94"/>
        <source>checked how</source>
        <translation>Art der Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="95"/>
        <source>paused since</source>
        <translation>Frist ruht seit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="96"/>
        <source>days paused in all</source>
        <translation>Ruhetage insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="97"/>
        <source>days paused</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="98"/>
        <source>due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="100"/>
        <source>extended deadline</source>
        <translation>Verlängerte Frist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="101"/>
        <source>extension reasons</source>
        <translation>Verlängerungsgründe</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="103"/>
        <source>ID copies deleted</source>
        <translation>Ausweiskopien gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="104"/>
        <source>deleted for good</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="105"/>
        <source>linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="108"/>
        <location filename="../../ui/listed_words.py" line="27"/>
        <source>suppression entries</source>
        <translation>Sperrlisteneinträge</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="120"/>
        <source>carried out on</source>
        <translation>Umgesetzt am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="121"/>
        <source>rectified</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="122"/>
        <source>disclosed to nobody</source>
        <translation>An niemanden offengelegt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="130"/>
        <source>upheld</source>
        <translation>stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="131"/>
        <source>partly upheld</source>
        <translation>teilweise stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="132"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="135"/>
        <source>to notify</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="136"/>
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="137"/>
        <source>exempt</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="140"/>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="141"/>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_file/header.py" line="35"/>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="39"/>
        <source>A sample entry of the company register: check its details before relying on it.</source>
        <translation>Ein Mustereintrag im Gesellschaftsverzeichnis: Prüfen Sie seine Angaben, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="52"/>
        <location filename="../../ui/case_file/header.py" line="229"/>
        <source>Why this date?</source>
        <translation>Warum dieses Datum?</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="72"/>
        <source>Responsible:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="110"/>
        <source> · extended</source>
        <translation> · verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="113"/>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="121"/>
        <source>Received %1 by %2</source>
        <translation>Eingegangen am %1 per %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="124"/>
        <source>(letter dated %1)</source>
        <translation>(Schreiben vom %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="142"/>
        <source>Inquiry of %1, their reference %2: answer by %3, the date the authority set. The cases it concerns are kept while it is open.</source>
        <translation>Anfrage von %1, deren Zeichen %2: Antwort bis %3, das von der Behörde gesetzte Datum. Die betroffenen Vorgänge werden aufbewahrt, solange sie offen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="150"/>
        <source>An ID copy is on file. Recording the identity check deletes it.</source>
        <translation>Eine Ausweiskopie liegt vor. Mit dem Erfassen der Identitätsprüfung wird sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="151"/>
        <source>%1 ID copies are on file. Recording the identity check deletes them.</source>
        <translation>%1 Ausweiskopien liegen vor. Mit dem Erfassen der Identitätsprüfung werden sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="166"/>
        <source>The clock was paused for %1 so far.</source>
        <translation>Die Frist hat bisher %1 geruht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="171"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="174"/>
        <source>Closed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="176"/>
        <source>It was due %1.</source>
        <translation>Die Frist endete am %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="182"/>
        <source>clock paused</source>
        <translation>Frist ruht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="185"/>
        <source>Clock paused since %1, with %2 left; the deadline moves on by the days waited.</source>
        <translation>Frist ruht seit %1, verbleibend: %2; das Fristende verschiebt sich um die Wartetage.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="188"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="194"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="194"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="197"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="199"/>
        <source>left</source>
        <translation>verbleibend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="205"/>
        <source>Our own deadline: %1 (%2 working days before).</source>
        <translation>Unsere eigene Frist: %1 (%2 Arbeitstage vorher).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="211"/>
        <source>Extended to %1 (the one-month deadline was %2).</source>
        <translation>Verlängert bis %1 (die Monatsfrist endete am %2).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="216"/>
        <source>If extended: %1.</source>
        <translation>Bei Verlängerung: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="219"/>
        <source>Includes %1 paused.</source>
        <translation>Einschließlich %1 Ruhezeit.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="224"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="224"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="229"/>
        <source>Hide the explanation</source>
        <translation>Erläuterung ausblenden</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="131"/>
        <source> · extended</source>
        <translation> · verlängert</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases.py" line="66"/>
        <source>Search reference, name, email, address, subject…</source>
        <translation>Aktenzeichen, Name, E-Mail, Adresse, Betreff suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="71"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="71"/>
        <source>Not closed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="76"/>
        <source>All request types</source>
        <translation>Alle Antragsarten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="79"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="82"/>
        <location filename="../../ui/pages/cases.py" line="181"/>
        <source>All companies</source>
        <translation>Alle Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="85"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="93"/>
        <source>Show every case again</source>
        <translation>Wieder alle Vorgänge zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="222"/>
        <source>From the report (%1): %2</source>
        <translation>Aus dem Bericht (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="241"/>
        <source>1 case</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="241"/>
        <source>%1 cases</source>
        <translation>%1 Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="28"/>
        <source>Any due date</source>
        <translation>Alle Fälligkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="29"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="30"/>
        <source>Due within 30 days</source>
        <translation>Fällig in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="31"/>
        <source>Due within 7 days</source>
        <translation>Fällig in den nächsten 7 Tagen</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="291"/>
        <source>Close the case</source>
        <translation>Vorgang abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="291"/>
        <source>Close case</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="293"/>
        <source>Choose how each request ended. A request not granted in full needs its reasons in the note.</source>
        <translation>Wählen Sie für jeden Antrag das Ergebnis. Ein nicht vollständig erfüllter Antrag erfordert eine Begründung in der Notiz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="300"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="308"/>
        <source>Decided on %1</source>
        <translation>Entschieden am %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="310"/>
        <source>Reasons, note</source>
        <translation>Begründung, Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="319"/>
        <source>Case closed.</source>
        <translation>Vorgang abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="327"/>
        <source>Choose an outcome for every request.</source>
        <translation>Wählen Sie für jeden Antrag ein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../ui/pages/companies.py" line="64"/>
        <source>Company register</source>
        <translation>Gesellschaftsverzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="66"/>
        <source>The group companies, the countries and locations each is responsible for, and the data its letters need. Entries marked Sample are placeholders. Import adds new entries and updates those with the same ID; it removes none.</source>
        <translation>Die Konzerngesellschaften, die Länder und Standorte, für die jede zuständig ist, und die Angaben, die ihre Schreiben benötigen. Als „Muster“ markierte Einträge sind Platzhalter. Der Import fügt neue Einträge hinzu und aktualisiert solche mit gleicher ID; er entfernt keine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="74"/>
        <source>New company…</source>
        <translation>Neue Gesellschaft…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="76"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="78"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="81"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="174"/>
        <source>Saved %1: now version %2.</source>
        <translation>%1 gespeichert: jetzt Version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="198"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="199"/>
        <source>%1 was not imported. %2: %3

Nothing in the register was changed.</source>
        <translation>%1 wurde nicht importiert. %2: %3

Am Verzeichnis wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="218"/>
        <source>Exporting the company register…</source>
        <translation>Gesellschaftsverzeichnis wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="224"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="225"/>
        <source>The register was not exported to %1. %2: %3</source>
        <translation>Das Verzeichnis wurde nicht nach %1 exportiert. %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="237"/>
        <source>Imported 1 company from %2.</source>
        <translation>1 Gesellschaft aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="239"/>
        <source>Imported %1 companies from %2.</source>
        <translation>%1 Gesellschaften aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="243"/>
        <source>Exported 1 company to %2.</source>
        <translation>1 Gesellschaft nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="245"/>
        <source>Exported %1 companies to %2.</source>
        <translation>%1 Gesellschaften nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>CompanyDetails</name>
    <message>
        <location filename="../../ui/pages/company_details.py" line="41"/>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="44"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="56"/>
        <source>Identity and address</source>
        <translation>Identität und Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="61"/>
        <source>Every saved change is a new version; cases keep the one they were handled under.</source>
        <translation>Jede gespeicherte Änderung ist eine neue Version; Vorgänge behalten die Version, unter der sie bearbeitet wurden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="65"/>
        <source>Responsibility and languages</source>
        <translation>Zuständigkeit und Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="69"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="79"/>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="89"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="93"/>
        <source>Letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="107"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="154"/>
        <source>Letters of this company can be previewed but not sent: its entry lacks %1 (company law wants them on business letters). Edit… to add them.</source>
        <translation>Schreiben dieser Gesellschaft können in der Vorschau angezeigt, aber nicht versandt werden: Im Eintrag fehlt %1 (Pflichtangaben auf Geschäftsbriefen). Ergänzen Sie dies über „Bearbeiten…“.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="160"/>
        <source>No company selected</source>
        <translation>Keine Gesellschaft ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="167"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="185"/>
        <source>whole country</source>
        <translation>ganzes Land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="188"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="200"/>
        <source> (administrative board)</source>
        <translation> (Verwaltungsrat)</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="32"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="33"/>
        <source>Board / directors</source>
        <translation>Vorstand / Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="34"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="35"/>
        <source>Chair of the board</source>
        <translation>Aufsichtsratsvorsitz</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="36"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="37"/>
        <source>Extra dates</source>
        <translation>Zusätzliche Tage</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="38"/>
        <source>KvK number</source>
        <translation>KvK-Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="39"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="40"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="41"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="42"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="43"/>
        <source>Register</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="44"/>
        <source>Registered office</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="45"/>
        <source>Sample entry: replace with the group overview&apos;s data</source>
        <translation>Mustereintrag: durch die Daten der Konzernübersicht ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="46"/>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="47"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="208"/>
        <source>public holidays</source>
        <translation>gesetzliche Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="209"/>
        <source>Catholic holidays</source>
        <translation>katholische Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>Protestant holidays</source>
        <translation>evangelische Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>optional holidays</source>
        <translation>optionale Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="212"/>
        <source>bank holidays</source>
        <translation>Bankfeiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="213"/>
        <source>school holidays</source>
        <translation>schulfreie Tage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="214"/>
        <source>half days</source>
        <translation>halbe Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="215"/>
        <source>de facto holidays</source>
        <translation>faktische Feiertage</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="216"/>
        <source>government holidays</source>
        <translation>Feiertage der Behörden</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="217"/>
        <source>armed forces holidays</source>
        <translation>Feiertage der Streitkräfte</translation>
    </message>
</context>
<context>
    <name>CompanyEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="128"/>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="131"/>
        <source>New company</source>
        <translation>Neue Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="133"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="136"/>
        <source>Identity and address</source>
        <translation>Identität und Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="137"/>
        <source>lower case, digits, hyphens: e.g. hoffmann-pl</source>
        <translation>Kleinbuchstaben, Ziffern, Bindestriche: z. B. hoffmann-pl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="142"/>
        <source>two letters, e.g. NL</source>
        <translation>zwei Buchstaben, z. B. NL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="143"/>
        <source>Sample data, not yet confirmed by the group overview</source>
        <translation>Musterdaten, noch nicht durch die Konzernübersicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="146"/>
        <source>Responsibility</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="147"/>
        <source>two-letter codes, e.g. BE; LU</source>
        <translation>Ländercodes mit zwei Buchstaben, z. B. BE; LU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="148"/>
        <source>e.g. Antwerpen; Brussel</source>
        <translation>z. B. Antwerpen; Brussel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="150"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="155"/>
        <source>one line, commas between the parts</source>
        <translation>eine Zeile, Teile durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="157"/>
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="158"/>
        <source>e.g. nl; en (the first is the default)</source>
        <translation>z. B. nl; en (die erste ist die Standardsprache)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="160"/>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="161"/>
        <source>two letters; empty: the seat&apos;s country</source>
        <translation>zwei Buchstaben; leer: Land des Sitzes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="162"/>
        <source>e.g. BY; empty for the whole country</source>
        <translation>z. B. BY; leer für das ganze Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="163"/>
        <source>e.g. public; catholic</source>
        <translation>z. B. public; catholic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="164"/>
        <source>YYYY-MM-DD; YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT; JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="167"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="169"/>
        <source>one line, as on a letter</source>
        <translation>eine Zeile, wie auf einem Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="171"/>
        <source>Letterhead (what company law wants on letters)</source>
        <translation>Briefkopf (Pflichtangaben auf Geschäftsbriefen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="174"/>
        <source>empty: from the name (SE, GmbH, B.V. …)</source>
        <translation>leer: aus dem Namen (SE, GmbH, B.V. …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="175"/>
        <source>the seat, e.g. München</source>
        <translation>der Sitz, z. B. München</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="176"/>
        <source>e.g. Amtsgericht München</source>
        <translation>z. B. Amtsgericht München</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="177"/>
        <source>e.g. HRB 123456</source>
        <translation>z. B. HRB 123456</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="178"/>
        <source>Dutch companies: 8 digits</source>
        <translation>niederländische Gesellschaften: 8 Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="183"/>
        <source>every one of them; names separated by ;</source>
        <translation>alle; Namen durch ; getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="185"/>
        <source>of the supervisory board</source>
        <translation>des Aufsichtsrats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="186"/>
        <source>One-tier SE: executive directors, administrative board</source>
        <translation>Monistische SE: geschäftsführende Direktoren, Verwaltungsrat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="189"/>
        <source>older entries: court and number together</source>
        <translation>ältere Einträge: Gericht und Nummer zusammen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="192"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="222"/>
        <source>The id cannot change: cases refer to it.</source>
        <translation>Die ID kann nicht geändert werden: Vorgänge verweisen darauf.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="294"/>
        <source>Letters stay drafts until this is filled in: %1</source>
        <translation>Schreiben bleiben Entwürfe, bis dies ausgefüllt ist: %1</translation>
    </message>
</context>
<context>
    <name>CompanyFields</name>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="31"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="32"/>
        <source>Legal name</source>
        <translation>Firma (vollständig)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="33"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="34"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="35"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="36"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="37"/>
        <source>Sample entry</source>
        <translation>Mustereintrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="38"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="39"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="40"/>
        <source>DPO name</source>
        <translation>Name des DSB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="41"/>
        <source>DPO email</source>
        <translation>E-Mail des DSB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="42"/>
        <source>DPO phone</source>
        <translation>Telefon des DSB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="43"/>
        <source>DPO fax</source>
        <translation>Fax des DSB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="44"/>
        <source>DPO postal address</source>
        <translation>Postanschrift des DSB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="45"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="46"/>
        <source>Calendar country</source>
        <translation>Land des Kalenders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="47"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="48"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="49"/>
        <source>Extra dates</source>
        <translation>Zusätzliche Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="50"/>
        <source>Calendar label</source>
        <translation>Bezeichnung des Kalenders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="51"/>
        <source>Authority name</source>
        <translation>Name der Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="52"/>
        <source>Authority address</source>
        <translation>Anschrift der Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="53"/>
        <source>Registered office</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="54"/>
        <source>Register (one text)</source>
        <translation>Register (ein Text)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="55"/>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="56"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="57"/>
        <source>Register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="58"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="59"/>
        <source>Board / directors</source>
        <translation>Vorstand / Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="60"/>
        <source>Chair of the board</source>
        <translation>Aufsichtsratsvorsitz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="61"/>
        <source>One-tier board</source>
        <translation>Monistisches System (Verwaltungsrat)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="62"/>
        <source>KvK number</source>
        <translation>KvK-Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="63"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="65"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="66"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="67"/>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="68"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../ui/models/company_table.py" line="66"/>
        <source>Sample entries are placeholders, not the group&apos;s real data</source>
        <translation>Mustereinträge sind Platzhalter, nicht die echten Daten des Konzerns</translation>
    </message>
    <message>
        <location filename="../../ui/models/company_table.py" line="82"/>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="48"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="44"/>
        <source>Correct the case</source>
        <translation>Vorgang korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="44"/>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="48"/>
        <source>Correct what was logged wrongly. Only what you change is saved, as one entry in the history with your reason; letters already sent stay as sent.</source>
        <translation>Korrigieren Sie, was falsch erfasst wurde. Gespeichert wird nur, was Sie ändern, als ein Eintrag im Verlauf mit Ihrer Begründung; bereits versandte Schreiben bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="53"/>
        <source>The case is closed: reopen it to correct the received date or the requests.</source>
        <translation>Der Vorgang ist abgeschlossen: Eröffnen Sie ihn wieder, um das Eingangsdatum oder die Anträge zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="67"/>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="69"/>
        <source>Form of address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="74"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="75"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="76"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="77"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="78"/>
        <source>Additional line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="79"/>
        <source>c/o, flat, building</source>
        <translation>c/o, Wohnung, Gebäude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="83"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="83"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="90"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="97"/>
        <source>Typed before addresses had parts; letters print the parts once the city is given. Clear it when the parts say the same.</source>
        <translation>Erfasst, bevor Adressen in Felder gegliedert waren; Schreiben drucken die Felder, sobald der Ort angegeben ist. Leeren Sie dieses Feld, wenn die Felder dasselbe besagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="100"/>
        <source>Address (as typed earlier)</source>
        <translation>Adresse (früher erfasst)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="102"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="104"/>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="105"/>
        <source>Business customer</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="112"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="113"/>
        <source>Reply in</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="119"/>
        <source>Delivery country</source>
        <translation>Lieferland</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="121"/>
        <source>Delivery location</source>
        <translation>Lieferort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="122"/>
        <source>delivery or service location</source>
        <translation>Liefer- oder Leistungsort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="139"/>
        <source>The deadline is computed again from this date</source>
        <translation>Die Frist wird ab diesem Datum neu berechnet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="140"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="145"/>
        <source>Came by</source>
        <translation>Eingang per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="159"/>
        <source>Tick a request that was missed; untick one logged by mistake</source>
        <translation>Setzen Sie einen Haken bei einem übersehenen Antrag; entfernen Sie ihn bei einem irrtümlich erfassten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="160"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="162"/>
        <source>Reason for the correction</source>
        <translation>Grund der Korrektur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="164"/>
        <source>e.g. the name was misread from the letter</source>
        <translation>z. B. Name im Schreiben falsch gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="167"/>
        <source>received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="167"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="168"/>
        <source>requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="252"/>
        <source>Case corrected: %1.</source>
        <translation>Vorgang korrigiert: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="254"/>
        <source>Now due %1.</source>
        <translation>Jetzt fällig am %1.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="52"/>
        <source>Add correspondence</source>
        <translation>Schriftverkehr hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="52"/>
        <source>&amp;File in the case</source>
        <translation>In der &amp;Akte ablegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="55"/>
        <source>A reply, a scan, a fax, a phone note or an email sent from the mail program. Drop files here or add them; an .eml or .msg message is filed as it came.</source>
        <translation>Eine Antwort, ein Scan, ein Fax, eine Telefonnotiz oder eine aus dem Mailprogramm gesendete E-Mail. Dateien hierher ziehen oder hinzufügen; eine .eml- oder .msg-Nachricht wird abgelegt, wie sie kam.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="61"/>
        <source>Received from the requester</source>
        <translation>Von der antragstellenden Person erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="62"/>
        <source>Sent by us</source>
        <translation>Von uns gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="72"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="77"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="78"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="79"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="80"/>
        <source>e.g. Reply with the customer number</source>
        <translation>z. B. Antwort mit der Kundennummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="81"/>
        <source>Text or note</source>
        <translation>Text oder Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="82"/>
        <source>What was said on the phone, or a summary</source>
        <translation>Was am Telefon gesagt wurde, oder eine Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="87"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="91"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="103"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="176"/>
        <source>Filed in the case&apos;s correspondence.</source>
        <translation>Im Schriftverkehr des Vorgangs abgelegt.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>In/Out</source>
        <translation>Ein/Aus</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="46"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="80"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="57"/>
        <source>No text: see the files.</source>
        <translation>Kein Text: siehe Dateien.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="70"/>
        <source>Double-click or Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="72"/>
        <source>Open &amp;file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="72"/>
        <source>Open with the program set up for it</source>
        <translation>Mit dem dafür eingerichteten Programm öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="76"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="253"/>
        <source>Mark as ID document</source>
        <translation>Als Ausweisdokument markieren</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="77"/>
        <source>An identity document is deleted, with every copy, when the check is recorded</source>
        <translation>Ein Ausweisdokument wird samt aller Kopien gelöscht, sobald die Prüfung erfasst ist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="96"/>
        <source>&amp;Add correspondence…</source>
        <translation>Schriftverkehr &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="97"/>
        <source>A reply, scan, fax, phone note or sent email; or drop files on the case file</source>
        <translation>Eine Antwort, ein Scan, ein Fax, eine Telefonnotiz oder eine gesendete E-Mail; oder Dateien auf den Vorgang ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="135"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="135"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="137"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="192"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="187"/>
        <source>No correspondence</source>
        <translation>Kein Schriftverkehr</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="193"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="193"/>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="199"/>
        <source>until the ID check</source>
        <translation>bis zur ID-Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="201"/>
        <source>original as received</source>
        <translation>Original wie eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="213"/>
        <source>Deleted when the identity check is recorded</source>
        <translation>Wird gelöscht, sobald die Identitätsprüfung erfasst ist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="222"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="222"/>
        <source>No files</source>
        <translation>Keine Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="235"/>
        <source>ID copies of this case were deleted on %1, after the identity check.</source>
        <translation>Ausweiskopien dieses Vorgangs wurden am %1 nach der Identitätsprüfung gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="251"/>
        <source>Not an ID document</source>
        <translation>Kein Ausweisdokument</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../ui/postal_fields.py" line="93"/>
        <source>name or code, e.g. NL</source>
        <translation>Name oder Code, z. B. NL</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/text.py" line="36"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="37"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="38"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../ui/explanations.py" line="16"/>
        <source>Received %1 (%2);</source>
        <translation>Eingegangen am %1 (%2);</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="17"/>
        <source>holidays of %1.</source>
        <translation>Feiertage: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="18"/>
        <source>Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only as entered in the company&apos;s calendar (%1).</source>
        <translation>Per Erlass Feiertagen gleichgestellte Tage (Art. 3 Abs. 3 Algemene termijnenwet) zählen nur, wie im Kalender der Gesellschaft eingetragen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="22"/>
        <source>Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only once entered in the company&apos;s calendar; none is: the earlier date stands, deliberately.</source>
        <translation>Per Erlass Feiertagen gleichgestellte Tage (Art. 3 Abs. 3 Algemene termijnenwet) zählen erst, wenn sie im Kalender der Gesellschaft stehen; dort steht keiner: das frühere Datum gilt, bewusst.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="26"/>
        <source>One month after receipt: %1.</source>
        <translation>Ein Monat nach Eingang: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="27"/>
        <source>One month after receipt: %1 (that month is shorter: its last day).</source>
        <translation>Ein Monat nach Eingang: %1 (dieser Monat ist kürzer: sein letzter Tag).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="30"/>
        <source>Three months after receipt: %1.</source>
        <translation>Drei Monate nach Eingang: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="31"/>
        <source>Three months after receipt: %1 (that month is shorter: its last day).</source>
        <translation>Drei Monate nach Eingang: %1 (dieser Monat ist kürzer: sein letzter Tag).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="34"/>
        <source>Plus %1 day paused while waiting for information (Art. 12(6)): %2.</source>
        <translation>Zuzüglich %1 Tag, in dem die Frist wegen ausstehender Angaben ruhte (Art. 12 Abs. 6 DSGVO): %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="37"/>
        <source>Plus %1 days paused while waiting for information (Art. 12(6)): %2.</source>
        <translation>Zuzüglich %1 Tage, in denen die Frist wegen ausstehender Angaben ruhte (Art. 12 Abs. 6 DSGVO): %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="40"/>
        <source>%1 is a %2</source>
        <translation>%1 ist ein %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="41"/>
        <source>%1 is a public holiday (%2)</source>
        <translation>%1 ist ein Feiertag (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="42"/>
        <source>%1, so the one-month deadline is %2.</source>
        <translation>%1, daher endet die Monatsfrist am %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="43"/>
        <source>%1, so the extended deadline is %2.</source>
        <translation>%1, daher endet die verlängerte Frist am %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="44"/>
        <source>The one-month deadline is %1, a working day.</source>
        <translation>Die Monatsfrist endet am %1, einem Werktag.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="45"/>
        <source>The extended deadline is %1, a working day.</source>
        <translation>Die verlängerte Frist endet am %1, einem Werktag.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="46"/>
        <source>The extended deadline counts from receipt, not from the first deadline.</source>
        <translation>Die verlängerte Frist zählt ab Eingang, nicht ab dem Ende der ersten Frist.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="49"/>
        <source>day equated to a public holiday</source>
        <translation>einem gesetzlichen Feiertag gleichgestellter Tag</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="154"/>
        <source>%1, the day it was received: it cannot take effect later.</source>
        <translation>%1, dem Tag des Eingangs: Ein späterer Zeitpunkt ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="159"/>
        <source>Takes effect</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="161"/>
        <source>Carried out on (the systems updated)</source>
        <translation>Umgesetzt am (Systeme aktualisiert)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="174"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="65"/>
        <location filename="../../ui/case_file/decision_summary.py" line="78"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="65"/>
        <source>Upheld: the objection is absolute</source>
        <translation>Stattgegeben: Der Widerspruch gilt uneingeschränkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="66"/>
        <source>Channels stopped</source>
        <translation>Gestoppte Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="68"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="69"/>
        <source>Continues</source>
        <translation>Läuft weiter</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="69"/>
        <source>Transactional mail</source>
        <translation>Transaktionsnachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="70"/>
        <location filename="../../ui/case_file/decision_summary.py" line="100"/>
        <source>Effective from</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="73"/>
        <source>Upheld</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="74"/>
        <source>Partly upheld</source>
        <translation>Teilweise stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="75"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="80"/>
        <source>Targeted processing</source>
        <translation>Betroffene Verarbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="83"/>
        <source>Particular situation</source>
        <translation>Besondere Situation</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="84"/>
        <source>Grounds, legal claims</source>
        <translation>Gründe, Rechtsansprüche</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="85"/>
        <source>Balancing</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="89"/>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="89"/>
        <source>%1: pending</source>
        <translation>%1: ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="96"/>
        <source>Consents withdrawn</source>
        <translation>Widerrufene Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="101"/>
        <source>%1, for the future only</source>
        <translation>%1, nur für die Zukunft</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="105"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="107"/>
        <source>Suppressed</source>
        <translation>Auf Sperrliste</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="112"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="113"/>
        <source>Hold</source>
        <translation>Löschstopp</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="115"/>
        <source>Corrected</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="115"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="118"/>
        <location filename="../../ui/case_file/decision_summary.py" line="124"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="118"/>
        <source>Disclosed to nobody</source>
        <translation>An niemanden offengelegt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="121"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="123"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="125"/>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="126"/>
        <source>Credit score</source>
        <translation>Bonitätsscore</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="127"/>
        <source>Used: the letter explains it</source>
        <translation>Verwendet: Das Schreiben erläutert ihn</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="128"/>
        <source>Withheld</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="130"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="133"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="134"/>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="148"/>
        <source>%1: erased on %2</source>
        <translation>%1: gelöscht am %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="166"/>
        <source>%1: blocked until %2 under %3</source>
        <translation>%1: gesperrt bis %2 gemäß %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="172"/>
        <source>deleted on %1</source>
        <translation>gelöscht am %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="174"/>
        <source>on hold</source>
        <translation>Löschstopp aktiv</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="50"/>
        <source>Restricted while the objection is assessed (Art. 18(1)(d) GDPR): the data are stored but not otherwise processed. Tell the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Eingeschränkt, solange der Widerspruch geprüft wird (Art. 18 Abs. 1 lit. d DSGVO): Die Daten werden gespeichert, aber nicht anderweitig verarbeitet. Informieren Sie die Person, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Effective from</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Because of</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="68"/>
        <source>Suppression register</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="72"/>
        <source>Entries made by this case. They stay when the case is purged, so that the person is not contacted again; they can be corrected, not removed.</source>
        <translation>Einträge aus diesem Vorgang. Sie bleiben bestehen, wenn der Vorgang endgültig gelöscht wird, damit die Person nicht erneut kontaktiert wird; sie können korrigiert, nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="81"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="81"/>
        <location filename="../../ui/case_file/decisions_tab.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="81"/>
        <source>Notified, or why not</source>
        <translation>Benachrichtigt, oder warum nicht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="87"/>
        <source>Noti&amp;fied…</source>
        <translation>&amp;Benachrichtigt…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="88"/>
        <source>Record when and how the selected recipient was told</source>
        <translation>Erfassen, wann und wie der ausgewählte Empfänger unterrichtet wurde</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="91"/>
        <source>Exem&amp;pt…</source>
        <translation>A&amp;usnahme…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="92"/>
        <source>No notice: impossible or disproportionate effort (say why)</source>
        <translation>Keine Mitteilung: unmöglich oder unverhältnismäßiger Aufwand (Grund angeben)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="95"/>
        <source>Add recipient&amp;s…</source>
        <translation>Empfänger hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="96"/>
        <source>Put recipients of the processing register on this checklist</source>
        <translation>Empfänger aus dem Verarbeitungsverzeichnis in diese Checkliste aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="99"/>
        <source>Art. 19 notices to recipients</source>
        <translation>Mitteilungen an Empfänger (Art. 19 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Document date</source>
        <translation>Dokumentdatum</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="106"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="111"/>
        <source>Blocked instead of erased while a retention duty runs (Art. 17(3)(b), 18 GDPR); deleted after its end without a new request.</source>
        <translation>Gesperrt statt gelöscht, solange eine Aufbewahrungspflicht läuft (Art. 17 Abs. 3 lit. b, Art. 18 DSGVO); nach deren Ende ohne neuen Antrag gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="116"/>
        <location filename="../../ui/case_file/decisions_tab.py" line="378"/>
        <source>&amp;Hold…</source>
        <translation>&amp;Löschstopp…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="118"/>
        <source>Record deleted…</source>
        <translation>Löschung erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="119"/>
        <source>The selected data were deleted after the retention end</source>
        <translation>Die ausgewählten Daten wurden nach Ablauf der Aufbewahrungsfrist gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="122"/>
        <source>Blocked data</source>
        <translation>Gesperrte Daten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="202"/>
        <source>Not decided yet: %1.</source>
        <translation>Noch nicht entschieden: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="204"/>
        <source>Use Decide above.</source>
        <translation>Verwenden Sie oben „Entscheiden“.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="206"/>
        <source>No decision is recorded for this case.</source>
        <translation>Für diesen Vorgang ist keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Exempt</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="249"/>
        <source>%1 via %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="286"/>
        <source>No recipients to notify. Deciding an erasure or upholding an objection puts the recipients of the processing concerned here.</source>
        <translation>Keine Empfänger zu benachrichtigen. Wird eine Löschung entschieden oder einem Widerspruch stattgegeben, erscheinen hier die Empfänger der betroffenen Verarbeitung.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="292"/>
        <source>One recipient still to notify, of %2.</source>
        <translation>Noch ein Empfänger von %2 zu benachrichtigen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="293"/>
        <source>%1 recipients still to notify, of %2.</source>
        <translation>Noch %1 von %2 Empfängern zu benachrichtigen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="296"/>
        <source>The case closes once each is notified or exempt.</source>
        <translation>Der Vorgang wird abgeschlossen, sobald jeder benachrichtigt oder ausgenommen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="298"/>
        <source>Every recipient is notified or exempt.</source>
        <translation>Alle Empfänger sind benachrichtigt oder ausgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="311"/>
        <source>Deleted on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="313"/>
        <source>On hold: %1</source>
        <translation>Löschstopp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="315"/>
        <source>Due for deletion</source>
        <translation>Zur Löschung fällig</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="317"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="378"/>
        <source>Lift &amp;hold…</source>
        <translation>Löschstopp auf&amp;heben…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="380"/>
        <source>Lift the hold, with a reason</source>
        <translation>Löschstopp mit Begründung aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="382"/>
        <source>A tax audit or litigation suspends the deletion</source>
        <translation>Eine Betriebsprüfung oder ein Rechtsstreit setzt die Löschung aus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="66"/>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="273"/>
        <source>Record the deletion</source>
        <translation>Löschung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="273"/>
        <source>Record deleted</source>
        <translation>Löschung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="275"/>
        <source>“%1”: kept until %2 under %3. Record the day the data were deleted.</source>
        <translation>„%1“: aufbewahrt bis %2 gemäß %3. Erfassen Sie den Tag, an dem die Daten gelöscht wurden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="281"/>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="287"/>
        <source>%1 deleted on %2.</source>
        <translation>%1 am %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="120"/>
        <source>Decide the erasure</source>
        <translation>Über die Löschung entscheiden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="120"/>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="122"/>
        <source>Data under a statutory retention duty are blocked instead of erased (Art. 17(3)(b), Art. 18 GDPR) and deleted when the duty ends, without a new request. A period starts at the end of the year the document arose.</source>
        <translation>Daten, die einer gesetzlichen Aufbewahrungspflicht unterliegen, werden gesperrt statt gelöscht (Art. 17 Abs. 3 lit. b, Art. 18 DSGVO) und nach Ablauf der Pflicht ohne neuen Antrag gelöscht. Eine Frist beginnt mit dem Schluss des Jahres, in dem das Dokument entstanden ist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="129"/>
        <source>Decided on %1 already: it cannot be decided twice. Change holds or record deletions in the Decisions tab.</source>
        <translation>Bereits am %1 entschieden: Eine zweite Entscheidung ist nicht möglich. Ändern Sie Löschstopps oder erfassen Sie Löschungen auf der Registerkarte „Entscheidungen“.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="139"/>
        <source>Category of data</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="140"/>
        <source>Erase now, or block under a retention duty</source>
        <translation>Sofort löschen oder wegen Aufbewahrungspflicht sperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="141"/>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="223"/>
        <source>Document date</source>
        <translation>Dokumentdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="142"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="153"/>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="167"/>
        <source>Manual hold (optional)</source>
        <translation>Manueller Löschstopp (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="169"/>
        <source>A tax audit or litigation suspends the deletion of every row blocked now</source>
        <translation>Eine Betriebsprüfung oder ein Rechtsstreit setzt die Löschung aller jetzt gesperrten Zeilen aus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="171"/>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="204"/>
        <source>one category erased</source>
        <translation>eine Kategorie gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="204"/>
        <source>%1 erased</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="206"/>
        <source>one blocked</source>
        <translation>eine gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="206"/>
        <source>%1 blocked</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="207"/>
        <source>Erasure decided: %1.</source>
        <translation>Löschung entschieden: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="221"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="225"/>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ErasureRow</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="45"/>
        <source>e.g. Invoices</source>
        <translation>z. B. Rechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="48"/>
        <source>Erase now</source>
        <translation>Sofort löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="50"/>
        <source>Block, %1</source>
        <translation>Sperren, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="68"/>
        <source>The date of the document: the period starts at the end of its year</source>
        <translation>Datum des Dokuments: Die Frist beginnt mit dem Schluss seines Jahres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="75"/>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="76"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="107"/>
        <source>erased now</source>
        <translation>sofort gelöscht</translation>
    </message>
</context>
<context>
    <name>ExemptDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="65"/>
        <source>No notice to this recipient</source>
        <translation>Keine Mitteilung an diesen Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="65"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="68"/>
        <source>Art. 19 GDPR spares a notice to %1 only where it is impossible or involves disproportionate effort. Record why.</source>
        <translation>Nach Art. 19 DSGVO entfällt die Mitteilung an %1 nur, wenn sie unmöglich ist oder einen unverhältnismäßigen Aufwand erfordert. Halten Sie den Grund fest.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="75"/>
        <source>Because it is</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="76"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="77"/>
        <source>e.g. no data of the person were ever disclosed to it</source>
        <translation>z. B. ihm wurden nie Daten der Person offengelegt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="85"/>
        <source>%1: no notice (%2).</source>
        <translation>%1: keine Mitteilung (%2).</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="197"/>
        <source>Extend the deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="197"/>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="200"/>
        <source>The deadline moves from %1 to %2. Tell the requester within the first month, with the reasons.</source>
        <translation>Die Frist verschiebt sich vom %1 auf den %2. Unterrichten Sie den Antragsteller innerhalb des ersten Monats und nennen Sie die Gründe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="209"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="214"/>
        <source>Complexity or number of requests, e.g. data held in six systems</source>
        <translation>Komplexität oder Anzahl der Anträge, z. B. Daten in sechs Systemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="219"/>
        <source>Deadline extended to %1.</source>
        <translation>Frist verlängert bis %1.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="27"/>
        <source>Welcome to Privacy Desk</source>
        <translation>Willkommen bei Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="32"/>
        <source>There is no store yet: the file in which Privacy Desk keeps the office&apos;s cases, letters and registers, encrypted. Make an empty one to work in, or look around in a demo store first.</source>
        <translation>Es gibt noch keine Datenbank – die Datei, in der Privacy Desk die Vorgänge, Schreiben und Verzeichnisse des Datenschutzteams verschlüsselt aufbewahrt. Legen Sie eine leere Datenbank zum Arbeiten an oder sehen Sie sich zuerst in einer Demo-Datenbank um.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="39"/>
        <source>Make an empty store for the office&apos;s cases, here:</source>
        <translation>Leere Datenbank für die Vorgänge des Datenschutzteams anlegen unter:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="46"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="53"/>
        <source>Open a separate demo store of 400 invented cases (marked DEMO)</source>
        <translation>Separate Demo-Datenbank mit 400 erfundenen Vorgängen öffnen (als DEMO gekennzeichnet)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="56"/>
        <source>Its own file: %1</source>
        <translation>Separate Datei: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="65"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="78"/>
        <source>Where the new store goes</source>
        <translation>Speicherort der neuen Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="79"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy-Desk-Datenbanken (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="169"/>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="200"/>
        <source>This case was changed meanwhile, in another window or program: nothing was saved. Cancel, look at the case as it is now, and try again.</source>
        <translation>Dieser Vorgang wurde inzwischen in einem anderen Fenster oder Programm geändert: Es wurde nichts gespeichert. Brechen Sie ab, sehen Sie sich den aktuellen Stand des Vorgangs an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="205"/>
        <source>This case was changed meanwhile by %1: nothing was saved. Cancel, look at the case as it is now, and try again.</source>
        <translation>Dieser Vorgang wurde inzwischen von %1 geändert: Es wurde nichts gespeichert. Brechen Sie ab, sehen Sie sich den Vorgang im aktuellen Stand an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="26"/>
        <source>Export for an authority…</source>
        <translation>Für Behörde exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="30"/>
        <source>The case file, this history, the letters as sent and the files, into a folder with their SHA-256 sums (sha256sum -c SHA256SUMS checks them)</source>
        <translation>Die Vorgangsakte, dieser Verlauf, die Schreiben wie versandt und die Dateien, in einen Ordner mit ihren SHA-256-Prüfsummen (sha256sum -c SHA256SUMS prüft sie)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="35"/>
        <source>For a supervisory authority that asks for the file:</source>
        <translation>Für eine Aufsichtsbehörde, die die Akte anfordert:</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="239"/>
        <source>Put on hold</source>
        <translation>Löschstopp setzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="239"/>
        <source>Hold</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="241"/>
        <source>“%1”: kept until %2. A hold (a tax audit, litigation) suspends the deletion until the hold is lifted.</source>
        <translation>„%1“: aufbewahrt bis %2. Ein Löschstopp (Betriebsprüfung, Rechtsstreit) setzt die Löschung aus, bis er aufgehoben wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="245"/>
        <source>Lift the hold</source>
        <translation>Löschstopp aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="245"/>
        <source>Lift hold</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="247"/>
        <source>“%1”: kept until %2, on hold: %3. Once the hold is lifted, the data are deleted after the retention end.</source>
        <translation>„%1“: aufbewahrt bis %2, Löschstopp: %3. Nach Aufhebung des Löschstopps werden die Daten nach Ablauf der Aufbewahrungsfrist gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="255"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="257"/>
        <source>e.g. tax audit 2027 announced</source>
        <translation>z. B. Betriebsprüfung 2027 angekündigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="259"/>
        <source>e.g. the tax audit is closed</source>
        <translation>z. B. die Betriebsprüfung ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="264"/>
        <source>%1 is on hold.</source>
        <translation>Löschstopp für %1 gesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="264"/>
        <source>Hold on %1 lifted.</source>
        <translation>Löschstopp für %1 aufgehoben.</translation>
    </message>
</context>
<context>
    <name>IdCheckedDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="148"/>
        <source>Record the identity check</source>
        <translation>Identitätsprüfung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="148"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="152"/>
        <source>The note &quot;ID checked on &lt;date&gt; by &lt;officer&gt;&quot; is added to the case.</source>
        <translation>Der Vermerk „ID geprüft am &lt;Datum&gt; durch &lt;Bearbeiter&gt;“ wird dem Vorgang hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="155"/>
        <source>The clock runs again from the day the ID arrived (the latest incoming item since the request), or from the day checked if nothing came in.</source>
        <translation>Die Frist läuft ab dem Tag weiter, an dem der Nachweis einging (der letzte Eingang seit dem Antrag), oder ab dem Prüfdatum, wenn nichts eingegangen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="161"/>
        <source>The ID copy on file will be deleted.</source>
        <translation>Die vorliegende Ausweiskopie wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="162"/>
        <source>The %1 ID copies on file will be deleted.</source>
        <translation>Die %1 vorliegenden Ausweiskopien werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="170"/>
        <source>Checked how</source>
        <translation>Art der Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="171"/>
        <source>Checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="182"/>
        <source>The ID copy was deleted; none is kept.</source>
        <translation>Die Ausweiskopie wurde gelöscht; es wird keine aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="183"/>
        <source>%1 ID copies were deleted; none is kept.</source>
        <translation>%1 Ausweiskopien wurden gelöscht; keine wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="186"/>
        <source>No ID copy was on file.</source>
        <translation>Es lag keine Ausweiskopie vor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="188"/>
        <source>Identity check recorded.</source>
        <translation>Identitätsprüfung erfasst.</translation>
    </message>
</context>
<context>
    <name>IdDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="74"/>
        <source>ID document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="74"/>
        <source>Attach</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="79"/>
        <source>The copy is kept only until the identity check is recorded, then deleted (EDPB 01/2022: keep no copy of an ID).</source>
        <translation>Die Kopie wird nur bis zur Erfassung der Identitätsprüfung aufbewahrt und dann gelöscht (EDSA-Leitlinien 01/2022: keine Ausweiskopie aufbewahren).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="83"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="86"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="95"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="100"/>
        <source>Came by</source>
        <translation>Eingang per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="101"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="103"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="103"/>
        <source>Copy of an ID document</source>
        <translation>Kopie eines Ausweisdokuments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="128"/>
        <source>choose a PDF or image scan of the document</source>
        <translation>bitte einen PDF- oder Bild-Scan des Dokuments auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="138"/>
        <source>ID document filed; it is deleted when the identity check is recorded.</source>
        <translation>Ausweisdokument abgelegt; es wird gelöscht, sobald die Identitätsprüfung erfasst ist.</translation>
    </message>
</context>
<context>
    <name>InquiryDeadlineDialog</name>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="104"/>
        <source>The authority&apos;s new date</source>
        <translation>Neues Datum der Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="104"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="106"/>
        <source>%1 set %2 as the date to answer by. Record the date it grants now.</source>
        <translation>%1 hat den %2 als Antwortfrist gesetzt. Erfassen Sie das Datum, das sie jetzt gewährt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="111"/>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="114"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="115"/>
        <source>e.g. more time granted by letter of 10 Dec</source>
        <translation>z. B. Fristverlängerung mit Schreiben vom 10. Dez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="121"/>
        <source>The authority&apos;s date is now %1.</source>
        <translation>Die Frist der Behörde ist jetzt der %1.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="33"/>
        <source>Log an authority inquiry</source>
        <translation>Anfrage einer Aufsichtsbehörde erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="40"/>
        <source>e.g. Autoriteit Persoonsgegevens</source>
        <translation>z. B. Bayerisches Landesamt für Datenschutzaufsicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="41"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="42"/>
        <source>Their reference</source>
        <translation>Deren Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="44"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="45"/>
        <source>Answer by (their date)</source>
        <translation>Antwort bis (deren Datum)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="51"/>
        <source>Came by</source>
        <translation>Eingang per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="55"/>
        <source>Addressed to</source>
        <translation>Gerichtet an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="56"/>
        <source>Cases it concerns</source>
        <translation>Betroffene Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="58"/>
        <source>References, e.g. PD-2026-000123 PD-2026-000140</source>
        <translation>Aktenzeichen, z. B. PD-2026-000123 PD-2026-000140</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="59"/>
        <source>What they ask</source>
        <translation>Was gefragt wird</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake/dialog.py" line="74"/>
        <source>Log a request</source>
        <translation>Antrag erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="97"/>
        <source>What is asked (one or more)</source>
        <translation>Was wird beantragt? (eine oder mehrere Arten)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="108"/>
        <source>Tick the suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="113"/>
        <source>Subject or a one-line summary</source>
        <translation>Betreff oder einzeilige Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="115"/>
        <source>The text of the request, or a summary of the letter</source>
        <translation>Der Text des Antrags oder eine Zusammenfassung des Schreibens</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="32"/>
        <source>Reading the message…</source>
        <translation>Nachricht wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="41"/>
        <source>Use an .eml or .msg message, or a PDF or image scan.</source>
        <translation>Verwenden Sie eine .eml- oder .msg-Nachricht oder einen PDF- bzw. Bild-Scan.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="77"/>
        <source>the date it arrived</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="79"/>
        <source>the sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="82"/>
        <source>Message read: 1 file kept.</source>
        <translation>Nachricht gelesen: 1 Datei abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="83"/>
        <source>Message read: %1 files kept.</source>
        <translation>Nachricht gelesen: %1 Dateien abgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="86"/>
        <source>Not in the message, please fill in: %1.</source>
        <translation>Nicht in der Nachricht enthalten, bitte ergänzen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="194"/>
        <source>The file was not read.</source>
        <translation>Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="198"/>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="207"/>
        <source>Suggested from the text: %1</source>
        <translation>Vorschlag aus dem Text: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="209"/>
        <source>No request type recognised in the text yet.</source>
        <translation>Im Text noch keine Antragsart erkannt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="280"/>
        <source>Arrived %1 UTC, that is %2 in %3, where %4 receives it.</source>
        <translation>Eingegangen am %1 UTC, also am %2 in %3, wo %4 sie empfängt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="287"/>
        <source>The sender wrote it %1 (the Date: header).</source>
        <translation>Der Absender hat sie am %1 verfasst (Date:-Header).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="309"/>
        <source>Discard this request?</source>
        <translation>Diesen Antrag verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="310"/>
        <source>Nothing of this request has been stored yet. Discard what was entered?</source>
        <translation>Von diesem Antrag wurde noch nichts gespeichert. Die Eingaben verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="101"/>
        <source>Email messages (*.eml *.msg)</source>
        <translation>E-Mail-Nachrichten (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="108"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="117"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="9"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="10"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="11"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="12"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="14"/>
        <source>Form of address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="15"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="16"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="17"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="18"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="19"/>
        <source>Additional line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="20"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="21"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="22"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="23"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="24"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="25"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="26"/>
        <source>Delivery country</source>
        <translation>Lieferland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="27"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="28"/>
        <source>Contract company</source>
        <translation>Vertragsgesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="29"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="30"/>
        <source>Context</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="31"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="32"/>
        <source>Company reason</source>
        <translation>Begründung der Gesellschaftswahl</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="33"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="34"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="35"/>
        <source>Type</source>
        <translation>Antragsart</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="36"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="37"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="38"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <location filename="../../ui/text.py" line="140"/>
        <location filename="../../ui/text.py" line="151"/>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="46"/>
        <source>Your name is not set: letters are signed with it, never with the computer&apos;s login. Set it under File ▸ Officer name and function…</source>
        <translation>Ihr Name ist nicht festgelegt: Schreiben werden mit Ihrem Namen unterzeichnet, nie mit dem Anmeldenamen des Computers. Festlegen unter Datei ▸ Ihr Name und Ihre Funktion…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="53"/>
        <source>Letterhead: the register entry of %1 lacks: %2; complete it under Companies</source>
        <translation>Briefkopf: Im Eintrag von %1 fehlen %2; ergänzen Sie ihn unter Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="84"/>
        <source>Letter — %1</source>
        <translation>Schreiben — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="93"/>
        <source>(proposed)</source>
        <translation>(vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="95"/>
        <source>(due)</source>
        <translation>(fällig)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="107"/>
        <source>Start from the template</source>
        <translation>Mit Vorlage neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="108"/>
        <source>Replace the text below with the template&apos;s wording</source>
        <translation>Den Text unten durch den Wortlaut der Vorlage ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="111"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="113"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="121"/>
        <source>Paragraphs are separated by an empty line. A paragraph starting with &quot;## &quot; is a heading; lines starting with &quot;- &quot; are a list.</source>
        <translation>Absätze werden durch eine Leerzeile getrennt. Ein Absatz, der mit „## “ beginnt, ist eine Überschrift; Zeilen, die mit „- “ beginnen, bilden eine Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="128"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="130"/>
        <source>Text (editable)</source>
        <translation>Text (bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="158"/>
        <source>%1 is a sample entry of the company register: replace its data before this letter is sent.</source>
        <translation>%1 ist ein Mustereintrag im Gesellschaftsverzeichnis: Ersetzen Sie dessen Angaben, bevor dieses Schreiben versandt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="182"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="183"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="184"/>
        <source>Mark as sent</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="196"/>
        <source>Sent on / by</source>
        <translation>Versandt am / per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="273"/>
        <source>Preview: 1 page</source>
        <translation>Vorschau: 1 Seite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="275"/>
        <source>Preview: %1 pages</source>
        <translation>Vorschau: %1 Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="294"/>
        <source>A draft: it can be previewed and saved, not printed or marked as sent.</source>
        <translation>Ein Entwurf: Er kann angezeigt und gespeichert, aber nicht gedruckt oder als versandt markiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="306"/>
        <source>Keeps this PDF in the case as sent; it cannot be changed afterwards</source>
        <translation>Legt dieses PDF als versandt im Vorgang ab; danach kann es nicht mehr geändert werden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="327"/>
        <source>The one-month deadline was %1: an extension notice sent after it is late (Art. 12(3) GDPR) and will be flagged.</source>
        <translation>Die Monatsfrist endete am %1: Eine danach versandte Verlängerungsmitteilung ist verspätet (Art. 12 Abs. 3 DSGVO) und wird gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="393"/>
        <source>Save the letter</source>
        <translation>Schreiben speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="393"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <location filename="../../ui/text.py" line="187"/>
        <source>legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="188"/>
        <source>registered office</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="189"/>
        <source>register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="190"/>
        <source>register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>board members</source>
        <translation>Vorstandsmitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>executive directors</source>
        <translation>geschäftsführende Direktoren</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="193"/>
        <source>managing directors</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="194"/>
        <source>directors</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="195"/>
        <source>chair of the administrative board</source>
        <translation>Vorsitz des Verwaltungsrats</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="196"/>
        <source>chair of the supervisory board</source>
        <translation>Aufsichtsratsvorsitz</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="197"/>
        <source>KvK number</source>
        <translation>KvK-Nummer</translation>
    </message>
</context>
<context>
    <name>LinkCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="18"/>
        <source>Link a case</source>
        <translation>Vorgang verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="18"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="19"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="20"/>
        <source>Its reference, e.g. PD-2026-000123</source>
        <translation>Sein Aktenzeichen, z. B. PD-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="22"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="22"/>
        <source>The complaint concerns it</source>
        <translation>Die Beschwerde betrifft ihn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="28"/>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Privacy Desk — DEMO store: invented cases</source>
        <translation>Privacy Desk — DEMO-Datenbank: erfundene Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Suppression register</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Companies</source>
        <translation>Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Processing register</source>
        <translation>Verarb.-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>GDPR requests desk</source>
        <translation>DSGVO-Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>DEMO store: invented cases</source>
        <translation>DEMO-Datenbank: erfundene Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Also open in another window</source>
        <translation>Auch in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Another Privacy Desk window has this store open. Changes made there show here within seconds; a change to a case that was changed there meanwhile is refused.</source>
        <translation>Ein anderes Privacy-Desk-Fenster hat diese Datenbank geöffnet. Dort vorgenommene Änderungen erscheinen hier innerhalb von Sekunden; eine Änderung an einem Vorgang, der dort inzwischen geändert wurde, wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Updated with changes made elsewhere</source>
        <translation>Mit Änderungen von anderer Stelle aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>1 case in the list</source>
        <translation>1 Vorgang in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>%1 cases in the list</source>
        <translation>%1 Vorgänge in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Working as %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>About Privacy Desk</source>
        <translation>Über Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&lt;b&gt;Privacy Desk&lt;/b&gt;&lt;br&gt;Data-subject requests, handled offline.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Privacy Desk&lt;/b&gt;&lt;br&gt;Anträge betroffener Personen, offline bearbeitet.&lt;br&gt;Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>MarketingObjectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="41"/>
        <source>Uphold the marketing objection</source>
        <translation>Werbewiderspruch stattgeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="41"/>
        <source>Uphold</source>
        <translation>Stattgeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="44"/>
        <source>An objection to direct marketing is absolute (Art. 21(3) GDPR): no balancing, no refusal. The person goes on the suppression register for every channel ticked, with only what is needed to honour the objection.</source>
        <translation>Ein Widerspruch gegen Direktwerbung gilt uneingeschränkt (Art. 21 Abs. 3 DSGVO): keine Abwägung, keine Ablehnung. Die Person wird für jeden angehakten Kanal in die Sperrliste aufgenommen, nur mit den Angaben, die zur Beachtung des Widerspruchs nötig sind.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="52"/>
        <source>Stop advertising by</source>
        <translation>Werbung einstellen per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="61"/>
        <source>Marketing objection upheld: %1 stopped from %2.</source>
        <translation>Werbewiderspruch stattgegeben: %1 ab %2 gestoppt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="62"/>
        <source>one channel</source>
        <translation>ein Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="62"/>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="66"/>
        <source>The suppression register already had them.</source>
        <translation>Sie standen bereits auf der Sperrliste.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="71"/>
        <source>A new store – Privacy Desk</source>
        <translation>Neue Datenbank – Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="72"/>
        <source>Make the store</source>
        <translation>Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="75"/>
        <source>Privacy Desk makes a new, encrypted store at &lt;b&gt;%1&lt;/b&gt;. Its key is kept in this computer&apos;s keychain (where there is one) and, locked by the recovery passphrase you choose here, in the key file beside the store.&lt;br&gt;&lt;br&gt;&lt;b&gt;Write the passphrase down and keep the paper in a safe place.&lt;/b&gt; On another computer, after a restore, or without the keychain, the store opens only with it: nobody, not even Privacy Desk&apos;s makers, can open it without.</source>
        <translation>Privacy Desk legt unter &lt;b&gt;%1&lt;/b&gt; eine neue, verschlüsselte Datenbank an. Ihr Schlüssel wird im Schlüsselbund des Systems dieses Computers aufbewahrt (sofern vorhanden) und, gesichert durch die hier gewählte Wiederherstellungs-Passphrase, in der Schlüsseldatei neben der Datenbank.&lt;br&gt;&lt;br&gt;&lt;b&gt;Schreiben Sie die Passphrase auf und bewahren Sie das Papier an einem sicheren Ort auf.&lt;/b&gt; Auf einem anderen Computer, nach einer Wiederherstellung oder ohne Schlüsselbund lässt sich die Datenbank nur mit ihr öffnen: Ohne sie kann niemand die Datenbank öffnen, auch nicht die Entwickler von Privacy Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="88"/>
        <source>Recovery passphrase</source>
        <translation>Wiederherstellungs-Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="89"/>
        <source>The same again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="91"/>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="93"/>
        <source>Suggest a strong one</source>
        <translation>Sichere Passphrase vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="123"/>
        <source>at least %1 characters, please</source>
        <translation>bitte mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="126"/>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="349"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="349"/>
        <source>Add note</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="351"/>
        <source>Record facts of the procedure, not copies of the personal data disclosed.</source>
        <translation>Halten Sie Fakten zum Verfahren fest, keine Kopien der offengelegten personenbezogenen Daten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="353"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="357"/>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="20"/>
        <location filename="../../ui/case_file/notes_tab.py" line="46"/>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="21"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="44"/>
        <source>One note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="44"/>
        <source>%1 notes, oldest first.</source>
        <translation>%1 Notizen, älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="32"/>
        <source>Recipient notified</source>
        <translation>Empfänger benachrichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="32"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="35"/>
        <source>%1 was told of the rectification, erasure or restriction (Art. 19 GDPR).</source>
        <translation>%1 wurde über die Berichtigung, Löschung oder Einschränkung unterrichtet (Art. 19 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="39"/>
        <source>Notified on</source>
        <translation>Benachrichtigt am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="43"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="52"/>
        <source>%1 notified on %2.</source>
        <translation>%1 am %2 benachrichtigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="33"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="34"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="35"/>
        <source>Supplier portal</source>
        <translation>Lieferantenportal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="36"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="37"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>OfficerSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="28"/>
        <source>Welcome to Privacy Desk</source>
        <translation>Willkommen bei Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="28"/>
        <source>Officer</source>
        <translation>Ihr Name und Ihre Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="32"/>
        <source>Letters are signed with your name and your function in the letter&apos;s language; the history of each case names you too. Privacy Desk never signs a letter with the computer&apos;s login: until a name is set, letters can be previewed and saved as drafts, but not printed or marked as sent.</source>
        <translation>Schreiben werden mit Ihrem Namen und Ihrer Funktion in der Sprache des Schreibens unterzeichnet; auch der Verlauf jedes Vorgangs nennt Sie. Privacy Desk unterzeichnet nie mit dem Anmeldenamen des Computers: Solange kein Name festgelegt ist, können Schreiben angezeigt und als Entwurf gespeichert, aber nicht gedruckt oder als versandt markiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="43"/>
        <source>e.g. Dr. Katrin Weiß</source>
        <translation>z. B. Dr. Katrin Weiß</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="45"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="46"/>
        <source>Function under the signature</source>
        <translation>Funktion unter der Unterschrift</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="32"/>
        <location filename="../../ui/dialogs/open_store.py" line="115"/>
        <source>Open a store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="33"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="42"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="50"/>
        <source>Store file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="51"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="64"/>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>Verschlüsselt, Zertifikat und Name des Servers geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="65"/>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="66"/>
        <source>Encrypted, nothing checked</source>
        <translation>Verschlüsselt, nichts geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="70"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="73"/>
        <source>Empty: from the keychain or your .pgpass</source>
        <translation>Leer: aus dem Schlüsselbund oder Ihrer .pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="74"/>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="76"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="77"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="78"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="79"/>
        <source>Your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="80"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="81"/>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="82"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="86"/>
        <source>The office&apos;s server</source>
        <translation>Server des Büros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="115"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy-Desk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="124"/>
        <source>there is no store file at this path</source>
        <translation>unter diesem Pfad gibt es keine Datenbankdatei</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/listed_words.py" line="49"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="50"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="51"/>
        <source>Unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="52"/>
        <source>Withdrawal</source>
        <translation>Widerruf</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="37"/>
        <source>Ask for identification</source>
        <translation>Identitätsnachweis anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="37"/>
        <source>Pause the clock</source>
        <translation>Frist anhalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="40"/>
        <source>Ask only on reasonable doubt and only for what is needed; prefer the customer number or a known email address over a copy of an ID. The clock stops until the information arrives; the days waited are added to the deadline.</source>
        <translation>Fordern Sie nur bei begründeten Zweifeln und nur das Nötige an; Kundennummer oder eine bekannte E-Mail-Adresse sind einer Ausweiskopie vorzuziehen. Die Frist ruht, bis die Angaben eingehen; die Wartetage werden der Frist hinzugerechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="47"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="50"/>
        <source>e.g. reasonable doubt about the identity: the address differs from ours</source>
        <translation>z. B. begründete Zweifel an der Identität: Die Adresse weicht von unserer ab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="52"/>
        <source>Asked on</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="56"/>
        <source>Clock paused: waiting for identification.</source>
        <translation>Frist angehalten: Warten auf Identitätsnachweis.</translation>
    </message>
</context>
<context>
    <name>PostalFields</name>
    <message>
        <location filename="../../ui/listed_words.py" line="53"/>
        <location filename="../../ui/postal_fields.py" line="16"/>
        <source>By full name</source>
        <translation>Mit vollem Namen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="54"/>
        <source>How the letters greet the person; by full name when not known</source>
        <translation>Anrede in den Schreiben; mit vollem Namen, wenn nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="57"/>
        <location filename="../../ui/postal_fields.py" line="18"/>
        <source>Mr (Herr, de heer)</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="58"/>
        <location filename="../../ui/postal_fields.py" line="17"/>
        <source>Ms (Frau, mevrouw)</source>
        <translation>Frau</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <location filename="../../ui/pages/processing.py" line="56"/>
        <source>Processing register</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="58"/>
        <source>Purposes, legal bases, recipients and retention rules from the privacy statement; objection and withdrawal decisions and letters draw on them.</source>
        <translation>Zwecke, Rechtsgrundlagen, Empfänger und Aufbewahrungsregeln aus den Datenschutzhinweisen; Entscheidungen über Widersprüche und Widerrufe sowie Schreiben greifen darauf zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="66"/>
        <source>Every saved change is a new version; the audit log records who and when.</source>
        <translation>Jede gespeicherte Änderung ist eine neue Version; das Prüfprotokoll hält fest, wer sie wann vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="75"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="77"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="80"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="213"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="264"/>
        <source>Remove from the register</source>
        <translation>Aus dem Verzeichnis entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="265"/>
        <source>Remove “%1” from the processing register? The register keeps its earlier versions; cases decided under them are not changed.</source>
        <translation>„%1“ aus dem Verzeichnis von Verarbeitungstätigkeiten entfernen? Das Verzeichnis behält seine früheren Versionen; unter ihnen entschiedene Vorgänge bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="275"/>
        <source>Removed “%1”: now version %2.</source>
        <translation>„%1“ entfernt: jetzt Version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="288"/>
        <source>Saved: now version %1.</source>
        <translation>Gespeichert: jetzt Version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="295"/>
        <source>“%1” was not removed (%2: %3).</source>
        <translation>„%1“ wurde nicht entfernt (%2: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="302"/>
        <source>These purposes still name it: %1.</source>
        <translation>Diese Zwecke verweisen noch darauf: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="59"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="60"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="61"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="171"/>
        <source>New purpose</source>
        <translation>Neuer Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="171"/>
        <source>Edit purpose</source>
        <translation>Zweck bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="174"/>
        <source>lower case and hyphens, e.g. advertising-sms</source>
        <translation>Kleinbuchstaben und Bindestriche, z. B. werbung-sms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="175"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="175"/>
        <source>as in the privacy statement</source>
        <translation>wie in den Datenschutzhinweisen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="177"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="178"/>
        <source>Statement §</source>
        <translation>§ Datenschutzhinweise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="178"/>
        <source>e.g. 3.2, 5</source>
        <translation>z. B. 3.2, 5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="193"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="196"/>
        <source>Based on legitimate interests: the Art. 21(1) objection applies</source>
        <translation>Beruht auf berechtigten Interessen: Widerspruch nach Art. 21 Abs. 1 DSGVO möglich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="200"/>
        <source>Based on consent: withdrawal (Art. 7(3)) applies</source>
        <translation>Beruht auf Einwilligung: Widerruf nach Art. 7 Abs. 3 DSGVO möglich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="205"/>
        <source>None (not an advertising channel)</source>
        <translation>Keiner (kein Werbekanal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="210"/>
        <source>The suppression channel that stops this purpose for a person</source>
        <translation>Der Kanal der Sperrliste, über den dieser Zweck für eine Person gestoppt wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="212"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="249"/>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="249"/>
        <source>Edit recipient</source>
        <translation>Empfänger bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="252"/>
        <source>lower case and hyphens, e.g. mailing-house</source>
        <translation>Kleinbuchstaben und Bindestriche, z. B. lettershop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="253"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="253"/>
        <source>e.g. Mailing house Müller GmbH</source>
        <translation>z. B. Lettershop Müller GmbH</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="255"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../ui/refusal_words.py" line="7"/>
        <source>%1 Art. 19 notice(s) still open: record each recipient as notified or exempt first</source>
        <translation>%1 Mitteilung(en) nach Art. 19 noch offen: Erfassen Sie zuerst jeden Empfänger als benachrichtigt oder ausgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="8"/>
        <source>%1 about this case is still open: the file is kept until it is closed</source>
        <translation>%1 zu diesem Vorgang ist noch offen: Die Akte wird aufbewahrt, bis er abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="9"/>
        <source>%1 exists already: choose another folder</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="10"/>
        <source>%1 is before the GDPR applied (2018-05-25)</source>
        <translation>%1 liegt vor dem Geltungsbeginn der DSGVO (25. Mai 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="11"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="12"/>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="13"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 ist kein gültiger Kalendertag</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="14"/>
        <source>%1 is not a two-letter country code</source>
        <translation>%1 ist kein Ländercode mit zwei Buchstaben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="15"/>
        <source>%1 is not based on consent</source>
        <translation>%1 beruht nicht auf einer Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="16"/>
        <source>%1 is not based on legitimate interests; Art. 21(1) does not apply (explain the actual basis instead)</source>
        <translation>%1 beruht nicht auf berechtigten Interessen; Art. 21 Abs. 1 ist nicht anwendbar (erläutern Sie stattdessen die tatsächliche Rechtsgrundlage)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="17"/>
        <source>%1 lies after the date the letter was received</source>
        <translation>%1 liegt nach dem Eingangsdatum des Schreibens</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="18"/>
        <source>%1 lies before the day the inquiry arrived (%2)</source>
        <translation>%1 liegt vor dem Eingang der Anfrage (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="19"/>
        <source>%1 lies before the start of the period (%2)</source>
        <translation>%1 liegt vor dem Beginn des Zeitraums (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="20"/>
        <source>%1 lies in the future</source>
        <translation>%1 liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="21"/>
        <source>%1 lies in the future (today is %2)</source>
        <translation>%1 liegt in der Zukunft (heute ist der %2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="22"/>
        <source>%1: letters exist in %2</source>
        <translation>%1: Schreiben gibt es nur in den Sprachen %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="23"/>
        <source>a case cannot be linked to itself</source>
        <translation>ein Vorgang kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="24"/>
        <source>a case keeps at least one request</source>
        <translation>ein Vorgang muss mindestens einen Antrag behalten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="25"/>
        <source>a case that is %1 cannot be %2</source>
        <translation>ein Vorgang im Status %1 kann nicht %2 werden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="26"/>
        <source>a closed case cannot record an identity check</source>
        <translation>bei einem abgeschlossenen Vorgang kann keine Identitätsprüfung erfasst werden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="27"/>
        <source>a hold suspends deletion; lift it first</source>
        <translation>ein Löschstopp setzt die Löschung aus; heben Sie ihn zuerst auf</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="28"/>
        <source>a login is at most 63 letters, digits and . _ - @ (the server&apos;s role name)</source>
        <translation>eine Anmeldung hat höchstens 63 Buchstaben, Ziffern und . _ - @ (der Rollenname auf dem Server)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="29"/>
        <source>a purpose still names it; take it out there first</source>
        <translation>ein Zweck nennt diesen Empfänger noch; entfernen Sie ihn zuerst dort</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="30"/>
        <source>a rejection needs the compelling legitimate grounds or the legal claim, in writing</source>
        <translation>eine Ablehnung erfordert die schriftliche Angabe der zwingenden schutzwürdigen Gründe oder des Rechtsanspruchs</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="31"/>
        <source>a server store is backed up by its server (pg_dump), not here</source>
        <translation>eine Server-Datenbank wird von ihrem Server gesichert (pg_dump), nicht hier</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="32"/>
        <source>a server store&apos;s address starts with postgresql://</source>
        <translation>die Adresse einer Server-Datenbank beginnt mit postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="33"/>
        <source>already decided on %1; change holds or record deletions on the blocked data instead</source>
        <translation>bereits am %1 entschieden; ändern Sie stattdessen Löschstopps oder erfassen Sie Löschungen bei den gesperrten Daten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="34"/>
        <source>already recorded as deleted</source>
        <translation>bereits als gelöscht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="35"/>
        <source>an extension needs the reasons (complexity or number)</source>
        <translation>eine Verlängerung erfordert eine Begründung (Komplexität oder Anzahl der Anträge)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="36"/>
        <source>an in-memory store has no backups</source>
        <translation>eine Datenbank im Arbeitsspeicher hat keine Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="37"/>
        <source>an objection to direct marketing is absolute: it is always upheld</source>
        <translation>ein Widerspruch gegen Direktwerbung gilt uneingeschränkt: Ihm wird stets stattgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="38"/>
        <source>another entry already has this id</source>
        <translation>ein anderer Eintrag hat bereits diese ID</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="39"/>
        <source>at most 100 lines</source>
        <translation>höchstens 100 Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="40"/>
        <source>cannot be corrected (only %1)</source>
        <translation>kann nicht korrigiert werden (nur %1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="41"/>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="42"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="43"/>
        <source>cannot change: cases and letters refer to it</source>
        <translation>kann nicht geändert werden: Vorgänge und Schreiben verweisen darauf</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="44"/>
        <source>cannot write there (%1); any earlier file is unchanged</source>
        <translation>dort kann nicht gespeichert werden (%1); eine bereits vorhandene Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="45"/>
        <source>choose impossible or disproportionate effort</source>
        <translation>bitte „Unmöglich“ oder „Unverhältnismäßiger Aufwand“ wählen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="46"/>
        <source>confirm at least one channel</source>
        <translation>bitte mindestens einen Kanal bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="47"/>
        <source>contains a control character (U+%1)</source>
        <translation>enthält ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="48"/>
        <source>contains an invisible direction override (U+%1)</source>
        <translation>enthält ein unsichtbares Steuerzeichen für die Schreibrichtung (U+%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="49"/>
        <source>credit scoring was used: tick the purpose &apos;credit checks&apos; too</source>
        <translation>ein Bonitätsscore wurde verwendet: Haken Sie auch den Zweck „Bonitätsprüfung und Scoring“ an</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="50"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="51"/>
        <source>each entry must be an object</source>
        <translation>jeder Eintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="52"/>
        <source>export to a .csv file</source>
        <translation>bitte in eine .csv-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="53"/>
        <source>export to a .csv or .xlsx file</source>
        <translation>bitte in eine .csv- oder .xlsx-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="54"/>
        <source>export to a .ics file</source>
        <translation>bitte in eine .ics-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="55"/>
        <source>export to a .json or .csv file</source>
        <translation>bitte in eine .json- oder .csv-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="56"/>
        <source>export to a .pdf file</source>
        <translation>bitte in eine .pdf-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="57"/>
        <source>give 0 to %1 working days</source>
        <translation>0 bis %1 Arbeitstage angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="58"/>
        <source>give an email address or a phone number</source>
        <translation>bitte eine E-Mail-Adresse oder eine Telefonnummer angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="59"/>
        <source>give an outcome for %1</source>
        <translation>bitte ein Ergebnis für %1 angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="60"/>
        <source>give one server: the address lists several</source>
        <translation>bitte einen Server angeben: Die Adresse nennt mehrere</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="61"/>
        <source>give the city (or town) of the postal address</source>
        <translation>bitte den Ort der Postanschrift angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="62"/>
        <source>give the country of the postal address as an ISO code, e.g. NL</source>
        <translation>bitte das Land der Postanschrift als ISO-Code angeben, z. B. NL</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="63"/>
        <source>give the officer&apos;s login</source>
        <translation>bitte die Anmeldung der Bearbeiterin oder des Bearbeiters angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="64"/>
        <source>give the reasons why %1 was not granted in full: the letter must tell the person (Art. 12(4) GDPR)</source>
        <translation>bitte begründen, warum %1 nicht vollständig erfüllt wurde: Das Schreiben muss es der Person mitteilen (Art. 12 Abs. 4 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="65"/>
        <source>give the server&apos;s name or address</source>
        <translation>bitte Namen oder Adresse des Servers angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="66"/>
        <source>has more cells than the header</source>
        <translation>hat mehr Zellen als die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="67"/>
        <source>holds no companies</source>
        <translation>enthält keine Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="68"/>
        <source>holds no list of companies</source>
        <translation>enthält keine Liste von Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="69"/>
        <source>is already in the register: edit that entry instead</source>
        <translation>ist bereits im Verzeichnis: Bearbeiten Sie stattdessen diesen Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="70"/>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="71"/>
        <source>is not a phone number (at least nine digits)</source>
        <translation>ist keine Telefonnummer (mindestens neun Ziffern)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="72"/>
        <source>is not an email address (%1)</source>
        <translation>ist keine E-Mail-Adresse (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="73"/>
        <source>is not an email address (name@example.org)</source>
        <translation>ist keine E-Mail-Adresse (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="74"/>
        <source>is not valid JSON (%1)</source>
        <translation>ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="75"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="76"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>ist erforderlich (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="77"/>
        <source>is required (letters are signed with it)</source>
        <translation>ist erforderlich (Schreiben werden damit unterzeichnet)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="78"/>
        <source>is the 8-digit number of the Dutch Chamber of Commerce</source>
        <translation>muss die achtstellige Nummer der niederländischen Handelskammer (KvK) sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="79"/>
        <source>is too large (%1 MB; at most 5 MB)</source>
        <translation>ist zu groß (%1 MB; höchstens 5 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="80"/>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="81"/>
        <source>it takes effect on the day it was received (%1), not on %2; record the day the systems were updated as &apos;carried out on&apos;</source>
        <translation>gilt ab dem Tag des Eingangs (%1), nicht ab %2; erfassen Sie den Tag der Systemaktualisierung unter „Umgesetzt am“</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="82"/>
        <source>lies after the identity check began (%1)</source>
        <translation>liegt nach dem Beginn der Identitätsprüfung (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="83"/>
        <source>lies before the date of the person&apos;s letter (%1)</source>
        <translation>liegt vor dem Datum des Schreibens der Person (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="84"/>
        <source>lies before the request was received</source>
        <translation>liegt vor dem Eingang des Antrags</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="85"/>
        <source>lies in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="86"/>
        <source>must be a list of objects</source>
        <translation>muss eine Liste von Objekten sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="87"/>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="88"/>
        <source>must be a whole number from 1 to 30</source>
        <translation>muss eine ganze Zahl von 1 bis 30 sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="89"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="90"/>
        <source>must be an object with name and address</source>
        <translation>muss ein Objekt mit name und address sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="91"/>
        <source>must be an object with street, postcode, city</source>
        <translation>muss ein Objekt mit street, postcode, city sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="92"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="93"/>
        <source>name a company or a country, not both</source>
        <translation>bitte eine Gesellschaft oder ein Land angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="94"/>
        <source>name at least one category of data</source>
        <translation>bitte mindestens eine Datenkategorie angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="95"/>
        <source>name at least one consent that is withdrawn</source>
        <translation>bitte mindestens eine widerrufene Einwilligung angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="96"/>
        <source>name at least one request type</source>
        <translation>bitte mindestens eine Antragsart angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="97"/>
        <source>name the categories of data processed</source>
        <translation>bitte die verarbeiteten Datenkategorien angeben</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="98"/>
        <source>name the processing the objection targets</source>
        <translation>bitte die Verarbeitung angeben, gegen die sich der Widerspruch richtet</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="99"/>
        <source>names must be an object of language: name</source>
        <translation>names muss ein Objekt der Form Sprache: Name sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="100"/>
        <source>names: give a name per language (%1)</source>
        <translation>names: bitte einen Namen je Sprache angeben (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="101"/>
        <source>no blocked data with id %1</source>
        <translation>keine gesperrten Daten mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="102"/>
        <source>no case %1</source>
        <translation>kein Vorgang %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="103"/>
        <source>no case %1 in this store</source>
        <translation>kein Vorgang %1 in dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="104"/>
        <source>no case with id %1</source>
        <translation>kein Vorgang mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="105"/>
        <source>no case with that reference</source>
        <translation>kein Vorgang mit diesem Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="106"/>
        <source>no company %1 in the register</source>
        <translation>keine Gesellschaft %1 im Gesellschaftsverzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="107"/>
        <source>no entry %1 in the processing register</source>
        <translation>kein Eintrag %1 im Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="108"/>
        <source>no holiday calendar for country %1</source>
        <translation>kein Feiertagskalender für das Land %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="109"/>
        <source>no holiday calendar for country %2 and region %1</source>
        <translation>kein Feiertagskalender für das Land %2 und die Region %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="110"/>
        <source>no letter with id %1</source>
        <translation>kein Schreiben mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="111"/>
        <source>no notice with id %1</source>
        <translation>keine Mitteilung mit der ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="112"/>
        <source>no postal address is on file: send it by email or fax, or add the address</source>
        <translation>keine Postanschrift erfasst: Versenden Sie das Schreiben per E-Mail oder Fax oder ergänzen Sie die Anschrift</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="113"/>
        <source>no postal address: send it from the case</source>
        <translation>keine Postanschrift: Versenden Sie das Schreiben aus dem Vorgang heraus</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="114"/>
        <source>no purpose %1 in the processing register</source>
        <translation>kein Zweck %1 im Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="115"/>
        <source>no recipient %1 in the register</source>
        <translation>kein Empfänger %1 im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="116"/>
        <source>no retention rule %1 in the register</source>
        <translation>keine Aufbewahrungsregel %1 im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="117"/>
        <source>no such attachment (deleted?)</source>
        <translation>Anhang nicht gefunden (gelöscht?)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="118"/>
        <source>no such field: %1</source>
        <translation>unbekanntes Feld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="119"/>
        <source>no such file (deleted?)</source>
        <translation>Datei nicht gefunden (gelöscht?)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="120"/>
        <source>no suppression entry %1</source>
        <translation>kein Sperrlisteneintrag %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="121"/>
        <source>nothing differs from what is recorded</source>
        <translation>nichts weicht von den erfassten Angaben ab</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="122"/>
        <source>nothing to correct</source>
        <translation>nichts zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="123"/>
        <source>only a closed case can be purged</source>
        <translation>nur ein abgeschlossener Vorgang kann endgültig gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="124"/>
        <source>only objections under Art. 21(1) are assessed</source>
        <translation>nur Widersprüche nach Art. 21 Abs. 1 werden geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="125"/>
        <source>recipients ticked, yet &apos;disclosed to nobody&apos;</source>
        <translation>Empfänger angehakt, aber zugleich „An niemanden offengelegt“</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="126"/>
        <source>record the balancing of interests</source>
        <translation>bitte die Interessenabwägung festhalten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="127"/>
        <source>that is the store itself: choose another file name</source>
        <translation>das ist die Datenbank selbst: Wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="128"/>
        <source>the %1 request has a decision or an outcome: it stays</source>
        <translation>der Antrag der Art %1 hat bereits eine Entscheidung oder ein Ergebnis: Er bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="129"/>
        <source>the %1 request was decided as %2 on %3; close it with that outcome</source>
        <translation>der Antrag der Art %1 wurde am %3 als %2 entschieden; schließen Sie ihn mit diesem Ergebnis ab</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="130"/>
        <source>the address has an option this program does not use: %1</source>
        <translation>die Adresse enthält eine Option, die dieses Programm nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="131"/>
        <source>the address holds a password: remove it and keep the password in the keychain or in your .pgpass</source>
        <translation>die Adresse enthält ein Passwort: Entfernen Sie es und legen Sie das Passwort im Schlüsselbund oder in Ihrer .pgpass ab</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="132"/>
        <source>the address names no database (postgresql://user@host/db)</source>
        <translation>die Adresse nennt keine Datenbank (postgresql://benutzer@host/db)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="133"/>
        <source>the address&apos;s port is not a number</source>
        <translation>der Port der Adresse ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="134"/>
        <source>the answer was due on %1: asking for identification now cannot stop a clock that has run out; answer the request, or refuse it if the identity stays in doubt</source>
        <translation>die Antwort war am %1 fällig: Ein jetzt angeforderter Identitätsnachweis kann eine abgelaufene Frist nicht mehr anhalten; beantworten Sie den Antrag oder lehnen Sie ihn ab, wenn die Identität zweifelhaft bleibt</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="135"/>
        <source>the authority set this inquiry&apos;s deadline; record a new date it grants instead</source>
        <translation>die Frist dieser Anfrage setzt die Behörde; erfassen Sie stattdessen ein neues Datum, das sie gewährt</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="136"/>
        <source>the case file is kept until %1 (DOMAIN.md §7); purge after it</source>
        <translation>die Vorgangsakte wird bis zum %1 aufbewahrt (DOMAIN.md §7); löschen Sie sie erst danach endgültig</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="137"/>
        <source>the case has no %1 request</source>
        <translation>der Vorgang enthält keinen Antrag der Art %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="138"/>
        <source>the case has no access request</source>
        <translation>der Vorgang enthält keinen Auskunftsantrag</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="139"/>
        <source>the case is already extended</source>
        <translation>die Frist des Vorgangs ist bereits verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="140"/>
        <source>the case is already with that company</source>
        <translation>der Vorgang liegt bereits bei dieser Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="141"/>
        <source>the case is closed</source>
        <translation>der Vorgang ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="142"/>
        <source>the case is closed: reopen it to change its requests</source>
        <translation>der Vorgang ist abgeschlossen: Eröffnen Sie ihn wieder, um seine Anträge zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="143"/>
        <source>the case is closed: reopen it to correct the date</source>
        <translation>der Vorgang ist abgeschlossen: Eröffnen Sie ihn wieder, um das Datum zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="144"/>
        <source>the case is closed; reopen it first</source>
        <translation>der Vorgang ist abgeschlossen; eröffnen Sie ihn zuerst wieder</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="145"/>
        <source>the case is no authority inquiry</source>
        <translation>der Vorgang ist keine Anfrage einer Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="146"/>
        <source>the case was paused on %1; resume on or after it</source>
        <translation>die Frist ruht seit dem %1; die Fortsetzung ist frühestens an diesem Tag möglich</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="147"/>
        <source>the file is too large (%1 MB; at most 25 MB)</source>
        <translation>die Datei ist zu groß (%1 MB; höchstens 25 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="148"/>
        <source>the letter &quot;%1&quot; does not fit: %2</source>
        <translation>das Schreiben „%1“ passt nicht: %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="149"/>
        <source>the message has no date: give the date it arrived</source>
        <translation>die Nachricht hat kein Datum: Geben Sie das Eingangsdatum an</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="150"/>
        <source>the message names no sender: give the requester&apos;s name</source>
        <translation>die Nachricht nennt keinen Absender: Geben Sie den Namen des Antragstellers an</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="151"/>
        <source>the one-month deadline passed on %1; an extension must be notified within the first month</source>
        <translation>die Monatsfrist ist am %1 abgelaufen; eine Verlängerung muss innerhalb des ersten Monats mitgeteilt werden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="152"/>
        <source>the original message is the request itself: mark the attached scan instead; it is cut out of the original when the check is recorded</source>
        <translation>die Originalnachricht ist der Antrag selbst: Markieren Sie stattdessen den angehängten Scan; er wird beim Erfassen der Prüfung aus dem Original entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="153"/>
        <source>the recovery passphrase needs at least %1 characters</source>
        <translation>die Wiederherstellungs-Passphrase muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="154"/>
        <source>the register has no head company %1</source>
        <translation>das Gesellschaftsverzeichnis enthält keine Muttergesellschaft %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="155"/>
        <source>the retention duty for this document ended on %1: erase it now</source>
        <translation>die Aufbewahrungspflicht für dieses Dokument endete am %1: Löschen Sie es sofort</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="156"/>
        <source>the retention duty runs until %1; delete after it</source>
        <translation>die Aufbewahrungspflicht läuft bis zum %1; löschen Sie erst danach</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="157"/>
        <source>the same company id appears twice</source>
        <translation>dieselbe Gesellschafts-ID kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="158"/>
        <source>the same id appears twice</source>
        <translation>dieselbe ID kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="159"/>
        <source>the server %1 is not on this machine: its connection must be encrypted (sslmode=verify-full, verify-ca or require)</source>
        <translation>der Server %1 ist nicht dieser Rechner: Die Verbindung muss verschlüsselt sein (sslmode=verify-full, verify-ca oder require)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="160"/>
        <source>this case was changed meanwhile (in another window or program): reload it and try again</source>
        <translation>dieser Vorgang wurde inzwischen geändert (in einem anderen Fenster oder Programm): Laden Sie ihn neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="161"/>
        <source>this case was changed meanwhile by %1: reload it and try again</source>
        <translation>dieser Vorgang wurde inzwischen von %1 geändert: Laden Sie ihn neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="162"/>
        <source>this computer has no keychain to keep the password in: keep it in your .pgpass, or leave the keychain box unticked</source>
        <translation>dieser Computer hat keinen Schlüsselbund für das Passwort: Legen Sie es in Ihrer .pgpass ab oder lassen Sie das Kästchen für den Schlüsselbund leer</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="163"/>
        <source>this message is in the case already (%1)</source>
        <translation>diese Nachricht ist bereits im Vorgang (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="164"/>
        <source>this store holds real cases; demo cases go only into a demo store of their own: give a new file with --db</source>
        <translation>diese Datenbank enthält echte Vorgänge; Demo-Vorgänge gehören nur in eine eigene Demo-Datenbank: Geben Sie mit --db eine neue Datei an</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="165"/>
        <source>tick at least one recipient</source>
        <translation>bitte mindestens einen Empfänger anhaken</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="166"/>
        <source>tick the purposes that apply to this person</source>
        <translation>bitte die Zwecke anhaken, die auf diese Person zutreffen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="167"/>
        <source>tick the recipients to tell (Art. 19 GDPR), or confirm that the data were disclosed to nobody</source>
        <translation>bitte die zu benachrichtigenden Empfänger anhaken (Art. 19 DSGVO) oder bestätigen, dass die Daten niemandem offengelegt wurden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="168"/>
        <source>unknown recipient %1</source>
        <translation>unbekannter Empfänger %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="169"/>
        <source>use 2-63 lower-case letters, digits and hyphens (e.g. hoffmann-nl)</source>
        <translation>bitte 2 bis 63 Kleinbuchstaben, Ziffern und Bindestriche verwenden (z. B. hoffmann-nl)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="170"/>
        <source>use a .json or .csv company register</source>
        <translation>bitte ein Gesellschaftsverzeichnis als .json- oder .csv-Datei verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="171"/>
        <source>use a two-letter country code such as NL or DE</source>
        <translation>bitte einen Ländercode mit zwei Buchstaben wie NL oder DE verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="172"/>
        <source>use in or out</source>
        <translation>bitte in oder out verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="173"/>
        <source>use one of %1</source>
        <translation>bitte einen dieser Werte verwenden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="174"/>
        <source>use purposes, recipients or retention</source>
        <translation>bitte purposes, recipients oder retention verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="175"/>
        <source>years must be a whole number from 1 to 30</source>
        <translation>years muss eine ganze Zahl von 1 bis 30 sein</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="72"/>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="107"/>
        <source>choose or type</source>
        <translation>auswählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="112"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="116"/>
        <source>The id cannot change: decisions and letters refer to it.</source>
        <translation>Die ID kann nicht geändert werden: Entscheidungen und Schreiben verweisen darauf.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/listed_words.py" line="62"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="63"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="64"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../ui/models/register_table.py" line="26"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="27"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="28"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="29"/>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="30"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="144"/>
        <source>1 purpose</source>
        <translation>1 Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="144"/>
        <source>%1 purposes</source>
        <translation>%1 Zwecke</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="146"/>
        <source>1 recipient</source>
        <translation>1 Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="146"/>
        <source>%1 recipients</source>
        <translation>%1 Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="147"/>
        <source>1 retention rule</source>
        <translation>1 Aufbewahrungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="147"/>
        <source>%1 retention rules</source>
        <translation>%1 Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="214"/>
        <source>statement § %1</source>
        <translation>Datenschutzhinweise § %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="215"/>
        <source>Art. 21(1) objection applies</source>
        <translation>Widerspruch nach Art. 21 Abs. 1 möglich</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="217"/>
        <source>no Art. 21(1) objection</source>
        <translation>kein Widerspruch nach Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="218"/>
        <source>consent, may be withdrawn</source>
        <translation>Einwilligung, widerruflich</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="218"/>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="219"/>
        <source>channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="221"/>
        <source>Recipients: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="224"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="226"/>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="227"/>
        <source>no purpose</source>
        <translation>kein Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="236"/>
        <source>%1 years from the end of the year the document arose: a document of %2 is kept until %3.</source>
        <translation>%1 Jahre ab Schluss des Jahres, in dem das Dokument entstanden ist: Ein Dokument aus %2 wird bis %3 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="65"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="66"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="67"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="68"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="69"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="336"/>
        <source>Reopen the case</source>
        <translation>Vorgang wiedereröffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="336"/>
        <source>Reopen</source>
        <translation>Wiedereröffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="337"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="338"/>
        <source>e.g. the requester wrote again</source>
        <translation>z. B. der Antragsteller hat erneut geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="342"/>
        <source>Case reopened.</source>
        <translation>Vorgang wiedereröffnet.</translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="48"/>
        <source>This message quotes case %1 (%2): it may be a reply in that case.</source>
        <translation>Diese Nachricht nennt den Vorgang %1 (%2): Sie ist vielleicht eine Antwort in diesem Vorgang.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="50"/>
        <source>The sender has an open case, %1 (%2): it may be a reply in it.</source>
        <translation>Der Absender hat einen offenen Vorgang, %1 (%2): Die Nachricht ist vielleicht eine Antwort darin.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="53"/>
        <source>Also: %1.</source>
        <translation>Außerdem: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="55"/>
        <source>The case is closed; filing the reply does not reopen it.</source>
        <translation>Der Vorgang ist abgeschlossen; das Ablegen der Antwort öffnet ihn nicht wieder.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="57"/>
        <source>File it in %1</source>
        <translation>In %1 ablegen</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report_words.py" line="9"/>
        <source>Data-subject requests: report</source>
        <translation>Anträge betroffener Personen: Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="10"/>
        <source>All companies</source>
        <translation>Alle Gesellschaften</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="11"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="12"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="13"/>
        <source>Answered on time</source>
        <translation>Fristgerecht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="14"/>
        <source>Answered late</source>
        <translation>Verspätet beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="15"/>
        <source>Answered within one month</source>
        <translation>Innerhalb eines Monats beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="16"/>
        <source>  within the extended period</source>
        <translation>  innerhalb der verlängerten Frist</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="17"/>
        <source>Open and overdue at the end</source>
        <translation>Offen und überfällig am Ende</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="18"/>
        <source>Days to answer: median</source>
        <translation>Tage bis zur Antwort: Median</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="19"/>
        <source>Days to answer: 9 in 10 within</source>
        <translation>Tage bis zur Antwort: 9 von 10 innerhalb</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="20"/>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="21"/>
        <source>Identity checked (clock paused)</source>
        <translation>Identität geprüft (Frist angehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="22"/>
        <source>  days paused: median</source>
        <translation>  Tage angehalten: Median</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="23"/>
        <source>Answered with data blocked, not erased</source>
        <translation>Beantwortet mit Sperrung statt Löschung</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="24"/>
        <source>Requests received per month</source>
        <translation>Eingegangene Anträge pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="25"/>
        <source>Requests answered in the period</source>
        <translation>Im Zeitraum beantwortete Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="26"/>
        <source>Requests per type: received, and the outcomes given</source>
        <translation>Anträge nach Art: Eingang und Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="27"/>
        <source>Received by channel, company and language; backlog; handling</source>
        <translation>Eingang nach Kanal, Gesellschaft und Sprache; Bestand; Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="28"/>
        <source>On time</source>
        <translation>Fristgerecht</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="29"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="30"/>
        <source>Open and overdue</source>
        <translation>Offen und überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="31"/>
        <source>No requests in the period.</source>
        <translation>Keine Anträge im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="32"/>
        <source>Type</source>
        <translation>Antragsart</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="33"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="34"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="35"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="36"/>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="37"/>
        <source>Open backlog (days since receipt)</source>
        <translation>Offener Bestand (Tage seit Eingang)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="38"/>
        <source>Extension reasons (most given)</source>
        <translation>Verlängerungsgründe (häufigste)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="39"/>
        <source>Art. 19 notices of the cases answered</source>
        <translation>Mitteilungen nach Art. 19 der beantworteten Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="40"/>
        <source>Suppression register: entries taking effect</source>
        <translation>Sperrliste: wirksam gewordene Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="41"/>
        <source>On time: answered by the deadline in force (one month, or the extension notified within it; Art. 12(3) GDPR). A case counts as answered on the day it was closed. Open and overdue: not answered by the end of the period although its deadline had passed; a case waiting for identification is not counted.</source>
        <translation>Fristgerecht: beantwortet bis zur geltenden Frist (ein Monat oder die innerhalb dieses Monats mitgeteilte Verlängerung; Art. 12 Abs. 3 DSGVO). Ein Vorgang gilt am Tag seines Abschlusses als beantwortet. Offen und überfällig: bis zum Ende des Zeitraums nicht beantwortet, obwohl die Frist abgelaufen war; ein Vorgang, der auf die Identifizierung wartet, wird nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="84"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="86"/>
        <source>What arrived, what was answered and how fast, what is overdue: for the DPO&apos;s annual report and for an authority. A case counts as answered on the day it was closed. Double-click a figure for the cases behind it.</source>
        <translation>Was eingegangen ist, was wie schnell beantwortet wurde, was überfällig ist: für den Jahresbericht des DSB und für eine Aufsichtsbehörde. Ein Vorgang gilt am Tag seines Abschlusses als beantwortet. Doppelklick auf eine Zahl zeigt die Vorgänge dahinter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="98"/>
        <source>&amp;Count</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="104"/>
        <source>Save figures as &amp;CSV…</source>
        <translation>Zahlen als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="118"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="183"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="203"/>
        <source>%1: counted in %2 s. Drawing the charts…</source>
        <translation>%1: gezählt in %2 s. Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>The report was not saved to %1: %2</source>
        <translation>Der Bericht wurde nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="263"/>
        <source>Saved the report to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="308"/>
        <location filename="../../ui/pages/reports.py" line="318"/>
        <source>All companies</source>
        <translation>Alle Gesellschaften</translation>
    </message>
</context>
<context>
    <name>RequesterForm</name>
    <message>
        <location filename="../../ui/intake/boxes.py" line="106"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="110"/>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="111"/>
        <source>An academic title, as the letters print it</source>
        <translation>Akademischer Titel, wie er in Schreiben gedruckt wird</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="114"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="115"/>
        <source>c/o, flat, building</source>
        <translation>c/o, Wohnung, Gebäude</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="121"/>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="122"/>
        <source>Business customer</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="127"/>
        <source>e.g. NL</source>
        <translation>z. B. NL</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="129"/>
        <source>delivery or service location</source>
        <translation>Liefer- oder Leistungsort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="131"/>
        <source>— none named —</source>
        <translation>— keine genannt —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="153"/>
        <source>Form of address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="153"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="154"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="154"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="155"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="156"/>
        <source>Additional line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="157"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="157"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="158"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="158"/>
        <source>Reply in</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="159"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="159"/>
        <source>Customer no.</source>
        <translation>Kunden-Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="160"/>
        <source>Delivery country</source>
        <translation>Lieferland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="161"/>
        <source>Contract names</source>
        <translation>Vertragspartner</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="162"/>
        <source>It concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="70"/>
        <source>A credit check</source>
        <translation>Bonitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="71"/>
        <source>A particular location</source>
        <translation>Bestimmter Standort</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="72"/>
        <source>A service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="73"/>
        <source>An order or contract</source>
        <translation>Bestellung oder Vertrag</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="74"/>
        <source>Direct mail, advertising</source>
        <translation>Werbepost, Werbung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="75"/>
        <source>Visiting the website (cookies, analytics)</source>
        <translation>Besuch der Website (Cookies, Analyse)</translation>
    </message>
</context>
<context>
    <name>RequesterTab</name>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="42"/>
        <source>Form of address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="44"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="44"/>
        <source>Additional line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="45"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="45"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="46"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="46"/>
        <source>Address (as typed earlier)</source>
        <translation>Adresse (früher erfasst)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="47"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="47"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="48"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="49"/>
        <source>Delivery country</source>
        <translation>Lieferland</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="50"/>
        <source>Delivery location</source>
        <translation>Lieferort</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="51"/>
        <source>Reply in</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="58"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="61"/>
        <source>Correct what was logged wrongly: the requester, the received date, the channel or the requests (F2)</source>
        <translation>Falsch Erfasstes korrigieren: Antragsteller, Eingangsdatum, Kanal oder Anträge (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="68"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Why linked</source>
        <translation>Verknüpfungsgrund</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="82"/>
        <source>Double-click to open the linked case</source>
        <translation>Doppelklicken, um den verknüpften Vorgang zu öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="85"/>
        <source>No linked cases. Cases of the same person are linked at intake; link others here.</source>
        <translation>Keine verknüpften Vorgänge. Vorgänge derselben Person werden beim Erfassen verknüpft; andere hier.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="95"/>
        <source>Lin&amp;k a case…</source>
        <translation>Vorgang ver&amp;knüpfen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="96"/>
        <source>A complaint to the case it is about, or another request of this person</source>
        <translation>Eine Beschwerde mit dem Vorgang, den sie betrifft, oder eine weitere Anfrage dieser Person</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="89"/>
        <source>Linked cases</source>
        <translation>Verknüpfte Vorgänge</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="33"/>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="42"/>
        <source>The request</source>
        <translation>Der Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="44"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="82"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="102"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="102"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="103"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="104"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="106"/>
        <source>Letter dated</source>
        <translation>Schreiben vom</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="109"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="110"/>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="111"/>
        <source>Closing note</source>
        <translation>Abschlussnotiz</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="149"/>
        <source>Set by %1 in its inquiry %2. It is not worked out from the GDPR&apos;s periods and is not extended here; record a new date the authority grants with New date.</source>
        <translation>Gesetzt von %1 in ihrer Anfrage %2. Die Frist wird nicht nach den Fristen der DSGVO berechnet und hier nicht verlängert; ein neues Datum, das die Behörde gewährt, erfassen Sie mit „Neues Datum“.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="121"/>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="127"/>
        <source>One month</source>
        <translation>Monatsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="129"/>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="132"/>
        <source>no (would be %1)</source>
        <translation>nein (wäre %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="134"/>
        <source>Extension reasons</source>
        <translation>Verlängerungsgründe</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="135"/>
        <source>Days paused</source>
        <translation>Ruhezeit (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="137"/>
        <source>Paused since</source>
        <translation>Ruht seit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="140"/>
        <source>Asked because</source>
        <translation>Angefordert wegen</translation>
    </message>
</context>
<context>
    <name>ResponsiblePanel</name>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="32"/>
        <source>Sample company</source>
        <translation>Mustergesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="39"/>
        <source>Another company is responsible</source>
        <translation>Eine andere Gesellschaft ist verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="43"/>
        <source>Why (recorded in the audit log)</source>
        <translation>Begründung (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="53"/>
        <location filename="../../ui/intake/responsible_panel.py" line="130"/>
        <source>Link the new case to the open cases</source>
        <translation>Neuen Vorgang mit den offenen Vorgängen verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="56"/>
        <source>Responsible company</source>
        <translation>Verantwortliche Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="67"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="109"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="111"/>
        <source>If extended: %1</source>
        <translation>Bei Verlängerung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="122"/>
        <source>This person already has an open case: %2</source>
        <translation>Für diese Person gibt es bereits einen offenen Vorgang: %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="123"/>
        <source>This person already has %1 open cases: %2</source>
        <translation>Für diese Person gibt es bereits %1 offene Vorgänge: %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="129"/>
        <source>Link the new case to the open case</source>
        <translation>Neuen Vorgang mit dem offenen Vorgang verknüpfen</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="265"/>
        <source>Information received</source>
        <translation>Angaben eingegangen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="265"/>
        <source>Restart the clock</source>
        <translation>Frist fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="268"/>
        <source>The clock runs again from the day the information arrived; the days waited since %1 are added to the deadline.</source>
        <translation>Die Frist läuft ab dem Tag weiter, an dem die Angaben eingingen; die Wartetage seit dem %1 werden der Frist hinzugerechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="273"/>
        <source>Arrived on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="281"/>
        <source>Information received: the clock runs again; due %1.</source>
        <translation>Angaben eingegangen: Die Frist läuft weiter; fällig am %1.</translation>
    </message>
</context>
<context>
    <name>RetentionRuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="267"/>
        <source>New retention rule</source>
        <translation>Neue Aufbewahrungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="267"/>
        <source>Edit retention rule</source>
        <translation>Aufbewahrungsregel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="270"/>
        <source>lower case and hyphens, e.g. de-vouchers</source>
        <translation>Kleinbuchstaben und Bindestriche, z. B. de-buchungsbelege</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="271"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="271"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="272"/>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="272"/>
        <source>e.g. Accounting vouchers</source>
        <translation>z. B. Buchungsbelege</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="274"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="274"/>
        <source>1 to 30</source>
        <translation>1 bis 30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="276"/>
        <source>Counted from the end of the year in which the document arose</source>
        <translation>Gezählt ab dem Schluss des Jahres, in dem das Dokument entstanden ist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="277"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="277"/>
        <source>e.g. § 257 HGB, § 147 AO</source>
        <translation>z. B. § 257 HGB, § 147 AO</translation>
    </message>
</context>
<context>
    <name>RightsDoneDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="31"/>
        <source>Record the rectification</source>
        <translation>Berichtigung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="31"/>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="39"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="33"/>
        <source>Say what was corrected: the letter to the person repeats it (Art. 16 GDPR). Every recipient to whom the data were disclosed must hear of it (Art. 19).</source>
        <translation>Geben Sie an, was berichtigt wurde: Das Schreiben an die Person nennt die Berichtigung (Art. 16 DSGVO). Jeder Empfänger, dem die Daten offengelegt wurden, ist darüber zu unterrichten (Art. 19 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="36"/>
        <source>What was corrected</source>
        <translation>Was wurde berichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="37"/>
        <source>e.g. street corrected from Oudegracht 112 to Oudegracht 114</source>
        <translation>z. B. Straße von Oudegracht 112 in Oudegracht 114 berichtigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="39"/>
        <source>Record the restriction</source>
        <translation>Einschränkung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="41"/>
        <source>Say which data are restricted: they are kept but no longer used otherwise (Art. 18 GDPR), and the person is told before the restriction is lifted. Every recipient to whom the data were disclosed must hear of it (Art. 19).</source>
        <translation>Geben Sie an, welche Daten eingeschränkt sind: Sie werden aufbewahrt, aber nicht mehr anderweitig verwendet (Art. 18 DSGVO), und die Person wird unterrichtet, bevor die Einschränkung aufgehoben wird. Jeder Empfänger, dem die Daten offengelegt wurden, ist darüber zu unterrichten (Art. 19 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="45"/>
        <source>What is restricted</source>
        <translation>Was wird eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="46"/>
        <source>e.g. the order history, while the accuracy is checked</source>
        <translation>z. B. die Bestellhistorie, solange die Richtigkeit geprüft wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="54"/>
        <source>Recipients to tell</source>
        <translation>Zu unterrichtende Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="55"/>
        <source>The data were disclosed to nobody</source>
        <translation>Die Daten wurden niemandem offengelegt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="72"/>
        <source>Rectification recorded.</source>
        <translation>Berichtigung erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="74"/>
        <source>Restriction recorded.</source>
        <translation>Einschränkung erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="81"/>
        <source>One recipient to notify (Art. 19).</source>
        <translation>Ein Empfänger zu benachrichtigen (Art. 19 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="82"/>
        <source>%1 recipients to notify (Art. 19).</source>
        <translation>%1 Empfänger zu benachrichtigen (Art. 19 DSGVO).</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../ui/explanations.py" line="53"/>
        <source>Chosen by the officer instead of %1: %2</source>
        <translation>Vom Bearbeiter statt %1 gewählt: %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="54"/>
        <source>Transferred by the officer to %1: %2</source>
        <translation>Vom Bearbeiter an %1 abgegeben: %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="55"/>
        <source>Rule 1: visiting the website is always handled by %1.</source>
        <translation>Regel 1: Für den Besuch der Website ist stets %1 zuständig.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="56"/>
        <source>Rule 2: orders and service requests of consumers are always handled by %1.</source>
        <translation>Regel 2: Für Bestellungen und Serviceanfragen von Verbrauchern ist stets %1 zuständig.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="59"/>
        <source>Rule 2: the statement (§%1) names &quot;%2&quot;; for a consumer that is %3, which handles every consumer&apos;s orders.</source>
        <translation>Regel 2: Die Datenschutzhinweise (§%1) nennen „%2“; bei Verbrauchern ist das %3, die alle Bestellungen von Verbrauchern bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="63"/>
        <source>The contract documents name %1, but the customer is a consumer: rule 2 gives %2. Check whether the customer is a business.</source>
        <translation>Die Vertragsunterlagen nennen %1, aber der Kunde ist Verbraucher: Regel 2 ergibt %2. Prüfen Sie, ob der Kunde ein Unternehmen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="67"/>
        <source>Rule 3: the order or contract documents name %1; they are decisive.</source>
        <translation>Regel 3: Die Bestell- oder Vertragsunterlagen nennen %1; sie sind maßgeblich.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="70"/>
        <source>Rule 4: business customer; %1 is responsible for the delivery location (%2).</source>
        <translation>Regel 4: Geschäftskunde; %1 ist für den Lieferort (%2) zuständig.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="73"/>
        <source>Rule 5: %1 is responsible for the location (%2).</source>
        <translation>Regel 5: %1 ist für den Standort (%2) zuständig.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="74"/>
        <source>No group company covers the delivery country %1; the location (%2) matches %3, which was chosen. Check the country.</source>
        <translation>Keine Konzerngesellschaft ist für das Lieferland %1 zuständig; der Standort (%2) passt zu %3, die gewählt wurde. Prüfen Sie das Land.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="78"/>
        <source>The location (%1) lies with %2, but the delivery country %3 is covered by %4; the location decided. Check which is right.</source>
        <translation>Der Standort (%1) gehört zu %2, das Lieferland %3 aber zu %4; der Standort hat entschieden. Prüfen Sie, was zutrifft.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="82"/>
        <source>Rule 6: %1; %2 handles it.</source>
        <translation>Regel 6: %1; daher ist %2 zuständig.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="83"/>
        <source>Check the responsible company: %1.</source>
        <translation>Prüfen Sie die zuständige Gesellschaft: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="84"/>
        <source>no delivery location is known for this business customer</source>
        <translation>für diesen Geschäftskunden ist kein Lieferort bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="85"/>
        <source>no group company covers the delivery location (%1)</source>
        <translation>keine Konzerngesellschaft ist für den Lieferort (%1) zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="86"/>
        <source>the request names no location</source>
        <translation>der Antrag nennt keinen Standort</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="87"/>
        <source>no group company covers the location (%1)</source>
        <translation>keine Konzerngesellschaft ist für den Standort (%1) zuständig</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/intake/boxes.py" line="33"/>
        <source>How it came in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="39"/>
        <source>The date the request reached any official channel</source>
        <translation>Das Datum, an dem der Antrag einen offiziellen Kanal erreicht hat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="45"/>
        <source>not dated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="50"/>
        <source>Open message file…</source>
        <translation>Nachrichtendatei öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="51"/>
        <source>Attach scan…</source>
        <translation>Scan anhängen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="52"/>
        <source>Drop an .eml or .msg file, or a scan, onto this dialog.</source>
        <translation>Ziehen Sie eine .eml- oder .msg-Datei oder einen Scan auf dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="59"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="60"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="62"/>
        <source>Letter dated</source>
        <translation>Schreiben vom</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="64"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="72"/>
        <source>Files kept</source>
        <translation>Abgelegte Dateien</translation>
    </message>
</context>
<context>
    <name>StoreCare</name>
    <message>
        <location filename="../../ui/store_care.py" line="42"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="47"/>
        <source>This store was made before Privacy Desk encrypted its stores: anyone who copies the file can read it. Close the window and run “privacydesk store encrypt” to encrypt it in place; then make a new backup and delete the older, plain ones.</source>
        <translation>Diese Datenbank wurde angelegt, bevor Privacy Desk seine Datenbanken verschlüsselte: Wer die Datei kopiert, kann sie lesen. Schließen Sie das Fenster und führen Sie „privacydesk store encrypt“ aus, um sie an Ort und Stelle zu verschlüsseln; legen Sie dann eine neue Sicherung an und löschen Sie die älteren, unverschlüsselten.</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="75"/>
        <source>The store is being checked already</source>
        <translation>Die Datenbank wird bereits geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="82"/>
        <source>Checking the store…</source>
        <translation>Datenbank wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="91"/>
        <source>Checked: whole, nothing altered.</source>
        <translation>Geprüft: vollständig, nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="93"/>
        <source>Store checked: no damage, nothing altered</source>
        <translation>Datenbank geprüft: keine Schäden, nichts verändert</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="99"/>
        <source>The store failed its integrity check</source>
        <translation>Die Datenbank hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="101"/>
        <source>The store failed SQLite&apos;s integrity check. Stop working in it and restore it from a backup.

Details: %1</source>
        <translation>Die Datenbank hat die Integritätsprüfung von SQLite nicht bestanden. Arbeiten Sie nicht weiter darin und stellen Sie sie aus einer Sicherung wieder her.

Details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="104"/>
        <source>Store damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="106"/>
        <source>The store was altered outside Privacy Desk</source>
        <translation>Die Datenbank wurde außerhalb von Privacy Desk verändert</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="110"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="112"/>
        <source>Entries of the store were changed, added or deleted outside Privacy Desk. Compare it with a backup before working on, and keep this store as evidence.

%1</source>
        <translation>Einträge der Datenbank wurden außerhalb von Privacy Desk geändert, hinzugefügt oder gelöscht. Vergleichen Sie sie mit einer Sicherung, bevor Sie weiterarbeiten, und bewahren Sie diese Datenbank als Beweismittel auf.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="116"/>
        <source>Store altered</source>
        <translation>Datenbank verändert</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="127"/>
        <source>The store could not be checked now: %1</source>
        <translation>Die Datenbank konnte jetzt nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="135"/>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="139"/>
        <source>Backed up to %1 (checked: %2 cases)</source>
        <translation>Gesichert nach %1 (geprüft: %2 Vorgänge)</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="146"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="157"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="160"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="177"/>
        <source>The folder for this window&apos;s backups</source>
        <translation>Ordner für die Sicherungen dieses Fensters</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="182"/>
        <source>Backups go to %1 from now on</source>
        <translation>Sicherungen werden ab jetzt in %1 abgelegt</translation>
    </message>
</context>
<context>
    <name>SuppressionCheck</name>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="46"/>
        <source>Is this person suppressed?</source>
        <translation>Steht diese Person auf der Sperrliste?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="51"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="53"/>
        <source>+49 89 1234 5678</source>
        <translation>+49 89 1234 5678</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="58"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="60"/>
        <source>Check (Enter in either field)</source>
        <translation>Prüfen (Eingabetaste in einem der Felder)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="84"/>
        <location filename="../../ui/pages/suppression_check.py" line="111"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="86"/>
        <location filename="../../ui/pages/suppression_check.py" line="111"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="147"/>
        <source>Type an email address, a phone number or both. Spaces, case and international prefixes do not matter.</source>
        <translation>Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder beides ein. Leerzeichen, Groß-/Kleinschreibung und internationale Vorwahlen spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="157"/>
        <source>✓ Not on the register</source>
        <translation>✓ Nicht auf der Sperrliste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="158"/>
        <source>No entry for this email address or phone number.</source>
        <translation>Kein Eintrag für diese E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="165"/>
        <source>✕ Suppressed: %1</source>
        <translation>✕ Gesperrt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="169"/>
        <source>Do not contact on these channels. Case %1, effective since %2.</source>
        <translation>Nicht über diese Kanäle kontaktieren. Vorgang %1, wirksam seit %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="174"/>
        <source>Every marketing channel is suppressed.</source>
        <translation>Alle Werbekanäle sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="176"/>
        <source>Other channels are not suppressed.</source>
        <translation>Andere Kanäle sind nicht gesperrt.</translation>
    </message>
</context>
<context>
    <name>SuppressionCorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="32"/>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="33"/>
        <source>Correct suppression entry</source>
        <translation>Sperrlisteneintrag korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="35"/>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="38"/>
        <source>%1 · case %2 · entered %3 by %4</source>
        <translation>%1 · Vorgang %2 · erfasst am %3 von %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="50"/>
        <source>Last corrected %1: %2</source>
        <translation>Zuletzt korrigiert am %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="60"/>
        <source>An entry cannot be lifted or deleted: the person would be contacted again. Correct only what was recorded wrongly; the reason is kept in the audit log.</source>
        <translation>Ein Eintrag kann nicht aufgehoben oder gelöscht werden: Die Person würde sonst erneut kontaktiert. Korrigieren Sie nur, was falsch erfasst wurde; der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="71"/>
        <location filename="../../ui/dialogs/suppression_correction.py" line="72"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="83"/>
        <source>Why is this corrected? e.g. typing error in the email address, see the letter</source>
        <translation>Warum wird korrigiert? z. B. Tippfehler in der E-Mail-Adresse, siehe Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="86"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="87"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="89"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="90"/>
        <source>Effective</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="91"/>
        <source>Reason (required)</source>
        <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="94"/>
        <source>Stored normalised: digits, with a leading + for international</source>
        <translation>Normalisiert gespeichert: Ziffern, mit führendem + für internationale Nummern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="95"/>
        <source>Stored normalised: trimmed and lower case</source>
        <translation>Normalisiert gespeichert: ohne führende und nachgestellte Leerzeichen, in Kleinbuchstaben</translation>
    </message>
</context>
<context>
    <name>SuppressionExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="22"/>
        <source>Before hashing, identifiers are normalised as the register stores them: an email address is trimmed, put in Unicode NFC and lower-cased, without invisible characters (zero-width spaces, bidi marks); a phone number is written in E.164 (&quot;+31612345678&quot;), or where its country is not known as its digits with a leading &quot;+&quot; for international numbers. The marketing system must normalise its own data the same way before it compares hashes.</source>
        <translation>Vor dem Hashen werden die Kennungen so normalisiert, wie die Sperrliste sie speichert: Bei einer E-Mail-Adresse werden führende und nachgestellte Leerzeichen entfernt, sie wird in Unicode NFC gebracht und in Kleinbuchstaben umgewandelt, ohne unsichtbare Zeichen (Leerzeichen mit Nullbreite, Bidi-Steuerzeichen); eine Telefonnummer wird im Format E.164 geschrieben („+31612345678“) oder, wenn ihr Land nicht bekannt ist, als Ziffernfolge mit führendem „+“ bei internationalen Nummern. Das Marketingsystem muss seine eigenen Daten auf dieselbe Weise normalisieren, bevor es Hashwerte vergleicht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="37"/>
        <location filename="../../ui/dialogs/suppression_export.py" line="99"/>
        <source>Export the suppression register</source>
        <translation>Sperrliste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="40"/>
        <source>Plain: names, email addresses, phones, postal addresses</source>
        <translation>Klartext: Namen, E-Mail-Adressen, Telefonnummern, Postanschriften</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="43"/>
        <source>Hashed: SHA-256 of the email address and the phone number only</source>
        <translation>Gehasht: nur SHA-256 der E-Mail-Adresse und der Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="51"/>
        <source>For the office&apos;s own mailing systems. The file holds personal data: store it where only the people who need it can read it.</source>
        <translation>Für die eigenen Versandsysteme des Unternehmens. Die Datei enthält personenbezogene Daten: Speichern Sie sie so, dass nur die Personen sie lesen können, die sie benötigen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="65"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="72"/>
        <source>Every entry is exported, whatever the list shows.</source>
        <translation>Exportiert werden alle Einträge, unabhängig davon, was die Liste anzeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="101"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulation (*.csv)</translation>
    </message>
</context>
<context>
    <name>SuppressionPage</name>
    <message>
        <location filename="../../ui/pages/suppression.py" line="73"/>
        <source>Suppression register</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="75"/>
        <source>People who objected to direct marketing, unsubscribed or withdrew consent. Entries cannot be lifted, only corrected with a reason.</source>
        <translation>Personen, die der Direktwerbung widersprochen, sich abgemeldet oder ihre Einwilligung widerrufen haben. Einträge können nicht aufgehoben, nur mit Begründung korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="84"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="87"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="90"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="93"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="102"/>
        <source>Search name, email, phone, case reference…</source>
        <translation>Name, E-Mail, Telefon, Aktenzeichen suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="108"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="155"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="157"/>
        <source>Effective</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="158"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="202"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="202"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="225"/>
        <source>Entry corrected; the reason is in the audit log.</source>
        <translation>Eintrag korrigiert; der Grund steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="245"/>
        <source>Exporting the suppression register…</source>
        <translation>Sperrliste wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="251"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="252"/>
        <source>The register was not exported to %1: %2</source>
        <translation>Die Sperrliste wurde nicht nach %1 exportiert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="260"/>
        <source>Exported 1 entry, hashed, to %2.</source>
        <translation>1 Eintrag gehasht nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="262"/>
        <source>Exported 1 entry to %2.</source>
        <translation>1 Eintrag nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="265"/>
        <source>Exported %1 entries, hashed, to %2.</source>
        <translation>%1 Einträge gehasht nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="267"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>SuppressionTableModel</name>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="91"/>
        <source>The case the entry came from</source>
        <translation>Der Vorgang, aus dem der Eintrag stammt</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="93"/>
        <source>The date of the last correction; its reason is in the tooltip</source>
        <translation>Datum der letzten Korrektur; der Grund steht im Tooltip</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="132"/>
        <source>Corrected %1: %2</source>
        <translation>Korrigiert am %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="140"/>
        <source>Entered %1 by %2</source>
        <translation>Erfasst am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="76"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="77"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="78"/>
        <source>Unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="79"/>
        <source>Withdrawal</source>
        <translation>Widerruf</translation>
    </message>
</context>
<context>
    <name>SystemsList</name>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="40"/>
        <source>Add system</source>
        <translation>System hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="62"/>
        <source>System, e.g. shop back office</source>
        <translation>System, z. B. Shop-Backoffice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="63"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="67"/>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="68"/>
        <source>Remove this system</source>
        <translation>Dieses System entfernen</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../ui/listed_words.py" line="80"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 Abs. 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="81"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="82"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="83"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="84"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="85"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="86"/>
        <source>Unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="87"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="88"/>
        <source>Withdrawal</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="89"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../ui/text.py" line="172"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="173"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="174"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="181"/>
        <source>The letter will be in %1: write the reasons in %1, they are printed as written.</source>
        <translation>Das Schreiben wird auf %1 verfasst: Schreiben Sie die Gründe auf %1, sie werden unverändert gedruckt.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="236"/>
        <source>Transfer to another company</source>
        <translation>An eine andere Gesellschaft abgeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="236"/>
        <source>Transfer</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="239"/>
        <source>Now with %1. The deadlines are recomputed with the new company&apos;s holidays.</source>
        <translation>Derzeit zuständig: %1. Die Fristen werden mit den Feiertagen der neuen Gesellschaft neu berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="245"/>
        <source> (sample)</source>
        <translation> (Muster)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="247"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="248"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="254"/>
        <source>Transferred to %1.</source>
        <translation>An %1 abgegeben.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="31"/>
        <source>Unlock the store – Privacy Desk</source>
        <translation>Datenbank entsperren – Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="32"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="35"/>
        <source>The store &lt;b&gt;%1&lt;/b&gt; is encrypted. This computer&apos;s keychain does not hold its key, so type the office&apos;s recovery passphrase (kept on paper). Privacy Desk then keeps the key in the keychain, where there is one, and does not ask again.</source>
        <translation>Die Datenbank &lt;b&gt;%1&lt;/b&gt; ist verschlüsselt. Der Schlüsselbund des Systems auf diesem Computer enthält ihren Schlüssel nicht; geben Sie daher die Wiederherstellungs-Passphrase des Datenschutzteams ein (auf Papier verwahrt). Privacy Desk legt den Schlüssel dann im Schlüsselbund ab, sofern vorhanden, und fragt nicht erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="45"/>
        <source>Recovery passphrase</source>
        <translation>Wiederherstellungs-Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="46"/>
        <source>Key file: %1</source>
        <translation>Schlüsseldatei: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="52"/>
        <source>this passphrase does not open the store (%1 of %2 tries)</source>
        <translation>diese Passphrase öffnet die Datenbank nicht (Versuch %1 von %2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="63"/>
        <source>type the recovery passphrase</source>
        <translation>bitte die Wiederherstellungs-Passphrase eingeben</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="76"/>
        <source>Confirm the unsubscribe</source>
        <translation>Abmeldung bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="76"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="79"/>
        <source>Only the newsletter stops: the address goes on the suppression register for the newsletter. Transactional mail (order confirmations, delivery notes, invoices, messages about the customer account) continues: it is no advertising.</source>
        <translation>Nur der Newsletter wird eingestellt: Die Adresse kommt für den Newsletter auf die Sperrliste. Transaktionsnachrichten (Bestellbestätigungen, Lieferscheine, Rechnungen, Mitteilungen zum Kundenkonto) gehen weiter: Sie sind keine Werbung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="90"/>
        <source>Unsubscribe confirmed: no newsletter from %1.</source>
        <translation>Abmeldung bestätigt: kein Newsletter mehr ab %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="98"/>
        <source>Record the withdrawal of consent</source>
        <translation>Widerruf der Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="98"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="102"/>
        <source>A withdrawal works for the future only, from the day it was received: processing before that stays lawful (Art. 7(3) GDPR). The channels of the consents withdrawn go on the suppression register. Confirm the withdrawal in writing.</source>
        <translation>Ein Widerruf wirkt nur für die Zukunft, ab dem Tag seines Eingangs: Die Verarbeitung bis dahin bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO). Die Kanäle der widerrufenen Einwilligungen kommen auf die Sperrliste. Bestätigen Sie den Widerruf schriftlich.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="108"/>
        <source>Recorded on %1; recording again updates the checklist of systems.</source>
        <translation>Erfasst am %1; erneutes Erfassen aktualisiert die Checkliste der Systeme.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="119"/>
        <source>Consents withdrawn</source>
        <translation>Widerrufene Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="123"/>
        <source>Systems to update</source>
        <translation>Zu aktualisierende Systeme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="125"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="140"/>
        <source>Withdrawal recorded: %1 end on %2.</source>
        <translation>Widerruf erfasst: %1 mit Wirkung zum %2 beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="142"/>
        <source>one consent</source>
        <translation>eine Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="142"/>
        <source>%1 consents</source>
        <translation>%1 Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="147"/>
        <source>One system still to update.</source>
        <translation>Ein System ist noch zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="148"/>
        <source>%1 systems still to update.</source>
        <translation>%1 Systeme sind noch zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="50"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="51"/>
        <source>Newsletter tool</source>
        <translation>Newsletter-Tool</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="52"/>
        <source>Call centre list</source>
        <translation>Callcenter-Liste</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="43"/>
        <location filename="../../ui/pages/worklist.py" line="44"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="45"/>
        <source>Due in the next %1 days</source>
        <translation>Fällig in den nächsten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="46"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="47"/>
        <source>Waiting for identification</source>
        <translation>Warten auf Identitätsnachweis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="48"/>
        <source>Waiting for ID</source>
        <translation>Warten auf ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="49"/>
        <location filename="../../ui/pages/worklist.py" line="50"/>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="53"/>
        <location filename="../../ui/pages/worklist.py" line="60"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="53"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="54"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="54"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="55"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="55"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="56"/>
        <location filename="../../ui/pages/worklist.py" line="146"/>
        <source>Our deadline</source>
        <translation>Unsere Frist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="61"/>
        <source>Data blocked</source>
        <translation>Gesperrte Daten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="62"/>
        <source>Retention duty</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="63"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="111"/>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="119"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="120"/>
        <source>How many days ahead a case counts as due soon</source>
        <translation>Wie viele Tage im Voraus ein Vorgang als bald fällig gilt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="121"/>
        <source>Due soon within</source>
        <translation>Bald fällig innerhalb von</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="127"/>
        <source>Only my cases</source>
        <translation>Nur meine Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="128"/>
        <source>Only the cases assigned to you</source>
        <translation>Nur die Ihnen zugewiesenen Vorgänge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="141"/>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="143"/>
        <source>The office&apos;s own deadline: this many working days before the legal one</source>
        <translation>Die eigene Frist des Büros: so viele Arbeitstage vor der gesetzlichen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="183"/>
        <source>Due for deletion</source>
        <translation>Zur Löschung fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="306"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="340"/>
        <source>waiting %1 d</source>
        <translation>wartet %1 Tg.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="342"/>
        <source>remind</source>
        <translation>erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="342"/>
        <source>close</source>
        <translation>abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="366"/>
        <source>No reply for two weeks: send a reminder</source>
        <translation>Seit zwei Wochen keine Antwort: Erinnerung senden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="370"/>
        <source>No reply two weeks after the reminder: close the case as identity not confirmed</source>
        <translation>Keine Antwort zwei Wochen nach der Erinnerung: den Vorgang als „Identität nicht bestätigt“ abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="378"/>
        <source>The office&apos;s own deadline, %1 working days before the legal one</source>
        <translation>Die eigene Frist des Büros, %1 Arbeitstage vor der gesetzlichen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="49"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="49"/>
        <source>CSV figures (*.csv)</source>
        <translation>CSV-Zahlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="50"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="188"/>
        <source>Add files to the case</source>
        <translation>Dateien zum Vorgang hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="188"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/menus.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38"/>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Import message or scan…</source>
        <translation>Nachricht oder Scan &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="43"/>
        <source>New authority &amp;inquiry…</source>
        <translation>Neue &amp;Anfrage einer Aufsichtsbehörde…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Print letters due today…</source>
        <translation>Heute fällige Schreiben &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>The &amp;case list as shown…</source>
        <translation>Die &amp;Vorgangsliste wie angezeigt…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Deadlines as a calendar…</source>
        <translation>&amp;Fristen als Kalender…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>Officer &amp;name and function…</source>
        <translation>Ihr Name und Ihre &amp;Funktion…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>&amp;Verify store</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>Backup &amp;folder…</source>
        <translation>Sicherungs&amp;ordner…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;Find case…</source>
        <translation>Vorgang &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>&amp;About Privacy Desk</source>
        <translation>Ü&amp;ber Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103"/>
        <source>As the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>The new language applies when Privacy Desk next starts</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>New &amp;store…</source>
        <translation>N&amp;eue Datenbank…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="124"/>
        <source>&amp;Open store…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="18"/>
        <source>That store is open already</source>
        <translation>Diese Datenbank ist bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="28"/>
        <source>A new, empty store</source>
        <translation>Neue, leere Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="29"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy-Desk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="36"/>
        <source>%1 exists already: File ▸ Open store… opens it</source>
        <translation>%1 existiert bereits: Öffnen über Datei ▸ Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="69"/>
        <source>No other store yet</source>
        <translation>Noch keine andere Datenbank</translation>
    </message>
</context>
</TS>
