#!/usr/bin/env bash
# HTTP benchmark on the demo data (319 communes): requests/s and latency percentiles with wrk for
#   - the values of a commune indicator, the choropleth map (GeoJSON, Jenks, 5 classes),
#   - the same map computed every time (a unique dummy parameter per request defeats any response cache),
#   - the same map bytes served as a static file by the same server,
#   - the map revalidated with If-None-Match (304),
# then the targets: map uncached >= 50 % of the static-file rate, 304 revalidation >= 10x the uncached map.
#
# Prepared and run by `./observatoires bench http` (builds the API and web client, loads the demo data).
# Run directly, it expects that done, and reads the same settings as ./observatoires:
#   OBSERVATOIRES_DB (an Npgsql connection string) or the private cluster on OBSERVATOIRES_PG_PORT (54320),
#   OBSERVATOIRES_PORT (8080): the API it starts for the run (stopped at the end).
#   BENCH_DURATION (10s), BENCH_THREADS (2), BENCH_CONNECTIONS (16): wrk settings.
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
DURATION="${BENCH_DURATION:-10s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"

VALUES_PATH="/api/v1/indicators/emploi.salaries_prives/values?level=commune&period=2023"
MAP_PATH="/api/v1/indicators/portrait.part_plus_65_ans/map?level=commune&period=2023&method=jenks&classes=5"
STATIC_PATH="/bench/map.geojson"
# Every request carries the same Accept header: it is part of the representation the ETag is keyed by.
ACCEPT="Accept: */*"

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

[ $# -eq 0 ] || die "usage: tests/bench/http.sh (no options; settings come from the environment, see the header)"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk (or run ./observatoires bench http)"
command -v curl >/dev/null || die "curl is missing"
[ -f "$API_DLL" ] || die "the API is not built ($API_DLL): run ./observatoires bench http"
[ -f "$WEB_ROOT/index.html" ] || die "the web client is not built ($WEB_ROOT): run ./observatoires bench http"

bench_connect http

WORK="$(mktemp -d /tmp/observatoires-bench-http.XXXXXX)"
API_PID=""
cleanup() {
  local rc=$? api_status=0
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  elif [ -n "$API_PID" ]; then
    wait "$API_PID" 2>/dev/null || api_status=$?
    echo "error: the API ended during the run (exit status $api_status$([ "$api_status" -gt 128 ] && echo ", signal $((api_status - 128))"))" >&2
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

# ---------------------------------------------------------------- the responses measured
fetch() { # path output-file [curl options...]: prints the HTTP status
  local path="$1" out="$2"; shift 2
  curl -s -H "$ACCEPT" "$@" -o "$out" -w '%{http_code}' "$BASE$path"
}

[ "$(fetch "$VALUES_PATH" "$WORK/values.json")" = 200 ] ||
  die "GET $VALUES_PATH did not answer 200 (demo data loaded? run ./observatoires bench http): $(head -c 400 "$WORK/values.json")"
total=$(grep -o '"total":[0-9]*' "$WORK/values.json" | head -1 | cut -d: -f2)
[ "${total:-0}" -gt 0 ] || die "GET $VALUES_PATH returned no territory: load the demo data (./observatoires bench http)"

[ "$(fetch "$MAP_PATH" "$WORK/map.geojson" -D "$WORK/map.headers")" = 200 ] ||
  die "GET $MAP_PATH did not answer 200: $(head -c 400 "$WORK/map.geojson")"
ETAG=$(awk 'tolower($1) == "etag:" { sub(/\r$/, ""); sub(/^[^:]*: */, ""); print }' "$WORK/map.headers")
[ -n "$ETAG" ] || die "the map response has no ETag"
features=$(grep -o '"type":"Feature"' "$WORK/map.geojson" | wc -l)

# The same bytes as a static file of the same server (web/dist is git-ignored). The static-file middleware only
# serves extensions it knows: if .geojson is not one of them (404), the same file as .json is measured instead.
mkdir -p "$WEB_ROOT/bench"
cp "$WORK/map.geojson" "$WEB_ROOT/bench/map.geojson"
cp "$WORK/map.geojson" "$WEB_ROOT/bench/map.json"
STATIC_NOTE=""
static_status=$(fetch "$STATIC_PATH" "$WORK/static.geojson")
# .geojson has no content type in the static files' table: the path is then a client route, answered with the page.
if [ "$static_status" = 404 ] || ! cmp -s "$WORK/map.geojson" "$WORK/static.geojson"; then
  STATIC_NOTE="note: $STATIC_PATH is not served as a file (no content type for .geojson: $static_status, the client's page); measured /bench/map.json, the same bytes"
  say "${STATIC_NOTE#note: }"
  STATIC_PATH="/bench/map.json"
  static_status=$(fetch "$STATIC_PATH" "$WORK/static.geojson")
fi
[ "$static_status" = 200 ] || die "GET $STATIC_PATH did not answer 200 but $static_status"
cmp -s "$WORK/map.geojson" "$WORK/static.geojson" || die "$STATIC_PATH is not the same bytes as the map"

[ "$(fetch "$MAP_PATH" /dev/null -H "If-None-Match: $ETAG")" = 304 ] ||
  die "the map with If-None-Match: $ETAG did not answer 304"
[ "$(fetch "$MAP_PATH" "$WORK/map.geojson.br" -H "Accept-Encoding: br" -D "$WORK/map-br.headers")" = 200 ] &&
  grep -qi '^content-encoding: br' "$WORK/map-br.headers" || die "the map asked with Accept-Encoding: br did not come in br"
[ "$(fetch "$MAP_PATH&bench_nocache=check" "$WORK/computed.geojson")" = 200 ] ||
  die "the map with an extra query parameter did not answer 200: $(head -c 400 "$WORK/computed.geojson")"

# ---------------------------------------------------------------- wrk
# With a unique dummy parameter per request (&bench_nocache=<thread>-<n>), nothing can be served from a cache: the
# response is computed every time, as for the first request after a write.
cat >"$WORK/nocache.lua" <<'EOF'
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&bench_nocache=" .. id .. "-" .. n)
end
EOF
# done() prints one parseable line: requests, seconds, bytes, errors and latency percentiles (microseconds).
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %d %d %d %d %d %d %d %d %d %d %d\n",
    summary.requests, summary.duration / 1e6, summary.bytes,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(75), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean, latency.stdev, latency.min))
