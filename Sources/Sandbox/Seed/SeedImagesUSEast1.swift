/// The seeded AMIs of us-east-1: the account's own (in the Region, a Local Zone and the Outpost),
/// the partner's shared ones, and two public images.
enum SeedImagesUSEast1 {
  private static let region = "us-east-1"
  private static let partner = SandboxSeed.partnerAccountId
  private static let partnerKey = SeedKeys.partnerKey.key.arn

  private static func root(_ snapshot: String, _ size: Int, device: String = "/dev/xvda") -> SeedSpec.Volume {
    SeedSpec.Volume(device: device, snapshotId: "snap-0b9a7c3e5d2f4" + snapshot, size: size)
  }

  private static func data(_ snapshot: String, _ size: Int, _ device: String, type: String = "gp3")
    -> SeedSpec.Volume
  {
    SeedSpec.Volume(device: device, snapshotId: "snap-0b9a7c3e5d2f4" + snapshot, size: size, type: type)
  }

  static let all: [SeedSpec.Image] = own + shared + publicImages

  private static let own: [SeedSpec.Image] = [
    SeedSpec.Image(
      id: SandboxSeed.webServerImage, name: "web-server-2026-11-20",
      description: "nginx 1.27 on Amazon Linux 2023, hardened (CIS L1)", region: region,
      created: "2026-11-20T08:14:03.000Z", volumes: [root("0001", 8)],
      tags: ["Name": "web-server", "team": "web", "env": "prod", "build": "1187"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20002", name: "web-server-2026-11-13",
      description: "nginx 1.27 on Amazon Linux 2023, hardened (CIS L1)", region: region,
      created: "2026-11-13T08:11:47.000Z", volumes: [root("0002", 8)],
      tags: ["Name": "web-server", "team": "web", "env": "prod", "build": "1179"]),
    SeedSpec.Image(
      id: SandboxSeed.encryptedImage, name: "api-gateway-2026-11-18",
      description: "Envoy edge proxy with 100 GiB cache volume", region: region,
      created: "2026-11-18T14:02:55.000Z", volumes: [root("0003", 16), data("0004", 100, "/dev/sdf")],
      encryption: .key("alias/prod"), tags: ["Name": "api-gateway", "team": "platform", "env": "prod"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20004", name: "batch-worker-arm64-2026-10-30",
      description: "Graviton batch worker, Python 3.12, Spark 3.5", region: region,
      created: "2026-10-30T22:40:12.000Z", volumes: [root("0005", 30)], architecture: "arm64",
      tags: ["Name": "batch-worker", "team": "data", "arch": "arm64"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20005", name: "windows-iis-2026-11-01",
      description: "Windows Server 2022 with IIS 10", region: region, created: "2026-11-01T03:15:00.000Z",
      volumes: [root("0006", 50, device: "/dev/sda1")], platform: "windows", encryption: .key("alias/aws/ebs"),
      tags: ["Name": "windows-iis", "team": "legacy-apps", "os": "windows"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20006", name: "db-primary-2026-11-15",
      description: "PostgreSQL 16 primary with data and WAL volumes", region: region,
      created: "2026-11-15T01:00:09.000Z",
      volumes: [root("0007", 20), data("0008", 500, "/dev/sdf", type: "io2"), data("0009", 200, "/dev/sdg")],
      encryption: .key("alias/backup"), tags: ["Name": "db-primary", "team": "data", "env": "prod", "pii": "yes"]),
    SeedSpec.Image(
      id: SandboxSeed.inaccessibleKeyImage, name: "legacy-billing-2024-03-02",
      description: "Billing batch on the 2023 platform (legacy HSM vault key)", region: region,
      created: "2024-03-02T11:27:41.000Z", volumes: [root("0010", 40)], encryption: .key("alias/legacy-vault"),
      tags: ["Name": "legacy-billing", "team": "finance", "retain-until": "2027-03-31"]),
    SeedSpec.Image(
      id: SandboxSeed.localZoneImage, name: "edge-cache-bos-2026-11-10",
      description: "Varnish edge cache for the Boston Local Zone", region: region,
      created: "2026-11-10T17:45:30.000Z", volumes: [root("0011", 20)], place: .localZone("us-east-1-bos-1a"),
      tags: ["Name": "edge-cache", "team": "web", "site": "bos"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20009", name: "edge-cache-mia-2026-11-10",
      description: "Varnish edge cache for the Miami Local Zone", region: region,
      created: "2026-11-10T17:52:04.000Z", volumes: [root("0012", 20)], place: .localZone("us-east-1-mia-1a"),
      tags: ["Name": "edge-cache", "team": "web", "site": "mia"]),
    SeedSpec.Image(
      id: SandboxSeed.outpostImage, name: "factory-line-historian-2026-11-05",
      description: "OSIsoft historian for the plant floor (Outpost rack-iad-factory)", region: region,
      created: "2026-11-05T06:30:00.000Z", volumes: [root("0013", 60)], encryption: .key("alias/aws/ebs"),
      place: .outpost(SandboxSeed.outpostUSEast1), tags: ["Name": "historian", "team": "ot", "site": "iad-plant"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f2000b", name: "golden-al2023-base-2026-11-01",
      description: "Golden base image: AL2023, SSM agent, CloudWatch agent, CIS L1", region: region,
      created: "2026-11-01T00:05:00.000Z", volumes: [root("0014", 8)],
      tags: [
        "Name": "golden-base", "team": "platform", "os": "al2023", "cis": "L1", "owner": "platform@example.com",
        "cost-center": "cc-1040", "aws:ec2launchtemplate:id": "lt-0fab12cd34ef56789",
      ]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f2000c", name: "ci-runner-2026-11-25",
      description: "GitHub Actions runner (copy from us-west-2 failed)", region: region,
      created: "2026-11-25T19:20:00.000Z", volumes: [root("0015", 30)], tags: ["Name": "ci-runner", "team": "dev-ex"],
      state: .failed, stateReason: "Copy failed: Given key ID is not accessible",
      copiedFrom: ("ami-0c7e5d1a9b3f20027", "us-west-2")),
  ]

  private static let shared: [SeedSpec.Image] = [
    SeedSpec.Image(
      id: SandboxSeed.sharedImage, name: "partner-analytics-appliance-3.4.1",
      description: "Partner analytics appliance 3.4.1 (shared)", region: region,
      created: "2026-09-12T10:00:00.000Z", volumes: [root("0021", 16)], owner: partner,
      sharedWith: [SandboxSeed.accountId], tags: ["vendor": "partner", "version": "3.4.1"]),
    SeedSpec.Image(
      id: SandboxSeed.sharedEncryptedImage, name: "partner-secure-gateway-2.0",
      description: "Partner secure gateway 2.0, encrypted with the partner's key", region: region,
      created: "2026-10-03T09:30:00.000Z", volumes: [root("0022", 12)], encryption: .foreignKey(partnerKey),
      owner: partner, sharedWith: [SandboxSeed.accountId], tags: ["vendor": "partner", "version": "2.0"]),
    SeedSpec.Image(
      id: SandboxSeed.sharedWithoutStorageImage, name: "partner-private-storage-1.2",
      description: "Partner storage node 1.2 (launch permission only)", region: region,
      created: "2026-08-21T15:45:00.000Z", volumes: [root("0023", 24)], owner: partner,
      sharedWith: [SandboxSeed.accountId], storageShared: false),
  ]

  private static let publicImages: [SeedSpec.Image] = [
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20014", name: "al2023-ami-2023.6.20261118.0-kernel-6.1-x86_64",
      description: "Amazon Linux 2023 AMI 2023.6.20261118.0 x86_64 HVM kernel-6.1", region: region,
      created: "2026-11-18T21:33:12.000Z", volumes: [root("0024", 8)], owner: SandboxSeed.amazonAccountId,
      ownerAlias: "amazon", isPublic: true),
    SeedSpec.Image(
      id: SandboxSeed.marketplaceImage, name: "cloudfirewall-ngfw-11.2.3-byol-6f0c2a1b",
      description: "CloudFirewall NGFW 11.2.3 BYOL (AWS Marketplace)", region: region,
      created: "2026-07-30T12:00:00.000Z", volumes: [root("0025", 60)], owner: SandboxSeed.marketplaceAccountId,
      ownerAlias: "aws-marketplace", isPublic: true, productCodes: ["6njl1pau431dv1qxipg63mvah"]),
  ]
}
