<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>Pail</source>
        <translation>Pail</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt is used under the GNU LGPL version 3; its source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Compilado con Qt %1. Qt se usa bajo la licencia GNU LGPL versión 3; su código fuente está disponible en &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>About Pail</source>
        <translation>Acerca de Pail</translation>
    </message>
    <message>
        <source>A desktop manager for S3-compatible storage, with an embedded S3 engine that runs as a local sandbox.</source>
        <translation>Un administrador de escritorio para almacenamiento compatible con S3, con un motor S3 integrado que funciona como entorno aislado local.</translation>
    </message>
    <message>
        <source>Pail is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Pail es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>Gui::ActionPickerDialog</name>
    <message>
        <source>Choose actions</source>
        <translation>Elegir acciones</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>Comodines</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Listar</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>More actions or patterns, separated by commas</source>
        <translation>Más acciones o patrones, separados por comas</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otras:</translation>
    </message>
</context>
<context>
    <name>Gui::BucketActions</name>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Rules...</source>
        <translation>Reglas de &amp;ciclo de vida...</translation>
    </message>
    <message>
        <source>Bucket &amp;Policy...</source>
        <translation>&amp;Política del bucket...</translation>
    </message>
    <message>
        <source>Bucket &amp;Settings...</source>
        <translation>&amp;Ajustes del bucket...</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>&amp;Compartir...</translation>
    </message>
