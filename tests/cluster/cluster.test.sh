#!/usr/bin/env bash
# The cluster's promises, checked on a real one (./observatoires cluster up: a primary, two hot standbys, two API
# instances, nginx): the same bytes and ETag through every instance and through nginx; reads served by standbys;
# a write through one instance seen by the next read through the other; read-your-writes and cache coherence with
# the standbys held back by recovery_min_apply_delay (so that reading from them would show the old answer); a standby
# stopped and started again (no read fails, it serves again within seconds); `cluster reshape` to no standby and one
# instance, then back; nginx's static files and absolute URLs. Run by ./observatoires test (stage "cluster"), or alone:
#   tests/cluster/cluster.test.sh
# Its cluster is named cluster-test (.data/cluster-test, ports below, each overridable): kept stopped between runs, so
# that the next run reuses the seeded primary.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export OBSERVATOIRES_CLUSTER_NAME="${OBSERVATOIRES_CLUSTER_NAME:-cluster-test}"
export OBSERVATOIRES_CLUSTER_PG_PORT="${OBSERVATOIRES_CLUSTER_PG_PORT:-54370}"
export OBSERVATOIRES_CLUSTER_STANDBY_PORTS="${OBSERVATOIRES_CLUSTER_STANDBY_PORTS:-54371,54372}"
export OBSERVATOIRES_CLUSTER_API_PORTS="${OBSERVATOIRES_CLUSTER_API_PORTS:-8071,8072}"
export OBSERVATOIRES_CLUSTER_PORT="${OBSERVATOIRES_CLUSTER_PORT:-8070}"
DATA="$ROOT/.data"
RUN="$DATA/$OBSERVATOIRES_CLUSTER_NAME"
IFS=, read -r -a API_PORTS <<<"$OBSERVATOIRES_CLUSTER_API_PORTS"
A="http://127.0.0.1:${API_PORTS[0]}"
B="http://127.0.0.1:${API_PORTS[1]}"
LB="http://127.0.0.1:$OBSERVATOIRES_CLUSTER_PORT"
TERRITORY="epci:200072460"
COUNTER="/api/v1/zan/counter?territory=$TERRITORY"
TMP="$(mktemp -d)"
passed=0
failed=0

