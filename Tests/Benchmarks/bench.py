#!/usr/bin/env python3
"""The benchmark harness behind Tests/Benchmarks/run.

Whole processes are timed with a monotonic clock around fork and exit;
where a C program does the same work, the two are run alternately, one
after the other, so that both see the same load on a shared machine, and
the ratio is taken of the medians. In-process stages come from sdgbrief's
SDGBRIEF_TIMINGS=1 lines (each format's wall time, resident memory after
loading and the peak while exporting)."""
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

WORK = pathlib.Path(sys.argv[1]).resolve()
ROOT = pathlib.Path(__file__).resolve().parents[2]
SDGBRIEF = ROOT / ".build/release/sdgbrief"
RUNS = int(os.environ.get("BENCH_RUNS", "10"))
QUICK = os.environ.get("BENCH_QUICK") == "1"
ENV = dict(os.environ, SDGBRIEF_TIMINGS="1")
ENV.pop("SOURCE_DATE_EPOCH", None)

rows = []


def say(text):
    print(text, file=sys.stderr, flush=True)


def run(command, timings=False):
    """Runs once; returns wall seconds, stdout and the timing lines as a dict."""
    started = time.perf_counter()
    done = subprocess.run(command, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(map(str, command))}\n{done.stderr}")
    stages = stage_lines(done.stderr)
    return seconds, done.stdout, stages


def stage_lines(stderr):
    """The SDGBRIEF_TIMINGS lines, "timing pdf 0.31" or "memory loaded 29440", as a dict."""
    stages = {}
    for line in stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("timing", "memory"):
            stages[f"{parts[0]} {parts[1]}"] = float(parts[2])
    return stages


def fresh(name):
    path = WORK / name
    shutil.rmtree(path, ignore_errors=True)
    return path


def export(name, *arguments):
    return [SDGBRIEF, "export", "-q", "-o", fresh(name), *arguments]


def median_of(commands, runs=RUNS):
    """Runs the commands alternately `runs` times; returns per command a list of (seconds, stages)."""
    results = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            command = command() if callable(command) else command
            seconds, stdout, stages = run(command)
            results[index].append((seconds, stdout, stages))
    return results


def med(values):
    return statistics.median(values)


