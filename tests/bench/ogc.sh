#!/usr/bin/env bash
# OGC API - Features benchmark: the API against MapServer 8 (lighttpd + FastCGI) on the same machine and the same
# PostGIS tables, in one run, with wrk:
#   - all 319 communes as GeoJSON (full contours, 6 decimals),
#   - a bbox query returning about 2,000 of 50,000 generated points (GeoJSON),
#   - a vector tile (MVT) at zoom 12 over the densest area of the points;
# then requests/s, p50/p90/p99 latency and body sizes, and the aim: at least 2x MapServer's requests/s on the first
# two, with equal or smaller responses at the same coordinate precision (the tile is for information).
#
#   tests/bench/ogc.sh [--fresh] [--dataset-only]
#     --fresh          drop and regenerate the bench database
#     --dataset-only   prepare the bench database, print "<bbox> <points in it>" and stop (for tests/bench/geojson.sh)
#
# Prepared and run by `./observatoires bench ogc` (starts the cluster, builds the API). As root it installs what is
# missing (wrk, lighttpd, MapServer >= 8.0.1 from the distribution's backports when the distribution has 8.0.0,
# gdal-bin); otherwise it prints the apt-get command. Settings as for ./observatoires: OBSERVATOIRES_DB (an Npgsql
# connection string to a server where the user may create databases) or the private cluster on OBSERVATOIRES_PG_PORT
# (54320); OBSERVATOIRES_PORT (8080) for the API it starts; BENCH_MAPSERVER_PORT (OBSERVATOIRES_PORT + 1) for
# lighttpd; BENCH_MAPSERVER_WORKERS (4) mapserv FastCGI processes; BENCH_DURATION (10s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (16): wrk; BENCH_CONTOURS: the commune contours to import (default ../shared/data/
# communes-artois.geojson when present; "synthetic" keeps the generated ones).
# The database is observatoires_bench_ogc on the same server, kept for the next run.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
API_DLL="$ROOT/api/Observatoires.Api/bin/Release/net10.0/Observatoires.Api.dll"
REFERENCE_DATA="$ROOT/db/reference/node_modules/@etalab/decoupage-administratif/data"
TEMPLATES="$ROOT/tests/bench/ogc"
PG_PORT="${OBSERVATOIRES_PG_PORT:-54320}"
API_PORT="${OBSERVATOIRES_PORT:-8080}"
MS_PORT="${BENCH_MAPSERVER_PORT:-$((API_PORT + 1))}"
MS_WORKERS="${BENCH_MAPSERVER_WORKERS:-4}"
BASE="http://127.0.0.1:$API_PORT"
MS_BASE="http://127.0.0.1:$MS_PORT"
DURATION="${BENCH_DURATION:-10s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
BENCH_DB="observatoires_bench_ogc"
POINTS=50000
BBOX_POINTS=2000
TILE_ZOOM=12
MAPSERVER_MIN="8.0.1" # 8.0.0 ignores offset on PostGIS layers
# Changing ogc.sql or the way the dataset is built? Change this too, so that existing bench databases are regenerated.
DATASET_VERSION="observatoires ogc bench dataset v1: demo seed, $POINTS points by population (ogc.sql)"

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"
is_root() { [ "$(id -u)" -eq 0 ]; }

fresh=no
dataset_only=no
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=yes ;;
    --dataset-only) dataset_only=yes ;;
    *) die "usage: tests/bench/ogc.sh [--fresh] [--dataset-only]" ;;
  esac
done
command -v curl >/dev/null || die "curl is missing"
command -v psql >/dev/null || die "psql is missing"
[ -f "$API_DLL" ] || die "the API is not built ($API_DLL): run ./observatoires bench ogc"
[ -d "$REFERENCE_DATA" ] || die "the reference package is not installed ($REFERENCE_DATA): run ./observatoires bench ogc"

