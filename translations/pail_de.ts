<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Erstellt mit Qt %1. Qt wird unter der GNU LGPL Version 3 verwendet; der Quellcode ist unter &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; erhältlich.</translation>
    </message>
    <message>
        <source>About Pail</source>
        <translation>Über Pail</translation>
    </message>
    <message>
        <source>A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a local sandbox.</source>
        <translation>Eine Desktop-Verwaltung für S3-kompatiblen Speicher, mit einer eingebetteten S3-Engine, die als lokale Sandbox läuft.</translation>
    </message>
    <message>
        <source>Pail is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Pail ist freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>Gui::ActionPickerDialog</name>
    <message>
        <source>Choose actions</source>
        <translation>Aktionen wählen</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>More actions or patterns, separated by commas</source>
        <translation>Weitere Aktionen oder Muster, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Weitere:</translation>
    </message>
</context>
<context>
    <name>Gui::BucketActions</name>
    <message>
        <source>&amp;Bucket</source>
        <translation>B&amp;ucket</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Rules...</source>
        <translation>&amp;Lebenszyklusregeln...</translation>
    </message>
    <message>
        <source>Bucket &amp;Policy...</source>
        <translation>Bucket-&amp;Richtlinie...</translation>
    </message>
    <message>
        <source>Bucket &amp;Settings...</source>
        <translation>Bucket-&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>&amp;Teilen...</translation>
    </message>
