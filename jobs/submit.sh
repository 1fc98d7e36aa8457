#!/usr/bin/env bash
# The monthly batch (SPEC 8) through spark-submit, for a Spark cluster (docs/cluster.md).
#
#   jobs/submit.sh --period 2020-09 --master spark://host:7077 [--deploy-mode client|cluster]
#                  [--input DIR|URI] [--output DIR|URI] [--config FILE] [--step STEP]
#                  [--fail-on red|yellow] [--key-file FILE] ...    (the application's options)
#                  [--executor-memory 8g] [--executor-cores 4] [--num-executors N]
#                  [--total-executor-cores N] [--driver-memory 4g] [--conf KEY=VALUE]...
#                  [--app-jar PATH|URI] [--dry-run]                (spark-submit's, see --help)
#
# Same options and defaults as jobs/monthly-batch.sh, run by spark-submit with the thin jar
# (target/employment-monitor-*-spark.jar). Uses $SPARK_HOME/bin/spark-submit when there is one;
# otherwise org.apache.spark.deploy.SparkSubmit on $SPARK_HOME/jars, else on the project's
# target/lib (client mode, standalone or local masters only).
#
# Paths: a relative --input/--output/--config/--key-file becomes an absolute file: URI (it is this
# machine's); absolute paths and URIs (hdfs://, s3a://, file:) pass unchanged, so a scheme-less
# absolute path means the cluster's default file system. EM_PSEUDONYM_KEY_FILE becomes --key-file.
#
# Exit codes: in client mode the driver runs in this process: 0 ok, 1 failure, 2 bad usage or
# configuration, 3 input error, 4 alerts at or above --fail-on. In cluster mode only whether the
# application succeeded (0) or not (non-zero; docs/cluster.md).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/launch.sh"

MAIN_CLASS=org.employmentmonitor.cli.Main

