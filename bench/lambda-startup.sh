#!/usr/bin/env bash
# Cold start of the AWS Lambda function: from loading the handler class to the first answered API Gateway event
# (POST /graphql {"query":"{__typename}"} as an HTTP API payload 2.0 event), as the managed Java runtime does it
# (bench/lambda/LambdaColdStart.java: a class loader over the unpacked function.zip, QuarkusStreamHandler loaded,
# instantiated and handed the event), one new JVM per start, for newsgraph's function and the minimal application
# packaged the same way, started in turn (A B A B ...); prints the medians and their ratio, time and CPU.
#   bench/lambda-startup.sh [NEWSGRAPH_ZIP] [MINIMAL_ZIP] [N]
# Defaults: target/function.zip, bench/minimal/target/function.zip, N=5. Build them (each replaces its target/):
#   ./mvnw -B -q -DskipTests package -Plambda                         # newsgraph, on H2 (as LambdaFunctionTest runs it)
#   ./mvnw -B -q -f bench/minimal/pom.xml package -Plambda            # the minimal application
# newsgraph's starts use an existing H2 database, which an uncounted first start migrates (FRESH=1: a new one each
# time, so that Flyway creates the schema). JAVA_OPTS: JVM options for both (none by default).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
ZIPS=() N=5
for arg in "$@"; do
  if [[ $arg =~ ^[0-9]+$ ]]; then N=$arg; else ZIPS+=("$(realpath "$arg")"); fi
done
[ ${#ZIPS[@]} -ge 1 ] || ZIPS+=("$PROJECT/target/function.zip")
[ ${#ZIPS[@]} -ge 2 ] || ZIPS+=("$HERE/minimal/target/function.zip")
WORK=$(mktemp -d /tmp/newsgraph-lambda.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

javac -d "$WORK/harness" "$HERE/lambda/LambdaColdStart.java"
printf '%s' '{"version":"2.0","routeKey":"$default","rawPath":"/graphql","rawQueryString":"","headers":{"content-type":"application/json","accept":"application/json"},"requestContext":{"stage":"$default","http":{"method":"POST","path":"/graphql","protocol":"HTTP/1.1","sourceIp":"127.0.0.1"}},"body":"{\"query\":\"{__typename}\"}","isBase64Encoded":false}' \
  > "$WORK/event.json"
for i in 0 1; do
  [ -f "${ZIPS[$i]}" ] || { log "no ${ZIPS[$i]}: build it first (see the header of $0)"; exit 1; }
  mkdir -p "$WORK/function-$i" && unzip -q "${ZIPS[$i]}" -d "$WORK/function-$i"
done

# one start of function $1: prints "<ms> <CPU ms> <status>"
start_once() {
  local data=$WORK/data
  [ "${FRESH:-0}" != 1 ] || rm -rf "$data"
  # shellcheck disable=SC2086
  (cd "$WORK" && java ${JAVA_OPTS:-} -Dnewsgraph.data-dir="$data" -cp "$WORK/harness" LambdaColdStart \
    "$WORK/function-$1" "$WORK/event.json" 2>"$WORK/start.log" | tail -1)
}
median() { sort -n | awk '{v[NR] = $1} END {printf "%d", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

log "newsgraph ${ZIPS[0]}, minimal ${ZIPS[1]}, N=$N, JAVA_OPTS=${JAVA_OPTS:-none}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_once 0 >/dev/null   # migrates the H2 database; not counted
names=(newsgraph minimal)
for run in $(seq 1 "$N"); do
  for i in 0 1; do
    read -r ms cpu status < <(start_once "$i") || true
    [ "${status:-}" = 200 ] || { cat "$WORK/start.log" >&2; log "${names[$i]}: the event was not answered with 200"; exit 1; }
    log "${names[$i]} $run: event answered $ms ms after loading the handler class (CPU $cpu ms)"
    echo "$ms $cpu" >> "$WORK/$i.ms"
  done
done
for i in 0 1; do
  echo "${names[$i]}: median $(cut -d' ' -f1 "$WORK/$i.ms" | median) ms from the handler class to the answered event, CPU $(cut -d' ' -f2 "$WORK/$i.ms" | median) ms, $N starts"
done
echo "newsgraph: $(paste <(cut -d' ' -f1 "$WORK/0.ms" | median) <(cut -d' ' -f1 "$WORK/1.ms" | median) | awk '{printf "%.2f", $1 / $2}')× the minimal application's time, $(paste <(cut -d' ' -f2 "$WORK/0.ms" | median) <(cut -d' ' -f2 "$WORK/1.ms" | median) | awk '{printf "%.2f", $1 / $2}')× its CPU"
log "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
