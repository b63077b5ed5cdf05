#!/usr/bin/env bash
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# demo-campaign.sh [BUILD_DIR]   (or FACTORA_BUILD_DIR; default: build/, where scripts/run builds)
#
# The dispatch of the demo, by hand, with the real programs (docs/demo.md, "Demo campaign"): a new demo database
# and demo kit, the kit's DTEs imported, offered and approved (factora-cli dte import, operation offer, operation
# approve), one AEC each built with the kit's .p12, submitted to factora-sii-sim (trusting only the demo CA) and
# followed to annotation (factora-cli aec build, sii submit, sii status --wait), then `factora-cli dispatch campaign
# --operation N` and factora-server's dispatch workers delivering to a local SMTP server (tests/support/smtp-server,
# python3-aiosmtpd) that refuses pagos.lapolar@demo.factora.cl with 550: Empresas La Polar's invoices fall back to
# SMS through an SMS gateway stand-in on 127.0.0.1 (below). Everything listens on 127.0.0.1, on free ports.
# Everything is kept in FACTORA_DEMO_CAMPAIGN_DIR (default: a new folder in /tmp): the database, the mails received
# (mail/N.eml, their attachments mail/N-0.bin), the SMS requested (sms/N.json), the programs' logs.
set -euo pipefail

usage() { sed -n '4,15s/^# \{0,1\}//p' "$0"; }
case "${1:-}" in
-h | --help) usage; exit 0 ;;
esac
if [ $# -gt 1 ]; then
    usage >&2
    exit 64
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-${FACTORA_BUILD_DIR:-$root/build}}"
cli="$build/app/cli/factora-cli"
server="$build/app/server/factora-server"
sim="$build/tools/sii-sim/factora-sii-sim"
smtp_server="$root/tests/support/smtp-server"

for program in "$cli" "$server" "$sim"; do
    [ -x "$program" ] || { echo "demo-campaign: $program is missing: build Factora first (scripts/run)" >&2; exit 69; }
done
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null ||
    { echo "demo-campaign: python3-aiosmtpd is missing (apt-get install python3-aiosmtpd)" >&2; exit 69; }

work="${FACTORA_DEMO_CAMPAIGN_DIR:-$(mktemp -d /tmp/factora-demo-campaign.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
if [ -e "$work/factora.db" ]; then
    echo "demo-campaign: $work already holds a demo database; give an empty FACTORA_DEMO_CAMPAIGN_DIR" >&2
    exit 73
fi
kit="$work/demo"
mkdir -p "$work/mail" "$work/sms" "$work/aec"
install -d -m 700 "$work/secretos"
database="sqlite://$work/factora.db"
refused_email="pagos.lapolar@demo.factora.cl"
link_domain="pagos.demo.factora.cl"
password="factora-demo-firma" # DemoSeeder::demoCertificatePassword(), published with the demo kit