</context>
<context>
    <name>Gui::BucketSettingsDialog</name>
    <message>
        <source>Bucket settings - %1</source>
        <translation>Ajustes del bucket - %1</translation>
    </message>
    <message>
        <source>Settings of bucket &lt;b&gt;%1&lt;/b&gt;. Each tab applies on its own.</source>
        <translation>Ajustes del bucket &lt;b&gt;%1&lt;/b&gt;. Cada pestaña se aplica por separado.</translation>
    </message>
    <message>
        <source>Enabled: keep every version of every object</source>
        <translation>Activado: conservar cada versión de cada objeto</translation>
    </message>
    <message>
        <source>Suspended: new writes replace the null version; existing versions stay</source>
        <translation>Suspendido: las nuevas escrituras sustituyen la versión null; las versiones existentes se mantienen</translation>
    </message>
    <message>
        <source>Once versioning has been enabled it cannot be turned off again, only suspended. Existing versions are kept (and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>Una vez activado, el control de versiones no se puede desactivar, solo suspender. Las versiones existentes se conservan (y se facturan) hasta que se eliminen o caduquen por una regla de ciclo de vida.</translation>
    </message>
    <message>
        <source>Apply versioning</source>
        <translation>Aplicar control de versiones</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Control de versiones</translation>
    </message>
    <message>
        <source>None (no default encryption)</source>
        <translation>Ninguno (sin cifrado predeterminado)</translation>
    </message>
    <message>
        <source>SSE-S3 (AES256, keys managed by the server)</source>
        <translation>SSE-S3 (AES256, claves gestionadas por el servidor)</translation>
    </message>
    <message>
        <source>SSE-KMS (a KMS key)</source>
        <translation>SSE-KMS (una clave de KMS)</translation>
    </message>
    <message>
        <source>KMS key ID or ARN (empty: the AWS managed key)</source>
        <translation>ID o ARN de la clave de KMS (vacío: la clave administrada por AWS)</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>Clave de KMS:</translation>
    </message>
    <message>
        <source>Apply encryption</source>
        <translation>Aplicar cifrado</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Apply tags</source>
        <translation>Aplicar etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>Encabezados expuestos</translation>
    </message>
    <message>
        <source>Max age (s)</source>
        <translation>Antigüedad máx. (s)</translation>
    </message>
    <message>
        <source>Apply CORS</source>
        <translation>Aplicar CORS</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Index document:</source>
        <translation>Documento de índice:</translation>
    </message>
    <message>
        <source>Error document:</source>
        <translation>Documento de error:</translation>
    </message>
    <message>
        <source>Apply website</source>
        <translation>Aplicar sitio web</translation>
    </message>
    <message>
        <source>Static website</source>
        <translation>Sitio web estático</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>Versioning is enabled.</source>
        <translation>El control de versiones está activado.</translation>
    </message>
    <message>
        <source>Versioning is suspended.</source>
        <translation>El control de versiones está suspendido.</translation>
    </message>
    <message>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>El control de versiones nunca se ha activado en este bucket.</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>No configurado.</translation>
    </message>
    <message>
        <source>This endpoint does not support this setting: it answered the capability probe with NotImplemented (or an error it does not explain).</source>
        <translation>Este punto de conexión no admite este ajuste: respondió a la comprobación de capacidades con NotImplemented (o un error que no explica).</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Aplicando...</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>El servidor lo rechazó: %1
%2</translation>
    </message>
    <message>
        <source>Default encryption removed.</source>
        <translation>Cifrado predeterminado eliminado.</translation>
    </message>
    <message>
        <source>Default encryption applied.</source>
        <translation>Cifrado predeterminado aplicado.</translation>
    </message>
    <message>
        <source>Tags removed.</source>
        <translation>Etiquetas eliminadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) applied.</source>
        <translation>
            <numerusform>%n etiqueta aplicada.</numerusform>
            <numerusform>%n etiquetas aplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>CORS configuration removed.</source>
        <translation>Configuración CORS eliminada.</translation>
    </message>
    <message>
        <source>CORS configuration applied.</source>
        <translation>Configuración CORS aplicada.</translation>
    </message>
    <message>
        <source>Apply ownership and access</source>
        <translation>Aplicar propiedad y acceso</translation>
    </message>
    <message>
        <source>Ownership / public access</source>
        <translation>Propiedad / acceso público</translation>
    </message>
    <message>
        <source>Object Ownership</source>
        <translation>Propiedad de objetos</translation>
    </message>
    <message>
        <source>ACLs disabled: bucket owner enforced (recommended)</source>
        <translation>ACL deshabilitadas: propietario del bucket impuesto (recomendado)</translation>
    </message>
    <message>
        <source>All objects in this bucket are owned by this account. Access to this bucket and its objects is specified using only policies.</source>
        <translation>Todos los objetos de este bucket pertenecen a esta cuenta. El acceso al bucket y a sus objetos se define solo con políticas.</translation>
    </message>
    <message>
        <source>ACLs enabled: bucket owner preferred</source>
        <translation>ACL habilitadas: propietario del bucket preferido</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. If new objects written to this bucket specify the bucket-owner-full-control canned ACL, they are owned by the bucket owner. Otherwise, they are owned by the object writer.</source>
        <translation>Los objetos de este bucket pueden pertenecer a otras cuentas y el acceso puede concederse con ACL. Si los objetos nuevos indican la ACL predefinida bucket-owner-full-control, pertenecen al propietario del bucket; si no, al escritor.</translation>
    </message>
    <message>
        <source>ACLs enabled: object writer</source>
        <translation>ACL habilitadas: escritor del objeto</translation>
    </message>
    <message>
        <source>Objects in this bucket can be owned by other accounts and access can be granted with ACLs. The object writer remains the object owner.</source>
        <translation>Los objetos de este bucket pueden pertenecer a otras cuentas y el acceso puede concederse con ACL. El escritor sigue siendo el propietario del objeto.</translation>
    </message>
    <message>
        <source>Block Public Access (bucket settings)</source>
        <translation>Bloquear acceso público (configuración del bucket)</translation>
    </message>
    <message>
        <source>Block all public access</source>
        <translation>Bloquear todo el acceso público</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new access control lists (ACLs)</source>
        <translation>Bloquear el acceso público a buckets y objetos concedido mediante nuevas listas de control de acceso (ACL)</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through any access control lists (ACLs)</source>
        <translation>Bloquear el acceso público a buckets y objetos concedido mediante cualquier lista de control de acceso (ACL)</translation>
    </message>
    <message>
        <source>Block public access to buckets and objects granted through new public bucket policies</source>
        <translation>Bloquear el acceso público a buckets y objetos concedido mediante nuevas políticas de bucket públicas</translation>
    </message>
    <message>
        <source>Block public and cross-account access to buckets and objects through any public bucket policies</source>
        <translation>Bloquear el acceso público y entre cuentas a buckets y objetos mediante cualquier política de bucket pública</translation>
    </message>
    <message>
        <source>Public access is granted to buckets and objects through ACLs and bucket policies. The server refuses new public grants while the matching setting is on.</source>
        <translation>El acceso público a buckets y objetos se concede mediante ACL y políticas de bucket. El servidor rechaza nuevas concesiones públicas mientras el ajuste correspondiente esté activo.</translation>
    </message>
    <message>
        <source>The bucket policy makes this bucket public.</source>
        <translation>La política hace público este bucket.</translation>
    </message>
    <message>
        <source>The bucket policy does not make this bucket public.</source>
        <translation>La política no hace público este bucket.</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>El bucket no tiene política de bucket.</translation>
    </message>
    <message>
        <source>Policy status unknown: %1</source>
        <translation>Estado de la política desconocido: %1</translation>
    </message>
    <message>
        <source>Object ownership and Block Public Access applied.</source>
        <translation>Propiedad de objetos y bloqueo de acceso público aplicados.</translation>
    </message>
    <message>
        <source>Apply logging</source>
        <translation>Aplicar registro</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Log requests made to this bucket</source>
        <translation>Registrar las solicitudes hechas a este bucket</translation>
    </message>
    <message>
        <source>Target bucket</source>
        <translation>Bucket de destino</translation>
    </message>
    <message>
        <source>Target bucket:</source>
        <translation>Bucket de destino:</translation>
    </message>
    <message>
        <source>Target prefix:</source>
        <translation>Prefijo de destino:</translation>
    </message>
    <message>
        <source>Server access log records (one line per request, in S3&apos;s space-separated format) are delivered in batches as objects named &amp;lt;prefix&amp;gt;YYYY-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; in the target bucket. The target must exist and belong to the same owner; use a different bucket than this one, or the logs of the logs will be logged too.</source>
        <translation>Los registros de acceso del servidor (una línea por solicitud, en el formato de S3 separado por espacios) se entregan por lotes como objetos llamados &amp;lt;prefijo&amp;gt;AAAA-MM-DD-hh-mm-ss-&amp;lt;id&amp;gt; en el bucket de destino. El destino debe existir y pertenecer al mismo propietario; use un bucket distinto de este o también se registrarán los registros.</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>El registro está desactivado.</translation>
    </message>
    <message>
        <source>Logging to %1 enabled.</source>
        <translation>Registro en %1 activado.</translation>
    </message>
    <message>
        <source>Logging turned off.</source>
        <translation>Registro desactivado.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Orígenes permitidos</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Cabeceras permitidas</translation>
    </message>
    <message>
        <source>One rule per row. Lists are separated by commas; an empty max age is left out.</source>
        <translation>Una regla por fila. Las listas se separan con comas; una edad máxima vacía se omite.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Rules (kept in step with the XML below; no rules removes the CORS configuration):</source>
        <translation>Reglas (sincronizadas con el XML de abajo; sin reglas se elimina la configuración CORS):</translation>
    </message>
    <message>
        <source>Rule %1: the max age must be a whole number of seconds.</source>
        <translation>Regla %1: la edad máxima debe ser un número entero de segundos.</translation>
    </message>
    <message>
        <source>Rule %1 needs at least one origin and one method.</source>
        <translation>La regla %1 necesita al menos un origen y un método.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The XML is not a valid CORS configuration: %1</source>
        <translation>El XML no es una configuración CORS válida: %1</translation>
    </message>
    <message>
        <source>Enable static website hosting</source>
        <translation>Activar el alojamiento de sitios web estáticos</translation>
    </message>
    <message>
        <source>Hosting type</source>
        <translation>Tipo de alojamiento</translation>
    </message>
    <message>
        <source>Host a static website</source>
        <translation>Alojar un sitio web estático</translation>
    </message>
    <message>
        <source>Redirect every request to another host</source>
        <translation>Redirigir cada solicitud a otro host</translation>
    </message>
    <message>
        <source>Returned for requests to the root and to any folder (a key ending in /).</source>
        <translation>Se devuelve para las solicitudes a la raíz y a cualquier carpeta (una clave que termina en /).</translation>
    </message>
    <message>
        <source>error.html (optional)</source>
        <translation>error.html (opcional)</translation>
    </message>
    <message>
        <source>Returned, with status 404, when a requested object does not exist.</source>
        <translation>Se devuelve, con el estado 404, cuando un objeto solicitado no existe.</translation>
    </message>
    <message>
        <source>Same as the request</source>
        <translation>Igual que la solicitud</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nombre de host:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Turning hosting off removes the website configuration. Visitors read objects anonymously: the bucket policy must allow s3:GetObject to everyone, and Block Public Access must not block it.</source>
        <translation>Desactivar el alojamiento elimina la configuración del sitio web. Los visitantes leen los objetos de forma anónima: la política del bucket debe permitir s3:GetObject a todos, y el bloqueo del acceso público no debe impedirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n routing rule(s) of this bucket are kept as they are when hosting is applied.</source>
        <translation>
            <numerusform>%n regla de enrutamiento de este bucket se conserva tal cual al aplicar el alojamiento.</numerusform>
            <numerusform>%n reglas de enrutamiento de este bucket se conservan tal cual al aplicar el alojamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Website endpoint: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Punto de enlace del sitio: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Once hosting is applied, the website is served at %1</source>
        <translation>Una vez aplicado el alojamiento, el sitio se sirve en %1</translation>
    </message>
    <message>
        <source>Website endpoint: none. The local sandbox keeps and checks the website configuration (tools such as aws-cli read it back), but it does not serve websites; on AWS the site would be at http://%1.s3-website-&amp;lt;region&amp;gt;.amazonaws.com.</source>
        <translation>Punto de enlace del sitio: ninguno. El sandbox local guarda y comprueba la configuración del sitio (herramientas como aws-cli la leen), pero no sirve sitios web; en AWS el sitio estaría en http://%1.s3-website-&amp;lt;región&amp;gt;.amazonaws.com.</translation>
    </message>
    <message>
        <source>Website endpoint: this provider publishes websites on its own host names; see its documentation.</source>
        <translation>Punto de enlace del sitio: este proveedor publica los sitios web con sus propios nombres de host; consulte su documentación.</translation>
    </message>
    <message>
        <source>Website hosting turned off; the configuration was removed.</source>
        <translation>Alojamiento del sitio desactivado; se eliminó la configuración.</translation>
    </message>
    <message>
        <source>Enter the host name to redirect every request to.</source>
        <translation>Introduzca el nombre de host al que redirigir cada solicitud.</translation>
    </message>
    <message>
        <source>Every request is redirected to %1.</source>
        <translation>Cada solicitud se redirige a %1.</translation>
    </message>
    <message>
        <source>Website hosting applied.</source>
        <translation>Alojamiento del sitio aplicado.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkActions</name>
    <message>
        <source>Restore Folder to This Moment...</source>
        <translation>Restaurar la carpeta a este momento...</translation>
    </message>
    <message>
        <source>Delete Selection with Folders...</source>
        <translation>Eliminar la selección con carpetas...</translation>
    </message>
    <message>
        <source>Change Storage Class...</source>
        <translation>Cambiar la clase de almacenamiento...</translation>
    </message>
    <message>
        <source>Copy Selection To...</source>
        <translation>Copiar la selección a...</translation>
    </message>
    <message>
        <source>Restore from Glacier...</source>
        <translation>Restaurar desde Glacier...</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n objeto, %1</numerusform>
            <numerusform>%n objetos, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Mover %n elemento a %1</numerusform>
            <numerusform>Mover %n elementos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>Copiar %n elemento a %1</numerusform>
            <numerusform>Copiar %n elementos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 object(s)</source>
        <translation>
            <numerusform>%n carpeta y %1 objeto(s)</numerusform>
            <numerusform>%n carpetas y %1 objeto(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BulkPreviewDialog</name>
    <message>
        <source>Bring every object under %1 back to how it was at %2: deleted objects come back, changed objects get their old version copied back, and objects created since are deleted. Versions stay in the history.</source>
        <translation>Devolver cada objeto bajo %1 a como estaba el %2: los objetos eliminados vuelven, los modificados recuperan su versión antigua por copia y los creados desde entonces se eliminan. Las versiones siguen en el historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected object(s) and %1 folder(s) in %2.</source>
        <translation>
            <numerusform>%n objeto seleccionado y %1 carpeta(s) en %2.</numerusform>
            <numerusform>%n objetos seleccionados y %1 carpeta(s) en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New storage class:</source>
        <translation>Nueva clase de almacenamiento:</translation>
    </message>
    <message>
        <source>folder/ (empty = top level)</source>
        <translation>carpeta/ (vacío = nivel superior)</translation>
    </message>
    <message>
        <source>Destination bucket:</source>
        <translation>Bucket de destino:</translation>
    </message>
    <message>
        <source>Destination folder:</source>
        <translation>Carpeta de destino:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Masivo (Bulk)</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Acelerado (Expedited)</translation>
    </message>
    <message>
        <source>Keep the restored copy for (days):</source>
        <translation>Conservar la copia restaurada (días):</translation>
    </message>
    <message>
        <source>Retrieval tier:</source>
        <translation>Nivel de recuperación:</translation>
    </message>
    <message>
        <source>Listing...</source>
        <translation>Listando...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Delete in %1</source>
        <translation>Eliminar en %1</translation>
    </message>
    <message>
        <source>Change storage class in %1</source>
        <translation>Cambiar la clase de almacenamiento en %1</translation>
    </message>
    <message>
        <source>Copy from %1</source>
        <translation>Copiar desde %1</translation>
    </message>
    <message>
        <source>Restore from Glacier in %1</source>
        <translation>Restaurar desde Glacier en %1</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>Restaurar %1 a %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n version(s)</source>
        <translation>
            <numerusform>Listando... %n versión</numerusform>
            <numerusform>Listando... %n versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Error al listar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing... %n object(s)</source>
        <translation>
            <numerusform>Listando... %n objeto</numerusform>
            <numerusform>Listando... %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the folder is as it was then (%n version(s) checked).</source>
        <translation>
            <numerusform>Nada que cambiar: la carpeta está como estaba (%n versión comprobada).</numerusform>
            <numerusform>Nada que cambiar: la carpeta está como estaba (%n versiones comprobadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) come back (delete markers removed)</source>
        <translation>
            <numerusform>%n objeto vuelve (marcadores de eliminación quitados)</numerusform>
            <numerusform>%n objetos vuelven (marcadores de eliminación quitados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) get their old version copied back (%1)</source>
        <translation>
            <numerusform>%n objeto recupera su versión antigua por copia (%1)</numerusform>
            <numerusform>%n objetos recuperan su versión antigua por copia (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) created since are deleted</source>
        <translation>
            <numerusform>%n objeto creado desde entonces se elimina</numerusform>
            <numerusform>%n objetos creados desde entonces se eliminan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n object(s) needs this action.</source>
        <translation>
            <numerusform>El objeto (%n) no necesita esta acción.</numerusform>
            <numerusform>Ninguno de los %n objetos necesita esta acción.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no objects.</source>
        <translation>La selección no contiene objetos.</translation>
    </message>
    <message>
        <source>Enter a destination bucket.</source>
        <translation>Introduzca un bucket de destino.</translation>
    </message>
    <message>
        <source>The destination is the folder the objects are in.</source>
        <translation>El destino es la carpeta donde están los objetos.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n object(s), %1, %2 request(s) (after %3 listing request(s)).</source>
        <translation>
            <numerusform>Total: %n objeto, %1, %2 solicitud(es) (tras %3 solicitud(es) de listado).</numerusform>
            <numerusform>Total: %n objetos, %1, %2 solicitud(es) (tras %3 solicitud(es) de listado).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) skipped: the action does not apply to them.</source>
        <translation>
            <numerusform>%n objeto omitido: la acción no se aplica.</numerusform>
            <numerusform>%n objetos omitidos: la acción no se aplica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>Estilo de ruta (host/bucket/clave)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket.host/key)</source>
        <translation>Alojamiento virtual (bucket.host/clave)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del punto de enlace:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>Direccionamiento:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clave de acceso:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefijo:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the access key.</source>
        <translation>El punto de enlace no conoce esta clave de acceso. Compruebe la clave de acceso.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key. Check the secret key.</source>
        <translation>La clave secreta no corresponde a la clave de acceso. Compruebe la clave secreta.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the clock (or enable time sync).</source>
        <translation>El reloj de este equipo está demasiado desfasado respecto al del servidor. Corrija el reloj (o active la sincronización horaria).</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS). Check the endpoint URL.</source>
        <translation>No se encontró el nombre de host (DNS). Compruebe la URL del punto de enlace.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens at that address and port.</source>
        <translation>Se rechazó la conexión: nada escucha en esa dirección y puerto.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: %1</source>
        <translation>Falló la conexión segura (TLS): %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>No se pudo contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>La configuración está incompleta: %1</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>The secret key could not be stored: %1</source>
        <translation>No se pudo guardar la clave secreta: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionModel</name>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno aislado local</translation>
    </message>
    <message>
        <source>%1 (starting...)</source>
        <translation>%1 (iniciando...)</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (no disponible)</translation>
    </message>