</context>
<context>
    <name>Gui::BucketSettingsDialog</name>
    <message>
        <source>Bucket settings - %1</source>
        <translation>Bucket-Einstellungen - %1</translation>
    </message>
    <message>
        <source>Settings of bucket &lt;b&gt;%1&lt;/b&gt;. Each tab applies on its own.</source>
        <translation>Einstellungen des Buckets &lt;b&gt;%1&lt;/b&gt;. Jeder Reiter wird für sich angewendet.</translation>
    </message>
    <message>
        <source>Enabled: keep every version of every object</source>
        <translation>Aktiviert: jede Version jedes Objekts behalten</translation>
    </message>
    <message>
        <source>Suspended: new writes replace the null version; existing versions stay</source>
        <translation>Ausgesetzt: neue Schreibvorgänge ersetzen die Null-Version; vorhandene Versionen bleiben</translation>
    </message>
    <message>
        <source>Once versioning has been enabled it cannot be turned off again, only suspended. Existing versions are kept (and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>Einmal aktivierte Versionierung lässt sich nicht wieder abschalten, nur aussetzen. Vorhandene Versionen bleiben erhalten (und werden berechnet), bis sie gelöscht oder von einer Lebenszyklusregel abgelaufen sind.</translation>
    </message>
    <message>
        <source>Apply versioning</source>
        <translation>Versionierung anwenden</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>None (no default encryption)</source>
        <translation>Keine (keine Standardverschlüsselung)</translation>
    </message>
    <message>
        <source>SSE-S3 (AES256, keys managed by the server)</source>
        <translation>SSE-S3 (AES256, Schlüssel vom Server verwaltet)</translation>
    </message>
    <message>
        <source>SSE-KMS (a KMS key)</source>
        <translation>SSE-KMS (ein KMS-Schlüssel)</translation>
    </message>
    <message>
        <source>KMS key ID or ARN (empty: the AWS managed key)</source>
        <translation>KMS-Schlüssel-ID oder ARN (leer: der von AWS verwaltete Schlüssel)</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS-Schlüssel:</translation>
    </message>
    <message>
        <source>Apply encryption</source>
        <translation>Verschlüsselung anwenden</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Apply tags</source>
        <translation>Tags anwenden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>Sichtbare Header</translation>
    </message>
    <message>
        <source>Max age (s)</source>
        <translation>Max. Alter (s)</translation>
    </message>
    <message>
        <source>Apply CORS</source>
        <translation>CORS anwenden</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>Indexdokument:</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>Fehlerdokument:</translation>
    </message>
    <message>
        <source>Apply website</source>
        <translation>Website anwenden</translation>
    </message>
    <message>
        <source>Static website</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Versioning is enabled.</source>
        <translation>Die Versionierung ist aktiviert.</translation>
    </message>
    <message>
        <source>Versioning is suspended.</source>
        <translation>Die Versionierung ist ausgesetzt.</translation>
    </message>
    <message>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>Die Versionierung wurde für diesen Bucket nie aktiviert.</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>Nicht konfiguriert.</translation>
    </message>
    <message>
        <source>This endpoint does not support this setting: it answered the capability probe with NotImplemented (or an error it does not explain).</source>
        <translation>Dieser Endpunkt unterstützt diese Einstellung nicht: Er hat die Fähigkeitsprüfung mit NotImplemented (oder einem unerklärten Fehler) beantwortet.</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird angewendet...</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>Der Server hat abgelehnt: %1
%2</translation>
    </message>
    <message>
        <source>Default encryption removed.</source>
        <translation>Standardverschlüsselung entfernt.</translation>
    </message>
    <message>
        <source>Default encryption applied.</source>
        <translation>Standardverschlüsselung angewendet.</translation>
    </message>
    <message>
        <source>Tags removed.</source>
        <translation>Tags entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) applied.</source>
        <translation>
            <numerusform>%n Tag angewendet.</numerusform>
            <numerusform>%n Tags angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>CORS configuration removed.</source>
        <translation>CORS-Konfiguration entfernt.</translation>
    </message>
    <message>
        <source>CORS configuration applied.</source>
        <translation>CORS-Konfiguration angewendet.</translation>
    </message>
    <message>
        <source>Apply ownership and access</source>
        <translation>Eigentum und Zugriff anwenden</translation>
    </message>
    <message>
        <source>Ownership / public access</source>
        <translation>Eigentum / öffentlicher Zugriff</translation>
    </message>
    <message>
        <source>Object Ownership</source>
        <translation>Objekteigentum</translation>
    </message>
    <message>
        <source>ACLs disabled: bucket owner enforced (recommended)</source>
        <translation>ACLs deaktiviert: Bucket-Eigentümer erzwungen (empfohlen)</translation>
    </message>
    <message>
        <source>All objects in this bucket are owned by this account. Access to this bucket and its objects is specified using only policies.</source>
        <translation>Alle Objekte in diesem Bucket gehören diesem Konto. Der Zugriff auf den Bucket und seine Objekte wird nur über Richtlinien festgelegt.</translation>
    </message>
    <message>
        <source>ACLs enabled: bucket owner preferred</source>
        <translation>ACLs aktiviert: Bucket-Eigentümer bevorzugt</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the bucket owner. Otherwise, they are owned by the object writer.</source>
        <translation>Objekte in diesem Bucket können anderen Konten gehören, und Zugriff kann über ACLs gewährt werden. Geben neue Objekte die vordefinierte ACL bucket-owner-full-control an, gehören sie dem Bucket-Eigentümer, sonst dem Schreiber.</translation>
    </message>
    <message>
        <source>ACLs enabled: object writer</source>
        <translation>ACLs aktiviert: Objekt-Schreiber</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object writer remains the object owner.</source>
        <translation>Objekte in diesem Bucket können anderen Konten gehören, und Zugriff kann über ACLs gewährt werden. Der Schreiber bleibt Eigentümer des Objekts.</translation>
    </message>
    <message>
        <source>Block Public Access (bucket settings)</source>
        <translation>Öffentlichen Zugriff blockieren (Bucket-Einstellungen)</translation>
    </message>
    <message>
        <source>Block all public access</source>
        <translation>Jeden öffentlichen Zugriff blockieren</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new access control lists (ACLs)</source>
        <translation>Öffentlichen Zugriff auf Buckets und Objekte über neue Zugriffskontrolllisten (ACLs) blockieren</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through any access control lists (ACLs)</source>
        <translation>Öffentlichen Zugriff auf Buckets und Objekte über beliebige Zugriffskontrolllisten (ACLs) blockieren</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new public bucket policies</source>
        <translation>Öffentlichen Zugriff auf Buckets und Objekte über neue öffentliche Bucket-Richtlinien blockieren</translation>
    </message>
    <message>
        <source>Block public and cross-account access to buckets and objects through any public bucket policies</source>
        <translation>Öffentlichen und kontoübergreifenden Zugriff auf Buckets und Objekte über beliebige öffentliche Bucket-Richtlinien blockieren</translation>
    </message>
    <message>
        <source>Public access is granted to buckets and objects through ACLs and bucket policies. The server refuses new public grants while the matching setting is on.</source>
        <translation>Öffentlicher Zugriff auf Buckets und Objekte wird über ACLs und Bucket-Richtlinien gewährt. Der Server lehnt neue öffentliche Freigaben ab, solange die passende Einstellung aktiv ist.</translation>
    </message>
    <message>
        <source>The bucket policy makes this bucket public.</source>
        <translation>Die Bucket-Richtlinie macht diesen Bucket öffentlich.</translation>
    </message>
    <message>
        <source>The bucket policy does not make this bucket public.</source>
        <translation>Die Bucket-Richtlinie macht diesen Bucket nicht öffentlich.</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>Der Bucket hat keine Bucket-Richtlinie.</translation>
    </message>
    <message>
        <source>Policy status unknown: %1</source>
        <translation>Richtlinienstatus unbekannt: %1</translation>
    </message>
    <message>
        <source>Object ownership and Block Public Access applied.</source>
        <translation>Objekteigentum und Blockierung öffentlichen Zugriffs angewendet.</translation>
    </message>
    <message>
        <source>Apply logging</source>
        <translation>Protokollierung anwenden</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Log requests made to this bucket</source>
        <translation>Anfragen an diesen Bucket protokollieren</translation>
    </message>
    <message>
        <source>Target bucket</source>
        <translation>Ziel-Bucket</translation>
    </message>
    <message>
        <source>Target bucket:</source>
        <translation>Ziel-Bucket:</translation>
    </message>
    <message>
        <source>Target prefix:</source>
        <translation>Ziel-Präfix:</translation>
    </message>
    <message>
        <source>Server access log records (one line per request, in S3&apos;s space-separated format) are delivered in batches as objects named &amp;lt;prefix&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; in the target bucket. The target must exist and belong to the same owner; use a different bucket than this one, or the logs of the logs will be logged too.</source>
        <translation>Server-Zugriffsprotokolle (eine Zeile pro Anfrage, im durch Leerzeichen getrennten S3-Format) werden stapelweise als Objekte namens &amp;lt;Präfix&amp;gt;JJJJ-MM-TT-hh-mm-ss-&amp;lt;ID&amp;gt; in den Ziel-Bucket geliefert. Das Ziel muss existieren und demselben Eigentümer gehören; nehmen Sie einen anderen Bucket als diesen, sonst werden auch die Protokolle protokolliert.</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>Protokollierung ist aus.</translation>
    </message>
    <message>
        <source>Logging to %1 enabled.</source>
        <translation>Protokollierung nach %1 aktiviert.</translation>
    </message>
    <message>
        <source>Logging turned off.</source>
        <translation>Protokollierung ausgeschaltet.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <source>One rule per row. Lists are separated by commas; an empty max age is left out.</source>
        <translation>Eine Regel pro Zeile. Listen werden durch Kommas getrennt; ein leeres Höchstalter entfällt.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Rules (kept in step with the XML below; no rules removes the CORS configuration):</source>
        <translation>Regeln (im Einklang mit dem XML unten; keine Regeln entfernt die CORS-Konfiguration):</translation>
    </message>
    <message>
        <source>Rule %1: the max age must be a whole number of seconds.</source>
        <translation>Regel %1: Das Höchstalter muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>Rule %1 needs at least one origin and one method.</source>
        <translation>Regel %1 braucht mindestens einen Ursprung und eine Methode.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The XML is not a valid CORS configuration: %1</source>
        <translation>Das XML ist keine gültige CORS-Konfiguration: %1</translation>
    </message>
    <message>
        <source>Enable static website hosting</source>
        <translation>Hosting statischer Websites aktivieren</translation>
    </message>
    <message>
        <source>Hosting type</source>
        <translation>Art des Hostings</translation>
    </message>
    <message>
        <source>Host a static website</source>
        <translation>Eine statische Website hosten</translation>
    </message>
    <message>
        <source>Redirect every request to another host</source>
        <translation>Jede Anfrage an einen anderen Host umleiten</translation>
    </message>
    <message>
        <source>Returned for requests to the root and to any folder (a key ending in /).</source>
        <translation>Wird für Anfragen an die Wurzel und an jeden Ordner (ein Schlüssel, der auf / endet) geliefert.</translation>
    </message>
    <message>
        <source>error.html (optional)</source>
        <translation>error.html (optional)</translation>
    </message>
    <message>
        <source>Returned, with status 404, when a requested object does not exist.</source>
        <translation>Wird mit Status 404 geliefert, wenn ein angefragtes Objekt nicht existiert.</translation>
    </message>
    <message>
        <source>Same as the request</source>
        <translation>Wie die Anfrage</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Turning hosting off removes the website configuration. Visitors read objects anonymously: the bucket policy must allow s3:GetObject to everyone, and Block Public Access must not block it.</source>
        <translation>Das Ausschalten des Hostings entfernt die Website-Konfiguration. Besucher lesen Objekte anonym: Die Bucket-Richtlinie muss s3:GetObject für alle erlauben, und die Blockierung öffentlichen Zugriffs darf es nicht verhindern.</translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) of this bucket are kept as they are when hosting is applied.</source>
        <translation>
            <numerusform>%n Routing-Regel dieses Buckets bleibt beim Anwenden des Hostings unverändert.</numerusform>
            <numerusform>%n Routing-Regeln dieses Buckets bleiben beim Anwenden des Hostings unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Website endpoint: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Website-Endpunkt: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Once hosting is applied, the website is served at %1</source>
        <translation>Sobald das Hosting angewendet ist, wird die Website unter %1 ausgeliefert</translation>
    </message>
    <message>
        <source>Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as aws-cli read it back), but it does not serve websites; on AWS the site would be at http://%1.s3-website-&amp;lt;region&amp;gt;.amazonaws.com.</source>
        <translation>Website-Endpunkt: keiner. Die lokale Sandbox speichert und prüft die Website-Konfiguration (Werkzeuge wie aws-cli lesen sie zurück), liefert aber keine Websites aus; bei AWS läge die Website unter http://%1.s3-website-&amp;lt;Region&amp;gt;.amazonaws.com.</translation>
    </message>
    <message>
        <source>Website endpoint: this provider publishes websites on its own host names; see its documentation.</source>
        <translation>Website-Endpunkt: Dieser Anbieter veröffentlicht Websites unter eigenen Hostnamen; siehe seine Dokumentation.</translation>
    </message>
    <message>
        <source>Website hosting turned off; the configuration was removed.</source>
        <translation>Website-Hosting ausgeschaltet; die Konfiguration wurde entfernt.</translation>
    </message>
    <message>
        <source>Enter the host name to redirect every request to.</source>
        <translation>Geben Sie den Hostnamen ein, an den jede Anfrage umgeleitet wird.</translation>
    </message>
    <message>
        <source>Every request is redirected to %1.</source>
        <translation>Jede Anfrage wird an %1 umgeleitet.</translation>
    </message>
    <message>
        <source>Website hosting applied.</source>
        <translation>Website-Hosting angewendet.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkActions</name>
    <message>
        <source>Restore Folder to This Moment...</source>
        <translation>Ordner auf diesen Zeitpunkt zurücksetzen...</translation>
    </message>
    <message>
        <source>Delete Selection with Folders...</source>
        <translation>Auswahl samt Ordnern löschen...</translation>
    </message>
    <message>
        <source>Change Storage Class...</source>
        <translation>Speicherklasse ändern...</translation>
    </message>
    <message>
        <source>Copy Selection To...</source>
        <translation>Auswahl kopieren nach...</translation>
    </message>
    <message>
        <source>Restore from Glacier...</source>
        <translation>Aus Glacier wiederherstellen...</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n Objekt, %1</numerusform>
            <numerusform>%n Objekte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element nach %1 verschieben</numerusform>
            <numerusform>%n Elemente nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element nach %1 kopieren</numerusform>
            <numerusform>%n Elemente nach %1 kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 object(s)</source>
        <translation>
            <numerusform>%n Ordner und %1 Objekt(e)</numerusform>
            <numerusform>%n Ordner und %1 Objekt(e)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BulkPreviewDialog</name>
    <message>
        <source>Bring every object under %1 back to how it was at %2: deleted objects come back, changed objects get their old version copied back, and objects created since are deleted. Versions stay in the history.</source>
        <translation>Jedes Objekt unter %1 auf den Stand vom %2 zurücksetzen: gelöschte Objekte kommen zurück, geänderte erhalten ihre alte Version als Kopie zurück, und seitdem erstellte Objekte werden gelöscht. Die Versionen bleiben im Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected object(s) and %1 folder(s) in %2.</source>
        <translation>
            <numerusform>%n ausgewähltes Objekt und %1 Ordner in %2.</numerusform>
            <numerusform>%n ausgewählte Objekte und %1 Ordner in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New storage class:</source>
        <translation>Neue Speicherklasse:</translation>
    </message>
    <message>
        <source>folder/ (empty = top level)</source>
        <translation>ordner/ (leer = oberste Ebene)</translation>
    </message>
    <message>
        <source>Destination bucket:</source>
        <translation>Ziel-Bucket:</translation>
    </message>
    <message>
        <source>Destination folder:</source>
        <translation>Zielordner:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Massenabruf (Bulk)</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Beschleunigt (Expedited)</translation>
    </message>
    <message>
        <source>Keep the restored copy for (days):</source>
        <translation>Wiederhergestellte Kopie behalten (Tage):</translation>
    </message>
    <message>
        <source>Retrieval tier:</source>
        <translation>Abrufstufe:</translation>
    </message>
    <message>
        <source>Listing...</source>
        <translation>Wird aufgelistet...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Delete in %1</source>
        <translation>Löschen in %1</translation>
    </message>
    <message>
        <source>Change storage class in %1</source>
        <translation>Speicherklasse ändern in %1</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>Kopieren aus %1</translation>
    </message>
    <message>
        <source>Restore from Glacier in %1</source>
        <translation>Aus Glacier wiederherstellen in %1</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>%1 auf %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n version(s)</source>
        <translation>
            <numerusform>Wird aufgelistet... %n Version</numerusform>
            <numerusform>Wird aufgelistet... %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Auflisten fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n object(s)</source>
        <translation>
            <numerusform>Wird aufgelistet... %n Objekt</numerusform>
            <numerusform>Wird aufgelistet... %n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the folder is as it was then (%n version(s) checked).</source>
        <translation>
            <numerusform>Nichts zu ändern: Der Ordner ist wie damals (%n Version geprüft).</numerusform>
            <numerusform>Nichts zu ändern: Der Ordner ist wie damals (%n Versionen geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) come back (delete markers removed)</source>
        <translation>
            <numerusform>%n Objekt kommt zurück (Löschmarkierungen entfernt)</numerusform>
            <numerusform>%n Objekte kommen zurück (Löschmarkierungen entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) get their old version copied back (%1)</source>
        <translation>
            <numerusform>%n Objekt erhält seine alte Version als Kopie zurück (%1)</numerusform>
            <numerusform>%n Objekte erhalten ihre alte Version als Kopie zurück (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created since are deleted</source>
        <translation>
            <numerusform>%n seitdem erstelltes Objekt wird gelöscht</numerusform>
            <numerusform>%n seitdem erstellte Objekte werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n object(s) needs this action.</source>
        <translation>
            <numerusform>Das %n Objekt braucht diese Aktion nicht.</numerusform>
            <numerusform>Keines der %n Objekte braucht diese Aktion.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no objects.</source>
        <translation>Die Auswahl enthält keine Objekte.</translation>
    </message>
    <message>
        <source>Enter a destination bucket.</source>
        <translation>Geben Sie einen Ziel-Bucket ein.</translation>
    </message>
    <message>
        <source>The destination is the folder the objects are in.</source>
        <translation>Das Ziel ist der Ordner, in dem die Objekte liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).</source>
        <translation>
            <numerusform>Gesamt: %n Objekt, %1, %2 Anfrage(n) (nach %3 Auflistungsanfrage(n)).</numerusform>
            <numerusform>Gesamt: %n Objekte, %1, %2 Anfrage(n) (nach %3 Auflistungsanfrage(n)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) skipped: the action does not apply to them.</source>
        <translation>
            <numerusform>%n Objekt übersprungen: Die Aktion gilt nicht dafür.</numerusform>
            <numerusform>%n Objekte übersprungen: Die Aktion gilt nicht dafür.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>Pfad-Stil (Host/Bucket/Schlüssel)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host/key)</source>
        <translation>Virtuell gehostet (Bucket.Host/Schlüssel)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>Adressierung:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the access key.</source>
        <translation>Der Endpunkt kennt diesen Zugriffsschlüssel nicht. Prüfen Sie den Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key. Check the secret key.</source>
        <translation>Der geheime Schlüssel passt nicht zum Zugriffsschlüssel. Prüfen Sie den geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the clock (or enable time sync).</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des Servers ab. Stellen Sie die Uhr richtig (oder aktivieren Sie die Zeitsynchronisation).</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS). Check the endpoint URL.</source>
        <translation>Der Hostname wurde nicht gefunden (DNS). Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens at that address and port.</source>
        <translation>Die Verbindung wurde abgelehnt: Unter dieser Adresse und diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: %1</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>Die Einstellungen sind unvollständig: %1</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Wird getestet...</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The secret key could not be stored: %1</source>
        <translation>Der geheime Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionModel</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>%1 (starting...)</source>
        <translation>%1 (wird gestartet...)</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>Gui::CreateBucketDialog</name>
    <message>
        <source>Create Bucket</source>
        <translation>Bucket erstellen</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>Bucket-Name:</translation>
    </message>
    <message>
        <source>e.g. my-photos-2024</source>
        <translation>z. B. meine-fotos-2024</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A bucket name needs at least 3 characters.</source>
        <translation>Ein Bucket-Name braucht mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>A bucket name has at most 63 characters.</source>
        <translation>Ein Bucket-Name hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>Verwenden Sie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots and hyphens are allowed (&quot;%1&quot; is not).</source>
        <translation>Erlaubt sind nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche („%1“ nicht).</translation>
    </message>
    <message>
        <source>A bucket name must start and end with a letter or digit.</source>
        <translation>Ein Bucket-Name muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>A bucket name cannot contain two dots in a row.</source>
        <translation>Ein Bucket-Name darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen.</translation>
    </message>
    <message>
        <source>This name breaks S3&apos;s bucket naming rules.</source>
        <translation>Dieser Name verstößt gegen die Benennungsregeln für S3-Buckets.</translation>
    </message>
    <message>
        <source>This name is valid.</source>
        <translation>Dieser Name ist gültig.</translation>
    </message>
