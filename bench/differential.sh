#!/usr/bin/env bash
# The differential check for speed work: every finding of the default policy over the brand
# replies of ../shared/data/twcs-sample.csv (SAMPLE=FILE), each reply alone and with the customer's
# post, written to target/bench/findings-LABEL.tsv; with a second label, every finding that differs
# between the two dumps. Typical use: `bench/differential.sh before` on the old commit, then
# `bench/differential.sh after before` on the new one. RULES=a,b limits the policy to those rules.
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:?usage: bench/differential.sh LABEL [COMPARE-WITH-LABEL]}
sample=${SAMPLE:-../shared/data/twcs-sample.csv}
mvn -q -Pbench -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
classpath="target/bench-classes:target/classes:$(cat target/bench/classpath.txt)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -cp "$classpath" -Dreplylint.bench.sample="$sample" -Dreplylint.bench.rules="${RULES:-default}" \
  dev.replylint.bench.FindingsDump "target/bench/findings-$label.tsv"
if [ $# -ge 2 ]; then
  other="target/bench/findings-$2.tsv"
  if diff "$other" "target/bench/findings-$label.tsv" > "target/bench/findings-$2-vs-$label.diff"; then
    echo "no finding changed between $2 and $label"
  else
    echo "findings changed between $2 (<) and $label (>):"
    cat "target/bench/findings-$2-vs-$label.diff"
    exit 1
  fi
fi