</context>
<context>
    <name>Gui::CreateBucketDialog</name>
    <message>
        <source>Create Bucket</source>
        <translation>Crear bucket</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>Nombre del bucket:</translation>
    </message>
    <message>
        <source>e.g. my-photos-2024</source>
        <translation>p. ej., mis-fotos-2024</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>A bucket name needs at least 3 characters.</source>
        <translation>Un nombre de bucket necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <source>A bucket name has at most 63 characters.</source>
        <translation>Un nombre de bucket tiene como máximo 63 caracteres.</translation>
    </message>
    <message>
        <source>Use lower-case letters only.</source>
        <translation>Use solo letras minúsculas.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots and hyphens are allowed (&quot;%1&quot; is not).</source>
        <translation>Solo se permiten letras minúsculas, dígitos, puntos y guiones («%1» no).</translation>
    </message>
    <message>
        <source>A bucket name must start and end with a letter or digit.</source>
        <translation>Un nombre de bucket debe empezar y terminar con una letra o un dígito.</translation>
    </message>
    <message>
        <source>A bucket name cannot contain two dots in a row.</source>
        <translation>Un nombre de bucket no puede contener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Un nombre de bucket no puede parecer una dirección IP.</translation>
    </message>
    <message>
        <source>This name breaks S3&apos;s bucket naming rules.</source>
        <translation>Este nombre incumple las reglas de nomenclatura de buckets de S3.</translation>
    </message>
    <message>
        <source>This name is valid.</source>
        <translation>Este nombre es válido.</translation>
    </message>
