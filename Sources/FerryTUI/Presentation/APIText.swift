import FerryRules

/// API parameters as text for the review: one `Name = value` per parameter, sorted, lists flattened.
public enum APIText {
  public static func lines(_ parameters: [String: APIValue]) -> [String] {
    parameters.keys.sorted().compactMap { key in parameters[key].map { "\(key) = \(text($0))" } }
  }

  /// A value as the AWS CLI's shorthand would show it.
  public static func text(_ value: APIValue) -> String {
    switch value {
    case .string(let string): string
    case .integer(let integer): String(integer)
    case .boolean(let boolean): boolean ? "true" : "false"
    case .list(let items): "[" + items.map(text).joined(separator: ", ") + "]"
    case .structure(let fields):
      "{" + fields.keys.sorted().compactMap { key in fields[key].map { "\(key)=\(text($0))" } }.joined(separator: ", ")
        + "}"
    }
  }
}