pids=()
cleanup() {
    exec 3>&- 2>/dev/null || true
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
factora() { "$cli" --config "$work/factora.conf" --database "$database" "$@"; }
json_field() { /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
# Waits (at most 30 s) for a line matching $2 in file $1, the first output of a server started in the background.
wait_for_line() {
    local i
    for i in $(seq 300); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
        [ "$i" -eq 300 ] && break
    done
    echo "demo-campaign: no '$2' in $1 after 30 s" >&2
    return 1
}

: >"$work/factora.conf" # filled once the servers' ports are known; the CLI reads it from the first step

step "1. Demo database ($work/factora.db) and demo kit ($kit)"
factora db migrate
factora demo seed
bash "$here/make-demo-kit.sh" "$kit"

step "2. factora-sii-sim, trusting only the demo CA; aiosmtpd refusing $refused_email; an SMS gateway stand-in"
"$sim" --listen 127.0.0.1:0 --trusted-ca "$kit/ca/factora-demo-ca.pem" --state "$work/sii-sim-state.json" \
    >"$work/sii-sim.out" 2>"$work/sii-sim.log" &
pids+=($!)
wait_for_line "$work/sii-sim.out" '^listening on '
sii_url="$(sed -n 's/^listening on //p' "$work/sii-sim.out")"
echo "factora-sii-sim: $sii_url (log $work/sii-sim.log)"

# The SMTP server exits when its standard input closes: it reads a pipe this script keeps open on fd 3.
mkfifo "$work/smtp.in"
exec 3<>"$work/smtp.in"
"$smtp_server" "$work/mail" --tls none --reply "$refused_email=550 5.1.1 Casilla inexistente" \
    <&3 >"$work/smtp.out" 2>"$work/smtp.log" &
pids+=($!)
wait_for_line "$work/smtp.out" '^PORT '
smtp_port="$(sed -n 's/^PORT //p' "$work/smtp.out")"
echo "aiosmtpd: 127.0.0.1:$smtp_port, no TLS (messages in $work/mail)"

# A stand-in for the SMS provider (docs/dispatch-channels.md): takes the JSON request, keeps it as sms/N.json and
# answers 202 {"id": "demo-sms-N"}. No SMS leaves the machine.
/usr/bin/python3 -u - "$work/sms" >"$work/sms.out" 2>"$work/sms.log" <<'PY' &
import http.server, json, os, sys
out = sys.argv[1]
class Gateway(http.server.BaseHTTPRequestHandler):
    count = 0
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        Gateway.count += 1
        with open(os.path.join(out, "%d.json" % Gateway.count), "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, indent=1)
        answer = json.dumps({"id": "demo-sms-%d" % Gateway.count}).encode()
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
server = http.server.HTTPServer(("127.0.0.1", 0), Gateway)
print("PORT %d" % server.server_address[1], flush=True)
server.serve_forever()
PY
pids+=($!)
wait_for_line "$work/sms.out" '^PORT '
sms_port="$(sed -n 's/^PORT //p' "$work/sms.out")"
echo "SMS gateway stand-in: http://127.0.0.1:$sms_port/send (requests in $work/sms)"

cat >"$work/factora.conf" <<EOF
[database]
url=$database
[sii]
url=$sii_url
[smtp]
host=127.0.0.1
port=$smtp_port
tls=none
from=cobranza@demo.factora.cl
[sms]
url=http://127.0.0.1:$sms_port/send
max_segments=3
[delivery]
secrets_dir=$work/secretos
[dispatch]
workers=2
poll_seconds=1
retry_base_seconds=5
link_domain=$link_domain
EOF

step "3. Import the kit's DTEs (the desktop: DTEs › Importar carpeta…, as cedente1)"
factora dte import "$kit/dte"

step "4. Offer them to the factoring (Operaciones › Ofrecer DTE) and approve them (the executive's visto bueno)"
operation="$(factora operation offer --company 76354771-K --all --json | json_field number)"
echo "operation $operation"
factora operation approve --operation "$operation"

step "5. One AEC per DTE, signed with the kit's .p12, submitted to the simulator and followed to annotation"
for dte in "$kit"/dte/*.xml; do
    name="$(basename "$dte")"
    aec="$work/aec/AEC-$name"
    factora aec build --dte "$dte" --p12 "$kit/firma/cedente1-firma.p12" --p12-password-file - \
        --cesionario-rut 77665544-9 --cesionario-razon-social "Factora Capital SpA" \
        --cesionario-direccion "Av. Apoquindo 3000, of. 501, Las Condes" --cesionario-email cesiones@demo.factora.cl \
        --cedente-email finanzas.enacon@demo.factora.cl --declaracion-jurada --out "$aec" <<<"$password" >/dev/null
    track="$(factora sii submit "$aec" --p12 "$kit/firma/cedente1-firma.p12" --p12-password-file - \
        --sii-url "$sii_url" --email-notif cesiones@demo.factora.cl --json <<<"$password" | json_field track_id)"
    code="$(factora sii status "$track" --wait --timeout 120 --interval 1 --p12 "$kit/firma/cedente1-firma.p12" \
        --p12-password-file - --sii-url "$sii_url" --json <<<"$password" | json_field code)"
    echo "$name: TRACKID $track, $code"
    [ "$code" = EOK ] || { echo "demo-campaign: $name was not annotated ($code)" >&2; exit 1; }
done

step "6. The campaign: factora-cli dispatch campaign --operation $operation (written to the outbox)"
factora dispatch campaign --name "Demo $operation" --operation "$operation" --json >"$work/campaign.json"
campaign="$(json_field campaign <"$work/campaign.json")"
/usr/bin/python3 - "$work/campaign.json" <<'PY' || { echo "demo-campaign: invoices left out of the campaign (above)" >&2; exit 1; }
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
print("campaign %s: %s selected, %s enqueued" % (c["campaign"], c["selected"], c["enqueued"]))
for reason in c["skipped"]:
    print("  not enqueued: " + reason)
sys.exit(1 if c["skipped"] else 0)
PY

step "7. factora-server's dispatch workers send it"
FACTORA_CONFIG="$work/factora.conf" "$server" >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
pids+=("$server_pid")
pending=1
for _ in $(seq 120); do
    pending="$(factora dispatch campaign --status "$campaign" --json | /usr/bin/python3 -c '
import json, sys
states = json.load(sys.stdin)["states"]
print(sum(states.get(s, 0) for s in ("queued", "sending", "retry_wait", "fallback_sms")))')"
    [ "$pending" -eq 0 ] && break
    sleep 1
done
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
[ "$pending" -eq 0 ] || { echo "demo-campaign: $pending dispatches still pending after 120 s (log $work/server.log)" >&2; exit 1; }

step "8. The delivery log (factora-cli dispatch log) and the campaign's summary"
factora dispatch log --campaign "$campaign"
factora dispatch campaign --status "$campaign"
echo
echo "Each attempt (factora-cli dispatch log --campaign $campaign --json):"
factora dispatch log --campaign "$campaign" --json | /usr/bin/python3 -c '
import json, sys
for d in json.load(sys.stdin):
    for a in d["attempts"]:
        code = a["reply_code"] if a["reply_code"] is not None else "-"
        print("  envío %s folio %s, intento %s por %s a %s: %s %s → %s (%s)" % (d["id"], d["folio"], a["attempt"],
              a["channel"], a["recipient"], a["outcome"], code, a["state_after"], a["reason"]))'

step "9. What arrived"
for json in "$work"/mail/*.json; do
    /usr/bin/python3 - "$json" <<'PY'
import json, subprocess, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
for a in m["attachments"]:
    text = subprocess.run(["pdftotext", a["path"], "-"], capture_output=True, text=True).stdout
    folio = next((l.strip() for l in text.splitlines() if "N°" in l or "Nº" in l), "")
    print("mail to %s: «%s», %s (%s) %s" % (", ".join(m["rcpt_tos"]), m["subject"], a["filename"], a["path"], folio))
PY
done
for json in "$work"/sms/*.json; do
    /usr/bin/python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); print("SMS to %s: %s" % (m["to"], m["text"]))' "$json"
done
echo
echo "Mails received: $work/mail (N.eml raw, N.json parsed, N-0.bin the attached PDF)"
echo "SMS requested:  $work/sms"
echo "Logs:           $work/server.log, $work/smtp.log, $work/sii-sim.log"
