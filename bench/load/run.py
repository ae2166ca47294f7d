#!/usr/bin/env python3
"""Load test of `editorial-lint serve` from a second process on loopback.

Starts the server (Release build), waits for /healthz, then drives it with wrk: a warm-up, then
PHASE 1 posting the five seed articles in turn, PHASE 2 posting one 1,000-word article, both with
--connections clients, and PHASE 3 the 1,000-word article from as many clients as cores (latency
when requests do not queue). Reports requests/s, p50/p99 latency, errors (non-2xx and socket errors),
the server's CPU time per request (from /proc, so it holds however busy the machine is) and its
memory, sampled every second: peak (VmHWM) and the resident size over time, to show it stays flat.
Every phase is bounded in time; the server is stopped with SIGTERM at the end.

  python3 bench/load/run.py [--connections 50] [--duration 60] [--threads 2] [--dll PATH]   (an editorial-lint.dll, or a native executable)

Needs wrk (Debian: apt-get install -y wrk).
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seeds():
    folder = os.path.join(ROOT, "fixtures", "articles")
    return [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".txt")]


def thousand_words():
    """Seed 000 (834 words) topped up with paragraphs of seed 004 to 1,000 words."""
    paths = seeds()
    text = open(paths[0], encoding="utf-8").read().rstrip()
    extra = open(paths[4], encoding="utf-8").read().split("\n\n")
    for paragraph in extra:
        if len(text.split()) >= 1000:
            break
        words = paragraph.split()
        need = 1000 - len(text.split())
        text += "\n\n" + " ".join(words[:need])
    return text


def write_bodies(folder, articles):
    paths = []
    for i, (name, text) in enumerate(articles):
        path = os.path.join(folder, f"body-{i}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"id": name, "body": text, "format": "text"}, f, ensure_ascii=False)
        paths.append(path)
    listing = os.path.join(folder, f"bodies-{len(os.listdir(folder))}.txt")
    with open(listing, "w") as f:
        f.write("\n".join(paths) + "\n")
    return listing


class MemorySampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.samples = []  # (seconds since start, RSS MiB, phase)
        self.phase = "start"
        self.stop = threading.Event()
        self.start_time = time.monotonic()

    def status(self, key):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0
        return 0.0

    def run(self):
        while not self.stop.wait(1.0):
            try:
                self.samples.append((time.monotonic() - self.start_time, self.status("VmRSS"), self.phase))
            except FileNotFoundError:
                return

    def peak(self):
        return self.status("VmHWM")

    def cpu_seconds(self):
        """User plus system CPU time the server has used: its cost, whatever else the machine runs."""
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(url, listing, connections, threads, duration):
    """Runs wrk; gives its output, the parsed figures, and the CPU seconds wrk itself used (the
    client shares the machine's cores with the server, so what it takes is not the server's)."""
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
           "--latency", "-s", os.path.join(HERE, "post.lua"), url, "--", listing]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = parse(out)
    result["client_cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, result


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse(out):
    result = {"requests": 0, "rps": 0.0, "p50": None, "p99": None, "non2xx": 0, "socket_errors": 0}
    if m := re.search(r"(\d+) requests in", out):
        result["requests"] = int(m.group(1))
    if m := re.search(r"Requests/sec:\s+([\d.]+)", out):
        result["rps"] = float(m.group(1))
    for pct in ("50", "99"):
        if m := re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M):
            result[f"p{pct}"] = to_ms(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        result["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        result["socket_errors"] = sum(int(g) for g in m.groups())
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--duration", type=int, default=60, help="seconds of phase 1 (phase 2 is half)")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--dll", default=os.path.join(ROOT, "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll"))
    args = parser.parse_args()
    if args.duration > 600 or args.connections > 500:
        sys.exit("run.py: keep the load bounded: --duration at most 600 s, --connections at most 500")
    if shutil.which("wrk") is None:
        sys.exit("run.py: needs wrk; install it with: apt-get install -y wrk")
    if not os.path.exists(args.dll):
        print("building the tool (Release)...", flush=True)
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src/EditorialLint.Cli"), "-c", "Release", "-nologo", "-v", "q"], check=True)

    work = tempfile.mkdtemp(prefix="editorial-lint-load-")
    seed_list = write_bodies(work, [(os.path.basename(p)[:3], open(p, encoding="utf-8").read()) for p in seeds()])
    long_text = thousand_words()
    long_list = write_bodies(work, [("thousand-words", long_text)])

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = os.path.join(work, "server.log")
    log = open(log_path, "w")
    command = ["dotnet", args.dll] if args.dll.endswith(".dll") else [args.dll]
    server = subprocess.Popen(command + ["serve", "--urls", url], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                health = json.load(urllib.request.urlopen(url + "/healthz", timeout=2))
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"run.py: the server did not come up; see {log_path}")
                time.sleep(0.5)
        memory = MemorySampler(server.pid)
        memory.start()
        print(f"server pid {server.pid} on {url}, {health['rules']} rules; {os.cpu_count()} cores; "
              f"load average before: {os.getloadavg()[0]:.1f}", flush=True)

        memory.phase = "warm-up"
        wrk(url, seed_list, args.connections, args.threads, args.warmup)
        after_warmup = memory.status("VmRSS")

        phases = []
        for name, listing, connections, duration in (
                (f"seeds, {args.connections} clients", seed_list, args.connections, args.duration),
                (f"1,000 words, {args.connections} clients", long_list, args.connections, max(5, args.duration // 2)),
                (f"1,000 words, {os.cpu_count()} clients", long_list, os.cpu_count(), max(5, args.duration // 4))):
            memory.phase = name
            cpu = memory.cpu_seconds()
            out, result = wrk(url, listing, connections, args.threads, duration)
            result["cpu_ms"] = (memory.cpu_seconds() - cpu) * 1000 / max(1, result["requests"])
            result["client_ms"] = result["client_cpu"] * 1000 / max(1, result["requests"])
            phases.append((name, out, result))
        end_rss = memory.status("VmRSS")
        peak = memory.peak()
        memory.phase = "idle"
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            code = "killed"
        log.close()
    memory.stop.set()

    lines = sum(1 for line in open(log_path) if '"RequestLog"' in line or "RequestLog" in line)
    print()
    for _, out, _ in phases:
        print(out)
    print(f"{'phase':<26} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'CPU ms/req':>11} {'client CPU':>11}")
    for name, _, r in phases:
        errors = r["non2xx"] + r["socket_errors"]
        print(f"{name:<26} {r['requests']:>9} {r['rps']:>8.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {errors:>7} {r['cpu_ms']:>11.2f} {r['client_ms']:>11.2f}")
    print("(CPU ms/req: the server's CPU time per request; client CPU: wrk's, on the same cores)")
    print(f"(the 1,000-word article has {len(long_text.split())} words)")
    rss = [s for s in memory.samples if s[2] not in ("start", "warm-up", "idle")]
    if rss:
        lo, hi = min(s[1] for s in rss), max(s[1] for s in rss)
        print(f"server memory: after warm-up {after_warmup:.0f} MiB, at end {end_rss:.0f} MiB, "
              f"range under load {lo:.0f}-{hi:.0f} MiB, peak (VmHWM) {peak:.0f} MiB")
        step = max(1, len(rss) // 12)
        print("RSS over time (s: MiB): " + ", ".join(f"{t:.0f}: {m:.0f}" for t, m, _ in rss[::step]))
    print(f"server exit code after SIGTERM: {code}; log lines for requests: {lines}; "
          f"load average after: {os.getloadavg()[0]:.1f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