ok() { echo "ok - $1"; passed=$((passed + 1)); }
not_ok() { echo "not ok - $1"; failed=$((failed + 1)); }
check() { # description command...: passes when the command succeeds
  local what="$1"; shift
  if "$@"; then ok "$what"; else not_ok "$what"; fi
}
finish() {
  # Whatever happened, the standbys replay again and the cluster stops (its data is kept for the next run).
  for port in "${STANDBY_PORT[@]:-}"; do [ -n "$port" ] && delay "$port" 0 >/dev/null 2>&1; done
  "$ROOT/observatoires" cluster down >/dev/null 2>&1
  # A standby the checks promoted is a primary of its own now: the next `cluster up` makes it again (pg_basebackup).
  [ -n "${PROMOTED:-}" ] && rm -rf "$PROMOTED"
  rm -rf "$TMP"
  echo "cluster: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

get() { # name url [key]: body in $TMP/name.body, headers in $TMP/name.head
  curl -sS -o "$TMP/$1.body" -D "$TMP/$1.head" ${3:+-H "Authorization: Bearer $3"} "$2"
}
header() { grep -i "^$2:" "$TMP/$1.head" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
status() { head -1 "$TMP/$1.head" | cut -d' ' -f2; }
reduction() { jq -r .reduction "$TMP/$1.body"; }
same_answer() { [ "$(status "$1")" = 200 ] && [ "$(header "$1" etag)" = "$(header "$2" etag)" ] && cmp -s "$TMP/$1.body" "$TMP/$2.body"; }

primary_port() { grep -E '^node primary ' "$RUN/state" | awk '{print $3}'; }
pg() { # port sql
  PGPASSWORD="$(cat "$DATA/pg-$OBSERVATOIRES_CLUSTER_NAME-primary.password")" \
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U observatoires -d observatoires -tA -c "$2"
}
delay() { pg "$1" "alter system set recovery_min_apply_delay = '$2'" && pg "$1" "select pg_reload_conf()" >/dev/null; }
pg_ctl_node() { # port start|stop|promote: the node's PostgreSQL server (as its owner, postgres, when run as root)
  local dir; dir="$(cat "$TMP/datadir-$1" 2>/dev/null || pg "$1" "show data_directory" | tee "$TMP/datadir-$1")"
  local ctl=(/usr/lib/postgresql/15/bin/pg_ctl -D "$dir" -w -t 60)
  case "$2" in start) ctl+=(-l "$dir/server.log" start) ;; stop) ctl+=(-m fast stop) ;; promote) ctl+=(promote) ;; esac
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "${ctl[@]}") >/dev/null; else "${ctl[@]}" >/dev/null; fi
}
ready() { # name base [key]: /health/ready after its one-second reuse has passed (the servers shown to the agency only)
  sleep 1.1; get "$1" "$2/health/ready" "${3:-}"
}
ready_is() { # name jq-condition: the readiness answer is 200 and the condition holds
  [ "$(status "$1")" = 200 ] && jq -e "$2" "$TMP/$1.body" >/dev/null || { echo "# $(cat "$TMP/$1.body")"; return 1; }
}
# The commands an instance ran on the primary so far: Npgsql's operation count in its /metrics, on the primary's port.
primary_commands() { # base
  curl -sS -H "Authorization: Bearer $KEY" "$1/metrics" >"$TMP/metrics.txt"
  grep -E '^npgsql_db_client_operation_duration_count\{' "$TMP/metrics.txt" | grep -F "server_port=\"$(primary_port)\"" |
    awk '{n += $NF} END {print n + 0}'
}
put_reduction() { # base key value: the status code
  curl -sS -o "$TMP/put.body" -w '%{http_code}' -X PUT -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"reduction\": $3}" "$1/api/v1/zan/reductions/$TERRITORY"
}

echo "# cluster: starting it ($OBSERVATOIRES_CLUSTER_NAME)"
up_started=$(date +%s)
if ! "$ROOT/observatoires" cluster up --replicas 2 --standbys 2 >"$TMP/up.log" 2>&1; then
  tail -30 "$TMP/up.log"
  not_ok "the cluster starts"
  finish
  exit 1
fi
ok "the cluster starts (primary, two standbys, two API instances, nginx)"
echo "# cluster: up in $(( $(date +%s) - up_started )) s ($(grep -oE '(Seeding|Restoring) the primary took [0-9]* s' "$TMP/up.log" || echo 'primary already seeded'))"
mapfile -t STANDBY_PORT < <(grep -E '^node standby' "$RUN/state" | awk '{print $3}')
for port in "${STANDBY_PORT[@]}"; do delay "$port" 0; done   # a run cut short may have left a delay behind

connection="Host=127.0.0.1;Port=$(primary_port);Username=observatoires;Password=$(cat "$DATA/pg-$OBSERVATOIRES_CLUSTER_NAME-primary.password");Database=observatoires"
KEY="$(ConnectionStrings__Observatoires="$connection" \
  Observatoires__ReferenceData="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data" \
  dotnet "${OBSERVATOIRES_CLUSTER_DLL:-$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll}" keys create --name "Cluster test, agence" \
  --role agency_editor | grep -Eo '^obs_[A-Za-z0-9_]+$')"
[ -n "$KEY" ] || { not_ok "an agency key is created"; finish; exit 1; }

# §1: the same request through each instance and through nginx: the same bytes and ETag, read from a standby.
get a "$A$COUNTER"; get b "$B$COUNTER"; get lb "$LB$COUNTER"
check "the same request through both instances gives the same bytes and ETag" same_answer a b
check "through nginx too" same_answer lb a
check "instance A read it from a standby" grep -qi '^observatoires-read-server: standby' "$TMP/a.head"
check "instance B read it from a standby" grep -qi '^observatoires-read-server: standby' "$TMP/b.head"
servers=""
for i in 1 2 3 4; do get s "$A/api/v1/territories/$TERRITORY"; servers+="$(header s observatoires-read-server)"$'\n'; done
check "reads are spread over both standbys" test "$(grep -c standby <<<"$servers" | tr -d ' ')" -ge 2 -a "$(sort -u <<<"$servers" | grep -c standby)" -eq 2

