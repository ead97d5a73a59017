#!/usr/bin/env bash
# Benchmark: mesh:validate over 1,000 generated contracts.
# Reports the wall time and the peak RSS of the Maven process (the JVM: mvnw and mvn exec into it).
#
# Needs the plugin in the local Maven repository first:
#   ./mvnw -q install -DskipTests
# (on a shared machine install into a private repository instead, see bench/README.md, and pass
#  MVN_ARGS="-Dmaven.repo.local=...").
#
# Settings (environment):
#   COUNT=1000    contracts to generate          RUNS=3     timed runs
#   SEED=42       generator seed                 WARMUP=1   untimed runs first (wrapper download, disk cache)
#   BASELINE=1    also time './mvnw -q --version' (JVM + Maven start-up, no plugin)
#   MVN_ARGS=     extra Maven arguments, e.g. "-o"
#   MAVEN_REPO_LOCAL=  local repository (-Dmaven.repo.local), e.g. a private one the plugin was installed into
#   PLUGIN=dev.datamesh:mesh-maven-plugin:0.1.0-SNAPSHOT
# Besides wall time and peak RSS, each run reports the goal's own time from its summary line
# ("Validated 1000 contracts in 2.345 s: ...").
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${COUNT:-1000}
RUNS=${RUNS:-3}
SEED=${SEED:-42}
WARMUP=${WARMUP:-1}
BASELINE=${BASELINE:-1}
MVN_ARGS=${MVN_ARGS:-}
PLUGIN=${PLUGIN:-dev.datamesh:mesh-maven-plugin:0.1.0-SNAPSHOT}
MAVEN_REPO_LOCAL=${MAVEN_REPO_LOCAL:-}
if [[ -n $MAVEN_REPO_LOCAL ]]; then
  MVN_ARGS="$MVN_ARGS -Dmaven.repo.local=$MAVEN_REPO_LOCAL"
fi

BENCH=$ROOT/target/bench
CONTRACTS=$BENCH/contracts
# The goal runs from a directory without a pom.xml, so that it runs once (validate works without a
# project) and not once per module of this repository's reactor.
WORK=$BENCH/validate-work
RESULTS=$BENCH/validate-results.tsv
mkdir -p "$WORK"

python3 "$ROOT/bench/gen-contracts.py" --count "$COUNT" --seed "$SEED" --out "$CONTRACTS" --clean

# goal_time LOG: the goal's own time from its summary line, or "-".
goal_time() {
  local goal
  goal=$(sed -nE 's/.*\[INFO\] Validated .* in ([0-9]+\.[0-9]+) s: .*/\1/p' "$1" | tail -n 1)
  echo "${goal:--}"
}

# measure LABEL CMD...: runs CMD in $WORK and prints "wall_seconds<TAB>peak_rss_kib<TAB>goal_seconds".
if /usr/bin/time -v true >/dev/null 2>&1; then
  measure() {
    local label=$1 out=$BENCH/time-$1.txt log=$BENCH/$1.log
    shift
    if ! (cd "$WORK" && /usr/bin/time -v -o "$out" "$@" </dev/null >"$log" 2>&1); then
      echo "run '$label' failed: $*" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
      /Maximum resident set size/ { rss = $2 }
      END { printf "%.2f\t%d", wall, rss }' "$out"
    printf '\t%s\n' "$(goal_time "$log")"
  }
else
  measure() {
    local label=$1 log=$BENCH/$1.log
    shift
    (cd "$WORK" && python3 - "$log" "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
with open(sys.argv[1], "wb") as log:
    code = subprocess.call(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
wall = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
if sys.platform == "darwin":
    rss //= 1024  # bytes on macOS, KiB on Linux
if code != 0:
    sys.exit(code)
print(f"{wall:.2f}\t{rss}", end="")
PY
    ) || { echo "run '$label' failed: $*" >&2; tail -n 20 "$log" >&2; return 1; }
    printf '\t%s\n' "$(goal_time "$log")"
  }
fi

# -B, not -q: the goal's summary line (with its own time) is an INFO line.
# shellcheck disable=SC2086 # MVN_ARGS is a list of words on purpose
validate=("$ROOT/mvnw" -B "$PLUGIN:validate" "-Dmesh.contracts=$CONTRACTS" $MVN_ARGS)

fail_hint() {
  echo "The validate goal failed. Is the plugin installed? Run './mvnw -q install -DskipTests' first" >&2
  echo "(or install into a private repository and pass MVN_ARGS=-Dmaven.repo.local=...)." >&2
  exit 1
}

for ((i = 1; i <= WARMUP; i++)); do
  measure "warmup-$i" "${validate[@]}" >/dev/null || fail_hint
done

printf 'run\twall_s\tpeak_rss_kib\tgoal_s\n' >"$RESULTS"
if [[ $BASELINE == 1 ]]; then
  # shellcheck disable=SC2086
  line=$(measure baseline "$ROOT/mvnw" -q --version $MVN_ARGS)
  printf 'baseline\t%s\n' "$line" >>"$RESULTS"
fi
for ((i = 1; i <= RUNS; i++)); do
  line=$(measure "run-$i" "${validate[@]}") || fail_hint
  printf 'run-%d\t%s\n' "$i" "$line" >>"$RESULTS"
done

echo "mesh:validate over $COUNT contracts ($CONTRACTS), $RUNS runs:"
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])][1:]
runs = [(float(w), int(r), float(g)) for name, w, r, g in rows if name.startswith("run-")]
for name, wall, rss, goal in rows:
    print(f"  {name:<9} wall {float(wall):7.2f} s   peak RSS {int(rss) / 1024:8.1f} MiB   goal {goal} s")
print(f"  median wall {statistics.median(w for w, _, _ in runs):.2f} s, "
      f"median goal {statistics.median(g for _, _, g in runs):.3f} s, "
      f"max peak RSS {max(r for _, r, _ in runs) / 1024:.1f} MiB")
PY
echo "results: $RESULTS"
