#!/usr/bin/env bash
# Read throughput of the cluster (issue 23 §5): for each shape, 1 and 2 API instances × 0, 1 and 2 hot standbys, all
# through nginx, requests/s, p50 and p99 of the main reads — indicator values, a map, a page of OGC items, a vector
# tile — each answered from the response cache and computed (a unique dummy parameter per request), with the CPU per
# request of the API instances, nginx and every PostgreSQL server, and which servers read the data.
#
# Run by `./observatoires bench throughput` (builds the API and the web client first). It uses the cluster named by
# the OBSERVATOIRES_CLUSTER_* variables: brings it up when it is not running (and stops it at the end), otherwise
# reshapes it (`cluster reshape`: no new seed) and leaves it running in the last shape.
#   BENCH_CONFIGS ("1x0 1x1 1x2 2x2 2x1 2x0": instances x standbys, in that order: one change at a time)
#   BENCH_DURATION (4s), BENCH_WARMUP (2s), BENCH_THREADS (2), BENCH_CONNECTIONS (16): wrk settings.
# Figures and how to read them: tests/bench/README.md, section throughput.sh.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
NAME="${OBSERVATOIRES_CLUSTER_NAME:-cluster}"
RUN="$DATA/$NAME"
LB="http://127.0.0.1:${OBSERVATOIRES_CLUSTER_PORT:-8079}"
CONFIGS="${BENCH_CONFIGS:-1x0 1x1 1x2 2x2 2x1 2x0}"
DURATION="${BENCH_DURATION:-4s}"
WARMUP="${BENCH_WARMUP:-2s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
ACCEPT="Accept: */*"
export OBSERVATOIRES_CLUSTER_DLL="${OBSERVATOIRES_CLUSTER_DLL:-$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll}"
# wrk on one address stands for many visitors: the instances (re)started here run without the per-address limit.
export Observatoires__RateLimit__AnonymousPermits=1000000000

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

[ $# -eq 0 ] || die "usage: tests/bench/throughput.sh (settings come from the environment, see the header)"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk (or run ./observatoires bench throughput)"
[ -f "$OBSERVATOIRES_CLUSTER_DLL" ] || die "the API is not built: run ./observatoires bench throughput"
for c in $CONFIGS; do [[ "$c" =~ ^[1-3]x[0-2]$ ]] || die "BENCH_CONFIGS: '$c' is not <instances>x<standbys> (e.g. 2x1)"; done

# The main reads of a dashboard and of a GIS: the tile is the z10 tile over Arras, in the communes' collection.
TILE="$(awk 'BEGIN { z = 10; lon = 2.78; lat = 50.29; pi = atan2(0, -1); r = lat * pi / 180
  x = int((lon + 180) / 360 * 2 ^ z); y = int((1 - log(sin(r) / cos(r) + 1 / cos(r)) / pi) / 2 * 2 ^ z); printf "%d/%d/%d", z, y, x }')"
REQUESTS=(   # label|path|what makes each computed request unique (its value ends with digits unique to the request)
  "values|/api/v1/indicators/emploi.salaries_prives/values?level=commune&period=2023|bench_nocache="
  "map|/api/v1/indicators/portrait.part_plus_65_ans/map?level=commune&period=2023&method=jenks&classes=5|bench_nocache="
  # OGC items refuse unknown parameters: a bbox holding every commune, its north edge made unique (51.11…).
  "ogc items|/ogc/collections/communes/items?limit=50&offset=100|bbox=1.5,49.9,3.6,51.11"
  "tile|/ogc/collections/communes/tiles/WebMercatorQuad/$TILE|bench_nocache="
)

