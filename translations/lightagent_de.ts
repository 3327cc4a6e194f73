<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LightAgent</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s &quot;%1&quot; in &quot;%2&quot; must be an https:// URL.</source>
        <translation>Der Eintrag „%1“ des Anbieterprofils in „%2“ muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>The vendor profile names neither &quot;%1&quot; nor &quot;%2&quot;.</source>
        <translation>Das Anbieterprofil nennt weder „%1“ noch „%2“.</translation>
    </message>
    <message>
        <source>Enter the activation code: four groups of five letters and digits, such as XXXXX-XXXXX-XXXXX-XXXXX.</source>
        <translation>Geben Sie den Aktivierungscode ein: vier Gruppen aus je fünf Buchstaben und Ziffern, zum Beispiel XXXXX-XXXXX-XXXXX-XXXXX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 cannot be part of an activation code: a code consists of the digits 0-9 and the Latin letters A-Z.</source>
        <translation>„%1“ an Position %2 kann nicht Teil eines Aktivierungscodes sein: Ein Code besteht aus den Ziffern 0-9 und den lateinischen Buchstaben A-Z.</translation>
    </message>
    <message>
        <source>The activation code is too short: %1 of its %2 symbols were entered. Check that no group is missing.</source>
        <translation>Der Aktivierungscode ist zu kurz: %1 von %2 Zeichen wurden eingegeben. Prüfen Sie, ob eine Gruppe fehlt.</translation>
    </message>
    <message>
        <source>The activation code is too long: %1 symbols were entered, and a code has %2. Check for an extra symbol or a second code pasted in.</source>
        <translation>Der Aktivierungscode ist zu lang: %1 Zeichen wurden eingegeben, ein Code hat %2. Prüfen Sie, ob ein Zeichen zu viel oder ein zweiter Code eingefügt wurde.</translation>
    </message>
    <message>
        <source>The license inside the key file is ambiguous: %1</source>
        <translation>Die Lizenz in der Schlüsseldatei ist nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>The license inside the key file is not a JSON object: %1</source>
        <translation>Die Lizenz in der Schlüsseldatei ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Die Schlüsseldatei ist leer.</translation>
    </message>
    <message>
        <source>The key file is not UTF-8 text; it may be a different kind of file or damaged.</source>
        <translation>Die Schlüsseldatei ist kein UTF-8-Text; möglicherweise ist sie eine andere Art von Datei oder beschädigt.</translation>
    </message>
    <message>
        <source>The key file holds JSON, but not the JSON object a key file consists of.</source>
        <translation>Die Schlüsseldatei enthält JSON, aber nicht das JSON-Objekt, aus dem eine Schlüsseldatei besteht.</translation>
    </message>
    <message>
        <source>The key file is ambiguous: %1</source>
        <translation>Die Schlüsseldatei ist nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>The license inside the key file has no &quot;%1&quot; field.</source>
        <translation>Die Lizenz in der Schlüsseldatei hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The key file has no &quot;%1&quot; field.</source>
        <translation>Die Schlüsseldatei hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The license field &quot;%1&quot; must be text.</source>
        <translation>Das Lizenzfeld „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; must be text.</source>
        <translation>Das Feld „%1“ der Schlüsseldatei muss Text sein.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; is not valid base64; the file was damaged or edited.</source>
        <translation>Das Feld „%1“ der Schlüsseldatei ist kein gültiges Base64; die Datei wurde beschädigt oder bearbeitet.</translation>
    </message>
    <message>
        <source>The license date &quot;%1&quot; is &quot;%2&quot;, which is not a real date in the form YYYY-MM-DD.</source>
        <translation>Das Lizenzdatum „%1“ ist „%2“ und damit kein echtes Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The license serial &quot;%1&quot; does not have the form XXX-XXXXXX-XXXXXXXX (digits 0-9 and A-F).</source>
        <translation>Die Seriennummer „%1“ der Lizenz hat nicht die Form XXX-XXXXXX-XXXXXXXX (Ziffern 0-9 und A-F).</translation>
    </message>
    <message>
        <source>The key is for the product &quot;%1&quot;, not for %2 (&quot;%3&quot;).</source>
        <translation>Der Schlüssel gilt für das Produkt „%1“, nicht für %2 („%3“).</translation>
    </message>
    <message>
        <source>The license type &quot;%1&quot; is unknown; it must be commercial, trial, subscription, beta, test or oem.</source>
        <translation>Der Lizenztyp „%1“ ist unbekannt; er muss commercial, trial, subscription, beta, test oder oem sein.</translation>
    </message>
    <message>
        <source>The licensing unit &quot;%1&quot; is unknown; it must be core, processor, server or desktop.</source>
        <translation>Die Lizenzierungseinheit „%1“ ist unbekannt; sie muss core, processor, server oder desktop sein.</translation>
    </message>
    <message>
        <source>The license count must be a whole number from 1 to %1.</source>
        <translation>Die Anzahl der Lizenzen muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The license expires (%1) before it becomes valid (%2).</source>
        <translation>Die Lizenz läuft ab (%1), bevor sie gültig wird (%2).</translation>
    </message>
    <message>
        <source>The license grace period must be a whole number of days from 0 to 3650.</source>
        <translation>Der Kulanzzeitraum der Lizenz muss eine ganze Zahl von Tagen zwischen 0 und 3650 sein.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Kulanzzeitraum</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Full functionality</source>
        <translation>Volle Funktionalität</translation>
    </message>
    <message>
        <source>Limited functionality: no database updates</source>
        <translation>Eingeschränkte Funktionalität: keine Datenbank-Updates</translation>
    </message>
    <message>
        <source>No functionality: the solution is not activated</source>
        <translation>Keine Funktionalität: Die Lösung ist nicht aktiviert</translation>
    </message>
    <message>
        <source>The description inside the database bundle is not a JSON object without duplicate names: %1</source>
        <translation>Die Beschreibung im Datenbankpaket ist kein JSON-Objekt ohne doppelte Namen: %1</translation>
    </message>
    <message>
        <source>The database bundle is not a bundle: %1</source>
        <translation>Das Datenbankpaket ist kein Paket: %1</translation>
    </message>
    <message>
        <source>The database bundle has no &quot;%1&quot; field.</source>
        <translation>Das Datenbankpaket hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; must be text.</source>
        <translation>Das Feld „%1“ des Datenbankpakets muss Text sein.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; is not valid base64; the bundle was damaged or changed.</source>
        <translation>Das Feld „%1“ des Datenbankpakets ist kein gültiges Base64; das Paket wurde beschädigt oder verändert.</translation>
    </message>
    <message>
        <source>The database version &quot;%1&quot; is not 1 to %2 letters, digits, dots, dashes or underscores.</source>
        <translation>Die Datenbankversion „%1“ besteht nicht aus 1 bis %2 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>The database release time &quot;%1&quot; is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Der Veröffentlichungszeitpunkt der Datenbanken „%1“ ist keine UTC-Zeit im Format YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>The database record count must be a whole number from 1 to %1.</source>
        <translation>Die Anzahl der Datenbankeinträge muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>No databases installed</source>
        <translation>Keine Datenbanken installiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Stark veraltet</translation>
    </message>
    <message>
        <source>sent (HTTP %1)</source>
        <translation>gesendet (HTTP %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed (HTTP %1): %2</source>
        <translation>fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>declined by the administrator, nothing was sent</source>
        <translation>vom Administrator abgelehnt, nichts wurde gesendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>; the service confirmed the digest</source>
        <translation>; der Dienst hat die Prüfsumme bestätigt</translation>
    </message>
    <message>
        <source>; the service received different bytes</source>
        <translation>; der Dienst hat andere Bytes empfangen</translation>
    </message>
    <message>
        <source>Result of #%1: %2</source>
        <translation>Ergebnis von #%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 bytes, SHA-256 %5)</source>
        <translation>%1: %2 %3 (%4 Bytes, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license has expired.</source>
        <translation>Datenbank-Updates erfordern eine gültige Lizenz; die Lizenz ist abgelaufen.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license key was blocked by the vendor more than %1 days ago.</source>
        <translation>Datenbank-Updates erfordern eine gültige Lizenz; der Lizenzschlüssel wurde vor mehr als %1 Tagen vom Anbieter gesperrt.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the solution is not activated.</source>
        <translation>Datenbank-Updates erfordern eine gültige Lizenz; die Lösung ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued for %1: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist nicht für %1 ausgestellt: Möglicherweise gibt sich jemand als der Dienst aus. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate has expired. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist abgelaufen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not valid yet; check this computer&apos;s clock. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist noch nicht gültig; prüfen Sie die Uhr dieses Computers. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued by an authority that the vendor profile or this system trusts. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes wurde nicht von einer Zertifizierungsstelle ausgestellt, der das Anbieterprofil oder dieses System vertraut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable (%1). Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist nicht akzeptabel (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The bundle has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Das Paket hat das Format „%1“; diese Konsole liest „%2“.</translation>
    </message>
    <message>
        <source>The database bundle was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Das Datenbankpaket wurde von „%1“ signiert, dem das Anbieterprofil nicht vertraut.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature is %1 bytes long instead of 64.</source>
        <translation>Die Signatur des Datenbankpakets ist %1 Bytes statt 64 Bytes lang.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature does not match the vendor&apos;s key: the bundle was changed after it was signed.</source>
        <translation>Die Signatur des Datenbankpakets passt nicht zum Schlüssel des Anbieters: Das Paket wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>This is not a key file: %1</source>
        <translation>Dies ist keine Schlüsseldatei: %1</translation>
    </message>
    <message>
        <source>This is not a key file: a key file is JSON text, and this file&apos;s content is not.</source>
        <translation>Dies ist keine Schlüsseldatei: Eine Schlüsseldatei ist JSON-Text, der Inhalt dieser Datei ist es nicht.</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>warning level</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>warning level</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>warning level</comment>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>LightAgent::AboutDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The vendor profile&apos;s vendor and id, e.g. &quot;Demo vendor (demo)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Light Agent Console</source>
        <translation>Über Light Agent Console</translation>
    </message>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Licensing console for %1.</source>
        <translation>Lizenzierungskonsole für %1.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>Vendor profile:</source>
        <extracomment>The vendor profile: who the console trusts for keys and services</extracomment>
        <translation>Anbieterprofil:</translation>
    </message>
    <message>
        <source>The demo profile built into the console: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Das in die Konsole eingebaute Demoprofil: Es vertraut nur den Schlüsseln und dem Dienst des Demo-Anbieters.</translation>
    </message>
    <message>
        <source>A demo profile from a file: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Ein Demoprofil aus einer Datei: Es vertraut nur den Schlüsseln und dem Dienst des Demo-Anbieters.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <extracomment>%1 is the path of the vendor profile file in use</extracomment>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCode</name>
    <message>
        <source>The activation code has a typo: its check character does not match the other symbols. Compare the code with the one you received, symbol by symbol.</source>
        <translation>Der Aktivierungscode enthält einen Tippfehler: Sein Prüfzeichen passt nicht zu den übrigen Zeichen. Vergleichen Sie den Code Zeichen für Zeichen mit dem Code, den Sie erhalten haben.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCodePage</name>
    <message>
        <source>Enter the activation code</source>
        <translation>Aktivierungscode eingeben</translation>
    </message>
    <message>
        <source>Four groups of five letters and digits, as you received it. Spaces, dashes and lower case are fine.</source>
        <translation>Vier Gruppen aus je fünf Buchstaben und Ziffern, so wie Sie ihn erhalten haben. Leerzeichen, Bindestriche und Kleinbuchstaben sind zulässig.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Aktivierungscode:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <extracomment>Caption of the code as the console reads it, normalized and regrouped</extracomment>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Nothing is sent on this page. Next shows you the exact request, and nothing is sent until you agree.</source>
        <translation>Auf dieser Seite wird nichts gesendet. „Weiter“ zeigt Ihnen die genaue Anfrage, und es wird nichts gesendet, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>The code is complete and its check character matches.</source>
        <translation>Der Code ist vollständig, und sein Prüfzeichen stimmt.</translation>
    </message>
    <message>
        <source>Type or paste the code.</source>
        <translation>Geben Sie den Code ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>%1 of %2 symbols entered.</source>
        <translation>%1 von %2 Zeichen eingegeben.</translation>
    </message>
    <message>
        <source>Add the key the service issues as</source>
        <extracomment>Group title: where the key that the licensing service issues is added</extracomment>
        <translation>Den vom Dienst ausgestellten Schlüssel hinzufügen als</translation>
    </message>
    <message>
        <source>The ac&amp;tive key</source>
        <translation>Ak&amp;tiven Schlüssel</translation>
    </message>
    <message>
        <source>The &amp;reserve key, beside the active key</source>
        <translation>&amp;Reserveschlüssel neben dem aktiven Schlüssel</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why the key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationDeclinedPage</name>
    <message>
        <source>Nothing was sent</source>
        <translation>Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>You declined to send the activation data.</source>
        <translation>Sie haben abgelehnt, die Aktivierungsdaten zu senden.</translation>
    </message>
    <message>
        <source>The request was not sent, and the license state did not change.</source>
        <translation>Die Anfrage wurde nicht gesendet, und der Lizenzstatus hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>Your decision is recorded in the transmission journal.</source>
        <translation>Ihre Entscheidung ist im Übertragungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Your decision could not be recorded in the transmission journal: %1</source>
        <translation>Ihre Entscheidung konnte nicht im Übertragungsprotokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>You can activate with a key file instead: it is verified on this computer and sends nothing to anyone.</source>
        <translation>Sie können stattdessen mit einer Schlüsseldatei aktivieren: Sie wird auf diesem Computer geprüft und sendet nichts an irgendjemanden.</translation>
    </message>
    <message>
        <source>Use a &amp;key file instead &gt;</source>
        <extracomment>Wizard button after declining: go on to the key-file page</extracomment>
        <translation>Stattdessen Schlüssel&amp;datei verwenden &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationKeyFilePage</name>
    <message>
        <source>Activate with a key file</source>
        <translation>Mit einer Schlüsseldatei aktivieren</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. Nothing is sent to anyone.</source>
        <translation>Die Schlüsseldatei wird auf diesem Computer geprüft. Es wird nichts an irgendjemanden gesendet.</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>The path of a .key file</source>
        <translation>Der Pfad einer .key-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <extracomment>Wizard button that adds the inspected key file</extracomment>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationMethodPage</name>
    <message>
        <source>Choose how to activate</source>
        <translation>Aktivierungsart auswählen</translation>
    </message>
    <message>
        <source>Both ways give the same license. They differ in what leaves this computer.</source>
        <translation>Beide Wege ergeben dieselbe Lizenz. Sie unterscheiden sich darin, was diesen Computer verlässt.</translation>
    </message>
    <message>
        <source>Activate with a &amp;key file</source>
        <translation>Mit einer &amp;Schlüsseldatei aktivieren</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. This sends nothing to anyone.</source>
        <translation>Die Schlüsseldatei wird auf diesem Computer geprüft. Dabei wird nichts an irgendjemanden gesendet.</translation>
    </message>
    <message>
        <source>Activate with an activation &amp;code</source>
        <translation>Mit einem &amp;Aktivierungscode aktivieren</translation>
    </message>
    <message>
        <source>This sends the data listed below to the licensing service over an encrypted connection: now, and then periodically to verify that the solution is used appropriately. You will see the exact request and decide before anything is sent.</source>
        <translation>Dabei werden die unten aufgeführten Daten über eine verschlüsselte Verbindung an den Lizenzierungsdienst gesendet: jetzt und danach regelmäßig, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird. Sie sehen die genaue Anfrage und entscheiden, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Data sent with an activation code:</source>
        <translation>Mit einem Aktivierungscode gesendete Daten:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationPreviewPage</name>
    <message>
        <source>Check the data that will be sent</source>
        <translation>Zu sendende Daten prüfen</translation>
    </message>
    <message>
        <source>This is the exact request. Nothing is sent until you choose Send.</source>
        <translation>Dies ist die genaue Anfrage. Es wird nichts gesendet, bevor Sie „Senden“ wählen.</translation>
    </message>
    <message>
        <source>The request goes to the licensing service over an encrypted connection. The same data is sent again periodically to verify that the solution is used appropriately, and the vendor may use it for statistics on the distribution and use of its software.</source>
        <translation>Die Anfrage wird über eine verschlüsselte Verbindung an den Lizenzierungsdienst gesendet. Dieselben Daten werden regelmäßig erneut gesendet, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird, und der Anbieter kann sie für Statistiken über die Verbreitung und Verwendung seiner Software nutzen.</translation>
    </message>
    <message>
        <source>How the vendor processes it: %1.</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>Wie der Anbieter die Daten verarbeitet: %1.</translation>
    </message>
    <message>
        <source>privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>I &amp;agree to send this data, and to its periodic re-sending for license verification</source>
        <translation>&amp;Ich stimme dem Senden dieser Daten und ihrem regelmäßigen erneuten Senden zur Lizenzprüfung zu</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Wizard button on the preview page: send the shown request</extracomment>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>There is no valid activation code to send.</source>
        <translation>Es gibt keinen gültigen Aktivierungscode zum Senden.</translation>
    </message>
    <message>
        <source>The request could not be prepared, and nothing was sent: %1</source>
        <translation>Die Anfrage konnte nicht vorbereitet werden, und es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Was die Aktivierung mit den Schlüsseln tun wird:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationProgressPage</name>
    <message>
        <source>Sending the request</source>
        <translation>Anfrage wird gesendet</translation>
    </message>
    <message>
        <source>The request you saw is on its way to the licensing service.</source>
        <translation>Die Anfrage, die Sie gesehen haben, ist unterwegs zum Lizenzierungsdienst.</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the transmission journal records what happened.</source>
        <translation>Wenn Sie abbrechen, nachdem die Anfrage diesen Computer verlassen hat, kann der Dienst sie trotzdem empfangen haben; das Übertragungsprotokoll hält fest, was geschehen ist.</translation>
    </message>
    <message>
        <source>Connecting to the licensing service over an encrypted connection…</source>
        <translation>Verschlüsselte Verbindung zum Lizenzierungsdienst wird hergestellt…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>Antwort wird empfangen…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Anfrage wird im Übertragungsprotokoll festgehalten…</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationResultPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>Wizard button that closes the wizard at its end</extracomment>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>License state now:</source>
        <translation>Lizenzstatus jetzt:</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The solution was not activated</source>
        <translation>Die Lösung wurde nicht aktiviert</translation>
    </message>
    <message>
        <source>Nothing changed: the license state is as it was.</source>
        <translation>Nichts hat sich geändert: Der Lizenzstatus ist unverändert.</translation>
    </message>
    <message>
        <source>The activation did not succeed.</source>
        <translation>Die Aktivierung war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Choose Back to correct the code and try again. You can also activate with a key file, which sends nothing.</source>
        <translation>Wählen Sie „Zurück“, um den Code zu korrigieren und es erneut zu versuchen. Sie können auch mit einer Schlüsseldatei aktivieren; dabei wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>Der Versuch ist im Übertragungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The solution is activated</source>
        <translation>Die Lösung ist aktiviert</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the active key.</source>
        <translation>Der Lizenzierungsdienst hat einen Schlüssel ausgestellt, und dieser wurde als aktiver Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>Activated with the code %1.</source>
        <translation>Aktiviert mit dem Code %1.</translation>
    </message>
    <message>
        <source>The key %1 is now the active key.</source>
        <translation>Der Schlüssel %1 ist jetzt der aktive Schlüssel.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Der Dienst hat bestätigt, genau diese Bytes empfangen zu haben.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1, wie bei der Anfrage, die Sie gesehen haben.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Warnung: Der Dienst hat andere Bytes empfangen.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The key was stored; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Der Dienst meldet SHA-256 %1, die Konsole hat aber %2 gesendet. Der Schlüssel wurde gespeichert; die Anfrage wurde möglicherweise unterwegs verändert. Prüfen Sie das Übertragungsprotokoll und den Netzwerkpfad zum Dienst.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Warnung: Der Dienst hat nicht bestätigt, was er empfangen hat.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Seine Antwort enthielt keine Prüfsumme, daher kann die Konsole nicht zeigen, dass die Anfrage unverändert angekommen ist. Die Konsole hat SHA-256 %1 gesendet.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>Die Anfrage und die Antwort sind im Übertragungsprotokoll festgehalten (Eintrag %1).</translation>
    </message>
    <message>
        <source>The activation was cancelled.</source>
        <translation>Die Aktivierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Was sich geändert hat:</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the reserve key.</source>
        <translation>Der Lizenzierungsdienst hat einen Schlüssel ausgestellt, und dieser wurde als Reserveschlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>The key %1 is now the reserve key.</source>
        <translation>Der Schlüssel %1 ist jetzt der Reserveschlüssel.</translation>
    </message>
    <message>
        <source>The key was received and kept, not applied</source>
        <translation>Der Schlüssel wurde empfangen und aufbewahrt, nicht angewendet</translation>
    </message>
    <message>
        <source>The current keys are unchanged. Compare the keys below; the received key is also offered on the dashboard until you apply it.</source>
        <translation>Die aktuellen Schlüssel sind unverändert. Vergleichen Sie die Schlüssel unten; der empfangene Schlüssel wird auch auf der Seite „Lizenz“ angeboten, bis Sie ihn anwenden.</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1.</source>
        <translation>Der Lizenzierungsdienst hat den Schlüssel %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>You compared the keys and applied the received key.</source>
        <translation>Sie haben die Schlüssel verglichen und den empfangenen Schlüssel angewendet.</translation>
    </message>
    <message>
        <source>The received key was applied.</source>
        <translation>Der empfangene Schlüssel wurde angewendet.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationWizard</name>
    <message>
        <source>Activate the solution</source>
        <translation>Lösung aktivieren</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <extracomment>Wizard button on the preview page: do not send the activation data</extracomment>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Wizard button after a failed activation: back to the code to try again</extracomment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Send nothing. You can activate with a key file instead.</source>
        <translation>Nichts senden. Sie können stattdessen mit einer Schlüsseldatei aktivieren.</translation>
    </message>
    <message>
        <source>Go back to the activation code and try again.</source>
        <translation>Zurück zum Aktivierungscode, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>There is no request to send. Nothing was sent.</source>
        <translation>Es gibt keine Anfrage zum Senden. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>LightAgent::AgreementDialog</name>
    <message>
        <source>The vendor&apos;s statement</source>
        <translation>Erklärung des Anbieters</translation>
    </message>
    <message>
        <source>The console has not sent anything. Before it can update the databases or open online help, please read what it would send, and choose.</source>
        <translation>Die Konsole hat nichts gesendet. Bevor sie die Datenbanken aktualisieren oder die Online-Hilfe öffnen kann, lesen Sie bitte, was sie senden würde, und treffen Sie Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Gesendete Daten: %1</translation>
    </message>
    <message>
        <source>If you do not agree, the console stays fully usable: activate it with a key file, which is verified on this computer and sends nothing. Database updates and online help links then send nothing and say why. You can agree or withdraw at any time on the Updates and Data provision pages.</source>
        <translation>Wenn Sie nicht zustimmen, bleibt die Konsole voll nutzbar: Aktivieren Sie sie mit einer Schlüsseldatei, die auf diesem Computer geprüft wird und nichts sendet. Datenbank-Updates und Links zur Online-Hilfe senden dann nichts und nennen den Grund. Sie können auf den Seiten „Updates“ und „Datenbereitstellung“ jederzeit zustimmen oder Ihre Zustimmung widerrufen.</translation>
    </message>
    <message>
        <source>I &amp;agree</source>
        <translation>&amp;Zustimmen</translation>
    </message>
    <message>
        <source>Record that you accept the data provision described above, with the date and time. Nothing is sent now.</source>
        <translation>Mit Datum und Uhrzeit festhalten, dass Sie der oben beschriebenen Datenbereitstellung zustimmen. Jetzt wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>Button: close the data-provision statement without agreeing</extracomment>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Withdraw agreement…</source>
        <translation>Vereinbarung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>Die Vereinbarung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You have not agreed. Updates and online help links send nothing.</source>
        <translation>Sie haben nicht zugestimmt. Updates und Links zur Online-Hilfe senden nichts.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Sie haben am %1 zugestimmt.</translation>
    </message>
    <message>
        <source>You withdrew your agreement on %1. Updates and online help links send nothing.</source>
        <translation>Sie haben Ihre Zustimmung am %1 widerrufen. Updates und Links zur Online-Hilfe senden nichts.</translation>
    </message>
    <message>
        <source>Your agreement was not recorded, so nothing will be sent: %1</source>
        <translation>Ihre Zustimmung wurde nicht gespeichert, daher wird nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Withdraw agreement</source>
        <translation>Vereinbarung widerrufen</translation>
    </message>
    <message>
        <source>Withdraw your agreement to data provision?

Database updates and online help links will send nothing until you agree again. Keys and activation are not affected.</source>
        <translation>Ihre Zustimmung zur Datenbereitstellung widerrufen?

Datenbank-Updates und Links zur Online-Hilfe senden nichts, bis Sie erneut zustimmen. Schlüssel und Aktivierung sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The agreement was not withdrawn: %1</source>
        <translation>Die Vereinbarung wurde nicht widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::BundleStore</name>
    <message>
        <source>The installed database bundle no longer passes verification with this vendor profile: %1 Run an update to replace it.</source>
        <translation>Das installierte Datenbankpaket besteht die Prüfung mit diesem Anbieterprofil nicht mehr: %1 Führen Sie ein Update aus, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>The service offered databases version %1, released before the installed version %2; the installed databases were kept.</source>
        <translation>Der Dienst hat Datenbanken der Version %1 angeboten, die vor der installierten Version %2 veröffentlicht wurden; die installierten Datenbanken wurden beibehalten.</translation>
    </message>
</context>
<context>
    <name>LightAgent::CheckPlan</name>
    <message>
        <source>The last license check could not be completed; it is tried again at the time shown.</source>
        <translation>Die letzte Lizenzprüfung konnte nicht abgeschlossen werden; sie wird zum angezeigten Zeitpunkt erneut versucht.</translation>
    </message>
    <message>
        <source>The activation data is sent again at the time shown, to verify that the solution is used appropriately.</source>
        <translation>Die Aktivierungsdaten werden zum angezeigten Zeitpunkt erneut gesendet, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the solution is not activated.</source>
        <translation>Es gibt keine regelmäßige Lizenzprüfung: Die Lösung ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the active key was added from a key file, which sends nothing.</source>
        <translation>Es gibt keine regelmäßige Lizenzprüfung: Der aktive Schlüssel wurde aus einer Schlüsseldatei hinzugefügt, und dabei wird nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the consent to re-send the activation data was withdrawn. Nothing is sent.</source>
        <translation>Es gibt keine regelmäßige Lizenzprüfung: Die Einwilligung zum erneuten Senden der Aktivierungsdaten wurde widerrufen. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the activation code of the active key is not kept.</source>
        <translation>Es gibt keine regelmäßige Lizenzprüfung: Der Aktivierungscode des aktiven Schlüssels wird nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Console</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Light Agent licensing console.</source>
        <translation>Lizenzierungskonsole für Light Agent.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Den Zustand im Verzeichnis DIR speichern.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Das Anbieterprofil FILE verwenden.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>Das Anbieterprofil kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The data directory cannot be opened.</source>
        <translation>Das Datenverzeichnis kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU) for this run; the language chosen in the menu stays as it is.</source>
        <translation>Bei diesem Start die Sprache TAG verwenden (en, ru, de, fr; z. B. ru-RU); die im Menü gewählte Sprache bleibt unverändert.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>Die Sprache „%1“ ist nicht verfügbar; verwendet wird %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto</name>
    <message>
        <source>The service&apos;s certificate chain could not be verified against the trusted authorities (%1).</source>
        <translation>Die Zertifikatskette des Dienstes ließ sich nicht gegen die vertrauenswürdigen Zertifizierungsstellen prüfen (%1).</translation>
    </message>
    <message>
        <source>the leaf certificate cannot be read</source>
        <translation>das Zertifikat des Dienstes ist nicht lesbar</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>the verification could not be set up</source>
        <translation>die Prüfung ließ sich nicht einrichten</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PrivateKey</name>
    <message>
        <source>The text is not an Ed25519 private key in PEM form.</source>
        <translation>Der Text ist kein privater Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PublicKey</name>
    <message>
        <source>The text is not an Ed25519 public key in PEM form.</source>
        <translation>Der Text ist kein öffentlicher Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Ctl</name>
    <message>
        <source>Send this data to the licensing service, and agree to its periodic re-sending for license verification? [y/N]</source>
        <translation>Diese Daten an den Lizenzierungsdienst senden und ihrem regelmäßigen erneuten Senden zur Lizenzprüfung zustimmen? [y/N]</translation>
    </message>
    <message>
        <source>Activated. The service returned the key %1.</source>
        <translation>Aktiviert. Der Dienst hat den Schlüssel %1 zurückgegeben.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm which bytes it received.</source>
        <translation>Warnung: Der Dienst hat nicht bestätigt, welche Bytes er empfangen hat.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes (SHA-256 %1).</source>
        <translation>Der Dienst hat bestätigt, genau diese Bytes empfangen zu haben (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Warning: the service reports receiving different bytes (SHA-256 %1) than were sent (SHA-256 %2).</source>
        <translation>Warnung: Der Dienst meldet, andere Bytes (SHA-256 %1) empfangen zu haben, als gesendet wurden (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Declined: nothing was sent. You can activate with a key file instead; that sends nothing.</source>
        <translation>Abgelehnt: Es wurde nichts gesendet. Sie können stattdessen mit einer Schlüsseldatei aktivieren; dabei wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent:</source>
        <translation>%1 — genau diese Anfrage wird gesendet:</translation>
    </message>
    <message>
        <source>SHA-256 of the body: %1</source>
        <translation>SHA-256 des Inhalts: %1</translation>
    </message>
    <message>
        <source>What each field is:</source>
        <translation>Bedeutung der Felder:</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <translation>, Prüfsumme bestätigt</translation>
    </message>
    <message>
        <source>, DIGEST DIFFERS</source>
        <translation>, PRÜFSUMME WEICHT AB</translation>
    </message>
    <message>
        <source>recorded before sending</source>
        <translation>vor dem Senden festgehalten</translation>
    </message>
    <message>
        <source>result of #%1: </source>
        <translation>Ergebnis von #%1: </translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The journal is empty: nothing has been sent from this data directory.</source>
        <translation>Das Protokoll ist leer: Aus diesem Datenverzeichnis wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>Das Protokoll ist intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Protokoll ist intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and hash).</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert (JSON Lines: ein Objekt pro Zeile, mit prevHash und hash).</numerusform>
            <numerusform>%n Einträge nach %1 exportiert (JSON Lines: ein Objekt pro Zeile, mit prevHash und hash).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial:        %1</source>
        <translation>Seriennummer:      %1</translation>
    </message>
    <message>
        <source>Signed by:     %1 (signature verified)</source>
        <translation>Signiert von:      %1 (Signatur verifiziert)</translation>
    </message>
    <message>
        <source>Edition:       %1</source>
        <translation>Edition:           %1</translation>
    </message>
    <message>
        <source>Type:          %1</source>
        <translation>Typ:               %1</translation>
    </message>
    <message>
        <source>Licenses:      %1</source>
        <translation>Lizenzen:          %1</translation>
    </message>
    <message>
        <source>Grace period:  %1 days, until %2</source>
        <translation>Kulanzzeitraum:    %1 Tage, bis %2</translation>
    </message>
    <message>
        <source>Licensee:      %1</source>
        <translation>Lizenznehmer:      %1</translation>
    </message>
    <message>
        <source>Other field:   %1 (not used for any decision)</source>
        <translation>Weiteres Feld:     %1 (für keine Entscheidung verwendet)</translation>
    </message>
    <message>
        <source>As active key:</source>
        <translation>Als aktiver Schlüssel:</translation>
    </message>
    <message>
        <source>As reserve key:</source>
        <translation>Als Reserveschlüssel:</translation>
    </message>
    <message>
        <source>Dry run — nothing was changed. Adding this key would do this:</source>
        <translation>Probelauf — nichts wurde geändert. Das Hinzufügen dieses Schlüssels würde Folgendes bewirken:</translation>
    </message>
    <message>
        <source>The key was added:</source>
        <translation>Der Schlüssel wurde hinzugefügt:</translation>
    </message>
    <message>
        <source>&apos;key remove&apos; takes &apos;active&apos; or &apos;reserve&apos;, not &quot;%1&quot;.</source>
        <translation>&apos;key remove&apos; erwartet &apos;active&apos; oder &apos;reserve&apos;, nicht „%1“.</translation>
    </message>
    <message>
        <source>The active key was removed.</source>
        <translation>Der aktive Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>The reserve key was removed.</source>
        <translation>Der Reserveschlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 to %5 (%6)</source>
        <translation>%1 — %2, %3, %4 bis %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Status:        %1 — %2</source>
        <translation>Status:            %1 — %2</translation>
    </message>
    <message>
        <source>               %1</source>
        <translation>                   %1</translation>
    </message>
    <message>
        <source>Functionality: %1</source>
        <translation>Funktionalität:    %1</translation>
    </message>
    <message>
        <source>Active key:    %1</source>
        <translation>Aktiver Schlüssel: %1</translation>
    </message>
    <message>
        <source>Reserve key:   %1</source>
        <translation>Reserveschlüssel:  %1</translation>
    </message>
    <message>
        <source>               The reserve key has taken over from the expired active key.</source>
        <translation>                   Der Reserveschlüssel hat den abgelaufenen aktiven Schlüssel abgelöst.</translation>
    </message>
    <message>
        <source>Profile:       %1%2</source>
        <translation>Profil:            %1%2</translation>
    </message>
    <message>
        <source> (demo vendor profile)</source>
        <translation> (Demo-Anbieterprofil)</translation>
    </message>
    <message>
        <source>Data:          %1</source>
        <translation>Daten:             %1</translation>
    </message>
    <message>
        <source>--on-date needs a date in the form YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--on-date erwartet ein Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>The agreement was accepted on %1.</source>
        <translation>Die Vereinbarung wurde am %1 akzeptiert.</translation>
    </message>
    <message>
        <source>The agreement was withdrawn on %1: updates and help links send nothing.</source>
        <translation>Die Vereinbarung wurde am %1 widerrufen: Updates und Hilfelinks senden nichts.</translation>
    </message>
    <message>
        <source>The agreement is not accepted: updates and help links send nothing. Accept it with &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>Die Vereinbarung ist nicht akzeptiert: Updates und Hilfelinks senden nichts. Akzeptieren Sie sie mit &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>Database updates and followed links may now send the data listed by &apos;lightagent-ctl agreement show&apos;. Activation with a code still asks each time.</source>
        <translation>Datenbank-Updates und aufgerufene Links dürfen jetzt die Daten senden, die &apos;lightagent-ctl agreement show&apos; auflistet. Die Aktivierung mit einem Code fragt weiterhin jedes Mal nach.</translation>
    </message>
    <message>
        <source>Use &apos;agreement [show|accept|withdraw] [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;agreement [show|accept|withdraw] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The check is due at %1.</source>
        <translation>Probelauf: Es wurde nichts gesendet. Die Prüfung ist am %1 fällig.</translation>
    </message>
    <message>
        <source>The next check is at %1.</source>
        <translation>Die nächste Prüfung erfolgt am %1.</translation>
    </message>
    <message>
        <source>The licensing service says the license is %1.</source>
        <translation>Laut Lizenzierungsdienst hat die Lizenz den Status „%1“.</translation>
    </message>
    <message>
        <source>Use &apos;check [--dry-run] [--force] [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;check [--dry-run] [--force] [--json]&apos;.</translation>
    </message>
    <message>
        <source>No license check is due before %1; nothing was sent. Use --force to check now.</source>
        <translation>Vor %1 ist keine Lizenzprüfung fällig; es wurde nichts gesendet. Verwenden Sie --force, um jetzt zu prüfen.</translation>
    </message>
    <message>
        <source>Sending the activation data and re-sending it periodically</source>
        <translation>Senden der Aktivierungsdaten und ihr regelmäßiges erneutes Senden</translation>
    </message>
    <message>
        <source>The data-provision agreement (updates and followed links)</source>
        <translation>Die Vereinbarung zur Datenbereitstellung (Updates und aufgerufene Links)</translation>
    </message>
    <message>
        <source>%1: never given.</source>
        <translation>%1: nie erteilt.</translation>
    </message>
    <message>
        <source>%1: given on %2.</source>
        <translation>%1: erteilt am %2.</translation>
    </message>
    <message>
        <source>%1: given on %2, withdrawn on %3.</source>
        <translation>%1: erteilt am %2, widerrufen am %3.</translation>
    </message>
    <message>
        <source>Withdrawn: the activation data is no longer re-sent, so the periodic license check stops. The key stays active.</source>
        <translation>Widerrufen: Die Aktivierungsdaten werden nicht mehr erneut gesendet, daher endet die regelmäßige Lizenzprüfung. Der Schlüssel bleibt aktiv.</translation>
    </message>
    <message>
        <source>Withdrawn: database updates and followed links send nothing from now on.</source>
        <translation>Widerrufen: Datenbank-Updates und aufgerufene Links senden ab jetzt nichts mehr.</translation>
    </message>
    <message>
        <source>Use &apos;consent [--json]&apos; or &apos;consent withdraw code-activation|data-provision [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;consent [--json]&apos; oder &apos;consent withdraw code-activation|data-provision [--json]&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;lightagent-ctl --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit &apos;lightagent-ctl --help&apos;.</translation>
    </message>
    <message>
        <source>help-url needs exactly one PLACE; &apos;lightagent-ctl help-pages&apos; lists them.</source>
        <translation>help-url braucht genau eine Stelle (PLACE); &apos;lightagent-ctl help-pages&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>help-pages takes no arguments.</source>
        <translation>help-pages nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <extracomment>Column headings of &apos;lightagent-ctl help-pages&apos;</extracomment>
        <translation>STELLE</translation>
    </message>
    <message>
        <source>PAGE ID</source>
        <translation>SEITEN-ID</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>(URL)</source>
        <extracomment>help-pages: the privacy policy has no page ID; it is the vendor profile&apos;s own URL</extracomment>
        <translation>(URL)</translation>
    </message>
    <message>
        <source>Print a link with &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. Printing a link sends nothing.</source>
        <translation>Einen Link ausgeben: &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. Das Ausgeben eines Links sendet nichts.</translation>
    </message>
    <message>
        <source>Databases:     %1</source>
        <translation>Datenbanken:       %1</translation>
    </message>
    <message>
        <source>               Next scheduled update: %1</source>
        <translation>                   Nächstes geplantes Update: %1</translation>
    </message>
    <message>
        <source>License check: next at %1</source>
        <translation>Lizenzprüfung:     nächste am %1</translation>
    </message>
    <message>
        <source>License check: none</source>
        <translation>Lizenzprüfung:     keine</translation>
    </message>
    <message>
        <source>Data provision: the agreement is accepted.</source>
        <translation>Datenbereitstellung: Die Vereinbarung ist akzeptiert.</translation>
    </message>
    <message>
        <source>Data provision: the agreement is not accepted; updates and help links send nothing.</source>
        <translation>Datenbereitstellung: Die Vereinbarung ist nicht akzeptiert; Updates und Hilfelinks senden nichts.</translation>
    </message>
    <message>
        <source>Send this request to the update service? [y/N]</source>
        <translation>Diese Anfrage an den Update-Dienst senden? [y/N]</translation>
    </message>
    <message>
        <source>Installed the databases version %1 (%2 records, released %3).</source>
        <translation>Die Datenbanken der Version %1 wurden installiert (%2 Einträge, veröffentlicht am %3).</translation>
    </message>
    <message>
        <source>The databases version %1 is installed already; nothing changed.</source>
        <translation>Die Datenbanken der Version %1 sind bereits installiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Aktualität: %1</translation>
    </message>
    <message>
        <source>Use &apos;update schedule [on|off] [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;update schedule [on|off] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Scheduled updates are on.</source>
        <translation>Geplante Updates sind eingeschaltet.</translation>
    </message>
    <message>
        <source>Scheduled updates are off.</source>
        <translation>Geplante Updates sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Next scheduled update: %1</source>
        <translation>Nächstes geplantes Update: %1</translation>
    </message>
    <message>
        <source>It would not be sent now either: %1</source>
        <translation>Die Anfrage würde auch jetzt nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Declined: nothing was sent.</source>
        <translation>Abgelehnt: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Use &apos;update [--dry-run] [--yes] [--json]&apos; or &apos;update schedule [on|off]&apos;.</source>
        <translation>Verwenden Sie &apos;update [--dry-run] [--yes] [--json]&apos; oder &apos;update schedule [on|off]&apos;.</translation>
    </message>
    <message>
        <source>help-url PLACE [--lang TAG] [--json]       the localized help link of a place; sends nothing</source>
        <translation>help-url PLACE [--lang TAG] [--json]       der lokalisierte Hilfelink einer Stelle; sendet nichts</translation>
    </message>
    <message>
        <source>help-pages [--json]                        the places that offer help, with their page IDs</source>
        <translation>help-pages [--json]                        die Stellen mit Hilfe und ihre Seiten-IDs</translation>
    </message>
    <message>
        <source>update [--dry-run] [--yes] [--json]        show the exact database update request, ask, send it, install
  update schedule [on|off] [--json]          scheduled updates</source>
        <translation>update [--dry-run] [--yes] [--json]        die genaue Anfrage für das Datenbank-Update zeigen, nachfragen, senden, installieren
  update schedule [on|off] [--json]          geplante Updates</translation>
    </message>
    <message>
        <source>check [--dry-run] [--force] [--json]       the periodic license check, when due (keys from a code only)</source>
        <translation>check [--dry-run] [--force] [--json]       die regelmäßige Lizenzprüfung, wenn fällig (nur Schlüssel aus einem Code)</translation>
    </message>
    <message>
        <source>agreement [show|accept|withdraw] [--json]  the data-provision agreement for updates and help links</source>
        <translation>agreement [show|accept|withdraw] [--json]  die Vereinbarung zur Datenbereitstellung für Updates und Hilfelinks</translation>
    </message>
    <message>
        <source>consent [--json]                           the consents given
  consent withdraw code-activation|data-provision [--json]</source>
        <translation>consent [--json]                           die erteilten Einwilligungen
  consent withdraw code-activation|data-provision [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Light Agent licensing from the command line.</source>
        <translation>Light Agent-Lizenzierung über die Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Den Zustand im Verzeichnis DIR speichern.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Das Anbieterprofil FILE verwenden.</translation>
    </message>
    <message>
        <source>Print JSON for programs.</source>
        <translation>JSON für Programme ausgeben.</translation>
    </message>
    <message>
        <source>status: evaluate on DATE instead of today.</source>
        <translation>status: am Datum DATE statt heute auswerten.</translation>
    </message>
    <message>
        <source>Show what would happen; change and send nothing.</source>
        <translation>Zeigen, was geschehen würde; nichts ändern und nichts senden.</translation>
    </message>
    <message>
        <source>check: check now even if no check is due yet.</source>
        <translation>check: jetzt prüfen, auch wenn noch keine Prüfung fällig ist.</translation>
    </message>
    <message>
        <source>activate: send without asking (you have seen the request).</source>
        <translation>activate: ohne Nachfrage senden (Sie haben die Anfrage gesehen).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Was zu tun ist; siehe unten.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>Die Sprache „%1“ ist nicht verfügbar; es wird %2 verwendet.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Use &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Was die Aktivierung mit den Schlüsseln tun wird:</translation>
    </message>
    <message>
        <source>Use &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; or &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</source>
        <translation>Verwenden Sie &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; oder &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Aktiver Schlüssel jetzt</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Reserveschlüssel jetzt</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Empfangener Schlüssel</translation>
    </message>
    <message>
        <source>Apply the key %1 as the active key, losing the license time above? [y/N]</source>
        <translation>Den Schlüssel %1 als aktiven Schlüssel anwenden und die oben genannte Lizenzzeit verlieren? [y/N]</translation>
    </message>
    <message>
        <source>Apply the key %1 as the reserve key, losing the license time above? [y/N]</source>
        <translation>Den Schlüssel %1 als Reserveschlüssel anwenden und die oben genannte Lizenzzeit verlieren? [y/N]</translation>
    </message>
    <message>
        <source>The key is kept as a received key; nothing of the current keys changed. To apply it later: &apos;lightagent-ctl key received apply --replace&apos;; to add it as the reserve key: &apos;lightagent-ctl key received reserve&apos;; to drop it: &apos;lightagent-ctl key received discard&apos;.</source>
        <translation>Der Schlüssel wird als empfangener Schlüssel aufbewahrt; an den aktuellen Schlüsseln hat sich nichts geändert. Später anwenden: &apos;lightagent-ctl key received apply --replace&apos;; als Reserveschlüssel hinzufügen: &apos;lightagent-ctl key received reserve&apos;; verwerfen: &apos;lightagent-ctl key received discard&apos;.</translation>
    </message>
    <message>
        <source>Applying it would change this:</source>
        <translation>Das Anwenden würde Folgendes ändern:</translation>
    </message>
    <message>
        <source>The received key %1 was applied:</source>
        <translation>Der empfangene Schlüssel %1 wurde angewendet:</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Es gibt keinen empfangenen Schlüssel, der noch nicht angewendet wurde.</translation>
    </message>
    <message>
        <source>%1  %2, %3, valid to %4; received %5 for the code %6</source>
        <extracomment>%1 serial, %2 type, %3 what it licenses, %4 last day, %5 date and time received</extracomment>
        <translation>%1  %2, %3, gültig bis %4; empfangen %5 für den Code %6</translation>
    </message>
    <message>
        <source>Apply one with &apos;key received apply [SERIAL]&apos;, add it as the reserve key with &apos;key received reserve [SERIAL]&apos;, or drop it with &apos;key received discard [SERIAL]&apos;.</source>
        <translation>Wenden Sie einen mit &apos;key received apply [SERIAL]&apos; an, fügen Sie ihn mit &apos;key received reserve [SERIAL]&apos; als Reserveschlüssel hinzu oder verwerfen Sie ihn mit &apos;key received discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;key received&apos;, or &apos;key received apply|reserve|discard [SERIAL]&apos;.</source>
        <translation>Verwenden Sie &apos;key received&apos; oder &apos;key received apply|reserve|discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>The received key %1 was discarded.</source>
        <translation>Der empfangene Schlüssel %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>The key %1 that the licensing service issued was not applied: %2</source>
        <translation>Der vom Lizenzierungsdienst ausgestellte Schlüssel %1 wurde nicht angewendet: %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1. Applying it as chosen would lose license time, so it is shown beside the key it replaces:</source>
        <translation>Der Lizenzierungsdienst hat den Schlüssel %1 ausgestellt. Ihn wie gewählt anzuwenden, würde Lizenzzeit kosten; deshalb wird er neben dem Schlüssel gezeigt, den er ersetzt:</translation>
    </message>
    <message>
        <source>key inspect FILE [--json]                  verify a key file, change nothing
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      keys the service issued that were not applied
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</source>
        <translation>key inspect FILE [--json]                  eine Schlüsseldatei prüfen, nichts ändern
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      vom Dienst ausgestellte Schlüssel, die nicht angewendet wurden
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</translation>
    </message>
    <message>
        <source>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             show the exact request and what it will do with the keys, ask, then send it</source>
        <translation>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             die genaue Anfrage zeigen und was sie mit den Schlüsseln tun wird, nachfragen, dann senden</translation>
    </message>
    <message>
        <source>  0  success
  1  unexpected failure
  2  usage error
  3  invalid input (a malformed or unverifiable key file, code or answer)
  4  refused by the key-store rules or the license level
  5  a file could not be read or written
  6  the state database could not be opened or changed
  7  another process is changing the state; try again
  8  the service could not be reached securely
  9  the service refused or answered outside the contract
  10 declined by the administrator
  11 the key received was kept, not applied: applying it would remove a valid key or shorten the license (confirm with --replace or &apos;key received&apos;)
</source>
        <translation>  0  Erfolg
  1  unerwarteter Fehler
  2  Fehler bei der Verwendung
  3  ungültige Eingabe (fehlerhafte oder nicht verifizierbare Schlüsseldatei, Code oder Antwort)
  4  von den Regeln des Schlüsselspeichers oder vom Funktionsumfang der Lizenz abgelehnt
  5  eine Datei konnte nicht gelesen oder geschrieben werden
  6  die Zustandsdatenbank konnte nicht geöffnet oder geändert werden
  7  ein anderer Prozess ändert gerade den Zustand; versuchen Sie es erneut
  8  der Dienst war nicht sicher erreichbar
  9  der Dienst hat abgelehnt oder entgegen dem Schnittstellenvertrag geantwortet
  10 vom Administrator abgelehnt
  11 der empfangene Schlüssel wurde aufbewahrt, nicht angewendet: das Anwenden würde einen gültigen Schlüssel entfernen oder die Lizenz verkürzen (bestätigen mit --replace oder über &apos;key received&apos;)
</translation>
    </message>
    <message>
        <source>key add, activate: add the key as the reserve key (beside the active key).</source>
        <translation>key add, activate: den Schlüssel als Reserveschlüssel hinzufügen (neben dem aktiven Schlüssel).</translation>
    </message>
    <message>
        <source>activate, key received: apply the key even where it removes a valid key or shortens the time the license covers.</source>
        <translation>activate, key received: den Schlüssel auch dann anwenden, wenn dadurch ein gültiger Schlüssel entfernt oder die Laufzeit der Lizenz verkürzt wird.</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>Nicht zulässig. %1</translation>
    </message>
    <message>
        <source>Valid:         %1 to %2 (%3)</source>
        <translation>Gültig:            %1 bis %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>abgelaufen vor %n Tag</numerusform>
            <numerusform>abgelaufen vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU): the text printed, the interface language that requests report, and help links. Without it: the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), but English with --json.</source>
        <translation>Die Sprache TAG verwenden (en, ru, de, fr; z. B. ru-RU): für den ausgegebenen Text, die Oberflächensprache, die Anfragen melden, und Hilfe-Links. Ohne die Option: die Sprache des Gebietsschemas (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), mit --json jedoch Englisch.</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <extracomment>%1 is the host that receives the request, with what it is</extracomment>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>warn-days: %1 (a warning from %2 days before the license stops covering, critical from %3 days)</source>
        <translation>warn-days: %1 (Warnung ab %2 Tagen vor dem Ende der Lizenzdeckung, kritisch ab %3 Tagen)</translation>
    </message>
    <message>
        <source>Use &apos;config show&apos; or &apos;config set warn-days 30,14,7,1&apos;.</source>
        <translation>Verwenden Sie &apos;config show&apos; oder &apos;config set warn-days 30,14,7,1&apos;.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the one setting is warn-days.</source>
        <translation>Es gibt keine Einstellung „%1“; die einzige Einstellung ist warn-days.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact and extends the kept head %1: %n entries checked.</source>
        <translation>
            <numerusform>Das Journal ist unversehrt und setzt den aufbewahrten Kopf %1 fort: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Journal ist unversehrt und setzt den aufbewahrten Kopf %1 fort: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; or &apos;journal export FILE&apos;.</source>
        <translation>Verwenden Sie &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; oder &apos;journal export FILE&apos;.</translation>
    </message>
    <message>
        <source>The license state cannot be read: %1</source>
        <translation>Der Lizenzstatus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Warning level: %1 — %2</source>
        <translation>Warnstufe:     %1 — %2</translation>
    </message>
    <message>
        <source>Then:          %1</source>
        <translation>Danach:        %1</translation>
    </message>
    <message>
        <source>--nagios and --prometheus cannot be combined.</source>
        <translation>--nagios und --prometheus können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>status [--json] [--on-date YYYY-MM-DD]   the license state
  status --nagios | --prometheus              for monitoring: a plugin line and exit code, or metrics</source>
        <translation>status [--json] [--on-date YYYY-MM-DD]   der Lizenzstatus
  status --nagios | --prometheus              für das Monitoring: eine Plugin-Zeile und Exit-Code oder Metriken</translation>
    </message>
    <message>
        <source>journal [--json]                           everything that was sent, oldest first
  journal verify [--json]                    check the hash chain; exit 3 names the first bad entry
  journal head [--json]                      the current head SEQ:HASH, to keep elsewhere
  journal verify --head SEQ:HASH             also check that the journal still extends a kept head
  journal export FILE                        JSON Lines with prevHash and hash</source>
        <translation>journal [--json]                           alles, was gesendet wurde, älteste Einträge zuerst
  journal verify [--json]                    die Hash-Kette prüfen; Exit-Code 3 nennt den ersten fehlerhaften Eintrag
  journal head [--json]                      der aktuelle Kopf SEQ:HASH, zum Aufbewahren anderswo
  journal verify --head SEQ:HASH             auch prüfen, ob das Journal einen aufbewahrten Kopf noch fortsetzt
  journal export FILE                        JSON Lines mit prevHash und hash</translation>
    </message>
    <message>
        <source>config show [--json]                       the settings
  config set warn-days 30,14,7,1             days before the end that warnings begin</source>
        <translation>config show [--json]                       die Einstellungen
  config set warn-days 30,14,7,1             Tage vor dem Ende, ab denen gewarnt wird</translation>
    </message>
    <message>
        <source>status: one monitoring-plugin line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>status: eine Zeile für Monitoring-Plugins; Exit-Code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>status: metrics in the Prometheus text format (node_exporter&apos;s textfile collector).</source>
        <translation>status: Metriken im Prometheus-Textformat (Textfile-Collector von node_exporter).</translation>
    </message>
    <message>
        <source>journal verify: the journal must still extend this head, kept elsewhere.</source>
        <translation>journal verify: das Journal muss diesen anderswo aufbewahrten Kopf noch fortsetzen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DashboardPage</name>
    <message>
        <source>Functionality:</source>
        <comment>license level</comment>
        <extracomment>Caption of the functionality level: full, limited, none</extracomment>
        <translation>Funktionalität:</translation>
    </message>
    <message>
        <source>Functionality level</source>
        <translation>Stufe der Funktionalität</translation>
    </message>
    <message>
        <source>Timeline of the active key</source>
        <translation>Zeitleiste des aktiven Schlüssels</translation>
    </message>
    <message>
        <source>License</source>
        <comment>page title</comment>
        <extracomment>Page title: the license of this installation</extracomment>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>Schlüsseldatei hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Verify a key file on this computer and choose how to add it. Nothing is sent.</source>
        <translation>Eine Schlüsseldatei auf diesem Computer prüfen und auswählen, wie sie hinzugefügt wird. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Demo vendor profile</source>
        <extracomment>Badge: the console runs with the built-in demonstration vendor profile</extracomment>
        <translation>Demo-Anbieterprofil</translation>
    </message>
    <message>
        <source>This console uses the built-in demo vendor profile. It trusts only key files signed by the demo vendor and talks only to the demo licensing service; keys from a real vendor are refused. Start the console with --profile FILE to use your vendor&apos;s profile.</source>
        <translation>Diese Konsole verwendet das integrierte Demo-Anbieterprofil. Es vertraut nur Schlüsseldateien, die vom Demo-Anbieter signiert wurden, und kommuniziert nur mit dem Demo-Lizenzierungsdienst; Schlüssel eines echten Anbieters werden abgelehnt. Starten Sie die Konsole mit --profile FILE, um das Profil Ihres Anbieters zu verwenden.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Activate with a key file, which sends nothing, or with an activation code, after you have seen the exact data it sends.</source>
        <translation>Aktivieren Sie mit einer Schlüsseldatei, die nichts sendet, oder mit einem Aktivierungscode, nachdem Sie die genauen Daten gesehen haben, die er sendet.</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>Ak&amp;tivieren…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionAgreement</name>
    <message>
        <source>About data provision</source>
        <translation>Über die Datenbereitstellung</translation>
    </message>
    <message>
        <source>When databases and application modules are updated</source>
        <translation>Beim Update von Datenbanken und Programmmodulen</translation>
    </message>
    <message>
        <source>Scheduled updates can be switched off; an update can always be previewed first.</source>
        <translation>Geplante Updates können ausgeschaltet werden; ein Update kann immer zuerst in der Vorschau angezeigt werden.</translation>
    </message>
    <message>
        <source>When you follow links from the interface</source>
        <translation>Beim Aufrufen von Links aus der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>The link is shown before it is opened.</source>
        <translation>Der Link wird angezeigt, bevor er geöffnet wird.</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution</source>
        <translation>Bei Verwendung eines Aktivierungscodes zur Aktivierung der Lösung</translation>
    </message>
    <message>
        <source>Not covered by this agreement: every activation with a code shows the exact request and asks you first. The same information is then sent periodically to verify that the solution is used appropriately, until you withdraw that consent. If you do not agree to send it, activate with a key file: that sends nothing.</source>
        <translation>Nicht von dieser Vereinbarung abgedeckt: Jede Aktivierung mit einem Code zeigt die genaue Anfrage und fragt Sie zuerst. Dieselben Informationen werden danach regelmäßig gesendet, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird, bis Sie diese Einwilligung widerrufen. Wenn Sie dem Senden nicht zustimmen, aktivieren Sie mit einer Schlüsseldatei: Dabei wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The vendor may use this information to generate statistical information about the distribution and use of its software. The received information is protected in accordance with the law and the vendor&apos;s rules. All of it travels over encrypted channels.</source>
        <translation>Der Anbieter kann diese Informationen verwenden, um statistische Informationen über die Verbreitung und Verwendung seiner Software zu erstellen. Die empfangenen Informationen werden gemäß den gesetzlichen Bestimmungen und den Regeln des Anbieters geschützt. Alle Informationen werden über verschlüsselte Kanäle übertragen.</translation>
    </message>
    <message>
        <source>How it is processed, stored and destroyed is described in the privacy policy: %1</source>
        <translation>Wie sie verarbeitet, gespeichert und vernichtet werden, ist in der Datenschutzerklärung beschrieben: %1</translation>
    </message>
    <message>
        <source>The link was not opened and nothing was sent: following links from the console sends data only under the data-provision agreement, which is not accepted.</source>
        <translation>Der Link wurde nicht geöffnet, und es wurde nichts gesendet: Das Aufrufen von Links aus der Konsole sendet nur im Rahmen der Vereinbarung zur Datenbereitstellung Daten, und diese ist nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Nothing was sent: database updates send data only under the data-provision agreement, which is not accepted.</source>
        <translation>Es wurde nichts gesendet: Datenbank-Updates senden nur im Rahmen der Vereinbarung zur Datenbereitstellung Daten, und diese ist nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Read it and accept it in the console, or with &apos;lightagent-ctl agreement show&apos; and &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>Lesen und akzeptieren Sie sie in der Konsole oder mit &apos;lightagent-ctl agreement show&apos; und &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>By accepting this agreement, you allow the console to send the following information automatically, each kind only to the hosts named with it below (as the vendor profile of %1 sets them). Nothing else is sent, and every transmission can be previewed beforehand and read afterwards in the transmission journal.</source>
        <extracomment>%1 is the vendor&apos;s name</extracomment>
        <translation>Durch das Akzeptieren dieser Vereinbarung erlauben Sie der Konsole, die folgenden Informationen automatisch zu senden, jede Art nur an die unten bei ihr genannten Hosts (wie sie das Anbieterprofil von %1 festlegt). Sonst wird nichts gesendet, und jede Übertragung kann vorher in der Vorschau angezeigt und nachher im Übertragungsprotokoll nachgelesen werden.</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <extracomment>%1 lists the hosts that receive this kind of data, each with what it is</extracomment>
        <translation>Gesendet an: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionPage</name>
    <message>
        <source>Data provision</source>
        <comment>page title</comment>
        <extracomment>Page title: what the console sends to the vendor, and when</extracomment>
        <translation>Datenbereitstellung</translation>
    </message>
    <message>
        <source>The console sends data to the vendor on three occasions only, listed below with every field it sends. Preview now shows the exact request that would be sent at this moment; previewing sends nothing. Every transmission is recorded in the transmission journal.</source>
        <translation>Die Konsole sendet nur bei drei Gelegenheiten Daten an den Anbieter; sie sind unten mit jedem gesendeten Feld aufgeführt. „Vorschau anzeigen“ zeigt die genaue Anfrage, die in diesem Moment gesendet würde; die Vorschau sendet nichts. Jede Übertragung wird im Übertragungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Your consent to activation with a code:</source>
        <translation>Ihre Einwilligung zur Aktivierung mit einem Code:</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Einwilligung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>All data is sent over encrypted connections (TLS) only.</source>
        <translation>Alle Daten werden ausschließlich über verschlüsselte Verbindungen (TLS) gesendet.</translation>
    </message>
    <message>
        <source>The vendor protects the information it receives as the law and its own rules require.</source>
        <translation>Der Anbieter schützt die empfangenen Informationen gemäß den gesetzlichen Bestimmungen und seinen eigenen Regeln.</translation>
    </message>
    <message>
        <source>How the vendor processes, stores and destroys this information: %1</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>Wie der Anbieter diese Informationen verarbeitet, speichert und vernichtet: %1</translation>
    </message>
    <message>
        <source>the vendor&apos;s privacy policy</source>
        <translation>die Datenschutzerklärung des Anbieters</translation>
    </message>
    <message>
        <source>Updates of databases and application modules</source>
        <translation>Updates von Datenbanken und Programmmodulen</translation>
    </message>
    <message>
        <source>Each update run gets a new update task ID; the license ID is the serial number of the active key.</source>
        <translation>Jeder Update-Lauf erhält eine neue ID der Update-Aufgabe; die Lizenz-ID ist die Seriennummer des aktiven Schlüssels.</translation>
    </message>
    <message>
        <source>Links followed from the console</source>
        <translation>Aus der Konsole aufgerufene Links</translation>
    </message>
    <message>
        <source>The data travels in the address your web browser opens. The preview shows the help link of this page; every help link carries the same parameters.</source>
        <translation>Die Daten werden in der Adresse übertragen, die Ihr Webbrowser öffnet. Die Vorschau zeigt den Hilfelink dieser Seite; jeder Hilfelink enthält dieselben Parameter.</translation>
    </message>
    <message>
        <source>Activation with an activation code</source>
        <translation>Aktivierung mit einem Aktivierungscode</translation>
    </message>
    <message>
        <source>This data is also sent periodically, to verify that the solution is used appropriately. The vendor may use it to generate statistics on the distribution and use of its software. If you do not agree to send it, activate with a key file instead: a key file is verified on this computer and sends nothing.</source>
        <translation>Diese Daten werden auch regelmäßig gesendet, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird. Der Anbieter kann sie verwenden, um Statistiken über die Verbreitung und Verwendung seiner Software zu erstellen. Wenn Sie dem Senden nicht zustimmen, aktivieren Sie stattdessen mit einer Schlüsseldatei: Eine Schlüsseldatei wird auf diesem Computer geprüft und sendet nichts.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Gesendete Daten: %1</translation>
    </message>
    <message>
        <source>Show the exact request that would be sent now. Nothing is sent.</source>
        <translation>Die genaue Anfrage anzeigen, die jetzt gesendet würde. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Preview now: %1</source>
        <translation>Vorschau anzeigen: %1</translation>
    </message>
    <message>
        <source>The agreement for updates and followed links cannot be read: %1</source>
        <translation>Die Vereinbarung für Updates und aufgerufene Links kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You have not agreed to data provision for updates and followed links, so nothing of these two kinds is sent.</source>
        <translation>Sie haben der Datenbereitstellung für Updates und aufgerufene Links nicht zugestimmt, daher wird für diese beiden Arten nichts gesendet.</translation>
    </message>
    <message>
        <source>You agreed to data provision for updates and followed links on %1.</source>
        <translation>Sie haben der Datenbereitstellung für Updates und aufgerufene Links am %1 zugestimmt.</translation>
    </message>
    <message>
        <source>You withdrew your agreement to data provision for updates and followed links on %1, so nothing of these two kinds is sent.</source>
        <translation>Sie haben Ihre Zustimmung zur Datenbereitstellung für Updates und aufgerufene Links am %1 widerrufen, daher wird für diese beiden Arten nichts gesendet.</translation>
    </message>
    <message>
        <source>The consent cannot be read: %1</source>
        <translation>Die Einwilligung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Never given. Nothing of this kind has been sent: the console asks for your consent, showing the exact request, when you activate with a code.</source>
        <translation>Nie erteilt. Für diese Art wurde nichts gesendet: Die Konsole bittet um Ihre Einwilligung und zeigt die genaue Anfrage, wenn Sie mit einem Code aktivieren.</translation>
    </message>
    <message>
        <source>Given on %1, to send this data and to re-send it periodically for license verification.</source>
        <translation>Erteilt am %1, um diese Daten zu senden und sie zur Lizenzprüfung regelmäßig erneut zu senden.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2). The periodic license check is stopped; nothing more is sent until you activate with a code again.</source>
        <translation>Widerrufen am %1 (erteilt am %2). Die regelmäßige Lizenzprüfung ist beendet; es wird nichts mehr gesendet, bis Sie erneut mit einem Code aktivieren.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Withdraw your consent to send activation data?

The periodic license check of the key activated with a code stops, so nothing more is sent for it. A key file works without sending anything; you can activate with one at any time.</source>
        <translation>Ihre Einwilligung zum Senden der Aktivierungsdaten widerrufen?

Die regelmäßige Lizenzprüfung des mit einem Code aktivierten Schlüssels endet, daher wird dafür nichts mehr gesendet. Eine Schlüsseldatei funktioniert, ohne etwas zu senden; Sie können jederzeit mit einer Schlüsseldatei aktivieren.</translation>
    </message>
    <message>
        <source>The consent was not withdrawn: %1</source>
        <translation>Die Einwilligung wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>There is no preview for this kind of transmission.</source>
        <translation>Für diese Art von Übertragung gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>Die Anfrage konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Sample: no key was activated with a code, so this preview uses the sample code %1 in place of a real one. Everything else is the data that would be sent now.</source>
        <translation>Beispiel: Es wurde kein Schlüssel mit einem Code aktiviert, daher verwendet diese Vorschau anstelle eines echten Codes den Beispielcode %1. Alles andere sind die Daten, die jetzt gesendet würden.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Vereinbarung an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Die Erklärung des Anbieters zur Datenbereitstellung lesen und zustimmen oder Ihre Zustimmung widerrufen.</translation>
    </message>
    <message>
        <source>Preview now…</source>
        <translation>Vorschau anzeigen…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseBundle</name>
    <message>
        <source>The database bundle is larger than 64 KiB.</source>
        <translation>Das Datenbankpaket ist größer als 64 KiB.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseStatus</name>
    <message>
        <source>No databases installed yet.</source>
        <translation>Noch keine Datenbanken installiert.</translation>
    </message>
    <message>
        <source>Version %1, released %2, %3 records — %4</source>
        <translation>Version %1, veröffentlicht am %2, %3 Einträge — %4</translation>
    </message>
</context>
<context>
    <name>LightAgent::DisplayText</name>
    <message>
        <source>0 (today is the last valid day)</source>
        <comment>days left</comment>
        <translation>0 (heute ist der letzte gültige Tag)</translation>
    </message>
    <message>
        <source>None (expired on %1)</source>
        <comment>days left</comment>
        <translation>Keine (abgelaufen am %1)</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreview</name>
    <message>
        <source>Method:</source>
        <comment>HTTP method</comment>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>The full address a request goes to</extracomment>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <comment>HTTP headers</comment>
        <translation>Header:</translation>
    </message>
    <message>
        <source>SHA-256 of the body:</source>
        <translation>SHA-256 des Inhalts:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Column headers of the table of data to be sent</extracomment>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Fields that will be sent</source>
        <translation>Felder, die gesendet werden</translation>
    </message>
    <message>
        <source>Exact bytes that will be sent</source>
        <translation>Exakte Bytes, die gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Fields in words</source>
        <translation>Felder in W&amp;orten</translation>
    </message>
    <message>
        <source>E&amp;xact bytes</source>
        <translation>Exakte &amp;Bytes</translation>
    </message>
    <message>
        <source>No request to show.</source>
        <translation>Keine Anfrage zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 — your web browser will open this address:</source>
        <translation>%1 — Ihr Webbrowser öffnet diese Adresse:</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent over an encrypted connection:</source>
        <translation>%1 — genau diese Anfrage wird über eine verschlüsselte Verbindung gesendet:</translation>
    </message>
    <message>
        <source>None set by the console; the browser sends its usual headers.</source>
        <translation>Keine von der Konsole gesetzt; der Browser sendet seine üblichen Header.</translation>
    </message>
    <message>
        <source>The exact address, as the browser receives it.</source>
        <translation>Die genaue Adresse, wie der Browser sie erhält.</translation>
    </message>
    <message>
        <source>Exact address that will be opened</source>
        <translation>Exakte Adresse, die geöffnet wird</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation>
            <numerusform>%n Byte kopiert.</numerusform>
            <numerusform>%n Bytes kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the exact request</source>
        <translation>Genaue Anfrage speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HTTP requests (*.http);;All files (*)</source>
        <translation>HTTP-Anfragen (*.http);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The request could not be saved to %1: %2</source>
        <translation>Die Anfrage konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n byte(s).</source>
        <translation>
            <numerusform>%n Byte gespeichert.</numerusform>
            <numerusform>%n Bytes gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spei&amp;chern…</translation>
    </message>
    <message>
        <source>E&amp;xact address</source>
        <translation>Exakte Adr&amp;esse</translation>
    </message>
    <message>
        <source>Besides these, the connection adds only Host, Content-Length and Connection, shown under Exact bytes.</source>
        <translation>Außerdem fügt die Verbindung nur Host, Content-Length und Connection hinzu, die unter „Exakte Bytes“ angezeigt werden.</translation>
    </message>
    <message>
        <source>Exactly the bytes written to the encrypted connection, shown as UTF-8: the product&apos;s headers, plus the Host, Content-Length and Connection the connection adds; lines end with CR LF. Copy and Save give these bytes unchanged.</source>
        <translation>Genau die Bytes, die in die verschlüsselte Verbindung geschrieben werden, als UTF-8 dargestellt: die Header des Produkts sowie Host, Content-Length und Connection, die die Verbindung hinzufügt; Zeilen enden mit CR LF. „Kopieren“ und „Speichern“ liefern diese Bytes unverändert.</translation>
    </message>
    <message>
        <source>One row for each field of the request body: its name, the value that will be sent and what it is.</source>
        <translation>Eine Zeile für jedes Feld des Anfragetexts: sein Name, der Wert, der gesendet wird, und was er bedeutet.</translation>
    </message>
    <message>
        <source>Route:</source>
        <extracomment>How the request reaches the service: directly or through a proxy</extracomment>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Exact request the proxy receives</source>
        <translation>Genaue Anfrage, die der Proxy erhält</translation>
    </message>
    <message>
        <source>Received by:</source>
        <extracomment>The host that receives the request, and what it is</extracomment>
        <translation>Empfänger:</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>Window title; %1 is the kind of transmission, e.g. &quot;Activation with a code&quot;</extracomment>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>This is what would be sent now, built from the current data. Previewing sends nothing.</source>
        <translation>Dies würde jetzt gesendet, erstellt aus den aktuellen Daten. Die Vorschau sendet nichts.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpCatalog</name>
    <message>
        <source>About the license</source>
        <translation>Über die Lizenz</translation>
    </message>
    <message>
        <source>About license keys</source>
        <translation>Über Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Activating the solution</source>
        <translation>Aktivieren der Lösung</translation>
    </message>
    <message>
        <source>About data provision</source>
        <translation>Über die Datenbereitstellung</translation>
    </message>
    <message>
        <source>About the subscription</source>
        <translation>Über das Abonnement</translation>
    </message>
    <message>
        <source>Replacing a key</source>
        <translation>Ersetzen eines Schlüssels</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Help catalog entry %1</source>
        <extracomment>%1 is the position of the entry in the help catalog, counting from 1</extracomment>
        <translation>Eintrag %1 des Hilfekatalogs</translation>
    </message>
    <message>
        <source>%1 needs a &quot;place&quot; and a &quot;link&quot; of lower-case letters, digits and underscores.</source>
        <translation>%1 braucht „place“ und „link“ aus Kleinbuchstaben, Ziffern und Unterstrichen.</translation>
    </message>
    <message>
        <source>%1 (%2) has no title.</source>
        <translation>%1 (%2) hat keinen Titel.</translation>
    </message>
    <message>
        <source>%1 (%2) names an unknown target &quot;%3&quot;.</source>
        <translation>%1 (%2) nennt ein unbekanntes Ziel „%3“.</translation>
    </message>
    <message>
        <source>%1 (%2) needs a &quot;pageId&quot; of digits.</source>
        <translation>%1 (%2) braucht eine „pageId“ aus Ziffern.</translation>
    </message>
    <message>
        <source>Cannot read the help catalog %1: %2</source>
        <translation>Der Hilfekatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The help catalog is not valid JSON: %1</source>
        <translation>Der Hilfekatalog ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The help catalog&apos;s format is not &quot;%1&quot;.</source>
        <translation>Das Format des Hilfekatalogs ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The help catalog lists the place &quot;%1&quot; twice.</source>
        <translation>Der Hilfekatalog führt die Stelle „%1“ doppelt auf.</translation>
    </message>
    <message>
        <source>The help catalog lists no pages.</source>
        <translation>Der Hilfekatalog enthält keine Seiten.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkBuilder</name>
    <message>
        <source>There is no help for &quot;%1&quot;. Places with help: %2.</source>
        <translation>Für „%1“ gibt es keine Hilfe. Stellen mit Hilfe: %2.</translation>
    </message>
    <message>
        <source>The vendor profile names no privacy policy.</source>
        <translation>Das Anbieterprofil nennt keine Datenschutzerklärung.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkButton</name>
    <message>
        <source>Help</source>
        <extracomment>A button that opens the online help of the page it is on</extracomment>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>%1
Opens %2</source>
        <extracomment>Tooltip of a help button: %1 the help topic, %2 the exact address it opens</extracomment>
        <translation>%1
Öffnet %2</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <extracomment>Accessible name of a help button; %1 is the help topic</extracomment>
        <translation>Hilfe: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkPreviewDialog</name>
    <message>
        <source>Open help link</source>
        <translation>Hilfelink öffnen</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <extracomment>%1 is the title of a help topic, e.g. &quot;About data provision&quot;</extracomment>
        <translation>„%1“ im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Opening this link sends exactly what is shown below to %1, and the visit is recorded in the journal.</source>
        <extracomment>%1 is the host that receives the link, with what it is, e.g. &quot;click.kaspersky.com (the help redirector: a public site of a real vendor, not of Demo vendor)&quot;</extracomment>
        <translation>Beim Öffnen dieses Links wird genau das unten Gezeigte an %1 gesendet, und der Aufruf wird im Übertragungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adresse des Links</translation>
    </message>
    <message>
        <source>&amp;Data in the address:</source>
        <translation>&amp;Daten in der Adresse:</translation>
    </message>
    <message>
        <source>Data in the address</source>
        <translation>Daten in der Adresse</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>This address carries no data about this installation. Like any web page, the site sees your computer&apos;s network address when it is opened.</source>
        <translation>Diese Adresse enthält keine Daten über diese Installation. Wie bei jeder Webseite sieht die Website beim Öffnen die Netzwerkadresse Ihres Computers.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t show this preview again</source>
        <translation>Diese Vorschau &amp;nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Links will then open at once, and are still recorded in the journal. Turn the preview back on with Help ▸ Preview help links before opening.</source>
        <extracomment>&quot;Help ▸ Preview help links before opening&quot; names the menu and its item</extracomment>
        <translation>Links werden dann sofort geöffnet und weiterhin im Übertragungsprotokoll festgehalten. Die Vorschau lässt sich unter Hilfe ▸ Hilfelinks vor dem Öffnen anzeigen wieder einschalten.</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpMenu</name>
    <message>
        <source>Online help</source>
        <translation>Online-Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Online &amp;help</source>
        <translation>Online-&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;data provision</source>
        <translation>Über die &amp;Datenbereitstellung</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>Daten&amp;schutzerklärung</translation>
    </message>
    <message>
        <source>Pre&amp;view help links before opening</source>
        <translation>Hilfelinks vor dem Öffnen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the address of a help link and the data it carries before it is opened.</source>
        <translation>Adresse eines Hilfelinks und die darin enthaltenen Daten vor dem Öffnen anzeigen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpOpener</name>
    <message>
        <source>Online help</source>
        <extracomment>Title of message boxes about following a help link</extracomment>
        <translation>Online-Hilfe</translation>
    </message>
    <message>
        <source>Online help links send data to the vendor&apos;s help site: the interface language, the name of the link, the type and version of the solution and the ID of the help page.

The console sends them only under the data provision agreement, which also covers database updates. You can read the vendor&apos;s statement, and withdraw the agreement at any time, on the Data provision page.

Do you accept the data provision agreement?</source>
        <translation>Links zur Online-Hilfe senden Daten an die Hilfe-Website des Anbieters: die Sprache der Benutzeroberfläche, den Namen des Links, Typ und Version der Lösung und die ID der Hilfeseite.

Die Konsole sendet sie nur im Rahmen der Vereinbarung zur Datenbereitstellung, die auch Datenbank-Updates umfasst. Die Erklärung des Anbieters können Sie auf der Seite „Datenbereitstellung“ lesen und die Vereinbarung dort jederzeit widerrufen.

Akzeptieren Sie die Vereinbarung zur Datenbereitstellung?</translation>
    </message>
    <message>
        <source>The agreement was not recorded, so nothing was sent: %1</source>
        <translation>Die Annahme der Vereinbarung wurde nicht gespeichert, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The link was not opened, because the transmission journal could not record it: %1</source>
        <translation>Der Link wurde nicht geöffnet, weil das Übertragungsprotokoll ihn nicht festhalten konnte: %1</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Kein Webbrowser konnte den Link öffnen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpResponseParser</name>
    <message>
        <source>The service closed the connection before the whole answer arrived.</source>
        <translation>Der Dienst hat die Verbindung geschlossen, bevor die ganze Antwort angekommen ist.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an oversized HTTP header.</source>
        <translation>Die Antwort des Dienstes hat einen übergroßen HTTP-Header.</translation>
    </message>
    <message>
        <source>The service did not answer with HTTP/1.1.</source>
        <translation>Der Dienst hat nicht mit HTTP/1.1 geantwortet.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed header line.</source>
        <translation>Die Antwort des Dienstes hat eine fehlerhafte Headerzeile.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an invalid length.</source>
        <translation>Die Antwort des Dienstes hat eine ungültige Länge.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is larger than %1 bytes; it was not read.</source>
        <translation>Die Antwort des Dienstes ist größer als %1 Bytes; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed chunk.</source>
        <translation>Die Antwort des Dienstes hat einen fehlerhaften Chunk.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has oversized trailers.</source>
        <translation>Die Antwort des Dienstes hat übergroße Trailer.</translation>
    </message>
    <message>
        <source>The service&apos;s answer states two different lengths (Content-Length %1 and %2); it was not read.</source>
        <translation>Die Antwort des Dienstes nennt zwei verschiedene Längen (Content-Length %1 und %2); sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpsClient</name>
    <message>
        <source>Only https:// addresses are allowed; %1 was refused and nothing was sent.</source>
        <translation>Nur https://-Adressen sind zulässig; %1 wurde abgelehnt, und es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled. The request may already have reached the service.</source>
        <translation>Abgebrochen. Die Anfrage hat den Dienst möglicherweise bereits erreicht.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The service&apos;s public key does not match any key pinned in the vendor profile. Nothing was sent.</source>
        <translation>Der öffentliche Schlüssel des Dienstes stimmt mit keinem im Anbieterprofil hinterlegten (gepinnten) Schlüssel überein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed, so nothing more was sent.</source>
        <translation>Der Dienst hat die Anfrage an %1 umgeleitet; Umleitungen werden nicht verfolgt, daher wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>The service at %1 closed the connection during the secure handshake. Nothing was sent.</source>
        <translation>Der Dienst unter %1 hat die Verbindung während des sicheren Handshakes geschlossen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s name %1 could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Der Name %1 des Dienstes konnte nicht aufgelöst werden. Prüfen Sie die DNS-Einstellungen oder das Anbieterprofil.</translation>
    </message>
    <message>
        <source>The service at %1 refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Der Dienst unter %1 hat die Verbindung abgelehnt; er ist möglicherweise nicht verfügbar oder durch eine Firewall blockiert.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with %1 (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Mit %1 konnte keine sichere Verbindung ausgehandelt werden (TLS 1.2 oder höher ist erforderlich). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection: %1</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder konnte sie nicht herstellen: %1</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No secure connection to %1 within %2 seconds. Nothing was sent.</source>
        <translation>Innerhalb von %2 Sekunden keine sichere Verbindung zu %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service did not answer completely within %1 seconds.</source>
        <translation>Der Dienst hat nicht innerhalb von %1 Sekunden vollständig geantwortet.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalAnchor</name>
    <message>
        <source>&quot;%1&quot; is not a journal head. A head is the entry number, a colon and the entry&apos;s 64-digit hash, as &apos;lightagent-ctl journal head&apos; prints it.</source>
        <translation>„%1“ ist kein Journalkopf. Ein Kopf ist die Nummer des Eintrags, ein Doppelpunkt und der 64-stellige Hash des Eintrags, wie &apos;lightagent-ctl journal head&apos; ihn ausgibt.</translation>
    </message>
    <message>
        <source>The head of an empty journal is 0 with 64 zeros; &quot;%1&quot; is not.</source>
        <translation>Der Kopf eines leeren Journals ist 0 mit 64 Nullen; „%1“ ist es nicht.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalEntryView</name>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>The kind of transmission</extracomment>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Größe des Inhalts:</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent:</source>
        <translation>SHA-256 der gesendeten Bytes:</translation>
    </message>
    <message>
        <source>Stored copy:</source>
        <translation>Gespeicherte Kopie:</translation>
    </message>
    <message>
        <source>Request:</source>
        <extracomment>The journal entry of the request that a result belongs to</extracomment>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>SHA-256 received:</source>
        <translation>SHA-256 (empfangen):</translation>
    </message>
    <message>
        <source>Digest check:</source>
        <translation>Prüfsummenvergleich:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Vorheriger Hash:</translation>
    </message>
    <message>
        <source>Entry hash:</source>
        <translation>Hash des Eintrags:</translation>
    </message>
    <message>
        <source>The SHA-256 of the body bytes as the licensing service says it received them.</source>
        <translation>Der SHA-256 der Inhaltsbytes, wie der Lizenzierungsdienst sie nach eigener Aussage empfangen hat.</translation>
    </message>
    <message>
        <source>SHA-256 over the previous entry&apos;s hash and this entry&apos;s fields: changing anything in an entry breaks the chain.</source>
        <translation>SHA-256 über den Hash des vorherigen Eintrags und die Felder dieses Eintrags: Jede Änderung an einem Eintrag unterbricht die Kette.</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent.</source>
        <translation>Wählen Sie einen Eintrag aus, um genau zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>Zum Lesen ein&amp;rücken</translation>
    </message>
    <message>
        <source>Shows the JSON body indented. The bytes sent and stored are compact; the SHA-256 is of those.</source>
        <translation>Zeigt den JSON-Inhalt eingerückt an. Die gesendeten und gespeicherten Bytes sind kompakt; der SHA-256 bezieht sich auf diese.</translation>
    </message>
    <message>
        <source>Body as stored</source>
        <translation>Inhalt wie gespeichert</translation>
    </message>
    <message>
        <source>No body: the data travels in the URL.</source>
        <translation>Kein Inhalt: Die Daten werden in der URL übertragen.</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC: %2)</translation>
    </message>
    <message>
        <source>Entry #%1: request</source>
        <extracomment>Details title; %1 is the entry number</extracomment>
        <translation>Eintrag #%1: Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) sent</source>
        <translation>
            <numerusform>%Ln Byte gesendet</numerusform>
            <numerusform>%Ln Bytes gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical to the bytes sent.</source>
        <translation>Identisch mit den gesendeten Bytes.</translation>
    </message>
    <message>
        <source>The secret fields are masked, so the stored copy&apos;s own SHA-256 differs: %1</source>
        <translation>Die geheimen Felder sind maskiert, daher weicht der eigene SHA-256 der gespeicherten Kopie ab: %1</translation>
    </message>
    <message>
        <source>Entry #%1: result of #%2</source>
        <extracomment>Details title; %1 is the entry number, %2 the number of its request</extracomment>
        <translation>Eintrag #%1: Ergebnis von #%2</translation>
    </message>
    <message>
        <source>Show request #%1</source>
        <translation>Anfrage #%1 anzeigen</translation>
    </message>
    <message>
        <source>None: no HTTP answer arrived.</source>
        <translation>Keiner: Es ist keine HTTP-Antwort eingegangen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not reported by the service.</source>
        <translation>Vom Dienst nicht gemeldet.</translation>
    </message>
    <message>
        <source>Body as stored, in base64 (it is not text):</source>
        <translation>Inhalt wie gespeichert, in Base64 (er ist kein Text):</translation>
    </message>
    <message>
        <source>Body as stored, indented for reading (the bytes themselves are compact), secret fields masked:</source>
        <translation>Inhalt wie gespeichert, zum Lesen eingerückt (die Bytes selbst sind kompakt), geheime Felder maskiert:</translation>
    </message>
    <message>
        <source>Body exactly as stored: the bytes sent, with secret fields masked:</source>
        <translation>Inhalt genau wie gespeichert: die gesendeten Bytes, geheime Felder maskiert:</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>Details tab: the request body as stored</extracomment>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent: %1</source>
        <extracomment>%1 is the SHA-256 of the exact bytes sent, in hex</extracomment>
        <translation>SHA-256 der gesendeten Bytes: %1</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <extracomment>Details tab: every field of the journal entry</extracomment>
        <translation>&amp;Felder</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalModel</name>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>Tooltip of a journal time; %1 is the time in UTC, ISO 8601</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 of the %n byte(s) that were sent:</source>
        <translation>
            <numerusform>SHA-256 des %n gesendeten Bytes:</numerusform>
            <numerusform>SHA-256 der %n gesendeten Bytes:</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the bytes the service says it received:</source>
        <translation>SHA-256 der Bytes, die der Dienst nach eigener Aussage empfangen hat:</translation>
    </message>
    <message>
        <source>The entry&apos;s number in the journal</source>
        <translation>Die Nummer des Eintrags im Protokoll</translation>
    </message>
    <message>
        <source>For a request, the SHA-256 of the exact bytes sent; for a result, the SHA-256 the service says it received</source>
        <translation>Bei einer Anfrage der SHA-256 der exakt gesendeten Bytes; bei einem Ergebnis der SHA-256, den der Dienst nach eigener Aussage empfangen hat</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Journal column: the entry number</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Journal column: the kind of transmission</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Journal column: the request&apos;s method and URL, or the result&apos;s outcome</extracomment>
        <translation>Was</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>SHA-256 (Inhalt)</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalPage</name>
    <message>
        <source>Part of the journal could not be read: %1</source>
        <translation>Ein Teil des Protokolls konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Transmission journal</source>
        <extracomment>Page title: the record of everything that was sent</extracomment>
        <translation>Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>Every transmission this installation made, or was asked to make and declined: the request is recorded before it is sent and its result after. Each entry is chained to the one before by a SHA-256 hash, so a changed or removed entry shows when you verify the journal.</source>
        <translation>Jede Übertragung dieser Installation, auch jede, die angefordert und dann abgelehnt wurde: Die Anfrage wird vor dem Senden festgehalten, ihr Ergebnis danach. Jeder Eintrag ist über einen SHA-256-Hash mit dem vorherigen verkettet, sodass ein geänderter oder entfernter Eintrag bei der Prüfung des Protokolls erkannt wird.</translation>
    </message>
    <message>
        <source>Nothing has been sent from this installation yet. Activation with a key file sends nothing.</source>
        <translation>Von dieser Installation wurde noch nichts gesendet. Die Aktivierung mit einer Schlüsseldatei sendet nichts.</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash and the chain that links them.</source>
        <translation>Den Hash jedes Eintrags und die Kette prüfen, die die Einträge verbindet.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the journal as JSON Lines: one entry per line, with its hashes, so that anyone can check the chain.</source>
        <translation>Das Protokoll als JSON Lines speichern: ein Eintrag pro Zeile mit seinen Hashes, sodass jeder die Kette prüfen kann.</translation>
    </message>
    <message>
        <source>Read the journal again.</source>
        <translation>Das Protokoll erneut lesen.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Protokollprüfung</translation>
    </message>
    <message>
        <source>Number of journal entries</source>
        <translation>Anzahl der Protokolleinträge</translation>
    </message>
    <message>
        <source>Journal activity</source>
        <translation>Protokollaktivität</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>Journal page: how many entries (requests and results) the journal holds</extracomment>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Alle Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Das Protokoll wurde nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</source>
        <translation>
            <numerusform>%Ln Eintrag wurde nach %1 exportiert.

Jede Zeile ist ein Eintrag als JSON-Objekt mit den Hashes, die ihn mit der vorherigen Zeile verketten, sodass jeder das Protokoll prüfen kann.</numerusform>
            <numerusform>%Ln Einträge wurden nach %1 exportiert.

Jede Zeile ist ein Eintrag als JSON-Objekt mit den Hashes, die ihn mit der vorherigen Zeile verketten, sodass jeder das Protokoll prüfen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The journal could not be checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 why it failed</extracomment>
        <translation>Das Protokoll konnte um %1 nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 the problem it found</extracomment>
        <translation>Geprüft um %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %Ln entries checked at %1.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>Das Protokoll ist intakt: %Ln Eintrag um %1 geprüft.</numerusform>
            <numerusform>Das Protokoll ist intakt: %Ln Einträge um %1 geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln entries at %1: they were intact.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>%Ln Eintrag um %1 geprüft: Er war intakt.</numerusform>
            <numerusform>%Ln Einträge um %1 geprüft: Sie waren intakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries added since — verify again.</source>
        <translation>
            <numerusform>Seitdem %Ln Eintrag hinzugekommen – prüfen Sie erneut.</numerusform>
            <numerusform>Seitdem %Ln Einträge hinzugekommen – prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has changed since — verify again.</source>
        <translation>Das Protokoll hat sich seitdem geändert – prüfen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalText</name>
    <message>
        <source>sent — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>gesendet — HTTP %1</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>journal outcome</comment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <comment>journal outcome</comment>
        <translation>, Prüfsumme bestätigt</translation>
    </message>
    <message>
        <source>, the service received different bytes</source>
        <comment>journal outcome</comment>
        <translation>, der Dienst hat andere Bytes empfangen</translation>
    </message>
    <message>
        <source>failed — HTTP %1: %2</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 the HTTP status code, %2 what went wrong</extracomment>
        <translation>fehlgeschlagen — HTTP %1: %2</translation>
    </message>
    <message>
        <source>failed — %1</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 what went wrong</extracomment>
        <translation>fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Result of #%1</source>
        <extracomment>Journal table: a result entry; %1 is the number of its request entry</extracomment>
        <translation>Ergebnis von #%1</translation>
    </message>
    <message>
        <source>declined — nothing was sent</source>
        <comment>journal outcome</comment>
        <translation>abgelehnt — nichts wurde gesendet</translation>
    </message>
    <message>
        <source>cancelled — stopped before an answer arrived</source>
        <comment>journal outcome</comment>
        <translation>abgebrochen — vor Eingang einer Antwort gestoppt</translation>
    </message>
    <message>
        <source>Matches: the service received exactly the bytes that were sent.</source>
        <translation>Stimmt überein: Der Dienst hat genau die gesendeten Bytes empfangen.</translation>
    </message>
    <message>
        <source>Does not match: the service received different bytes than the ones that were sent and shown.</source>
        <translation>Stimmt nicht überein: Der Dienst hat andere Bytes empfangen als die gesendeten und angezeigten.</translation>
    </message>
    <message>
        <source>Not checked: the service did not report a digest.</source>
        <translation>Nicht geprüft: Der Dienst hat keine Prüfsumme gemeldet.</translation>
    </message>
    <message>
        <source>failed — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>fehlgeschlagen — HTTP %1</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>journal outcome</comment>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalVerifier</name>
    <message>
        <source>Entry %1 was changed after it was written (its hash does not match its content).</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Hash passt nicht zu seinem Inhalt).</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal starts at entry %2.</source>
        <translation>Eintrag %1 fehlt: Das Protokoll beginnt mit Eintrag %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: the journal starts at entry %3.</source>
        <translation>Einträge %1–%2 fehlen: Das Protokoll beginnt mit Eintrag %3.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: entry %2 follows entry %3.</source>
        <translation>Eintrag %1 fehlt: Auf Eintrag %3 folgt Eintrag %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: entry %3 follows entry %4.</source>
        <translation>Einträge %1–%2 fehlen: Auf Eintrag %4 folgt Eintrag %3.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order (it was written right after entry %2, which now comes after it).</source>
        <translation>Eintrag %1 steht an der falschen Stelle (er wurde direkt nach Eintrag %2 geschrieben, der jetzt nach ihm kommt).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not the start of the chain).</source>
        <translation>Eintrag %1 setzt die Kette nicht fort (sein vorheriger Hash ist nicht der Anfang der Kette).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not entry %2&apos;s hash).</source>
        <translation>Eintrag %1 setzt die Kette nicht fort (sein vorheriger Hash ist nicht der Hash von Eintrag %2).</translation>
    </message>
    <message>
        <source>The journal&apos;s head record was removed, so removed last entries cannot be detected.</source>
        <translation>Der Kopfdatensatz des Protokolls wurde entfernt, daher kann das Entfernen der letzten Einträge nicht erkannt werden.</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it records a last hash, but the journal is empty.</source>
        <translation>Der Kopf des Protokolls wurde geändert: Er enthält einen letzten Hash, aber das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Entry %1 was replaced after it was written (the journal&apos;s head records another hash for it).</source>
        <translation>Eintrag %1 wurde nach dem Schreiben ersetzt (der Kopf des Protokolls enthält einen anderen Hash für ihn).</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it counts %1 entries, but the journal holds %2.</source>
        <translation>Der Kopf des Protokolls wurde geändert: Er zählt %1 Einträge, aber das Protokoll enthält %2.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entry %1 was removed.</source>
        <translation>Das Protokoll ist leer, aber Eintrag %1 wurde geschrieben: Eintrag %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entries %2–%1 were removed.</source>
        <translation>Das Protokoll ist leer, aber Eintrag %1 wurde geschrieben: Einträge %2–%1 wurden entfernt.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entry %2 was removed.</source>
        <translation>Das Protokoll endet mit Eintrag %1, aber Eintrag %2 wurde geschrieben: Eintrag %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entries %3–%2 were removed.</source>
        <translation>Das Protokoll endet mit Eintrag %1, aber Eintrag %2 wurde geschrieben: Einträge %3–%2 wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 was not written by the console: the journal&apos;s head ends at entry %2.</source>
        <translation>Eintrag %1 wurde nicht von der Konsole geschrieben: Der Kopf des Protokolls endet mit Eintrag %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 were not written by the console: the journal&apos;s head ends at entry %3.</source>
        <translation>Einträge %1–%2 wurden nicht von der Konsole geschrieben: Der Kopf des Protokolls endet mit Eintrag %3.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournaledExchange</name>
    <message>
        <source>Nothing was sent, because the transmission journal could not record it: %1</source>
        <translation>Es wurde nichts gesendet, weil das Übertragungsprotokoll die Übertragung nicht festhalten konnte: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyCard</name>
    <message>
        <source>Active key</source>
        <translation>Aktiver Schlüssel</translation>
    </message>
    <message>
        <source>Reserve key</source>
        <translation>Reserveschlüssel</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <extracomment>License type: commercial, trial, subscription…</extracomment>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <extracomment>What the key licenses, e.g. &quot;100 cores&quot;</extracomment>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Lizenznehmer:</translation>
    </message>
    <message>
        <source>Source:</source>
        <comment>origin of the key</comment>
        <extracomment>Where the key came from: a key file or an activation code</extracomment>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Blocked since:</source>
        <translation>Gesperrt seit:</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Weitere Felder (nicht verwendet):</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <comment>active key</comment>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the active key</source>
        <translation>Aktiven Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the reserve key</source>
        <translation>Reserveschlüssel entfernen</translation>
    </message>
    <message>
        <source>No active key</source>
        <translation>Kein aktiver Schlüssel</translation>
    </message>
    <message>
        <source>No reserve key</source>
        <translation>Kein Reserveschlüssel</translation>
    </message>
    <message>
        <source>Add a&amp;ctive key…</source>
        <translation>A&amp;ktiven Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Add r&amp;eserve key…</source>
        <translation>R&amp;eserveschlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Add a key file to activate the solution. Verifying a key file sends nothing.</source>
        <translation>Fügen Sie eine Schlüsseldatei hinzu, um die Lösung zu aktivieren. Das Prüfen einer Schlüsseldatei sendet nichts.</translation>
    </message>
    <message>
        <source>A reserve key takes over automatically when the active key expires, so protection continues without a gap.</source>
        <translation>Ein Reserveschlüssel übernimmt automatisch, wenn der aktive Schlüssel abläuft, sodass der Schutz ohne Unterbrechung weiterläuft.</translation>
    </message>
    <message>
        <source>A reserve key can be added once there is an active key.</source>
        <translation>Ein Reserveschlüssel kann hinzugefügt werden, sobald ein aktiver Schlüssel vorhanden ist.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Key file, added on %1</source>
        <translation>Schlüsseldatei, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Activation code %1, added on %2</source>
        <translation>Aktivierungscode %1, hinzugefügt am %2</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <comment>reserve key</comment>
        <translation>Entfe&amp;rnen…</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyChangeTraffic</name>
    <message>
        <source>Adding it sends nothing to anyone.</source>
        <translation>Das Hinzufügen sendet nichts an irgendjemanden.</translation>
    </message>
    <message>
        <source>Adding it sends nothing to anyone; scheduled database updates go on as before.</source>
        <translation>Das Hinzufügen sendet nichts an irgendjemanden; geplante Datenbank-Updates laufen weiter wie bisher.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself, but it lets the scheduled database update run, which is due now: under the data-provision agreement of %1, that update sends its request, with the active key&apos;s serial, to %2.</source>
        <extracomment>%1 the date the data-provision agreement was accepted, %2 the receiving host</extracomment>
        <translation>Das Hinzufügen selbst sendet nichts, lässt aber das geplante Datenbank-Update laufen, das jetzt fällig ist: Im Rahmen der Vereinbarung zur Datenbereitstellung vom %1 sendet dieses Update seine Anfrage mit der Seriennummer des aktiven Schlüssels an %2.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself; under the data-provision agreement of %1, the next scheduled database update sends its request, with the active key&apos;s serial, to %2 at %3.</source>
        <extracomment>%1 the date the agreement was accepted, %2 the receiving host, %3 when the update runs</extracomment>
        <translation>Das Hinzufügen selbst sendet nichts; im Rahmen der Vereinbarung zur Datenbereitstellung vom %1 sendet das nächste geplante Datenbank-Update seine Anfrage mit der Seriennummer des aktiven Schlüssels am %3 an %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than 64 KiB; a key file is much smaller, so this is not a key file.</source>
        <translation>Die Datei ist größer als 64 KiB; eine Schlüsseldatei ist viel kleiner, daher ist dies keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Die Schlüsseldatei hat das Format „%1“; diese Konsole liest „%2“.</translation>
    </message>
    <message>
        <source>The key file was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Die Schlüsseldatei wurde von „%1“ signiert, dem das Anbieterprofil nicht vertraut.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature is %1 bytes long instead of 64: it was cut short or damaged.</source>
        <translation>Die Signatur der Schlüsseldatei ist %1 Bytes statt 64 Bytes lang: Sie wurde abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature does not match the vendor&apos;s key: the file was changed after it was issued.</source>
        <translation>Die Signatur der Schlüsseldatei passt nicht zum Schlüssel des Anbieters: Die Datei wurde nach ihrer Ausstellung verändert.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionDialog</name>
    <message>
        <source>&amp;Add key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Inspect key file</source>
        <translation>Schlüsseldatei prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionView</name>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>This key file cannot be used.</source>
        <translation>Diese Schlüsseldatei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>What the key file holds</source>
        <translation>Inhalt der Schlüsseldatei</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <extracomment>The signing key named in the key file, e.g. &quot;demo-2026 — signature verified&quot;</extracomment>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>%1 — signature verified</source>
        <translation>%1 — Signatur verifiziert</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <extracomment>Grace period of a subscription key: &quot;until DATE&quot;, or &quot;None&quot;</extracomment>
        <translation>Kulanzzeitraum:</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>grace period</comment>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>None</source>
        <comment>grace period</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Lizenznehmer:</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Weitere Felder (nicht verwendet):</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>SHA-256 der Datei:</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <source>A&amp;ctive key</source>
        <translation>A&amp;ktiver Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Reserve key</source>
        <translation>&amp;Reserveschlüssel</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Choose a key file that can be added first.</source>
        <translation>Wählen Sie zuerst eine Schlüsseldatei aus, die hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>Not possible. %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Nicht möglich. %1</translation>
    </message>
    <message>
        <source>This key can be added neither as the active key nor as the reserve key; the reason is given under each.</source>
        <translation>Dieser Schlüssel kann weder als aktiver noch als Reserveschlüssel hinzugefügt werden; der Grund steht jeweils darunter.</translation>
    </message>
    <message>
        <source>The key file was verified on this computer.</source>
        <translation>Die Schlüsseldatei wurde auf diesem Computer geprüft.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyRules</name>
    <message>
        <source>The key expired on %1; an expired key cannot be added.</source>
        <translation>Der Schlüssel ist am %1 abgelaufen; ein abgelaufener Schlüssel kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The key %1 has already been added.</source>
        <translation>Der Schlüssel %1 wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>The key becomes valid only on %1. Add it as the reserve key, or add it as the active key on that day.</source>
        <translation>Der Schlüssel wird erst am %1 gültig. Fügen Sie ihn als Reserveschlüssel hinzu oder fügen Sie ihn an diesem Tag als aktiven Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>A trial key cannot replace a commercial key.</source>
        <translation>Ein Schlüssel für eine Testlizenz kann keinen kommerziellen Schlüssel ersetzen.</translation>
    </message>
    <message>
        <source>The reserve key licenses %1, this key %2. Remove the reserve key first: a reserve key must license the same unit as the active key.</source>
        <translation>Der Reserveschlüssel lizenziert %1, dieser Schlüssel %2. Entfernen Sie zuerst den Reserveschlüssel: Ein Reserveschlüssel muss dieselbe Einheit lizenzieren wie der aktive Schlüssel.</translation>
    </message>
    <message>
        <source>A reserve key can only be added beside an active key. Add this key as the active key.</source>
        <translation>Ein Reserveschlüssel kann nur zusätzlich zu einem aktiven Schlüssel hinzugefügt werden. Fügen Sie diesen Schlüssel als aktiven Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>The active key licenses %1, this key %2. A reserve key must license the same unit as the active key.</source>
        <translation>Der aktive Schlüssel lizenziert %1, dieser Schlüssel %2. Ein Reserveschlüssel muss dieselbe Einheit lizenzieren wie der aktive Schlüssel.</translation>
    </message>
    <message>
        <source>The key %1 becomes the active key.</source>
        <translation>Der Schlüssel %1 wird zum aktiven Schlüssel.</translation>
    </message>
    <message>
        <source>The key %1 becomes the reserve key; it takes over when the active key expires.</source>
        <translation>Der Schlüssel %1 wird zum Reserveschlüssel; er übernimmt, wenn der aktive Schlüssel abläuft.</translation>
    </message>
    <message>
        <source>The key %1 is removed from this installation.</source>
        <translation>Der Schlüssel %1 wird aus dieser Installation entfernt.</translation>
    </message>
    <message>
        <source>The license status changes from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Der Lizenzstatus ändert sich von „%1“ zu „%2“.</translation>
    </message>
    <message>
        <source>Functionality changes to: %1.</source>
        <translation>Die Funktionalität ändert sich zu: %1.</translation>
    </message>
    <message>
        <source>A trial key can only be the active key, not the reserve key.</source>
        <translation>Ein Schlüssel für eine Testlizenz kann nur der aktive Schlüssel sein, nicht der Reserveschlüssel.</translation>
    </message>
    <message>
        <source>A subscription key can only be the active key, not the reserve key.</source>
        <translation>Ein Schlüssel für ein Abonnement kann nur der aktive Schlüssel sein, nicht der Reserveschlüssel.</translation>
    </message>
    <message>
        <source>The key %1 is still valid until %2; the time it has left is lost.</source>
        <translation>Der Schlüssel %1 ist noch bis %2 gültig; seine verbleibende Laufzeit geht verloren.</translation>
    </message>
    <message numerus="yes">
        <source>The license then covers the time up to %1 instead of %2: %n day(s) less.</source>
        <extracomment>%1 and %2 are dates; %n is the number of days of license time lost</extracomment>
        <translation>
            <numerusform>Die Lizenz deckt dann die Zeit bis %1 statt bis %2 ab: %n Tag weniger.</numerusform>
            <numerusform>Die Lizenz deckt dann die Zeit bis %1 statt bis %2 ab: %n Tage weniger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying this key would lose license time, so it was not applied without your confirmation.</source>
        <translation>Durch das Anwenden dieses Schlüssels ginge Lizenzzeit verloren; deshalb wurde er ohne Ihre Bestätigung nicht angewendet.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the active key.</source>
        <translation>Der Schlüssel, den der Lizenzierungsdienst ausstellt, wird der aktive Schlüssel.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the reserve key beside the active key %1, if it licenses the same unit and is neither a trial nor a subscription key.</source>
        <translation>Der Schlüssel, den der Lizenzierungsdienst ausstellt, wird der Reserveschlüssel neben dem aktiven Schlüssel %1, sofern er dieselbe Einheit lizenziert und weder ein Test- noch ein Abonnementschlüssel ist.</translation>
    </message>
    <message>
        <source>It would replace the key %1, valid until %2. If that removes a valid key or shortens the time the license covers, you are shown both keys and the new key is applied only when you confirm.</source>
        <translation>Er würde den Schlüssel %1 ersetzen, der bis %2 gültig ist. Wenn dadurch ein gültiger Schlüssel entfernt oder die Laufzeit der Lizenz verkürzt wird, werden Ihnen beide Schlüssel gezeigt, und der neue Schlüssel wird erst nach Ihrer Bestätigung angewendet.</translation>
    </message>
    <message>
        <source>It replaces the key %1, which expired on %2.</source>
        <translation>Er ersetzt den Schlüssel %1, der am %2 abgelaufen ist.</translation>
    </message>
    <message>
        <source>A key that cannot be applied this way is kept as a received key, which you can apply or add as the reserve key later; the current keys stay as they are.</source>
        <translation>Ein Schlüssel, der so nicht angewendet werden kann, wird als empfangener Schlüssel aufbewahrt, den Sie später anwenden oder als Reserveschlüssel hinzufügen können; die aktuellen Schlüssel bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyStore</name>
    <message>
        <source>read the keys</source>
        <translation>Lesen der Schlüssel</translation>
    </message>
    <message>
        <source>A stored key no longer passes verification with this vendor profile: %1</source>
        <translation>Ein gespeicherter Schlüssel besteht die Prüfung mit diesem Anbieterprofil nicht mehr: %1</translation>
    </message>
    <message>
        <source>change the keys</source>
        <translation>Ändern der Schlüssel</translation>
    </message>
    <message>
        <source>store a key</source>
        <translation>Speichern eines Schlüssels</translation>
    </message>
    <message>
        <source>There is no active key to remove.</source>
        <translation>Es gibt keinen aktiven Schlüssel zum Entfernen.</translation>
    </message>
    <message>
        <source>There is no reserve key to remove.</source>
        <translation>Es gibt keinen Reserveschlüssel zum Entfernen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageManager</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu of the interface languages</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Switch the interface language now; the choice is remembered.</source>
        <translation>Sprache der Benutzeroberfläche sofort wechseln; die Auswahl wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>LightAgent::License</name>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testlizenz</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n Prozessor</numerusform>
            <numerusform>%n Prozessoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n Arbeitsplatz</numerusform>
            <numerusform>%n Arbeitsplätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseCheckPanel</name>
    <message>
        <source>Periodic license check</source>
        <translation>Regelmäßige Lizenzprüfung</translation>
    </message>
    <message>
        <source>Next check:</source>
        <extracomment>Caption: when the license is checked next with the licensing service</extracomment>
        <translation>Nächste Prüfung:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <extracomment>Caption: the last license check that got an answer</extracomment>
        <translation>Letzte Prüfung:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <extracomment>Caption: license checks that failed one after another</extracomment>
        <translation>Fehlversuche:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Show the exact request a license check sends now. Nothing is sent.</source>
        <translation>Die genaue Anfrage anzeigen, die eine Lizenzprüfung jetzt senden würde. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Preview the license check</source>
        <translation>Vorschau der Lizenzprüfung</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Send the license check now, under the consent you gave when you activated with a code.</source>
        <translation>Die Lizenzprüfung jetzt senden, im Rahmen der Einwilligung, die Sie bei der Aktivierung mit einem Code erteilt haben.</translation>
    </message>
    <message>
        <source>Result of the license check</source>
        <translation>Ergebnis der Lizenzprüfung</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>None</source>
        <comment>next check</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Sending the license check…</source>
        <translation>Lizenzprüfung wird gesendet…</translation>
    </message>
    <message>
        <source>The last check did not succeed: %1</source>
        <translation>Die letzte Prüfung war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>The service answered and confirmed it received exactly the bytes sent (SHA-256 %1).</source>
        <translation>Der Dienst hat geantwortet und bestätigt, genau die gesendeten Bytes empfangen zu haben (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The service answered, but did not confirm the digest of the bytes sent (SHA-256 %1).</source>
        <translation>Der Dienst hat geantwortet, aber die Prüfsumme der gesendeten Bytes nicht bestätigt (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>There is no license check to preview: %1</source>
        <translation>Es gibt keine Lizenzprüfung, die in der Vorschau angezeigt werden könnte: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseState</name>
    <message>
        <source>The solution is not activated.</source>
        <translation>Die Lösung ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>The license is valid.</source>
        <translation>Die Lizenz ist gültig.</translation>
    </message>
    <message numerus="yes">
        <source>The license expires in %n day(s).</source>
        <translation>
            <numerusform>Die Lizenz läuft in %n Tag ab.</numerusform>
            <numerusform>Die Lizenz läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The license has expired; the grace period is running.</source>
        <translation>Die Lizenz ist abgelaufen; der Kulanzzeitraum läuft.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>Die Lizenz ist abgelaufen.</translation>
    </message>
    <message>
        <source>The license key has been blocked by the vendor.</source>
        <translation>Der Lizenzschlüssel wurde vom Anbieter gesperrt.</translation>
    </message>
    <message>
        <source>The key becomes valid on %1. Until then the solution does not protect virtual machines.</source>
        <translation>Der Schlüssel wird am %1 gültig. Bis dahin schützt die Lösung keine virtuellen Maschinen.</translation>
    </message>
    <message>
        <source>Virtual machines are not protected. Activate the solution with a key file (sends nothing) or an activation code.</source>
        <translation>Virtuelle Maschinen sind nicht geschützt. Aktivieren Sie die Lösung mit einer Schlüsseldatei (sendet nichts) oder einem Aktivierungscode.</translation>
    </message>
    <message>
        <source>All functions are available until %1; then the reserve key takes over.</source>
        <translation>Alle Funktionen sind bis %1 verfügbar; danach übernimmt der Reserveschlüssel.</translation>
    </message>
    <message>
        <source>All functions are available until %1.</source>
        <translation>Alle Funktionen sind bis %1 verfügbar.</translation>
    </message>
    <message>
        <source>All functions are available until %1. Add a reserve key or renew the license now to keep protection without interruption.</source>
        <translation>Alle Funktionen sind bis %1 verfügbar. Fügen Sie jetzt einen Reserveschlüssel hinzu oder verlängern Sie die Lizenz, damit der Schutz ohne Unterbrechung weiterläuft.</translation>
    </message>
    <message>
        <source>All functions remain available until %1. Renew the subscription before then, or database updates will stop.</source>
        <translation>Alle Funktionen bleiben bis %1 verfügbar. Verlängern Sie das Abonnement vorher, sonst werden die Datenbank-Updates eingestellt.</translation>
    </message>
    <message>
        <source>The licensing service reported on %1 that this license has expired. Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>Der Lizenzierungsdienst hat am %1 gemeldet, dass diese Lizenz abgelaufen ist. Der Schutz läuft mit den vorhandenen Datenbanken weiter, diese werden aber nicht mehr aktualisiert. Fügen Sie einen neuen Schlüssel hinzu, um die volle Funktionalität wiederherzustellen.</translation>
    </message>
    <message>
        <source>Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>Der Schutz läuft mit den vorhandenen Datenbanken weiter, diese werden aber nicht mehr aktualisiert. Fügen Sie einen neuen Schlüssel hinzu, um die volle Funktionalität wiederherzustellen.</translation>
    </message>
    <message>
        <source>All functions remain available until %1; after that database updates stop. Contact the vendor or add a different key.</source>
        <translation>Alle Funktionen bleiben bis %1 verfügbar; danach werden die Datenbank-Updates eingestellt. Wenden Sie sich an den Anbieter oder fügen Sie einen anderen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Database updates have stopped. Contact the vendor or add a different key.</source>
        <translation>Die Datenbank-Updates wurden eingestellt. Wenden Sie sich an den Anbieter oder fügen Sie einen anderen Schlüssel hinzu.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseWarnings</name>
    <message>
        <source>The key becomes valid only on %1; until then virtual machines are not protected.</source>
        <translation>Der Schlüssel wird erst am %1 gültig; bis dahin sind die virtuellen Maschinen nicht geschützt.</translation>
    </message>
    <message>
        <source>The solution is not activated; virtual machines are not protected.</source>
        <translation>Die Lösung ist nicht aktiviert; die virtuellen Maschinen sind nicht geschützt.</translation>
    </message>
    <message numerus="yes">
        <source>The license ended on %1; the grace period keeps all functions for %n more day(s), to %2.</source>
        <translation>
            <numerusform>Die Lizenz endete am %1; die Kulanzfrist erhält alle Funktionen noch %n Tag, bis %2.</numerusform>
            <numerusform>Die Lizenz endete am %1; die Kulanzfrist erhält alle Funktionen noch %n Tage, bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vendor blocked the license key on %1; all functions remain for %n more day(s), to %2.</source>
        <translation>
            <numerusform>Der Anbieter hat den Lizenzschlüssel am %1 gesperrt; alle Funktionen bleiben noch %n Tag erhalten, bis %2.</numerusform>
            <numerusform>Der Anbieter hat den Lizenzschlüssel am %1 gesperrt; alle Funktionen bleiben noch %n Tage erhalten, bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor blocked the license key on %1; database updates stopped after %2.</source>
        <translation>Der Anbieter hat den Lizenzschlüssel am %1 gesperrt; die Datenbank-Updates endeten nach dem %2.</translation>
    </message>
    <message>
        <source>The license has expired; database updates stopped after %1.</source>
        <translation>Die Lizenz ist abgelaufen; die Datenbank-Updates endeten nach dem %1.</translation>
    </message>
    <message>
        <source>The license is valid until %1; then the reserve key %2 takes over on %3 and covers until %4.</source>
        <translation>Die Lizenz gilt bis %1; dann übernimmt am %3 der Reserveschlüssel %2, der bis %4 gilt.</translation>
    </message>
    <message>
        <source>The license is valid until %1.</source>
        <translation>Die Lizenz gilt bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, even with the reserve key %2 that takes over on %3.</source>
        <translation>
            <numerusform>Die Lizenz endet in %n Tag, am %1, auch mit dem Reserveschlüssel %2, der am %3 übernimmt.</numerusform>
            <numerusform>Die Lizenz endet in %n Tagen, am %1, auch mit dem Reserveschlüssel %2, der am %3 übernimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1; the reserve key %2 becomes valid only on %3.</source>
        <translation>
            <numerusform>Die Lizenz endet in %n Tag, am %1; der Reserveschlüssel %2 wird erst am %3 gültig.</numerusform>
            <numerusform>Die Lizenz endet in %n Tagen, am %1; der Reserveschlüssel %2 wird erst am %3 gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, and there is no reserve key.</source>
        <translation>
            <numerusform>Die Lizenz endet in %n Tag, am %1, und es gibt keinen Reserveschlüssel.</numerusform>
            <numerusform>Die Lizenz endet in %n Tagen, am %1, und es gibt keinen Reserveschlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The databases are %n day(s) old (released on %1); update them.</source>
        <translation>
            <numerusform>Die Datenbanken sind %n Tag alt (veröffentlicht am %1); aktualisieren Sie sie.</numerusform>
            <numerusform>Die Datenbanken sind %n Tage alt (veröffentlicht am %1); aktualisieren Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 database updates stop; protection goes on with the last databases received (now those of %2).</source>
        <translation>Nach dem %1 enden die Datenbank-Updates; der Schutz läuft mit den zuletzt erhaltenen Datenbanken weiter (derzeit die vom %2).</translation>
    </message>
    <message>
        <source>After %1 database updates stop; no databases are installed yet.</source>
        <translation>Nach dem %1 enden die Datenbank-Updates; es sind noch keine Datenbanken installiert.</translation>
    </message>
    <message>
        <source>Protection begins on %1, when the key becomes valid.</source>
        <translation>Der Schutz beginnt am %1, wenn der Schlüssel gültig wird.</translation>
    </message>
    <message>
        <source>Nothing is protected until the solution is activated.</source>
        <translation>Bis die Lösung aktiviert ist, ist nichts geschützt.</translation>
    </message>
    <message>
        <source>On %1 the reserve key %2 takes over.</source>
        <translation>Am %1 übernimmt der Reserveschlüssel %2.</translation>
    </message>
    <message>
        <source>After %1 a grace period keeps all functions until %2.</source>
        <translation>Nach dem %1 erhält eine Kulanzfrist alle Funktionen bis %2.</translation>
    </message>
    <message>
        <source>Database updates have stopped; protection goes on with the databases of %1.</source>
        <translation>Die Datenbank-Updates sind beendet; der Schutz läuft mit den Datenbanken vom %1 weiter.</translation>
    </message>
    <message>
        <source>Database updates have stopped, and no databases are installed.</source>
        <translation>Die Datenbank-Updates sind beendet, und es sind keine Datenbanken installiert.</translation>
    </message>
</context>
<context>
    <name>LightAgent::MainWindow</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the journal of everything that was sent</extracomment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>Schlüsseldatei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Remove &amp;active key…</source>
        <translation>Aktiven Schlüssel &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove &amp;reserve key…</source>
        <translation>&amp;Reserveschlüssel entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the license state again, for example after a change made with lightagent-ctl.</source>
        <translation>Den Lizenzstatus erneut lesen, zum Beispiel nach einer Änderung mit lightagent-ctl.</translation>
    </message>
    <message>
        <source>&amp;About Light Agent Console</source>
        <translation>Ü&amp;ber Light Agent Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <comment>menu</comment>
        <extracomment>Menu: actions on the license and its keys</extracomment>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar: the vendor profile in use; %1 vendor, %2 profile id</extracomment>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Status bar: the directory that holds the console&apos;s state</extracomment>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Add key file</source>
        <translation>Schlüsseldatei hinzufügen</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove the reserve key %1?

The active key stays; nothing takes over when it expires.</source>
        <translation>Den Reserveschlüssel %1 entfernen?

Der aktive Schlüssel bleibt erhalten; wenn er abläuft, übernimmt kein anderer Schlüssel.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The reserve key %2 becomes the active key.</source>
        <translation>Den aktiven Schlüssel %1 entfernen?

Der Reserveschlüssel %2 wird zum aktiven Schlüssel.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The solution will no longer be activated and virtual machines will not be protected until you add a key.</source>
        <translation>Den aktiven Schlüssel %1 entfernen?

Die Lösung ist dann nicht mehr aktiviert, und virtuelle Maschinen sind nicht geschützt, bis Sie einen Schlüssel hinzufügen.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Der Schlüssel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Drop the key file to inspect it. Nothing changes until you add it.</source>
        <translation>Legen Sie die Schlüsseldatei hier ab, um sie zu prüfen. Es ändert sich nichts, bevor Sie sie hinzufügen.</translation>
    </message>
    <message>
        <source>Data provision</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: what the console sends, when, and the consent to it</extracomment>
        <translation>Datenbereitstellung</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Activate with a key file or an activation code.</source>
        <translation>Mit einer Schlüsseldatei oder einem Aktivierungscode aktivieren.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu: how the console looks, e.g. its language</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Updates</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceSummary</name>
    <message>
        <source>Databases and license check</source>
        <translation>Datenbanken und Lizenzprüfung</translation>
    </message>
    <message>
        <source>Databases:</source>
        <extracomment>Caption on the dashboard: the state of the protection databases</extracomment>
        <translation>Datenbanken:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <extracomment>Caption on the dashboard: when the license is checked next with the vendor</extracomment>
        <translation>Nächste Lizenzprüfung:</translation>
    </message>
    <message>
        <source>&amp;Updates…</source>
        <translation>&amp;Updates…</translation>
    </message>
    <message>
        <source>Open the Updates page: update the databases, the schedule and the license check.</source>
        <translation>Die Seite „Updates“ öffnen: Datenbank-Updates, Zeitplan und Lizenzprüfung.</translation>
    </message>
    <message>
        <source>An update is running now.</source>
        <translation>Ein Update wird gerade ausgeführt.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Prüfung läuft…</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceText</name>
    <message>
        <source>the license is active</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>die Lizenz ist aktiv</translation>
    </message>
    <message>
        <source>the key is blocked</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>der Schlüssel ist gesperrt</translation>
    </message>
    <message>
        <source>the license has expired</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>die Lizenz ist abgelaufen</translation>
    </message>
    <message>
        <source>Not installed. %1</source>
        <extracomment>%1 explains why no scheduled update runs</extracomment>
        <translation>Nicht installiert. %1</translation>
    </message>
    <message>
        <source>Not installed yet.</source>
        <translation>Noch nicht installiert.</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <extracomment>Freshness of the databases and their release date, e.g. &quot;Up to date, released 11/28/2026&quot;</extracomment>
        <translation>%1, veröffentlicht am %2</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>update run</comment>
        <extracomment>No database update has run yet</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1: version %2 installed.</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1: Version %2 installiert.</translation>
    </message>
    <message>
        <source>%1: already up to date (version %2).</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1: bereits aktuell (Version %2).</translation>
    </message>
    <message>
        <source>%1: failed. %2</source>
        <extracomment>%1 time of the update, %2 why it failed</extracomment>
        <translation>%1: fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>%1: not sent. %2</source>
        <extracomment>%1 time of the update, %2 why nothing was sent</extracomment>
        <translation>%1: nicht gesendet. %2</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next update</comment>
        <extracomment>The next scheduled database update</extracomment>
        <translation>Jetzt fällig.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next check</comment>
        <extracomment>The next periodic license check</extracomment>
        <translation>Jetzt fällig.</translation>
    </message>
    <message>
        <source>%1 (a retry after a failed check)</source>
        <translation>%1 (erneuter Versuch nach einer fehlgeschlagenen Prüfung)</translation>
    </message>
    <message>
        <source>None: the solution is not activated.</source>
        <translation>Keine: Die Lösung ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>None: the active key came from a key file, which sends nothing.</source>
        <translation>Keine: Der aktive Schlüssel stammt aus einer Schlüsseldatei, die nichts sendet.</translation>
    </message>
    <message>
        <source>None: the consent to re-send the activation data was withdrawn.</source>
        <translation>Keine: Die Einwilligung zum erneuten Senden der Aktivierungsdaten wurde widerrufen.</translation>
    </message>
    <message>
        <source>None: the activation code of the active key is not kept.</source>
        <translation>Keine: Der Aktivierungscode des aktiven Schlüssels wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row; the next try is at %1.</source>
        <extracomment>%n failed attempts in a row; %1 when the next attempt is made</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagener Versuch in Folge; der nächste Versuch erfolgt am %1.</numerusform>
            <numerusform>%n fehlgeschlagene Versuche in Folge; der nächste Versuch erfolgt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <comment>license check</comment>
        <extracomment>No license check has been completed yet</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 time of the check, %2 the service&apos;s answer, e.g. &quot;the license is active&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::NetworkSettings</name>
    <message>
        <source>The proxy must be &quot;system&quot;, &quot;none&quot;, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Der Proxy muss „system“, „none“, http://HOST:PORT oder socks5://HOST:PORT sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>LightAgent::PayloadCatalog</name>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>Date and time on the SVM</source>
        <translation>Datum und Uhrzeit auf der SVM</translation>
    </message>
    <message>
        <source>Solution ID</source>
        <translation>ID der Lösung</translation>
    </message>
    <message>
        <source>Solution ID obtained from the license</source>
        <translation>Aus der Lizenz bezogene ID der Lösung</translation>
    </message>
    <message>
        <source>IDs of compatible applications that can be activated on the SVM</source>
        <translation>IDs kompatibler Programme, die auf der SVM aktiviert werden können</translation>
    </message>
    <message>
        <source>Full version of the solution</source>
        <translation>Vollständige Version der Lösung</translation>
    </message>
    <message>
        <source>Localization of the solution (interface language)</source>
        <translation>Lokalisierung der Lösung (Sprache der Benutzeroberfläche)</translation>
    </message>
    <message>
        <source>Unique ID of the SVM</source>
        <translation>Eindeutige ID der SVM</translation>
    </message>
    <message>
        <source>Solution installation ID</source>
        <translation>Installations-ID der Lösung</translation>
    </message>
    <message>
        <source>Operating system family</source>
        <translation>Betriebssystemfamilie</translation>
    </message>
    <message>
        <source>Operating system version</source>
        <translation>Version des Betriebssystems</translation>
    </message>
    <message>
        <source>Operating system edition</source>
        <translation>Edition des Betriebssystems</translation>
    </message>
    <message>
        <source>Operating system build number</source>
        <translation>Build-Nummer des Betriebssystems</translation>
    </message>
    <message>
        <source>Operating system update number</source>
        <translation>Update-Nummer des Betriebssystems</translation>
    </message>
    <message>
        <source>Extended information about the operating system edition</source>
        <translation>Erweiterte Informationen zur Edition des Betriebssystems</translation>
    </message>
    <message>
        <source>ID of the solution</source>
        <translation>ID der Lösung</translation>
    </message>
    <message>
        <source>ID of the current license</source>
        <translation>ID der aktuellen Lizenz</translation>
    </message>
    <message>
        <source>Unique ID of the solution installation</source>
        <translation>Eindeutige ID der Installation der Lösung</translation>
    </message>
    <message>
        <source>Unique ID of the update task start</source>
        <translation>Eindeutige ID des Starts der Update-Aufgabe</translation>
    </message>
    <message>
        <source>Interface language of the solution</source>
        <translation>Sprache der Benutzeroberfläche der Lösung</translation>
    </message>
    <message>
        <source>Name of the link to the web page being accessed</source>
        <translation>Name des Links zur aufgerufenen Webseite</translation>
    </message>
    <message>
        <source>Type of the solution</source>
        <translation>Typ der Lösung</translation>
    </message>
    <message>
        <source>Version of the solution</source>
        <translation>Version der Lösung</translation>
    </message>
    <message>
        <source>ID of the web page being accessed</source>
        <translation>ID der aufgerufenen Webseite</translation>
    </message>
    <message>
        <source>(not in the vendor&apos;s list)</source>
        <translation>(nicht in der Liste des Anbieters)</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution.</source>
        <translation>Bei Verwendung eines Aktivierungscodes zur Aktivierung der Lösung.</translation>
    </message>
    <message>
        <source>Periodically after activation with a code, to verify that the solution is used appropriately.</source>
        <translation>Regelmäßig nach der Aktivierung mit einem Code, um zu überprüfen, ob die Lösung ordnungsgemäß verwendet wird.</translation>
    </message>
    <message>
        <source>When databases and application modules are updated.</source>
        <translation>Beim Update von Datenbanken und Programmmodulen.</translation>
    </message>
    <message>
        <source>When you follow a link from the console&apos;s interface.</source>
        <translation>Wenn Sie einem Link in der Oberfläche der Konsole folgen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ProxyRoute::Preview</name>
    <message>
        <source>Sent directly to %1, not through a proxy.</source>
        <translation>Wird direkt an %1 gesendet, nicht über einen Proxy.</translation>
    </message>
    <message>
        <source>Sent through the HTTP proxy %1. The proxy receives only this request, which opens an encrypted tunnel to the service; the request above travels inside it, unreadable to the proxy:</source>
        <extracomment>%1 is the proxy&apos;s host:port. The CONNECT request follows the colon.</extracomment>
        <translation>Wird über den HTTP-Proxy %1 gesendet. Der Proxy erhält nur diese Anfrage, die einen verschlüsselten Tunnel zum Dienst öffnet; die Anfrage oben läuft darin, für den Proxy unlesbar:</translation>
    </message>
    <message>
        <source>Sent through the SOCKS5 proxy %1, which is told only the service&apos;s address %2; the request travels encrypted, unreadable to the proxy.</source>
        <translation>Wird über den SOCKS5-Proxy %1 gesendet, der nur die Adresse des Dienstes %2 erfährt; die Anfrage läuft verschlüsselt, für den Proxy unlesbar.</translation>
    </message>
    <message>
        <source>No proxy is set here or in the environment; the system&apos;s proxy settings are asked when sending. If they name an HTTP proxy, it receives only this request, which opens an encrypted tunnel to the service:</source>
        <extracomment>The CONNECT request follows the colon.</extracomment>
        <translation>Weder hier noch in der Umgebung ist ein Proxy gesetzt; beim Senden werden die Proxy-Einstellungen des Systems gefragt. Nennen sie einen HTTP-Proxy, erhält er nur diese Anfrage, die einen verschlüsselten Tunnel zum Dienst öffnet:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyPanel</name>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Aktiver Schlüssel jetzt</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Reserveschlüssel jetzt</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Empfangener Schlüssel</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1 for the code %2. It is kept here and has not been applied.</source>
        <translation>Der Lizenzierungsdienst hat den Schlüssel %1 für den Code %2 ausgestellt. Er wird hier aufbewahrt und wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>It can be applied now; nothing of the current keys is lost.</source>
        <translation>Er kann jetzt angewendet werden; von den aktuellen Schlüsseln geht nichts verloren.</translation>
    </message>
    <message>
        <source>If it becomes the active key:</source>
        <translation>Wenn er der aktive Schlüssel wird:</translation>
    </message>
    <message>
        <source>If it becomes the reserve key:</source>
        <translation>Wenn er der Reserveschlüssel wird:</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>I have compared the keys and accept &amp;losing license time</source>
        <translation>Ich habe die Schlüssel verglichen und nehme den &amp;Verlust von Lizenzzeit in Kauf</translation>
    </message>
    <message>
        <source>Apply as the active key</source>
        <translation>Als aktiven Schlüssel anwenden</translation>
    </message>
    <message>
        <source>Add as the reserve key</source>
        <translation>Als Reserveschlüssel hinzufügen</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyStore</name>
    <message>
        <source>A received key no longer passes verification with this vendor profile: %1</source>
        <translation>Ein empfangener Schlüssel besteht die Prüfung mit diesem Anbieterprofil nicht mehr: %1</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Es gibt keinen empfangenen Schlüssel, der noch nicht angewendet wurde.</translation>
    </message>
    <message>
        <source>%1 received keys have not been applied; name the one you mean by its serial.</source>
        <translation>%1 empfangene Schlüssel wurden nicht angewendet; geben Sie den gewünschten mit seiner Seriennummer an.</translation>
    </message>
    <message>
        <source>No received key has the serial %1.</source>
        <translation>Kein empfangener Schlüssel hat die Seriennummer %1.</translation>
    </message>
    <message>
        <source>The received key was applied or discarded meanwhile.</source>
        <translation>Der empfangene Schlüssel wurde inzwischen angewendet oder verworfen.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Recipients</name>
    <message>
        <source>the licensing service</source>
        <comment>recipient</comment>
        <extracomment>What receives activations and license checks; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>der Lizenzierungsdienst</translation>
    </message>
    <message>
        <source>the update service</source>
        <comment>recipient</comment>
        <extracomment>What receives database update requests; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>der Update-Dienst</translation>
    </message>
    <message>
        <source>the privacy policy&apos;s site</source>
        <comment>recipient</comment>
        <extracomment>The site of the privacy policy link; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>die Website der Datenschutzrichtlinie</translation>
    </message>
    <message>
        <source>the help redirector</source>
        <comment>recipient</comment>
        <translation>der Weiterleitungsdienst der Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2, on this computer)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;)</extracomment>
        <translation>%1 (%2 auf diesem Computer)</translation>
    </message>
    <message>
        <source>%1 (%2: a public site of a real vendor, not of %3)</source>
        <comment>recipient</comment>
        <extracomment>The demo profile&apos;s links lead to a real vendor&apos;s site, not to the demo vendor. %1 a host, %2 what it is, %3 the demo vendor&apos;s name</extracomment>
        <translation>%1 (%2: eine öffentliche Website eines echten Anbieters, nicht von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;), %3 the vendor&apos;s name</extracomment>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>LightAgent::RequestEnvelope</name>
    <message>
        <source>Activation with a code</source>
        <translation>Aktivierung mit einem Code</translation>
    </message>
    <message>
        <source>Periodic license check</source>
        <translation>Regelmäßige Lizenzprüfung</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Datenbank-Update</translation>
    </message>
    <message>
        <source>Followed help link</source>
        <translation>Aufgerufener Hilfelink</translation>
    </message>
</context>
<context>
    <name>LightAgent::ServiceAnswer</name>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract (%1). Nothing was changed.</source>
        <translation>Die Antwort des Lizenzierungsdienstes entspricht nicht dem Schnittstellenvertrag (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The service says the activation code is not valid.</source>
        <translation>Laut Dienst ist der Aktivierungscode ungültig.</translation>
    </message>
    <message>
        <source>The service does not know this activation code. Check it against the one you received.</source>
        <translation>Der Dienst kennt diesen Aktivierungscode nicht. Vergleichen Sie ihn mit dem Code, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>The activation code has been blocked by the vendor.</source>
        <translation>Der Aktivierungscode wurde vom Anbieter gesperrt.</translation>
    </message>
    <message>
        <source>The activation code has expired.</source>
        <translation>Der Aktivierungscode ist abgelaufen.</translation>
    </message>
    <message>
        <source>The activation code has been used on as many SVMs as it allows.</source>
        <translation>Der Aktivierungscode wurde bereits auf so vielen SVMs verwendet, wie er zulässt.</translation>
    </message>
    <message>
        <source>The activation code is for a different product.</source>
        <translation>Der Aktivierungscode gilt für ein anderes Produkt.</translation>
    </message>
    <message>
        <source>The service could not read the request.</source>
        <translation>Der Dienst konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The licensing service failed to process the request.</source>
        <translation>Der Lizenzierungsdienst konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>receivedSha256 is not a SHA-256 in lower-case hex</source>
        <translation>receivedSha256 ist kein SHA-256 in hexadezimalen Kleinbuchstaben</translation>
    </message>
    <message>
        <source>recheckAfterSeconds is not a whole number of seconds up to a year</source>
        <translation>recheckAfterSeconds ist keine ganze Zahl von Sekunden bis zu einem Jahr</translation>
    </message>
    <message>
        <source>The licensing service answered HTTP %1 without an explanation. Nothing was changed.</source>
        <translation>Der Lizenzierungsdienst hat ohne Erklärung mit HTTP %1 geantwortet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>there is no key object</source>
        <translation>es gibt kein Schlüsselobjekt</translation>
    </message>
    <message>
        <source>The key the service returned was refused: %1 Nothing was changed.</source>
        <translation>Der vom Dienst zurückgegebene Schlüssel wurde abgelehnt: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the status is not active, blocked or expired</source>
        <translation>der Status ist weder active noch blocked noch expired</translation>
    </message>
    <message>
        <source>there is no bundle object</source>
        <translation>es gibt kein Paketobjekt</translation>
    </message>
    <message>
        <source>The database bundle the service sent was refused: %1 The installed databases were kept.</source>
        <translation>Das vom Dienst gesendete Datenbankpaket wurde abgelehnt: %1 Die installierten Datenbanken wurden beibehalten.</translation>
    </message>
    <message>
        <source>In the service&apos;s own words: &quot;%1&quot;</source>
        <extracomment>%1 is the service&apos;s own message, shown as the service wrote it (not translated)</extracomment>
        <translation>Die Meldung des Dienstes im Wortlaut: „%1“</translation>
    </message>
</context>
<context>
    <name>LightAgent::StateDatabase</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>open the state database</source>
        <translation>Öffnen der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>Fehler beim %1 in %2: %3</translation>
    </message>
    <message>
        <source>Another console or lightagent-ctl is changing the license state right now. Try again in a moment.</source>
        <translation>Eine andere Konsole oder lightagent-ctl ändert gerade den Lizenzstatus. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>Starten einer Änderung</translation>
    </message>
    <message>
        <source>finish a change</source>
        <translation>Abschließen einer Änderung</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>The state database in %1 was written by a newer version of the console (schema %2; this version knows %3).</source>
        <translation>Die Zustandsdatenbank in %1 wurde von einer neueren Version der Konsole geschrieben (Schema %2; diese Version kennt %3).</translation>
    </message>
    <message>
        <source>upgrade the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>Lesen einer Einstellung</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
    <message>
        <source>read the license check schedule</source>
        <translation>Lesen des Zeitplans der Lizenzprüfung</translation>
    </message>
    <message>
        <source>save the license check schedule</source>
        <translation>Speichern des Zeitplans der Lizenzprüfung</translation>
    </message>
    <message>
        <source>read the database bundle</source>
        <translation>Lesen des Datenbankpakets</translation>
    </message>
    <message>
        <source>install the databases</source>
        <translation>Installieren der Datenbanken</translation>
    </message>
    <message>
        <source>record the update run</source>
        <translation>Aufzeichnen des Update-Laufs</translation>
    </message>
    <message>
        <source>read the last update run</source>
        <translation>Lesen des letzten Update-Laufs</translation>
    </message>
    <message>
        <source>record the consent</source>
        <translation>Speichern der Einwilligung</translation>
    </message>
    <message>
        <source>withdraw the consent</source>
        <translation>Widerrufen der Einwilligung</translation>
    </message>
    <message>
        <source>read the consent</source>
        <translation>Lesen der Einwilligung</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>Lesen des Protokolls</translation>
    </message>
    <message>
        <source>record in the journal</source>
        <translation>Eintragen in das Protokoll</translation>
    </message>
    <message>
        <source>create the installation identity</source>
        <translation>Erstellen der Installationsidentität</translation>
    </message>
    <message>
        <source>read the installation identity</source>
        <translation>Lesen der Installationsidentität</translation>
    </message>
    <message>
        <source>read the received keys</source>
        <translation>die empfangenen Schlüssel lesen</translation>
    </message>
    <message>
        <source>keep a received key</source>
        <translation>einen empfangenen Schlüssel aufbewahren</translation>
    </message>
    <message>
        <source>discard a received key</source>
        <translation>einen empfangenen Schlüssel verwerfen</translation>
    </message>
</context>
<context>
    <name>LightAgent::StatusBanner</name>
    <message>
        <source>License status</source>
        <translation>Lizenzstatus</translation>
    </message>
    <message>
        <source>The license state cannot be read.</source>
        <translation>Der Lizenzstatus kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LightAgent::StrictJson</name>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The JSON names the field &quot;%1&quot; twice.</source>
        <translation>Das JSON enthält das Feld „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>Der Inhalt ist leer.</translation>
    </message>
    <message>
        <source>The content is not UTF-8 text.</source>
        <translation>Der Inhalt ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The content is JSON, but not a JSON object.</source>
        <translation>Der Inhalt ist JSON, aber kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The content is not valid JSON (the first error is at byte %1).</source>
        <translation>Der Inhalt ist kein gültiges JSON (der erste Fehler steht bei Byte %1).</translation>
    </message>
</context>
<context>
    <name>LightAgent::TimelineWidget</name>
    <message>
        <source>License timeline</source>
        <translation>Lizenz-Zeitleiste</translation>
    </message>
    <message>
        <source>Valid from</source>
        <comment>timeline step</comment>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires soon from</source>
        <comment>timeline step</comment>
        <translation>Ablaufwarnung ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day on which the key is valid.</extracomment>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Grace period until</source>
        <comment>timeline step</comment>
        <translation>Kulanzzeitraum bis</translation>
    </message>
    <message>
        <source>Limited from</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: from this day a blocked key no longer receives database updates.</extracomment>
        <translation>Eingeschränkt ab</translation>
    </message>
    <message>
        <source>There is no timeline: no key is active.</source>
        <translation>Es gibt keine Zeitleiste: Kein Schlüssel ist aktiv.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline step: date</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Active key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the active key, when a reserve key follows it</extracomment>
        <translation>Aktiver Schlüssel gültig bis</translation>
    </message>
    <message>
        <source>Reserve key takes over</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the day the reserve key becomes the active key</extracomment>
        <translation>Reserveschlüssel übernimmt ab</translation>
    </message>
    <message>
        <source>Reserve key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the reserve key, after it took over</extracomment>
        <translation>Reserveschlüssel gültig bis</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionFailure</name>
    <message>
        <source>The service&apos;s certificate is not issued for the service&apos;s address: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist nicht für seine Adresse ausgestellt: Möglicherweise gibt sich jemand als der Dienst aus. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable. Nothing was sent.</source>
        <translation>Das Zertifikat des Dienstes ist nicht annehmbar. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed; nothing was sent.</source>
        <translation>Nur https://-Adressen sind zulässig; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service redirected the request elsewhere; redirects are not followed, so nothing more was sent.</source>
        <translation>Der Dienst hat die Anfrage an eine andere Adresse umgeleitet; Umleitungen werden nicht befolgt, daher wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with the service (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Mit dem Dienst konnte keine sichere Verbindung vereinbart werden (TLS 1.2 oder neuer ist erforderlich). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s name could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Der Name des Dienstes konnte nicht aufgelöst werden. Prüfen Sie die DNS-Einstellungen oder das Anbieterprofil.</translation>
    </message>
    <message>
        <source>The service refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Der Dienst hat die Verbindung abgelehnt; er ist möglicherweise nicht verfügbar oder durch eine Firewall blockiert.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder konnte sie nicht herstellen.</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>Die Verbindung zum Dienst ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No secure connection to the service within the time allowed. Nothing was sent.</source>
        <translation>Innerhalb der erlaubten Zeit kam keine sichere Verbindung zum Dienst zustande. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service did not answer completely within the time allowed.</source>
        <translation>Der Dienst hat nicht innerhalb der erlaubten Zeit vollständig geantwortet.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than allowed; it was not read.</source>
        <translation>Die Antwort des Dienstes war größer als erlaubt; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a well-formed HTTP answer.</source>
        <translation>Die Antwort des Dienstes ist keine wohlgeformte HTTP-Antwort.</translation>
    </message>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract. Nothing was changed.</source>
        <translation>Die Antwort des Lizenzierungsdienstes hält sich nicht an den Vertrag. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key the service returned was refused. Nothing was changed.</source>
        <translation>Der vom Dienst zurückgegebene Schlüssel wurde abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key the service returned is for a different product. Nothing was changed.</source>
        <translation>Der vom Dienst zurückgegebene Schlüssel ist für ein anderes Produkt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionJournal</name>
    <message>
        <source>There is no request to record in the journal.</source>
        <translation>Es gibt keine Anfrage, die im Protokoll festgehalten werden könnte.</translation>
    </message>
    <message>
        <source>The journal has no request entry %1 to record a result for.</source>
        <translation>Das Protokoll enthält keinen Anfrageeintrag %1, für den ein Ergebnis festgehalten werden könnte.</translation>
    </message>
    <message>
        <source>The journal has no entry %1.</source>
        <translation>Das Protokoll enthält keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal to %1: %2</source>
        <translation>Das Protokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal no longer has entry %1, which the head kept elsewhere names: entries were removed and the journal&apos;s own head was changed to hide it (the journal now ends at entry %2).</source>
        <translation>Das Journal enthält den Eintrag %1 nicht mehr, den der anderswo aufbewahrte Kopf nennt: Einträge wurden entfernt und der eigene Kopf des Journals wurde geändert, um das zu verbergen (das Journal endet jetzt bei Eintrag %2).</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the head kept elsewhere names (its hash is %2, the kept head&apos;s %3): the journal was rewritten at entry %1 or before it.</source>
        <translation>Eintrag %1 ist nicht der Eintrag, den der anderswo aufbewahrte Kopf nennt (sein Hash ist %2, der des Kopfes %3): das Journal wurde bei Eintrag %1 oder davor umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateDialog</name>
    <message>
        <source>Update the databases</source>
        <translation>Datenbanken aktualisieren</translation>
    </message>
    <message>
        <source>The update request could not be prepared, and nothing was sent: %1</source>
        <translation>Die Update-Anfrage konnte nicht vorbereitet werden, und es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>This is the exact request an update sends. Nothing is sent until you choose Send.</source>
        <translation>Dies ist die genaue Anfrage, die ein Update sendet. Es wird nichts gesendet, bevor Sie „Senden“ wählen.</translation>
    </message>
    <message>
        <source>It goes to the vendor&apos;s update service over an encrypted connection, under your data-provision agreement. The answer is a database bundle signed by the vendor; it is installed only if its signature verifies. Cancel sends nothing.</source>
        <translation>Sie wird im Rahmen Ihrer Vereinbarung zur Datenbereitstellung über eine verschlüsselte Verbindung an den Update-Dienst des Anbieters gesendet. Die Antwort ist ein vom Anbieter signiertes Datenbankpaket; es wird nur installiert, wenn seine Signatur verifiziert wird. „Abbrechen“ sendet nichts.</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the installed databases stay as they are, and the transmission journal records what happened.</source>
        <translation>Wenn Sie abbrechen, nachdem die Anfrage diesen Computer verlassen hat, kann der Dienst sie trotzdem empfangen haben; die installierten Datenbanken bleiben unverändert, und das Übertragungsprotokoll hält fest, was geschehen ist.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Button: send the update request shown in the preview</extracomment>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Connecting to the update service over an encrypted connection…</source>
        <translation>Verschlüsselte Verbindung zum Update-Dienst wird hergestellt…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Receiving the databases…</source>
        <translation>Datenbanken werden empfangen…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Anfrage wird im Übertragungsprotokoll festgehalten…</translation>
    </message>
    <message>
        <source>The update was cancelled.</source>
        <translation>Das Update wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The databases were not updated.</source>
        <translation>Die Datenbanken wurden nicht aktualisiert.</translation>
    </message>
    <message>
        <source>The installed databases are unchanged.</source>
        <translation>Die installierten Datenbanken sind unverändert.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>Der Versuch ist im Übertragungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Version %1 of the databases is installed.</source>
        <translation>Version %1 der Datenbanken ist installiert.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3.</source>
        <extracomment>%1 release time, %2 number of records, %3 freshness, %4 version before</extracomment>
        <translation>Veröffentlicht am %1, %2 Einträge. Aktualität: %3.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3. It replaces version %4.</source>
        <translation>Veröffentlicht am %1, %2 Einträge. Aktualität: %3. Sie ersetzt Version %4.</translation>
    </message>
    <message>
        <source>The databases are already up to date.</source>
        <translation>Die Datenbanken sind bereits aktuell.</translation>
    </message>
    <message>
        <source>Version %1, released %2, is installed; the service has nothing newer. Freshness: %3.</source>
        <translation>Version %1, veröffentlicht am %2, ist installiert; der Dienst hat nichts Neueres. Aktualität: %3.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>Die Anfrage und die Antwort sind im Übertragungsprotokoll festgehalten (Eintrag %1).</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Der Dienst hat bestätigt, genau diese Bytes empfangen zu haben.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1, wie bei der Anfrage, die Sie gesehen haben.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Warnung: Der Dienst hat andere Bytes empfangen.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The databases were installed because their signature verifies; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Der Dienst meldet SHA-256 %1, die Konsole hat aber %2 gesendet. Die Datenbanken wurden installiert, weil ihre Signatur verifiziert wurde; die Anfrage wurde möglicherweise unterwegs verändert. Prüfen Sie das Übertragungsprotokoll und den Netzwerkpfad zum Dienst.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Warnung: Der Dienst hat nicht bestätigt, was er empfangen hat.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Seine Antwort enthielt keine Prüfsumme, daher kann die Konsole nicht zeigen, dass die Anfrage unverändert angekommen ist. Die Konsole hat SHA-256 %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateSchedule</name>
    <message>
        <source>Scheduled updates are switched off; databases are updated only when you start an update.</source>
        <translation>Geplante Updates sind ausgeschaltet; die Datenbanken werden nur aktualisiert, wenn Sie ein Update starten.</translation>
    </message>
    <message>
        <source>Scheduled updates wait for the data-provision agreement; nothing is sent without it.</source>
        <translation>Geplante Updates warten auf die Vereinbarung zur Datenbereitstellung; ohne sie wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Scheduled updates need a license with full functionality.</source>
        <translation>Geplante Updates erfordern eine Lizenz mit voller Funktionalität.</translation>
    </message>
    <message>
        <source>The databases have not been updated yet; an update is due now.</source>
        <translation>Die Datenbanken wurden noch nicht aktualisiert; ein Update ist jetzt fällig.</translation>
    </message>
    <message>
        <source>The last update failed; it is tried again at the time shown.</source>
        <translation>Das letzte Update ist fehlgeschlagen; es wird zum angezeigten Zeitpunkt erneut versucht.</translation>
    </message>
    <message>
        <source>The next scheduled update runs at the time shown.</source>
        <translation>Das nächste geplante Update wird zum angezeigten Zeitpunkt ausgeführt.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdatesPage</name>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>page title</comment>
        <extracomment>Page title: the databases and their updates</extracomment>
        <translation>Updates</translation>
    </message>
    <message>
        <source>The protection databases come from the vendor&apos;s update service. An update sends five fields, which you can see before they are sent; the answer is installed only if the vendor&apos;s signature on it verifies.</source>
        <translation>Die Schutzdatenbanken stammen vom Update-Dienst des Anbieters. Ein Update sendet fünf Felder, die Sie vor dem Senden einsehen können; die Antwort wird nur installiert, wenn die Signatur des Anbieters darauf verifiziert wird.</translation>
    </message>
    <message>
        <source>&amp;Update now…</source>
        <translation>&amp;Jetzt aktualisieren…</translation>
    </message>
    <message>
        <source>Show the exact update request, then send it if you choose.</source>
        <translation>Die genaue Update-Anfrage anzeigen und sie dann senden, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Vereinbarung an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Freshness:</source>
        <extracomment>Caption: how recent the installed databases are</extracomment>
        <translation>Aktualität:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Released:</source>
        <extracomment>Caption: when the vendor released the installed databases</extracomment>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Records:</source>
        <extracomment>Caption: the number of records in the databases</extracomment>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Installiert am:</translation>
    </message>
    <message>
        <source>Update runs</source>
        <translation>Update-Läufe</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Letztes Update:</translation>
    </message>
    <message>
        <source>Next scheduled update:</source>
        <translation>Nächstes geplantes Update:</translation>
    </message>
    <message>
        <source>Run &amp;scheduled updates (once a day)</source>
        <translation>&amp;Geplante Updates ausführen (einmal täglich)</translation>
    </message>
    <message>
        <source>Scheduled updates send the same request as Update now, under the data-provision agreement. Switched off, the databases are updated only when you choose Update now.</source>
        <translation>Geplante Updates senden im Rahmen der Vereinbarung zur Datenbereitstellung dieselbe Anfrage wie „Jetzt aktualisieren“. Ist diese Option ausgeschaltet, werden die Datenbanken nur aktualisiert, wenn Sie „Jetzt aktualisieren“ wählen.</translation>
    </message>
    <message>
        <source>Data provision:</source>
        <translation>Datenbereitstellung:</translation>
    </message>
    <message>
        <source>Show the a&amp;greement…</source>
        <translation>Ver&amp;einbarung anzeigen…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Die Erklärung des Anbieters zur Datenbereitstellung lesen und zustimmen oder Ihre Zustimmung widerrufen.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Aktualität: %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no databases</comment>
        <extracomment>Shown for a property of databases that are not installed</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>Wird gerade ausgeführt…</translation>
    </message>
    <message>
        <source>Not agreed. Updates send nothing.</source>
        <translation>Nicht zugestimmt. Updates senden nichts.</translation>
    </message>
    <message>
        <source>Agreed on %1.</source>
        <translation>Zugestimmt am %1.</translation>
    </message>
    <message>
        <source>Withdrawn on %1. Updates send nothing.</source>
        <translation>Widerrufen am %1. Updates senden nichts.</translation>
    </message>
    <message>
        <source>Data-provision agreement: %1</source>
        <translation>Vereinbarung zur Datenbereitstellung: %1</translation>
    </message>
    <message>
        <source>Update now is unavailable: updates send data only under the data-provision agreement, which you have not accepted, so nothing is sent. Read the vendor&apos;s statement to decide.</source>
        <translation>„Jetzt aktualisieren“ ist nicht verfügbar: Updates senden nur im Rahmen der Vereinbarung zur Datenbereitstellung Daten, und diese haben Sie nicht akzeptiert; daher wird nichts gesendet. Lesen Sie die Erklärung des Anbieters, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Update now is unavailable. %1</source>
        <translation>„Jetzt aktualisieren“ ist nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>A scheduled update is running now. Its result appears here when it ends.</source>
        <translation>Ein geplantes Update wird gerade ausgeführt. Sein Ergebnis erscheint hier, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Scheduled updates</source>
        <translation>Geplante Updates</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Die Einstellung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::VendorProfile</name>
    <message>
        <source>The vendor profile is not valid JSON: %1</source>
        <translation>Das Anbieterprofil ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The file is not a vendor profile (format &quot;lightagent-profile/1&quot;).</source>
        <translation>Die Datei ist kein Anbieterprofil (Format „lightagent-profile/1“).</translation>
    </message>
    <message>
        <source>The vendor profile needs a product solutionId and a four-part solutionVersion.</source>
        <translation>Das Anbieterprofil benötigt eine Produkt-solutionId und eine vierteilige solutionVersion.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s signing key &quot;%1&quot; is not an Ed25519 public key.</source>
        <translation>Der Signaturschlüssel „%1“ des Anbieterprofils ist kein öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The vendor profile trusts no signing key.</source>
        <translation>Das Anbieterprofil vertraut keinem Signaturschlüssel.</translation>
    </message>
    <message>
        <source>A TLS pin in the vendor profile is not a base64 SHA-256.</source>
        <translation>Ein TLS-Pin im Anbieterprofil ist kein Base64-SHA-256.</translation>
    </message>
    <message>
        <source>Demo vendor</source>
        <extracomment>The made-up vendor of the demo profile</extracomment>
        <translation>Demo-Anbieter</translation>
    </message>
</context>
<context>
    <name>LightAgent::WarningThresholds</name>
    <message>
        <source>Give at least one number of days, such as 30,14,7,1.</source>
        <translation>Geben Sie mindestens eine Anzahl Tage an, etwa 30,14,7,1.</translation>
    </message>
    <message>
        <source>Give at most 10 numbers of days, such as 30,14,7,1.</source>
        <translation>Geben Sie höchstens 10 Anzahlen von Tagen an, etwa 30,14,7,1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 1 to 365. Write the days before the end as whole numbers separated by commas, such as 30,14,7,1.</source>
        <translation>„%1“ ist keine Anzahl Tage von 1 bis 365. Schreiben Sie die Tage vor dem Ende als ganze Zahlen, durch Kommas getrennt, etwa 30,14,7,1.</translation>
    </message>
    <message>
        <source>%1 days is given twice; give each number of days once.</source>
        <translation>%1 Tage sind doppelt angegeben; geben Sie jede Anzahl Tage nur einmal an.</translation>
    </message>
    <message>
        <source>The stored warning days &quot;%1&quot; cannot be used: %2 Set them again with &apos;lightagent-ctl config set warn-days 30,14,7,1&apos;.</source>
        <translation>Die gespeicherten Warntage „%1“ sind nicht verwendbar: %2 Legen Sie sie mit &apos;lightagent-ctl config set warn-days 30,14,7,1&apos; neu fest.</translation>
    </message>
</context>
<context>
    <name>LightAgent::WrappedValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a value such as a SHA-256: copies all of it</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
</TS>
