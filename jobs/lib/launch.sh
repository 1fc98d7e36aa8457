#!/usr/bin/env bash
# Shared by the jobs/*.sh launchers: finds the project, builds it once if needed, and runs a
# main class on the embedded classpath (our classes + target/lib, Spark included) with the JVM
# flags the build wrote to target/classes/jvm.args (declared once, in pom.xml).
#
#   source jobs/lib/launch.sh; em_java org.employmentmonitor.cli.Main "$@"
#
# Opt-in, Java 25 or later only (issue 16; Java 17 stays the requirement and its command line is
# unchanged): EM_AOT_CACHE=FILE runs with the JDK's AOT cache FILE (-XX:AOTCache, JEP 483/515:
# classes loaded and linked ahead of time, method profiles from a training run);
# EM_AOT_CACHE=FILE EM_AOT_TRAIN=1 makes this run the training run that writes FILE
# (-XX:AOTCacheOutput, JEP 514). See docs/operations.md, "JDK 25 AOT cache".
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

# em_aot_options JAVA: with EM_AOT_CACHE set and JAVA at version 25 or later, sets em_aot_opts
# to the AOT cache options and em_classpath to a class path of jars only (the JVM caches classes
# from jar files only, and refuses a cache when a non-empty directory such as target/classes is on
# the class path). The class path must be the same when the cache is written and when it is used;
# a rebuilt jar makes the cache stale, and the JVM then warns and runs without it.
em_aot_options() {
  local java_bin="$1" version="" major jar release
  # the JDK's release file says its version without starting a JVM; else ask java -version
  release="$(dirname "$(readlink -f "$(command -v "$java_bin")")")/../release"
  [[ -f "$release" ]] && version="$(awk -F'"' '/^JAVA_VERSION=/ { print $2; exit }' "$release")"
  [[ -n "$version" ]] || version="$("$java_bin" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  major="${version%%.*}"
  if [[ ! "$major" =~ ^[0-9]+$ ]] || (( major < 25 )); then
    echo "employment-monitor: EM_AOT_CACHE ignored: $java_bin is Java ${version:-?}; the AOT cache needs Java 25 or later" >&2
    return 0
  fi
  jar="$(find "$EM_HOME/target" -maxdepth 1 -name 'employment-monitor-*.jar' \
    ! -name '*-spark.jar' ! -name '*-generator.jar' ! -name '*-sources.jar' -print -quit)"
  if [[ -z "$jar" ]]; then
    echo "employment-monitor: EM_AOT_CACHE ignored: no application jar in $EM_HOME/target (mvn package)" >&2
    return 0
  fi
  if [[ "${EM_AOT_TRAIN:-0}" == 1 ]]; then
    em_aot_opts=(-XX:AOTCacheOutput="$EM_AOT_CACHE")
  elif [[ -f "$EM_AOT_CACHE" ]]; then
    em_aot_opts=(-XX:AOTCache="$EM_AOT_CACHE")
  else
    echo "employment-monitor: no AOT cache at $EM_AOT_CACHE (create it with a training run, EM_AOT_TRAIN=1: docs/operations.md); running without" >&2
    return 0
  fi
  em_classpath="$jar:$EM_HOME/target/lib/*"
}

em_java() {
  local main_class="$1"; shift
  em_build_if_needed
  local java_bin="java"
  [[ -n "${JAVA_HOME:-}" ]] && java_bin="$JAVA_HOME/bin/java"
  em_classpath="$EM_HOME/target/classes:$EM_HOME/target/lib/*"
  em_aot_opts=()
  [[ -n "${EM_AOT_CACHE:-}" ]] && em_aot_options "$java_bin"
  # EM_JAVA_OPTS: extra JVM options, e.g. -Xmx8g for a city-scale run.
  # shellcheck disable=SC2086
  exec "$java_bin" ${EM_JAVA_OPTS:--Xmx8g} "${em_aot_opts[@]}" @"$EM_HOME/target/classes/jvm.args" \
    -Dem.home="$EM_HOME" \
    -cp "$em_classpath" \
    "$main_class" "$@"
}
