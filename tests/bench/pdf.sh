#!/usr/bin/env bash
# The barometer's PDF (GET /api/v1/barometre/{territory}/{quarter}.pdf) on the demo data: the time of one PDF cold
# (Chromium prints it: the first request after a start, then each of BENCH_RUNS requests made unique by a data-version
# bump, i.e. what a request costs when the cache cannot answer), and cached (the same request again: the API's response
# cache by data version), the PDF's size and pages; then four cold PDFs at once (two printers, the others wait).
#
# Prepared and run by `./observatoires bench pdf` (builds the API and the web client with its print bundle, loads the
# demo data, installs Chromium). Run directly, it expects that done, and reads the same settings as ./observatoires:
#   OBSERVATOIRES_DB or the private cluster on OBSERVATOIRES_PG_PORT (54320), OBSERVATOIRES_PORT (8080),
#   BENCH_RUNS (5): cold prints measured one after another.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
API_DLL="$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll"
REFERENCE_DATA="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data"
WEB_ROOT="$ROOT/web/dist"
PG_PORT="${OBSERVATOIRES_PG_PORT:-54320}"
API_PORT="${OBSERVATOIRES_PORT:-8080}"
BASE="http://127.0.0.1:$API_PORT"
RUNS="${BENCH_RUNS:-5}"
PDF_PATH="/api/v1/barometre/groupement:pma/2024-Q3.pdf"

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

[ $# -eq 0 ] || die "usage: tests/bench/pdf.sh (no options; settings come from the environment, see the header)"
[ -f "$API_DLL" ] || die "the API is not built ($API_DLL): run ./observatoires bench pdf"
[ -f "$WEB_ROOT/print/barometre.js" ] || die "the print bundle is not built ($WEB_ROOT/print): run ./observatoires bench pdf"
[ -x /usr/bin/chromium ] || die "Chromium is missing: apt-get install -y chromium (or run ./observatoires bench pdf)"

bench_connect pdf

WORK="$(mktemp -d /tmp/observatoires-bench-pdf.XXXXXX)"
API_PID=""
cleanup() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

curl -s -o /dev/null "$BASE/health" && die "port $API_PORT is already in use: stop that server or set OBSERVATOIRES_PORT"
say "Starting the API on $BASE (log: $WORK/api.log)"
ConnectionStrings__Observatoires="$BASE_DB" Observatoires__ReferenceData="$REFERENCE_DATA" Observatoires__WebRoot="$WEB_ROOT" \
ASPNETCORE_URLS="$BASE" Observatoires__RateLimit__AnonymousPermits=1000000000 \
  dotnet "$API_DLL" serve >"$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null "$BASE/health" && break
  kill -0 "$API_PID" 2>/dev/null || { tail -20 "$WORK/api.log" >&2; die "the API stopped during start-up"; }
  sleep 0.5
done

fetch() { # output: one GET of the PDF, prints the status and the seconds it took
  curl -s -o "$1" -w '%{http_code} %{time_total}\n' "$BASE$PDF_PATH"
}
# A new data version of the barometer's domain: the next PDF cannot come from the cache (nothing else changes).
bump() { q "$ADMIN_DB" -c "select platform.bump_data_version('barometre')" >/dev/null; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

read -r status first < <(fetch "$WORK/first.pdf")
[ "$status" = 200 ] || die "the PDF answered $status: $(head -c 300 "$WORK/first.pdf")"
pages=$(grep -a -c '/Type /Page\b' "$WORK/first.pdf" || true)
size=$(stat -c %s "$WORK/first.pdf")
cold=()
for _ in $(seq 1 "$RUNS"); do
  bump; sleep 0.3   # the API hears the bump by NOTIFY
  read -r status seconds < <(fetch "$WORK/cold.pdf"); [ "$status" = 200 ] || die "cold PDF answered $status"
  cold+=("$seconds")
done
cached=()
for _ in $(seq 1 "$RUNS"); do
  read -r status seconds < <(fetch "$WORK/cached.pdf"); [ "$status" = 200 ] || die "cached PDF answered $status"
  cached+=("$seconds")
done
bump; sleep 0.3
started=$(date +%s.%N)
# Four distinct URLs (the cache keys on the exact query), so that all four are printed.
pids=()
for i in 1 2 3 4; do curl -s -o "$WORK/parallel$i.pdf" "$BASE$PDF_PATH?x=$i" & pids+=($!); done
wait "${pids[@]}"
parallel=$(echo "$(date +%s.%N) - $started" | bc)

printf '\nPDF of %s: %s pages, %s bytes\n' "$PDF_PATH" "$pages" "$size"
printf '  first after start-up : %6.2f s\n' "$first"
printf '  cold (median of %s)   : %6.2f s   (%s)\n' "$RUNS" "$(printf '%s\n' "${cold[@]}" | median)" "${cold[*]}"
printf '  cached (median of %s) : %6.3f s\n' "$RUNS" "$(printf '%s\n' "${cached[@]}" | median)"
printf '  4 cold at once        : %6.2f s in all\n' "$parallel"
