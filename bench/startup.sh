#!/usr/bin/env bash
# Start-up time of the packaged service: from launching the JVM to the first successful answer to
#   POST /graphql {"query":"{__typename}"}
# polled with curl every POLL seconds (bench/first-answer.sh, which bench/run.sh uses too). It builds nothing but the
# minimal application (below), when its jar is missing.
#   bench/startup.sh [JAR...] [N]   JAR default target/quarkus-app/quarkus-run.jar; N starts of each kind (default 7)
# Two kinds of start, N of each, one line per start, then per jar and kind the median (min, max) time to the first
# answer, Quarkus' own "started in", the CPU time (user + system) the JVM had used by then and its resident memory:
#   fresh     an empty database each time: Flyway creates the schema (the first start of an installation)
#   existing  a database that an earlier, uncounted start migrated (every later start)
# Several jars (e.g. a build before and after a change) are started in turn, A B A B ..., so that a machine whose
# load changes affects them alike. The last one started in turn is the minimal Quarkus REST application of the same
# platform version (bench/minimal, built here when its jar is missing), which answers the same request at once: each
# jar's medians are also printed as a ratio to its medians (time and CPU), the figure that stays comparable when the
# load of the machine changes (a busy machine stretches both).
# Environment (defaults):
#   DB=h2 | postgres   h2: a new data directory under WORK before each fresh start, one kept for the existing starts.
#                      postgres: the jars must be PostgreSQL builds (-Dquarkus.profile=postgres); DB_URL (jdbc:postgresql:
#                      //127.0.0.1:5432/newsgraph_startup: this database is DROPPED and created again before each fresh
#                      start and dropped at the end), DB_USER=postgres, DB_PASSWORD; the service gets QUARKUS_PROFILE=postgres
#   KINDS="fresh existing"  PORT=8093  POLL=0.01  WORK (a temporary folder, removed at the end unless KEEP_WORK=1)
#   JAVA_OPTS (none: plain java -jar, as the README runs it)
#   CDS=auto | on | off   auto: add -XX:SharedArchiveFile=app-cds.jsa when the jar's folder holds the AppCDS archive
#                      of the build (see README); on: the same with -Xshare:on (fail when it cannot be used); off: never
#   IMPORT=FILE.jsonl  import this graph (the jar's "import" command) into the existing database before its starts
#   MINIMAL=on | off   off: no minimal application, no ratios
# The service runs from the jar's folder (the AppCDS archive needs that); the log of each start is kept in WORK.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
# shellcheck source=bench/first-answer.sh
source "$HERE/first-answer.sh"
JARS=()
N=7
for arg in "$@"; do
  if [[ $arg =~ ^[0-9]+$ ]]; then N=$arg; else JARS+=("$(realpath "$arg")"); fi