# Readiness names every server and where reads go.
ready r1 "$A" "$KEY"
check "readiness: ready, the primary and both standbys serving, reads going to a standby" ready_is r1 \
  '.status == "ready" and (.servers | length) == 3 and all(.servers[]; .problem == null) and (.reads | startswith("standby "))'

# Read-your-writes costs no query of its own: a keyed read asks the primary one thing, its key's look-up, which reads
# the data versions in the same statement. 10 keyed reads and the second /metrics: 11 look-ups, and a few of the
# instance's own: at most 15 (21 or more if each read asked the primary for the versions again).
# First the standbys replay what the primary has written (the key just made): on a loaded machine, a standby still
# behind the data versions sends keyed reads to the primary (read-your-writes), which would be counted here.
lsn="$(pg "$(primary_port)" "select pg_current_wal_lsn()")"
for _ in $(seq 1 100); do
  behind=0
  for port in "${STANDBY_PORT[@]}"; do [ "$(pg "$port" "select pg_last_wal_replay_lsn() >= '$lsn'")" = t ] || behind=1; done
  [ "$behind" = 0 ] && break
  sleep 0.1
done
commands_before="$(primary_commands "$B")"
for i in $(seq 1 10); do get k "$B/api/v1/territories/$TERRITORY" "$KEY"; done
commands_after="$(primary_commands "$B")"
echo "# commands on the primary for 10 keyed reads and /metrics: $((commands_after - commands_before))"
check "a keyed read makes no query of its own on the primary beyond its key's look-up" \
  test "$((commands_after - commands_before))" -ge 11 -a "$((commands_after - commands_before))" -le 15
check "those keyed reads were served by the standbys" grep -qi '^observatoires-read-server: standby' "$TMP/k.head"

# WAL that no data version covers (autovacuum after a restore, an analyze, another database's writes) holds no read
# back: a standby serves once it has replayed the versions a read needs, not the primary's whole WAL (with the WAL
# position as the bar, 9 of 100 keyed reads went to the primary under this noise, and CI saw the check above fail).
pg "$(primary_port)" "create table if not exists public.cluster_test_wal_noise (i integer)"
pg "$(primary_port)" "do \$\$ begin for i in 1..400 loop insert into public.cluster_test_wal_noise select generate_series(1, 200);
  commit; perform pg_sleep(0.002); end loop; end \$\$" &
noise=$!
sleep 0.2
served=""
for i in $(seq 1 20); do get k "$B/api/v1/territories/$TERRITORY" "$KEY"; served+="$(header k observatoires-read-server)"$'\n'; done
wait "$noise"
pg "$(primary_port)" "drop table public.cluster_test_wal_noise"
check "the primary writing WAL no data version covers: 20 keyed reads all served by standbys (got $(grep -c standby <<<"$served") of 20)" \
  test "$(grep -c standby <<<"$served")" = 20
# The import log, which no data version covers (a refused import is logged without one), is read on the primary.
get imports "$B/api/v1/imports" "$KEY"
check "the import log is read on the primary, the writes it lists being no data version's" \
  eval '[ "$(status imports)" = 200 ] && [ "$(header imports observatoires-read-server)" = primary ]'

# A standby still replaying a migration serves no read of this build, which may query what the migration adds: with
# both standbys held back, a migration recorded on the primary sends the keyed read that follows to the primary, and
# the standbys serve again once they have replayed it. (The row stays: a migration is never taken back, and this
# instance now knows one more; it sorts before the real ones, which the migrator's last name comes from.)
for port in "${STANDBY_PORT[@]}"; do delay "$port" 1min; done
pg "$(primary_port)" "insert into platform.schema_migrations (name, checksum) values ('0000_cluster_test_$(date +%s%N).sql', 'test')"
get mig "$B/api/v1/territories/$TERRITORY" "$KEY"
check "a migration the standbys have not replayed: the keyed read that follows is served by the primary" \
  test "$(header mig observatoires-read-server)" = primary
