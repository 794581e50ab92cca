import Foundation

/// Formats the measurements as the table people read, or as JSON for scripts and docs.
///
/// Pure: returns text; the command decides where it goes.
enum ReportTable {
  static func header(_ machine: Machine) -> String {
    """
    ferry-bench — \(machine.cpu), \(machine.cores) cores, \(String(format: "%.1f", machine.memoryGiB)) GiB, \
    Linux \(machine.kernel)
    \(machine.swift); load average at start \(String(format: "%.2f", machine.loadAtStart))
    """
  }

  static func text(_ rows: [Measurement]) -> String {
    let header = ["measurement", "value", "target", "met", "load", "how"]
    let cells = rows.map { row in
      [
        row.id, format(row.value, row.unit),
        row.target.map { "\($0.direction.rawValue) \(format($0.bound, row.unit))" } ?? "",
        row.met.map { $0 ? "yes" : "NO" } ?? "", String(format: "%.1f", row.load), row.detail,
      ]
    }
    let widths = header.indices.map { column in
      ([header] + cells).map { $0[column].count }.max() ?? 0
    }
    let lines = ([header] + cells).map { line in
      line.indices.map {
        $0 == line.count - 1 ? line[$0] : line[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0)
      }
      .joined(separator: "  ")
    }
    return lines.joined(separator: "\n")
  }

  static func json(machine: Machine, rows: [Measurement]) throws -> Data {
    struct Document: Encodable {
      var machine: Machine
      var measurements: [Measurement]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(Document(machine: machine, measurements: rows))
  }

  /// A value in the unit people read it in: µs or ms for times, KiB/MiB for large byte counts.
  static func format(_ value: Double, _ unit: Measurement.Unit) -> String {
    switch unit {
    case .nanoseconds:
      if value >= 1_000_000 { return String(format: "%.2f ms", value / 1_000_000) }
      if value >= 1_000 { return String(format: "%.1f µs", value / 1_000) }
      return String(format: "%.0f ns", value)
    case .bytes:
      if value >= 1_048_576 { return String(format: "%.1f MiB", value / 1_048_576) }
      return String(format: "%.0f B", value)
    case .perSecond: return String(format: "%.0f /s", value)
    case .ratio: return String(format: "%.1f×", value)
    case .count: return String(format: "%.0f", value)
    }
  }
}
