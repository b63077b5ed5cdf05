<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CL">
<context>
    <name>Actor</name>
    <message>
        <source>El usuario %1 (%2) no tiene el permiso «%3».</source>
        <translation>User %1 (%2) does not have the permission “%3”.</translation>
    </message>
    <message>
        <source>El usuario %1 no pertenece a la empresa %2.</source>
        <translation>User %1 does not belong to company %2.</translation>
    </message>
</context>
<context>
    <name>AecBuildCommand</name>
    <message>
        <source>DTE a ceder (archivo XML).</source>
        <translation>DTE to assign (XML file).</translation>
    </message>
    <message>
        <source>AEC anterior, para una nueva cesión del mismo DTE.</source>
        <translation>Previous AEC, for a new assignment of the same DTE.</translation>
    </message>
    <message>
        <source>Certificado del firmante (.p12/.pfx).</source>
        <translation>Signer&apos;s certificate (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Certificado del llavero (ID o prefijo, ver «cert list»).</source>
        <translation>Keychain certificate (ID or prefix, see “cert list”).</translation>
    </message>
    <message>
        <source>Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the certificate password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>RUT del cesionario.</source>
        <translation>Assignee&apos;s RUT.</translation>
    </message>
    <message>
        <source>Razón social del cesionario.</source>
        <translation>Assignee&apos;s legal name.</translation>
    </message>
    <message>
        <source>Dirección del cesionario.</source>
        <translation>Assignee&apos;s address.</translation>
    </message>
    <message>
        <source>Correo del cesionario.</source>
        <translation>Assignee&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Dirección del cedente (por omisión la del DTE).</source>
        <translation>Assignor&apos;s address (the DTE&apos;s by default).</translation>
    </message>
    <message>
        <source>Correo del cedente.</source>
        <translation>Assignor&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Nombre del firmante autorizado (por omisión el del certificado).</source>
        <translation>Name of the authorized signer (the certificate&apos;s by default).</translation>
    </message>
    <message>
        <source>Monto cedido en pesos (por omisión el total del DTE).</source>
        <translation>Assigned amount in pesos (the DTE&apos;s total by default).</translation>
    </message>
    <message>
        <source>Último vencimiento AAAA-MM-DD (por omisión el del DTE).</source>
        <translation>Last due date YYYY-MM-DD (the DTE&apos;s by default).</translation>
    </message>
    <message>
        <source>Incluye la declaración jurada del SII (sin Recibo electrónico).</source>
        <translation>Includes the SII&apos;s sworn statement (declaración jurada), without an electronic receipt (Recibo).</translation>
    </message>
    <message>
        <source>Archivo AEC a escribir.</source>
        <translation>AEC file to write.</translation>
    </message>
    <message>
        <source>No se pudo leer %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Arma y firma un AEC (cesión o nueva cesión) según las reglas del SII.</source>
        <translation>Builds and signs an AEC (assignment or new assignment) according to the SII&apos;s rules.</translation>
    </message>
    <message>
        <source>falta --dte (o --previous-aec para una nueva cesión).</source>
        <translation>--dte is missing (or --previous-aec for a new assignment).</translation>
    </message>
    <message>
        <source>indique el certificado con --p12 ARCHIVO o con --cert ID (uno de los dos).</source>
        <translation>specify the certificate with --p12 FILE or with --cert ID (one of the two).</translation>
    </message>
    <message>
        <source>falta --%1.</source>
        <translation>--%1 is missing.</translation>
    </message>
    <message>
        <source>%1 contiene %2 DTE; un AEC cede uno solo.</source>
        <translation>%1 contains %2 DTEs; an AEC assigns only one.</translation>
    </message>
    <message>
        <source>--vencimiento «%1» no es una fecha AAAA-MM-DD.</source>
        <translation>--vencimiento “%1” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>Contraseña del certificado %1</source>
        <translation>Password for certificate %1</translation>
    </message>
    <message>
        <source>No se pudo escribir %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Atención: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>AEC escrito en %1 (%2 bytes).</source>
        <translation>AEC written to %1 (%2 bytes).</translation>
    </message>
</context>
<context>
    <name>AecBuilder</name>
    <message>
        <source>Regla de largo de campos: %1 («%2») tiene %3 caracteres; el SII admite entre %4 y %5.</source>
        <translation>Field length rule: %1 (“%2”) has %3 characters; the SII accepts between %4 and %5.</translation>
    </message>
    <message>
        <source>Regla de codificación: %1 («%2») contiene el carácter U+%3, que no se puede escribir en ISO-8859-1.</source>
        <translation>Encoding rule: %1 (“%2”) contains the character U+%3, which cannot be written in ISO-8859-1.</translation>
    </message>
    <message>
        <source>Regla de firmantes: una cesión lleva de 1 a 3 firmas; se dieron %1 certificados.</source>
        <translation>Signers rule: an assignment carries 1 to 3 signatures; %1 certificates were given.</translation>
    </message>
    <message>
        <source>Regla de certificado vigente: %1</source>
        <translation>Valid certificate rule: %1</translation>
    </message>
    <message>
        <source>Regla de firmantes: el certificado de «%1» no trae el RUT de su titular: %2</source>
        <translation>Signers rule: the certificate of “%1” does not carry its holder&apos;s RUT: %2</translation>
    </message>
    <message>
        <source>Regla de DTE: el DTE indicado no es el que contiene el AEC anterior (%1).</source>
        <translation>DTE rule: the given DTE is not the one contained in the previous AEC (%1).</translation>
    </message>
    <message>
        <source>Regla de DTE: falta el DTE a ceder.</source>
        <translation>DTE rule: the DTE to assign is missing.</translation>
    </message>
    <message>
        <source>Regla de DTE: el DTE %1 no se pudo leer completo: %2</source>
        <translation>DTE rule: the DTE %1 could not be read completely: %2</translation>
    </message>
    <message>
        <source>Regla de tipo cedible: el DTE es de tipo %1; solo se ceden los tipos 33, 34, 43 y 46.</source>
        <translation>Assignable type rule: the DTE is of type %1; only types 33, 34, 43 and 46 can be assigned.</translation>
    </message>
    <message>
        <source>Regla de RUT: RUT del cedente: %1</source>
        <translation>RUT rule: assignor&apos;s RUT: %1</translation>
    </message>
    <message>
        <source>Regla de RUT: RUT del cesionario: %1</source>
        <translation>RUT rule: assignee&apos;s RUT: %1</translation>
    </message>
    <message>
        <source>Regla de cedente: en una nueva cesión el cedente (%1) debe ser el último cesionario (%2).</source>
        <translation>Assignor rule: in a new assignment the assignor (%1) must be the last assignee (%2).</translation>
    </message>
    <message>
        <source>Regla de cedente: en la primera cesión el cedente (%1) debe ser el emisor del DTE (%2).</source>
        <translation>Assignor rule: in the first assignment the assignor (%1) must be the issuer of the DTE (%2).</translation>
    </message>
    <message>
        <source>Regla de cesionario: el cesionario no puede ser el mismo cedente (%1).</source>
        <translation>Assignee rule: the assignee cannot be the assignor itself (%1).</translation>
    </message>
    <message>
        <source>Regla de monto: el monto cedido debe ser positivo; es %1.</source>
        <translation>Amount rule: the assigned amount must be positive; it is %1.</translation>
    </message>
    <message>
        <source>Regla de monto: el monto cedido (%1) supera el total del DTE (%2).</source>
        <translation>Amount rule: the assigned amount (%1) exceeds the DTE&apos;s total (%2).</translation>
    </message>
    <message>
        <source>Regla de vencimiento: el último vencimiento (%1) es anterior a la emisión del DTE (%2).</source>
        <translation>Due date rule: the last due date (%1) is earlier than the DTE&apos;s issue date (%2).</translation>
    </message>
    <message>
        <source>Regla de vencimiento: el último vencimiento (%1) es posterior al 2050-12-31 que admite el SII.</source>
        <translation>Due date rule: the last due date (%1) is later than 2050-12-31, the latest the SII accepts.</translation>
    </message>
    <message>
        <source>Regla de fecha de cesión: la fecha de cesión (%1) es futura; ahora es %2.</source>
        <translation>Assignment date rule: the assignment date (%1) is in the future; it is now %2.</translation>
    </message>
    <message>
        <source>Regla de fecha de cesión: la fecha de cesión (%1) es anterior a la emisión del DTE (%2).</source>
        <translation>Assignment date rule: the assignment date (%1) is earlier than the DTE&apos;s issue date (%2).</translation>
    </message>
    <message>
        <source>Regla de firmantes: hay %1 personas autorizadas y %2 certificados; el SII exige una firma por cada RUTAutorizado, en el mismo orden.</source>
        <translation>Signers rule: there are %1 authorized persons and %2 certificates; the SII requires one signature per RUTAutorizado, in the same order.</translation>
    </message>
    <message>
        <source>Regla de RUT: RUT autorizado %1: %2</source>
        <translation>RUT rule: authorized RUT %1: %2</translation>
    </message>
    <message>
        <source>Regla de firmantes: el RUT autorizado %1 (%2) no es el del certificado que firma (%3).</source>
        <translation>Signers rule: the authorized RUT %1 (%2) is not the RUT of the signing certificate (%3).</translation>
    </message>
    <message>
        <source>Regla de declaración jurada: la cesión anterior la incluye, así que esta también debe incluirla.</source>
        <translation>Sworn statement rule: the previous assignment includes it, so this one must include it too.</translation>
    </message>
    <message>
        <source>La declaración jurada tiene %1 caracteres y se cortó en %2, el máximo del SII.</source>
        <translation>The sworn statement has %1 characters and was truncated at %2, the SII&apos;s maximum.</translation>
    </message>
    <message>
        <source>Regla de secuencia: el DTE ya tiene %1 cesiones; el SII admite hasta 40.</source>
        <translation>Sequence rule: the DTE already has %1 assignments; the SII accepts up to 40.</translation>
    </message>
    <message>
        <source>SeqCesion</source>
        <translation>SeqCesion</translation>
    </message>
    <message>
        <source>IdDTE/TipoDTE</source>
        <translation>IdDTE/TipoDTE</translation>
    </message>
    <message>
        <source>IdDTE/RUTEmisor</source>
        <translation>IdDTE/RUTEmisor</translation>
    </message>
    <message>
        <source>IdDTE/RUTReceptor</source>
        <translation>IdDTE/RUTReceptor</translation>
    </message>
    <message>
        <source>IdDTE/Folio</source>
        <translation>IdDTE/Folio</translation>
    </message>
    <message>
        <source>IdDTE/FchEmis</source>
        <translation>IdDTE/FchEmis</translation>
    </message>
    <message>
        <source>IdDTE/MntTotal</source>
        <translation>IdDTE/MntTotal</translation>
    </message>
    <message>
        <source>Cedente/RUT</source>
        <translation>Cedente/RUT</translation>
    </message>
    <message>
        <source>Cedente/RazonSocial</source>
        <translation>Cedente/RazonSocial</translation>
    </message>
    <message>
        <source>Cedente/Direccion</source>
        <translation>Cedente/Direccion</translation>
    </message>
    <message>
        <source>Cedente/eMail</source>
        <translation>Cedente/eMail</translation>
    </message>
    <message>
        <source>Cedente/RUTAutorizado/RUT</source>
        <translation>Cedente/RUTAutorizado/RUT</translation>
    </message>
    <message>
        <source>Cedente/RUTAutorizado/Nombre</source>
        <translation>Cedente/RUTAutorizado/Nombre</translation>
    </message>
    <message>
        <source>Cedente/DeclaracionJurada</source>
        <translation>Cedente/DeclaracionJurada</translation>
    </message>
    <message>
        <source>Cesionario/RUT</source>
        <translation>Cesionario/RUT</translation>
    </message>
    <message>
        <source>Cesionario/RazonSocial</source>
        <translation>Cesionario/RazonSocial</translation>
    </message>
    <message>
        <source>Cesionario/Direccion</source>
        <translation>Cesionario/Direccion</translation>
    </message>
    <message>
        <source>Cesionario/eMail</source>
        <translation>Cesionario/eMail</translation>
    </message>
    <message>
        <source>MontoCesion</source>
        <translation>MontoCesion</translation>
    </message>
    <message>
        <source>UltimoVencimiento</source>
        <translation>UltimoVencimiento</translation>
    </message>
    <message>
        <source>OtrasCondiciones</source>
        <translation>OtrasCondiciones</translation>
    </message>
    <message>
        <source>eMailDeudor</source>
        <translation>eMailDeudor</translation>
    </message>
    <message>
        <source>TmstCesion</source>
        <translation>TmstCesion</translation>
    </message>
    <message>
        <source>Caratula/RutCedente</source>
        <translation>Caratula/RutCedente</translation>
    </message>
    <message>
        <source>Caratula/RutCesionario</source>
        <translation>Caratula/RutCesionario</translation>
    </message>
    <message>
        <source>Caratula/NmbContacto</source>
        <translation>Caratula/NmbContacto</translation>
    </message>
    <message>
        <source>Caratula/FonoContacto</source>
        <translation>Caratula/FonoContacto</translation>
    </message>
    <message>
        <source>Caratula/MailContacto</source>
        <translation>Caratula/MailContacto</translation>
    </message>
    <message>
        <source>TmstFirmaEnvio</source>
        <translation>TmstFirmaEnvio</translation>
    </message>
    <message>
        <source>El AEC construido no se puede leer: %1</source>
        <translation>The built AEC cannot be read: %1</translation>
    </message>
    <message>
        <source>Regla de esquema: el AEC construido no cumple AEC_v10.xsd: %1</source>
        <translation>Schema rule: the built AEC does not conform to AEC_v10.xsd: %1</translation>
    </message>
    <message>
        <source>no empieza con &lt;Recibo&gt;.</source>
        <translation>does not start with &lt;Recibo&gt;.</translation>
    </message>
    <message>
        <source>debe ser un Recibo firmado con DocumentoRecibo e ID.</source>
        <translation>must be a signed Recibo with DocumentoRecibo and ID.</translation>
    </message>
    <message>
        <source>es del documento %1/%2/%3, no del DTE cedido %4.</source>
        <translation>belongs to document %1/%2/%3, not to the assigned DTE %4.</translation>
    </message>
    <message>
        <source>Regla de DTE: el DTE %1 está en %2 con caracteres que en ISO-8859-1 significan otra cosa; no se puede incluir byte a byte en un AEC en ISO-8859-1.</source>
        <translation>DTE rule: the DTE %1 is in %2 with characters that mean something else in ISO-8859-1; it cannot be included byte for byte in an ISO-8859-1 AEC.</translation>
    </message>
    <message>
        <source>Regla de recibos: en una nueva cesión el DTECedido se copia tal cual; no se le pueden agregar recibos.</source>
        <translation>Receipts rule: in a new assignment the DTECedido is copied as is; receipts cannot be added to it.</translation>
    </message>
    <message>
        <source>Regla de recibos: se dieron %1 recibos; el SII admite hasta 40.</source>
        <translation>Receipts rule: %1 receipts were given; the SII accepts up to 40.</translation>
    </message>
    <message>
        <source>Regla de recibos: recibo %1: %2</source>
        <translation>Receipts rule: receipt %1: %2</translation>
    </message>
    <message>
        <source>Regla de recibos: recibo %1: el ID «%2» se repite.</source>
        <translation>Receipts rule: receipt %1: the ID “%2” is repeated.</translation>
    </message>
    <message>
        <source>El AEC a firmar no es XML válido: %1</source>
        <translation>The AEC to sign is not valid XML: %1</translation>
    </message>
</context>
<context>
    <name>AecPreviousFile</name>
    <message>
        <source>%1: no es un AEC (falta AEC/DocumentoAEC/Cesiones).</source>
        <translation>%1: not an AEC (AEC/DocumentoAEC/Cesiones is missing).</translation>
    </message>
    <message>
        <source>%1: debe tener un DTECedido y al menos una Cesion; tiene %2 y %3.</source>
        <translation>%1: must have one DTECedido and at least one Cesion; it has %2 and %3.</translation>
    </message>
    <message>
        <source>La raíz del AEC anterior declara el espacio de nombres «%1» (prefijo «%2»), que el nuevo AEC no declara: las firmas copiadas pueden verificarse de otra forma.</source>
        <translation>The root of the previous AEC declares the namespace “%1” (prefix “%2”), which the new AEC does not declare: the copied signatures may verify differently.</translation>
    </message>
    <message>
        <source>%1: la última Cesion no tiene un SeqCesion válido.</source>
        <translation>%1: the last Cesion has no valid SeqCesion.</translation>
    </message>
    <message>
        <source>%1: no se pudieron ubicar los bytes de DTECedido y Cesion.</source>
        <translation>%1: the bytes of DTECedido and Cesion could not be located.</translation>
    </message>
    <message>
        <source>%1: debe contener un DTE; contiene %2.</source>
        <translation>%1: must contain one DTE; it contains %2.</translation>
    </message>
    <message>
        <source>%1: está en %2 con caracteres que en ISO-8859-1 significan otra cosa; sus elementos no se pueden copiar tal cual a un AEC en ISO-8859-1.</source>
        <translation>%1: is in %2 with characters that mean something else in ISO-8859-1; its elements cannot be copied as is into an ISO-8859-1 AEC.</translation>
    </message>
    <message>
        <source>La raíz del AEC anterior no declara xmlns:xsi y la del nuevo sí: las firmas copiadas pueden verificarse de otra forma.</source>
        <translation>The root of the previous AEC does not declare xmlns:xsi and the root of the new one does: the copied signatures may verify differently.</translation>
    </message>
</context>
<context>
    <name>AecSignatureVerifier</name>
    <message>
        <source>La firma debe tener un SignedInfo con exactamente una Reference; tiene %1.</source>
        <translation>The signature must have a SignedInfo with exactly one Reference; it has %1.</translation>
    </message>
    <message>
        <source>La firma no referencia el elemento que acompaña (Reference URI «%1», ID «%2»).</source>
        <translation>The signature does not reference the element it accompanies (Reference URI “%1”, ID “%2”).</translation>
    </message>
    <message>
        <source>El ID «%1» aparece %2 veces en el documento; la referencia de la firma es ambigua.</source>
        <translation>The ID “%1” appears %2 times in the document; the signature&apos;s reference is ambiguous.</translation>
    </message>
    <message>
        <source>No se pudo registrar el ID «%1».</source>
        <translation>Could not register the ID “%1”.</translation>
    </message>
    <message>
        <source>La firma no trae un certificado X509 legible ni un KeyValue RSA.</source>
        <translation>The signature carries neither a readable X509 certificate nor an RSA KeyValue.</translation>
    </message>
    <message>
        <source>xmlsec1 no aceptó la clave del firmante.</source>
        <translation>xmlsec1 did not accept the signer&apos;s key.</translation>
    </message>
    <message>
        <source>xmlsec1 no pudo verificar la firma: %1</source>
        <translation>xmlsec1 could not verify the signature: %1</translation>
    </message>
    <message>
        <source>error desconocido</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>La firma es válida.</source>
        <translation>The signature is valid.</translation>
    </message>
    <message>
        <source>SignedInfo está bien firmado, pero el resumen (DigestValue) no coincide con el elemento canonicalizado: lo firmado no es esto.</source>
        <translation>SignedInfo is correctly signed, but the digest (DigestValue) does not match the canonicalized element: what was signed is not this.</translation>
    </message>
    <message>
        <source>Ni el resumen (DigestValue) ni SignatureValue coinciden.</source>
        <translation>Neither the digest (DigestValue) nor SignatureValue match.</translation>
    </message>
    <message>
        <source>El resumen coincide, pero SignatureValue no corresponde a la clave del certificado.</source>
        <translation>The digest matches, but SignatureValue does not correspond to the certificate&apos;s key.</translation>
    </message>
    <message>
        <source>El resumen coincide, pero SignatureValue no corresponde a la clave KeyValue.</source>
        <translation>The digest matches, but SignatureValue does not correspond to the KeyValue key.</translation>
    </message>
</context>
<context>
    <name>AecVerifier</name>
    <message>
        <source>El fragmento no se puede leer: %1</source>
        <translation>The fragment cannot be read: %1</translation>
    </message>
    <message>
        <source>El fragmento no tiene la firma %1.</source>
        <translation>The fragment does not have signature %1.</translation>
    </message>
    <message>
        <source>%1: no es un AEC (falta AEC/DocumentoAEC/Cesiones).</source>
        <translation>%1: not an AEC (AEC/DocumentoAEC/Cesiones is missing).</translation>
    </message>
    <message>
        <source>No se pudo leer el DTE cedido: %1</source>
        <translation>Could not read the assigned DTE: %1</translation>
    </message>
    <message>
        <source>no hay DTE</source>
        <translation>there is no DTE</translation>
    </message>
    <message>
        <source>El AEC debe tener un DTECedido; tiene %1.</source>
        <translation>The AEC must have one DTECedido; it has %1.</translation>
    </message>
    <message>
        <source>El AEC no tiene cesiones.</source>
        <translation>The AEC has no assignments.</translation>
    </message>
    <message>
        <source>La cesión %1 tiene SeqCesion %2; se esperaba %1.</source>
        <translation>Assignment %1 has SeqCesion %2; %1 was expected.</translation>
    </message>
    <message>
        <source>El cedente de la primera cesión (%1) no es el emisor del DTE (%2).</source>
        <translation>The assignor of the first assignment (%1) is not the issuer of the DTE (%2).</translation>
    </message>
    <message>
        <source>El cedente de la cesión %1 (%2) no es el cesionario de la anterior (%3).</source>
        <translation>The assignor of assignment %1 (%2) is not the assignee of the previous one (%3).</translation>
    </message>
    <message>
        <source>Cesión %1: </source>
        <translation>Assignment %1: </translation>
    </message>
    <message>
        <source>el tipo %1 no es cedible (solo 33, 34, 43 y 46).</source>
        <translation>type %1 cannot be assigned (only 33, 34, 43 and 46).</translation>
    </message>
    <message>
        <source>IdDTE no coincide con el DTE cedido.</source>
        <translation>IdDTE does not match the assigned DTE.</translation>
    </message>
    <message>
        <source>el monto cedido (%1) supera el total del DTE (%2).</source>
        <translation>the assigned amount (%1) exceeds the DTE&apos;s total (%2).</translation>
    </message>
    <message>
        <source>el último vencimiento (%1) es anterior a la emisión (%2).</source>
        <translation>the last due date (%1) is earlier than the issue date (%2).</translation>
    </message>
    <message>
        <source>la fecha de cesión (%1) es futura.</source>
        <translation>the assignment date (%1) is in the future.</translation>
    </message>
    <message>
        <source>el RUT del cesionario (%1) no es válido.</source>
        <translation>the assignee&apos;s RUT (%1) is not valid.</translation>
    </message>
    <message>
        <source>el RUT autorizado %1 no es válido.</source>
        <translation>the authorized RUT %1 is not valid.</translation>
    </message>
    <message>
        <source>tiene %1 firmas para %2 RUT autorizados.</source>
        <translation>it has %1 signatures for %2 authorized RUTs.</translation>
    </message>
    <message>
        <source>la firma %1 es de «%2», no del RUT autorizado %3.</source>
        <translation>signature %1 belongs to “%2”, not to the authorized RUT %3.</translation>
    </message>
    <message>
        <source>un certificado sin RUT</source>
        <translation>a certificate without a RUT</translation>
    </message>
    <message>
        <source>la cesión anterior incluye declaración jurada y esta no.</source>
        <translation>the previous assignment includes a sworn statement and this one does not.</translation>
    </message>
    <message>
        <source>La carátula (%1 → %2) no nombra al cedente y cesionario de la última cesión (%3 → %4).</source>
        <translation>The cover page (Caratula, %1 → %2) does not name the assignor and assignee of the last assignment (%3 → %4).</translation>
    </message>
</context>
<context>
    <name>AecVerifyCommand</name>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Verifica un AEC: esquema, cada firma, la cadena de cesiones y las reglas.</source>
        <translation>Verifies an AEC: schema, each signature, the chain of assignments and the rules.</translation>
    </message>
    <message>
        <source>AEC en XML.</source>
        <translation>AEC in XML.</translation>
    </message>
    <message>
        <source>falta el archivo AEC (uno solo).</source>
        <translation>the AEC file is missing (exactly one).</translation>
    </message>
    <message>
        <source>%1: DTE %2, cesiones: %3</source>
        <translation>%1: DTE %2, assignments: %3</translation>
    </message>
    <message>
        <source>Esquema AEC_v10.xsd: %1</source>
        <translation>Schema AEC_v10.xsd: %1</translation>
    </message>
    <message>
        <source>válido</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>no válido: %1</source>
        <translation>not valid: %1</translation>
    </message>
    <message>
        <source>Firma %1 #%2 (ID %3): estricta %4, al modo del SII %5 — %6 %7</source>
        <translation>Signature %1 #%2 (ID %3): strict %4, in the SII&apos;s way %5 — %6 %7</translation>
    </message>
    <message>
        <source>Resultado: el esquema y todas las firmas se cumplen.</source>
        <translation>Result: the schema and all the signatures are valid.</translation>
    </message>
    <message>
        <source>Resultado: NO se cumplen el esquema o alguna firma.</source>
        <translation>Result: the schema or some signature is NOT valid.</translation>
    </message>
</context>
<context>
    <name>AecXmlSigner</name>
    <message>
        <source>El documento a firmar no es XML válido: %1</source>
        <translation>The document to sign is not valid XML: %1</translation>
    </message>
    <message>
        <source>No se pudo registrar el ID «%1».</source>
        <translation>Could not register the ID “%1”.</translation>
    </message>
    <message>
        <source>xmlsec1 no aceptó la clave o el certificado del firmante.</source>
        <translation>xmlsec1 did not accept the signer&apos;s key or certificate.</translation>
    </message>
    <message>
        <source>No se pudo crear el contexto de firma de xmlsec1.</source>
        <translation>Could not create xmlsec1&apos;s signature context.</translation>
    </message>
    <message>
        <source>xmlsec1 no pudo firmar el elemento «%1»: %2</source>
        <translation>xmlsec1 could not sign the element “%1”: %2</translation>
    </message>
    <message>
        <source>error desconocido</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>No se pudo escribir la firma del elemento «%1».</source>
        <translation>Could not write the signature of the element “%1”.</translation>
    </message>
    <message>
        <source>El documento a firmar debe tener %1 plantillas de firma y los elementos con ID que firman; tiene %2 plantillas y %3 de %4 elementos.</source>
        <translation>The document to sign must have %1 signature templates and the elements with ID they sign; it has %2 templates and %3 of %4 elements.</translation>
    </message>
    <message>
        <source>La plantilla de firma %1 no hace referencia a «#%2» sino a «%3».</source>
        <translation>Signature template %1 does not reference “#%2” but “%3”.</translation>
    </message>
    <message>
        <source>No se pudo copiar el KeyInfo de la firma del elemento «%1».</source>
        <translation>Could not copy the KeyInfo of the signature of the element “%1”.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Falta la cabecera del registro de auditoría (tabla audit_head).</source>
        <translation>The audit log head is missing (table audit_head).</translation>
    </message>
    <message>
        <source>la fila %1 sigue a la %2: falta la fila %3 (borrada o renumerada).</source>
        <translation>row %1 follows row %2: row %3 is missing (deleted or renumbered).</translation>
    </message>
    <message>
        <source>el contenido de la fila %1 no coincide con su hash (fue modificada).</source>
        <translation>the content of row %1 does not match its hash (it was modified).</translation>
    </message>
    <message>
        <source>la fila %1 no encadena con la fila anterior (filas borradas, reordenadas o reemplazadas).</source>
        <translation>row %1 does not chain to the previous row (rows deleted, reordered or replaced).</translation>
    </message>
    <message>
        <source>falta la cabecera del registro (tabla audit_head).</source>
        <translation>the log head is missing (table audit_head).</translation>
    </message>
    <message>
        <source>el registro termina en la fila %1 pero la cabecera dice %2: faltan las últimas filas (borradas).</source>
        <translation>the log ends at row %1 but the head says %2: the last rows are missing (deleted).</translation>
    </message>
    <message>
        <source>la cabecera del registro no coincide con su última fila.</source>
        <translation>the log head does not match its last row.</translation>
    </message>
    <message>
        <source>La verificación del registro de auditoría se canceló.</source>
        <translation>The audit log verification was cancelled.</translation>
    </message>
</context>
<context>
    <name>AuditLogCommand</name>
    <message>
        <source>Muestra las filas más recientes del registro de auditoría.</source>
        <translation>Shows the most recent rows of the audit log.</translation>
    </message>
    <message>
        <source>Cuántas filas (por omisión 50).</source>
        <translation>How many rows (50 by default).</translation>
    </message>
    <message>
        <source>Solo las de un tipo de objeto, o de un objeto: TIPO o TIPO:ID.</source>
        <translation>Only those of one object type, or of one object: TYPE or TYPE:ID.</translation>
    </message>
    <message>
        <source>--limit debe ser un número entre 1 y 100000.</source>
        <translation>--limit must be a number between 1 and 100000.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>La cadena está rota en la entrada n.º %1: %2</source>
        <translation>The chain is broken at entry no. %1: %2</translation>
    </message>
    <message>
        <source>La cadena está rota: %1</source>
        <translation>The chain is broken: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>Verifica la cadena del registro de auditoría; nombra la primera fila alterada.</source>
        <translation>Verifies the audit log chain; names the first altered row.</translation>
    </message>
    <message>
        <source>registro de auditoría alterado en la fila %1: %2</source>
        <translation>audit log altered at row %1: %2</translation>
    </message>
    <message>
        <source>Registro de auditoría íntegro (filas verificadas: %1).</source>
        <translation>Audit log intact (rows verified: %1).</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Usuario o contraseña incorrectos.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>La cuenta está bloqueada por intentos fallidos hasta las %1.</source>
        <translation>The account is locked until %1 after failed sign-in attempts.</translation>
    </message>
    <message>
        <source>Demasiados intentos fallidos: la cuenta queda bloqueada hasta las %1.</source>
        <translation>Too many failed sign-in attempts: the account is locked until %1.</translation>
    </message>
    <message>
        <source>La cuenta «%1» está deshabilitada; pida a un administrador que la habilite.</source>
        <translation>The account “%1” is disabled; ask an administrator to enable it.</translation>
    </message>
</context>
<context>
    <name>BankRut</name>
    <message>
        <source>El RUT está vacío.</source>
        <translation>The RUT is empty.</translation>
    </message>
</context>
<context>
    <name>BankingCalendar</name>
    <message>
        <source>el año %1 está fuera del rango del calendario bancario (%2 a %3).</source>
        <translation>the year %1 is outside the range of the banking calendar (%2 to %3).</translation>
    </message>
    <message>
        <source>La zona horaria «%1» no está en la base de datos de zonas horarias del sistema; instale el paquete tzdata.</source>
        <translation>The time zone “%1” is not in the system&apos;s time zone database; install the tzdata package.</translation>
    </message>
    <message>
        <source>la fecha no es válida.</source>
        <translation>the date is not valid.</translation>
    </message>
    <message>
        <source>el %1 ya tiene un ajuste (%2); use una sola línea por fecha.</source>
        <translation>%1 already has an adjustment (%2); use a single line per date.</translation>
    </message>
    <message>
        <source>el %1 ya es feriado («%2»); no se puede agregar.</source>
        <translation>%1 is already a holiday (“%2”); it cannot be added.</translation>
    </message>
    <message>
        <source>el %1 no es feriado según las reglas; no hay nada que quitar.</source>
        <translation>%1 is not a holiday under the rules; there is nothing to remove.</translation>
    </message>
    <message>
        <source>Año %1 fuera del rango del calendario bancario (%2 a %3).</source>
        <translation>Year %1 is outside the range of the banking calendar (%2 to %3).</translation>
    </message>
    <message>
        <source>Fecha de pago %1: %2</source>
        <translation>Payment date %1: %2</translation>
    </message>
    <message>
        <source>Fecha y hora «%1»: esa hora no existe en %2 (el reloj se adelantó por el cambio de horario).</source>
        <translation>Date and time “%1”: that time does not exist in %2 (the clock went forward for daylight saving time).</translation>
    </message>
    <message>
        <source>El instante del pago no es una fecha y hora válida.</source>
        <translation>The instant of the payment is not a valid date and time.</translation>
    </message>
    <message>
        <source>La fecha u hora local del pago no es válida.</source>
        <translation>The local date or time of the payment is not valid.</translation>
    </message>
    <message>
        <source>Fecha y hora «%1» inválida: use el formato AAAA-MM-DD HH:MM (hora de Chile continental).</source>
        <translation>Invalid date and time “%1”: use the format YYYY-MM-DD HH:MM (mainland Chile time).</translation>
    </message>
    <message>
        <source>Fecha y hora «%1»: la fecha no existe en el calendario.</source>
        <translation>Date and time “%1”: the date does not exist in the calendar.</translation>
    </message>
    <message>
        <source>Fecha y hora «%1»: la hora debe estar entre 00:00 y 23:59.</source>
        <translation>Date and time “%1”: the time must be between 00:00 and 23:59.</translation>
    </message>
    <message>
        <source>Fecha y hora «%1»: %2</source>
        <translation>Date and time “%1”: %2</translation>
    </message>
</context>
<context>
    <name>BrandingPanel</name>
    <message>
        <source>Correo: asunto</source>
        <translation>E-mail: subject</translation>
    </message>
    <message>
        <source>Correo: cuerpo HTML</source>
        <translation>E-mail: HTML body</translation>
    </message>
    <message>
        <source>Correo: texto sin formato</source>
        <translation>E-mail: plain text</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Instrucciones de pago en Caja Vecina</source>
        <translation>Caja Vecina payment instructions</translation>
    </message>
    <message>
        <source>Marca guardada.</source>
        <translation>Branding saved.</translation>
    </message>
    <message>
        <source>Plantilla guardada; se aplica al reiniciar el servidor.</source>
        <translation>Template saved; it takes effect when the server restarts.</translation>
    </message>
</context>
<context>
    <name>CajaVecinaEndpoints</name>
    <message>
        <source>Error interno del servidor.</source>
        <translation>Internal server error.</translation>
    </message>
    <message>
        <source>La dirección %1 no está autorizada.</source>
        <translation>The address %1 is not authorized.</translation>
    </message>
    <message>
        <source>La URL tiene %1 caracteres; el máximo es %2.</source>
        <translation>The URL has %1 characters; the maximum is %2.</translation>
    </message>
    <message>
        <source>Cabeceras demasiado grandes: %1 campos y %2 bytes; el máximo es %3 campos y %4 bytes.</source>
        <translation>Headers too large: %1 fields and %2 bytes; the maximum is %3 fields and %4 bytes.</translation>
    </message>
    <message>
        <source>No existe la ruta %1.</source>
        <translation>The path %1 does not exist.</translation>
    </message>
    <message>
        <source>La ruta %1 solo acepta %2.</source>
        <translation>The path %1 only accepts %2.</translation>
    </message>
    <message>
        <source>Credenciales ausentes o incorrectas.</source>
        <translation>Missing or incorrect credentials.</translation>
    </message>
    <message>
        <source>El cuerpo tiene %1 bytes; el máximo es %2.</source>
        <translation>The body is %1 bytes long; the maximum is %2.</translation>
    </message>
    <message>
        <source>El cuerpo supera el máximo de %1 bytes.</source>
        <translation>The body exceeds the maximum of %1 bytes.</translation>
    </message>
    <message>
        <source>la URL no se puede decodificar.</source>
        <translation>the URL cannot be decoded.</translation>
    </message>
    <message>
        <source>rut_cliente o type vienen repetidos.</source>
        <translation>rut_cliente or type is repeated.</translation>
    </message>
    <message>
        <source>el cuerpo no es un objeto JSON.</source>
        <translation>the body is not a JSON object.</translation>
    </message>
    <message>
        <source>rut_cliente debe ser String.</source>
        <translation>rut_cliente must be a String.</translation>
    </message>
    <message>
        <source>type debe ser String.</source>
        <translation>type must be a String.</translation>
    </message>
    <message>
        <source>falta rut_cliente.</source>
        <translation>rut_cliente is missing.</translation>
    </message>
    <message>
        <source>no responde</source>
        <translation>not responding</translation>
    </message>
</context>
<context>
    <name>CajaVecinaHttpServer</name>
    <message>
        <source>«cajavecina/listen» vale «%1»: debe ser dirección:puerto, p. ej. 0.0.0.0:8443 o [::]:8443 (%2)</source>
        <translation>“cajavecina/listen” is “%1”: it must be address:port, e.g. 0.0.0.0:8443 or [::]:8443 (%2)</translation>
    </message>
    <message>
        <source>No se pudo escuchar en %1: %2</source>
        <translation>Could not listen on %1: %2</translation>
    </message>
</context>
<context>
    <name>CajaVecinaHttpSettings</name>
    <message>
        <source>Falta «%1»: el archivo con el secreto</source>
        <translation>“%1” is missing: the file holding the secret</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>«%1»: el archivo «%2» está vacío</source>
        <translation>“%1”: the file “%2” is empty</translation>
    </message>
    <message>
        <source>«%1» vale «%2»: debe ser una ruta que empiece con «/», sin «?», «#» ni espacios</source>
        <translation>“%1” is “%2”: it must be a path starting with “/”, without “?”, “#” or spaces</translation>
    </message>
    <message>
        <source>«cajavecina/query_path» y «cajavecina/notification_path» deben ser distintas entre sí y de /health y /metrics</source>
        <translation>“cajavecina/query_path” and “cajavecina/notification_path” must differ from each other and from /health and /metrics</translation>
    </message>
    <message>
        <source>«cajavecina/allow»: %1</source>
        <translation>“cajavecina/allow”: %1</translation>
    </message>
    <message>
        <source>«cajavecina/auth_header» vale «%1»: no es un nombre de cabecera HTTP</source>
        <translation>“cajavecina/auth_header” is “%1”: not an HTTP header name</translation>
    </message>
    <message>
        <source>«cajavecina/basic_user» no puede contener «:»</source>
        <translation>“cajavecina/basic_user” cannot contain “:”</translation>
    </message>
    <message>
        <source>«cajavecina/tls_private_key» y «cajavecina/tls_client_ca» necesitan «cajavecina/tls_certificate»</source>
        <translation>“cajavecina/tls_private_key” and “cajavecina/tls_client_ca” require “cajavecina/tls_certificate”</translation>
    </message>
</context>
<context>
    <name>CajaVecinaTlsContext</name>
    <message>
        <source>«%1»: no se puede leer «%2»: %3</source>
        <translation>“%1”: cannot read “%2”: %3</translation>
    </message>
    <message>
        <source>La llave privada no corresponde al certificado «%1»</source>
        <translation>The private key does not match the certificate “%1”</translation>
    </message>
    <message>
        <source>El certificado «%1» (%2) no está vigente: válido del %3 al %4</source>
        <translation>The certificate “%1” (%2) is not valid now: valid from %3 to %4</translation>
    </message>
    <message>
        <source>OpenSSL no acepta el certificado «%1» o su llave</source>
        <translation>OpenSSL does not accept the certificate “%1” or its key</translation>
    </message>
    <message>
        <source>OpenSSL no acepta la cadena del certificado «%1»</source>
        <translation>OpenSSL does not accept the chain of the certificate “%1”</translation>
    </message>
    <message>
        <source>«%1»: «%2» no es un archivo PKCS#12</source>
        <translation>“%1”: “%2” is not a PKCS#12 file</translation>
    </message>
    <message>
        <source>«%1»: no se pudo abrir «%2»; revise la contraseña de «%3»</source>
        <translation>“%1”: could not open “%2”; check the password in “%3”</translation>
    </message>
    <message>
        <source>«%1»: «%2» no tiene un certificado PEM; un PKCS#12 debe terminar en .p12 o .pfx</source>
        <translation>“%1”: “%2” has no PEM certificate; a PKCS#12 file must end in .p12 or .pfx</translation>
    </message>
    <message>
        <source>Falta «%1»: la llave PEM del certificado «%2»</source>
        <translation>“%1” is missing: the PEM key of the certificate “%2”</translation>
    </message>
    <message>
        <source>«%1»: no se pudo leer la llave PEM «%2» (¿falta o es incorrecta la contraseña de «%3»?)</source>
        <translation>“%1”: could not read the PEM key “%2” (is the password in “%3” missing or wrong?)</translation>
    </message>
    <message>
        <source>«%1»: «%2» no contiene la llave privada</source>
        <translation>“%1”: “%2” does not contain the private key</translation>
    </message>
    <message>
        <source>No se pudo preparar TLS (revise «%1» «%2»): %3</source>
        <translation>Could not set up TLS (check “%1” “%2”): %3</translation>
    </message>
    <message>
        <source>«%1»: «%2» no tiene certificados PEM</source>
        <translation>“%1”: “%2” has no PEM certificates</translation>
    </message>
</context>
<context>
    <name>CalendarAccountingDateCommand</name>
    <message>
        <source>Fecha contable de un pago hecho a una hora de Santiago (corte a las 14:00).</source>
        <translation>Accounting date of a payment made at a given Santiago time (cut-off at 14:00).</translation>
    </message>
    <message>
        <source>Fecha y hora del pago, hora de Chile.</source>
        <translation>Date and time of the payment, Chile time.</translation>
    </message>
    <message>
        <source>Archivo de feriados adicionales o eliminados.</source>
        <translation>File of added or removed holidays.</translation>
    </message>
    <message>
        <source>falta la fecha y hora, entre comillas: &quot;AAAA-MM-DD HH:MM&quot;.</source>
        <translation>the date and time are missing, in quotes: &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
</context>
<context>
    <name>CalendarHolidaysCommand</name>
    <message>
        <source>Lista los feriados bancarios de un año, uno por línea.</source>
        <translation>Lists the bank holidays of a year, one per line.</translation>
    </message>
    <message>
        <source>Año, por ejemplo 2026.</source>
        <translation>Year, for example 2026.</translation>
    </message>
    <message>
        <source>Archivo de feriados adicionales o eliminados.</source>
        <translation>File of added or removed holidays.</translation>
    </message>
    <message>
        <source>falta el año (uno solo).</source>
        <translation>the year is missing (exactly one).</translation>
    </message>
    <message>
        <source>«%1» no es un año.</source>
        <translation>“%1” is not a year.</translation>
    </message>
</context>
<context>
    <name>CartaGuiaExporter</name>
    <message>
        <source>No se pudo escribir %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
    <message>
        <source>El archivo %1 debe terminar en .xlsx o .csv: así se elige su formato.</source>
        <translation>The file %1 must end in .xlsx or .csv: that is how its format is chosen.</translation>
    </message>
    <message>
        <source>Indique un rango de fechas de cesión o un número de operación.</source>
        <translation>Give a range of assignment dates or an operation number.</translation>
    </message>
    <message>
        <source>El rango de fechas de cesión necesita su inicio y su fin.</source>
        <translation>The range of assignment dates needs both its start and its end.</translation>
    </message>
    <message>
        <source>El rango de fechas empieza el %1, después de su fin el %2.</source>
        <translation>The date range starts on %1, after its end on %2.</translation>
    </message>
    <message>
        <source>Falta la zona horaria America/Santiago en este equipo.</source>
        <translation>The America/Santiago time zone is missing on this computer.</translation>
    </message>
    <message>
        <source>No existe la operación número %1.</source>
        <translation>Operation number %1 does not exist.</translation>
    </message>
    <message>
        <source>no se pudo crear el libro XLSX</source>
        <translation>could not create the XLSX workbook</translation>
    </message>
    <message>
        <source>no se pudo reemplazar el archivo</source>
        <translation>could not replace the file</translation>
    </message>
</context>
<context>
    <name>CarteraImportCommand</name>
    <message>
        <source>Carga un archivo de cartera (CSV) como deudas por cobrar.</source>
        <translation>Loads a portfolio file (CSV) as debts to collect.</translation>
    </message>
    <message>
        <source>Archivo de cartera: UTF-8, separado por &apos;;&apos;, con encabezado (ver docs/collection.md).</source>
        <translation>Portfolio file: UTF-8, separated by &apos;;&apos;, with a header (see docs/collection.md).</translation>
    </message>
    <message>
        <source>falta el archivo de cartera (uno solo).</source>
        <translation>the portfolio file is missing (exactly one).</translation>
    </message>
    <message>
        <source>no se puede leer %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cartera %1: documentos nuevos: %2; ya cargados sin cambios: %3.</source>
        <translation>Portfolio %1: new documents: %2; already loaded without changes: %3.</translation>
    </message>
</context>
<context>
    <name>CarteraParser</name>
    <message>
        <source>Línea %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Línea %1, columna «%2»: %3</source>
        <translation>Line %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>comillas sin cerrar en la columna %1.</source>
        <translation>unclosed quotes in column %1.</translation>
    </message>
    <message>
        <source>texto después de las comillas de cierre en la columna %1.</source>
        <translation>text after the closing quotes in column %1.</translation>
    </message>
    <message>
        <source>comillas en medio de la columna %1.</source>
        <translation>quotes in the middle of column %1.</translation>
    </message>
    <message>
        <source>«%1» no es una fecha AAAA-MM-DD.</source>
        <translation>“%1” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>la fecha «%1» no existe.</source>
        <translation>the date “%1” does not exist.</translation>
    </message>
    <message>
        <source>«%1» debe ser un número entero sin puntos, signos ni decimales.</source>
        <translation>“%1” must be a whole number without dots, signs or decimals.</translation>
    </message>
    <message>
        <source>«%1» tiene más de %2 dígitos.</source>
        <translation>“%1” has more than %2 digits.</translation>
    </message>
    <message>
        <source>debe ser mayor que cero.</source>
        <translation>must be greater than zero.</translation>
    </message>
    <message>
        <source>está vacía.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>tiene %1 caracteres; el máximo es %2.</source>
        <translation>has %1 characters; the maximum is %2.</translation>
    </message>
    <message>
        <source>contiene caracteres de control.</source>
        <translation>contains control characters.</translation>
    </message>
    <message>
        <source>«%1» no es un número de documento: de 1 a 40 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; o &apos;-&apos;, empezando por letra o dígito.</source>
        <translation>“%1” is not a document number: 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>el vencimiento %1 es anterior a la emisión %2.</source>
        <translation>the due date %1 is earlier than the issue date %2.</translation>
    </message>
    <message>
        <source>el texto no está en UTF-8.</source>
        <translation>the text is not in UTF-8.</translation>
    </message>
    <message>
        <source>El archivo de cartera está vacío.</source>
        <translation>The portfolio file is empty.</translation>
    </message>
    <message>
        <source>el encabezado debe ser «%1», separado por &apos;;&apos;; se leyó «%2».</source>
        <translation>the header must be “%1”, separated by &apos;;&apos;; “%2” was read.</translation>
    </message>
    <message>
        <source>El archivo de cartera no tiene filas de datos.</source>
        <translation>The portfolio file has no data rows.</translation>
    </message>
    <message>
        <source>línea vacía.</source>
        <translation>empty line.</translation>
    </message>
    <message>
        <source>se esperaban %1 columnas separadas por &apos;;&apos; y hay %2.</source>
        <translation>%1 columns separated by &apos;;&apos; were expected and there are %2.</translation>
    </message>
    <message>
        <source>el documento «%1» ya está en la línea %2.</source>
        <translation>the document “%1” is already on line %2.</translation>
    </message>
</context>
<context>
    <name>CertImportCommand</name>
    <message>
        <source>Guarda un certificado PKCS#12 (.pfx/.p12) en el llavero del sistema.</source>
        <translation>Stores a PKCS#12 certificate (.pfx/.p12) in the system keychain.</translation>
    </message>
    <message>
        <source>Certificado con su clave privada.</source>
        <translation>Certificate with its private key.</translation>
    </message>
    <message>
        <source>Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the certificate password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>falta el archivo .p12 (uno solo).</source>
        <translation>the .p12 file is missing (exactly one).</translation>
    </message>
    <message>
        <source>No se pudo leer %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Contraseña de %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Certificado guardado en %1.</source>
        <translation>Certificate stored in %1.</translation>
    </message>
    <message>
        <source>Atención: el certificado no trae el RUT del titular; el SII lo exige para ceder.</source>
        <translation>Warning: the certificate does not carry the holder&apos;s RUT; the SII requires it for assignments.</translation>
    </message>
    <message>
        <source>Atención: el certificado no está vigente hoy; no servirá para firmar.</source>
        <translation>Warning: the certificate is not valid today; it cannot be used for signing.</translation>
    </message>
</context>
<context>
    <name>CertListCommand</name>
    <message>
        <source>aún no vigente</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>vencido</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>vence pronto</source>
        <translation>expires soon</translation>
    </message>
    <message>
        <source>vigente</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Lista los certificados del llavero con RUT del titular y vigencia.</source>
        <translation>Lists the keychain&apos;s certificates with the holder&apos;s RUT and validity.</translation>
    </message>
</context>
<context>
    <name>CertRemoveCommand</name>
    <message>
        <source>Elimina un certificado del llavero.</source>
        <translation>Removes a certificate from the keychain.</translation>
    </message>
    <message>
        <source>ID del certificado (o sus primeros 8 caracteres o más).</source>
        <translation>Certificate ID (or its first 8 characters or more).</translation>
    </message>
    <message>
        <source>falta el ID del certificado (uno solo).</source>
        <translation>the certificate ID is missing (exactly one).</translation>
    </message>
    <message>
        <source>Certificado %1 (%2) eliminado del llavero.</source>
        <translation>Certificate %1 (%2) removed from the keychain.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>El certificado está vacío</source>
        <translation>The certificate is empty</translation>
    </message>
    <message>
        <source>Los datos no son un certificado X.509 en DER: %1</source>
        <translation>The data is not a DER-encoded X.509 certificate: %1</translation>
    </message>
    <message>
        <source>El certificado X.509 tiene %1 bytes sobrantes al final</source>
        <translation>The X.509 certificate has %1 extra bytes at its end</translation>
    </message>
    <message>
        <source>El certificado «%1» tiene fechas de validez ilegibles</source>
        <translation>The certificate “%1” has unreadable validity dates</translation>
    </message>
    <message>
        <source>El certificado «%1» tiene una extensión SubjectAltName ilegible</source>
        <translation>The certificate “%1” has an unreadable SubjectAltName extension</translation>
    </message>
    <message>
        <source>El certificado «%1» trae un RUT del titular no válido: %2</source>
        <translation>The certificate “%1” carries an invalid holder RUT: %2</translation>
    </message>
    <message>
        <source>El certificado «%1» trae el otherName %2 del RUT con un tipo ASN.1 que no es texto</source>
        <translation>The certificate “%1” carries the RUT otherName %2 with an ASN.1 type that is not text</translation>
    </message>
    <message>
        <source>El certificado «%1» no trae el RUT del titular (SubjectAltName otherName %2)</source>
        <translation>The certificate “%1” does not carry the holder&apos;s RUT (SubjectAltName otherName %2)</translation>
    </message>
    <message>
        <source>Los datos no contienen un certificado PEM: %1</source>
        <translation>The data does not contain a PEM certificate: %1</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Entrada del índice de certificados dañada: campo «%1»</source>
        <translation>Damaged certificate index entry: field “%1”</translation>
    </message>
</context>
<context>
    <name>CertificateStore</name>
    <message>
        <source>El índice de certificados «%1» del %2 está dañado</source>
        <translation>The certificate index “%1” in the %2 is damaged</translation>
    </message>
    <message>
        <source>«%1» no es un identificador de certificado: se esperan de %2 a 64 dígitos hexadecimales</source>
        <translation>“%1” is not a certificate identifier: %2 to 64 hexadecimal digits are expected</translation>
    </message>
    <message>
        <source>No hay ningún certificado importado con identificador «%1»</source>
        <translation>No imported certificate has the identifier “%1”</translation>
    </message>
    <message>
        <source>El identificador «%1» corresponde a %2 certificados; escriba más dígitos</source>
        <translation>The identifier “%1” matches %2 certificates; type more digits</translation>
    </message>
    <message>
        <source>El certificado debe estar protegido con una contraseña para importarlo</source>
        <translation>The certificate must be protected with a password to import it</translation>
    </message>
    <message>
        <source>El certificado «%1» re-cifrado no se pudo volver a abrir</source>
        <translation>The re-encrypted certificate “%1” could not be opened again</translation>
    </message>
    <message>
        <source>El certificado «%1» (%2) figura en el índice pero su archivo falta en el %3; vuelva a importarlo</source>
        <translation>The certificate “%1” (%2) is in the index but its file is missing from the %3; import it again</translation>
    </message>
    <message>
        <source>La contraseña del certificado «%1» es incorrecta</source>
        <translation>The password of the certificate “%1” is wrong</translation>
    </message>
    <message>
        <source>El archivo guardado como «%1» contiene otro certificado («%2»)</source>
        <translation>The file saved as “%1” contains another certificate (“%2”)</translation>
    </message>
</context>
<context>
    <name>CessionCodeExplainer</name>
    <message>
        <source>El SII anuló este envío. Es un estado final: para ceder el documento hay que firmar una nueva cesión.</source>
        <translation>The SII voided this submission. This is a final state: to assign the document, a new assignment must be signed.</translation>
    </message>
    <message>
        <source>El SII no recibió el archivo. Revise que el certificado esté autorizado ante el SII para la empresa cedente y que el SII esté disponible; luego use «Reenviar».</source>
        <translation>The SII did not receive the file. Check that the certificate is authorized with the SII for the assignor company and that the SII is available; then use “Resubmit”.</translation>
    </message>
    <message>
        <source>El archivo no cumple el esquema del AEC. Firme una nueva cesión desde el asistente; si se repite, informe a soporte con el acuse.</source>
        <translation>The file does not comply with the AEC schema. Sign a new assignment from the wizard; if it happens again, report it to support with the acknowledgement.</translation>
    </message>
    <message>
        <source>La firma del AEC no es válida. Firme de nuevo con un certificado vigente y sin modificar el archivo.</source>
        <translation>The AEC signature is not valid. Sign again with a valid certificate and without modifying the file.</translation>
    </message>
    <message>
        <source>La carátula no coincide con la cesión (RUT del cedente o del cesionario, o correo de contacto). Corrija los datos de la empresa y firme una nueva cesión.</source>
        <translation>The cover does not match the assignment (assignor&apos;s or assignee&apos;s RUT, or contact e-mail). Correct the company&apos;s details and sign a new assignment.</translation>
    </message>
    <message>
        <source>El SII rechazó el documento cedido (tipo no cedible, firma del emisor o datos del DTE). Revise el DTE en la bandeja.</source>
        <translation>The SII rejected the assigned document (non-assignable type, issuer&apos;s signature or DTE data). Review the DTE in the inbox.</translation>
    </message>
    <message>
        <source>La cesión no cumple las reglas del registro: el firmante no está autorizado por la empresa, el documento ya fue cedido, o falta anotar una cesión anterior. Corrija eso ante el SII y use «Reenviar».</source>
        <translation>The assignment does not comply with the registry&apos;s rules: the signer is not authorized by the company, the document was already assigned, or a previous assignment has yet to be recorded. Correct that with the SII and use “Resubmit”.</translation>
    </message>
    <message>
        <source>Revise el acuse del SII más abajo; corregida la causa, use «Reenviar».</source>
        <translation>Review the SII&apos;s acknowledgement below; once the cause is corrected, use “Resubmit”.</translation>
    </message>
    <message>
        <source>Rechazada por el SII (%1): %2
Qué hacer: %3</source>
        <translation>Rejected by the SII (%1): %2
What to do: %3</translation>
    </message>
</context>
<context>
    <name>CessionReceivableLink</name>
    <message>
        <source>%1: el DTE cedido no trae un RUTRecep válido: %2</source>
        <translation>%1: the assigned DTE does not carry a valid RUTRecep: %2</translation>
    </message>
    <message>
        <source>%1: el DTE cedido no trae una FchEmis válida.</source>
        <translation>%1: the assigned DTE does not carry a valid FchEmis.</translation>
    </message>
</context>
<context>
    <name>CessionRepository</name>
    <message>
        <source>No existe la cesión %1.</source>
        <translation>Assignment %1 does not exist.</translation>
    </message>
    <message>
        <source>La cesión %1 ya no está en estado «%2»: otro proceso la cambió.</source>
        <translation>Assignment %1 is no longer in state “%2”: another process changed it.</translation>
    </message>
    <message>
        <source>No hay un aviso de cesión %1 sin leer.</source>
        <translation>There is no unread notice for assignment %1.</translation>
    </message>
</context>
<context>
    <name>CessionService</name>
    <message>
        <source>La cesión %1 se registró para el SII «%2», no para «%3».</source>
        <translation>Assignment %1 was registered for the SII “%2”, not for “%3”.</translation>
    </message>
    <message>
        <source>Cesión %1 (TRACKID %2) anotada en el registro del SII.</source>
        <translation>Assignment %1 (TRACKID %2) recorded in the SII registry.</translation>
    </message>
    <message>
        <source>Cesión %1 (TRACKID %2) rechazada por el SII: %3 %4</source>
        <translation>Assignment %1 (TRACKID %2) rejected by the SII: %3 %4</translation>
    </message>
    <message>
        <source>Cesión %1 (TRACKID %2) anulada en el SII.</source>
        <translation>Assignment %1 (TRACKID %2) voided at the SII.</translation>
    </message>
    <message>
        <source>Falta el ambiente del SII de la cesión.</source>
        <translation>The assignment&apos;s SII environment is missing.</translation>
    </message>
    <message>
        <source>firma de %1 no válida</source>
        <translation>invalid signature of %1</translation>
    </message>
    <message>
        <source>no tiene firmas</source>
        <translation>it has no signatures</translation>
    </message>
    <message>
        <source>%1 no es un AEC válido para enviar: %2.</source>
        <translation>%1 is not a valid AEC to submit: %2.</translation>
    </message>
    <message>
        <source>%1 no dice qué documento cede.</source>
        <translation>%1 does not state which document it assigns.</translation>
    </message>
    <message>
        <source>%1: documento %2, secuencia %3, cedente «%4», cesionario «%5» o monto %6 no son válidos.</source>
        <translation>%1: document %2, sequence %3, assignor “%4”, assignee “%5” or amount %6 is not valid.</translation>
    </message>
    <message>
        <source>AEC %1 registrado</source>
        <translation>AEC %1 registered</translation>
    </message>
    <message>
        <source>La cesión %1 fue rechazada (%2 %3); reenviarla es una decisión explícita, con su motivo.</source>
        <translation>Assignment %1 was rejected (%2 %3); resubmitting it is an explicit decision, with its reason.</translation>
    </message>
    <message>
        <source>La cesión %1 ya se envió al SII (estado «%2», TRACKID %3); no se envía dos veces.</source>
        <translation>Assignment %1 was already submitted to the SII (state “%2”, TRACKID %3); it is not submitted twice.</translation>
    </message>
    <message>
        <source>envío al SII</source>
        <translation>submission to the SII</translation>
    </message>
    <message>
        <source>No se sabe si el SII recibió la cesión %1 (%2). Quedó «en envío»: antes de volver a enviarla se consultará el registro del SII.</source>
        <translation>It is unknown whether the SII received assignment %1 (%2). It was left “being submitted”: the SII registry will be queried before submitting it again.</translation>
    </message>
    <message>
        <source>no se envió: %1</source>
        <translation>not submitted: %1</translation>
    </message>
    <message>
        <source>recibida por el SII con TRACKID %1</source>
        <translation>received by the SII with TRACKID %1</translation>
    </message>
    <message>
        <source>envío rechazado por el SII: %1 %2</source>
        <translation>submission rejected by the SII: %1 %2</translation>
    </message>
    <message>
        <source>La cesión %1 aún no tiene TRACKID del SII.</source>
        <translation>Assignment %1 has no TRACKID from the SII yet.</translation>
    </message>
    <message>
        <source>%1 del reenvío, pero el registro del SII ya muestra a %2 como tenedor: la primera carga fue anotada</source>
        <translation>%1 on the resubmission, but the SII registry already shows %2 as the holder: the first upload was recorded</translation>
    </message>
    <message>
        <source>Reenviar una cesión rechazada exige un motivo.</source>
        <translation>Resubmitting a rejected assignment requires a reason.</translation>
    </message>
    <message>
        <source>Solo se reenvía una cesión rechazada; la %1 está en estado «%2».</source>
        <translation>Only a rejected assignment can be resubmitted; assignment %1 is in state “%2”.</translation>
    </message>
    <message>
        <source>reenvío explícito: %1</source>
        <translation>explicit resubmission: %1</translation>
    </message>
    <message>
        <source>No se pudo consultar el registro del SII por la cesión %1, cuyo envío quedó interrumpido; no se volvió a enviar: %2</source>
        <translation>Could not query the SII registry for assignment %1, whose submission was interrupted; it was not submitted again: %2</translation>
    </message>
    <message>
        <source>el registro del SII muestra a %1 como tenedor</source>
        <translation>the SII registry shows %1 as the holder</translation>
    </message>
    <message>
        <source>recuperación de un envío interrumpido: %1</source>
        <translation>recovery of an interrupted submission: %1</translation>
    </message>
    <message>
        <source>el envío interrumpido no figura en el registro del SII tras %1 s: se envía de nuevo</source>
        <translation>the interrupted submission does not appear in the SII registry after %1 s: submitting it again</translation>
    </message>
    <message>
        <source>La cesión %1 ya fue enviada de nuevo por otro proceso mientras se consultaba el registro del SII; no se envía otra vez.</source>
        <translation>Assignment %1 was already resubmitted by another process while the SII registry was being queried; it is not submitted again.</translation>
    </message>
</context>
<context>
    <name>CessionStates</name>
    <message>
        <source>armada, sin firmar</source>
        <translation>built, not signed</translation>
    </message>
    <message>
        <source>firmada, sin enviar</source>
        <translation>signed, not submitted</translation>
    </message>
    <message>
        <source>envío al SII en curso o interrumpido</source>
        <translation>submission to the SII in progress or interrupted</translation>
    </message>
    <message>
        <source>recibida por el SII</source>
        <translation>received by the SII</translation>
    </message>
    <message>
        <source>en revisión en el SII</source>
        <translation>under review at the SII</translation>
    </message>
    <message>
        <source>anotada en el registro del SII</source>
        <translation>recorded in the SII registry</translation>
    </message>
    <message>
        <source>rechazada</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>anulada</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Una cesión en estado «%1» no puede pasar a «%2».</source>
        <translation>An assignment in state “%1” cannot move to “%2”.</translation>
    </message>
</context>
<context>
    <name>ChileanHolidayRules</name>
    <message>
        <source>Año Nuevo</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Feriado nacional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Viernes Santo</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Sábado Santo</source>
        <translation>Holy Saturday</translation>
    </message>
    <message>
        <source>Día Nacional del Trabajo</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Día de las Glorias Navales</source>
        <translation>Navy Day</translation>
    </message>
    <message>
        <source>Día Nacional de los Pueblos Indígenas</source>
        <translation>National Day of Indigenous Peoples</translation>
    </message>
    <message>
        <source>San Pedro y San Pablo</source>
        <translation>Saint Peter and Saint Paul</translation>
    </message>
    <message>
        <source>Virgen del Carmen</source>
        <translation>Our Lady of Mount Carmel</translation>
    </message>
    <message>
        <source>Asunción de la Virgen</source>
        <translation>Assumption of Mary</translation>
    </message>
    <message>
        <source>Fiestas Patrias</source>
        <translation>National holidays (Fiestas Patrias)</translation>
    </message>
    <message>
        <source>Día de la Independencia</source>
        <translation>Independence Day</translation>
    </message>
    <message>
        <source>Día de las Glorias del Ejército</source>
        <translation>Army Day</translation>
    </message>
    <message>
        <source>Día del Encuentro de Dos Mundos</source>
        <translation>Columbus Day (Meeting of Two Worlds)</translation>
    </message>
    <message>
        <source>Día Nacional de las Iglesias Evangélicas y Protestantes</source>
        <translation>National Day of the Evangelical and Protestant Churches</translation>
    </message>
    <message>
        <source>Día de Todos los Santos</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>La Inmaculada Concepción</source>
        <translation>Immaculate Conception</translation>
    </message>
    <message>
        <source>Navidad</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Feriado bancario</source>
        <translation>Bank holiday</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Uso: factora-cli [opciones globales] COMANDO [opciones]</source>
        <translation>Usage: factora-cli [global options] COMMAND [options]</translation>
    </message>
    <message>
        <source>Opciones globales:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>archivo de configuración (si no, FACTORA_CONFIG o el de siempre)</source>
        <translation>configuration file (otherwise FACTORA_CONFIG or the default one)</translation>
    </message>
    <message>
        <source>base de datos: sqlite:///ruta/factora.db o postgresql://usuario@servidor:puerto/base</source>
        <translation>database: sqlite:///path/factora.db or postgresql://user@server:port/database</translation>
    </message>
    <message>
        <source>cambia un ajuste solo para esta ejecución</source>
        <translation>changes a setting for this run only</translation>
    </message>
    <message>
        <source>Comandos:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>La contraseña de PostgreSQL se toma de FACTORA_DATABASE_PASSWORD o del llavero del sistema.</source>
        <translation>The PostgreSQL password is taken from FACTORA_DATABASE_PASSWORD or from the system keychain.</translation>
    </message>
    <message>
        <source>opción global desconocida «%1» (vea «factora-cli --help»).</source>
        <translation>unknown global option “%1” (see “factora-cli --help”).</translation>
    </message>
    <message>
        <source>a la opción «%1» le falta su valor.</source>
        <translation>the option “%1” is missing its value.</translation>
    </message>
    <message>
        <source>comando desconocido «%1» (vea «factora-cli --help»).</source>
        <translation>unknown command “%1” (see “factora-cli --help”).</translation>
    </message>
    <message>
        <source>--set espera SECCIÓN/CLAVE=VALOR.</source>
        <translation>--set expects SECTION/KEY=VALUE.</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>línea %1, documento «%2» ya cargado con otros datos (%3)</source>
        <translation>line %1, document “%2” already loaded with different data (%3)</translation>
    </message>
    <message>
        <source>No se cargó nada: %1</source>
        <translation>Nothing was loaded: %1</translation>
    </message>
    <message>
        <source>; y %1 más</source>
        <translation>; and %1 more</translation>
    </message>
    <message>
        <source>type debe ser «String».</source>
        <translation>type must be “String”.</translation>
    </message>
    <message>
        <source>rut_cliente tiene más de 30 caracteres.</source>
        <translation>rut_cliente has more than 30 characters.</translation>
    </message>
    <message>
        <source>Ninguna consulta de deuda emitió la transacción «%1».</source>
        <translation>No debt query issued the transaction “%1”.</translation>
    </message>
    <message>
        <source>rut_cliente «%1» en vez de %2</source>
        <translation>rut_cliente “%1” instead of %2</translation>
    </message>
    <message>
        <source>facturas %1 en vez de %2</source>
        <translation>invoices %1 instead of %2</translation>
    </message>
    <message>
        <source>total «%1» en vez de %2</source>
        <translation>total “%1” instead of %2</translation>
    </message>
    <message>
        <source>La transacción «%1» ya se aplicó; esta notificación trae otros datos: %2.</source>
        <translation>The transaction “%1” was already applied; this notification carries different data: %2.</translation>
    </message>
    <message>
        <source>La transacción «%1» ya se aplicó; no se cambió nada.</source>
        <translation>The transaction “%1” was already applied; nothing was changed.</translation>
    </message>
    <message>
        <source>La notificación no coincide con la consulta de la transacción «%1»: %2.</source>
        <translation>The notification does not match the query of the transaction “%1”: %2.</translation>
    </message>
    <message>
        <source>Las facturas %1 ya fueron pagadas por otra transacción.</source>
        <translation>The invoices %1 were already paid by another transaction.</translation>
    </message>
    <message>
        <source>Pago de %1 aplicado a las facturas %2, fecha contable %3.</source>
        <translation>Payment of %1 applied to the invoices %2, accounting date %3.</translation>
    </message>
    <message>
        <source>línea %1, folio %2 de %3: ya se cobra por una cesión anotada al factoring</source>
        <translation>line %1, folio %2 of %3: already being collected through an assignment recorded to the factoring company</translation>
    </message>
    <message>
        <source>ya se cobra por una cesión anotada al factoring</source>
        <translation>already being collected through an assignment recorded to the factoring company</translation>
    </message>
    <message>
        <source>No se cargó nada: línea %1, folio %2 de %3: %4.</source>
        <translation>Nothing was loaded: line %1, folio %2 of %3: %4.</translation>
    </message>
    <message>
        <source>Las facturas %1 dejaron de estar pendientes.</source>
        <translation>Invoices %1 are no longer pending.</translation>
    </message>
</context>
<context>
    <name>CollectionStatistics</name>
    <message>
        <source>El rango de fechas del %1 al %2 supera los %3 días que se pueden consultar de una vez.</source>
        <translation>The date range from %1 to %2 exceeds the %3 days that can be queried at once.</translation>
    </message>
    <message>
        <source>Falta la fecha de corte de la morosidad.</source>
        <translation>The cut-off date for the delinquency report is missing.</translation>
    </message>
    <message>
        <source>Una deuda pendiente tiene un vencimiento ilegible: «%1».</source>
        <translation>An outstanding debt has an unreadable due date: “%1”.</translation>
    </message>
</context>
<context>
    <name>CollectionStatisticsAgingBucket</name>
    <message>
        <source>Al día</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>1–30 días</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 días</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 días</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Más de 90 días</source>
        <translation>Over 90 days</translation>
    </message>
</context>
<context>
    <name>CollectionsLoader</name>
    <message>
        <source>No hay carpeta de rendiciones configurada (delivery/output_dir): no se puede abrir %1.</source>
        <translation>No settlement file folder is configured (delivery/output_dir): %1 cannot be opened.</translation>
    </message>
    <message>
        <source>No se pudo abrir %1: %2.</source>
        <translation>Could not open %1: %2.</translation>
    </message>
    <message>
        <source>El archivo %1 cambió desde que se generó (su SHA-256 no es el registrado): no se abre ni se reenvía.</source>
        <translation>The file %1 has changed since it was generated (its SHA-256 is not the recorded one): it is neither opened nor resent.</translation>
    </message>
    <message>
        <source>Diferencia resuelta: boleta %1 de la transacción %2 (%3).</source>
        <translation>Difference resolved: invoice %1 of transaction %2 (%3).</translation>
    </message>
    <message>
        <source>No hay destinos de entrega configurados para el canal %1 (delivery/%2_destinations): no se reenvió nada.</source>
        <translation>No delivery destinations are configured for channel %1 (delivery/%2_destinations): nothing was resent.</translation>
    </message>
    <message>
        <source>no hay carpeta de secretos de entrega (delivery/secrets_dir)</source>
        <translation>there is no delivery secrets folder (delivery/secrets_dir)</translation>
    </message>
    <message>
        <source>Rendición %1 del %2 (reenvío)</source>
        <translation>Settlement file %1 of %2 (resent)</translation>
    </message>
    <message>
        <source>Se reenvía la rendición del canal %1 de la fecha contable %2 (archivo %3).

Factora</source>
        <translation>Resending the settlement file of channel %1 for accounting date %2 (file %3).

Factora</translation>
    </message>
    <message>
        <source>%1: entregada.</source>
        <translation>%1: delivered.</translation>
    </message>
    <message>
        <source>%1: no se entregó (%2).</source>
        <translation>%1: not delivered (%2).</translation>
    </message>
    <message>
        <source>Rendición %1 reenviada a %2 de %3 destinos.</source>
        <translation>Settlement file %1 resent to %2 of %3 destinations.</translation>
    </message>
    <message numerus="yes">
        <source>Carta Guía guardada en %1: %n factura(s).</source>
        <translation>
            <numerusform>Carta Guía saved to %1: %n invoice.</numerusform>
            <numerusform>Carta Guía saved to %1: %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <source>Caja Vecina</source>
        <translation>Caja Vecina</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Pagada</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Retirada</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Muestra esta ayuda.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>(vea «factora-cli %1 --help»)</source>
        <translation>(see “factora-cli %1 --help”)</translation>
    </message>
    <message>
        <source>Escribe el resultado en JSON.</source>
        <translation>Writes the result as JSON.</translation>
    </message>
</context>
<context>
    <name>CompaniesPanel</name>
    <message>
        <source>Empresa %1 creada.</source>
        <translation>Company %1 created.</translation>
    </message>
    <message>
        <source>Empresa %1 guardada.</source>
        <translation>Company %1 saved.</translation>
    </message>
    <message>
        <source>Empresa %1 habilitada.</source>
        <translation>Company %1 enabled.</translation>
    </message>
    <message>
        <source>Empresa %1 deshabilitada.</source>
        <translation>Company %1 disabled.</translation>
    </message>
</context>
<context>
    <name>CompanyAddCommand</name>
    <message>
        <source>Registra una empresa: el factoring, un cliente cedente o un deudor.</source>
        <translation>Registers a company: the factoring company, an assignor client or a debtor.</translation>
    </message>
    <message>
        <source>RUT de la empresa.</source>
        <translation>The company&apos;s RUT.</translation>
    </message>
    <message>
        <source>Razón social.</source>
        <translation>Legal name.</translation>
    </message>
    <message>
        <source>Giro.</source>
        <translation>Line of business.</translation>
    </message>
    <message>
        <source>Dirección.</source>
        <translation>Address.</translation>
    </message>
    <message>
        <source>Comuna.</source>
        <translation>Commune.</translation>
    </message>
    <message>
        <source>Correo electrónico.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>Es la empresa de factoring (solo una).</source>
        <translation>The company is the factoring company (only one).</translation>
    </message>
    <message>
        <source>Es cliente cedente.</source>
        <translation>The company is an assignor client.</translation>
    </message>
    <message>
        <source>Es deudor de facturas.</source>
        <translation>The company is an invoice debtor.</translation>
    </message>
    <message>
        <source>falta el RUT (uno solo).</source>
        <translation>the RUT is missing (exactly one).</translation>
    </message>
    <message>
        <source>falta --razon-social.</source>
        <translation>--razon-social is missing.</translation>
    </message>
    <message>
        <source>Empresa %1 (%2) registrada con id %3.</source>
        <translation>Company %1 (%2) registered with id %3.</translation>
    </message>
</context>
<context>
    <name>CompanyChannelRepository</name>
    <message>
        <source>No existe la empresa %1.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CompanyListCommand</name>
    <message>
        <source>Lista las empresas.</source>
        <translation>Lists the companies.</translation>
    </message>
    <message>
        <source> (deshabilitada)</source>
        <translation> (disabled)</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>No hay empresa con RUT %1.</source>
        <translation>There is no company with RUT %1.</translation>
    </message>
    <message>
        <source>No existe la empresa %1.</source>
        <translation>Company %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>La razón social debe tener entre 1 y 100 caracteres.</source>
        <translation>The legal name must have between 1 and 100 characters.</translation>
    </message>
    <message>
        <source>Ya existe la empresa %1, o ya hay una empresa de factoring.</source>
        <translation>Company %1 already exists, or there is already a factoring company.</translation>
    </message>
    <message>
        <source>Ya existe una empresa con RUT %1.</source>
        <translation>A company with RUT %1 already exists.</translation>
    </message>
    <message>
        <source>No hay empresa con RUT %1.</source>
        <translation>There is no company with RUT %1.</translation>
    </message>
    <message>
        <source>Ya hay una empresa de factoring; %1 no puede serlo también.</source>
        <translation>There already is a factoring company; %1 cannot be one as well.</translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>Clave de configuración desconocida «%1» en %2</source>
        <translation>Unknown configuration key “%1” in %2</translation>
    </message>
    <message>
        <source>el archivo «%1»</source>
        <translation>the file “%1”</translation>
    </message>
    <message>
        <source>«%1» en %2 contiene una contraseña; la contraseña de la base de datos se entrega en FACTORA_DATABASE_PASSWORD o en el llavero del sistema</source>
        <translation>“%1” in %2 contains a password; the database password is given in FACTORA_DATABASE_PASSWORD or in the system keychain</translation>
    </message>
    <message>
        <source>indicado con --config</source>
        <translation>given with --config</translation>
    </message>
    <message>
        <source>indicado en FACTORA_CONFIG</source>
        <translation>given in FACTORA_CONFIG</translation>
    </message>
    <message>
        <source>El archivo de configuración «%1» (%2) no existe</source>
        <translation>The configuration file “%1” (%2) does not exist</translation>
    </message>
    <message>
        <source>«%1» (%2) no es un archivo de configuración</source>
        <translation>“%1” (%2) is not a configuration file</translation>
    </message>
    <message>
        <source>No se puede leer el archivo de configuración «%1»</source>
        <translation>Cannot read the configuration file “%1”</translation>
    </message>
    <message>
        <source>El archivo de configuración «%1» no es un INI válido (revise las líneas sin «=», las secciones [...] y que esté en UTF-8)</source>
        <translation>The configuration file “%1” is not a valid INI file (check lines without “=”, the [...] sections and that it is UTF-8)</translation>
    </message>
    <message>
        <source>la variable de entorno %1</source>
        <translation>the environment variable %1</translation>
    </message>
    <message>
        <source>la línea de comandos</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>el valor por defecto</source>
        <translation>the default value</translation>
    </message>
    <message>
        <source>«%1» no es una clave de configuración</source>
        <translation>“%1” is not a configuration key</translation>
    </message>
    <message>
        <source>«%1» (en %2) debe ser un número entero, pero vale «%3»</source>
        <translation>“%1” (in %2) must be an integer, but is “%3”</translation>
    </message>
    <message>
        <source>«%1» (en %2) vale %3, fuera del rango permitido de %4 a %5</source>
        <translation>“%1” (in %2) is %3, outside the allowed range %4 to %5</translation>
    </message>
    <message>
        <source>La configuración común guardada por la administración tiene la clave desconocida «%1».</source>
        <translation>The shared settings saved by the administration have the unknown key “%1”.</translation>
    </message>
    <message>
        <source>la configuración común guardada por la administración</source>
        <translation>the shared settings saved by the administration</translation>
    </message>
</context>
<context>
    <name>ConfigurationKey</name>
    <message>
        <source>Base de datos: sqlite:///ruta/archivo.db o postgresql://usuario@servidor:puerto/base, sin contraseña</source>
        <translation>Database: sqlite:///path/file.db or postgresql://user@server:port/database, without a password</translation>
    </message>
    <message>
        <source>Milisegundos que se espera a una base de datos ocupada antes de dar error</source>
        <translation>Milliseconds to wait for a busy database before failing</translation>
    </message>
    <message>
        <source>Intentos de ingreso fallidos seguidos que bloquean la cuenta</source>
        <translation>Consecutive failed sign-in attempts that lock the account</translation>
    </message>
    <message>
        <source>Minutos que dura el bloqueo de una cuenta</source>
        <translation>Minutes an account stays locked</translation>
    </message>
    <message>
        <source>Minutos sin actividad tras los cuales el programa de escritorio se bloquea</source>
        <translation>Minutes without activity after which the desktop program locks</translation>
    </message>
    <message>
        <source>Idioma de la interfaz: es_CL o en</source>
        <translation>Interface language: es_CL or en</translation>
    </message>
    <message>
        <source>Reglas de filtro de QLoggingCategory, p. ej. factora.core.sql.debug=true</source>
        <translation>QLoggingCategory filter rules, e.g. factora.core.sql.debug=true</translation>
    </message>
    <message>
        <source>Certificado PKCS#12 (.p12/.pfx) con que firma el servicio; vacío: ninguno</source>
        <translation>PKCS#12 certificate (.p12/.pfx) the service signs with; empty: none</translation>
    </message>
    <message>
        <source>Archivo con la contraseña de ese certificado, legible solo por la cuenta del servicio</source>
        <translation>File holding that certificate&apos;s password, readable only by the service account</translation>
    </message>
    <message>
        <source>Dirección:puerto de los servicios Caja Vecina, p. ej. 0.0.0.0:8443; vacío: apagados</source>
        <translation>Address:port of the Caja Vecina services, e.g. 0.0.0.0:8443; empty: turned off</translation>
    </message>
    <message>
        <source>Hilos que atienden a Caja Vecina, cada uno con su conexión a la base de datos</source>
        <translation>Threads serving Caja Vecina, each with its own database connection</translation>
    </message>
    <message>
        <source>Conexiones aceptadas que esperan un hilo libre</source>
        <translation>Accepted connections waiting for a free thread</translation>
    </message>
    <message>
        <source>Ruta de la consulta de deuda (GET)</source>
        <translation>Path of the debt query (GET)</translation>
    </message>
    <message>
        <source>Ruta de la notificación de pago (POST)</source>
        <translation>Path of the payment notification (POST)</translation>
    </message>
    <message>
        <source>Redes IPv4/IPv6 (CIDR, separadas por comas) que pueden conectarse</source>
        <translation>IPv4/IPv6 networks (CIDR, comma-separated) allowed to connect</translation>
    </message>
    <message>
        <source>Cabecera HTTP con el secreto compartido del banco; vacío: sin cabecera</source>
        <translation>HTTP header carrying the bank&apos;s shared secret; empty: no header</translation>
    </message>
    <message>
        <source>Archivo con ese secreto, legible solo por la cuenta del servicio</source>
        <translation>File holding that secret, readable only by the service account</translation>
    </message>
    <message>
        <source>Usuario HTTP Basic del banco; vacío: sin HTTP Basic</source>
        <translation>The bank&apos;s HTTP Basic user; empty: no HTTP Basic</translation>
    </message>
    <message>
        <source>Archivo con la contraseña HTTP Basic, legible solo por la cuenta del servicio</source>
        <translation>File holding the HTTP Basic password, readable only by the service account</translation>
    </message>
    <message>
        <source>Bytes máximos del cuerpo de una petición (más: 413)</source>
        <translation>Maximum bytes of a request body (more: 413)</translation>
    </message>
    <message>
        <source>Caracteres máximos de la URL pedida (más: 414)</source>
        <translation>Maximum characters of the requested URL (more: 414)</translation>
    </message>
    <message>
        <source>Campos de cabecera máximos de una petición (más: 431)</source>
        <translation>Maximum header fields of a request (more: 431)</translation>
    </message>
    <message>
        <source>Bytes máximos de las cabeceras de una petición (más: 431)</source>
        <translation>Maximum bytes of a request&apos;s headers (more: 431)</translation>
    </message>
    <message>
        <source>Segundos de espera al leer o escribir y entre peticiones de una conexión</source>
        <translation>Seconds to wait when reading or writing and between requests on a connection</translation>
    </message>
    <message>
        <source>Certificado TLS: PEM (con su cadena) o PKCS#12 (.p12/.pfx); vacío: HTTP sin TLS</source>
        <translation>TLS certificate: PEM (with its chain) or PKCS#12 (.p12/.pfx); empty: HTTP without TLS</translation>
    </message>
    <message>
        <source>Llave privada PEM del certificado TLS (no se usa con PKCS#12)</source>
        <translation>PEM private key of the TLS certificate (not used with PKCS#12)</translation>
    </message>
    <message>
        <source>Archivo con la contraseña del PKCS#12 o de la llave PEM, legible solo por la cuenta del servicio</source>
        <translation>File holding the password of the PKCS#12 file or of the PEM key, readable only by the service account</translation>
    </message>
    <message>
        <source>Archivo de feriados excepcionales para la fecha contable de los pagos; vacío: solo las reglas</source>
        <translation>File of exceptional holidays for the accounting date of payments; empty: the rules only</translation>
    </message>
    <message>
        <source>CA (PEM) que debe emitir el certificado de cliente del banco; vacío: sin certificado de cliente</source>
        <translation>CA (PEM) that must issue the bank&apos;s client certificate; empty: no client certificate</translation>
    </message>
    <message>
        <source>Ambiente del SII: certificacion (maullin) o produccion (palena)</source>
        <translation>SII environment: certificacion (maullin) or produccion (palena)</translation>
    </message>
    <message>
        <source>URL base del SII que reemplaza al ambiente (https; http solo hacia 127.0.0.1); vacío: la del ambiente</source>
        <translation>SII base URL replacing the environment&apos;s (https; http only towards 127.0.0.1); empty: the environment&apos;s</translation>
    </message>
    <message>
        <source>Milisegundos de espera de cada envío o respuesta del SII</source>
        <translation>Milliseconds to wait for each upload to or response from the SII</translation>
    </message>
    <message>
        <source>Intentos en total de cada petición al SII ante fallas pasajeras</source>
        <translation>Total attempts of each request to the SII on transient failures</translation>
    </message>
    <message>
        <source>Archivo PEM con las CA que firman el certificado del servidor del SII; vacío: las CA del sistema</source>
        <translation>PEM file with the CAs that sign the SII server&apos;s certificate; empty: the system CAs</translation>
    </message>
    <message>
        <source>Segundos entre dos consultas del servicio al SII por las cesiones pendientes</source>
        <translation>Seconds between two of the service&apos;s queries to the SII about pending assignments</translation>
    </message>
    <message>
        <source>Segundos que se espera a que un envío interrumpido aparezca en el registro del SII antes de enviarlo de nuevo</source>
        <translation>Seconds to wait for an interrupted submission to appear in the SII registry before submitting it again</translation>
    </message>
    <message>
        <source>RUT de la empresa en la rendición (p. ej. 76354771-K)</source>
        <translation>The company&apos;s RUT in the settlement file (e.g. 76354771-K)</translation>
    </message>
    <message>
        <source>Número de convenio del canal Caja Vecina (CV)</source>
        <translation>Agreement number of the Caja Vecina channel (CV)</translation>
    </message>
    <message>
        <source>Número de convenio del canal Internet (IN)</source>
        <translation>Agreement number of the Internet channel (IN)</translation>
    </message>
    <message>
        <source>Canal (CV o IN) al que se rinden los pagos notificados en línea</source>
        <translation>Channel (CV or IN) under which payments notified online are settled</translation>
    </message>
    <message>
        <source>Archivo de diseño de la rendición; vacío: el diseño incluido</source>
        <translation>Layout file of the settlement file; empty: the built-in layout</translation>
    </message>
    <message>
        <source>Hora diaria (HH:MM, America/Santiago) en que el servicio genera y entrega la rendición</source>
        <translation>Daily time (HH:MM, America/Santiago) at which the service generates and delivers the settlement file</translation>
    </message>
    <message>
        <source>Canales cuya rendición se genera cada día hábil bancario</source>
        <translation>Channels whose settlement file is generated every banking day</translation>
    </message>
    <message>
        <source>Carpeta donde el servicio escribe las rendiciones diarias; vacío: tarea diaria desactivada</source>
        <translation>Folder where the service writes the daily settlement files; empty: daily task disabled</translation>
    </message>
    <message>
        <source>Destinos de la rendición CV: sftp://usuario@servidor/carpeta, ftp://... o mailto:a@b.cl, separados por espacios</source>
        <translation>Destinations of the CV settlement file: sftp://user@server/folder, ftp://... or mailto:a@b.cl, separated by spaces</translation>
    </message>
    <message>
        <source>Destinos de la rendición IN, como los de CV</source>
        <translation>Destinations of the IN settlement file, like those of CV</translation>
    </message>
    <message>
        <source>Carpeta de los secretos de entrega (contraseñas, llaves), legible solo por la cuenta del servicio</source>
        <translation>Folder of the delivery secrets (passwords, keys), readable only by the service account</translation>
    </message>
    <message>
        <source>Archivo known_hosts con las llaves de los servidores SFTP aceptados</source>
        <translation>known_hosts file with the keys of the accepted SFTP servers</translation>
    </message>
    <message>
        <source>Segundos de espera de una conexión o respuesta SFTP, FTP o SMTP</source>
        <translation>Seconds to wait for an SFTP, FTP or SMTP connection or response</translation>
    </message>
    <message>
        <source>Intentos de entrega ante fallas transitorias</source>
        <translation>Delivery attempts on transient failures</translation>
    </message>
    <message>
        <source>Segundos antes del segundo intento; se duplica en cada intento siguiente</source>
        <translation>Seconds before the second attempt; doubled on each following attempt</translation>
    </message>
    <message>
        <source>Servidor SMTP de salida</source>
        <translation>Outgoing SMTP server</translation>
    </message>
    <message>
        <source>Puerto SMTP: 587 con STARTTLS, 465 con TLS implícito</source>
        <translation>SMTP port: 587 with STARTTLS, 465 with implicit TLS</translation>
    </message>
    <message>
        <source>TLS de SMTP: starttls (exigido), implicit o none</source>
        <translation>SMTP TLS: starttls (required), implicit or none</translation>
    </message>
    <message>
        <source>Usuario SMTP; la contraseña va en el almacén de secretos (smtp/password)</source>
        <translation>SMTP user; the password goes in the secret store (smtp/password)</translation>
    </message>
    <message>
        <source>CA (PEM) del certificado del servidor SMTP; vacío: las CA del sistema</source>
        <translation>CA (PEM) of the SMTP server&apos;s certificate; empty: the system CAs</translation>
    </message>
    <message>
        <source>Remitente de los correos del servicio</source>
        <translation>Sender of the service&apos;s e-mails</translation>
    </message>
    <message>
        <source>Hilos de factora-server que envían facturas de la bandeja de salida; 0: ninguno</source>
        <translation>factora-server threads that send invoices from the outbox; 0: none</translation>
    </message>
    <message>
        <source>Envíos que un hilo toma de la bandeja de una vez</source>
        <translation>Dispatches a thread takes from the outbox at a time</translation>
    </message>
    <message>
        <source>Segundos que un hilo retiene un envío tomado; vencidos, otro lo retoma</source>
        <translation>Seconds a thread holds a dispatch it took; once they expire, another thread takes it over</translation>
    </message>
    <message>
        <source>Segundos de espera de un hilo cuando la bandeja está vacía</source>
        <translation>Seconds a thread waits when the outbox is empty</translation>
    </message>
    <message>
        <source>Segundos antes del primer reintento de un envío con falla transitoria</source>
        <translation>Seconds before the first retry of a dispatch with a transient failure</translation>
    </message>
    <message>
        <source>Factor de la espera entre reintentos, en por ciento (200: se duplica)</source>
        <translation>Multiplier of the wait between retries, in percent (200: it doubles)</translation>
    </message>
    <message>
        <source>Espera máxima entre dos reintentos, en segundos</source>
        <translation>Maximum wait between two retries, in seconds</translation>
    </message>
    <message>
        <source>Intentos por canal antes de pasar a SMS o darlo por fallido</source>
        <translation>Attempts per channel before switching to SMS or marking the dispatch failed</translation>
    </message>
    <message>
        <source>Horas desde que se encoló un envío durante las que se reintenta el correo</source>
        <translation>Hours after a dispatch was queued during which the e-mail is retried</translation>
    </message>
    <message>
        <source>Adjunto de los envíos: pdf o zip (PDF y XML)</source>
        <translation>Attachment of the dispatches: pdf or zip (PDF and XML)</translation>
    </message>
    <message>
        <source>Días que se guardan los envíos terminados y sus intentos</source>
        <translation>Days that finished dispatches and their attempts are kept</translation>
    </message>
    <message>
        <source>Días que se guardan los documentos de los envíos terminados</source>
        <translation>Days that the documents of finished dispatches are kept</translation>
    </message>
    <message>
        <source>Hora local (HH:MM) de la purga diaria de envíos en factora-server</source>
        <translation>Local time (HH:MM) of the daily purge of dispatches in factora-server</translation>
    </message>
    <message>
        <source>Dirección:puerto donde factora-server recibe los avisos de entrega de SMS; vacía: no los recibe</source>
        <translation>Address:port where factora-server receives SMS delivery receipts; empty: it does not receive them</translation>
    </message>
    <message>
        <source>Ruta HTTP de los avisos de entrega de SMS; vacía: sin ruta</source>
        <translation>HTTP path of the SMS delivery receipts; empty: no path</translation>
    </message>
    <message>
        <source>Cabecera HTTP con el secreto compartido de los avisos de entrega de SMS</source>
        <translation>HTTP header carrying the shared secret of the SMS delivery receipts</translation>
    </message>
    <message>
        <source>Archivo protegido con el secreto compartido de los avisos de entrega de SMS</source>
        <translation>Protected file holding the shared secret of the SMS delivery receipts</translation>
    </message>
    <message>
        <source>URL (POST) de la pasarela SMS: https, o http solo hacia 127.0.0.1; vacío: sin SMS</source>
        <translation>URL (POST) of the SMS gateway: https, or http only to 127.0.0.1; empty: no SMS</translation>
    </message>
    <message>
        <source>Cabecera HTTP que lleva el token de la pasarela SMS (el token va en el almacén de secretos, sms/token)</source>
        <translation>HTTP header carrying the SMS gateway token (the token goes in the secret store, sms/token)</translation>
    </message>
    <message>
        <source>Palabra antes del token en su cabecera (p. ej. Bearer); vacío: el token solo</source>
        <translation>Word before the token in its header (e.g. Bearer); empty: the token alone</translation>
    </message>
    <message>
        <source>CA (PEM) del certificado de la pasarela SMS; vacío: las CA del sistema</source>
        <translation>CA (PEM) of the SMS gateway&apos;s certificate; empty: the system CAs</translation>
    </message>
    <message>
        <source>Milisegundos de espera de la conexión, el envío y la respuesta de la pasarela SMS</source>
        <translation>Milliseconds to wait for the SMS gateway&apos;s connection, sending and response</translation>
    </message>
    <message>
        <source>Segmentos que puede ocupar un SMS (160 caracteres GSM-7 o 70 UCS-2 en uno)</source>
        <translation>Segments an SMS may take up (160 GSM-7 or 70 UCS-2 characters in one)</translation>
    </message>
    <message>
        <source>Dominio propio de los enlaces de pago (p. ej. pagos.empresa.cl); el enlace es https://DOMINIO/pagar?rut=…</source>
        <translation>Own domain of the payment links (e.g. pagos.empresa.cl); the link is https://DOMAIN/pagar?rut=…</translation>
    </message>
    <message>
        <source>Carpeta con plantillas propias (subject.txt, body.html, body.txt, sms.txt, caja_vecina.txt); las que falten son las incluidas</source>
        <translation>Folder with custom templates (subject.txt, body.html, body.txt, sms.txt, caja_vecina.txt); missing ones are the built-in ones</translation>
    </message>
    <message>
        <source>Plantilla del asunto del correo; vacío: la de la carpeta o la incluida</source>
        <translation>Template of the e-mail subject; empty: the folder&apos;s or the built-in one</translation>
    </message>
    <message>
        <source>Plantilla HTML del cuerpo del correo; vacío: la de la carpeta o la incluida</source>
        <translation>HTML template of the e-mail body; empty: the folder&apos;s or the built-in one</translation>
    </message>
    <message>
        <source>Plantilla de texto plano del cuerpo del correo; vacío: la de la carpeta o la incluida</source>
        <translation>Plain text template of the e-mail body; empty: the folder&apos;s or the built-in one</translation>
    </message>
    <message>
        <source>Plantilla del SMS; vacío: la de la carpeta o la incluida</source>
        <translation>Template of the SMS; empty: the folder&apos;s or the built-in one</translation>
    </message>
    <message>
        <source>Plantilla de las instrucciones de pago en Caja Vecina; vacío: la de la carpeta o la incluida</source>
        <translation>Template of the Caja Vecina payment instructions; empty: the folder&apos;s or the built-in one</translation>
    </message>
    <message>
        <source>Carpeta de entrega SFTP de facturas a enviar que factora-server vigila; vacía: no vigila ninguna</source>
        <translation>SFTP drop folder of invoices to send that factora-server watches; empty: it watches none</translation>
    </message>
    <message>
        <source>Segundos entre dos revisiones de la carpeta de entrega de facturas</source>
        <translation>Seconds between two scans of the invoice drop folder</translation>
    </message>
    <message>
        <source>Dirección:puerto de la API HTTP interna de factora-server (p. ej. 127.0.0.1:8081); vacía: apagada</source>
        <translation>Address:port of factora-server&apos;s internal HTTP API (e.g. 127.0.0.1:8081); empty: turned off</translation>
    </message>
    <message>
        <source>Nombre del secreto con el token Bearer de la API interna, en la carpeta delivery/secrets_dir</source>
        <translation>Name of the secret holding the internal API&apos;s Bearer token, in the delivery/secrets_dir folder</translation>
    </message>
    <message>
        <source>Redes IPv4/IPv6 (CIDR, separadas por comas) que pueden usar la API interna</source>
        <translation>IPv4/IPv6 networks (CIDR, comma-separated) allowed to use the internal API</translation>
    </message>
    <message>
        <source>Hilos que atienden la API interna, cada uno con su conexión a la base de datos</source>
        <translation>Threads serving the internal API, each with its own database connection</translation>
    </message>
    <message>
        <source>Bytes máximos del cuerpo de una petición a la API interna (más: 413)</source>
        <translation>Maximum bytes of a request body to the internal API (more: 413)</translation>
    </message>
    <message>
        <source>Certificado TLS de la API interna (PEM o PKCS#12); vacío: HTTP sin TLS</source>
        <translation>TLS certificate of the internal API (PEM or PKCS#12); empty: HTTP without TLS</translation>
    </message>
    <message>
        <source>Llave privada PEM del certificado TLS de la API interna</source>
        <translation>PEM private key of the internal API&apos;s TLS certificate</translation>
    </message>
    <message>
        <source>Archivo protegido con la contraseña del PKCS#12 o de la llave TLS de la API interna</source>
        <translation>Protected file holding the password of the internal API&apos;s PKCS#12 file or TLS key</translation>
    </message>
</context>
<context>
    <name>ConfigurationOptions</name>
    <message>
        <source>Archivo de configuración.</source>
        <translation>Configuration file.</translation>
    </message>
    <message>
        <source>URL de la base de datos (reemplaza database/url).</source>
        <translation>Database URL (overrides database/url).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Falta el controlador Qt %1 para abrir %2 (instale el paquete libqt6sql6-%3).</source>
        <translation>The Qt driver %1 needed to open %2 is missing (install the package libqt6sql6-%3).</translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta %1 para la base de datos.</source>
        <translation>Could not create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>No se pudo abrir la base de datos %1: %2</source>
        <translation>Could not open the database %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>La URL de la base de datos está vacía.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>La URL «%1» no nombra un archivo SQLite (ejemplo: sqlite:///ruta/factora.db).</source>
        <translation>The URL “%1” does not name an SQLite file (example: sqlite:///path/factora.db).</translation>
    </message>
    <message>
        <source>La URL «%1» no es de una base soportada: use sqlite:///ruta/factora.db o postgresql://usuario@servidor:puerto/base.</source>
        <translation>The URL “%1” is not for a supported database: use sqlite:///path/factora.db or postgresql://user@server:port/database.</translation>
    </message>
    <message>
        <source>La URL «%1» está mal formada: %2</source>
        <translation>The URL “%1” is malformed: %2</translation>
    </message>
    <message>
        <source>La URL de la base de datos no puede llevar contraseña; use la variable FACTORA_DATABASE_PASSWORD o el llavero del sistema.</source>
        <translation>The database URL cannot contain a password; use the FACTORA_DATABASE_PASSWORD variable or the system keychain.</translation>
    </message>
    <message>
        <source>La URL «%1» no nombra el servidor PostgreSQL.</source>
        <translation>The URL “%1” does not name the PostgreSQL server.</translation>
    </message>
    <message>
        <source>La URL «%1» no nombra el usuario (postgresql://usuario@servidor/base).</source>
        <translation>The URL “%1” does not name the user (postgresql://user@server/database).</translation>
    </message>
    <message>
        <source>La URL «%1» no nombra una base de datos (postgresql://usuario@servidor/base).</source>
        <translation>The URL “%1” does not name a database (postgresql://user@server/database).</translation>
    </message>
    <message>
        <source>Opción «%1» desconocida en la URL de la base de datos; se admiten: %2.</source>
        <translation>Unknown option “%1” in the database URL; accepted: %2.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>El rango de fechas está incompleto.</source>
        <translation>The date range is incomplete.</translation>
    </message>
    <message>
        <source>El rango de fechas empieza el %1, después de su fin el %2.</source>
        <translation>The date range starts on %1, after its end on %2.</translation>
    </message>
</context>
<context>
    <name>DbMigrateCommand</name>
    <message>
        <source>Crea o actualiza el esquema de la base de datos.</source>
        <translation>Creates or updates the database schema.</translation>
    </message>
    <message>
        <source>Aplicada la migración %1 (%2).</source>
        <translation>Applied migration %1 (%2).</translation>
    </message>
    <message>
        <source>%1: esquema en la versión %2.</source>
        <translation>%1: schema at version %2.</translation>
    </message>
</context>
<context>
    <name>DbSetPasswordCommand</name>
    <message>
        <source>Guarda en el llavero del sistema la contraseña de la base PostgreSQL configurada.</source>
        <translation>Saves the password of the configured PostgreSQL database in the system keychain.</translation>
    </message>
    <message>
        <source>Lee la contraseña de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>La base configurada es SQLite: no usa contraseña.</source>
        <translation>The configured database is SQLite: it uses no password.</translation>
    </message>
    <message>
        <source>Contraseña de %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Contraseña guardada en %1 para %2.</source>
        <translation>Password saved in %1 for %2.</translation>
    </message>
</context>
<context>
    <name>DbStatusCommand</name>
    <message>
        <source>Muestra la base de datos y la versión de su esquema.</source>
        <translation>Shows the database and the version of its schema.</translation>
    </message>
    <message>
        <source>Base de datos: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Esquema: versión %1 (este programa conoce la %2)</source>
        <translation>Schema: version %1 (this program knows version %2)</translation>
    </message>
</context>
<context>
    <name>DeliveryDestination</name>
    <message>
        <source>Destino de entrega «%1» no válido: %2</source>
        <translation>Invalid delivery destination “%1”: %2</translation>
    </message>
    <message>
        <source>está vacío</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>mailto: admite solo direcciones, sin «?» ni «#»</source>
        <translation>mailto: accepts addresses only, without “?” or “#”</translation>
    </message>
    <message>
        <source>«%1» no es una dirección de correo</source>
        <translation>“%1” is not an e-mail address</translation>
    </message>
    <message>
        <source>mailto: sin destinatarios</source>
        <translation>mailto: without recipients</translation>
    </message>
    <message>
        <source>se admiten sftp://, ftp:// y mailto:</source>
        <translation>sftp://, ftp:// and mailto: are accepted</translation>
    </message>
    <message>
        <source>no es una URL válida (%1)</source>
        <translation>it is not a valid URL (%1)</translation>
    </message>
    <message>
        <source>la URL contiene una contraseña; las contraseñas se guardan en el almacén de secretos, nunca en la URL</source>
        <translation>the URL contains a password; passwords are kept in the secret store, never in the URL</translation>
    </message>
    <message>
        <source>falta el usuario (usuario@servidor)</source>
        <translation>the user is missing (user@server)</translation>
    </message>
    <message>
        <source>falta el servidor</source>
        <translation>the server is missing</translation>
    </message>
    <message>
        <source>no admite «?» ni «#»</source>
        <translation>“?” and “#” are not allowed</translation>
    </message>
    <message>
        <source>la carpeta no puede contener «..»</source>
        <translation>the folder cannot contain “..”</translation>
    </message>
</context>
<context>
    <name>DeliverySettings</name>
    <message>
        <source>Configuración «%1»: %2</source>
        <translation>Setting “%1”: %2</translation>
    </message>
    <message>
        <source>«%1» no es una hora HH:MM</source>
        <translation>“%1” is not an HH:MM time</translation>
    </message>
    <message>
        <source>canal «%1» desconocido (use CV e IN)</source>
        <translation>unknown channel “%1” (use CV and IN)</translation>
    </message>
    <message>
        <source>hay destinos sftp:// y falta el archivo known_hosts con las llaves de sus servidores</source>
        <translation>there are sftp:// destinations and the known_hosts file with their servers&apos; keys is missing</translation>
    </message>
    <message>
        <source>hay destinos que necesitan contraseña o llave y falta la carpeta de secretos</source>
        <translation>there are destinations that need a password or key and the secrets folder is missing</translation>
    </message>
    <message>
        <source>hay destinos mailto: y faltan smtp/host o smtp/from</source>
        <translation>there are mailto: destinations and smtp/host or smtp/from is missing</translation>
    </message>
</context>
<context>
    <name>DemoSeedCommand</name>
    <message>
        <source>Llena una base vacía con datos de demostración (factoring, cedentes, deudores, usuarios).</source>
        <translation>Fills an empty database with demonstration data (factoring company, assignors, debtors, users).</translation>
    </message>
    <message>
        <source>Si la base ya tiene datos, no hace nada y termina bien.</source>
        <translation>If the database already has data, does nothing and exits successfully.</translation>
    </message>
    <message>
        <source>La base ya tiene datos: no se cargó la demostración.</source>
        <translation>The database already has data: the demonstration was not loaded.</translation>
    </message>
    <message>
        <source>La base ya tiene datos; los datos de demostración solo se cargan en una base vacía.</source>
        <translation>The database already has data; demonstration data is only loaded into an empty database.</translation>
    </message>
    <message>
        <source>Datos de demostración cargados. Usuarios (contraseña «%1»):</source>
        <translation>Demonstration data loaded. Users (password “%1”):</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>La base ya tiene datos.</source>
        <translation>The database already has data.</translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Factora no puede iniciar</source>
        <translation>Factora cannot start</translation>
    </message>
</context>
<context>
    <name>DispatchAttachmentBuilder</name>
    <message>
        <source>Adjunto «%1» no válido: use pdf o zip (PDF y XML)</source>
        <translation>Invalid attachment “%1”: use pdf or zip (PDF and XML)</translation>
    </message>
    <message>
        <source>No se pudo armar el zip del envío: %1</source>
        <translation>Could not build the dispatch&apos;s zip file: %1</translation>
    </message>
    <message>
        <source>no se puede escribir «%1»</source>
        <translation>cannot write “%1”</translation>
    </message>
    <message>
        <source>falló la escritura de «%1»</source>
        <translation>writing “%1” failed</translation>
    </message>
    <message>
        <source>El XML tiene %1 DTE: indique el folio del que se envía</source>
        <translation>The XML holds %1 DTEs: give the folio of the one to send</translation>
    </message>
    <message>
        <source>El XML no tiene un DTE con folio %1</source>
        <translation>The XML has no DTE with folio %1</translation>
    </message>
</context>
<context>
    <name>DispatchCampaignCommand</name>
    <message>
        <source>No se puede leer «%1»: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>%1, línea %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Campaña %1 «%2»: %3 seleccionados, %4 encolados, %5 terminados de %6</source>
        <translation>Campaign %1 “%2”: %3 selected, %4 queued, %5 of %6 finished</translation>
    </message>
    <message>
        <source>  omitido: %1</source>
        <translation>  skipped: %1</translation>
    </message>
    <message>
        <source>Envía las facturas de una operación o de una selección de DTE, o muestra una campaña.</source>
        <translation>Sends the invoices of an operation or of a selection of DTEs, or shows a campaign.</translation>
    </message>
    <message>
        <source>Nombre de la campaña.</source>
        <translation>Name of the campaign.</translation>
    </message>
    <message>
        <source>Las facturas con cesión anotada de esta operación.</source>
        <translation>The invoices of this operation with a recorded assignment.</translation>
    </message>
    <message>
        <source>Los DTE con estos id, separados por comas.</source>
        <translation>The DTEs with these ids, separated by commas.</translation>
    </message>
    <message>
        <source>CSV «RUT,correo,celular» de los deudores; sin él, los datos de su empresa.</source>
        <translation>CSV “RUT,e-mail,mobile” of the debtors; without it, their company&apos;s details.</translation>
    </message>
    <message>
        <source>Adjunto: pdf o zip (por omisión, dispatch/attachment).</source>
        <translation>Attachment: pdf or zip (by default, dispatch/attachment).</translation>
    </message>
    <message>
        <source>Envía ahora lo encolado, sin esperar a factora-server.</source>
        <translation>Sends what is queued now, without waiting for factora-server.</translation>
    </message>
    <message>
        <source>Muestra cómo va la campaña con este id.</source>
        <translation>Shows the progress of the campaign with this id.</translation>
    </message>
    <message>
        <source>--status «%1» no es un número.</source>
        <translation>--status “%1” is not a number.</translation>
    </message>
    <message>
        <source>falta --name NOMBRE.</source>
        <translation>--name NAME is missing.</translation>
    </message>
    <message>
        <source>use --operation o --dte-ids (uno de los dos).</source>
        <translation>use --operation or --dte-ids (one of the two).</translation>
    </message>
    <message>
        <source>--dte-ids: «%1» no es un id.</source>
        <translation>--dte-ids: “%1” is not an id.</translation>
    </message>
    <message>
        <source>%1/%2 facturas encoladas</source>
        <translation>%1/%2 invoices queued</translation>
    </message>
    <message>
        <source>%1/%2 envíos terminados</source>
        <translation>%1/%2 dispatches finished</translation>
    </message>
</context>
<context>
    <name>DispatchCampaignService</name>
    <message>
        <source>No existe la operación «%1»</source>
        <translation>Operation “%1” does not exist</translation>
    </message>
    <message>
        <source>No existe el DTE %1</source>
        <translation>DTE %1 does not exist</translation>
    </message>
    <message>
        <source>La campaña necesita un nombre</source>
        <translation>The campaign needs a name</translation>
    </message>
    <message>
        <source>La campaña necesita una operación o una selección de DTE</source>
        <translation>The campaign needs an operation or a selection of DTEs</translation>
    </message>
    <message>
        <source>DTE %1 (folio %2): no hay correo ni teléfono del deudor %3</source>
        <translation>DTE %1 (folio %2): there is no e-mail address or phone number of debtor %3</translation>
    </message>
    <message>
        <source>DTE %1 (folio %2): %3</source>
        <translation>DTE %1 (folio %2): %3</translation>
    </message>
    <message>
        <source>No existe la campaña %1</source>
        <translation>Campaign %1 does not exist</translation>
    </message>
</context>
<context>
    <name>DispatchCommandSupport</name>
    <message>
        <source>Envío %1 (tipo %2, folio %3, a %4): %5 — %6</source>
        <translation>Dispatch %1 (type %2, folio %3, to %4): %5 — %6</translation>
    </message>
</context>
<context>
    <name>DispatchComposer</name>
    <message>
        <source>Falta el remitente de los correos (smtp/from)</source>
        <translation>The e-mail sender (smtp/from) is missing</translation>
    </message>
    <message>
        <source>«%1» tiene varios DTE: indique el folio</source>
        <translation>“%1” holds several DTEs: give the folio</translation>
    </message>
    <message>
        <source>«%1» no tiene un DTE con folio %2</source>
        <translation>“%1” has no DTE with folio %2</translation>
    </message>
</context>
<context>
    <name>DispatchDropFolder</name>
    <message>
        <source>No se pudo leer «%1»: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>«%1» pesa %2 bytes; el máximo es %3</source>
        <translation>“%1” is %2 bytes long; the maximum is %3</translation>
    </message>
    <message>
        <source>«%1» no es un objeto JSON válido (posición %2: %3)</source>
        <translation>“%1” is not a valid JSON object (position %2: %3)</translation>
    </message>
    <message>
        <source>«%1» no es un objeto JSON válido: debe ser {&quot;email&quot;: …, &quot;phone&quot;: …, &quot;attach&quot;: …}</source>
        <translation>“%1” is not a valid JSON object: it must be {&quot;email&quot;: …, &quot;phone&quot;: …, &quot;attach&quot;: …}</translation>
    </message>
    <message>
        <source>«%1» tiene el campo desconocido «%2»; se admiten email, phone y attach</source>
        <translation>“%1” has the unknown field “%2”; allowed: email, phone and attach</translation>
    </message>
    <message>
        <source>En «%1», «%2» debe ser un texto</source>
        <translation>In “%1”, “%2” must be a string</translation>
    </message>
    <message>
        <source>La carpeta de entrega de facturas «%1» (dispatch/drop_folder) no existe</source>
        <translation>The invoice drop folder “%1” (dispatch/drop_folder) does not exist</translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta «%1» de la carpeta de entrega</source>
        <translation>Could not create the folder “%1” of the drop folder</translation>
    </message>
    <message>
        <source>No se puede leer la carpeta de entrega «%1»</source>
        <translation>Cannot read the drop folder “%1”</translation>
    </message>
    <message>
        <source>solo se aceptan facturas .xml (DTE, EnvioDTE o AEC), cada una con un .json opcional con el contacto</source>
        <translation>only .xml invoices (DTE, EnvioDTE or AEC) are accepted, each with an optional .json holding the contact</translation>
    </message>
    <message>
        <source>No se pudo mover «%1» a %2/</source>
        <translation>Could not move “%1” to %2/</translation>
    </message>
    <message>
        <source>«%1» no contiene ningún DTE</source>
        <translation>“%1” contains no DTE</translation>
    </message>
    <message>
        <source>No hay correo ni teléfono para el folio %1: el deudor %2 no tiene contacto en su ficha de empresa y no se entregó «%3» con email o phone</source>
        <translation>There is no e-mail address or phone number for folio %1: debtor %2 has no contact in its company record and no “%3” with email or phone was dropped</translation>
    </message>
    <message>
        <source>«%1» rechazado el %2 UTC: %3
</source>
        <translation>“%1” rejected on %2 UTC: %3
</translation>
    </message>
</context>
<context>
    <name>DispatchLoader</name>
    <message>
        <source>Se creó el envío %1, reenvío del %2; lo enviarán los procesos de envío de factora-server.</source>
        <translation>Dispatch %1 was created, resending %2; factora-server&apos;s workers will send it.</translation>
    </message>
    <message>
        <source>No se pudo escribir «%1»: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>DispatchLogCommand</name>
    <message>
        <source>Muestra el registro de envíos de facturas, con el motivo de cada falla.</source>
        <translation>Shows the invoice dispatch log, with the reason for each failure.</translation>
    </message>
    <message>
        <source>Solo los de este deudor.</source>
        <translation>Only those of this debtor.</translation>
    </message>
    <message>
        <source>Solo los de este folio.</source>
        <translation>Only those of this folio.</translation>
    </message>
    <message>
        <source>Solo los que están en este estado (queued, retry_wait, accepted, sms_sent, failed, …).</source>
        <translation>Only those in this state (queued, retry_wait, accepted, sms_sent, failed, …).</translation>
    </message>
    <message>
        <source>Solo los que tuvieron un intento por este canal.</source>
        <translation>Only those with an attempt through this channel.</translation>
    </message>
    <message>
        <source>Solo los de esta campaña.</source>
        <translation>Only those of this campaign.</translation>
    </message>
    <message>
        <source>Encolados desde este día (UTC).</source>
        <translation>Queued from this day (UTC).</translation>
    </message>
    <message>
        <source>Encolados hasta este día (UTC).</source>
        <translation>Queued up to this day (UTC).</translation>
    </message>
    <message>
        <source>Cuántos envíos como máximo (por omisión 1000).</source>
        <translation>Maximum number of dispatches (1000 by default).</translation>
    </message>
    <message>
        <source>CSV para Excel (UTF-8 con BOM), una línea por intento.</source>
        <translation>CSV for Excel (UTF-8 with BOM), one line per attempt.</translation>
    </message>
    <message>
        <source>Escribe el JSON o el CSV en este archivo.</source>
        <translation>Writes the JSON or the CSV to this file.</translation>
    </message>
    <message>
        <source>use --json o --csv, no ambos.</source>
        <translation>use --json or --csv, not both.</translation>
    </message>
    <message>
        <source>--folio «%1» no es un folio.</source>
        <translation>--folio “%1” is not a folio.</translation>
    </message>
    <message>
        <source>--campaign «%1» no es un número.</source>
        <translation>--campaign “%1” is not a number.</translation>
    </message>
    <message>
        <source>--limit «%1» no es un número válido.</source>
        <translation>--limit “%1” is not a valid number.</translation>
    </message>
    <message>
        <source>--%1 «%2» no es una fecha AAAA-MM-DD.</source>
        <translation>--%1 “%2” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>No se puede escribir «%1»: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>%1 envíos escritos en %2</source>
        <translation>%1 dispatches written to %2</translation>
    </message>
    <message>
        <source>No hay envíos con esos filtros.</source>
        <translation>No dispatches match those filters.</translation>
    </message>
</context>
<context>
    <name>DispatchPurgeCommand</name>
    <message>
        <source>Borra los envíos terminados y los documentos más antiguos que su plazo de retención.</source>
        <translation>Deletes the finished dispatches and the documents older than their retention period.</translation>
    </message>
    <message>
        <source>Purga: %1 envíos y %2 intentos de más de %3 días, %4 documentos de más de %5 días</source>
        <translation>Purge: %1 dispatches and %2 attempts older than %3 days, %4 documents older than %5 days</translation>
    </message>
</context>
<context>
    <name>DispatchRenderCommand</name>
    <message>
        <source>Genera el PDF de la representación impresa de un DTE, con su timbre.</source>
        <translation>Generates the PDF of the printed representation of a DTE, with its stamp.</translation>
    </message>
    <message>
        <source>DTE, EnvioDTE o AEC en XML.</source>
        <translation>DTE, EnvioDTE or AEC in XML.</translation>
    </message>
    <message>
        <source>El PDF que se escribe.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>El folio del DTE, si el archivo tiene varios.</source>
        <translation>The DTE&apos;s folio, if the file holds several.</translation>
    </message>
    <message>
        <source>Imprime la copia cedible (tipos 33, 34, 43, 46 y 52).</source>
        <translation>Prints the assignable copy (types 33, 34, 43, 46 and 52).</translation>
    </message>
    <message>
        <source>Tamaño del papel (por omisión, el ajuste invoice.papel).</source>
        <translation>Paper size (by default, the invoice.papel setting).</translation>
    </message>
    <message>
        <source>Número de la resolución del SII del emisor.</source>
        <translation>Number of the issuer&apos;s SII resolution.</translation>
    </message>
    <message>
        <source>Fecha de la resolución del SII del emisor.</source>
        <translation>Date of the issuer&apos;s SII resolution.</translation>
    </message>
    <message>
        <source>Oficina del SII del emisor, p. ej. «SANTIAGO CENTRO».</source>
        <translation>The issuer&apos;s SII office, e.g. “SANTIAGO CENTRO”.</translation>
    </message>
    <message>
        <source>falta --dte ARCHIVO.</source>
        <translation>--dte FILE is missing.</translation>
    </message>
    <message>
        <source>falta --out ARCHIVO.pdf.</source>
        <translation>--out FILE.pdf is missing.</translation>
    </message>
    <message>
        <source>--fecha-resolucion «%1» no es una fecha AAAA-MM-DD.</source>
        <translation>--fecha-resolucion “%1” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>--papel «%1»: se esperaba «carta» o «a4».</source>
        <translation>--papel “%1”: expected “carta” or “a4”.</translation>
    </message>
    <message>
        <source>«%1» no tiene un DTE con folio %2.</source>
        <translation>“%1” has no DTE with folio %2.</translation>
    </message>
    <message>
        <source>«%1» tiene %2 DTE: elija uno con --folio.</source>
        <translation>“%1” has %2 DTEs: choose one with --folio.</translation>
    </message>
    <message>
        <source>%1: tipo %2, folio %3 → %4</source>
        <translation>%1: type %2, folio %3 → %4</translation>
    </message>
</context>
<context>
    <name>DispatchRepository</name>
    <message>
        <source>No existe el envío %1</source>
        <translation>Dispatch %1 does not exist</translation>
    </message>
    <message>
        <source>Ningún envío tiene el SMS «%1» del proveedor</source>
        <translation>No dispatch has the provider&apos;s SMS “%1”</translation>
    </message>
    <message>
        <source>El envío %1 ya no tiene su documento (purgado o nunca guardado)</source>
        <translation>Dispatch %1 no longer has its document (purged or never stored)</translation>
    </message>
</context>
<context>
    <name>DispatchRuntime</name>
    <message>
        <source>No se pudo leer la contraseña SMTP (smtp/password) de %1: %2</source>
        <translation>Could not read the SMTP password (smtp/password) from %1: %2</translation>
    </message>
</context>
<context>
    <name>DispatchSendCommand</name>
    <message>
        <source>Envía un DTE al deudor por correo (con SMS si falla) y muestra el resultado.</source>
        <translation>Sends a DTE to the debtor by e-mail (with SMS if that fails) and shows the result.</translation>
    </message>
    <message>
        <source>DTE, EnvioDTE o AEC en XML.</source>
        <translation>DTE, EnvioDTE or AEC in XML.</translation>
    </message>
    <message>
        <source>Correo del deudor.</source>
        <translation>Debtor&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Celular del deudor para el SMS, p. ej. +56912345678.</source>
        <translation>Debtor&apos;s mobile number for the SMS, e.g. +56912345678.</translation>
    </message>
    <message>
        <source>Adjunto: pdf o zip (por omisión, dispatch/attachment).</source>
        <translation>Attachment: pdf or zip (by default, dispatch/attachment).</translation>
    </message>
    <message>
        <source>El folio del DTE, si el archivo tiene varios.</source>
        <translation>The DTE&apos;s folio, if the file holds several.</translation>
    </message>
    <message>
        <source>falta --dte ARCHIVO.</source>
        <translation>--dte FILE is missing.</translation>
    </message>
    <message>
        <source>falta --to CORREO o --phone +56….</source>
        <translation>--to E-MAIL or --phone +56… is missing.</translation>
    </message>
    <message>
        <source>--folio «%1» no es un número de folio.</source>
        <translation>--folio “%1” is not a folio number.</translation>
    </message>
    <message>
        <source>factora-cli: no se puede leer «%1»: %2</source>
        <translation>factora-cli: cannot read “%1”: %2</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>El envío del folio %1 no tiene correo ni teléfono del deudor</source>
        <translation>The dispatch of folio %1 has no e-mail address or phone number of the debtor</translation>
    </message>
    <message>
        <source>Adjunto «%1» desconocido; use pdf o zip</source>
        <translation>Unknown attachment “%1”; use pdf or zip</translation>
    </message>
    <message>
        <source>El envío necesita tipo, folio, RUT del emisor y RUT del deudor (recibido: tipo %1, folio %2)</source>
        <translation>The dispatch needs type, folio, issuer&apos;s RUT and debtor&apos;s RUT (received: type %1, folio %2)</translation>
    </message>
    <message>
        <source>en cola para enviar por correo a %1</source>
        <translation>queued to be sent by e-mail to %1</translation>
    </message>
    <message>
        <source>sin correo: en cola para enviar por SMS a %1</source>
        <translation>no e-mail address: queued to be sent by SMS to %1</translation>
    </message>
    <message>
        <source>El envío %1 no está pendiente ahora (estado: %2)</source>
        <translation>Dispatch %1 is not pending now (state: %2)</translation>
    </message>
    <message>
        <source>%1; se enviará por SMS a %2</source>
        <translation>%1; it will be sent by SMS to %2</translation>
    </message>
    <message>
        <source>%1; no hay teléfono para enviar un SMS</source>
        <translation>%1; there is no phone number to send an SMS to</translation>
    </message>
    <message>
        <source>%1; no hay pasarela SMS configurada (sms/url)</source>
        <translation>%1; no SMS gateway is configured (sms/url)</translation>
    </message>
    <message>
        <source>el correo no se envió tras %1 intentos</source>
        <translation>the e-mail was not sent after %1 attempts</translation>
    </message>
    <message>
        <source>la dirección %1 está suprimida desde %2 (%3)</source>
        <translation>the address %1 has been suppressed since %2 (%3)</translation>
    </message>
    <message>
        <source>no hay servidor SMTP configurado (smtp/host)</source>
        <translation>no SMTP server is configured (smtp/host)</translation>
    </message>
    <message>
        <source>no se pudo preparar el correo: %1</source>
        <translation>could not prepare the e-mail: %1</translation>
    </message>
    <message>
        <source>el servidor de correo no respondió: %1</source>
        <translation>the mail server did not respond: %1</translation>
    </message>
    <message>
        <source>el servidor de correo aceptó el mensaje para %1 (%2)</source>
        <translation>the mail server accepted the message for %1 (%2)</translation>
    </message>
    <message>
        <source>el servidor de correo rechazó %1: %2</source>
        <translation>the mail server rejected %1: %2</translation>
    </message>
    <message>
        <source>el servidor de correo pidió reintentar: %1</source>
        <translation>the mail server asked to retry: %1</translation>
    </message>
    <message>
        <source>%1; se agotaron los %2 intentos de correo</source>
        <translation>%1; the %2 e-mail attempts were used up</translation>
    </message>
    <message>
        <source>%1; terminó el plazo de reintentos de %2 horas</source>
        <translation>%1; the %2-hour retry period ended</translation>
    </message>
    <message>
        <source>%1; intento %2 de %3, se reintenta el %4</source>
        <translation>%1; attempt %2 of %3, retrying on %4</translation>
    </message>
    <message>
        <source>no hay teléfono para enviar un SMS</source>
        <translation>there is no phone number to send an SMS to</translation>
    </message>
    <message>
        <source>no hay pasarela SMS configurada (sms/url)</source>
        <translation>no SMS gateway is configured (sms/url)</translation>
    </message>
    <message>
        <source>el SMS no se envió tras %1 intentos</source>
        <translation>the SMS was not sent after %1 attempts</translation>
    </message>
    <message>
        <source>no se pudo preparar el SMS: %1</source>
        <translation>could not prepare the SMS: %1</translation>
    </message>
    <message>
        <source>la pasarela SMS no aceptó %1: %2</source>
        <translation>the SMS gateway did not accept %1: %2</translation>
    </message>
    <message>
        <source>la pasarela SMS no respondió: %1</source>
        <translation>the SMS gateway did not respond: %1</translation>
    </message>
    <message>
        <source>la pasarela SMS aceptó el mensaje para %1 (id %2)</source>
        <translation>the SMS gateway accepted the message for %1 (id %2)</translation>
    </message>
    <message>
        <source>la pasarela SMS rechazó el mensaje para %1: HTTP %2 %3</source>
        <translation>the SMS gateway rejected the message for %1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>la pasarela SMS pidió reintentar: HTTP %1 %2</source>
        <translation>the SMS gateway asked to retry: HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1; se agotaron los %2 intentos de SMS</source>
        <translation>%1; the %2 SMS attempts were used up</translation>
    </message>
    <message>
        <source>el proveedor informa el SMS entregado a %1</source>
        <translation>the provider reports the SMS delivered to %1</translation>
    </message>
    <message>
        <source>el proveedor informa que el SMS a %1 no se entregó: %2</source>
        <translation>the provider reports that the SMS to %1 was not delivered: %2</translation>
    </message>
    <message>
        <source>el proveedor informa el SMS a %1 pendiente</source>
        <translation>the provider reports the SMS to %1 as pending</translation>
    </message>
    <message>
        <source>El envío %1 (folio %2) todavía está en curso (%3); solo se reenvía un envío terminado</source>
        <translation>Dispatch %1 (folio %2) is still in progress (%3); only a finished dispatch can be resent</translation>
    </message>
    <message>
        <source>El envío %1 (folio %2) no se puede reenviar: ya no tiene su documento guardado (se borra tras dispatch/file_retention_days días)</source>
        <translation>Dispatch %1 (folio %2) cannot be resent: its stored document is gone (it is deleted after dispatch/file_retention_days days)</translation>
    </message>
    <message>
        <source>reenvío del envío %1: %2</source>
        <translation>resend of dispatch %1: %2</translation>
    </message>
</context>
<context>
    <name>DispatchSettings</name>
    <message>
        <source>dispatch/attachment vale «%1» (%2); se esperaba pdf o zip</source>
        <translation>dispatch/attachment is “%1” (%2); pdf or zip was expected</translation>
    </message>
    <message>
        <source>dispatch/purge_time vale «%1» (%2); se esperaba una hora HH:MM</source>
        <translation>dispatch/purge_time is “%1” (%2); a time HH:MM was expected</translation>
    </message>
    <message>
        <source>dispatch/sms_receipt_path vale «%1»; debe empezar con /</source>
        <translation>dispatch/sms_receipt_path is “%1”; it must start with /</translation>
    </message>
</context>
<context>
    <name>DispatchStates</name>
    <message>
        <source>Estado de envío desconocido «%1»; use uno de: %2</source>
        <translation>Unknown dispatch state “%1”; use one of: %2</translation>
    </message>
    <message>
        <source>en cola</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>enviándose</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>esperando reintento</source>
        <translation>waiting to retry</translation>
    </message>
    <message>
        <source>aceptado por el servidor de correo</source>
        <translation>accepted by the mail server</translation>
    </message>
    <message>
        <source>correo rechazado, SMS pendiente</source>
        <translation>e-mail rejected, SMS pending</translation>
    </message>
    <message>
        <source>SMS enviado</source>
        <translation>SMS sent</translation>
    </message>
    <message>
        <source>SMS entregado</source>
        <translation>SMS delivered</translation>
    </message>
    <message>
        <source>fallido</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>suprimido</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>Canal de envío desconocido «%1»; use email o sms</source>
        <translation>Unknown dispatch channel “%1”; use email or sms</translation>
    </message>
</context>
<context>
    <name>DispatchTemplates</name>
    <message>
        <source>Plantilla de envío %1: %2</source>
        <translation>Dispatch template %1: %2</translation>
    </message>
    <message>
        <source>no se puede leer (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>supera 1 MB</source>
        <translation>exceeds 1 MB</translation>
    </message>
    <message>
        <source>no está en UTF-8</source>
        <translation>is not in UTF-8</translation>
    </message>
    <message>
        <source>Documento tipo %1</source>
        <translation>Document type %1</translation>
    </message>
    <message>
        <source>«{{» sin cerrar con «}}» en la línea %1</source>
        <translation>“{{” not closed with “}}” on line %1</translation>
    </message>
    <message>
        <source>marcador desconocido «{{%1}}» (se admiten: %2)</source>
        <translation>unknown placeholder “{{%1}}” (allowed: %2)</translation>
    </message>
    <message>
        <source>la carpeta «%1» no existe</source>
        <translation>the folder “%1” does not exist</translation>
    </message>
    <message>
        <source>«%1» (dispatch/template_dir)</source>
        <translation>“%1” (dispatch/template_dir)</translation>
    </message>
    <message>
        <source>incluida %1</source>
        <translation>built-in %1</translation>
    </message>
    <message>
        <source>las instrucciones de Caja Vecina no pueden contenerse a sí mismas ({{instrucciones_caja_vecina}})</source>
        <translation>the Caja Vecina instructions cannot contain themselves ({{instrucciones_caja_vecina}})</translation>
    </message>
    <message>
        <source>el asunto debe ser una línea</source>
        <translation>the subject must be a single line</translation>
    </message>
    <message>
        <source>está vacía</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>«%1» no es un dominio (escriba solo el dominio, p. ej. pagos.empresa.cl, sin https://)</source>
        <translation>“%1” is not a domain (write only the domain, e.g. pagos.empresa.cl, without https://)</translation>
    </message>
    <message>
        <source>está vacío y las plantillas usan {{enlace_pago}}: configure el dominio de los enlaces de pago</source>
        <translation>is empty and the templates use {{enlace_pago}}: configure the domain of the payment links</translation>
    </message>
    <message>
        <source>El SMS de la factura %1 quedó vacío</source>
        <translation>The SMS for invoice %1 came out empty</translation>
    </message>
    <message>
        <source>El SMS de la factura %1 ocupa %2 caracteres %3 (%4 segmentos) y el máximo es %5 segmentos (sms/max_segments); acorte dispatch/template_sms</source>
        <translation>The SMS for invoice %1 takes %2 %3 characters (%4 segments) and the maximum is %5 segments (sms/max_segments); shorten dispatch/template_sms</translation>
    </message>
</context>
<context>
    <name>DispatchWords</name>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Aceptado por el servidor de correo</source>
        <translation>Accepted by the mail server</translation>
    </message>
    <message>
        <source>Rechazo temporal: se reintenta</source>
        <translation>Temporary rejection: retrying</translation>
    </message>
    <message>
        <source>Rechazo definitivo de la dirección</source>
        <translation>Permanent rejection of the address</translation>
    </message>
    <message>
        <source>El servidor de correo no respondió</source>
        <translation>The mail server did not respond</translation>
    </message>
    <message>
        <source>No se pudo enviar (configuración o documento)</source>
        <translation>Could not send (configuration or document)</translation>
    </message>
    <message>
        <source>No enviado: dirección suprimida</source>
        <translation>Not sent: address suppressed</translation>
    </message>
    <message>
        <source>SMS aceptado por la pasarela</source>
        <translation>SMS accepted by the gateway</translation>
    </message>
    <message>
        <source>La pasarela SMS pidió reintentar</source>
        <translation>The SMS gateway asked to retry</translation>
    </message>
    <message>
        <source>SMS rechazado</source>
        <translation>SMS rejected</translation>
    </message>
    <message>
        <source>La pasarela SMS no respondió</source>
        <translation>The SMS gateway did not respond</translation>
    </message>
    <message>
        <source>Acuse: SMS entregado</source>
        <translation>Receipt: SMS delivered</translation>
    </message>
    <message>
        <source>Acuse: SMS no entregado</source>
        <translation>Receipt: SMS not delivered</translation>
    </message>
    <message>
        <source>Acuse: SMS pendiente</source>
        <translation>Receipt: SMS pending</translation>
    </message>
</context>
<context>
    <name>DispatchWorkerPool</name>
    <message>
        <source>no hay carpeta de secretos de entrega (delivery/secrets_dir)</source>
        <translation>there is no delivery secrets folder (delivery/secrets_dir)</translation>
    </message>
    <message>
        <source>dispatch/sms_receipt_listen necesita dispatch/sms_receipt_path, dispatch/sms_receipt_header y dispatch/sms_receipt_secret_file</source>
        <translation>dispatch/sms_receipt_listen needs dispatch/sms_receipt_path, dispatch/sms_receipt_header and dispatch/sms_receipt_secret_file</translation>
    </message>
    <message>
        <source>El secreto de los avisos de SMS (%1) está vacío</source>
        <translation>The SMS receipts secret (%1) is empty</translation>
    </message>
</context>
<context>
    <name>DteCheck</name>
    <message>
        <source>El DTE no tiene firma del emisor.</source>
        <translation>The DTE has no issuer signature.</translation>
    </message>
    <message>
        <source>Adulterado: el certificado del DTE no es el que lo firmó (fue reemplazado después de firmar).</source>
        <translation>Tampered: the DTE&apos;s certificate is not the one that signed it (it was replaced after signing).</translation>
    </message>
    <message>
        <source>Adulterado: el contenido firmado (montos, fechas, partes…) cambió después de firmar; el resumen no coincide ni en el documento ni al modo del SII.</source>
        <translation>Tampered: the signed content (amounts, dates, parties…) changed after signing; the digest matches neither in the document nor in the SII&apos;s way.</translation>
    </message>
    <message>
        <source>Adulterado: la firma no es válida ni en el documento ni al modo del SII (%1).</source>
        <translation>Tampered: the signature is valid neither in the document nor in the SII&apos;s way (%1).</translation>
    </message>
    <message>
        <source>El DTE no tiene timbre electrónico (TED).</source>
        <translation>The DTE has no electronic stamp (TED).</translation>
    </message>
</context>
<context>
    <name>DteFieldReader</name>
    <message>
        <source>«%1», línea %2: %3</source>
        <translation>“%1”, line %2: %3</translation>
    </message>
    <message>
        <source>falta %1.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 «%2» no es una fecha AAAA-MM-DD.</source>
        <translation>%1 “%2” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>%1 «%2»: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>«%1»: el archivo declara ISO-8859-1 pero contiene bytes 0x80–0x9F, que en ISO-8859-1 son caracteres de control: es texto windows-1252 (comillas tipográficas, «€», «…»). Los campos se leyeron como windows-1252; la firma se verifica sobre los bytes tal como están declarados, igual que al firmar.</source>
        <translation>“%1”: the file declares ISO-8859-1 but contains bytes 0x80–0x9F, which are control characters in ISO-8859-1: it is windows-1252 text (typographic quotes, “€”, “…”). The fields were read as windows-1252; the signature is verified on the bytes as declared, as when it was signed.</translation>
    </message>
    <message>
        <source>el DTE está en el espacio de nombres «%1», no en el del SII.</source>
        <translation>the DTE is in the namespace “%1”, not in the SII&apos;s.</translation>
    </message>
    <message>
        <source>el DTE no contiene Documento, Liquidacion ni Exportaciones.</source>
        <translation>the DTE contains no Documento, Liquidacion or Exportaciones.</translation>
    </message>
    <message>
        <source>%1 no tiene atributo ID.</source>
        <translation>%1 has no ID attribute.</translation>
    </message>
    <message>
        <source>falta Encabezado.</source>
        <translation>Encabezado is missing.</translation>
    </message>
    <message>
        <source>TipoDTE «%1» no es un número de tipo.</source>
        <translation>TipoDTE “%1” is not a type number.</translation>
    </message>
    <message>
        <source>Folio «%1» no es un número de 1 a 10 dígitos.</source>
        <translation>Folio “%1” is not a number of 1 to 10 digits.</translation>
    </message>
</context>
<context>
    <name>DteFileResult</name>
    <message>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Duplicado</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Inválido</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>No permitido</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>DteFragment</name>
    <message>
        <source>El DTE no declara el espacio de nombres del SII (%1); la verificación al modo del SII lo supuso, como lo tenía al firmarse.</source>
        <translation>The DTE does not declare the SII&apos;s namespace (%1); the verification in the SII&apos;s way assumed it, as the DTE had it when signed.</translation>
    </message>
</context>
<context>
    <name>DteImportCommand</name>
    <message>
        <source>Importa archivos XML de DTE (o las carpetas que los contienen) a la base.</source>
        <translation>Imports DTE XML files (or the folders containing them) into the database.</translation>
    </message>
    <message>
        <source>Archivos XML de DTE, o carpetas: sus archivos *.xml.</source>
        <translation>DTE XML files, or folders: their *.xml files.</translation>
    </message>
    <message>
        <source>falta el archivo o la carpeta.</source>
        <translation>the file or folder is missing.</translation>
    </message>
    <message>
        <source>No existe «%1».</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>No hay archivos .xml en «%1».</source>
        <translation>There are no .xml files in “%1”.</translation>
    </message>
    <message>
        <source>importado (id %1, firma %2)</source>
        <translation>imported (id %1, signature %2)</translation>
    </message>
    <message>
        <source>ya estaba (id %1): %2</source>
        <translation>already loaded (id %1): %2</translation>
    </message>
    <message>
        <source>rechazado: %1</source>
        <translation>rejected: %1</translation>
    </message>
    <message>
        <source>no permitido: %1</source>
        <translation>not allowed: %1</translation>
    </message>
    <message>
        <source>%1: tipo %2, folio %3, emisor %4: %5</source>
        <translation>%1: type %2, folio %3, issuer %4: %5</translation>
    </message>
</context>
<context>
    <name>DteImportJob</name>
    <message>
        <source>importado</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>ya estaba cargado</source>
        <translation>already loaded</translation>
    </message>
    <message>
        <source>rechazado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>no permitido</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>Tipo %1, folio %2 de %3: %4</source>
        <translation>Type %1, folio %2 of %3: %4</translation>
    </message>
    <message>
        <source>El archivo no contiene ningún DTE.</source>
        <translation>The file contains no DTE.</translation>
    </message>
</context>
<context>
    <name>DteInboxLoader</name>
    <message>
        <source>El XML guardado no contiene el DTE.</source>
        <translation>The stored XML does not contain the DTE.</translation>
    </message>
    <message>
        <source>No tiene acceso al DTE %1: es de otra empresa.</source>
        <translation>You have no access to DTE %1: it belongs to another company.</translation>
    </message>
</context>
<context>
    <name>DteInspectCommand</name>
    <message>
        <source>válida (estricta y como la verifica el SII)</source>
        <translation>valid (strictly and as the SII verifies it)</translation>
    </message>
    <message>
        <source>válida como la verifica el SII (no en forma estricta)</source>
        <translation>valid as the SII verifies it (not strictly)</translation>
    </message>
    <message>
        <source>ALTERADA: el documento cambió después de firmarse</source>
        <translation>ALTERED: the document changed after it was signed</translation>
    </message>
    <message>
        <source>ausente</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 — DTE %2 de %3 (línea %4)</source>
        <translation>%1 — DTE %2 of %3 (line %4)</translation>
    </message>
    <message>
        <source>Tipo %1, folio %2, emitido %3, vence %4</source>
        <translation>Type %1, folio %2, issued %3, due %4</translation>
    </message>
    <message>
        <source>Emisor:   %1 %2</source>
        <translation>Issuer:   %1 %2</translation>
    </message>
    <message>
        <source>Receptor: %1 %2</source>
        <translation>Receiver: %1 %2</translation>
    </message>
    <message>
        <source>Montos:   neto %1, exento %2, IVA %3, total %4</source>
        <translation>Amounts:  net %1, exempt %2, VAT %3, total %4</translation>
    </message>
    <message>
        <source>Esquema:  %1</source>
        <translation>Schema:   %1</translation>
    </message>
    <message>
        <source>válido</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>no válido: %1</source>
        <translation>not valid: %1</translation>
    </message>
    <message>
        <source>Firma:    %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>Firmante: %1%2</source>
        <translation>Signer:   %1%2</translation>
    </message>
    <message>
        <source>Timbre:   %1</source>
        <translation>Stamp:    %1</translation>
    </message>
    <message>
        <source>presente</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Muestra los datos, el esquema y las firmas de los DTE de cada archivo.</source>
        <translation>Shows the data, schema and signatures of the DTEs in each file.</translation>
    </message>
    <message>
        <source>DTE, EnvioDTE o AEC en XML.</source>
        <translation>DTE, EnvioDTE or AEC in XML.</translation>
    </message>
    <message>
        <source>falta al menos un archivo.</source>
        <translation>at least one file is missing.</translation>
    </message>
</context>
<context>
    <name>DteLocator</name>
    <message>
        <source>«%1», línea %2: el sobre %3 no contiene ningún DTE en SetDTE.</source>
        <translation>“%1”, line %2: the envelope %3 contains no DTE in SetDTE.</translation>
    </message>
    <message>
        <source>«%1»: el AEC no contiene DocumentoAEC/Cesiones/DTECedido/DocumentoDTECedido/DTE.</source>
        <translation>“%1”: the AEC does not contain DocumentoAEC/Cesiones/DTECedido/DocumentoDTECedido/DTE.</translation>
    </message>
    <message>
        <source>«%1», línea %2: no es un DTE: el elemento raíz es &lt;%3&gt;; se esperaba &lt;DTE&gt;, &lt;EnvioDTE&gt; o &lt;AEC&gt;.</source>
        <translation>“%1”, line %2: not a DTE: the root element is &lt;%3&gt;; &lt;DTE&gt;, &lt;EnvioDTE&gt; or &lt;AEC&gt; was expected.</translation>
    </message>
</context>
<context>
    <name>DteReader</name>
    <message>
        <source>El DTE no se pudo leer como documento independiente: %1</source>
        <translation>The DTE could not be read as a standalone document: %1</translation>
    </message>
    <message>
        <source>El certificado X509 de la firma no se puede leer; la firma se verificó con su KeyValue.</source>
        <translation>The signature&apos;s X509 certificate cannot be read; the signature was verified with its KeyValue.</translation>
    </message>
    <message>
        <source>La clave KeyValue de la firma no es la del certificado X509.</source>
        <translation>The signature&apos;s KeyValue key is not the X509 certificate&apos;s key.</translation>
    </message>
    <message>
        <source>«%1»: no se puede leer: %2</source>
        <translation>“%1”: cannot be read: %2</translation>
    </message>
    <message>
        <source>«%1»: pesa %2 bytes y el máximo admitido es %3 bytes (20 MiB).</source>
        <translation>“%1”: it is %2 bytes and the maximum accepted is %3 bytes (20 MiB).</translation>
    </message>
    <message>
        <source>«%1»: supera el máximo admitido de %2 bytes (20 MiB).</source>
        <translation>“%1”: it exceeds the maximum accepted of %2 bytes (20 MiB).</translation>
    </message>
</context>
<context>
    <name>DteRepository</name>
    <message>
        <source>No hay DTE con id %1.</source>
        <translation>There is no DTE with id %1.</translation>
    </message>
    <message>
        <source>El DTE guardado %1 (folio %2) no se pudo leer tal como fue importado.</source>
        <translation>The stored DTE %1 (folio %2) could not be read as it was imported.</translation>
    </message>
</context>
<context>
    <name>DteRow</name>
    <message>
        <source>Factura electrónica</source>
        <translation>Electronic invoice</translation>
    </message>
    <message>
        <source>Factura exenta</source>
        <translation>Exempt invoice</translation>
    </message>
    <message>
        <source>Liquidación factura</source>
        <translation>Settlement invoice</translation>
    </message>
    <message>
        <source>Factura de compra</source>
        <translation>Purchase invoice</translation>
    </message>
    <message>
        <source>Guía de despacho</source>
        <translation>Dispatch note</translation>
    </message>
    <message>
        <source>Nota de débito</source>
        <translation>Debit note</translation>
    </message>
    <message>
        <source>Nota de crédito</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Documento tipo %1</source>
        <translation>Document type %1</translation>
    </message>
    <message>
        <source>Cargado</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Ofrecido</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cedido</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>✓ esquema</source>
        <translation>✓ schema</translation>
    </message>
    <message>
        <source>✗ esquema</source>
        <translation>✗ schema</translation>
    </message>
    <message>
        <source>✓ firma</source>
        <translation>✓ signature</translation>
    </message>
    <message>
        <source>✓ firma (modo SII)</source>
        <translation>✓ signature (SII mode)</translation>
    </message>
    <message>
        <source>✗ firma</source>
        <translation>✗ signature</translation>
    </message>
</context>
<context>
    <name>DteService</name>
    <message>
        <source>El emisor del DTE, RUT %1, no es una de las empresas del usuario %2; solo puede cargar DTE emitidos por sus empresas.</source>
        <translation>The DTE&apos;s issuer, RUT %1, is not one of user %2&apos;s companies; they can only load DTEs issued by their companies.</translation>
    </message>
    <message>
        <source>Ya estaba cargado (id %1) con exactamente los mismos bytes; no se duplicó.</source>
        <translation>It was already loaded (id %1) with exactly the same bytes; it was not duplicated.</translation>
    </message>
    <message>
        <source>Ya hay un DTE cargado (id %1) del mismo emisor, tipo y folio pero con bytes distintos (SHA-256 %2 guardado, %3 en este archivo); se conserva el guardado.</source>
        <translation>A DTE of the same issuer, type and folio is already loaded (id %1) but with different bytes (SHA-256 %2 stored, %3 in this file); the stored one is kept.</translation>
    </message>
    <message>
        <source>Otro proceso cargó el DTE %1 al mismo tiempo; vuelva a cargar el archivo «%2».</source>
        <translation>Another process loaded DTE %1 at the same time; load the file “%2” again.</translation>
    </message>
</context>
<context>
    <name>DteSignatureVerifier</name>
    <message>
        <source>El DTE no tiene firma (ds:Signature).</source>
        <translation>The DTE has no signature (ds:Signature).</translation>
    </message>
    <message>
        <source>La firma debe tener un SignedInfo con exactamente una Reference; tiene %1.</source>
        <translation>The signature must have a SignedInfo with exactly one Reference; it has %1.</translation>
    </message>
    <message>
        <source>La firma no referencia el Documento de este DTE (Reference URI «%1», ID del Documento «%2»).</source>
        <translation>The signature does not reference this DTE&apos;s Documento (Reference URI “%1”, Documento ID “%2”).</translation>
    </message>
    <message>
        <source>El ID «%1» aparece %2 veces en el documento; la referencia de la firma es ambigua.</source>
        <translation>The ID “%1” appears %2 times in the document; the signature&apos;s reference is ambiguous.</translation>
    </message>
    <message>
        <source>No se pudo registrar el ID «%1» del Documento.</source>
        <translation>Could not register the Documento&apos;s ID “%1”.</translation>
    </message>
    <message>
        <source>El certificado de la firma no se puede leer y la firma no trae KeyValue RSA.</source>
        <translation>The signature&apos;s certificate cannot be read and the signature carries no RSA KeyValue.</translation>
    </message>
    <message>
        <source>La firma no trae certificado X509 ni KeyValue RSA.</source>
        <translation>The signature carries neither an X509 certificate nor an RSA KeyValue.</translation>
    </message>
    <message>
        <source>xmlsec1 no pudo verificar la firma: %1</source>
        <translation>xmlsec1 could not verify the signature: %1</translation>
    </message>
    <message>
        <source>La firma es válida.</source>
        <translation>The signature is valid.</translation>
    </message>
    <message>
        <source>El resumen (DigestValue) no coincide con el Documento canonicalizado: lo firmado no es esto.</source>
        <translation>The digest (DigestValue) does not match the canonicalized Documento: what was signed is not this.</translation>
    </message>
    <message>
        <source>El resumen coincide, pero SignatureValue no corresponde a la clave del certificado.</source>
        <translation>The digest matches, but SignatureValue does not correspond to the certificate&apos;s key.</translation>
    </message>
    <message>
        <source>El resumen coincide, pero SignatureValue no corresponde a la clave KeyValue.</source>
        <translation>The digest matches, but SignatureValue does not correspond to the KeyValue key.</translation>
    </message>
</context>
<context>
    <name>ExportCartaGuiaCommand</name>
    <message>
        <source>Primera fecha de cesión, AAAA-MM-DD.</source>
        <translation>First assignment date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Última fecha de cesión, AAAA-MM-DD.</source>
        <translation>Last assignment date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Solo las facturas de esta operación.</source>
        <translation>Only the invoices of this operation.</translation>
    </message>
    <message>
        <source>Archivo a escribir: .xlsx (Excel) o .csv (UTF-8, separado por comas).</source>
        <translation>File to write: .xlsx (Excel) or .csv (UTF-8, comma-separated).</translation>
    </message>
    <message>
        <source>Exporta la Carta Guía (facturas cedidas y su cobranza) en XLSX o CSV.</source>
        <translation>Exports the Carta Guía (assigned invoices and their collection) as XLSX or CSV.</translation>
    </message>
    <message>
        <source>argumento de más: %1</source>
        <translation>extra argument: %1</translation>
    </message>
    <message>
        <source>falta --out</source>
        <translation>--out is missing</translation>
    </message>
    <message>
        <source>--from y --to van juntos</source>
        <translation>--from and --to go together</translation>
    </message>
    <message>
        <source>faltan --from y --to, o --operation</source>
        <translation>--from and --to, or --operation, are missing</translation>
    </message>
    <message>
        <source>--from «%1» no es una fecha AAAA-MM-DD</source>
        <translation>--from “%1” is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>--to «%1» no es una fecha AAAA-MM-DD</source>
        <translation>--to “%1” is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>--operation está vacío</source>
        <translation>--operation is empty</translation>
    </message>
    <message>
        <source>Carta Guía %1: %2 facturas, monto cedido %3, pagado %4.</source>
        <translation>Carta Guía %1: %2 invoices, amount assigned %3, paid %4.</translation>
    </message>
</context>
<context>
    <name>FileDeliverer</name>
    <message>
        <source>entregado</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>Falta la contraseña de %1 en %2 (clave «%3»)</source>
        <translation>The password of %1 is missing from %2 (key “%3”)</translation>
    </message>
    <message>
        <source>Falta la llave privada o la contraseña de %1 en %2 (claves «%3» o «%4»)</source>
        <translation>The private key or the password of %1 is missing from %2 (keys “%3” or “%4”)</translation>
    </message>
    <message>
        <source>No se puede leer «%1»: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>Falta la contraseña SMTP de %1 en %2 (clave «smtp/password»): %3</source>
        <translation>The SMTP password of %1 is missing from %2 (key “smtp/password”): %3</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>directorio de secretos «%1»</source>
        <translation>secrets directory “%1”</translation>
    </message>
    <message>
        <source>No existe el archivo de secreto «%1»</source>
        <translation>The secret file “%1” does not exist</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo de secreto «%1»: %2</source>
        <translation>Could not open the secret file “%1”: %2</translation>
    </message>
    <message>
        <source>No se pudo examinar el archivo de secreto «%1»: %2</source>
        <translation>Could not examine the secret file “%1”: %2</translation>
    </message>
    <message>
        <source>«%1» no es un archivo común; un secreto debe ser un archivo</source>
        <translation>“%1” is not a regular file; a secret must be a file</translation>
    </message>
    <message>
        <source>El archivo de secreto «%1» pertenece al uid %2 y no al usuario actual (uid %3); cámbielo con chown</source>
        <translation>The secret file “%1” belongs to uid %2, not to the current user (uid %3); change it with chown</translation>
    </message>
    <message>
        <source>El archivo de secreto «%1» tiene modo %2 y otros usuarios pueden usarlo; debe ser 0600 o 0400 (chmod 600 «%1»)</source>
        <translation>The secret file “%1” has mode %2 and other users can use it; it must be 0600 or 0400 (chmod 600 “%1”)</translation>
    </message>
    <message>
        <source>El archivo de secreto «%1» mide %2 bytes; el máximo es %3</source>
        <translation>The secret file “%1” is %2 bytes long; the maximum is %3</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo de secreto «%1»: %2</source>
        <translation>Could not read the secret file “%1”: %2</translation>
    </message>
    <message>
        <source>El archivo de secreto «%1» supera el máximo de %2 bytes</source>
        <translation>The secret file “%1” exceeds the maximum of %2 bytes</translation>
    </message>
    <message>
        <source>Los archivos de secretos protegidos solo se admiten en Linux y otros Unix («%1»)</source>
        <translation>Protected secret files are only supported on Linux and other Unix systems (“%1”)</translation>
    </message>
    <message>
        <source>El %1 es de solo lectura: el secreto «%2» se administra editando su archivo</source>
        <translation>The %1 is read-only: the secret “%2” is managed by editing its file</translation>
    </message>
</context>
<context>
    <name>FtpUploader</name>
    <message>
        <source>conexión</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>inicio de sesión</source>
        <translation>login</translation>
    </message>
    <message>
        <source>envío del archivo</source>
        <translation>file upload</translation>
    </message>
    <message>
        <source>cambio de nombre</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>cierre</source>
        <translation>close</translation>
    </message>
    <message>
        <source>Nombre de archivo remoto no válido: «%1»</source>
        <translation>Invalid remote file name: “%1”</translation>
    </message>
    <message>
        <source>No existe el archivo a enviar «%1»</source>
        <translation>The file to upload “%1” does not exist</translation>
    </message>
    <message>
        <source>FTP %1:%2, %3: %4</source>
        <translation>FTP %1:%2, %3: %4</translation>
    </message>
    <message>
        <source>no se puede leer «%1»: %2</source>
        <translation>cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>sin respuesta en %1 s</source>
        <translation>no response within %1 s</translation>
    </message>
</context>
<context>
    <name>HolidayOverride</name>
    <message>
        <source>Archivo de feriados «%1», línea %2</source>
        <translation>Holiday file “%1”, line %2</translation>
    </message>
    <message>
        <source>Ajuste de feriado del %1</source>
        <translation>Holiday adjustment for %1</translation>
    </message>
    <message>
        <source>el texto no es UTF-8 válido.</source>
        <translation>the text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>fecha «%1» inválida; se espera una fecha AAAA-MM-DD existente.</source>
        <translation>invalid date “%1”; an existing date YYYY-MM-DD is expected.</translation>
    </message>
    <message>
        <source>falta la acción después de la fecha; use add o remove.</source>
        <translation>the action is missing after the date; use add or remove.</translation>
    </message>
    <message>
        <source>acción «%1» desconocida; use add o remove.</source>
        <translation>unknown action “%1”; use add or remove.</translation>
    </message>
    <message>
        <source>«add» requiere el nombre del feriado después de la acción.</source>
        <translation>“add” requires the name of the holiday after the action.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo de feriados «%1»: %2</source>
        <translation>Could not read the holiday file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>InternalApiEndpoints</name>
    <message>
        <source>La base de datos no responde; intente de nuevo.</source>
        <translation>The database is not responding; try again.</translation>
    </message>
    <message>
        <source>Error interno del servidor.</source>
        <translation>Internal server error.</translation>
    </message>
    <message>
        <source>La dirección %1 no está autorizada.</source>
        <translation>The address %1 is not authorized.</translation>
    </message>
    <message>
        <source>No autorizado.</source>
        <translation>Unauthorized.</translation>
    </message>
    <message>
        <source>La URL tiene %1 caracteres; el máximo es %2.</source>
        <translation>The URL has %1 characters; the maximum is %2.</translation>
    </message>
    <message>
        <source>El cuerpo tiene %1 bytes; el máximo es %2.</source>
        <translation>The body is %1 bytes long; the maximum is %2.</translation>
    </message>
    <message>
        <source>El cuerpo supera el máximo de %1 bytes.</source>
        <translation>The body exceeds the maximum of %1 bytes.</translation>
    </message>
    <message>
        <source>No existe la ruta %1.</source>
        <translation>The path %1 does not exist.</translation>
    </message>
    <message>
        <source>La ruta %1 solo acepta %2.</source>
        <translation>The path %1 only accepts %2.</translation>
    </message>
    <message>
        <source>Parámetro desconocido «%1»; se aceptan company, from y to.</source>
        <translation>Unknown parameter “%1”; accepted: company, from and to.</translation>
    </message>
    <message>
        <source>El parámetro «%1» viene repetido.</source>
        <translation>The parameter “%1” is repeated.</translation>
    </message>
    <message>
        <source>Falta «company»: el RUT de la empresa cliente.</source>
        <translation>“company” is missing: the RUT of the client company.</translation>
    </message>
    <message>
        <source>«%1» vale «%2»: debe ser una fecha AAAA-MM-DD.</source>
        <translation>“%1” is “%2”: it must be a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>«from» es posterior a «to».</source>
        <translation>“from” is later than “to”.</translation>
    </message>
    <message>
        <source>Parámetro desconocido «%1»; se aceptan date, from, to y operation.</source>
        <translation>Unknown parameter “%1”; accepted: date, from, to and operation.</translation>
    </message>
    <message>
        <source>Use «date» o bien «from» y «to», no ambos.</source>
        <translation>Use either “date” or “from” and “to”, not both.</translation>
    </message>
    <message>
        <source>Falta «%1»: el rango necesita from y to.</source>
        <translation>“%1” is missing: the range needs from and to.</translation>
    </message>
    <message>
        <source>Falta «date» (o «from» y «to») u «operation».</source>
        <translation>“date” (or “from” and “to”) or “operation” is missing.</translation>
    </message>
    <message>
        <source>El cuerpo no es un objeto JSON.</source>
        <translation>The body is not a JSON object.</translation>
    </message>
    <message>
        <source>Campo desconocido «%1»; se aceptan %2.</source>
        <translation>Unknown field “%1”; accepted: %2.</translation>
    </message>
    <message>
        <source>«%1» debe ser un texto.</source>
        <translation>“%1” must be a string.</translation>
    </message>
    <message>
        <source>Falta «document»: el XML del DTE, EnvioDTE o AEC en base64.</source>
        <translation>“document” is missing: the XML of the DTE, EnvioDTE or AEC in base64.</translation>
    </message>
    <message>
        <source>«document» no es base64 válido.</source>
        <translation>“document” is not valid base64.</translation>
    </message>
    <message>
        <source>«fileName» debe ser el nombre del archivo (1 a 200 caracteres, sin carpetas).</source>
        <translation>“fileName” must be the file&apos;s name (1 to 200 characters, without folders).</translation>
    </message>
    <message>
        <source>«folio» debe ser un entero positivo.</source>
        <translation>“folio” must be a positive integer.</translation>
    </message>
    <message>
        <source>Falta «email» o «phone»: el envío necesita el correo o el teléfono del deudor.</source>
        <translation>“email” or “phone” is missing: the dispatch needs the debtor&apos;s e-mail address or phone number.</translation>
    </message>
    <message>
        <source>«email» vale «%1»: no es una dirección de correo.</source>
        <translation>“email” is “%1”: not an e-mail address.</translation>
    </message>
    <message>
        <source>«attach» vale «%1»: use pdf o zip.</source>
        <translation>“attach” is “%1”: use pdf or zip.</translation>
    </message>
    <message>
        <source>«%1» no es un número de envío.</source>
        <translation>“%1” is not a dispatch number.</translation>
    </message>
    <message>
        <source>No existe el envío %1.</source>
        <translation>Dispatch %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>InternalApiServer</name>
    <message>
        <source>«api/listen» vale «%1»: debe ser dirección:puerto, p. ej. 127.0.0.1:8081 o [::1]:8081 (%2)</source>
        <translation>“api/listen” is “%1”: it must be address:port, e.g. 127.0.0.1:8081 or [::1]:8081 (%2)</translation>
    </message>
    <message>
        <source>La API interna no pudo escuchar en %1: %2</source>
        <translation>The internal API could not listen on %1: %2</translation>
    </message>
</context>
<context>
    <name>InternalApiSettings</name>
    <message>
        <source>«api/allow»: %1</source>
        <translation>“api/allow”: %1</translation>
    </message>
    <message>
        <source>«api/listen» necesita «delivery/secrets_dir»: la carpeta de secretos donde está el token de la API («%1»)</source>
        <translation>“api/listen” requires “delivery/secrets_dir”: the secrets folder holding the API token (“%1”)</translation>
    </message>
    <message>
        <source>«api/token_secret» está vacío: debe nombrar el secreto con el token de la API</source>
        <translation>“api/token_secret” is empty: it must name the secret holding the API token</translation>
    </message>
    <message>
        <source>«api/token_secret»: el secreto «%1» no se pudo leer: %2</source>
        <translation>“api/token_secret”: the secret “%1” could not be read: %2</translation>
    </message>
    <message>
        <source>«api/token_secret»: el token guardado en «%1» tiene %2 bytes; el mínimo es %3</source>
        <translation>“api/token_secret”: the token stored in “%1” is %2 bytes long; the minimum is %3</translation>
    </message>
    <message>
        <source>«api/tls_passphrase_file»: %1</source>
        <translation>“api/tls_passphrase_file”: %1</translation>
    </message>
    <message>
        <source>«api/tls_private_key» y «api/tls_passphrase_file» necesitan «api/tls_certificate»</source>
        <translation>“api/tls_private_key” and “api/tls_passphrase_file” require “api/tls_certificate”</translation>
    </message>
</context>
<context>
    <name>InvoiceDocumentReader</name>
    <message>
        <source>«%1», DTE %2: el timbre (TED) contiene el carácter «%3», que no existe en ISO-8859-1; el código PDF417 no puede llevarlo.</source>
        <translation>“%1”, DTE %2: the stamp (TED) contains the character “%3”, which does not exist in ISO-8859-1; the PDF417 code cannot carry it.</translation>
    </message>
</context>
<context>
    <name>InvoiceRenderer</name>
    <message>
        <source>«%1», DTE tipo %2 folio %3</source>
        <translation>“%1”, DTE type %2 folio %3</translation>
    </message>
    <message>
        <source>%1: la línea %2 del detalle es demasiado larga: no cabe en una página.</source>
        <translation>%1: detail line %2 is too long: it does not fit on one page.</translation>
    </message>
    <message>
        <source>%1: las referencias, los totales y el timbre no caben en una página (hay demasiadas referencias).</source>
        <translation>%1: the references, the totals and the stamp do not fit on one page (there are too many references).</translation>
    </message>
    <message>
        <source>%1: %2 no cabe en su lugar de la página (más de %3 líneas).</source>
        <translation>%1: %2 does not fit in its place on the page (more than %3 lines).</translation>
    </message>
    <message>
        <source>el nombre del tipo de documento</source>
        <translation>the name of the document type</translation>
    </message>
    <message>
        <source>la oficina del SII</source>
        <translation>the SII office</translation>
    </message>
    <message>
        <source>la razón social del emisor</source>
        <translation>the issuer&apos;s legal name</translation>
    </message>
    <message>
        <source>el giro del emisor</source>
        <translation>the issuer&apos;s line of business</translation>
    </message>
    <message>
        <source>la dirección del emisor</source>
        <translation>the issuer&apos;s address</translation>
    </message>
    <message>
        <source>la razón social del receptor</source>
        <translation>the recipient&apos;s legal name</translation>
    </message>
    <message>
        <source>el giro del receptor</source>
        <translation>the recipient&apos;s line of business</translation>
    </message>
    <message>
        <source>la dirección del receptor</source>
        <translation>the recipient&apos;s address</translation>
    </message>
    <message>
        <source>la comuna del receptor</source>
        <translation>the recipient&apos;s commune</translation>
    </message>
    <message>
        <source>la ciudad del receptor</source>
        <translation>the recipient&apos;s city</translation>
    </message>
    <message>
        <source>el contacto del receptor</source>
        <translation>the recipient&apos;s contact</translation>
    </message>
    <message>
        <source>la cantidad</source>
        <translation>the quantity</translation>
    </message>
    <message>
        <source>el precio unitario</source>
        <translation>the unit price</translation>
    </message>
    <message>
        <source>%1: %2 «%3» de la línea %4 del detalle no es un número.</source>
        <translation>%1: %2 “%3” on detail line %4 is not a number.</translation>
    </message>
    <message>
        <source>el DTE no tiene timbre electrónico (TED); sin él no hay representación impresa válida.</source>
        <translation>the DTE has no electronic stamp (TED); without it there is no valid printed representation.</translation>
    </message>
    <message>
        <source>el DTE no se pudo leer completo: %1</source>
        <translation>the DTE could not be read in full: %1</translation>
    </message>
    <message>
        <source>no se conoce la representación impresa del tipo de documento %1.</source>
        <translation>the printed representation of document type %1 is unknown.</translation>
    </message>
    <message>
        <source>el tipo de documento %1 no tiene copia cedible.</source>
        <translation>document type %1 has no assignable copy.</translation>
    </message>
    <message>
        <source>falta el número o la fecha de la resolución del SII del emisor %1 (ajustes invoice.resolucion_numero e invoice.resolucion_fecha).</source>
        <translation>the number or date of the SII resolution of issuer %1 is missing (settings invoice.resolucion_numero and invoice.resolucion_fecha).</translation>
    </message>
    <message>
        <source>falta la oficina del SII del emisor %1 (ajuste invoice.oficina_sii).</source>
        <translation>the SII office of issuer %1 is missing (setting invoice.oficina_sii).</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secundario</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>el color %1 «%2» no es un color #rrggbb.</source>
        <translation>the %1 color “%2” is not a #rrggbb color.</translation>
    </message>
    <message>
        <source>no se pudo leer el logo «%1» (debe ser un PNG): %2</source>
        <translation>could not read the logo “%1” (it must be a PNG): %2</translation>
    </message>
    <message>
        <source>no se pudo escribir «%1»: %2</source>
        <translation>could not write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceSettings</name>
    <message>
        <source>el ajuste %1 vale «%2»; se esperaba un color #rrggbb.</source>
        <translation>the setting %1 is “%2”; a #rrggbb color was expected.</translation>
    </message>
    <message>
        <source>el ajuste invoice.papel vale «%1»; se esperaba «carta» o «a4».</source>
        <translation>the setting invoice.papel is “%1”; “carta” or “a4” was expected.</translation>
    </message>
    <message>
        <source>el ajuste invoice.resolucion_fecha vale «%1»; se esperaba una fecha AAAA-MM-DD.</source>
        <translation>the setting invoice.resolucion_fecha is “%1”; a YYYY-MM-DD date was expected.</translation>
    </message>
</context>
<context>
    <name>IpAllowList</name>
    <message>
        <source>«%1» no es una red IPv4 o IPv6 en notación CIDR (p. ej. 200.75.7.0/24 o 2001:db8::/32)</source>
        <translation>“%1” is not an IPv4 or IPv6 network in CIDR notation (e.g. 200.75.7.0/24 or 2001:db8::/32)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>El llavero del sistema requiere una QCoreApplication</source>
        <translation>The system keychain requires a QCoreApplication</translation>
    </message>
    <message>
        <source>El llavero del sistema solo se puede usar desde el hilo principal</source>
        <translation>The system keychain can only be used from the main thread</translation>
    </message>
    <message>
        <source>llavero del sistema, servicio «%1»</source>
        <translation>system keychain, service “%1”</translation>
    </message>
    <message>
        <source>El llavero del sistema no respondió en %1 s al leer «%2»</source>
        <translation>The system keychain did not answer within %1 s when reading “%2”</translation>
    </message>
    <message>
        <source>No hay ningún secreto «%1» en el %2</source>
        <translation>There is no secret “%1” in the %2</translation>
    </message>
    <message>
        <source>No se pudo leer «%1» del %2: %3</source>
        <translation>Could not read “%1” from the %2: %3</translation>
    </message>
    <message>
        <source>El llavero del sistema no respondió en %1 s al guardar «%2»</source>
        <translation>The system keychain did not answer within %1 s when saving “%2”</translation>
    </message>
    <message>
        <source>No se pudo guardar «%1» en el %2: %3</source>
        <translation>Could not save “%1” in the %2: %3</translation>
    </message>
    <message>
        <source>El llavero del sistema no respondió en %1 s al borrar «%2»</source>
        <translation>The system keychain did not answer within %1 s when deleting “%2”</translation>
    </message>
    <message>
        <source>No se pudo borrar «%1» del %2: %3</source>
        <translation>Could not delete “%1” from the %2: %3</translation>
    </message>
    <message>
        <source>El secreto «%1» mide %2 bytes; el llavero admite hasta %3 bytes por secreto</source>
        <translation>The secret “%1” is %2 bytes long; the keychain accepts up to %3 bytes per secret</translation>
    </message>
    <message>
        <source>%1. Se borró el valor incompleto de «%2»</source>
        <translation>%1. The incomplete value of “%2” was deleted</translation>
    </message>
</context>
<context>
    <name>LibXml</name>
    <message>
        <source>Método de canonicalización no admitido: «%1».</source>
        <translation>Unsupported canonicalization method: “%1”.</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Idioma no disponible «%1»: use %2.</source>
        <translation>Language not available “%1”: use %2.</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>SMTP %1, %2: %3</source>
        <translation>SMTP %1, %2: %3</translation>
    </message>
    <message>
        <source>El correo no tiene destinatarios</source>
        <translation>The e-mail has no recipients</translation>
    </message>
    <message>
        <source>Dirección de correo no válida: «%1»</source>
        <translation>Invalid e-mail address: “%1”</translation>
    </message>
    <message>
        <source>Falta el servidor SMTP (smtp/host)</source>
        <translation>The SMTP server is missing (smtp/host)</translation>
    </message>
    <message>
        <source>SMTP %1: no se envía una contraseña sin TLS; use smtp/tls=starttls o implicit</source>
        <translation>SMTP %1: a password is never sent without TLS; use smtp/tls=starttls or implicit</translation>
    </message>
    <message>
        <source>conexión</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>autenticación</source>
        <translation>authentication</translation>
    </message>
    <message>
        <source>remitente (MAIL FROM)</source>
        <translation>sender (MAIL FROM)</translation>
    </message>
    <message>
        <source>envío del mensaje (DATA)</source>
        <translation>message transfer (DATA)</translation>
    </message>
    <message>
        <source>el servidor no ofrece STARTTLS y la configuración lo exige; no se envió nada</source>
        <translation>the server does not offer STARTTLS and the configuration requires it; nothing was sent</translation>
    </message>
    <message>
        <source>el servidor rechazó STARTTLS (%1); no se envió nada</source>
        <translation>the server rejected STARTTLS (%1); nothing was sent</translation>
    </message>
    <message>
        <source>el servidor no ofrece AUTH PLAIN ni AUTH LOGIN</source>
        <translation>the server offers neither AUTH PLAIN nor AUTH LOGIN</translation>
    </message>
    <message>
        <source>el servidor rechazó al usuario %1 (%2)</source>
        <translation>the server rejected the user %1 (%2)</translation>
    </message>
    <message>
        <source>destinatario %1 (RCPT TO)</source>
        <translation>recipient %1 (RCPT TO)</translation>
    </message>
    <message>
        <source>sin respuesta en %1 s</source>
        <translation>no response within %1 s</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>La base de datos tiene el esquema versión %1, más nuevo que el que conoce este programa (%2). Actualice Factora antes de usarla.</source>
        <translation>The database has schema version %1, newer than the one this program knows (%2). Update Factora before using it.</translation>
    </message>
    <message>
        <source>La migración %1 (%2) falló: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>La base de datos está en la versión %1 del esquema y este programa necesita la %2: ejecute «factora-cli db migrate».</source>
        <translation>The database is at schema version %1 and this program needs version %2: run “factora-cli db migrate”.</translation>
    </message>
    <message>
        <source>La migración %1 (%2) aplicada en la base de datos no coincide con la de este programa.</source>
        <translation>Migration %1 (%2) as applied to the database differs from this program&apos;s.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Monto «%1»: %2</source>
        <translation>Amount “%1”: %2</translation>
    </message>
    <message>
        <source>excede el rango de montos representable (±9.223.372.036.854.775.807 pesos)</source>
        <translation>exceeds the range of representable amounts (±9,223,372,036,854,775,807 pesos)</translation>
    </message>
    <message>
        <source>El monto está vacío</source>
        <translation>The amount is empty</translation>
    </message>
    <message>
        <source>no se admiten espacios dentro del monto</source>
        <translation>spaces are not allowed inside the amount</translation>
    </message>
    <message>
        <source>no se admiten separadores de miles ni coma decimal; escriba p. ej. 141418.79</source>
        <translation>thousands separators and decimal commas are not allowed; write e.g. 141418.79</translation>
    </message>
    <message>
        <source>no se admite notación con exponente</source>
        <translation>exponent notation is not allowed</translation>
    </message>
    <message>
        <source>solo se admite un signo «-» al comienzo</source>
        <translation>only one “-” sign is allowed, at the start</translation>
    </message>
    <message>
        <source>Monto «%1»: el carácter «%2» no se admite; solo dígitos, un punto decimal y un «-» inicial</source>
        <translation>Amount “%1”: the character “%2” is not allowed; only digits, one decimal point and a leading “-”</translation>
    </message>
    <message>
        <source>no tiene dígitos</source>
        <translation>has no digits</translation>
    </message>
    <message>
        <source>faltan dígitos antes del punto</source>
        <translation>digits are missing before the point</translation>
    </message>
    <message>
        <source>faltan decimales después del punto</source>
        <translation>decimals are missing after the point</translation>
    </message>
    <message>
        <source>tiene más de dos decimales</source>
        <translation>has more than two decimals</translation>
    </message>
    <message>
        <source>%1 tiene centavos; los montos en pesos son enteros</source>
        <translation>%1 has cents; amounts in pesos are whole numbers</translation>
    </message>
    <message>
        <source>La suma de %1 y %2 excede el rango de montos representable</source>
        <translation>The sum of %1 and %2 exceeds the range of representable amounts</translation>
    </message>
    <message>
        <source>La resta de %1 menos %2 excede el rango de montos representable</source>
        <translation>%1 minus %2 exceeds the range of representable amounts</translation>
    </message>
    <message numerus="yes">
        <source>La suma de %n montos excede el rango de montos representable</source>
        <translation>
            <numerusform>The sum of %n amount exceeds the range of representable amounts</numerusform>
            <numerusform>The sum of %n amounts exceeds the range of representable amounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenSsl</name>
    <message>
        <source>No se pudo cargar el proveedor «legacy» de OpenSSL, necesario para archivos PKCS#12 con cifrado antiguo (RC2): %1</source>
        <translation>Could not load OpenSSL&apos;s “legacy” provider, needed for PKCS#12 files with old encryption (RC2): %1</translation>
    </message>
</context>
<context>
    <name>OperationApproveCommand</name>
    <message>
        <source>Da el visto bueno a los DTE ofrecidos en una operación.</source>
        <translation>Approves the DTEs offered in an operation.</translation>
    </message>
    <message>
        <source>Número de la operación.</source>
        <translation>Number of the operation.</translation>
    </message>
    <message>
        <source>Solo estos DTE (id, separados por comas); sin la opción, todos los ofrecidos.</source>
        <translation>Only these DTEs (ids, comma-separated); without the option, all those offered.</translation>
    </message>
    <message>
        <source>falta --operation NUMERO.</source>
        <translation>--operation NUMBER is missing.</translation>
    </message>
    <message>
        <source>--dte-ids: «%1» no es un id.</source>
        <translation>--dte-ids: “%1” is not an id.</translation>
    </message>
    <message>
        <source>La operación %1 no tiene DTE ofrecidos por decidir.</source>
        <translation>Operation %1 has no offered DTEs awaiting a decision.</translation>
    </message>
    <message>
        <source>DTE %1 (tipo %2, folio %3, deudor %4): %5</source>
        <translation>DTE %1 (type %2, folio %3, debtor %4): %5</translation>
    </message>
</context>
<context>
    <name>OperationDteStates</name>
    <message>
        <source>Pendiente de VºBº</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>OperationEvent</name>
    <message>
        <source>Operación creada</source>
        <translation>Operation created</translation>
    </message>
    <message>
        <source>DTE %1 ofrecido al factoring</source>
        <translation>DTE %1 offered to the factoring company</translation>
    </message>
    <message>
        <source>DTE %1 aprobado (VºBº)</source>
        <translation>DTE %1 approved</translation>
    </message>
    <message>
        <source>DTE %1 rechazado: %2</source>
        <translation>DTE %1 rejected: %2</translation>
    </message>
    <message>
        <source>Número cambiado de %1 a %2</source>
        <translation>Number changed from %1 to %2</translation>
    </message>
    <message>
        <source>Operación cerrada: todos sus DTE tienen decisión</source>
        <translation>Operation closed: all its DTEs have a decision</translation>
    </message>
</context>
<context>
    <name>OperationListCommand</name>
    <message>
        <source>Lista las operaciones, la más reciente primero.</source>
        <translation>Lists the operations, most recent first.</translation>
    </message>
    <message>
        <source>No hay operaciones.</source>
        <translation>There are no operations.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4; %5 ofrecidos, %6 aprobados, %7 rechazados</source>
        <translation>%1  %2 (%3): %4; %5 offered, %6 approved, %7 rejected</translation>
    </message>
</context>
<context>
    <name>OperationOfferCommand</name>
    <message>
        <source>Ofrece DTE de un cliente al factoring en una operación nueva (visto bueno pendiente).</source>
        <translation>Offers a client&apos;s DTEs to the factoring company in a new operation (pending approval).</translation>
    </message>
    <message>
        <source>RUT de la empresa cliente (cedente).</source>
        <translation>RUT of the client company (assignor).</translation>
    </message>
    <message>
        <source>Los DTE con estos id, separados por comas.</source>
        <translation>The DTEs with these ids, comma-separated.</translation>
    </message>
    <message>
        <source>Todos los DTE de la empresa que se pueden ofrecer.</source>
        <translation>All of the company&apos;s DTEs that can be offered.</translation>
    </message>
    <message>
        <source>falta --company RUT.</source>
        <translation>--company RUT is missing.</translation>
    </message>
    <message>
        <source>use --dte-ids o --all (uno de los dos).</source>
        <translation>use --dte-ids or --all (one of the two).</translation>
    </message>
    <message>
        <source>--company: %1</source>
        <translation>--company: %1</translation>
    </message>
    <message>
        <source>--dte-ids: «%1» no es un id.</source>
        <translation>--dte-ids: “%1” is not an id.</translation>
    </message>
    <message>
        <source>%1 (%2) no tiene DTE que se puedan ofrecer.</source>
        <translation>%1 (%2) has no DTEs that can be offered.</translation>
    </message>
    <message>
        <source>Operación %1 de %2: %3 DTE ofrecidos.</source>
        <translation>Operation %1 of %2: %3 DTEs offered.</translation>
    </message>
</context>
<context>
    <name>OperationRepository</name>
    <message>
        <source>Ya existe otra operación con el número %1; elija otro número.</source>
        <translation>Another operation already has number %1; choose another number.</translation>
    </message>
    <message>
        <source>No existe la operación con id %1.</source>
        <translation>The operation with id %1 does not exist.</translation>
    </message>
    <message>
        <source>El evento %1 de operación tiene un tipo desconocido: «%2».</source>
        <translation>Operation event %1 has an unknown type: “%2”.</translation>
    </message>
</context>
<context>
    <name>OperationService</name>
    <message>
        <source>tipo %1 folio %2 de %3</source>
        <translation>type %1 folio %2 of %3</translation>
    </message>
    <message>
        <source>cargado</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>ofrecido, pendiente de VºBº</source>
        <translation>offered, pending approval</translation>
    </message>
    <message>
        <source>aprobado</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rechazado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>cedido</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>No existe el DTE con id %1.</source>
        <translation>The DTE with id %1 does not exist.</translation>
    </message>
    <message>
        <source>No existe la operación con id %1.</source>
        <translation>The operation with id %1 does not exist.</translation>
    </message>
    <message>
        <source>No se indicó ningún DTE.</source>
        <translation>No DTE was given.</translation>
    </message>
    <message>
        <source>La operación %1 es de %2, no de la empresa elegida; ofrezca los DTE en una operación de esa empresa.</source>
        <translation>Operation %1 belongs to %2, not to the chosen company; offer the DTEs in an operation of that company.</translation>
    </message>
    <message>
        <source>La operación %1 ya está cerrada (todos sus DTE tienen decisión); ofrezca los DTE en una operación nueva.</source>
        <translation>Operation %1 is already closed (all its DTEs have a decision); offer the DTEs in a new operation.</translation>
    </message>
    <message>
        <source>El DTE %1 no es de la empresa de la operación %2; solo se ofrecen DTE emitidos por esa empresa.</source>
        <translation>DTE %1 does not belong to the company of operation %2; only DTEs issued by that company can be offered.</translation>
    </message>
    <message>
        <source>El DTE %1 está %2; solo se pueden ofrecer DTE cargados o rechazados.</source>
        <translation>DTE %1 is %2; only loaded or rejected DTEs can be offered.</translation>
    </message>
    <message>
        <source>Otro usuario cambió el DTE %1 al mismo tiempo; actualice la lista y vuelva a intentarlo.</source>
        <translation>Another user changed DTE %1 at the same time; refresh the list and try again.</translation>
    </message>
    <message>
        <source>El DTE %1 ya está ofrecido o aprobado en otra operación.</source>
        <translation>DTE %1 is already offered or approved in another operation.</translation>
    </message>
    <message>
        <source>Indique el motivo del rechazo; el cedente lo verá junto al DTE.</source>
        <translation>Give the reason for the rejection; the assignor will see it next to the DTE.</translation>
    </message>
    <message>
        <source>El DTE %1 no está pendiente de VºBº: está %2. Actualice la lista; no se registró ninguna decisión.</source>
        <translation>DTE %1 is not pending approval: it is %2. Refresh the list; no decision was recorded.</translation>
    </message>
    <message>
        <source>El número de operación «%1» no es válido: use de 1 a 30 letras, dígitos, «-», «/», «.» o «_», comenzando por letra o dígito.</source>
        <translation>The operation number “%1” is not valid: use 1 to 30 letters, digits, “-”, “/”, “.” or “_”, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>No existe la operación número %1.</source>
        <translation>Operation number %1 does not exist.</translation>
    </message>
    <message>
        <source>Indique el folio de la factura, el RUT del emisor o ambos.</source>
        <translation>Give the invoice&apos;s folio, the issuer&apos;s RUT or both.</translation>
    </message>
    <message>
        <source>El folio %1 no es válido: debe ser mayor que cero.</source>
        <translation>Folio %1 is not valid: it must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>OperationStates</name>
    <message>
        <source>Abierta</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>OperationsLoader</name>
    <message numerus="yes">
        <source>%n DTE ofrecido(s) al factoring en la operación %1.</source>
        <translation>
            <numerusform>%n DTE offered to the factoring company in operation %1.</numerusform>
            <numerusform>%n DTEs offered to the factoring company in operation %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DTE aprobado(s).</source>
        <translation>
            <numerusform>%n DTE approved.</numerusform>
            <numerusform>%n DTEs approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DTE rechazado(s).</source>
        <translation>
            <numerusform>%n DTE rejected.</numerusform>
            <numerusform>%n DTEs rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>La operación ahora tiene el número %1.</source>
        <translation>The operation now has number %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>No se pudo generar sal aleatoria.</source>
        <translation>Could not generate a random salt.</translation>
    </message>
    <message>
        <source>No se pudo derivar la clave.</source>
        <translation>Could not derive the key.</translation>
    </message>
    <message>
        <source>La contraseña debe tener al menos 10 caracteres.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>La contraseña no puede ser solo espacios.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <source>La contraseña no puede ser igual al nombre de usuario.</source>
        <translation>The password cannot be the same as the user name.</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>No se pudo leer el archivo de contraseña %1: %2</source>
        <translation>Could not read the password file %1: %2</translation>
    </message>
    <message>
        <source>No hay terminal para pedir la contraseña: use --password-file ARCHIVO (o - para la entrada estándar).</source>
        <translation>There is no terminal to ask for the password: use --password-file FILE (or - for standard input).</translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PaymentNotification</name>
    <message>
        <source>Falta la llave «%1».</source>
        <translation>The key “%1” is missing.</translation>
    </message>
    <message>
        <source>La llave «%1» debe ser texto (String).</source>
        <translation>The key “%1” must be text (String).</translation>
    </message>
    <message>
        <source>La llave «%1» tiene %2 caracteres; el máximo es %3.</source>
        <translation>The key “%1” has %2 characters; the maximum is %3.</translation>
    </message>
    <message>
        <source>La llave «%1» está vacía.</source>
        <translation>The key “%1” is empty.</translation>
    </message>
    <message>
        <source>%1 debe ser un número entero (Int).</source>
        <translation>%1 must be an integer (Int).</translation>
    </message>
    <message>
        <source>%1 debe ser un número entero no negativo.</source>
        <translation>%1 must be a non-negative integer.</translation>
    </message>
    <message>
        <source>El mensaje tiene %1 bytes; el máximo es %2.</source>
        <translation>The message is %1 bytes long; the maximum is %2.</translation>
    </message>
    <message>
        <source>El mensaje no es JSON válido (posición %1): %2.</source>
        <translation>The message is not valid JSON (position %1): %2.</translation>
    </message>
    <message>
        <source>El mensaje debe ser un objeto JSON.</source>
        <translation>The message must be a JSON object.</translation>
    </message>
    <message>
        <source>rut_cliente «%1»: %2</source>
        <translation>rut_cliente “%1”: %2</translation>
    </message>
    <message>
        <source>fecha-pago: %1</source>
        <translation>fecha-pago: %1</translation>
    </message>
    <message>
        <source>total «%1»: %2</source>
        <translation>total “%1”: %2</translation>
    </message>
    <message>
        <source>vencimiento «%1» no es una fecha AAAA-MM-DD.</source>
        <translation>vencimiento “%1” is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>facturas_pagar tiene más de 10 dígitos.</source>
        <translation>facturas_pagar has more than 10 digits.</translation>
    </message>
    <message>
        <source>La llave «id_facturas» debe ser un arreglo (Array).</source>
        <translation>The key “id_facturas” must be an array (Array).</translation>
    </message>
    <message>
        <source>id_facturas[%1]</source>
        <translation>id_facturas[%1]</translation>
    </message>
    <message>
        <source>id_facturas[%1] debe ser mayor que cero.</source>
        <translation>id_facturas[%1] must be greater than zero.</translation>
    </message>
    <message>
        <source>id_facturas repite la factura %1.</source>
        <translation>id_facturas repeats the invoice %1.</translation>
    </message>
    <message>
        <source>facturas_pagar es %1 pero id_facturas tiene %2.</source>
        <translation>facturas_pagar is %1 but id_facturas has %2.</translation>
    </message>
</context>
<context>
    <name>Pdf417Symbol</name>
    <message>
        <source>no hay datos que codificar en el código PDF417.</source>
        <translation>there is no data to encode in the PDF417 code.</translation>
    </message>
    <message>
        <source>no se pudo codificar el código PDF417 (%1 bytes): %2</source>
        <translation>could not encode the PDF417 code (%1 bytes): %2</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <source>El archivo PKCS#12 está vacío</source>
        <translation>The PKCS#12 file is empty</translation>
    </message>
    <message>
        <source>La contraseña del archivo PKCS#12 contiene un carácter nulo</source>
        <translation>The password of the PKCS#12 file contains a null character</translation>
    </message>
    <message>
        <source>Los datos no son un archivo PKCS#12 (.pfx/.p12) o el archivo está dañado</source>
        <translation>The data is not a PKCS#12 file (.pfx/.p12) or the file is damaged</translation>
    </message>
    <message>
        <source>La contraseña del archivo PKCS#12 es incorrecta (o el archivo fue modificado)</source>
        <translation>The password of the PKCS#12 file is wrong (or the file was modified)</translation>
    </message>
    <message>
        <source>No se pudo descifrar el archivo PKCS#12: %1</source>
        <translation>Could not decrypt the PKCS#12 file: %1</translation>
    </message>
    <message>
        <source>El archivo PKCS#12 no contiene una clave privada</source>
        <translation>The PKCS#12 file does not contain a private key</translation>
    </message>
    <message>
        <source>El archivo PKCS#12 no contiene el certificado de su clave privada</source>
        <translation>The PKCS#12 file does not contain the certificate of its private key</translation>
    </message>
    <message>
        <source>La clave privada del archivo PKCS#12 no corresponde a su certificado</source>
        <translation>The private key of the PKCS#12 file does not match its certificate</translation>
    </message>
    <message>
        <source>El certificado «%1» aún no es válido: rige desde el %2 hasta el %3 y ahora es %4</source>
        <translation>The certificate “%1” is not valid yet: it is valid from %2 to %3 and it is now %4</translation>
    </message>
    <message>
        <source>El certificado «%1» venció el %2 (rigió desde el %3); ahora es %4</source>
        <translation>The certificate “%1” expired on %2 (valid from %3); it is now %4</translation>
    </message>
    <message>
        <source>El certificado «%1» tiene una clave %2; la firma electrónica del SII exige RSA</source>
        <translation>The certificate “%1” has a %2 key; the SII&apos;s electronic signature requires RSA</translation>
    </message>
    <message>
        <source>El certificado «%1» no permite firmar: su KeyUsage no incluye digitalSignature ni nonRepudiation</source>
        <translation>The certificate “%1” does not allow signing: its KeyUsage includes neither digitalSignature nor nonRepudiation</translation>
    </message>
    <message>
        <source>La clave del certificado «%1» no es RSA</source>
        <translation>The key of the certificate “%1” is not RSA</translation>
    </message>
    <message>
        <source>No se pudo firmar: %1</source>
        <translation>Could not sign: %1</translation>
    </message>
    <message>
        <source>Se necesita una contraseña para cifrar el archivo PKCS#12</source>
        <translation>A password is needed to encrypt the PKCS#12 file</translation>
    </message>
    <message>
        <source>El número de iteraciones debe ser positivo</source>
        <translation>The number of iterations must be positive</translation>
    </message>
    <message>
        <source>No se pudo crear el archivo PKCS#12: %1</source>
        <translation>Could not create the PKCS#12 file: %1</translation>
    </message>
    <message>
        <source>No se pudo codificar el archivo PKCS#12: %1</source>
        <translation>Could not encode the PKCS#12 file: %1</translation>
    </message>
</context>
<context>
    <name>ReceivableRepository</name>
    <message>
        <source>La factura por cobrar %1 no existe o cambió de estado mientras se actualizaba.</source>
        <translation>The receivable invoice %1 does not exist or changed state while it was being updated.</translation>
    </message>
</context>
<context>
    <name>ReconciliationResolutionItem</name>
    <message>
        <source>Cuadra</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Aplicado desde el banco</source>
        <translation>Applied from the bank</translation>
    </message>
    <message>
        <source>Pagado en el banco, no notificado</source>
        <translation>Paid at the bank, not notified</translation>
    </message>
    <message>
        <source>Falta en el archivo del banco</source>
        <translation>Missing from the bank file</translation>
    </message>
    <message>
        <source>Difiere</source>
        <translation>Differs</translation>
    </message>
</context>
<context>
    <name>ReconciliationResolutionService</name>
    <message>
        <source>Escriba el motivo por el que la diferencia queda resuelta.</source>
        <translation>Write the reason why the difference is resolved.</translation>
    </message>
    <message>
        <source>El motivo tiene %1 caracteres; el máximo es %2.</source>
        <translation>The reason has %1 characters; the maximum is %2.</translation>
    </message>
    <message>
        <source>La diferencia %1 ya no existe: la conciliación de su fecha se volvió a hacer. Actualice la vista.</source>
        <translation>Difference %1 no longer exists: the reconciliation of its date was redone. Refresh the view.</translation>
    </message>
    <message>
        <source>La boleta %1 de la transacción %2 (%3) cuadra con el banco: no hay diferencia que resolver.</source>
        <translation>Invoice %1 of transaction %2 (%3) matches the bank: there is no difference to resolve.</translation>
    </message>
    <message>
        <source>La diferencia de la boleta %1 de la transacción %2 (%3) ya fue resuelta por %4 el %5.</source>
        <translation>The difference of invoice %1 of transaction %2 (%3) was already resolved by %4 on %5.</translation>
    </message>
    <message>
        <source>otra persona</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>RendicionEncoding</name>
    <message>
        <source>codificación desconocida «%1» (use latin1, windows-1252 o utf-8)</source>
        <translation>unknown encoding “%1” (use latin1, windows-1252 or utf-8)</translation>
    </message>
    <message>
        <source>byte %1 (0x%2) no existe en windows-1252</source>
        <translation>byte %1 (0x%2) does not exist in windows-1252</translation>
    </message>
    <message>
        <source>el archivo no es UTF-8 válido</source>
        <translation>the file is not valid UTF-8</translation>
    </message>
</context>
<context>
    <name>RendicionFieldCodec</name>
    <message>
        <source>«%1» tiene %2 caracteres y el campo admite %3</source>
        <translation>“%1” has %2 characters and the field allows %3</translation>
    </message>
    <message>
        <source>«%1» no es un valor %2 (carácter «%3»)</source>
        <translation>“%1” is not a %2 value (character “%3”)</translation>
    </message>
    <message>
        <source>«%1»: el carácter «%2» no existe en la codificación %3</source>
        <translation>“%1”: the character “%2” does not exist in the encoding %3</translation>
    </message>
    <message>
        <source>el relleno debe ser solo «%1» y contiene «%2»</source>
        <translation>the padding must be only “%1” and it contains “%2”</translation>
    </message>
    <message>
        <source>«%1» no es una fecha válida con la máscara %2</source>
        <translation>“%1” is not a valid date with the mask %2</translation>
    </message>
    <message>
        <source>«%1» no es una hora válida con la máscara %2</source>
        <translation>“%1” is not a valid time with the mask %2</translation>
    </message>
    <message>
        <source>el número está vacío</source>
        <translation>the number is empty</translation>
    </message>
    <message>
        <source>«%1» no es un número %2</source>
        <translation>“%1” is not a %2 number</translation>
    </message>
    <message>
        <source>«%1» no es un valor %2</source>
        <translation>“%1” is not a %2 value</translation>
    </message>
    <message>
        <source>se esperaba «%1» y dice «%2»</source>
        <translation>“%1” was expected and it reads “%2”</translation>
    </message>
</context>
<context>
    <name>RendicionGenerateCommand</name>
    <message>
        <source>Fecha contable, AAAA-MM-DD.</source>
        <translation>Accounting date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Canal: CV (Caja Vecina) o IN (Internet).</source>
        <translation>Channel: CV (Caja Vecina) or IN (Internet).</translation>
    </message>
    <message>
        <source>Archivo a escribir, o carpeta donde escribirlo con el nombre del diseño.</source>
        <translation>File to write, or folder to write it in under the layout&apos;s file name.</translation>
    </message>
    <message>
        <source>Genera el archivo de rendición de una fecha contable y un canal.</source>
        <translation>Generates the settlement file of an accounting date and a channel.</translation>
    </message>
    <message>
        <source>argumento de más: %1</source>
        <translation>extra argument: %1</translation>
    </message>
    <message>
        <source>faltan --date, --channel y --out</source>
        <translation>--date, --channel and --out are missing</translation>
    </message>
    <message>
        <source>--date «%1» no es una fecha AAAA-MM-DD</source>
        <translation>--date “%1” is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>Rendición %1 (%2, canal %3): %4 boletas de %5 transacciones, total %6; SHA-256 %7.</source>
        <translation>Settlement file %1 (%2, channel %3): %4 invoices from %5 transactions, total %6; SHA-256 %7.</translation>
    </message>
</context>
<context>
    <name>RendicionGenerator</name>
    <message>
        <source>no se puede escribir %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>canal desconocido «%1» (use CV o IN)</source>
        <translation>unknown channel “%1” (use CV or IN)</translation>
    </message>
    <message>
        <source>falta rendicion/convenio_%1: el nombre de archivo lo usa</source>
        <translation>rendicion/convenio_%1 is missing: the file name uses it</translation>
    </message>
    <message>
        <source>la fecha contable no es válida</source>
        <translation>the accounting date is not valid</translation>
    </message>
    <message>
        <source>falta rendicion/company_rut: el diseño %1 lleva el RUT de la empresa</source>
        <translation>rendicion/company_rut is missing: the layout %1 carries the company&apos;s RUT</translation>
    </message>
    <message>
        <source>falta rendicion/convenio_%1: el diseño %2 lleva el convenio</source>
        <translation>rendicion/convenio_%1 is missing: the layout %2 carries the agreement number</translation>
    </message>
    <message>
        <source>no se pueden leer los pagos: %1</source>
        <translation>cannot read the payments: %1</translation>
    </message>
    <message>
        <source>%1 (transacción %2)</source>
        <translation>%1 (transaction %2)</translation>
    </message>
    <message>
        <source>los pagos del %1 cambiaron durante la generación; reintente</source>
        <translation>the payments of %1 changed during generation; try again</translation>
    </message>
    <message>
        <source>la rendición %1 de la fecha contable %2 ya se generó (archivo %3, %4, por %5): hay una sola por fecha y canal; para enviarla otra vez use Reenviar en Cobranzas</source>
        <translation>settlement file %1 for accounting date %2 was already generated (file %3, %4, by %5): there is only one per date and channel; to send it again use Resend in Collections</translation>
    </message>
    <message>
        <source>otro proceso registró la rendición %1 de la fecha contable %2 mientras se generaba</source>
        <translation>another process recorded settlement file %1 for accounting date %2 while it was being generated</translation>
    </message>
</context>
<context>
    <name>RendicionLayout</name>
    <message>
        <source>Diseño %1, línea %2: %3</source>
        <translation>Layout %1, line %2: %3</translation>
    </message>
    <message>
        <source>Diseño %1: %2</source>
        <translation>Layout %1: %2</translation>
    </message>
    <message>
        <source>no se puede leer el diseño %1: %2</source>
        <translation>cannot read the layout %1: %2</translation>
    </message>
    <message>
        <source>el archivo no es UTF-8 válido</source>
        <translation>the file is not valid UTF-8</translation>
    </message>
    <message>
        <source>«%1» debe ir antes del primer registro</source>
        <translation>“%1” must come before the first record</translation>
    </message>
    <message>
        <source>«%1» lleva exactamente un valor</source>
        <translation>“%1” takes exactly one value</translation>
    </message>
    <message>
        <source>«%1» está repetido</source>
        <translation>“%1” is repeated</translation>
    </message>
    <message>
        <source>el largo de registro «%1» debe ser un entero entre 1 y 4096</source>
        <translation>the record length “%1” must be an integer between 1 and 4096</translation>
    </message>
    <message>
        <source>fin de línea «%1» desconocido (use crlf o lf)</source>
        <translation>unknown line ending “%1” (use crlf or lf)</translation>
    </message>
    <message>
        <source>nombre de archivo «%1» inválido: letras, dígitos, «.», «_», «-» y {channel}, {convenio}, {date:MÁSCARA}</source>
        <translation>invalid file name “%1”: letters, digits, “.”, “_”, “-” and {channel}, {convenio}, {date:MASK}</translation>
    </message>
    <message>
        <source>máscara de fecha «%1» inválida en el nombre de archivo</source>
        <translation>invalid date mask “%1” in the file name</translation>
    </message>
    <message>
        <source>control-record debe ser yes o no, no «%1»</source>
        <translation>control-record must be yes or no, not “%1”</translation>
    </message>
    <message>
        <source>el registro «%1» lleva exactamente un código</source>
        <translation>the record “%1” takes exactly one code</translation>
    </message>
    <message>
        <source>el registro «%1» ya fue definido en la línea %2</source>
        <translation>the record “%1” was already defined on line %2</translation>
    </message>
    <message>
        <source>el código «%1» ya es del registro de la línea %2</source>
        <translation>the code “%1” already belongs to the record on line %2</translation>
    </message>
    <message>
        <source>«%1» no es una directiva ni un registro (header, detail, control)</source>
        <translation>“%1” is neither a directive nor a record (header, detail, control)</translation>
    </message>
    <message>
        <source>un campo se escribe «dato Tipo largo notación» o «dato Fecha MÁSCARA»</source>
        <translation>a field is written “datum Type width notation” or “datum Fecha MASK”</translation>
    </message>
    <message>
        <source>no puede haber campos después de uno de largo «*»</source>
        <translation>there can be no fields after one of width “*”</translation>
    </message>
    <message>
        <source>const: sin valor</source>
        <translation>const: no value</translation>
    </message>
    <message>
        <source>el dato «%1» no existe en un registro de %2</source>
        <translation>the datum “%1” does not exist in a %2 record</translation>
    </message>
    <message>
        <source>dato desconocido «%1»</source>
        <translation>unknown datum “%1”</translation>
    </message>
    <message>
        <source>el dato «%1» ya está en este registro</source>
        <translation>the datum “%1” is already in this record</translation>
    </message>
    <message>
        <source>tipo desconocido «%1» (Alfa, Char, Num, Fecha, Hhmmss)</source>
        <translation>unknown type “%1” (Alfa, Char, Num, Fecha, Hhmmss)</translation>
    </message>
    <message>
        <source>el dato «%1» no puede ser de tipo %2</source>
        <translation>the datum “%1” cannot be of type %2</translation>
    </message>
    <message>
        <source>un campo %1 lleva solo su máscara</source>
        <translation>a %1 field takes only its mask</translation>
    </message>
    <message>
        <source>máscara %1 inválida «%2»</source>
        <translation>invalid %1 mask “%2”</translation>
    </message>
    <message>
        <source>falta la notación del campo (_*, 0*, *_; _ o 0 para filler)</source>
        <translation>the field&apos;s notation is missing (_*, 0*, *_; _ or 0 for filler)</translation>
    </message>
    <message>
        <source>solo filler puede tener largo «*»</source>
        <translation>only filler can have width “*”</translation>
    </message>
    <message>
        <source>largo «%1» inválido: un entero desde 1 o «*»</source>
        <translation>invalid width “%1”: an integer from 1 up, or “*”</translation>
    </message>
    <message>
        <source>el relleno se escribe «_» (espacios) o «0» (ceros), no «%1»</source>
        <translation>padding is written “_” (spaces) or “0” (zeros), not “%1”</translation>
    </message>
    <message>
        <source>el relleno con ceros (0*) es solo para campos Num</source>
        <translation>zero padding (0*) is only for Num fields</translation>
    </message>
    <message>
        <source>notación «%1» desconocida (use _*, 0* o *_)</source>
        <translation>unknown notation “%1” (use _*, 0* or *_)</translation>
    </message>
    <message>
        <source>falta record-length</source>
        <translation>record-length is missing</translation>
    </message>
    <message>
        <source>falta file-name</source>
        <translation>file-name is missing</translation>
    </message>
    <message>
        <source>el registro no tiene campos</source>
        <translation>the record has no fields</translation>
    </message>
    <message>
        <source>los campos anteriores ya ocupan %1 de %2 posiciones: no queda lugar para el relleno</source>
        <translation>the preceding fields already take %1 of %2 positions: there is no room left for the filler</translation>
    </message>
    <message>
        <source>los campos del registro %1 suman %2 posiciones y el registro mide %3</source>
        <translation>the fields of record %1 add up to %2 positions and the record is %3 long</translation>
    </message>
    <message>
        <source>el registro no tiene campo record_type</source>
        <translation>the record has no record_type field</translation>
    </message>
    <message>
        <source>el código del registro no cabe en su campo record_type: %1</source>
        <translation>the record&apos;s code does not fit in its record_type field: %1</translation>
    </message>
    <message>
        <source>faltan los registros header y detail</source>
        <translation>the header and detail records are missing</translation>
    </message>
    <message>
        <source>control-record yes exige definir el registro control</source>
        <translation>control-record yes requires the control record to be defined</translation>
    </message>
</context>
<context>
    <name>RendicionParser</name>
    <message>
        <source>Línea %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Línea %1 (%2), campo «%3» (posiciones %4–%5): %6</source>
        <translation>Line %1 (%2), field “%3” (positions %4–%5): %6</translation>
    </message>
    <message>
        <source>«%1» es demasiado grande</source>
        <translation>“%1” is too large</translation>
    </message>
    <message>
        <source>canal «%1» desconocido (CV o IN)</source>
        <translation>unknown channel “%1” (CV or IN)</translation>
    </message>
    <message>
        <source>el archivo está vacío</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>mide %1 caracteres y el registro mide %2</source>
        <translation>it is %1 characters long and the record is %2</translation>
    </message>
    <message>
        <source>la primera línea debe ser el encabezado (tipo de registro %1)</source>
        <translation>the first line must be the header (record type %1)</translation>
    </message>
    <message>
        <source>el encabezado del diseño debe tener accounting_date y channel</source>
        <translation>the layout&apos;s header must have accounting_date and channel</translation>
    </message>
    <message>
        <source>registro de encabezado o control fuera de lugar</source>
        <translation>header or control record out of place</translation>
    </message>
    <message>
        <source>tipo de registro desconocido (se esperaba el detalle %1)</source>
        <translation>unknown record type (detail %1 was expected)</translation>
    </message>
    <message>
        <source>%1 difiere de la fecha contable del encabezado (%2)</source>
        <translation>%1 differs from the header&apos;s accounting date (%2)</translation>
    </message>
    <message>
        <source>«%1» difiere del canal del encabezado (%2)</source>
        <translation>“%1” differs from the header&apos;s channel (%2)</translation>
    </message>
    <message>
        <source>el detalle del diseño debe tener transaction, invoice y amount</source>
        <translation>the layout&apos;s detail must have transaction, invoice and amount</translation>
    </message>
    <message>
        <source>la transacción está vacía</source>
        <translation>the transaction is empty</translation>
    </message>
    <message>
        <source>la boleta %1 de la transacción %2 ya está en la línea %3</source>
        <translation>invoice %1 of transaction %2 is already on line %3</translation>
    </message>
    <message>
        <source>la transacción %1 tiene más de %2 boletas</source>
        <translation>transaction %1 has more than %2 invoices</translation>
    </message>
    <message>
        <source>el total excede el máximo</source>
        <translation>the total exceeds the maximum</translation>
    </message>
    <message>
        <source>dice %1 boletas y la transacción %2 tiene %3 en el archivo</source>
        <translation>it states %1 invoices and transaction %2 has %3 in the file</translation>
    </message>
    <message>
        <source>declara %1 registros de detalle y el archivo tiene %2</source>
        <translation>it declares %1 detail records and the file has %2</translation>
    </message>
    <message>
        <source>declara un total de %1 y los detalles suman %2</source>
        <translation>it declares a total of %1 and the details add up to %2</translation>
    </message>
</context>
<context>
    <name>RendicionReconcileCommand</name>
    <message>
        <source>Importa la rendición del banco y la concilia con las notificaciones de pago.</source>
        <translation>Imports the bank&apos;s settlement file and reconciles it with the payment notifications.</translation>
    </message>
    <message>
        <source>Rendición del banco, en el diseño configurado.</source>
        <translation>The bank&apos;s settlement file, in the configured layout.</translation>
    </message>
    <message>
        <source>falta el archivo de rendición (uno solo).</source>
        <translation>the settlement file is missing (exactly one).</translation>
    </message>
    <message>
        <source>no se puede leer %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Rendición %1: fecha contable %2, canal %3, %4 registros (%5 nuevos), total %6%7.</source>
        <translation>Settlement file %1: accounting date %2, channel %3, %4 records (%5 new), total %6%7.</translation>
    </message>
    <message>
        <source>; ya importada antes</source>
        <translation>; already imported before</translation>
    </message>
    <message>
        <source>Conciliación del %1: cuadran %2; aplicadas desde el banco %3; pagadas sin notificación %4; notificadas ausentes del banco %5; con diferencias %6.</source>
        <translation>Reconciliation of %1: matching %2; applied from the bank %3; paid without notification %4; notified but missing from the bank %5; with differences %6.</translation>
    </message>
</context>
<context>
    <name>RendicionReconciler</name>
    <message>
        <source>monto %1 → %2</source>
        <translation>amount %1 → %2</translation>
    </message>
    <message>
        <source>fecha de pago %1 → %2</source>
        <translation>payment date %1 → %2</translation>
    </message>
    <message>
        <source>RUT %1 → %2</source>
        <translation>RUT %1 → %2</translation>
    </message>
    <message>
        <source>cuota %1 → %2</source>
        <translation>instalment %1 → %2</translation>
    </message>
    <message>
        <source>Línea %1: la boleta %2 de la transacción %3 ya fue importada (%4, línea %5) con otros datos (%6); no se importó nada</source>
        <translation>Line %1: invoice %2 of transaction %3 was already imported (%4, line %5) with different data (%6); nothing was imported</translation>
    </message>
    <message>
        <source>ninguna consulta de deuda emitió esta transacción</source>
        <translation>no debt query issued this transaction</translation>
    </message>
    <message>
        <source>el archivo no trae la fecha de pago: no se puede aplicar</source>
        <translation>the file does not carry the payment date: it cannot be applied</translation>
    </message>
    <message>
        <source>falta la boleta %1</source>
        <translation>invoice %1 is missing</translation>
    </message>
    <message>
        <source>boleta %1: el banco dice %2 y la consulta %3</source>
        <translation>invoice %1: the bank says %2 and the query %3</translation>
    </message>
    <message>
        <source>la boleta %1 no es de la consulta</source>
        <translation>invoice %1 is not part of the query</translation>
    </message>
    <message>
        <source>no se aplicó: el archivo difiere de la consulta (%1)</source>
        <translation>not applied: the file differs from the query (%1)</translation>
    </message>
    <message>
        <source>pagada en el banco sin notificación: aplicada por la conciliación</source>
        <translation>paid at the bank without notification: applied by the reconciliation</translation>
    </message>
    <message>
        <source>no se aplicó: %1 (%2)</source>
        <translation>not applied: %1 (%2)</translation>
    </message>
    <message>
        <source>pagada en el banco, sin notificación</source>
        <translation>paid at the bank, without notification</translation>
    </message>
    <message>
        <source>la boleta no está entre las pagadas por la transacción</source>
        <translation>the invoice is not among those paid by the transaction</translation>
    </message>
    <message>
        <source>monto: banco %1, Factora %2</source>
        <translation>amount: bank %1, Factora %2</translation>
    </message>
    <message>
        <source>fecha contable: banco %1, Factora %2</source>
        <translation>accounting date: bank %1, Factora %2</translation>
    </message>
    <message>
        <source>fecha de pago: banco %1, Factora %2</source>
        <translation>payment date: bank %1, Factora %2</translation>
    </message>
    <message>
        <source>cuadra con la notificación</source>
        <translation>matches the notification</translation>
    </message>
    <message>
        <source>notificada y aplicada; el banco la rindió el %1 (%2)</source>
        <translation>notified and applied; the bank settled it on %1 (%2)</translation>
    </message>
    <message>
        <source>notificada y aplicada; ausente de la rendición del banco</source>
        <translation>notified and applied; missing from the bank&apos;s settlement file</translation>
    </message>
</context>
<context>
    <name>RendicionRecordFormatter</name>
    <message>
        <source>registro %1 (%2), campo «%3» (%4 %5, posiciones %6–%7): %8</source>
        <translation>record %1 (%2), field “%3” (%4 %5, positions %6–%7): %8</translation>
    </message>
</context>
<context>
    <name>RendicionRecordLayout</name>
    <message>
        <source>encabezado</source>
        <translation>header</translation>
    </message>
    <message>
        <source>detalle</source>
        <translation>detail</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
</context>
<context>
    <name>RendicionScheduler</name>
    <message>
        <source>No se puede escribir el registro de entregas «%1»: %2</source>
        <translation>Cannot write the delivery log “%1”: %2</translation>
    </message>
    <message>
        <source>no hay carpeta de secretos de entrega (delivery/secrets_dir)</source>
        <translation>there is no delivery secrets folder (delivery/secrets_dir)</translation>
    </message>
    <message>
        <source>No se puede crear la carpeta de rendiciones «%1» (delivery/output_dir)</source>
        <translation>Cannot create the settlement files folder “%1” (delivery/output_dir)</translation>
    </message>
    <message>
        <source>Rendición %1 del %2</source>
        <translation>%1 settlement file for %2</translation>
    </message>
    <message>
        <source>Se adjunta la rendición del canal %1 de la fecha contable %2 (archivo %3).

Factora</source>
        <translation>Attached is the settlement file of channel %1 for accounting date %2 (file %3).

Factora</translation>
    </message>
</context>
<context>
    <name>RendicionSettings</name>
    <message>
        <source>rendicion/company_rut («%1», %2): %3</source>
        <translation>rendicion/company_rut (“%1”, %2): %3</translation>
    </message>
    <message>
        <source>%1 («%2», %3): el convenio debe tener solo dígitos</source>
        <translation>%1 (“%2”, %3): the agreement number must contain digits only</translation>
    </message>
    <message>
        <source>rendicion/notification_channel («%1», %2): use CV o IN</source>
        <translation>rendicion/notification_channel (“%1”, %2): use CV or IN</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Rol desconocido «%1»: use admin, ejecutivo o cedente.</source>
        <translation>Unknown role “%1”: use admin, ejecutivo or cedente.</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ejecutivo</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Cedente</source>
        <translation>Assignor</translation>
    </message>
</context>
<context>
    <name>Rut</name>
    <message>
        <source>RUT «%1»: %2</source>
        <translation>RUT “%1”: %2</translation>
    </message>
    <message>
        <source>El RUT está vacío</source>
        <translation>The RUT is empty</translation>
    </message>
    <message>
        <source>un espacio</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>RUT «%1»: contiene %2; solo se admiten dígitos, puntos, un guion y la K</source>
        <translation>RUT “%1”: it contains %2; only digits, dots, one hyphen and the K are allowed</translation>
    </message>
    <message>
        <source>tiene más de un guion</source>
        <translation>has more than one hyphen</translation>
    </message>
    <message>
        <source>falta el dígito verificador después del guion</source>
        <translation>the check digit is missing after the hyphen</translation>
    </message>
    <message>
        <source>el guion debe ir justo antes del dígito verificador</source>
        <translation>the hyphen must come right before the check digit</translation>
    </message>
    <message>
        <source>falta el dígito verificador</source>
        <translation>the check digit is missing</translation>
    </message>
    <message>
        <source>puntos mal ubicados; se escriben cada tres dígitos del número, p. ej. 12.345.678-5</source>
        <translation>misplaced dots; they go every three digits of the number, e.g. 12.345.678-5</translation>
    </message>
    <message>
        <source>la K solo puede ir como dígito verificador</source>
        <translation>the K can only be the check digit</translation>
    </message>
    <message>
        <source>falta el número antes del dígito verificador</source>
        <translation>the number is missing before the check digit</translation>
    </message>
    <message>
        <source>el número del RUT no puede ser cero</source>
        <translation>the RUT number cannot be zero</translation>
    </message>
    <message>
        <source>el número tiene más de 8 dígitos</source>
        <translation>the number has more than 8 digits</translation>
    </message>
    <message>
        <source>RUT «%1»: dígito verificador incorrecto, se esperaba %2</source>
        <translation>RUT “%1”: wrong check digit, %2 was expected</translation>
    </message>
</context>
<context>
    <name>SafeXmlParser</name>
    <message>
        <source>«%1», línea %2: %3</source>
        <translation>“%1”, line %2: %3</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>declara la entidad externa «%1» (SYSTEM «%2»). Factora no lee entidades externas (ataque XXE); el archivo se rechaza sin abrir nada.</source>
        <translation>declares the external entity “%1” (SYSTEM “%2”). Factora does not read external entities (XXE attack); the file is rejected without opening anything.</translation>
    </message>
    <message>
        <source>declara la entidad de parámetro «%1»; no se aceptan DTD con entidades.</source>
        <translation>declares the parameter entity “%1”; DTDs with entities are not accepted.</translation>
    </message>
    <message>
        <source>declara entidades que se expanden en otras entidades («%1»): es una bomba de expansión de entidades y se rechaza sin expandirla.</source>
        <translation>declares entities that expand into other entities (“%1”): it is an entity expansion bomb and is rejected without expanding it.</translation>
    </message>
    <message>
        <source>declara la entidad «%1»; no se aceptan DTD ni entidades.</source>
        <translation>declares the entity “%1”; neither DTDs nor entities are accepted.</translation>
    </message>
    <message>
        <source>hace referencia a la DTD externa «%1», que no se carga; no se aceptan DTD.</source>
        <translation>refers to the external DTD “%1”, which is not loaded; DTDs are not accepted.</translation>
    </message>
    <message>
        <source>contiene una declaración DOCTYPE «%1»; los DTE no llevan DTD y por seguridad no se aceptan.</source>
        <translation>contains a DOCTYPE declaration “%1”; DTEs carry no DTD and, for safety, they are not accepted.</translation>
    </message>
    <message>
        <source>el archivo está truncado o incompleto: el elemento &lt;%1&gt; no se cierra.</source>
        <translation>the file is truncated or incomplete: the element &lt;%1&gt; is not closed.</translation>
    </message>
    <message>
        <source>XML mal formado.</source>
        <translation>Malformed XML.</translation>
    </message>
    <message>
        <source>el archivo no contiene XML.</source>
        <translation>the file contains no XML.</translation>
    </message>
    <message>
        <source>hay contenido después del elemento raíz, o el elemento raíz falta.</source>
        <translation>there is content after the root element, or the root element is missing.</translation>
    </message>
    <message>
        <source>el archivo no declara su codificación y no es UTF-8 válido; si está en ISO-8859-1 (como exige el SII) debe comenzar con &lt;?xml version=&quot;1.0&quot; encoding=&quot;ISO-8859-1&quot;?&gt;. (%1)</source>
        <translation>the file does not declare its encoding and is not valid UTF-8; if it is ISO-8859-1 (as the SII requires) it must start with &lt;?xml version=&quot;1.0&quot; encoding=&quot;ISO-8859-1&quot;?&gt;. (%1)</translation>
    </message>
    <message>
        <source>declara la codificación «%1» pero sus bytes no son UTF-8 válido (¿está en ISO-8859-1 o windows-1252?). (%2)</source>
        <translation>declares the encoding “%1” but its bytes are not valid UTF-8 (is it ISO-8859-1 or windows-1252?). (%2)</translation>
    </message>
    <message>
        <source>declara la codificación «%1» pero contiene bytes que no son ASCII. (%2)</source>
        <translation>declares the encoding “%1” but contains bytes that are not ASCII. (%2)</translation>
    </message>
    <message>
        <source>contiene un carácter que XML no permite. (%1)</source>
        <translation>contains a character that XML does not allow. (%1)</translation>
    </message>
    <message>
        <source>usa la entidad «&amp;%1;», que no existe en XML sin DTD.</source>
        <translation>uses the entity “&amp;%1;”, which does not exist in XML without a DTD.</translation>
    </message>
    <message>
        <source>la codificación «%1» no se admite.</source>
        <translation>the encoding “%1” is not supported.</translation>
    </message>
    <message>
        <source>XML mal formado: %1</source>
        <translation>Malformed XML: %1</translation>
    </message>
    <message>
        <source>está en UTF-32, que no se admite; use ISO-8859-1 o UTF-8.</source>
        <translation>is in UTF-32, which is not supported; use ISO-8859-1 or UTF-8.</translation>
    </message>
    <message>
        <source>está en UTF-16, que no se admite; use ISO-8859-1 o UTF-8.</source>
        <translation>is in UTF-16, which is not supported; use ISO-8859-1 or UTF-8.</translation>
    </message>
    <message>
        <source>declara la codificación «%1», que no se admite; se aceptan ISO-8859-1 (la del SII), windows-1252 y UTF-8.</source>
        <translation>declares the encoding “%1”, which is not supported; ISO-8859-1 (the SII&apos;s), windows-1252 and UTF-8 are accepted.</translation>
    </message>
    <message>
        <source>comienza con la marca BOM de UTF-8 pero declara la codificación «%1».</source>
        <translation>starts with the UTF-8 byte order mark but declares the encoding “%1”.</translation>
    </message>
    <message>
        <source>el archivo está vacío.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>pesa %1 bytes y el máximo admitido es %2 bytes (20 MiB).</source>
        <translation>it is %1 bytes and the maximum accepted is %2 bytes (20 MiB).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Clave de secreto «%1» no válida: %2</source>
        <translation>Invalid secret key “%1”: %2</translation>
    </message>
    <message>
        <source>La clave del secreto está vacía</source>
        <translation>The secret key is empty</translation>
    </message>
    <message>
        <source>tiene más de 200 caracteres</source>
        <translation>has more than 200 characters</translation>
    </message>
    <message>
        <source>solo se admiten letras ASCII, dígitos y los signos _ - . /</source>
        <translation>only ASCII letters, digits and the signs _ - . / are allowed</translation>
    </message>
    <message>
        <source>tiene un tramo vacío, «.» o «..» entre barras</source>
        <translation>has an empty, “.” or “..” segment between slashes</translation>
    </message>
    <message>
        <source>no puede terminar en punto y dígitos (reservado para los trozos)</source>
        <translation>cannot end in a dot and digits (reserved for the chunks)</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>DTEs</source>
        <translation>DTEs</translation>
    </message>
    <message>
        <source>Operaciones</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Cesiones</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Cobranza</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Despacho</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Auditoría</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Su usuario, su rol y las empresas con que trabaja.</source>
        <translation>Your user, your role and the companies you work with.</translation>
    </message>
    <message>
        <source>Los documentos tributarios electrónicos (facturas 33, 34, 43 y 46) cargados desde sus archivos XML, con la validación de su esquema y de la firma del emisor.</source>
        <translation>The electronic tax documents (invoices 33, 34, 43 and 46) loaded from their XML files, with the validation of their schema and of the issuer&apos;s signature.</translation>
    </message>
    <message>
        <source>Las operaciones de factoring: los DTE que cada cedente ofrece, el visto bueno o el rechazo de cada uno y el número de operación.</source>
        <translation>The factoring operations: the DTEs each assignor offers, the approval or rejection of each one and the operation number.</translation>
    </message>
    <message>
        <source>Las cesiones electrónicas (AEC) firmadas y enviadas al SII, con su TRACKID, su estado y los acuses de recibo.</source>
        <translation>The electronic assignments (AEC) signed and sent to the SII, with their TRACKID, their status and the acknowledgements of receipt.</translation>
    </message>
    <message>
        <source>Los pagos recibidos por Caja Vecina y por la web del banco, las rendiciones diarias y su conciliación con el archivo del banco.</source>
        <translation>The payments received through Caja Vecina and the bank&apos;s website, the daily settlement files and their reconciliation with the bank&apos;s file.</translation>
    </message>
    <message>
        <source>El envío de las facturas cedidas a sus deudores por correo electrónico y SMS, con el registro de cada intento.</source>
        <translation>The sending of the assigned invoices to their debtors by e-mail and SMS, with the log of every attempt.</translation>
    </message>
    <message>
        <source>Las empresas clientes, los usuarios y sus roles, la marca y la configuración compartida.</source>
        <translation>The client companies, the users and their roles, the branding and the shared settings.</translation>
    </message>
    <message>
        <source>El registro de auditoría: quién hizo qué y cuándo, y la verificación de su integridad.</source>
        <translation>The audit log: who did what and when, and the verification of its integrity.</translation>
    </message>
</context>
<context>
    <name>ServerApplication</name>
    <message>
        <source>Servicio de Factora: base de datos central y tareas de fondo.</source>
        <translation>Factora service: central database and background tasks.</translation>
    </message>
    <message>
        <source>Verifica configuración y base de datos, y termina.</source>
        <translation>Checks the configuration and the database, then exits.</translation>
    </message>
    <message>
        <source>Configuración y base de datos en orden: %1</source>
        <translation>Configuration and database OK: %1</translation>
    </message>
    <message>
        <source>Certificado de firma: %1, vigente hasta %2</source>
        <translation>Signing certificate: %1, valid until %2</translation>
    </message>
</context>
<context>
    <name>ServerSigningCertificate</name>
    <message>
        <source>Falta server/signing_passphrase_file: el archivo con la contraseña de %1.</source>
        <translation>server/signing_passphrase_file is missing: the file with the password of %1.</translation>
    </message>
    <message>
        <source>No se pudo leer el certificado %1: %2</source>
        <translation>Could not read the certificate %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Nombre de ajuste «%1» no válido: use palabras en minúsculas separadas por puntos, como branding.color_principal.</source>
        <translation>Invalid setting name “%1”: use lowercase words separated by dots, such as branding.color_principal.</translation>
    </message>
</context>
<context>
    <name>SftpUploader</name>
    <message>
        <source>la carpeta o el archivo no existe</source>
        <translation>the folder or file does not exist</translation>
    </message>
    <message>
        <source>permiso denegado</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>el archivo ya existe</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>medio protegido contra escritura</source>
        <translation>write-protected medium</translation>
    </message>
    <message>
        <source>conexión perdida</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>error SFTP %1</source>
        <translation>SFTP error %1</translation>
    </message>
    <message>
        <source>Nombre de archivo remoto no válido: «%1»</source>
        <translation>Invalid remote file name: “%1”</translation>
    </message>
    <message>
        <source>No existe el archivo a enviar «%1»</source>
        <translation>The file to upload “%1” does not exist</translation>
    </message>
    <message>
        <source>SFTP %1: falta el archivo known_hosts con la llave del servidor (delivery/known_hosts)</source>
        <translation>SFTP %1: the known_hosts file with the server&apos;s key is missing (delivery/known_hosts)</translation>
    </message>
    <message>
        <source>SFTP %1: no hay llave privada ni contraseña para el usuario %2</source>
        <translation>SFTP %1: there is neither a private key nor a password for the user %2</translation>
    </message>
    <message>
        <source>SFTP %1, %2: %3</source>
        <translation>SFTP %1, %2: %3</translation>
    </message>
    <message>
        <source>conexión</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>verificación de la llave del servidor</source>
        <translation>server key verification</translation>
    </message>
    <message>
        <source>autenticación</source>
        <translation>authentication</translation>
    </message>
    <message>
        <source>envío del archivo</source>
        <translation>file upload</translation>
    </message>
    <message>
        <source>cambio de nombre</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>no se puede leer «%1»: %2</source>
        <translation>cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>la llave del servidor CAMBIÓ respecto de la registrada en «%1» (ahora %2); no se envía nada. Puede ser un ataque: confirme la llave nueva con el administrador del servidor antes de actualizar known_hosts</source>
        <translation>the server&apos;s key has CHANGED from the one recorded in “%1” (now %2); nothing is sent. This may be an attack: confirm the new key with the server&apos;s administrator before updating known_hosts</translation>
    </message>
    <message>
        <source>el servidor presenta una llave de otro tipo que la registrada en «%1» (%2); no se envía nada</source>
        <translation>the server presents a key of a different type from the one recorded in “%1” (%2); nothing is sent</translation>
    </message>
    <message>
        <source>servidor desconocido: su llave (%1) no está en «%2»; no se envía nada. Agregue la llave a ese archivo tras confirmarla con el administrador del servidor</source>
        <translation>unknown server: its key (%1) is not in “%2”; nothing is sent. Add the key to that file after confirming it with the server&apos;s administrator</translation>
    </message>
    <message>
        <source>no se puede leer la llave privada del usuario %1 (formato o contraseña de la llave)</source>
        <translation>cannot read the private key of the user %1 (the key&apos;s format or password)</translation>
    </message>
    <message>
        <source>el servidor rechazó al usuario %1 (%2)</source>
        <translation>the server rejected the user %1 (%2)</translation>
    </message>
    <message>
        <source>el servidor no abrió el subsistema SFTP (%1)</source>
        <translation>the server did not open the SFTP subsystem (%1)</translation>
    </message>
</context>
<context>
    <name>SharedConfiguration</name>
    <message>
        <source>%1 no acepta «%2»: %3.</source>
        <translation>%1 does not accept “%2”: %3.</translation>
    </message>
    <message>
        <source>La clave «%1» no se puede cambiar desde la administración.</source>
        <translation>The key “%1” cannot be changed from the administration.</translation>
    </message>
    <message>
        <source>se espera un número entero entre %1 y %2</source>
        <translation>an integer between %1 and %2 is expected</translation>
    </message>
    <message>
        <source>se espera «certificacion» o «produccion»</source>
        <translation>“certificacion” or “produccion” is expected</translation>
    </message>
    <message>
        <source>se espera una URL https (o http solo hacia 127.0.0.1)</source>
        <translation>an https URL (or http only to 127.0.0.1) is expected</translation>
    </message>
    <message>
        <source>se espera dirección:puerto, como 0.0.0.0:8443</source>
        <translation>address:port is expected, such as 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>se espera una ruta que empiece con «/», sin espacios</source>
        <translation>a path starting with “/”, without spaces, is expected</translation>
    </message>
    <message>
        <source>se espera una hora HH:MM, como 18:30</source>
        <translation>a time HH:MM is expected, such as 18:30</translation>
    </message>
</context>
<context>
    <name>SiiCesionCommand</name>
    <message>
        <source>Pregunta al registro del SII si un documento está cedido y a quién.</source>
        <translation>Asks the SII registry whether a document is assigned, and to whom.</translation>
    </message>
    <message>
        <source>RUT del emisor del documento.</source>
        <translation>RUT of the document&apos;s issuer.</translation>
    </message>
    <message>
        <source>Tipo de documento (33, 34, 46, 43).</source>
        <translation>Document type (33, 34, 46, 43).</translation>
    </message>
    <message>
        <source>Folio.</source>
        <translation>Folio.</translation>
    </message>
    <message>
        <source>Empresa relacionada (tenedor o receptor) desde la que se pregunta el tenedor; por omisión, el último cesionario registrado aquí.</source>
        <translation>Related company (holder or recipient) on whose behalf the holder is asked; by default, the last assignee registered here.</translation>
    </message>
    <message>
        <source>indique RUT TIPO FOLIO.</source>
        <translation>specify RUT TYPE FOLIO.</translation>
    </message>
    <message>
        <source>TIPO «%1» no es un tipo de documento.</source>
        <translation>TYPE “%1” is not a document type.</translation>
    </message>
    <message>
        <source>FOLIO «%1» no es un folio.</source>
        <translation>FOLIO “%1” is not a folio.</translation>
    </message>
    <message>
        <source>%1 no está cedido (ESTADO %2: %3).</source>
        <translation>%1 is not assigned (ESTADO %2: %3).</translation>
    </message>
    <message>
        <source>%1 está cedido; tenedor actual: %2.</source>
        <translation>%1 is assigned; current holder: %2.</translation>
    </message>
    <message>
        <source>Última anotación: %1.</source>
        <translation>Last entry: %1.</translation>
    </message>
    <message>
        <source>%1 está cedido; el SII no dice a quién sin una empresa relacionada (use --empresa RUT).</source>
        <translation>%1 is assigned; the SII does not say to whom without a related company (use --empresa RUT).</translation>
    </message>
</context>
<context>
    <name>SiiClient</name>
    <message>
        <source>respuesta vacía</source>
        <translation>empty response</translation>
    </message>
    <message>
        <source>respuesta «Error 500»</source>
        <translation>“Error 500” response</translation>
    </message>
    <message>
        <source>página HTML en vez de XML</source>
        <translation>HTML page instead of XML</translation>
    </message>
    <message>
        <source>%1: no se pudo conectar con el SII (%2) en %3 intentos (último problema: %4). El archivo no se envió.</source>
        <translation>%1: could not connect to the SII (%2) in %3 attempts (last problem: %4). The file was not sent.</translation>
    </message>
    <message>
        <source>%1: el SII siguió fallando tras %2 intentos (último problema: %3). El resultado es desconocido: el SII pudo haber recibido el archivo; consulte antes de reenviarlo.</source>
        <translation>%1: the SII kept failing after %2 attempts (last problem: %3). The outcome is unknown: the SII may have received the file; query it before resending.</translation>
    </message>
    <message>
        <source>%1: no se pudo obtener respuesta válida del SII (%2) tras %3 intentos; último problema: %4.</source>
        <translation>%1: could not get a valid response from the SII (%2) after %3 attempts; last problem: %4.</translation>
    </message>
    <message>
        <source>%1: no se pudo establecer una conexión segura con %2: %3</source>
        <translation>%1: could not establish a secure connection with %2: %3</translation>
    </message>
    <message>
        <source>%1: el SII rechazó la petición %2 (SOAP Fault %3: %4).</source>
        <translation>%1: the SII rejected the request %2 (SOAP Fault %3: %4).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: el SII respondió HTTP %2 a %3 en %4.</source>
        <translation>%1: the SII answered HTTP %2 to %3 at %4.</translation>
    </message>
    <message>
        <source>SOAP Fault %1: %2</source>
        <translation>SOAP Fault %1: %2</translation>
    </message>
    <message>
        <source>%1: respuesta no reconocida del SII a %2: %3</source>
        <translation>%1: unrecognized response from the SII to %2: %3</translation>
    </message>
    <message>
        <source>Semilla: el certificado no sirve para autenticarse ante el SII: %1</source>
        <translation>Seed: the certificate cannot be used to authenticate with the SII: %1</translation>
    </message>
    <message>
        <source>Semilla</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Autenticación</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Semilla: el SII respondió ESTADO %1</source>
        <translation>Seed: the SII answered ESTADO %1</translation>
    </message>
    <message>
        <source>Semilla: el SII respondió ESTADO %1, no documentado.</source>
        <translation>Seed: the SII answered ESTADO %1, which is undocumented.</translation>
    </message>
    <message>
        <source>Semilla: el SII respondió ESTADO 00 sin SEMILLA.</source>
        <translation>Seed: the SII answered ESTADO 00 without a SEMILLA.</translation>
    </message>
    <message>
        <source>Semilla: no se pudo firmar: %1</source>
        <translation>Seed: could not sign it: %1</translation>
    </message>
    <message>
        <source>Token: el SII respondió ESTADO 00 sin TOKEN.</source>
        <translation>Token: the SII answered ESTADO 00 without a TOKEN.</translation>
    </message>
    <message>
        <source>Token: el SII no pudo leer la semilla firmada (ESTADO %1: XML inválido).</source>
        <translation>Token: the SII could not read the signed seed (ESTADO %1: invalid XML).</translation>
    </message>
    <message>
        <source>Token: el SII no encontró la semilla en el XML (ESTADO %1).</source>
        <translation>Token: the SII did not find the seed in the XML (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: el SII respondió ESTADO %1</source>
        <translation>Token: the SII answered ESTADO %1</translation>
    </message>
    <message>
        <source>Token: el SII no encontró la firma de la semilla (ESTADO %1).</source>
        <translation>Token: the SII did not find the seed&apos;s signature (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: el SII rechazó la firma de la semilla (ESTADO %1).</source>
        <translation>Token: the SII rejected the seed&apos;s signature (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: el SII no encontró el certificado (ESTADO %1).</source>
        <translation>Token: the SII did not find the certificate (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: la clave pública no corresponde al certificado (ESTADO %1).</source>
        <translation>Token: the public key does not match the certificate (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: error de autenticación del SII (ESTADO %1).</source>
        <translation>Token: SII authentication error (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: el RUT del certificado no está inscrito en el SII para autenticarse con certificado (ESTADO %1).</source>
        <translation>Token: the certificate&apos;s RUT is not registered with the SII for certificate authentication (ESTADO %1).</translation>
    </message>
    <message>
        <source>Token: el SII no entregó un token (ESTADO %1, no documentado).</source>
        <translation>Token: the SII did not issue a token (ESTADO %1, undocumented).</translation>
    </message>
    <message>
        <source>Consulta %1</source>
        <translation>Query %1</translation>
    </message>
    <message>
        <source>%1: el SII respondió ESTADO %2 (%3)</source>
        <translation>%1: the SII answered ESTADO %2 (%3)</translation>
    </message>
    <message>
        <source>%1: el SII rechazó el token (ESTADO %2: %3) aun después de autenticarse de nuevo.</source>
        <translation>%1: the SII rejected the token (ESTADO %2: %3) even after authenticating again.</translation>
    </message>
    <message>
        <source>%1: el SII respondió ESTADO %2 (%3).</source>
        <translation>%1: the SII answered ESTADO %2 (%3).</translation>
    </message>
    <message>
        <source>Consulta: falta el RUT del emisor del documento.</source>
        <translation>Query: the RUT of the document&apos;s issuer is missing.</translation>
    </message>
    <message>
        <source>Consulta: el tipo de documento %1 no es válido.</source>
        <translation>Query: the document type %1 is not valid.</translation>
    </message>
    <message>
        <source>Consulta: el folio %1 no es válido.</source>
        <translation>Query: the folio %1 is not valid.</translation>
    </message>
    <message>
        <source>Envío: el AEC «%1» está vacío.</source>
        <translation>Upload: the AEC “%1” is empty.</translation>
    </message>
    <message>
        <source>Envío: el nombre de archivo «%1» no sirve; use solo letras, dígitos, «-», «_» y «.» sin rutas.</source>
        <translation>Upload: the file name “%1” is not usable; use only letters, digits, “-”, “_” and “.”, without paths.</translation>
    </message>
    <message>
        <source>Envío: falta el RUT de la empresa cedente.</source>
        <translation>Upload: the assignor company&apos;s RUT is missing.</translation>
    </message>
    <message>
        <source>Envío: el correo de notificación «%1» no es una dirección válida.</source>
        <translation>Upload: the notification e-mail “%1” is not a valid address.</translation>
    </message>
    <message>
        <source>Envío</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Envío: el archivo «%1» se envió pero no llegó respuesta del SII (%2). El resultado es desconocido: el SII pudo haberlo recibido; consulte antes de reenviarlo.</source>
        <translation>Upload: the file “%1” was sent but no response came from the SII (%2). The outcome is unknown: the SII may have received it; query it before resending.</translation>
    </message>
    <message>
        <source>Envío: no se pudo establecer una conexión segura con %1: %2. El archivo no se envió.</source>
        <translation>Upload: could not establish a secure connection with %1: %2. The file was not sent.</translation>
    </message>
    <message>
        <source>Envío: el SII respondió HTTP %1 al envío de «%2».</source>
        <translation>Upload: the SII answered HTTP %1 to the upload of “%2”.</translation>
    </message>
    <message>
        <source>Envío: respuesta no reconocida del SII al envío de «%1» (%2). El resultado es desconocido: el SII pudo haber recibido el archivo; consulte antes de reenviarlo.</source>
        <translation>Upload: unrecognized response from the SII to the upload of “%1” (%2). The outcome is unknown: the SII may have received the file; query it before resending.</translation>
    </message>
    <message>
        <source>Envío: el SII rechazó el token (STATUS 5: %1) aun después de autenticarse de nuevo.</source>
        <translation>Upload: the SII rejected the token (STATUS 5: %1) even after authenticating again.</translation>
    </message>
    <message>
        <source>Consulta getEstEnvio: el TRACKID «%1» no es un número.</source>
        <translation>Query getEstEnvio: the TRACKID “%1” is not a number.</translation>
    </message>
    <message>
        <source>Consulta getEstEnvio: el SII no encuentra el TRACKID %1 (ESTADO %2).</source>
        <translation>Query getEstEnvio: the SII cannot find the TRACKID %1 (ESTADO %2).</translation>
    </message>
    <message>
        <source>Consulta getEstEnvio: el SII respondió ESTADO %1 (%2) para el TRACKID %3.</source>
        <translation>Query getEstEnvio: the SII answered ESTADO %1 (%2) for the TRACKID %3.</translation>
    </message>
    <message>
        <source>Consulta getEstEnvio: la respuesta del SII para el TRACKID %1 no trae ESTADO_ENVIO.</source>
        <translation>Query getEstEnvio: the SII&apos;s response for the TRACKID %1 carries no ESTADO_ENVIO.</translation>
    </message>
    <message>
        <source>Consulta getEstEnvio: el número de consultas debe ser al menos 1.</source>
        <translation>Query getEstEnvio: the number of queries must be at least 1.</translation>
    </message>
    <message>
        <source>Consulta getEstCesionRelac: falta el RUT de la empresa.</source>
        <translation>Query getEstCesionRelac: the company&apos;s RUT is missing.</translation>
    </message>
</context>
<context>
    <name>SiiClientOptions</name>
    <message>
        <source>Configuración «sii/ca_file» (%1): el archivo «%2» no existe.</source>
        <translation>Setting “sii/ca_file” (%1): the file “%2” does not exist.</translation>
    </message>
    <message>
        <source>Opción del cliente SII fuera de rango: %1 = %2.</source>
        <translation>SII client option out of range: %1 = %2.</translation>
    </message>
</context>
<context>
    <name>SiiCommand</name>
    <message>
        <source>Certificado con que se autentica ante el SII (.p12/.pfx).</source>
        <translation>Certificate used to authenticate with the SII (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Certificado del llavero (ID o prefijo, ver «cert list»).</source>
        <translation>Keychain certificate (ID or prefix, see “cert list”).</translation>
    </message>
    <message>
        <source>Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the certificate password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>Ambiente del SII: certificacion o produccion.</source>
        <translation>SII environment: certificacion or produccion.</translation>
    </message>
    <message>
        <source>URL base de otro SII (un simulador): https, o http solo en loopback.</source>
        <translation>Base URL of another SII (a simulator): https, or http on loopback only.</translation>
    </message>
    <message>
        <source>indique el certificado con --p12 o con --cert, no ambos.</source>
        <translation>specify the certificate with --p12 or with --cert, not both.</translation>
    </message>
    <message>
        <source>indique --environment o --sii-url, no ambos.</source>
        <translation>specify --environment or --sii-url, not both.</translation>
    </message>
    <message>
        <source>Falta el certificado para autenticarse ante el SII: use --p12 ARCHIVO o --cert ID (o configure server/signing_certificate).</source>
        <translation>The certificate to authenticate with the SII is missing: use --p12 FILE or --cert ID (or set server/signing_certificate).</translation>
    </message>
    <message>
        <source>Contraseña del certificado %1</source>
        <translation>Password of certificate %1</translation>
    </message>
    <message>
        <source>No se pudo leer %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
</context>
<context>
    <name>SiiEnvioCode</name>
    <message>
        <source>Carga del archivo en proceso</source>
        <translation>File upload in progress</translation>
    </message>
    <message>
        <source>Archivo recibido por el SII</source>
        <translation>File received by the SII</translation>
    </message>
    <message>
        <source>Rechazado por error de esquema del archivo</source>
        <translation>Rejected for a schema error in the file</translation>
    </message>
    <message>
        <source>Esquema del archivo validado</source>
        <translation>File schema validated</translation>
    </message>
    <message>
        <source>Rechazado por error en la firma del sobre (DocumentoAEC)</source>
        <translation>Rejected for an error in the envelope signature (DocumentoAEC)</translation>
    </message>
    <message>
        <source>Firma del sobre validada</source>
        <translation>Envelope signature validated</translation>
    </message>
    <message>
        <source>Rechazado por error en la carátula</source>
        <translation>Rejected for an error in the cover (Caratula)</translation>
    </message>
    <message>
        <source>Carátula validada</source>
        <translation>Cover (Caratula) validated</translation>
    </message>
    <message>
        <source>Validando el documento cedido</source>
        <translation>Validating the assigned document</translation>
    </message>
    <message>
        <source>Rechazado: el documento cedido (DTE) no es válido</source>
        <translation>Rejected: the assigned document (DTE) is not valid</translation>
    </message>
    <message>
        <source>Validando las cesiones</source>
        <translation>Validating the assignments</translation>
    </message>
    <message>
        <source>Rechazado: la cesión no es válida</source>
        <translation>Rejected: the assignment is not valid</translation>
    </message>
    <message>
        <source>Cesión aceptada y anotada en el registro del SII</source>
        <translation>Assignment accepted and recorded in the SII registry</translation>
    </message>
    <message>
        <source>Envío anulado</source>
        <translation>Submission voided</translation>
    </message>
    <message>
        <source>Estado de envío «%1» no documentado por el SII</source>
        <translation>Submission state “%1” not documented by the SII</translation>
    </message>
    <message>
        <source>Consulta correcta</source>
        <translation>Query successful</translation>
    </message>
    <message>
        <source>Error en los datos de la consulta</source>
        <translation>Error in the query data</translation>
    </message>
    <message>
        <source>No encontrado en el SII</source>
        <translation>Not found at the SII</translation>
    </message>
    <message>
        <source>Token inactivo</source>
        <translation>Token inactive</translation>
    </message>
    <message>
        <source>Token inexistente</source>
        <translation>Token does not exist</translation>
    </message>
    <message>
        <source>Error de autenticación</source>
        <translation>Authentication error</translation>
    </message>
    <message>
        <source>Error interno del SII</source>
        <translation>SII internal error</translation>
    </message>
    <message>
        <source>El SII no pudo obtener los permisos del usuario</source>
        <translation>The SII could not obtain the user&apos;s permissions</translation>
    </message>
    <message>
        <source>El usuario no tiene permiso sobre la empresa</source>
        <translation>The user has no permission over the company</translation>
    </message>
    <message>
        <source>La empresa consultada no está relacionada con el documento</source>
        <translation>The queried company is not related to the document</translation>
    </message>
    <message>
        <source>ESTADO «%1» no documentado por el SII</source>
        <translation>ESTADO “%1” not documented by the SII</translation>
    </message>
</context>
<context>
    <name>SiiEnvironment</name>
    <message>
        <source>La URL del SII «%1» no es válida: debe ser como https://servidor[:puerto][/ruta].</source>
        <translation>The SII URL “%1” is not valid: it must look like https://server[:port][/path].</translation>
    </message>
    <message>
        <source>La URL del SII «%1» usa el esquema «%2»; solo se admite https (o http en 127.0.0.1).</source>
        <translation>The SII URL “%1” uses the scheme “%2”; only https is accepted (or http on 127.0.0.1).</translation>
    </message>
    <message>
        <source>La URL del SII «%1» usa http sin cifrar hacia «%2»; http solo se admite hacia la propia máquina (127.0.0.1, ::1, localhost). Use https.</source>
        <translation>The SII URL “%1” uses unencrypted http towards “%2”; http is only accepted towards this machine (127.0.0.1, ::1, localhost). Use https.</translation>
    </message>
    <message>
        <source>La URL del SII «%1» no puede llevar usuario, contraseña, consulta (?) ni fragmento (#).</source>
        <translation>The SII URL “%1” cannot contain a user, password, query (?) or fragment (#).</translation>
    </message>
    <message>
        <source>Ambiente del SII desconocido «%1»: use «certificacion» (maullin) o «produccion» (palena).</source>
        <translation>Unknown SII environment “%1”: use “certificacion” (maullin) or “produccion” (palena).</translation>
    </message>
    <message>
        <source>Configuración «sii/url» (%1): %2</source>
        <translation>Setting “sii/url” (%1): %2</translation>
    </message>
    <message>
        <source>Configuración «sii/environment» (%1): %2</source>
        <translation>Setting “sii/environment” (%1): %2</translation>
    </message>
</context>
<context>
    <name>SiiHttp</name>
    <message>
        <source>no se pudo preparar TLS: %1</source>
        <translation>could not set up TLS: %1</translation>
    </message>
    <message>
        <source>la conexión falló mientras se enviaba la petición</source>
        <translation>the connection failed while sending the request</translation>
    </message>
    <message>
        <source>la respuesta llegó incompleta</source>
        <translation>the response arrived incomplete</translation>
    </message>
</context>
<context>
    <name>SiiRespuesta</name>
    <message>
        <source>la respuesta no es un documento RESPUESTA del SII</source>
        <translation>the response is not an SII RESPUESTA document</translation>
    </message>
    <message>
        <source>la respuesta del SII no trae RESP_HDR/ESTADO</source>
        <translation>the SII&apos;s response carries no RESP_HDR/ESTADO</translation>
    </message>
</context>
<context>
    <name>SiiSeedSigner</name>
    <message>
        <source>La semilla «%1» del SII no es un número.</source>
        <translation>The SII seed “%1” is not a number.</translation>
    </message>
    <message>
        <source>La plantilla de firma de la semilla no tiene Signature.</source>
        <translation>The seed&apos;s signature template has no Signature.</translation>
    </message>
    <message>
        <source>xmlsec1 no aceptó la clave o el certificado con que se firma la semilla.</source>
        <translation>xmlsec1 did not accept the key or the certificate used to sign the seed.</translation>
    </message>
    <message>
        <source>No se pudo crear el contexto de firma de xmlsec1.</source>
        <translation>Could not create the xmlsec1 signature context.</translation>
    </message>
    <message>
        <source>xmlsec1 no pudo firmar la semilla: %1</source>
        <translation>xmlsec1 could not sign the seed: %1</translation>
    </message>
    <message>
        <source>error desconocido</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>No se pudo escribir la semilla firmada.</source>
        <translation>Could not write the signed seed.</translation>
    </message>
</context>
<context>
    <name>SiiSoap</name>
    <message>
        <source>la respuesta no es un sobre SOAP (Envelope)</source>
        <translation>the response is not a SOAP envelope (Envelope)</translation>
    </message>
    <message>
        <source>el sobre SOAP no trae Body con contenido</source>
        <translation>the SOAP envelope carries no Body with content</translation>
    </message>
    <message>
        <source>la respuesta SOAP «%1» no trae valor de retorno</source>
        <translation>the SOAP response “%1” carries no return value</translation>
    </message>
</context>
<context>
    <name>SiiStatusCommand</name>
    <message>
        <source>Consulta en el SII el estado de un envío (TRACKID) y lo registra.</source>
        <translation>Queries the SII for the state of a submission (TRACKID) and records it.</translation>
    </message>
    <message>
        <source>TRACKID del envío.</source>
        <translation>TRACKID of the submission.</translation>
    </message>
    <message>
        <source>Consulta de nuevo hasta un estado final (EOK, EAN o un rechazo).</source>
        <translation>Queries again until a final state (EOK, EAN or a rejection).</translation>
    </message>
    <message>
        <source>Con --wait, segundos que se espera como máximo (1800 por omisión).</source>
        <translation>With --wait, the maximum number of seconds to wait (1800 by default).</translation>
    </message>
    <message>
        <source>Con --wait, segundos entre la primera y la segunda consulta (5 por omisión; crece ×1,5 hasta 120).</source>
        <translation>With --wait, seconds between the first and the second query (5 by default; grows ×1.5 up to 120).</translation>
    </message>
    <message>
        <source>indique un TRACKID.</source>
        <translation>specify a TRACKID.</translation>
    </message>
    <message>
        <source>el TRACKID «%1» debe ser solo dígitos.</source>
        <translation>the TRACKID “%1” must contain digits only.</translation>
    </message>
    <message>
        <source>--timeout espera segundos mayores que cero.</source>
        <translation>--timeout expects seconds greater than zero.</translation>
    </message>
    <message>
        <source>--interval espera segundos (0 o más).</source>
        <translation>--interval expects seconds (0 or more).</translation>
    </message>
    <message>
        <source>Cesión %1: %2.</source>
        <translation>Assignment %1: %2.</translation>
    </message>
    <message>
        <source>el envío %1 no llegó a un estado final en %2 s.</source>
        <translation>submission %1 did not reach a final state within %2 s.</translation>
    </message>
</context>
<context>
    <name>SiiSubmitCommand</name>
    <message>
        <source>Registra un AEC y lo envía al SII una sola vez; muestra el TRACKID.</source>
        <translation>Registers an AEC and submits it to the SII exactly once; shows the TRACKID.</translation>
    </message>
    <message>
        <source>Archivo AEC firmado.</source>
        <translation>Signed AEC file.</translation>
    </message>
    <message>
        <source>Correo al que el SII envía el resultado.</source>
        <translation>E-mail address to which the SII sends the result.</translation>
    </message>
    <message>
        <source>Reenvía una cesión rechazada; MOTIVO queda en la auditoría.</source>
        <translation>Resubmits a rejected assignment; REASON is kept in the audit log.</translation>
    </message>
    <message>
        <source>indique un archivo AEC.</source>
        <translation>specify an AEC file.</translation>
    </message>
    <message>
        <source>falta --p12 ARCHIVO o --cert ID.</source>
        <translation>--p12 FILE or --cert ID is missing.</translation>
    </message>
    <message>
        <source>falta --email-notif con un correo válido.</source>
        <translation>--email-notif with a valid e-mail address is missing.</translation>
    </message>
    <message>
        <source>No se pudo leer %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 pesa más de 20 MiB.</source>
        <translation>%1 is larger than 20 MiB.</translation>
    </message>
    <message>
        <source>La cesión %1 fue rechazada por el SII (%2 %3). Para enviarla de nuevo use --resubmit MOTIVO.</source>
        <translation>Assignment %1 was rejected by the SII (%2 %3). To submit it again use --resubmit REASON.</translation>
    </message>
    <message>
        <source>El AEC ya se había enviado (cesión %1); no se envía de nuevo.</source>
        <translation>The AEC had already been submitted (assignment %1); it is not submitted again.</translation>
    </message>
    <message>
        <source>el envío anterior de la cesión %1 quedó interrumpido y aún no figura en el registro del SII; se reintentará pasados %2 s desde su inicio (vuelva a ejecutar este comando).</source>
        <translation>the previous submission of assignment %1 was interrupted and does not yet appear in the SII registry; it will be retried once %2 s have passed since it started (run this command again).</translation>
    </message>
    <message>
        <source>el SII rechazó el envío de la cesión %1: %2 %3</source>
        <translation>the SII rejected the submission of assignment %1: %2 %3</translation>
    </message>
    <message>
        <source>Cesión %1: %2 (sin TRACKID).</source>
        <translation>Assignment %1: %2 (no TRACKID).</translation>
    </message>
    <message>
        <source>Cesión %1 %2; TRACKID %3.</source>
        <translation>Assignment %1 %2; TRACKID %3.</translation>
    </message>
</context>
<context>
    <name>SiiUploadReceipt</name>
    <message>
        <source>Envío recibido por el SII; la validación sigue con el TRACKID</source>
        <translation>Upload received by the SII; validation continues under the TRACKID</translation>
    </message>
    <message>
        <source>El RUT autenticado no tiene permiso para enviar en nombre de la empresa cedente</source>
        <translation>The authenticated RUT has no permission to submit on behalf of the assignor company</translation>
    </message>
    <message>
        <source>Error en el tamaño del archivo</source>
        <translation>Error in the file size</translation>
    </message>
    <message>
        <source>Faltan parámetros en el envío</source>
        <translation>Parameters are missing from the upload</translation>
    </message>
    <message>
        <source>Token inválido, inexistente o vencido</source>
        <translation>Invalid, nonexistent or expired token</translation>
    </message>
    <message>
        <source>La empresa no está autorizada como emisora de DTE (revise también el ambiente: certificación o producción)</source>
        <translation>The company is not authorized as a DTE issuer (also check the environment: certification or production)</translation>
    </message>
    <message>
        <source>Error interno del SII</source>
        <translation>SII internal error</translation>
    </message>
    <message>
        <source>STATUS %1 no documentado por el SII</source>
        <translation>STATUS %1 not documented by the SII</translation>
    </message>
    <message>
        <source>La respuesta del envío no es RECEPCIONAEC sino «%1».</source>
        <translation>The upload response is not RECEPCIONAEC but “%1”.</translation>
    </message>
    <message>
        <source>La respuesta RECEPCIONAEC no trae un STATUS numérico (trae «%1»).</source>
        <translation>The RECEPCIONAEC response carries no numeric STATUS (it carries “%1”).</translation>
    </message>
    <message>
        <source>La respuesta RECEPCIONAEC trae STATUS 0 pero no TRACKID.</source>
        <translation>The RECEPCIONAEC response carries STATUS 0 but no TRACKID.</translation>
    </message>
    <message>
        <source>El TRACKID «%1» de la respuesta RECEPCIONAEC no es numérico.</source>
        <translation>The TRACKID “%1” of the RECEPCIONAEC response is not numeric.</translation>
    </message>
</context>
<context>
    <name>SmsDeliveryReceipt</name>
    <message>
        <source>Aviso de entrega de SMS no válido: %1</source>
        <translation>Invalid SMS delivery receipt: %1</translation>
    </message>
    <message>
        <source>falta el campo «%1»</source>
        <translation>the field “%1” is missing</translation>
    </message>
    <message>
        <source>el campo «%1» debe ser un texto</source>
        <translation>the field “%1” must be a string</translation>
    </message>
    <message>
        <source>el campo «%1» está vacío</source>
        <translation>the field “%1” is empty</translation>
    </message>
    <message>
        <source>el campo «%1» tiene %2 caracteres (máximo %3)</source>
        <translation>the field “%1” has %2 characters (maximum %3)</translation>
    </message>
    <message>
        <source>tiene %1 bytes (máximo %2)</source>
        <translation>it has %1 bytes (maximum %2)</translation>
    </message>
    <message>
        <source>no es JSON (%1, en el byte %2)</source>
        <translation>it is not JSON (%1, at byte %2)</translation>
    </message>
    <message>
        <source>se esperaba un objeto JSON</source>
        <translation>a JSON object was expected</translation>
    </message>
    <message>
        <source>campo desconocido «%1» (se admiten id, status, at, detail y reference)</source>
        <translation>unknown field “%1” (allowed: id, status, at, detail and reference)</translation>
    </message>
    <message>
        <source>estado «%1» desconocido (se espera delivered, failed o pending)</source>
        <translation>unknown status “%1” (delivered, failed or pending is expected)</translation>
    </message>
    <message>
        <source>«at» = «%1» no es una fecha ISO 8601 con zona (p. ej. 2026-11-22T10:15:00Z)</source>
        <translation>“at” = “%1” is not an ISO 8601 date with a time zone (e.g. 2026-11-22T10:15:00Z)</translation>
    </message>
    <message>
        <source>«at» = «%1» no es una fecha válida</source>
        <translation>“at” = “%1” is not a valid date</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>Teléfono «%1» no válido: se espera +, código de país y número, sin espacios (p. ej. +56912345678)</source>
        <translation>Invalid phone number “%1”: +, country code and number are expected, without spaces (e.g. +56912345678)</translation>
    </message>
    <message>
        <source>No hay pasarela SMS configurada (sms/url)</source>
        <translation>No SMS gateway is configured (sms/url)</translation>
    </message>
    <message>
        <source>El SMS a %1 no tiene texto</source>
        <translation>The SMS to %1 has no text</translation>
    </message>
    <message>
        <source>Pasarela SMS %1 (envío %2): %3</source>
        <translation>SMS gateway %1 (dispatch %2): %3</translation>
    </message>
    <message>
        <source>el proveedor aceptó el SMS sin devolver su id (campo «id»): no se podrán asociar sus avisos de entrega</source>
        <translation>the provider accepted the SMS without returning its id (field “id”): its delivery receipts cannot be matched</translation>
    </message>
    <message>
        <source>sin respuesta en %1 ms</source>
        <translation>no response within %1 ms</translation>
    </message>
    <message>
        <source>la conexión se cerró sin respuesta</source>
        <translation>the connection was closed without a response</translation>
    </message>
</context>
<context>
    <name>SmsReceiptHttpServer</name>
    <message>
        <source>«dispatch/sms_receipt_listen» vale «%1»: debe ser dirección:puerto, p. ej. 127.0.0.1:8091 (%2)</source>
        <translation>“dispatch/sms_receipt_listen” is “%1”: it must be address:port, e.g. 127.0.0.1:8091 (%2)</translation>
    </message>
    <message>
        <source>No se pudo escuchar en %1: %2</source>
        <translation>Could not listen on %1: %2</translation>
    </message>
</context>
<context>
    <name>SmsSettings</name>
    <message>
        <source>Configuración «%1»: %2</source>
        <translation>Setting “%1”: %2</translation>
    </message>
    <message>
        <source>«%1» no es una URL válida</source>
        <translation>“%1” is not a valid URL</translation>
    </message>
    <message>
        <source>la URL no puede llevar usuario ni contraseña; el token va en el almacén de secretos (sms/token)</source>
        <translation>the URL cannot carry a user name or password; the token goes in the secret store (sms/token)</translation>
    </message>
    <message>
        <source>«%1» usa http hacia %2: se exige https salvo hacia 127.0.0.1</source>
        <translation>“%1” uses http to %2: https is required except to 127.0.0.1</translation>
    </message>
    <message>
        <source>esquema «%1» no admitido: use https</source>
        <translation>scheme “%1” not supported: use https</translation>
    </message>
    <message>
        <source>«%1» no es un nombre de cabecera HTTP</source>
        <translation>“%1” is not an HTTP header name</translation>
    </message>
    <message>
        <source>«%1» no es una palabra válida (sin espacios)</source>
        <translation>“%1” is not a valid word (no spaces)</translation>
    </message>
    <message>
        <source>El token de la pasarela SMS (sms/token en %1) contiene un salto de línea</source>
        <translation>The SMS gateway token (sms/token in %1) contains a line break</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>Modo TLS de SMTP «%1» no válido: use starttls, implicit o none</source>
        <translation>Invalid SMTP TLS mode “%1”: use starttls, implicit or none</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>Error de base de datos: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>La consulta no devolvió filas.</source>
        <translation>The query returned no rows.</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <source>archivo</source>
        <translation>file</translation>
    </message>
    <message>
        <source>variable de entorno</source>
        <translation>environment variable</translation>
    </message>
    <message>
        <source>línea de comandos</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>predeterminado</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Se quitó el valor compartido de %1.</source>
        <translation>The shared value of %1 was removed.</translation>
    </message>
    <message>
        <source>%1 guardado; se aplica al reiniciar el servidor.</source>
        <translation>%1 saved; it takes effect when the server restarts.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>La base de datos rechazó %1: %2</source>
        <translation>The database refused %1: %2</translation>
    </message>
</context>
<context>
    <name>UnavailableSecretStore</name>
    <message>
        <source>ningún almacén de secretos</source>
        <translation>no secret store</translation>
    </message>
    <message>
        <source>No hay un llavero del sistema en esta máquina para el secreto «%1»</source>
        <translation>There is no system keychain on this machine for the secret “%1”</translation>
    </message>
    <message>
        <source>. Configure un archivo de secretos protegido (modo 600) o ejecute en una sesión con llavero</source>
        <translation>. Set up a protected secrets file (mode 600) or run in a session with a keychain</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <source>Crea un usuario (la contraseña se pide o se lee de un archivo, nunca de la línea de comandos).</source>
        <translation>Creates a user (the password is prompted for or read from a file, never taken from the command line).</translation>
    </message>
    <message>
        <source>Nombre de usuario.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Nombre para mostrar.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>admin, ejecutivo o cedente.</source>
        <translation>admin, ejecutivo or cedente.</translation>
    </message>
    <message>
        <source>Correo electrónico.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>RUT de una empresa a la que pertenece (repetible).</source>
        <translation>RUT of a company the user belongs to (repeatable).</translation>
    </message>
    <message>
        <source>Lee la contraseña de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>falta el nombre de usuario (uno solo).</source>
        <translation>the user name is missing (exactly one).</translation>
    </message>
    <message>
        <source>falta --role.</source>
        <translation>--role is missing.</translation>
    </message>
    <message>
        <source>Contraseña para %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Usuario %1 (%2) creado.</source>
        <translation>User %1 (%2) created.</translation>
    </message>
</context>
<context>
    <name>UserEnableCommand</name>
    <message>
        <source>Habilita un usuario.</source>
        <translation>Enables a user.</translation>
    </message>
    <message>
        <source>Deshabilita un usuario (no podrá ingresar).</source>
        <translation>Disables a user (they will not be able to sign in).</translation>
    </message>
    <message>
        <source>Nombre de usuario.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>falta el nombre de usuario (uno solo).</source>
        <translation>the user name is missing (exactly one).</translation>
    </message>
    <message>
        <source>Usuario %1 habilitado.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>Usuario %1 deshabilitado.</source>
        <translation>User %1 disabled.</translation>
    </message>
</context>
<context>
    <name>UserListCommand</name>
    <message>
        <source>Lista los usuarios.</source>
        <translation>Lists the users.</translation>
    </message>
    <message>
        <source>habilitado</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>deshabilitado</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>, bloqueado</source>
        <translation>, locked</translation>
    </message>
</context>
<context>
    <name>UserPasswdCommand</name>
    <message>
        <source>Cambia la contraseña de un usuario y levanta su bloqueo.</source>
        <translation>Changes a user&apos;s password and unlocks the account.</translation>
    </message>
    <message>
        <source>Nombre de usuario.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Lee la contraseña de ARCHIVO (- para la entrada estándar).</source>
        <translation>Reads the password from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>falta el nombre de usuario (uno solo).</source>
        <translation>the user name is missing (exactly one).</translation>
    </message>
    <message>
        <source>Nueva contraseña para %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Contraseña de %1 cambiada.</source>
        <translation>Password for %1 changed.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>No existe el usuario «%1».</source>
        <translation>The user “%1” does not exist.</translation>
    </message>
    <message>
        <source>No existe el usuario %1.</source>
        <translation>User %1 does not exist.</translation>
    </message>
    <message>
        <source>El usuario %1 no pertenece a la empresa %2.</source>
        <translation>User %1 does not belong to company %2.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Falta el nombre de usuario.</source>
        <translation>The user name is missing.</translation>
    </message>
    <message>
        <source>Nombre de usuario «%1» no válido: use hasta 64 letras sin tilde, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</source>
        <translation>Invalid user name “%1”: use up to 64 unaccented letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>El nombre para mostrar debe tener entre 1 y 100 caracteres.</source>
        <translation>The display name must have between 1 and 100 characters.</translation>
    </message>
    <message>
        <source>Un usuario cedente debe pertenecer al menos a una empresa.</source>
        <translation>An assignor user must belong to at least one company.</translation>
    </message>
    <message>
        <source>Ya existe un usuario «%1».</source>
        <translation>A user “%1” already exists.</translation>
    </message>
    <message>
        <source>No existe la empresa %1 (o está repetida).</source>
        <translation>Company %1 does not exist (or is listed twice).</translation>
    </message>
    <message>
        <source>No puede deshabilitar su propia cuenta.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>El usuario %1 ya pertenece a la empresa %2, o la empresa no existe.</source>
        <translation>User %1 already belongs to company %2, or the company does not exist.</translation>
    </message>
    <message>
        <source>Un usuario cedente debe pertenecer al menos a una empresa: %1 no puede dejar la última.</source>
        <translation>An assignor user must belong to at least one company: %1 cannot leave the last one.</translation>
    </message>
    <message>
        <source>El correo «%1» no es una dirección válida.</source>
        <translation>The e-mail address “%1” is not valid.</translation>
    </message>
    <message>
        <source>No puede cambiar su propio rol.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>Un usuario cedente debe pertenecer al menos a una empresa: agregue una membresía antes de cambiar el rol de %1.</source>
        <translation>An assignor user must belong to at least one company: add a membership before changing the role of %1.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Usuario %1 creado.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>Usuario %1 guardado.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <source>Usuario %1 habilitado.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>Usuario %1 deshabilitado.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Contraseña de %1 restablecida.</source>
        <translation>Password of %1 reset.</translation>
    </message>
</context>
<context>
    <name>XmlRuntime</name>
    <message>
        <source>No se pudo iniciar xmlsec1.</source>
        <translation>Could not initialize xmlsec1.</translation>
    </message>
    <message>
        <source>La versión de xmlsec1 instalada no es compatible con la compilada.</source>
        <translation>The installed version of xmlsec1 is not compatible with the one Factora was built with.</translation>
    </message>
    <message>
        <source>No se pudo iniciar el motor criptográfico de xmlsec1 (OpenSSL).</source>
        <translation>Could not initialize xmlsec1&apos;s cryptographic engine (OpenSSL).</translation>
    </message>
    <message>
        <source>No se pudo iniciar la biblioteca criptográfica de xmlsec1 (OpenSSL).</source>
        <translation>Could not initialize xmlsec1&apos;s cryptographic library (OpenSSL).</translation>
    </message>
    <message>
        <source>Autoprueba XML fallida: %1</source>
        <translation>XML self-test failed: %1</translation>
    </message>
</context>
<context>
    <name>XmlSchema</name>
    <message>
        <source>línea %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>No se pudo compilar el esquema %1 de los recursos: %2</source>
        <translation>Could not compile the schema %1 from the resources: %2</translation>
    </message>
    <message>
        <source>línea %1: el documento no cumple %2 (código %3).</source>
        <translation>line %1: the document does not meet %2 (code %3).</translation>
    </message>
</context>
<context>
    <name>factora::ui::AdministrationPage</name>
    <message>
        <source>&amp;Empresas</source>
        <translation>&amp;Companies</translation>
    </message>
    <message>
        <source>&amp;Usuarios</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Marca y plantillas</source>
        <translation>&amp;Branding and templates</translation>
    </message>
    <message>
        <source>&amp;Sistema</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Su perfil no administra empresas, usuarios ni la configuración. Pida estos cambios a un administrador.</source>
        <translation>Your profile does not manage companies, users or settings. Ask an administrator for these changes.</translation>
    </message>
</context>
<context>
    <name>factora::ui::ApprovedDteTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Emisor (cedente)</source>
        <translation>Issuer (assignor)</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Emisión</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>factora::ui::AuditPage</name>
    <message>
        <source>Entre</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>&amp;Filtrar</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Verificar cadena</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>p. ej. maria o server</source>
        <translation>e.g. maria or server</translation>
    </message>
    <message>
        <source>RUT, usuario, folio…</source>
        <translation>RUT, user, folio…</translation>
    </message>
    <message>
        <source>Elija una entrada para ver su detalle.</source>
        <translation>Choose an entry to see its details.</translation>
    </message>
    <message>
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>y</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Fechas</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entidad</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Identificador</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Integridad</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>(todas)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Ninguna entrada coincide con el filtro.</source>
        <translation>No entry matches the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entrada(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrada n.º %1</source>
        <translation>Entry no. %1</translation>
    </message>
    <message>
        <source>Fecha y hora: %1</source>
        <translation>Date and time: %1</translation>
    </message>
    <message>
        <source>Quién: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>Acción: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Entidad: %1 %2</source>
        <translation>Entity: %1 %2</translation>
    </message>
    <message>
        <source>Empresa: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>Detalle:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Hash anterior: %1</source>
        <translation>Previous hash: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Verificando la cadena…</source>
        <translation>Verifying the chain…</translation>
    </message>
</context>
<context>
    <name>factora::ui::AuditTableModel</name>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entidad</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Identificador</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>factora::ui::BrandingPanel</name>
    <message>
        <source>&amp;Guardar marca</source>
        <translation>&amp;Save branding</translation>
    </message>
    <message>
        <source>Archivo PNG; vacío: sin logo</source>
        <translation>PNG file; empty: no logo</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Marca de las facturas impresas</source>
        <translation>Branding of the printed invoices</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Color principal</source>
        <translation>Primary color</translation>
    </message>
    <message>
        <source>Color secundario</source>
        <translation>Secondary color</translation>
    </message>
    <message>
        <source>Se aplica a las próximas facturas que se generen.</source>
        <translation>Applies to the next invoices generated.</translation>
    </message>
    <message>
        <source>Vacío: la plantilla de la carpeta configurada o la incluida en Factora</source>
        <translation>Empty: the template in the configured folder or the one built into Factora</translation>
    </message>
    <message>
        <source>Guardar &amp;plantilla</source>
        <translation>Save &amp;template</translation>
    </message>
    <message>
        <source>Plantillas de correo y SMS</source>
        <translation>E-mail and SMS templates</translation>
    </message>
    <message>
        <source>Marcadores disponibles: %1</source>
        <translation>Available placeholders: %1</translation>
    </message>
    <message>
        <source>Las plantillas valen para todos los programas; factora-server las lee al iniciarse: reinícielo para aplicar un cambio.</source>
        <translation>The templates apply to every program; factora-server reads them when it starts: restart it to apply a change.</translation>
    </message>
    <message>
        <source>Imágenes PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>%1: «%2» no es un color; escriba #rrggbb, como #0b5d7a.</source>
        <translation>%1: “%2” is not a color; write #rrggbb, such as #0b5d7a.</translation>
    </message>
    <message>
        <source>El logo «%1» no es un archivo PNG legible.</source>
        <translation>The logo “%1” is not a readable PNG file.</translation>
    </message>
    <message>
        <source>La plantilla no sirve: %1</source>
        <translation>The template cannot be used: %1</translation>
    </message>
    <message>
        <source>Comercial Ejemplo Ltda.</source>
        <translation>Comercial Ejemplo Ltda.</translation>
    </message>
    <message>
        <source>Cedente Ejemplo SpA</source>
        <translation>Cedente Ejemplo SpA</translation>
    </message>
</context>
<context>
    <name>factora::ui::CertificateTableModel</name>
    <message>
        <source>Aún no vigente (desde %1)</source>
        <translation>Not yet valid (from %1)</translation>
    </message>
    <message>
        <source>Vencido el %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message numerus="yes">
        <source>Vence en %n día(s) (%1)</source>
        <translation>
            <numerusform>Expires in %n day (%1)</numerusform>
            <numerusform>Expires in %n days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigente hasta el %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>(sin RUT)</source>
        <translation>(no RUT)</translation>
    </message>
    <message>
        <source>Titular</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Sujeto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Emisor</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Válido desde</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Válido hasta</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>factora::ui::CertificatesPanel</name>
    <message>
        <source>&amp;Importar certificado…</source>
        <translation>&amp;Import certificate…</translation>
    </message>
    <message>
        <source>&amp;Eliminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>No hay certificados en el llavero. Importe el archivo .pfx o .p12 de su firma electrónica con «Importar certificado…».</source>
        <translation>There are no certificates in the keychain. Import the .pfx or .p12 file of your electronic signature with “Import certificate…”.</translation>
    </message>
    <message>
        <source>Los certificados se guardan cifrados en el llavero del sistema (%1). La clave privada nunca se escribe en disco sin cifrar.</source>
        <translation>Certificates are stored encrypted in the system keychain (%1). The private key is never written to disk unencrypted.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo %1: %2</source>
        <translation>Could not read the file %1: %2</translation>
    </message>
    <message>
        <source>El archivo %1 es demasiado grande para ser un certificado .pfx/.p12.</source>
        <translation>The file %1 is too large to be a .pfx/.p12 certificate.</translation>
    </message>
    <message>
        <source>No se importó %1: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Se importó el certificado de %1 (RUT %2).</source>
        <translation>The certificate of %1 (RUT %2) was imported.</translation>
    </message>
    <message>
        <source>sin RUT</source>
        <translation>no RUT</translation>
    </message>
    <message>
        <source>Eliminar certificado</source>
        <translation>Delete certificate</translation>
    </message>
    <message>
        <source>¿Eliminar del llavero el certificado de %1 (RUT %2, válido hasta %3)?

No podrá firmar cesiones con él hasta importarlo de nuevo desde su archivo .pfx/.p12.</source>
        <translation>Delete the certificate of %1 (RUT %2, valid until %3) from the keychain?

You will not be able to sign assignments with it until you import it again from its .pfx/.p12 file.</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Se eliminó el certificado de %1.</source>
        <translation>The certificate of %1 was deleted.</translation>
    </message>
    <message>
        <source>Importar certificado</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <source>Certificados PKCS#12 (*.pfx *.p12);;Todos los archivos (*)</source>
        <translation>PKCS#12 certificates (*.pfx *.p12);;All files (*)</translation>
    </message>
    <message>
        <source>Contraseña del certificado</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Contraseña de %1:</source>
        <translation>Password for %1:</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionCertificatePage</name>
    <message>
        <source>Certificado de firma</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>Elija su certificado digital (guardado en el llavero) y escriba su contraseña. El mismo certificado firma los AEC y autentica el envío ante el SII.</source>
        <translation>Choose your digital certificate (stored in the keychain) and enter its password. The same certificate signs the AECs and authenticates the submission to the SII.</translation>
    </message>
    <message>
        <source>&amp;Certificado:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>C&amp;ontraseña:</source>
        <translation>P&amp;assword:</translation>
    </message>
    <message>
        <source>%1 — RUT %2 — %3</source>
        <translation>%1 — RUT %2 — %3</translation>
    </message>
    <message>
        <source>No hay certificados en el llavero. Importe el suyo en la pestaña «Certificados» de Cesiones y vuelva a abrir el asistente.</source>
        <translation>There are no certificates in the keychain. Import yours in the “Certificates” tab of Assignments and open the wizard again.</translation>
    </message>
    <message>
        <source>Elija un certificado.</source>
        <translation>Choose a certificate.</translation>
    </message>
    <message>
        <source>El certificado de %1 venció el %2: ya no sirve para firmar cesiones. Importe un certificado vigente en la pestaña «Certificados».</source>
        <translation>The certificate of %1 expired on %2: it can no longer sign assignments. Import a valid certificate in the “Certificates” tab.</translation>
    </message>
    <message>
        <source>El certificado de %1 recién es válido desde el %2: todavía no sirve para firmar.</source>
        <translation>The certificate of %1 only becomes valid on %2: it cannot sign yet.</translation>
    </message>
    <message>
        <source>El certificado de %1 no indica el RUT de su titular; el SII exige ese RUT para firmar la cesión.</source>
        <translation>The certificate of %1 does not state its holder&apos;s RUT; the SII requires that RUT to sign the assignment.</translation>
    </message>
    <message>
        <source>Titular: %1
RUT: %2
Emisor: %3
Válido desde %4 hasta %5</source>
        <translation>Holder: %1
RUT: %2
Issuer: %3
Valid from %4 to %5</translation>
    </message>
    <message>
        <source>La contraseña no corresponde al certificado de %1.</source>
        <translation>The password does not match the certificate of %1.</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionDtesPage</name>
    <message>
        <source>Facturas a ceder</source>
        <translation>Invoices to assign</translation>
    </message>
    <message>
        <source>Marque las facturas aprobadas por la factoring que desea ceder. Se firma un AEC por factura.</source>
        <translation>Check the invoices approved by the factoring company that you want to assign. One AEC is signed per invoice.</translation>
    </message>
    <message>
        <source>Marcar &amp;todas</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>&amp;Desmarcar</source>
        <translation>&amp;Uncheck</translation>
    </message>
    <message>
        <source>Leyendo las facturas aprobadas…</source>
        <translation>Reading the approved invoices…</translation>
    </message>
    <message>
        <source>No se pudieron leer las facturas: %1</source>
        <translation>Could not read the invoices: %1</translation>
    </message>
    <message>
        <source>No hay facturas aprobadas por ceder. Las facturas se ceden después de que la factoring les da el visto bueno.</source>
        <translation>There are no approved invoices to assign. Invoices are assigned after the factoring company approves them.</translation>
    </message>
    <message numerus="yes">
        <source>%n factura(s) aprobada(s) por ceder.</source>
        <translation>
            <numerusform>%n approved invoice to assign.</numerusform>
            <numerusform>%n approved invoices to assign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionEventTableModel</name>
    <message>
        <source>(registrada)</source>
        <translation>(recorded)</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hacia</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Código SII</source>
        <translation>SII code</translation>
    </message>
    <message>
        <source>Significado</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionPartiesPage</name>
    <message>
        <source>Datos de la cesión</source>
        <translation>Assignment details</translation>
    </message>
    <message>
        <source>Revise a quién se cede (por omisión, la factoring) y los datos de contacto que van en el AEC.</source>
        <translation>Check whom the invoices are assigned to (by default, the factoring company) and the contact details that go in the AEC.</translation>
    </message>
    <message>
        <source>La dirección de origen del DTE</source>
        <translation>The DTE&apos;s original address</translation>
    </message>
    <message>
        <source>Cedente</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Correo del cedente:</source>
        <translation>Assignor&apos;s e-mail:</translation>
    </message>
    <message>
        <source>Dirección del cedente:</source>
        <translation>Assignor&apos;s address:</translation>
    </message>
    <message>
        <source>Cesionario</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>RUT:</source>
        <translation>RUT:</translation>
    </message>
    <message>
        <source>Razón social:</source>
        <translation>Legal name:</translation>
    </message>
    <message>
        <source>Dirección:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Correo:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Respuestas del SII a:</source>
        <translation>SII replies to:</translation>
    </message>
    <message>
        <source>%1 (RUT %2)</source>
        <translation>%1 (RUT %2)</translation>
    </message>
    <message>
        <source>Cede: %1. El cedente de cada AEC es el emisor de su factura.</source>
        <translation>Assigned by: %1. The assignor of each AEC is the issuer of its invoice.</translation>
    </message>
    <message>
        <source>Factora no tiene Recibos electrónicos (Ley 19.983) de estas facturas: cada AEC incluye la declaración jurada del SII, con este texto:</source>
        <translation>Factora has no electronic receipts (Law 19.983) for these invoices: each AEC includes the SII&apos;s sworn statement, with this text:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(En cada AEC, con el emisor y el deudor de su factura.)</source>
        <translation>(In each AEC, with the issuer and the debtor of its invoice.)</translation>
    </message>
    <message>
        <source>RUT del cesionario: %1</source>
        <translation>Assignee&apos;s RUT: %1</translation>
    </message>
    <message>
        <source>Falta la razón social del cesionario.</source>
        <translation>The assignee&apos;s legal name is missing.</translation>
    </message>
    <message>
        <source>La dirección del cesionario debe tener al menos 5 caracteres.</source>
        <translation>The assignee&apos;s address must have at least 5 characters.</translation>
    </message>
    <message>
        <source>El correo del cesionario «%1» no es una dirección de correo.</source>
        <translation>The assignee&apos;s e-mail “%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>El correo del cedente «%1» no es una dirección de correo.</source>
        <translation>The assignor&apos;s e-mail “%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>La dirección del cedente debe tener al menos 5 caracteres, o quedar vacía para usar la del DTE.</source>
        <translation>The assignor&apos;s address must have at least 5 characters, or be left empty to use the DTE&apos;s.</translation>
    </message>
    <message>
        <source>El correo para las respuestas del SII «%1» no es una dirección de correo.</source>
        <translation>The e-mail for the SII&apos;s replies “%1” is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionPreviewPage</name>
    <message>
        <source>Ver el &amp;XML de los DTE</source>
        <translation>View the DTEs&apos; &amp;XML</translation>
    </message>
    <message>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Esto es lo que se firmará. Al continuar se firma un AEC por factura con su certificado.</source>
        <translation>This is what will be signed. When you continue, one AEC per invoice is signed with your certificate.</translation>
    </message>
    <message>
        <source>Ambiente del SII:</source>
        <translation>SII environment:</translation>
    </message>
    <message>
        <source>Firma:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>%1, RUT %2 (firmante autorizado del cedente)</source>
        <translation>%1, RUT %2 (authorized signer of the assignor)</translation>
    </message>
    <message>
        <source>Cesionario:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>%1, RUT %2, %3, %4</source>
        <translation>%1, RUT %2, %3, %4</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cedente</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Monto cedido</source>
        <translation>Amount assigned</translation>
    </message>
    <message>
        <source>Último vencimiento</source>
        <translation>Last due date</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cada AEC lleva la declaración jurada del SII y el correo de respuestas %1.</source>
        <translation>Each AEC carries the SII&apos;s sworn statement and the reply e-mail %1.</translation>
    </message>
    <message>
        <source>Leyendo los DTE…</source>
        <translation>Reading the DTEs…</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionSigningPage</name>
    <message>
        <source>&amp;Cancelar la firma</source>
        <translation>&amp;Cancel signing</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Se arma y firma un AEC por factura. Puede cancelar: las ya firmadas se conservan.</source>
        <translation>One AEC is built and signed per invoice. You may cancel: those already signed are kept.</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Firmando…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>%1: firmado</source>
        <translation>%1: signed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelando: se termina el documento en curso…</source>
        <translation>Cancelling: finishing the current document…</translation>
    </message>
    <message>
        <source>Firmado (%1 bytes)</source>
        <translation>Signed (%1 bytes)</translation>
    </message>
    <message>
        <source>No se firmó: %1</source>
        <translation>Not signed: %1</translation>
    </message>
    <message>
        <source>Atención: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1 de %2 AEC firmados.</source>
        <translation>%1 of %2 AECs signed.</translation>
    </message>
    <message>
        <source>Firma cancelada: las facturas no firmadas quedan aprobadas para otra vez.</source>
        <translation>Signing cancelled: the unsigned invoices stay approved for another time.</translation>
    </message>
    <message>
        <source>Continúe para enviarlos al SII.</source>
        <translation>Continue to submit them to the SII.</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionSubmissionPage</name>
    <message>
        <source>&amp;Enviar al SII</source>
        <translation>&amp;Submit to the SII</translation>
    </message>
    <message>
        <source>Envío al SII</source>
        <translation>Submission to the SII</translation>
    </message>
    <message>
        <source>Los AEC firmados se registran en Factora y se envían al SII; luego se sigue su estado hasta que el SII los anota o los rechaza.</source>
        <translation>The signed AECs are recorded in Factora and submitted to the SII; their status is then tracked until the SII records or rejects them.</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TRACKID</source>
        <translation>TRACKID</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Se enviará a: %1</source>
        <translation>Will be submitted to: %1</translation>
    </message>
    <message>
        <source>Firmado; aún no enviado.</source>
        <translation>Signed; not yet submitted.</translation>
    </message>
    <message numerus="yes">
        <source>%n AEC listo(s) para enviar.</source>
        <translation>
            <numerusform>%n AEC ready to submit.</numerusform>
            <numerusform>%n AECs ready to submit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enviando al SII…</source>
        <translation>Submitting to the SII…</translation>
    </message>
    <message>
        <source>no registrada</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Anotadas: %1. Rechazadas: %2. De %3.</source>
        <translation>Recorded: %1. Rejected: %2. Out of %3.</translation>
    </message>
    <message numerus="yes">
        <source>Consultando el estado al SII cada %n segundo(s)…</source>
        <translation>
            <numerusform>Checking the status with the SII every second…</numerusform>
            <numerusform>Checking the status with the SII every %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>El seguimiento continúa en la pestaña «Cesiones».</source>
        <translation>Tracking continues in the “Assignments” tab.</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionTableModel</name>
    <message>
        <source>Factura electrónica N° %1</source>
        <translation>Electronic invoice No. %1</translation>
    </message>
    <message>
        <source>Factura exenta N° %1</source>
        <translation>Exempt invoice No. %1</translation>
    </message>
    <message>
        <source>Liquidación factura N° %1</source>
        <translation>Settlement invoice No. %1</translation>
    </message>
    <message>
        <source>Factura de compra N° %1</source>
        <translation>Purchase invoice No. %1</translation>
    </message>
    <message>
        <source>DTE tipo %1 N° %2</source>
        <translation>DTE type %1 No. %2</translation>
    </message>
    <message>
        <source>Certificación</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Producción</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>%1 de %2 (cesión %3)</source>
        <translation>%1 of %2 (assignment %3)</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cedente</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Cesionario</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Monto cedido</source>
        <translation>Amount assigned</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Código SII</source>
        <translation>SII code</translation>
    </message>
    <message>
        <source>TRACKID</source>
        <translation>TRACKID</translation>
    </message>
    <message>
        <source>Ambiente SII</source>
        <translation>SII environment</translation>
    </message>
    <message>
        <source>Actualizada</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionTrackingPanel</name>
    <message>
        <source>&amp;Reenviar…</source>
        <translation>&amp;Resubmit…</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Elija una respuesta del SII para ver su texto tal como llegó.</source>
        <translation>Choose an SII reply to see its text as it arrived.</translation>
    </message>
    <message>
        <source>Aún no hay cesiones. Use «Ceder facturas…» para firmar y enviar las facturas aprobadas.</source>
        <translation>There are no assignments yet. Use “Assign invoices…” to sign and submit the approved invoices.</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Acuses del SII</source>
        <translation>SII acknowledgements</translation>
    </message>
    <message>
        <source>No se pudieron leer las cesiones: %1</source>
        <translation>Could not read the assignments: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cesión(es). Actualizado a las %1.</source>
        <translation>
            <numerusform>%n assignment. Updated at %1.</numerusform>
            <numerusform>%n assignments. Updated at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 de %2, cedida por %3 a %4 por %5. Estado: %6.</source>
        <translation>%1 of %2, assigned by %3 to %4 for %5. Status: %6.</translation>
    </message>
    <message>
        <source>TRACKID %1 en %2.</source>
        <translation>TRACKID %1 in %2.</translation>
    </message>
    <message>
        <source>Último código del SII: %1 (%2).</source>
        <translation>Last SII code: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Reenviando al SII…</source>
        <translation>Resubmitting to the SII…</translation>
    </message>
    <message>
        <source>Reenviada: %1.</source>
        <translation>Resubmitted: %1.</translation>
    </message>
    <message>
        <source>No se reenvió: %1</source>
        <translation>Not resubmitted: %1</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionWizard</name>
    <message>
        <source>Ceder facturas</source>
        <translation>Assign invoices</translation>
    </message>
    <message>
        <source>Continuar al envío</source>
        <translation>Continue to submission</translation>
    </message>
    <message>
        <source>Ambiente del SII mal configurado: %1</source>
        <translation>SII environment misconfigured: %1</translation>
    </message>
    <message>
        <source>Certificación (%1): ambiente de pruebas del SII</source>
        <translation>Certification (%1): the SII&apos;s test environment</translation>
    </message>
    <message>
        <source>PRODUCCIÓN (%1): las cesiones quedan en el registro real del SII</source>
        <translation>PRODUCTION (%1): the assignments are recorded in the SII&apos;s real registry</translation>
    </message>
    <message>
        <source>Otro SII: %1</source>
        <translation>Other SII: %1</translation>
    </message>
</context>
<context>
    <name>factora::ui::CessionsPage</name>
    <message>
        <source>Cesiones</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>SII: %1</source>
        <translation>SII: %1</translation>
    </message>
    <message>
        <source>&amp;Ceder facturas…</source>
        <translation>&amp;Assign invoices…</translation>
    </message>
    <message>
        <source>Certificados</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>factora::ui::CollectionChartsView</name>
    <message>
        <source>Recaudación diaria (pesos, por fecha contable)</source>
        <translation>Daily collections (pesos, by accounting date)</translation>
    </message>
    <message>
        <source>Morosidad de lo pendiente (pesos, por días de atraso)</source>
        <translation>Aging of outstanding debt (pesos, by days overdue)</translation>
    </message>
    <message>
        <source>Recaudado</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>factora::ui::CollectionsPage</name>
    <message>
        <source>&amp;Desde</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Hasta</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Actuali&amp;zar</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>Vuelve a leer la cobranza del rango (F5)</source>
        <translation>Reloads the collections of the range (F5)</translation>
    </message>
    <message>
        <source>N° de operación (opcional)</source>
        <translation>Operation no. (optional)</translation>
    </message>
    <message>
        <source>Con un número, la Carta Guía trae solo esa operación; sin él, las cesiones del rango</source>
        <translation>With a number, the Carta Guía holds only that operation; without it, the assignments of the range</translation>
    </message>
    <message>
        <source>&amp;Exportar Carta Guía…</source>
        <translation>&amp;Export Carta Guía…</translation>
    </message>
    <message>
        <source>&amp;Pagos</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <source>De&amp;udores</source>
        <translation>De&amp;btors</translation>
    </message>
    <message>
        <source>&amp;Rendiciones</source>
        <translation>&amp;Settlement files</translation>
    </message>
    <message>
        <source>&amp;Conciliación</source>
        <translation>Re&amp;conciliation</translation>
    </message>
    <message>
        <source>&amp;Gráficos</source>
        <translation>Cha&amp;rts</translation>
    </message>
    <message>
        <source>Fecha contable</source>
        <translation>Accounting date</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Transacciones</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Boletas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Buscar por RUT o nombre del deudor</source>
        <translation>Search by debtor&apos;s RUT or name</translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Pagadas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Monto pagado</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Pendientes</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Monto pendiente</source>
        <translation>Amount outstanding</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vencimiento más antiguo</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Emisor</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Emisión</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pagada el</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Generada</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Reen&amp;viar…</source>
        <translation>Resen&amp;d…</translation>
    </message>
    <message>
        <source>Archivo del banco</source>
        <translation>Bank file</translation>
    </message>
    <message>
        <source>Nuevas</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diferencias</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Sin resolver</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Transacción</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Boleta</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Monto banco</source>
        <translation>Bank amount</translation>
    </message>
    <message>
        <source>Monto Factora</source>
        <translation>Factora amount</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Resolución</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Re&amp;solver…</source>
        <translation>Reso&amp;lve…</translation>
    </message>
    <message>
        <source>La fecha «Desde» (%1) es posterior a «Hasta» (%2).</source>
        <translation>The “From” date (%1) is later than “To” (%2).</translation>
    </message>
    <message>
        <source>No hay pagos aplicados entre el %1 y el %2.</source>
        <translation>There are no payments applied between %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>Total del rango: %1 en %n boleta(s).</source>
        <translation>
            <numerusform>Range total: %1 in %n invoice.</numerusform>
            <numerusform>Range total: %1 in %n invoices.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Resuelta por %1: %2</source>
        <translation>Resolved by %1: %2</translation>
    </message>
    <message>
        <source>Cobranza del %1 al %2 al día.</source>
        <translation>Collections from %1 to %2 up to date.</translation>
    </message>
    <message>
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Rendición %1</source>
        <translation>Settlement file %1</translation>
    </message>
    <message>
        <source>Rendición %1 abierta.</source>
        <translation>Settlement file %1 opened.</translation>
    </message>
    <message>
        <source>Reenviar rendición</source>
        <translation>Resend settlement file</translation>
    </message>
    <message>
        <source>¿Reenviar %1 a todos los destinos configurados para el canal %2?</source>
        <translation>Resend %1 to every destination configured for channel %2?</translation>
    </message>
    <message>
        <source>Boleta %1 de la transacción %2, fecha contable %3: %4. %5</source>
        <translation>Invoice %1 of transaction %2, accounting date %3: %4. %5</translation>
    </message>
    <message>
        <source>carta-guia_%1_%2.xlsx</source>
        <translation>carta-guia_%1_%2.xlsx</translation>
    </message>
    <message>
        <source>carta-guia_operacion_%1.xlsx</source>
        <translation>carta-guia_operation_%1.xlsx</translation>
    </message>
    <message>
        <source>Exportar Carta Guía</source>
        <translation>Export Carta Guía</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>factora::ui::CompaniesPanel</name>
    <message>
        <source>Cliente (cedente)</source>
        <translation>Client (assignor)</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Caja Vecina</source>
        <translation>Caja Vecina</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>&amp;Nueva empresa</source>
        <translation>&amp;New company</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Deshabilitar</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Buscar por RUT o razón social</source>
        <translation>Search by RUT or legal name</translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Giro</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Convenios por canal</source>
        <translation>Agreements per channel</translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Habilitar</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Deshabilitar empresa</source>
        <translation>Disable company</translation>
    </message>
    <message>
        <source>¿Deshabilitar %1 (%2)? Sus usuarios no podrán operar con ella hasta que se habilite de nuevo.</source>
        <translation>Disable %1 (%2)? Its users will not be able to work with it until it is enabled again.</translation>
    </message>
</context>
<context>
    <name>factora::ui::CompanyChoiceDialog</name>
    <message>
        <source>Factora — Empresa</source>
        <translation>Factora — Company</translation>
    </message>
    <message>
        <source>Usted trabaja para varias empresas. Elija con cuál trabajará en esta sesión; solo verá los documentos de esa empresa.</source>
        <translation>You work for several companies. Choose which one you will work with in this session; you will only see that company&apos;s documents.</translation>
    </message>
    <message>
        <source>%1 (RUT %2)</source>
        <translation>%1 (RUT %2)</translation>
    </message>
    <message>
        <source>&amp;Empresa:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>factora::ui::CompanyTableModel</name>
    <message>
        <source>Factoring</source>
        <translation>Factoring</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Habilitada</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Deshabilitada</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caja Vecina</source>
        <translation>Caja Vecina</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>factora::ui::DesktopApplication</name>
    <message>
        <source>Empresa %1</source>
        <translation>Company %1</translation>
    </message>
</context>
<context>
    <name>factora::ui::DispatchAttemptModel</name>
    <message>
        <source>sin respuesta</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Destinatario</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>factora::ui::DispatchCampaignDialog</name>
    <message>
        <source>Campaña de envío</source>
        <translation>Dispatch campaign</translation>
    </message>
    <message>
        <source>Campaña del %1</source>
        <translation>Campaign of %1</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Qué enviar</source>
        <translation>What to send</translation>
    </message>
    <message>
        <source>Las cesiones anotadas de la &amp;operación:</source>
        <translation>The recorded assignments of &amp;operation:</translation>
    </message>
    <message>
        <source>Leyendo operaciones…</source>
        <translation>Reading operations…</translation>
    </message>
    <message numerus="yes">
        <source>Las &amp;facturas de las filas elegidas en el registro (%n DTE)</source>
        <translation>
            <numerusform>The &amp;invoices of the rows selected in the log (%n DTE)</numerusform>
            <numerusform>The &amp;invoices of the rows selected in the log (%n DTEs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fila(s) elegida(s) no corresponden a un DTE cargado (se enviaron desde un archivo) y no pueden ser parte de una campaña; use Reenviar para ellas.</source>
        <translation>
            <numerusform>%n selected row does not correspond to a loaded DTE (it was sent from a file) and cannot be part of a campaign; use Resend for it.</numerusform>
            <numerusform>%n selected rows do not correspond to a loaded DTE (they were sent from a file) and cannot be part of a campaign; use Resend for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF de la factura</source>
        <translation>The invoice&apos;s PDF</translation>
    </message>
    <message>
        <source>ZIP con el PDF y el XML</source>
        <translation>ZIP with the PDF and the XML</translation>
    </message>
    <message>
        <source>&amp;Adjunto:</source>
        <translation>&amp;Attachment:</translation>
    </message>
    <message>
        <source>Cada factura se envía al correo y al teléfono de la ficha de su deudor; las de deudores sin correo ni teléfono se omiten, con el motivo. La campaña solo pone los envíos en cola: los envían los procesos de factora-server.</source>
        <translation>Each invoice is sent to the e-mail address and phone number in its debtor&apos;s record; those of debtors without an e-mail address or phone number are skipped, with the reason. The campaign only queues the dispatches: factora-server&apos;s workers send them.</translation>
    </message>
    <message>
        <source>%v de %m terminados</source>
        <translation>%v of %m finished</translation>
    </message>
    <message>
        <source>&amp;Crear campaña</source>
        <translation>&amp;Create campaign</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No se pudieron leer las operaciones</source>
        <translation>Could not read the operations</translation>
    </message>
    <message>
        <source>No hay operaciones</source>
        <translation>There are no operations</translation>
    </message>
    <message>
        <source>Elija una operación</source>
        <translation>Choose an operation</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%3, %n aprobada(s))</source>
        <translation>
            <numerusform>%1 — %2 (%3, %n approved)</numerusform>
            <numerusform>%1 — %2 (%3, %n approved)</numerusform>
        </translation>
    </message>
    <message>
        <source>Creando la campaña… Se escribe entera o nada, por eso no se puede interrumpir; solo pone envíos en cola, así que tarda poco.</source>
        <translation>Creating the campaign… It is written entirely or not at all, so it cannot be interrupted; it only queues dispatches, so it takes little time.</translation>
    </message>
    <message>
        <source>No se creó la campaña: %1</source>
        <translation>The campaign was not created: %1</translation>
    </message>
    <message>
        <source>Campaña %1 «%2»: %3 factura(s) elegida(s), %4 en cola, %5 omitida(s).</source>
        <translation>Campaign %1 “%2”: %3 invoice(s) selected, %4 queued, %5 skipped.</translation>
    </message>
    <message>
        <source>Ninguna factura se omitió.</source>
        <translation>No invoice was skipped.</translation>
    </message>
    <message>
        <source>Omitidas:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>La campaña no tiene envíos.</source>
        <translation>The campaign has no dispatches.</translation>
    </message>
    <message>
        <source>Todos los envíos de la campaña terminaron.</source>
        <translation>All of the campaign&apos;s dispatches have finished.</translation>
    </message>
    <message>
        <source>No hay nada que enviar.</source>
        <translation>There is nothing to send.</translation>
    </message>
    <message>
        <source>Nada avanzó desde las %1. Los envíos los hacen los procesos de factora-server: revise que el servidor esté en marcha y con dispatch/workers mayor que 0.</source>
        <translation>Nothing has progressed since %1. factora-server&apos;s workers do the sending: check that the server is running with dispatch/workers greater than 0.</translation>
    </message>
    <message numerus="yes">
        <source>Los envíos los hacen los procesos de factora-server; esta ventana muestra su avance cada %n segundo(s).</source>
        <translation>
            <numerusform>factora-server&apos;s workers do the sending; this window shows their progress every second.</numerusform>
            <numerusform>factora-server&apos;s workers do the sending; this window shows their progress every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el avance: %1</source>
        <translation>Could not read the progress: %1</translation>
    </message>
</context>
<context>
    <name>factora::ui::DispatchLogModel</name>
    <message>
        <source>%1 por correo, %2 por SMS</source>
        <translation>%1 by e-mail, %2 by SMS</translation>
    </message>
    <message>
        <source>Creado</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Tipo / folio</source>
        <translation>Type / folio</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Correo / teléfono</source>
        <translation>E-mail / phone</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Intentos</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Último motivo</source>
        <translation>Last reason</translation>
    </message>
</context>
<context>
    <name>factora::ui::DispatchPage</name>
    <message>
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>p. ej. 76.354.771-K</source>
        <translation>e.g. 76.354.771-K</translation>
    </message>
    <message>
        <source>(todos)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Envíos con al menos un intento por este canal</source>
        <translation>Dispatches with at least one attempt on this channel</translation>
    </message>
    <message>
        <source>Cr&amp;eados entre</source>
        <translation>Cr&amp;eated between</translation>
    </message>
    <message>
        <source>Días en hora UTC</source>
        <translation>Days in UTC time</translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;RUT deudor:</source>
        <translation>Debtor&apos;s &amp;RUT:</translation>
    </message>
    <message>
        <source>F&amp;olio:</source>
        <translation>F&amp;olio:</translation>
    </message>
    <message>
        <source>Es&amp;tado:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Ca&amp;nal:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>y</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Buscar en la lista: deudor, correo, motivo… (Ctrl+F)</source>
        <translation>Search the list: debtor, e-mail, reason… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Actuali&amp;zar</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Vuelve a leer el registro de envíos (F5)</source>
        <translation>Reloads the dispatch log (F5)</translation>
    </message>
    <message>
        <source>E&amp;xportar CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Guarda los envíos que muestra la lista, con sus intentos, en un CSV para Excel</source>
        <translation>Saves the dispatches the list shows, with their attempts, to a CSV file for Excel</translation>
    </message>
    <message>
        <source>Ca&amp;mpaña…</source>
        <translation>Ca&amp;mpaign…</translation>
    </message>
    <message>
        <source>Envía las facturas de una operación o de las filas elegidas</source>
        <translation>Sends the invoices of an operation or of the selected rows</translation>
    </message>
    <message>
        <source>Envío elegido</source>
        <translation>Selected dispatch</translation>
    </message>
    <message>
        <source>Reen&amp;viar…</source>
        <translation>Resen&amp;d…</translation>
    </message>
    <message>
        <source>Crea un envío nuevo de esta factura, si quiere a otro correo o teléfono</source>
        <translation>Creates a new dispatch of this invoice, optionally to another e-mail address or phone number</translation>
    </message>
    <message>
        <source>Elija un envío para ver sus intentos.</source>
        <translation>Choose a dispatch to see its attempts.</translation>
    </message>
    <message>
        <source>El RUT del deudor no es válido: %1</source>
        <translation>The debtor&apos;s RUT is not valid: %1</translation>
    </message>
    <message>
        <source>El folio «%1» no es un número mayor que cero.</source>
        <translation>The folio “%1” is not a number greater than zero.</translation>
    </message>
    <message>
        <source>La fecha «desde» (%1) es posterior a «hasta» (%2).</source>
        <translation>The “from” date (%1) is later than the “to” date (%2).</translation>
    </message>
    <message>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No se pudo leer el registro de envíos: %1</source>
        <translation>Could not read the dispatch log: %1</translation>
    </message>
    <message>
        <source>Ningún envío</source>
        <translation>No dispatches</translation>
    </message>
    <message>
        <source>No hay envíos con estos filtros.

Los envíos se crean con una campaña (botón «Campaña…»), al reenviar uno anterior o con «factora-cli dispatch send»; los envían los procesos de factora-server.</source>
        <translation>There are no dispatches with these filters.

Dispatches are created by a campaign (“Campaign…” button), by resending an earlier one or with “factora-cli dispatch send”; factora-server&apos;s workers send them.</translation>
    </message>
    <message numerus="yes">
        <source>0 de %n envío(s)</source>
        <translation>
            <numerusform>0 of %n dispatch</numerusform>
            <numerusform>0 of %n dispatches</numerusform>
        </translation>
    </message>
    <message>
        <source>Ningún envío de la lista contiene «%1».</source>
        <translation>No dispatch in the list contains “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 de %n envío(s)</source>
        <translation>
            <numerusform>%1 of %n dispatch</numerusform>
            <numerusform>%1 of %n dispatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Los primeros %n envíos: acote el filtro para ver los demás</source>
        <translation>
            <numerusform>The first %n dispatch: narrow the filter to see the rest</numerusform>
            <numerusform>The first %n dispatches: narrow the filter to see the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envío(s)</source>
        <translation>
            <numerusform>%n dispatch</numerusform>
            <numerusform>%n dispatches</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el envío: %1</source>
        <translation>Could not read the dispatch: %1</translation>
    </message>
    <message>
        <source>Envío %1 · factura tipo %2, folio %3, de %4 · %5</source>
        <translation>Dispatch %1 · invoice type %2, folio %3, for %4 · %5</translation>
    </message>
    <message>
        <source>Motivo: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Creado el %1 por %2</source>
        <translation>Created on %1 by %2</translation>
    </message>
    <message>
        <source> · campaña %1</source>
        <translation> · campaign %1</translation>
    </message>
    <message>
        <source> · próximo intento: %1</source>
        <translation> · next attempt: %1</translation>
    </message>
    <message>
        <source>El documento ya no se guarda (plazo de retención): este envío no se puede reenviar.</source>
        <translation>The document is no longer stored (retention period): this dispatch cannot be resent.</translation>
    </message>
    <message>
        <source>Todavía no hay intentos: lo enviarán los procesos de factora-server.</source>
        <translation>No attempts yet: factora-server&apos;s workers will send it.</translation>
    </message>
    <message>
        <source>%1 está suprimido desde el %2: %3</source>
        <translation>%1 has been suppressed since %2: %3</translation>
    </message>
    <message>
        <source>Solo se reenvía un envío terminado; este sigue en curso.</source>
        <translation>Only a finished dispatch can be resent; this one is still in progress.</translation>
    </message>
    <message>
        <source>El documento de este envío ya no se guarda.</source>
        <translation>This dispatch&apos;s document is no longer stored.</translation>
    </message>
    <message>
        <source>envios-%1.csv</source>
        <translation>dispatches-%1.csv</translation>
    </message>
    <message>
        <source>Exportar el registro de envíos</source>
        <translation>Export the dispatch log</translation>
    </message>
    <message>
        <source>CSV para Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>La lista no muestra envíos: no hay nada que exportar.</source>
        <translation>The list shows no dispatches: there is nothing to export.</translation>
    </message>
    <message numerus="yes">
        <source>Exportando %n envío(s)…</source>
        <translation>
            <numerusform>Exporting %n dispatch…</numerusform>
            <numerusform>Exporting %n dispatches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reenviando el envío %1…</source>
        <translation>Resending dispatch %1…</translation>
    </message>
    <message>
        <source>No se reenvió: %1</source>
        <translation>Not resent: %1</translation>
    </message>
</context>
<context>
    <name>factora::ui::DispatchResendDialog</name>
    <message>
        <source>Reenviar factura</source>
        <translation>Resend invoice</translation>
    </message>
    <message>
        <source>Se creará un envío nuevo de la factura tipo %1, folio %2, a %3 (%4), con el mismo documento guardado. El envío %5 y su registro de intentos no cambian. Estado actual: %6.</source>
        <translation>A new dispatch of the invoice type %1, folio %2 will be created, to %3 (%4), with the same stored document. Dispatch %5 and its attempt log do not change. Current status: %6.</translation>
    </message>
    <message>
        <source>%1 está en la lista de supresión desde el %2: %3. Indique otro correo o un teléfono; si no, el reenvío quedará suprimido de nuevo.</source>
        <translation>%1 has been on the suppression list since %2: %3. Enter another e-mail address or a phone number; otherwise the resend will be suppressed again.</translation>
    </message>
    <message>
        <source>(sin correo)</source>
        <translation>(no e-mail address)</translation>
    </message>
    <message>
        <source>igual: %1</source>
        <translation>unchanged: %1</translation>
    </message>
    <message>
        <source>&amp;Correo nuevo:</source>
        <translation>New &amp;e-mail:</translation>
    </message>
    <message>
        <source>(sin teléfono; p. ej. +56912345678)</source>
        <translation>(no phone number; e.g. +56912345678)</translation>
    </message>
    <message>
        <source>&amp;Teléfono nuevo:</source>
        <translation>New &amp;phone:</translation>
    </message>
    <message>
        <source>&amp;Reenviar</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>«%1» no parece un correo (nombre@dominio.cl).</source>
        <translation>“%1” does not look like an e-mail address (name@domain.cl).</translation>
    </message>
    <message>
        <source>«%1» no es un teléfono válido: + y código de país, sin espacios (p. ej. +56912345678).</source>
        <translation>“%1” is not a valid phone number: + and country code, without spaces (e.g. +56912345678).</translation>
    </message>
</context>
<context>
    <name>factora::ui::DteDetailView</name>
    <message>
        <source>Este DTE no ha sido cedido.</source>
        <translation>This DTE has not been assigned.</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Datos</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Esquema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Firma (estricta):</source>
        <translation>Signature (strict):</translation>
    </message>
    <message>
        <source>Firma (modo SII):</source>
        <translation>Signature (SII mode):</translation>
    </message>
    <message>
        <source>Resultado:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>&amp;Verificaciones</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Cedente</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Cesionario</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ambiente SII</source>
        <translation>SII environment</translation>
    </message>
    <message>
        <source>TRACKID</source>
        <translation>TRACKID</translation>
    </message>
    <message>
        <source>&amp;Cesiones</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <source>&amp;Factura</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <source>Elija un DTE de la lista para ver sus datos, sus verificaciones, sus cesiones y la factura.</source>
        <translation>Choose a DTE from the list to see its data, its checks, its assignments and the invoice.</translation>
    </message>
    <message>
        <source>Cargando el DTE…</source>
        <translation>Loading the DTE…</translation>
    </message>
    <message>
        <source>%1 Nº %2</source>
        <translation>%1 No. %2</translation>
    </message>
    <message>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Folio:</source>
        <translation>Folio:</translation>
    </message>
    <message>
        <source>Emisor:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>%1, RUT %2</source>
        <translation>%1, RUT %2</translation>
    </message>
    <message>
        <source>Receptor:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Fecha de emisión:</source>
        <translation>Issue date:</translation>
    </message>
    <message>
        <source>Vencimiento:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Monto neto:</source>
        <translation>Net amount:</translation>
    </message>
    <message>
        <source>Monto exento:</source>
        <translation>Exempt amount:</translation>
    </message>
    <message>
        <source>IVA:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Monto total:</source>
        <translation>Total amount:</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pagos:</source>
        <translation>Payments:</translation>
    </message>
    <message>
        <source>Sin calendario de pagos</source>
        <translation>No payment schedule</translation>
    </message>
    <message>
        <source>Archivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Cargado:</source>
        <translation>Loaded:</translation>
    </message>
    <message>
        <source>%1 por %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>El DTE es auténtico e íntegro y cumple el esquema del SII.</source>
        <translation>The DTE is authentic and intact and complies with the SII schema.</translation>
    </message>
    <message>
        <source>La firma del emisor es válida: el DTE es auténtico e íntegro. El archivo, tal como está, no cumple el esquema del SII (suele faltarle la declaración del espacio de nombres del SII).</source>
        <translation>The issuer&apos;s signature is valid: the DTE is authentic and intact. The file, as it stands, does not comply with the SII schema (it usually lacks the SII namespace declaration).</translation>
    </message>
    <message>
        <source>La firma del emisor no se verifica: no ofrezca este DTE sin revisarlo con el emisor.</source>
        <translation>The issuer&apos;s signature does not verify: do not offer this DTE without checking it with the issuer.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No se pudo dibujar la factura: %1</source>
        <translation>Could not render the invoice: %1</translation>
    </message>
    <message>
        <source>Cumple el esquema del SII (DTE_v10.xsd).</source>
        <translation>Complies with the SII schema (DTE_v10.xsd).</translation>
    </message>
    <message>
        <source>No cumple el esquema del SII (DTE_v10.xsd).</source>
        <translation>Does not comply with the SII schema (DTE_v10.xsd).</translation>
    </message>
    <message>
        <source>Válida: la firma del emisor se verifica tal como está en el archivo (XML-DSig estándar).</source>
        <translation>Valid: the issuer&apos;s signature verifies as it stands in the file (standard XML-DSig).</translation>
    </message>
    <message>
        <source>No se verifica tal como está en el archivo; es normal en un DTE que venía dentro de un sobre (EnvioDTE o AEC) si la verificación al modo del SII es válida.</source>
        <translation>Does not verify as it stands in the file; this is normal for a DTE that came inside an envelope (EnvioDTE or AEC) if the SII-mode verification is valid.</translation>
    </message>
    <message>
        <source>Válida: la firma se verifica con el DTE aislado de su sobre, como lo hace el SII.</source>
        <translation>Valid: the signature verifies with the DTE taken out of its envelope, as the SII does.</translation>
    </message>
    <message>
        <source>No válida: el DTE o su firma cambiaron después de firmarse, o no tiene firma.</source>
        <translation>Not valid: the DTE or its signature changed after signing, or it has no signature.</translation>
    </message>
    <message>
        <source>No hay una factura dibujada que guardar: elija un DTE cuya factura se vea.</source>
        <translation>There is no rendered invoice to save: choose a DTE whose invoice is shown.</translation>
    </message>
    <message>
        <source>No se pudo guardar «%1»: %2</source>
        <translation>Could not save “%1”: %2</translation>
    </message>
    <message>
        <source>Guardar la factura en PDF</source>
        <translation>Save the invoice as PDF</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Guardar PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>factora::ui::DteImportResultModel</name>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>factora::ui::DteInboxPage</name>
    <message>
        <source>&amp;Importar archivos…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Cargar archivos XML de DTE (Ctrl+I); también puede arrastrarlos aquí.</source>
        <translation>Load DTE XML files (Ctrl+I); you can also drag them here.</translation>
    </message>
    <message>
        <source>Importar &amp;carpeta…</source>
        <translation>Import fo&amp;lder…</translation>
    </message>
    <message>
        <source>Cargar todos los XML de una carpeta y sus subcarpetas.</source>
        <translation>Load every XML file in a folder and its subfolders.</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Volver a leer los DTE (F5).</source>
        <translation>Reload the DTEs (F5).</translation>
    </message>
    <message>
        <source>Buscar folio, RUT, razón social… (Ctrl+F)</source>
        <translation>Search folio, RUT, legal name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>RUT o razón social</source>
        <translation>RUT or legal name</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>mínimo</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>máximo</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Emisor:</source>
        <translation>Iss&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Receptor:</source>
        <translation>Reci&amp;pient:</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>E&amp;stado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Emitidos &amp;desde:</source>
        <translation>Issued &amp;from:</translation>
    </message>
    <message>
        <source>&amp;hasta:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Monto desde:</source>
        <translation>&amp;Amount from:</translation>
    </message>
    <message>
        <source>hasta:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>%v de %m archivos</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Detener la importación antes del siguiente archivo (Esc).</source>
        <translation>Stop the import before the next file (Esc).</translation>
    </message>
    <message>
        <source>Cerrar resultados</source>
        <translation>Close results</translation>
    </message>
    <message>
        <source>Buscando archivos XML…</source>
        <translation>Looking for XML files…</translation>
    </message>
    <message>
        <source>Cancelando: se detiene antes del siguiente archivo…</source>
        <translation>Cancelling: stopping before the next file…</translation>
    </message>
    <message>
        <source>Importando %1 de %2 archivos…</source>
        <translation>Importing %1 of %2 files…</translation>
    </message>
    <message>
        <source>%1 archivos importados, %2 duplicados, %3 con problemas.</source>
        <translation>%1 files imported, %2 duplicates, %3 with problems.</translation>
    </message>
    <message>
        <source>Importación cancelada: </source>
        <translation>Import cancelled: </translation>
    </message>
    <message>
        <source>Los archivos ya procesados quedan cargados.</source>
        <translation>The files already processed stay loaded.</translation>
    </message>
    <message>
        <source>No se encontró ningún archivo XML que importar.</source>
        <translation>No XML file to import was found.</translation>
    </message>
    <message>
        <source>Importar DTE</source>
        <translation>Import DTEs</translation>
    </message>
    <message>
        <source>Documentos XML (*.xml *.XML);;Todos los archivos (*)</source>
        <translation>XML documents (*.xml *.XML);;All files (*)</translation>
    </message>
    <message>
        <source>Importar los DTE de una carpeta</source>
        <translation>Import the DTEs of a folder</translation>
    </message>
    <message>
        <source>Cargando DTE…</source>
        <translation>Loading DTEs…</translation>
    </message>
    <message>
        <source>No se pudieron leer los DTE: %1</source>
        <translation>Could not read the DTEs: %1</translation>
    </message>
    <message>
        <source>Aún no hay DTE cargados. Impórtelos con «Importar archivos…» o «Importar carpeta…», o arrastre los archivos XML a esta ventana.</source>
        <translation>No DTEs are loaded yet. Import them with “Import files…” or “Import folder…”, or drag the XML files onto this window.</translation>
    </message>
    <message>
        <source>Aún no hay DTE cargados.</source>
        <translation>No DTEs are loaded yet.</translation>
    </message>
    <message>
        <source>Ningún DTE coincide con los filtros. Use «Limpiar filtros» para verlos todos.</source>
        <translation>No DTE matches the filters. Use “Clear filters” to see them all.</translation>
    </message>
    <message numerus="yes">
        <source>%n DTE</source>
        <translation>
            <numerusform>%n DTE</numerusform>
            <numerusform>%n DTEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 de %n DTE</source>
        <translation>
            <numerusform>%1 of %n DTE</numerusform>
            <numerusform>%1 of %n DTEs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factora::ui::DteTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Emisor</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Receptor</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Fecha emisión</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Monto total</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verificaciones</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>factora::ui::EmptyStatePage</name>
    <message>
        <source>Todavía no hay nada que mostrar en esta sección.</source>
        <translation>There is nothing to show in this section yet.</translation>
    </message>
</context>
<context>
    <name>factora::ui::HomePage</name>
    <message>
        <source>Hola, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Usuario:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Empresas:</source>
        <translation>Companies:</translation>
    </message>
    <message>
        <source>Elija una sección en la lista de la izquierda.</source>
        <translation>Choose a section in the list on the left.</translation>
    </message>
    <message>
        <source>Todas las empresas clientes</source>
        <translation>All client companies</translation>
    </message>
</context>
<context>
    <name>factora::ui::LoginDialog</name>
    <message>
        <source>Ingresar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Factora — Ingreso</source>
        <translation>Factora — Sign in</translation>
    </message>
    <message>
        <source>Cesión electrónica de facturas y cobranza</source>
        <translation>Electronic invoice assignment and collections</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Base de datos: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Usuario o contraseña incorrectos.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>La cuenta está bloqueada. Consulte al administrador.</source>
        <translation>The account is locked. Ask the administrator.</translation>
    </message>
    <message>
        <source>No se pudo ingresar: %1</source>
        <translation>Could not sign in: %1</translation>
    </message>
    <message>
        <source>Ingrese su nombre de usuario.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Ingrese su contraseña.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>factora::ui::MainWindow</name>
    <message>
        <source>Factora — %1 (%2)</source>
        <translation>Factora — %1 (%2)</translation>
    </message>
    <message>
        <source>Usuario: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Base de datos: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Sesión bloqueada</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>El contenido queda oculto hasta que ingrese de nuevo su contraseña.</source>
        <translation>The content stays hidden until you enter your password again.</translation>
    </message>
    <message>
        <source>Desbloquear…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Sesión</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Bloquear sesión</source>
        <translation>&amp;Lock session</translation>
    </message>
    <message>
        <source>&amp;Cerrar sesión</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Acerca de Factora</source>
        <translation>&amp;About Factora</translation>
    </message>
    <message>
        <source>Acerca de Factora</source>
        <translation>About Factora</translation>
    </message>
    <message>
        <source>Factora %1

Back office de factoring: cesión electrónica de facturas, cobranza y despacho a deudores.</source>
        <translation>Factora %1

Factoring back office: electronic invoice assignment, collections and dispatch to debtors.</translation>
    </message>
</context>
<context>
    <name>factora::ui::OfferableDteTableModel</name>
    <message>
        <source>Rechazado antes</source>
        <translation>Previously rejected</translation>
    </message>
    <message>
        <source>Cargado</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Emisión</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>factora::ui::OperationDteTableModel</name>
    <message>
        <source>Por %1 el %2</source>
        <translation>By %1 on %2</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Operación</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>VºBº</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cesión</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Por cobrar</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Pagada</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Retirada de la cartera</source>
        <translation>Removed from the portfolio</translation>
    </message>
    <message>
        <source>Cobranza</source>
        <translation>Collection</translation>
    </message>
</context>
<context>
    <name>factora::ui::OperationEventTableModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operación</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>factora::ui::OperationTableModel</name>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pendientes</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Aprobados</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rechazados</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Monto total</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>Creada</source>
        <translation>Created</translation>
    </message>
    <message numerus="yes">
        <source>%1 de %n DTE aprobado(s) ya pagado(s) por el deudor</source>
        <translation>
            <numerusform>%1 of %n approved DTE already paid by the debtor</numerusform>
            <numerusform>%1 of %n approved DTEs already paid by the debtor</numerusform>
        </translation>
    </message>
    <message>
        <source>Pagados</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>factora::ui::OperationsPage</name>
    <message>
        <source>&lt;h2&gt;Operaciones&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Operations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Vuelve a leer ofertas y operaciones (F5)</source>
        <translation>Reloads offers and operations (F5)</translation>
    </message>
    <message>
        <source>Ofrecer DTE</source>
        <translation>Offer DTEs</translation>
    </message>
    <message>
        <source>Ofertas recibidas</source>
        <translation>Offers received</translation>
    </message>
    <message>
        <source>Operaciones</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Por factura</source>
        <translation>By invoice</translation>
    </message>
    <message>
        <source>Seleccione los DTE cargados que quiere ofrecer al factoring para su visto bueno.</source>
        <translation>Select the loaded DTEs you want to offer to the factoring company for approval.</translation>
    </message>
    <message>
        <source>&amp;Empresa:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>O&amp;peración:</source>
        <translation>O&amp;peration:</translation>
    </message>
    <message>
        <source>&amp;Ofrecer al factoring</source>
        <translation>&amp;Offer to the factoring company</translation>
    </message>
    <message>
        <source>No hay DTE cargados para ofrecer. Cárguelos en la sección DTE; los que el factoring rechace vuelven a aparecer aquí.</source>
        <translation>There are no loaded DTEs to offer. Load them in the DTE section; those the factoring company rejects appear here again.</translation>
    </message>
    <message>
        <source>&amp;Cliente:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Aprobar</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Rechazar…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>No hay ofertas pendientes de visto bueno.</source>
        <translation>There are no offers pending approval.</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Número:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Buscar operación por número</source>
        <translation>Search operation by number</translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cambiar &amp;número…</source>
        <translation>Change &amp;number…</translation>
    </message>
    <message>
        <source>Seleccione una operación para ver sus DTE y su historial.</source>
        <translation>Select an operation to see its DTEs and its history.</translation>
    </message>
    <message>
        <source>&amp;Folio:</source>
        <translation>&amp;Folio:</translation>
    </message>
    <message>
        <source>&amp;RUT emisor:</source>
        <translation>Issuer&apos;s &amp;RUT:</translation>
    </message>
    <message>
        <source>76.354.771-K</source>
        <translation>76.354.771-K</translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Operación nueva</source>
        <translation>New operation</translation>
    </message>
    <message numerus="yes">
        <source>Agregar a la operación %1 (%n DTE)</source>
        <translation>
            <numerusform>Add to operation %1 (%n DTE)</numerusform>
            <numerusform>Add to operation %1 (%n DTEs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Todos los clientes (%n DTE)</source>
        <translation>
            <numerusform>All clients (%n DTE)</numerusform>
            <numerusform>All clients (%n DTEs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n DTE)</source>
        <translation>
            <numerusform>%1 (%n DTE)</numerusform>
            <numerusform>%1 (%n DTEs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actualizado a las %1.</source>
        <translation>Updated at %1.</translation>
    </message>
    <message>
        <source>Escriba el número de la operación que busca.</source>
        <translation>Enter the number of the operation you are looking for.</translation>
    </message>
    <message numerus="yes">
        <source>Operación %1: %n DTE</source>
        <translation>
            <numerusform>Operation %1: %n DTE</numerusform>
            <numerusform>Operation %1: %n DTEs</numerusform>
        </translation>
    </message>
    <message>
        <source>Escriba el folio de la factura, el RUT del emisor o ambos.</source>
        <translation>Enter the invoice&apos;s folio, the issuer&apos;s RUT or both.</translation>
    </message>
    <message>
        <source>Ninguna factura con esos datos fue ofrecida en una operación.</source>
        <translation>No invoice with those details was offered in an operation.</translation>
    </message>
    <message numerus="yes">
        <source>%n fila(s) encontrada(s).</source>
        <translation>
            <numerusform>%n row found.</numerusform>
            <numerusform>%n rows found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factora::ui::RejectReasonDialog</name>
    <message>
        <source>Rechazar DTE</source>
        <translation>Reject DTE</translation>
    </message>
    <message numerus="yes">
        <source>Motivo del rechazo de %n DTE. El cedente lo verá junto a cada documento.</source>
        <translation>
            <numerusform>Reason for rejecting %n DTE. The assignor will see it next to the document.</numerusform>
            <numerusform>Reason for rejecting %n DTEs. The assignor will see it next to each document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Por ejemplo: el deudor tiene facturas impagas</source>
        <translation>For example: the debtor has unpaid invoices</translation>
    </message>
    <message>
        <source>Rechazar</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>factora::ui::RenumberDialog</name>
    <message>
        <source>Cambiar número de operación</source>
        <translation>Change operation number</translation>
    </message>
    <message>
        <source>Número actual:</source>
        <translation>Current number:</translation>
    </message>
    <message>
        <source>&amp;Número nuevo:</source>
        <translation>&amp;New number:</translation>
    </message>
    <message>
        <source>&amp;Confirmo el cambio: queda registrado en el historial y en la auditoría.</source>
        <translation>I &amp;confirm the change: it is recorded in the history and in the audit log.</translation>
    </message>
    <message>
        <source>Cambiar número</source>
        <translation>Change number</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>factora::ui::ResolveDifferenceDialog</name>
    <message>
        <source>Resolver diferencia</source>
        <translation>Resolve difference</translation>
    </message>
    <message>
        <source>&amp;Motivo (obligatorio; queda registrado en la auditoría):</source>
        <translation>&amp;Reason (required; it is recorded in the audit log):</translation>
    </message>
    <message>
        <source>&amp;Resolver</source>
        <translation>&amp;Resolve</translation>
    </message>
</context>
<context>
    <name>factora::ui::ResubmitDialog</name>
    <message>
        <source>Reenviar cesión rechazada</source>
        <translation>Resubmit rejected assignment</translation>
    </message>
    <message>
        <source>Se enviará de nuevo al SII el mismo AEC de %1. Hágalo solo después de corregir la causa del rechazo. El motivo queda en el historial y en la auditoría.</source>
        <translation>The same AEC of %1 will be submitted to the SII again. Do this only after correcting the cause of the rejection. The reason is recorded in the history and in the audit log.</translation>
    </message>
    <message>
        <source>%1 — RUT %2 — %3</source>
        <translation>%1 — RUT %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Certificado:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>C&amp;ontraseña:</source>
        <translation>P&amp;assword:</translation>
    </message>
    <message>
        <source>Reenviar</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>Escriba el motivo del reenvío: qué se corrigió.</source>
        <translation>Write the reason for resubmitting: what was corrected.</translation>
    </message>
    <message>
        <source>Elija el certificado con que se autentica ante el SII.</source>
        <translation>Choose the certificate to authenticate with the SII.</translation>
    </message>
    <message>
        <source>La contraseña no corresponde al certificado de %1.</source>
        <translation>The password does not match the certificate of %1.</translation>
    </message>
</context>
<context>
    <name>factora::ui::SiiAnswerTableModel</name>
    <message>
        <source>Envío del AEC</source>
        <translation>AEC submission</translation>
    </message>
    <message>
        <source>Estado del envío</source>
        <translation>Submission status</translation>
    </message>
    <message>
        <source>Consulta al registro</source>
        <translation>Registry query</translation>
    </message>
    <message>
        <source>%1 — SII: %2</source>
        <translation>%1 — SII: %2</translation>
    </message>
    <message>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>TRACKID</source>
        <translation>TRACKID</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Significado</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>factora::ui::SystemPanel</name>
    <message>
        <source>&amp;Guardar valor</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <source>&amp;Quitar valor compartido</source>
        <translation>&amp;Remove shared value</translation>
    </message>
    <message>
        <source>Estos valores se guardan en la base de datos compartida y valen para todos los programas de Factora. Cada programa los lee al iniciarse: después de un cambio, reinicie factora-server (y el programa de escritorio) para aplicarlo. Lo que se fije en la línea de comandos de un programa sigue mandando sobre estos valores.</source>
        <translation>These values are stored in the shared database and apply to every Factora program. Each program reads them when it starts: after a change, restart factora-server (and the desktop program) to apply it. Whatever is set on a program&apos;s command line still takes precedence over these values.</translation>
    </message>
    <message>
        <source>En este equipo: «%1» (%2)</source>
        <translation>On this computer: “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>factora::ui::SystemSettingTableModel</name>
    <message>
        <source>(vacío)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(sin valor compartido)</source>
        <translation>(no shared value)</translation>
    </message>
    <message>
        <source>Al reiniciar el servidor</source>
        <translation>When the server restarts</translation>
    </message>
    <message>
        <source>Inmediato</source>
        <translation>Immediately</translation>
    </message>
    <message>
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Valor en este equipo</source>
        <translation>Value on this computer</translation>
    </message>
    <message>
        <source>Valor compartido</source>
        <translation>Shared value</translation>
    </message>
    <message>
        <source>Se aplica</source>
        <translation>Takes effect</translation>
    </message>
</context>
<context>
    <name>factora::ui::UnlockDialog</name>
    <message>
        <source>Desbloquear</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Factora — Sesión bloqueada</source>
        <translation>Factora — Session locked</translation>
    </message>
    <message>
        <source>La sesión de %1 (%2) está bloqueada. Ingrese su contraseña para continuar.</source>
        <translation>The session of %1 (%2) is locked. Enter your password to continue.</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Ingrese su contraseña.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>El ingreso no corresponde al usuario de esta sesión.</source>
        <translation>The sign-in does not belong to the user of this session.</translation>
    </message>
</context>
<context>
    <name>factora::ui::UserTableModel</name>
    <message>
        <source>Deshabilitado</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Bloqueado hasta %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Habilitado</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Último ingreso</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>factora::ui::UsersPanel</name>
    <message>
        <source>&amp;Nuevo usuario</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Deshabilitar</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>&amp;Restablecer contraseña…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Habilitar</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Deshabilitar usuario</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>¿Deshabilitar la cuenta %1 (%2)? No podrá iniciar sesión hasta que se habilite de nuevo.</source>
        <translation>Disable the account %1 (%2)? It will not be able to sign in until it is enabled again.</translation>
    </message>
    <message>
        <source>Restablecer contraseña</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>¿Dar a %1 una contraseña temporal nueva? La actual deja de servir y la nueva se muestra una sola vez.</source>
        <translation>Give %1 a new temporary password? The current one stops working and the new one is shown only once.</translation>
    </message>
    <message>
        <source>Restablecer</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Contraseña temporal: entréguela a la persona por un medio seguro. Se muestra solo ahora; no queda guardada en ninguna parte.</source>
        <translation>Temporary password: give it to the person through a secure channel. It is shown only now; it is not stored anywhere.</translation>
    </message>
</context>
</TS>
