#!/usr/bin/env python3
"""Times how long a terminal program takes to draw its first screen, in a real pseudo-terminal.

    first-frame.py RUNS MARKER COMMAND [ARGS...]

Starts COMMAND on an 80x24 pty (TERM=xterm-256color) RUNS times, measures the time from spawn until
MARKER (bytes) appears in its output, then closes it (SIGTERM). Prints one JSON line: runs, median_s,
min_s, max_s. A run that has not drawn MARKER after 10 s counts as a failure (exit 1).

With FERRY_FIRST_FRAME_KEYS set, those bytes are typed as soon as the program has drawn anything (e.g.
":status\r" to open the status pane), and the time is still from spawn to MARKER: how long until a screen
reached by keys shows what it loads (the journal, say).
"""
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def once(marker, command):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    started = time.perf_counter()
    seen = b""
    elapsed = None
    keys = os.environ.get("FERRY_FIRST_FRAME_KEYS", "").encode()
    while time.perf_counter() - started < 10:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        if keys and chunk:
            os.write(fd, keys)
            keys = b""
        if marker in seen:
            elapsed = time.perf_counter() - started
            break
    os.kill(pid, signal.SIGTERM)
    while True:  # drain so the child is not blocked writing its clean-up
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            break
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    runs, marker, command = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
    timings = [once(marker, command) for _ in range(runs)]
    if any(t is None for t in timings):
        print(json.dumps({"error": f"{marker.decode()!r} not drawn within 10 s"}))
        sys.exit(1)
    print(json.dumps({"runs": runs, "median_s": statistics.median(timings), "min_s": min(timings),
                      "max_s": max(timings)}))


if __name__ == "__main__":
    main()
