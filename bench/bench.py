#!/usr/bin/env python3
"""memberline benchmark: whole-process runs against a floor program, batch, and scale.

Called by bench/run.sh (`make bench`). Every figure is a median of RUNS runs after a warm-up;
ours and the floor are run alternately so that load from other processes hits both alike, and
every target is a ratio to the floor measured in the same run. Peak memory comes from the OS
(GNU time's %M, the peak resident set size) in one extra run.

Environment: MEMBERLINE, FLOOR (programs), BENCH_OUT (scratch folder), BENCH_RUNS (default 7),
BENCH_DATA (default data/sco.json), BENCH_SECTIONS (default "charts batch scale"; also
"instructions", callgrind counts, a few minutes).
"""
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

ML = os.path.abspath(os.environ.get("MEMBERLINE", "build/memberline"))
FLOOR = os.path.abspath(os.environ.get("FLOOR", "build/bench/floor"))
# The floor with our PNG encoder: the PNG ratio against it measures drawing alone.
FLOOR_OURS = os.path.abspath(os.environ.get("FLOOR_OURS", "build/bench/floor-ours"))
OUT = os.path.abspath(os.environ.get("BENCH_OUT", "build/bench"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
DATA = os.path.abspath(os.environ.get("BENCH_DATA", "data/sco.json"))
SECTIONS = os.environ.get("BENCH_SECTIONS", "charts batch scale").split()
GNU_TIME = "/usr/bin/time"

CHARTS = ["timeline", "membership", "count", "map"]
FORMATS = ["png", "svg", "pdf"]
# Targets (issue "Performance: beat the peers"), CPU time as a ratio to the floor program.
TARGET = {"svg": 0.5,  # the layout-driven SVG writer (real text)
          "svg-paths": 1.15,  # --svg-text paths: cairo's outlines
          "pdf": 1.1,
          "png": 0.75,  # against the floor with cairo's PNG writer ...
          "png-ours": 1.1}  # ... and against the floor with our encoder: drawing alone
PNG_SIZE = 1.15  # PNG bytes against cairo's writer on the same pixels
BATCH_MS = {"png": 12.0, "svg": 5.0, "pdf": 5.0}
TIMELINE_10K_MS = 250.0  # SVG, every event accounted for
JOBS2_SPEEDUP = 1.8  # batch --jobs 2 against --jobs 1, wall time, on 2 cores
PAGED_MEMBERS = 1000  # a membership chart this long is read as pages (--size a4)


def peak_target_mb(input_path):
    """Peak memory: at most 3 times the input file plus 25 MB."""
    return 3 * os.path.getsize(input_path) / 1e6 + 25

report_lines = []


def say(line=""):
    print(line, flush=True)
    report_lines.append(line)


class Stat:
    """Median wall time and median CPU time (user + system) of a command, in ms."""

    def __init__(self, walls, cpus):
        self.wall = statistics.median(walls)
        self.cpu = statistics.median(cpus)


def run(cmd):
    """Wall and CPU ms of one run; fails loudly, a broken run is no measurement."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t0) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit("bench: %s failed (%d): %s" % (" ".join(cmd), p.returncode, err.decode()[:500]))
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def peak_mb(cmd):
    path = os.path.join(OUT, "time.txt")
    subprocess.run([GNU_TIME, "-f", "%M", "-o", path] + cmd, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    with open(path) as f:
        return int(f.read().split()[-1]) / 1024


def medians(*cmds, runs=RUNS):
    """A Stat for each command, run alternately after one warm-up each, so that load from
    other processes falls on all of them alike."""
    for c in cmds:
        run(c)
    walls, cpus = [[] for _ in cmds], [[] for _ in cmds]
    for _ in range(runs):
        for i, c in enumerate(cmds):
            w, u = run(c)
            walls[i].append(w)
            cpus[i].append(u)
    return [Stat(walls[i], cpus[i]) for i in range(len(cmds))]


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


# ------------------------------------------------------------------ the floor's input


def spec_from_layout(layout_path, spec_path, scale):
    """Turn our layout dump into the floor's item list: same kinds, counts, strings, sizes,
    font styles and wrap widths."""
    with open(layout_path) as f:
        lay = json.load(f)
    counts = {}
    lines = ["size %g %g %g" % (lay["width"], lay["height"], scale),
             "font Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"]
    for it in lay["items"]:
        kind = it["kind"]
        x, y, w, h = it["box"]
        fill = it.get("fill", "#000000ff").lstrip("#")
        if kind == "text":
            text = " ".join(it["text"].split())
            style = ("b" if it.get("bold") else "") + ("i" if it.get("italic") else "") or "r"
            lines.append("T %g %g %g %s %s %g %s %s" % (x, y, it["size"], fill, style,
                                                        it.get("wrap", 0),
                                                        it.get("align", "left")[0], text))
        elif kind in ("line", "axis"):
            lines.append("L %g %g %g %g 000000ff" % tuple(it["points"]))
        elif kind == "marker":
            lines.append("M %g %g %g %g %s" % (x, y, w, h, fill))
        elif kind == "path":
            rings = it.get("rings", [4])
            lines.append("P %g %g %g %g %s %d %s" % (x, y, w, h, fill, len(rings),
                                                     " ".join(map(str, rings))))
        else:
            lines.append("R %g %g %g %g %s" % (x, y, w, h, fill))
        counts[kind] = counts.get(kind, 0) + 1
    with open(spec_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return counts


# ------------------------------------------------------------------ charts against the floor


def make_spec(chart):
    """The floor's input for chart, from our layout of it."""
    base = os.path.join(OUT, chart)
    layout, spec = base + ".layout.json", base + ".spec"
    subprocess.run([ML, DATA, "-q", "-c", chart, "-o", base + ".svg", "--layout-json", layout],
                   check=True)
    spec_from_layout(layout, spec, 96 / 72)
    return spec


def svg_paths_supported():
    p = subprocess.run([ML, "--help"], capture_output=True, text=True)
    return "--svg-text" in p.stdout


def chart_row(chart, fmt, variant=None):
    base = os.path.join(OUT, "%s" % chart)
    ours_out, floor_out = base + "." + fmt, base + "-floor." + fmt
    spec = make_spec(chart)
    ours_cmd = [ML, DATA, "-q", "-c", chart, "-o", ours_out]
    if variant == "svg-paths":
        ours_cmd += ["--svg-text", "paths"]
    cmds = [ours_cmd, [FLOOR, spec, floor_out]]
    if fmt == "png" and os.path.exists(FLOOR_OURS):
        cmds.append([FLOOR_OURS, spec, base + "-floor-ours.png"])
    stats = medians(*cmds)
    ours, floor = stats[0], stats[1]
    ratio = ours.cpu / floor.cpu
    mem = peak_mb(ours_cmd)
    mem_ok = mem <= peak_target_mb(DATA)
    size = os.path.getsize(ours_out) / os.path.getsize(floor_out)
    key = variant or fmt
    ok = ratio <= TARGET[key]
    why = [] if ok else ["CPU"]
    target = "<=%.2f" % TARGET[key]
    if fmt == "png":
        # Our file against cairo's writer on the very same pixels.
        cairo_png = base + "-cairo.png"
        subprocess.run([FLOOR, "--reencode", ours_out, cairo_png], check=True)
        size = os.path.getsize(ours_out) / os.path.getsize(cairo_png)
        if size > PNG_SIZE:
            ok, why = False, why + ["size"]
        target += ", size<=%.2f" % PNG_SIZE
        if len(stats) == 3:
            r2 = ours.cpu / stats[2].cpu
            if r2 > TARGET["png-ours"]:
                ok, why = False, why + ["CPU vs floor-ours"]
            target += "; vs floor+our encoder %.2f (<=%.2f)" % (r2, TARGET["png-ours"])
    if not mem_ok:
        ok, why = False, why + ["memory"]
    say("| %-10s | %-9s | %6.1f | %6.1f | %5.2f | %6.1f | %6.1f | %5.2f | %-19s | %5.2f | %5.1f "
        "| <=%.1f | %s |"
        % (chart, key, ours.wall, floor.wall, ours.wall / floor.wall, ours.cpu, floor.cpu, ratio,
           target, size, mem, peak_target_mb(DATA), verdict(why)))
    return ok


def verdict(why):
    """pass, or FAIL with the targets missed: a FAIL always shows its reason."""
    return "pass" if not why else "FAIL (%s)" % ", ".join(why)


def section_charts():
    say("## Charts (SCO data, 1600 px wide; ms are medians of %d whole-process runs)" % RUNS)
    say()
    # Items per chart, from the layout dump, so the reader sees what the floor draws.
    say("| chart | format | ours wall ms | floor wall ms | wall ratio | ours CPU ms | floor CPU ms "
        "| CPU ratio | target (CPU ratio) | size ratio* | peak MB | peak MB target | result |")
    say("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|")
    ok = True
    paths = svg_paths_supported()
    for chart in CHARTS:
        for fmt in FORMATS:
            ok = chart_row(chart, fmt) and ok
        if paths:
            ok = chart_row(chart, "svg", "svg-paths") and ok
    say()
    say("Peak memory target: 3 x the input (%s) + 25 MB = %.1f MB." % (
        os.path.basename(DATA), peak_target_mb(DATA)))
    say("Pass or fail goes by the CPU ratio (user + system time of each process): on a shared "
        "machine wall time also counts the waits for a core. Both are medians of alternate runs.")
    say("*size ratio: our file over the floor's for SVG and PDF; for PNG, our file over "
        "cairo_surface_write_to_png of the same pixels.")
    say()
    say("Floor items per chart (from --layout-json): " + "; ".join(
        "%s %s" % (c, item_counts(c)) for c in CHARTS))
    say()
    return ok


def item_counts(chart):
    with open(os.path.join(OUT, chart + ".layout.json")) as f:
        items = json.load(f)["items"]
    counts = {}
    for it in items:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    return " ".join("%s=%d" % kv for kv in sorted(counts.items()))


# ------------------------------------------------------------------ batch


def write_manifest(fmt, n=100):
    folder = os.path.join(OUT, "batch-" + fmt)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)
    jobs = [{"name": "%s-%d" % (CHARTS[i % len(CHARTS)], i), "chart": CHARTS[i % len(CHARTS)],
             "output": "%03d.%s" % (i, fmt)} for i in range(n)]
    path = os.path.join(folder, "manifest.json")
    with open(path, "w") as f:
        json.dump({"defaults": {"data": DATA}, "jobs": jobs}, f)
    return path


def batch_floor(specs, fmt, n):
    """ms per chart for the floor drawing the same mix of charts in one process per chart kind."""
    out = os.path.join(OUT, "floor-batch." + fmt)
    cmds = [[FLOOR, spec, out, str(n // len(specs))] for spec in specs]
    return sum(st.cpu for st in medians(*cmds, runs=3)) / n


def section_batch():
    n = 100
    say("## Batch: one process, %d charts (timeline, membership, count, map in turn)" % n)
    say()
    say("| format | wall ms total | wall ms per chart | CPU ms per chart | floor CPU ms per chart "
        "| CPU ratio | target (CPU) | peak MB | peak MB target | result |")
    say("|---|---:|---:|---:|---:|---:|---|---:|---:|---|")
    ok = True
    manifests = {}
    specs = [make_spec(c) for c in CHARTS]
    for fmt in FORMATS:
        manifests[fmt] = write_manifest(fmt, n)
        cmd = [ML, "batch", "-q", manifests[fmt]]
        (t,) = medians(cmd, runs=max(3, RUNS // 2))
        per = t.cpu / n
        floor_per = batch_floor(specs, fmt, n)
        mem = peak_mb(cmd)
        why = ([] if per <= BATCH_MS[fmt] else ["CPU"]) + (
            [] if mem <= peak_target_mb(DATA) else ["memory"])
        ok = ok and not why
        say("| %s | %.0f | %.2f | %.2f | %.2f | %.2f | <=%.0f | %.1f | <=%.1f | %s |" %
            (fmt, t.wall, t.wall / n, per, floor_per, per / floor_per, BATCH_MS[fmt], mem,
             peak_target_mb(DATA), verdict(why)))
    say()
    say("Floor per chart: the floor program drawing each chart's items n/4 times in one process "
        "(fonts loaded once), the four charts' times summed over n.")
    say()
    one, two = medians([ML, "batch", "-q", manifests["png"]],
                       [ML, "batch", "-q", "--jobs", "2", manifests["png"]], runs=max(3, RUNS // 2))
    speedup = one.wall / two.wall
    good = speedup >= JOBS2_SPEEDUP
    say("`--jobs 2` (PNG, %d charts): %.0f ms -> %.0f ms wall, speed-up %.2fx on %d cores, "
        "target >= %.1fx: %s (load average now %s; other processes on the cores lower it)" % (
            n, one.wall, two.wall, speedup, os.cpu_count(), JOBS2_SPEEDUP,
            verdict([] if good else ["speed-up"]), loadavg()))
    say()
    return ok and good


# ------------------------------------------------------------------ scale


def make_doc(n_events, n_members):
    """A synthetic document: events spread over 30 years, members with 1-3 periods each."""
    cats = [{"id": "c%d" % i, "label": {"en": "Category %d" % i}} for i in range(6)]
    stats = [{"id": s, "label": {"en": s.title()}, "rank": r + 1}
             for r, s in enumerate(["member", "observer", "partner"])]
    events = []
    for i in range(n_events):
        day = 1 + (i * 7919) % (30 * 365)
        y, d = 1995 + day // 365, day % 365
        events.append({"id": "e%d" % i, "date": "%04d-%02d-%02d" % (y, 1 + d // 31 % 12, 1 + d % 28),
                       "title": {"en": "Event number %d of the synthetic set" % i},
                       "category": "c%d" % (i % 6), "sources": ["https://example.org/%d" % i]})
    events.sort(key=lambda e: e["date"])
    members = []
    for i in range(n_members):
        y0 = 1996 + (i * 37) % 25
        periods = [{"status": "observer", "from": "%d-01-01" % y0, "to": "%d-06-01" % (y0 + 2)},
                   {"status": "member", "from": "%d-06-01" % (y0 + 2)}]
        members.append({"id": "M%d" % i, "name": {"en": "State %d" % i}, "periods": periods})
    return {"memberline": 1, "languages": ["en"], "title": {"en": "Scale test"},
            "subtitle": {"en": "%d events, %d members" % (n_events, n_members)},
            "source": {"en": "generated"}, "as_of": "2025-01-01", "categories": cats,
            "statuses": stats, "events": events, "spans": [], "members": members}


def drawn(chart, layout_path):
    """What the chart drew, from its layout dump: events (distinct marker refs) or rows (name
    texts), and how many it reports as not shown (an item with role "not-shown" and a value)."""
    with open(layout_path) as f:
        items = json.load(f)["items"]
    if chart == "timeline":
        marks = [i for i in items if i.get("role") == "marker"]
        n = len({i.get("ref") for i in marks}) if all("ref" in i for i in marks) else len(marks)
    else:
        n = sum(1 for i in items if i.get("role") == "name")
    hidden = sum(int(i.get("value", 0)) for i in items if i.get("role") == "not-shown")
    return n, hidden


def scale_series(chart, sizes, doc_for, expected):
    rows, ok = [], True
    for n in sizes:
        path = os.path.join(OUT, "scale-%s-%d.json" % (chart, n))
        with open(path, "w") as f:
            json.dump(doc_for(n), f)
        layout = os.path.join(OUT, "scale-%s-%d.layout.json" % (chart, n))
        cmd = [ML, path, "-q", "-c", chart, "-o", os.path.join(OUT, "scale.svg")]
        subprocess.run(cmd + ["--layout-json", layout], check=True)
        shown, hidden = drawn(chart, layout)
        (t,) = medians(cmd, runs=3)
        mem = peak_mb(cmd)
        rows.append((n, t.cpu, mem, instructions(cmd), shown, hidden, path))
    # What grows with n is the work above the smallest case (start-up, fonts and chrome do
    # not), counted in instructions: a few ms of timing noise would swamp the small steps.
    base = rows[0][3]
    for i, (n, t, mem, ins, shown, hidden, path) in enumerate(rows):
        exp = ""
        if i > 0 and rows[i - 1][3] - base > 0 and ins - base > 0 and n > rows[i - 1][0]:
            exp = "%.2f" % (math.log((ins - base) / (rows[i - 1][3] - base)) /
                            math.log(n / rows[i - 1][0]))
        why = ([] if shown + hidden == expected(n) else ["not accounted"]) + (
            [] if mem <= peak_target_mb(path) else ["memory"])
        if chart == "timeline" and n == 10000 and t > TIMELINE_10K_MS:
            why.append("CPU")
        ok = ok and not why
        say("| %s | %d | %d + %d | %.1f | %.1f (<=%.1f) | %.1f | %s | %s |" % (
            chart, n, shown, hidden, t, mem, peak_target_mb(path), ins / 1e6, exp, verdict(why)))
    return ok


def section_scale():
    say("## Scale (SVG, synthetic data; exponent of the instructions above the smallest case "
        "between neighbouring sizes: linear shows as 1, n log n as about 1.1)")
    say()
    say("A row counts only when the chart accounted for its data: drawn + reported as not shown "
        "equals the events (timeline) or rows (membership) in the file. Timeline at 10,000 "
        "events: target %.0f ms CPU." % TIMELINE_10K_MS)
    say()
    say("| chart | n | drawn + not shown | CPU ms | peak MB (target) | instructions M | exponent "
        "| result |")
    say("|---|---:|---|---:|---:|---:|---|---|")
    ok = scale_series("timeline", [10, 100, 1000, 10000], lambda n: make_doc(n, 10), lambda n: n)
    ok = scale_series("membership", [10, 100, 1000], lambda n: make_doc(10, n), lambda n: n) and ok
    say()
    return scale_paged(PAGED_MEMBERS) and ok


def scale_paged(n):
    """The long membership chart as a user gets it: pages of A4 (PDF, and a PNG a page), not
    one image as tall as all its rows."""
    path = os.path.join(OUT, "scale-membership-%d.json" % n)
    with open(path, "w") as f:
        json.dump(make_doc(10, n), f)
    say("Membership at %d members as pages (`--size a4`), the way a user prints it: every row "
        "accounted for, pages from the layout dump and the files written, peak memory against "
        "the target." % n)
    say()
    say("| format | pages | files | drawn + not shown | CPU ms | peak MB (target) | result |")
    say("|---|---:|---:|---|---:|---:|---|")
    ok = True
    for fmt in ("pdf", "png"):
        folder = os.path.join(OUT, "paged-" + fmt)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        layout = os.path.join(folder, "layout.json")
        cmd = [ML, path, "-q", "-c", "membership", "--size", "a4", "-o",
               os.path.join(folder, "m." + fmt)]
        subprocess.run(cmd + ["--layout-json", layout], check=True)
        with open(layout) as f:
            pages = json.load(f)["pages"]
        files = len([x for x in os.listdir(folder) if x.endswith("." + fmt)])
        shown, hidden = drawn("membership", layout)
        (t,) = medians(cmd, runs=3)
        mem = peak_mb(cmd)
        why = ([] if shown + hidden == n else ["rows"]) + (
            [] if pages > 1 else ["one page"]) + (
            [] if mem <= peak_target_mb(path) else ["memory"])
        ok = ok and not why
        say("| %s | %d | %d | %d + %d | %.1f | %.1f (<=%.1f) | %s |" % (
            fmt, pages, files, shown, hidden, t.cpu, mem, peak_target_mb(path), verdict(why)))
    say()
    return ok


# ------------------------------------------------------------------ instruction counts


def instructions(cmd):
    """Instructions of a whole process, all threads (valgrind's callgrind): the same count
    for the same binary and input whatever else the machine is doing."""
    out = os.path.join(OUT, "callgrind.out")
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("bench: callgrind on %s failed: %s" % (" ".join(cmd), p.stderr[-500:]))
    os.remove(out)
    for line in p.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].replace(",", ""))
    sys.exit("bench: no instruction count from callgrind")


def section_instructions():
    if not shutil.which("valgrind"):
        say("(instructions: valgrind is missing; make deps-bench installs it)")
        return False
    say("## Instruction counts (callgrind, whole process, all threads; independent of load)")
    say()
    say("| chart | format | ours M | floor M | ratio | target |")
    say("|---|---|---:|---:|---:|---|")
    for chart in CHARTS:
        spec = make_spec(chart)
        for fmt in FORMATS:
            base = os.path.join(OUT, chart)
            ours = instructions([ML, DATA, "-q", "-c", chart, "-o", base + "." + fmt])
            floor = instructions([FLOOR, spec, base + "-floor." + fmt])
            target = "<=%.2f" % TARGET[fmt]
            say("| %-10s | %-3s | %7.1f | %7.1f | %5.3f | %s |" %
                (chart, fmt, ours / 1e6, floor / 1e6, ours / floor, target))
    say()
    say("Instructions are not time: zlib's deflate, most of the floor's PNG work, runs more "
        "instructions per cycle than text layout. Pass or fail goes by the CPU table; this one "
        "shows where a change moved the work.")
    say()
    return True


def main():
    os.makedirs(OUT, exist_ok=True)
    say("# memberline benchmark")
    say()
    say("Machine: %d cores (nproc), %s; load average at start %s" %
        (os.cpu_count(), cpu_model(), loadavg()))
    say()
    ok = True
    for name in SECTIONS:
        ok = globals()["section_" + name]() and ok
    say("Load average at end: %s. Overall: %s" % (loadavg(), "all targets met" if ok else
                                                    "some targets not met (see FAIL)"))
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write("\n".join(report_lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
