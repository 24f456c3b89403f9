#!/usr/bin/env bash
# Measures on a running cluster (./observatoires cluster up; same OBSERVATOIRES_CLUSTER_* variables):
#   tests/bench/cluster.sh sync [N]       N writes (default 300) through one API instance, p50/p99, with synchronous
#                                          commit to one standby (ANY 1) and without; the setting is put back after
#   tests/bench/cluster.sh failover       writes in a loop through nginx while ./observatoires cluster failover runs:
#                                          how long writes fail, and whether the last acknowledged write survived
#   tests/bench/cluster.sh reads [N]      N sequential GETs of a few main requests through nginx (a first look at
#                                          read latency; docs/benchmarks.md is the place for the full measurements)
# Figures and how to read them: tests/bench/README.md#clustersh-results.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NAME="${OBSERVATOIRES_CLUSTER_NAME:-cluster}"
RUN="$ROOT/.data/$NAME"
[ -f "$RUN/state" ] || { echo "no cluster '$NAME': ./observatoires cluster up" >&2; exit 1; }
LB="http://127.0.0.1:${OBSERVATOIRES_CLUSTER_PORT:-8079}"
API="http://127.0.0.1:$(head -1 "$RUN/api-ports")"
PASSWORD="$(cat "$ROOT/.data/pg-$NAME-primary.password")"
TERRITORY="epci:200072460"

node_port() { grep -E "^node $1 " "$RUN/state" | awk '{print $3}'; }
primary_port() { node_port "$(grep -E '^primary ' "$RUN/state" | awk '{print $2}')"; }
pg() { PGPASSWORD="$PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U observatoires -d observatoires -tA -c "$2"; }
key() {
  ConnectionStrings__Observatoires="Host=127.0.0.1;Port=$(primary_port);Username=observatoires;Password=$PASSWORD;Database=observatoires" \
  Observatoires__ReferenceData="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data" \
    dotnet "${OBSERVATOIRES_CLUSTER_DLL:-$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll}" keys create \
    --name "Bench cluster" --role agency_editor | grep -Eo '^obs_[A-Za-z0-9_]+$'
}
put() { # base key value: "status seconds"
  curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -X PUT -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"reduction\": $3}" "$1/api/v1/zan/reductions/$TERRITORY" 2>/dev/null || echo "000 0"
}
percentiles() { # reads seconds, one a line: "p50 … ms, p99 … ms"
  sort -n | awk '{v[NR]=$1} END {p50=v[int(NR*0.5)+(NR*0.5>int(NR*0.5))]; p99=v[int(NR*0.99)+(NR*0.99>int(NR*0.99))];
    printf "n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", NR, p50*1000, p99*1000, v[NR]*1000}'
}
set_sync() { pg "$(primary_port)" "alter system set synchronous_standby_names = '$1'" >/dev/null; pg "$(primary_port)" "select pg_reload_conf()" >/dev/null; }

case "${1:-}" in
  sync)
    n="${2:-300}"; k="$(key)"
    before="$(pg "$(primary_port)" "select current_setting('synchronous_standby_names')")"
    standbys="$(pg "$(primary_port)" "select string_agg(application_name, ',') from pg_stat_replication")"
    for mode in sync async sync async; do   # interleaved, so that the machine's load weighs on both alike
      if [ "$mode" = sync ]; then set_sync "ANY 1 ($standbys)"; else set_sync ""; fi
      sleep 0.5
      echo "$mode ($(pg "$(primary_port)" "select coalesce(nullif(current_setting('synchronous_standby_names'), ''), 'off')")):"
      for i in $(seq 1 "$n"); do put "$API" "$k" "0.$((i % 9 + 1))$((i % 7 + 1))"; done | awk '$1 == 204 {print $2}' | percentiles
    done
    set_sync "$before"
    ;;
  failover)
    k="$(key)"; log="$(mktemp)"
    ( i=0; while :; do i=$((i + 1)); v="$(printf '0.%04d' "$i")"; echo "$(date +%s.%N) $v $(put "$LB" "$k" "$v")"; done ) >"$log" &
    writer=$!
    sleep 3
    "$ROOT/observatoires" cluster failover
    sleep 10
    kill "$writer"; wait "$writer" 2>/dev/null || true
    last="$(awk '$3 == 204 {v=$2} END {print v}' "$log")"
    stored="$(pg "$(primary_port)" "select to_char(reduction, 'FM0.0000') from zan.reduction where territory_id = '$TERRITORY'")"
    echo "writes: $(awk '$3 == 204' "$log" | wc -l) acknowledged, $(awk '$3 != 204' "$log" | wc -l) failed"
    awk '$3 != 204 {if (!f) f=$1; l=$1} END {if (f) printf "writes failed for %.1f s (first to last failure)\n", l-f; else print "no write failed"}' "$log"
    echo "last acknowledged value $last; the new primary holds $stored"
    [ "$stored" \> "$last" ] || [ "$stored" = "$last" ] && echo "nothing acknowledged was lost" || echo "LOST: the last acknowledged write is missing"
    rm -f "$log"
    ;;
  reads)
    n="${2:-200}"
    for url in "/api/v1/zan/counter?territory=$TERRITORY" \
               "/api/v1/indicators/portrait.part_plus_65_ans/values?level=commune&within=epci:200072460&period=2023" \
               "/ogc/collections/communes/items?limit=100"; do
      echo "$url:"
      for i in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$LB$url"; done | percentiles
    done
    ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
