#!/usr/bin/env bash
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# tools/demo-kit/make-demo-kit.sh [--new-dtes] DIR
#
# Makes the demo kit in DIR: what a new user needs, beside the demo database (factora-cli demo seed), to try the
# whole cession flow against factora-sii-sim on one machine. Everything is generated here, on the user's machine;
# nothing of it is committed.
#   DIR/ca/factora-demo-ca.pem      a demo certification authority (its key is thrown away once it has issued);
#                                   factora-sii-sim --trusted-ca takes it
#   DIR/firma/cedente1-firma.p12    the certificate and key of Jorge Araya, who signs for Ingeniería Enacon SpA
#                                   (the demo user cedente1): RUT 13579246-2 in the SubjectAltName otherName
#                                   1.3.6.1.4.1.8321.1, password factora-demo-firma
#   DIR/dte/*.xml                   facturas electrónicas (tipo 33) of Ingeniería Enacon SpA (76354771-K) to the demo
#                                   debtors, ISO-8859-1, signed by Jorge Araya as an emitter's software signs them,
#                                   each with a TED under a throw-away CAF, plus a copy of the real SII sample
#                                   DTE--76354771-K--33--170.xml
# Idempotent: what exists and is still usable is kept (a certificate that expires within 30 days is made anew).
# --new-dtes replaces the DTEs with new ones, with new folios, keeping the CA and the certificate. Folios come
# from the time of generation, so DTEs of two generations never share a folio. Every DTE made is checked with
# `xmllint --schema DTE_v10.xsd` and `xmlsec1 --verify` before it is put in place. Needs openssl, xmlsec1, xmllint,
# iconv and base64 (scripts/debian-packages lists them).
#
# The constants below are also in core/demo/DemoSeeder (demoSignerRut, demoSignerName, demoCertificatePassword);
# tests/demo/TestDemoKit checks they agree.
set -euo pipefail

usage() { sed -n '4,22s/^# \{0,1\}//p' "$0"; }