</context>
<context>
    <name>Gui::DetailsPane</name>
    <message>
        <source>No object selected</source>
        <translation>Kein Objekt ausgewählt</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>Speicherklasse:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Wiederherstellung:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Tags:
%1</source>
        <translation>Tags:
%1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>Versions-ID</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Restore as latest</source>
        <translation>Als neueste wiederherstellen</translation>
    </message>
    <message>
        <source>Copy this version onto the object so that it becomes the latest version</source>
        <translation>Diese Version auf das Objekt kopieren, sodass sie zur neuesten Version wird</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Download Version</source>
        <translation>Version herunterladen</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2” permanently? This cannot be undone.</source>
        <translation>Version %1 von „%2“ endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>Löschmarkierung</translation>
    </message>
</context>
<context>
    <name>Gui::EditablePolicy</name>
    <message>
        <source>Expected a string or an array of strings</source>
        <translation>Zeichenkette oder Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>A statement must be an object</source>
        <translation>Eine Anweisung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Condition must be an object</source>
        <translation>Condition muss ein Objekt sein</translation>
    </message>
    <message>
        <source>A condition operator must hold an object</source>
        <translation>Ein Bedingungsoperator muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>A policy must be a JSON object</source>
        <translation>Eine Richtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Statement must be an object or an array</source>
        <translation>Statement muss ein Objekt oder ein Array sein</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorText</name>
    <message>
        <source>Access denied. The keys of this connection are not allowed to do this.</source>
        <translation>Zugriff verweigert. Die Schlüssel dieser Verbindung dürfen das nicht.</translation>
    </message>
    <message>
        <source>The access key is not known to this endpoint.</source>
        <translation>Der Zugriffsschlüssel ist diesem Endpunkt nicht bekannt.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key.</source>
        <translation>Der geheime Schlüssel passt nicht zum Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Correct the clock and try again.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des Servers ab. Stellen Sie die Uhr richtig und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>Der Bucket existiert nicht.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>Das Objekt existiert nicht.</translation>
    </message>
    <message>
        <source>That version of the object does not exist.</source>
        <translation>Diese Version des Objekts existiert nicht.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>Der Bucket ist nicht leer.</translation>
    </message>
    <message>
        <source>That bucket name is taken. Bucket names are shared by all users of the endpoint.</source>
        <translation>Dieser Bucket-Name ist vergeben. Bucket-Namen teilen sich alle Benutzer des Endpunkts.</translation>
    </message>
    <message>
        <source>You already own a bucket with that name.</source>
        <translation>Sie besitzen bereits einen Bucket mit diesem Namen.</translation>
    </message>
    <message>
        <source>That is not a valid bucket name.</source>
        <translation>Das ist kein gültiger Bucket-Name.</translation>
    </message>
    <message>
        <source>The object is archived. Restore it before reading it.</source>
        <translation>Das Objekt ist archiviert. Stellen Sie es wieder her, bevor Sie es lesen.</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>Der Objektname ist länger als 1024 Byte.</translation>
    </message>
    <message>
        <source>The file is too large for a single upload.</source>
        <translation>Die Datei ist für einen einzelnen Upload zu groß.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>Die Richtlinie ist ungültig.</translation>
    </message>
    <message>
        <source>The server did not accept the document.</source>
        <translation>Der Server hat das Dokument nicht angenommen.</translation>
    </message>
    <message>
        <source>This endpoint does not support this feature.</source>
        <translation>Dieser Endpunkt unterstützt diese Funktion nicht.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>Eine lokale Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>Gui::Format</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleEditorDialog</name>
    <message>
        <source>Lifecycle rules - %1</source>
        <translation>Lebenszyklusregeln – %1</translation>
    </message>
    <message>
        <source>Lifecycle rules of bucket &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lebenszyklusregeln des Buckets &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)</source>
        <translation>Logs archivieren (logs/: IA nach 30 Tagen, Glacier nach 90, Ablauf nach 365)</translation>
    </message>
    <message>
        <source>Expire a temp/ prefix after 7 days</source>
        <translation>Präfix temp/ nach 7 Tagen ablaufen lassen</translation>
    </message>
    <message>
        <source>Clean incomplete multipart uploads after 7 days</source>
        <translation>Unvollständige mehrteilige Uploads nach 7 Tagen bereinigen</translation>
    </message>
    <message>
        <source>Keep 3 noncurrent versions</source>
        <translation>3 nicht aktuelle Versionen behalten</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. Edits here update the form.</source>
        <translation>Die Konfiguration, wie `aws s3api put-bucket-lifecycle-configuration` sie liest. Änderungen hier aktualisieren das Formular.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Auf den Bucket anwenden</translation>
    </message>
    <message>
        <source>Import lifecycle configuration</source>
        <translation>Lebenszykluskonfiguration importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export lifecycle configuration</source>
        <translation>Lebenszykluskonfiguration exportieren</translation>
    </message>
    <message>
        <source>Loading the lifecycle configuration...</source>
        <translation>Die Lebenszykluskonfiguration wird geladen...</translation>
    </message>
    <message>
        <source>The bucket has no lifecycle rules yet.</source>
        <translation>Der Bucket hat noch keine Lebenszyklusregeln.</translation>
    </message>
    <message>
        <source>Could not load the lifecycle configuration: %1</source>
        <translation>Die Lebenszykluskonfiguration konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The bucket&apos;s lifecycle configuration cannot be read: %1</source>
        <translation>Die Lebenszykluskonfiguration des Buckets ist nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rule(s).</source>
        <translation>
            <numerusform>%n Regel geladen.</numerusform>
            <numerusform>%n Regeln geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird angewendet...</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1
