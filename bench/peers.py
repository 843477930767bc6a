#!/usr/bin/env python3
"""memberline against the chart tools a user would otherwise pick, on equal work.

Run by `make bench-peers`. Every tool draws exactly what memberline drew: memberline renders the
chart once with --layout-json at the bench's size, and the events it placed (their markers' refs,
with the label text it drew, the data's `short` title where it used that) and the membership
periods are what gnuplot (pngcairo, svg, pdfcairo) and matplotlib (Agg, svg, pdf) are fed through
the small converters below, at 1600x900 px (16.67 x 9.375 in at 96 dpi). The report states the
events each tool drew and the events memberline left out to fit. Every figure is the median of
RUNS whole-process runs (start-up included: that is what a user or a CI job pays), the tools run
alternately so that load from other processes falls on all alike; peak memory is GNU time's
peak resident set in one extra run. The issue's gnuplot-relative targets are judged pass/FAIL
as `make bench` judges its own: SVG bytes at most gnuplot's, PNG bytes at most 1.15x gnuplot's.

Vega-Lite (vl2png) and Mermaid (mmdc) are not run: they need node and a browser, and no
converter for them is written yet; the report says so.

Environment: MEMBERLINE, BENCH_OUT, BENCH_RUNS (default 5), BENCH_DATA (default data/sco.json),
PEERS_PYTHON (the interpreter with matplotlib; default /usr/bin/python3, Debian's).
"""
import json
import os
import shutil
import subprocess
import sys
import time

ML = os.path.abspath(os.environ.get("MEMBERLINE", "build/memberline"))
OUT = os.path.abspath(os.path.join(os.environ.get("BENCH_OUT", "build/bench"), "peers"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
DATA = os.path.abspath(os.environ.get("BENCH_DATA", "data/sco.json"))
PY = os.environ.get("PEERS_PYTHON", "/usr/bin/python3")
W_PX, H_PX = 1600, 900
FORMATS = ["png", "svg", "pdf"]

report = []


def say(line=""):
    print(line, flush=True)
    report.append(line)


def text(t, lang="en"):
    if isinstance(t, dict):
        return t.get(lang) or next(iter(t.values()))
    return t or ""


def iso(d):
    """A memberline date ("2001", "2001-06", "2001-06-15", "1358~") as YYYY-MM-DD."""
    d = d.rstrip("~")
    parts = d.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])


def drawn_by_memberline(chart, fmt="svg"):
    """The layout memberline drew for chart at the bench's size (its --layout-json)."""
    dump = os.path.join(OUT, chart + "-layout.json")
    subprocess.run([ML, DATA, "-q", "-c", chart, "-W", "%dpx" % W_PX, "-H", "%dpx" % H_PX,
                    "-o", os.path.join(OUT, chart + "-layout." + fmt), "--layout-json", dump],
                   check=True)
    with open(dump) as f:
        return json.load(f)


def equal_work(doc, layout):
    """What every tool draws: the events memberline drew (date, the label it drew) and bars
    (row, status, from, to)."""
    as_of = doc.get("as_of", "2025-12-31")
    items = layout["items"]
    placed = {i["ref"] for i in items if i.get("role") == "marker" and "ref" in i}
    label = {i["ref"]: i["text"] for i in items if i.get("role") == "label" and "ref" in i}
    events, left_out = [], []
    for e in doc.get("events", []):
        if e["id"] not in placed:
            left_out.append(e["id"])
            continue
        # memberline labels a tight timeline with `short` (docs/data-format.md), else `title`
        t = label.get(e["id"]) or text(e.get("short") or e["title"])
        events.append((iso(e["date"]), t.replace("\n", " ").replace('"', "'")))
    statuses = {s["id"]: text(s["label"]) for s in doc.get("statuses", [])}
    rows, bars = [], []
    for m in doc.get("members", []):
        rows.append(text(m.get("name", m["id"])).replace('"', "'"))
        for p in m.get("periods", []):
            bars.append((len(rows) - 1, statuses.get(p["status"], p["status"]), iso(p["from"]),
                         iso(p.get("to") or as_of)))
    return {"title": text(doc.get("title")), "events": sorted(events), "rows": rows,
            "bars": bars, "statuses": list(statuses.values()), "left_out": left_out,
            "in_data": len(doc.get("events", []))}


# ------------------------------------------------------------------ gnuplot

GP_TERMINAL = {
    "png": "pngcairo size %d,%d font 'Noto Sans,10'" % (W_PX, H_PX),
    "svg": "svg size %d,%d font 'Noto Sans,10'" % (W_PX, H_PX),
    "pdf": "pdfcairo size %.3fin,%.3fin font 'Noto Sans,10'" % (W_PX / 96, H_PX / 96),
}
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#56B4E9", "#D55E00", "#CC79A7", "#F0E442", "#000000"]


