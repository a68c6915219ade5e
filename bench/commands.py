#!/usr/bin/env python3
"""Issue 18's benchmark: the everyday commands, whole process, each run 5 times, median beside the machine and date.

    python3 bench/commands.py                 # publish ReadyToRun to bin/bench-r2r, then measure
    python3 bench/commands.py --campo PATH    # measure an existing campo executable
    python3 bench/commands.py --before PATH   # also measure PATH "as before" (no snapshot cache, TieredPGO on), interleaved
    python3 bench/commands.py --composite     # also publish and measure the self-contained composite ReadyToRun build
    python3 bench/commands.py --other NAME=PATH   # also measure another build, interleaved

For each command it reports the median wall time and the median processor time (user + system of the process and
its threads: the work done, which a loaded machine inflates less than wall time), the goal of issue 18, and the load
average before and after. `--before` runs the two builds alternately, so that both see the same load (a side-by-side
ratio is meaningful on a shared machine even when absolute times are not). The web run is measured as the server
reports it (`elapsedSeconds` of GET /api/runs/{id}: from the run's start to its results), first run and median of the
next ones (the first pays the data load and calibration once per server). Results are appended to
bench/results/commands.md.
"""
import argparse, datetime, json, os, platform, resource, shutil, socket, statistics, subprocess, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMANDS = [
    ("campo data members --at 2003-09-14", ["data", "members", "--at", "2003-09-14"], 0.3),
    ("campo run cancun-2003 --draws 0", ["run", "cancun-2003", "--draws", "0"], 0.4),
    ("campo run cancun-2003 (200 draws)", ["run", "cancun-2003"], 1.0),
    ("campo negotiate cancun-2003", ["negotiate", "cancun-2003"], 1.0),
]


def load():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def machine():
    model = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def run_once(exe, args, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([exe] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{exe} {' '.join(args)} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def publish(composite=False):
    """A ReadyToRun publish (the csproj turns ReadyToRun on for any RID-specific publish); composite: self-contained,
    the framework compiled into the same image (no JIT of generic instantiations over Campo's types; 156 MB)."""
    out = os.path.join(ROOT, "bin", "bench-r2r-composite" if composite else "bench-r2r")
    rid = {"x86_64": "linux-x64", "aarch64": "linux-arm64", "AMD64": "win-x64", "arm64": "osx-arm64"}.get(platform.machine(), "linux-x64")
    extra = ["--self-contained", "true", "-p:PublishReadyToRunComposite=true"] if composite else ["--self-contained", "false"]
    # Its own intermediate folder: a composite compile must not leave its images where the other publish looks.
    obj = ["-p:BaseIntermediateOutputPath=" + os.path.join(ROOT, "bin", "bench-obj-composite") + os.sep] if composite else []
    subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "Campo.Cli"), "-c", "Release", "-r", rid, *extra,
                    "-p:PublishReadyToRun=true", *obj, "-o", out], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "Campo.Cli")


def web(exe, env, runs):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([exe, "serve", "--urls", f"http://127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/api/drafts", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        times = []
        for _ in range(runs):
            body = json.dumps({"draft": "cancun-2003"}).encode()
            request = urllib.request.Request(base + "/api/runs", data=body, headers={"Content-Type": "application/json"})
            status = json.load(urllib.request.urlopen(request, timeout=60))
            state = lambda s: str(s["state"]).lower()
            while state(status) not in ("done", "failed", "2", "3"):
                time.sleep(0.05)
                status = json.load(urllib.request.urlopen(base + "/api/runs/" + status["id"], timeout=60))
            if state(status) not in ("done", "2"):
                sys.exit("web run failed: " + str(status.get("error")))
            times.append(status["elapsedSeconds"])
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--campo", help="the campo executable to measure (default: publish ReadyToRun)")
    parser.add_argument("--before", help="a second executable run as before issue 18 (CAMPO_CACHE=off, DOTNET_TieredPGO=1), interleaved")
    parser.add_argument("--other", action="append", default=[], metavar="NAME=PATH",
                        help="another build measured interleaved with the same settings as the first (e.g. composite=bin/bench-r2r-composite/Campo.Cli)")
    parser.add_argument("--composite", action="store_true", help="also publish and measure the self-contained composite ReadyToRun build")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-web", action="store_true")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "commands.md"))
    a = parser.parse_args()
    exe = a.campo or publish()
    configs = [("after", exe, dict(os.environ))]
    for other in a.other:
        name, path = other.split("=", 1)
        configs.append((name, os.path.abspath(path), dict(os.environ)))
    if a.composite:
        configs.append(("composite", publish(composite=True), dict(os.environ)))
    if a.before:
        old = dict(os.environ, CAMPO_CACHE="off", DOTNET_TieredPGO="1")
        configs.insert(0, ("before", a.before, old))
    for _, path, env in configs:
        run_once(path, ["data", "members"], env)  # warm-up: the file cache, and the snapshot cache of "after"
    load_before = load()
    rows = []
    for title, args, goal in COMMANDS:
        samples = {name: [] for name, _, _ in configs}
        for _ in range(a.runs):
            for name, path, env in configs:
                samples[name].append(run_once(path, args, env))
        for name, _, _ in configs:
            wall = statistics.median(s[0] for s in samples[name])
            cpu = statistics.median(s[1] for s in samples[name])
            rows.append((title, name, wall, cpu, goal))
            print(f"{title:40} {name:6} median {wall:6.2f} s wall, {cpu:6.2f} s CPU (goal {goal} s)", flush=True)
    webs = []
    if not a.no_web:
        for name, path, env in configs:
            times = web(path, env, a.runs + 1)
            webs.append((name, times))
            print(f"web run of cancun-2003 {name:6} first {times[0]:.2f} s, median of next {statistics.median(times[1:]):.2f} s server time (goal 0.5 s)", flush=True)
    load_after = load()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = [
        f"\n## {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}",
        f"Machine: {machine()}. Load average (1 min) {load_before} before, {load_after} after"
        f" (host: {socket.gethostname()}). {a.runs} runs each, median.",
        f"after = `{os.path.relpath(exe, ROOT)}`" + (" (ReadyToRun publish)" if not a.campo else "") + ", snapshot cache on, TieredPGO off (runtimeconfig)."
        + "".join(f" {name} = `{os.path.relpath(path, ROOT)}`." for name, path, _ in configs if name not in ("before", "after"))
        + (f" before = `{os.path.relpath(a.before, ROOT)}` with CAMPO_CACHE=off (CSV parse every run) and DOTNET_TieredPGO=1." if a.before else ""),
        "",
        "| command | build | median wall s | median CPU s | goal s |",
        "|---|---|---:|---:|---:|",
    ]
    lines += [f"| `{t}` | {n} | {w:.2f} | {c:.2f} | {g} |" for t, n, w, c, g in rows]
    for name, times in webs:
        lines.append(f"| web run of cancun-2003 (server time: first; median of next {len(times) - 1}) | {name} | {times[0]:.2f}; {statistics.median(times[1:]):.2f} | | 0.5 |")
    with open(a.out, "a") as f:
        f.write("\n".join(lines) + "\n")
    print("appended to " + a.out)


if __name__ == "__main__":
    main()
