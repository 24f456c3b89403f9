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

# shellcheck source=tests/bench/lib.sh
source "$ROOT/tests/bench/lib.sh"

fresh=()
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=(--fresh) ;;
    *) die "usage: tests/bench/geojson.sh [--fresh]" ;;
  esac
done
command -v dotnet >/dev/null || die "The .NET 10 SDK is required; it is not installed."

bench_connect geojson
DB="$(db_string "$BENCH_DB")"

# The dataset and the bbox of the OGC benchmark.
read -r BBOX BBOX_COUNT <<<"$(bash "$ROOT/tests/bench/ogc.sh" --dataset-only "${fresh[@]}")"
[ -n "${BBOX_COUNT:-}" ] || die "tests/bench/ogc.sh --dataset-only gave no bbox"

say "Building tests/bench/GeoJsonSerialisation"
dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null ||
  { dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >&2 || true; die "the benchmark program does not build"; }

say "Timing both ways, $ITERATIONS responses each per workload (about half a minute)"
# CPU of the other processes during the run (this script's children and the database server excluded).
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
