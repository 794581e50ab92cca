/// The seeded AMIs outside us-east-1: earlier copies, Local Zone and Outpost images in us-west-2,
/// and images in the aws-cn partition.
enum SeedImagesElsewhere {
  private static func root(_ snapshot: String, _ size: Int, device: String = "/dev/xvda") -> SeedSpec.Volume {
    SeedSpec.Volume(device: device, snapshotId: "snap-0b9a7c3e5d2f4" + snapshot, size: size)
  }

  private static let webServer = "nginx 1.27 on Amazon Linux 2023, hardened (CIS L1)"

  static let all: [SeedSpec.Image] = [
    // us-west-2
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20021", name: "web-server-2026-11-20", description: webServer, region: "us-west-2",
      created: "2026-11-20T09:02:44.000Z", volumes: [root("0031", 8)],
      tags: ["Name": "web-server", "team": "web", "env": "prod", "build": "1187"],
      copiedFrom: (SandboxSeed.webServerImage, "us-east-1")),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20022", name: "ml-training-gpu-2026-11-12",
      description: "CUDA 12.6, PyTorch 2.5, 200 GiB dataset cache", region: "us-west-2",
      created: "2026-11-12T16:20:00.000Z",
      volumes: [
        root("0032", 100), SeedSpec.Volume(device: "/dev/sdf", snapshotId: "snap-0b9a7c3e5d2f40033", size: 200),
      ],
      encryption: .key("alias/prod"), tags: ["Name": "ml-training", "team": "ml", "gpu": "true"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20023", name: "render-farm-lax-2026-11-08",
      description: "Render node for the Los Angeles Local Zone", region: "us-west-2",
      created: "2026-11-08T20:10:00.000Z", volumes: [root("0034", 40)], encryption: .key("alias/aws/ebs"),
      place: .localZone("us-west-2-lax-1a"), tags: ["Name": "render-node", "team": "media", "site": "lax"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20024", name: "kiosk-den-2026-11-02", description: "Kiosk backend for Denver",
      region: "us-west-2", created: "2026-11-02T13:00:00.000Z", volumes: [root("0035", 16)],
      place: .localZone("us-west-2-den-1a"), tags: ["Name": "kiosk", "team": "retail", "site": "den"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20025", name: "sensor-gateway-2026-10-22",
      description: "MQTT sensor gateway (Outpost rack-pdx-lab)", region: "us-west-2",
      created: "2026-10-22T07:45:00.000Z", volumes: [root("0036", 32)], encryption: .key("alias/prod"),
      place: .outpost(SandboxSeed.outpostUSWest2), tags: ["Name": "sensor-gateway", "team": "iot"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20027", name: "ci-runner-2026-11-25", description: "GitHub Actions runner",
      region: "us-west-2", created: "2026-11-25T18:55:00.000Z", volumes: [root("0037", 30)],
      tags: ["Name": "ci-runner", "team": "dev-ex"]),
    // eu-west-1, eu-central-1, ap-southeast-2, af-south-1
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20031", name: "web-server-2026-11-13", description: webServer, region: "eu-west-1",
      created: "2026-11-13T09:40:00.000Z", volumes: [root("0041", 8)],
      tags: ["Name": "web-server", "team": "web", "env": "prod", "build": "1179"],
      copiedFrom: ("ami-0c7e5d1a9b3f20002", "us-east-1")),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20032", name: "gdpr-reporting-2026-11-19",
      description: "Reporting stack kept in the EU (GDPR)", region: "eu-west-1",
      created: "2026-11-19T12:12:12.000Z", volumes: [root("0042", 24)], encryption: .key("alias/prod"),
      tags: ["Name": "gdpr-reporting", "team": "compliance", "data-residency": "eu"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20033", name: "payments-core-2026-11-21", description: "Payments core service",
      region: "eu-central-1", created: "2026-11-21T05:05:05.000Z", volumes: [root("0043", 16)],
      encryption: .key("alias/prod"), tags: ["Name": "payments-core", "team": "payments", "pci": "yes"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20034", name: "web-server-2026-11-06", description: webServer,
      region: "ap-southeast-2", created: "2026-11-06T22:00:00.000Z", volumes: [root("0044", 8)],
      tags: ["Name": "web-server", "team": "web", "env": "prod", "build": "1171"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20035", name: "web-server-2026-10-01", description: webServer, region: "af-south-1",
      created: "2026-10-01T10:00:00.000Z", volumes: [root("0045", 8)], tags: ["Name": "web-server", "team": "web"]),
    // aws-cn
    SeedSpec.Image(
      id: SandboxSeed.chinaImage, name: "cn-web-server-2026-11-20", description: webServer,
      region: "cn-north-1", created: "2026-11-20T10:30:00.000Z", volumes: [root("0051", 8)],
      tags: ["Name": "web-server", "team": "web-cn"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20042", name: "cn-edge-pkx-2026-11-01", description: "Edge node for Beijing Daxing",
      region: "cn-north-1", created: "2026-11-01T02:00:00.000Z", volumes: [root("0052", 16)],
      place: .localZone("cn-north-1-pkx-1a"), tags: ["Name": "edge", "team": "web-cn", "site": "pkx"]),
    SeedSpec.Image(
      id: "ami-0c7e5d1a9b3f20043", name: "cn-backup-restore-2026-10-15", description: "Restore tooling",
      region: "cn-northwest-1", created: "2026-10-15T04:00:00.000Z", volumes: [root("0053", 16)],
      encryption: .key("alias/backup"), tags: ["Name": "backup-restore", "team": "sre-cn"]),
  ]
}
