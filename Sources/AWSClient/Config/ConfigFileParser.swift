/// Parses the INI dialect of `~/.aws/config` and `~/.aws/credentials` the way the AWS CLI (botocore's
/// `configloader.raw_config_parse`, on Python's `configparser`) reads it.
///
/// - `[header]` starts a section; text before the first section is an error, as in configparser.
/// - `key = value` or `key: value`; keys are lower-cased and trimmed, values trimmed.
/// - A line that starts with whitespace continues the previous value (joined with a newline).
/// - A key whose first line is empty and that has continuation lines is a nested sub-section.
/// - Lines whose first non-blank character is `#` or `;` are comments; inline comments are not
///   recognised (configparser's default), so `a = b # c` has the value `b # c`.
/// Pure: text in, sections out.
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html
public enum ConfigFileParser {
  /// Returns the sections in file order; a header seen twice is merged, later keys winning.
  /// - Throws: `AWSError` (`.configuration`, `ConfigParseError`) naming `path` and the line.
  public static func parse(_ text: String, path: String) throws -> [ConfigSection] {
    var sections: [ConfigSection] = []
    var indexByHeader: [String: Int] = [:]
    var current: Int?
    var currentKey: String?
    var lineNumber = 0
    // "\r\n" is one Character in Swift, so Windows line ends need their own separator.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for rawLine in lines {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
      if let first = line.first, first == " " || first == "\t", let index = current, let key = currentKey {
        sections[index].values[key, default: ""] += "\n" + trimmed
        continue
      }
      if trimmed.hasPrefix("[") {
        guard trimmed.hasSuffix("]"), trimmed.count > 2 else { throw ConfigurationErrors.parse(path, line: lineNumber) }
        let header = String(trimmed.dropFirst().dropLast()).trimmingSpaces()
        if let existing = indexByHeader[header] {
          current = existing
        } else {
          sections.append(ConfigSection(header: header))
          indexByHeader[header] = sections.count - 1
          current = sections.count - 1
        }
        currentKey = nil
        continue
      }
      guard let index = current, let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
        throw ConfigurationErrors.parse(path, line: lineNumber)
      }
      let key = String(trimmed[..<separator]).trimmingSpaces().lowercased()
      guard !key.isEmpty else { throw ConfigurationErrors.parse(path, line: lineNumber) }
      sections[index].values[key] = String(trimmed[trimmed.index(after: separator)...]).trimmingSpaces()
      sections[index].nested[key] = nil
      currentKey = key
    }
    return try sections.map { try splittingNested($0, path: path) }
  }

  /// Moves values that begin with a newline into `nested` (botocore's `_parse_nested`).
  private static func splittingNested(_ section: ConfigSection, path: String) throws -> ConfigSection {
    var result = section
    for (key, value) in section.values where value.hasPrefix("\n") {
      var nested: [String: String] = [:]
      for line in value.split(separator: "\n") {
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty { continue }
        guard let equals = trimmed.firstIndex(of: "=") else {
          throw ConfigurationErrors.parseNested(path, section: section.header, key: key)
        }
        nested[String(trimmed[..<equals]).trimmingSpaces().lowercased()] =
          String(trimmed[trimmed.index(after: equals)...]).trimmingSpaces()
      }
      result.values[key] = nil
      result.nested[key] = nested
    }
    return result
  }
}

extension StringProtocol {
  /// Trims spaces and tabs only, as configparser does; other characters are part of the value.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