for port in "${STANDBY_PORT[@]}"; do delay "$port" 0; done
replayed=no
for i in $(seq 1 50); do
  get mig "$B/api/v1/territories/$TERRITORY" "$KEY"
  [[ "$(header mig observatoires-read-server)" == standby* ]] && { replayed=yes; break; }
  sleep 0.1
done
check "once the standbys have replayed the migration, they serve keyed reads again" test "$replayed" = yes

# A write through A is seen by the writer's next read through B, and by the next read through nginx.
value="0.$((RANDOM % 8 + 1))$((RANDOM % 9 + 1))"
check "a write through instance A succeeds" test "$(put_reduction "$A" "$KEY" "$value")" = 204
get b2 "$B$COUNTER" "$KEY"
check "the writer's next read through instance B sees it" test "$(reduction b2)" = "$value"
get lb2 "$LB$COUNTER" "$KEY"
check "the writer's next read through nginx sees it" test "$(reduction lb2)" = "$value"

# §3 and §4 with the standbys held back: whatever they replay now shows only in a minute.
for port in "${STANDBY_PORT[@]}"; do delay "$port" 1min; done
sleep 1
get before "$B$COUNTER"
before_etag="$(header before etag)"
before_value="$(reduction before)"
value2="0.$((RANDOM % 8 + 1))$((RANDOM % 9 + 1))"
while [ "$value2" = "$before_value" ]; do value2="0.$((RANDOM % 8 + 1))$((RANDOM % 9 + 1))"; done
check "a second write through instance A succeeds (standbys delayed)" test "$(put_reduction "$A" "$KEY" "$value2")" = 204
held=yes
for port in "${STANDBY_PORT[@]}"; do
  [ "$(pg "$port" "select reduction from zan.reduction where territory_id = '$TERRITORY'" 2>/dev/null)" = "$value2" ] && held=no
done
check "the standbys have not replayed it (so reading from them would show the old figure)" test "$held" = yes
get ryw "$B$COUNTER" "$KEY"
check "read-your-writes: the writer's next read through B shows the new figure" test "$(reduction ryw)" = "$value2"
check "read-your-writes: from the primary, since no standby has replayed the write" grep -qi '^observatoires-read-server: primary' "$TMP/ryw.head"
ready r2 "$A" "$KEY"
check "readiness, standbys behind the write: still ready, reads going to the primary, both standbys listed" ready_is r2 \
  '.status == "ready" and .reads == "primary" and (.servers | length) == 3'
# Anonymous reads right after the write, through B (whose cache holds the old answer) and nginx, until the new version
# shows: an answer is the old figure under the old ETag, or the new figure under a new ETag, never a mix.
coherent=yes; converged=no
for i in $(seq 1 40); do
  for base in "$B" "$LB"; do
    get anon "$base$COUNTER"
    etag="$(header anon etag)"
    if [ "$etag" = "$before_etag" ]; then
      [ "$(reduction anon)" = "$before_value" ] || { coherent=no; echo "# the new figure under the old ETag $etag"; }
    else
      [ "$(reduction anon)" = "$value2" ] || { coherent=no; echo "# the old figure $(reduction anon) under the new ETag $etag"; }
      [ "$base" = "$B" ] && converged=yes
    fi
  done
  [ "$converged" = yes ] && break
  sleep 0.05
done
check "cache coherence: no answer gives the old figure under the new ETag (or the reverse)" test "$coherent" = yes
check "instance B serves the new version within two seconds, standbys delayed" test "$converged" = yes
get after "$B$COUNTER"
get after_a "$A$COUNTER"
check "after the write both instances give the same bytes and ETag" same_answer after after_a
check "If-None-Match with the old ETag is not answered 304" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $before_etag" "$B$COUNTER")" = 200

# Once the standbys replay again, reads go back to them, with the new version.
for port in "${STANDBY_PORT[@]}"; do delay "$port" 0; done
back=no
for i in $(seq 1 50); do
  get back "$B/api/v1/zan/ranking?territory=$TERRITORY"
  grep -qi '^observatoires-read-server: standby' "$TMP/back.head" && { back=yes; break; }
  sleep 0.1
