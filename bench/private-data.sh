#!/usr/bin/env bash
# private-data benchmark and corpus report (see src/test/java/dev/replylint/bench/PrivateDataBench.java).
# Usage: bench/private-data.sh [default|strict] [--show]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.replylint.bench.PrivateDataBench "$@"
