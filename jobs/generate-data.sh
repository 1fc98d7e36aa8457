#!/usr/bin/env bash
# Deterministic synthetic extracts for Employment Monitor (docs/data-generator.md).
#
#   jobs/generate-data.sh --scale sample|district|city --out DIR [--seed N] [--threads N]
#                         [--from YYYY-MM] [--to YYYY-MM]
#
# --from/--to: the months to write (default 2018-10 .. 2020-12, at most ten years); persons and
# employers carry on across the whole range. Same seed, scale and range => byte-identical files. A relative --out is relative to the caller's
# working directory. EM_JAVA_OPTS sets JVM options (default -Xmx8g).
set -euo pipefail

args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out)
      [[ $# -ge 2 ]] || { echo "generate-data.sh: --out needs a directory" >&2; exit 2; }
      out="$2"
      [[ "$out" == /* ]] || out="$PWD/$out"
      args+=("--out" "$out")
      shift 2
      ;;
    *)
      args+=("$1")
      shift
      ;;
  esac
done

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/launch.sh"
unset EM_AOT_CACHE # the generator is not in the application jar the AOT class path uses
em_java org.employmentmonitor.generator.GenerateData "${args[@]}"
