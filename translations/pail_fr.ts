<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Compilé avec Qt %1. Qt est utilisé sous la licence GNU LGPL version 3 ; son code source est disponible sur &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>About Pail</source>
        <translation>À propos de Pail</translation>
    </message>
    <message>
        <source>A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a local sandbox.</source>
        <translation>Un gestionnaire de bureau pour le stockage compatible S3, avec un moteur S3 intégré qui fonctionne comme bac à sable local.</translation>
    </message>
    <message>
        <source>Pail is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Pail est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>Gui::ActionPickerDialog</name>
    <message>
        <source>Choose actions</source>
        <translation>Choisir les actions</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>Caractères génériques</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>More actions or patterns, separated by commas</source>
        <translation>Autres actions ou motifs, séparés par des virgules</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autres :</translation>
    </message>
</context>
<context>
    <name>Gui::BucketActions</name>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Compartiment</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Rules...</source>
        <translation>Règles de &amp;cycle de vie...</translation>
    </message>
    <message>
        <source>Bucket &amp;Policy...</source>
        <translation>&amp;Stratégie du compartiment...</translation>
    </message>
    <message>
        <source>Bucket &amp;Settings...</source>
        <translation>&amp;Paramètres du compartiment...</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>&amp;Partager...</translation>
    </message>
