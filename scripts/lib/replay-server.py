#!/usr/bin/env python3
"""Answers EC2 DescribeImages on loopback with response bodies captured from moto, instantly.

    replay-server.py PORT OWNED.xml SHARED.xml

`Owner.1=self` gets OWNED.xml, `ExecutableBy.1=self` gets SHARED.xml (moto's exact bytes, captured
with curl), anything else HTTP 400. moto needs tens of seconds to build a 5,000-image answer, which
hides every client's own cost; replaying the same bytes leaves only the client's work to compare.
"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Replay(BaseHTTPRequestHandler):
    bodies = {}

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = self.rfile.read(length).decode()
        body = next((data for key, data in self.bodies.items() if key in form.split("&")), None)
        self.send_response(200 if body is not None else 400)
        payload = body if body is not None else b"<Response><Errors><Error><Code>InvalidRequest</Code></Error></Errors></Response>"
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_):
        pass


def main():
    port = int(sys.argv[1])
    with open(sys.argv[2], "rb") as owned, open(sys.argv[3], "rb") as shared:
        Replay.bodies = {"Owner.1=self": owned.read(), "ExecutableBy.1=self": shared.read()}
    ThreadingHTTPServer(("127.0.0.1", port), Replay).serve_forever()


if __name__ == "__main__":
    main()