def peak_rss_mib(command):
    done = subprocess.run(["/usr/bin/time", "-v", *map(str, command)], env=ENV, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    stages = stage_lines(done.stderr)
    return kib / 1024, stages


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def row(name, figure, target, verdict, note=""):
    rows.append((name, figure, target, verdict, note))
    say(f"  {name}: {figure} (target {target}) {verdict} {note}")


def ok(flag):
    return "met" if flag else "MISSED"


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores, {cpu}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"


def main():
    say(f"machine: {machine()}")
    load_before = os.getloadavg()
    synthetic = {}
    for count in ([100, 1000] if QUICK else [100, 1000, 10000]):
        path = WORK / f"synthetic-{count}.yaml"
        if not path.exists():
            run([SDGBRIEF, "synth", "--cases", str(count), "--seed", "1", "--output", path])
        synthetic[count] = path

    say("start-up: the bundled report as text")
    (startup,) = median_of([lambda: export("startup", "--format", "text")], runs=max(RUNS, 20))
    figure = med(s for s, _, _ in startup)
    row("start-up (bundled, --format text)", f"{figure * 1000:.1f} ms", "≤ 25 ms", ok(figure <= 0.025))

    say("full export of the bundled report")
    (full,) = median_of([lambda: export("full")])
    figure = med(s for s, _, _ in full)
    row("full export, bundled, every format", f"{figure:.3f} s", "≤ 0.5 s", ok(figure <= 0.5))

    say("each format alone")
    for fmt in ["csv", "xlsx", "text", "json", "pdf", "svg", "png"]:
        (alone,) = median_of([lambda fmt=fmt: export(f"alone-{fmt}", "--format", fmt)])
        stage = med(st.get(f"timing {fmt}", 0) for _, _, st in alone)
        row(f"{fmt} alone, bundled", f"{med(s for s, _, _ in alone) * 1000:.0f} ms", "—", "", f"exporter {stage * 1000:.0f} ms")

    say("PDF of the bundled report and of synthetic cases against case-page.c")
    for label, arguments in [("bundled", []), ("100 cases", ["-i", synthetic[100]])]:
        out = WORK / "pdf-pages"
        command = lambda: export("pdf-pages", "--format", "pdf", *arguments)
        seconds, _, _ = run(command())
        count = pages(next(out.glob("*.pdf")))
        c_command = [WORK / "case-page", str(count), WORK / "case-page.pdf"]
        ours, theirs = median_of([command, c_command])
        ours_page = med(st["timing pdf"] for _, _, st in ours) / count
        c_page = med(float(out.split()[1]) for _, out, _ in theirs)
        ratio = ours_page / c_page
        # The target is per page of a long brief; over the bundled report's few
        # pages the fixed costs (fonts, the charts section) dominate.
        target = (label != "bundled")
        row(f"PDF per page, {label} ({count} pages)", f"{ours_page * 1000:.2f} ms/page vs C {c_page * 1000:.2f} ms/page = {ratio:.2f}×",
            "≤ 1.4× C" if target else "—", ok(ratio <= 1.4) if target else "", "" if target else "fixed costs over few pages")

    count = 1000
    command = lambda: export("pdf-1000", "--format", "pdf", "-i", synthetic[1000])
    (big,) = median_of([command], runs=max(3, RUNS // 2))
    seconds = med(s for s, _, _ in big)
    stage = med(st["timing pdf"] for _, _, st in big)
    n = pages(next((WORK / "pdf-1000").glob("*.pdf")))
    row(f"PDF of 1,000 cases ({n} pages), whole process", f"{seconds:.2f} s", "≤ 3 s", ok(seconds <= 3),
        f"of which the PDF exporter {stage:.2f} s ({stage / n * 1000:.2f} ms/page), loading the rest")
    rss, st = peak_rss_mib(command())
    export_peak = st.get("memory export-peak", 0) / 1024
    loaded = st.get("memory loaded", 0) / 1024
    row("PDF of 1,000 cases, peak memory", f"{rss:.0f} MiB", "≤ 80 MiB", ok(rss <= 80),
        f"after loading {loaded:.0f} MiB, peak while exporting {export_peak:.0f} MiB")

    say("CSV of 10,000 (or 1,000) cases against csv-writer.c")
    count = 1000 if QUICK else 10000
    command = lambda: export("csv-big", "--format", "csv", "-i", synthetic[count])
    run(command())
    dump = WORK / f"fields-{count}.bin"
    subprocess.run([sys.executable, ROOT / "Tests/Benchmarks/raw-cairo/fields.py", WORK / "csv-big/csv", dump], check=True)
    c_out = fresh("csv-c")
    c_out.mkdir()
    subprocess.run([WORK / "csv-writer", dump, c_out], check=True, capture_output=True)
    same = all((c_out / f.name).read_bytes() == f.read_bytes() for f in (WORK / "csv-big/csv").glob("*.csv"))
    ours, theirs = median_of([command, [WORK / "csv-writer", dump, c_out]], runs=max(3, RUNS // 3))
    ours_s = med(st["timing csv"] for _, _, st in ours)
    c_s = med(float(out.split()[1]) for _, out, _ in theirs)
    row(f"CSV of {count:,} cases, exporter vs C writer", f"{ours_s * 1000:.0f} ms vs {c_s * 1000:.0f} ms = {ours_s / c_s:.2f}×",
        "≤ 2× C", ok(ours_s / c_s <= 2), "same bytes" if same else "BYTES DIFFER")

    say("charts: SVG and PNG at 16:9, scale 2, against slide-chart.c")
    charts = len(list((WORK / "full/charts").glob("*.svg")))
    chart_dir = fresh("charts-c")
    chart_dir.mkdir()
    ours, theirs = median_of([lambda: export("charts", "--format", "svg,png", "--size", "16:9", "--scale", "2"),
                              [WORK / "slide-chart", str(charts), chart_dir]])
    ours_s = med(s for s, _, _ in ours)
    c_s = med(float(out.split()[1]) for _, out, _ in theirs)
    row(f"{charts} charts as SVG and PNG, whole process vs C drawing them in turn", f"{ours_s:.3f} s vs {c_s:.3f} s = {ours_s / c_s:.2f}×",
        "< 1× C", ok(ours_s < c_s))

    if not QUICK:
        say("memory: export peak above the loaded model, 100 and 10,000 cases")

        def above_loaded(*arguments):
            rss, st = peak_rss_mib(export("memory", *arguments))
            return (st.get("memory export-peak", 0) - st.get("memory loaded", 0)) / 1024, rss, st.get("memory loaded", 0) / 1024

        every = {}
        for count in [100, 10000]:
            measured = [above_loaded("-i", synthetic[count]) for _ in range(3)]
            every[count] = med(m[0] for m in measured)
            row(f"every format, {count:,} cases: export peak − loaded model", f"{every[count]:.0f} MiB", "flat", "",
                f"median of 3; process peak {med(m[1] for m in measured):.0f} MiB, loaded {med(m[2] for m in measured):.0f} MiB")
        if every[100] <= 0:
            raise SystemExit("no memory lines from SDGBRIEF_TIMINGS: is /proc mounted?")
        ratio = every[10000] / every[100]
        row("every format, 10,000 against 100 cases", f"{ratio:.2f}×", "≤ 1.25× (“about what a 100-case export needs”)", ok(ratio <= 1.25))
        for fmt in ["pdf", "png", "svg", "csv", "xlsx", "text", "json", "markdown"]:
            small, big = (above_loaded("--format", fmt, "-i", synthetic[count])[0] for count in [100, 10000])
            row(f"{fmt} alone: export peak − loaded, 100 → 10,000 cases", f"{small:.0f} → {big:.0f} MiB", "", "", "one run each")

    table = ["| measurement | figure | target | verdict | note |", "| --- | --- | --- | --- | --- |"]
    table += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows]
    text = f"Machine: {machine()} (at start: {' '.join(f'{x:.2f}' for x in load_before)}); {RUNS} runs per measurement unless noted.\n\n" + "\n".join(table) + "\n"
    (WORK / "results.md").write_text(text)
    print(text)


main()
