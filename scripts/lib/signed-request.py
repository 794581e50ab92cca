#!/usr/bin/env python3
"""Writes a curl config for one SigV4-signed EC2 DescribeImages call, signed by botocore.

    signed-request.py ENDPOINT_URL [QUERY...] > request.curl ; curl -K request.curl

QUERY defaults to `Owner.1=self`. The request is what `aws ec2 describe-images --owners self` sends
(POST /, form-encoded, Version=2016-11-15), signed with the credentials in the environment, so curl
does exactly one HTTP exchange and nothing else: the floor any client can reach against the server.
"""
import os
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def main():
    endpoint = sys.argv[1].rstrip("/") + "/"
    query = sys.argv[2:] or ["Owner.1=self"]
    body = "&".join(["Action=DescribeImages", "Version=2016-11-15"] + query)
    request = AWSRequest(method="POST", url=endpoint, data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    credentials = Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"],
                              os.environ.get("AWS_SESSION_TOKEN"))
    SigV4Auth(credentials, "ec2", os.environ.get("AWS_DEFAULT_REGION", "us-east-1")).add_auth(request)
    print(f'url = "{endpoint}"')
    print('request = "POST"')
    print("silent")
    print("fail")
    for name, value in request.headers.items():
        print(f'header = "{name}: {value}"')
    print(f'data = "{body}"')


if __name__ == "__main__":
    main()
