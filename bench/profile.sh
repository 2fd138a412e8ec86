#!/usr/bin/env bash
# Where the time goes: CpuThroughput on 1 thread under Java Flight Recorder (execution samples,
# deep stacks), then WhereTimeGoes's summary of the samples inside Linter.lint: the share under
# each rule and under each costly analysis. RULES=a,b profiles only those rules of the default
# policy; SECONDS_PER_RUN (default 10) sets the measured stretch; SAMPLE=FILE as in throughput.sh.
# The recording is kept in target/bench/profile.jfr for `jfr print` / `jfr summary` or JMC.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${SAMPLE:-../shared/data/twcs-sample.csv}
mvn -q -Pbench -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
classpath="target/bench-classes:target/classes:$(cat target/bench/classpath.txt)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -XX:FlightRecorderOptions:stackdepth=1024 \
  -XX:StartFlightRecording=filename=target/bench/profile.jfr,settings=profile \
  -cp "$classpath" -Dreplylint.bench.sample="$sample" -Dreplylint.bench.rules="${RULES:-default}" \
  dev.replylint.bench.CpuThroughput "${SECONDS_PER_RUN:-10}" 1 2>/dev/null | grep -v '^\[' 
echo
"$java" -cp "$classpath" dev.replylint.bench.WhereTimeGoes target/bench/profile.jfr
