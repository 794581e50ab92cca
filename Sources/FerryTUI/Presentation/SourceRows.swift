/// Turns source items into table text: which columns fit a width, and each row's cells.
///
/// Pure functions, tested alone (lazygit's `presentation`). Columns are dropped right to left as the
/// width shrinks; the id and name always stay.
public enum SourceRows {
  public struct Column: Sendable, Equatable {
    public var title: String
    public var width: Int
    /// Wider screens give the flexible column the spare room.
    public var flexible: Bool
  }

  /// The columns shown at `width`, with their widths summing to at most `width` (one space between).
  public static func columns(width: Int, snapshots: Bool) -> [Column] {
    var columns = [
      Column(title: "ID", width: snapshots ? 22 : 21, flexible: false),
      Column(title: snapshots ? "DESCRIPTION" : "NAME", width: 14, flexible: true),
      Column(title: "STATE", width: 9, flexible: false),
      Column(title: "ENC", width: 3, flexible: false),
      Column(title: "SIZE", width: 6, flexible: false),
      Column(title: "OWNER", width: 6, flexible: false),
      Column(title: "WHERE", width: 12, flexible: false),
    ]
    func used() -> Int { columns.reduce(0) { $0 + $1.width } + columns.count - 1 }
    while columns.count > 2, used() > width { columns.removeLast() }
    let spare = width - used()
    if spare > 0, let flex = columns.firstIndex(where: \.flexible) { columns[flex].width += spare }
    if used() > width, columns.count >= 2 { columns[1].width = max(1, columns[1].width - (used() - width)) }
    return columns
  }

  /// The cells of one row, in column order, each fitted to its column.
  public static func cells(_ item: SourceItem, columns: [Column]) -> [String] {
    columns.map { column in
      let value: String
      switch column.title {
      case "ID": value = item.id
      case "NAME": value = item.name
      case "DESCRIPTION": value = item.description ?? item.name
      case "STATE": value = item.state
      case "ENC": value = item.encrypted ? "yes" : "no"
      case "SIZE": value = item.sizeGiB.map { "\($0)G" } ?? "-"
      case "WHERE": value = where_(item)
      case "OWNER": value = item.shared ? "shared" : "me"
      default: value = ""
      }
      return Format.pad(value, column.width)
    }
  }

  /// One line: the cells joined by single spaces.
  public static func line(_ item: SourceItem, columns: [Column]) -> String {
    cells(item, columns: columns).joined(separator: " ")
  }

  public static func headerLine(_ columns: [Column]) -> String {
    columns.map { Format.pad($0.title, $0.width) }.joined(separator: " ")
  }

  /// Region, Local Zone or Outpost, shortest first.
  static func where_(_ item: SourceItem) -> String {
    if let outpost = item.outpostArn {
      return "outpost " + (outpost.split(separator: "/").last.map(String.init) ?? outpost)
    }
    if let zone = item.localZone { return zone }
    return item.region
  }

  /// The details panel: labelled lines describing one item.
  public static func details(_ item: SourceItem) -> [(label: String, value: String)] {
    // Most decisive first: a short panel (80×24) still shows where it lives, who owns it and its key.
    var lines: [(String, String)] = [
      ("ID", item.id),
      (item.resource == .image ? "Name" : "Name tag", item.name.isEmpty ? "-" : item.name),
      ("Lives in", location(item)),
      ("Owner", item.ownerId + (item.shared ? " (shared with me)" : " (me)")),
      ("Encrypted", item.encrypted ? "yes, key " + (item.snapshotKeyIds.first ?? "(default)") : "no"),
      ("Size", item.sizeGiB.map { "\($0) GiB" } ?? "-"),
      ("Description", item.description ?? "-"),
      ("State", item.state),
    ]
    if case .image(let image) = item.payload {
      for device in image.blockDevices {
        var parts = [device.deviceName, device.snapshotId ?? "-", device.volumeSize.map { "\($0) GiB" } ?? "-"]
        if let type = device.volumeType { parts.append(type) }
        parts.append(device.encrypted == true ? "encrypted" : "unencrypted")
        lines.append(("Device", parts.joined(separator: " ")))
      }
    }
    if !item.tags.isEmpty {
      lines.append(("Tags", item.tags.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))
    }
    return lines
  }

  static func location(_ item: SourceItem) -> String {
    if let outpost = item.outpostArn { return "Outpost \(outpost)" }
    if let zone = item.localZone { return "Local Zone \(zone) (Region \(item.region))" }
    return "Region \(item.region)"
  }
}
