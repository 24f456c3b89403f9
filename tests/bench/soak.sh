#!/usr/bin/env bash
# The soak test (issue 23 §5): the cluster through nginx at a fixed request rate for 10 minutes (after 5 of warm-up)
# over a realistic mix — dashboard page loads (the page, its assets, the dashboard's API calls), CSV downloads, QGIS
# paging OGC items, a partner's nightly pull with its key — and a values import through the HTTP route with an agency
# key every few minutes, so that data versions change and the response caches turn over. Prints p50/p95/p99 and
# errors, every sample period the API instances' RSS and GC heap, each PostgreSQL server's connections and nginx's
# connections to the instances, then a verdict on growth (the last third of the samples against the first).
#
#   ./observatoires bench soak [--minutes 10]        (builds the API and the web client first)
#   tests/bench/soak.sh [--minutes 10]               once built
# Settings: BENCH_RATE (20 requests/s), BENCH_SHAPE (2x2: API instances x standbys), BENCH_IMPORT_EVERY (180 s; the
# first import at 30 s), BENCH_SAMPLE_EVERY (30 s, or a sixth of a shorter run), BENCH_WARMUP (300 s, or half a run
# under 10 minutes). It uses the cluster named by the
# OBSERVATOIRES_CLUSTER_* variables: brings it up when it is not running (and stops it at the end), otherwise reshapes
# it (the instances restart, without the per-address rate limit). The imported indicator's values are put back after.
# Exit status: 0 when there was no error and everything stayed flat, 1 on any error, 2 on growth without errors.
# Figures and how to read them: tests/bench/README.md, section soak.sh.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
NAME="${OBSERVATOIRES_CLUSTER_NAME:-cluster}"
RUN="$DATA/$NAME"
LB="http://127.0.0.1:${OBSERVATOIRES_CLUSTER_PORT:-8079}"
RATE="${BENCH_RATE:-20}"
SHAPE="${BENCH_SHAPE:-2x2}"
IMPORT_EVERY="${BENCH_IMPORT_EVERY:-180}"
SCOPE="epci:200072460"
IMPORTED="emploi.salaries_prives"   # revised by each import: every commune's 2023 value
export OBSERVATOIRES_CLUSTER_DLL="${OBSERVATOIRES_CLUSTER_DLL:-$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll}"
# One load generator on one address stands for many visitors: the per-address and per-key limits are lifted.
export Observatoires__RateLimit__AnonymousPermits=1000000000 Observatoires__RateLimit__KeyPermits=1000000000

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

MINUTES=10
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES="${2:-}"; shift 2 ;;
    *) die "usage: tests/bench/soak.sh [--minutes N]" ;;
  esac
done
[[ "$MINUTES" =~ ^[0-9]+$ ]] && [ "$MINUTES" -ge 1 ] || die "--minutes is a whole number of minutes, at least 1"
[[ "$SHAPE" =~ ^[1-3]x[0-2]$ ]] || die "BENCH_SHAPE: '$SHAPE' is not <instances>x<standbys> (e.g. 2x2)"
# The minutes judged come after a warm-up at the same rate and mix, imports included: the instances have just (re)started,
# and their RSS climbs for 4-5 minutes while the JIT compiles and the GC and the caches reach their working sizes, then
# stays a saw (tests/bench/README.md, soak.sh results). Its samples are shown, not judged; its errors count.
MEASURED=$((MINUTES * 60))
WARMUP="${BENCH_WARMUP:-$(( MEASURED / 2 < 300 ? MEASURED / 2 : 300 ))}"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_WARMUP: '$WARMUP' is not a whole number of seconds"
SECONDS_TOTAL=$((WARMUP + MEASURED))
SAMPLE_EVERY="${BENCH_SAMPLE_EVERY:-$(( MEASURED / 6 < 30 ? MEASURED / 6 : 30 ))}"
command -v node >/dev/null || die "node is missing"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
[ -f "$OBSERVATOIRES_CLUSTER_DLL" ] || die "the API is not built: run ./observatoires bench soak"