%2</source>
        <translation>Der Server hat die Konfiguration abgelehnt: %1
%2</translation>
    </message>
    <message>
        <source>The lifecycle configuration was deleted.</source>
        <translation>Die Lebenszykluskonfiguration wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n rule(s) to the bucket.</source>
        <translation>
            <numerusform>%n Regel auf den Bucket angewendet.</numerusform>
            <numerusform>%n Regeln auf den Bucket angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>The JSON cannot be read, so the form is locked until it is fixed: %1</source>
        <translation>Das JSON ist nicht lesbar; das Formular bleibt gesperrt, bis es korrigiert ist: %1</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Gesperrt, solange das JSON einen Fehler enthält</translation>
    </message>
    <message>
        <source>(rule %1, no ID)</source>
        <translation>(Regel %1, keine ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no problems found.</source>
        <translation>
            <numerusform>%n Regel, keine Probleme gefunden.</numerusform>
            <numerusform>%n Regeln, keine Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this configuration. First: %1</source>
        <translation>
            <numerusform>%n Problem: Der Server wird diese Konfiguration ablehnen. Erstes: %1</numerusform>
            <numerusform>%n Probleme: Der Server wird diese Konfiguration ablehnen. Erstes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a lifecycle configuration.</source>
        <translation>%1 ist zu groß für eine Lebenszykluskonfiguration.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>Gui::LifecyclePreviewWidget</name>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n Objekt, %1</numerusform>
            <numerusform>%n Objekte, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample up to</source>
        <translation>Stichprobe bis zu</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> Objekte</translation>
    </message>
    <message>
        <source>List objects and preview</source>
        <translation>Objekte auflisten und Vorschau zeigen</translation>
    </message>
    <message>
        <source>Press the button to list the bucket&apos;s objects.</source>
        <translation>Drücken Sie die Schaltfläche, um die Objekte des Buckets aufzulisten.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Nächste 90 Tage</translation>
    </message>
    <message>
        <source>Next 365 days</source>
        <translation>Nächste 365 Tage</translation>
    </message>
    <message>
        <source>Affected keys within 365 days (of the sample):</source>
        <translation>Betroffene Schlüssel innerhalb von 365 Tagen (aus der Stichprobe):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Listing objects...</source>
        <translation>Objekte werden aufgelistet...</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Auflisten fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing objects... %n so far</source>
        <translation>
            <numerusform>Objekte werden aufgelistet... bisher %n</numerusform>
            <numerusform>Objekte werden aufgelistet... bisher %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.</source>
        <translation>
            <numerusform>Stichprobe: das erste Objekt des Buckets (er enthält mehr); die Zahlen beziehen sich nur auf die Stichprobe.</numerusform>
            <numerusform>Stichprobe: die ersten %n Objekte des Buckets (er enthält mehr); die Zahlen beziehen sich nur auf die Stichprobe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n object(s) of the bucket were listed.</source>
        <translation>
            <numerusform>Das einzige Objekt des Buckets wurde aufgelistet.</numerusform>
            <numerusform>Alle %n Objekte des Buckets wurden aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags are not listed, so rules filtering on tags match no sampled object.</source>
        <translation>Tags werden nicht aufgelistet, daher treffen Regeln mit Tag-Filter auf kein Objekt der Stichprobe zu.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Delete noncurrent versions</source>
        <translation>Nicht aktuelle Versionen löschen</translation>
    </message>
    <message>
        <source>Remove delete markers</source>
        <translation>Löschmarkierungen entfernen</translation>
    </message>
    <message>
        <source>Abort uploads</source>
        <translation>Uploads abbrechen</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleRuleForm</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>generated by the server when empty</source>
        <translation>wird vom Server erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Rule ID:</source>
        <translation>Regel-ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Filter (objects the rule applies to)</source>
        <translation>Filter (Objekte, für die die Regel gilt)</translation>
    </message>
    <message>
        <source>all objects when empty, e.g. logs/</source>
        <translation>leer für alle Objekte, z. B. logs/</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>larger than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>Objektgröße:</translation>
    </message>
    <message>
        <source>Current versions</source>
        <translation>Aktuelle Versionen</translation>
    </message>
    <message>
        <source>Transitions (days after creation, or a date):</source>
        <translation>Übergänge (Tage nach der Erstellung oder ein Datum):</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Nie ablaufen</translation>
    </message>
    <message>
        <source>Expire after days</source>
        <translation>Ablauf nach Tagen</translation>
    </message>
    <message>
        <source>Expire on date</source>
        <translation>Ablauf an einem Datum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Remove expired object delete markers</source>
        <translation>Abgelaufene Löschmarkierungen entfernen</translation>
    </message>
    <message>
        <source>Noncurrent versions (versioned buckets)</source>
        <translation>Nicht aktuelle Versionen (versionierte Buckets)</translation>
    </message>
    <message>
        <source>Days noncurrent</source>
        <translation>Tage nicht aktuell</translation>
    </message>
    <message>
        <source>Keep newer versions</source>
        <translation>Neuere Versionen behalten</translation>
    </message>
    <message>
        <source>Delete noncurrent versions after</source>
        <translation>Nicht aktuelle Versionen löschen nach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>keep newer versions:</source>
        <translation>neuere Versionen behalten:</translation>
    </message>
    <message>
        <source>Abort incomplete multipart uploads after</source>
        <translation>Unvollständige mehrteilige Uploads abbrechen nach</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleTimelineWidget</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days on the timeline axis</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>Keine Regeln</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>noncurrent</source>
        <translation>nicht aktuell</translation>
    </message>
    <message>
        <source>noncurrent versions</source>
        <translation>nicht aktuelle Versionen</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>aktuelle Version</translation>
    </message>
    <message>
        <source>from day %1</source>
        <translation>ab Tag %1</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>Tage %1 bis %2</translation>
    </message>
    <message>
        <source>Day %1 (%2)
%3: %4, %5</source>
        <translation>Tag %1 (%2)
%3: %4, %5</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>New &amp;Connection...</source>
        <translation>Neue &amp;Verbindung...</translation>
    </message>
    <message>
        <source>Create &amp;Bucket...</source>
        <translation>&amp;Bucket erstellen...</translation>
    </message>
    <message>
        <source>Delete Bucket...</source>
        <translation>Bucket löschen...</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>Dateien &amp;hochladen...</translation>
    </message>
    <message>
        <source>Upload &amp;Folder...</source>
        <translation>&amp;Ordner hochladen...</translation>
    </message>
    <message>
        <source>&amp;Download To...</source>
        <translation>&amp;Herunterladen nach...</translation>
    </message>
    <message>
        <source>&amp;New Folder...</source>
        <translation>&amp;Neuer Ordner...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Copy &amp;Link...</source>
        <translation>&amp;Link kopieren...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Pail</source>
        <translation>Ü&amp;ber Pail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Listing failed: %1 (press F5 to retry)</source>
        <translation>Auflisten fehlgeschlagen: %1 (F5 drücken, um es erneut zu versuchen)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>Select or create a bucket.</source>
        <translation>Wählen oder erstellen Sie einen Bucket.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, loading more...</source>
        <translation>
            <numerusform>%n Element geladen, weitere werden geladen...</numerusform>
            <numerusform>%n Elemente geladen, weitere werden geladen...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more on scroll (sorting covers loaded items only)</source>
        <translation>
            <numerusform>%n Element geladen, weitere beim Scrollen (Sortieren betrifft nur geladene Elemente)</numerusform>
            <numerusform>%n Elemente geladen, weitere beim Scrollen (Sortieren betrifft nur geladene Elemente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <translation>
            <numerusform>%n ausgewählt (%1)</numerusform>
            <numerusform>%n ausgewählt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Starting sandbox...</source>
        <translation>Sandbox wird gestartet...</translation>
    </message>
    <message>
        <source>%1: unavailable</source>
        <translation>%1: nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be created.</source>
        <translation>Der Bucket „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Bucket &quot;%1&quot; created. Drop files here to upload them.</source>
        <translation>Bucket „%1“ erstellt. Ziehen Sie Dateien hierher, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>Could not look into the bucket &quot;%1&quot;.</source>
        <translation>Der Inhalt des Buckets „%1“ konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>more than 1000 objects</source>
        <translation>mehr als 1000 Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Bucket</source>
        <translation>Bucket löschen</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; still holds %2. Delete them first, then delete the bucket.</source>
        <translation>Der Bucket „%1“ enthält noch %2. Löschen Sie diese zuerst und dann den Bucket.</translation>
    </message>
    <message>
        <source>Delete the empty bucket &quot;%1&quot;?</source>
        <translation>Den leeren Bucket „%1“ löschen?</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be deleted.</source>
        <translation>Der Bucket „%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>No credential store is available to keep the secret key.</source>
        <translation>Es ist kein Anmeldedatenspeicher verfügbar, der den geheimen Schlüssel aufbewahren kann.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>The folder could not be listed.</source>
        <translation>Der Ordner konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>Der Ordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>S3 cannot rename: this copies %1 of data to the new name and then deletes the old object. Continue?</source>
        <translation>S3 kann nicht umbenennen: Dabei werden %1 Daten unter den neuen Namen kopiert und danach das alte Objekt gelöscht. Fortfahren?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed.</source>
        <translation>„%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (including the contents of %n folder(s))</source>
        <translation>
            <numerusform> (einschließlich des Inhalts von %n Ordner)</numerusform>
            <numerusform> (einschließlich des Inhalts von %n Ordnern)</numerusform>
        </translation>
    </message>
    <message>
        <source>This bucket keeps versions: S3 adds a delete marker and keeps the old versions. Undo (Ctrl+Z) removes the markers again.</source>
        <translation>Dieser Bucket bewahrt Versionen auf: S3 setzt eine Löschmarkierung und behält die alten Versionen. Rückgängig (Strg+Z) entfernt die Markierungen wieder.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The objects could not be deleted.</source>
        <translation>Die Objekte konnten nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted.</source>
        <translation>
            <numerusform>%n Objekt konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Objekte konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delete could not be undone.</source>
        <translation>Das Löschen konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n object(s).</source>
        <translation>
            <numerusform>%n Objekt wiederhergestellt.</numerusform>
            <numerusform>%n Objekte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>The link works for:</source>
        <translation>Der Link gilt für:</translation>
    </message>
    <message>
        <source>No link could be made.</source>
        <translation>Es konnte kein Link erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n Link in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Links in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>&amp;Versionen anzeigen</translation>
    </message>
    <message>
        <source>List every version and delete marker of the objects</source>
        <translation>Alle Versionen und Löschmarkierungen der Objekte auflisten</translation>
    </message>
    <message>
        <source>Nothing to undo: the delete markers are already gone.</source>
        <translation>Nichts rückgängig zu machen: Die Löschmarkierungen sind bereits entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n delete marker(s) were already gone.</source>
        <translation>
            <numerusform>%n Löschmarkierung war bereits entfernt.</numerusform>
            <numerusform>%n Löschmarkierungen waren bereits entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse at Date</source>
        <translation>Stand zu einem Zeitpunkt anzeigen</translation>
    </message>
    <message>
        <source>Show this folder as it was at:</source>
        <translation>Diesen Ordner so anzeigen, wie er war am:</translation>
    </message>
    <message>
        <source>Showing the objects as they were at %1 (read-only).</source>
        <translation>Objekte im Stand vom %1 (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Browse at &amp;Date…</source>
        <translation>Stand zu einem &amp;Zeitpunkt…</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Hochladen abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3.</source>
        <translation>%1 (%2) ist in %3.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Herunterladen abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) ist gespeichert.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not downloaded: its name cannot be a file name here.</source>
        <translation>„%1“ wurde nicht heruntergeladen: Der Name kann hier kein Dateiname sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not downloaded: their keys cannot be paths inside the folder.</source>
        <translation>
            <numerusform>%n Objekt nicht heruntergeladen: Sein Schlüssel kann kein Pfad im Ordner sein.</numerusform>
            <numerusform>%n Objekte nicht heruntergeladen: Ihre Schlüssel können keine Pfade im Ordner sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ObjectListModel</name>
    <message>
        <source>Sorting orders the rows loaded so far; scroll down to load more.</source>
        <translation>Sortieren ordnet die bisher geladenen Zeilen; scrollen Sie nach unten, um weitere zu laden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>%1 (delete marker)</source>
        <translation>%1 (Löschmarkierung)</translation>
    </message>
    <message>
        <source>%1 (older version)</source>
        <translation>%1 (ältere Version)</translation>
    </message>
    <message>
        <source>%1
Version: %2</source>
        <translation>%1
Version: %2</translation>
    </message>
</context>
<context>
    <name>Gui::PolicyEditorDialog</name>
    <message>
        <source>Public read of a prefix</source>
        <translation>Öffentliches Lesen eines Präfixes</translation>
    </message>
    <message>
        <source>Deny access without TLS</source>
        <translation>Zugriff ohne TLS verweigern</translation>
    </message>
    <message>
        <source>Deny unencrypted uploads</source>
        <translation>Unverschlüsselte Uploads verweigern</translation>
    </message>
    <message>
        <source>Grant a user read/write on a prefix</source>
        <translation>Einem Benutzer Lesen/Schreiben auf ein Präfix erlauben</translation>
    </message>
    <message>
        <source>Restrict access to an IP range</source>
        <translation>Zugriff auf einen IP-Bereich beschränken</translation>
    </message>
    <message>
        <source>Read-only for a user</source>
        <translation>Nur Lesen für einen Benutzer</translation>
    </message>
    <message>
        <source>Write-only drop box for a user</source>
        <translation>Nur-Schreiben-Ablage für einen Benutzer</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Address range (CIDR):</source>
        <translation>Adressbereich (CIDR):</translation>
    </message>
    <message>
        <source>Bucket policy - %1</source>
        <translation>Bucket-Richtlinie - %1</translation>
    </message>
    <message>
        <source>Bucket policy of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bucket-Richtlinie von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Sid</source>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Edit a cell to change the statement. Lists are separated by commas; &quot;NOT &quot; in front writes NotPrincipal, NotAction or NotResource.</source>
        <translation>Bearbeiten Sie eine Zelle, um die Anweisung zu ändern. Listen werden durch Kommas getrennt; ein vorangestelltes &quot;NOT &quot; schreibt NotPrincipal, NotAction oder NotResource.</translation>
    </message>
    <message>
        <source>Conditions of the selected statement (all must hold):</source>
        <translation>Bedingungen der gewählten Anweisung (alle müssen gelten):</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Anweisung hinzufügen</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Anweisung entfernen</translation>
    </message>
    <message>
        <source>Actions...</source>
        <translation>Aktionen...</translation>
    </message>
    <message>
        <source>Resources...</source>
        <translation>Ressourcen...</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table.</source>
        <translation>Die Richtlinie, wie `aws s3api put-bucket-policy` sie liest. Änderungen hier aktualisieren die Tabelle.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Anonymous (no credentials)</source>
        <translation>Anonym (ohne Anmeldedaten)</translation>
    </message>
    <message>
        <source>Account root (bucket owner)</source>
        <translation>Konto-Root (Bucket-Eigentümer)</translation>
    </message>
    <message>
        <source>IAM ARN...</source>
        <translation>IAM-ARN...</translation>
    </message>
    <message>
        <source>empty: the bucket itself</source>
        <translation>leer: der Bucket selbst</translation>
    </message>
    <message>
        <source>s3:prefix of a listing (empty: not set)</source>
        <translation>s3:prefix einer Auflistung (leer: nicht gesetzt)</translation>
    </message>
    <message>
        <source>The request arrives over TLS (aws:SecureTransport)</source>
        <translation>Die Anfrage kommt über TLS (aws:SecureTransport)</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Prinzipal:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Object key:</source>
        <translation>Objektschlüssel:</translation>
    </message>
    <message>
        <source>List prefix:</source>
        <translation>Auflistungspräfix:</translation>
    </message>
    <message>
        <source>Source IP:</source>
        <translation>Quell-IP:</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <source>The simulator evaluates the policy in this editor (also before it is applied), as the server evaluates requests. The deciding statement is highlighted in the Statements table.</source>
        <translation>Der Simulator wertet die Richtlinie in diesem Editor aus (auch bevor sie angewendet ist), so wie der Server Anfragen auswertet. Die entscheidende Anweisung wird in der Tabelle der Anweisungen hervorgehoben.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Auf Bucket anwenden</translation>
    </message>
    <message>
        <source>Loading the bucket policy...</source>
        <translation>Bucket-Richtlinie wird geladen...</translation>
    </message>
    <message>
        <source>The bucket has no policy yet.</source>
        <translation>Der Bucket hat noch keine Richtlinie.</translation>
    </message>
    <message>
        <source>Could not load the bucket policy: %1</source>
        <translation>Die Bucket-Richtlinie konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n statement(s).</source>
        <translation>
            <numerusform>%n Anweisung geladen.</numerusform>
            <numerusform>%n Anweisungen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird angewendet...</translation>
    </message>
    <message>
        <source>The server refused the policy: %1
%2</source>
        <translation>Der Server hat die Richtlinie abgelehnt: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) to the bucket.</source>
        <translation>
            <numerusform>%n Anweisung auf den Bucket angewendet.</numerusform>
            <numerusform>%n Anweisungen auf den Bucket angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the bucket policy...</source>
        <translation>Bucket-Richtlinie wird gelöscht...</translation>
    </message>
    <message>
        <source>The server refused to delete the policy: %1
%2</source>
        <translation>Der Server hat das Löschen der Richtlinie abgelehnt: %1
%2</translation>
    </message>
    <message>
        <source>The bucket policy was deleted.</source>
        <translation>Die Bucket-Richtlinie wurde gelöscht.</translation>
    </message>
    <message>
        <source>Edit the conditions in the table below.</source>
        <translation>Bearbeiten Sie die Bedingungen in der Tabelle unten.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. The table is locked until the JSON is fixed.</source>
        <translation>Zeile %1, Spalte %2: %3. Die Tabelle ist gesperrt, bis das JSON korrigiert ist.</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Gesperrt, solange das JSON einen Fehler hat</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), no problems found.</source>
        <translation>
            <numerusform>%n Anweisung, keine Probleme gefunden.</numerusform>
            <numerusform>%n Anweisungen, keine Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this policy.</source>
        <translation>
            <numerusform>%n Problem: Der Server wird diese Richtlinie ablehnen.</numerusform>
            <numerusform>%n Probleme: Der Server wird diese Richtlinie ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>Statement %1 (%2)</source>
        <translation>Anweisung %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;anyone on the internet, also without credentials&lt;/b&gt;</source>
        <translation>&lt;b&gt;jedem im Internet, auch ohne Anmeldedaten,&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;everyone except %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;allen außer %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>jede Aktion außer %1</translation>
    </message>
    <message>
        <source>everything except %1</source>
        <translation>alles außer %1</translation>
    </message>
    <message>
        <source>%1 lets %2 do %3 on %4</source>
        <translation>%1 erlaubt %2 %3 auf %4</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>, wenn %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This policy makes the bucket public.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Richtlinie macht den Bucket öffentlich.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added the template &quot;%1&quot;. Apply to send it to the bucket.</source>
        <translation>Vorlage &quot;%1&quot; hinzugefügt. Anwenden sendet sie an den Bucket.</translation>
    </message>
    <message>
        <source>Sandbox user %1</source>
        <translation>Sandbox-Benutzer %1</translation>
    </message>
    <message>
        <source>Fix the policy first</source>
        <translation>Zuerst die Richtlinie korrigieren</translation>
    </message>
    <message>
        <source>Reading the user&apos;s policies...</source>
        <translation>Richtlinien des Benutzers werden gelesen...</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s policies: %1</source>
        <translation>Die Richtlinien des Benutzers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny (explicit)</source>
        <translation>Verweigern (ausdrücklich)</translation>
    </message>
    <message>
        <source>Deny (no statement allows it)</source>
        <translation>Verweigern (keine Anweisung erlaubt es)</translation>
    </message>
    <message>
        <source>Request: %1 %2 on %3</source>
        <translation>Anfrage: %1 %2 auf %3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Decided by: the account root (allowed unless the bucket policy denies explicitly)</source>
        <translation>Entschieden durch: den Konto-Root (erlaubt, außer die Bucket-Richtlinie verweigert ausdrücklich)</translation>
    </message>
    <message>
        <source>Decided by the user&apos;s identity policy &quot;%1&quot;, statement %2.</source>
        <translation>Entschieden durch die Identitätsrichtlinie &quot;%1&quot; des Benutzers, Anweisung %2.</translation>
    </message>
    <message>
        <source>This endpoint does not support bucket policies (it answered the capability probe with NotImplemented). The editor and the simulator still work on the text.</source>
        <translation>Dieser Endpunkt unterstützt keine Bucket-Richtlinien (er hat die Fähigkeitsprüfung mit NotImplemented beantwortet). Editor und Simulator arbeiten weiterhin mit dem Text.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language applies at once to the menus, the toolbar, the status bar and the column headers. Panels and dialogs that are already open, and the details pane, show it after Pail is restarted.</source>
        <translation>Eine neue Sprache gilt sofort für die Menüs, die Werkzeugleiste, die Statusleiste und die Spaltenköpfe. Bereits geöffnete Bereiche und Dialoge sowie der Detailbereich zeigen sie erst nach einem Neustart von Pail.</translation>
    </message>
    <message>
        <source>The language applies after Pail is restarted.</source>
        <translation>Die Sprache gilt nach einem Neustart von Pail.</translation>
    </message>