# ---------------------------------------------------------------- tools: wrk, lighttpd, MapServer >= 8.0.1, GDAL
mapserver_version() { # the version of the installed mapserv, or nothing
  [ -x /usr/lib/cgi-bin/mapserv ] || return 0
  /usr/lib/cgi-bin/mapserv -v 2>/dev/null | sed -nE 's/^MapServer version ([0-9][0-9.]*).*/\1/p' | head -1
}
mapserver_ok() {
  local v
  v=$(mapserver_version)
  [ -n "$v" ] && dpkg --compare-versions "$v" ge "$MAPSERVER_MIN" &&
    /usr/lib/cgi-bin/mapserv -v | grep -q 'SUPPORTS=OGCAPI_SERVER' && /usr/lib/cgi-bin/mapserv -v | grep -q 'SUPPORTS=PBF'
}
ensure_tools() {
  local missing=() codename backports=""
  command -v wrk >/dev/null || missing+=(wrk)
  command -v lighttpd >/dev/null || missing+=(lighttpd)
  command -v ogrinfo >/dev/null || missing+=(gdal-bin)
  codename=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null | tr -d '"')
  if ! mapserver_ok; then
    # The distribution's MapServer, unless it is older than 8.0.1 (bookworm has 8.0.0): then its backports.
    local candidate
    candidate=$(apt-cache policy cgi-mapserver 2>/dev/null | awk '/Candidate:/ { print $2 }')
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ] && dpkg --compare-versions "$candidate" ge "$MAPSERVER_MIN"; then
      missing+=(cgi-mapserver mapserver-bin)
    else
      [ -n "$codename" ] || die "MapServer >= $MAPSERVER_MIN is missing and this is not a Debian-like system: install it (cgi-mapserver)"
      backports="$codename-backports"
    fi
  fi
  [ ${#missing[@]} -gt 0 ] || [ -n "$backports" ] || return 0
  local list="/etc/apt/sources.list.d/$backports.list"
  if ! is_root; then
    local cmd="sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    [ ${#missing[@]} -gt 0 ] || cmd=""
    if [ -n "$backports" ]; then
      cmd="${cmd:+$cmd && }echo 'deb http://deb.debian.org/debian $backports main' | sudo tee $list && sudo apt-get update && sudo apt-get install -y -t $backports cgi-mapserver mapserver-bin"
    fi
    die "missing for the OGC benchmark: ${missing[*]}${backports:+ MapServer >= $MAPSERVER_MIN (from $backports)}. Run: $cmd"
  fi
  say "Installing ${missing[*]}${backports:+ MapServer (from $backports)}"
  apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ -n "$backports" ]; then
    [ -f "$list" ] || echo "deb http://deb.debian.org/debian $backports main" >"$list"
    apt-get update -qq
    apt-get install -y -qq -t "$backports" cgi-mapserver mapserver-bin >/dev/null
  fi
  mapserver_ok || die "MapServer $(mapserver_version) is installed, the benchmark needs >= $MAPSERVER_MIN with OGCAPI_SERVER and PBF"
}
[ "$dataset_only" = yes ] || ensure_tools

bench_connect ogc

