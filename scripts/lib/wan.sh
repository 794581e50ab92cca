# scripts/compare --delay MS: ferry and the AWS CLI through a loopback proxy that adds MS to every call,
# as a Region's endpoint 30–300 ms from an operator's bastion does. Sourced by scripts/compare, which
# has started moto (MOTO_URL), seeded its AMIs, and set bin, out, runs and the AWS_* environment.
#
# The proxy is Tests/Faults/fault_proxy.py's `delay` fault on every action: each request waits on its
# own thread, so calls in flight together are delayed together. Rows (docs/performance.md):
#   listing    ferry list images (owned + shared), --owners self, aws describe-images --owners self,
#              and curl making both of ferry's calls at once through the proxy (the floor)
#   fan-out    ferry copy image … --to 1 and 8 Regions, against aws ec2 copy-image once per Region
#   watch      ferry watch over copies in nine Regions, against aws ec2 wait image-available per copy
#   first rows the TUI's first rows of the listing (scripts/lib/first-frame.py on an 80×24 pty): from
#              the 5,000 AMIs (moto ignores MaxResults, so its first page is its whole answer) and from
#              a second moto holding 20, where the first page is what EC2 would send first

wan_regions=(eu-west-1 eu-west-2 eu-central-1 us-west-1 us-west-2 ap-southeast-1 ap-southeast-2 ap-northeast-1
  ca-central-1)

wan_rows() {  # $1: delay in ms
  local delay=$1 proxy proxy_pid
  python3 Tests/Faults/fault_proxy.py "$MOTO_URL" --delay-ms "$delay" >"$out/wan-proxy.url" &
  proxy_pid=$!
  for _ in $(seq 1 50); do [[ -s $out/wan-proxy.url ]] && break; sleep 0.1; done
  proxy=$(cat "$out/wan-proxy.url")
  step "delay proxy at $proxy: +$delay ms per call in front of $MOTO_URL"

  python3 scripts/lib/signed-request.py "$proxy" Owner.1=self >"$out/owned-wan.curl"
  python3 scripts/lib/signed-request.py "$proxy" ExecutableBy.1=self >"$out/shared-wan.curl"
  step "listing through the proxy, $runs interleaved rounds, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 scripts/lib/interleave.py "$runs" "$out/wan-list.json" \
    "ferry=$bin/ferry list images --output json --region us-east-1 --endpoint-url $proxy" \
    "ferry --owners self=$bin/ferry list images --owners self --output json --region us-east-1 --endpoint-url $proxy" \
    "aws=aws ec2 describe-images --owners self --region us-east-1 --endpoint-url $proxy" \
    "curl, both calls at once=curl -s -o /dev/null -K $out/owned-wan.curl & curl -s -o /dev/null -K $out/shared-wan.curl; wait"

  # The TUI's first rows: start, the caller's identity, then the first owned page (a name of ours).
  step "TUI first rows through the proxy, $runs runs, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 scripts/lib/first-frame.py "$runs" "2026-11-" "$bin/ferry" --region us-east-1 --endpoint-url "$proxy" \
    >"$out/wan-first-rows.json"
  wan_first_rows_small "$delay"

  local ami copy eight aws_one aws_eight aws_eight_parallel region
  ami=$(aws ec2 describe-images --owners self --region us-east-1 --endpoint-url "$MOTO_URL" \
    --query 'Images[0].ImageId' --output text)
  copy="$bin/ferry copy image $ami --source-region us-east-1 --name wan-copy --region us-east-1 --endpoint-url $proxy"
  eight=""
  aws_eight=""
  aws_eight_parallel=""
  aws_one="aws ec2 copy-image --source-image-id $ami --source-region us-east-1 --name wan-copy --endpoint-url $proxy"
  for region in "${wan_regions[@]:0:8}"; do
    eight+=" --to $region"
    aws_eight+="$aws_one --region $region >/dev/null && "
    aws_eight_parallel+="$aws_one --region $region >/dev/null & "
  done
  step "fan-out of $ami through the proxy, $runs interleaved rounds, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 scripts/lib/interleave.py "$runs" "$out/wan-copy.json" \
    "ferry ×1=$copy --to eu-west-1" \
    "ferry ×8=$copy$eight" \
    "aws ×1=$aws_one --region eu-west-1" \
    "aws ×8, one after another=${aws_eight}true" \
    "aws ×8, all at once=${aws_eight_parallel}wait"

  # Each round submits nine copies (untimed, straight to moto), then times following them to the end:
  # moto's copies are available at once, so ferry watch is its start, the caller's identity and one
  # poll cycle; the AWS CLI waits for each copy in turn, as one waiter per copy does.
  local nine=""
  for region in "${wan_regions[@]}"; do nine+=" --to $region"; done
  local submit="$bin/ferry copy image $ami --source-region us-east-1 --name wan-watch --region us-east-1"
  submit+=" --endpoint-url $MOTO_URL --output json$nine | python3 scripts/lib/copied-ids.py >$out/wan-copies"
  step "watch over nine Regions through the proxy, $runs interleaved rounds, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 scripts/lib/interleave.py "$runs" "$out/wan-watch.json" --before "$submit" \
    "ferry watch=$bin/ferry watch --region us-east-1 --endpoint-url $proxy" \
    "aws wait, one per copy=while read -r r id; do aws ec2 wait image-available --image-ids \$id --region \$r --endpoint-url $proxy || exit 1; done <$out/wan-copies"

  kill "$proxy_pid" 2>/dev/null
  wait "$proxy_pid" 2>/dev/null || true  # killed: its status is 143
  wan_summary "$delay"
}