end
EOF
cat "$WORK/nocache.lua" "$WORK/report.lua" >"$WORK/computed.lua"

declare -A RPS
ROWS=()
MAX_OTHER=0
run_wrk() { # key label path status body-bytes [wrk -H options...]; BENCH_SCRIPT: the Lua script (report.lua)
  local key="$1" label="$2" path="$3" status="$4" bytes="$5"; shift 5
  local script="$WORK/${BENCH_SCRIPT:-report.lua}"
  say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION: $label"
  # A short warm-up first (JIT, connection pool, caches), not counted.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "$ACCEPT" "$@" -s "$script" "$BASE$path" >/dev/null
  local api0 pg0 busy0 all0 api1 pg1 busy1 all1 wrk_ticks
  api0=$(proc_ticks "$API_PID"); pg0=$(pg_ticks); busy0=$(busy_ticks); all0=$(all_ticks)
  TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$ACCEPT" "$@" -s "$script" "$BASE$path" \
      >"$WORK/wrk-$key.txt" 2>&1; } 2>"$WORK/wrk-$key.time"
  api1=$(proc_ticks "$API_PID"); pg1=$(pg_ticks); busy1=$(busy_ticks); all1=$(all_ticks)
  wrk_ticks=$(awk -v t="$TICKS" '{ printf "%.0f", ($1 + $2) * t }' "$WORK/wrk-$key.time")
  local line
  line=$(grep '^RESULT ' "$WORK/wrk-$key.txt") || { cat "$WORK/wrk-$key.txt" >&2; die "wrk gave no result for $label"; }
  read -r _ n secs _ socket_errors status_errors p50 p75 p90 p99 max _ <<<"$line"
  local rps cpu
  rps=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
  RPS[$key]=$rps
  # CPU ms per request of the API and of PostgreSQL; "other": CPU used by anything else (wrk excluded), % of the machine.
  cpu=$(awk -v n="$n" -v t="$TICKS" -v a=$((api1 - api0)) -v p=$((pg1 - pg0)) -v b=$((busy1 - busy0)) \
            -v all=$((all1 - all0)) -v w="$wrk_ticks" -v pg="$PG_PID" 'BEGIN {
    o = b
    printf "%8.2f %8s %7.0f%%", 1000 * a / t / n, (pg == "" ? "?" : sprintf("%.2f", 1000 * p / t / n)), 100 * o / all }')
  local other=${cpu##* }; other=${other%\%}
  [ "$other" -le "$MAX_OTHER" ] || MAX_OTHER=$other
  ROWS+=("$(printf '%-30s %6s %8s %7s %7.1f %7.1f %7.1f %7.1f %7.1f %6s %s' "$label" "$status" "$bytes" "$rps" \
    "$(ms "$p50")" "$(ms "$p75")" "$(ms "$p90")" "$(ms "$p99")" "$(ms "$max")" "$((socket_errors + status_errors))" "$cpu")")
}
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
size() { awk -v b="$(stat -c %s "$1")" 'BEGIN { if (b >= 10240) printf "%.0f kB", b / 1024; else printf "%d B", b }'; }

run_wrk values "values, 319 communes (JSON)" "$VALUES_PATH" 200 "$(size "$WORK/values.json")"
run_wrk map "map, 319 communes (GeoJSON)" "$MAP_PATH" 200 "$(size "$WORK/map.geojson")"
run_wrk map_br "map, br (kept compressed)" "$MAP_PATH" 200 "$(size "$WORK/map.geojson.br")" -H "Accept-Encoding: br"
BENCH_SCRIPT=computed.lua run_wrk computed "map, computed every time" "$MAP_PATH" 200 "$(size "$WORK/map.geojson")"
run_wrk static "same bytes, static file" "$STATIC_PATH" 200 "$(size "$WORK/static.geojson")"
run_wrk revalidate "map, If-None-Match (304)" "$MAP_PATH" 304 "0 B" -H "If-None-Match: $ETAG"

# A 304 during the run proves the ETag was still current: nothing was written meanwhile.
[ "$(fetch "$MAP_PATH" /dev/null -H "If-None-Match: $ETAG")" = 304 ] || die "the map ETag changed during the run: rerun on a quiet database"

# ---------------------------------------------------------------- report
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Observatoires HTTP benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); wrk, the API and PostgreSQL share them"
echo "load:    wrk -t$THREADS -c$CONNECTIONS -d$DURATION --header '$ACCEPT' (after a 3 s warm-up), API on $BASE, demo data: $total communes, $features map features"
echo
printf '%-30s %6s %8s %7s %7s %7s %7s %7s %7s %6s %8s %8s %8s\n' "request" "status" "body" "req/s" "p50 ms" "p75 ms" "p90 ms" \
  "p99 ms" "max ms" "errors" "API cpu" "PG cpu" "other"
