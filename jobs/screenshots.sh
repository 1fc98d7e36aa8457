#!/usr/bin/env bash
# The pictures of docs/ (issues 28 and 29): what a leader and the employment office SEE, made the
# way they see it — the sample's 2020-08 then 2020-09 run on one fresh output folder (so the
# lifecycle tags are real), the report in Chromium on a desktop and a phone, the report printed to
# A4, and the workbook opened in LibreOffice.
#
#   jobs/screenshots.sh [--output DIR] [--docs DIR] [--skip-run]
#
#   --output DIR  the output folder of the two runs (default: a new temporary folder, removed at
#                 the end; with --output it is kept). It must not exist or be empty, so both runs
#                 start from nothing — unless --skip-run reuses its 2020-09 report as it is.
#   --docs DIR    where the pictures go (default: this project's docs/)
#
# Writes, from reports/2020-09/ of the output:
#   DOCS/report-screenshot.png        report.html at 1400 px, the first screen (综述)
#   DOCS/report-phone.png             report.html at 390 px, the first screens
#   DOCS/screenshots/phone-progress.png  at 390 px, the progress tables (累计目标, 比率与上限目标)
#   DOCS/screenshots/print-page-1.png, print-page-2.png
#                                     the report printed to A4 (Chromium), pages 1 and 2: the brief
#   DOCS/screenshots/print-tasks.png  the printed page where 重点任务推进情况 starts
#   DOCS/screenshots/print-notice.png the first printed 重点任务督办单
#   DOCS/screenshots/xlsx-summary.png, xlsx-tasks.png, xlsx-revisions.png
#                                     report.xlsx printed by LibreOffice: the first page of the
#                                     sheets 本月汇总, 任务台账 and 修订
# and prints the number of printed pages of the brief (正文: the pages before the 附件 heading).
# Exit 1 when the brief is longer than two A4 pages or a picture cannot be made, 2 on bad usage.
#
# Needs chromium, poppler-utils (pdftoppm, pdftotext), libreoffice, python3 and a Chinese font:
#   apt-get install -y chromium poppler-utils libreoffice-calc fonts-noto-cjk
# Everything runs offline: Chromium with networking features off and a throw-away profile,
# LibreOffice with a throw-away user profile.
set -euo pipefail

EM_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=""
docs="$EM_HOME/docs"
skip_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --output) out="${2:?--output needs a folder}"; shift 2 ;;
    --docs) docs="${2:?--docs needs a folder}"; shift 2 ;;
    --skip-run) skip_run=1; shift ;;
    -h | --help) sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "screenshots: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

browser="${CHROMIUM:-}"
if [[ -z "$browser" ]]; then
  for b in chromium chromium-browser google-chrome; do
    command -v "$b" >/dev/null 2>&1 && { browser="$b"; break; }
  done
fi
for tool in "${browser:-chromium}" pdftoppm pdftotext pdfinfo soffice python3; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "screenshots: $tool not found; apt-get install -y chromium poppler-utils libreoffice-calc fonts-noto-cjk" >&2
    exit 2
  }
done

work="$(mktemp -d)"
if [[ -z "$out" ]]; then
  out="$work/output"
fi
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

if [[ $skip_run -eq 0 ]]; then
  if [[ -d "$out" && -n "$(ls -A "$out" 2>/dev/null)" ]]; then
    echo "screenshots: $out is not empty; give a new folder (both runs must start from nothing) or --skip-run" >&2
    exit 2
  fi
  for period in 2020-08 2020-09; do
    echo "screenshots: running the sample's $period into $out ..." >&2
    "$EM_HOME/jobs/monthly-batch.sh" --period "$period" --input "$EM_HOME/sample-data" --output "$out" \
      >"$work/run-$period.log" 2>&1 || {
      echo "screenshots: the $period run failed; the end of its log:" >&2
      tail -n 30 "$work/run-$period.log" >&2
      exit 1
    }
  done
fi
reports="$(cd "$out/reports/2020-09" && pwd)"
[[ -f "$reports/report.html" && -f "$reports/report.xlsx" ]] || {
  echo "screenshots: $reports has no report.html and report.xlsx" >&2
  exit 1
}
mkdir -p "$docs/screenshots"
shots="$(cd "$docs/screenshots" && pwd)"
docs="$(cd "$docs" && pwd)"

chrome() {
  "$browser" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --disable-extensions --no-first-run --no-default-browser-check \
    --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$work/profile" \
    "$@" >/dev/null 2>>"$work/chromium.log"
}
need() {
  [[ -s "$1" ]] || {
    echo "screenshots: $1 was not written; the end of Chromium's log:" >&2
    tail -n 20 "$work/chromium.log" >&2 2>/dev/null || true
    exit 1
  }
}

