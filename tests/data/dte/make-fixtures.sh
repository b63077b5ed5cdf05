#!/usr/bin/env bash
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# Regenerates the signed DTE fixtures of tests/data/dte: the same invoice written in ISO-8859-1, UTF-8 and
# windows-1252 (and windows-1252 bytes declared as ISO-8859-1), each signed standalone with xmlsec1 as an emitter's
# software does. The key is thrown away at the end; the certificate stays in each file's signature. Every DTE must
# pass `xmllint --schema DTE_v10.xsd`. Run from anywhere; needs openssl, xmlsec1, xmllint and iconv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
schema="$here/../../../core/dte/schemas/DTE_v10.xsd"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 -keyout "$work/key.pem" -out "$work/cert.pem" \
    -subj "/C=CL/O=Factora pruebas/CN=Emisor de Prueba Factora" \
    -addext "subjectAltName=otherName:1.3.6.1.4.1.8321.1;IA5STRING:12345678-5" 2>/dev/null

# $1 folio, $2 razón social of the emitter, $3 encoding name for the declaration ("" for none)
template() {
    local folio="$1" emisor="$2" encoding="$3"
    [[ -n "$encoding" ]] && printf '<?xml version="1.0" encoding="%s"?>\n' "$encoding"
    cat <<XML
<DTE xmlns="http://www.sii.cl/SiiDte" version="1.0">
<Documento ID="F${folio}T33">
<Encabezado>
<IdDoc><TipoDTE>33</TipoDTE><Folio>${folio}</Folio><FchEmis>2026-03-02</FchEmis><FmaPago>2</FmaPago><MntPagos><FchPago>2026-04-01</FchPago><MntPago>595000</MntPago><GlosaPagos>Primera cuota</GlosaPagos></MntPagos><MntPagos><FchPago>2026-05-01</FchPago><MntPago>595000</MntPago></MntPagos><FchVenc>2026-05-01</FchVenc></IdDoc>
<Emisor><RUTEmisor>76555835-2</RUTEmisor><RznSoc>${emisor}</RznSoc><GiroEmis>Servicios de ingeniería</GiroEmis><Acteco>421000</Acteco><DirOrigen>Av. Peñalolén 1234</DirOrigen><CmnaOrigen>Ñuñoa</CmnaOrigen></Emisor>
<Receptor><RUTRecep>76177907-9</RUTRecep><RznSocRecep>Distribuidora Ñuble Ltda.</RznSocRecep><GiroRecep>Comercio</GiroRecep><DirRecep>Los Aromos 55</DirRecep><CmnaRecep>Concepción</CmnaRecep></Receptor>
<Totales><MntNeto>1000000</MntNeto><MntExe>0</MntExe><TasaIVA>19</TasaIVA><IVA>190000</IVA><MntTotal>1190000</MntTotal></Totales>
</Encabezado>
<Detalle><NroLinDet>1</NroLinDet><NmbItem>Asesoría técnica</NmbItem><QtyItem>1</QtyItem><PrcItem>1000000</PrcItem><MontoItem>1000000</MontoItem></Detalle>
<TED version="1.0"><DD><RE>76555835-2</RE><TD>33</TD><F>${folio}</F><FE>2026-03-02</FE><RR>76177907-9</RR><RSR>Distribuidora Ñuble Ltda.</RSR><MNT>1190000</MNT><IT1>Asesoría técnica</IT1><CAF version="1.0"><DA><RE>76555835-2</RE><RS>COMERCIAL PRUEBA</RS><TD>33</TD><RNG><D>1</D><H>9999</H></RNG><FA>2026-01-05</FA><RSAPK><M>uv7BUO3yg/7RoMjh1mPXXG/8YIwjtXsu7kcOq7dZQj66QCiY4FVz2fIhF1jaU0GSikq/jq26IFGylGus92OnPQ==</M><E>Aw==</E></RSAPK><IDK>300</IDK></DA><FRMA algoritmo="SHA1withRSA">PI7bw8y0RNUJrGxyhb2gr6BjFtv/Ikyo/6g69wycoXTHSoRML3xvZvOBytreN7REw9JF0Ldoj91RRtaZbH38bA==</FRMA></CAF><TSTED>2026-03-02T10:00:00</TSTED></DD><FRMT algoritmo="SHA1withRSA">DKFS7bNYRpVYLNEII+eyLcBHmNwQIHVkbqgR96wKcnDEcU6NsHQUMUyXpr7ql7xD9iuGkZDmNxHuY+Mq913oSA==</FRMT></TED>
<TmstFirma>2026-03-02T10:00:00</TmstFirma>
</Documento>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/><Reference URI="#F${folio}T33"><Transforms><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><DigestValue/></Reference></SignedInfo><SignatureValue/><KeyInfo><KeyValue/><X509Data><X509Certificate/></X509Data></KeyInfo></Signature>
</DTE>
XML
}

sign() { # $1 template file, $2 output
    xmlsec1 --sign --privkey-pem "$work/key.pem,$work/cert.pem" --id-attr:ID Documento --output "$2" "$1"
    xmllint --noout --schema "$schema" "$2"
    xmlsec1 --verify --id-attr:ID Documento "$2" >/dev/null 2>&1
}

template 1001 "Comercial Ñandú SpA" ISO-8859-1 | iconv -f UTF-8 -t ISO-8859-1 > "$work/latin1.xml"
sign "$work/latin1.xml" "$here/dte-latin1.xml"

template 1002 "Comercial Ñandú SpA" UTF-8 > "$work/utf8.xml"
sign "$work/utf8.xml" "$here/dte-utf8.xml"

template 1003 "Comercial “Ñandú” SpA – €" windows-1252 | iconv -f UTF-8 -t WINDOWS-1252 > "$work/cp1252.xml"
sign "$work/cp1252.xml" "$here/dte-windows1252.xml"

# windows-1252 bytes (“ ” – €) under an ISO-8859-1 declaration, as some emitters' software writes them.
template 1004 "Comercial “Ñandú” SpA – €" ISO-8859-1 | iconv -f UTF-8 -t WINDOWS-1252 > "$work/mislabelled.xml"
sign "$work/mislabelled.xml" "$here/dte-windows1252-declared-latin1.xml"

# The UTF-8 DTE without its XML declaration: XML's default encoding. The signature does not cover the declaration.
tail -n +2 "$here/dte-utf8.xml" > "$here/dte-utf8-no-declaration.xml"
xmlsec1 --verify --id-attr:ID Documento "$here/dte-utf8-no-declaration.xml" >/dev/null 2>&1

echo "fixtures written to $here"