</context>
<context>
    <name>Gui::BucketSettingsDialog</name>
    <message>
        <source>Bucket settings - %1</source>
        <translation>Paramètres du compartiment - %1</translation>
    </message>
    <message>
        <source>Settings of bucket &lt;b&gt;%1&lt;/b&gt;. Each tab applies on its own.</source>
        <translation>Paramètres du compartiment &lt;b&gt;%1&lt;/b&gt;. Chaque onglet s&apos;applique séparément.</translation>
    </message>
    <message>
        <source>Enabled: keep every version of every object</source>
        <translation>Activé : conserver chaque version de chaque objet</translation>
    </message>
    <message>
        <source>Suspended: new writes replace the null version; existing versions stay</source>
        <translation>Suspendu : les nouvelles écritures remplacent la version null ; les versions existantes restent</translation>
    </message>
    <message>
        <source>Once versioning has been enabled it cannot be turned off again, only suspended. Existing versions are kept (and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>Une fois activé, le versionnage ne peut plus être désactivé, seulement suspendu. Les versions existantes sont conservées (et facturées) jusqu&apos;à leur suppression ou leur expiration par une règle de cycle de vie.</translation>
    </message>
    <message>
        <source>Apply versioning</source>
        <translation>Appliquer le versionnage</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionnage</translation>
    </message>
    <message>
        <source>None (no default encryption)</source>
        <translation>Aucun (pas de chiffrement par défaut)</translation>
    </message>
    <message>
        <source>SSE-S3 (AES256, keys managed by the server)</source>
        <translation>SSE-S3 (AES256, clés gérées par le serveur)</translation>
    </message>
    <message>
        <source>SSE-KMS (a KMS key)</source>
        <translation>SSE-KMS (une clé KMS)</translation>
    </message>
    <message>
        <source>KMS key ID or ARN (empty: the AWS managed key)</source>
        <translation>ID ou ARN de la clé KMS (vide : la clé gérée par AWS)</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>Clé KMS :</translation>
    </message>
    <message>
        <source>Apply encryption</source>
        <translation>Appliquer le chiffrement</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Supprimer la balise</translation>
    </message>
    <message>
        <source>Apply tags</source>
        <translation>Appliquer les balises</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>En-têtes exposés</translation>
    </message>
    <message>
        <source>Max age (s)</source>
        <translation>Âge max. (s)</translation>
    </message>
    <message>
        <source>Apply CORS</source>
        <translation>Appliquer CORS</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>Document d&apos;index :</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>Document d&apos;erreur :</translation>
    </message>
    <message>
        <source>Apply website</source>
        <translation>Appliquer le site web</translation>
    </message>
    <message>
        <source>Static website</source>
        <translation>Site web statique</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <source>Versioning is enabled.</source>
        <translation>Le versionnage est activé.</translation>
    </message>
    <message>
        <source>Versioning is suspended.</source>
        <translation>Le versionnage est suspendu.</translation>
    </message>
    <message>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>Le versionnage n&apos;a jamais été activé sur ce compartiment.</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>Non configuré.</translation>
    </message>
    <message>
        <source>This endpoint does not support this setting: it answered the capability probe with NotImplemented (or an error it does not explain).</source>
        <translation>Ce point de terminaison ne prend pas en charge ce paramètre : il a répondu au test de capacités par NotImplemented (ou une erreur qu&apos;il n&apos;explique pas).</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Application...</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>Le serveur a refusé : %1
%2</translation>
    </message>
    <message>
        <source>Default encryption removed.</source>
        <translation>Chiffrement par défaut supprimé.</translation>
    </message>
    <message>
        <source>Default encryption applied.</source>
        <translation>Chiffrement par défaut appliqué.</translation>
    </message>
    <message>
        <source>Tags removed.</source>
        <translation>Balises supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) applied.</source>
        <translation>
            <numerusform>%n balise appliquée.</numerusform>
            <numerusform>%n balises appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>CORS configuration removed.</source>
        <translation>Configuration CORS supprimée.</translation>
    </message>
    <message>
        <source>CORS configuration applied.</source>
        <translation>Configuration CORS appliquée.</translation>
    </message>
    <message>
        <source>Apply ownership and access</source>
        <translation>Appliquer propriété et accès</translation>
    </message>
    <message>
        <source>Ownership / public access</source>
        <translation>Propriété / accès public</translation>
    </message>
    <message>
        <source>Object Ownership</source>
        <translation>Propriété des objets</translation>
    </message>
    <message>
        <source>ACLs disabled: bucket owner enforced (recommended)</source>
        <translation>ACL désactivées : propriétaire du compartiment imposé (recommandé)</translation>
    </message>
    <message>
        <source>All objects in this bucket are owned by this account. Access to this bucket and its objects is specified using only policies.</source>
        <translation>Tous les objets de ce compartiment appartiennent à ce compte. L’accès au compartiment et à ses objets est défini uniquement par des stratégies.</translation>
    </message>
    <message>
        <source>ACLs enabled: bucket owner preferred</source>
        <translation>ACL activées : propriétaire du compartiment préféré</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the bucket owner. Otherwise, they are owned by the object writer.</source>
        <translation>Les objets de ce compartiment peuvent appartenir à d’autres comptes et l’accès peut être accordé par des ACL. Si les nouveaux objets indiquent l’ACL prédéfinie bucket-owner-full-control, ils appartiennent au propriétaire du compartiment ; sinon au rédacteur.</translation>
    </message>
    <message>
        <source>ACLs enabled: object writer</source>
        <translation>ACL activées : rédacteur de l’objet</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object writer remains the object owner.</source>
        <translation>Les objets de ce compartiment peuvent appartenir à d’autres comptes et l’accès peut être accordé par des ACL. Le rédacteur reste propriétaire de l’objet.</translation>
    </message>
    <message>
        <source>Block Public Access (bucket settings)</source>
        <translation>Bloquer l’accès public (paramètres du compartiment)</translation>
    </message>
    <message>
        <source>Block all public access</source>
        <translation>Bloquer tout l’accès public</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new access control lists (ACLs)</source>
        <translation>Bloquer l’accès public aux compartiments et objets accordé par de nouvelles listes de contrôle d’accès (ACL)</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through any access control lists (ACLs)</source>
        <translation>Bloquer l’accès public aux compartiments et objets accordé par toute liste de contrôle d’accès (ACL)</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new public bucket policies</source>
        <translation>Bloquer l’accès public aux compartiments et objets accordé par de nouvelles stratégies de compartiment publiques</translation>
    </message>
    <message>
        <source>Block public and cross-account access to buckets and objects through any public bucket policies</source>
        <translation>Bloquer l’accès public et inter-comptes aux compartiments et objets via toute stratégie de compartiment publique</translation>
    </message>
    <message>
        <source>Public access is granted to buckets and objects through ACLs and bucket policies. The server refuses new public grants while the matching setting is on.</source>
        <translation>L’accès public aux compartiments et objets est accordé par des ACL et des stratégies de compartiment. Le serveur refuse toute nouvelle autorisation publique tant que le réglage correspondant est actif.</translation>
    </message>
    <message>
        <source>The bucket policy makes this bucket public.</source>
        <translation>La stratégie rend ce compartiment public.</translation>
    </message>
    <message>
        <source>The bucket policy does not make this bucket public.</source>
        <translation>La stratégie ne rend pas ce compartiment public.</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>Le compartiment n’a pas de stratégie.</translation>
    </message>
    <message>
        <source>Policy status unknown: %1</source>
        <translation>État de la stratégie inconnu : %1</translation>
    </message>
    <message>
        <source>Object ownership and Block Public Access applied.</source>
        <translation>Propriété des objets et blocage de l’accès public appliqués.</translation>
    </message>
    <message>
        <source>Apply logging</source>
        <translation>Appliquer la journalisation</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Log requests made to this bucket</source>
        <translation>Journaliser les requêtes faites à ce compartiment</translation>
    </message>
    <message>
        <source>Target bucket</source>
        <translation>Compartiment cible</translation>
    </message>
    <message>
        <source>Target bucket:</source>
        <translation>Compartiment cible :</translation>
    </message>
    <message>
        <source>Target prefix:</source>
        <translation>Préfixe cible :</translation>
    </message>
    <message>
        <source>Server access log records (one line per request, in S3&apos;s space-separated format) are delivered in batches as objects named &amp;lt;prefix&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; in the target bucket. The target must exist and belong to the same owner; use a different bucket than this one, or the logs of the logs will be logged too.</source>
        <translation>Les journaux d’accès serveur (une ligne par requête, au format S3 séparé par des espaces) sont livrés par lots sous forme d’objets nommés &amp;lt;préfixe&amp;gt;AAAA-MM-JJ-hh-mm-ss-&amp;lt;id&amp;gt; dans le compartiment cible. La cible doit exister et appartenir au même propriétaire ; utilisez un autre compartiment que celui-ci, sinon les journaux seront eux aussi journalisés.</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>La journalisation est désactivée.</translation>
    </message>
    <message>
        <source>Logging to %1 enabled.</source>
        <translation>Journalisation vers %1 activée.</translation>
    </message>
    <message>
        <source>Logging turned off.</source>
        <translation>Journalisation désactivée.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>En-têtes autorisés</translation>
    </message>
    <message>
        <source>One rule per row. Lists are separated by commas; an empty max age is left out.</source>
        <translation>Une règle par ligne. Les listes sont séparées par des virgules ; une durée maximale vide est omise.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Rules (kept in step with the XML below; no rules removes the CORS configuration):</source>
        <translation>Règles (synchronisées avec le XML ci-dessous ; aucune règle supprime la configuration CORS) :</translation>
    </message>
    <message>
        <source>Rule %1: the max age must be a whole number of seconds.</source>
        <translation>Règle %1 : la durée maximale doit être un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>Rule %1 needs at least one origin and one method.</source>
        <translation>La règle %1 doit avoir au moins une origine et une méthode.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The XML is not a valid CORS configuration: %1</source>
        <translation>Le XML n’est pas une configuration CORS valide : %1</translation>
    </message>
    <message>
        <source>Enable static website hosting</source>
        <translation>Activer l&apos;hébergement de site web statique</translation>
    </message>
    <message>
        <source>Hosting type</source>
        <translation>Type d&apos;hébergement</translation>
    </message>
    <message>
        <source>Host a static website</source>
        <translation>Héberger un site web statique</translation>
    </message>
    <message>
        <source>Redirect every request to another host</source>
        <translation>Rediriger chaque requête vers un autre hôte</translation>
    </message>
    <message>
        <source>Returned for requests to the root and to any folder (a key ending in /).</source>
        <translation>Renvoyé pour les requêtes vers la racine et vers tout dossier (une clé finissant par /).</translation>
    </message>
    <message>
        <source>error.html (optional)</source>
        <translation>error.html (facultatif)</translation>
    </message>
    <message>
        <source>Returned, with status 404, when a requested object does not exist.</source>
        <translation>Renvoyé, avec le statut 404, quand un objet demandé n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Same as the request</source>
        <translation>Comme la requête</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d’hôte :</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Turning hosting off removes the website configuration. Visitors read objects anonymously: the bucket policy must allow s3:GetObject to everyone, and Block Public Access must not block it.</source>
        <translation>Désactiver l&apos;hébergement supprime la configuration du site web. Les visiteurs lisent les objets anonymement : la stratégie du bucket doit autoriser s3:GetObject à tous, et le blocage de l&apos;accès public ne doit pas l&apos;empêcher.</translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) of this bucket are kept as they are when hosting is applied.</source>
        <translation>
            <numerusform>%n règle de routage de ce bucket est conservée telle quelle quand l&apos;hébergement est appliqué.</numerusform>
            <numerusform>%n règles de routage de ce bucket sont conservées telles quelles quand l&apos;hébergement est appliqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Website endpoint: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Point de terminaison du site : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Once hosting is applied, the website is served at %1</source>
        <translation>Une fois l&apos;hébergement appliqué, le site est servi à %1</translation>
    </message>
    <message>
        <source>Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as aws-cli read it back), but it does not serve websites; on AWS the site would be at http://%1.s3-website-&amp;lt;region&amp;gt;.amazonaws.com.</source>
        <translation>Point de terminaison du site : aucun. Le bac à sable local conserve et vérifie la configuration du site (des outils comme aws-cli la relisent), mais ne sert pas de sites web ; sur AWS le site serait à http://%1.s3-website-&amp;lt;région&amp;gt;.amazonaws.com.</translation>
    </message>
    <message>
        <source>Website endpoint: this provider publishes websites on its own host names; see its documentation.</source>
        <translation>Point de terminaison du site : ce fournisseur publie les sites web sous ses propres noms d&apos;hôte ; voir sa documentation.</translation>
    </message>
    <message>
        <source>Website hosting turned off; the configuration was removed.</source>
        <translation>Hébergement du site désactivé ; la configuration a été supprimée.</translation>
    </message>
    <message>
        <source>Enter the host name to redirect every request to.</source>
        <translation>Saisissez le nom d&apos;hôte vers lequel rediriger chaque requête.</translation>
    </message>
    <message>
        <source>Every request is redirected to %1.</source>
        <translation>Chaque requête est redirigée vers %1.</translation>
    </message>
    <message>
        <source>Website hosting applied.</source>
        <translation>Hébergement du site appliqué.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkActions</name>
    <message>
        <source>Restore Folder to This Moment...</source>
        <translation>Restaurer le dossier à ce moment...</translation>
    </message>
    <message>
        <source>Delete Selection with Folders...</source>
        <translation>Supprimer la sélection avec les dossiers...</translation>
    </message>
    <message>
        <source>Change Storage Class...</source>
        <translation>Changer la classe de stockage...</translation>
    </message>
    <message>
        <source>Copy Selection To...</source>
        <translation>Copier la sélection vers...</translation>
    </message>
    <message>
        <source>Restore from Glacier...</source>
        <translation>Restaurer depuis Glacier...</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n objet, %1</numerusform>
            <numerusform>%n objets, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n élément vers %1</numerusform>
            <numerusform>Déplacer %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>Copier %n élément vers %1</numerusform>
            <numerusform>Copier %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 object(s)</source>
        <translation>
            <numerusform>%n dossier et %1 objet(s)</numerusform>
            <numerusform>%n dossiers et %1 objet(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BulkPreviewDialog</name>
    <message>
        <source>Bring every object under %1 back to how it was at %2: deleted objects come back, changed objects get their old version copied back, and objects created since are deleted. Versions stay in the history.</source>
        <translation>Ramener chaque objet sous %1 à son état du %2 : les objets supprimés reviennent, les objets modifiés retrouvent leur ancienne version par copie, et les objets créés depuis sont supprimés. Les versions restent dans l’historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected object(s) and %1 folder(s) in %2.</source>
        <translation>
            <numerusform>%n objet sélectionné et %1 dossier(s) dans %2.</numerusform>
            <numerusform>%n objets sélectionnés et %1 dossier(s) dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New storage class:</source>
        <translation>Nouvelle classe de stockage :</translation>
    </message>
    <message>
        <source>folder/ (empty = top level)</source>
        <translation>dossier/ (vide = niveau supérieur)</translation>
    </message>
    <message>
        <source>Destination bucket:</source>
        <translation>Bucket de destination :</translation>
    </message>
    <message>
        <source>Destination folder:</source>
        <translation>Dossier de destination :</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>En masse (Bulk)</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Accéléré (Expedited)</translation>
    </message>
    <message>
        <source>Keep the restored copy for (days):</source>
        <translation>Conserver la copie restaurée (jours) :</translation>
    </message>
    <message>
        <source>Retrieval tier:</source>
        <translation>Niveau de récupération :</translation>
    </message>
    <message>
        <source>Listing...</source>
        <translation>Listage...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Delete in %1</source>
        <translation>Suppression dans %1</translation>
    </message>
    <message>
        <source>Change storage class in %1</source>
        <translation>Changement de classe de stockage dans %1</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>Copie depuis %1</translation>
    </message>
    <message>
        <source>Restore from Glacier in %1</source>
        <translation>Restauration depuis Glacier dans %1</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>Restaurer %1 au %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n version(s)</source>
        <translation>
            <numerusform>Listage... %n version</numerusform>
            <numerusform>Listage... %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Échec du listage : %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n object(s)</source>
        <translation>
            <numerusform>Listage... %n objet</numerusform>
            <numerusform>Listage... %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the folder is as it was then (%n version(s) checked).</source>
        <translation>
            <numerusform>Rien à changer : le dossier est tel qu’il était (%n version vérifiée).</numerusform>
            <numerusform>Rien à changer : le dossier est tel qu’il était (%n versions vérifiées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) come back (delete markers removed)</source>
        <translation>
            <numerusform>%n objet revient (marqueurs de suppression retirés)</numerusform>
            <numerusform>%n objets reviennent (marqueurs de suppression retirés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) get their old version copied back (%1)</source>
        <translation>
            <numerusform>%n objet retrouve son ancienne version par copie (%1)</numerusform>
            <numerusform>%n objets retrouvent leur ancienne version par copie (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created since are deleted</source>
        <translation>
            <numerusform>%n objet créé depuis est supprimé</numerusform>
            <numerusform>%n objets créés depuis sont supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n object(s) needs this action.</source>
        <translation>
            <numerusform>L’objet (%n) n’a pas besoin de cette action.</numerusform>
            <numerusform>Aucun des %n objets n’a besoin de cette action.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no objects.</source>
        <translation>La sélection ne contient aucun objet.</translation>
    </message>
    <message>
        <source>Enter a destination bucket.</source>
        <translation>Saisissez un bucket de destination.</translation>
    </message>
    <message>
        <source>The destination is the folder the objects are in.</source>
        <translation>La destination est le dossier où se trouvent les objets.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).</source>
        <translation>
            <numerusform>Total : %n objet, %1, %2 requête(s) (après %3 requête(s) de listage).</numerusform>
            <numerusform>Total : %n objets, %1, %2 requête(s) (après %3 requête(s) de listage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) skipped: the action does not apply to them.</source>
        <translation>
            <numerusform>%n objet ignoré : l’action ne s’y applique pas.</numerusform>
            <numerusform>%n objets ignorés : l’action ne s’y applique pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>Style chemin (hôte/compartiment/clé)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host/key)</source>
        <translation>Hébergement virtuel (compartiment.hôte/clé)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point de terminaison :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>Adressage :</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clé d&apos;accès :</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète :</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment :</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Préfixe :</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the access key.</source>
        <translation>Le point de terminaison ne connaît pas cette clé d&apos;accès. Vérifiez la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key. Check the secret key.</source>
        <translation>La clé secrète ne correspond pas à la clé d&apos;accès. Vérifiez la clé secrète.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the clock (or enable time sync).</source>
        <translation>L&apos;horloge de cet ordinateur est trop éloignée de celle du serveur. Corrigez l&apos;horloge (ou activez la synchronisation de l&apos;heure).</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS). Check the endpoint URL.</source>
        <translation>Le nom d&apos;hôte est introuvable (DNS). Vérifiez l&apos;URL du point de terminaison.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens at that address and port.</source>
        <translation>La connexion a été refusée : rien n&apos;écoute à cette adresse et sur ce port.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: %1</source>
        <translation>La connexion sécurisée (TLS) a échoué : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>Les paramètres sont incomplets : %1</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test en cours...</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The secret key could not be stored: %1</source>
        <translation>La clé secrète n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionModel</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>%1 (starting...)</source>
        <translation>%1 (démarrage...)</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (indisponible)</translation>
    </message>
