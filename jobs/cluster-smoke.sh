#!/usr/bin/env bash
# Multi-process smoke test of the cluster path (issue 7, docs/cluster.md):
#
#   1. checks that the thin jar carries only our classes (and the relocated libraries);
#   2. starts a Spark standalone master and one worker (2 cores, 2g) on 127.0.0.1, each in its
#      own JVM, from the project's dependency jars (a temporary SPARK_HOME whose jars/ links
#      target/lib minus what the thin jar bundles, i.e. what a Spark distribution provides);
#   3. submits the monthly batch for the sample's 2020-09 with jobs/submit.sh in client mode:
#      two executors, each its own JVM started by the worker;
#   4. runs the same period embedded (jobs/monthly-batch.sh) into another output folder;
#   5. requires reports/2020-09/indicators.csv, alerts.csv (and data_quality.csv) byte-identical,
#      and shows that the tasks ran in executor JVMs other than the driver's.
#
# Every process it starts is stopped by PID on exit, also on failure or Ctrl-C. Ports are chosen
# by the OS (port 0); everything binds to 127.0.0.1. Work folder, logs and outputs:
# target/cluster-smoke/ (replaced on each run). Ends with a PASS or FAIL line; exit 0 on PASS.
#
#   jobs/cluster-smoke.sh            EM_SMOKE_TIMEOUT=900 (seconds per Spark run)
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/launch.sh"

PERIOD=2020-09
W="$EM_HOME/target/cluster-smoke"
TIMEOUT="${EM_SMOKE_TIMEOUT:-900}"
JAVA="java"
[[ -n "${JAVA_HOME:-}" ]] && JAVA="$JAVA_HOME/bin/java"

