#!/usr/bin/env bash
# A/B of the realistic monthly run between two checkouts on one input (same machine, same moment):
#   ab.sh A_HOME B_HOME INPUT_ALL PERIOD ROUNDS WORKDIR
# INPUT_ALL holds reference/ and month folders; months after PERIOD are ignored (not linked).
# Per side: input of hard links up to PERIOD-1, a from-scratch preparation run for PERIOD-1, then
# PERIOD linked in and the monthly run timed; then ROUNDS-1 re-runs with PERIOD's files touched.
# Sides alternate A B, B A, A B ... so drift in machine load falls on both.
set -euo pipefail
a_home="$1"; b_home="$2"; all="$3"; period="$4"; rounds="$5"; work="$6"
prev=$(date -d "${period}-01 -1 month" +%Y-%m)
mkdir -p "$work"
prepare() { # side home
  local side="$1" home="$2"
  rm -rf "$work/$side"; mkdir -p "$work/$side/input"
  cp -al "$all/reference" "$work/$side/input/"
  find "$all" -maxdepth 1 -type f -exec cp -al {} "$work/$side/input/" \;
  for m in "$all"/[0-9][0-9][0-9][0-9]-[0-9][0-9]; do
    b=$(basename "$m"); [[ "$b" < "$period" ]] && cp -al "$m" "$work/$side/input/"
  done
  find "$work/$side/input" -name 'task_progress*' -delete
  EM_JAVA_OPTS=-Xmx8g "$home/jobs/monthly-batch.sh" --period "$prev" --input "$work/$side/input" \
    --output "$work/$side/output" >"$work/$side/prep.log" 2>&1 || true
  cp -al "$all/$period" "$work/$side/input/"
  find "$work/$side/input/$period" -name 'task_progress*' -delete
}
run() { # side home round
  local side="$1" home="$2" r="$3"
  [[ "$r" -gt 1 ]] && find "$work/$side/input/$period" -type f -exec touch {} +
  /usr/bin/time -f "%e %U %S %M" -o "$work/$side/time.$r" env EM_JAVA_OPTS=-Xmx8g \
    "$home/jobs/monthly-batch.sh" --period "$period" --input "$work/$side/input" \
    --output "$work/$side/output" >"$work/$side/run.$r.log" 2>&1 || echo "exit $? ($side round $r)"
  read -r wall user sys rss < <(tail -n 1 "$work/$side/time.$r")
  printf '%s round %s: wall %s s, cpu %.1f s, rss %d MB\n' "$side" "$r" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024))
  grep -E "step [a-z]+ done in|finished in" "$work/$side/run.$r.log" | \
    sed 's/^/    /' | tail -8 || true
}
prepare A "$a_home" & prepare B "$b_home" & wait
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then run A "$a_home" "$r"; run B "$b_home" "$r"; else run B "$b_home" "$r"; run A "$a_home" "$r"; fi
done
