#!/usr/bin/env bash
# GeoJSON serialisation benchmark: the same FeatureCollections (the 319 communes, full contours; ~2,000 points in a
# bbox) produced (a) as the API does, PostGIS building each feature's JSON text that the app copies, and (b) from WKB
# parsed and written by NetTopologySuite (GeoJSON4STJ on a Utf8JsonWriter), both at 6 decimals; ms per response, CPU
# of the app and of PostgreSQL, output sizes, and which is faster. The program is tests/bench/GeoJsonSerialisation
# (not in the solution: `dotnet test` does not build it).
#
#   tests/bench/geojson.sh [--fresh]     --fresh: drop and regenerate the bench database (as tests/bench/ogc.sh)
#
# Run by `./observatoires bench geojson` (starts the cluster, builds the API). It uses the OGC benchmark's database
# (observatoires_bench_ogc, prepared by `tests/bench/ogc.sh --dataset-only` when missing) and its bbox. Settings:
# OBSERVATOIRES_DB or OBSERVATOIRES_PG_PORT as for ./observatoires; BENCH_ITERATIONS (200) timed responses per variant.
set -Eeuo pipefail
trap 'echo "error: $(basename "$0") stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/.data"
PG_PORT="${OBSERVATOIRES_PG_PORT:-54320}"
PROJECT="$ROOT/tests/bench/GeoJsonSerialisation"
PROGRAM="$PROJECT/bin/Release/net10.0/GeoJsonSerialisation.dll"
ITERATIONS="${BENCH_ITERATIONS:-200}"
BENCH_DB="observatoires_bench_ogc"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

fresh=()
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=(--fresh) ;;
    *) die "usage: tests/bench/geojson.sh [--fresh]" ;;
  esac
done
command -v dotnet >/dev/null || die "The .NET 10 SDK is required; it is not installed."

if [ -n "${OBSERVATOIRES_DB:-}" ]; then
  BASE_DB="$OBSERVATOIRES_DB"
else
  [ -f "$DATA/pg-run.password" ] || die "no private cluster in $DATA: run ./observatoires bench geojson"
  BASE_DB="Host=127.0.0.1;Port=$PG_PORT;Username=observatoires;Password=$(cat "$DATA/pg-run.password");Database=observatoires"
fi
DB="$(tr ';' '\n' <<<"$BASE_DB" | awk -F= '{ key = tolower($1); gsub(/ /, "", key) } key !~ /^(database|db)$/ && NF' | paste -sd';');Database=$BENCH_DB"
db_host=$(tr ';' '\n' <<<"$BASE_DB" | awk -F= 'tolower($1) ~ /^ *(host|server) *$/ { print $2 }')
db_port=$(tr ';' '\n' <<<"$BASE_DB" | awk -F= 'tolower($1) ~ /^ *port *$/ { print $2 }')

# The dataset and the bbox of the OGC benchmark.
read -r BBOX BBOX_COUNT <<<"$(bash "$ROOT/tests/bench/ogc.sh" --dataset-only "${fresh[@]}")"
[ -n "${BBOX_COUNT:-}" ] || die "tests/bench/ogc.sh --dataset-only gave no bbox"

say "Building tests/bench/GeoJsonSerialisation"
dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null ||
  { dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >&2 || true; die "the benchmark program does not build"; }

# CPU of the other processes during the run (this script's children and the database server excluded).
PG_PID=""
case "${db_host:-localhost}" in 127.0.0.1|localhost|::1)
  PG_PID=$(ss -ltnpH "sport = :${db_port:-5432}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2) || true ;; esac
busy_ticks() {
  # A process may end between the glob and cat: cat then fails, which is no error here.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v self="$$" -v pg="${PG_PID:--1}" '{
    pid = $1; s = $0; sub(/.*\) /, "", s); split(s, f, " ")
    if (pid == self || f[2] == self || pid == pg || f[2] == pg || pid == 2 || f[2] == 2) next
    total += f[12] + f[13] + f[14] + f[15]
  } END { print total + 0 }'
}
all_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

say "Timing both ways, $ITERATIONS responses each per workload (about half a minute)"
busy0=$(busy_ticks); all0=$(all_ticks)
# No spinning of idle thread-pool threads: the app's CPU time is then the work, not the wait for PostgreSQL's rows.
OUT=$(BENCH_GEOJSON_DB="$DB" DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 dotnet "$PROGRAM" "$BBOX" "$ITERATIONS") ||
  { echo "$OUT" >&2; die "the benchmark program failed (see above)"; }
busy1=$(busy_ticks); all1=$(all_ticks)
other=$(awk -v b=$((busy1 - busy0)) -v a=$((all1 - all0)) 'BEGIN { printf "%.0f", 100 * b / a }')

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Observatoires GeoJSON serialisation benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); the program and PostgreSQL share them"
echo "dataset: $BENCH_DB (tests/bench/ogc.sh); bbox $BBOX holds $BBOX_COUNT points; coordinates at 6 decimals both ways"
echo
echo "$OUT"
echo "  other: other processes used $other % of the machine during the run$([ "$other" -le 10 ] || echo "; WARNING: above 10 %, rerun on a quiet machine")"