def gp_timeline(w, fmt, out):
    lines = ["set terminal " + GP_TERMINAL[fmt], "set output '%s'" % out,
             "set title \"%s\"" % w["title"], "set xdata time", 'set timefmt "%Y-%m-%d"',
             'set format x "%Y"', "set yrange [-4:4]", "unset ytics", "set border 1",
             "set xtics nomirror", "set key off"]
    for i, (d, label) in enumerate(w["events"]):
        y = (1 + i % 3) * (1 if i % 2 == 0 else -1)
        lines.append('set label %d "%s\\n%s" at "%s",%d center font ",9"' % (i + 1, label, d, d, y))
        lines.append('set arrow %d from "%s",0 to "%s",%d nohead lc rgb "#999999"' % (i + 1, d, d, y))
    lines.append("$E << EOD")
    lines += ["%s 0" % d for d, _ in w["events"]]
    lines.append("EOD")
    lines.append("plot $E using 1:2 with points pt 7 ps 1.5 lc rgb '#0072B2'")
    return "\n".join(lines) + "\n"


def gp_membership(w, fmt, out):
    n = len(w["rows"])
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(w["statuses"])}
    lines = ["set terminal " + GP_TERMINAL[fmt], "set output '%s'" % out,
             "set title \"%s\"" % w["title"], "set xdata time", 'set timefmt "%Y-%m-%d"',
             'set format x "%Y"', "set yrange [%g:-0.6] reverse" % (n - 0.4), "set key off",
             "set style fill solid"]
    lines.append("set ytics (" + ", ".join('"%s" %d' % (r, i) for i, r in enumerate(w["rows"]))
                 + ")")
    lines.append("$B << EOD")
    lines += ["%s %s %d %s" % (a, b, row, colour[s].replace("#", "0x")) for row, s, a, b in w["bars"]]
    lines.append("EOD")
    lines.append("plot $B using (timecolumn(1,\"%Y-%m-%d\")):3:(timecolumn(1,\"%Y-%m-%d\")):"
                 "(timecolumn(2,\"%Y-%m-%d\")):($3-0.35):($3+0.35):4 "
                 "with boxxyerror lc rgb variable")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ matplotlib

MPL_PROLOGUE = """import json, sys, datetime as dt
import matplotlib
matplotlib.use(sys.argv[3])
import matplotlib.pyplot as plt
import matplotlib.dates as mdates
w = json.load(open(sys.argv[1]))
fig, ax = plt.subplots(figsize=(%g, %g), dpi=96)
ax.set_title(w["title"])
d = lambda s: dt.date.fromisoformat(s)
""" % (W_PX / 96, H_PX / 96)

MPL_TIMELINE = MPL_PROLOGUE + """
xs = [d(e[0]) for e in w["events"]]
ax.scatter(xs, [0] * len(xs), s=30, color="#0072B2", zorder=3)
for i, (s, label) in enumerate(w["events"]):
    y = (1 + i % 3) * (1 if i % 2 == 0 else -1)
    ax.vlines(d(s), 0, y, color="#999999", lw=0.8)
    ax.annotate(label + "\\n" + s, (d(s), y), ha="center", fontsize=9)
ax.set_ylim(-4, 4)
ax.yaxis.set_visible(False)
ax.xaxis.set_major_formatter(mdates.DateFormatter("%%Y"))
fig.savefig(sys.argv[2])
"""

MPL_MEMBERSHIP = MPL_PROLOGUE + """
pal = %r
colour = {s: pal[i %% len(pal)] for i, s in enumerate(w["statuses"])}
for row, s, a, b in w["bars"]:
    ax.barh(row, (d(b) - d(a)).days, left=d(a), height=0.7, color=colour[s])
ax.set_yticks(range(len(w["rows"])), w["rows"])
ax.invert_yaxis()
ax.xaxis_date()
fig.savefig(sys.argv[2])
""" % PALETTE

MPL_BACKEND = {"png": "Agg", "svg": "svg", "pdf": "pdf"}


# ------------------------------------------------------------------ measuring


# Timing and peak memory are bench.py's: one way of measuring for both reports.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import medians as bench_medians, peak_mb  # noqa: E402


def medians(cmds):
    """Median (wall, CPU) ms of each command, run alternately after one warm-up each."""
    return [(st.wall, st.cpu) for st in bench_medians(*cmds, runs=RUNS)]


def peers_present():
    """The peers this machine has."""
    have = ["gnuplot"] if shutil.which("gnuplot") else []
    if subprocess.run([PY, "-c", "import matplotlib"], capture_output=True).returncode == 0:
        have.append("matplotlib")
    return have


