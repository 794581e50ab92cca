/// One object of a request document, read key by key with strict checks.
///
/// Construction rejects unknown and repeated keys; the typed getters reject wrong types, each error
/// naming the key's full path. `CopyRequest.parse(json:)`'s helper; pure.
struct RequestObject {
  private let path: String
  private let members: [String: JSONValue]

  init(_ value: JSONValue, path: String, allowed: [String]) throws(RequestError) {
    guard case .object(let list) = value else {
      throw RequestError(path: path, reason: "must be an object, found \(value.kindDescription)")
    }
    self.path = path
    var members: [String: JSONValue] = [:]
    for member in list {
      let keyPath = path.isEmpty ? member.key : "\(path).\(member.key)"
      guard allowed.contains(member.key) else {
        throw RequestError(path: keyPath, reason: "unknown key (expected one of \(allowed.joined(separator: ", ")))")
      }
      guard members.updateValue(member.value, forKey: member.key) == nil else {
        throw RequestError(path: keyPath, reason: "the key appears more than once")
      }
    }
    self.members = members
  }

  private func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The value of `key`, or `nil` when it is absent or `null`.
  func optional(_ key: String) -> JSONValue? {
    guard let value = members[key], value != .null else { return nil }
    return value
  }

  func required(_ key: String) throws(RequestError) -> JSONValue {
    guard let value = optional(key) else { throw RequestError(path: keyPath(key), reason: "is required") }
    return value
  }

  func requiredString(_ key: String) throws(RequestError) -> String {
    guard let text = try optionalString(key) else { throw RequestError(path: keyPath(key), reason: "is required") }
    return text
  }

  func optionalString(_ key: String) throws(RequestError) -> String? {
    guard let value = optional(key) else { return nil }
    guard case .string(let text) = value else { throw wrongType(key, "a string", value) }
    return text
  }

  func optionalBool(_ key: String) throws(RequestError) -> Bool? {
    guard let value = optional(key) else { return nil }
    guard case .bool(let flag) = value else { throw wrongType(key, "true or false", value) }
    return flag
  }

  /// A whole number that fits an `Int`; `60.0`, `6e1` and out-of-range numbers are refused.
  func optionalInt(_ key: String) throws(RequestError) -> Int? {
    guard let value = optional(key) else { return nil }
    guard case .number(let text) = value else { throw wrongType(key, "a whole number", value) }
    guard let number = Int(text) else {
      throw RequestError(path: keyPath(key), reason: "must be a whole number, not \(text)")
    }
    return number
  }

  private func wrongType(_ key: String, _ expected: String, _ found: JSONValue) -> RequestError {
    RequestError(path: keyPath(key), reason: "must be \(expected), found \(found.kindDescription)")
  }
}