</context>
<context>
    <name>Gui::DetailsPane</name>
    <message>
        <source>No object selected</source>
        <translation>Ningún objeto seleccionado</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificado:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>Clase de almacenamiento:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restauración:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Tags:
%1</source>
        <translation>Etiquetas:
%1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>ID de versión</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Restore as latest</source>
        <translation>Restaurar como la más reciente</translation>
    </message>
    <message>
        <source>Copy this version onto the object so that it becomes the latest version</source>
        <translation>Copiar esta versión sobre el objeto para que pase a ser la versión más reciente</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Eliminar versión</translation>
    </message>
    <message>
        <source>Download Version</source>
        <translation>Descargar versión</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Eliminar versión</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2” permanently? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente la versión %1 de «%2»? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (más reciente)</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>Marcador de eliminación</translation>
    </message>
</context>
<context>
    <name>Gui::EditablePolicy</name>
    <message>
        <source>Expected a string or an array of strings</source>
        <translation>Se esperaba una cadena o una matriz de cadenas</translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation>Se esperaba una cadena</translation>
    </message>
    <message>
        <source>A statement must be an object</source>
        <translation>Una instrucción debe ser un objeto</translation>
    </message>
    <message>
        <source>Condition must be an object</source>
        <translation>Condition debe ser un objeto</translation>
    </message>
    <message>
        <source>A condition operator must hold an object</source>
        <translation>Un operador de condición debe contener un objeto</translation>
    </message>
    <message>
        <source>A policy must be a JSON object</source>
        <translation>Una política debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Statement must be an object or an array</source>
        <translation>Statement debe ser un objeto o una matriz</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorText</name>
    <message>
        <source>Access denied. The keys of this connection are not allowed to do this.</source>
        <translation>Acceso denegado. Las claves de esta conexión no tienen permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The access key is not known to this endpoint.</source>
        <translation>Este punto de enlace no conoce la clave de acceso.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key.</source>
        <translation>La clave secreta no corresponde a la clave de acceso.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Correct the clock and try again.</source>
        <translation>El reloj de este equipo difiere demasiado del del servidor. Corrija el reloj y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>El bucket no existe.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>El objeto no existe.</translation>
    </message>
    <message>
        <source>That version of the object does not exist.</source>
        <translation>Esa versión del objeto no existe.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>El bucket no está vacío.</translation>
    </message>
    <message>
        <source>That bucket name is taken. Bucket names are shared by all users of the endpoint.</source>
        <translation>Ese nombre de bucket ya está en uso. Los nombres de bucket son compartidos por todos los usuarios del punto de enlace.</translation>
    </message>
    <message>
        <source>You already own a bucket with that name.</source>
        <translation>Ya es propietario de un bucket con ese nombre.</translation>
    </message>
    <message>
        <source>That is not a valid bucket name.</source>
        <translation>Ese no es un nombre de bucket válido.</translation>
    </message>
    <message>
        <source>The object is archived. Restore it before reading it.</source>
        <translation>El objeto está archivado. Restáurelo antes de leerlo.</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>El nombre del objeto supera los 1024 bytes.</translation>
    </message>
    <message>
        <source>The file is too large for a single upload.</source>
        <translation>El archivo es demasiado grande para una sola carga.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>La política no es válida.</translation>
    </message>
    <message>
        <source>The server did not accept the document.</source>
        <translation>El servidor no aceptó el documento.</translation>
    </message>
    <message>
        <source>This endpoint does not support this feature.</source>
        <translation>Este punto de enlace no admite esta función.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>El servidor está ocupado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>No se pudo leer o escribir un archivo local.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>La operación falló.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
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
        <translation>Reglas de ciclo de vida – %1</translation>
    </message>
    <message>
        <source>Lifecycle rules of bucket &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Reglas de ciclo de vida del bucket &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Archive logs (logs/: IA at 30 days, Glacier at 90, expire at 365)</source>
        <translation>Archivar registros (logs/: IA a los 30 días, Glacier a los 90, vencimiento a los 365)</translation>
    </message>
    <message>
        <source>Expire a temp/ prefix after 7 days</source>
        <translation>Hacer vencer un prefijo temp/ tras 7 días</translation>
    </message>
    <message>
        <source>Clean incomplete multipart uploads after 7 days</source>
        <translation>Limpiar cargas multiparte incompletas tras 7 días</translation>
    </message>
    <message>
        <source>Keep 3 noncurrent versions</source>
        <translation>Conservar 3 versiones no actuales</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>The configuration as `aws s3api put-bucket-lifecycle-configuration` reads it. Edits here update the form.</source>
        <translation>La configuración tal como la lee `aws s3api put-bucket-lifecycle-configuration`. Los cambios aquí actualizan el formulario.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Aplicar al bucket</translation>
    </message>
    <message>
        <source>Import lifecycle configuration</source>
        <translation>Importar configuración de ciclo de vida</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export lifecycle configuration</source>
        <translation>Exportar configuración de ciclo de vida</translation>
    </message>
    <message>
        <source>Loading the lifecycle configuration...</source>
        <translation>Cargando la configuración de ciclo de vida...</translation>
    </message>
    <message>
        <source>The bucket has no lifecycle rules yet.</source>
        <translation>El bucket aún no tiene reglas de ciclo de vida.</translation>
    </message>
    <message>
        <source>Could not load the lifecycle configuration: %1</source>
        <translation>No se pudo cargar la configuración de ciclo de vida: %1</translation>
    </message>
    <message>
        <source>The bucket&apos;s lifecycle configuration cannot be read: %1</source>
        <translation>La configuración de ciclo de vida del bucket no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rule(s).</source>
        <translation>
            <numerusform>Se cargó %n regla.</numerusform>
            <numerusform>Se cargaron %n reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Aplicando...</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1
%2</source>
        <translation>El servidor rechazó la configuración: %1
