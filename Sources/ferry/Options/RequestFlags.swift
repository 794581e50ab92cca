import ArgumentParser
import FerryRules

/// The flags that spell a copy request on the command line, so a one-liner needs no file.
///
/// Each flag is one key of the request document (`docs/request.md`); `RequestBuilder` turns them into
/// the same `CopyRequest` a file would give, and the same rules judge it. Parsing only: nothing here
/// decides whether a copy is allowed.
struct RequestFlags: ParsableArguments {
  @Option(
    name: .customLong("source-region"), help: ArgumentHelp("The Region the source lives in.", valueName: "region"),
    completion: Completions.region)
  var sourceRegion: String?

  @Option(
    name: .customLong("source-local-zone"),
    help: ArgumentHelp("The Local Zone the source lives in (instead of --source-region).", valueName: "zone"),
    completion: Completions.zone)
  var sourceLocalZone: String?

  @Option(
    name: .customLong("source-outpost-arn"),
    help: ArgumentHelp("The Outpost the source lives on (instead of --source-region).", valueName: "arn"))
  var sourceOutpostArn: String?

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp(
      "Where the copy goes: a Region, a Local Zone name or id, or an Outpost ARN. Repeat for a fan-out.",
      valueName: "place"),
    completion: Completions.place)
  var destinations: [String] = []

  @Option(
    name: .customLong("name"),
    help: ArgumentHelp(
      "The new AMI's name (images: required): NAME, or PLACE=NAME for one --to (AMI names are unique per Region).",
      valueName: "[place=]name"))
  var names: [String] = []

  @Option(help: ArgumentHelp("The new resource's description.", valueName: "text"))
  var description: String?

  @Flag(
    inversion: .prefixedNo,
    help: "--encrypted encrypts the copy (Encrypted=true); --no-encrypted turns that off (Encrypted=false).")
  var encrypted: Bool?

  @Option(
    name: .customLong("kms-key"),
    help: ArgumentHelp(
      "The KMS key for the copy: KEY for every destination, or PLACE=KEY for one --to. Repeatable.",
      valueName: "[place=]key"))
  var kmsKeys: [String] = []

  @Option(
    name: .customLong("tag"),
    help: ArgumentHelp("A tag for the new AMI and its snapshots (or the new snapshot).", valueName: "key=value"))
  var tags: [String] = []

  @Option(name: .customLong("image-tag"), help: ArgumentHelp("A tag for the new AMI only.", valueName: "key=value"))
  var imageTags: [String] = []

  @Option(
    name: .customLong("snapshot-tag"), help: ArgumentHelp("A tag for the new snapshots only.", valueName: "key=value"))
  var snapshotTags: [String] = []

  @Flag(name: .customLong("copy-image-tags"), help: "Copy the source AMI's own tags to the new AMI.")
  var copyImageTags = false

  @Option(
    name: .customLong("completion-minutes"),
    help: ArgumentHelp(
      "A time-based copy finishing within this many minutes (15–2880, steps of 15).", valueName: "minutes"))
  var completionMinutes: Int?

  @Option(
    name: .customLong("client-token"),
    help: ArgumentHelp("The idempotency token (default: generated and kept).", valueName: "token"))
  var clientToken: String?

  @Flag(name: .customLong("dry-run"), help: "Ask EC2 only whether the copy would be allowed; nothing is copied.")
  var dryRun = false

  /// True when any flag that says something about the request was given.
  var anyGiven: Bool {
    sourceRegion != nil || sourceLocalZone != nil || sourceOutpostArn != nil || !destinations.isEmpty
      || !names.isEmpty || description != nil || encrypted != nil || !kmsKeys.isEmpty || !tags.isEmpty
      || !imageTags.isEmpty || !snapshotTags.isEmpty || copyImageTags || completionMinutes != nil
      || clientToken != nil || dryRun
  }

  /// The flag that spells each key of the request document, for findings about a request given as
  /// flags (`completionDurationMinutes` → `--completion-minutes`); `PlanReport` shows it.
  var fieldFlags: [String: String] {
    let source =
      sourceLocalZone != nil
      ? "--source-local-zone" : sourceOutpostArn != nil ? "--source-outpost-arn" : "--source-region"
    let tagFlags = [("--tag", tags), ("--image-tag", imageTags), ("--snapshot-tag", snapshotTags)]
      .filter { !$0.1.isEmpty }.map(\.0)
    return [
      "source": source, "destination": "--to", "destinations": "--to", "name": "--name",
      "description": "--description", "encrypted": encrypted == false ? "--no-encrypted" : "--encrypted",
      "kmsKeyId": "--kms-key", "copyImageTags": "--copy-image-tags",
      "tags": tagFlags.isEmpty ? "--tag" : tagFlags.joined(separator: "/"),
      "completionDurationMinutes": "--completion-minutes", "clientToken": "--client-token", "dryRun": "--dry-run",
    ]
  }
}
