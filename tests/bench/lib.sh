# What the benchmark scripts share, sourced by each: messages, the PostgreSQL connection, CPU accounting.
# The sourcing script sets ROOT, DATA and PG_PORT first (and API_DLL and REFERENCE_DATA to use api; BASE and WORK too
# for bench_api_start).

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- connection
# bench_connect NAME: BASE_DB, an Npgsql connection string (OBSERVATOIRES_DB, or the private cluster on PG_PORT);
# PGHOST, PGPORT, PGUSER and PGPASSWORD for psql; ADMIN_DB, the database it names; PG_PID, the postmaster's process
# id when the server runs on this machine (else empty). NAME is the ./observatoires bench command that prepares it.
bench_connect() {
  local name="$1"
  if [ -n "${OBSERVATOIRES_DB:-}" ]; then
    BASE_DB="$OBSERVATOIRES_DB"
  else
    [ -f "$DATA/pg-run.password" ] || die "no private cluster in $DATA: run ./observatoires bench $name"
    BASE_DB="Host=127.0.0.1;Port=$PG_PORT;Username=observatoires;Password=$(cat "$DATA/pg-run.password");Database=observatoires"
  fi
  export PGHOST PGPORT PGUSER PGPASSWORD
  PGHOST="$(conn_get 'host|server')"; PGHOST="${PGHOST:-localhost}"
  PGPORT="$(conn_get 'port')"; PGPORT="${PGPORT:-5432}"
  PGUSER="$(conn_get 'username|userid|user')"
  PGPASSWORD="$(conn_get 'password')"
  ADMIN_DB="$(conn_get 'database|db')"; ADMIN_DB="${ADMIN_DB:-postgres}"
  psql -X -q -d "$ADMIN_DB" -c 'select 1' >/dev/null 2>&1 ||
    die "cannot connect to PostgreSQL at $PGHOST:$PGPORT as $PGUSER (is the cluster running? ./observatoires bench $name starts it)"
  PG_PID=""
  case "$PGHOST" in 127.0.0.1|localhost|::1)
    PG_PID=$(ss -ltnpH "sport = :$PGPORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2) || true ;; esac
}
conn_get() { # key-regex: the value of that key in BASE_DB (keys are case-insensitive)
  tr ';' '\n' <<<"$BASE_DB" | awk -F= -v k="$1" '{ key = tolower($1); gsub(/ /, "", key) } key ~ "^(" k ")$" { sub(/^[^=]*=/, ""); print; exit }'
}
db_string() { # database: BASE_DB pointing at that database
  echo "$(tr ';' '\n' <<<"$BASE_DB" | awk -F= '{ key = tolower($1); gsub(/ /, "", key) } key !~ /^(database|db)$/ && NF' | paste -sd';');Database=$1"
}
q() { # database sql...: psql, quiet, stop on error
  local db="$1"; shift
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}
# api database args...: the built API (API_DLL, with REFERENCE_DATA) on that database, as ./observatoires runs it
api() {
  local db="$1"; shift
  ConnectionStrings__Observatoires="$(db_string "$db")" \
  Observatoires__ReferenceData="$REFERENCE_DATA" \
  Observatoires__WebRoot="$ROOT/web/dist" \
    dotnet "$API_DLL" "$@"
}
# bench_api_start connection web-root: the built API serving on BASE as ./observatoires run serves it, without a rate
# limit, in the background: API_PID is dotnet's own process id (not a subshell's), its log $WORK/api.log. Returns once
# it answers /health; fails with the log's end if it stops first or does not answer within 60 s.
bench_api_start() {
  ConnectionStrings__Observatoires="$1" Observatoires__ReferenceData="$REFERENCE_DATA" Observatoires__WebRoot="$2" \
  ASPNETCORE_URLS="$BASE" Observatoires__RateLimit__AnonymousPermits=1000000000 \
    dotnet "$API_DLL" serve >"$WORK/api.log" 2>&1 &
  API_PID=$!
  local attempt
  for attempt in $(seq 1 120); do
    curl -s -o /dev/null "$BASE/health" && return 0
    kill -0 "$API_PID" 2>/dev/null || { tail -20 "$WORK/api.log" >&2; die "the API stopped during start-up"; }
    [ "$attempt" = 120 ] || sleep 0.5
  done
  tail -20 "$WORK/api.log" >&2
  die "the API did not answer on $BASE within 60 s"
}

# ---------------------------------------------------------------- CPU accounting, in clock ticks
TICKS=$(getconf CLK_TCK)
proc_ticks() { # pids...: user + system time of these processes
  local p total=0 t
  for p in "$@"; do
    t=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 }') || t=0
    total=$((total + ${t:-0}))
  done
  echo "$total"
}
# The server: the postmaster, its live children, and the children it has reaped (backends and parallel workers come
# and go; a process's exited children are counted in its cutime and cstime).
pg_ticks() {
  [ -n "$PG_PID" ] || { echo 0; return; }
  local reaped
  reaped=$(sed 's/.*) //' "/proc/$PG_PID/stat" 2>/dev/null | awk '{ print $14 + $15 }') || reaped=0
  echo $(( $(proc_ticks "$PG_PID" $(pgrep -P "$PG_PID")) + ${reaped:-0} ))
}
# busy_ticks [server-pid]: CPU of every other user-space process (with the children they reaped): not this script and
# its children (the API, the load generator, the importer), not the database server, not the children of the server
# given (lighttpd's mapserv workers), not kernel threads (I/O writeback is not counted).
busy_ticks() {
  # A process may end between the glob and cat: cat then fails, which is no error here.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v self="$$" -v pg="${PG_PID:--1}" -v server="${1:--1}" '{
    pid = $1; s = $0; sub(/.*\) /, "", s); split(s, f, " ")
    if (pid == self || f[2] == self || pid == pg || f[2] == pg || f[2] == server || pid == 2 || f[2] == 2) next
    total += f[12] + f[13] + f[14] + f[15]
  } END { print total + 0 }'
}
all_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# ---------------------------------------------------------------- several servers (the cluster's benchmarks)
# server_ticks pid: a server's CPU: the process, its live children and the children it has reaped (a PostgreSQL
# postmaster with its backends, walsenders and startup process; nginx's master with its workers).
server_ticks() {
  [ -n "${1:-}" ] || { echo 0; return; }
  local reaped
  reaped=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $14 + $15 }') || reaped=0
  echo $(( $(proc_ticks "$1" $(pgrep -P "$1")) + ${reaped:-0} ))
}
# listener_pid port: the process listening on that local TCP port (a postmaster, nginx's master), or nothing.
listener_pid() {
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -n | head -1 || true
}
# busy_ticks_except pids...: as busy_ticks, for servers this script did not start: the processes given and their
# children are left out, with this script and its children (the load generator).
busy_ticks_except() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v self="$$" -v skip=" $* " '{
    pid = $1; s = $0; sub(/.*\) /, "", s); split(s, f, " ")
    if (pid == self || f[2] == self || index(skip, " " pid " ") || index(skip, " " f[2] " ") || pid == 2 || f[2] == 2) next
    total += f[12] + f[13] + f[14] + f[15]
  } END { print total + 0 }'
}
