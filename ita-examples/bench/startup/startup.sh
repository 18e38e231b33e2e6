#!/bin/bash
# Start-up of short commands as fresh processes: runs `java -jar JAR ARGS...` for each jar in turn,
# ROUNDS times (interleaved, so that a busy machine slows every jar alike), and prints each jar's
# median and fastest wall time in milliseconds, and the median's ratio to the first jar's.
#
#   ita-examples/bench/startup/startup.sh 15 old.jar ita-examples/target/ita.jar -- editions
#   ita-examples/bench/startup/startup.sh 15 old.jar ita-examples/target/ita.jar -- audit ita-examples/src/main/resources/io/github/ita/examples/seed-001-scores.json
#
# A jar that does not exist is refused; runs that exit non-zero are counted beside the jar's line.
set -euo pipefail
rounds=$1; shift
jars=()
while [ "$1" != "--" ]; do jars+=("$1"); shift; done
shift
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "startup.sh: no such jar: $jar" >&2; exit 2; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$rounds"); do
  for i in "${!jars[@]}"; do
    start=$(date +%s%N)
    # a command may fail on purpose (to time an error's path); the failures are counted and shown
    java -jar "${jars[$i]}" "$@" > /dev/null 2>&1 || echo >> "$tmp/$i.failed"
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$tmp/$i"
  done
done
first=
for i in "${!jars[@]}"; do
  sort -n "$tmp/$i" > "$tmp/$i.sorted"
  n=$(wc -l < "$tmp/$i.sorted")
  median=$(awk -v n="$n" '{ v[NR] = $1 } END { print (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2) }' "$tmp/$i.sorted")
  fastest=$(head -1 "$tmp/$i.sorted")
  first=${first:-$median}
  failed=$( [ -f "$tmp/$i.failed" ] && echo "  ($(wc -l < "$tmp/$i.failed") of $n runs exited non-zero)" || true)
  printf '%-45s median %6s ms  fastest %5s ms  ratio %s%s\n' "${jars[$i]}" "$median" "$fastest" \
    "$(awk -v a="$median" -v b="$first" 'BEGIN { printf "%.2f", a / b }')" "$failed"
done