WORK="$(mktemp -d /tmp/observatoires-bench-ogc.XXXXXX)"
chmod 700 "$WORK" # the generated mapfiles hold the database password
API_PID=""
LIGHTTPD_PID=""
stop_servers() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
  if [ -n "$LIGHTTPD_PID" ]; then
    # lighttpd does not stop its FastCGI workers, and idle mapserv workers ignore SIGTERM: they get SIGKILL.
    local workers
    mapfile -t workers < <(pgrep -P "$LIGHTTPD_PID" 2>/dev/null || true)
    kill "$LIGHTTPD_PID" 2>/dev/null || true
    wait "$LIGHTTPD_PID" 2>/dev/null || true
    [ ${#workers[@]} -eq 0 ] || kill -KILL "${workers[@]}" 2>/dev/null || true
  fi
  LIGHTTPD_PID=""
}
cleanup() {
  local rc=$? api_status=0
  if [ -n "$API_PID" ] && ! kill -0 "$API_PID" 2>/dev/null; then
    wait "$API_PID" 2>/dev/null || api_status=$?
    echo "error: the API ended during the run (exit status $api_status$([ "$api_status" -gt 128 ] && echo ", signal $((api_status - 128))"))" >&2
  fi
  stop_servers
  if [ "$rc" -ne 0 ]; then
    for log in "$WORK"/api.log "$WORK"/lighttpd.log "$WORK"/lighttpd-error.log "$WORK"/seed.log; do
      [ -s "$log" ] || continue
      echo "--- last lines of $(basename "$log"):" >&2
      tail -15 "$log" >&2
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

STARTED=$(date +%s)
elapsed() { echo "$(( $(date +%s) - STARTED )) s"; }

# ---------------------------------------------------------------- the dataset
# The run database's content (migrations, reference territories, demo data), the real commune contours when the
# shared data is there, then the demo establishments replaced by $POINTS generated points (ogc.sql).
CONTOURS="${BENCH_CONTOURS:-$ROOT/../shared/data/communes-artois.geojson}"
if [ "$CONTOURS" = synthetic ] || [ ! -f "$CONTOURS" ]; then
  [ "$CONTOURS" = synthetic ] || [ -z "${BENCH_CONTOURS:-}" ] || die "BENCH_CONTOURS: no file $CONTOURS"
  CONTOURS=""
  CONTOURS_LABEL="synthetic contours (the seed's)"
else
  CONTOURS="$(realpath "$CONTOURS")"
  CONTOURS_LABEL="contours $(basename "$CONTOURS") sha256 $(sha256sum "$CONTOURS" | cut -c1-12)"
fi
DATASET="$DATASET_VERSION; $CONTOURS_LABEL; complete"
marker() {
  psql -X -qtA -d "$ADMIN_DB" -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$BENCH_DB'"
}
if [ "$fresh" = yes ] || [ "$(marker)" != "$DATASET" ]; then
  if [ "$fresh" = yes ]; then
    say "Dropping $BENCH_DB (--fresh)"
  elif [ -n "$(psql -X -qtA -d "$ADMIN_DB" -c "select 1 from pg_database where datname = '$BENCH_DB'")" ]; then
    say "$BENCH_DB is incomplete or was built differently: regenerating it"
  fi
  gen_start=$(date +%s)
  q "$ADMIN_DB" -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
  say "Migrating $BENCH_DB and loading the reference territories and demo data"
  api "$BENCH_DB" seed >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; die "seeding $BENCH_DB failed"; }
  if [ -n "$CONTOURS" ]; then
    say "Importing the commune contours of $CONTOURS"
    api "$BENCH_DB" import territories --file "$CONTOURS" >>"$WORK/seed.log" 2>&1 ||
      { tail -20 "$WORK/seed.log" >&2; die "importing $CONTOURS failed"; }
  fi
  say "Replacing the establishments by $POINTS generated points (ogc.sql)"
  q "$BENCH_DB" -v points="$POINTS" -f "$ROOT/tests/bench/ogc.sql"
  q "$BENCH_DB" -c "vacuum analyze emploi.etablissement" -c "analyze platform.territory"
  q "$BENCH_DB" -c "comment on database $BENCH_DB is '$DATASET'"
  GENERATED="generated in $(( $(date +%s) - gen_start )) s"
  say "Dataset $GENERATED"
else
  GENERATED="reused (--fresh regenerates it)"
  say "Reusing $BENCH_DB"
fi
counts=$(q "$BENCH_DB" -tA -F' ' -c "
  select (select count(*) from platform.territory where level = 'commune' and geom is not null),
         (select sum(st_npoints(geom)) from platform.territory where level = 'commune'),
         (select count(*) from emploi.etablissement)")
read -r n_communes n_vertices n_points <<<"$counts"
[ "$n_points" -eq "$POINTS" ] || die "$BENCH_DB has $n_points establishments, not $POINTS: rerun with --fresh"

# The bbox: a square (in metres) around the median point, just large enough for $BBOX_POINTS points; its corners
# rounded to 4 decimals for the URL, and its points counted again.
read -r BBOX BBOX_COUNT <<<"$(q "$BENCH_DB" -tA -F' ' -c "
  with c as (select percentile_disc(0.5) within group (order by st_x(geom)) as cx,
                    percentile_disc(0.5) within group (order by st_y(geom)) as cy from emploi.etablissement),
  d as (select cx, cy, greatest(abs(st_x(e.geom) - cx) * cos(radians(cy)), abs(st_y(e.geom) - cy)) as h
        from c, emploi.etablissement e order by 3 limit 1 offset $((BBOX_POINTS - 1))),
  b as (select round((cx - h / cos(radians(cy)))::numeric, 4) as minx, round((cy - h)::numeric, 4) as miny,
               round((cx + h / cos(radians(cy)))::numeric, 4) as maxx, round((cy + h)::numeric, 4) as maxy from d)
  select concat_ws(',', minx, miny, maxx, maxy),
         (select count(*) from emploi.etablissement e where e.geom && st_makeenvelope(minx, miny, maxx, maxy, 4326)
            and st_intersects(e.geom, st_makeenvelope(minx, miny, maxx, maxy, 4326)))
  from b")"
# The densest tile: the zoom-$TILE_ZOOM WebMercatorQuad tile (x from the west, y from the north) holding most points.
read -r TILE_X TILE_Y TILE_COUNT <<<"$(q "$BENCH_DB" -tA -F' ' -c "
  with m as (select st_transform(geom, 3857) as g from emploi.etablissement),
  t as (select floor((st_x(g) + 20037508.342789244) / (40075016.68557849 / $((1 << TILE_ZOOM))))::integer as x,
               floor((20037508.342789244 - st_y(g)) / (40075016.68557849 / $((1 << TILE_ZOOM))))::integer as y from m)
  select x, y, count(*) from t group by x, y order by count(*) desc, x, y limit 1")"
say "bbox $BBOX: $BBOX_COUNT points; densest tile $TILE_ZOOM/$TILE_Y/$TILE_X (z/y/x): $TILE_COUNT points"
if [ "$dataset_only" = yes ]; then
  echo "$BBOX $BBOX_COUNT" # for tests/bench/geojson.sh
  exit 0
fi

# ---------------------------------------------------------------- CPU accounting (clock ticks)
# MapServer: lighttpd and its mapserv FastCGI workers.
mapserver_ticks() { proc_ticks "$LIGHTTPD_PID" $(pgrep -P "$LIGHTTPD_PID"); }

# ---------------------------------------------------------------- the two servers
wait_for() { # url pid log what: waits up to 60 s for the url to answer
  local url="$1" pid="$2" log="$3" what="$4"
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; die "$what stopped during start-up"; }
    sleep 0.5
  done
  tail -20 "$log" >&2
  die "$what did not answer on $url within 60 s"
}
curl -s -o /dev/null "$BASE/health" && die "port $API_PORT is already in use: stop that server or set OBSERVATOIRES_PORT"
curl -s -o /dev/null "$MS_BASE/" && die "port $MS_PORT is already in use: stop that server or set BENCH_MAPSERVER_PORT"

say "Starting the API on $BENCH_DB ($BASE)"
bench_api_start "$(db_string "$BENCH_DB")" "$ROOT/web/dist"

say "Starting MapServer $(mapserver_version) behind lighttpd on $MS_BASE ($MS_WORKERS FastCGI workers)"
# libpq keywords for the mapfiles; a value with spaces or quotes would need quoting that mapfiles do not offer.
if printf '%s' "$PGHOST$PGUSER$PGPASSWORD" | grep -q "[[:space:]'\"|&\\]"; then
  die "the database host, user or password holds a space, a quote or one of | & \\: the generated mapfile cannot carry it"
fi
PG_CONNECTION="host=$PGHOST port=$PGPORT dbname=$BENCH_DB user=$PGUSER password=$PGPASSWORD"
fill() { # template point-items: the template with the run's values
  sed -e "s|@CONNECTION@|$PG_CONNECTION|g" -e "s|@ONLINE_RESOURCE@|$MS_BASE/mapserv/observatoires/ogcapi|g" \
      -e "s|@POINT_ITEMS@|${2:-}|g" -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$MS_PORT|g" -e "s|@WORKERS@|$MS_WORKERS|g" "$1"
}
POINT_ITEMS="siret,name,naf_section,sector,size_band,commune,created_on"
(umask 077
 fill "$TEMPLATES/observatoires.map.in" "$POINT_ITEMS" >"$WORK/observatoires.map"
 fill "$TEMPLATES/observatoires.map.in" "id,$POINT_ITEMS" >"$WORK/observatoires-tiles.map"
 fill "$TEMPLATES/mapserver.conf.in" >"$WORK/mapserver.conf"
 fill "$TEMPLATES/lighttpd.conf.in" >"$WORK/lighttpd.conf")
mkdir -p "$WORK/www"
lighttpd -tt -f "$WORK/lighttpd.conf" >"$WORK/lighttpd.log" 2>&1 || { cat "$WORK/lighttpd.log" >&2; die "lighttpd refuses its configuration"; }
# In the foreground (-D) as a child of this script, so that it is stopped at the end.
lighttpd -D -f "$WORK/lighttpd.conf" >>"$WORK/lighttpd.log" 2>&1 &
LIGHTTPD_PID=$!
MS_OGC="$MS_BASE/mapserv/observatoires/ogcapi"
wait_for "$MS_OGC/collections?f=json" "$LIGHTTPD_PID" "$WORK/lighttpd-error.log" "lighttpd"

# ---------------------------------------------------------------- the responses measured, checked
COMMUNES_PATH="/ogc/collections/communes/items?limit=1000&f=json"
POINTS_PATH="/ogc/collections/emploi-etablissements/items?limit=10000&bbox=$BBOX&f=json"
TILE_PATH="/ogc/collections/emploi-etablissements/tiles/WebMercatorQuad/$TILE_ZOOM/$TILE_Y/$TILE_X"
MS_COMMUNES_PATH="/mapserv/observatoires/ogcapi/collections/communes/items?limit=1000&f=json"
MS_POINTS_PATH="/mapserv/observatoires/ogcapi/collections/emploi-etablissements/items?limit=10000&bbox=$BBOX&f=json"
MS_TILE_PATH="/mapserv?map=observatoires_tiles&mode=tile&tilemode=gmap&tile=$TILE_X+$TILE_Y+$TILE_ZOOM&layers=emploi-etablissements"

fetch() { # url output-file expected-content-type: checks the status and the content type
  local url="$1" out="$2" type="$3" status ctype
  read -r status ctype < <(curl -s -o "$out" -w '%{http_code} %{content_type}\n' "$url")
  [ "$status" = 200 ] || die "GET $url answered $status: $(head -c 400 "$out")"
  [[ "$ctype" == "$type"* ]] || die "GET $url answered $ctype, not $type: $(head -c 400 "$out")"
}
returned() { grep -o '"numberReturned":[0-9]*' "$1" | head -1 | cut -d: -f2; }
features() { grep -oE '"type":"Feature"[,}]' "$1" | wc -l; }
# The precision of the coordinates (the numbers inside "coordinates":[...]): "<decimals> <finer> <longer> <total>": the
# most decimals of any coordinate once rounded to 6 (trailing zeros dropped), how many coordinates are finer than 6
# decimals, and how many are written with more than 6 decimals though their value has 6 (binary noise, such as
# 50.441553999999996 for 50.441554).
precision() {
  grep -oE '"coordinates":\[[][0-9.,eE+-]*' "$1" | grep -oE -- '-?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?' | awk '{
    total++; r = sprintf("%.6f", $0); d = $0 - r; if (d < 0) d = -d
    if (d > 1e-9) finer++; else if (match($0, /\.[0-9]+/) && RLENGTH - 1 > 6) longer++
    sub(/0+$/, "", r); n = length(r) - index(r, "."); if (n > m) m = n
  } END { print m + 0, finer + 0, longer + 0, total + 0 }'
}
fetch "$BASE$COMMUNES_PATH" "$WORK/ours-communes.json" application/geo+json
fetch "$MS_BASE$MS_COMMUNES_PATH" "$WORK/ms-communes.json" application/geo+json
fetch "$BASE$POINTS_PATH" "$WORK/ours-points.json" application/geo+json
fetch "$MS_BASE$MS_POINTS_PATH" "$WORK/ms-points.json" application/geo+json
fetch "$BASE$TILE_PATH" "$WORK/ours-tile.mvt" application/vnd.mapbox-vector-tile
fetch "$MS_BASE$MS_TILE_PATH" "$WORK/ms-tile.mvt" application/vnd.mapbox-vector-tile