</context>
<context>
    <name>Gui::CreateBucketDialog</name>
    <message>
        <source>Create Bucket</source>
        <translation>Créer un compartiment</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>Nom du compartiment :</translation>
    </message>
    <message>
        <source>e.g. my-photos-2024</source>
        <translation>p. ex. mes-photos-2024</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A bucket name needs at least 3 characters.</source>
        <translation>Un nom de compartiment doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <source>A bucket name has at most 63 characters.</source>
        <translation>Un nom de compartiment comporte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>Utilisez uniquement des lettres minuscules.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots and hyphens are allowed (&quot;%1&quot; is not).</source>
        <translation>Seuls les lettres minuscules, les chiffres, les points et les traits d&apos;union sont autorisés (« %1 » ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>A bucket name must start and end with a letter or digit.</source>
        <translation>Un nom de compartiment doit commencer et finir par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A bucket name cannot contain two dots in a row.</source>
        <translation>Un nom de compartiment ne peut pas contenir deux points consécutifs.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Un nom de compartiment ne peut pas ressembler à une adresse IP.</translation>
    </message>
    <message>
        <source>This name breaks S3&apos;s bucket naming rules.</source>
        <translation>Ce nom enfreint les règles de nommage des compartiments S3.</translation>
    </message>
    <message>
        <source>This name is valid.</source>
        <translation>Ce nom est valide.</translation>
    </message>
</context>
<context>
    <name>Gui::DetailsPane</name>
    <message>
        <source>No object selected</source>
        <translation>Aucun objet sélectionné</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modifié :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>Classe de stockage :</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restauration :</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune balise</translation>
    </message>
    <message>
        <source>Tags:
%1</source>
        <translation>Balises :
%1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>ID de version</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Restore as latest</source>
        <translation>Restaurer comme la plus récente</translation>
    </message>
    <message>
        <source>Copy this version onto the object so that it becomes the latest version</source>
        <translation>Copier cette version sur l’objet pour qu’elle devienne la version la plus récente</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <source>Download Version</source>
        <translation>Télécharger la version</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2” permanently? This cannot be undone.</source>
        <translation>Supprimer définitivement la version %1 de « %2 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (plus récente)</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>Marqueur de suppression</translation>
    </message>
</context>
<context>
    <name>Gui::EditablePolicy</name>
    <message>
        <source>Expected a string or an array of strings</source>
        <translation>Chaîne ou tableau de chaînes attendu</translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation>Chaîne attendue</translation>
    </message>
    <message>
        <source>A statement must be an object</source>
        <translation>Une instruction doit être un objet</translation>
    </message>
    <message>
        <source>Condition must be an object</source>
        <translation>Condition doit être un objet</translation>
    </message>
    <message>
        <source>A condition operator must hold an object</source>
        <translation>Un opérateur de condition doit contenir un objet</translation>
    </message>
    <message>
        <source>A policy must be a JSON object</source>
        <translation>Une stratégie doit être un objet JSON</translation>
    </message>
    <message>
        <source>Statement must be an object or an array</source>
        <translation>Statement doit être un objet ou un tableau</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorText</name>
    <message>
        <source>Access denied. The keys of this connection are not allowed to do this.</source>
        <translation>Accès refusé. Les clés de cette connexion n&apos;ont pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>The access key is not known to this endpoint.</source>
        <translation>Ce point de terminaison ne connaît pas la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key.</source>
        <translation>La clé secrète ne correspond pas à la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Correct the clock and try again.</source>
        <translation>L&apos;horloge de cet ordinateur diffère trop de celle du serveur. Corrigez l&apos;horloge et réessayez.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>Le compartiment n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>L&apos;objet n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That version of the object does not exist.</source>
        <translation>Cette version de l&apos;objet n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>Le compartiment n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>That bucket name is taken. Bucket names are shared by all users of the endpoint.</source>
        <translation>Ce nom de compartiment est déjà pris. Les noms de compartiment sont partagés par tous les utilisateurs du point de terminaison.</translation>
    </message>
    <message>
        <source>You already own a bucket with that name.</source>
        <translation>Vous possédez déjà un compartiment portant ce nom.</translation>
    </message>
    <message>
        <source>That is not a valid bucket name.</source>
        <translation>Ce n&apos;est pas un nom de compartiment valide.</translation>
    </message>
    <message>
        <source>The object is archived. Restore it before reading it.</source>
        <translation>L&apos;objet est archivé. Restaurez-le avant de le lire.</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>Le nom de l&apos;objet dépasse 1 024 octets.</translation>
    </message>
    <message>
        <source>The file is too large for a single upload.</source>
        <translation>Le fichier est trop volumineux pour un chargement unique.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>La stratégie n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server did not accept the document.</source>
        <translation>Le serveur n&apos;a pas accepté le document.</translation>
    </message>
    <message>
        <source>This endpoint does not support this feature.</source>
        <translation>Ce point de terminaison ne prend pas en charge cette fonctionnalité.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>Un fichier local n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
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
        <translation>Règles de cycle de vie – %1</translation>
    </message>
    <message>
        <source>Lifecycle rules of bucket &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Règles de cycle de vie du compartiment &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)</source>
        <translation>Archiver les journaux (logs/ : IA à 30 jours, Glacier à 90, expiration à 365)</translation>
    </message>
    <message>
        <source>Expire a temp/ prefix after 7 days</source>
        <translation>Faire expirer un préfixe temp/ après 7 jours</translation>
    </message>
    <message>
        <source>Clean incomplete multipart uploads after 7 days</source>
        <translation>Nettoyer les chargements partitionnés incomplets après 7 jours</translation>
    </message>
    <message>
        <source>Keep 3 noncurrent versions</source>
        <translation>Conserver 3 versions non actuelles</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. Edits here update the form.</source>
        <translation>La configuration telle que `aws s3api put-bucket-lifecycle-configuration` la lit. Les modifications ici mettent à jour le formulaire.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Appliquer au compartiment</translation>
    </message>
    <message>
        <source>Import lifecycle configuration</source>
        <translation>Importer une configuration de cycle de vie</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export lifecycle configuration</source>
        <translation>Exporter la configuration de cycle de vie</translation>
    </message>
    <message>
        <source>Loading the lifecycle configuration...</source>
        <translation>Chargement de la configuration de cycle de vie...</translation>
    </message>
    <message>
        <source>The bucket has no lifecycle rules yet.</source>
        <translation>Le compartiment n&apos;a pas encore de règles de cycle de vie.</translation>
    </message>
    <message>
        <source>Could not load the lifecycle configuration: %1</source>
        <translation>Impossible de charger la configuration de cycle de vie : %1</translation>
    </message>
    <message>
        <source>The bucket&apos;s lifecycle configuration cannot be read: %1</source>
        <translation>La configuration de cycle de vie du compartiment est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rule(s).</source>
        <translation>
            <numerusform>%n règle chargée.</numerusform>
            <numerusform>%n règles chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Application en cours...</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1