done
check "once the standbys have replayed the write, they serve the reads again" test "$back" = yes

# A standby stopped while reads go on (as `cluster reshape` or a restart does): no read fails (one that had chosen it
# is made again elsewhere); still ready, the stopped one reported with its reason; started again, it serves reads
# within a few seconds (it was left out for 5 s after a failed check, so up to 5 s after it was back).
second="${STANDBY_PORT[1]}"
for i in 1 2 3 4; do get s "$A/api/v1/territories/$TERRITORY"; done   # both standbys' positions fresh
pg_ctl_node "$second" stop
failures=""
for i in 1 2 3 4 5 6; do get s "$A/api/v1/territories/$TERRITORY"; [ "$(status s)" = 200 ] || failures+=" $(status s)"; done
check "a standby stopped: the reads that follow are all answered (got:${failures:- only 200})" test -z "$failures"
ready r3 "$A" "$KEY"
check "a standby stopped: still ready, that standby reported as not answering, reads from the other" ready_is r3 \
  '.status == "ready" and ([.servers[] | select(.problem != null)] | length) == 1 and
   ([.servers[] | select(.problem != null)][0].problem | startswith("does not answer")) and (.reads | startswith("standby "))'
for i in 1 2 3 4; do get s "$A/api/v1/territories/$TERRITORY"; done   # reads meanwhile: its checks fail
pg_ctl_node "$second" start
started=$(date +%s%N); rejoined=""
while [ $(( ($(date +%s%N) - started) / 1000000 )) -lt 8000 ]; do
  get s "$A/api/v1/territories/$TERRITORY"
  [ "$(header s observatoires-read-server)" = "standby 127.0.0.1:$second" ] && { rejoined=$(( ($(date +%s%N) - started) / 1000000 )); break; }
  sleep 0.05
done
echo "# the standby started again served its first read ${rejoined:-never (8 s)} ms after pg_ctl start returned"
check "a standby started again serves reads within 3 s" test -n "$rejoined" -a "${rejoined:-9999}" -le 3000

# The primary stopped: anonymous reads go on from a standby (read-only), keyed requests and writes get 503.
get before_stop "$A$COUNTER"
pg_ctl_node "$(primary_port)" stop
ready r4 "$A"
# (Anonymously: an agency key cannot be checked without the primary; the public sees the status, not the servers.)
check "the primary stopped: ready as read-only, and no server detail for the public" ready_is r4 \
  '.status == "read-only" and .servers == null and .reads == null'
get during_stop "$A$COUNTER"
check "the primary stopped: an anonymous read is served by a standby, as before the stop" \
  eval 'same_answer during_stop before_stop && grep -qi "^observatoires-read-server: standby" "$TMP/during_stop.head"'
check "the primary stopped: a write is refused with 503" test "$(put_reduction "$A" "$KEY" 0.5)" = 503
pg_ctl_node "$(primary_port)" start
back=no
for i in $(seq 1 30); do
  ready r5 "$A"
  ready_is r5 '.status == "ready"' >/dev/null 2>&1 && { back=yes; break; }
done
check "the primary back: ready again" test "$back" = yes

# Other shapes, as `cluster reshape` makes them (the benchmarks measure six): no standby, one instance behind nginx
# (the API instances restart; the standbys stop, parked with their replication slots), then back to two and two.
reshaped=$(date +%s)
if "$ROOT/observatoires" cluster reshape --replicas 1 --standbys 0 >"$TMP/reshape.log" 2>&1; then
  ok "reshape to one instance and no standby"
  value3="0.$((RANDOM % 8 + 1))$((RANDOM % 9 + 1))"
  check "no standby: a write through nginx succeeds" test "$(put_reduction "$LB" "$KEY" "$value3")" = 204
  get solo "$LB$COUNTER" "$KEY"
  check "no standby: the next read through nginx sees it" test "$(reduction solo)" = "$value3"
  check "no standby: nothing is routed, the primary reads (no read-server header)" \
    eval '! grep -qi "^observatoires-read-server:" "$TMP/solo.head"'
  ready r6 "$LB" "$KEY"
  check "no standby: ready, reads going to the primary, the primary the only server" ready_is r6 \
    '.status == "ready" and .reads == "primary" and (.servers | length) == 1'
  served=0
  for i in 1 2 3 4 5 6; do get n "$LB/api/v1/territories/$TERRITORY"; [ "$(status n)" = 200 ] && served=$((served + 1)); done
  check "one instance: nginx serves every request through the one left (6 of 6)" test "$served" = 6
  check "one instance: the second one is stopped" eval '! curl -s -o /dev/null "$B/health"'