done
[ ${#JARS[@]} -gt 0 ] || JARS=("$PROJECT/target/quarkus-app/quarkus-run.jar")
DB=${DB:-h2}
MINIMAL_JAR=$HERE/minimal/target/quarkus-app/quarkus-run.jar
MIN=   # the index of the minimal application in JARS, if it runs
if [ "${MINIMAL:-on}" = on ]; then
  [ -f "$MINIMAL_JAR" ] || "$PROJECT/mvnw" -f "$HERE/minimal/pom.xml" -B -q package \
    || { echo "could not build the minimal application (bench/minimal)" >&2; exit 1; }
  MIN=${#JARS[@]}
  JARS+=("$MINIMAL_JAR")
fi
PORT=${PORT:-8093}
KINDS=${KINDS:-fresh existing}
CDS=${CDS:-auto}
URL=http://127.0.0.1:$PORT/graphql
WORK=${WORK:-$(mktemp -d /tmp/newsgraph-startup.XXXXXX)}; mkdir -p "$WORK"
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "$*"; exit 1; }

for jar in "${JARS[@]}"; do
  [ -f "$jar" ] || die "no jar at $jar: build it first (./mvnw -B -DskipTests package)"
  [ "$CDS" != on ] || [ -f "$(dirname "$jar")/app-cds.jsa" ] \
    || die "CDS=on but $(dirname "$jar")/app-cds.jsa does not exist (build with -Dquarkus.package.jar.appcds.enabled=true)"
done
curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" && die "something already answers on port $PORT: set PORT"

# the JVM options for jar $1
java_opts() {
  # shellcheck disable=SC2086
  set -- "$1" ${JAVA_OPTS:-}
  local app; app=$(dirname "$1"); shift
  if [ "$CDS" != off ] && [ -f "$app/app-cds.jsa" ]; then
    set -- "$@" -XX:SharedArchiveFile=app-cds.jsa
    [ "$CDS" = on ] && set -- "$@" -Xshare:on
  fi
  [ $# -eq 0 ] || printf '%s\n' "$@"
}

run_env=(env)
if [ "$DB" = postgres ]; then
  export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/newsgraph_startup} DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-}
  hostport=${DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
  pgdb=${DB_URL##*/}; pgdb=${pgdb%%\?*}
  run_env=(env QUARKUS_PROFILE=postgres)
fi
psql_admin() {
  PGPASSWORD=$DB_PASSWORD psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$DB_USER" -d postgres -qAt "$@" >/dev/null
}
# an empty database: the H2 data directory $1 removed, or the PostgreSQL database of DB_URL dropped and created
new_database() {
  if [ "$DB" = postgres ]; then
    psql_admin -c "drop database if exists $pgdb" -c "create database $pgdb"
  else
    rm -rf "$1"
  fi
}

PID=
cleanup() {
  [ -z "$PID" ] || { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; }
  if [ "$DB" = postgres ]; then psql_admin -c "drop database if exists $pgdb" || true; fi
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

# CPU time (user + system, ms) that process $1 has used so far
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz}' "/proc/$1/stat"; }

# one start of jar $1 on data directory $2, log $3: prints "<ms to the first answer> <Quarkus' started in, ms>
# <CPU ms> <resident memory, MB>", then stops the service (SIGTERM) and waits for it to end
start_once() {
  local jar=$1 data=$2 out=$3 opts t0 ms cpu rss started
  mapfile -t opts < <(java_opts "$jar")
  t0=$(date +%s%N)
  (cd "$(dirname "$jar")" && exec "${run_env[@]}" java "${opts[@]}" -Dnewsgraph.data-dir="$data" \
    -Dquarkus.http.port="$PORT" -jar "$jar" >"$out" 2>&1) &
  PID=$!
  ms=$(first_answer_ms "$t0" "$PID" "$URL" "$out") || { cat "$out" >&2; die "the service did not answer"; }
  cpu=$(cpu_ms "$PID")
  rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$out" | head -1)
  echo "$ms $(awk -v s="${started:-0}" 'BEGIN {printf "%d", s * 1000}') $cpu $rss"
}

median() { sort -n | awk '{v[NR] = $1} END {printf "%d", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
column_of() { cut -d' ' -f"$1" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

log "${#JARS[@]} jar(s), DB=$DB, JAVA_OPTS=${JAVA_OPTS:-none}, CDS=$CDS, N=$N, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${!JARS[@]}"; do
  log "jar $((j + 1)): ${JARS[$j]} ($(java_opts "${JARS[$j]}" | tr '\n' ' '))$([ "$j" = "$MIN" ] && echo ', the minimal application')"
done
summary=()
for kind in $KINDS; do
  if [ "$kind" = existing ]; then
    for j in "${!JARS[@]}"; do
      jar=${JARS[$j]} data=$WORK/data-existing-$j
      [ "$DB" = postgres ] && [ "$j" -gt 0 ] || new_database "$data"   # one PostgreSQL database for all jars
      start_once "$jar" "$data" "$WORK/existing-$j-0.log" >/dev/null  # migrates; not counted
      if [ -n "${IMPORT:-}" ] && [ "$j" != "$MIN" ] && { [ "$DB" != postgres ] || [ "$j" = 0 ]; }; then
        mapfile -t opts < <(java_opts "$jar")
        (cd "$(dirname "$jar")" && "${run_env[@]}" java "${opts[@]}" -Dnewsgraph.data-dir="$data" -jar "$jar" \
          import "$IMPORT" >"$WORK/import-$j.log" 2>&1) || { cat "$WORK/import-$j.log" >&2; die "import failed"; }
      fi
    done
  fi
  for j in "${!JARS[@]}"; do : > "$WORK/$kind-$j.ms"; done
  for i in $(seq 1 "$N"); do
    for j in "${!JARS[@]}"; do
      data=$WORK/data-$kind-$j
      [ "$kind" = fresh ] && new_database "$data"
      read -r ms quarkus cpu rss < <(start_once "${JARS[$j]}" "$data" "$WORK/$kind-$j-$i.log")
      log "jar $((j + 1)) $kind $i: first GraphQL answer after $ms ms (Quarkus: started in $quarkus ms; CPU $cpu ms; RSS $rss MB)"
      echo "$ms $quarkus $cpu $rss" >> "$WORK/$kind-$j.ms"
    done
  done
  for j in "${!JARS[@]}"; do
    f=$WORK/$kind-$j.ms
    summary+=("jar $((j + 1)) $kind: median $(column_of 1 "$f" | median) ms to the first GraphQL answer (min \
$(column_of 1 "$f" | sort -n | head -1), max $(column_of 1 "$f" | sort -n | tail -1); Quarkus' started in \
$(column_of 2 "$f" | median) ms; CPU $(column_of 3 "$f" | median) ms; RSS $(column_of 4 "$f" | median) MB), $N starts")
  done
  if [ -n "$MIN" ]; then
    m=$WORK/$kind-$MIN.ms
    for j in "${!JARS[@]}"; do
      [ "$j" = "$MIN" ] && continue
      f=$WORK/$kind-$j.ms
      summary+=("jar $((j + 1)) $kind: $(ratio "$(column_of 1 "$f" | median)" "$(column_of 1 "$m" | median)")× the \
minimal application's time to the first answer, $(ratio "$(column_of 3 "$f" | median)" "$(column_of 3 "$m" | median)")× its CPU")
    done
  fi
done
log "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${summary[@]}"
