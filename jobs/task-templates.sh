#!/usr/bin/env bash
# One task_progress template per lead unit, pre-filled with its tasks (issue 28, docs/tasks.md):
#   jobs/task-templates.sh --out DIR [--input INPUT]
# With --input, the register of INPUT/reference/tasks.csv (validated as a run validates it);
# without, the built-in register of the 2020 document. Exit 0, 2 bad usage, 3 broken register.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/launch.sh"
em_java org.employmentmonitor.cli.TaskTemplatesMain "$@"
