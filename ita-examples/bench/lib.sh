# Helpers of the bench scripts (sourced by cold.sh and ab.sh): times in integer milliseconds.
# The caller sets work (a scratch directory), cpus and hz, and declares: declare -A runs; names=()

# "12.345" (at most 3 decimals) -> 12345
ms() { local s=$1 i f; i=${s%%.*}; f=000; [ "$s" != "$i" ] && f=${s#*.}000; echo $(( 10#$i * 1000 + 10#${f:0:3} )); }
# 12345 -> "12.345"
secs() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }
# 1234 (a ratio times 1000) -> "1.234"
ratio() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }
# busy ticks of all CPUs (everything but idle and iowait)
busy() { local cpu u n s i w q sq st rest; read -r cpu u n s i w q sq st rest < /proc/stat; echo $(( u + n + s + q + sq + st )); }

# run NAME COMMAND...: runs a command as a fresh process, prints its wall and CPU time and the share of the
# CPUs other processes used meanwhile, and keeps its wall time in runs[NAME] and its CPU time in cpu_runs[NAME]
run() {
    local name=$1; shift
    local b0 b1 r u s wall cpu others
    b0=$(busy)
    TIMEFORMAT='%3R %3U %3S'
    { time "$@" > "$work/stdout" 2> "$work/stderr"; } 2> "$work/time" || {
        echo "FAILED: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    b1=$(busy)
    read -r r u s < "$work/time"
    wall=$(ms "$r"); cpu=$(( $(ms "$u") + $(ms "$s") ))
    others=$(( ( (b1 - b0) * 1000 / hz - cpu ) * 100 / (wall * cpus > 0 ? wall * cpus : 1) ))
    [ $others -lt 0 ] && others=0
    printf '  %-14s %7s s   cpu %7s s   others %3d%%\n' "$name" "$(secs "$wall")" "$(secs "$cpu")" "$others"
    [ -n "${runs[$name]+x}" ] || names+=("$name")
    runs[$name]="${runs[$name]:-} $wall"
    cpu_runs[$name]="${cpu_runs[$name]:-} $cpu"
}

median() { # values (ms) -> median (ms)
    local v n; v=($(printf '%s\n' "$@" | sort -n)); n=${#v[@]}
    if (( n % 2 )); then echo "${v[n/2]}"; else echo $(( (v[n/2-1] + v[n/2]) / 2 )); fi
}

# pair_ratio "A values" "B values" -> the median of B/A pair by pair (x1000)
pair_ratio() {
    local -a a b r
    local k
    a=($1); b=($2)
    for ((k = 0; k < ${#a[@]}; k++)); do r+=($(( (b[k] * 1000 + a[k] / 2) / a[k] ))); done
    median "${r[@]}"
}
