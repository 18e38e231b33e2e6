#!/usr/bin/env bash
# Cold-process comparison: `ita batch` against the DuckDB baseline, each run a fresh process,
# interleaved in rounds; also the fresh-process times of `ita editions` and `ita audit`.
#
# Usage (from anywhere; paths default to this repository):
#   ita-examples/bench/cold.sh [options] DIR
#
#   DIR                  a batch directory (iit.csv, eit.csv, oit.csv, agencies.csv), e.g. the
#                        national batch of docs/performance.md
#   -n, --rounds N       rounds (default 5); each round runs every command once, in this order:
#                        ours json, DuckDB json, [UNPIVOT json], [floor json], ours csv, DuckDB csv, [UNPIVOT csv],
#                        ita editions, ita audit
#   --unpivot            also run the slower UNPIVOT form of the SQL (rollup.sql)
#   --floor              also run bench/floor/Floor.java after the JSON runs: the plainest Java program
#                        doing the same work (a lower bound for a fresh JVM; not a scorer, see its comment)
#   --edition ID         the edition of the batch (default ita-2568; a bundled id or an edition file)
#   --jar FILE           ita.jar (default ita-examples/target/ita.jar; build it with
#                        mvn -B -q package -DskipTests)
#   --duckdb-jar FILE    DuckDB's JDBC driver (default /tmp/ddb/duckdb_jdbc-1.1.3.jar, or $DUCKDB_JAR):
#                        mvn dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:1.1.3 -DoutputDirectory=/tmp/ddb
#   --audit FILE         the published result `ita audit` checks (default: the worked case of the
#                        README, ita-examples/src/main/resources/io/github/ita/examples/seed-001-scores.json)
#   --keep DIR           write the outputs to DIR and keep them (default: a temporary directory, removed)
#
# The commands timed:
#   ours     java -Xmx256m -jar ita.jar batch DIR --edition ID --format json|csv --out FILE
#   DuckDB   java -cp CLASSES:duckdb_jdbc.jar DuckDbRollup DIR 1 --form wide --edition ID --format json|csv --out FILE
#            (bench/duckdb: one wide aggregate per tool, generated from the edition; the JVM, the
#            native library and one run, writing one row per agency; compiled once before the rounds)
#   UNPIVOT  the same with --form unpivot
#   floor    java -Xmx256m -cp CLASSES Floor DIR FILE (compiled once before the rounds)
#   editions java -jar ita.jar editions
#   audit    java -jar ita.jar audit FILE
#
# Each line shows a run's wall time, its CPU time (user + system, all threads) and the share of the
# machine's CPUs other processes used meanwhile (from /proc/stat): on a shared machine that share
# decides the wall time, so rounds run while it is high are worth repeating. At the end: every run,
# the medians, the ratio of the medians ours / DuckDB for json and csv, and the median of the ratios
# within each round (its two runs seconds apart, so less moved by the machine's drift). Needs bash,
# coreutils and java only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=5
unpivot=0
floor=0
edition=ita-2568
jar=$root/ita-examples/target/ita.jar
duckjar=${DUCKDB_JAR:-/tmp/ddb/duckdb_jdbc-1.1.3.jar}
audit=$root/ita-examples/src/main/resources/io/github/ita/examples/seed-001-scores.json
keep=
dir=

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
    case $1 in
        -n|--rounds) rounds=$2; shift 2 ;;
        --unpivot) unpivot=1; shift ;;
        --floor) floor=1; shift ;;
        --edition) edition=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --duckdb-jar) duckjar=$2; shift 2 ;;
        --audit) audit=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        -*) echo "unknown option $1" >&2; usage 2 >&2 ;;
        *) dir=$1; shift ;;
    esac
