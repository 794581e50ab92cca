/// One `[...]` section of an AWS config or credentials file, after INI parsing.
///
/// `values` holds `key = value` lines (keys lower-cased, as Python's configparser does); `nested` holds
/// the sub-sections that botocore parses out of a key with an empty value followed by indented
/// `key = value` lines (`ec2 =` then `  endpoint_url = …` in a `[services]` section). Values can be
/// secrets (`aws_secret_access_key`), so `description` shows the keys only.
public struct ConfigSection: Sendable, Equatable, CustomStringConvertible {
  /// The text between the brackets, trimmed: `default`, `profile dev`, `sso-session corp`.
  public var header: String
  public var values: [String: String]
  public var nested: [String: [String: String]]

  public init(header: String, values: [String: String] = [:], nested: [String: [String: String]] = [:]) {
    self.header = header
    self.values = values
    self.nested = nested
  }

  public subscript(key: String) -> String? {
    values[key]
  }

  public var description: String {
    "[\(header)] keys: "
      + (values.keys.sorted() + nested.keys.sorted().map { $0 + " (nested)" })
      .joined(separator: ", ")
  }
}