declare -A COUNT
for key in ours-communes ms-communes ours-points ms-points; do
  COUNT[$key]=$(features "$WORK/$key.json")
  [ "${COUNT[$key]}" = "$(returned "$WORK/$key.json")" ] ||
    die "$key: ${COUNT[$key]} features but numberReturned $(returned "$WORK/$key.json")"
done
if [ "${COUNT[ours-communes]}" != "$n_communes" ] || [ "${COUNT[ms-communes]}" != "$n_communes" ]; then
  die "communes: the API returned ${COUNT[ours-communes]}, MapServer ${COUNT[ms-communes]}, the database has $n_communes"
fi
if [ "${COUNT[ours-points]}" != "$BBOX_COUNT" ] || [ "${COUNT[ms-points]}" != "$BBOX_COUNT" ]; then
  die "bbox $BBOX: the API returned ${COUNT[ours-points]} points, MapServer ${COUNT[ms-points]}, the database has $BBOX_COUNT"
fi
# Tiles: feature count and attributes as GDAL reads them.
tile_summary() { # file: "<features> <attribute,attribute...>"
  local info
  info=$(ogrinfo -ro -so -oo X="$TILE_X" -oo Y="$TILE_Y" -oo Z="$TILE_ZOOM" "$1" emploi-etablissements 2>&1) ||
    { echo "$info" >&2; die "GDAL cannot read the tile $1"; }
  # mvt_id is GDAL's (the feature id), not an attribute of the tile.
  echo "$(awk -F': ' '/^Feature Count/ { print $2 }' <<<"$info") $(awk -F: '/^[a-z_]+: (String|Integer|Integer64|Real)/ && $1 != "mvt_id" { print $1 }' <<<"$info" | paste -sd,)"
}
read -r 'COUNT[ours-tile]' ours_attributes <<<"$(tile_summary "$WORK/ours-tile.mvt")"
read -r 'COUNT[ms-tile]' ms_attributes <<<"$(tile_summary "$WORK/ms-tile.mvt")"
TILE_NOTE="the API's tile: ${COUNT[ours-tile]} features, attributes $ours_attributes; MapServer's: ${COUNT[ms-tile]}, $ms_attributes"
awk -v a="${COUNT[ours-tile]}" -v b="${COUNT[ms-tile]}" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(b > 0 && d <= 0.01 * b) }' ||
  say "WARNING: the tiles differ: $TILE_NOTE"
