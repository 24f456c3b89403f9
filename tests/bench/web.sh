#!/usr/bin/env bash
# Lighthouse on the web client, on the demo data: the performance score, LCP, TBT, CLS and the bytes transferred
# (all, and JavaScript) of the portal, the Emploi dashboard, a commune's profile, the catalogue, the Carte des friches,
# the Compteur ZAN and the foncier économique page, with Lighthouse's mobile preset (a mid-range phone on a slow 4G,
# simulated) and its desktop preset; printed beside the aims of issue 16 (performance >= 90, LCP < 2.5 s,
# TBT < 200 ms, CLS < 0.1, the first dashboard view <= 350 kB of compressed JavaScript), misses flagged.
#
# Prepared and run by `./observatoires bench web` (builds the API and the web client, loads the demo data, installs
# Lighthouse from tests/bench/lighthouse/package-lock.json). Run directly, it expects that done, and reads the same
# settings as ./observatoires:
#   OBSERVATOIRES_DB (an Npgsql connection string) or the private cluster on OBSERVATOIRES_PG_PORT (54320),
#   OBSERVATOIRES_PORT (8080): the API it starts for the run (stopped at the end),
#   OBSERVATOIRES_CHROMIUM (/usr/bin/chromium): the browser Lighthouse drives.
#   BENCH_RUNS (3): Lighthouse runs per page and preset; the median run (by performance score) is reported.
#   BENCH_PAGES (all): the pages to measure, by name (portal dashboard profile catalogue friches zan foncier-eco
#   energie-bilan energie-sites energie-toile mobilite-accidents mobilite-cyclable mobilite-gares mobilite-pdu
#   mobilite-embed emploi-entreprises evaluation evaluation-projet habitat habitat-prix habitat-plh commerce
#   commerce-carte commerce-centralite barometre).
#   BENCH_PRESETS (mobile desktop).
# The reports (JSON and HTML, every run) are kept in .data/bench-web/<date>/ for a closer look.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
API_DLL="$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll"
REFERENCE_DATA="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data"
WEB_ROOT="$ROOT/web/dist"
LIGHTHOUSE_DIR="$ROOT/tests/bench/lighthouse"
LIGHTHOUSE="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
CHROMIUM="${OBSERVATOIRES_CHROMIUM:-/usr/bin/chromium}"
PG_PORT="${OBSERVATOIRES_PG_PORT:-54320}"
API_PORT="${OBSERVATOIRES_PORT:-8080}"
BASE="http://127.0.0.1:$API_PORT"
RUNS="${BENCH_RUNS:-3}"
PRESETS="${BENCH_PRESETS:-mobile desktop}"
CHROME_FLAGS="--headless --no-sandbox --disable-gpu"

# The pages, name=path: the portal, a dashboard (the aims' subject), a profile, the catalogue, each observatory view.
ALL_PAGES=(
  "portal=/"
  "dashboard=/observatories/emploi"
  "profile=/territories/commune:62427"
  "catalogue=/catalogue"
  "friches=/friches"
  "zan=/zan"
  "foncier-eco=/observatories/foncier-eco/zae"
  "energie-bilan=/energie"
  "energie-sites=/energie/sites"
  "energie-toile=/energie/toile"
  "mobilite-accidents=/mobilite/accidents"
  "mobilite-cyclable=/mobilite/cyclable"
  "mobilite-gares=/mobilite/gares"
  "mobilite-embed=/embed/mobilite/accidents"
  "mobilite-pdu=/mobilite/pdu"
  "emploi-entreprises=/emploi/entreprises"
  "evaluation=/evaluation"
  "evaluation-projet=/evaluation/projet?id=cabbalr-projet-de-territoire"
  "habitat=/habitat"
  "habitat-prix=/habitat/prix"
  "habitat-plh=/habitat/plh"
  "commerce=/commerce"
  "commerce-carte=/commerce/carte"
  "commerce-centralite=/commerce/centralites/bethune-centre"
  "barometre=/barometre"
)

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

[ $# -eq 0 ] || die "usage: tests/bench/web.sh (no options; settings come from the environment, see the header)"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number, not '$RUNS'"
for preset in $PRESETS; do
  case "$preset" in mobile|desktop) ;; *) die "BENCH_PRESETS: '$preset' is neither mobile nor desktop" ;; esac
done
PAGES=()
for page in "${ALL_PAGES[@]}"; do
  if [ -z "${BENCH_PAGES:-}" ] || [[ " $BENCH_PAGES " == *" ${page%%=*} "* ]]; then PAGES+=("$page"); fi