%2</translation>
    </message>
    <message>
        <source>The lifecycle configuration was deleted.</source>
        <translation>Se eliminó la configuración de ciclo de vida.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n rule(s) to the bucket.</source>
        <translation>
            <numerusform>Se aplicó %n regla al bucket.</numerusform>
            <numerusform>Se aplicaron %n reglas al bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>The JSON cannot be read, so the form is locked until it is fixed: %1</source>
        <translation>No se puede leer el JSON; el formulario queda bloqueado hasta que se corrija: %1</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Bloqueado mientras el JSON tenga un error</translation>
    </message>
    <message>
        <source>(rule %1, no ID)</source>
        <translation>(regla %1, sin ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deshabilitada)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no problems found.</source>
        <translation>
            <numerusform>%n regla, no se encontraron problemas.</numerusform>
            <numerusform>%n reglas, no se encontraron problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this configuration. First: %1</source>
        <translation>
            <numerusform>%n problema: el servidor rechazará esta configuración. El primero: %1</numerusform>
            <numerusform>%n problemas: el servidor rechazará esta configuración. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a lifecycle configuration.</source>
        <translation>%1 es demasiado grande para una configuración de ciclo de vida.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>Gui::LifecyclePreviewWidget</name>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n objeto, %1</numerusform>
            <numerusform>%n objetos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample up to</source>
        <translation>Muestra de hasta</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> objetos</translation>
    </message>
    <message>
        <source>List objects and preview</source>
        <translation>Listar objetos y previsualizar</translation>
    </message>
    <message>
        <source>Press the button to list the bucket&apos;s objects.</source>
        <translation>Pulse el botón para listar los objetos del bucket.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Próximos 90 días</translation>
    </message>
    <message>
        <source>Next 365 days</source>
        <translation>Próximos 365 días</translation>
    </message>
    <message>
        <source>Affected keys within 365 days (of the sample):</source>
        <translation>Claves afectadas en 365 días (de la muestra):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Listing objects...</source>
        <translation>Listando objetos...</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Error al listar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing objects... %n so far</source>
        <translation>
            <numerusform>Listando objetos... %n hasta ahora</numerusform>
            <numerusform>Listando objetos... %n hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: the first %n object(s) of the bucket (it has more); counts cover the sample only.</source>
        <translation>
            <numerusform>Muestra: el primer objeto del bucket (tiene más); los recuentos solo abarcan la muestra.</numerusform>
            <numerusform>Muestra: los primeros %n objetos del bucket (tiene más); los recuentos solo abarcan la muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n object(s) of the bucket were listed.</source>
        <translation>
            <numerusform>Se listó el único objeto del bucket.</numerusform>
            <numerusform>Se listaron los %n objetos del bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags are not listed, so rules filtering on tags match no sampled object.</source>
        <translation>Las etiquetas no se listan, así que las reglas que filtran por etiquetas no coinciden con ningún objeto de la muestra.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Vencer</translation>
    </message>
    <message>
        <source>Delete noncurrent versions</source>
        <translation>Eliminar versiones no actuales</translation>
    </message>
    <message>
        <source>Remove delete markers</source>
        <translation>Quitar marcadores de eliminación</translation>
    </message>
    <message>
        <source>Abort uploads</source>
        <translation>Anular cargas</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleRuleForm</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
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
        <translation>lo genera el servidor si está vacío</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>Rule ID:</source>
        <translation>ID de la regla:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Filter (objects the rule applies to)</source>
        <translation>Filtro (objetos a los que se aplica la regla)</translation>
    </message>
    <message>
        <source>all objects when empty, e.g. logs/</source>
        <translation>todos los objetos si está vacío, p. ej., logs/</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>Prefijo de clave:</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Clave de etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>larger than</source>
        <translation>mayor que</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>Tamaño del objeto:</translation>
    </message>
    <message>
        <source>Current versions</source>
        <translation>Versiones actuales</translation>
    </message>
    <message>
        <source>Transitions (days after creation, or a date):</source>
        <translation>Transiciones (días tras la creación, o una fecha):</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Clase de almacenamiento</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>No vencer nunca</translation>
    </message>
    <message>
        <source>Expire after days</source>
        <translation>Vencer tras un número de días</translation>
    </message>
    <message>
        <source>Expire on date</source>
        <translation>Vencer en una fecha</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Remove expired object delete markers</source>
        <translation>Quitar marcadores de eliminación de objetos vencidos</translation>
    </message>
    <message>
        <source>Noncurrent versions (versioned buckets)</source>
        <translation>Versiones no actuales (buckets con control de versiones)</translation>
    </message>
    <message>
        <source>Days noncurrent</source>
        <translation>Días como no actual</translation>
    </message>
    <message>
        <source>Keep newer versions</source>
        <translation>Conservar versiones más recientes</translation>
    </message>
    <message>
        <source>Delete noncurrent versions after</source>
        <translation>Eliminar versiones no actuales tras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>keep newer versions:</source>
        <translation>conservar versiones más recientes:</translation>
    </message>
    <message>
        <source>Abort incomplete multipart uploads after</source>
        <translation>Anular cargas multiparte incompletas tras</translation>
    </message>
</context>
<context>
    <name>Gui::LifecycleTimelineWidget</name>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days on the timeline axis</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>Sin reglas</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deshabilitada)</translation>
    </message>
    <message>
        <source>noncurrent</source>
        <translation>no actual</translation>
    </message>
    <message>
        <source>noncurrent versions</source>
        <translation>versiones no actuales</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>versión actual</translation>
    </message>
    <message>
        <source>from day %1</source>
        <translation>desde el día %1</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>días %1 a %2</translation>
    </message>
    <message>
        <source>Day %1 (%2)