log() { printf '%s cluster-smoke: %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

FAILURE=""
fail() {
  FAILURE="$*"
  exit 1
}

# --- process bookkeeping: every PID we start, stopped in reverse order on exit ----------------
STARTED=()      # "pid name" in start order
PIDS_FILE=""    # the same list on disk, for the next run to clean up after a hard kill

remember() {
  STARTED+=("$1 $2")
  [[ -n "$PIDS_FILE" ]] && echo "$1 $2" >>"$PIDS_FILE"
}

alive() { kill -0 "$1" 2>/dev/null; }

stop_pid() {
  local pid="$1" name="$2" i
  alive "$pid" || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    alive "$pid" || break
    sleep 0.2
  done
  if alive "$pid"; then
    log "$name (pid $pid) ignored SIGTERM; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# Executors are the worker's children: note them before the worker goes, stop leftovers after.
executor_children() {
  local worker_pid="$1"
  ps -o pid= --ppid "$worker_pid" 2>/dev/null | tr -d ' ' || true
}

stop_all() {
  local i entry pid name kids=()
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    entry="${STARTED[$i]}"
    pid="${entry%% *}"
    name="${entry#* }"
    if [[ "$name" == worker ]] && alive "$pid"; then
      mapfile -t kids < <(executor_children "$pid")
    fi
    stop_pid "$pid" "$name"
  done
  for pid in "${kids[@]+"${kids[@]}"}"; do
    [[ -n "$pid" ]] && stop_pid "$pid" "executor JVM"
  done
  STARTED=()
  [[ -n "$PIDS_FILE" ]] && rm -f "$PIDS_FILE"
  return 0
}

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  if [[ $rc -eq 0 && -z "$FAILURE" ]]; then
    echo "cluster-smoke: PASS ($PERIOD on a standalone master + worker with executors in their own JVMs; indicators.csv and alerts.csv identical to the embedded run; $(seconds_since "$T_START") s; logs in $W)"
  else
    echo "cluster-smoke: FAIL: ${FAILURE:-exit code $rc} (logs in $W)"
    [[ $rc -eq 0 ]] && rc=1
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'FAILURE="interrupted"; exit 130' INT TERM

# Waits until a log line matches; prints the match. Fails when the process dies or time runs out.
wait_for_log() {
  local file="$1" regex="$2" pid="$3" what="$4" limit="${5:-120}" t0 line
  t0=$(date +%s)
  while true; do
    line="$(grep -m1 -o -E "$regex" "$file" 2>/dev/null || true)"
    if [[ -n "$line" ]]; then
      printf '%s' "$line"
      return 0
    fi
    alive "$pid" || fail "$what exited before it was ready (see $file)"
    (($(date +%s) - t0 < limit)) || fail "$what not ready after ${limit}s (see $file)"
    sleep 0.5
  done
}

# The TCP ports these processes listen on must all be on 127.0.0.1 (needs ss; skipped without).
check_loopback() {
  local what="$1" pattern addrs a
  shift
  command -v ss >/dev/null || return 0
  pattern="$(printf 'pid=%s,|' "$@")"
  addrs="$(ss -Hltnp 2>/dev/null | grep -E "${pattern%|}" | awk '{print $4}' | sort -u | tr '\n' ' ' || true)"
  for a in $addrs; do
    [[ "$a" =~ ^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):[0-9]+$ ]] ||
      fail "$what listen beyond loopback: $a"
  done
  log "$what listen on: ${addrs:-nothing seen}"
}

# Waits for a process with a deadline; sets RC to its exit code. With a worker, checks once,
# while its executors run, that driver and executors listen on loopback only.
wait_with_timeout() {
  local pid="$1" what="$2" worker="${3:-}" t0 kids checked=0
  t0=$(date +%s)
  while alive "$pid"; do
    if (($(date +%s) - t0 >= TIMEOUT)); then
      fail "$what still running after ${TIMEOUT}s (EM_SMOKE_TIMEOUT)"
    fi
    if [[ -n "$worker" && $checked -eq 0 ]]; then
      kids="$(executor_children "$worker" | tr '\n' ' ' | sed 's/ *$//')"
      if [[ -n "${kids// /}" ]] && (($(date +%s) - t0 >= 20)); then
        # shellcheck disable=SC2086
        check_loopback "driver and executors (pids $pid $kids)" "$pid" $kids
        checked=1
      fi
    fi
    sleep 1
  done
  RC=0
  wait "$pid" || RC=$?
}

T_START=$(now_ms)

# --- 0. leftovers of a run that was killed hard (by PID, only if still ours) -------------------
if [[ -f "$W/pids" ]]; then
  while read -r pid name; do
    if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$W"; then
      stop_pid "$pid" "leftover $name"
    fi
  done <"$W/pids"
fi
rm -rf "$W"
mkdir -p "$W"
PIDS_FILE="$W/pids"

# --- 1. build and the thin jar ------------------------------------------------------------------
t=$(now_ms)
em_build_if_needed
log "build ready ($(seconds_since "$t") s)"
APP_JAR="$(ls "$EM_HOME"/target/employment-monitor-*-spark.jar 2>/dev/null | head -1)"
[[ -n "$APP_JAR" ]] || fail "no target/employment-monitor-*-spark.jar after the build"
jar tf "$APP_JAR" >"$W/app-jar.entries"
foreign="$(grep -v -E '^(META-INF/.*|org/|org/employmentmonitor/.*|log4j2\.xml|jvm\.args)$' "$W/app-jar.entries" || true)"
[[ -z "$foreign" ]] || fail "the thin jar carries classes that are not ours: $(head -3 <<<"$foreign" | tr '\n' ' ')"
for needed in org/employmentmonitor/cli/Main.class org/employmentmonitor/config/monitor.yaml log4j2.xml; do
  grep -qx "$needed" "$W/app-jar.entries" || fail "the thin jar lacks $needed"
done
mapfile -t BUNDLED < <(sed -n -E 's#^META-INF/maven/[^/]+/([^/]+)/pom\.properties$#\1#p' "$W/app-jar.entries" |
  grep -v -x employment-monitor || true)
log "thin jar $(basename "$APP_JAR"): $(wc -l <"$W/app-jar.entries") entries, only org/employmentmonitor/** (bundled, relocated: ${BUNDLED[*]:-none})"

# --- 2. a Spark "distribution" from the project's own jars ---------------------------------------
export SPARK_HOME="$W/spark-home"
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf" "$W/local" "$W/work"
n=0
for j in "$EM_HOME"/target/lib/*.jar; do
  base="$(basename "$j")"
  for a in "${BUNDLED[@]+"${BUNDLED[@]}"}"; do
    [[ "$base" == "$a"-[0-9]*.jar ]] && continue 2
  done
  ln -s "$j" "$SPARK_HOME/jars/$base"
  n=$((n + 1))
done
log "SPARK_HOME=$SPARK_HOME: $n jars linked from target/lib (the thin jar's bundled libraries left out)"
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_LOCAL_DIRS="$W/local"
export SPARK_CONF_DIR="$SPARK_HOME/conf"
unset HADOOP_CONF_DIR YARN_CONF_DIR SPARK_MASTER EM_SPARK_MASTER EM_PSEUDONYM_KEY_FILE || true
read -r -a JVM_ARGS <<<"$(tr -s '\n' ' ' <"$EM_HOME/target/classes/jvm.args")"
CP="$SPARK_HOME/jars/*"

t=$(now_ms)
"$JAVA" -Xmx512m "${JVM_ARGS[@]}" -Dspark.master.rest.enabled=false -cp "$CP" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  >"$W/master.log" 2>&1 &
MASTER_PID=$!
remember "$MASTER_PID" master
MASTER_URL="$(wait_for_log "$W/master.log" 'spark://127\.0\.0\.1:[0-9]+' "$MASTER_PID" master)"
log "master pid $MASTER_PID at $MASTER_URL"

"$JAVA" -Xmx512m "${JVM_ARGS[@]}" -cp "$CP" \
  org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
  --cores 2 --memory 2g --work-dir "$W/work" "$MASTER_URL" \
  >"$W/worker.log" 2>&1 &
WORKER_PID=$!
remember "$WORKER_PID" worker
wait_for_log "$W/worker.log" 'Successfully registered with master' "$WORKER_PID" worker >/dev/null
log "worker pid $WORKER_PID registered (2 cores, 2g); cluster up in $(seconds_since "$t") s"
check_loopback "master and worker" "$MASTER_PID" "$WORKER_PID"

# --- 3. the batch through spark-submit, client mode ----------------------------------------------
# Relative --output (made a file: URI by submit.sh) and an absolute --input (passed unchanged).
log "submitting $PERIOD: jobs/submit.sh --master $MASTER_URL --deploy-mode client, 2 executors x 1 core x 1g"
t=$(now_ms)
(cd "$W" && exec "$EM_HOME/jobs/submit.sh" --master "$MASTER_URL" --deploy-mode client \
  --driver-memory 2g --executor-memory 1g --executor-cores 1 --total-executor-cores 2 \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=8 \
  --period "$PERIOD" --input "$EM_HOME/sample-data" --output out-cluster) \
  >"$W/driver.log" 2>&1 &
DRIVER_PID=$!
remember "$DRIVER_PID" "driver (spark-submit)"
wait_with_timeout "$DRIVER_PID" "the submitted run" "$WORKER_PID"
CLUSTER_SECONDS=$(seconds_since "$t")
[[ $RC -eq 0 ]] || fail "the submitted run exited with $RC (see $W/driver.log)"
log "submitted run: exit 0 in $CLUSTER_SECONDS s (driver JVM pid $DRIVER_PID)"
grep -E 'MonthlyRun - run .*(master|finished)' "$W/driver.log" | sed 's/^/    driver: /' || true

# Evidence that the work ran in executor JVMs of their own, read before the worker goes away.
APP_DIRS=("$W"/work/app-*)
[[ -d "${APP_DIRS[0]}" ]] || fail "the worker launched no application (no $W/work/app-*)"
log "worker application folder(s): $(basename -a "${APP_DIRS[@]}" | tr '\n' ' ')"
EXECUTORS=0
TASKS_IN_EXECUTORS=0
for d in "$W"/work/app-*/*/; do
  id="$(basename "$d")"
  epid="$(grep -m1 -o -E 'Started daemon with process name: [0-9]+' "$d/stderr" | grep -o -E '[0-9]+$' || true)"
  tasks="$(grep -c 'Executor: Running task' "$d/stderr" || true)"
  [[ -n "$epid" ]] || fail "executor $id wrote no process id (see $d/stderr)"
  for other in "$DRIVER_PID" "$MASTER_PID" "$WORKER_PID"; do
    [[ "$epid" != "$other" ]] || fail "executor $id shares pid $epid with another process of the run"
  done
  log "  executor $id: JVM pid $epid (driver $DRIVER_PID, worker $WORKER_PID, master $MASTER_PID), ran $tasks tasks"
  EXECUTORS=$((EXECUTORS + 1))
  TASKS_IN_EXECUTORS=$((TASKS_IN_EXECUTORS + tasks))
done
grep 'ExecutorRunner: Launch command' "$W/worker.log" | grep -o -E 'CoarseGrainedExecutorBackend.*' |
  tr -d '"' | sed 's/^/    worker launched: /' || true
((EXECUTORS >= 1)) || fail "no executor ran"
((TASKS_IN_EXECUTORS > 0)) || fail "the executors ran no task"
log "separate JVMs: $EXECUTORS executor(s) ran $TASKS_IN_EXECUTORS tasks; none is the driver (pid $DRIVER_PID)"

stop_all
PIDS_FILE="$W/pids"

# --- 4. the same period embedded ------------------------------------------------------------------
log "embedded run: jobs/monthly-batch.sh --period $PERIOD (local[*])"
t=$(now_ms)
(cd "$W" && exec "$EM_HOME/jobs/monthly-batch.sh" --period "$PERIOD" --output "$W/out-local") \
  >"$W/local.log" 2>&1 &
LOCAL_PID=$!
remember "$LOCAL_PID" "embedded run"
wait_with_timeout "$LOCAL_PID" "the embedded run"
LOCAL_SECONDS=$(seconds_since "$t")
[[ $RC -eq 0 ]] || fail "the embedded run exited with $RC (see $W/local.log)"
log "embedded run: exit 0 in $LOCAL_SECONDS s"

# --- 5. same bytes --------------------------------------------------------------------------------
for f in indicators.csv alerts.csv data_quality.csv; do
  a="$W/out-cluster/reports/$PERIOD/$f"
  b="$W/out-local/reports/$PERIOD/$f"
  [[ -f "$a" ]] || fail "the submitted run wrote no reports/$PERIOD/$f"
  [[ -f "$b" ]] || fail "the embedded run wrote no reports/$PERIOD/$f"
  cmp -s "$a" "$b" || fail "reports/$PERIOD/$f differs between the cluster and the embedded run (diff $a $b)"
  log "reports/$PERIOD/$f identical: $(wc -l <"$a") lines, sha256 $(sha256sum "$a" | cut -c1-16)"
done
log "timings: submitted (standalone, 2 executors) $CLUSTER_SECONDS s; embedded (local[*]) $LOCAL_SECONDS s"