WORK="$(mktemp -d /tmp/observatoires-bench-throughput.XXXXXX)"
STARTED_CLUSTER=no
cleanup() {
  local rc=$?
  rm -rf "$WORK"
  if [ "$STARTED_CLUSTER" = yes ]; then "$ROOT/observatoires" cluster down >/dev/null 2>&1 || true; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cluster_running() { [ -f "$RUN/state" ] && [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; }
shape() { # instances standbys: the cluster in that shape (logs in $WORK/cluster.log)
  if cluster_running; then
    say "Reshaping the cluster: $1 API instance(s), $2 standby(s)"
    "$ROOT/observatoires" cluster reshape --replicas "$1" --standbys "$2" >>"$WORK/cluster.log" 2>&1 ||
      { tail -20 "$WORK/cluster.log" >&2; die "cluster reshape failed"; }
  else
    say "Starting the cluster '$NAME': $1 API instance(s), $2 standby(s) (seeds the primary: a few minutes)"
    STARTED_CLUSTER=yes
    "$ROOT/observatoires" cluster up --replicas "$1" --standbys "$2" >>"$WORK/cluster.log" 2>&1 ||
      { tail -20 "$WORK/cluster.log" >&2; die "cluster up failed"; }
  fi
}
PASSWORD=""
node_port() { grep -E "^node $1 " "$RUN/state" | awk '{print $3}'; }
nodes() { grep -E '^node ' "$RUN/state" | awk '{print $2}'; }
pg() { PGPASSWORD="$PASSWORD" psql -X -q -h 127.0.0.1 -p "$1" -U observatoires -d observatoires -tA -c "$2"; }
xacts() { # node: transactions of the platform's database on that server (commits and rollbacks, read-only ones too)
  pg "$(node_port "$1")" "select xact_commit + xact_rollback from pg_stat_database where datname = 'observatoires'"
}

# ---------------------------------------------------------------- wrk scripts (as http.sh's)
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %d %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.timeout, e.status, latency:percentile(50), latency:percentile(99), latency.max))
end
EOF
cat >"$WORK/computed.lua" <<'EOF'
-- Each request unique: NOCACHE (a parameter and the start of its value) then the thread, the second the run started
-- (warm-up and measurement differ) and the request's number, all digits.
local prefix = os.getenv("NOCACHE")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
local stamp = string.format("%04d", os.time() % 10000)
function request()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. prefix .. id .. stamp .. n)
end
EOF
cat "$WORK/report.lua" >>"$WORK/computed.lua"

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
per_req() { awk -v t="$1" -v n="$2" -v k="$TICKS" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / k / n : 0) }'; }