WORK="$(mktemp -d /tmp/observatoires-bench-soak.XXXXXX)"
STARTED_CLUSTER=no
LOAD_PID=""
KEY_IDS=()
RESTORED=yes   # no until the first import; the original values go back in cleanup if the run stops before it does
cleanup() {
  local rc=$? id
  [ -z "$LOAD_PID" ] || kill "$LOAD_PID" 2>/dev/null || true
  if [ "$RESTORED" = no ]; then wait; import_values "$WORK/original.csv" restore || true; fi
  # The run's two keys are revoked whatever happened: a soak leaves no usable key in the cluster's database.
  for id in "${KEY_IDS[@]}"; do
    cluster_api keys revoke "$id" >/dev/null 2>&1 && echo "revoked the run's API key $id" >&2 || echo "WARNING: could not revoke the API key $id" >&2
  done
  rm -rf "$WORK"
  if [ "$STARTED_CLUSTER" = yes ]; then "$ROOT/observatoires" cluster down >/dev/null 2>&1 || true; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the cluster, its processes, two keys
if [ -f "$RUN/state" ] && [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
  say "Reshaping the cluster '$NAME' to $SHAPE (instances x standbys; the instances restart without the rate limit)"
  "$ROOT/observatoires" cluster reshape --replicas "${SHAPE%x*}" --standbys "${SHAPE#*x}" >"$WORK/cluster.log" 2>&1 ||
    { tail -20 "$WORK/cluster.log" >&2; die "cluster reshape failed"; }
else
  say "Starting the cluster '$NAME' ($SHAPE; seeds the primary: a few minutes)"
  STARTED_CLUSTER=yes
  "$ROOT/observatoires" cluster up --replicas "${SHAPE%x*}" --standbys "${SHAPE#*x}" >"$WORK/cluster.log" 2>&1 ||
    { tail -20 "$WORK/cluster.log" >&2; die "cluster up failed"; }
fi
PASSWORD="$(cat "$DATA/pg-$NAME-primary.password")"
node_port() { grep -E "^node $1 " "$RUN/state" | awk '{print $3}'; }
pg() { PGPASSWORD="$PASSWORD" psql -X -q -h 127.0.0.1 -p "$1" -U observatoires -d observatoires -tA -c "$2"; }
# The shape the run really has: API instances answering, standbys streaming from the primary (a parked standby, or one
# that has not caught up, is not counted). The run stops when it is not the shape asked for.
PRIMARY_PORT="$(node_port "$(grep -E '^primary ' "$RUN/state" | awk '{print $2}')")"
streaming=""
for _ in $(seq 1 60); do
  streaming="$(pg "$PRIMARY_PORT" "select string_agg(application_name, ' ' order by application_name) from pg_stat_replication where state = 'streaming'")"
  [ "$(wc -w <<<"$streaming")" -ge "${SHAPE#*x}" ] && break
  sleep 1
done
answering=0
for port in $(cat "$RUN/api-ports"); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && answering=$((answering + 1)); done
RAN_SHAPE="${answering}x$(wc -w <<<"$streaming")"
"$ROOT/observatoires" cluster status >"$WORK/status" 2>&1 || true
say "Shape: $answering API instance(s) x $(wc -w <<<"$streaming") standby(s) streaming${streaming:+ ($streaming)}"
[ "$RAN_SHAPE" = "$SHAPE" ] || { cat "$WORK/status" >&2; die "the cluster is $RAN_SHAPE, not the $SHAPE asked for"; }
NODES=($(grep -E '^node ' "$RUN/state" | awk '{print $2}'))
API_PORTS=($(cat "$RUN/api-ports"))
API_PIDS=(); for port in "${API_PORTS[@]}"; do API_PIDS+=("$(cat "$RUN/api-$port.pid")"); done
NGINX_PID="$(cat "$RUN/nginx/nginx.pid")"
declare -A PG_PIDS
for node in "${NODES[@]}"; do PG_PIDS[$node]="$(listener_pid "$(node_port "$node")")"; done
cluster_api() { # args...: the built API's command line on the primary, as ./observatoires keys does
  ConnectionStrings__Observatoires="Host=127.0.0.1;Port=$PRIMARY_PORT;Username=observatoires;Password=$PASSWORD;Database=observatoires" \
  Observatoires__ReferenceData="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data" \
    dotnet "$OBSERVATOIRES_CLUSTER_DLL" "$@"
}
key() { # role [scope]: a new API key in KEY, made as ./observatoires keys create does; its id kept to revoke it at the end
  local out
  out="$(cluster_api keys create --name "Bench soak ($1)" --role "$1" ${2:+--scope "$2"})" || die "keys create $1 failed: $out"
  KEY_IDS+=("$(awk '/^Key [0-9]+ created/ { print $2 }' <<<"$out")")
  KEY="$(grep -Eo '^obs_[A-Za-z0-9_]+$' <<<"$out")"
}
say "Creating a partner key (scope $SCOPE) and an agency key"
key partner_reader "$SCOPE"; PARTNER_KEY="$KEY"
key agency_editor; AGENCY_KEY="$KEY"

# ---------------------------------------------------------------- the import: every commune's 2023 value, revised
curl -sf -H "Authorization: Bearer $AGENCY_KEY" "$LB/api/v1/indicators/$IMPORTED/values?level=commune&period=2023" >"$WORK/original.json" ||
  die "cannot read $IMPORTED's values"
jq -r --arg code "$IMPORTED" '"indicator,territory,period,value", (.items[] | select(.value != null) | [$code, .territory.id, "2023", .value] | @csv)' \
  "$WORK/original.json" | tr -d '"' >"$WORK/original.csv"
[ "$(wc -l <"$WORK/original.csv")" -gt 100 ] || die "too few values of $IMPORTED to import: $(head -c 300 "$WORK/original.json")"
import_values() { # file label: the values import through nginx; one line "seconds status revised" in imports.log
  local out status
  out=$(curl -s -o "$WORK/import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $AGENCY_KEY" -F "file=@$1;type=text/csv" \
    "$LB/api/v1/imports/values") || out="000 0"
  status="${out% *}"
  echo "$(date +%s) $2 $status ${out#* } $(jq -c '{new, revised, unchanged} // empty' "$WORK/import.json" 2>/dev/null | tr -d ' ')" >>"$WORK/imports.log"
  [ "$status" = 200 ] || [ "$status" = 201 ] || echo "import $2 answered $status: $(head -c 300 "$WORK/import.json")" >>"$WORK/imports.log"
}
revised() { # n: the original values plus n (counts stay whole numbers)
  awk -F, -v n="$1" 'NR == 1 { print; next } { OFS = ","; $4 = $4 + n; print }' "$WORK/original.csv" >"$WORK/revised-$1.csv"
  echo "$WORK/revised-$1.csv"
}

# ---------------------------------------------------------------- samples
: >"$WORK/samples"
# Per instance: its RSS; its GC heap as allocated (garbage included, a saw), as left by the last collection (often a
# generation 0 one: the older generations' garbage and fragmentation included) and as left by the last full collection
# (live: the objects kept, what a leak makes grow); the response cache's bytes and entries (/metrics), part of the live heap.
printf '%-7s' "t"; for p in "${API_PORTS[@]}"; do printf ' %-36s' "API $p rss/heap/last/live/cache MB (n)"; done
for node in "${NODES[@]}"; do printf ' %-11s' "pg $node"; done; printf ' %s\n' "nginx→API"
sample() { # t: one line of figures, also kept in $WORK/samples as "t key value" lines
  local t="$1" i port rss heap last live full cache entries sql committed conns upstream filter=""
  printf '%-7s' "${t}s"
  for i in "${!API_PORTS[@]}"; do
    port="${API_PORTS[$i]}"
    rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${API_PIDS[$i]}/status" 2>/dev/null || echo 0)
    read -r heap last live full cache entries sql committed < <(curl -s -H "Authorization: Bearer $AGENCY_KEY" "http://127.0.0.1:$port/metrics" | awk '
      $1 == "dotnet_total_memory_bytes" { heap = $2 }
      $1 ~ /^system_runtime_dotnet_gc_last_collection_heap_size[{]/ { last += $2 }
      $1 == "observatoires_gc_live_after_full_collection_bytes" { live = $2 }
      $1 == "dotnet_collection_count_total{generation=\"2\"}" { full = $2 }
      $1 == "observatoires_response_cache_bytes" { cache = $2 }
      $1 == "observatoires_response_cache_entries" { entries = $2 }
      $1 == "observatoires_cache_entries{cache=\"sql_queries\"}" { sql = $2 }
      $1 == "system_runtime_dotnet_gc_last_collection_memory_committed_size" { committed = $2 }
      END { printf "%.0f %.0f %.0f %d %.1f %d %d %.0f\n", heap / 1048576, last / 1048576, live / 1048576, full, cache / 1048576, entries, sql, committed / 1048576 }') || true
    printf ' %-36s' "${rss} / ${heap:-?} / ${last:-?} / ${live:-?} / ${cache:-?} (${entries:-?})"
    { echo "$t rss:$port $rss"; echo "$t heap:$port ${heap:-0}"; echo "$t last:$port ${last:-0}"; echo "$t live:$port ${live:-0}"
      echo "$t full-gcs:$port ${full:-0}"
      echo "$t cache:$port ${cache:-0}"; echo "$t entries:$port ${entries:-0}"
      echo "$t sql:$port ${sql:-0}"; echo "$t gc-committed:$port ${committed:-0}"
      echo "$t other:$port $(awk -v l="${live:-0}" -v c="${cache:-0}" 'BEGIN { printf "%.1f", l - c }')"; } >>"$WORK/samples"
    filter+="${filter:+ or }dport = :$port"
  done
  for node in "${NODES[@]}"; do
    conns=$(pg "$(node_port "$node")" "select count(*) from pg_stat_activity where backend_type = 'client backend'")
    printf ' %-11s' "$conns"
    echo "$t pg:$node $conns" >>"$WORK/samples"
  done
  upstream=$(ss -tnH state established "( $filter )" | wc -l)
  printf ' %s\n' "$upstream"
  echo "$t nginx $upstream" >>"$WORK/samples"
}

# ---------------------------------------------------------------- the run
cpu0_api=$(proc_ticks "${API_PIDS[@]}"); cpu0_ngx=$(server_ticks "$NGINX_PID")
declare -A cpu0_pg; for node in "${NODES[@]}"; do cpu0_pg[$node]=$(server_ticks "${PG_PIDS[$node]}"); done
EXCLUDE=("${API_PIDS[@]}" "$NGINX_PID" "${PG_PIDS[@]}")
busy0=$(busy_ticks_except "${EXCLUDE[@]}"); all0=$(all_ticks)
say "Soak: $RATE requests/s for $WARMUP s of warm-up, then $MINUTES min judged, through $LB; a values import at 30 s, then every $IMPORT_EVERY s; samples every $SAMPLE_EVERY s"
node "$ROOT/tests/bench/soak/loadgen.mjs" --base "$LB" --rate "$RATE" --seconds "$SECONDS_TOTAL" --partner-key "$PARTNER_KEY" \
  --scope "$SCOPE" --report-every "$SAMPLE_EVERY" --summary "$WORK/summary.json" >"$WORK/load.log" 2>&1 &
LOAD_PID=$!
start=$(date +%s); next_sample=$SAMPLE_EVERY; next_import=30; imports=0; shown=0
while kill -0 "$LOAD_PID" 2>/dev/null; do
  sleep 1
  t=$(( $(date +%s) - start ))
  # The load generator's interval lines, as they come.
  total_lines=$(wc -l <"$WORK/load.log"); [ "$total_lines" -le "$shown" ] || { sed -n "$((shown + 1)),${total_lines}p" "$WORK/load.log" | grep '^\[' | sed 's/^/  load /' || true; shown=$total_lines; }
  if [ "$t" -ge "$next_import" ] && [ "$t" -lt "$SECONDS_TOTAL" ]; then
    imports=$((imports + 1)); RESTORED=no; import_values "$(revised "$imports")" "revision-$imports" &
    next_import=$((next_import + IMPORT_EVERY))
  fi
  if [ "$t" -ge "$next_sample" ] && [ "$t" -le "$SECONDS_TOTAL" ]; then sample "$t"; next_sample=$((next_sample + SAMPLE_EVERY)); fi
done
LOAD_STATUS=0; wait "$LOAD_PID" || LOAD_STATUS=$?; LOAD_PID=""
wait   # the last import
busy1=$(busy_ticks_except "${EXCLUDE[@]}"); all1=$(all_ticks)
cpu1_api=$(proc_ticks "${API_PIDS[@]}"); cpu1_ngx=$(server_ticks "$NGINX_PID")
pgcpu=""; for node in "${NODES[@]}"; do pgcpu+="${pgcpu:+, }$node $(( $(server_ticks "${PG_PIDS[$node]}") - cpu0_pg[$node] ))"; done
sed -n "$((shown + 1)),\$p" "$WORK/load.log" | grep '^\[' | sed 's/^/  load /' || true
import_values "$WORK/original.csv" restore; RESTORED=yes   # the values as they were (not counted in the figures)
[ -f "$WORK/summary.json" ] || { cat "$WORK/load.log" >&2; die "the load generator stopped (status $LOAD_STATUS)"; }

# ---------------------------------------------------------------- report
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
n=$(jq .n "$WORK/summary.json")
echo
echo "Observatoires soak test — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}); the load generator, nginx, the API instances and PostgreSQL share them"
echo "cluster: shape $RAN_SHAPE: ${#API_PORTS[@]} API instance(s), ${#NODES[@]} PostgreSQL server(s) (${NODES[*]}; standbys streaming at the start: ${streaming:-none}), through nginx at $LB"
sed 's/^/  /' "$WORK/status"
echo "load:    $RATE requests/s asked for $WARMUP s of warm-up and $MINUTES min judged: dashboards 50 %, CSV 10 %, QGIS paging 20 %, a partner's pull 20 %"
echo
sed -n '/^stream /,$p' "$WORK/load.log"
echo
echo "imports (POST /api/v1/imports/values, $IMPORTED 2023, every commune revised): epoch, label, status, seconds, counts"
sed 's/^/  /' "$WORK/imports.log"
import_failures=$(awk '$2 != "restore" && $3 != 200 && $3 != 201 && $1 ~ /^[0-9]+$/' "$WORK/imports.log" | wc -l)
echo
awk -v n="$n" -v t="$TICKS" -v a=$((cpu1_api - cpu0_api)) -v g=$((cpu1_ngx - cpu0_ngx)) -v p="$pgcpu" -v b=$((busy1 - busy0)) -v all=$((all1 - all0)) 'BEGIN {
  printf "CPU per request: API instances %.2f ms, nginx %.2f ms, PostgreSQL", 1000 * a / t / n, 1000 * g / t / n
  k = split(p, parts, ", "); for (i = 1; i <= k; i++) { split(parts[i], f, " "); printf " %s %.2f ms", f[1], 1000 * f[2] / t / n }
  printf "; other processes used %.0f %% of the machine%s\n", 100 * b / all, (100 * b / all > 10 ? " (WARNING: disturbed)" : "") }'

# What the response caches did: the answers dropped as stale are those a write outdated (before they were dropped at
# once, they stayed in memory until 30 minutes unread or the 256 MB limit).
echo
echo "response cache, per instance at the end (/metrics): entries, MB held (limit); dropped over the run: stale, capacity, unread"
CACHE_LIMIT_MB=$(curl -s -H "Authorization: Bearer $AGENCY_KEY" "http://127.0.0.1:${API_PORTS[0]}/metrics" |
  awk '$1 == "observatoires_response_cache_limit_bytes" { printf "%.0f", $2 / 1048576 }')
CACHE_LIMIT_MB="${CACHE_LIMIT_MB:-256}"
for port in "${API_PORTS[@]}"; do
  curl -s -H "Authorization: Bearer $AGENCY_KEY" "http://127.0.0.1:$port/metrics" | awk -v port="$port" '
    $1 == "observatoires_response_cache_entries" { n = $2 } $1 == "observatoires_response_cache_bytes" { b = $2 }
    $1 == "observatoires_response_cache_limit_bytes" { l = $2 }
    $1 ~ /^observatoires_response_cache_evictions_total/ { split($1, r, "\""); e[r[2]] = $2 }
    $1 ~ /^observatoires_response_cache_evicted_bytes_total/ { split($1, r, "\""); m[r[2]] = $2 }
    END { printf "  API %s: %d entries, %.1f MB (limit %.0f MB); dropped: stale %d (%.1f MB), capacity %d (%.1f MB), unread %d\n",
            port, n, b / 1048576, l / 1048576, e["stale"], m["stale"] / 1048576, e["capacity"], m["capacity"] / 1048576, e["unread"] }'
done

# Growth: the median of the last third of the samples against the first third (a median, since a GC heap is a saw),
# within a tolerance per kind, over the samples after the warm-up.
echo
echo "growth (median of the last third of the samples after the first ${WARMUP} s against their first third):"
growth=$(awk -v warmup="$WARMUP" '$1 > warmup' "$WORK/samples" | sort -n -k1,1 | awk '
  { if ($1 != prev) { nt++; prev = $1 } t[NR] = nt; k[NR] = $2; v[NR] = $3 }
  END { third = int(nt / 3); if (third < 1) third = 1
        for (i = 1; i <= NR; i++) { if (t[i] <= third) print k[i], "first", v[i]; if (t[i] > nt - third) print k[i], "last", v[i] } }' |
  sort -k1,1 -k2,2 -k3,3n | awk '
  function flush() { if (n) { m = (n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2); med[key, part] = m; spread[key, part] = x[n] - x[1]; keys[key] = 1 } n = 0 }
  { if ($1 != key || $2 != part) { flush(); key = $1; part = $2 } x[++n] = $3 }
  END { flush(); bad = 0
    for (key in keys) {
      a = med[key, "first"]; b = med[key, "last"]
      info = 0
      if (key ~ /^full-gcs/) { printf "  %-16s %8d and %d within the first and last thirds (each refreshes the live heap)\n", key, spread[key, "first"], spread[key, "last"]; continue }
      # The live heap is as the last full collection left it: a third without one would judge an older figure.
      if (key ~ /^other/) { gcs = key; sub(/^other/, "full-gcs", gcs)
        if (spread[gcs, "first"] < 1 || spread[gcs, "last"] < 1) {
          bad++; printf "  %-16s %8.1f -> %8.1f MB          NOT MEASURED (no full collection within the first or last third: a longer run)\n", key, a, b; continue } }
      if (key ~ /^rss/) { rel = 0.10; abs = 20; unit = "MB" } else if (key ~ /^other/) { rel = 0.25; abs = 20; unit = "MB" }
      else if (key ~ /^(heap|last|live|cache|gc-committed)/) { info = 1; unit = "MB" } else if (key ~ /^(entries|sql)/) { info = 1; unit = "entries" }
      else if (key ~ /^pg/) { rel = 0.25; abs = 2; unit = "connections" } else { rel = 0.25; abs = 4; unit = "connections" }
      if (info) { printf "  %-16s %8.1f -> %8.1f %-11s (shown, not judged)\n", key, a, b, unit; continue }
      allowed = (rel * a > abs ? rel * a : abs)
      ok = (b - a <= allowed)
      if (!ok) bad++
      printf "  %-16s %8.1f -> %8.1f %-11s (tolerance +%.0f)  %s\n", key, a, b, unit, allowed, (ok ? "flat" : "GROWING")
    }
    print "BAD " bad
  }')
echo "$growth" | grep -v '^BAD ' | sort
bad=$(echo "$growth" | awk '$1 == "BAD" { print $2 }'); bad="${bad:-0}"
# A bounded cache may grow up to its limit; it must never hold more (every sample, warm-up included).
over=$(awk -v limit="$CACHE_LIMIT_MB" '$2 ~ /^cache:/ && $3 > limit' "$WORK/samples" | wc -l)
echo "  response cache   at most $(awk '$2 ~ /^cache:/ && $3 > m { m = $3 } END { printf "%.1f", m }' "$WORK/samples") MB in any sample (limit $CACHE_LIMIT_MB MB)  $([ "$over" -eq 0 ] && echo bounded || echo "OVER THE LIMIT")"
[ "$over" -eq 0 ] || bad=$((bad + 1))
samples=$(awk -v warmup="$WARMUP" '$1 > warmup { print $1 }' "$WORK/samples" | sort -u | wc -l)
[ "$samples" -ge 9 ] || echo "  (only $samples samples after the warm-up: a short run, whose thirds are a few seconds; 10 minutes give 20)"

errors=$(jq .errors "$WORK/summary.json")
echo
printf 'p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %s requests; errors %s, failed imports %s; growth: %s\n' \
  "$(jq .p50 "$WORK/summary.json")" "$(jq .p95 "$WORK/summary.json")" "$(jq .p99 "$WORK/summary.json")" "$n" "$errors" "$import_failures" \
  "$([ "$bad" -eq 0 ] && echo flat || echo "$bad series GROWING")"
if [ "$errors" -gt 0 ] || [ "$import_failures" -gt 0 ] || [ "$LOAD_STATUS" -ne 0 ]; then echo "VERDICT: FAILED (errors)"; exit 1; fi
if [ "$bad" -gt 0 ]; then echo "VERDICT: FAILED (growth)"; exit 2; fi
echo "VERDICT: passed (no error; memory and connections flat)"
