#!/usr/bin/env bash
# Benchmark: mesh:generate (glue, avro, openapi) over N synthetic contracts, and avro-maven-plugin's schema goal
# over the same tables' .avsc files (3 per contract).
#
# For each N in COUNTS and each of RUNS rounds, one throwaway project per tool under target/bench/generate-N/:
#   mesh cold        target/ deleted, all contracts validated and generated
#   mesh no-op       the same build again: nothing changed
#   mesh one-changed one contract's first table description edited, then built
#   avro cold        avro-maven-plugin:schema into an empty target/
# Each run is a fresh `mvn` process; reported: wall time and peak RSS of that process (GNU time), the goal's own
# time from its summary line (mesh only: "... in 1.234 s"), and Maven's "Total time" (after JVM start-up).
# The summary gives the median of the RUNS rounds.
#
# Needs the plugin in the local Maven repository first. On a machine where several people share ~/.m2, use a
# private repository (the avro plugin is downloaded there from Maven Central on first use):
#   cp -r ~/.m2/repository /tmp/bench-m2     # optional seed, saves downloads
#   ./mvnw -B -q install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=/tmp/bench-m2
#   MAVEN_REPO_LOCAL=/tmp/bench-m2 bench/run-generate.sh
#
# Settings (environment):
#   COUNTS="100 1000"   contract counts           RUNS=3     timed rounds per count
#   SEED=42             generator seed            WARMUP=1   untimed cold runs of each tool first
#   MAVEN_REPO_LOCAL=   local repository (-Dmaven.repo.local)
#   MVN_ARGS=           extra Maven arguments, e.g. "-o"
#   PLUGIN_VERSION=0.1.0-SNAPSHOT   AVRO_VERSION=1.12.2
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNTS=${COUNTS:-100 1000}
RUNS=${RUNS:-3}
SEED=${SEED:-42}
WARMUP=${WARMUP:-1}
MVN_ARGS=${MVN_ARGS:-}
MAVEN_REPO_LOCAL=${MAVEN_REPO_LOCAL:-}
PLUGIN_VERSION=${PLUGIN_VERSION:-0.1.0-SNAPSHOT}
AVRO_VERSION=${AVRO_VERSION:-1.12.2}
if [[ -n $MAVEN_REPO_LOCAL ]]; then
  MVN_ARGS="$MVN_ARGS -Dmaven.repo.local=$MAVEN_REPO_LOCAL"
fi

BENCH=$ROOT/target/bench
RESULTS=$BENCH/generate-results.tsv
SUMMARY=$BENCH/generate-summary.md
mkdir -p "$BENCH"

if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "GNU time (/usr/bin/time -v) is needed for the peak RSS; install it (Debian: apt-get install time)." >&2
  exit 1
fi

# run LABEL DIR CMD...: runs CMD in DIR, its output in $BENCH/generate-logs/LABEL.log; prints
# "wall_s<TAB>peak_rss_kib<TAB>goal_s<TAB>maven_total_s" (goal_s "-" when the log has no mesh summary line).
run() {
  local label=$1 dir=$2
  shift 2
  local log=$BENCH/generate-logs/$label.log out=$BENCH/generate-logs/$label.time
  mkdir -p "$BENCH/generate-logs"
  if ! (cd "$dir" && /usr/bin/time -v -o "$out" "$@" </dev/null >"$log" 2>&1); then
    echo "run '$label' failed: $*" >&2
    tail -n 30 "$log" >&2
    echo "Is the plugin installed? See the comment at the top of $0." >&2
    exit 1
  fi
  local wall rss goal total
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$out")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out")
  goal=$(sed -nE 's/.*\[INFO\] Generated .* in ([0-9]+\.[0-9]+) s: .*/\1/p; s/.*\[INFO\] Generated files are up to date \(.*checked in ([0-9]+\.[0-9]+) s\)\./\1/p' "$log" | tail -n 1)
  total=$(sed -nE 's/.*Total time: +([0-9]+):([0-9]+) min.*/\1 \2/p; s/.*Total time: +([0-9.]+) s.*/\1/p' "$log" \
    | awk 'NF == 2 { print $1 * 60 + $2; next } { print $1 }' | tail -n 1)
  printf '%s\t%s\t%s\t%s\n' "$wall" "$rss" "${goal:--}" "${total:--}"
}

