#!/usr/bin/env bash
# Shared by the jobs/*.sh launchers: finds the project, builds it once if needed, and runs a
# main class on the embedded classpath (our classes + target/lib, Spark included) with the JVM
# flags the build wrote to target/classes/jvm.args (declared once, in pom.xml).
#
#   source jobs/lib/launch.sh; em_java org.employmentmonitor.cli.Main "$@"
set -euo pipefail

EM_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export EM_HOME

em_build_if_needed() {
  local stamp="$EM_HOME/target/.em-built"
  local needs_build=0
  if [[ ! -f "$stamp" || ! -f "$EM_HOME/target/classes/jvm.args" || ! -d "$EM_HOME/target/lib" ]]; then
    needs_build=1
  elif [[ -n "$(find "$EM_HOME/src/main" "$EM_HOME/pom.xml" "$EM_HOME/jobs/monitor.yaml" -newer "$stamp" -print -quit 2>/dev/null)" ]]; then
    needs_build=1
  fi
  if [[ $needs_build -eq 1 ]]; then
    echo "employment-monitor: building (first run or sources changed) ..." >&2
    (cd "$EM_HOME" && mvn -q -B -DskipTests -Dspotless.check.skip=true package) >&2 || {
      echo "employment-monitor: the build failed; run 'mvn -DskipTests package' in $EM_HOME to see why" >&2
      exit 1
    }
    touch "$stamp"
  fi
}

em_java() {
  local main_class="$1"; shift
  em_build_if_needed
  local java_bin="java"
  [[ -n "${JAVA_HOME:-}" ]] && java_bin="$JAVA_HOME/bin/java"
  # EM_JAVA_OPTS: extra JVM options, e.g. -Xmx8g for a city-scale run.
  # shellcheck disable=SC2086
  exec "$java_bin" ${EM_JAVA_OPTS:--Xmx8g} @"$EM_HOME/target/classes/jvm.args" \
    -Dem.home="$EM_HOME" \
    -cp "$EM_HOME/target/classes:$EM_HOME/target/lib/*" \
    "$main_class" "$@"
}