usage() {
  cat <<'EOF'
usage: jobs/submit.sh --period YYYY-MM [application options] [spark-submit options]

spark-submit options (everything else goes to the application):
  --master URL                 spark://host:7077, yarn, k8s://https://host:443, local[*]
                               [default: $EM_SPARK_MASTER, else local[*]]
  --deploy-mode MODE           client (driver here; exit codes of SPEC 8) or cluster [client]
  --driver-memory SIZE         driver heap [2g; 8g with a local master]
  --executor-memory SIZE       heap per executor [Spark's default, 1g]
  --executor-cores N           cores per executor
  --num-executors N            executors (YARN, Kubernetes)
  --total-executor-cores N     cores for the application (standalone)
  --conf KEY=VALUE             any Spark setting; repeatable
  --app-jar PATH|URI           the application jar [target/employment-monitor-*-spark.jar];
                               in cluster mode it must be reachable from the cluster (hdfs://, s3a://)
  --dry-run                    print the spark-submit command instead of running it
  --help                       this help and the application's

EOF
}

master="${EM_SPARK_MASTER:-local[*]}"
deploy_mode=client
driver_memory=""
app_jar=""
dry_run=0
want_help=0
submit_opts=()
confs=()
app_args=()
have_input=0
have_output=0
have_key_file=0
period=""

die_usage() {
  echo "submit.sh: $1 (see --help)" >&2
  exit 2
}

# A path given on this machine: relative -> absolute file: URI; anything else unchanged.
to_uri() {
  local p="$1"
  if [[ "$p" =~ ^[A-Za-z][A-Za-z0-9+.-]+: || "$p" == /* ]]; then
    printf '%s' "$p"
  else
    printf 'file:%s' "$(realpath -m -- "$p" 2>/dev/null || printf '%s/%s' "$PWD" "$p")"
  fi
}

is_local_path() {
  [[ "$1" == file:* ]]
}

while [[ $# -gt 0 ]]; do
  arg="$1"
  name="${arg%%=*}"
  if [[ "$arg" == --*=* ]]; then
    value="${arg#*=}"
    has_inline=1
  else
    value=""
    has_inline=0
  fi
  case "$name" in
    --master | --deploy-mode | --driver-memory | --executor-memory | --executor-cores | \
      --num-executors | --total-executor-cores | --conf | --app-jar | \
      --input | --output | --config | --key-file | --period)
      if [[ $has_inline -eq 0 ]]; then
        [[ $# -ge 2 ]] || die_usage "$name needs a value"
        value="$2"
        shift 2
      else
        shift
      fi
      case "$name" in
        --master) master="$value" ;;
        --deploy-mode)
          [[ "$value" == client || "$value" == cluster ]] ||
            die_usage "--deploy-mode must be client or cluster, not '$value'"
          deploy_mode="$value"
          ;;
        --driver-memory) driver_memory="$value" ;;
        --executor-memory | --executor-cores | --num-executors | --total-executor-cores)
          submit_opts+=("$name" "$value")
          ;;
        --conf)
          [[ "$value" == *=* ]] || die_usage "--conf needs KEY=VALUE, not '$value'"
          confs+=("$value")
          ;;
        --app-jar) app_jar="$value" ;;
        --input) have_input=1 && app_args+=("--input" "$(to_uri "$value")") ;;
        --output) have_output=1 && app_args+=("--output" "$(to_uri "$value")") ;;
        --config) app_args+=("--config" "$(to_uri "$value")") ;;
        --key-file) have_key_file=1 && app_args+=("--key-file" "$(to_uri "$value")") ;;
        --period) period="$value" && app_args+=("--period" "$value") ;;
      esac
      ;;
    --dry-run)
      dry_run=1
      shift
      ;;
    --help)
      want_help=1
      shift
      ;;
    --step | --fail-on | --encoding)
      # The application's other valued options pass through unchanged.
      if [[ $has_inline -eq 1 ]]; then
        app_args+=("$arg")
        shift
      else
        [[ $# -ge 2 ]] || die_usage "$name needs a value"
        app_args+=("$1" "$2")
        shift 2
      fi
      ;;
    *)
      # Flags (--reingest, --allow-development-key) and anything unknown: the application
      # reports what it does not understand, with exit code 2.
      app_args+=("$arg")
      shift
      ;;
  esac
done

if [[ $want_help -eq 1 ]]; then
  usage
  echo "application options:"
  (em_java "$MAIN_CLASS" --help) | sed -n '/^  --/p'
  exit 0
fi

# The same defaults as jobs/monthly-batch.sh: the project's sample-data/ and output/.
[[ $have_input -eq 1 ]] || app_args+=("--input" "file:$EM_HOME/sample-data")
[[ $have_output -eq 1 ]] || app_args+=("--output" "file:$EM_HOME/output")
if [[ $have_key_file -eq 0 && -n "${EM_PSEUDONYM_KEY_FILE:-}" ]]; then
  # Explicit, so that a driver started on the cluster (cluster mode) reads the same key file.
  app_args+=("--key-file" "$(to_uri "$EM_PSEUDONYM_KEY_FILE")")
fi

if [[ "$deploy_mode" == cluster ]]; then
  for ((i = 0; i < ${#app_args[@]}; i++)); do
    case "${app_args[$i]}" in
      --input | --output | --config | --key-file)
        if is_local_path "${app_args[$((i + 1))]}"; then
          echo "submit.sh: warning: ${app_args[$i]} ${app_args[$((i + 1))]} is a local path; in" \
            "cluster mode the driver runs on a cluster node and must see it there" >&2
        fi
        ;;
    esac
  done
fi

em_build_if_needed
if [[ -z "$app_jar" ]]; then
  app_jar="$(ls "$EM_HOME"/target/employment-monitor-*-spark.jar 2>/dev/null | head -1)"
  [[ -n "$app_jar" ]] || {
    echo "submit.sh: no target/employment-monitor-*-spark.jar; run 'mvn -DskipTests package'" >&2
    exit 1
  }
fi

# The JVM flags Spark needs on Java 17, declared once in pom.xml (spark.jvm.args): for the
# driver and every executor, ahead of whatever the caller adds.
jvm_args="$(tr -s '\n' ' ' <"$EM_HOME/target/classes/jvm.args" | sed 's/ *$//')"
driver_java_opts="$jvm_args"
executor_java_opts="$jvm_args"
other_confs=()
for c in "${confs[@]+"${confs[@]}"}"; do
  case "$c" in
    spark.driver.extraJavaOptions=*) driver_java_opts+=" ${c#*=}" ;;
    spark.executor.extraJavaOptions=*) executor_java_opts+=" ${c#*=}" ;;
    *) other_confs+=("$c") ;;
  esac
done
# In client mode the driver logs like the embedded run (our log4j2.xml: steps at INFO, Spark at
# WARN) unless the caller chose a configuration.
if [[ "$deploy_mode" == client && "$driver_java_opts" != *log4j2.configurationFile* ]]; then
  driver_java_opts+=" -Dlog4j2.configurationFile=file:$EM_HOME/target/classes/log4j2.xml"
fi
if [[ -z "$driver_memory" ]]; then
  if [[ "$master" == local* ]]; then driver_memory=8g; else driver_memory=2g; fi
fi

spark_args=(--master "$master" --deploy-mode "$deploy_mode" --class "$MAIN_CLASS"
  --name "employment-monitor ${period:-?}" --driver-memory "$driver_memory")
spark_args+=("${submit_opts[@]+"${submit_opts[@]}"}")
spark_args+=(--conf "spark.executor.extraJavaOptions=$executor_java_opts")
if [[ "$deploy_mode" == cluster ]]; then
  spark_args+=(--conf "spark.driver.extraJavaOptions=$driver_java_opts")
  # Standalone cluster mode returns right after submitting unless told to wait.
  spark_args+=(--conf spark.standalone.submit.waitAppCompletion=true)
fi
for c in "${other_confs[@]+"${other_confs[@]}"}"; do
  spark_args+=(--conf "$c")
done

java_bin="java"
[[ -n "${JAVA_HOME:-}" ]] && java_bin="$JAVA_HOME/bin/java"
if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  if [[ "$deploy_mode" == client ]]; then
    spark_args+=(--driver-java-options "$driver_java_opts")
  fi
  cmd=("$SPARK_HOME/bin/spark-submit" "${spark_args[@]}" "$app_jar" "${app_args[@]}")
else
  # No Spark distribution: SparkSubmit's main class in this JVM, which in client mode is the
  # driver itself (its flags and heap are this command line's).
  if [[ -n "${SPARK_HOME:-}" && -d "$SPARK_HOME/jars" ]]; then
    classpath="$SPARK_HOME/jars/*"
  else
    classpath="$EM_HOME/target/lib/*"
  fi
  driver_jvm=()
  if [[ "$deploy_mode" == client ]]; then
    # shellcheck disable=SC2206
    driver_jvm=(-Xmx"$driver_memory" $driver_java_opts)
  else
    # shellcheck disable=SC2206
    driver_jvm=($jvm_args)
  fi
  cmd=("$java_bin" "${driver_jvm[@]}" -cp "$classpath" org.apache.spark.deploy.SparkSubmit
    "${spark_args[@]}" "$app_jar" "${app_args[@]}")
fi

if [[ $dry_run -eq 1 ]]; then
  printf '%q ' "${cmd[@]}"
  echo
  exit 0
fi
if [[ "$deploy_mode" == cluster && "$master" == spark://* ]]; then
  # Standalone cluster mode: spark-submit exits 0 even when the driver FAILED (Spark 4.2.0);
  # the driver's final state, which it logs, decides.
  submit_log="$(mktemp "${TMPDIR:-/tmp}/em-submit.XXXXXX")"
  trap 'rm -f "$submit_log"' EXIT
  set +e
  "${cmd[@]}" 2>&1 | tee "$submit_log" >&2
  rc=${PIPESTATUS[0]}
  set -e
  state="$(grep -o -E 'State of driver [^ ]+ is [A-Z]+' "$submit_log" | tail -1 | awk '{print $NF}')"
  if [[ $rc -eq 0 && -n "$state" && "$state" != FINISHED ]]; then
    echo "submit.sh: the driver ended $state; its log is in the worker's driver-* folder" >&2
    exit 1
  fi
  exit "$rc"
fi
exec "${cmd[@]}"
