#!/usr/bin/env bash
# Benchmark (issue 5): cold start of the generated Lambda handler against a minimal hand-written handler doing the
# same query, and the size of the deployment jar.
#
# Cold start = wall time from launching the JVM to the first handled request: load the handler class by name,
# construct it (Athena client, page-token key), answer GET /pos_transactions/{transaction_id}/{line_number}.
# Both handlers run from the same deployment jar, with the same JVM flags (the SAM template's JAVA_TOOL_OPTIONS),
# against the same local Athena (moto_server on 127.0.0.1, one canned result per run), alternating, RUNS times each;
# the medians are compared.
#
# Settings (environment): RUNS=15   JAVA=java   JVM_FLAGS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
#                         BUILD=1 (0: use the jar already in sample-domain/sales-lambda/target)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-15}
JAVA=${JAVA:-java}
JVM_FLAGS=${JVM_FLAGS:-"-XX:+TieredCompilation -XX:TieredStopAtLevel=1"}
BUILD=${BUILD:-1}
OUT=$ROOT/target/bench/coldstart
JAR=$ROOT/sample-domain/sales-lambda/target/sales-lambda-deployment.jar
GENERATED=com.acme.sales.api.pos_transactions.PosTransactionsHandler

if [[ $BUILD == 1 || ! -f $JAR ]]; then
  (cd "$ROOT" && ./mvnw -B -q -pl mesh-maven-plugin,sample-domain/sales-lambda -am package -DskipTests \
      -Dinvoker.skip=true)
fi
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -q -d "$OUT/classes" -cp "$JAR" "$ROOT"/bench/coldstart/*.java 2>/dev/null \
  || javac -d "$OUT/classes" -cp "$JAR" "$ROOT"/bench/coldstart/*.java
CP="$JAR:$OUT/classes"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$PORT" >"$OUT/moto.log" 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/moto-api/" >/dev/null && break; sleep 0.1; done

ROW='{"Data":[{"VarCharValue":"2025-03-01"},{"VarCharValue":"S0007-R03-20250301-000124"},{"VarCharValue":"1"},
{"VarCharValue":"2025-03-01 19:37:11.000"},{"VarCharValue":"S0007"},{"VarCharValue":"BEV-100245"},
{"VarCharValue":"6"},{"VarCharValue":"4.99"},{"VarCharValue":"2.99"},{"VarCharValue":"26.95"},
{"VarCharValue":"4.49"},{"VarCharValue":"EUR"},{"VarCharValue":"card"},{"VarCharValue":"LOYAL-10"},{},
{"VarCharValue":"2025-03-02 03:36:21.000"}]}'
HEADER='{"Data":[{"VarCharValue":"c"}]}'
queue_result() {
  curl -sf -X POST "http://127.0.0.1:$PORT/moto-api/static/athena/query-results" \
    -H 'content-type: application/json' -d "{\"results\":[{\"rows\":[$HEADER,$ROW]}]}" >/dev/null
}

run() { # handler class [extra JVM flags] -> milliseconds from JVM launch to first response
  queue_result
  local start end status
  start=$(date +%s%N)
  read -r end status _ < <(env AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_REGION=us-east-1 \
      AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_LAMBDA_FUNCTION_NAME=bench \
      MESH_PAGE_TOKEN_KEY=bench-page-token-key MESH_ATHENA_OUTPUT_LOCATION=s3://bench/results/ \
      "$JAVA" $JVM_FLAGS ${2:-} -cp "$CP" ColdStart "$1" 2>>"$OUT/stderr.log")
  [[ $status == 200 ]] || { echo "handler $1 answered $status" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

run "$GENERATED" >/dev/null; run HandWrittenHandler >/dev/null   # warm the disk cache
: >"$OUT/generated.txt"; : >"$OUT/handwritten.txt"
for _ in $(seq 1 "$RUNS"); do
  run "$GENERATED" >>"$OUT/generated.txt"
  run HandWrittenHandler >>"$OUT/handwritten.txt"
done
G=$(median <"$OUT/generated.txt"); H=$(median <"$OUT/handwritten.txt")
GMIN=$(sort -n "$OUT/generated.txt" | head -1); HMIN=$(sort -n "$OUT/handwritten.txt" | head -1)
# classes loaded up to the first response: a measure that machine load does not blur
run "$GENERATED" "-Xlog:class+load:file=$OUT/generated-classes.log" >/dev/null
run HandWrittenHandler "-Xlog:class+load:file=$OUT/handwritten-classes.log" >/dev/null
GC=$(wc -l <"$OUT/generated-classes.log"); HC=$(wc -l <"$OUT/handwritten-classes.log")
SIZE=$(stat -c %s "$JAR")
echo "cold start to first response, median of $RUNS ($JVM_FLAGS, $("$JAVA" -version 2>&1 | head -1)):"
echo "  generated handler     ${G} ms   (runs: $(tr '\n' ' ' <"$OUT/generated.txt"))"
echo "  hand-written handler  ${H} ms   (runs: $(tr '\n' ' ' <"$OUT/handwritten.txt"))"
awk -v g="$G" -v h="$H" -v gm="$GMIN" -v hm="$HMIN" 'BEGIN {
  printf "  ratio                 %.2fx of the medians, %.2fx of the fastest runs (target <= 1.30x)\n", g / h, gm / hm }'
awk -v g="$GC" -v h="$HC" 'BEGIN { printf "classes loaded          %d generated, %d hand-written (%.2fx)\n", g, h, g / h }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v s="$SIZE" 'BEGIN { printf "deployment jar          %.1f MB (%d bytes; target < 20 MB)\n", s / 1048576, s }'
