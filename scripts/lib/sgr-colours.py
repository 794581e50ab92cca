#!/usr/bin/env python3
"""Reads `tmux capture-pane -e` output on stdin; prints each SGR sequence that sets a colour.

    sgr-colours.py [--want-attribute N]

Exit status 1 when a colour is set (30–38, 40–48, 90–97, 100–107: 39 and 49 only reset to the
default), or when --want-attribute N is given and no sequence sets attribute N (7 reverse, 1 bold).
"""
import re
import sys

COLOURS = set(range(30, 39)) | set(range(40, 49)) | set(range(90, 98)) | set(range(100, 108))


def main():
    want = int(sys.argv[sys.argv.index("--want-attribute") + 1]) if "--want-attribute" in sys.argv else None
    coloured, seen = [], set()
    for match in re.finditer(r"\x1b\[([0-9;:]*)m", sys.stdin.read()):
        params = [int(p) for p in re.split("[;:]", match.group(1)) if p.isdigit()] or [0]
        seen.update(params)
        if COLOURS & set(params):
            coloured.append(match.group(0).replace("\x1b", "ESC"))
    for sequence in sorted(set(coloured)):
        print(sequence)
    if want is not None and want not in seen:
        print(f"no SGR sets attribute {want}")
        sys.exit(1)
    sys.exit(1 if coloured else 0)


if __name__ == "__main__":
    main()
