# shellcheck shell=bash
# Sourced by bench/run.sh and bench/startup.sh, so that both measure start-up the same way.
# first_answer_ms T0 PID URL LOG: waits until POST URL {"query":"{__typename}"} answers successfully, polling every
# POLL seconds (default 0.01), and prints the milliseconds since T0 (date +%s%N taken just before launching the
# service). Fails when process PID ends first (its log LOG tells why) or after TIMEOUT seconds (default 120).
first_answer_ms() {
  local t0=$1 pid=$2 url=$3 log=$4 deadline
  deadline=$(( $(date +%s) + ${TIMEOUT:-120} ))
  until curl -sf -o /dev/null --max-time 2 -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "the service ended before answering, see $log" >&2; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "no answer after ${TIMEOUT:-120} s, see $log" >&2; return 1; }
    sleep "${POLL:-0.01}"
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