ROWS=()
FAILURES=()
MAX_OTHER=0
ERRORS=0
measure() { # config label path nocache mode(cached|computed)
  local config="$1" label="$2" path="$3" nocache="$4" mode="$5" script="$WORK/report.lua" sep="?"
  [ "$mode" = computed ] && script="$WORK/computed.lua"
  case "$path" in *\?*) sep="&" ;; esac
  # The response itself first: a 200 of the expected kind, and which server read it.
  local status
  status=$(curl -s -H "$ACCEPT" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$LB$path${sep}${nocache}9$RANDOM")
  [ "$status" = 200 ] || die "GET $path${sep}${nocache}… answered $status through nginx: $(head -c 300 "$WORK/body")"
  local bytes; bytes=$(stat -c %s "$WORK/body")
  NOCACHE="$nocache" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$ACCEPT" -s "$script" "$LB$path" >/dev/null
  local -A x0 x1 pg0 pg1
  local node api0 api1 ngx0 ngx1 busy0 busy1 all0 all1
  for node in $(nodes); do x0[$node]=$(xacts "$node"); pg0[$node]=$(server_ticks "${PG_PIDS[$node]}"); done
  api0=$(proc_ticks "${API_PIDS[@]}"); ngx0=$(server_ticks "$NGINX_PID"); busy0=$(busy_ticks_except "${EXCLUDE[@]}"); all0=$(all_ticks)
  NOCACHE="$nocache" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$ACCEPT" -s "$script" "$LB$path" >"$WORK/wrk.txt" 2>&1
  api1=$(proc_ticks "${API_PIDS[@]}"); ngx1=$(server_ticks "$NGINX_PID"); busy1=$(busy_ticks_except "${EXCLUDE[@]}"); all1=$(all_ticks)
  for node in $(nodes); do pg1[$node]=$(server_ticks "${PG_PIDS[$node]}"); done
  # Backends report their counts once idle for a second: wait for them before reading the transactions (the cached
  # rows, measured first, read nearly nothing: they need no wait).
  [ "$mode" = cached ] || sleep 1.2
  for node in $(nodes); do x1[$node]=$(xacts "$node"); done
  local line n secs socket_errors status_errors p50 p99 max
  line=$(grep '^RESULT ' "$WORK/wrk.txt") || { cat "$WORK/wrk.txt" >&2; die "wrk gave no result for $label"; }
  read -r _ n secs socket_errors status_errors p50 p99 max <<<"$line"
  local errors=$((socket_errors + status_errors)) rps other pgcpu="" reads="" total_x=0 standby_x=0 total_cpu
  ERRORS=$((ERRORS + errors))
  rps=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
  other=$(awk -v b=$((busy1 - busy0)) -v a=$((all1 - all0)) 'BEGIN { printf "%.0f", (a > 0 ? 100 * b / a : 0) }')
  [ "$other" -le "$MAX_OTHER" ] || MAX_OTHER=$other
  for node in $(nodes); do
    local dx=$(( x1[$node] - x0[$node] ))
    total_x=$((total_x + dx)); [ "$node" = primary ] || standby_x=$((standby_x + dx))
    pgcpu+="${pgcpu:+ }$(per_req $(( pg1[$node] - pg0[$node] )) "$n")"
  done
  for node in $(nodes); do
    reads+="${reads:+ }$(awk -v d=$(( x1[$node] - x0[$node] )) -v t="$total_x" 'BEGIN { printf "%.0f%%", (t > 0 ? 100 * d / t : 0) }')"
  done
  total_cpu=$(awk -v a=$((api1 - api0)) -v g=$((ngx1 - ngx0)) -v k="$TICKS" -v n="$n" -v p="$pgcpu" 'BEGIN {
    split(p, v, " "); s = 0; for (i in v) s += v[i]; printf "%.2f", 1000 * (a + g) / k / n + s }')
  ROWS+=("$(printf '%-5s %-10s %-8s %8s %7s %7s %7s %6s %7s %6s  %-17s %6s  %-14s %5s%%' "$config" "$label" "$mode" "$bytes" "$rps" \
    "$(ms "$p50")" "$(ms "$p99")" "$errors" "$(per_req $((api1 - api0)) "$n")" "$(per_req $((ngx1 - ngx0)) "$n")" "$pgcpu" \
    "$total_cpu" "$reads" "$other")")
  # Correctness: no errors; with standbys, the computed reads are the standbys' (a transaction or two on the primary
  # per second remain: the API's version checks and LISTEN).
  [ "$errors" -eq 0 ] || FAILURES+=("$config $label $mode: $errors errors")
  if [ "$mode" = computed ] && [ "${#STANDBY_NODES[@]}" -gt 0 ]; then
    awk -v s="$standby_x" -v t="$total_x" 'BEGIN { exit !(t > 0 && s / t >= 0.8) }' ||
      FAILURES+=("$config $label computed: the standbys read $standby_x of $total_x transactions (expected most)")
    for node in "${STANDBY_NODES[@]}"; do
      [ $(( x1[$node] - x0[$node] )) -gt 0 ] || FAILURES+=("$config $label computed: $node read nothing")
    done
  fi
}

