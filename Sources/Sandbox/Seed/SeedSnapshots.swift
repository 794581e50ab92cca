/// The seeded snapshots that back no AMI: backups, data exports, and the partner's shared ones.
enum SeedSnapshots {
  private static let partner = SandboxSeed.partnerAccountId

  static let all: [SeedSpec.Snapshot] = [
    SeedSpec.Snapshot(
      id: SandboxSeed.backupSnapshot, description: "Nightly backup of web-01 root volume", region: "us-east-1",
      started: "2026-11-25T03:00:12.000Z", size: 8, volumeId: "vol-0e1f2a3b4c5d60001",
      tags: ["Name": "web-01-root", "backup": "nightly", "team": "web"]),
    SeedSpec.Snapshot(
      id: SandboxSeed.encryptedSnapshot, description: "Daily backup of db-primary data volume",
      region: "us-east-1", started: "2026-11-25T04:00:00.000Z", size: 500, volumeId: "vol-0e1f2a3b4c5d60002",
      encryption: .key("alias/backup"), tags: ["Name": "db-primary-data", "backup": "daily", "team": "data"]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30003", description: "Pre-upgrade snapshot of jenkins-home", region: "us-east-1",
      started: "2026-11-21T16:42:00.000Z", size: 250, volumeId: "vol-0e1f2a3b4c5d60003",
      encryption: .key("alias/prod"), tags: ["Name": "jenkins-home", "reason": "pre-upgrade", "team": "dev-ex"]),
    SeedSpec.Snapshot(
      id: SandboxSeed.localZoneSnapshot, description: "edge-cache scratch volume (Boston)", region: "us-east-1",
      started: "2026-11-24T12:00:00.000Z", size: 50, volumeId: "vol-0e1f2a3b4c5d60004",
      place: .localZone("us-east-1-bos-1a"), tags: ["Name": "edge-cache-scratch", "site": "bos"]),
    SeedSpec.Snapshot(
      id: SandboxSeed.outpostSnapshot, description: "historian data volume (local snapshot on Outpost)",
      region: "us-east-1", started: "2026-11-24T06:00:00.000Z", size: 120, volumeId: "vol-0e1f2a3b4c5d60005",
      encryption: .key("alias/aws/ebs"), place: .outpost(SandboxSeed.outpostUSEast1),
      tags: ["Name": "historian-data", "site": "iad-plant"]),
    SeedSpec.Snapshot(
      id: SandboxSeed.inaccessibleKeySnapshot, description: "Billing ledger archive 2023 (legacy vault key)",
      region: "us-east-1", started: "2024-01-05T00:00:00.000Z", size: 80, volumeId: "vol-0e1f2a3b4c5d60006",
      encryption: .key("alias/legacy-vault"), tags: ["Name": "billing-ledger-2023", "team": "finance"]),
    SeedSpec.Snapshot(
      id: SandboxSeed.sharedEncryptedSnapshot, description: "Partner dataset export 2026-Q3 (encrypted)",
      region: "us-east-1", started: "2026-10-02T08:00:00.000Z", size: 200, volumeId: "vol-0e1f2a3b4c5d60007",
      encryption: .foreignKey(SeedKeys.partnerKey.key.arn), owner: partner, sharedWith: [SandboxSeed.accountId]),
    SeedSpec.Snapshot(
      id: SandboxSeed.sharedSnapshot, description: "Partner reference data 2026-Q3", region: "us-east-1",
      started: "2026-10-01T08:00:00.000Z", size: 30, volumeId: "vol-0e1f2a3b4c5d60008", owner: partner,
      sharedWith: [SandboxSeed.accountId]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30011", description: "Nightly backup of web-02 root volume", region: "us-west-2",
      started: "2026-11-25T03:00:40.000Z", size: 8, volumeId: "vol-0e1f2a3b4c5d60011",
      tags: ["Name": "web-02-root", "backup": "nightly", "team": "web"]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30012", description: "Render assets (Los Angeles)", region: "us-west-2",
      started: "2026-11-23T21:00:00.000Z", size: 400, volumeId: "vol-0e1f2a3b4c5d60012",
      encryption: .key("alias/prod"), place: .localZone("us-west-2-lax-1b"),
      tags: ["Name": "render-assets", "site": "lax", "team": "media"]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30021", description: "Weekly backup of gdpr-reporting data", region: "eu-west-1",
      started: "2026-11-22T02:00:00.000Z", size: 64, volumeId: "vol-0e1f2a3b4c5d60021",
      encryption: .key("alias/backup"), tags: ["Name": "gdpr-reporting-data", "backup": "weekly"]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30022", description: "Payments ledger volume", region: "eu-central-1",
      started: "2026-11-25T01:30:00.000Z", size: 128, volumeId: "vol-0e1f2a3b4c5d60022",
      encryption: .key("alias/prod"), tags: ["Name": "payments-ledger", "pci": "yes"]),
    SeedSpec.Snapshot(
      id: "snap-0d4b8e2f6a1c30031", description: "Nightly backup of cn-web-01 root volume", region: "cn-north-1",
      started: "2026-11-25T03:00:00.000Z", size: 8, volumeId: "vol-0e1f2a3b4c5d60031",
      tags: ["Name": "cn-web-01-root", "backup": "nightly"]),
  ]
}