</context>
<context>
    <name>Gui::ResourcePickerDialog</name>
    <message>
        <source>Choose resources</source>
        <translation>Ressourcen wählen</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>The bucket itself (listing, bucket settings)</source>
        <translation>Der Bucket selbst (Auflisten, Bucket-Einstellungen)</translation>
    </message>
    <message>
        <source>All objects in the bucket</source>
        <translation>Alle Objekte im Bucket</translation>
    </message>
    <message>
        <source>Objects under a prefix:</source>
        <translation>Objekte unter einem Präfix:</translation>
    </message>
    <message>
        <source>e.g. public/</source>
        <translation>z. B. public/</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel...</source>
        <translation>Sandbox-&amp;Bereich...</translation>
    </message>
    <message>
        <source>Serve the local sandbox on a port, with its keys, request log, clock and storage</source>
        <translation>Die lokale Sandbox auf einem Port bereitstellen, mit Schlüsseln, Anfrageprotokoll, Uhr und Speicher</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anforderungsprotokoll</translation>
    </message>
    <message>
        <source>aws-cli</source>
        <translation>aws-cli</translation>
    </message>
    <message>
        <source>boto3</source>
        <translation>boto3</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Running&lt;/b&gt; on %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Läuft&lt;/b&gt; auf %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Stopped&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Gestoppt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Gestoppt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1
