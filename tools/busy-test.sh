#!/usr/bin/env bash
# The whole test suite on a busy machine: `make test` run twice (RUNS=n for another
# number) while every core is kept busy by another job, as on a shared two-core
# machine where someone else builds at the same time. A test that depends on timing
# (a sleep and then a look, a short limit on a wait, a kill after a measured time)
# fails here; none may.
#
#   tools/busy-test.sh                 # from anywhere in the checkout
#   RUNS=1 PYTEST_ARGS="tests/ui" tools/busy-test.sh
#
# The load is `stress-ng --cpu N` (one worker per core) when stress-ng is installed
# (apt-get install stress-ng), else (or with LOAD=python) one Python busy loop per
# core. It is stopped
# when the runs end, also when this script is interrupted, and ends by itself if
# this script is killed outright. Each run's output is kept in
# build/busy-test/run-N.log. Not part of `make test`: it takes a while (two suites
# at about half speed).
#
# Exit status: 0 when every run passed, 1 otherwise.

set -u
cd "$(dirname "$0")/.." || exit 1

runs=${RUNS:-2}
cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
logs=build/busy-test
mkdir -p "$logs"

load=()      # the process ids of the load started here, and only those
stop_load() {
    ((${#load[@]})) || return 0
    kill "${load[@]}" 2>/dev/null
    wait "${load[@]}" 2>/dev/null
    load=()
}
trap stop_load EXIT
trap 'exit 130' INT TERM

if [[ ${LOAD:-} != python ]] && command -v stress-ng >/dev/null 2>&1; then
    # killed with this script, if it is killed outright (setpriv: util-linux, Linux);
    # and --timeout: never outlives a day, whatever happens
    orphan_guard=()
    if setpriv --help 2>/dev/null | grep -q -- --pdeathsig; then
        orphan_guard=(setpriv --pdeathsig KILL)
    fi
    "${orphan_guard[@]}" stress-ng --cpu "$cores" --timeout 24h --quiet &
    load+=($!)
    how="stress-ng --cpu $cores"
else
    for ((core = 0; core < cores; core++)); do
        # busy, and gone as soon as this script is (its parent changes)
        python3 -c '
import os
parent = os.getppid()
while os.getppid() == parent:
    for _ in range(1_000_000):
        pass
' &
        load+=($!)
    done
    how="$cores Python busy loops"
fi
sleep 2 # let the load get going (this only delays the start; nothing is measured by it)
echo "busy-test: load: $how; load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

failed=0
results=()
for ((run = 1; run <= runs; run++)); do
    log="$logs/run-$run.log"
    echo "busy-test: run $run of $runs: make test (output in $log)"
    start=$(date +%s)
    make test >"$log" 2>&1
    status=$?
    seconds=$(($(date +%s) - start))
    # pytest's last summary line, e.g. "1202 passed, 3 skipped in 312.45s (0:05:12)"
    summary=$(grep -E '^=*\s*[0-9]+ (passed|failed)|^[0-9]+ (passed|failed|error)' "$log" | tail -1)
    summary=${summary//=/}
    loadavg=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
    results+=("run $run: exit $status, ${seconds} s, ${summary:-no pytest summary} (load average at the end: $loadavg)")
    echo "busy-test: ${results[-1]}"
    ((status == 0)) || failed=1
done

stop_load
echo "busy-test: load stopped"
echo "busy-test: summary ($how, $cores cores):"
printf '  %s\n' "${results[@]}"
if ((failed)); then
    echo "busy-test: FAILED (see $logs/)"
    exit 1
fi
echo "busy-test: every run passed"
