#!/usr/bin/env python3
"""Issue 20's benchmark: the draft search and a run's Monte Carlo draws on a Campo cluster of 1, 2 and 3 silos on this
machine, beside the same work on the client alone.

    python3 bench/cluster.py                       # build Release, then 2,000 drafts and 2,000 draws on 1, 2 and 3 silos
    python3 bench/cluster.py --drafts 500 --draws 500 --silos 1,2
    python3 bench/cluster.py --drafts 0            # draws only (--draws 0: drafts only)
    python3 bench/cluster.py --campo PATH          # an existing Campo.Cli.dll

For each cluster size it starts the silos (`campo cluster silo`, development clustering on loopback), runs
`campo negotiate cancun-2003 --search swiss=10:100 --drafts D --draws 0 --json --cluster 127.0.0.1:G`, stops the silos,
and reports: the wall time of the sweep as the client measured it (the closing line on its error stream: from the
first batch sent to the last answer), drafts per minute of that time, the silos' processor time (user + system of
the silo processes, from /proc, during the whole command: opening the search and judging the batches), the
client's processor time, and whether the `search` section equals the one of the run without `--cluster`. The run
without `--cluster` is measured the same way (`--timing`: its drafts per minute). The load average before and after
is printed: on a shared machine, the processor times are the steadier figure. Results are appended to
bench/results/cluster.md.

The draws: `campo run scenarios/cancun-2003.toml --draws N --json [--cluster ...]`, the same silos; the client alone is
timed by the run's `draws` phase (`--timing`), the cluster by its closing line; the whole `--json` must be equal.
"""
import argparse, datetime, json, os, platform, re, resource, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def cpu_of(pid):
    """User + system seconds of a process and its threads (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick


def start_silos(dll, n, base):
    silos = []
    for i in range(n):
        args = ["dotnet", dll, "cluster", "silo", "--port", str(base + i), "--gateway", str(base + 100 + i)]
        if i > 0:
            args += ["--primary", f"127.0.0.1:{base}"]
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
        line = p.stdout.readline()
        if "running" not in line:
            raise SystemExit(f"silo {i} did not start: {line}")
        silos.append(p)
        time.sleep(2 if i == 0 else 1)
    return silos


def stop(silos):
    for p in silos:
        p.terminate()
    for p in silos:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def negotiate(dll, drafts, extra):
    args = ["dotnet", dll, "negotiate", "cancun-2003", "--search", "swiss=10:100", "--drafts", str(drafts), "--draws", "0", "--json"] + extra
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise SystemExit(f"campo {' '.join(args[2:])} exited {r.returncode}: {r.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(r.stdout)["search"], r.stderr, wall, cpu


def run_draws(dll, draws, extra):
    args = ["dotnet", dll, "run", "scenarios/cancun-2003.toml", "--draws", str(draws), "--json"] + extra
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise SystemExit(f"campo {' '.join(args[2:])} exited {r.returncode}: {r.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = json.loads(r.stdout)
    result.pop("timing", None)
    return result, r.stderr, wall, cpu


def draws_phase_seconds(err):
    """The "Monte Carlo draws" phase of `--timing` (its table on the error stream, milliseconds), in seconds, or NaN."""
    for line in err.splitlines():
        m = re.match(r"\s*Monte Carlo draws\s+([0-9,]+)", line)
        if m:
            return int(m.group(1).replace(",", "")) / 1000
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--silos", default="1,2,3")
    parser.add_argument("--campo", help="an existing Campo.Cli.dll")
    parser.add_argument("--port", type=int, default=11400)
    a = parser.parse_args()
    dll = a.campo
    if dll is None:
        out = os.path.join(ROOT, "bin", "bench-cluster")
        subprocess.run(["dotnet", "build", "-c", "Release", "src/Campo.Cli", "-o", out], cwd=ROOT, check=True, capture_output=True)
        dll = os.path.join(out, "Campo.Cli.dll")

    rows, draw_rows = [], []
    load0 = load()
    sizes = [int(x) for x in a.silos.split(",")]
    if a.drafts > 0:
        local, err, wall, cpu = negotiate(dll, a.drafts, ["--timing"])
        timing = dict(local.get("timing") or {})
        # The search section without its timing (present only with --timing): the rest must be equal with --cluster.
        local_section = {k: v for k, v in local.items() if k != "timing"}
        rows.append(("client alone (no --cluster)", timing.get("seconds", float("nan")), timing.get("draftsPerMinute", float("nan")), None, cpu, True, wall))
    if a.draws > 0:
        local_run, err, wall, cpu = run_draws(dll, a.draws, ["--timing"])
        seconds = draws_phase_seconds(err)
        draw_rows.append(("client alone (no --cluster)", seconds, a.draws / seconds * 60 if seconds > 0 else float("nan"), None, cpu, True, wall))
    for n in sizes:
        silos = start_silos(dll, n, a.port + 10 * n)
        gateway = f"127.0.0.1:{a.port + 10 * n + 100}"
        try:
            if a.drafts > 0:
                cpu0 = sum(cpu_of(p.pid) for p in silos)
                section, err, wall, client_cpu = negotiate(dll, a.drafts, ["--cluster", gateway])
                silo_cpu = sum(cpu_of(p.pid) for p in silos) - cpu0
                m = re.search(r"cluster: (\d+) drafts in (\d+) batches on (\d+) silos in ([0-9.]+) s", err)
                seconds = float(m.group(4)) if m else float("nan")
                same = {k: v for k, v in section.items() if k != "timing"} == local_section
                rows.append((f"{n} silo{'s' if n > 1 else ''}", seconds, a.drafts / seconds * 60 if seconds > 0 else float("nan"), silo_cpu, client_cpu, same, wall))
            if a.draws > 0:
                cpu0 = sum(cpu_of(p.pid) for p in silos)
                result, err, wall, client_cpu = run_draws(dll, a.draws, ["--cluster", gateway])
                silo_cpu = sum(cpu_of(p.pid) for p in silos) - cpu0
                m = re.search(r"cluster: (\d+) draws in (\d+) batches on (\d+) silos in ([0-9.]+) s", err)
                seconds = float(m.group(4)) if m else float("nan")
                draw_rows.append((f"{n} silo{'s' if n > 1 else ''}", seconds, a.draws / seconds * 60 if seconds > 0 else float("nan"), silo_cpu, client_cpu, result == local_run, wall))
        finally:
            stop(silos)
    load1 = load()

    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load average {load0:.1f} before, {load1:.1f} after"
    lines = []
    if rows:
        lines += [
            f"\n## {stamp}: {a.drafts} drafts, cancun-2003 --search swiss=10:100, {machine}\n",
            "| run | sweep s | drafts per minute | silos' processor s | client processor s | search section = local | command wall s |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, seconds, dpm, silo_cpu, client_cpu, same, wall in rows:
            lines.append(f"| {name} | {seconds:.1f} | {dpm:,.0f} | {'' if silo_cpu is None else f'{silo_cpu:.1f}'} | {client_cpu:.1f} | {'yes' if same else 'NO'} | {wall:.1f} |")
    if draw_rows:
        lines += [
            f"\n## {stamp}: {a.draws} draws, run scenarios/cancun-2003.toml --draws {a.draws}, {machine}\n",
            "| run | draws s | draws per minute | silos' processor s | client processor s | --json = local | command wall s |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, seconds, dpm, silo_cpu, client_cpu, same, wall in draw_rows:
            lines.append(f"| {name} | {seconds:.1f} | {dpm:,.0f} | {'' if silo_cpu is None else f'{silo_cpu:.1f}'} | {client_cpu:.1f} | {'yes' if same else 'NO'} | {wall:.1f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    path = os.path.join(ROOT, "bench", "results", "cluster.md")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write("# Draft search and Monte Carlo draws on a Campo cluster (bench/cluster.py)\n\nAll silos on the one machine: they share its cores, "
                    "so this measures the cluster's overheads, not its scaling (docs/cluster.md, \"Benchmark and the expected scaling\").\n")
    with open(path, "a") as f:
        f.write(text)


if __name__ == "__main__":
    main()
