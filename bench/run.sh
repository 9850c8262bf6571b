#!/usr/bin/env bash
# Benchmark newsgraph the way the shared peer benchmark measures PostGraphile (../shared/bench).
#   bench/run.sh [SCALE]        default 100 (10k articles, 100k quotes); 1000 for 100k articles, 1M quotes
# It builds the service, generates the shared data set (gen.py, seed 42), imports it with the jar's command-line
# import, starts the service in production mode (as bench/startup.sh does: from target/quarkus-app, with the AppCDS
# archive), prints import time, start-up time (measured as bench/startup.sh measures it) and SQL statements per request of
# each shape, then drives the four shapes with the shared load.sh (wrk) and prints req/s, p50, p99, CPU per request
# and RSS. The server is left running when KEEP=1 (its pid and URL are printed) so that other loads can follow.
# Environment (defaults):
#   DB=h2 | postgres   postgres: built with -Dquarkus.profile=postgres; DB_URL (jdbc:postgresql://127.0.0.1:5432/
#                      newsgraph_bench, dropped and created), DB_USER=postgres, DB_PASSWORD
#   PORT=8090  BUILD=1 (0 reuses target/)  SHARED=../shared  PEER_WORK=/tmp/peerbench (the data, shared with the
#   peer's setup.sh)  JAVA_OPTS (below)  KEEP=0 (1: leave the service running, print "PID WORKDIR" last)
#   RUNS DURATION WARMUP CONNECTIONS THREADS SHAPES   passed to load.sh (defaults there: 2 runs of 20 s; RUNS=0
#   skips the load)
# Any other GraphQL server is driven with the same shapes and tool by
#   ../shared/bench/load.sh URL ../shared/bench/queries/contract SCALE
# and bench/compare.sh runs this service and PostGraphile alternately on the same data.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
S=${1:-100}
DB=${DB:-h2}
PORT=${PORT:-8090}
SHARED=$(cd "${SHARED:-$PROJECT/../shared}" && pwd)
export PEER_WORK=${PEER_WORK:-/tmp/peerbench}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m}
DATA=$PEER_WORK/data/S$S
WORK=${WORK:-$(mktemp -d /tmp/newsgraph-bench.XXXXXX)}
URL=http://127.0.0.1:$PORT/graphql
JAR=$PROJECT/target/quarkus-app/quarkus-run.jar
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
# shellcheck source=bench/first-answer.sh
source "$HERE/first-answer.sh"

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
  hostport=${DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
  db=${DB_URL##*/}; db=${db%%\?*}
  psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$DB_USER" -d postgres -qAtc "drop database if exists $db" \
    -c "create database $db" >/dev/null
  run_env=(env QUARKUS_PROFILE=postgres)
fi

t0=$(date +%s%N)
# shellcheck disable=SC2086
"${run_env[@]}" java $JAVA_OPTS -Xmx512m -Dnewsgraph.data-dir="$WORK/data" -jar "$JAR" import "$DATA/articles.jsonl" >&2 &
IMPORT=$!
peak=0
while kill -0 $IMPORT 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$IMPORT/status 2>/dev/null || echo 0)
  [ "${rss:-0}" -gt "$peak" ] && peak=$rss
  sleep 0.5
done
wait $IMPORT
log "import of $(wc -l < "$DATA/articles.jsonl") articles (command line): $(( ($(date +%s%N) - t0) / 1000000 )) ms," \
  "peak RSS $(( peak / 1024 )) MiB"

# started as bench/startup.sh starts it: from its folder, with the build's AppCDS archive when there is one
cds=(); [ -f "$PROJECT/target/quarkus-app/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
t0=$(date +%s%N)
# shellcheck disable=SC2086
(cd "$PROJECT/target/quarkus-app" && exec "${run_env[@]}" java $JAVA_OPTS "${cds[@]}" -Dnewsgraph.data-dir="$WORK/data" \
  -Dquarkus.http.port="$PORT" -jar "$JAR" > "$WORK/service.log" 2>&1) &
PID=$!
[ "${KEEP:-0}" = 1 ] || trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
ms=$(POLL=0.02 first_answer_ms "$t0" "$PID" "$URL" "$WORK/service.log") || { cat "$WORK/service.log"; exit 1; }
log "start-up to first GraphQL answer: $ms ms${cds:+ (AppCDS)}, RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB"

# statements: Hibernate's (writes, SmallRye's field-by-field reads never use it now) plus the plain JDBC reads
statements() {
  curl -s "http://127.0.0.1:$PORT/q/metrics" | awk '/^hibernate_statements_total.*status="prepared"/ || /^newsgraph_sql_reads_total/ {n += $2} END {print n}'
}
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

if [ "${RUNS:-2}" != 0 ]; then
  OUT=$HERE/results/S$S-$DB-$(date -u +%Y%m%dT%H%M%SZ)
  SERVER_PID=$PID "$SHARED/bench/load.sh" "$URL" "$SHARED/bench/queries/contract" "$S" "$OUT"
  log "results in $OUT; RSS after the load $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB," \
    "peak $(( $(awk '/VmHWM/ {print $2}' /proc/$PID/status) / 1024 )) MiB"
fi
if [ "${KEEP:-0}" = 1 ]; then
  log "service left running: pid $PID, $URL, data in $WORK"
  echo "$PID $WORK"
fi