%2</source>
        <translation>Le serveur a refusé la configuration : %1
%2</translation>
    </message>
    <message>
        <source>The lifecycle configuration was deleted.</source>
        <translation>La configuration de cycle de vie a été supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n rule(s) to the bucket.</source>
        <translation>
            <numerusform>%n règle appliquée au compartiment.</numerusform>
            <numerusform>%n règles appliquées au compartiment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>The JSON cannot be read, so the form is locked until it is fixed: %1</source>
        <translation>Le JSON est illisible ; le formulaire reste verrouillé jusqu&apos;à sa correction : %1</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Verrouillé tant que le JSON contient une erreur</translation>
    </message>
    <message>
        <source>(rule %1, no ID)</source>
        <translation>(règle %1, sans ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no problems found.</source>
        <translation>
            <numerusform>%n règle, aucun problème détecté.</numerusform>
            <numerusform>%n règles, aucun problème détecté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this configuration. First: %1</source>
        <translation>
            <numerusform>%n problème : le serveur refusera cette configuration. Premier : %1</numerusform>
            <numerusform>%n problèmes : le serveur refusera cette configuration. Premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a lifecycle configuration.</source>
        <translation>%1 est trop volumineux pour une configuration de cycle de vie.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>Gui::LifecyclePreviewWidget</name>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n objet, %1</numerusform>
            <numerusform>%n objets, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample up to</source>
        <translation>Échantillon jusqu&apos;à</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> objets</translation>
    </message>
    <message>
        <source>List objects and preview</source>
        <translation>Lister les objets et afficher l&apos;aperçu</translation>
    </message>
    <message>
        <source>Press the button to list the bucket&apos;s objects.</source>
        <translation>Appuyez sur le bouton pour lister les objets du compartiment.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>90 prochains jours</translation>
    </message>
    <message>
        <source>Next 365 days</source>
        <translation>365 prochains jours</translation>
    </message>
    <message>
        <source>Affected keys within 365 days (of the sample):</source>
        <translation>Clés concernées dans les 365 jours (parmi l&apos;échantillon) :</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Listing objects...</source>
        <translation>Liste des objets en cours...</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Échec de la liste : %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing objects... %n so far</source>
        <translation>
            <numerusform>Liste des objets en cours... %n pour l&apos;instant</numerusform>
            <numerusform>Liste des objets en cours... %n pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.</source>
        <translation>
            <numerusform>Échantillon : le premier objet du compartiment (il en contient davantage) ; les chiffres ne couvrent que l&apos;échantillon.</numerusform>
            <numerusform>Échantillon : les %n premiers objets du compartiment (il en contient davantage) ; les chiffres ne couvrent que l&apos;échantillon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n object(s) of the bucket were listed.</source>
        <translation>
            <numerusform>L&apos;unique objet du compartiment a été listé.</numerusform>
            <numerusform>Les %n objets du compartiment ont tous été listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags are not listed, so rules filtering on tags match no sampled object.</source>
        <translation>Les balises ne sont pas listées : les règles filtrant sur des balises ne correspondent donc à aucun objet de l&apos;échantillon.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Déplacer vers %1</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Delete noncurrent versions</source>
        <translation>Supprimer les versions non actuelles</translation>
    </message>
    <message>
        <source>Remove delete markers</source>
        <translation>Supprimer les marqueurs de suppression</translation>
    </message>
    <message>
        <source>Abort uploads</source>
        <translation>Abandonner les chargements</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleRuleForm</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>generated by the server when empty</source>
        <translation>généré par le serveur si vide</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Rule ID:</source>
        <translation>ID de la règle :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Filter (objects the rule applies to)</source>
        <translation>Filtre (objets auxquels la règle s&apos;applique)</translation>
    </message>
    <message>
        <source>all objects when empty, e.g. logs/</source>
        <translation>tous les objets si vide, p. ex. logs/</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>Préfixe de clé :</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Clé de balise</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises :</translation>
    </message>
    <message>
        <source>larger than</source>
        <translation>supérieure à</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>inférieure à</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>Taille de l&apos;objet :</translation>
    </message>
    <message>
        <source>Current versions</source>
        <translation>Versions actuelles</translation>
    </message>
    <message>
        <source>Transitions (days after creation, or a date):</source>
        <translation>Transitions (jours après la création, ou une date) :</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Ne jamais expirer</translation>
    </message>
    <message>
        <source>Expire after days</source>
        <translation>Expirer après un nombre de jours</translation>
    </message>
    <message>
        <source>Expire on date</source>
        <translation>Expirer à une date</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Remove expired object delete markers</source>
        <translation>Supprimer les marqueurs de suppression d&apos;objets expirés</translation>
    </message>
    <message>
        <source>Noncurrent versions (versioned buckets)</source>
        <translation>Versions non actuelles (compartiments avec gestion des versions)</translation>
    </message>
    <message>
        <source>Days noncurrent</source>
        <translation>Jours depuis non actuelle</translation>
    </message>
    <message>
        <source>Keep newer versions</source>
        <translation>Conserver les versions plus récentes</translation>
    </message>
    <message>
        <source>Delete noncurrent versions after</source>
        <translation>Supprimer les versions non actuelles après</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>keep newer versions:</source>
        <translation>conserver les versions plus récentes :</translation>
    </message>
    <message>
        <source>Abort incomplete multipart uploads after</source>
        <translation>Abandonner les chargements partitionnés incomplets après</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleTimelineWidget</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days on the timeline axis</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>noncurrent</source>
        <translation>non actuelle</translation>
    </message>
    <message>
        <source>noncurrent versions</source>
        <translation>versions non actuelles</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>version actuelle</translation>
    </message>
    <message>
        <source>from day %1</source>
        <translation>à partir du jour %1</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>jours %1 à %2</translation>
    </message>
    <message>
        <source>Day %1 (%2)
%3: %4, %5</source>
        <translation>Jour %1 (%2)
%3 : %4, %5</translation>
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
        <translation>Nouvelle &amp;connexion...</translation>
    </message>
    <message>
        <source>Create &amp;Bucket...</source>
        <translation>Créer un &amp;compartiment...</translation>
    </message>
    <message>
        <source>Delete Bucket...</source>
        <translation>Supprimer le compartiment...</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>&amp;Charger des fichiers...</translation>
    </message>
    <message>
        <source>Upload &amp;Folder...</source>
        <translation>Charger un &amp;dossier...</translation>
    </message>
    <message>
        <source>&amp;Download To...</source>
        <translation>&amp;Télécharger vers...</translation>
    </message>
    <message>
        <source>&amp;New Folder...</source>
        <translation>&amp;Nouveau dossier...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renommer...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Copy &amp;Link...</source>
        <translation>Copier le &amp;lien...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Pail</source>
        <translation>À &amp;propos de Pail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>Dossier parent (Alt+Haut)</translation>
    </message>
    <message>
        <source>Listing failed: %1 (press F5 to retry)</source>
        <translation>Échec de la liste : %1 (appuyez sur F5 pour réessayer)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS : %1</translation>
    </message>
    <message>
        <source>Select or create a bucket.</source>
        <translation>Sélectionnez ou créez un compartiment.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, loading more...</source>
        <translation>
            <numerusform>%n élément chargé, chargement de la suite...</numerusform>
            <numerusform>%n éléments chargés, chargement de la suite...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more on scroll (sorting covers loaded items only)</source>
        <translation>
            <numerusform>%n élément chargé, la suite au défilement (le tri ne porte que sur les éléments chargés)</numerusform>
            <numerusform>%n éléments chargés, la suite au défilement (le tri ne porte que sur les éléments chargés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <translation>
            <numerusform>%n sélectionné (%1)</numerusform>
            <numerusform>%n sélectionnés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Starting sandbox...</source>
        <translation>Démarrage du bac à sable...</translation>
    </message>
    <message>
        <source>%1: unavailable</source>
        <translation>%1 : indisponible</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1 : connecté</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be created.</source>
        <translation>Le compartiment « %1 » n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Bucket &quot;%1&quot; created. Drop files here to upload them.</source>
        <translation>Compartiment « %1 » créé. Déposez des fichiers ici pour les charger.</translation>
    </message>
    <message>
        <source>Could not look into the bucket &quot;%1&quot;.</source>
        <translation>Impossible d&apos;examiner le compartiment « %1 ».</translation>
    </message>
    <message>
        <source>more than 1000 objects</source>
        <translation>plus de 1 000 objets</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Bucket</source>
        <translation>Supprimer le compartiment</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; still holds %2. Delete them first, then delete the bucket.</source>
        <translation>Le compartiment « %1 » contient encore %2. Supprimez-les d&apos;abord, puis supprimez le compartiment.</translation>
    </message>
    <message>
        <source>Delete the empty bucket &quot;%1&quot;?</source>
        <translation>Supprimer le compartiment vide « %1 » ?</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be deleted.</source>
        <translation>Le compartiment « %1 » n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>No credential store is available to keep the secret key.</source>
        <translation>Aucun magasin d&apos;identifiants n&apos;est disponible pour conserver la clé secrète.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Charger des fichiers</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Charger un dossier</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Télécharger vers</translation>
    </message>
    <message>
        <source>The folder could not be listed.</source>
        <translation>Le dossier n&apos;a pas pu être listé.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>Le dossier n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>S3 cannot rename: this copies %1 of data to the new name and then deletes the old object. Continue?</source>
        <translation>S3 ne sait pas renommer : cette opération copie %1 de données sous le nouveau nom, puis supprime l&apos;ancien objet. Continuer ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed.</source>
        <translation>« %1 » n&apos;a pas pu être renommé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Supprimer %n objet</numerusform>
            <numerusform>Supprimer %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (including the contents of %n folder(s))</source>
        <translation>
            <numerusform> (y compris le contenu de %n dossier)</numerusform>
            <numerusform> (y compris le contenu de %n dossiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>This bucket keeps versions: S3 adds a delete marker and keeps the old versions. Undo (Ctrl+Z) removes the markers again.</source>
        <translation>Ce compartiment conserve les versions : S3 ajoute un marqueur de suppression et garde les anciennes versions. Annuler (Ctrl+Z) retire à nouveau les marqueurs.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The objects could not be deleted.</source>
        <translation>Les objets n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted.</source>
        <translation>
            <numerusform>%n objet n&apos;a pas pu être supprimé.</numerusform>
            <numerusform>%n objets n&apos;ont pas pu être supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delete could not be undone.</source>
        <translation>La suppression n&apos;a pas pu être annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n object(s).</source>
        <translation>
            <numerusform>%n objet restauré.</numerusform>
            <numerusform>%n objets restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>The link works for:</source>
        <translation>Le lien est valable :</translation>
    </message>
    <message>
        <source>No link could be made.</source>
        <translation>Aucun lien n&apos;a pu être créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n lien copié dans le presse-papiers.</numerusform>
            <numerusform>%n liens copiés dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>Afficher les &amp;versions</translation>
    </message>
    <message>
        <source>List every version and delete marker of the objects</source>
        <translation>Lister toutes les versions et tous les marqueurs de suppression des objets</translation>
    </message>
    <message>
        <source>Nothing to undo: the delete markers are already gone.</source>
        <translation>Rien à annuler : les marqueurs de suppression ont déjà disparu.</translation>
    </message>
    <message numerus="yes">
        <source>%n delete marker(s) were already gone.</source>
        <translation>
            <numerusform>%n marqueur de suppression avait déjà disparu.</numerusform>
            <numerusform>%n marqueurs de suppression avaient déjà disparu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse at Date</source>
        <translation>Parcourir à une date</translation>
    </message>
    <message>
        <source>Show this folder as it was at:</source>
        <translation>Afficher ce dossier tel qu’il était le :</translation>
    </message>
    <message>
        <source>Showing the objects as they were at %1 (read-only).</source>
        <translation>Objets tels qu’ils étaient le %1 (lecture seule).</translation>
    </message>
    <message>
        <source>Browse at &amp;Date…</source>
        <translation>Parcourir à une &amp;date…</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3.</source>
        <translation>%1 (%2) est dans %3.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) est enregistré.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not downloaded: its name cannot be a file name here.</source>
        <translation>« %1 » n’a pas été téléchargé : son nom ne peut pas être un nom de fichier ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not downloaded: their keys cannot be paths inside the folder.</source>
        <translation>
            <numerusform>%n objet non téléchargé : sa clé ne peut pas être un chemin dans le dossier.</numerusform>
            <numerusform>%n objets non téléchargés : leurs clés ne peuvent pas être des chemins dans le dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ObjectListModel</name>
    <message>
        <source>Sorting orders the rows loaded so far; scroll down to load more.</source>
        <translation>Le tri ordonne les lignes chargées jusqu&apos;ici ; faites défiler vers le bas pour en charger davantage.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>%1 (delete marker)</source>
        <translation>%1 (marqueur de suppression)</translation>
    </message>
    <message>
        <source>%1 (older version)</source>
        <translation>%1 (version antérieure)</translation>
    </message>
    <message>
        <source>%1
Version: %2</source>
        <translation>%1
Version : %2</translation>
    </message>
</context>
<context>
    <name>Gui::PolicyEditorDialog</name>
    <message>
        <source>Public read of a prefix</source>
        <translation>Lecture publique d&apos;un préfixe</translation>
    </message>
    <message>
        <source>Deny access without TLS</source>
        <translation>Refuser l&apos;accès sans TLS</translation>
    </message>
    <message>
        <source>Deny unencrypted uploads</source>
        <translation>Refuser les envois non chiffrés</translation>
    </message>
    <message>
        <source>Grant a user read/write on a prefix</source>
        <translation>Accorder à un utilisateur lecture/écriture sur un préfixe</translation>
    </message>
    <message>
        <source>Restrict access to an IP range</source>
        <translation>Restreindre l&apos;accès à une plage IP</translation>
    </message>
    <message>
        <source>Read-only for a user</source>
        <translation>Lecture seule pour un utilisateur</translation>
    </message>
    <message>
        <source>Write-only drop box for a user</source>
        <translation>Boîte de dépôt en écriture seule pour un utilisateur</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment :</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Préfixe :</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID du compte :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Address range (CIDR):</source>
        <translation>Plage d&apos;adresses (CIDR) :</translation>
    </message>
    <message>
        <source>Bucket policy - %1</source>
        <translation>Stratégie du compartiment - %1</translation>
    </message>
    <message>
        <source>Bucket policy of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Stratégie du compartiment &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Sid</source>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Edit a cell to change the statement. Lists are separated by commas; &quot;NOT &quot; in front writes NotPrincipal, NotAction or NotResource.</source>
        <translation>Modifiez une cellule pour changer l&apos;instruction. Les listes sont séparées par des virgules ; « NOT » en tête écrit NotPrincipal, NotAction ou NotResource.</translation>
    </message>
    <message>
        <source>Conditions of the selected statement (all must hold):</source>
        <translation>Conditions de l&apos;instruction sélectionnée (toutes doivent être vraies) :</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Ajouter une instruction</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Supprimer l&apos;instruction</translation>
    </message>
    <message>
        <source>Actions...</source>
        <translation>Actions...</translation>
    </message>
    <message>
        <source>Resources...</source>
        <translation>Ressources...</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table.</source>
        <translation>La stratégie telle que `aws s3api put-bucket-policy` la lit. Les modifications ici mettent à jour le tableau.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Anonymous (no credentials)</source>
        <translation>Anonyme (sans identifiants)</translation>
    </message>
    <message>
        <source>Account root (bucket owner)</source>
        <translation>Racine du compte (propriétaire du compartiment)</translation>
    </message>
    <message>
        <source>IAM ARN...</source>
        <translation>ARN IAM...</translation>
    </message>
    <message>
        <source>empty: the bucket itself</source>
        <translation>vide : le compartiment lui-même</translation>
    </message>
    <message>
        <source>s3:prefix of a listing (empty: not set)</source>
        <translation>s3:prefix d&apos;une liste (vide : non défini)</translation>
    </message>
    <message>
        <source>The request arrives over TLS (aws:SecureTransport)</source>
        <translation>La requête arrive par TLS (aws:SecureTransport)</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Principal :</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Object key:</source>
        <translation>Clé d&apos;objet :</translation>
    </message>
    <message>
        <source>List prefix:</source>
        <translation>Préfixe de liste :</translation>
    </message>
    <message>
        <source>Source IP:</source>
        <translation>IP source :</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>The simulator evaluates the policy in this editor (also before it is applied), as the server evaluates requests. The deciding statement is highlighted in the Statements table.</source>
        <translation>Le simulateur évalue la stratégie de cet éditeur (même avant son application), comme le serveur évalue les requêtes. L&apos;instruction décisive est mise en évidence dans le tableau des instructions.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Supprimer la stratégie</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Appliquer au compartiment</translation>
    </message>
    <message>
        <source>Loading the bucket policy...</source>
        <translation>Chargement de la stratégie du compartiment...</translation>
    </message>
    <message>
        <source>The bucket has no policy yet.</source>
        <translation>Le compartiment n&apos;a pas encore de stratégie.</translation>
    </message>
    <message>
        <source>Could not load the bucket policy: %1</source>
        <translation>Impossible de charger la stratégie du compartiment : %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n statement(s).</source>
        <translation>
            <numerusform>%n instruction chargée.</numerusform>
            <numerusform>%n instructions chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Application...</translation>
    </message>
    <message>
        <source>The server refused the policy: %1
%2</source>
        <translation>Le serveur a refusé la stratégie : %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) to the bucket.</source>
        <translation>
            <numerusform>%n instruction appliquée au compartiment.</numerusform>
            <numerusform>%n instructions appliquées au compartiment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the bucket policy...</source>
        <translation>Suppression de la stratégie du compartiment...</translation>
    </message>
    <message>
        <source>The server refused to delete the policy: %1
%2</source>
        <translation>Le serveur a refusé de supprimer la stratégie : %1
%2</translation>
    </message>
    <message>
        <source>The bucket policy was deleted.</source>
        <translation>La stratégie du compartiment a été supprimée.</translation>
    </message>
    <message>
        <source>Edit the conditions in the table below.</source>
        <translation>Modifiez les conditions dans le tableau ci-dessous.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. The table is locked until the JSON is fixed.</source>
        <translation>Ligne %1, colonne %2 : %3. Le tableau est verrouillé jusqu&apos;à la correction du JSON.</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Verrouillé tant que le JSON contient une erreur</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), no problems found.</source>
        <translation>
            <numerusform>%n instruction, aucun problème.</numerusform>
            <numerusform>%n instructions, aucun problème.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this policy.</source>
        <translation>
            <numerusform>%n problème : le serveur refusera cette stratégie.</numerusform>
            <numerusform>%n problèmes : le serveur refusera cette stratégie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Instruction %1</translation>
    </message>
    <message>
        <source>Statement %1 (%2)</source>
        <translation>Instruction %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;anyone on the internet, also without credentials&lt;/b&gt;</source>
        <translation>&lt;b&gt;n&apos;importe qui sur Internet, même sans identifiants,&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;everyone except %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;tout le monde sauf %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>toute action sauf %1</translation>
    </message>
    <message>
        <source>everything except %1</source>
        <translation>tout sauf %1</translation>
    </message>
    <message>
        <source>%1 lets %2 do %3 on %4</source>
        <translation>%1 permet à %2 de faire %3 sur %4</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>, lorsque %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This policy makes the bucket public.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette stratégie rend le compartiment public.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added the template &quot;%1&quot;. Apply to send it to the bucket.</source>
        <translation>Modèle « %1 » ajouté. Appliquez pour l&apos;envoyer au compartiment.</translation>
    </message>
    <message>
        <source>Sandbox user %1</source>
        <translation>Utilisateur du bac à sable %1</translation>
    </message>
    <message>
        <source>Fix the policy first</source>
        <translation>Corrigez d&apos;abord la stratégie</translation>
    </message>
    <message>
        <source>Reading the user&apos;s policies...</source>
        <translation>Lecture des stratégies de l&apos;utilisateur...</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s policies: %1</source>
        <translation>Impossible de lire les stratégies de l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny (explicit)</source>
        <translation>Refuser (explicite)</translation>
    </message>
    <message>
        <source>Deny (no statement allows it)</source>
        <translation>Refuser (aucune instruction ne l&apos;autorise)</translation>
    </message>
    <message>
        <source>Request: %1 %2 on %3</source>
        <translation>Requête : %1 %2 sur %3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Decided by: the account root (allowed unless the bucket policy denies explicitly)</source>
        <translation>Décidé par : la racine du compte (autorisé sauf refus explicite de la stratégie du compartiment)</translation>
    </message>
    <message>
        <source>Decided by the user&apos;s identity policy &quot;%1&quot;, statement %2.</source>
        <translation>Décidé par la stratégie d&apos;identité « %1 » de l&apos;utilisateur, instruction %2.</translation>
    </message>
    <message>
        <source>This endpoint does not support bucket policies (it answered the capability probe with NotImplemented). The editor and the simulator still work on the text.</source>
        <translation>Ce point de terminaison ne prend pas en charge les stratégies de compartiment (il a répondu NotImplemented au test de capacités). L&apos;éditeur et le simulateur fonctionnent toujours sur le texte.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language applies at once to the menus, the toolbar, the status bar and the column headers. Panels and dialogs that are already open, and the details pane, show it after Pail is restarted.</source>
        <translation>Une nouvelle langue s&apos;applique aussitôt aux menus, à la barre d&apos;outils, à la barre d&apos;état et aux en-têtes de colonnes. Les panneaux et boîtes de dialogue déjà ouverts, ainsi que le volet de détails, l&apos;affichent après le redémarrage de Pail.</translation>
    </message>
    <message>
        <source>The language applies after Pail is restarted.</source>
        <translation>La langue s&apos;applique après le redémarrage de Pail.</translation>
    </message>