# 1. The screen: the first screen at 1400 px, the first screens at 390 px, and at 390 px the
# progress tables (stacked below 600 px). Headless Chromium ignores a #fragment when it takes a
# screenshot, so a page beside a copy of the report shows it in a frame scrolled to the heading.
chrome --window-size=1400,1200 --screenshot="$docs/report-screenshot.png" "file://$reports/report.html"
need "$docs/report-screenshot.png"
chrome --window-size=390,1300 --screenshot="$docs/report-phone.png" "file://$reports/report.html"
need "$docs/report-phone.png"
cp "$reports/report.html" "$work/report.html"
printf '%s' '<!DOCTYPE html><html><body style="margin:0"><iframe src="report.html#pace-head"' \
  ' style="width:390px;height:1300px;border:0;display:block"></iframe></body></html>' >"$work/phone-pace.html"
chrome --window-size=390,1300 --virtual-time-budget=3000 --screenshot="$shots/phone-progress.png" \
  "file://$work/phone-pace.html"
need "$shots/phone-progress.png"

# 2. Print: A4 as the report's own @page says, without the browser's header and footer.
chrome --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$reports/report.html"
need "$work/report.pdf"
pages="$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ { print $2 }')"

# page_starting LINE PDF [FROM]: the first page (from FROM on) with a line that is LINE once
# spaces are removed (a heading, not a mention in a sentence); empty when there is none.
page_with_line() {
  local want="$1" pdf="$2" from="${3:-1}" n total
  total="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  for ((n = from; n <= total; n++)); do
    if pdftotext -layout -f "$n" -l "$n" "$pdf" - | tr -d ' \t\r\f　' | grep -qx -- "$want"; then
      echo "$n"
      return
    fi
  done
}
png_page() { # png_page PDF PAGE OUT_PNG
  pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$1" "${3%.png}"
  need "$3"
}

annex="$(page_with_line '附件' "$work/report.pdf")"
if [[ -z "$annex" ]]; then
  echo "screenshots: no page of the printed report starts the 附件" >&2
  exit 1
fi
brief=$((annex - 1))
png_page "$work/report.pdf" 1 "$shots/print-page-1.png"
png_page "$work/report.pdf" 2 "$shots/print-page-2.png"
tasks="$(page_with_line '重点任务推进情况' "$work/report.pdf" "$annex")"
notice="$(page_with_line '重点任务督办单' "$work/report.pdf" "$annex")"
[[ -n "$tasks" ]] || { echo "screenshots: the printed report has no 重点任务推进情况" >&2; exit 1; }
[[ -n "$notice" ]] || { echo "screenshots: the printed report has no 重点任务督办单" >&2; exit 1; }
png_page "$work/report.pdf" "$tasks" "$shots/print-tasks.png"
png_page "$work/report.pdf" "$notice" "$shots/print-notice.png"

# 3. The workbook as LibreOffice prints it (its own page set-up: A4, fit to width, header row
# repeated), every sheet in order; each sheet found by a header only it has.
mkdir -p "$work/lo"
soffice --headless --norestore -env:UserInstallation="file://$work/lo/profile" \
  --convert-to pdf --outdir "$work/lo" "$reports/report.xlsx" >"$work/lo/soffice.log" 2>&1 || {
  echo "screenshots: LibreOffice failed:" >&2
  cat "$work/lo/soffice.log" >&2
  exit 1
}
need "$work/lo/report.pdf"
sheet_page() { # sheet_page HEADER: the first page whose text (spaces removed) holds HEADER
  local want="$1" n total
  total="$(pdfinfo "$work/lo/report.pdf" | awk '/^Pages:/ { print $2 }')"
  for ((n = 1; n <= total; n++)); do
    if pdftotext -f "$n" -l "$n" "$work/lo/report.pdf" - | tr -d ' \t\r\n\f' | grep -q -- "$want"; then
      echo "$n"
      return
    fi
  done
}
for pair in "剩余每月需:xlsx-summary" "序号部分:xlsx-tasks" "修订后数值:xlsx-revisions"; do
  page="$(sheet_page "${pair%%:*}")"
  [[ -n "$page" ]] || { echo "screenshots: no page of report.xlsx shows ${pair%%:*}" >&2; exit 1; }
  png_page "$work/lo/report.pdf" "$page" "$shots/${pair##*:}.png"
done

# Git holds the pictures: a palette of 256 colours keeps the text legible at a third of the size.
python3 "$EM_HOME/jobs/lib/png-palette.py" "$docs/report-screenshot.png" "$docs/report-phone.png" "$shots"/*.png
total_kb="$(du -ck "$docs/report-screenshot.png" "$docs/report-phone.png" "$shots"/*.png | awk 'END { print $1 }')"
echo "screenshots: report printed on $pages A4 pages; the brief (正文) on $brief, the 附件 from page $annex;" \
  "重点任务推进情况 on page $tasks, the first 督办单 on page $notice"
echo "screenshots: pictures in $docs/report-screenshot.png, $docs/report-phone.png and $shots/ (${total_kb} KB)"
if ((brief > 2)); then
  echo "screenshots: the brief takes $brief printed pages; it must fit on 2 (issue 29)" >&2
  exit 1
fi
