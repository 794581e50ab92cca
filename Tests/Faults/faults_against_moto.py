#!/usr/bin/env python3
"""The real `ferry` binary against moto's server through the fault-injecting proxy (fault_proxy.py).

    faults_against_moto.py FERRY_BINARY        (FERRY_MOTO_ENDPOINT names moto's server)

Each case scripts one fault, runs `ferry copy` or `ferry list images` through the proxy, and checks:
ferry retries what the SDKs retry and gives up where they do, says so in one clear line (no stack
trace), every CopyImage retry carries the same ClientToken and every CopySnapshot the same
`ferry:client-token` tag (as the proxy saw them), moto holds exactly one copy per copy asked for (or
none when ferry gave up), and the journal names the copy moto made. Prints one `ok -` / `not ok -`
line per case and a totals line that docs/reliability.md quotes; exits 1 if any case failed.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid

import boto3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_proxy import CLIENT_TOKEN_TAG, Fault, FaultProxy  # noqa: E402

FERRY = sys.argv[1]
MOTO = os.environ["FERRY_MOTO_ENDPOINT"]
SOURCE_REGION, TARGET_REGION = "us-east-1", "eu-west-1"
TRACE_MARKERS = ("Fatal error", "Stack dump", "Backtrace", "Current stack trace", "Traceback")


def ec2(region):
    return boto3.client("ec2", region_name=region, endpoint_url=MOTO,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


class Failure(Exception):
    pass


def check(condition, why):
    if not condition:
        raise Failure(why)


def ferry_environment(state, **extra):
    """Keys from the environment only, no config files, no metadata service, a fresh state directory."""
    environment = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
                       AWS_REGION=SOURCE_REGION, XDG_STATE_HOME=state, AWS_EC2_METADATA_DISABLED="true",
                       AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null", TERM="dumb")
    environment.pop("AWS_PROFILE", None)
    environment.update(extra)
    return environment


class Run:
    """One ferry command through a fresh proxy and a fresh journal."""

    def __init__(self, faults, args, clock_ahead=0.0, env=None, timeout=120, on_request=None):
        self.proxy = FaultProxy(MOTO, faults=faults)
        self.proxy.clock_ahead = clock_ahead
        self.state = tempfile.mkdtemp(prefix="ferry-faults-")
        if on_request:
            self.proxy.on_request = lambda seen: on_request(self, seen)
        environment = ferry_environment(self.state, **(env or {}))
        started = time.monotonic()
        try:
            done = subprocess.run([FERRY, *args, "--output", "json", "--endpoint-url", self.proxy.url],
                                  capture_output=True, text=True, env=environment, timeout=timeout)
        finally:
            self.proxy.close()
        self.seconds = time.monotonic() - started
        self.status, self.stdout, self.stderr = done.returncode, done.stdout, done.stderr
        for marker in TRACE_MARKERS:
            check(marker not in self.stderr, f"a stack trace on stderr: {self.stderr[-800:]}")

    def journal(self):
        with open(os.path.join(self.state, "ferry", "journal.json")) as f:
            return json.load(f)["copies"]

    def only_record(self):
        copies = self.journal()
        check(len(copies) == 1, f"the journal holds {len(copies)} records, not 1")
        return copies[0]

    def faults_injected(self):
        return sum(1 for s in self.proxy.seen if s.fault)


class Totals:
    faults = retries = duplicates = mismatches = cases = failed = 0


totals = Totals()


def case(name):
    def wrap(body):
        totals.cases += 1
        try:
            detail = body()
            print(f"ok - {name}" + (f" ({detail})" if detail else ""))
        except Failure as failure:
            totals.failed += 1
            print(f"not ok - {name}: {failure}")
        except subprocess.TimeoutExpired as expired:
            totals.failed += 1
            print(f"not ok - {name}: ferry did not finish in {expired.timeout} s")
        return body
    return wrap


# MARK: - Sources and what moto holds

source = ec2(SOURCE_REGION)
target = ec2(TARGET_REGION)
instance = source.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
SOURCE_AMI = source.create_image(InstanceId=instance, Name=f"faults-source-{uuid.uuid4().hex[:8]}")["ImageId"]
volume = source.create_volume(AvailabilityZone="us-east-1a", Size=8)["VolumeId"]
SOURCE_SNAPSHOT = source.create_snapshot(VolumeId=volume, Description="faults source")["SnapshotId"]


def image_copies_named(name):
    return [i["ImageId"] for i in target.describe_images(Owners=["self"], Filters=[{"Name": "name", "Values": [name]}])["Images"]]


def snapshot_copies_tagged(token):
    found = target.describe_snapshots(OwnerIds=["self"], Filters=[{"Name": f"tag:{CLIENT_TOKEN_TAG}", "Values": [token]}])
    return [s["SnapshotId"] for s in found["Snapshots"]]


def copy_image(faults, extra=(), **options):
    name = f"faults-{uuid.uuid4().hex[:10]}"
    run = Run(faults, ["copy", "image", SOURCE_AMI, "--source-region", SOURCE_REGION, "--to", TARGET_REGION,
                       "--name", name, *extra], **options)
    return run, name


def copy_snapshot(faults, extra=(), **options):
    return Run(faults, ["copy", "snapshot", SOURCE_SNAPSHOT, "--source-region", SOURCE_REGION, "--to", TARGET_REGION,
                        *extra], **options)


def image_copied_once(run, name, sends):
    """CopyImage sent `sends` times with one token; one AMI in moto; the journal names it."""
    calls = run.proxy.calls("CopyImage")
    record = run.only_record()
    check(run.status == 0, f"exit {run.status}: {run.stderr.strip()[-400:]}")
    check(len(calls) == sends, f"{len(calls)} CopyImage calls reached the proxy, not {sends}")
    tokens = {c.client_token for c in calls}
    check(tokens == {record["clientToken"]}, f"ClientTokens sent {tokens}, journalled {record['clientToken']}")
    made = image_copies_named(name)
    totals.duplicates += max(0, len(made) - 1)
    check(len(made) == 1, f"moto holds {len(made)} copies named {name}")
    if record.get("resourceId") != made[0]:
        totals.mismatches += 1
        raise Failure(f"the journal names {record.get('resourceId')}, moto made {made[0]}")
    check(json.loads(run.stdout)["resourceId"] == made[0], "stdout names another AMI")
    totals.faults += run.faults_injected()
    totals.retries += len(calls) - 1
    return record


def snapshot_copied_once(run, sends, forwarded=1):
    """CopySnapshot sent `sends` times (`forwarded` reached moto), one tag token; one copy in moto."""
    calls = run.proxy.calls("CopySnapshot")
    record = run.only_record()
    check(run.status == 0, f"exit {run.status}: {run.stderr.strip()[-400:]}")
    check(len(calls) == sends, f"{len(calls)} CopySnapshot calls reached the proxy, not {sends}")
    check(sum(c.forwarded for c in calls) == forwarded, f"{sum(c.forwarded for c in calls)} reached moto")
    tokens = {c.tag_token for c in calls}
    check(tokens == {record["clientToken"]}, f"tag tokens sent {tokens}, journalled {record['clientToken']}")
    check(all(c.client_token is None for c in calls), "a ClientToken was sent on CopySnapshot")
    made = snapshot_copies_tagged(record["clientToken"])
    totals.duplicates += max(0, len(made) - 1)
    check(len(made) == 1, f"moto holds {len(made)} snapshot copies tagged {record['clientToken']}")
    if record.get("resourceId") != made[0]:
        totals.mismatches += 1
        raise Failure(f"the journal names {record.get('resourceId')}, moto made {made[0]}")
    totals.faults += run.faults_injected()
    totals.retries += len(calls) - 1 + len(run.proxy.calls("DescribeSnapshots")) - 1
    return record


def one_clear_line(run, *needles):
    lines = [line for line in run.stderr.splitlines() if line.startswith("ferry: ") or "rejected:" in line]
    check(lines, f"no ferry: line on stderr: {run.stderr[-400:]}")
    for needle in needles:
        check(any(needle in line for line in lines), f"no line says {needle!r}: {lines}")


# MARK: - A fan-out far away

FAN_OUT_REGIONS = ["eu-west-1", "eu-west-2", "eu-central-1", "us-west-1", "us-west-2", "ap-southeast-1",
                   "ap-southeast-2", "ap-northeast-1"]


@case("a fan-out to eight Regions 300 ms away: the CopyImage calls are in flight together, each journalled first")
def _():
    name = f"faults-{uuid.uuid4().hex[:10]}"
    at_send = []

    def journal_at_send(run, seen):
        if seen.action == "CopyImage":
            records = run.journal()
            own = [r["phase"] for r in records if r["clientToken"] == seen.client_token]
            at_send.append((own, len(records)))

    args = ["copy", "image", SOURCE_AMI, "--source-region", SOURCE_REGION, "--name", name]
    for region in FAN_OUT_REGIONS:
        args += ["--to", region]
    run = Run([Fault("*", "delay", times=1000, seconds=0.3)], args, on_request=journal_at_send)
    check(run.status == 0, f"exit {run.status}: {run.stderr.strip()[-400:]}")
    check(len(run.proxy.calls("CopyImage")) == 8, f"{len(run.proxy.calls('CopyImage'))} CopyImage calls, not 8")
    # Every copy left with its own record already `sending`, the whole fan-out journalled.
    check(all(seen == (["sending"], 8) for seen in at_send), f"the journal as each CopyImage arrived: {at_send}")
    check(all(r["phase"] == "submitted" for r in run.journal()), "a copy of the fan-out is not submitted")
    most = run.proxy.most_in_flight.get("CopyImage", 0)
    check(2 <= most <= 16, f"{most} CopyImage calls were in flight at once (one after another, or unbounded)")
    return f"{most} of 8 CopyImage calls in flight at once"


# MARK: - Throttling and server errors before EC2 acts

@case("CopyImage throttled twice (503 RequestLimitExceeded) is retried with its ClientToken and copied once")
def _():
    run, name = copy_image([Fault("CopyImage", "throttle", times=2)])
    image_copied_once(run, name, sends=3)
    return f"{run.seconds:.1f} s"


@case("CopyImage throttled on every attempt: ferry gives up after 3 attempts as the SDKs do, exit 6, nothing made")
def _():
    run, name = copy_image([Fault("CopyImage", "throttle", times=10)])
    calls = run.proxy.calls("CopyImage")
    check(run.status == 6, f"exit {run.status}, not 6 (throttled beyond retries)")
    check(len(calls) == 3, f"{len(calls)} attempts, not 3")
    check(len({c.client_token for c in calls}) == 1, "the ClientToken changed between attempts")
    one_clear_line(run, "AWS is throttling CopyImage", "try again")
    record = run.only_record()
    check(record["phase"] == "rejected" and "resourceId" not in record, f"journal says {record['phase']}")
    check(image_copies_named(name) == [], "moto made a copy although every attempt was throttled")
    totals.faults += run.faults_injected()
    totals.retries += len(calls) - 1


@case("AWS_MAX_ATTEMPTS=5 is honoured: four throttles, the fifth attempt copies once")
def _():
    run, name = copy_image([Fault("CopyImage", "throttle", times=4)], env={"AWS_MAX_ATTEMPTS": "5"})
    image_copied_once(run, name, sends=5)


@case("CopySnapshot 503 Unavailable twice: retried (EC2 did nothing), one copy, same tag token")
def _():
    run = copy_snapshot([Fault("CopySnapshot", "unavailable", times=2)])
    snapshot_copied_once(run, sends=3)


@case("DescribeImages 503 Unavailable: the listing is retried and completes")
def _():
    run = Run([Fault("DescribeImages", "unavailable", times=2)], ["list", "images"])
    check(run.status == 0, f"exit {run.status}: {run.stderr[-300:]}")
    check(any(i["id"] == SOURCE_AMI for i in json.loads(run.stdout)), "the listing lacks the source AMI")
    totals.faults += run.faults_injected()
    totals.retries += 2


@case("polling throttled on every attempt of one cycle: the copy --wait goes on, the pause widens, it ends available")
def _():
    # The first DescribeImages locates the source; the next three are the first poll cycle's attempts.
    run, name = copy_image([Fault("DescribeImages", "throttle", times=3, skip=1)], extra=["--wait"], timeout=180)
    image_copied_once(run, name, sends=1)
    record = run.only_record()
    check(record["phase"] == "available", f"the journal says {record['phase']}")
    # The first pause is 5 s (docs/core.md, "Polling"); throttling doubles it.
    check("could not check progress (RequestLimitExceeded); trying again in 10s" in run.stderr,
          f"stderr does not say the throttled poll waits 10 s: {run.stderr[-300:]}")
    polls = run.proxy.calls("DescribeImages")
    check(len(polls) == 5, f"{len(polls)} DescribeImages calls, not 1 + 3 throttled + 1")
    return f"{run.seconds:.1f} s"


# MARK: - Answers lost after EC2 acted

@case("CopyImage answered 500 after acting: re-sent with the same ClientToken, one AMI, journal agrees")
def _():
    run, name = copy_image([Fault("CopyImage", "internal-after", times=2)])
    image_copied_once(run, name, sends=3)


@case("CopySnapshot answered 500 after acting: not re-sent blindly; found by its tag, one copy")
def _():
    run = copy_snapshot([Fault("CopySnapshot", "internal-after", times=1)])
    snapshot_copied_once(run, sends=1)
    check("may exist" in run.stderr, "stderr does not say the copy may exist")


@case("CopyImage connection reset mid-body: re-sent with its ClientToken, one AMI")
def _():
    run, name = copy_image([Fault("CopyImage", "reset-after")])
    image_copied_once(run, name, sends=2)


@case("CopySnapshot connection reset mid-body: found by its tag, one copy")
def _():
    run = copy_snapshot([Fault("CopySnapshot", "reset-after")])
    snapshot_copied_once(run, sends=1)


@case("CopyImage answer slower than --cli-read-timeout: timed out, re-sent with its token, one AMI")
def _():
    run, name = copy_image([Fault("CopyImage", "slow-after", seconds=4)], extra=["--cli-read-timeout", "1"])
    image_copied_once(run, name, sends=2)
    return f"{run.seconds:.1f} s"


@case("CopySnapshot answer slower than --cli-read-timeout: found by its tag, one copy")
def _():
    run = copy_snapshot([Fault("CopySnapshot", "slow-after", seconds=4)], extra=["--cli-read-timeout", "1"])
    snapshot_copied_once(run, sends=1)
    check("NetworkTimeout" in run.stderr, "stderr does not name the timeout")


@case("CopyImage answered with truncated XML: re-sent with its token, one AMI")
def _():
    run, name = copy_image([Fault("CopyImage", "truncate-after")])
    image_copied_once(run, name, sends=2)


@case("CopySnapshot answered with malformed XML: found by its tag, one copy")
def _():
    run = copy_snapshot([Fault("CopySnapshot", "malformed-after")])
    snapshot_copied_once(run, sends=1)


@case("CopyImage answered with malformed XML: re-sent with its token, one AMI")
def _():
    run, name = copy_image([Fault("CopyImage", "malformed-after")])
    image_copied_once(run, name, sends=2)


# MARK: - Clock skew

@case("a server clock 20 minutes ahead: RequestTimeTooSkewed, re-signed by the server's Date, copied once")
def _():
    run, name = copy_image([], clock_ahead=1200)
    check(run.status == 0, f"exit {run.status}: {run.stderr[-300:]}")
    skewed = [s for s in run.proxy.seen if s.fault == "skew"]
    check(skewed, "the proxy never refused a skewed signature")
    image_copied_once(run, name, sends=1)
    totals.retries += len(skewed)


@case("a server clock 15 minutes behind: corrected the other way")
def _():
    run = Run([], ["list", "images"], clock_ahead=-900)
    check(run.status == 0, f"exit {run.status}: {run.stderr[-300:]}")
    check(any(s.fault == "skew" for s in run.proxy.seen), "no skew was injected")
    totals.faults += run.faults_injected()


# MARK: - Listings: unreadable, reset, huge

@case("DescribeImages reset mid-body: retried, the listing completes")
def _():
    run = Run([Fault("DescribeImages", "reset-after")], ["list", "images"])
    check(run.status == 0, f"exit {run.status}: {run.stderr[-300:]}")
    check(any(i["id"] == SOURCE_AMI for i in json.loads(run.stdout)), "the listing lacks the source AMI")
    totals.faults += run.faults_injected()
    totals.retries += 1


@case("DescribeImages truncated on every answer: one line naming the call, exit 7, nothing on stdout")
def _():
    run = Run([Fault("DescribeImages", "truncate-after", times=10)], ["list", "images"])
    check(run.status == 7, f"exit {run.status}, not 7")
    check(run.stdout == "", "something was printed on stdout")
    one_clear_line(run, "DescribeImages in us-east-1", "not valid XML")
    check(len(run.stderr.strip().splitlines()) == 1, f"more than one line: {run.stderr}")
    totals.faults += run.faults_injected()


@case("a 400 MB DescribeImages answer is refused at 128 MiB, in one line, without running out of memory")
def _():
    run = Run([Fault("DescribeImages", "huge", size=400_000_000)], ["list", "images"])
    check(run.status == 7, f"exit {run.status}, not 7")
    one_clear_line(run, "DescribeImages in us-east-1", "over ferry's limit of 128 MiB")
    # The largest resident size of any child so far (KiB on Linux): ferry held at most the limit.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    check(peak < 400, f"a ferry process reached {peak} MiB resident")
    totals.faults += run.faults_injected()
    return f"peak RSS of any ferry run so far {peak} MiB"


# MARK: - TLS

@case("an https endpoint whose certificate no trusted CA signed: refused at the handshake, not retried, one line;"
      " trusted once AWS_CA_BUNDLE names its CA")
def _():
    import http.server
    import ssl
    import threading
    directory = tempfile.mkdtemp(prefix="ferry-tls-")
    key, cert = os.path.join(directory, "key.pem"), os.path.join(directory, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    handshakes, requests = [], []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            requests.append(self.path)
            body = b"<DescribeImagesResponse><requestId>r</requestId><imagesSet/></DescribeImagesResponse>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    server.handle_error = lambda request, address: None  # the refused handshakes, expected here
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    original = server.get_request

    def counted():
        connection, address = original()
        handshakes.append(address)
        return connection, address
    server.get_request = counted
    threading.Thread(target=server.serve_forever, daemon=True).start()
    environment = ferry_environment(tempfile.mkdtemp(prefix="ferry-tls-state-"))
    command = [FERRY, "list", "images", "--endpoint-url", f"https://127.0.0.1:{server.server_address[1]}"]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    check(done.returncode == 7, f"exit {done.returncode}: {done.stderr}")
    check("TLSFailure" in done.stderr and "self-signed certificate" in done.stderr, f"stderr: {done.stderr}")
    check(len(done.stderr.strip().splitlines()) == 1, f"more than one line: {done.stderr}")
    check(requests == [], f"{len(requests)} requests got through an unverified handshake")
    # Owned and shared are asked at once: two handshakes, none retried.
    check(len(handshakes) <= 2, f"{len(handshakes)} handshakes: the failure was retried")
    # The same endpoint, its certificate named as the CA bundle: trusted, both calls answered.
    trusted = subprocess.run(command, capture_output=True, text=True, env=dict(environment, AWS_CA_BUNDLE=cert),
                             timeout=60)
    server.shutdown()
    check(trusted.returncode == 0, f"with AWS_CA_BUNDLE: exit {trusted.returncode}: {trusted.stderr}")
    check(len(requests) == 2, f"with AWS_CA_BUNDLE: {len(requests)} requests arrived, not 2")
    totals.faults += 1


print(f"faults: {totals.cases - totals.failed} of {totals.cases} cases passed; {totals.faults} faults injected, "
      f"{totals.retries} retries, {totals.duplicates} copies duplicated, {totals.mismatches} journal mismatches")
sys.exit(1 if totals.failed else 0)
