import FerryCloud
import FerryRules

/// Turns a DescribeSnapshotsResponse into `Snapshot` values and the next page's token.
///
/// XML names from service-2.json: `snapshotSet` > `item` with `status`, `statusMessage`, `progress`
/// ("80%"), `outpostArn`, `availabilityZone`, `tagSet`. Pure: no I/O.
public enum SnapshotDecoder {
  public static func page(_ root: XMLElement, region: String) throws(AWSError) -> Page<Snapshot> {
    var snapshots: [Snapshot] = []
    for item in root.items("snapshotSet") { snapshots.append(try snapshot(item, region: region)) }
    return Page(items: snapshots, nextToken: XMLValues.token(root.string("nextToken")))
  }

  static func snapshot(_ item: XMLElement, region: String) throws(AWSError) -> Snapshot {
    let id = try XMLValues.required(item, "snapshotId", in: "DescribeSnapshots")
    let stateText = item.string("status") ?? ""
    guard let state = Snapshot.State(rawValue: stateText) else {
      throw XMLValues.unexpected("snapshot state", stateText, of: id)
    }
    return Snapshot(
      id: id, description: XMLValues.optional(item, "description"), state: state,
      stateMessage: XMLValues.optional(item, "statusMessage"), progress: progress(item.string("progress")),
      ownerId: item.string("ownerId") ?? "", volumeId: XMLValues.optional(item, "volumeId"),
      volumeSize: item.string("volumeSize").flatMap { Int($0) }, encrypted: item.string("encrypted") == "true",
      kmsKeyId: XMLValues.optional(item, "kmsKeyId"), startTime: XMLValues.optional(item, "startTime"),
      outpostArn: XMLValues.optional(item, "outpostArn"),
      availabilityZone: XMLValues.optional(item, "availabilityZone"), tags: XMLValues.tags(item), region: region)
  }

  /// "80%" → 80; "" or garbage → nil.
  static func progress(_ text: String?) -> Int? {
    guard let text else { return nil }
    let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
    return Int(digits.trimmingCharacters(in: .whitespaces))
  }
}
