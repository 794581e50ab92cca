/// A JSON value as written: objects keep their members in document order, duplicates included.
///
/// Foundation's decoders lose both the order of an object's keys and any repeated key; a tag map
/// `{"team": "core", "team": "web"}` must keep both so the rules can report the duplicate. Numbers keep
/// their literal text, so an integer is never rounded through a `Double`. Pure data: no I/O.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number's literal text, already checked against the JSON grammar.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in the order written; a key may appear more than once.
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// The kind of value, as an error message names it ("a string", "an object").
  public var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
