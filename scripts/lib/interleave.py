#!/usr/bin/env python3
"""Times commands round-robin — one run of each in turn, RUNS rounds after one warm-up round — and
writes hyperfine-shaped JSON (results[].command, median, mean, times).

    interleave.py RUNS OUT.json [--before COMMAND] NAME=COMMAND...

With --before, COMMAND runs (untimed) at the start of every round: it sets up what the round's
commands act on (`scripts/compare --delay` submits the copies that the timed watchers then follow).

Against moto, whose serving time drifts by ±20 % from minute to minute, consecutive runs of one
command (hyperfine's order) compare each client with a different server; interleaving gives every
client the same server, round by round.
"""
import json
import statistics
import subprocess
import sys
import time


def main():
    runs, out, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    before = None
    if rest[:1] == ["--before"]:
        before, rest = rest[1], rest[2:]
    pairs = [a.split("=", 1) for a in rest]
    times = {name: [] for name, _ in pairs}
    for round_number in range(runs + 1):
        if before:
            done = subprocess.run(before, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if done.returncode != 0:
                sys.exit(f"--before failed ({done.returncode}): {done.stderr.decode()[-300:]}")
        for name, command in pairs:
            started = time.monotonic()
            done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.monotonic() - started
            if done.returncode != 0:
                sys.exit(f"{name} failed ({done.returncode}): {done.stderr.decode()[-300:]}")
            if round_number:  # round 0 warms caches and moto up
                times[name].append(elapsed)
        print(f"round {round_number}/{runs}: " + ", ".join(f"{n} {times[n][-1]:.3f} s" for n, _ in pairs if times[n]),
              file=sys.stderr)
    results = [{"command": name, "median": statistics.median(t), "mean": statistics.mean(t), "times": t}
               for name, t in times.items()]
    with open(out, "w") as f:
        json.dump({"results": results}, f, indent=1)


if __name__ == "__main__":
    main()
