# Sourced by the benchmark scripts: what one answer costs in CPU, for the HSS and for PostgreSQL, so that
# a lab can size hardware and the next optimisation has a number to move (RESULTS.md).
#
# with_request_cost <command ...>: runs the load generator command (its output passes through), reading
# /proc before and after it: CPU time (user + system) of the HSS process ($hss, set by start_fresh_hss)
# and of every PostgreSQL process under it (the embedded server is the HSS's child: backends, WAL writer,
# checkpointer, the rest), and PostgreSQL's committed transactions (pg_stat_database, through psql when
# it is installed). Divided by the answers the load generator counted over its whole run (warm-up
# included, as the /proc window is), it prints microseconds of CPU per answer and commits per second.
# Processes that end during the run are counted through their parent's cutime/cstime. The machine's
# busy CPU over the same window (/proc/stat) gives the rest: on one box that is mostly the load
# generator, which shares the cores with the HSS and PostgreSQL, and a machine busy near 100 % means
# the figures measure the box, not the HSS. The HSS's JIT compiler threads are shown apart (part of its
# figure): a fresh JVM under a mix of commands compiles for a minute or two, and a run inside that
# time measures the compiler as much as the request path (RESULTS.md, 2026-12-03).

machine_line() {
  local hss_java=""
  [ -z "${HSS_BENCH_JAVA:-}" ] || hss_java=", HSS on $("$HSS_BENCH_JAVA" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(java -version 2>&1 | head -1)$hss_java, commit $(git rev-parse --short HEAD)"
}

# CPU ticks (user + system, plus reaped children for PostgreSQL) by role: "hss backends walwriter checkpointer other"
_cost_ticks() {
  local hss_ticks role p stat cmd
  declare -A by=([backends]=0 [walwriter]=0 [checkpointer]=0 [other]=0)
  hss_ticks=$(awk '{print $14 + $15}' "/proc/$hss/stat")
  for p in $(_cost_descendants "$hss"); do
    stat=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null) || continue
    cmd=$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null) || continue
    case "$cmd" in
      *walwriter*) role=walwriter ;;
      *checkpointer*) role=checkpointer ;;
      *"postgres: hss "*|*"postgres: postgres "*) role=backends ;;
      *) role=other ;;
    esac
    by[$role]=$(( ${by[$role]} + stat ))
  done
  echo "$hss_ticks ${by[backends]} ${by[walwriter]} ${by[checkpointer]} ${by[other]}"
}

_cost_descendants() {
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$c"
    _cost_descendants "$c"
  done
}

# CPU ticks of the HSS's JIT compiler threads alive now (a compiler thread that ended is not counted).
_jit_ticks() {
  local t sum=0
  for t in /proc/"$hss"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) sum=$(( sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0) )) ;;
    esac
  done
  echo "$sum"
}

# Busy and total ticks of the whole machine (/proc/stat: all but idle and iowait; steal counts as busy).
_machine_ticks() {
  awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t}' /proc/stat
}

# Committed transactions in every database of the embedded server, or "-" without psql.
_cost_commits() {
  local socket port password
  command -v psql >/dev/null 2>&1 || { echo "-"; return; }
  socket=$(find "$work/db" -name '.s.PGSQL.*' -not -name '*.lock' 2>/dev/null | head -1) || true
  password=$(sed -n 's/^postgres=//p' "$(find "$work/db" -name postgres-passwords.properties | head -1)" 2>/dev/null) || true
  [ -n "$socket" ] && [ -n "$password" ] || { echo "-"; return; }
  port=${socket##*.}
  PGPASSWORD=$password psql -qtA -h "$(dirname "$socket")" -p "$port" -U postgres -d postgres \
    -c "SELECT sum(xact_commit) FROM pg_stat_database" 2>/dev/null || echo "-"
}

with_request_cost() {
  local out before after c0 c1 t0 t1 answers tick seconds m0 m1 j0 j1
  out=$(mktemp "$work/loadgen.XXXXXX")
  tick=$(getconf CLK_TCK)
  before=$(_cost_ticks); m0=$(_machine_ticks); j0=$(_jit_ticks); c0=$(_cost_commits); t0=$(date +%s.%N)
  "$@" | tee "$out"
  sleep 1 # PostgreSQL publishes its statistics at most once a second
  after=$(_cost_ticks); m1=$(_machine_ticks); j1=$(_jit_ticks); c1=$(_cost_commits); t1=$(date +%s.%N)
  answers=$(sed -n 's/^result codes (whole run): {\(.*\)}/\1/p' "$out" | tr ',' '\n' | awk -F= '{s += $2} END {print s + 0}')
  seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
  awk -v b="$before" -v a="$after" -v n="$answers" -v tick="$tick" -v c0="$c0" -v c1="$c1" -v s="$seconds" -v m0="$m0" -v m1="$m1" -v j0="$j0" -v j1="$j1" 'BEGIN {
    split(b, x, " "); split(a, y, " "); split(m0, p, " "); split(m1, q, " ")
    if (n == 0) { print "request cost: no answers counted"; exit }
    us = 1000000 / tick / n
    hss = (y[1] - x[1]) * us; be = (y[2] - x[2]) * us; wal = (y[3] - x[3]) * us
    ckp = (y[4] - x[4]) * us; oth = (y[5] - x[5]) * us
    printf "request cost over %s s, %d answers (CPU microseconds per answer; /proc, %d ticks/s):\n", s, n, tick
    print "| HSS (of which JIT compilers) | PostgreSQL backends | WAL writer | checkpointer | other PostgreSQL | total | commits/s | commits per answer | rest of the machine (load generator) | machine busy |"
    print "|---|---|---|---|---|---|---|---|---|---|"
    commits = (c0 == "-" || c1 == "-") ? "-" : sprintf("%.0f", (c1 - c0) / s)
    per = (c0 == "-" || c1 == "-") ? "-" : sprintf("%.3f", (c1 - c0) / n)
    total = hss + be + wal + ckp + oth
    rest = (q[1] - p[1]) * us - total; if (rest < 0) rest = 0
    busy = (q[2] > p[2]) ? sprintf("%.0f %%", 100 * (q[1] - p[1]) / (q[2] - p[2])) : "-"
    jit = (j1 > j0) ? (j1 - j0) * us : 0
    printf "| %.1f (%.1f) | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %.1f | %s |\n", hss, jit, be, wal, ckp, oth, total, commits, per, rest, busy
  }'
}
