#!/usr/bin/env bash
# The monthly batch (SPEC 8), embedded: Spark runs inside this JVM (local[*] by default).
#
#   jobs/monthly-batch.sh --period 2020-09 [--input DIR] [--output DIR] [--master URL]
#                         [--config FILE] [--step STEP] [--fail-on red|yellow] ...
#
# Defaults: input sample-data/, output output/ (of this project, from any working directory).
# Exit codes: 0 ok, 1 failure, 2 bad usage or configuration, 3 input error,
#             4 alerts at or above --fail-on. See --help.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"
em_java org.employmentmonitor.cli.Main "$@"