operation: %2
request id: %3
bytes in/out: %4/%5</source>
        <translation>%1
Vorgang: %2
Anforderungs-ID: %3
Bytes ein/aus: %4/%5</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Von anderen Computern erreichbar</translation>
    </message>
    <message>
        <source>Off: the server listens on 127.0.0.1 only (this computer). On: on every network interface; anyone who can reach the port and has the keys can use it.</source>
        <translation>Aus: Der Server lauscht nur auf 127.0.0.1 (dieser Computer). An: auf allen Netzwerkschnittstellen; wer den Port erreicht und die Schlüssel hat, kann ihn nutzen.</translation>
    </message>
    <message>
        <source>HTTPS (self-signed certificate)</source>
        <translation>HTTPS (selbstsigniertes Zertifikat)</translation>
    </message>
    <message>
        <source>A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox&apos;s data directory; clients must trust it (see the snippets).</source>
        <translation>Im Datenverzeichnis der Sandbox wird ein Zertifikat für localhost, 127.0.0.1 und ::1 erzeugt; Clients müssen ihm vertrauen (siehe Snippets).</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Filter by method, path, status or user</source>
        <translation>Nach Methode, Pfad, Status oder Benutzer filtern</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle rules and presigned link expiry can be watched.</source>
        <translation>Echte Sekunden pro simuliertem Tag: 60 lässt jede Minute einen Tag vergehen, sodass Lebenszyklusregeln und Ablauf vorsignierter Links beobachtet werden können.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> Tag(e)</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Sandbox time:</source>
        <translation>Sandbox-Zeit:</translation>
    </message>
    <message>
        <source>Day length:</source>
        <translation>Tageslänge:</translation>
    </message>
    <message>
        <source>Jump ahead:</source>
        <translation>Vorspringen:</translation>
    </message>
    <message>
        <source>Time only moves forward. Lifecycle rules run right after a jump; object dates, restores and presigned URL expiry follow the sandbox time.</source>
        <translation>Die Zeit läuft nur vorwärts. Lebenszyklusregeln laufen direkt nach einem Sprung; Objektdaten, Wiederherstellungen und Ablauf vorsignierter URLs folgen der Sandbox-Zeit.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>beliebiger freier Port (jetzt %1)</translation>
    </message>
    <message>
        <source>plain HTTP: no certificate</source>
        <translation>einfaches HTTP: kein Zertifikat</translation>
    </message>
    <message>
        <source>account root (full access)</source>
        <translation>Konto-Root (voller Zugriff)</translation>
    </message>
    <message>
        <source>user (access from policies)</source>
        <translation>Benutzer (Zugriff über Richtlinien)</translation>
    </message>
    <message>
        <source>Not counted yet: press Refresh.</source>
        <translation>Noch nicht gezählt: „Aktualisieren“ drücken.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>This server has no sandbox clock.</source>
        <translation>Dieser Server hat keine Sandbox-Uhr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC (%n day(s) ahead of real time)</source>
        <translation>
            <numerusform>%1 UTC (%n Tag vor der Echtzeit)</numerusform>
            <numerusform>%1 UTC (%n Tage vor der Echtzeit)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Identity policies</source>
        <translation>Identitätsrichtlinien</translation>
    </message>
    <message>
        <source>New user name (A-Z a-z 0-9 +=,.@_-)</source>
        <translation>Name des neuen Benutzers (A-Z a-z 0-9 +=,.@_-)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>The keys of a new user are shown here once</source>
        <translation>Die Schlüssel eines neuen Benutzers werden hier einmal angezeigt</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>Benutzer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The server refused the user: %1
