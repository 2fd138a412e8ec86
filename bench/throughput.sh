#!/usr/bin/env bash
# Drafts per second through the engine (Linter.lint) in one JVM, over the brand replies of
# ../shared/data/twcs-sample.csv (or SAMPLE=FILE), with JMH (src/bench/java, Maven profile
# `bench`): the bundled default policy on 1 and 2 threads, then each rule of the default policy
# alone on 1 thread; then drafts per CPU-second (CpuThroughput), which a busy machine does not
# distort, for the default policy and for each rule alone. JMH_ARGS adds JMH options (e.g.
# "-wi 1 -i 2" for a quick look); CPU_SECONDS sets the length of each CPU-time measurement
# (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."

sample=${SAMPLE:-../shared/data/twcs-sample.csv}
if [ ! -f "$sample" ]; then
  echo "throughput: $sample not found (see ../shared/data/README.md); set SAMPLE=FILE" >&2
  exit 1
fi
mvn -q -Pbench -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
classpath="target/bench-classes:target/classes:$(cat target/bench/classpath.txt)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

run_jmh() { # threads rules
  "$java" -cp "$classpath" org.openjdk.jmh.Main LintThroughput \
    -t "$1" -p rules="$2" -jvmArgs "-Dreplylint.bench.sample=$sample" \
    -rf csv -rff "target/bench/throughput-$2-t$1.csv" ${JMH_ARGS:-} > "target/bench/throughput-$2-t$1.log" 2>&1 \
    || { cat "target/bench/throughput-$2-t$1.log" >&2; exit 1; }
  # CSV columns: Benchmark, Mode, Threads, Samples, Score, Score Error (99.9%), Unit, Param: rules
  tail -n 1 "target/bench/throughput-$2-t$1.csv" | awk -F, -v rules="$2" -v threads="$1" \
    '{ gsub(/"/, ""); printf "| %s | %s | %.0f | ± %.0f |\n", rules, threads, $5, $6 }'
}

rules=$(java -jar target/replylint.jar rules | sed -n 's/^\([a-z][a-z0-9-]*\) (\(error\|warning\|info\))$/\1/p')
echo "Drafts per second through Linter.lint over the brand replies of $sample (JMH, $(nproc) CPUs):"
echo
echo "| policy | threads | drafts/s | error (99.9%) |"
echo "|---|---:|---:|---:|"
run_jmh 1 default
run_jmh 2 default
for rule in $rules; do
  run_jmh 1 "$rule"
done

# JMH counts wall time, which a busy machine shares out; this counts the linting threads' CPU too.
echo
echo "The same, per second of wall time and per second of the linting threads' CPU time:"
echo
"$java" -cp "$classpath" -Dreplylint.bench.sample="$sample" dev.replylint.bench.CpuThroughput "${CPU_SECONDS:-10}" 1 2
echo
echo "The same with each reply's customer post (empathy, offer-privacy and help-offer read it):"
echo
"$java" -cp "$classpath" -Dreplylint.bench.sample="$sample" -Dreplylint.bench.posts=true dev.replylint.bench.CpuThroughput "${CPU_SECONDS:-10}" 1 2
echo
echo "Each rule of the default policy alone, 1 thread:"
echo
echo "| rule | drafts/s (wall) | drafts/s per CPU-second |"
echo "|---|---:|---:|"
for rule in $rules; do
  "$java" -cp "$classpath" -Dreplylint.bench.sample="$sample" -Dreplylint.bench.rules="$rule" \
    dev.replylint.bench.CpuThroughput "${CPU_SECONDS:-10}" 1 | sed -n "s/^| 1 |/| $rule |/p"
done
echo
echo "Where the time goes: bench/profile.sh (JFR samples by rule and by analysis)."
