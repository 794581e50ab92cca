#!/usr/bin/env python3
"""Prints `REGION RESOURCE_ID` for each copy in `ferry copy --output json`'s answer on stdin (one
object, or an array for a fan-out): what scripts/compare --delay hands the AWS CLI's waiters."""
import json
import sys

answer = json.load(sys.stdin)
for copy in answer if isinstance(answer, list) else [answer]:
    print(copy["region"], copy["resourceId"])