%3: %4, %5</source>
        <translation>Día %1 (%2)
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
        <translation>Nueva &amp;conexión...</translation>
    </message>
    <message>
        <source>Create &amp;Bucket...</source>
        <translation>Crear &amp;bucket...</translation>
    </message>
    <message>
        <source>Delete Bucket...</source>
        <translation>Eliminar bucket...</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>&amp;Cargar archivos...</translation>
    </message>
    <message>
        <source>Upload &amp;Folder...</source>
        <translation>Cargar &amp;carpeta...</translation>
    </message>
    <message>
        <source>&amp;Download To...</source>
        <translation>&amp;Descargar en...</translation>
    </message>
    <message>
        <source>&amp;New Folder...</source>
        <translation>&amp;Nueva carpeta...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>Cambiar &amp;nombre...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Copy &amp;Link...</source>
        <translation>Copiar &amp;enlace...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Pail</source>
        <translation>&amp;Acerca de Pail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Listing failed: %1 (press F5 to retry)</source>
        <translation>Error al listar: %1 (pulse F5 para reintentar)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno aislado local</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>Select or create a bucket.</source>
        <translation>Seleccione o cree un bucket.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, loading more...</source>
        <translation>
            <numerusform>%n elemento cargado, cargando más...</numerusform>
            <numerusform>%n elementos cargados, cargando más...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more on scroll (sorting covers loaded items only)</source>
        <translation>
            <numerusform>%n elemento cargado, más al desplazarse (la ordenación solo abarca los elementos cargados)</numerusform>
            <numerusform>%n elementos cargados, más al desplazarse (la ordenación solo abarca los elementos cargados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <translation>
            <numerusform>%n seleccionado (%1)</numerusform>
            <numerusform>%n seleccionados (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Starting sandbox...</source>
        <translation>Iniciando el entorno aislado...</translation>
    </message>
    <message>
        <source>%1: unavailable</source>
        <translation>%1: no disponible</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: conectado</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear el bucket «%1».</translation>
    </message>
    <message>
        <source>Bucket &quot;%1&quot; created. Drop files here to upload them.</source>
        <translation>Bucket «%1» creado. Suelte archivos aquí para cargarlos.</translation>
    </message>
    <message>
        <source>Could not look into the bucket &quot;%1&quot;.</source>
        <translation>No se pudo examinar el bucket «%1».</translation>
    </message>
    <message>
        <source>more than 1000 objects</source>
        <translation>más de 1000 objetos</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Bucket</source>
        <translation>Eliminar bucket</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; still holds %2. Delete them first, then delete the bucket.</source>
        <translation>El bucket «%1» todavía contiene %2. Elimínelos primero y después elimine el bucket.</translation>
    </message>
    <message>
        <source>Delete the empty bucket &quot;%1&quot;?</source>
        <translation>¿Eliminar el bucket vacío «%1»?</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; could not be deleted.</source>
        <translation>No se pudo eliminar el bucket «%1».</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>No credential store is available to keep the secret key.</source>
        <translation>No hay ningún almacén de credenciales disponible para guardar la clave secreta.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>No se pudo guardar la conexión.</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Cargar archivos</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Cargar carpeta</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Descargar en</translation>
    </message>
    <message>
        <source>The folder could not be listed.</source>
        <translation>No se pudo listar la carpeta.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>No se pudo crear la carpeta.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>S3 cannot rename: this copies %1 of data to the new name and then deletes the old object. Continue?</source>
        <translation>S3 no puede cambiar nombres: esto copia %1 de datos con el nombre nuevo y después elimina el objeto anterior. ¿Continuar?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Eliminar %n objeto</numerusform>
            <numerusform>Eliminar %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (including the contents of %n folder(s))</source>
        <translation>
            <numerusform> (incluido el contenido de %n carpeta)</numerusform>
            <numerusform> (incluido el contenido de %n carpetas)</numerusform>
        </translation>
    </message>
    <message>
        <source>This bucket keeps versions: S3 adds a delete marker and keeps the old versions. Undo (Ctrl+Z) removes the markers again.</source>
        <translation>Este bucket conserva versiones: S3 añade un marcador de eliminación y guarda las versiones anteriores. Deshacer (Ctrl+Z) vuelve a quitar los marcadores.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The objects could not be deleted.</source>
        <translation>No se pudieron eliminar los objetos.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted.</source>
        <translation>
            <numerusform>No se pudo eliminar %n objeto.</numerusform>
            <numerusform>No se pudieron eliminar %n objetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delete could not be undone.</source>
        <translation>No se pudo deshacer la eliminación.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n object(s).</source>
        <translation>
            <numerusform>Se restauró %n objeto.</numerusform>
            <numerusform>Se restauraron %n objetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>The link works for:</source>
        <translation>El enlace es válido durante:</translation>
    </message>
    <message>
        <source>No link could be made.</source>
        <translation>No se pudo crear ningún enlace.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>Se copió %n enlace al portapapeles.</numerusform>
            <numerusform>Se copiaron %n enlaces al portapapeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>Mostrar &amp;versiones</translation>
    </message>
    <message>
        <source>List every version and delete marker of the objects</source>
        <translation>Listar todas las versiones y marcadores de eliminación de los objetos</translation>
    </message>
    <message>
        <source>Nothing to undo: the delete markers are already gone.</source>
        <translation>Nada que deshacer: los marcadores de eliminación ya no existen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delete marker(s) were already gone.</source>
        <translation>
            <numerusform>%n marcador de eliminación ya no existía.</numerusform>
            <numerusform>%n marcadores de eliminación ya no existían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse at Date</source>
        <translation>Explorar en una fecha</translation>
    </message>
    <message>
        <source>Show this folder as it was at:</source>
        <translation>Mostrar esta carpeta tal como estaba el:</translation>
    </message>
    <message>
        <source>Showing the objects as they were at %1 (read-only).</source>
        <translation>Objetos tal como estaban el %1 (solo lectura).</translation>
    </message>
    <message>
        <source>Browse at &amp;Date…</source>
        <translation>Explorar en una &amp;fecha…</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Subida completada</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3.</source>
        <translation>%1 (%2) está en %3.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Descarga completada</translation>
    </message>
    <message>
        <source>%1 (%2) is saved.</source>
        <translation>%1 (%2) se ha guardado.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not downloaded: its name cannot be a file name here.</source>
        <translation>«%1» no se descargó: su nombre no puede ser un nombre de archivo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not downloaded: their keys cannot be paths inside the folder.</source>
        <translation>
            <numerusform>%n objeto no descargado: su clave no puede ser una ruta dentro de la carpeta.</numerusform>
            <numerusform>%n objetos no descargados: sus claves no pueden ser rutas dentro de la carpeta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ObjectListModel</name>
    <message>
        <source>Sorting orders the rows loaded so far; scroll down to load more.</source>
        <translation>La ordenación organiza las filas cargadas hasta ahora; desplácese hacia abajo para cargar más.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Clase de almacenamiento</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>%1 (delete marker)</source>
        <translation>%1 (marcador de eliminación)</translation>
    </message>
    <message>
        <source>%1 (older version)</source>
        <translation>%1 (versión anterior)</translation>
    </message>
    <message>
        <source>%1
Version: %2</source>
        <translation>%1
Versión: %2</translation>
    </message>
</context>
<context>
    <name>Gui::PolicyEditorDialog</name>
    <message>
        <source>Public read of a prefix</source>
        <translation>Lectura pública de un prefijo</translation>
    </message>
    <message>
        <source>Deny access without TLS</source>
        <translation>Denegar el acceso sin TLS</translation>
    </message>
    <message>
        <source>Deny unencrypted uploads</source>
        <translation>Denegar subidas sin cifrar</translation>
    </message>
    <message>
        <source>Grant a user read/write on a prefix</source>
        <translation>Conceder a un usuario lectura/escritura en un prefijo</translation>
    </message>
    <message>
        <source>Restrict access to an IP range</source>
        <translation>Restringir el acceso a un rango de IP</translation>
    </message>
    <message>
        <source>Read-only for a user</source>
        <translation>Solo lectura para un usuario</translation>
    </message>
    <message>
        <source>Write-only drop box for a user</source>
        <translation>Buzón de solo escritura para un usuario</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefijo:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Address range (CIDR):</source>
        <translation>Rango de direcciones (CIDR):</translation>
    </message>
    <message>
        <source>Bucket policy - %1</source>
        <translation>Política del bucket - %1</translation>
    </message>
    <message>
        <source>Bucket policy of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Política del bucket &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Sid</source>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Entidad principal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Edit a cell to change the statement. Lists are separated by commas; &quot;NOT &quot; in front writes NotPrincipal, NotAction or NotResource.</source>
        <translation>Edite una celda para cambiar la instrucción. Las listas se separan con comas; &quot;NOT &quot; delante escribe NotPrincipal, NotAction o NotResource.</translation>
    </message>
    <message>
        <source>Conditions of the selected statement (all must hold):</source>
        <translation>Condiciones de la instrucción seleccionada (todas deben cumplirse):</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Añadir instrucción</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Quitar instrucción</translation>
    </message>
    <message>
        <source>Actions...</source>
        <translation>Acciones...</translation>
    </message>
    <message>
        <source>Resources...</source>
        <translation>Recursos...</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>The policy as `aws s3api put-bucket-policy` reads it. Edits here update the table.</source>
        <translation>La política tal como la lee `aws s3api put-bucket-policy`. Los cambios aquí actualizan la tabla.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Anonymous (no credentials)</source>
        <translation>Anónimo (sin credenciales)</translation>
    </message>
    <message>
        <source>Account root (bucket owner)</source>
        <translation>Raíz de la cuenta (propietario del bucket)</translation>
    </message>
    <message>
        <source>IAM ARN...</source>
        <translation>ARN de IAM...</translation>
    </message>
    <message>
        <source>empty: the bucket itself</source>
        <translation>vacío: el propio bucket</translation>
    </message>
    <message>
        <source>s3:prefix of a listing (empty: not set)</source>
        <translation>s3:prefix de un listado (vacío: sin definir)</translation>
    </message>
    <message>
        <source>The request arrives over TLS (aws:SecureTransport)</source>
        <translation>La solicitud llega por TLS (aws:SecureTransport)</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Entidad principal:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Object key:</source>
        <translation>Clave del objeto:</translation>
    </message>
    <message>
        <source>List prefix:</source>
        <translation>Prefijo de listado:</translation>
    </message>
    <message>
        <source>Source IP:</source>
        <translation>IP de origen:</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simular</translation>
    </message>
    <message>
        <source>The simulator evaluates the policy in this editor (also before it is applied), as the server evaluates requests. The deciding statement is highlighted in the Statements table.</source>
        <translation>El simulador evalúa la política de este editor (también antes de aplicarla), igual que el servidor evalúa las solicitudes. La instrucción decisiva se resalta en la tabla de instrucciones.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Apply to bucket</source>
        <translation>Aplicar al bucket</translation>
    </message>
    <message>
        <source>Loading the bucket policy...</source>
        <translation>Cargando la política del bucket...</translation>
    </message>
    <message>
        <source>The bucket has no policy yet.</source>
        <translation>El bucket aún no tiene política.</translation>
    </message>
    <message>
        <source>Could not load the bucket policy: %1</source>
        <translation>No se pudo cargar la política del bucket: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n statement(s).</source>
        <translation>
            <numerusform>%n instrucción cargada.</numerusform>
            <numerusform>%n instrucciones cargadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Aplicando...</translation>
    </message>
    <message>
        <source>The server refused the policy: %1
%2</source>
        <translation>El servidor rechazó la política: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) to the bucket.</source>
        <translation>
            <numerusform>%n instrucción aplicada al bucket.</numerusform>
            <numerusform>%n instrucciones aplicadas al bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the bucket policy...</source>
        <translation>Eliminando la política del bucket...</translation>
    </message>
    <message>
        <source>The server refused to delete the policy: %1
%2</source>
        <translation>El servidor se negó a eliminar la política: %1
%2</translation>
    </message>
    <message>
        <source>The bucket policy was deleted.</source>
        <translation>Se eliminó la política del bucket.</translation>
    </message>
    <message>
        <source>Edit the conditions in the table below.</source>
        <translation>Edite las condiciones en la tabla de abajo.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. The table is locked until the JSON is fixed.</source>
        <translation>Línea %1, columna %2: %3. La tabla está bloqueada hasta que se corrija el JSON.</translation>
    </message>
    <message>
        <source>Locked while the JSON has an error</source>
        <translation>Bloqueado mientras el JSON tenga un error</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), no problems found.</source>
        <translation>
            <numerusform>%n instrucción, sin problemas.</numerusform>
            <numerusform>%n instrucciones, sin problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server will refuse this policy.</source>
        <translation>
            <numerusform>%n problema: el servidor rechazará esta política.</numerusform>
            <numerusform>%n problemas: el servidor rechazará esta política.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Instrucción %1</translation>
    </message>
    <message>
        <source>Statement %1 (%2)</source>
        <translation>Instrucción %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;anyone on the internet, also without credentials&lt;/b&gt;</source>
        <translation>&lt;b&gt;a cualquiera en Internet, incluso sin credenciales,&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;everyone except %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;a todos excepto %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>cualquier acción excepto %1</translation>
    </message>
    <message>
        <source>everything except %1</source>
        <translation>todo excepto %1</translation>
    </message>
    <message>
        <source>%1 lets %2 do %3 on %4</source>
        <translation>%1 permite %2 hacer %3 en %4</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>, cuando %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This policy makes the bucket public.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta política hace público el bucket.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Added the template &quot;%1&quot;. Apply to send it to the bucket.</source>
        <translation>Plantilla &quot;%1&quot; añadida. Aplique para enviarla al bucket.</translation>
    </message>
    <message>
        <source>Sandbox user %1</source>
        <translation>Usuario del sandbox %1</translation>
    </message>
    <message>
        <source>Fix the policy first</source>
        <translation>Corrija primero la política</translation>
    </message>
    <message>
        <source>Reading the user&apos;s policies...</source>
        <translation>Leyendo las políticas del usuario...</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s policies: %1</source>
        <translation>No se pudieron leer las políticas del usuario: %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny (explicit)</source>
        <translation>Denegar (explícito)</translation>
    </message>
    <message>
        <source>Deny (no statement allows it)</source>
        <translation>Denegar (ninguna instrucción lo permite)</translation>
    </message>
    <message>
        <source>Request: %1 %2 on %3</source>
        <translation>Solicitud: %1 %2 en %3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>Decided by: the account root (allowed unless the bucket policy denies explicitly)</source>
        <translation>Decidido por: la raíz de la cuenta (permitido salvo que la política del bucket lo deniegue explícitamente)</translation>
    </message>
    <message>
        <source>Decided by the user&apos;s identity policy &quot;%1&quot;, statement %2.</source>
        <translation>Decidido por la política de identidad &quot;%1&quot; del usuario, instrucción %2.</translation>
    </message>
    <message>
        <source>This endpoint does not support bucket policies (it answered the capability probe with NotImplemented). The editor and the simulator still work on the text.</source>
        <translation>Este punto de conexión no admite políticas de bucket (respondió NotImplemented a la comprobación de capacidades). El editor y el simulador siguen funcionando con el texto.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A new language applies at once to the menus, the toolbar, the status bar and the column headers. Panels and dialogs that are already open, and the details pane, show it after Pail is restarted.</source>
        <translation>Un idioma nuevo se aplica de inmediato a los menús, la barra de herramientas, la barra de estado y los encabezados de columna. Los paneles y cuadros de diálogo ya abiertos, y el panel de detalles, lo muestran tras reiniciar Pail.</translation>
    </message>
    <message>
        <source>The language applies after Pail is restarted.</source>
        <translation>El idioma se aplica tras reiniciar Pail.</translation>
    </message>
