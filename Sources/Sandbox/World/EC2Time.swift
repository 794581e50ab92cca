import Foundation

/// Timestamps as EC2 prints them: ISO 8601 in UTC with milliseconds (`2026-11-26T15:25:38.000Z`).
enum EC2Time {
  static func string(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }
}
