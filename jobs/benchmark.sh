#!/usr/bin/env bash
# Benchmark harness (issues 12, 16): times the monthly batch on generated district- or city-scale
# data and appends a dated section to docs/benchmarks.md.
#
#   jobs/benchmark.sh --scale district|city|sample [--keep] [--profile] [--seed N] [--period YYYY-MM]
#                     [--series YYYY-MM,YYYY-MM,...] [--from YYYY-MM] [--to YYYY-MM]
#                     [--two-years] [--no-doc]
#
# 1. Generates the input once with jobs/generate-data.sh into ${EM_BENCH_DIR:-/tmp/em-bench}/SCALE/
#    input and reuses it while scale, seed, range and the generator's sources are unchanged.
#    --from/--to choose the generated months (default: the generator's, 2018-10 .. 2020-12).
#    --two-years (issue 26) is --from 2019-10 --to 2021-12 --period 2021-12
#    --series 2020-12,2021-12: today's one-year monthly run for 2020-12 (input 2019-10 .. 2020-12)
#    and the monthly run for 2021-12 with two years of history (2019-10 .. 2021-12), side by side
#    on one generated population; the section gives the ratio against the 1.2× target.
# 2. From-scratch run: empty output folder -> every month ingested, indicators for every
#    month-end, alerts, report (jobs/monthly-batch.sh --period P --input ... --output ...).
# 3. Realistic monthly run: the months before P stay staged from run 2 (and whatever run 2
#    published with them, e.g. a per-person state under OUTPUT/staging/); P's files are touched
#    (new mtime) so that only P is ingested again, then indicators, alerts, report.
# 4. With --series P1,P2,...: the monthly run's cost as the history grows. For each Pi, in its own
#    folder SCALE/series/Pi/: an input of hard links (cp -al) to reference/ and the months <= Pi-1,
#    a preparation run for Pi-1 on a fresh output (what the months before Pi left; timed and
#    reported apart, labelled "prep"), then Pi's month folder is linked into the input (delivered)
#    and the run for Pi is timed. E.g. --series 2020-03,2020-06,2020-12 (issue 16: it should stay
#    flat). Each point costs a preparation run (about a from-scratch run for Pi-1) plus the run.
# Each run is timed (wall, CPU), its peak RSS and per-thread CPU are sampled (/usr/bin/time -v when
# present, jobs/bench/threadcpu.py), the JVM logs GC (-Xlog:gc) and Spark writes an event log;
# --profile adds a Java Flight Recording (CPU samples) per run. jobs/bench/report.py turns all of
# it into the Markdown section (machine, versions, data sizes, figures against the targets,
# rows/s per stage, Spark phases, thread CPU, profile, the series table).
#
# Options: --keep keeps the runs' output folders (staging, reports; the series' inputs and outputs
# under SCALE/series/) under the bench folder; --no-doc prints the section instead of adding it
# to docs/benchmarks.md; --period defaults to 2020-12. Environment: EM_BENCH_DIR (default
# /tmp/em-bench); EM_BENCH_HEAP (default 8g: the driver heap, -Xmx); EM_BENCH_JAVA_OPTS, extra JVM
# options for every run (e.g. to compare GC or JIT flags, or -XX:AOTCache=FILE on Java 25 with
# JAVA_HOME pointing at it); EM_JAVA_OPTS is ignored here (the harness sets the JVM options
# itself). Artifacts of every run (logs, GC logs, event logs, JFR, JSON results) stay in
# $EM_BENCH_DIR/SCALE/runs/<timestamp>/.
set -euo pipefail

usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }

scale=""
keep=0
profile=0
seed=20200925
period=2020-12
write_doc=1
series=""
from=""
to=""
two_years=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="${2:-}"; shift 2 ;;
    --keep) keep=1; shift ;;
    --profile) profile=1; shift ;;
    --seed) seed="${2:-}"; shift 2 ;;
    --period) period="${2:-}"; shift 2 ;;
    --series) series="${2:-}"; shift 2 ;;
    --from) from="${2:-}"; shift 2 ;;
    --to) to="${2:-}"; shift 2 ;;
    --two-years) two_years=1; shift ;;
    --no-doc) write_doc=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "benchmark.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$scale" in
  district|city|sample) ;;
  *) echo "benchmark.sh: --scale district|city|sample is required" >&2; exit 2 ;;
