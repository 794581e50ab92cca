"""A fault-injecting HTTP proxy on loopback, between ferry and moto's server.

Every request is forwarded to moto unless a scripted fault says otherwise, and every request is
recorded (action, ClientToken, the `ferry:client-token` tag, the fault applied, whether moto saw it),
so a test can check what ferry sent on each retry and what the server really did.

Faults (`Fault.kind`), each applied to the next `times` requests of one EC2 action, after letting
the first `skip` of them through:

  throttle        503 RequestLimitExceeded, not forwarded (EC2 did nothing; the SDKs retry it)
  unavailable     503 Unavailable, not forwarded
  internal-after  forwarded, then 500 InternalError: the copy exists but the client cannot know
  slow-after      forwarded, then the answer is held `seconds` (past the client's timeout)
  reset-after     forwarded, then the headers and half the body, then a TCP reset
  truncate-after  forwarded, then a complete HTTP answer holding the first half of the XML
  malformed-after forwarded, then the XML with an element's closing tag misspelt
  huge            200 with `size` bytes of endless XML, not forwarded
  skew            the proxy's clock runs `seconds` ahead; a signature older than 5 minutes by that
                  clock gets 403 RequestTimeTooSkewed with the proxy's Date (as AWS answers)
  delay           forwarded after `seconds` of added latency (a round trip to a distant endpoint); each
                  request waits on its own thread, so concurrent calls are delayed together, never queued.
                  Taken apart from the other kinds, so a delay combines with any of them; the action `*`
                  delays every action (`python3 fault_proxy.py UPSTREAM --delay-ms N` runs such a proxy)

The proxy also counts, per action, the most requests it held at once (`most_in_flight`), and calls
`on_request(seen)` as each request arrives, before forwarding (a test reads the journal there).

moto ignores ClientToken, so the proxy keeps EC2's promise for CopyImage itself: a token it has
already forwarded is answered with the first answer again and is not forwarded (EC2 documents the
same: "the same ClientToken returns the same result"). That is the only behaviour it adds to moto.
"""
import argparse
import email.utils
import http.client
import http.server
import socket
import struct
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

CLIENT_TOKEN_TAG = "ferry:client-token"
CHUNK = 1 << 20


@dataclass
class Fault:
    action: str
    kind: str
    times: int = 1
    seconds: float = 0.0
    size: int = 0
    skip: int = 0


@dataclass
class Seen:
    """One request as the proxy saw it."""
    action: str
    params: dict
    fault: str = ""
    forwarded: bool = False
    replayed: bool = False
    amz_date: str = ""

    @property
    def client_token(self):
        return self.params.get("ClientToken")

    @property
    def tag_token(self):
        """The value of the `ferry:client-token` tag in the TagSpecifications, if any."""
        for key, value in self.params.items():
            if key.endswith(".Key") and value == CLIENT_TOKEN_TAG:
                return self.params.get(key[:-4] + ".Value")
        return None


@dataclass
class FaultProxy:
    upstream: str
    faults: list = field(default_factory=list)
    seen: list = field(default_factory=list)
    clock_ahead: float = 0.0
    on_request: object = None
    most_in_flight: dict = field(default_factory=dict)

    def __post_init__(self):
        self._lock = threading.Lock()
        self._in_flight = {}
        self._answers_by_token = {}
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()

    def calls(self, action):
        with self._lock:
            return [s for s in self.seen if s.action == action]

    def _take_fault(self, action, delays=False):
        """The next fault for `action`: a `delay` when `delays`, otherwise any other kind."""
        with self._lock:
            for fault in self.faults:
                if (fault.kind == "delay") != delays or fault.action not in (action, "*"):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    return None
                if fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def _record(self, seen):
        with self._lock:
            self.seen.append(seen)

    def _enter(self, action):
        with self._lock:
            self._in_flight[action] = self._in_flight.get(action, 0) + 1
            self.most_in_flight[action] = max(self.most_in_flight.get(action, 0), self._in_flight[action])

    def _leave(self, action):
        with self._lock:
            self._in_flight[action] -= 1


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # A fan-out opens a connection per Region at once; the default backlog of 5 would drop the rest's
    # SYNs, and their 1 s retransmission would look like latency the proxy never added.
    request_queue_size = 128