</context>
<context>
    <name>Gui::ResourcePickerDialog</name>
    <message>
        <source>Choose resources</source>
        <translation>Choisir les ressources</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment :</translation>
    </message>
    <message>
        <source>The bucket itself (listing, bucket settings)</source>
        <translation>Le compartiment lui-même (liste, paramètres)</translation>
    </message>
    <message>
        <source>All objects in the bucket</source>
        <translation>Tous les objets du compartiment</translation>
    </message>
    <message>
        <source>Objects under a prefix:</source>
        <translation>Objets sous un préfixe :</translation>
    </message>
    <message>
        <source>e.g. public/</source>
        <translation>p. ex. public/</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox &amp;panel...</source>
        <translation>&amp;Panneau du bac à sable...</translation>
    </message>
    <message>
        <source>Serve the local sandbox on a port, with its keys, request log, clock and storage</source>
        <translation>Servir le bac à sable local sur un port, avec ses clés, son journal, son horloge et son stockage</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxPanel</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point de terminaison :</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clé d&apos;accès :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clé d&apos;accès secrète :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
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
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Running&lt;/b&gt; on %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; En cours d&apos;exécution&lt;/b&gt; sur %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Stopped&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Arrêté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Arrêté :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1
operation: %2
request id: %3
bytes in/out: %4/%5</source>
        <translation>%1