esac
if [[ $two_years -eq 1 ]]; then
  # Issue 26: the 1.2× target, measured side by side on one population.
  [[ -z "$from" && -z "$to" && -z "$series" && "$period" == 2020-12 ]] || {
    echo "benchmark.sh: --two-years sets --from, --to, --period and --series itself" >&2; exit 2; }
  from=2019-10
  to=2021-12
  period=2021-12
  series=2020-12,2021-12
fi
for m in "$from" "$to"; do
  [[ -z "$m" || "$m" =~ ^[0-9]{4}-[0-9]{2}$ ]] || { echo "benchmark.sh: --from/--to YYYY-MM" >&2; exit 2; }
done
[[ "$period" =~ ^[0-9]{4}-[0-9]{2}$ ]] || { echo "benchmark.sh: --period YYYY-MM" >&2; exit 2; }
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "benchmark.sh: --seed must be a number" >&2; exit 2; }
series_periods=()
if [[ -n "$series" ]]; then
  IFS=, read -r -a series_periods <<<"$series"
  for p in "${series_periods[@]}"; do
    [[ "$p" =~ ^[0-9]{4}-[0-9]{2}$ ]] || {
      echo "benchmark.sh: --series takes YYYY-MM,YYYY-MM,... (got '$p')" >&2; exit 2; }
  done
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib/launch.sh" # EM_HOME, em_build_if_needed
command -v python3 >/dev/null || { echo "benchmark.sh: python3 is needed for the report" >&2; exit 1; }

bench_root="${EM_BENCH_DIR:-/tmp/em-bench}"
bench="$bench_root/$scale"
input="$bench/input"
output="$bench/output"
stamp_run="$(date -u +%Y%m%dT%H%M%SZ)"
run_dir="$bench/runs/$stamp_run"
heap="${EM_BENCH_HEAP:-8g}"
mkdir -p "$run_dir"
log() { echo "benchmark: $*" >&2; }

# ---- build (not timed) ----
em_build_if_needed

# ---- disk ----
need_gb=4
[[ "$scale" == city ]] && need_gb=35
avail_gb=$(df -Pk "$bench_root" | awk 'NR==2 {print int($4/1024/1024)}')
log "$bench_root: ${avail_gb} GB free (a $scale run needs about ${need_gb} GB with the input cached)"

# ---- input, generated once ----
gen_hash="$(cd "$EM_HOME" && find src/main/java/org/employmentmonitor/generator -name '*.java' \
  -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
range_args=()
[[ -n "$from" ]] && range_args+=(--from "$from")
[[ -n "$to" ]] && range_args+=(--to "$to")
want_stamp="scale=$scale seed=$seed range=${from:-default}..${to:-default} generator=$gen_hash"
gen_seconds=""
if [[ -f "$input/.em-bench-stamp" && "$(cat "$input/.em-bench-stamp")" == "$want_stamp" ]]; then
  log "input cached in $input ($want_stamp)"
else
  if (( avail_gb < need_gb )); then
    echo "benchmark.sh: only ${avail_gb} GB free under $bench_root; need about ${need_gb} GB" >&2
    exit 1
  fi
  log "generating $scale input into $input ($want_stamp) ..."
  rm -rf "$input"
  g0=$(date +%s.%N)
  "$EM_HOME/jobs/generate-data.sh" --scale "$scale" --seed "$seed" --out "$input" \
    "${range_args[@]}" >"$run_dir/generate.log" 2>&1 || { tail -20 "$run_dir/generate.log" >&2; exit 1; }
  g1=$(date +%s.%N)
  gen_seconds=$(python3 -c "print(round($g1 - $g0, 1))")
  echo "$want_stamp" >"$input/.em-bench-stamp"
  rm -f "$input/.em-bench-sizes.json"
  log "generated in ${gen_seconds} s"
