"""`ferry copy --wait --output json --endpoint-url <moto>` copies an AMI and a snapshot from us-east-1 to
eu-west-1, and boto3 then sees them with the requested name, description and tags.

Run by scripts/test with FERRY_MOTO_ENDPOINT set; exits non-zero with a reason on the first mismatch.
moto ignores TagSpecifications on CopyImage (it honours them on CopySnapshot), so image tags are
checked on the snapshot copy only; everything else is checked as sent.
"""
import json, os, subprocess, sys, tempfile, uuid

import boto3

ferry, endpoint = sys.argv[1], os.environ["FERRY_MOTO_ENDPOINT"]
env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_REGION="us-east-1",
           XDG_STATE_HOME=tempfile.mkdtemp(prefix="ferry-e2e-"))
def client(region):
    return boto3.client("ec2", region_name=region, endpoint_url=endpoint,
                        aws_access_key_id="testing", aws_secret_access_key="testing")
source, target = client("us-east-1"), client("eu-west-1")
run = uuid.uuid4().hex[:8]

def fail(why):
    print(f"not ok - {why}")
    sys.exit(1)

def copy(request):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(request, f)
    p = subprocess.run([ferry, "copy", f.name, "--wait", "--output", "json", "--endpoint-url", endpoint],
                       capture_output=True, text=True, env=env, timeout=120)
    if p.returncode != 0:
        fail(f"ferry copy exited {p.returncode}: {p.stderr.strip()[:300]}")
    return json.loads(p.stdout)

# An AMI of our own in us-east-1.
instance = source.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
ami = source.create_image(InstanceId=instance, Name=f"golden-{run}", Description="golden")["ImageId"]
image = copy({"resource": "image", "source": {"id": ami, "region": "us-east-1"}, "destination": {"region": "eu-west-1"},
              "name": f"golden-{run}-copy", "description": "copied by ferry", "tags": {"image": {"team": "core"}}})
if image.get("state") != "available" or not image.get("resourceId", "").startswith("ami-"):
    fail(f"image copy ended {image}")
seen = target.describe_images(ImageIds=[image["resourceId"]])["Images"]
if not seen or seen[0]["Name"] != f"golden-{run}-copy" or seen[0].get("Description") != "copied by ferry":
    fail(f"boto3 sees the AMI as {seen}")
print(f"ok - AMI {ami} copied to {image['resourceId']} in eu-west-1 with its name and description")

# A snapshot of our own in us-east-1.
volume = source.create_volume(AvailabilityZone="us-east-1a", Size=8)["VolumeId"]
snap = source.create_snapshot(VolumeId=volume, Description="nightly")["SnapshotId"]
snapshot = copy({"resource": "snapshot", "source": {"id": snap, "region": "us-east-1"},
                 "destination": {"region": "eu-west-1"}, "description": f"nightly copy {run}",
                 "tags": {"snapshot": {"team": "core", "run": run}}})
if snapshot.get("state") != "completed" or not snapshot.get("resourceId", "").startswith("snap-"):
    fail(f"snapshot copy ended {snapshot}")
seen = target.describe_snapshots(SnapshotIds=[snapshot["resourceId"]])["Snapshots"]
tags = {t["Key"]: t["Value"] for t in (seen[0].get("Tags", []) if seen else [])}
if not seen or seen[0].get("Description") != f"nightly copy {run}" or tags.get("team") != "core" or tags.get("run") != run:
    fail(f"boto3 sees the snapshot as {seen}")
if tags.get("ferry:client-token") != snapshot.get("clientToken"):
    fail(f"the snapshot copy lacks ferry's client-token tag: {tags}")
print(f"ok - snapshot {snap} copied to {snapshot['resourceId']} in eu-west-1 with its description and tags")