opération : %2
ID de requête : %3
octets reçus/envoyés : %4/%5</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Accessible depuis d’autres ordinateurs</translation>
    </message>
    <message>
        <source>Off: the server listens on 127.0.0.1 only (this computer). On: on every network interface; anyone who can reach the port and has the keys can use it.</source>
        <translation>Désactivé : le serveur n’écoute que sur 127.0.0.1 (cet ordinateur). Activé : sur toutes les interfaces réseau ; quiconque atteint le port et possède les clés peut l’utiliser.</translation>
    </message>
    <message>
        <source>HTTPS (self-signed certificate)</source>
        <translation>HTTPS (certificat auto-signé)</translation>
    </message>
    <message>
        <source>A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox&apos;s data directory; clients must trust it (see the snippets).</source>
        <translation>Un certificat pour localhost, 127.0.0.1 et ::1 est généré dans le dossier de données du bac à sable ; les clients doivent lui faire confiance (voir les extraits).</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Filter by method, path, status or user</source>
        <translation>Filtrer par méthode, chemin, statut ou utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle rules and presigned link expiry can be watched.</source>
        <translation>Secondes réelles par jour simulé : 60 fait passer un jour par minute, pour observer les règles de cycle de vie et l’expiration des liens présignés.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Sandbox time:</source>
        <translation>Heure du bac à sable :</translation>
    </message>
    <message>
        <source>Day length:</source>
        <translation>Durée d’un jour :</translation>
    </message>
    <message>
        <source>Jump ahead:</source>
        <translation>Avancer de :</translation>
    </message>
    <message>
        <source>Time only moves forward. Lifecycle rules run right after a jump; object dates, restores and presigned URL expiry follow the sandbox time.</source>
        <translation>Le temps ne fait qu’avancer. Les règles de cycle de vie s’exécutent juste après un saut ; les dates des objets, les restaurations et l’expiration des URL présignées suivent l’heure du bac à sable.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>port libre (actuellement %1)</translation>
    </message>
    <message>
        <source>plain HTTP: no certificate</source>
        <translation>HTTP simple : pas de certificat</translation>
    </message>
    <message>
        <source>account root (full access)</source>
        <translation>racine du compte (accès complet)</translation>
    </message>
    <message>
        <source>user (access from policies)</source>
        <translation>utilisateur (accès par stratégies)</translation>
    </message>
    <message>
        <source>Not counted yet: press Refresh.</source>
        <translation>Pas encore compté : cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Le serveur n’est pas démarré.</translation>
    </message>
    <message>
        <source>This server has no sandbox clock.</source>
        <translation>Ce serveur n’a pas d’horloge de bac à sable.</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC (%n day(s) ahead of real time)</source>
        <translation>
            <numerusform>%1 UTC (%n jour d’avance sur le temps réel)</numerusform>
            <numerusform>%1 UTC (%n jours d’avance sur le temps réel)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Identity policies</source>
        <translation>Stratégies d’identité</translation>
    </message>
    <message>
        <source>New user name (A-Z a-z 0-9 +=,.@_-)</source>
        <translation>Nom du nouvel utilisateur (A-Z a-z 0-9 +=,.@_-)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>The keys of a new user are shown here once</source>
        <translation>Les clés d’un nouvel utilisateur sont affichées ici une seule fois</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>Impossible de lister les utilisateurs : %1</translation>
    </message>
    <message>
        <source>The server refused the user: %1