done
[ ${#PAGES[@]} -gt 0 ] || die "BENCH_PAGES names no page of: ${ALL_PAGES[*]%%=*}"
command -v curl >/dev/null || die "curl is missing"
[ -x "$CHROMIUM" ] || die "Chromium is missing ($CHROMIUM): apt-get install -y chromium (or run ./observatoires bench web)"
[ -x "$LIGHTHOUSE" ] || die "Lighthouse is not installed: (cd tests/bench/lighthouse && npm ci), or run ./observatoires bench web"
[ -f "$API_DLL" ] || die "the API is not built ($API_DLL): run ./observatoires bench web"
[ -f "$WEB_ROOT/index.html" ] || die "the web client is not built ($WEB_ROOT): run ./observatoires bench web"

bench_connect web

WORK="$(mktemp -d /tmp/observatoires-bench-web.XXXXXX)"
REPORTS="$DATA/bench-web/$(date -u '+%Y%m%dT%H%M%SZ')"
mkdir -p "$REPORTS"
API_PID=""
cleanup() {
  local rc=$? api_status=0
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  elif [ -n "$API_PID" ]; then
    wait "$API_PID" 2>/dev/null || api_status=$?
    echo "error: the API ended during the run (exit status $api_status)" >&2
  fi
  if [ "$rc" -ne 0 ] && [ -s "$WORK/api.log" ]; then
    echo "--- last lines of the API log:" >&2
    tail -15 "$WORK/api.log" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the API, as ./observatoires run serves it
curl -s -o /dev/null "$BASE/health" && die "port $API_PORT is already in use: stop that server or set OBSERVATOIRES_PORT"
say "Starting the API on $BASE (log: $WORK/api.log)"
bench_api_start "$BASE_DB" "$WEB_ROOT"

# The demo data is there (the dashboard's indicator has values), and the client is served.
values=$(curl -s "$BASE/api/v1/indicators/emploi.salaries_prives/values?level=commune")
[[ "$values" == *'"total":'* && "$values" != *'"total":0'* ]] ||
  die "the Emploi indicator has no values: load the demo data (./observatoires bench web): ${values:0:300}"
curl -s "$BASE/" | grep -q 'src="/assets/' || die "GET $BASE/ is not the built web client"

# ---------------------------------------------------------------- CPU used by others, in clock ticks
# Every user-space process but this script and its descendants (the API, Lighthouse, Chromium) and the database
# server's (Lighthouse's scores depend on the machine's load: "other" says how busy it was).
others_ticks() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v self="$$" -v pg="${PG_PID:--1}" '{
    pid = $1; s = $0; sub(/.*\) /, "", s); split(s, f, " ")
    parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15]
  } END {
    for (pid in ticks) {
      p = pid; mine = 0
      for (depth = 0; depth < 64 && p > 1; depth++) {
        if (p == self || p == pg || p == 2) { mine = 1; break }
        p = parent[p]
      }
      if (!mine) total += ticks[pid]
    }
    print total + 0
  }'
}

# ---------------------------------------------------------------- Lighthouse
# A first visit of each page, not measured: the API compiles its routes and fills its response cache, as on a
# server that has been up for a while.
say "Warming up: each page once in Chromium"
for page in "${PAGES[@]}"; do
  timeout 60 "$CHROMIUM" $CHROME_FLAGS --virtual-time-budget=20000 --dump-dom "$BASE${page#*=}" >/dev/null 2>&1 || true
done

busy0=$(others_ticks); all0=$(all_ticks)
started=$(date +%s)
# Runs interleaved (every page and preset once, then again), so that a busy moment does not fall on one page.
for run in $(seq 1 "$RUNS"); do
  for page in "${PAGES[@]}"; do
    for preset in $PRESETS; do
      name="${page%%=*}"
      say "Lighthouse $run/$RUNS: $name, $preset (${page#*=})"
      args=(--only-categories=performance --output=json --output=html --output-path="$REPORTS/$name-$preset-$run"
            --chrome-flags="$CHROME_FLAGS" --quiet)
      [ "$preset" = desktop ] && args+=(--preset=desktop)
      CHROME_PATH="$CHROMIUM" "$LIGHTHOUSE" "$BASE${page#*=}" "${args[@]}" >"$WORK/lighthouse.log" 2>&1 ||
        { tail -20 "$WORK/lighthouse.log" >&2; die "Lighthouse failed on $name ($preset)"; }
    done
  done
done
busy1=$(others_ticks); all1=$(all_ticks)
other=$(awk -v b=$((busy1 - busy0)) -v a=$((all1 - all0)) 'BEGIN { printf "%.0f", (a > 0 ? 100 * b / a : 0) }')

# ---------------------------------------------------------------- report
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Observatoires web benchmark (Lighthouse) — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); $("$CHROMIUM" --version 2>/dev/null | head -1); the API and PostgreSQL on the same machine"
echo "$RUNS run(s) per page and preset in $(( $(date +%s) - started )) s; other processes used $other % of the machine meanwhile"
[ "$other" -le 10 ] || echo "warning: other processes used more than 10 % of the machine: the scores (TBT above all) are not comparable"
echo
node "$LIGHTHOUSE_DIR/summary.mjs" "$REPORTS" "${PAGES[@]}"
echo
echo "reports: ${REPORTS#"$ROOT"/} (open a .report.html in a browser)"
