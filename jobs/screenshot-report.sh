#!/usr/bin/env bash
# Renders the leadership report (report.html) to a PNG in headless Chromium, offline.
#
#   jobs/screenshot-report.sh [REPORT_HTML] [OUT_PNG]
#
#   REPORT_HTML  default: the newest output/reports/YYYY-MM/report.html of this project
#   OUT_PNG      default: docs/report-screenshot.png of this project
#
# Environment: SCREENSHOT_WIDTH (default 1280) and SCREENSHOT_HEIGHT (default 2400) set the
# window, i.e. the part of the page captured from the top; CHROMIUM names the browser binary.
#
# Needs Chromium and a Chinese font. On Debian/Ubuntu:
#   apt-get install -y chromium fonts-noto-cjk
# The report is self-contained: Chromium runs with networking features off and a throw-away
# profile, so the picture shows exactly what a leader sees on a machine without internet.
set -euo pipefail

EM_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

html="${1:-}"
if [[ -z "$html" ]]; then
  html="$(ls -1d "$EM_HOME"/output/reports/*/report.html 2>/dev/null | sort | tail -n 1 || true)"
  if [[ -z "$html" ]]; then
    echo "screenshot-report: no report given and none under $EM_HOME/output/reports/;" >&2
    echo "  run jobs/monthly-batch.sh --period YYYY-MM first, or pass REPORT_HTML" >&2
    exit 2
  fi
fi
if [[ ! -f "$html" ]]; then
  echo "screenshot-report: $html does not exist" >&2
  exit 2
fi
out="${2:-$EM_HOME/docs/report-screenshot.png}"
width="${SCREENSHOT_WIDTH:-1280}"
height="${SCREENSHOT_HEIGHT:-2400}"

browser="${CHROMIUM:-}"
if [[ -z "$browser" ]]; then
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then
      browser="$b"
      break
    fi
  done
fi
if [[ -z "$browser" ]]; then
  echo "screenshot-report: Chromium not found. Install it (and a Chinese font) with" >&2
  echo "  apt-get install -y chromium fonts-noto-cjk" >&2
  exit 2
fi
if command -v fc-list >/dev/null 2>&1 && [[ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]]; then
  echo "screenshot-report: warning: no Chinese font installed; apt-get install -y fonts-noto-cjk" >&2
fi

abs_html="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
mkdir -p "$(dirname "$out")"
abs_out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-default-apps --disable-extensions --no-first-run --no-default-browser-check \
  --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$profile" \
  --window-size="$width,$height" \
  --screenshot="$abs_out" \
  "file://$abs_html" >/dev/null 2>"$profile/chromium.log" || {
  echo "screenshot-report: Chromium failed:" >&2
  tail -n 20 "$profile/chromium.log" >&2
  exit 1
}
if [[ ! -s "$abs_out" ]]; then
  echo "screenshot-report: Chromium wrote no picture; its log:" >&2
  tail -n 20 "$profile/chromium.log" >&2
  exit 1
fi
echo "$abs_out"