%2</source>
        <translation>Le serveur a refusé l’utilisateur : %1
%2</translation>
    </message>
    <message>
        <source>User %1 added. It can do nothing until an identity or bucket policy allows it; copy its keys now (access key ID, then secret), they are not shown again.</source>
        <translation>Utilisateur %1 ajouté. Il ne peut rien faire tant qu’une stratégie d’identité ou de compartiment ne l’y autorise pas ; copiez ses clés maintenant (ID de clé d’accès, puis secret), elles ne seront plus affichées.</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>Utilisateur %1 supprimé.</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>Le serveur a refusé : %1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
</context>
<context>
    <name>Gui::ShareDialog</name>
    <message>
        <source>Share - %1</source>
        <translation>Partager – %1</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Download (GET)</source>
        <translation>Téléchargement (GET)</translation>
    </message>
    <message>
        <source>Upload (PUT)</source>
        <translation>Chargement (PUT)</translation>
    </message>
    <message>
        <source>Link lets others:</source>
        <translation>Le lien permet aux autres :</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days (maximum)</source>
        <translation>7 jours (maximum)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Expire après :</translation>
    </message>
    <message>
        <source>optional: the name the browser saves it as</source>
        <translation>facultatif : le nom sous lequel le navigateur l&apos;enregistre</translation>
    </message>
    <message>
        <source>Download as:</source>
        <translation>Télécharger sous :</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Créer le lien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Links handed out (still valid):</source>
        <translation>Liens distribués (encore valides) :</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>A presigned link can last at most 7 days (a limit of AWS Signature Version 4).</source>
        <translation>Un lien présigné dure au plus 7 jours (une limite d&apos;AWS Signature Version 4).</translation>
    </message>
    <message>
        <source>Cannot create the link: %1</source>
        <translation>Impossible de créer le lien : %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Too long for a QR code</source>
        <translation>Trop long pour un code QR</translation>
    </message>
    <message>
        <source>Double-click to copy</source>
        <translation>Double-cliquez pour copier</translation>
    </message>
</context>
<context>
    <name>Gui::StorageChart</name>
    <message>
        <source>Storage per bucket and class</source>
        <translation>Stockage par compartiment et classe</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Comptage...</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>Impossible de lister les compartiments : %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s), %1 in total.</source>
        <translation>
            <numerusform>%n compartiment, %1 au total.</numerusform>
            <numerusform>%n compartiments, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the first %1 objects only: %2.</source>
        <translation>Compté sur les %1 premiers objets seulement : %2.</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
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
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Échec (%1) : %2</translation>
    </message>
    <message>
        <source>Bulk job</source>
        <translation>Tâche groupée</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 objets/s</translation>
    </message>
</context>
</TS>