</context>
<context>
    <name>Gui::ResourcePickerDialog</name>
    <message>
        <source>Choose resources</source>
        <translation>Elegir recursos</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>The bucket itself (listing, bucket settings)</source>
        <translation>El propio bucket (listado, ajustes)</translation>
    </message>
    <message>
        <source>All objects in the bucket</source>
        <translation>Todos los objetos del bucket</translation>
    </message>
    <message>
        <source>Objects under a prefix:</source>
        <translation>Objetos bajo un prefijo:</translation>
    </message>
    <message>
        <source>e.g. public/</source>
        <translation>p. ej. public/</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>&amp;Panel de sandbox...</translation>
    </message>
    <message>
        <source>Serve the local sandbox on a port, with its keys, request log, clock and storage</source>
        <translation>Servir la sandbox local en un puerto, con sus claves, registro, reloj y almacenamiento</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxPanel</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del punto de enlace:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clave de acceso:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clave de acceso secreta:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
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
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; Running&lt;/b&gt; on %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;&amp;#9679; En ejecución&lt;/b&gt; en %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Stopped&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#777&apos;&gt;&amp;#9679; Detenido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;&amp;#9679; Detenido:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1
operation: %2
request id: %3
bytes in/out: %4/%5</source>
        <translation>%1
operación: %2
ID de solicitud: %3
bytes entrada/salida: %4/%5</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Accesible desde otros equipos</translation>
    </message>
    <message>
        <source>Off: the server listens on 127.0.0.1 only (this computer). On: on every network interface; anyone who can reach the port and has the keys can use it.</source>
        <translation>Desactivado: el servidor escucha solo en 127.0.0.1 (este equipo). Activado: en todas las interfaces de red; cualquiera que alcance el puerto y tenga las claves puede usarlo.</translation>
    </message>
    <message>
        <source>HTTPS (self-signed certificate)</source>
        <translation>HTTPS (certificado autofirmado)</translation>
    </message>
    <message>
        <source>A certificate for localhost, 127.0.0.1 and ::1 is generated in the sandbox&apos;s data directory; clients must trust it (see the snippets).</source>
        <translation>Se genera un certificado para localhost, 127.0.0.1 y ::1 en el directorio de datos de la sandbox; los clientes deben confiar en él (vea los fragmentos).</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Filter by method, path, status or user</source>
        <translation>Filtrar por método, ruta, estado o usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>tiempo real</translation>
    </message>
    <message>
        <source>Real seconds per simulated day: 60 makes a day pass every minute, so lifecycle rules and presigned link expiry can be watched.</source>
        <translation>Segundos reales por día simulado: 60 hace pasar un día cada minuto, para observar las reglas de ciclo de vida y la caducidad de los enlaces prefirmados.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> día(s)</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Sandbox time:</source>
        <translation>Hora de la sandbox:</translation>
    </message>
    <message>
        <source>Day length:</source>
        <translation>Duración del día:</translation>
    </message>
    <message>
        <source>Jump ahead:</source>
        <translation>Saltar adelante:</translation>
    </message>
    <message>
        <source>Time only moves forward. Lifecycle rules run right after a jump; object dates, restores and presigned URL expiry follow the sandbox time.</source>
        <translation>El tiempo solo avanza. Las reglas de ciclo de vida se ejecutan justo después de un salto; las fechas de objetos, restauraciones y caducidad de URL prefirmadas siguen la hora de la sandbox.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>any free port (now %1)</source>
        <translation>cualquier puerto libre (ahora %1)</translation>
    </message>
    <message>
        <source>plain HTTP: no certificate</source>
        <translation>HTTP simple: sin certificado</translation>
    </message>
    <message>
        <source>account root (full access)</source>
        <translation>raíz de la cuenta (acceso total)</translation>
    </message>
    <message>
        <source>user (access from policies)</source>
        <translation>usuario (acceso mediante políticas)</translation>
    </message>
    <message>
        <source>Not counted yet: press Refresh.</source>
        <translation>Aún sin contar: pulse Actualizar.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>El servidor no está en marcha.</translation>
    </message>
    <message>
        <source>This server has no sandbox clock.</source>
        <translation>Este servidor no tiene reloj de sandbox.</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC (%n day(s) ahead of real time)</source>
        <translation>
            <numerusform>%1 UTC (%n día por delante del tiempo real)</numerusform>
            <numerusform>%1 UTC (%n días por delante del tiempo real)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>Identity policies</source>
        <translation>Políticas de identidad</translation>
    </message>
    <message>
        <source>New user name (A-Z a-z 0-9 +=,.@_-)</source>
        <translation>Nombre del nuevo usuario (A-Z a-z 0-9 +=,.@_-)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>The keys of a new user are shown here once</source>
        <translation>Las claves de un usuario nuevo se muestran aquí una sola vez</translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation>No se pudieron listar los usuarios: %1</translation>
    </message>
    <message>
        <source>The server refused the user: %1