printf '%s\n' "${ROWS[@]}"
echo "  API cpu, PG cpu: CPU milliseconds per request of the API process and of the PostgreSQL server (all its processes)"
echo "  other: CPU used meanwhile by other processes (not wrk, the API, PostgreSQL), as a share of the machine; above a few % the"
echo "  figures are disturbed"
[ "$MAX_OTHER" -le 10 ] ||
  echo "  WARNING: other processes used up to $MAX_OTHER % of the machine during the measurements: rerun on a quiet machine"
echo
echo "  values    GET $VALUES_PATH"
echo "  map       GET $MAP_PATH"
echo "  static    GET $STATIC_PATH"
echo "  304       GET (map) with If-None-Match: $ETAG"
echo "  computed  GET (map)&bench_nocache=<unique per request>: never served from a response cache, computed each time"
[ -z "$STATIC_NOTE" ] || echo "  $STATIC_NOTE"
echo
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "met" : "MISSED") }'; }
ratio_static=$(awk -v a="${RPS[map]}" -v b="${RPS[static]}" 'BEGIN { printf "%.1f", 100 * a / b }')
ratio_304=$(awk -v a="${RPS[revalidate]}" -v b="${RPS[map]}" 'BEGIN { printf "%.1f", a / b }')
printf '%-48s %-10s %-12s %s\n' "target" "aim" "measured" "verdict"
printf '%-48s %-10s %-12s %s\n' "map uncached / static file (req/s)" ">= 50 %" "$ratio_static %" "$(verdict "$ratio_static" 50)"
printf '%-48s %-10s %-12s %s\n' "304 revalidation / map uncached (req/s)" ">= 10x" "${ratio_304}x" "$(verdict "$ratio_304" 10)"
echo "  map uncached: the map row, requested without If-None-Match (a response cache of the server, if any, may answer it)"
printf '%-48s %-10s %-12s %s\n' "  for information: map computed / static file" "" \
  "$(awk -v a="${RPS[computed]}" -v b="${RPS[static]}" 'BEGIN { printf "%.1f %%", 100 * a / b }')" ""
printf '%-48s %-10s %-12s %s\n' "  for information: 304 / map computed" "" \
  "$(awk -v a="${RPS[revalidate]}" -v b="${RPS[computed]}" 'BEGIN { printf "%.1fx", a / b }')" ""
