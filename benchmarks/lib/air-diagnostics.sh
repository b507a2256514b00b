# Sourced by s6a-air.sh: with HSS_BENCH_DIAG=<directory>, the instruments that say which stage holds
# an AIR's tail, kept in that directory after the run:
#   hss-gc.log, loadgen-gc.log  every GC pause and safepoint of the HSS and of the load generator
#                               (wall-clock time stamps, to line up with loadgen.txt's seconds)
#   loadgen.txt                 the load generator's output with the wall-clock second of each line
#   server.txt                  the HSS's own view of the measured run (benchmarks/server-summary.sh):
#                               server-side p50/p99 per command, storage reserve p50/p99
#   postgres.txt                PostgreSQL's side: checkpoints and WAL syncs during the run
#                               (pg_stat_checkpointer, pg_stat_wal with track_wal_io_timing), and every
#                               statement slower than 5 ms, every checkpoint and autovacuum from its log,
#                               and how many of the subscribers' row updates were HOT (same page)
#   hss.log                     the HSS's log
#   sched.txt                   with HSS_BENCH_DIAG_SCHED=<seconds> and perf installed: how long threads
#                               that were ready to run waited for a core (perf sched), by process
#                               (HSS, its PostgreSQL, the load generator, everything else) and thread,
#                               over that many seconds from the 5th measured second; and fsync.txt:
#                               every WAL flush (fdatasync/fsync) PostgreSQL made in those seconds and
#                               how long each took (perf trace): a commit waits for at least one
# The instruments read what holds under a noisy shared machine (pauses, counts, per-stage times),
# where the client p99 alone moves with every other process on the cores.

diag_dir=${HSS_BENCH_DIAG:-}

# JVM options that write a GC and safepoint log for <name> into the diagnostics directory, or nothing.
diag_gc_opts() {
  [ -n "$diag_dir" ] || return 0
  echo "-Xlog:gc,safepoint:file=$diag_dir/$1-gc.log:time,uptime,level,tags"
}

_diag_psql() {
  local socket password
  socket=$(find "$work/db" -name '.s.PGSQL.*' -not -name '*.lock' 2>/dev/null | head -1) || true
  password=$(sed -n 's/^postgres=//p' "$(find "$work/db" -name postgres-passwords.properties | head -1)" 2>/dev/null) || true
  [ -n "$socket" ] && [ -n "$password" ] || return 1
  PGPASSWORD=$password psql -qtA -F ' ' -h "$(dirname "$socket")" -p "${socket##*.}" -U postgres -d postgres -c "$1"
}

# Before the measured load: slow-statement, checkpoint and autovacuum logging on, WAL timing on,
# PostgreSQL's counters and the HSS's metrics snapshotted.
diag_before() {
  [ -n "$diag_dir" ] || return 0
  mkdir -p "$diag_dir"
  command -v psql >/dev/null 2>&1 && {
    _diag_psql "ALTER SYSTEM SET log_min_duration_statement = '5ms'" >/dev/null
    _diag_psql "ALTER SYSTEM SET log_checkpoints = on" >/dev/null
    _diag_psql "ALTER SYSTEM SET log_autovacuum_min_duration = 0" >/dev/null
    _diag_psql "ALTER SYSTEM SET track_wal_io_timing = on" >/dev/null
    _diag_psql "SELECT pg_reload_conf()" >/dev/null
    _diag_psql "SELECT num_timed, num_requested, write_time, sync_time, buffers_written FROM pg_stat_checkpointer" >"$diag_dir/.ckpt0"
    _diag_psql "SELECT wal_records, wal_fpi, wal_bytes, wal_write, wal_sync, wal_write_time, wal_sync_time FROM pg_stat_wal" >"$diag_dir/.wal0"
    _diag_psql "SELECT n_tup_upd, n_tup_hot_upd, pg_relation_size('hss.subscribers') / 8192 FROM pg_stat_user_tables WHERE relid = 'hss.subscribers'::regclass" >"$diag_dir/.hot0"
  }
  curl -sf "http://127.0.0.1:$http/metrics" >"$diag_dir/.metrics0" || true
  date -u +%H:%M:%S >"$diag_dir/.t0"
  if [ -n "${HSS_BENCH_DIAG_SCHED:-}" ] && command -v perf >/dev/null 2>&1; then
    (
      sleep $((warmup + 5))
      pids=$(_cost_descendants "$hss" | paste -sd, -)
      timeout -s INT "$HSS_BENCH_DIAG_SCHED" perf trace -e fdatasync,fsync -p "$pids" -o "$diag_dir/.fsync.txt" >/dev/null 2>&1 &
      perf sched record -o "$diag_dir/.sched.data" -- sleep "$HSS_BENCH_DIAG_SCHED" >/dev/null 2>&1
      wait
      _diag_fsync >"$diag_dir/fsync.txt" 2>&1
      _diag_sched >"$diag_dir/sched.txt" 2>&1
      rm -f "$diag_dir/.sched.data"
    ) &
    diag_sched_job=$!
  fi
}

