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
        <source>El documento a firmar debe tener el elemento con ID «%1» y una sola plantilla de firma; tiene %2.</source>
        <translation>The document to sign must have the element with ID “%1” and a single signature template; it has %2.</translation>
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
        <source>La factura %1 dejó de estar pendiente.</source>
        <translation>The invoice %1 is no longer pending.</translation>
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
    <name>DteFragment</name>
    <message>
        <source>El DTE no declara el espacio de nombres del SII (%1); la verificación al modo del SII lo supuso, como lo tenía al firmarse.</source>
        <translation>The DTE does not declare the SII&apos;s namespace (%1); the verification in the SII&apos;s way assumed it, as the DTE had it when signed.</translation>
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
</TS>
