#!/usr/bin/env bash
# One draft through the whole CLI, as a user runs it: the median wall time of RUNS (default 20)
# runs of `echo DRAFT | ./replylint check`, beside `java -version` of the same JDK in the same run
# (the floor: a JVM that starts and does nothing) and plain `java -jar target/replylint.jar check`
# (no class-data archive). The three are interleaved run by run, so a busy machine slows all alike.
#
# JDKs: JDKS="home1 home2 ...", else the `java` on the PATH and a JDK 25 (JDK25_HOME, else
# /usr/lib/jvm/temurin-25-jdk*) when there is one. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
draft=${DRAFT:-"OMG this is NOT our fault :( we fixed it"}

if [ -z "${JDKS:-}" ]; then
  JDKS=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  jdk25=${JDK25_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -n 1 || true)}
  if [ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ] && [ "$jdk25" != "$JDKS" ]; then
    JDKS="$JDKS $jdk25"
  fi
fi
[ -f target/replylint.jar ] || mvn -q -DskipTests package

now_us() { date +%s%6N; }

# Wall time of one run in microseconds; the command's exit code (1 = findings) does not matter.
time_us() {
  local start end
  start=$(now_us)
  "$@" > /dev/null 2>&1 <<< "$draft" || true
  end=$(now_us)
  echo $((end - start))
}

median_ms() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

echo "One draft through the CLI: median wall time of $runs runs ($(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
echo
echo "| JDK | \`java -version\` | \`./replylint check\` | ratio | \`java -jar\` (no archive) |"
echo "|---|---:|---:|---:|---:|"
for home in $JDKS; do
  version=$("$home/bin/java" -version 2>&1 | head -n 1 | sed 's/.*version "\([^"]*\)".*/\1/')
  # Make sure the launcher's archive for this JDK exists, so no timed run records it.
  JAVA_HOME=$home REPLYLINT_ARCHIVE=prepare ./replylint
  floor=() launcher=() plain=()
  for _ in $(seq "$runs"); do
    floor+=("$(time_us "$home/bin/java" -version)")
    launcher+=("$(JAVA_HOME=$home time_us ./replylint check)")
    plain+=("$(time_us "$home/bin/java" -jar target/replylint.jar check)")
  done
  f=$(printf '%s\n' "${floor[@]}" | median_ms)
  l=$(printf '%s\n' "${launcher[@]}" | median_ms)
  p=$(printf '%s\n' "${plain[@]}" | median_ms)
  ratio=$(awk -v l="$l" -v f="$f" 'BEGIN { printf "%.1f×", l / f }')
  echo "| $version | $f ms | $l ms | $ratio | $p ms |"
done
