#!/usr/bin/env bash
# newsgraph and PostGraphile side by side, on the same machine and data, measured alternately (A B A B ...), each
# round a 20 s wrk run of every shape after its warm-up; prints the median req/s, p50, p99 and CPU per request of
# each server and their ratio.
#   bench/compare.sh [SCALE]     default 100
# Needs the peer set up first: (cd "$PEER_BENCH" && ./setup.sh SCALE), as root.
# Environment (defaults): ROUNDS=3  DB=h2 | postgres (newsgraph on the peer's private PostgreSQL cluster, same
#   settings, its own database newsgraph_s<SCALE>)  PEER_BENCH=../shared/bench (where setup.sh installed PostGraphile)
#   BUILD=1  SHARED=../shared
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$BENCH/.." && pwd)
S=${1:-100}
ROUNDS=${ROUNDS:-3}
SHARED=$(cd "${SHARED:-$PROJECT/../shared}" && pwd)
PEER_BENCH=$(cd "${PEER_BENCH:-$SHARED/bench}" && pwd)
OUT=$BENCH/results/compare-S$S-${DB:-h2}-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
# shellcheck source=/dev/null
source "$PEER_BENCH/lib.sh"   # log, die, pg_start, pg_pid, PG_PORT (it sets HERE to its own folder)
[ -d "$PEER_BENCH/node_modules/postgraphile" ] || die "PostGraphile is not installed in $PEER_BENCH: run its setup.sh $S"

if [ "${DB:-h2}" = postgres ]; then
  pg_start
  export DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/newsgraph_s$S DB_USER=postgres
fi
read -r PID WORK < <(KEEP=1 RUNS=0 "$BENCH/run.sh" "$S" | tail -1)
# the service is run.sh's child, not ours: wait for it by polling
trap 'kill "$PID" 2>/dev/null; while kill -0 "$PID" 2>/dev/null; do sleep 0.1; done; rm -rf "$WORK"
  if [ "${PG_STARTED_HERE:-0}" = 1 ]; then pg_stop; fi' EXIT
PG=""; [ "${DB:-h2}" = postgres ] && PG=$(pg_pid)

for round in $(seq 1 "$ROUNDS"); do
  log "round $round: newsgraph"
  RUNS=1 SERVER_PID=$PID PG_PID=$PG "$SHARED/bench/load.sh" "http://127.0.0.1:${PORT:-8090}/graphql" \
    "$SHARED/bench/queries/contract" "$S" "$OUT/newsgraph-$round" >/dev/null
  log "round $round: PostGraphile"
  RUNS=1 "$PEER_BENCH/run.sh" "$S" >/dev/null
  cp "$(ls -d "$PEER_BENCH"/results/S"$S"-2* | tail -1)/results.jsonl" "$OUT/postgraphile-$round.jsonl"
done

python3 - "$OUT" "$ROUNDS" <<'PY' | tee "$OUT/summary.md"
import json, os, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
names = {"q1": "Q1 event with all quotes", "q2": "Q2 event list page",
         "q3": "Q3 person with quotes", "q4": "Q4 article with everything"}
def rows(server):
    got = {}
    for r in range(1, rounds + 1):
        path = os.path.join(out, f"newsgraph-{r}", "results.jsonl") if server == "newsgraph" \
            else os.path.join(out, f"postgraphile-{r}.jsonl")
        for line in open(path):
            d = json.loads(line)
            got.setdefault(d["label"], []).append(d)
    return got
ours, peer = rows("newsgraph"), rows("postgraphile")
def med(ds, key):
    return statistics.median(d[key] for d in ds)
def cpu(ds):
    return statistics.median(1000 * (d["server_cpu_s"] + d["pg_cpu_s"]) / max(d["requests"], 1) for d in ds)
print(f"Medians of {rounds} alternating rounds (20 s each, 16 connections). CPU = server + PostgreSQL per request.\n")
print("| shape | newsgraph req/s | PostGraphile req/s | ratio | newsgraph p50 / p99 ms | PostGraphile p50 / p99 ms "
      "| newsgraph CPU ms/req | PostGraphile CPU ms/req | other procs CPU % (ours / peer) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for q in sorted(ours):
    a, b = ours[q], peer[q]
    print(f"| {names[q]} | {med(a, 'rps'):.0f} | {med(b, 'rps'):.0f} | {med(a, 'rps') / med(b, 'rps'):.2f} "
          f"| {med(a, 'p50_ms'):.1f} / {med(a, 'p99_ms'):.1f} | {med(b, 'p50_ms'):.1f} / {med(b, 'p99_ms'):.1f} "
          f"| {cpu(a):.2f} | {cpu(b):.2f} | {med(a, 'other_cpu_pct'):.0f} / {med(b, 'other_cpu_pct'):.0f} |")
PY
log "results in $OUT"