# PostgreSQL's flushes in the traced seconds: how many per second, and their durations.
_diag_fsync() {
  sed -n 's/^ *[0-9.]* ( *\([0-9.]*\) ms): .*\(fdatasync\|fsync\)(.*/\1/p' "$diag_dir/.fsync.txt" | sort -n | awk -v s="$HSS_BENCH_DIAG_SCHED" '
    { a[++n] = $1 }
    END {
      if (n == 0) { print "no flush traced"; exit }
      printf "PostgreSQL flushes (fdatasync/fsync) over %d s: %d (%.0f/s), p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", s, n, n / s, a[int(n * 0.5) + 1], a[int(n * 0.9) + 1], a[int(n * 0.99) + 1], a[n]
    }'
  rm -f "$diag_dir/.fsync.txt"
}

# Scheduling delay (ready to run -> running) per process role and thread name, from perf sched timehist.
_diag_sched() {
  local pg_pids loadgen_pid
  pg_pids=$(_cost_descendants "$hss" | tr '\n' ' ')
  loadgen_pid=$(pgrep -f -n "hss.jar loadgen --port $port" || echo 0)
  echo "| process | threads | switches in | sched delay p50 us | p99 us | p99.9 us | max us |"
  echo "|---|---|---|---|---|---|---|"
  (perf sched timehist -i "$diag_dir/.sched.data" 2>/dev/null | awk -v hss="$hss" -v pg=" $pg_pids " -v lg="$loadgen_pid" '
    NR > 3 && /\[[0-9]+(\/[0-9]+)?\]/ {
      task = $0; sub(/^ *[0-9.]+ +\[[0-9]+\] +/, "", task); sub(/ +[0-9.]+ +[0-9.]+ +[0-9.]+ *$/, "", task)
      n = split(task, parts, "[")
      comm = parts[1]; ids = parts[n]; sub(/\]$/, "", ids); split(ids, tp, "/"); pid = tp[2] == "" ? tp[1] : tp[2]
      delay = $(NF - 1) * 1000
      role = pid == hss ? "HSS" : (index(pg, " " pid " ") ? "PostgreSQL" : (pid == lg ? "load generator" : "other"))
      if (role != "other") { gsub(/#?[0-9]+$/, "", comm); gsub(/-[0-9]+$/, "", comm) }
      else comm = "*"
      printf "%s\t%.0f\n", role " | " comm, delay
    }' | sort -t "$(printf '\t')" -k1,1 -k2,2n | awk -F '\t' '
    function flush() {
      if (m == 0) return
      printf "| %s | %d | %.0f | %.0f | %.0f | %.0f |\n", g, m, a[int(m * 0.5) + 1], a[int(m * 0.99) + 1], a[int(m * 0.999) + 1], a[m]
    }
    $1 != g { flush(); g = $1; m = 0 }
    { a[++m] = $2 }
    END {
      flush()
    }' | sort)
}

# After it: the deltas and the logs into the directory.
diag_after() {
  [ -n "$diag_dir" ] || return 0
  benchmarks/server-summary.sh "$http" "$diag_dir/.metrics0" >"$diag_dir/server.txt" 2>&1 || true
  [ -z "${diag_sched_job:-}" ] || wait "$diag_sched_job" || true
  {
    echo "measured load from $(cat "$diag_dir/.t0") to $(date -u +%H:%M:%S) UTC"
    if command -v psql >/dev/null 2>&1; then
      echo "checkpoints: timed requested write_ms sync_ms buffers, before / after"
      cat "$diag_dir/.ckpt0"
      _diag_psql "SELECT num_timed, num_requested, write_time, sync_time, buffers_written FROM pg_stat_checkpointer"
      echo "WAL: records full-page-images bytes writes syncs write_ms sync_ms, before / after"
      cat "$diag_dir/.wal0"
      _diag_psql "SELECT wal_records, wal_fpi, wal_bytes, wal_write, wal_sync, wal_write_time, wal_sync_time FROM pg_stat_wal"
      # an update that finds no room on its row's page is not HOT: the new row version goes to another
      # page and every index of subscribers gets an entry for it
      echo "subscribers: updates, of which HOT, pages; before / after"
      cat "$diag_dir/.hot0"
      _diag_psql "SELECT n_tup_upd, n_tup_hot_upd, pg_relation_size('hss.subscribers') / 8192 FROM pg_stat_user_tables WHERE relid = 'hss.subscribers'::regclass"
    fi
    echo "PostgreSQL log (checkpoints, autovacuum, statements over 5 ms):"
    cat "$work"/db/postgres/log/* 2>/dev/null | grep -E 'checkpoint|automatic|duration:' | cut -c1-160 | tail -300
  } >"$diag_dir/postgres.txt"
  cp "$work/hss.log" "$diag_dir/hss.log" 2>/dev/null || true
  _diag_pauses >"$diag_dir/pauses.txt"
  cat "$diag_dir/pauses.txt"
  rm -f "$diag_dir"/.ckpt0 "$diag_dir"/.wal0 "$diag_dir"/.hot0 "$diag_dir"/.metrics0 "$diag_dir"/.t0
  echo "diagnostics in $diag_dir"
}

# GC pauses of each JVM inside the measured seconds (from the first to the last "measure" line of
# loadgen.txt): how many, their sum and the longest, and the time to safepoint at its worst.
_diag_pauses() {
  local from to name
  from=$(awk '/ measure / { print $1; exit }' "$diag_dir/loadgen.txt")
  to=$(awk '/ measure / { t = $1 } END { print t }' "$diag_dir/loadgen.txt")
  [ -n "$from" ] || return 0
  from=$(date -u -d "$from 1 second ago" +%H:%M:%S)
  for name in hss loadgen; do
    [ -f "$diag_dir/$name-gc.log" ] || continue
    awk -v name="$name" -v from="$from" -v to="$to" '
      { t = substr($1, 13, 8) }
      t < from || t > to { next }
      / Pause / { ms = $NF; sub(/ms$/, "", ms); n++; sum += ms; if (ms + 0 > max) max = ms + 0 }
      /Reaching safepoint:/ {
        for (i = 1; i <= NF; i++) {
          if ($i == "Reaching") { r = $(i + 2) / 1e6; if (r > rmax) rmax = r }
          if ($i == "Total:") { tot = $(i + 1) / 1e6; sn++; ssum += tot; if (tot > smax) smax = tot }
        }
      }
      END {
        printf "%s %s-%s UTC: GC pauses %d, sum %.1f ms, longest %.1f ms; safepoints (GC or not) %d, sum %.1f ms, longest %.1f ms, longest time to reach one %.2f ms\n", name, from, to, n, sum, max, sn, ssum, smax, rmax
      }
    ' "$diag_dir/$name-gc.log"
  done
}

# Prefixes each line of standard input with the wall-clock time (UTC, seconds), into loadgen.txt too.
diag_stamp() {
  if [ -n "$diag_dir" ]; then
    while IFS= read -r line; do printf '%s %s\n' "$(date -u +%H:%M:%S)" "$line"; done | tee "$diag_dir/loadgen.txt"
  else
    cat
  fi
}