def _handler_for(proxy):
    host, port = urllib.parse.urlsplit(proxy.upstream).netloc.split(":")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def date_time_string(self, timestamp=None):
            # Every answer's Date is the proxy's clock, as AWS's is its own.
            return email.utils.formatdate(time.time() + proxy.clock_ahead, usegmt=True)

        def do_GET(self):
            self._handle(b"")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            self._handle(self.rfile.read(length))

        def _handle(self, body):
            params = dict(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))
            seen = Seen(action=params.get("Action", ""), params=params, amz_date=self.headers.get("X-Amz-Date", ""))
            proxy._record(seen)
            if proxy.on_request:
                proxy.on_request(seen)
            proxy._enter(seen.action)
            try:
                self._answer(body, seen)
            finally:
                proxy._leave(seen.action)

        def _answer(self, body, seen):
            if proxy.clock_ahead and self._skewed(seen):
                return
            delay = proxy._take_fault(seen.action, delays=True)
            if delay:
                time.sleep(delay.seconds)
            fault = proxy._take_fault(seen.action)
            seen.fault = fault.kind if fault else ""
            if fault and fault.kind == "throttle":
                return self._error(503, "RequestLimitExceeded", "Request limit exceeded.")
            if fault and fault.kind == "unavailable":
                return self._error(503, "Unavailable", "The server is overloaded.")
            if fault and fault.kind == "huge":
                return self._huge(fault.size)

            token = seen.client_token if seen.action == "CopyImage" else None
            with proxy._lock:
                cached = proxy._answers_by_token.get(token) if token else None
            if cached:
                seen.replayed = True
                status, answer = cached
            else:
                status, answer = self._forward(body)
                seen.forwarded = True
                if token and status == 200:
                    with proxy._lock:
                        proxy._answers_by_token.setdefault(token, (status, answer))

            kind = fault.kind if fault else ""
            if kind == "internal-after":
                return self._error(500, "InternalError", "An internal error has occurred.")
            if kind == "slow-after":
                time.sleep(fault.seconds)
            if kind == "reset-after":
                return self._reset_mid_body(status, answer)
            if kind == "truncate-after":
                answer = answer[: len(answer) // 2]
            if kind == "malformed-after":
                answer = answer.replace(b"</requestId>", b"</requestID>", 1)
            self._send(status, answer)

        def _forward(self, body):
            connection = http.client.HTTPConnection(host, int(port), timeout=60)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            answer = response.read()
            connection.close()
            return response.status, answer

        def _skewed(self, seen):
            server_now = time.time() + proxy.clock_ahead
            try:
                signed = time.mktime(time.strptime(seen.amz_date, "%Y%m%dT%H%M%SZ")) - time.timezone
            except ValueError:
                signed = 0
            if abs(server_now - signed) <= 300:
                return False
            seen.fault = "skew"
            self._error(403, "RequestTimeTooSkewed",
                        "The difference between the request time and the current time is too large.")
            return True

        def _error(self, status, code, message):
            body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{code}</Code>"
                    f"<Message>{message}</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>")
            self._send(status, body.encode())

        def _send(self, status, body):
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml;charset=UTF-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _reset_mid_body(self, status, answer):
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml;charset=UTF-8")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer[: len(answer) // 2])
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

        def _huge(self, size):
            head = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeImagesResponse><imagesSet>"
            item = b"<item><imageId>ami-00000000000000000</imageId><name>huge</name></item>" * 10000
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/xml;charset=UTF-8")
                self.send_header("Content-Length", str(size))
                self.end_headers()
                self.wfile.write(head)
                sent = len(head)
                while sent < size:
                    piece = item[: min(len(item), size - sent)]
                    self.wfile.write(piece)
                    sent += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    return Handler


def main():
    parser = argparse.ArgumentParser(description="Forward to UPSTREAM on a loopback port, adding latency to every call.")
    parser.add_argument("upstream", help="the server to forward to, e.g. moto's http://127.0.0.1:PORT")
    parser.add_argument("--delay-ms", type=float, default=0, help="added to every request (a round trip)")
    args = parser.parse_args()
    if urllib.parse.urlsplit(args.upstream).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the upstream must be on loopback")
    faults = [Fault("*", "delay", times=1 << 62, seconds=args.delay_ms / 1000)] if args.delay_ms else []
    proxy = FaultProxy(args.upstream, faults=faults)
    print(proxy.url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