declare -A DECIMALS LONGER COORDS
for key in ours-communes ms-communes ours-points ms-points; do
  read -r decimals finer longer total <<<"$(precision "$WORK/$key.json")"
  [ "$finer" -eq 0 ] || die "$key: $finer of $total coordinates have more than 6 decimals: not the same precision"
  DECIMALS[$key]=$decimals; LONGER[$key]=$longer; COORDS[$key]=$total
done
if [ "${DECIMALS[ours-points]}" != 6 ] || [ "${DECIMALS[ms-points]}" != 6 ]; then
  die "the points do not come with 6 decimals: the API ${DECIMALS[ours-points]}, MapServer ${DECIMALS[ms-points]}"
fi

geometry_types() { # file: "<count> <type>, ..." of the features' geometry types
  grep -oE '"type":"(Multi)?(Point|LineString|Polygon)"' "$1" | cut -d'"' -f4 | sort | uniq -c | awk '{ printf "%s%d %s", (NR > 1 ? ", " : ""), $1, $2 }'
}
TYPES_NOTE="geometry types: the API's communes $(geometry_types "$WORK/ours-communes.json"), MapServer's $(geometry_types "$WORK/ms-communes.json")"

# ---------------------------------------------------------------- wrk
# done() prints one parseable line: requests, seconds, bytes, errors and latency percentiles (microseconds).
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %d %d %d %d %d %d %d %d\n",
    summary.requests, summary.duration / 1e6, summary.bytes,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.min))
