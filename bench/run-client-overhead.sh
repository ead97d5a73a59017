#!/usr/bin/env bash
# Benchmark: overhead per request of the generated Java client (sample-domain/sales-client) against the same
# request made by hand with java.net.http and Jackson, on one local HTTP server (issue 5; target <= 1.1x).
#
# Builds sales-client (and what it needs) in this checkout, then runs bench/client-overhead/ClientOverheadBench.java
# with the client jar and its runtime dependencies. Exits non-zero when the ratio is above MAX_RATIO.
# The JDK server runs with TCP_NODELAY (sun.net.httpserver.nodelay): without it, delayed ACKs add ~40 ms
# to every keep-alive request and hide what is measured.
#
# Settings (environment):
#   ROWS=20        rows per page            REQUESTS=250    requests per round
#   ROUNDS=41      timed rounds (medians)   MAX_RATIO=1.1   the ratio to stay under
#   JAVA_OPTS=     extra JVM flags          MVN_ARGS=       extra Maven arguments, e.g. -o
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${ROWS:-20}
REQUESTS=${REQUESTS:-250}
ROUNDS=${ROUNDS:-41}
MAX_RATIO=${MAX_RATIO:-1.1}
JAVA_OPTS=${JAVA_OPTS:-}
MVN_ARGS=${MVN_ARGS:-}
OUT=$ROOT/target/bench/client-overhead
mkdir -p "$OUT"

cd "$ROOT"
# shellcheck disable=SC2086
./mvnw -B -q $MVN_ARGS -pl sample-domain/sales-client -am package -DskipTests -Dinvoker.skip=true
# shellcheck disable=SC2086
./mvnw -B -q $MVN_ARGS -pl sample-domain/sales-client dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$OUT/classpath.txt"
CLASSPATH_JARS="sample-domain/sales-client/target/sales-client-0.1.0-SNAPSHOT.jar:$(cat "$OUT/classpath.txt")"

javac -proc:none -d "$OUT/classes" -cp "$CLASSPATH_JARS" bench/client-overhead/ClientOverheadBench.java
# shellcheck disable=SC2086
java -Dsun.net.httpserver.nodelay=true $JAVA_OPTS -Drows="$ROWS" -Drequests="$REQUESTS" -Drounds="$ROUNDS" -DmaxRatio="$MAX_RATIO" \
    -cp "$OUT/classes:$CLASSPATH_JARS" ClientOverheadBench