fi
[[ -d "$input/$period" ]] || { echo "benchmark.sh: no month folder $input/$period" >&2; exit 1; }

# prev_month YYYY-MM: the month before.
prev_month() {
  local y="${1%-*}" m=$((10#${1#*-}))
  if (( m == 1 )); then printf '%04d-12\n' $((10#$y - 1)); else printf '%s-%02d\n' "$y" $((m - 1)); fi
}
for p in "${series_periods[@]}"; do
  for m in "$p" "$(prev_month "$p")"; do
    [[ -d "$input/$m" ]] || {
      echo "benchmark.sh: --series $p needs the month folders $(prev_month "$p") and $p in $input; $m is missing" >&2
      exit 2
    }
  done
done

# ---- one timed run ----
# run_batch LABEL [PERIOD INPUT OUTPUT]: runs jobs/monthly-batch.sh for PERIOD on INPUT -> OUTPUT
# (default $period, $input, $output), with GC log, event log, optional JFR, /usr/bin/time and the
# thread-CPU sampler; leaves LABEL.* in $run_dir.
run_batch() {
  local label="$1" r_period="${2:-$period}" r_input="${3:-$input}" r_output="${4:-$output}"
  local ev="$run_dir/$label.eventlog"
  mkdir -p "$ev"
  local opts="-Xmx$heap ${EM_BENCH_JAVA_OPTS:-} -Xlog:gc:file=$run_dir/$label.gc.log:uptime"
  opts+=" -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false"
  opts+=" -Dspark.eventLog.dir=file://$ev"
  if [[ $profile -eq 1 ]]; then
    opts+=" -XX:StartFlightRecording=filename=$run_dir/$label.jfr,dumponexit=true,settings=profile"
  fi
  local cmd=("$EM_HOME/jobs/monthly-batch.sh" --period "$r_period" --input "$r_input" --output "$r_output")
  echo "EM_JAVA_OPTS=\"$opts\" ${cmd[*]}" >"$run_dir/$label.cmd"
  log "$label run: ${cmd[*]}"
  local timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -v -o "$run_dir/$label.time")
  local t0 t1 rc pid
  t0=$(date +%s.%N)
  set +e
  EM_JAVA_OPTS="$opts" "${timer[@]}" "${cmd[@]}" >"$run_dir/$label.log" 2>&1 &
  pid=$!
  python3 "$here/bench/threadcpu.py" "$pid" "$run_dir/$label.threads.json" --interval 0.5 &
  local sampler=$!
  wait "$pid"
  rc=$?
  t1=$(date +%s.%N)
  wait "$sampler"
  set -e
  printf '{"label": "%s", "period": "%s", "start": %s, "end": %s, "exit_code": %d}\n' \
    "$label" "$r_period" "$t0" "$t1" "$rc" >"$run_dir/$label.wall.json"
  if [[ -f "$r_output/reports/$r_period/manifest.json" ]]; then
    cp "$r_output/reports/$r_period/manifest.json" "$run_dir/$label.manifest.json"
  fi
  if [[ $rc -ne 0 ]]; then
    log "$label run failed (exit $rc); last lines of $run_dir/$label.log:"
    tail -20 "$run_dir/$label.log" >&2
    return "$rc"
  fi
  log "$label run: $(python3 -c "print(round($t1 - $t0, 1))") s wall"
}

# link_input BOUND DEST: DEST becomes an input folder of hard links (cp -al: regular files, no
# symlinks, no copied bytes) to everything in $input but the month folders after BOUND.
link_input() {
  local bound="$1" dest="$2" e name
  mkdir -p "$dest"
  for e in "$input"/*; do
    name="${e##*/}"
    if [[ "$name" =~ ^[0-9]{4}-[0-9]{2}$ && "$name" > "$bound" ]]; then
      continue
    fi
    cp -al "$e" "$dest/$name"
  done
}

command_words="jobs/benchmark.sh --scale $scale"
[[ $profile -eq 1 ]] && command_words+=" --profile"
[[ $seed != 20200925 ]] && command_words+=" --seed $seed"
if [[ $two_years -eq 1 ]]; then
  command_words+=" --two-years"
else
  [[ -n $from ]] && command_words+=" --from $from"
  [[ -n $to ]] && command_words+=" --to $to"
  [[ $period != 2020-12 ]] && command_words+=" --period $period"
  [[ -n $series ]] && command_words+=" --series $series"
fi
cat >"$run_dir/meta.json" <<EOF
{"scale": "$scale", "seed": $seed, "period": "$period", "input": "$input", "output": "$output",
 "heap": "$heap", "extra_java_opts": "${EM_BENCH_JAVA_OPTS:-}", "profile": $profile, "generated_seconds": ${gen_seconds:-null},
 "series": [$(for p in "${series_periods[@]}"; do printf '"%s",' "$p"; done | sed 's/,$//')],
 "range": {"from": "${from:-default}", "to": "${to:-default}"}, "two_years": $( [[ $two_years -eq 1 ]] && echo true || echo false),
 "command": "$command_words",
 "git_commit": "$(git -C "$EM_HOME" rev-parse --short HEAD 2>/dev/null || echo unknown)",
 "git_dirty": $(if [[ -n "$(git -C "$EM_HOME" status --porcelain -- src pom.xml 2>/dev/null)" ]]; then echo true; else echo false; fi),
 "date_utc": "$stamp_run"}
EOF

# ---- from scratch: nothing staged ----
rm -rf "$output"
run_batch scratch

# ---- realistic monthly: months before P staged, P delivered anew ----
# Only P's files change; the output folder keeps everything run 1 left (staging, and with
# issue 16's engine the per-person state published under staging/). report.py checks in the log
# that P, and only P, was ingested again.
touch "$input/$period"/*
run_batch monthly

# ---- series: the monthly run for each Pi on an output prepared by the run for Pi-1 ----
# Hard links share the inode with $input: nothing here may touch or write the linked files (the
# batch only reads its input), or the mtimes the other runs see would change.
if [[ ${#series_periods[@]} -gt 0 ]]; then
  rm -rf "$bench/series"
  for p in "${series_periods[@]}"; do
    before="$(prev_month "$p")"
    s_dir="$bench/series/$p"
    link_input "$before" "$s_dir/input"
    if run_batch "series-$p-prep" "$before" "$s_dir/input" "$s_dir/output"; then
      cp -al "$input/$p" "$s_dir/input/$p"
      run_batch "series-$p" "$p" "$s_dir/input" "$s_dir/output" || log "series point $p failed; continuing"
    else
      log "preparation for series point $p failed; its run is skipped"
    fi
    if [[ $keep -eq 0 ]]; then
      rm -rf "$s_dir"
    fi
  done
fi

# ---- report ----
section="$run_dir/section.md"
python3 "$here/bench/report.py" "$run_dir" >"$section"
cp "$run_dir/results.json" "$bench/results.json"
if [[ $write_doc -eq 1 ]]; then
  doc="$EM_HOME/docs/benchmarks.md"
  marker='<!-- benchmark.sh inserts new runs above this line -->'
  if [[ -f "$doc" ]] && grep -qF "$marker" "$doc"; then
    python3 - "$doc" "$section" "$marker" <<'PY'
import sys
doc, section, marker = sys.argv[1:4]
text = open(doc, encoding="utf-8").read()
add = open(section, encoding="utf-8").read().rstrip("\n") + "\n\n"
i = text.index(marker)
open(doc, "w", encoding="utf-8").write(text[:i] + add + text[i:])
PY
  else
    { [[ -f "$doc" ]] || echo "# Benchmarks"; echo; cat "$section"; } >>"$doc"
  fi
  log "section added to $doc"
else
  cat "$section"
fi

if [[ $keep -eq 0 ]]; then
  rm -rf "$output" "$bench/series"
else
  log "output kept in $output$( [[ ${#series_periods[@]} -gt 0 ]] && echo "; series inputs and outputs in $bench/series")"
fi
log "artifacts in $run_dir"
