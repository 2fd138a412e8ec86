#!/usr/bin/env bash
# Figures for the history store and the sameness rule (not a test):
#   bench/history-bench.sh [replies] [pg-jdbc-url] [pg-replies]
# BENCH_JAVA_OPTS passes options such as -DskipRecall=true or -Dexisting=FILE (see HistoryBench).
# The load average is printed before and after: on a shared machine, read wall times beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
echo "before: $(uptime)"
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/classes:$(cat target/bench.classpath)" bench/HistoryBench.java "$@"
echo "after: $(uptime)"
