#!/usr/bin/env python3
"""Runs a command for SECONDS and samples its CPU time (/proc/PID/stat utime+stime, every thread) and
its wakeups (voluntary context switches of every live thread) every 100 ms, then stops it with SIGINT.

Prints the bursts (cycles: consecutive samples that used CPU or woke up) and what the process used
between them, as JSON: a busy loop shows as CPU or wakeups in the gaps, a sleeping process as none.

  scripts/lib/idle-cpu.py SECONDS COMMAND...
"""
import glob, json, os, signal, subprocess, sys, time

TICK = os.sysconf("SC_CLK_TCK")


def sample(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14, 15)
    wakeups = 0
    for status in glob.glob(f"/proc/{pid}/task/*/status"):
        try:
            for line in open(status):
                if line.startswith("voluntary_ctxt_switches:"):
                    wakeups += int(line.split()[1])
        except FileNotFoundError:
            pass
    rss = 0
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            rss = int(line.split()[1])
    return cpu, wakeups, rss


def main():
    seconds, command = float(sys.argv[1]), sys.argv[2:]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    samples = []
    while time.monotonic() - start < seconds and proc.poll() is None:
        try:
            samples.append((time.monotonic() - start, *sample(proc.pid)))
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    proc.wait()
    bursts, gaps = [], {"seconds": 0.0, "cpu_s": 0.0, "wakeups": 0}
    current = None
    for (t0, c0, w0, _), (t1, c1, w1, _) in zip(samples, samples[1:]):
        w1 = max(w1, w0)  # a thread that ended takes its count with it
        if c1 > c0 or w1 - w0 > 2:
            if current is None:
                current = {"at_s": round(t0, 1), "cpu_s": 0.0, "wakeups": 0}
                bursts.append(current)
            current["cpu_s"] = round(current["cpu_s"] + c1 - c0, 3)
            current["wakeups"] += w1 - w0
        else:
            current = None
            gaps["seconds"] = round(gaps["seconds"] + t1 - t0, 1)
            gaps["cpu_s"] += c1 - c0
            gaps["wakeups"] += w1 - w0
    print(json.dumps({
        "command": " ".join(command), "seconds": round(samples[-1][0], 1) if samples else 0,
        "cpu_s": samples[-1][1] if samples else 0, "peak_rss_kib": samples[-1][3] if samples else 0,
        "bursts": bursts, "between_bursts": gaps,
        "load": open("/proc/loadavg").read().split()[:3]}, indent=1))


main()