mesh_pom() { # DIR CONTRACTS
  cat >"$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>mesh-generate</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.datamesh</groupId>
        <artifactId>mesh-maven-plugin</artifactId>
        <version>$PLUGIN_VERSION</version>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <contracts>
                <contract>$2</contract>
              </contracts>
              <generators>glue,avro,openapi</generators>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

avro_pom() { # DIR AVSC
  cat >"$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>avro-schema</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.avro</groupId>
        <artifactId>avro-maven-plugin</artifactId>
        <version>$AVRO_VERSION</version>
        <executions>
          <execution>
            <phase>generate-sources</phase>
            <goals>
              <goal>schema</goal>
            </goals>
            <configuration>
              <sourceDirectory>$2</sourceDirectory>
              <outputDirectory>\${project.build.directory}/generated-sources/avro</outputDirectory>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

# change FILE ROUND: edits the first table's description, so that its Glue, Avro, OpenAPI and CloudFormation
# outputs change.
change() {
  python3 - "$1" "$2" <<'PY'
import sys
path, round_ = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
marker = "    description: One row per "
assert marker in text, path
open(path, "w", encoding="utf-8", newline="\n").write(
    text.replace(marker, f"    description: Changed in round {round_}. One row per ", 1))
PY
}

# shellcheck disable=SC2206 # MVN_ARGS is a list of words on purpose
mvn=("$ROOT/mvnw" -B $MVN_ARGS generate-sources)

printf 'count\ttool\tscenario\tround\twall_s\tpeak_rss_kib\tgoal_s\tmaven_total_s\n' >"$RESULTS"
for count in $COUNTS; do
  work=$BENCH/generate-$count
  contracts=$work/contracts
  avsc=$work/avsc
  mkdir -p "$work/mesh-project" "$work/avro-project" "$work/pristine"
  python3 "$ROOT/bench/gen-contracts.py" --count "$count" --seed "$SEED" --out "$contracts" --avsc-out "$avsc" --clean
  mesh_pom "$work/mesh-project" "$contracts"
  avro_pom "$work/avro-project" "$avsc"
  # the contract that changes: the one in the middle
  changed=$(find "$contracts" -name '*.odcs.yaml' | sort | sed -n "$(((count + 1) / 2))p")
  cp "$changed" "$work/pristine/"
  restore() { cp "$work/pristine/$(basename "$changed")" "$changed"; }

  for ((i = 1; i <= WARMUP; i++)); do
    restore
    rm -rf "$work/mesh-project/target" "$work/avro-project/target"
    run "warmup-mesh-$count-$i" "$work/mesh-project" "${mvn[@]}" >/dev/null
    run "warmup-avro-$count-$i" "$work/avro-project" "${mvn[@]}" >/dev/null
  done

  for ((r = 1; r <= RUNS; r++)); do
    restore
    rm -rf "$work/mesh-project/target"
    line=$(run "mesh-$count-cold-$r" "$work/mesh-project" "${mvn[@]}")
    printf '%s\tmesh\tcold\t%d\t%s\n' "$count" "$r" "$line" >>"$RESULTS"
    line=$(run "mesh-$count-noop-$r" "$work/mesh-project" "${mvn[@]}")
    printf '%s\tmesh\tno-op\t%d\t%s\n' "$count" "$r" "$line" >>"$RESULTS"
    change "$changed" "$r"
    line=$(run "mesh-$count-changed-$r" "$work/mesh-project" "${mvn[@]}")
    printf '%s\tmesh\tone-changed\t%d\t%s\n' "$count" "$r" "$line" >>"$RESULTS"
    grep -q "Generated glue, avro, openapi for 1 of $count contracts" "$BENCH/generate-logs/mesh-$count-changed-$r.log" \
      || { echo "the one-changed build did not regenerate exactly one contract" >&2; exit 1; }

    rm -rf "$work/avro-project/target"
    line=$(run "avro-$count-cold-$r" "$work/avro-project" "${mvn[@]}")
    printf '%s\tavro-maven-plugin\tcold\t%d\t%s\n' "$count" "$r" "$line" >>"$RESULTS"
  done
  restore
done

python3 - "$RESULTS" "$SUMMARY" <<'PY'
import collections, statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])][1:]
groups = collections.OrderedDict()
for count, tool, scenario, _round, wall, rss, goal, total in rows:
    groups.setdefault((int(count), tool, scenario), []).append(
        (float(wall), int(rss) / 1024, None if goal == "-" else float(goal), None if total == "-" else float(total)))

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

def fmt(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"

out = ["| contracts | tool | build | wall s | peak RSS MB | goal s | Maven total s |",
       "|---:|---|---|---:|---:|---:|---:|"]
medians = {}
for (count, tool, scenario), runs in groups.items():
    m = tuple(med([run[i] for run in runs]) for i in range(4))
    medians[(count, tool, scenario)] = m
    out.append(f"| {count:,} | {tool} | {scenario} | {fmt(m[0])} | {fmt(m[1], 0)} | {fmt(m[2], 3)} | {fmt(m[3])} |")
out.append("")
for count in sorted({k[0] for k in medians}):
    cold, noop = medians.get((count, "mesh", "cold")), medians.get((count, "mesh", "no-op"))
    changed, avro = medians.get((count, "mesh", "one-changed")), medians.get((count, "avro-maven-plugin", "cold"))
    if cold and noop:
        out.append(f"- {count:,} contracts: no-op / cold = {noop[0] / cold[0]:.0%} of the wall time, "
                   f"{noop[2] / cold[2]:.1%} of the goal's time; one changed / cold = {changed[2] / cold[2]:.1%} "
                   "of the goal's time.")
    if cold and avro:
        out.append(f"- {count:,} contracts: mesh cold / avro-maven-plugin cold = {cold[0] / avro[0]:.2f} (wall), "
                   f"{cold[3] / avro[3]:.2f} (Maven total time).")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
echo "results: $RESULTS, summary: $SUMMARY, logs: $BENCH/generate-logs/"
