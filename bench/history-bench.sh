#!/usr/bin/env bash
# Figures for the history store and the sameness rule (not a test): bench/history-bench.sh [replies] [pg-jdbc-url] [pg-replies]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" bench/HistoryBench.java "$@"
