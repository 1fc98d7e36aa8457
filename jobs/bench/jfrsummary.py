#!/usr/bin/env python3
"""Aggregates the CPU samples of a Java Flight Recording (jdk.ExecutionSample) as Markdown.

    python3 jobs/bench/jfrsummary.py FILE.jfr [--top N] [--depth D] [--log RUN.log]

Streams `jfr print --events jdk.ExecutionSample --stack-depth D` and attributes each sample to
the innermost frame that belongs to a known component (CSV parse, validation, HMAC, Parquet write,
shuffle, person evaluation, query planning, ...), walking from the leaf towards the root; a sample
with no known frame is "other (<package of its leaf>)". Samples are Java threads on a CPU, so the
shares are a CPU profile of Java code (JIT compiler and GC threads are native: see threadcpu.py).

With --log (the batch's own log), every sample is also assigned to the step it fell in by time
("startup" before the first step, "ingest", "indicators", ...), and a table per step follows.

Plain Python 3 standard library plus the JDK's `jfr` tool.
"""
import os
import re
import subprocess
import sys
from collections import Counter

# (frame prefix, component), tried in order on each frame from the leaf up; the first match wins.
RULES = [
    ("javax.crypto.Mac", "HMAC-SHA-256 pseudonym"),
    ("org.employmentmonitor.ingest.validate.Pseudonymizer", "HMAC-SHA-256 pseudonym"),
    ("java.security.DigestInputStream", "file SHA-256 checksum"),
    ("java.util.zip.GZIPInputStream", "gunzip"),
    ("java.util.zip.ZipFile", "class loading"),
    ("java.util.jar.", "class loading"),
    ("org.employmentmonitor.ingest.csv.CsvRecordReader", "CSV scan + field decode"),
    ("org.employmentmonitor.ingest.validate.Normalizer", "value clean (trim, full-width fold)"),
    ("org.employmentmonitor.ingest.id.", "ID number / credit code check"),
    ("org.employmentmonitor.ingest.validate.DateParsers", "date / month parse"),
    ("org.employmentmonitor.ingest.validate.RowValidator", "validate (rest of RowValidator)"),
    ("org.employmentmonitor.ingest.schema.", "validate (rest of RowValidator)"),
    ("org.employmentmonitor.ingest.QuarantineWriter", "quarantine write"),
    ("org.employmentmonitor.ingest.ExtractFileParser", "ingest loop (ExtractFileParser)"),
    ("org.xerial.snappy", "Parquet compression (snappy)"),
    ("org.apache.parquet.", "Parquet encode + write"),
    ("org.apache.spark.sql.execution.datasources.parquet.", "Parquet encode + write"),
    ("org.apache.spark.sql.catalyst.CatalystTypeConverters", "Row -> InternalRow conversion"),
    ("org.apache.spark.sql.catalyst.encoders.", "Row -> InternalRow conversion"),
    ("org.apache.spark.sql.catalyst.expressions.GeneratedClass$SpecificUnsafeProjection",
     "UnsafeRow write (projection)"),
    ("org.apache.spark.sql.execution.datasources.FileFormatWriter", "write task (other)"),
    ("org.apache.spark.sql.execution.datasources.", "write task (other)"),
    ("org.employmentmonitor.indicators.person.PersonStream", "person evaluation"),
    ("org.employmentmonitor.indicators.person.", "person evaluation"),
    ("org.employmentmonitor.indicators.", "person evaluation"),
    ("org.apache.spark.util.collection.unsafe.sort.UnsafeExternalSorter", "sort (UnsafeExternalSorter)"),
    ("org.apache.spark.util.collection.unsafe.sort.", "sort (UnsafeExternalSorter)"),
    ("org.apache.spark.sql.execution.UnsafeExternalRowSorter", "sort (UnsafeExternalSorter)"),
    ("org.apache.spark.shuffle.", "shuffle write / read"),
    ("org.apache.spark.storage.", "shuffle write / read"),
    ("org.apache.spark.serializer.", "shuffle write / read"),
    ("org.apache.spark.sql.execution.UnsafeRowSerializer", "shuffle write / read"),
    ("org.apache.spark.io.", "shuffle write / read"),
    ("net.jpountz.", "shuffle compression (lz4)"),
    ("com.github.luben.zstd", "zstd (event log / shuffle)"),
    ("org.codehaus.janino", "codegen compile (janino)"),
    ("org.codehaus.commons", "codegen compile (janino)"),
    ("org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator", "codegen compile (janino)"),
    ("org.apache.spark.sql.catalyst.expressions.codegen.Unsafe", "UnsafeRow write (projection)"),
    ("org.apache.spark.sql.catalyst.expressions.GeneratedClass", "generated code (scan, project, agg)"),
    ("org.apache.spark.sql.execution.aggregate.", "aggregation"),
    ("org.apache.spark.sql.execution.vectorized.", "Parquet scan (vectorized read)"),
    ("org.apache.spark.sql.catalyst.analysis.", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.catalyst.optimizer.", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.catalyst.rules.", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.catalyst.trees.", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.catalyst.plans.", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.execution.QueryExecution", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.execution.SparkStrategies", "query analysis + planning (driver)"),
    ("org.apache.spark.sql.execution.adaptive.", "query analysis + planning (driver)"),
    ("org.apache.spark.scheduler.", "Spark scheduler"),
    ("org.apache.hadoop.", "Hadoop FS / config"),
    ("java.io.FileOutputStream", "file I/O"),
    ("java.io.FileInputStream", "file I/O"),
    ("java.io.RandomAccessFile", "file I/O"),
    ("sun.nio.ch.", "file I/O"),
    ("java.lang.ClassLoader", "class loading"),
    ("jdk.internal.loader.", "class loading"),
    ("java.net.URLClassLoader", "class loading"),
]

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(")


def classify(frames):
    for f in frames:
        for prefix, comp in RULES:
            if f.startswith(prefix):
                return comp
    leaf = frames[0] if frames else "?"
    pkg = ".".join(leaf.split(".")[:3])
    return "other (%s)" % pkg


def thread_group(name):
    if name.startswith("Executor task launch worker"):
        return "task"
    if name == "main":
        return "main"
    if name.startswith("pool-"):
        return "ingest pool"
    return "other"


def clock_ms(hms):
    """'16:53:06.000' -> milliseconds since midnight."""
    h, m, rest = hms.split(":")
    sec, _, ms = rest.partition(".")
    return ((int(h) * 60 + int(m)) * 60 + int(sec)) * 1000 + int((ms + "000")[:3])


def step_starts(log_path):
    """[(ms since midnight, step name)] from the 'step X ...' lines of the batch log."""
    out = []
    pat = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) .* - step (\w+) \.\.\.$")
    done = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) .* - (step \w+ done in|run \S+ finished in)")
    try:
        for line in open(log_path, encoding="utf-8", errors="replace"):
            m = pat.match(line)
            if m:
                out.append((clock_ms(m.group(1)), m.group(2)))
                continue
            m = done.match(line)
            if m and m.group(2).startswith("run"):
                out.append((clock_ms(m.group(1)), "shutdown"))
    except OSError:
        pass
    return out


