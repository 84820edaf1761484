<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/restore.py" line="33"/>
        <location filename="../../ui/restore.py" line="50"/>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="34"/>
        <source>Privacy Desk backups (*.sqlite);;All files (*)</source>
        <translation>Privacy Desk-back-ups (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="44"/>
        <source>Not a backup to restore</source>
        <translation>Geen back-up die kan worden hersteld</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="45"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="52"/>
        <source>Close, restore and reopen</source>
        <translation>Sluiten, herstellen en opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="72"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="72"/>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="73"/>
        <source>1 letter</source>
        <translation>1 brief</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="73"/>
        <source>%1 letters</source>
        <translation>%1 brieven</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="74"/>
        <source>1 stored file</source>
        <translation>1 opgeslagen bestand</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="74"/>
        <source>%1 stored files</source>
        <translation>%1 opgeslagen bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="79"/>
        <source>The backup %1 of %2 matches its manifest: %3; ledger head %4.

Privacy Desk closes this window, keeps the store as it is now aside (nothing is deleted), puts the backup in its place and opens again.</source>
        <translation>De back-up %1 van %2 komt overeen met het manifest: %3; laatste logboekhash %4.

Privacy Desk sluit dit venster, zet de huidige database opzij (er wordt niets verwijderd), zet de back-up ervoor in de plaats en opent opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="90"/>
        <source>The store as it is now cannot be read, so what it deleted after this backup cannot be listed: check purged cases and ID copies after the restore.</source>
        <translation>De huidige database kan niet worden gelezen, dus wat daarin na deze back-up is verwijderd, kan niet worden opgesomd: controleer na het herstel de opgeschoonde dossiers en ID-kopieën.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="97"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="99"/>
        <source>After this backup the store deleted what the law required it to delete; the restored store has it again. Delete it again after the restore:
%1</source>
        <translation>Na deze back-up is uit de database verwijderd wat wettelijk moest worden verwijderd; de herstelde database bevat dit weer. Verwijder het na het herstel opnieuw:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="216"/>
        <source>1 file</source>
        <translation>1 bestand</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="216"/>
        <source>%1 files</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="219"/>
        <source>%1 characters</source>
        <translation>%1 tekens</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="221"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="221"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="234"/>
        <source>1 entry</source>
        <translation>1 vermelding</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="234"/>
        <source>%1 entries</source>
        <translation>%1 vermeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="258"/>
        <source>%1 kept without the ID copy</source>
        <translation>%1 bewaard zonder de ID-kopie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="267"/>
        <source>%1 erased</source>
        <translation>%1 gewist</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="269"/>
        <source>%1 blocked until %2</source>
        <translation>%1 afgeschermd tot %2</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="90"/>
        <source>%1 image</source>
        <translation>%1-afbeelding</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="92"/>
        <source>Email message</source>
        <translation>E-mailbericht</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="93"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="98"/>
        <source>empty: 0 bytes</source>
        <translation>leeg: 0 bytes</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="100"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="165"/>
        <source>%1 d late</source>
        <translation>%1 d te laat</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="167"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="168"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="33"/>
        <source>Since %1: %2; %3.</source>
        <translation>Sinds %1: %2; %3.</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="38"/>
        <source>1 case became overdue</source>
        <translation>1 dossier is over de termijn geraakt</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="38"/>
        <source>%1 cases became overdue</source>
        <translation>%1 dossiers zijn over de termijn geraakt</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="45"/>
        <source>1 case is due within %2 days</source>
        <translation>1 dossier verloopt binnen %2 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/since_last_look.py" line="46"/>
        <source>%1 cases are due within %2 days</source>
        <translation>%1 dossiers verlopen binnen %2 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="32"/>
        <source>Export the case list</source>
        <translation>Dossierlijst exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="34"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV voor spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="37"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 dossiers geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="45"/>
        <source>Calendar, references only (*.ics)</source>
        <translation>Agenda, alleen kenmerken (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="45"/>
        <source>Calendar with names (*.ics)</source>
        <translation>Agenda met namen (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="47"/>
        <source>Export the deadlines</source>
        <translation>Termijnen exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="52"/>
        <source>Exported %1 deadlines to %2.</source>
        <translation>%1 termijnen geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="80"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="81"/>
        <source>Nothing was exported to %1: %2</source>
        <translation>Er is niets geëxporteerd naar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="85"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="54"/>
        <source>Double-click or press Enter: the cases behind this figure</source>
        <translation>Dubbelklik of Enter: de dossiers achter dit getal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="67"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="68"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="69"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="70"/>
        <source>Answered on time</source>
        <translation>Op tijd beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="71"/>
        <source>Answered late</source>
        <translation>Te laat beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="72"/>
        <source>Answered within one month</source>
        <translation>Binnen een maand beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="74"/>
        <source>Answered within the extended period</source>
        <translation>Binnen de verlengde termijn beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="76"/>
        <source>Open and overdue at the end</source>
        <translation>Open en verlopen aan het eind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="78"/>
        <source>Days to answer: median</source>
        <translation>Dagen tot antwoord: mediaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="79"/>
        <source>Days to answer: 9 in 10 within</source>
        <translation>Dagen tot antwoord: 9 op de 10 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="80"/>
        <source>Extended by two months</source>
        <translation>Met twee maanden verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="81"/>
        <source>Identity checked (clock paused)</source>
        <translation>Identiteit gecontroleerd (termijn stilgezet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="83"/>
        <source>Days paused: median</source>
        <translation>Dagen stilgezet: mediaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="84"/>
        <source>Answered with data blocked, not erased</source>
        <translation>Beantwoord met afscherming in plaats van wissing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="87"/>
        <source>Received per month</source>
        <translation>Ontvangen per maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="88"/>
        <source>Received per channel</source>
        <translation>Ontvangen per kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="90"/>
        <source>Received per company</source>
        <translation>Ontvangen per onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="91"/>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="93"/>
        <source>Request types: received, and outcomes given</source>
        <translation>Soorten verzoeken: ontvangen, en uitkomsten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="98"/>
        <source>no outcome</source>
        <translation>geen uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="100"/>
        <source>Open backlog by days since receipt</source>
        <translation>Openstaand naar dagen sinds ontvangst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="101"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="102"/>
        <source>Extension reasons (most given)</source>
        <translation>Redenen voor verlenging (meest gegeven)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="103"/>
        <source>Art. 19 notices of the cases answered</source>
        <translation>Kennisgevingen art. 19 van de beantwoorde dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="104"/>
        <source>notified</source>
        <translation>geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="104"/>
        <source>exempt</source>
        <translation>uitgezonderd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="105"/>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_tree.py" line="106"/>
        <source>Suppression register: entries taking effect</source>
        <translation>Blokkeerlijst: ingegane vermeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="46"/>
        <source>Logged %1</source>
        <translation>%1 geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="60"/>
        <source>The message was filed in this case.</source>
        <translation>Het bericht is in dit dossier opgenomen.</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="67"/>
        <source>Import a message or scan</source>
        <translation>Bericht of scan importeren</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals.py" line="68"/>
        <source>Messages and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Berichten en scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
</context>
<context>
    <name>AccessAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="25"/>
        <source>What the access answer says</source>
        <translation>Inhoud van het antwoord op het inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="25"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="28"/>
        <source>The letter lists only what applies to this person (Art. 15 GDPR). Write the lines in the letter&apos;s language (%1), one a line; recipients by name (CJEU C-154/21).</source>
        <translation>De brief vermeldt alleen wat op deze betrokkene van toepassing is (art. 15 AVG). Schrijf in de taal van de brief (%1), één punt per regel; ontvangers met naam (HvJ EU C-154/21).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="43"/>
        <source>Purposes that apply</source>
        <translation>Toepasselijke doeleinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="46"/>
        <source>A credit score was used (explain the logic, Art. 15(1)(h), Art. 22)</source>
        <translation>Er is een kredietscore gebruikt (logica uitleggen, art. 15 lid 1 onder h, art. 22)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="50"/>
        <source>A copy of the data is enclosed (Art. 15(3))</source>
        <translation>Een kopie van de gegevens is bijgevoegd (art. 15 lid 3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="53"/>
        <source>Categories of data</source>
        <translation>Categorieën van gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="55"/>
        <source>Recipients, by name</source>
        <translation>Ontvangers, met naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="57"/>
        <source>Sources (when not the person)</source>
        <translation>Bronnen (indien niet de betrokkene)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="59"/>
        <source>Transfers to third countries, with safeguards</source>
        <translation>Doorgiften naar derde landen, met waarborgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="61"/>
        <source>Withheld, and why (Art. 15(4))</source>
        <translation>Achtergehouden, en waarom (art. 15 lid 4)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/access_answer.py" line="86"/>
        <source>Access answer recorded: the letter lists what applies.</source>
        <translation>Antwoord op inzageverzoek vastgelegd: de brief vermeldt wat van toepassing is.</translation>
    </message>
</context>
<context>
    <name>AddRecipientsDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="98"/>
        <source>Add recipients to notify</source>
        <translation>Te informeren ontvangers toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="98"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="101"/>
        <source>Each recipient to whom the data were disclosed hears of a rectification, erasure or restriction (Art. 19 GDPR). Recipients already on the list are ticked.</source>
        <translation>Elke ontvanger aan wie de gegevens zijn verstrekt, wordt in kennis gesteld van een rectificatie, wissing of beperking (art. 19 AVG). Ontvangers die al op de lijst staan, zijn aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="115"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="118"/>
        <source>Every recipient of the register is on the list.</source>
        <translation>Alle ontvangers uit het register staan op de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="125"/>
        <source>One recipient added to the Art. 19 checklist.</source>
        <translation>Eén ontvanger toegevoegd aan de checklist van art. 19.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="126"/>
        <source>%1 recipients added to the Art. 19 checklist.</source>
        <translation>%1 ontvangers toegevoegd aan de checklist van art. 19.</translation>
    </message>
</context>
<context>
    <name>AssessObjectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="109"/>
        <source>Assess the objection: %1</source>
        <translation>Bezwaar beoordelen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="110"/>
        <source>Record decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="114"/>
        <source>Processing stops unless compelling legitimate grounds override the person&apos;s interests, or it serves legal claims; the burden lies with us (Art. 21(1) GDPR).</source>
        <translation>De verwerking stopt, tenzij dwingende gerechtvaardigde gronden zwaarder wegen dan de belangen van de betrokkene of de verwerking een rechtsvordering dient; de bewijslast ligt bij ons (art. 21 lid 1 AVG).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="130"/>
        <source>Processing the objection targets</source>
        <translation>Verwerking waartegen het bezwaar zich richt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="133"/>
        <source>Upheld</source>
        <translation>Gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="134"/>
        <source>Partly upheld</source>
        <translation>Gedeeltelijk gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="135"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="140"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="142"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="148"/>
        <source>The person&apos;s particular situation</source>
        <translation>Specifieke situatie van de betrokkene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="154"/>
        <source>Compelling legitimate grounds or legal claims</source>
        <translation>Dwingende gerechtvaardigde gronden of rechtsvorderingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="160"/>
        <source>Needed to reject or partly uphold, e.g. a pending court case</source>
        <translation>Nodig om af te wijzen of gedeeltelijk te honoreren, bijv. een lopende rechtszaak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="163"/>
        <source>Balancing of interests</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="182"/>
        <source>Objection upheld.</source>
        <translation>Bezwaar gehonoreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="183"/>
        <source>Objection partly upheld.</source>
        <translation>Bezwaar gedeeltelijk gehonoreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="184"/>
        <source>Objection rejected.</source>
        <translation>Bezwaar afgewezen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="190"/>
        <source>choose upheld, partly upheld or rejected</source>
        <translation>kies gehonoreerd, gedeeltelijk gehonoreerd of afgewezen</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="20"/>
        <source>Assign the case</source>
        <translation>Dossier toewijzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="20"/>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="21"/>
        <source>Officer</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="22"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="28"/>
        <source>you</source>
        <translation>u</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign.py" line="35"/>
        <source>Assigned.</source>
        <translation>Toegewezen.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="46"/>
        <source>Letters due today</source>
        <translation>Brieven voor vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="55"/>
        <source>Each letter is printed on the responsible company&apos;s letterhead in the requester&apos;s language and kept in its case as sent by post today.</source>
        <translation>Elke brief wordt op het briefpapier van de verantwoordelijke onderneming in de taal van de verzoeker afgedrukt en in het dossier bewaard als vandaag per post verzonden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="62"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="88"/>
        <source>1 letter due.</source>
        <translation>1 brief te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="88"/>
        <source>%1 letters due.</source>
        <translation>%1 brieven te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="95"/>
        <source>1 letter left out: %2</source>
        <translation>1 brief overgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="95"/>
        <source>%1 letters left out: %2</source>
        <translation>%1 brieven overgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="105"/>
        <source>Print and keep as sent…</source>
        <translation>Afdrukken en als verzonden bewaren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="128"/>
        <location filename="../../ui/dialogs/batch_letters.py" line="134"/>
        <source>Preparing the letters…</source>
        <translation>Brieven voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="140"/>
        <source>Printing letters…</source>
        <translation>Brieven afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="140"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="159"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="165"/>
        <source>1 letter printed and kept as sent.</source>
        <translation>1 brief afgedrukt en als verzonden bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="166"/>
        <source>%1 letters printed and kept as sent.</source>
        <translation>%1 brieven afgedrukt en als verzonden bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="169"/>
        <source>Not printed: %1</source>
        <translation>Niet afgedrukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="172"/>
        <source>Printed but NOT kept as sent (record them in the case): %1</source>
        <translation>Afgedrukt maar NIET als verzonden bewaard (leg ze vast in het dossier): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/batch_letters.py" line="194"/>
        <source>Printed and kept as sent</source>
        <translation>Afgedrukt en als verzonden bewaard</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="20"/>
        <source>Ask for &amp;ID…</source>
        <translation>&amp;Identificatie vragen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="21"/>
        <source>I&amp;D document…</source>
        <translation>I&amp;D-bewijs…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="22"/>
        <source>ID &amp;checked…</source>
        <translation>ID &amp;gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="23"/>
        <source>Information &amp;received</source>
        <translation>Informatie &amp;ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="24"/>
        <location filename="../../ui/case_file/action_bar.py" line="133"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="25"/>
        <source>&amp;Transfer…</source>
        <translation>Overd&amp;ragen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="26"/>
        <source>C&amp;lose case…</source>
        <translation>Dossier &amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="27"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="28"/>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="29"/>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="30"/>
        <source>Assign the case to an officer of the office</source>
        <translation>Het dossier aan een behandelaar van het bureau toewijzen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="31"/>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="34"/>
        <source>Write the letter this case needs next, print it and keep it as sent (Ctrl+P)</source>
        <translation>De volgende brief voor dit dossier opstellen, afdrukken en als verzonden bewaren (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="37"/>
        <source>Ask for identification: the clock stops until it arrives</source>
        <translation>Om identificatie vragen: de termijn staat stil tot deze binnen is</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="40"/>
        <source>File a scan of an ID; it is deleted when the check is recorded</source>
        <translation>Een scan van een identiteitsbewijs opslaan; deze wordt verwijderd zodra de controle is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="43"/>
        <source>Note &quot;ID checked on &lt;date&gt; by &lt;officer&gt;&quot; and delete every ID copy</source>
        <translation>Notitie &quot;ID gecontroleerd op &lt;datum&gt; door &lt;behandelaar&gt;&quot; maken en alle ID-kopieën verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="46"/>
        <source>The information arrived today: the clock runs again</source>
        <translation>De informatie is vandaag binnengekomen: de termijn loopt weer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="74"/>
        <source>Decid&amp;e</source>
        <translation>&amp;Beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="77"/>
        <source>Record the decision on an objection, a withdrawal, an erasure, a rectification or a restriction</source>
        <translation>Het besluit over een bezwaar, intrekking, wissing, rectificatie of beperking vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="81"/>
        <source>Uphold &amp;marketing objection…</source>
        <translation>Bezwaar tegen &amp;marketing honoreren…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="82"/>
        <source>Confirm &amp;unsubscribe…</source>
        <translation>&amp;Afmelding bevestigen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="85"/>
        <source>&amp;Assess objection (legitimate interests)…</source>
        <translation>Bezwaar &amp;beoordelen (gerechtvaardigd belang)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="86"/>
        <source>Assess objection to &amp;credit check…</source>
        <translation>Bezwaar tegen &amp;kredietcontrole beoordelen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="89"/>
        <source>&amp;Restrict while assessing</source>
        <translation>Be&amp;perken tijdens beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="93"/>
        <source>Art. 18(1)(d): store but do not otherwise process while the objection is assessed</source>
        <translation>Art. 18 lid 1 onder d: opslaan maar niet anderszins verwerken zolang het bezwaar wordt beoordeeld</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="96"/>
        <source>Record &amp;withdrawal…</source>
        <translation>In&amp;trekking vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="97"/>
        <source>Decide &amp;erasure…</source>
        <translation>Over &amp;wissing beslissen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="98"/>
        <source>Record recti&amp;fication…</source>
        <translation>&amp;Rectificatie vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="99"/>
        <source>Record restricti&amp;on…</source>
        <translation>Beperking &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="100"/>
        <source>What the access &amp;answer says…</source>
        <translation>&amp;Inhoud antwoord op inzageverzoek…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/action_bar.py" line="133"/>
        <source>New &amp;date…</source>
        <translation>Nieuwe &amp;datum…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/case_file/actions.py" line="61"/>
        <source>Marked as an identity document, deleted when the ID check is recorded: %1</source>
        <translation>Gemarkeerd als identiteitsbewijs, wordt verwijderd zodra de ID-controle is vastgelegd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="64"/>
        <source>No longer marked as an identity document: %1</source>
        <translation>Niet langer gemarkeerd als identiteitsbewijs: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="82"/>
        <source>No program is set up to open %1.</source>
        <translation>Er is geen programma ingesteld om %1 te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="89"/>
        <source>Choose the scan of the ID document</source>
        <translation>Kies de scan van het identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="90"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="192"/>
        <source>Letter kept in the case as sent.</source>
        <translation>Brief als verzonden in het dossier bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="213"/>
        <source>Processing restricted while the objection is assessed.</source>
        <translation>Verwerking beperkt zolang het bezwaar wordt beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="215"/>
        <source>Restriction lifted. Tell the person before processing resumes.</source>
        <translation>Beperking opgeheven. Informeer de betrokkene voordat de verwerking wordt hervat.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="275"/>
        <source>Folder for the authority&apos;s copy</source>
        <translation>Map voor de kopie voor de toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/actions.py" line="288"/>
        <source>Exported %1 files to %2; check them there with: sha256sum -c SHA256SUMS</source>
        <translation>%1 bestanden geëxporteerd naar %2; controleer ze daar met: sha256sum -c SHA256SUMS</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../ui/case_file/window.py" line="141"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="142"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="143"/>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="144"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="145"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="146"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="212"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="276"/>
        <source>This case was purged elsewhere.</source>
        <translation>Dit dossier is elders opgeschoond.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/window.py" line="281"/>
        <source>This case was changed elsewhere; it now shows the latest.</source>
        <translation>Dit dossier is elders gewijzigd; nu wordt de nieuwste versie getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="9"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="10"/>
        <source>Waiting for ID</source>
        <translation>Wacht op ID</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="11"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="14"/>
        <source>Impossible</source>
        <translation>Onmogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="15"/>
        <source>Disproportionate effort</source>
        <translation>Onevenredige inspanning</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="18"/>
        <source>Copy of the ID received and checked</source>
        <translation>ID-kopie ontvangen en gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="19"/>
        <source>ID card shown in person</source>
        <translation>Identiteitskaart persoonlijk getoond</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="20"/>
        <source>Passport shown in person</source>
        <translation>Paspoort persoonlijk getoond</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="21"/>
        <source>ID shown in a video call</source>
        <translation>ID getoond in een videogesprek</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="22"/>
        <source>Customer number and known email address match</source>
        <translation>Klantnummer en bekend e-mailadres komen overeen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="25"/>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="26"/>
        <source>Identity / clarification request</source>
        <translation>Verzoek om identificatie / verduidelijking</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="27"/>
        <source>Identity request: reminder</source>
        <translation>Verzoek om identificatie: herinnering</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="28"/>
        <source>Extension notice</source>
        <translation>Verlengingsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="29"/>
        <source>Access answer</source>
        <translation>Antwoord op inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="30"/>
        <source>Rectification, erasure or restriction done</source>
        <translation>Rectificatie, wissing of beperking uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="31"/>
        <source>Objection upheld</source>
        <translation>Bezwaar gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="32"/>
        <source>Objection rejected</source>
        <translation>Bezwaar afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="33"/>
        <source>Withdrawal of consent confirmed</source>
        <translation>Intrekking van toestemming bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="34"/>
        <source>Refusal (unfounded or excessive)</source>
        <translation>Weigering (ongegrond of buitensporig)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="35"/>
        <source>Transfer to a group company</source>
        <translation>Overdracht aan een groepsmaatschappij</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="36"/>
        <source>Identity not confirmed, case closed</source>
        <translation>Identiteit niet bevestigd, dossier gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="39"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="40"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="41"/>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="42"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="43"/>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="44"/>
        <source>Objection (legitimate interests)</source>
        <translation>Bezwaar (gerechtvaardigd belang)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="45"/>
        <source>Objection (direct marketing, profiling)</source>
        <translation>Bezwaar (direct marketing, profilering)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="46"/>
        <source>Withdrawal of consent</source>
        <translation>Intrekking van toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="47"/>
        <source>Newsletter unsubscribe</source>
        <translation>Afmelding nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="48"/>
        <source>Objection (credit check, scoring)</source>
        <translation>Bezwaar (kredietcontrole, scoring)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="49"/>
        <source>Complaint / other</source>
        <translation>Klacht / overig</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="52"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="56"/>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="57"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="60"/>
        <source>Granted</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="61"/>
        <source>Partly granted</source>
        <translation>Gedeeltelijk ingewilligd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="62"/>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="63"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="64"/>
        <source>Identity not confirmed</source>
        <translation>Identiteit niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="49"/>
        <location filename="../../ui/core_words.py" line="66"/>
        <source>Transferred</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="69"/>
        <source>Advertising by post</source>
        <translation>Reclame per post</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="70"/>
        <source>Advertising by email</source>
        <translation>Reclame per e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="71"/>
        <source>Advertising by telephone</source>
        <translation>Reclame per telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="72"/>
        <source>Retargeting and profiling</source>
        <translation>Retargeting en profilering</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="73"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="62"/>
        <location filename="../../ui/listed_words.py" line="9"/>
        <source>Art. 19 notice recorded</source>
        <translation>Kennisgeving art. 19 vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="50"/>
        <location filename="../../ui/listed_words.py" line="10"/>
        <source>Case closed</source>
        <translation>Dossier gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="30"/>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="31"/>
        <source>Business customer</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="34"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="35"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="36"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="39"/>
        <location filename="../../ui/listed_words.py" line="11"/>
        <source>Case logged</source>
        <translation>Dossier geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="40"/>
        <source>Case corrected</source>
        <translation>Dossier gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="41"/>
        <source>Deadline recomputed</source>
        <translation>Termijn herberekend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="42"/>
        <source>Rectification recorded</source>
        <translation>Rectificatie vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="43"/>
        <source>Restriction recorded</source>
        <translation>Beperking vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="44"/>
        <source>Access answer recorded</source>
        <translation>Antwoord op inzageverzoek vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="45"/>
        <source>Asked for identification</source>
        <translation>Om identificatie gevraagd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="46"/>
        <source>Information received</source>
        <translation>Informatie ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="47"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="48"/>
        <source>Deadline extended</source>
        <translation>Termijn verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="51"/>
        <source>Exported for an authority</source>
        <translation>Geëxporteerd voor toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="52"/>
        <source>Case reopened</source>
        <translation>Dossier heropend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="53"/>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="54"/>
        <source>Correspondence added</source>
        <translation>Correspondentie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="55"/>
        <source>Case linked</source>
        <translation>Dossier gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="56"/>
        <source>Marketing objection upheld</source>
        <translation>Bezwaar tegen direct marketing gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="58"/>
        <source>Objection assessed</source>
        <translation>Bezwaar beoordeeld</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="59"/>
        <source>Restriction changed</source>
        <translation>Beperking gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="60"/>
        <source>Withdrawal recorded</source>
        <translation>Intrekking vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="61"/>
        <location filename="../../ui/listed_words.py" line="12"/>
        <source>Erasure decided</source>
        <translation>Wissing besloten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="57"/>
        <location filename="../../ui/listed_words.py" line="13"/>
        <source>Unsubscribe confirmed</source>
        <translation>Afmelding bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="112"/>
        <source>processing</source>
        <translation>verwerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="113"/>
        <source>consents</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="114"/>
        <source>systems</source>
        <translation>systemen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="115"/>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="116"/>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="118"/>
        <location filename="../../ui/listed_words.py" line="14"/>
        <source>blocked data</source>
        <translation>afgeschermde gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="106"/>
        <location filename="../../ui/listed_words.py" line="15"/>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="102"/>
        <location filename="../../ui/listed_words.py" line="16"/>
        <source>closed on</source>
        <translation>gesloten op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="84"/>
        <location filename="../../ui/case_file/history_wording.py" line="85"/>
        <location filename="../../ui/listed_words.py" line="17"/>
        <source>company</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="117"/>
        <location filename="../../ui/listed_words.py" line="18"/>
        <source>data</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="107"/>
        <location filename="../../ui/listed_words.py" line="19"/>
        <source>effective from</source>
        <translation>geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="119"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="126"/>
        <source>deleted on</source>
        <translation>verwijderd op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="127"/>
        <location filename="../../ui/listed_words.py" line="20"/>
        <source>notice</source>
        <translation>kennisgeving</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="99"/>
        <location filename="../../ui/listed_words.py" line="21"/>
        <source>one-month deadline</source>
        <translation>termijn van één maand</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="90"/>
        <location filename="../../ui/listed_words.py" line="22"/>
        <source>outcomes</source>
        <translation>uitkomsten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="82"/>
        <location filename="../../ui/listed_words.py" line="23"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="111"/>
        <location filename="../../ui/listed_words.py" line="24"/>
        <source>recipient</source>
        <translation>ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="109"/>
        <location filename="../../ui/case_file/history_wording.py" line="110"/>
        <location filename="../../ui/listed_words.py" line="25"/>
        <source>recipients to notify</source>
        <translation>te informeren ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="63"/>
        <source>Recipients added to notify</source>
        <translation>Te informeren ontvangers toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="64"/>
        <source>Hold set</source>
        <translation>Opschorting ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="65"/>
        <source>Hold lifted</source>
        <translation>Opschorting opgeheven</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="66"/>
        <source>Blocked data deleted</source>
        <translation>Afgeschermde gegevens verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="67"/>
        <source>Marked as an identity document</source>
        <translation>Gemarkeerd als identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="68"/>
        <source>No longer an identity document</source>
        <translation>Niet langer gemarkeerd als identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="69"/>
        <source>Identity document deleted</source>
        <translation>Identiteitsbewijs verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="70"/>
        <source>Letter sent</source>
        <translation>Brief verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="80"/>
        <location filename="../../ui/listed_words.py" line="26"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="81"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="83"/>
        <source>requests</source>
        <translation>verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="86"/>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="87"/>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="88"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="89"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="91"/>
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="92"/>
        <source>note length</source>
        <translation>lengte notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="93"/>
        <source>checked on</source>
        <translation>gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="94"/>
        <source>checked how</source>
        <translation>hoe gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="95"/>
        <source>paused since</source>
        <translation>stilgezet sinds</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="96"/>
        <source>days paused in all</source>
        <translation>dagen stilgezet in totaal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="97"/>
        <source>days paused</source>
        <translation>dagen stilgezet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="98"/>
        <source>due</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="100"/>
        <source>extended deadline</source>
        <translation>verlengde termijn</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="101"/>
        <source>extension reasons</source>
        <translation>redenen verlenging</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="103"/>
        <source>ID copies deleted</source>
        <translation>ID-kopieën verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="104"/>
        <source>deleted for good</source>
        <translation>definitief verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="105"/>
        <source>linked to</source>
        <translation>gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="108"/>
        <location filename="../../ui/listed_words.py" line="27"/>
        <source>suppression entries</source>
        <translation>vermeldingen op de blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="120"/>
        <source>carried out on</source>
        <translation>uitgevoerd op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="121"/>
        <source>rectified</source>
        <translation>gerectificeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="122"/>
        <source>disclosed to nobody</source>
        <translation>aan niemand verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="130"/>
        <source>upheld</source>
        <translation>gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="131"/>
        <source>partly upheld</source>
        <translation>gedeeltelijk gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="132"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="135"/>
        <source>to notify</source>
        <translation>te informeren</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="136"/>
        <source>notified</source>
        <translation>geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="137"/>
        <source>exempt</source>
        <translation>uitgezonderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="140"/>
        <source>incoming</source>
        <translation>inkomend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_wording.py" line="141"/>
        <source>outgoing</source>
        <translation>uitgaand</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_file/header.py" line="35"/>
        <source>Sample</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="39"/>
        <source>A sample entry of the company register: check its details before relying on it.</source>
        <translation>Een voorbeeldvermelding in het register van ondernemingen: controleer de gegevens voordat u erop vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="52"/>
        <location filename="../../ui/case_file/header.py" line="229"/>
        <source>Why this date?</source>
        <translation>Waarom deze datum?</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="72"/>
        <source>Responsible:</source>
        <translation>Verantwoordelijk:</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="110"/>
        <source> · extended</source>
        <translation> · verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="113"/>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="121"/>
        <source>Received %1 by %2</source>
        <translation>Ontvangen op %1 per %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="124"/>
        <source>(letter dated %1)</source>
        <translation>(brief gedateerd %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="142"/>
        <source>Inquiry of %1, their reference %2: answer by %3, the date the authority set. The cases it concerns are kept while it is open.</source>
        <translation>Verzoek om informatie van %1, hun kenmerk %2: antwoord uiterlijk %3, de datum die de toezichthouder stelde. De dossiers waar het om gaat worden bewaard zolang het open is.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="150"/>
        <source>An ID copy is on file. Recording the identity check deletes it.</source>
        <translation>Er zit een ID-kopie in het dossier. Bij het vastleggen van de identiteitscontrole wordt deze verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="151"/>
        <source>%1 ID copies are on file. Recording the identity check deletes them.</source>
        <translation>Er zitten %1 ID-kopieën in het dossier. Bij het vastleggen van de identiteitscontrole worden ze verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="166"/>
        <source>The clock was paused for %1 so far.</source>
        <translation>De termijn heeft tot nu toe %1 stilgestaan.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="171"/>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="174"/>
        <source>Closed on %1</source>
        <translation>Gesloten op %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="176"/>
        <source>It was due %1.</source>
        <translation>De uiterste datum was %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="182"/>
        <source>clock paused</source>
        <translation>termijn stilgezet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="185"/>
        <source>Clock paused since %1, with %2 left; the deadline moves on by the days waited.</source>
        <translation>Termijn stilgezet sinds %1, resterend: %2; de uiterste datum schuift op met de wachtdagen.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="188"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="194"/>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="194"/>
        <source>%1 days overdue</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="197"/>
        <source>due today</source>
        <translation>verloopt vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="199"/>
        <source>left</source>
        <translation>resterend</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="205"/>
        <source>Our own deadline: %1 (%2 working days before).</source>
        <translation>Onze eigen termijn: %1 (%2 werkdagen eerder).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="211"/>
        <source>Extended to %1 (the one-month deadline was %2).</source>
        <translation>Verlengd tot %1 (de termijn van één maand was %2).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="216"/>
        <source>If extended: %1.</source>
        <translation>Bij verlenging: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="219"/>
        <source>Includes %1 paused.</source>
        <translation>Inclusief %1 stilstand.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="224"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="224"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/header.py" line="229"/>
        <source>Hide the explanation</source>
        <translation>Uitleg verbergen</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="131"/>
        <source> · extended</source>
        <translation> · verlengd</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases.py" line="66"/>
        <source>Search reference, name, email, address, subject…</source>
        <translation>Zoek op kenmerk, naam, e-mail, adres, onderwerp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="71"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="71"/>
        <source>Not closed</source>
        <translation>Niet gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="76"/>
        <source>All request types</source>
        <translation>Alle soorten verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="79"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="82"/>
        <location filename="../../ui/pages/cases.py" line="181"/>
        <source>All companies</source>
        <translation>Alle ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="85"/>
        <source>Overdue only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="93"/>
        <source>Show every case again</source>
        <translation>Weer alle dossiers tonen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="222"/>
        <source>From the report (%1): %2</source>
        <translation>Uit het rapport (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="241"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases.py" line="241"/>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="28"/>
        <source>Any due date</source>
        <translation>Alle termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="29"/>
        <source>Due today</source>
        <translation>Verloopt vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="30"/>
        <source>Due within 30 days</source>
        <translation>Verloopt binnen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="31"/>
        <source>Due within 7 days</source>
        <translation>Verloopt binnen 7 dagen</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="291"/>
        <source>Close the case</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="291"/>
        <source>Close case</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="293"/>
        <source>Choose how each request ended. A request not granted in full needs its reasons in the note.</source>
        <translation>Kies hoe elk verzoek is afgehandeld. Bij een verzoek dat niet volledig is ingewilligd, horen de redenen in de notitie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="300"/>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="308"/>
        <source>Decided on %1</source>
        <translation>Besloten op %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="310"/>
        <source>Reasons, note</source>
        <translation>Redenen, notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="319"/>
        <source>Case closed.</source>
        <translation>Dossier gesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="327"/>
        <source>Choose an outcome for every request.</source>
        <translation>Kies voor elk verzoek een uitkomst.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../ui/pages/companies.py" line="64"/>
        <source>Company register</source>
        <translation>Register van ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="66"/>
        <source>The group companies, the countries and locations each is responsible for, and the data its letters need. Entries marked Sample are placeholders. Import adds new entries and updates those with the same ID; it removes none.</source>
        <translation>De groepsmaatschappijen, de landen en vestigingen waarvoor elk verantwoordelijk is, en de gegevens die de brieven nodig hebben. Vermeldingen met ‘Voorbeeld’ bevatten voorlopige gegevens. Importeren voegt nieuwe vermeldingen toe en werkt die met dezelfde ID bij; er wordt niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="74"/>
        <source>New company…</source>
        <translation>Nieuwe onderneming…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="76"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="78"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="81"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="174"/>
        <source>Saved %1: now version %2.</source>
        <translation>%1 opgeslagen: nu versie %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="198"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="199"/>
        <source>%1 was not imported. %2: %3

Nothing in the register was changed.</source>
        <translation>%1 is niet geïmporteerd. %2: %3

Er is niets in het register gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="218"/>
        <source>Exporting the company register…</source>
        <translation>Register van ondernemingen exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="224"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="225"/>
        <source>The register was not exported to %1. %2: %3</source>
        <translation>Het register is niet geëxporteerd naar %1. %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="237"/>
        <source>Imported 1 company from %2.</source>
        <translation>1 onderneming geïmporteerd uit %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="239"/>
        <source>Imported %1 companies from %2.</source>
        <translation>%1 ondernemingen geïmporteerd uit %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="243"/>
        <source>Exported 1 company to %2.</source>
        <translation>1 onderneming geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/companies.py" line="245"/>
        <source>Exported %1 companies to %2.</source>
        <translation>%1 ondernemingen geëxporteerd naar %2.</translation>
    </message>
</context>
<context>
    <name>CompanyDetails</name>
    <message>
        <location filename="../../ui/pages/company_details.py" line="41"/>
        <source>Sample</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="44"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="56"/>
        <source>Identity and address</source>
        <translation>Identiteit en adres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="61"/>
        <source>Every saved change is a new version; cases keep the one they were handled under.</source>
        <translation>Elke opgeslagen wijziging is een nieuwe versie; dossiers behouden de versie waaronder ze zijn behandeld.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="65"/>
        <source>Responsibility and languages</source>
        <translation>Verantwoordelijkheid en talen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="69"/>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="79"/>
        <source>Holiday calendar</source>
        <translation>Feestdagenkalender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="89"/>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="93"/>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="107"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="154"/>
        <source>Letters of this company can be previewed but not sent: its entry lacks %1 (company law wants them on business letters). Edit… to add them.</source>
        <translation>Brieven van deze onderneming kunnen worden bekeken, maar niet verzonden: de vermelding mist %1 (wettelijk verplicht op zakelijke brieven). Voeg ze toe via ‘Bewerken…’.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="160"/>
        <source>No company selected</source>
        <translation>Geen onderneming geselecteerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="167"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="185"/>
        <source>whole country</source>
        <translation>heel het land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="188"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company_details.py" line="200"/>
        <source> (administrative board)</source>
        <translation> (bestuursorgaan)</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="32"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="33"/>
        <source>Board / directors</source>
        <translation>Bestuur / bestuurders</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="34"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="35"/>
        <source>Chair of the board</source>
        <translation>Voorzitter raad van commissarissen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="36"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="37"/>
        <source>Extra dates</source>
        <translation>Extra datums</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="38"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="39"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="40"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="41"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="42"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="43"/>
        <source>Register</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="44"/>
        <source>Registered office</source>
        <translation>Statutaire zetel</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="45"/>
        <source>Sample entry: replace with the group overview&apos;s data</source>
        <translation>Voorbeeldvermelding: vervangen door de gegevens uit het groepsoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="46"/>
        <source>VAT id</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="47"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="208"/>
        <source>public holidays</source>
        <translation>wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="209"/>
        <source>Catholic holidays</source>
        <translation>katholieke feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>Protestant holidays</source>
        <translation>protestantse feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>optional holidays</source>
        <translation>facultatieve feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="212"/>
        <source>bank holidays</source>
        <translation>bankfeestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="213"/>
        <source>school holidays</source>
        <translation>schoolvrije dagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="214"/>
        <source>half days</source>
        <translation>halve feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="215"/>
        <source>de facto holidays</source>
        <translation>feitelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="216"/>
        <source>government holidays</source>
        <translation>overheidsfeestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="217"/>
        <source>armed forces holidays</source>
        <translation>feestdagen van de krijgsmacht</translation>
    </message>
</context>
<context>
    <name>CompanyEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="128"/>
        <source>Not saved. %1</source>
        <translation>Niet opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="131"/>
        <source>New company</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="133"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="136"/>
        <source>Identity and address</source>
        <translation>Identiteit en adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="137"/>
        <source>lower case, digits, hyphens: e.g. hoffmann-pl</source>
        <translation>kleine letters, cijfers, koppeltekens: bijv. hoffmann-pl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="142"/>
        <source>two letters, e.g. NL</source>
        <translation>twee letters, bijv. NL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="143"/>
        <source>Sample data, not yet confirmed by the group overview</source>
        <translation>Voorbeeldgegevens, nog niet bevestigd door het groepsoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="146"/>
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="147"/>
        <source>two-letter codes, e.g. BE; LU</source>
        <translation>landcodes van twee letters, bijv. BE; LU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="148"/>
        <source>e.g. Antwerpen; Brussel</source>
        <translation>bijv. Antwerpen; Brussel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="150"/>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="155"/>
        <source>one line, commas between the parts</source>
        <translation>één regel, delen gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="157"/>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="158"/>
        <source>e.g. nl; en (the first is the default)</source>
        <translation>bijv. nl; en (de eerste is de standaard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="160"/>
        <source>Holiday calendar</source>
        <translation>Feestdagenkalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="161"/>
        <source>two letters; empty: the seat&apos;s country</source>
        <translation>twee letters; leeg: land van de zetel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="162"/>
        <source>e.g. BY; empty for the whole country</source>
        <translation>bijv. BY; leeg voor heel het land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="163"/>
        <source>e.g. public; catholic</source>
        <translation>bijv. public; catholic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="164"/>
        <source>YYYY-MM-DD; YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD; JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="167"/>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="169"/>
        <source>one line, as on a letter</source>
        <translation>één regel, zoals op een brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="171"/>
        <source>Letterhead (what company law wants on letters)</source>
        <translation>Briefhoofd (wettelijke vermeldingen op brieven)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="174"/>
        <source>empty: from the name (SE, GmbH, B.V. …)</source>
        <translation>leeg: uit de naam (SE, GmbH, B.V. …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="175"/>
        <source>the seat, e.g. München</source>
        <translation>de statutaire zetel, bijv. München</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="176"/>
        <source>e.g. Amtsgericht München</source>
        <translation>bijv. Amtsgericht München</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="177"/>
        <source>e.g. HRB 123456</source>
        <translation>bijv. HRB 123456</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="178"/>
        <source>Dutch companies: 8 digits</source>
        <translation>Nederlandse ondernemingen: 8 cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="183"/>
        <source>every one of them; names separated by ;</source>
        <translation>allemaal; namen gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="185"/>
        <source>of the supervisory board</source>
        <translation>van de raad van commissarissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="186"/>
        <source>One-tier SE: executive directors, administrative board</source>
        <translation>Monistische SE: uitvoerende bestuurders, bestuursorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="189"/>
        <source>older entries: court and number together</source>
        <translation>oudere vermeldingen: rechtbank en nummer samen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="192"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="222"/>
        <source>The id cannot change: cases refer to it.</source>
        <translation>De ID kan niet worden gewijzigd: dossiers verwijzen ernaar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="294"/>
        <source>Letters stay drafts until this is filled in: %1</source>
        <translation>Brieven blijven concepten totdat dit is ingevuld: %1</translation>
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
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="33"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="34"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="35"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="36"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="37"/>
        <source>Sample entry</source>
        <translation>Voorbeeldvermelding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="38"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="39"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="40"/>
        <source>DPO name</source>
        <translation>Naam FG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="41"/>
        <source>DPO email</source>
        <translation>E-mail FG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="42"/>
        <source>DPO phone</source>
        <translation>Telefoon FG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="43"/>
        <source>DPO fax</source>
        <translation>Fax FG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="44"/>
        <source>DPO postal address</source>
        <translation>Postadres FG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="45"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="46"/>
        <source>Calendar country</source>
        <translation>Land van de kalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="47"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="48"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="49"/>
        <source>Extra dates</source>
        <translation>Extra datums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="50"/>
        <source>Calendar label</source>
        <translation>Naam van de kalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="51"/>
        <source>Authority name</source>
        <translation>Naam toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="52"/>
        <source>Authority address</source>
        <translation>Adres toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="53"/>
        <source>Registered office</source>
        <translation>Statutaire zetel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="54"/>
        <source>Register (one text)</source>
        <translation>Register (één tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="55"/>
        <source>VAT id</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="56"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="57"/>
        <source>Register court</source>
        <translation>Registergerecht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="58"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="59"/>
        <source>Board / directors</source>
        <translation>Bestuur / bestuurders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="60"/>
        <source>Chair of the board</source>
        <translation>Voorzitter raad van commissarissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="61"/>
        <source>One-tier board</source>
        <translation>Monistisch bestuur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="62"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="63"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="65"/>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="66"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="67"/>
        <source>Holiday calendar</source>
        <translation>Feestdagenkalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_editor.py" line="68"/>
        <source>Entry %1</source>
        <translation>Vermelding %1</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../ui/models/company_table.py" line="66"/>
        <source>Sample entries are placeholders, not the group&apos;s real data</source>
        <translation>Voorbeeldvermeldingen bevatten voorlopige gegevens, niet de echte gegevens van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/models/company_table.py" line="82"/>
        <source>Sample</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="48"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="44"/>
        <source>Correct the case</source>
        <translation>Dossier corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="44"/>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="48"/>
        <source>Correct what was logged wrongly. Only what you change is saved, as one entry in the history with your reason; letters already sent stay as sent.</source>
        <translation>Corrigeer wat verkeerd is vastgelegd. Alleen wat u wijzigt, wordt opgeslagen, als één regel in de geschiedenis met uw reden; reeds verzonden brieven blijven zoals verzonden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="53"/>
        <source>The case is closed: reopen it to correct the received date or the requests.</source>
        <translation>Het dossier is gesloten: heropen het om de ontvangstdatum of de verzoeken te corrigeren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="67"/>
        <source>Dr.</source>
        <translation>dr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="69"/>
        <source>Form of address</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="74"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="75"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="76"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="77"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="78"/>
        <source>Additional line</source>
        <translation>Extra adresregel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="79"/>
        <source>c/o, flat, building</source>
        <translation>p/a, appartement, gebouw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="83"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="83"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="90"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="97"/>
        <source>Typed before addresses had parts; letters print the parts once the city is given. Clear it when the parts say the same.</source>
        <translation>Ingevoerd voordat adressen in delen werden vastgelegd; brieven drukken de delen af zodra de plaats is ingevuld. Maak dit leeg als de delen hetzelfde zeggen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="100"/>
        <source>Address (as typed earlier)</source>
        <translation>Adres (zoals eerder ingevoerd)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="102"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="104"/>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="105"/>
        <source>Business customer</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="112"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="113"/>
        <source>Reply in</source>
        <translation>Antwoorden in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="119"/>
        <source>Delivery country</source>
        <translation>Leveringsland</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="121"/>
        <source>Delivery location</source>
        <translation>Leveringsplaats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="122"/>
        <source>delivery or service location</source>
        <translation>plaats van levering of dienstverlening</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="139"/>
        <source>The deadline is computed again from this date</source>
        <translation>De termijn wordt vanaf deze datum opnieuw berekend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="140"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="145"/>
        <source>Came by</source>
        <translation>Ontvangen via</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="159"/>
        <source>Tick a request that was missed; untick one logged by mistake</source>
        <translation>Vink een gemist verzoek aan; vink een per vergissing vastgelegd verzoek uit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="160"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="162"/>
        <source>Reason for the correction</source>
        <translation>Reden van de correctie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="164"/>
        <source>e.g. the name was misread from the letter</source>
        <translation>bijv. de naam was verkeerd gelezen uit de brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="167"/>
        <source>received date</source>
        <translation>ontvangstdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="167"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="168"/>
        <source>requests</source>
        <translation>verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="252"/>
        <source>Case corrected: %1.</source>
        <translation>Dossier gecorrigeerd: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/correction.py" line="254"/>
        <source>Now due %1.</source>
        <translation>Nu uiterlijk %1.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="52"/>
        <source>Add correspondence</source>
        <translation>Correspondentie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="52"/>
        <source>&amp;File in the case</source>
        <translation>In het &amp;dossier opnemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="55"/>
        <source>A reply, a scan, a fax, a phone note or an email sent from the mail program. Drop files here or add them; an .eml or .msg message is filed as it came.</source>
        <translation>Een antwoord, een scan, een fax, een telefoonnotitie of een e-mail verstuurd uit het mailprogramma. Sleep bestanden hierheen of voeg ze toe; een .eml- of .msg-bericht wordt opgenomen zoals het binnenkwam.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="61"/>
        <source>Received from the requester</source>
        <translation>Ontvangen van de verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="62"/>
        <source>Sent by us</source>
        <translation>Door ons verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="72"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="77"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="78"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="79"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="80"/>
        <source>e.g. Reply with the customer number</source>
        <translation>bijv. Antwoord met het klantnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="81"/>
        <source>Text or note</source>
        <translation>Tekst of notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="82"/>
        <source>What was said on the phone, or a summary</source>
        <translation>Wat er aan de telefoon is gezegd, of een samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="87"/>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="91"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="103"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="176"/>
        <source>Filed in the case&apos;s correspondence.</source>
        <translation>Opgenomen in de correspondentie van het dossier.</translation>
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
        <translation>In/uit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="45"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="46"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="80"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="57"/>
        <source>No text: see the files.</source>
        <translation>Geen tekst: zie de bestanden.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="59"/>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="70"/>
        <source>Double-click or Enter to open</source>
        <translation>Dubbelklik of Enter om te openen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="72"/>
        <source>Open &amp;file</source>
        <translation>&amp;Bestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="72"/>
        <source>Open with the program set up for it</source>
        <translation>Openen met het daarvoor ingestelde programma</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="76"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="253"/>
        <source>Mark as ID document</source>
        <translation>Markeren als identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="77"/>
        <source>An identity document is deleted, with every copy, when the check is recorded</source>
        <translation>Een identiteitsbewijs wordt met alle kopieën verwijderd zodra de controle is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="96"/>
        <source>&amp;Add correspondence…</source>
        <translation>Correspondentie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="97"/>
        <source>A reply, scan, fax, phone note or sent email; or drop files on the case file</source>
        <translation>Een antwoord, scan, fax, telefoonnotitie of verstuurde e-mail; of sleep bestanden op het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="135"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="135"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="137"/>
        <location filename="../../ui/case_file/correspondence_tab.py" line="192"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="187"/>
        <source>No correspondence</source>
        <translation>Geen correspondentie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="193"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="193"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="199"/>
        <source>until the ID check</source>
        <translation>tot de ID-controle</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="201"/>
        <source>original as received</source>
        <translation>origineel zoals ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="213"/>
        <source>Deleted when the identity check is recorded</source>
        <translation>Wordt verwijderd zodra de identiteitscontrole is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="222"/>
        <source>Files (%1)</source>
        <translation>Bestanden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="222"/>
        <source>No files</source>
        <translation>Geen bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="235"/>
        <source>ID copies of this case were deleted on %1, after the identity check.</source>
        <translation>ID-kopieën van dit dossier zijn op %1 verwijderd, na de identiteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/correspondence_tab.py" line="251"/>
        <source>Not an ID document</source>
        <translation>Geen identiteitsbewijs</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../ui/postal_fields.py" line="93"/>
        <source>name or code, e.g. NL</source>
        <translation>naam of code, bijv. NL</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/text.py" line="36"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="37"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="38"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../ui/explanations.py" line="16"/>
        <source>Received %1 (%2);</source>
        <translation>Ontvangen %1 (%2);</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="17"/>
        <source>holidays of %1.</source>
        <translation>feestdagen van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="18"/>
        <source>Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only as entered in the company&apos;s calendar (%1).</source>
        <translation>Bij besluit met feestdagen gelijkgestelde dagen (art. 3 lid 3 Algemene termijnenwet) tellen alleen mee zoals ingevoerd in de kalender van de onderneming (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="22"/>
        <source>Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only once entered in the company&apos;s calendar; none is: the earlier date stands, deliberately.</source>
        <translation>Bij besluit met feestdagen gelijkgestelde dagen (art. 3 lid 3 Algemene termijnenwet) tellen pas mee als ze in de kalender van de onderneming staan; er staat er geen: de vroegere datum blijft, bewust.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="26"/>
        <source>One month after receipt: %1.</source>
        <translation>Eén maand na ontvangst: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="27"/>
        <source>One month after receipt: %1 (that month is shorter: its last day).</source>
        <translation>Eén maand na ontvangst: %1 (die maand is korter: de laatste dag ervan).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="30"/>
        <source>Three months after receipt: %1.</source>
        <translation>Drie maanden na ontvangst: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="31"/>
        <source>Three months after receipt: %1 (that month is shorter: its last day).</source>
        <translation>Drie maanden na ontvangst: %1 (die maand is korter: de laatste dag ervan).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="34"/>
        <source>Plus %1 day paused while waiting for information (Art. 12(6)): %2.</source>
        <translation>Plus %1 dag stilgezet in afwachting van informatie (art. 12 lid 6 AVG): %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="37"/>
        <source>Plus %1 days paused while waiting for information (Art. 12(6)): %2.</source>
        <translation>Plus %1 dagen stilgezet in afwachting van informatie (art. 12 lid 6 AVG): %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="40"/>
        <source>%1 is a %2</source>
        <translation>%1 is een %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="41"/>
        <source>%1 is a public holiday (%2)</source>
        <translation>%1 is een feestdag (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="42"/>
        <source>%1, so the one-month deadline is %2.</source>
        <translation>%1, dus de termijn van één maand eindigt op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="43"/>
        <source>%1, so the extended deadline is %2.</source>
        <translation>%1, dus de verlengde termijn eindigt op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="44"/>
        <source>The one-month deadline is %1, a working day.</source>
        <translation>De termijn van één maand eindigt op %1, een werkdag.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="45"/>
        <source>The extended deadline is %1, a working day.</source>
        <translation>De verlengde termijn eindigt op %1, een werkdag.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="46"/>
        <source>The extended deadline counts from receipt, not from the first deadline.</source>
        <translation>De verlengde termijn telt vanaf de ontvangst, niet vanaf de eerste termijn.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="49"/>
        <source>day equated to a public holiday</source>
        <translation>met een algemeen erkende feestdag gelijkgestelde dag</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="154"/>
        <source>%1, the day it was received: it cannot take effect later.</source>
        <translation>%1, de dag van ontvangst: later ingaan is niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="159"/>
        <source>Takes effect</source>
        <translation>Gaat in op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="161"/>
        <source>Carried out on (the systems updated)</source>
        <translation>Uitgevoerd op (systemen bijgewerkt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="174"/>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="65"/>
        <location filename="../../ui/case_file/decision_summary.py" line="78"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="65"/>
        <source>Upheld: the objection is absolute</source>
        <translation>Gehonoreerd: het bezwaar is absoluut</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="66"/>
        <source>Channels stopped</source>
        <translation>Gestopte kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="68"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="69"/>
        <source>Continues</source>
        <translation>Gaat door</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="69"/>
        <source>Transactional mail</source>
        <translation>Transactionele berichten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="70"/>
        <location filename="../../ui/case_file/decision_summary.py" line="100"/>
        <source>Effective from</source>
        <translation>Geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="73"/>
        <source>Upheld</source>
        <translation>Gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="74"/>
        <source>Partly upheld</source>
        <translation>Gedeeltelijk gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="75"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="80"/>
        <source>Targeted processing</source>
        <translation>Betrokken verwerking</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="83"/>
        <source>Particular situation</source>
        <translation>Specifieke situatie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="84"/>
        <source>Grounds, legal claims</source>
        <translation>Gronden, rechtsvorderingen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="85"/>
        <source>Balancing</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="89"/>
        <source>%1: updated</source>
        <translation>%1: bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="89"/>
        <source>%1: pending</source>
        <translation>%1: nog open</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="96"/>
        <source>Consents withdrawn</source>
        <translation>Ingetrokken toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="101"/>
        <source>%1, for the future only</source>
        <translation>%1, alleen voor de toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="105"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="107"/>
        <source>Suppressed</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="112"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="113"/>
        <source>Hold</source>
        <translation>Opschorting</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="115"/>
        <source>Corrected</source>
        <translation>Gerectificeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="115"/>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="118"/>
        <location filename="../../ui/case_file/decision_summary.py" line="124"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="118"/>
        <source>Disclosed to nobody</source>
        <translation>Aan niemand verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="121"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="123"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="125"/>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="126"/>
        <source>Credit score</source>
        <translation>Kredietscore</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="127"/>
        <source>Used: the letter explains it</source>
        <translation>Gebruikt: de brief licht dit toe</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="128"/>
        <source>Withheld</source>
        <translation>Achtergehouden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="130"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="133"/>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="134"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="148"/>
        <source>%1: erased on %2</source>
        <translation>%1: gewist op %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="166"/>
        <source>%1: blocked until %2 under %3</source>
        <translation>%1: afgeschermd tot %2 op grond van %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="172"/>
        <source>deleted on %1</source>
        <translation>verwijderd op %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decision_summary.py" line="174"/>
        <source>on hold</source>
        <translation>opgeschort</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="50"/>
        <source>Restricted while the objection is assessed (Art. 18(1)(d) GDPR): the data are stored but not otherwise processed. Tell the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Beperkt zolang het bezwaar wordt beoordeeld (art. 18 lid 1 onder d AVG): de gegevens worden opgeslagen maar niet anderszins verwerkt. Informeer de betrokkene voordat de beperking wordt opgeheven (art. 18 lid 3).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Effective from</source>
        <translation>Geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="63"/>
        <source>Because of</source>
        <translation>Op grond van</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="68"/>
        <source>Suppression register</source>
        <translation>Blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="72"/>
        <source>Entries made by this case. They stay when the case is purged, so that the person is not contacted again; they can be corrected, not removed.</source>
        <translation>Vermeldingen uit dit dossier. Ze blijven bestaan als het dossier wordt opgeschoond, zodat de betrokkene niet opnieuw wordt benaderd; ze kunnen worden gecorrigeerd, niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="81"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
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
        <translation>Geïnformeerd, of waarom niet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="87"/>
        <source>Noti&amp;fied…</source>
        <translation>Geïn&amp;formeerd…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="88"/>
        <source>Record when and how the selected recipient was told</source>
        <translation>Vastleggen wanneer en hoe de geselecteerde ontvanger is geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="91"/>
        <source>Exem&amp;pt…</source>
        <translation>&amp;Uitzondering…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="92"/>
        <source>No notice: impossible or disproportionate effort (say why)</source>
        <translation>Geen kennisgeving: onmogelijk of onevenredige inspanning (met reden)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="95"/>
        <source>Add recipient&amp;s…</source>
        <translation>Ontvangers &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="96"/>
        <source>Put recipients of the processing register on this checklist</source>
        <translation>Ontvangers uit het verwerkingsregister op deze checklist zetten</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="99"/>
        <source>Art. 19 notices to recipients</source>
        <translation>Kennisgevingen aan ontvangers (art. 19)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="105"/>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="106"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="111"/>
        <source>Blocked instead of erased while a retention duty runs (Art. 17(3)(b), 18 GDPR); deleted after its end without a new request.</source>
        <translation>Afgeschermd in plaats van gewist zolang een bewaarplicht loopt (art. 17 lid 3 onder b, art. 18 AVG); na afloop verwijderd zonder nieuw verzoek.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="116"/>
        <location filename="../../ui/case_file/decisions_tab.py" line="378"/>
        <source>&amp;Hold…</source>
        <translation>Ops&amp;chorten…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="118"/>
        <source>Record deleted…</source>
        <translation>Verwijdering vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="119"/>
        <source>The selected data were deleted after the retention end</source>
        <translation>De geselecteerde gegevens zijn na afloop van de bewaartermijn verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="122"/>
        <source>Blocked data</source>
        <translation>Afgeschermde gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="202"/>
        <source>Not decided yet: %1.</source>
        <translation>Nog niet besloten: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="204"/>
        <source>Use Decide above.</source>
        <translation>Gebruik Beslissen hierboven.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="206"/>
        <source>No decision is recorded for this case.</source>
        <translation>Voor dit dossier is geen besluit vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Notified</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="243"/>
        <source>Exempt</source>
        <translation>Uitgezonderd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="249"/>
        <source>%1 via %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="286"/>
        <source>No recipients to notify. Deciding an erasure or upholding an objection puts the recipients of the processing concerned here.</source>
        <translation>Geen ontvangers te informeren. Bij een besluit tot wissing of het honoreren van een bezwaar komen de ontvangers van de betreffende verwerking hier te staan.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="292"/>
        <source>One recipient still to notify, of %2.</source>
        <translation>Nog één ontvanger te informeren (van %2 in totaal).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="293"/>
        <source>%1 recipients still to notify, of %2.</source>
        <translation>Nog %1 ontvangers te informeren (van %2 in totaal).</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="296"/>
        <source>The case closes once each is notified or exempt.</source>
        <translation>Het dossier kan pas worden gesloten als elke ontvanger is geïnformeerd of uitgezonderd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="298"/>
        <source>Every recipient is notified or exempt.</source>
        <translation>Elke ontvanger is geïnformeerd of uitgezonderd.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="311"/>
        <source>Deleted on %1</source>
        <translation>Verwijderd op %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="313"/>
        <source>On hold: %1</source>
        <translation>Opgeschort: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="315"/>
        <source>Due for deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="317"/>
        <source>Blocked</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="378"/>
        <source>Lift &amp;hold…</source>
        <translation>Opschorting opheff&amp;en…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="380"/>
        <source>Lift the hold, with a reason</source>
        <translation>De opschorting opheffen, met reden</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/decisions_tab.py" line="382"/>
        <source>A tax audit or litigation suspends the deletion</source>
        <translation>Een belastingcontrole of rechtszaak schort de verwijdering op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="66"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="273"/>
        <source>Record the deletion</source>
        <translation>Verwijdering vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="273"/>
        <source>Record deleted</source>
        <translation>Verwijdering vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="275"/>
        <source>“%1”: kept until %2 under %3. Record the day the data were deleted.</source>
        <translation>‘%1’: bewaard tot %2 op grond van %3. Leg de dag vast waarop de gegevens zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="281"/>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="287"/>
        <source>%1 deleted on %2.</source>
        <translation>%1 verwijderd op %2.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="120"/>
        <source>Decide the erasure</source>
        <translation>Over de wissing beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="120"/>
        <source>Record decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="122"/>
        <source>Data under a statutory retention duty are blocked instead of erased (Art. 17(3)(b), Art. 18 GDPR) and deleted when the duty ends, without a new request. A period starts at the end of the year the document arose.</source>
        <translation>Gegevens met een wettelijke bewaarplicht worden afgeschermd in plaats van gewist (art. 17 lid 3 onder b, art. 18 AVG) en verwijderd zodra de plicht afloopt, zonder nieuw verzoek. Een termijn begint aan het einde van het jaar waarin het document is ontstaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="129"/>
        <source>Decided on %1 already: it cannot be decided twice. Change holds or record deletions in the Decisions tab.</source>
        <translation>Al besloten op %1: er kan niet twee keer worden besloten. Wijzig opschortingen of leg verwijderingen vast op het tabblad Besluiten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="139"/>
        <source>Category of data</source>
        <translation>Categorie gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="140"/>
        <source>Erase now, or block under a retention duty</source>
        <translation>Nu wissen, of afschermen wegens een bewaarplicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="141"/>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="223"/>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="142"/>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="153"/>
        <source>&amp;Add row</source>
        <translation>Rij &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="167"/>
        <source>Manual hold (optional)</source>
        <translation>Handmatige opschorting (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="169"/>
        <source>A tax audit or litigation suspends the deletion of every row blocked now</source>
        <translation>Een belastingcontrole of rechtszaak schort de verwijdering op van elke rij die nu wordt afgeschermd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="171"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="204"/>
        <source>one category erased</source>
        <translation>één categorie gewist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="204"/>
        <source>%1 erased</source>
        <translation>%1 gewist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="206"/>
        <source>one blocked</source>
        <translation>één afgeschermd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="206"/>
        <source>%1 blocked</source>
        <translation>%1 afgeschermd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="207"/>
        <source>Erasure decided: %1.</source>
        <translation>Wissing besloten: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="221"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="225"/>
        <source>Row %1, %2: %3</source>
        <translation>Rij %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ErasureRow</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="45"/>
        <source>e.g. Invoices</source>
        <translation>bijv. Facturen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="48"/>
        <source>Erase now</source>
        <translation>Nu wissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="50"/>
        <source>Block, %1</source>
        <translation>Afschermen, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="68"/>
        <source>The date of the document: the period starts at the end of its year</source>
        <translation>De datum van het document: de termijn begint aan het einde van dat jaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="75"/>
        <source>Remove this row</source>
        <translation>Deze rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="76"/>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="107"/>
        <source>erased now</source>
        <translation>nu gewist</translation>
    </message>
</context>
<context>
    <name>ExemptDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="65"/>
        <source>No notice to this recipient</source>
        <translation>Geen kennisgeving aan deze ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="65"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="68"/>
        <source>Art. 19 GDPR spares a notice to %1 only where it is impossible or involves disproportionate effort. Record why.</source>
        <translation>Volgens art. 19 AVG mag een kennisgeving aan %1 alleen achterwege blijven als die onmogelijk is of een onevenredige inspanning vergt. Leg vast waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="75"/>
        <source>Because it is</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="76"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="77"/>
        <source>e.g. no data of the person were ever disclosed to it</source>
        <translation>bijv. er zijn nooit gegevens van de betrokkene aan verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="85"/>
        <source>%1: no notice (%2).</source>
        <translation>%1: geen kennisgeving (%2).</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="197"/>
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="197"/>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="200"/>
        <source>The deadline moves from %1 to %2. Tell the requester within the first month, with the reasons.</source>
        <translation>De uiterste datum verschuift van %1 naar %2. Informeer de verzoeker binnen de eerste maand, met de redenen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="209"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="214"/>
        <source>Complexity or number of requests, e.g. data held in six systems</source>
        <translation>Complexiteit of aantal verzoeken, bijv. gegevens in zes systemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="219"/>
        <source>Deadline extended to %1.</source>
        <translation>Termijn verlengd tot %1.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="27"/>
        <source>Welcome to Privacy Desk</source>
        <translation>Welkom bij Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="32"/>
        <source>There is no store yet: the file in which Privacy Desk keeps the office&apos;s cases, letters and registers, encrypted. Make an empty one to work in, or look around in a demo store first.</source>
        <translation>Er is nog geen database: het bestand waarin Privacy Desk de dossiers, brieven en registers van het privacyteam versleuteld bewaart. Maak een lege aan om in te werken, of kijk eerst rond in een demodatabase.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="39"/>
        <source>Make an empty store for the office&apos;s cases, here:</source>
        <translation>Een lege database voor de dossiers van het privacyteam aanmaken in:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="46"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="53"/>
        <source>Open a separate demo store of 400 invented cases (marked DEMO)</source>
        <translation>Een aparte demodatabase met 400 verzonnen dossiers openen (gemarkeerd als DEMO)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="56"/>
        <source>Its own file: %1</source>
        <translation>Apart bestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="65"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="78"/>
        <source>Where the new store goes</source>
        <translation>Locatie van de nieuwe database</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="79"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy Desk-databases (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="169"/>
        <source>“%1” is not a date</source>
        <translation>“%1” is geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="200"/>
        <source>This case was changed meanwhile, in another window or program: nothing was saved. Cancel, look at the case as it is now, and try again.</source>
        <translation>Dit dossier is intussen gewijzigd in een ander venster of programma: er is niets opgeslagen. Annuleer, bekijk het dossier zoals het nu is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="205"/>
        <source>This case was changed meanwhile by %1: nothing was saved. Cancel, look at the case as it is now, and try again.</source>
        <translation>Dit dossier is intussen gewijzigd door %1: er is niets opgeslagen. Annuleer, bekijk het dossier zoals het nu is en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="21"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="26"/>
        <source>Export for an authority…</source>
        <translation>Exporteren voor toezichthouder…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="30"/>
        <source>The case file, this history, the letters as sent and the files, into a folder with their SHA-256 sums (sha256sum -c SHA256SUMS checks them)</source>
        <translation>Het dossier, deze geschiedenis, de brieven zoals verzonden en de bestanden, in een map met hun SHA-256-controlesommen (sha256sum -c SHA256SUMS controleert ze)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/history_tab.py" line="35"/>
        <source>For a supervisory authority that asks for the file:</source>
        <translation>Voor een toezichthoudende autoriteit die het dossier opvraagt:</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="239"/>
        <source>Put on hold</source>
        <translation>Verwijdering opschorten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="239"/>
        <source>Hold</source>
        <translation>Opschorten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="241"/>
        <source>“%1”: kept until %2. A hold (a tax audit, litigation) suspends the deletion until the hold is lifted.</source>
        <translation>‘%1’: bewaard tot %2. Een opschorting (belastingcontrole, rechtszaak) stelt de verwijdering uit totdat de opschorting wordt opgeheven.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="245"/>
        <source>Lift the hold</source>
        <translation>Opschorting opheffen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="245"/>
        <source>Lift hold</source>
        <translation>Opheffen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="247"/>
        <source>“%1”: kept until %2, on hold: %3. Once the hold is lifted, the data are deleted after the retention end.</source>
        <translation>‘%1’: bewaard tot %2, opgeschort: %3. Na opheffing van de opschorting worden de gegevens na afloop van de bewaartermijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="255"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="257"/>
        <source>e.g. tax audit 2027 announced</source>
        <translation>bijv. belastingcontrole 2027 aangekondigd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="259"/>
        <source>e.g. the tax audit is closed</source>
        <translation>bijv. de belastingcontrole is afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="264"/>
        <source>%1 is on hold.</source>
        <translation>%1 is opgeschort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/erasure.py" line="264"/>
        <source>Hold on %1 lifted.</source>
        <translation>Opschorting van %1 opgeheven.</translation>
    </message>
</context>
<context>
    <name>IdCheckedDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="148"/>
        <source>Record the identity check</source>
        <translation>Identiteitscontrole vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="148"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="152"/>
        <source>The note &quot;ID checked on &lt;date&gt; by &lt;officer&gt;&quot; is added to the case.</source>
        <translation>De notitie &quot;ID gecontroleerd op &lt;datum&gt; door &lt;behandelaar&gt;&quot; wordt aan het dossier toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="155"/>
        <source>The clock runs again from the day the ID arrived (the latest incoming item since the request), or from the day checked if nothing came in.</source>
        <translation>De termijn loopt weer vanaf de dag waarop het identiteitsbewijs binnenkwam (het laatste inkomende stuk sinds het verzoek), of vanaf de controledatum als er niets is binnengekomen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="161"/>
        <source>The ID copy on file will be deleted.</source>
        <translation>De ID-kopie in het dossier wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="162"/>
        <source>The %1 ID copies on file will be deleted.</source>
        <translation>De %1 ID-kopieën in het dossier worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="170"/>
        <source>Checked how</source>
        <translation>Hoe gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="171"/>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="182"/>
        <source>The ID copy was deleted; none is kept.</source>
        <translation>De ID-kopie is verwijderd; er wordt geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="183"/>
        <source>%1 ID copies were deleted; none is kept.</source>
        <translation>%1 ID-kopieën zijn verwijderd; er wordt geen kopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="186"/>
        <source>No ID copy was on file.</source>
        <translation>Er zat geen ID-kopie in het dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="188"/>
        <source>Identity check recorded.</source>
        <translation>Identiteitscontrole vastgelegd.</translation>
    </message>
</context>
<context>
    <name>IdDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="74"/>
        <source>ID document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="74"/>
        <source>Attach</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="79"/>
        <source>The copy is kept only until the identity check is recorded, then deleted (EDPB 01/2022: keep no copy of an ID).</source>
        <translation>De kopie wordt alleen bewaard tot de identiteitscontrole is vastgelegd en daarna verwijderd (EDPB-richtsnoeren 01/2022: bewaar geen kopie van een identiteitsbewijs).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="83"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="86"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="95"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="100"/>
        <source>Came by</source>
        <translation>Ontvangen via</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="101"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="103"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="103"/>
        <source>Copy of an ID document</source>
        <translation>Kopie van een identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="128"/>
        <source>choose a PDF or image scan of the document</source>
        <translation>kies een PDF of afbeelding (scan) van het document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="138"/>
        <source>ID document filed; it is deleted when the identity check is recorded.</source>
        <translation>Identiteitsbewijs opgeslagen; het wordt verwijderd zodra de identiteitscontrole is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>InquiryDeadlineDialog</name>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="104"/>
        <source>The authority&apos;s new date</source>
        <translation>Nieuwe datum van de toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="104"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="106"/>
        <source>%1 set %2 as the date to answer by. Record the date it grants now.</source>
        <translation>%1 stelde %2 als uiterste antwoorddatum. Leg de datum vast die zij nu toestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="111"/>
        <source>Answer by</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="114"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="115"/>
        <source>e.g. more time granted by letter of 10 Dec</source>
        <translation>bijv. uitstel verleend bij brief van 10 dec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="121"/>
        <source>The authority&apos;s date is now %1.</source>
        <translation>De datum van de toezichthouder is nu %1.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="33"/>
        <source>Log an authority inquiry</source>
        <translation>Verzoek van een toezichthouder registreren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="40"/>
        <source>e.g. Autoriteit Persoonsgegevens</source>
        <translation>bijv. Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="41"/>
        <source>Authority</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="42"/>
        <source>Their reference</source>
        <translation>Hun kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="44"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="45"/>
        <source>Answer by (their date)</source>
        <translation>Antwoord uiterlijk (hun datum)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="51"/>
        <source>Came by</source>
        <translation>Ontvangen via</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="55"/>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="56"/>
        <source>Cases it concerns</source>
        <translation>Dossiers waar het om gaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="58"/>
        <source>References, e.g. PD-2026-000123 PD-2026-000140</source>
        <translation>Kenmerken, bijv. PD-2026-000123 PD-2026-000140</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inquiry.py" line="59"/>
        <source>What they ask</source>
        <translation>Wat zij vragen</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake/dialog.py" line="74"/>
        <source>Log a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="97"/>
        <source>What is asked (one or more)</source>
        <translation>Wat wordt gevraagd (één of meer)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="108"/>
        <source>Tick the suggestions</source>
        <translation>Suggesties aanvinken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="113"/>
        <source>Subject or a one-line summary</source>
        <translation>Onderwerp of samenvatting in één regel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="115"/>
        <source>The text of the request, or a summary of the letter</source>
        <translation>De tekst van het verzoek, of een samenvatting van de brief</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="32"/>
        <source>Reading the message…</source>
        <translation>Bericht wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="41"/>
        <source>Use an .eml or .msg message, or a PDF or image scan.</source>
        <translation>Gebruik een .eml- of .msg-bericht, of een scan als PDF of afbeelding.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="77"/>
        <source>the date it arrived</source>
        <translation>de datum van binnenkomst</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="79"/>
        <source>the sender</source>
        <translation>de afzender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="82"/>
        <source>Message read: 1 file kept.</source>
        <translation>Bericht gelezen: 1 bestand bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="83"/>
        <source>Message read: %1 files kept.</source>
        <translation>Bericht gelezen: %1 bestanden bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="86"/>
        <source>Not in the message, please fill in: %1.</source>
        <translation>Niet in het bericht, vul a.u.b. in: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="194"/>
        <source>The file was not read.</source>
        <translation>Het bestand is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="198"/>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="207"/>
        <source>Suggested from the text: %1</source>
        <translation>Voorgesteld op basis van de tekst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="209"/>
        <source>No request type recognised in the text yet.</source>
        <translation>Nog geen soort verzoek herkend in de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="280"/>
        <source>Arrived %1 UTC, that is %2 in %3, where %4 receives it.</source>
        <translation>Binnengekomen %1 UTC, dat is %2 in %3, waar %4 het ontvangt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="287"/>
        <source>The sender wrote it %1 (the Date: header).</source>
        <translation>De afzender heeft het geschreven op %1 (de Date:-header).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="309"/>
        <source>Discard this request?</source>
        <translation>Dit verzoek weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/dialog.py" line="310"/>
        <source>Nothing of this request has been stored yet. Discard what was entered?</source>
        <translation>Van dit verzoek is nog niets opgeslagen. Wilt u de invoer weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="101"/>
        <source>Email messages (*.eml *.msg)</source>
        <translation>E-mailberichten (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="108"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/files_in.py" line="117"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="9"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="10"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="14"/>
        <source>Form of address</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="15"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="16"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="17"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="18"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="19"/>
        <source>Additional line</source>
        <translation>Extra adresregel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="20"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="21"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="22"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="23"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="24"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="25"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="26"/>
        <source>Delivery country</source>
        <translation>Leveringsland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="27"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="28"/>
        <source>Contract company</source>
        <translation>Contractpartij</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="29"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="30"/>
        <source>Context</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="31"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="32"/>
        <source>Company reason</source>
        <translation>Reden keuze onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="33"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="34"/>
        <source>Body</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="35"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="36"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="37"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="38"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <location filename="../../ui/text.py" line="140"/>
        <location filename="../../ui/text.py" line="151"/>
        <source>GDPR</source>
        <translation>AVG</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="46"/>
        <source>Your name is not set: letters are signed with it, never with the computer&apos;s login. Set it under File ▸ Officer name and function…</source>
        <translation>Uw naam is niet ingesteld: brieven worden daarmee ondertekend, nooit met de aanmeldnaam van de computer. Stel hem in via Bestand ▸ Naam en functie behandelaar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="53"/>
        <source>Letterhead: the register entry of %1 lacks: %2; complete it under Companies</source>
        <translation>Briefhoofd: in de registratie van %1 ontbreken %2; vul die aan onder Ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="84"/>
        <source>Letter — %1</source>
        <translation>Brief — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="93"/>
        <source>(proposed)</source>
        <translation>(voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="95"/>
        <source>(due)</source>
        <translation>(te versturen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="107"/>
        <source>Start from the template</source>
        <translation>Opnieuw beginnen vanuit het sjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="108"/>
        <source>Replace the text below with the template&apos;s wording</source>
        <translation>De tekst hieronder vervangen door de tekst van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="111"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="113"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="121"/>
        <source>Paragraphs are separated by an empty line. A paragraph starting with &quot;## &quot; is a heading; lines starting with &quot;- &quot; are a list.</source>
        <translation>Alinea&apos;s worden gescheiden door een lege regel. Een alinea die begint met &quot;## &quot; is een kop; regels die beginnen met &quot;- &quot; vormen een opsomming.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="128"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="130"/>
        <source>Text (editable)</source>
        <translation>Tekst (bewerkbaar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="158"/>
        <source>%1 is a sample entry of the company register: replace its data before this letter is sent.</source>
        <translation>%1 is een voorbeeldvermelding in het register van ondernemingen: vervang de gegevens voordat deze brief wordt verzonden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="182"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="183"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="184"/>
        <source>Mark as sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="196"/>
        <source>Sent on / by</source>
        <translation>Verzonden op / via</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="273"/>
        <source>Preview: 1 page</source>
        <translation>Voorbeeld: 1 pagina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="275"/>
        <source>Preview: %1 pages</source>
        <translation>Voorbeeld: %1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="294"/>
        <source>A draft: it can be previewed and saved, not printed or marked as sent.</source>
        <translation>Een concept: het kan worden bekeken en opgeslagen, niet afgedrukt of als verzonden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="306"/>
        <source>Keeps this PDF in the case as sent; it cannot be changed afterwards</source>
        <translation>Bewaart deze PDF als verzonden in het dossier; daarna kan hij niet meer worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="327"/>
        <source>The one-month deadline was %1: an extension notice sent after it is late (Art. 12(3) GDPR) and will be flagged.</source>
        <translation>De termijn van één maand liep af op %1: een verlengingsbericht dat daarna wordt verzonden, is te laat (art. 12 lid 3 AVG) en wordt gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter.py" line="393"/>
        <source>Save the letter</source>
        <translation>Brief opslaan</translation>
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
        <translation>rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="188"/>
        <source>registered office</source>
        <translation>statutaire zetel</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="189"/>
        <source>register court</source>
        <translation>registergerecht</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="190"/>
        <source>register number</source>
        <translation>registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>board members</source>
        <translation>bestuursleden</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>executive directors</source>
        <translation>uitvoerende bestuurders</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="193"/>
        <source>managing directors</source>
        <translation>bestuurders</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="194"/>
        <source>directors</source>
        <translation>bestuurders</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="195"/>
        <source>chair of the administrative board</source>
        <translation>voorzitter van de raad van bestuur</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="196"/>
        <source>chair of the supervisory board</source>
        <translation>voorzitter van de raad van commissarissen</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="197"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
</context>
<context>
    <name>LinkCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="18"/>
        <source>Link a case</source>
        <translation>Dossier koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="18"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="19"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="20"/>
        <source>Its reference, e.g. PD-2026-000123</source>
        <translation>Het kenmerk, bijv. PD-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="22"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="22"/>
        <source>The complaint concerns it</source>
        <translation>De klacht gaat erover</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/link_case.py" line="28"/>
        <source>Linked.</source>
        <translation>Gekoppeld.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Privacy Desk — DEMO store: invented cases</source>
        <translation>Privacy Desk — DEMO-database: verzonnen dossiers</translation>
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
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Suppression register</source>
        <translation>Blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Processing register</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>GDPR requests desk</source>
        <translation>AVG-verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>DEMO store: invented cases</source>
        <translation>DEMO-database: verzonnen dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Also open in another window</source>
        <translation>Ook geopend in een ander venster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Another Privacy Desk window has this store open. Changes made there show here within seconds; a change to a case that was changed there meanwhile is refused.</source>
        <translation>Een ander Privacy Desk-venster heeft deze database geopend. Wijzigingen daar verschijnen hier binnen enkele seconden; een wijziging aan een dossier dat daar intussen is gewijzigd, wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Updated with changes made elsewhere</source>
        <translation>Bijgewerkt met wijzigingen van elders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>1 case in the list</source>
        <translation>1 dossier in de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>%1 cases in the list</source>
        <translation>%1 dossiers in de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Working as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>About Privacy Desk</source>
        <translation>Over Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&lt;b&gt;Privacy Desk&lt;/b&gt;&lt;br&gt;Data-subject requests, handled offline.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Privacy Desk&lt;/b&gt;&lt;br&gt;Verzoeken van betrokkenen, offline afgehandeld.&lt;br&gt;Gelicentieerd onder de GNU GPL, versie 3 of later.</translation>
    </message>
</context>
<context>
    <name>MarketingObjectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="41"/>
        <source>Uphold the marketing objection</source>
        <translation>Bezwaar tegen direct marketing honoreren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="41"/>
        <source>Uphold</source>
        <translation>Honoreren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="44"/>
        <source>An objection to direct marketing is absolute (Art. 21(3) GDPR): no balancing, no refusal. The person goes on the suppression register for every channel ticked, with only what is needed to honour the objection.</source>
        <translation>Een bezwaar tegen direct marketing is absoluut (art. 21 lid 3 AVG): geen afweging, geen weigering. De betrokkene komt voor elk aangevinkt kanaal op de blokkeerlijst, met alleen wat nodig is om het bezwaar te honoreren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="52"/>
        <source>Stop advertising by</source>
        <translation>Reclame stoppen via</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="61"/>
        <source>Marketing objection upheld: %1 stopped from %2.</source>
        <translation>Bezwaar tegen direct marketing gehonoreerd: %1 gestopt per %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="62"/>
        <source>one channel</source>
        <translation>één kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="62"/>
        <source>%1 channels</source>
        <translation>%1 kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="66"/>
        <source>The suppression register already had them.</source>
        <translation>Ze stonden al op de blokkeerlijst.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="71"/>
        <source>A new store – Privacy Desk</source>
        <translation>Nieuwe database – Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="72"/>
        <source>Make the store</source>
        <translation>Database aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="75"/>
        <source>Privacy Desk makes a new, encrypted store at &lt;b&gt;%1&lt;/b&gt;. Its key is kept in this computer&apos;s keychain (where there is one) and, locked by the recovery passphrase you choose here, in the key file beside the store.&lt;br&gt;&lt;br&gt;&lt;b&gt;Write the passphrase down and keep the paper in a safe place.&lt;/b&gt; On another computer, after a restore, or without the keychain, the store opens only with it: nobody, not even Privacy Desk&apos;s makers, can open it without.</source>
        <translation>Privacy Desk maakt een nieuwe, versleutelde database aan in &lt;b&gt;%1&lt;/b&gt;. De sleutel wordt bewaard in de wachtwoordkluis van deze computer (als die er is) en, vergrendeld met de herstelwachtwoordzin die u hier kiest, in het sleutelbestand naast de database.&lt;br&gt;&lt;br&gt;&lt;b&gt;Schrijf de wachtwoordzin op en bewaar het papier op een veilige plaats.&lt;/b&gt; Op een andere computer, na een herstel of zonder wachtwoordkluis opent de database alleen daarmee: niemand, zelfs niet de makers van Privacy Desk, kan hem zonder openen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="88"/>
        <source>Recovery passphrase</source>
        <translation>Herstelwachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="89"/>
        <source>The same again</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="91"/>
        <source>Show the passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="93"/>
        <source>Suggest a strong one</source>
        <translation>Sterke wachtwoordzin voorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="123"/>
        <source>at least %1 characters, please</source>
        <translation>gebruik minstens %1 tekens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="126"/>
        <source>the two passphrases differ</source>
        <translation>de twee wachtwoordzinnen verschillen</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="349"/>
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="349"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="351"/>
        <source>Record facts of the procedure, not copies of the personal data disclosed.</source>
        <translation>Leg feiten over de procedure vast, geen kopieën van de verstrekte persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="353"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="357"/>
        <source>Note added.</source>
        <translation>Notitie toegevoegd.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="17"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="20"/>
        <location filename="../../ui/case_file/notes_tab.py" line="46"/>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="21"/>
        <source>Add note…</source>
        <translation>Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="44"/>
        <source>One note.</source>
        <translation>Eén notitie.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/notes_tab.py" line="44"/>
        <source>%1 notes, oldest first.</source>
        <translation>%1 notities, oudste eerst.</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="32"/>
        <source>Recipient notified</source>
        <translation>Ontvanger geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="32"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="35"/>
        <source>%1 was told of the rectification, erasure or restriction (Art. 19 GDPR).</source>
        <translation>%1 is geïnformeerd over de rectificatie, wissing of beperking (art. 19 AVG).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="39"/>
        <source>Notified on</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="43"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/notices.py" line="52"/>
        <source>%1 notified on %2.</source>
        <translation>%1 geïnformeerd op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="33"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="34"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="35"/>
        <source>Supplier portal</source>
        <translation>Leveranciersportaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="36"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>Welkom bij Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="28"/>
        <source>Officer</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="32"/>
        <source>Letters are signed with your name and your function in the letter&apos;s language; the history of each case names you too. Privacy Desk never signs a letter with the computer&apos;s login: until a name is set, letters can be previewed and saved as drafts, but not printed or marked as sent.</source>
        <translation>Brieven worden ondertekend met uw naam en uw functie in de taal van de brief; ook de geschiedenis van elk dossier vermeldt u. Privacy Desk ondertekent een brief nooit met de aanmeldnaam van de computer: zolang er geen naam is ingesteld, kunnen brieven worden bekeken en als concept opgeslagen, maar niet afgedrukt of als verzonden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="43"/>
        <source>e.g. Dr. Katrin Weiß</source>
        <translation>bijv. dr. Katrin Weiß</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="45"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/officer_settings.py" line="46"/>
        <source>Function under the signature</source>
        <translation>Functie onder de handtekening</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="32"/>
        <location filename="../../ui/dialogs/open_store.py" line="115"/>
        <source>Open a store</source>
        <translation>Een database openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="33"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="42"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="50"/>
        <source>Store file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="51"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="64"/>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>Versleuteld, certificaat en naam van de server gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="65"/>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Versleuteld, certificaat van de server gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="66"/>
        <source>Encrypted, nothing checked</source>
        <translation>Versleuteld, niets gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="70"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>De certificaatautoriteiten van het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="73"/>
        <source>Empty: from the keychain or your .pgpass</source>
        <translation>Leeg: uit de sleutelhanger of uw .pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="74"/>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Wachtwoord bewaren in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="76"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="77"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="78"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="79"/>
        <source>Your login</source>
        <translation>Uw login</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="80"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="81"/>
        <source>Certificate authority</source>
        <translation>Certificaatautoriteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="82"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="86"/>
        <source>The office&apos;s server</source>
        <translation>Server van het bureau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="115"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy Desk-databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_store.py" line="124"/>
        <source>there is no store file at this path</source>
        <translation>op dit pad staat geen databasebestand</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/listed_words.py" line="49"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="50"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="51"/>
        <source>Unsubscribe</source>
        <translation>Afmelding</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="52"/>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="37"/>
        <source>Ask for identification</source>
        <translation>Om identificatie vragen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="37"/>
        <source>Pause the clock</source>
        <translation>Termijn stilzetten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="40"/>
        <source>Ask only on reasonable doubt and only for what is needed; prefer the customer number or a known email address over a copy of an ID. The clock stops until the information arrives; the days waited are added to the deadline.</source>
        <translation>Vraag alleen bij gegronde twijfel en alleen wat nodig is; geef de voorkeur aan het klantnummer of een bekend e-mailadres boven een kopie van een identiteitsbewijs. De termijn staat stil tot de informatie binnen is; de wachtdagen worden bij de termijn opgeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="47"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="50"/>
        <source>e.g. reasonable doubt about the identity: the address differs from ours</source>
        <translation>bijv. gegronde twijfel over de identiteit: het adres wijkt af van het onze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="52"/>
        <source>Asked on</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="56"/>
        <source>Clock paused: waiting for identification.</source>
        <translation>Termijn stilgezet: wachten op identificatie.</translation>
    </message>
</context>
<context>
    <name>PostalFields</name>
    <message>
        <location filename="../../ui/listed_words.py" line="53"/>
        <location filename="../../ui/postal_fields.py" line="16"/>
        <source>By full name</source>
        <translation>Met volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="54"/>
        <source>How the letters greet the person; by full name when not known</source>
        <translation>Hoe de brieven de betrokkene aanspreken; met volledige naam als dit niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="57"/>
        <location filename="../../ui/postal_fields.py" line="18"/>
        <source>Mr (Herr, de heer)</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="58"/>
        <location filename="../../ui/postal_fields.py" line="17"/>
        <source>Ms (Frau, mevrouw)</source>
        <translation>Mevrouw</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <location filename="../../ui/pages/processing.py" line="56"/>
        <source>Processing register</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="58"/>
        <source>Purposes, legal bases, recipients and retention rules from the privacy statement; objection and withdrawal decisions and letters draw on them.</source>
        <translation>Doeleinden, rechtsgronden, ontvangers en bewaarregels uit de privacyverklaring; besluiten over bezwaar en intrekking en de brieven maken daar gebruik van.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="66"/>
        <source>Every saved change is a new version; the audit log records who and when.</source>
        <translation>Elke opgeslagen wijziging is een nieuwe versie; de auditlog legt vast wie en wanneer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="75"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="77"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="80"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="89"/>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="213"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="264"/>
        <source>Remove from the register</source>
        <translation>Uit het register verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="265"/>
        <source>Remove “%1” from the processing register? The register keeps its earlier versions; cases decided under them are not changed.</source>
        <translation>“%1” uit het verwerkingsregister verwijderen? Het register behoudt de eerdere versies; dossiers waarover daaronder is besloten, worden niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="275"/>
        <source>Removed “%1”: now version %2.</source>
        <translation>“%1” verwijderd: nu versie %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="288"/>
        <source>Saved: now version %1.</source>
        <translation>Opgeslagen: nu versie %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="295"/>
        <source>“%1” was not removed (%2: %3).</source>
        <translation>“%1” is niet verwijderd (%2: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/processing.py" line="302"/>
        <source>These purposes still name it: %1.</source>
        <translation>Deze doeleinden verwijzen er nog naar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="59"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 lid 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="60"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="61"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="171"/>
        <source>New purpose</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="171"/>
        <source>Edit purpose</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="174"/>
        <source>lower case and hyphens, e.g. advertising-sms</source>
        <translation>kleine letters en koppeltekens, bijv. reclame-sms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="175"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="175"/>
        <source>as in the privacy statement</source>
        <translation>zoals in de privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="177"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="178"/>
        <source>Statement §</source>
        <translation>Privacyverklaring §</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="178"/>
        <source>e.g. 3.2, 5</source>
        <translation>bijv. 3.2, 5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="193"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="196"/>
        <source>Based on legitimate interests: the Art. 21(1) objection applies</source>
        <translation>Gebaseerd op gerechtvaardigd belang: bezwaar op grond van art. 21 lid 1 mogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="200"/>
        <source>Based on consent: withdrawal (Art. 7(3)) applies</source>
        <translation>Gebaseerd op toestemming: intrekking (art. 7 lid 3) mogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="205"/>
        <source>None (not an advertising channel)</source>
        <translation>Geen (geen reclamekanaal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="210"/>
        <source>The suppression channel that stops this purpose for a person</source>
        <translation>Het kanaal op de blokkeerlijst dat dit doel voor een betrokkene stopt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="212"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="249"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="249"/>
        <source>Edit recipient</source>
        <translation>Ontvanger bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="252"/>
        <source>lower case and hyphens, e.g. mailing-house</source>
        <translation>kleine letters en koppeltekens, bijv. mailinghuis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="253"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="253"/>
        <source>e.g. Mailing house Müller GmbH</source>
        <translation>bijv. Mailinghuis Müller GmbH</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="255"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../ui/refusal_words.py" line="7"/>
        <source>%1 Art. 19 notice(s) still open: record each recipient as notified or exempt first</source>
        <translation>nog %1 kennisgeving(en) (art. 19) open: leg eerst voor elke ontvanger vast of die is geïnformeerd of uitgezonderd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="8"/>
        <source>%1 about this case is still open: the file is kept until it is closed</source>
        <translation>%1 over dit dossier is nog open: het dossier wordt bewaard tot dat is afgesloten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="9"/>
        <source>%1 exists already: choose another folder</source>
        <translation>%1 bestaat al: kies een andere map</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="10"/>
        <source>%1 is before the GDPR applied (2018-05-25)</source>
        <translation>%1 ligt vóór de datum waarop de AVG van toepassing werd (25 mei 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="11"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="12"/>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="13"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 is geen bestaande kalenderdag</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="14"/>
        <source>%1 is not a two-letter country code</source>
        <translation>%1 is geen landcode van twee letters</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="15"/>
        <source>%1 is not based on consent</source>
        <translation>%1 is niet gebaseerd op toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="16"/>
        <source>%1 is not based on legitimate interests; Art. 21(1) does not apply (explain the actual basis instead)</source>
        <translation>%1 is niet gebaseerd op gerechtvaardigd belang; art. 21 lid 1 is niet van toepassing (licht in plaats daarvan de werkelijke rechtsgrond toe)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="17"/>
        <source>%1 lies after the date the letter was received</source>
        <translation>%1 ligt na de datum waarop de brief is ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="18"/>
        <source>%1 lies before the day the inquiry arrived (%2)</source>
        <translation>%1 ligt vóór de dag waarop het verzoek binnenkwam (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="19"/>
        <source>%1 lies before the start of the period (%2)</source>
        <translation>%1 ligt vóór het begin van de periode (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="20"/>
        <source>%1 lies in the future</source>
        <translation>%1 ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="21"/>
        <source>%1 lies in the future (today is %2)</source>
        <translation>%1 ligt in de toekomst (vandaag is het %2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="22"/>
        <source>%1: letters exist in %2</source>
        <translation>%1: er zijn alleen brieven in %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="23"/>
        <source>a case cannot be linked to itself</source>
        <translation>een dossier kan niet aan zichzelf worden gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="24"/>
        <source>a case keeps at least one request</source>
        <translation>een dossier moet minstens één verzoek houden</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="25"/>
        <source>a case that is %1 cannot be %2</source>
        <translation>een dossier met status %1 kan niet worden %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="26"/>
        <source>a closed case cannot record an identity check</source>
        <translation>bij een gesloten dossier kan geen identiteitscontrole worden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="27"/>
        <source>a hold suspends deletion; lift it first</source>
        <translation>een opschorting stelt de verwijdering uit; hef die eerst op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="28"/>
        <source>a login is at most 63 letters, digits and . _ - @ (the server&apos;s role name)</source>
        <translation>een login heeft hoogstens 63 letters, cijfers en . _ - @ (de rolnaam op de server)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="29"/>
        <source>a purpose still names it; take it out there first</source>
        <translation>een doel verwijst er nog naar; haal het daar eerst weg</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="30"/>
        <source>a rejection needs the compelling legitimate grounds or the legal claim, in writing</source>
        <translation>voor een afwijzing moeten de dwingende gerechtvaardigde gronden of de rechtsvordering schriftelijk worden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="31"/>
        <source>a server store is backed up by its server (pg_dump), not here</source>
        <translation>een serverdatabase wordt door haar server geback-upt (pg_dump), niet hier</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="32"/>
        <source>a server store&apos;s address starts with postgresql://</source>
        <translation>het adres van een serverdatabase begint met postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="33"/>
        <source>already decided on %1; change holds or record deletions on the blocked data instead</source>
        <translation>al besloten op %1; wijzig in plaats daarvan opschortingen of leg verwijderingen vast bij de afgeschermde gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="34"/>
        <source>already recorded as deleted</source>
        <translation>al als verwijderd vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="35"/>
        <source>an extension needs the reasons (complexity or number)</source>
        <translation>een verlenging vereist de redenen (complexiteit of aantal verzoeken)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="36"/>
        <source>an in-memory store has no backups</source>
        <translation>een database in het geheugen heeft geen back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="37"/>
        <source>an objection to direct marketing is absolute: it is always upheld</source>
        <translation>een bezwaar tegen direct marketing is absoluut: het wordt altijd gehonoreerd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="38"/>
        <source>another entry already has this id</source>
        <translation>een andere vermelding heeft deze ID al</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="39"/>
        <source>at most 100 lines</source>
        <translation>maximaal 100 regels</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="40"/>
        <source>cannot be corrected (only %1)</source>
        <translation>kan niet worden gecorrigeerd (alleen %1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="41"/>
        <source>cannot be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="42"/>
        <source>cannot be read (%1)</source>
        <translation>kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="43"/>
        <source>cannot change: cases and letters refer to it</source>
        <translation>kan niet worden gewijzigd: dossiers en brieven verwijzen ernaar</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="44"/>
        <source>cannot write there (%1); any earlier file is unchanged</source>
        <translation>kan daar niet schrijven (%1); een eventueel eerder bestand blijft ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="45"/>
        <source>choose impossible or disproportionate effort</source>
        <translation>kies onmogelijk of onevenredige inspanning</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="46"/>
        <source>confirm at least one channel</source>
        <translation>bevestig minstens één kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="47"/>
        <source>contains a control character (U+%1)</source>
        <translation>bevat een stuurteken (U+%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="48"/>
        <source>contains an invisible direction override (U+%1)</source>
        <translation>bevat een onzichtbaar teken dat de schrijfrichting omkeert (U+%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="49"/>
        <source>credit scoring was used: tick the purpose &apos;credit checks&apos; too</source>
        <translation>er is een kredietscore gebruikt: vink ook het doel ‘kredietwaardigheidscontrole’ aan</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="50"/>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="51"/>
        <source>each entry must be an object</source>
        <translation>elke vermelding moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="52"/>
        <source>export to a .csv file</source>
        <translation>exporteer naar een .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="53"/>
        <source>export to a .csv or .xlsx file</source>
        <translation>exporteer naar een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="54"/>
        <source>export to a .ics file</source>
        <translation>exporteer naar een .ics-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="55"/>
        <source>export to a .json or .csv file</source>
        <translation>exporteer naar een .json- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="56"/>
        <source>export to a .pdf file</source>
        <translation>exporteer naar een .pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="57"/>
        <source>give 0 to %1 working days</source>
        <translation>geef 0 tot %1 werkdagen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="58"/>
        <source>give an email address or a phone number</source>
        <translation>vul een e-mailadres of een telefoonnummer in</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="59"/>
        <source>give an outcome for %1</source>
        <translation>kies een uitkomst voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="60"/>
        <source>give one server: the address lists several</source>
        <translation>geef één server: het adres noemt er meerdere</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="61"/>
        <source>give the city (or town) of the postal address</source>
        <translation>vul de plaats van het postadres in</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="62"/>
        <source>give the country of the postal address as an ISO code, e.g. NL</source>
        <translation>vul het land van het postadres in als ISO-code, bijv. NL</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="63"/>
        <source>give the officer&apos;s login</source>
        <translation>geef de login van de behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="64"/>
        <source>give the reasons why %1 was not granted in full: the letter must tell the person (Art. 12(4) GDPR)</source>
        <translation>geef de redenen op waarom %1 niet volledig is ingewilligd: de brief moet die aan de betrokkene meedelen (art. 12 lid 4 AVG)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="65"/>
        <source>give the server&apos;s name or address</source>
        <translation>geef de naam of het adres van de server</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="66"/>
        <source>has more cells than the header</source>
        <translation>heeft meer cellen dan de kopregel</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="67"/>
        <source>holds no companies</source>
        <translation>bevat geen ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="68"/>
        <source>holds no list of companies</source>
        <translation>bevat geen lijst van ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="69"/>
        <source>is already in the register: edit that entry instead</source>
        <translation>staat al in het register: bewerk in plaats daarvan die vermelding</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="70"/>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="71"/>
        <source>is not a phone number (at least nine digits)</source>
        <translation>is geen telefoonnummer (minstens negen cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="72"/>
        <source>is not an email address (%1)</source>
        <translation>is geen e-mailadres (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="73"/>
        <source>is not an email address (name@example.org)</source>
        <translation>is geen e-mailadres (naam@voorbeeld.nl)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="74"/>
        <source>is not valid JSON (%1)</source>
        <translation>is geen geldige JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="75"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="76"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>is verplicht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="77"/>
        <source>is required (letters are signed with it)</source>
        <translation>is verplicht (brieven worden daarmee ondertekend)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="78"/>
        <source>is the 8-digit number of the Dutch Chamber of Commerce</source>
        <translation>moet het KvK-nummer van 8 cijfers zijn (Kamer van Koophandel)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="79"/>
        <source>is too large (%1 MB; at most 5 MB)</source>
        <translation>is te groot (%1 MB; maximaal 5 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="80"/>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>is te lang (%1 tekens; maximaal %2)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="81"/>
        <source>it takes effect on the day it was received (%1), not on %2; record the day the systems were updated as &apos;carried out on&apos;</source>
        <translation>dit gaat in op de dag van ontvangst (%1), niet op %2; leg de dag waarop de systemen zijn bijgewerkt vast bij ‘uitgevoerd op’</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="82"/>
        <source>lies after the identity check began (%1)</source>
        <translation>ligt na het begin van de identiteitscontrole (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="83"/>
        <source>lies before the date of the person&apos;s letter (%1)</source>
        <translation>ligt vóór de datum van de brief van de betrokkene (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="84"/>
        <source>lies before the request was received</source>
        <translation>ligt vóór de ontvangst van het verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="85"/>
        <source>lies in the future</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="86"/>
        <source>must be a list of objects</source>
        <translation>moet een lijst van objecten zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="87"/>
        <source>must be a list of text</source>
        <translation>moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="88"/>
        <source>must be a whole number from 1 to 30</source>
        <translation>moet een geheel getal van 1 tot en met 30 zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="89"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="90"/>
        <source>must be an object with name and address</source>
        <translation>moet een object zijn met de velden name en address</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="91"/>
        <source>must be an object with street, postcode, city</source>
        <translation>moet een object zijn met de velden street, postcode, city</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="92"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="93"/>
        <source>name a company or a country, not both</source>
        <translation>geef een onderneming of een land op, niet beide</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="94"/>
        <source>name at least one category of data</source>
        <translation>geef minstens één categorie gegevens op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="95"/>
        <source>name at least one consent that is withdrawn</source>
        <translation>geef minstens één ingetrokken toestemming op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="96"/>
        <source>name at least one request type</source>
        <translation>geef minstens één soort verzoek op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="97"/>
        <source>name the categories of data processed</source>
        <translation>geef de categorieën van verwerkte gegevens op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="98"/>
        <source>name the processing the objection targets</source>
        <translation>geef de verwerking op waartegen het bezwaar zich richt</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="99"/>
        <source>names must be an object of language: name</source>
        <translation>names moet een object zijn met paren taal: naam</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="100"/>
        <source>names: give a name per language (%1)</source>
        <translation>names: geef per taal een naam op (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="101"/>
        <source>no blocked data with id %1</source>
        <translation>geen afgeschermde gegevens met ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="102"/>
        <source>no case %1</source>
        <translation>dossier %1 bestaat niet</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="103"/>
        <source>no case %1 in this store</source>
        <translation>geen dossier %1 in deze database</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="104"/>
        <source>no case with id %1</source>
        <translation>geen dossier met ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="105"/>
        <source>no case with that reference</source>
        <translation>geen dossier met dat kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="106"/>
        <source>no company %1 in the register</source>
        <translation>onderneming %1 staat niet in het register</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="107"/>
        <source>no entry %1 in the processing register</source>
        <translation>vermelding %1 staat niet in het verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="108"/>
        <source>no holiday calendar for country %1</source>
        <translation>geen feestdagenkalender voor land %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="109"/>
        <source>no holiday calendar for country %2 and region %1</source>
        <translation>geen feestdagenkalender voor land %2 en regio %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="110"/>
        <source>no letter with id %1</source>
        <translation>geen brief met ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="111"/>
        <source>no notice with id %1</source>
        <translation>geen kennisgeving met ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="112"/>
        <source>no postal address is on file: send it by email or fax, or add the address</source>
        <translation>er is geen postadres bekend: verstuur de brief per e-mail of fax, of voeg het adres toe</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="113"/>
        <source>no postal address: send it from the case</source>
        <translation>geen postadres: verstuur de brief vanuit het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="114"/>
        <source>no purpose %1 in the processing register</source>
        <translation>doel %1 staat niet in het verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="115"/>
        <source>no recipient %1 in the register</source>
        <translation>ontvanger %1 staat niet in het register</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="116"/>
        <source>no retention rule %1 in the register</source>
        <translation>bewaarregel %1 staat niet in het register</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="117"/>
        <source>no such attachment (deleted?)</source>
        <translation>deze bijlage bestaat niet (verwijderd?)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="118"/>
        <source>no such field: %1</source>
        <translation>onbekend veld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="119"/>
        <source>no such file (deleted?)</source>
        <translation>dit bestand bestaat niet (verwijderd?)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="120"/>
        <source>no suppression entry %1</source>
        <translation>vermelding %1 staat niet op de blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="121"/>
        <source>nothing differs from what is recorded</source>
        <translation>niets wijkt af van wat is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="122"/>
        <source>nothing to correct</source>
        <translation>niets te corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="123"/>
        <source>only a closed case can be purged</source>
        <translation>alleen een gesloten dossier kan worden opgeschoond</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="124"/>
        <source>only objections under Art. 21(1) are assessed</source>
        <translation>alleen bezwaren op grond van art. 21 lid 1 worden beoordeeld</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="125"/>
        <source>recipients ticked, yet &apos;disclosed to nobody&apos;</source>
        <translation>ontvangers aangevinkt, maar ook ‘aan niemand verstrekt’</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="126"/>
        <source>record the balancing of interests</source>
        <translation>leg de belangenafweging vast</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="127"/>
        <source>that is the store itself: choose another file name</source>
        <translation>dat is de database zelf: kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="128"/>
        <source>the %1 request has a decision or an outcome: it stays</source>
        <translation>het verzoek %1 heeft een besluit of uitkomst: het blijft staan</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="129"/>
        <source>the %1 request was decided as %2 on %3; close it with that outcome</source>
        <translation>over het verzoek %1 is op %3 besloten: %2; sluit het af met die uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="130"/>
        <source>the address has an option this program does not use: %1</source>
        <translation>het adres heeft een optie die dit programma niet gebruikt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="131"/>
        <source>the address holds a password: remove it and keep the password in the keychain or in your .pgpass</source>
        <translation>het adres bevat een wachtwoord: verwijder het en bewaar het wachtwoord in de sleutelhanger of in uw .pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="132"/>
        <source>the address names no database (postgresql://user@host/db)</source>
        <translation>het adres noemt geen database (postgresql://gebruiker@host/db)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="133"/>
        <source>the address&apos;s port is not a number</source>
        <translation>de poort van het adres is geen getal</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="134"/>
        <source>the answer was due on %1: asking for identification now cannot stop a clock that has run out; answer the request, or refuse it if the identity stays in doubt</source>
        <translation>de termijn voor het antwoord liep af op %1: een verstreken termijn kan niet meer worden stilgezet door nu om identificatie te vragen; beantwoord het verzoek, of wijs het af als de identiteit twijfelachtig blijft</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="135"/>
        <source>the authority set this inquiry&apos;s deadline; record a new date it grants instead</source>
        <translation>de termijn van dit verzoek stelt de toezichthouder; leg in plaats daarvan een nieuwe datum vast die zij toestaat</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="136"/>
        <source>the case file is kept until %1 (DOMAIN.md §7); purge after it</source>
        <translation>het dossier wordt bewaard tot %1 (DOMAIN.md §7); schoon het daarna op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="137"/>
        <source>the case has no %1 request</source>
        <translation>het dossier bevat geen verzoek %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="138"/>
        <source>the case has no access request</source>
        <translation>het dossier bevat geen inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="139"/>
        <source>the case is already extended</source>
        <translation>het dossier is al verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="140"/>
        <source>the case is already with that company</source>
        <translation>het dossier ligt al bij die onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="141"/>
        <source>the case is closed</source>
        <translation>het dossier is gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="142"/>
        <source>the case is closed: reopen it to change its requests</source>
        <translation>het dossier is gesloten: heropen het om de verzoeken te wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="143"/>
        <source>the case is closed: reopen it to correct the date</source>
        <translation>het dossier is gesloten: heropen het om de datum te corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="144"/>
        <source>the case is closed; reopen it first</source>
        <translation>het dossier is gesloten; heropen het eerst</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="145"/>
        <source>the case is no authority inquiry</source>
        <translation>het dossier is geen verzoek van een toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="146"/>
        <source>the case was paused on %1; resume on or after it</source>
        <translation>de termijn is op %1 stilgezet; hervat op of na die datum</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="147"/>
        <source>the file is too large (%1 MB; at most 25 MB)</source>
        <translation>het bestand is te groot (%1 MB; maximaal 25 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="148"/>
        <source>the letter &quot;%1&quot; does not fit: %2</source>
        <translation>de brief ‘%1’ past niet bij dit dossier: %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="149"/>
        <source>the message has no date: give the date it arrived</source>
        <translation>het bericht heeft geen datum: vul de datum van binnenkomst in</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="150"/>
        <source>the message names no sender: give the requester&apos;s name</source>
        <translation>het bericht noemt geen afzender: vul de naam van de verzoeker in</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="151"/>
        <source>the one-month deadline passed on %1; an extension must be notified within the first month</source>
        <translation>de termijn van één maand liep af op %1; een verlenging moet binnen de eerste maand worden meegedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="152"/>
        <source>the original message is the request itself: mark the attached scan instead; it is cut out of the original when the check is recorded</source>
        <translation>het oorspronkelijke bericht is het verzoek zelf: markeer in plaats daarvan de bijgevoegde scan; die wordt uit het origineel verwijderd zodra de controle is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="153"/>
        <source>the recovery passphrase needs at least %1 characters</source>
        <translation>de herstelwachtwoordzin moet minstens %1 tekens bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="154"/>
        <source>the register has no head company %1</source>
        <translation>het register bevat geen moedermaatschappij %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="155"/>
        <source>the retention duty for this document ended on %1: erase it now</source>
        <translation>de bewaarplicht voor dit document is op %1 geëindigd: wis het nu</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="156"/>
        <source>the retention duty runs until %1; delete after it</source>
        <translation>de bewaarplicht loopt tot %1; verwijder daarna</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="157"/>
        <source>the same company id appears twice</source>
        <translation>dezelfde ID van een onderneming komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="158"/>
        <source>the same id appears twice</source>
        <translation>dezelfde ID komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="159"/>
        <source>the server %1 is not on this machine: its connection must be encrypted (sslmode=verify-full, verify-ca or require)</source>
        <translation>de server %1 staat niet op deze computer: de verbinding moet versleuteld zijn (sslmode=verify-full, verify-ca of require)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="160"/>
        <source>this case was changed meanwhile (in another window or program): reload it and try again</source>
        <translation>dit dossier is intussen gewijzigd (in een ander venster of programma): laad het opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="161"/>
        <source>this case was changed meanwhile by %1: reload it and try again</source>
        <translation>dit dossier is intussen gewijzigd door %1: laad het opnieuw en probeer het nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="162"/>
        <source>this computer has no keychain to keep the password in: keep it in your .pgpass, or leave the keychain box unticked</source>
        <translation>deze computer heeft geen sleutelhanger voor het wachtwoord: bewaar het in uw .pgpass, of laat het vakje voor de sleutelhanger leeg</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="163"/>
        <source>this message is in the case already (%1)</source>
        <translation>dit bericht zit al in het dossier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="164"/>
        <source>this store holds real cases; demo cases go only into a demo store of their own: give a new file with --db</source>
        <translation>deze database bevat echte dossiers; demodossiers horen alleen in een eigen demodatabase: geef met --db een nieuw bestand op</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="165"/>
        <source>tick at least one recipient</source>
        <translation>vink minstens één ontvanger aan</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="166"/>
        <source>tick the purposes that apply to this person</source>
        <translation>vink de doeleinden aan die op deze betrokkene van toepassing zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="167"/>
        <source>tick the recipients to tell (Art. 19 GDPR), or confirm that the data were disclosed to nobody</source>
        <translation>vink de te informeren ontvangers aan (art. 19 AVG), of bevestig dat de gegevens aan niemand zijn verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="168"/>
        <source>unknown recipient %1</source>
        <translation>onbekende ontvanger %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="169"/>
        <source>use 2-63 lower-case letters, digits and hyphens (e.g. hoffmann-nl)</source>
        <translation>gebruik 2 tot 63 kleine letters, cijfers en koppeltekens (bijv. hoffmann-nl)</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="170"/>
        <source>use a .json or .csv company register</source>
        <translation>gebruik een register van ondernemingen in .json- of .csv-formaat</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="171"/>
        <source>use a two-letter country code such as NL or DE</source>
        <translation>gebruik een landcode van twee letters, zoals NL of DE</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="172"/>
        <source>use in or out</source>
        <translation>gebruik in of out</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="173"/>
        <source>use one of %1</source>
        <translation>kies uit %1</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="174"/>
        <source>use purposes, recipients or retention</source>
        <translation>gebruik purposes, recipients of retention</translation>
    </message>
    <message>
        <location filename="../../ui/refusal_words.py" line="175"/>
        <source>years must be a whole number from 1 to 30</source>
        <translation>years moet een geheel getal van 1 tot en met 30 zijn</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="72"/>
        <source>Not saved. %1</source>
        <translation>Niet opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="107"/>
        <source>choose or type</source>
        <translation>kiezen of typen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="112"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="116"/>
        <source>The id cannot change: decisions and letters refer to it.</source>
        <translation>De ID kan niet worden gewijzigd: besluiten en brieven verwijzen ernaar.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/listed_words.py" line="62"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 lid 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="63"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="64"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="28"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="29"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="30"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="144"/>
        <source>1 purpose</source>
        <translation>1 doel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="144"/>
        <source>%1 purposes</source>
        <translation>%1 doeleinden</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="146"/>
        <source>1 recipient</source>
        <translation>1 ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="146"/>
        <source>%1 recipients</source>
        <translation>%1 ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="147"/>
        <source>1 retention rule</source>
        <translation>1 bewaarregel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="147"/>
        <source>%1 retention rules</source>
        <translation>%1 bewaarregels</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="214"/>
        <source>statement § %1</source>
        <translation>privacyverklaring § %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="215"/>
        <source>Art. 21(1) objection applies</source>
        <translation>bezwaar art. 21 lid 1 mogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="217"/>
        <source>no Art. 21(1) objection</source>
        <translation>geen bezwaar art. 21 lid 1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="218"/>
        <source>consent, may be withdrawn</source>
        <translation>toestemming, kan worden ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="218"/>
        <source>no consent</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="219"/>
        <source>channel: %1</source>
        <translation>kanaal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="221"/>
        <source>Recipients: %1</source>
        <translation>Ontvangers: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="224"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="226"/>
        <source>Used by: %1</source>
        <translation>Gebruikt door: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="227"/>
        <source>no purpose</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_table.py" line="236"/>
        <source>%1 years from the end of the year the document arose: a document of %2 is kept until %3.</source>
        <translation>%1 jaar vanaf het einde van het jaar waarin het document is ontstaan: een document van %2 wordt bewaard tot %3.</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="65"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 lid 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="66"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="67"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="68"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
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
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="336"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="337"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="338"/>
        <source>e.g. the requester wrote again</source>
        <translation>bijv. de verzoeker heeft opnieuw geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="342"/>
        <source>Case reopened.</source>
        <translation>Dossier heropend.</translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="48"/>
        <source>This message quotes case %1 (%2): it may be a reply in that case.</source>
        <translation>Dit bericht noemt dossier %1 (%2): het is mogelijk een antwoord in dat dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="50"/>
        <source>The sender has an open case, %1 (%2): it may be a reply in it.</source>
        <translation>De afzender heeft een open dossier, %1 (%2): het is mogelijk een antwoord daarin.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="53"/>
        <source>Also: %1.</source>
        <translation>Ook: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="55"/>
        <source>The case is closed; filing the reply does not reopen it.</source>
        <translation>Het dossier is afgesloten; het opnemen van het antwoord heropent het niet.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reply_banner.py" line="57"/>
        <source>File it in %1</source>
        <translation>Opnemen in %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report_words.py" line="9"/>
        <source>Data-subject requests: report</source>
        <translation>Verzoeken van betrokkenen: rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="10"/>
        <source>All companies</source>
        <translation>Alle ondernemingen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="11"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="12"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="13"/>
        <source>Answered on time</source>
        <translation>Op tijd beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="14"/>
        <source>Answered late</source>
        <translation>Te laat beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="15"/>
        <source>Answered within one month</source>
        <translation>Binnen een maand beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="16"/>
        <source>  within the extended period</source>
        <translation>  binnen de verlengde termijn</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="17"/>
        <source>Open and overdue at the end</source>
        <translation>Open en verlopen aan het eind</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="18"/>
        <source>Days to answer: median</source>
        <translation>Dagen tot antwoord: mediaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="19"/>
        <source>Days to answer: 9 in 10 within</source>
        <translation>Dagen tot antwoord: 9 op de 10 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="20"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="21"/>
        <source>Identity checked (clock paused)</source>
        <translation>Identiteit gecontroleerd (termijn stilgezet)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="22"/>
        <source>  days paused: median</source>
        <translation>  dagen stilgezet: mediaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="23"/>
        <source>Answered with data blocked, not erased</source>
        <translation>Beantwoord met afscherming in plaats van wissing</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="24"/>
        <source>Requests received per month</source>
        <translation>Ontvangen verzoeken per maand</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="25"/>
        <source>Requests answered in the period</source>
        <translation>In de periode beantwoorde verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="26"/>
        <source>Requests per type: received, and the outcomes given</source>
        <translation>Verzoeken per soort: ontvangen, en uitkomsten</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="27"/>
        <source>Received by channel, company and language; backlog; handling</source>
        <translation>Ontvangen per kanaal, onderneming en taal; openstaand; behandeling</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="28"/>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="29"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="30"/>
        <source>Open and overdue</source>
        <translation>Open en verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="31"/>
        <source>No requests in the period.</source>
        <translation>Geen verzoeken in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="32"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="33"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="34"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="35"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="36"/>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="37"/>
        <source>Open backlog (days since receipt)</source>
        <translation>Openstaand (dagen sinds ontvangst)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="38"/>
        <source>Extension reasons (most given)</source>
        <translation>Redenen voor verlenging (meest gegeven)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="39"/>
        <source>Art. 19 notices of the cases answered</source>
        <translation>Kennisgevingen art. 19 van de beantwoorde dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="40"/>
        <source>Suppression register: entries taking effect</source>
        <translation>Blokkeerlijst: ingegane vermeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="41"/>
        <source>On time: answered by the deadline in force (one month, or the extension notified within it; Art. 12(3) GDPR). A case counts as answered on the day it was closed. Open and overdue: not answered by the end of the period although its deadline had passed; a case waiting for identification is not counted.</source>
        <translation>Op tijd: beantwoord binnen de geldende termijn (een maand, of de binnen die maand meegedeelde verlenging; artikel 12, lid 3, AVG). Een dossier geldt als beantwoord op de dag dat het werd afgesloten. Open en verlopen: aan het eind van de periode niet beantwoord hoewel de termijn was verstreken; een dossier dat op identificatie wacht, telt niet mee.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="84"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="86"/>
        <source>What arrived, what was answered and how fast, what is overdue: for the DPO&apos;s annual report and for an authority. A case counts as answered on the day it was closed. Double-click a figure for the cases behind it.</source>
        <translation>Wat binnenkwam, wat hoe snel werd beantwoord, wat te laat is: voor het jaarverslag van de FG en voor een toezichthouder. Een dossier geldt als beantwoord op de dag dat het werd afgesloten. Dubbelklik op een getal voor de dossiers erachter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="98"/>
        <source>&amp;Count</source>
        <translation>&amp;Tellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="104"/>
        <source>Save figures as &amp;CSV…</source>
        <translation>Cijfers opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="118"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="183"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="203"/>
        <source>%1: counted in %2 s. Drawing the charts…</source>
        <translation>%1: geteld in %2 s. Grafieken worden getekend…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>The report was not saved to %1: %2</source>
        <translation>Het rapport is niet opgeslagen in %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="263"/>
        <source>Saved the report to %1.</source>
        <translation>Rapport opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="308"/>
        <location filename="../../ui/pages/reports.py" line="318"/>
        <source>All companies</source>
        <translation>Alle ondernemingen</translation>
    </message>
</context>
<context>
    <name>RequesterForm</name>
    <message>
        <location filename="../../ui/intake/boxes.py" line="106"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="110"/>
        <source>Dr.</source>
        <translation>dr.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="111"/>
        <source>An academic title, as the letters print it</source>
        <translation>Een academische titel, zoals de brieven die afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="114"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="115"/>
        <source>c/o, flat, building</source>
        <translation>p/a, appartement, gebouw</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="121"/>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="122"/>
        <source>Business customer</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="127"/>
        <source>e.g. NL</source>
        <translation>bijv. NL</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="129"/>
        <source>delivery or service location</source>
        <translation>plaats van levering of dienstverlening</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="131"/>
        <source>— none named —</source>
        <translation>— niet genoemd —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="152"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="153"/>
        <source>Form of address</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="153"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="154"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="154"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="155"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="156"/>
        <source>Additional line</source>
        <translation>Extra adresregel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="157"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="157"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="158"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="158"/>
        <source>Reply in</source>
        <translation>Antwoorden in</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="159"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="159"/>
        <source>Customer no.</source>
        <translation>Klantnr.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="160"/>
        <source>Delivery country</source>
        <translation>Leveringsland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="161"/>
        <source>Contract names</source>
        <translation>Contractpartij</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="162"/>
        <source>It concerns</source>
        <translation>Het betreft</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="70"/>
        <source>A credit check</source>
        <translation>Een kredietcontrole</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="71"/>
        <source>A particular location</source>
        <translation>Een bepaalde locatie</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="72"/>
        <source>A service request</source>
        <translation>Een serviceaanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="73"/>
        <source>An order or contract</source>
        <translation>Een bestelling of contract</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="74"/>
        <source>Direct mail, advertising</source>
        <translation>Direct mail, reclame</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="75"/>
        <source>Visiting the website (cookies, analytics)</source>
        <translation>Bezoek aan de website (cookies, analytics)</translation>
    </message>
</context>
<context>
    <name>RequesterTab</name>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="42"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="42"/>
        <source>Form of address</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="43"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="44"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="44"/>
        <source>Additional line</source>
        <translation>Extra adresregel</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="45"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="45"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="46"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="46"/>
        <source>Address (as typed earlier)</source>
        <translation>Adres (zoals eerder ingevoerd)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="47"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="47"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="48"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="49"/>
        <source>Delivery country</source>
        <translation>Leveringsland</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="50"/>
        <source>Delivery location</source>
        <translation>Leveringsplaats</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="51"/>
        <source>Reply in</source>
        <translation>Antwoorden in</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="58"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="61"/>
        <source>Correct what was logged wrongly: the requester, the received date, the channel or the requests (F2)</source>
        <translation>Corrigeren wat verkeerd is vastgelegd: de verzoeker, de ontvangstdatum, het kanaal of de verzoeken (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="68"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="76"/>
        <source>Why linked</source>
        <translation>Reden koppeling</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="82"/>
        <source>Double-click to open the linked case</source>
        <translation>Dubbelklik om het gekoppelde dossier te openen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="85"/>
        <source>No linked cases. Cases of the same person are linked at intake; link others here.</source>
        <translation>Geen gekoppelde dossiers. Dossiers van dezelfde persoon worden bij registratie gekoppeld; koppel andere hier.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="95"/>
        <source>Lin&amp;k a case…</source>
        <translation>Dossier &amp;koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="96"/>
        <source>A complaint to the case it is about, or another request of this person</source>
        <translation>Een klacht aan het dossier waar zij over gaat, of een ander verzoek van deze persoon</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requester_tab.py" line="89"/>
        <source>Linked cases</source>
        <translation>Gekoppelde dossiers</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="32"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="33"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="42"/>
        <source>The request</source>
        <translation>Het verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="44"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="82"/>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="102"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="102"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="103"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="104"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="106"/>
        <source>Letter dated</source>
        <translation>Brief gedateerd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="109"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="110"/>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="111"/>
        <source>Closing note</source>
        <translation>Afsluitende notitie</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="149"/>
        <source>Set by %1 in its inquiry %2. It is not worked out from the GDPR&apos;s periods and is not extended here; record a new date the authority grants with New date.</source>
        <translation>Gesteld door %1 in haar verzoek %2. De termijn volgt niet uit de termijnen van de AVG en wordt hier niet verlengd; leg een nieuwe datum die de toezichthouder toestaat vast met „Nieuwe datum”.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="121"/>
        <source>Answer by</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="127"/>
        <source>One month</source>
        <translation>Termijn (één maand)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="129"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="132"/>
        <source>no (would be %1)</source>
        <translation>nee (zou %1 zijn)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="134"/>
        <source>Extension reasons</source>
        <translation>Redenen verlenging</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="135"/>
        <source>Days paused</source>
        <translation>Dagen stilgezet</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="137"/>
        <source>Paused since</source>
        <translation>Stilgezet sinds</translation>
    </message>
    <message>
        <location filename="../../ui/case_file/requests_tab.py" line="140"/>
        <source>Asked because</source>
        <translation>Gevraagd omdat</translation>
    </message>
</context>
<context>
    <name>ResponsiblePanel</name>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="32"/>
        <source>Sample company</source>
        <translation>Voorbeeldonderneming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="39"/>
        <source>Another company is responsible</source>
        <translation>Een andere onderneming is verantwoordelijk</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="43"/>
        <source>Why (recorded in the audit log)</source>
        <translation>Waarom (vastgelegd in de auditlog)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="53"/>
        <location filename="../../ui/intake/responsible_panel.py" line="130"/>
        <source>Link the new case to the open cases</source>
        <translation>Het nieuwe dossier aan de openstaande dossiers koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="56"/>
        <source>Responsible company</source>
        <translation>Verantwoordelijke onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="67"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="109"/>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="111"/>
        <source>If extended: %1</source>
        <translation>Bij verlenging: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="122"/>
        <source>This person already has an open case: %2</source>
        <translation>Deze persoon heeft al een openstaand dossier: %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="123"/>
        <source>This person already has %1 open cases: %2</source>
        <translation>Deze persoon heeft al %1 openstaande dossiers: %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/responsible_panel.py" line="129"/>
        <source>Link the new case to the open case</source>
        <translation>Het nieuwe dossier aan het openstaande dossier koppelen</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="265"/>
        <source>Information received</source>
        <translation>Informatie ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="265"/>
        <source>Restart the clock</source>
        <translation>Termijn hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="268"/>
        <source>The clock runs again from the day the information arrived; the days waited since %1 are added to the deadline.</source>
        <translation>De termijn loopt weer vanaf de dag waarop de informatie binnenkwam; de wachtdagen sinds %1 worden bij de termijn opgeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="273"/>
        <source>Arrived on</source>
        <translation>Binnengekomen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="281"/>
        <source>Information received: the clock runs again; due %1.</source>
        <translation>Informatie ontvangen: de termijn loopt weer; uiterlijk %1.</translation>
    </message>
</context>
<context>
    <name>RetentionRuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="267"/>
        <source>New retention rule</source>
        <translation>Nieuwe bewaarregel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="267"/>
        <source>Edit retention rule</source>
        <translation>Bewaarregel bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="270"/>
        <source>lower case and hyphens, e.g. de-vouchers</source>
        <translation>kleine letters en koppeltekens, bijv. de-boekingsstukken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="271"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="271"/>
        <source>two letters, e.g. DE</source>
        <translation>twee letters, bijv. DE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="272"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="272"/>
        <source>e.g. Accounting vouchers</source>
        <translation>bijv. Boekhoudbescheiden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="274"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="274"/>
        <source>1 to 30</source>
        <translation>1 tot 30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="276"/>
        <source>Counted from the end of the year in which the document arose</source>
        <translation>Gerekend vanaf het einde van het jaar waarin het document is ontstaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="277"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_entry.py" line="277"/>
        <source>e.g. § 257 HGB, § 147 AO</source>
        <translation>bijv. § 257 HGB, § 147 AO</translation>
    </message>
</context>
<context>
    <name>RightsDoneDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="31"/>
        <source>Record the rectification</source>
        <translation>Rectificatie vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="31"/>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="39"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="33"/>
        <source>Say what was corrected: the letter to the person repeats it (Art. 16 GDPR). Every recipient to whom the data were disclosed must hear of it (Art. 19).</source>
        <translation>Geef aan wat is gerectificeerd: de brief aan de betrokkene herhaalt dit (art. 16 AVG). Elke ontvanger aan wie de gegevens zijn verstrekt, moet ervan in kennis worden gesteld (art. 19).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="36"/>
        <source>What was corrected</source>
        <translation>Wat is gerectificeerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="37"/>
        <source>e.g. street corrected from Oudegracht 112 to Oudegracht 114</source>
        <translation>bijv. straat gerectificeerd van Oudegracht 112 naar Oudegracht 114</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="39"/>
        <source>Record the restriction</source>
        <translation>Beperking vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="41"/>
        <source>Say which data are restricted: they are kept but no longer used otherwise (Art. 18 GDPR), and the person is told before the restriction is lifted. Every recipient to whom the data were disclosed must hear of it (Art. 19).</source>
        <translation>Geef aan welke gegevens worden beperkt: ze worden bewaard maar niet langer anderszins gebruikt (art. 18 AVG), en de betrokkene wordt geïnformeerd voordat de beperking wordt opgeheven. Elke ontvanger aan wie de gegevens zijn verstrekt, moet ervan in kennis worden gesteld (art. 19).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="45"/>
        <source>What is restricted</source>
        <translation>Wat is beperkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="46"/>
        <source>e.g. the order history, while the accuracy is checked</source>
        <translation>bijv. de bestelgeschiedenis, zolang de juistheid wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="54"/>
        <source>Recipients to tell</source>
        <translation>Te informeren ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="55"/>
        <source>The data were disclosed to nobody</source>
        <translation>De gegevens zijn aan niemand verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="72"/>
        <source>Rectification recorded.</source>
        <translation>Rectificatie vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="74"/>
        <source>Restriction recorded.</source>
        <translation>Beperking vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="81"/>
        <source>One recipient to notify (Art. 19).</source>
        <translation>Eén ontvanger te informeren (art. 19).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/rights_done.py" line="82"/>
        <source>%1 recipients to notify (Art. 19).</source>
        <translation>%1 ontvangers te informeren (art. 19).</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../ui/explanations.py" line="53"/>
        <source>Chosen by the officer instead of %1: %2</source>
        <translation>Door de behandelaar gekozen in plaats van %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="54"/>
        <source>Transferred by the officer to %1: %2</source>
        <translation>Door de behandelaar overgedragen aan %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="55"/>
        <source>Rule 1: visiting the website is always handled by %1.</source>
        <translation>Regel 1: het bezoek aan de website wordt altijd door %1 behandeld.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="56"/>
        <source>Rule 2: orders and service requests of consumers are always handled by %1.</source>
        <translation>Regel 2: bestellingen en serviceaanvragen van consumenten worden altijd door %1 behandeld.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="59"/>
        <source>Rule 2: the statement (§%1) names &quot;%2&quot;; for a consumer that is %3, which handles every consumer&apos;s orders.</source>
        <translation>Regel 2: de verklaring (§%1) noemt &quot;%2&quot;; voor een consument is dat %3, dat de bestellingen van alle consumenten behandelt.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="63"/>
        <source>The contract documents name %1, but the customer is a consumer: rule 2 gives %2. Check whether the customer is a business.</source>
        <translation>De contractstukken noemen %1, maar de klant is een consument: regel 2 wijst %2 aan. Controleer of de klant een bedrijf is.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="67"/>
        <source>Rule 3: the order or contract documents name %1; they are decisive.</source>
        <translation>Regel 3: de bestel- of contractstukken noemen %1; die zijn doorslaggevend.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="70"/>
        <source>Rule 4: business customer; %1 is responsible for the delivery location (%2).</source>
        <translation>Regel 4: zakelijke klant; %1 is verantwoordelijk voor de leverlocatie (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="73"/>
        <source>Rule 5: %1 is responsible for the location (%2).</source>
        <translation>Regel 5: %1 is verantwoordelijk voor de locatie (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="74"/>
        <source>No group company covers the delivery country %1; the location (%2) matches %3, which was chosen. Check the country.</source>
        <translation>Geen groepsmaatschappij dekt het leverland %1; de locatie (%2) past bij %3, die is gekozen. Controleer het land.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="78"/>
        <source>The location (%1) lies with %2, but the delivery country %3 is covered by %4; the location decided. Check which is right.</source>
        <translation>De locatie (%1) valt onder %2, maar het leverland %3 valt onder %4; de locatie gaf de doorslag. Controleer wat klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="82"/>
        <source>Rule 6: %1; %2 handles it.</source>
        <translation>Regel 6: %1; %2 behandelt het.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="83"/>
        <source>Check the responsible company: %1.</source>
        <translation>Controleer de verantwoordelijke onderneming: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="84"/>
        <source>no delivery location is known for this business customer</source>
        <translation>van deze zakelijke klant is geen leverlocatie bekend</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="85"/>
        <source>no group company covers the delivery location (%1)</source>
        <translation>geen groepsmaatschappij dekt de leverlocatie (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="86"/>
        <source>the request names no location</source>
        <translation>het verzoek noemt geen locatie</translation>
    </message>
    <message>
        <location filename="../../ui/explanations.py" line="87"/>
        <source>no group company covers the location (%1)</source>
        <translation>geen groepsmaatschappij dekt de locatie (%1)</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/intake/boxes.py" line="33"/>
        <source>How it came in</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="39"/>
        <source>The date the request reached any official channel</source>
        <translation>De datum waarop het verzoek een officieel kanaal bereikte</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="45"/>
        <source>not dated</source>
        <translation>niet gedateerd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="50"/>
        <source>Open message file…</source>
        <translation>Berichtbestand openen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="51"/>
        <source>Attach scan…</source>
        <translation>Scan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="52"/>
        <source>Drop an .eml or .msg file, or a scan, onto this dialog.</source>
        <translation>Sleep een .eml- of .msg-bestand, of een scan, naar dit venster.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="59"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="60"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="62"/>
        <source>Letter dated</source>
        <translation>Brief gedateerd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="64"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/boxes.py" line="72"/>
        <source>Files kept</source>
        <translation>Bewaarde bestanden</translation>
    </message>
</context>
<context>
    <name>StoreCare</name>
    <message>
        <location filename="../../ui/store_care.py" line="42"/>
        <source>Not encrypted</source>
        <translation>Niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="47"/>
        <source>This store was made before Privacy Desk encrypted its stores: anyone who copies the file can read it. Close the window and run “privacydesk store encrypt” to encrypt it in place; then make a new backup and delete the older, plain ones.</source>
        <translation>Deze database is aangemaakt voordat Privacy Desk databases versleutelde: iedereen die het bestand kopieert, kan het lezen. Sluit het venster en voer “privacydesk store encrypt” uit om hem ter plaatse te versleutelen; maak daarna een nieuwe back-up en verwijder de oudere, onversleutelde back-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="75"/>
        <source>The store is being checked already</source>
        <translation>De database wordt al gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="82"/>
        <source>Checking the store…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="91"/>
        <source>Checked: whole, nothing altered.</source>
        <translation>Gecontroleerd: intact, niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="93"/>
        <source>Store checked: no damage, nothing altered</source>
        <translation>Database gecontroleerd: geen schade, niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="99"/>
        <source>The store failed its integrity check</source>
        <translation>De database heeft de integriteitscontrole niet doorstaan</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="101"/>
        <source>The store failed SQLite&apos;s integrity check. Stop working in it and restore it from a backup.

Details: %1</source>
        <translation>De database heeft de integriteitscontrole van SQLite niet doorstaan. Werk er niet verder in en herstel hem uit een back-up.

Details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="104"/>
        <source>Store damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="106"/>
        <source>The store was altered outside Privacy Desk</source>
        <translation>De database is buiten Privacy Desk gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="110"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="112"/>
        <source>Entries of the store were changed, added or deleted outside Privacy Desk. Compare it with a backup before working on, and keep this store as evidence.

%1</source>
        <translation>Gegevens in de database zijn buiten Privacy Desk gewijzigd, toegevoegd of verwijderd. Vergelijk hem met een back-up voordat u verder werkt, en bewaar deze database als bewijs.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="116"/>
        <source>Store altered</source>
        <translation>Database gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="127"/>
        <source>The store could not be checked now: %1</source>
        <translation>De database kon nu niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="135"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="139"/>
        <source>Backed up to %1 (checked: %2 cases)</source>
        <translation>Back-up gemaakt in %1 (gecontroleerd: %2 dossiers)</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="146"/>
        <source>The backup failed: %1</source>
        <translation>De back-up is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="157"/>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="160"/>
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="177"/>
        <source>The folder for this window&apos;s backups</source>
        <translation>De map voor de back-ups van dit venster</translation>
    </message>
    <message>
        <location filename="../../ui/store_care.py" line="182"/>
        <source>Backups go to %1 from now on</source>
        <translation>Back-ups worden voortaan opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>SuppressionCheck</name>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="46"/>
        <source>Is this person suppressed?</source>
        <translation>Staat deze persoon op de blokkeerlijst?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="51"/>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="53"/>
        <source>+49 89 1234 5678</source>
        <translation>+31 20 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="58"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="60"/>
        <source>Check (Enter in either field)</source>
        <translation>Controleren (Enter in een van beide velden)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="84"/>
        <location filename="../../ui/pages/suppression_check.py" line="111"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="86"/>
        <location filename="../../ui/pages/suppression_check.py" line="111"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="147"/>
        <source>Type an email address, a phone number or both. Spaces, case and international prefixes do not matter.</source>
        <translation>Typ een e-mailadres, een telefoonnummer of beide. Spaties, hoofdletters en landnummers maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="157"/>
        <source>✓ Not on the register</source>
        <translation>✓ Niet op de blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="158"/>
        <source>No entry for this email address or phone number.</source>
        <translation>Geen vermelding voor dit e-mailadres of telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="165"/>
        <source>✕ Suppressed: %1</source>
        <translation>✕ Geblokkeerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="169"/>
        <source>Do not contact on these channels. Case %1, effective since %2.</source>
        <translation>Niet benaderen via deze kanalen. Dossier %1, geldig sinds %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="174"/>
        <source>Every marketing channel is suppressed.</source>
        <translation>Alle marketingkanalen zijn geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression_check.py" line="176"/>
        <source>Other channels are not suppressed.</source>
        <translation>Andere kanalen zijn niet geblokkeerd.</translation>
    </message>
</context>
<context>
    <name>SuppressionCorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="32"/>
        <source>Not saved. %1</source>
        <translation>Niet opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="33"/>
        <source>Correct suppression entry</source>
        <translation>Vermelding op blokkeerlijst corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="35"/>
        <source>Save correction</source>
        <translation>Correctie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="38"/>
        <source>%1 · case %2 · entered %3 by %4</source>
        <translation>%1 · dossier %2 · ingevoerd %3 door %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="50"/>
        <source>Last corrected %1: %2</source>
        <translation>Laatst gecorrigeerd %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="60"/>
        <source>An entry cannot be lifted or deleted: the person would be contacted again. Correct only what was recorded wrongly; the reason is kept in the audit log.</source>
        <translation>Een vermelding kan niet worden opgeheven of verwijderd: de betrokkene zou dan opnieuw worden benaderd. Corrigeer alleen wat verkeerd is vastgelegd; de reden wordt bewaard in de auditlog.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="71"/>
        <location filename="../../ui/dialogs/suppression_correction.py" line="72"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="83"/>
        <source>Why is this corrected? e.g. typing error in the email address, see the letter</source>
        <translation>Waarom wordt dit gecorrigeerd? Bijv. typefout in het e-mailadres, zie de brief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="85"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="86"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="87"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="89"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="90"/>
        <source>Effective</source>
        <translation>Geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="91"/>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="94"/>
        <source>Stored normalised: digits, with a leading + for international</source>
        <translation>Genormaliseerd opgeslagen: cijfers, met een + vooraan voor internationaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_correction.py" line="95"/>
        <source>Stored normalised: trimmed and lower case</source>
        <translation>Genormaliseerd opgeslagen: zonder omringende spaties, in kleine letters</translation>
    </message>
</context>
<context>
    <name>SuppressionExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="22"/>
        <source>Before hashing, identifiers are normalised as the register stores them: an email address is trimmed, put in Unicode NFC and lower-cased, without invisible characters (zero-width spaces, bidi marks); a phone number is written in E.164 (&quot;+31612345678&quot;), or where its country is not known as its digits with a leading &quot;+&quot; for international numbers. The marketing system must normalise its own data the same way before it compares hashes.</source>
        <translation>Vóór het hashen worden identificatoren genormaliseerd zoals de blokkeerlijst ze opslaat: een e-mailadres wordt ontdaan van witruimte aan begin en eind, in Unicode NFC gezet en in kleine letters omgezet, zonder onzichtbare tekens (spaties zonder breedte, bidi-markeringen); een telefoonnummer wordt geschreven in E.164 (&quot;+31612345678&quot;), of, als het land niet bekend is, als de cijfers, met een &quot;+&quot; ervoor bij internationale nummers. Het marketingsysteem moet de eigen gegevens op dezelfde manier normaliseren voordat het hashes vergelijkt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="37"/>
        <location filename="../../ui/dialogs/suppression_export.py" line="99"/>
        <source>Export the suppression register</source>
        <translation>Blokkeerlijst exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="40"/>
        <source>Plain: names, email addresses, phones, postal addresses</source>
        <translation>Leesbaar: namen, e-mailadressen, telefoonnummers, postadressen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="43"/>
        <source>Hashed: SHA-256 of the email address and the phone number only</source>
        <translation>Gehasht: alleen SHA-256 van het e-mailadres en het telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="51"/>
        <source>For the office&apos;s own mailing systems. The file holds personal data: store it where only the people who need it can read it.</source>
        <translation>Voor de eigen mailingsystemen. Het bestand bevat persoonsgegevens: bewaar het op een plek waar alleen wie het nodig heeft het kan lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="65"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="72"/>
        <source>Every entry is exported, whatever the list shows.</source>
        <translation>Alle vermeldingen worden geëxporteerd, ongeacht wat de lijst toont.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suppression_export.py" line="101"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV voor spreadsheets (*.csv)</translation>
    </message>
</context>
<context>
    <name>SuppressionPage</name>
    <message>
        <location filename="../../ui/pages/suppression.py" line="73"/>
        <source>Suppression register</source>
        <translation>Blokkeerlijst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="75"/>
        <source>People who objected to direct marketing, unsubscribed or withdrew consent. Entries cannot be lifted, only corrected with a reason.</source>
        <translation>Personen die bezwaar hebben gemaakt tegen direct marketing, zich hebben afgemeld of hun toestemming hebben ingetrokken. Vermeldingen kunnen niet worden opgeheven, alleen met reden gecorrigeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="84"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="87"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="90"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="93"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="102"/>
        <source>Search name, email, phone, case reference…</source>
        <translation>Zoek op naam, e-mail, telefoon, dossierkenmerk…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="108"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="155"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="157"/>
        <source>Effective</source>
        <translation>Geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="158"/>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="202"/>
        <source>1 entry</source>
        <translation>1 vermelding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="202"/>
        <source>%1 entries</source>
        <translation>%1 vermeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="225"/>
        <source>Entry corrected; the reason is in the audit log.</source>
        <translation>Vermelding gecorrigeerd; de reden staat in de auditlog.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="245"/>
        <source>Exporting the suppression register…</source>
        <translation>Blokkeerlijst exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="251"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="252"/>
        <source>The register was not exported to %1: %2</source>
        <translation>De blokkeerlijst is niet geëxporteerd naar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="260"/>
        <source>Exported 1 entry, hashed, to %2.</source>
        <translation>1 vermelding gehasht geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="262"/>
        <source>Exported 1 entry to %2.</source>
        <translation>1 vermelding geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="265"/>
        <source>Exported %1 entries, hashed, to %2.</source>
        <translation>%1 vermeldingen gehasht geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/suppression.py" line="267"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 vermeldingen geëxporteerd naar %2.</translation>
    </message>
</context>
<context>
    <name>SuppressionTableModel</name>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="91"/>
        <source>The case the entry came from</source>
        <translation>Het dossier waaruit de vermelding afkomstig is</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="93"/>
        <source>The date of the last correction; its reason is in the tooltip</source>
        <translation>De datum van de laatste correctie; de reden staat in de tooltip</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="132"/>
        <source>Corrected %1: %2</source>
        <translation>Gecorrigeerd %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/suppression_table.py" line="140"/>
        <source>Entered %1 by %2</source>
        <translation>Ingevoerd %1 door %2</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="76"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="77"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="78"/>
        <source>Unsubscribe</source>
        <translation>Afmelding</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="79"/>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
    </message>
</context>
<context>
    <name>SystemsList</name>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="40"/>
        <source>Add system</source>
        <translation>Systeem toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="62"/>
        <source>System, e.g. shop back office</source>
        <translation>Systeem, bijv. backoffice webwinkel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="63"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="67"/>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="68"/>
        <source>Remove this system</source>
        <translation>Dit systeem verwijderen</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../ui/listed_words.py" line="80"/>
        <source>Art. 21(1)</source>
        <translation>Art. 21 lid 1</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="81"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="82"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="83"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="84"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="85"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="86"/>
        <source>Unsubscribe</source>
        <translation>Afmelding</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="87"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <location filename="../../ui/listed_words.py" line="88"/>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
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
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="173"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="174"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="181"/>
        <source>The letter will be in %1: write the reasons in %1, they are printed as written.</source>
        <translation>De brief wordt in het %1 opgesteld: schrijf de redenen in het %1, ze worden afgedrukt zoals geschreven.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="236"/>
        <source>Transfer to another company</source>
        <translation>Overdragen aan een andere onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="236"/>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="239"/>
        <source>Now with %1. The deadlines are recomputed with the new company&apos;s holidays.</source>
        <translation>Nu verantwoordelijk: %1. De termijnen worden opnieuw berekend met de feestdagen van de nieuwe onderneming.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="245"/>
        <source> (sample)</source>
        <translation> (voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="247"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="248"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions.py" line="254"/>
        <source>Transferred to %1.</source>
        <translation>Overgedragen aan %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="31"/>
        <source>Unlock the store – Privacy Desk</source>
        <translation>Database ontgrendelen – Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="32"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="35"/>
        <source>The store &lt;b&gt;%1&lt;/b&gt; is encrypted. This computer&apos;s keychain does not hold its key, so type the office&apos;s recovery passphrase (kept on paper). Privacy Desk then keeps the key in the keychain, where there is one, and does not ask again.</source>
        <translation>De database &lt;b&gt;%1&lt;/b&gt; is versleuteld. De wachtwoordkluis van deze computer bevat de sleutel niet; typ daarom de herstelwachtwoordzin van het privacyteam (op papier bewaard). Privacy Desk bewaart de sleutel daarna in de wachtwoordkluis, als die er is, en vraagt er niet opnieuw om.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="45"/>
        <source>Recovery passphrase</source>
        <translation>Herstelwachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="46"/>
        <source>Key file: %1</source>
        <translation>Sleutelbestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="52"/>
        <source>this passphrase does not open the store (%1 of %2 tries)</source>
        <translation>deze wachtwoordzin opent de database niet (poging %1 van %2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="63"/>
        <source>type the recovery passphrase</source>
        <translation>typ de herstelwachtwoordzin</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="76"/>
        <source>Confirm the unsubscribe</source>
        <translation>Afmelding bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="76"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="79"/>
        <source>Only the newsletter stops: the address goes on the suppression register for the newsletter. Transactional mail (order confirmations, delivery notes, invoices, messages about the customer account) continues: it is no advertising.</source>
        <translation>Alleen de nieuwsbrief stopt: het adres komt voor de nieuwsbrief op de blokkeerlijst. Transactionele berichten (orderbevestigingen, pakbonnen, facturen, berichten over het klantaccount) gaan door: dat is geen reclame.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/objections.py" line="90"/>
        <source>Unsubscribe confirmed: no newsletter from %1.</source>
        <translation>Afmelding bevestigd: geen nieuwsbrief meer vanaf %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="98"/>
        <source>Record the withdrawal of consent</source>
        <translation>Intrekking van toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="98"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="102"/>
        <source>A withdrawal works for the future only, from the day it was received: processing before that stays lawful (Art. 7(3) GDPR). The channels of the consents withdrawn go on the suppression register. Confirm the withdrawal in writing.</source>
        <translation>Een intrekking werkt alleen voor de toekomst, vanaf de dag van ontvangst: verwerking daarvóór blijft rechtmatig (art. 7 lid 3 AVG). De kanalen van de ingetrokken toestemmingen komen op de blokkeerlijst. Bevestig de intrekking schriftelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="108"/>
        <source>Recorded on %1; recording again updates the checklist of systems.</source>
        <translation>Vastgelegd op %1; opnieuw vastleggen werkt de checklist van systemen bij.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="119"/>
        <source>Consents withdrawn</source>
        <translation>Ingetrokken toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="123"/>
        <source>Systems to update</source>
        <translation>Bij te werken systemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="125"/>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="140"/>
        <source>Withdrawal recorded: %1 end on %2.</source>
        <translation>Intrekking vastgelegd: %1, beëindigd per %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="142"/>
        <source>one consent</source>
        <translation>één toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="142"/>
        <source>%1 consents</source>
        <translation>%1 toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="147"/>
        <source>One system still to update.</source>
        <translation>Nog één systeem bij te werken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/withdrawal.py" line="148"/>
        <source>%1 systems still to update.</source>
        <translation>Nog %1 systemen bij te werken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="50"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="51"/>
        <source>Newsletter tool</source>
        <translation>Nieuwsbrieftool</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decisions/base.py" line="52"/>
        <source>Call centre list</source>
        <translation>Belcentrumlijst</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="43"/>
        <location filename="../../ui/pages/worklist.py" line="44"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="45"/>
        <source>Due in the next %1 days</source>
        <translation>Verloopt binnen %1 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="46"/>
        <source>Due soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="47"/>
        <source>Waiting for identification</source>
        <translation>Wacht op identificatie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="48"/>
        <source>Waiting for ID</source>
        <translation>Wacht op ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="49"/>
        <location filename="../../ui/pages/worklist.py" line="50"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="53"/>
        <location filename="../../ui/pages/worklist.py" line="60"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="53"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="54"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="54"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="55"/>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="55"/>
        <source>Left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="56"/>
        <location filename="../../ui/pages/worklist.py" line="146"/>
        <source>Our deadline</source>
        <translation>Onze termijn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="61"/>
        <source>Data blocked</source>
        <translation>Afgeschermde gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="62"/>
        <source>Retention duty</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="63"/>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="111"/>
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="119"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="120"/>
        <source>How many days ahead a case counts as due soon</source>
        <translation>Hoeveel dagen vooruit een dossier als binnenkort verlopend geldt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="121"/>
        <source>Due soon within</source>
        <translation>Verloopt binnenkort: binnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="127"/>
        <source>Only my cases</source>
        <translation>Alleen mijn dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="128"/>
        <source>Only the cases assigned to you</source>
        <translation>Alleen de dossiers die aan u zijn toegewezen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="141"/>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="143"/>
        <source>The office&apos;s own deadline: this many working days before the legal one</source>
        <translation>De eigen termijn van het bureau: zoveel werkdagen vóór de wettelijke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="183"/>
        <source>Due for deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="306"/>
        <source>Today: %1</source>
        <translation>Vandaag: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="340"/>
        <source>waiting %1 d</source>
        <translation>wacht %1 d</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="342"/>
        <source>remind</source>
        <translation>herinneren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="342"/>
        <source>close</source>
        <translation>afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="366"/>
        <source>No reply for two weeks: send a reminder</source>
        <translation>Al twee weken geen antwoord: stuur een herinnering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="370"/>
        <source>No reply two weeks after the reminder: close the case as identity not confirmed</source>
        <translation>Geen antwoord twee weken na de herinnering: sluit het dossier af als identiteit niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/worklist.py" line="378"/>
        <source>The office&apos;s own deadline, %1 working days before the legal one</source>
        <translation>De eigen termijn van het bureau, %1 werkdagen vóór de wettelijke</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="49"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="49"/>
        <source>CSV figures (*.csv)</source>
        <translation>CSV-cijfers (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="50"/>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="188"/>
        <source>Add files to the case</source>
        <translation>Bestanden aan het dossier toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up.py" line="188"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/menus.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Import message or scan…</source>
        <translation>Bericht of scan &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="43"/>
        <source>New authority &amp;inquiry…</source>
        <translation>Nieuw verzoek van een &amp;toezichthouder…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Print letters due today…</source>
        <translation>Brieven van vandaag af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>The &amp;case list as shown…</source>
        <translation>De &amp;dossierlijst zoals getoond…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Deadlines as a calendar…</source>
        <translation>&amp;Termijnen als agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>Officer &amp;name and function…</source>
        <translation>Naam en &amp;functie behandelaar…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>&amp;Verify store</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>Backup &amp;folder…</source>
        <translation>Back-up&amp;map…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;Find case…</source>
        <translation>&amp;Dossier zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>&amp;About Privacy Desk</source>
        <translation>&amp;Over Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103"/>
        <source>As the system</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>The new language applies when Privacy Desk next starts</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van Privacy Desk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>New &amp;store…</source>
        <translation>Nieu&amp;we database…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="124"/>
        <source>&amp;Open store…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="18"/>
        <source>That store is open already</source>
        <translation>Die database is al geopend</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="28"/>
        <source>A new, empty store</source>
        <translation>Een nieuwe, lege database</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="29"/>
        <source>Privacy Desk stores (*.sqlite)</source>
        <translation>Privacy Desk-databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="36"/>
        <source>%1 exists already: File ▸ Open store… opens it</source>
        <translation>%1 bestaat al: open het via Bestand ▸ Database openen…</translation>
    </message>
    <message>
        <location filename="../../ui/store_files.py" line="69"/>
        <source>No other store yet</source>
        <translation>Nog geen andere database</translation>
    </message>
</context>
</TS>