done
[ -n "$dir" ] || { echo "give a batch directory" >&2; usage 2 >&2; }
[ -d "$dir" ] || { echo "no directory $dir" >&2; exit 2; }
[ -f "$jar" ] || { echo "no $jar: build it with mvn -B -q package -DskipTests" >&2; exit 2; }
[ -f "$duckjar" ] || { echo "no $duckjar: mvn dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:1.1.3 -DoutputDirectory=$(dirname "$duckjar")" >&2; exit 2; }
[ -f "$audit" ] || { echo "no $audit" >&2; exit 2; }
dir=$(cd "$dir" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/ita-cold.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=${keep:-$work/out}
mkdir -p "$out" "$work/classes"
javac -d "$work/classes" -cp "$duckjar" "$here/duckdb/DuckDbRollup.java"
[ $floor = 1 ] && javac -d "$work/classes" "$here/floor/Floor.java"
cpus=$(nproc)
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)

# shellcheck source=lib.sh
. "$here/lib.sh"
declare -A runs cpu_runs
names=()
edition_json=$edition
[ -f "$edition_json" ] || edition_json=$root/ita-core/src/main/resources/io/github/ita/edition/$edition.json
duck() { java -cp "$work/classes:$duckjar" DuckDbRollup "$dir" 1 --edition "$edition_json" --sql "$here/duckdb/rollup.sql" "$@"; }

echo "batch $dir ($(du -sh "$dir" | cut -f1)), edition $edition, $rounds rounds, $cpus CPUs, $(java -version 2>&1 | head -1)"
echo "ita: $jar"
echo "DuckDB: $duckjar"
for ((k = 1; k <= rounds; k++)); do
    echo "round $k (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    for fmt in json csv; do
        run "ours $fmt" java -Xmx256m -jar "$jar" batch "$dir" --edition "$edition" --format $fmt --out "$out/ours.$fmt"
        run "DuckDB $fmt" duck --form wide --format $fmt --out "$out/duckdb.$fmt"
        if [ $unpivot = 1 ]; then
            run "UNPIVOT $fmt" duck --form unpivot --format $fmt --out "$out/unpivot.$fmt"
        fi
        if [ $floor = 1 ] && [ $fmt = json ]; then
            run "floor json" java -Xmx256m -cp "$work/classes" Floor "$dir" "$out/floor.json"
        fi
    done
    run "ita editions" java -jar "$jar" editions
    run "ita audit" java -jar "$jar" audit "$audit"
done

echo
echo "wall times (s), every run in round order, and the median:"
declare -A med
for name in "${names[@]}"; do
    all=""
    for v in ${runs[$name]}; do all="$all $(secs "$v")"; done
    med[$name]=$(median ${runs[$name]})
    printf '  %-14s median %7s   all:%s\n' "$name" "$(secs "${med[$name]}")" "$all"
done
echo
echo "ratio of the medians (below 1.00: ours is faster):"
for fmt in json csv; do
    for other in DuckDB UNPIVOT; do
        [ -n "${med[$other $fmt]+x}" ] || continue
        r=$(( (med[ours $fmt] * 1000 + med[$other $fmt] / 2) / med[$other $fmt] ))
        printf '  ours / %-7s %-4s %d.%03d\n' "$other" "$fmt" $(( r / 1000 )) $(( r % 1000 ))
    done
done
if [ -n "${med[floor json]+x}" ]; then
    r=$(( (med[floor json] * 1000 + med[DuckDB json] / 2) / med[DuckDB json] ))
    printf '  floor / DuckDB json %d.%03d\n' $(( r / 1000 )) $(( r % 1000 ))
fi
echo
echo "median of the ratios within each round (the two runs seconds apart: less moved by the machine's drift):"
round_ratio() { # NAME OTHER -> median of NAME's run / OTHER's run, round by round (x1000)
    pair_ratio "${runs[$2]}" "${runs[$1]}"
}
for fmt in json csv; do
    for other in DuckDB UNPIVOT; do
        [ -n "${runs[$other $fmt]+x}" ] || continue
        r=$(round_ratio "ours $fmt" "$other $fmt")
        printf '  ours / %-7s %-4s %d.%03d\n' "$other" "$fmt" $(( r / 1000 )) $(( r % 1000 ))
    done
done
if [ -n "${runs[floor json]+x}" ]; then
    r=$(round_ratio "floor json" "DuckDB json")
    printf '  floor / DuckDB json %d.%03d\n' $(( r / 1000 )) $(( r % 1000 ))
fi