end
EOF
declare -A RPS BYTES
ROWS=()
MAX_OTHER=0
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
size() { awk -v b="$1" 'BEGIN { if (b >= 10240) printf "%.0f kB", b / 1024; else printf "%d B", b }'; }
run_wrk() { # key label server url body-file features
  local key="$1" label="$2" server="$3" url="$4" body="$5" items="$6"
  say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION: $label, $server"
  # A short warm-up first (JIT, connection pools, the FastCGI workers' PostgreSQL connections), not counted.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s --timeout 10s -s "$WORK/report.lua" "$url" >/dev/null
  local srv0 pg0 busy0 all0 srv1 pg1 busy1 all1
  srv_ticks() { if [ "$server" = API ]; then proc_ticks "$API_PID"; else mapserver_ticks; fi; }
  srv0=$(srv_ticks); pg0=$(pg_ticks); busy0=$(busy_ticks "$LIGHTTPD_PID"); all0=$(all_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$WORK/report.lua" "$url" >"$WORK/wrk-$key.txt" 2>&1
  srv1=$(srv_ticks); pg1=$(pg_ticks); busy1=$(busy_ticks "$LIGHTTPD_PID"); all1=$(all_ticks)
  # A server that ended during the run (crashed, or killed by someone else) makes the figures meaningless.
  if [ "$server" = API ]; then
    kill -0 "$API_PID" 2>/dev/null || die "the API ended during the measurement of $label (its log follows)"
  else
    kill -0 "$LIGHTTPD_PID" 2>/dev/null || die "lighttpd ended during the measurement of $label"
    [ "$(pgrep -c -P "$LIGHTTPD_PID")" -eq "$MS_WORKERS" ] || die "MapServer lost FastCGI workers during the measurement of $label"
  fi
  local line n secs socket_errors status_errors p50 p90 p99 max
  line=$(grep '^RESULT ' "$WORK/wrk-$key.txt") || { cat "$WORK/wrk-$key.txt" >&2; die "wrk gave no result for $label ($server)"; }
  read -r _ n secs _ socket_errors status_errors p50 p90 p99 max _ <<<"$line"
  [ "$n" -gt 0 ] || die "wrk completed no request for $label ($server) in $DURATION"
  RPS[$key]=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
  BYTES[$key]=$(stat -c %s "$body")
  # CPU ms per request of the server (the API process; lighttpd + mapserv workers) and of PostgreSQL; "other": CPU
  # used by anything else (wrk excluded), % of the machine.
  local cpu other
  cpu=$(awk -v n="$n" -v t="$TICKS" -v a=$((srv1 - srv0)) -v p=$((pg1 - pg0)) -v b=$((busy1 - busy0)) \
            -v all=$((all1 - all0)) -v pg="$PG_PID" 'BEGIN {
    printf "%8.1f %8s %5.0f%%", 1000 * a / t / n, (pg == "" ? "?" : sprintf("%.1f", 1000 * p / t / n)), 100 * b / all }')
  other=${cpu##* }; other=${other%\%}
  [ "$other" -le "$MAX_OTHER" ] || MAX_OTHER=$other
  ROWS+=("$(printf '%-28s %-9s %8s %8s %8s %7s %7s %7s %8s %6s %s' "$label" "$server" "$items" "$(size "${BYTES[$key]}")" \
    "${RPS[$key]}" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" "$(ms "$max")" "$((socket_errors + status_errors))" "$cpu")")
}
run_wrk ours-communes "319 communes, GeoJSON" API "$BASE$COMMUNES_PATH" "$WORK/ours-communes.json" "${COUNT[ours-communes]}"
run_wrk ms-communes "319 communes, GeoJSON" MapServer "$MS_BASE$MS_COMMUNES_PATH" "$WORK/ms-communes.json" "${COUNT[ms-communes]}"
run_wrk ours-points "bbox, ~$BBOX_POINTS points, GeoJSON" API "$BASE$POINTS_PATH" "$WORK/ours-points.json" "${COUNT[ours-points]}"
run_wrk ms-points "bbox, ~$BBOX_POINTS points, GeoJSON" MapServer "$MS_BASE$MS_POINTS_PATH" "$WORK/ms-points.json" "${COUNT[ms-points]}"
run_wrk ours-tile "densest z$TILE_ZOOM tile, MVT" API "$BASE$TILE_PATH" "$WORK/ours-tile.mvt" "${COUNT[ours-tile]}"
run_wrk ms-tile "densest z$TILE_ZOOM tile, MVT" MapServer "$MS_BASE$MS_TILE_PATH" "$WORK/ms-tile.mvt" "${COUNT[ms-tile]}"
MS_VERSION=$(mapserver_version)
LIGHTTPD_VERSION=$(lighttpd -v 2>/dev/null | sed -nE 's/^lighttpd\/([0-9.]+).*/\1/p')
stop_servers

# ---------------------------------------------------------------- report
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Observatoires OGC API benchmark against MapServer — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), total run $(elapsed)"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); wrk, both servers and PostgreSQL share them"
echo "servers: the API (one .NET process using every core) on $BASE; MapServer $MS_VERSION as $MS_WORKERS FastCGI workers" \
     "(single-threaded processes) behind lighttpd $LIGHTTPD_VERSION on $MS_BASE; the same PostgreSQL $PGHOST:$PGPORT"
echo "dataset: $BENCH_DB, $GENERATED: $n_communes communes ($n_vertices vertices, $CONTOURS_LABEL), $n_points points"
echo "load:    wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s (after a 3 s warm-up); latency percentiles from wrk's histogram"
echo
printf '%-28s %-9s %8s %8s %8s %7s %7s %7s %8s %6s %8s %8s %6s\n' "request" "server" "features" "body" "req/s" "p50 ms" "p90 ms" \
  "p99 ms" "max ms" "errors" "srv cpu" "PG cpu" "other"
printf '%s\n' "${ROWS[@]}"
echo "  srv cpu, PG cpu: CPU milliseconds per request of the server (the API process; lighttpd and its mapserv workers) and"
echo "  of the PostgreSQL server (all its processes); other: CPU used meanwhile by other processes (not wrk, the servers,"
echo "  PostgreSQL), as a share of the machine; above a few % the figures are disturbed"
[ "$MAX_OTHER" -le 10 ] ||
  echo "  WARNING: other processes used up to $MAX_OTHER % of the machine during the measurements: rerun on a quiet machine"
echo
echo "  communes  API       GET $COMMUNES_PATH"
echo "            MapServer GET $MS_COMMUNES_PATH"
echo "  bbox      API       GET $POINTS_PATH"
echo "            MapServer GET $MS_POINTS_PATH"
echo "            ($BBOX: a square around the median point holding $BBOX_COUNT of the $n_points points)"
echo "  tile      API       GET $TILE_PATH"
echo "            MapServer GET $MS_TILE_PATH"
echo "            (tile $TILE_ZOOM/$TILE_Y/$TILE_X holds the most points: $TILE_COUNT; $TILE_NOTE)"
echo "  coordinates: both set to 6 decimals; at most ${DECIMALS[ours-communes]} in the communes of the API, ${DECIMALS[ms-communes]} in MapServer's" \
     "(the contours have ${DECIMALS[ours-communes]}), ${DECIMALS[ours-points]} and ${DECIMALS[ms-points]} in the points."
echo "  ST_AsGeoJSON rounds to the nearest, MapServer rounds up; MapServer writes ${LONGER[ms-communes]} of ${COORDS[ms-communes]} commune" \
     "and ${LONGER[ms-points]} of ${COORDS[ms-points]} point coordinates"
echo "  with binary noise (50.441553999999996 for 50.441554), the API ${LONGER[ours-communes]} and ${LONGER[ours-points]}"
echo "  $TYPES_NOTE (a one-part MultiPolygon as a Polygon)"
echo
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "met" : "MISSED") }'; }
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%.*f", d, a / b }'; }
row() { printf '%-42s %-17s %10s %10s %8s %s\n' "$@"; }
row "target" "aim" "API" "MapServer" "ratio" "verdict"
for what in communes points; do
  label=$([ "$what" = communes ] && echo "319 communes" || echo "bbox, $BBOX_COUNT points")
  r=$(ratio "${RPS[ours-$what]}" "${RPS[ms-$what]}")
  row "$label: requests/s" ">= 2x MapServer" "${RPS[ours-$what]}" "${RPS[ms-$what]}" "${r}x" "$(verdict "$r" 2)"
  row "$label: body bytes (6 decimals)" "<= MapServer's" "${BYTES[ours-$what]}" "${BYTES[ms-$what]}" \
    "$(ratio "${BYTES[ours-$what]}" "${BYTES[ms-$what]}" 3)x" \
    "$(awk -v a="${BYTES[ours-$what]}" -v b="${BYTES[ms-$what]}" 'BEGIN { print (a <= b ? "met" : "MISSED") }')"
done
row "z$TILE_ZOOM tile, $TILE_COUNT points: requests/s" "(information)" "${RPS[ours-tile]}" "${RPS[ms-tile]}" "$(ratio "${RPS[ours-tile]}" "${RPS[ms-tile]}")x" ""
row "z$TILE_ZOOM tile: body bytes" "(information)" "${BYTES[ours-tile]}" "${BYTES[ms-tile]}" "$(ratio "${BYTES[ours-tile]}" "${BYTES[ms-tile]}" 3)x" ""