wan_first_rows_small() {  # $1: delay in ms; a second moto of 20 AMIs behind its own proxy
  local small_url small_pid small_proxy small_proxy_pid
  launch_moto .build/moto-small.log MOTO_EC2_LOAD_DEFAULT_AMIS="${public_amis:-false}"
  small_url=$LAUNCHED_URL
  small_pid=$LAUNCHED_PID
  python3 scripts/lib/seed-images.py "$small_url" 20 >/dev/null
  python3 Tests/Faults/fault_proxy.py "$small_url" --delay-ms "$1" >"$out/wan-proxy-small.url" &
  small_proxy_pid=$!
  for _ in $(seq 1 50); do [[ -s $out/wan-proxy-small.url ]] && break; sleep 0.1; done
  small_proxy=$(cat "$out/wan-proxy-small.url")
  step "TUI first rows from 20 AMIs through $small_proxy, $runs runs, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 scripts/lib/first-frame.py "$runs" "2026-11-" "$bin/ferry" --region us-east-1 --endpoint-url "$small_proxy" \
    >"$out/wan-first-rows-small.json"
  kill "$small_proxy_pid" "$small_pid" 2>/dev/null
  wait "$small_proxy_pid" "$small_pid" 2>/dev/null || true
}

wan_summary() {  # $1: delay in ms; reads the rows' JSON under $out
  python3 - "$out" "$1" <<'PY'
import json, sys
out, rtt = sys.argv[1], float(sys.argv[2]) / 1000
def medians(name):
    return {r["command"]: r["median"] for r in json.load(open(f"{out}/{name}.json"))["results"]}
def row(label, seconds, floor_trips, peers, server=False):
    floor = f"floor {floor_trips} × {rtt * 1000:.0f} ms = {floor_trips * rtt:.2f} s" + (" + moto" if server else "")
    print(f"  {label:<30} {seconds:6.2f} s   {floor:<33} " + ", ".join(f"{n} {v:.2f} s ({v / seconds:.2f}×)" for n, v in peers))
print(f"through a {rtt * 1000:.0f} ms delay proxy (medians; a peer's × is its time ÷ ferry's):")
m = medians("wan-list")
row("list images (owned + shared)", m["ferry"], 1, [("aws --owners self", m["aws"]), ("curl both", m["curl, both calls at once"])], True)
row("list images --owners self", m["ferry --owners self"], 1, [("aws --owners self", m["aws"])], True)
c = medians("wan-copy")
row("copy ×1", c["ferry ×1"], 2, [("aws ×1", c["aws ×1"])])
row("copy ×8", c["ferry ×8"], 2, [("aws ×8 in turn", c["aws ×8, one after another"]), ("aws ×8 at once", c["aws ×8, all at once"])])
first = json.load(open(f"{out}/wan-first-rows.json"))["median_s"]
row("TUI first rows, 5,000 AMIs", first, 2, [], True)
first = json.load(open(f"{out}/wan-first-rows-small.json"))["median_s"]
row("TUI first rows, 20 AMIs", first, 2, [])
w = medians("wan-watch")
row("watch, nine Regions", w["ferry watch"], 2, [("aws wait ×9", w["aws wait, one per copy"])])
PY
}