def tools_for(chart, fmt, w, work_json):
    """(name, command, output) of every tool present, memberline first."""
    base = os.path.join(OUT, chart)
    tools = [("memberline", [ML, DATA, "-q", "-c", chart, "-W", "%dpx" % W_PX, "-H",
                             "%dpx" % H_PX, "-o", base + "-ml." + fmt], base + "-ml." + fmt)]
    have = peers_present()
    if "gnuplot" in have:
        gp = base + "-gp-" + fmt + ".gp"
        with open(gp, "w") as f:
            f.write((gp_timeline if chart == "timeline" else gp_membership)(
                w, fmt, base + "-gp." + fmt))
        tools.append(("gnuplot", ["gnuplot", gp], base + "-gp." + fmt))
    if "matplotlib" in have:
        script = base + "-mpl.py"
        with open(script, "w") as f:
            f.write(MPL_TIMELINE if chart == "timeline" else MPL_MEMBERSHIP)
        tools.append(("matplotlib", [PY, script, work_json, base + "-mpl." + fmt,
                                     MPL_BACKEND[fmt]], base + "-mpl." + fmt))
    return tools


def row(chart, fmt, w, work_json):
    tools = tools_for(chart, fmt, w, work_json)
    stats = medians([t[1] for t in tools])
    ml_wall, ml_cpu = stats[0]
    ml_bytes = os.path.getsize(tools[0][2])
    for (name, cmd, out), (wall, cpu) in zip(tools, stats):
        size = os.path.getsize(out)
        say("| %-10s | %-3s | %-10s | %7.1f | %7.1f | %5.2f | %8d | %5.2f | %6.1f |" % (
            chart, fmt, name, wall, cpu, cpu / ml_cpu, size, size / ml_bytes, peak_mb(cmd)))
    return {t[0]: (s, os.path.getsize(t[2])) for t, s in zip(tools, stats)}


def judge(results):
    """The issue's targets against gnuplot, on equal work: pass/FAIL with the figures."""
    say("Targets against gnuplot on equal work (the issue): SVG bytes at most gnuplot's, PNG "
        "bytes at most 1.15x gnuplot's.")
    say()
    say("| chart | fmt | memberline bytes | gnuplot bytes | ratio | target | |")
    say("|---|---|---:|---:|---:|---:|---|")
    met = True
    for (chart, fmt), limit in sorted(((k, {"svg": 1.0, "png": 1.15}[k[1]]) for k in results
                                       if k[1] in ("svg", "png")), key=lambda x: x[0]):
        r = results[(chart, fmt)]
        if "gnuplot" not in r:
            say("| %s | %s | %d | - | - | <= %.2f | not judged: no gnuplot |" % (
                chart, fmt, r["memberline"][1], limit))
            continue
        ours, theirs = r["memberline"][1], r["gnuplot"][1]
        ok = ours <= limit * theirs
        met = met and ok
        say("| %s | %s | %d | %d | %.2f | <= %.2f | %s |" % (chart, fmt, ours, theirs,
                                                           ours / theirs, limit,
                                                           "pass" if ok else "FAIL"))
    say()
    return met


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(DATA) as f:
        doc = json.load(f)
    w = equal_work(doc, drawn_by_memberline("timeline"))
    work_json = os.path.join(OUT, "work.json")
    with open(work_json, "w") as f:
        json.dump(w, f)
    tools = ["memberline"] + peers_present()
    say("# bench-peers: %s, %d runs each, %s" % (time.strftime("%Y-%m-%d"), RUNS,
                                                  os.path.basename(DATA)))
    say()
    say("Equal work: the %d events memberline drew at %dx%d px (marker, the label it drew, date) "
        "on a time axis; %d states with %d membership periods as bars." % (
            len(w["events"]), W_PX, H_PX, len(w["rows"]), len(w["bars"])))
    say()
    say("Events drawn on the timeline, of %d in the data: memberline %d (its layout dump)%s." % (
        w["in_data"], len(w["events"]), "".join(
            "; %s %d (every event it is given: the converter places each)" % (t, len(w["events"]))
            for t in tools[1:])))
    if w["left_out"]:
        say("memberline left %d out to fit the size (and says so on the chart): %s; the peers "
            "are not given them." % (len(w["left_out"]), ", ".join(w["left_out"])))
    say()
    say("| chart | fmt | tool | wall ms | CPU ms | CPU / ours | bytes | bytes / ours | peak MB |")
    say("|---|---|---|---:|---:|---:|---:|---:|---:|")
    results = {}
    for chart in ("timeline", "membership"):
        for fmt in FORMATS:
            results[(chart, fmt)] = row(chart, fmt, w, work_json)
    say()
    met = judge(results)
    say("Not measured: Vega-Lite and Mermaid (their command-line tools need node and a browser, "
        "and this bench has no converter for them).")
    say()
    say("Targets: %s" % ("all met" if met else "some not met (see FAIL)"))
    with open(os.path.join(OUT, "report.md"), "w") as f:
        f.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main()
