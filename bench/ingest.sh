#!/usr/bin/env bash
# Ingestion benchmark: raw articles through the whole extraction path (validation, extraction, people and event
# resolution, storage) into a fresh database, with the jar's `import FOLDER`.
#   bench/ingest.sh [COUNT]     default 2000 articles
# The folder is written by bench/articles.py from the shared generator's data (S=100, seed 42): wire stories with
# quotes, speakers and events that recur across articles. Prints articles/s, CPU seconds per article and peak RSS.
# Environment: BUILD=1 (0 reuses target/)  SHARED=../shared  PEER_WORK=/tmp/peerbench  JAVA_OPTS  DB=h2|postgres (as
# in run.sh: postgres needs DB_URL or the local database newsgraph_ingest, dropped and created)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
COUNT=${1:-2000}
DB=${DB:-h2}
SHARED=$(cd "${SHARED:-$PROJECT/../shared}" && pwd)
PEER_WORK=${PEER_WORK:-/tmp/peerbench}
DATA=$PEER_WORK/data/S100
FOLDER=$PEER_WORK/articles-$COUNT
WORK=$(mktemp -d /tmp/newsgraph-ingest.XXXXXX)
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

if [ "${BUILD:-1}" = 1 ]; then
  log "building the service ($DB)"
  profile=(); [ "$DB" = postgres ] && profile=(-Dquarkus.profile=postgres)
  (cd "$PROJECT" && ./mvnw -B -q -DskipTests package "${profile[@]}")
fi
[ -f "$DATA/articles.jsonl" ] || { log "generating the data set S=100 into $DATA"; python3 "$SHARED/bench/gen.py" --scale 100 --out "$DATA" >/dev/null; }
[ -f "$FOLDER/index.json" ] || python3 "$HERE/articles.py" "$DATA/articles.jsonl" "$FOLDER" "$COUNT" >&2

run_env=(env)
if [ "$DB" = postgres ]; then
  export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/newsgraph_ingest} DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-}
  hostport=${DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}; db=${DB_URL##*/}; db=${db%%\?*}
  psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$DB_USER" -d postgres -qAtc "drop database if exists $db" -c "create database $db" >/dev/null
  run_env=(env QUARKUS_PROFILE=postgres)
fi

log "ingesting $COUNT articles from $FOLDER"
# shellcheck disable=SC2086
"${run_env[@]}" /usr/bin/time -o "$WORK/time" -f "%U %S %M" java $JAVA_OPTS -Dnewsgraph.data-dir="$WORK/data" \
  -jar "$PROJECT/target/quarkus-app/quarkus-run.jar" import "$FOLDER" 2> >(tee "$WORK/log" | grep -v ETA >&2)
read -r user sys rss < "$WORK/time"
line=$(grep -o 'ingested [0-9,]* articles in [0-9.]* s' "$WORK/log" | tail -1)
seconds=$(echo "$line" | awk '{print $(NF-1)}')
awk -v n="$COUNT" -v s="$seconds" -v u="$user" -v y="$sys" -v r="$rss" 'BEGIN {
  printf "ingest: %d articles in %.1f s = %.0f articles/s; process CPU %.1f s (start-up included) = %.1f ms/article; peak RSS %d MiB\n",
    n, s, n / s, u + y, (u + y) * 1000 / n, r / 1024 }'
rm -rf "$WORK"
