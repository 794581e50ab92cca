import Foundation

/// How journal records are written as JSON: sorted keys, ISO 8601 dates with milliseconds.
///
/// Human-readable on purpose: an operator at 3 a.m. may `jq` the journal to find a ClientToken.
enum JournalCoding {
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(date.formatted(timestampStyle))
    }
    return encoder
  }()

  static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      if let date = try? timestampStyle.parse(text) { return date }
      if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
    }
    return decoder
  }()

  static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  /// A file-name-safe UTC stamp such as `20261126T031500Z`.
  static func stamp(_ date: Date) -> String {
    date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeSeparator(.omitted))
      .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
  }

  /// A short account of a decoding failure, without dumping the file.
  static func summary(of error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context): "not valid JSON: \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    default: "unreadable"
    }
  }
}
