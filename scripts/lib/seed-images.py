#!/usr/bin/env python3
"""Registers N AMIs of "our" account in a moto server, shaped like real build output.

    seed-images.py ENDPOINT_URL [COUNT] [--tagged] [--dump FILE]

Names and descriptions follow a CI image pipeline (team, service, build date). Untagged, moto's
DescribeImages of 5,000 is about 3.4 MB, the size issue 7 names, and moto serves it in seconds. With
--tagged each image also gets Name/team/env tags (moto ignores TagSpecifications on RegisterImage, so
they are added with CreateTags): 4.6 MB, and moto then needs about 30 s per listing, because it
looks up each image's tags by scanning every tag it holds.
With --dump, the raw DescribeImages (Owners=self) response body is written to FILE: the exact bytes
the benchmarks decode and botocore parses.
"""
import sys
import time

import boto3
from botocore.config import Config

TEAMS = ["web", "payments", "search", "cache", "batch", "edge", "data", "auth"]
SERVICES = ["server", "worker", "proxy", "db", "api", "cron"]


def image_fields(n):
    team = TEAMS[n % len(TEAMS)]
    service = SERVICES[(n // len(TEAMS)) % len(SERVICES)]
    day = 1 + n % 28
    name = f"{team}-{service}-2026-11-{day:02d}-{n:05d}"
    description = f"{team} {service} build {n} from pipeline main, base al2023"
    tags = [
        {"Key": "Name", "Value": name},
        {"Key": "team", "Value": team},
        {"Key": "env", "Value": "prod" if n % 3 else "staging"},
    ]
    return name, description, tags


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    endpoint = args[0]
    count = int(args[1]) if len(args) > 1 else 5000
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    if dump in args:
        args.remove(dump)
    ec2 = boto3.client(
        "ec2", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        config=Config(read_timeout=600, retries={"max_attempts": 1}))
    started = time.monotonic()
    existing = len(ec2.describe_images(Owners=["self"])["Images"])
    by_tags = {}
    for n in range(existing, count):
        name, description, tags = image_fields(n)
        image = ec2.register_image(
            Name=name, Description=description, Architecture="x86_64", RootDeviceName="/dev/xvda",
            BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8, "VolumeType": "gp3"}}])
        by_tags.setdefault(n, (image["ImageId"], tags))
    # One CreateTags per image (tags differ per image); moto answers in about a millisecond.
    if "--tagged" in sys.argv:
        for image_id, tags in by_tags.values():
            ec2.create_tags(Resources=[image_id], Tags=tags)
    print(f"{count} images of ours in {time.monotonic() - started:.1f} s ({count - existing} new)", file=sys.stderr)
    if dump:
        body = {}
        ec2.meta.events.register(
            "after-call.ec2.DescribeImages", lambda http_response, **_: body.setdefault("xml", http_response.content))
        ec2.describe_images(Owners=["self"])
        with open(dump, "wb") as out:
            out.write(body["xml"])
        print(f"DescribeImages response: {len(body['xml'])} bytes -> {dump}", file=sys.stderr)


if __name__ == "__main__":
    main()
