#!/usr/bin/env bash
# Every figure of README "Performance", from the repository root on a fresh machine (JDK 17+,
# Maven): builds replylint, then start-up (bench/startup.sh) and engine throughput
# (bench/throughput.sh). Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package
bench/startup.sh
echo
bench/throughput.sh
