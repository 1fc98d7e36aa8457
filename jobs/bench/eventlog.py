#!/usr/bin/env python3
"""Summarises a Spark event log (uncompressed JSON lines, or .zstd via the zstd CLI) as Markdown.

    python3 jobs/bench/eventlog.py EVENT_LOG [--top N]

Per phase (the job description our steps set: "ingest <source> <month>" is grouped by source,
"indicators P", "indicators P: write table", ...): jobs, stages, tasks, wall span, summed task run
time, task CPU time, GC time, input/output bytes, shuffle write/read bytes and spill. Then the N
stages with the most task run time. Task run time / CPU time > 1 means the task threads waited
(for a core on a busy machine, for I/O or for locks).

Used by jobs/benchmark.sh; plain Python 3 standard library.
"""
import json
import os
import re
import subprocess
import sys
from collections import OrderedDict, defaultdict


def open_lines(path):
    if os.path.isdir(path):  # an event log v2 folder: events_N_<app>[.zstd]
        parts = sorted(
            (p for p in os.listdir(path) if p.startswith("events_")),
            key=lambda p: int(p.split("_")[1]),
        )
        for p in parts:
            yield from open_lines(os.path.join(path, p))
        return
    if path.endswith(".zstd") or path.endswith(".zst"):
        out = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout
        yield from out.decode("utf-8").splitlines()
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def phase_of(desc):
    if not desc:
        return "(no description)"
    m = re.match(r"ingest (\S+) \d{4}-\d{2}$", desc)
    if m:
        return "ingest " + m.group(1)
    m = re.match(r"(indicators) \d{4}-\d{2}(.*)$", desc)
    if m:
        return "indicators" + m.group(2)
    return desc


def acc_map(stage_info):
    out = {}
    for a in stage_info.get("Accumulables", []):
        name = a.get("Name", "")
        if name.startswith("internal.metrics."):
            try:
                out[name[len("internal.metrics."):]] = int(a.get("Value"))
            except (TypeError, ValueError):
                pass
    return out


METRICS = [
    ("executorRunTime", "ms"),
    ("executorCpuTime", "ns"),
    ("jvmGCTime", "ms"),
    ("input.bytesRead", "B"),
    ("input.recordsRead", "n"),
    ("output.bytesWritten", "B"),
    ("output.recordsWritten", "n"),
    ("shuffle.write.bytesWritten", "B"),
    ("shuffle.write.recordsWritten", "n"),
    ("shuffle.read.localBytesRead", "B"),
    ("shuffle.read.remoteBytesRead", "B"),
    ("memoryBytesSpilled", "B"),
    ("diskBytesSpilled", "B"),
    ("peakExecutionMemory", "B"),
]


def load(path):
    jobs = {}  # job id -> dict
    stage_job = {}
    stages = {}
    app_start = app_end = None
    for line in open_lines(path):
        line = line.strip()
        if not line:
            continue
        e = json.loads(line)
        ev = e.get("Event")
        if ev == "SparkListenerApplicationStart":
            app_start = e.get("Timestamp")
        elif ev == "SparkListenerApplicationEnd":
            app_end = e.get("Timestamp")
        elif ev == "SparkListenerJobStart":
            props = e.get("Properties") or {}
            j = {
                "id": e["Job ID"],
                "start": e["Submission Time"],
                "end": None,
                "desc": props.get("spark.job.description"),
                "stages": e.get("Stage IDs", []),
            }
            jobs[j["id"]] = j
            for s in j["stages"]:
                stage_job.setdefault(s, j["id"])
        elif ev == "SparkListenerJobEnd":
            if e["Job ID"] in jobs:
                jobs[e["Job ID"]]["end"] = e["Completion Time"]
        elif ev == "SparkListenerStageCompleted":
            si = e["Stage Info"]
            stages[si["Stage ID"]] = {
                "id": si["Stage ID"],
                "name": si.get("Stage Name", ""),
                "tasks": si.get("Number of Tasks", 0),
                "start": si.get("Submission Time"),
                "end": si.get("Completion Time"),
                "m": acc_map(si),
            }
    return app_start, app_end, jobs, stage_job, stages