declare -A PG_PIDS
API_PIDS=(); STANDBY_NODES=(); EXCLUDE=(); NGINX_PID=""
HEADERS_SEEN=()
for config in $CONFIGS; do
  shape "${config%x*}" "${config#*x}"
  PASSWORD="$(cat "$DATA/pg-$NAME-primary.password")"
  API_PIDS=(); for port in $(cat "$RUN/api-ports"); do API_PIDS+=("$(cat "$RUN/api-$port.pid")"); done
  NGINX_PID="$(cat "$RUN/nginx/nginx.pid")"
  PG_PIDS=(); STANDBY_NODES=()
  for node in $(nodes); do
    PG_PIDS[$node]="$(listener_pid "$(node_port "$node")")"
    [ -n "${PG_PIDS[$node]}" ] || die "no PostgreSQL server listens on port $(node_port "$node") ($node)"
    [ "$node" = primary ] || STANDBY_NODES+=("$node")
  done
  EXCLUDE=("${API_PIDS[@]}" "$NGINX_PID" "${PG_PIDS[@]}")
  # Which server read a computed answer, as the API says (Observatoires-Read-Server): six requests in a row.
  seen=$(for i in 1 2 3 4 5 6; do
      curl -s -o /dev/null -D - "$LB$(cut -d'|' -f2 <<<"${REQUESTS[0]}")&bench_nocache=$i$RANDOM" | awk -F': ' 'tolower($1) == "observatoires-read-server" { sub(/\r$/, "", $2); print $2 }'
    done | sort | uniq -c | awk '{ n = $1; $1 = ""; printf "%s%s ×%d", (NR > 1 ? ", " : ""), substr($0, 2), n }')
  HEADERS_SEEN+=("$config: ${seen:-no header: without a standby nothing is routed, the primary reads everything}")
  for entry in "${REQUESTS[@]}"; do
    IFS='|' read -r label path nocache <<<"$entry"
    for mode in cached computed; do measure "$config" "$label" "$path" "$nocache" "$mode"; done
  done
done

# ---------------------------------------------------------------- report
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Observatoires read throughput through nginx — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); wrk, nginx, the API instances and every PostgreSQL server share them"
echo "load:    wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), '$ACCEPT', the demo data (319 communes)"
echo
echo "ON $(nproc) CORES THIS SHOWS CORRECTNESS MORE THAN SPEED: a second instance or a standby adds processes, not cores, so"
echo "requests/s cannot grow here. What extrapolates is the CPU per request: a machine with C free cores for a component"
echo "serves about C × 1000 / (its ms per request) requests/s of that kind."
echo
printf '%-5s %-10s %-8s %8s %7s %7s %7s %6s %7s %6s  %-17s %6s  %-14s %6s\n' shape request answer bytes "req/s" "p50 ms" "p99 ms" errors \
  "API ms" "nginx" "PG ms (per node)" "total" "reads by node" other
printf '%s\n' "${ROWS[@]}"
echo "  shape: API instances x hot standbys. answer: cached = the response cache (the same URL again); computed = a unique"
echo "  dummy parameter per request (&bench_nocache=…; for OGC items, which refuse unknown parameters, a unique bbox holding"
echo "  every commune), so the API computes it, as for the first request after an import."
echo "  API ms, nginx, PG ms: CPU milliseconds per request of all API instances, of nginx (master and workers), and of each"
echo "  PostgreSQL server (its postmaster and every backend), nodes in the order primary, standby1, standby2; total: their sum."
echo "  reads by node: each server's share of the database's transactions meanwhile (pg_stat_database), same order."
echo "  other: CPU used meanwhile by processes outside the cluster and wrk, as a share of the machine (above 10 %: disturbed)."
echo
echo "Which server read a computed answer (the API's Observatoires-Read-Server header, six requests):"
printf '  %s\n' "${HEADERS_SEEN[@]}"
echo "  tile: /ogc/collections/communes/tiles/WebMercatorQuad/$TILE"
[ "$MAX_OTHER" -le 10 ] ||
  echo "WARNING: other processes used up to $MAX_OTHER % of the machine during the measurements: rerun on a quiet machine"
if [ "${#FAILURES[@]}" -gt 0 ]; then
  echo
  echo "CHECKS FAILED:"
  printf '  %s\n' "${FAILURES[@]}"
  exit 1
fi
echo "checks: no errors; with standbys, the computed reads were served by every standby"