new_dtes=0
case "${1:-}" in
--new-dtes) new_dtes=1; shift ;;
-h | --help) usage; exit 0 ;;
esac
if [ $# -ne 1 ] || [ -z "$1" ]; then
    usage >&2
    exit 64
fi
kit="$1"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
schema="$root/core/dte/schemas/DTE_v10.xsd"
sample="$root/tests/data/sii/DTE--76354771-K--33--170.xml"

signer_rut="13579246-2"
signer_name="Jorge Araya"
p12_password="factora-demo-firma"
emitter_rut="76354771-K"

ca_pem="$kit/ca/factora-demo-ca.pem"
p12="$kit/firma/cedente1-firma.p12"

for tool in openssl xmlsec1 xmllint iconv base64; do
    command -v "$tool" >/dev/null || { echo "make-demo-kit: '$tool' is missing (scripts/deps installs it)" >&2; exit 69; }
done
for file in "$schema" "$sample"; do
    [ -f "$file" ] || { echo "make-demo-kit: $file is missing" >&2; exit 66; }
done

mkdir -p "$kit"
# A generation killed outright (SIGKILL, power cut) may have left its work folder, with keys in it.
find "$kit" -maxdepth 1 -name '.work.*' -type d -mmin +10 -exec rm -rf {} +
umask 077
work="$(mktemp -d "$kit/.work.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- The CA and the signer's certificate -------------------------------------------------------------------------

identity_usable() {
    [ -f "$ca_pem" ] && [ -f "$p12" ] || return 1
    openssl pkcs12 -in "$p12" -passin "pass:$p12_password" -nokeys -clcerts -out "$work/check.pem" 2>/dev/null || return 1
    openssl x509 -in "$work/check.pem" -noout -checkend $((30 * 86400)) >/dev/null 2>&1 || return 1
    openssl verify -CAfile "$ca_pem" "$work/check.pem" >/dev/null 2>&1
}

make_identity() {
    local id="$work/identity"
    mkdir -p "$id/ca" "$id/firma" "$id/db"
    : >"$id/db/index.txt"
    openssl rand -hex 16 >"$id/db/serial"
    # Valid from 90 days ago, so the demo DTEs (issued up to 30 days back) were signed inside the validity.
    local start
    start="$(date -u -d '-90 days' +%Y%m%d%H%M%SZ)"
    cat >"$id/ca.cnf" <<EOF
[ ca ]
default_ca = demo
[ demo ]
database = $id/db/index.txt
serial = $id/db/serial
new_certs_dir = $id/db
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
emailAddress = optional
[ root ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ person ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = otherName:1.3.6.1.4.1.8321.1;IA5STRING:$signer_rut, email:jorge.araya@enacon.demo.factora.cl
EOF
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$id/ca.key" 2>/dev/null
    openssl req -new -key "$id/ca.key" -subj "/C=CL/O=Factora demo/CN=Factora Demo CA (no es una CA real)" \
        -out "$id/ca.csr"
    openssl ca -batch -config "$id/ca.cnf" -selfsign -keyfile "$id/ca.key" -in "$id/ca.csr" -extensions root \
        -startdate "$start" -days 3650 -notext -out "$id/ca/factora-demo-ca.pem" 2>/dev/null
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$id/firma.key" 2>/dev/null
    openssl req -new -key "$id/firma.key" \
        -subj "/C=CL/O=Ingenieria Enacon SpA/CN=$signer_name/emailAddress=jorge.araya@enacon.demo.factora.cl" \
        -out "$id/firma.csr"
    openssl ca -batch -config "$id/ca.cnf" -cert "$id/ca/factora-demo-ca.pem" -keyfile "$id/ca.key" \
        -in "$id/firma.csr" -extensions person -startdate "$start" -days 1185 -notext -out "$id/firma.pem" 2>/dev/null
    openssl pkcs12 -export -inkey "$id/firma.key" -in "$id/firma.pem" -certfile "$id/ca/factora-demo-ca.pem" \
        -name "$signer_name (demo Factora)" -passout "pass:$p12_password" -out "$id/firma/cedente1-firma.p12"
    chmod 644 "$id/ca/factora-demo-ca.pem"
    chmod 600 "$id/firma/cedente1-firma.p12"
    # The CA has issued its only certificate: its key goes (the trap removes the work folder).
    rm -rf "$kit/ca" "$kit/firma"
    mv "$id/ca" "$kit/ca"
    mv "$id/firma" "$kit/firma"
    chmod 755 "$kit/ca"
    echo "make-demo-kit: new demo CA and certificate of $signer_name ($signer_rut) in $kit"
    new_dtes=1
}

if ! identity_usable; then
    make_identity
fi

# --- The DTEs ----------------------------------------------------------------------------------------------------

if [ -d "$kit/dte" ] && [ "$new_dtes" -eq 0 ]; then
    exit 0
fi

# The signer's key, only inside the work folder (mode 600) for as long as the DTEs take.
openssl pkcs12 -in "$p12" -passin "pass:$p12_password" -nocerts -nodes -out "$work/firma.key" 2>/dev/null
openssl pkcs12 -in "$p12" -passin "pass:$p12_password" -nokeys -clcerts -out "$work/firma.pem" 2>/dev/null

# The throw-away CAF: a 512-bit RSA key with exponent 3 as the SII issues, its DA signed by a throw-away "SII" key.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:512 -pkeyopt rsa_keygen_pubexp:3 -out "$work/caf.key" 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:512 -pkeyopt rsa_keygen_pubexp:3 -out "$work/sii.key" 2>/dev/null

hex_to_base64() { # big-endian hex (no leading zeros needed) to base64
    local hex="$1"
    [ $((${#hex} % 2)) -eq 1 ] && hex="0$hex"
    printf '%s' "$hex" | sed 's/../\\x&/g' | xargs -0 printf '%b' | base64 -w0
}
caf_modulus="$(openssl rsa -in "$work/caf.key" -noout -modulus 2>/dev/null | sed 's/^Modulus=//')"
caf_m="$(hex_to_base64 "$caf_modulus")"
caf_e="$(hex_to_base64 03)"

latin1_prefix() { # the first $2 characters of $1 as ISO-8859-1 counts them (whatever the locale), in UTF-8
    printf '%s' "$1" | iconv -f UTF-8 -t ISO-8859-1 | head -c "$2" | iconv -f ISO-8859-1 -t UTF-8
}
sign_sha1_base64() { # stdin → SHA1withRSA with key $1, base64
    openssl dgst -sha1 -sign "$1" | base64 -w0
}

# Folios from the time of generation: ten per second since 2026-01-01. A generation ends only once its second
# has passed (below), so generations made one after another never share a folio.
generated_at=$(date +%s)
folio_base=$(((generated_at - 1767225600) * 10))
count=5
first=$((folio_base + 1))
last=$((folio_base + count))
today="$(TZ=America/Santiago date +%F)"
caf_date="$(TZ=America/Santiago date -d '-60 days' +%F)"

caf_da="<DA><RE>$emitter_rut</RE><RS>INGENIERIA ENACON SPA</RS><TD>33</TD><RNG><D>$first</D><H>$last</H></RNG><FA>$caf_date</FA><RSAPK><M>$caf_m</M><E>$caf_e</E></RSAPK><IDK>100</IDK></DA>"
caf_frma="$(printf '%s' "$caf_da" | sign_sha1_base64 "$work/sii.key")"
caf="<CAF version=\"1.0\">$caf_da<FRMA algoritmo=\"SHA1withRSA\">$caf_frma</FRMA></CAF>"

# One invoice per line: days since issue | days to due date | receptor index | item | quantity | unit price |
# two instalments (1) or one payment (0).
invoices=(
    "24|36|0|Ingeniería de detalle planta de chancado, etapa 2|1|4200000|1"
    "17|43|1|Mantención eléctrica de centro de distribución|3|385000|0"
    "11|49|2|Inspección técnica de obra (ITO), octubre|1|2750000|0"
    "6|54|0|Montaje de estructuras metálicas, estado de pago 3|1|8930000|1"
    "2|58|1|Proyecto de climatización, tienda Renca|2|612500|0"
)
receptor_rut=("96790240-3" "96874030-K" "61704000-K")
receptor_name=("Minera Los Pelambres" "Empresas La Polar S.A." "Codelco Chile")
receptor_giro=("Minería del cobre" "Comercio minorista" "Minería del cobre")
receptor_dir=("Av. Apoquindo 4001, piso 18" "Av. Presidente Eduardo Frei Montalva 520" "Huérfanos 1270")
receptor_cmna=("Las Condes" "Renca" "Santiago")

mkdir -p "$work/dte"
for i in "${!invoices[@]}"; do
    IFS='|' read -r ago due who item qty price instalments <<<"${invoices[$i]}"
    folio=$((first + i))
    fch_emis="$(TZ=America/Santiago date -d "$today -$ago days" +%F)"
    fch_venc="$(TZ=America/Santiago date -d "$today +$due days" +%F)"
    tmst="${fch_emis}T1$((i % 8)):2$i:0$i"
    neto=$((qty * price))
    iva=$(((neto * 19 + 50) / 100))
    total=$((neto + iva))
    rr="${receptor_rut[$who]}"
    rsr="${receptor_name[$who]}"
    pagos=""
    if [ "$instalments" = 1 ]; then
        first_due="$(TZ=America/Santiago date -d "$today +$((due - 30)) days" +%F)"
        half=$((total / 2))
        pagos="<MntPagos><FchPago>$first_due</FchPago><MntPago>$half</MntPago><GlosaPagos>Primera cuota</GlosaPagos></MntPagos><MntPagos><FchPago>$fch_venc</FchPago><MntPago>$((total - half))</MntPago><GlosaPagos>Segunda cuota</GlosaPagos></MntPagos>"
    fi
    it1="$(latin1_prefix "$item" 40)"
    dd="<DD><RE>$emitter_rut</RE><TD>33</TD><F>$folio</F><FE>$fch_emis</FE><RR>$rr</RR><RSR>$(latin1_prefix "$rsr" 40)</RSR><MNT>$total</MNT><IT1>$it1</IT1>$caf<TSTED>$tmst</TSTED></DD>"
    # The timbre is signed over the DD exactly as it is written in the file: ISO-8859-1, no white space between tags.
    frmt="$(printf '%s' "$dd" | iconv -f UTF-8 -t ISO-8859-1 | sign_sha1_base64 "$work/caf.key")"
    name="DTE--$emitter_rut--33--$folio.xml"
    {
        printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        cat <<XML
<DTE xmlns="http://www.sii.cl/SiiDte" version="1.0">
<Documento ID="F${folio}T33">
<Encabezado>
<IdDoc><TipoDTE>33</TipoDTE><Folio>$folio</Folio><FchEmis>$fch_emis</FchEmis><FmaPago>2</FmaPago>$pagos<FchVenc>$fch_venc</FchVenc></IdDoc>
<Emisor><RUTEmisor>$emitter_rut</RUTEmisor><RznSoc>Ingeniería Enacon SpA</RznSoc><GiroEmis>Ingeniería y construcción</GiroEmis><Acteco>421000</Acteco><DirOrigen>Merced 753</DirOrigen><CmnaOrigen>Quillota</CmnaOrigen></Emisor>
<Receptor><RUTRecep>$rr</RUTRecep><RznSocRecep>$rsr</RznSocRecep><GiroRecep>${receptor_giro[$who]}</GiroRecep><DirRecep>${receptor_dir[$who]}</DirRecep><CmnaRecep>${receptor_cmna[$who]}</CmnaRecep></Receptor>
<Totales><MntNeto>$neto</MntNeto><TasaIVA>19</TasaIVA><IVA>$iva</IVA><MntTotal>$total</MntTotal></Totales>
</Encabezado>
<Detalle><NroLinDet>1</NroLinDet><NmbItem>$item</NmbItem><QtyItem>$qty</QtyItem><PrcItem>$price</PrcItem><MontoItem>$neto</MontoItem></Detalle>
<TED version="1.0">$dd<FRMT algoritmo="SHA1withRSA">$frmt</FRMT></TED>
<TmstFirma>$tmst</TmstFirma>
</Documento>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/><Reference URI="#F${folio}T33"><Transforms><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><DigestValue/></Reference></SignedInfo><SignatureValue/><KeyInfo><KeyValue/><X509Data><X509Certificate/></X509Data></KeyInfo></Signature>
</DTE>
XML
    } | iconv -f UTF-8 -t ISO-8859-1 >"$work/template.xml"
    xmlsec1 --sign --privkey-pem "$work/firma.key,$work/firma.pem" --id-attr:ID Documento \
        --output "$work/dte/$name" "$work/template.xml"
    if ! xmllint --noout --schema "$schema" "$work/dte/$name" 2>"$work/xmllint.err"; then
        echo "make-demo-kit: $name does not pass DTE_v10.xsd:" >&2
        cat "$work/xmllint.err" >&2
        exit 70
    fi
    if ! xmlsec1 --verify --id-attr:ID Documento "$work/dte/$name" >/dev/null 2>"$work/xmlsec.err"; then
        echo "make-demo-kit: the signature of $name does not verify:" >&2
        cat "$work/xmlsec.err" >&2
        exit 70
    fi
done
cp "$sample" "$work/dte/"
chmod 755 "$work/dte"
chmod 644 "$work/dte"/*.xml

rm -rf "$kit/dte.previous"
[ -d "$kit/dte" ] && mv "$kit/dte" "$kit/dte.previous"
mv "$work/dte" "$kit/dte"
rm -rf "$kit/dte.previous"
while [ "$(date +%s)" -le "$generated_at" ]; do sleep 0.1; done
echo "make-demo-kit: $count demo DTEs (folios $first to $last) and the SII sample in $kit/dte"