def fmt_bytes(b):
    if not b:
        return "0"
    for unit, f in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if b >= f:
            return "%.1f %s" % (b / f, unit)
    return "%d B" % b


def fmt_s(ms):
    return "%.1f" % (ms / 1000.0)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    top = 10
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
    app_start, app_end, jobs, stage_job, stages = load(argv[0])

    phases = OrderedDict()
    for j in sorted(jobs.values(), key=lambda j: j["start"]):
        p = phases.setdefault(
            phase_of(j["desc"]),
            {"jobs": 0, "stages": 0, "tasks": 0, "start": j["start"], "end": j["end"] or j["start"],
             "m": defaultdict(int)},
        )
        p["jobs"] += 1
        p["start"] = min(p["start"], j["start"])
        p["end"] = max(p["end"], j["end"] or j["start"])
    for s in stages.values():
        j = jobs.get(stage_job.get(s["id"]))
        p = phases.get(phase_of(j["desc"]) if j else "(no description)")
        if p is None:
            continue
        p["stages"] += 1
        p["tasks"] += s["tasks"]
        for k, v in s["m"].items():
            if k == "peakExecutionMemory":
                p["m"][k] = max(p["m"][k], v)
            else:
                p["m"][k] += v

    total = defaultdict(int)
    for p in phases.values():
        for k, v in p["m"].items():
            total[k] += v if k != "peakExecutionMemory" else 0
    print("Spark event log: %d jobs, %d stages, %d tasks; application %s s; task run time %s s, "
          "task CPU %s s, GC %s s." % (
              len(jobs), len(stages), sum(s["tasks"] for s in stages.values()),
              fmt_s(app_end - app_start) if app_start and app_end else "?",
              fmt_s(total["executorRunTime"]), "%.1f" % (total["executorCpuTime"] / 1e9),
              fmt_s(total["jvmGCTime"])))
    print()
    print("| phase | jobs | stages | tasks | wall span s | task run s | task CPU s | GC s | input | "
          "output | shuffle write | shuffle read | spill (disk) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, p in phases.items():
        m = p["m"]
        print("| %s | %d | %d | %d | %s | %s | %.1f | %s | %s | %s | %s | %s | %s |" % (
            name, p["jobs"], p["stages"], p["tasks"], fmt_s(p["end"] - p["start"]),
            fmt_s(m["executorRunTime"]), m["executorCpuTime"] / 1e9, fmt_s(m["jvmGCTime"]),
            fmt_bytes(m["input.bytesRead"]), fmt_bytes(m["output.bytesWritten"]),
            fmt_bytes(m["shuffle.write.bytesWritten"]),
            fmt_bytes(m["shuffle.read.localBytesRead"] + m["shuffle.read.remoteBytesRead"]),
            fmt_bytes(m["diskBytesSpilled"])))
    print()
    print("Top %d stages by task run time:" % top)
    print()
    print("| stage | phase | name | tasks | span s | task run s | task CPU s | GC s | records in | "
          "shuffle write | shuffle read | peak exec mem |")
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in sorted(stages.values(), key=lambda s: -s["m"].get("executorRunTime", 0))[:top]:
        m = defaultdict(int, s["m"])
        j = jobs.get(stage_job.get(s["id"]))
        recs = m["input.recordsRead"] + m["shuffle.read.recordsRead"]
        print("| %d | %s | %s | %d | %s | %s | %.1f | %s | %s | %s | %s | %s |" % (
            s["id"], phase_of(j["desc"]) if j else "", s["name"].split(" at ")[-1], s["tasks"],
            fmt_s((s["end"] or 0) - (s["start"] or 0)), fmt_s(m["executorRunTime"]),
            m["executorCpuTime"] / 1e9, fmt_s(m["jvmGCTime"]), "{:,}".format(recs),
            fmt_bytes(m["shuffle.write.bytesWritten"]),
            fmt_bytes(m["shuffle.read.localBytesRead"] + m["shuffle.read.remoteBytesRead"]),
            fmt_bytes(m["peakExecutionMemory"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
