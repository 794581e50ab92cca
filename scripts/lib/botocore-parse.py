#!/usr/bin/env python3
"""Times botocore's own parser on a DescribeImages response body, as the AWS CLI parses it.

    botocore-parse.py FILE [RUNS]

Uses botocore.parsers.EC2QueryParser with the DescribeImages output shape of botocore's ec2 service
model: the step the AWS CLI and boto3 take between the HTTP body and Python objects (no HTTP, no
output formatting). Prints one JSON line: runs, images, median_s, min_s, bytes.
"""
import json
import statistics
import sys
import time

import botocore.session
from botocore.parsers import EC2QueryParser


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with open(path, "rb") as source:
        body = source.read()
    model = botocore.session.get_session().get_service_model("ec2")
    shape = model.operation_model("DescribeImages").output_shape
    response = {"body": body, "headers": {}, "status_code": 200}
    parser = EC2QueryParser()
    timings = []
    images = 0
    for _ in range(runs):
        started = time.perf_counter()
        parsed = parser.parse(response, shape)
        timings.append(time.perf_counter() - started)
        images = len(parsed["Images"])
    print(json.dumps({
        "runs": runs, "images": images, "bytes": len(body),
        "median_s": statistics.median(timings), "min_s": min(timings),
    }))


if __name__ == "__main__":
    main()