def step_of(starts, t):
    name = "startup"
    for ms, step in starts:
        if t >= ms:
            name = step
        else:
            break
    return name


def samples(path, depth):
    cmd = ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", str(depth), path]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, bufsize=1 << 20)
    thread, frames, in_stack, when = None, [], False, 0
    for line in p.stdout:
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack, when = None, [], False, 0
        elif s.startswith("startTime = "):
            try:
                when = clock_ms(s.split("=", 1)[1].strip())
            except ValueError:
                when = 0
        elif s.startswith("sampledThread"):
            m = re.search(r'"(.*)"', s)
            thread = m.group(1) if m else "?"
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
        elif in_stack:
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1))
        elif s == "}" and thread is not None:
            yield thread, frames, when
            thread = None
    p.wait()


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    path = argv[0]
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 15
    depth = int(argv[argv.index("--depth") + 1]) if "--depth" in argv else 48
    starts = step_starts(argv[argv.index("--log") + 1]) if "--log" in argv else []
    by_step = {}
    comp = Counter()
    comp_by_group = {}
    leaf = Counter()
    groups = Counter()
    n = 0
    for thread, frames, when in samples(path, depth):
        n += 1
        g = thread_group(thread)
        c = classify(frames)
        comp[c] += 1
        if starts:
            by_step.setdefault(step_of(starts, when), Counter())[c] += 1
        comp_by_group.setdefault(g, Counter())[c] += 1
        groups[g] += 1
        if frames:
            leaf[frames[0]] += 1
    if n == 0:
        print("(no execution samples in %s)" % os.path.basename(path))
        return 0
    order = ["task", "main", "ingest pool", "other"]
    present = [g for g in order if groups[g]]
    print("%s: %d CPU samples of Java threads (%s)." % (
        os.path.basename(path), n,
        ", ".join("%s threads %d%%" % (g, round(100 * groups[g] / n)) for g in present)))
    print()
    print("| component (innermost known frame) | share | " + " | ".join(
        "%s threads" % g for g in present) + " |")
    print("|---|---:|" + "---:|" * len(present))
    for c, k in comp.most_common():
        if k * 200 < n:  # below 0.5 %
            continue
        print("| %s | %.1f%% | %s |" % (c, 100.0 * k / n, " | ".join(
            "%.1f%%" % (100.0 * comp_by_group[g][c] / n) for g in present)))
    if by_step:
        print()
        steps = [st for st in ["startup", "ingest", "indicators", "alerts", "report", "shutdown"]
                 if st in by_step]
        print("By step (share of the step's own samples; the step's share of all samples in the "
              "header):")
        print()
        print("| component | " + " | ".join(
            "%s (%d%%)" % (st, round(100 * sum(by_step[st].values()) / n)) for st in steps) + " |")
        print("|---|" + "---:|" * len(steps))
        shown = [c for c, k in comp.most_common() if k * 200 >= n]
        for c in shown:
            print("| %s | %s |" % (c, " | ".join(
                "%.1f%%" % (100.0 * by_step[st][c] / max(1, sum(by_step[st].values())))
                for st in steps)))
    print()
    print("Top %d leaf frames (self time):" % top)
    print()
    print("| frame | share |")
    print("|---|---:|")
    for f, k in leaf.most_common(top):
        print("| `%s` | %.1f%% |" % (f, 100.0 * k / n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