else
  tail -20 "$TMP/reshape.log"; not_ok "reshape to one instance and no standby"
fi
if "$ROOT/observatoires" cluster reshape --replicas 2 --standbys 2 >"$TMP/reshape.log" 2>&1; then
  ok "reshape back to two instances and two standbys"
  servers=""
  for i in 1 2 3 4; do get s "$A/api/v1/territories/$TERRITORY"; servers+="$(header s observatoires-read-server)"$'\n'; done
  check "two standbys back: reads spread over both again" test "$(sort -u <<<"$servers" | grep -c standby)" -eq 2
  replayed=no
  for i in $(seq 1 20); do
    replayed=yes
    for port in "${STANDBY_PORT[@]}"; do
      [ "$(pg "$port" "select reduction from zan.reduction where territory_id = '$TERRITORY'")" = "${value3:-}" ] || replayed=no
    done
    [ "$replayed" = yes ] && break
    sleep 0.25
  done
  check "the standbys back have replayed the write made while they were parked" test "$replayed" = yes
  get back_b "$B$COUNTER"
  check "instance B is back, served through nginx too" test "$(status back_b)" = 200
else
  tail -20 "$TMP/reshape.log"; not_ok "reshape back to two instances and two standbys"
fi
echo "# cluster: the two reshapes and their checks took $(( $(date +%s) - reshaped )) s"

# A standby promoted behind the cluster's back (by mistake, or a split brain) is a primary of its own: it keeps its
# replay position until it restarts and may bump versions of its own, so it is never read from, and readiness says why.
second="${STANDBY_PORT[1]}"
pg_ctl_node "$second" promote && PROMOTED="$(cat "$TMP/datadir-$second")"
sleep 1.2   # a standby's versions are trusted for a second once seen
ready r6 "$A" "$KEY"
check "a standby promoted behind the cluster's back: readiness says it is not read from" ready_is r6 \
  "[.servers[] | select(.name == \"127.0.0.1:$second\")][0].problem | startswith(\"not in recovery\")"
served=""
for i in $(seq 1 8); do get s "$A/api/v1/territories/$TERRITORY"; served+="$(header s observatoires-read-server)"$'\n'; done
check "a standby promoted behind the cluster's back: no read is served by it (8 reads)" eval '! grep -q ":$second" <<<"$served"'

# nginx: the client's hashed files with a year's cache, precompressed; absolute URLs naming nginx's address.
asset="$(cd "$ROOT/web/dist/assets" && ls ./*.js | head -1)"
curl -sS -o /dev/null -D "$TMP/asset.head" -H 'Accept-Encoding: br, gzip' "$LB/assets/${asset#./}"
check "nginx serves a hashed asset with Cache-Control immutable" grep -qi '^cache-control: public, max-age=31536000, immutable' "$TMP/asset.head"
check "nginx serves it precompressed" grep -qiE '^content-encoding: (br|gzip)' "$TMP/asset.head"
get ogc "$LB/ogc"
check "absolute links name nginx's address (PublicBaseUrl behind the proxy)" \
  test "$(jq -r '.links[] | select(.rel == "self") | .href' "$TMP/ogc.body")" = "$LB/ogc"
get gz "$LB/api/v1/indicators"
curl -sS -o /dev/null -D "$TMP/gz.head" -H 'Accept-Encoding: gzip' "$LB/api/v1/indicators"
check "API answers are compressed once (by the API) through nginx" test "$(grep -ci '^content-encoding:' "$TMP/gz.head")" = 1

finish
