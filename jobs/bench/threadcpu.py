#!/usr/bin/env python3
"""Samples the CPU time of every thread of a process tree until it exits; writes JSON.

    python3 jobs/bench/threadcpu.py ROOT_PID OUT.json [--interval 0.5]

Every interval it reads /proc/<pid>/task/<tid>/stat of ROOT_PID and its descendants and keeps the
last utime+stime seen per thread, so threads that end keep what they used. It also keeps the peak
VmHWM (resident set high-water mark) of each process, and the machine's CPU pressure (PSI "some"
stall time) and load average at start and end, to say how busy the machine was.

The result groups threads by role (JVM name prefixes): Spark task threads, the driver's main
thread, JIT compiler threads, GC threads, other JVM and Spark threads. Task CPU is where the data
work happens; JIT and GC are the JVM's overhead; "main" is planning, driver-side loops and the
session start. Linux only; plain Python 3 standard library.
"""
import json
import os
import sys
import time

CLK = os.sysconf("SC_CLK_TCK")

GROUPS = [
    ("spark task threads", ("Executor task",)),
    ("driver main thread", ("java", "main")),
    ("JIT compiler", ("C2 CompilerThre", "C1 CompilerThre")),
    ("GC", ("GC Thread", "G1 ", "VM Periodic Tas", "GC ")),
    ("VM thread", ("VM Thread",)),
    ("ingest file pool", ("pool-",)),
]


def group_of(comm, is_java):
    if not is_java:
        return "launcher (bash)"
    for g, prefixes in GROUPS:
        for p in prefixes:
            if comm.startswith(p):
                return g
    return "other JVM/Spark threads"


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def children_map():
    kids = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        s = read("/proc/%s/stat" % d)
        if not s:
            continue
        rest = s[s.rfind(")") + 2:].split()
        kids.setdefault(int(rest[1]), []).append(int(d))
    return kids


JAVA_PIDS = set()


def is_java(pid):
    """True for a JVM; sticky, because /proc/PID/exe is unreadable while the process exits."""
    if pid in JAVA_PIDS:
        return True
    try:
        if os.readlink("/proc/%d/exe" % pid).endswith("/java"):
            JAVA_PIDS.add(pid)
            return True
    except OSError:
        pass
    return False


def tree(root):
    """ROOT and its descendants, not descending below a JVM (its children are short-lived
    helpers such as Hadoop's chmod)."""
    kids = children_map()
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        if not is_java(p):
            todo.extend(kids.get(p, []))
    return out


def psi_some_us():
    s = read("/proc/pressure/cpu")
    if not s:
        return None
    for line in s.splitlines():
        if line.startswith("some"):
            for part in line.split():
                if part.startswith("total="):
                    return int(part[6:])
    return None


def loadavg():
    s = read("/proc/loadavg")
    return float(s.split()[0]) if s else None


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    root = int(argv[0])
    out_path = argv[1]
    interval = float(argv[argv.index("--interval") + 1]) if "--interval" in argv else 0.5
    threads = {}  # (pid, tid) -> [comm, ticks, is_java]
    hwm = {}
    t0 = time.time()
    psi0, load0 = psi_some_us(), loadavg()
    load_max = load0 or 0.0
    while os.path.exists("/proc/%d" % root):
        for pid in tree(root):
            java = is_java(pid)
            st = read("/proc/%d/status" % pid)
            if st and java:
                for line in st.splitlines():
                    if line.startswith("VmHWM:"):
                        hwm[pid] = max(hwm.get(pid, 0), int(line.split()[1]))
            try:
                tids = os.listdir("/proc/%d/task" % pid)
            except OSError:
                continue
            for tid in tids:
                s = read("/proc/%d/task/%s/stat" % (pid, tid))
                if not s:
                    continue
                comm = s[s.find("(") + 1:s.rfind(")")]
                f = s[s.rfind(")") + 2:].split()
                ticks = int(f[11]) + int(f[12])
                threads[(pid, int(tid))] = [comm, ticks, java]
        la = loadavg()
        if la is not None:
            load_max = max(load_max, la)
        time.sleep(interval)
    t1 = time.time()
    psi1, load1 = psi_some_us(), loadavg()
    groups = {}
    by_name = {}
    for (pid, tid), (comm, ticks, java) in threads.items():
        g = group_of(comm, java)
        groups[g] = groups.get(g, 0.0) + ticks / CLK
        if java:
            by_name[comm] = by_name.get(comm, 0.0) + ticks / CLK
    result = {
        "seconds": round(t1 - t0, 2),
        "cpu_seconds_by_group": {k: round(v, 2) for k, v in sorted(groups.items(), key=lambda kv: -kv[1])},
        "cpu_seconds_total": round(sum(groups.values()), 2),
        "cpu_seconds_by_thread_name": {k: round(v, 2) for k, v in sorted(
            by_name.items(), key=lambda kv: -kv[1]) if v >= 0.05},
        "threads_seen": len(threads),
        "peak_rss_kib_by_pid": hwm,
        "peak_rss_kib": max(hwm.values()) if hwm else None,
        "load_start": load0,
        "load_end": load1,
        "load_max": load_max,
        "cpu_pressure_some_share": (round((psi1 - psi0) / 1e6 / (t1 - t0), 3)
                                    if psi0 is not None and psi1 is not None and t1 > t0 else None),
    }
    with open(out_path, "w") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
