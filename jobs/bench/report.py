#!/usr/bin/env python3
"""Turns one jobs/benchmark.sh run folder into the Markdown section for docs/benchmarks.md.

    python3 jobs/bench/report.py RUN_DIR      (prints Markdown; writes RUN_DIR/results.json)

Reads meta.json and, for each run label (scratch, monthly, and with --series series-P-prep and
series-P for each P): LABEL.wall.json, LABEL.time (/usr/bin/time -v), LABEL.threads.json
(threadcpu.py), LABEL.gc.log (-Xlog:gc), LABEL.log (the batch's log), LABEL.manifest.json,
LABEL.eventlog/ and LABEL.jfr when profiled. Plain Python 3.
"""
import datetime
import glob
import gzip
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

TARGETS = {
    "district": {"scratch": 45.0, "monthly": 20.0},
}
GIB = 1024 ** 3


def read_json(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def sh(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (r.stdout + r.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        return ""


# ---------------------------------------------------------------- machine and data

def machine():
    model, cores = "?", os.cpu_count()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = "%.1f GiB" % (int(line.split()[1]) * 1024 / GIB)
    except OSError:
        pass
    # the java the launcher runs (jobs/lib/launch.sh): $JAVA_HOME/bin/java, else the one on PATH
    java_bin = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    java = sh([java_bin, "-version"]).splitlines()
    return {
        "cpu": model,
        "cores": cores,
        "memory": mem,
        "kernel": os.uname().release,
        "java": java[0] if java else "?",
        "java_vm": java[2] if len(java) > 2 else "",
    }


def count_lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    n = 0
    last = b"\n"
    with opener(path, "rb") as f:
        while True:
            b = f.read(1 << 22)
            if not b:
                break
            n += b.count(b"\n")
            last = b[-1:]
    if last != b"\n":
        n += 1
    return n


def data_sizes(input_dir):
    stamp = ""
    try:
        stamp = open(os.path.join(input_dir, ".em-bench-stamp")).read().strip()
    except OSError:
        pass
    cache = os.path.join(input_dir, ".em-bench-sizes.json")
    c = read_json(cache)
    if c and c.get("stamp") == stamp:
        return c["sources"]
    sources = {}
    for path in sorted(glob.glob(os.path.join(input_dir, "*", "*.csv*"))):
        folder = os.path.basename(os.path.dirname(path))
        name = os.path.basename(path)
        source = re.sub(r"\.csv(\.gz)?$", "", name)
        if folder == "reference":
            source = "reference/" + source
        s = sources.setdefault(source, {"files": 0, "bytes": 0, "lines": 0, "gz": 0})
        s["files"] += 1
        s["bytes"] += os.path.getsize(path)
        s["lines"] += max(0, count_lines(path) - 1)  # minus the header
        s["gz"] += 1 if path.endswith(".gz") else 0
    try:
        with open(cache, "w") as f:
            json.dump({"stamp": stamp, "sources": sources}, f)
    except OSError:
        pass
    return sources


# ---------------------------------------------------------------- one run

LOG_LINE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) (\w+)\s+(\S+) - (.*)$")
INGEST = re.compile(
    r"ingest (\S+) (\d{4}-\d{2}): ([\d,]+) read, ([\d,]+) accepted, ([\d,]+) quarantined, "
    r"([\d,]+) warnings, ([\d.]+) s")
STEP_DONE = re.compile(r"step (\w+) done in ([\d.]+) s")
FINISHED = re.compile(r"run (\S+) finished in ([\d.]+) s")
RUN_START = re.compile(r"run (\S+): period")
INDICATORS = re.compile(r"indicators (\S+): ([\d,]+) rows for (\d+) month-end\(s\), ([\d.]+) s")


def parse_log(path, t0):
    out = {"ingest": [], "steps": {}, "finished": None, "run_start": None, "first_line": None,
           "last_line": None, "indicators": None, "errors": []}
    day0 = datetime.datetime.fromtimestamp(t0)

    def at(m):
        t = day0.replace(hour=int(m.group(1)), minute=int(m.group(2)), second=int(m.group(3)),
                         microsecond=int(m.group(4)) * 1000)
        if t.timestamp() < t0 - 5:
            t += datetime.timedelta(days=1)
        return t.timestamp()

    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return out
    for line in lines:
        m = LOG_LINE.match(line)
        if not m:
            continue
        msg = m.group(7)
        ts = at(m)
        if out["first_line"] is None:
            out["first_line"] = ts
        out["last_line"] = ts
        if m.group(5) == "ERROR":
            out["errors"].append(msg)
        g = INGEST.search(msg)
        if g:
            out["ingest"].append({
                "source": g.group(1), "month": g.group(2),
                "read": int(g.group(3).replace(",", "")),
                "accepted": int(g.group(4).replace(",", "")),
                "quarantined": int(g.group(5).replace(",", "")),
                "seconds": float(g.group(7)), "end": ts})
            continue
        g = STEP_DONE.search(msg)
        if g:
            out["steps"][g.group(1)] = float(g.group(2))
            continue
        g = FINISHED.search(msg)
        if g:
            out["finished"] = float(g.group(2))
            out["finished_at"] = ts
            continue
        g = RUN_START.search(msg)
        if g and out["run_start"] is None:
            out["run_start"] = ts
            continue
        g = INDICATORS.search(msg)
        if g:
            out["indicators"] = {"rows": int(g.group(2).replace(",", "")),
                                 "month_ends": int(g.group(3)), "seconds": float(g.group(4))}
    return out


def parse_time(path):
    out = {}
    try:
        for line in open(path):
            k, _, v = line.strip().partition(": ")
            if k == "User time (seconds)":
                out["user"] = float(v)
            elif k == "System time (seconds)":
                out["sys"] = float(v)
            elif k == "Maximum resident set size (kbytes)":
                out["max_rss_kib"] = int(v)
            elif k == "Percent of CPU this job got":
                out["cpu_percent"] = v
    except OSError:
        pass
    return out


GC_PAUSE = re.compile(r"Pause ([A-Za-z ()0-9-]+?) (\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms")


def parse_gc(path):
    out = {"pauses": 0, "pause_ms": 0.0, "peak_used_mib": 0, "peak_committed_mib": 0, "full": 0}
    try:
        for line in open(path):
            m = GC_PAUSE.search(line)
            if not m:
                continue
            out["pauses"] += 1
            out["pause_ms"] += float(m.group(5))
            out["peak_used_mib"] = max(out["peak_used_mib"], int(m.group(2)))
            out["peak_committed_mib"] = max(out["peak_committed_mib"], int(m.group(4)))
            if m.group(1).startswith("Full"):
                out["full"] += 1
    except OSError:
        return None
    return out


def run_figures(run_dir, label):
    wall = read_json(os.path.join(run_dir, label + ".wall.json"))
    if not wall:
        return None
    r = {"label": label, "exit_code": wall["exit_code"], "period": wall.get("period"),
         "wall": round(wall["end"] - wall["start"], 1)}
    r["log"] = parse_log(os.path.join(run_dir, label + ".log"), wall["start"])
    r["time"] = parse_time(os.path.join(run_dir, label + ".time"))
    r["threads"] = read_json(os.path.join(run_dir, label + ".threads.json"), {})
    r["gc"] = parse_gc(os.path.join(run_dir, label + ".gc.log"))
    r["manifest"] = read_json(os.path.join(run_dir, label + ".manifest.json"), {})
    lg = r["log"]
    if lg["run_start"]:
        r["startup"] = round(lg["run_start"] - wall["start"], 1)
    if lg["first_line"]:
        r["first_log_line"] = round(lg["first_line"] - wall["start"], 2)
    if lg.get("finished_at"):
        r["shutdown"] = round(wall["end"] - lg["finished_at"], 1)
    t = r["time"]
    if "user" in t:
        r["cpu"] = round(t["user"] + t["sys"], 1)
    elif r["threads"]:
        r["cpu"] = r["threads"].get("cpu_seconds_total")
    rss = t.get("max_rss_kib") or r["threads"].get("peak_rss_kib")
    r["peak_rss_gib"] = round(rss * 1024 / GIB, 2) if rss else None
    return r


# ---------------------------------------------------------------- what a run ingested

def ingested_by_month(r):
    """{month: [files, rows read]} from the run's ingest log lines."""
    out = {}
    for i in r["log"]["ingest"]:
        m = out.setdefault(i["month"], [0, 0])
        m[0] += 1
        m[1] += i["read"]
    return out


def ingest_check(r, period):
    """(ok, words): whether the run ingested P's month and nothing else, as a realistic monthly
    run must (every month before P already staged, P's files newly delivered)."""
    by = ingested_by_month(r)
    if not by:
        return False, "nothing ingested (no ingest lines in the log)"
    others = sorted(m for m in by if m != period)
    p = by.get(period)
    words = "%s: %d file%s, %s rows" % (period, p[0], "" if p[0] == 1 else "s", fmt_int(p[1])) \
        if p else "%s not ingested" % period
    if others:
        words += "; **also %s** (%s rows)" % (", ".join(others), fmt_int(sum(by[m][1] for m in others)))
    return (p is not None and not others), words


def month_folders(input_dir, upto):
    try:
        return sum(1 for d in os.listdir(input_dir)
                   if re.match(r"^\d{4}-\d{2}$", d) and d <= upto and os.path.isdir(os.path.join(input_dir, d)))
    except OSError:
        return None


def load_words(th):
    if not th:
        return "—"
    return "%.1f → %.1f (max %.1f)%s" % (
        th.get("load_start") or 0, th.get("load_end") or 0, th.get("load_max") or 0,
        ", %.0f%%" % (100 * th["cpu_pressure_some_share"])
        if th.get("cpu_pressure_some_share") is not None else "")


def series_section(run_dir, meta, w):
    """The monthly run's cost as the history grows (issue 16): one row per --series period."""
    periods = meta.get("series") or []
    if not periods:
        return {}
    w("The monthly run as the history grows (`--series`): for each P, an input of hard links to "
      "reference/ and the months up to P−1, a preparation run for P−1 on a fresh output (what the "
      "months before P leave; not part of the figures, its cost in the last column), then P's month "
      "folder added and the run for P timed. Load: load average at start → end (max), and the "
      "share of the run during which some task waited for a core.")
    w("")
    w("| P | months in input | wall s | CPU s | JIT CPU s | task CPU s | peak RSS | start s "
      "| ingest / indicators / alerts / report s | ingested | load | prep (run for P−1): wall / CPU s |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|")
    out = {}
    for p in periods:
        prep = run_figures(run_dir, "series-%s-prep" % p)
        r = run_figures(run_dir, "series-%s" % p)
        n = month_folders(meta["input"], p)
        prep_words = "—"
        if prep:
            prep_words = "%s / %s" % (prep["wall"], prep.get("cpu", "—")) if prep["exit_code"] == 0 \
                else "**failed, exit %d**" % prep["exit_code"]
        if not r:
            w("| %s | %s | not run | | | | | | | | | %s |" % (p, n, prep_words))
            out[p] = {"prep": prep and {"wall": prep["wall"], "cpu": prep.get("cpu"),
                                         "exit_code": prep["exit_code"]}}
            continue
        th = r["threads"].get("cpu_seconds_by_group", {}) if r["threads"] else {}
        steps = r["log"]["steps"]
        ok, words = ingest_check(r, p)
        if r["exit_code"] != 0:
            words = "**failed, exit %d**; " % r["exit_code"] + words
        w("| %s | %s | **%s** | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            p, n if n is not None else "?", r["wall"], r.get("cpu", "—"),
            "%.1f" % th["JIT compiler"] if "JIT compiler" in th else "—",
            "%.1f" % th["spark task threads"] if "spark task threads" in th else "—",
            "%.2f GiB" % r["peak_rss_gib"] if r.get("peak_rss_gib") else "—",
            r.get("startup", "—"),
            " / ".join("%s" % steps.get(s, "—") for s in ("ingest", "indicators", "alerts", "report")),
            words if ok else "**not a monthly run**: " + words,
            load_words(r["threads"]), prep_words))
        out[p] = {"months_in_input": n, "wall": r["wall"], "cpu": r.get("cpu"),
                  "exit_code": r["exit_code"], "startup": r.get("startup"), "steps": steps,
                  "peak_rss_gib": r.get("peak_rss_gib"), "threads": r["threads"],
                  "ingested": ingested_by_month(r), "only_p_ingested": ok,
                  "prep": prep and {"period": prep.get("period"), "wall": prep["wall"],
                                    "cpu": prep.get("cpu"), "exit_code": prep["exit_code"]}}
    w("")
    done = [p for p in periods if out.get(p, {}).get("wall") is not None and out[p]["exit_code"] == 0]
    if len(done) >= 2:
        a, b = out[done[0]], out[done[-1]]
        if a.get("cpu") and b.get("cpu"):
            w("From %s to %s the input grows from %s to %s months; the run's CPU goes %s → %s s "
              "(× %.2f), its wall %s → %s s (× %.2f). Flat means × ≈ 1 (CPU is the steadier "
              "figure on a shared machine)." % (
                  done[0], done[-1], a["months_in_input"], b["months_in_input"], a["cpu"], b["cpu"],
                  b["cpu"] / a["cpu"], a["wall"], b["wall"], b["wall"] / a["wall"]))
            w("")
            if meta.get("two_years"):
                # Issue 26: the monthly run for 2021-12 with two years of history (同比 for every
                # month-end) within 1.2x today's one-year monthly run for 2020-12.
                w("**Two years of history (issue 26)**: the monthly run for %s over %s months "
                  "against today's one-year run for %s over %s months: CPU × %.2f, wall × %.2f "
                  "(target ≤ 1.2×: %s on CPU, %s on wall)." % (
                      done[-1], b["months_in_input"], done[0], a["months_in_input"],
                      b["cpu"] / a["cpu"], b["wall"] / a["wall"],
                      "met" if b["cpu"] / a["cpu"] <= 1.2 else "**missed**",
                      "met" if b["wall"] / a["wall"] <= 1.2 else "**missed**"))
                w("")
    return out


# ---------------------------------------------------------------- Markdown

def fmt_int(n):
    return "{:,}".format(n)


def fmt_mb(b):
    return "%.1f MB" % (b / 1e6) if b >= 1e5 else "%.1f kB" % (b / 1e3)


def verdict(value, target):
    if value is None or target is None:
        return ""
    return "met" if value <= target else "**missed** (%.1f×)" % (value / target)


def section(run_dir):
    meta = read_json(os.path.join(run_dir, "meta.json"))
    scale = meta["scale"]
    mach = machine()
    runs = {lab: run_figures(run_dir, lab) for lab in ("scratch", "monthly")}
    sizes = data_sizes(meta["input"])
    spark_version = "?"
    for r in runs.values():
        if r and r["manifest"].get("versions"):
            spark_version = r["manifest"]["versions"].get("spark", "?")
    out = []
    w = out.append
    w("### %s — %s scale, period %s" % (
        datetime.datetime.strptime(meta["date_utc"], "%Y%m%dT%H%M%SZ").strftime("%Y-%m-%d %H:%M UTC"),
        scale, meta["period"]))
    w("")
    w("- Command: `%s` (commit %s%s; artifacts in `%s`)" % (
        meta["command"], meta["git_commit"], ", uncommitted changes in src/" if meta["git_dirty"] else "",
        run_dir))
    w("- Machine: %s, %s cores, %s RAM, Linux %s; %s; Spark %s, `local[*]`, driver heap `-Xmx%s`%s" % (
        mach["cpu"], mach["cores"], mach["memory"], mach["kernel"], mach["java"], spark_version,
        meta["heap"], "; extra JVM options `%s`" % meta["extra_java_opts"]
        if meta.get("extra_java_opts") else ""))
    loads = []
    for lab, r in runs.items():
        if r and r["threads"]:
            th = r["threads"]
            loads.append("%s run: load average %.1f → %.1f (max %.1f), CPU pressure %s" % (
                lab, th.get("load_start") or 0, th.get("load_end") or 0, th.get("load_max") or 0,
                "%.0f%% of the time some task waited for a core" % (100 * th["cpu_pressure_some_share"])
                if th.get("cpu_pressure_some_share") is not None else "n/a"))
    if loads:
        w("- Machine load (other processes included): " + "; ".join(loads) +
          ". With a load above the core count, wall times are inflated; CPU seconds are not.")
    if meta.get("generated_seconds"):
        w("- Input generated for this run in %.1f s (`jobs/generate-data.sh --scale %s --seed %s`)" % (
            meta["generated_seconds"], scale, meta["seed"]))
    w("")

    # data
    total_b = sum(s["bytes"] for s in sizes.values())
    total_l = sum(s["lines"] for s in sizes.values())
    w("Input (%s): %s data lines, %.2f GB in %d files." % (
        meta["input"], fmt_int(total_l), total_b / 1e9, sum(s["files"] for s in sizes.values())))
    w("")
    w("| source | files | lines (without headers) | bytes |")
    w("|---|---:|---:|---:|")
    for name, s in sorted(sizes.items(), key=lambda kv: -kv[1]["bytes"]):
        w("| %s | %d%s | %s | %s |" % (name, s["files"], " (%d gz)" % s["gz"] if s["gz"] else "",
                                       fmt_int(s["lines"]), fmt_int(s["bytes"])))
    w("")

    # headline figures
    tg = TARGETS.get(scale, {})
    w("| figure | from scratch | realistic monthly | target |")
    w("|---|---:|---:|---|")
    sc, mo = runs.get("scratch"), runs.get("monthly")

    def cell(r, f, unit=""):
        if not r:
            return "not run"
        v = f(r)
        return "—" if v is None else ("%s%s" % (v, unit))

    def status(r):
        if not r:
            return "not run"
        return "ok" if r["exit_code"] == 0 else "**failed, exit %d**" % r["exit_code"]

    w("| exit | %s | %s | 0 |" % (status(sc), status(mo)))
    if scale == "district":
        tgt = "from scratch ≤ %.0f s (%s), monthly ≤ %.0f s (%s)" % (
            tg["scratch"], verdict(sc and sc["wall"], tg["scratch"]),
            tg["monthly"], verdict(mo and mo["wall"], tg["monthly"]))
    elif scale == "city":
        dist = read_json(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(run_dir))),
                                      "district", "results.json"))
        dm = dist and dist.get("monthly", {}).get("wall")
        tgt = ("monthly ≤ 10 × district monthly (%s s → ≤ %.0f s: %s); from scratch completes" % (
            dm, 10 * dm, verdict(mo and mo["wall"], 10 * dm)) if dm
            else "monthly ≤ 10 × the district monthly (no district result in this bench folder)")
    else:
        tgt = "none at this scale"
    w("| wall time, s | **%s** | **%s** | %s |" % (cell(sc, lambda r: r["wall"]),
                                                  cell(mo, lambda r: r["wall"]), tgt))
    w("| CPU time (user + sys), s | %s | %s | on 2 idle cores the wall cannot go below CPU / 2 |" % (
        cell(sc, lambda r: r.get("cpu")), cell(mo, lambda r: r.get("cpu"))))
    w("| JVM + Spark session start, s | %s | %s | |" % (
        cell(sc, lambda r: r.get("startup")), cell(mo, lambda r: r.get("startup"))))
    for step in ("ingest", "indicators", "alerts", "report"):
        w("| step %s, s | %s | %s | |" % (step, cell(sc, lambda r: r["log"]["steps"].get(step)),
                                          cell(mo, lambda r: r["log"]["steps"].get(step))))
    w("| Spark stop + JVM exit, s | %s | %s | |" % (
        cell(sc, lambda r: r.get("shutdown")), cell(mo, lambda r: r.get("shutdown"))))
    w("| peak RSS of the JVM | %s | %s | driver heap ≤ 8 GiB |" % (
        cell(sc, lambda r: r.get("peak_rss_gib"), " GiB"), cell(mo, lambda r: r.get("peak_rss_gib"), " GiB")))
    w("| Java heap peak before GC / committed | %s | %s | -Xmx%s |" % (
        cell(sc, lambda r: r["gc"] and "%.2f / %.2f GiB" % (r["gc"]["peak_used_mib"] / 1024,
                                                             r["gc"]["peak_committed_mib"] / 1024)),
        cell(mo, lambda r: r["gc"] and "%.2f / %.2f GiB" % (r["gc"]["peak_used_mib"] / 1024,
                                                             r["gc"]["peak_committed_mib"] / 1024)),
        meta["heap"]))
    w("| GC pauses (count, total s) | %s | %s | |" % (
        cell(sc, lambda r: r["gc"] and "%d, %.1f" % (r["gc"]["pauses"], r["gc"]["pause_ms"] / 1000)),
        cell(mo, lambda r: r["gc"] and "%d, %.1f" % (r["gc"]["pauses"], r["gc"]["pause_ms"] / 1000))))
    w("")
    if mo and mo["exit_code"] == 0:
        ok, words = ingest_check(mo, meta["period"])
        if ok:
            w("The realistic monthly run ingested only the delivered month (%s)." % words)
        else:
            w("**The realistic monthly run is not what it claims**: it should ingest P's files and "
              "nothing else, and ingested %s. Its figures are not a monthly run's." % words)
        w("")

    results_series = series_section(run_dir, meta, w)

    # rows per second
    w("Throughput (rows = records read by ingest; file-seconds = the per-file times of the ingest "
      "log, files run two at a time):")
    w("")
    w("| run | stage | rows | seconds | rows/s |")
    w("|---|---|---:|---:|---:|")
    results = {"scale": scale, "meta": meta, "machine": mach, "sizes": sizes}
    for lab, r in runs.items():
        if not r:
            continue
        lg = r["log"]
        by = {}
        for i in lg["ingest"]:
            b = by.setdefault(i["source"], {"read": 0, "seconds": 0.0, "files": 0})
            b["read"] += i["read"]
            b["seconds"] += i["seconds"]
            b["files"] += 1
        for src, b in sorted(by.items(), key=lambda kv: -kv[1]["read"]):
            if b["read"] < 1000 and src != "social_insurance":
                continue
            w("| %s | ingest %s (%d file%s, file-seconds) | %s | %.1f | %s |" % (
                lab, src, b["files"], "" if b["files"] == 1 else "s", fmt_int(b["read"]),
                b["seconds"], fmt_int(int(b["read"] / b["seconds"])) if b["seconds"] else "—"))
        total_read = sum(b["read"] for b in by.values())
        ing = lg["steps"].get("ingest")
        if ing:
            w("| %s | ingest step, all sources (wall) | %s | %.1f | %s |" % (
                lab, fmt_int(total_read), ing, fmt_int(int(total_read / ing)) if ing else "—"))
        ind = lg["indicators"]
        staged = sum(e["counts"].get("accepted", 0) for e in r["manifest"].get("timings", [])
                     if e.get("step") == "ingest")
        if ind and sc:
            staged_all = sum(i["accepted"] for i in sc["log"]["ingest"])
            w("| %s | indicators compute (staged rows read) | %s | %.1f | %s |" % (
                lab, fmt_int(staged_all), ind["seconds"],
                fmt_int(int(staged_all / ind["seconds"])) if ind["seconds"] else "—"))
        results[lab] = {
            "wall": r["wall"], "cpu": r.get("cpu"), "exit_code": r["exit_code"],
            "startup": r.get("startup"), "shutdown": r.get("shutdown"),
            "steps": lg["steps"], "peak_rss_gib": r.get("peak_rss_gib"), "gc": r["gc"],
            "ingest_by_source": by, "indicators": ind, "threads": r["threads"],
            "rows_read": total_read, "rows_staged_in_run": staged,
        }
    w("")

    # thread CPU
    w("CPU seconds by JVM thread group (sampled from /proc; task threads do the data work):")
    w("")
    groups = []
    for r in runs.values():
        if r and r["threads"]:
            for g in r["threads"].get("cpu_seconds_by_group", {}):
                if g not in groups:
                    groups.append(g)
    w("| thread group | " + " | ".join(lab for lab, r in runs.items() if r) + " |")
    w("|---|" + "---:|" * sum(1 for r in runs.values() if r))
    for g in groups:
        w("| %s | %s |" % (g, " | ".join(
            "%.1f" % r["threads"].get("cpu_seconds_by_group", {}).get(g, 0.0)
            for r in runs.values() if r)))
    w("")

    # Spark phases and profile
    import eventlog  # noqa: E402  (same folder)
    for lab, r in runs.items():
        if not r:
            continue
        evdirs = glob.glob(os.path.join(run_dir, lab + ".eventlog", "*"))
        if evdirs:
            w("<details><summary>Spark phases, %s run (event log)</summary>" % lab)
            w("")
            w(capture(eventlog.main, [evdirs[0], "--top", "8"]).rstrip())
            w("")
            w("</details>")
            w("")
        jfr = os.path.join(run_dir, lab + ".jfr")
        if os.path.exists(jfr) and os.path.getsize(jfr) > 0:
            import jfrsummary  # noqa: E402
            w("<details><summary>CPU profile, %s run (JFR execution samples)</summary>" % lab)
            w("")
            w(capture(jfrsummary.main, [jfr, "--top", "15"]).rstrip())
            w("")
            w("</details>")
            w("")
    if results_series:
        results["series"] = results_series
    with open(os.path.join(run_dir, "results.json"), "w") as f:
        json.dump(results, f, indent=1, default=str)
    return "\n".join(out) + "\n"


def capture(fn, args):
    import io
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        fn(args)
    return buf.getvalue()


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    sys.stdout.write(section(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
