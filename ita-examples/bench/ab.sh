#!/usr/bin/env bash
# Two builds (or one build with two sets of JVM options) against each other: `ita batch` as fresh
# processes, in pairs, the order within a pair alternating (A then B, then B then A), so that each
# pair's two runs are seconds apart and neither build always runs first.
#
# Usage (from anywhere):
#   ita-examples/bench/ab.sh [options] A.jar B.jar DIR
#
#   A.jar, B.jar         the two builds (the same file twice to compare JVM options)
#   DIR                  a batch directory, e.g. the national batch of docs/performance.md
#   -n, --pairs N        pairs of runs (default 10)
#   --format F           json (default), csv, md, html or xlsx
#   --edition ID         the edition of the batch (default ita-2568)
#   --flags-a "OPTS"     JVM options for A's runs (an experiment, e.g. -XX:FreqInlineSize=50)
#   --flags-b "OPTS"     JVM options for B's runs
#
# Each pair's line shows both runs' wall and CPU time. At the end: the medians, the ratio of the
# medians B / A, the median of the ratios within each pair, in how many pairs B took less, for wall
# and CPU time; and whether the two builds wrote the same bytes (cmp of the last outputs). Needs
# bash, coreutils and java only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pairs=10
format=json
edition=ita-2568
flags_a=
flags_b=
args=()

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
    case $1 in
        -n|--pairs) pairs=$2; shift 2 ;;
        --format) format=$2; shift 2 ;;
        --edition) edition=$2; shift 2 ;;
        --flags-a) flags_a=$2; shift 2 ;;
        --flags-b) flags_b=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        -*) echo "unknown option $1" >&2; usage 2 >&2 ;;
        *) args+=("$1"); shift ;;
    esac
done
[ ${#args[@]} -eq 3 ] || { echo "give A.jar, B.jar and a batch directory" >&2; usage 2 >&2; }
jar_a=${args[0]}; jar_b=${args[1]}; dir=${args[2]}
for f in "$jar_a" "$jar_b"; do [ -f "$f" ] || { echo "no $f" >&2; exit 2; }; done
[ -d "$dir" ] || { echo "no directory $dir" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ita-ab.XXXXXX")
trap 'rm -rf "$work"' EXIT
cpus=$(nproc)
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
# shellcheck source=lib.sh
. "$here/lib.sh"
declare -A runs cpu_runs
names=()

one() { # A|B
    local jar=$jar_a flags=$flags_a
    [ "$1" = B ] && { jar=$jar_b; flags=$flags_b; }
    # shellcheck disable=SC2086
    run "$1" java -Xmx256m $flags -jar "$jar" batch "$dir" --edition "$edition" --format "$format" --out "$work/$1.$format"
}

echo "A: $jar_a ${flags_a:+($flags_a)}"
echo "B: $jar_b ${flags_b:+($flags_b)}"
echo "batch $dir, edition $edition, --format $format, $pairs pairs, $cpus CPUs"
for ((k = 1; k <= pairs; k++)); do
    echo "pair $k"
    if (( k % 2 )); then one A; one B; else one B; one A; fi
done

echo
for what in wall cpu; do
    if [ $what = wall ]; then a=${runs[A]}; b=${runs[B]}; else a=${cpu_runs[A]}; b=${cpu_runs[B]}; fi
    ma=$(median $a); mb=$(median $b)
    less=0
    va=($a); vb=($b)
    for ((k = 0; k < ${#va[@]}; k++)); do (( vb[k] < va[k] )) && less=$((less + 1)); done
    printf '%-4s medians A %s s, B %s s; B / A %s; within pairs %s; B less in %d of %d\n' "$what" "$(secs "$ma")" \
        "$(secs "$mb")" "$(ratio $(( (mb * 1000 + ma / 2) / ma )))" "$(ratio "$(pair_ratio "$a" "$b")")" "$less" "${#va[@]}"
done
if cmp -s "$work/A.$format" "$work/B.$format"; then echo "outputs: the same bytes"; else echo "outputs: DIFFERENT"; fi
