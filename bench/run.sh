#!/usr/bin/env bash
# Benchmark newsgraph the way the shared peer benchmark measures PostGraphile.
#   bench/run.sh [SCALE]            default 100 (10k articles, 100k quotes); 1000 for 100k articles, 1M quotes
# Environment (defaults):
#   DB=h2 | postgres        database (postgres: built with -Dquarkus.profile=postgres, DB_URL/DB_USER/DB_PASSWORD,
#                           default jdbc:postgresql://127.0.0.1:5432/newsgraph_bench, created if missing)
#   PORT=8090  BUILD=1 (0 reuses target/)  SHARED=../shared  PEER_WORK=/tmp/peerbench (where gen.py data lives,
#   shared with the peer's setup.sh)  JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"
#   RUNS DURATION WARMUP CONNECTIONS THREADS SHAPES: passed to the shared load.sh
# Other GraphQL servers: ../shared/bench/load.sh URL ../shared/bench/queries/contract SCALE drives the same shapes.
# The data set is imported with the jar's command-line import, then the service starts on it.
# Prints: import time, start-up time, SQL statements per request of each shape, then load.sh's table
# (req/s, p50, p99, CPU per request, RSS).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
S=${1:-100}
DB=${DB:-h2}
PORT=${PORT:-8090}
SHARED=$(cd "${SHARED:-$PROJECT/../shared}" && pwd)
export PEER_WORK=${PEER_WORK:-/tmp/peerbench}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
DATA=$PEER_WORK/data/S$S
WORK=$(mktemp -d /tmp/newsgraph-bench.XXXXXX)
URL=http://127.0.0.1:$PORT/graphql
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null; }

if [ "${BUILD:-1}" = 1 ]; then
  log "building the service ($DB)"
  profile=(); [ "$DB" = postgres ] && profile=(-Dquarkus.profile=postgres)
  (cd "$PROJECT" && ./mvnw -B -q -DskipTests package "${profile[@]}")
fi
if [ ! -f "$DATA/articles.jsonl" ]; then
  log "generating the data set S=$S into $DATA"
  python3 "$SHARED/bench/gen.py" --scale "$S" --out "$DATA" >/dev/null
fi

run_env=(env)
if [ "$DB" = postgres ]; then
  export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/newsgraph_bench} DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-}
  db=${DB_URL##*/}; db=${db%%\?*}
  psql -h 127.0.0.1 -U "$DB_USER" -d postgres -qAtc "drop database if exists $db" -c "create database $db" >/dev/null
  run_env=(env QUARKUS_PROFILE=postgres)
fi

t0=$(date +%s%N)
# shellcheck disable=SC2086
"${run_env[@]}" java $JAVA_OPTS -Dnewsgraph.data-dir="$WORK/data" -jar "$PROJECT/target/quarkus-app/quarkus-run.jar" \
  import "$DATA/articles.jsonl" >&2
log "import of $(wc -l < "$DATA/articles.jsonl") articles (command line): $(( ($(date +%s%N) - t0) / 1000000 )) ms"

t0=$(date +%s%N)
# shellcheck disable=SC2086
"${run_env[@]}" java $JAVA_OPTS -Dnewsgraph.data-dir="$WORK/data" -Dquarkus.http.port="$PORT" \
  -jar "$PROJECT/target/quarkus-app/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$URL"; do
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.05
done
log "start-up to first GraphQL answer: $(( ($(date +%s%N) - t0) / 1000000 )) ms, RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB"

statements() { curl -s "http://127.0.0.1:$PORT/q/metrics" | awk '/^hibernate_statements_total.*status="prepared"/ {print $2}'; }
for q in ${SHAPES:-q1 q2 q3 q4}; do
  ids=$(case $q in q1) echo event;; q3) echo person;; q4) echo article;; *) echo "";; esac)
  body=$(python3 - "$SHARED/bench/queries/contract/$q.graphql" "${ids:+$DATA/ids_$ids.txt}" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = {"query": text}
if len(sys.argv) > 2 and sys.argv[2]:
    doc["variables"] = {"id": int(open(sys.argv[2]).readline())}
print(json.dumps(doc))
PY
)
  before=$(statements)
  for _ in $(seq 1 100); do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$URL"; done
  after=$(statements)
  log "$q: $(python3 -c "print(round(($after - $before) / 100, 2))") SQL statements per request"
done

SERVER_PID=$PID "$SHARED/bench/load.sh" "$URL" "$SHARED/bench/queries/contract" "$S" "$WORK/load"
cp -r "$WORK/load" "$HERE/results-S$S-$DB-$(date -u +%Y%m%dT%H%M%SZ)" 2>/dev/null || true
