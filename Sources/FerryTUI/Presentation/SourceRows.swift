import Terminal

/// Turns source items into table text: which columns fit a width, and each row's cells.
///
/// Pure functions, tested alone (lazygit's `presentation`). Columns share the width by content: each
/// starts at its minimum, the least useful are dropped while even the minimums do not fit (the id and
/// name always stay), then spare room widens each column towards its widest cell (WHERE first, so full
/// zone and Outpost names show when there is room) and what is left goes to the description (an AMI's
/// shows only on a wide screen), or to the name without one.
public enum SourceRows {
  public struct Column: Sendable, Equatable {
    public var title: String
    public var width: Int
    /// Wider screens give the flexible column the spare room.
    public var flexible: Bool
  }

  /// The widest cell seen per column title (the listing measures each page as it arrives).
  public typealias ContentWidths = [String: Int]
  /// Outpost names by ARN (ListOutposts), so WHERE can name an Outpost rather than show its id.
  public typealias OutpostNames = [String: String]

  /// Titles in screen order, with each column's minimum width.
  private static func layout(snapshots: Bool) -> [(title: String, minimum: Int)] {
    snapshots
      ? [
        ("ID", 22), ("NAME", 10), ("DESCRIPTION", 8), ("CREATED", 10), ("STATE", 9), ("ENC", 3), ("SIZE", 6),
        ("OWNER", 6), ("WHERE", 12),
      ]
      : [
        ("ID", 21), ("NAME", 22), ("DESCRIPTION", 24), ("CREATED", 10), ("ARCH", 6), ("STATE", 9), ("ENC", 3),
        ("SIZE", 6),
        ("OWNER", 6), ("WHERE", 12),
      ]
  }

  /// The order columns are dropped in while the minimums do not fit (the details panel still has them all).
  ///
  /// An AMI's name is how an operator tells two builds apart (`web-server-2026-11-13` and `…-20`), so at
  /// 80 columns it keeps 22 and the size goes first; where the source lives decides where it can go, so
  /// WHERE goes last.
  private static func dropOrder(snapshots: Bool) -> [String] {
    snapshots
      ? ["CREATED", "OWNER", "WHERE", "SIZE", "ENC", "STATE", "NAME"]
      : ["DESCRIPTION", "ARCH", "CREATED", "SIZE", "OWNER", "ENC", "STATE", "WHERE"]
  }

  /// The columns shown at `width`, with their widths summing to at most `width` (one space between).
  public static func columns(width: Int, snapshots: Bool, content: ContentWidths = [:]) -> [Column] {
    // A column whose widest cell is narrower than its minimum needs no more than that (and its title).
    var columns = layout(snapshots: snapshots).map { title, minimum in
      let fits = content[title].map { min(minimum, max(DisplayWidth.of(title), $0)) } ?? minimum
      return Column(title: title, width: fits, flexible: false)
    }
    func used() -> Int { columns.reduce(0) { $0 + $1.width } + columns.count - 1 }
    for title in dropOrder(snapshots: snapshots) where used() > width { columns.removeAll { $0.title == title } }
    // The description takes the spare room where it is shown (an AMI's only at a wide screen), else the name.
    let flexibleTitle = columns.contains { $0.title == "DESCRIPTION" } ? "DESCRIPTION" : "NAME"
    for index in columns.indices where columns[index].title == flexibleTitle { columns[index].flexible = true }
    // Spare room: each column towards its widest cell, WHERE first, then the rest left to right.
    let whereFirst = columns.indices.filter { columns[$0].title == "WHERE" } + columns.indices
    for index in whereFirst where !columns[index].flexible {
      let wanted = max(columns[index].width, content[columns[index].title] ?? 0)
      columns[index].width += max(0, min(wanted - columns[index].width, width - used()))
    }
    let spare = width - used()
    if spare > 0, let flex = columns.firstIndex(where: \.flexible) { columns[flex].width += spare }
    if used() > width, columns.count >= 2 { columns[1].width = max(1, columns[1].width - (used() - width)) }
    return columns
  }

  /// The widest cell of `items` per column whose cells vary in width (names, where, architecture).
  ///
  /// Runs on every page of a listing (100,000 rows in all), so it keeps its maxima in locals and measures a
  /// cell only when its UTF-8 length could beat the widest so far (a cell is never wider than its bytes).
  public static func measure<S: Sequence>(_ items: S, outposts: OutpostNames = [:]) -> ContentWidths
  where S.Element == SourceItem {
    var name = 0
    var description = 0
    var architecture = 0
    var place = 0
    func widen(_ widest: inout Int, _ text: String) {
      guard text.utf8.count > widest else { return }
      widest = max(widest, DisplayWidth.of(text))
    }
    for item in items {
      widen(&name, item.name)
      widen(&description, item.description ?? "")
      widen(&architecture, item.architecture ?? "-")
      widen(&place, where_(item, outposts: outposts))
    }
    return ["NAME": name, "DESCRIPTION": description, "ARCH": architecture, "WHERE": place]
  }

  /// The text of one cell, before fitting.
  static func value(_ title: String, _ item: SourceItem, outposts: OutpostNames = [:]) -> String {
    switch title {
    case "ID": item.id
    case "NAME": item.name
    case "DESCRIPTION": item.description ?? ""
    case "CREATED": item.createdDay ?? "-"
    case "ARCH": item.architecture ?? "-"
    case "STATE": item.state
    case "ENC": item.encrypted ? "yes" : "no"
    case "SIZE": item.sizeGiB.map { "\($0)G" } ?? "-"
    case "WHERE": where_(item, outposts: outposts)
    case "OWNER": item.shared ? "shared" : "me"
    default: ""
    }
  }

  /// The cells of one row, in column order, each fitted to its column.
  public static func cells(_ item: SourceItem, columns: [Column], outposts: OutpostNames = [:]) -> [String] {
    columns.map { Format.pad(value($0.title, item, outposts: outposts), $0.width) }
  }

  /// One line: the cells joined by single spaces.
  public static func line(_ item: SourceItem, columns: [Column], outposts: OutpostNames = [:]) -> String {
    cells(item, columns: columns, outposts: outposts).joined(separator: " ")
  }

  /// The titles; the sort column's is marked with `mark`.
  public static func headerLine(_ columns: [Column], sortedBy: String? = nil, mark: String = "*") -> String {
    columns.map { Format.pad($0.title + ($0.title == sortedBy ? mark : ""), $0.width) }.joined(separator: " ")
  }

  /// Region, Local Zone or Outpost (by name once ListOutposts has named it, else by id).
  static func where_(_ item: SourceItem, outposts: OutpostNames = [:]) -> String {
    if let outpost = item.outpostArn {
      return "outpost " + (outposts[outpost] ?? outpost.split(separator: "/").last.map(String.init) ?? outpost)
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
    lines.append(("Created", item.createdAt ?? "-"))
    if let architecture = item.architecture { lines.append(("Arch", architecture)) }
    return lines
  }

  static func location(_ item: SourceItem) -> String {
    if let outpost = item.outpostArn { return "Outpost \(outpost)" }
    if let zone = item.localZone { return "Local Zone \(zone) (Region \(item.region))" }
    return "Region \(item.region)"
  }
}
