#!/usr/bin/env bash
# A/B of the realistic monthly run on Java 17, Java 25 and Java 25 with its AOT cache (issue 16,
# optional: JEP 483/514/515). Measures only; Java 17 stays the requirement.
#
#   jobs/bench/aot-ab.sh --input DIR --output DIR [--period YYYY-MM] [--rounds N]
#                        [--java17 JAVA_HOME] [--java25 JAVA_HOME] [--cache FILE] [--train]
#
# OUTPUT must already hold the months before P (e.g. the output jobs/benchmark.sh --keep leaves).
# Each round runs the three variants one after the other, each as a realistic monthly run: P's
# files touched (new mtime) so that only P is ingested again, then indicators, alerts, report.
# With --train, or when the cache file is missing, one training run on Java 25 first writes the
# cache (EM_AOT_CACHE=FILE EM_AOT_TRAIN=1, i.e. -XX:AOTCacheOutput; timed and reported apart).
# Per run: wall, CPU (user + sys), JIT compiler thread CPU, task thread CPU, time to the first log
# line and to the run's start line, peak RSS, load average. Prints a Markdown table; artifacts in
# ${EM_BENCH_DIR:-/tmp/em-bench}/aot/<timestamp>/. Defaults: period 2020-12, 3 rounds,
# java17 = $JAVA_HOME or the java on PATH, java25 = the first /usr/lib/jvm/*-25-*, cache =
# ${EM_BENCH_DIR:-/tmp/em-bench}/aot/monitor.aot. EM_BENCH_HEAP (default 8g) sets -Xmx.
set -euo pipefail

usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_root="${EM_BENCH_DIR:-/tmp/em-bench}"
input=""
output=""
period=2020-12
rounds=3
java17="${JAVA_HOME:-}"
java25="$(find /usr/lib/jvm -maxdepth 1 -name '*-25-*' -print -quit 2>/dev/null || true)"
cache="$bench_root/aot/monitor.aot"
train=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) input="${2:-}"; shift 2 ;;
    --output) output="${2:-}"; shift 2 ;;
    --period) period="${2:-}"; shift 2 ;;
    --rounds) rounds="${2:-}"; shift 2 ;;
    --java17) java17="${2:-}"; shift 2 ;;
    --java25) java25="${2:-}"; shift 2 ;;
    --cache) cache="${2:-}"; shift 2 ;;
    --train) train=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "aot-ab.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ -d "$input/$period" && -d "$output/staging" ]] || {
  echo "aot-ab.sh: --input with a $period folder and --output with staged months are required" >&2
  exit 2
}
[[ "$rounds" =~ ^[0-9]+$ ]] || { echo "aot-ab.sh: --rounds N" >&2; exit 2; }
[[ -x "$java25/bin/java" ]] || { echo "aot-ab.sh: no Java 25 (--java25 JAVA_HOME)" >&2; exit 2; }

source "$here/../lib/launch.sh" # EM_HOME, em_build_if_needed
em_build_if_needed
run_dir="$bench_root/aot/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run_dir" "$(dirname "$cache")"
heap="${EM_BENCH_HEAP:-8g}"
log() { echo "aot-ab: $*" >&2; }

# one_run LABEL JAVA_HOME [VAR=VALUE ...]: a realistic monthly run, timed and sampled like
# jobs/benchmark.sh does, leaving LABEL.* in $run_dir for report.py's run_figures.
one_run() {
  local label="$1" jhome="$2"; shift 2
  touch "$input/$period"/*
  local cmd=("$EM_HOME/jobs/monthly-batch.sh" --period "$period" --input "$input" --output "$output")
  local env_args=("EM_JAVA_OPTS=-Xmx$heap -Xlog:gc:file=$run_dir/$label.gc.log:uptime" "$@")
  [[ -n "$jhome" ]] && env_args+=("JAVA_HOME=$jhome")
  echo "${env_args[*]} ${cmd[*]}" >"$run_dir/$label.cmd"
  log "$label: JAVA_HOME=${jhome:-(the java on PATH)} $*"
  local t0 t1 rc pid sampler
  t0=$(date +%s.%N)
  set +e
  env "${env_args[@]}" /usr/bin/time -v -o "$run_dir/$label.time" "${cmd[@]}" >"$run_dir/$label.log" 2>&1 &
  pid=$!
  python3 "$here/threadcpu.py" "$pid" "$run_dir/$label.threads.json" --interval 0.5 &
  sampler=$!
  wait "$pid"
  rc=$?
  t1=$(date +%s.%N)
  wait "$sampler"
  set -e
  printf '{"label": "%s", "period": "%s", "start": %s, "end": %s, "exit_code": %d}\n' \
    "$label" "$period" "$t0" "$t1" "$rc" >"$run_dir/$label.wall.json"
  if [[ $rc -ne 0 ]]; then
    log "$label failed (exit $rc):"
    tail -20 "$run_dir/$label.log" >&2
    return "$rc"
  fi
  log "$label: $(python3 -c "print(round($t1 - $t0, 1))") s wall"
}

if [[ $train -eq 1 || ! -f "$cache" ]]; then
  rm -f "$cache"
  one_run train-jdk25 "$java25" EM_AOT_CACHE="$cache" EM_AOT_TRAIN=1
  ls -l "$cache" >"$run_dir/cache.ls"
fi
for ((i = 1; i <= rounds; i++)); do
  one_run "jdk17-$i" "$java17"
  one_run "jdk25-$i" "$java25"
  one_run "jdk25-aot-$i" "$java25" EM_AOT_CACHE="$cache"
done

python3 "$here/aot_summary.py" "$run_dir" "$cache" | tee "$run_dir/summary.md"
log "artifacts in $run_dir"
