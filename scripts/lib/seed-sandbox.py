#!/usr/bin/env python3
"""Adds COUNT AMIs named burst-00000 … to a sandbox state file, for the terminal tests' long lists.

    seed-sandbox.py STATE_JSON COUNT

STATE_JSON is $XDG_STATE_HOME/ferry/sandbox/state.json, written by any sandbox command first (e.g.
`ferry list images --sandbox`). The new AMIs copy the first unencrypted us-east-1 AMI of the seed,
with ids ami-0b…, no tags, and creation dates one second apart, so the sandbox lists them in order
of their number.
"""
import json
import sys


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    with open(path) as file:
        state = json.load(file)
    base = next(
        record for record in state["images"]
        if record["image"]["region"] == "us-east-1"
        and not any(device.get("encrypted") for device in record["image"]["blockDevices"]))
    for n in range(count):
        record = json.loads(json.dumps(base))
        image = record["image"]
        image["id"] = "ami-0b%015x" % n
        image["name"] = "burst-%05d" % n
        image["description"] = "burst row %d" % n
        image["creationDate"] = "2020-01-01T%02d:%02d:%02d.000Z" % (n // 3600, n // 60 % 60, n % 60)
        image["tags"] = []
        state["images"].append(record)
    with open(path, "w") as file:
        json.dump(state, file)


if __name__ == "__main__":
    main()
