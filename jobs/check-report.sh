#!/usr/bin/env bash
# Checks a published report the way a leader meets it (issue 17), in headless Chromium:
#   1. printed to A4, page one names every active RED alert of alerts.csv (by its Chinese subject);
#   2. at phone width (390 px) nothing sticks out of the page (wide tables scroll in their box).
#
#   jobs/check-report.sh OUTPUT/reports/YYYY-MM
#
# Needs chromium and poppler-utils (pdftotext): apt-get install -y chromium poppler-utils fonts-noto-cjk
# Exit 0 when both hold, 1 when one fails (each failure is printed), 2 on bad usage.
set -euo pipefail

dir="${1:-}"
if [[ -z "$dir" || ! -f "$dir/report.html" || ! -f "$dir/alerts.csv" ]]; then
  echo "usage: jobs/check-report.sh OUTPUT/reports/YYYY-MM (a folder with report.html and alerts.csv)" >&2
  exit 2
fi
browser="${CHROMIUM:-chromium}"
for tool in "$browser" pdftotext python3; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "check-report: $tool not found (apt-get install -y chromium poppler-utils python3)" >&2
    exit 2
  }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
abs="$(cd "$dir" && pwd)"
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
  --user-data-dir="$work/profile")

"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$work/report.pdf" \
  "file://$abs/report.html" >/dev/null 2>&1
pdftotext -f 1 -l 1 "$work/report.pdf" "$work/page1.txt"

# The phone check needs a script, which the report's own policy forbids: a wrapper page loads the
# report in a 390 px frame and lists the elements that reach past its right edge outside a
# scrolling box.
cp "$abs/report.html" "$work/report.html"
cat >"$work/phone.html" <<'HTML'
<!DOCTYPE html><html><body><iframe id="f" style="width:390px;height:800px;border:0" src="report.html"></iframe>
<pre id="out">pending</pre><script>
document.getElementById('f').onload = function () {
  var f = document.getElementById('f'), d = f.contentDocument, limit = f.clientWidth + 1, bad = [];
  d.querySelectorAll('body *').forEach(function (e) {
    if (e.getBoundingClientRect().right <= limit) return;
    for (var p = e.parentElement; p; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') return;
    }
    bad.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ends at ' +
      Math.round(e.getBoundingClientRect().right) + ' px');
  });
  document.getElementById('out').textContent = 'page width ' + d.documentElement.scrollWidth +
    ' px of ' + f.clientWidth + '\n' + bad.slice(0, 20).join('\n');
};
</script></body></html>
HTML
"$browser" "${flags[@]}" --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom \
  "file://$work/phone.html" 2>/dev/null | python3 -c '
import html, re, sys
m = re.search(r"<pre id=\"out\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "phone check did not run")' >"$work/phone.txt"

python3 - "$abs/alerts.csv" "$work/page1.txt" "$work/phone.txt" <<'PY'
import csv, re, sys
alerts, page1, phone = sys.argv[1], open(sys.argv[2], encoding="utf-8").read(), open(sys.argv[3], encoding="utf-8").read()
flat = re.sub(r"\s+", "", page1)
failures = 0
with open(alerts, encoding="utf-8-sig", newline="") as f:
    reds = [r for r in csv.DictReader(f) if r["severity"] == "RED" and r.get("state", "") != "RESOLVED"]
for r in reds:
    subject = r["subject"]
    name = subject.split(" ", 1)[1] if " " in subject else ("全区" if subject == "DISTRICT" else subject)
    if re.sub(r"\s+", "", name) not in flat:
        print(f"page one misses the red alert {r['rule']} {r['indicator_id']} {subject}")
        failures += 1
print(f"page one: {len(reds) - failures} of {len(reds)} red alerts named")
first = phone.splitlines()[0] if phone else "phone check did not run"
m = re.match(r"page width (\d+) px of (\d+)", first)
if not m or int(m.group(1)) > int(m.group(2)) or len(phone.strip().splitlines()) > 1:
    print("phone: overflow at 390 px: " + phone.strip())
    failures += 1
else:
    print("phone: " + first + ", nothing sticks out")
sys.exit(1 if failures else 0)
PY