%2</source>
        <translation>Der Server hat den Benutzer abgelehnt: %1
%2</translation>
    </message>
    <message>
        <source>User %1 added. It can do nothing until an identity or bucket policy allows it; copy its keys now (access key ID, then secret), they are not shown again.</source>
        <translation>Benutzer %1 hinzugefügt. Er darf nichts, bis eine Identitäts- oder Bucket-Richtlinie es erlaubt; kopieren Sie jetzt seine Schlüssel (Zugriffsschlüssel-ID, dann Geheimnis), sie werden nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>Benutzer %1 entfernt.</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>Der Server hat abgelehnt: %1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>Gui::ShareDialog</name>
    <message>
        <source>Share - %1</source>
        <translation>Freigeben – %1</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Download (GET)</source>
        <translation>Herunterladen (GET)</translation>
    </message>
    <message>
        <source>Upload (PUT)</source>
        <translation>Hochladen (PUT)</translation>
    </message>
    <message>
        <source>Link lets others:</source>
        <translation>Der Link erlaubt anderen:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days (maximum)</source>
        <translation>7 Tage (Maximum)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Läuft ab nach:</translation>
    </message>
    <message>
        <source>optional: the name the browser saves it as</source>
        <translation>optional: der Name, unter dem der Browser sie speichert</translation>
    </message>
    <message>
        <source>Download as:</source>
        <translation>Herunterladen als:</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Links handed out (still valid):</source>
        <translation>Ausgegebene Links (noch gültig):</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>A presigned link can last at most 7 days (a limit of AWS Signature Version 4).</source>
        <translation>Ein vorsignierter Link gilt höchstens 7 Tage (eine Grenze von AWS Signature Version 4).</translation>
    </message>
    <message>
        <source>Cannot create the link: %1</source>
        <translation>Der Link kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Too long for a QR code</source>
        <translation>Zu lang für einen QR-Code</translation>
    </message>
    <message>
        <source>Double-click to copy</source>
        <translation>Doppelklicken zum Kopieren</translation>
    </message>
</context>
<context>
    <name>Gui::StorageChart</name>
    <message>
        <source>Storage per bucket and class</source>
        <translation>Speicher pro Bucket und Klasse</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Zähle...</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>Buckets konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s), %1 in total.</source>
        <translation>
            <numerusform>%n Bucket, insgesamt %1.</numerusform>
            <numerusform>%n Buckets, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the first %1 objects only: %2.</source>
        <translation>Nur aus den ersten %1 Objekten gezählt: %2.</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
</context>
<context>
    <name>Gui::TransferModel</name>
    <message>
        <source>%1 → %2/%3</source>
        <translation>%1 → %2/%3</translation>
    </message>
    <message>
        <source>%2/%3 → %1</source>
        <translation>%2/%3 → %1</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Bulk job</source>
        <translation>Sammelauftrag</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 Objekte/s</translation>
    </message>
</context>
</TS>
