#!/usr/bin/env python3
"""Summarises one jobs/bench/aot-ab.sh folder as Markdown: one row per run, medians per variant.

    python3 jobs/bench/aot_summary.py RUN_DIR [CACHE_FILE]

Variants are the run labels without their round number (jdk17, jdk25, jdk25-aot; train-jdk25 is
the training run). The figures come from report.py's run_figures (the same files benchmark.sh
leaves). JVM lines about the AOT cache (e.g. a stale cache the JVM refused) are listed under the
table, since a refused cache silently measures a run without it. Plain Python 3.
"""
import glob
import os
import re
import statistics
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report  # noqa: E402  (same folder)

AOT_LINE = re.compile(r"AOT|\[aot|\[cds|CDS|shared archive", re.IGNORECASE)
SKIPPING = re.compile(r"Skipping \S+: (.*)$")


def figures(run_dir, label):
    r = report.run_figures(run_dir, label)
    if not r:
        return None
    th = (r["threads"] or {}).get("cpu_seconds_by_group", {})
    return {
        "label": label, "exit": r["exit_code"], "wall": r["wall"], "cpu": r.get("cpu"),
        "jit": th.get("JIT compiler"), "task": th.get("spark task threads"),
        "first": r.get("first_log_line"), "start": r.get("startup"),
        "rss": r.get("peak_rss_gib"), "threads": r["threads"] or {},
        "steps": r["log"]["steps"],
    }


def round_of(label):
    m = re.search(r"-(\d+)$", label)
    return int(m.group(1)) if m else 0


def fmt(v, f="%.1f"):
    return "—" if v is None else f % v


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    run_dir = argv[0]
    cache = argv[1] if len(argv) > 1 else None
    labels = sorted({os.path.basename(p)[:-len(".wall.json")]
                     for p in glob.glob(os.path.join(run_dir, "*.wall.json"))},
                    key=lambda lab: (not lab.startswith("train"), round_of(lab), lab))
    rows = [f for f in (figures(run_dir, lab) for lab in labels) if f]
    w = print
    w("| run | exit | wall s | CPU s (user+sys) | JIT compiler CPU s | task threads CPU s "
      "| first log line s | run start line s | step ingest / indicators / alerts / report s "
      "| peak RSS GiB | load avg start → end (max), CPU pressure |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|")
    for f in rows:
        th = f["threads"]
        w("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            f["label"], f["exit"], fmt(f["wall"]), fmt(f["cpu"]), fmt(f["jit"]), fmt(f["task"]),
            fmt(f["first"], "%.2f"), fmt(f["start"]),
            " / ".join("%s" % f["steps"].get(s, "—") for s in ("ingest", "indicators", "alerts", "report")),
            fmt(f["rss"], "%.2f"), report.load_words(th)))
    w("")
    variants = {}
    for f in rows:
        if f["exit"] == 0 and not f["label"].startswith("train"):
            variants.setdefault(re.sub(r"-\d+$", "", f["label"]), []).append(f)
    w("| variant | runs | median wall s | median CPU s | median JIT CPU s | median task CPU s "
      "| median first log line s | median run start s | median peak RSS GiB | load avg range |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")

    def med(fs, k):
        v = [f[k] for f in fs if f[k] is not None]
        return statistics.median(v) if v else None

    for name, fs in variants.items():
        loads = [x for f in fs for x in (f["threads"].get("load_start"), f["threads"].get("load_max"))
                 if x is not None]
        w("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, len(fs), fmt(med(fs, "wall")), fmt(med(fs, "cpu")), fmt(med(fs, "jit")),
            fmt(med(fs, "task")), fmt(med(fs, "first"), "%.2f"), fmt(med(fs, "start")),
            fmt(med(fs, "rss"), "%.2f"),
            "%.1f–%.1f" % (min(loads), max(loads)) if loads else "—"))
    w("")
    if cache and os.path.exists(cache):
        w("AOT cache: `%s`, %.1f MB." % (cache, os.path.getsize(cache) / 1e6))
        w("")
    notes, skipped = [], {}
    for lab in labels:
        try:
            with open(os.path.join(run_dir, lab + ".log"), encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    if not AOT_LINE.search(line) or re.match(r"^\d\d:\d\d:\d\d\.\d{3} ", line):
                        continue
                    m = SKIPPING.search(line)
                    if m:  # the training run's classes the cache cannot hold: counted by reason
                        key = (lab, m.group(1))
                        skipped[key] = skipped.get(key, 0) + 1
                    else:
                        notes.append("%s: %s" % (lab, line.strip()[:200]))
        except OSError:
            pass
    if skipped:
        w("Classes the cache could not hold (`[aot] Skipping …`), by reason: " + "; ".join(
            "%s: %s × %d" % (lab, reason, n) for (lab, reason), n in sorted(skipped.items())) + ".")
        w("")
    if notes:
        w("Other JVM lines about the AOT cache or CDS:")
        w("")
        w("```")
        for n in notes[:40]:
            w(n)
        if len(notes) > 40:
            w("… %d more" % (len(notes) - 40))
        w("```")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