%2</source>
        <translation>El servidor rechazó el usuario: %1
%2</translation>
    </message>
    <message>
        <source>User %1 added. It can do nothing until an identity or bucket policy allows it; copy its keys now (access key ID, then secret), they are not shown again.</source>
        <translation>Usuario %1 añadido. No puede hacer nada hasta que una política de identidad o de bucket lo permita; copie ahora sus claves (ID de clave de acceso y después el secreto), no se volverán a mostrar.</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>Usuario %1 eliminado.</translation>
    </message>
    <message>
        <source>The server refused: %1
%2</source>
        <translation>El servidor lo rechazó: %1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
</context>
<context>
    <name>Gui::ShareDialog</name>
    <message>
        <source>Share - %1</source>
        <translation>Compartir – %1</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Download (GET)</source>
        <translation>Descarga (GET)</translation>
    </message>
    <message>
        <source>Upload (PUT)</source>
        <translation>Carga (PUT)</translation>
    </message>
    <message>
        <source>Link lets others:</source>
        <translation>El enlace permite a otros:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days (maximum)</source>
        <translation>7 días (máximo)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Vence tras:</translation>
    </message>
    <message>
        <source>optional: the name the browser saves it as</source>
        <translation>opcional: el nombre con el que el navegador lo guarda</translation>
    </message>
    <message>
        <source>Download as:</source>
        <translation>Descargar como:</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Crear enlace</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Links handed out (still valid):</source>
        <translation>Enlaces entregados (aún válidos):</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>A presigned link can last at most 7 days (a limit of AWS Signature Version 4).</source>
        <translation>Un enlace prefirmado dura como máximo 7 días (un límite de AWS Signature Version 4).</translation>
    </message>
    <message>
        <source>Cannot create the link: %1</source>
        <translation>No se puede crear el enlace: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta %1</translation>
    </message>
    <message>
        <source>Too long for a QR code</source>
        <translation>Demasiado largo para un código QR</translation>
    </message>
    <message>
        <source>Double-click to copy</source>
        <translation>Doble clic para copiar</translation>
    </message>
</context>
<context>
    <name>Gui::StorageChart</name>
    <message>
        <source>Storage per bucket and class</source>
        <translation>Almacenamiento por bucket y clase</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>No se pudieron listar los buckets: %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
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
            <numerusform>%n bucket, %1 en total.</numerusform>
            <numerusform>%n buckets, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the first %1 objects only: %2.</source>
        <translation>Contado solo con los primeros %1 objetos: %2.</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar finalizadas</translation>
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
        <translation>Carga</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Error (%1): %2</translation>
    </message>
    <message>
        <source>Bulk job</source>
        <translation>Trabajo masivo</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 objetos/s</translation>
    </message>
</context>
</TS>
